"""Stage 4b (part): governments, facilities, lists and budgets from their form.

Called by kg.discover.discover on the same Page. The words live in ontology/patterns/organization.toml
(governments), place.toml (fabs and plants) and policy.toml (lists, budgets, measures aimed at China):

- 美國政府, 南韓政府, 合肥市政府 (a known place + 政府), 某某政府 after a known person (an administration)
  are organizations;
- 熊本二廠, 熊本第二廠 (one plant), 某某五廠 after a known company, 晶圓十八廠, Fab 21 are places
  (facilities);
- 列入貿易管制黑名單 (a list a company is put on), 二〇二六年度預算案 (a fiscal year's budget, with the
  place printed before it), 美國對華晶片出口限制 are policies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _alt, _files, _load, _pattern_data, key_words, place_starts
from kg.errors import KgError
from kg.paths import setting_bool
from kg.normalize import is_cjk, name_key

_CN_DIGITS = "〇一二三四五六七八九"
# A capitalised Latin name of one to three words (Acme, Acme Partners, Acme & Co): matched on the printed text.
_LATIN_NAME = r"[A-Z][A-Za-z0-9&'.-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&'.-]*[A-Za-z0-9]){0,2}"
_LATIN_AT = re.compile(_LATIN_NAME)


@dataclass(frozen=True)
class OrgForms:
    gov_heads: tuple
    gov_levels: tuple
    gov_not_after: tuple
    plant_re: re.Pattern | None
    generic_stems: tuple
    not_after_head: tuple
    fab_latin: re.Pattern | None
    list_re: re.Pattern | None
    list_stem: int
    list_stop: tuple
    budget_re: re.Pattern | None
    aimed_re: re.Pattern | None
    ministry_titles: tuple
    list_suffixes: tuple = ()  # policy.toml list_suffixes (黑名单, 清单 …)
    committee_heads: tuple = ()
    committee_prefixes: tuple = ()
    research_head_re: re.Pattern | None = None
    research_cues: tuple = ()
    research_by: tuple = ()
    research_between: tuple = ()
    research_words: tuple = ()
    research_strong: tuple = ()
    name_not_chars: frozenset = frozenset()  # policy.toml name_not_chars: a list stem that is a clause
    aimed_not_chars: frozenset = frozenset()  # policy.toml aimed_not_chars: covered words that are a clause
    coordinated_after: tuple = ()  # policy.toml coordinated_after: a place coordinated before another
    gov_not_coordinated: tuple = ()  # organization.toml government_not_coordinated
    agency_re: re.Pattern | None = None  # organization.toml agency_heads: bodies inside a body
    agency_stem: tuple = (2, 10)
    budget_year_joins: tuple = ()  # policy.toml budget_year_joins (NAMES4)
    agency_joiners: frozenset = frozenset()
    agency_stop: tuple = ()
    agency_under: tuple = ()
    bracket_body_re: re.Pattern | None = None  # organization.toml bracket_body_heads (ORGS lane)
    bracket_body_cues: tuple = ()
    bracket_body_max: int = 14  # organization.toml bracket_body_max: how far back a bracketed name's stem runs
    bracket_body_not_in: tuple = ()
    agency_under_counted: re.Pattern | None = None
    agency_not_ends: tuple = ()
    agency_parents: frozenset = frozenset()
    agency_places: bool = False
    site_re: re.Pattern | None = None  # place.toml site_verbs: a plant bought or sold (NAMES lane)
    site_reach: int = 40
    site_max: int = 4
    site_heads: tuple = ()
    site_not_stems: frozenset = frozenset()
    site_owner_max: int = 0
    site_joiners: tuple = ()


@lru_cache(maxsize=1)
@_pattern_data("organization", "place", "policy")
def load_org_forms() -> OrgForms:

    org, place, pol = _load("organization"), _load("place"), _load("policy")
    heads = place.get("plant_heads", [])
    nums = re.escape(place.get("numerals", ""))
    plant_re = re.compile(f"(第)?([{nums}]{{1,{int(place.get('max_digits', 3))}}})(?:{_alt(heads)})") \
        if heads and nums else None
    fab = place.get("fab_latin")
    lv, ls = pol.get("list_verbs", []), pol.get("list_suffixes", [])
    stem = int(pol.get("list_stem", 10))
    list_re = re.compile(f"(?:{_alt(lv)})([\u4e00-\u9fffa-z0-9]{{0,{stem + 8}}}?(?:{_alt(ls)}))") if lv and ls else None
    bh = pol.get("budget_heads", [])
    budget_re = re.compile(f"(?:\\d{{4}}|[{_CN_DIGITS}零]{{4}})(?:{_alt(bh)})") if bh else None
    rh = org.get("research_latin_heads", [])
    aw, ah = pol.get("aimed_words", []), pol.get("aimed_heads", [])
    aimed_re = re.compile(f"(?:{_alt(aw)})([\u4e00-\u9fffa-z0-9]{{2,{int(pol.get('aimed_max', 6))}}}?)(?:{_alt(ah)})") \
        if aw and ah else None
    return OrgForms(
        gov_heads=tuple(org.get("government_heads", [])), gov_levels=tuple(org.get("government_levels", [])),
        gov_not_after=tuple(org.get("government_not_after", [])), plant_re=plant_re,
        generic_stems=tuple(place.get("generic_stems", [])), not_after_head=tuple(place.get("not_after_head", [])),
        fab_latin=re.compile(fab) if fab else None, list_re=list_re, list_stem=stem,
        list_stop=tuple(pol.get("list_stop", [])), budget_re=budget_re, aimed_re=aimed_re,
        budget_year_joins=_year_joins(pol),
        ministry_titles=tuple(sorted(((name_key(a), name_key(b)) for a, b in org.get("ministry_titles", [])),
                                     key=lambda x: -len(x[0]))),
        list_suffixes=tuple(sorted({name_key(x) for x in ls}, key=len, reverse=True)),
        committee_heads=tuple(org.get("committee_heads", [])), committee_prefixes=tuple(org.get("committee_prefixes", [])),
        research_head_re=re.compile(f"(?<![A-Za-z0-9&.'-])({_LATIN_NAME}) (?:{_alt(rh)})(?![A-Za-z0-9])") if rh else None,
        research_cues=key_words(org.get("research_cues", [])), research_by=key_words(org.get("research_by", [])),
        research_between=key_words(org.get("research_between", [])),
        research_words=key_words(org.get("research_words", [])),
        research_strong=key_words(org.get("research_strong", [])),
        name_not_chars=frozenset(pol.get("name_not_chars", "")),
        aimed_not_chars=frozenset(pol.get("aimed_not_chars", "")),
        coordinated_after=tuple(pol.get("coordinated_after", [])),
        gov_not_coordinated=tuple(org.get("government_not_coordinated", [])),
        agency_re=re.compile(_alt(key_words(org["agency_heads"]))) if org.get("agency_heads") else None,
        agency_stem=(int(org.get("agency_stem_min", 2)), int(org.get("agency_stem_max", 10))),
        agency_joiners=frozenset(org.get("agency_joiners", "")), agency_stop=key_words(org.get("agency_stop", []) + org.get("agency_under", []) + org.get("body_kind_words", [])),
        agency_under=key_words(org.get("agency_under", [])),
        agency_under_counted=re.compile(org["agency_under_counted"]) if org.get("agency_under_counted") else None,
        bracket_body_re=re.compile(f"({_alt(sorted(key_words(org['bracket_body_heads']), key=len, reverse=True))})"
                                   r"([」』”]?[ ]?)[（(][ ]?[a-z][a-z0-9&.\- ]{1,40}[)）]")
        if org.get("bracket_body_heads") else None,
        bracket_body_cues=tuple(sorted(key_words(org.get("bracket_body_cues", []) + org.get("body_kind_words", [])),
                                       key=len, reverse=True)),
        bracket_body_not_in=key_words(org.get("bracket_body_not_in", [])),
        bracket_body_max=int(org.get("bracket_body_max", 14)),
        agency_not_ends=key_words(org.get("agency_stem_not_ends", [])),
        agency_parents=frozenset(org.get("agency_parent_types", ["Organization"])),
        agency_places=setting_bool(org, "agency_place_parents", False, _files(["organization"])),
        site_re=re.compile(_alt(key_words(place["site_verbs"]))) if place.get("site_verbs") else None,
        site_reach=int(place.get("site_reach", 40)), site_max=int(place.get("site_max", 4)),
        site_heads=key_words(place.get("site_heads", [])),
        site_not_stems=frozenset(key_words(place.get("site_not_stems", []))),
        site_owner_max=int(place.get("site_owner_max", 0)), site_joiners=key_words(place.get("site_joiners", [])))


def find_governments(p) -> None:
    """美國政府 / 合肥市政府 after a place the lexicon knows (printed as a name of its own or swallowed
    into one word with the head by the tokenizer), 某某政府 after a known person."""
    f, key = load_org_forms(), p.key
    if not f.gov_heads:
        return
    people = {m.end: m for m in list(p.known) + p.found if m.type == "Person"}
    for h in re.finditer(_alt(f.gov_heads), key):
        hs, end = h.start(), h.end()
        if key.startswith(f.gov_not_after, end) or not p.free(hs, end):
            continue
        start = None
        if hs in people:
            pm = people[hs]
            # 甲與乙政府 names no administration of 乙 alone; and a person named only here stays a person
            named_elsewhere = any(m is not pm and m.type == "Person" and name_key(m.text) == name_key(pm.text)
                                  for m in list(p.known) + p.found)
            if not key.endswith(f.gov_not_coordinated, 0, pm.start) and named_elsewhere:
                start = pm.start
        else:
            # the level may be outside the place's name (合肥市政府) or inside it (俄亥俄州政府: NAMES4)
            for e in ((hs - 1, hs) if key[hs - 1:hs] in f.gov_levels else (hs,)):
                for n in range(2, 8):  # the longest place wins (中國大陸政府, not 大陸政府)
                    s = e - n
                    if s < 0 or not all(is_cjk(c) for c in key[s:e]):
                        break
                    if p.lexicon_type(p.text[s:e]) == "Place" and (p.free(s, e) or any(
                            m.type == "Place" and m.start == s and m.end == e for m in p.known)):
                        start = s
                if start is not None:
                    break
        if start is not None:
            p.add(start, end, "Organization", "org-government", 0.8, over=True)


def _plant_number(num: str) -> str:
    """The plant number as Chinese numerals (熊本2廠 and 熊本二廠 are one plant)."""
    if not num.isdigit() or any(c in _CN_DIGITS for c in num):
        return num
    n = int(num)
    if n <= 10:
        return "〇一二三四五六七八九十"[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + ("" if ones == 0 else _CN_DIGITS[ones])
    return num


def find_facilities(p) -> None:
    """熊本二廠, 某某五廠, 晶圓十八廠 (a numbered plant of a known place or company), Fab 21."""
    f, key, text = load_org_forms(), p.key, p.text
    if f.plant_re is not None:
        ends = {m.end: m for m in p.known + p.found if m.type in ("Place", "Company")}
        for m in f.plant_re.finditer(key):
            s, e = m.start(), m.end()
            if key.startswith(f.not_after_head, e):
                continue
            stem = ends.get(s)
            if stem is not None:
                st = stem.start
            else:
                g = next((g for g in f.generic_stems if key.endswith(g, 0, s)), None)
                if g is None or (s - len(g) > 0 and is_cjk(key[s - len(g) - 1]) and not p.left_ok(s - len(g))):
                    continue
                st = s - len(g)
            if not p.free(s, e):
                continue
            number = _plant_number(m.group(2))
            name = text[st:s] + number + text[e - 1:e]
            p.add(st, e, "Place", "place-plant", 0.75, canonical=name if name != text[st:e] else None, over=True)
    if f.site_re is not None and f.site_heads:
        _find_sites(p, f)
    if f.fab_latin is not None:
        for m in f.fab_latin.finditer(text):
            if p.free(m.start(), m.end()):
                p.add(m.start(), m.end(), "Place", "place-fab", 0.8, canonical=f"Fab {m.group(1)}")


_CLAUSE_END = set("，,；;。！？!?：:")


def _find_sites(p, f: OrgForms) -> None:
    """收購甲銅鑼廠 / 收購甲台南廠、乙子公司丙后里廠以及丁台中廠: after a verb of buying or selling, a known
    company, a site (a place or an unknown word of up to `site_max` characters) and 廠 name one plant."""
    key, text = p.key, p.text
    companies = sorted((m for m in p.known + p.found if m.type == "Company"), key=lambda m: (m.start, m.end))
    heads = _alt(f.site_heads)
    for v in f.site_re.finditer(key):
        lo = v.end()
        hi = lo
        while hi < len(key) and hi - lo < f.site_reach and key[hi] not in _CLAUSE_END:
            hi += 1
        last = None  # (owner, end) of the plant read last after this verb
        for h in re.finditer(heads, key[lo:hi]):
            hs, he = lo + h.start(), lo + h.end()
            if key.startswith(f.not_after_head, he) or not p.free(hs, he):
                continue
            # the owner: the nearest company ending before the head, after the verb
            owner = None
            for c in companies:
                if lo <= c.start and c.end < hs and hs - c.end <= f.site_max:
                    owner = c if owner is None or c.end > owner.end else owner
            if owner is None:
                if last is not None and _sibling_site(p, f, last, hs, he):
                    last = (last[0], he)  # 甲新竹廠、台南廠及南京廠: each sibling carries the owner on
                    continue
                _unknown_owner_site(p, f, lo, hs, he)
                continue
            stem = key[owner.end:hs]
            if not stem or stem in f.site_not_stems or not all(is_cjk(ch) or ch.isdigit() for ch in stem):
                continue
            inside = [m for m in p.known + p.found if m.start < hs and owner.start < m.end and m is not owner]
            if any(m.type != "Place" or m.start < owner.end or m.end > hs for m in inside):
                continue  # another kind of name inside the site: not one plant's name
            p.add(owner.start, he, "Place", "place-site", 0.7, over=True)
            last = (owner, he)


def _sibling_site(p, f: OrgForms, last, hs: int, he: int) -> bool:
    """收購甲台南廠、龍潭廠: a place the lexicon knows and 廠, right after the plant read before it and a list
    joiner (place.toml site_joiners), is another plant of the same owner: one place, labelled with the owner's
    name as printed before (甲龍潭廠), so that plants of two owners at one site do not merge."""
    owner, end = last
    key = p.key
    j = next((w for w in f.site_joiners if key.startswith(w, end)), None)
    place = next((m for m in p.known + p.found if m.type == "Place" and m.end == hs), None)
    if j is None or place is None or place.start != end + len(j) or not p.free(place.end, he):
        return False
    p.add(place.start, he, "Place", "place-site", 0.65, canonical=p.text[owner.start:owner.end] + p.text[place.start:he],
          over=True)
    return True


def _unknown_owner_site(p, f: OrgForms, lo: int, hs: int, he: int) -> None:
    """收購甲台南廠、…以及光燿台中廠: a place the lexicon knows and 廠, after a name of two to `site_owner_max`
    characters no one knows that opens the item (right after the verb or a list joiner): one plant."""
    key = p.key
    place = next((m for m in p.known + p.found if m.type == "Place" and m.end == hs), None)
    if place is None:
        return
    for n in range(2, f.site_owner_max + 1):
        st = place.start - n
        if st < lo:
            break
        if not all(is_cjk(ch) for ch in key[st:place.start]) or not p.free(st, place.start):
            continue
        if st == lo or key.endswith(f.site_joiners, lo, st):
            p.add(st, he, "Place", "place-site", 0.6, over=True)
            return


def find_listings(p) -> None:
    """列入貿易管制黑名單: the list a company is put on (a name already known there is left alone). A
    list named right after by a known name (列入貿易黑名單「實體清單」) is that list wherever the page
    uses the description again."""
    f, key = load_org_forms(), p.key
    if f.list_re is None:
        return
    cands, same_as = [], {}
    for m in f.list_re.finditer(key):
        s, e = m.span(1)
        for k in p.known + p.found:  # a name printed first (列入美國商務部黑名單): the list starts after it
            if s <= k.start < e and k.end <= e:
                s = max(s, k.end)
        suffix_len = next((len(x) for x in f.list_suffixes if key.endswith(x, 0, e)), 0)
        stem = key[s:e - suffix_len]
        if len(stem) < 2 or stem.startswith(f.list_stop) or not all(is_cjk(c) or c.isalnum() for c in stem):
            continue
        if any(c in f.name_not_chars for c in stem) or not p.free(s, e):
            continue
        after = e + (1 if key[e:e + 1] in "「“\"(《" else 0)
        named = next((k for k in p.known if k.type == "Policy" and k.start == after and k.entity), None)
        if named is not None:
            same_as[key[s:e]] = named.entity  # 列入貿易黑名單「實體清單」: the list is named right after
            continue
        cands.append((s, e))
    for s, e in cands:
        p.add(s, e, "Policy", "policy-list", 0.7, entity=same_as.get(key[s:e]))


def _year_joins(pol: dict) -> tuple:
    """policy.toml budget_year_joins: [printed, written] pairs (["年财年", "财年"]), in the matching form."""
    out = []
    for item in pol.get("budget_year_joins", []):
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) and x for x in item)):
            raise KgError(f"{_files(['policy'])}: budget_year_joins: each entry is [as printed, as named], "
                          f"not {item!r}")
        out.append(tuple(key_words(item)))
    return tuple(out)


def find_budgets(p) -> None:
    """二〇二六年度預算案 (and 日本2026年度預算案: a place printed right before is part of the name)."""
    f, key = load_org_forms(), p.key
    if f.budget_re is None:
        return
    places = place_starts(p)
    for m in f.budget_re.finditer(key):
        s, e = m.span()
        if (s > 0 and key[s - 1].isdigit()) or not p.free(s, e):
            continue
        ps = places.get(s)
        if ps is None:
            # NAMES4: 日本經濟產業省預定在2023年財年追加預算中 — the country of the government before it
            country = _issuer_country(p, s)
            name = p.text[s:e]
            for join, to in f.budget_year_joins:
                i = key.find(join, s, e)
                if i >= 0:  # 2023年財年 → 2023財年 (kept as printed where `to` ends `join`)
                    j = i + len(join)
                    name = p.text[s:i] + (p.text[j - len(to):j] if join.endswith(to) else to) + p.text[j:e]
            p.add(s, e, "Policy", "policy-budget", 0.7,
                  canonical=country + name if country or name != p.text[s:e] else None)
            continue
        p.add(ps, e, "Policy", "policy-budget", 0.7, over=True)


def _issuer_country(p, s: int) -> str:
    """The place that opens the nearest government body (an organization the lexicon knows) before `s` in
    its clause (日本經濟產業省 → 日本), or ""."""
    from kg.discover_policy import clause_lo

    key = p.key
    lo = clause_lo(key, s)
    orgs = [m for m in p.known if m.type == "Organization" and lo <= m.start and m.end <= s]
    for m in sorted(orgs, key=lambda m: -m.start):
        for n in range(min(4, m.end - m.start - 1), 1, -1):
            if p.lexicon_type(p.text[m.start:m.start + n]) == "Place":
                return p.text[m.start:m.start + n]
    return ""


def find_aimed_measures(p) -> None:
    """美國對華晶片出口限制: a known place, 对华, what is covered, a measure word."""
    f, key = load_org_forms(), p.key
    if f.aimed_re is None:
        return
    for pl in [m for m in p.known if m.type == "Place"]:
        m = f.aimed_re.match(key, pl.end)
        if not m or key.endswith(f.coordinated_after, 0, pl.start):
            continue
        if any(c in f.aimed_not_chars for c in key[pl.end:m.end()]):
            continue
        from kg.discover import _holds_verb

        if _holds_verb(m.group(1)):
            continue  # 美國對華採取更強硬政策: a clause, not a named measure
        if p.free(pl.end, m.end()):
            p.add(pl.start, m.end(), "Policy", "policy-aimed", 0.7, over=True)


def find_ministry_titles(p) -> None:
    """經濟產業相赤澤 / 美國商務部長某某: the part of a minister's title that names the ministry is a
    mention of the ministry (the lexicon's entry; the country's own when a place is printed before)."""
    f, key = load_org_forms(), p.key
    if not f.ministry_titles:
        return
    places = {m.end: m for m in p.known if m.type == "Place"}
    covered = {(m.start, m.end) for m in p.known if m.type == "Organization"}
    for title, ministry in f.ministry_titles:
        # the title's own words up to where it stops spelling the ministry's name
        n = 0
        while n < min(len(title), len(ministry)) and title[n] == ministry[n]:
            n += 1
        if n < 2:
            continue
        for m in re.finditer(re.escape(title), key):
            s = m.start()
            if key[s - 1:s] in ("副",) or any(a <= s and b >= s + n and (a, b) != (s, s + n) for a, b in covered):
                continue  # 副部長 is still the ministry's; a longer organization printed there is left alone
            entry = None
            pl = places.get(s)
            if pl is not None:
                entry = p.lex.lookup(p.text[pl.start:pl.end] + ministry)
            iri = entry.iri if entry is not None else None
            if entry is None and ministry in p.lex.contextual:
                # a context label (貿工部: Singapore's only on a page naming Singapore), as kg/recognize.py reads one
                iri = p.lex.context_pick(ministry, s, [k for k in p.known if k.entity is not None])
                entry = p.lex.entries.get(iri) if iri else None
            elif entry is None:
                entry = p.lex.lookup(ministry)
                iri = entry.iri if entry is not None else None
            if entry is None or entry.type != "Organization" or (s, s + n) in covered:
                continue
            p.add(s, s + n, "Organization", "org-ministry-title", 0.8, entity=iri)


def _place_before(p, end: int) -> int | None:
    """Start of the longest place the lexicon knows printed right before `end` (江蘇, 中國大陸)."""
    key, start = p.key, None
    for n in range(2, 8):
        s = end - n
        if s < 0 or not all(is_cjk(c) for c in key[s:end]):
            break
        if p.lexicon_type(p.text[s:end]) == "Place":
            start = s
    return start


def find_party_committees(p) -> None:
    """中共某某省委 / 某某市委: a party committee of a place the lexicon knows (江蘇省 or 江蘇 + 省委)."""
    f, key = load_org_forms(), p.key
    if not f.committee_heads:
        return
    for h in re.finditer(_alt(f.committee_heads), key):
        hs, end = h.start(), h.end()
        start = _place_before(p, hs)
        if start is None and key[hs - 1:hs] == h.group()[0]:
            start = _place_before(p, hs - 1)  # 江蘇省 known as a whole, then 委 … not printed twice
        if start is None or not p.free(hs, end):
            continue
        pre = next((x for x in f.committee_prefixes if key.endswith(name_key(x), 0, start)), "")
        start -= len(pre)
        if not p.left_ok(start) and key[start - 1:start] != "的":
            continue
        p.add(start, end, "Organization", "org-committee", 0.8, over=True)


def _latin_free(p, s: int, e: int) -> bool:
    from kg.discover import _overlaps_found

    return p.free(s, e) and not _overlaps_found(p, s, e) and p.lex.lookup(p.text[s:e]) is None \
        and not (s > 0 and p.text[s - 1].isascii() and p.text[s - 1].isalnum()) \
        and not (e < len(p.text) and p.text[e].isascii() and p.text[e].isalnum())


def find_research_firms(p) -> None:
    """Acme Research; 研調機構Acme; 據Acme數據 / 根據Acme最新報告; Acme數據顯示: research firms and
    analysts' houses printed in Latin script that the lexicon does not know yet."""
    f, key, text = load_org_forms(), p.key, p.text
    if f.research_head_re is not None:
        for m in f.research_head_re.finditer(text):
            if _latin_free(p, m.start(), m.end()) and not p.lex.lookup(m.group(1)):
                p.add(m.start(), m.end(), "Organization", "org-research", 0.75)
    if not (f.research_cues or f.research_by):
        return
    for m in _LATIN_AT.finditer(text):
        s, e = m.span()
        if e - s < 3 or not _latin_free(p, s, e) or text[s:e].isdigit():
            continue
        j = e + (1 if key[e:e + 1] == " " else 0)
        i = s - (1 if key[s - 1:s] == " " else 0)
        cue = key.endswith(f.research_cues, 0, i)
        by = key.endswith(f.research_by, 0, i)
        after = j
        mid = next((w for w in f.research_between if key.startswith(w, j)), "")
        after += len(mid)
        said = (by and key.startswith(f.research_words, after)) or key.startswith(f.research_strong, after)
        if cue or said:
            p.add(s, e, "Organization", "org-research", 0.75 if cue else 0.7)


