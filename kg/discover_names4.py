"""Stage 4b (part, NAMES4 lane): policies and organizations read from their form.

- Policies: acts and bills printed in English inside Chinese text (SAFE FOO Act, Foo Bar Framework);
  security reviews by what they review (網絡安全審查); programmes printed with quotes inside their name
  (專精特新“小巨人”).
- Organizations: a security review's office (網絡安全審查辦公室); a company's division (某公司System LSI部門,
  某公司的晶圓代工事業部), named with the company.

Every word lives in ontology/patterns/ (policy.toml and organization.toml, NAMES4 sections).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _FUNCTION_CHARS, _alt, _load, _overlaps_found, _pattern_data, common_word, key_words
from kg.errors import KgError
from kg.normalize import is_cjk
from kg.paths import setting_words


def _words(spec: dict, key: str, file: str) -> list[str]:
    from kg.discover import _files

    return setting_words(spec, key, [], _files([file]))


@dataclass(frozen=True)
class Forms4:
    act_re: re.Pattern | None
    rule_heads: frozenset
    act_not_first: frozenset
    review_re: re.Pattern | None
    office_heads: tuple
    programmes: tuple  # (compiled regex over the key, name)
    unit_re: re.Pattern | None
    unit_max: int
    unit_not: tuple
    unit_named_heads: tuple
    framework_re: re.Pattern | None = None


@lru_cache(maxsize=1)
@_pattern_data("policy", "organization")
def load_forms4() -> Forms4:
    from kg.discover import _files

    pol, org = _load("policy"), _load("organization")
    heads = _words(pol, "latin_act_heads", "policy")
    rules = _words(pol, "latin_rule_heads", "policy")
    joiners = _words(pol, "latin_act_joiners", "policy")
    word = r"[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*"
    join = f"(?:{_alt(joiners)}) " if joiners else ""
    act_re = None
    if heads or rules:
        act_re = re.compile(rf"(?<![A-Za-z0-9\-&'])((?:{word} (?:{join})?){{1,8}}(?:{_alt(heads + rules)}))(?![A-Za-z0-9\-])")
    topics = sorted(key_words(_words(pol, "review_topics", "policy")), key=len, reverse=True)
    rheads = sorted(key_words(_words(pol, "review_heads", "policy")), key=len, reverse=True)
    programmes = []
    for item in pol.get("programme_forms", []):
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise KgError(f"{_files(['policy'])}: programme_forms: each entry is [regular expression, name]")
        programmes.append((re.compile(item[0]), item[1]))
    uheads = sorted(key_words(_words(org, "unit_heads", "organization")), key=len, reverse=True)
    return Forms4(
        act_re=act_re, rule_heads=frozenset(rules),
        act_not_first=frozenset(_words(pol, "latin_act_not_first", "policy")),
        review_re=re.compile(f"(?:{_alt(topics)})(?:{_alt(rheads)})") if topics and rheads else None,
        office_heads=tuple(sorted(key_words(_words(pol, "review_office_heads", "policy")), key=len, reverse=True)),
        programmes=tuple(programmes),
        unit_re=re.compile(_alt(uheads)) if uheads else None,
        unit_max=int(org.get("unit_max", 6)),
        unit_not=tuple(key_words(_words(org, "unit_not", "organization"))),
        unit_named_heads=tuple(h for h in uheads if h != key_words(["部门"])[0]),
        framework_re=_framework_re(pol),
    )


def _framework_re(pol: dict) -> re.Pattern | None:
    def longest(k):
        return sorted(key_words(_words(pol, k, "policy")), key=len, reverse=True)

    topics, middles, heads = longest("framework_topics"), longest("framework_middles"), longest("framework_heads")
    if not (topics and middles and heads):
        return None
    return re.compile(f"(?<![a-z0-9])(?:{_alt(topics)})(?:{_alt(middles)})(?:{_alt(heads)})")


def find_latin_acts(p) -> None:
    """SAFE FOO Act, Foo Bar Act法案, Foreign Direct Product Rule: an act, bill or rule printed in English."""
    f = load_forms4()
    if f.act_re is None:
        return
    for m in f.act_re.finditer(p.text):
        s, e = m.span(1)
        words = m.group(1).split(" ")
        if words[0] in f.act_not_first:
            continue
        if words[-1] in f.rule_heads and sum(1 for w in words[:-1] if w[:1].isupper()) < 2:
            continue  # Foo Framework: as often software as a rule
        if _overlaps_found(p, s, e):
            continue
        inside = [k for k in p.known if k.start < e and s < k.end]
        if any(k.start < s or k.end > e or k.type not in ("Policy", "Technology", "Place") for k in inside):
            continue  # a company's or a product's name runs into it (Foo Framework of a company)
        p.add(s, e, "Policy", "policy-latin-act", 0.8, over=True)


def find_security_reviews(p) -> None:
    """網絡安全審查 (a policy) and 網絡安全審查辦公室 (its office, an organization)."""
    f, key = load_forms4(), p.key
    if f.review_re is None:
        return
    for m in f.review_re.finditer(key):
        s, e = m.span()
        office = next((h for h in f.office_heads if key.startswith(h, e)), None)
        if office is not None:
            if p.free(s, e + len(office)) and not _overlaps_found(p, s, e + len(office)):
                p.add(s, e + len(office), "Organization", "org-review-office", 0.75)
            continue
        if s > 0 and is_cjk(key[s - 1]) and common_word(key[s - 1:s + 1], 1):
            continue  # the topic is the end of a longer word
        if p.free(s, e) and not _overlaps_found(p, s, e):
            p.add(s, e, "Policy", "policy-security-review", 0.75)


def find_programme_forms(p) -> None:
    """专精特新“小巨人”: a programme printed with quotes inside its name, named as the pattern file says."""
    for rx, name in load_forms4().programmes:
        for m in rx.finditer(p.key):
            s, e = m.span()
            if e - s >= 2 and p.free(s, e) and not _overlaps_found(p, s, e):
                p.add(s, e, "Policy", "policy-programme-form", 0.8, canonical=name)


def find_company_units(p) -> None:
    """某公司System LSI部門, 某公司的晶圓代工部門, 某公司存儲事業部: an organization named with the company and the
    unit (marked on the unit: the company keeps its own mention)."""
    f, key, text = load_forms4(), p.key, p.text
    if f.unit_re is None:
        return
    companies = {}
    for k in p.known:
        if k.type == "Company":
            companies[k.end] = k
            if key[k.end:k.end + 1] == "的":
                companies[k.end + 1] = k
    for h in f.unit_re.finditer(key):
        hs = h.start()
        ue = hs - 1 if key[hs - 1:hs] == " " else hs
        named = h.group() in f.unit_named_heads
        best = None
        # Latin words: 某公司System LSI部門
        us = ue
        while us > 0 and (key[us - 1].isascii() and (key[us - 1].isalnum() or key[us - 1] in " -&")):
            us -= 1
        while us < ue and key[us] == " ":
            us += 1
        if us < ue and text[us:ue].strip() and text[us].isupper() and us in companies:
            best = (companies[us], us)
        else:
            for n in range(2, f.unit_max + 1):
                us = ue - n
                if us < 0 or not all(is_cjk(c) for c in key[us:ue]):
                    break
                unit = key[us:ue]
                if us in companies and (n >= 3 or named) and not any(c in _FUNCTION_CHARS for c in unit) \
                        and not unit.startswith(f.unit_not) and not common_word(unit, 1000):
                    best = (companies[us], us)
                    break
        if best is None:
            continue
        co, us = best
        if not p.free(us, ue) or _overlaps_found(p, us, ue):
            continue
        p.add(us, ue, "Organization", "org-company-unit", 0.75,
              canonical=text[co.start:co.end] + text[us:ue].strip())


@lru_cache(maxsize=1)
@_pattern_data("person")
def _photo_credit_re() -> re.Pattern | None:
    ends = sorted(key_words(_words(_load("person"), "photo_credit_ends", "person")), key=len, reverse=True)
    # a name of two to four characters after a sentence end or a line start, the credit word, then the line
    # or a bracket closes (…論壇。某某某攝 / （某某某攝）)
    return re.compile(rf"(?:^|(?<=[。！？\n（(／/ ]))([\u4e00-\u9fff]{{2,4}}?)(?:{_alt(ends)})(?=$|[\n)）])",
                      re.M) if ends else None


def find_photo_credits(p) -> None:
    """…出席論壇。某某某攝: the photographer's name before 攝 at the end of a caption."""
    from kg.discover import _name_shape

    rx = _photo_credit_re()
    if rx is None:
        return
    for m in rx.finditer(p.key):
        s, e = m.span(1)
        if p.free(s, e) and not _overlaps_found(p, s, e) and _name_shape(p, s, e, False):
            p.add(s, e, "Person", "person-photo-credit", 0.75)


def find_frameworks(p) -> None:
    """AI擴散框架, 美國晶片出口管制規則: a rule named by its topic, what it does and its head."""
    f, key = load_forms4(), p.key
    if f.framework_re is None:
        return
    places = {m.end: m for m in p.known if m.type == "Place"}
    for m in f.framework_re.finditer(key):
        s, e = m.span()
        inside = [k for k in p.known if k.start < e and s < k.end]
        if any(k.start < s or k.end > e or k.type not in ("Technology", "Chip") for k in inside):
            continue  # a lexicon policy or another name covers it
        if _overlaps_found(p, s, e) or e < len(key) and is_cjk(key[e]) and common_word(key[e - 1:e + 1], 1):
            continue
        pl = places.get(s)
        p.add(pl.start if pl else s, e, "Policy", "policy-framework", 0.75, over=True)


def find_names4(p) -> None:
    find_frameworks(p)
    find_photo_credits(p)
    find_latin_acts(p)
    find_security_reviews(p)
    find_programme_forms(p)
    find_company_units(p)
