"""Stage 4b (part, NAMES2 lane): names read from forms of news writing the other finders leave out.

- Materials printed as one character (鎵, 鍺): a technology (ontology/patterns/technology.toml `materials`),
  when the character stands as a word of its own, not inside one (氮化鎵, 砷化鎵 are other words).
- A ministry's controls on named items (對鎵、鍺相關物項實施出口管制): a policy named after the items
  (policy.toml `item_controls`), marked from 相關物項 on, so that a bare 出口管制 elsewhere on the page is
  not taken for it.
- Reporters in a desk credit (財經中心／某某報導) and in a news-agency dateline with the city run on
  (某社記者某某高雄26日電), people named in Latin script after a title with an initial (董事長N Surname),
  the signature of an embedded post (— Some Name (@handle) May 3, 2025) and a leaker's handle
  (爆料者SomeHandle) (person.toml, NAMES2 section).

Called by kg.discover._discover on the same Page; all the words live in ontology/patterns/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _alt, _files, _load, _name_shape, _overlaps_found, _pattern_data, common_word, key_words
from kg.discover_people import load_latin_not_person
from kg.errors import KgError
from kg.model import Mention
from kg.normalize import is_cjk, name_key


@dataclass(frozen=True)
class NameForms:
    materials: dict  # character (matching form) -> lexicon name of the material
    materials_re: re.Pattern | None
    shared_heads: tuple
    roundup_re: re.Pattern | None
    unit_re: re.Pattern | None
    unit_joiners: str
    roundup_not: frozenset
    shared_joiners: tuple
    item_controls_re: re.Pattern | None
    shared_control_joiners: tuple
    item_joiners: str
    desk_re: re.Pattern | None
    agency_dateline_re: re.Pattern | None
    latin_initial_re: re.Pattern | None
    post_signature_re: re.Pattern | None
    leaker_re: re.Pattern | None
    bracket_credit_re: re.Pattern | None = None  # 【某某快報/某某】
    dated_credit_re: re.Pattern | None = None  # 20240101某某/綜合外電報導


@lru_cache(maxsize=1)
@_pattern_data("technology", "policy", "person", "organization")
def load_name_forms() -> NameForms:
    tech, pol, per, org = _load("technology"), _load("policy"), _load("person"), _load("organization")
    words, verbs = key_words(org.get("roundup_words", [])), key_words(org.get("roundup_verbs", []))
    item = r"[0-9a-z\u4e00-\u9fff][0-9a-z\u4e00-\u9fff.' ]{1,11}?"
    mats = {str(k): str(v) for k, v in tech.get("materials", {}).items()}
    reporters = key_words(per.get("dateline_reporters", []))
    leakers = key_words(per.get("leaker_words", []))
    forms = NameForms(
        materials=mats,
        materials_re=re.compile(_alt(list(mats))) if mats else None,
        shared_heads=key_words(tech.get("shared_heads", [])),
        roundup_re=re.compile(f"(?:{_alt(sorted(words, key=len, reverse=True))})[ ]?({item}(?:、{item}){{0,5}})等?(?:{_alt(verbs)})")
        if words and verbs else None,
        roundup_not=frozenset(key_words(org.get("roundup_not", []))),
        unit_re=re.compile(org["unit_form"]) if org.get("unit_form") else None,
        unit_joiners=str(org.get("unit_joiners", "")),
        shared_joiners=key_words(tech.get("shared_joiners", [])),
        item_controls_re=re.compile(pol["item_controls"]) if pol.get("item_controls") else None,
        item_joiners=str(pol.get("item_joiners", "、")),
        # MEASURES: goods before one control head (the heads of policy.toml `measure_on_heads`, compiled once in
        # discover_policy3.load_tariffs as measure_re) and the joiners of `item_joiners`
        shared_control_joiners=tuple(key_words(list(pol.get("item_joiners", "")))),
        desk_re=re.compile(per["desk_credit"]) if per.get("desk_credit") else None,
        bracket_credit_re=re.compile(per["bracket_credit"]) if per.get("bracket_credit") else None,
        dated_credit_re=re.compile(per["dated_credit"]) if per.get("dated_credit") else None,
        agency_dateline_re=re.compile(f"(?:{_alt(reporters)})") if reporters else None,
        latin_initial_re=re.compile(per["latin_initial_name"]) if per.get("latin_initial_name") else None,
        post_signature_re=re.compile(per["post_signature"]) if per.get("post_signature") else None,
        leaker_re=re.compile(f"(?:{_alt(leakers)})[ :：]?({per['leaker_handle']})", re.I)
        if leakers and per.get("leaker_handle") else None,
    )
    # the finders read these named groups: a pattern without one is a one-line error naming its file
    for rx, groups, file, key in ((forms.item_controls_re, ("items", "what", "head"), "policy", "item_controls"),
                                  (forms.desk_re, ("name",), "person", "desk_credit"),
                                  (forms.bracket_credit_re, ("name", "outlet"), "person", "bracket_credit"),
                                  (forms.dated_credit_re, ("name",), "person", "dated_credit"),
                                  (forms.unit_re, ("head", "head2"), "organization", "unit_form")):
        missing = [g for g in groups if rx is not None and g not in rx.groupindex]
        if missing:
            raise KgError(f"{_files([file])}: {key} needs the named group(s) {', '.join(missing)} in its pattern")
    return forms


def _inside_word(key: str, s: int) -> bool:
    """Is the character at s part of a longer dictionary word (氮化鎵, 鍺晶體)?"""
    import jieba

    a = max(0, s - 4)
    pos = a
    for w in jieba.lcut(key[a:s + 5], HMM=False):
        if pos <= s < pos + len(w):
            return len(w) > 1
        pos += len(w)
    return False


def find_materials(p) -> None:
    """鎵、鍺: a material printed as one character standing alone is that material's lexicon entry."""
    f, key, text = load_name_forms(), p.key, p.text
    if f.materials_re is None:
        return
    for m in f.materials_re.finditer(key):
        s = m.start()
        if p.taken[s] or any(x.start <= s < x.end for x in p.found) or _inside_word(key, s):
            continue
        entry = p.lex.lookup(f.materials[m.group()])
        if entry is None or entry.type not in ("Technology", "Product"):
            continue
        p.found.append(Mention(s, s + 1, text[s:s + 1], entry.type, "pattern:material", 0.75, entity=entry.iri))


