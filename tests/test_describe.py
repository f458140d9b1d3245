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


def test_a_category_describes_the_first_name_only_not_its_partner(tmp_path):
    g = graph_of(tmp_path, HEAD + "GPU企業摩爾線程和騰訊簽署合作協議。\nEDA企業新思科技與台積電合作開發新流程。\n")
    assert stated(g, "摩爾線程", "develops", "圖形處理器")
    assert not stated(g, "騰訊", "develops", "圖形處理器")
    assert not stated(g, "台積電", "develops", "EDA")


def test_a_category_describes_every_member_of_a_list_joined_by_the_list_comma(tmp_path):
    g = graph_of(tmp_path, HEAD + "HBM大廠SK海力士、美光今年都擴產。\nGPU龍頭英偉達、微軟與谷歌三方簽約。\n")
    assert stated(g, "美光", "develops", "HBM")
    assert not stated(g, "微軟", "develops", "GPU")  # a list of parties going on with 與


def test_a_category_descriptor_is_a_name_phrase(tmp_path):
    # the clause's negation or rumour is about the deal, not about what the company makes
    g = graph_of(tmp_path, HEAD + "騰訊並未投資GPU企業壁仞科技。\n三星放棄了英特爾主導的EMIB技術。\n")
    assert stated(g, "壁仞科技", "develops", "圖形處理器")
    assert stated(g, "英特爾", "develops", "EMIB")


def test_the_companies_a_market_is_held_by_make_its_product(tmp_path):
    # a figure of speech between the market and its holders, and a count of giants instead of a verb
    g = graph_of(tmp_path, HEAD + "全球NAND市場宛如一座由三星電子、鎧俠、美光三家巨頭築起的高牆。\n"
                                  "HBM市場的需求由英偉達主導。\n")
    for c in ("三星電子", "鎧俠", "美光"):
        assert stated(g, c, "develops", "NAND")
    assert not stated(g, "英偉達", "develops", "HBM")  # the demand is not the market's supply


def test_the_buyers_of_a_market_do_not_hold_it(tmp_path):
    g = graph_of(tmp_path, HEAD + "GPU市場客戶由微軟、Meta兩大巨頭主導。\n")
    assert not stated(g, "微軟", "develops", "圖形處理器")
    assert not stated(g, "Meta", "develops", "圖形處理器")


def test_the_rivals_a_maker_trails_make_the_same_product(tmp_path):
    g = graph_of(tmp_path, HEAD + "長鑫存儲在全球DRAM市場排名第四，僅次於三星電子、SK海力士和美光。\n")
    for c in ("三星電子", "SK海力士", "美光"):
        assert stated(g, c, "develops", "DRAM")


@pytest.mark.parametrize("text, company, product", [
    ("長鑫存儲在DRAM市場排名第五，市值僅次於騰訊。", "騰訊", "DRAM"),            # a market value
    ("三星電子在DRAM市場份額第一，但晶圓代工業務落後於台積電。", "台積電", "DRAM"),  # another business
    ("在GPU市場的買家中，微軟的採購量僅次於Meta。", "Meta", "圖形處理器"),          # purchases
])
def test_trailing_in_something_else_is_no_rank_in_the_market(tmp_path, text, company, product):
    g = graph_of(tmp_path, HEAD + text + "\n")
    assert not stated(g, company, "develops", product)


def test_main_products_printed_as_descriptions_with_short_names(tmp_path):
    g = graph_of(tmp_path, HEAD + "龍芯中科專注處理器設計，主要產品包括通用處理器(CPU)和圖形處理器(GPU)。\n"
                                  "台積電代工的產品包括輝達H100等多款AI晶片。\n")
    assert stated(g, "龍芯中科", "develops", "CPU")
    assert stated(g, "龍芯中科", "develops", "GPU")
    assert not stated(g, "台積電", "develops", "H100")  # what a foundry makes for others is not its product


def test_main_products_of_another_party_are_not_the_companys(tmp_path):
    g = graph_of(tmp_path, HEAD + "台積電為多家客戶代工，客戶的主要產品包括GPU和CPU。\n"
                                  "騰訊收購了一家新創，其主要產品為GPU。\n")
    assert not stated(g, "台積電", "develops", "GPU")
    assert not stated(g, "騰訊", "develops", "GPU")


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
    g = graph_of(tmp_path, HEAD + "韓國「記憶體一哥」SK海力士今天公布財報。\n中國「國產CPU第一股」龍芯中科股價上漲。\n")
    assert stated(g, "SK海力士", "locatedIn", "韓國")
    assert stated(g, "龍芯中科", "locatedIn", "中國")


def test_a_second_country_before_the_name_is_the_companys(tmp_path):
    g = graph_of(tmp_path, HEAD + "中國最大晶片供應商美國英偉達今年營收下滑。\n")
    assert not stated(g, "英偉達", "locatedIn", "中國")


def test_the_customers_of_companies_described_by_a_country(tmp_path):
    g = graph_of(tmp_path, HEAD + "蘋果、英偉達等台灣晶片龍頭的大客戶持續追加訂單。\n")
    assert not stated(g, "蘋果", "locatedIn", "台灣")
    assert not stated(g, "英偉達", "locatedIn", "台灣")


