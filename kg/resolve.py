"""Stage 5: resolve mentions to entities: one node per real-world thing, whatever its spelling."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.lexicon import Lexicon
from kg.model import Doc, Mention
from kg.namespaces import E
from kg.normalize import is_cjk, name_key, to_simplified
from kg.util import short_hash


@dataclass
class Entity:
    iri: str
    type: str
    label: str
    names: set[tuple[str, str]] = field(default_factory=set)  # (name, language tag)
    discovered: bool = False
    confidence: float = 1.0
    classes: tuple[str, ...] = ()
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (page stem, mention)


def lang_of(name: str) -> str:
    if not any(is_cjk(c) for c in name):
        return "en"
    return "zh-Hant" if to_simplified(name) != name else "zh-Hans"


def name_variants(name: str) -> set[tuple[str, str]]:
    """A name with its language tag, plus its Simplified form when that differs."""
    lang = lang_of(name)
    out = {(name, lang)}
    if lang != "en":
        simp = to_simplified(name)
        out.add((simp, "zh-Hans"))
        if simp == name:
            out.add((name, "zh-Hant"))  # the same in both scripts
    return out


def discovered_iri(type_: str, name: str) -> str:
    return str(E[f"{type_.lower()}-{short_hash(type_ + ':' + name_key(name))}"])


def resolve(docs: list[Doc], lexicon: Lexicon) -> dict[str, Entity]:
    """Give every mention an entity IRI and collect the entities, in a stable order."""
    entities: dict[str, Entity] = {}
    for doc in docs:
        for m in doc.mentions:
            if m.entity is None:
                # A discovered name matching a lexicon name (any script) is that lexicon entry.
                entry = lexicon.lookup(m.canonical or m.text)
                m.entity = entry.iri if entry else discovered_iri(m.type, m.canonical or m.text)
            ent = entities.get(m.entity)
            if ent is None:
                entry = lexicon.entries.get(m.entity)
                if entry is not None:
                    ent = Entity(m.entity, entry.type, entry.label, set(entry.names()), classes=entry.classes)
                else:
                    name = m.canonical or m.text
                    ent = Entity(m.entity, m.type, name, name_variants(name), discovered=m.source != "byline",
                                 confidence=m.confidence)
                entities[m.entity] = ent
            elif ent.discovered:
                ent.confidence = max(ent.confidence, m.confidence)
            ent.mentions.append((doc.stem, m))
    return dict(sorted(entities.items()))