def find_item_controls(p) -> None:
    """對鎵、鍺相關物項實施出口管制: the controls are a policy named after what they cover (鎵鍺相關物項出口管制),
    marked from the item word to the head (相關物項實施出口管制); the items keep their own mentions."""
    f, key, text = load_name_forms(), p.key, p.text
    if f.item_controls_re is None:
        return
    for m in f.item_controls_re.finditer(key):
        items = "".join(ch for ch in text[m.start("items"):m.end("items")] if ch not in f.item_joiners)
        if not items or any(not is_cjk(ch) for ch in items):
            continue
        s, e = m.start("what"), m.end("head")  # 相關物項實施出口管制: not the bare head, which other measures share
        if not p.free(s, e) or _overlaps_found(p, s, e):
            continue
        name = items + text[s:m.end("what")] + text[m.start("head"):e]
        p.add(s, e, "Policy", "policy-item-controls", 0.75, canonical=name)


def _policy_name_keys(lex) -> tuple:
    """(name key, IRI) of every name of every lexicon policy, in a fixed order (find_shared_controls)."""
    return tuple(sorted((name_key(n), e.iri) for e in lex.entries.values() if e.type == "Policy" for n, _l in e.names()))


def find_shared_controls(p) -> None:
    """稀土與永磁體出口限制: goods printed together before one head of a control, where the first of them and
    the head are a lexicon policy (稀土出口限制): that policy, marked on the head; the goods keep their own
    mentions (policy.toml `measure_on_heads` and `item_joiners`, MEASURES lane). MEASURES fix: the goods are materials
    (kg:Product), not chips or technologies (擴大稀土與H20出口管制); none of the others may name another
    control of the lexicon (稀土、鎵和鍺出口管制: gallium and germanium have their own, so no head is named);
    a cued name (稀土出口限制 is China's only beside 中國 / 商務部 …) needs its cue in the sentence."""
    from kg.discover_policy3 import load_tariffs
    from kg.recognize import cue_near  # here: kg.recognize imports the discover modules
    f, key, text = load_name_forms(), p.key, p.text
    heads = load_tariffs().measure_re  # the control heads (policy.toml measure_on_heads), one compiled copy
    if heads is None or not f.shared_control_joiners:
        return
    goods = {m.end: m for m in list(p.known) + p.found if m.type == "Product"}
    for h in heads.finditer(key):
        s, e = h.span()
        last = goods.get(s)
        if last is None or not p.free(s, e) or _overlaps_found(p, s, e):
            continue
        chain = [last]
        while True:  # back over the joiners to the first of the goods printed together
            at = chain[-1].start
            prev = next((goods[at - len(j)] for j in f.shared_control_joiners
                         if key.startswith(j, at - len(j)) and at - len(j) in goods), None)
            if prev is None:
                break
            chain.append(prev)
        if len(chain) < 2:
            continue  # one item before the head is a lexicon name of its own (稀土出口限制) or no name
        name = chain[-1].text + text[s:e]
        entry = p.lex.lookup(name)
        if entry is None or entry.type != "Policy":
            continue
        cues = p.lex.cued.get(name_key(name))
        if cues and not cue_near(key, chain[-1].start, e, tuple(sorted(cues))):
            continue  # 日本收緊稀土與石墨出口管制: not China's
        others = p.lex.derived("policy-name-keys", _policy_name_keys)
        if any(name_key(g.text) in k and iri != entry.iri for g in chain[:-1] for k, iri in others):
            continue  # 稀土、鎵和鍺出口管制: 鎵 has a control of its own (鎵鍺出口管制)
        p.add(s, e, "Policy", "policy-shared-control", 0.75, entity=entry.iri)


