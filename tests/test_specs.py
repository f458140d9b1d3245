"""SPECS lane: a company's figures as results pages print them — a guidance range, the people a plant hires or
the jobs it creates, Taiwan's 純益 and 每股純益, analysts' periods (2025H1, Q2) and a signed growth (同比+12%), a
verb of achieving before the figure (第三季度實現營業收入…) — given to the company, also where the company is left
out of the clause. Sentences written for these tests, not taken from any newspaper (real company names only; the
figures are invented)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

from kg.normalize import normalize  # noqa: E402
from kg.quantities import find_quantities  # noqa: E402


def _figures(text: str) -> list[tuple[str, Decimal, Decimal | None, str, str]]:
    return [(q.kind, q.value, q.lower, q.unit, q.measure) for q in find_quantities(normalize(text).key)]


def test_a_guidance_range_is_read_with_both_ends():
    assert _figures("毛利率指引介乎21%至23%") == [("company-ratio", Decimal(23), Decimal(21), "%", "gross-margin")]
    assert _figures("毛利率中位數約41%")[0][:2] == ("company-ratio", Decimal(41))


def test_guidance_of_a_company_left_out_goes_to_it(tmp_path):
    g = graph_of(tmp_path, "財報\n\n華虹半導體公布第二季業績，第三季毛利率指引介乎21%至23%。\n")
    assert holds(g, "華虹半導體", "hasSpec", "23")


def test_people_hired_and_jobs_created_are_the_companys(tmp_path):
    assert _figures("預計僱用2300名員工")[0][:5] == ("company-jobs", Decimal(2300), None, "people", "employees")
    assert _figures("將創造約4,200個高科技工作機會")[0][:5] == ("company-jobs", Decimal(4200), None, "jobs", "jobs-created")
    g = graph_of(tmp_path, "設廠\n\n英特爾在馬來西亞的新封裝廠將僱用2300名員工。格芯的新廠將創造約4,200個工作機會。\n")
    assert holds(g, "英特爾", "hasSpec", "2300")
    assert holds(g, "格芯", "hasSpec", "4200")
    # 提供 / 帶來 are no verbs of hiring: a market or a policy brings jobs too
    assert not [f for f in _figures("半導體產業將帶來5000個就業機會") if f[0] == "company-jobs"]


def test_taiwans_net_profit_and_eps(tmp_path):
    assert _figures("稅後純益為8.45億元")[0][4] == "net-profit"
    assert _figures("每股稅後純益7.21元")[0][:2] == ("company-per-share", Decimal("7.21"))
    g = graph_of(tmp_path, "財報\n\n力積電今日公布財報，稅後純益為8.45億元，每股稅後純益7.21元。\n")
    assert holds(g, "力積電", "hasSpec", "8.45億元")
    assert holds(g, "力積電", "hasSpec", "7.21")


def test_carried_results_with_a_verb_of_achieving(tmp_path):
    g = graph_of(tmp_path, "財報\n\n兆易創新公布三季報。第三季度實現營業收入31.4億元，同比增長18.62%。\n")
    assert holds(g, "兆易創新", "hasSpec", "31.4億元")
    assert holds(g, "兆易創新", "hasSpec", "18.62")
    # not after someone else's saying: a forecast is no result
    g = graph_of(tmp_path, "財報\n\n分析師認為兆易創新前景看好。第三季度實現營業收入31.4億元。\n")
    assert not holds(g, "兆易創新", "hasSpec", "31.4億元")


def test_carried_results_with_analysts_periods_and_signed_growth(tmp_path):
    g = graph_of(tmp_path, "財報\n\n北方華創發布半年報。2025H1 公司營收41.2億元，同比+22.17%。25H1毛利率為43.5%。\n")
    assert holds(g, "北方華創", "hasSpec", "41.2億元")
    assert holds(g, "北方華創", "hasSpec", "22.17")
    assert holds(g, "北方華創", "hasSpec", "43.5")


def test_a_listing_tranche_before_its_oversubscription(tmp_path):
    g = graph_of(tmp_path, "上市\n\n地平線今日在港上市。公開發售部分超購32.5倍，一手中籤率15%。\n")
    assert holds(g, "地平線", "hasSpec", "32.5")
    assert holds(g, "地平線", "hasSpec", "15")


def test_taiwans_operating_profit_and_eps_words(tmp_path):
    assert _figures("營業利益12.5億元")[0][4] == "operating-profit"
    assert _figures("單季EPS約6.4元")[0][:2] == ("company-per-share", Decimal("6.4"))
    g = graph_of(tmp_path, "財報\n\n南亞科公布財報，營業利益12.5億元，每股獲利1.3元。\n")
    assert holds(g, "南亞科", "hasSpec", "12.5億元")
    assert holds(g, "南亞科", "hasSpec", "1.3")


# --- review of the SPECS lane: false facts first -------------------------------------------------------------------

def test_someone_elses_job_claim_is_not_the_companys(tmp_path):
    """Jobs in chip news are often a politician's, a region's or the suppliers' claim: the company takes only the
    jobs of its own clause (or of a clause right after it with no subject of its own)."""
    text = ("設廠\n\n"
            "美光赴美設廠，州長稱新法案將創造80萬個工作機會。\n"
            "格芯市值大漲，總統稱晶片將為美國創造60萬個工作機會。\n"
            "三星供應鏈廠商在德州將創造2萬個工作機會。\n"
            "英特爾在俄亥俄州設廠，當地官員表示，整個園區未來將創造5萬個工作機會。\n"
            "聯電擴產，稱AI將為中國創造70萬個工作機會。\n")
    g = graph_of(tmp_path, text)
    for company, figure in (("美光", "800000"), ("格芯", "600000"), ("三星", "20000"), ("英特爾", "50000"),
                             ("聯電", "700000")):
        assert not holds(g, company, "hasSpec", figure), (company, figure)


def test_a_country_named_between_is_no_place_of_the_company(tmp_path):
    # 美國 is recognized as a place: the market share of a country is not the company's
    g = graph_of(tmp_path, "設廠\n\n三星赴美設廠，稱美國晶片市占率將達27%。\n")
    assert not holds(g, "三星", "hasSpec", "27")


def test_an_analysts_forecast_range_or_eps_is_not_the_companys(tmp_path):
    assert not [f for f in _figures("毛利率預期介乎16%至19%") if f[0] == "company-ratio" and f[2] is not None]
    g = graph_of(tmp_path, "財報\n\n分析師認為華虹半導體第四季毛利率預期介乎16%至19%。法人預估聯發科明年EPS達61元。\n")
    assert not holds(g, "華虹半導體", "hasSpec", "19")
    assert not holds(g, "聯發科", "hasSpec", "61")


def test_jobs_of_a_fab_and_planned_hiring_are_read(tmp_path):
    g = graph_of(tmp_path, "設廠\n\n英特爾在波蘭的晶圓廠將創造2600個工作機會。美光在廣島設廠，預計僱用1900名員工。\n")
    assert holds(g, "英特爾", "hasSpec", "2600")
    assert holds(g, "美光", "hasSpec", "1900")
    # one clause of building its plant may stand between; a saying may not
    g = graph_of(tmp_path, "設廠\n\n美光投資超過90億元，在新加坡打造新封裝廠，可創造1300個工作崗位。\n"
                           "英特爾投資50億元，在馬來西亞興建封裝廠，州長稱將創造9000個工作機會。\n")
    assert holds(g, "美光", "hasSpec", "1300")
    assert not holds(g, "英特爾", "hasSpec", "9000")


def test_common_forms_of_a_jobs_count():
    assert _figures("將創造2.5萬個工作機會")[0][:2] == ("company-jobs", Decimal(25000))
    assert _figures("創造了4100個工作機會")[0][:2] == ("company-jobs", Decimal(4100))
    assert _figures("將創造3100個以上工作機會")[0][:2] == ("company-jobs", Decimal(3100))


def test_taiwans_operating_profit_carried_and_operating_loss(tmp_path):
    g = graph_of(tmp_path, "財報\n\n力積電公布財報。第三季營業利益7.4億元。\n")
    assert holds(g, "力積電", "hasSpec", "7.4億元")
    assert _figures("營業虧損18億元")[0][4] == "operating-loss"
    assert _figures("營業損失18億元")[0][4] == "operating-loss"


def test_a_typeset_minus_sign_is_a_decline(tmp_path):
    assert _figures("同比−6.3%")[0][:2] == ("company-growth", Decimal("6.3"))
    assert _figures("同比−6.3%")[0][4] == "decline"
    g = graph_of(tmp_path, "財報\n\n中芯國際第三季營收21億元，同比−6.3%。\n")
    assert holds(g, "中芯國際", "hasSpec", "6.3")


def test_a_rivals_or_markets_signed_growth_is_not_the_companys(tmp_path):
    # (a guard: this held before the review fixes too)
    g = graph_of(tmp_path, "財報\n\n華虹半導體第三季營收20億元，同比+12%，而競爭對手同比-8%。\n"
                           "華虹半導體公布財報。第三季營收20億元，同比+12%，全球晶圓代工市場同比-8%。\n")
    assert holds(g, "華虹半導體", "hasSpec", "12")
    assert not holds(g, "華虹半導體", "hasSpec", "8")


# ------------------------------------------------------------------------------------------------
# SPECS lane, round 20: the figures of a launch — a rack's GPUs, a CPU's cores, compute in AI TOPS or with a
# thousands separator, a device's weight, a power change against a predecessor — read and given to the chip,
# system or rack the passage is about. Invented sentences (real names only; the figures are invented).
# ------------------------------------------------------------------------------------------------

def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    key = normalize(text).key
    return [(key[q.start:q.end], q.value, q.unit, q.measure) for q in find_quantities(key)]


def test_compute_with_a_thousands_separator_is_read_whole(tmp_path):
    # before: 2,000 TOPS was read as "000 TOPS", a figure of 0, and 3,456 TFLOPS as 456
    assert _read("可提供2,000 TOPS的AI效能")[0][1:] == (Decimal(2000), "TOPS", "compute")
    assert _read("峰值可達3,456 TFLOPS")[0][1:] == (Decimal(3456), "TFLOPS", "compute")
    g = graph_of(tmp_path, "新品\n\nGoogle發表TPU「Ironwood」，每顆晶片可提供3,456 TFLOPS運算能力。\n")
    assert holds(g, "Ironwood", "hasSpec", "3456")


def test_a_devices_weight_is_read_only_after_a_word_for_weight():
    assert _read("整座機架重量高達4,500磅")[0][1:] == (Decimal(4500), "lb", "weight")
    assert _read("這台筆電淨重約1.3公斤")[0][1:] == (Decimal("1.3"), "kg", "weight")
    # a tonnage of materials is no device's weight
    assert not [f for f in _read("去年出口2萬噸鎵金屬") if f[3] == "weight"]


def test_cores_counted_before_their_description_are_read(tmp_path):
    assert _read("將搭載64組基於Arm架構的客製化核心")[0][:2] == ("64组", Decimal(64))
    assert _read("內建12核心Arm架構處理器")[0][:2] == ("12核心", Decimal(12))
    g = graph_of(tmp_path, "新品\n\n英偉達的Grace CPU搭載64組基於Arm Neoverse架構的客製化核心。\n")
    assert holds(g, "Grace CPU", "hasSpec", "64")


def test_the_gpus_a_rack_holds_go_to_the_rack(tmp_path):
    g = graph_of(tmp_path, "新品\n\n超微在展會上發表Helios機架。單一Helios機架內含48顆GPU。\n")
    assert holds(g, "Helios", "hasSpec", "48")
    # 分別支持128張與256張GPU卡: the counts are two systems', not the chip's named before
    g = graph_of(tmp_path, "新品\n\n百度將推出兩款超節點，均搭載昆侖芯P800晶片，最高分別支持128張與256張GPU卡互聯。\n")
    assert not holds(g, "昆侖芯P800", "hasSpec", "256")


def test_a_rack_whose_weight_is_printed_in_the_next_sentence_owns_it(tmp_path):
    g = graph_of(tmp_path, "新品\n\n超微在展會上發表Helios機架。這款機架重量高達3,000磅。\n")
    assert holds(g, "Helios", "hasSpec", "3000")


def test_a_power_change_against_a_predecessor_is_the_chips(tmp_path):
    assert [f[3] for f in _read("功率降低25%")] == ["power-decrease"]
    g = graph_of(tmp_path, "新品\n\n高通表示，和前代相比，驍龍8 Elite的速度提升12%、功率降低25%。\n")
    assert holds(g, "驍龍8 Elite", "hasSpec", "25")

