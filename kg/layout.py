"""Load the page-layout cues (ontology/layout.toml): banners, bylines, job titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.paths import ontology_dir, read_toml


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
    name_separators: str = "、"
    end_marks: frozenset = frozenset()
    source_marks: tuple = ()
    role_qualifiers: tuple = ()
    parent_bodies: tuple = ()


@lru_cache(maxsize=None)
def load_layout(path: str | None = None) -> Layout:
    p = ontology_dir() / "layout.toml" if path is None else path
    d = read_toml(p)
    return Layout(
        banners=frozenset(d["banners"]),
        page_header=re.compile(d["page_header"]),
        editor=re.compile(d["editor"]),
        byline=re.compile(d["byline"]),
        caption_marks=tuple(d["caption_marks"]),
        roles=tuple(sorted(set(d["roles"]), key=len, reverse=True)),
        company_suffixes=tuple(d["company_suffixes"]),
        generic_organizations=frozenset(d["generic_organizations"]),
        name_separators=d.get("name_separators", "、"),
        end_marks=frozenset(d.get("end_marks", ())),
        source_marks=tuple(d.get("source_marks", ())),
        role_qualifiers=tuple(sorted(d.get("role_qualifiers", ()), key=len, reverse=True)),
        parent_bodies=tuple(sorted(d.get("parent_bodies", ()), key=len, reverse=True)),
    )
