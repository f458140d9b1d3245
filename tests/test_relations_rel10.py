"""Spec sheets of one chip, comparisons that go on in a second clause, the seller of shares, a maker
closing the clause before its launch. Sentences written for these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

from kg.quantities import find_quantities  # noqa: E402


def spec_labels(g, chip_label):
    return sorted(g.nodes[v]["label"] for u, v, k in g.edges(keys=True)
                  if k == "hasSpec" and g.nodes[u].get("label") == chip_label)


# --- figures -----------------------------------------------------------------------------------------

def test_petaflops_and_taiwanese_transistor_counts_are_figures():
    qs = find_quantities("提供超过20 petaflops算力,内含超过2080亿个电晶体")
    assert [(q.measure, str(q.value), q.unit) for q in qs] == [
        ("compute", "20", "PFLOPS"), ("transistors", "208000000000", "transistors")]


def test_a_bounding_word_is_part_of_the_label_not_of_the_value(tmp_path):
    g = graph_of(tmp_path, "B200晶片塞入超過2080億個電晶體，功耗約1000W。\n")
    assert holds(g, "B200", "hasSpec", "208000000000")
    labels = spec_labels(g, "B200")
    assert "超過2080億個電晶體" in labels and "約1000W" in labels


# --- spec sheets -------------------------------------------------------------------------------------

SHEET = ("H200的規格如下，先看算力。\n"
         "官方公布的數據顯示：\n"
         "• FP8精度：提供約4 petaFLOPS算力。\n"
         "• 功耗：控制在700W以內。\n"
         "• 記憶體：配備141GB HBM3e高頻寬記憶體。\n")


def test_every_line_of_a_spec_sheet_belongs_to_the_chip_heading_it(tmp_path):
    g = graph_of(tmp_path, SHEET)
    for figure in ("4", "700", "141"):
        assert holds(g, "H200", "hasSpec", figure), figure


def test_a_sheet_ends_where_a_sentence_about_something_else_stands_between(tmp_path):
    text = SHEET.replace("官方公布的數據顯示：", "英特爾則公布了自己的數據：")
    g = graph_of(tmp_path, text)
    assert not holds(g, "H200", "hasSpec", "700")


def test_a_demonstrative_before_a_description_of_the_chip_refers_to_it(tmp_path):
    g = graph_of(tmp_path, "輝達發布B200。這款採用台積電4nm製程的晶片主打AI訓練。\n")
    assert holds(g, "B200", "fabricatedBy", "台積電")
    assert holds(g, "B200", "usesProcess", "4")


# --- comparisons -------------------------------------------------------------------------------------

def test_the_second_clause_of_a_comparison_goes_on_with_the_first_subject(tmp_path):
    g = graph_of(tmp_path, "MI300X在FP16精度下的算力達到H100的兩倍，FP8算力也勝過輝達H200。\n")
    assert holds(g, "MI300X", "comparedWith", "H100")
    assert holds(g, "MI300X", "comparedWith", "H200")
    assert not holds(g, "H100", "comparedWith", "H200")


# --- purchases ---------------------------------------------------------------------------------------

def test_the_seller_of_shares_is_not_the_buyer(tmp_path):
    g = graph_of(tmp_path, "華虹集團公告，其以5億元從中芯國際手中購入1000萬股長江存儲股份。\n")
    assert holds(g, "華虹集團", "investsIn", "長江存儲")
    assert not holds(g, "中芯國際", "acquired", "長江存儲")
    assert not holds(g, "華虹集團", "acquired", "長江存儲")


def test_a_company_bought_from_its_owner_is_acquired_by_the_buyer(tmp_path):
    g = graph_of(tmp_path, "AMD從私募基金手中收購了賽靈思，交易金額高達350億美元。\n")
    assert holds(g, "AMD", "acquired", "賽靈思")
    g2 = graph_of(tmp_path, "AMD自英特爾處收購賽靈思。\n")
    assert holds(g2, "AMD", "acquired", "賽靈思") and not holds(g2, "英特爾", "acquired", "賽靈思")


# --- launches ----------------------------------------------------------------------------------------

def test_a_maker_closing_the_clause_before_its_launch_develops_the_chip(tmp_path):
    g = graph_of(tmp_path, "在AI晶片市場急起直追的AMD，於今日正式推出MI325X。\n")
    assert holds(g, "AMD", "develops", "MI325X")
