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
    assert "美國晶片關稅" in mentions(text, "Policy")  # named after its issuer's country (POLICY review)
    rels = relations(tmp_path, text)
    assert ("美國晶片關稅", "restricts", "英特爾") in rels and ("美國晶片關稅", "restricts", "美光科技") in rels


def test_a_threatened_tariff_is_marked_as_planned(tmp_path):
    from relation_scoring import graph_of, rules_of

    g = graph_of(tmp_path, "晶片週報\n\n美國總統揚言對英特爾、美光等企業徵收晶片關稅。\n")
    assert rules_of(g, "美國晶片關稅", "restricts", "英特爾") == {"policy.levy-on.planned"}


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


# -- review fixes: hedges, people, universities, sectors, targets, issuers, plans ------------------------------
def _planned_only(tmp_path, text, s, p, o):
    from relation_scoring import graph_of, rules_of

    rules = rules_of(graph_of(tmp_path, "晶片週報\n\n" + text + "\n"), s, p, o)
    return bool(rules) and all(r.endswith(".planned") for r in rules)


@pytest.mark.parametrize("text", [
    "業界指出，宏晶和鵬微芯可能被美國列入實體清單。",
    "宏晶和鵬微芯擔心被美國列入實體清單。",
    "宏晶和鵬微芯不會被美國列入實體清單。",
])
def test_a_hedged_or_denied_listing_names_no_company_and_lists_none(tmp_path, text):
    assert not any(c.startswith("鵬微芯") and c != "鵬微芯" for c in mentions(text, "Company"))  # no 鵬微芯可能
    rels = relations(tmp_path, text)
    assert not any(p == "restricts" and o.startswith("鵬微芯") for _s, p, o in rels) \
        or _planned_only(tmp_path, text, "實體清單", "restricts", "鵬微芯")


def test_a_name_never_swallows_the_adverb_before_the_passive():
    assert mentions("宏晶和鵬微芯此前被美國列入實體清單。", "Company") == ["宏晶", "鵬微芯"]


@pytest.mark.parametrize("text", [
    "王建和李華早已被美國列入制裁名單。",  # people on a sanctions list
    "王建和李華早已被美國列入實體清單。",  # names that read as people's
    "北航和哈工程早已被美國列入實體清單。",  # universities
])
def test_people_and_universities_put_on_a_list_are_no_companies(text):
    assert mentions(text, "Company") == []


@pytest.mark.parametrize("text", [
    "受影響的包括晶圓代工、封裝測試及IC設計等企業。",
    "受衝擊的包括電動車、光伏和鋰電池等企業。",
])
def test_a_list_of_sectors_closed_by_a_word_for_companies_names_no_company(text):
    assert mentions(text, "Company") == []


@pytest.mark.parametrize("text, wrong", [
    ("美國對中國半導體出口管制再升級。", "中國"),
    ("美國商務部收緊中國晶片出口限制。", "中國"),
    ("日本宣布放寬對韓國半導體出口管制。", "韓國"),
    ("歐盟通過俄羅斯石油禁運。", "俄羅斯"),
    ("美國擴大伊朗石油禁運。", "伊朗"),
])
def test_the_target_of_a_measure_is_not_its_issuer(tmp_path, text, wrong):
    rels = relations(tmp_path, text)
    assert not any(p == "issuedBy" and o == wrong for _s, p, o in rels)
    assert not any(p == "restricts" and o == "韓國" for _s, p, o in rels)  # a loosening restricts nobody


def test_two_issuers_chip_tariffs_are_two_measures(tmp_path):
    rels = relations(tmp_path, "歐盟對美光徵收晶片關稅，美國對英特爾徵收晶片關稅。")
    issued = {(s, o) for s, p, o in rels if p == "issuedBy"}
    assert ("歐盟晶片關稅", "歐盟") in issued and ("美國晶片關稅", "美國") in issued
    assert not any(s == "美國晶片關稅" and o == "美光科技" for s, p, o in rels if p == "restricts")
    assert not any(s == "歐盟晶片關稅" and o == "英特爾" for s, p, o in rels if p == "restricts")


def test_a_person_s_tariff_is_named_after_the_country_the_lexicon_ties_the_person_to():
    assert "美國晶片關稅" in mentions("特朗普表態可能對英特爾、美光等企業徵收晶片關稅。", "Policy")


def test_another_country_s_measure_is_not_a_repeat_of_the_first(tmp_path):
    rels = relations(tmp_path, "日本對中國實施出口限制。美國的出口限制更嚴格。")
    assert ("日本對中國出口限制", "issuedBy", "日本") in rels
    assert ("日本對中國出口限制", "issuedBy", "美國") not in rels


