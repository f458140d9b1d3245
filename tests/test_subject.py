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


def test_the_company_the_article_leads_with_breaks_a_tie(tmp_path):
    # 壁仞科技 leads the article; 英偉達 is named in as many sentences (a past employer, a yardstick), so no
    # name is clearly most: 公司 and the founder opening the sentence after it are 壁仞科技's, not 英偉達's
    g = graph_of(tmp_path, "國產GPU周報\n\n"
                 "「國產GPU新秀」壁仞科技今日啟動招股。壁仞科技表示，募得資金將投入新品研發。壁仞科技的新卡已量產。"
                 "公司核心團隊的背景備受關注。創始人張文曾任英偉達中國區總裁。其新卡效能接近英偉達的上一代產品。"
                 "英偉達則未回應。\n")
    assert holds(g, "張文", "affiliatedWith", "壁仞科技")
    assert any(r.endswith(".topic") for r in rules_of(g, "張文", "affiliatedWith", "壁仞科技"))
    assert not any(r.endswith(".topic") for r in rules_of(g, "張文", "affiliatedWith", "英偉達"))


def test_the_lead_breaks_a_tie_for_gongsi(tmp_path):
    # 壁仞科技 and 英偉達 are each named in two sentences: 公司 is the company the article leads with
    g = graph_of(tmp_path, "國產GPU周報\n\n「國產GPU新秀」壁仞科技今日啟動招股。壁仞科技表示，資金將投入研發。"
                 "英偉達則未回應。英偉達股價微跌。據悉，公司總部位於上海。\n")
    assert any(r.endswith(".topic") for r in rules_of(g, "壁仞科技", "locatedIn", "上海"))
    assert not holds(g, "英偉達", "locatedIn", "上海")


@pytest.mark.parametrize("text, officer, right, wrong", [
    # a story opening with context: the company the body is about is named clearly more (review finding 1)
    ("晶片新聞\n\n英偉達CEO黃仁勳日前表示，中國市場競爭激烈。英偉達在華份額持續下滑。摩爾線程今日發布新一代顯卡。"
     "摩爾線程表示，新品已開始出貨。摩爾線程的客戶數量持續增加。摩爾線程計劃擴產。公司創始人張建中稱，研發將加大。\n",
     "張建中", "摩爾線程", "英偉達"),
    # …named one sentence more than the lead
    ("晶片新聞\n\n英偉達的新晶片遭到禁售。英偉達股價下跌。寒武紀今日宣布完成融資。寒武紀表示，資金將用於研發。"
     "寒武紀計劃明年擴產。公司創始人陳天石稱，訂單充足。\n",
     "陳天石", "寒武紀", "英偉達"),
    # a lead reported from another source is context, not the article's company
    ("晶片新聞\n\n據路透社報導，英偉達將在中國推出新晶片。英偉達未回應。寒武紀股價應聲下跌。寒武紀表示，訂單充足。"
     "公司創始人陳天石稱，研發將加速。\n",
     "陳天石", "寒武紀", "英偉達"),
])
def test_a_context_company_opening_the_article_is_not_its_topic(tmp_path, text, officer, right, wrong):
    g = graph_of(tmp_path, text)
    assert not holds(g, officer, "affiliatedWith", wrong)


def test_a_context_company_in_the_title_does_not_develop_what_the_body_company_does(tmp_path):
    g = graph_of(tmp_path, "英偉達H20禁售後，國產GPU迎來機遇\n\n英偉達的H20晶片遭到禁售。英偉達股價應聲下跌。"
                 "沐曦今日宣布完成新一輪融資。沐曦表示，資金將用於研發。沐曦的產品已進入多家數據中心。沐曦計劃明年量產。"
                 "公司成立於2020年，專注於GPU晶片研發。\n")
    assert not holds(g, "英偉達", "develops", "GPU")


def test_the_short_name_given_to_the_full_one_is_the_lead(tmp_path):
    # 上海某某科技有限公司（以下簡稱「某某科技」）: the article goes on with the short name, which is its company
    # (華為 named as often: the lead breaks the tie)
    g = graph_of(tmp_path, "新創融資\n\n"
                 "8月1日，上海燧原科技有限公司（以下簡稱「燧原科技」）完成新一輪融資。燧原科技表示，資金將用於研發。"
                 "華為的晶片業務持續擴張。華為股價持平。公司研發團隊持續擴大。創始人趙立東曾任研發主管。\n")
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
                 "沐曦表示，與AMD等國際龍頭相比，仍有差距。\n")
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
    g = graph_of(tmp_path, "上市\n\n燧原科技今日正式赴港掛牌上市。\n")
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


@pytest.mark.parametrize("sentence", [
    "多家上市公司董事長梁孟松、余承東出席論壇。",
    "一家晶片公司創始人余承東的身家也大漲。",
    "另一家科技公司CEO余承東也在榜上。",
    "被投公司創始人余承東也受益。",
    "对手公司总裁余承东表示不服。",
])
def test_another_companys_officer_after_gongsi_is_not_the_articles(tmp_path, sentence):
    # review finding 2: 公司 after another word is that word's company, not the article's
    g = graph_of(tmp_path, "富豪榜\n\n寒武紀股價上漲。寒武紀市值創新高。" + sentence + "\n")
    assert not holds(g, "余承東", "affiliatedWith", "寒武紀")
    assert not holds(g, "梁孟松", "affiliatedWith", "寒武紀")


