"""Stage 4b (part): chip and product names by their form, CHIP3 round. Called by kg.discover.discover on
the same Page; the patterns live in ontology/patterns/chip.toml (tables [parts], [coordinated], [numbered],
[memory], [short]) and ontology/patterns/named.toml ([company_device], [toolkit], [code_products]).

- Foo GPU, Bar CPU, Baz-4 DPU: a chip printed with a word for its part. A known chip keeps its entity
  (the mention grows over the part word); an unknown capitalised code name becomes a chip named by it.
- Foo 300、400和500: bare numbers coordinated after a Latin brand's model are models of that brand.
- 深算四號: a family the lexicon knows by numbered models (深算一號) printed with another number and 號;
  思元690, 昇騰950PR: a brand with two or more coded models in the lexicon printed with another code.
- 某存儲第五代3D NAND, 某某321層NAND: a known memory maker, a generation and a memory product word.
- M5處理器, Z3晶片: a short code right before a Chinese word for a chip.
- Products: 某米15s Pro手機 (a known maker, a code and a device word), Foo SDK (a software kit),
  交換機Q1600 (a code next to a word for a machine tool or network gear).
- CHIPS lane (chip.toml [cued], [refuse]): chips read from their cue (某系列（代號Foo與Bar）, 代號Foo與Bar的處理器,
  Foo 和 Bar 系列等網路晶片, TPU即v7, Trainium3／4) by find_cued_chips; the look-alikes (O2O, UE8M0, AISoC, HMB4,
  DeepSeek – R3大模型, a ThinkSystem server) refused last by refuse_chips.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import Page, _ascii_alnum, after_company, common_word, _files, _load, _overlaps_found, _pattern_data, load_extra, load_more, name_forms
from kg.errors import KgError
from kg.lexicon import Lexicon
from kg.normalize import is_cjk
from kg.prefilter import may_match


def _longest(words) -> tuple:
    """The words, longest first (words of one length in their order)."""
    return tuple(sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class ChipForms:
    part_words_re: re.Pattern | None
    part_name_re: re.Pattern | None
    part_not: frozenset
    coord_re: re.Pattern | None
    coord_closers: tuple
    numbered_re: re.Pattern | None
    coded_re: re.Pattern | None
    coded_not_before: tuple
    memory_re: re.Pattern | None
    device_re: re.Pattern | None
    device_after: tuple
    toolkit_re: re.Pattern | None
    code_re: re.Pattern | None
    short_re: re.Pattern | None
    short_kinds: tuple
    code_between_re: re.Pattern | None
    code_before: tuple
    code_after: tuple
    code_series_re: re.Pattern | None = None  # named.toml [code_products] series (NAMES lane)
    code_series_not: frozenset = frozenset()
    variant_same: frozenset = frozenset()  # words after a known model that leave it the same chip (A18 Bionic)
    intro_re: re.Pattern | None = None  # NAMES lane: 某騰910系列晶片，包括910B、910C (codes introduced after a model)
    code_first_re: re.Pattern | None = None  # NAMES lane: 910C昇騰晶片 (a code printed before its brand)
    part_series_re: re.Pattern | None = None  # CHIPS lane: 某騰910系列 (a known chip printed with a series word)
    serves_re: re.Pattern | None = None  # CHIPS3 fix: 伺服器/資料中心 between a name and its part word
    serves_after: tuple = ()  # CHIPS3 fix: launch verbs that may stand before such a name


@lru_cache(maxsize=1)
@_pattern_data("chip", "named")
def load_chip_forms() -> ChipForms:
    chip, named = _load("chip"), _load("named")
    dev, tool, cp = named.get("company_device", {}), named.get("toolkit", {}), named.get("code_products", {})
    parts, coord, num, mem, short = (chip.get(k, {}) for k in ("parts", "coordinated", "numbered", "memory", "short"))
    memory_re = None
    if mem.get("generation") and mem.get("products"):
        prods = "|".join(re.escape(w) for w in sorted(mem["products"], key=len, reverse=True))
        memory_re = re.compile(f"({mem['generation']})(?:{prods})(?![a-z0-9])")
    same = chip.get("variant_same", [])
    if not isinstance(same, list) or not all(isinstance(w, str) for w in same):
        raise KgError(f"{_files(['chip'])}: variant_same must be a list of words")
    forms = ChipForms(
        variant_same=frozenset(same),
        part_words_re=re.compile(parts["words"]) if parts.get("words") else None,
        part_name_re=re.compile(parts["name"]) if parts.get("name") else None,
        part_not=frozenset(w.lower() for w in parts.get("not_names", [])),
        coord_re=re.compile(coord["model"]) if coord.get("model") else None,
        coord_closers=tuple(coord.get("closers", [])),
        intro_re=re.compile("(?:%s)*[,，:：]?(?:%s)" % ("|".join(re.escape(w) for w in sorted(coord.get("closers", []), key=len, reverse=True)),
                                                    "|".join(re.escape(w) for w in sorted(coord["introducers"], key=len, reverse=True))))
        if coord.get("introducers") else None,
        code_first_re=re.compile(coord["code_first"]) if coord.get("code_first") else None,
        part_series_re=re.compile(parts["series"]) if parts.get("series") else None,
        serves_re=re.compile(parts["serves"]) if parts.get("serves") else None,
        serves_after=tuple(sorted(parts.get("serves_after", []), key=len, reverse=True)),
        numbered_re=re.compile(num["model"]) if num.get("model") else None,
        coded_re=re.compile(num["coded"]) if num.get("coded") else None,
        coded_not_before=tuple(num.get("coded_not_before", [])),
        memory_re=memory_re,
        device_re=re.compile(dev["model"]) if dev.get("model") else None,
        device_after=tuple(sorted(dev.get("after", []), key=len, reverse=True)),
        toolkit_re=re.compile(tool["name"]) if tool.get("name") else None,
        code_re=re.compile(cp["code"]) if cp.get("code") else None,
        short_re=re.compile(short["code"]) if short.get("code") else None,
        short_kinds=tuple(sorted(short.get("kinds", []), key=len, reverse=True)),
        code_between_re=re.compile(cp.get("between", "")),
        code_before=tuple(sorted(cp.get("before", []), key=len, reverse=True)),
        code_after=tuple(sorted(cp.get("after", []) + cp.get("after_equipment", []), key=len, reverse=True)),
        code_series_re=re.compile(cp["series"]) if cp.get("series") else None,
        code_series_not=frozenset(cp.get("series_not", [])),
    )
    for rx, groups, file, where in ((forms.part_name_re, 1, "chip", "[parts] name"),
                                    (forms.coord_re, 4, "chip", "[coordinated] model"),
                                    (forms.toolkit_re, 1, "named", "[toolkit] name")):
        if rx is not None and rx.groups < groups:
            raise KgError(f"{_files([file])}: {where} needs {groups} group(s) in its pattern, has {rx.groups}")
    return forms


def _serves_cued(p: Page, s: int, f) -> bool:
    """A company right before `s` (超微的Foo, 超微 (AMD-US) 的 Foo, 超微Foo) or a launch verb (推出Foo): chip.toml
    [parts] serves_after."""
    key = p.key
    if key.endswith(f.serves_after, 0, s):
        return True
    j = s
    while j > 0 and key[j - 1] == " ":
        j -= 1
    if key[j - 1:j] == "的":
        j -= 1
        while j > 0 and key[j - 1] == " ":
            j -= 1
    if key[j - 1:j] in (")", "）"):
        o = max(key.rfind("(", max(0, j - 20), j), key.rfind("（", max(0, j - 20), j))
        if o >= 0:
            j = o
            while j > 0 and key[j - 1] == " ":
                j -= 1
    return j in p.company_ends()


def find_chip_parts(p: Page) -> None:
    """Foo GPU, Bar CPU: a chip printed with a word for its part."""
    f = load_chip_forms()
    if f.part_words_re is None:
        return
    text = p.text
    done: set[int] = set()
    for k in sorted(p.known + p.found, key=lambda m: (m.start, -m.end)):
        if k.type != "Chip" or k.start in done:
            continue
        w = f.part_words_re.match(text, k.end)
        if w is None and k.entity and f.part_series_re is not None:
            w = f.part_series_re.match(text, k.end)  # 某騰910系列: the known chip with its series word
        if not w or _overlaps_found(p, k.end, w.end()):
            continue
        done.add(k.start)
        canonical = k.canonical or (None if k.entity else text[k.start:k.end])
        p.found = [x for x in p.found if x is not k]
        p.add(k.start, w.end(), "Chip", "chip-part", max(k.confidence, 0.8) if k.entity else k.confidence,
              canonical=canonical, entity=k.entity, over=True)
    if f.part_name_re is None:
        return
    names: set[str] = set()
    for m in f.part_name_re.finditer(text):
        w = f.part_words_re.match(text, m.end())
        name = m.group(1)
        if not w or name.lower() in f.part_not or name.lower() in p.pat.latin_stop or p.lexicon_type(name) is not None:
            continue
        s, e = m.start(1), w.end()
        if f.serves_re is not None and f.serves_re.search(w.group()) and not _serves_cued(p, s, f):
            continue  # CHIPS3 fix: Stargate資料中心GPU, Linux伺服器CPU: a company or a launch verb must stand before
        prev = re.search(r"(?<![A-Za-z0-9\-.])([A-Z][a-z]{2,12}) $", text[max(0, s - 14):s])
        if prev and prev.group(1).lower() not in f.part_not and prev.group(1).lower() not in p.pat.latin_stop \
                and p.lexicon_type(prev.group(1)) is None and p.free(s - len(prev.group(1)) - 1, s):
            s -= len(prev.group(1)) + 1  # a code name of two words: Foo Island GPU
            name = text[s:m.end(1)]
        if not p.free(s, m.end(1)) or _overlaps_found(p, s, e) \
                or any(k.start < e and m.end(1) < k.end and k.type != "Technology" for k in p.known):
            continue  # the part word itself may be a known technology (CPU): the chip covers it
        p.add(s, e, "Chip", "chip-part-name", 0.75, canonical=name, over=True)
        names.add(name)
    # The code name printed alone elsewhere on the page (Foo後續…) is the same chip, unless another
    # capitalised word follows it (Foo Bar is another name).
    for name in sorted(names):
        for m in re.finditer(r"(?<![A-Za-z0-9\-.])" + re.escape(name) + r"(?![A-Za-z0-9\-]| [A-Z0-9])", text):
            if p.free(m.start(), m.end()) and not _overlaps_found(p, m.start(), m.end()):
                p.add(m.start(), m.end(), "Chip", "chip-part-name", 0.7, canonical=name)


def find_coordinated_models(p: Page) -> None:
    """Foo 300、400和500, 某雲C500、C550和C600, 某騰910B、910C: each code coordinated after a brand's model
    is a model of the brand. A code already read alone (C550) is given the brand's name (某雲C550), so a
    model the lexicon knows under that name is that entry."""
    f, x = load_chip_forms(), load_extra()
    if f.coord_re is None:
        return
    key, text = p.key, p.text
    for k in [m for m in p.known + p.found if m.type == "Chip"]:
        bm = f.coord_re.fullmatch(text[k.start:k.end])
        if not bm or k.start > 0 and _ascii_alnum(text[k.start - 1]):
            continue
        brand, space, prefix, digits = bm.group(1), bm.group(2), bm.group(3), bm.group(4)
        num = re.compile(r"%s\d{%d}[A-Z]{0,3}" % (re.escape(prefix), len(digits)))
        pos = k.end
        while True:
            q = pos + (key[pos:pos + 1] == " ")
            j = next((w for w in x.family_joiners if key.startswith(w, q)), None)
            if j is None and pos == k.end and f.intro_re is not None:
                im = f.intro_re.match(key, q)  # 某騰910系列晶片，包括910B、910C: the codes a model's series holds
                j = im.group() if im else None
            if j is None:
                break
            q += len(j)
            q += key[q:q + 1] == " "
            n = num.match(text, q)
            if not n:
                break
            e = n.end()
            if e < len(key) and (_ascii_alnum(key[e]) or key[e] in ".%"):
                break
            nxt = key[e + (key[e:e + 1] == " "):]
            if nxt.startswith(x.family_gap_not + f.coded_not_before):
                break  # 某騰910和920萬顆: a count, not a model
            ok = e >= len(key) or not is_cjk(key[e]) or key[e] in p.pat.boundary \
                or nxt.startswith(x.family_joiners) or nxt.startswith(f.coord_closers) \
                or any(nxt.startswith(p.pat.kind_words, i) for i in range(3))
            if not ok:
                break
            name = brand + space + text[n.start():e]
            alone = [y for y in p.found if (y.start, y.end) == (n.start(), e) and y.type == "Chip"]
            if alone:
                for y in alone:  # C550 read alone first: it is the brand's C550
                    if y.entity is None and y.canonical is None:
                        entry = p.lex.lookup(name)
                        y.canonical = name
                        y.entity = entry.iri if entry is not None and entry.type == "Chip" else None
            elif p.free(n.start(), e) and not _overlaps_found(p, n.start(), e):
                p.add(n.start(), e, "Chip", "chip-coordinated", 0.7, canonical=name)
            else:
                break
            pos = e


def find_codes_before_brands(p: Page) -> None:
    """910C昇騰晶片 (NAMES lane): a code printed right before a brand with two or more coded models in the
    lexicon is that brand's model, when the lexicon knows the brand and the code as one model."""
    f = load_chip_forms()
    if f.code_first_re is None:
        return
    key = p.key
    stems = set(p.lex.derived("chip_coded_stems", _coded_stems))
    for k in [m for m in p.known if m.type == "Chip"]:
        brand = key[k.start:k.end]
        if brand not in stems:
            continue
        m = None
        for st in range(max(0, k.start - 8), k.start):
            m = f.code_first_re.fullmatch(key, st, k.start)
            if m:
                break
        if m is None or m.start() > 0 and _ascii_alnum(key[m.start() - 1]):
            continue
        entry = p.lex.lookup(brand + key[m.start():k.start])
        if entry is None or entry.type != "Chip" or not p.free(m.start(), k.start):
            continue
        p.found = [x for x in p.found if not (m.start() <= x.start and x.end <= k.start)]  # 910C read alone
        p.add(m.start(), k.end, "Chip", "chip-code-first", 0.8, entity=entry.iri)


