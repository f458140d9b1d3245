"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the built store, plus the HTML page.

GET /sparql?query=… and POST /sparql (form `query=…` or an application/sparql-query body) answer
as SPARQL JSON, XML, CSV or TSV (SELECT/ASK) or Turtle, JSON-LD, N-Triples, RDF/XML
(CONSTRUCT/DESCRIBE), chosen by the Accept header or a `format=` parameter. GET / serves kg.html.

Why the standard library's ThreadingHTTPServer: the protocol is a handful of GET/POST rules, and
the one hard requirement, a per-query time limit that really stops a runaway query, needs
worker processes rather than anything a web framework gives. Each query runs in one of a few
worker processes holding the store open read-only; if it passes the time limit the worker is
killed (the CPU is given back at once) and replaced, and the client gets 503. Answers are
materialized in the worker, so the row limit is checked before anything is sent (413).
SPARQL Update is refused with 403. The server binds 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue
import shutil
import signal
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError
from kg.results import GRAPH_TYPES, TABLE_TYPES

log = logging.getLogger("kg")

MAX_BODY = 1 << 20  # a query larger than 1 MiB is refused

FORMAT_ALIASES = {
    "json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv",
    "turtle": "turtle", "ttl": "turtle", "jsonld": "jsonld", "json-ld": "jsonld",
    "ntriples": "ntriples", "nt": "ntriples", "rdfxml": "rdfxml", "rdf": "rdfxml",
}
ACCEPT_TABLE = {**{v: k for k, v in TABLE_TYPES.items()}, "application/json": "json", "application/xml": "xml",
                "text/xml": "xml", "text/plain": "tsv"}
ACCEPT_GRAPH = {**{v: k for k, v in GRAPH_TYPES.items()}, "application/x-turtle": "turtle", "application/json": "jsonld",
                "text/plain": "ntriples", "application/xml": "rdfxml", "text/xml": "rdfxml"}


