"""Stage 4b (part, NAMES3 lane): people, organizations and policies read from their form and context.

- People after a title whose name the surname table does not cover: an official after a party or government
  title (省委書記某某某、…) and a name the tagger reads as one before an ordinary word (董事長某小某選中…);
  Latin names with a hyphenated given name or a particle (總裁 Jean-Luc Foo, 執行長 Anna van der Bar).
- Organizations: a city's state investment platform (某市國投, 某區國資), a legislature's standing committee
  (kg/discover.py agency finder, heads in organization.toml), an exchange named in full, an outlet in a
  bracketed dateline (【某某電視台 2031年03月01日訊】).
- Policies: trade investigations (對某國某產品發起反傾銷調查, 啟動反歧視調查), a country's export rules
  (某國出口規則), national strategies (某某一體化國家戰略).

Every word lives in ontology/patterns/ (person.toml, organization.toml, policy.toml, NAMES3 sections).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _alt, _files, _load, _name_shape, _overlaps_found, _pattern_data, common_word, key_words, surname_len
from kg.errors import KgError
from kg.normalize import is_cjk
from kg.paths import setting_words


def _words(spec: dict, key: str, file: str) -> list[str]:
    """A list-valued setting of a pattern file (a string there is a one-line error, not its characters)."""
    return setting_words(spec, key, [], _files([file]))


@dataclass(frozen=True)
class PersonForms:
    official: tuple
    official_ends: frozenset
    latin_re: re.Pattern
    next_word_freq: int
    bracket_re: re.Pattern | None
    apposition_re: re.Pattern | None
    clause_flags: frozenset
    spaced_credit_re: re.Pattern | None


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_person_forms() -> PersonForms:
    per = _load("person")
    titles = sorted(key_words(_words(per, "bracket_titles", "person")), key=len, reverse=True)
    particles = sorted(_words(per, "latin_particles", "person"), key=len, reverse=True)
    part = f"(?:(?:{_alt(particles)}) ){{0,2}}" if particles else ""
    # NAMES5: a family name may carry a capitalised prefix (McNamara, O'Brien, DeSantis: person.toml latin_name_prefixes)
    prefixes = sorted(_words(per, "latin_name_prefixes", "person"), key=len, reverse=True)
    pre = f"(?:{_alt(prefixes)})?" if prefixes else ""
    word = rf"{pre}[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    # two or three capitalised words (a hyphenated given name, a middle initial, particles before the last)
    latin = rf"{word}(?: (?:[A-Z]\. )?{part}{word}){{1,2}}(?![A-Za-z0-9-])"
    spaced = re.compile(per["spaced_credit"]) if per.get("spaced_credit") else None
    if spaced is not None and "name" not in spaced.groupindex:
        raise KgError(f"{_files(['person'])}: spaced_credit needs the named group(s) name in its pattern")
    return PersonForms(official=tuple(key_words(_words(per, "official_titles", "person"))),
                       official_ends=frozenset(per.get("official_name_ends", "")),
                       latin_re=re.compile(latin),
                       next_word_freq=int(per.get("tagged_next_word_freq", 100)),
                       bracket_re=re.compile(rf"[（(][^（）()\n，。]{{0,{int(per.get('bracket_title_org_max', 12))}}}?"
                                             rf"(?:{_alt(titles)})(?:(?:{_alt(per['title_joiners'])})(?:{_alt(titles)}))*[)）]")
                       if titles else None,
                       apposition_re=re.compile(
                           f"(?:{_alt(key_words(_words(per, 'apposition_cues', 'person')))})[^，。,；;\\n（）()「」“”]{{0,{int(per.get('bracket_title_org_max', 12))}}}?"
                           rf"(?:{_alt(titles)})(?:(?:{_alt(per['title_joiners'])})(?:{_alt(titles)}))*"
                           f"(?=[，。,；;、]|{_alt(key_words(_words(per, 'apposition_ends', 'person')))})")
                       if titles and per.get("apposition_cues") else None,
                       clause_flags=frozenset(per.get("official_not_flags", "vdpcurmqa")),
                       spaced_credit_re=spaced)


def latin_person(text: str, s: int) -> re.Match | None:
    """A Latin person's name at s (after a title): Jean-Marc Foo, Anna van der Bar, Lisa T. Foo."""
    return load_person_forms().latin_re.match(text, s)