def test_the_officer_of_a_named_subsidiary_stays_its_own(tmp_path):
    g = graph_of(tmp_path, "論壇\n\n寒武紀股價上漲。寒武紀市值創新高。華為旗下海思公司總裁何庭波也出席。\n")
    assert not holds(g, "何庭波", "affiliatedWith", "寒武紀")


@pytest.mark.parametrize("sentence", [
    "寒武紀收購一家在港上市的晶片公司。",
    "寒武紀與在港上市的中芯國際簽約。",
    "寒武紀不考慮在港上市。",
    "寒武紀撤回赴港上市申請。",
])
def test_hong_kong_listing_of_another_or_one_refused_is_not_the_companys(tmp_path, sentence):
    g = graph_of(tmp_path, "公告\n\n寒武紀今日發布公告。" + sentence + "\n")
    assert not holds(g, "寒武紀", "listedOn", "港交所")


@pytest.mark.parametrize("sentence", [
    "寒武紀表示，與英偉達相比，華為的生態仍弱。",
    "寒武紀CEO陳天石表示，与英伟达相比，华为的生态仍弱。",
    "寒武紀表示，公司與百度的合作比較順利。",
    "寒武紀表示，公司与百度、阿里等客户的合作对比去年大幅增加。",
    "寒武紀表示，與百度合作開發的新品相比上一代效能提升30%。",
    "寒武紀表示，與英偉達合作相比，與AMD合作的成本更低。",
])
def test_the_speaker_and_adverbs_are_no_comparison(tmp_path, sentence):
    # review finding 4: in 與乙相比，丙… it is 丙 that is compared; 比較 / 對比 are adverbs here
    g = graph_of(tmp_path, "公告\n\n寒武紀今日發布公告。" + sentence + "\n")
    for other in ("英偉達", "百度", "阿里巴巴"):
        assert not holds(g, "寒武紀", "comparedWith", other), other


@pytest.mark.parametrize("sentence, names", [
    ("寒武紀宣布調整組織架構「三步走」，並推出新的管理架構「一體兩翼」。", ("三步走", "一體兩翼")),
    ("寒武紀推出股權架構「AB股」方案。", ("AB股",)),
    ("寒武紀推出的產品兼容CUDA架構「甲湖」和「乙山」。", ("甲湖", "乙山")),
])
def test_an_organisational_or_supported_architecture_is_not_developed(tmp_path, sentence, names):
    g = graph_of(tmp_path, "公告\n\n寒武紀今日發布公告。" + sentence + "\n")
    for name in names:
        assert not holds(g, "寒武紀", "develops", name), name


@pytest.mark.parametrize("sentence, tech", [
    ("專注於RISC-V處理器設計的初創公司近年大量湧現。", "RISC-V"),
    ("聚焦於HBM等先進封裝研發的企業正在增加。", "HBM"),
])
def test_a_relative_clause_with_a_focus_verb_is_not_the_topics(tmp_path, sentence, tech):
    g = graph_of(tmp_path, "公告\n\n寒武紀今日發布公告。寒武紀表示，訂單充足。" + sentence + "\n")
    assert not holds(g, "寒武紀", "develops", tech)


@pytest.mark.parametrize("sentence, wrong", [
    ("傳梁孟松將離開華為加入小米。", ("華為", "小米")),
    ("梁孟松離開華為加入小米的傳聞遭到否認。", ("華為",)),
    ("梁孟松從清華大學畢業後加入華為。", ("清華大學",)),
])
def test_a_rumoured_move_or_a_school_is_no_employer(tmp_path, sentence, wrong):
    g = graph_of(tmp_path, "人事\n\n小米今日發布公告。" + sentence + "\n")
    for w in wrong:
        assert not any(r.startswith("affiliated.left-and-joined") for r in rules_of(g, "梁孟松", "affiliatedWith", w)), w


def test_a_person_leaving_from_one_employer_for_another(tmp_path):
    g = graph_of(tmp_path, "人事\n\n梁孟松從華為離職後加入小米。\n")
    assert holds(g, "梁孟松", "affiliatedWith", "華為")


def test_closing_in_said_of_the_one_after_it_is_not_carried(tmp_path):
    # review finding 9: 直逼乙的還有丙 names 丙, not the company of the sentence before
    g = graph_of(tmp_path, "股市\n\n海光信息市值超越中芯國際，寒武紀則緊隨其後。直逼英偉達的還有AMD。\n")
    assert not holds(g, "海光信息", "comparedWith", "英偉達")


def test_the_town_and_the_liquor_named_moutai_are_no_company(tmp_path):
    g = graph_of(tmp_path, "遊記\n\n寒武紀員工去了茅台鎮，參觀了茅台酒廠。\n")
    assert not any(d.get("label") in ("貴州茅台", "贵州茅台") for _n, d in g.nodes(data=True))
