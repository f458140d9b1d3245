"""Recognition of name shapes met in the third round of real news, on sentences written for these tests."""

from conftest import found, mentions



def test_model_with_variant_word_is_one_chip(lex):
    f = found("新手機晶片\n\n這款手機搭載的X17 Pro處理器，效能與對手的K9晶片相當。\n", lex)
    assert ("Chip", "X17 Pro") in f
    assert ("Chip", "Pro") not in f and ("Chip", "X17") not in f


def test_known_family_with_plus_number_or_code_name_keeps_the_model(lex):
    f = found("伺服器處理器\n\n英特爾將發表資料中心處理器Xeon 6+，超微則推出EPYC Turin處理器。\n", lex)
    assert ("Chip", "Xeon 6+") in f and ("Chip", "EPYC Turin") in f
    assert ("Chip", "Xeon") not in f and ("Chip", "EPYC") not in f


def test_code_names_with_a_chip_cue_are_chips(lex):
    f = found("新處理器\n\n英特爾表示，代號Nova Lake的處理器與Diamond Rapids晶片明年量產。\n", lex)
    assert ("Chip", "Nova Lake") in f and ("Chip", "Diamond Rapids") in f
    # without a chip cue the words are a place, not a chip
    assert not any(t == "Chip" for t, _ in found("旅遊\n\n他們去Crystal Lake度假。\n", lex))


def test_latin_model_with_series_is_named_after_the_model(lex):
    ms = mentions("新晶片\n\n蘋果的Q7系列處理器將用於筆電。\n", lex)
    chip = next(m for m in ms if m.type == "Chip")
    assert chip.text == "Q7系列" and chip.canonical == "Q7"


def test_process_node_before_foundry_is_not_a_chip(lex):
    f = found("代工\n\n一份3奈米N3代工製程首批客戶名單顯示，多家晶片廠下單。\n", lex)
    assert not any(t == "Chip" and n.startswith("N3") for t, n in f)


def test_titles_joined_by_ji_and_a_name_before_an_ordinary_word(lex):
    f = found("人事\n\n該公司總經理暨營運長林思遠保守看待明年市場。\n", lex)
    assert ("Person", "林思遠") in f


def test_second_founder_after_a_list_mark(lex):
    f = found("新創\n\n該公司由兩位創始人周明達、韓若川聯合創立，主攻推理晶片。\n", lex)
    assert ("Person", "周明達") in f and ("Person", "韓若川") in f


def test_rare_verb_character_may_start_a_company_name(lex):
    f = found("併購\n\n據報導，聞遠科技有望完成收購。\n", lex)
    assert ("Company", "聞遠科技") in f


def test_latin_company_listed_after_a_space(lex):
    f = found("記憶體\n\n主要供應商包括三星電子、美光以及 Corvalis。\n", lex)
    assert ("Company", "Corvalis") in f


def test_kind_of_chip_with_semiconductor_is_not_a_company(lex):
    f = found("車用晶片\n\n該廠已是全球車用半導體的最大供應商之一。\n", lex)
    assert not any(t == "Company" for t, _ in f)


def test_counted_cores_in_quotes_are_not_a_technology_name(lex):
    f = found("新晶片\n\n處理器設計採用「兩超大核＋六大核」架構。\n", lex)
    assert not any(t == "Technology" and "核" in n for t, n in f)
