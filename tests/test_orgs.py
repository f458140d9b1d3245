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


@pytest.mark.parametrize("text, name", [
    # a name may open with a verb or an adverb: only the words of founding, joining or denying make a clause
    ("該法案由芬蘭執行委員會(Finnish Executive Board)提出。", "芬蘭執行委員會"),
    ("某社引述美國智庫「進取研究院」（Institute for Advance）指出，宏晶擴產。", "進取研究院"),
])
def test_a_bracketed_name_may_open_with_a_verb(text, name):
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


# --- review fixes (ORGS lane): what the broad rules must not read as a body -------------------------

@pytest.mark.parametrize("text, not_names", [
    # a body planned, rumoured, denied or joined is no body named with the verbs before it
    ("據傳美國將成立晶片出口管理局（CEMA）。", ("成立晶片出口管理局", "將成立晶片出口管理局")),
    ("据传美国将成立芯片出口管理局（CEMA）。", ("成立芯片出口管理局", "将成立芯片出口管理局")),
    ("美國並未設立晶片出口管理局（CEMA），宏晶科技表示遺憾。", ("美國並未設立晶片出口管理局",)),
    ("市場傳出美國考慮組建晶片聯盟（CA）。", ("美國考慮組建晶片聯盟",)),
    ("韓國尚未加入晶片四方聯盟（CFA）。", ("韓國尚未加入晶片四方聯盟",)),
    ("日本否認成立晶片聯盟（JCA）。", ("日本否認成立晶片聯盟",)),
    ("據悉台灣正研議設立晶片安全委員會（CSC）。", ("台灣正研議設立晶片安全委員會",)),
    ("專家指出歐盟應該建立晶片監管局（CRA）。", ("建立晶片監管局", "歐盟應該建立晶片監管局")),
    ("美國與日本共同成立晶片聯盟（CA）。", ("日本共同成立晶片聯盟",)),
    ("報導指出，政府計畫成立晶片研究院（CRI）。", ("政府計畫成立晶片研究院", "計畫成立晶片研究院")),
    # a country's body head inside a longer name or an office
    ("法國海關總署公布數據。", ("法國海關",)),
    ("日本內閣官房長官李大同表示，將支持宏晶。", ("日本內閣",)),
    ("英國內閣大臣李大同訪問宏晶科技。", ("英國內閣",)),
    # a region is no country: many banks, no one
    ("東南亞央行紛紛降息，宏晶股價上漲。", ("東南亞央行",)),
    ("亞洲央行紛紛降息。", ("亞洲央行",)),
    # a count of bodies under a parent names none
    ("美國商務部旗下的多個局表示反對宏晶科技的收購案。", ("多個局",)),
    ("美国商务部辖下三个局联合发布公告。", ("三个局", "美国商务部辖下三个局")),
])
def test_no_body_from_a_clause_a_region_or_a_count(text, not_names):
    found = mentions(text, "Organization")
    assert not any(n in found for n in not_names), found


def test_a_countrys_central_bank_is_no_new_body():
    found = mentions("美國央行維持利率不變，宏晶股價上漲。", "Organization")
    assert "美國央行" not in found


def test_the_police_are_no_partner(tmp_path):
    from kg.normalize import name_key
    from kg.pipeline import make_graph

    f = tmp_path / "page.txt"
    f.write_text("晶片週報\n\n宏晶科技與台灣警方合作打擊竊密，宏晶科技與晶片設計聯盟合作開發新晶片。\n", encoding="utf-8")
    g = make_graph([f]).graph
    objects = [name_key(str(g.nodes[v].get("label", ""))) for _u, v, k in g.edges(keys=True) if k == "partnerOf"]
    assert not any("警方" in o for o in objects), objects
