"""Round 12: groups and their members (旗下, 子公司, 母公司, 同為…旗下), control of a company bought (收購…控股權,
取得…控制權, 成為…控股股東) and partners named as such (甲的合作夥伴乙). Sentences written for these tests, not
taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def test_companies_of_one_group_are_affiliated_with_it(tmp_path):
    g = graph_of(tmp_path, "業界指出，華力微與華虹半導體同為華虹集團旗下的晶圓廠。\n")
    assert holds(g, "華力微", "affiliatedWith", "華虹集團")


def test_a_company_held_by_a_group(tmp_path):
    g = graph_of(tmp_path, "鴻海旗下工業富聯昨日公布營收。\n")
    assert holds(g, "工業富聯", "affiliatedWith", "鴻海")
    assert not holds(g, "鴻海", "affiliatedWith", "工業富聯")


def test_the_group_heading_the_sentence_holds_the_company_after_its_comma(tmp_path):
    g = graph_of(tmp_path, "鴻海今天下午公告，旗下工業富聯將增資一家子公司。\n")
    assert holds(g, "工業富聯", "affiliatedWith", "鴻海")


def test_a_chip_of_a_company_is_no_member(tmp_path):
    g = graph_of(tmp_path, "輝達旗下的GPU仍然供不應求。\n")
    assert not any(holds(g, "GPU", "affiliatedWith", c) for c in ("輝達", "英偉達"))


def test_the_parent_company_holds_the_company(tmp_path):
    g = graph_of(tmp_path, "出售方包括安謀的母公司軟銀。\n")
    assert holds(g, "安謀", "affiliatedWith", "軟銀")
    assert holds(g, "軟銀", "investsIn", "安謀")


def test_a_wholly_owned_subsidiary(tmp_path):
    g = graph_of(tmp_path, "華力微是華虹集團的全資子公司。\n")
    assert holds(g, "華力微", "affiliatedWith", "華虹集團")


def test_buying_control_is_an_acquisition(tmp_path):
    g = graph_of(tmp_path, "北方華創宣布，將以發行股份及支付現金的方式，收購華力微（簡稱「華力」）的控股權。\n")
    assert holds(g, "北方華創", "acquired", "華力微")
    (tmp_path / "b").mkdir()
    g = graph_of(tmp_path / "b", "北方華創將成為華力微的控股股東。\n")
    assert holds(g, "北方華創", "acquired", "華力微")


def test_a_partner_named_as_such(tmp_path):
    g = graph_of(tmp_path, "台積電的長期合作夥伴包括博世與英飛凌。\n")
    assert holds(g, "台積電", "partnerOf", "博世")
    assert holds(g, "台積電", "partnerOf", "英飛凌")


def test_a_denied_partnership_is_not_asserted(tmp_path):
    g = graph_of(tmp_path, "台積電在當地的合作夥伴並非英特爾。\n")
    assert not holds(g, "台積電", "partnerOf", "英特爾")
