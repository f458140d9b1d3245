"""The lexicon as data: its names stay unambiguous after script conversion, and the industry's well-known
names (makers by segment, ODMs, car makers, AI labs, funds, their chiefs and the officials who regulate them)
are found in both scripts, while short forms that are ordinary words stay ordinary words. Sentences are
invented for these tests."""

from __future__ import annotations

from collections import defaultdict

from rdflib.namespace import RDF, SKOS

from kg.namespaces import KG, E
from kg.normalize import name_key
from conftest import mentions

_LABELS = (SKOS.prefLabel, SKOS.altLabel, KG.guardedLabel, KG.numberedLabel)


def _owners(lex):
    out = defaultdict(set)
    for p in _LABELS:
        for s, o in lex.graph.subject_objects(p):
            out[name_key(str(o))].add(str(s))
    return out


def test_no_name_belongs_to_two_entries_after_script_conversion(lex):
    # kg:contextLabel and kg:scriptLabel are the two declared ways to share a name; any other sharing is a slip
    shared = {k: sorted(v) for k, v in _owners(lex).items() if len(v) > 1}
    assert shared == {}


def test_no_name_is_a_single_character(lex):
    assert sorted(k for k in _owners(lex) if len(k) < 2) == []


def test_background_facts_point_at_entries_of_the_lexicon(lex):
    known = set(str(s) for s in lex.graph.subjects(RDF.type, None))
    dangling = sorted((str(s).rsplit("/", 1)[-1], str(o))
                      for p in (KG.locatedIn, KG.affiliatedWith, KG.issuedBy, KG.developedBy)
                      for s, o in lex.graph.subject_objects(p) if str(o) not in known)
    assert dangling == []


def _iris(text, lex):
    return {(m.type, m.text): (m.entity or "").rsplit("/", 1)[-1] for m in mentions("標題\n\n" + text + "\n", lex)}


def test_makers_by_segment_in_both_scripts(lex):
    got = _iris("安森美與亞德諾半導體上調類比晶片報價，瑞昱、聯詠和群聯的訂單亦見回升。", lex)
    assert got[("Company", "安森美")] == "onsemi"
    assert got[("Company", "亞德諾半導體")] == "analog-devices"
    assert got[("Company", "瑞昱")] == "realtek"
    assert got[("Company", "聯詠")] == "novatek"
    assert got[("Company", "群聯")] == "phison"
    got = _iris("纳芯微、思瑞浦与杰华特均推出车规模拟芯片，江波龙则扩产存储模组。", lex)
    assert got[("Company", "纳芯微")] == "novosense"
    assert got[("Company", "思瑞浦")] == "3peak"
    assert got[("Company", "杰华特")] == "joulwatt"
    assert got[("Company", "江波龙")] == "longsys"


def test_server_makers_car_makers_and_funds(lex):
    got = _iris("緯穎、技嘉與雲達科技出貨新一代伺服器；理想汽車和小鵬汽車自研智駕晶片；中芯聚源與國調基金領投。", lex)
    assert got[("Company", "緯穎")] == "wiwynn"
    assert got[("Company", "技嘉")] == "gigabyte"
    assert got[("Company", "雲達科技")] == "qct"
    assert got[("Company", "理想汽車")] == "li-auto"
    assert got[("Company", "小鵬汽車")] == "xpeng"
    assert got[("Company", "中芯聚源")] == "smic-capital"
    assert got[("Company", "國調基金")] == "china-structural-reform-fund"


def test_chiefs_and_officials_with_their_affiliations(lex):
    got = _iris("商務部發言人何亞東回應提問；群聯執行長潘健成則表示看好企業級固態硬碟。", lex)
    assert got[("Person", "何亞東")] == "he-yadong"
    assert got[("Person", "潘健成")] == "khein-seng-pua"
    assert str(E["phison"]) in {str(o) for o in lex.graph.objects(E["khein-seng-pua"], KG.affiliatedWith)}


def test_acts_and_export_control_lists(lex):
    got = _iris("韓國通過K晶片法案，美方則把多家企業列入未經核實清單。", lex)
    assert got[("Policy", "K晶片法案")] == "k-chips-act"
    assert got[("Policy", "未經核實清單")] == "unverified-list"


def test_names_that_are_ordinary_words_are_not_companies(lex):
    # 理想 "ideal", 吉利 "lucky", 東風 "east wind", 現代 "modern", 大眾 "the public" are left out of the lexicon;
    # 日產 ("daily output" in 日產量) and 快手 (in 快手快腳) are guarded labels
    got = _iris("這是一個理想的方案，吉利的日子裡東風吹起，現代社會大眾皆知；日產量逾萬片，他快手快腳。", lex)
    assert not any(t == "Company" for t, _ in got)


def test_guarded_short_forms_still_name_the_company_as_a_word(lex):
    got = _iris("日產與松下表示將在美國合作，快手亦推出新模型。", lex)
    assert got[("Company", "日產")] == "nissan"
    assert got[("Company", "松下")] == "panasonic"
    assert got[("Company", "快手")] == "kuaishou"


def test_an_english_short_form_that_is_a_surname_is_not_the_company(lex):
    got = _iris("意法半導體執行長Jean-Marc Chery表示，奇瑞汽車是其客戶。", lex)
    assert got[("Person", "Jean-Marc Chery")] == "jean-marc-chery"
    assert got[("Company", "奇瑞汽車")] == "chery"
    assert not any(t == "Company" and n == "Chery" for t, n in got)


def test_a_new_model_is_not_cut_to_a_known_family_word(lex):
    got = _iris("輝達發表BlueField-5與BlueField-4，小米發表玄戒O3晶片。", lex)
    assert got[("Chip", "BlueField-4")] == "bluefield-4"
    assert ("Chip", "BlueField") not in got and ("Chip", "玄戒") not in got


def test_export_control_laws_and_regimes_in_simplified_script(lex):
    got = _iris("中方依据两用物项出口管制条例和稀土管理条例回应，美方则援引瓦森纳协定与出口管制改革法。", lex)
    assert got[("Policy", "两用物项出口管制条例")] == "dual-use-export-control-regulations"
    assert got[("Policy", "稀土管理条例")] == "rare-earth-regulations"
    assert got[("Policy", "瓦森纳协定")] == "wassenaar-arrangement"
    assert got[("Policy", "出口管制改革法")] == "ecra"
