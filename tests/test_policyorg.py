"""POLICYORG lane: policies named by the act that issues them or by their form, bodies inside bodies,
and relations read from names and appositions (own invented sentences and names)."""
import pytest

from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source
from kg.resolve import resolve
from relation_scoring import labelled_edges as relations

LEX = load_lexicon()


def found(text: str, type_: str) -> list[str]:
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    return [m.text for m in doc.mentions if m.type == type_]


# -- policies ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    # a title in 《》 that an act issues or puts in force, whatever its last word
    ("國務院辦公廳印發《關於加快算力網絡建設的若干舉措》，支持晶片設計。", "關於加快算力網絡建設的若干舉措"),
    ("财政部公布《集成电路设备进口税收公告》。", "集成电路设备进口税收公告"),
    ("《晶片設計人才培育條規》下月正式施行。", "晶片設計人才培育條規"),
    ("《人工智慧發展基本原則》（征求意見稿）昨天公布。", "人工智慧發展基本原則"),
    # a rule of a known list, a board's new rules, a share rule, a detailed rule at a clause's start
    ("美國擴大實體清單關聯企業規則，堵住漏洞。", "實體清單關聯企業規則"),
    ("科創板新政實施後，多家晶片公司申請上市。", "科創板新政"),
    ("所謂50%規則將適用於被列名企業的子公司。", "50%規則"),
    ("信創採購細則要求優先採用國產處理器。", "信創採購細則"),
    ("商務部推出AI晶片出口許可新規。", "AI晶片出口許可新規"),
    # a quoted name: in ASCII quotes with a plan word, or launched by a public issuer
    ('歐盟推出"晶片主權一攬子計劃"，支持本地晶圓廠。', "晶片主權一攬子計劃"),
    ("歐盟推出「需求加速器」，吸引晶片投資。", "需求加速器"),
    ("經濟部啟動「晶創台灣」方案。", "晶創台灣"),
    ("晶朗科技響應韓國政府的「K半導體戰略」。", "K半導體戰略"),
    ("美國對華半導體出口許可審查政策再度收緊。", "美國對華半導體出口許可審查政策"),
    ("美國對華晶片出口限制衝擊晶朗科技。", "美國對華晶片出口限制"),
    ("白宮宣布232條款半導體關稅。", "232條款半導體關稅"),
    ("根據商務部公告2025年第7號，相關物項禁止出口。", "商務部公告2025年第7號"),
    ("工信部令第5號明確規定了申報程序。", "工信部令第5號"),
    ("依據232條款對鋼鐵加徵關稅。", "232條款"),  # 對 starts a clause: the section alone
    # a version, an edition or a phase after the name's last word
    ("歐盟委員會提出《晶片法案2.0》。", "晶片法案2.0"),
    ("工信部印發《晶片設計辦法（試行）》。", "晶片設計辦法（試行）"),
    ("蘇州集成電路產業投資基金三期增資。", "蘇州集成電路產業投資基金三期"),  # a public body between: the policy stays
])
def test_a_policy_named_by_its_issuing_act_or_its_form(text, name):
    assert name in found(text, "Policy")


@pytest.mark.parametrize("text", [
    "工信部發布《2026年晶片產業白皮書》。",  # a report
    "據《華爾街日報》報導，該公司將擴產。",  # a newspaper
    "美國商務部週三公布新規，限制晶片出口。",  # 週三公布 is a clause, not a rule's name
    "此舉意在堵住中國企業規避制裁的漏洞。",  # the place's companies evade: no measure named
    "凌芯科技推出「極光」平台。",  # a company's product, not a programme
    "美國政府推出「更好的未來」。",  # a phrase, not a name
    "晶朗科技正試圖通過“雙引戰略”搶佔市場。",  # a company's own plan
    "晶朗科技昨晚發布《關於股東減持計劃的公告》。",  # a company's own announcement
    "根據《晶片前哨》報導，需求回升。",  # an outlet
    "美國對華採取更強硬政策。",  # a clause after 對華
    "美國對華政策轉向。",  # nothing covered: a description
    "他在書店買了《三體2.0》。",  # a version number does not make a title a policy
])
def test_descriptions_reports_and_clauses_are_no_policies(text):
    assert found(text, "Policy") == []


