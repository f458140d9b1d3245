"""PRESS lane: the press's own conventions — outlets as Organizations, reporters' credits naming a short
outlet, and the stock code printed after a listed company's name. Invented sentences (real company and
outlet names, no real text)."""
import tempfile
from pathlib import Path

from kg.pipeline import make_graph


def graph(text: str):
    d = tempfile.mkdtemp()
    p = Path(d) / "t.txt"
    p.write_text(text, encoding="utf-8")
    return make_graph([p]).graph


def triples(text: str, pred: str) -> set:
    g = graph(text)
    return {(g.nodes[u].get("label"), g.nodes[v].get("label") or g.nodes[v].get("title"))
            for u, v, k in g.edges(keys=True) if k == pred}


def entities(text: str, typ: str) -> set:
    g = graph(text)
    return {a["label"] for _n, a in g.nodes(data=True) if a.get("type") == typ and a.get("mention_count")}


# --- stock codes -------------------------------------------------------------------------------------

def test_hong_kong_and_shanghai_codes_name_both_exchanges():
    got = triples("晶片股午後回升\n\n中芯國際(00981)(滬:688981)午後回升，半日升3%。\n", "listedOn")
    assert ("中芯國際", "上海證券交易所") in got
    assert ("中芯國際", "香港交易所") in got


def test_market_suffixes_name_the_exchange():
    got = triples("芯片股普涨\n\n寒武纪(688256.SH)与中兴通讯(000063.SZ)今日收涨，壁仞科技(股票代码:06082.HK)亦走高。\n",
                  "listedOn")
    assert {("寒武紀", "上海證券交易所"), ("中興通訊", "深圳證券交易所"), ("壁仞科技", "香港交易所")} <= got


def test_us_and_taiwan_codes():
    got = triples("美股晶片股走揚\n\n英特爾（美：INTC）與美光科技公司 (MU-US) 同步走揚，超微(NASDAQ: AMD)亦收高，"
                  "台積電(2330.TW)則持平。\n", "listedOn")
    assert {("英特爾", "美股"), ("美光科技", "美股"), ("超微半導體", "納斯達克"), ("台積電", "臺灣證券交易所")} <= got


def test_a_bare_short_number_or_a_year_is_no_code():
    got = triples("晶片股回顧\n\n台積電(2330)昨日收高，聯發科(2024)年報亮眼，中芯國際（981）走低，"
                  "寒武紀(688256.SH)則上升。\n", "listedOn")
    assert got == {("寒武紀", "上海證券交易所")}


def test_a_number_of_things_in_brackets_is_no_code():
    got = triples("晶片股回顧\n\n英特爾(裁員15000)人後股價走低，英特爾(20000)名員工受影響，"
                  "英特爾(NASDAQ: INTC)盤後回穩。\n", "listedOn")
    assert got == {("英特爾", "納斯達克")}


# --- outlets -----------------------------------------------------------------------------------------

def test_hong_kong_taiwan_and_mainland_outlets_are_organizations():
    orgs = entities("晶片業界動態\n\n據明報報道，信報與星島日報亦有提及；自由時報、工商時報與聯合報跟進，"
                    "集微網、財聯社及36氪則引述業界人士。\n", "Organization")
    assert {"明報", "信報", "星島日報", "自由時報", "工商時報", "聯合報", "集微網", "財聯社", "36氪"} <= orgs


def test_an_outlet_name_inside_an_ordinary_word_is_no_outlet():
    orgs = entities("晶片業界動態\n\n經濟通脹壓力仍大，晶片公司的說明報告指出需求回穩，經濟通通訊社引述業界說法。\n",
                    "Organization")
    assert "經濟通" in orgs  # the wire's full name
    text = "晶片業界動態\n\n經濟通脹壓力仍大，晶片公司的說明報告指出需求回穩。\n"
    assert not {"經濟通", "明報"} & entities(text, "Organization")


# --- credits -----------------------------------------------------------------------------------------

def test_reporter_of_a_short_named_outlet_wrote_for_it():
    text = "某晶片公司新品面世\n\n明報記者 陳大文\n\n某晶片公司昨日發布新款處理器，性能提升三成。\n"
    assert ("陳大文", "明報") in triples(text, "affiliatedWith")
    assert ("陳大文", "某晶片公司新品面世") in triples(text, "wrote")


