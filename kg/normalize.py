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

import opencc

_T2S = opencc.OpenCC("t2s")

CJK_PUNCT = set("「」『』（）【】《》〈〉，。、：；！？…—")


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF or 0xF900 <= o <= 0xFAFF


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


def to_key(text: str) -> str:
    """The matching form of a name or text: Simplified, half-width, lower-case, same length."""
    folded = _fold(text)
    simp = _T2S.convert(folded)
    if len(simp) != len(folded):  # t2s is length-preserving; keep the guarantee explicit
        return folded
    return simp


name_key = lru_cache(maxsize=65536)(to_key)


def to_simplified(text: str) -> str:
    return _T2S.convert(text)


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

    out_chars = [c for c, k in zip(text, keep) if k]
    out_offs = [o for o, k in zip(offs, keep) if k]
    norm = "".join(out_chars)
    out_offs.append(len(original))
    return NormText(original=original, text=norm, key=to_key(norm), offsets=out_offs)