def _coded_stems(lexicon: Lexicon) -> tuple:
    """Chinese brands of two or more of the lexicon's chip models printed as the brand and a code
    (思元 of 思元370 and 思元590, 曦云 of 曦云c500 and 曦云c600), longest first."""
    rx = re.compile(r"([\u4e00-\u9fff]{2,3})(?:[a-z]{1,2})?\d{2,4}[a-z]{0,3}")
    count: dict[str, int] = {}
    for k, iri in lexicon.index.items():
        e = lexicon.entries.get(iri)
        m = rx.fullmatch(k) if e is not None and e.type == "Chip" else None
        if m:
            count[m.group(1)] = count.get(m.group(1), 0) + 1
    return tuple(sorted((s for s, n in count.items() if n >= 2), key=lambda s: (-len(s), s)))


def _numbered_stems(lexicon: Lexicon) -> tuple:
    """Chinese stems of the lexicon's numbered chip models (深算 of 深算一号), longest first."""
    rx = re.compile(r"([\u4e00-\u9fff]{2,4})(?:[一二三四五六七八九十]{1,3}|\d{1,2})号")
    stems = set()
    for k, iri in lexicon.index.items():
        e = lexicon.entries.get(iri)
        if e is None or e.type != "Chip":
            continue
        m = rx.fullmatch(k)
        if m:
            stems.add(m.group(1))
    for k in lexicon.numbered:
        iri = lexicon.index.get(k)
        e = lexicon.entries.get(iri) if iri else None
        if e is not None and e.type == "Chip" and all(is_cjk(c) for c in k):
            stems.add(k)
    return tuple(sorted(stems, key=lambda s: (-len(s), s)))


