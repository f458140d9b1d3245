"""Products, projects and technologies that are not in the lexicon, found from a name and its head noun
(ontology/patterns/named.toml), the relations read from them, and how `kg eval` scores relations."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.evaluate import graph_for_page, predicted_entities, score_relations
from kg.lexicon import load_lexicon
from kg.normalize import name_key
from kg.pipeline import make_graph, process
from kg.reader import read_source

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import holds  # noqa: E402


def mentions(tmp_path, text: str) -> list:
    p = tmp_path / "page.txt"
    p.write_text(text + "\n", encoding="utf-8")
    return process(read_source(p), load_lexicon()).mentions


def found(tmp_path, text: str) -> dict[str, str]:
    """Printed name -> type of every mention discovered by a head-noun pattern (or an alias of one)."""
    return {m.text: m.type for m in mentions(tmp_path, text)
            if m.source.startswith("pattern:named") or m.source == "pattern:apposition"}


def graph_of(tmp_path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text + "\n", encoding="utf-8")
    return make_graph([p]).graph


@pytest.mark.parametrize("text, name, type_", [
    ("英國國防部的「暴風雨」項目於2019年啟動。", "暴風雨", "Organization"),
    ("日本的「富岳」超級計算機位居榜首。", "富岳", "Product"),
    ("中國「神威」系列超級計算機廣泛用於氣象預報。", "神威", "Product"),
    ("美国“捕食者”无人机完成试飞。", "捕食者", "Product"),
    ("該公司的「星河」平台已開放註冊。", "星河", "Product"),
    ("歐洲「靈犀」指揮系統上月交付。", "靈犀", "Product"),
])
def test_a_quoted_name_is_typed_by_its_head_noun(tmp_path, text, name, type_):
    assert found(tmp_path, text).get(name) == type_


@pytest.mark.parametrize("text", [
    "國產晶片存在「卡脖子」風險。",                # not a head noun
    "市場進入「智能化戰爭」時代。",
    "建立「設計—製造—封測」協同平台。",            # a slogan, not a name
    "GPU已突破傳統「圖形渲染工具」的單一角色。",
])
def test_quoted_phrases_without_a_head_noun_are_not_names(tmp_path, text):
    assert found(tmp_path, text) == {}


def test_a_quoted_name_ending_in_its_head_noun_needs_an_abbreviation_or_an_owner(tmp_path):
    got = found(tmp_path, "北約的「聯合空中作戰系統」（JAOS）已投入使用。")
    assert got == {"聯合空中作戰系統": "Product", "JAOS": "Product"}
    ms = [m for m in mentions(tmp_path, "北約的「聯合空中作戰系統」（JAOS）已投入使用。") if m.type == "Product"]
    assert len({m.entity for m in ms}) == 1  # the abbreviation is another name of the same system
    # A quoted description with no abbreviation and no owner is not taken.
    assert found(tmp_path, "這是一種「指揮控制系統」。") == {}


def test_a_latin_name_before_a_technology_head_noun(tmp_path):
    ms = [m for m in mentions(tmp_path, "燧原科技推出TopsRider軟件平台，並開源Flame工具鏈。")
          if m.source == "pattern:named-latin-head"]
    assert {(m.text, m.type, m.canonical) for m in ms} == {
        ("TopsRider", "Technology", "TopsRider軟件平台"), ("Flame", "Technology", "Flame工具鏈")}
    # Kinds of things and model numbers are not names.
    assert found(tmp_path, "各家都推出AI平台與GPU架構，H100平台亦然。") == {}


def test_a_chinese_name_with_its_abbreviation_before_a_technology_head_noun(tmp_path):
    got = found(tmp_path, "多家廠商參與開放的統合智算互聯協議（UCIP）建設，其自研的混合精度調度方案（MPSS）已落地。")
    assert got["統合智算互聯協議"] == "Technology" and got["UCIP"] == "Technology"
    assert got["混合精度調度方案"] == "Technology" and got["MPSS"] == "Technology"
    # Without an abbreviation the same form is only a description.
    assert found(tmp_path, "推動國產GPU編程框架的標準化。") == {}


def test_relations_of_discovered_products_projects_and_technologies(tmp_path):
    g = graph_of(tmp_path, "\n".join([
        "美國空軍的「海上獵手」項目（2020年啟動）要求仿真系統支持實時推演，其底層算力即基於英偉達H100集群。",
        "日本「富岳」系列超級計算機在氣候模擬中廣泛採用GPU加速。",
        "歐洲「靈犀」指揮系統中，GPU集群承擔了大部分目標識別任務。",
        "燧原科技推出TopsRider軟件平台，實現與TensorFlow/PyTorch的兼容。",
        "壁仞科技參與開放的統合智算互聯協議（UCIP）生態共建。",
        "華為宣布將其對標CUDA的CANN和Flame工具鏈全面開源。",
    ]))
    assert holds(g, "美國空軍", "operates", "海上獵手")
    assert holds(g, "海上獵手", "uses", "H100")
    assert holds(g, "富岳", "uses", "GPU")
    assert holds(g, "靈犀", "uses", "GPU")
    assert holds(g, "燧原科技", "develops", "TopsRider軟件平台")
    assert holds(g, "TopsRider", "compatibleWith", "TensorFlow") and holds(g, "TopsRider", "compatibleWith", "PyTorch")
    assert holds(g, "壁仞科技", "participatesIn", "統合智算互聯協議")
    assert holds(g, "華為", "develops", "Flame工具鏈") and holds(g, "Flame工具鏈", "comparedWith", "CUDA")


def test_a_negated_use_by_a_product_is_not_asserted(tmp_path):
    g = graph_of(tmp_path, "日本「富岳」超級計算機並未採用GPU加速。")
    assert not holds(g, "富岳", "uses", "GPU")


# --- kg eval: symmetric predicates and relation precision ---------------------------------------------

def _gold(relations, entities):
    return {"seed": "page.txt", "entities": [{"type": t, "name": n, "en": None, "surface_forms": [n]} for n, t in entities],
            "relations": [{"subject": s, "predicate": p, "object": o, "evidence": ""} for s, p, o in relations]}


def test_eval_scores_symmetric_relations_in_either_direction_and_counts_false_positives(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("英偉達與台積電建立戰略聯盟。超微半導體收購了賽靈思。\n", encoding="utf-8")
    g = graph_for_page(page)
    pred = predicted_entities(g, "page.txt")
    ents = [("英偉達", "Company"), ("台積電", "Company"), ("超微半導體", "Company"), ("賽靈思", "Company")]
    # The gold states the alliance the other way round: partnerOf is symmetric, so it is found.
    sc = score_relations(_gold([("台積電", "partner_of", "英偉達")], ents), g, pred, "page.txt")
    assert sc["partnerOf"].tp == 1 and sc["partnerOf"].fn == 0
    # The acquisition links two annotated entities but is not in this gold: a false positive.
    assert sc["acquired"].fp == 1 and sc["acquired"].precision == 0.0
    assert any(name_key("賽靈思") in name_key(x) for x in sc["acquired"].false_positives)
    # acquired is not symmetric: the reversed gold relation is missed.
    sc = score_relations(_gold([("賽靈思", "acquired", "超微半導體")], ents), g, pred, "page.txt")
    assert sc["acquired"].tp == 0 and sc["acquired"].fn == 1 and sc["acquired"].fp == 1
