"""Stage 4: recognize mentions of entities.

The lexicon's names (every script, as matching keys) are loaded into a jieba tokenizer; the page's
matching text is tokenized once and runs of up to `MAX_TOKENS` tokens are looked up in the name
index, longest first. Matching whole tokens keeps A10 from matching inside A100. Authors and their
organizations come from the article's byline and the name printed under its title.
"""

from __future__ import annotations

import bisect
from itertools import accumulate
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import jieba

from kg.discover import _freq as common_freq
from kg.discover import _ascii_alnum, common_word, discover, load_more, load_patterns, ordinary_phrase, surname_len
from kg.layout import load_layout
from kg.lexicon import Lexicon
from kg.model import Doc, Mention
from kg.normalize import is_cjk, name_key, to_key
from kg.paths import ontology_dir, read_toml, setting_float, setting_int, setting_words
from kg.segment import segmenter

log = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)

MAX_TOKENS = 6
_WORD_FREQ = 200000


@lru_cache(maxsize=4)
def _tokenizer(keys: frozenset, unsplit: frozenset = frozenset()) -> jieba.Tokenizer:
    """A jieba tokenizer with the lexicon's names added. It starts from a copy of the default
    tokenizer's dictionary (loaded once per process, and still used unchanged elsewhere for the
    frequencies of ordinary words), so jieba's dictionary file is read only once. The dictionary
    words in `unsplit` (a place and a word for companies: 美国公司) are taken out."""
    base = jieba.dt
    base.check_initialized()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = dict(base.FREQ), base.total, True
    for k in sorted(keys):
        if " " not in k:
            tok.add_word(k, freq=_WORD_FREQ)
    for w in sorted(unsplit):
        tok.FREQ[w] = 0  # what del_word does, without adding w to jieba's global force-split set
    return tok


def _place_phrases(lexicon: Lexicon) -> frozenset:
    """Dictionary words made of a lexicon place and a word of place.toml `split_before` (美国公司)."""
    path = ontology_dir() / "patterns" / "place.toml"
    heads = setting_words(read_toml(path), "split_before", [], str(path))
    base = jieba.dt
    base.check_initialized()
    out = set()
    for key, iri in lexicon.index.items():
        e = lexicon.entries.get(iri)
        if e is None or e.type != "Place" or not all(is_cjk(c) for c in key):
            continue
        for h in heads:
            w = key + h
            if base.FREQ.get(w) and w not in lexicon.index:
                out.add(w)
    return frozenset(out)


def tokenizer_for(lexicon: Lexicon) -> jieba.Tokenizer:
    """The lexicon's tokenizer, kept with the lexicon: the set of its names is made and hashed once per
    lexicon, not once per page."""
    return lexicon.derived("tokenizer", lambda lx: _tokenizer(frozenset(lx.index), lx.derived("place_phrases", _place_phrases)))


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


def ordinary_reading(key: str, s: int, e: int) -> bool:
    """Does jieba's own dictionary (without the lexicon's names) read the guarded name at s..e as part
    of a longer word? 三星期 is 三星期, 三星級 is 三星級, 蘋果汁 is 蘋果汁; 三星的 and 為蘋果生產 keep the name."""
    if s > 0 and key[s - 1] in load_patterns().count_chars:
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


# Where a clause ends, for a kg:cuedLabel's cue: the cue must be printed in the name's own clause
# (長城證券分析師認為，車企… names no carmaker).
_SENTENCE_ENDS = frozenset("。！？；!?;\n，,")
_CUE_REACH = 60


def cue_near(key: str, s: int, e: int, cues: tuple[str, ...]) -> bool:
    """Does the clause of the name at s..e print one of `cues` (車企, 車型 … for 吉利), other than inside
    the name itself? Looks at most _CUE_REACH characters either side."""
    lo = s
    while lo > 0 and s - lo < _CUE_REACH and key[lo - 1] not in _SENTENCE_ENDS:
        lo -= 1
    hi = e
    while hi < len(key) and hi - e < _CUE_REACH and key[hi] not in _SENTENCE_ENDS:
        hi += 1
    left, right = key[lo:s], key[e:hi]
    return any(c in left or c in right for c in cues)


