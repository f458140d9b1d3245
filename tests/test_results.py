"""RESULTS lane: a company's figures as the financial press of Hong Kong, Taiwan and the mainland prints them —
純利 / 盈利 / 期內收入, growth with no period word (，增22% / 按年升), margins moved from one level to another,
earnings and dividends per share, a share's opening and closing price, a market share written
before its word — typed by what they measure and given to the company they belong to, also where the company is
left out of the clause. Sentences written for these tests (real company names only; the figures are invented)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

from kg.normalize import normalize  # noqa: E402
from kg.quantities import find_quantities  # noqa: E402


def _figures(text: str) -> list[tuple[Decimal, str, str]]:
    return [(q.value, q.unit, q.measure) for q in find_quantities(normalize(text).key)]


def _specs(g, subject: str) -> dict[Decimal, str]:
    """value -> measure of the figures of `subject` (any of its names) in the graph."""
    from kg.normalize import name_key

    out = {}
    for u, v, k in g.edges(keys=True):
        names = {name_key(x) for x, _lang in g.nodes[u].get("names") or []} | {name_key(str(g.nodes[u].get("label")))}
        if k == "hasSpec" and name_key(subject) in names and g.nodes[v].get("quantity") is not None:
            out[Decimal(str(g.nodes[v].get("quantity")))] = g.nodes[v].get("measure")
    return out


def test_hong_kong_results_words_are_typed():
    assert _figures("期內純利5.12億美元") == [(Decimal(512000000), "USD", "net-profit")]
    assert _figures("全年盈利8.4億港元") == [(Decimal(840000000), "HKD", "net-profit")]
    assert _figures("中期收入20.5億美元") == [(Decimal(2050000000), "USD", "revenue")]
    assert _figures("每股基本盈利7美仙") == [(Decimal(7), "USD-cent", "eps")]
    assert _figures("末期股息每股3港仙") == [(Decimal(3), "HKD-cent", "dividend-per-share")]


def test_trading_figures_are_typed_and_an_index_is_not():
    assert _figures("開市報12.6元") == [(Decimal("12.6"), "yuan", "opening-price")]
    assert _figures("收報11.02港元") == [(Decimal("11.02"), "HKD", "closing-price")]
    assert _figures("恒指收報21000點") == []


def test_a_turnover_or_money_after_shou_is_no_share_price():
    # 成交金額 is a deal's, an auction's or a market's as often as a stock's: plain money (RESULTS review)
    assert all(m != "turnover" for _v, _u, m in _figures("專利組合成交金額達3億美元"))
    # 營收在 / 支出收在 hold 收在 inside other words: money, no closing price
    assert all(m != "closing-price" for _v, _u, m in _figures("華虹半導體營收在25億美元左右"))
    assert all(m != "closing-price" for _v, _u, m in _figures("員工薪酬支出收在8億元左右"))


def test_a_margin_moved_to_a_level_is_the_level_not_the_base():
    assert _figures("毛利率從去年同期的11.2%大幅提升至18.7%") == [(Decimal("18.7"), "%", "gross-margin")]
    assert _figures("淨利率亦從4.1%改善至7.9%") == [(Decimal("7.9"), "%", "net-margin")]


def test_growth_without_a_period_word_and_before_the_money():
    assert _figures("收入30億美元，增18%")[1] == (Decimal(18), "%", "growth")
    assert _figures("盈利跌40%至900萬美元") == [(Decimal(40), "%", "decline"), (Decimal(9000000), "USD", "net-profit")]
    # 提升 stays a chip's relative figure
    assert [m for _v, _u, m in _figures("效能提升40%")] == ["performance-increase"]


def test_results_with_the_company_left_out_are_the_company_of_the_sentence_before(tmp_path):
    g = graph_of(tmp_path, "晶片業績\n\n中芯國際昨日公布中期業績。截至2025年6月30日止中期純利2.88億美元，按年升21.5%。"
                           "期內收入40.12億美元，增17%。毛利率從去年同期的12.5%提升至19.9%。中芯國際每股基本盈利3美仙。\n")
    specs = _specs(g, "中芯國際")
    assert specs.get(Decimal(288000000)) == "net-profit"
    assert specs.get(Decimal("21.5")) == "growth"
    assert specs.get(Decimal(4012000000)) == "revenue"
    assert specs.get(Decimal(17)) == "growth"
    assert specs.get(Decimal("19.9")) == "gross-margin"
    assert Decimal("12.5") not in specs  # last year's margin is the comparison base, not a figure of now
    assert specs.get(Decimal(3)) == "eps"


def test_a_listing_days_prices_with_their_company(tmp_path):
    g = graph_of(tmp_path, "新股上市\n\n黑芝麻智能今日開市報15.2元，收報16.05元。\n")
    specs = _specs(g, "黑芝麻智能")
    assert specs.get(Decimal("15.2")) == "opening-price"
    assert specs.get(Decimal("16.05")) == "closing-price"


def test_an_unnamed_stocks_prices_are_not_the_topics(tmp_path):
    # RESULTS review 1: a market round-up's unnamed stock, another stock of the group, a new listing
    g = graph_of(tmp_path, "港股\n\n寒武紀今日股價急升，漲10%。另一方面，昨日上市的新股表現疲弱，開市報6.5元，收報6.1元，"
                           "較招股價下跌18%，成交金額2500萬元。\n")
    specs = _specs(g, "寒武紀")
    assert not {Decimal("6.5"), Decimal("6.1"), Decimal(18), Decimal(25000000)} & set(specs)
    g = graph_of(tmp_path, "港股\n\n寒武紀今日收報1180元。同日，潮玩品牌泡泡瑪特表現亮眼，收報240港元，總市值約達3200億港元。\n")
    specs = _specs(g, "寒武紀")
    assert specs.get(Decimal(1180)) == "closing-price"
    assert Decimal(240) not in specs and Decimal(320000000000) not in specs
    g = graph_of(tmp_path, "港股\n\n寒武紀股價大漲。而另一隻晶片股則下跌，收報90元。\n")
    assert Decimal(90) not in _specs(g, "寒武紀")


def test_the_carry_stops_at_a_sentence_naming_another_company(tmp_path):
    # RESULTS review 2: the sentence before has another company as the subject of a later clause
    g = graph_of(tmp_path, "港股\n\n中芯國際公布業績後，華虹半導體股價急跌。收報28港元，跌6%。\n")
    specs = _specs(g, "中芯國際")
    assert Decimal(28) not in specs and Decimal(6) not in specs
    g = graph_of(tmp_path, "晶片業績\n\n英偉達公布業績後，AMD股價急跌。期內收入70億美元，增5%。\n")
    specs = _specs(g, "英偉達")
    assert Decimal(7000000000) not in specs and Decimal(5) not in specs


def test_a_markets_turnover_and_a_funds_price_are_not_the_companys(tmp_path):
    # RESULTS review 3 and 10
    g = graph_of(tmp_path, "港股\n\n寒武紀今日股價大漲。港股方面，恒指收報24000點，成交額1900億港元。\n")
    assert Decimal(190000000000) not in _specs(g, "寒武紀")
    g = graph_of(tmp_path, "台股\n\n台積電今日終場收在990元，外資賣超台積電3萬張，台股成交金額達4800億元。\n")
    specs = _specs(g, "台積電")
    assert specs.get(Decimal(990)) == "closing-price"
    assert Decimal(480000000000) not in specs
    g = graph_of(tmp_path, "港股\n\n中芯國際大漲4%，帶動半導體ETF收報1.32元。\n")
    assert Decimal("1.32") not in _specs(g, "中芯國際")


def test_a_segments_or_industrys_figures_are_not_the_companys(tmp_path):
    # RESULTS review 4
    g = graph_of(tmp_path, "晶片業績\n\n英偉達公布季績。遊戲業務方面，本財季營收達41億美元，增長18%。\n")
    specs = _specs(g, "英偉達")
    assert Decimal(4100000000) not in specs and Decimal(18) not in specs
    g = graph_of(tmp_path, "晶片業績\n\n英偉達公布季績。汽車部門表現亮眼，期內收入6.1億美元，增70%。\n")
    assert Decimal(610000000) not in _specs(g, "英偉達")
    g = graph_of(tmp_path, "晶片業績\n\n寒武紀公布業績。行業方面，全年盈利按年升45%至180億元。\n")
    assert Decimal(18000000000) not in _specs(g, "寒武紀")


def test_a_comparison_base_is_no_figure_of_now(tmp_path):
    # RESULTS review 5
    g = graph_of(tmp_path, "晶片業績\n\n中芯國際中期純利3.3億美元，按年升30%，上年度全年盈利則為4.7億美元。\n")
    specs = _specs(g, "中芯國際")
    assert specs.get(Decimal(330000000)) == "net-profit"
    assert Decimal(470000000) not in specs
    g = graph_of(tmp_path, "晶片業績\n\n中芯國際公布業績，每股基本盈利5美仙，而去年同期每股基本盈利為2美仙。\n")
    specs = _specs(g, "中芯國際")
    assert specs.get(Decimal(5)) == "eps"
    assert Decimal(2) not in specs
    g = graph_of(tmp_path, "晶片業績\n\n寒武紀上半年盈利9.8億元，去年同期則錄得虧損4.6億元。\n")
    assert Decimal(460000000) not in _specs(g, "寒武紀")
    g = graph_of(tmp_path, "晶片業績\n\n中芯國際今年純利6億美元，而去年純利為3億美元。\n")
    assert Decimal(300000000) not in _specs(g, "中芯國際")


def test_a_forecast_is_no_figure(tmp_path):
    # RESULTS review 6
    g = graph_of(tmp_path, "晶片業績\n\n華虹半導體發盈警，預期中期盈利按年跌65%至1200萬美元。\n")
    assert Decimal(12000000) not in _specs(g, "華虹半導體")
    g = graph_of(tmp_path, "晶片業績\n\n中芯國際公布業績。全年盈利預測為14億美元。\n")
    assert Decimal(1400000000) not in _specs(g, "中芯國際")
    g = graph_of(tmp_path, "晶片市場\n\n预计到2030年，寒武纪将占据约25%的市场份额。\n")
    assert Decimal(25) not in _specs(g, "寒武纪")


def test_a_share_before_its_word_stays_in_its_clause(tmp_path):
    # RESULTS review 7
    g = graph_of(tmp_path, "晶片市場\n\n英偉達以外的廠商僅占約15%的市場份額。\n")
    assert Decimal(15) not in _specs(g, "英偉達")
    g = graph_of(tmp_path, "晶片市場\n\n英偉達在中國的份額已從90%跌至約55%，國產廠商則占約35%的份額。\n")
    assert Decimal(35) not in _specs(g, "英偉達")
    g = graph_of(tmp_path, "晶片市場\n\n台積電的3奈米產能中，蘋果占據約35%的份額。\n")
    assert _specs(g, "蘋果").get(Decimal(35)) != "market-share"


def test_a_falling_profit_and_the_money_it_fell_to(tmp_path):
    g = graph_of(tmp_path, "晶片業績\n\n華虹半導體公布業績，惟盈利跌52%至2300萬美元。\n")
    specs = _specs(g, "華虹半導體")
    assert specs.get(Decimal(23000000)) == "net-profit"
    assert specs.get(Decimal(52)) == "decline"


def test_a_loss_of_last_year_is_no_figure_of_now(tmp_path):
    g = graph_of(tmp_path, "晶片業績\n\n寒武紀上半年由去年同期虧損2.1億元變成了淨利潤人民幣6.3億元。\n")
    specs = _specs(g, "寒武紀")
    assert specs.get(Decimal(630000000)) == "net-profit"
    assert Decimal(210000000) not in specs


def test_market_shares_written_before_their_word(tmp_path):
    g = graph_of(tmp_path, "記憶體市場\n\nSK海力士是HBM市場的龍頭。SK海力士占據約48%的市場份額，而三星電子則占約41%的市場份額。\n")
    assert _specs(g, "SK海力士").get(Decimal(48)) == "market-share"
    assert _specs(g, "三星電子").get(Decimal(41)) == "market-share"
    assert not holds(g, "SK海力士", "hasSpec", "41")


def test_a_rivals_price_stays_with_the_rival(tmp_path):
    # the sentence before names another company as its subject: its figures are that one's
    g = graph_of(tmp_path, "港股\n\n小米今日股價上升。地平線機器人收報7.35港元，跌3%。\n")
    assert _specs(g, "地平線機器人").get(Decimal("7.35")) == "closing-price"
    assert Decimal("7.35") not in _specs(g, "小米")


def test_a_gross_profit_and_funds_raised_opening_their_clause(tmp_path):
    g = graph_of(tmp_path, "晶片業績\n\n中芯國際公布中期業績。毛利8.15億美元，升47%。\n\n"
                           "摩爾線程公布上市結果。此次發行募集資金總額近65億元。\n")
    assert _specs(g, "中芯國際").get(Decimal(815000000)) == "gross-profit"
    assert _specs(g, "中芯國際").get(Decimal(47)) == "growth"
    assert _specs(g, "摩爾線程").get(Decimal(6500000000)) == "funds-raised"


def test_a_listed_name_kg_does_not_know_keeps_its_figures(tmp_path):
    # a stock code names a listed company kg does not know: the price and value after it are not the topic's
    g = graph_of(tmp_path, "港股\n\n寒武紀今日收報1210元。同日，潮玩品牌泡泡瑪特(09992.HK)表現亮眼，收盤價報250港元，"
                           "總市值約達3300億港元。\n")
    specs = _specs(g, "寒武紀")
    assert specs.get(Decimal(1210)) == "closing-price"
    assert Decimal(250) not in specs and Decimal(330000000000) not in specs
