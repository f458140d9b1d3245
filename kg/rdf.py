"""Stage 8: turn the networkx graph into RDF and write it as Turtle and JSON-LD, byte-for-byte stable.

Every relation is a plain triple (so simple SPARQL works) and also an rdf:Statement carrying its
provenance (kg:evidenceCount, prov:wasDerivedFrom each kg:Evidence: sentence, offsets, rule,
confidence, article), which any SPARQL 1.1 store can query.
"""

from __future__ import annotations

import json

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.graph import mention_iri
from kg.namespaces import E, ITSRDF, KG, NIF, PREFIXES, SCHEMA
from kg.normalize import is_cjk
from kg.quantities import fmt
from kg.reader import page_stem
from kg.util import short_hash

LEXICON = E["lexicon"]


def _lit(value, lang=None, datatype=None) -> Literal:
    return Literal(value, lang=lang, datatype=datatype)


def entity_statistics(g: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Per entity: (articles that mention it, other entities it has a relation with, either direction).

    Written as kg:articleCount and kg:linkCount so that questions over all entities (most-connected)
    read one number per entity instead of aggregating every kg:mentions triple and rdf:Statement.
    A link is any relation (every one has an rdf:Statement) whose object is an entity.
    """
    articles: dict[str, int] = {}
    links: dict[str, set] = {}
    for u, v, key, d in g.edges(keys=True, data=True):
        if key == "mentions":
            articles[v] = articles.get(v, 0) + 1
        elif not d.get("literal") and u != v and g.nodes[v].get("kind") == "entity":
            links.setdefault(u, set()).add(v)
            links.setdefault(v, set()).add(u)
    return {n: (articles.get(n, 0), len(links.get(n, ()))) for n, d in g.nodes(data=True) if d.get("kind") == "entity"}


def to_rdf(g: nx.MultiDiGraph) -> Graph:
    stats = entity_statistics(g)
    rdf = Graph()
    for p, ns in PREFIXES.items():
        rdf.bind(p, ns, override=True)
    add = rdf.add
    for iri, d in g.nodes(data=True):
        kind = d.get("kind")
        if kind is None:
            continue  # a relation's literal value (a figure, a post): networkx keeps it as a node, RDF as a literal
        s = URIRef(iri)
        if kind == "page":
            add((s, RDF.type, KG.Page))
            add((s, KG.sourceFile, _lit(d["file"])))
            add((s, RDFS.label, _lit(d["file"])))
            if d.get("date"):
                add((s, SCHEMA.datePublished, _lit(d["date"], datatype=XSD.date)))
            for key, prop in (("page", SCHEMA.pagination), ("section", SCHEMA.articleSection), ("editor", SCHEMA.editor)):
                if d.get(key):
                    add((s, prop, _lit(d[key])))
        elif kind == "article":
            add((s, RDF.type, KG.Article))
            add((s, RDF.type, SCHEMA.NewsArticle))
            add((s, SCHEMA.headline, _lit(d["title"])))
            add((s, RDFS.label, _lit(d["title"])))
            add((s, SCHEMA.isPartOf, URIRef(d["page"])))
            add((s, KG.sourceFile, _lit(d["file"])))
            add((s, KG.positionOnPage, _lit(d["position"], datatype=XSD.integer)))
            add((s, KG.isChipIndustry, _lit(bool(d["chip"]))))
            if d.get("column"):
                add((s, KG.column, _lit(d["column"])))
            if d.get("date"):
                add((s, SCHEMA.datePublished, _lit(d["date"], datatype=XSD.date)))
            if d.get("byline"):
                add((s, KG.bylineNote, _lit(d["byline"])))
            for role in d.get("roles") or []:
                add((s, KG.authorRole, _lit(role)))
            if d.get("standfirst"):
                add((s, SCHEMA.abstract, _lit(d["standfirst"])))
            for c in d.get("captions") or []:
                add((s, SCHEMA.caption, _lit(c)))
        elif kind == "entity":
            add((s, RDF.type, KG[d["type"]]))
            if d["type"] == "Exchange":
                add((s, RDF.type, KG.Organization))
            pref = d["pref"]
            for lang, name in pref.items():
                add((s, RDFS.label, _lit(name, lang=lang)))
            for name, lang in d["names"]:
                if pref.get(lang) != name:
                    add((s, SKOS.altLabel, _lit(name, lang=lang)))
            for name in d["hidden"]:
                add((s, SKOS.hiddenLabel, _lit(name, lang="zh-Hant")))
            add((s, SKOS.prefLabel, _lit(d["label"], lang=_pref_lang(d))))
            add((s, KG.mentionCount, _lit(d["mention_count"], datatype=XSD.integer)))
            n_articles, n_links = stats[iri]
            add((s, KG.articleCount, _lit(n_articles, datatype=XSD.integer)))
            add((s, KG.linkCount, _lit(n_links, datatype=XSD.integer)))
            if d["discovered"]:
                add((s, KG.discovered, _lit(True)))
                add((s, KG.confidence, _lit(round(d["confidence"], 3), datatype=XSD.decimal)))
            for m in d["mentions"]:
                _mention(rdf, m["iri"], m["file"], m["span"], m["text"], m["article"], s)
        elif kind == "value":
            _value(rdf, s, d)
    for u, v, key, d in sorted(g.edges(keys=True, data=True)):
        # a literal object: a person's post (kg:position), written in Traditional characters
        s, o = URIRef(u), (Literal(v, lang="zh-Hant" if any(is_cjk(c) for c in v) else None) if d.get("literal") else URIRef(v))
        pred = KG[key]
        add((s, pred, o))
        if key == "wrote":
            add((o, SCHEMA.author, s))
        evidence = d.get("evidence") or []
        if key == "mentions":
            continue
        stmt = URIRef(E[f"statement/{short_hash(u + ' ' + key + ' ' + v, 16)}"])
        add((stmt, RDF.type, RDF.Statement))
        add((stmt, RDF.subject, s))
        add((stmt, RDF.predicate, pred))
        add((stmt, RDF.object, o))
        add((stmt, KG.evidenceCount, _lit(len(evidence), datatype=XSD.integer)))
        if d.get("background"):
            add((stmt, PROV.wasDerivedFrom, LEXICON))
            add((stmt, KG.rule, _lit("lexicon")))
            if (LEXICON, RDF.type, PROV.Entity) not in rdf:
                add((LEXICON, RDF.type, PROV.Entity))
                add((LEXICON, RDFS.label, _lit("kg lexicon (ontology/lexicon): background knowledge, not read from the pages", lang="en")))
        if evidence:
            add((stmt, KG.confidence, _lit(round(max(e.confidence for e in evidence), 3), datatype=XSD.decimal)))
        for ev in evidence:
            stem = page_stem(ev.page)
            e = URIRef(E[f"evidence/{stem}/{ev.sentence_span[0]}-{ev.sentence_span[1]}/{short_hash(str(stmt), 8)}"])
            add((stmt, PROV.wasDerivedFrom, e))
            add((e, RDF.type, KG.Evidence))
            add((e, KG.sentence, _lit(ev.sentence)))
            add((e, NIF.beginIndex, _lit(ev.sentence_span[0], datatype=XSD.nonNegativeInteger)))
            add((e, NIF.endIndex, _lit(ev.sentence_span[1], datatype=XSD.nonNegativeInteger)))
            add((e, KG.sourceFile, _lit(ev.page)))
            add((e, KG.rule, _lit(ev.rule)))
            add((e, KG.confidence, _lit(round(ev.confidence, 3), datatype=XSD.decimal)))
            if getattr(ev, "date", None):
                add((e, DCTERMS.date, _lit(ev.date, datatype=XSD.gYearMonth if "-" in ev.date else XSD.gYear)))
            if getattr(ev, "role", None):
                add((e, KG.authorRole, _lit(ev.role)))
            art = URIRef(ev.article)
            add((e, PROV.wasDerivedFrom, art))
            if ev.subject_span:
                add((e, KG.subjectMention, URIRef(mention_iri(stem, ev.subject_span))))
                _span_mention(rdf, stem, ev, ev.subject_span, art)
            if ev.object_span:
                add((e, KG.objectMention, URIRef(mention_iri(stem, ev.object_span))))
                _span_mention(rdf, stem, ev, ev.object_span, art)
    return rdf


def _decimal(value) -> Literal:
    """An xsd:decimal whose lexical form always has a point (7.0), so Turtle and JSON-LD agree."""
    text = fmt(value)
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def _value(rdf: Graph, s: URIRef, d: dict) -> None:
    """A value node: a process node (kg:nanometres) or a measured figure (kg:quantity, kg:unit, kg:measure)."""
    rdf.add((s, RDF.type, KG[d["type"]]))
    if d["type"] == "ProcessNode":
        names = d.get("names") or [(d["label"], None)]
        for name, lang in names:
            rdf.add((s, RDFS.label, _lit(name, lang=lang)))
        label_lang = next((lang for name, lang in names if name == d["label"]), None)
        rdf.add((s, SKOS.prefLabel, _lit(d["label"], lang=label_lang)))
        rdf.add((s, KG.nanometres, _decimal(d["nanometres"])))
        return
    rdf.add((s, RDFS.label, _lit(d["label"])))
    rdf.add((s, KG.quantity, _decimal(d["quantity"])))
    rdf.add((s, KG.unit, _lit(d["unit"])))
    rdf.add((s, KG.measure, _lit(d["measure"])))
    if d.get("lower") is not None:
        rdf.add((s, KG.lowerQuantity, _decimal(d["lower"])))


def _pref_lang(d) -> str:
    for lang in ("zh-Hant", "en", "zh-Hans"):
        if d["pref"].get(lang) == d["label"]:
            return lang
    for name, lang in d["names"]:
        if name == d["label"]:
            return lang
    return "zh-Hant"


def _mention(rdf: Graph, iri, file, span, text, article, entity) -> None:
    m = URIRef(iri)
    rdf.add((m, RDF.type, KG.Mention))
    rdf.add((m, NIF.anchorOf, Literal(text)))
    rdf.add((m, NIF.beginIndex, Literal(span[0], datatype=XSD.nonNegativeInteger)))
    rdf.add((m, NIF.endIndex, Literal(span[1], datatype=XSD.nonNegativeInteger)))
    rdf.add((m, KG.sourceFile, Literal(file)))
    if article:
        rdf.add((m, DCTERMS.isPartOf, URIRef(article)))
    if entity is not None:
        rdf.add((m, ITSRDF.taIdentRef, entity))


def _span_mention(rdf: Graph, stem, ev, span, article) -> None:
    iri = URIRef(mention_iri(stem, span))
    if (iri, RDF.type, KG.Mention) in rdf:
        return
    s0 = ev.sentence_span[0]
    text = ev.sentence[span[0] - s0: span[1] - s0] if ev.sentence_span[0] <= span[0] <= span[1] <= ev.sentence_span[1] else None
    _mention(rdf, iri, ev.page, span, text or "", article, None)


def to_turtle(rdf: Graph) -> str:
    return rdf.serialize(format="turtle")


def to_jsonld(rdf: Graph) -> str:
    """JSON-LD with kg's prefixes as context, nodes sorted by @id and values sorted, so output is stable."""
    context = {p: str(ns) for p, ns in PREFIXES.items()}
    doc = json.loads(rdf.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    nodes = [_sorted_values(n) for n in nodes]
    nodes.sort(key=lambda n: n.get("@id", ""))
    return json.dumps({"@context": context, "@graph": nodes}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _sorted_values(node):
    if isinstance(node, dict):
        return {k: _sorted_values(v) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_values(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node
