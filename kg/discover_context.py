"""DISCOVER lane: companies nobody listed, found by the contexts every outlet prints them in.

- An officer's title and a person after a name (某某董事長某某, 某某總經理暨營運長某某, Foo CEO某某): the name
  before the title is the company the person works for (company.toml [context] officer_titles).
- A Chinese name with its Latin name in parentheses (某某（Foo）, Foo（某某）), enumerated with a company kg
  knows (輝達（NVIDIA）和某某（Foo）) or closed by 等 and a word for companies (某某（Foo）等企業): such a pair
  is a company as its neighbours are.

The words are data in ontology/patterns/company.toml, section [context]."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import (_FUNCTION_CHARS, _NUMERAL_CHARS, Page, _load, _pattern_data, clause_stem, common_word,
                         key_words, load_extra, ordinary_phrase, place_starts)
from kg.normalize import cjk_run, is_cjk, name_key


@dataclass(frozen=True)
class Context:
    titles: tuple
    modifiers: tuple
    joiners: tuple
    name_not_endings: tuple
    not_names: frozenset
    kind_words: tuple
    apposition_joiners: tuple
    apposition_closing: re.Pattern | None
    apposition_not_endings: tuple
    list_tail_followers: tuple = ()
    name_after: tuple = ()
    not_starts: str = ""
    not_chars: str = ""
    possessed_re: re.Pattern | None = None
    possessed_not_starts: str = ""
    short_not_endings: tuple = ()
    not_latin: frozenset = frozenset()
    possessed_not_endings: tuple = ()
    not_words: frozenset = frozenset()  # common left/right words (昨日, 上月, 隨後): no name before a title
    speech_verbs: tuple = ()  # 他說|總經理…: a clause's speech verb before a title


def _words(cfg: dict, k: str) -> tuple:
    return key_words(cfg.get(k, []))


@lru_cache(maxsize=1)
@_pattern_data("company")
def load_context() -> Context | None:
    co = _load("company")
    common, person = _load("common"), _load("person")
    cfg = co.get("context")
    if not cfg:
        return None
    heads = [name_key(w) for w in cfg.get("apposition_heads", [])]
    closing = re.compile("等[\u4e00-\u9fff]{0,8}?(?:" + "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
                         + ")") if heads else None
    kinds = set(_words(cfg, "kind_words")) | {name_key(w) for w in co.get("cues_before", [])}
    not_titles = {name_key(w) for w in cfg.get("officer_not_titles", [])}
    titles = {name_key(w) for w in person.get("bracket_titles", []) + cfg.get("officer_more_titles", [])} - not_titles
    not_joiners = {name_key(w) for w in cfg.get("officer_not_joiners", [])}
    joiners = {name_key(w) for w in person.get("title_joiners", [])} - not_joiners
    longest = lambda ws: tuple(sorted(ws, key=lambda w: (-len(w), w)))  # noqa: E731
    return Context(longest(titles), _words(cfg, "officer_modifiers"), longest(joiners),
                   _words(cfg, "officer_name_not_endings"), frozenset(_words(cfg, "officer_not_names")),
                   tuple(sorted(kinds, key=lambda w: (-len(w), w))), _words(cfg, "apposition_joiners"), closing,
                   _words(cfg, "apposition_not_endings"), _words(cfg, "list_tail_followers"),
                   _words(cfg, "officer_name_after"), name_key(cfg.get("officer_not_starts", "")),
                   name_key(cfg.get("officer_not_chars", "")),
                   re.compile("|".join(_words(cfg, "possessed_words"))) if cfg.get("possessed_words") else None,
                   name_key(cfg.get("possessed_not_starts", "")), _words(cfg, "short_name_not_endings"),
                   frozenset(w.lower() for w in cfg.get("not_company_latin", [])), _words(cfg, "possessed_not_endings"),
                   frozenset(name_key(w) for w in common.get("left_words", []) + common.get("right_words", [])),
                   tuple(name_key(w) for w in person.get("speech_verbs", [])))


def after_kind_word(p: Page, s: int) -> bool:
    """Does a word for a kind of company end right before s (IC設計龍頭|某某, 晶圓代工大廠|某某, ASIC廠|某某)?"""
    ctx = load_context()
    return ctx is not None and bool(ctx.kind_words) and p.key.endswith(ctx.kind_words, max(0, s - 8), s)


def _title_chain_start(p: Page, ctx: Context, end: int) -> int | None:
    """Start of a chain of officer titles ending at `end` (創始人、董事長兼CEO, 資深副總經理), or None."""
    key = p.key
    pos = end
    while pos > 0 and key[pos - 1] == " ":
        pos -= 1
    start = None
    while True:
        t = next((t for t in ctx.titles if key.endswith(t, 0, pos)), None)
        if t is None:
            break
        pos -= len(t)
        while True:
            mod = next((m for m in ctx.modifiers if key.endswith(m, 0, pos)), None)
            if mod is None:
                break
            pos -= len(mod)
        start = pos
        j = next((j for j in ctx.joiners if key.endswith(j, 0, pos)), None)
        if j is None:
            break
        pos -= len(j)
    return start


class _Index:
    """Where the page's known and found mentions end and what they cover, kept up to date as names are added
    (one pass over the mentions instead of one per candidate)."""

    def __init__(self, p: Page):
        self.p = p
        n = len(p.key) + 1
        self.ends: dict[int, list] = {}
        self.any_cover = bytearray(n)  # a mention of any type covers the character
        self.other_cover = bytearray(n)  # a mention of a type other than Company covers it
        self.found_cover = bytearray(n)  # a found (discovered) mention covers it
        for m in p.known:
            self.mark(m, found=False)
        for m in p.found:
            self.mark(m, found=True)

    def mark(self, m, found: bool) -> None:
        self.ends.setdefault(m.end, []).append(m)
        span = b"\x01" * (m.end - m.start)
        self.any_cover[m.start:m.end] = span
        if m.type != "Company":
            self.other_cover[m.start:m.end] = span
        if found:
            self.found_cover[m.start:m.end] = span

    def add(self, s: int, e: int, rule: str, conf: float) -> None:
        before = len(self.p.found)
        self.p.add(s, e, "Company", rule, conf)
        for m in self.p.found[before:]:
            self.mark(m, found=True)


def _name_ok(p: Page, ctx: Context, s: int, e: int, idx: _Index) -> bool:
    key = p.key
    k = key[s:e]
    if not cjk_run(k) or any(idx.any_cover[s:e]):
        return False
    if any(c in _FUNCTION_CHARS or c in _NUMERAL_CHARS for c in k) or clause_stem(p, k):
        return False
    if k in ctx.not_names or k in p.pat.co_stop or k.endswith(ctx.name_not_endings):
        return False
    if k in ctx.not_words or k.endswith(ctx.speech_verbs) or (len(k) == 2 and k.endswith(ctx.short_not_endings)):
        return False  # 昨日|董事長, 他說|總經理, 台大|總經理
    if common_word(k, 3000) or common_word(k[:2], 5000):
        return False  # 目前, 記者, 表示某某: words; a name may be a rarer word (三星, 浪潮) after a title's cue
    return p.lexicon_type(p.text[s:e]) is None


def find_officer_companies(p: Page) -> None:
    """某某董事長某某 / 某某總經理暨營運長某某: the name right before a company officer's title that a person's
    name follows is the company."""
    ctx = load_context()
    if ctx is None or not ctx.titles:
        return
    key, text = p.key, p.text
    people = sorted((m for m in list(p.known) + p.found if m.type == "Person"), key=lambda m: m.start)
    if not people:
        return
    idx = _Index(p)
    for person in people:
        ts = _title_chain_start(p, ctx, person.start)
        if ts is None or ts < 2:
            continue
        e = ts
        if key[e - 1] == "的":
            e -= 1  # 某某公司的董事長
        if any(m.type == "Company" for m in idx.ends.get(e, ())):
            continue  # the company is known already
        if idx.other_cover[e - 1]:
            continue  # a place, an organization or a person before the title (美國|總統, 工研院|院長)
        if not is_cjk(key[e - 1]):
            lm = re.search(r"(?<![A-Za-z0-9\-.&])([A-Z][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*) ?$", text[max(0, e - 30):e])
            if lm is None:
                continue
            s = e - len(lm.group(0))
            name = lm.group(1)
            low = name.lower()
            if len(name) < 2 or low in p.pat.latin_stop or low in ctx.not_names or low in ctx.not_latin \
                    or p.pat.model_re.fullmatch(name) \
                    or p.lexicon_type(name) is not None or not p.free(s, s + len(name)) \
                    or any(idx.found_cover[s:s + len(name)]):
                continue
            if s > 0 and text[s - 1].isalnum():
                continue
            idx.add(s, s + len(name), "company-officer", 0.75)
            continue
        for n in range(2, 7):
            s = e - n
            if s < 0 or not is_cjk(key[s]):
                break
            if s in idx.ends:
                break  # 某某|雲智能集團董事長: a known name's own unit or a longer name, left to other finders
            if not (p.left_ok(s) or after_kind_word(p, s) or p.key.endswith(ctx.name_after, max(0, s - 6), s)):
                continue
            if key[s] in ctx.not_starts + ctx.possessed_not_starts or any(c in ctx.not_chars for c in key[s:e]):
                break  # 策略暨生態系執行副總裁: a joiner of two units; 是否真能如執行長某某所願: a clause
            ls = s
            while ls > 0 and text[ls - 1].isascii() and text[ls - 1].isalnum():
                ls -= 1  # SK海力士董事長: the Latin letters glued to the name are part of it
            if ls < s and not text[ls].isalpha():
                ls = s
            if _name_ok(p, ctx, s, e, idx) and p.free(ls, s):
                idx.add(ls, e, "company-officer", 0.75)
            break


_LATIN_PAREN = re.compile(r"[（(]\s?([A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*){0,2})\s?[）)]")
_CJK_PAREN = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]")
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9\-.&])([A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*){0,2})"
                           r"[（(]([\u4e00-\u9fff]{2,6})[）)]")


def _latin_ok(p: Page, name: str) -> bool:
    low = name.lower()
    ctx = load_context()
    if ctx is not None and (low in ctx.not_latin or name.split(" ")[0].lower() in ctx.not_latin):
        return False  # 麻省理工（MIT）, 紐時（NYT）, 奈米（Nano）: a school, an outlet, a field
    if len(name) < 2 or low in p.pat.latin_stop or p.pat.model_re.fullmatch(name):
        return False
    if any(ch.isdigit() for ch in name):
        return False  # H100, B30A: models
    if name.isupper() and len(name) <= 2:
        return False
    from kg.discover_latin import load_latin_cued

    cued = load_latin_cued()
    if cued is not None and (low in cued.not_names or name.split(" ")[0].lower() in cued.not_names):
        return False
    return p.lexicon_type(name) in (None, "Company")


def find_apposed_companies(p: Page) -> None:
    """輝達（NVIDIA）和某某（Foo）, 某某（Foo）、乙（Bar）等晶片大廠, Foo（某某）: a Chinese name with its Latin
    name in parentheses (or the other way round) enumerated with a company kg knows, or closed by 等 and a word
    for companies, is a company."""
    ctx = load_context()
    if ctx is None or not ctx.apposition_joiners:
        return
    key, text = p.key, p.text
    if "(" not in text and "（" not in text:
        return
    allm = list(p.known) + p.found
    # items: (start, end, kind): known companies (with the parentheses after them) and candidate pairs
    items: list[tuple[int, int, str, int, int]] = []  # start, end, kind, name start, name end
    for m in allm:
        if m.type == "Company":
            end = m.end
            pm = _LATIN_PAREN.match(text, end) or _CJK_PAREN.match(text, end)
            if pm:
                end = pm.end()
            items.append((m.start, end, "known", m.start, m.end))
    idx = _Index(p)
    ends = idx.ends
    places = place_starts(p)
    item_ends = {it[1] for it in items}

    def overlaps(s, e):
        return any(idx.any_cover[s:e])

    codes = load_extra().stock_code_re
    for pm in _LATIN_PAREN.finditer(text):
        ps = pm.start()
        if not _latin_ok(p, pm.group(1)) or ps < 2 or not is_cjk(key[ps - 1]) or codes.match(text, ps):
            continue  # 某某 (NOC-US): a stock code, read by kg.discover.find_listed_companies
        if ps in ends:
            continue  # the name before is known (as a company or anything else)
        for n in range(2, 7):
            s = ps - n
            if s < 0 or not is_cjk(key[s]):
                break
            pl = places.get(s)
            lead = key.endswith(ctx.apposition_joiners, 0, s) or p.left_ok(s) or after_kind_word(p, s) \
                or pl is not None or s in item_ends
            if not lead:
                continue
            k = key[s:ps]
            if overlaps(s, ps) or any(c in _FUNCTION_CHARS or c in _NUMERAL_CHARS for c in k) or clause_stem(p, k) \
                    or k in p.pat.co_stop or k.endswith(ctx.apposition_not_endings) or ordinary_phrase(k) \
                    or p.lexicon_type(text[s:ps]) is not None:
                break
            items.append((pl if pl is not None else s, pm.end(), "pair", s, ps))  # 及日本|某某（Foo）
            item_ends.add(pm.end())
            break
    for lm in _LATIN_BEFORE.finditer(text):
        s, e = lm.span(1)
        if not _latin_ok(p, lm.group(1)) or (s > 0 and text[s - 1].isalnum()):
            continue
        cs, ce = lm.span(2)
        if overlaps(s, e) or overlaps(cs, ce) or p.lexicon_type(lm.group(2)) is not None:
            continue
        k = key[cs:ce]
        if any(c in _FUNCTION_CHARS for c in k) or k.endswith(ctx.apposition_not_endings):
            continue
        items.append((s, lm.end(), "pair", s, e))
    if not any(it[2] == "pair" for it in items):
        return
    items.sort()
    # chains of items joined by a joiner
    chains: list[list[tuple]] = []
    for it in items:
        if chains:
            prev = chains[-1][-1]
            if it[0] < prev[1]:
                if it[2] == "known" and prev[2] == "known":
                    continue  # NVIDIA inside 輝達（NVIDIA）: one member
                if it[1] <= prev[1]:
                    continue
            gap = key[prev[1]:it[0]]
            if it[0] >= prev[1] and gap in ctx.apposition_joiners:
                chains[-1].append(it)
                continue
        chains.append([it])
    for chain in chains:
        pairs = [it for it in chain if it[2] == "pair"]
        if not pairs:
            continue
        known = any(it[2] == "known" for it in chain)
        closed = ctx.apposition_closing is not None and ctx.apposition_closing.match(key, chain[-1][1]) is not None
        if not known and not closed:
            continue
        for s, _e, _k, ns, ne in pairs:
            p.add(ns, ne, "Company", "company-apposed", 0.7)


def find_possessed_companies(p: Page) -> None:
    """某某旗下, 某某股價, 某某市值, 某某財報, 某某董事會: a name opening its clause (or after a left word) right
    before a word for what only a company has is the company. Stricter than the cues above: the name is no
    dictionary word, two to four characters, and printed at least twice on the page."""
    ctx = load_context()
    if ctx is None or ctx.possessed_re is None:
        return
    key, text = p.key, p.text
    endings = ctx.name_not_endings + ctx.apposition_not_endings + ctx.possessed_not_endings
    idx = None
    for m in ctx.possessed_re.finditer(key):
        e = m.start()
        if e < 2 or not is_cjk(key[e - 1]):
            continue
        if idx is None:
            idx = _Index(p)
        if idx.any_cover[e - 1]:
            continue  # the name is known (as a company or anything else)
        for n in range(2, 5):
            s = e - n
            if s < 0 or not is_cjk(key[s]):
                break
            if s in idx.ends:
                break  # 某某|雲旗下: a known name's unit, left to other finders
            if not (s == 0 or key[s - 1] in p.pat.boundary or key.endswith(p.pat.left_words, max(0, s - 5), s)):
                continue
            k = key[s:e]
            if k[0] in ctx.not_starts + ctx.possessed_not_starts or any(c in ctx.not_chars for c in k) \
                    or k.endswith(endings) or common_word(key[e - 1:e + 1], 20) or common_word(key[m.end() - 1:m.end() + 1], 100) \
                    or common_word(k, 50) or ordinary_phrase(k) or not _name_ok(p, ctx, s, e, idx) \
                    or key.count(k) < 2:
                break
            idx.add(s, e, "company-possessed", 0.7)
            break