def test_outlet_and_name_line_opening_the_article():
    text = "某芯片公司完成融资\n\n雷递网 林小峰 3月5日\n\n某芯片公司今日宣布完成新一轮融资。\n"
    assert ("林小峰", "雷遞網") in triples(text, "affiliatedWith")


def test_two_words_opening_the_article_are_no_credit_unless_the_first_is_an_outlet():
    text = "某芯片公司完成融资\n\n华为 林小峰 3月5日\n\n某芯片公司今日宣布完成新一轮融资。\n"
    assert not any(p == "林小峰" for p, _o in triples(text, "affiliatedWith"))
    text = "某芯片公司完成融资\n\n芯东西 林小峰 3月5日\n\n某芯片公司今日宣布完成新一轮融资。\n"
    assert ("林小峰", "芯東西") in triples(text, "affiliatedWith")


# --- review fixes: ordinary phrases, company names and planned listings are no outlet, person or code -----

def test_outlet_names_that_are_ordinary_phrases_are_no_organization():
    assert "數位時代" not in entities("晶片需求\n\n身處數位時代，聯發科的手機晶片銷量上升。\n", "Organization")
    assert "半導體行業觀察" not in entities("晶圓廠\n\n半导体行业观察人士认为，华虹半导体订单回暖。\n", "Organization")
    assert "無綫電視" not in entities("芯片\n\n无线电视讯号遍及乡村，中兴通讯供应芯片。\n", "Organization")
    orgs = entities("指数\n\n上證報3100點，中證報价系统显示寒武纪走高。\n", "Organization")
    assert not {"上海證券報", "中國證券報"} & orgs
    orgs = entities("Chips\n\nSamsung is on the verge of a deal, and the register of orders shows growth.\n", "Organization")
    assert not {"The Verge", "The Register"} & orgs


def test_tencent_legal_entity_is_a_company_not_the_outlet():
    text = "新品\n\n腾讯科技（深圳）有限公司今日推出一款推理芯片。\n"
    assert "騰訊科技" not in entities(text, "Organization")
    assert any(c.startswith("腾讯科技") or c.startswith("騰訊科技") for c in entities(text, "Company"))


def test_outlet_and_weekday_or_edition_line_credits_no_person():
    for line in ("中国日报 周四", "新浪科技 周日", "经济观察报 周刊", "中国日报 周末版"):
        text = f"芯片出货\n\n{line}\n\n华为今年推出新款芯片。\n"
        assert not {a for a, _o in triples(text, "affiliatedWith")}, line
        assert not entities(text, "Person"), line


def test_korean_or_taiwan_etf_code_is_no_mainland_or_hong_kong_listing():
    got = triples("記憶體\n\nSK海力士(000660)今日股價上揚，三星電子同步走高。\n", "listedOn")
    assert ("SK海力士", "深圳證券交易所") not in got
    got = triples("ETF\n\n元大台灣50(00850)成交量放大，台積電走高。\n", "listedOn")
    assert not {o for _s, o in got if o == "香港交易所"}


def test_a_planned_listing_phrase_is_not_listed():
    got = triples("上市\n\n摩尔线程计划赴港上市(股票代码:06999)。\n", "listedOn")
    assert not {s for s, _o in got if "上市" in s}


def test_a_planned_listing_or_a_fund_before_a_code_is_no_company():
    # the code is evidence of a listed company only where the name before it is one: not a plan to list,
    # not a Taiwan ETF (five-digit codes as Hong Kong's)
    companies = entities("上市\n\n摩尔线程计划赴港上市(股票代码:06999)。國泰永續高股息(00878)成交量放大。\n", "Company")
    assert "摩爾線程" in companies
    assert not {c for c in companies if "上市" in c or "高股息" in c}



def test_more_cited_outlets_are_organizations():
    orgs = entities("出口管制\n\n據美國之音報道，德國之聲亦指出，格隆匯、智通財經與觀察者網均轉述長江存儲的回應。\n",
                    "Organization")
    assert {"美國之音", "德國之聲", "格隆匯", "智通財經", "觀察者網"} <= orgs
