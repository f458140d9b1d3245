"""Names never seen, seventh round: Latin product names with a number, investor and shareholder
companies, credit lines, coordinated models and series. Sentences written for these tests."""

from conftest import found


def test_latin_product_name_and_number_introduced_as_a_chip(lex):
    f = found("晶片\n\n甲骨文推出第三代自研AI晶片Zephra 300，推理速度比亞馬遜Trainium 5快一倍。Zephra 300已量產。\n", lex)
    assert ("Chip", "Zephra 300") in f
    assert ("Chip", "Trainium 5") in f
    assert ("Chip", "Zephra") not in f


def test_latin_name_and_number_without_a_chip_cue_is_not_a_chip(lex):
    f = found("軟件\n\n用戶可升級到Windows 11，亦可參加Phase 2測試，PCIe Gen 5插槽亦支援。\n", lex)
    assert not any(t == "Chip" for t, _ in f)


def test_a_phone_line_after_a_company_is_not_a_chip(lex):
    f = found("手機\n\n華為Mate 70系列搭載新一代麒麟晶片。\n", lex)
    assert ("Chip", "Mate 70") not in f


def test_investors_listed_with_group_and_capital_suffixes_are_companies(lex):
    f = found("融資\n\n星河智能已獲得青松創投、上汽集團、遠山資本、騰訊、南湖汽車集團等機構的投資。"
              "中金公司、海越國際和建興國際為其聯席保薦人。\n", lex)
    for name in ("青松創投", "遠山資本", "南湖汽車集團", "海越國際", "建興國際"):
        assert ("Company", name) in f, name


def test_a_country_before_a_member_of_a_list_of_companies(lex):
    f = found("設備\n\n打破了日本東京電子、德國洛倫等國際巨頭的壟斷。\n", lex)
    assert ("Company", "洛倫") in f


def test_companies_from_share_trades_and_shareholder_phrases(lex):
    f = found("交易\n\n北方華創從瀋陽遠航製造手中購入1200萬股芯河微股份。原本持有芯河微8.5%股份的瀋陽遠航製造，"
              "此後退出。芯河微的另一大股東中科星盛，其持有約10%的股份。\n", lex)
    assert {("Company", "芯河微"), ("Company", "中科星盛"), ("Company", "瀋陽遠航製造")} <= f
    assert not any("萬股" in n for _, n in f)


def test_shares_of_an_ordinary_word_are_not_a_company(lex):
    f = found("交易\n\n大股東計劃轉讓全部股份，持有大量股份的投資者，也在觀望。\n", lex)
    assert not any(t == "Company" for t, _ in f)


def test_people_in_credit_lines(lex):
    f = found("新聞\n\n撰文：官永康 成美華\n\n晶片出口增加。（譯者：康文雅/核稿：喬世平）\n", lex)
    assert {("Person", "官永康"), ("Person", "成美華"), ("Person", "康文雅"), ("Person", "喬世平")} <= f


def test_a_latin_name_after_a_minister_title(lex):
    f = found("出口\n\n荷蘭貿易大臣Anna de Vries表示，新規明年生效。\n", lex) | \
        found("出口\n\n英國商務大臣Tom Baker表示，新規明年生效。\n", lex)
    assert ("Person", "Tom Baker") in f


def test_bare_numbers_coordinated_after_a_brand_model_are_models(lex):
    f = found("晶片\n\n公司訂購了一批思元370和270晶片。\n", lex)
    assert ("Chip", "270") in f
    g = found("晶片\n\n公司訂購思元590和590億元的服務。\n", lex)
    assert ("Chip", "590") not in g  # money after the model is not a model
    # a one-digit model with a letter, and the chip word after a short modifier
    h = found("晶片\n\n地平線推出了征程6P和6H智駕芯片。\n", lex)
    assert ("Chip", "6H") in h
    assert ("Chip", "6H") not in found("晶片\n\n地平線推出了征程6P和6H時段的服務。\n", lex)
    # …but a count or an amount between the code and the chip word is no modifier
    assert ("Chip", "920") not in found("晶片\n\n公司訂購了昇騰910和920萬顆晶片。\n", lex)
    assert ("Chip", "920") not in found("晶片\n\n公司訂購昇騰910和920億元晶片。\n", lex)


def test_chinese_series_coordinated_in_a_chip_sentence(lex):
    f = found("晶片\n\n公司的晶片產品形成兩大矩陣：泰山系列以及峨眉系列。高端系列和入門系列的手機熱賣。\n", lex)
    assert ("Chip", "泰山系列") in f and ("Chip", "峨眉系列") in f
    assert ("Chip", "高端系列") not in f
