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
    chips = mentions("某公司的真武820晶片明年出貨，天垓150則已量產。", "Chip")
    assert "真武820" in chips and "天垓150" in chips
    # the families the models belong to are in the lexicon with their makers
    assert LEX.entries[E + "zhenwu"].developed_by == [E + "t-head"]
    assert LEX.entries[E + "tiangai"].developed_by == [E + "iluvatar-corex"]


def test_family_word_that_is_an_ordinary_word_needs_a_number():
    assert mentions("我們踏上新征程，真武大帝廟前人潮不斷。", "Chip") == {}


def test_transliterated_executive_names_are_one_person_across_scripts():
    hant = mentions("季辛格去年離開英特爾，陳福陽則稱博通訂單強勁。", "Person")
    hans = mentions("陈福阳表示，博通的定制芯片需求强劲。", "Person")
    assert hant["季辛格"] == E + "pat-gelsinger"
    assert hant["陳福陽"] == hans["陈福阳"] == E + "hock-tan"


def test_a_known_family_and_a_letter_code_are_one_model(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from relation_scoring import graph_of, holds

    g = graph_of(tmp_path, "紫光展銳推出虎賁T820晶片，平頭哥則推出真武810E。\n")
    assert holds(g, "紫光展銳", "develops", "虎賁T820")
    labels = {g.nodes[n].get("label") for n in g}
    assert "T820" not in labels and "810E" not in labels  # never a second, makerless chip
