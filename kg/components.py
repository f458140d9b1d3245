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
    carriers: frozenset
    cues_re: re.Pattern
    reach: int
    cue_reach: int
    anaphor_re: re.Pattern | None
    configured_id: str
    configured_conf: float
    listed_id: str
    listed_conf: float
    list_gap: int
    stops_re: re.Pattern
    blocked_re: re.Pattern | None
    compared_re: re.Pattern | None
    note_re: re.Pattern | None = None
    joiner_re: re.Pattern | None = None
    clause_re: re.Pattern | None = None
    subjects: frozenset = frozenset()


def _alt(words) -> str:
    return "|".join(sorted((name_key(w) for w in words), key=len, reverse=True))


def load_component_rules() -> ComponentRules:
    path = ontology_dir() / "rules" / "components.toml"
    return _read(str(path), file_stamp(path))


@lru_cache(maxsize=4)
def _read(path: str, _stamp) -> ComponentRules:
    spec = read_toml(path)
    part, conf, listed, guards = (spec.get(k, {}) for k in ("part", "configured", "listed", "guards"))
    if not all(isinstance(t, dict) for t in (part, conf, listed, guards, spec.get("anaphora", {}), spec.get("owners", {}))):
        raise KgError(f"{path}: [part], [configured], [anaphora], [listed], [owners] and [guards] must be tables")
    for table, keys in ((part, ("names",)), (spec.get("anaphora", {}), ("anaphors",)),
                        (guards, ("compared_before", "note_before", "clause"))):
        for k in keys:
            if k in table and not isinstance(table[k], str):
                raise KgError(f"{path}: `{k}` must be a regular expression (a string)")
    try:
        ents = setting_words(part, "entities", [], path)
        cues = setting_words(conf, "cues", [], path)
        if not cues:
            raise KgError(f"{path}: [configured] cues must list at least one word")
        blocked = setting_words(guards, "blocked", [], path)
        joiners = setting_words(spec.get("owners", {}), "joiners", [], path)
        return ComponentRules(
            entities=frozenset(E[x[2:]] if x.startswith("e:") else x for x in ents),
            sources=frozenset("pattern:" + s for s in setting_words(part, "sources", [], path)),
            names_re=re.compile(part["names"]) if part.get("names") else None,
            carriers=frozenset("pattern:" + s for s in setting_words(part, "carriers", [], path)),
            cues_re=re.compile(_alt(cues)),
            reach=setting_int(conf, "reach", 100, path),
            cue_reach=setting_int(conf, "cue_reach", 24, path),
            anaphor_re=re.compile(spec["anaphora"]["anaphors"]) if spec.get("anaphora", {}).get("anaphors") else None,
            configured_id=str(conf.get("id", "uses.part.configured")),
            configured_conf=setting_float(conf, "confidence", 0.75, path),
            listed_id=str(listed.get("id", "uses.part.listed")),
            listed_conf=setting_float(listed, "confidence", 0.7, path),
            list_gap=setting_int(listed, "list_gap", 30, path),
            stops_re=re.compile("|".join(setting_words(guards, "stops", ["[;；。!！?？]"], path))),
            blocked_re=re.compile(_alt(blocked)) if blocked else None,
            compared_re=re.compile(guards["compared_before"]) if guards.get("compared_before") else None,
            note_re=re.compile(guards["note_before"]) if guards.get("note_before") else None,
            joiner_re=re.compile(r"\s*(?:" + "|".join(re.escape(name_key(w)) for w in joiners) + r")\s*$") if joiners else None,
            clause_re=re.compile(guards["clause"]) if guards.get("clause") else None,
            subjects=frozenset(setting_words(guards, "subjects", [], path)),
        )
    except re.error as exc:
        raise KgError(f"{path}: a regular expression does not compile ({exc})") from None


def _is_standard(m: Mention, key: str, cr: ComponentRules) -> bool:
    return m.type == "Technology" and cr.names_re is not None and cr.names_re.match(key, m.start) is not None


def _is_part(m: Mention, key: str, cr: ComponentRules) -> bool:
    return m.source in cr.sources or m.entity in cr.entities or _is_standard(m, key, cr)


