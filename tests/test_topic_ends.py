"""Relations whose one end is the article's topic, left out or referred to by a word (公司, 其, 該晶片):
anaphors as subjects, a chip in its maker's article, figures of an article's one chip. Sentences and
names written for these tests, not taken from any newspaper."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, holds, rules_of  # noqa: E402

TITLE = "新品發布\n\n"


def _evidence(g, p, obj_label):
    for u, v, k, d in g.edges(keys=True, data=True):
        if k == p and g.nodes[v].get("label") == obj_label:
            return d["evidence"]
    return []


# --- 1. anaphors as subjects ----------------------------------------------------------------------

def test_its_company_subject_is_the_company_heading_the_sentence(tmp_path):
    g = graph_of(tmp_path, TITLE + "英特爾今日在北京舉行發布會。英特爾表示，其已完成收購Altera。\n")
    assert holds(g, "英特爾", "acquired", "Altera")


def test_its_after_a_person_is_not_a_company(tmp_path):
    # 其 stands for the person heading the sentence: no company is made the buyer
    text = TITLE + "英特爾今日在北京舉行發布會，宣布降價。黃仁勳表示，其已完成收購Altera。\n"
    g = graph_of(tmp_path, text)
    assert not [k for _u, _v, k in g.edges(keys=True) if k == "acquired"]


def test_a_company_anaphor_far_from_any_name_takes_the_articles_company_marked_topic(tmp_path):
    text = TITLE + ("英特爾今日在北京舉行發布會，宣布降價。市場反應熱烈，分析師看好。分析師指出，市場需求強。"
                    "本公司已完成收購Altera，英特爾表示。\n")
    g = graph_of(tmp_path, text)
    assert rules_of(g, "英特爾", "acquired", "Altera") == {"acquired.buy.topic"}
    (ev,) = _evidence(g, "acquired", "Altera")
    # the evidence is the sentence with the anaphor, and is less sure than a named subject
    assert ev.sentence.startswith("本公司已完成收購Altera") and ev.confidence < 0.8


def test_a_company_anaphor_with_no_topic_in_the_article_gives_nothing(tmp_path):
    text = TITLE + "市場反應熱烈，分析師看好。分析師指出，市場需求強。該公司已完成收購Altera。\n"
    g = graph_of(tmp_path, text)
    assert not [k for _u, _v, k in g.edges(keys=True) if k == "acquired"]


def test_a_new_chip_word_before_the_chips_name_is_no_anaphor(tmp_path):
    # 新芯片甲 describes 甲; it must not stand for the chip named before (乙)
    text = TITLE + "寒武紀推出MLU690加速卡。新芯片MLU790採用台積電4奈米製程。\n"
    g = graph_of(tmp_path, text)
    assert holds(g, "MLU790", "fabricatedBy", "台積電")
    assert not holds(g, "MLU690", "fabricatedBy", "台積電")


# --- 2. a chip in its maker's article --------------------------------------------------------------

def test_a_chip_launched_in_an_article_about_its_maker_is_the_makers(tmp_path):
    text = TITLE + ("天弦科技今日在北京舉行發布會，介紹天弦科技近況。天弦科技創辦人表示，市場需求強。"
                    "昨日推出的TX-9000顯卡，性能提升兩倍。\n")
    g = graph_of(tmp_path, text)
    # (CARRY lane: 昨日 now opens a clause before its verb, so the launch is also read as carried from the topic)
    assert rules_of(g, "天弦科技", "develops", "TX-9000") in ({"maker.topic"}, {"develops.launch.topic"})


def test_a_chip_to_be_launched_is_planned(tmp_path):
    text = TITLE + ("天弦科技今日在北京舉行發布會，介紹天弦科技近況。天弦科技表示，"
                    "下一代旗艦晶片TX-9900將於明年量產。\n")
    g = graph_of(tmp_path, text)
    assert rules_of(g, "天弦科技", "develops", "TX-9900") == {"maker.topic.planned"}


def test_a_chip_that_will_support_something_is_announced_by_the_articles_company(tmp_path):
    text = TITLE + ("天弦科技今日在北京舉行發布會，介紹天弦科技近況。天弦科技創辦人表示，市場需求強。"
                    "TX-9000晶片將支援FP8精度。\n")
    assert rules_of(graph_of(tmp_path, text), "天弦科技", "develops", "TX-9000") == {"maker.topic"}
    # what it does now is no announcement
    text = text.replace("將支援", "支援")
    assert not holds(graph_of(tmp_path, text), "天弦科技", "develops", "TX-9000")


def test_a_chip_with_no_launch_word_or_another_company_before_it_is_not_given_to_the_topic(tmp_path):
    text = TITLE + ("天弦科技今日在北京舉行發布會，介紹天弦科技近況。天弦科技創辦人表示，市場需求強。"
                    "TX-9000的價格偏高。輝達表示，TX-9900已量產。\n")
    g = graph_of(tmp_path, text)
    assert not holds(g, "天弦科技", "develops", "TX-9000")
    assert not holds(g, "天弦科技", "develops", "TX-9900")


# --- 3. figures of the article's one chip ----------------------------------------------------------

def test_bare_figures_in_an_article_about_one_chip_are_that_chips(tmp_path):
    text = TITLE + "寒武紀推出MLU690加速卡，採用台積電4奈米製程。主頻達到3.0GHz，顯存容量為48GB。\n"
    g = graph_of(tmp_path, text)
    assert rules_of(g, "MLU690", "hasSpec", "3.0GHz") == {"spec.chip-figure.topic"}
    (ev,) = _evidence(g, "hasSpec", "3.0GHz")
    assert ev.sentence.startswith("主頻達到3.0GHz")  # the figure's own sentence
    assert ev.subject_span is None  # the chip is named sentences before: no mention span inside the evidence
    s0, s1 = ev.sentence_span
    assert s0 <= ev.object_span[0] < ev.object_span[1] <= s1


def test_bare_figures_after_another_chip_is_named_belong_to_no_chip(tmp_path):
    text = TITLE + ("寒武紀推出MLU690加速卡，採用台積電4奈米製程。性能比輝達H20高兩倍。"
                    "主頻達到3.0GHz，顯存容量為48GB。\n")
    g = graph_of(tmp_path, text)
    assert not [k for _u, _v, k in g.edges(keys=True) if k == "hasSpec"]


def test_the_last_line_of_a_spec_sheet_is_still_about_the_chip_heading_it(tmp_path):
    # four figure-only lines stand between the chip and the line leaving its subject out; rivals are named
    # too, so the chip is not the article's clear main chip and only the look-back over the sheet finds it
    text = TITLE + ("寒武紀推出MLU690加速卡，性能超越輝達H20、H200與B200。MLU690的規格相當強悍。官方數據顯示：\n"
                    "• FP4精度：提供超過10 petaFLOPS算力。\n• FP8精度：提供超過5 petaFLOPS算力。\n"
                    "• 功耗：控制在750W以內。\n• 記憶體：配備216GB HBM3e高頻寬記憶體。\n")
    g = graph_of(tmp_path, text)
    assert holds(g, "MLU690", "uses", "HBM3E")
    assert not holds(g, "B200", "uses", "HBM3E")


def test_its_before_a_model_opening_a_sentence_is_the_company_before(tmp_path):
    text = TITLE + "寒武紀今日舉行發布會，宣布多項合作。其「思元」系列處理器已實現規模化商用。\n"
    assert holds(graph_of(tmp_path, text), "寒武紀", "develops", "思元")
    # …but not when the sentence before is about a person
    text = TITLE + "黃仁勳今日出席發布會，宣布多項合作。其「思元」系列處理器已實現規模化商用。\n"
    g = graph_of(tmp_path, text)
    assert not [k for _u, _v, k in g.edges(keys=True) if k == "develops"]


def test_taking_office_at_the_company_is_the_articles_company(tmp_path):
    text = TITLE + "寒武紀今日舉行發布會，宣布多項合作。寒武紀表示，市場需求強勁。陳天石出任公司CEO。\n"
    g = graph_of(tmp_path, text)
    got = rules_of(g, "陳天石", "affiliatedWith", "寒武紀")  # 出任公司CEO: 公司 stands for the article's company
    assert got and all(r.endswith(".topic") for r in got)


def test_its_headquarters_are_the_companys_before(tmp_path):
    text = TITLE + "寒武紀今日舉行發布會，宣布多項合作。其總部位於北京。\n"
    assert holds(graph_of(tmp_path, text), "寒武紀", "locatedIn", "北京")
    text = TITLE + "黃仁勳今日出席發布會，宣布多項合作。其總部位於北京。\n"
    g = graph_of(tmp_path, text)
    assert not [k for _u, _v, k in g.edges(keys=True) if k == "locatedIn" and g.nodes[_v].get("label") == "北京"
                and "evidence" in g.edges[_u, _v, k] and g.edges[_u, _v, k]["evidence"]]


def test_a_description_of_the_company_stands_for_it(tmp_path):
    g = graph_of(tmp_path, TITLE + "寒武紀今日舉行發布會，宣布多項合作。這家晶片巨頭已完成收購Altera。\n")
    assert holds(g, "寒武紀", "acquired", "Altera")
    # 该芯片大厂 is a company, not the chip named before
    g = graph_of(tmp_path, TITLE + "寒武紀推出思元590。該晶片大廠已完成收購Altera。\n")
    assert holds(g, "寒武紀", "acquired", "Altera") and not holds(g, "思元590", "acquired", "Altera")


def test_the_series_stands_for_the_chip_named_before(tmp_path):
    g = graph_of(tmp_path, TITLE + "寒武紀推出思元590。該系列採用台積電7奈米製程。\n")
    assert holds(g, "思元590", "fabricatedBy", "台積電")


def test_its_after_a_makers_chip_is_the_chip_not_the_maker(tmp_path):
    # 其 in 甲X芯片採用…，其Y引擎 is the chip's: the maker only qualifies the subject
    text = TITLE + "寒武紀MLU690加速卡採用台積電4奈米製程，其Transformer引擎使訓練效率提升3倍。\n"
    g = graph_of(tmp_path, text)
    assert not [k for u, _v, k in g.edges(keys=True) if k == "develops" and g.nodes[u].get("label") == "寒武紀"
                and "Transformer" in str(g.nodes[_v].get("label"))]
