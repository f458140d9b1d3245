"""A news agency that opens a sentence with its report (路透社報道，…; 某社11月5日電，…) is the source of the
report, not a party to what it reports. Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


@pytest.mark.parametrize("text,agency,party", [
    ("路透社報道，美國民主黨與共和黨就晶片法案達成協議。", "路透社", "共和黨"),
    ("财联社11月5日电，英特尔与三星达成合作协议。", "财联社", "三星"),
    ("彭博社引述知情人士，英特爾與三星將簽署合作協議。", "彭博社", "三星"),
])
def test_the_agency_reporting_is_no_partner(tmp_path, text, agency, party):
    g = graph_of(tmp_path, "標題\n\n" + text)
    assert not holds(g, agency, "partnerOf", party)


def test_the_subject_after_a_speech_verb_still_carries_over(tmp_path):
    # 表示 is said by a party itself: the company stays the subject of what follows
    g = graph_of(tmp_path, "標題\n\n英特爾表示，將與三星合作開發新製程。")
    assert holds(g, "英特爾", "partnerOf", "三星")


def test_an_agency_acting_itself_is_still_a_party(tmp_path):
    g = graph_of(tmp_path, "標題\n\n路透社與彭博社合作推出新的數據服務。")
    assert holds(g, "路透社", "partnerOf", "彭博社")
