"""How kg does on names nobody listed: discovery measured apart from the lexicon.

    python tools/unlisted.py GOLD [--seeds PAGES] [--types Company,Chip,Person] [--json]

On news kg has never seen, the big names are in the lexicon and the new ones are not. This measures the
second part. For each half of the gold entities of the given types (the half chosen by a CRC-32 of the
gold name, so the split is the same on every run), it copies ontology/ to a temporary folder, removes from
the lexicon every entry one of whose names is a name, English name or surface form of an entity of that
half, runs `kg eval GOLD --json` against that copy (KG_ONTOLOGY) and counts which of the removed
("unlisted") entities kg still found, by type. The other half stays listed, as on a real page where known
names stand around the new one. Precision is over everything kg found of the type, in both runs.

GOLD and --seeds are read as `kg eval` reads them (a folder of gold JSON files in the format of
tests/gold, the pages beside them or in --seeds). Output: a table, or one JSON object with --json, which
also lists the unlisted names kg did not find ("missed": page and gold name), to read where discovery fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rdflib  # noqa: E402
from rdflib.namespace import RDFS, SKOS  # noqa: E402

from kg.namespaces import KG  # noqa: E402
from kg.normalize import name_key  # noqa: E402
from kg.paths import ontology_dir  # noqa: E402

# every predicate that gives an entry a name (kg/lexicon.py reads the same)
NAME_PREDICATES = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, KG.guardedLabel, KG.numberedLabel,
                   KG.contextLabel, KG.scriptLabel, KG.cuedLabel)


def half_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % 2


def gold_entities(gold: Path, types: list[str]) -> list[tuple[str, str, str, set[str]]]:
    """(gold file, type, name, name keys) of every gold entity of the types."""
    out = []
    for f in sorted(gold.glob("*.json")):
        for e in json.loads(f.read_text(encoding="utf-8")).get("entities", []):
            if e.get("type") in types:
                names = [e["name"], e.get("en")] + list(e.get("surface_forms") or [])
                out.append((f.name, e["type"], e["name"], {name_key(n) for n in names if n and len(name_key(n)) >= 2}))
    return out


def lexicon_without(onto: Path, keys: set[str]) -> int:
    """Remove from the lexicon of the ontology copy `onto` every entry one of whose names has a key in `keys`;
    the number of entries removed."""
    removed = 0
    for ttl in sorted((onto / "lexicon").glob("*.ttl")):
        g = rdflib.Graph()
        g.parse(ttl, format="turtle")
        gone = {s for p in NAME_PREDICATES for s, lit in g.subject_objects(p) if name_key(str(lit)) in keys}
        for s in gone:
            g.remove((s, None, None))
        if gone:
            g.serialize(ttl, format="turtle")
            removed += len(gone)
    return removed


def run_half(gold: Path, seeds: Path | None, ents, half: int) -> tuple[dict, list]:
    hidden = [e for e in ents if half_of(e[2]) == half]
    tmp = Path(tempfile.mkdtemp(prefix="kg-unlisted-"))
    try:
        onto = tmp / "ontology"
        shutil.copytree(ontology_dir(), onto)
        lexicon_without(onto, set().union(*(e[3] for e in hidden)) if hidden else set())
        cmd = [sys.executable, "-m", "kg", "eval", str(gold), "--json"] + (["--seeds", str(seeds)] if seeds else [])
        env = dict(os.environ, KG_ONTOLOGY=str(onto), PYTHONPATH=str(ROOT))
        r = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
        if r.returncode not in (0, 1) or not r.stdout.strip():
            sys.exit(f"{gold}: kg eval failed ({(r.stderr.strip().splitlines() or ['no output'])[-1]})")
        return {p["page"]: p for p in json.loads(r.stdout)}, hidden
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def measure(gold: Path, seeds: Path | None, types: list[str]) -> dict:
    ents = gold_entities(gold, types)
    hidden_n, found_n, tp, fp = Counter(), Counter(), Counter(), Counter()
    missed: dict[str, list[str]] = {t: [] for t in types}
    pages = {f.name: json.loads(f.read_text(encoding="utf-8")).get("seed") for f in sorted(gold.glob("*.json"))}
    for half in (0, 1):
        report, hidden = run_half(gold, seeds, ents, half)
        for page in report.values():
            for t in types:
                sc = page["entities"].get(t, {})
                tp[t] += sc.get("tp", 0)
                fp[t] += sc.get("fp", 0)
        for gfile, t, name, _keys in hidden:
            page = report.get(pages[gfile])
            if page is None:
                continue
            hidden_n[t] += 1
            if name not in page["entities"].get(t, {}).get("misses", []):
                found_n[t] += 1
            else:
                missed[t].append(f"{pages[gfile]}: {name}")
    return {t: {"unlisted": hidden_n[t], "found": found_n[t],
                "recall": round(found_n[t] / hidden_n[t], 3) if hidden_n[t] else None,
                "precision": round(tp[t] / (tp[t] + fp[t]), 3) if tp[t] + fp[t] else None,
                "missed": sorted(missed[t])}
            for t in types}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--seeds", type=Path)
    ap.add_argument("--types", default="Company,Chip,Person")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not a.gold.is_dir():
        sys.exit(f"{a.gold}: not a folder of gold files")
    res = measure(a.gold, a.seeds, [t.strip() for t in a.types.split(",") if t.strip()])
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1, sort_keys=True))
    else:
        print(f"{'type':13s} {'unlisted':>8s} {'found':>6s} {'recall':>7s} {'precision':>9s}")
        for t, r in res.items():
            rec = "-" if r["recall"] is None else f"{r['recall']:.2f}"
            pre = "-" if r["precision"] is None else f"{r['precision']:.2f}"
            print(f"{t:13s} {r['unlisted']:8d} {r['found']:6d} {rec:>7s} {pre:>9s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
