"""CREDIT round: names in credit lines and datelines, a name opening a clause that takes a post, and
a few packaging, test and robot companies (own invented sentences and names)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def mentions(text: str):
    return process(Source("t.txt", "t.txt", text, "utf-8"), LEX).mentions


def people(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.type == "Person"]


def test_two_names_run_together_in_a_credit_are_split():
    found = people("工商快訊／ 記者王小明李大同／綜合報導\n\n甲公司今日發表新晶片。")
    assert "王小明" in found and "李大同" in found
    assert "王小明李大同" not in found


def test_run_together_credit_that_is_not_two_names_gives_no_one():
    assert people("工商快訊／ 記者海外市場需求／綜合報導\n\n營收創新高。") == []
    # the credit does not end at the names: no split
    assert people("記者王小明李大同前往現場採訪。") == []


def test_a_name_before_its_role_after_a_slash():
    assert "張美玲" in people("張美玲／核稿編輯\n\n〔財經頻道／綜合報導〕甲公司宣布裁員。")
    assert "林志成" in people("〔林志成／編譯〕乙公司發表新晶片。")


def test_a_place_or_an_ordinary_word_before_a_slash_role_is_no_name():
    assert people("台北／綜合報導\n\n營收創新高。") == []
    assert people("市場／編輯\n\n營收創新高。") == []


def test_reporter_name_between_an_outlet_and_a_dateline():
    assert "陳志強" in people("某某財經快報陳志強 廣州報道\n2025年，甲公司發表新晶片。")
    assert "陈志强" in people("某某财经快报陈志强 广州报道\n2025年，甲公司发表新芯片。")


def test_a_dateline_without_a_name_gives_no_one():
    assert people("新聞中心 北京報道\n甲公司發表新晶片。") == []
    assert people("財經頻道 上海報道\n甲公司發表新晶片。") == []


def test_a_name_opening_a_clause_before_taking_a_post():
    assert "周大海" in people("1990年，周大海接任廠長，帶領工廠轉型。")
    assert "鄭文博" in people("去年，鄭文博出任長電科技總經理。")


def test_no_name_before_taking_a_post_when_the_subject_is_a_word():
    assert people("今年，公司接任廠長的人選未定。") == []
    assert people("隨後，高管接任總經理。") == []
    # the name must open the clause
    assert people("他表示周大海接任廠長。") == []


def test_packaging_test_and_robot_companies_in_both_scripts():
    def companies(text):
        return {m.text: m.entity for m in mentions(text) if m.type == "Company"}

    hant = companies("京元電與星科金朋、長電先進擴產，宇樹科技和優必選採購芯來科技的處理器。")
    hans = companies("京元电与星科金朋、长电先进扩产，宇树科技和优必选采购芯来科技的处理器。")
    for text, iri in [("京元電", "kyec"), ("星科金朋", "stats-chippac"), ("長電先進", "jcet-advanced-packaging"),
                      ("宇樹科技", "unitree"), ("優必選", "ubtech"), ("芯來科技", "nuclei")]:
        assert hant[text].endswith("/" + iri)
    assert {e.rsplit("/", 1)[-1] for e in hans.values()} == {e.rsplit("/", 1)[-1] for e in hant.values()}
