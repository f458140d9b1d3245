"""Definite anaphora: words that stand for an entity named before (該公司, 這款晶片, 它, 該法案, 該部, 他,
兩家公司, 雙方 …), each resolved to its antecedent.

One job: for a Doc whose mentions are resolved, find the anaphor words of ontology/rules/coref.toml and
choose each one's antecedent (the most recent name of a compatible type in the same article, within a
few sentences; the subject of a sentence naming several; left alone when it cannot be told). The result
is a list of `Anaphor`s, each holding a stand-in Mention (source "anaphor", the antecedent's type and
entity, the word's span) that kg/extract.py adds to a sentence's items so the relation rules read it as
they read a name. Stand-ins are kept apart from `Doc.mentions`: they never give a label, an entity or a
mention count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.model import Doc, Mention
from kg.paths import file_stamp, ontology_dir, read_toml, setting_bool, setting_float, setting_int, setting_words
from kg.rules import CODES, RuleSet, _key_regex, load_rules, opens_clause


class CorefError(KgError):
    """A bad ontology/rules/coref.toml."""


@dataclass(frozen=True)
class AnaphorRule:
    """One [[anaphor]] table."""

    types: tuple[str, ...]
    rx: re.Pattern
    number: int = 1
    clause_start: bool = False
    reach: int = 2
    subject: bool = False  # in a sentence before the word's own, only a name heading a clause is its antecedent


@dataclass(frozen=True)
class CorefRules:
    rules: tuple[AnaphorRule, ...]
    suffix: str
    factor: float
    joiner: re.Pattern | None  # what joins two coordinated names (甲與乙): the text between them, whole
    compared: re.Pattern | None = None  # ends the text right before a name only compared with (比乙快)
    listing: re.Pattern | None = None  # in a sentence, makes 兩家公司 a count of a list rather than the two named before


@dataclass
class Anaphor:
    """A word standing for `antecedent`: `mention` is its stand-in (the word's span, the antecedent's entity)."""

    mention: Mention
    antecedent: Mention


def coref_path() -> Path:
    return ontology_dir() / "rules" / "coref.toml"


def load_coref(path: str | Path | None = None) -> CorefRules:
    p = Path(path) if path else coref_path()
    return _load(str(p), file_stamp(p, CorefError))


def _alt(words: list[str], where: str) -> re.Pattern:
    try:
        return re.compile("|".join(f"(?:{_key_regex(w)})" for w in sorted(words, key=len, reverse=True)))
    except re.error as err:
        raise CorefError(f"{where}: bad word: {err}") from None


@lru_cache(maxsize=4)
def _load(path: str, _stamp) -> CorefRules:
    cfg = read_toml(path)
    head = cfg.get("coref", {})
    where = f"{path}: [coref]"
    if not isinstance(head, dict):
        raise CorefError(f"{where} must be a table")
    tables = cfg.get("anaphor", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise CorefError(f"{path}: `anaphor` must be [[anaphor]] tables")
    reach = setting_int(head, "reach", 2, where, CorefError)
    suffix = head.get("suffix", ".coref")
    if not isinstance(suffix, str) or not suffix:
        raise CorefError(f"{where}: `suffix` must be a non-empty string")
    factor = setting_float(head, "factor", 0.8, where, CorefError)
    if not 0.0 < factor <= 1.0:
        raise CorefError(f"{where}: `factor` must be above 0 and at most 1")
    joiners = setting_words(head, "joiners", [], where, CorefError)
    joiner = re.compile(r"\s*(?:" + "|".join(re.escape(_key_regex(j)) for j in joiners) + r")\s*") if joiners else None
    cmp_words = setting_words(head, "not_after", [], where, CorefError)
    compared = re.compile("(?:" + _alt(cmp_words, where).pattern + r")\s*$") if cmp_words else None
    rules = []
    for i, spec in enumerate(tables, 1):
        w = f"{path}: [[anaphor]] #{i}"
        types = spec.get("types")
        if not isinstance(types, str) or any(t not in CODES for t in types.split("|")):
            raise CorefError(f"{w}: `types` must be types like \"Company|Organization\"")
        words = setting_words(spec, "words", [], w, CorefError)
        if not words:
            raise CorefError(f"{w}: `words` must list at least one word")
        number = setting_int(spec, "number", 1, w, CorefError)
        if number not in (1, 2):
            raise CorefError(f"{w}: `number` must be 1 or 2")
        rules.append(AnaphorRule(tuple(types.split("|")), _alt(words, w), number,
                                 setting_bool(spec, "clause_start", False, w, CorefError),
                                 setting_int(spec, "reach", reach, w, CorefError),
                                 setting_bool(spec, "subject", False, w, CorefError)))
    list_words = setting_words(head, "count_of_list", [], where, CorefError)
    listing = _alt(list_words, where) if list_words else None
    return CorefRules(tuple(rules), suffix, factor, joiner, compared, listing)


# --------------------------------------------------------------------------------------------------
# Finding and resolving
# --------------------------------------------------------------------------------------------------

def doc_anaphors(doc: Doc) -> list[Anaphor]:
    """The page's words standing for a name met before, found once (kept on doc.anaphors): the relation rules
    and the learned scorer both read them."""
    if doc.anaphors is None:
        doc.anaphors = find_anaphors(doc)
    return doc.anaphors


def find_anaphors(doc: Doc, cr: CorefRules | None = None, rs: RuleSet | None = None) -> list[Anaphor]:
    """The anaphors of doc with their antecedents, in text order (a plural word gives two)."""
    cr = cr or load_coref()
    rs = rs or load_rules()
    key = doc.norm.key
    names: list[list[Mention]] = [[] for _ in doc.sentences]  # resolved names of each sentence
    spans: list[list[Mention]] = [[] for _ in doc.sentences]  # every mention: a word inside one is no anaphor
    for m in doc.mentions:
        if m.sentence is None or m.source == "byline":
            continue
        spans[m.sentence].append(m)
        if m.entity is not None:
            names[m.sentence].append(m)
    for ms in names:
        ms.sort(key=lambda m: (m.start, m.end))
    out: list[Anaphor] = []
    # a thing brought in with no name (一家公司) between the antecedent and the word: the words of the
    # [[reference]] tables' `unnamed` (relations.toml), one list for both look-backs
    unnamed = [r.unnamed for r in rs.references if r.unnamed is not None]
    # a sentence whose text a later one covers again (a title printed again as the body's first sentence)
    # is read there, where its names are counted
    later = {(t.start, t.end): j for j, t in enumerate(doc.sentences)}
    seen: set[tuple[int, int]] = set()
    for k, s in enumerate(doc.sentences):
        if s.kind == "byline" or later[(s.start, s.end)] != k:
            continue
        taken: list[tuple[int, int]] = [(m.start, m.end) for m in spans[k]]
        for rule in cr.rules:
            for hit in rule.rx.finditer(key, s.start, s.end):
                a, b = hit.span()
                if a == b or (a, b) in seen or any(a < e and st < b for st, e in taken):
                    continue
                taken.append((a, b))
                seen.add((a, b))
                if rule.clause_start and not opens_clause(rs, key, s.start, a):
                    continue
                if _described(key, b, rule.types, names[k]):
                    continue  # 該公司甲…: the name follows; the word only describes it
                antes = _antecedents(doc, rs, cr, names, k, a, rule)
                if any(u.search(key, min(x.end, a), a) for u in unnamed for x in antes):
                    continue  # 台積電收購了一家公司，該公司…: the word stands for the company with no name
                for ante in antes:
                    stand = Mention(a, b, doc.norm.text[a:b], ante.type, "anaphor", cr.factor, entity=ante.entity,
                                    article=s.article, sentence=k)
                    out.append(Anaphor(stand, ante))
                    if len(antes) == 1:  # 該處理器…，它有…: a word resolved is what a later one may stand for
                        names[k].append(stand)
                        names[k].sort(key=lambda m: (m.start, m.end))
    out.sort(key=lambda x: (x.mention.start, x.mention.end, x.antecedent.start))
    return out


def _described(key: str, end: int, types: tuple[str, ...], names: list[Mention]) -> bool:
    return any(m.type in types and 0 <= m.start - end <= 1 and not key[end:m.start].strip(" 　「“\"《")
               for m in names)


def _antecedents(doc: Doc, rs: RuleSet, cr: CorefRules, names: list[list[Mention]], k: int, pos: int,
                 rule: AnaphorRule) -> list[Mention]:
    """The antecedent(s) of a word at pos of sentence k, or [] when none or it cannot be told."""
    s = doc.sentences[k]
    want = rule.number
    got: list[Mention] = []  # one mention per entity, most recent first
    j = k
    while j >= 0 and k - j <= rule.reach:
        p = doc.sentences[j]
        if p.article != s.article:
            break
        if j < k and p.end > s.start:  # a title printed again as the first body sentence: the same text
            j -= 1
            continue
        cands = [m for m in names[j] if m.type in rule.types and (j < k or m.end <= pos)
                 and not (cr.compared is not None and cr.compared.search(doc.norm.key, max(p.start, m.start - 6), m.start))]
        if cands and rule.subject and j < k:
            # 它 continues what an earlier sentence is about: its subject, not a name in its predicate
            cands = [m for m in cands if m.source == "anaphor" or _heads(rs, doc.norm.key, p.start, m, names[j])]
            if not cands:  # a sentence naming things only in its predicate (its subject left out) goes on
                j -= 1     # with the topic before it: look further back
                continue
        if cands:
            ents: dict[str, Mention] = {}
            for m in cands:
                ents.setdefault(m.entity, m)
            ents = {e: m for e, m in ents.items() if all(g.entity != e for g in got)}
            need = want - len(got)
            if len(ents) <= need:
                got += sorted(ents.values(), key=lambda m: -m.start)
            else:
                pick = _subject(doc, rs, cr, names[j], cands, p.start) if need == 1 else None
                if pick is None:
                    return []  # more names than the word stands for, none standing out: cannot be told
                got.append(pick)
            if len(got) >= want:
                return got[:want]
        j -= 1
    return []


def _subject(doc: Doc, rs: RuleSet, cr: CorefRules, names: list[Mention], cands: list[Mention], lo: int) -> Mention | None:
    """Of several candidates named in one sentence, the one heading it (its subject), unless another
    candidate is coordinated with it (甲與乙…: equally recent, whose the word is cannot be told)."""
    key = doc.norm.key
    heads = [m for m in names if _heads(rs, key, lo, m, names)]
    first = heads[0] if heads else None
    if first is None or first not in cands:
        return None
    nxt = next((m for m in names if m.start >= first.end), None)
    if nxt is not None and nxt in cands and nxt.entity != first.entity and cr.joiner is not None \
            and cr.joiner.fullmatch(key, first.end, nxt.start):
        return None
    return first


def _heads(rs: RuleSet, key: str, lo: int, m: Mention, names: list[Mention]) -> bool:
    """Does m head a clause of the sentence starting at lo — opening it, or after its maker only
    (英偉達H100 / 英偉達的H100 採用…: the chip is the subject, its maker qualifies it)?"""
    if opens_clause(rs, key, lo, m.start):
        return True
    before = [n for n in names if n.end <= m.start]
    if not before:
        return False
    n = before[-1]
    return (n.type in ("Company", "Organization") and key[n.end:m.start].strip() in ("", "的")
            and opens_clause(rs, key, lo, n.start))
