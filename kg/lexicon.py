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
from kg.normalize import name_key, to_simplified
from kg.errors import KgError
from kg.paths import ontology_dir, parse_turtle, read_toml


@dataclass
class LexEntry:
    iri: str
    type: str  # ontology local name: Company, Chip, ...
    pref: dict[str, str]  # language -> preferred label
    alt: list[tuple[str, str]] = field(default_factory=list)  # (label, language)
    developed_by: list[str] = field(default_factory=list)
    classes: tuple[str, ...] = ()
    operated_by: list[str] = field(default_factory=list)  # a service's operators (kg:operatedBy)

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
    # name key -> ((entry IRI, IRIs one of which the page must name too for the key to name that entry), ...)
    # for each entry giving the key as a kg:contextLabel, in IRI order
    contextual: dict = field(default_factory=dict)
    # name key -> {"zh-Hant": IRI, "zh-Hans": IRI} for names one entry has in one script and another entry in
    # the other (kg:scriptLabel: 證監會 is Hong Kong's SFC, 证监会 the mainland's CSRC)
    scripted: dict = field(default_factory=dict)
    # name key -> cue keys, one of which the sentence must print for the key to name its entry (kg:cuedLabel:
    # 吉利 names Geely only in a sentence about carmakers, beside 車企, 車型 …; lists in cues.toml)
    cued: dict = field(default_factory=dict)
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def lookup(self, name: str) -> LexEntry | None:
        key = name_key(name)
        iri = self.script_pick(key, name) or self.index.get(key)
        return self.entries.get(iri) if iri else None

    def script_pick(self, key: str, printed: str) -> str | None:
        """The entry a kg:scriptLabel names as printed: the zh-Hant entry where `printed` holds a Traditional
        character (one Simplified conversion changes), else the zh-Hans entry; None if `key` is no such name."""
        by_script = self.scripted.get(key)
        if not by_script:
            return None
        script = "zh-Hans" if to_simplified(printed) == printed else "zh-Hant"
        return by_script.get(script) or next(iter(by_script.values()))

    def context_pick(self, key: str, pos: int, mentions) -> str | None:
        """The entry a context label (芯片法案, 基辛格) names at `pos`: of the entries sharing it, the one whose
        context the page names closest before `pos` (else closest after it); None where the page names no
        entry's context. `mentions`: the page's other mentions (objects with .start and .entity)."""
        best = None
        for iri, context in self.contextual.get(key, ()):
            for m in mentions:
                if m.entity in context:
                    d = pos - m.start if m.start <= pos else 10**9 + m.start - pos
                    if best is None or d < best[0]:
                        best = (d, iri)
        return best[1] if best else None

    def derived(self, name: str, build):
        """An index other stages compute from this lexicon, built once per lexicon: `build(self)`."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]


# What a kg:contextLabel's entry must have named beside it on the page: its affiliations, its maker, its
# issuer or its place (芯片法案: the US act beside 美國, the EU act beside 歐盟).
_CONTEXT = (KG.affiliatedWith, KG.developedBy, KG.issuedBy, KG.locatedIn, KG.operatedBy)


def _lang(lit) -> str:
    return (lit.language or "").replace("zh-hant", "zh-Hant").replace("zh-hans", "zh-Hans") or "zh-Hant"


def load_lexicon(folder: str | Path | None = None) -> Lexicon:
    folder = Path(folder) if folder else ontology_dir() / "lexicon"
    return _load(str(folder), tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.ttl")))
                 + tuple((p.name, p.stat().st_mtime_ns) for p in folder.glob(REGIONAL_WORDS))
                 + tuple((p.name, p.stat().st_mtime_ns) for p in folder.glob(CUE_WORDS)))


# Cue words of an industry, by list name: a kg:cuedLabel names its entry only in a sentence printing one.
CUE_WORDS = "cues.toml"


def cue_lists(folder: Path) -> dict[str, tuple[str, ...]]:
    """The cue lists of `folder`/cues.toml as matching keys: list name -> cue keys; none if the file is absent."""
    path = folder / CUE_WORDS
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for name, table in read_toml(path).items():
        words = table.get("words") if isinstance(table, dict) else None
        if not (isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words)):
            raise KgError(f"{path}: [{name}] needs words = [\"…\", …], a list of cue words (got {words!r})")
        out[name] = tuple(sorted({name_key(w.strip()) for w in words}))
    return out


# Words mainland and Taiwan / Hong Kong writers spell differently inside names (長江存儲 / 長江儲存).
REGIONAL_WORDS = "regional-words.toml"


def regional_pairs(folder: Path) -> tuple[list[tuple[str, str]], set[str]]:
    """The word pairs of `folder`/regional-words.toml as matching keys, both ways round, and the keys of its
    `not_names` (variants that are ordinary words); none if the file is absent."""
    path = folder / REGIONAL_WORDS
    if not path.exists():
        return [], set()
    data = read_toml(path)
    pairs, not_names = data.get("pairs", []), data.get("not_names", [])
    if not (isinstance(not_names, list) and all(isinstance(w, str) for w in not_names)):
        raise KgError(f"{path}: not_names must be a list of names (got {not_names!r})")
    out: list[tuple[str, str]] = []
    for i, pair in enumerate(pairs if isinstance(pairs, list) else [pairs], 1):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) and w.strip() for w in pair)):
            raise KgError(f"{path}: pair {i} must be two words, as [\"存儲\", \"儲存\"] (got {pair!r})")
        a, b = (name_key(w.strip()) for w in pair)
        if a != b:
            out += [(a, b), (b, a)]
    return out, {name_key(w.strip()) for w in not_names}


def _regional_variants(index: dict[str, str], pairs, fixed, not_names) -> dict[str, str]:
    """Name keys the lexicon lacks that differ from one of its names by a regional word: key -> IRI.
    Keys in `fixed` (guarded, numbered, context labels) are not varied, keys in `not_names` never made;
    the first variant wins."""
    out: dict[str, str] = {}
    for key, iri in sorted(index.items()):
        if key in fixed:
            continue
        for a, b in pairs:
            if a in key:
                variant = key.replace(a, b)
                if variant not in index and variant not in not_names:
                    out.setdefault(variant, iri)
    return out


@lru_cache(maxsize=4)
def _load(folder: str, _stamp) -> Lexicon:
    g = rdflib.Graph()
    for p in sorted(Path(folder).glob("*.ttl")):
        parse_turtle(g, p)
    entries: dict[str, LexEntry] = {}
    guarded: set[str] = set()
    numbered: set[str] = set()
    contextual: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    scripted: dict[str, dict[str, str]] = {}
    cues = cue_lists(Path(folder))
    cued: dict[str, set[str]] = {}
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
        context = tuple(sorted({str(o) for p in _CONTEXT for o in g.objects(s, p)}))
        for lit in sorted(g.objects(s, KG.contextLabel)):
            if not context:
                raise KgError(f"{folder}: {s}: kg:contextLabel {str(lit)!r} needs a kg:affiliatedWith, "
                              "kg:developedBy, kg:issuedBy, kg:locatedIn or kg:operatedBy to be its context")
            alt.append((str(lit), _lang(lit)))
            cands = contextual.setdefault(name_key(str(lit)), [])
            if all(iri != str(s) for iri, _c in cands):
                cands.append((str(s), context))
        for lit in sorted(g.objects(s, KG.scriptLabel)):
            lang = _lang(lit)
            if lit.language is None or lang not in ("zh-Hant", "zh-Hans"):
                raise KgError(f"{folder}: {s}: kg:scriptLabel {str(lit)!r} needs the script it names the entry in "
                              "(@zh-Hant or @zh-Hans)")
            alt.append((str(lit), lang))
            scripted.setdefault(name_key(str(lit)), {})[lang] = str(s)
        cued_labels = sorted(g.objects(s, KG.cuedLabel))
        lists = sorted(str(o) for o in g.objects(s, KG.cueList))
        if cued_labels and not lists:
            raise KgError(f"{folder}: {s}: kg:cuedLabel {str(cued_labels[0])!r} needs a kg:cueList naming a list "
                          f"of {CUE_WORDS}")
        for name in lists:
            if name not in cues:
                raise KgError(f"{folder}: {s}: kg:cueList {name!r} is not a list of {CUE_WORDS} "
                              f"(it has: {', '.join(sorted(cues)) or 'none'})")
        for lit in cued_labels:
            alt.append((str(lit), _lang(lit)))
            for name in lists:
                cued.setdefault(name_key(str(lit)), set()).update(cues[name])
        dev = sorted(str(o) for o in g.objects(s, KG.developedBy))
        ops = sorted(str(o) for o in g.objects(s, KG.operatedBy))
        entries[str(s)] = LexEntry(str(s), t, pref, sorted(set(alt)), dev, classes, ops)
    index: dict[str, str] = {}
    for iri, e in entries.items():
        for name, _lang_ in e.names():
            k = name_key(name)
            if len(k) >= 2:
                # A name two entries share stays with the first (sorted IRIs), deterministically.
                index.setdefault(k, iri)
    fixed = guarded | numbered | set(contextual) | set(scripted) | set(cued)
    pairs, not_names = regional_pairs(Path(folder))
    for k, iri in _regional_variants(index, pairs, fixed, not_names).items():
        index.setdefault(k, iri)
    return Lexicon(entries, index, g, guarded=frozenset(guarded), numbered=frozenset(numbered),
                   contextual={k: tuple(v) for k, v in contextual.items()}, scripted=scripted,
                   cued={k: tuple(sorted(v)) for k, v in cued.items()})


__all__ = ["ENTITY_TYPES", "LexEntry", "Lexicon", "load_lexicon"]