@pytest.mark.parametrize("text, s, p, o", [
    ("美國可能對中國實施半導體設備出口限制。", "美國對中國出口限制", "restricts", "中國"),
    ("美國考慮對中國實施新的出口管制。", "美國對中國出口管制", "restricts", "中國"),
    ("美國將對中國實施出口管制。", "美國對中國出口管制", "restricts", "中國"),
    ("特朗普考慮對英特爾、美光等企業徵收晶片關稅。", "美國晶片關稅", "restricts", "英特爾"),
    ("特朗普威脅稱對英特爾、美光等企業徵收晶片關稅。", "美國晶片關稅", "restricts", "英特爾"),
    ("美國政府可能批准A800晶片對華出口許可。", "A800對華出口許可", "issuedBy", "美國政府"),
    ("美國正考慮對中國祭出制裁。", "美國對中國制裁", "restricts", "中國"),
    ("美國可能將長江存儲列入實體清單。", "實體清單", "restricts", "長江存儲"),
    ("特朗普表態支持對英特爾、美光等企業徵收晶片關稅。", "美國晶片關稅", "restricts", "英特爾"),
])
def test_a_measure_that_may_come_is_marked_as_planned(tmp_path, text, s, p, o):
    assert _planned_only(tmp_path, text, s, p, o)


def test_a_measure_for_a_named_threat_is_no_plan(tmp_path):
    from relation_scoring import graph_of, rules_of

    g = graph_of(tmp_path, "晶片週報\n\n美國以國家安全威脅對中國實施出口管制。\n")
    assert rules_of(g, "美國對中國出口管制", "restricts", "中國") == {"policy.measure-on"}


def test_a_sanction_is_read_by_the_measure_rule_not_the_tariff_rule(tmp_path):
    from relation_scoring import graph_of, rules_of

    g = graph_of(tmp_path, "晶片週報\n\n美國對中國祭出制裁。\n")
    assert rules_of(g, "美國對中國制裁", "restricts", "中國") == {"policy.measure-on"}


def test_an_exemption_from_a_levy_restricts_nobody(tmp_path):
    rels = relations(tmp_path, "特朗普豁免對英特爾、美光等企業徵收晶片關稅。")
    assert not any(p == "restricts" for _s, p, _o in rels)


@pytest.mark.parametrize("text", ["美國對中國科技公司實施制裁。", "美國對中國晶片廠實施制裁。"])
def test_a_country_describing_the_companies_hit_is_not_restricted(tmp_path, text):
    rels = relations(tmp_path, text)
    assert not any(p == "restricts" and o == "中國" for _s, p, o in rels)


@pytest.mark.parametrize("text, company", [
    ("華為被美國商務部列入實體清單。", "華為"),
    ("中芯國際遭美國商務部列入實體清單。", "中芯國際"),
])
def test_a_company_listed_by_a_named_agent_is_listed_and_the_agent_is_not(tmp_path, text, company):
    rels = relations(tmp_path, text)
    assert ("實體清單", "restricts", company) in rels
    assert ("實體清單", "restricts", "美國商務部") not in rels


def test_list_members_closed_by_several_companies(tmp_path):
    assert mentions("名單包括雲岫智算、赤霄微電等多家企業。", "Company") == ["雲岫智算", "赤霄微電"]
    assert mentions("受影響的包括晶圓代工、封裝測試等多家企業。", "Company") == []  # sectors, not firms


def test_names_after_a_clause_opener_like_ju_xi_are_listed(tmp_path):
    rels = relations(tmp_path, "據悉宏晶和鵬微芯早已被美國列入實體清單。")
    assert ("實體清單", "restricts", "宏晶") in rels and ("實體清單", "restricts", "鵬微芯") in rels


def test_a_review_of_investment_aimed_at_china_restricts_nothing(tmp_path):
    rels = relations(tmp_path, "美國對華投資審查新規持續加碼。")
    assert not any(p == "restricts" for _s, p, _o in rels)


@pytest.mark.parametrize("text, members", [
    ("美國商務部將雲岫智算、赤霄微電及玄圃科技列入實體清單。", ["雲岫智算", "赤霄微電", "玄圃科技"]),
    ("美國商務部把雲岫智算、赤霄微電等企業列入實體清單。", ["雲岫智算", "赤霄微電"]),
    ("美國商務部將雲岫智算、赤霄微電等三家企業列入實體清單。", ["雲岫智算", "赤霄微電"]),
])
def test_a_list_put_on_a_blacklist_by_jiang_lists_each_member(tmp_path, members, text):
    rels = relations(tmp_path, text)
    assert all(("實體清單", "restricts", m) in rels for m in members)
    assert mentions("美國將北航、哈工程列入實體清單。", "Company") == []  # universities: no companies
    assert mentions("美國商務部將李明、王強列入實體清單。", "Company") == []  # people: no companies
