"""Stage 6: extract relations between entities, each with its evidence."""

from __future__ import annotations

from kg.model import Doc, Evidence, Relation


def _evidence(doc: Doc, article: int, start: int, end: int, subj, obj, rule: str, conf: float) -> Evidence:
    n = doc.norm
    s0, s1 = n.orig_span(start, end)
    return Evidence(
        page=doc.source.name,
        article=doc.article_iri(article),
        sentence=n.original[s0:s1],
        sentence_span=(s0, s1),
        subject_span=n.orig_span(*subj),
        object_span=n.orig_span(*obj) if obj else None,
        rule=rule,
        confidence=conf,
    )


def byline_relations(doc: Doc) -> list[Relation]:
    """`wrote` from each author to their article, `affiliatedWith` from the author to the byline's organizations."""
    rels: list[Relation] = []
    by_article: dict[int, list] = {}
    for m in doc.mentions:
        if m.source == "byline":
            by_article.setdefault(m.article, []).append(m)
    for art in doc.articles:
        found = by_article.get(art.index, [])
        authors = [m for m in found if m.type == "Person"]
        orgs = [m for m in found if m.type != "Person"]
        article_iri = doc.article_iri(art.index)
        roles = {aff.org_span: aff.role for aff in art.byline.affiliations} if art.byline else {}
        for a in authors:
            # The evidence is what is printed: title, column and name together; or the byline naming
            # the author; or the column label and name printed apart from the title.
            if art.byline_span and art.byline_span[0] <= a.start < art.byline_span[1]:
                start, end = art.byline_span
            elif 0 <= a.start - art.title_span[1] <= 30:
                start, end = art.title_span[0], a.end
            else:
                start, end = (art.column_span or (a.start, a.end))[0], a.end
            ev = _evidence(doc, art.index, start, end, (a.start, a.end), art.title_span, "byline:author", 1.0)
            rels.append(Relation(a.entity, "wrote", article_iri, evidence=[ev]))
            if art.byline_span:
                for o in orgs:
                    ev = _evidence(doc, art.index, *art.byline_span, (a.start, a.end), (o.start, o.end), "byline:affiliation", 0.9)
                    ev.role = roles.get((o.start, o.end))
                    rels.append(Relation(a.entity, "affiliatedWith", o.entity, evidence=[ev]))
    return rels


def extract(doc: Doc) -> list[Relation]:
    return byline_relations(doc)
