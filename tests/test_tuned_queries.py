"""The saved queries tuned for speed give exactly the answers of their plain versions
(tests/reference_queries/), on the seed graph and on the hand-written fixture, and the per-entity
counts kg writes (kg:articleCount, kg:linkCount) agree with counting the graph itself."""


import pytest
from conftest import ROOT

from kg.query import ask

REFERENCE = ROOT / "tests" / "reference_queries"


def table(ans):
    return [tuple(None if c is None else (c.value, getattr(c, "datatype", None)) for c in r) for r in ans.rows]


def same(graph, name, params):
    tuned = ask(graph, name, params)
    plain = ask(graph, str(REFERENCE / f"{name}.rq"), params)
    assert tuned.variables == plain.variables
    assert table(tuned) == table(plain), name
    return tuned


@pytest.mark.parametrize("limit", ["1", "5", "20", "1000"])
def test_most_connected_matches_the_graph_wide_aggregate(seed_graph, limit):
    ans = same(seed_graph, "most-connected", {"limit": limit})
    assert len(ans.rows) == min(int(limit), len(ans.rows)) and ans.rows


@pytest.mark.parametrize("entity", ["英偉達", "中國", "美國", "台積電", "CUDA"])
@pytest.mark.parametrize("limit", ["3", "20", "500"])
def test_co_mentioned_matches_sorting_every_group(seed_graph, entity, limit):
    assert same(seed_graph, "co-mentioned", {"entity": entity, "limit": limit}).rows


@pytest.mark.parametrize("entity", ["英偉達", "中國", "香港"])
@pytest.mark.parametrize("limit", ["1", "7", "1000"])
def test_mentions_matches_fetching_everything_then_sorting(seed_graph, entity, limit):
    assert same(seed_graph, "mentions", {"entity": entity, "limit": limit}).rows


def test_acquisitions_match(seed_graph, fixture_dir):
    same(seed_graph, "acquisitions", {})
    assert same(fixture_dir, "acquisitions", {}).rows


def test_tuned_queries_match_on_the_fixture(fixture_dir):
    for limit in ("1", "2", "3", "50"):
        same(fixture_dir, "co-mentioned", {"entity": "H100", "limit": limit})
        same(fixture_dir, "mentions", {"entity": "英偉達", "limit": limit})
    top = ask(fixture_dir, "most-connected", {"limit": "3"})
    assert [(r[0].value, r[2].value, r[3].value) for r in top.rows] == [
        ("H100", "4", "2"), ("英偉達", "4", "2"), ("中芯國際", "3", "1")]


COUNTS = """
SELECT ?e ?articles ?links ?a ?l WHERE {
  ?e kg:articleCount ?articles ; kg:linkCount ?links .
  { SELECT ?e (COUNT(?art) AS ?a) WHERE { ?e kg:mentionCount [] . OPTIONAL { ?art kg:mentions ?e } } GROUP BY ?e }
  { SELECT ?e (COUNT(DISTINCT ?x) AS ?l) WHERE {
      ?e kg:mentionCount [] .
      OPTIONAL {
        { ?st rdf:subject ?e ; rdf:object ?x . ?x kg:mentionCount [] } UNION { ?st rdf:object ?e ; rdf:subject ?x }
        FILTER(?x != ?e)
      }
  } GROUP BY ?e }
}
"""


def test_per_entity_counts_are_what_the_graph_says(seed_graph):
    ans = ask(seed_graph, COUNTS)
    assert len(ans.rows) > 100
    wrong = [r for r in ans.rows if (r[1].value, r[2].value) != (r[3].value, r[4].value)]
    assert not wrong, wrong[:5]
    assert max(int(r[2].value) for r in ans.rows) > 3  # the seed graph has well-connected entities


@pytest.mark.parametrize("x,y", [("英偉達", "超微半導體"), ("中國", "美國"), ("美國", "中國"), ("英偉達", "香港")])
def test_articles_mentioning_both_match(seed_graph, x, y):
    same(seed_graph, "articles-mentioning-both", {"x": x, "y": y})


def test_articles_mentioning_both_on_the_fixture(fixture_dir):
    ans = same(fixture_dir, "articles-mentioning-both", {"x": "H100", "y": "NVIDIA"})
    assert sorted(r[0].value for r in ans.rows) == sorted(["英偉達收購Mellanox", "出口管制衝擊華為"])
