"""POLICYREL lane: what policies restrict, who issues them, whom they help (own invented sentences and
names, both scripts)."""
import pytest

from kg.lexicon import load_lexicon
from kg.pipeline import make_graph, process
from kg.reader import Source
from kg.resolve import resolve
from relation_scoring import labelled_edges as relations

LEX = load_lexicon()


def labels(text: str, type_: str) -> list[str]:
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return [m.canonical or m.text for m in doc.mentions if m.type == type_]


# -- tariffs named by issuer and target ------------------------------------------------------------------
@pytest.mark.parametrize("text, name, issuer, target", [
    ("美國總統對巴西進口商品徵收高達40%的關稅，引發市場震盪。", "美國對巴西關稅", "美國", "巴西"),
    ("美国对墨西哥加征25%关税。", "美国对墨西哥关税", "美國", "墨西哥"),
    ("日本對越南課徵反傾銷稅，涉及多項鋼材。", "日本對越南反傾銷稅", "日本", "越南"),
])
def test_tariff_named_by_issuer_and_target(tmp_path, text, name, issuer, target):
    assert name in labels(text, "Policy")
    rels = relations(tmp_path, text)
    label = next(s for s, p, o in rels if p == "restricts")
    assert (label, "issuedBy", issuer) in rels and (label, "restricts", target) in rels


def test_tariff_one_node_in_both_scripts(tmp_path):
    p1, p2 = tmp_path / "a.txt", tmp_path / "b.txt"
    p1.write_text("晶片週報\n\n美國對印尼加徵30%關稅。\n", encoding="utf-8")
    p2.write_text("芯片周报\n\n美国对印尼加征30%关税。\n", encoding="utf-8")
    g = make_graph([p1, p2]).graph
    tariffs = [n for n, d in g.nodes(data=True) if d.get("type") == "Policy"]
    assert len(tariffs) == 1


@pytest.mark.parametrize("text", [
    "中國對美國關稅表示強烈不滿。",                 # a reaction to another's tariff
    "美國對越南和泰國加徵關稅。",                   # several targets: no one name
    "美國調高關稅，衝擊出口商。",                   # no target
    "中國對美國的晶片法案表示不滿。",               # no tariff at all
])
def test_no_tariff_named(tmp_path, text):
    assert not any("關稅" in n or "关税" in n for n in labels(text, "Policy"))
    assert not any(p == "restricts" for _s, p, _o in relations(tmp_path, text))


# -- a country restricting other countries, lists adding members ------------------------------------------
def test_country_restricts_countries(tmp_path):
    rels = relations(tmp_path, "日本近期對越南和印尼實施半導體設備出口限制。")
    assert ("日本", "restricts", "越南") in rels and ("日本", "restricts", "印尼") in rels
    rels = relations(tmp_path, "越南对印尼出口管制表示不满。")
    assert not any(p == "restricts" for _s, p, _o in rels)


def test_list_adds_members(tmp_path):
    rels = relations(tmp_path, "實體清單此次新增華為與中芯國際兩家企業。")
    assert ("實體清單", "restricts", "華為") in rels and ("實體清單", "restricts", "中芯國際") in rels


# -- support schemes -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("韓國政府推出26兆韓元的韓國半導體綜合支援方案，協助三星與SK海力士。", "韓國半導體綜合支援方案"),
    ("法国政府推出法国芯片产业扶持计划，协助意法半导体扩产。", "法国芯片产业扶持计划"),
])
def test_support_scheme_named_and_helps(tmp_path, text, name):
    assert name in labels(text, "Policy")
    rels = relations(tmp_path, text)
    assert any(p == "supports" and o in ("三星電子", "意法半導體") for s, p, o in rels)
    assert any(p == "issuedBy" for s, p, o in rels)


def test_company_plan_is_no_scheme():
    assert labels("晶朗科技推出員工扶持計劃，協助新進工程師。", "Policy") == []


