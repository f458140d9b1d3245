"""The article's own thing (its policy, its event, its alliance) carried into the sentences that state something
of it without naming it — one mechanism for the POLCARRY lane (kg/polcarry.py, ontology/rules/polcarry.toml) and
the EVCARRY lane (kg/evcarry.py, ontology/rules/evcarry.toml).

A carry file holds [[rule]]s in the pattern language of relations.toml whose first slot (`slot`) is the carried
thing, the [[kind]]s of thing it carries, and a [carry] table saying how they are read:
- the article's thing of a kind: the thing of the kind's `type` (and name `words`) the article names clearly most —
  in at least `min_mentions` sentences and strictly more than any other of its kind (kg.implicit.clear_most,
  one count per sentence; title, standfirst, captions and body counted); none on a tie, and none when a
  printed name of it holds a word of `not_carried`;
- the sentences read: those of the `texts` kinds (body, standfirst) of an article with such a thing, holding a
  word of `trigger` when there is one, naming no other thing of the kind, with the thing named before the
  sentence (or in it, `in_sentence`) and at most the kind's `reach` sentences before it; the thing stands first
  in the sentence's skeleton and the rules are matched;
- the relations: relations.toml's negation (minus `not_negation`), hypothetical and planned cues apply; an
  intention is looked for in the whole match, or in the other end's own clause (`intention = "clause"`); the
  other end must be alike (`like_with_like`, relations.toml [like_with_like]) and/or a resolved name that is
  neither the thing nor a thing of a carried kind (`others = "named"`); rule id + `suffix`, confidence ×
  `factor`, the evidence is the stating sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import KgError
from kg.implicit import clear_most
from kg.lexicon import Lexicon
from kg.model import Doc, Mention, Relation
from kg.paths import file_stamp, read_toml, setting_float, setting_int, setting_words
from kg.rules import Item, RuleSet, _alternation, _expand_tokens, clause_start, file_tokens, load_rules, match_rules, skeleton


class CarryError(KgError):
    """A bad carry file (ontology/rules/polcarry.toml, evcarry.toml)."""


@dataclass(frozen=True)
class Kind:
    name: str
    type: str  # the entity type of the thing (Policy, Organization)
    words: re.Pattern | None  # what its printed name holds (matching form); None: every thing of the type
    not_words: re.Pattern | None  # names that end alike but are no such thing (股東大會, 委員會)
    reach: int  # how many sentences after the thing was last named a sentence may still carry it


@dataclass(frozen=True)
class CarryRules:
    rules: RuleSet  # the file's [[rule]]s, with relations.toml's negation / hypothesis / plan cues
    slot: str  # the rules' slot of the carried thing
    carries: dict  # rule id -> the name of the kind it carries
    kinds: tuple[Kind, ...]
    suffix: str
    factor: float
    texts: tuple[str, ...]  # the kinds of text read (body, standfirst …)
    min_mentions: int
    in_sentence: bool  # the thing may be named in the sentence itself (else only before it)
    intention_in_clause: bool  # an intention is one stated in the other end's own clause (else in the match)
    like_with_like: bool  # relations.toml [like_with_like] applies to the relation's two ends
    others_named: bool  # the other end is a resolved name, neither the thing nor a thing of a carried kind
    trigger: re.Pattern | None  # only sentences holding one of these words are read
    not_carried: re.Pattern | None  # words of a thing's name that keep it from being carried


_CACHE: dict = {}


def load_carry(path: Path, rs: RuleSet | None = None) -> CarryRules:
    rs = rs or load_rules()
    stamp = file_stamp(path, CarryError)
    key = (str(path), stamp, id(rs))
    got = _CACHE.get(key)
    if got is None or got[0] is not rs:
        got = _CACHE[key] = (rs, _load(str(path), rs))
    return got[1]


def _words(cfg: dict, name: str, tokens: dict, where: str) -> re.Pattern | None:
    """The words of a setting (regular expressions, matching form, @tokens expanded) as one alternation."""
    words = setting_words(cfg, name, [], where, CarryError)
    try:
        return _alternation([_expand_tokens(where, w, tokens) for w in words])
    except re.error as err:
        raise CarryError(f"{where}: bad word in `{name}`: {err}") from None


def _load(path: str, rs: RuleSet) -> CarryRules:
    cfg = read_toml(path)
    where = f"{path}: [carry]"
    carry = cfg.get("carry", {})
    tokens = file_tokens(path, cfg)  # (load_rules(path) below checks them)
    negation = rs.negation
    not_neg = _words(carry, "not_negation", tokens, where)
    if negation is not None and not_neg is not None:
        # the negative words of a cue (無法向…出口) are not read as a denial of it
        negation = re.compile(f"(?!{not_neg.pattern})(?:{negation.pattern})")
    own = replace(load_rules(path), negation=negation, hypothetical=rs.hypothetical, planned=rs.planned,
                  planned_factor=rs.planned_factor, opener=rs.opener)
    kinds = []
    for k in cfg.get("kind", []):
        kw = f"{path}: [[kind]] {k.get('name')}"
        if not isinstance(k.get("name"), str) or not isinstance(k.get("type"), str):
            raise CarryError(f"{kw}: needs a `name` and a `type`")
        kinds.append(Kind(k["name"], k["type"], _words(k, "words", tokens, kw), _words(k, "not_words", tokens, kw),
                          setting_int(k, "reach", 8, kw, CarryError)))
    names = [k.name for k in kinds]
    if not kinds or len(set(names)) != len(names):
        raise CarryError(f"{path}: needs [[kind]]s, each with its own `name`")
    slot = carry.get("slot")
    if not isinstance(slot, str) or not slot:
        raise CarryError(f"{where}: needs `slot`, the rules' slot of the carried thing")
    carries = {}
    for r in cfg.get("rule", []):
        c = r.get("carries", names[0])
        if c not in names:
            raise CarryError(f"{path}: rule {r.get('id')}: `carries` must name a [[kind]] ({sorted(names)})")
        carries[r["id"]] = c
    for rule in own.rules:
        if any(slot not in (s, o) for s, _p, o in rule.relations):
            raise CarryError(f"{path}: rule {rule.id}: each relation must have the carried thing ({slot}) at one end")
    intention = carry.get("intention", "match")
    others = carry.get("others", "any")
    if intention not in ("match", "clause") or others not in ("any", "named"):
        raise CarryError(f"{where}: `intention` is \"match\" or \"clause\", `others` \"any\" or \"named\"")
    if not isinstance(carry.get("suffix"), str):
        raise CarryError(f"{where}: needs `suffix`, the mark added to the rule id")
    return CarryRules(own, slot, carries, tuple(kinds), carry["suffix"],
                      setting_float(carry, "factor", 0.8, where, CarryError),
                      tuple(setting_words(carry, "texts", ["body", "standfirst"], where, CarryError)),
                      setting_int(carry, "min_mentions", 1, where, CarryError),
                      bool(carry.get("in_sentence", False)), intention == "clause",
                      bool(carry.get("like_with_like", False)), others == "named",
                      _words(carry, "trigger", tokens, where), _words(carry, "not_carried", tokens, where))


def kind_of(kinds: tuple[Kind, ...], m: Mention, key: str) -> Kind | None:
    """The first kind whose type and name words the mention (of a resolved entity, in a sentence) fits."""
    if m.entity is None or m.sentence is None or m.article is None:
        return None
    name = key[m.start:m.end]
    for k in kinds:
        if m.type == k.type and (k.words is None or k.words.search(name)) \
                and not (k.not_words is not None and k.not_words.search(name)):
            return k
    return None


def article_things(doc: Doc, cr: CarryRules) -> dict[tuple[int, str], tuple[str, list[Mention]]]:
    """(article, kind name) -> (the IRI of the thing of that kind the article names clearly most, its mentions in
    text order): named in at least `min_mentions` sentences and strictly more than any other of its kind, and no
    name of it as printed holds a word of `not_carried`. Left out where two are named as often."""
    key = doc.norm.key
    once: dict[tuple[int, str], dict[tuple[str, int], Mention]] = {}  # one mention per (entity, sentence)
    mentions: dict[tuple[int, str], dict[str, list]] = {}
    for m in doc.mentions:
        k = kind_of(cr.kinds, m, key)
        if k is None:
            continue
        once.setdefault((m.article, k.name), {}).setdefault((m.entity, m.sentence), m)
        mentions.setdefault((m.article, k.name), {}).setdefault(m.entity, []).append(m)
    out = {}
    for ak, per in once.items():
        top = clear_most(list(per.values()), at_least=cr.min_mentions)
        if top is None:
            continue  # two named as often: none is the article's
        ms = mentions[ak][top.entity]
        if cr.not_carried is not None and any(cr.not_carried.search(key[m.start:m.end]) for m in ms):
            continue  # an operation enforcing rules (守門員行動) restricts nothing itself
        out[ak] = (top.entity, sorted(ms, key=lambda m: (m.start, m.end)))
    return out


def _names_other(kind: Kind, it: Item, iri: str, key: str) -> bool:
    """Does the item name another thing of the kind (any of its type, for a kind with no name words)?"""
    return it.type == kind.type and it.ref.entity != iri and (kind.words is None or kind_of((kind,), it.ref, key) is not None)


def carry_relations(doc: Doc, lexicon: Lexicon, rs: RuleSet, cr: CarryRules) -> list[Relation]:
    """The relations of the article's things read out of the sentences that name no other thing of their kind."""
    from kg.extract import _relation, _Values, number_formats, sentence_items
    from kg.quantities import load_quantity_rules

    things = article_things(doc, cr)
    if not things:
        return []
    key = doc.norm.key
    arts = {a for a, _k in things}
    todo = [k for k, s in enumerate(doc.sentences)
            if s.kind in cr.texts and s.article in arts
            and (cr.trigger is None or cr.trigger.search(key, s.start, s.end))]
    if not todo:
        return []
    qrules = load_quantity_rules()
    items = sentence_items(doc, qrules, number_formats(lexicon))
    values = _Values(doc, lexicon)
    out: list[Relation] = []
    for k in todo:
        sent = doc.sentences[k]
        for kind in cr.kinds:
            got = things.get((sent.article, kind.name))
            if got is None:
                continue
            iri, ms = got
            if any(_names_other(kind, it, iri, key) for it in items[k]):
                continue  # the sentence names another one: the ordinary rules read it
            last = k if cr.in_sentence else k - 1
            before = [m for m in ms if m.sentence <= last]
            if not before or k - before[-1].sentence > kind.reach:
                continue  # the thing is not named before the sentence, or not near it
            carried = Item(before[-1].start, before[-1].end, kind.type, before[-1])
            sk = skeleton(key, sent.start, sent.end, items[k], [carried])
            pos = {id(it): off for off, it in sk.slots}
            for m in match_rules(cr.rules, sk):
                if cr.carries.get(m.rule.id) != kind.name or not any(it is carried for it in m.bindings.get(cr.slot, [])):
                    continue
                for s_term, pred, o_term in m.rule.relations:
                    first = s_term == cr.slot
                    for oi in m.bindings.get(o_term if first else s_term, []):
                        s_it, o_it = (carried, oi) if first else (oi, carried)
                        if cr.like_with_like and not rs.alike(pred, s_it.type, o_it.type):
                            continue
                        if cr.others_named and (oi is carried or getattr(oi.ref, "entity", None) in (None, iri)
                                                or kind_of(cr.kinds, oi.ref, key)):
                            continue  # an event takes no part in itself, nor in another event
                        rid, conf = m.rule.id + cr.suffix, m.rule.confidence * cr.factor
                        if cr.intention_in_clause:
                            # 某展將於明天開幕，甲為聯盟主席 is a fact: the intention is stated in the other end's clause
                            lo = clause_start(sk.text, pos.get(id(oi), m.start))
                            planned = rs.planned is not None and rs.planned.search(sk.text, lo, m.end)
                        else:
                            planned = m.planned
                        if planned:
                            rid, conf = rs.mark_planned(rid, conf)
                        rel = _relation(doc, qrules, values, k, None, rid, conf, s_term, pred, o_term, s_it, o_it,
                                        sent.start)
                        if rel is not None:
                            out.append(rel)
    return out
