"""Round 12 of recognition: credit lines, name starts, plants, regional funds (own sentences)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def found(text: str, type_: str) -> list[str]:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    return [m.text for m in doc.mentions if m.type == type_]


def test_credit_line_with_a_bar_names_pen_names_too():
    text = "某款新車今日亮相\n文 | 周明遠\n编辑 | 林小禾\n运营 | 青禾\n\n這款車搭載了新的晶片。"
    people = found(text, "Person")
    assert {"周明遠", "林小禾", "青禾"} <= set(people)


def test_credit_name_runs_to_its_delimiter():
    assert "黃亭均" in found("某某日報／ 編譯黃亭均／綜合外電\n甲公司今日宣布擴產。", "Person")


def test_credit_line_of_words_is_no_name():
    assert found("图 | 视觉中国\n甲公司今日宣布擴產。", "Person") == []


def test_name_never_starts_with_a_preposition_or_after_a_figure():
    text = "某某科技公司自公告发布次日起停牌。该厂是首条12英寸全自动集成电路芯片制造生产线。"
    companies = found(text, "Company")
    assert not any(c.startswith(("自", "英寸")) for c in companies)


def test_numbered_plant_is_no_company():
    text = "华虹公司运营华虹五厂,而华力微运营华虹六厂。华虹五厂主要生产28nm芯片。"
    assert not any("厂" in c for c in found(text, "Company"))


def test_market_after_a_company_is_no_subsidiary():
    text = "地平线港股IPO获证监会备案。供应商地平线港股IPO已获备案。"
    assert "地平线港股" not in found(text, "Company")


def test_regional_fund_keeps_its_place():
    text = "交易对方包括杭州集成电路产业投资基金股份有限公司和另一家公司。"
    assert "杭州集成电路产业投资基金" in found(text, "Policy")


def test_fund_after_de_keeps_no_place():
    assert not any(p.startswith("美国") for p in found("美国的半导体产业投资基金规模不大。", "Policy"))
