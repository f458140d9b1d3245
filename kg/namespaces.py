"""The vocabularies kg writes: its own ontology and entity namespaces plus standard ones."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/kg/chip#")
E = Namespace("https://w3id.org/kg/chip/id/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

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
}

# The entity types kg recognizes, most specific first: an entry typed kg:Exchange is an Exchange.
ENTITY_TYPES = ("Company", "Chip", "Policy", "Person", "Exchange", "Organization", "Technology", "Product", "Place")


def type_of(classes) -> str | None:
    for t in ENTITY_TYPES:
        if t in classes:
            return t
    return None
