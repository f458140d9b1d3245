"""Round 12 (lead): the process nodes companies and chips use, in the general forms the trade press prints
them (a node among the things a chip adopts, companies making something with a node, a client's custom
process 4NP), and the sentences that only look like them (another part's node, a purchase, a refusal, a
wavelength, a plan). Every sentence is invented; the names are real companies and made-up chips."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, labelled_edges, rules_of  # noqa: E402

HEAD = "晶片週報\n\n"


@pytest.mark.parametrize("text", [
    "超微新一代MX900加速器採CDNA 5架構、2nm製程與HBM4記憶體。",
    "超微新一代MX900加速器采CDNA 5架构、2nm制程与HBM4内存。",
])
def test_a_node_among_the_things_a_chip_adopts(tmp_path, text):
    g = graph_of(tmp_path, HEAD + text + "\n")
    assert holds(g, "MX900", "usesProcess", "2")


def test_the_foundrys_node_a_chip_adopts(tmp_path):
    g = graph_of(tmp_path, HEAD + "另一款BX40晶片採用了中芯國際最先進的7納米芯片技術。\n")
    assert holds(g, "BX40", "usesProcess", "7")
    assert holds(g, "BX40", "fabricatedBy", "中芯國際")


@pytest.mark.parametrize("text, chip, node", [
    ("MX900加速器搭配NVLink 6交換器與3奈米製程的CPO光學引擎。", "MX900", "3"),  # the engine's node
    ("MX900加速器採用HBM4記憶體而非2奈米製程。", "MX900", "2"),  # refused
    ("H20芯片采购商多选择7纳米制程的国产替代方案。", "H20", "7"),  # 采购 is buying
])
def test_another_parts_node_is_not_the_chips(tmp_path, text, chip, node):
    g = graph_of(tmp_path, HEAD + text + "\n")
    assert not holds(g, chip, "usesProcess", node)


def test_companies_making_with_a_node(tmp_path):
    g = graph_of(tmp_path, HEAD + "三星電子以4奈米製程生產新款邏輯晶粒。\n華為利用中芯國際7奈米製程生產麒麟9000S晶片。\n"
                                  "三星与SK海力士均以5纳米工艺量产相关芯片。\n")
    assert holds(g, "三星電子", "usesProcess", "4")
    assert holds(g, "麒麟9000S", "usesProcess", "7") and holds(g, "麒麟9000S", "fabricatedBy", "中芯國際")
    assert not holds(g, "華為", "usesProcess", "7")  # the client makes nothing itself
    assert holds(g, "SK海力士", "usesProcess", "5") and holds(g, "三星電子", "usesProcess", "5")
    assert "process.company-makes-with-node" in rules_of(g, "三星電子", "usesProcess", "4納米")


@pytest.mark.parametrize("text, subject, node", [
    ("英特爾不以20A製程量產Arrow Lake處理器。", "Arrow Lake", "2"),
    ("英特爾原本以20A製程生產Arrow Lake，後來改由台積電代工。", "Arrow Lake", "2"),
    ("高通要求三星以3奈米製程生產驍龍晶片。", "三星電子", "3"),
    ("中芯國際利用193nm浸潤式光刻技術生產晶片。", "中芯國際", "193"),
])
def test_a_node_denied_given_up_asked_for_or_a_wavelength_is_no_fact(tmp_path, text, subject, node):
    g = graph_of(tmp_path, HEAD + text + "\n")
    assert not holds(g, subject, "usesProcess", node)


def test_a_node_to_come_is_marked_as_planned(tmp_path):
    g = graph_of(tmp_path, HEAD + "英特爾將以18A製程量產自家的Panther Lake處理器。\n")
    assert holds(g, "Panther Lake", "usesProcess", "1.8")
    assert rules_of(g, "Panther Lake", "usesProcess", "18A") == {"process.company-makes-with-node.planned"}


def test_a_clients_custom_process_is_a_node_of_its_class(tmp_path):
    edges = labelled_edges(tmp_path, "新一代QX300加速器採用台積電4NP製程打造。上一代QX200則採用台積電4N與4NP製程。")
    assert ("QX300", "usesProcess", "4NP") in edges
    assert ("QX300", "fabricatedBy", "台積電") in edges
    assert ("QX200", "usesProcess", "4N") in edges


def test_a_purity_grade_is_no_process(tmp_path):
    edges = labelled_edges(tmp_path, "某材料廠的高純度氣體純度達5N工藝水準。")
    assert not any(p == "usesProcess" for _s, p, _o in edges)


def test_the_mainland_name_of_supermicro_is_not_amd(tmp_path):
    # 美超微 (Supermicro) holds Taiwan's short name for AMD, 超微: the longer name wins
    g = graph_of(tmp_path, HEAD + "美超微第三季伺服器出貨強勁，超微則推出新款加速器。\n")
    labels = {g.nodes[n].get("label") for n in g.nodes}
    assert "超微電腦" in labels and "超微半導體" in labels
