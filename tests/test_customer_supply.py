"""Foundry customers, chip supply, completed acquisitions, listings and entity-list additions, as news
words them (ontology/rules/relations.toml, "Real news, third round"). Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402


@pytest.mark.parametrize("text,s,p,o", [
    # a client orders from a foundry
    ("高通本季向台積電追加大批3奈米晶圓訂單。", "台積電", "manufacturesFor", "高通"),
    ("三星電子受惠英偉達及高通等客戶追單，產能滿載。", "三星電子", "manufacturesFor", "高通"),
    ("三星電子受惠英偉達及高通等客戶追單，產能滿載。", "三星電子", "manufacturesFor", "英偉達"),
    ("中芯國際近日接到華為的新一批訂單。", "中芯國際", "manufacturesFor", "華為"),
    ("聯發科今年首度將旗艦晶片委由台積電代工。", "台積電", "manufacturesFor", "聯發科"),
    ("台積電正與英偉達、超微半導體等客戶在2奈米製程中密切合作。", "台積電", "manufacturesFor", "超微半導體"),
    ("英偉達、高通等都是台積電3奈米的主要客戶。", "台積電", "manufacturesFor", "高通"),
    # a chip maker supplies the chips it makes
    ("美光是英偉達最重要的記憶體供應商之一。", "美光科技", "manufacturesFor", "英偉達"),
    ("SK海力士已向英偉達批量供應HBM4。", "SK海力士", "manufacturesFor", "英偉達"),
    ("SK海力士明年供應給英偉達的HBM4早已被訂光。", "SK海力士", "develops", "HBM4"),
    ("HBM4是英偉達新一代GPU所需的關鍵記憶體。", "GPU", "uses", "HBM4"),
    # acquisitions
    ("超微半導體已完成對賽靈思的收購。", "超微半導體", "acquired", "賽靈思"),
    ("英偉達多年前便將邁絡思收入旗下。", "英偉達", "acquired", "邁絡思"),
    # listings
    ("中芯國際分別在港交所、科創板上市。", "中芯國際", "listedOn", "科創板"),
    ("寒武紀被視為科創板的AI芯片第一股。", "寒武紀", "listedOn", "科創板"),
    # entity list
    ("華為早已被美國列入實體清單。", "實體清單", "restricts", "華為"),
    ("美國商務部周五將中芯國際列入實體清單。", "實體清單", "issuedBy", "美國商務部"),
    ("美國商務部周五將中芯國際列入實體清單。", "實體清單", "restricts", "中芯國際"),
])
def test_customer_supply_listing_and_list_wordings(tmp_path, text, s, p, o):
    assert holds(graph_of(tmp_path, text), s, p, o), (text, s, p, o)


@pytest.mark.parametrize("text,s,p,o", [
    ("台積電並未接到英特爾的訂單。", "台積電", "manufacturesFor", "英特爾"),
    ("如果三星電子向英偉達供應HBM4，市場格局將改變。", "三星電子", "manufacturesFor", "英偉達"),
    ("市場傳聞英偉達有意完成對超微半導體的收購。", "英偉達", "acquired", "超微半導體"),
    # the customer of an order is the one who orders, not the one it is delivered to
    ("台積電向英偉達交付首批晶圓。", "英偉達", "manufacturesFor", "台積電"),
])
def test_negated_hypothetical_and_reversed_wordings_are_not_asserted(tmp_path, text, s, p, o):
    assert not holds(graph_of(tmp_path, text), s, p, o), (text, s, p, o)


def test_a_planned_supply_is_kept_but_marked(tmp_path):
    g = graph_of(tmp_path, "SK海力士計劃明年向英偉達供應HBM4。")
    assert holds(g, "SK海力士", "manufacturesFor", "英偉達")
    assert all(r.endswith(".planned") for r in rules_of(g, "SK海力士", "manufacturesFor", "英偉達"))


def test_supplying_a_chip_is_not_developing_it_for_the_customer(tmp_path):
    g = graph_of(tmp_path, "SK海力士明年供應給英偉達的HBM4早已被訂光。")
    assert not holds(g, "英偉達", "develops", "HBM4")