def negotiate(kind: str, accept: str | None, fmt: str | None) -> str:
    """The answer format for a `kind` ("select"/"ask"/"graph") answer, from format= or Accept."""
    table = ACCEPT_TABLE if kind != "graph" else ACCEPT_GRAPH
    default = "json" if kind != "graph" else "turtle"
    if fmt:
        f = FORMAT_ALIASES.get(fmt.lower()) or table.get(fmt.lower())
        if f and f in (TABLE_TYPES if kind != "graph" else GRAPH_TYPES):
            return f
    prefs = []
    for i, part in enumerate((accept or "").split(",")):
        fields = [x.strip() for x in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        prefs.append((-q, i, fields[0].lower()))
    for _q, _i, mime in sorted(prefs):
        if mime in table:
            return table[mime]
    return default


# --- worker processes ------------------------------------------------------------------------


def _worker(conn, store_dir: str) -> None:
    """Runs in a child process: answer queries on the read-only store until the pipe closes."""
    from kg.errors import KgError
    from kg.results import ResultTooLarge, UpdateRefused, execute, render
    from kg.store import open_store

    store = open_store(store_dir)
    while True:
        try:
            text, accept, fmt, max_rows = conn.recv()
        except EOFError:
            return
        try:
            ans = execute(store, text, max_rows=max_rows)
            f = negotiate(ans.kind, accept, fmt)
            ctype = (GRAPH_TYPES if ans.kind == "graph" else TABLE_TYPES)[f]
            conn.send((200, f"{ctype}; charset=utf-8", render(ans, f)))
        except UpdateRefused as err:
            conn.send((403, "text/plain; charset=utf-8", f"{err}\n".encode()))
        except ResultTooLarge as err:
            conn.send((413, "text/plain; charset=utf-8", f"{err}\n".encode()))
        except KgError as err:
            conn.send((400, "text/plain; charset=utf-8", f"{err}\n".encode()))
        except Exception as err:  # noqa: BLE001 - the worker must answer, never die silently
            conn.send((500, "text/plain; charset=utf-8", f"query failed: {' '.join(str(err).split())}\n".encode()))


class _Worker:
    def __init__(self, ctx, store_dir: str):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, store_dir), daemon=True)
        self.proc.start()
        child.close()

    def stop(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class WorkerPool:
    """A few processes with the store open; a query past its time limit kills its worker."""

    def __init__(self, store_dir: str | Path, size: int = 2):
        self.ctx = mp.get_context("spawn")
        self.store_dir = str(store_dir)
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        for _ in range(max(1, size)):
            self._add()

    def _add(self) -> None:
        w = _Worker(self.ctx, self.store_dir)
        with self.lock:
            self.all.add(w)
        self.idle.put(w)

    def run(self, text: str, accept: str | None, fmt: str | None, max_rows: int | None, timeout: float):
        """(status, content type, body) for one query."""
        t0 = time.monotonic()
        try:
            w = self.idle.get(timeout=timeout)
        except queue.Empty:
            return 503, "text/plain; charset=utf-8", b"the server is busy; try again\n"
        left = max(0.01, timeout - (time.monotonic() - t0))
        died = False
        try:
            w.conn.send((text, accept, fmt, max_rows))
            if w.conn.poll(left):
                answer = w.conn.recv()
                self.idle.put(w)
                return answer
        except (EOFError, OSError):
            died = True  # the worker process ended (crashed, or killed from outside)
        with self.lock:
            self.all.discard(w)
        w.stop()
        threading.Thread(target=self._add, daemon=True).start()
        if died:
            return (500, "text/plain; charset=utf-8",
                    b"the query worker stopped unexpectedly; it has been replaced, try again\n")
        return (503, "text/plain; charset=utf-8",
                f"the query ran longer than the {timeout:g} s time limit and was stopped\n".encode())

    def close(self) -> None:
        with self.lock:
            workers, self.all = list(self.all), set()
        for w in workers:
            w.stop()


# --- HTTP ------------------------------------------------------------------------------------

_FORM = """<!doctype html><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<h1>kg SPARQL endpoint</h1><p>SPARQL 1.1 Protocol, read-only. kg's prefixes (kg:, e:, schema:, skos:, rdfs:, prov:, nif: …) are predeclared.</p>
<form action="/sparql" method="get"><textarea name="query" rows="10" cols="80">SELECT ?company ?n WHERE {
  ?company a kg:Company ; kg:mentionCount ?n
} ORDER BY DESC(?n) LIMIT 10</textarea><br>
<select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option></select>
<button>Run</button></form><p><a href="/">the graph page</a></p>
"""


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        log.info("%s %s", self.address_string(), fmt % args)

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if status == 405:
            self.send_header("Allow", "GET, POST")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, msg: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (msg.rstrip("\n") + "\n").encode("utf-8"))

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            page = self.server.html
            if page is not None and page.is_file():
                return self._send(200, "text/html; charset=utf-8", page.read_bytes())
            return self._send(200, "text/html; charset=utf-8", _FORM.encode())
        if url.path != "/sparql":
            return self._text(404, f"{url.path}: not here (the endpoint is /sparql)")
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            return self._text(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if "query" not in params:
            return self._send(200, "text/html; charset=utf-8", _FORM.encode())
        self._answer(params["query"][0], params)

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._text(404, f"{url.path}: not here (the endpoint is /sparql)")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._text(400, "bad Content-Length")
        if length > MAX_BODY:
            self.close_connection = True
            return self._text(413, f"the request is larger than {MAX_BODY} bytes")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            return self._text(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if ctype == "application/sparql-query":
            return self._answer(body, params)
        if ctype in ("application/x-www-form-urlencoded", ""):
            params.update(parse_qs(body, keep_blank_values=True))
            if "update" in params:
                return self._text(403, "SPARQL Update is not allowed: this endpoint is read-only")
            if "query" not in params:
                return self._text(400, "no query: send query=… as a form field or an application/sparql-query body")
            return self._answer(params["query"][0], params)
        return self._text(415, f"unsupported Content-Type {ctype!r} (use application/sparql-query or a form)")

    def _answer(self, text: str, params: dict) -> None:
        fmt = (params.get("format") or params.get("output") or [None])[0]
        srv = self.server
        status, ctype, body = srv.pool.run(text, self.headers.get("Accept"), fmt, srv.max_rows, srv.timeout)
        self._send(status, ctype, body)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, pool: WorkerPool, html: Path | None, timeout: float, max_rows: int):
        super().__init__(addr, _Handler)
        self.pool, self.html, self.timeout, self.max_rows = pool, html, timeout, max_rows

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


def prepare_store(graph: str | Path) -> tuple[Path, Path | None, Path | None]:
    """(store folder, kg.html or None, temporary folder to remove or None) for GRAPH."""
    from kg.store import build_store, is_fresh, locate

    st, ttl = locate(graph)
    if st is None and ttl is None:
        raise KgError(f"{graph}: no graph there (run `kg build` first, or name a kg.ttl file)")
    html = Path(graph) / "kg.html" if Path(graph).is_dir() else None
    if st is not None and (ttl is None or is_fresh(st, ttl)):
        return st, html, None
    if st is not None:
        log.warning("%s is older than %s; serving a fresh copy built from the Turtle", st, ttl)
    tmp = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    try:
        return build_store(ttl, tmp / "kg.oxigraph"), html, tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def make_server(graph: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                max_rows: int = 100_000, workers: int = 2) -> tuple[SparqlServer, Path | None]:
    store_dir, html, tmp = prepare_store(graph)
    pool = WorkerPool(store_dir, workers)
    try:
        server = SparqlServer((host, port), pool, html, timeout, max_rows)
    except OSError as exc:
        pool.close()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        raise KgError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    return server, tmp


def serve(graph: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
          max_rows: int = 100_000, workers: int = 2, ready=None) -> None:
    """Serve GRAPH until interrupted. `ready(server)` is called once it listens."""
    server, tmp = make_server(graph, host, port, timeout, max_rows, workers)
    if host not in ("127.0.0.1", "::1", "localhost"):
        log.warning("listening on %s: the endpoint is reachable from other machines", host)
    def _stop(_sig, _frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)
    try:
        if ready:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
