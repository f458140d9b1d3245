"""COMPARE lane: the forms in which the press sets one chip or company against another — a cut-down or upgraded
version, a multiple or a share of another chip, a nickname after a foreign rival (平替, 中國版X, 「中國X」), a rank
behind others, a company's products benchmarked against a rival's, a challenge to a rival's lead, the gap between
two companies — and what is no such comparison (a price or a salary, a negated or hypothetical one, an order of
events). Sentences written for these tests, not taken from any newspaper (real company names only)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def compared(g, a: str, b: str) -> bool:
    """comparedWith is symmetric: either direction states it."""
    return holds(g, a, "comparedWith", b) or holds(g, b, "comparedWith", a)


def page(tmp_path: Path, name: str, body: str):
    d = tmp_path / name
    d.mkdir()
    return graph_of(d, "晶片新聞\n\n" + body + "\n")


def test_a_cut_down_or_upgraded_version_is_compared_with_the_chip_it_is_a_version_of(tmp_path):
    g = page(tmp_path, "a", "分析師認為，H20其實是美國禁止出口的H100晶片的閹割版。")
    assert compared(g, "H20", "H100")
    g = page(tmp_path, "b", "超微發表MI355X加速器，作為現有MI300X的升級版，今年出貨。")
    assert compared(g, "MI355X", "MI300X")
    g = page(tmp_path, "c", "英偉達當年為中國市場推出H100的特供版H800。")
    assert compared(g, "H800", "H100")
    # denied or supposed: no comparison
    g = page(tmp_path, "d", "英偉達強調，H20並非H100的降規版。")
    assert not compared(g, "H20", "H100")
    g = page(tmp_path, "e", "如果H20只是H100的降規版，管制就形同虛設。")
    assert not compared(g, "H20", "H100")


def test_a_multiple_or_share_of_a_described_chip_is_a_comparison_and_a_figure(tmp_path):
    g = page(tmp_path, "a", "報告稱，昇騰920的效能是美國允許出口中國的最強晶片H20的近3倍。")
    assert compared(g, "昇騰920", "H20")
    assert holds(g, "昇騰920", "hasSpec", "3")
    assert not holds(g, "H20", "hasSpec", "3")
    # a share printed in tenths is the chip's figure as a percentage
    g = page(tmp_path, "b", "測試顯示，昇騰920的算力僅為H100的六成。")
    assert compared(g, "昇騰920", "H100")
    assert holds(g, "昇騰920", "hasSpec", "60")
    # a cost in tenths is no chip's figure, nor a comparison of chips (COMPARE review: the earlier case here,
    # 算力已成為…, could never match)
    g = page(tmp_path, "c", "據估計，H20的成本是H100的三成。")
    assert not holds(g, "H20", "hasSpec", "30")
    assert not compared(g, "H20", "H100")


def test_a_price_or_a_salary_set_against_another_is_no_chip_comparison(tmp_path):
    g = page(tmp_path, "a", "業界估計，H200的售價是H20的2倍。")
    assert not compared(g, "H200", "H20")
    assert not holds(g, "H200", "hasSpec", "2")
    # the same wording of performance is one
    g = page(tmp_path, "b", "業界估計，H200的效能是H20的2倍。")
    assert compared(g, "H200", "H20")


def test_a_nickname_after_a_foreign_rival_sets_the_companies_against_each_other(tmp_path):
    g = page(tmp_path, "a", "被投資人寄予「英特爾平替」厚望的海光信息今天公布業績。")
    assert compared(g, "海光信息", "英特爾")
    g = page(tmp_path, "b", "市值暴漲之後，壁仞科技被冠以「中國輝達」的稱號。")
    assert compared(g, "壁仞科技", "英偉達")
    g = page(tmp_path, "c", "被業界譽為「中國版AMD」的GPU廠商沐曦昨天上市。")
    assert compared(g, "沐曦", "超微半導體")
    # a quoted company with no nickname word is no nickname
    g = page(tmp_path, "d", "被市場稱為「英偉達」供應鏈核心的台積電今天公布財報。")
    assert not compared(g, "台積電", "英偉達")


def test_a_rank_behind_others_compares_the_company_with_each(tmp_path):
    g = page(tmp_path, "a", "鎧俠在快閃記憶體市場的市占率約15%，居三星電子、SK海力士之後。")
    assert compared(g, "鎧俠", "三星電子")
    assert compared(g, "鎧俠", "SK海力士")
    g = page(tmp_path, "b", "美光在記憶體市場的份額僅次於三星電子和SK海力士兩大巨頭。")
    assert compared(g, "美光", "SK海力士")
    # an order of events is no rank
    g = page(tmp_path, "c", "台積電在英特爾之後宣布擴產。")
    assert not compared(g, "台積電", "英特爾")


def test_a_companys_products_against_a_rivals_line_and_its_lead(tmp_path):
    g = page(tmp_path, "a", "海光信息的產品直接對標英特爾CPU。")
    assert compared(g, "海光信息", "英特爾")
    g = page(tmp_path, "b", "超微推出新款加速器，直接挑戰輝達在資料中心市場的主導地位。")
    assert compared(g, "超微半導體", "英偉達")
    # an attempt reported is not read as done (the hypothetical cue 試圖)
    g = page(tmp_path, "c", "超微試圖挑戰輝達的霸主地位。")
    assert not compared(g, "超微半導體", "英偉達")
    # someone else's challenge, reported by a company
    g = page(tmp_path, "d", "英偉達表示，國內廠商正在挑戰英特爾的主導地位。")
    assert not compared(g, "英偉達", "英特爾")


def test_the_gap_between_two_companies_and_results_set_side_by_side(tmp_path):
    g = page(tmp_path, "a", "中芯國際跟台積電的差距還有多大？")
    assert compared(g, "中芯國際", "台積電")
    g = page(tmp_path, "b", "聯發科與高通業績高下立見。")
    assert compared(g, "聯發科", "高通")
    # a cooperation is no gap
    g = page(tmp_path, "c", "中芯國際與台積電的合作由來已久。")
    assert not compared(g, "中芯國際", "台積電")


def test_a_chip_compared_with_each_of_a_fronted_list_and_a_described_rival(tmp_path):
    g = page(tmp_path, "a", "相較於CPU及GPU，NPU在推理時更省電。")
    assert compared(g, "NPU", "CPU")
    assert compared(g, "NPU", "GPU")
    g = page(tmp_path, "b", "昇騰920的性能超越了英偉達專供中國市場的特供晶片H20。")
    assert compared(g, "昇騰920", "H20")
    # a company is not compared with the chip (like with like)
    assert not compared(g, "昇騰920", "英偉達")


def test_a_chip_placed_between_two_described_others_or_replacing_another(tmp_path):
    g = page(tmp_path, "a", "昇騰920在浮點算力、訪存帶寬、互聯帶寬三個指標上的能力，介於英偉達的旗艦晶片H200和上一代晶片H100之間。")
    assert compared(g, "昇騰920", "H200")
    assert compared(g, "昇騰920", "H100")
    g = page(tmp_path, "b", "測試結果顯示，H30晶片足以替代H20。")
    assert compared(g, "H30", "H20")
    # a replacement only hoped for is not stated (the hypothetical cue 可望)
    g = page(tmp_path, "c", "昇騰920可望全面取代H20。")
    assert not compared(g, "昇騰920", "H20")


def test_a_comparison_opening_with_what_is_measured_is_the_chip_talked_about(tmp_path):
    g = page(tmp_path, "a", "摩爾線程今天發布MTT S5000。性能接近英偉達H100，功耗更低。")
    assert compared(g, "MTT S5000", "H100")
    g = page(tmp_path, "b", "華為推出昇騰920晶片，實測算力是英偉達H20的3倍。")
    assert compared(g, "昇騰920", "H20")
    assert holds(g, "昇騰920", "hasSpec", "3")
    g = page(tmp_path, "c", "華為推出昇騰920晶片。效能僅為英偉達H100的六成。")
    assert holds(g, "昇騰920", "hasSpec", "60")
    # a company's sales are no chip's figure
    g = page(tmp_path, "d", "英偉達H20晶片賣得很好。營收是去年的3倍。")
    assert not holds(g, "H20", "hasSpec", "3")


# ---- COMPARE review: sentences that state no comparison (each gave one on the lane's first version) ----

def test_for_the_first_time_at_a_company_is_no_rank(tmp_path):
    # 首次於 / 多次於 hold the characters of 次於 (second to)
    for i, s in enumerate(["英特爾首次於台積電投片生產處理器。", "英特爾多次於台積電下單。",
                           "蘋果公司今年首次於三星電子採購記憶體。", "英特尔首次于台积电投片生产处理器。"]):
        g = page(tmp_path, f"n{i}", s)
        assert not compared(g, "英特爾", "台積電") and not compared(g, "蘋果公司", "三星電子"), s
    # a rank is still read
    g = page(tmp_path, "r", "英特爾的晶圓代工規模僅次於台積電。")
    assert compared(g, "英特爾", "台積電")


def test_a_measure_opening_a_relative_clause_or_a_question_is_not_the_chip_talked_about(tmp_path):
    cases = [("華為推出昇騰920晶片。性能是H20的3倍的B30A也將在明年推出。", "H20"),
             ("华为推出昇腾920芯片。性能是H20的3倍的B30A也将在明年推出。", "H20"),
             ("華為推出昇騰920晶片。性能接近H100的國產晶片越來越多。", "H100"),
             ("華為推出昇騰920晶片。效能超過H20的產品目前只有B30A。", "H20")]
    for i, (s, other) in enumerate(cases):
        g = page(tmp_path, f"n{i}", s)
        assert not compared(g, "昇騰920", other), s
        assert not holds(g, "昇騰920", "hasSpec", "3"), s
    g = page(tmp_path, "q", "英偉達推出B30A晶片。算力是否超過H20仍待驗證。")
    assert not compared(g, "B30A", "H20")


def test_a_multiple_of_what_is_no_chip_measure_is_no_comparison(tmp_path):
    cases = [("H20在中國的售價也是H100的兩倍。", "H20", "H100", "2"),
             ("昇騰920自推出至今，出貨量已是H100的3倍。", "昇騰920", "H100", "3"),
             ("H20的出口量降至H100的15%。", "H20", "H100", "15"),
             ("昇騰920今年的產量是H100的3倍。", "昇騰920", "H100", "3"),
             ("昇騰920的訂單量是H100的3倍。", "昇騰920", "H100", "3"),
             ("昇騰920的市占率是英偉達H20的3倍。", "昇騰920", "H20", "3"),
             ("H20的庫存是H100的3倍。", "H20", "H100", "3"),
             ("H20的交貨周期是H100的3倍。", "H20", "H100", "3")]
    for i, (s, a, b, n) in enumerate(cases):
        g = page(tmp_path, f"n{i}", s)
        assert not compared(g, a, b), s
        assert not holds(g, a, "hasSpec", n), s
    # what a chip measures still is one
    g = page(tmp_path, "p", "昇騰920的推理性能已是H100的3倍。")
    assert compared(g, "昇騰920", "H100")
    assert holds(g, "昇騰920", "hasSpec", "3")


def test_a_place_and_a_company_in_quotes_is_no_nickname(tmp_path):
    g = page(tmp_path, "a", "來自「美國英偉達」的大客戶阿里巴巴今天宣布採購計畫。")
    assert not compared(g, "阿里巴巴", "英偉達")
    g = page(tmp_path, "b", "華為有「美國高通」的供應合約。")
    assert not compared(g, "華為", "高通")
    # 有 with 之稱 after the quote names one, 國產 before the rival
    g = page(tmp_path, "c", "海光信息有「國產英特爾平替」之稱。")
    assert compared(g, "海光信息", "英特爾")


def test_a_customer_targeted_or_a_benchmark_denied_is_no_rival(tmp_path):
    g = page(tmp_path, "a", "三星電子瞄準英偉達HBM4訂單。")
    assert not compared(g, "三星電子", "英偉達")
    g = page(tmp_path, "b", "摩爾線程的產品不直接對標輝達GPU。")
    assert not compared(g, "摩爾線程", "英偉達")


def test_a_version_phrase_followed_by_another_chip_does_not_name_it(tmp_path):
    g = page(tmp_path, "a", "英偉達推出A100的升級版以及H20晶片。")
    assert not compared(g, "H20", "A100")
    g = page(tmp_path, "b", "H100的升級版將與B200一起發布。")
    assert not compared(g, "B200", "H100")


def test_a_challenge_in_another_clause_is_not_the_first_companys(tmp_path):
    g = page(tmp_path, "a", "台積電今年營收大增，中國晶片禁令威脅英特爾的主導地位。")
    assert not compared(g, "台積電", "英特爾")


def test_a_hedged_or_suspected_comparison_is_not_asserted(tmp_path):
    for i, s in enumerate(["H20可能是H100的降規版。", "H20或許是H100的降規版。", "H20被懷疑是H100的降規版。",
                           "H20疑似是H100的降規版。"]):
        g = page(tmp_path, f"v{i}", s)
        assert not compared(g, "H20", "H100"), s
    for i, s in enumerate(["昇騰920的性能據稱是H100的3倍。", "昇騰920的性能可能是H100的3倍。"]):
        g = page(tmp_path, f"m{i}", s)
        assert not compared(g, "昇騰920", "H100"), s
        assert not holds(g, "昇騰920", "hasSpec", "3"), s


def test_demand_or_a_price_above_a_described_chip_is_no_chip_comparison(tmp_path):
    g = page(tmp_path, "a", "昇騰920推出後，客戶需求超過英偉達旗艦晶片H100。")
    assert not compared(g, "昇騰920", "H100")
    g = page(tmp_path, "b", "昇騰920的價格超過英偉達的特供晶片H20。")
    assert not compared(g, "昇騰920", "H20")


def test_a_share_in_tenths_printed_in_digits_and_one_not_read(tmp_path):
    g = page(tmp_path, "a", "測試顯示，昇騰920的算力僅為H100的7成。")
    assert holds(g, "昇騰920", "hasSpec", "70")
    # 三成五 (35%) is refused rather than misread as 30%
    g = page(tmp_path, "b", "測試顯示，昇騰920的算力僅為H100的三成五。")
    assert not holds(g, "昇騰920", "hasSpec", "30")
