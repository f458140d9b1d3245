"""FIGS lane: figures whose owner is the thing talked about, printed where it is not named — a sentence
opening with the figure's name, a comparison whose subject is the chip just launched, a fund's or a company's
registered capital and founding date, a range of money raised, support received. Sentences written for these
tests, not taken from any newspaper (real company names only)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

from kg.normalize import normalize  # noqa: E402
from kg.quantities import find_quantities  # noqa: E402


def test_a_sentence_opening_with_the_figures_name_is_about_the_chip_before(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\n華為本週推出昇騰920晶片。HBM容量為96GB，記憶體頻寬為2.5TB/s，互聯頻寬600GB/s。"
                           "H100的算力為990 TFLOPS。\n")
    assert holds(g, "昇騰920", "hasSpec", "96")
    assert holds(g, "昇騰920", "hasSpec", "2.5")
    assert holds(g, "昇騰920", "hasSpec", "600")
    assert not holds(g, "HBM", "hasSpec", "96")
    # a sentence that names whose figure it is (甲的算力) is not about the chip before
    assert not holds(g, "昇騰920", "hasSpec", "990")


def test_its_figure_after_qi_is_the_chips(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\n英偉達發表H30晶片。其72GB HBM3顯存足以應付大模型推理。\n")
    assert holds(g, "H30", "hasSpec", "72")


def test_a_format_list_does_not_take_the_chips_bandwidth(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\n昇騰920算力達600TFLOPS，支援FP32/HF32/FP16/INT8等數據格式，互聯頻寬500GB/s，HBM容量為96GB。\n")
    assert holds(g, "昇騰920", "hasSpec", "500")
    assert holds(g, "昇騰920", "hasSpec", "96")
    assert not holds(g, "INT8", "hasSpec", "500")
    assert not holds(g, "HF32", "hasSpec", "96")


def test_a_comparison_after_a_launch_is_the_launched_chips(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    g = graph_of(tmp_path / "a", "晶片新聞\n\n蘇姿丰在發表會上發表新一代MI400加速器，與前一代MI300X相比，推理效能提升8倍。\n")
    assert holds(g, "MI400", "comparedWith", "MI300X")
    assert holds(g, "MI400", "hasSpec", "8")
    assert not holds(g, "MI300X", "hasSpec", "8")
    # not after a launch: the sentence is about a ban, whose comparison it is cannot be told
    g = graph_of(tmp_path / "b", "晶片新聞\n\n美國禁止英偉達出口H200晶片，與前一代H100相比，限制更嚴。\n")
    assert not holds(g, "H200", "comparedWith", "H100")


def test_a_comparison_opening_the_next_sentence_is_the_launched_chips(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\n超微發布MI400加速器。相比前一代MI300X，能耗降低30%。\n")
    assert holds(g, "MI400", "comparedWith", "MI300X")
    assert holds(g, "MI400", "hasSpec", "30")


def test_a_funds_registered_capital_and_founding_date(tmp_path):
    g = graph_of(tmp_path, "基金新聞\n\n國家積體電路產業投資基金二期股份有限公司(簡稱國家大基金二期)在2019年10月22日成立，註冊資本計2041.5億元。\n")
    assert holds(g, "國家集成電路產業投資基金二期", "hasSpec", "2041.5")
    assert holds(g, "國家集成電路產業投資基金二期", "hasSpec", "2019")


def test_a_companys_founding_date_and_registered_capital(tmp_path):
    g = graph_of(tmp_path, "公司新聞\n\n壁仞科技成立於2019年9月，註冊資本為8億元。\n")
    assert holds(g, "壁仞科技", "hasSpec", "2019")
    assert holds(g, "壁仞科技", "hasSpec", "8")


def test_a_founding_date_needs_a_word_of_founding():
    founded = [q.value for q in find_quantities(normalize("甲公司創立於2016年，乙公司在2018年3月正式成立").key)
               if q.measure == "founded"]
    assert founded == [Decimal("2016"), Decimal("2018")]
    for text in ("壁仞科技在2019年推出首款產品，2020年成長迅速", "甲公司收購了成立於2016年的乙公司", "H100在2022年成立的工廠生產"):
        # a date alone, or a date describing the thing named after it, is no founding date of the subject
        assert not [q for q in find_quantities(normalize(text).key) if q.measure == "founded"]


def test_a_range_of_money_raised_is_the_companys(tmp_path):
    g = graph_of(tmp_path, "上市新聞\n\n地平線機器人遞交上市申請，擬集資金額介乎5億至6億美元。\n")
    assert holds(g, "地平線", "hasSpec", "5")


def test_a_range_keeps_its_label_and_its_upper_end():
    key = normalize("擬集資金額介乎5億至6億美元").key
    got = [q for q in find_quantities(key) if q.unit == "USD"]
    assert len(got) == 1 and got[0].value == Decimal("600000000") and key[got[0].start:got[0].end] == "5亿至6亿美元"


def test_money_received_as_support_is_the_receivers(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n報告指，中芯國際近年擴充產能，並獲得約200億美元政府資金支持。\n")
    assert holds(g, "中芯國際", "hasSpec", "200")


def test_a_share_of_another_chips_figure_is_the_subjects(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\nH30 為符合出口規定，限制算力至 H200 的 20%(FP16 算力 200 TFLOPS)，並於今年出貨。\n")
    assert holds(g, "H30", "hasSpec", "20")
    assert holds(g, "H30", "hasSpec", "200")
    assert not holds(g, "H200", "hasSpec", "200")


def test_figure_clauses_after_a_note_go_to_the_chip_its_maker_qualifies(tmp_path):
    # 英偉達最新B300: the maker heads the clause but the chip is the subject; a cue inside the note (需) is no
    # supposition of the clauses after it; a size glued to its memory (288GBHBM3e) is still read
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    g = graph_of(tmp_path / "a", "晶片新聞\n\n作為參照，英偉達最新B300的算力約為3000TFLOPS(換算成FP16需除以4)，配備的是192GBHBM3e，頻寬為6TB/s。\n")
    assert holds(g, "B300", "hasSpec", "192")
    assert holds(g, "B300", "hasSpec", "6")
    # a long note naming the chip again: the figures after it are still the chip's, not the memory's
    g = graph_of(tmp_path / "b", "晶片新聞\n\n作為參照，英偉達最新B300的算力約為3000TFLOPS(B300在FP4標準下算力為15P，1P等於1024T，"
                                 "即15360TTFLOPS，在理想精度無損轉換場景下，FP4算力換算成FP16需除以4)，配備的是192GB HBM3e，頻寬為6TB/s。\n")
    assert holds(g, "B300", "hasSpec", "192")
    assert holds(g, "B300", "hasSpec", "6")
    assert not holds(g, "HBM3e", "hasSpec", "6")


def test_a_registered_capital_names_a_currency_only_when_printed():
    got = {normalize(t).key: [(q.unit, q.measure) for q in find_quantities(normalize(t).key) if q.measure == "registered-capital"]
           for t in ("註冊資本計2041.5億元", "註冊資本為人民幣5億元", "註冊資本計新台幣1.5兆元")}
    assert list(got.values()) == [[("yuan", "registered-capital")], [("CNY", "registered-capital")],
                                  [("TWD", "registered-capital")]]


def test_this_chip_after_a_chip_made_of_others_is_that_chip_not_its_part(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\n會上亦展示以4片B300與2顆Grace CPU組合而成的GB300超級晶片，黃仁勳表示這款晶片售價不菲，"
                           "相比上一代GB200，效能提高3倍。\n")
    assert holds(g, "GB300", "comparedWith", "GB200")
    assert not holds(g, "B300", "comparedWith", "GB200")
