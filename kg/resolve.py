"""Stage 5: resolve mentions to entities: one node per real-world thing, whatever its spelling."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.discover import company_stem
from kg.lexicon import Lexicon
from kg.model import Doc, Mention
from kg.namespaces import E
from kg.normalize import is_cjk, name_key, to_simplified, to_traditional
from kg.util import short_hash


MISPRINT_MIN = 4  # only Chinese names this long are checked for one-character misprints


@dataclass
class Entity:
    iri: str
    type: str
    label: str
    names: set[tuple[str, str]] = field(default_factory=set)  # (name, language tag)
    pref: dict[str, str] = field(default_factory=dict)  # language tag -> preferred name
    hidden: set[str] = field(default_factory=set)  # misprints seen in print (skos:hiddenLabel)
    discovered: bool = False
    confidence: float = 1.0
    classes: tuple[str, ...] = ()
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (page stem, mention)


def lang_of(name: str) -> str:
    if not any(is_cjk(c) for c in name):
        return "en"
    return "zh-Hant" if to_simplified(name) != name else "zh-Hans"


def name_variants(name: str) -> set[tuple[str, str]]:
    """A name with its language tag, plus its Simplified form when that differs. A name printed in Simplified
    characters is tagged zh-Hant too only when it is written the same in both scripts (天津, 張 is not 张):
    a Simplified-only spelling (郑晓龙) is no Traditional label."""
    lang = lang_of(name)
    out = {(name, lang)}
    if lang != "en":
        simp = to_simplified(name)
        out.add((simp, "zh-Hans"))
        if simp == name and to_traditional(name) == name:
            out.add((name, "zh-Hant"))  # the same in both scripts
    return out


def discovered_iri(type_: str, name: str) -> str:
    return str(E[f"{type_.lower()}-{short_hash(type_ + ':' + name_key(name))}"])


def _company_stems(lexicon: Lexicon) -> dict[str, str]:
    return lexicon.derived("company_stems", _build_company_stems)


def _build_company_stems(lexicon: Lexicon) -> dict[str, str]:
    """Stem key (suffixes stripped) -> lexicon company IRI, for names the lexicon gives with a suffix."""
    out: dict[str, str] = {}
    for iri, e in sorted(lexicon.entries.items()):
        if e.type != "Company":
            continue
        for name, _lang in e.names():
            k = company_stem(name_key(name))
            if len(k) >= 2:
                out.setdefault(k, iri)
    return out


def hamming1(a: str, b: str) -> int | None:
    """The one position where a and b differ, if they are equally long and differ at exactly one."""
    if len(a) != len(b):
        return None
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return diff[0] if len(diff) == 1 else None


def misprint_of(name: str, doc: Doc, m: Mention, lexicon: Lexicon) -> str | None:
    """A known company this Chinese name is a misprint of (壁切科技 → 壁仞科技): same length (≥4), one
    character different inside the stem, and a chip the lexicon says that company developed named in
    the same article. Latin names are never corrected (A10 and A100 are different chips)."""
    k = name_key(name)
    if len(k) < MISPRINT_MIN or not all(is_cjk(c) for c in k):
        return None
    stem_len = len(company_stem(k))
    chips_here = {x.entity for x in doc.mentions if x.type == "Chip" and x.entity and x.article == m.article}
    # Only the makers of those chips can be meant, so only their names are compared.
    makers = {iri for c in chips_here if c in lexicon.entries for iri in lexicon.entries[c].developed_by}
    hits = set()
    for iri in makers:
        e = lexicon.entries.get(iri)
        if e is None or e.type != "Company":
            continue
        for label, _lang in e.names():
            at = hamming1(k, name_key(label))
            if at is not None and at < stem_len:
                hits.add(iri)
    return hits.pop() if len(hits) == 1 else None


def _resolve_mention(m: Mention, doc: Doc, lexicon: Lexicon, stems: dict[str, str]) -> str:
    name = m.canonical or m.text
    entry = lexicon.lookup(name)
    if entry is not None and name_key(name) in lexicon.contextual:
        # a context label (基辛格, 芯片法案) names an entry only on a page naming its affiliation, issuer or place
        # (the same evidence recognition used: the page's lexicon names that are not context labels)
        iri = lexicon.context_pick(name_key(name), m.start, [
            x for x in doc.mentions if x.source == "lexicon" and x.entity and name_key(x.text) not in lexicon.contextual])
        entry = lexicon.entries[iri] if iri else None
    if entry is not None:
        return entry.iri  # a discovered name that is a lexicon name (any script) is that entry
    if m.type == "Company":
        stem = company_stem(name_key(name))
        if stem in stems:
            return stems[stem]  # 沐曦集成電路 → 沐曦
        if stem in lexicon.index and lexicon.entries[lexicon.index[stem]].type == "Company":
            return lexicon.index[stem]
        fixed = misprint_of(name, doc, m, lexicon)
        if fixed:
            m.confidence = min(m.confidence, 0.7)
            m.misprint = True
            return fixed
        return discovered_iri("Company", stem if len(stem) >= 2 else name)
    return discovered_iri(m.type, name)


def resolve(docs: list[Doc], lexicon: Lexicon) -> dict[str, Entity]:
    """Give every mention an entity IRI and collect the entities, in a stable order.

    Lexicon names (every script and alternative label) resolve to their entry; a discovered company
    resolves to a known one with the same stem (沐曦股份 → 沐曦) or, with a chip of it named nearby, to
    the one it is a one-character misprint of; discovered names of one entity share one IRI (their
    type and matching key, the stem for companies), so 星辰智芯 and 星辰智芯科技 are one node.
    """
    stems = _company_stems(lexicon)
    entities: dict[str, Entity] = {}
    for doc in docs:
        for m in doc.mentions:
            if m.entity is None:
                m.entity = _resolve_mention(m, doc, lexicon, stems)
            ent = entities.get(m.entity)
            if ent is None:
                entry = lexicon.entries.get(m.entity)
                if entry is not None:
                    ent = Entity(m.entity, entry.type, entry.label, set(entry.names()), dict(entry.pref),
                                 classes=entry.classes)
                else:
                    name = m.canonical or m.text
                    ent = Entity(m.entity, m.type, name, name_variants(name), discovered=m.source != "byline",
                                 confidence=m.confidence)
                entities[m.entity] = ent
            elif ent.discovered:
                ent.confidence = max(ent.confidence, m.confidence)
            # Every printed spelling is a name of the entity (misprints and short forms too).
            if m.misprint:
                ent.hidden.add(m.text)
            elif m.source != "byline" and m.named and not any(name_key(n) == name_key(m.text) for n, _l in ent.names):
                ent.names |= name_variants(m.text)
            ent.mentions.append((doc.stem, m))
    for ent in entities.values():
        if ent.discovered:
            # The fullest printed name is the label: 砺算科技 over 砺算; ties by sorted order.
            names = sorted({m.canonical or m.text for _s, m in ent.mentions}, key=lambda n: (-len(n), n))
            longest = [n for n in names if len(n) == len(names[0])]
            ent.label = sorted(longest)[0]
        if not ent.pref:
            for name, lang in sorted(name_variants(ent.label)):
                ent.pref.setdefault(lang, name)
    return dict(sorted(entities.items()))
