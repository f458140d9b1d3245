"""The article's event carried into the sentences that say who took part in it without naming it (EVCARRY lane).

某展今天開幕，…… 行政院長甲致詞指出…… / 在本次展會上，乙公司董事長丙表示…… — the later sentences state that 甲 and
丙 took part in the show, but only the first names it. ontology/rules/evcarry.toml holds the cues (rules in the
pattern language of relations.toml, the carried event standing first as «Organization»), the kinds of thing a
page can be about (a show or a conference, an alliance) and how the article's one is chosen; this module finds
the article's event (or alliance), reads the sentences that name no other one of its kind with it, and makes the
relations (evidence: the stating sentence; rule id + `suffix`; confidence × `factor`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import KgError
from kg.lexicon import Lexicon
from kg.model import Doc, Mention, Relation
from kg.normalize import name_key
from kg.paths import file_stamp, ontology_dir, read_toml, setting_float, setting_int, setting_words
from kg.rules import Item, RuleSet, _expand_tokens, _key_regex, clause_start, load_rules, match_rules, skeleton


class EvcarryError(KgError):
    """A bad ontology/rules/evcarry.toml."""


@dataclass(frozen=True)
class Kind:
    name: str
    words: re.Pattern  # what the printed name of a thing of this kind holds (matching form)
    not_words: re.Pattern | None  # names that end alike but are no such thing (股東大會, 委員會)
    reach: int  # how many sentences after the thing was last named a sentence may still carry it


@dataclass(frozen=True)
class CarryRules:
    rules: RuleSet
    carries: dict  # rule id -> the kind of thing it carries
    kinds: tuple[Kind, ...]
    suffix: str
    factor: float
    texts: tuple[str, ...]  # the kinds of text read (body, standfirst …)
    trigger: re.Pattern | None


def evcarry_path() -> Path:
    return ontology_dir() / "rules" / "evcarry.toml"


_CACHE: dict = {}


def load_evcarry(rs: RuleSet | None = None) -> CarryRules:
    p = evcarry_path()
    rs = rs or load_rules()
    stamp = file_stamp(p, EvcarryError)
    key = (str(p), stamp, id(rs))
    got = _CACHE.get(key)
    if got is None or got[0] is not rs:
        got = _CACHE[key] = (rs, _load(str(p), rs))
    return got[1]


def _alt(words: list[str]) -> str:
    return "|".join(f"(?:{_key_regex(w)})" for w in words)


def _compile(words: list[str], tokens: dict, where: str) -> re.Pattern | None:
    if not words:
        return None
    try:
        return re.compile(_alt([_expand_tokens(where, w, tokens) for w in words]))
    except re.error as err:
        raise EvcarryError(f"{where}: bad word: {err}") from None


def _load(path: str, rs: RuleSet) -> CarryRules:
    cfg = read_toml(path)
    where = f"{path}: [carry]"
    carry = cfg.get("carry", {})
    own = load_rules(path)
    own = replace(own, negation=rs.negation, hypothetical=rs.hypothetical, planned=rs.planned,
                  planned_factor=rs.planned_factor, opener=rs.opener)
    tokens = dict(read_toml(str(Path(path).parent / cfg["inherit_tokens"])).get("tokens", {})) \
        if isinstance(cfg.get("inherit_tokens"), str) else {}
    tokens.update(cfg.get("tokens", {}))
    kinds = []
    for k in cfg.get("kind", []):
        kw = f"{path}: [[kind]] {k.get('name')}"
        if not isinstance(k.get("name"), str):
            raise EvcarryError(f"{kw}: needs a `name`")
        words = _compile(setting_words(k, "words", [], kw, EvcarryError), tokens, kw)
        if words is None:
            raise EvcarryError(f"{kw}: needs `words`")
        kinds.append(Kind(k["name"], words, _compile(setting_words(k, "not_words", [], kw, EvcarryError), tokens, kw),
                          setting_int(k, "reach", 8, kw, EvcarryError)))
    names = {k.name for k in kinds}
    carries = {}
    for r in cfg.get("rule", []):
        c = r.get("carries", kinds[0].name if kinds else None)
        if c not in names:
            raise EvcarryError(f"{path}: rule {r.get('id')}: `carries` must name a [[kind]] ({sorted(names)})")
        carries[r["id"]] = c
    trig = setting_words(carry, "trigger", [], where, EvcarryError)
    return CarryRules(own, carries, tuple(kinds), str(carry.get("suffix", ".event")),
                      setting_float(carry, "factor", 0.8, where, EvcarryError),
                      tuple(setting_words(carry, "texts", ["body", "standfirst"], where, EvcarryError)),
                      _compile(trig, tokens, where))


def _kind_of(kinds: tuple[Kind, ...], m: Mention, key: str) -> Kind | None:
    if m.type != "Organization" or m.entity is None or m.sentence is None or m.article is None:
        return None
    name = key[m.start:m.end]
    for k in kinds:
        if k.words.search(name) and not (k.not_words is not None and k.not_words.search(name)):
            return k
    return None


def article_things(doc: Doc, kinds: tuple[Kind, ...]) -> dict[tuple[int, str], tuple[str, list[Mention]]]:
    """(article, kind) -> (the IRI of the thing of that kind the article names clearly most, its mentions in text
    order): named in strictly more sentences than any other of its kind. None where two are named as often."""
    key = doc.norm.key
    per: dict[tuple[int, str], dict[str, set]] = {}
    mentions: dict[tuple[int, str], dict[str, list]] = {}
    for m in doc.mentions:
        k = _kind_of(kinds, m, key)
        if k is None:
            continue
        per.setdefault((m.article, k.name), {}).setdefault(m.entity, set()).add(m.sentence)
        mentions.setdefault((m.article, k.name), {}).setdefault(m.entity, []).append(m)
    out = {}
    for ak, counts in sorted(per.items()):
        ranked = sorted(((len(s), iri) for iri, s in counts.items()), key=lambda x: (-x[0], x[1]))
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            continue  # two events named as often: none is the article's
        iri = ranked[0][1]
        out[ak] = (iri, sorted(mentions[ak][iri], key=lambda m: (m.start, m.end)))
    return out


def event_carry_relations(doc: Doc, lexicon: Lexicon, rs: RuleSet | None = None) -> list[Relation]:
    """participatesIn relations of the article's event (or alliance) read out of sentences that do not name
    another one of its kind (evcarry.toml)."""
    from kg.extract import _relation, _Values, number_formats, sentence_items
    from kg.quantities import load_quantity_rules

    rs = rs or load_rules()
    cr = load_evcarry(rs)
    things = article_things(doc, cr.kinds)
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
    kinds = {k.name: k for k in cr.kinds}
    out: list[Relation] = []
    for k in todo:
        sent = doc.sentences[k]
        for kname, kind in kinds.items():
            got = things.get((sent.article, kname))
            if got is None:
                continue
            iri, ms = got
            if any(it.type == "Organization" and it.ref.entity != iri and _kind_of((kind,), it.ref, key)
                   for it in items[k]):
                continue  # the sentence names another event: the ordinary rules read it
            before = [m for m in ms if m.sentence is not None and m.sentence <= k]
            if not before or k - before[-1].sentence > kind.reach:
                continue  # the event is not named before the sentence, or not near it
            ev = Item(before[-1].start, before[-1].end, "Organization", before[-1])
            sk = skeleton(key, sent.start, sent.end, items[k], [ev])
            pos = {id(it): off for off, it in sk.slots}
            for m in match_rules(cr.rules, sk):
                if cr.carries.get(m.rule.id) != kname or not any(it is ev for it in m.bindings.get("e", [])):
                    continue
                for s_term, pred, o_term in m.rule.relations:
                    for si in m.bindings.get(s_term, []):
                        if si is ev or getattr(si.ref, "entity", None) in (None, iri) or _kind_of(cr.kinds, si.ref, key):
                            continue  # an event takes no part in itself, nor in another event
                        rid, conf = m.rule.id + cr.suffix, m.rule.confidence * cr.factor
                        # an intention is one stated in the taker's own clause (某展將於明天開幕，甲為聯盟主席 is a fact)
                        lo = clause_start(sk.text, pos.get(id(si), m.start))
                        if rs.planned is not None and rs.planned.search(sk.text, lo, m.end):
                            rid, conf = rs.mark_planned(rid, conf)
                        rel = _relation(doc, qrules, values, k, None, rid, conf, s_term, pred, o_term, si, ev, sent.start)
                        if rel is not None:
                            out.append(rel)
    return out
