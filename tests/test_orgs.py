"""ORGS lane: public bodies nobody listed, read from their form and context — a country's parliament, court
or police printed with the country's name, a body named with a place printed as a word of its own, a body
under another one (轄下, 旗下的), a body's full name before its Latin name in brackets; and what is no body
(a file-photo credit, 本港大學, a company's unnamed research arm). Invented sentences and bodies; real
country names only."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


@pytest.mark.parametrize("text, name", [
    ("芬蘭國會週二通過晶片補助法案，宏晶科技表示歡迎。", "芬蘭國會"),
    ("芬蘭議會昨日否決了宏晶科技的併購案。", "芬蘭議會"),
    ("芬蘭最高法院裁定宏晶科技勝訴。", "芬蘭最高法院"),
    ("瑞典警方查獲一批走私晶片，宏晶科技配合調查。", "瑞典警方"),
    ("新加坡警察部隊逮捕三名涉嫌走私晶片的男子。", "新加坡警察部隊"),
])
def test_a_countrys_body_is_named_with_the_country(text, name):
    assert name in mentions(text, "Organization")


def test_a_countrys_parliament_is_not_the_bare_word():
    found = mentions("芬蘭國會週二通過晶片補助法案。", "Organization")
    assert "國會" not in found


def test_a_place_printed_as_a_word_opens_the_bodys_name():
    found = mentions("報導引述荷蘭晶片產業協會指出，宏晶科技正在擴產。", "Organization")
    assert "荷蘭晶片產業協會" in found
    assert "晶片產業協會" not in found


@pytest.mark.parametrize("text, name", [
    ("瑞典商務部轄下出口監理局表示，宏晶科技須申請許可。", "出口監理局"),
    ("美國商務部旗下的產業輔導署公布新的補助名單。", "產業輔導署"),
])
def test_a_body_under_another_is_named_on_its_own(text, name):
    found = mentions(text, "Organization")
    assert name in found
    assert not any(k.endswith(name) and k != name for k in found)


@pytest.mark.parametrize("text, name", [
    ("美國智庫先進與國防研究中心（CADS）主任李大同表示，管制將擴大。", "先進與國防研究中心"),
    ("根據智庫前進研究院（FRI）週二發布的報告，宏晶擴產。", "前進研究院"),
    ("晶聞網則報導，芬蘭晶片製造設備協會(FSEA)數據顯示出貨成長。", "芬蘭晶片製造設備協會"),
    ("曾負責管控的「海外關係委員會」(Council on Overseas Affairs)表示反對。", "海外關係委員會"),
])
def test_a_full_name_before_its_latin_name_in_brackets(text, name):
    assert name in mentions(text, "Organization")


def test_a_joiner_inside_a_bracketed_name_needs_the_word_for_its_kind():
    found = mentions("宏晶與晶片設計聯盟（CDA）合作，智庫北方與南方研究院（NSI）表示歡迎。", "Organization")
    assert "北方與南方研究院" in found
    assert "宏晶與晶片設計聯盟" not in found


@pytest.mark.parametrize("text, not_name", [
    ("宏晶科技在德國成立新公司。(圖/報系資料照)", "報系"),
    ("宏晶推出新晶片。（示意圖/資料照片）", "資料照片"),
    ("縱使本港大學在微電子領域的研究水平相當高，宏晶仍然外移。", "本港大學"),
    ("宏晶科技旗下研究院推出新品。", "宏晶科技旗下研究院"),
])
def test_no_body(text, not_name):
    assert not_name not in mentions(text, "Organization")
