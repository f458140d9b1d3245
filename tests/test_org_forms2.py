"""ORG2 lane: organizations by their form (a place before an institute, universities, parties, party
committees, picture credits, research firms in Latin script) and the research firms, photo agencies,
banks and parties of the lexicon (own invented sentences and names)."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source
from kg.resolve import resolve

LEX = load_lexicon()


def mentions(text: str):
    doc = process(Source("t.txt", "t.txt", text, "utf-8"), LEX)
    resolve([doc], LEX)
    return doc.mentions


def found(text: str, type_: str = "Organization") -> list[str]:
    return [m.text for m in mentions(text) if m.type == type_]


def test_a_known_place_before_an_institute_starts_its_name():
    orgs = found("晶片週報\n\n南韓產業研究院研究員金大明表示需求強勁。深圳國際量子研究院週三宣布新計畫。")
    assert "南韓產業研究院" in orgs and "深圳國際量子研究院" in orgs
    assert "國際量子研究院" not in orgs


def test_universities_and_their_generic_mentions():
    assert "祥明大學" in found("晶片週報\n\n祥明大學系統半導體學系教授李大明表示，人才不足。")
    assert found("晶片週報\n\n這所大學與多所大學的學生都表示支持。") == []


def test_a_party_committee_of_a_known_place():
    assert "中共江蘇省委" in found("晶片週報\n\n中共江蘇省委機關報報導，該公司新品已量產。")
    assert "浙江省委" in found("晶片週報\n\n浙江省委書記週一參觀了晶圓廠。")


def test_generic_party_words_are_no_names():
    assert found("晶片週報\n\n執政黨與在野黨均表示支持晶片補貼。") == []


def test_parties_from_the_lexicon_in_both_scripts():
    a = [m for m in mentions("晶片週報\n\n自民黨將爭取預算。") if m.text == "自民黨"]
    b = [m for m in mentions("芯片周报\n\n自民党将争取预算。") if m.text == "自民党"]
    assert a and b and a[0].entity == b[0].entity and a[0].type == "Organization"


def test_picture_credits_name_the_outlet_not_the_verb():
    orgs = found("晶片週報\n\n新廠房正式啟用。（圖／翻攝東海新聞）")
    assert "東海新聞" in orgs and not any(o.startswith("翻攝") for o in orgs)


def test_photo_agencies_in_a_credit():
    assert {"達志影像", "Shutterstock"} <= set(found("晶片週報\n\n新廠房正式啟用。圖／達志影像Shutterstock"))


def test_a_latin_name_before_research_is_a_research_firm():
    assert "Quillon Research" in found("晶片週報\n\n執行長在Quillon Research舉辦的會議中表示，需求強勁。")


def test_a_latin_name_cited_for_figures_is_a_research_firm():
    orgs = found("晶片週報\n\n據Varnexa數據，記憶體價格上漲。研調機構Plotwise指出，出貨增加。"
                 "Ardentix數據顯示，市佔率下滑。")
    assert {"Varnexa", "Plotwise", "Ardentix"} <= set(orgs)


def test_a_latin_name_after_ju_without_research_words_is_left_alone():
    orgs = found("晶片週報\n\n根據Tomas Berg的說法，市場仍在成長。據Lindqvist表示，價格會上漲。")
    assert "Tomas Berg" not in orgs and "Lindqvist" not in orgs


def test_a_known_company_is_not_retyped_by_a_research_cue():
    ms = [m for m in mentions("晶片週報\n\n據英偉達數據，出貨增加。") if m.text == "英偉達"]
    assert ms and ms[0].type == "Company"


def test_market_research_houses_are_organizations_and_banks_companies():
    ms = {m.text: m.type for m in mentions("晶片週報\n\n集邦諮詢與Counterpoint均預估價格上漲，傑富瑞與巴克萊則上調目標價。")}
    assert ms.get("集邦諮詢") == "Organization" and ms.get("Counterpoint") == "Organization"
    assert ms.get("傑富瑞") == "Company" and ms.get("巴克萊") == "Company"
