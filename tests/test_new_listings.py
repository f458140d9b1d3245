"""Listing news names the week's new shares by their companies, most of them in no lexicon
(創業板新股分別有甲、乙、丙): each member is a company listed on that board. Listing boards besides the
exchanges are known by name (上證主板, 深市主板, 港股主板, 新三板). Sentences and names invented for these
tests, each with a near miss."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402
from relation_scoring import graph_of, holds  # noqa: E402

WEEK = "本周共有4只新股申购，创业板新股分别有澄岳光电、嵘川化学、翊星电子，科创板新股为峦芯微，沪市主板新股为恒昱科技。"


def test_the_new_shares_of_a_board_are_companies_listed_on_it(tmp_path):
    g = graph_of(tmp_path, "新股週報\n\n" + WEEK)
    for name in ("澄岳光电", "嵘川化学", "翊星电子"):
        assert holds(g, name, "listedOn", "創業板"), name
    assert holds(g, "峦芯微", "listedOn", "科創板")
    assert holds(g, "恒昱科技", "listedOn", "上證主板")
    assert not holds(g, "澄岳光电", "listedOn", "科創板")


@pytest.mark.parametrize("text,name", [
    ("個股方面，澄岳光電、嵘川化學、翊星電子盤中漲停。", "嵘川化學"),
    ("概念股包括澄岳光電、嵘川化學等。", "澄岳光電"),
])
def test_other_lists_of_shares_name_companies(text, name):
    assert name in mentions(text, "Company")


@pytest.mark.parametrize("text", [
    "投資者可關注新股申購、發行、上市等流程。",  # 新股 not linked to the list
    "新股為一般、新穎、創新的類型。",  # common words are no names
    "公司計劃發行新股、債券、可轉債等。",
])
def test_words_after_new_shares_that_are_no_names_stay_unlinked(text):
    assert mentions(text, "Company") == {}


def test_a_bare_main_board_is_a_motherboard_not_an_exchange():
    assert mentions("華碩推出新款主板，支援DDR5記憶體。", "Exchange") == {}
    assert mentions("該公司擬轉至深市主板上市。", "Exchange") == {"深市主板": "深證主板"}
    # the main board of Hong Kong is the exchange a listing names
    assert mentions("該公司於港交所主板上市。", "Exchange") == {"港交所主板": "香港交易所"}
