"""Round 12 (lead): the process nodes companies and chips use, in the general forms the trade press prints
them (a node among the things a chip adopts, a company making something with a node or having reached it,
a chip moving to a foundry's node with no word for a process, a client's custom process 4NP). Every sentence
is invented; the names are real companies and made-up chips."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import holds, labelled_edges, graph_of, rules_of  # noqa: E402

HEAD = "晶片週報\n\n"


def test_a_node_among_the_things_a_chip_adopts(tmp_path):
    g = graph_of(tmp_path, HEAD + "超微新一代MX900加速器採CDNA 5架構、2nm製程與HBM4記憶體。\n"
                                  "另一款BX40晶片採用了中芯國際最先進的7納米芯片技術。\n")
    assert holds(g, "MX900", "usesProcess", "2")
    assert holds(g, "BX40", "usesProcess", "7")
    assert holds(g, "BX40", "fabricatedBy", "中芯國際")
    assert not holds(g, "MX900", "usesProcess", "7")


def test_a_company_making_with_a_node_or_having_reached_it(tmp_path):
    g = graph_of(tmp_path, HEAD + "三星電子以4奈米製程生產新款邏輯晶粒。\n中芯國際已具備5奈米量產能力。\n"
                                  "英特爾去年成功邁入3奈米製程。\n")
    assert holds(g, "三星電子", "usesProcess", "4")
    assert holds(g, "中芯國際", "usesProcess", "5")
    assert holds(g, "英特爾", "usesProcess", "3")
    assert "process.company-capable" in rules_of(g, "中芯國際", "usesProcess", "5納米")


def test_a_node_not_reached_is_no_fact(tmp_path):
    g = graph_of(tmp_path, HEAD + "華虹半導體尚未具備5奈米量產能力。\n聯電目前無法進入3奈米製程。\n")
    assert not holds(g, "華虹半導體", "usesProcess", "5")
    assert not holds(g, "聯電", "usesProcess", "3")


def test_a_chip_moving_to_a_foundrys_node_without_a_process_word(tmp_path):
    g = graph_of(tmp_path, HEAD + "英偉達的QX200 GPU將導入台積電3奈米。\n另一款ZX10晶片將採用台積電3奈米產能。\n")
    assert holds(g, "QX200", "fabricatedBy", "台積電")
    assert holds(g, "QX200", "usesProcess", "3")
    # capacity bought is not a process adopted by this rule
    assert "fab.adopt-foundry-node-bare" not in rules_of(g, "ZX10", "usesProcess", "3納米")


def test_a_clients_custom_process_is_a_node_of_its_class(tmp_path):
    edges = labelled_edges(tmp_path, "新一代QX300加速器採用台積電4NP製程打造。")
    assert ("QX300", "usesProcess", "4NP") in edges
    assert ("QX300", "fabricatedBy", "台積電") in edges


def test_a_chip_a_company_makes_on_its_node(tmp_path):
    g = graph_of(tmp_path, HEAD + "英特爾將以18A製程量產自家的Panther Lake處理器。\n")
    assert holds(g, "英特爾", "usesProcess", "18A")
    assert holds(g, "Panther Lake", "usesProcess", "18A")