def title_name_fallback(p, s: int, title: str) -> int | None:
    """End of a three-character name at s right after `title` that the surname rules left out, or None.

    董事長某小某選中…: a known surname, the tagger reads the three characters as a name and an ordinary
    word follows. 省委書記某某某、…: after an official's title, three characters that hold no common word,
    then a list or clause boundary or a speech verb."""
    from kg.discover import _word_at_start, load_more
    from kg.discover_people import _tagged_name, load_speakers

    key, pf = p.key, load_person_forms()
    e = s + 3
    name = key[s:e]
    if e > len(key) or not all(is_cjk(c) for c in name) or p.lexicon_type(name) is not None or _word_at_start(p, s):
        return None
    if name[-1] in load_speakers().not_last:
        return None
    first = surname_len(p.pat, key, s)
    if first == 1 and common_word(key[e:e + 2], pf.next_word_freq) and not common_word(name[1:], 150) \
            and not common_word(name[:2], 500) and _tagged_name(name, False, load_speakers().tags):
        return e
    if title.endswith(pf.official) and e < len(key) and (key[e] in pf.official_ends
                                                          or key.startswith(load_more().speech_verbs, e)):
        if not common_word(name[:2], 50) and not common_word(name, 50) and not common_word(name[1:], 1000) \
                and not _starts_clause(p, s, name, pf):
            return e  # 省委書記信某某、: no surname of the table, no word inside
        if first and _name_shape(p, s, e, False):
            return e  # 市長王宏偉、: a surname and a given name that is also a word
    return None


def _starts_clause(p, s: int, name: str, pf: PersonForms) -> bool:
    """Does `name` open a clause rather than name someone (也到場, 已離任, 親自主持): a word that follows
    names or a function character first, or a first word the tagger reads as a verb, adverb or particle?"""
    import jieba.posseg

    from kg.discover import _FUNCTION_CHARS

    if name[0] in _FUNCTION_CHARS or p.pat.right_re.match(p.key, s):
        return True
    first = next(iter(jieba.posseg.cut(name, HMM=True)), None)
    return first is None or first.flag[:1] in pf.clause_flags


def find_bracket_titles(p) -> None:
    """某某（某公司創始人）表示: a name right before a bracket that ends with a title is a person."""
    from kg.discover import load_more
    from kg.discover_people import name_start_before

    key, pf = p.key, load_person_forms()
    if pf.bracket_re is None:
        return
    for m in pf.bracket_re.finditer(key):
        e = m.start()
        s = name_start_before(e, lambda s: (s == 0 or key[s - 1] in p.pat.boundary or p.left_ok(s))
                              and p.free(s, e) and not _overlaps_found(p, s, e) and _name_shape(p, s, e, False))
        if s is not None:
            p.add(s, e, "Person", "person-bracket-title", 0.75)


def find_appositive_titles(p) -> None:
    """某某，某公司創始人兼CEO，表示… / 某某是某公司創始人。: a name opening a clause, then a comma or a copula
    and a title that ends the phrase, is a person."""
    from kg.discover_people import name_start_before

    key, pf = p.key, load_person_forms()
    if pf.apposition_re is None:
        return
    for m in pf.apposition_re.finditer(key):
        e = m.start()
        s = name_start_before(e, lambda s: (s == 0 or key[s - 1] in p.pat.boundary)
                              and p.free(s, e) and not _overlaps_found(p, s, e) and _name_shape(p, s, e))
        if s is not None:
            p.add(s, e, "Person", "person-apposition", 0.75)


def find_spaced_credits(p) -> None:
    """編輯: 某 某某 (a credit whose name is printed with a space after the surname): the name without it."""
    key, text, pf = p.key, p.text, load_person_forms()
    if pf.spaced_credit_re is None:
        return
    for m in pf.spaced_credit_re.finditer(key):
        s, e = m.span("name")
        name = key[s:e].replace(" ", "")
        if surname_len(p.pat, name, 0) != 1 or common_word(name, 50) or p.lexicon_type(name) not in (None, "Person"):
            continue
        if p.free(s, e) and not _overlaps_found(p, s, e):
            p.add(s, e, "Person", "person-spaced-credit", 0.75, canonical=text[s:e].replace(" ", ""))


# -- organizations ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class BodyForms:
    head_re: re.Pattern | None
    prefixes: tuple
    levels: tuple
    not_places: frozenset
    not_after: tuple
    level_heads: frozenset
    not_across: tuple
    ministry_re: re.Pattern | None = None
    ministry_infixes: tuple = ()
    body_heads: frozenset = frozenset()  # organization.toml country_body_heads (ORGS lane)
    body_not_before: tuple = ()
    body_not_places: frozenset = frozenset()


