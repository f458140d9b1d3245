"""Sixth-round generic rules (ontology/rules/relations.toml, generic.<predicate>.<n>): sentences written
for these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def test_memory_supplied_for_a_chip_is_used_by_it_and_made_by_the_supplier(tmp_path):
    g = graph_of(tmp_path, "協議內容是為英偉達即將推出的B200加速器提供SK海力士下一代HBM4。\n")
    assert holds(g, "B200", "uses", "HBM4")
    assert holds(g, "SK海力士", "develops", "HBM4")
    assert not holds(g, "英偉達", "develops", "HBM4")


def test_selling_to_a_company_makes_it_a_customer(tmp_path):
    g = graph_of(tmp_path, "英偉達上週表示，未來三年將向Meta公司出售大批AI芯片。\n")
    assert holds(g, "英偉達", "manufacturesFor", "Meta")
    assert not holds(g, "Meta", "manufacturesFor", "英偉達")


def test_customers_relying_on_suppliers(tmp_path):
    g = graph_of(tmp_path, "小米、戴爾等電腦廠商長期依賴英特爾和AMD提供處理器。\n")
    for maker in ("英特爾", "AMD"):
        for client in ("小米", "戴爾"):
            assert holds(g, maker, "manufacturesFor", client)
    assert not holds(g, "小米", "manufacturesFor", "英特爾")


def test_a_chip_reaching_the_level_of_another(tmp_path):
    g = graph_of(tmp_path, "測試顯示，昇騰910B的綜合性能已達到英偉達A100的水平。\n")
    assert holds(g, "昇騰910B", "comparedWith", "A100")


def test_rivals_ranked_against_each_other(tmp_path):
    g = graph_of(tmp_path, "在代工市場上，聯電的份額仍然落後台積電。\n")
    assert holds(g, "聯電", "comparedWith", "台積電")


def test_a_negated_ranking_is_not_asserted(tmp_path):
    g = graph_of(tmp_path, "在代工市場上，聯電的份額並未落後台積電。\n")
    assert not holds(g, "聯電", "comparedWith", "台積電")


def test_a_reporter_in_a_dateline_works_for_the_agency(tmp_path):
    g = graph_of(tmp_path, "（中央社記者張永泰台北5日電）台積電今天公告新的投資計畫，預計明年完工。\n")
    assert holds(g, "張永泰", "affiliatedWith", "中央社")
