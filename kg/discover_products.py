"""Stage 4b (part): products nobody listed, by their form and the words around them (PRODUCT lane, round 18).
Called by kg.discover.discover on the same Page, after the device and model finders; the forms live in
ontology/patterns/product.toml.

- 大模型「甲」, 搜索推廣系統「乙」: quoted names right after a word for a kind of product ([kind_quoted]).
- 「某池256超節點」: a quoted name ending in a word for a system, with a model number ([quoted_numbered]).
- Foo 950 SuperPoD, Foo 384超節點, Foo萬卡超集群: a Latin line, a number or a scale and a word for a
  rack- or cluster-scale system ([systems]).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.discover import Page, _alt, _design_quoted_re, _load, _overlaps_found, common_word, load_extra
from kg.paths import file_stamp, ontology_dir

# types a line the lexicon knows may have and still name a product line (a product, or nothing known)
_LINE_OK = (None, "Product")


@lru_cache(maxsize=4)
def _compiled(_path: str, _stamp) -> dict:
    cfg = _load("product")
    kq, qn, sy = cfg.get("kind_quoted", {}), cfg.get("quoted_numbered", {}), cfg.get("systems", {})
    out = {"kind_quoted": None, "quoted_numbered": None, "systems": [], "carrier": None,
           "common_limit": int(kq.get("common_limit", 300))}
    if kq.get("kinds"):
        out["kind_quoted"] = _design_quoted_re(tuple(kq["kinds"]), int(kq.get("max_name", 10)))
    if qn.get("heads"):
        # on the matching text (lower case, Simplified): name, number, head
        out["quoted_numbered"] = re.compile(
            r"[「“『]((?:[\u4e00-\u9fff]{2,6}|[a-z][a-z\-]{2,15}) ?\d{2,5}[a-z]{0,2} ?(?:%s))[」”』]" % _alt(qn["heads"]))
    ca = cfg.get("carrier", {})
    if ca.get("verbs") and ca.get("name"):
        out["carrier"] = (re.compile("(?:%s)" % _alt(ca["verbs"])), int(ca.get("max_gap", 20)),
                          tuple(ca.get("chip_words", [])), re.compile(ca["name"]))
    for k in ("system", "before_numbered", "scale"):
        if sy.get(k):
            out["systems"].append((k, re.compile(sy[k])))
    return out


def _patterns() -> dict:
    path = ontology_dir() / "patterns" / "product.toml"
    if not path.exists():
        return {"kind_quoted": None, "quoted_numbered": None, "systems": [], "carrier": None, "common_limit": 300}
    return _compiled(str(path), file_stamp(path))


def _open(p: Page, s: int, e: int) -> bool:
    return e - s >= 2 and p.free(s, e) and not _overlaps_found(p, s, e)


def _add_kind_quoted(p: Page, m: re.Match, limit: int) -> None:
    """Each quoted name of m.group(1) a product, unless the lexicon knows it as something else, it ends like a
    quoted description, or it is a dictionary word of `limit` or more (大模型「競賽」: quotes of emphasis
    around a word of the clause; a model's name is rare as a word)."""
    x = load_extra()
    for q in re.finditer(r"[「“\"]([^」”\"]+)[」”\"]", m.group(1)):
        s, e = m.start(1) + q.start(1), m.start(1) + q.end(1)
        name = q.group(1)
        if name.endswith(x.quoted_not) or p.lexicon_type(name) not in _LINE_OK or common_word(name, limit):
            continue
        after = m.start(1) + q.end()
        while after < len(p.text) and p.text[after] == " ":
            after += 1
        if after < len(p.text) and (p.text[after].isascii() and p.text[after].isalpha()
                                    or any(k.start == after for k in p.known)):
            continue  # 機器人「超級大腦」Foo AGX: the quotes give an epithet of the name printed after them
        if _open(p, s, e):
            p.add(s, e, "Product", "product-kind-quoted", 0.75)


def find_products(p: Page) -> None:
    pats = _patterns()
    # 1. 大模型「甲」
    if pats["kind_quoted"] is not None:
        for m in pats["kind_quoted"].finditer(p.key):
            _add_kind_quoted(p, m, pats["common_limit"])
    # 2. 「某池256超節點」
    if pats["quoted_numbered"] is not None:
        for m in pats["quoted_numbered"].finditer(p.key):
            s, e = m.start(1), m.end(1)
            name = p.text[s:e]
            if p.lexicon_type(name) in _LINE_OK and _open(p, s, e):
                p.add(s, e, "Product", "product-quoted-numbered", 0.75)
    # 3. Foo 950 SuperPoD, Foo 384超節點, Foo萬卡超集群
    for kind, rx in pats["systems"]:
        for m in rx.finditer(p.text):
            s = m.start()
            for k in p.known:  # Huawei Foo 950 SuperPoD: the company printed first stays a mention of its own
                if k.type == "Company" and k.start == s and k.end < m.end(1) and p.text[k.end] == " ":
                    s = k.end + 1
                    break
            line = p.text[s:m.end(1)]
            if p.lexicon_type(line) not in _LINE_OK or common_word(line.lower(), 5000) and line.islower():
                continue
            e = m.end(2) if kind == "before_numbered" else m.end()
            if p.lexicon_type(p.text[s:e]) not in _LINE_OK:
                continue  # a chip the lexicon knows (某910) before 超節點 is the chip inside
            if _open(p, s, e):
                p.add(s, e, "Product", "product-system-" + kind.replace("_", "-"), 0.75)
    # 4. 搭載某晶片的Foo X1
    if pats["carrier"] is not None:
        _find_carriers(p, *pats["carrier"])


def _find_carriers(p: Page, verbs: re.Pattern, max_gap: int, chip_words: tuple, name_re: re.Pattern) -> None:
    key, text = p.key, p.text
    chips = p.known + p.found
    for v in verbs.finditer(key):
        lo = v.end()
        de = key.find("的", lo, lo + max_gap + 1)
        if de < 0:
            continue
        # the chip: a chip mention ending right before 的, or a word for a kind of chip there
        if not (any(m.type == "Chip" and m.end == de and m.start >= lo for m in chips)
                or key[lo:de].endswith(chip_words)):
            continue
        s = de + 1
        for m in chips:  # a company printed before the device (的某廠Foo X1) stays a mention of its own
            if m.type == "Company" and m.start == s:
                s = m.end
                break
        n = name_re.match(text, s)
        if not n:
            continue
        e = n.end()
        name = text[s:e].strip()
        e = s + len(name)
        low = name.lower()
        if len(name) < 3 or low in p.pat.latin_stop or p.lexicon_type(name) not in _LINE_OK:
            continue
        if name.isascii() and (p.pat.model_re.fullmatch(name) or common_word(low, 5000)):
            continue  # a bare model code (the chip's own) or an English word
        # a model code the chip finders read there (某晶片的Foo X9 Pro) is the device that carries the chip;
        # only once the name passed the checks above (a bare code stays the chip the finders read)
        for m in p.found:
            if m.type == "Chip" and m.entity is None and m.start == s and m.end <= n.end() + 1 \
                    and m.source == "pattern:chip-model":
                m.type, m.source = "Product", "pattern:product-carrier"
        if _open(p, s, e):
            p.add(s, e, "Product", "product-carrier", 0.7)
