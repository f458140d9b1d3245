"""TOPIC lane: relations whose subject the text leaves out or names by a description — the company a passage
is about (ontology/rules/implicit.toml carries, relations.toml [[reference]] words, coref.toml plural words).
Sentences written for these tests, not taken from any newspaper."""

from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon
from relation_scoring import find, relations  # noqa: E402


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


HEAD = "晶片產業動態\n\n記者王小明／報導\n\n"


def test_the_sponsor_of_a_listing_is_the_partner_of_the_company_talked_about(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀今天公布增發方案。寒武紀此次擬募資50億元，用於研發新晶片，"
                          "由中信證券擔任保薦機構。\n")
    (ev,) = find(doc, rels, "寒武紀", "partnerOf", "中信證券")
    assert ev.rule.startswith("partner.listing-sponsor") and ev.rule.endswith(".topic")


def test_a_sponsor_named_after_the_role_in_a_sentence_of_figures(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "沐曦獲准在科創板上市。本次擬發行4000萬股，網上申購日為5月6日，"
                          "保薦機構為華泰聯合證券。\n")
    assert find(doc, rels, "沐曦", "partnerOf", "華泰聯合證券")


def test_two_banks_tutoring_a_listing_after_a_description_of_the_company(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "長鑫存儲再度受到關注。長鑫存儲已啟動上市輔導，"
                          "由中金公司與中信建投聯合輔導。\n")
    assert find(doc, rels, "長鑫存儲", "partnerOf", "中金公司")


def test_a_bank_in_a_relative_clause_is_another_listings_sponsor(tmp_path, lexicon):
    # 由乙擔任保薦機構的丙: the bank is 丙's, not the partner of the company heading the sentence
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀今天公布年報。寒武紀的上市輔導由中金公司負責，"
                          "此前由中信證券擔任保薦機構的摩爾線程已上市。\n")
    assert not find(doc, rels, "中金公司", "partnerOf", "中信證券")
    doc, rels = relations(tmp_path, lexicon, HEAD + "中信證券表示，此次由華泰聯合證券擔任保薦機構的摩爾線程已上市。\n")
    assert not find(doc, rels, "中信證券", "partnerOf", "華泰聯合證券")


def test_a_leader_described_is_not_the_first_company_of_its_sentence(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "長鑫存儲再度受到關注。據報導，三星與SK海力士領先，"
                          "這家國產DRAM領軍企業已啟動上市輔導。\n")
    assert not any(r.predicate == "develops" and find(doc, [r], "三星", "develops", "DRAM") for r in rels)
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀發布新晶片。寒武紀表示，輝達投資了摩爾線程。"
                          "這家成立五年的公司將與英特爾合作。\n")
    assert not find(doc, rels, "寒武紀", "partnerOf", "英特爾")


def test_officers_of_a_company_whose_shareholders_fill_one_sentence(tmp_path, lexicon):
    # the company is named in most sentences, but a list of five shareholders outnumbers its mentions:
    # the article is still about it, and the officers opening a sentence are its own
    doc, rels = relations(tmp_path, lexicon, HEAD +
                          "摩爾線程今天在科創板上市。摩爾線程成立於2020年。走通用GPU路線的摩爾線程發展迅速。"
                          "創始人兼CEO張建中曾任職於英偉達。騰訊、紅杉資本、深創投、國盛資本、中移基金均為股東。"
                          "英偉達則不予置評。\n")
    assert find(doc, rels, "張建中", "affiliatedWith", "摩爾線程")


def test_a_register_role_of_a_fund_opening_its_clause(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "國家大基金三期昨日在北京成立。國家大基金三期的法定代表人為李志強。\n")
    assert find(doc, rels, "李志強", "affiliatedWith", "國家大基金三期")


