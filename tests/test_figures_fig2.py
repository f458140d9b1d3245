"""Figures analysts track beyond chip specs (FIG2 lane): what a policy spends, subsidies a company or a
plant receives, how many names a list action takes in, a device's screen and battery, benchmark scores,
flash-memory layers, transistor counts written after the word, and a process in a parenthesis after a chip.

Every sentence and name here is invented for the test; none is taken from a real article.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kg.normalize import normalize
from kg.quantities import find_quantities

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def _figures(text: str):
    key = normalize(text).key
    return [(key[q.start:q.end], q.measure, q.value, q.unit) for q in find_quantities(key)]


@pytest.mark.parametrize("text,measure,value,unit", [
    ("預計斥資450兆韓元", "money", "450000000000000", "KRW"),
    ("预计投入2.5兆日元", "money", "2500000000000", "JPY"),
    ("總額約80億元新台幣", "money", "8000000000", "TWD"),
    ("拨款12亿元人民币", "money", "1200000000", "CNY"),
    ("編列3億英鎊", "money", "300000000", "GBP"),
    ("將18個實體列入清單", "listed", "18", "entities"),
    ("新增十二家企業", "listed", "12", "entities"),
    ("配備6.7吋OLED螢幕", "display", "6.7", "inch"),
    ("屏幕尺寸为6.1英寸", "display", "6.1", "inch"),
    ("續航最長可達26小時", "battery-life", "26", "h"),
    ("提供18小时续航", "battery-life", "18", "h"),
    ("單核跑分2950分", "benchmark", "2950", "points"),
    ("安兔兔跑分突破260萬分", "benchmark", "2600000", "points"),
    ("推出300層3D NAND快閃記憶體", "layers", "300", "layers"),
    ("堆疊層數達到321層", "layers", "321", "layers"),
    ("電晶體數量達210億個", "transistors", "21000000000", "transistors"),
    ("某V-NAND快閃記憶體達286層", "layers", "286", "layers"),
    ("叢集擴展至8,192個晶片", "accelerators", "8192", "accelerators"),
    ("多核跑分12,480分", "benchmark", "12480", "points"),
    ("投資1,200億美元", "money", "120000000000", "USD"),
])
def test_new_kinds_of_figure_are_read_with_their_value_and_unit(text, measure, value, unit):
    got = [(m, v, u) for _s, m, v, u in _figures(text)]
    assert (measure, Decimal(value), unit) in got


@pytest.mark.parametrize("text", [
    "興建一座12吋晶圓廠",        # a wafer's size, not a screen's
    "擴建12吋與8吋晶圓產線",      # two wafer sizes
    "晶體管密度提升2倍",          # a ratio, not a count
    "會議持續了30分鐘",           # minutes, not a score
    "其中一家企業表示",           # one of them, not a count of a list
    "公司分析師給出90分評價",     # no benchmark word before the score
])
def test_lookalike_numbers_are_not_these_figures(text):
    assert not [f for f in _figures(text) if f[1] in ("display", "transistors", "benchmark", "listed")]


def test_the_figure_label_leaves_the_words_before_it_out():
    assert [f[0] for f in _figures("續航達30小時，單核跑分3119分")] == ["30小时", "3119分"]


def test_a_programme_and_what_it_spends(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n某國政府公布「星海半導體計畫」，預計斥資450兆韓元扶植晶片業。\n")
    assert holds(g, "星海半導體計畫", "hasSpec", "450")


def test_an_amount_before_the_policy_it_describes(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n這項規模達320億美元的晶片法案已獲國會通過。\n")
    assert holds(g, "晶片法案", "hasSpec", "320")


def test_a_subsidy_a_company_receives_is_its_figure(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n美光宣布獲得6.2億美元政府補助，將擴建記憶體工廠。\n")
    assert holds(g, "美光", "hasSpec", "6.2")


def test_a_subsidy_granted_to_a_company(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n商務部將向英特爾提供78億美元補貼，用於新建晶圓廠。\n")
    assert holds(g, "英特爾", "hasSpec", "78")


def test_a_list_and_how_many_names_it_takes_in(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n美國商務部宣布將31個實體列入實體清單。\n")
    assert holds(g, "實體清單", "hasSpec", "31")
    g = graph_of(tmp_path, "產業新聞\n\n實體清單此次新增17家中國企業。\n")
    assert holds(g, "實體清單", "hasSpec", "17")


def test_a_count_of_companies_is_never_a_companys_or_a_chips_figure(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n台積電與12家企業合作開發H100晶片的封裝。\n")
    assert not holds(g, "台積電", "hasSpec", "12") and not holds(g, "H100", "hasSpec", "12")


def test_a_phones_screen_and_battery(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n新款iPhone配備6.9吋螢幕，續航達29小時。\n")
    assert holds(g, "iPhone", "hasSpec", "6.9") and holds(g, "iPhone", "hasSpec", "29")


def test_a_chips_benchmark_scores(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n天璣9400晶片單核跑分2950分，多核跑分9100分。\n")
    assert holds(g, "天璣9400", "hasSpec", "2950") and holds(g, "天璣9400", "hasSpec", "9100")


def test_a_makers_flash_layers(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n三星推出300層NAND快閃記憶體。\n")
    assert holds(g, "三星", "hasSpec", "300")


def test_a_transistor_count_written_after_the_word(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\nH100晶片電晶體數量達800億個。\n")
    assert holds(g, "H100", "hasSpec", "80000000000")


def test_each_chip_takes_the_process_in_its_own_parenthesis(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n天璣9400（3奈米）與天璣9000(4nm)同時亮相。\n")
    assert holds(g, "天璣9400", "usesProcess", "3") and holds(g, "天璣9000", "usesProcess", "4")
    assert not holds(g, "天璣9400", "usesProcess", "4") and not holds(g, "天璣9000", "usesProcess", "3")


def test_a_size_right_before_a_product(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n蘋果同日發表6.9吋iPhone。\n")
    assert holds(g, "iPhone", "hasSpec", "6.9")


def test_a_subsidy_from_a_giver_is_the_receivers(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n美光將從美國商務部獲得超過61億美元補助，協助在美設廠。\n")
    assert holds(g, "美光", "hasSpec", "61") and not holds(g, "美國商務部", "hasSpec", "61")


def test_a_company_whose_process_enters_production(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n聯星半導體正式宣佈2奈米製程已如期於第4季進入量產。\n")
    assert holds(g, "聯星半導體", "usesProcess", "2")
    g = graph_of(tmp_path, "產業新聞\n\n台積電表示，英偉達的3奈米製程晶片將於明年量產。\n")
    assert not holds(g, "英偉達", "usesProcess", "3")
    # equipment for a process is not the equipment maker's process
    g = graph_of(tmp_path, "產業新聞\n\n北方華創已經實現28nm及以上製程設備的量產。\n")
    assert not holds(g, "北方華創", "usesProcess", "28")


@pytest.mark.parametrize("text", ["將兩三家企業列入清單", "新增十二三家公司", "將數十家企業列入清單", "這一家公司被列入清單"])
def test_a_range_or_a_vague_count_of_names_is_no_figure(text):
    assert not [f for f in _figures(text) if f[1] == "listed"]


def test_chinese_numerals_that_form_one_number_are_a_count():
    assert [f[2] for f in _figures("將一百二十家公司列入清單") if f[1] == "listed"] == [Decimal(120)]
