"""NAMES5 lane: people's names in the forms the title rules missed — a posting or a unit's title before the
name, long transliterated names, Latin names after a Chinese title or before a speaker verb and their family
name alone later, credits in lenticular brackets, rare surnames after a title, interview heads, names signed
with the title inside, a leader named in an administration; news agencies and contests as organizations
(own invented sentences and names)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


@pytest.mark.parametrize("text, printed, name", [
    # a posting: 駐 + a place + a post
    ("駐日代表柯敏之也出席了開幕典禮。", "柯敏之", "柯敏之"),
    ("驻南国台北经济文化办事处处长邰永川致词。", "邰永川", "邰永川"),
    # a unit's head
    ("宏晶科技經濟組組長葛明遠表示，出口將成長。", "葛明遠", "葛明遠"),
    # a transliterated Western name longer than its Chinese-shaped start (施某納 must not stop it)
    ("荷蘭對外貿易部長施萊納馬赫在信函中宣布決定。", "施萊納馬赫", "施萊納馬赫"),
    # a Latin name after a title the title lists do not hold, and its family name alone later
    ("宏晶科技資深副總裁兼伺服器部門經理Dan Whitaker出席活動。Whitaker並表示看好。", "Dan Whitaker", "Dan Whitaker"),
    ("宏晶科技資深副總裁兼伺服器部門經理Dan Whitaker出席活動。Whitaker並表示看好。", "Whitaker", "Dan Whitaker"),
    ("宏晶科技數據中心部門經理Anna MacLeod說明新品。", "Anna MacLeod", "Anna MacLeod"),
    # a Latin name opening a clause before a speaker verb
    ("另外，Tom Blackwood 指出，市場將成長。", "Tom Blackwood", "Tom Blackwood"),
    # a credit in lenticular brackets
    ("项目正式启动。(完) 【编辑:鄔小晴】", "鄔小晴", "鄔小晴"),
    # a surname the table leaves out, after a title and before a verb
    ("杰宏半导体董事长俎永熙介绍，公司将扩产。", "俎永熙", "俎永熙"),
    # a name signed with the title inside
    ("2031-01-04 駐南國台北經濟文化辦事處經濟組 柯組長立群\n資料來源：某報", "柯組長立群", "柯立群"),
])
def test_people_in_new_name_forms(text, printed, name):
    assert mentions(text, "Person").get(printed) == name, mentions(text, "Person")


def test_interview_heads_after_a_company_name_the_person():
    text = "訪談系列(三)| 宏晶科技鄔明遠:打造開放生態\n問：價格戰怎麼看?\n鄔明遠:在我看來，價格戰沒有益處。"
    found = mentions(text, "Person")
    assert found.get("鄔明遠") == "鄔明遠", found


def test_rare_surname_names_are_less_confident_than_known_surnames():
    from kg.lexicon import load_lexicon
    from kg.pipeline import process
    from kg.reader import Source

    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n杰宏董事长俎永熙介绍，总经理王永川表示。\n", "utf-8"),
                  load_lexicon())
    conf = {m.text: m.confidence for m in doc.mentions if m.type == "Person"}
    assert conf["俎永熙"] < conf["王永川"], conf


@pytest.mark.parametrize("text", [
    "美國總統川普外，也會晤商務部長。",  # a known name and a particle: no rare-surname name 某某外
    "董事长的助理表示，公司将扩产。",  # a possessive opens the clause, no name
    "總經理也親自介紹了新產品。",  # adverbs open the clause
    "駐日代表處今天表示歡迎。",  # the office, no name after the post
    "Rubin平台明年推出，命名源自天文學家。Rubin也將搭配新記憶體。",  # a chip, no family name of a person
])
def test_no_person_from_these(text):
    found = mentions(text, "Person")
    assert not any(k not in ("川普",) for k in found), found


def test_a_latin_speaker_needs_a_clause_start_and_a_person_like_name():
    assert "Acme Research" not in mentions("另外，Acme Research表示出貨成長。", "Person")
    assert "Tom Blackwood" not in mentions("宏晶的Tom Blackwood表示樂觀。", "Person")


def test_a_leader_named_in_an_administration_is_a_person_and_the_administration_an_organization():
    text = "美國拜登政府公布新一輪出口禁令。預計川普將保留拜登政府多項措施。"
    assert "拜登" in mentions(text, "Person")
    assert "拜登政府" in mentions(text, "Organization")


def test_the_leader_inside_an_administration_does_not_take_the_issuer_from_it():
    import tempfile

    from kg.pipeline import make_graph

    page = Path(tempfile.mkdtemp()) / "p.txt"
    page.write_text("晶片週報\n\n美國拜登政府本年公佈第三輪對中國晶片出口禁令。預計川普將保留拜登政府多項措施。\n",
                    encoding="utf-8")
    g = make_graph([page]).graph
    lab = lambda n: g.nodes[n].get("label")  # noqa: E731
    issuers = {lab(v) for u, v, k in g.edges(keys=True) if k == "issuedBy"}
    assert "拜登政府" in issuers and "拜登" not in issuers, issuers


@pytest.mark.parametrize("text, name", [
    ("據中新社報導，項目正式啟動。", "中新社"),
    ("(完) 中新社", "中新社"),
    ("據塔斯社報導，俄方表示。", "塔斯社"),
    ("在2031年世界互联网大会乌镇峰会开幕式上，宏晶科技发言。", "世界互联网大会"),
    ("在华为主办的2031华为AI创新大赛中，某团队获奖。", None),
])
def test_agencies_and_events(text, name):
    found = mentions(text, "Organization")
    if name is None:
        assert any(k.endswith("创新大赛") for k in found), found
    else:
        assert name in found, found


def test_a_bad_posting_setting_is_a_one_line_error(tmp_path, monkeypatch):
    from conftest import ontology_copy
    from kg import discover_names5
    from kg.errors import KgError

    ontology_copy(tmp_path, monkeypatch, "patterns/person.toml", 'posting_openers = ["驻"]', 'posting_openers = "驻"')
    try:
        discover_names5.load_forms5.cache_clear()
        with pytest.raises(KgError) as err:
            discover_names5.load_forms5()
        assert "posting_openers" in str(err.value) and "\n" not in str(err.value)
    finally:
        monkeypatch.undo()
        discover_names5.load_forms5.cache_clear()


def test_bare_parliament_names_the_parliament_of_the_country_named_before():
    found = mentions("荷蘭政府表示將加入管制。荷蘭對外貿易部長在致國會的信函中宣布決定。", "Organization")
    assert found.get("國會") == "荷蘭國會", found
    assert "國會" not in mentions("宏晶科技表示，新廠將在國慶前完工。", "Organization")


def test_bare_parliament_is_not_read_across_a_country_and_a_verb():
    assert "國會" not in mentions("日本政府表示。美方擔心中國會將晶片用於軍事。", "Organization")


def test_review_lookalikes_name_no_one(tmp_path):
    from kg.pipeline import make_graph
    for text in ("華為高管：明年出貨翻倍。", "台積電執行長暨總裁表示將擴產。"):
        p = tmp_path / "page.txt"
        p.write_text("晶片週報\n\n" + text + "\n", encoding="utf-8")
        g = make_graph([p]).graph
        assert not [d.get("label") for _n, d in g.nodes(data=True) if d.get("type") == "Person"], text
