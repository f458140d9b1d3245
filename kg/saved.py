"""Saved questions: SPARQL files in ontology/queries/ with a small header, and their parameters.

A saved query is a `.rq` file whose leading comment lines describe it:

    # name: chips-by-company
    # en: Chips a company develops
    # zh: 某公司研發的晶片
    # param: company (entity) — the company, by any name (英偉達, 英伟达, NVIDIA)
    # param: limit (integer, default 50) — at most this many rows

Parameter kinds: `entity` (any name of an entity in either script or English, an e: name or an
IRI), `property` (a kg: property by local name, label in any language, or IRI), `integer`,
`decimal`, `string`, `iri`. `optional` leaves the variable unbound when no value is given;
`default X` supplies one. Each `?name` in the query body is replaced by the value as an RDF term,
so a parameter variable must not be projected by SELECT or used in GROUP BY (use its label).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.normalize import fold_char, name_key, to_simplified
from kg.paths import ontology_dir
from kg.namespaces import prefixed
from kg.results import PREFIX_MAP

KINDS = ("entity", "property", "integer", "decimal", "string", "iri")
_PARAM = re.compile(r"^(\w+)\s*\(([^)]*)\)\s*(?:[—–-]+\s*(.*))?$")


class ParamError(KgError):
    exit_code = 2


@dataclass
class Param:
    name: str
    kind: str
    description: str = ""
    default: str | None = None
    optional: bool = False


@dataclass
class SavedQuery:
    name: str
    path: Path
    en: str
    zh: str
    params: list[Param] = field(default_factory=list)
    text: str = ""

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def usage(self) -> str:
        parts = []
        for p in self.params:
            s = f"--param {p.name}=…"
            parts.append(f"[{s}]" if p.optional or p.default is not None else s)
        return " ".join([self.name] + parts)


def queries_dir() -> Path:
    return ontology_dir() / "queries"


def parse_saved(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        key, _, value = s.lstrip("#").strip().partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "param":
            m = _PARAM.match(value)
            if not m:
                raise KgError(f"{path}: cannot read the parameter line {value!r} (want: name (kind) — description)")
            opts = [o.strip() for o in m.group(2).split(",")]
            kind = opts[0]
            if kind not in KINDS:
                raise KgError(f"{path}: parameter {m.group(1)} has unknown kind {kind!r} (one of {', '.join(KINDS)})")
            p = Param(m.group(1), kind, (m.group(3) or "").strip())
            for o in opts[1:]:
                if o == "optional":
                    p.optional = True
                elif o.startswith("default"):
                    p.default = o[len("default"):].strip()
            params.append(p)
        elif key in ("name", "en", "zh"):
            meta[key] = value
    return SavedQuery(meta.get("name", path.stem), path, meta.get("en", ""), meta.get("zh", ""), params, text)


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    folder = folder or queries_dir()
    out = {}
    for p in sorted(folder.glob("*.rq")):
        q = parse_saved(p)
        out[q.name] = q
    return out


def find_saved(name: str) -> SavedQuery | None:
    return saved_queries().get(name)


def list_text(queries: dict[str, SavedQuery]) -> str:
    lines = []
    for q in queries.values():
        lines.append(q.usage())
        lines.append(f"    {q.en}")
        lines.append(f"    {q.zh}")
        for p in q.params:
            extra = f", default {p.default}" if p.default is not None else (", optional" if p.optional else "")
            lines.append(f"    {p.name} ({p.kind}{extra}): {p.description}")
    return "\n".join(lines) + "\n"


# --- binding parameters ----------------------------------------------------------------------


def parse_params(items) -> dict[str, str]:
    """`name=value` strings from the command line into a dict."""
    out = {}
    for item in items or ():
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise ParamError(f"--param {item!r}: write it as name=value")
        out[name.strip()] = value.strip()
    return out


def bind(q: SavedQuery, values: dict[str, str], store: ox.Store) -> str:
    """The query text with every parameter replaced by its value as an RDF term."""
    unknown = [n for n in values if q.param(n) is None]
    if unknown:
        takes = ", ".join(p.name for p in q.params) or "no parameters"
        raise ParamError(f"{q.name} has no parameter {unknown[0]!r} (it takes: {takes})")
    text = q.text
    for p in q.params:
        raw = values.get(p.name, p.default)
        if raw is None:
            if p.optional:
                continue
            raise ParamError(f"{q.name} needs --param {p.name}=… ({p.description or p.kind})")
        term = to_term(p, raw, store, q.name)
        text = re.sub(rf"[?$]{re.escape(p.name)}(?![\w\u00B7\u0300-\u036F\u203F\u2040])", lambda _m: term, text)
    return text


def to_term(p: Param, raw: str, store: ox.Store, qname: str = "") -> str:
    """The N-Triples/SPARQL form of a parameter value."""
    where = f"{qname}: {p.name}" if qname else p.name
    if p.kind == "integer":
        try:
            return str(int(raw))
        except ValueError:
            raise ParamError(f"{where}: {raw!r} is not a whole number") from None
    if p.kind == "decimal":
        try:
            d = Decimal(raw)
        except InvalidOperation:
            raise ParamError(f"{where}: {raw!r} is not a number") from None
        return str(ox.Literal(str(d), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
    if p.kind == "string":
        return str(ox.Literal(raw))
    if p.kind == "iri":
        return str(_iri(raw) or _fail(where, f"{raw!r} is not an IRI"))
    if p.kind == "property":
        return str(resolve_property(raw) or _fail(where, f"no kg property called {raw!r}"))
    return str(resolve_entity(store, raw, where))


def _fail(where: str, msg: str):
    raise ParamError(f"{where}: {msg}")


def _iri(raw: str) -> ox.NamedNode | None:
    s = raw.strip()
    if s.startswith("<") and s.endswith(">"):
        s = s[1:-1]
    if re.match(r"^[a-z][a-z0-9+.-]*://\S+$", s, re.I):
        return ox.NamedNode(s)
    prefix, colon, local = s.partition(":")
    if colon and prefix in PREFIX_MAP and re.fullmatch(r"[\w.\-/]+", local):
        return ox.NamedNode(PREFIX_MAP[prefix] + local)
    return None


_NOT_ENTITY = "FILTER NOT EXISTS { ?s a kg:Article } FILTER NOT EXISTS { ?s a kg:Page } FILTER NOT EXISTS { ?s a kg:Mention }"


def resolve_entity(store: ox.Store, raw: str, where: str = "entity") -> ox.NamedNode:
    """The entity a name denotes: exact label match (either script), then the lexicon, then case-folded labels."""
    name = raw.strip()
    if not name:
        raise ParamError(f"{where}: empty name")
    iri = _iri(name)
    if iri is not None:
        if not _exists(store, iri):
            raise ParamError(f"{where}: {name} is not in the graph")
        return iri
    forms = {name, to_simplified(name), "".join(fold_char(c) for c in name)}
    lits = " ".join(str(ox.Literal(f, language=lang)) for f in sorted(forms) for lang in ("zh-Hant", "zh-Hans", "en"))
    lits += " " + " ".join(str(ox.Literal(f)) for f in sorted(forms))
    found = _subjects(store, f"SELECT DISTINCT ?s WHERE {{ VALUES ?l {{ {lits} }} ?s rdfs:label|skos:altLabel|skos:prefLabel ?l . {_NOT_ENTITY} }}")
    if not found:
        from kg.lexicon import load_lexicon

        entry = load_lexicon().lookup(name)
        if entry is not None and _exists(store, ox.NamedNode(str(entry.iri))):
            return ox.NamedNode(str(entry.iri))
        key = ox.Literal(name_key(name))
        found = _subjects(store, f"SELECT DISTINCT ?s WHERE {{ ?s rdfs:label|skos:altLabel ?l . "
                                 f"FILTER(LCASE(STR(?l)) = {key}) {_NOT_ENTITY} }}")
    if not found:
        raise ParamError(f"{where}: no entity called {name!r} in the graph")
    if len(found) > 1:
        names = ", ".join(sorted(_short(s) for s in found))
        raise ParamError(f"{where}: {name!r} names several entities ({names}); give one of these instead")
    return found[0]


def _short(node: ox.NamedNode) -> str:
    """The IRI as SPARQL text: a prefixed name where that is valid, else <IRI>."""
    return prefixed(node.value) or f"<{node.value}>"


def _subjects(store: ox.Store, query: str) -> list[ox.NamedNode]:
    return [sol[0] for sol in store.query(query, prefixes=PREFIX_MAP) if isinstance(sol[0], ox.NamedNode)]


def _exists(store: ox.Store, iri: ox.NamedNode) -> bool:
    return bool(store.query(f"ASK {{ {{ {iri} ?p ?o }} UNION {{ ?s ?p {iri} }} }}"))


@lru_cache(maxsize=1)
def _properties() -> dict[str, str]:
    """name key of each kg property's local name and labels → its IRI, from ontology/kg.ttl."""
    onto = ox.Store()
    onto.bulk_load(path=str(ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    out: dict[str, str] = {}
    q = """SELECT ?p ?l WHERE { VALUES ?t { owl:ObjectProperty owl:DatatypeProperty } ?p a ?t .
           OPTIONAL { ?p rdfs:label ?l } }"""
    for sol in onto.query(q, prefixes=PREFIX_MAP):
        iri = sol["p"].value
        if iri.startswith(PREFIX_MAP["kg"]):
            out.setdefault(name_key(iri[len(PREFIX_MAP["kg"]):]), iri)
        if sol["l"] is not None:
            out.setdefault(name_key(sol["l"].value), iri)
    return out


def resolve_property(raw: str) -> ox.NamedNode | None:
    iri = _iri(raw)
    if iri is not None:
        return iri
    hit = _properties().get(name_key(raw.strip()))
    return ox.NamedNode(hit) if hit else None
