"""Stage 4b (part): company names by their form: Latin names with a corporate suffix word, a region in
parentheses after a name, Taiwan's four-digit stock codes.

Called by kg.discover.discover on the same Page. The words live in ontology/patterns/company.toml:

- Northwind Capital, Alder Crest Limited, Acme AM Singapore: capitalised Latin words ending in a
  corporate suffix word (latin_company_suffixes) are a company. A known company followed only by legal
  forms (Acme Corp.) stays that company; followed by another suffix word (Acme Securities) it is another
  company of the same group.
- 某某通訊(香港): a region in parentheses after a company is part of the printed name; the mention is
  the company before it (region_in_parens).
- 某某（2464）: a name before a four-digit code in parentheses is a listed company in Taiwan's press,
  unless the number reads as a year (bare_stock_code, bare_code_years).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.normalize import to_key
from kg.discover import (Page, _bad_name_start, clause_stem, _load, load_more, _pattern_data, _stems_before, common_word,
                         key_words, ordinary_phrase, starts_like_clause)
from kg.discover_context import after_kind_word

# A run of capitalised Latin words (and the joiners & / of / and) separated by single spaces.
_WORD = r"[A-Z0-9][A-Za-z0-9&'’.-]*"
_RUN = re.compile(r"(?<![A-Za-z0-9&'’.-])" + _WORD + r"(?: (?:" + _WORD + r"|&|of|and|de))*")


@dataclass(frozen=True)
class Forms:
    suffixes: frozenset
    legal: frozenset
    not_first: frozenset
    region_tails: tuple  # tuples of words, longest first
    regions: tuple
    tw_code_re: re.Pattern | None
    years: tuple
    list_cues: tuple
    investor_heads: tuple
    cues_after_re: re.Pattern | None = None  # list_cues_after: a role of companies after a list
    weak: frozenset = frozenset()  # latin_company_suffixes_weak: a company only with a cue
    cues_before: tuple = ()
    followers: tuple = ()
    strong_re: re.Pattern | None = None  # list_strong_cue: right before a list that holds companies only
    strong_any_re: re.Pattern | None = None  # the same cue anywhere in a text
    counted_re: re.Pattern | None = None  # list_counted_cue: a number of companies right before their list
    legal_tail_re: re.Pattern | None = None  # latin_legal_tail: Foo Co.|, Ltd.
    legal_tail_after: frozenset = frozenset()
    coded_not_names: tuple = ()  # bare_code_not_names: a plan to list, a fund or an index before a code is no company
    code_not_endings: tuple = ()  # code_not_name_endings: a sector or a group of shares before a code (DISCOVER)

    def not_coded_name(self, name: str) -> bool:
        return any(w in name for w in self.coded_not_names) or name.endswith(self.code_not_endings)


@lru_cache(maxsize=1)
@_pattern_data("company")
def load_forms() -> Forms:
    co = _load("company")
    years = co.get("bare_code_years", [0, -1])
    weak = frozenset(co.get("latin_company_suffixes_weak", []))
    followers = [w for w in co.get("cue_followers", []) if w not in co.get("weak_followers", [])]
    return Forms(
        weak=weak,
        cues_before=tuple(sorted(co.get("cues_before", []), key=len, reverse=True)),
        followers=tuple(sorted(followers, key=len, reverse=True)),
        suffixes=frozenset(co.get("latin_company_suffixes", [])) | weak,
        legal=frozenset(co.get("latin_legal_forms", [])),
        not_first=frozenset(co.get("latin_not_first", [])),
        region_tails=tuple(sorted((tuple(w.split()) for w in co.get("latin_region_tails", [])), key=len, reverse=True)),
        regions=tuple(sorted(co.get("region_in_parens", []), key=len, reverse=True)),
        tw_code_re=re.compile(co["bare_stock_code"]) if "bare_stock_code" in co else None,
        years=(int(years[0]), int(years[1])),
        coded_not_names=key_words(co.get("bare_code_not_names", [])),
        code_not_endings=key_words(co.get("code_not_name_endings", [])),
        list_cues=tuple(co.get("list_cues", [])),
        investor_heads=tuple(co.get("list_investor_heads", [])),
        cues_after_re=re.compile(co["list_cues_after"]) if co.get("list_cues_after") else None,
        strong_re=re.compile("(?:" + co["list_strong_cue"] + ")$") if co.get("list_strong_cue") else None,
        strong_any_re=re.compile(co["list_strong_cue"]) if co.get("list_strong_cue") else None,
        counted_re=re.compile("(?:" + co["list_counted_cue"] + ")$") if co.get("list_counted_cue") else None,
        legal_tail_re=re.compile(co["latin_legal_tail"], re.I) if co.get("latin_legal_tail") else None,
        legal_tail_after=frozenset(co.get("latin_legal_tail_after", [])),
    )


def _tokens(run: str, at: int) -> list[tuple[int, int, str]]:
    out, pos = [], at
    for w in run.split(" "):
        out.append((pos, pos + len(w), w))
        pos += len(w) + 1
    return out


def _cued(text: str, s: int, e: int, forms: Forms) -> bool:
    """A company cue right before s (廠商Foo Devices) or a company's verb right after e (Foo Systems宣布)."""
    return to_key(text[max(0, s - 8):s]).endswith(forms.cues_before) \
        or to_key(text[e:e + 8]).lstrip(" ").startswith(forms.followers)


