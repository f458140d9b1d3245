"""RESULTS lane: a company's figures as the financial press of Hong Kong, Taiwan and the mainland prints them —
純利 / 盈利 / 期內收入, growth with no period word (，增22% / 按年升), margins moved from one level to another,
earnings and dividends per share, a share's opening and closing price and turnover, a market share written
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
    assert _figures("成交金額3150萬元") == [(Decimal(31500000), "yuan", "turnover")]
    assert _figures("恒指收報21000點") == []


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
                           "期內收入40.12億美元，增17%。毛利率從去年同期的12.5%提升至19.9%。每股基本盈利3美仙。\n")
    specs = _specs(g, "中芯國際")
    assert specs.get(Decimal(288000000)) == "net-profit"
    assert specs.get(Decimal("21.5")) == "growth"
    assert specs.get(Decimal(4012000000)) == "revenue"
    assert specs.get(Decimal(17)) == "growth"
    assert specs.get(Decimal("19.9")) == "gross-margin"
    assert Decimal("12.5") not in specs  # last year's margin is the comparison base, not a figure of now
    assert specs.get(Decimal(3)) == "eps"


def test_a_listing_day_with_the_company_left_out(tmp_path):
    g = graph_of(tmp_path, "新股上市\n\n黑芝麻智能今日在港掛牌。開市報15.2元，收報16.05元，較招股價上漲12%。成交金額5120萬元。\n")
    specs = _specs(g, "黑芝麻智能")
    assert specs.get(Decimal("15.2")) == "opening-price"
    assert specs.get(Decimal("16.05")) == "closing-price"
    assert specs.get(Decimal(12)) == "growth"
    assert specs.get(Decimal(51200000)) == "turnover"


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
    g = graph_of(tmp_path, "記憶體市場\n\nSK海力士是HBM市場的龍頭，占據約48%的市場份額，而三星電子則占約41%的份額。\n")
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
