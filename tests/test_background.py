"""Where-is facts come from the lexicon, marked as such, so "Chinese companies on 7 nm" can be asked."""

import rdflib

from conftest import run_kg

Q = """
SELECT ?company ?nm ?src WHERE {
  ?c kg:develops ?x ; kg:locatedIn+ e:china ; skos:prefLabel ?company .
  ?x kg:usesProcess/kg:nanometres ?nm .
  ?st rdf:subject ?c ; rdf:predicate kg:locatedIn ; prov:wasDerivedFrom ?src .
  FILTER(?nm <= 7)
}"""


def test_chinese_companies_on_7nm_from_the_graph_alone(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "國產GPU新進展\n\n摩爾線程發布MTT S4000芯片，採用7納米工藝。英偉達H100採用台積電4納米工藝。\n", encoding="utf-8")
    assert run_kg("build", tmp_path / "in", "-o", tmp_path / "g").returncode == 0
    res = run_kg("query", tmp_path / "g", Q, "--format", "csv")
    assert res.returncode == 0, res.stderr
    rows = res.stdout.splitlines()[1:]
    assert rows and all(r.startswith("摩爾線程,7") for r in rows), rows  # not NVIDIA: not in China
    assert {r.split(",")[2].rsplit("/", 1)[-1].rsplit(":", 1)[-1] for r in rows} == {"lexicon"}


def test_background_facts_have_no_sentence_and_say_where_they_come_from(seed_graph):
    g = rdflib.Graph().parse(seed_graph / "kg.ttl")
    KG = rdflib.Namespace("https://w3id.org/kg/chip#")
    lex = rdflib.URIRef("https://w3id.org/kg/chip/id/lexicon")
    stmts = set(g.subjects(rdflib.namespace.PROV.wasDerivedFrom, lex))
    assert stmts
    for st in stmts:
        assert g.value(st, rdflib.RDF.predicate) == KG.locatedIn
        assert int(g.value(st, KG.evidenceCount)) == 0