def _abbreviation_entity(p, e: int, type_: str) -> str | None:
    """The lexicon entity named by an abbreviation in parentheses printed at `e` (（BIS）), if of `type_`."""
    m = re.match(r"[（(]([A-Za-z][A-Za-z0-9&.-]{1,11})[）)]", p.text[e:e + 14])
    entry = p.lex.lookup(m.group(1)) if m else None
    return entry.iri if entry is not None and entry.type == type_ else None


def _opens_with_verb(stem: str) -> bool:
    """Does the stem open with a plain verb, a preposition, a pronoun, a conjunction, a particle or an adverb
    (jieba's tags; 教育, 投資 tagged vn are the nouns of 教育及文化委員會, 投資審議委員會)?"""
    import jieba.posseg

    words = jieba.posseg.lcut(stem, HMM=False)
    return bool(words) and words[0].flag in ("v", "p", "r", "c", "u", "d") and len(words[0].word) <= 2


def find_agencies(p) -> None:
    """商務部工業暨安全局, 經濟部產業發展署, 國務院辦公廳: a body printed right after the organization it
    belongs to (recognized on the page, or a lexicon name the tokenizer joined to the body's words) is one
    organization named with its parent (kg/names.py relates the two)."""
    from kg.discover import _FUNCTION_CHARS, common_word, known_name_ending

    f, key = load_org_forms(), p.key
    if f.agency_re is None:
        return
    lo, hi = f.agency_stem
    parent_types = f.agency_parents | ({"Place"} if f.agency_places else set())
    ends = {}
    for m in p.known + p.found:
        if m.type in parent_types:
            ends.setdefault(m.end, m)
    for h in f.agency_re.finditer(key):
        hs, e = h.span()
        head = h.group()
        if not p.free(hs, e) or any(common_word(w, 1) for w in (head + key[e:e + 2], head + key[e:e + 1])):
            continue  # the head opens a longer word (局面, 署名, 司機)
        if len(head) == 1 and common_word(key[hs - 1:e], 1):
            continue  # the head ends a word (格局, 部署, 當局)
        names = None
        start = None
        for st in range(hs - (0 if len(head) >= 3 else lo), max(-1, hs - hi - 1), -1):
            stem = key[st:hs]  # empty before a head that names a body by itself (國務院辦公廳)
            c = stem[0] if stem else key[hs]
            if not (is_cjk(c) or c.isascii() and c.isalnum()) or (c in _FUNCTION_CHARS and c not in f.agency_joiners
                                                                   and not (c == "的" and key.endswith(f.agency_under, 0, st))):
                break
            par = ends.get(st)
            if par is None:
                pstart = known_name_ending(p, st, parent_types, 10)
                if pstart is None:
                    continue
                ptype = p.lex.entries[p.lex.index[key[pstart:st]]].type
            else:
                pstart, ptype = par.start, par.type
            if ptype == "Place" and len(stem) < lo:
                continue  # a place's body needs words of its own (日本委員會 names nothing)
            if ptype == "Place":  # 美國加州北區法院: the country printed before the state is part of the name
                outer = next((m for m in p.known if m.type == "Place" and m.end == pstart), None)
                if outer is not None and not key.endswith(f.coordinated_after, 0, pstart):
                    pstart = outer.start
            under = next((w for w in f.agency_under if stem.startswith(w)), None)
            if under is not None:  # 商務部轄下工業和安全局: the body after the word is named on its own (ORGS)
                inner = st + len(under) + (1 if key.startswith("的", st + len(under)) else 0)
                body = key[inner:hs]
                names = p.known + p.found
                if lo <= len(body) and all(is_cjk(ch) and (ch not in _FUNCTION_CHARS or ch in f.agency_joiners)
                                           for ch in body) and body[0] not in f.agency_joiners \
                        and not body.startswith(f.agency_stop) and not body.endswith(f.agency_not_ends) \
                        and not (f.agency_under_counted is not None and f.agency_under_counted.match(body)) \
                        and not _opens_with_verb(body) and not any(m.start < hs and inner < m.end for m in names):
                    start = inner
                break
            if stem and (stem[0] in f.agency_joiners or stem[-1] in f.agency_joiners and len(head) < 3) \
                    or sum(ch in f.agency_joiners for ch in stem) > 1 \
                    or any(ch in _FUNCTION_CHARS and ch not in f.agency_joiners for ch in stem) \
                    or stem and (stem.startswith(f.agency_stop) or stem.endswith(f.agency_not_ends)
                                 or _opens_with_verb(stem)):
                break
            names = p.known + p.found
            if any(m.start < hs and st < m.end and not (m.type == "Organization" and st <= m.start and m.end <= e
                                                         and m.source != "pattern:org-agency") for m in names):
                break  # another name inside the stem (a place, a company, a body): not one body's name
            start = pstart
            break
        if start is None or any(m.start < e and start < m.end and (m.start < start or m.end > e) for m in names):
            continue
        p.add(start, e, "Organization", "org-agency", 0.75, over=True,
              entity=_abbreviation_entity(p, e, "Organization"))


