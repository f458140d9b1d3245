"""Implicit subjects (zero anaphora, ontology/rules/implicit.toml): a clause that opens with a verb and
leaves its subject out is about the topic. Sentences written for these tests, not taken from any
newspaper."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.implicit import load_implicit
from kg.lexicon import load_lexicon
from relation_scoring import find, relations  # noqa: E402


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


HEAD = "輝達新品亮相\n\n記者王小明／報導\n\n"


def test_a_clause_opening_with_a_verb_takes_the_subject_of_the_sentence_before(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "輝達今天發布H200晶片，面向資料中心市場。H200採用台積電4奈米製程。"
                          "配備HBM3e記憶體，同時也將支援NVLink互連。\n")
    (ev,) = find(doc, rels, "H200", "uses", "HBM3e")
    assert ev.rule.endswith(".topic")
    # the evidence runs from the sentence naming the chip; the subject's mention is that name
    assert ev.sentence.startswith("H200採用") and "配備HBM3e" in ev.sentence
    assert doc.norm.original[ev.subject_span[0]:ev.subject_span[1]] == "H200"
    (sup,) = find(doc, rels, "H200", "supports", "NVLink")
    assert sup.rule.endswith(".topic")
    # less sure than the same statement with its subject written out
    _doc2, rels2 = relations(tmp_path, lexicon, HEAD + "H200配備HBM3e記憶體。\n")
    (direct,) = find(_doc2, rels2, "H200", "uses", "HBM3e")
    assert ev.confidence < direct.confidence and not direct.rule.endswith(".topic")


def test_a_clause_with_its_own_subject_keeps_it(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "H200採用台積電4奈米製程。B200則配備HBM3e記憶體，並支援NVLink互連。\n")
    assert not find(doc, rels, "H200", "uses", "HBM3e")
    assert not find(doc, rels, "H200", "supports", "NVLink")


def test_a_negated_or_supposed_clause_states_nothing(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "H200採用台積電4奈米製程。配備HBM3e記憶體，但不支援NVLink互連。\n")
    assert find(doc, rels, "H200", "uses", "HBM3e")
    assert not find(doc, rels, "H200", "supports", "NVLink")
    doc, rels = relations(tmp_path, lexicon, HEAD + "H200採用台積電4奈米製程。若量產順利，將配備HBM3e記憶體。\n")
    assert not find(doc, rels, "H200", "uses", "HBM3e")


def test_the_topic_does_not_cross_into_another_article(tmp_path, lexicon):
    body = "輝達今天發布H200。H200採用台積電4奈米製程。H200效能強。\n\n"
    first = "輝達新品亮相\n\n" + body + "（作者為王小明）\n\n"
    same = "輝達新品亮相\n\n" + body + "配備HBM3e記憶體，同時支援NVLink互連。\n\n（作者為王小明）\n"
    doc, rels = relations(tmp_path, lexicon, same)
    assert find(doc, rels, "H200", "uses", "HBM3e")  # in the same article it is the topic
    second = "中芯擴產\n\n配備HBM3e記憶體，同時支援NVLink互連。\n\n（作者為李小華）\n"
    doc, rels = relations(tmp_path, lexicon, "A12 經濟 2025年8月12日 星期二\n\n" + first + second)
    assert len(doc.articles) == 2
    assert not find(doc, rels, "H200", "uses", "HBM3e")
    assert not find(doc, rels, "H200", "supports", "NVLink")


def test_the_article_main_chip_is_the_topic_after_a_sentence_about_its_maker(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "輝達今天發布H200晶片。H200的記憶體容量更大。輝達表示，H200效能更強。"
                          "輝達執行長出席發表會。配備HBM3e記憶體。\n")
    (ev,) = find(doc, rels, "H200", "uses", "HBM3e")
    assert ev.rule.endswith(".topic") and ev.sentence == "配備HBM3e記憶體。"


def test_an_article_about_two_chips_alike_has_no_main_one(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "輝達發布H200與B200。H200與B200各有優勢。輝達表示兩者都很強。"
                          "配備HBM3e記憶體。\n")
    assert not [r for r in rels if r.predicate == "uses"]


def test_a_title_subject_carries_into_a_body_that_names_no_chip(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, "H200亮相\n\n記者王小明／報導\n\n配備HBM3e記憶體，同時支援NVLink互連。\n")
    assert find(doc, rels, "H200", "uses", "HBM3e")
    # but a body naming its own chip is about that one
    doc, rels = relations(tmp_path, lexicon, "H200亮相\n\n記者王小明／報導\n\nB200今天發布。B200效能強。"
                          "輝達執行長出席發表會。配備HBM3e記憶體。\n")
    assert not find(doc, rels, "H200", "uses", "HBM3e")
    assert find(doc, rels, "B200", "uses", "HBM3e")


def test_a_bad_data_file_is_a_one_line_error_naming_it(tmp_path):
    bad = tmp_path / "implicit.toml"
    bad.write_text('[[carry]]\npredicate = "uses"\nsubject = "Chipz"\nverbs = ["配備"]\n', encoding="utf-8")
    with pytest.raises(KgError) as err:
        load_implicit(bad)
    assert str(bad) in str(err.value) and "\n" not in str(err.value)


def test_a_comparison_clause_opening_with_its_other_side_takes_the_topic(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "H200採用台積電4奈米製程，與AMD的MI300X效能相當。\n")
    evs = find(doc, rels, "H200", "comparedWith", "MI300X")
    assert evs and any(ev.rule.endswith(".topic") for ev in evs)
    # 與 opening a clause states a comparison only when a comparison word follows the other side
    doc, rels = relations(tmp_path, lexicon, HEAD + "H200採用台積電4奈米製程，與MI300X同時出貨。\n")
    assert not find(doc, rels, "H200", "comparedWith", "MI300X")


def test_a_date_before_the_verb_still_opens_a_clause_without_subject(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "輝達今天公布財報。輝達表示營收創新高。"
                          "2027年3月將推出B300晶片。\n")
    evs = find(doc, rels, "輝達", "develops", "B300")
    assert any(".topic" in ev.rule for ev in evs)
    # a date is no subject: a clause with a name of its own keeps it
    doc, rels = relations(tmp_path, lexicon, HEAD + "輝達今天公布財報。輝達表示營收創新高。2027年AMD將推出MI400晶片。\n")
    assert not find(doc, rels, "輝達", "develops", "MI400")


def test_what_a_chip_is_applied_to_is_what_it_supports(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "H200採用台積電4奈米製程，可廣泛應用於自動駕駛。\n")
    (ev,) = find(doc, rels, "H200", "supports", "自動駕駛")
    assert ev.rule.endswith(".topic")
