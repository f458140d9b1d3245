"""The vocabularies kg writes: its own ontology and entity namespaces plus standard ones."""

import re

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/kg/chip#")
E = Namespace("https://w3id.org/kg/chip/id/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")  # itsrdf:taIdentRef links a mention to its entity

PREFIXES = {
    "kg": KG,
    "e": E,
    "schema": SCHEMA,
    "skos": SKOS,
    "rdfs": RDFS,
    "rdf": RDF,
    "owl": OWL,
    "xsd": XSD,
    "prov": PROV,
    "dcterms": DCTERMS,
    "nif": NIF,
    "itsrdf": ITSRDF,
}

_LOCAL = re.compile(r"[\w.-]*")


def prefixed(iri: str) -> str | None:
    """`kg:Chip` for an IRI in one of kg's namespaces whose local part needs no escaping, else None."""
    for p, ns in PREFIXES.items():
        ns = str(ns)
        if iri.startswith(ns) and _LOCAL.fullmatch(iri, len(ns)):
            return f"{p}:{iri[len(ns):]}"
    return None


def local_name(iri: str) -> str | None:
    """The local name of an IRI in kg's ontology namespace (`Company` for kg:Company), else None."""
    return iri[len(str(KG)):] if iri.startswith(str(KG)) else None


# The entity types kg recognizes, most specific first: an entry typed kg:Exchange is an Exchange.
ENTITY_TYPES = ("Company", "Chip", "Policy", "Person", "Exchange", "Organization", "Technology", "Product", "Place")


def type_of(classes) -> str | None:
    for t in ENTITY_TYPES:
        if t in classes:
            return t
    return None
