"""The article's event carried into the sentences that say who took part in it without naming it (EVCARRY lane).

某展今天開幕，…… 行政院長甲致詞指出…… / 在本次展會上，乙公司董事長丙表示…… — the later sentences state that 甲 and
丙 took part in the show, but only the first names it. ontology/rules/evcarry.toml holds the cues (rules in the
pattern language of relations.toml, the carried event standing first as «Organization»), the kinds of thing a
page can be about (a show or a conference, an alliance) and how the article's one is chosen; kg/article_carry.py,
shared with the POLCARRY lane, finds the article's event (or alliance), reads the sentences that name no other
one of its kind with it, and makes the relations (evidence: the stating sentence; rule id + `suffix`;
confidence × `factor`).
"""

from __future__ import annotations

from pathlib import Path

from kg.article_carry import CarryRules, carry_relations, load_carry
from kg.lexicon import Lexicon
from kg.model import Doc, Relation
from kg.paths import ontology_dir
from kg.rules import RuleSet, load_rules


def evcarry_path() -> Path:
    return ontology_dir() / "rules" / "evcarry.toml"


def load_evcarry(rs: RuleSet | None = None) -> CarryRules:
    return load_carry(evcarry_path(), rs)


def event_carry_relations(doc: Doc, lexicon: Lexicon, rs: RuleSet | None = None) -> list[Relation]:
    """participatesIn relations of the article's event (or alliance) read out of sentences that do not name
    another one of its kind (evcarry.toml)."""
    rs = rs or load_rules()
    return carry_relations(doc, lexicon, rs, load_evcarry(rs))
