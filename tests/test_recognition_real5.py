"""Recognition of name shapes met in the fourth round of real news, on sentences written for these tests."""

from conftest import found



def test_known_family_with_generation_and_variant_words_is_one_model(lex):
    f = found("手機晶片\n\n新款手機改用驍龍7 Plus Gen 2，旗艦機則搭載驍龍8 Elite Gen 4。\n", lex)
    assert ("Chip", "驍龍7 Plus Gen 2") in f and ("Chip", "驍龍8 Elite Gen 4") in f
    assert ("Chip", "驍龍") not in f


def test_transliterated_name_between_a_title_and_a_reporting_verb_is_a_person(lex):
    f = found("財報會議\n\n該公司執行長柯睿德表示，新廠明年投產。\n", lex)
    assert ("Person", "柯睿德") in f


def test_a_title_before_an_ordinary_clause_is_not_a_person(lex):
    f = found("財報會議\n\n公司執行長今天表示，新廠明年投產。\n", lex)
    assert not any(t == "Person" for t, _ in f)


def test_name_after_expert_or_scholar_is_a_person(lex):
    f = found("記憶體市場\n\n產業專家周明遠：「明年價格仍會上漲。」\n", lex)
    assert ("Person", "周明遠") in f


def test_investors_listed_after_a_funding_round_word_are_companies(lex):
    f = found("新創融資\n\n該公司完成新一輪融資，領投方松禾遠望，投資方包括XYZ資本、星河創投、曜石等，估值約50億元。\n", lex)
    for name in ("松禾遠望", "XYZ資本", "星河創投", "曜石"):
        assert ("Company", name) in f
    assert not any(n.startswith("估值") for _, n in f)


def test_an_opinion_of_investors_is_not_a_list_of_investors(lex):
    f = found("市場評論\n\n跌市的原因並非投資者看淡後市，而是資金外流。\n", lex)
    assert not any(t == "Company" for t, _ in f)


def test_adverb_and_verb_after_a_company_word_is_not_a_company(lex):
    f = found("產業現況\n\n國內企業仍處於追趕階段，技術受到限制。\n", lex)
    assert ("Company", "仍處") not in f


def test_taiwanese_memory_makers_short_names(lex):
    f = found("記憶體\n\n南亞科與華邦電昨日公布營收，爾必達的舊廠已轉手。\n", lex)
    assert {("Company", "南亞科"), ("Company", "華邦電"), ("Company", "爾必達")} <= f


def test_investment_aspect_is_not_a_list_of_investors(tmp_path):
    from kg.pipeline import make_graph

    (tmp_path / "a.txt").write_text("標題\n\n雖然美國在計劃投資方面處於全球領先地位，但是中國正在追趕。\n", encoding="utf-8")
    r = make_graph([tmp_path])
    assert not [m for d in r.docs for m in d.mentions if m.type == "Company"]
