"""將 (will) marks a plan, not a fact — unless it only brings the object forward (將甲列入清單).
Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, rules_of  # noqa: E402



def test_a_plant_that_will_be_built_is_a_plan(tmp_path):
    g = graph_of(tmp_path, "星河科技將在合肥投建新的封裝測試基地。\n")
    got = rules_of(g, "星河科技", "locatedIn", "合肥")
    assert got and all(r.endswith(".planned") for r in got)


def test_a_plant_that_was_built_is_a_fact(tmp_path):
    g = graph_of(tmp_path, "星河科技已在合肥投建新的封裝測試基地。\n")
    got = rules_of(g, "星河科技", "locatedIn", "合肥")
    assert got and not any(r.endswith(".planned") for r in got)


def test_jiang_bringing_the_object_forward_is_no_plan(tmp_path):
    g = graph_of(tmp_path, "美國商務部昨日將星河科技列入實體清單。\n")
    got = rules_of(g, "實體清單", "restricts", "星河科技")
    assert got and not any(r.endswith(".planned") for r in got)


def test_a_listing_still_sought_is_marked_and_queried_as_seeking(tmp_path):
    from kg.pipeline import build
    from kg.query import ask

    page = "星河科技在科創板排隊候場。天穹半導體已於上月在科創板掛牌上市。\n"
    g = graph_of(tmp_path, page)
    sought = rules_of(g, "星河科技", "listedOn", "科創板")
    assert sought and all(r.endswith(".planned") for r in sought)
    done = rules_of(g, "天穹半導體", "listedOn", "科創板")
    assert done and not any(r.endswith(".planned") for r in done)
    out = tmp_path / "graph"
    build([tmp_path / "page.txt"], out, html=False)
    ans = ask(out, "listings-by-exchange")
    rows = {tuple(r[ans.variables.index(c)].value for c in ("exchangeName", "companyName", "status")) for r in ans.rows}
    assert ("科創板", "星河科技", "seeking") in rows and ("科創板", "天穹半導體", "listed") in rows
