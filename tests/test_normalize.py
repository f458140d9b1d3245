"""Normalization joins wrapped lines and folds scripts while every character maps back to the original."""

from kg.normalize import normalize, to_key
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
