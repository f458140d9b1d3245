"""Stage 4b (part, NAMES5 lane): people's names in forms the title rules miss.

- a posting before the name (駐日代表某某, 駐美大使某某) and a unit's head (經濟組組長某某);
- a Latin name right after a Chinese title that the title lists do not hold (部門經理Foo Bar), and a later
  mention of its family name alone (Bar 表示) as the same person;
- a transliterated Western name longer than the Chinese-shaped start (部長施某納某赫, not 施某納);
- a name whose surname the table leaves out, after a title and before a verb (董事長俎某某介紹), with a
  lower confidence;
- an interview's heads (某公司某某：…, 某某：在我看來…).

Every word lives in ontology/patterns/person.toml (NAMES5 section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _alt, _load, _overlaps_found, _pattern_data, common_word, key_words, surname_len
from kg.discover_names3 import _words
from kg.normalize import is_cjk


@dataclass(frozen=True)
class Forms5:
    posting_re: re.Pattern | None
    unit_title_re: re.Pattern | None
    latin_title_re: re.Pattern | None
    latin_surname_min: int
    longer_min: int
    rare_verbs: tuple
    rare_ends: str
    rare_conf: float
    colons: str
    inserted_re: re.Pattern | None
    not_heads: frozenset = frozenset()  # words heading a quote that are no name (華為高管：)


def _a_string(value, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"`{name}` must be a string of characters")
    return value


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_forms5() -> Forms5:
    per = _load("person")

    def words(name: str) -> list[str]:
        return sorted(key_words(_words(per, name, "person")), key=len, reverse=True)

    openers, offices, heads = words("posting_openers"), words("posting_offices"), words("posting_heads")
    place_max = int(per.get("posting_place_max", 8))
    posting_re = None
    if openers and heads:
        office = f"(?:{_alt(offices)})?" if offices else ""
        # a post is not the start of an office (駐日代表處今天表示: the office speaks, no name follows)
        rest = sorted({o[len(h):] for o in offices for h in heads if o.startswith(h) and len(o) > len(h)}, key=len)
        not_office = f"(?!{_alt(rest)})" if rest else ""
        posting_re = re.compile(f"(?:{_alt(openers)})[\u4e00-\u9fff]{{1,{place_max}}}?{office}(?:{_alt(heads)}){not_office}")
    units, latin_ends = words("unit_titles"), words("latin_title_ends")
    return Forms5(
        posting_re=posting_re,
        unit_title_re=re.compile(f"(?<=[\u4e00-\u9fff])(?:{_alt(units)})") if units else None,
        latin_title_re=re.compile(f"(?:{_alt(latin_ends)})[ \u3000]?(?=[a-z])") if latin_ends else None,
        latin_surname_min=int(per.get("latin_surname_min", 4)),
        longer_min=int(per.get("transliteration_longer_min", 4)),
        rare_verbs=tuple(words("rare_name_verbs")),
        rare_ends=_a_string(per.get("rare_name_ends", ""), "rare_name_ends"),
        rare_conf=float(per.get("rare_name_confidence", 0.6)),
        colons="".join(_words(per, "interview_colons", "person")),
        not_heads=frozenset(key_words(_words(per, "interview_not_heads", "person"))),
        # the title, then the two characters of the given name ending the line or the phrase; the surname
        # before the title is checked by the finder (a space or a line start before it)
        inserted_re=re.compile(rf"(?<=[\u4e00-\u9fff])(?:{_alt(words('inserted_titles'))})"
                               rf"(?=[\u4e00-\u9fff]{{2}}(?:[ \u3000\t]*$|[，,。；;、)）]))", re.M)
        if words("inserted_titles") else None,
    )


def longer_transliteration(p, s: int, e: int) -> int:
    """End of the name at s after a title: a transliterated name longer than the Chinese-shaped key[s:e]
    when every character of both is of the transliteration table (部長施某納某赫), else e."""
    from kg.discover import _transliterated_name, load_more

    chars = load_more().transliteration_chars
    if not all(c in chars for c in p.key[s:e]):
        return e
    e2 = _transliterated_name(p, s)
    return e2 if e2 is not None and e2 > e and e2 - s >= load_forms5().longer_min else e


def _name_at(p, s: int) -> int | None:
    """End of a person's name at s right after a post: a Chinese name (a long transliteration winning),
    a transliterated one, or one before a reporting verb."""
    from kg.discover import _cjk_person, _transliterated_before_verb, _transliterated_name

    key = p.key
    if s >= len(key) or not is_cjk(key[s]):
        return None
    e = _cjk_person(p, s)
    if e is not None and e - s == 3:
        e = longer_transliteration(p, s, e)
    if e is None:
        e = _transliterated_name(p, s) or _transliterated_before_verb(p, s)
    if e is None or (e - s == 2 and common_word(key[s:e], 100)):
        return None
    return e if p.lexicon_type(p.text[s:e]) in (None, "Person") else None


def _add_after(p, s: int, rule: str) -> None:
    from kg.discover_names3 import latin_person

    if p.key.startswith((" ", "\u3000"), s):
        s += 1
    if s >= len(p.key) or not p.free(s, s + 1) or _overlaps_found(p, s, s + 1):
        return
    if is_cjk(p.key[s]):
        e = _name_at(p, s)
    else:
        lm = latin_person(p.text, s)
        e = lm.end() if lm and _latin_name_ok(p, lm.group()) else None
    if e and p.free(s, e) and not _overlaps_found(p, s, e):
        p.add(s, e, "Person", rule, 0.8)


def _latin_name_ok(p, name: str) -> bool:
    from kg.discover_people import load_latin_not_person

    stop = load_latin_not_person()
    return p.lexicon_type(name) in (None, "Person") and not any(w.lower().strip(".") in stop for w in name.split())


def find_postings(p) -> None:
    """駐日代表某某, 駐美大使某某, 經濟組組長某某, 部門經理Foo Bar: the name after a post."""
    f = load_forms5()
    for rx, rule in ((f.posting_re, "person-posting"), (f.unit_title_re, "person-unit-title")):
        if rx is not None:
            for m in rx.finditer(p.key):
                _add_after(p, m.end(), rule)
    if f.latin_title_re is not None:
        for m in f.latin_title_re.finditer(p.key):
            if p.text[m.end():m.end() + 1].isupper():
                _add_after(p, m.end(), "person-latin-after-title")


def find_latin_surnames(p) -> None:
    """Foo Bar … Bar 表示: the family name alone, later on the page, is the same person."""
    f, text = load_forms5(), p.text
    people = [m for m in list(p.known) + p.found
              if m.type == "Person" and re.fullmatch(r"[A-Z][A-Za-z'.\-]*(?: [A-Z][A-Za-z'.\-]*){1,3}", m.text)]
    holders: dict[str, set] = {}
    for m in people:
        holders.setdefault(m.text.split()[-1], set()).add(m.entity or m.canonical or m.text)
    done = set()
    for m in people:
        sur = m.text.split()[-1]
        if len(sur) < f.latin_surname_min or not sur.isalpha() or sur in done or not _latin_name_ok(p, sur):
            continue
        if len(holders[sur]) > 1:
            continue  # Kevin Zhang and Peter Zhang: whose a bare Zhang is cannot be told
        done.add(sur)
        for occ in re.finditer(rf"(?<![A-Za-z0-9\-]){re.escape(sur)}(?![A-Za-z0-9\-])", text):
            i, j = occ.span()
            if m.start <= i < m.end or re.match(r"[ \u3000]?[A-Za-z0-9]", text[j:j + 2]) \
                    or re.search(r"[A-Za-z0-9][ \u3000.]?$", text[max(0, i - 2):i]):
                continue  # part of a longer Latin name or a model (Bar 300)
            if p.free(i, j) and not _overlaps_found(p, i, j):
                p.add(i, j, "Person", "person-latin-surname", round(m.confidence * 0.95, 3),
                      canonical=m.canonical or (None if m.entity else m.text), entity=m.entity)


def find_rare_surnames(p) -> None:
    """董事長俎某某介紹: after a title, three characters the surname table does not start, no word inside,
    then a reporting verb or a clause boundary."""
    from kg.discover import _FUNCTION_CHARS, _word_at_start
    from kg.discover_names3 import _starts_clause, load_person_forms

    f, key, pf = load_forms5(), p.key, load_person_forms()
    for m in p.pat.title_re.finditer(key):
        s = m.end()
        e = s + 3
        name = key[s:e]
        if e >= len(key) or not all(is_cjk(c) for c in name) or not p.free(s, e) or _overlaps_found(p, s, e):
            continue
        if not (key[e] in f.rare_ends or key.startswith(f.rare_verbs, e)):
            continue
        if any(c in _FUNCTION_CHARS for c in name) or _word_at_start(p, s) \
                or any(p.lexicon_type(p.text[s:s + k]) is not None for k in (2, 3)) \
                or p.lexicon_type(p.text[s + 1:e]) is not None \
                or common_word(name[:2], 50) or common_word(name[1:], 200) or common_word(name, 50) \
                or _starts_clause(p, s, name, pf):
            continue
        p.add(s, e, "Person", "person-title-rare", f.rare_conf)


_TITLE_PART = re.compile(r"[|｜丨]\s*$")


def find_interview_heads(p) -> None:
    """某公司某某：… / 某某：在我看來…: a name before a colon at a line start, or right after a company
    that opens a line or a title part; read when printed so twice, or once after the company."""
    from kg.discover import _name_shape

    f, key = load_forms5(), p.key
    if not f.colons:
        return
    org_end = {m.end: m for m in list(p.known) + p.found if m.type in ("Company", "Organization")}
    heads: dict[str, list] = {}
    for c in re.finditer(f"(?<=[\u4e00-\u9fff])[{re.escape(f.colons)}]", key):
        e = c.start()
        for n in (3, 2):
            s = e - n
            if s < 0:
                continue
            org = org_end.get(s)
            at = org.start if org is not None else s
            line = key[key.rfind("\n", 0, at) + 1:at]
            if line.strip(" \u3000\t") and not _TITLE_PART.search(line):
                continue  # a name heads the line or a title part (系列(二)| 某公司某某：)
            if key[s:e] in f.not_heads or not _name_shape(p, s, e, True) or not p.free(s, e) \
                    or _overlaps_found(p, s, e):
                continue
            heads.setdefault(key[s:e], []).append((s, e, org is not None))
            break
    for spans in heads.values():
        if len(spans) >= 2 or any(after_org for _s, _e, after_org in spans):
            for s, e, _ in spans:
                p.add(s, e, "Person", "person-interview-head", 0.75)


def find_inserted_titles(p) -> None:
    """某辦事處經濟組 章組長某某: a surname, a title, a given name, signing a line; the person is 章某某."""
    f, key, text = load_forms5(), p.key, p.text
    if f.inserted_re is None:
        return
    for m in f.inserted_re.finditer(key):
        s, e = m.start() - 1, m.end() + 2
        if s > 0 and key[s - 1] not in " \u3000\t\n":
            continue
        if surname_len(p.pat, key, s) != 1 or not p.free(s, e) or _overlaps_found(p, s, e):
            continue
        if not _shape_ok(p, key[s] + key[e - 2:e]):
            continue
        p.add(s, e, "Person", "person-inserted-title", 0.7, canonical=text[s] + text[e - 2:e])


def _shape_ok(p, name: str) -> bool:
    from kg.discover import starts_like_clause

    return not common_word(name[1:], 150) and not common_word(name, 200) and not starts_like_clause(name) \
        and p.lexicon_type(name) in (None, "Person")


def find_latin_speakers(p) -> None:
    """Foo Bar表示 / Foo Bar 指出: a Latin name of two or three capitalised words opening a clause right
    before a speaker verb (person.toml speaker_verbs), with no title before it."""
    from kg.discover_names3 import load_person_forms
    from kg.discover_people import load_speakers

    sp, key, text = load_speakers(), p.key, p.text
    if sp.verb_re is None:
        return
    tail = re.compile(rf"(?<![A-Za-z0-9\-'’.&])(?:{load_person_forms().latin_re.pattern})$")
    for v in sp.verb_re.finditer(key):
        end = v.start() - (1 if key[v.start() - 1:v.start()] == " " else 0)
        if end < 1 or not key[end - 1].isalpha() or not key[end - 1].isascii():
            continue
        m = tail.search(text, max(0, end - 40), end)
        if m is None:
            continue
        s = m.start()
        before = key[s - 1:s].strip(" \u3000")
        if before and before not in p.pat.boundary and before not in "」”』》":
            continue  # not a clause start (某公司的Foo Bar表示: a title or a company may stand before)
        if _latin_name_ok(p, m.group()) and p.free(s, end) and not _overlaps_found(p, s, end):
            p.add(s, end, "Person", "person-latin-speaker", 0.75)


def find_names5(p) -> None:
    find_inserted_titles(p)
    find_latin_speakers(p)
    find_postings(p)
    find_rare_surnames(p)
    find_interview_heads(p)
    find_latin_surnames(p)
