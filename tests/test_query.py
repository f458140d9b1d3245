"""`kg query`: readable answers in three formats; a malformed query gets the parser's message."""

import csv
import io
import json

from conftest import run_kg

AUTHORS = """
SELECT ?author ?title WHERE {
  ?p a kg:Person ; rdfs:label ?author ; kg:wrote ?a .
  ?a schema:headline ?title .
  FILTER(langMatches(lang(?author), "zh-Hant"))
} ORDER BY ?author ?title
"""


def test_table_csv_and_json_agree(seed_graph):
    table = run_kg("query", seed_graph, AUTHORS)
    assert table.returncode == 0, table.stderr
    assert "袁淵" in table.stdout and "中國GPU產業突圍路徑思考" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run_kg("query", seed_graph, AUTHORS, "--format", "csv").stdout)))
    assert {"author": "袁淵", "title": "中國GPU產業突圍路徑思考"} in rows
    data = json.loads(run_kg("query", seed_graph, AUTHORS, "--format", "json").stdout)
    assert len(data["results"]["bindings"]) == len(rows)


def test_query_from_a_file(seed_graph, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }", encoding="utf-8")
    res = run_kg("query", seed_graph / "kg.ttl", q, "--format", "csv")
    assert res.returncode == 0 and int(res.stdout.split()[1]) >= 14


def test_malformed_query_exit_2_with_position(seed_graph):
    res = run_kg("query", seed_graph, "SELECT ?x WHERE { ?x a kg:Company ")
    assert res.returncode == 2
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert "line" in res.stderr.lower() or "col" in res.stderr.lower() or "position" in res.stderr.lower()


def test_missing_graph_is_one_line(tmp_path):
    res = run_kg("query", tmp_path / "nope", "SELECT * WHERE { ?s ?p ?o }")
    assert res.returncode != 0 and "Traceback" not in res.stderr and str(tmp_path / "nope") in res.stderr