def find_numbered_models(p: Page) -> None:
    """深算四號 beside the lexicon's 深算一號: another numbered model of a known family."""
    f = load_chip_forms()
    if f.numbered_re is None:
        return
    key = p.key
    for stem in p.lex.derived("chip_numbered_stems", _numbered_stems):
        at = key.find(stem)
        while at >= 0:
            s = at
            at = key.find(stem, at + 1)
            m = f.numbered_re.match(key, s + len(stem))
            if not m or not p.free(s, m.end()) or _overlaps_found(p, s, m.end()):
                continue
            p.add(s, m.end(), "Chip", "chip-numbered-model", 0.8)
    if f.coded_re is None:
        return
    gap_not = load_extra().family_gap_not + f.coded_not_before
    for stem in p.lex.derived("chip_coded_stems", _coded_stems):
        at = key.find(stem)
        while at >= 0:
            s = at
            at = key.find(stem, at + 1)
            m = f.coded_re.match(key, s + len(stem))
            if not m or key.startswith(gap_not, m.end()) or not p.free(s, s + len(stem)) \
                    or any(k.start < m.end() and s < k.end for k in p.known):
                continue
            inner = [x for x in p.found if x.start < m.end() and s < x.end]
            if any(x.type != "Chip" or x.start < m.start() or x.end > m.end() for x in inner):
                continue
            p.found = [x for x in p.found if not any(x is y for y in inner)]  # 950PR read alone first
            p.add(s, m.end(), "Chip", "chip-coded-model", 0.8)


def _after_companies(p: Page, rx: re.Pattern):
    """(company mention, match of `rx` right after it) for each company named on the page."""
    for c in [m for m in p.known + p.found if m.type == "Company"]:
        m = rx.match(p.key, c.end)
        if m:
            yield c, m


def find_memory_chips(p: Page) -> None:
    """某存儲第五代3D NAND: a known maker, a generation and a memory product word."""
    f = load_chip_forms()
    if f.memory_re is None:
        return
    key, text = p.key, p.text
    for c, m in _after_companies(p, f.memory_re):
        if m.end() < len(key) and _ascii_alnum(key[m.end()]):
            continue
        s, e = c.end, m.end()
        if _overlaps_found(p, s, e) or any(k.start < e and s < k.end and k.type != "Technology" for k in p.known):
            continue
        p.add(s, e, "Chip", "chip-memory-generation", 0.75, canonical=text[c.start:c.end] + text[s:e], over=True)


def find_company_devices(p: Page) -> None:
    """某米15s Pro手機: a known company, a model code and a word for a device is the company's device."""
    f = load_chip_forms()
    if f.device_re is None:
        return
    key, text = p.key, p.text
    for c, m in _after_companies(p, f.device_re):
        if not any(ch.isdigit() for ch in m.group()):
            continue
        s, e = c.end + (key[c.end] == " "), m.end()
        if e < len(key) and (_ascii_alnum(key[e]) or key[e] in ".%"):
            continue
        if not key.startswith(f.device_after, e + (key[e:e + 1] == " ")):
            continue
        inner = [x for x in p.found if x.start < e and s < x.end]
        if not p.free(s, e) or any(x.type != "Chip" or x.start < s or x.end > e for x in inner):
            continue
        p.found = [x for x in p.found if not any(x is y for y in inner)]  # X70 read as a chip first
        p.add(s, e, "Product", "product-company-device", 0.75, canonical=text[c.start:c.end] + text[c.end:e])


def find_toolkits(p: Page) -> None:
    """Foo SDK, Bar-Toolkit: a Latin name before a word for a software kit is a product."""
    f = load_chip_forms()
    if f.toolkit_re is None:
        return
    for m in f.toolkit_re.finditer(p.text):
        name = m.group(1)
        s, e = m.start(1), m.end()
        if name.lower() in p.pat.latin_stop or p.lexicon_type(name) not in (None, "Product"):
            continue
        if not p.free(s, e) or _overlaps_found(p, s, e):
            continue
        p.add(s, e, "Product", "product-toolkit", 0.75)


def find_code_products(p: Page) -> None:
    """交換機Q1600, 1870i及1880i DUV系統: model codes next to a word for a kind of machine or system."""
    f, x = load_chip_forms(), load_extra()
    if f.code_re is None:
        return
    key, text, pat = p.key, p.text, p.pat
    from kg.discover import _not_model

    def take(s: int, e: int) -> bool:
        if _not_model(pat, text[s:e]) or any(k.start < e and s < k.end for k in p.known):
            return False
        inner = [y for y in p.found if y.start < e and s < y.end]
        if any(y.type != "Chip" or y.end != e or y.start > s for y in inner):
            return False
        s = min([s] + [y.start for y in inner])  # 某某NF5688伺服器: the brand read with the code stays
        p.found = [y for y in p.found if not any(y is z for z in inner)]  # a code read as a chip first
        p.add(s, e, "Product", "product-code-kind", 0.75)
        return True

    codes = list(f.code_re.finditer(text))
    for i, m in enumerate(codes):
        s, e = m.start(), m.end()
        if f.code_before and key.endswith(f.code_before, 0, s):
            w = re.compile(r" ([A-Z][A-Za-z0-9]{2,15})(?![A-Za-z0-9\-])").match(text, e)
            if w and p.lexicon_type(w.group(1)) in (None, "Product") and p.free(w.start(1), w.end()):
                e = w.end()  # 網卡Q9 SuperFoo: a product word printed after the code is part of the name
            take(s, e)
            continue
        # the codes coordinated with this one up to the kind word: 1870i及1880i DUV系統
        run, pos, k = [(s, e)], e, i
        while k + 1 < len(codes):
            q = pos + (key[pos:pos + 1] == " ")
            j = next((w for w in x.family_joiners if key.startswith(w, q)), None)
            nxt = codes[k + 1]
            if j is None or nxt.start() != q + len(j) + (key[q + len(j):q + len(j) + 1] == " "):
                break
            run.append((nxt.start(), nxt.end()))
            pos, k = nxt.end(), k + 1
        b = f.code_between_re.match(text, pos)
        ats = {pos, pos + (key[pos:pos + 1] == " "), b.end() if b else pos}
        if f.code_after and any(key.startswith(f.code_after, a) for a in ats) and (s == 0 or key[s - 1] not in "第"):
            for s0, e0 in run:
                sr = f.code_series_re.search(text, max(0, s0 - 8), s0) if f.code_series_re is not None else None
                if sr and sr.group(1) not in f.code_series_not and p.lexicon_type(sr.group(1)) is None \
                        and p.free(sr.start(), s0):
                    s0 = sr.start()  # NXT 1980Di, NXT:2000i: the series printed before the code is part of the name
                take(s0, e0)


