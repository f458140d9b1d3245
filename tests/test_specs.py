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
