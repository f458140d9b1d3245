"""Pages split into the articles a careful reader sees: titles, columns, authors, bylines, parts."""

import json

import pytest

from kg.articles import article_parts, split_articles
from kg.lexicon import load_lexicon
from kg.normalize import normalize
from kg.pipeline import chip_industry, process
from kg.reader import read_source

from conftest import ROOT, SEEDS, run_kg

GOLD_FILES = sorted((ROOT / "tests" / "gold").glob("*.json"))


def split(name):
    src = read_source(SEEDS / name)
    norm = normalize(src.text)
    info, arts = split_articles(norm)
    return norm, info, arts


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_titles_columns_and_authors_match_the_annotations(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    _norm, _info, arts = split(gold["seed"])
    assert [a.title for a in arts] == [g["title"] for g in gold["articles"]]
    assert [a.authors for a in arts] == [g["authors"] for g in gold["articles"]]
    assert [a.column for a in arts] == [g["column"] for g in gold["articles"]]
    for a, g in zip(arts, gold["articles"]):
        assert a.author_roles() == g["author_roles"]
        assert a.byline is not None and f"（作者為{a.byline.note}）" == g["byline_note"]


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_each_article_body_starts_and_ends_where_annotated(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    norm, _info, arts = split(gold["seed"])
    for a, g in zip(arts, gold["articles"]):
        paras = [norm.text[s:e] for s, e in a.body]
        assert paras[0].startswith(g["first_chars"]), a.title
        assert paras[-1].endswith(g["last_chars"]), a.title
        if g.get("standfirst"):
            assert a.standfirst.replace(" ", "").startswith(g["standfirst"].replace(" ", "")), a.title
        for cap in g.get("captions", []):
            assert cap.lstrip("▲") in a.captions, a.title


def test_interleaved_articles_on_page_002_are_rejoined():
    norm, _info, arts = split("002_6c8016782c9c9c90.txt")
    reits = arts[2]
    text = [norm.text[s:e] for s, e in reits.body]
    # The REITs article breaks off at 香 and resumes, after the other article's byline, at 港是…
    i = next(k for k, p in enumerate(text) if p.endswith("為何私樓不可以？香"))
    assert text[i + 1].startswith("港是有充足的資源")
    assert "收集業權靈活便利" in text  # a sub-heading, not an article
    property_article = [norm.text[s:e] for s, e in arts[1].body]
    assert any(p.startswith("如果地產已經處於下滑趨勢") for p in property_article)
    assert not any("香港" in p[:2] for p in property_article)


def test_page_003_labels_at_the_end_and_named_byline():
    norm, info, arts = split("003_01e9f8b696474cfd.txt")
    assert (info.page, info.section, info.date, info.editor) == ("A12", "經濟", "2025-08-12", "陳少文")
    assert [a.title for a in arts] == ["流動性充裕 A股兩融再破2萬億", "國產算力GPGPU的挑戰與機遇", "連場黑雨無阻新盤熱銷"]
    assert [a.column for a in arts] == ["中金點睛", None, "樓語縱橫"]
    assert [a.authors for a in arts] == [["李求索", "魏冬"], [], ["楊永健"]]
    assert arts[0].author_roles() == {"李求索": "中金公司分析師", "魏冬": "中金公司分析師"}
    # Only a role printed: kept on the article, no name invented.
    assert arts[1].roles == ["外資投資基金董事總經理"] and arts[1].authors == []
    assert arts[1].standfirst.startswith("近年國產通用圖形處理器（GPGPU）企業")
    assert any(c.startswith("「十四五」規劃") for c in arts[1].captions)
    assert any(c.startswith("A股兩融餘額") for c in arts[0].captions)
    # Drop-cap lines are joined into the first paragraph.
    assert norm.text[slice(*arts[2].body[0])].startswith("天有不測的風雲，過去一周多香港連場暴雨")
    assert norm.text[slice(*arts[1].body[0])].startswith("國產GPGPU企業在技術研發方面取得顯著進展")
    assert "外資加速流入中國" in [norm.text[s:e] for s, e in arts[0].body]


def test_page_004_by_reading():
    _norm, _info, arts = split("004_361c18074e844817.txt")
    assert [(a.title, a.column, a.authors) for a in arts] == [
        ("智算中心助港建國際數字樞紐", "一方之言", ["方璇"]),
        ("全球AI貿易 中國出口新引擎", "建言獻策", ["沈建光"]),
        ("超前維修取代傳統大維修", "樓市新態", ["汪敦敏"]),
    ]
    assert arts[0].author_roles() == {"方璇": "香港中國企業協會財會專業委員會常務副秘書長"}


def test_table_rows_are_part_of_their_article():
    norm, _info, arts = split("001_9a1a79ad6dcf0176.txt")
    rows = [norm.text[s:e] for s, e in arts[1].tables]
    assert len(rows) == 6 and rows[3].startswith("港股通日均成交額")
    assert "港股上半年交易數據" in arts[1].captions
    assert ("table", *arts[1].tables[0]) in article_parts(arts[1])


def test_former_role_is_a_qualifier_not_part_of_the_organization():
    _norm, _info, arts = split("001_9a1a79ad6dcf0176.txt")
    aff = arts[1].byline.affiliations
    assert [(a.org, a.role) for a in aff] == [
        ("全國政協文化文史和學習委員會", "原副主任"), ("香港中華文化總會", "會長"), ("香港教育基金會", "主席")]


def test_chip_industry_is_decided_from_content():
    lex = load_lexicon()
    expected = {"003_01e9f8b696474cfd.txt": [False, True, False], "004_361c18074e844817.txt": [False, True, False]}
    for gold_file in GOLD_FILES:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        expected[gold["seed"]] = [g["gpu_related"] for g in gold["articles"]]
    for name, want in expected.items():
        doc = process(read_source(SEEDS / name), lex)
        flags = chip_industry(doc)
        assert [flags[a.index] for a in doc.articles] == want, name


def test_plain_text_without_layout_is_one_article(tmp_path):
    norm = normalize("英偉達發布新芯片，採用台積電工藝。\n市場反應熱烈。\n")
    _info, arts = split_articles(norm)
    assert len(arts) == 1 and arts[0].body


def test_kg_articles_lists_the_split(tmp_path):
    res = run_kg("articles", SEEDS / "003_01e9f8b696474cfd.txt", "--json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert [(r["position"], r["title"], r["authors"], r["chip_industry"]) for r in rows] == [
        (1, "流動性充裕 A股兩融再破2萬億", ["李求索", "魏冬"], False),
        (2, "國產算力GPGPU的挑戰與機遇", [], True),
        (3, "連場黑雨無阻新盤熱銷", ["楊永健"], False),
    ]
    assert rows[1]["roles"] == ["外資投資基金董事總經理"] and rows[0]["page"] == "A12"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    res = run_kg("articles", SEEDS / "000_2d5a37258ea1ba8b.txt", bad)
    assert res.returncode == 1
    assert "金融多元發展 強化內外聯通" in res.stdout
    assert str(bad) in res.stderr and "Traceback" not in res.stderr


def test_a_simplified_page_in_gb18030_splits_alike(tmp_path):
    from kg.normalize import to_simplified

    seed = SEEDS / "002_6c8016782c9c9c90.txt"
    f = tmp_path / "002_simplified.txt"
    f.write_bytes(to_simplified(seed.read_text(encoding="utf-8")).encode("gb18030"))
    _i, trad = split_articles(normalize(read_source(seed).text))
    _i, simp = split_articles(normalize(read_source(f).text))
    assert [a.title for a in simp] == [to_simplified(a.title) for a in trad]
    assert [a.authors for a in simp] == [[to_simplified(n) for n in a.authors] for a in trad]
    assert simp[1].author_roles() == {"周君芝": "中信建投证券首席宏观分析师"}
    assert [(x.org, x.role) for x in simp[1].byline.affiliations] == [("中信建投证券", "首席宏观分析师")]
