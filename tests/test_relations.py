"""Typed relations with evidence: what an analyst can ask of the graph, and where each answer comes from."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from kg.evaluate import graph_for_page, predicted_entities, score_relations
from kg.lexicon import load_lexicon
from kg.normalize import name_key
from kg.pipeline import make_graph
from kg.quantities import find_quantities
from kg.rules import RuleError, load_rules

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import fixtures, holds, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
UNSEEN = ROOT / "tests" / "unseen_relations"


def graph_of(tmp_path, text: str, name="page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return make_graph([p]).graph


def relations(g, predicate=None):
    """(subject names, predicate, object names) of every relation edge, for readable assertions."""
    def names(n):
        d = g.nodes[n]
        return {name_key(x) for x, _ in d.get("names") or []} | {name_key(str(d.get("label", "")))}
    return [(names(u), k, names(v), d) for u, v, k, d in g.edges(keys=True, data=True)
            if k not in ("mentions", "wrote") and (predicate is None or k == predicate)]


def has(g, s, p, o) -> bool:
    return holds(g, s, p, o)


# --- coordinated lists, clauses, negation ------------------------------------------------------

def test_a_coordinated_list_gives_one_relation_per_member(tmp_path):
    g = graph_of(tmp_path, "2022年美國出臺對華出口管制，禁止英偉達向中國出售A100/H100芯片。\n")
    for obj in ("A100", "H100", "英偉達", "中國"):
        assert has(g, "美國對華晶片出口管制", "restricts", obj), obj
    assert has(g, "美國對華晶片出口管制", "issuedBy", "美國")


def test_the_subject_carries_over_a_clause_and_parentheses(tmp_path):
    g = graph_of(tmp_path, "英偉達通過收購邁絡思（網絡）、賽靈思（AI軟件）構建全棧能力，同時與台積電（先進製程）、美光（內存）建立戰略聯盟。\n")
    assert has(g, "英偉達", "acquired", "邁絡思") and has(g, "英偉達", "acquired", "賽靈思")
    assert has(g, "英偉達", "partnerOf", "台積電") and has(g, "英偉達", "partnerOf", "美光科技")
    # An acquired company is not the subject of the alliance.
    assert not has(g, "邁絡思", "partnerOf", "台積電")


def test_the_nearest_subject_wins(tmp_path):
    g = graph_of(tmp_path, "英偉達業績強勁，超微半導體則收購了賽靈思。\n")
    assert has(g, "超微半導體", "acquired", "賽靈思")
    assert not has(g, "英偉達", "acquired", "賽靈思")


@pytest.mark.parametrize("text", [
    "英偉達沒有收購超微半導體。",
    "英伟达并未收购超微半导体。",
    "如果英偉達收購超微半導體，市場格局將會改變。",
    "市场传闻英伟达有意收购超微半导体。",
    "一旦英偉達收購超微半導體，監管機構將介入。",
])
def test_negated_and_hypothetical_statements_are_not_asserted(tmp_path, text):
    g = graph_of(tmp_path, text + "\n")
    assert not has(g, "英偉達", "acquired", "超微半導體")


def test_the_same_statement_in_both_scripts_is_one_relation(tmp_path):
    g = graph_of(tmp_path, "英偉達收購了邁絡思。\n\n英伟达收购了迈络思。\n")
    found = [d for s, p, o, d in relations(g, "acquired")]
    assert len(found) == 1 and len(found[0]["evidence"]) == 2


# --- quantities --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,measure,value,unit", [
    ("採用4納米工藝", "process", "4", "nm"),
    ("基于7nm制程", "process", "7", "nm"),
    ("在12 納米工藝下", "process", "12", "nm"),
    ("顯存容量達192GB", "memory", "192", "GB"),
    ("內存帶寬突破3.3TB/s", "bandwidth", "3.3", "TB/s"),
    ("實現256 TFLOPs的FP32算力", "compute", "256", "TFLOPS"),
    ("實現1.5TFLOPs的浮點運算能力", "compute", "1.5", "TFLOPS"),
    ("集成800億晶體管", "transistors", "80000000000", "transistors"),
    ("2000億元人民幣", "money", "200000000000", "CNY"),
    ("投入超20億美元", "money", "2000000000", "USD"),
])
def test_figures_are_typed_values(text, measure, value, unit):
    (q,) = find_quantities(name_key(text))
    assert (q.measure, q.value, q.unit) == (measure, Decimal(value), unit)


def test_process_nodes_reuse_the_lexicon_nodes_and_specs_are_numbers(tmp_path):
    g = graph_of(tmp_path, "英偉達H100芯片採用台積電4納米工藝，集成800億晶體管，內存帶寬3.3TB/s。\n")
    node = next(v for u, v, k in g.edges(keys=True) if k == "usesProcess")
    assert node == "https://w3id.org/kg/chip/id/node-4nm" and g.nodes[node]["nanometres"] == Decimal(4)
    specs = {g.nodes[v]["measure"]: g.nodes[v]["quantity"] for u, v, k in g.edges(keys=True) if k == "hasSpec"}
    assert specs == {"transistors": Decimal(80000000000), "bandwidth": Decimal("3.3")}
    assert has(g, "H100", "fabricatedBy", "台積電") and has(g, "台積電", "manufacturesFor", "英偉達")


def test_the_year_of_an_event_is_kept_with_its_evidence(tmp_path):
    g = graph_of(tmp_path, "超微半導體於2022年完成收購賽靈思。\n")
    (d,) = [d for _s, _p, _o, d in relations(g, "acquired")]
    assert d["evidence"][0].date == "2022"


# --- rules are data ------------------------------------------------------------------------------

def test_a_rule_added_to_the_data_file_is_used(tmp_path):
    from kg.extract import rule_relations
    from kg.pipeline import process
    from kg.reader import read_source
    from kg.resolve import resolve

    page = tmp_path / "p.txt"
    page.write_text("英偉達與台積電簽訂長約。\n", encoding="utf-8")
    lex = load_lexicon()
    doc = process(read_source(page), lex)
    resolve([doc], lex)
    rules = tmp_path / "r.toml"
    rules.write_text('[[rule]]\nid = "x.contract"\npattern = "{Company:s} 與 {Company:o} 簽訂 ~ 長約"\n'
                     'relations = ["s partnerOf o"]\nconfidence = 0.5\n', encoding="utf-8")
    (rel,) = rule_relations(doc, lex, load_rules(rules))
    assert rel.predicate == "partnerOf" and rel.evidence[0].rule == "x.contract"
    assert rel.evidence[0].confidence == 0.5


def test_a_broken_rule_file_is_reported_with_its_name(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[rule]]\nid = "x"\npattern = "{Compny:s} 收購 {Company:o}"\nrelations = ["s acquired o"]\n',
                   encoding="utf-8")
    with pytest.raises(RuleError, match="Compny"):
        load_rules(bad)
    bad.write_text('[[rule]]\nid = "x"\npattern = "{Company:s} 收購 {Company:o}"\nrelations = ["s acquired z"]\n',
                   encoding="utf-8")
    with pytest.raises(RuleError, match="bad.toml.*'z'"):
        load_rules(bad)


# --- provenance --------------------------------------------------------------------------------

def test_evidence_offsets_point_into_the_original_file(tmp_path):
    text = "標題\n\n第一段。英偉達H100芯片採用台積電4納米工藝。\n"
    p = tmp_path / "e.txt"
    p.write_text(text, encoding="utf-8")
    g = make_graph([p]).graph
    (d,) = [d for u, v, k, d in g.edges(keys=True, data=True) if k == "fabricatedBy"]
    ev = d["evidence"][0]
    assert text[slice(*ev.sentence_span)] == ev.sentence and "台積電4納米" in ev.sentence
    assert text[slice(*ev.subject_span)] == "H100" and text[slice(*ev.object_span)] == "台積電"
    assert ev.rule and 0 < ev.confidence <= 1


EVIDENCE_QUERY = """
PREFIX kg: <https://w3id.org/kg/chip#>
PREFIX e: <https://w3id.org/kg/chip/id/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?count ?file ?begin ?end ?rule ?conf ?sentence WHERE {
  ?st rdf:subject e:h100 ; rdf:predicate kg:fabricatedBy ; rdf:object e:tsmc ;
      kg:evidenceCount ?count ; prov:wasDerivedFrom ?ev .
  ?ev kg:sourceFile ?file ; nif:beginIndex ?begin ; nif:endIndex ?end ; kg:rule ?rule ;
      kg:confidence ?conf ; kg:sentence ?sentence ; kg:subjectMention ?sm ; kg:objectMention ?om .
} ORDER BY ?file ?begin
"""


def test_sparql_lists_every_sentence_stating_a_relation(seed_rdf):
    rows = list(seed_rdf.query(EVIDENCE_QUERY))
    assert len(rows) >= 2 and all(int(r[0]) == len(rows) for r in rows)
    assert {str(r[1])[:3] for r in rows} >= {"000", "001"}
    for r in rows:
        original = (SEEDS / str(r[1])).read_text(encoding="utf-8")
        assert original[int(r[2]):int(r[3])] == str(r[6])


def test_the_example_questions_are_answered(seed_rdf):
    acquired = seed_rdf.query("""PREFIX kg: <https://w3id.org/kg/chip#> PREFIX e: <https://w3id.org/kg/chip/id/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?c WHERE { e:nvidia kg:acquired ?c }""")
    assert {str(r[0]).rsplit("/", 1)[-1] for r in acquired} >= {"3dfx", "ageia", "pgi", "mellanox"}
    hit = seed_rdf.query("""PREFIX kg: <https://w3id.org/kg/chip#> PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?x WHERE { ?p a kg:Policy ; kg:restricts ?x . ?x a kg:Chip .
          ?st rdf:subject ?p ; rdf:predicate kg:restricts ; rdf:object ?x ; prov:wasDerivedFrom ?ev .
          ?ev dcterms:date ?d . FILTER(STR(?d) = "2022") }""")
    assert {str(r[0]).rsplit("/", 1)[-1] for r in hit} >= {"a100", "h100"}
    small = seed_rdf.query("""PREFIX kg: <https://w3id.org/kg/chip#>
        SELECT DISTINCT ?chip WHERE { ?chip a kg:Chip ; kg:usesProcess ?n . ?n kg:nanometres ?nm FILTER(?nm <= 7) }""")
    assert {str(r[0]).rsplit("/", 1)[-1] for r in small} >= {"h100", "b100"}
    listed = seed_rdf.query("""PREFIX kg: <https://w3id.org/kg/chip#>
        SELECT ?c ?x WHERE { ?c kg:listedOn ?x }""")
    assert {str(r[1]).rsplit("/", 1)[-1] for r in listed} >= {"star-market", "hkex"}


