"""FIGKIND lane: kinds of figure kg did not read at all — stock codes, share counts, payout ratios and shares in
tenths, parts counted before a name, interface widths, pixels, voltages and currents, large powers, channels,
floor areas, a fund's term and shareholders — each typed by what it measures and given to the subject of its
clause. Sentences written for these tests, not taken from any newspaper (real company names only; the figures and
codes are invented)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402

from kg.normalize import normalize  # noqa: E402
from kg.quantities import find_quantities  # noqa: E402


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    """(label as printed, value, unit, measure) of each figure kg reads in the text."""
    key = normalize(text).key
    return [(key[q.start:q.end], q.value, q.unit, q.measure) for q in find_quantities(key)]


def _measures(text: str) -> set[str]:
    return {m for _l, _v, _u, m in _read(text)}


def test_stock_codes_are_read_after_their_word_and_in_a_bracket():
    assert _read("證券代碼：688321")[0][1:] == (Decimal(688321), "code", "stock-code")
    assert _read("股份代號為「0712」")[0][0] == "0712"  # the label keeps the leading zero
    assert _read("某公司（股票代碼：09901.HK）")[0][3] == "stock-code"
    assert _read("甲公司(301234.SZ)")[0][3] == "stock-code"
    assert _read("乙公司(600123)")[0][3] == "stock-code"
    # a year or a count in a bracket is no stock code
    assert "stock-code" not in _measures("該廠(2027)投產")
    assert "stock-code" not in _measures("共有員工(1234)人")


def test_a_companys_stock_code_is_its_figure(tmp_path):
    g = graph_of(tmp_path, "上市\n\n兆易創新（股票代碼：603777）今日公布新一代產品路線圖。\n")
    assert holds(g, "兆易創新", "hasSpec", "603777")
    # the code still says where the company is listed
    assert holds(g, "兆易創新", "listedOn", "上海證券交易所")


def test_share_counts_are_typed():
    assert _read("全球發售 H 股總數為 12,300,000 股")[0][1:] == (Decimal(12300000), "shares", "shares-offered")
    assert _read("公司總股本為987,654,321股")[0][3] == "total-shares"
    assert _read("擬向激勵對象授予56.7萬股限制性股票")[0][1:3] == (Decimal(567000), "shares")
    # 股 starting another word is no count of shares
    assert "shares" not in {u for _l, _v, u, _m in _read("發行300股東大會")}


def test_payout_ratio_and_shares_in_tenths(tmp_path):
    assert _read("配發率約65%")[0][1:] == (Decimal(65), "%", "payout-ratio")
    assert _read("這類產品產占比已達六成")[0][1:] == (Decimal(60), "%", "output-share")
    assert _read("市占率逾五成")[0][1:] == (Decimal(50), "%", "market-share")
    assert "market-share" not in _measures("市占率三成五")  # not misread as 30%
    g = graph_of(tmp_path, "股利\n\n華邦電今年擬配發現金股利，配發率高達65%。\n")
    assert holds(g, "華邦電", "hasSpec", "65")


def test_a_market_share_after_already(tmp_path):
    g = graph_of(tmp_path, "記憶體\n\n長江存儲市占率已經12%以上。\n")
    assert holds(g, "長江存儲", "hasSpec", "12")


def test_parts_counted_before_a_name_are_the_systems(tmp_path):
    assert _read("將搭載16顆以上HBM4E")[0][1:] == (Decimal(16), "units", "parts")
    g = graph_of(tmp_path, "新品\n\n輝達Rubin Ultra將搭載16顆以上HBM4E。\n")
    assert holds(g, "Rubin Ultra", "hasSpec", "16")


def test_interface_width_and_word_size():
    assert _read("憑藉2,048位元介面")[0][1:] == (Decimal(2048), "bit", "bus-width")
    assert _read("介面位寬再倍增到4,096位元")[0][1:] == (Decimal(4096), "bit", "bus-width")
    assert _read("一款32位通用MCU")[0][1:] == (Decimal(32), "bit", "word-size")
    assert "word-size" not in _measures("32位工程師")


def test_pixels_with_ranges_and_pixel_size():
    assert _read("2億像素級別產品")[0][1] == Decimal(200000000)
    label, value, unit, measure = _read("從 800 萬至 6400 萬像素的產品")[0]
    assert (value, unit, measure) == (Decimal(64000000), "pixels", "resolution")
    assert _read("0.64 μ m像素")[0][1:] == (Decimal("0.64"), "um", "pixel-size")


def test_power_device_ratings():
    (label, value, unit, measure), = _read("電壓覆蓋 650V-3300V")
    assert (value, unit, measure) == (Decimal(3300), "V", "voltage")
    q = find_quantities(normalize("電流從 20A 到 800A").key)[0]
    assert (q.value, q.lower, q.measure) == (Decimal(800), Decimal(20), "current")
    # an ampere is read only after 電流: 18A is a process
    assert "current" not in _measures("英特爾18A")


def test_large_powers_channels_areas_and_a_funds_term():
    assert _read("總計300兆瓦的運算能力")[0][1:3] == (Decimal(300), "MW")
    assert _read("新增5GW的資料中心")[0][1:3] == (Decimal(5), "GW")
    assert _read("支持8通道DDR5內存")[0][1:] == (Decimal(8), "channels", "channels")
    assert _read("總用地面積12.5萬平方米")[0][1:3] == (Decimal(125000), "m2")
    assert _read("存續期限達12年")[0][1:] == (Decimal(12), "years", "term")
    assert _read("共有23家股東參與")[0][1:] == (Decimal(23), "shareholders", "shareholders")
    assert _read("每周可生產約2萬片晶圓")[0][1:3] == (Decimal(20000), "wafers/week")


def test_other_currencies_pue_patents_localization_and_aspect_ratio():
    assert _read("以每股12.5澳元收購")[0][1:3] == (Decimal("12.5"), "AUD")
    assert _read("獲得逾80億令吉的投資")[0][1:3] == (Decimal(8000000000), "MYR")
    assert _read("使資料中心PUE低至1.15")[0][1:] == (Decimal("1.15"), "ratio", "pue")
    assert _read("手握40多項發明專利")[0][1:] == (Decimal(40), "patents", "patents")
    assert "patents" not in _measures("支付5項專利費")
    assert _read("國產化率達到75%")[0][3] == "localization-rate"
    assert _read("支持40:1的深寬比刻蝕")[0][1:] == (Decimal(40), "ratio", "aspect-ratio")
