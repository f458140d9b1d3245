"""What every relation-reading stage builds its output from: a piece of evidence (a sentence of a page,
with the offsets of the sentence and both mentions in the original file) and the description of a
lexicon entity a relation points to when no page names it."""

from __future__ import annotations

from kg.lexicon import Lexicon
from kg.model import Doc, Evidence


def make_evidence(doc: Doc, article: int, start: int, end: int, subj, obj, rule: str, conf: float,
                  date: str | None = None) -> Evidence:
    """Evidence for a relation read from doc's normalized text [start, end) (spans map back to the file)."""
    n = doc.norm
    s0, s1 = n.orig_span(start, end)
    return Evidence(
        page=doc.source.name,
        article=doc.article_iri(article),
        sentence=n.original[s0:s1],
        sentence_span=(s0, s1),
        subject_span=n.orig_span(*subj) if subj else None,
        object_span=n.orig_span(*obj) if obj else None,
        rule=rule,
        confidence=conf,
        date=date,
    )


def entity_value(lexicon: Lexicon, iri: str) -> dict | None:
    """A lexicon entity a rule names itself (e:china), so the graph has it even when the page does not."""
    entry = lexicon.entries.get(iri)
    if entry is None:
        return None
    return {"class": "entity", "type": entry.type, "label": entry.label, "names": sorted(entry.names()),
            "pref": dict(sorted(entry.pref.items())), "hidden": [], "discovered": False, "confidence": 1.0, "classes": entry.classes, "mentions": [],
            "mention_count": 0, "articles": []}
