"""NAMES3 lane: people, policies and organizations read from their form and context on fresh text —
officials after party titles, Latin names with hyphens and particles, names before bracketed titles,
spaced credits, place-named public bodies, trade investigations, national strategies, a country's export
rules, laws named 國家…法 (own invented sentences and names)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


# -- people ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("南江省委書記信遠航、宏晶集團董事長伍明達出席開工儀式。", "信遠航"),  # 信 is no surname of the table
    ("南江省委书记蒯立川，宏晶集团董事长出席。", "蒯立川"),
    ("市長王宏偉、副市長周靜出席宏晶科技的開幕。", "王宏偉"),  # a given name that is also a word
    ("宏晶汽車董事長何小鵬選中了新款晶片。", "何小鵬"),  # an ordinary word after the name
    ("宏晶半導體總裁兼首席執行官 Jean-Luc Moreau 表示，市場正在回暖。", "Jean-Luc Moreau"),
    ("宏晶科技執行長Anna van der Berg指出，新廠明年量產。", "Anna van der Berg"),
    ("李文博（宏晶科技創始人）表示，公司將擴產。", "李文博"),
    ("张文远（联合创始人兼CEO）介绍了新品。", "张文远"),
    ("王偉，宏晶科技創始人兼CEO，表示新晶片明年量產。", "王偉"),
    ("伍思遠是宏晶科技創始人。", "伍思遠"),
])
def test_people_from_titles_and_forms(text, name):
    assert name in mentions(text, "Person")


def test_a_credit_with_a_space_after_the_surname_is_one_name():
    found = mentions("2031-05-07 23:35:00    編輯: 邱 倢雯   宏晶科技推出新晶片。", "Person")
    assert "邱倢雯" in found.values()


@pytest.mark.parametrize("text", [
    "省委書記調研時指出，宏晶科技要加快發展。",  # a clause after the title, not a name
    "部長級會議，宏晶科技派員出席。",
    "副委員長也到場致詞，宏晶科技表示感謝。",  # a clause after the title
    "部長親自主持，市長已離任，宏晶科技表示歡迎。",
    "宏晶科技董事長高度評價新品的表現。",  # 高度 is a word, not a name
    "這家公司（其創始人持股）的晶片出貨增加。",  # the bracket does not end with a title
    "這是宏晶科技創始人的心血。",  # no name before the copula
    "宏晶科技，創始人兼CEO，表示新晶片明年量產。",
])
def test_no_person_where_no_name_stands(text):
    assert mentions(text, "Person") == {}


# -- organizations --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("十三屆全國人大常委會副委員長出席宏晶科技的儀式。", "全國人大常委會"),
    ("合肥国投、宏晶资本参与本轮融资。", "合肥国投"),
    ("寧波國資入股宏晶科技。", "寧波國資"),
    ("江蘇省人大常委會通過了新條例，宏晶科技表示歡迎。", "江蘇省人大常委會"),
    ("【南港電視台 2031 年 03 月 19 日訊】宏晶科技發布新晶片。", "南港電視台"),
    ("來自上海經信委的數據顯示，宏晶科技營收成長。", "上海經信委"),
])
def test_organizations_from_their_form(text, name):
    assert name in mentions(text, "Organization")


@pytest.mark.parametrize("text, not_name", [
    ("中國國資持續加碼晶片產業，宏晶科技受惠。", "中國國資"),  # the state's capital in general
    ("江蘇人大代表建議支持宏晶科技。", "江蘇人大"),  # a deputy, not the legislature
    ("北京人大教授指出，宏晶科技的路線可行。", "北京人大"),  # Renmin University in Beijing
    ("深圳高投入研發的宏晶科技再獲訂單。", "深圳高投"),  # 高投入: high input
    ("台北金控旗下基金入股宏晶科技。", "台北金控"),  # a financial-holding company, not a state body
])
def test_no_body_where_the_form_says_something_else(text, not_name):
    assert not any(not_name in k for k in mentions(text, "Organization"))


# -- policies -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("商務部宣布對美國晶片發起反傾銷調查，宏晶科技表示關注。", "晶片反傾銷調查"),  # 美國 is the target
    ("北方政府對中國企業發起301調查，宏晶科技股價下跌。", "301調查"),  # 企業 are the target
])
def test_a_trade_investigations_target_is_no_product(text, name):
    assert set(mentions(text, "Policy").values()) == {name}


def test_a_bare_kind_takes_the_product_of_its_own_article_only():
    from mention_helpers import LEX
    from kg.pipeline import process
    from kg.reader import Source

    first = "宏晶新聞一\n\n商務部對原產於美國的相關功率晶片發起反傾銷調查。\n\n（作者為王小明）\n\n"
    second = "宏晶新聞二\n\n南方政府宣布啟動反傾銷調查，宏晶科技股價下跌。\n\n（作者為李小華）\n"
    doc = process(Source("t.txt", "t.txt", "A12 經濟 2031年3月12日 星期二\n\n" + first + second, "utf-8"), LEX)
    assert len(doc.articles) == 2
    assert {m.canonical for m in doc.mentions if m.type == "Policy"} == {"功率晶片反傾銷調查", "反傾銷調查"}


def test_trade_investigations_are_named_after_product_and_kind():
    found = mentions("商務部宣布，對原產於美國的相關功率晶片發起反傾銷立案調查。隨後又正式啟動反歧視調查。"
                     "隨著中國啟動反傾銷與反歧視調查，宏晶科技股價下跌。", "Policy")
    names = set(found.values())
    assert names == {"功率晶片反傾銷調查", "反歧視調查"}


def test_a_232_investigation_of_a_product():
    found = mentions("美國對進口半導體展開232調查，宏晶科技受影響。", "Policy")
    assert "半導體232調查" in found.values()


def test_an_investigation_mentioned_in_passing_is_no_policy():
    assert mentions("分析師認為反傾銷調查的影響有限，宏晶科技照常出貨。", "Policy") == {}


@pytest.mark.parametrize("text, name", [
    ("因美國出口規則無法獲得先進工藝，宏晶科技只能另想辦法。", "美國出口規則"),
    ("北方政府考慮動用新的國家安全法，促使宏晶科技在本地上市。", "國家安全法"),
    ("宏晶基地是集團深入貫徹落實長三角區域一體化國家戰略的重要舉措。", "長三角區域一體化國家戰略"),
    ("宏晶科技新廠動工，不受川普關稅政策干擾。", "川普關稅政策"),
])
def test_policies_from_their_form(text, name):
    assert name in mentions(text, "Policy").values()


def test_an_exchange_named_after_its_place_is_an_exchange():
    text = "宏晶科技計劃在新加坡證券交易所掛牌上市。"
    assert "新加坡證券交易所" in mentions(text, "Exchange")
    assert "新加坡證券交易所" not in mentions(text, "Organization")


def test_a_leaders_tariffs_keep_the_leader_a_person():
    assert "川普" in mentions("宏晶科技新廠動工，不受川普關稅政策干擾。", "Person")


@pytest.mark.parametrize("text", [
    "宏晶科技找到了新的方法，良率大幅提升。",  # 方法 is no law
    "這種做法並不合法，宏晶科技表示反對。",
])
# 美國出口管制 alone was left out here once as "a description"; the annotated development pages name it
# as a Policy (the US export-control regime), so the lexicon now holds it (e:us-export-controls, LEXPOL).
def test_no_policy_from_ordinary_words(text):
    assert mentions(text, "Policy") == {}


# -- lexicon labels that are also ordinary words or common names -----------------------------------
def _entities(text: str) -> set[str]:
    from mention_helpers import LEX
    from kg.pipeline import process
    from kg.reader import Source
    from kg.resolve import resolve

    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return {m.entity.rsplit("/", 1)[-1] for m in doc.mentions if m.entity}


def test_sharpe_ratio_is_no_company():
    assert "sharp" not in _entities("宏晶基金的夏普比率高於同類產品。")
    assert "sharp" in _entities("夏普公司與宏晶科技簽署面板供應協議。")  # the company named in full


@pytest.mark.parametrize("text, iri", [
    ("宏晶科技工程師李斌表示良率提升。", "william-li-nio"),
    ("宏晶科技工程師李想表示良率提升。", "li-xiang"),
])
def test_a_common_name_names_the_founder_only_beside_his_company(text, iri):
    assert iri not in _entities(text)


def test_the_founder_is_still_named_beside_his_company():
    assert "william-li-nio" in _entities("蔚來創辦人李斌表示，宏晶科技的晶片已上車。")
