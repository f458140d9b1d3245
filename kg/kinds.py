"""Stage 6b: generic kinds are nodes only where a page says something about them.

A few technologies the lexicon knows name a kind of chip or a field of application rather than one
technology (GPU, CPU, SoC, 大語言模型, 自動駕駛, 5G: ontology/patterns/technology.toml [kinds]). Newspapers
print them in passing on almost every page ("GPU需求強勁"); a page's graph names such a kind only when one
of the page's own relations has it as an end (某公司開發GPU, 某晶片支援5G). Takes the resolved entities and the
extracted relations, returns the entities with those passing mentions left out.
"""

from __future__ import annotations

from kg.errors import KgError
from kg.lexicon import Lexicon
from kg.model import Relation
from kg.paths import file_stamp, ontology_dir
from kg.reader import page_stem
from kg.resolve import Entity


def _kind_iris(lexicon: Lexicon) -> frozenset:
    from kg.discover import _files, _load

    names = _load("technology").get("kinds", {}).get("names", [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise KgError(f"{_files(['technology'])}: [kinds] names must be a list of names")
    out = set()
    for n in names:
        e = lexicon.lookup(n)
        if e is None:
            raise KgError(f"{_files(['technology'])}: [kinds] name {n!r} is not in the lexicon")
        out.add(e.iri)
    return frozenset(out)


def kind_iris(lexicon: Lexicon) -> frozenset:
    """The entity IRIs of the [kinds] names (any script or spelling the lexicon knows)."""
    stamp = file_stamp(ontology_dir() / "patterns" / "technology.toml")
    return lexicon.derived(f"kind_iris {stamp}", _kind_iris)  # again when the file changes


def drop_passing_kinds(entities: dict[str, Entity], relations: list[Relation], lexicon: Lexicon) -> dict[str, Entity]:
    """The entities, each generic kind keeping only its mentions on pages where one of that page's
    relations has it as subject or object; a kind left with no mention is left out. Called before the
    background relations are added."""
    kinds = kind_iris(lexicon)
    if not kinds:
        return entities
    ends: set[tuple[str, str]] = set()  # (page stem, entity IRI)
    for r in relations:
        for ev in r.evidence:
            ends.add((page_stem(ev.page), r.subject))
            if not r.literal:
                ends.add((page_stem(ev.page), r.object))
    out: dict[str, Entity] = {}
    for iri, ent in entities.items():
        if iri in kinds:
            ent.mentions = [(stem, m) for stem, m in ent.mentions if (stem, iri) in ends]
            if not ent.mentions:
                continue
        out[iri] = ent
    return out
