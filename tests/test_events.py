"""EVENTS lane: who takes part in a trade show, a conference, a forum or an alliance (participatesIn), an event's
edition year read as part of its name (own invented sentences; real company and event names, invented news)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import entity_iris  # noqa: E402
from relation_scoring import graph_of, holds  # noqa: E402


def _graph(tmp_path, text):
    return graph_of(tmp_path, "科技週報\n\n" + text + "\n")


# -- an edition's year is part of the event's name, the event stays one node ---------------------------
def test_an_editions_year_is_read_with_the_event_and_resolves_to_it():
    found = entity_iris("聯發科在Computex 2026上展示新晶片，英特爾也曾在Computex上亮相。", "Organization")
    assert "Computex 2026" in found and "Computex" in found
    assert found["Computex 2026"] == found["Computex"]  # one node for the show and its edition
    # a year that starts a date is none of the name
    assert "國際半導體展2025年" not in entity_iris("國際半導體展2025年9月舉行。", "Organization")


# -- a person or a company launching, showing or speaking at an event ---------------------------------
def test_a_keynote_at_an_event_is_taking_part_in_it(tmp_path):
    g = _graph(tmp_path, "高通執行長艾蒙在CES主題演講中介紹了新一代筆電處理器。")
    assert holds(g, "艾蒙", "participatesIn", "CES")


def test_a_company_launching_at_a_show_without_shang_takes_part(tmp_path):
    g = _graph(tmp_path, "英特爾於CES發布新款筆電處理器，超微則在台北國際電腦展2025證實下一代GPU的代號。")
    assert holds(g, "英特爾", "participatesIn", "CES")
    assert holds(g, "超微", "participatesIn", "台北國際電腦展")


def test_a_denied_launch_and_a_talk_before_the_show_are_no_participation(tmp_path):
    g = _graph(tmp_path, "英特爾今年未在CES發布新品。聯發科在CES前表示，新晶片將於下半年推出。高通於CES展示新晶片。")
    assert not holds(g, "英特爾", "participatesIn", "CES")
    assert not holds(g, "聯發科", "participatesIn", "CES")
    assert holds(g, "高通", "participatesIn", "CES")


def test_a_ministry_is_no_event(tmp_path):
    g = _graph(tmp_path, "輝達執行長黃仁勳在美國商務部表示支持出口管制。黃仁勳在GTC大會主題演講中宣布新架構。")
    assert not holds(g, "黃仁勳", "participatesIn", "美國商務部")
    assert holds(g, "黃仁勳", "participatesIn", "GTC")


def test_the_event_opening_the_sentence_and_the_speaker_after_it(tmp_path):
    g = _graph(tmp_path, "在萬眾矚目的Computex 2026開幕演講中，超微董事長蘇姿丰描繪了AI PC的願景。")
    assert holds(g, "蘇姿丰", "participatesIn", "Computex")
    assert holds(g, "超微", "participatesIn", "Computex")


def test_a_speaker_at_the_opening_of_a_show(tmp_path):
    g = _graph(tmp_path, "國際半導體展今天開幕，台積電董事長魏哲家致詞時表示，人工智慧需求仍然強勁。")
    assert holds(g, "魏哲家", "participatesIn", "國際半導體展")


def test_companies_speaking_in_turn_at_a_show_that_opens(tmp_path):
    g = _graph(tmp_path, "台北國際電腦展於今日盛大開幕，高通、聯發科與英特爾輪番開講，搶攻AI PC市場。")
    for c in ("高通", "聯發科", "英特爾"):
        assert holds(g, c, "participatesIn", "台北國際電腦展"), c


def test_attending_a_conference_is_taking_part(tmp_path):
    g = _graph(tmp_path, "台積電董事長魏哲家昨日抵達南京，出席在當地舉行的世界半導體大會。")
    assert holds(g, "魏哲家", "participatesIn", "世界半導體大會")


# -- alliances ----------------------------------------------------------------------------------------
def test_each_founder_of_an_alliance_takes_part_in_it(tmp_path):
    g = _graph(tmp_path, "聯發科、廣達與日月光等企業共同成立「矽光子產業聯盟」，推動共同封裝光學。")
    for c in ("聯發科", "廣達", "日月光"):
        assert holds(g, c, "participatesIn", "矽光子產業聯盟"), c


def test_a_person_met_on_a_trip_does_not_take_part_in_the_travellers_summit(tmp_path):
    g = _graph(tmp_path, "魏哲家先去東京和孫正義會談，隨後在南京參與世界半導體大會。")
    assert not holds(g, "孫正義", "participatesIn", "世界半導體大會")


# -- who runs an event or a company --------------------------------------------------------------------
def test_the_event_printed_after_the_company_that_holds_it_is_run_by_it(tmp_path):
    g = _graph(tmp_path, "輝達GTC大會今晨在聖荷西登場，吸引上萬名開發者。")
    assert holds(g, "輝達", "operates", "GTC")
    assert not holds(g, "輝達", "participatesIn", "GTC")  # the organizer is no guest of its own event


def test_the_organizer_speaking_at_its_event_is_no_participant(tmp_path):
    g = _graph(tmp_path, "輝達在GTC大會上發布新一代GPU架構，鴻海也於GTC大會展示AI伺服器。")
    assert not holds(g, "輝達", "participatesIn", "GTC")
    assert holds(g, "鴻海", "participatesIn", "GTC")


def test_a_company_said_to_be_run_by_another_is_operated_by_it(tmp_path):
    g = _graph(tmp_path, "日本先進半導體製造位於熊本縣菊陽町，由台積電負責營運，主要生產車用晶片。")
    assert holds(g, "台積電", "operates", "日本先進半導體製造")
