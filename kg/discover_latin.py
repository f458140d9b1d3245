"""Stage 4b (part): names written in Latin script that sit next to another name, LATIN round. Called by
kg.discover.discover on the same Page; the words live in ontology/patterns/named.toml ([phone_models],
[systems]) and ontology/patterns/chip.toml ([family_models]).

- vivo Y300, VivoY300, OPPOA3i, MotoG35, 榮耀Play9T, 真我13: a phone maker's name and a model code is
  that maker's phone (a Product). The maker is a company mention of its own (also inside a glued word:
  VivoY300), the product is the code, named as printed with the maker (vivo Y300, VivoY300, 真我13).
- AMD Instinct MI300, Instinct MI300, Rubin CPX: a known chip family printed with a model code after it
  is one chip: the model the lexicon knows (MI300), or a new chip named family + code (Rubin CPX). A
  maker's name at the start of the family's label (AMD Instinct) is a company mention of its own.
- GB300 NVL72, Vera Rubin NVL144 CPX: a chip name and a rack-scale system code (NVL72) is a system, a
  Product; the rack code alone is no chip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import Page, _alt, _ascii_alnum, _files, _load, _pattern_data
from kg.errors import KgError
from kg.model import Mention
from kg.normalize import is_cjk, name_key


@dataclass(frozen=True)
class LatinForms:
    maker_re: re.Pattern | None  # phone makers, on the matching text
    maker_alias: dict  # a short maker form -> the lexicon label naming the company (moto -> Motorola)
    phone_code_re: re.Pattern | None
    phone_not_before: tuple
    family_code_re: re.Pattern | None
    family_not: frozenset
    system_re: re.Pattern | None


@lru_cache(maxsize=1)
@_pattern_data("named", "chip")
def load_latin_forms() -> LatinForms:
    named, chip = _load("named"), _load("chip")
    ph, fam, sy = named.get("phone_models", {}), chip.get("family_models", {}), named.get("systems", {})
    makers = [w.lower() for w in ph.get("makers", [])]
    alias = {k.lower(): v for k, v in (ph.get("aliases") or {}).items()}
    forms = LatinForms(
        maker_re=re.compile(f"(?<![a-z0-9])(?:{_alt(makers)})") if makers else None,
        maker_alias=alias,
        phone_code_re=re.compile(ph["code"]) if ph.get("code") else None,
        phone_not_before=tuple(sorted(ph.get("not_before", []), key=len, reverse=True)),
        family_code_re=re.compile(fam["code"]) if fam.get("code") else None,
        family_not=frozenset(w.lower() for w in fam.get("not_codes", [])),
        system_re=re.compile(sy["code"]) if sy.get("code") else None,
    )
    # the model code is read as group 1 of [family_models] code
    if forms.family_code_re is not None and forms.family_code_re.groups < 1:
        raise KgError(f"{_files(['chip'])}: [family_models] code needs 1 group(s) in its pattern, "
                      f"has {forms.family_code_re.groups}")
    return forms


def _maker_entity(p: Page, printed: str, f: LatinForms) -> str | None:
    entry = p.lex.lookup(f.maker_alias.get(printed.lower(), printed))
    return entry.iri if entry is not None and entry.type == "Company" else None


def find_phone_models(p: Page) -> None:
    """vivo Y300, OPPOA3i, 榮耀Play9T, 真我13: a phone maker's name and a model code."""
    f = load_latin_forms()
    if f.maker_re is None or f.phone_code_re is None:
        return
    key, text = p.key, p.text
    for mk in f.maker_re.finditer(key):
        ms, me = mk.span()
        latin = key[ms].isascii()
        c = f.phone_code_re.match(key, me)
        if not c or not any(ch.isdigit() for ch in c.group()):
            continue
        cs, ce = me + (key[me] == " "), c.end()
        if ce < len(key) and (_ascii_alnum(key[ce]) or key[ce] in ".%-"):
            continue
        if key.startswith(f.phone_not_before, ce + (key[ce:ce + 1] == " ")):
            continue  # vivo 2025年, 真我13億: a year, an amount
        if not latin and key[me] == " ":
            continue
        glued = latin and cs == me
        if glued and key[me].isdigit():
            continue  # vivo5: no model letters, a maker glued to a number is no name
        if glued and not text[me].isupper():
            continue  # Motorsport, motors: a maker's name glued to the rest of an ordinary word
        entity = _maker_entity(p, text[ms:me], f)
        if entity is None:
            continue
        if not p.free(cs, ce):
            continue  # the lexicon knows the model (Reno 19)
        if any(k.start < ce and ms < k.end and (k.start < ms or k.end > ce) for k in p.known):
            continue  # a longer known name runs across it
        if glued and any(k.start < ce and ms < k.end for k in p.known):
            continue
        inner = [x for x in p.found if x.start < ce and ms < x.end]
        if any(x.start < ms or x.end > ce for x in inner):
            continue
        if not glued and any(x.start < cs and x.type != "Company" for x in inner):
            continue  # the maker was read as part of a longer name
        p.found = [x for x in p.found if not any(x is y for y in inner)]  # Y300 read as a chip first
        # the product's name as printed: vivo Y300 and 真我13; glued, VivoY300
        name = text[ms:me] + (" " if latin and not glued else "") + text[cs:ce]
        if not any(k.start == ms and k.end == me for k in p.known):
            p.add(ms, me, "Company", "company-phone-maker", 0.85, entity=entity)
        p.add(cs, ce, "Product", "product-phone-model", 0.8, canonical=name, over=True)