@lru_cache(maxsize=1)
@_pattern_data("organization")
def load_body_forms() -> BodyForms:
    org = _load("organization")
    heads = sorted(key_words(_words(org, "place_body_heads", "organization")), key=len, reverse=True)
    return BodyForms(head_re=re.compile(_alt(heads)) if heads else None,
                     prefixes=tuple(key_words(_words(org, "place_body_prefixes", "organization"))),
                     levels=tuple(sorted(key_words(_words(org, "place_body_levels", "organization")), key=len, reverse=True)),
                     not_places=frozenset(key_words(_words(org, "place_body_not_places", "organization"))),
                     not_after=tuple(key_words(_words(org, "place_body_not_after", "organization"))),
                     level_heads=frozenset(key_words(_words(org, "place_body_level_heads", "organization"))),
                     not_across=key_words(_words(org, "place_body_not_across", "organization")),
                     ministry_re=_alt_re(key_words(_words(org, "country_ministry_heads", "organization")
                                                     + _words(org, "country_body_heads", "organization"))),
                     ministry_infixes=key_words(_words(org, "country_ministry_infixes", "organization")),
                     body_heads=frozenset(key_words(_words(org, "country_body_heads", "organization"))),
                     body_not_before=key_words(_words(org, "country_body_not_before", "organization")),
                     body_not_places=frozenset(key_words(_words(org, "country_body_not_places", "organization"))))


def _alt_re(words: tuple) -> re.Pattern | None:
    return re.compile(_alt(words)) if words else None


def _place_before(p, e: int, not_places: frozenset) -> int | None:
    """Start of the longest place the lexicon knows ending at e (printed alone or inside a longer token)."""
    key, start = p.key, None
    for n in range(2, 8):
        s = e - n
        if s < 0 or not all(is_cjk(c) for c in key[s:e]):
            break
        if p.lexicon_type(p.text[s:e]) == "Place" and key[s:e] not in not_places:
            start = s
    return start


def find_place_bodies(p) -> None:
    """全國人大常委會, 某省人大常委會, 某市政協, 某市國投, 某區國資: a public body named after its place."""
    f, key = load_body_forms(), p.key
    if f.head_re is None:
        return
    for h in f.head_re.finditer(key):
        hs, he = h.start(), h.end()
        if key.startswith(f.not_after, he) or key.startswith(f.not_across, he - 1):
            continue
        start = None
        pre = next((w for w in f.prefixes if key.endswith(w, 0, hs)), None)
        if pre is not None:
            start = hs - len(pre)
        else:
            lv = next((w for w in f.levels if key.endswith(w, 0, hs)), "")
            if not lv and key[hs:he] in f.level_heads:
                continue  # 北京人大: a university as often as the city's legislature
            start = _place_before(p, hs - len(lv), f.not_places)
        if start is None or pre is None and not (p.left_ok(start) or start in p.place_starts):
            continue  # 某聯合肥國投: a place inside a word names nothing
        if _overlaps_found(p, start, he) or any(m.start < he and start < m.end and not (m.type == "Place" or (
                m.type == "Organization" and start <= m.start and m.end <= he)) for m in p.known):
            continue
        p.add(start, he, "Organization", "org-place-body", 0.75, over=True)


# -- policies --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TradeForms:
    kind_re: re.Pattern | None
    verbs: tuple
    product_after: tuple
    product_max: int
    rule_re: re.Pattern | None
    product_not_ends: tuple


@lru_cache(maxsize=1)
@_pattern_data("policy")
def load_trade_forms() -> tuple:
    pol = _load("policy")
    kinds = sorted(key_words(_words(pol, "trade_kinds", "policy")), key=len, reverse=True)
    joiners = key_words(_words(pol, "trade_kind_joiners", "policy"))
    tail = pol.get("trade_tail", "调查")
    kind_re = None
    if kinds:
        k = f"(?:{_alt(kinds)})"
        # one kind or several joined (反傾銷與反歧視調查): group 1 holds the kinds
        # (?<![0-9]): 232, 301, 337 inside a longer number (1232調查) name no investigation
        kind_re = re.compile(f"(?<![0-9])({k}(?:(?:{_alt(joiners)}){k})*)" + tail if joiners else f"(?<![0-9])({k})" + tail)
    heads = sorted(key_words(_words(pol, "place_rule_heads", "policy")), key=len, reverse=True)
    return TradeForms(kind_re=kind_re,
                      verbs=tuple(sorted(key_words(_words(pol, "trade_launch_verbs", "policy")), key=len, reverse=True)),
                      product_after=tuple(sorted(key_words(_words(pol, "trade_product_after", "policy")), key=len, reverse=True)),
                      product_max=int(pol.get("trade_product_max", 8)),
                      rule_re=re.compile(_alt(heads)) if heads else None,
                      product_not_ends=key_words(_words(pol, "trade_product_not_ends", "policy"))), kinds, joiners


