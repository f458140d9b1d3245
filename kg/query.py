"""`kg query`: ask a built graph a SPARQL question, saved or written out, and format the answer.

The graph is the build folder's Oxigraph store (kg.oxigraph/, opened read-only, no parsing), or,
when there is none, its kg.ttl (or any Turtle file) loaded into memory. The question is a saved
query's name (ontology/queries/NAME.rq), a .rq file, or SPARQL text; kg's prefixes (kg:, e:,
schema:, skos:, rdfs:, prov:, nif: …) are predeclared.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import KgError, QueryError
from kg.results import Answer, execute, render
from kg.saved import ParamError, SavedQuery, bind, find_saved, parse_saved
from kg.store import locate, open_graph


def graph_file(graph: str | Path) -> Path:
    """The Turtle file of GRAPH (a build folder or a .ttl file)."""
    _st, ttl = locate(graph)
    if ttl is None:
        raise KgError(f"{graph}: no graph there (run `kg build` first, or name a kg.ttl file)")
    return ttl


def load_rdflib(graph: str | Path):
    """GRAPH's Turtle parsed with rdflib, for the parts of kg that walk the graph in Python."""
    import rdflib

    path = graph_file(graph)
    try:
        return rdflib.Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many kinds (BadSyntax, UnicodeDecodeError, ...)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise KgError(f"{path}: not a Turtle graph kg can read ({first[:200]})") from None


def saved_or_text(query: str) -> SavedQuery | str:
    """A saved query (by name or .rq path) or the SPARQL text itself."""
    q = query.strip()
    if q.endswith(".rq") and "\n" not in q:
        p = Path(q)
        if not p.is_file():
            raise KgError(f"{query}: no such query file")
        return parse_saved(p)
    if re.fullmatch(r"[\w-]+", q):
        saved = find_saved(q)
        if saved is None:
            raise QueryError(f"{q}: no saved query by that name (`kg query --list` shows them)")
        return saved
    return query


def ask(graph: str | Path, query: str, params: dict[str, str] | None = None, max_rows: int | None = None) -> Answer:
    """Answer `query` (saved name, .rq file or SPARQL text) about GRAPH."""
    what = saved_or_text(query)  # an unknown saved query is reported before the graph is opened
    store = open_graph(graph)
    if isinstance(what, SavedQuery):
        text = bind(what, params or {}, store)
    elif params:
        raise ParamError("--param is for saved queries (a name from `kg query --list` or a .rq file)")
    else:
        text = what
    return execute(store, text, max_rows=max_rows)


def run(graph: str | Path, query: str, params: dict[str, str] | None = None, fmt: str = "table") -> str:
    return render(ask(graph, query, params), fmt).decode("utf-8")
