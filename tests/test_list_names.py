"""Company names in lists and by their form: Latin names with a corporate suffix word, a region in
parentheses, Taiwan's four-digit stock codes, list members typed by the companies listed with them, a
known company's business units. Sentences and names invented for these tests, each with a near miss."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str):
    return process(Source("t.txt", "t.txt", text, "utf-8"), LEX).mentions


def found(text: str, type_: str = "Company") -> list[str]:
    return [m.text for m in mentions(text) if m.type == type_]


# --- Latin names by their form ----------------------------------------------------------------------

def test_latin_names_ending_in_a_corporate_word_are_companies():
    got = found("本輪認購方包括Northwind Crest Limited、Bluefin Investment Fund SPC及Alder Capital，"
                "另有Harbor Lane Partners參與。\n")
    for name in ("Northwind Crest Limited", "Bluefin Investment Fund SPC", "Alder Capital", "Harbor Lane Partners"):
        assert name in got, name


def test_a_suffix_word_alone_or_after_an_article_is_no_name():
    got = found("Capital支出上升，The Fund未有回應。\n")
    assert not [n for n in got if "Capital" in n or "Fund" in n]


def test_a_known_company_with_a_legal_form_stays_that_company():
    ms = [m for m in mentions("英偉達（NVIDIA Corp.）公布業績。另外Nvidia Corp.也表示樂觀。\n") if m.type == "Company"]
    assert ms and all(m.entity and m.entity.endswith("/nvidia") for m in ms)


def test_a_known_company_with_a_business_word_is_another_company():
    ms = [m for m in mentions("基石投資者包括UBS AM Singapore與台積電。\n") if m.type == "Company"]
    arm = next(m for m in ms if m.text == "UBS AM Singapore")
    assert not (arm.entity or "").endswith("/ubs")


# --- a region in parentheses --------------------------------------------------------------------------

def test_a_region_after_a_known_company_is_that_company():
    ms = [m for m in mentions("中興通訊(香港)認購了部分股份。\n") if m.type == "Company"]
    assert any(m.text == "中興通訊(香港)" and m.entity.endswith("/zte") for m in ms)


def test_list_members_with_a_region_keep_it():
    got = found("基石投資者包括台積電、聯發科、星漫雲帆(香港)、瀚岳基金（新加坡）等。\n")
    assert "星漫雲帆(香港)" in got and "瀚岳基金（新加坡）" in got


# --- Taiwan's stock codes ------------------------------------------------------------------------------

def test_a_name_before_a_four_digit_code_is_a_listed_company():
    got = found("設備廠商包括嵐岫（6123）、澄暉（3456）等。\n")
    assert "嵐岫" in got and "澄暉" in got


def test_a_year_or_a_frequent_word_before_parentheses_is_no_company():
    got = found("該廠預計明年（2027）量產，員工（3000）人。\n")
    assert not [n for n in got if n in ("明年", "員工")]


# --- list propagation -----------------------------------------------------------------------------------

def test_a_cued_list_with_two_known_companies_types_its_unknown_members():
    got = found("供應商包括台積電、聯發科、嵐岫、澄暉及玥衡。\n")
    for name in ("嵐岫", "澄暉", "玥衡"):
        assert name in got, name


def test_an_uncued_list_of_mostly_words_stays_words():
    got = found("台積電、聯發科、市場與價格都在變。\n")
    assert "市場" not in got and "價格" not in got


def test_investor_suffixes_in_a_list_of_institutions():
    got = found("公司此前已獲得嵐岫資本、Northwind Capital、澄暉創投等眾多知名機構的支持。\n")
    for name in ("嵐岫資本", "Northwind Capital", "澄暉創投"):
        assert name in got, name


# --- business units ----------------------------------------------------------------------------------------

def test_a_known_company_and_a_business_word_is_a_unit():
    ms = [m for m in mentions("三星晶圓代工宣布接獲新訂單。\n") if m.type == "Company"]
    assert any(m.text == "三星晶圓代工" for m in ms)


def test_a_foundry_market_share_is_no_unit():
    got = found("台積電晶圓代工市占率再創新高。\n")
    assert "台積電晶圓代工" not in got and "台積電" in got


def test_capital_spending_is_no_unit():
    got = found("台積電資本支出創新高。\n")
    assert "台積電資本" not in got and "台積電" in got


def test_a_maker_used_for_its_foundry_service_is_no_unit():
    got = found("新晶片採用台積電晶圓代工，並以3奈米製程投片。\n")
    assert "台積電晶圓代工" not in got and "台積電" in got


def test_words_inside_an_english_phrase_are_no_company():
    got = found("由委員會 (The Board on Foreign Investment in the Region) 審查。\n")
    assert not [n for n in got if "Investment" in n]


def test_a_spaced_short_name_of_a_known_maker_is_that_maker():
    ms = [m for m in mentions("三星、SK 海力士和美光壟斷記憶體市場。\n") if m.type == "Company"]
    assert any(m.entity.endswith("/sk-hynix") for m in ms)
    assert not any(m.entity.endswith("/sk-group") for m in ms)


def test_a_city_before_a_listed_company_starts_its_name_a_country_does_not():
    got = found("這三家公司為杭州晶朗微電子、西安嵐岫科技，以及美國瀚岳科技。\n")
    assert "杭州晶朗微電子" in got and "西安嵐岫科技" in got
    assert "瀚岳科技" in got and "美國瀚岳科技" not in got


def test_a_role_after_the_list_types_its_members():
    got = found("星海證券、台積電、聯發科、澄暉證券為聯席保薦人。\n")
    assert "星海證券" in got and "澄暉證券" in got


def test_a_long_clause_before_a_cued_list_is_no_member():
    got = found("公司表示，今年市場需求相當強勁、台積電和聯發科為客戶。\n")
    assert not [n for n in got if "需求" in n]


def test_hong_kong_and_a_share_codes_without_a_market():
    got = found("晶朗微（688123）與嵐岫半導體（00123）簽約，營收（123456）創高。\n")
    assert "晶朗微" in got and "嵐岫半導體" in got and "營收" not in got


def test_a_latin_name_ending_in_co_keeps_its_ltd_after_the_comma():
    for printed in ("Northwind Micro Co., Ltd.", "Northwind Micro Co.,Ltd."):
        got = found(f"位於菲律賓的{printed}將出售給日月光。\n")
        assert printed in got, got
    assert "Northwind Micro Co." in found("本案由Northwind Micro Co.負責。\n")
