"""BYLINE lane: who wrote an article on a plain web news page (the title on the first line, the byline
as outlets print it), and the article's title as printed. Invented pages, names and outlets."""
import tempfile
from pathlib import Path

from kg.pipeline import make_graph


def facts(text: str) -> tuple[set, set, set]:
    """(people, writers (person, article title), article titles)"""
    d = tempfile.mkdtemp()
    p = Path(d) / "t.txt"
    p.write_text(text, encoding="utf-8")
    g = make_graph([p]).graph
    people = {a["label"] for _n, a in g.nodes(data=True) if a.get("type") == "Person" and a.get("mention_count")}
    wrote = {(g.nodes[u]["label"], g.nodes[v]["title"]) for u, v, k in g.edges(keys=True) if k == "wrote"}
    titles = {a["title"] for _n, a in g.nodes(data=True) if a.get("kind") == "article"}
    return people, wrote, titles


def test_a_title_with_a_colon_and_the_reporter_on_the_line_under_it():
    _p, wrote, _t = facts("研調：晶片需求激增 某某電子明年產能倍增\n快訊網記者王大明 台北\n"
                          "某某電子今日表示，明年產能將倍增。\n")
    assert ("王大明", "研調：晶片需求激增 某某電子明年產能倍增") in wrote
    # the page opens with a paragraph (a sentence): no title, so no `wrote`
    _p, wrote, _t = facts("某某電今日召開法說會，公布第三季財報。\n\n〔記者吳小芬／新竹報導〕營收創新高。\n")
    assert wrote == set()
    # a credit line first, then the text: no title either
    _p, wrote, _t = facts("工商快訊／ 編譯陳小華／綜合外電\n\n某某晶片廠原本規劃生產成熟製程晶片，但計畫生變。\n")
    assert wrote == set()


def test_a_name_alone_under_the_title_is_its_author_a_word_is_not():
    _p, wrote, _t = facts("某某芯片获准出口:市场至关重要\n赵明远\n\n芯闻资讯:某某芯片今日获准出口。\n")
    assert ("赵明远", "某某芯片获准出口:市场至关重要") in wrote
    _p, wrote, _t = facts("某某芯片获准出口:市场至关重要\n市场观察\n\n芯闻资讯:某某芯片今日获准出口。\n")
    assert wrote == set()


def test_the_title_keeps_its_spaces_as_printed():
    _p, _w, titles = facts("某某宣布获准出口 H30 芯片:中国市场至关重要\n\n某某今日宣布获准出口。\n")
    assert "某某宣布获准出口 H30 芯片:中国市场至关重要" in titles


def test_a_compiling_reporter_wrote_the_article():
    _p, wrote, _t = facts("某某晶片廠擬併購新創\n\n工商快訊／ 編譯陳小華／綜合外電\n\n"
                          "知情人士表示，某某晶片廠正洽談併購。\n")
    assert ("陳小華", "某某晶片廠擬併購新創") in wrote


def test_two_reporters_run_together_both_wrote_it():
    _p, wrote, _t = facts("代工廠押寶新產品\n\n工商快訊／ 記者王小明李大同／台北報導\n\n"
                          "代工大廠都有所布局。\n")
    assert {("王小明", "代工廠押寶新產品"), ("李大同", "代工廠押寶新產品")} <= wrote


def test_an_outlet_and_a_name_in_black_brackets():
    _p, wrote, _t = facts("某某記憶體價格飆5成,供應鏈進入新階段\n\n2025/11/17 07:07\n\n"
                          "【晶片快報/周文彬】外電報導,某某記憶體廠敲定明年供應價格。\n")
    assert ("周文彬", "某某記憶體價格飆5成,供應鏈進入新階段") in wrote


def test_a_person_after_source_wrote_it_an_outlet_did_not():
    people, wrote, _t = facts("某某收购设计团队,推进数据中心布局\n来源:钱海涛 发布时间:6 天前\n\n"
                              "据报道,某某已完成收购。\n")
    assert ("钱海涛", "某某收购设计团队,推进数据中心布局") in wrote
    people, wrote, _t = facts("某某收购设计团队,推进数据中心布局\n来源:金陵日报 发布时间:6 天前\n\n"
                              "据报道,某某已完成收购。\n")
    assert wrote == set() and "金陵日报" not in people


def test_a_column_in_the_title_line_is_not_the_title():
    _p, _w, titles = facts("芯片股 | 某某兩融折算率降至零，可否趁機吸？\n\n某某(00001)股價急回。\n")
    assert titles == {"某某兩融折算率降至零，可否趁機吸？"}
    _p, wrote, titles = facts("如何看待科技週期|林風專欄\n\n筆者早前曾分析晶片供應鏈。\n\n撰文:林風\n")
    assert ("林風", "如何看待科技週期") in wrote


def test_the_date_run_on_to_the_reporters_name():
    _p, wrote, _t = facts("某國砸26兆強攻半導體\n\n20240524孫志遠/綜合外電報導\n\n"
                          "某國政府23日表示將推出補助方案。\n")
    assert ("孫志遠", "某國砸26兆強攻半導體") in wrote


def test_a_title_after_a_caption_and_a_photo_credit_is_no_author():
    people, wrote, _t = facts("部長表示，某某電雖赴海外投資，但先進製程仍在本地。（記者林菁華攝）\n\n"
                              "最先進技術、最大產能 一定在本地\n\n"
                              "〔記者吳小芬／台北報導〕某某電宣布海外新廠改採先進製程。\n")
    assert ("吳小芬", "最先進技術、最大產能 一定在本地") in wrote
    assert not any(p == "林菁華" for p, _t in wrote)