def find_short_codes(p: Page) -> None:
    """M5處理器, Z3晶片: a letter and one or two digits printed right before a Chinese word for a chip is a
    chip (alone such a code is too often a quarter, a size or a grade to be read). A code the lexicon
    knows with a chip word (M5晶片) is that entry."""
    f = load_chip_forms()
    if f.short_re is None or not f.short_kinds:
        return
    from kg.discover import _not_model, _variant_end

    key, text = p.key, p.text
    for m in f.short_re.finditer(text):
        s, e = m.start(), _variant_end(text, m.end())
        if _not_model(p.pat, m.group()) or not key.startswith(f.short_kinds, e):
            continue
        if key[e:e + 1] in (" ", "a") and s > 0 and is_cjk(key[s - 1]) \
                and not key[max(0, s - 5):s].endswith(p.pat.left_words) \
                and not any(k.end == s and k.type == "Company" for k in p.known + p.found):
            continue  # CHIPS3 fix: 問界M9 AI芯片, 中國C9 AI晶片: a code glued to a Chinese name is that name's model
        inner = [x for x in p.found if x.start < e and s < x.end]
        if not p.free(s, e) or any(x.type != "Chip" or x.start < s or x.end > e or x.entity for x in inner):
            continue
        p.found = [x for x in p.found if not any(x is y for y in inner)]  # Z3 read from a listed model first
        code = text[s:e]
        entry = p.lex.lookup(code)
        if entry is None or entry.type != "Chip":
            entry = next((x for x in (p.lex.lookup(code + w) for w in f.short_kinds) if x is not None and x.type == "Chip"), None)
        p.add(s, e, "Chip", "chip-short-code", 0.75, entity=entry.iri if entry else None)


@lru_cache(maxsize=1)
@_pattern_data("chip")
def load_processor_forms() -> tuple:
    """chip.toml [processor_models] forms: (compiled expression, name template) pairs."""
    return tuple(name_forms("chip", "processor_models", "expression, name"))


def find_processor_models(p: Page) -> None:
    """Core i7-1355U, 銳龍7 8840HS, R9 7940HS, Ryzen AI 9 HX 370, Radeon 780M, M3 Pro: processors named
    by their maker's numbering scheme (chip.toml [processor_models]). The shape says it is a chip; no cue
    is needed. A family the lexicon knows printed inside (酷睿, 銳龍, Radeon) and codes found alone first
    (R9, 8840HS) become part of it; the chip gets one spelling (the form's name) for every printing."""
    text = p.text
    for rx, template in load_processor_forms():
        if not may_match(rx, text):
            continue  # the page prints none of the words the form needs (Ryzen, Core …)
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            known = [k for k in p.known if k.start < e and k.end > s]
            if any(k.type != "Chip" or k.start < s or k.end > e or (k.start, k.end) == (s, e) for k in known):
                continue  # a name the lexicon knows whole (M4 Pro) stays that entry
            inner = [f for f in p.found if f.start < e and f.end > s]
            if any(f.type != "Chip" or f.start < s or f.end > e for f in inner):
                continue
            p.found = [f for f in p.found if f not in inner]
            name = " ".join(m.expand(template).split())
            entry = p.lex.lookup(name)
            p.add(s, e, "Chip", "chip-processor-model", 0.8, canonical=name, over=bool(known),
                  entity=entry.iri if entry is not None and entry.type == "Chip" else None)


@dataclass(frozen=True)
class CodeNames:
    after: tuple
    name_re: re.Pattern
    kinds: tuple
    window: int
    arch_words: tuple
    arch_kinds: tuple


@lru_cache(maxsize=1)
@_pattern_data("chip")
def load_codenames() -> CodeNames | None:
    c = _load("chip").get("codenames")
    if not c:
        return None
    forms = CodeNames(_longest(c["after"]), re.compile(c["name"]), _longest(c["kinds"]), int(c["window"]),
                      _longest(c.get("arch_words", [])), _longest(c.get("arch_kinds", [])))
    if forms.name_re.groups < 1:
        raise KgError(f"{_files(['chip'])}: [codenames] name needs 1 group in its pattern, has {forms.name_re.groups}")
    return forms


def find_codenames(p: Page) -> None:
    """代號Foo Lake的處理器, 晶片代號「Foo」: a code name after a word for one, with a chip word near; Foo架構GPU:
    a GPU generation named by its code name (chip.toml [codenames])."""
    f = load_codenames()
    if f is None:
        return
    key, text, pat = p.key, p.text, p.pat

    def ok(name: str, s: int, e: int) -> bool:
        low = name.lower()
        return low not in pat.latin_stop and p.lexicon_type(name) in (None, "Chip") and p.free(s, e) \
            and not _overlaps_found(p, s, e) and not any(w.lower() in pat.latin_stop for w in name.split())

    for w in f.after:
        at = key.find(w)
        while at >= 0:
            s0, at = at, key.find(w, at + 1)
            if key[max(0, s0 - 2):s0].strip().endswith(("（", "(")):
                continue  # 某晶片（代號Foo）: another name of the chip before it
            m = f.name_re.match(text, s0 + len(w) + (key[s0 + len(w):s0 + len(w) + 1] == " "))
            if not m:
                continue
            name, s, e = m.group(1), m.start(1), m.end(1)
            lo, hi = p.sentence(s0)
            after = key[m.end():min(hi, m.end() + f.window)]
            before = key[max(lo, s0 - f.window):s0]
            if (any(k in after for k in f.kinds) or any(k in before for k in f.kinds)) and ok(name, s, e):
                p.add(s, e, "Chip", "chip-codename-word", 0.75, canonical=name)
    if not f.arch_words:
        return
    for w in f.arch_words:
        at = key.find(w)
        while at >= 0:
            hs, at = at, key.find(w, at + 1)
            lm = _LATIN_BEFORE.search(text[max(0, hs - 14):hs])
            q = hs + len(w)
            if not lm or not key.startswith(f.arch_kinds, q + (key[q:q + 1] == " ")):
                continue
            name = lm.group(1)
            s = hs - len(lm.group(0))
            if ok(name, s, s + len(name)):
                p.add(s, s + len(name), "Chip", "chip-codename-architecture", 0.75, canonical=name)


