"""PEOPLE lane: people nobody listed, found by their form and context — the name ends before a day word or a
trip (某某昨（9）日表示, 某某當天, 某某赴白宮), a three-character name before a word is not a four-character
name (某某某針對), a Chinese name glossed in Latin (某某（Foo Bar）), a transliterated name joined by a middle
dot (某森·黃), a role and a bar inside a metadata line (作者 | 某某 編輯 | 某某), a plant head's title and the
Malaysian honorifics before a name, a year of birth after a comma, 兄長某某攜手, 某某歷任, 某某曾坦言.
Invented sentences and names only."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402
from relation_scoring import graph_of, positions  # noqa: E402


@pytest.mark.parametrize("text, name", [
    # a day word after the name ends it (Taiwanese dates 昨（9）日, 當天)
    ("曜石半導體副總經理何鈞昨（9）日表示，需求強勁，公司表示將擴產。", "何鈞"),
    ("外交部發言人毛甯當天在記者會上表示反對，部長會議決定延後表決。", "毛甯"),
    # a trip after the name ends it
    ("星河科技執行長吳明勳赴華府與官員會面，執行長一職暫不交棒。", "吳明勳"),
    # three characters, then a word: not a four-character name
    ("星河科技執行長陳樹武針對此事回應，當局表示將持續觀察。", "陳樹武"),
    # a Chinese name glossed by its Latin name, with no title before it (a company glossed stays a company)
    ("蘇凱雯（Kevin Sue）表示，台積電（TSMC Arizona）將擴產。", "蘇凱雯"),
    # a transliterated name whose parts a middle dot joins, with no title before it (a product series is no one)
    ("傑森·黃出席了開幕典禮，新款晶片A·B系列上市。", "傑森·黃"),
    ("據悉，莫里斯·蘭德斯也到場致詞。", "莫里斯·蘭德斯"),
    # a plant's head (工廠長達十年: no title, no name)
    ("聯電南方廠資深執行廠長戴錦程，站在新廠房前；舊工廠長達十年未更新設備。", "戴錦程"),
    # a Malaysian honorific before the name
    ("首相拿督斯里阿布拉說，政府已批准投資。", "阿布拉"),
    # the year of birth after the name and a comma
    ("提起這家公司，就得說到一位老兵。梁崇凱，1976年出生，畢業於某大學。", "梁崇凱"),
    # a kinship word before the name, a joint act after it
    ("2016年，他與兄長陳雲翔攜手創辦公司。", "陳雲翔"),
    # a two-character name after a title, then a career
    ("星河科技聯合創始人兼CTO彭莉歷任多家公司架構師。", "彭莉"),
    # an adverb between the speaker and the verb
    ("在一次論壇上，李彥翔曾坦言，造芯最難。", "李彥翔"),
])
def test_people_in_context(text, name):
    found = mentions(text, "Person")
    assert name in found and set(found.values()) == {name}, found  # the name, and no one else


def test_names_after_roles_and_bars_inside_a_metadata_line():
    found = mentions("2031-01-14 19:07:20\n來源 | 《某刊》雜誌 作者 | 蔡夢琪 編輯 | 盧秀芬   2\n\n正文開始。", "Person")
    assert "蔡夢琪" in found and "盧秀芬" in found, found


def test_an_honorific_is_no_part_of_the_post(tmp_path):
    g = graph_of(tmp_path, "晶片週報\n\n馬來西亞首相拿督斯里阿布拉說，政府已批准投資。\n")
    assert positions(g, "阿布拉") == {"馬來西亞首相"}


# -- review fixes: the riskiest surfaces, each on its own (no person, no employer, no post) -------------------
@pytest.mark.parametrize("text", [
    # a firm or brand named after people, printed with a middle dot (the bracket names a firm; the name is listed)
    "羅德·施瓦茨（Rohde & Schwarz）表示，將與台積電合作。",
    "勞斯·萊斯表示，將採用輝達晶片。",
    "哈雷·戴維森推出電動機車。",
    # a place or a fund glossed in pinyin or English
    "星河科技在蕭山（Xiao Shan）及余杭（Yu Hang）設廠。",
    "高毅（Gao Yi Asset）領投星河科技。",
    "金士頓（Kingston Technology）與方舟（Ark Invest）宣布合作。",
])
def test_no_person_in_firms_places_and_funds(text):
    assert mentions(text, "Person") == {}, mentions(text, "Person")


@pytest.mark.parametrize("text", [
    "2031-01-14 19:07:20\n作者 | 藍鯨財經 編輯 | 錢江晚報\n\n正文開始。",
    "2031-01-14 19:07:20\n來源 | 芯智訊 作者 | 雷鋒網 編輯 | 某刊\n\n正文開始。",
])
def test_no_outlet_after_a_role_and_a_bar(text):
    found = mentions(text, "Person")
    assert not {"藍鯨財經", "錢江晚報", "雷鋒網"} & set(found.values()), found


@pytest.mark.parametrize("text, wrong", [
    ("晶片週報\n\n台積電董事長王明親赴輝達總部。\n", "王明親"),
    ("晶片週報\n\n輝達執行長王明專程赴台積電參訪。\n", "王明專程"),
])
def test_an_adverb_before_a_trip_is_no_part_of_the_name(tmp_path, text, wrong):
    assert wrong not in mentions(text, "Person").values()
    g = graph_of(tmp_path, text)
    assert positions(g, wrong) == set()
    assert not [1 for u, v, k in g.edges(keys=True) if k == "affiliatedWith" and g.nodes[u].get("label") == wrong]


@pytest.mark.parametrize("text, name", [
    # a Chinese name glossed in pinyin counts before a speech verb, even with a common given name
    ("李明（Ming Li）表示，需求強勁，公司表示將擴產。", "李明"),
    # a two-character adverb between the speaker and the verb
    ("在一次論壇上，李彥翔也曾坦言，造芯最難。", "李彥翔"),
])
def test_people_before_a_speech_verb(text, name):
    found = mentions(text, "Person")
    assert name in found.values() and set(found.values()) <= {name, "Ming Li"}, found
