"""The graph as plain data for the HTML page: nodes, edges with evidence, and display labels.

Entities and articles become nodes. Value nodes that relations point to are treated by what they
are: a process node (kg:ProcessNode, e.g. 7 nm) is a small node of its own, so that chips and
foundries sharing a node are visibly linked; a measured figure (kg:Spec: a quantity with a unit,
e.g. 80 GB) says nothing shared, so it is listed under its chip (``specs``) instead of being drawn.
Background facts from the lexicon (kg:locatedIn) and the places only they name are left out: the
page shows what the articles say.
"""

from __future__ import annotations

from decimal import Decimal

import networkx as nx

from kg.ontology import labels


def _names(label: str, names) -> list[str]:
    out: list[str] = []
    for name in [label] + [n for n, _lang in names or []]:
        if name and name not in out:
            out.append(name)
    return out


def _is_figure(d: dict) -> bool:
    """A value node that is a measured figure (quantity + unit), listed on its subject, not drawn."""
    return d.get("kind") == "value" and "quantity" in d


def _plain(x):
    return str(x) if isinstance(x, Decimal) else x


def _evidence(d: dict, titles: dict) -> list[dict]:
    return [{"sentence": e.sentence, "article": titles.get(e.article, ""), "article_id": e.article}
            for e in d.get("evidence") or []]


def graph_view(g: nx.MultiDiGraph) -> dict:
    titles = {iri: d.get("title") for iri, d in g.nodes(data=True) if d.get("kind") == "article"}
    specs: dict[str, list[dict]] = {}
    edges = []
    predicates: dict[str, dict] = {}
    used_values: dict[str, set] = {}
    posts: dict[str, list[dict]] = {}
    for u, v, key, d in sorted(g.edges(keys=True, data=True)):
        if d.get("literal") and key == "position" and not d.get("background"):
            # a person's post as printed (美國總統): listed on the person's panel with its evidence
            posts.setdefault(u, []).append({"label": v, "evidence": _evidence(d, titles)})
            continue
        if d.get("literal") or d.get("background"):
            continue  # the page shows what the articles say; background facts are for queries
        lab = labels(key)
        evidence = _evidence(d, titles)
        vd = g.nodes[v]
        if _is_figure(vd):
            specs.setdefault(u, []).append({
                "label": vd.get("label", ""), "measure": vd.get("measure", ""),
                "quantity": _plain(vd.get("quantity")), "unit": vd.get("unit", ""),
                "predicate": key, "label_en": lab["en"], "label_zh": lab["zh"], "evidence": evidence})
            continue
        if vd.get("kind") == "value":
            used_values.setdefault(v, set()).update(e["article_id"] for e in evidence if e["article_id"])
        predicates.setdefault(key, lab)
        edges.append({"source": u, "target": v, "predicate": key, "label_en": lab["en"], "label_zh": lab["zh"],
                      "count": d.get("count", len(evidence)) or 1, "evidence": evidence})

    endpoints = {e["source"] for e in edges} | {e["target"] for e in edges}
    nodes = []
    types: dict[str, dict] = {}
    for iri, d in sorted(g.nodes(data=True)):
        kind = d.get("kind")
        if kind == "entity" and not d.get("mention_count") and iri not in endpoints:
            continue  # only known from the lexicon (a city a company is in), not from the pages
        if kind == "entity":
            node = {"id": iri, "label": d["label"], "type": d["type"], "names": _names(d["label"], d.get("names")),
                    "mentions": d.get("mention_count", 0), "articles": len(d.get("articles", ())),
                    "discovered": d.get("discovered", False), "confidence": d.get("confidence", 1.0)}
        elif kind == "article":
            node = {"id": iri, "label": d["title"], "type": "Article",
                    "names": [d["title"]] + ([d["column"]] if d.get("column") else []),
                    "mentions": 0, "articles": 1, "discovered": False, "confidence": 1.0}
        elif kind == "value" and iri in used_values:
            node = {"id": iri, "label": d.get("label", iri), "type": d.get("type", "Value"),
                    "names": _names(d.get("label", ""), d.get("names")), "mentions": 0,
                    "articles": len(used_values[iri]), "discovered": False, "confidence": 1.0, "value": True}
        else:
            continue
        if iri in specs:
            node["specs"] = sorted(specs[iri], key=lambda s: (s["measure"], s["label"], s["predicate"]))
        if iri in posts:
            node["posts"] = posts[iri]
        nodes.append(node)
        types.setdefault(node["type"], labels(node["type"]))
    return {"nodes": nodes, "edges": edges, "types": dict(sorted(types.items())),
            "predicates": dict(sorted(predicates.items()))}
