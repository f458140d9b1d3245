"""Counts of a GPU's units written after their word, core counts printed in English, wafer sizes in
millimetres, and a process node describing a kind of chip before the chip's name.

Every sentence and name here is invented for the test; none is taken from a real article.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import figures, graph_of, holds  # noqa: E402


@pytest.mark.parametrize("text,measure,value,unit", [
    ("流處理器總數為10,240個", "stream-processors", "10240", "stream-processors"),
    ("着色器数量达到4096个", "stream-processors", "4096", "stream-processors"),
    ("計算單元數減少至228個", "compute-units", "228", "compute-units"),
    ("执行单元共有96个", "compute-units", "96", "compute-units"),
    ("擁有2048個CUDA Core", "cores", "2048", "cores"),
    ("配備 336 個 Tensor Cores", "cores", "336", "cores"),
    ("电晶体总数达到惊人的920亿个", "transistors", "92000000000", "transistors"),
    ("一座200mm晶圓廠", "wafer-size", "200", "mm"),
    ("300毫米晶圆产线", "wafer-size", "300", "mm"),
])
def test_unit_counts_and_wafer_sizes_are_read_typed(text, measure, value, unit):
    found = [(m, str(v), u) for _, m, v, u, _ in figures(text)]
    assert (measure, value, unit) in [(m, v.rstrip("0").rstrip(".") if "." in v else v, u) for m, v, u in found]


@pytest.mark.parametrize("text", [
    "計算單元架構升級2次",        # no count: 個 must follow
    "流處理器的頻率提高到2.5GHz",  # a clock, not a count of processors
    "一台200mm長的機器",          # a length, not a fab's wafer size
    "RTX 4090 Tensor Core",       # a model number before an English core word
    "2024 Tensor Core GPU",       # a year
    "每個計算單元有64個流處理器",  # per unit, not a total
    "每組着色器有4個紋理單元",
])
def test_lookalikes_are_no_unit_counts(text):
    assert not [f for f in figures(text) if f[1] in ("stream-processors", "compute-units", "cores", "wafer-size")]


def test_a_gpus_unit_counts_go_to_it(tmp_path):
    g = graph_of(tmp_path, "晶片週報\n\n星河科技表示，天樞G9晶片的流處理器總數為12,288個，計算單元數為192個，電晶體總數達到驚人的1100億個。\n")
    for n in ("12288", "192", "110000000000"):
        assert holds(g, "天樞G9", "hasSpec", n)


def test_a_company_keeps_every_fab_figure_of_its_clause(tmp_path):
    g = graph_of(tmp_path, "晶片週報\n\n曜石半導體擁有一座150mm晶圓廠和一座8吋晶圓廠。\n")
    assert holds(g, "曜石半導體", "hasSpec", "150") and holds(g, "曜石半導體", "hasSpec", "8")
    # past a comma the figures may be another's
    g = graph_of(tmp_path, "晶片週報\n\n曜石半導體月產能達3萬片，遠低於業界龍頭的月產能10萬片。\n")
    assert holds(g, "曜石半導體", "hasSpec", "30000") and not holds(g, "曜石半導體", "hasSpec", "100000")


def test_a_node_before_a_kind_of_chip_is_the_named_chips_process(tmp_path):
    g = graph_of(tmp_path, "晶片週報\n\n芯火科技推出自研的7納米智能座艙晶片「飛龍一號」，已獲車廠採用。\n")
    assert holds(g, "飛龍一號", "usesProcess", "7")
    # the node of a kind of chip that is not named after it belongs to no chip
    g = graph_of(tmp_path, "晶片週報\n\n芯火科技擴大7納米晶片產能，飛龍一號仍在驗證。\n")
    assert not holds(g, "飛龍一號", "usesProcess", "7")
    # the node reaches only the first word for a chip after it, not a chip it is compared with
    g = graph_of(tmp_path, "晶片週報\n\n星河的7nm晶片性能接近對手晶片A100。\n")
    assert not holds(g, "A100", "usesProcess", "7")
