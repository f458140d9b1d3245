"""FIN lane: a company's figures besides its money — margins, shares, utilization, yield, growth, volumes,
listing figures — typed by what they measure and given to the company they belong to, also where the company
is left out of the clause. Sentences written for these tests, not taken from any newspaper (real company names
only; the figures are invented)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

from kg.normalize import normalize  # noqa: E402
from kg.quantities import find_quantities  # noqa: E402


def _figures(text: str) -> dict[str, tuple[Decimal, str, str]]:
    """kind id -> (value, unit, measure) of the figures kg reads in the text (last one of each kind)."""
    return {q.kind: (q.value, q.unit, q.measure) for q in find_quantities(normalize(text).key)}


def _measures(g, subject: str) -> dict[str, str]:
    """label -> measure of the figures of `subject` (any of its names) in the graph."""
    from kg.normalize import name_key

    out = {}
    for u, v, k in g.edges(keys=True):
        names = {name_key(x) for x, _lang in g.nodes[u].get("names") or []} | {name_key(str(g.nodes[u].get("label")))}
        if k == "hasSpec" and name_key(subject) in names:
            out[str(g.nodes[v].get("label"))] = g.nodes[v].get("measure")
    return out


def test_ratios_are_typed_by_what_they_measure():
    key = normalize("毛利率提升至31.5%").key
    q = find_quantities(key)
    assert [(x.value, x.unit, x.measure) for x in q] == [(Decimal("31.5"), "%", "gross-margin")]
    assert _figures("產能利用率達78.2%")["company-ratio"][2] == "utilization"
    assert _figures("市佔率約22%")["company-ratio"][2] == "market-share"
    assert _figures("8吋晶圓營收占比為15%")["company-ratio"][2] == "revenue-share"
    assert _figures("良率估為60%")["yield"][2] == "yield"


def test_volumes_and_listing_figures_are_typed():
    assert _figures("出貨量達500萬顆")["company-volume"] == (Decimal(5000000), "units", "shipments")
    assert _figures("員工人數約1.2萬人")["company-volume"] == (Decimal(12000), "people", "employees")
    assert _figures("新增3萬片12英寸月產能")["company-capacity-added"][:2] == (Decimal(30000), "wafers/month")
    assert _figures("發行價定為每股人民幣36.5元")["company-listing"] == (Decimal("36.5"), "yuan", "ipo-price")
    assert _figures("網上中籤率為0.05%")["company-listing"][2] == "allotment-rate"
    assert _figures("申購倍數高達900倍")["company-listing"] == (Decimal(900), "x", "subscription-multiple")


def test_an_industrys_or_a_rivals_figure_is_no_company_figure():
    # 全球晶圓代工產能利用率, 產業平均毛利率, 對手毛利率: an industry's, an average's, a rival's — the company's own is read
    q = find_quantities(normalize("全球晶圓代工產能利用率約80%，產業平均毛利率為25%，對手毛利率僅12%；公司毛利率為31%。").key)
    assert [(x.value, x.measure) for x in q] == [(Decimal(31), "gross-margin")]


def test_a_companys_ratios_after_it_in_its_sentence(tmp_path):
    g = graph_of(tmp_path, "財報\n\n聯電第三季毛利率提升至31.5%，產能利用率達78.2%，28奈米營收占比為15%。\n")
    m = _measures(g, "聯電")
    assert "gross-margin" in m.values() and "utilization" in m.values() and "revenue-share" in m.values()
    assert holds(g, "聯電", "hasSpec", "31.5")
    assert holds(g, "聯電", "hasSpec", "78.2")


def test_a_market_share_after_a_description_of_the_company(tmp_path):
    g = graph_of(tmp_path, "記憶體\n\n美光是全球第三大記憶體廠，市占率約22%，僅次於三星。\n")
    assert holds(g, "美光科技", "hasSpec", "22")
    assert not holds(g, "三星", "hasSpec", "22")


def test_a_second_company_named_takes_its_own_figure(tmp_path):
    g = graph_of(tmp_path, "財報\n\n聯電毛利率為31.5%，格羅方德毛利率則為24%。\n")
    assert holds(g, "聯電", "hasSpec", "31.5")
    assert holds(g, "格羅方德", "hasSpec", "24")
    assert not holds(g, "聯電", "hasSpec", "24")


def test_figures_of_a_company_left_out_of_the_sentence(tmp_path):
    # the company named in the sentence before; the clauses after open with the figure's word
    g = graph_of(tmp_path, "財報\n\n華虹半導體昨日公布季度業績。毛利率回升至13.2%，產能利用率維持在95%以上。\n")
    assert holds(g, "華虹半導體", "hasSpec", "13.2")
    assert holds(g, "華虹半導體", "hasSpec", "95")
    assert any(r.endswith(".topic") for r in rules_of(g, "華虹半導體", "hasSpec", "13.2%"))


def test_a_growth_after_the_companys_money_is_its(tmp_path):
    g = graph_of(tmp_path, "財報\n\n兆易創新公布年報。公司全年營收73.5億元，同比增長18.6%。\n")
    assert holds(g, "兆易創新", "hasSpec", "73.5")
    assert holds(g, "兆易創新", "hasSpec", "18.6")
    assert _measures(g, "兆易創新").get("18.6%") == "growth"


def test_a_growth_alone_is_not_the_company_speaking(tmp_path):
    # a growth of a market stated by a company is not the company's figure; its own margin after it is
    g = graph_of(tmp_path, "市場\n\n台積電表示，全球半導體市場明年將年增10%，公司毛利率將維持在53%以上。\n")
    assert not holds(g, "台積電", "hasSpec", "10")
    assert holds(g, "台積電", "hasSpec", "53")


def test_listing_figures_of_the_company_going_public(tmp_path):
    g = graph_of(tmp_path, "新股\n\n沐曦股份今日啟動申購，發行價定為每股人民幣36.5元。網上申購倍數高達900倍，最終中籤率為0.05%。\n")
    assert holds(g, "沐曦", "hasSpec", "36.5")
    assert holds(g, "沐曦", "hasSpec", "900")
    assert holds(g, "沐曦", "hasSpec", "0.05")


def test_a_quoted_epithet_naming_another_company_is_not_what_the_company_word_stands_for(tmp_path):
    # 「英偉達平替」 describes the company after it: 該公司 is that company, not 英偉達
    g = graph_of(tmp_path, "財報\n\n被稱為「英偉達平替」的寒武紀公布財報，該公司營收為9.8億元。\n")
    assert holds(g, "寒武紀", "hasSpec", "9.8")
    assert not holds(g, "英偉達", "hasSpec", "9.8")


def test_a_growth_right_after_the_figures_word_is_the_companys(tmp_path):
    # 營收季增12%: no amount between the word and the growth; a company left out of the sentence carries
    g = graph_of(tmp_path, "財報\n\n群聯公布季報。第二季營收季增12%，淨利同比增長38.1%。\n")
    assert holds(g, "群聯電子", "hasSpec", "12")
    assert holds(g, "群聯電子", "hasSpec", "38.1")


def test_an_industrys_growth_the_company_speaks_of_is_not_its(tmp_path):
    g = graph_of(tmp_path, "市場\n\n台積電表示，全球晶圓代工營收明年將年增10%。聯發科營收年增20%。\n")
    assert not holds(g, "台積電", "hasSpec", "10")
    assert holds(g, "聯發科", "hasSpec", "20")


# ------------------------------------------------------------------------------------------------
# Review fixes: each a figure given to the wrong owner before (invented sentences)
# ------------------------------------------------------------------------------------------------

def test_a_growth_after_a_volume_word_of_a_market_is_not_the_companys(tmp_path):
    # a growth has a slot of its own ({Growth}); spec.company-ratio does not read it after 出貨量 / 銷量
    g = graph_of(tmp_path, "財報\n\n聯發科季度營收創高，智慧手機出貨量年減7%，筆電銷量年增15%。\n")
    assert not holds(g, "聯發科", "hasSpec", "7")
    assert not holds(g, "聯發科", "hasSpec", "15")


def test_a_growth_has_a_slot_of_its_own():
    from kg.quantities import load_quantity_rules

    kinds = {k.id: k for k in load_quantity_rules().kinds}
    assert kinds["company-growth"].slot == "Growth"
    assert [x.kind for x in find_quantities(normalize("營收年增15%").key)] == ["company-growth"]


def test_the_last_company_of_a_list_does_not_take_the_lists_figures(tmp_path):
    g = graph_of(tmp_path, "記憶體\n\n鎧俠、威騰與美光的市占率分別為18%、15%和12%。\n")
    for c in ("美光科技", "威騰", "鎧俠"):
        assert not holds(g, c, "hasSpec", "18")
    g = graph_of(tmp_path, "財報\n\n聯電公布季報。高通、博通是主要客戶。營收占比分別約19%、11%。\n")
    assert not holds(g, "高通", "hasSpec", "19")
    assert not holds(g, "聯電", "hasSpec", "19")


def test_a_customer_takes_no_share_of_its_suppliers_revenue(tmp_path):
    g = graph_of(tmp_path, "財報\n\n日月光公布年報。高通營收占比約18%。\n")
    assert not holds(g, "高通", "hasSpec", "18")
    g = graph_of(tmp_path, "財報\n\n高通是日月光最大客戶，營收占比約18%。\n")
    assert not holds(g, "高通", "hasSpec", "18")
    g = graph_of(tmp_path, "財報\n\n博通是聯電第二大客戶。營收占比約13%。\n")
    assert not holds(g, "博通", "hasSpec", "13")
    g = graph_of(tmp_path, "財報\n\n日月光來自高通的營收年增26%。\n")
    assert not holds(g, "高通", "hasSpec", "26")


def test_an_industrys_figure_after_the_company_in_its_sentence_is_not_its(tmp_path):
    g = graph_of(tmp_path, "財報\n\n聯電營收創新高，全球12吋晶圓產能利用率約75%。\n")
    assert not holds(g, "聯電", "hasSpec", "75")
    g = graph_of(tmp_path, "財報\n\n華虹半導體營收大增，中國晶圓廠今年新增30萬片12吋月產能。\n")
    assert not holds(g, "華虹半導體", "hasSpec", "30")
    g = graph_of(tmp_path, "新股\n\n沐曦上市首日大漲，今年科創板新股平均中籤率為0.04%。\n")
    assert not holds(g, "沐曦", "hasSpec", "0.04")


def test_a_companys_global_share_is_its(tmp_path):
    g = graph_of(tmp_path, "記憶體\n\n美光全球市占率約23%。\n")
    assert holds(g, "美光科技", "hasSpec", "23")


def test_a_forecast_by_others_is_not_carried_to_the_company(tmp_path):
    g = graph_of(tmp_path, "財報\n\n聯電公布財報。分析師認為，毛利率將降至27%。\n")
    assert not holds(g, "聯電", "hasSpec", "27")
    g = graph_of(tmp_path, "財報\n\n聯電公布財報。市場預期，營收年增14%。\n")
    assert not holds(g, "聯電", "hasSpec", "14")


def test_a_rivals_figure_is_not_carried_to_the_topic(tmp_path):
    g = graph_of(tmp_path, "新股\n\n沐曦公布招股書。沐曦的競爭對手壁仞科技，發行價為88.8元。\n")
    assert not holds(g, "沐曦", "hasSpec", "88.8")


def test_a_yield_after_a_chips_sentence_is_not_the_companys(tmp_path):
    g = graph_of(tmp_path, "財報\n\n高通公布財報。蘋果A19晶片採用3奈米製程。良率約為88%。\n")
    assert not holds(g, "蘋果", "hasSpec", "88")
    assert not holds(g, "高通", "hasSpec", "88")


def test_a_segments_growth_is_not_the_companys(tmp_path):
    g = graph_of(tmp_path, "財報\n\n超微資料中心營收年增57%。\n")
    assert not holds(g, "超微", "hasSpec", "57")
    assert not holds(g, "AMD", "hasSpec", "57")


def test_an_age_before_another_noun_and_a_plan_are_no_company_figures(tmp_path):
    g = graph_of(tmp_path, "投資\n\n地平線投資了一家成立6年的新創公司。\n")
    assert not holds(g, "地平線", "hasSpec", "6")
    g = graph_of(tmp_path, "生產\n\n華為計劃生產45萬顆昇騰晶片。\n")
    assert not holds(g, "華為", "hasSpec", "45")


def test_a_packages_yield_is_not_the_chips(tmp_path):
    # the 封裝 guard alone (no technology named)
    g = graph_of(tmp_path, "GPU\n\n英偉達B200供不應求，後段封裝良率約為80%。\n")
    assert not holds(g, "B200", "hasSpec", "80")


def test_a_technologys_yield_is_not_the_chips(tmp_path):
    # the technology guard alone: a Technology name right before 良率, no 封裝 / 製程 word
    g = graph_of(tmp_path, "GPU\n\n英偉達B200供不應求，CoWoS良率約為80%。\n")
    assert not holds(g, "B200", "hasSpec", "80")


def test_a_memorys_yield_is_not_the_foundrys(tmp_path):
    g = graph_of(tmp_path, "晶片\n\n昇騰910B採用中芯國際7奈米製程，HBM良率僅25%。\n")
    assert not holds(g, "中芯國際", "hasSpec", "25")
    g = graph_of(tmp_path, "晶片\n\n昇騰910B採用中芯國際7奈米製程，該製程良率約為35%。\n")
    assert not holds(g, "中芯國際", "hasSpec", "35")


def test_the_company_bought_is_not_the_buyers_figure(tmp_path):
    g = graph_of(tmp_path, "併購\n\n超微宣布收購賽靈思，該公司毛利率約為68%。\n")
    assert not holds(g, "超微", "hasSpec", "68")


def test_business_figures_stay_out_of_the_generic_and_chip_rules(tmp_path):
    # a company's margin after a chip is no chip figure; a growth after a company alone names no owner
    g = graph_of(tmp_path, "GPU\n\n英偉達H200效能強勁，毛利率約為75%。\n")
    assert not holds(g, "H200", "hasSpec", "75")
    g = graph_of(tmp_path, "財報\n\n聯電年增9%。\n")
    assert not holds(g, "聯電", "hasSpec", "9")


def test_words_a_rule_excludes_are_no_cue_words():
    # kg/learned.py reads the Chinese words of a rule's pattern as cue words of its predicate; the words of
    # a lookaround (what the rule leaves out) are not among them
    from kg.learned import _no_lookarounds

    text = _no_lookarounds("(?<!客户) {Company:c} (?!\\s?(报导|指出)) ((?!对手|市场)[^«»]){0,9}? (?<!封装) (毛利率) {Business:q}")
    assert "毛利率" in text
    for w in ("客户", "报导", "指出", "对手", "市场", "封装"):
        assert w not in text


def test_every_volume_word_of_the_kinds_opens_a_carried_clause(tmp_path):
    # the carry opener takes the words of the kinds' `measures` tables (one list): 銷量 as 出貨量
    g = graph_of(tmp_path, "財報\n\n小米公布財報。上半年銷量達420萬台，產能利用率約88%。\n")
    assert holds(g, "小米", "hasSpec", "420")
