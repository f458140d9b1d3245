"""Company recall on name shapes met in the fifth round of real news, on sentences written for these tests."""


from kg.namespaces import E
from conftest import found, mentions


def test_mainland_spelling_of_amd_is_amd(lex):
    ms = mentions("存儲合作\n\n超威半导体与一家韩国厂商签署协议，AMD将获得新一代存储芯片。\n", lex)
    iris = {m.text: m.entity for m in ms if m.type == "Company"}
    assert iris["超威半导体"] == iris["AMD"] == str(E["amd"])


def test_unknown_latin_names_listed_with_known_companies_are_companies(lex):
    f = found("加速器客戶\n\n新款加速器的客戶包括Acme Robotics、IBM、Zentrix、Dell及Quorra。\n", lex)
    for name in ("Acme Robotics", "Zentrix", "Quorra"):
        assert ("Company", name) in f


def test_unknown_chinese_name_in_a_list_of_known_companies_is_a_company(lex):
    f = found("電腦晶片\n\n華為、小米、青鸞等電腦廠商仍採用進口處理器。\n", lex)
    assert ("Company", "青鸞") in f


def test_a_list_that_is_not_mostly_companies_adds_nothing(lex):
    f = found("展會消息\n\n參展的有Zentrix、Quorra、Voltan和英特爾四家。\n", lex)
    assert not any(n in ("Zentrix", "Quorra", "Voltan") for _, n in f)


def test_new_lexicon_companies_and_their_spellings(lex):
    ms = mentions("歐洲設廠\n\n台積電與羅伯特博世、英飛凌和恩智浦合資成立歐洲半導體製造公司（ESMC）。"
                  "伺服器由慧與科技（Hewlett Packard Enterprise）與工業富聯供應，華為雲亦採用。\n", lex)
    iris = {m.text: m.entity for m in ms}
    assert iris["羅伯特博世"] == str(E["bosch"])
    assert iris["歐洲半導體製造公司"] == iris["ESMC"] == str(E["esmc"])
    assert iris["慧與科技"] == str(E["hpe"])
    assert iris["工業富聯"] == str(E["foxconn-industrial-internet"])
    assert iris["華為雲"] == str(E["huawei-cloud"])