# -- CHIPS lane: chips named by the cue they are printed with; things that only look like chips ----------------
@dataclass(frozen=True)
class Cued:
    siblings_re: re.Pattern | None
    listed_re: re.Pattern | None
    quoted_series_re: re.Pattern | None
    not_quoted: tuple
    listed_modifiers: tuple
    listed_kinds: tuple
    generation_re: re.Pattern | None
    generation_links: tuple
    refuse_names: tuple
    model_words: tuple
    model_uses: tuple
    model_separators: str
    server_words: tuple
    server_lines: tuple
    server_name_re: re.Pattern | None


@lru_cache(maxsize=1)
@_pattern_data("chip", "named")
def load_cued() -> Cued:
    chip = _load("chip")
    c, r = chip.get("cued", {}), chip.get("refuse", {})
    rx = lambda v: re.compile(v) if v else None  # noqa: E731
    # a server line's heads are named.toml's Product heads ([quoted] Product: 服务器, 机柜, 一体机 …)
    heads = _load("named").get("quoted", {}).get("Product", [])
    forms = Cued(rx(c.get("siblings")), rx(c.get("listed")), rx(c.get("quoted_series")),
                 tuple(chip.get("not_quoted", [])),
                 _longest(c.get("listed_modifiers", [])), _longest(c.get("listed_kinds", [])),
                 rx(c.get("generation")), _longest(c.get("generation_links", [])),
                 tuple(re.compile(x) for x in r.get("names", [])), _longest(r.get("model_words", [])),
                 _longest(r.get("model_uses", [])), str(r.get("model_separators", "")),
                 _longest(heads), tuple(r.get("server_lines", [])), rx(r.get("server_name")))
    for v, n, where in ((forms.siblings_re, 1, "[cued] siblings"), (forms.listed_re, 1, "[cued] listed"),
                        (forms.generation_re, 1, "[cued] generation")):
        if v is not None and v.groups < n:
            raise KgError(f"{_files(['chip'])}: {where} needs {n} group(s) in its pattern, has {v.groups}")
    return forms


def _new_name_ok(p: Page, name: str, s: int, e: int) -> bool:
    """A capitalised Latin code name the lexicon does not know as anything but a chip, on free text. A name
    the lexicon knows as an architecture (Pascal架構, so Pascal) is no chip either."""
    if name.lower() in p.pat.latin_stop or p.lexicon_type(name) not in (None, "Chip"):
        return False
    if p.lexicon_type(name + "架构") == "Technology":
        return False
    return p.free(s, e) and not _overlaps_found(p, s, e)


def _add_named(p: Page, s: int, e: int, name: str, rule: str, conf: float = 0.7) -> None:
    """A chip named `name` (the lexicon's entry when it knows the name). One-character generations (the 4
    of Trainium3／4) are mentions too: the name carries the entity."""
    entry = p.lex.lookup(name)
    iri = entry.iri if entry is not None and entry.type == "Chip" else None
    if e - s >= 2:
        p.add(s, e, "Chip", rule, conf, canonical=name, entity=iri)
    elif p.free(s, e) and not _overlaps_found(p, s, e):
        from kg.model import Mention

        p.found.append(Mention(s, e, p.text[s:e], "Chip", f"pattern:{rule}", conf, entity=iri, canonical=name))


def _joined_names(f: Cued, p: Page, pos: int, joiners: tuple) -> list[tuple[str, int, int]]:
    """The names coordinated after `pos` (與Bar、Baz): a joiner of chip.toml family_joiners, matched on the
    matching text, then a name of [cued] siblings, matched on the text as printed."""
    key, text, run = p.key, p.text, []
    while True:
        q = pos + (key[pos:pos + 1] == " ")
        j = next((w for w in joiners if key.startswith(w, q)), None)
        if j is None:
            return run
        q += len(j)
        sm = f.siblings_re.match(text, q + (key[q:q + 1] == " "))
        if not sm:
            return run
        run.append((sm.group(1), sm.start(1), sm.end(1)))
        pos = sm.end()


def find_cued_chips(p: Page) -> None:
    """Chip names the lexicon does not know, read from their cue (chip.toml [cued]): listed code names
    (某系列（代號Foo與Bar等）, 代號Foo與Bar的處理器), Latin names before a series word and a kind of chip
    (Foo 和 Bar 系列等網路晶片), a known family and a generation (TPU即v7, Trainium3／4)."""
    f = load_cued()
    x = load_extra()
    key, text = p.key, p.text
    # listed code names after 代號 (the first one may be read already by find_codenames)
    cn = load_codenames()
    if f.siblings_re is not None and cn is not None and "代" in key:
        for w in cn.after:
            at = key.find(w)
            while at >= 0:
                s0, at = at, key.find(w, at + 1)
                m = cn.name_re.match(text, s0 + len(w) + (key[s0 + len(w):s0 + len(w) + 1] == " "))
                if not m:
                    continue
                run = [(m.group(1), m.start(1), m.end(1))]
                run += _joined_names(f, p, m.end(), x.family_joiners)
                pos = run[-1][2]
                if len(run) < 2:
                    continue  # a single code name: find_codenames (or another name of the chip before it)
                lo, _hi = p.sentence(s0)
                if key[max(0, s0 - 2):s0].strip().endswith(("（", "(")):
                    # in parentheses right after a series of chips or a chip (TPU系列（代號Foo與Bar）, 某晶片系列（…）)
                    b = key[max(lo, s0 - 2):s0].rstrip(" （(")
                    at_b = s0 - (len(key[max(lo, s0 - 2):s0]) - len(b))
                    ok = any(k.type == "Chip" and k.entity and k.end == at_b for k in p.known)
                    if not ok and key.endswith("系列", 0, at_b):
                        ok = key.endswith(f.listed_kinds, 0, at_b - 2) or any(
                            k.type == "Chip" and k.end in (at_b - 2, at_b) for k in p.known + p.found)
                    if not ok:
                        continue
                else:
                    # outside parentheses: a chip word right after the names (等, 的 may stand between), with no
                    # other head noun before it, and not the start of a word for a design (GPU架構)
                    q = pos + (key[pos:pos + 1] == " ")
                    q += key.startswith("等", q)
                    q += key.startswith("的", q)
                    q += key[q:q + 1] == " "
                    kind = next((k for k in f.listed_kinds if key.startswith(k, q)), None)
                    if kind is None or key.startswith(load_more().kind_not_before, q + len(kind)):
                        continue
                for name, s, e in run:
                    if _new_name_ok(p, name, s, e):
                        p.add(s, e, "Chip", "chip-codename-list", 0.7, canonical=name)
    # Foo 和 Bar 系列等網路晶片: the name before the series word, and the names joined before it
    if f.listed_re is not None and may_match(f.listed_re, text):
        for m in f.listed_re.finditer(text):
            if not key.startswith(f.listed_kinds, _after_modifiers(f, key, m.end())):
                continue
            run, s = [(m.group(1), m.start(1), m.end(1))], m.start(1)
            while True:
                q = s - (key[s - 1:s] == " ")
                j = next((w for w in x.family_joiners if key.endswith(w, 0, q)), None)
                if j is None:
                    break
                q -= len(j)
                q -= key[q - 1:q] == " "
                b = _NAME_BEFORE.search(text, 0, q)
                if not b:
                    break
                run.insert(0, (b.group(1), b.start(1), b.end(1)))
                s = b.start(1)
            for name, s, e in run:
                if _new_name_ok(p, name, s, e):
                    p.add(s, e, "Chip", "chip-listed-series", 0.7, canonical=name)
    # 「甲元」（ABC）系列AI加速器: a quoted family before a series word and a kind of chip
    if f.quoted_series_re is not None and "系列" in key:
        for m in f.quoted_series_re.finditer(text):
            if not key.startswith(f.listed_kinds, _after_modifiers(f, key, m.end())):
                continue
            s, e, name = m.start(1), m.end(1), m.group(1)
            if key[s:e].endswith(f.not_quoted) or not _new_name_ok(p, name, s, e):
                continue
            p.add(s, e, "Chip", "chip-quoted-series", 0.7, canonical=name)
    _find_generations(p, f)


