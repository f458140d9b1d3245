"""Round 11 (lead): a person's post as printed (kg:position), people speaking at events, the offer of new
shares as a listing, and holders listed after 由 with their shares. Every sentence and name is invented."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.evaluate import evaluate_page, graph_for_page

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import graph_of, rules_of  # noqa: E402

HEAD = "晶片週報\n\n"


def positions(g, person: str) -> set[str]:
    from kg.normalize import name_key

    return {v for u, v, k in g.edges(keys=True) if k == "position"
            and name_key(person) in {name_key(str(g.nodes[u].get("label", "")))}
            | {name_key(m["text"]) for m in g.nodes[u].get("mentions") or []}}


def test_a_post_printed_before_a_name_is_the_persons_position(tmp_path):
    g = graph_of(tmp_path, HEAD + "曜石半導體執行長林志明昨日表示，需求強勁。法國前總統馬克明週二訪台。"
                                  "星河科技創始人兼董事長趙光輝稱，新品將於年底出貨。\n")
    assert positions(g, "林志明") == {"曜石半導體執行長"}
    assert positions(g, "趙光輝") == {"星河科技創始人兼董事長"}
    assert "法國前總統" in positions(g, "馬克明")


def test_a_post_keeps_the_pages_script_and_its_evidence(tmp_path):
    g = graph_of(tmp_path, HEAD + "星河科技首席技术官蔡承翰在发布会上介绍了新芯片。\n")
    (edge,) = [d for u, v, k, d in g.edges(keys=True, data=True) if k == "position"]
    ev = edge["evidence"][0]
    assert ev.rule == "position.title" and "首席技术官蔡承翰" in ev.sentence
    assert [v for u, v, k in g.edges(keys=True) if k == "position"] == ["星河科技首席技术官"]


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


def test_a_person_speaking_at_an_event_takes_part_in_it(tmp_path):
    g = graph_of(tmp_path, HEAD + "星河科技董事長邱文彥18日在華為開發者大會上表示，將加大投資。"
                                  "在深圳舉辦的2026世界人工智能大會上，曜石半導體創始人林志明登台發表演講。\n")
    assert rules_of(g, "邱文彥", "participatesIn", "華為開發者大會") == {"participates.event-speaker"}
    assert rules_of(g, "林志明", "participatesIn", "世界人工智能大會") == {"participates.event-speaker-fronted"}
    # a speech is not a launch: the company of the speaker did not launch anything there
    assert not rules_of(g, "曜石半導體", "participatesIn", "世界人工智能大會")


def test_the_offer_of_new_shares_on_a_board_is_a_listing(tmp_path):
    g = graph_of(tmp_path, HEAD + "摩爾線程周一正式啟動科創板申購。\n")
    assert rules_of(g, "摩爾線程", "listedOn", "科創板") == {"listed.applying"}


def test_holders_listed_after_you_with_their_shares_invest(tmp_path):
    g = graph_of(tmp_path, HEAD + "長鑫科技由合肥產投(60%)與兆易創新(40%)共同出資成立。\n")
    assert rules_of(g, "合肥產投", "investsIn", "長鑫存儲") == {"invest.held-by-holders"}
    assert rules_of(g, "兆易創新", "investsIn", "長鑫存儲") == {"invest.held-by-holders"}
    # founded by, with no money put in, is not a holding
    g = graph_of(tmp_path, HEAD + "長鑫科技由合肥產投成立。\n")
    assert not rules_of(g, "合肥產投", "investsIn", "長鑫存儲")


def test_the_page_lists_a_persons_posts_on_the_person(tmp_path):
    from kg.view import graph_view

    g = graph_of(tmp_path, HEAD + "曜石半導體執行長林志明昨日表示，需求強勁。\n")
    (person,) = [n for n in graph_view(g)["nodes"] if n["label"] == "林志明"]
    assert [p["label"] for p in person["posts"]] == ["曜石半導體執行長"]
    assert "執行長林志明" in person["posts"][0]["evidence"][0]["sentence"]