def _cjk_name_at(p, s: int, ends) -> int | None:
    """End of a Chinese name of two or three characters at s, followed by one of `ends` (a position test)."""
    for n in (3, 2):
        e = s + n
        if e <= len(p.key) and ends(e) and _name_shape(p, s, e, False) and not common_word(p.key[s:e], 500):
            return e
    return None


def find_reporters(p) -> None:
    """財經中心／某某報導 (a desk, a slash, the reporter, 報導) and 某社記者某某高雄26日電 (the reporter, then a
    known city, a day and 電 or 報導)."""
    f, key = load_name_forms(), p.key
    # 財經中心／某某報導, 20240101某某/綜合外電報導
    for rx, rule in ((f.desk_re, "person-desk-credit"), (f.dated_credit_re, "person-dated-credit")):
        for m in rx.finditer(key) if rx is not None else ():
            s, e = m.span("name")
            if _name_shape(p, s, e, False) and p.free(s, e):
                p.add(s, e, "Person", rule, 0.8)
    if f.bracket_credit_re is not None:  # 【某某快報/某某】: the reporter, and the outlet an organization
        from kg.discover import _credit_outlet_ends

        for m in f.bracket_credit_re.finditer(key):
            s, e = m.span("name")
            if not (_name_shape(p, s, e, False) and p.free(s, e)):
                continue
            p.add(s, e, "Person", "person-bracket-credit", 0.8)
            a, b = m.span("outlet")
            if key[a:b].endswith(_credit_outlet_ends()) and p.lexicon_type(p.text[a:b]) in (None, "Organization") \
                    and p.free(a, b):
                p.add(a, b, "Organization", "org-credit-outlet", 0.75)
    if f.agency_dateline_re is not None:
        place_at = {m.start: m for m in p.known if m.type == "Place"}
        day = re.compile(r"[0-9]{1,2}日(?:电|报道|报导)|(?:电|报道|报导)")

        def ends(e: int) -> bool:
            pl = place_at.get(e)
            return pl is not None and bool(day.match(key, pl.end))

        for m in f.agency_dateline_re.finditer(key):
            s = m.end()
            e = _cjk_name_at(p, s, ends)
            if e is not None and p.free(s, e) and not _overlaps_found(p, s, e):
                p.add(s, e, "Person", "person-agency-dateline", 0.8)


def find_latin_people(p) -> None:
    """董事長N Surname (an initial and a surname right after a title), — Some Name (@handle) (the
    signature of an embedded post), 爆料者SomeHandle (a leaker known by a handle)."""
    f, text, pat = load_name_forms(), p.text, p.pat

    def add(s: int, e: int, rule: str) -> None:
        name = text[s:e]
        if p.lexicon_type(name) in (None, "Person") and p.free(s, e) and not _overlaps_found(p, s, e) \
                and not any(w.strip(".").lower() in load_latin_not_person() for w in name.split()):
            p.add(s, e, "Person", rule, 0.75)

    if f.latin_initial_re is not None:
        for m in f.latin_initial_re.finditer(text):  # rare: then look for a title ending right before it
            s = m.start() - (1 if text[m.start() - 1:m.start()] == " " else 0)
            if any(pat.title_re.fullmatch(p.key, i, s) for i in range(max(0, s - 12), s - 1)):
                add(m.start(), m.end(), "person-title-initial")
    if f.post_signature_re is not None:
        for m in f.post_signature_re.finditer(text):
            add(*m.span(1), "person-post-signature")
    if f.leaker_re is not None:
        for m in f.leaker_re.finditer(p.key):  # the words in the matching form, the name as printed
            add(*m.span(1), "person-leaker")


