"""USES lane: who uses, adopts or is built on what — in the forms industry news prints them and earlier rounds
missed: a maker adding capacity for a technology; demand from a list of companies or chips closed by 等 and a
comma; customers deploying a chip named a clause before; companies saying their own chips will adopt a
technology; the customer a supplier delivers to; a company taking up another maker's technology; an
architecture printed right before a chip; a chip's customers without 的. Each family has look-alikes that
must state nothing (negation, a plan for another, a falling demand, a category noun before a chip).
All sentences are invented for these tests (both scripts), not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

STATED = [
    # capacity a maker adds: it runs each technology named, a packaging house too
    ("台積電", "uses", "SoIC", "分析師指出台積電在美國持續擴充CoWoS與SoIC產能。"),
    ("台積電", "uses", "CoWoS", "分析師指出台積電在美國持續擴充CoWoS與SoIC產能。"),
    ("日月光", "uses", "CoWoS", "日月光今年持續擴充CoWoS後段封裝產能。"),
    ("台积电", "uses", "CoWoS", "台积电明年将扩大CoWoS的月产能。"),
    # demand from a list closed by 等 and a comma: each company; each chip
    ("英偉達", "uses", "CoWoS", "市場評估，明年來自輝達、超微、博通等晶片大廠，對CoWoS先進封裝需求持續增加。"),
    ("博通", "uses", "CoWoS", "市場評估，明年來自輝達、超微、博通等晶片大廠，對CoWoS先進封裝需求持續增加。"),
    ("Trainium", "uses", "CoWoS", "雲端業者自研晶片包括谷歌的TPU系列、亞馬遜的Trainium系列、Meta的MTIA等，對CoWoS先進封裝需求也明顯升溫。"),
    ("MTIA", "uses", "CoWoS", "雲端業者自研晶片包括谷歌的TPU系列、亞馬遜的Trainium系列、Meta的MTIA等，對CoWoS先進封裝需求也明顯升溫。"),
    # customers deploying the chip named before; a last member kg does not know closes the list
    ("戴爾", "uses", "Gaudi 3", "英特爾推出Gaudi 3加速器，客戶反應熱烈，除了戴爾、惠普和微軟等客戶進行大規模部署外，也將擴大供貨。"),
    ("微软", "uses", "MI300X", "超微推出MI300X加速器后，微软、Meta和一家新创等客户已全面导入。"),
    # companies saying their own chips will adopt something
    ("亞馬遜", "uses", "HBM4", "包括微軟、亞馬遜和Meta等雲端巨頭都已表示，它們的下一代加速器將採用HBM4。"),
    ("超微", "uses", "SoIC", "超微宣布，其新款處理器已導入SoIC技術。"),
    # the customer a supplier delivers to
    ("超微", "uses", "HBM3E", "三星今年供應給超微的HBM3E已通過驗證。"),
    ("戴爾", "uses", "Xeon 6", "英特爾向戴爾供貨Xeon 6處理器。"),
    ("小米", "uses", "天璣9400", "聯發科今年交付給小米的天璣9400已量產。"),
    # another maker's technology taken up
    ("英偉達", "uses", "CoWoS", "輝達過去採用台積電的CoWoS封裝。"),
    ("三星", "uses", "CoWoS", "三星的HBM過去採用台積電的CoWoS。"),
    # an architecture printed right before a chip; a chip's customers without 的
    ("MI300X", "uses", "CDNA 3", "超微最新CDNA 3架構MI300X加速器開始出貨。"),
    ("騰訊", "uses", "BR100", "壁仞科技的BR100晶片客戶涵蓋騰訊、百度等網路大廠。"),
]

# Each look-alike is paired with a sentence of its family that states the use, so that every test reads the new
# construction (and fails on code that does not): the pair's first sentence states s p o, the second must not.
LOOK_ALIKES = [
    # capacity stopped, or added for another
    ("台積電", "uses", "CoWoS", "台積電持續擴充CoWoS產能。", "台積電暫停擴充CoWoS產能。"),
    ("日月光", "uses", "CoWoS", "日月光擴充CoWoS產能。", "日月光為輝達擴充CoWoS產能。"),
    ("英偉達", "uses", "CoWoS", "輝達擴充CoWoS產能。", "輝達的供應商擴充CoWoS產能。"),
    ("英偉達", "uses", "CoWoS", "輝達擴充CoWoS產能。", "台積電為滿足輝達需求擴充CoWoS產能。"),
    # a demand that falls; a forecast
    ("英偉達", "uses", "CoWoS", "輝達、超微等客戶，對CoWoS需求強勁。", "輝達、超微等客戶，對CoWoS需求放緩。"),
    ("英偉達", "uses", "HBM", "輝達、超微等大廠，對HBM需求大增。", "分析師預期輝達、超微等大廠，對HBM需求將大增。"),
    # customers not deploying
    ("戴爾", "uses", "Gaudi 3", "英特爾推出Gaudi 3加速器，戴爾、惠普等客戶已大規模部署。",
     "英特爾推出Gaudi 3加速器，戴爾、惠普等客戶並未部署。"),
    # what another adopts; what one's chips will not adopt
    ("英偉達", "uses", "HBM4", "輝達表示，其新一代晶片將採用HBM4。", "輝達表示，客戶將採用HBM4。"),
    ("英偉達", "uses", "HBM4", "輝達表示，其新一代晶片將採用HBM4。", "輝達的客戶表示，其新一代晶片將採用HBM4。"),
    ("英偉達", "uses", "HBM4", "輝達表示，其新一代晶片將採用HBM4。", "輝達表示，其新一代晶片將不採用HBM4。"),
    # a supply that did not happen
    ("戴爾", "uses", "Xeon 6", "英特爾向戴爾供貨Xeon 6處理器。", "英特爾未向戴爾供貨Xeon 6處理器。"),
    # another maker's technology turned down
    ("英偉達", "uses", "CoWoS", "輝達過去採用台積電的CoWoS封裝。", "輝達不採用台積電的CoWoS封裝。"),
    ("英偉達", "uses", "CoWoS", "輝達過去採用台積電的CoWoS封裝。", "輝達的客戶採用台積電的CoWoS封裝。"),
    # customers that may be
    ("騰訊", "uses", "BR100", "壁仞科技的BR100晶片客戶涵蓋騰訊。", "壁仞科技的BR100晶片客戶可能包括騰訊。"),
]


@pytest.mark.parametrize("s,p,o,text", STATED, ids=[f"{s}-{p}-{o}-{i}" for i, (s, p, o, _t) in enumerate(STATED)])
def test_the_construction_states_the_use(tmp_path, s, p, o, text):
    assert holds(graph_of(tmp_path, "產業新聞\n\n" + text + "\n"), s, p, o)


@pytest.mark.parametrize("s,p,o,text,lookalike", LOOK_ALIKES,
                         ids=[f"lookalike-{s}-{p}-{o}-{i}" for i, (s, p, o, _t, _l) in enumerate(LOOK_ALIKES)])
def test_the_use_is_read_and_its_look_alike_states_none(tmp_path, s, p, o, text, lookalike):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert holds(graph_of(tmp_path / "a", "產業新聞\n\n" + text + "\n"), s, p, o)
    assert not holds(graph_of(tmp_path / "b", "產業新聞\n\n" + lookalike + "\n"), s, p, o)


def test_an_architecture_needs_its_word_before_a_chip(tmp_path):
    # 某架構 right before a chip is what it is built on; a category noun or a memory printed bare before a chip is not
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert holds(graph_of(tmp_path / "a", "產業新聞\n\n超微最新CDNA 3架構MI300X加速器開始出貨。\n"), "MI300X", "uses", "CDNA 3")
    g = graph_of(tmp_path / "b", "產業新聞\n\n輝達GPU H100供不應求，記憶體HBM3E H200也將上市。\n")
    assert not holds(g, "H100", "uses", "圖形處理器")
    assert not holds(g, "H200", "uses", "HBM3E")


def test_a_stated_intention_to_adopt_is_marked_planned(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n包括微軟、亞馬遜和Meta等雲端巨頭都已表示，它們的下一代加速器將採用HBM4。\n")
    assert rules_of(g, "微軟", "uses", "HBM4") == {"uses.says-own-chips-adopt.planned"}


def test_capacity_names_each_technology_once_and_not_the_kind(tmp_path):
    # CoWoS先進封裝 in a demand names CoWoS: the kind word after it is not a second thing in demand
    g = graph_of(tmp_path, "產業新聞\n\n市場評估，明年來自輝達、超微、博通等晶片大廠，對CoWoS先進封裝需求持續增加。\n")
    assert holds(g, "英偉達", "uses", "CoWoS")
    assert not holds(g, "英偉達", "uses", "先進封裝")
