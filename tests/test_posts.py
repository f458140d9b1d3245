"""People's posts where the company does not stand right before the title (POSTS lane): an officer named in the
clause after the company's, former staff, a background, founders, staff who joined, stakes, departures, a post
said with 為 or filled by someone — and the cases that must not bind (a rumoured move, 為 meaning "for", an
analyst of another firm). Every sentence here is invented for the test; company and people names are real.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

HEAD = "晶片週報\n\n"


def graph(tmp_path, text):
    return graph_of(tmp_path, HEAD + text + "\n")


def test_officer_with_chained_titles_in_the_clause_after_the_company_but_not_another_firms_analyst(tmp_path):
    g = graph(tmp_path, "晶圓代工大廠台積電今日舉行股東會，董事長暨總裁魏哲家表示，先進製程需求強勁。")
    assert holds(g, "魏哲家", "affiliatedWith", "台積電")
    # an analyst of another firm opening the next clause is not bound to the subject
    g = graph(tmp_path, "台積電今日舉行法說會，摩根士丹利分析師詹家鴻表示，看好台積電。")
    assert holds(g, "詹家鴻", "affiliatedWith", "摩根士丹利")
    assert not holds(g, "詹家鴻", "affiliatedWith", "台積電")


def test_former_executive_printed_with_a_latin_name_in_brackets(tmp_path):
    g = graph(tmp_path, "思科前高管麗莎·蘇(Lisa Su)今日表示看好市場。")
    assert holds(g, "Lisa Su", "affiliatedWith", "思科")


def test_title_in_quotes_and_people_among_a_bodys_officials(tmp_path):
    g = graph(tmp_path, "白宮「科技顧問」凱爾(Ted Kell)表示晶片出口將受審查。")
    assert holds(g, "凱爾", "affiliatedWith", "白宮")
    g = graph(tmp_path, "蔣尚義等白宮官員出席會議。")
    assert holds(g, "蔣尚義", "affiliatedWith", "白宮")


def test_official_of_a_bureau_glossed_in_brackets(tmp_path):
    g = graph(tmp_path, "美國商務部工業暨安全局(Bureau of Industry and Security)執法官員凱爾(Ted Kell)表示。")
    assert holds(g, "凱爾", "affiliatedWith", "美國商務部工業與安全局")


def test_a_background_at_a_company(tmp_path):
    g = graph(tmp_path, "陳立武擁有英特爾工作背景。")
    assert holds(g, "陳立武", "affiliatedWith", "英特爾")
    g = graph(tmp_path, "聯發科和瑞昱都有台積電背景。")
    assert holds(g, "聯發科", "affiliatedWith", "台積電")
    assert holds(g, "瑞昱", "affiliatedWith", "台積電")


def test_staff_of_a_company_who_joined_another_then_named(tmp_path):
    g = graph(tmp_path, "新公司吸引了多位輝達核心技術人員加盟，如現首席技術官蔣尚義。")
    assert holds(g, "蔣尚義", "affiliatedWith", "輝達")


def test_people_a_company_owes_its_founding_to(tmp_path):
    g = graph(tmp_path, "晶芯科技的成立離不開蔣尚義、陳立武兩人。")
    assert holds(g, "蔣尚義", "affiliatedWith", "晶芯科技")
    assert holds(g, "陳立武", "affiliatedWith", "晶芯科技")


def test_a_holder_and_the_company_it_controls_or_acts_in_concert_with(tmp_path):
    g = graph(tmp_path, "陳立武及其控制的華登國際合計持股12%。")
    assert holds(g, "陳立武", "affiliatedWith", "華登國際")
    g = graph(tmp_path, "華登國際及其一致行動人陳立武合計持股12%。")
    assert holds(g, "陳立武", "affiliatedWith", "華登國際")


def test_a_person_named_a_shareholder(tmp_path):
    g = graph(tmp_path, "蔣尚義為中芯國際第一大股東。")
    assert holds(g, "蔣尚義", "investsIn", "中芯國際")
    g = graph(tmp_path, "蔣尚義首次進入中芯國際前十大股東。")
    assert holds(g, "蔣尚義", "investsIn", "中芯國際")


def test_leaving_a_company_is_a_past_post_but_a_rumoured_departure_is_not(tmp_path):
    g = graph(tmp_path, "蔣尚義於2013年離開台積電。")
    assert holds(g, "蔣尚義", "affiliatedWith", "台積電")
    g = graph(tmp_path, "蔣尚義選擇從台積電離職，創立新公司。")
    assert holds(g, "蔣尚義", "affiliatedWith", "台積電")
    g = graph(tmp_path, "傳蔣尚義將離開中芯國際。")
    assert not holds(g, "蔣尚義", "affiliatedWith", "中芯國際")


def test_a_post_said_with_wei_but_not_wei_meaning_for(tmp_path):
    g = graph(tmp_path, "黃仁勳為輝達創辦人。")
    assert holds(g, "黃仁勳", "affiliatedWith", "輝達")
    g = graph(tmp_path, "蘇姿丰身為AMD執行長，表示看好AI。")
    assert holds(g, "蘇姿丰", "affiliatedWith", "AMD")
    g = graph(tmp_path, "黃仁勳為台積電董事長魏哲家頒獎。")
    assert not holds(g, "黃仁勳", "affiliatedWith", "台積電")


def test_a_post_filled_by_a_person_and_a_person_described_by_a_post_held(tmp_path):
    g = graph(tmp_path, "英特爾執行長一職由陳立武接任。")
    assert holds(g, "陳立武", "affiliatedWith", "英特爾")
    g = graph(tmp_path, "曾任英特爾執行長的基辛格表示。")
    assert holds(g, "基辛格", "affiliatedWith", "英特爾")
    g = graph(tmp_path, "陳立武去年接掌英特爾。")
    assert holds(g, "陳立武", "affiliatedWith", "英特爾")


def test_a_past_post_with_the_company_glossed_in_brackets(tmp_path):
    g = graph(tmp_path, "蔣尚義曾任英特爾（Intel，美國晶片巨頭）亞洲區總經理。")
    assert holds(g, "蔣尚義", "affiliatedWith", "英特爾")


def positions(g, person: str) -> set[str]:
    return {v for u, v, k in g.edges(keys=True) if k == "position"
            and person in {str(g.nodes[u].get("label", ""))} | {x for x, _ in g.nodes[u].get("names") or []}}


def test_a_former_post_and_a_hong_kong_secretarys_post_as_printed(tmp_path):
    g = graph(tmp_path, "前任執行長基辛格時代的策略已被放棄。財政司司長陳茂波今日表示，將推出新措施。")
    assert "前任執行長" in positions(g, "基辛格")
    assert "財政司司長" in positions(g, "陳茂波")
