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
    ("新規被業界稱為穿透性規則，影響上百家子公司。", "Policy", "穿透性規則"),
])
def test_lexicon_bodies_and_laws(text, type_, name):
    assert (type_, name) in printed(text)
