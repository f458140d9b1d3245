"""PLACES lane: the gazetteer of the chip industry's geography (ontology/lexicon/places.ttl) — each category
found in both scripts, each place inside its larger place, ordinary words and surnames left alone, and the
relations a known place unlocks. All sentences are invented for these tests."""

from __future__ import annotations

from rdflib.namespace import RDF

from kg.namespaces import KG, E
from kg.pipeline import make_graph
from conftest import mentions


def _places(text, lex):
    """printed name -> entry slug of each Place mention."""
    return {m.text: (m.entity or "").rsplit("/", 1)[-1] for m in mentions("標題\n\n" + text + "\n", lex)
            if m.type == "Place"}


def _relations(tmp_path, text):
    """(subject, predicate, object) labels -> the rules whose evidence on the page states it (an empty set for
    a background fact of the lexicon)."""
    p = tmp_path / "page.txt"
    p.write_text("標題\n\n" + text + "\n", encoding="utf-8")
    g = make_graph([p]).graph
    out = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        if k != "mentions":
            rules = {getattr(e, "rule", None) for e in d.get("evidence") or []} - {None}
            out.setdefault((g.nodes[u].get("label"), k, g.nodes[v].get("label")), set()).update(rules)
    return out


def test_us_states_and_chip_towns_in_three_spellings(lex):
    got = _places("甲公司在印第安納州西拉法葉設廠，乙公司則前往紐澤西州、北卡羅萊納州與猶他州。", lex)
    assert got["印第安納州"] == "indiana" and got["西拉法葉"] == "west-lafayette"
    assert got["紐澤西州"] == "new-jersey" and got["北卡羅萊納州"] == "north-carolina" and got["猶他州"] == "utah"
    got = _places("甲公司在印第安纳州西拉斐特设厂，乙公司则前往新泽西州、北卡罗来纳州与犹他州。", lex)
    assert got["印第安纳州"] == "indiana" and got["西拉斐特"] == "west-lafayette"
    assert got["新泽西州"] == "new-jersey" and got["北卡罗来纳州"] == "north-carolina" and got["犹他州"] == "utah"


def test_japan_korea_taiwan_and_the_mainland_in_both_scripts(lex):
    got = _places("熊本縣菊陽町與岩手縣北上市的晶圓廠之外，京畿道華城、慶尚北道龜尾及竹南科學園區也在擴產。", lex)
    assert got["菊陽町"] == "kikuyo" and got["北上市"] == "kitakami" and got["岩手縣"] == "iwate"
    assert got["華城"] == "hwaseong" and got["龜尾"] == "gumi" and got["竹南科學園區"] == "zhunan-science-park"
    got = _places("熊本县菊阳町与岩手县北上市的晶圆厂之外，京畿道华城、庆尚北道龟尾及竹南科学园区也在扩产。", lex)
    assert got["菊阳町"] == "kikuyo" and got["北上市"] == "kitakami" and got["龟尾"] == "gumi"
    got = _places("江陰、淮安與贛州的工廠，以及雄安新區和蘇州工業園區的項目。", lex)
    assert got["江陰"] == "jiangyin" and got["淮安"] == "huaian" and got["贛州"] == "ganzhou"
    assert got["雄安新區"] == "xiongan" and got["蘇州工業園區"] == "suzhou-industrial-park"
    got = _places("江阴、淮安与赣州的工厂，以及雄安新区和苏州工业园区的项目。", lex)
    assert got["江阴"] == "jiangyin" and got["雄安新区"] == "xiongan" and got["苏州工业园区"] == "suzhou-industrial-park"


def test_europe_india_and_southeast_asia(lex):
    got = _places("薩克森州與格勒諾布爾的研發中心，古吉拉特邦多萊拉的晶圓廠，柔佛州與巴淡島的封測廠。", lex)
    assert got["薩克森州"] == "saxony" and got["格勒諾布爾"] == "grenoble"
    assert got["古吉拉特邦"] == "gujarat" and got["多萊拉"] == "dholera"
    assert got["柔佛州"] == "johor" and got["巴淡島"] == "batam"


