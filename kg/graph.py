"""Stage 7: assemble pages, articles, entities and relations into one networkx graph.

Nodes are keyed by IRI. Entity nodes carry kind="entity"; article nodes kind="article"; page nodes
kind="page". Edges are keyed by predicate local name; relation edges carry their evidence list.
"""

from __future__ import annotations

import networkx as nx

from kg.model import Doc, Relation
from kg.namespaces import E
from kg.resolve import Entity


def page_iri(doc: Doc) -> str:
    return str(E[f"page/{doc.stem}"])


def mention_iri(stem: str, span: tuple[int, int]) -> str:
    return str(E[f"mention/{stem}/{span[0]}-{span[1]}"])


def build_graph(docs: list[Doc], entities: dict[str, Entity], relations: list[Relation], chip: dict) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for doc in docs:
        g.add_node(page_iri(doc), kind="page", file=doc.source.name, encoding=doc.source.encoding,
                   page=doc.info.page, section=doc.info.section, date=doc.info.date, editor=doc.info.editor)
        for art in doc.articles:
            note = art.byline.note if art.byline else None
            g.add_node(doc.article_iri(art.index), kind="article", type="Article", title=art.title,
                       column=art.column, position=art.index, file=doc.source.name, page=page_iri(doc),
                       date=doc.info.date, authors=list(art.authors), byline=note,
                       roles=art.roles, author_roles=art.author_roles(), standfirst=art.standfirst,
                       captions=list(art.captions), chip=chip[(doc.stem, art.index)])
    by_stem = {d.stem: d for d in docs}
    for iri, ent in entities.items():
        mentions = []
        for stem, m in ent.mentions:
            doc = by_stem[stem]
            span = doc.norm.orig_span(m.start, m.end)
            mentions.append({"iri": mention_iri(stem, span), "file": doc.source.name, "span": span,
                             "text": doc.norm.original[span[0]:span[1]],
                             "article": doc.article_iri(m.article) if m.article else None,
                             "source": m.source, "confidence": m.confidence})
        g.add_node(iri, kind="entity", type=ent.type, label=ent.label, names=sorted(ent.names),
                   pref=dict(sorted(ent.pref.items())), hidden=sorted(ent.hidden),
                   discovered=ent.discovered, confidence=ent.confidence, classes=ent.classes,
                   mentions=mentions, mention_count=len(mentions),
                   articles=sorted({m["article"] for m in mentions if m["article"]}))
        for m in mentions:
            if m["article"]:
                if g.has_edge(m["article"], iri, key="mentions"):
                    g.edges[m["article"], iri, "mentions"]["count"] += 1
                else:
                    g.add_edge(m["article"], iri, key="mentions", predicate="mentions", count=1, evidence=[])
    for r in relations:
        if r.subject is None or r.object is None:
            continue
        if r.subject_value is not None and r.subject not in g:
            g.add_node(r.subject, kind="entity", **{k: v for k, v in r.subject_value.items() if k != "class"})
        if r.value is not None and r.object not in g:
            rest = {k: v for k, v in r.value.items() if k != "class"}
            if r.value["class"] == "entity":
                # A lexicon entity a rule names itself (e.g. 對華 → China) that the pages do not mention.
                g.add_node(r.object, kind="entity", **rest)
            else:
                # A process node or a measured figure (kg:ProcessNode / kg:Spec) the relation points to.
                g.add_node(r.object, kind="value", type=r.value["class"], **rest)
        if g.has_edge(r.subject, r.object, key=r.predicate):
            ev = g.edges[r.subject, r.object, r.predicate]["evidence"]
            seen = {(e.page, e.sentence_span) for e in ev}
            ev.extend(e for e in r.evidence if (e.page, e.sentence_span) not in seen)
        else:
            g.add_edge(r.subject, r.object, key=r.predicate, predicate=r.predicate, literal=r.literal,
                       evidence=list(r.evidence), background=r.background)
    return g
