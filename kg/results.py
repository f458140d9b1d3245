"""Run a SPARQL query on an Oxigraph store and write its answer in the standard result formats.

One place for every answer format, used by `kg query` and `kg serve` alike:
SELECT/ASK → SPARQL 1.1 Query Results JSON, XML, CSV, TSV or a readable table;
CONSTRUCT/DESCRIBE → Turtle, JSON-LD or N-Triples. The answer is materialized first (`Answer`),
so a result-size limit can be checked before anything is written.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.namespaces import PREFIXES, prefixed

PREFIX_MAP = {p: str(ns) for p, ns in PREFIXES.items()}

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# MIME types of the SPARQL 1.1 result formats and of the RDF formats for graph answers.
TABLE_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}

_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)


class ResultTooLarge(QueryError):
    """The answer has more rows than the caller allows."""


class UpdateRefused(QueryError):
    """A SPARQL Update where only queries are allowed."""


def is_update(text: str) -> bool:
    """True when `text` is a SPARQL Update request (INSERT, DELETE, LOAD, DROP …) rather than a query."""
    body = re.sub(r"#[^\n]*", "", text)
    return bool(_UPDATE.match(body))


@dataclass
class Answer:
    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # SELECT: one pyoxigraph term (or None) per variable
    boolean: bool | None = None
    triples: list = field(default_factory=list)  # CONSTRUCT / DESCRIBE
    seconds: float = 0.0

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)


def execute(store: ox.Store, text: str, max_rows: int | None = None, deadline: float | None = None) -> Answer:
    """Run the query `text` (kg's prefixes predeclared) and collect its whole answer.

    Raises QueryError with the parser's message (line:column) for a malformed query,
    UpdateRefused for SPARQL Update, ResultTooLarge past `max_rows` rows or triples, and
    QueryError when `deadline` (a time.monotonic() value) passes while rows are collected.
    """
    if is_update(text):
        raise UpdateRefused("SPARQL Update is not allowed: this graph is read-only")
    t0 = time.perf_counter()
    try:
        res = store.query(text, prefixes=PREFIX_MAP)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL query{_position(exc)}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {_one_line(exc)}") from None
    try:
        if isinstance(res, ox.QueryBoolean):
            ans = Answer("ask", boolean=bool(res))
        elif isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            ans = Answer("select", variables=names)
            for i, sol in enumerate(res):
                if max_rows is not None and i >= max_rows:
                    raise ResultTooLarge(f"the answer has more than {max_rows} rows; add a LIMIT or narrow the query")
                if deadline is not None and not i % 256 and time.monotonic() > deadline:
                    raise QueryError("the query ran out of time")
                ans.rows.append([sol[j] for j in range(len(names))])
        else:
            ans = Answer("graph")
            for i, t in enumerate(res):
                if max_rows is not None and i >= max_rows:
                    raise ResultTooLarge(f"the answer has more than {max_rows} triples; add a LIMIT or narrow the query")
                ans.triples.append(t)
    except (OSError, RuntimeError, ValueError) as exc:  # evaluation errors surface while iterating
        raise QueryError(f"query failed: {_one_line(exc)}") from None
    ans.seconds = time.perf_counter() - t0
    return ans


def _position(exc: SyntaxError) -> str:
    """Oxigraph's "error at L:C: expected …" as " at line L, column C: expected …"."""
    msg = _one_line(exc)
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", msg)
    if not m:
        return f": {msg}"
    detail = m.group(3) if len(m.group(3)) <= 120 else m.group(3)[:120].rstrip() + " …"
    return f" at line {m.group(1)}, column {m.group(2)}: {detail}"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


# --- terms -----------------------------------------------------------------------------------


def _binding(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        b = {"type": "literal", "value": term.value}
        if term.language:
            b["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            b["datatype"] = term.datatype.value
        return b
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _binding(term.subject), "predicate": _binding(term.predicate),
                                             "object": _binding(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _short(term) -> str:
    """A readable cell: prefixed names for kg's namespaces, plain text for literals."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return prefixed(term.value) or term.value
    if isinstance(term, ox.Literal):
        return term.value.replace("\n", " ")
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# --- formats ---------------------------------------------------------------------------------


def to_json(ans: Answer) -> str:
    if ans.kind == "ask":
        return json.dumps({"head": {}, "boolean": ans.boolean}) + "\n"
    bindings = [{v: _binding(t) for v, t in zip(ans.variables, row) if t is not None} for row in ans.rows]
    return json.dumps({"head": {"vars": ans.variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"


def to_xml(ans: Answer) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in ans.variables]
    out.append("</head>")
    if ans.kind == "ask":
        out.append(f"<boolean>{'true' if ans.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in ans.rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(ans.variables, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def to_csv(ans: Answer) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if ans.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if ans.boolean else "false"])
    else:
        w.writerow(ans.variables)
        w.writerows([_csv_term(t) for t in row] for row in ans.rows)
    return buf.getvalue()


def to_tsv(ans: Answer) -> str:
    if ans.kind == "ask":
        return "?boolean\n" + ("true" if ans.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in ans.variables)]
    for row in ans.rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))  # str() is the N-Triples form
    return "\n".join(lines) + "\n"


def to_table(ans: Answer) -> str:
    if ans.kind == "ask":
        return ("true" if ans.boolean else "false") + "\n"
    rows = [[_short(t) for t in row] for row in ans.rows]
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(ans.variables)]

    def line(cells):
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(ans.variables), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def to_rdf(ans: Answer, fmt: str = "turtle") -> bytes:
    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "ntriples": ox.RdfFormat.N_TRIPLES,
                  "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    prefixes = PREFIX_MAP if fmt == "turtle" else None
    return ox.serialize(ans.triples, format=rdf_format, prefixes=prefixes) if prefixes else ox.serialize(ans.triples, format=rdf_format)


TABLE_WRITERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv, "table": to_table}


def render(ans: Answer, fmt: str = "table") -> bytes:
    """The answer as bytes in `fmt` (table/json/xml/csv/tsv; turtle/jsonld/ntriples for graph answers)."""
    if ans.kind == "graph":
        return to_rdf(ans, fmt if fmt in GRAPH_TYPES else "turtle")
    if fmt not in TABLE_WRITERS:
        raise KgError(f"format {fmt!r} is for graph answers (CONSTRUCT/DESCRIBE); use table, json, xml, csv or tsv")
    return TABLE_WRITERS[fmt](ans).encode("utf-8")
