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
from kg.namespaces import E, ENTITY_TYPES
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
    exact: tuple = ()  # POLICY2 lane: the rest of the name (after an optional 的) must be one of these words
    inverse: bool = False  # the entity named first states the relation: 甲 operates 甲銅鑼廠 (NAMES lane)
    max_rest: int = 0  # the rest of the name at most this long (0: any length)
    site_rule: str = ""  # the rest before its end word is a place the lexicon knows: the named one is there


@dataclass(frozen=True)
class AimedRule:
    """[policy_aimed] (POLICY lane): a measure named after the place that imposes it and the one it is aimed
    at (美國對華高端芯片出口限制) is issued by the first and restricts the second."""
    types: frozenset
    targets: tuple  # (word after the place, in the matching form; IRI of the place it names), longest first
    rule: str
    confidence: float
    ends: tuple = ()  # the words of a measure the name must end in (matching form)


@dataclass(frozen=True)
class NameRules:
    types: frozenset
    min_rest: int
    not_rest: tuple
    rule: str
    confidence: float
    prefix_rules: tuple = ()
    aimed: AimedRule | None = None


# table -> (predicate, default rule id): the relations a name's start may state
PREFIX_TABLES = {"org_parent": ("affiliatedWith", "affiliated.org-parent"),
                 "company_parent": ("affiliatedWith", "affiliated.company-parent"),
                 "policy_issuer": ("issuedBy", "policy.issuer-name"),
                 "policy_place_issuer": ("issuedBy", "policy.place-name"),
                 "policy_place_bare_issuer": ("issuedBy", "policy.place-bare-name"),
                 # NAMES lane: a plant named after its owner (甲銅鑼廠, 甲五廠): the owner operates it
                 "plant_operator": ("operates", "operates.plant-name")}
# tables whose relation goes from the entity at the start of the name to the named one
INVERSE_TABLES = frozenset({"plant_operator"})


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
                      setting_int(t, "min_rest", 2, path), predicate, rule, setting_float(t, "confidence", 0.7, path),
                      tuple(name_key(w) for w in setting_words(t, "rest_exact", [], path) + _words_from(t, path)),
                      inverse=table in INVERSE_TABLES, max_rest=setting_int(t, "max_rest", 0, path),
                      site_rule=str(t.get("site_rule", "")))


def _words_from(t: dict, path: str) -> list[str]:
    """POLICY2 lane. `rest_exact_from = "policy:bare_measure_heads"`: the words of a list in a pattern file
    (ontology/patterns/policy.toml), so that one list is written once."""
    ref = t.get("rest_exact_from")
    if ref is None:
        return []
    if not isinstance(ref, str) or ":" not in ref:
        raise KgError(f"{path}: `rest_exact_from` must be \"file:list\" (a pattern file and a list in it)")
    from kg.discover import _load as load_patterns  # the pattern files, read once per edit

    name, key = ref.split(":", 1)
    words = load_patterns(name).get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise KgError(f"{path}: `rest_exact_from` names no list of words ({ref})")
    return words


