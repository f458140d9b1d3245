"""Generic backoff rules (generic.<predicate>.<n> in ontology/rules/relations.toml) and the 后者/前者
references: sentences written for these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def rules_of(g, p):
    return {ev.rule for _u, _v, k, d in g.edges(keys=True, data=True) if k == p for ev in d.get("evidence", [])}


def test_a_list_introduced_by_baokuo_before_its_predicate_gives_one_relation_per_member(tmp_path):
    g = graph_of(tmp_path, "分析師認為，包括蘋果、高通、輝達等，都是台積電3奈米製程的客戶。\n")
    for client in ("蘋果", "高通", "輝達"):
        assert holds(g, "台積電", "manufacturesFor", client)
    # a backoff rule: less sure than a specific one
    assert any(r.startswith("generic.manufacturesFor") for r in rules_of(g, "manufacturesFor"))


def test_customers_named_after_the_word_customer(tmp_path):
    g = graph_of(tmp_path, "三星的晶圓代工客戶名單中，包括高通與輝達。\n")
    assert holds(g, "三星", "manufacturesFor", "高通")
    assert holds(g, "三星", "manufacturesFor", "輝達")


def test_the_latter_points_to_the_nearest_company_before_it(tmp_path):
    g = graph_of(tmp_path, "美光的市佔仍落後SK海力士，後者是輝達記憶體的主要供應商。\n")
    assert holds(g, "SK海力士", "manufacturesFor", "輝達")
    assert not holds(g, "美光", "manufacturesFor", "輝達")


def test_a_company_supplying_another_one(tmp_path):
    g = graph_of(tmp_path, "美光本季將為輝達提供HBM4。\n")
    assert holds(g, "美光", "manufacturesFor", "輝達")


def test_the_exchange_before_the_company(tmp_path):
    g = graph_of(tmp_path, "同樣於科創板上市的寒武紀，股價連日上漲。\n")
    assert holds(g, "寒武紀", "listedOn", "科創板")


def test_a_title_opening_the_next_clause_names_the_subjects_person(tmp_path):
    g = graph_of(tmp_path, "台積電對新廠進度深具信心，董事長魏哲家表示將如期量產。\n")
    assert holds(g, "魏哲家", "affiliatedWith", "台積電")


def test_a_title_does_not_reach_over_another_company(tmp_path):
    g = graph_of(tmp_path, "台積電對新廠進度深具信心，三星董事長李在鎔則未回應。\n")
    assert not holds(g, "李在鎔", "affiliatedWith", "台積電")


def test_an_attempted_acquisition_is_not_an_acquisition(tmp_path):
    g = graph_of(tmp_path, "市場曾傳出高通試圖收購英特爾的消息，最後不了了之。\n")
    assert not holds(g, "高通", "acquired", "英特爾")


def test_both_partners_develop_what_they_build_together(tmp_path):
    g = graph_of(tmp_path, "聯發科與輝達的合作備受關注，雙方聯手打造DGX Spark。\n")
    assert holds(g, "聯發科", "develops", "DGX Spark")
    assert holds(g, "輝達", "develops", "DGX Spark")


def test_a_maker_named_by_its_trade(tmp_path):
    g = graph_of(tmp_path, "全球第二大DRAM晶片製造商SK海力士今日公布財報。\n")
    assert holds(g, "SK海力士", "develops", "DRAM")


def test_the_issuer_announcing_a_passive_listing(tmp_path):
    g = graph_of(tmp_path, "美國商務部宣布，數家企業因涉及軍事用途被列入實體清單。\n")
    assert holds(g, "實體清單", "issuedBy", "美國商務部")
