"""REL8: entity-to-entity families missed most on fresh text — a customer building infrastructure around a
chip (布建以甲為核心的伺服器), a device carrying a chip written passively (甲由乙搭載) or a list carrying one
part (甲和乙均搭載丙), a unit belonging to a parent (隸屬於), an office held for a country with its field
(貿易大臣, 資訊科技部長), a region of a country (某國北部某縣), a country before a described company, comparisons
written as equal to / far beyond / behind a list of rivals, a listing by its stock code, capacity added for a
customer's orders, plants set up in a place, the more precise of two places of a headquarters, a chip a
design house makes for a client, a core product, the field a company works in or leads.
Every family has a negated, hypothetical or look-alike sentence that must state nothing.
All sentences are written for these tests (both scripts), not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

# (subject, predicate, object, sentence): the sentence states the relation
STATED = [
    # uses: infrastructure built around a chip, a device carrying a chip, a list carrying one part
    ("廣達", "uses", "GB300", "廣達今年已布建10個以輝達GB300平台為核心的AI伺服器機櫃。"),
    ("腾讯", "uses", "H20", "腾讯已建成以英伟达H20为核心的算力集群。"),
    ("緯創", "uses", "B200", "緯創將打造50座輝達B200平台核心的資料中心。"),
    ("Pixel 10", "uses", "Tensor G5", "Tensor G5晶片由谷歌Pixel 10手機搭載。"),
    ("小米15", "uses", "骁龙8 Elite", "骁龙8 Elite处理器已获小米15手机采用。"),
    ("RTX 5070", "uses", "GB205", "RTX 5070 Ti和RTX 5070，均搭載了GB205晶片。"),
    ("RTX 5070 Ti", "uses", "GB205", "RTX 5070 Ti和RTX 5070都采用GB205芯片。"),
    # affiliatedWith: a parent, an office held for a country
    ("長江存儲", "affiliatedWith", "紫光集團", "長江存儲隸屬於紫光集團，專注3D NAND。"),
    ("长江存储", "affiliatedWith", "紫光集团", "长江存储隶属于紫光集团。"),
    ("Reinette Klever", "affiliatedWith", "荷蘭", "荷蘭貿易大臣Reinette Klever週三表示將收緊出口。"),
    ("Reinette Klever", "affiliatedWith", "荷兰", "荷兰外贸大臣Reinette Klever周三表示。"),
    ("Reinette Klever", "affiliatedWith", "美國商務部", "美國商務部長Reinette Klever週三訪問荷蘭。"),
    ("Reinette Klever", "affiliatedWith", "美國商務部", "訪問荷蘭的美國商務部長Reinette Klever週三表示。"),
    # locatedIn: regions, described companies, plants set up, a precise headquarters
    ("宮城縣", "locatedIn", "日本", "某晶圓廠將在日本北部宮城縣興建新廠。"),
    ("马德堡", "locatedIn", "德国", "德国中部马德堡将迎来一座晶圆厂。"),
    ("TechInsights", "locatedIn", "加拿大", "加拿大知名半導體研調機構TechInsights拆解了新手機。"),
    ("邁威爾科技", "locatedIn", "美國", "美國特定應用晶片（ASIC）製造商邁威爾科技公布財報。"),
    ("英特爾", "locatedIn", "馬德堡", "英特爾擬在德國中部馬德堡設廠。"),
    ("英特尔", "locatedIn", "德累斯顿", "英特尔将在德累斯顿投资100亿欧元打造晶圆厂。"),
    ("台積電", "locatedIn", "新竹", "台積電總部位於台灣新竹。"),
    # comparedWith
    ("昇腾910B", "comparedWith", "A100", "一颗昇腾910B的有效算力，等同于两颗英伟达A100。"),
    ("A100", "comparedWith", "昇騰910B", "英偉達A100的計算性能遠超昇騰910B。"),
    ("麒麟9000", "comparedWith", "骁龙8 Gen 3", "麒麟9000落后于苹果A17、高通骁龙8 Gen 3等对手。"),
    ("麒麟9000", "comparedWith", "A17", "麒麟9000落後於蘋果A17等對手。"),
    # listedOn by stock code; manufacturesFor by capacity and demand
    ("天數智芯", "listedOn", "港交所", "天數智芯以「9903」為股票代碼在港交所掛牌上市。"),
    ("日月光", "manufacturesFor", "英飛凌", "日月光擴產，增加日月光產能，滿足英飛凌後續訂單需求。"),
    ("AMD", "manufacturesFor", "微软", "AMD推出最新AI GPU，满足微软等云端巨头的要求。"),
    # develops: design for a client, core products, fields worked in or led
    ("聯發科", "develops", "TPU v7e", "聯發科為Google操刀的首款TPU v7e將於下季試產。"),
    ("Google", "develops", "TPU v7e", "聯發科為Google操刀的首款TPU v7e將於下季試產。"),
    ("安徽神璣", "develops", "神璣NX9031", "安徽神璣的核心產品——神璣NX9031已量產。"),
    ("芯和半导体", "develops", "EDA", "芯和半导体主要从事EDA软件工具研发。"),
    ("兆易創新", "develops", "微控制器", "兆易創新處於微控制器（MCU）領域的絕對龍頭地位。"),
    ("芯源微", "develops", "涂胶显影设备", "芯源微是国内涂胶显影设备领域的“隐形冠军”。"),
    ("SK海力士", "develops", "HBM", "SK海力士早已涉足HBM。"),
    # uses: a model trained or run through a chip
    ("Gemini", "uses", "TPU v5p", "Gemini是透過TPU v5p進行訓練。"),
    ("Gemini", "uses", "TPU v5p", "Gemini以TPU v5e訓練，實際部署運作則是透過新一代的TPU v5p。"),
    # comparedWith: each member of a list against one
    ("RX 9070", "comparedWith", "RTX 4060", "RX 9070和RX 9060均優於RTX 4060。"),
    # uses: a device debuting a chip; affiliatedWith: a founder written after a description
    ("小米15", "uses", "驍龍8 Elite", "小米15手機全球首發驍龍8 Elite。"),
    ("仇肖莘", "affiliatedWith", "爱芯元智", "爱芯元智成立于2019年,由清华大学校友、前紫光展锐CTO仇肖莘创办。"),
    ("金安迪", "affiliatedWith", "民主黨", "民主黨的夏亨（Jeanne Shaheen）、金安迪（Andy Kim）擔任共同提案人。"),
    # listedOn: a board's listed companies
    ("海光信息", "listedOn", "科創板", "科創板上市公司包括寒武紀、海光信息和中芯國際。"),
    ("海光信息", "listedOn", "科创板", "寒武纪、海光信息等科创板公司股价大涨。"),
    ("寒武纪", "listedOn", "科创板", "寒武纪和海光信息都是科创板上市公司。"),
    ("SK海力士", "locatedIn", "韓國", "某私募基金及韓國記憶體廠SK海力士組成財團。"),
]

# (subject, predicate, object, sentence): negated, hypothetical, or a wording that only looks alike
NOT_STATED = [
    ("廣達", "uses", "GB300", "廣達並未布建以輝達GB300平台為核心的伺服器機櫃。"),
    ("廣達", "uses", "GB300", "若廣達布建以輝達GB300平台為核心的伺服器機櫃，成本將大增。"),
    ("Pixel 10", "uses", "Tensor G5", "Tensor G5晶片不會由谷歌Pixel 10手機搭載。"),
    ("長江存儲", "affiliatedWith", "紫光集團", "長江存儲並不隸屬於紫光集團。"),
    ("昇腾910B", "comparedWith", "A100", "如果一颗昇腾910B的算力等同于英伟达A100，市场将改写。"),
    ("英特爾", "locatedIn", "馬德堡", "英特爾放棄在德國中部馬德堡設廠。"),
    ("英特爾", "locatedIn", "馬德堡", "英特爾無法在德國中部馬德堡設廠。"),
    ("SK海力士", "develops", "HBM", "SK海力士否認涉足HBM。"),
    ("Gemini", "uses", "TPU v5p", "Gemini並非透過TPU v5p進行訓練。"),
    # a device debuting a chip does not make its maker the chip's developer
    ("小米", "develops", "驍龍8 Elite", "小米15手機全球首發驍龍8 Elite。"),
    # the buyer of a listed company is not listed by that: 甲收購了科創板公司乙
    ("寒武纪", "listedOn", "科创板", "寒武纪收购了科创板公司海光信息。"),
    ("寒武纪", "listedOn", "科创板", "寒武纪并非科创板公司。"),
    # a technology naming the kind of chip is no field led: x86架構CPU設計龍頭
    ("海光信息", "develops", "x86", "海光信息是國產x86架構CPU設計龍頭企業。"),
    # the country acting on a company is not its country
    ("華為", "locatedIn", "美國", "美國將限制對晶片大廠華為出口。"),
    # 同樣 (likewise) is no "each": the list is compared with the later chip, not the one before
    ("H100", "comparedWith", "A100", "H20和L20在推理上，都比H100更慢，同樣低於A100。"),
    # a person after a verb and an organization is not its member: 批評某黨的甲
    ("夏亨", "affiliatedWith", "民主黨", "川普批評民主黨的夏亨（Jeanne Shaheen）。"),
    ("聯發科", "develops", "TPU v7e", "聯發科為Google代工的TPU v7e將於下季試產。"),
    # the client a plant is built for is not where the builder is: 為乙在某地設廠 names the builder's place only
    ("蘋果", "locatedIn", "亞利桑那州", "台積電為蘋果在亞利桑那州設廠。"),
    # a comparison figure not between two chips: 遠超預期
    ("A100", "comparedWith", "H100", "A100的銷量遠超預期，H100也大賣。"),
    # a country the person visits is not theirs (the person is found there: see the STATED twin below)
    ("Reinette Klever", "affiliatedWith", "荷蘭", "美國商務部長Reinette Klever週三訪問荷蘭。"),
    ("Reinette Klever", "affiliatedWith", "荷蘭", "訪問荷蘭的美國商務部長Reinette Klever週三表示。"),
]


@pytest.mark.parametrize("s,p,o,text", STATED, ids=[f"{s}-{p}-{o}-{i}" for i, (s, p, o, _t) in enumerate(STATED)])
def test_the_family_states_the_relation(tmp_path, s, p, o, text):
    assert holds(graph_of(tmp_path, text), s, p, o)


@pytest.mark.parametrize("s,p,o,text", NOT_STATED,
                         ids=[f"not-{s}-{p}-{o}-{i}" for i, (s, p, o, _t) in enumerate(NOT_STATED)])
def test_negated_hypothetical_or_other_wordings_state_nothing(tmp_path, s, p, o, text):
    assert not holds(graph_of(tmp_path, text), s, p, o)


def test_a_plant_set_up_as_a_plan_is_marked_planned(tmp_path):
    g = graph_of(tmp_path, "英特爾擬在德國中部馬德堡設廠。")
    assert "located.sets-up-plant-in.planned" in rules_of(g, "英特爾", "locatedIn", "馬德堡")


def test_a_listing_by_stock_code_still_planned_is_marked_planned(tmp_path):
    g = graph_of(tmp_path, "天數智芯計劃以「9903」為股票代碼在港交所掛牌上市。")
    assert rules_of(g, "天數智芯", "listedOn", "港交所") == {"listed.by-stock-code.planned"}
