"""TEXTFORM: text as the web prints it. Pages printed with a space between Chinese and Latin words or numbers
("pangu spacing": 发布天玑 9500 + 芯片, 2031 年 5 月, 4.2GHz 的) are read like pages printed tight, decided
per printing, and every mention and piece of evidence still points at the characters printed in the file.
All sentences here are invented for the tests."""

from pathlib import Path

from kg.articles import split_articles
from kg.lexicon import load_lexicon
from kg.normalize import normalize
from kg.pipeline import make_graph, process
from kg.reader import read_source

from conftest import ontology_copy, run_kg

SPACED_HANS = ("联发科于 2031 年 5 月 8 日发布天玑 9500 + 旗舰芯片，采用台积电第二代 2nm 工艺，"
               "由 1 颗 4.2GHz 的超大核组成。小米 17 将首发搭载天玑 9500 + 。\n")
TIGHT_HANS = ("联发科于2031年5月8日发布天玑9500+旗舰芯片，采用台积电第二代2nm工艺，"
              "由1颗4.2GHz的超大核组成。小米17将首发搭载天玑9500+。\n")
SPACED_HANT = "輝達於 2031 年 3 月發表 H300 晶片，採用台積電 3 奈米製程，配備 288GB 的 HBM4 記憶體。\n"
TIGHT_HANT = "輝達於2031年3月發表H300晶片，採用台積電3奈米製程，配備288GB的HBM4記憶體。\n"


def _page(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _relations(path: Path) -> set[tuple[str, str, str]]:
    g = make_graph([path]).graph
    label = lambda n: g.nodes[n].get("label", n)  # noqa: E731
    return {(label(u), d["predicate"], label(v)) for u, v, d in g.edges(data=True)
            if d.get("predicate") not in ("mentions", "wrote")}


def test_spaced_and_tight_printings_give_the_same_relations(tmp_path):
    for spaced, tight in [(SPACED_HANS, TIGHT_HANS), (SPACED_HANT, TIGHT_HANT)]:
        a = _relations(_page(tmp_path, "spaced.txt", spaced))
        b = _relations(_page(tmp_path, "tight.txt", tight))
        assert a == b
    # the chip is the whole model (天玑9500+), not the family alone, and its maker is read
    assert ("聯發科", "develops", "天玑9500+") in _relations(_page(tmp_path, "s.txt", SPACED_HANS))


def test_every_mention_points_at_its_printed_characters(tmp_path):
    src = read_source(_page(tmp_path, "spaced.txt", SPACED_HANS + SPACED_HANT))
    doc = process(src, load_lexicon())
    assert doc.mentions
    printed = {}
    for m in doc.mentions:
        s, e = doc.norm.orig_span(m.start, m.end)
        orig = src.text[s:e]
        # the original slice is the name as printed, spaces and all; without them it is the name read
        assert orig.replace(" ", "") == m.text.replace(" ", ""), (orig, m.text)
        assert orig[0] == m.text[0] and orig[-1] == m.text[-1]
        printed[m.text] = orig
    assert printed["天玑9500+"] == "天玑 9500 +"
    assert printed["H300"] == "H300"


def test_evidence_is_the_sentence_as_printed(tmp_path):
    g = make_graph([_page(tmp_path, "spaced.txt", SPACED_HANS)]).graph
    sentences = {ev.sentence for _u, _v, d in g.edges(data=True) if d.get("predicate") == "develops"
                 for ev in d.get("evidence", [])}
    assert any("发布天玑 9500 + 旗舰芯片" in s for s in sentences)


def test_spacing_is_decided_per_printing():
    n = normalize("甲公司发布 A 股公告。流通股 A股再创新高\n采用 Snapdragon 8 Gen 3 的手机\n"
                  "某网编辑张三 2031-05-08 10:07\n以 “AI 随心” 为主题\n英伟达 (NVIDIA) 表示\n1 + 1 等于 2\n")
    lines = n.text.split("\n")
    assert lines[0] == "甲公司发布A股公告。流通股 A股再创新高"  # tight on one side: a separator, kept
    assert lines[1] == "采用Snapdragon 8 Gen 3的手机"  # spaces inside a Latin name stay
    assert lines[2] == "某网编辑张三 2031-05-08 10:07"  # a dated credit line keeps its space after the name
    assert lines[3] == "以“AI随心”为主题"
    assert lines[4] == "英伟达(NVIDIA)表示"
    assert lines[5] == "1 + 1等于2"  # a plus between numbers is arithmetic, not a model suffix
    assert all(n.original[n.offsets[i]] == n.text[i] for i in range(len(n.text)))


def test_full_width_and_repeated_spaces_and_a_mixed_page():
    n = normalize("天玑\u30009500\u3000＋\u3000芯片与天玑  9500  芯片\n发布天玑9500+芯片，搭载天玑 9500 + 的手机\n")
    assert n.text == "天玑9500＋芯片与天玑9500芯片\n发布天玑9500+芯片，搭载天玑9500+的手机\n"
    assert len(n.key) == len(n.text)


def test_structural_lines_keep_their_spaces():
    page = "A3 科技 2031年5月8日 星期四\n型号 Hopper 架构\t售价 3 万美元\n"
    n = normalize(page)
    assert "型号 Hopper 架构\t售价 3万美元" in n.text  # a tab-separated table row: only the old digit rule applies
    info, _arts = split_articles(n)
    assert info.page == "A3" and info.date == "2031-05-08"


def test_the_rules_are_data(tmp_path, monkeypatch):
    ontology_copy(tmp_path, monkeypatch, "normalize.toml", 'model_suffixes = ["+", "＋"]', "model_suffixes = []")
    assert normalize("发布天玑 9500 + 芯片").text == "发布天玑9500 +芯片"


def test_a_broken_normalize_file_is_one_line_naming_it(tmp_path, monkeypatch):
    onto = ontology_copy(tmp_path, monkeypatch, "normalize.toml", "keep = '", "keep = '(")
    page = _page(tmp_path, "p.txt", SPACED_HANS)
    res = run_kg("build", page, "-o", tmp_path / "out")
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(onto / "normalize.toml") in lines[0] and "Traceback" not in res.stderr


def test_second_screen_size_of_a_list_is_the_products(tmp_path):
    rels = _relations(_page(tmp_path, "p.txt", "某公司推出 11 吋和 13 吋的 iPad Pro 平板。\n"))
    assert ("iPad Pro", "hasSpec", "13吋") in {(s, p, o.replace(" ", "")) for s, p, o in rels}