# -- organizations inside organizations --------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("經濟部產業發展署副署長喬安平表示，將協助廠商。", "經濟部產業發展署"),
    ("國務院辦公廳印發通知。", "國務院辦公廳"),
    ("部長今天列席立法院教育及文化委員會。", "立法院教育及文化委員會"),
    ("須經過經濟部投資審議委員會審議。", "經濟部投資審議委員會"),
    ("工信部電子信息司司長指出，產能仍然不足。", "工信部電子信息司"),
    # a country's body
    ("荷蘭軍事情報與安全局發布年度報告。", "荷蘭軍事情報與安全局"),
    ("韓國公平交易委員會批准這宗收購。", "韓國公平交易委員會"),
    ("美國軍方採購大量伺服器。", "美國軍方"),  # a country's armed forces
])
def test_a_body_printed_after_its_parent_is_one_organization(text, name):
    assert name in found(text, "Organization")


@pytest.mark.parametrize("text, kept", [
    ("經濟部表示，當前局面嚴峻。", "經濟部"),  # 局面 is a word, not a bureau
    ("商務部相關單位表示將研議。", "商務部"),  # 相關 starts a description
    ("商務部的司機表示。", "商務部"),
    ("美國政治格局改變，美國加速部署晶片產能。", "美國"),  # 格局, 部署 are words
    ("美國與日本委員會成員會面。", "日本"),  # a place's body needs words of its own
])
def test_no_body_is_read_out_of_ordinary_words(text, kept):
    orgs = found(text, "Organization") + found(text, "Place")
    assert kept in orgs and not any(o.startswith(kept) and o != kept for o in orgs)


def test_a_bureau_with_its_abbreviation_is_one_node_affiliated_with_its_ministry(tmp_path):
    rels = relations(tmp_path, "美國商務部工業暨安全局（BIS）週三表示，將限制凌芯科技。")
    assert ("美國商務部工業與安全局", "affiliatedWith", "美國商務部") in rels
    assert not any(s == "BIS" or o == "BIS" for s, _p, o in rels)


def test_relations_read_from_names_and_appositions(tmp_path):
    rels = relations(tmp_path, "經濟部產業發展署副署長喬安平表示，將協助廠商。國務院辦公廳印發《關於加快算力網絡建設的若干舉措》。"
                               "路透社記者柏文錚報導，凌芯科技將裁員。商務部下屬的產業安全研究中心發布報告。"
                               "日本的晶朗科技宣布擴產。南韓記憶體廠晶邦電子宣布擴產。")
    assert ("經濟部產業發展署", "affiliatedWith", "經濟部") in rels
    assert ("喬安平", "affiliatedWith", "經濟部產業發展署") in rels
    assert ("國務院辦公廳", "affiliatedWith", "國務院") in rels
    assert ("關於加快算力網絡建設的若干舉措", "issuedBy", "國務院辦公廳") in rels
    assert ("柏文錚", "affiliatedWith", "路透社") in rels
    assert ("產業安全研究中心", "affiliatedWith", "商務部") in rels
    assert ("晶朗科技", "locatedIn", "日本") in rels
    assert ("商務部公告2025年第7號", "issuedBy", "商務部") in relations(tmp_path, "根據商務部公告2025年第7號，相關物項禁止出口。")
    assert ("晶邦電子", "locatedIn", "韓國") in rels


def test_a_place_where_something_is_done_does_not_locate_the_company(tmp_path):
    rels = relations(tmp_path, "在日本的晶朗科技工廠已經投產。")
    assert ("晶朗科技", "locatedIn", "日本") not in rels


@pytest.mark.parametrize("text", [
    "部長說這是「一個很好的計畫」，值得推行。",   # a count opens it: a description
    "業界稱这是“这项新规定”带来的变化。",
    "有分析師形容這是「最大膽的計畫」。",         # the last word right after 的
])
def test_quoted_descriptions_are_not_policies(text):
    assert found(text, "Policy") == []


def test_quoted_programme_name_still_a_policy():
    assert found("經濟部推出「晶片創新計畫」，支持本地企業。", "Policy") == ["晶片創新計畫"]


@pytest.mark.parametrize("text", [
    "他們通過《星海遠航》一片認識科幻。",   # a citing verb before a film
    "《星海遠航》上映第三天票房破億。",      # 第 that is no article number
    "他按照《古訓集萃》行事。",
])
def test_titles_only_cited_are_not_policies(text):
    assert found(text, "Policy") == []


def test_a_title_with_a_numbered_article_is_a_policy():
    assert found("依據《晶片人才培育要點》第十二條，企業須申報。", "Policy") == ["晶片人才培育要點"]
