"""Relations stated through a reference (该芯片, 該公司, 新規) or as a plan (擬, 計劃): sentences written for
these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def evidence(g, s, p, o):
    for u, v, k, d in g.edges(keys=True, data=True):
        if k == p and holds(g, s, p, o) and d.get("evidence"):
            names = {x for x, _ in g.nodes[u].get("names") or []} | {g.nodes[u].get("label")}
            if s in names:
                return d["evidence"]
    return []


def test_a_chip_named_in_the_sentence_before_is_the_subject_of_that_chip(tmp_path):
    g = graph_of(tmp_path, "華為近日展示了昇騰910C。該晶片由中芯國際代工製造，良率仍待提升。\n")
    assert holds(g, "昇騰910C", "fabricatedBy", "中芯國際")
    (ev,) = evidence(g, "昇騰910C", "fabricatedBy", "中芯國際")
    # The evidence runs from the sentence that names the chip, and is less sure than a direct statement.
    assert "昇騰910C" in ev.sentence and "該晶片" in ev.sentence
    assert ev.confidence < 0.85


def test_a_reference_with_nothing_before_it_states_nothing(tmp_path):
    g = graph_of(tmp_path, "該晶片由中芯國際代工製造。\n")
    assert not [k for _u, _v, k in g.edges(keys=True) if k == "fabricatedBy"]


def test_a_reference_does_not_reach_into_another_article(tmp_path):
    text = ("輝達推出新款晶片\n\n輝達今天發布H200。\n\n\n\n中芯擴產\n\n記者王小明／報導\n\n"
            "該晶片由中芯國際代工製造。\n")
    g = graph_of(tmp_path, text)
    assert not holds(g, "H200", "fabricatedBy", "中芯國際")


def test_its_performance_compares_the_chip_of_the_same_sentence(tmp_path):
    g = graph_of(tmp_path, "壁仞科技發布BR100，其性能可與輝達的A100相媲美。\n")
    assert holds(g, "BR100", "comparedWith", "A100")


def test_a_plan_is_kept_but_marked_as_a_plan(tmp_path):
    g = graph_of(tmp_path, "寒武紀計劃明年完成思元590開發。\n")
    assert holds(g, "寒武紀", "develops", "思元590")
    (ev,) = evidence(g, "寒武紀", "develops", "思元590")
    assert ev.rule.endswith(".planned") and ev.confidence < 0.6
    fact = graph_of(tmp_path, "寒武紀已完成思元590開發。\n")
    (ev,) = evidence(fact, "寒武紀", "develops", "思元590")
    assert not ev.rule.endswith(".planned")


def test_a_hypothesis_is_still_not_asserted(tmp_path):
    g = graph_of(tmp_path, "如果寒武紀完成思元590開發，市場將重新評估。\n")
    assert not holds(g, "寒武紀", "develops", "思元590")


def test_node_of_a_product_and_joint_investors(tmp_path):
    g = graph_of(tmp_path, "長江存儲向客戶交付了14奈米製程的DRAM樣品。合肥晶合（由合肥官方與力晶科技等聯合投資）擴產。\n")
    assert holds(g, "DRAM", "usesProcess", "14納米")
    assert holds(g, "長江存儲", "develops", "DRAM")
    assert holds(g, "力晶科技", "investsIn", "合肥晶合")
    # Investing together is not a partnership of the investor with what it invests in.
    assert not holds(g, "合肥晶合", "partnerOf", "力晶科技")


def test_it_opening_a_clause_is_the_chip_the_sentence_before_is_about(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\nH100晶片由英偉達推出，主打訓練。它配備第四代Tensor Core和NVLink互連技術。\n")
    assert holds(g, "H100", "uses", "NVLink")
    # 它 after a sentence headed by a person stands for no chip
    g = graph_of(tmp_path, "晶片新聞\n\n黃仁勳在台上談了很久。它配備NVLink互連技術。\n")
    assert not [k for _u, _v, k in g.edges(keys=True) if k == "uses"]


def test_a_bare_chip_word_opening_a_clause_is_the_chip_named_first_before_it(tmp_path):
    # 晶片採用…: the chip of the same sentence, not another chip the article names more often
    text = ("晶片新聞\n\n天璣9500今日發布，天璣9500的CPU更強，天璣9500的功耗更低。"
            "高通同日推出驍龍8 Elite Gen 5，晶片採用台積電N3P製程打造。\n")
    g = graph_of(tmp_path, text)
    assert holds(g, "驍龍8 Elite Gen 5", "usesProcess", "N3P")
    assert not holds(g, "天璣9500", "usesProcess", "N3P")