def find_shared_heads(p) -> None:
    """電源管理、面板驅動晶片: a kind printed without the head it shares with the next one is that kind
    when the lexicon knows it with the head (電源管理晶片)."""
    f, key = load_name_forms(), p.key
    if not f.shared_heads or not f.shared_joiners:
        return
    for m in p.known:
        if m.type != "Technology" or not key.endswith(f.shared_joiners, 0, m.start) \
                or not key.endswith(f.shared_heads, m.start, m.end):
            continue
        head = next(h for h in f.shared_heads if key.endswith(h, m.start, m.end))
        joiner = next(j for j in f.shared_joiners if key.endswith(j, 0, m.start))
        e = m.start - len(joiner)
        for n in range(6, 1, -1):
            s = e - n
            if s < 0 or not all(is_cjk(c) for c in key[s:e]):
                continue
            entry = p.lex.lookup(key[s:e] + head)
            if entry is not None and entry.type == "Technology" and p.free(s, e) and not _overlaps_found(p, s, e):
                p.add(s, e, "Technology", "technology-shared-head", 0.75, entity=entry.iri)
                break


def find_roundup_outlets(p) -> None:
    """綜合某某、某某等報導: the outlets a round-up credit lists."""
    f, key = load_name_forms(), p.key
    if f.roundup_re is None:
        return
    for m in f.roundup_re.finditer(key):
        s = m.start(1)
        for part in m.group(1).split("、"):
            a, e = s, s + len(part)
            s = e + 1
            while a < e and key[a] == " ":
                a += 1
            name = key[a:e].strip()
            e = a + len(name)
            if e - a < 2 or name in f.roundup_not or p.lexicon_type(name) not in (None, "Organization") or common_word(name, 200) \
                    or not p.free(a, e) or _overlaps_found(p, a, e):
                continue
            p.add(a, e, "Organization", "org-roundup-credit", 0.7)


def find_glossed_units(p) -> None:
    """微軟內部的超級智慧團隊 (Superintelligence Team), 電源及感測器系統（PSS）部門: a team or a division
    printed with its Latin name or abbreviation in brackets is an organization, named without the gloss."""
    from kg.discover import _FUNCTION_CHARS

    f, key, text = load_name_forms(), p.key, p.text
    if f.unit_re is None:
        return
    ends = {m.end for m in p.known + p.found if m.type in ("Company", "Organization", "Place", "Person")}
    for m in f.unit_re.finditer(key):
        stem_end = m.start()
        head = "head" if m.group("head") else "head2"
        s = stem_end
        while s > 0 and stem_end - s < 10 and is_cjk(key[s - 1]) and (s == stem_end or s not in ends) \
                and (key[s - 1] not in _FUNCTION_CHARS or key[s - 1] in f.unit_joiners):
            s -= 1
        while s < stem_end and key[s] in f.unit_joiners:
            s += 1
        e = m.end()
        inside = [k for k in p.known if k.start < e and s < k.end]
        if stem_end - s < 2 or common_word(key[s:stem_end], 200) \
                or any(k.type != "Technology" or k.start < s or k.end > e for k in inside) \
                or any(x.start < e and s < x.end and (x.start < s or x.end > e) for x in p.found):
            continue  # a technology (先進封裝) or a name found inside (感測器系統) gives way to the unit's name
        name = text[s:stem_end] + text[m.start(head):m.end(head)]
        p.add(s, e, "Organization", "org-glossed-unit", 0.7, canonical=name, over=True)


def find_names2(p) -> None:
    find_glossed_units(p)
    find_roundup_outlets(p)
    find_shared_heads(p)
    find_reporters(p)
    find_latin_people(p)
    find_item_controls(p)
    find_materials(p)
    find_shared_controls(p)
