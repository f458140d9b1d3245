"""Where kg finds its data: the ontology folder (lexicon, layout, rules, saved queries)."""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path


def ontology_dir() -> Path:
    """`KG_ONTOLOGY` if set, else the `ontology/` folder shipped with kg."""
    env = os.environ.get("KG_ONTOLOGY")
    if env:
        return Path(env)
    return _shipped_ontology_dir()


@lru_cache(maxsize=1)
def _shipped_ontology_dir() -> Path:
    # looked up once: finders ask for it per page, and resolving the path costs system calls
    here = Path(__file__).resolve().parent
    for cand in (here / "ontology", here.parent / "ontology"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("kg's ontology/ folder is missing (set KG_ONTOLOGY to its path)")


def read_toml(path: str | os.PathLike) -> dict:
    """A data file of ontology/ as a dict, or a one-line error naming the file and the problem."""
    from kg.errors import KgError

    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise KgError(f"{path}: cannot be read ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KgError(f"{path}: not valid TOML ({exc})") from None


def parse_turtle(graph, path: str | os.PathLike) -> None:
    """Add a Turtle data file of ontology/ to an rdflib graph, or a one-line error naming it."""
    from kg.errors import KgError

    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises BadSyntax, UnicodeDecodeError, OSError …
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise KgError(f"{path}: not valid Turtle ({first[:200]})") from None


def file_stamp(path: str | os.PathLike, error: type | None = None) -> int:
    """The modification time of a data file (to cache what is read from it), or a one-line error
    naming the file when it cannot be read."""
    from kg.errors import KgError

    try:
        return Path(path).stat().st_mtime_ns
    except OSError as exc:
        raise (error or KgError)(f"{path}: cannot be read ({exc.strerror})") from None


# Checked settings of a data file's table: each a one-line error naming `where` (file and table) and
# the key when the value has the wrong type. `error` is the KgError subclass to raise.

def setting_int(spec: dict, key: str, default: int, where: str, error: type | None = None) -> int:
    from kg.errors import KgError

    v = spec.get(key, default)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise (error or KgError)(f"{where}: `{key}` must be a whole number (0 or more), not {v!r}")
    return v


def setting_float(spec: dict, key: str, default: float, where: str, error: type | None = None) -> float:
    from kg.errors import KgError

    v = spec.get(key, default)
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise (error or KgError)(f"{where}: `{key}` must be a number, not {v!r}")
    return float(v)


def setting_bool(spec: dict, key: str, default: bool, where: str, error: type | None = None) -> bool:
    from kg.errors import KgError

    v = spec.get(key, default)
    if not isinstance(v, bool):
        raise (error or KgError)(f"{where}: `{key}` must be true or false, not {v!r}")
    return v


def setting_words(spec: dict, key: str, default: list, where: str, error: type | None = None) -> list[str]:
    from kg.errors import KgError

    v = spec.get(key, default)
    if not isinstance(v, list) or not all(isinstance(w, str) and w for w in v):
        raise (error or KgError)(f"{where}: `{key}` must be a list of words")
    return v