def _clear(p: Page, s: int, e: int) -> bool:
    """Take out the found mentions inside s..e (read by a weaker rule first); False when one runs across."""
    inner = [x for x in p.found if x.start < e and s < x.end]
    if any(x.start < s or x.end > e for x in inner):
        return False
    p.found = [x for x in p.found if not any(x is y for y in inner)]
    return True


def _maker_head(p: Page, m: Mention) -> int | None:
    """End of a company's name printed at the start of a known chip family's label (AMD Instinct: AMD)."""
    words = m.text.split(" ")
    if len(words) < 2:
        return None
    entry = p.lex.lookup(words[0])
    return m.start + len(words[0]) if entry is not None and entry.type == "Company" else None


def find_systems(p: Page) -> None:
    """GB300 NVL72, Vera Rubin NVL144 CPX: a chip and a rack-scale system code is a system (Product)."""
    f = load_latin_forms()
    if f.system_re is None:
        return
    text = p.text
    for k in sorted([m for m in p.known + p.found if m.type == "Chip"], key=lambda m: (m.start, -m.end)):
        c = f.system_re.match(text, k.end)
        if not c:
            continue
        s, e = k.start, c.end()
        if e < len(text) and _ascii_alnum(text[e]):
            continue
        if any(x.start < e and s < x.end and (x.start < s or x.end > e) for x in p.known):
            continue
        if not _clear(p, s, e):
            continue
        p.add(s, e, "Product", "product-system", 0.8, canonical=text[s:e], over=True)


def find_family_models(p: Page) -> None:
    """Instinct MI300, Rubin CPX: a known chip family and a model code printed after it is one chip."""
    f = load_latin_forms()
    if f.family_code_re is None:
        return
    text = p.text
    found_now = list(p.found)
    for k in sorted([m for m in p.known + found_now if m.type == "Chip"], key=lambda m: (m.start, -m.end)):
        printed = text[k.start:k.end]
        if not printed.isascii() or any(ch.isdigit() for ch in printed) or not printed[:1].isalpha():
            continue  # a family is a Latin name without a number (Instinct, Rubin)
        if not any(k is x for x in p.known + p.found):
            continue  # taken out by an earlier match
        c = f.family_code_re.match(text, k.end)
        if not c or c.group(1).lower() in f.family_not:
            continue
        cs, ce = c.start(1), c.end(1)
        code = [x for x in p.known if x.start < ce and cs < x.end]
        if any(x.start != cs or x.end != ce or x.type != "Chip" for x in code):
            continue  # the code is part of another known name, or known as something else
        if any(x.start < ce and cs < x.end and (x.start < cs or x.end > ce) for x in p.found):
            continue  # the code begins a longer name found already (X2 Elite)
        head = _maker_head(p, k)
        s = head + 1 if head is not None else k.start
        if not _clear(p, k.start, ce):
            continue
        entity = code[0].entity if code else None
        if head is not None:
            entry = p.lex.lookup(text[k.start:head])
            p.add(k.start, head, "Company", "company-family-maker", 0.9, entity=entry.iri)
        if entity is not None:
            p.add(s, ce, "Chip", "chip-family-latin-code", 0.9, entity=entity, over=True)
        else:
            p.add(s, ce, "Chip", "chip-family-latin-code", 0.8, canonical=text[s:ce], over=True)


def _maker_led_heads(lexicon) -> dict:
    """The maker's part of each maker-led label -> the labels it begins (Intel -> [intel core ultra, …])."""
    from kg.recognize import maker_led

    makers: dict = {}
    for label, head in maker_led(lexicon).items():
        makers.setdefault(label[:head], []).append(label)
    return makers


