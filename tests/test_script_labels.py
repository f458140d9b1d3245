"""A name printed in one script can be another entry's than the same name in the other script
(kg:scriptLabel): Hong Kong papers' 證監會 is the SFC, mainland papers' 证监会 the CSRC. Invented sentences."""
import shutil

import pytest

from kg.errors import KgError
from kg.lexicon import load_lexicon
from kg.paths import ontology_dir
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()
E = "https://w3id.org/kg/chip/id/"


def entity_of(text: str, name: str) -> str | None:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    return next(m.entity for m in doc.mentions if m.text == name)


def test_the_same_name_is_two_regulators_by_the_script_it_is_printed_in():
    assert entity_of("证监会昨日发布并购重组新规。", "证监会") == E + "csrc"
    assert entity_of("證監會昨日就上市新規諮詢市場。", "證監會") == E + "hk-sfc"
    # the full names are unaffected by the script
    assert entity_of("中國證監會批准了該公司的上市申請。", "中國證監會") == E + "csrc"
    assert entity_of("香港证监会发出警告。", "香港证监会") == E + "hk-sfc"


def test_a_policy_issued_by_the_mainland_regulator_points_to_it(tmp_path):
    from kg.pipeline import make_graph

    page = tmp_path / "p.txt"
    page.write_text("证监会《上市公司并购重组审核规则》自今日起施行。\n", encoding="utf-8")
    g = make_graph([page]).graph
    issued = {(u, v) for u, v, d in g.edges(data=True) if d.get("predicate") == "issuedBy"}
    assert any(v == E + "csrc" for _u, v in issued), issued
    assert not any(v == E + "hk-sfc" for _u, v in issued)


def test_a_script_label_without_its_script_is_a_one_line_error(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(ontology_dir() / "lexicon", folder)
    (folder / "zz.ttl").write_text(
        "@prefix kg: <https://w3id.org/kg/chip#> .\n@prefix e: <https://w3id.org/kg/chip/id/> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        'e:zz a kg:Organization ; skos:prefLabel "澤岳監管局"@zh-Hant ; kg:scriptLabel "監管局" .\n', encoding="utf-8")
    with pytest.raises(KgError) as exc:
        load_lexicon(folder)
    assert "kg:scriptLabel" in str(exc.value) and "\n" not in str(exc.value)


def test_a_body_inside_the_regulator_belongs_to_the_regulator_of_its_script():
    from kg.names import parent_prefix

    # the prefix of a longer name is read in the script it is printed in
    types = frozenset({"Organization"})
    assert parent_prefix("证监会上市部", LEX, types, 2, printed="证监会上市部")[1] == E + "csrc"
    assert parent_prefix("证监会上市部", LEX, types, 2, printed="證監會上市部")[1] == E + "hk-sfc"


def test_a_name_discovered_on_a_simplified_page_is_labelled_simplified_not_traditional(tmp_path):
    # A person kg discovers on a mainland page (郑晓龙) is printed in Simplified characters only: the RDF must
    # not claim that spelling as the Traditional label (@zh-Hant); a name the same in both scripts keeps both.
    import rdflib
    from rdflib.namespace import RDFS, SKOS

    from conftest import run_kg

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("标题\n\n芯动科技首席执行官敖钢表示，公司将推出新显卡。该公司董事长郑晓龙出席。\n", encoding="utf-8")
    res = run_kg("build", src, "-o", tmp_path / "out", "-q")
    assert res.returncode == 0, res.stderr
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    person = next(s for s, o in g.subject_objects(SKOS.prefLabel) if str(o) == "郑晓龙")
    assert {(str(o), o.language) for o in g.objects(person, SKOS.prefLabel)} == {("郑晓龙", "zh-Hans")}
    assert ("郑晓龙", "zh-Hant") not in {(str(o), o.language) for o in g.objects(person, RDFS.label)}
    # and a user asking for the person in Traditional characters still finds the node
    res = run_kg("query", tmp_path / "out", "about", "--param", "entity=鄭曉龍", "--format", "csv")
    assert res.returncode == 0, res.stderr
    assert "chip#Person" in res.stdout and "董事長" in res.stdout
