"""`kg push`: load the graph into a real Oxigraph server over the Graph Store Protocol."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, run_kg

FIXTURE = ROOT / "tests" / "fixtures" / "relations.ttl"


def fixture_size() -> int:
    import rdflib

    return len(rdflib.Graph().parse(FIXTURE, format="turtle"))
GRAPH = "https://w3id.org/kg/chip/graph"


def _oxigraph():
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not exe:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph) — push tests skipped")
    return exe


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("oxigraph server did not start: " + proc.stderr.read().decode())
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(10)


def count(base, graph=GRAPH):
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    q = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    req = urllib.request.Request(f"{base}/query?{q}", headers={"Accept": "text/csv"})
    return int(urllib.request.urlopen(req, timeout=10).read().decode().split()[1])


def test_replace_then_add_then_replace(server, seed_graph, seed_rdf):
    res = run_kg("push", seed_graph, "--endpoint", server + "/store")
    assert res.returncode == 0, res.stderr
    assert count(server) == len(seed_rdf)
    assert f"pushed {len(seed_rdf)} triples" in res.stdout

    res = run_kg("push", FIXTURE, "--endpoint", server + "/store", "--add")
    assert res.returncode == 0, res.stderr
    both = count(server)
    assert len(seed_rdf) < both < len(seed_rdf) + 200  # the fixture adds its triples; shared ones once

    res = run_kg("push", FIXTURE, "--endpoint", server + "/store", "--replace")
    assert res.returncode == 0, res.stderr
    assert count(server) == fixture_size()  # only the fixture is left in the graph


def test_named_graph_and_default_graph(server):
    other = "https://example.org/graphs/test"
    assert run_kg("push", FIXTURE, "--endpoint", server + "/store", "--graph", other).returncode == 0
    assert count(server, other) == fixture_size()
    assert run_kg("push", FIXTURE, "--endpoint", server + "/store", "--graph", "default").returncode == 0
    q = urllib.parse.urlencode({"query": "ASK { <https://w3id.org/kg/chip/id/nvidia> a <https://w3id.org/kg/chip#Company> }"})
    req = urllib.request.Request(f"{server}/query?{q}", headers={"Accept": "application/sparql-results+json"})
    assert b"true" in urllib.request.urlopen(req, timeout=10).read()


@pytest.mark.parametrize("endpoint, needle", [
    ("http://127.0.0.1:{free}/store", "cannot reach"),
    ("{server}/no-such-service", "refused the graph: HTTP 404"),
    ("ftp://example.org/store", "not an http(s) URL"),
])
def test_bad_endpoints_are_one_line(server, seed_graph, endpoint, needle):
    url = endpoint.format(free=_free_port(), server=server)
    res = run_kg("push", seed_graph, "--endpoint", url)
    assert res.returncode != 0 and needle in res.stderr, res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_missing_and_broken_graphs_send_nothing(server, tmp_path):
    before = count(server)
    res = run_kg("push", tmp_path / "nothing", "--endpoint", server + "/store")
    assert res.returncode != 0 and "no graph there" in res.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://x/a> <https://x/b> .\n", encoding="utf-8")
    res = run_kg("push", bad, "--endpoint", server + "/store")
    assert res.returncode != 0 and "not valid Turtle" in res.stderr and "Traceback" not in res.stderr
    assert count(server) == before
