"""Train the figure-owner model (kg/learned_figures.py) on annotated pages, and cross-validate it.

    python tools/train_figures.py GOLD_DIR … [--threshold T] [--off] [--out FILE]
    python tools/train_figures.py GOLD_DIR … --cv [--cache DIR]     (leave one set out; prints a table)

Each GOLD_DIR is a folder of annotation files (tests/gold/README.md) whose parent folder holds the pages; a
folder is one set. Every page is built on its own with the real pipeline (as `kg eval` builds it), the
learned models off; each figure no rule attached is paired with its possible owners (kg/learned_figures.py).
A pair is labelled from the gold's hasSpec relations whose object is a literal, compared as `kg eval`
compares them: the figure's numbers (years aside) against the literal's, the owner's names against the
subject's. A pair is positive when the gold gives that number to that owner with its evidence in the
figure's sentence; left out of training when it gives it to that owner in another sentence only; otherwise
negative. Training is deterministic (kg/training.py's `train`: sets and pages in sorted order, fixed passes,
no shuffling); the same folders give a byte-identical file.

`--cache DIR` keeps each set's labelled pairs (with what adding each would do to `kg eval`: a new true
positive, one already found, a false positive — the gold gives the number to another owner — or unjudged)
so cross-validation and retraining need not rebuild pages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.errors import KgError  # noqa: E402
from kg.learned_figures import LABEL, LABELS, candidates, figure_numbers, model_path  # noqa: E402
from kg.learned import NONE  # noqa: E402
from kg.normalize import name_key  # noqa: E402
from kg.training import EPOCHS, L2, Example, annotated_pages, evidence_in, page_doc, train, write_model  # noqa: E402


def _entity_keys(doc, lexicon, iri: str) -> set[str]:
    keys = {name_key(m.text) for m in doc.mentions if m.entity == iri}
    entry = lexicon.entries.get(iri)
    if entry is not None:
        keys |= {name_key(n) for n, _l in entry.names()}
    return keys


def page_rows(page: Path, gold: dict, lexicon) -> list[dict]:
    """The labelled pairs of one page (see the module's docstring)."""
    from kg.evaluate import camel, gold_keys, _keys

    doc, found = page_doc(page, lexicon)
    gk = {e["name"]: gold_keys(e) for e in gold.get("entities", [])}
    rels = [(gk.get(r["subject"], _keys([r["subject"]])), figure_numbers(r["object"]), name_key(r.get("evidence") or ""))
            for r in gold.get("relations", []) if camel(r["predicate"]) == "hasSpec" and r.get("object_is_literal")]
    rels = [r for r in rels if r[1]]
    gold_figs = set().union(*(r[1] for r in rels)) if rels else set()
    # which gold relations the rules' figures already match (as kg eval would)
    done = set()
    for r in found:
        if r.predicate != "hasSpec" or not r.value or r.value.get("class") != "Spec":
            continue
        sk = _entity_keys(doc, lexicon, r.subject)
        nums = figure_numbers(f"{r.value.get('label', '')} {r.value.get('quantity', '')}")
        for i, (gs, gn, _ev) in enumerate(rels):
            if sk & gs and nums & gn:
                done.add(i)
    key = doc.norm.key
    out = []
    for c in candidates(doc, found, lexicon):
        s = doc.sentences[c.sentence]
        sent = key[s.start:s.end]
        q = c.figure
        lab_start = q.start if q.label_start is None else q.label_start
        nums = figure_numbers(f"{doc.norm.orig_text(lab_start, q.end)} {q.value}")
        ok = _entity_keys(doc, lexicon, c.owner.entity)
        here = elsewhere = False
        new = False
        for i, (gs, gn, ev) in enumerate(rels):
            if not (nums & gn and ok & gs):
                continue
            if i not in done:
                new = True
            if evidence_in(ev, sent):
                here = True
            else:
                elsewhere = True
        label = LABEL if here else (None if elsewhere else NONE)
        if here or elsewhere:
            effect = "tp" if new else "dup"
        elif nums & gold_figs:
            effect = "fp"
        else:
            effect = "unj"
        out.append({"f": c.features, "y": label, "e": effect, "page": page.name, "fig": [q.start, q.end],
                    "ctx": [c.owner.text, c.where, doc.norm.orig_text(lab_start, q.end), doc.norm.orig_text(s.start, s.end)[:160]]})
    return out


def set_rows(gold_dir: Path, lexicon) -> list[dict]:
    out = []
    for page, gold in annotated_pages(gold_dir):
        out += page_rows(page, gold, lexicon)
    return out


def cached_rows(gold_dir: Path, lexicon, cache: Path | None) -> list[dict]:
    if cache is None:
        return set_rows(gold_dir, lexicon)
    name = hashlib.sha1(str(Path(gold_dir).resolve()).encode()).hexdigest()[:12] + ".json"
    p = cache / name
    if p.is_file():
        return json.loads(p.read_text(encoding="utf-8"))
    rows = set_rows(gold_dir, lexicon)
    cache.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def examples(rows: list[dict], group: str) -> list[Example]:
    return [Example(r["f"], LABELS, r["y"], group, r["page"]) for r in rows if r["y"] is not None]


def decide(model, rows: list[dict], threshold: float) -> list[dict]:
    """The rows the model would state at threshold: per figure the most probable owner, if it reaches it."""
    from kg.learned_figures import FigureCandidate

    best: dict[tuple, tuple[float, int]] = {}
    for i, r in enumerate(rows):
        c = FigureCandidate(0, None, None, "", r["f"])
        p = model.probabilities(c)[LABEL]
        k = (r["page"], tuple(r["fig"]))
        if k not in best or p > best[k][0]:
            best[k] = (p, i)
    return [dict(rows[i], p=p) for (p, i) in best.values() if p >= threshold]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--off", action="store_true")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--min-sets", type=int, default=2)
    ap.add_argument("--cuts", default="0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--show", type=float, default=None, help="with --cv: print the pairs stated at this threshold")
    a = ap.parse_args(argv)
    from kg.lexicon import load_lexicon

    lexicon = load_lexicon()
    sets = sorted(a.gold, key=str)
    try:
        per = {str(g): cached_rows(g, lexicon, a.cache) for g in sets}
    except KgError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    if a.cv:
        cuts = [float(x) for x in a.cuts.split(",")]
        tot = {t: [0, 0, 0, 0, 0] for t in cuts}  # stated, right by gold (tp+dup), new tp, fp, unjudged
        print("| set | pairs (pos) | " + " | ".join(f"@{t} stated: +tp/dup/fp/unj" for t in cuts) + " |")
        print("|---|---|" + "---|" * len(cuts))
        shown = []
        for g in sets:
            train_ex = [ex for h in sets if h != g for ex in examples(per[str(h)], str(h))]
            model = train(train_ex, min_sets=a.min_sets, threshold=min(cuts), epochs=a.epochs, l2=a.l2)
            rows = per[str(g)]
            cells = []
            for t in cuts:
                st = decide(model, rows, t)
                n = [len(st), sum(r["e"] in ("tp", "dup") for r in st), sum(r["e"] == "tp" for r in st),
                     sum(r["e"] == "fp" for r in st), sum(r["e"] == "unj" for r in st)]
                for i in range(5):
                    tot[t][i] += n[i]
                cells.append(f"{n[0]}: +{n[2]}/{n[1]-n[2]}/{n[3]}/{n[4]}")
                if a.show is not None and t == a.show:
                    shown += [(g.parent.name, r) for r in st]
            pos = sum(r["y"] == LABEL for r in rows)
            print(f"| {g.parent.name} | {len(rows)} ({pos}) | " + " | ".join(cells) + " |", flush=True)
        print("| all | | " + " | ".join(
            f"{v[0]}: +{v[2]}/{v[1]-v[2]}/{v[3]}/{v[4]} (gold prec {v[1]/max(1, v[1]+v[3]):.2f})" for t, v in tot.items()) + " |")
        for sname, r in shown:
            print(f"{sname}\t{r['e']}\t{r['p']:.2f}\t{r['ctx'][0]}\t{r['ctx'][1]}\t{r['ctx'][2]}\t{r['ctx'][3]}")
        return 0
    ex = [ex for g in sets for ex in examples(per[str(g)], str(g))]
    model = train(ex, min_sets=a.min_sets, threshold=a.threshold, enabled=not a.off, epochs=a.epochs, l2=a.l2)
    model.meta["model"] = "figures"
    out = a.out or model_path()
    write_model(model, out)
    print(f"{out}: {model.meta['pages']} pages of {model.meta['sets']} sets, {model.meta['candidates']} pairs "
          f"({model.meta['positives']} owned), {model.meta['features']} features, threshold {a.threshold}"
          + (" (off)" if a.off else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