def latin_company_spans(text: str, forms: Forms | None = None):
    """(start, end, index of the first suffix word) of each Latin company name by form in `text`."""
    forms = forms or load_forms()
    if not forms.suffixes:
        return
    for m in _RUN.finditer(text):
        toks = _tokens(m.group(), m.start())
        # a token ending in a full stop ends the sentence unless the stop belongs to the suffix (Inc.)
        cut = next((i for i, t in enumerate(toks) if t[2].endswith(".") and t[2] not in forms.suffixes), None)
        if cut is not None:
            s0, e0, w = toks[cut]
            toks = toks[:cut] + [(s0, e0 - 1, w[:-1])]
        first = 0
        while first < len(toks) and toks[first][2] in forms.not_first:
            first += 1
        toks = toks[first:]
        if not toks or not toks[0][2][:1].isalpha() or toks[0][2] in ("of", "and", "de"):
            continue  # 10 AM: a time, not a name
        if re.search(r"[a-z]+ $", text[max(0, m.start() - 20):m.start()]) \
                or re.match(r" (?!of |and |de )[a-z]", text[m.end():m.end() + 3]):
            continue  # inside an English phrase: The Committee on Foreign Investment in the United States
        # suffix words; a two-word suffix (Asset Management) marks both words
        suf = [False] * len(toks)
        for i, t in enumerate(toks):
            if t[2] in forms.suffixes:
                suf[i] = True
            elif i and f"{toks[i - 1][2]} {t[2]}" in forms.suffixes:
                suf[i - 1] = suf[i] = True
        # the last suffix word with at least one word that is no suffix before it
        last = None
        for i in range(1, len(toks)):
            if suf[i] and not all(suf[:i]):
                last = i
        if last is None:
            continue
        lead = next(i for i in range(last + 1) if all(suf[i:last + 1]))
        end_i = last
        for tail in forms.region_tails:
            ws = [t[2] for t in toks[last + 1:last + 1 + len(tail)]]
            if tuple(ws) == tail:
                end_i = last + len(tail)
                break
        if all(t[2] in forms.weak for t in toks[lead:last + 1]) and not _cued(text, toks[0][0], toks[end_i][1], forms):
            continue  # 新的Power Devices將…: a product's name, no company's
        end = toks[end_i][1]
        tail = forms.legal_tail_re.match(text, end) \
            if forms.legal_tail_re is not None and toks[end_i][2] in forms.legal_tail_after else None
        yield toks[0][0], tail.end() if tail else end, lead  # Foo Co., Ltd. / Foo Co.,Ltd.


