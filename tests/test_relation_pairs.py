"""[[pair]] rules (ontology/rules/relations.toml, pair.<predicate>): one table per predicate and trigger-word
family, read in active, passive, with-, fronted and role-list word orders. Sentences written for these
tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.rules import RuleError, load_rules, pair_rules

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def test_a_pair_table_becomes_one_rule_per_word_order():
    spec = {"id": "pair.x", "predicate": "investsIn", "subject": "Company", "object": "Company+",
            "triggers": ["投资"], "passive": ["获"], "roles": ["投资方"]}
    got = {rid: pattern for rid, pattern, _rels, _conf, _repeat in pair_rules(spec, "test")}
    assert set(got) == {"pair.x.active", "pair.x.passive", "pair.x.roles"}
    assert got["pair.x.passive"].startswith("{Company+:o}")


def test_words_after_the_fronted_object_are_data():
    # fronted_not: 与前代甲装配的乙相比 — the words kept out after O come from the table, none by default
    spec = {"id": "pair.c", "predicate": "comparedWith", "subject": "Chip", "object": "Chip", "with": ["与"],
            "with_triggers": ["相比"], "fronted": True}
    plain = {rid: pattern for rid, pattern, *_ in pair_rules(spec, "test")}["pair.c.fronted"]
    guarded = {rid: pattern for rid, pattern, *_ in pair_rules({**spec, "fronted_not": ["装配"]}, "test")}
    assert "装配" in guarded["pair.c.fronted"] and "装配" not in plain and "搭载" not in plain


@pytest.mark.parametrize("spec, words", [
    ({"id": "p", "predicate": "uses", "subject": "Chip", "object": "Nonsense", "triggers": ["采用"]}, "object"),
    ({"id": "p", "predicate": "uses", "subject": "Chip", "object": "Technology", "passive": ["被"]}, "need"),
    ({"id": "p", "predicate": "uses", "subject": "Chip", "object": "Technology", "triggers": ["采 用"]}, "without spaces"),
    ({"id": "p", "predicate": "uses", "subject": "Chip", "object": "Technology", "trigers": ["采用"]}, "unknown key"),
    ({"id": "p", "predicate": "comparedWith", "subject": "Chip", "object": "Chip", "with": ["与"],
      "with_triggers": ["相比"], "fronted_not": ["搭载"]}, "fronted"),
])
def test_a_bad_pair_is_a_one_line_error_naming_it(spec, words):
    with pytest.raises(RuleError, match=words):
        pair_rules(spec, "relations.toml: [[pair]]")


def test_a_bad_pair_in_a_rules_file_names_the_file(tmp_path):
    f = tmp_path / "relations.toml"
    f.write_text('[[pair]]\nid = "pair.bad"\npredicate = "uses"\nsubject = "Chip"\nobject = "Technology"\n',
                 encoding="utf-8")
    with pytest.raises(RuleError, match=r"relations\.toml.*pair\.bad"):
        load_rules(f)


def test_investment_active_passive_and_role_list(tmp_path):
    g = graph_of(tmp_path, "騰訊去年領投了燧原科技。\n摩爾線程獲阿里巴巴戰略投資。\n"
                           "壁仞科技上月完成新一輪融資，投資方包括騰訊、阿里巴巴等。\n")
    assert holds(g, "騰訊", "investsIn", "燧原科技")
    assert holds(g, "阿里巴巴", "investsIn", "摩爾線程")
    assert not holds(g, "摩爾線程", "investsIn", "阿里巴巴")
    assert holds(g, "騰訊", "investsIn", "壁仞科技")
    assert holds(g, "阿里巴巴", "investsIn", "壁仞科技")


def test_a_role_list_takes_the_company_opening_the_clause_not_an_earlier_member(tmp_path):
    g = graph_of(tmp_path, "壁仞科技完成融資，領投方騰訊，投資方包括阿里巴巴。\n")
    assert holds(g, "阿里巴巴", "investsIn", "壁仞科技")
    assert not holds(g, "阿里巴巴", "investsIn", "騰訊")


def test_fabrication_passive_and_active(tmp_path):
    g = graph_of(tmp_path, "據悉，昇騰910B交由中芯國際代工。\n台積電今年為客戶投片了H100。\n")
    assert holds(g, "昇騰910B", "fabricatedBy", "中芯國際")
    assert holds(g, "H100", "fabricatedBy", "台積電")
    assert not holds(g, "中芯國際", "fabricatedBy", "昇騰910B")


def test_a_designer_that_builds_a_chip_is_not_its_foundry(tmp_path):
    g = graph_of(tmp_path, "英偉達打造的H100大受歡迎。\n")
    assert not holds(g, "H100", "fabricatedBy", "英偉達")


def test_a_client_ordering_from_a_supplier(tmp_path):
    g = graph_of(tmp_path, "華邦電近日向應用材料訂購一批機台。\n")
    assert holds(g, "應用材料", "manufacturesFor", "華邦電")
    assert not holds(g, "華邦電", "manufacturesFor", "應用材料")


def test_chip_uses_and_supports_technology(tmp_path):
    g = graph_of(tmp_path, "這款新品中，MI300X集成了HBM3內存。\n昇騰910B原生支持PCIe。\n")
    assert holds(g, "MI300X", "uses", "HBM3")
    assert holds(g, "昇騰910B", "supports", "PCIe")


def test_comparison_with_and_fronted(tmp_path):
    g = graph_of(tmp_path, "昇騰910B與A100相當。\n與H100相比，B200的訓練速度提升三倍。\n")
    assert holds(g, "昇騰910B", "comparedWith", "A100")
    assert holds(g, "B200", "comparedWith", "H100")


def test_litotes_is_a_comparison_not_a_negation(tmp_path):
    g = graph_of(tmp_path, "業界認為，昇騰910B的表現並不遜色於A100。\n")
    assert holds(g, "昇騰910B", "comparedWith", "A100")


def test_a_plain_negation_still_blocks(tmp_path):
    g = graph_of(tmp_path, "昇騰910B並不支持PCIe。\n騰訊並未投資燧原科技。\n")
    assert not holds(g, "昇騰910B", "supports", "PCIe")
    assert not holds(g, "騰訊", "investsIn", "燧原科技")


def test_a_policy_restricts_the_chip_not_its_maker(tmp_path):
    g = graph_of(tmp_path, "美國商務部去年更新了實體清單，新規針對英偉達H20。\n")
    assert holds(g, "*", "restricts", "H20")
    assert not holds(g, "*", "restricts", "英偉達")


def test_a_company_located_and_a_person_joining(tmp_path):
    g = graph_of(tmp_path, "長江存儲總部位於武漢。\n黃仁勳早年加入了AMD。\n")
    assert holds(g, "長江存儲", "locatedIn", "武漢")
    assert holds(g, "黃仁勳", "affiliatedWith", "AMD")
