"""Definite anaphora (kg/coref.py, ontology/rules/coref.toml): words that stand for an entity named
before (該部門, 她, 該法案, 兩家公司, 雙方, 它 …) are resolved to their antecedent, the relation rules read
them as names, and they never become names themselves. Sentences written for these tests, not taken
from any newspaper."""

from __future__ import annotations

import pytest

from kg.coref import find_anaphors, load_coref
from kg.errors import KgError
from kg.extract import extract
from kg.lexicon import load_lexicon
from kg.pipeline import make_graph, process
from kg.rdf import to_rdf, to_turtle
from kg.reader import read_source
from kg.resolve import resolve
from relation_scoring import find  # noqa: E402

HEAD = "測試新聞標題\n\n記者李小華／報導\n\n"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def page(tmp_path, lexicon, text):
    p = tmp_path / "page.txt"
    p.write_text(HEAD + text + "\n", encoding="utf-8")
    doc = process(read_source(p), lexicon)
    resolve([doc], lexicon)
    return doc


def antecedents(doc) -> dict[str, list[str]]:
    """word as printed → the names it stands for, as printed."""
    out: dict[str, list[str]] = {}
    for a in find_anaphors(doc):
        out.setdefault(a.mention.text, []).append(a.antecedent.text)
    return out


@pytest.mark.parametrize("text, word, antecedent", [
    ("美國商務部週二公布新措施。該部門同時將長江存儲列入實體清單。", "該部門", "美國商務部"),  # Organization
    ("蘇姿丰於2014年出任超微執行長。她曾在IBM任職多年。", "她", "蘇姿丰"),  # Person
    ("美國國會通過晶片法案。該法案將補貼英特爾在美國設廠。", "該法案", "晶片法案"),  # Policy
    ("H200是輝達的旗艦晶片。它還支援NVLink互連。", "它", "H200"),  # Chip
    ("英特爾今年裁員一成。這家公司將出售部分晶圓廠。", "這家公司", "英特爾"),  # Company
    ("黃仁勳週二在台北發表演講。他表示輝達將在台灣設立研發中心。", "他", "黃仁勳"),  # Person, other script
])
def test_each_kind_of_word_takes_the_name_of_its_type_named_before(tmp_path, lexicon, text, word, antecedent):
    doc = page(tmp_path, lexicon, text)
    assert antecedents(doc).get(word) == [antecedent]


def test_a_plural_word_stands_for_the_two_names_before(tmp_path, lexicon):
    doc = page(tmp_path, lexicon, "英特爾與三星週一簽署合作協議。雙方將共同開發Gaudi 3加速器。")
    assert sorted(antecedents(doc)["雙方"]) == ["三星", "英特爾"]
    rels = extract(doc, lexicon)
    for name in ("英特爾", "三星"):
        (ev,) = find(doc, rels, name, "develops", "Gaudi 3")
        assert ev.rule.endswith(".coref")
        assert doc.norm.original[ev.subject_span[0]:ev.subject_span[1]] == "雙方"  # the word's own span, exact


def test_a_plural_word_with_three_names_before_is_left_alone(tmp_path, lexicon):
    doc = page(tmp_path, lexicon, "英特爾、三星與台積電週一簽署合作協議。兩家公司將共同開發Gaudi 3加速器。")
    assert "兩家公司" not in antecedents(doc)


def test_a_singular_word_after_two_names_of_one_clause_is_left_alone(tmp_path, lexicon):
    doc = page(tmp_path, lexicon, "輝達與超微週一各自發布新品。該公司表示將採用台積電3奈米製程。")
    assert "該公司" not in antecedents(doc)
    # the subject of a sentence naming several stands out: it is taken
    doc = page(tmp_path, lexicon, "輝達週一宣布收購超微的一個部門。這家公司表示交易將在年底完成。")
    assert antecedents(doc)["這家公司"] == ["輝達"]


def test_a_name_only_compared_with_is_no_antecedent(tmp_path, lexicon):
    doc = page(tmp_path, lexicon, "H200由輝達推出。輝達表示其速度比H100快兩倍。它還支援NVLink互連。")
    assert antecedents(doc).get("它") == ["H200"]  # the chip the text is about, not the one compared with


def test_a_word_followed_by_the_name_it_describes_stands_for_nothing(tmp_path, lexicon):
    doc = page(tmp_path, lexicon, "輝達週一發布新品。該公司輝達表示將擴大投資。")
    assert "該公司" not in antecedents(doc)


def test_relations_through_a_word_are_marked_and_less_sure(tmp_path, lexicon):
    doc = page(tmp_path, lexicon, "蘇姿丰於2014年出任超微執行長。她曾在IBM任職多年。")
    rels = extract(doc, lexicon)
    (ev,) = find(doc, rels, "蘇姿丰", "affiliatedWith", "IBM")
    assert ev.rule.endswith(".coref")
    assert doc.norm.original[ev.subject_span[0]:ev.subject_span[1]] == "她"
    # the evidence runs from the sentence naming her, so a reader sees who 她 is
    assert ev.sentence.startswith("蘇姿丰") and ev.sentence.endswith("任職多年。")
    doc2 = page(tmp_path, lexicon, "蘇姿丰曾在IBM任職多年。")
    (direct,) = find(doc2, extract(doc2, lexicon), "蘇姿丰", "affiliatedWith", "IBM")
    assert ev.confidence < direct.confidence and not direct.rule.endswith(".coref")


def test_a_word_is_never_a_name_label_or_mention(tmp_path, lexicon):
    text = "美國商務部週二公布新措施。該部門同時將長江存儲列入實體清單。蘇姿丰出任超微執行長。她曾在IBM任職多年。"
    p = tmp_path / "page.txt"
    p.write_text(HEAD + text + "\n", encoding="utf-8")
    g = make_graph([p]).graph
    labels = set()
    for _n, d in g.nodes(data=True):
        labels.add(d.get("label"))
        labels.update(name for name, _lang in d.get("names", []) or [])
    assert not {"該部門", "她", "该部门"} & labels
    ttl = to_turtle(to_rdf(g))
    assert '"該部門"@' not in ttl and '"她"@' not in ttl and '"该部门"@' not in ttl  # no rdfs:label / skos:altLabel
    mos = next(iri for iri, d in g.nodes(data=True) if d.get("label") in ("美國商務部", "美国商务部"))
    assert g.nodes[mos]["mention_count"] == 1  # 該部門 is not a mention of it
    assert any(d.get("predicate") == "issuedBy" for _u, _v, d in g.edges(data=True))


def test_a_bad_coref_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "coref.toml"
    bad.write_text('[coref]\nfactor = 0.8\n[[anaphor]]\ntypes = "Spaceship"\nwords = ["该船"]\n', encoding="utf-8")
    with pytest.raises(KgError) as err:
        load_coref(bad)
    assert "coref.toml" in str(err.value) and "\n" not in str(err.value)