def find_latin_companies(p: Page) -> None:
    """Northwind Capital, Acme AM Singapore, Bluefin Investment Fund SPC: Latin names by their form."""
    forms = load_forms()
    for s, e, lead in latin_company_spans(p.text, forms):
        name = p.text[s:e]
        if p.lexicon_type(name) is not None:
            continue  # the whole name is known
        inside = [k for k in p.known + p.found if k.start < e and s < k.end]
        if any(k.start < s or k.end > e for k in inside):
            continue  # a longer known name runs across it
        head = next((k for k in inside if k.start == s and k.type == "Company" and k.entity), None)
        rest = p.text[head.end:e].split() if head is not None else []
        if head is not None and rest and all(w in forms.legal for w in rest):
            p.add(s, e, "Company", "company-latin-form", 0.9, entity=head.entity)  # Acme Corp. is Acme
        else:
            p.add(s, e, "Company", "company-latin-form", 0.8, over=True)


# A Latin name in parentheses: capitalised words, the last a legal form (checked in code).
_LATIN_IN_PARENS = re.compile(r"[（(]([A-Z][A-Za-z0-9&'’.,-]*(?: [A-Za-z0-9&'’.,-]+){0,5})[）)]")


def find_latin_appositions(p: Page) -> None:
    """柏林精密（Foo-Bar AG）: a Chinese name printed right before a Latin company name in parentheses that
    ends in a legal form is the same company (appositions() then links the two). The Chinese name is the
    shortest run before the parenthesis that starts at a boundary, a company cue or a known place's end,
    and reads as no clause and no kind of company (這家德國公司（Foo AG）names no one)."""
    key = p.key
    co = _load("company")
    legal = load_forms().legal | frozenset(co.get("apposition_legal_forms", []))
    kinds = tuple(co.get("list_member_kinds", [])) + tuple(co.get("list_company_heads", []))
    for m in _LATIN_IN_PARENS.finditer(p.text):
        words = m.group(1).split()
        if len(words) < 2 or words[-1] not in legal:
            continue
        end = m.start()
        if end < 2 or any(k.start < end <= k.end for k in p.known + p.found):
            continue  # a known name (or one found already) stands there: appositions() links the two
        for a, stem in _stems_before(key, end, 6):
            if not (p.left_ok(a) or p.cue_before(a) or a in p.place_ends):
                continue
            # Ordinary words are allowed (柏林精密: a city and an adjective), a kind of company is not.
            if _bad_name_start(key, a) or clause_stem(p, stem) or common_word(stem, 200) or stem.endswith(kinds) \
                    or stem in p.pat.co_stop or starts_like_clause(stem) \
                    or p.lexicon_type(p.text[a:end]) not in (None, "Company"):
                if a in p.place_ends:
                    continue  # 柏林 known as a city: 精密 alone is no name, the city begins it (柏林精密)
                break
            inside = [k for k in p.known if k.start < end and a < k.end]
            at_place = bool(inside) and all(k.type == "Place" and k.start == a and k.end < end for k in inside)
            p.add(a, end, "Company", "company-latin-apposition", 0.8, over=at_place)
            if p.free(m.start(1), m.end(1)) and not any(k.start < m.end(1) and m.start(1) < k.end for k in p.found):
                p.add(m.start(1), m.end(1), "Company", "company-latin-apposition", 0.8)
            break


def region_after(key: str, e: int, forms: Forms | None = None) -> int | None:
    """End of a region in parentheses printed at key[e:] (（香港）, (新加坡)), or None."""
    forms = forms or load_forms()
    if e >= len(key) or key[e] not in "（(":
        return None
    r = next((r for r in forms.regions if key.startswith(r, e + 1)), None)
    if r is None:
        return None
    close = e + 1 + len(r)
    return close + 1 if close < len(key) and key[close] in "）)" else None


