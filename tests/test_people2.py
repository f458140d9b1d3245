"""PEOPLE2 lane: people on fresh text — staff credits on a metadata line, kin pairs and the subjects
of life events (own invented sentences and names)."""
import pytest

from kg.lexicon import load_lexicon
from kg.pipeline import make_graph, process
from kg.reader import Source
from kg.resolve import resolve

LEX = load_lexicon()


def people(text: str) -> set[str]:
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return {m.text for m in doc.mentions if m.type == "Person"}


@pytest.mark.parametrize("text, name", [
    ("鉅亨網編譯洪啟明 2031-04-02 09:15\n台積電今天公布營收。", "洪啟明"),
    ("IP属地 中国·上海 编辑:贺小涵 星河财经 时间:2031-04-02 20:11:55\n寒武纪今天公布营收。", "贺小涵"),
    ("責任編輯：伍思遠 來源：南港日報\n台積電今天公布營收。", "伍思遠"),
    ("整理：洪啟明 更新時間：2031/04/02\n台積電今天公布營收。", "洪啟明"),
    ("審校：伍思遠 2031年4月2日\n台積電今天公布營收。", "伍思遠"),
    ("文／洪啟明 2031-04-02\n台積電今天公布營收。", "洪啟明"),
])
def test_a_staff_credit_on_a_metadata_line(text, name):
    assert name in people(text)


def test_a_credit_without_a_metadata_line_needs_its_usual_end():
    # a role word in running text followed by a name-shaped word and a space is no credit
    assert not people("他擔任編輯洪水 報告中文/英文版本都有。")


def test_the_outlet_printed_with_the_role_employs_the_person(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("中央社編譯洪啟明 2031-04-02 09:15\n台積電今天公布營收。\n", encoding="utf-8")
    g = make_graph([page]).graph
    pairs = {(g.nodes[u].get("label"), g.nodes[v].get("label"))
             for u, v, d in g.edges(data=True) if d.get("predicate") == "affiliatedWith"}
    assert ("洪啟明", "中央社") in pairs


@pytest.mark.parametrize("text, names", [
    ("凌芯的成立離不開來自湖南的范志遠、范志誠兩兄弟。", {"范志遠", "范志誠"}),
    ("该公司由来自浙江的邱振岳与柯文娟夫妇创立。", {"邱振岳", "柯文娟"}),
    ("凌芯的兩位創辦人邱振岳和邱振安兄弟早年任職台積電。", {"邱振岳", "邱振安"}),
    ("輝達執行長洪啟明與伍思遠兩人昨天會面。", {"洪啟明", "伍思遠"}),
])
def test_names_coordinated_before_a_kin_word_are_people(text, names):
    assert names <= people(text)


@pytest.mark.parametrize("text", [
    "台積電與聯電兩家公司都表態。",
    "在蘇州、無錫兩地設廠。",
    "華虹與華力兩兄弟公司合作。",
    "記者會上，黃金與白銀兩者都上漲。",
])
def test_places_companies_and_words_before_a_pair_word_are_not_people(text):
    assert not people(text)


@pytest.mark.parametrize("text, name", [
    ("資料顯示，范志遠1980年出生於長沙，後赴美留學。", "范志遠"),
    ("24歲，范志遠博士畢業，晉升為研究員。", "范志遠"),
    ("范志遠14歲入讀少年班。", "范志遠"),
    ("弟弟范志誠出生於1982年，也投身晶片設計。", "范志誠"),
])
def test_the_subject_of_a_life_event_is_a_person(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "他從清華大學畢業後加入華為。",
    "，中山大學畢業的工程師越來越多。",
    "高雄1980年出生的企業家很多。",
    "該公司旗下的其子公司宏芯2019年成立。",
])
def test_places_and_schools_before_a_life_event_are_not_people(text):
    assert not people(text)


def test_a_transliterated_name_glossed_in_latin_is_a_person_anywhere():
    assert "柯德" in people("此政策由白宮國安會成員、對華強硬派柯德（Jason Kord）主導推動。")


@pytest.mark.parametrize("text", [
    "美滿（Marvell Technology）與賽靈思（Xilinx）都在列。",
    "星際之門（Stargate Project）今天啟動。",
    "英國的安謀（Arm Holdings）今天上漲。",
])
def test_companies_and_projects_glossed_in_latin_are_not_people(text):
    assert not people(text)


@pytest.mark.parametrize("text, expected", [
    ("，范志遠曾任台積電副總。", {"范志遠"}),
    ("范志遠早年任職英特爾。", {"范志遠"}),
    ("凌芯曾任供應商。", set()),  # a two-character subject of 曾任 is as often a company
    ("，華邦電曾任記憶體龍頭。", set()),
    ("，韓國曾任輪值主席國。", set()),
])
def test_a_past_post_needs_a_three_character_name(text, expected):
    assert people(text) == expected

