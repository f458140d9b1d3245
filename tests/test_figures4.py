"""Figures chip and business news prints that kg did not read before (SPECS2 lane): transistor density,
a company's money of a period (revenue, profit, loss, R&D, typed by what it is), the price of a deal
(the figure of what is bought), retail prices, core layouts (1+4+3), model sizes a chip runs (130億參數),
and multiples of another chip (甲的性能是乙的7倍), each tied to the thing its clause is about.

Every sentence and name here is invented for the test; none is taken from a real article.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kg.normalize import normalize
from kg.quantities import QuantityRuleError, find_quantities, load_quantity_rules

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import figures as _figures, graph_of, holds  # noqa: E402


@pytest.mark.parametrize("text,measure,value,unit,slot", [
    # transistor density, short and written out (one unit)
    ("新核心(98.5MTr/mm²)", "transistor-density", "98.5", "MTr/mm2", "Spec"),
    ("密度為 143.7 MTr/mm2", "transistor-density", "143.7", "MTr/mm2", "Spec"),
    ("每平方毫米集成1.2億個電晶體", "transistor-density", "120", "MTr/mm2", "Spec"),
    ("每平方毫米可容纳超过1亿个晶体管", "transistor-density", "100", "MTr/mm2", "Spec"),
    # a company's money of a period, both scripts, typed by what it is
    ("第三季實現營業收入12.3億元", "revenue", "1230000000", "yuan", "Money"),
    ("第三季实现营业收入12.3亿元", "revenue", "1230000000", "yuan", "Money"),
    ("全年總營收達到482億美元", "revenue", "48200000000", "USD", "Money"),
    ("归母净利润亏损3120.5万元", "net-loss", "31205000", "yuan", "Money"),
    ("淨利潤為8.8億元新台幣", "net-profit", "880000000", "TWD", "Money"),
    ("研發費用達到2.05億元", "rd-expense", "205000000", "yuan", "Money"),
    # 元 alone is an unstated yuan (renminbi or NT dollars); a printed currency names it; none printed: none
    ("星河電子第三季營收達6,120億元", "revenue", "612000000000", "yuan", "Money"),
    ("营收达人民币35亿元", "revenue", "3500000000", "CNY", "Money"),
    ("營收達新台幣820億元", "revenue", "82000000000", "TWD", "Money"),
    ("營業收入45億元 人民幣", "revenue", "4500000000", "CNY", "Money"),
    ("擬募資超過95億，", "funds-raised", "9500000000", "unstated-currency", "Money"),
    ("資本支出約300億美元", "capital-expenditure", "30000000000", "USD", "Money"),
    # core layouts: the sum of the clusters
    ("CPU 採用 1+5+2 架構", "core-layout", "8", "cores", "Spec"),
    ("核心采用2+6设计", "core-layout", "8", "cores", "Spec"),
    ("「1+3+4」八核CPU", "core-layout", "8", "cores", "Spec"),
    # model sizes a chip runs
    ("支持 70 亿参数大模型在端侧运行", "model-size", "7000000000", "parameters", "Spec"),
    ("可運行130B參數的模型", "model-size", "130000000000", "parameters", "Spec"),
    ("千億參數", None, None, None, None),
    # multiples of another chip
    ("星河X9的性能是星河X8的6倍", "performance-multiple", "6", "x", "Ratio"),
    ("推理速度為對手晶片的三倍", "speed-multiple", "3", "x", "Ratio"),
    ("可提供2倍算力", "compute-multiple", "2", "x", "Ratio"),
    ("帶來 2 倍性能提升", "performance-increase", "2", "x", "Ratio"),
])
def test_new_figure_kinds_are_read_typed(text, measure, value, unit, slot):
    got = [(m, v, u, t) for _s, m, v, u, t in _figures(text)]
    if measure is None:
        assert not [g for g in got if g[0] == "model-size"]
        return
    assert (measure, Decimal(value), unit, slot) in got


@pytest.mark.parametrize("text", [
    "營收是去年同期的2倍",        # a sales figure against last year, no chip's multiple
    "出貨量為上一季的三倍",
    "市值達到對手的兩三倍",
    "雙方在5+2談判中達成共識",    # a sum in other text is no core layout
    "總部有8+2個部門",
    "兩岸學者提出1+1方案",        # a plan, a design or a structure is no core layout
    "雙方採用3+2合作結構",
    "新園區採3+1設計",
    "聯盟以2+3架構運作",          # 架構 with no cores named near
])
def test_lookalikes_are_not_multiples_or_layouts(text):
    assert not [f for f in _figures(text) if f[4] == "Ratio" or f[1] == "core-layout"]


def test_a_companys_figures_of_a_period_each_go_to_it(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n聯發科公布第三季財報，營業收入1,420億元新台幣，淨利潤254億元新台幣，研發費用達到310億元新台幣。\n")
    for n in ("142000000000", "25400000000", "31000000000"):
        assert holds(g, "聯發科", "hasSpec", n)
    g = graph_of(tmp_path, "产业新闻\n\n澜起科技公告，上半年公司实现营业收入26.3亿元，归母净利润亏损1.2亿元。\n")
    assert holds(g, "瀾起科技", "hasSpec", "2630000000") and holds(g, "瀾起科技", "hasSpec", "120000000")


def test_a_companys_revenue_goes_to_the_nearest_company_not_the_earlier_one(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n台積電是輝達的主要代工夥伴，輝達去年總收入達到609億美元。\n")
    assert holds(g, "輝達", "hasSpec", "60900000000") and not holds(g, "台積電", "hasSpec", "60900000000")


def test_a_deals_price_is_the_figure_of_what_is_bought(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n超微斥資49億美元買下伺服器製造商ZT Systems。\n")
    assert holds(g, "ZT Systems", "hasSpec", "4900000000") and not holds(g, "超微", "hasSpec", "4900000000")
    g = graph_of(tmp_path, "产业新闻\n\n英特尔收购了Altera，交易金额约为167亿美元。\n")
    assert holds(g, "Altera", "hasSpec", "16700000000") and not holds(g, "英特爾", "hasSpec", "16700000000")


def test_a_retail_price_with_a_note_between(tmp_path):
    g = graph_of(tmp_path, "产业新闻\n\n英伟达发布RTX 5080，建议零售价(MSRP)为8299元。RTX 5070售价549美元起。\n")
    assert holds(g, "RTX 5080", "hasSpec", "8299") and holds(g, "RTX 5070", "hasSpec", "549")


def test_a_multiple_of_another_chip_is_the_subjects(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\nB200的推理性能是H100的15倍，訓練速度是H100的3倍。\n")
    assert holds(g, "B200", "hasSpec", "15") and holds(g, "B200", "hasSpec", "3")
    assert not holds(g, "H100", "hasSpec", "15") and not holds(g, "H100", "hasSpec", "3")
    assert holds(g, "B200", "comparedWith", "H100")


def test_chip_figures_new_kinds(tmp_path):
    g = graph_of(tmp_path, "产业新闻\n\n骁龙8 Gen 3的CPU采用1+5+2架构，支持100亿参数大模型在端侧运行。\n")
    assert holds(g, "骁龙8 Gen 3", "hasSpec", "8") and holds(g, "骁龙8 Gen 3", "hasSpec", "10000000000")
    g = graph_of(tmp_path, "產業新聞\n\nH100(98.3MTr/mm²)與A100(65.6MTr/mm²)。\n")
    assert holds(g, "H100", "hasSpec", "98.3") and holds(g, "A100", "hasSpec", "65.6")
    assert not holds(g, "H100", "hasSpec", "65.6")


def test_a_platform_word_stands_for_the_chip_before(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n聯發科發布天璣9400。該平台採用台積電3奈米製程，集成超過290億個電晶體，配備12MB三級快取。\n")
    assert holds(g, "天璣9400", "hasSpec", "29000000000") and holds(g, "天璣9400", "hasSpec", "12")


def test_a_measures_table_needs_its_what_group(tmp_path):
    bad = tmp_path / "quantities.toml"
    bad.write_text('[multipliers]\n[date]\npattern = "(?P<y>20\\\\d\\\\d)"\n[[quantity]]\nid = "r"\nmeasure = "m"\n'
                   'unit = "x"\npattern = "(?P<n>\\\\d+)倍"\nmeasures = { "性能" = "performance" }\n', encoding="utf-8")
    with pytest.raises(QuantityRuleError, match="what"):
        load_quantity_rules(bad)


@pytest.mark.parametrize("text,wrong", [
    ("產業新聞\n\n英飛凌公布，汽車業務部門營收為18億歐元。\n", "英飛凌"),            # a segment's
    ("产业新闻\n\n来自上海经信委数据显示，上海集成电路产业营收规模超4800亿元。\n", "*"),   # an industry's
    ("產業新聞\n\n台積電營收較去年同期增加200億元。\n", "台積電"),                    # a change, not the revenue
    ("产业新闻\n\n该公司完成融资，投资方包括英特尔、高通等，估值约130亿元。\n", "高通"),  # an investor's
    ("产业新闻\n\n他减持29万股中芯国际股份，市值接近1亿元。\n", "中芯國際"),          # shares sold
    ("产业新闻\n\n华虹半导体回A股上市,其市占率仅次于中芯国际,拟募资超过1亿元。\n", "中芯國際"),  # compared with
])
def test_money_that_is_not_the_companys_own(tmp_path, text, wrong):
    g = graph_of(tmp_path, text)
    assert not [n for n in ("1800000000", "480000000000", "20000000000", "13000000000", "100000000")
                if holds(g, wrong, "hasSpec", n)]


def test_a_companys_loss_keeps_its_sign(tmp_path):
    key = normalize("淨利潤分別為-8992.82萬元").key
    got = [(q.measure, q.value) for q in find_quantities(key)]
    assert ("net-profit", Decimal("-89928200")) in got


def test_a_price_is_the_cards_not_the_chip_it_carries(tmp_path):
    g = graph_of(tmp_path, "产业新闻\n\nRTX 5090和RTX 5080均搭载了GB202芯片，建议零售价为16499元。\n")
    assert holds(g, "RTX 5090", "hasSpec", "16499") and not holds(g, "GB202", "hasSpec", "16499")


def test_a_business_bought_from_its_owner_gives_the_owner_no_price(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n英飛凌同意以6.73億美元收購恩智浦旗下感測器事業。\n")
    assert not holds(g, "恩智浦", "hasSpec", "673000000")


def test_valuation_and_funds_raised_are_the_companys(tmp_path):
    g = graph_of(tmp_path, "产业新闻\n\n寒武纪总市值达5740亿元。摩尔线程拟募集资金80亿元。\n")
    assert holds(g, "寒武紀", "hasSpec", "574000000000") and holds(g, "摩爾線程", "hasSpec", "8000000000")


def test_figures_of_a_period_after_a_semicolon_stay_the_companys(tmp_path):
    # a half-width ; (as many Simplified sites print it) keeps the sentence; a full-width ； ends it (left alone)
    g = graph_of(tmp_path, "产业新闻\n\n上半年澜起科技实现营业收入26.3亿元,同比下降12%;归母净利润亏损1.2亿元,同比下降40%。\n")
    assert holds(g, "瀾起科技", "hasSpec", "2630000000") and holds(g, "瀾起科技", "hasSpec", "120000000")


def test_what_a_company_invests_and_what_it_raises_without_a_currency(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n英特爾擬在馬德堡投資300億歐元(326億美元)打造晶片廠。華虹半導體擬募資超過180億。\n")
    assert holds(g, "英特爾", "hasSpec", "30000000000") and holds(g, "華虹半導體", "hasSpec", "18000000000")


def test_a_price_paid_for_a_company_is_not_the_buyers_investment(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n超微斥資49億美元買下ZT Systems。\n")
    assert not holds(g, "超微", "hasSpec", "4900000000")


def test_a_plant_bought_fronted_takes_its_price(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n位於韓國天安市的英飛凌,日月光以約2,359.1萬歐元(約新台幣7.98億元)取得。\n")
    assert holds(g, "英飛凌", "hasSpec", "23591000") and not holds(g, "日月光", "hasSpec", "23591000")


def test_a_multiple_said_by_someone(tmp_path):
    g = graph_of(tmp_path, "产业新闻\n\n英伟达称 B200 的性能是 H100 的 15倍，而训练速度是 H100 的 3倍。\n")
    assert holds(g, "B200", "hasSpec", "15") and holds(g, "B200", "hasSpec", "3")
    assert not holds(g, "H100", "hasSpec", "15")


def test_every_loss_of_a_list_keeps_its_sign_and_a_range_is_no_sign():
    key = normalize("淨利潤分別為-4.35億元、-8.25億元；預計投資5-8億元").key
    got = [q.value for q in find_quantities(key)]
    assert Decimal("-435000000") in got and Decimal("-825000000") in got
    assert Decimal("800000000") in got and Decimal("-800000000") not in got