def find_region_suffixed(p: Page) -> None:
    """某某通訊(香港): the company before a region in parentheses, printed with it."""
    forms = load_forms()
    for k in list(p.known) + list(p.found):
        if k.type != "Company":
            continue
        end = region_after(p.key, k.end, forms)
        if end is not None and p.pat.co_suffix_re.match(p.key, end):
            continue  # 某某科技（深圳）有限公司: a legal name, read by the relation rules (located.legal-name)
        if end is None or any(m.start < end and k.end < m.end for m in p.found if m is not k):
            continue
        if k.entity:
            p.add(k.start, end, "Company", "company-region", max(k.confidence, 0.9), entity=k.entity)
        else:
            if k in p.found:
                p.found.remove(k)
            p.add(k.start, end, "Company", "company-region", k.confidence, canonical=k.canonical or k.text,
                  over=True)


def find_tw_coded(p: Page) -> None:
    """某某（2464）: a name before a four-digit code in parentheses (Taiwan's press) is a listed company."""
    forms = load_forms()
    if forms.tw_code_re is None:
        return
    key = p.key
    lo, hi = forms.years
    for m in forms.tw_code_re.finditer(key):
        if len(m.group(1)) == 4 and lo <= int(m.group(1)) <= hi:
            continue  # a year
        e = m.start()
        if any(k.start < e <= k.end for k in p.known + p.found):
            continue  # the name is known already
        openers = load_more().list_openers
        for s, name in _stems_before(key, e, 8):
            if _bad_name_start(key, s) or any(o in name for o in openers):
                break  # 包括某某（2464）: the name starts after the opener
            if forms.not_coded_name(name):
                break  # 計劃赴港上市（股票代碼：06082）, 國泰永續高股息（00878）: a plan to list or a fund, no company
            if p.left_ok(s) or key.endswith(openers, 0, s) or after_kind_word(p, s):  # IC設計龍頭|某某（2454） (DISCOVER)
                # the code is strong evidence: only a frequent word (員工) is not a name here
                if not common_word(name, 1000) and not ordinary_phrase(name) and not clause_stem(p, name) \
                        and p.lexicon_type(p.text[s:e]) in (None, "Company"):
                    p.add(s, e, "Company", "company-tw-code", 0.8)
                break


def list_cued(p: Page, first: int, last: int | None = None) -> bool:
    """Is an enumeration starting at `first` introduced, in its own clause, by a word saying its members
    are companies (投資者包括…, 供應商有…, 台灣公司包括…), or followed after its last 、 (`last`) by
    a role of companies (…為聯席保薦人)?"""
    forms = load_forms()
    if forms.cues_after_re is not None and last is not None and forms.cues_after_re.search(p.key[last:last + 30].split("。")[0]):
        return True
    cues = forms.list_cues
    if not cues:
        return False
    s, _e = p.sentence(first)
    before = p.key[max(s, first - 30):first]
    cut = max(before.rfind(c) for c in "。；;")
    before = before[cut + 1:]
    return any(c in before for c in cues)


def list_strong_cued(p: Page, first: int) -> bool:
    """Is the enumeration starting at `first` printed right after a listing board's new shares, or after a
    number of companies (其中9家公司，包括甲、乙和丙), a list of companies known or not?"""
    forms = load_forms()
    s, _e = p.sentence(first)
    if forms.counted_re is not None and forms.counted_re.search(p.key, max(s, first - 40), first):
        return True
    if forms.strong_re is None:
        return False
    lo = max(s, first - 12)
    m = forms.strong_re.search(p.key, lo, first)
    return m is not None and board_before(p, m.start())


def board_before(p: Page, at: int) -> bool:
    """Does a listing board or exchange the page names end right at `at` (創業板|新股)?"""
    return any(k.end == at and k.type == "Exchange" for k in p.known)


