"""People's posts where the company does not stand right before the title (POSTS lane): an officer named in the
clause after the company's, former staff, a background, founders, staff who joined, stakes, departures, a post
said with 為, succeeded to or filled by someone — and the cases that must not bind (a rumoured, planned, possible
or denied post; a visit; someone else's stake; the subject's officer after a clause naming another company; a
verb before a name; a company's investor). Every sentence here is invented for the test. The people are made up
(林志明, 陳家豪 …, introduced by a post at the made-up 星河科技 so kg knows them as people) wherever a sentence
would otherwise state something about a real person; company names are real.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, positions  # noqa: E402

HEAD = "晶片週報\n\n"
# Made-up people, named with a post first so that the sentences after can name them alone.
CAST = "星河科技執行長林志明日前受訪，財務長陳家豪也出席。"


def graph(tmp_path, text):
    return graph_of(tmp_path, HEAD + text + "\n")


def cast(tmp_path, text):
    return graph_of(tmp_path, HEAD + CAST + text + "\n")


# --- the officer in the clause after the company's -------------------------------------------------------------

def test_officer_with_chained_titles_in_the_clause_after_the_company_but_not_another_firms_analyst(tmp_path):
    g = graph(tmp_path, "晶圓代工大廠台積電今日舉行股東會，董事長暨總裁魏哲家表示，先進製程需求強勁。")
    assert holds(g, "魏哲家", "affiliatedWith", "台積電")
    # an analyst of another firm opening the next clause is not bound to the subject
    g = cast(tmp_path, "台積電今日舉行法說會，摩根士丹利分析師林志明表示，看好台積電。")
    assert holds(g, "林志明", "affiliatedWith", "摩根士丹利")
    assert not holds(g, "林志明", "affiliatedWith", "台積電")


def test_the_subjects_officer_is_not_bound_to_the_company_its_clause_names_after_it(tmp_path):
    g = graph(tmp_path, "輝達宣布投資英特爾50億美元，創辦人暨執行長黃仁勳表示，雙方將共同開發產品。")
    assert holds(g, "黃仁勳", "affiliatedWith", "輝達")
    assert not holds(g, "黃仁勳", "affiliatedWith", "英特爾")
    g = graph(tmp_path, "蘋果今日向台積電追加訂單，董事長暨執行長庫克表示看好AI。")
    assert not holds(g, "庫克", "affiliatedWith", "台積電")


# --- former staff, quoted titles, officials -----------------------------------------------------------------------

def test_former_executive_printed_with_a_latin_name_in_brackets_but_not_a_verb_before_the_name(tmp_path):
    g = graph(tmp_path, "英特爾前高管芮妮·詹姆斯(Renee James)創立了一家新公司。")
    assert holds(g, "Renee James", "affiliatedWith", "英特爾")
    # the one praised is no former executive of the company
    g = graph(tmp_path, "思科前高管稱讚麗莎·蘇(Lisa Su)。")
    assert not holds(g, "Lisa Su", "affiliatedWith", "思科")


def test_title_in_quotes_and_people_among_a_bodys_officials(tmp_path):
    g = graph(tmp_path, "白宮「科技顧問」凱爾(Ted Kell)表示晶片出口將受審查。")
    assert holds(g, "凱爾", "affiliatedWith", "白宮")
    g = cast(tmp_path, "林志明等白宮官員出席會議。")
    assert holds(g, "林志明", "affiliatedWith", "白宮")


def test_official_of_a_bureau_glossed_in_brackets(tmp_path):
    g = graph(tmp_path, "美國商務部工業暨安全局(Bureau of Industry and Security)執法官員凱爾(Ted Kell)表示。")
    assert holds(g, "凱爾", "affiliatedWith", "美國商務部工業與安全局")


# --- backgrounds ---------------------------------------------------------------------------------------------------

def test_a_persons_background_at_a_company(tmp_path):
    g = cast(tmp_path, "陳家豪擁有英特爾工作背景。")
    assert holds(g, "陳家豪", "affiliatedWith", "英特爾")


def test_a_company_with_a_bodys_background_belongs_to_it_but_not_one_with_a_companys(tmp_path):
    g = graph(tmp_path, "中科曙光具有中國科學院背景。")
    assert holds(g, "中科曙光", "affiliatedWith", "中國科學院")
    # an investor's background makes no group (kg:affiliatedWith between companies)
    g = graph(tmp_path, "燧原科技擁有騰訊背景。")
    assert not holds(g, "燧原科技", "affiliatedWith", "騰訊")


# --- staff who joined, founders -------------------------------------------------------------------------------------

def test_staff_of_a_company_who_joined_another_then_named(tmp_path):
    g = cast(tmp_path, "中芯國際吸引了多位台積電資深工程師加盟，如現首席技術官林志明。")
    assert holds(g, "林志明", "affiliatedWith", "台積電")
    assert holds(g, "林志明", "affiliatedWith", "中芯國際")
    # the company drawing them in named at the end of the clause before, the next opening with 並
    g = cast(tmp_path, "陳家豪選擇從英特爾離職，創立壁仞科技，並吸引了多位英特爾核心技術人員加盟，如現首席技術官林志明。")
    assert holds(g, "林志明", "affiliatedWith", "壁仞科技")


def test_a_company_reporting_on_a_startups_hires_is_not_their_employer(tmp_path):
    g = cast(tmp_path, "台積電表示，這家新創吸引了多位英特爾工程師加盟，如現首席技術官林志明。")
    assert holds(g, "林志明", "affiliatedWith", "英特爾")
    assert not holds(g, "林志明", "affiliatedWith", "台積電")


def test_people_a_company_owes_its_founding_to_but_not_people_of_other_bodies(tmp_path):
    g = cast(tmp_path, "壁仞科技的成立與發展離不開來自江西的林志明、陳家豪兩人。")
    assert holds(g, "林志明", "affiliatedWith", "壁仞科技")
    assert holds(g, "陳家豪", "affiliatedWith", "壁仞科技")
    g = graph(tmp_path, "台積電的成立離不開美國前總統雷根與張忠謀。")
    assert not holds(g, "雷根", "affiliatedWith", "台積電")


def test_a_founder_with_a_date_before_the_verb(tmp_path):
    g = graph(tmp_path, "摩爾線程由輝達前全球副總裁張建中於2020年10月創立。")
    assert holds(g, "張建中", "affiliatedWith", "摩爾線程")


# --- stakes ---------------------------------------------------------------------------------------------------------

def test_a_holder_and_the_company_it_controls_or_acts_in_concert_with(tmp_path):
    g = cast(tmp_path, "林志明及其控制的華登國際合計持股12%。")
    assert holds(g, "林志明", "affiliatedWith", "華登國際")
    g = cast(tmp_path, "華登國際及其一致行動人林志明合計持股12%。")
    assert holds(g, "林志明", "affiliatedWith", "華登國際")


def test_a_person_named_a_shareholder_but_not_the_one_who_says_whose_stake_it_is(tmp_path):
    g = cast(tmp_path, "林志明為中芯國際第一大股東。")
    assert holds(g, "林志明", "investsIn", "中芯國際")
    g = cast(tmp_path, "林志明表示軟銀是輝達的大股東。")
    assert holds(g, "軟銀", "investsIn", "輝達")
    assert not holds(g, "林志明", "investsIn", "輝達")
    g = cast(tmp_path, "林志明的父親是台積電大股東。")
    assert not holds(g, "林志明", "investsIn", "台積電")


# --- departures ------------------------------------------------------------------------------------------------------

def test_leaving_a_company_is_a_past_post_but_a_rumoured_departure_is_not(tmp_path):
    g = cast(tmp_path, "林志明於2013年離開台積電。")
    assert holds(g, "林志明", "affiliatedWith", "台積電")
    g = cast(tmp_path, "陳家豪選擇從英特爾離職，創立新公司。")
    assert holds(g, "陳家豪", "affiliatedWith", "英特爾")
    g = cast(tmp_path, "傳林志明將離開中芯國際。")
    assert not holds(g, "林志明", "affiliatedWith", "中芯國際")


def test_a_visit_or_someone_else_leaving_is_no_post(tmp_path):
    g = cast(tmp_path, "林志明離開白宮時向記者表示，川普支持輝達。")
    assert not holds(g, "林志明", "affiliatedWith", "白宮")
    g = cast(tmp_path, "林志明昨日離開台積電總部後前往鴻海。")
    assert not holds(g, "林志明", "affiliatedWith", "台積電")
    g = cast(tmp_path, "林志明看到大量人才從英特爾出走。")
    assert not holds(g, "林志明", "affiliatedWith", "英特爾")


# --- posts said with 為, succeeded to, filled by, held -----------------------------------------------------------------

def test_a_post_said_with_wei_but_not_wei_meaning_for(tmp_path):
    g = graph(tmp_path, "黃仁勳為輝達創辦人。")
    assert holds(g, "黃仁勳", "affiliatedWith", "輝達")
    g = graph(tmp_path, "蘇姿丰身為AMD執行長，表示看好AI。")
    assert holds(g, "蘇姿丰", "affiliatedWith", "AMD")
    g = cast(tmp_path, "林志明為台積電董事長魏哲家頒獎。")
    assert not holds(g, "林志明", "affiliatedWith", "台積電")


def test_succeeding_to_a_post_but_not_a_rumoured_planned_possible_refused_or_denied_one(tmp_path):
    g = cast(tmp_path, "林志明去年接掌英特爾。")
    assert holds(g, "林志明", "affiliatedWith", "英特爾")
    for text in ("傳林志明將接任英特爾執行長。", "外媒報導，林志明可能接任英特爾執行長。", "林志明婉拒接掌英特爾。",
                 "林志明將接任英特爾董事長的消息遭到否認。", "林志明将接任英特尔首席执行官一职的传闻遭否认。"):
        g = cast(tmp_path, text)
        assert not holds(g, "林志明", "affiliatedWith", "英特爾"), text


def test_a_post_filled_by_a_person_but_not_one_to_be_filled_or_rumoured(tmp_path):
    g = cast(tmp_path, "英特爾執行長一職由林志明接任。")
    assert holds(g, "林志明", "affiliatedWith", "英特爾")
    for text in ("傳英特爾執行長一職將由林志明接任。", "英特爾執行長一職將由林志明接任的說法並不屬實。"):
        g = cast(tmp_path, text)
        assert not holds(g, "林志明", "affiliatedWith", "英特爾"), text


def test_a_person_described_by_a_post_held_but_not_someone_else_nor_a_post_to_come(tmp_path):
    g = cast(tmp_path, "曾任英特爾執行長的林志明表示。")
    assert holds(g, "林志明", "affiliatedWith", "英特爾")
    for text in ("曾任英特爾工程師的父親鼓勵林志明創業。", "可能出任英特爾執行長的林志明表示。",
                 "傳將出任英特爾執行長的林志明表示。"):
        g = cast(tmp_path, text)
        assert not holds(g, "林志明", "affiliatedWith", "英特爾"), text


def test_a_past_post_with_the_company_glossed_in_brackets(tmp_path):
    g = cast(tmp_path, "陳家豪曾任英特爾（Intel，美國晶片巨頭）亞洲區總經理。")
    assert holds(g, "陳家豪", "affiliatedWith", "英特爾")


# --- posts as printed ---------------------------------------------------------------------------------------------------

def test_a_former_post_and_a_hong_kong_secretarys_post_as_printed(tmp_path):
    g = graph(tmp_path, "前任執行長林志明時代的策略已被放棄。財政司司長陳家豪今日表示，將推出新措施。"
                        "律政司副司長黃志強今日表示，將修訂條例。")
    assert "前任執行長" in positions(g, "林志明")
    assert "財政司司長" in positions(g, "陳家豪")
    assert "律政司副司長" in positions(g, "黃志強")
