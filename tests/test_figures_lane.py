"""Which thing a figure or a process node belongs to (FIGURES lane): the chip a later sentence calls 其,
the memory a chip carries, a process described before its node, a clause opening with 儘管/雖然.

Every sentence here is written for the test; none is taken from a real article.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds  # noqa: E402


def test_its_top_model_is_the_chip_of_the_sentence_before(tmp_path):
    g = graph_of(tmp_path, "新品速遞\n\nH200處理器採用全新架構。其頂級型號配備64個核心，基礎主頻2.4GHz，"
                           "三級緩存高達256MB，較上一代H100的32MB大幅提升。\n")
    assert holds(g, "H200", "hasSpec", "64") and holds(g, "H200", "hasSpec", "2.4")
    assert holds(g, "H200", "hasSpec", "256")
    # the compared chip keeps its own figure
    assert holds(g, "H100", "hasSpec", "32") and not holds(g, "H200", "hasSpec", "32")


def test_its_does_not_reach_a_chip_two_sentences_back(tmp_path):
    g = graph_of(tmp_path, "新品速遞\n\nH200處理器採用全新架構。英偉達同日公布財報。其頂級型號配備64個核心。\n")
    assert not holds(g, "H200", "hasSpec", "64")


def test_a_described_process_after_the_adoption_word_is_the_chips(tmp_path):
    g = graph_of(tmp_path, "新品速遞\n\n據介紹，該公司的H200晶片採用業界領先的5nm製程，已開始量產。\n")
    assert holds(g, "H200", "usesProcess", "5")


def test_a_process_in_a_later_clause_is_not_the_chips(tmp_path):
    g = graph_of(tmp_path, "新品速遞\n\nH200晶片採用新的封裝，而業界領先的5nm製程仍在研發。\n")
    assert not holds(g, "H200", "usesProcess", "5")


def test_the_bandwidth_of_the_memory_a_chip_carries_is_the_chips(tmp_path):
    g = graph_of(tmp_path, "新品速遞\n\nH200晶片配備96GB HBM3E高頻寬記憶體，資料傳輸頻寬高達5TB/s。\n")
    assert holds(g, "H200", "hasSpec", "96") and holds(g, "H200", "hasSpec", "5")


def test_an_interconnect_a_chip_adopts_keeps_its_own_speed(tmp_path):
    g = graph_of(tmp_path, "新品速遞\n\nB200將採用第五代NVLink互連，帶寬高達1.8TB/s。\n")
    assert holds(g, "NVLink", "hasSpec", "1.8") and not holds(g, "B200", "hasSpec", "1.8")


def test_data_transfer_is_not_hearsay(tmp_path):
    # 數據傳輸 holds the characters of 據傳 (reportedly); it must not make the statement hypothetical
    g = graph_of(tmp_path, "新品速遞\n\nH200晶片配備96GB HBM3E記憶體，數據傳輸帶寬高達5TB/s。\n")
    assert holds(g, "H200", "hasSpec", "5")


def test_reportedly_still_holds_a_statement_back(tmp_path):
    g = graph_of(tmp_path, "新品速遞\n\n據傳英偉達將收購Arm。\n")
    assert not holds(g, "英偉達", "acquired", "Arm")


def test_a_company_after_although_heads_its_clause(tmp_path):
    g = graph_of(tmp_path, "產能消息\n\n儘管台積電今年投資50億美元，將先進封裝產能提升至每月8萬片，仍供不應求。\n")
    assert holds(g, "台積電", "hasSpec", "80000")


def test_a_company_inside_a_clause_is_not_its_head(tmp_path):
    g = graph_of(tmp_path, "產能消息\n\n儘管外界看好，市場仍認為台積電的客戶今年須把封裝產能提升至每月8萬片。\n")
    assert not holds(g, "台積電", "hasSpec", "80000")
