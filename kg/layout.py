"""Load the page-layout cues (ontology/layout.toml): banners, bylines, job titles."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from kg.paths import ontology_dir


@dataclass(frozen=True)
class Layout:
    banners: frozenset
    page_header: re.Pattern
    editor: re.Pattern
    byline: re.Pattern
    caption_marks: tuple
    roles: tuple  # longest first
    company_suffixes: tuple
    generic_organizations: frozenset


@lru_cache(maxsize=None)
def load_layout(path: str | None = None) -> Layout:
    p = ontology_dir() / "layout.toml" if path is None else path
    with open(p, "rb") as fh:
        d = tomllib.load(fh)
    return Layout(
        banners=frozenset(d["banners"]),
        page_header=re.compile(d["page_header"]),
        editor=re.compile(d["editor"]),
        byline=re.compile(d["byline"]),
        caption_marks=tuple(d["caption_marks"]),
        roles=tuple(sorted(set(d["roles"]), key=len, reverse=True)),
        company_suffixes=tuple(d["company_suffixes"]),
        generic_organizations=frozenset(d["generic_organizations"]),
    )
