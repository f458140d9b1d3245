"""The lexicon: what kg knows about the industry before reading, kept as SKOS in ontology/lexicon/*.ttl.

Each entry is an entity IRI typed with an ontology class, with skos:prefLabel / skos:altLabel names in
zh-Hant, zh-Hans and en. Names are indexed by their matching key (Simplified, half-width, lower-case),
so every script and spelling of a name finds the same entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import ENTITY_TYPES, KG, type_of
from kg.normalize import name_key
from kg.errors import KgError
from kg.paths import ontology_dir, parse_turtle


@dataclass
class LexEntry:
    iri: str
    type: str  # ontology local name: Company, Chip, ...
    pref: dict[str, str]  # language -> preferred label
    alt: list[tuple[str, str]] = field(default_factory=list)  # (label, language)
    developed_by: list[str] = field(default_factory=list)
    classes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.pref.get("zh-Hant") or self.pref.get("en") or self.pref.get("zh-Hans") or next(iter(self.pref.values()))

    def names(self) -> list[tuple[str, str]]:
        return [(v, k) for k, v in sorted(self.pref.items())] + sorted(self.alt)


@dataclass
class Lexicon:
    entries: dict[str, LexEntry]
    index: dict[str, str]  # name key -> entity IRI
    graph: rdflib.Graph = field(repr=False)
    guarded: frozenset = frozenset()  # name keys that are also ordinary words (kg:guardedLabel)
    numbered: frozenset = frozenset()  # name keys that name the entry only before a number (kg:numberedLabel)
    # name key -> IRIs one of which the page must name too for the key to name its entry (kg:contextLabel)
    contextual: dict = field(default_factory=dict)
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def lookup(self, name: str) -> LexEntry | None:
        iri = self.index.get(name_key(name))
        return self.entries.get(iri) if iri else None

    def derived(self, name: str, build):
        """An index other stages compute from this lexicon, built once per lexicon: `build(self)`."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]


def _lang(lit) -> str:
    return (lit.language or "").replace("zh-hant", "zh-Hant").replace("zh-hans", "zh-Hans") or "zh-Hant"


def load_lexicon(folder: str | Path | None = None) -> Lexicon:
    folder = Path(folder) if folder else ontology_dir() / "lexicon"
    return _load(str(folder), tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.ttl"))))


@lru_cache(maxsize=4)
def _load(folder: str, _stamp) -> Lexicon:
    g = rdflib.Graph()
    for p in sorted(Path(folder).glob("*.ttl")):
        parse_turtle(g, p)
    entries: dict[str, LexEntry] = {}
    guarded: set[str] = set()
    numbered: set[str] = set()
    contextual: dict[str, tuple[str, ...]] = {}
    for s in sorted(set(g.subjects(RDF.type, None))):
        classes = tuple(sorted(str(o)[len(str(KG)):] for o in g.objects(s, RDF.type) if str(o).startswith(str(KG))))
        t = type_of(classes)
        if t is None:
            continue
        pref: dict[str, str] = {}
        alt: list[tuple[str, str]] = []
        for lit in sorted(g.objects(s, SKOS.prefLabel)):
            pref.setdefault(_lang(lit), str(lit))
        for lit in sorted(g.objects(s, SKOS.altLabel)):
            alt.append((str(lit), _lang(lit)))
        for lit in sorted(g.objects(s, RDFS.label)):
            alt.append((str(lit), _lang(lit)))
        for lit in sorted(g.objects(s, KG.guardedLabel)):
            alt.append((str(lit), _lang(lit)))
            guarded.add(name_key(str(lit)))
        for lit in sorted(g.objects(s, KG.numberedLabel)):
            alt.append((str(lit), _lang(lit)))
            numbered.add(name_key(str(lit)))
        if not pref:
            continue
        context = tuple(sorted({str(o) for p in (KG.affiliatedWith, KG.developedBy) for o in g.objects(s, p)}))
        for lit in sorted(g.objects(s, KG.contextLabel)):
            if not context:
                raise KgError(f"{folder}: {s}: kg:contextLabel {str(lit)!r} needs a kg:affiliatedWith or "
                              "kg:developedBy to be its context")
            alt.append((str(lit), _lang(lit)))
            contextual.setdefault(name_key(str(lit)), context)
        dev = sorted(str(o) for o in g.objects(s, KG.developedBy))
        entries[str(s)] = LexEntry(str(s), t, pref, sorted(set(alt)), dev, classes)
    index: dict[str, str] = {}
    for iri, e in entries.items():
        for name, _lang_ in e.names():
            k = name_key(name)
            if len(k) >= 2:
                # A name two entries share stays with the first (sorted IRIs), deterministically.
                index.setdefault(k, iri)
    return Lexicon(entries, index, g, guarded=frozenset(guarded), numbered=frozenset(numbered), contextual=contextual)


__all__ = ["ENTITY_TYPES", "LexEntry", "Lexicon", "load_lexicon"]
