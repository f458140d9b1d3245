"""kg.prefilter: the words a pattern needs, computed from the pattern; a page printing none of them is
not scanned, and the outputs are those of a full scan."""
import re

import pytest

from kg.discover_chips import load_processor_forms
from kg.discover_parts import load_component_forms
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.prefilter import may_match, needed
from kg.reader import Source

from conftest import ontology_copy


@pytest.mark.parametrize("pattern, words", [
    (r"(?<![A-Za-z0-9\-.])(?:Arm |ARM )?Cortex[- ]?(?P<k>[AXRM])\d", ("Cortex",)),
    (r"(?<![A-Za-z])(?:巴龍|巴龙|Balong) ?\d{3,4}", ("Balong", "巴龍", "巴龙")),
    (r"(?<![A-Za-z])A\d\d(?= ?(?:大核|小核))", ("大核", "小核")),
    (r"(?<![A-Za-z])G\d-(?:Ultra|Pro)", ("-Pro", "-Ultra")),
    (r"[Mm]odem", ("Modem", "modem")),
    (r"X\d+", ("X",)),
])
def test_the_words_are_read_from_the_pattern(pattern, words):
    assert needed(re.compile(pattern)) == words


@pytest.mark.parametrize("pattern", [
    r"(?i)cortex-a\d+", r"(?:Cortex)?\d+", r"\d+|Cortex", r"(a)\1", r"[^x]+", r"(?!Cortex)\w+", r"",
])
def test_no_words_when_a_match_needs_none(pattern):
    assert needed(re.compile(pattern)) is None
    assert may_match(re.compile(pattern), "")


def test_a_page_without_the_words_cannot_match():
    texts = ["新晶片集成Cortex-X930超大核、Adreno 860、Mali-G820 MC10、NPU 990，顯卡用AD104與Navi 44",
             "搭載酷睿Ultra 7 258V與銳龍AI 9 HX 370的筆電，M4 Pro與Tensor G5", "巴龍5000基帶與X75 數據機",
             "沒有任何型號的一句話", "A78大核 X925超大核 C1-Ultra G1-Pro MC12"]
    forms = [rx for rx, *_ in load_component_forms()] + [rx for rx, _t in load_processor_forms()]
    for rx in forms:
        assert needed(rx) is not None, rx.pattern
        for t in texts:
            if rx.search(t):
                assert may_match(rx, t), (rx.pattern, t)
    assert not any(may_match(rx, texts[3]) for rx in forms)


def test_an_edited_form_is_scanned_for_its_new_words(tmp_path, monkeypatch):
    text = "三星新款處理器的Exynos GPU 980效能大增。\n"
    lex = load_lexicon()

    def parts():
        return {m.text for m in process(Source("t.txt", "t.txt", text, "utf-8"), lex).mentions
                if m.source == "pattern:part-component"}

    assert "Exynos GPU 980" not in parts()
    ontology_copy(tmp_path, monkeypatch, "patterns/chip.toml",
                  r"'(?<![A-Za-z0-9\-.])Xclipse[- ]?(?P<n>\d{3})",
                  r"'(?<![A-Za-z0-9\-.])(?:Xclipse|Exynos GPU)[- ]?(?P<n>\d{3})")
    assert "Exynos GPU 980" in parts()
