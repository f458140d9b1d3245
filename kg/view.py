"""The graph as plain data for the HTML page: nodes, edges with evidence, and display labels."""

from __future__ import annotations

import networkx as nx

from kg.ontology import labels


def graph_view(g: nx.MultiDiGraph) -> dict:
    nodes = []
    types: dict[str, dict] = {}
    for iri, d in sorted(g.nodes(data=True)):
        kind = d.get("kind")
        if kind == "entity":
            names = []
            for name, _lang in [(d["label"], "")] + list(d["names"]):
                if name not in names:
                    names.append(name)
            nodes.append({"id": iri, "label": d["label"], "type": d["type"], "names": names,
                          "mentions": d["mention_count"], "articles": len(d["articles"]),
                          "discovered": d["discovered"], "confidence": d["confidence"]})
        elif kind == "article":
            nodes.append({"id": iri, "label": d["title"], "type": "Article",
                          "names": [d["title"]] + ([d["column"]] if d.get("column") else []),
                          "mentions": 0, "articles": 1, "discovered": False, "confidence": 1.0})
        else:
            continue
        t = nodes[-1]["type"]
        types.setdefault(t, labels(t))
    titles = {iri: d.get("title") for iri, d in g.nodes(data=True) if d.get("kind") == "article"}
    edges = []
    predicates: dict[str, dict] = {}
    for u, v, key, d in sorted(g.edges(keys=True, data=True)):
        if d.get("literal"):
            continue
        lab = labels(key)
        predicates.setdefault(key, lab)
        evidence = [{"sentence": e.sentence, "article": titles.get(e.article, ""), "article_id": e.article}
                    for e in d.get("evidence") or []]
        edges.append({"source": u, "target": v, "predicate": key, "label_en": lab["en"], "label_zh": lab["zh"],
                      "count": d.get("count", len(evidence)) or 1, "evidence": evidence})
    return {"nodes": nodes, "edges": edges, "types": dict(sorted(types.items())),
            "predicates": dict(sorted(predicates.items()))}

