"""Industry knowledge as data: chip families and industry people (own sentences)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()
E = "https://w3id.org/kg/chip/id/"


def mentions(text: str, type_: str) -> dict[str, str | None]:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    return {m.text: m.entity for m in doc.mentions if m.type == type_}


def test_new_model_of_a_known_chinese_family_is_a_chip_of_its_maker():
    chips = mentions("某公司的思元690晶片明年出貨，比上一代快一倍。", "Chip")
    assert "思元690" in chips
    # the family the model belongs to is in the lexicon with its maker
    assert LEX.entries[E + "siyuan"].developed_by == [E + "cambricon"]


def test_family_word_that_is_an_ordinary_word_needs_a_number():
    assert mentions("我們踏上新征程，真武大帝廟前人潮不斷。", "Chip") == {}


def test_transliterated_executive_names_are_one_person_across_scripts():
    hant = mentions("季辛格去年離開英特爾，陳福陽則稱博通訂單強勁。", "Person")
    hans = mentions("陈福阳表示，博通的定制芯片需求强劲。", "Person")
    assert hant["季辛格"] == E + "pat-gelsinger"
    assert hant["陳福陽"] == hans["陈福阳"] == E + "hock-tan"