def test_an_apposition_after_the_name(tmp_path):
    g = graph_of(tmp_path, HEAD + "力積電(PSMC)，這家老牌的台灣記憶體代工廠，昨天宣布轉型。\n")
    assert stated(g, "力積電", "locatedIn", "台灣")


def test_a_place_inside_a_verb_phrase_of_the_apposition(tmp_path):
    g = graph_of(tmp_path, HEAD + "英特爾，這家曾被日本企業超越的美國公司，今年虧損。\n")
    assert not stated(g, "英特爾", "locatedIn", "日本")


def test_a_country_before_a_newspaper(tmp_path):
    g = graph_of(tmp_path, HEAD + "日本《日經新聞》週一報導，新廠將延後投產。\n")
    assert stated(g, "日經新聞", "locatedIn", "日本")


def test_the_place_a_company_was_founded_in(tmp_path):
    g = graph_of(tmp_path, HEAD + "燧原科技於2018年成立於上海，專注雲端AI晶片。\n燧原科技去年成立於深圳的研發中心今天啟用。\n")
    assert stated(g, "燧原科技", "locatedIn", "上海")
    assert not stated(g, "燧原科技", "locatedIn", "深圳")  # a centre founded somewhere is not the company's place


@pytest.mark.parametrize("text, company, place", [
    ("英偉達投資的公司成立於以色列。", "英偉達", "以色列"),
    ("三星電子在美國的子公司成立於德州。", "三星電子", "德州"),
    ("英特爾的研究院成立於北京。", "英特爾", "北京"),
])
def test_something_of_the_company_founded_somewhere(tmp_path, text, company, place):
    g = graph_of(tmp_path, HEAD + text + "\n")
    assert not stated(g, company, "locatedIn", place)


# ---------------------------------------------------------------- whose it is

def test_a_gloss_naming_the_parent(tmp_path):
    g = graph_of(tmp_path, HEAD + "參與擴產的還有中芯南方(中芯國際控股子公司)等多家企業。\n")
    assert stated(g, "中芯南方", "affiliatedWith", "中芯國際")


def test_a_gloss_after_another_name_is_not_the_first_companys(tmp_path):
    g = graph_of(tmp_path, HEAD + "台積電與JASM（索尼子公司）合作。\n")
    assert not stated(g, "台積電", "affiliatedWith", "索尼")


def test_a_company_spun_out_of_a_unit_of_another(tmp_path):
    g = graph_of(tmp_path, HEAD + "平頭哥的前身是阿里巴巴半導體事業部，後來獨立運作。\n")
    assert stated(g, "平頭哥", "affiliatedWith", "阿里巴巴")


def test_a_team_of_former_staff_is_no_unit(tmp_path):
    g = graph_of(tmp_path, HEAD + "沐曦的前身是AMD前高管組建的團隊。\n壁仞科技的前身是商湯前總裁創立的團隊。\n")
    assert not stated(g, "沐曦", "affiliatedWith", "AMD")
    assert not stated(g, "壁仞科技", "affiliatedWith", "商湯")


def test_a_platforms_parent_runs_it(tmp_path):
    # a name phrase: the rumour the clause reports does not make the parent less the parent
    g = graph_of(tmp_path, HEAD + "業界傳出抖音母公司字節跳動將大舉採購國產AI晶片。\n")
    assert stated(g, "字節跳動", "operates", "抖音")


def test_a_devices_parent_makes_it_and_does_not_operate_it(tmp_path):
    g = graph_of(tmp_path, HEAD + "iPhone母公司蘋果今年營收大增。\n")
    assert not holds(g, "蘋果", "operates", "iPhone")
    assert holds(g, "蘋果", "develops", "iPhone")


def test_a_cloud_service_is_operated_not_developed(tmp_path):
    g = graph_of(tmp_path, HEAD + "微軟Azure今年將部署更多自研加速器。\n")
    assert stated(g, "微軟", "operates", "Azure")
    assert not holds(g, "微軟", "develops", "Azure")


def test_a_country_after_a_list_comma_when_no_place_stands_before_it(tmp_path):
    g = graph_of(tmp_path, HEAD + "新款記憶體在功耗上仍不及最大對手、韓國的三星電子。\n美國、日本的英特爾與東芝工廠都受影響。\n")
    assert stated(g, "三星電子", "locatedIn", "韓國")
    assert not stated(g, "英特爾", "locatedIn", "日本")  # 美國、日本的甲: a list of places


def test_a_country_and_a_word_for_home_before_the_company(tmp_path):
    g = graph_of(tmp_path, HEAD + "新規定將衝擊日本本地的東芝。\n美國本土的台積電產能今年將大增。\n"
                                  "中國境內的英偉達代理商被調查。\n")
    assert stated(g, "東芝", "locatedIn", "日本")
    # capacity or agents there say where the company works, not where it is from
    assert not stated(g, "台積電", "locatedIn", "美國")
    assert not stated(g, "英偉達", "locatedIn", "中國")
