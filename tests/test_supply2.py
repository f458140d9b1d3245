"""SUPPLY2 lane: who buys, uses, makes and supports whose chips — orders received from a list of clients, work
outsourced on a client's behalf, assemblers winning a chip's orders or entering its supply chain, server makers
offering a chip's servers, a buyer's stock of chips, a client adding a maker's capacity, equipment delivered, a maker
supplying a client. Sentences written for these tests (ontology/rules/relations.toml, "SUPPLY2 lane")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402


@pytest.mark.parametrize("text,s,p,o", [
    # orders received from a list of clients: one relation per client
    ("矽品今年獲得來自高通、聯發科以及蘋果的訂單。", "矽品", "manufacturesFor", "高通"),
    ("矽品今年獲得來自高通、聯發科以及蘋果的訂單。", "矽品", "manufacturesFor", "蘋果"),
    # work outsourced on a client's behalf: the contractors work for the client
    ("三星把高通新一代處理器的部分封裝業務，外包給矽品、京元電等廠商。", "矽品", "manufacturesFor", "高通"),
    ("三星把高通新一代處理器的部分封裝業務，外包給矽品、京元電等廠商。", "京元電子", "manufacturesFor", "高通"),
    # server makers offering a platform's servers support it
    ("廣達、英業達和仁寶都將推出搭載Blackwell平台的伺服器。", "廣達", "supports", "Blackwell"),
    ("廣達、英業達和仁寶都將推出搭載Blackwell平台的伺服器。", "仁寶", "supports", "Blackwell"),
    # an assembler winning orders for a client's chip makes for the client and builds on the chip
    ("和碩與英業達分別在谷歌TPU拿下大筆訂單。", "和碩", "manufacturesFor", "谷歌"),
    ("和碩與英業達分別在谷歌TPU拿下大筆訂單。", "英業達", "uses", "TPU"),
    # entering a chip's supply chain, the chip glossed in parentheses
    ("仁寶近年接下多個伺服器專案，例如打入Meta的MTIA（自研加速器）伺服器供應鏈。", "仁寶", "manufacturesFor", "Meta"),
    ("仁寶近年接下多個伺服器專案，例如打入Meta的MTIA（自研加速器）伺服器供應鏈。", "仁寶", "uses", "MTIA"),
    # the orders a maker mostly lives on
    ("和碩在伺服器市場以亞馬遜的Trainium訂單為主。", "和碩", "manufacturesFor", "亞馬遜"),
    ("和碩在伺服器市場以亞馬遜的Trainium訂單為主。", "和碩", "uses", "Trainium"),
    # a buyer's stock of chips, the chips named after 包括
    ("百度已採購大量英偉達的晶片，包括去年可以買到的H20和L20晶片。", "百度", "uses", "H20"),
    ("百度已採購大量英偉達的晶片，包括去年可以買到的H20和L20晶片。", "百度", "uses", "L20"),
    # a client adding a maker's capacity uses the technology
    ("博通也向台積電追加SoIC產能。", "博通", "uses", "SoIC"),
    # equipment delivered to a research institute is used there
    ("艾司摩爾已向中國科學院微電子研究所交付一套EUV光刻機系統。", "中國科學院微電子研究所", "uses", "EUV"),
    # an order for a chip's servers: the assembler makes for the chip's owner and builds on the chip
    ("仁寶拿下Meta的MTIA伺服器大單。", "仁寶", "uses", "MTIA"),
    # holding a client's chip orders
    ("英業達手握亞馬遜Trainium大單。", "英業達", "manufacturesFor", "亞馬遜"),
    ("英業達手握亞馬遜Trainium大單。", "英業達", "uses", "Trainium"),
    # a list of companies adopting another maker's chip: each uses it
    ("甲骨文、特斯拉和Meta都將採用超微的MI355X晶片。", "甲骨文公司", "uses", "MI355X"),
    ("甲骨文、特斯拉和Meta都將採用超微的MI355X晶片。", "特斯拉", "uses", "MI355X"),
    # a maker supplying a client (the client the verb's object)
    ("美光供應了超微資料中心晶片所需的多數HBM。", "美光", "manufacturesFor", "超微半導體"),
])
def test_supply2_wordings(tmp_path, text, s, p, o):
    assert holds(graph_of(tmp_path, text), s, p, o), (text, s, p, o)


def test_a_foundry_winning_a_chips_orders_makes_for_the_client_and_does_not_use_the_chip(tmp_path):
    g = graph_of(tmp_path, "台積電在谷歌TPU拿下大筆訂單。")
    assert holds(g, "台積電", "manufacturesFor", "谷歌")
    assert not holds(g, "台積電", "uses", "TPU")
    g = graph_of(tmp_path, "日月光近年打入谷歌的TPU（張量處理器）供應鏈。")
    assert holds(g, "日月光", "manufacturesFor", "谷歌")
    assert not holds(g, "日月光", "uses", "TPU")


def test_an_order_for_a_chips_servers_does_not_make_the_assembler_the_chips_maker(tmp_path):
    g = graph_of(tmp_path, "仁寶拿下Meta的MTIA伺服器大單。")
    assert holds(g, "仁寶", "uses", "MTIA")
    assert not holds(g, "MTIA", "fabricatedBy", "仁寶")


def test_only_an_assembler_builds_on_the_chip_it_holds_orders_for(tmp_path):
    g = graph_of(tmp_path, "台積電手握蘋果A20大單。")
    assert holds(g, "台積電", "manufacturesFor", "蘋果")
    assert not holds(g, "台積電", "uses", "A20")
    g = graph_of(tmp_path, "聯發科打入谷歌的TPU（張量處理器）供應鏈。")
    assert holds(g, "聯發科", "manufacturesFor", "谷歌")
    assert not holds(g, "聯發科", "uses", "TPU")


def test_a_list_compared_with_an_adopter_does_not_adopt(tmp_path):
    g = graph_of(tmp_path, "特斯拉和Meta都將採用超微的MI355X晶片，與谷歌、微軟採用英偉達的晶片不同。")
    assert holds(g, "特斯拉", "uses", "MI355X")
    assert not holds(g, "谷歌", "uses", "MI355X")


def test_a_supply_banned_or_stopped_is_none_and_a_supply_going_on_is_one(tmp_path):
    assert holds(graph_of(tmp_path, "美光供應了超微多數的HBM。"), "美光", "manufacturesFor", "超微半導體")
    for text in ("美國禁止美光供應超微任何HBM。", "美光已停止供貨超微。", "美國限制美光供貨超微。"):
        assert not holds(graph_of(tmp_path, text), "美光", "manufacturesFor", "超微半導體"), text


def test_a_delivery_banned_is_no_use(tmp_path):
    inst = "中國科學院微電子研究所"
    assert holds(graph_of(tmp_path, f"艾司摩爾已向{inst}交付EUV光刻機。"), inst, "uses", "EUV")
    assert not holds(graph_of(tmp_path, f"荷蘭政府禁止艾司摩爾向{inst}交付EUV光刻機。"), inst, "uses", "EUV")


def test_a_server_maker_offering_a_chips_servers_supports_it_a_buyer_of_them_does_not(tmp_path):
    assert holds(graph_of(tmp_path, "仁寶將推出搭載Blackwell平台的伺服器。"), "仁寶", "supports", "Blackwell")
    assert not holds(graph_of(tmp_path, "微軟大量採購搭載Blackwell平台的伺服器。"), "微軟", "supports", "Blackwell")


def test_a_buyers_chips_are_used_a_purchase_stopped_is_none(tmp_path):
    assert holds(graph_of(tmp_path, "百度囤積了不少英偉達的晶片，包括H20和L20。"), "百度", "uses", "H20")
    assert not holds(graph_of(tmp_path, "百度停止採購英偉達的晶片，包括H20和L20。"), "百度", "uses", "H20")


def test_orders_a_maker_may_win_are_a_plan(tmp_path):
    g = graph_of(tmp_path, "矽品有機會獲得來自高通與聯發科的訂單。")
    assert holds(g, "矽品", "manufacturesFor", "聯發科")
    assert all(r.endswith(".planned") for r in rules_of(g, "矽品", "manufacturesFor", "聯發科"))


def test_the_channel_a_purchase_goes_through_is_no_buyer(tmp_path):
    g = graph_of(tmp_path, "中國企業只能透過英偉達購買綁在H200上的記憶體。")
    assert not holds(g, "英偉達", "uses", "H200")
    assert holds(graph_of(tmp_path, "騰訊透過經銷商大量採購H200。"), "騰訊", "uses", "H200")
