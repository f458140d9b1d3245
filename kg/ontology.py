"""Read the ontology's own labels (ontology/kg.ttl), for display in English and Chinese."""

from __future__ import annotations

from functools import lru_cache

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import KG
from kg.paths import ontology_dir, parse_turtle


@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    parse_turtle(g, ontology_dir() / "kg.ttl")
    return g


@lru_cache(maxsize=None)
def labels(local_name: str) -> dict[str, str]:
    """{"en": ..., "zh": ...} for a class or property of the ontology (the local name if unlabelled)."""
    out = {"en": local_name, "zh": local_name}
    for lit in sorted(ontology_graph().objects(KG[local_name], RDFS.label)):
        lang = (lit.language or "").lower()
        if lang == "en":
            out["en"] = str(lit)
        elif lang in ("zh-hant", "zh") and (out["zh"] == local_name or lang == "zh-hant"):
            out["zh"] = str(lit)
    return out


@lru_cache(maxsize=1)
def symmetric_properties() -> frozenset[str]:
    """Local names of the ontology's owl:SymmetricProperty predicates (partnerOf, comparedWith …)."""
    g = ontology_graph()
    return frozenset(str(p)[len(str(KG)):] for p in g.subjects(RDF.type, OWL.SymmetricProperty)
                     if str(p).startswith(str(KG)))
