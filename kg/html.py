"""Render a kg knowledge graph as one self-contained interactive HTML page.

The page inlines vis-network (``kg/static/vis-network.min.js``), its CSS and
the graph data, so it makes no request to any other host.  All data shown in
the page is inserted with ``textContent`` (never ``innerHTML``) and the JSON is
escaped so that ``</script>`` in the data cannot end the script element.

Public API: :func:`render_html`.
"""

from __future__ import annotations

import functools
import html
import json
import re
from pathlib import Path
from typing import Any

__all__ = ["render_html"]

_HERE = Path(__file__).resolve().parent
_TEMPLATE = _HERE / "templates" / "graph.html"
_VIS_JS = _HERE / "static" / "vis-network.min.js"

#: Above this many (shown) nodes or edges the page uses cheaper vis settings.
BIG_NODES = 1000
BIG_EDGES = 4000

_PLACEHOLDER = re.compile(r"__KG_(TITLE|NOTICE|DATA|VIS_JS)__")

# Characters that must not appear literally in JSON inlined in <script>.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


@functools.lru_cache(maxsize=None)
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _script_safe_json(obj: Any) -> str:
    """``json.dumps`` whose output can sit inside a ``<script>`` element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    # These characters only occur inside JSON strings, where \\uXXXX is valid.
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def _script_safe_js(code: str) -> str:
    """Guard inlined library code against ending its own <script> element."""
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _select(data: dict, max_nodes: int | None) -> tuple[list, list, dict]:
    """Keep at most ``max_nodes`` nodes, the most connected first: by typed relations, then by all
    edges (``mentions`` included), then by id.

    Returns (nodes, edges, meta).  Nodes keep their input order; duplicate ids
    are dropped (first wins) and edges whose endpoints are not kept are dropped.
    """
    raw_nodes = list(data.get("nodes") or [])
    raw_edges = list(data.get("edges") or [])

    nodes: list[dict] = []
    seen: set[str] = set()
    for node in raw_nodes:
        nid = str(node.get("id", ""))
        if nid and nid not in seen:
            seen.add(nid)
            nodes.append(node)

    degree = {str(n["id"]): 0 for n in nodes}
    typed = dict(degree)  # degree in typed relations: what the articles say, not that they mention
    for edge in raw_edges:
        s, t = str(edge.get("source", "")), str(edge.get("target", ""))
        if s in degree and t in degree:
            degree[s] += 1
            degree[t] += 1
            if edge.get("predicate") != "mentions":
                typed[s] += 1
                typed[t] += 1

    total_nodes = len(nodes)
    truncated = max_nodes is not None and max_nodes >= 0 and total_nodes > max_nodes
    if truncated:
        ranked = sorted(degree, key=lambda nid: (-typed[nid], -degree[nid], nid))
        keep = set(ranked[:max_nodes])
        nodes = [n for n in nodes if str(n["id"]) in keep]
    else:
        keep = set(degree)

    edges = [
        e for e in raw_edges
        if str(e.get("source", "")) in keep and str(e.get("target", "")) in keep
    ]
    meta = {
        "totalNodes": total_nodes,
        "totalEdges": len(raw_edges),
        "shownNodes": len(nodes),
        "shownEdges": len(edges),
        "truncated": truncated,
        "big": len(nodes) > BIG_NODES or len(edges) > BIG_EDGES,
    }
    return nodes, edges, meta


def _notice(meta: dict) -> str:
    if not meta["truncated"]:
        return ""
    text = (
        f"Showing {meta['shownNodes']:,} of {meta['totalNodes']:,} nodes "
        f"(the most connected); "
        f"{meta['totalNodes'] - meta['shownNodes']:,} nodes and "
        f"{meta['totalEdges'] - meta['shownEdges']:,} edges left out"
    )
    return f'<div id="kg-notice" role="status">{html.escape(text)}</div>'


def render_html(data: dict, title: str = "kg", max_nodes: int | None = 2000) -> str:
    """Return a complete, self-contained HTML document showing the graph.

    ``data`` is the kg graph dict (``nodes``, ``edges``, ``types``,
    ``predicates``).  If it has more than ``max_nodes`` nodes only the
    ``max_nodes`` with the highest degree are kept (ties broken by id) and the
    page says what was left out; ``max_nodes=None`` keeps everything.
    The output is deterministic: the same input gives the same bytes.
    """
    nodes, edges, meta = _select(data, max_nodes)
    payload = {
        "nodes": nodes,
        "edges": edges,
        "types": data.get("types") or {},
        "predicates": data.get("predicates") or {},
        "meta": meta,
    }
    values = {
        "TITLE": html.escape(str(title)),
        "NOTICE": _notice(meta),
        "DATA": _script_safe_json(payload),
        "VIS_JS": _script_safe_js(_read(_VIS_JS)),
    }
    # One pass, so placeholder-like text inside the data is never substituted.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _read(_TEMPLATE))
