"""DISCOVER lane: companies nobody listed, found by the contexts outlets print them in — a stock code in the
forms Taiwan's and the mainland's press print it, an officer's title with a person after the name, a Latin name
in parentheses in a list with a known company, a long list of names with known companies in it (own invented
sentences and names: none of the companies below is in the lexicon)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from mention_helpers import mentions  # noqa: E402


@pytest.mark.parametrize("text, name", [
    # a stock code with its market after a dash, or after the exchange's short name
    ("鑫澤 (6789-TW) 今日召開法說會，說明第三季展望。", "鑫澤"),
    ("炬芯微(滬:688123)周六召開新品發布會。", "炬芯微"),
    ("昊辰微（深：300999）发布年报。", "昊辰微"),
    # a word for the company's rank before a code: the name starts after it
    ("市場關注IC設計龍頭瑞宏（2454）與輝達的合作計畫。", "瑞宏"),
    # a company officer's title and a person after the name
    ("朗坤達總經理陳冠明表示，今年營收將成長。", "朗坤達"),
    ("晟博董事長兼執行長林志豪指出，需求強勁。", "晟博"),
    ("據悉華岳輪值董事長許志軍表示，公司將擴產。", "華岳"),
    ("杰瑞森资深副总经理周立仁透露，新品将于明年量产。", "杰瑞森"),
    # a Chinese name with its Latin name in parentheses, listed with a known company
    ("市場分析，輝達（NVIDIA）和瀚岳（Hanyue）對先進封裝需求持續強勁。", "瀚岳"),
    ("全球記憶體市場由三星（Samsung）、凱爍（Kaishuo）及日本鎧瑞（Kairui）主導。", "鎧瑞"),
    ("以便跟曜勤(Yaoqin)等企業競爭。", "曜勤"),
    # a name opening its clause before a word for what only a company has, printed twice
    ("凱力旗下的晶片公司今日上市。凱力股價隨即大漲。", "凱力"),
    # a list with known companies, its last member running into the clause
    ("新款晶片預計台積電、聯發科和鎧捷都將採用。", "鎧捷"),
])
def test_companies_found_by_their_context(text, name):
    assert name in mentions(text, "Company"), mentions(text, "Company")


@pytest.mark.parametrize("text, not_name", [
    # the rank word is no part of the name
    ("市場關注IC設計龍頭瑞宏（2454）與輝達的合作計畫。", "設計龍頭瑞宏"),
    # a state's, a region's or an institute's head is no company officer
    ("美國總統川普表示，將加徵關稅。", "美國"),
    ("中國區總裁李明指出，市場仍在成長。", "中國區"),
    ("工研院院長劉文雄表示，研發持續。", "工研院"),
    ("英特爾前執行長基辛格表示，晶片法案很重要。", "英特爾前"),
    ("記者陳建明報導，台積電將擴產。", "記者"),
    ("英偉達發布新品後執行長黃仁勳表示看好。", "新品後"),
    ("這款晶片是否真能如執行長黃仁勳所願進入中國仍未可知。", "否真能如"),
    # a technology, a ministry or a person with a Latin name in parentheses is no company
    ("高頻寬記憶體（HBM）和台積電的先進封裝都在擴產。", "高頻寬記憶體"),
    ("美國商務部（DOC）和英特爾達成協議。", "美國商務部"),
    ("輝達執行長黃仁勳（Jensen Huang）和超微執行長蘇姿丰（Lisa Su）出席。", "黃仁勳"),
    # a span of time, a government or a kind of company before 營收 / 旗下 is no company
    ("全年營收成長兩成，全年營收創新高。", "全年"),
    ("美國政府旗下機構表示，美國政府旗下單位也將跟進。", "美國政府"),
    ("公司董事會通過決議，公司董事會並宣布配息。", "公司"),
    # a plan to list before a code is no company (the old rule stays)
    ("公司計劃赴港上市（股票代碼：06082）。", "計劃赴港上市"),
])
def test_no_company_from_these_contexts(text, not_name):
    assert not_name not in mentions(text, "Company"), mentions(text, "Company")


@pytest.mark.parametrize("text, not_name", [
    # a time or discourse word before an officer's title (both scripts)
    ("昨日董事長陳冠明表示，公司將擴產。", "昨日"),
    ("当天董事长陈冠明表示，公司将扩产。", "当天"),
    ("上月董事長陳冠明辭職。", "上月"),
    ("他說總經理陳冠明表示樂觀。", "他說"),
    ("他说总经理陈冠明表示乐观。", "他说"),
    ("接著執行長陳冠明指出，需求強勁。", "接著"),
    # a central bank, a university's short form, a region or a sector before a title
    ("央行總裁陳冠明表示，利率不變。", "央行"),
    ("央行总裁陈冠明表示，利率不变。", "央行"),
    ("台大總經理陳冠明出席。", "台大"),
    ("交大董事長陳冠明出席。", "交大"),
    ("華南總經理陳冠明出席。", "華南"),
    ("晶片業董事長陳冠明表示看好。", "晶片業"),
    ("芯片业董事长陈冠明表示看好。", "芯片业"),
    ("MIT總裁陳冠明表示看好。", "MIT"),
    # a period or a group of shares before 財報 / 營收 / 股價
    ("上季財報優於預期。上季財報顯示獲利成長。", "上季"),
    ("首季營收成長。首季營收創高。", "首季"),
    ("单季营收成长。单季营收创新高。", "单季"),
    ("晶片股股價大漲。晶片股股價創高。", "晶片股"),
    ("概念股股价大涨。概念股股价创新高。", "概念股"),
    # a fund or a sector before a stock code (both code forms)
    ("國泰永續高股息 (00878-TW) 今日配息。", "國泰永續高股息"),
    ("國泰永續高股息(00878.TW)今日配息。", "國泰永續高股息"),
    ("晶片股(深：300999)今日大漲。", "晶片股"),
    ("芯片股(深：300999)今日大涨。", "芯片股"),
    ("半導體類股 (2330-TW) 今日走強。", "半導體類股"),
    ("AI伺服器族群 (2382-TW) 今日走強。", "伺服器族群"),
    ("蘋果供應鏈(2317.TW)今日走強。", "供應鏈"),
    # sectors, products and schools in a list with two known companies
    ("台積電、聯發科、記憶體、面板和散熱都將受惠。", "記憶體"),
    ("台積電、聯發科、記憶體、面板和散熱都將受惠。", "散熱"),
    ("台積電、聯發科、車用、工控和消費電子也將受惠。", "工控"),
    ("台积电、联发科、存储、面板和散热都将受惠。", "散热"),
    ("台積電、聯發科、台大、清大和成大都將合作。", "清大"),
    ("台積電、聯發科、伺服器、筆電與手機都已導入。", "筆電"),
    ("台積電、聯發科、晶拓、炫毅和鎧捷未來將採用。", "鎧捷未來"),
    # a school, an outlet or a field with a Latin gloss
    ("台積電（TSMC）、麻省理工（MIT）和史丹佛（Stanford）合作研發。", "麻省理工"),
    ("台積電（TSMC）、麻省理工（MIT）和史丹佛（Stanford）合作研發。", "史丹佛"),
    ("台积电（TSMC）、麻省理工（MIT）和斯坦福（Stanford）合作研发。", "斯坦福"),
    ("輝達（NVIDIA）和紐時（NYT）都報導了此事。", "紐時"),
    ("奈米（Nano）等企業積極投入。", "奈米"),
])
def test_review_traps(text, not_name):
    assert not_name not in mentions(text, "Company"), mentions(text, "Company")


def test_officer_relation(tmp_path):
    """朗坤達總經理陳冠明: the user gets the person working for the new company, not only the mention."""
    from kg.pipeline import make_graph

    page = tmp_path / "t.txt"
    page.write_text("晶片週報\n\n朗坤達總經理陳冠明表示，今年營收將成長。\n", encoding="utf-8")
    g = make_graph([page]).graph
    edges = {(g.nodes[u].get("label"), k, g.nodes[v].get("label")) for u, v, k in g.edges(keys=True)
             if k != "mentionedWith"}
    assert ("陳冠明", "affiliatedWith", "朗坤達") in edges or ("朗坤達", "officer", "陳冠明") in edges, edges


def test_a_number_of_companies_names_its_list_known_or_not():
    # 其中N家公司，包括…: the count says the members are companies, though none is listed (Latin or Chinese)
    got = mentions("其中5家公司，包括Zentrix、Valoron、Quadrel和Mirexa，今年營收將成長。另外3家是IC設計公司，例如"
                   "瀚岳、凱爍和鎧瑞，增長強勁。", "Company")
    assert {"Zentrix", "Valoron", "Quadrel", "Mirexa", "瀚岳", "凱爍", "鎧瑞"} <= set(got), got


@pytest.mark.parametrize("text", [
    "這3家公司，包括研發、生產和銷售部門都將擴編。",
    "其中兩家企業，如晶圓廠和封測廠，已獲補貼。",
    "5家公司，包括北京、上海和深圳的企業。",
    "另有4家廠商，例如本土業者、外資和國企。",
])
def test_a_counted_list_of_kinds_places_or_departments_holds_no_company(text):
    assert not mentions(text, "Company"), mentions(text, "Company")