_CODE_PAREN = re.compile(r"[（(]\d{4,6}(?:\.[a-z]{2,3})?[）)]")


def paren_after(key: str, e: int) -> tuple[int, bool] | None:
    """(end, is_region) of a region or a stock code in parentheses printed at key[e:], or None."""
    r = region_after(key, e)
    if r is not None:
        return r, True
    m = _CODE_PAREN.match(key, e)
    return (m.end(), False) if m else None


def strip_parens(key: str, s: int, e: int) -> str:
    """key[s:e] without the regions and stock codes in parentheses printed in it."""
    seg = key[s:e]
    if "(" not in seg and "（" not in seg:
        return seg
    out, pos = [], s
    while pos < e:
        q = min((i for i in (seg.find("(", pos - s), seg.find("（", pos - s)) if i >= 0), default=e - s) + s
        if q > pos:  # the text up to the next parenthesis, as it is
            out.append(key[pos:q])
            pos = q
            continue
        pe = paren_after(key, pos)
        if pe and pe[0] <= e:
            pos = pe[0]
            continue
        out.append(key[pos])
        pos += 1
    return "".join(out)


def paren_start(key: str, a: int) -> int:
    """Where a region or a stock code in parentheses ending at `a` starts (a itself if none)."""
    for n in range(4, 12):
        s = a - n
        if s >= 0 and key[s] in "（(" and (pe := paren_after(key, s)) and pe[0] == a:
            return s
    return a


def find_business_units(p: Page) -> None:
    """某某證券, 某某資產管理, 某某晶圓代工: a known company and a business word is another company of
    its group (business_units), when the word is not the start of a longer word (某某資本支出)."""
    units = sorted(_load("company").get("business_units", []), key=len, reverse=True)
    if not units:
        return
    key = p.key
    activities = frozenset(_load("company").get("business_activities", []))
    doers = tuple(f for f in p.pat.co_followers if len(f) >= 2)
    for k in list(p.known):
        if k.type != "Company" or not k.entity:
            continue
        u = next((u for u in units if key.startswith(u, k.end)), None)
        if u is None:
            continue
        e = k.end + len(u)
        if u in activities and not (key[e:e + 1] in ("（", "(", " ") or key.startswith(doers, e)):
            continue  # 採用台積電晶圓代工，: the maker's service, not a unit named so
        if not p.right_ok(e) or any(common_word(key[k.end:e + n], 1) for n in (1, 2) if e + n <= len(key)):
            continue  # 資本支出, 基金會: the word runs on
        if p.lexicon_type(p.text[k.start:e]) is not None or any(m.start < e and k.start < m.end for m in p.found):
            continue
        p.add(k.start, e, "Company", "company-business-unit", 0.8, over=True)


def _sub_national(p: Page, place) -> bool:
    """Is the known place a city or a province (its lexicon entry is located in another place)?"""
    from rdflib import URIRef

    from kg.namespaces import KG

    entry = p.lex.lookup(place.text)
    return entry is not None and any(True for _ in p.lex.graph.objects(URIRef(entry.iri), KG.locatedIn))


def find_city_prefixed(p: Page) -> None:
    """、杭州某某微電子、: in an enumeration or after a colon, a city printed right before a company found by
    its suffix starts the registered name (a country does not: 美國某某科技 is a description). So too for a
    member of a list closed by a count of companies (包括甲、西安某某及乙這三家中國公司: POLICY lane)."""
    openers = tuple(load_more().list_openers) + ("为", "是")
    places = {k.end: k for k in p.known if k.type == "Place"}
    for m in list(p.found):
        if m.type != "Company" or m.entity is not None or m.source not in ("pattern:company-suffix",
                                                                               "pattern:company-closed-list"):
            continue
        k = places.get(m.start)
        if k is None or not (k.start == 0 or p.key[k.start - 1] in "、，,：:；;\n" or p.key.endswith(openers, 0, k.start)):
            continue
        if not _sub_national(p, k):
            continue
        p.found.remove(m)
        p.add(k.start, m.end, "Company", "company-city-name", m.confidence, over=True)


