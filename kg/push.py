"""`kg push`: load the graph into any SPARQL 1.1 Graph Store Protocol server.

PUT replaces the named graph, POST adds to it (the protocol's own verbs), with the graph as
Turtle. The server may be Oxigraph server (`…/store`), Apache Jena Fuseki (`…/DATASET/data`),
GraphDB (`…/repositories/REPO/rdf-graphs/service`) or any other GSP implementation. A user and
password may be given in the URL (`http://user:pass@host/…`); they are sent as HTTP Basic auth.
"""

from __future__ import annotations

import base64
import io
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

DEFAULT_GRAPH_IRI = "https://w3id.org/kg/chip/graph"


class PushError(KgError):
    pass


@dataclass
class PushResult:
    url: str
    graph: str
    replaced: bool
    triples: int
    status: int


def _body(graph: str | Path) -> tuple[io.BufferedIOBase | bytes, int, int]:
    """(Turtle body, its length in bytes, number of triples) of GRAPH."""
    from kg.store import is_fresh, locate, memory_store, open_store

    st, ttl = locate(graph)
    if st is None and ttl is None:
        raise KgError(f"{graph}: no graph there (run `kg build` first, or name a kg.ttl file)")
    if st is not None and (ttl is None or is_fresh(st, ttl)):
        store = open_store(st)
        count = len(store)
        if ttl is None:
            import pyoxigraph as ox

            data = store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
            return data, len(data), count
    else:
        count = len(memory_store(ttl))  # also checks that the Turtle parses before anything is sent
    return open(ttl, "rb"), ttl.stat().st_size, count


def gsp_url(endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store Protocol URL for a named graph (or the default graph when graph_iri is 'default')."""
    parts = urllib.parse.urlsplit(endpoint)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in query if k not in ("graph", "default")]
    query.append(("default", "") if graph_iri == "default" else ("graph", graph_iri or DEFAULT_GRAPH_IRI))
    qs = "&".join(k if (k == "default" and not v) else f"{k}={urllib.parse.quote(v, safe='')}" for k, v in query)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    if ":" in (parts.hostname or "") and not netloc.startswith("["):
        netloc = f"[{parts.hostname}]" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, qs, ""))


def push(graph: str | Path, endpoint: str, graph_iri: str | None = None, replace: bool = True,
         timeout: float = 300.0) -> PushResult:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol service")
    if graph_iri and graph_iri != "default" and not urllib.parse.urlsplit(graph_iri).scheme:
        raise PushError(f"--graph {graph_iri}: a graph name must be an absolute IRI (or 'default')")
    body, length, count = _body(graph)
    url = gsp_url(endpoint, graph_iri)
    headers = {"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(length)}
    if parts.username:
        cred = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        headers["Authorization"] = "Basic " + base64.b64encode(cred.encode("utf-8")).decode("ascii")
    req = urllib.request.Request(url, data=body, headers=headers, method="PUT" if replace else "POST")
    where = urllib.parse.urlunsplit((parts.scheme, parts.hostname + (f":{parts.port}" if parts.port else ""), parts.path, "", ""))
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status = resp.status
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read(500).decode("utf-8", "replace").split())[:200]
        raise PushError(f"{where} refused the graph: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")) from None
    except urllib.error.URLError as exc:
        reason = getattr(exc.reason, "strerror", None) or exc.reason
        raise PushError(f"cannot reach {where}: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise PushError(f"{where} did not answer within {timeout:g} s") from None
    except OSError as exc:
        raise PushError(f"cannot reach {where}: {exc.strerror or exc}") from None
    finally:
        if hasattr(body, "close"):
            body.close()
    return PushResult(where, graph_iri or DEFAULT_GRAPH_IRI, replace, count, status)
