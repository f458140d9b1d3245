"""Two more ways Taiwan's press credits a reporter: the outlet and the reporter in lenticular brackets
opening a story (【某某快報/某某】, 〔某某時報／記者某某〕), and the day in digits before the reporter's name
and 綜合外電報導 after it. Names and sentences invented for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402
from relation_scoring import graph_of, holds  # noqa: E402


def test_a_bracket_credit_names_the_reporter_and_the_outlet(tmp_path):
    text = "【晨星快報/莊品澤】經濟部週一公告新增五家企業至管制名單。"
    assert "莊品澤" in mentions(text, "Person")
    assert "晨星快報" in mentions(text, "Organization")
    g = graph_of(tmp_path, "標題\n\n" + text)
    assert holds(g, "莊品澤", "affiliatedWith", "晨星快報")


def test_a_bracket_credit_with_the_reporters_role():
    text = "〔南方時報／記者簡宜蓁〕台積電昨日公布營收。"
    assert "簡宜蓁" in mentions(text, "Person")


def test_a_bracket_holding_no_outlet_and_name_is_no_credit():
    # a headline tag in brackets: neither half is a name
    assert mentions("【市場觀察/晶片股】台積電股價走高。", "Person") == {}


def test_a_dated_credit_line_names_the_reporter():
    text = "20240524溫家綸/綜合外電報導\n南韓政府宣布新一輪半導體補助。"
    assert "溫家綸" in mentions(text, "Person")
    assert mentions("20240524市場快訊/綜合外電報導\n南韓政府宣布補助。", "Person") == {}