@lru_cache(maxsize=1)
@_pattern_data("company")
def _listed_subjects_re() -> tuple:
    """(the clause regex, the cheap scan for 被 / 遭 … a listing verb, hedges regex, clause openers, name endings
    of no company, characters of firms' names), from company.toml."""
    from kg.discover import _alt, with_put_on

    co = _load("company")
    rx = co.get("listed_subjects")
    hedges = co.get("listed_hedges", [])
    verbs = co.get("listing_verbs", [])
    scan = re.compile(f"[被遭][^，。；,;]{{0,12}}?(?:{_alt(verbs)})") if verbs else None
    return (re.compile(with_put_on(co, rx)) if rx and scan else None, scan,
            re.compile("|".join(f"(?:{h})" for h in hedges)) if hedges else None,
            tuple(co.get("listed_openers", [])), tuple(co.get("listed_not_endings", [])),
            frozenset(co.get("listed_firm_chars", "")))


_JOIN = re.compile("和|及|与|、|以及")


def find_listed_subjects(p: Page) -> None:
    """甲和乙早已被美國列入實體清單 (POLICY lane): the names opening a clause whose verb puts them on an export
    blacklist are companies (company.toml listed_subjects), known or not: lists of restricted firms name
    mostly small firms. Each name must look like one (two to five characters, no function word or numeral,
    not an ordinary word or a word for a kind of company, no university, no person's name); a hedge or a
    denial before 被 (可能, 擔心, 不會: listed_hedges) takes none."""
    from kg.discover import _FUNCTION_CHARS, _NUMERAL_CHARS, _overlaps_found

    rx, scan, hedges, openers, not_endings, firm_chars = _listed_subjects_re()
    if rx is None:
        return
    key = p.key
    kinds = tuple(_load("company").get("list_member_kinds", []))
    surnames = p.pat.surnames
    starts = []
    for v in scan.finditer(key):  # cheap: the regex is tried only at the start of such a clause
        lo = v.start()
        while lo > 0 and v.start() - lo < 40 and key[lo - 1] not in "，。；：,;:！？\n":
            lo -= 1
        if hedges is not None and hedges.search(key, lo, v.start()):
            continue  # 甲和乙可能被列入… / 為避免被列入…: not listed
        for w in openers:
            if key.startswith(w, lo):
                lo += len(w)
                break
        if not starts or starts[-1] != lo:
            starts.append(lo)
    for lo in starts:
        m = rx.match(key, lo)
        if m is None:
            continue
        s, e = m.span("names")
        members, pos = [], s
        for j in _JOIN.finditer(key, s, e):
            members.append((pos, j.start()))
            pos = j.end()
        members.append((pos, e))
        ok = []
        for a, b in members:
            k = key[a:b]
            known = [x for x in p.known + p.found if x.start < b and a < x.end]
            if known:
                if all(x.type == "Company" and x.start == a and x.end == b for x in known):
                    continue  # a known company among them
                ok = None
                break
            if not 2 <= len(k) <= 5 or any(c in _FUNCTION_CHARS or c in _NUMERAL_CHARS for c in k) \
                    or common_word(k, 200) or ordinary_phrase(k) or starts_like_clause(k) or clause_stem(p, k) \
                    or k.endswith(kinds) or k.endswith(not_endings) or p.lexicon_type(p.text[a:b]) is not None:
                ok = None
                break
            ok.append((a, b))
        if ok and all(b - a <= 3 and key[a] in surnames and not any(c in firm_chars for c in key[a:b]) for a, b in ok):
            continue  # 王建和李華…: every name reads as a person's (one firm-like name makes it a list of firms)
        for a, b in ok or ():
            if p.free(a, b) and not _overlaps_found(p, a, b):
                p.add(a, b, "Company", "company-listed", 0.7)
