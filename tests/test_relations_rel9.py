"""Relations read from lists, references to the company an article is about, work handed out, purchases
and restrictions by an authority. Sentences written for these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def preds(g, p):
    return [(u, v) for u, v, k in g.edges(keys=True) if k == p]


# --- references ------------------------------------------------------------------------------------

def test_the_company_just_founded_is_the_one_referred_to_next(tmp_path):
    g = graph_of(tmp_path, "2021年，百度正式成立崑崙芯（北京）科技有限公司。該公司今年完成融資，投資方包括騰訊、小米等。\n")
    assert holds(g, "騰訊", "investsIn", "崑崙芯")
    assert holds(g, "小米", "investsIn", "崑崙芯")
    assert not holds(g, "騰訊", "investsIn", "百度")


def test_without_a_founding_the_reference_keeps_the_topic(tmp_path):
    g = graph_of(tmp_path, "百度發布了新一代晶片，崑崙芯負責量產。該公司今年完成融資，投資方包括騰訊等。\n")
    assert holds(g, "騰訊", "investsIn", "百度")


def test_a_bare_company_word_opening_a_clause_is_the_articles_main_company(tmp_path):
    text = ("龍芯中科是國內處理器設計企業。龍芯中科近日推出3A6000處理器，英特爾則按兵不動。"
            "公司總部位於北京。公司分別在武漢、上海成立研發中心。\n")
    g = graph_of(tmp_path, text)
    for place in ("北京", "武漢", "上海"):
        assert holds(g, "龍芯中科", "locatedIn", place), place
    assert not holds(g, "英特爾", "locatedIn", "北京")


def test_a_subsidiary_is_not_the_main_company_and_a_tie_names_none(tmp_path):
    sub = graph_of(tmp_path, "龍芯中科推出3A6000處理器。龍芯中科表示，子公司總部位於武漢。\n")
    assert not holds(sub, "龍芯中科", "locatedIn", "武漢")
    tie = graph_of(tmp_path, "龍芯中科與兆芯各自推出新處理器。公司總部位於武漢。\n")
    assert not holds(tie, "龍芯中科", "locatedIn", "武漢") and not holds(tie, "兆芯", "locatedIn", "武漢")


# --- lists -----------------------------------------------------------------------------------------

def test_sites_listed_after_a_location_verb_each_give_a_place(tmp_path):
    # 烏有鎮 is no place kg knows: the list goes on over it to 新加坡.
    g = graph_of(tmp_path, "寒武紀分別在上海、烏有鎮、新加坡設立研發中心。\n")
    assert holds(g, "寒武紀", "locatedIn", "上海")
    assert holds(g, "寒武紀", "locatedIn", "新加坡")


def test_each_site_located_somewhere_is_a_place_of_the_company(tmp_path):
    g = graph_of(tmp_path, "日月光正在擴建其位於新加坡的工廠以及位於馬來西亞的生產線。\n")
    assert holds(g, "日月光", "locatedIn", "新加坡")
    assert holds(g, "日月光", "locatedIn", "馬來西亞")


def test_a_site_of_another_company_is_not_the_subjects(tmp_path):
    g = graph_of(tmp_path, "日月光收購了位於新加坡的英特爾工廠。\n")
    assert not holds(g, "日月光", "locatedIn", "新加坡")


def test_investors_listed_before_the_investment_each_invest(tmp_path):
    g = graph_of(tmp_path, "自成立以來，摩爾線程已獲得某某創投、騰訊、小米等知名機構的投資。\n")
    assert holds(g, "騰訊", "investsIn", "摩爾線程")
    assert holds(g, "小米", "investsIn", "摩爾線程")


def test_a_grant_from_an_authority_is_an_investment(tmp_path):
    g = graph_of(tmp_path, "美光預計可從美國商務部拿到約35億美元的補助。\n")
    assert holds(g, "美國商務部", "investsIn", "美光")


# --- work handed out, purchases -------------------------------------------------------------------

def test_the_contractor_works_for_the_company_outsourcing(tmp_path):
    g = graph_of(tmp_path, "台積電產能吃緊，打算把一些封裝訂單外包給日月光。\n")
    assert holds(g, "日月光", "manufacturesFor", "台積電")


def test_work_of_a_client_handed_on_means_both_supply_relations(tmp_path):
    g = graph_of(tmp_path, "台積電近期將輝達新一代加速器的部分封裝業務外包給日月光。\n")
    assert holds(g, "台積電", "manufacturesFor", "輝達")
    assert holds(g, "日月光", "manufacturesFor", "台積電")


def test_outsourcing_reaches_only_the_company_of_its_own_clause(tmp_path):
    g = graph_of(tmp_path, "三星電子指出，台積電已把一些訂單外包給日月光。\n")
    assert holds(g, "日月光", "manufacturesFor", "台積電")
    assert not holds(g, "日月光", "manufacturesFor", "三星電子")


def test_negated_outsourcing_is_not_asserted(tmp_path):
    g = graph_of(tmp_path, "台積電並未將訂單外包給日月光。\n")
    assert not holds(g, "日月光", "manufacturesFor", "台積電")


def test_buyers_of_a_makers_chips_are_its_customers(tmp_path):
    g = graph_of(tmp_path, "騰訊、百度等企業去年大量採購英偉達的晶片。\n")
    assert holds(g, "英偉達", "manufacturesFor", "騰訊")
    assert holds(g, "英偉達", "manufacturesFor", "百度")


# --- authorities -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "美國商務部已指示騰訊、百度等企業停止購買所有英偉達AI晶片。\n",
    "美國商務部近年積極限制使用英偉達的產品。\n",
    "美國商務部表示將擴大對英偉達的出口限制範圍。\n",
])
def test_an_authority_restricting_a_companys_products_restricts_the_company(tmp_path, text):
    assert holds(graph_of(tmp_path, text), "美國商務部", "restricts", "英偉達")


def test_an_authority_restricting_exports_of_a_company(tmp_path):
    g = graph_of(tmp_path, "美國商務部限制荷蘭設備大廠阿斯麥公司出口兩款機台。\n")
    assert holds(g, "美國商務部", "restricts", "阿斯麥")
