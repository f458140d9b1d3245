"""REL3: relation word families widened as business and technology news varies them — a company putting its
work into a technology (布局, 押注, 深耕, 攻克, 量產…), work handed to a contractor (委由/交給…操刀/封測), a
maker taken up by a customer (獲…採用) or joining its supply chain, what a chip is designed for (專為…設計,
滿足…需求), catching up (追趕, 縮小與…的差距, 逼近), stakes and shareholders (持股N%, 控股股東,
附屬公司), subsidiaries and joint ventures set up (設立, 合資成立) and authorities barring exports
(禁止…向…出口). Every family has a negated, hypothetical or denied sentence that must stay unasserted.
All sentences are written for these tests (both scripts), not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

# (subject, predicate, object, sentence): the sentence states the relation
STATED = [
    # develops: a company's focus, breakthroughs, mass production and shipments of a technology
    ("三星", "develops", "HBM4", "三星今年下半年開始量產HBM4。"),
    ("美光", "develops", "HBM3E", "美光宣布已向客戶出貨HBM3E。"),
    ("華為", "develops", "HBM", "華為近年積極布局HBM，力求擺脫對海外供應商的依賴。"),
    ("长鑫存储", "develops", "DDR5", "据悉，长鑫存储已经掌握DDR5的核心技术。"),
    ("英特爾", "develops", "Chiplet", "英特爾押注Chiplet技術，希望在AI晶片市場扳回一城。"),
    ("英偉達", "develops", "CUDA", "英偉達多年來深耕CUDA生態。"),
    ("SK海力士", "develops", "HBM3E", "SK海力士在HBM3E領域取得重大突破。"),
    ("长江存储", "develops", "3D NAND", "长江存储在3D NAND领域取得突破，层数超过200层。"),
    ("台积电", "develops", "CoWoS", "台积电持续加码CoWoS先进封装。"),
    ("英偉達", "develops", "Rubin", "英偉達將研發資源傾斜到Rubin平台。"),
    ("三星", "develops", "HBM4", "英偉達採購三星量產的HBM4。"),
    # manufacturesFor / fabricatedBy: work handed to a contractor, a customer taking a maker up
    ("台積電", "manufacturesFor", "特斯拉", "特斯拉新款AI晶片委由台積電美國新廠操刀。"),
    ("台積電", "manufacturesFor", "英特爾", "英特爾將部分晶片交給台積電生產。"),
    ("日月光", "manufacturesFor", "英偉達", "英偉達委託日月光封測其AI晶片。"),
    ("台積電", "manufacturesFor", "高通", "高通已將驍龍晶片的代工訂單交給台積電。"),
    ("台積電", "manufacturesFor", "蘋果", "台積電3奈米製程獲蘋果採用。"),
    ("美光", "manufacturesFor", "英偉達", "美光HBM3E獲英偉達選用。"),
    ("鴻海", "manufacturesFor", "英偉達", "鴻海已打入英偉達AI伺服器供應鏈。"),
    ("日月光", "manufacturesFor", "英偉達", "日月光已切入英偉達的先進封裝供應鏈。"),
    ("廣達", "manufacturesFor", "蘋果", "廣達是蘋果的主要協力廠商之一。"),
    ("鸿海", "manufacturesFor", "英伟达", "英伟达的供应链厂商包括鸿海、广达等。"),
    # uses / supports
    ("英偉達", "uses", "HBM3E", "HBM3E已獲英偉達採用。"),
    ("思元590", "supports", "大模型", "思元590专为大模型训练设计。"),
    ("H20", "supports", "大模型", "H20專為大模型推理打造。"),
    ("昇腾910B", "supports", "大模型", "昇腾910B可以满足大模型训练的需求。"),
    ("思元590", "supports", "大模型", "思元590芯片主要用于大模型训练。"),
    # comparedWith: catching up and the gap between two
    ("昇腾910B", "comparedWith", "H100", "昇腾910B正在追赶H100。"),
    ("昇騰910B", "comparedWith", "H100", "昇騰910B正在縮小與H100的差距。"),
    ("昇腾910B", "comparedWith", "A100", "昇腾910B与A100的差距正在缩小。"),
    ("昇腾910B", "comparedWith", "A100", "昇腾910B的算力已逼近A100。"),
    ("AMD", "comparedWith", "英偉達", "AMD正全力追趕英偉達。"),
    # investsIn / affiliatedWith
    ("軟銀", "investsIn", "安謀", "軟銀持股安謀約90%。"),
    ("软银", "investsIn", "安谋", "软银是安谋的控股股东。"),
    ("台積電", "investsIn", "日月光", "台積電是日月光的第一大股東。"),
    ("台積電", "investsIn", "ESMC", "台積電與博世合資成立ESMC。"),
    ("博世", "investsIn", "ESMC", "台積電與博世合資成立ESMC。"),
    ("百度", "investsIn", "昆仑芯", "百度于2021年设立昆仑芯。"),
    ("中芯国际", "affiliatedWith", "华虹", "中芯国际为华虹的附属公司。"),
    # restricts: list members with descriptions, authorities barring exports
    ("實體清單", "restricts", "寒武紀", "美國商務部將晶片設計公司寒武紀、記憶體製造商長江存儲等多家實體列入實體清單。"),
    ("實體清單", "restricts", "長江存儲", "美國商務部將晶片設計公司寒武紀、記憶體製造商長江存儲等多家實體列入實體清單。"),
    ("美国", "restricts", "英伟达", "美国禁止英伟达向中国出口H20。"),
    ("美國商務部", "restricts", "輝達", "美國商務部限制輝達向中國出售H20晶片。"),
    ("美國商務部", "restricts", "H20", "美國商務部禁止向中國出口H20晶片。"),
    ("台積電", "manufacturesFor", "英特爾", "英特爾發表新款AI晶片，並委託台積電以5奈米製程代工。"),
    # more of the same families
    ("華為", "develops", "昇騰910B", "華為自主研發的昇騰910B已批量出貨。"),
    ("H20", "comparedWith", "H100", "H20的算力僅為H100的20%。"),
    ("软银", "investsIn", "英特尔", "软银认购英特尔新发行的股份。"),
    ("台積電", "manufacturesFor", "蘋果", "蘋果供應商台積電今年營收創新高。"),
    ("台積電", "manufacturesFor", "英偉達", "英偉達的主要代工廠台積電表示產能吃緊。"),
    ("聯電", "develops", "FinFET", "聯電與英特爾共同開發12奈米FinFET製程。"),
    ("英特爾", "develops", "FinFET", "聯電與英特爾共同開發12奈米FinFET製程。"),
    ("三星", "manufacturesFor", "特斯拉", "三星已經開始生產特斯拉的AI6晶片訂單。"),
    ("龍芯中科", "develops", "龍架構", "龍芯中科推出自主指令系統「龍架構」。"),
    ("GB200", "uses", "B200", "GB200由兩顆B200與一顆Grace處理器組成。"),
    ("昇腾910B", "comparedWith", "A100", "昇腾910B在算力上介于A100与H100之间。"),
    ("昇腾910B", "comparedWith", "H100", "昇腾910B在算力上介于A100与H100之间。"),
    ("聯發科", "participatesIn", "NVLink Fusion", "聯發科也是英偉達NVLink Fusion生態系一員。"),
    ("英偉達", "develops", "Rubin", "英偉達即將推出的Rubin平台備受矚目。"),
    ("寒武纪", "develops", "思元590", "由寒武纪自主研发的思元590已大规模部署。"),
    ("大基金", "investsIn", "长鑫存储", "大基金向长鑫存储注资50亿元。"),
    ("腾讯", "investsIn", "燧原科技", "燧原科技引入腾讯作为战略投资者。"),
    # (美國制裁 is one measure, issuedBy 美國: POLICY2 lane)
    ("美國制裁", "restricts", "華為", "華為自2019年起遭美國制裁。"),
    ("美國商務部", "restricts", "中芯國際", "中芯國際受到美國商務部出口管制。"),
]

# (subject, predicate, object, sentence): the sentence does not state it (negated, hypothetical, denied,
# or the words say something else)
NOT_STATED = [
    ("華為", "develops", "EUV", "華為至今仍未掌握EUV光刻技術。"),
    ("三星", "develops", "HBM4", "如果三星突破HBM4的良率問題，將有望拿下更多訂單。"),
    ("美光", "develops", "HBM4", "美光否認已開始量產HBM4。"),
    ("英特爾", "develops", "Chiplet", "英特爾沒有押注Chiplet技術。"),
    ("台积电", "develops", "CoWoS", "台积电无意加码CoWoS先进封装。"),
    ("長江存儲", "develops", "3D NAND", "長江存儲至今沒有攻克3D NAND的關鍵技術。"),
    ("英偉達", "develops", "HBM3E", "英偉達推出採用HBM3E的新款GPU。"),
    ("英偉達", "develops", "HBM4", "英偉達採購三星量產的HBM4。"),
    ("台積電", "manufacturesFor", "英特爾", "英特爾並未將晶片交給台積電生產。"),
    ("台積電", "manufacturesFor", "特斯拉", "若特斯拉將晶片委由台積電生產，三星將失去這筆訂單。"),
    ("台積電", "manufacturesFor", "高通", "高通否認已將驍龍晶片的代工訂單交給台積電。"),
    ("三星", "manufacturesFor", "英偉達", "三星HBM3E尚未獲英偉達採用。"),
    ("鴻海", "manufacturesFor", "英偉達", "鴻海否認已打入英偉達供應鏈。"),
    ("英伟达", "manufacturesFor", "广达", "广达成为英伟达GB200服务器的组装厂。"),
    ("英偉達", "uses", "HBM3E", "HBM3E尚未獲英偉達採用。"),
    ("思元590", "supports", "大模型", "思元590并不支持大模型训练。"),
    ("思元590", "supports", "大模型", "思元590芯片并非专为大模型训练设计。"),
    ("H20", "supports", "大模型", "如果H20適用於大模型推理，需求將大增。"),
    ("MI300X", "comparedWith", "H100", "MI300X並未超越H100。"),
    ("昇腾910B", "comparedWith", "H100", "若昇腾910B能媲美H100，英伟达将承压。"),
    ("昇腾910B", "comparedWith", "A100", "昇腾910B难以追赶A100。"),
    ("AMD", "comparedWith", "英偉達", "AMD無法追趕英偉達。"),
    ("軟銀", "investsIn", "安謀", "軟銀否認將增持安謀股份。"),
    ("台積電", "investsIn", "日月光", "台積電不是日月光的股東。"),
    ("實體清單", "restricts", "中芯國際", "美國商務部並未將中芯國際列入實體清單。"),
    ("实体清单", "restricts", "长江存储", "如果美国把长江存储纳入实体清单，其扩产计划将受阻。"),
    ("美国", "restricts", "英伟达", "美国并未禁止英伟达向中国出口H20。"),
    ("美國商務部", "restricts", "H20", "有分析師指出，若美國商務部禁止向中國出口H20晶片，輝達營收將受衝擊。"),
    # the customer a maker ships to is no maker; a technology naming the kind of a chip only describes it
    ("AMD", "develops", "HBM3E", "三星已向AMD出貨HBM3E 12層晶片。"),
    ("高通", "develops", "5G", "高通推出最新5G旗艦級晶片驍龍8 Elite。"),
    ("平頭哥", "develops", "RISC-V", "平頭哥推出RISC-V架構GPU IP核。"),
    # the work is handed out by the clause's subject, not by a rival named on the way
    ("台積電", "manufacturesFor", "英偉達", "英特爾發表新款AI晶片，直接槓上英偉達的H100，並委託台積電以5奈米製程代工。"),
    # a company written as a chip's maker is not itself compared
    ("華為", "comparedWith", "英偉達", "華為推出昇騰910C，號稱效能媲美英偉達的H100。"),
    ("亞馬遜", "comparedWith", "谷歌", "甲晶片的性能是亞馬遜Trainium 3的三倍，並超越谷歌第七代TPU。"),
    ("台積電", "develops", "A18", "台積電代工的A18已批量出貨。"),
    ("软银", "investsIn", "英特尔", "软银拒绝认购英特尔新发行的股份。"),
    ("英偉達", "manufacturesFor", "台積電", "英偉達的主要代工廠台積電表示產能吃緊。"),
    ("英特爾", "develops", "FinFET", "聯電否認與英特爾共同開發FinFET製程。"),
    ("英偉達", "develops", "HBM3E", "英偉達推出了一款搭載HBM3E的全新加速卡。"),
    ("聯發科", "participatesIn", "NVLink Fusion", "聯發科並非英偉達NVLink Fusion生態系一員。"),
    ("台積電", "develops", "A18", "由台積電以3奈米製程打造的A18已出貨。"),
    ("台積電", "develops", "A18", "委由台積電打造的A18已出貨。"),
    ("大基金", "investsIn", "长鑫存储", "大基金尚未向长鑫存储注资。"),
    ("美國制裁", "restricts", "華為", "華為並未遭美國制裁。"),
]


@pytest.mark.parametrize("s,p,o,text", STATED, ids=[f"{s}-{p}-{o}-{i}" for i, (s, p, o, _t) in enumerate(STATED)])
def test_the_word_family_states_the_relation(tmp_path, s, p, o, text):
    assert holds(graph_of(tmp_path, text), s, p, o)


@pytest.mark.parametrize("s,p,o,text", NOT_STATED,
                         ids=[f"not-{s}-{p}-{o}-{i}" for i, (s, p, o, _t) in enumerate(NOT_STATED)])
def test_negated_hypothetical_or_other_wordings_state_nothing(tmp_path, s, p, o, text):
    assert not holds(graph_of(tmp_path, text), s, p, o)


def test_a_subsidiary_set_up_as_a_plan_is_marked_planned(tmp_path):
    g = graph_of(tmp_path, "百度计划设立昆仑芯。")
    assert rules_of(g, "百度", "investsIn", "昆仑芯") == {"invest.sets-up.planned"}


def test_the_foundry_a_chip_is_handed_to_is_not_its_developer(tmp_path):
    g = graph_of(tmp_path, "AMD的MI300X委由台積電以5奈米製程打造。")
    assert holds(g, "MI300X", "fabricatedBy", "台積電")
    assert not holds(g, "台積電", "develops", "MI300X")


def test_the_authority_that_puts_names_on_a_list_is_not_restricted_by_it(tmp_path):
    g = graph_of(tmp_path, "產業新聞\n\n美國商務部宣布將26個實體列入實體清單。\n")
    assert not holds(g, "實體清單", "restricts", "美國商務部")
    g = graph_of(tmp_path, "產業新聞\n\n美國商務部把北辰科技列入實體清單。\n")
    assert holds(g, "實體清單", "restricts", "北辰科技")
    assert not holds(g, "實體清單", "restricts", "美國商務部")
