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


def entity_iris(text: str, type_: str | None = None, *, title: str | None = None,
                resolved: bool = False) -> dict[str, str | None]:
    """Printed text -> entity IRI (None when unresolved) of the mentions of `type_` (every type when None)
    in `text` read as one page; `title` is put first as the page's title line; `resolved` also runs
    resolution, which gives a found name its node."""
    page = f"{title}\n\n{text}\n" if title else text
    doc = process(Source("t.txt", "t.txt", page, "utf-8"), LEX)
    if resolved:
        resolve([doc], LEX)
    return {m.text: m.entity for m in doc.mentions if type_ is None or m.type == type_}
