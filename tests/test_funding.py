"""Financing rounds, shareholders and the investors' names (FUNDING lane): who led or followed a round of the
company an article is about, who holds shares in it (a holder and the person acting in concert with it), who
backs a state fund, a person's controlled stake — and the investors' names as outlets print them (某某資本 by its
form, banks by their short names). Every sentence here is invented for the test; company names are real or made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

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
    g = graph(tmp_path, "沐曦成立於2020年，專注GPU。沐曦更新了招股書。公司主要股東包括鼎岳投資及其一致行動人林海峰、經緯創投。")
    assert holds(g, "林海峰", "investsIn", "沐曦")
    assert not any(k == "position" for _, _, k in g.edges(keys=True))