def test_export_permit_rule_named():
    assert "新加坡半導體出口許可規定" in labels("新加坡半導體出口許可規定即日起生效。", "Policy")


# -- orders, invoked laws, goods brought under a control ------------------------------------------------
def test_order_handed_to_company(tmp_path):
    rels = relations(tmp_path, "荷蘭經濟事務部九月三十日對晶朗科技下達「部長令」，要求其一年內不得調整資產。")
    assert ("部長令", "issuedBy", "荷蘭經濟事務部") in rels and ("部長令", "restricts", "晶朗科技") in rels


def test_body_invoking_a_law_restricts(tmp_path):
    rels = relations(tmp_path, "荷蘭經濟事務部援引「貨物供應法」對晶朗科技進行干預。")
    assert ("荷蘭經濟事務部", "restricts", "晶朗科技") in rels
    rels = relations(tmp_path, "荷蘭經濟事務部援引「貨物供應法」對晶朗科技表示支持。")
    assert ("荷蘭經濟事務部", "restricts", "晶朗科技") not in rels


def test_goods_brought_under_control(tmp_path):
    rels = relations(tmp_path, "H20芯片最近已被纳入美国出口许可要求范围。")
    assert any(p == "restricts" and o == "H20" for _s, p, o in rels)


def test_headline_member_joins_list(tmp_path):
    rels = relations(tmp_path, "某國擴大實體清單 晶朗科技入列")
    assert ("實體清單", "restricts", "晶朗科技") in rels


@pytest.mark.parametrize("text, name", [
    ("韓國政府推出26兆韓元半導體支援方案。", "韓國半導體支援方案"),       # the sum is no part of the name
    ("日本政府公布總額約500億美元的晶片補貼計劃。", "日本晶片補貼計劃"),   # the government's country names it
])
def test_scheme_named_with_country_without_sum(text, name):
    assert labels(text, "Policy") == [name]


def test_company_sum_plan_is_no_policy():
    assert labels("晶朗科技推出3億元的擴產計劃。", "Policy") == []


def test_partner_subscribes_to_fund(tmp_path):
    rels = relations(tmp_path, "晶朗科技認繳國家集成電路產業投資基金三期10億元。")
    assert ("晶朗科技", "investsIn", "國家集成電路產業投資基金三期") in rels


def test_grant_with_company_first(tmp_path):
    assert ("德國政府", "investsIn", "英特爾") in relations(tmp_path, "德國政府將提供英特爾99億歐元補貼。")
    assert not any(p == "investsIn" for _s, p, _o in relations(tmp_path, "德国政府不会提供英特尔额外补贴。"))


# -- review fixes --------------------------------------------------------------------------------------
def test_tariff_right_after_target_is_named(tmp_path):
    # the head printed right after the target (nothing between them) names the tariff; with a second
    # tariff on the page the first does not fold into it
    text = "日本對泰國關稅自明年起實施。日本對越南加徵15%關稅。"
    assert "日本對泰國關稅" in labels(text, "Policy")
    rels = relations(tmp_path, text)
    assert ("日本對泰國關稅", "restricts", "泰國") in rels
    assert ("日本對越南關稅", "restricts", "泰國") not in rels


def test_country_describing_sanctioned_company_is_not_restricted(tmp_path):
    rels = relations(tmp_path, "日本將對越南記憶體廠商晶朗科技實施制裁。")
    assert ("日本", "restricts", "越南") not in rels
    rels = relations(tmp_path, "日本近期對越南實施半導體設備出口限制。")
    # (POLICY lane: the export control is a policy of its own, issued by 日本, that restricts 越南)
    assert ("日本對越南出口限制", "restricts", "越南") in rels and ("日本對越南出口限制", "issuedBy", "日本") in rels


def test_member_joins_only_in_its_clause(tmp_path):
    rels = relations(tmp_path, "某國公布最新實體清單，今年營收排行榜中華為也上榜。")
    assert not any(p == "restricts" and o == "華為" for _s, p, o in rels)
