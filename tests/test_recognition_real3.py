"""Recognition of names seen in real news, on sentences written for these tests."""

import pytest
from conftest import found


@pytest.mark.parametrize("text,name", [
    ("標題\n\n三星在量產2奈米晶片之後，又接到新的訂單。", "三星"),
    ("標題\n\n台積電已開始為蘋果生產部分晶片。", "蘋果"),
    ("标题\n\n苹果与三星都在争取台积电的产能。", "苹果"),
])
def test_short_company_names_are_found(text, name, lex):
    assert ("Company", name) in found(text, lex)


@pytest.mark.parametrize("text", [
    "標題\n\n工程師三星期後才回到實驗室。",
    "標題\n\n他們住在一家三星級酒店，早餐有蘋果汁。",
    "标题\n\n三星堆遗址的发掘工作仍在进行。",
    "標題\n\n他每天吃一顆蘋果。",
    "標題\n\n他騎著一匹寶馬穿過草原。",  # a counter of animals: a fine horse, not the carmaker
    "标题\n\n桌上放着一碗苹果和两瓶苹果醋。",
])
def test_short_company_names_do_not_fire_inside_ordinary_words(text, lex):
    assert not any(t == "Company" for t, _ in found(text, lex))


def test_a_company_after_a_word_that_is_not_a_counter_keeps_its_name(lex):
    # 把 and 台 are not among the counters (ontology/patterns/common.toml count_words): 把 marks the object,
    # 台 counts machines of the brand
    assert ("Company", "蘋果") in found("標題\n\n英偉達把蘋果列為最大客戶之一。", lex)
    assert ("Company", "寶馬") in found("標題\n\n車庫裡停著兩台寶馬。", lex)
    # 頭 counts animals but ends 龍頭 and 巨頭: the industry's leader
    assert ("Company", "蘋果") in found("標題\n\n手機業龍頭蘋果下單台積電。", lex)


def test_gpu_architectures_are_technologies_and_a_gpu_is_a_chip(lex):
    got = found("標題\n\n這顆新晶片的定位落在輝達Hopper與Blackwell中間，Rubin GPU明年推出。", lex)
    # Hopper and Blackwell name the architecture chips are built on (annotated news types them so);
    # CHIP3: the part word is printed with the chip (Rubin GPU names the lexicon's Rubin, tests/test_chip3.py)
    assert {("Technology", "Blackwell"), ("Technology", "Hopper"), ("Chip", "Rubin GPU")} <= got
    assert not {("Chip", "Blackwell"), ("Chip", "Hopper")} & got


def test_family_with_a_spaced_number(lex):
    got = found("標題\n\n該公司已著手量產Exynos 2700處理器。", lex)
    assert ("Chip", "Exynos 2700") in got and ("Chip", "Exynos") not in got


def test_quoted_names_before_a_count_and_a_kind_word(lex):
    got = found("標題\n\n某公司昨日發布「泰山」和「衡山」兩款晶片，主打推理。", lex)
    assert {("Chip", "泰山"), ("Chip", "衡山")} <= got


def test_names_do_not_start_with_a_verb_or_preposition(lex):
    got = found("標題\n\n某公司宣佈以全股份交易收購對手，新機將導入X9系列處理器，其第5代產品也號稱「改變遊戲規則」。", lex)
    names = {n for _t, n in got}
    assert not any(n.startswith(("以全", "導入", "其第", "改變")) for n in names)


def test_full_printed_company_names(lex):
    got = found("標題\n\n名單包括星河半導體科技（蘇州）公司，以及深圳星海微電子集團。", lex)
    assert ("Company", "星河半導體科技") in got
    assert any(t == "Company" and n.endswith("星海微電子集團") for t, n in got)  # with or without the city


def test_people_in_credits_and_transliterated_names(lex):
    got = found("標題\n\n〔編譯王曉明／台北報導〕分析機構副總裁米勒斯（John Millers）說，需求強勁。", lex)
    assert ("Person", "王曉明") in got
    assert ("Person", "米勒斯") in got


def test_a_common_name_after_a_city_keeps_the_city(lex):
    # 復旦 alone is an ordinary (university) name; after 上海 it starts a company's name.
    got = found("標題\n\n美方將上海復旦微電子集團等晶片設計商列入名單。", lex)
    assert ("Company", "上海復旦微電子集團") in got or ("Company", "上海復旦微電子") in got
