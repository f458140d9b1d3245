"""Stage 3: split a page into articles: title, column, authors, byline, standfirst, captions, body.

Works on the normalized text; every span is (start, end) in it, so it maps back to the original.
The cues (banners, byline form, job titles) come from ontology/layout.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.layout import Layout, load_layout
from kg.normalize import CJK_PUNCT, NormText, is_cjk

_ENUM = re.compile(r"^([一二三四五六七八九十]+、|\d+[)）.、]|[（(]\d+[)）]|[-*•]\s|規律[一二三四五六七八九十]|其[一二三四五六七八九十])")
_SENTENCE_PUNCT = set("。，；！？：,;")


@dataclass
class Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class Byline:
    note: str  # the whole （作者為…） text
    affiliations: list[tuple[str | None, str]]  # (organization or None, role) as printed


@dataclass
class Article:
    index: int  # position on the page, from 1
    title: str
    title_span: tuple[int, int]
    column: str | None = None
    authors: list[str] = field(default_factory=list)
    byline: Byline | None = None
    byline_span: tuple[int, int] | None = None
    standfirst: str | None = None
    standfirst_span: tuple[int, int] | None = None
    captions: list[str] = field(default_factory=list)
    caption_spans: list[tuple[int, int]] = field(default_factory=list)
    body: list[tuple[int, int]] = field(default_factory=list)  # paragraphs


@dataclass
class PageInfo:
    page: str | None = None
    section: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    editor: str | None = None


def split_lines(norm: NormText) -> list[Line]:
    lines = []
    pos = 0
    for raw in norm.text.split("\n"):
        lead = len(raw) - len(raw.lstrip())
        s = raw.strip()
        lines.append(Line(pos + lead, pos + lead + len(s), s))
        pos += len(raw) + 1
    return lines


def _is_name_like(s: str, lo: int, hi: int) -> bool:
    return lo <= len(s) <= hi and all(is_cjk(c) for c in s)


def _is_headline(s: str, layout: Layout) -> bool:
    return (
        4 <= len(s) <= 32
        and not any(c in _SENTENCE_PUNCT for c in s)
        and s not in layout.banners
        and not s.startswith(layout.caption_marks)
        and not _ENUM.match(s)
        and not layout.byline.match(s)
        and not layout.page_header.match(s)
        and not layout.editor.match(s)
        and "\t" not in s
        and not s.startswith(("（", "(", "【", "資料來源"))
        and any(is_cjk(c) for c in s)
    )


def parse_byline(note: str, layout: Layout) -> Byline:
    parts = [p for p in re.split(r"[、，,]", note) if p]
    aff = []
    for part in parts:
        role = next((r for r in layout.roles if part.endswith(r)), None)
        if role is None:
            aff.append((None, part))
            continue
        org = part[: -len(role)] or None
        aff.append((org, role))
    return Byline(note=note, affiliations=aff)


def page_info(lines: list[Line], layout: Layout) -> PageInfo:
    info = PageInfo()
    for ln in lines:
        m = layout.page_header.match(ln.text)
        if m and info.page is None:
            info.page, info.section = m["page"], m["section"]
            y, mo, d = re.findall(r"\d+", m["date"])
            info.date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
        m = layout.editor.match(ln.text)
        if m and info.editor is None:
            info.editor = m["editor"]
    return info


def split_articles(norm: NormText, layout: Layout | None = None) -> tuple[PageInfo, list[Article]]:
    layout = layout or load_layout()
    lines = split_lines(norm)
    info = page_info(lines, layout)
    nonblank = [i for i, ln in enumerate(lines) if not ln.blank]

    def prev_nonblank(i: int, k: int = 1) -> int | None:
        idx = [j for j in nonblank if j < i]
        return idx[-k] if len(idx) >= k else None

    # Column name printed over the author's name: two adjacent short lines with no blank between.
    pairs: dict[int, tuple[str, str]] = {}  # title line -> (column, author)
    pair_lines: set[int] = set()
    for i in range(len(lines) - 1):
        a, b = lines[i].text, lines[i + 1].text
        if _is_name_like(a, 2, 6) and _is_name_like(b, 2, 4) and (i == 0 or lines[i - 1].blank):
            t = prev_nonblank(i)
            if t is not None and i - t <= 6 and _is_headline(lines[t].text, layout):
                pairs[t] = (a, b)
                pair_lines.update((i, i + 1))
    bylines = [i for i, ln in enumerate(lines) if layout.byline.match(ln.text)]

    # Article starts: titles over a column/author pair, plus one title for each byline whose
    # article has none (the first headline-like line after the previous article ended).
    starts = sorted(pairs)
    boundaries = [-1] + bylines
    for k, b in enumerate(bylines):
        lo = boundaries[k]
        if any(lo < s < b for s in starts):
            continue
        for j in range(lo + 1, b):
            if _is_headline(lines[j].text, layout):
                starts.append(j)
                break
    starts = sorted(set(starts))
    if not starts and nonblank:
        # No layout cues at all (a plain article, not a newspaper page): the whole text is one
        # article, titled by its first line.
        starts = [nonblank[0]]

    articles = []
    for n, t in enumerate(starts):
        nxt = starts[n + 1] if n + 1 < len(starts) else len(lines)
        end_byline = next((b for b in bylines if t < b < nxt), None)
        stop = end_byline if end_byline is not None else nxt
        art = Article(index=n + 1, title=lines[t].text, title_span=(lines[t].start, lines[t].end))
        if t in pairs:
            art.column, author = pairs[t]
            art.authors = [author]
        if end_byline is not None:
            ln = lines[end_byline]
            art.byline = parse_byline(layout.byline.match(ln.text)["note"], layout)
            art.byline_span = (ln.start, ln.end)
        # Standfirst: a long paragraph printed just before the title, after the previous article ended.
        prev_close = max([b for b in bylines if b < t], default=-1)
        p = prev_nonblank(t)
        if p is not None and p > max(prev_close, starts[n - 1] if n else -1):
            s = lines[p].text
            if len(s) > 30 and not s.startswith(layout.caption_marks) and s not in layout.banners:
                art.standfirst = s
                art.standfirst_span = (lines[p].start, lines[p].end)
        if len(starts) == 1 and not _is_headline(lines[t].text, layout):
            art.title = lines[t].text[:40]
            art.body.append((lines[t].start, lines[t].end))
        for j in range(t + 1, stop):
            ln = lines[j]
            if ln.blank or j in pair_lines or ln.text in layout.banners:
                continue
            if layout.page_header.match(ln.text) or layout.editor.match(ln.text):
                continue
            if ln.text.startswith(layout.caption_marks):
                _add_caption(art, ln, layout)
                continue
            art.body.append((ln.start, ln.end))
        articles.append(art)
    # Captions printed outside any article's span (top of page) go to the first article.
    first = starts[0] if starts else len(lines)
    for j in range(first):
        ln = lines[j]
        if ln.text.startswith(layout.caption_marks) and articles:
            _add_caption(articles[0], ln, layout, first=True)
    return info, articles


def _add_caption(art: Article, ln: Line, layout: Layout, first: bool = False) -> None:
    text = ln.text.lstrip("".join(layout.caption_marks)).lstrip()
    span = (ln.end - len(text), ln.end)
    at = 0 if first else len(art.captions)
    art.captions.insert(at, text)
    art.caption_spans.insert(at, span)


def article_parts(art: Article) -> list[tuple[str, int, int]]:
    """Every span of the article with its kind, in page order."""
    parts = [("title", *art.title_span)]
    if art.standfirst_span:
        parts.append(("standfirst", *art.standfirst_span))
    parts += [("caption", *sp) for sp in art.caption_spans]
    parts += [("body", *sp) for sp in art.body]
    if art.byline_span:
        parts.append(("byline", *art.byline_span))
    return sorted(parts, key=lambda p: (p[1], p[2]))
