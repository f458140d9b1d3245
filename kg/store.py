"""The embedded query store: an Oxigraph (pyoxigraph) database built next to kg.ttl.

`kg build` writes OUT/kg.ttl and then OUT/kg.oxigraph/, a persistent store holding the same
triples, so `kg query` and `kg serve` open it in milliseconds instead of re-parsing the Turtle.
The store is a cache derived from kg.ttl: kg.ttl stays the canonical, byte-stable output, and
the store records which kg.ttl it was built from (size and modification time) so a stale store
is noticed and not trusted.

The store is built in a temporary folder beside its final place and renamed into place, so a
reader sees the old store or the new one, never a half-written one. Readers open it read-only
(`Store.read_only`), which any number of processes may do at once.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError

log = logging.getLogger("kg")

STORE_DIR = "kg.oxigraph"
STAMP = "kg-source.json"  # beside the store's own files: which kg.ttl it holds


def _source_stamp(ttl: Path) -> dict:
    st = ttl.stat()
    return {"source": ttl.name, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def build_store(ttl: str | Path, dest: str | Path | None = None) -> Path:
    """Load `ttl` into a new Oxigraph store at `dest` (default: kg.oxigraph beside it), atomically."""
    ttl = Path(ttl)
    dest = Path(dest) if dest else ttl.parent / STORE_DIR
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; the store is as readable as kg.ttl's folder
    try:
        store = ox.Store(str(tmp / "db"))
        try:
            store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        except SyntaxError as exc:
            raise KgError(f"{ttl}: not valid Turtle: {str(exc).splitlines()[0]}") from None
        store.flush()
        store.optimize()
        del store
        (tmp / STAMP).write_text(json.dumps(_source_stamp(ttl)) + "\n", encoding="utf-8")
        _swap_in(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


def _swap_in(new: Path, dest: Path) -> None:
    """Put folder `new` at `dest`. Two renames; the old store is removed only after the swap."""
    if not dest.exists():
        os.replace(new, dest)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".old", dir=dest.parent))
    os.rmdir(old)
    os.replace(dest, old)
    os.replace(new, dest)
    shutil.rmtree(old, ignore_errors=True)


def store_path(folder: str | Path) -> Path:
    return Path(folder) / STORE_DIR


def is_fresh(store_dir: Path, ttl: Path) -> bool:
    """True when `store_dir` is a complete store built from the current `ttl`."""
    try:
        stamp = json.loads((store_dir / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not (store_dir / "db").is_dir():
        return False
    if not ttl.is_file():
        return True  # the store alone (kg.ttl moved away) is still a whole graph
    return stamp == _source_stamp(ttl)


def open_store(store_dir: str | Path) -> ox.Store:
    """Open a built store read-only (several processes may do so at once)."""
    try:
        return ox.Store.read_only(str(Path(store_dir) / "db"))
    except OSError as exc:
        raise KgError(f"{store_dir}: cannot open the store ({str(exc).splitlines()[0]})") from None


def memory_store(ttl: str | Path) -> ox.Store:
    """An in-memory Oxigraph store of a Turtle file (when there is no built store)."""
    store = ox.Store()
    try:
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise KgError(f"{ttl}: not valid Turtle: {str(exc).splitlines()[0]}") from None
    except OSError as exc:
        raise KgError(f"{ttl}: cannot read ({exc.strerror or exc})") from None
    return store


def locate(graph: str | Path) -> tuple[Path | None, Path | None]:
    """(store folder, Turtle file) for GRAPH: a build folder, a kg.oxigraph folder or a .ttl file."""
    p = Path(graph)
    if p.is_dir():
        if (p / STAMP).is_file() or (p / "db").is_dir():
            return p, None
        st, ttl = p / STORE_DIR, p / "kg.ttl"
        return (st if st.is_dir() else None), (ttl if ttl.is_file() else None)
    if p.is_file():
        return None, p
    return None, None


def open_graph(graph: str | Path) -> ox.Store:
    """The store to answer questions about GRAPH: its built store if fresh, else its Turtle, parsed."""
    st, ttl = locate(graph)
    if st is None and ttl is None:
        raise KgError(f"{graph}: no graph there (run `kg build` first, or name a kg.ttl file)")
    if st is not None:
        if ttl is None or is_fresh(st, ttl):
            return open_store(st)
        log.warning("%s is older than %s; answering from the Turtle (run `kg build` to refresh the store)", st, ttl)
    return memory_store(ttl)