def _cue_before(key: str, lo: int, hi: int, ms: list[Mention], cr: ComponentRules) -> bool:
    """Is a cue word printed in key[lo:hi] outside the names there (为 in 華為 is no cue), in the part's
    own clause (after the last clause comma), with no company or organization before it there (Arm表示…:
    the cue is that subject's, not the chip's)?"""
    if cr.clause_re is not None:
        for c in cr.clause_re.finditer(key, lo, hi):
            lo = c.end()
    text = list(key[lo:hi])
    for n in ms:
        for x in range(max(lo, n.start), min(hi, n.end)):
            text[x - lo] = "\x00"
    cue = cr.cues_re.search("".join(text))
    if cue is None:
        return False
    return not any(n.type in cr.subjects and lo <= n.start and n.end <= lo + cue.start() for n in ms)


def component_relations(doc: Doc, rules: ComponentRules | None = None) -> list[Relation]:
    """A chip uses each part printed after it in its sentence in a configuration (see components.toml)."""
    cr = rules or load_component_rules()
    key = doc.norm.key
    by_sent: dict[int, list[Mention]] = {}
    spans: dict[int, list[Mention]] = {}  # every name of a sentence: a cue inside one is no cue
    for m in doc.mentions:
        if m.sentence is not None:
            spans.setdefault(m.sentence, []).append(m)
    for m in doc.mentions:
        if m.sentence is not None and m.entity is not None and m.type in ("Chip", "Technology"):
            by_sent.setdefault(m.sentence, []).append(m)
    out: list[Relation] = []
    prev_owner: dict[int, str | None] = {}  # sentence -> the one chip it names (None: none or several)
    for k, ms in sorted(by_sent.items()):
        ms.sort(key=lambda m: (m.start, m.end))
        flags = [_is_part(m, key, cr) for m in ms]
        own = {m.entity for m, f in zip(ms, flags) if not f and m.type == "Chip"}
        prev_owner[k] = next(iter(own)) if len(own) == 1 else None
    for k, ms in sorted(by_sent.items()):
        flags = [_is_part(m, key, cr) for m in ms]
        if not any(flags):
            continue
        sent = doc.sentences[k]
        # a sentence opening with 其 / 該晶片 stands for the one chip of the sentence before (same article)
        stand_in = None
        j = k - 1
        while j >= 0 and doc.sentences[j].end > sent.start:  # a title printed as its own body sentence too
            j -= 1
        if cr.anaphor_re is not None and j >= 0 and doc.sentences[j].article == sent.article:
            a = cr.anaphor_re.match(key, sent.start, sent.end)
            if a is not None and prev_owner.get(j):
                stand_in = Mention(sent.start, a.end(), doc.norm.text[sent.start:a.end()], "Chip", "anaphor", 1.0,
                                   entity=prev_owner[j], article=sent.article, sentence=k)
        if stand_in is not None:
            ms = [stand_in] + ms
            flags = [False] + flags
        last_of: dict[int, Mention] = {}  # index of an owner -> the last part it got
        owner_i = carrier_i = None  # the nearest owner; the nearest chip printed with a part word
        for i, (m, part) in enumerate(zip(ms, flags)):
            if not part:
                if m.type == "Chip" and not (cr.note_re is not None and m.source != "anaphor"
                                             and cr.note_re.search(key[max(sent.start, m.start - 3):m.start])):
                    owner_i = i
                continue
            if m.type == "Chip" and m.source in cr.carriers:
                carrier_i = i
            if _is_standard(m, key, cr) and carrier_i is not None and (owner_i is None or carrier_i > owner_i):
                owner_i = carrier_i
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
            if prev is not None and m.start - prev.end <= cr.list_gap:
                rid, conf = cr.listed_id, cr.listed_conf
            elif len(between) <= cr.reach and _cue_before(key, max(o.end, m.start - cr.cue_reach), m.start, spans[k], cr):
                rid, conf = cr.configured_id, cr.configured_conf
            else:
                continue
            last_of[owner_i] = m
            owners = [o]
            j = owner_i
            while j > 0 and not flags[j - 1] and ms[j - 1].type == "Chip" and ms[j - 1].end <= ms[j].start \
                    and cr.joiner_re is not None and cr.joiner_re.fullmatch(key[ms[j - 1].end:ms[j].start]) is not None:
                j -= 1
                owners.append(ms[j])
            for ow in owners:
                if ow.entity == m.entity:
                    continue
                subj = None if ow is stand_in else (ow.start, ow.end)
                ev = make_evidence(doc, sent.article, sent.start, sent.end, subj, (m.start, m.end), rid, conf)
                out.append(Relation(ow.entity, "uses", m.entity, evidence=[ev]))
    return out
