"""Names read in their context: a ministry named with its country, a copula or a noun after a name."""

import pytest
from conftest import found


@pytest.mark.parametrize("text,name", [
    ("標題\n\n德國聯邦經濟部表示將提供補貼。", "德國聯邦經濟部"),
    ("标题\n\n韩国商务部宣布新的出口规定。", "韩国商务部"),
    ("標題\n\n新加坡貿易工業部宣布新的補助計劃。", "新加坡貿易工業部"),
])
def test_a_ministry_named_with_its_country_is_that_countrys_body(text, name, lex):
    got = found(text, lex)
    assert ("Organization", name) in got
    # not Taiwan's 經濟部 or China's 商務部, whose bare names the lexicon knows
    assert not {n for t, n in got if t == "Organization"} & {"經濟部", "商務部", "商务部"}


def test_full_names_the_lexicon_knows_keep_their_entry(lex, tmp_path):
    from kg.pipeline import process
    from kg.reader import read_source

    f = tmp_path / "p.txt"
    f.write_text("標題\n\n美國商務部與台灣經濟部均表示，經濟部將審查此案。\n", encoding="utf-8")
    ents = {m.text: m.entity for m in process(read_source(f), lex).mentions}
    assert ents["美國商務部"].endswith("/us-commerce")
    assert ents["台灣經濟部"] == ents["經濟部"]


@pytest.mark.parametrize("text", [
    "標題\n\n張三是分析師，他認為晶片需求強勁。",
    "標題\n\n李四任總經理一職已有三年。",
])
def test_a_name_and_a_verb_before_a_title_is_not_a_longer_name(text, lex):
    assert not any(t == "Person" and n.endswith(("是", "任")) for t, n in found(text, lex))


@pytest.mark.parametrize("text,name", [
    ("標題\n\n工研院王建華院長表示，需求強勁。", "王建華"),
    ("標題\n\n王建華分析，今年的需求依然強勁。", "王建華"),
    # a speaker verb before a word starting with 員 or 家 is still said by the name before it
    ("標題\n\n林志明表示員工將獲加薪。", "林志明"),
    ("標題\n\n陳建國指出家電需求回升。", "陳建國"),
])
def test_names_before_titles_and_speech_verbs_are_still_found(text, name, lex):
    assert ("Person", name) in found(text, lex)


def test_a_transliterated_name_with_a_spaced_dot_before_a_ticker_is_one_company(lex):
    got = found("標題\n\n訂單來自包括英特爾 (INTC-US) 和諾斯羅普 · 格魯曼 (NOC-US) 等巨頭。", lex)
    assert ("Company", "諾斯羅普 · 格魯曼") in got
    assert not {n for t, n in got if t == "Company" and n.startswith("和")}


@pytest.mark.parametrize("text,not_name", [
    ("標題\n\n內閣批准了三項新半導體製造計畫。", "三項新半導體製造"),
    ("標題\n\n當地兩座新晶圓製造廠即將投產。", "兩座新晶圓製造"),
])
def test_a_count_of_things_opens_no_company_name(text, not_name, lex):
    assert not {n for t, n in found(text, lex) if t == "Company" and n.startswith(not_name[:2])}


def test_a_first_of_its_kind_is_no_brand_of_a_chip(lex):
    got = found("標題\n\n這是亞洲首座ZX900AI資料中心。", lex)
    assert not {n for t, n in got if t == "Chip" and n.startswith("首座")}


@pytest.mark.parametrize("line,outlet", [
    ("2025-07-15 来源:星河电子周刊 原创文章", "星河电子周刊"),
    ("來源：星河財經 轉載", "星河財經"),
    ("来源：星河科技网", "星河科技网"),
])
def test_a_source_line_names_the_outlet_without_the_articles_kind(line, outlet, lex):
    got = {n for t, n in found("標題\n\n" + line + "\n\n台積電公布營收。", lex) if t == "Organization"}
    assert got == {outlet}


def test_an_adverb_between_a_speaker_and_the_verb_is_not_part_of_the_name(lex):
    got = found("標題\n\n印度總理莫迪表示，將啟動計畫。莫迪也重申，印度需要自給自足。", lex)
    assert ("Person", "莫迪也") not in got and ("Person", "莫迪") in got


def test_a_word_glued_to_a_known_model_stays_a_word(lex):
    got = found("標題\n\n鴻海將建置亞洲首座GB300AI資料中心。", lex)
    assert ("Chip", "GB300") in got and not {n for t, n in got if t == "Chip" and n.endswith("AI")}


def test_held_by_a_company_names_the_holder_not_a_holding_company(lex):
    got = {n for t, n in found("標題\n\n星芯微電子由台積電國際控股，持股比例為26.6%。", lex) if t == "Company"}
    assert "台積電國際控股" not in got and "台積電國際" in got
    # printed as a name (not after 由), the holding company stays one
    assert ("Company", "台積電國際控股") in found("標題\n\n台積電國際控股宣布增資。", lex)


def test_a_word_the_name_would_cut_ends_no_company_after_a_cue(lex):
    got = {n for t, n in found("標題\n\n2022年，公司營收僅次於中芯國際。", lex) if t == "Company"}
    assert got == {"中芯國際"}


def test_a_companys_arm_in_a_place_is_a_company_affiliated_with_it(lex, tmp_path):
    from relation_scoring import graph_of, holds

    text = "標題\n\n日月光韓國子公司將收購該廠，三星美國分公司則表示樂觀。"
    got = {n for t, n in found(text, lex) if t == "Company"}
    assert {"日月光韓國子公司", "三星美國分公司"} <= got
    g = graph_of(tmp_path, text)
    assert holds(g, "日月光韓國子公司", "affiliatedWith", "日月光")
    assert holds(g, "三星美國分公司", "affiliatedWith", "三星")
    # a company and a place with no unit word are two names
    assert {n for t, n in found("標題\n\n台積電美國營收成長。", lex) if t == "Company"} == {"台積電"}