def _number_at(key: str, e: int) -> bool:
    """Is a number printed at `e`, right after a name or after one space (Mate60, Mate 60)?"""
    if e < len(key) and key[e] == " ":
        e += 1
    return e < len(key) and key[e].isdigit()


def longer_person(key: str, s: int, e: int) -> bool:
    """Is a two-character person's name of the lexicon at s..e the start of a longer name: 張文 in
    張文馨／台北報導 or 張文宏表示 (a third character, then where a name ends: a boundary or a word that
    follows names)? 張文的, 張文表示, 張文今年 keep the name."""
    if e - s != 2 or e >= len(key) or not is_cjk(key[e]) or not all(is_cjk(c) for c in key[s:e]):
        return False
    pat = load_patterns()
    if key[e] in pat.boundary or pat.right_re.match(key, e) or common_freq().get(key[s:e + 1], 0) > 0:
        return False
    f = e + 1
    return f >= len(key) or key[f] in pat.boundary or not is_cjk(key[f]) or bool(pat.right_re.match(key, f))


@lru_cache(maxsize=1)
def _title_end_re() -> re.Pattern:
    """A person's title (董事長, 總經理, 執行副總 …, chained) ending where the text ends."""
    return re.compile(f"(?:{load_patterns().title_re.pattern})\\Z")


def surname_before(key: str, s: int, e: int) -> bool:
    """Is a two-character name at s..e (a company's stock short name: 嘉澤, 瑞鼎, 凌華) the given name of a
    person: a surname right before it, where a name starts (a title, a clause's start), and a speech verb or
    a clause's end right after it? 董事長王嘉澤表示, 總經理李瑞鼎說明 name people; 大陸勝宏表示 (陸 ends
    大陸), 向瑞鼎採購 and 嘉澤表示 keep the company. The left-side twin of longer_person."""
    if e - s != 2 or s < 1 or not all(is_cjk(c) for c in key[s:e]):
        return False
    pat, more = load_patterns(), load_more()
    sur = s - 1
    if key[sur] not in pat.surnames or key[sur] in more.function_surnames or common_freq().get(key[sur:e], 0) > 0:
        return False
    if not (sur == 0 or key[sur - 1] in pat.boundary or not is_cjk(key[sur - 1])
            or _title_end_re().search(key, max(0, sur - 12), sur)):
        return False
    return e >= len(key) or key[e] in pat.boundary or key.startswith(more.speech_verbs, e)


def _maker_led(lexicon: Lexicon) -> dict:
    """Latin labels of chips and products that start with a company's label and a space (NVIDIA H100,
    AMD Instinct) -> the length of the company's part."""
    out = {}
    for k, iri in lexicon.index.items():
        first, sep, rest = k.partition(" ")
        if not sep or not k.isascii() or len(rest) < 2 or lexicon.entries[iri].type not in ("Chip", "Product"):
            continue
        maker = lexicon.index.get(first)
        dev = lexicon.entries[iri].developed_by  # Tesla K80 is NVIDIA's: Tesla is the line, not the carmaker
        if maker is not None and maker != iri and lexicon.entries[maker].type == "Company" and (not dev or maker in dev):
            out[k] = len(first)
    return out


def maker_led(lexicon: Lexicon) -> dict:
    return lexicon.derived("maker_led", _maker_led)


def _label_heads(lexicon: Lexicon) -> frozenset:
    """The first two characters of every name key (the whole key when it has one): a position whose
    text starts with none of them starts no name, so lookup skips it."""
    return frozenset(k[:2] for k in lexicon.index)


def _head_lengths(lexicon: Lexicon) -> dict:
    """The first two characters of every name key of two or more -> the length of the longest key
    starting with them: a longer run of tokens from there is no name, so lookup does not try it."""
    out: dict[str, int] = {}
    for k in lexicon.index:
        if len(k) >= 2 and out.get(k[:2], 0) < len(k):
            out[k[:2]] = len(k)
    return out