# A Latin name (Foo) or a Chinese brand and a number (某樞300), as the last name of a list; the same ending right
# before a point (`$`), with a space allowed before it (` ?$`)
_LATIN_LAST = re.compile(r"(?<![A-Za-z0-9\-.])([A-Z][a-z]{2,12})")
_BRAND_NUMBER_LAST = re.compile(r"([\u4e00-\u9fff]{2}\d{2,4}[A-Z]{0,2})")
_NAME_BEFORE = re.compile(_LATIN_LAST.pattern + "$")
_LATIN_BEFORE = re.compile(_LATIN_LAST.pattern + " ?$")
_BRAND_NUMBER_BEFORE = re.compile(_BRAND_NUMBER_LAST.pattern + " ?$")


def _after_modifiers(f: Cued, key: str, q: int) -> int:
    """Where the words that may stand between a series word and a chip word (等, 網路, AI) end: at the
    first chip word."""
    while not key.startswith(f.listed_kinds, q):
        w = next((x for x in f.listed_modifiers if key.startswith(x, q)), None)
        if w is None:
            return q
        q += len(w)
    return q


def _family_of(p: Page, m) -> str | None:
    """The printed family of a chip mention that is a family the lexicon knows in Latin letters (TPU,
    Trainium): its text, when it has no digit."""
    t = p.text[m.start:m.end]
    return t if m.type == "Chip" and m.entity and re.fullmatch(r"[A-Za-z][A-Za-z\-]{1,15}", t) else None


_GEN_OF = re.compile(r"([A-Za-z][A-Za-z\-]{1,15})( ?)(v?)(\d{1,2})([a-z]{0,2})")


def _count_at(key: str, at: int) -> bool:
    """Does a count or a unit start at `at` (family_gap_not, [numbered] coded_not_before)?"""
    return key.startswith(load_extra().family_gap_not + load_chip_forms().coded_not_before, at)


def _generation_ends(f: Cued, p: Page, at: int) -> bool:
    """A generation token ends a name at `at`: punctuation, 的, a chip word, a space or the end of the
    sentence follow, not a count or a unit (3和4位高管, 2、3張卡, 3和4奈米)."""
    key = p.key
    if at >= len(key):
        return True
    x = load_extra()
    if _count_at(key, at):
        return False
    ch = key[at]
    return ch == "的" or key.startswith(f.listed_kinds, at) or not (is_cjk(ch) or ch.isalnum())


def _find_generations(p: Page, f: Cued) -> None:
    key, text = p.key, p.text
    chips = sorted((m for m in p.known + p.found if m.type == "Chip"), key=lambda m: (m.start, -m.end))
    families = [(m, fam) for m in chips if (fam := _family_of(p, m))]
    # TPU即v7, TPU「v7e」: a family, a link word or quotes, and a generation token
    if f.generation_re is not None:
        for m, fam in families:
            q = m.end
            link = next((w for w in f.generation_links if key.startswith(w, q)), "")
            q += len(link)
            g = f.generation_re.match(text, q)
            if not g:
                continue
            tok = g.group(1)
            quoted = g.group(0)[:1] in "「“\""
            if not quoted and (not link or not tok.startswith("v")):
                continue
            if _count_at(key, g.end()):
                continue  # TPU即v7顆: a count
            s, e = g.start(1), g.end(1)
            name = fam + (" " if tok.startswith("v") else "") + tok
            inner = [x for x in p.found if x.start < e and s < x.end]
            if any(x.type != "Chip" or x.entity for x in inner) or any(k.start < e and s < k.end for k in p.known):
                continue
            p.found = [x for x in p.found if not any(x is y for y in inner)]  # 「v7e」 read as a chip alone first
            _add_named(p, s, e, name, "chip-family-generation")
    # Trainium3／4, TPU v7與v8: generations coordinated after a family's generation (chip.toml family_joiners),
    # each one ending a name (no count or unit after it: 3和4位高管, 3和4奈米; after a slash only no count)
    joiners = load_extra().family_joiners
    for m in sorted((x for x in p.known + p.found if x.type == "Chip"), key=lambda x: x.start):
        g = _GEN_OF.fullmatch(text[m.start:m.end])
        if not g or p.lexicon_type(g.group(1)) != "Chip":
            continue
        fam, space, v = g.group(1), g.group(2), g.group(3)
        tok_re = re.compile(r"%s\d{1,2}[a-z]{0,2}(?![A-Za-z0-9.%%])" % v)
        pos = m.end
        while True:
            j = next((w for w in joiners if key.startswith(w, pos)), None)
            if j is None:
                break
            q = pos + len(j)
            t = tok_re.match(text, q)
            # after a slash (Trainium3／4拿下訂單) only a count or a unit stops it: a slash joins alternative
            # names, not numbers of things; after 和、及 the token must end there (3和4位高管, 2、3張卡)
            ends = not _count_at(key, t.end()) \
                if t and j == "/" else t and _generation_ends(f, p, t.end())
            if not t or not ends or any(
                    k.start < t.end() and q < k.end for k in p.known):
                break
            _add_named(p, q, t.end(), fam + space + t.group(), "chip-generation-listed")
            pos = t.end()


def _misprinted_technology(p: Page, name: str):
    """The lexicon technology a Latin name is a misprint of: two neighbouring letters swapped (HMB4 for
    HBM4) or a lower-case l printed for an I (PCle for PCIe). None when the name is no such misprint."""
    if not name.isascii() or len(name) < 3 or p.lex.lookup(name) is not None:
        return None
    tries = {name[:i] + name[i + 1] + name[i] + name[i + 2:] for i in range(len(name) - 1)
             if name[i].isalpha() and name[i + 1].isalpha() and name[i] != name[i + 1]}
    tries |= {name[:i] + "I" + name[i + 1:] for i, ch in enumerate(name) if ch == "l"}
    for t in sorted(tries):
        e = p.lex.lookup(t)
        if e is not None and e.type == "Technology":
            return e
        # a misprinted family before a version (PCle 5.0: the lexicon knows PCIe)
        head = re.match(r"[A-Za-z]{3,}", t)
        if head and head.group() != t:
            e = p.lex.lookup(head.group())
            if e is not None and e.type == "Technology" and p.lex.lookup(name[:head.end()]) is None:
                return e
    return None


