"""EVENTS lane: an event's edition printed after its name is part of the name (CES 2026, GTC 2024, ISSCC 2025).

The mention is widened over the year, and stays the event's one node (the lexicon's CES), so the name as
printed with its year is one of the node's names: the gold writes an edition either way (CES for "CES 2026",
"GTC 2024" for one edition). Which years read so is data: ontology/patterns/organization.toml `event_year`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from kg.model import Doc, Mention
from kg.normalize import name_key


@lru_cache(maxsize=4)
def _year_re(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def event_years(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Organization mentions followed by an edition's year (a space optional) take the year into their span
    when no other mention starts inside it."""
    from kg.discover import _load

    pattern = _load("organization").get("event_year")
    if not pattern or not mentions:
        return mentions
    rx = _year_re(pattern)
    key, text = doc.norm.key, doc.norm.text
    starts = sorted(m.start for m in mentions)
    out = []
    for m in mentions:
        if m.type == "Organization" and m.named:
            y = rx.match(key, m.end)
            if y is not None and y.end() > m.end:
                i = bisect.bisect_left(starts, m.end)
                if not (i < len(starts) and starts[i] < y.end()):
                    m = replace(m, end=y.end(), text=text[m.start:y.end()])
        out.append(m)
    return out


def organizers(found: list, lexicon, doc: Doc) -> list:
    """An event's organizer does not take part in it as a guest: participatesIn is dropped for a company that
    runs the event — stated in the sentences (operates), known to the lexicon (GTC: kg:operatedBy NVIDIA), or
    printed at the start of the event's name (華為全聯接大會: 華為)."""
    parts = [r for r in found if r.predicate == "participatesIn" and not r.literal]
    if not parts:
        return found
    runs = {(r.subject, r.object) for r in found if r.predicate == "operates"}
    printed: dict[str, set] = {}
    for m in doc.mentions:
        if m.entity and m.named:
            printed.setdefault(m.entity, set()).add(name_key(m.text))

    def organizer(r) -> bool:
        if (r.subject, r.object) in runs:
            return True
        entry = lexicon.entries.get(r.object)
        if entry is not None and r.subject in entry.operated_by:
            return True
        heads = [h for h in printed.get(r.subject, ()) if len(h) >= 2]
        return any(name.startswith(h) for name in printed.get(r.object, ()) for h in heads)

    return [r for r in found if not (r.predicate == "participatesIn" and not r.literal and organizer(r))]


def organizer_names(doc: Doc, lexicon) -> list:
    """輝達GTC大會 / 英偉達的GTC大會: an event printed right after the company the lexicon says holds it (GTC:
    kg:operatedBy NVIDIA) — the name says whose event it is, the company operates it."""
    from kg.evidence import make_evidence
    from kg.model import Relation

    key, out = doc.norm.key, []
    named = [m for m in doc.mentions if m.named and m.entity and m.sentence is not None]
    ends = {}
    for m in named:
        if m.type == "Company":
            ends.setdefault(m.end, []).append(m)
    seen = set()
    for m in named:
        entry = lexicon.entries.get(m.entity) if m.type == "Organization" else None
        if entry is None or not entry.operated_by:
            continue
        at = m.start - 1 if key[m.start - 1:m.start] == "的" else m.start
        before = ends.get(at, []) + (ends.get(at - 1, []) if key[at - 1:at] == " " else [])  # NVIDIA GTC
        for c in before:
            if c.entity in entry.operated_by and c.sentence == m.sentence and (c.entity, m.entity) not in seen:
                seen.add((c.entity, m.entity))
                sent = doc.sentences[m.sentence]
                ev = make_evidence(doc, sent.article, sent.start, sent.end, (c.start, c.end), (m.start, m.end),
                                   "operates.organizer-name", 0.7)
                out.append(Relation(c.entity, "operates", m.entity, evidence=[ev]))
    return out
