"""USES lane: who uses, adopts or is built on what — in the forms industry news prints them and earlier rounds
missed: demand from a list of companies or chips closed by 等 and a comma; customers deploying a chip named a
clause before; companies saying their own chips will adopt a technology; the customer a memory or packaging
technology is delivered to; a company taking up another maker's technology; an architecture printed right before
a chip; a chip's customers without 的. Each family has look-alikes that must state nothing (negation, a plan for
another, a falling demand, a forecast, a banned or sought supply, a foundry's customer, a rival chip, a rumour, a
category noun before a chip) — for every member of a list.
All sentences are invented for these tests (both scripts), not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, named, rules_of  # noqa: E402

STATED = [
    # demand from a list closed by 等 and a comma: each company; each chip
    ("英偉達", "uses", "CoWoS", "市場評估，明年來自輝達、超微、博通等晶片大廠，對CoWoS先進封裝需求持續增加。"),
    ("超微", "uses", "CoWoS", "市場評估，明年來自輝達、超微、博通等晶片大廠，對CoWoS先進封裝需求持續增加。"),
    ("博通", "uses", "CoWoS", "市場評估，明年來自輝達、超微、博通等晶片大廠，對CoWoS先進封裝需求持續增加。"),
    ("Trainium", "uses", "CoWoS", "雲端業者自研晶片包括谷歌的TPU系列、亞馬遜的Trainium系列、Meta的MTIA等，對CoWoS先進封裝需求也明顯升溫。"),
    ("MTIA", "uses", "CoWoS", "雲端業者自研晶片包括谷歌的TPU系列、亞馬遜的Trainium系列、Meta的MTIA等，對CoWoS先進封裝需求也明顯升溫。"),
    ("超微", "uses", "CoWoS", "輝達、超微等客戶，對CoWoS需求強勁。"),
    # customers deploying the chip named before; a last member kg does not know closes the list
    ("戴爾", "uses", "Gaudi 3", "英特爾推出Gaudi 3加速器，客戶反應熱烈，除了戴爾、惠普和微軟等客戶進行大規模部署外，也將擴大供貨。"),
    ("微軟", "uses", "Gaudi 3", "英特爾推出Gaudi 3加速器，客戶反應熱烈，除了戴爾、惠普和微軟等客戶進行大規模部署外，也將擴大供貨。"),
    ("微软", "uses", "MI300X", "超微推出MI300X加速器后，微软、Meta和一家新创等客户已全面导入。"),
    ("Meta", "uses", "MI300X", "超微推出MI300X加速器后，微软、Meta和一家新创等客户已全面导入。"),
    # companies saying their own chips will adopt something
    ("亞馬遜", "uses", "HBM4", "包括微軟、亞馬遜和Meta等雲端巨頭都已表示，它們的下一代加速器將採用HBM4。"),
    ("超微", "uses", "SoIC", "超微宣布，其新款處理器已導入SoIC技術。"),
    # the customer a memory or a packaging technology is delivered to
    ("超微", "uses", "HBM3E", "三星今年供應給超微的HBM3E已通過驗證。"),
    ("英偉達", "uses", "HBM3E", "美光已開始向輝達供貨HBM3E。"),
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
    ("英偉達", "uses", "HBM3E", "美光已開始向輝達供貨HBM3E。", "美光未向輝達供貨HBM3E。"),
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


def test_a_demand_names_each_technology_once_and_not_the_kind(tmp_path):
    # CoWoS先進封裝 in a demand names CoWoS: the kind word after it is not a second thing in demand
    g = graph_of(tmp_path, "產業新聞\n\n市場評估，明年來自輝達、超微、博通等晶片大廠，對CoWoS先進封裝需求持續增加。\n")
    assert holds(g, "英偉達", "uses", "CoWoS")
    assert not holds(g, "英偉達", "uses", "先進封裝")


# Review of the lane (fixed after it): sentences the lane's first rules read as a use that is not stated. Each names
# both ends (so that kg reads the sentence) and must state no use of the pair, for EVERY member of a list.
NOT_STATED = [
    # a supply banned, stopped, sought, hoped for, refused, changed, not qualified or rumoured
    ("華為", "uses", "H20", "美國要求輝達停止向華為等中國企業供貨H20晶片。"),
    ("華為", "uses", "至強", "美國禁止英特爾向華為供貨Xeon處理器。"),
    ("華為", "uses", "至強", "英特爾被禁止向華為供貨Xeon處理器。"),
    ("英偉達", "uses", "HBM4", "三星爭取向輝達供貨HBM4。"),
    ("英偉達", "uses", "HBM4", "三星希望向輝達供貨HBM4。"),
    ("英偉達", "uses", "HBM4", "三星向輝達供貨HBM4遭拒。"),
    ("英偉達", "uses", "HBM4", "三星向輝達供貨HBM4的計畫生變。"),
    ("英偉達", "uses", "HBM3E", "三星供應給輝達的HBM3E未通過驗證。"),
    ("英偉達", "uses", "HBM3E", "三星供應給輝達的HBM3E樣品仍在驗證中。"),
    ("英偉達", "uses", "HBM4", "傳三星將向輝達供貨HBM4。"),
    # a foundry's customer does not use the chip it designs and the foundry delivers
    ("英偉達", "uses", "Blackwell", "台積電向輝達交貨Blackwell晶片。"),
    ("英偉達", "uses", "Blackwell", "台積電今年出貨給輝達的Blackwell晶片供不應求。"),
    ("英偉達", "uses", "H100", "台積電向輝達供貨H100。"),
    # a forecast: no member of the list is read
    ("英偉達", "uses", "HBM", "分析師預期輝達、超微等大廠，對HBM需求將大增。"),
    ("超微", "uses", "HBM", "分析師預期輝達、超微等大廠，對HBM需求將大增。"),
    ("博通", "uses", "CoWoS", "分析師預估輝達、超微、博通等客戶，對CoWoS需求大增。"),
    ("英偉達", "uses", "CoWoS", "法人預測，輝達、超微等客戶，對CoWoS需求大增。"),
    ("超微", "uses", "CoWoS", "法人預測，輝達、超微等客戶，對CoWoS需求大增。"),
    ("Trainium", "uses", "CoWoS", "預期谷歌的TPU、亞馬遜的Trainium等，對CoWoS需求升溫。"),
    # a rival or compared chip; a verb with an object of its own; a rumour
    ("戴爾", "uses", "H100", "英特爾推出Gaudi 3加速器，與輝達H100競爭，戴爾、惠普等客戶已大規模部署。"),
    ("惠普", "uses", "H100", "英特爾推出Gaudi 3加速器，與輝達H100競爭，戴爾、惠普等客戶已大規模部署。"),
    ("微軟", "uses", "H100", "超微的MI300X與輝達H100相比，微軟、Meta等客戶都採用。"),
    ("戴爾", "uses", "Gaudi 3", "英特爾推出Gaudi 3加速器，戴爾、惠普等客戶大規模部署自家晶片。"),
    ("微軟", "uses", "MI300X", "超微推出MI300X加速器，微軟、Meta等廠商已全面導入其競品。"),
    ("微軟", "uses", "MI300X", "超微推出MI300X加速器，傳微軟、Meta等客戶將全面導入。"),
    ("Meta", "uses", "MI300X", "超微推出MI300X加速器，傳微軟、Meta等客戶將全面導入。"),
    ("英偉達", "uses", "EMIB", "傳輝達採用英特爾的EMIB封裝。"),
    # what a company's customers or rivals adopt, or a chip compared with its own
    ("英偉達", "uses", "HBM4", "輝達表示，其競爭對手的晶片將採用HBM4。"),
    ("英偉達", "uses", "HBM4", "輝達表示，其客戶將採用HBM4。"),
    ("英偉達", "uses", "HBM4", "輝達強調，其晶片與採用HBM4的超微晶片不同。"),
    ("英偉達", "uses", "HBM4", "輝達表示，其新一代晶片比採用HBM4的超微晶片更快。"),
    # a possibility; a plan denied
    ("英偉達", "uses", "HBM4", "輝達表示，其新一代晶片可能採用HBM4。"),
    ("台積電", "uses", "CoWoS", "台積電不打算擴充CoWoS產能。"),
    # a memory maker's capacity for its own memory (the capacity rule is gone: no maker's capacity is read as use)
    ("SK海力士", "uses", "HBM", "SK海力士今年大幅擴充HBM產能。"),
    ("三星", "uses", "NAND", "三星擴充NAND Flash產能。"),
    ("英偉達", "uses", "CoWoS", "台積電幫輝達擴充CoWoS產能。"),
    # customers denied or in doubt
    ("騰訊", "uses", "BR100", "壁仞科技BR100晶片客戶不包括騰訊。"),
    ("騰訊", "uses", "H20", "H20晶片用戶是否包括騰訊仍不明。"),
]


@pytest.mark.parametrize("s,p,o,text", NOT_STATED, ids=[f"not-{s}-{p}-{o}-{i}" for i, (s, p, o, _t) in enumerate(NOT_STATED)])
def test_the_look_alike_states_no_use(tmp_path, s, p, o, text):
    g = graph_of(tmp_path, "產業新聞\n\n" + text + "\n")
    assert named(g, s) and named(g, o), "both ends must be read for the test to mean anything"
    assert not holds(g, s, p, o)


@pytest.mark.parametrize("who", ["微軟", "Meta"])
def test_customers_to_adopt_at_scale_is_a_plan(tmp_path, who):
    # 將全面導入: the adverb between 將 and the verb leaves it a plan
    g = graph_of(tmp_path, "產業新聞\n\n超微推出MI300X加速器，微軟、Meta等客戶將全面導入。\n")
    assert rules_of(g, who, "uses", "MI300X") == {"uses.topicalized-adopters.planned"}


def test_own_chips_to_adopt_fully_is_a_plan(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n輝達表示，其新一代晶片將全面採用HBM4。\n")
    assert rules_of(g, "英偉達", "uses", "HBM4") == {"uses.says-own-chips-adopt.planned"}


def test_own_chips_to_adopt_next_year_is_a_plan(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n輝達表示，其新一代晶片最快明年採用HBM4。\n")
    assert rules_of(g, "英偉達", "uses", "HBM4") == {"uses.says-own-chips-adopt.planned"}


@pytest.mark.parametrize("text, subject, obj", [
    ("晶片週報\n\n輝達的新晶片不採用HBM4。", "英偉達", "HBM4"),
    ("晶片周报\n\n英伟达的新芯片不采用HBM4。", "英偉達", "HBM4"),
    ("晶片週報\n\n超微的新一代加速器沒導入CoWoS封裝。", "超微", "CoWoS"),
])
def test_a_use_denied_with_bu_or_mei_is_no_use_in_any_rule(tmp_path, text, subject, obj):
    # The global [negation] cues, not each rule's own guard: the older pair rules read these too.
    g = graph_of(tmp_path, text)
    assert named(g, subject) and named(g, obj)
    assert not holds(g, subject, "uses", obj)
    # the same sentence without the denial is read
    g2 = graph_of(tmp_path, text.replace("不採用", "採用").replace("不采用", "采用").replace("沒導入", "導入"))
    assert holds(g2, subject, "uses", obj)
