"""Stage 4b (part): companies by their full legal name (上海某某量子技術股份有限公司, 某某資本投資有限公司).

Called by kg.discover.discover on the same Page, after the other company finders; it takes only the
legal names they left. The legal forms and the parts of speech that end a name are in
ontology/patterns/company.toml (chinese_legal_forms, legal_stop_tags, legal_longest).

A legal form is strong evidence of a company, stronger than 科技 or 集團: so the name may hold industry
words (量子, 資本, 投資, 集成電路) that the suffix finder refuses as stems. It runs back from the legal
form, word by word (jieba with parts of speech), until a verb, preposition, conjunction, pronoun,
numeral, particle, adverb or locative (公司名稱變更為|蘇州某某科技有限公司), a function character, a
punctuation mark, another entity, or `legal_longest` characters. A stem of common words only (投資,
國有資本) is a name only after a place (上海國有資本投資有限公司).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.discover import (_FUNCTION_CHARS, Page, _bad_name_start, _load, _overlaps_found, _pattern_data, common_word,
                         load_more, starts_like_clause)
from kg.normalize import is_cjk


@dataclass(frozen=True)
class LegalForms:
    form_re: re.Pattern
    stop_tags: frozenset
    longest: int
    stop_words: frozenset = frozenset()


@lru_cache(maxsize=1)
@_pattern_data("company")
def load_legal() -> LegalForms:
    co = _load("company")
    forms = sorted((str(f) for f in co["chinese_legal_forms"]), key=len, reverse=True)
    return LegalForms(re.compile("|".join(re.escape(f) for f in forms)),
                      frozenset(str(t) for t in co["legal_stop_tags"]), int(co["legal_longest"]),
                      frozenset(str(w) for w in co.get("legal_stop_words", [])))


def _name_start(p: Page, s: int, lf: LegalForms) -> int:
    """Where a legal name ending at `s` (the legal form's start) begins: `s` if nowhere."""
    import jieba.posseg

    lo = s
    while lo > 0 and s - lo < lf.longest and is_cjk(p.key[lo - 1]) and p.free(lo - 1, lo):
        lo -= 1
    start = s
    for w in reversed(jieba.posseg.lcut(p.key[lo:s], HMM=False)):
        word = w.word
        if w.flag in lf.stop_tags or (len(word) == 1 and word in _FUNCTION_CHARS) or word in lf.stop_words:
            break  # 為, 該, 一家, 於: where a name cannot run back over
        if len(word) >= 2 and w.flag.startswith("v") and w.flag != "vn":
            break  # 變更, 加入 (a verb of two characters; single ones such as 聯 are parts of names)
        start -= len(word)
    return start


def _subsidiary_rest(rest: str, lf: LegalForms) -> bool:
    """NAMES lane: may `rest` follow a parent's name inside a subsidiary's legal name (長電科技|汽車電子(上海)有限
    公司)? Not when any word of it is a verb, an adverb, a preposition or another stop word: 聯發科|擬投資|宏芯科技
    (上海)有限公司 names 宏芯科技, which 聯發科 invests in — the verb is no part of a name."""
    import jieba.posseg

    if not rest or starts_like_clause(rest):
        return False
    for w in jieba.posseg.lcut(rest, HMM=False):
        if w.flag.startswith("v") or w.flag in lf.stop_tags or w.word in lf.stop_words \
                or (len(w.word) == 1 and w.word in _FUNCTION_CHARS):
            return False
    return True


def _region_before(p: Page, ss: int) -> int | None:
    """Where `(上海)` printed right before a legal form (at `ss`) opens, when a known place stands inside."""
    key = p.key
    if ss < 4 or key[ss - 1] not in ")）":
        return None
    op = max(key.rfind("(", 0, ss - 1), key.rfind("（", 0, ss - 1))
    if op < 0 or ss - 1 - op > 6:
        return None
    inside = [k for k in p.known if k.type == "Place" and op < k.start and k.end < ss]
    return op if inside and key[op + 1:ss - 1] == key[inside[0].start:inside[0].end] else None


def _admin_division(p: Page, iri: str | None) -> bool:
    """Is the lexicon place `iri` a province, city or district of one of company.toml legal_place_within (a
    name registered there may start with it), not the country itself nor one of legal_place_not (香港)?"""
    if not iri:
        return False
    within, excluded = _legal_places()
    from rdflib import URIRef

    from kg.namespaces import KG

    cur, seen = URIRef(iri), set()
    if str(cur) in within or str(cur) in excluded:
        return False
    while cur not in seen:
        seen.add(cur)
        ups = sorted(p.lex.graph.objects(cur, KG.locatedIn))
        if not ups:
            return False
        cur = ups[0]
        if str(cur) in excluded:
            return False
        if str(cur) in within:
            return True
    return False


@lru_cache(maxsize=1)
@_pattern_data("company")
def _legal_places() -> tuple[frozenset, frozenset]:
    from kg.namespaces import E

    co = _load("company")
    return (frozenset(str(E[str(x)]) for x in co.get("legal_place_within", [])),
            frozenset(str(E[str(x)]) for x in co.get("legal_place_not", [])))


def _place_first(p: Page, ss: int, se: int) -> None:
    """NAMES lane: IDM企業|株洲|某某半導體有限公司 — a company found by its suffix with its legal form, right after
    a known place printed after a boundary or a company cue: the name starts with the place (a legal name is
    registered with it)."""
    found = next((f for f in p.found if f.type == "Company" and f.entity is None and f.end == se and f.start < ss), None)
    if found is None:
        return
    at = found.start
    for _ in range(2):  # 湖北|武漢|某某有限公司: a city printed after its province
        place = p.known_ends.get(at)
        if place is None or place.type != "Place" or not _admin_division(p, place.entity):
            break  # 日本|某某有限公司: a country or a region printed first is where it is, not part of its name
        at = place.start
    if at == found.start or _bad_name_start(p.key, at) or not (p.left_ok(at) or p.cue_before(at)):
        return
    p.found[p.found.index(found)] = replace(found, start=at, text=p.text[at:se])


def find_legal_names(p: Page) -> None:
    lf = load_legal()
    tails = load_more().co_tail
    for m in lf.form_re.finditer(p.key):
        ss, se = m.start(), m.end()
        if _overlaps_found(p, ss, se) or not p.free(ss, se):
            _place_first(p, ss, se)  # 企業|株洲|某某半導體有限公司: the place printed first is part of the name
            continue  # named already (a known company with its legal form, or another finder's name)
        before = next((f for f in p.found if f.end == ss), None)
        if before is not None and before.type == "Company" and before.entity is None:
            # a company found without its legal form (某某半導體|股份有限公司披露…): the printed name is longer
            p.found[p.found.index(before)] = replace(before, end=se, text=p.text[before.start:se])
            continue
        if ss in p.known_ends or before is not None:
            continue  # the legal form of a name found before it: a fund's own legal name stays the fund
            # (某某產業投資基金股份有限公司); its manager is a company (某某基金|管理有限公司)
        start = _name_start(p, ss, lf)
        region = _region_before(p, ss)
        if region is not None and start == ss:
            # 某某科技汽車電子(上海)有限公司: the region in parentheses before the legal form is part of the name
            start = _name_start(p, region, lf)
        parent = p.known_ends.get(start)
        if parent is not None and parent.type == "Company" and start < (region if region is not None else ss) \
                and not _bad_name_start(p.key, parent.start) \
                and _subsidiary_rest(p.key[start:region if region is not None else ss], lf):
            # NAMES lane: 某某科技|汽車電子(上海)有限公司 — a subsidiary's legal name starts with its parent's
            p.add(parent.start, se, "Company", "company-legal-name", 0.8, over=True)
            continue
        # places printed right before (known mentions) are part of the name: 上海|某某科技有限公司
        at = start
        for _ in range(3):  # 武漢|光谷|某某金融控股集團有限公司: a district printed after its city, both part of it
            place = p.known_ends.get(at)
            if place is None or place.type != "Place":
                break
            at = place.start
        if at == ss or _bad_name_start(p.key, at):
            continue
        core = p.key[start:ss]
        while core.endswith(tails):  # 某某|科技|有限公司: the stem before the trade words
            core = core[: -len(next(t for t in tails if core.endswith(t)))]
        if len(core) < 2 and at == start:
            continue  # 科技有限公司, 該有限公司: no name
        if at == start and common_word(core, 200):
            continue  # 投資有限公司: a kind of company, not a name (上海投資有限公司 is one)
        p.add(at, se, "Company", "company-legal-name", 0.8, over=at != start)
