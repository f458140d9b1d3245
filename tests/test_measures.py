"""MEASURES lane: export controls, their issuers, their targets and the materials they hit (own invented
sentences; real body and company names)."""
import pytest

from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source
from kg.resolve import resolve
from relation_scoring import labelled_edges as relations

LEX = load_lexicon()


def mentions(text: str) -> list[tuple[str, str]]:
    doc = process(Source("t.txt", "t.txt", "出口管制週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return [(m.type, m.canonical or m.text) for m in doc.mentions]


def printed(text: str) -> list[tuple[str, str]]:
    doc = process(Source("t.txt", "t.txt", "出口管制週報\n\n" + text + "\n", "utf-8"), LEX)
    return [(m.type, m.text) for m in doc.mentions]


# -- materials are goods (kg:Product) ---------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("北京宣布限制稀土出口，業界憂心。", "稀土"),
    ("這批永磁體將運往歐洲馬達廠。", "永磁體"),
    ("市場關注石墨價格走勢。", "石墨"),
    ("出口鎵和鍺須申請許可。", "鎵"),
])
def test_materials_are_products(text, word):
    found = printed(text)
    assert ("Product", word) in found
    assert ("Technology", word) not in found


# -- a numbered announcement printed without 年 -------------------------------------------------------------
def test_numbered_announcement_without_year_character(tmp_path):
    text = "商務部週四發布「商務部公告2031第7號 公布對境外相關稀土物項實施出口管制的決定」。"
    assert ("Policy", "商務部公告2031年第7號") in mentions(text)
    rels = relations(tmp_path, text)
    assert ("商務部公告2031年第7號", "issuedBy", "商務部") in rels
    assert ("商務部公告2031年第7號", "restricts", "稀土") in rels
    assert not any(p == "develops" for s, p, o in rels)


# -- Taiwan's entity list is not the US one -----------------------------------------------------------------
def test_taiwan_entity_list_issuer_and_members(tmp_path):
    text = "經濟部週三公告，已將長江存儲與寒武紀列入「出口管制實體名單」。"
    rels = relations(tmp_path, text)
    assert ("出口管制實體名單", "issuedBy", "經濟部") in rels
    assert ("出口管制實體名單", "restricts", "長江存儲") in rels
    assert ("出口管制實體名單", "restricts", "寒武紀") in rels
    assert not any(s == "實體清單" for s, p, o in rels)


# -- goods printed together before one control head ---------------------------------------------------------
def test_shared_control_head_restricts_each_good(tmp_path):
    rels = relations(tmp_path, "北京再度擴大稀土與永磁體出口限制，歐洲車廠叫苦。")
    assert ("中國稀土出口管制", "restricts", "稀土") in rels
    assert ("中國稀土出口管制", "restricts", "永磁體") in rels


def test_material_as_alternative_is_no_user(tmp_path):
    text = "凡含稀土或使用永磁體技術的零件，出口前都須申報。"
    assert ("Product", "稀土") in printed(text)
    assert not any(p == "uses" for s, p, o in relations(tmp_path, text))


# -- bodies and laws the lexicon now knows -------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, name", [
    ("五角大廈戰略資本辦公室宣布一筆新貸款。", "Organization", "五角大廈戰略資本辦公室"),
    ("中國駐美大使館對此表示反對。", "Organization", "中國駐美大使館"),
    ("安全與管制局發布新的許可指引。", "Organization", "安全與管制局"),
    ("日本依據外匯法審查晶片設備出口。", "Policy", "外匯法"),
    ("BIS的新規被業界稱為穿透性規則，影響上百家子公司。", "Policy", "穿透性規則"),
])
def test_lexicon_bodies_and_laws(text, type_, name):
    assert (type_, name) in printed(text)


# -- review fixes: bare names that other regimes or other fields share ---------------------------------------
def entities(text: str) -> list[tuple[str, str | None]]:
    doc = process(Source("t.txt", "t.txt", "出口管制週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return [(m.text, m.entity) for m in doc.mentions]


TAIWAN_LIST = "https://w3id.org/kg/chip/id/taiwan-entity-list"


def test_entity_list_under_a_us_issuer_is_not_taiwans(tmp_path):
    text = "美國商務部週五將長鑫存儲與摩爾線程列入出口管制實體名單。"
    assert not any(iri == TAIWAN_LIST for _t, iri in entities(text))
    rels = relations(tmp_path, text)
    assert ("出口管制實體名單", "restricts", "摩爾線程") in rels  # a list of its own, issued by whoever prints it
    # the same name on a page naming Taiwan's ministry is Taiwan's list
    assert any(iri == TAIWAN_LIST for _t, iri in entities("經濟部週五宣布，將兩家公司列入出口管制實體名單。"))


@pytest.mark.parametrize("text", [
    "紐約州議會通過AI護欄條款，要求模型業者公開測試結果。",   # AI-safety guardrails
    "歐盟人工智慧法的護欄規定明年上路。",
    "財政部依關聯企業規則查核某晶圓廠的移轉訂價。",            # tax vocabulary
    "韓國依據外匯法調查海力士的海外投資。",                    # Korea's act, not Japan's
])
def test_bare_names_of_other_fields_or_regimes_name_no_export_control(text):
    names = {t for t, iri in entities(text) if iri}
    assert not any(t in names for t in ("護欄條款", "護欄規定", "關聯企業規則", "外匯法"))


def test_guardrails_named_beside_the_chips_act():
    assert ("Policy", "護欄條款") in printed("受晶片法案補助的企業須遵守護欄條款，十年內不得在中國擴產。")


def test_rare_earth_style_control_of_another_country_is_not_chinas(tmp_path):
    rels = relations(tmp_path, "日本收緊石墨和銻出口管制。")
    assert not any(p == "issuedBy" and o == "中國" for s, p, o in rels)
    assert not any("中國" in s for s, p, o in rels)


@pytest.mark.parametrize("text, good", [
    ("中國升級稀土、鎵和鍺出口管制措施。", "金屬鎵"),   # gallium and germanium have a control of their own
    ("中國擴大稀土與H20出口管制。", "H20"),               # a chip is no material of the rare-earth controls
])
def test_shared_head_does_not_give_one_control_every_good(tmp_path, text, good):
    rels = relations(tmp_path, text)
    assert not any(p == "restricts" and o == good for s, p, o in rels)


@pytest.mark.parametrize("text", ["據悉中國將擴大稀土與永磁體出口限制。", "中國擬加強稀土與永磁體出口限制。"])
def test_planned_widening_of_a_control_is_no_restriction(tmp_path, text):
    assert not any(p == "restricts" for s, p, o in relations(tmp_path, text))


def test_widening_still_restricts_each_good(tmp_path):
    rels = relations(tmp_path, "中國商務部宣布擴大稀土與永磁體出口限制。")
    assert ("中國稀土出口管制", "restricts", "稀土") in rels
    assert ("中國稀土出口管制", "restricts", "永磁體") in rels
