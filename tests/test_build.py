"""`kg build` end to end: files written, summary printed, stable output, bad input handled."""

import json

import pytest
import rdflib
import rdflib.compare
from rdflib.namespace import RDF, RDFS, SKOS

from conftest import SEEDS, run_kg

KG = rdflib.Namespace("https://w3id.org/kg/chip#")
SCHEMA = rdflib.Namespace("https://schema.org/")


def test_build_writes_three_files_and_a_summary(tmp_path):
    res = run_kg("build", SEEDS, "-o", tmp_path)
    assert res.returncode == 0, res.stderr
    for name in ("kg.ttl", "kg.jsonld", "kg.html"):
        assert (tmp_path / name).stat().st_size > 1000
    for word in ("files: 5 read", "articles:", "entities:", "relations:", "seconds:", "kg.html"):
        assert word in res.stdout
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temporary files left behind"


def test_build_is_byte_for_byte_repeatable(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_kg("build", SEEDS, "-o", a).returncode == 0
    assert run_kg("build", SEEDS, "-o", b).returncode == 0
    for name in ("kg.ttl", "kg.jsonld", "kg.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_turtle_and_jsonld_hold_the_same_graph(seed_graph, seed_rdf):
    j = rdflib.Graph().parse(seed_graph / "kg.jsonld", format="json-ld")
    assert len(j) == len(seed_rdf) > 1000
    assert rdflib.compare.isomorphic(j, seed_rdf)


def _entity(g, label):
    found = {s for s in g.subjects(RDFS.label, None) if any(str(o) == label for o in g.objects(s, RDFS.label))}
    found |= {s for s in g.subjects(SKOS.altLabel, None) if any(str(o) == label for o in g.objects(s, SKOS.altLabel))}
    assert len(found) == 1, (label, found)
    return found.pop()


def _article(g, title):
    arts = [s for s in g.subjects(RDF.type, KG.Article) if str(g.value(s, SCHEMA.headline)) == title]
    assert len(arts) == 1, title
    return arts[0]


def test_author_wrote_their_article(seed_rdf):
    g = seed_rdf
    person = _entity(g, "袁淵")
    assert (person, RDF.type, KG.Person) in g
    assert (person, KG.wrote, _article(g, "中國GPU產業突圍路徑思考")) in g


def test_entity_types_and_language_tagged_names(seed_rdf):
    g = seed_rdf
    nvidia = _entity(g, "英偉達")
    assert (nvidia, RDF.type, KG.Company) in g
    langs = {o.language for p in (RDFS.label, SKOS.altLabel) for o in g.objects(nvidia, p)}
    assert {"zh-Hant", "zh-Hans", "en"} <= langs
    for label, cls in [("H100", KG.Chip), ("台積電", KG.Company)]:
        assert (_entity(g, label), RDF.type, cls) in g


def test_articles_link_to_what_they_mention(seed_rdf):
    g = seed_rdf
    art = _article(g, "中國GPU產業突圍路徑思考")
    assert (art, KG.mentions, _entity(g, "英偉達")) in g
    assert (art, KG.mentions, _entity(g, "台積電")) in g


def test_simplified_and_traditional_pages_give_one_node(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hant.txt").write_text("英偉達發布H100芯片，由台積電代工。\n", encoding="utf-8")
    (tmp_path / "in" / "hans.txt").write_text("英伟达（NVIDIA）发布H100芯片，由台积电代工。\n", encoding="utf-8")
    res = run_kg("build", tmp_path / "in", "-o", tmp_path / "out")
    assert res.returncode == 0, res.stderr
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    nvidia = [s for s in g.subjects(RDF.type, KG.Company) if "NVIDIA" in {str(o) for o in g.objects(s, RDFS.label)}]
    assert len(nvidia) == 1
    assert int(g.value(nvidia[0], KG.mentionCount)) == 3


def test_bad_inputs_are_reported_and_the_rest_still_built(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("英偉達發布H100芯片。\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e \xc3\x28\x80\x81\n")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    res = run_kg("build", good, empty, binary, latin, missing, "-o", out)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    errors = [line for line in res.stderr.splitlines() if "error" in line]
    for f in (empty, binary, latin, missing):
        assert sum(str(f) in line for line in errors) == 1, (f, res.stderr)
    assert (out / "kg.ttl").exists() and "files: 1 read, 4 failed" in res.stdout


def test_nothing_readable_writes_nothing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = run_kg("build", empty, "-o", tmp_path / "out")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert not (tmp_path / "out").exists()


def test_failed_write_leaves_previous_output_whole(tmp_path, monkeypatch):
    from kg import util

    target = tmp_path / "kg.ttl"
    target.write_text("old", encoding="utf-8")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(util.os, "replace", boom)
    with pytest.raises(OSError):
        util.atomic_write(target, "new " * 1000)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.ttl"]


def test_summary_as_json(tmp_path):
    res = run_kg("build", SEEDS / "001_9a1a79ad6dcf0176.txt", "-o", tmp_path, "--json")
    s = json.loads(res.stdout)
    assert s["files"] == 1 and s["articles"] == 3
    assert s["entities"]["Person"] >= 2 and s["relations"]["wrote"] >= 2


def test_help_explains_each_command():
    res = run_kg("--help")
    assert res.returncode == 0 and "build" in res.stdout and "query" in res.stdout
    for cmd in ("build", "query"):
        r = run_kg(cmd, "--help")
        assert r.returncode == 0 and len(r.stdout) > 200


def test_turtle_parses_with_an_independent_parser(seed_graph, seed_rdf):
    """rapper (Raptor, C) and Oxigraph (Rust) read the Turtle as rdflib wrote it, triple for triple."""
    import shutil
    import subprocess

    import pyoxigraph

    with open(seed_graph / "kg.ttl", "rb") as fh:
        assert len(list(pyoxigraph.parse(fh, format=pyoxigraph.RdfFormat.TURTLE))) == len(seed_rdf)
    if shutil.which("rapper") is None:
        pytest.skip("rapper not installed (apt-get install raptor2-utils): checked with Oxigraph only")
    res = subprocess.run(["rapper", "-i", "turtle", "-c", str(seed_graph / "kg.ttl")], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert f"returned {len(seed_rdf)} triples" in res.stderr


def test_two_pages_with_one_file_name_are_not_mixed_up(tmp_path):
    for week in ("w1", "w2"):
        (tmp_path / week).mkdir()
        (tmp_path / week / "page.txt").write_text(f"{week}新聞\n\n英偉達發布H100芯片。\n", encoding="utf-8")
    res = run_kg("build", tmp_path / "w1", tmp_path / "w2", "-o", tmp_path / "out")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert str(tmp_path / "w2" / "page.txt") in res.stderr and "same file name" in res.stderr
    assert "files: 1 read, 1 failed" in res.stdout


@pytest.mark.parametrize("cmd, content, problem", [
    ("eval", "{", "not a JSON annotation file"),
    ("eval", "[]", "needs a \"seed\""),
    ("entities", "this is not turtle", "not a Turtle graph"),
])
def test_bad_files_for_other_commands_are_one_line(tmp_path, cmd, content, problem):
    f = tmp_path / ("gold.json" if cmd == "eval" else "kg.ttl")
    f.write_text(content, encoding="utf-8")
    res = run_kg(cmd, f)
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert res.stderr.count("\n") == 1 and str(f) in res.stderr and problem in res.stderr


def test_output_folder_that_cannot_be_made_is_one_line(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    res = run_kg("build", SEEDS / "000_2d5a37258ea1ba8b.txt", "-o", tmp_path / "afile" / "out")
    assert res.returncode != 0 and "Traceback" not in res.stderr and "cannot write" in res.stderr


_PAIR = '\n[[pair]]\nid = "mine"\npredicate = "investsIn"\nsubject = "Company"\nobject = "Company"\ntriggers = ["注资"]\n'


@pytest.mark.parametrize("file, append, problem", [
    ("rules/relations.toml", "x = [\n", ""),
    ("layout.toml", "banners = \n", ""),
    ("patterns/company.toml", "[[[\n", ""),
    ("lexicon/chips.ttl", "e:broken a kg:Chip ;\n", ""),
    # [[pair]] tables and [lists]: wrong value types, bad regexes and unknown predicates name the table
    ("rules/relations.toml", _PAIR + 'carry = "x"\n', "[[pair]] mine: `carry`"),
    ("rules/relations.toml", _PAIR.replace('"注资"', '"(注资"'), "rule mine.active: bad pattern"),
    ("rules/relations.toml", _PAIR + 'with = ["与"]\nwith_triggers = ["相比"]\nfronted = "no"\n',
     "[[pair]] mine: `fronted` must be true or false"),
    ("rules/relations.toml", _PAIR.replace('"investsIn"', '"investsInX"'), "'investsInX' is not a property"),
    ("rules/relations.toml", ("skip = 2\n", 'skip = "two"\n'), "[lists]: `skip`"),
    ("rules/relations.toml", ('comparedWith = [["Chip", "Product"]', 'comparedWith = [["Chip", "Gizmo"]'),
     "[like_with_like]: `comparedWith`: unknown type 'Gizmo'"),
    ("rules/relations.toml", '\n[[chain]]\nid = "c"\nif = ["?a develops ?b"]\nthen = "?b madeOf ?a"\n',
     "chain c: predicate 'madeOf'"),
    ("rules/relations.toml", ("prefer_window = 8", 'prefer_window = "8"'), "[[reference]] Company: `prefer_window`"),
    # quantities.toml: missing, or a string where a number is expected
    ("rules/quantities.toml", None, "cannot be read"),
    ("rules/quantities.toml", ('"亿" = 100000000', '"亿" = "many"'), "[multipliers]"),
    ("rules/quantities.toml", ('unit = "nm"\npattern = \'(?<![\\d.])', 'unit = 7\npattern = \'(?<![\\d.])'),
     "quantity 'process-node': `unit`"),
    ("rules/quantities.toml", "\n[[quantity]]\nid = \"x\"\nmeasure = \"x\"\nunit = \"x\"\npattern = 5\n",
     "quantity 'x': `pattern`"),
    # ontology/patterns: a regular expression that does not compile names its file and key, also one
    # compiled where it is used; a setting removed or of the wrong type names the files read together
    ("patterns/technology.toml", ("standards = '", "standards = '(?:"), "technology.toml: standards: not a valid"),
    ("patterns/chip.toml", ("cjk_series = '", "cjk_series = '[泰"), "chip.toml: cjk_series: not a valid"),
    ("patterns/chip.toml", ("\nwords = '", "\nwords = '(?:"), "chip.toml: parts.words: not a valid"),
    ("patterns/named.toml", ("[code_products]\ncode = '", "[code_products]\ncode = '[A-"),
     "named.toml: code_products.code: not a valid"),
    ("patterns/policy.toml", ("measure_min = 2", 'measure_min = "two"'), "policy.toml: a setting has the wrong"),
    # a pattern whose groups are read by number needs them; a word list must be a list
    ("patterns/chip.toml", ("[coordinated]\nmodel = '([A-Za-z][A-Za-z\\-]{1,11}|[\\u4e00-\\u9fff]{2,4})( ?)",
                            "[coordinated]\nmodel = '(?:[A-Za-z][A-Za-z\\-]{1,11}|[\\u4e00-\\u9fff]{2,4})(?: ?)"),
     "[coordinated] model needs 4 group(s)"),
    ("patterns/named.toml", ("[toolkit]\nname = '(?<![A-Za-z0-9\\-.])(", "[toolkit]\nname = '(?<![A-Za-z0-9\\-.])(?:"),
     "[toolkit] name needs 1 group(s)"),
    ("patterns/person.toml", ("[/／](?P<name>[", "[/／](["), "desk_credit needs the named group(s) name"),
    ("patterns/organization.toml", ("[ ]?(?P<head>", "[ ]?(?:"), "unit_form needs the named group(s) head"),
    ("patterns/person.toml", ("[:：] ?(?P<name>[", "[:：] ?(["), "spaced_credit needs the named group(s) name"),
    ("patterns/policy.toml", ('trade_kinds = ["反倾销", ', 'trade_kinds = "反倾销"\nold_kinds = ['),
     "policy.toml: `trade_kinds` must be a list of words"),
    ("patterns/chip.toml", ("[family_models]\ncode = ' (", "[family_models]\ncode = ' (?:"),
     "[family_models] code needs 1 group(s)"),
    ("patterns/chip.toml", ('variant_same = ["Bionic", "Fusion"]', "variant_same = 5"), "variant_same must be a list"),
    ("patterns/company.toml", ("legal_longest = 16", 'legal_longest = "long"'), "company.toml: a setting has the wrong"),
    ("lexicon/regional-words.toml", ('["硅", "矽"]', '["硅"]'), "must be two words"),
])
def test_a_broken_data_file_is_one_line_naming_it(tmp_path, file, append, problem):
    import os
    import shutil
    import subprocess
    import sys

    from conftest import ROOT

    onto = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", onto)
    if append is None:
        (onto / file).unlink()
    elif isinstance(append, tuple):
        old, new = append
        text = (onto / file).read_text(encoding="utf-8")
        assert text.count(old) == 1
        (onto / file).write_text(text.replace(old, new), encoding="utf-8")
    else:
        with open(onto / file, "a", encoding="utf-8") as fh:
            fh.write(append)
    res = subprocess.run([sys.executable, "-m", "kg", "build", SEEDS / "000_2d5a37258ea1ba8b.txt", "-o", tmp_path / "out"],
                         capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, KG_ONTOLOGY=str(onto)))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr.count("\n") == 1 and str(onto / file) in res.stderr, res.stderr
    assert problem in res.stderr, res.stderr
    assert not (tmp_path / "out").exists()


def test_a_post_with_a_space_builds_without_warnings(tmp_path):
    # A post printed with Latin words (券商Seaport Research股票分析師) is a literal value of the relation;
    # the build must not try to make it an IRI (rdflib then warns on stderr that it is no valid URI).
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("分析師看需求\n\n美國券商Seaport Research股票分析師哥德堡表示，輝達H200晶片需求強勁。\n",
                               encoding="utf-8")
    res = run_kg("build", src, "-o", tmp_path / "out", "-q")
    assert res.returncode == 0, res.stderr
    assert "valid URI" not in res.stderr, res.stderr
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    assert any("Seaport Research股票分析師" in str(o) for o in g.objects(None, KG.position))
