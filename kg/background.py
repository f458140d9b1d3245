"""Background knowledge: facts the lexicon holds about the entities the pages mention.

Only where-is facts (kg:locatedIn: a company's home, a place's larger place) are added, so that
questions like "which Chinese companies …" can be asked of the graph alone. They are not read from
any article: each is an rdf:Statement derived from the lexicon (`e:lexicon`, rule "lexicon"), never
from a sentence, so a user can always tell them apart from what the pages say.
"""

from __future__ import annotations

from rdflib import URIRef

from kg.evidence import entity_value
from kg.lexicon import Lexicon
from kg.model import Relation
from kg.namespaces import KG

BACKGROUND_PREDICATES = ("locatedIn",)


def background_relations(entity_iris, lexicon: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    seen: set[str] = set()
    todo = sorted(set(entity_iris))
    while todo:
        iri = todo.pop(0)
        if iri in seen:
            continue
        seen.add(iri)
        for pred in BACKGROUND_PREDICATES:
            for obj in sorted(str(o) for o in lexicon.graph.objects(URIRef(iri), KG[pred])):
                if obj not in lexicon.entries:
                    continue
                out.append(Relation(iri, pred, obj, value=entity_value(lexicon, obj), background=True))
                todo.append(obj)  # the place's own larger place, and so on
    return out
