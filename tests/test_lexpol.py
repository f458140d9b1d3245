"""LEXPOL lane: the lexicon of chip-industry policies, funds and the bodies behind them. A policy printed by
its full name, its short form or in the other script is one node; a short form that is also an ordinary
phrase (以舊換新 at a shop, any country's 國家半導體戰略) names the policy only beside its cue.
Sentences are invented."""

from __future__ import annotations

from conftest import mentions
from mention_helpers import entity_iris


def _resolved_policies(text):
    """Printed text -> entity slug of the policies after resolution (a found name gets its node there)."""
    return {t: (iri or "").rsplit("/", 1)[-1] for t, iri in entity_iris(text, "Policy", title="標題", resolved=True).items()}


def _iris(text, lex):
    return {(m.type, m.text): (m.entity or "").rsplit("/", 1)[-1] for m in mentions("標題\n\n" + text + "\n", lex)}


def _types(text, lex):
    return {(m.type, m.text) for m in mentions("標題\n\n" + text + "\n", lex)}


def test_taiwan_chips_act_by_short_and_full_name_in_both_scripts_is_one_policy(lex):
    got = _iris("立法院修正產業創新條例第10條之2，業界稱產創10-2為台版晶片法案。", lex)
    assert got[("Policy", "產業創新條例第10條之2")] == "taiwan-chips-act"
    assert got[("Policy", "產創10-2")] == "taiwan-chips-act"
    assert got[("Policy", "台版晶片法案")] == "taiwan-chips-act"
    got = _iris("台湾修订产创条例第10条之2，企业研发投入可抵减税额。", lex)
    assert got[("Policy", "产创条例第10条之2")] == "taiwan-chips-act"


def test_ndaa_and_its_english_short_form_are_one_policy(lex):
    got = _iris("國會通過國防授權法案，NDAA禁止聯邦機構採購部分中國晶片；美国国防授权法亦限制相关采购。", lex)
    assert got[("Policy", "國防授權法案")] == "ndaa"
    assert got[("Policy", "NDAA")] == "ndaa"
    assert got[("Policy", "国防授权法")] == "ndaa"


def test_us_export_controls_as_a_regime_and_the_1260h_list(lex):
    got = _iris("受美國出口管制影響，該公司營收下滑；五角大廈亦將其列入1260H清單。", lex)
    assert got[("Policy", "美國出口管制")] == "us-export-controls"
    assert got[("Policy", "1260H清單")] == "1260h-list"


def test_state_ic_programmes_and_funds(lex):
    got = _iris("從908工程、909工程到核高基與02專項，再到上海集成電路產業投資基金和國家人工智能產業投資基金。", lex)
    assert got[("Policy", "908工程")] == "project-908"
    assert got[("Policy", "909工程")] == "project-909"
    assert got[("Policy", "核高基")] == "hegaoji"
    assert got[("Policy", "02專項")] == "major-project-02"
    assert got[("Policy", "上海集成電路產業投資基金")] == "shanghai-ic-fund"
    assert got[("Policy", "國家人工智能產業投資基金")] == "national-ai-industry-fund"


def test_little_giant_programme_is_read_whole(lex):
    got = _iris("該公司入選專精特新小巨人，屬專精特新企業。", lex)
    assert got[("Policy", "專精特新小巨人")] == "little-giant-programme"
    assert got[("Policy", "專精特新")] == "zhuanjingtexin"


def test_trade_in_subsidy_needs_its_cue(lex):
    # a shop's trade-in offer is no state programme
    assert not {t for t, _ in _types("百貨公司週末推出以舊換新活動，舊鍋可折抵現金。", lex)} & {"Policy"}
    # the cue is the programme's issuer or its own words (財政部, 國補 …), not bare 補貼, which a shop prints too
    got = _iris("財政部對手機以舊換新提供補貼，國補帶動銷量。", lex)
    assert got[("Policy", "以舊換新")] == "china-trade-in-programme"


def test_a_shops_trade_in_offer_and_another_countrys_special_act_are_no_policy(lex):
    # review fix: 以舊換新政策 / 以舊換新補貼 are cued too, and bare 補貼 / 政策 are no longer cues
    assert "Policy" not in {t for t, _ in _types("手機門市以舊換新最高折抵並加碼補貼。", lex)}
    assert "Policy" not in {t for t, _ in _types("家電賣場以舊換新政策優惠延長到月底。", lex)}
    got = _iris("發改委表示以舊換新政策將延續，國務院也擴大以舊換新補貼。", lex)
    assert got[("Policy", "以舊換新政策")] == got[("Policy", "以舊換新補貼")] == "china-trade-in-programme"
    # bare 半導體特別法 is also said of Taiwan's and Japan's bills: Korea's only beside a Korea cue
    assert "Policy" not in {t for t, _ in _types("日本也在研議半導體特別法草案。", lex)}
    got = _iris("南韓國會表決半導體特別法，業界關注工時條款。", lex)
    assert got[("Policy", "半導體特別法")] == "korea-semiconductor-special-act"


def test_chip_tariffs_and_a_national_strategy_need_their_country(lex):
    assert ("Policy", "晶片關稅") not in _types("印尼政府研究晶片關稅的影響。", lex)
    # whose 晶片關稅 it is, is read from who levies it (kg/discover_policy3.find_levies), not from a US word
    # anywhere in the sentence
    assert _resolved_policies("川普宣布將徵收晶片關稅，稅率大幅提高。")["晶片關稅"] == "us-chip-tariffs"
    assert _resolved_policies("歐盟宣布對美國企業徵收晶片關稅。").get("晶片關稅") != "us-chip-tariffs"
    assert ("Policy", "國家半導體戰略") not in _types("印度發表國家半導體戰略草案。", lex)
    got = _iris("馬來西亞政府推出國家半導體戰略，目標吸引外資。", lex)
    assert got[("Policy", "國家半導體戰略")] == "malaysia-national-semiconductor-strategy"


def test_policy_bodies_committees_and_alliances(lex):
    got = _iris("國務院關稅稅則委員會公布稅率；顛覆性技術打擊小組起訴走私者；矽光子產業聯盟擴大成員。", lex)
    assert got[("Organization", "國務院關稅稅則委員會")] == "tariff-commission"
    assert got[("Organization", "顛覆性技術打擊小組")] == "disruptive-technology-strike-force"
    assert got[("Organization", "矽光子產業聯盟")] == "siphia"
    got = _iris("硅光子产业联盟与劳伦斯利弗莫尔国家实验室合作，马来西亚投资、贸易及工业部表示欢迎。", lex)
    assert got[("Organization", "硅光子产业联盟")] == "siphia"
    assert got[("Organization", "劳伦斯利弗莫尔国家实验室")] == "llnl"
    assert got[("Organization", "马来西亚投资、贸易及工业部")] == "malaysia-miti"
