"""Score extracted relations against expected (subject, predicate, object) name triples.

Used by tests/test_relations.py for the pages kg was never tuned on (tests/unseen_relations/): an
expected relation is found when the graph has an edge with that predicate whose subject has the
expected name (any label, any script) and whose object has the expected name, or, for a number,
whose value (kg:quantity, kg:nanometres) or label carries that number.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from kg.normalize import name_key, normalize
from kg.quantities import find_quantities


def _names(g, n) -> set[str]:
    d = g.nodes[n] if n in g else {}
    names = {name_key(x) for x, _lang in d.get("names") or []}
    if d.get("label"):
        names.add(name_key(str(d["label"])))
    names.update(name_key(m["text"]) for m in d.get("mentions") or [])
    return names


def _numbers(g, n) -> set[Decimal]:
    d = g.nodes[n] if n in g else {}
    out = {Decimal(str(d[k])) for k in ("quantity", "nanometres") if d.get(k) is not None}
    out.update(Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", str(d.get("label") or "")))
    return out


def _is_number(s: str) -> bool:
    return re.fullmatch(r"\d+(?:\.\d+)?", s) is not None


def named(g, name: str) -> bool:
    """Is `name` one of the names of a node of `g`?"""
    return any(name_key(name) in _names(g, n) for n in g.nodes)


def holds(g, s: str, p: str, o: str) -> bool:
    for u, v, k in g.edges(keys=True):
        if k != p or (s != "*" and name_key(s) not in _names(g, u)):
            continue
        if _is_number(o) and Decimal(o) in _numbers(g, v):
            return True
        if name_key(o) in _names(g, v):
            return True
    return False


def positions(g, person: str) -> set[str]:
    """The posts as printed (kg:position values) of the person named `person` (any label, any script)."""
    return {v for u, v, k in g.edges(keys=True) if k == "position" and name_key(person) in _names(g, u)}


def rules_of(g, s: str, p: str, o: str) -> set[str]:
    """The rule ids on the evidence of the edge s -p-> o (names matched as `holds` matches them)."""
    return {ev.rule for u, v, k, d in g.edges(keys=True, data=True)
            if k == p and name_key(s) in _names(g, u) and name_key(o) in _names(g, v) for ev in d["evidence"]}


def score(g, expected: dict) -> dict:
    found = [t for t in expected["relations"] if holds(g, *t)]
    missed = [t for t in expected["relations"] if not holds(g, *t)]
    wrong = [t for t in expected.get("not", []) if holds(g, *t)]
    return {"found": len(found), "total": len(expected["relations"]), "missed": missed, "wrong": wrong}


def fixtures(folder: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.txt"))]


def graph_of(tmp_path: Path, text: str):
    """The networkx graph kg builds from `text` saved as one page."""
    from kg.pipeline import make_graph

    p = tmp_path / "page.txt"
    p.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return make_graph([p]).graph


def labelled_edges(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every edge kg builds from `text` printed under a headline."""
    g = graph_of(tmp_path, "晶片週報\n\n" + text + "\n")

    def lab(n):
        return g.nodes[n].get("label", n)

    return {(lab(u), d.get("predicate"), lab(v)) for u, v, d in g.edges(data=True)}


def figures(text: str) -> list[tuple]:
    """(printed figure, measure, value, unit, slot type) of each figure kg reads in `text`."""
    key = normalize(text).key
    return [(key[q.start:q.end], q.measure, q.value, q.unit, q.type) for q in find_quantities(key)]


def relations(tmp_path, lexicon, text):
    """The page `text` run through the pipeline up to extraction: (doc, relations)."""
    from kg.extract import extract
    from kg.pipeline import process
    from kg.reader import read_source
    from kg.resolve import resolve

    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    doc = process(read_source(p), lexicon)
    resolve([doc], lexicon)
    return doc, extract(doc, lexicon)


def find(doc, rels, s, p, o):
    """The evidence of s p o (names as printed on the page), or []."""
    def named(iri, name):
        return any(m.entity == iri and m.text == name for m in doc.mentions)
    return [ev for r in rels if r.predicate == p and named(r.subject, s) and named(r.object, o) for ev in r.evidence]