def _aimed_rule(spec: dict, path: str) -> AimedRule | None:
    t = spec.get("policy_aimed")
    if t is None:
        return None
    targets = t.get("targets", {})
    if not isinstance(t, dict) or not isinstance(targets, dict) or not all(
            isinstance(v, str) and v.startswith("e:") for v in targets.values()):
        raise KgError(f"{path}: [policy_aimed] must be a table whose `targets` map words to entities (e:china)")
    types = setting_words(t, "types", ["Policy"], path)
    if any(x not in ENTITY_TYPES for x in types):
        raise KgError(f"{path}: [policy_aimed] `types` must be entity types ({', '.join(ENTITY_TYPES)})")
    pairs = sorted(((name_key(w), str(E[v[2:]])) for w, v in targets.items()), key=lambda x: (-len(x[0]), x[0]))
    rule = t.get("rule", "policy.aimed-name")
    if not isinstance(rule, str) or not rule:
        raise KgError(f"{path}: [policy_aimed] `rule` must be a rule id")
    return AimedRule(frozenset(types), tuple(pairs), rule, setting_float(t, "confidence", 0.7, path),
                     tuple(name_key(w) for w in setting_words(t, "rest_ends", [], path)))


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
        aimed=_aimed_rule(spec, path),
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
            if hit is not None and pr.exact and nm[hit[0]:].removeprefix("的") not in pr.exact:
                continue  # 美國制裁 / 美國的制裁, not 美國制裁名單 (POLICY2 lane)
            if hit is not None and hit[1] != m.entity and (best is None or hit[0] > best[0][0]):
                best = (hit, i == 0)
        if best is None:
            continue
        (n, other), printed = best
        if pr.max_rest and len(name) - n > pr.max_rest:
            continue  # 甲晶材后里廠: a longer rest holds another name (a subsidiary's)
        sent = doc.sentences[m.sentence]
        named, first = (m.start, m.end), ((m.start, m.start + n) if printed else (m.start, m.end))
        if pr.inverse:  # the entity named first is the subject: its span comes first
            ev = make_evidence(doc, sent.article, sent.start, sent.end, first, named, pr.rule, pr.confidence)
            out.append(Relation(other, pr.predicate, m.entity, evidence=[ev], subject_value=entity_value(lexicon, other)))
            end = next((e for e in pr.ends if name.endswith(e)), "")
            site = name[n:len(name) - len(end)] if printed and pr.site_rule else ""
            iri = lexicon.index.get(site) if site else None
            if iri is not None and iri != m.entity and lexicon.entries[iri].type == "Place":
                # 甲台南廠: the plant is in 台南 (the site printed between the owner and 廠)
                sev = make_evidence(doc, sent.article, sent.start, sent.end, named,
                                    (m.start + n, m.start + n + len(site)), pr.site_rule, pr.confidence)
                out.append(Relation(m.entity, "locatedIn", iri, evidence=[sev], value=entity_value(lexicon, iri)))
            continue
        ev = make_evidence(doc, sent.article, sent.start, sent.end, named, first, pr.rule, pr.confidence)
        out.append(Relation(m.entity, pr.predicate, other, evidence=[ev], value=entity_value(lexicon, other)))
    return out


def name_relations(doc: Doc, lexicon: Lexicon, rules: NameRules | None = None) -> list[Relation]:
    """locatedIn for each organization mention whose name starts with a place (one per mention), and the
    relations of the prefix tables: affiliatedWith for a body whose name starts with its parent
    organization ([org_parent]), issuedBy for a policy named after its issuer ([policy_issuer])."""
    rules = rules or load_name_rules()
    key = doc.norm.key
    out: list[Relation] = [r for pr in rules.prefix_rules for r in _prefix_relations(doc, lexicon, pr)]
    if rules.aimed is not None:
        out += _aimed_relations(doc, lexicon, rules.aimed)
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


def _aimed_relations(doc: Doc, lexicon: Lexicon, ar: AimedRule) -> list[Relation]:
    """美國對華高端芯片出口限制: issuedBy the place the printed name starts with, restricts the place its
    aimed word names (對華: China), one pair per mention."""
    key = doc.norm.key
    out: list[Relation] = []
    for m in doc.mentions:
        if m.type not in ar.types or m.entity is None or m.sentence is None:
            continue
        name = key[m.start:m.end]
        if ar.ends and not name.endswith(ar.ends):
            continue  # 美國對華投資審查新規: a review of investment, no measure restricting China's trade
        hit = place_prefix(name, lexicon, 3)
        if hit is None:
            continue
        n, place = hit
        word, target = next(((w, t) for w, t in ar.targets if name.startswith(w, n)), (None, None))
        if word is None or target == place:
            continue
        sent = doc.sentences[m.sentence]
        span = (m.start, m.end)
        out.append(Relation(m.entity, "issuedBy", place, evidence=[make_evidence(
            doc, sent.article, sent.start, sent.end, span, (m.start, m.start + n), ar.rule, ar.confidence)],
            value=entity_value(lexicon, place)))
        out.append(Relation(m.entity, "restricts", target, evidence=[make_evidence(
            doc, sent.article, sent.start, sent.end, span, (m.start + n, m.start + n + len(word)), ar.rule,
            ar.confidence)], value=entity_value(lexicon, target)))
    return out
