"""將 (will) marks a plan, not a fact — unless it only brings the object forward (將甲列入清單).
Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of  # noqa: E402

from kg.normalize import name_key  # noqa: E402


def rules(g, s: str, p: str, o: str) -> set[str]:
    def names(n):
        d = g.nodes[n]
        return {name_key(x) for x, _ in d.get("names") or []} | {name_key(m["text"]) for m in d.get("mentions") or []}

    return {ev.rule for u, v, k, d in g.edges(keys=True, data=True)
            if k == p and name_key(s) in names(u) and name_key(o) in names(v) for ev in d["evidence"]}


def test_a_plant_that_will_be_built_is_a_plan(tmp_path):
    g = graph_of(tmp_path, "星河科技將在合肥投建新的封裝測試基地。\n")
    got = rules(g, "星河科技", "locatedIn", "合肥")
    assert got and all(r.endswith(".planned") for r in got)


def test_a_plant_that_was_built_is_a_fact(tmp_path):
    g = graph_of(tmp_path, "星河科技已在合肥投建新的封裝測試基地。\n")
    got = rules(g, "星河科技", "locatedIn", "合肥")
    assert got and not any(r.endswith(".planned") for r in got)


def test_jiang_bringing_the_object_forward_is_no_plan(tmp_path):
    g = graph_of(tmp_path, "美國商務部昨日將星河科技列入實體清單。\n")
    got = rules(g, "實體清單", "restricts", "星河科技")
    assert got and not any(r.endswith(".planned") for r in got)
