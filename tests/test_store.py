"""The embedded store and saved questions: `kg build` writes kg.oxigraph/, `kg query` answers from it,
saved queries take an entity by any of its names, and bad questions get one clear line."""

import csv
import io
import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT, run_kg

from kg.errors import KgError
from kg.query import ask
from kg.results import render
from kg.saved import saved_queries
from kg.store import STORE_DIR, build_store, is_fresh, open_graph

FIXTURE = ROOT / "tests" / "fixtures" / "relations.ttl"


def rows(ans, *cols):
    idx = [ans.variables.index(c) for c in cols]
    return [tuple(None if r[i] is None else r[i].value for i in idx) for r in ans.rows]


def test_build_writes_a_store_with_the_same_triples(seed_graph, seed_rdf):
    store_dir = seed_graph / STORE_DIR
    assert is_fresh(store_dir, seed_graph / "kg.ttl")
    assert len(open_graph(seed_graph)) == len(seed_rdf)
    assert not [p for p in seed_graph.iterdir() if p.name.startswith(".")], "no temporary folders left behind"


def test_query_uses_the_store_without_the_turtle(seed_graph, tmp_path):
    only_store = tmp_path / "g"
    shutil.copytree(seed_graph / STORE_DIR, only_store / STORE_DIR)
    res = run_kg("query", only_store, "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }", "--format", "csv")
    assert res.returncode == 0, res.stderr
    assert int(res.stdout.split()[1]) >= 14


def test_stale_store_is_not_trusted(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "kg.ttl")
    build_store(tmp_path / "kg.ttl")
    text = (tmp_path / "kg.ttl").read_text(encoding="utf-8")
    (tmp_path / "kg.ttl").write_text(text + '\n<https://w3id.org/kg/chip/id/new> a <https://w3id.org/kg/chip#Company> .\n',
                                     encoding="utf-8")
    assert not is_fresh(tmp_path / STORE_DIR, tmp_path / "kg.ttl")
    res = run_kg("query", tmp_path, "ASK { e:new a kg:Company }")
    assert res.returncode == 0 and res.stdout.strip() == "true"
    assert "older than" in res.stderr


