"""kg.segment: jieba's default segmentation as spans, faster, and exactly jieba's."""

import random
from pathlib import Path

import jieba
import pytest

import kg.segment as segment
from kg.lexicon import load_lexicon
from kg.normalize import normalize
from kg.recognize import tokenizer_for

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tok():
    return tokenizer_for(load_lexicon())


def jieba_spans(tok, text):
    return [(s, e) for _w, s, e in tok.tokenize(text)]


def test_same_spans_as_jieba_on_the_seed_pages(tok):
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        key = normalize(p.read_text(encoding="utf-8")).key
        assert segment.spans(tok, key) == jieba_spans(tok, key), p.name


def test_same_spans_as_jieba_on_random_text(tok):
    rng = random.Random(7)
    common = "的是在不了有和人中大为上个国我以要他时来用们生到华为芯片台积电半导体英伟达公司表示"
    rare = "龘靐齉爩鬱籲麤虋灩驫"
    pool = common + rare + "abcAB12 ，。、\n\r\n\t%.-+#&_"
    for _ in range(1500):
        t = "".join(rng.choice(pool) if rng.random() < 0.9 else chr(rng.randint(0x4E00, 0x9FD5))
                    for _ in range(rng.randint(0, 40)))
        assert segment.spans(tok, t) == jieba_spans(tok, t), repr(t)


def test_the_default_tokenizer_too():
    jieba.dt.check_initialized()
    t = "他来到了网易杭研大厦，小明硕士毕业于中国科学院计算所，后在日本京都大学深造 iPhone 15 Pro"
    assert segment.spans(jieba.dt, t) == jieba_spans(jieba.dt, t)


def test_a_run_finalseg_cuts_oddly_falls_back_to_jieba(tok, monkeypatch):
    def dropped(_obs):
        raise segment._Dropped

    monkeypatch.setattr(segment, "_viterbi_words", dropped)
    t = "张小明和李大伟在杭州见面"
    assert segment.spans(tok, t) == jieba_spans(tok, t)


def test_a_word_added_to_the_tokenizer_is_seen():
    t = jieba.Tokenizer()
    base = jieba.dt
    base.check_initialized()
    t.FREQ, t.total, t.initialized = dict(base.FREQ), base.total, True
    text = "锟斤拷芯片公司发布新品"
    before = segment.spans(t, text)
    t.add_word("锟斤拷芯片", freq=200000)
    after = segment.spans(t, text)
    assert after == jieba_spans(t, text) and after != before and after[0] == (0, 5)


def test_lookup_tries_no_run_longer_than_the_names_starting_so():
    from kg.recognize import _head_lengths

    lex = load_lexicon()
    longest = _head_lengths(lex)
    for k in lex.index:
        if len(k) >= 2:
            assert longest[k[:2]] >= len(k)
    assert max(longest.values()) == max(len(k) for k in lex.index)


def test_an_edited_lexicon_gets_a_tokenizer_knowing_its_names(tmp_path):
    import shutil

    folder = tmp_path / "lexicon"
    shutil.copytree(ROOT / "ontology" / "lexicon", folder)
    lex = load_lexicon(folder)
    assert tokenizer_for(lex) is tokenizer_for(lex)  # kept with the lexicon
    assert "锟斤拷芯" not in tokenizer_for(lex).FREQ
    with open(folder / "products.ttl", "a", encoding="utf-8") as f:
        f.write('\ne:kunjinkao a kg:Product ;\n    skos:prefLabel "锟斤拷芯"@zh-Hans .\n')
    edited = load_lexicon(folder)
    assert edited is not lex
    assert tokenizer_for(edited).FREQ.get("锟斤拷芯")
    key = "这款锟斤拷芯很好"
    assert (2, 6) in segment.spans(tokenizer_for(edited), key)
