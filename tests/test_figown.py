"""FIGOWN lane: a figure kg reads goes to its owner — the company a results page or a broker's note heads with
its stock code, a results line opening with its period (3Q25, 25Q1-Q3), a result set against what was expected,
a result conceded before the next. Sentences written for these tests, not taken from any newspaper (real
company names only)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402



def _types(g, label: str) -> set[str]:
    return {a.get("type") for _n, a in g.nodes(data=True) if a.get("label") == label and a.get("mention_count")}


def test_a_page_headed_with_a_company_and_its_stock_code_is_about_it(tmp_path):
    # the body names a client more often than the company; 公司 is still the company of the heading
    g = graph_of(tmp_path, "瑞昱(2379)：客戶拉貨轉強 業績回溫\n\n"
                           "蘋果新機熱賣，蘋果拉貨力道強勁。公司前三季度實現營收812.5億元，毛利率為44.6%。\n")
    assert holds(g, "瑞昱", "hasSpec", "812.5")
    assert holds(g, "瑞昱", "hasSpec", "44.6")
    assert not holds(g, "蘋果", "hasSpec", "812.5")
    # another company printed with its code in the heading: whose page it is cannot be told
    g = graph_of(tmp_path, "瑞昱(2379)與聯詠(3034)：客戶拉貨轉強\n\n"
                           "蘋果新機熱賣，蘋果拉貨力道強勁。公司前三季度實現營收812.5億元。\n")
    assert not holds(g, "瑞昱", "hasSpec", "812.5")
    assert not holds(g, "聯詠", "hasSpec", "812.5")


def test_a_fiscal_period_code_is_no_chip(tmp_path):
    g = graph_of(tmp_path, "業績快報\n\n聯詠3Q25營收95.3億元，2Q25營收88億元，1H25營收180億元，4Q2024營收90億元。\n")
    for code in ("3Q25", "2Q25", "1H25", "4Q2024"):
        assert "Chip" not in _types(g, code)
    assert holds(g, "聯詠", "hasSpec", "95.3")


def test_a_results_line_opening_with_its_period_is_the_companys(tmp_path):
    g = graph_of(tmp_path, "業績點評\n\n聯詠(3034)\n\n據公司三季報，25Q1-Q3實現營收281.4億元，同比增長5%。"
                           "其中3Q25實現營收93.2億元。25H1毛利率為37.8%。\n")
    assert holds(g, "聯詠", "hasSpec", "281.4")
    assert holds(g, "聯詠", "hasSpec", "93.2")
    assert holds(g, "聯詠", "hasSpec", "37.8")


def test_a_result_set_against_expectations_is_no_forecast(tmp_path):
    g = graph_of(tmp_path, "業績點評\n\n聯詠發布三季報，前三季營收281.4億元，與此前預期一致。25Q3單季營收93.2億元，毛利率為36.1%。\n")
    assert holds(g, "聯詠", "hasSpec", "93.2")
    assert holds(g, "聯詠", "hasSpec", "36.1")
    # a forecast before still keeps the figures after it from the company
    g = graph_of(tmp_path, "業績點評\n\n聯詠發布三季報，前三季營收281.4億元。法人預期明年需求轉強。營收將達400億元。\n")
    assert not holds(g, "聯詠", "hasSpec", "400")


def test_a_conceded_result_is_the_companys(tmp_path):
    g = graph_of(tmp_path, "業績點評\n\n聯詠發布年報，營收達281.4億元。儘管淨利潤同比下滑9.5%至46.2億元，但毛利率為38.5%。\n")
    assert holds(g, "聯詠", "hasSpec", "46.2")
    assert holds(g, "聯詠", "hasSpec", "38.5")
