"""Stage 2: normalize a page for matching, keeping a map back to the original characters.

The normalized text differs from the original only by deleted characters (CR, line breaks that
wrap a paragraph, stray spaces around CJK punctuation) and by 1:1 character replacements, so every
normalized character maps to exactly one original character. `key` is the matching form: the same
length as `text`, converted to Simplified (OpenCC t2s, which is length-preserving), half-width and
lower-case, so 英偉達, 英伟达 and ＮＶＩＤＩＡ/nvidia compare alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

import opencc

_T2S = opencc.OpenCC("t2s")

CJK_PUNCT = set("「」『』（）【】《》〈〉，。、：；！？…—")


# The CJK ideographs: the unified block, extension A, planes 2 and 3, the compatibility block. is_cjk spells them
# out as comparisons (it runs per character); tests/test_normalize.py checks it agrees with CJK_RUN on every code point.
_CJK_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2FFFF), (0xF900, 0xFAFF))


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF or 0xF900 <= o <= 0xFAFF


# the characters of is_cjk as one class: a run of them is tested by one fullmatch
CJK_RUN = re.compile("[%s]+" % "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES))


def cjk_run(s: str) -> bool:
    """Is `s` a non-empty run of CJK ideographs (bool(s) and all(is_cjk(c) for c in s))?"""
    return CJK_RUN.fullmatch(s) is not None


def fold_char(ch: str) -> str:
    """Full-width ASCII to half-width, ideographic space to space, ASCII lower-case; always one char."""
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        ch = chr(o - 0xFEE0)
    elif o == 0x3000:
        ch = " "
    low = ch.lower()
    return low if len(low) == 1 else ch


_HALF_WIDTH = {o: o - 0xFEE0 for o in range(0xFF01, 0xFF5F)} | {0x3000: " "}


def _fold(text: str) -> str:
    """`fold_char` over a whole text: one str.translate and one lower() when lower-casing keeps every
    character one character (and no capital sigma, whose lower case depends on its neighbours)."""
    half = text.translate(_HALF_WIDTH)
    low = half.lower()
    if len(low) == len(half) and "Σ" not in half:
        return low
    return "".join(fold_char(c) for c in text)


# PEOPLE30 lane: the dots outlets print between the parts of a transliterated Western name (約翰•史密斯,
# 安娜‧貝克, 彼得∙某): between two Chinese characters they are the middle dot of 約翰·史密斯 in the matching form.
_NAME_DOTS = "\u2022\u2027\u2219\u22c5\uff65"
_NAME_DOT_RE = re.compile("(?<=[\u4e00-\u9fff])[" + _NAME_DOTS + "](?=[\u4e00-\u9fff])")


def to_key(text: str) -> str:
    """The matching form of a name or text: Simplified, half-width, lower-case, same length."""
    folded = _fold(text)
    if any(d in folded for d in _NAME_DOTS):
        folded = _NAME_DOT_RE.sub("\u00b7", folded)
    simp = _T2S.convert(folded)
    if len(simp) != len(folded):  # t2s is length-preserving; keep the guarantee explicit
        return folded
    return simp


name_key = lru_cache(maxsize=65536)(to_key)


def to_simplified(text: str) -> str:
    return _T2S.convert(text)


@lru_cache(maxsize=1)
def _s2hk() -> opencc.OpenCC:
    return opencc.OpenCC("s2hk")  # made when first needed (about 75 ms, once): positions and names printed in Simplified


def to_traditional(text: str) -> str:
    """Simplified text in Traditional characters as Hong Kong writes them (華為, 台積電), the form of the lexicon's labels."""
    return _s2hk().convert(text)


@dataclass
class NormText:
    original: str
    text: str
    key: str
    offsets: list[int] = field(repr=False)  # offsets[i]: original index of text[i]; offsets[len(text)] = len(original)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalized span [start, end)."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def orig_text(self, start: int, end: int) -> str:
        s, e = self.orig_span(start, end)
        return self.original[s:e]


