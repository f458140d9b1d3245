"""`kg entities`: the entities of a built graph with their names, type, mention count and confidence,
for a person to review (discovered ones especially)."""

from __future__ import annotations

from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import ENTITY_TYPES, KG
from kg.query import load_rdflib


def list_entities(graph, type_: str | None = None, discovered: bool = False) -> list[dict]:
    g = load_rdflib(graph)
    out = []
    for s in set(g.subjects(KG.mentionCount, None)):
        types = {str(t)[len(str(KG)):] for t in g.objects(s, RDF.type) if str(t).startswith(str(KG))}
        t = next((x for x in ENTITY_TYPES if x in types), None)
        if t is None or (type_ and type_.lower() not in {x.lower() for x in types}):
            continue
        disc = bool(g.value(s, KG.discovered))
        if discovered and not disc:
            continue
        conf = g.value(s, KG.confidence)
        names = sorted({str(o) for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel) for o in g.objects(s, p)})
        out.append({"iri": str(s), "label": str(g.value(s, SKOS.prefLabel) or names[0]), "type": t,
                    "mentions": int(g.value(s, KG.mentionCount)), "discovered": disc,
                    "confidence": float(conf) if conf is not None else 1.0, "names": names})
    out.sort(key=lambda e: (e["type"], -e["mentions"], e["label"], e["iri"]))
    return out


def entities_table(rows: list[dict]) -> str:
    if not rows:
        return "no entities\n"
    lines = [f"{'type':<13}{'mentions':>8}  {'conf':>5}  {'':1} label  (other names)"]
    for r in rows:
        others = [n for n in r["names"] if n != r["label"]]
        mark = "*" if r["discovered"] else " "
        lines.append(f"{r['type']:<13}{r['mentions']:>8}  {r['confidence']:>5.2f}  {mark} {r['label']}"
                     + (f"  ({', '.join(others)})" if others else ""))
    lines.append(f"{len(rows)} entities; * discovered (not in the lexicon)")
    return "\n".join(lines) + "\n"