def name_with_makers(p: Page) -> None:
    """Intel Core Ultra 200V: a model found after a known label that starts with its maker (Intel Core
    Ultra) is printed after the maker's own mention (Intel, kg.recognize); the new chip is named with the
    maker as printed, the way the label joins them, so both namings of the model find it."""
    from kg.recognize import maker_led

    led = maker_led(p.lex)
    if not led:
        return
    key, text = p.key, p.text
    makers = p.lex.derived("maker_led_heads", _maker_led_heads)
    starts = {}
    for k in p.known:
        if k.type == "Company" and k.source == "lexicon" and key[k.start:k.end] in makers \
                and any(key.startswith(label, k.start) for label in makers[key[k.start:k.end]]):
            starts[k.end + 1] = k
    for m in p.found:
        k = starts.get(m.start)
        if k is not None and m.type in ("Chip", "Product") and m.entity is None \
                and m.source != "pattern:chip-processor-model":  # named by its numbering scheme already
            m.canonical = text[k.start:m.end]


@dataclass(frozen=True)
class LatinCued:
    name_re: re.Pattern
    suffixes: tuple
    strong: tuple
    before: tuple
    after: tuple
    not_names: frozenset
    kind_before: tuple = ()
    kind_strong: tuple = ()
    acquire_before: tuple = ()
    kind_not_followed: tuple = ()


# not the tail of a longer run of words (Foo Bar Baz Qux集團: the run is no name of three words)
_LATIN_RUN = r"(?<![A-Za-z0-9\-.&'’])(?<![A-Za-z0-9\-.&'’] )([A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*){0,2})(?![A-Za-z0-9\-&])"


@lru_cache(maxsize=1)
@_pattern_data("company")
def load_latin_cued() -> LatinCued | None:
    cfg = _load("company").get("latin_cued")
    if not cfg:
        return None

    def words(k):
        return tuple(sorted(cfg.get(k, []), key=len, reverse=True))

    return LatinCued(re.compile(_LATIN_RUN), words("suffixes"), words("suffixes_strong"), words("partner_before"),
                     words("partner_after"), frozenset(w.lower() for w in cfg.get("not_names", [])),
                     words("kind_before"), words("kind_before_strong"), words("acquire_before"),
                     words("kind_not_followed"))


def find_latin_cued(p: Page) -> None:
    """Foo集團, Foo公司, 與Foo合作: a Latin name before a Chinese word for a company, or between the words
    of working together, is a company."""
    cfg = load_latin_cued()
    if cfg is None:
        return
    key, text = p.key, p.text
    for m in cfg.name_re.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        low = name.lower()
        if len(name) < 3 or low in cfg.not_names or low in p.pat.latin_stop \
                or any(w.lower() in cfg.not_names or w.lower() in p.pat.latin_stop for w in name.split(" ")[:1]):
            continue
        acronym = not any(ch.islower() for ch in name)
        suffix = next((w for w in cfg.suffixes if key.startswith(w, e)), None)
        partner = key[max(0, s - 2):s].endswith(cfg.before) and key.startswith(cfg.after, e)
        # NAMES4: 美商Foo, 軟體商Foo, 收購Foo (not 收購Foo平台: a product word after the name)
        before = key[max(0, s - 6):s]
        strong_kind = before.endswith(cfg.kind_strong) if cfg.kind_strong else False
        kind = (before.endswith(cfg.kind_before) or before.endswith(cfg.acquire_before)) \
            and not key.startswith(cfg.kind_not_followed, e)
        if suffix is None and not partner and not kind:
            continue
        if acronym and not partner and suffix not in cfg.strong and not strong_kind:
            continue
        if any(ch.isdigit() for ch in name) and not any(ch.isalpha() and ch.islower() for ch in name):
            continue  # H20公司, A100合作: model codes, not names
        if not p.free(s, e) or any(x.start < e and s < x.end for x in p.found):
            continue
        if p.lexicon_type(name) is not None:
            continue
        p.add(s, e, "Company", "company-latin-cued", 0.75)


def _glued_lines_re(lexicon) -> re.Pattern | None:
    lines = [k for k in lexicon.numbered if k.isascii() and k.isalpha()
             and lexicon.entries[lexicon.index[k]].type == "Product"] if lexicon.numbered else []
    return re.compile(f"(?<![a-z0-9])(?:{_alt(lines)})(?=\\d)") if lines else None


def find_glued_lines(p: Page) -> None:
    """Mate60系列, Pura80 Pro: a product line the lexicon names only before a number (kg:numberedLabel),
    printed glued to its number, is one model of the line, as Mate 60 printed apart is
    (kg.discover.find_product_models; the lexicon lookup reads whole words and misses the glued form)."""
    from kg.discover import load_tech

    rx = p.lex.derived("glued_lines", _glued_lines_re)
    t, key = load_tech(), p.key
    if rx is None or t.model_version_re is None:
        return
    for m in rx.finditer(key):
        v = t.model_version_re.match(key, m.end())
        if not v:
            continue
        s, e = m.start(), v.end()
        if t.model_not_before_re is not None and t.model_not_before_re.match(key, e):
            continue
        if not p.free(s, e) or not _clear(p, s, e):
            continue
        p.add(s, e, "Product", "product-glued-model", 0.8)