def _abbreviates_before(p: Page, m, name: str) -> bool:
    """A code in parentheses that abbreviates the Latin words printed before them (Turnkey 3（TK3）: T, K and
    3 in that order) is another name of those words; when they were read as no chip, neither is the code."""
    key, text = p.key, p.text
    if m.start < 2 or key[m.start - 1] not in "(（" or key[m.end:m.end + 1] not in (")", "）"):
        return False
    b = re.search(r"([A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,3}) ?$", text[max(0, m.start - 40):m.start - 1])
    if not b or b.group(1)[0].lower() != name[0].lower():
        return False
    s = m.start - 1 - len(b.group(0))
    if any(x.type == "Chip" and x.start < m.start - 1 and s < x.end for x in p.known + p.found if x is not m):
        return False  # the words before are a chip: the code is its other name (appositions read it)
    words, i = b.group(1).lower(), 0
    for ch in name.lower():
        i = words.find(ch, i)
        if i < 0:
            return False
        i += 1
    return True


def _after_model_line(p: Page, f: Cued, m, after: int) -> bool:
    """A code printed right after an AI model's line (a Product mention: DeepSeek – R3) and before a word for
    an AI model that no word for what a chip does follows (大模型 but not 大模型推理)."""
    key = p.key
    w = next((x for x in f.model_words if key.startswith(x, after)), None)
    if w is None or key.startswith(f.model_uses, after + len(w)):
        return False
    for k in p.known + p.found:
        if k.type == "Product" and k.end <= m.start and m.start - k.end <= 3 \
                and all(ch in f.model_separators for ch in p.text[k.end:m.start]):
            return True
    return False


def refuse_chips(p: Page) -> None:
    """The chips discovered on the page that are something else (chip.toml [refuse]): business words and
    number formats (O2O, UE8M0), a kind written as a name (AISoC), an AI model's code (R2大模型), a
    server line's model (ThinkFoo SC100伺服器: a Product), a technology's misprint (HMB4, PCle), the
    abbreviation of words that are no chip (Turnkey 3（TK3）). Lexicon chips are never touched."""
    f = load_cued()
    key, text = p.key, p.text
    out = []
    for m in p.found:
        if m.type != "Chip" or m.entity is not None:
            out.append(m)
            continue
        name = text[m.start:m.end]
        after = m.end + (key[m.end:m.end + 1] == " ")
        if any(r.search(name) for r in f.refuse_names) or _after_model_line(p, f, m, after):
            continue
        if f.server_name_re is not None and f.server_name_re.fullmatch(name) and key.startswith(f.server_words, after) \
                and name.split(" ")[0] in f.server_lines:
            m.type, m.source = "Product", "pattern:product-server"
            out.append(m)
            continue
        if _misprinted_technology(p, name) is not None or _abbreviates_before(p, m, name):
            continue
        out.append(m)
    p.found = out


@lru_cache(maxsize=1)
@_pattern_data("chip")
def _spec_named_forms() -> tuple | None:
    t = _load("chip").get("spec_named")
    if not t:
        return None
    return re.compile(t["name"]), re.compile(t["figure"]), tuple(t.get("system_before", []))


def find_spec_named(p: Page) -> None:
    """Foo-X算力達1000TOPS: a variant of a chip (Foo known or found as a chip) rated in TOPS or FLOPS right
    after it is a chip (chip.toml [spec_named]). A bare name, a name after a word for a system (超級電腦Frontier,
    智駕方案Pilot) or a name the page types otherwise (AMD Helios機櫃 … Helios算力) is not read."""
    forms = _spec_named_forms()
    if forms is None or "算力" not in p.key:
        return
    name_re, figure_re, system_before = forms
    part_not = load_chip_forms().part_not
    mentions = p.known + p.found
    chips = {m.text for m in mentions if m.type == "Chip"}
    for m in name_re.finditer(p.text):
        s, e = m.span(1)
        name = m.group(1)
        base = name.split("-")[0]
        if "-" not in name or not (base in chips or p.lexicon_type(base) == "Chip"):
            continue  # CHIPS3 fix: only a variant of a chip (Foo-X of the chip Foo)
        if any(w in p.key[max(0, s - 6):s] for w in system_before) \
                or any(x.type != "Chip" and (x.text == name or x.text.endswith(name)) for x in mentions):
            continue
        if not figure_re.match(p.key, e) or name.lower() in p.pat.latin_stop or name.lower() in part_not \
                or p.lexicon_type(name) not in (None, "Chip") or not p.free(s, e) or _overlaps_found(p, s, e):
            continue
        p.add(s, e, "Chip", "chip-spec-named", 0.7)


# -- CHIPS lane, round 18: chips nobody listed, introduced by a naming word or listed with a count -------------
@dataclass(frozen=True)
class Introduced:
    words: tuple
    not_after: tuple
    quoted_re: re.Pattern
    latin_re: re.Pattern
    window: int
    kinds: tuple
    kind_not_after: tuple
    listed_before_re: re.Pattern | None
    listed_count_re: re.Pattern | None
    # a proper name before a kind of processor (find_proper_named_chips): jieba's tags, the kinds (longest first),
    # the words it may follow (chip.toml [parts] serves_after and proper_after, longest first), the series words
    # that are no brand
    proper_tags: tuple = ()
    proper_kinds: tuple = ()
    proper_lead: tuple = ()
    series_not_brands: frozenset = frozenset()


@lru_cache(maxsize=1)
@_pattern_data("chip")
def load_introduced() -> Introduced | None:
    chip = _load("chip")
    c = chip.get("introduced")
    if not c:
        return None
    # the chip words after a name: [cued] listed_kinds and kinds_more
    kinds = chip.get("cued", {}).get("listed_kinds", []) + c.get("kinds_more", [])
    forms = Introduced(_longest(c["words"]), _longest(c.get("not_after", [])), re.compile(c["quoted"]),
                       re.compile(c["latin"]), int(c["window"]), _longest(kinds),
                       _longest(c.get("kind_not_after", [])),
                       re.compile(c["listed_name"] + " ?$") if c.get("listed_name") else None,
                       re.compile(c["listed_count"]) if c.get("listed_count") else None,
                       tuple(c.get("proper_tags", [])), _longest(c.get("proper_kinds", [])),
                       _longest(list(load_chip_forms().serves_after) + c.get("proper_after", [])),
                       frozenset(chip.get("series_not_brands", [])))
    for v, where in ((forms.quoted_re, "quoted"), (forms.latin_re, "latin"), (forms.listed_before_re, "listed_name")):
        if v is not None and v.groups < 1:
            raise KgError(f"{_files(['chip'])}: [introduced] {where} needs 1 group in its pattern, has {v.groups}")
    return forms


_NUMBER_ONLY = re.compile(r"[\d.,\s]+")


def _kind_after(f: Introduced, key: str, r: int, hi: int) -> bool:
    """A chip word within f.window characters from r, with no punctuation before it, that does not start a
    word for a company, a project or a design."""
    for i in range(r, min(hi, r + f.window)):
        k = next((w for w in f.kinds if key.startswith(w, i)), None)
        if k is not None:
            return not key.startswith(f.kind_not_after, i + len(k))
        if not (key[i].isalnum() or key[i] == " "):
            return False
    return False


