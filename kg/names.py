"""Relations read from inside a name: an organization named after its place (美國商務部 → 美國), and a
body named after the organization it belongs to (經濟部產業發展署 → 經濟部).

The data (which types, which starts of the rest of the name rule it out, the rule id and its
confidence) is in ontology/rules/names.toml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.evidence import entity_value, make_evidence
from kg.lexicon import Lexicon
from kg.model import Doc, Relation
from kg.namespaces import ENTITY_TYPES
from kg.normalize import name_key
from kg.paths import file_stamp, ontology_dir, read_toml, setting_float, setting_int, setting_words

MAX_PLACE = 8  # characters: the longest place name looked for at the start of a name


@dataclass(frozen=True)
class NameRules:
    types: frozenset
    min_rest: int
    not_rest: tuple
    rule: str
    confidence: float
    parent_types: frozenset = frozenset()  # [org_parent]: a body named after its parent organization
    parent_ends: tuple = ()
    parent_min_rest: int = 2
    parent_rule: str = "affiliated.org-parent"
    parent_confidence: float = 0.7


def names_path() -> Path:
    return ontology_dir() / "rules" / "names.toml"


@lru_cache(maxsize=4)
def _load(path: str, _stamp) -> NameRules:
    spec = read_toml(path)
    op = spec.get("org_place", {})
    if not isinstance(op, dict):
        raise KgError(f"{path}: [org_place] must be a table")
    rule = op.get("rule", "located.org-name")
    if not isinstance(rule, str) or not rule:
        raise KgError(f"{path}: `rule` must be a rule id")
    types = setting_words(op, "types", ["Organization"], path)
    if any(t not in ENTITY_TYPES for t in types):
        raise KgError(f"{path}: `types` must be entity types ({', '.join(ENTITY_TYPES)}), not {types!r}")
    par = spec.get("org_parent", {})
    if not isinstance(par, dict):
        raise KgError(f"{path}: [org_parent] must be a table")
    ptypes = setting_words(par, "types", [], path)
    if any(t not in ENTITY_TYPES for t in ptypes):
        raise KgError(f"{path}: `types` must be entity types ({', '.join(ENTITY_TYPES)}), not {ptypes!r}")
    prule = par.get("rule", "affiliated.org-parent")
    if not isinstance(prule, str) or not prule:
        raise KgError(f"{path}: `rule` must be a rule id")
    return NameRules(
        parent_types=frozenset(ptypes),
        parent_ends=tuple(name_key(w) for w in setting_words(par, "rest_ends", [], path)),
        parent_min_rest=setting_int(par, "min_rest", 2, path), parent_rule=prule,
        parent_confidence=setting_float(par, "confidence", 0.7, path),
        types=frozenset(types),
        min_rest=setting_int(op, "min_rest", 2, path),
        not_rest=tuple(setting_words(op, "not_rest", [], path)),
        rule=rule,
        confidence=setting_float(op, "confidence", 0.7, path),
    )


def load_name_rules(path: str | Path | None = None) -> NameRules:
    p = Path(path) if path else names_path()
    return _load(str(p), file_stamp(p))


def place_prefix(key: str, lexicon: Lexicon, min_rest: int) -> tuple[int, str] | None:
    """The longest lexicon place at the start of the name key, as (length, IRI), leaving at least
    `min_rest` characters after it."""
    for n in range(min(MAX_PLACE, len(key) - min_rest), 1, -1):
        iri = lexicon.index.get(key[:n])
        e = lexicon.entries.get(iri) if iri else None
        if e is not None and e.type == "Place":
            return n, iri
    return None


MAX_PARENT = 12  # characters: the longest parent organization looked for at the start of a name


def parent_prefix(key: str, lexicon: Lexicon, types: frozenset, min_rest: int) -> tuple[int, str] | None:
    """The longest lexicon organization (of `types`) at the start of the name key, as (length, IRI)."""
    for n in range(min(MAX_PARENT, len(key) - min_rest), 1, -1):
        iri = lexicon.index.get(key[:n])
        e = lexicon.entries.get(iri) if iri else None
        if e is not None and e.type in types:
            return n, iri
    return None


def _parent_relations(doc: Doc, lexicon: Lexicon, rules: NameRules) -> list[Relation]:
    key = doc.norm.key
    out: list[Relation] = []
    for m in doc.mentions:
        if m.type not in rules.parent_types or m.entity is None or m.sentence is None:
            continue
        name = key[m.start:m.end]
        entry = lexicon.entries.get(m.entity)
        # the printed name, and a lexicon body's own names: 商務部工業與安全局 printed bare still belongs to
        # 美國商務部 (its full name says so), not to the bare 商務部 (China's ministry)
        names = [name] + ([name_key(x) for x, _lang in entry.names()] if entry is not None else [])
        best = None
        for i, nm in enumerate(names):
            if not nm.endswith(rules.parent_ends):
                continue
            hit = parent_prefix(nm, lexicon, rules.parent_types, rules.parent_min_rest)
            if hit is not None and hit[1] != m.entity and (best is None or hit[0] > best[0][0]):
                best = (hit, i == 0)
        if best is None:
            continue
        (n, parent), printed = best
        sent = doc.sentences[m.sentence]
        ev = make_evidence(doc, sent.article, sent.start, sent.end, (m.start, m.end),
                           (m.start, m.start + n) if printed else (m.start, m.end),
                           rules.parent_rule, rules.parent_confidence)
        out.append(Relation(m.entity, "affiliatedWith", parent, evidence=[ev], value=entity_value(lexicon, parent)))
    return out


def name_relations(doc: Doc, lexicon: Lexicon, rules: NameRules | None = None) -> list[Relation]:
    """locatedIn for each organization mention whose name starts with a place (one per mention), and
    affiliatedWith for each body whose name starts with its parent organization ([org_parent])."""
    rules = rules or load_name_rules()
    key = doc.norm.key
    out: list[Relation] = _parent_relations(doc, lexicon, rules) if rules.parent_types else []
    for m in doc.mentions:
        if m.type not in rules.types or m.entity is None or m.sentence is None:
            continue
        name = key[m.start:m.end]
        hit = place_prefix(name, lexicon, rules.min_rest)
        if hit is None:
            continue
        n, place = hit
        if place == m.entity or name[n:].startswith(rules.not_rest):
            continue
        sent = doc.sentences[m.sentence]
        ev = make_evidence(doc, sent.article, sent.start, sent.end, (m.start, m.end), (m.start, m.start + n),
                           rules.rule, rules.confidence)
        out.append(Relation(m.entity, "locatedIn", place, evidence=[ev], value=entity_value(lexicon, place)))
    return out
