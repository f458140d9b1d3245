"""Stage 4: recognize mentions of entities.

The lexicon's names (every script, as matching keys) are loaded into a jieba tokenizer; the page's
matching text is tokenized once and runs of up to `MAX_TOKENS` tokens are looked up in the name
index, longest first. Matching whole tokens keeps A10 from matching inside A100. Authors and their
organizations come from the article's byline and the name printed under its title.
"""

from __future__ import annotations

import bisect
import logging
from functools import lru_cache

import jieba

from kg.discover import _freq as common_freq
from kg.discover import discover
from kg.layout import load_layout
from kg.lexicon import Lexicon
from kg.model import Doc, Mention
from kg.normalize import is_cjk

log = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)

MAX_TOKENS = 6
_WORD_FREQ = 200000


@lru_cache(maxsize=4)
def _tokenizer(keys: frozenset) -> jieba.Tokenizer:
    """A jieba tokenizer with the lexicon's names added. It starts from a copy of the default
    tokenizer's dictionary (loaded once per process, and still used unchanged elsewhere for the
    frequencies of ordinary words), so jieba's dictionary file is read only once."""
    base = jieba.dt
    base.check_initialized()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = dict(base.FREQ), base.total, True
    for k in sorted(keys):
        if " " not in k:
            tok.add_word(k, freq=_WORD_FREQ)
    return tok


def tokenizer_for(lexicon: Lexicon) -> jieba.Tokenizer:
    return _tokenizer(frozenset(lexicon.index))


SHORT_NAME = 3  # CJK names this short are checked against the words around them
_CROSS_FREQ = 3000  # only very common words: 扩大 (8594) blocks 大基金, 创办 (2160) does not block 信创


def splits_word(key: str, s: int, e: int, lexicon: Lexicon) -> bool:
    """Would a short Chinese name at s..e cut a common word in two? 扩大基金 is not 大基金 (扩大 is a word)."""
    if e - s > SHORT_NAME or not all(is_cjk(c) for c in key[s:e]):
        return False
    freq = common_freq()
    for w in (key[s - 1:s + 1] if s > 0 else "", key[e - 1:e + 1]):
        if len(w) == 2 and all(is_cjk(c) for c in w) and w not in lexicon.index and freq.get(w, 0) >= _CROSS_FREQ:
            return True
    return False


def inside_latin_word(key: str, s: int, e: int) -> bool:
    """Would a Latin name at s..e be part of a longer Latin word or model? GPU in TrueGPU, A10 in A10X."""
    def alnum(i: int) -> bool:
        return 0 <= i < len(key) and key[i].isascii() and key[i].isalnum()

    return (alnum(s) and alnum(s - 1)) or (alnum(e - 1) and alnum(e))


_GUARD_WINDOW = 8
_COUNT_CHARS = frozenset("颗个只斤箱袋块片枚粒")


def ordinary_reading(key: str, s: int, e: int) -> bool:
    """Does jieba's own dictionary (without the lexicon's names) read the guarded name at s..e as part
    of a longer word? 三星期 is 三星期, 三星級 is 三星級, 蘋果汁 is 蘋果汁; 三星的 and 為蘋果生產 keep the name."""
    if s > 0 and key[s - 1] in _COUNT_CHARS:
        return True  # 一顆蘋果, 三個三星: a count of things
    if e < len(key) and key[e] in "一二三四五六七八九十两":
        return True  # 一加一: arithmetic, not a name
    lo, hi = max(0, s - _GUARD_WINDOW), min(len(key), e + _GUARD_WINDOW)
    bounds, pos = set(), lo
    for w in jieba.dt.cut(key[lo:hi], HMM=False):
        bounds.add(pos)
        pos += len(w)
    bounds.add(pos)
    return s not in bounds or e not in bounds


def _number_at(key: str, e: int) -> bool:
    """Is a number printed at `e`, right after a name or after one space (Mate60, Mate 60)?"""
    if e < len(key) and key[e] == " ":
        e += 1
    return e < len(key) and key[e].isdigit()


def lexicon_mentions(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    key = doc.norm.key
    tok = tokenizer_for(lexicon)
    tokens = [(s, e) for _w, s, e in tok.tokenize(key)]
    out: list[Mention] = []
    i = 0
    n = len(tokens)
    while i < n:
        best = None
        for j in range(min(n, i + MAX_TOKENS), i, -1):
            s, e = tokens[i][0], tokens[j - 1][1]
            iri = lexicon.index.get(key[s:e])
            if iri is not None and "\n" not in key[s:e]:
                best = (j, s, e, iri)
                break
        if best is None:
            i += 1
            continue
        j, s, e, iri = best
        if splits_word(key, s, e, lexicon) or inside_latin_word(key, s, e) \
                or (key[s:e] in lexicon.guarded and ordinary_reading(key, s, e)) \
                or (key[s:e] in lexicon.numbered and not _number_at(key, e)):
            i += 1
            continue
        entry = lexicon.entries[iri]
        out.append(Mention(s, e, doc.norm.text[s:e], entry.type, "lexicon", 1.0, entity=iri))
        i = j
    return out


def byline_mentions(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    """Authors printed under the title, and the organizations named in their byline."""
    out: list[Mention] = []
    text = doc.norm.text
    layout = load_layout()
    for art in doc.articles:
        if art.byline and art.byline_span:
            for aff in art.byline.affiliations:
                if not aff.org or aff.org in layout.generic_organizations or aff.org_span is None:
                    continue
                entry = lexicon.lookup(aff.org)
                if entry is not None:
                    t = entry.type
                else:
                    t = "Company" if aff.org.endswith(layout.company_suffixes) else "Organization"
                at, end = aff.org_span
                printed = text[at:end]
                out.append(Mention(at, end, printed, t, "byline", 0.9, entity=entry.iri if entry else None,
                                   article=art.index, canonical=aff.org if aff.org != printed else None))
        # Authors: printed under the title, with the column name, or named in the byline.
        for name, (at, end) in zip(art.authors, art.author_spans):
            out.append(Mention(at, end, name, "Person", "byline", 1.0, article=art.index))
    return out


def recognize(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    """Lexicon names, byline authors, then the entities discovered by pattern (kg.discover)."""
    known = lexicon_mentions(doc, lexicon) + byline_mentions(doc, lexicon)
    return assign(doc, known + discover(doc, lexicon, known))


def assign(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Keep mentions inside an article sentence, set their article and sentence, drop overlaps."""
    sents = doc.sentences
    starts = [s.start for s in sents]
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.source)):
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or m.end > sents[k].end:
            # The byline author line is not inside a sentence: attach it to its article.
            if m.source == "byline" and m.article is not None:
                m.sentence = None
            else:
                continue
        else:
            m.sentence = k
            m.article = sents[k].article
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept
