"""ORG lane: governments, ministries in ministers' titles, numbered plants and fabs, lists, budgets and
measures aimed at China, the semiconductor map (own invented sentences)."""
from kg.lexicon import load_lexicon
from kg.pipeline import make_graph, process
from kg.reader import Source
from kg.resolve import resolve

LEX = load_lexicon()


def mentions(text: str, type_: str) -> list:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    resolve([doc], LEX)
    return [m for m in doc.mentions if m.type == type_]


def found(text: str, type_: str) -> list[str]:
    return [m.text for m in mentions(text, type_)]


def relations(tmp_path, text: str, name: str = "page.txt") -> set[tuple[str, str, str]]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    g = make_graph([p]).graph
    return {(g.nodes[u].get("label"), k, g.nodes[v].get("label")) for u, v, k in g.edges(keys=True)
            if k != "mentions"}


def test_a_known_place_and_zheng_fu_is_its_government():
    orgs = found("甲國新聞\n\n南韓政府與美國政府週三表示將合作，某省合肥市政府亦宣布補貼。", "Organization")
    assert {"南韓政府", "美國政府", "合肥市政府"} <= set(orgs)


def test_local_government_in_general_is_no_name():
    assert found("多地地方政府與市政府均表示支持晶片產業。", "Organization") == []


def test_a_government_is_one_entity_in_both_scripts(tmp_path):
    (tmp_path / "a.txt").write_text("標題一\n\n美國政府宣布新措施。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("标题二\n\n美国政府宣布新措施。", encoding="utf-8")
    r = make_graph([tmp_path / "a.txt", tmp_path / "b.txt"])
    iris = {m.entity for d in r.docs for m in d.mentions if m.type == "Organization"}
    assert len(iris) == 1


def test_numbered_plants_are_places_and_di_names_the_same_plant():
    ms = mentions("某廠新聞\n\n台積電熊本第二廠明年動工，熊本二廠將生產先進晶片，晶圓十八廠滿載。", "Place")
    plants = [m for m in ms if m.text.endswith("廠")]
    assert {m.text for m in plants} == {"熊本第二廠", "熊本二廠", "晶圓十八廠"}
    kumamoto = {m.entity for m in plants if "熊本" in m.text}
    assert len(kumamoto) == 1 and None not in kumamoto


def test_a_plant_word_running_on_is_no_plant():
    text = "產業新聞\n\n日本三廠商將擴產，二廠長表示產能吃緊。"
    assert not any(t.endswith(("廠", "厂")) for t in found(text, "Place"))


def test_fab_numbers_are_places_whatever_the_spacing():
    ms = mentions("晶圓廠新聞\n\n某公司Fab 21與Fab21為同一座廠，另有Fab 12A。", "Place")
    fabs = [m for m in ms if m.text.lower().startswith("fab")]
    assert len(fabs) == 3 and len({m.entity for m in fabs}) == 2


def test_a_list_a_company_is_put_on_is_a_policy():
    assert "出口管制黑名單" in found("新聞\n\n華府將甲乙科技列入出口管制黑名單。", "Policy")


def test_a_list_named_by_its_own_name_right_after_is_that_list():
    text = "新聞\n\n美國商務部將十家公司列入貿易黑名單「實體清單」。另有三家公司早前被列入貿易黑名單。"
    pols = mentions(text, "Policy")
    assert pols and len({m.entity for m in pols}) == 1 and pols[0].entity == LEX.lookup("實體清單").iri
    assert "實體清單" in {m.text for m in pols}


def test_a_budget_of_a_fiscal_year_is_a_policy_with_its_place():
    pols = found("新聞\n\n經產省在二〇二六年度預算案中編列出資。日本2027年度預算案亦然。", "Policy")
    assert {"二〇二六年度預算案", "日本2027年度預算案"} <= set(pols)


def test_a_measure_aimed_at_china_is_a_policy():
    assert "美國對華晶片出口限制" in found("新聞\n\n美國對華晶片出口限制持續收緊。", "Policy")


def test_the_semiconductor_map_is_known_in_both_scripts():
    for text in ("甲公司在熊本、北海道、檳城與德州設廠。", "甲公司在熊本、北海道、槟城与得州设厂。"):
        places = {LEX.lookup(t).iri.rsplit("/", 1)[-1] for t in found("新聞\n\n" + text, "Place")}
        assert {"kumamoto", "hokkaido", "penang", "texas"} <= places


def test_ministries_are_known_by_their_short_forms():
    assert LEX.lookup("經產省").iri == LEX.lookup("METI").iri
    assert LEX.lookup("產業通商資源部").type == "Organization"
    assert LEX.lookup("國立清華大學").iri != LEX.lookup("清華大學").iri  # Hsinchu is not Beijing


def test_a_date_before_bao_dao_is_no_daily():
    assert not any("日報" in o for o in found("新聞\n\n〔記者甲／東京二十七日報導〕某公司宣布擴產。", "Organization"))


def test_places_in_places_and_plants_in_their_site(tmp_path):
    rels = relations(tmp_path, "新聞\n\n某公司在美國德州泰勒市興建新廠。英特爾亞利桑那廠區的Fab 52新廠已量產。")
    assert ("泰勒市", "locatedIn", "德克薩斯州") in rels or ("泰勒市", "locatedIn", "德州") in rels
    assert ("Fab 52", "locatedIn", "亞利桑那州") in rels


def test_a_company_runs_its_plants(tmp_path):
    rels = relations(tmp_path, "新聞\n\n台積電熊本二廠將於明年量產。華虹公司運營華虹五廠。")
    assert ("台積電", "locatedIn", "熊本二廠") in rels
    assert any(s.startswith("華虹") and p == "locatedIn" and o == "華虹五廠" for s, p, o in rels)


def test_a_minister_title_ties_the_person_to_the_ministry(tmp_path):
    text = "新聞\n\n經濟部長林大同指出，產業鏈穩健。"
    assert "經濟部" in found(text, "Organization")
    rels = relations(tmp_path, text)
    assert any(p == "affiliatedWith" and o == "經濟部" for _s, p, o in rels)
