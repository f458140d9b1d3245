"""Where companies, organizations, places and office-holders are from, read from name phrases, and
companies described as makers of a kind of chip. Every sentence and name here is invented."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import labelled_edges, rules_of, graph_of  # noqa: E402


def test_a_country_before_a_company_after_a_conjunction(tmp_path):
    g = graph_of(tmp_path, "晶片週報\n\n韓國三星電子與美國美光公司擴大生產。\n")
    assert "located.nationality" in rules_of(g, "美光", "locatedIn", "美國")
    assert "located.nationality" in rules_of(g, "三星電子", "locatedIn", "韓國")


def test_a_name_phrase_says_where_it_is_from_in_a_denied_clause(tmp_path):
    g = graph_of(tmp_path, "晶片週報\n\n該交易未能拿到中國國家市場監督管理總局的批准。\n")
    # (read from the name phrase, or from the lexicon's 中國市場監管總局 name it now holds)
    assert rules_of(g, "國家市場監督管理總局", "locatedIn", "中國") & {"located.nationality-org", "located.org-name"}


def test_a_place_in_a_larger_one_in_a_denied_clause_but_not_a_glued_list(tmp_path):
    g = graph_of(tmp_path, "晶片週報\n\n曜石半導體並未在美國加州擴產。\n")
    assert "located.place-in-place" in rules_of(g, "加州", "locatedIn", "美國")
    # two states printed without their separator, then a list: none is inside another
    g = graph_of(tmp_path, "晶片週報\n\n補貼用於亞利桑那新墨西哥州、俄亥俄州和奧勒岡州的計畫。\n")
    assert not rules_of(g, "新墨西哥州", "locatedIn", "亞利桑那州")


def test_an_office_word_glued_to_its_country_still_names_the_country(tmp_path):
    # 德国总理 and 日本首相 are single words in jieba's dictionary
    assert ("朔爾茨", "affiliatedWith", "德國") in labelled_edges(tmp_path, "德國總理蕭茲出席典禮。")
    assert ("岸田文雄", "affiliatedWith", "日本") in labelled_edges(tmp_path, "日本首相岸田文雄出席。")


def test_a_company_leading_in_a_kind_develops_it_but_not_its_partner_or_buyer(tmp_path):
    assert ("SK海力士", "develops", "高帶寬內存") in labelled_edges(tmp_path, "SK海力士在HBM領域居於領先地位。")
    edges = labelled_edges(tmp_path, "英偉達在HBM領域與領先的SK海力士合作。")
    assert ("英偉達", "develops", "高帶寬內存") not in edges


def test_a_maker_word_before_a_name_describes_that_name(tmp_path):
    edges = labelled_edges(tmp_path, "星河電子是DRAM製造商美光的最大客戶。")
    assert not any(p == "develops" and s == "星河電子" for s, p, o in edges)
    assert ("美光科技", "develops", "動態隨機存取存儲器") in edges


def test_building_a_system_is_not_using_it_but_building_on_a_chip_is(tmp_path):
    edges = labelled_edges(tmp_path, "聯發科與輝達合作打造DGX Spark超級電腦。")
    assert ("聯發科", "uses", "DGX Spark") not in edges and ("英偉達", "uses", "DGX Spark") not in edges
    assert ("鴻海", "uses", "GB300") in labelled_edges(tmp_path, "鴻海將打造以輝達GB300平台為核心的資料中心。")
