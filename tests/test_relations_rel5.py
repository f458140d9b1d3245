"""REL5: relations between two names kg already recognizes, in constructions of business and technology news
the rules did not read — the chip a device carries named as its part (某系列中的甲晶片) or the devices that
carry a chip listed after it in parentheses, a chip measured as a multiple of another (可帶來乙N倍的性能),
a holding a company may come to have (有機會持有這家晶片製造商…股權, planned), becoming another's partner,
a company's officer named by title (由甲擔任董事長; 營運長甲 opening the next clause), co-founders who put up
the money together (甲與乙共同出資成立丙, a person too), a policy printed after the country or body that keeps
it (美國出口管制新規, 某會《某辦法》), the country that lists a company (被美國列入實體清單), a law invoked
against a company, and the places where a company builds or adds capacity — and sentences that look alike
and state nothing. Every sentence is written for these tests (both scripts), not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, named, rules_of  # noqa: E402

# (subject, predicate, object, sentence): the sentence states the relation
STATED = [
    # manufacturesFor: customers listed on their own
    ("英特爾", "manufacturesFor", "IBM", "英特爾加速器的最新客戶包括IBM、戴爾及博世。"),
    # uses: the chip of a device, the devices carrying a chip
    ("iPhone 15 Pro", "uses", "A17 Pro", "iPhone 15 Pro機型中的A17 Pro晶片支援光線追蹤。"),
    ("iPhone 16", "uses", "A18", "新款iPhone 16系列中的A18和A18 Pro晶片都由台積電代工。"),
    ("iPhone 16", "uses", "A18 Pro", "新款iPhone 16系列中的A18和A18 Pro晶片都由台積電代工。"),
    ("iPad Pro", "uses", "M4芯片", "iPad Pro里的M4芯片性能强劲。"),
    ("iPad Pro", "uses", "天璣9300", "天璣9300(iPhone 15,iPad Pro搭載)表現不俗。"),
    ("iPhone 15", "uses", "天璣9300", "天璣9300(iPhone 15,iPad Pro搭載)表現不俗。"),
    ("iPhone 17 Pro", "uses", "A19 Pro", "iPhone 17 Pro和iPhone 17 Pro Max則會配備性能更強的A19 Pro晶片。"),
    ("iPhone 17 Pro Max", "uses", "A19 Pro", "iPhone 17 Pro和iPhone 17 Pro Max則會配備性能更強的A19 Pro晶片。"),
    # comparedWith: a multiple of another chip
    ("MI300", "comparedWith", "MI250", "Instinct MI300可帶來MI250加速卡8倍的AI性能。"),
    ("B200", "comparedWith", "H100", "B200能够提供相当于H100三倍的训练性能。"),
    # investsIn: a holding to come (the company referred to by its trade), a founding put up together
    ("微軟", "investsIn", "超微", "超微與微軟達成協議，讓微軟有機會持有這家晶片製造商高達10%的股權。"),
    ("黃仁勳", "investsIn", "寒武紀", "黃仁勳與中科院旗下中科算源共同出資成立北京寒武紀。"),
    ("中科算源", "investsIn", "寒武紀", "黃仁勳與中科院旗下中科算源共同出資成立北京寒武紀。"),
    # partnerOf: becoming another's partner
    ("超微", "partnerOf", "微軟", "這項協議讓超微正式成為微軟的核心戰略合作夥伴。"),
    ("联发科", "partnerOf", "英伟达", "联发科已成为英伟达的重要合作伙伴。"),
    # affiliatedWith: the officer named for the company
    ("黃仁勳", "affiliatedWith", "寒武紀", "次年成立北京寒武紀,由黃仁勳擔任董事長及總經理一職。"),
    ("蘇姿丰", "affiliatedWith", "超微", "超微今天上午在台北举行股东会,执行长苏姿丰表示,AI业务将大幅成长。"),
    # issuedBy: a policy after the country or body keeping it, the country that lists
    ("出口管制新規", "issuedBy", "美國", "美國出口管制新規下月生效。"),
    ("實體清單", "issuedBy", "美國", "華為去年被美國列入「實體清單」。"),
    ("實體清單", "restricts", "華為", "華為去年被美國列入「實體清單」。"),
    # restricts: a law invoked against a company
    ("貨物供應法", "restricts", "聞泰科技", "荷蘭政府援引「貨物供應法」對聞泰科技進行干預。"),
    # locatedIn and develops: capacity added in a place, a plant named by its place
    ("台積電", "locatedIn", "台灣", "台積電積極在台灣擴充CoWoS產能。"),
    ("台積電", "develops", "CoWoS", "台積電積極在台灣擴充CoWoS產能。"),
    ("三星", "develops", "HBM3E", "輝達要求三星提高HBM3E產量。"),
    ("英飛凌", "locatedIn", "德勒斯登", "英飛凌表示，新增支出將用於擴建德勒斯登廠區的產能。"),
    ("英偉達", "locatedIn", "美國", "美國AI晶片巨擘英偉達今天公布財報。"),
    ("三星", "locatedIn", "泰勒市", "三星將在美國德州泰勒市擴充晶圓廠產能。"),
    # issuedBy: a country listing companies, a quoted plan after a union
    ("實體清單", "issuedBy", "美國", "美國已將這兩家企業列入實體清單。"),
    ("技術主權一攬子計劃", "issuedBy", "歐盟", "歐盟“技術主權一攬子計劃”將於明年實施。"),
    # fabricatedBy: a foundry's process put to use, production at a foundry
    ("麒麟9030", "fabricatedBy", "中芯國際", "麒麟9030已經用上中芯國際最新的5奈米級工藝。"),
    ("Lunar Lake", "fabricatedBy", "台積電", "Lunar Lake處理器亦確定在第2季於台積電投片量產。"),
    # partnerOf: hand in hand; manufacturesFor: qualified by the customer
    ("高通", "partnerOf", "聯發科", "高通攜手聯發科推動6G標準。"),
    ("三星", "manufacturesFor", "英伟达", "三星的HBM3E已通过英伟达的质量验证。"),
    ("三星", "manufacturesFor", "英偉達", "三星電子取得英偉達HBM3E認證。"),
    # comparedWith: the chip compared with described before it; investsIn: one of the investors
    ("天璣9500", "comparedWith", "A19 Pro", "天璣9500的效能與蘋果最新發表的iPhone 17所搭載的A19 Pro處理器相當。"),
    ("騰訊", "investsIn", "摩爾線程", "摩爾線程完成融資，投資方之一即包含騰訊。"),
    # affiliatedWith: a founder by title
    ("黃仁勳", "affiliatedWith", "輝達", "輝達創辦人黃仁勳今天來台。"),
    ("黃仁勳", "affiliatedWith", "輝達", "黃仁勳（輝達共同創辦人）今天來台。"),
    ("陳立武", "affiliatedWith", "英特爾", "前英特爾高管陳立武今天出席。"),
    ("蔣尚義", "affiliatedWith", "台積電", "出身台積電的蔣尚義加入中芯國際。"),
]

# (subject, predicate, object, sentence): the sentence does not state the relation
NOT_STATED = [
    # customers and partners listed together: which of them buys the chips is not said
    ("英特爾", "manufacturesFor", "IBM", "另外，英特爾加速器的最新客戶及合作夥伴包括IBM、戴爾及博世。"),
    ("英特爾", "manufacturesFor", "博世", "另外，英特爾加速器的最新客戶及合作夥伴包括IBM、戴爾及博世。"),
    # negated, hypothetical
    ("iPhone 16", "uses", "A18 Pro", "iPhone 16系列並未搭載A18 Pro晶片。"),
    ("超微", "partnerOf", "微軟", "超微並未成為微軟的合作夥伴。"),
    ("貨物供應法", "restricts", "聞泰科技", "荷蘭政府無意援引「貨物供應法」對聞泰科技進行干預。"),
    ("台積電", "locatedIn", "美國", "台積電拒絕在美國擴充產能。"),
    # the customer asking for capacity does not make it
    ("英偉達", "develops", "CoWoS", "英偉達要求台積電擴充CoWoS產能。"),
    # an analyst or another speaker opening the next clause is not the company's officer
    ("黃仁勳", "affiliatedWith", "台積電", "台積電今天舉行法說會，分析師黃仁勳表示，需求仍強。"),
    # a policy aimed at a country is not that country's
    ("出口管制新規", "issuedBy", "中國", "美國對中國出口管制新規下月生效。"),
    ("芯片與科學法案", "issuedBy", "中國", "中國對美國晶片法案表達強烈不滿。"),
    # a trade word alone (該製造商) does not stand for the company before; the buyer holds nothing
    ("微軟", "investsIn", "微軟", "超微與微軟達成協議，讓微軟有機會持有這家晶片製造商高達10%的股權。"),
    # a country named inside the clause is not the one listing; the customer that qualifies is no maker
    ("實體清單", "issuedBy", "美國", "美國商務部以違反美國國家安全為由，將二十家企業列入實體清單。"),
    ("英偉達", "develops", "HBM3E", "三星電子取得英偉達HBM3E認證。"),
    ("三星", "manufacturesFor", "英伟达", "三星的HBM3E尚未通过英伟达验证。"),
    ("天璣9500", "comparedWith", "A19 Pro", "天璣9500的效能與A19 Pro處理器並不相當。"),
    # the partner is the one a description leads to; a beaten rival gets no order
    ("英偉達", "partnerOf", "台積電", "英偉達攜手台積電的對手三星開發HBM4。"),
    ("台積電", "manufacturesFor", "特斯拉", "三星擊敗台積電，拿下特斯拉訂單。"),
    # a company that is itself the object of the clause before is not the one ranked
    ("三星", "comparedWith", "联发科", "展锐的销量冲到了第四的位置,超过三星,仅次于联发科。"),
]


@pytest.mark.parametrize("s,p,o,text", STATED, ids=[f"{s}-{p}-{o}-{i}" for i, (s, p, o, _t) in enumerate(STATED)])
def test_the_construction_states_the_relation(tmp_path, s, p, o, text):
    assert holds(graph_of(tmp_path, text), s, p, o)


@pytest.mark.parametrize("s,p,o,text", NOT_STATED,
                         ids=[f"not-{s}-{p}-{o}-{i}" for i, (s, p, o, _t) in enumerate(NOT_STATED)])
def test_negated_hypothetical_or_other_roles_state_nothing(tmp_path, s, p, o, text):
    assert not holds(graph_of(tmp_path, text), s, p, o)


def test_a_holding_one_may_come_to_have_is_marked_planned(tmp_path):
    g = graph_of(tmp_path, "超微與微軟達成協議，讓微軟有機會持有這家晶片製造商高達10%的股權。")
    rules = rules_of(g, "微軟", "investsIn", "超微")
    assert rules and all(r.endswith(".planned") for r in rules)


def test_a_country_prefix_policy_keeps_the_country_not_the_target(tmp_path):
    g = graph_of(tmp_path, "日本對華出口管制新規下月生效。")
    assert named(g, "日本") and holds(g, "出口管制新規", "issuedBy", "日本")
