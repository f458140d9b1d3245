"""Financing rounds, shareholders and the investors' names (FUNDING lane): who led or followed a round of the
company an article is about, who holds shares in it (a holder and the person acting in concert with it), who
backs a state fund, a person's controlled stake — and the investors' names as outlets print them (某某資本 by its
form, banks by their short names). Every sentence here is invented for the test; company names are real or made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

from kg.lexicon import load_lexicon  # noqa: E402
from kg.pipeline import process  # noqa: E402
from kg.reader import read_source  # noqa: E402
from kg.resolve import resolve  # noqa: E402

HEAD = "晶片週報\n\n"


def graph(tmp_path, text):
    return graph_of(tmp_path, HEAD + text + "\n")


def mentions(tmp_path, text, typ="Company") -> set[str]:
    p = tmp_path / "names.txt"
    p.write_text(HEAD + text + "\n", encoding="utf-8")
    lex = load_lexicon()
    doc = process(read_source(p), lex)
    resolve([doc], lex)
    return {m.text for m in doc.mentions if m.type == typ}


ROUNDS = ("芯途微電子成立於2021年，專注車規級晶片。芯途微電子近日完成數億元天使輪融資。"
          "其中天使輪由小米戰略投資部領投，青嵐資本和遠帆創投跟投；A輪由北辰資本領投，遠帆創投跟投；"
          "A+輪由臨港科創投領投，星河互娛、啟元認知、北辰資本等機構聯合投資。芯途微電子表示，資金將用於研發。")


def test_round_investors_named_before_the_verb_invest_in_the_article_company(tmp_path):
    g = graph(tmp_path, ROUNDS)
    for investor in ("小米", "青嵐資本", "遠帆創投", "北辰資本", "臨港科創投", "星河互娛", "啟元認知"):
        assert holds(g, investor, "investsIn", "芯途微電子"), investor
    # the lead investor of one round is not the company the next round's followers invest in
    assert not holds(g, "遠帆創投", "investsIn", "北辰資本")
    assert not holds(g, "青嵐資本", "investsIn", "小米")
    # a round still being planned, or rumoured, is not asserted
    g = graph(tmp_path, "芯途微電子成立於2021年，專注車規級晶片。芯途微電子正籌備新一輪融資。傳聞本輪或將由北辰資本領投。")
    assert not holds(g, "北辰資本", "investsIn", "芯途微電子")


def test_round_investors_are_recognized_by_their_form_and_their_list(tmp_path):
    names = mentions(tmp_path, ROUNDS)
    for investor in ("青嵐資本", "遠帆創投", "北辰資本", "臨港科創投", "星河互娛", "啟元認知"):
        assert investor in names, investor
    # a department of an investor is the investor
    assert "小米戰略投資部" not in names
    # no names without a round's investor kg knows or one named like an investor, nor the people of a company
    names = mentions(tmp_path, "芯途微電子成立於2021年。公司管理層和員工跟投。星河互娛和啟元認知聯合投資。"
                               "兩家公司計劃聯合投資100億元建廠。")
    assert "星河互娛" not in names and "啟元認知" not in names
    assert not any("管理層" in n or "員工" in n for n in names)




def test_a_shareholder_list_with_a_holder_acting_in_concert(tmp_path):
    g = graph(tmp_path, "沐曦成立於2020年，專注GPU。沐曦更新了招股書。公司主要股東包括鼎岳投資及其一致行動人林海峰、"
                        "經緯創投、和利資本、紅杉資本等一眾明星投資機構。")
    for holder in ("鼎岳投資", "林海峰", "經緯創投", "和利資本", "紅杉資本"):
        assert holds(g, holder, "investsIn", "沐曦"), holder
    assert not holds(g, "林海峰", "investsIn", "鼎岳投資")


def test_a_holder_controlled_by_a_person_is_a_company_though_its_stem_is_a_word(tmp_path):
    # 翡翠 (jade) is a dictionary word, yet 翡翠投資 right after 控制的 and before the stake is a holder's name
    assert "翡翠投資" in mentions(tmp_path, "知名投資人林海峰及其控制的翡翠投資合計持股6.2%。")


def test_a_person_controlling_a_share_of_the_company(tmp_path):
    g = graph(tmp_path, "壁仞科技更新招股書。招股書顯示，張文合計控制壁仞科技18.5%的股權，為實際控制人。")
    assert holds(g, "張文", "investsIn", "壁仞科技")
    # controlling costs is no stake
    g = graph(tmp_path, "壁仞科技表示，張文將控制壁仞科技成本。")
    assert not holds(g, "張文", "investsIn", "壁仞科技")


def test_the_banks_backing_a_state_fund_printed_by_their_short_names(tmp_path):
    g = graph(tmp_path, "大基金三期正式成立，註冊資本3440億元。從股東構成看，三期基金更具金融屬性，其中國開金融有限責任公司"
                        "（國家開發銀行全資子公司）、工商銀行、建設銀行、郵儲銀行等金融機構成為重要出資方。")
    for bank in ("中國工商銀行", "中國建設銀行", "中國郵政儲蓄銀行", "國開金融"):
        assert holds(g, bank, "investsIn", "國家集成電路產業投資基金三期"), bank
    # the parent named in the note is no backer
    assert not holds(g, "國家開發銀行", "investsIn", "國家集成電路產業投資基金三期")


def test_bank_short_names_are_the_banks(tmp_path):
    names = mentions(tmp_path, "農業銀行、交通銀行和招商銀行均參與了認購。")
    assert {"農業銀行", "交通銀行", "招商銀行"} <= names


def test_a_word_on_the_shareholding_is_no_company(tmp_path):
    assert "構成看" not in mentions(tmp_path, "從股東構成看，三期基金呈現多元化。")


def test_the_largest_holders_listed_with_a_person_among_them(tmp_path):
    g = graph(tmp_path, "寒武紀的前五大股東分別為陳天石、紅杉資本、深創投。")
    for holder in ("陳天石", "紅杉資本", "深創投"):
        assert holds(g, holder, "investsIn", "寒武紀"), holder


def test_investors_named_as_a_company_s_investors_are_companies(tmp_path):
    names = mentions(tmp_path, "而鼎岳創投及Pinegrove為壁仞科技的領航資深獨立投資者，各自持有壁仞科技9.1%及4.2%股權。")
    assert "鼎岳創投" in names and "Pinegrove" in names


def test_a_plant_or_a_company_set_up_in_a_place_is_an_investment_there(tmp_path):
    g = graph(tmp_path, "美光投資超過300億元，在新加坡打造首座雙層晶圓製造廠。")
    assert holds(g, "美光", "investsIn", "新加坡")
    g = graph(tmp_path, "台積電今年宣布增加1000億美元投資美國先進半導體製造。")
    assert holds(g, "台積電", "investsIn", "美國")
    g = graph(tmp_path, "英偉達在台灣舉行記者會，推出新品。")
    assert not holds(g, "英偉達", "investsIn", "台灣")


def test_a_plant_in_a_state_of_a_country_and_a_described_builder(tmp_path):
    g = graph(tmp_path, "台積電宣布將在日本熊本興建第二座晶圓廠。")
    assert holds(g, "台積電", "investsIn", "熊本")
    g = graph(tmp_path, "為滿足需求，美國記憶體巨頭美光科技(Micron)投資超過300億元，在新加坡打造首座晶圓廠。")
    assert holds(g, "美光", "investsIn", "新加坡")


def test_acting_in_concert_is_no_post(tmp_path):
    g = graph(tmp_path, "沐曦成立於2020年，專注GPU。沐曦的主要股東包括鼎岳投資及其一致行動人林海峰、經緯創投。")
    assert holds(g, "林海峰", "investsIn", "沐曦")
    assert not any(k == "position" for _, _, k in g.edges(keys=True))


# --- review fixes (fundingfix): statements the round, holder and place readers must not make ---

def asserted(g, s: str, p: str, o: str) -> bool:
    """Is s p o stated as a fact (some evidence not marked .planned)?"""
    return any(not r.endswith(".planned") for r in rules_of(g, s, p, o))


def test_investors_listed_after_the_person_acting_in_concert_are_companies_not_people(tmp_path):
    text = "摩芯科技的主要股東包括鼎岳投資及其一致行動人林海峰、高捷資本、明勢資本等。"
    g = graph(tmp_path, text)
    for holder in ("鼎岳投資", "林海峰", "高捷資本", "明勢資本"):
        assert holds(g, holder, "investsIn", "摩芯科技"), holder
    assert not {"高捷資本", "明勢資本"} & mentions(tmp_path, text, "Person")
    # a second person in the list does not end it
    g = graph(tmp_path, "摩芯科技的主要股東包括鼎岳投資及其一致行動人林海峰、林海燕、青嵐資本等。")
    assert holds(g, "青嵐資本", "investsIn", "摩芯科技")


def test_kinds_of_party_following_a_round_are_no_investors_and_keep_the_named_ones(tmp_path):
    for party in ("多位天使投資人", "部分老股東", "管理團隊", "地方國資", "CEO"):
        text = f"芯途微電子完成B輪融資。本輪由北辰資本領投，遠帆創投、青嵐資本和{party}跟投。"
        g = graph(tmp_path, text)
        assert holds(g, "遠帆創投", "investsIn", "芯途微電子"), party
        assert holds(g, "青嵐資本", "investsIn", "芯途微電子"), party
        names = mentions(tmp_path, text)
        assert not any(party in n or n in party for n in names if n not in ("遠帆創投", "青嵐資本")), (party, names)
        assert "跟投" not in names


def test_the_company_receiving_a_strategic_investment_is_no_part_of_the_investor_s_name(tmp_path):
    for text in ("芯途微電子成立於2021年。公司獲得北辰資本戰略投資。", "芯途微电子成立于2021年。公司获得北辰资本战略投资。",
                 "芯途微電子成立於2021年。近期引入北辰資本戰略投資。"):
        names = mentions(tmp_path, text)
        assert "北辰資本" in names or "北辰资本" in names, names
        assert not any("獲得" in n or "获得" in n or "引入" in n for n in names), names


def test_a_planned_or_rumoured_round_is_not_asserted_for_its_followers_either(tmp_path):
    g = graph(tmp_path, "芯途微電子擬進行新一輪融資，擬由北辰資本領投，遠帆創投跟投。")
    assert holds(g, "遠帆創投", "investsIn", "芯途微電子")  # kept as a plan ...
    assert not asserted(g, "遠帆創投", "investsIn", "芯途微電子")  # ... not as a fact
    for text in ("芯途微電子正在融資。市場傳聞，北辰資本將領投，遠帆創投跟投。",
                 "芯途微電子正在融資。若本輪融資順利完成，北辰資本將領投，遠帆創投跟投。"):
        g = graph(tmp_path, text)
        assert not holds(g, "遠帆創投", "investsIn", "芯途微電子"), text
    # a fact in another clause (未披露) does not block the round
    g = graph(tmp_path, "芯途微電子完成B輪融資。公司未披露金額，本輪由北辰資本領投，遠帆創投跟投。")
    assert asserted(g, "遠帆創投", "investsIn", "芯途微電子")


def test_the_company_that_received_an_earlier_investment_is_the_round_s_company(tmp_path):
    g = graph(tmp_path, "芯途微電子成立於2021年，專注車規級晶片。華芯科技獲得北辰資本投資。遠帆創投也參與投資。")
    assert not holds(g, "遠帆創投", "investsIn", "芯途微電子")
    assert holds(g, "遠帆創投", "investsIn", "華芯科技")


def test_what_investors_usually_do_is_no_round_of_the_article_s_company(tmp_path):
    g = graph(tmp_path, "芯途微電子完成B輪融資。在晶片行業，紅杉中國和高瓴創投經常聯合投資。北辰資本和遠帆創投跟投。")
    assert not holds(g, "紅杉中國", "investsIn", "芯途微電子")
    assert holds(g, "遠帆創投", "investsIn", "芯途微電子")


def test_a_place_is_invested_in_only_where_the_company_builds(tmp_path):
    g = graph(tmp_path, "艾克爾宣布亞利桑那州新建封測廠。")
    assert holds(g, "艾克爾", "investsIn", "亞利桑那州")
    for text in ("台積電宣布美國客戶新建晶圓廠的需求增加。", "台積電營收大增，美國政府加碼投資美國半導體製造。",
                 "台積電批評美國投資美國半導體製造的補貼不足。"):
        g = graph(tmp_path, text)
        assert not holds(g, "台積電", "investsIn", "美國"), text


def test_the_bank_of_china_is_not_read_inside_longer_names(tmp_path):
    assert "中國銀行" in mentions(tmp_path, "工商銀行和中國銀行均參與了認購。")
    for text in ("中國銀行業協會發布報告，中國銀行業整體資產質量穩定。", "中國銀行保險監督管理委員會發布新規。"):
        assert "中國銀行" not in mentions(tmp_path, text), text


def test_the_backers_of_another_phase_of_a_fund_are_not_this_one_s(tmp_path):
    g = graph(tmp_path, "大基金三期正式成立，註冊資本3440億元。與二期不同，工商銀行、建設銀行等金融機構成為重要出資方，"
                        "而二期出資人為中國移動。")
    assert holds(g, "中國工商銀行", "investsIn", "國家集成電路產業投資基金三期")
    assert not holds(g, "中國移動", "investsIn", "國家集成電路產業投資基金三期")


def test_a_company_joined_to_another_in_an_earlier_clause_is_no_company_of_the_round(tmp_path):
    g = graph(tmp_path, "芯途微電子成立於2021年。去年，北辰資本與華芯科技成立星河微電子，由北辰資本和遠帆創投共同投資。")
    assert not holds(g, "遠帆創投", "investsIn", "華芯科技")
    # the company heading the earlier clause is
    g = graph(tmp_path, "華芯科技完成B輪融資，由北辰資本領投，遠帆創投跟投。")
    assert holds(g, "遠帆創投", "investsIn", "華芯科技")
