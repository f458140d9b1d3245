"""DESCRIBE lane: what a company is, where it is from and whose it is, read from the words printed right
around its name — a category before it (國產GPU企業甲), the market it leads or trails in, a country before
a list or a quoted epithet, an apposition after it (甲，這家台灣晶圓代工巨頭), a gloss in parentheses naming
its parent, what it was spun out of, a platform's parent, a cloud service's operator. Every sentence is
invented; the names are real companies."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

HEAD = "產業快訊\n\n"


def stated(g, s: str, p: str, o: str) -> bool:
    """The page states s p o (evidence read from its text, not only what the lexicon knows)."""
    return bool(rules_of(g, s, p, o))


# ---------------------------------------------------------------- what a company makes

@pytest.mark.parametrize("text, company, category", [
    ("另一家國產GPU企業壁仞科技本週遞交上市申請。", "壁仞科技", "圖形處理器"),
    ("GPU研发企业摩尔线程近日发布新品。", "摩爾線程", "圖形處理器"),
    ("两家CPU设计企业海光信息、龙芯中科均公布了年报。", "龍芯中科", "中央處理器"),
])
def test_a_category_before_the_company_says_what_it_makes(tmp_path, text, company, category):
    g = graph_of(tmp_path, HEAD + text + "\n大量採用GPU企業級伺服器的騰訊今年擴大資本支出。\n")
    assert stated(g, company, "develops", category)
    assert not stated(g, "騰訊", "develops", "圖形處理器")  # a user of the category is no maker


def test_the_companies_a_market_is_held_by_make_its_product(tmp_path):
    # a figure of speech between the market and its holders, and a count of giants instead of a verb
    g = graph_of(tmp_path, HEAD + "全球NAND市場宛如一座由三星電子、鎧俠、美光三家巨頭築起的高牆。\n"
                                  "HBM市場的需求由英偉達主導。\n")
    for c in ("三星電子", "鎧俠", "美光"):
        assert stated(g, c, "develops", "NAND")
    assert not stated(g, "英偉達", "develops", "HBM")  # the demand is not the market's supply


def test_the_rivals_a_maker_trails_make_the_same_product(tmp_path):
    g = graph_of(tmp_path, HEAD + "長鑫存儲在全球DRAM市場排名第四，僅次於三星電子、SK海力士和美光。\n")
    for c in ("三星電子", "SK海力士", "美光"):
        assert stated(g, c, "develops", "DRAM")


def test_main_products_printed_as_descriptions_with_short_names(tmp_path):
    g = graph_of(tmp_path, HEAD + "龍芯中科專注處理器設計，主要產品包括通用處理器(CPU)和圖形處理器(GPU)。\n"
                                  "台積電代工的產品包括輝達H100等多款AI晶片。\n")
    assert stated(g, "龍芯中科", "develops", "CPU")
    assert stated(g, "龍芯中科", "develops", "GPU")
    assert not stated(g, "台積電", "develops", "H100")  # what a foundry makes for others is not its product


def test_the_technologies_a_company_leads(tmp_path):
    g = graph_of(tmp_path, HEAD + "英特爾主導的EMIB、Foveros兩項封裝技術今年擴大產能。\n")
    assert stated(g, "英特爾", "develops", "EMIB")
    assert stated(g, "英特爾", "develops", "Foveros")


# ---------------------------------------------------------------- where a company is from

def test_a_list_closed_by_a_country_and_a_word_for_companies(tmp_path):
    g = graph_of(tmp_path, HEAD + "瑞薩電子、索尼等日本科技巨擘都表示將擴大在地投資。\n")
    assert stated(g, "瑞薩電子", "locatedIn", "日本")
    assert stated(g, "索尼", "locatedIn", "日本")


def test_a_country_then_a_quoted_epithet(tmp_path):
    g = graph_of(tmp_path, HEAD + "韓國「記憶體一哥」SK海力士今天公布財報。\n")
    assert stated(g, "SK海力士", "locatedIn", "韓國")


def test_a_country_a_description_and_a_city_in_the_name(tmp_path):
    g = graph_of(tmp_path, HEAD + "中國最大封測廠江蘇長電科技宣布擴產。\n")
    assert stated(g, "長電科技", "locatedIn", "中國")


def test_an_apposition_after_the_name(tmp_path):
    g = graph_of(tmp_path, HEAD + "力積電(PSMC)，這家老牌的台灣記憶體代工廠，昨天宣布轉型。\n")
    assert stated(g, "力積電", "locatedIn", "台灣")


def test_a_country_before_a_newspaper(tmp_path):
    g = graph_of(tmp_path, HEAD + "日本《日經新聞》週一報導，新廠將延後投產。\n")
    assert stated(g, "日經新聞", "locatedIn", "日本")


def test_the_place_a_company_was_founded_in(tmp_path):
    g = graph_of(tmp_path, HEAD + "燧原科技於2018年成立於上海，專注雲端AI晶片。\n燧原科技去年成立於深圳的研發中心今天啟用。\n")
    assert stated(g, "燧原科技", "locatedIn", "上海")
    assert not stated(g, "燧原科技", "locatedIn", "深圳")  # a centre founded somewhere is not the company's place


# ---------------------------------------------------------------- whose it is

def test_a_gloss_naming_the_parent(tmp_path):
    g = graph_of(tmp_path, HEAD + "參與擴產的還有中芯南方(中芯國際控股子公司)等多家企業。\n")
    assert stated(g, "中芯南方", "affiliatedWith", "中芯國際")


def test_a_company_spun_out_of_a_unit_of_another(tmp_path):
    g = graph_of(tmp_path, HEAD + "平頭哥的前身是阿里巴巴半導體事業部，後來獨立運作。\n")
    assert stated(g, "平頭哥", "affiliatedWith", "阿里巴巴")


def test_a_platforms_parent_runs_it(tmp_path):
    # a name phrase: the rumour the clause reports does not make the parent less the parent
    g = graph_of(tmp_path, HEAD + "業界傳出抖音母公司字節跳動將大舉採購國產AI晶片。\n")
    assert stated(g, "字節跳動", "operates", "抖音")


def test_a_cloud_service_is_operated_not_developed(tmp_path):
    g = graph_of(tmp_path, HEAD + "微軟Azure今年將部署更多自研加速器。\n")
    assert stated(g, "微軟", "operates", "Azure")
    assert not holds(g, "微軟", "develops", "Azure")


def test_a_country_after_a_list_comma_when_no_place_stands_before_it(tmp_path):
    g = graph_of(tmp_path, HEAD + "新款記憶體在功耗上仍不及最大對手、韓國的三星電子。\n美國、日本的英特爾與東芝工廠都受影響。\n")
    assert stated(g, "三星電子", "locatedIn", "韓國")
    assert not stated(g, "英特爾", "locatedIn", "日本")  # 美國、日本的甲: a list of places


def test_companies_said_to_have_an_organizations_background(tmp_path):
    g = graph_of(tmp_path, HEAD + "龍芯中科與中科曙光均具有中國科學院背景。\n")
    assert stated(g, "龍芯中科", "affiliatedWith", "中國科學院")
    assert stated(g, "中科曙光", "affiliatedWith", "中國科學院")


def test_a_country_and_a_word_for_home_before_the_company(tmp_path):
    g = graph_of(tmp_path, HEAD + "新規定將衝擊日本本地的東芝。\n在韓國當地的三星電子工廠也受影響。\n")
    assert stated(g, "東芝", "locatedIn", "日本")
    # a plant there says where it works, not where it is from (三星電子 is Korean, but the page does not say so)
    assert not stated(g, "三星電子", "locatedIn", "韓國")
