"""What kg writes agrees with its ontology: the subject and object of each relation are of the classes the
property's rdfs:domain and rdfs:range allow (a class or an owl:unionOf classes), so a reasoner reading
the graph with the ontology never infers a wrong type (a country typed as a policy)."""

from __future__ import annotations

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from conftest import ROOT, run_kg

ROOT_NS = rdflib.Namespace("https://w3id.org/kg/chip#")


def _allowed(onto: rdflib.Graph, node) -> set:
    union = onto.value(node, OWL.unionOf)
    return set(Collection(onto, union)) if union is not None else {node}


def _violations(g: rdflib.Graph, onto: rdflib.Graph) -> list[str]:
    def types(n):
        out, todo = set(), list(g.objects(n, RDF.type))
        while todo:
            t = todo.pop()
            if t not in out:
                out.add(t)
                todo.extend(onto.objects(t, RDFS.subClassOf))
        return out

    bad = []
    for which, axis in (("domain", RDFS.domain), ("range", RDFS.range)):
        for prop, spec in onto.subject_objects(axis):
            allowed = _allowed(onto, spec)
            if not all(str(c).startswith(str(ROOT_NS)) for c in allowed):
                continue  # xsd datatypes and other vocabularies' classes are not checked here
            for s, o in g.subject_objects(prop):
                node = s if which == "domain" else o
                if isinstance(node, rdflib.Literal):
                    continue
                if not types(node) & allowed:
                    bad.append(f"{prop} {which}: {node} is {sorted(map(str, g.objects(node, RDF.type)))}")
    return bad


def _onto() -> rdflib.Graph:
    onto = rdflib.Graph()
    onto.parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    return onto


def test_the_seed_graph_respects_the_domains_and_ranges(seed_rdf):
    assert _violations(seed_rdf, _onto()) == []


def test_governments_acting_without_a_named_policy_fit_the_ontology(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("出口新規\n\n美國商務部宣布，美國將限制荷蘭阿斯麥向中國出口光刻機。\n"
                    "美國政府向英特爾提供80億美元補助，日本則限制對華出口半導體設備。\n", encoding="utf-8")
    res = run_kg("build", page, "-o", tmp_path / "out")
    assert res.returncode == 0, res.stderr
    g = rdflib.Graph()
    g.parse(tmp_path / "out" / "kg.ttl", format="turtle")
    assert (None, ROOT_NS.restricts, None) in g  # the page does give such relations
    assert _violations(g, _onto()) == []
