"""Split articles into sentences (the unit of evidence)."""

from __future__ import annotations

import re

from kg.articles import article_parts
from kg.model import Doc, Sentence

_END = re.compile(r"[。！？；!?]+[」』”）)]*")


def split_sentences(doc: Doc) -> list[Sentence]:
    out: list[Sentence] = []
    text = doc.norm.text
    for art in doc.articles:
        for kind, start, end in article_parts(art):
            pos = start
            for m in _END.finditer(text, start, end):
                if m.end() > pos:
                    out.append(Sentence(pos, m.end(), art.index, kind))
                pos = m.end()
            if pos < end and text[pos:end].strip():
                out.append(Sentence(pos, end, art.index, kind))
    out.sort(key=lambda s: (s.start, s.end))
    return out
