"""Figures of the kinds news prints about chips, and which thing each belongs to (kg:hasSpec).

Every sentence here is written for the test; none is taken from a real article.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kg.normalize import name_key
from kg.quantities import find_quantities, load_quantity_rules

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


@pytest.mark.parametrize("text,measure,value,unit", [
    ("主頻為2.8GHz", "frequency", "2.8", "GHz"),
    ("加速頻率1950 MHz", "frequency", "1950", "MHz"),
    ("這是一款16核處理器", "cores", "16", "cores"),
    ("配備八核CPU", "cores", "8", "cores"),
    ("擁有2個64位處理器核心", "cores", "2", "cores"),
    ("內建6912個CUDA核心", "cores", "6912", "cores"),
    ("可同時執行三十二線程", "threads", "32", "threads"),
    ("旁邊放了6個HBM3E堆疊", "stacks", "6", "stacks"),
    ("記憶體增加到10堆棧", "stacks", "10", "stacks"),
    ("採用16層堆疊", "layers", "16", "layers"),
    ("推理速度可達1500 tokens/s", "throughput", "1500", "tokens/s"),
    ("每秒生成900個token", "throughput", "900", "tokens/s"),
    ("組成一個512卡的訓練集群", "accelerators", "512", "accelerators"),
    ("總規模達到2萬卡", "accelerators", "20000", "accelerators"),
    ("整機內有64顆GPU", "accelerators", "64", "accelerators"),
    ("新廠月產能約3萬片12吋晶圓", "capacity", "30000", "wafers/month"),
    ("產能提升到6萬片/月", "capacity", "60000", "wafers/month"),
    ("晶粒面積約600mm²", "area", "600", "mm2"),
    ("功耗上限為1.5千瓦", "power", "1.5", "kW"),
])
def test_new_kinds_of_figure_are_typed_values(text, measure, value, unit):
    (q,) = find_quantities(name_key(text))
    assert (q.measure, q.value, q.unit) == (measure, Decimal(value), unit)


@pytest.mark.parametrize("text", [
    "監管部門已核准3個核心項目",   # 核准, 核心項目: not cores
    "推動一核兩翼的區域布局",       # a slogan
    "單核性能提升兩成",             # single-core performance is not a core count
    "他辦了2張信用卡",              # a card is not an accelerator
    "公司在2024年推出新品",         # a year is a date, not a figure
])
def test_words_that_only_look_like_figures_are_not_read(text):
    assert find_quantities(name_key(text)) == []


def test_a_figure_knows_which_things_it_can_belong_to():
    kinds = {k.measure: k for k in load_quantity_rules().kinds}
    assert "Company" in kinds["capacity"].subjects and "Chip" not in kinds["capacity"].subjects
    assert "Chip" in kinds["frequency"].subjects and "Company" not in kinds["frequency"].subjects


def specs(g):
    return sorted((g.nodes[u].get("label"), g.nodes[v]["measure"], g.nodes[v]["quantity"])
                  for u, v, k in g.edges(keys=True) if k == "hasSpec")


def test_every_figure_after_a_chip_is_its_figure(tmp_path):
    g = graph_of(tmp_path, "據介紹，H100是一款擁有16896個CUDA核心的晶片，加速頻率1980MHz，功耗700W。\n")
    assert holds(g, "H100", "hasSpec", "16896") and holds(g, "H100", "hasSpec", "1980")
    assert holds(g, "H100", "hasSpec", "700")


def test_a_sentence_of_bare_figures_is_about_the_chip_before(tmp_path):
    g = graph_of(tmp_path, "英偉達推出了新一代H200。\n據悉，H200採用台積電4納米工藝。主頻維持在1.9GHz，並配有6個HBM3E堆疊。\n")
    assert holds(g, "H200", "hasSpec", "1.9") and holds(g, "H200", "hasSpec", "6")
    ev = next(d["evidence"][0] for u, v, k, d in g.edges(keys=True, data=True)
              if k == "hasSpec" and g.nodes[v]["quantity"] == Decimal("1.9"))
    assert ev.sentence.startswith("據悉")  # the evidence runs from the sentence naming the chip


def test_a_sentence_about_something_else_keeps_its_figures(tmp_path):
    # the second sentence names its own subject (a company) first: its figure is not the chip's
    g = graph_of(tmp_path, "據悉，H200採用台積電4納米工藝。\n此外，英偉達旗下網卡最高帶寬可達800Gbps。\n")
    assert not holds(g, "H200", "hasSpec", "800")


def test_a_figure_right_before_a_chip_is_that_chips(tmp_path):
    g = graph_of(tmp_path, "A100的表現已經可以媲美2.1GHz的H100。\n")
    assert holds(g, "H100", "hasSpec", "2.1") and not holds(g, "A100", "hasSpec", "2.1")


def test_an_interconnect_has_its_own_bandwidth_but_chip_memory_bandwidth_is_the_chips(tmp_path):
    g = graph_of(tmp_path, "B200將採用第五代NVLink互連，帶寬高達1.8TB/s。\n")
    assert holds(g, "NVLink", "hasSpec", "1.8") and not holds(g, "B200", "hasSpec", "1.8")
    g = graph_of(tmp_path, "H100搭載HBM3，內存帶寬3.35TB/s。\n")
    assert holds(g, "H100", "hasSpec", "3.35") and not holds(g, "HBM3", "hasSpec", "3.35")


def test_a_fab_output_is_the_companys_not_the_chips(tmp_path):
    g = graph_of(tmp_path, "中芯國際月產能約10萬片8吋晶圓，H20訂單增加。\n")
    assert holds(g, "中芯國際", "hasSpec", "100000")
    g = graph_of(tmp_path, "H20由台積電代工，新廠每月產能5萬片。\n")
    assert not holds(g, "H20", "hasSpec", "50000")


def test_money_is_a_chips_figure_only_as_its_price(tmp_path):
    g = graph_of(tmp_path, "英偉達H100的訂單金額超過10億美元。\n")
    assert not holds(g, "H100", "hasSpec", "1000000000")
    g = graph_of(tmp_path, "H100的售價約為3萬美元。\n")
    assert holds(g, "H100", "hasSpec", "30000")


def test_a_platform_has_its_developers(tmp_path):
    g = graph_of(tmp_path, "英偉達的CUDA平台擁有超500萬開發者。\n")
    assert holds(g, "CUDA", "hasSpec", "5000000") and not holds(g, "英偉達", "hasSpec", "5000000")


@pytest.mark.parametrize("text,name,nm", [
    ("新晶片採用台積電N3P製程打造", "N3P", "3"),
    ("下一代產品將轉往N2和N3E製程", "N2", "2"),
    ("三星SF2工藝良率提升", "SF2", "2"),
    ("英特爾18A製程已經量產", "18A", "1.8"),
    ("台积电A16节点明年投产", "A16", "1.6"),
])
def test_named_foundry_processes_are_process_nodes_of_their_class(text, name, nm):
    got = [(q.name, q.value) for q in find_quantities(name_key(text)) if q.cls == "ProcessNode"]
    assert (name, Decimal(nm)) in got


@pytest.mark.parametrize("text", ["新款N5路由器開賣", "A16手機晶片", "第18A號展位", "型號N3P-200的機台"])
def test_model_codes_are_not_named_processes(text):
    assert [q for q in find_quantities(name_key(text)) if q.cls == "ProcessNode"] == []


@pytest.mark.parametrize("text,nm", [("預定啟動二奈米製程量產", "2"), ("改為生產十二奈米晶片", "12")])
def test_process_nodes_in_chinese_numerals(text, nm):
    assert [q.value for q in find_quantities(name_key(text)) if q.cls == "ProcessNode"] == [Decimal(nm)]


def test_a_chip_on_a_named_process_points_at_that_node(tmp_path):
    g = graph_of(tmp_path, "星河科技推出的天穹X9晶片採用台積電N3P製程打造。\n")
    nodes = [v for u, v, d in g.edges(data=True) if d.get("predicate") == "usesProcess"]
    assert nodes and all(g.nodes[v].get("label") == "N3P" and g.nodes[v].get("nanometres") == Decimal(3) for v in nodes)


def test_the_clock_of_the_cpu_a_chip_carries_is_the_chips(tmp_path):
    g = graph_of(tmp_path, "星河科技表示，天穹X9平台搭載自研Oryon CPU，最高時脈速度可達4.2 GHz。\n")
    assert holds(g, "天穹X9", "hasSpec", "4.2") and not holds(g, "CPU", "hasSpec", "4.2")


def test_a_chip_is_compared_with_a_chip_not_with_a_technology(tmp_path):
    g = graph_of(tmp_path, "天穹X9平台搭載自研CPU，與前一代天穹X8相比，CPU效能提升36%。\n")
    assert not holds(g, "CPU", "comparedWith", "天穹X8") and not holds(g, "天穹X8", "comparedWith", "CPU")


def test_a_named_process_after_a_chip_is_not_another_chip(tmp_path):
    g = graph_of(tmp_path, "星河X9採用第二代3nm工藝（N3E）。天穹Z5晶片採用台積電N3P製程打造。\n")
    chips = {g.nodes[n].get("label") for n in g if g.nodes[n].get("type") == "Chip"}
    assert "N3E" not in chips and "N3P" not in chips
    assert holds(g, "天穹Z5", "usesProcess", "3")
