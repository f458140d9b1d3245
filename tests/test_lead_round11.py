"""Round 11 (lead): a person's post as printed (kg:position), people speaking at events, the offer of new
shares as a listing, and and events. Every sentence and name is invented."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.evaluate import evaluate_page, graph_for_page

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, positions, rules_of  # noqa: E402

HEAD = "晶片週報\n\n"


def test_a_post_printed_before_a_name_is_the_persons_position(tmp_path):
    g = graph_of(tmp_path, HEAD + "曜石半導體執行長林志明昨日表示，需求強勁。法國前總統馬克明週二訪台。"
                                  "星河科技創始人兼董事長趙光輝稱，新品將於年底出貨。\n")
    assert positions(g, "林志明") == {"曜石半導體執行長"}
    assert positions(g, "趙光輝") == {"星河科技創始人兼董事長"}
    assert positions(g, "馬克明") == {"法國前總統"}


def test_a_post_keeps_the_pages_script_and_its_evidence(tmp_path):
    g = graph_of(tmp_path, HEAD + "星河科技首席技术官蔡承翰在发布会上介绍了新芯片。\n")
    (edge,) = [d for u, v, k, d in g.edges(keys=True, data=True) if k == "position"]
    ev = edge["evidence"][0]
    assert ev.rule == "position.title" and "首席技术官蔡承翰" in ev.sentence
    # written in Traditional characters, so that the same post printed in either script is one post
    assert [v for u, v, k in g.edges(keys=True) if k == "position"] == ["星河科技首席技術官"]


def test_the_same_post_in_both_scripts_is_one_post(tmp_path):
    g = graph_of(tmp_path, HEAD + "美國總統特朗普週二表示支持。美国总统特朗普周三再度发文。\n")
    assert positions(g, "特朗普") == {"美國總統"}
    (edge,) = [d for u, v, k, d in g.edges(keys=True, data=True) if k == "position"]
    assert len(edge["evidence"]) == 2


def test_a_post_keeps_its_owner_and_its_modifier(tmp_path):
    g = graph_of(tmp_path, HEAD + "前英特爾執行長基辛格表示看好。美國商務部長雷蒙多表示支持。"
                                  "美光（Micron）總裁暨執行長梅羅特拉表示。華為的董事長梁華表示。\n")
    assert positions(g, "基辛格") == {"前英特爾執行長"}  # a former post stays former
    assert positions(g, "雷蒙多") == {"美國商務部長"}
    assert positions(g, "梅羅特拉") == {"美光總裁暨執行長"}
    assert positions(g, "梁華") == {"華為董事長"}


def test_words_between_a_company_and_a_title_are_no_part_of_the_post(tmp_path):
    g = graph_of(tmp_path, HEAD + "台積電昨日宣布董事長魏哲家將訪美。英偉達發布新品後執行長黃仁勳表示看好。"
                                  "英特爾在中國的總裁王銳表示。\n")
    assert positions(g, "魏哲家") == {"董事長"}
    assert positions(g, "黃仁勳") == {"執行長"}
    assert positions(g, "王銳") == {"總裁"}  # where the post is, not whose


def test_a_copula_is_read_only_where_the_name_ends_its_clause(tmp_path):
    g = graph_of(tmp_path, HEAD + "曜石半導體的法定代表人為林志明。台積電董事長為黃仁勳頒獎。\n")
    assert positions(g, "林志明") == {"曜石半導體法定代表人"}
    assert positions(g, "黃仁勳") == set()


def test_no_position_where_the_title_does_not_stand_right_before_the_name(tmp_path):
    # a title elsewhere in the sentence, a reporter's credit role, and a description that is no post
    g = graph_of(tmp_path, HEAD + "林志明表示，執行長一職將由董事會決定。據記者王小明報導，專家李大同認為需求仍強。\n")
    assert positions(g, "林志明") == set()
    assert positions(g, "王小明") == set() and positions(g, "李大同") == set()


def test_eval_counts_a_post_against_a_gold_post(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(HEAD + "曜石半導體執行長林志明昨日表示，需求強勁。\n", encoding="utf-8")
    gold = {"seed": "p.txt", "articles": [], "entities": [
        {"type": "Person", "name": "林志明", "en": None, "surface_forms": ["林志明"]}],
        "relations": [{"subject": "林志明", "predicate": "affiliated_with", "object": "曜石半導體執行長",
                       "object_is_literal": True, "evidence": "曜石半導體執行長林志明"}]}
    r = evaluate_page(gold, graph_for_page(page))
    assert r["relations"]["affiliatedWith"]["tp"] == 1
    # the gold's shorter wording within kg's post counts too
    gold["relations"][0]["object"] = "執行長"
    assert evaluate_page(gold, graph_for_page(page))["relations"]["affiliatedWith"]["tp"] == 1


def test_a_person_speaking_at_an_event_takes_part_in_it(tmp_path):
    g = graph_of(tmp_path, HEAD + "星河科技董事長邱文彥18日在華為開發者大會上表示，將加大投資。"
                                  "在深圳舉辦的2026世界人工智能大會上，曜石半導體創始人林志明登台發表演講。\n")
    assert rules_of(g, "邱文彥", "participatesIn", "華為開發者大會")
    assert rules_of(g, "林志明", "participatesIn", "世界人工智能大會")
    # the company whose founder gives the talk takes part too (the annotated pages count it: a chief's keynote
    # at a show is the company's — EVENTS lane, events.fronted-speaker)
    assert rules_of(g, "曜石半導體", "participatesIn", "世界人工智能大會")


def test_an_article_in_a_paper_or_a_time_at_an_institute_is_no_event(tmp_path):
    g = graph_of(tmp_path, HEAD + "黃仁勳在新華社上發表文章指出需求強勁。黃仁勳在中國科學院期間發表論文。\n")
    assert not rules_of(g, "黃仁勳", "participatesIn", "新華社")
    assert not rules_of(g, "黃仁勳", "participatesIn", "中國科學院")


def test_the_offer_of_new_shares_on_a_board_is_a_listing(tmp_path):
    g = graph_of(tmp_path, HEAD + "摩爾線程周一正式啟動科創板申購。\n")
    assert rules_of(g, "摩爾線程", "listedOn", "科創板") == {"listed.applying"}
    # an investor subscribing to someone else's new shares is not listed
    g = graph_of(tmp_path, HEAD + "易方達基金在科創板申購摩爾線程新股。\n")
    assert not rules_of(g, "易方達基金", "listedOn", "科創板")


def test_the_page_lists_a_persons_posts_on_the_person(tmp_path):
    from kg.view import graph_view

    g = graph_of(tmp_path, HEAD + "曜石半導體執行長林志明昨日表示，需求強勁。\n")
    (person,) = [n for n in graph_view(g)["nodes"] if n["label"] == "林志明"]
    assert [p["label"] for p in person["posts"]] == ["曜石半導體執行長"]
    assert "執行長林志明" in person["posts"][0]["evidence"][0]["sentence"]
