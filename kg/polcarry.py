"""The article's policy carried into the sentences that say what it restricts without naming it (POLCARRY lane).

某國商務部公布新一輪出口管制規則。…… 另將高頻寬記憶體（HBM）納入管制。 — the second sentence states that the
rule restricts HBM, but only the first names the rule. ontology/rules/polcarry.toml holds the restriction cues
(rules in the pattern language of relations.toml, the carried policy standing first as «Policy»), how the
article's policy is chosen and how what is found is marked; this module finds the article's policy, reads the
sentences that name no policy of their own with it, and makes the relations (evidence: the stating sentence).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import KgError
from kg.lexicon import Lexicon
from kg.model import Doc, Mention, Relation
from kg.paths import file_stamp, ontology_dir, read_toml, setting_float, setting_int, setting_words
from kg.rules import Item, RuleSet, _key_regex, load_rules, match_rules, skeleton


class PolcarryError(KgError):
    """A bad ontology/rules/polcarry.toml."""


@dataclass(frozen=True)
class CarryRules:
    rules: RuleSet  # the [[rule]]s of polcarry.toml, with relations.toml's negation / hypothesis / plan cues
    suffix: str
    factor: float
    reach: int
    min_mentions: int
    kinds: tuple[str, ...]
    trigger: re.Pattern | None
    not_carried: re.Pattern | None  # words of a policy's name that keep it from being carried


def polcarry_path() -> Path:
    return ontology_dir() / "rules" / "polcarry.toml"


def load_polcarry(rs: RuleSet | None = None) -> CarryRules:
    p = polcarry_path()
    rs = rs or load_rules()
    stamp = file_stamp(p, PolcarryError)
    got = _CACHE.get((str(p), stamp, id(rs)))
    if got is None or got[0] is not rs:
        got = _CACHE[(str(p), stamp, id(rs))] = (rs, _load(str(p), rs))
    return got[1]


_CACHE: dict = {}


def _alt(words: list[str]) -> str:
    return "|".join(f"(?:{_key_regex(w)})" for w in words)


def _load(path: str, rs: RuleSet) -> CarryRules:
    where = f"{path}: [carry]"
    cfg = read_toml(path).get("carry", {})
    own = load_rules(path)
    not_neg = setting_words(cfg, "not_negation", [], where, PolcarryError)
    negation = rs.negation
    if negation is not None and not_neg:
        # the negative words of a restriction cue (無法向…出口) are not read as a denial of it
        negation = re.compile(f"(?!{_alt(not_neg)})(?:{negation.pattern})")
    own = replace(own, negation=negation, hypothetical=rs.hypothetical, planned=rs.planned,
                  planned_factor=rs.planned_factor, opener=rs.opener)
    trig = setting_words(cfg, "trigger", [], where, PolcarryError)
    try:
        trigger = re.compile(_alt(trig)) if trig else None
    except re.error as err:
        raise PolcarryError(f"{where}: bad word in trigger: {err}") from None
    nc = setting_words(cfg, "not_carried", [], where, PolcarryError)
    try:
        not_carried = re.compile(_alt(nc)) if nc else None
    except re.error as err:
        raise PolcarryError(f"{where}: bad word in not_carried: {err}") from None
    return CarryRules(own, str(cfg.get("suffix", ".policy")), setting_float(cfg, "factor", 0.8, where, PolcarryError),
                      setting_int(cfg, "reach", 8, where, PolcarryError),
                      setting_int(cfg, "min_mentions", 1, where, PolcarryError),
                      tuple(setting_words(cfg, "kinds", ["body", "standfirst"], where, PolcarryError)), trigger, not_carried)


def article_policies(doc: Doc, not_carried: re.Pattern | None = None) -> dict[int, tuple[str, list[Mention]]]:
    """Article index -> (the policy IRI the article names clearly most, its mentions in text order): named in
    strictly more sentences than any other policy, and no name of it as printed holds a word of `not_carried`.
    Articles with no such policy are left out."""
    per: dict[int, dict[str, set]] = {}
    mentions: dict[int, dict[str, list]] = {}
    for m in doc.mentions:
        if m.type != "Policy" or m.entity is None or m.sentence is None or m.article is None:
            continue
        per.setdefault(m.article, {}).setdefault(m.entity, set()).add(m.sentence)
        mentions.setdefault(m.article, {}).setdefault(m.entity, []).append(m)
    out = {}
    for art, counts in per.items():
        ranked = sorted(((len(s), iri) for iri, s in counts.items()), key=lambda x: (-x[0], x[1]))
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            continue  # two measures named as often: no policy of the article
        iri = ranked[0][1]
        if not_carried is not None and any(not_carried.search(doc.norm.key[m.start:m.end]) for m in mentions[art][iri]):
            continue  # an operation enforcing rules (守門員行動) restricts nothing itself
        out[art] = (iri, sorted(mentions[art][iri], key=lambda m: (m.start, m.end)))
    return out


def policy_carry_relations(doc: Doc, lexicon: Lexicon, rs: RuleSet | None = None) -> list[Relation]:
    """restricts relations of the article's policy read out of sentences that name no policy (polcarry.toml)."""
    from kg.extract import _relation, _Values, number_formats, sentence_items
    from kg.quantities import load_quantity_rules

    rs = rs or load_rules()
    cr = load_polcarry(rs)
    pols = article_policies(doc, cr.not_carried)
    if not pols:
        return []
    key = doc.norm.key
    todo = [k for k, s in enumerate(doc.sentences)
            if s.kind in cr.kinds and s.article in pols
            and (cr.trigger is None or cr.trigger.search(key, s.start, s.end))]
    if not todo:
        return []
    qrules = load_quantity_rules()
    items = sentence_items(doc, qrules, number_formats(lexicon))
    values = _Values(doc, lexicon)
    out: list[Relation] = []
    for k in todo:
        sent = doc.sentences[k]
        iri, ms = pols[sent.article]
        if any(it.type == "Policy" and it.ref.entity != iri for it in items[k]):
            continue  # the sentence names another policy: the ordinary rules read it
        before = [m for m in ms if m.sentence is not None and m.sentence < k]
        if not before or k - before[-1].sentence > cr.reach:
            continue  # the policy is not named before the sentence, or not near it
        pol = Item(before[-1].start, before[-1].end, "Policy", before[-1])
        sk = skeleton(key, sent.start, sent.end, items[k], [pol])
        for m in match_rules(cr.rules, sk):
            if not any(it is pol for it in m.bindings.get("p", [])):
                continue
            for s_term, pred, o_term in m.rule.relations:
                for oi in m.bindings.get(o_term, []):
                    if not rs.alike(pred, "Policy", oi.type):
                        continue
                    rid, conf = m.rule.id + cr.suffix, m.rule.confidence * cr.factor
                    if m.planned:
                        rid, conf = rs.mark_planned(rid, conf)
                    rel = _relation(doc, qrules, values, k, None, rid, conf, s_term, pred, o_term, pol, oi, sent.start)
                    if rel is not None:
                        out.append(rel)
    return out
