"""POLICY lane: what a measure restricts and who issues it (own invented sentences and names, both scripts).

A user asks of the graph: which companies did a list add, which export controls did a country impose and on
whom, who levied a tariff and on which companies, who granted a chip's licence — and must not be told that the
body doing the listing is itself listed, or that a ministry opposing a measure imposes one.
"""
import pytest

from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source
from kg.resolve import resolve
from relation_scoring import labelled_edges as relations

LEX = load_lexicon()


def mentions(text: str, type_: str) -> list[str]:
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return [m.canonical or m.text for m in doc.mentions if m.type == type_]


# -- members of a list closed by a count of companies ---------------------------------------------------
@pytest.mark.parametrize("text, members", [
    ("美國商務部週四宣布，共有9家公司新增至實體清單，包括雲岫智算、赤霄微電及玄圃科技這三家中國公司。",
     ["雲岫智算", "赤霄微電", "玄圃科技"]),
    ("美国商务部宣布，有六家企业新增至实体清单，包括云岫智算、赤霄微电和玄圃芯这三家中国企业。",
     ["云岫智算", "赤霄微电", "玄圃芯"]),
])
def test_list_members_closed_by_a_count_are_companies_and_listed(tmp_path, text, members):
    found = mentions(text, "Company")
    assert all(m in found for m in members)
    rels = relations(tmp_path, text)
    listed = {o for s, p, o in rels if p == "restricts" and s in ("實體清單", "实体清单")}
    assert all(m in listed or m.translate(str.maketrans("云电", "雲電")) in listed for m in members)


def test_a_city_before_a_member_of_such_a_list_is_part_of_its_name():
    found = mentions("該部門新增至實體清單的包括雲岫智算、成都赤霄微電及玄圃科技這三家中國公司。", "Company")
    assert "成都赤霄微電" in found and "赤霄微電" not in found


def test_only_a_count_of_companies_closing_a_list_makes_its_members_companies():
    assert mentions("議程包括雲岫智算、赤霄微電及玄圃芯這三個方案。", "Company") == []
    assert mentions("議程包括雲岫智算、赤霄微電及玄圃芯這三家公司。", "Company") == ["雲岫智算", "赤霄微電", "玄圃芯"]


# -- the body that lists is not listed; opposing a measure is not imposing one ---------------------------
def test_the_agent_of_a_passive_listing_is_not_listed(tmp_path):
    rels = relations(tmp_path, "兩家中國企業週五被美國商務部列入出口黑名單。")
    assert not any(p == "restricts" and o in ("美國商務部", "商務部") for _s, p, o in rels)


def test_opposing_a_measure_restricts_nobody(tmp_path):
    rels = relations(tmp_path, "中國外交部發言人表示，中方堅決反對美國濫用出口管制。")
    assert not any(p == "restricts" for _s, p, _o in rels)


# -- export controls named by issuer and target ------------------------------------------------------------
@pytest.mark.parametrize("text, issuer, target", [
    ("日本政府最早將於9月起對中國實施半導體設備出口限制。", "日本政府", "中國"),
    ("荷蘭政府近日對中國實施光刻機出口管制。", "荷蘭政府", "中國"),
])
def test_export_control_imposed_on_a_country(tmp_path, text, issuer, target):
    rels = relations(tmp_path, text)
    measure = next((s for s, p, o in rels if p == "restricts" and o == target), None)
    assert measure is not None and measure != issuer  # the measure, not the government, restricts
    assert (measure, "issuedBy", issuer) in rels


def test_export_control_on_a_country_s_companies_names_no_measure_on_the_country():
    # the measure hits the companies, not the country: no 美國對中國出口管制 is named (while the same words
    # aimed at the country are: the test above)
    assert mentions("美國對中國企業實施出口管制。", "Policy") == []
    assert "美國對中國出口管制" in mentions("美國對中國實施出口管制。", "Policy")


@pytest.mark.parametrize("text, name", [
    ("美國對華高端晶片出口限制持續加碼。", "美國對華高端晶片出口限制"),
    ("美国对华高端芯片出口限制持续加码。", "美国对华高端芯片出口限制"),
])
def test_measure_aimed_at_china_is_issued_by_its_country_and_restricts_china(tmp_path, text, name):
    rels = relations(tmp_path, text)
    label = next(s for s, p, o in rels if p == "issuedBy")
    assert (label, "issuedBy", "美國") in rels and (label, "restricts", "中國") in rels


def test_export_control_named_by_country_and_goods(tmp_path):
    text = "業界預期，比美國半導體出口限制更嚴格的措施將衝擊韓國廠商。"
    assert "美國半導體出口限制" in mentions(text, "Policy")
    assert ("美國半導體出口限制", "issuedBy", "美國") in relations(tmp_path, text)


# -- tariffs levied on companies, licences granted ---------------------------------------------------------
def test_tariff_levied_on_companies(tmp_path):
    text = "美國總統表態可能對英特爾、美光等企業徵收晶片關稅。"
    assert "晶片關稅" in mentions(text, "Policy")
    rels = relations(tmp_path, text)
    assert ("晶片關稅", "restricts", "英特爾") in rels and ("晶片關稅", "restricts", "美光科技") in rels


def test_a_threatened_tariff_is_marked_as_planned(tmp_path):
    from relation_scoring import graph_of, rules_of

    g = graph_of(tmp_path, "晶片週報\n\n美國總統揚言對英特爾、美光等企業徵收晶片關稅。\n")
    assert rules_of(g, "晶片關稅", "restricts", "英特爾") == {"policy.levy-on.planned"}


def test_a_chip_licence_is_granted_by_the_government(tmp_path):
    text = "美國政府已正式批准A800晶片對華出口許可。"
    assert "A800對華出口許可" in mentions(text, "Policy")
    assert ("A800對華出口許可", "issuedBy", "美國政府") in relations(tmp_path, text)


# -- names opening a clause that puts them on a blacklist ---------------------------------------------------
def test_names_put_on_a_blacklist_are_companies_and_listed(tmp_path):
    text = "業界人士指出，其中，宏晶和鵬微芯早已被美國列入實體清單。"
    assert mentions(text, "Company") == ["宏晶", "鵬微芯"]
    rels = relations(tmp_path, text)
    assert ("實體清單", "restricts", "宏晶") in rels and ("實體清單", "restricts", "鵬微芯") in rels


def test_a_description_put_on_a_blacklist_is_no_company():
    assert mentions("兩家企業早已被美國列入實體清單。", "Company") == []
    assert mentions("報告指出，宏晶和鵬微芯早已被美國列入實體清單。", "Company") == ["宏晶", "鵬微芯"]
