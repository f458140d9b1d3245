"""Companies named by their full legal name (…股份有限公司, …有限公司). Every sentence and name is invented."""
import pytest

from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source

LEX = load_lexicon()


def companies(text: str) -> list[str]:
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    return [m.text for m in doc.mentions if m.type == "Company"]


@pytest.mark.parametrize("text, name", [
    # industry words inside the name, which the 科技/集團 suffix finder refuses as stems
    ("上海澤岳量子技術股份有限公司今日公告，擬募資10億元。", "上海澤岳量子技術股份有限公司"),
    ("此外，上海國有資本投資有限公司亦參與本輪增資。", "上海國有資本投資有限公司"),
    ("深圳集成電路產業投資基金管理有限公司為基金管理人。", "深圳集成電路產業投資基金管理有限公司"),
    # the name starts after the verb and preposition before it
    ("公司名稱變更為蘇州礪岳科技有限公司。", "蘇州礪岳科技有限公司"),
    # a trade word before the legal form: 科技股 is a word, 科技|股份有限公司 is a name's end
    ("北京澤岳科技股份有限公司今日公告。", "北京澤岳科技股份有限公司"),
    ("澤岳半導體股份有限公司披露年報。", "澤岳半導體股份有限公司"),
    ("澤岳微电子有限责任公司获得新一轮融资。", "澤岳微电子有限责任公司"),
])
def test_a_legal_name_is_one_company(text, name):
    assert name in companies(text)


@pytest.mark.parametrize("text", [
    "一家投資有限公司與該科技有限公司簽約。",  # a numeral and a pronoun before a kind of company
    "他曾在某有限公司任職，現於科技有限公司工作。",
    "市場上的科技股集體下跌，股份有限公司治理受關注。",
])
def test_a_kind_of_company_is_no_name(text):
    assert companies(text) == []


def test_a_known_company_with_its_legal_form_stays_that_company():
    doc = process(Source("t.txt", "t.txt", "英偉達有限公司表示將擴大投資。", "utf-8"), LEX)
    found = [m for m in doc.mentions if m.type == "Company"]
    assert [m.entity for m in found] == ["https://w3id.org/kg/chip/id/nvidia"]


def test_a_funds_own_legal_name_stays_the_fund_and_its_manager_is_a_company():
    doc = process(Source("t.txt", "t.txt", "澤岳集成電路產業投資基金股份有限公司完成募資，"
                         "由澤岳集成電路產業投資基金管理有限公司負責管理。", "utf-8"), LEX)
    types = {m.text: m.type for m in doc.mentions}
    assert "澤岳集成電路產業投資基金管理有限公司" in types and types["澤岳集成電路產業投資基金管理有限公司"] == "Company"
    assert not any(t == "Company" and n.startswith("澤岳集成電路產業投資基金股份") for n, t in types.items())
