"""Relations read from inside a name: an organization named after its place (美國商務部 → 美國), a
body named after the organization it belongs to (經濟部產業發展署 → 經濟部), a policy named after the
body that issues it (商務部公告2024年第1號 → 商務部).

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
class PrefixRule:
    """A name that starts with another entity's name states a relation to it: [org_parent] (經濟部產業發展署
    affiliatedWith 經濟部), [policy_issuer] (商務部公告2024年第1號 issuedBy 商務部)."""
    types: frozenset  # the types of the named entity
    prefix_types: frozenset  # the types of the entity its name starts with
    ends: tuple  # the name must end like one of these (any end when empty)
    min_rest: int
    predicate: str
    rule: str
    confidence: float


@dataclass(frozen=True)
class NameRules:
    types: frozenset
    min_rest: int
    not_rest: tuple
    rule: str
    confidence: float
    prefix_rules: tuple = ()


# table -> (predicate, default rule id): the relations a name's start may state
PREFIX_TABLES = {"org_parent": ("affiliatedWith", "affiliated.org-parent"),
                 "company_parent": ("affiliatedWith", "affiliated.company-parent"),
                 "policy_issuer": ("issuedBy", "policy.issuer-name")}


def _prefix_rule(spec: dict, table: str, path: str) -> PrefixRule | None:
    t = spec.get(table)
    if t is None:
        return None
    if not isinstance(t, dict):
        raise KgError(f"{path}: [{table}] must be a table")
    predicate, default_rule = PREFIX_TABLES[table]
    types = setting_words(t, "types", [], path)
    prefix_types = setting_words(t, "prefix_types", ["Organization"], path)
    if any(x not in ENTITY_TYPES for x in types + prefix_types):
        raise KgError(f"{path}: [{table}] `types` and `prefix_types` must be entity types "
                      f"({', '.join(ENTITY_TYPES)})")
    rule = t.get("rule", default_rule)
    if not isinstance(rule, str) or not rule:
        raise KgError(f"{path}: [{table}] `rule` must be a rule id")
    return PrefixRule(frozenset(types), frozenset(prefix_types),
                      tuple(name_key(w) for w in setting_words(t, "rest_ends", [], path)),
                      setting_int(t, "min_rest", 2, path), predicate, rule, setting_float(t, "confidence", 0.7, path))


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
    prefix_rules = tuple(r for r in (_prefix_rule(spec, t, path) for t in PREFIX_TABLES) if r is not None)
    return NameRules(
        prefix_rules=prefix_rules,
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
    return parent_prefix(key, lexicon, frozenset({"Place"}), min_rest, MAX_PLACE)


MAX_PARENT = 12  # characters: the longest entity name looked for at the start of another name


def parent_prefix(key: str, lexicon: Lexicon, types: frozenset, min_rest: int,
                  longest: int = MAX_PARENT, printed: str | None = None) -> tuple[int, str] | None:
    """The longest lexicon entity (of `types`, at most `longest` characters) at the start of the name
    key, as (length, IRI), leaving at least `min_rest` characters after it. With the name as `printed`,
    a name whose entry depends on its script (kg:scriptLabel: 證監會 / 证监会) is read in that script."""
    for n in range(min(longest, len(key) - min_rest), 1, -1):
        iri = (lexicon.script_pick(key[:n], printed[:n]) if printed is not None else None) or lexicon.index.get(key[:n])
        e = lexicon.entries.get(iri) if iri else None
        if e is not None and e.type in types:
            return n, iri
    return None


def _prefix_relations(doc: Doc, lexicon: Lexicon, pr: PrefixRule) -> list[Relation]:
    key = doc.norm.key
    out: list[Relation] = []
    for m in doc.mentions:
        if m.type not in pr.types or m.entity is None or m.sentence is None:
            continue
        name = key[m.start:m.end]
        entry = lexicon.entries.get(m.entity)
        # the printed name, and a lexicon entry's own names: 商務部工業與安全局 printed bare still belongs to
        # 美國商務部 (its full name says so), not to the bare 商務部 (China's ministry)
        names = [name] + ([name_key(x) for x, _lang in entry.names()] if entry is not None else [])
        best = None
        for i, nm in enumerate(names):
            if pr.ends and not nm.endswith(pr.ends):
                continue
            hit = parent_prefix(nm, lexicon, pr.prefix_types, pr.min_rest,
                                printed=doc.norm.text[m.start:m.end] if i == 0 else None)
            if hit is not None and hit[1] != m.entity and (best is None or hit[0] > best[0][0]):
                best = (hit, i == 0)
        if best is None:
            continue
        (n, other), printed = best
        sent = doc.sentences[m.sentence]
        ev = make_evidence(doc, sent.article, sent.start, sent.end, (m.start, m.end),
                           (m.start, m.start + n) if printed else (m.start, m.end), pr.rule, pr.confidence)
        out.append(Relation(m.entity, pr.predicate, other, evidence=[ev], value=entity_value(lexicon, other)))
    return out


def name_relations(doc: Doc, lexicon: Lexicon, rules: NameRules | None = None) -> list[Relation]:
    """locatedIn for each organization mention whose name starts with a place (one per mention), and the
    relations of the prefix tables: affiliatedWith for a body whose name starts with its parent
    organization ([org_parent]), issuedBy for a policy named after its issuer ([policy_issuer])."""
    rules = rules or load_name_rules()
    key = doc.norm.key
    out: list[Relation] = [r for pr in rules.prefix_rules for r in _prefix_relations(doc, lexicon, pr)]
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
