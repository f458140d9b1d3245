"""The article's policy carried into sentences that say what it restricts, who issued it or what it backs
without naming it again (POLCARRY lane: kg/polcarry.py, ontology/rules/polcarry.toml). Invented texts."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.normalize import name_key
from kg.pipeline import make_graph

sys.path.insert(0, str(Path(__file__).parent))
from relation_scoring import holds  # noqa: E402


def graph_of(tmp_path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return make_graph([p]).graph


def evidence(g, s: str, p: str, o: str) -> list:
    """The evidence of the relation s p o (names in any script)."""
    def names(n):
        d = g.nodes[n]
        return {name_key(x) for x, _ in d.get("names") or []} | {name_key(str(d.get("label", "")))}
    for u, v, k, d in g.edges(keys=True, data=True):
        if k == p and name_key(s) in names(u) and name_key(o) in names(v):
            return list(d.get("evidence") or [])
    return []


RULE = "美國對華晶片出口管制"


def test_goods_brought_under_control_later_are_restricted_by_the_articles_policy(tmp_path):
    g = graph_of(tmp_path, "美國擴大晶片出口管制\n\n美國商務部週一公布新一輪對華晶片出口管制。新規另將HBM納入管制。\n")
    assert holds(g, RULE, "restricts", "HBM")
    # the evidence is the sentence that states it, marked as read with the article's policy
    ev = evidence(g, RULE, "restricts", "HBM")
    assert ev and all(e.sentence.startswith("新規另將") for e in ev)
    assert all(e.rule.endswith(".policy") for e in ev)


def test_a_denied_or_hypothetical_restriction_is_no_fact(tmp_path):
    g = graph_of(tmp_path, "美國擴大晶片出口管制\n\n美國商務部週一公布新一輪對華晶片出口管制。新規並未將HBM納入管制。"
                           "若情勢惡化，美方可能禁止出口H20晶片。新規另將Blackwell納入管制。\n")
    assert holds(g, RULE, "restricts", "Blackwell")
    assert not holds(g, RULE, "restricts", "HBM")
    assert not holds(g, RULE, "restricts", "H20")


def test_the_countries_goods_may_not_go_to(tmp_path):
    g = graph_of(tmp_path, "美國擴大晶片出口管制\n\n美國商務部週一公布新一輪對華晶片出口管制。"
                           "新規原則上不予許可H20晶片對伊朗出口，並對俄羅斯、北韓等國家實施最嚴格的管制。\n")
    for obj in ("H20", "伊朗", "俄羅斯", "北韓"):
        assert holds(g, RULE, "restricts", obj), obj


def test_a_company_put_on_the_list_the_article_is_about(tmp_path):
    g = graph_of(tmp_path, "美國再將中國企業列入實體清單\n\n美國商務部週三將數十家中國企業加入實體清單。"
                           "此外，生產記憶體的長江存儲與關係企業，及其在新加坡的分公司也被列入該名單。\n")
    assert holds(g, "實體清單", "restricts", "長江存儲")


def test_two_policies_named_as_often_carry_nothing(tmp_path):
    # one measure the article is about: carried
    g = graph_of(tmp_path, "美國擴大晶片出口管制\n\n美國對華晶片出口管制週一登場。新規另將HBM納入管制。\n")
    assert holds(g, RULE, "restricts", "HBM")
    # two measures named as often: which one brought HBM under control is not said
    g = graph_of(tmp_path, "兩項政策同日登場\n\n美國對華晶片出口管制與歐洲芯片法案同日登場。另將HBM納入管制。\n")
    assert not holds(g, RULE, "restricts", "HBM")
    assert not holds(g, "歐洲芯片法案", "restricts", "HBM")


def test_the_body_issuing_the_measure_written_as_a_common_noun(tmp_path):
    g = graph_of(tmp_path, "日本擴大設備出口管制\n\n日本政府本週公布日本半導體製造設備出口管制。"
                           "日本經濟產業省發布行政命令，將23項設備納入出口管制範圍。\n")
    assert holds(g, "日本半導體設備出口管制", "issuedBy", "日本經濟產業省")


def test_what_a_fund_backs_in_a_clause_that_leaves_it_out(tmp_path):
    g = graph_of(tmp_path, "大基金三期出手\n\n國家大基金三期去年正式成立。成立以來，持續支持中微公司等設備企業，"
                           "並補齊光刻、先進封裝等關鍵短板。\n")
    assert holds(g, "國家集成電路產業投資基金三期", "supports", "中微公司")
    assert holds(g, "國家集成電路產業投資基金三期", "supports", "先進封裝")
    # a bare 支持 before a standard is what a chip supports, not what the fund backs
    g = graph_of(tmp_path, "大基金三期出手\n\n國家大基金三期去年正式成立。新款處理器效能提升，並支持H.265硬體編解碼。\n")
    assert not holds(g, "國家集成電路產業投資基金三期", "supports", "H.265")


def test_the_strictest_control_names_the_countries_hit(tmp_path):
    # 控制 is a cue word of polcarry.strictest-on of its own: no word list in front of the rules keeps the
    # sentence from being read
    g = graph_of(tmp_path, "美國擴大晶片出口管制\n\n美國商務部週一公布新一輪對華晶片出口管制。"
                           "新規對俄羅斯、北韓等國家實行最嚴格的控制。\n")
    assert holds(g, RULE, "restricts", "俄羅斯")
    assert holds(g, RULE, "restricts", "北韓")
