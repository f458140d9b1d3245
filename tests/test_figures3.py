"""Measured figures as chip-industry news prints them (SPECS lane): relative figures (效能提升40%,
能耗降低25倍, 快1.5倍) typed by what they measure and tied to the chip the clause is about, not to the one
it is compared with; figures written out in words (每秒10 TB, 每秒38兆次運算); cores counted after their
kind (效能核心最多四顆); benchmark scores stated with 為 / 達; a screen's Hz; a fab's wafer size.

Every sentence and name here is invented for the test; none is taken from a real article.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kg.quantities import QuantityRuleError, load_quantity_rules

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import figures as _figures, graph_of, holds  # noqa: E402


@pytest.mark.parametrize("text,measure,value,unit", [
    # relative figures, both scripts: what is measured and which way it went
    ("其運算效能較前一代提升高達4.4倍", "performance-increase", "4.4", "x"),
    ("其运算效能较前一代提升高达4.4倍", "performance-increase", "4.4", "x"),
    ("能源效率更提高40%", "efficiency-increase", "40", "%"),
    ("整機功耗降低了 43%", "power-decrease", "43", "%"),
    ("能耗降低25倍", "energy-decrease", "25", "x"),
    ("CPU 效能最多快 1.5 倍", "performance-increase", "1.5", "x"),
    ("推理性能提升五倍", "performance-increase", "5", "x"),
    ("相較於前代提升39%", "relative-increase", "39", "%"),
    ("帶來2倍的性能提升", "performance-increase", "2", "x"),
    ("实现80%左右的算力提升", "compute-increase", "80", "%"),
    # written out
    ("頻寬達到每秒 10 TB", "bandwidth", "10", "TB/s"),
    ("每秒传输1.7千万亿字节", "bandwidth", "1700000000000000", "B/s"),
    ("神經網路引擎每秒可執行 38 兆次運算", "compute", "38000000000000", "OPS"),
    ("提供30千萬億次浮點運算能力", "compute", "30000000000000000", "FLOPS"),
    ("晶片由 250 億顆電晶體組成", "transistors", "25000000000", "transistors"),
    ("电晶体数量达190亿颗", "transistors", "19000000000", "transistors"),
    ("其中效能核心最多四顆", "cores", "4", "cores"),
    ("能效核心则为六颗", "cores", "6", "cores"),
    ("單核性能分數為3120", "benchmark", "3120", "points"),
    ("其多核跑分达到10450", "benchmark", "10450", "points"),
    ("螢幕支援120Hz更新率", "frequency", "120", "Hz"),
    ("合作興建12吋晶圓廠", "wafer-size", "12", "inch"),
    ("提供12英寸集成电路晶圆代工服务", "wafer-size", "12", "inch"),
    ("月產能折合約當八吋晶圓98萬片", "capacity", "980000", "wafers/month"),
])
def test_figures_chip_news_prints_are_read_typed(text, measure, value, unit):
    got = [(m, v, u) for _s, m, v, u, _t in _figures(text)]
    assert (measure, Decimal(value), unit) in got


@pytest.mark.parametrize("text", [
    "營收較去年同期成長40%",      # a sales growth
    "营收较去年同期增长40%",
    "出貨量較前一季增加30%",      # shipments
    "股價比昨日高出5%",          # a share price
    "良率提升至60%",              # a level reached, not a change by
    "市占率達40%",                # a share
    "晶體管密度提升2倍",          # no word for what a chip does, no comparison
])
def test_business_changes_and_levels_are_not_relative_figures(text):
    assert not [f for f in _figures(text) if f[4] == "Ratio"]


@pytest.mark.parametrize("text", [
    "核心技術有三個",             # 核心 is not a kind of core here
    "其中大核心客戶有兩個",
    "比賽得分為3比1",             # no benchmark score
    "6.9吋的新款手機",            # a screen, not a wafer
])
def test_lookalikes_are_not_these_figures(text):
    assert not [f for f in _figures(text) if f[1] in ("cores", "benchmark", "wafer-size")]


def test_a_relative_figure_is_the_subjects_not_the_compared_chips(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n星河X9的效能比蘋果M7處理器快50%，功耗降低了30%。\n")
    assert holds(g, "星河X9", "hasSpec", "50") and holds(g, "星河X9", "hasSpec", "30")
    assert not holds(g, "M7", "hasSpec", "50") and not holds(g, "M7", "hasSpec", "30")


def test_a_relative_figure_after_a_fronted_comparison(tmp_path):
    g = graph_of(tmp_path, "产业新闻\n\n与前一代星河X8相比，星河X9人工智能性能提升5倍。\n")
    assert holds(g, "星河X9", "hasSpec", "5") and not holds(g, "星河X8", "hasSpec", "5")


def test_a_chip_compared_with_its_predecessor(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n星河X9相較於前一代星河X8提升39%。\n")
    assert holds(g, "星河X9", "hasSpec", "39") and not holds(g, "星河X8", "hasSpec", "39")


def test_a_chips_growth_in_sales_is_not_its_figure(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n星河X9熱賣帶動營收較去年同期成長40%。\n")
    assert not holds(g, "星河X9", "hasSpec", "40")


def test_a_chips_figures_written_out(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n蘋果M9晶片以 250 億顆電晶體組成，其中效能核心最多四顆，而節能核心則為六顆。\n")
    for n in ("25000000000", "4", "6"):
        assert holds(g, "M9", "hasSpec", n)
    g = graph_of(tmp_path, "产业新闻\n\n星河X9芯片可支持120Hz刷新率，单核性能分数为3120。\n")
    assert holds(g, "星河X9", "hasSpec", "120") and holds(g, "星河X9", "hasSpec", "3120")


def test_a_fabs_wafer_size_is_the_companys(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n力積電將與日本夥伴合作籌設12吋晶圓代工廠。\n")
    assert holds(g, "力積電", "hasSpec", "12")


def test_a_wafer_size_is_never_a_chips_figure(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\nH100晶片在台積電12吋晶圓廠生產。\n")
    assert not holds(g, "H100", "hasSpec", "12")


def test_a_relative_kind_needs_its_direction_group(tmp_path):
    bad = tmp_path / "quantities.toml"
    bad.write_text('[multipliers]\n[date]\npattern = "(?P<y>20\\\\d\\\\d)"\n[[quantity]]\nid = "r"\nmeasure = "relative"\n'
                   'unit = "x"\npattern = "(?P<n>\\\\d+)倍"\nchanges = { "提升" = "increase" }\n', encoding="utf-8")
    with pytest.raises(QuantityRuleError, match="dir"):
        load_quantity_rules(bad)


@pytest.mark.parametrize("text,compared", [
    ("產業新聞\n\n將兩個星河X8處理器集成在一個封裝中，有效地將計算能力提升了一倍。\n", "星河X8"),
    ("產業新聞\n\n相較於目前主流的星河X8系統，新平台的效能提升 3 倍。\n", "星河X8"),
    ("产业新闻\n\n星河Z9可带来星河X8加速卡 8 倍的 AI 性能和 5 倍的每瓦性能提升。\n", "星河X8"),
])
def test_a_chip_that_does_not_head_its_clause_takes_no_relative_figure(tmp_path, text, compared):
    g = graph_of(tmp_path, text)
    assert not [n for n in ("1", "2", "3", "5", "8") if holds(g, compared, "hasSpec", n)]


def test_a_chip_described_by_its_process_heads_its_clause(tmp_path):
    g = graph_of(tmp_path, "产业新闻\n\n据悉，5nm工艺昇腾910C已完成流片，性能较上一代提升30%。\n")
    assert holds(g, "昇腾910C", "hasSpec", "30")


def test_a_name_in_a_note_does_not_take_the_figures_after_it(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n星河X9 GPU 提供 30千萬億次浮點運算能力 (昇腾910C 精度)，配備 128GB GDDR7記憶體。\n")
    assert not holds(g, "昇腾910C", "hasSpec", "128")
    g = graph_of(tmp_path, "产业新闻\n\n华为推出了昇腾超节点(CloudMatrix 384)，实现 384 卡高速互联。\n")
    assert holds(g, "CloudMatrix 384", "hasSpec", "384")


def test_a_chip_named_after_its_maker_takes_its_relative_figures(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n寒武紀MLU370X8通過軟體優化，推理時延較A10降低22%。\n")
    assert holds(g, "MLU370X8", "hasSpec", "22") and not holds(g, "A10", "hasSpec", "22")
