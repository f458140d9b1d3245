"""Where kg finds its data: the ontology folder (lexicon, layout, rules, saved queries)."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


def ontology_dir() -> Path:
    """`KG_ONTOLOGY` if set, else the `ontology/` folder shipped with kg."""
    env = os.environ.get("KG_ONTOLOGY")
    if env:
        return Path(env)
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