def test_rebuilding_replaces_the_store(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "kg.ttl")
    build_store(tmp_path / "kg.ttl")
    (tmp_path / "kg.ttl").write_text("<https://x/a> <https://x/b> <https://x/c> .\n", encoding="utf-8")
    build_store(tmp_path / "kg.ttl")
    assert len(open_graph(tmp_path)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.oxigraph", "kg.ttl"]


def test_list_names_at_least_ten_saved_queries_in_both_languages():
    res = run_kg("query", "--list")
    assert res.returncode == 0, res.stderr
    qs = saved_queries()
    assert len(qs) >= 10
    for q in qs.values():
        assert q.en and q.zh, q.name
        assert q.name in res.stdout and q.en in res.stdout and q.zh in res.stdout


@pytest.mark.parametrize("name", ["英偉達", "英伟达", "NVIDIA", "nvidia", "輝達", "ＮＶＩＤＩＡ", "e:nvidia"])
def test_an_entity_parameter_by_any_name(fixture_dir, name):
    ans = ask(fixture_dir, "chips-by-company", {"company": name})
    assert rows(ans, "name", "evidence") == [("B200", "0"), ("H100", "2")]


def test_chips_by_company_from_the_cli(fixture_dir):
    res = run_kg("query", fixture_dir, "chips-by-company", "--param", "company=英伟达", "--format", "csv")
    assert res.returncode == 0, res.stderr
    assert [r["name"] for r in csv.DictReader(io.StringIO(res.stdout))] == ["B200", "H100"]


def test_companies_by_process_node(fixture_dir):
    got = set(rows(ask(fixture_dir, "companies-by-process", {"nm": "4"}), "companyName", "role", "chipName"))
    assert ("台積電", "offers the process", None) in got and ("英偉達", "designs", "H100") in got
    assert not any(c == "中芯國際" for c, _r, _c in got)  # 7 nm is above the limit
    got7 = set(rows(ask(fixture_dir, "companies-by-process", {}), "companyName", "role"))  # default 7 nm
    assert ("中芯國際", "fabricates") in got7 and ("華為", "designs") in got7


def test_policy_acquisition_listing_and_foundry_questions(fixture_dir):
    assert rows(ask(fixture_dir, "policy-restricts", {"policy": "US export controls"}), "targetName", "issuedBy") == [
        ("H100", "BIS"), ("華為", "BIS")]
    assert rows(ask(fixture_dir, "acquisitions"), "acquirerName", "acquiredName", "evidence", "article") == [
        ("英偉達", "Mellanox", "1", "英偉達收購Mellanox")]
    assert rows(ask(fixture_dir, "listings-by-exchange", {"exchange": "HKEX"}), "companyName") == [("中芯國際",)]
    assert len(ask(fixture_dir, "listings-by-exchange").rows) == 3
    assert rows(ask(fixture_dir, "chips-by-foundry", {"foundry": "中芯国际"}), "chipName", "designer", "process") == [
        ("昇騰910B", "華為", "7納米")]


def test_evidence_for_a_relation(fixture_dir):
    ans = ask(fixture_dir, "evidence", {"subject": "英偉達", "relation": "研發", "object": "H100"})
    assert rows(ans, "sentence", "file", "begin", "end") == [
        ("英偉達推出H100。", "p1.txt", "40", "60"), ("H100由英偉達研發。", "p1.txt", "90", "120")]
    everything = {r[0] for r in rows(ask(fixture_dir, "evidence", {"subject": "nvidia"}), "rel")}
    assert everything == {"https://w3id.org/kg/chip#develops", "https://w3id.org/kg/chip#acquired"}


def test_co_mentions_connections_and_shared_articles(fixture_dir):
    co = dict(rows(ask(fixture_dir, "co-mentioned", {"entity": "H100"}), "name", "articles"))
    assert co["英偉達"] == "2" and co["華為"] == "1" and "H100" not in co
    top = rows(ask(fixture_dir, "most-connected", {"limit": "2"}), "name")
    assert {n for (n,) in top} == {"英偉達", "H100"}
    both = rows(ask(fixture_dir, "articles-mentioning-both", {"x": "英偉達", "y": "華為"}), "headline")
    assert both == [("出口管制衝擊華為",)]
    authors = rows(ask(fixture_dir, "authors"), "authorName", "affiliation", "headline")
    assert ("李明", "港交所", "英偉達收購Mellanox") in authors


def test_every_saved_query_runs_on_the_seed_graph(seed_graph):
    values = {"entity": "英偉達", "property": "wrote", "integer": "5", "decimal": "7", "string": "x", "iri": "e:nvidia"}
    for q in saved_queries().values():
        params = {p.name: values[p.kind] for p in q.params}
        ask(seed_graph, q.name, params)  # parses and runs; raises on any problem
    assert rows(ask(seed_graph, "mentions", {"entity": "輝達", "limit": "1"}), "text") == [("英偉達",)]
    assert ("汪敦敏",) in rows(ask(seed_graph, "authors"), "authorName")


def test_answer_formats(fixture_dir):
    ans = ask(fixture_dir, "chips-by-company", {"company": "NVIDIA"})
    data = json.loads(render(ans, "json"))
    assert data["head"]["vars"] == ["chip", "name", "evidence"]
    assert data["results"]["bindings"][1]["chip"] == {"type": "uri", "value": "https://w3id.org/kg/chip/id/h100"}
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(render(ans, "xml"))
    assert len(root.findall(".//r:result", ns)) == 2
    tsv = render(ans, "tsv").decode().splitlines()
    assert tsv[0] == "?chip\t?name\t?evidence" and tsv[2].startswith("<https://w3id.org/kg/chip/id/h100>\t\"H100\"@en")
    ttl = render(ask(fixture_dir, "CONSTRUCT WHERE { e:h100 ?p ?o }"), "turtle").decode()
    assert "kg:fabricatedBy" in ttl or "fabricatedBy" in ttl


@pytest.mark.parametrize("args, needle", [
    (("no-such-question",), "no saved query"),
    (("chips-by-company",), "needs --param company"),
    (("chips-by-company", "--param", "firm=英偉達"), "no parameter 'firm'"),
    (("chips-by-company", "--param", "company=不存在的公司"), "no entity called"),
    (("chips-by-company", "--param", 'company=a"b'), "no entity called"),
    (("companies-by-process", "--param", "nm=seven"), "not a number"),
    (("SELECT * WHERE { ?s ?p }",), "line 1, column"),
    (("INSERT DATA { e:a e:b e:c }",), "read-only"),
])
def test_bad_questions_get_one_line(fixture_dir, args, needle):
    before = sorted(p.name for p in fixture_dir.iterdir())
    res = run_kg("query", fixture_dir, *args)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert needle in res.stderr, res.stderr
    assert sorted(p.name for p in fixture_dir.iterdir()) == before


def test_missing_graph_and_bad_turtle(tmp_path):
    res = run_kg("query", tmp_path / "nowhere", "authors")
    assert res.returncode != 0 and "no graph there" in res.stderr and "Traceback" not in res.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(KgError, match="not valid Turtle"):
        build_store(bad, tmp_path / "st")
    assert not (tmp_path / "st").exists() and [p.name for p in tmp_path.iterdir()] == ["bad.ttl"]


def test_store_readable_by_two_processes_at_once(seed_graph):
    first = open_graph(seed_graph)  # held open here while the CLI opens it too
    res = run_kg("query", seed_graph, "ASK { e:nvidia a kg:Company }")
    assert res.returncode == 0 and res.stdout.strip() == "true"
    assert len(first) > 0
    assert os.access(seed_graph / STORE_DIR, os.R_OK)
    assert Path(seed_graph / STORE_DIR / "kg-source.json").is_file()