def test_a_place_never_reuses_another_entrys_identifier(lex):
    # e:oxford is the university: the city is e:oxford-city; one subject typed twice would merge two entries
    assert sorted(i.rsplit("/", 1)[-1] for i, e in lex.entries.items() if len(e.classes) > 1) == []
    assert lex.entries[str(E["oxford-city"])].type == "Place" and lex.entries[str(E["oxford"])].type == "Organization"


def test_every_place_inside_a_larger_one_leads_up_to_a_top_place_without_a_loop(lex):
    places = {str(s) for s in lex.graph.subjects(RDF.type, KG.Place)}
    for p in sorted(places):
        seen, cur = set(), p
        while True:
            ups = [str(o) for o in lex.graph.objects(E[cur.rsplit("/", 1)[-1]], KG.locatedIn)]
            assert len(ups) <= 1, cur  # one larger place each
            if not ups:
                break
            assert ups[0] in places and ups[0] not in seen, (p, ups[0])
            seen.add(cur)
            cur = ups[0]
    # a state, a prefecture and a science park each sit in the place that holds them
    up = lambda s: {str(o).rsplit("/", 1)[-1] for o in lex.graph.objects(E[s], KG.locatedIn)}
    assert up("ohio") == {"united-states"} and up("iwate") == {"japan"} and up("kitakami") == {"iwate"}
    assert up("zhunan-science-park") == {"miaoli"} and up("xiongan") == {"hebei"}


def test_a_place_inside_a_longer_ordinary_word_is_no_place(lex):
    # 狼牙山 (牙山), 出海口 (海口), 卡西歐 (西歐), 美中科技 (中科 is no label), 越南科技 (南科), 龍潭虎穴 (龍潭),
    # 中東部 (中東), 朝鮮族 (朝鮮), 歐洲大陸 (Europe, not the mainland)
    got = _places("狼牙山下的出海口，卡西歐的手錶，美中科技戰，越南科技部，龍潭虎穴，美國中東部，朝鮮族。", lex)
    assert set(got.values()) <= {"united-states", "vietnam"}
    got = _places("歐洲大陸的車廠向大陸廠商採購晶片。", lex)
    assert got == {"歐洲大陸": "europe", "大陸": "chinese-mainland"}


def test_a_surname_is_a_town_only_on_a_page_naming_its_state(lex):
    assert "泰勒" not in _places("歌手泰勒今晚在台北開唱，謝爾曼也到場。", lex)
    got = _places("三星在德州泰勒興建晶圓廠，環球晶在德州謝爾曼擴產。", lex)
    assert got["泰勒"] == "taylor-texas" and got["謝爾曼"] == "sherman"


def test_a_new_place_unlocks_located_in(tmp_path):
    rels = _relations(tmp_path, "某某協會表示，薩克森州半導體協會與德國政府合作。台積電位於熊本縣菊陽町的工廠已量產。")
    assert rels[("台積電", "locatedIn", "菊陽町")]  # stated on the page, not a background fact
    assert any(s == "薩克森州半導體協會" and o == "薩克森州" and r for (s, k, o), r in rels.items() if k == "locatedIn")


def test_a_smaller_place_after_the_larger_one_is_located_in_it(tmp_path):
    rels = _relations(tmp_path, "美光將在紐約州雪城附近建廠，甲公司則落腳印第安納州西拉法葉。")
    # (將…建廠 is a plan: the rule's planned form)
    assert any(r.startswith("located.place-in-place") for r in rels[("西拉法葉", "locatedIn", "印第安納州")])
    assert any(r.startswith("located.place-in-place") for r in rels[("雪城", "locatedIn", "紐約")])


def test_a_name_found_once_after_its_place_is_read_whole_elsewhere_on_the_page(lex):
    # the shareholder pattern finds 無錫精測投資 (a place, then words) in the second paragraph; the first
    # paragraph's 無錫精測投資 is the same company, not the city 無錫 followed by words
    text = ("中微公司公告，其從無錫精測投資手中購入500萬股拓荊科技股份，每股價格120元。\n\n"
            "原本持有拓荊科技6.2%股份的無錫精測投資，在此次交易後退出股東行列。")
    ms = [m for m in mentions("設備股新聞\n\n" + text + "\n", lex) if "無錫" in m.text]
    assert [(m.text, m.type) for m in ms] == [("無錫精測投資", "Company")] * 2