def lexicon_mentions(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    key = doc.norm.key
    heads = lexicon.derived("label_heads", _label_heads)
    longest = lexicon.derived("head_lengths", _head_lengths)
    index = lexicon.index
    tokens = segmenter(tokenizer_for(lexicon)).spans(key)  # tok.tokenize(key)'s spans
    out: list[Mention] = []
    n = len(tokens)
    # A space between Latin words is a token of its own: runs count up to MAX_TOKENS words, so a
    # label of several Latin words (snapdragon 8 elite gen 5) is looked up whole.
    spaced = [0, *accumulate(key[s] == " " for s, _e in tokens)]  # spaced[j]: spaces in the first j tokens
    # the tokens where a name may start (its key starts with a label's first two characters, or is one)
    starts = [t for t, (s, _e) in enumerate(tokens) if key[s:s + 2] in heads or key[s] in heads]
    i = 0
    for h in starts:
        if h < i:
            continue  # inside the name found before
        i = h
        s0 = tokens[i][0]
        best = None
        limit = min(n, i + MAX_TOKENS)
        while limit < n and limit - i - (spaced[limit] - spaced[i]) < MAX_TOKENS:
            limit += 1
        reach = longest.get(key[s0:s0 + 2], 0)
        for j in range(limit, i, -1):
            s, e = s0, tokens[j - 1][1]
            if e - s > reach and e - s > 1:
                continue  # longer than every name starting so
            iri = index.get(key[s:e])
            if iri is not None and "\n" not in key[s:e]:
                if lexicon.scripted and key[s:e] in lexicon.scripted:
                    iri = lexicon.script_pick(key[s:e], doc.norm.text[s:e])  # 證監會 / 证监会
                best = (j, s, e, iri)
                break
        if best is None:
            i += 1
            continue
        j, s, e, iri = best
        if splits_word(key, s, e, lexicon) or inside_latin_word(key, s, e) \
                or (key[s:e] in lexicon.guarded and ordinary_reading(key, s, e)) \
                or (key[s:e] in lexicon.numbered and not _number_at(key, e)) \
                or (lexicon.cued and key[s:e] in lexicon.cued
                    and (not cue_near(key, s, e, lexicon.cued[key[s:e]]) or ordinary_reading(key, s, e))):
            i += 1
            continue
        entry = lexicon.entries[iri]
        if entry.type == "Person" and longer_person(key, s, e):
            i += 1
            continue
        if entry.type in ("Company", "Organization") and surname_before(key, s, e):
            i += 1
            continue  # 董事長王嘉澤表示: a person whose given name is a stock short name
        head = maker_led(lexicon).get(key[s:e])
        if head is not None:
            # NVIDIA H100, AMD Instinct: the maker is a company mention of its own; the names are looked up
            # again from the word after it (Huawei Ascend 910B: the lexicon's Ascend 910B, not Ascend)
            nxt = next((t for t in range(i + 1, j) if tokens[t][0] > s + head and key[tokens[t][0]] != " "), None)
            if nxt is not None:
                maker = lexicon.index[key[s:s + head]]
                out.append(Mention(s, s + head, doc.norm.text[s:s + head], "Company", "lexicon", 1.0, entity=maker))
                if key[tokens[nxt][0]:e] in lexicon.index:
                    i = nxt
                    continue
                s = tokens[nxt][0]  # AMD Instinct: Instinct alone is no label, it names the entry here
        out.append(Mention(s, e, doc.norm.text[s:e], entry.type, "lexicon", 1.0, entity=iri))
        i = j
    if lexicon.contextual:
        # A context label (基辛格, 芯片法案) names an entry only on a page naming that entry's affiliation, maker,
        # issuer or place; when entries share it, the one whose context is named closest before it.
        named = [m for m in out if key[m.start:m.end] not in lexicon.contextual]
        kept = []
        for m in out:
            k = key[m.start:m.end]
            if k in lexicon.contextual:
                m.entity = lexicon.context_pick(k, m.start, named)
                if m.entity is not None:
                    m.type = lexicon.entries[m.entity].type
                elif len({lexicon.entries[iri].type for iri, _c in lexicon.contextual[k]}) == 1 < len(lexicon.contextual[k]):
                    # several known entries of one type share the name and the page says which of them
                    # by none: it is that kind of thing, a name of its own until someone merges it
                    m.source, m.confidence = "pattern:shared-name", 0.6
                else:
                    continue
            kept.append(m)
        out = kept
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
        out.extend(credit_mentions(doc, lexicon, art, layout))
    return out


def credit_mentions(doc: Doc, lexicon: Lexicon, art, layout) -> list[Mention]:
    """The people named in the article's reporters' and editors' credits and the outlets printed there
    (kg.articles.find_credits). A name counts when it starts with a surname, is no common word or phrase and
    is nothing else the lexicon knows; a name run on into its dateline's place (甲台北27日電) ends where a
    place the lexicon knows ends the run. One word that is no name (記者會上 甲 表示, ▲記者 甲 專訪 乙,
    作者:甲 華為) and the whole credit line is no credit: none of its names is taken (Credit.ok)."""
    out: list[Mention] = []
    if not art.credits and not art.outlets:
        return out
    text, key = doc.norm.text, doc.norm.key
    pat = load_patterns()
    lines: dict[int, list] = {}
    for c in art.credits:
        lines.setdefault(c.at, []).append(c)
    seen: set[tuple[int, int]] = set()
    # BYLINE: the name of the article's column (某某專欄, layout.toml [plain_title] column_ends): a pen name
    # the column prints (格爾專欄 … 撰文:格爾) needs no surname
    plain = layout.plain
    col = to_key(art.column or "")
    pen = col[:-len(e)] if plain and (e := next((e for e in plain.column_ends if col.endswith(e)), None)) else None
    for at0 in sorted(lines):
        credits = lines[at0]
        last = (credits[-1], credits[-1].names[-1]) if credits[-1].names else None
        names: list[tuple[object, tuple[int, int]]] = []
        ok = True
        for c in credits:
            kept = []
            for at, end in c.names:
                if c.glued:
                    cut = _before_place(key, at, end, lexicon, pat)
                    if cut is None:
                        ok = False
                        break
                    end = cut
                word = key[at:end]
                entry = lexicon.lookup(text[at:end]) or lexicon.lookup(word)
                if entry is not None and entry.type == "Place" and last == (c, (at, end)) and (kept or names):
                    continue  # (記者 甲 乙 常州): the place of the report closing the credit
                if (entry is not None and entry.type != "Person") or not 2 <= end - at <= 4 \
                        or not (surname_len(pat, key, at) or word == pen) or common_word(word) or ordinary_phrase(word):
                    ok = False
                    break
                kept.append((at, end))
            if not ok:
                break
            c.names = kept
            names.extend((c, n) for n in kept)
        if not ok:
            for c in credits:
                c.ok, c.names = False, []
            continue
        for c, (at, end) in names:
            if (at, end) in seen:
                continue
            seen.add((at, end))
            out.append(Mention(at, end, text[at:end], "Person", "byline", 1.0, article=art.index))
    for at, end in art.outlets:
        printed = text[at:end]
        entry = lexicon.lookup(printed)
        # kg's type for media: an outlet the lexicon does not know is an Organization (as 路透社, 中央社)
        out.append(Mention(at, end, printed, entry.type if entry else "Organization", "byline", 0.9,
                           entity=entry.iri if entry else None, article=art.index))
    return out


def _before_place(key: str, at: int, end: int, lexicon: Lexicon, pat) -> int | None:
    """Where a name run on into a place ends (李某某台北 → 李某某): the longest place the lexicon knows
    ending the run and leaving two or three characters before it (four after a compound surname); a run
    of two or three (four with a compound surname: 歐陽某某) is the name."""
    longest = 4 if surname_len(pat, key, at) == 2 else 3
    for cut in range(at + 2, min(at + longest, end - 1) + 1):
        e = lexicon.lookup(key[cut:end])
        if e is not None and e.type == "Place":
            return cut
    return end if end - at <= longest else None  # no place printed: (記者甲報道)


def recognize(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    """Lexicon names, byline authors, the entities discovered by pattern (kg.discover), then the other
    occurrences of the names recognized (`propagate`)."""
    known = lexicon_mentions(doc, lexicon) + byline_mentions(doc, lexicon)
    found = known + discover(doc, lexicon, known)
    mentions = found + propagate(doc, lexicon, found)
    # EVENTS lane: an event's edition year printed after its name is part of the mention (CES 2026)
    from kg.events import event_years
    return assign(doc, event_years(doc, mentions))


# -- one sense per discourse ------------------------------------------------------------------------
@dataclass(frozen=True)
class Propagation:
    types: frozenset
    min_confidence: float
    min_chars: int
    page_wide_chars: int
    generic_tails: tuple
    compare_re: re.Pattern
    family_confidence: float


@lru_cache(maxsize=1)
def load_propagation() -> Propagation:
    path = ontology_dir() / "patterns" / "propagation.toml"
    cfg = read_toml(path)
    where = str(path)
    cues = sorted(setting_words(cfg, "compare_cues", [], where), key=len, reverse=True)
    return Propagation(
        types=frozenset(setting_words(cfg, "types", [], where)),
        min_confidence=setting_float(cfg, "min_confidence", 0.7, where),
        min_chars=setting_int(cfg, "min_chars", 2, where),
        page_wide_chars=setting_int(cfg, "page_wide_chars", 3, where),
        generic_tails=tuple(sorted((t.lower() for t in setting_words(cfg, "generic_tails", [], where)), key=len, reverse=True)),
        compare_re=re.compile("(?:" + "|".join(re.escape(c) for c in cues) + ")" if cues else r"(?!x)x"),
        family_confidence=setting_float(cfg, "family_confidence", 0.9, where),
    )


_CODE = re.compile(r"([a-z]+)(\d+[a-z]*)")




def _forms(m: Mention, key: str, cfg: Propagation) -> list[str]:
    """The names a mention is carried under: as printed, and a chip's code without its generic word."""
    k = key[m.start:m.end]
    out = [k]
    if m.type in ("Chip", "Product"):
        tail = next((t for t in cfg.generic_tails if k.endswith(t) and len(k) > len(t)), None)
        core = k[: len(k) - len(tail)].strip() if tail else ""
        if len(core) >= cfg.min_chars and any(c.isdigit() for c in core):
            out.append(core)
    return out


def _article_at(doc: Doc, starts: list[int], pos: int) -> int | None:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0 or pos >= doc.sentences[k].end:
        return None
    return doc.sentences[k].article


def _family_members(doc: Doc, lexicon: Lexicon, sources: list[tuple[str, Mention]], occupied: bytearray,
                    cfg: Propagation, found: list[Mention]) -> list[Mention]:
    """比M4, 上一代M4 beside a recognized M5: the compared code is a chip of the same family."""
    key, out = doc.norm.key, []
    spans = {(m.start, m.end): m for m in found}
    for form, src in sources:
        code = _CODE.fullmatch(form)
        if src.type != "Chip" or not code:
            continue
        letters = code.group(1)
        for cue in cfg.compare_re.finditer(key):
            i = cue.end()
            m = re.compile(re.escape(letters) + r"\d+[a-z]*").match(key, i)
            if not m or m.group() == form or (m.end() < len(key) and _ascii_alnum(key[m.end()])):
                continue
            other = m.group()
            whole = key[src.start:src.end]
            sibling = lexicon.index.get(whole.replace(form, other, 1)) if form in whole else None
            sibling = sibling or lexicon.index.get(other)
            entry = lexicon.entries.get(sibling) if sibling else None
            if entry is not None and entry.type != "Chip":
                continue
            here = spans.get((m.start(), m.end()))
            if here is not None and here.type == "Chip" and here.entity is None and sibling:
                here.entity = sibling  # found by a pattern already: it is the family's known model
                continue
            if any(occupied[m.start():m.end()]):
                continue
            out.append(Mention(m.start(), m.end(), doc.norm.text[m.start():m.end()], "Chip", "propagated:family",
                               round(src.confidence * cfg.family_confidence, 3), entity=sibling))
            occupied[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return out


def propagate(doc: Doc, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """One sense per discourse: the other exact occurrences, on the page, of a name recognized once
    (by the lexicon or a pattern, confidently enough) are mentions of the same entity, with the
    confidence of the first. Not inside another mention, Latin names on word boundaries, names shorter
    than `page_wide_chars` only within their article; ontology/patterns/propagation.toml."""
    cfg = load_propagation()
    key = doc.norm.key
    starts = [s.start for s in doc.sentences]
    occupied = bytearray(len(key))
    for m in found:
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
    names: dict[str, Mention] = {}
    for m in sorted(found, key=lambda m: (m.start, m.end)):
        if m.type not in cfg.types or m.confidence < cfg.min_confidence or m.end - m.start < cfg.min_chars:
            continue
        for form in _forms(m, key, cfg):
            names.setdefault(form, m)
    sources = sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    out = _family_members(doc, lexicon, sources, occupied, cfg, found)
    for m in out:
        for form in _forms(m, key, cfg):
            if form not in names:
                names[form] = m
                sources.append((form, m))
    for form, src in sorted(sources, key=lambda kv: (-len(kv[0]), kv[0])):
        if len(form) < cfg.min_chars or form in lexicon.numbered:
            continue  # 真武 names the chip only before a number (kg:numberedLabel)
        src_article = _article_at(doc, starts, src.start) if src.sentence is None else src.article
        if src_article is None:
            src_article = _article_at(doc, starts, src.start)
        at = key.find(form)
        while at >= 0:
            i, j = at, at + len(form)
            at = key.find(form, at + 1)
            if any(occupied[i:j]):
                continue
            if inside_latin_word(key, i, j):
                continue  # M5 inside M50 or AM5
            if splits_word(key, i, j, lexicon) or (form in lexicon.guarded and ordinary_reading(key, i, j)):
                continue
            if form in lexicon.cued and (ordinary_reading(key, i, j) or not (
                    cue_near(key, i, j, lexicon.cued[form]) or i == 0 or key[i - 1] in _SENTENCE_ENDS)):
                # 吉利 named as Geely once: another 吉利 names it again where it opens a clause (吉利表示…)
                # or has its own cue, not inside one (這個數字很吉利)
                continue
            art = _article_at(doc, starts, i)
            if art is None or (len(form) < cfg.page_wide_chars and art != src_article):
                continue
            canonical = src.canonical
            if src.entity is None and canonical is None and form != name_key(src.text):
                canonical = src.text
            out.append(Mention(i, j, doc.norm.text[i:j], src.type, "propagated", src.confidence,
                               entity=src.entity, canonical=canonical))
            occupied[i:j] = b"\x01" * (j - i)
    return out


def assign(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Keep mentions inside an article sentence, set their article and sentence, drop overlaps."""
    sents = doc.sentences
    starts = [s.start for s in sents]
    kept: list[Mention] = []
    cover_end = 0
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
        if kept and m.start < cover_end:
            if not _leader_in_government(kept[-1], m) and not _owner_of_plant(kept[-1], m):
                continue
            m.sentence = None  # a name of the page, not read again by the relation rules of its sentence
        kept.append(m)
        cover_end = max(cover_end, m.end)
    return kept


def _owner_of_plant(outer: Mention, m: Mention) -> bool:
    """收購力積電銅鑼廠: the plant is a place and its owner printed at its start a company of the page too
    (NAMES lane; kg/names.py [plant_operator] reads who operates it)."""
    return outer.source == "pattern:place-site" and m.type == "Company" and m.start == outer.start \
        and m.end < outer.end


def _leader_in_government(outer: Mention, m: Mention) -> bool:
    """拜登政府: the administration is an organization and the leader named in it a person too (NAMES5)."""
    return outer.source == "pattern:org-government" and m.type == "Person" and m.start == outer.start \
        and m.end < outer.end
