"""Recognition of entities kg has never seen, and resolution of their many names to one node."""

import json

import pytest
from rdflib import Literal, URIRef

from kg.lexicon import load_lexicon
from kg.namespaces import KG
from kg.pipeline import make_graph
from kg.rdf import to_rdf

from conftest import run_kg


def build(tmp_path, **pages):
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return make_graph([tmp_path])


def entities(result):
    """label -> node data, for entity nodes."""
    return {d["label"]: d for _n, d in result.graph.nodes(data=True) if d.get("kind") == "entity"}


def node_of(result, text):
    """The entity a printed name was resolved to."""
    for iri, d in result.graph.nodes(data=True):
        if d.get("kind") == "entity" and any(m["text"] == text for m in d["mentions"]):
            return iri, d
    return None, None


def test_new_company_with_suffix_is_discovered_with_confidence_and_its_short_name(tmp_path):
    r = build(tmp_path, a="國產GPU企業\n\n初創企業星瀾科技日前發布首款訓練晶片。星瀾科技創始人表示，星瀾將於明年量產。\n")
    iri, d = node_of(r, "星瀾科技")
    assert d["type"] == "Company" and d["discovered"] and 0 < d["confidence"] < 1
    assert node_of(r, "星瀾")[0] == iri  # the stem printed alone is the same company
    assert d["mention_count"] == 3


def test_suffix_variants_and_both_scripts_resolve_to_the_known_company(tmp_path):
    lex = load_lexicon()
    muxi = lex.lookup("沐曦").iri
    r = build(tmp_path, a="標題一\n\n沐曦集成電路近日宣布推出新品，沐曦股份的股價上升。\n",
              b="标题二\n\n沐曦集成电路近日宣布推出新品。\n")
    for text in ("沐曦集成電路", "沐曦股份", "沐曦集成电路"):
        assert node_of(r, text)[0] == muxi, text


def test_known_company_with_a_longer_suffix_is_the_known_company(tmp_path):
    lex = load_lexicon()
    r = build(tmp_path, a="标题\n\n另一家GPU企业摩尔线程智能科技则发布了新一代显卡。\n")
    assert node_of(r, "摩尔线程智能科技")[0] == lex.lookup("摩尔线程").iri


def test_english_name_in_apposition_is_another_name_of_the_entity(tmp_path):
    r = build(tmp_path, a="标题\n\n边缘AI芯片厂商爱芯元智（Axera）则公布了出货数据。Axera预计今年出货翻倍。\n")
    iri, d = node_of(r, "爱芯元智")
    assert d is not None and d["type"] == "Company"
    assert node_of(r, "Axera")[0] == iri
    assert ("Axera", "en") in {tuple(n) for n in d["names"]}


def test_misprint_merges_only_with_a_chip_of_that_company_nearby(tmp_path):
    lex = load_lexicon()
    biren = lex.lookup("壁仞科技").iri
    r = build(tmp_path, a="標題\n\n國產廠商探索創新：壁切科技BR100採用Chiplet架構。\n")
    iri, d = node_of(r, "壁切科技")
    assert iri == biren
    assert "壁切科技" in d["hidden"]  # the misprint is kept, as a hidden label (SKOS's term for misspellings)
    assert "壁切科技" not in {n for n, _l in d["names"]}
    r2 = build(tmp_path / "x" if (tmp_path / "x").mkdir() is None else None,
               a="標題\n\n國產廠商探索創新：壁切科技採用新架構。\n")
    iri2, d2 = node_of(r2, "壁切科技")
    assert iri2 != biren and d2["discovered"]


def test_similar_model_numbers_stay_different_chips(tmp_path):
    r = build(tmp_path, a="標題\n\n英偉達A100與A10的推理性能不同，新款晶片MTT S5000較MTT S4000提升50%。\n")
    ids = {t: node_of(r, t)[0] for t in ("A100", "A10", "MTT S5000", "MTT S4000")}
    assert None not in ids.values() and len(set(ids.values())) == 4


@pytest.mark.parametrize("text,name", [
    ("其新一代训练GPU曦云C600已开始向客户送样。", "曦云C600"),
    ("芯动科技也发布了风华3号显卡。", "风华3号"),
    ("初创企业d-Matrix则发布了Corsair推理加速卡。", "Corsair"),
    ("其自研TPU架构芯片“刹那”已实现规模交付。", "刹那"),
    ("公司首款车规级晶片HX-200已完成可靠性测试。", "HX-200"),
])
def test_chip_names_from_model_patterns_and_context(tmp_path, text, name):
    r = build(tmp_path, a="標題\n\n" + text + "\n")
    assert node_of(r, name)[1] is not None and node_of(r, name)[1]["type"] == "Chip"


