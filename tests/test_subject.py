"""SUBJECT lane: relations whose subject is the article's company, left out or written 公司 / 其 (kg/implicit.py,
ontology/rules/implicit.toml, relations.toml [[reference]]). Sentences written for these tests, not taken from any
newspaper; the company names are real, what is said of them is invented."""

from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon
from relation_scoring import graph_of, holds, rules_of


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_the_company_the_article_leads_with_is_its_topic_though_a_rival_is_named_more(tmp_path):
    # 壁仞科技 leads the article; 英偉達 is named in more sentences, only as a past employer and a yardstick: 公司
    # and the founder opening the sentence after it are 壁仞科技's, not 英偉達's
    g = graph_of(tmp_path, "國產GPU周報\n\n"
                 "「國產GPU新秀」壁仞科技今日啟動招股。壁仞科技表示，募得資金將投入新品研發。公司核心團隊的背景備受關注。"
                 "創始人張文曾任英偉達中國區總裁。其新卡效能接近英偉達的上一代產品。英偉達則未回應。英偉達股價當日微跌。\n")
    assert holds(g, "張文", "affiliatedWith", "壁仞科技")
    assert any(r.endswith(".topic") for r in rules_of(g, "張文", "affiliatedWith", "壁仞科技"))
    assert not any(r.endswith(".topic") for r in rules_of(g, "張文", "affiliatedWith", "英偉達"))


def test_the_short_name_given_to_the_full_one_is_the_lead(tmp_path):
    # 上海某某科技有限公司（以下簡稱「某某科技」）: the article goes on with the short name, which is its company
    g = graph_of(tmp_path, "新創融資\n\n"
                 "8月1日，上海燧原科技有限公司（以下簡稱「燧原科技」）完成新一輪融資。燧原科技表示，資金將用於研發。"
                 "華為的晶片業務持續擴張。華為未置評。華為股價持平。公司研發團隊持續擴大。創始人趙立東曾任研發主管。\n")
    assert holds(g, "趙立東", "affiliatedWith", "燧原科技")
    assert not holds(g, "趙立東", "affiliatedWith", "華為")


def test_a_clause_opening_with_a_focus_verb_develops_the_field(tmp_path):
    g = graph_of(tmp_path, "晶片新創\n\n沐曦今日發布公告。沐曦成立於2020年，專注於面向AI訓練的GPU晶片研發。\n")
    assert holds(g, "沐曦", "develops", "GPU")


def test_quoted_architectures_after_the_word_for_them_are_each_developed(tmp_path):
    g = graph_of(tmp_path, "GPU新品\n\n摩爾線程今日舉行發布會。摩爾線程已推出三代GPU架構「甲湖」「乙山」「丙江」，並持續迭代。\n")
    for name in ("甲湖", "乙山", "丙江"):
        assert holds(g, "摩爾線程", "develops", name), name


def test_a_company_left_out_is_compared_with_the_leaders_it_is_set_against(tmp_path):
    g = graph_of(tmp_path, "國產GPU\n\n"
                 "燧原科技今日披露招股書。燧原科技指出，公司在部分指標上已有突破，但與英偉達、AMD等國際龍頭相比，"
                 "仍存在差距。\n")
    assert holds(g, "燧原科技", "comparedWith", "英偉達")
    assert holds(g, "燧原科技", "comparedWith", "AMD")


def test_compared_with_before_the_others_and_a_gap_after_them(tmp_path):
    g = graph_of(tmp_path, "國產GPU\n\n沐曦在生態建設等方面相比英偉達、AMD等國際領先企業均存在較大差距。\n")
    assert holds(g, "沐曦", "comparedWith", "英偉達")
    assert holds(g, "沐曦", "comparedWith", "AMD")


def test_a_comparison_of_periods_names_no_rival(tmp_path):
    g = graph_of(tmp_path, "財報\n\n沐曦公布財報。與去年同期相比，營收增長30%，與英偉達的合作也在推進。"
                 "與AMD相比，沐曦仍有差距。\n")
    assert not holds(g, "沐曦", "comparedWith", "英偉達")
    assert holds(g, "沐曦", "comparedWith", "AMD")


def test_a_company_left_out_ranked_behind_another(tmp_path):
    g = graph_of(tmp_path, "IPO\n\n摩爾線程今日上市。摩爾線程表示將擴大研發。募資規模成為年內第二大，僅次於華虹半導體。\n")
    assert holds(g, "摩爾線程", "comparedWith", "華虹半導體")


def test_listed_in_hong_kong_and_a_few_years_after_founding(tmp_path):
    g = graph_of(tmp_path, "上市\n\n壁仞科技今日在港上市。\n")
    assert holds(g, "壁仞科技", "listedOn", "港交所")
    g = graph_of(tmp_path, "上市\n\n寒武紀發布公告。寒武紀由陳天石創辦。成立僅四年便成功登陸科創板。\n")
    assert holds(g, "寒武紀", "listedOn", "科創板")
    g = graph_of(tmp_path, "股價\n\n寒武紀股價大漲，榮登科創板市值榜首。\n")
    assert holds(g, "寒武紀", "listedOn", "科創板")


def test_hong_kong_before_another_word_is_no_listing(tmp_path):
    g = graph_of(tmp_path, "物流\n\n壁仞科技的貨物在港口上船。\n")
    assert not holds(g, "壁仞科技", "listedOn", "港交所")
    g = graph_of(tmp_path, "上市\n\n燧原科技下月赴港掛牌上市。\n")
    assert holds(g, "燧原科技", "listedOn", "港交所")


def test_the_founder_of_the_company_anywhere_in_a_clause(tmp_path):
    g = graph_of(tmp_path, "富豪榜\n\n寒武紀股價上漲。寒武紀市值創新高。這一表現推高了公司創始人陳天石的身家。\n")
    assert holds(g, "陳天石", "affiliatedWith", "寒武紀")


def test_a_person_leaving_one_employer_for_another_was_at_both(tmp_path):
    g = graph_of(tmp_path, "人事\n\n2015年，陳天石離開華為加入寒武紀，負責晶片研發。\n")
    assert holds(g, "陳天石", "affiliatedWith", "寒武紀")
    assert holds(g, "陳天石", "affiliatedWith", "華為")


def test_a_company_left_out_overtaking_another_to_top_a_board(tmp_path):
    g = graph_of(tmp_path, "股市\n\n海光信息今日大漲，總市值衝上新高，超越中芯國際登頂科創板「一哥」。\n")
    assert holds(g, "海光信息", "comparedWith", "中芯國際")
    assert holds(g, "海光信息", "listedOn", "科創板")
    assert not holds(g, "中芯國際", "listedOn", "科創板")  # the one overtaken is not the one said to top it


def test_a_share_price_closing_in_on_the_market_benchmark(tmp_path):
    g = graph_of(tmp_path, "股市\n\n沐曦今日再創新高，股價直逼貴州茅台。\n")
    assert holds(g, "沐曦", "comparedWith", "貴州茅台")