# --- measured against the gold and against text kg has never seen ---------------------------------

def _gold_recall(keep) -> float:
    tp = total = 0
    for f in sorted(GOLD.glob("*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        g = graph_for_page(SEEDS / gold["seed"])
        sub = dict(gold, relations=[r for r in gold["relations"] if keep(r)])
        for s in score_relations(sub, g, predicted_entities(g, gold["seed"]), gold["seed"]).values():
            tp += s.tp
            total += s.tp + s.fn
    return tp / total


def test_gold_process_nodes_are_found():
    assert _gold_recall(lambda r: r["predicate"] == "uses_process") >= 0.8


def test_gold_entity_relations_are_mostly_found():
    # Most of the misses are names recognition does not find yet (「數字戰場」, BRAS, Mind工具鏈 ...):
    # see docs/relations.md. The floor guards against regressions of the rules themselves.
    assert _gold_recall(lambda r: not r.get("object_is_literal") and r["predicate"] != "wrote") >= 0.7


def test_relations_in_text_kg_has_never_seen():
    found = total = 0
    for page, expected in fixtures(UNSEEN):
        r = score(make_graph([page]).graph, expected)
        assert not r["wrong"], (page.name, r["wrong"])
        found += r["found"]
        total += r["total"]
    assert total >= 80 and found / total >= 0.6
