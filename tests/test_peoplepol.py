"""PEOPLEPOL lane: people by role and context, policies by the form of their name (own invented
sentences and names)."""
import pytest

from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source
from kg.resolve import resolve

LEX = load_lexicon()


def mentions(text: str):
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    resolve([doc], LEX)
    return doc.mentions


def found(text: str, type_: str) -> list[str]:
    return [m.text for m in mentions("晶片週報\n\n" + text + "\n") if m.type == type_]


# -- people ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("經濟部次長范書豪表示，將協助廠商取得電力。", "范書豪"),
    ("凌芯科技投資長喬安平透露，公司正評估併購。", "喬安平"),
    ("共同執行長柏文錚說，明年營收可望翻倍。", "柏文錚"),
    ("立委鄧佳蓉質詢時要求經濟部說明。", "鄧佳蓉"),
    ("眾議員莫里斯提出新的晶片管制法案。", "莫里斯"),
    ("参议员华莱批评该公司向海外转移技术。", "华莱"),
    ("部長葛瑞亭今天表示，將加快審查。", "葛瑞亭"),
])
def test_a_name_after_a_role(text, name):
    assert name in found(text, "Person")


@pytest.mark.parametrize("text, name", [
    ("對此，邱振岳坦言，成本壓力很大。", "邱振岳"),
    ("鍾紹棠指出，先進封裝需求仍然強勁。", "鍾紹棠"),
    ("汪建国表示，公司将继续扩大研发投入。", "汪建国"),
])
def test_a_speaker_opening_a_clause_with_no_title(text, name):
    assert name in found(text, "Person")


@pytest.mark.parametrize("text", [
    "高層表示，公司將擴大投資。",
    "官方表示，將加強監管。",
    "金像電表示，訂單能見度已到年底。",
    "華邦電指出，記憶體價格回升。",
    "文中指出，晶片短缺仍將持續。",
    "周期性的景氣循環讓公司營收高達百億元。",
    "王牌產品銷量大增，高達三成。",
    "公司發言人表示，將持續觀察市場。",
    "該校教授表示，相關研究仍在進行。",
])
def test_common_words_are_no_people(text):
    assert found(text, "Person") == []


def test_a_short_lexicon_name_does_not_cut_a_longer_name():
    # 張文 is a known person; 張文馨 and 張文宏 are other people
    assert found("記者張文馨／台北報導", "Person") == ["張文馨"]
    assert "張文" not in found("張文宏表示，疫情趨緩。", "Person")
    assert "張文" in found("張文表示，公司將赴港上市。", "Person")
    assert "張文" in found("壁仞科技創辦人張文今年表示看好。", "Person")


# -- policies ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("日本半導體戰略提出擴大投資。", "日本半導體戰略"),
    ("瑞典經濟部公布半導體數位產業戰略。", "半導體數位產業戰略"),
    ("韓國政府宣布半導體產業支援計劃。", "半導體產業支援計劃"),
    ("德國政府的晶片補貼計畫遭削減。", "晶片補貼計畫"),
    ("美國國防授權法案禁止採購特定晶片。", "美國國防授權法案"),
    ("通膨削減法案提供稅收抵免。", "通膨削減法案"),
    ("韓國國會通過半導體特別法。", "半導體特別法"),
    ("美國參議院通過GAIN AI法案。", "GAIN AI法案"),
    ("美國依據232條款對半導體課徵關稅。", "232條款"),
    ("美國對中國加徵的301關稅仍未取消。", "301關稅"),
])
def test_a_policy_named_by_its_head_word(text, name):
    assert name in found(text, "Policy")


@pytest.mark.parametrize("text", [
    "該法案已送交參議院。",
    "相關政策仍在研議中。",
    "新規上路後，業者需申報。",
    "這項計畫預計投入百億元。",
    "雙方簽署AI戰略合作協議。",
    "公司推出擴產計畫，將投資百億。",
    "凌芯公布擴產計劃。",
    "營運長說明公司成長戰略。",
    "公司發布新一輪回購計劃。",
    "美國政府推出投資計畫。",
    "這將改變遊戲規則。",
    # (印度半導體任務 went: it is the India Semiconductor Mission, a named programme the lexicon holds)
])
def test_descriptions_are_no_policies(text):
    assert found(text, "Policy") == []


@pytest.mark.parametrize("text, name", [
    ("南港理工學院汪正勳院長表示，將增設晶片學程。", "汪正勳"),
    ("北灣大學電機系賴柏翰教授指出，人才缺口擴大。", "賴柏翰"),
])
def test_a_name_printed_before_its_title(text, name):
    assert name in found(text, "Person")


@pytest.mark.parametrize("text", [
    "前任董事長任內推動轉型。",
    "研究所所長表示看好。",
    "國立大學教授表示支持。",
    "該公司董事長表示，將擴產。",
    "科技部長期推動研究。",
    "他擔任該院院長多年。",
])
def test_words_after_a_title_are_no_people(text):
    assert found(text, "Person") == []


def relations(text: str) -> set[tuple[str, str, str]]:
    from kg.pipeline import make_graph
    import tempfile
    from pathlib import Path

    p = Path(tempfile.mkdtemp()) / "page.txt"
    p.write_text("晶片週報\n\n" + text + "\n", encoding="utf-8")
    g = make_graph([p]).graph
    label = lambda n: g.nodes[n].get("label", n)  # noqa: E731
    return {(label(u), d.get("predicate"), label(v)) for u, v, d in g.edges(data=True)}


def test_a_name_before_its_title_is_affiliated_with_the_body_before_it():
    rels = relations("北灣大學電機系賴柏翰教授指出，人才缺口擴大。")
    assert ("賴柏翰", "affiliatedWith", "北灣大學") in rels


def test_people_after_more_roles_are_affiliated_with_the_body():
    rels = relations("台積電投資長喬安平透露，公司將擴大投資。")
    assert ("喬安平", "affiliatedWith", "台積電") in rels


def test_the_two_parts_of_a_dotted_transliterated_name_stay_one_name():
    assert "詹姆斯·莫爾" in found("摩根士丹利分析師詹姆斯·莫爾表示，需求穩定。", "Person")


def test_a_transliterated_name_before_a_verb_of_leaving_office():
    assert "葛拉漢" in found("前執行長葛拉漢離職後，公司改組。", "Person")
