"""The page's data (kg.view.graph_view): which graph nodes are drawn and what the side panel lists."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import networkx as nx

from kg.model import Evidence
from kg.view import graph_view

E = "https://w3id.org/kg/chip/id/"


def _entity(g, iri, label, type_, mentions=1):
    g.add_node(iri, kind="entity", type=type_, label=label, names=[(label, "zh-Hant")], discovered=False,
               confidence=1.0, mention_count=mentions, articles=[E + "article/a/1"])


def _evidence(sentence):
    return Evidence(page="a.txt", article=E + "article/a/1", sentence=sentence, sentence_span=(0, len(sentence)),
                    subject_span=(0, 2), object_span=None, rule="test", confidence=0.9)


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(E + "page/a", kind="page")
    g.add_node(E + "article/a/1", kind="article", type="Article", title="英偉達發布H100", column="科技")
    _entity(g, E + "nvidia", "英偉達", "Company", 3)
    _entity(g, E + "h100", "H100", "Chip", 2)
    g.add_node(E + "node-4nm", kind="value", type="ProcessNode", label="4納米",
               names=[("4納米", "zh-Hant"), ("4纳米", "zh-Hans"), ("4nm", "en")], nanometres=Decimal("4"))
    g.add_node(E + "node-3nm", kind="value", type="ProcessNode", label="3納米", names=[], nanometres=Decimal("3"))
    g.add_node(E + "spec/1", kind="value", type="Spec", label="80GB", quantity=Decimal("80"), unit="GB",
               measure="memory")
    g.add_edge(E + "article/a/1", E + "nvidia", key="mentions", predicate="mentions", count=3, evidence=[])
    g.add_edge(E + "nvidia", E + "h100", key="develops", predicate="develops", literal=False,
               evidence=[_evidence("英偉達發布H100。")])
    g.add_edge(E + "h100", E + "node-4nm", key="usesProcess", predicate="usesProcess", literal=False,
               evidence=[_evidence("H100採用台積電4納米工藝。")])
    g.add_edge(E + "h100", E + "spec/1", key="hasSpec", predicate="hasSpec", literal=False,
               evidence=[_evidence("H100配備80GB顯存。")])
    return g


def test_process_nodes_are_drawn_and_linked():
    view = graph_view(small_graph())
    nodes = {n["id"]: n for n in view["nodes"]}
    node = nodes[E + "node-4nm"]
    assert node["type"] == "ProcessNode" and node["label"] == "4納米" and node["value"] is True
    assert node["names"] == ["4納米", "4纳米", "4nm"]  # searchable as 4nm too
    assert node["articles"] == 1
    assert {"source": E + "h100", "target": E + "node-4nm", "predicate": "usesProcess"}.items() <= next(
        e for e in view["edges"] if e["predicate"] == "usesProcess").items()
    assert view["types"]["ProcessNode"]["en"] == "Process node"
    assert "usesProcess" in view["predicates"]
    # a process node no relation of the graph points to is not drawn
    assert E + "node-3nm" not in nodes and E + "page/a" not in nodes


def test_specs_listed_on_their_chip_not_drawn():
    view = graph_view(small_graph())
    nodes = {n["id"]: n for n in view["nodes"]}
    assert E + "spec/1" not in nodes
    assert all(e["target"] != E + "spec/1" for e in view["edges"])
    assert "hasSpec" not in view["predicates"]
    [spec] = nodes[E + "h100"]["specs"]
    assert spec["label"] == "80GB" and spec["measure"] == "memory" and spec["unit"] == "GB"
    assert spec["quantity"] == "80"  # JSON-safe, exact
    assert spec["evidence"][0]["sentence"] == "H100配備80GB顯存。"
    assert spec["evidence"][0]["article"] == "英偉達發布H100"
    assert "specs" not in nodes[E + "nvidia"]
    json.dumps(view, ensure_ascii=False)  # plain data


def test_view_is_deterministic():
    a = json.dumps(graph_view(small_graph()), ensure_ascii=False)
    g = small_graph()
    assert json.dumps(graph_view(g), ensure_ascii=False) == a


def test_seed_page_shows_process_nodes_and_specs(seed_graph):
    page = (seed_graph / "kg.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    nodes = {n["id"]: n for n in data["nodes"]}
    process = {n["label"] for n in nodes.values() if n["type"] == "ProcessNode"}
    assert {"7納米", "5納米", "4納米"} <= process
    uses = {(nodes[e["source"]]["label"], nodes[e["target"]]["label"]) for e in data["edges"]
            if e["predicate"] == "usesProcess"}
    assert ("H100", "4納米") in uses and ("台積電", "7納米") in uses
    assert any(s["unit"] == "TB/s" for s in nodes[E + "h100"].get("specs", []))
    assert not any(n["type"] == "Spec" for n in nodes.values())


def test_page_leaves_out_background_facts_and_places_only_they_name():
    from kg.pipeline import make_graph
    from kg.view import graph_view

    from conftest import SEEDS

    g = make_graph([SEEDS / "002_6c8016782c9c9c90.txt"]).graph
    background = [(u, v) for u, v, d in g.edges(data=True) if d.get("background")]
    assert background  # the graph itself has them, for queries
    data = graph_view(g)
    # a locatedIn edge is shown only where the page states it (日本東京), never from the lexicon alone
    stated = {(u, v) for u, v, k, d in g.edges(keys=True, data=True) if k == "locatedIn" and d.get("evidence")}
    assert all((e["source"], e["target"]) in stated for e in data["edges"] if e["predicate"] == "locatedIn")
    ids = {n["id"] for n in data["nodes"]}
    unmentioned = {n for n, d in g.nodes(data=True) if d.get("kind") == "entity" and not d.get("mention_count")}
    only_background = {n for n in unmentioned
                       if all(d.get("background") for _u, _v, d in g.in_edges(n, data=True))}
    assert only_background and not (only_background & ids)