@pytest.mark.parametrize("text,not_a_chip", [
    ("【前文刊於1月6日A13版】GPU行業的發展。", "A13"),
    ("該晶片採用HBM3顯存，FP16算力達到100TOPS。", "FP16"),
    ("散熱模組（HS8414.59）等GPU服務器部件。", "HS8414"),
])
def test_units_standards_and_page_numbers_are_not_chips(tmp_path, text, not_a_chip):
    r = build(tmp_path, a="標題\n\n" + text + "\n")
    _iri, d = node_of(r, not_a_chip)
    assert d is None or d["type"] != "Chip"


def test_policies_from_their_form(tmp_path):
    r = build(tmp_path, a="標題\n\n商務部公布的《晶圓材料進口管理條例》已施行，亦可商討推出商品通、期貨通及新股通等。"
                          "業界以「硬件—軟件—算法」協同。\n")
    for name in ("晶圓材料進口管理條例", "商品通", "期貨通", "新股通"):
        _iri, d = node_of(r, name)
        assert d is not None and d["type"] == "Policy" and d["discovered"], name
    assert node_of(r, "硬件—軟件—算法")[1] is None


def test_people_after_titles_and_not_after_ordinary_words(tmp_path):
    r = build(tmp_path, a="標題\n\n（記者 周敏）砺算科技创始人兼首席执行官孙国梁表示，首席分析师徐涛认为需求强劲。"
                          "d-Matrix創辦人兼行政總裁Sid Sheth指出成本下降。分析師指出，總裁於上月表示。\n")
    for name in ("周敏", "孙国梁", "徐涛", "Sid Sheth"):
        _iri, d = node_of(r, name)
        assert d is not None and d["type"] == "Person", name
    assert node_of(r, "於上月")[1] is None


def test_mentions_keep_offsets_into_the_original_file(tmp_path):
    text = "標題\r\n\r\n初創企業星瀾科技日前發布首款晶片。\r\n"
    r = build(tmp_path, a=text)
    _iri, d = node_of(r, "星瀾科技")
    (m,) = [m for m in d["mentions"] if m["text"] == "星瀾科技"]
    assert text[m["span"][0]:m["span"][1]] == "星瀾科技" and m["article"]


def test_discovered_entities_are_marked_in_the_rdf(tmp_path):
    r = build(tmp_path, a="標題\n\n初創企業星瀾科技日前發布首款晶片。\n")
    iri, d = node_of(r, "星瀾科技")
    g = to_rdf(r.graph)
    assert (URIRef(iri), KG.discovered, Literal(True)) in g
    assert g.value(URIRef(iri), KG.confidence) is not None


def test_kg_entities_lists_discovered_entities_for_review(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("標題\n\n初創企業星瀾科技日前發布首款晶片，英偉達H100。\n", encoding="utf-8")
    assert run_kg("build", tmp_path / "in", "-o", tmp_path / "g").returncode == 0
    res = run_kg("entities", tmp_path / "g", "--discovered", "--json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert [r["label"] for r in rows] == ["星瀾科技"]
    assert rows[0]["type"] == "Company" and rows[0]["mentions"] == 1 and rows[0]["discovered"]
    res = run_kg("entities", tmp_path / "g", "--type", "Chip")
    assert "H100" in res.stdout and "星瀾科技" not in res.stdout
    bad = run_kg("entities", tmp_path / "nothing")
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1


def test_latin_name_inside_a_longer_latin_word_is_not_a_mention(tmp_path):
    r = build(tmp_path, a="標題\n\n新架構TrueGPU兼容CUDA，英偉達GPU與AMD的MI300X對比。\n")
    texts = {m.text for d in r.docs for m in d.mentions}
    assert "GPU" in texts and "MI300X" in texts  # whole words are found
    spans = {(m.start, m.end, m.text) for d in r.docs for m in d.mentions}
    key = r.docs[0].norm.text
    true_gpu = key.index("TrueGPU")
    assert not any(s > true_gpu and e <= true_gpu + 7 and t == "GPU" for s, e, t in spans)
