"""Normalization joins wrapped lines and folds scripts while every character maps back to the original."""

from kg.normalize import CJK_RUN, cjk_run, is_cjk, normalize, to_key
from kg.reader import read_source

from conftest import SEEDS


def test_every_normalized_char_maps_to_its_original():
    src = read_source(SEEDS / "003_01e9f8b696474cfd.txt")
    n = normalize(src.text)
    assert len(n.key) == len(n.text)
    assert all(n.original[n.offsets[i]] == n.text[i] for i in range(len(n.text)))


def test_wrapped_names_are_joined_and_point_at_original_characters():
    src = read_source(SEEDS / "003_01e9f8b696474cfd.txt")
    n = normalize(src.text)
    for name, printed in [("燧原科技", "燧原科\n技"), ("台積電", "台\n積電")]:
        i = n.text.find(name)
        assert i >= 0, name
        s, e = n.orig_span(i, i + len(name))
        assert src.text[s:e] == printed


def test_column_over_author_is_not_joined():
    src = read_source(SEEDS / "001_9a1a79ad6dcf0176.txt")
    assert "淵謀遠略\n袁淵" in normalize(src.text).text


def test_crlf_page_keeps_offsets():
    text = "英偉達與台積電\r\n合作。\r\n"
    n = normalize(text)
    assert n.text == "英偉達與台積電\n合作。\n"
    i = n.text.find("合作")
    assert text[n.orig_span(i, i + 2)[0]:][:2] == "合作"


def test_matching_key_is_script_and_width_insensitive():
    assert to_key("英偉達") == to_key("英伟达")
    assert to_key("ＮＶＩＤＩＡ") == to_key("nvidia") == to_key("NVIDIA")
    assert len(to_key("二噁英")) == 3


def test_mentions_across_line_breaks_on_page_003_point_at_the_original():
    from kg.lexicon import load_lexicon
    from kg.pipeline import process

    src = read_source(SEEDS / "003_01e9f8b696474cfd.txt")
    doc = process(src, load_lexicon())
    found = {}
    for m in doc.mentions:
        s, e = doc.norm.orig_span(m.start, m.end)
        found.setdefault(m.text, set()).add(src.text[s:e])
    assert "燧原科\n技" in found["燧原科技"]
    assert "摩爾線\n程" in found["摩爾線程"]
    assert "台\n積電" in found["台積電"]
    assert "沐曦集成電路" in found  # printed whole on this page
    # Every mention's original characters are its text with only line breaks and spaces added.
    for m in doc.mentions:
        s, e = doc.norm.orig_span(m.start, m.end)
        assert "".join(src.text[s:e].split()) == "".join(m.text.split())


def test_column_wrapped_page_keeps_headings_and_joins_drop_caps():
    n = normalize(read_source(SEEDS / "003_01e9f8b696474cfd.txt").text)
    lines = n.text.split("\n")
    for heading in ("流動性充裕 A股兩融再破2萬億", "外資加速流入中國", "部分零件與材料依賴進口", "連場黑雨無阻新盤熱銷",
                    "（作者為外資投資基金董事總經理）", "樓語縱橫", "楊永健", "中金點睛"):
        assert heading in [ln.strip() for ln in lines], heading
    assert any(ln.startswith("8月5日，A股市場融資融券（簡稱兩融，即孖展交易及借貨沽空）") for ln in lines)
    assert any(ln.startswith("國產GPGPU企業在技術研發方面") for ln in lines)  # drop cap 國 產 joined


def test_cjk_run_holds_the_characters_of_is_cjk():
    every = "".join(map(chr, range(0x110000)))
    assert "".join(CJK_RUN.findall(every)) == "".join(c for c in every if is_cjk(c))
    assert cjk_run("英偉達") and not cjk_run("") and not cjk_run("英a")
