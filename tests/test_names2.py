"""NAMES2 lane: organizations, policies, people and technology categories on fresh text — chip
categories and materials, a country's ministries and courts, outlets in credits, reporters in desk
credits and agency datelines, Latin names with an initial, item export controls (own invented
sentences and names)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


# -- technology categories and materials -----------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("宏晶科技將在新廠生產電源管理晶片。", "電源管理晶片"),
    ("宏晶科技将在新厂生产电源管理芯片。", "电源管理芯片"),
    ("宏晶科技的微控制器出貨大增。", "微控制器"),
    ("宏晶科技跨足車用半導體市場。", "車用半導體"),
    ("宏晶科技推出显示驱动芯片。", "显示驱动芯片"),
])
def test_chip_categories_are_technologies(text, name):
    assert name in mentions(text, "Technology")


def test_a_kind_before_a_shared_head_is_that_kind():
    found = mentions("宏晶科技將生產電源管理、面板驅動晶片及微控制器。", "Technology")
    assert {"電源管理", "面板驅動晶片", "微控制器"} <= set(found)


def test_a_pointer_to_a_chip_is_no_category():
    assert not mentions("這款晶片與該晶片都是宏晶科技的自研晶片。", "Technology")


@pytest.mark.parametrize("text", ["北京決定對鎵、鍺相關物項實施出口管制。", "北京决定对镓和锗相关物项实施出口管制。"])
def test_materials_printed_as_one_character(text):
    found = mentions(text, "Product")  # raw materials are goods (kg:Product) since the MEASURES lane
    assert len([t for t in found if len(t) == 1]) == 2


def test_a_material_inside_a_word_is_that_word():
    found = mentions("宏晶科技量產氮化鎵與砷化鎵元件。", "Technology")
    assert "鎵" not in found


# -- policies --------------------------------------------------------------------------------------
def test_controls_on_named_items_are_a_policy_named_after_them():
    found = mentions("商務部決定對鎵、鍺相關物項實施出口管制。", "Policy")
    assert "鎵鍺相關物項出口管制" in found.values()


def test_export_controls_without_named_items_stay_a_description():
    assert not mentions("商務部決定加強出口管制。", "Policy")


def test_one_numbered_announcement_printed_number_first():
    found = mentions("商務部今日發布2031年第7號公告，宏晶科技受影響。", "Policy")
    assert "商務部公告2031年第7號" in found.values()


# -- organizations ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("荷蘭經濟事務部對宏晶科技下令。", "荷蘭經濟事務部"),
    ("荷蘭企業法庭隨後裁決。", "荷蘭企業法庭"),
])
def test_a_countrys_ministry_or_court(text, name):
    assert name in mentions(text, "Organization")


@pytest.mark.parametrize("text", ["宏晶科技擴大日本業務部。", "宏晶科技在美國中西部設廠。", "宏晶科技的亞洲市場部經理表示。"])
def test_a_department_or_a_region_is_no_ministry(text):
    assert not [n for n in mentions(text, "Organization") if n.endswith("部")]


@pytest.mark.parametrize("text, name", [
    ("陳某畢業於中科大，轉入中國科學院計算所。", "中科大"),
    ("陳某畢業於中科大，轉入中國科學院計算所。", "中國科學院計算所"),
    ("宏晶科技董事長林某某。圖/南港報系資料照片", "南港報系"),
    ("宏晶科技今天宣布擴產。（圖/南港市政府提供）", "南港市政府"),
])
def test_institutes_and_outlets(text, name):
    assert name in mentions(text, "Organization")


def test_an_outlet_on_a_line_of_its_own():
    assert "南港新聞網" in mentions("南港新聞網\n\n宏晶科技今天宣布擴產。", "Organization")


def test_a_credit_giver_keeps_its_name_without_the_credit_word():
    found = mentions("宏晶科技今天宣布擴產。（圖/南港市政府提供）", "Organization")
    assert "南港市政府" in found and not [n for n in found if n.endswith("提供")]


# -- people ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("科技中心/洪啟明報導\n宏晶科技今天宣布擴產。", "洪啟明"),
    ("（南港社記者伍思遠台中5日電）宏晶科技今天宣布擴產。", "伍思遠"),
    ("宏晶科技董事長K Ramaswamy表示，將擴產。", "K Ramaswamy"),
    ("知名爆料者Foo Leaks表示，新機將延後。", "Foo Leaks"),
    ("新機將延後。\n— Baz Qux (@BazQuxLeaks) May 3, 2031", "Baz Qux"),
])
def test_people_in_credits_and_latin_names(text, name):
    assert name in mentions(text, "Person")


def test_a_company_after_a_title_is_no_initial_name():
    assert not mentions("宏晶科技執行長表示，A Group將擴產。", "Person")


def test_an_initial_and_a_corporate_word_right_after_a_title_is_no_person():
    # one reading of 董事長 + initial + surname, the one that knows the corporate words (latin_not_person)
    assert not mentions("宏晶科技執行長K Cloud表示，總裁A Data指出，將擴產。", "Person")
    assert "J. Okafor" in mentions("宏晶科技執行長J. Okafor表示，將擴產。", "Person")


@pytest.mark.parametrize("text, name", [
    ("綜合南港網、晶訊社等報導，宏晶科技將擴產。", "晶訊社"),
    ("韓媒《南韓電子》報導指出，宏晶科技將擴產。", "南韓電子"),
    ("南港经济报道记者伍思远 北京报道\n宏晶科技今天宣布扩产。", "南港经济报道"),
    ("宏晶科技举办了晚宴(图片来源:星河万邦)", "星河万邦"),
    ("来源丨星河财讯\n宏晶科技今天宣布扩产。", "星河财讯"),
])
def test_outlets_in_credits(text, name):
    assert name in mentions(text, "Organization")


def test_a_roundup_of_ordinary_words_names_no_outlet():
    assert not mentions("綜合媒體報導，宏晶科技將擴產。", "Organization")


def test_a_numbered_announcement_is_one_document_with_or_without_the_country():
    found = mentions("中國商務部發布2031年第7號公告。商務部公告2031年第7號即日生效。", "Policy")
    assert set(found.values()) == {"商務部公告2031年第7號"}


@pytest.mark.parametrize("text", ["綜合外媒報導，宏晶科技將擴產。", "综合中媒报道，宏晶科技将扩产。"])
def test_the_press_in_general_is_no_outlet(text):
    assert not mentions(text, "Organization")


def test_other_export_controls_on_the_page_are_not_the_item_controls():
    found = mentions("商務部決定對鎵、鍺相關物項實施出口管制。美國的出口管制也在收緊。", "Policy")
    assert "出口管制" not in found and "鎵鍺相關物項出口管制" in found.values()


@pytest.mark.parametrize("text, name", [
    ("宏晶科技內部的先進封裝團隊 (Advanced Packaging Team) 負責新廠。", "先進封裝團隊"),
    ("宏晶科技的車用及工業系統（AIS）部門營收下滑。", "車用及工業系統部門"),
])
def test_a_unit_printed_with_its_latin_gloss(text, name):
    assert name in mentions(text, "Organization").values()


def test_a_unit_without_a_gloss_stays_a_description():
    assert not mentions("宏晶科技內部的先進封裝團隊負責新廠。", "Organization")


@pytest.mark.parametrize("text, name", [
    ("（南港社記者伍思遠台中5日電）宏晶科技宣布擴產。", "南港社"),
    ("〔北港報記者洪啟明／台北報導〕宏晶科技宣布擴產。", "北港報"),
])
def test_the_agency_of_a_bracketed_dateline(text, name):
    assert name in mentions(text, "Organization")
