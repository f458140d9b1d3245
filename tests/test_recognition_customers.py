"""Recognition, eleventh round: phone makers as customers, numbered family labels, founders and credits,
Japanese/Korean names, measures named after a country, subsidiaries. Sentences written for these tests."""

import pytest

from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import read_source


def mentions(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text("標題\n\n" + text + "\n", encoding="utf-8")
    return [(m.text, m.type) for m in process(read_source(p), load_lexicon()).mentions]


@pytest.mark.parametrize("name", ["vivo", "iQOO", "OPPO", "榮耀", "魅族", "摩托羅拉", "一加", "realme"])
def test_phone_makers_listed_as_customers_are_companies(tmp_path, name):
    text = "新處理器將首先用於多家手機品牌的旗艦機，包括小米、vivo、iQOO、OPPO、榮耀、魅族、摩托羅拉、一加及realme。"
    assert (name, "Company") in mentions(tmp_path, text)


def test_guarded_phone_maker_names_are_not_taken_inside_ordinary_words(tmp_path):
    found = mentions(tmp_path, "他畢業於中興大學，常去中興新村，一加一等於二。")
    assert not [t for t, ty in found if ty == "Company"]


def test_tpu_is_a_chip_and_a_numbered_family_label_names_a_model(tmp_path):
    found = mentions(tmp_path, "谷歌的TPU與聯發科新一代旗艦晶片天璣9700同場亮相。")
    assert ("TPU", "Chip") in found and ("天璣9700", "Chip") in found
    # printed alone, the numbered label names nothing: it is also another vendor's architecture name
    assert not [t for t, _ in mentions(tmp_path, "某公司的天璣架構通用GPU。") if t == "天璣"]


def test_family_and_one_digit_before_a_chip_word_is_a_model(tmp_path):
    found = mentions(tmp_path, "高通發表驍龍6晶片，驍龍6 Gen 4同步登場。")
    assert ("驍龍6", "Chip") in found and ("驍龍", "Chip") not in found


def test_founders_listed_after_you_and_all_names_after_a_title(tmp_path):
    found = mentions(tmp_path, "據介紹，星河科技由趙一鳴、錢明、孫曉雯，以及一批工程師在2019年共同創立。")
    assert {("趙一鳴", "Person"), ("錢明", "Person"), ("孫曉雯", "Person")} <= set(found)
    found = mentions(tmp_path, "創始人趙立東、張亞林、孫曉雯出席了發布會。")
    assert {("趙立東", "Person"), ("張亞林", "Person"), ("孫曉雯", "Person")} <= set(found)
    # a non-name list after 由 in a founding sentence gives no person
    assert not [t for t, ty in mentions(tmp_path, "這家公司由政府和企業共同創立。") if ty == "Person"]


def test_credit_with_a_bar_and_short_vice_president_titles(tmp_path):
    assert ("周曉雯", "Person") in mentions(tmp_path, "文丨周曉雯")
    found = mentions(tmp_path, "某電資深副總洪志明8日出席產業論壇，資深副總經理徐子晴表示將擴產。")
    assert ("洪志明", "Person") in found and ("徐子晴", "Person") in found
    assert not [t for t, ty in found if ty == "Company" and t.startswith("日")]  # 8日出席… is no company


def test_japanese_and_korean_names_after_titles(tmp_path):
    assert ("佐佐木健一", "Person") in mentions(tmp_path, "東芝社長佐佐木健一表示，公司將擴產。")
    assert ("權宰賢", "Person") in mentions(tmp_path, "三星電子會長權宰賢表示，將加碼投資。")


def test_measures_named_after_a_country_and_quoted_statuses(tmp_path):
    assert ("美國晶片禁令", "Policy") in mentions(tmp_path, "受美國晶片禁令的影響，出貨下滑。")
    # (美國的禁令 is a measure since round 11, one node per country and kind: docs/policy2.md)
    for text in ("美國對華禁令持續。", "美國加徵關稅。"):
        assert not [t for t, ty in mentions(tmp_path, text) if ty == "Policy"], text
    found = mentions(tmp_path, "當局取消兩家公司的「合格出口商」（QEX）資格，QEX名單隨之縮短。")
    assert ("合格出口商", "Policy") in found and ("QEX", "Policy") in found


def test_subsidiaries_named_after_their_parent(tmp_path):
    found = mentions(tmp_path, "由高盛和中信建投國際擔任聯席保薦人。")
    assert ("中信建投國際", "Company") in found and ("中信建投", "Company") not in found
    found = mentions(tmp_path, "據寒武紀智途高管表示，寒武紀智途正在研發車載晶片。")
    assert found.count(("寒武紀智途", "Company")) == 2
    found = mentions(tmp_path, "小米雷軍表示，小米雷軍還說將推出新機。")  # a company and its founder
    assert ("小米", "Company") in found and ("小米雷軍", "Company") not in found
    assert ("台積電國際化", "Company") not in mentions(tmp_path, "台積電國際化布局加速。")