def _trade():
    return load_trade_forms()


def _product_before(p, end: int, tf: TradeForms) -> tuple[int, int] | None:
    """The product named right before a launching verb ending at `end`: the run back to the last of
    `product_after` (相關, 的, 對 …), two to `product_max` characters, no function character, not a place or a
    company alone (對美國發起調查 names the target, not the product)."""
    from kg.discover import _FUNCTION_CHARS

    key = p.key
    for n in range(2, tf.product_max + 1):
        s = end - n
        if s <= 0 or not all(is_cjk(c) or c.isascii() and c.isalnum() for c in key[s:end]):
            return None
        if key.endswith(tf.product_after, 0, s):
            word = key[s:end]
            if any(c in _FUNCTION_CHARS for c in word):
                return None
            if any(m.start <= s and end <= m.end and m.type in ("Place", "Company", "Organization")
                   for m in p.known + p.found) or word.endswith(tf.product_not_ends):
                return None  # 對美國發起, 對中國企業發起: the target, not the product
            # 對美國晶片發起: the country printed first is the target, the product follows it
            place = next((m for m in p.known if m.type == "Place" and m.start == s and m.end <= end - 2), None)
            return (s if place is None else place.end), end
    return None


def _company_before(p, end: int) -> tuple[int, int, str] | None:
    """POLICY2 lane. The company an investigation is launched into, printed right before the verb after 對 /
    針對 (某總局對甲展開 / 某委員會針對乙公司啟動), and the body launching it, the last body or place before 對 in
    the clause: the company's span and the body as printed, so that the investigation is named after both
    (某總局甲反壟斷調查) — two regulators' investigations of one company are two. No body printed: None."""
    key = p.key
    ms = p.known + p.found
    for m in ms:
        if m.type != "Company":
            continue
        rest = key[m.end:end]
        if rest in ("", "公司", "集团") and key.endswith(("对", "针对"), 0, m.start) \
                and not key.endswith(("反对", "面对"), 0, m.start):
            lo = m.start
            while lo > 0 and key[lo - 1] not in "。！？!?;；,，":
                lo -= 1
            body = max((b for b in ms if b.type in ("Organization", "Place") and lo <= b.start and b.end <= m.start),
                       key=lambda b: (b.end, -b.start), default=None)
            return (m.start, m.end, p.text[body.start:body.end]) if body is not None else None
    return None


def find_trade_investigations(p) -> None:
    """對原產於某國的相關某產品發起反傾銷立案調查 → 某產品反傾銷調查; 啟動反歧視調查 → 反歧視調查."""
    tf, kinds, joiners = _trade()
    key, text = p.key, p.text
    if tf.kind_re is None:
        return
    cands = []
    for m in tf.kind_re.finditer(key):
        ks, ke = m.span(1)
        verb = next((v for v in tf.verbs if key.endswith(v, 0, ks)), None)
        product, body = None, ""
        if verb is not None:
            product = _product_before(p, ks - len(verb), tf)
            if product is None:  # 某總局對甲展開反壟斷調查: named after the body and the company (POLICY2 lane)
                hit = _company_before(p, ks - len(verb))
                if hit is not None:
                    product, body = hit[:2], hit[2]
        else:
            tech = next((x for x in p.known + p.found if x.end == ks and x.type in ("Technology", "Chip", "Product")), None)
            if tech is None:
                continue  # 反傾銷調查 with no launching verb and no product: a mention in passing
            product = (tech.start, tech.end)
        # the kinds printed (反傾銷與反歧視): each its own investigation
        parts, i = [], ks
        while i < ke:
            k = next((k for k in kinds if key.startswith(k, i)), None)
            if k is None:
                break
            parts.append((i, i + len(k)))
            i += len(k)
            j = next((j for j in joiners if key.startswith(j, i)), None)
            if j is not None:
                i += len(j)
        tail = text[ke:m.end()].replace("立案", "")
        for n, (a, b) in enumerate(parts):
            s, e = (a, m.end()) if n == len(parts) - 1 else (a, b)
            name = body + (text[product[0]:product[1]] if product else "") + text[a:b] + tail
            cands.append((s, e, key[a:b], name, product is not None))
    # a kind printed again without its product (隨後啟動的反傾銷調查) is the investigation named with it
    # (in the same article: another article's investigation of that kind is another one)
    named = {}
    for s, e, kind, name, with_product in cands:
        if with_product:
            named.setdefault((_article_at(p, s), kind), name)
    for s, e, kind, name, with_product in cands:
        if _overlaps_found(p, s, e) or not p.free(s, e):
            continue
        p.add(s, e, "Policy", "policy-trade-investigation", 0.75,
              canonical=name if with_product else named.get((_article_at(p, s), kind), name))