def find_bracketed_bodies(p) -> None:
    """智庫某某與某某研究中心（ABCD）, 某國某某設備協會(ABC), 「某某關係委員會」(Council …): a body word
    (organization.toml bracket_body_heads) followed by the body's Latin name or abbreviation in brackets ends
    one organization's full name, whatever words its stem holds (verbs and joiners included). The name runs
    back from the body word to a boundary, a word for a kind of body (bracket_body_cues: 智庫, 研究機構 …) or a
    place the lexicon knows (kept in the name); never across another name or a function character other than
    a joiner (與, 及, 暨, 和 inside the stem)."""
    from kg.discover import _FUNCTION_CHARS

    f, key = load_org_forms(), p.key
    if f.bracket_body_re is None or ("（" not in key and "(" not in key):
        return
    names = p.known + p.found
    for m in f.bracket_body_re.finditer(key):
        hs, he = m.span(1)
        if not p.free(hs, he):
            continue
        start, s, cued = None, hs, False
        lo = max(0, hs - f.bracket_body_max)
        while s > lo:
            if key.endswith(f.bracket_body_cues, 0, s):
                start, cued = s, True
                break
            pl = next((x for x in p.known if x.type == "Place" and x.end == s), None)
            if pl is not None:
                start = pl.start  # 日本某某協會: the country opens the name
                break
            if any(x.end == s for x in names):
                break  # another name right before: 輝達某某委員會 is no body's own name
            c = key[s - 1]
            if not (is_cjk(c) or c.isascii() and c.isalnum()) or c in _FUNCTION_CHARS and c not in f.agency_joiners:
                start = s
                break
            s -= 1
        if start is None or hs - start < 2 or key[start] in f.agency_joiners or key[hs - 1] in f.agency_joiners:
            continue
        if not cued and any(ch in f.agency_joiners for ch in key[start:hs]):
            continue  # 甲與乙聯盟（ABC）: a joiner inside names one body only after the word for its kind
        if any(x.start < he and start < x.end and not (x.type == "Place" and x.start == start)
               for x in names):
            continue
        if not all(is_cjk(ch) for ch in key[start:hs]):
            continue
        if any(w in key[start:hs] for w in f.bracket_body_not_in):
            continue  # 據傳美國將成立某某管理局（ABC）, 某國尚未加入某某聯盟（ABC）: a clause about a body
        p.add(start, he, "Organization", "org-bracketed", 0.75, over=True,
              entity=_abbreviation_entity(p, m.end(1) + len(m.group(2)), "Organization"))


def find_org_forms(p) -> None:
    find_bracketed_bodies(p)
    find_research_firms(p)
    find_party_committees(p)
    find_ministry_titles(p)
    find_governments(p)
    find_agencies(p)  # 商務部工業暨安全局, 國務院辦公廳 (after the governments: 美國政府問責局)
    find_facilities(p)
    find_listings(p)
    find_budgets(p)
    find_aimed_measures(p)
