"""FIGS lane: figures whose owner is the thing talked about, printed where it is not named — a sentence
opening with the figure's name, a comparison whose subject is the chip just launched, a fund's or a company's
registered capital and founding date, a range of money raised, support received. Sentences written for these
tests, not taken from any newspaper (real company names only)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

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


# --- Negative tests (review of the FIGS lane): figures and comparisons that are NOT the chip's or the company's


def test_the_figures_after_the_chip_stop_at_another_owners_figure(tmp_path):
    # HBM容量為…, then a rival's and a rack's figure: only the first clause of figures is the chip's
    g = graph_of(tmp_path, "晶片新聞\n\n寒武紀發布思元690晶片。HBM容量為128GB，競品僅96GB，整機櫃總功耗為120kW。\n")
    assert holds(g, "思元690", "hasSpec", "128")
    assert not holds(g, "思元690", "hasSpec", "96")
    assert not holds(g, "思元690", "hasSpec", "120")


def test_a_figure_of_the_world_or_the_previous_generation_is_not_the_chips(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    g = graph_of(tmp_path / "a", "晶片新聞\n\n寒武紀發布思元690晶片。全球AI算力為800EFLOPS。\n")
    assert not holds(g, "思元690", "hasSpec", "800")
    g = graph_of(tmp_path / "b", "晶片新聞\n\n英偉達推出B300晶片。上一代產品算力為2250TFLOPS。\n")
    assert not holds(g, "B300", "hasSpec", "2250")


def test_a_comparison_made_by_another_speaker_is_not_the_launched_chips(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\n在英偉達發布B300之際，超微表示，與前一代MI300X相比，效能提升3倍。\n")
    assert not holds(g, "B300", "comparedWith", "MI300X")
    assert not holds(g, "B300", "hasSpec", "3")


def test_a_comparison_whose_clause_names_its_own_subject_is_not_the_launched_chips(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "c").mkdir()
    g = graph_of(tmp_path / "a", "晶片新聞\n\n英偉達推出B300晶片。與H100相比，國產晶片算力落後50%。\n")
    assert not holds(g, "B300", "comparedWith", "H100")
    g = graph_of(tmp_path / "b", "晶片新聞\n\n英偉達發表新一代B300晶片。相比前一代H100，華為的昇騰910C效能提升2倍。\n")
    assert not holds(g, "B300", "comparedWith", "H100")
    # past a clause of the sentence's own (投資人指出): whose comparison it is cannot be told
    g = graph_of(tmp_path / "c", "晶片新聞\n\n英偉達發表新一代B300晶片。投資人指出，相比H100，效能提升30%。\n")
    assert not holds(g, "B300", "comparedWith", "H100")
    assert not holds(g, "B300", "hasSpec", "30")


def test_a_share_of_a_price_or_a_yield_is_no_figure_of_the_chip(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    g = graph_of(tmp_path / "a", "晶片新聞\n\nB30的售價為B200的60%。\n")
    assert not holds(g, "B30", "hasSpec", "60")
    g = graph_of(tmp_path / "b", "晶片新聞\n\nH20的良率僅為H100的85%。\n")
    assert not holds(g, "H20", "hasSpec", "85")
    key = normalize("H20的算力為H100的15%").key
    assert [q.value for q in find_quantities(key) if q.kind == "fraction-of"] == [Decimal("15")]


def test_founding_something_else_is_no_founding_date(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    g = graph_of(tmp_path / "a", "公司新聞\n\n摩爾線程在2022年與清華大學合資成立研究院。\n")
    assert not holds(g, "摩爾線程", "hasSpec", "2022")
    g = graph_of(tmp_path / "b", "公司新聞\n\n海光信息在2023年成立上海子公司。\n")
    assert not holds(g, "海光信息", "hasSpec", "2023")


def test_another_companys_capital_and_founding_date_are_not_the_subjects(tmp_path):
    for i, text in enumerate(("英特爾收購乙公司，後者成立於2017年。", "長江存儲的母公司註冊資本為500億元。",
                              "大基金二期投資的壁仞科技在2019年成立。", "英特爾收購了一家新創公司，該公司成立於2017年。")):
        (tmp_path / str(i)).mkdir()
        g = graph_of(tmp_path / str(i), "公司新聞\n\n" + text + "\n")
        assert not holds(g, "英特爾", "hasSpec", "2017")
        assert not holds(g, "長江存儲", "hasSpec", "500")
        assert not holds(g, "國家集成電路產業投資基金二期", "hasSpec", "2019")


def test_support_received_by_a_subsidiary_in_a_country_is_not_the_countrys(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n台積電在日本設立的子公司獲得5億美元資金支持。\n")
    assert not holds(g, "日本", "hasSpec", "5")
    assert not holds(g, "台積電", "hasSpec", "5")


def test_a_registered_capital_in_yen_or_won_names_its_currency():
    for text, unit in (("註冊資本為1000萬日幣", "JPY"), ("註冊資本為500萬韓幣", "KRW")):
        got = [q.unit for q in find_quantities(normalize(text).key) if q.measure == "registered-capital"]
        assert got == [unit]


def test_a_number_format_owns_no_bandwidth(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\n昇騰960支援FP8、INT4，互聯頻寬3TB/s。\n")
    assert not holds(g, "INT4", "hasSpec", "3")
    assert holds(g, "昇騰960", "hasSpec", "3")


def test_figures_of_a_launched_chip_are_marked_carried(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\nH100是英偉達的主力產品。H100銷量大增。H100需求旺盛。英偉達推出H200晶片。HBM容量為141GB。\n")
    assert rules_of(g, "H200", "hasSpec", "141GB") == {"spec.chip-figure.topic"}


def test_a_chips_own_leading_multiple_does_not_hide_it_as_owner(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\nB300的3倍推理性能引人注目，功耗為1200W。\n")
    assert rules_of(g, "B300", "hasSpec", "1200W") == {"spec.chip-figure"}


def test_a_range_of_money_keeps_its_lower_end_too(tmp_path):
    key = normalize("擬集資金額介乎2億至3億美元").key
    got = [q for q in find_quantities(key) if q.unit == "USD"]
    assert [(q.value, q.lower) for q in got] == [(Decimal("300000000"), Decimal("200000000"))]
    g = graph_of(tmp_path, "上市新聞\n\n地平線機器人遞交上市申請，擬集資金額介乎5億至6億美元。\n")
    lows = [d.get("lower") for _n, d in g.nodes(data=True) if d.get("quantity") == Decimal("600000000")]
    assert lows == [Decimal("500000000")]


def test_the_latter_still_stands_for_a_name_after_the_first(tmp_path):
    # 後者 is never the first name of its sentence, but the second one it is
    g = graph_of(tmp_path, "公司新聞\n\n美國制裁華為，後者成立於1987年。\n")
    assert holds(g, "華為", "hasSpec", "1987")


def test_figures_after_a_clause_without_figures_go_on(tmp_path):
    # a clause naming only a technology and printing no figure does not end the chip's figures; a linking word
    # (而) or a carrying verb (並配有) may open the next one
    g = graph_of(tmp_path, "晶片新聞\n\n英偉達推出H30晶片。其72GB HBM3顯存和3TB/s帶寬，正好適合大模型推理，而600GB/s NVLink互聯帶寬"
                           "則方便擴展，並配有6個HBM3堆疊。\n")
    for n in ("72", "3", "600", "6"):
        assert holds(g, "H30", "hasSpec", n)


def test_a_rivals_figure_after_the_chip_named_in_the_sentence_is_not_the_chips(tmp_path):
    g = graph_of(tmp_path, "晶片新聞\n\n英偉達最新B300晶片的算力驚人，配備288GB HBM3e，對手產品僅192GB。\n")
    assert holds(g, "B300", "hasSpec", "288")
    assert not holds(g, "B300", "hasSpec", "192")
