"""NAMES4 lane: policies, organizations and companies read from their form — acts printed in English,
security reviews and their office, quoted programmes, supplementary budgets named with their country,
a company's divisions, state governments, parties by the place the page names, Latin-only companies
after a kind of company or a buying verb, outlets on credit lines (own invented sentences and names)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


# -- policies -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, printed, name", [
    ("這項法案名為FAST WAFERS Act，由兩位參議員提出。", "FAST WAFERS Act", "FAST WAFERS Act"),
    ("该法案即Secure Foundry Supply Chain Act法案。", "Secure Foundry Supply Chain Act", "Secure Foundry Supply Chain Act"),
    ("美方依據Advanced Wafer Export Rule限制出貨。", "Advanced Wafer Export Rule", "Advanced Wafer Export Rule"),
    ("南港網信辦對宏晶科技進行網絡安全審查。", "網絡安全審查", "網絡安全審查"),
    ("监管部门对宏晶科技启动数据安全审查。", "数据安全审查", "数据安全审查"),
    ("宏晶科技获评国家级专精特新“小巨人”企业。", "专精特新“小巨人”", "專精特新小巨人"),
    ("日本經濟產業省預定在2031年財年追加預算中補助宏晶科技。", "2031年財年追加預算", "日本2031財年追加預算"),
    ("南韓政府公布2031年度補正預算，宏晶科技受惠。", "2031年度補正預算", None),
    ("南港當局發布AI擴散框架，宏晶科技受到限制。", "AI擴散框架", "AI擴散框架"),
    ("前任政府制定的晶片出口新規將於五月生效。", "晶片出口新規", "晶片出口新規"),
])
def test_policies_from_their_form(text, printed, name):
    found = mentions(text, "Policy")
    if name is None:  # the place before the budget belongs to its name: 南韓2031年度補正預算 is printed apart
        assert printed in found, found
    else:
        assert found.get(printed) == name, found


@pytest.mark.parametrize("text", [
    "The Act was signed yesterday, 宏晶科技表示歡迎。",  # no name before the head
    "宏晶科技推出Acme Framework開發工具。",  # one word and Framework: software as often as a rule
    "宏晶科技加強資訊安全審查流程。",  # 資訊 is no topic of a state review in the list
    "台積電在亞利桑那州的設廠計劃進展順利。",  # a company's building plan
    "宏晶科技的晶片框架很穩定。",  # no middle word (擴散, 管制, 出口): a description
])
def test_no_policy_from_ordinary_text(text):
    assert mentions(text, "Policy") == {}


# -- organizations --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, printed, name", [
    ("網絡安全審查辦公室作出不予通過的結論，宏晶科技表示遺憾。", "網絡安全審查辦公室", "網絡安全審查辦公室"),
    ("三星System LSI部門完成了新數據機的開發。", "System LSI", "三星System LSI"),
    ("當時三星的晶圓代工部門使用14奈米製程。", "晶圓代工", "三星晶圓代工"),
    ("宏晶科技已與印第安納州政府簽署合作協議。", "印第安納州政府", "印第安納州政府"),
    ("俄亥俄州政府表示歡迎宏晶科技設廠。", "俄亥俄州政府", "俄亥俄州政府"),
    ("撰文：極速科技\n宏晶科技發布新晶片。", "極速科技", "極速科技"),
])
def test_organizations_from_their_form(text, printed, name):
    found = mentions(text, "Organization")
    assert found.get(printed) == name, found


def test_a_division_keeps_the_company_mention():
    assert "三星" in mentions("三星System LSI部門完成了開發。", "Company")


@pytest.mark.parametrize("text", [
    "三星的相關部門表示將會研究。",  # a description, not a named unit
    "台積電研發部門正在擴編。",  # two characters before 部門: any company's department
    "英特爾宣布裁撤事業部。",  # a verb phrase between the company and the head
    "三星計劃關閉部門。",
    "台積電成立先進封裝事業部。",  # the unit is named after the verb, not with it
    "英特爾裁撤事業部以節省成本。",
])
def test_no_division_from_a_description(text):
    assert mentions(text, "Organization") == {}


def test_democratic_party_is_the_party_of_the_place_named():
    us = mentions("在美國，民主黨參議員王某與共和黨議員聯名提案。", "Organization")
    assert us.get("民主黨") == "美國民主黨"
    hk = mentions("在香港，民主黨表示將參選。", "Organization")
    assert hk.get("民主黨") == "香港民主黨"


def test_democratic_party_of_another_place_or_a_longer_name():
    kr = mentions("美國宣布加稅。南韓總統表示，民主黨將反對。", "Organization")
    assert kr.get("民主黨") != "美國民主黨", kr
    jp = mentions("日本首相表示，立憲民主黨反對該法案。", "Organization")
    assert "民主黨" not in jp, jp
    jp = mentions("日本首相表示，自由民主黨支持該法案。", "Organization")
    assert "民主黨" not in jp, jp


@pytest.mark.parametrize("text, printed", [
    ("西維吉尼亞州州長表示歡迎宏晶科技。", "西維吉尼亞州"),
    ("西弗吉尼亚州州长表示欢迎宏晶科技。", "西弗吉尼亚州"),
])
def test_west_virginia_is_not_virginia(text, printed):
    found = mentions(text, "Place")
    assert printed in found and "西" in found[printed], found


@pytest.mark.parametrize("text, printed", [
    ("美國依據Under the CHIPS Act補助宏晶科技。", "CHIPS Act"),
    ("Senator Smith Introduces the SAFE Wafers Act，宏晶科技表示歡迎。", "SAFE Wafers Act"),
    ("In the Secure Wafer Act, 宏晶科技受惠。", "Secure Wafer Act"),
])
def test_an_act_starts_after_english_words_before_it(text, printed):
    found = mentions(text, "Policy")
    assert printed in found and not any(k != printed and printed in k for k in found), found


def test_a_credit_name_of_a_person_stays_a_person():
    assert "王小明" in mentions("撰文：王小明\n宏晶科技發布新晶片。", "Person")


# -- companies ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("宏晶科技拟以每股20美元收购Quillex。", "Quillex"),
    ("Quillex曾拒絕美商Brantova的收購提議。", "Brantova"),
    ("日本券商Velmora策略主任指出，晶片股將回穩。", "Velmora"),
    ("軟體商Corvantis股價大漲。", "Corvantis"),
    ("Quantix株式会社发布新晶片。", "Quantix株式会社"),  # the legal form is part of the name, as 有限公司 is
    ("中金公司、国泰君安国际及恒远国际为联席保荐人。", "恒远国际"),  # a list whose member is a subsidiary
])
def test_latin_and_legal_companies_from_context(text, name):
    assert name in mentions(text, "Company")


@pytest.mark.parametrize("text", [
    "宏晶科技收購Gaudix平台的計劃告吹。",  # a product word after the name
    "世界第二大存儲晶片製造商表示將擴產。",  # a rank, not a name
])
def test_no_company_from_a_product_or_a_rank(text):
    found = mentions(text, "Company")
    assert not any(k in ("Gaudix", "世界第二大存儲") for k in found), found


def test_brokers_are_companies_not_research_organizations():
    assert "Velmora" not in mentions("日本券商Velmora策略主任指出。", "Organization")


# -- people ---------------------------------------------------------------------------------------
def test_the_possessive_after_a_title_opens_no_name():
    found = mentions("曾任商務部長的羅斯(Wilbur Ross)接受訪問。", "Person")
    assert "的羅斯" not in found and "羅斯" in found


@pytest.mark.parametrize("text, name", [
    ("宏晶科技獲評國家級企業，其CEO孫微風曾任職於南港半導體。", "孫微風"),  # a given name that is a word
    ("宏晶科技董事長出席論壇。戴嘉芬攝\n宏晶科技表示，新廠明年量產。", "戴嘉芬"),  # a caption's photo credit
])
def test_people_from_career_words_and_photo_credits(text, name):
    assert name in mentions(text, "Person")


@pytest.mark.parametrize("text", [
    "總經理一職曾由他人擔任，宏晶科技表示。",  # a numeral opens no name
    "這是一張照片。大家拍攝\n宏晶科技表示。",  # 拍攝 is a verb, no credit
])
def test_no_person_from_career_words_or_photo_words(text):
    assert mentions(text, "Person") == {}


@pytest.mark.parametrize("file, old, new, word", [
    ("patterns/organization.toml", 'unit_unnamed_heads = ["部门"]', 'unit_unnamed_heads = ["科室"]',
     "unit_unnamed_heads"),
    ("patterns/policy.toml", 'budget_year_joins = [["年财年", "财年"]]', 'budget_year_joins = ["年财年"]',
     "budget_year_joins"),
])
def test_a_bad_unit_or_year_join_setting_is_a_one_line_error(tmp_path, monkeypatch, file, old, new, word):
    from conftest import ontology_copy
    from kg import discover_names4, discover_org
    from kg.errors import KgError

    ontology_copy(tmp_path, monkeypatch, file, old, new)
    try:
        for load in (discover_names4.load_forms4, discover_org.load_org_forms):
            load.cache_clear()
        with pytest.raises(KgError) as err:
            discover_names4.load_forms4() if "unit" in word else discover_org.load_org_forms()
        assert word in str(err.value) and "\n" not in str(err.value)
    finally:
        monkeypatch.undo()
        for load in (discover_names4.load_forms4, discover_org.load_org_forms):
            load.cache_clear()