def wrap_width(lines: list[str]) -> int | None:
    """The column width of a page whose paragraphs are wrapped at a fixed width, else None."""
    lengths = [len(line.strip()) for line in lines if len(line.strip()) >= 8]
    if len(lengths) < 20:
        return None
    width, _ = Counter(lengths).most_common(1)[0]
    near = sum(1 for n in lengths if width - 3 <= n <= width + 1)
    if width <= 40 and near >= 0.3 * len(lengths):
        return width
    return None


@lru_cache(maxsize=8192)
def _cells(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def visual_width(s: str) -> int:
    """Printed width in half-width cells: CJK and full-width characters count two."""
    return sum(map(_cells, s))


_PUNCT = set("，。、：；！？,;:!?（）()「」『』【】《》〈〉…—．·%")
_END = set("。！？：；")
_CLOSE = set("」』）)”")


def ends_sentence(s: str) -> bool:
    """True when `s` ends a sentence (。 ！ ？ ： ； possibly followed by closing quotes)."""
    s = s.rstrip()
    while s and s[-1] in _CLOSE:
        s = s[:-1]
    return bool(s) and s[-1] in _END


def _structural(s: str, layout) -> bool:
    """Lines that are never part of a wrapped paragraph: bylines, captions, headers, tables."""
    return (
        not s
        or "\t" in s
        or s in layout.banners
        or s.startswith(layout.caption_marks)
        or s.startswith(("（作者", "(作者"))
        or bool(layout.byline.match(s) or layout.page_header.match(s) or layout.editor.match(s))
    )


def _wrapped_joins(lines: list[str], layout) -> list[tuple[int, int]]:
    """(line, next non-blank line) pairs of a column-wrapped page that are one paragraph.

    A line is joined to the next non-blank one (across blank lines: the page's columns are
    split by them) when it fills the column and does not end a sentence. Headings stay apart: a
    line with no punctuation that sits over a short block (the paragraph's indented first line,
    or a drop-cap's short lines) or that opens a new article right after a byline. The short
    lines under a heading (a drop cap's) are joined until the first full line.
    """
    stripped = [ln.strip() for ln in lines]
    nonblank = [i for i, s in enumerate(stripped) if s]
    widths = [visual_width(stripped[i]) for i in nonblank if visual_width(stripped[i]) >= 16]
    if not widths:
        return []
    full = Counter(widths).most_common(1)[0][0]
    long_enough = 0.7 * full
    nxt = {a: b for a, b in zip(nonblank, nonblank[1:])}
    prv = {b: a for a, b in zip(nonblank, nonblank[1:])}

    def heading(i: int) -> bool:
        s = stripped[i]
        if (_structural(s, layout) or any(c in _PUNCT for c in s) or sum(map(is_cjk, s)) < 6
                or visual_width(s) >= 0.9 * full):
            return False
        n = nxt.get(i)
        if n is None:
            return True
        if n == i + 1 and (n + 1 >= len(stripped) or not stripped[n + 1]) and not ends_sentence(stripped[n]):
            return True  # over a short block: the indented first line, or a drop cap
        p = prv.get(i)
        return n > i + 1 and (p is None or _structural(stripped[p], layout))  # a title after a byline

    joins = []
    dropcap = False
    for i in nonblank:
        s = stripped[i]
        if heading(i):
            dropcap = True
            continue
        n = nxt.get(i)
        is_long = visual_width(s) >= long_enough
        if is_long and not s.startswith(layout.caption_marks):
            dropcap = False
        if n is None or ends_sentence(s) or heading(n) or _structural(stripped[n], layout):
            continue
        if s.startswith(layout.caption_marks) or not _structural(s, layout):
            if is_long or dropcap:
                joins.append((i, n))
    return joins


_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")


@dataclass(frozen=True)
class Spacing:
    """The compiled settings of ontology/normalize.toml [spacing]."""

    candidate: re.Pattern  # a space between Chinese and Latin, a quote or a bracket: the page needs a look
    run: re.Pattern  # a Latin run (its words joined by single spaces)
    chinese: re.Pattern  # one Chinese character
    spaces: str
    suffix: re.Pattern  # spaces and a model suffix ending a run
    marks: re.Pattern  # spaces between Chinese and a quote or bracket
    keep: re.Pattern  # runs that keep their spaces


def load_spacing() -> Spacing:
    from kg.paths import file_stamp, ontology_dir

    path = ontology_dir() / "normalize.toml"
    return _spacing(str(path), file_stamp(path))


def _chars(chars: str) -> str:
    """Characters as the body of a regular-expression class."""
    return "".join(re.escape(c) for c in chars)


@lru_cache(maxsize=8)
def _spacing(path: str, _stamp: int) -> Spacing:
    from kg.errors import KgError
    from kg.paths import read_toml, setting_words

    spec = read_toml(path).get("spacing")
    where = f"{path}: [spacing]"
    if not isinstance(spec, dict):
        raise KgError(f"{where}: the table is missing")
    vals = {}
    for key in ("chinese", "run_start", "run_inner", "spaces", "quotes", "brackets_open", "brackets_close", "keep"):
        v = spec.get(key, "")
        if not isinstance(v, str) or (key in ("chinese", "run_start", "spaces") and not v):
            raise KgError(f"{where}: `{key}` must be a string of characters, not {v!r}")
        vals[key] = v
    suffixes = setting_words(spec, "model_suffixes", [], where)
    han, start = vals["chinese"], vals["run_start"]
    inner, sp = _chars(vals["run_inner"]), _chars(vals["spaces"])
    quotes = _chars(vals["quotes"])
    opening, closing = _chars(vals["quotes"] + vals["brackets_open"]), _chars(vals["quotes"] + vals["brackets_close"])
    suffix = "|".join(re.escape(w) for w in sorted(suffixes, key=len, reverse=True)) or "(?!)"
    marks = []
    if opening:
        marks.append(f"(?<=[{han}])[{sp}]+(?=[{opening}])")
    if closing:
        marks.append(f"(?<=[{closing}])[{sp}]+(?=[{han}])")
    if quotes:
        marks.append(f"(?<=[{quotes}])[{sp}]+(?=[{han}])|(?<=[{han}])[{sp}]+(?=[{quotes}])")
    try:
        return Spacing(
            candidate=re.compile(f"[{han}][{sp}]+[{start}{opening}]|[{start}{inner}{closing}][{sp}]+[{han}]"),
            run=re.compile(f"[{start}](?:[{start}{inner}]|[{sp}](?=[{start}{inner}]))*"),
            chinese=re.compile(f"[{han}]"),
            spaces=vals["spaces"],
            suffix=re.compile(f"[{sp}]+(?:{suffix})$"),
            marks=re.compile("|".join(marks) or "(?!)"),
            keep=re.compile(vals["keep"] or "(?!)"),
        )
    except re.error as exc:
        raise KgError(f"{where}: bad pattern: {exc}") from None


def _drop_pangu_spaces(text: str, keep: list[bool], layout) -> None:
    """Mark for deletion the spaces a pangu-spaced printing puts between Chinese and Latin or numbers.

    Per run, not per page: the spaces around a Latin run go when at least one side is a space and a
    Chinese character and no side is a Chinese character printed tight against it (a tight side means
    the spaces on the other side separate phrases). Dates and clock times (`keep`) and structural lines
    (page headers, editor lines, tab-separated tables) keep their spaces.
    """
    sp = load_spacing()
    if sp.candidate.search(text) is None:
        return
    spaces, han = sp.spaces, sp.chinese
    n = len(text)
    skip_lines: dict[int, bool] = {}

    def structural(pos: int) -> bool:
        ls = text.rfind("\n", 0, pos) + 1
        if ls not in skip_lines:
            le = text.find("\n", pos)
            line = text[ls:n if le < 0 else le]
            s = line.strip()
            skip_lines[ls] = "\t" in line or bool(layout.page_header.match(s) or layout.editor.match(s))
        return skip_lines[ls]

    def side(pos: int, step: int) -> tuple[str, int]:
        """('tight' | 'spaced' | 'other', the first index past the spaces) of one side of a run."""
        j = pos
        while 0 <= j < n and text[j] in spaces:
            j += step
        if not 0 <= j < n or han.match(text[j]) is None:
            return "other", j
        return ("spaced" if j != pos else "tight"), j

    for m in sp.run.finditer(text):
        a, b = m.start(), m.end()
        if not (a > 0 and text[a - 1] in spaces or b < n and text[b] in spaces):
            continue
        left, lj = side(a - 1, -1)
        right, rj = side(b, 1)
        if "tight" in (left, right) or "spaced" not in (left, right):
            continue
        if sp.keep.fullmatch(m.group()) or structural(a):
            continue
        if left == "spaced":
            keep[lj + 1:a] = [False] * (a - lj - 1)
        if right == "spaced":
            keep[b:rj] = [False] * (rj - b)
        s = sp.suffix.search(m.group())
        if s:  # 9000 + → 9000+
            k0 = a + s.start()
            k1 = k0 + len(s.group()) - len(s.group().lstrip(spaces))
            keep[k0:k1] = [False] * (k1 - k0)
    for m in sp.marks.finditer(text):
        if not structural(m.start()):
            keep[m.start():m.end()] = [False] * (m.end() - m.start())


def normalize(original: str, layout=None) -> NormText:
    from kg.layout import load_layout

    layout = layout or load_layout()
    # Build the map explicitly so deletions are tracked (CRLF: the \r is deleted, the \n kept).
    chars: list[str] = []
    offs: list[int] = []
    i = 0
    n = len(original)
    if "\r" not in original:  # nothing to delete: every character maps to itself
        chars, offs, i = list(original), list(range(n)), n
    while i < n:
        ch = original[i]
        if ch == "\r":
            if i + 1 < n and original[i + 1] == "\n":
                i += 1
                continue
            ch = "\n"
        chars.append(ch)
        offs.append(i)
        i += 1
    text = "".join(chars)

    keep = [True] * len(text)
    # 1. Line breaks (and the blank lines after them) that wrap a paragraph at a fixed column width.
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    if wrap_width(lines):
        for a, b in _wrapped_joins(lines, layout):
            la, lb = lines[a], lines[b]
            cut_from = starts[a] + len(la.rstrip())  # trailing spaces, the break, blank lines
            cut_to = starts[b] + (len(lb) - len(lb.lstrip()))  # and the next line's indent
            for j in range(cut_from, cut_to):
                keep[j] = False
            # A drop cap's letters may be printed apart ("國 產"): spaces between CJK go too.
            if visual_width(la.strip()) < 20:
                for m in _SPACE_RUN.finditer(la.strip()):
                    k0 = starts[a] + (len(la) - len(la.lstrip())) + m.start()
                    k1 = k0 + (m.end() - m.start())
                    if k0 > 0 and k1 < len(text) and is_cjk(text[k0 - 1]) and is_cjk(text[k1]):
                        for j in range(k0, k1):
                            keep[j] = False
    # 2. Stray spaces next to CJK punctuation, or between a digit and a CJK character.
    for m in _SPACE_RUN.finditer(text):
        a, b = m.start(), m.end()
        left = text[a - 1] if a > 0 else "\n"
        right = text[b] if b < len(text) else "\n"
        if left == "\n" or right == "\n":
            continue
        if left in CJK_PUNCT or right in CJK_PUNCT or (left.isdigit() and is_cjk(right)):
            for j in range(a, b):
                keep[j] = False

    # 3. Spaces printed between Chinese and Latin words or numbers (ontology/normalize.toml).
    _drop_pangu_spaces(text, keep, layout)

    norm = "".join(compress(text, keep))
    out_offs = list(compress(offs, keep))
    out_offs.append(len(original))
    return NormText(original=original, text=norm, key=to_key(norm), offsets=out_offs)

