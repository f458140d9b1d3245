"""Run SPARQL against a built graph and format the answer as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import rdflib
from rdflib.plugins.sparql import prepareQuery

from kg.errors import KgError, QueryError
from kg.namespaces import PREFIXES


def graph_file(graph: str | Path) -> Path:
    p = Path(graph)
    if p.is_dir():
        p = p / "kg.ttl"
    if not p.is_file():
        raise KgError(f"{graph}: no graph there (run `kg build` first, or name a kg.ttl file)")
    return p


def read_query(query: str) -> str:
    if query.endswith(".rq"):
        p = Path(query)
        if not p.is_file():
            raise KgError(f"{query}: no such query file")
        return p.read_text(encoding="utf-8")
    return query


def with_prefixes(query: str) -> str:
    """Declare kg's usual prefixes unless the query declares them itself."""
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if f"PREFIX {p}:" not in query.upper().replace("prefix", "PREFIX"))
    return head + query


def parse_query(text: str):
    try:
        return prepareQuery(with_prefixes(text))
    except Exception as exc:  # pyparsing's ParseException carries the line and column
        msg = str(exc).replace("\n", " ")
        raise QueryError(f"malformed SPARQL query: {msg}") from None


def run(graph: str | Path, query: str):
    q = parse_query(read_query(query))
    g = rdflib.Graph()
    g.parse(graph_file(graph), format="turtle")
    try:
        return g.query(q)
    except Exception as exc:
        raise QueryError(f"query failed: {exc}") from None


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        s = str(term)
        for p, ns in PREFIXES.items():
            if s.startswith(str(ns)):
                return f"{p}:{s[len(str(ns)):]}"
        return s
    return str(term)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def format_result(result, fmt: str = "table") -> str:
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    names = [str(v) for v in result.vars]
    rows = [[_cell(r[v]) for v in result.vars] for r in result]
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(cells):
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(names), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def result_json(result) -> str:
    return json.dumps(json.loads(result.serialize(format="json")), ensure_ascii=False, indent=1)
