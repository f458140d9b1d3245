"""Load the page-layout cues (ontology/layout.toml): banners, bylines, job titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.paths import ontology_dir, read_toml
from kg.util import word_alt as _alt


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
    credits: "CreditCues | None" = None
    plain: "PlainTitleCues | None" = None  # BYLINE: a plain web page's title line and lone author name


@dataclass(frozen=True)
class PlainTitleCues:
    """BYLINE: how a plain web page (no newspaper layout cues) prints its title (layout.toml [plain_title])."""
    min_chars: int
    max_chars: int
    min_cjk: int
    not_title: re.Pattern  # matched (search) against the line's matching form: no title
    skip: re.Pattern  # a line printed over the title (a date line): the title may come next
    column_marks: str  # what separates a column name from the title in a title line (|, 丨)
    column_max: int  # a part of the title line this short, before or after the title, is a column's name
    column_ends: tuple  # a part ending like this (專欄) is a column's name whatever its length
    lone_name: bool  # a line holding one name alone right under the title names its author


@dataclass(frozen=True)
class CreditCues:
    """How reporters' and editors' credits are printed (layout.toml [credits]), in the matching form."""
    writing_roles: frozenset
    editing_roles: frozenset
    role_re: re.Pattern  # a role word, longest first
    outlet_ends: tuple  # longest first
    bracket_outlet_ends: tuple
    separators: str
    stop_words: frozenset
    stop_endings: tuple = ()
    photo_endings: tuple = ()
    glued_re: re.Pattern | None = None  # a name run on into the report's place and day: group 1 the run
    not_name_ends: tuple = ()
    other_roles: frozenset = frozenset()  # roles whose names get no relation (审核, 视频, 海报)
    house_roles: frozenset = frozenset()  # roles of the page outlet's own staff (本報記者, 編輯)
    tag_outlet_ends: tuple = ()
    not_outlet_starts: tuple = ()
    not_outlets: frozenset = frozenset()
    outlet_openers: tuple = ()  # longest first
    name_cut_ends: tuple = ()  # longest first
    book_roles: frozenset = frozenset()
    book_words: tuple = ()
    book_window: int = 40
    book_title_outlets: tuple = ()  # BYLINE: 《某某》雜誌: a periodical's name in title marks, no book
    # PRESS: outlets printed in credits whose names do not end like one or are too short for the endings
    # (明報記者 甲, 芯東西作者 乙), longest first; and the line of an outlet and one name opening the article
    # (某某網 甲 1月2日)
    outlet_names: tuple = ()
    name_line_re: re.Pattern | None = None
    name_line_not_names: re.Pattern | None = None  # 中国日报 周三: a weekday or an edition, no name
    # BYLINE: other forms of one writer's name opening a paragraph (【某某快報/甲】, 20240524甲/綜合外電報導)
    name_forms: tuple = ()


def _credit_cues(d: dict) -> CreditCues | None:
    if not d:
        return None
    writing, editing, other = d.get("writing_roles", []), d.get("editing_roles", []), d.get("other_roles", [])
    return CreditCues(
        writing_roles=frozenset(writing),
        editing_roles=frozenset(editing),
        role_re=re.compile(_alt(writing + editing + other)),
        outlet_ends=tuple(sorted(set(d.get("outlet_ends", [])), key=len, reverse=True)),
        bracket_outlet_ends=tuple(sorted(set(d.get("bracket_outlet_ends", [])), key=len, reverse=True)),
        separators=d.get("separators", " \t|/:"),
        stop_words=frozenset(d.get("stop_words", [])),
        stop_endings=tuple(d.get("stop_endings", [])),
        photo_endings=tuple(d.get("photo_endings", [])),
        glued_re=re.compile(f"([\\u4e00-\\u9fff·]{{2,8}}?)(?:{d['glued_ends']})") if d.get("glued_ends") else None,
        not_name_ends=tuple(d.get("not_name_ends", [])),
        other_roles=frozenset(other),
        house_roles=frozenset(d.get("house_roles", [])),
        tag_outlet_ends=tuple(sorted(set(d.get("tag_outlet_ends", [])), key=len, reverse=True)),
        not_outlet_starts=tuple(d.get("not_outlet_starts", [])),
        not_outlets=frozenset(d.get("not_outlets", [])),
        outlet_openers=tuple(sorted(set(d.get("outlet_openers", [])), key=len, reverse=True)),
        name_cut_ends=tuple(sorted(set(d.get("name_cut_ends", [])), key=len, reverse=True)),
        book_roles=frozenset(d.get("book_roles", [])),
        book_words=tuple(d.get("book_words", [])),
        book_window=int(d.get("book_window", 40)),
        book_title_outlets=tuple(d.get("book_title_outlets", [])),
        outlet_names=tuple(sorted(set(d.get("outlet_names", [])), key=len, reverse=True)),
        name_line_re=re.compile(d["name_line"]) if d.get("name_line") else None,
        name_line_not_names=re.compile(d["name_line_not_names"]) if d.get("name_line_not_names") else None,
        name_forms=tuple(re.compile(r) for r in d.get("name_forms", [])),
    )


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
        credits=_credit_cues(d.get("credits", {})),
        plain=_plain_cues(d.get("plain_title", {})),
    )


def _plain_cues(d: dict) -> PlainTitleCues | None:
    if not d:
        return None
    return PlainTitleCues(
        min_chars=int(d.get("min_chars", 6)),
        max_chars=int(d.get("max_chars", 64)),
        min_cjk=int(d.get("min_cjk", 4)),
        not_title=re.compile("|".join(f"(?:{r})" for r in d.get("not_title", [])) or "(?!)"),
        skip=re.compile("|".join(f"(?:{r})" for r in d.get("skip", [])) or "(?!)"),
        column_marks=d.get("column_marks", "|丨"),
        column_max=int(d.get("column_max", 6)),
        column_ends=tuple(d.get("column_ends", [])),
        lone_name=bool(d.get("lone_name", False)),
    )