def _article_at(p, pos: int) -> int | None:
    """The article of the sentence holding `pos` (None outside every sentence)."""
    from bisect import bisect_right

    i = bisect_right(p.sent_starts, pos) - 1
    return p.doc.sentences[i].article if i >= 0 and pos < p.doc.sentences[i].end else None


def find_place_rules(p) -> None:
    """美國出口規則, 某國出口管制新規: a country's rules on exports named after it."""
    tf = _trade()[0]
    key = p.key
    if tf.rule_re is None:
        return
    places = {m.end: m for m in p.known if m.type == "Place"}
    for m in tf.rule_re.finditer(key):
        place = places.get(m.start())
        if place is None or not p.free(m.start(), m.end()) or _overlaps_found(p, place.start, m.end()):
            continue
        from kg.discover_policy import _right_ok, load_headed

        if not _right_ok(p, m.end(), m.group(), load_headed()):
            continue  # the head starts a longer word
        p.add(place.start, m.end(), "Policy", "policy-place-rule", 0.75, over=True)


@lru_cache(maxsize=1)
@_pattern_data("policy")
def _person_measure_re() -> re.Pattern | None:
    heads = sorted(key_words(_words(_load("policy"), "person_measure_heads", "policy")), key=len, reverse=True)
    return re.compile(_alt(heads)) if heads else None


def find_person_measures(p) -> None:
    """某某關稅政策: a known person's tariffs or trade policy, named with the person (marked on the head)."""
    rx = _person_measure_re()
    if rx is None:
        return
    from kg.discover_policy import _right_ok, load_headed

    people = {m.end: m for m in p.known if m.type == "Person"}
    for m in rx.finditer(p.key):
        who = people.get(m.start())
        if who is None or not p.free(m.start(), m.end()) or _overlaps_found(p, m.start(), m.end()) \
                or not _right_ok(p, m.end(), m.group(), load_headed()):
            continue
        # marked on the head, named with the person: the person keeps their own mention
        p.add(m.start(), m.end(), "Policy", "policy-person-measure", 0.7,
              canonical=p.text[who.start:who.end] + p.text[m.start():m.end()])


def find_country_ministries(p) -> None:
    """德國聯邦經濟部, 韓國商務部: a ministry named after another country than the one whose bare name the
    lexicon knows (經濟部 alone is Taiwan's, 商務部 alone China's). The country and the ministry are one
    new body, not the other country's ministry; a full name the lexicon knows (美國商務部) stays its own."""
    f, key = load_body_forms(), p.key
    if f.ministry_re is None:
        return
    for h in f.ministry_re.finditer(key):
        hs, he = h.start(), h.end()
        infix = next((w for w in f.ministry_infixes if key.endswith(w, 0, hs)), "")
        start = _place_before(p, hs - len(infix), frozenset())
        if start is None or not (p.left_ok(start) or start in p.place_starts):
            continue
        if key[hs:he] in f.body_heads and (key.startswith(f.body_not_before, he) or key[start:hs] in f.body_not_places):
            continue  # 法國海關總署, 日本內閣官房長官, 東南亞央行: a longer name, an office, or a region's many bodies
        if any(m.start <= start and he <= m.end and m.type != "Place" for m in p.known) or _overlaps_found(p, start, he):
            continue  # the lexicon knows the full name (美國商務部, 台灣經濟部)
        p.add(start, he, "Organization", "org-country-ministry", 0.75, over=True)


def find_names3(p) -> None:
    find_person_measures(p)
    find_bracket_titles(p)
    find_appositive_titles(p)
    find_spaced_credits(p)
    find_place_bodies(p)
    find_country_ministries(p)
    find_trade_investigations(p)
    find_place_rules(p)