def find_introduced_chips(p: Page) -> None:
    """名為「某某900」的自研AI晶片, 代號「甲乙」的新一代GPU, 命名為Foo的GPU: a name introduced by a naming word and
    followed by 的 and a chip word; 推出Foo、Bar和Baz三款晶片: Latin names listed and counted before a chip word
    (chip.toml [introduced])."""
    f = load_introduced()
    if f is None:
        return
    key, text = p.key, p.text
    cued = load_cued()
    if "名" in key or "代" in key:
        for w in f.words:
            at = key.find(w)
            while at >= 0:
                s0, at = at, key.find(w, at + 1)
                if key.endswith(f.not_after, 0, s0):
                    continue  # 更名為, 股份代號: a company renamed, a stock code
                q = s0 + len(w)
                q += key[q:q + 1] == " "
                m = f.quoted_re.match(text, q) or f.latin_re.match(text, q)
                if not m:
                    continue
                name, s, e = m.group(1), m.start(1), m.end(1)
                if _NUMBER_ONLY.fullmatch(name) or key[s:e].endswith(cued.not_quoted):
                    continue
                r = m.end()
                r += key[r:r + 1] == " "
                if not key.startswith("的", r) or not _kind_after(f, key, r + 1, p.sentence(s0)[1]):
                    continue
                if _new_name_ok(p, name, s, e):
                    p.add(s, e, "Chip", "chip-introduced", 0.7, canonical=name)
    if f.listed_before_re is None or f.listed_count_re is None:
        return
    joiners = load_extra().family_joiners
    # Foo、Bar和Baz三款晶片: Latin names before a count and a chip word (two names or more)
    for cm in f.listed_count_re.finditer(key):
        if key.startswith(cued.listed_kinds, _after_modifiers(cued, key, cm.end())):
            run = _listed_before(p, cm.start(), joiners, f.listed_before_re, first=True)
            if len(run) >= 2:  # one name before a count: a product line as often as a chip
                for name, s, e in run:
                    if _new_name_ok(p, name, s, e):
                        p.add(s, e, "Chip", "chip-listed-count", 0.7, canonical=name)
    # Foo、Bar及Baz晶片, 某樞300、某樞500及某璇800芯片: names of the same shape joined before a chip read right before
    # a chip word (a Latin name, or a Chinese brand and a number; the brand no common word)
    for c in [m for m in p.known + p.found if m.type == "Chip"]:
        if not key.startswith(cued.listed_kinds, _after_modifiers(cued, key, c.end + (key[c.end:c.end + 1] == " "))):
            continue
        printed = text[c.start:c.end]
        rx = _LATIN_LAST if _LATIN_LAST.fullmatch(printed) else _BRAND_NUMBER_LAST if _BRAND_NUMBER_LAST.fullmatch(printed) else None
        if rx is None:
            continue
        before = _LATIN_BEFORE if rx is _LATIN_LAST else _BRAND_NUMBER_BEFORE
        for name, s, e in _listed_before(p, c.start, joiners, before, first=False):
            if rx is _BRAND_NUMBER_LAST:
                brand = re.match(r"[\u4e00-\u9fff]+", name).group()
                if brand != printed[:len(brand)] and (brand in p.pat.not_brands or common_word(brand, 50)):
                    continue
            if _new_name_ok(p, name, s, e):
                p.add(s, e, "Chip", "chip-listed-joined", 0.7, canonical=name)

    # AI晶片「甲乙」及「丙丁」: quoted names joined right after a quoted chip are chips too
    for c in [m for m in p.known + p.found if m.type == "Chip"]:
        if text[c.start - 1:c.start] not in "「“\"" or c.start == 0 or text[c.end:c.end + 1] not in "」”\"" or c.end >= len(text):
            continue
        q = c.end + 1
        while True:
            j = next((w for w in joiners if key.startswith(w, q)), None)
            if j is None:
                break
            m = f.quoted_re.match(text, q + len(j))
            if not m:
                break
            name, s, e = m.group(1), m.start(1), m.end(1)
            if _NUMBER_ONLY.fullmatch(name) or key[s:e].endswith(cued.not_quoted) or key.startswith(load_extra().group_after, m.end()):
                break
            if _new_name_ok(p, name, s, e):
                p.add(s, e, "Chip", "chip-quoted-joined", 0.7, canonical=name)
            q = m.end()


def _listed_before(p: Page, q: int, joiners: tuple, before: re.Pattern, first: bool) -> list:
    """The names joined before `q` (Foo、Bar和 …): with `first`, a name must end at q (before a count), else q
    is the start of the last name and a joiner must stand before it. Each name matches `before` (group 1)."""
    key, text, run = p.key, p.text, []
    if not first:
        q -= key[q - 1:q] == " "
        j = next((w for w in joiners if key.endswith(w, 0, q)), None)
        if j is None:
            return run
        q -= len(j)
        q -= key[q - 1:q] == " "
    while True:
        b = before.search(text, max(0, q - 20), q)
        if not b:
            return run
        run.insert(0, (b.group(1), b.start(1), b.end(1)))
        q = b.start(1) - (key[b.start(1) - 1:b.start(1)] == " ")
        j = next((w for w in joiners if key.endswith(w, 0, q)), None)
        if j is None:
            return run
        q -= len(j)
        q -= key[q - 1:q] == " "


_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")


def find_proper_named_chips(p: Page) -> None:
    """某公司推出華山GPU與廬山GPU: a Chinese proper name of two characters right before a kind of processor, after a
    company, a launch verb or a generation word, or joined after such a chip (chip.toml [introduced] proper_*)."""
    f = load_introduced()
    if f is None or not f.proper_tags or not f.proper_kinds:
        return
    key, tags, lead = p.key, f.proper_tags, f.proper_lead
    not_brands = p.pat.not_brands
    joiners = load_extra().family_joiners
    import jieba.posseg

    ends: set[int] = set()  # where a chip read here ends with its kind word (華山GPU與廬山GPU)
    companies = None
    kind_not = load_more().kind_not_before
    for k in f.proper_kinds:
        at = key.find(k, 2)
        while at >= 0:
            s = at - 2
            at = key.find(k, at + 1)
            e = s + 2
            if not _CJK2.fullmatch(key[s:e]) or key[s:e] in not_brands or key[s:e] in f.series_not_brands or not p.free(s, e) \
                    or key.startswith(f.kind_not_after, e + len(k)) or key.startswith(kind_not, e + len(k)):
                continue
            ok = key.endswith(lead, 0, s)
            if not ok:
                j = next((w for w in joiners if key.endswith(w, 0, s)), None)
                ok = j is not None and s - len(j) in ends
            if not ok:
                if companies is None:
                    companies = p.company_ends()
                ok = after_company(key, s, companies)
            if not ok:
                continue
            name = p.text[s:e]
            if p.lexicon_type(name) not in (None, "Chip") or _overlaps_found(p, s, e):
                continue
            words = jieba.posseg.lcut(key[s:e], HMM=False)
            if len(words) != 1 or words[0].flag not in tags:
                continue
            p.add(s, e, "Chip", "chip-proper-kind", 0.7, canonical=name)
            ends.add(e + len(k))
