"""The article's policy carried into the sentences that say what it restricts without naming it (POLCARRY lane).

某國商務部公布新一輪出口管制規則。…… 另將高頻寬記憶體（HBM）納入管制。 — the second sentence states that the
rule restricts HBM, but only the first names the rule. ontology/rules/polcarry.toml holds the restriction cues
(rules in the pattern language of relations.toml, the carried policy standing first as «Policy»), how the
article's policy is chosen and how what is found is marked; kg/article_carry.py, shared with the EVCARRY lane,
finds the article's policy, reads the sentences that name no policy of their own with it, and makes the
relations (evidence: the stating sentence).
"""

from __future__ import annotations

from pathlib import Path

from kg.article_carry import CarryRules, carry_relations, load_carry
from kg.lexicon import Lexicon
from kg.model import Doc, Relation
from kg.paths import ontology_dir
from kg.rules import RuleSet, load_rules


def polcarry_path() -> Path:
    return ontology_dir() / "rules" / "polcarry.toml"


def load_polcarry(rs: RuleSet | None = None) -> CarryRules:
    return load_carry(polcarry_path(), rs)


def policy_carry_relations(doc: Doc, lexicon: Lexicon, rs: RuleSet | None = None) -> list[Relation]:
    """restricts / issuedBy / supports relations of the article's policy read out of sentences that name no
    other policy (polcarry.toml)."""
    rs = rs or load_rules()
    return carry_relations(doc, lexicon, rs, load_polcarry(rs))
