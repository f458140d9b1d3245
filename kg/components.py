"""`uses` relations from a chip to its parts (COMPONENTS round): the CPU cores, GPU block, NPU, die,
modem, memory and interconnect a configuration sentence lists for a chip. One job: read a Doc's mentions
sentence by sentence and return Relations. The words it reads by are data in
ontology/rules/components.toml (see its header); the part names are found by chip.toml [components]
(kg/discover_parts.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import KgError
from kg.evidence import make_evidence
from kg.model import Doc, Mention, Relation
from kg.namespaces import E
from kg.normalize import name_key
from kg.paths import file_stamp, ontology_dir, read_toml, setting_float, setting_int, setting_words


@dataclass(frozen=True)
class ComponentRules:
    entities: frozenset
    sources: frozenset
    names_re: re.Pattern | None
    cues_re: re.Pattern
    reach: int
    configured_id: str
    configured_conf: float
    listed_id: str
    listed_conf: float
    list_gap: int
    stops_re: re.Pattern
    blocked_re: re.Pattern | None
    compared_re: re.Pattern | None


def _alt(words) -> str:
    return "|".join(sorted((name_key(w) for w in words), key=len, reverse=True))


def load_component_rules() -> ComponentRules:
    path = ontology_dir() / "rules" / "components.toml"
    return _read(str(path), file_stamp(path))


@lru_cache(maxsize=4)
def _read(path: str, _stamp) -> ComponentRules:
    spec = read_toml(path)
    part, conf, listed, guards = (spec.get(k, {}) for k in ("part", "configured", "listed", "guards"))
    try:
        ents = setting_words(part, "entities", [], path)
        cues = setting_words(conf, "cues", [], path)
        if not cues:
            raise KgError(f"{path}: [configured] cues must list at least one word")
        blocked = setting_words(guards, "blocked", [], path)
        return ComponentRules(
            entities=frozenset(E[x[2:]] if x.startswith("e:") else x for x in ents),
            sources=frozenset("pattern:" + s for s in setting_words(part, "sources", [], path)),
            names_re=re.compile(part["names"]) if part.get("names") else None,
            cues_re=re.compile(_alt(cues)),
            reach=setting_int(conf, "reach", 40, path),
            configured_id=str(conf.get("id", "uses.part.configured")),
            configured_conf=setting_float(conf, "confidence", 0.75, path),
            listed_id=str(listed.get("id", "uses.part.listed")),
            listed_conf=setting_float(listed, "confidence", 0.7, path),
            list_gap=setting_int(listed, "list_gap", 30, path),
            stops_re=re.compile("|".join(setting_words(guards, "stops", ["[;；。!！?？]"], path))),
            blocked_re=re.compile(_alt(blocked)) if blocked else None,
            compared_re=re.compile(guards["compared_before"]) if guards.get("compared_before") else None,
        )
    except re.error as exc:
        raise KgError(f"{path}: a regular expression does not compile ({exc})") from None


JOINER = re.compile(r"\s*(?:和|与|及|、|以及|/|跟|同)\s*$")


def _is_part(m: Mention, key: str, cr: ComponentRules) -> bool:
    if m.source in cr.sources or m.entity in cr.entities:
        return True
    return m.type == "Technology" and cr.names_re is not None and cr.names_re.match(key, m.start) is not None


def component_relations(doc: Doc, rules: ComponentRules | None = None) -> list[Relation]:
    """A chip uses each part printed after it in its sentence in a configuration (see components.toml)."""
    cr = rules or load_component_rules()
    key = doc.norm.key
    by_sent: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.sentence is not None and m.entity is not None and m.type in ("Chip", "Technology"):
            by_sent.setdefault(m.sentence, []).append(m)
    out: list[Relation] = []
    for k, ms in sorted(by_sent.items()):
        ms.sort(key=lambda m: (m.start, m.end))
        flags = [_is_part(m, key, cr) for m in ms]
        if not any(flags):
            continue
        sent = doc.sentences[k]
        last_of: dict[int, Mention] = {}  # index of an owner -> the last part it got
        owner_i = None
        for i, (m, part) in enumerate(zip(ms, flags)):
            if not part:
                if m.type == "Chip":
                    owner_i = i
                continue
            if owner_i is None:
                continue
            o = ms[owner_i]
            if o.end > m.start or o.entity == m.entity:
                continue
            between = key[o.end:m.start]
            if cr.stops_re.search(between) or (cr.blocked_re is not None and cr.blocked_re.search(between)):
                continue
            if cr.compared_re is not None and cr.compared_re.search(key[max(sent.start, o.start - 8):o.start]):
                continue
            prev = last_of.get(owner_i)
            if prev is not None and m.start - prev.end <= cr.list_gap and not cr.stops_re.search(key[prev.end:m.start]):
                rid, conf = cr.listed_id, cr.listed_conf
            elif len(between) <= cr.reach and cr.cues_re.search(between):
                rid, conf = cr.configured_id, cr.configured_conf
            else:
                continue
            last_of[owner_i] = m
            owners = [o]
            j = owner_i
            while j > 0 and not flags[j - 1] and ms[j - 1].type == "Chip" and ms[j - 1].end <= ms[j].start \
                    and JOINER.fullmatch(key[ms[j - 1].end:ms[j].start]) is not None:
                j -= 1
                owners.append(ms[j])
            for ow in owners:
                if ow.entity == m.entity:
                    continue
                ev = make_evidence(doc, sent.article, sent.start, sent.end, (ow.start, ow.end), (m.start, m.end),
                                   rid, conf)
                out.append(Relation(ow.entity, "uses", m.entity, evidence=[ev]))
    return out
