"""CARRY lane: relations whose subject a clause leaves out because the text is already about it — the time, aim
and means words a clause opens with before its verb (近期推出… / 計劃於明年推出… / 通過自研…), a company's investors
or shareholders named with the company left out (投資方包括乙 / 其控股股東為乙), and no carry when two companies fit.
Sentences and names written for these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

TITLE = "新品消息\n\n"


def test_a_launch_after_a_time_word_is_the_companys(tmp_path):
    text = TITLE + "聯發科是一家晶片設計公司。近期推出TX-7700芯片，主攻邊緣運算。\n"
    g = graph_of(tmp_path, text)
    assert rules_of(g, "聯發科", "develops", "TX-7700") == {"develops.launch.topic"}


def test_a_launch_after_a_season_of_a_year_is_the_companys(tmp_path):
    g = graph_of(tmp_path, TITLE + "聯發科是一家晶片設計公司。2027年初推出TX-7700芯片。\n")
    assert holds(g, "聯發科", "develops", "TX-7700")


def test_a_planned_launch_is_marked_planned(tmp_path):
    g = graph_of(tmp_path, TITLE + "聯發科是一家晶片設計公司。計劃於明年推出TX-7700芯片。\n")
    assert rules_of(g, "聯發科", "develops", "TX-7700") == {"develops.launch.topic.planned"}


def test_a_means_before_the_verb_is_passed_over(tmp_path):
    g = graph_of(tmp_path, TITLE + "聯發科是一家晶片設計公司。同時通過自研TX-7700芯片降低成本。\n")
    assert holds(g, "聯發科", "develops", "TX-7700")


def test_two_companies_before_the_clause_carry_nothing(tmp_path):
    # 聯發科 heads the sentence, but the plan is 高通's: who launches cannot be told
    text = TITLE + "聯發科公布高通的產品計劃：2027年初推出TX-7700芯片。聯發科是一家晶片設計公司。2027年初推出TX-8800芯片。\n"
    g = graph_of(tmp_path, text)
    assert "develops.launch.topic" not in rules_of(g, "聯發科", "develops", "TX-7700")
    assert "develops.launch.topic" in rules_of(g, "聯發科", "develops", "TX-8800")


def test_investors_listed_with_the_company_left_out_invest_in_it(tmp_path):
    text = TITLE + "聯發科完成新一輪融資。聯發科是一家晶片設計公司。投資方包括紅杉中國、騰訊和字節跳動。\n"
    g = graph_of(tmp_path, text)
    for investor in ("紅杉中國", "騰訊", "字節跳動"):
        assert rules_of(g, investor, "investsIn", "聯發科") == {"pair.investsIn.roles.topic"}


def test_a_controlling_shareholder_of_the_company_left_out(tmp_path):
    g = graph_of(tmp_path, TITLE + "聯發科完成新一輪融資。聯發科是一家晶片設計公司。其控股股東為騰訊。\n")
    assert holds(g, "騰訊", "investsIn", "聯發科")


def test_shareholders_after_another_companys_stake_are_not_carried(tmp_path):
    # the sentence before says 騰訊 bought into 高通: the holders after it are not 騰訊's
    text = TITLE + "聯發科完成新一輪融資。投資方包括字節跳動。騰訊宣布入股高通。股東包括紅杉中國。\n"
    g = graph_of(tmp_path, text)
    assert holds(g, "字節跳動", "investsIn", "聯發科")
    assert not holds(g, "紅杉中國", "investsIn", "騰訊")
    assert not holds(g, "紅杉中國", "investsIn", "聯發科")
