import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def ontology_copy(tmp_path, monkeypatch, file, old, new):
    """A copy of ontology/ with one edit (`old`, printed exactly once in `file`, replaced by `new`), made
    the ontology kg reads (KG_ONTOLOGY) for the rest of the test."""
    onto = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", onto)
    text = (onto / file).read_text(encoding="utf-8")
    assert text.count(old) == 1
    (onto / file).write_text(text.replace(old, new), encoding="utf-8")
    monkeypatch.setenv("KG_ONTOLOGY", str(onto))
    return onto
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"  # a copy of the hand annotations (../shared/gold), unchanged


def run_kg(*args, cwd=None):
    """Run the real command line, as a user would, and return the CompletedProcess."""
    exe = shutil.which("kg", path=str(Path(sys.executable).parent))
    cmd = [exe] if exe else [sys.executable, "-m", "kg"]
    return subprocess.run(cmd + [str(a) for a in args], capture_output=True, text=True, cwd=cwd or ROOT)


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory):
    """The graph of all five seed pages, built once for the session."""
    out = tmp_path_factory.mktemp("seedgraph")
    res = run_kg("build", SEEDS, "-o", out)
    assert res.returncode == 0, res.stderr
    return out


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory):
    """The hand-written graph with typed relations (tests/fixtures/relations.ttl), as a build folder
    with its query store."""
    from kg.store import build_store

    out = tmp_path_factory.mktemp("fixture")
    shutil.copy(ROOT / "tests" / "fixtures" / "relations.ttl", out / "kg.ttl")
    build_store(out / "kg.ttl")
    return out


@pytest.fixture(scope="session")
def seed_rdf(seed_graph):
    import rdflib

    g = rdflib.Graph()
    g.parse(seed_graph / "kg.ttl", format="turtle")
    return g


@pytest.fixture(scope="session")
def lex():
    from kg.lexicon import load_lexicon

    return load_lexicon()


def mentions(text, lexicon):
    """The mentions kg finds in `text` read as one page, through every per-page stage of `kg build`."""
    from kg.pipeline import process
    from kg.reader import Source

    return process(Source("t.txt", "t.txt", text, "utf-8"), lexicon).mentions


def found(text, lexicon):
    """(type, printed text) of each mention kg finds in `text`."""
    return {(m.type, m.text) for m in mentions(text, lexicon)}