def test_the_legal_representative_of_a_new_joint_venture_is_not_the_topics(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀今日公告，與聯想共同出資設立合資公司，法定代表人為楊元慶。\n")
    assert not find(doc, rels, "楊元慶", "affiliatedWith", "寒武紀")


def test_rivals_of_a_company_left_out(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "美光宣布在日本擴產，與SK海力士和三星等大廠爭鋒。"
                          "鎧俠市占率約15%，緊追三星和SK海力士。\n")
    assert find(doc, rels, "美光", "comparedWith", "SK海力士")
    assert find(doc, rels, "美光", "comparedWith", "三星")
    assert find(doc, rels, "鎧俠", "comparedWith", "三星")
    # the two rivals listed together are not set against each other
    assert not find(doc, rels, "SK海力士", "comparedWith", "三星")


def test_a_place_in_a_queue_is_no_rivalry(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀今年在科創板上市，排在摩爾線程和沐曦之後。\n")
    assert not find(doc, rels, "寒武紀", "comparedWith", "沐曦")


def test_a_company_nicknamed_after_a_rival(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "壁仞科技在港上市。壁仞科技推出新晶片，憑藉「國產輝達」的名號吸引投資人。\n")
    (ev,) = find(doc, rels, "壁仞科技", "comparedWith", "輝達")
    assert ev.rule.endswith(".topic")


def test_a_nickname_of_another_company_or_denied(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀與「國產輝達」摩爾線程同場競技。\n")
    assert not find(doc, rels, "寒武紀", "comparedWith", "輝達")
    doc, rels = relations(tmp_path, lexicon, HEAD + "華為發布新晶片。華為不想做「中國的高通」。\n")
    assert not any(r.predicate == "comparedWith" for r in rels)


def test_merged_into_is_not_a_purchase(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "瑞晶在台灣設廠。瑞晶透過併入美光，成為美光旗下工廠。\n")
    assert not any(r.predicate == "acquired" for r in rels)


def test_a_series_of_deeds_of_a_plural_subject_is_not_the_topics(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀發布財報，寒武紀營收大增。摩爾線程、壁仞科技等國產GPU廠商"
                          "表現亮眼，相繼推出MTT S4000和BR100。\n")
    assert not find(doc, rels, "摩爾線程", "develops", "BR100")
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀發布財報，寒武紀營收大增。多家海外大廠近年陸續收購AI新創，"
                          "近年又收購了Arm中國。\n")
    assert not any(r.predicate == "acquired" for r in rels)


def test_companies_merged_in(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "美光在台灣深耕多年，除了透過併瑞晶和華亞科壯大記憶體產能外，也擴建封測廠。\n")
    assert find(doc, rels, "美光", "acquired", "瑞晶")
    assert find(doc, rels, "美光", "acquired", "華亞科")


def test_two_companies_named_before_rely_on_a_foundry(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "英偉達宣布入股英特爾。黃仁勳表示，兩家公司仍將依賴台積電的代工服務。\n")
    assert find(doc, rels, "台積電", "manufacturesFor", "英偉達")
    assert find(doc, rels, "台積電", "manufacturesFor", "英特爾")
    # 另有兩家公司: two more companies, not the two named before
    doc, rels = relations(tmp_path, lexicon, HEAD + "英偉達宣布入股英特爾。報導指出，另有兩家公司也依賴台積電代工。\n")
    assert not any(r.predicate == "manufacturesFor" for r in rels)
    # in a sentence putting names on a list, 兩家公司 is still the count of names listed (a figure of the list)
    doc, rels = relations(tmp_path, lexicon, HEAD + "英偉達與英特爾遭到調查。美國將兩家公司列入實體清單。\n")
    assert any(r.predicate == "hasSpec" and (r.value or {}).get("measure") == "listed" for r in rels)


def test_its_chips_after_the_company_word_of_the_same_sentence(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "黑芝麻智能今年在港上市。黑芝麻智能發布新品。招股文件指，"
                          "該集團成立於2016年。公司提到，其SoC產品依賴台積電製造。\n")
    assert find(doc, rels, "台積電", "manufacturesFor", "黑芝麻智能")


def test_a_chip_word_naming_its_kind_points_back_to_the_chip(tmp_path, lexicon):
    # 該GPU: the GPU inside the word is no technology of its own; the chip packs two others
    doc, rels = relations(tmp_path, lexicon, HEAD + "華為今年推出昇騰910C晶片，該GPU是將2顆昇騰910B處理器整合封裝。\n")
    assert find(doc, rels, "昇騰910C", "uses", "昇騰910B")


def test_a_chip_word_naming_its_kind_takes_the_nearest_chip(tmp_path, lexicon):
    doc, rels = relations(tmp_path, lexicon, HEAD + "華為今年推出昇騰910C晶片，輝達則推出B200。該GPU是將2顆B100晶片整合封裝。\n")
    assert not find(doc, rels, "昇騰910C", "uses", "B100")
    assert find(doc, rels, "B200", "uses", "B100")


def test_a_leader_word_before_another_company_is_an_apposition(tmp_path, lexicon):
    # 乙是GPU龍頭甲的代工夥伴: 甲 is the leader, not 乙 (develops.leading-position-in)
    doc, rels = relations(tmp_path, lexicon, HEAD + "聯電是GPU龍頭輝達的代工夥伴之一。\n")
    assert not find(doc, rels, "聯電", "develops", "GPU")
    doc, rels = relations(tmp_path, lexicon, HEAD + "寒武紀作為國產GPU龍頭的競爭對手，持續投入研發。\n")
    assert not any(r.predicate == "develops" for r in rels)
    doc, rels = relations(tmp_path, lexicon, HEAD + "長鑫存儲穩居國內DRAM市場龍頭。\n")
    assert find(doc, rels, "長鑫存儲", "develops", "DRAM")
