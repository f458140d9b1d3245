"""Shared helper of the name-finder tests: the mentions kg finds in one invented text."""
from kg.lexicon import load_lexicon
from kg.pipeline import process
from kg.reader import Source
from kg.resolve import resolve

LEX = load_lexicon()


def mentions(text: str, type_: str) -> dict[str, str]:
    """Printed text -> entity label (canonical name, else the printed text) of the mentions of `type_`."""
    doc = process(Source("t.txt", "t.txt", "晶片週報\n\n" + text + "\n", "utf-8"), LEX)
    resolve([doc], LEX)
    out = {}
    for m in doc.mentions:
        if m.type == type_:
            entry = LEX.entries.get(m.entity) if m.entity else None
            out[m.text] = m.canonical or (entry.label if entry is not None else m.text)
    return out
