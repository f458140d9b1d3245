"""Stage 2: normalize a page for matching, keeping a map back to the original characters.

The normalized text differs from the original only by deleted characters (CR, line breaks that
wrap a paragraph, stray spaces around CJK punctuation) and by 1:1 character replacements, so every
normalized character maps to exactly one original character. `key` is the matching form: the same
length as `text`, converted to Simplified (OpenCC t2s, which is length-preserving), half-width and
lower-case, so 英偉達, 英伟达 and ＮＶＩＤＩＡ/nvidia compare alike.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

CJK_PUNCT = set("「」『』（）【】《》〈〉，。、：；！？…—")
TERMINAL = set("。！？」』）)；")


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


def to_key(text: str) -> str:
    """The matching form of a name or text: Simplified, half-width, lower-case, same length."""
    folded = "".join(fold_char(c) for c in text)
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


_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")


def normalize(original: str) -> NormText:
    # Build the map explicitly so deletions are tracked (CRLF: the \r is deleted, the \n kept).
    chars: list[str] = []
    offs: list[int] = []
    i = 0
    n = len(original)
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
    # 1. Line breaks that wrap a paragraph at a fixed column width.
    lines = text.split("\n")
    width = wrap_width(lines)
    if width:
        pos = 0
        for idx, line in enumerate(lines[:-1]):
            end = pos + len(line)  # index of the "\n"
            nxt = lines[idx + 1]
            s = line.rstrip()
            if (
                s
                and nxt.strip()
                and len(s.strip()) >= width - 4
                and s[-1] not in "。！？"
                and not nxt.lstrip().startswith(("▲", "（作者", "(作者"))
            ):
                keep[end] = False
                for j in range(end - (len(line) - len(s)), end):  # trailing spaces too
                    keep[j] = False
            pos = end + 1
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

