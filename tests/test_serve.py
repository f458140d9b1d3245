"""`kg serve`: a real SPARQL 1.1 Protocol endpoint, exercised over HTTP with SPARQLWrapper."""

import csv
import io
import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from conftest import ROOT

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, JSONLD, TSV, TURTLE, XML, SPARQLWrapper as Client  # noqa: E402

NVIDIA_NAMES = 'SELECT ?name WHERE { e:nvidia rdfs:label ?name } ORDER BY ?name'
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(seed_graph):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(seed_graph), "--port", "0", "--timeout", "2",
                             "--max-rows", "500"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line:
        proc.kill()
        pytest.fail("kg serve did not start: " + proc.stderr.read())
    url = line.split(" at ")[1].split()[0]
    yield url
    proc.terminate()
    proc.wait(10)


def client(url, query, fmt, method="GET"):
    c = Client(url)
    c.setQuery(query)
    c.setReturnFormat(fmt)
    c.setMethod(method)
    return c.query()


def http(url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")


def test_binds_loopback_by_default(endpoint):
    assert endpoint.startswith("http://127.0.0.1:") and endpoint.endswith("/sparql")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_as_json_with_sparqlwrapper(endpoint, method):
    data = client(endpoint, NVIDIA_NAMES, JSON, method).convert()
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["NVIDIA", "英伟达", "英偉達"]
    assert data["results"]["bindings"][0]["name"]["xml:lang"] == "en"


def test_select_as_xml_csv_and_tsv(endpoint):
    doc = client(endpoint, NVIDIA_NAMES, XML).convert()  # an xml.dom Document
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == ["NVIDIA", "英伟达", "英偉達"]
    rows = list(csv.reader(io.StringIO(client(endpoint, NVIDIA_NAMES, CSV).convert().decode("utf-8"))))
    assert rows == [["name"], ["NVIDIA"], ["英伟达"], ["英偉達"]]
    tsv = client(endpoint, NVIDIA_NAMES, TSV).convert().decode("utf-8").splitlines()
    assert tsv[0] == "?name" and tsv[1] == '"NVIDIA"@en'


def test_ask(endpoint):
    assert client(endpoint, "ASK { e:nvidia a kg:Company }", JSON).convert()["boolean"] is True


def test_construct_and_describe_as_turtle_and_jsonld(endpoint):
    q = "CONSTRUCT { e:nvidia rdfs:label ?l } WHERE { e:nvidia rdfs:label ?l }"
    g = client(endpoint, q, TURTLE).convert()
    if isinstance(g, bytes):
        g = rdflib.Graph().parse(data=g.decode("utf-8"), format="turtle")
    assert len(g) == 3
    raw = client(endpoint, q, JSONLD).response.read().decode("utf-8")
    assert len(rdflib.Graph().parse(data=raw, format="json-ld")) == 3
    status, ctype, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "DESCRIBE e:nvidia"}),
                               headers={"Accept": "application/ld+json"})
    assert status == 200 and ctype.startswith("application/ld+json") and "英偉達" in body


def test_content_negotiation_by_accept_header(endpoint):
    q = urllib.parse.urlencode({"query": NVIDIA_NAMES})
    for accept, want in [("text/csv", "text/csv"), ("application/sparql-results+xml", "application/sparql-results+xml"),
                         ("text/tab-separated-values;q=0.9, text/csv;q=0.1", "text/tab-separated-values"),
                         ("*/*", "application/sparql-results+json")]:
        status, ctype, _ = http(f"{endpoint}?{q}", headers={"Accept": accept})
        assert status == 200 and ctype.startswith(want), (accept, ctype)


def test_post_sparql_query_body(endpoint):
    status, ctype, body = http(endpoint, NVIDIA_NAMES.encode("utf-8"),
                               {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3


def test_update_is_refused_with_403(endpoint):
    ins = "INSERT DATA { e:x a kg:Company }"
    assert http(endpoint, urllib.parse.urlencode({"update": ins}).encode())[0] == 403
    assert http(endpoint, ins.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    assert http(endpoint + "?" + urllib.parse.urlencode({"query": ins}))[0] == 403
    assert client(endpoint, "ASK { e:x a kg:Company }", JSON).convert()["boolean"] is False


def test_malformed_query_is_400_with_position(endpoint):
    status, _ctype, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x a"}))
    assert status == 400 and "line 1, column" in body and len(body.strip().splitlines()) == 1


def test_row_limit_is_413(endpoint):
    status, _ctype, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}))
    assert status == 413 and "more than 500 rows" in body


def test_time_limit_is_503_and_the_server_keeps_answering(endpoint):
    t0 = time.monotonic()
    status, _ctype, body = http(endpoint + "?" + urllib.parse.urlencode({"query": SLOW}))
    assert status == 503 and "time limit" in body
    assert time.monotonic() - t0 < 15
    for _ in range(2):  # both workers, the replaced one included
        assert client(endpoint, "ASK { e:nvidia a kg:Company }", JSON).convert()["boolean"] is True


def test_serves_the_html_page(endpoint, seed_graph):
    status, ctype, body = http(endpoint[: -len("sparql")])
    assert status == 200 and ctype.startswith("text/html")
    assert body == (seed_graph / "kg.html").read_text(encoding="utf-8")


def test_missing_graph_is_one_line(tmp_path):
    res = subprocess.run([sys.executable, "-m", "kg", "serve", str(tmp_path / "none"), "--port", "0"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert res.returncode != 0 and "no graph there" in res.stderr and "Traceback" not in res.stderr


def test_a_worker_that_dies_is_reported_and_replaced(seed_graph):
    from kg.serve import WorkerPool

    pool = WorkerPool(seed_graph / "kg.oxigraph", size=1)
    try:
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }"
        assert pool.run(q, "text/csv", None, 100, 30)[0] == 200
        (w,) = list(pool.all)
        w.proc.kill()
        w.proc.join(5)
        status, _ctype, body = pool.run(q, "text/csv", None, 100, 30)
        assert status == 500 and b"stopped unexpectedly" in body
        deadline = time.monotonic() + 60
        while not pool.all and time.monotonic() < deadline:
            time.sleep(0.1)
        assert pool.run(q, "text/csv", None, 100, 60)[0] == 200  # the replacement answers
    finally:
        pool.close()
