"""A person's post as printed before the name: 美國總統特朗普, 華為輪值董事長徐直軍, 日本經濟產業大臣齋藤健, 特首李家超.

Each becomes a `kg:position` relation (rdfs:subPropertyOf schema:jobTitle) from the person to the post as a
literal, in the page's own script, with its evidence like every other relation (the sentence, the person's
span, the post's span), so a reader sees who someone is and where the page says so. The post is the title
word (ontology/patterns/person.toml: the lists named by `position_lists`, less `position_not`), chained titles
(創始人兼CEO, 創始人、董事長), a modifier before it (前, 副, 時任 …: `position_modifiers`), and the company,
organization or place printed right before it (with 的, or a few characters of a unit name between:
日本 + 經濟產業 + 大臣). The title must end where the name starts (a copula such as 為 may stand between:
法定代表人為某某), so a title elsewhere in the sentence is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _alt, _load, _pattern_data, key_words
from kg.evidence import make_evidence
from kg.model import Doc, Relation

# Mentions of these types may name whose post it is.
_OWNER_TYPES = frozenset({"Company", "Organization", "Place", "Exchange"})


@dataclass(frozen=True)
class PositionWords:
    title_re: re.Pattern | None  # a post ending right before the name
    gap_re: re.Pattern  # what may stand between the owner and the title


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_positions() -> PositionWords:
    per = _load("person")
    not_posts = set(key_words(per.get("position_not", [])))
    words: list[str] = []
    for name in per.get("position_lists", []):
        words += [w for w in key_words(per.get(name, [])) if w not in not_posts and not w.endswith(("为", "是"))]
    words = sorted(set(words))
    if not words:
        return PositionWords(None, re.compile("(?!)"))
    mods = key_words(per.get("position_modifiers", []))
    joiners = key_words(per.get("title_joiners", []))
    mod = f"(?:{_alt(mods)})?" if mods else ""
    title = f"{mod}(?:{_alt(words)})"
    copulas = key_words(per.get("position_copulas", []))
    cop = f"(?:{_alt(copulas)})?" if copulas else ""
    rx = re.compile(f"(?P<t>{title}(?:\\s*(?:{_alt(joiners)})\\s*{title})*)\\s*{cop}\\s*\\Z")
    stop = re.escape(per.get("position_gap_stop", ""))
    gap = int(per.get("position_gap", 6))
    return PositionWords(rx, re.compile(f"(?:的)?(?:[^\\W\\d_a-z{stop}]{{0,{gap}}})?\\Z"))


def position_relations(doc: Doc) -> list[Relation]:
    pw = load_positions()
    if pw.title_re is None:
        return []
    key = doc.norm.key
    owners = sorted((m for m in doc.mentions if m.type in _OWNER_TYPES and m.entity and m.source != "byline"),
                    key=lambda m: (m.end, -m.start))
    out: list[Relation] = []
    for m in doc.mentions:
        if m.type != "Person" or m.entity is None or m.source == "byline" or m.sentence is None:
            continue
        sent = doc.sentences[m.sentence]
        lo = max(sent.start, m.start - 40)
        t = pw.title_re.search(key, lo, m.start)
        if t is None:
            continue
        t0, t1 = t.span("t")
        if any(p.type == "Person" and p.start < t1 and t0 < p.end for p in doc.mentions):
            continue  # the "title" is part of another name
        start = t0
        # the owner: the nearest company, organization or place ending before the title, within the sentence
        for o in reversed(owners):
            if o.end > t0 or o.start < sent.start:
                continue
            if pw.gap_re.fullmatch(key, o.end, t0):
                start = o.start
            break
        # an owner written as two names in a row (日本 + 經濟產業省's short form) is read whole
        while start < t0 and any(o.end == start and o.start >= sent.start for o in owners):
            start = min(o.start for o in owners if o.end == start)
        literal = _printed(doc, start, t1)
        if not literal:
            continue
        ev = make_evidence(doc, m.article if m.article is not None else 0, sent.start, sent.end,
                           (m.start, m.end), (start, t1), "position.title", 0.8)
        out.append(Relation(m.entity, "position", literal, literal=True, evidence=[ev]))
    return out


def _printed(doc: Doc, start: int, end: int) -> str:
    s0, s1 = doc.norm.orig_span(start, end)
    text = doc.norm.original[s0:s1].replace("\r", "").replace("\n", "")
    return re.sub(r"\s+", " ", text).strip()
