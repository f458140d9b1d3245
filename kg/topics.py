"""Decide from its content whether each article is about the chip industry (ontology/topics.toml).

Terms are matched on the page's matching key (Simplified, half-width, lower-case), so one entry in
the file counts in either script: 納米 and 纳米, 集成電路 and 集成电路.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Doc
from kg.normalize import to_key
from kg.paths import ontology_dir, read_toml


@dataclass(frozen=True)
class Topics:
    terms: dict[str, float]  # matching key -> weight
    entity_weights: dict[str, float]
    min_distinct: int
    threshold: float


@lru_cache(maxsize=None)
def load_topics(path: str | None = None) -> Topics:
    cfg = read_toml(path or ontology_dir() / "topics.toml")["chip_industry"]
    weights = cfg.get("term_weights", {})
    terms: dict[str, float] = {}
    for t in cfg["terms"]:
        terms.setdefault(to_key(t), float(weights.get(t, 1.0)))
    return Topics(terms, dict(cfg["entity_weights"]), int(cfg.get("min_distinct", 1)), float(cfg["threshold"]))


def chip_industry(doc: Doc, topics: Topics | None = None) -> dict[int, bool]:
    """Article index -> whether it is about the chip industry: weighted term hits and entity mentions
    per 1,000 characters above the threshold, from at least `min_distinct` different kinds."""
    topics = topics or load_topics()
    score: Counter = Counter()
    length: Counter = Counter()
    kinds: dict[int, set] = {}
    key = doc.norm.key
    for s in doc.sentences:
        chunk = key[s.start:s.end]
        length[s.article] += len(chunk)
        for term, weight in topics.terms.items():
            n = chunk.count(term)
            if n:
                score[s.article] += n * weight
                kinds.setdefault(s.article, set()).add(term)
    for m in doc.mentions:
        w = topics.entity_weights.get(m.type, 0.0)
        if m.article is not None and w:
            score[m.article] += w
            kinds.setdefault(m.article, set()).add(m.type)
    return {a.index: length[a.index] > 0 and len(kinds.get(a.index, ())) >= topics.min_distinct
            and 1000 * score[a.index] / length[a.index] >= topics.threshold
            for a in doc.articles}
