"""Stage 3: split a page into articles: title, column, authors, byline, standfirst, captions, body.

Works on the normalized text; every span is (start, end) in it, so it maps back to the original.
The cues (banners, byline form, job titles) come from ontology/layout.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.layout import CreditCues, Layout, load_layout
from kg.normalize import NormText, is_cjk, to_key

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
class Affiliation:
    org: str | None  # the organization's name, without qualifiers (None when only a role is printed)
    role: str  # as printed, with its qualifier: 總裁, 原副主任
    printed: str  # the whole part of the byline: 全國政協原文化文史和學習委員會副主任
    org_span: tuple[int, int] | None = None  # where `org`'s first character..last character are printed
    qualifier: str | None = None  # 原, 前 …
    generic: bool = False  # the organization is named only generically (外資投資基金): no node for it


@dataclass
class Byline:
    note: str  # the （作者為…） text after 為
    affiliations: list[Affiliation]
    names: list[str] = field(default_factory=list)  # names printed in the byline itself
    name_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Credit:
    """One role's names in a reporters' or editors' credit (記者 甲 乙 / 編輯:甲 某某財經 / (某社記者甲台北27日電))."""
    role: str  # as printed, in the matching form: 记者, 实习生, 编辑
    writes: bool  # a reporter or writer of the article, not an editor
    names: list[tuple[int, int]]  # where each name is printed
    span: tuple[int, int]  # the whole credit as printed: the evidence
    outlet_span: tuple[int, int] | None = None  # the outlet printed in the credit or in its dateline
    glued: bool = False  # the name runs on into the dateline's place (甲台北27日電): the place not cut off yet
    staff: bool = True  # a writer's or an editor's role (not 審核, 視頻, 海報 or a label the cues do not list)
    house: bool = False  # a role of the page outlet's own staff (本報記者, 編輯): may take the page's outlet
    at: int = 0  # where the credit line read with this one starts: all its credits stand or fall together
    ok: bool = True  # False when one of the credit line's names is no name (kg.recognize.credit_mentions)


@dataclass
class Article:
    index: int  # position on the page, from 1 (order of the titles)
    title: str
    title_span: tuple[int, int]
    column: str | None = None
    column_span: tuple[int, int] | None = None
    authors: list[str] = field(default_factory=list)
    author_spans: list[tuple[int, int]] = field(default_factory=list)
    byline: Byline | None = None
    byline_span: tuple[int, int] | None = None
    standfirst: str | None = None
    standfirst_span: tuple[int, int] | None = None
    captions: list[str] = field(default_factory=list)
    caption_spans: list[tuple[int, int]] = field(default_factory=list)
    body: list[tuple[int, int]] = field(default_factory=list)  # paragraphs and sub-headings, in reading order
    tables: list[tuple[int, int]] = field(default_factory=list)  # table rows
    credits: list[Credit] = field(default_factory=list)  # reporters' and editors' credits (find_credits)
    outlets: list[tuple[int, int]] = field(default_factory=list)  # outlets printed in credits and datelines
    # the outlet of a dateline of the outlet's own report (某某網9月28日訊) opening the article: the staff
    # credited with no outlet of their own (編輯/甲) work for it
    dateline_outlet: tuple[int, int] | None = None
    titled: bool = True  # False when the page prints no title and the first line stands for one
    _open: bool = field(default=False, repr=False)  # last paragraph breaks off mid-sentence
    _heading: bool = field(default=True, repr=False)  # last line read was a title or sub-heading

    @property
    def roles(self) -> list[str]:
        """The byline's roles as printed (總裁, 外資投資基金董事總經理 when no organization is named)."""
        if not self.byline:
            return []
        return [a.printed if a.org is None or a.generic else a.role for a in self.byline.affiliations]

    def author_roles(self) -> dict[str, str]:
        """Each author's affiliation as printed in the byline (name → 中信建投證券首席宏觀分析師)."""
        if not self.byline:
            return {}
        note = "、".join(a.printed for a in self.byline.affiliations)
        return {a: note for a in self.authors}


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


def _split_qualifier(org: str, layout: Layout) -> tuple[str, str | None]:
    """全國政協原文化文史和學習委員會 → (全國政協文化文史和學習委員會, 原): a qualifier printed at the start
    of the organization text, or right after a parent body named in layout.toml, qualifies the role."""
    key = to_key(org)
    for q in layout.role_qualifiers:
        if key.startswith(to_key(q)) and len(org) > len(q) + 1:
            return org[len(q):], org[:len(q)]
        for parent in layout.parent_bodies:
            if key.startswith(to_key(parent + q)) and len(org) > len(parent) + len(q) + 1:
                return org[:len(parent)] + org[len(parent) + len(q):], org[len(parent):len(parent) + len(q)]
    return org, None


def parse_byline(text: str, layout: Layout, start: int = 0) -> Byline:
    """Read a byline line (（作者為…）) printed at `start`: names, organizations and roles as printed."""
    m = layout.byline.match(text)
    if m is None:
        raise ValueError(f"not a byline: {text}")
    note = m["note"]
    names, name_spans = [], []
    if m["names"]:
        pos = m.start("names")
        for part in re.split(f"([{re.escape(layout.name_separators)}])", m["names"]):
            if part and part not in layout.name_separators:
                names.append(part)
                name_spans.append((start + pos, start + pos + len(part)))
            pos += len(part)
    aff = []
    pos = m.start("note")
    for part in re.split(r"([、，,；;])", note):
        if not part or part in "、，,；;":
            pos += len(part)
            continue
        key = to_key(part)
        role = next((part[len(part) - len(r):] for r in layout.roles if key.endswith(to_key(r))), None)
        if role is None or len(part) == len(role):
            aff.append(Affiliation(None, part, part))
        else:
            printed_org = part[: -len(role)]
            org, q = _split_qualifier(printed_org, layout)
            span = (start + pos, start + pos + len(printed_org))
            aff.append(Affiliation(org, (q or "") + role, part, span, q, to_key(org) in {to_key(g) for g in layout.generic_organizations}))
        pos += len(part)
    return Byline(note=note, affiliations=aff, names=names, name_spans=name_spans)


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


def _classify(s: str, layout: Layout) -> str:
    if not s:
        return "blank"
    if s in layout.banners:
        return "banner"
    if layout.page_header.match(s):
        return "header"
    if layout.editor.match(s):
        return "editor"
    if s in layout.end_marks:
        return "end"
    if layout.byline.match(s):
        return "byline"
    if s.startswith(layout.caption_marks):
        return "caption"
    if s.startswith(layout.source_marks):
        return "source"
    if "\t" in s:
        return "table"
    if layout.credits and len(s) <= 60 and _credit_line(s, layout.credits):
        return "credit"  # 記者丨甲 編輯丨乙, 某某新聞記者 | 甲: no title, no sub-heading
    if _is_headline(s, layout):
        return "headline"
    if _ENUM.match(s) and len(s) <= 32 and not any(c in "。；！？" for c in s):
        return "subhead"  # 一、高精度軍事仿真
    return "body"


@lru_cache(maxsize=256)
def _bigrams(s: str) -> frozenset[str]:
    s = "".join(c for c in s if c.isalnum() or is_cjk(c))
    return frozenset(s[i:i + 2] for i in range(len(s) - 1))


def split_articles(norm: NormText, layout: Layout | None = None) -> tuple[PageInfo, list[Article]]:
    """Split a page into its articles, in the order their titles are printed.

    1. Each line is classified (header, banner, byline, caption, table row, headline, text).
    2. Titles: a headline over a column-name / author-name pair, and, for each byline whose article
       has no title yet, the first headline after the previous byline.
    3. The text is read in order, each paragraph going to the article being read. A byline closes
       that article and the reader resumes the most recent article still open. A paragraph that
       breaks off mid-sentence while another article is open continues elsewhere: the text after it
       belongs to that other article (a page whose articles are interleaved).
    4. What is printed outside every article (standfirsts over a title, captions at the top, chart
       titles and column labels at the end of the page) goes to the article it shares most text with.
    """
    layout = layout or load_layout()
    text = norm.text
    lines = split_lines(norm)
    info = page_info(lines, layout)
    kinds = [_classify(ln.text, layout) for ln in lines]
    nonblank = [i for i, k in enumerate(kinds) if k != "blank"]
    nxt = dict(zip(nonblank, nonblank[1:]))
    prv = dict(zip(nonblank[1:], nonblank))

    # Column name over author name: two adjacent short name-like lines standing apart.
    pairs: dict[int, tuple[int, int]] = {}
    for i in range(len(lines) - 1):
        a, b = lines[i].text, lines[i + 1].text
        if (_is_name_like(a, 2, 6) and _is_name_like(b, 2, 4) and (i == 0 or kinds[i - 1] == "blank")
                and (i + 2 >= len(lines) or kinds[i + 2] == "blank")):
            pairs[i] = (i, i + 1)
            kinds[i] = kinds[i + 1] = "pair"
    # A headline right over a table is the table's title.
    for i in nonblank:
        if kinds[i] == "headline" and kinds[nxt.get(i, i)] == "table":
            kinds[i] = "table_title"

    titles: dict[int, int | None] = {}  # title line -> its pair's first line
    for i in pairs:
        p = prv.get(i)
        while p is not None and kinds[p] in ("banner", "header", "editor"):
            p = prv.get(p)
        if p is not None and kinds[p] == "headline" and i - p <= 6:
            titles[p] = i
    bylines = [i for i in nonblank if kinds[i] == "byline"]
    open_count, prev_b = 0, -1
    for b in bylines:
        in_segment = [t for t in titles if prev_b < t < b]
        open_count += len(in_segment)
        if not in_segment and open_count == 0:
            first = next((j for j in range(prev_b + 1, b) if kinds[j] == "headline"), None)
            if first is not None:
                titles[first] = None
                open_count += 1
        open_count = max(open_count - 1, 0)
        prev_b = b
    plain: dict[int, tuple] = {}  # BYLINE: a plain page's title line -> its title and column as printed
    lone: list[int] = []  # BYLINE: a name alone on the line under a plain page's title
    if not titles and nonblank:
        # No layout cues at all (a plain article, not a newspaper page): one article, titled by its
        # first line (a credit line printed over it is no title).
        first = next((i for i in nonblank if kinds[i] != "credit"), nonblank[0])
        found = _plain_title_line(norm, lines, kinds, nonblank, nxt, first, layout)  # BYLINE
        if found is not None:
            for j in nonblank:
                if first <= j < found[0] and kinds[j] != "credit":
                    kinds[j] = "pre"  # a date line or a caption over the title: text, as it was read before
            # a line read as the text's start before (not a headline) stays in the text too, as it was
            first, plain[first] = found[0], found[1:] + (kinds[found[0]] != "headline",)
            kinds[first] = "headline"
            j = nxt.get(first)
            if (layout.plain.lone_name and j is not None and _is_name_like(lines[j].text, 2, 4)
                    and (j + 1 >= len(lines) or kinds[j + 1] == "blank")):
                kinds[j] = "credit"  # 標題 / 甲 / (blank): the title's author, read in find_credits
                lone.append(j)
        elif layout.plain and kinds[first] == "headline" and layout.plain.not_title.search(to_key(lines[first].text)):
            kinds[first] = "first"  # BYLINE: a credit or date line printed where a title would be: no title
        titles[first] = None
        if kinds[first] != "headline":
            kinds[first] = "first"

    articles: list[Article] = []
    open_: list[Article] = []
    current: Article | None = None
    floating: list[tuple[int, str]] = []  # (line, kind) printed outside every article
    last_closed: dict[int, Article] = {}  # byline line -> the article it closed
    pending: list[tuple[int, int]] = []  # credit lines printed before the first title
    for i in nonblank:
        ln, k = lines[i], kinds[i]
        if k in ("banner", "header", "editor", "end"):
            continue
        if i in titles:
            title = ln.text if k != "first" else ln.text[:40]
            art = Article(index=len(articles) + 1, title=title, title_span=(ln.start, ln.end))
            if i in plain:  # BYLINE: the title as printed (spaces kept), its column printed apart
                art.title, art.title_span, art.column, art.column_span, in_text = plain[i]
                if in_text:
                    art.body.append((ln.start, ln.end))
            art.body.extend(pending)
            pending = []
            if k == "first":
                art.body.append((ln.start, ln.end))
                art.titled = False
            if titles[i] is not None:
                c, a = lines[titles[i]], lines[titles[i] + 1]
                art.column, art.column_span = c.text, (c.start, c.end)
                art.authors.append(a.text)
                art.author_spans.append((a.start, a.end))
            articles.append(art)
            open_.append(art)
            current = art
            continue
        if k == "pair" and any(titles.get(t) in (i, i - 1) for t in titles):
            continue  # the column and author under a title
        if k == "byline":
            target = current
            if target is None:
                floating.append((i, k))
                continue
            target.byline = parse_byline(ln.text, layout, ln.start)
            target.byline_span = (ln.start, ln.end)
            for name, span in zip(target.byline.names, target.byline.name_spans):
                if name not in target.authors:
                    target.authors.append(name)
                    target.author_spans.append(span)
            open_.remove(target)
            last_closed[i] = target
            current = open_[-1] if open_ else None
            continue
        if k in ("credit", "pre"):
            # A credit line goes with the article it is printed in, or over (no title printed above it).
            if current is None:
                pending.append((ln.start, ln.end))
            else:
                current.body.append((ln.start, ln.end))
            continue
        if current is None or k == "pair":
            floating.append((i, k))
            continue
        if k in ("caption", "source", "table_title"):
            _add_caption(current, ln, layout)
            continue
        if k == "table":
            current.tables.append((ln.start, ln.end))
            continue
        if k == "subhead":
            current.body.append((ln.start, ln.end))
            current._open, current._heading = False, True
            continue
        if k == "headline":
            if current._open:
                _add_caption(current, ln, layout)  # a chart title printed inside a broken paragraph
                continue
            if not current._heading:
                current.body.append((ln.start, ln.end))  # a sub-heading
                current._heading = True
                continue
            # A headline-like line right under a heading is the start of a paragraph.
        if current._open and len(open_) > 1:
            # This article's text breaks off here and resumes later: the paragraph belongs to the
            # article that was open before it.
            at = open_.index(current)
            current = open_[at - 1] if at > 0 else open_[-2]
        current.body.append((ln.start, ln.end))
        current._open = not _ends_paragraph(ln.text)
        current._heading = False
    _place_floating(text, lines, kinds, floating, articles, titles, last_closed, nxt, layout)
    for art in articles:
        art.body.sort()
        art.tables.sort()
        if layout.credits:
            find_credits(norm.key, art, layout.credits)
    for j in lone:  # BYLINE: the name under the title (kg.recognize.credit_mentions checks it is one)
        ln = lines[j]
        art = next((a for a in articles if (ln.start, ln.end) in a.body), None)
        if art is not None:
            art.credits.append(Credit("", True, [(ln.start, ln.end)], (ln.start, ln.end), at=ln.start))
    return info, articles


# -- BYLINE: a plain web page's title -------------------------------------------------------------------

def _plain_title_line(norm: NormText, lines: list[Line], kinds: list[str], nonblank: list[int], nxt: dict,
                      first: int, layout: Layout) -> tuple | None:
    """The title line of a plain page (layout.toml [plain_title]): the first line that is not a credit, or
    the one after a date line printed over it, when it reads as a title. Returns (line, title, title span,
    column, column span), the title and column as printed (spaces kept); None when the page prints no title
    kg can tell (a paragraph, a caption, a credit or a date line comes first)."""
    cues = layout.plain
    if cues is None:
        return None
    i = first
    if cues.skip.search(to_key(lines[i].text)):
        i = nxt.get(i)
        while i is not None and kinds[i] == "credit":
            i = nxt.get(i)
        if i is None:
            return None
    ln = lines[i]
    s = ln.text
    if cues.not_title.search(to_key(s)):
        return None
    if kinds[i] != "headline" and (not cues.min_chars <= len(s.replace(" ", "")) <= cues.max_chars
                                   or sum(map(is_cjk, s)) < cues.min_cjk or s.startswith(layout.caption_marks)
                                   or _ENUM.match(s)):
        return None  # (a headline, 4–32 characters and no sentence's punctuation, is a title as before)
    (a, b), column = _title_column(s, cues), None
    if (a, b) != (0, len(s)):
        parts = [(x, y) for x, y in ((0, a), (b, len(s))) if s[x:y].strip(cues.column_marks + " ")]
        x, y = parts[0]
        while s[x] in cues.column_marks + " ":
            x += 1
        while s[y - 1] in cues.column_marks + " ":
            y -= 1
        column = (ln.start + x, ln.start + y)
    span = (ln.start + a, ln.start + b)
    title = norm.orig_text(*span).strip()
    return i, title, span, (norm.orig_text(*column).strip() if column else None), column


def _title_column(s: str, cues) -> tuple[int, int]:
    """Where the title is in a title line naming its column (寒武紀 | FOCUS | 標題, 標題|某某專欄): the one
    part that is not a column's name (short, or ending like one), else the whole line."""
    parts, pos = [], 0
    for m in re.finditer(f"[{re.escape(cues.column_marks)}]", s):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(s)))
    if len(parts) < 2:
        return 0, len(s)

    def is_column(p):
        w = to_key(s[p[0]:p[1]].strip())
        return bool(w) and (len(w) <= cues.column_max or w.endswith(cues.column_ends))

    rest = [p for p in parts if not is_column(p)]
    if len(rest) != 1:
        return 0, len(s)
    a, b = rest[0]
    while a < b and s[a] == " ":
        a += 1
    while b > a and s[b - 1] == " ":
        b -= 1
    return a, b


# -- reporters' and editors' credits ------------------------------------------------------------------

_OPENERS = "([【〔"
_CLOSERS = ")]】〕"
# Marks that open a credit inside a caption or a paragraph (…。◆某某報記者 甲).
_CREDIT_MARKS = "◆◇■□●○▲△★☆"
_PICTURE_MARKS = "▲△"  # a caption under a picture (▲記者 甲 攝於…)


@lru_cache(maxsize=8)
def _credit_res(cues: CreditCues) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    ends = "|".join(re.escape(e) for e in cues.outlet_ends)
    bends = "|".join(re.escape(e) for e in cues.outlet_ends + cues.bracket_outlet_ends)
    before = re.escape(_OPENERS + _CREDIT_MARKS) + r"\s。！？!?;；"
    # an outlet listed by name (明報, 芯東西: layout.toml outlet_names), else a word ending like one
    named = "".join(re.escape(n) + "|" for n in cues.outlet_names)
    # (outlet)? role, starting at a line start, a bracket, a mark, a space or a sentence end
    # (BYLINE: or right after a date, the space between dropped: 時間:2025-09-15 作者:甲)
    # (BYLINE: the outlet may stand apart from the role after a slash: 某某日報／ 記者甲)
    start = re.compile(rf"(?:(?<![^{before}])|(?<=\d{{4}}-\d\d-\d\d))(?:(?P<outlet>{named}[0-9a-z\u4e00-\u9fff]{{1,10}}?(?:{ends}))(?:/[ \t]*)?)?(?P<role>{cues.role_re.pattern})")
    # (the three below are matched at a paragraph's start)
    # an outlet's dateline opening a paragraph: 某某網9月28日訊, 某報北京5日電
    dateline = re.compile(rf"[ \t]*(?P<outlet>[0-9a-z\u4e00-\u9fff]{{1,10}}?(?:{ends}))(?:[\u4e00-\u9fff]{{2,4}})?"
                          rf"(?:\d{{1,2}}月)?\d{{1,2}}日(?P<kind>讯|电)")
    # …or in black brackets with its full date: 【某某台 2024年03月19日訊】 (spaces are dropped in the text)
    bracketed = re.compile(rf"[ \t]*【[ \t]*(?P<outlet>[0-9a-z\u4e00-\u9fff]{{1,10}}?(?:{bends}))[ \t]*\d{{4}}[ \t]*年"
                           rf"[ \t]*\d{{1,2}}[ \t]*月[ \t]*\d{{1,2}}[ \t]*日[ \t]*(?P<kind>讯|电|消息)")
    # …or alone in black brackets: 【某某新聞台】
    tag = re.compile(rf"[ \t]*【(?P<outlet>[0-9a-z\u4e00-\u9fff]{{1,10}}?(?:{ends}))】")
    return start, dateline, bracketed, tag


_LABEL_MARKS = ":丨|"
_COUNTED = re.compile(r"([\u4e00-\u9fff·]{2,4})?\d{1,6}")  # BYLINE: a name and a counter at a credit line's end


def _strip_opener(key: str, span: tuple[int, int], cues: CreditCues) -> tuple[int, int]:
    """據新華社, 綜合路透社: the outlet without the word opening the dateline."""
    a, b = span
    w = next((w for w in cues.outlet_openers if key.startswith(w, a) and b - a > len(w)), None)
    return (a + len(w), b) if w else span


def _outlet_ok(key: str, span: tuple[int, int], cues: CreditCues, ends: tuple = ()) -> bool:
    """An outlet's own name: ending like one, not 本報 / 該社 (the page's own), not opened by 據 / 綜合."""
    word = key[span[0]:span[1]]
    if word.startswith(cues.not_outlet_starts) or word.startswith(cues.outlet_openers) or word in cues.not_outlets:
        return False
    if word in cues.outlet_names:
        return True
    if ends:
        end = next((e for e in ends if word.endswith(e)), None)
        return end is not None and len(word) - len(end) >= 2
    return _outlet_like(word, cues)


def _outlet_like(word: str, cues: CreditCues) -> bool:
    """某某財經, 某某社: a word ending like an outlet, with at least two characters before the ending, or an
    outlet listed by name (明報)."""
    if word in cues.outlet_names:
        return True
    end = next((e for e in cues.outlet_ends if word.endswith(e)), None)
    return end is not None and len(word) - len(end) >= 2


def _name_like(word: str) -> bool:
    return 2 <= len(word) <= 4 and all(is_cjk(c) or c == "·" for c in word) and word[0] != "·" and word[-1] != "·"


def _token_end(key: str, i: int, end: int) -> int:
    while i < end and (is_cjk(key[i]) or key[i].isalnum() or key[i] == "·") and key[i] != "丨":
        i += 1
    return i


def _parse_credit(key: str, m: re.Match, end: int, cues: CreditCues) -> list[Credit]:
    """The credits from the role matched by `m` on: roles, names and an outlet up to the credit's closing
    bracket, the line end or a metadata word. Nothing if anything else is printed there."""
    opened = m.start() > 0 and key[m.start() - 1] in _OPENERS
    groups: list[tuple[str, list[tuple[int, int]], bool]] = []
    role, names, glued = m["role"], [], False
    outlet = m.span("outlet") if m["outlet"] else None
    if outlet and not _outlet_like(m["outlet"], cues):
        rm = cues.role_re.match(key, m.start())
        if rm is None or rm.end() != m.end():
            return []
        role, outlet = rm.group(), None  # 本報記者: a role, not 本報 and 記者
    elif outlet:
        outlet = _strip_opener(key, outlet, cues)  # 據某某報記者 甲: the outlet 某某報
    pos, closed, over = m.end(), False, False
    while True:
        while pos < end and key[pos] in cues.separators:
            pos += 1
        if pos >= end or key[pos] == "\n":
            closed = not opened
            break
        if key[pos] in _CLOSERS:
            closed = opened
            pos += 1
            break
        t = _token_end(key, pos, end)
        tok = key[pos:t]
        if not tok:
            break
        if tok.endswith(cues.photo_endings):
            return []  # 記者甲攝, (記者甲提供): a photo credit
        if tok in cues.stop_words or any(tok.startswith(w) for w in cues.stop_words):
            closed = not opened
            break
        counted = _COUNTED.fullmatch(tok) if not opened and not key[t:end].strip() else None
        if counted and (names or counted[1]) and (not counted[1] or _name_like(counted[1])):
            # BYLINE: 作者 | 甲 編輯 | 乙   2: a counter printed at the line's end (run on to the name)
            if counted[1]:
                names.append((pos, pos + len(counted[1])))
            closed, pos = True, t
            break
        if over or glued:
            break
        if names and tok.endswith(cues.stop_endings):
            over = True  # 記者 甲 北京報道: the credit ends here (its bracket may close it)
            pos = t
            continue
        rm = cues.role_re.match(tok)
        if rm:
            if names:
                groups.append((role, names, False))
            role, names = rm.group(), []
            pos += rm.end()
            continue
        if t < end and key[t] in _LABEL_MARKS and len(tok) <= 6 and _credit_res(cues)[0].match(key, pos) is None:
            # 出鏡:乙, 視頻剪輯丨乙: a role the cues do not list: its names get no relation
            if names:
                groups.append((role, names, False))
            role, names = tok, []
            pos = t
            continue
        cut = next((e for e in cues.name_cut_ends if tok.endswith(e) and _name_like(tok[:-len(e)])), None)
        if cut:  # (記者 甲等), (記者 甲整理): the name is what comes before; the credit ends
            names.append((pos, t - len(cut)))
            over = True
            pos = t
            continue
        g = cues.glued_re.fullmatch(tok) if cues.glued_re else None
        if g and not names:  # 甲台北27日電, 甲北京報道: the name runs on into the place
            names.append((pos, pos + len(g.group(1))))
            glued = True
        elif names and _outlet_like(tok, cues) and outlet is None:
            outlet, over = (pos, t), True  # 編輯:甲 某某財經: nothing but a metadata word after it
        elif _name_like(tok) and not tok.endswith(cues.not_name_ends) and not _outlet_like(tok, cues):
            names.append((pos, t))
        elif len(tok) == 6 and all(map(is_cjk, tok)) and not _outlet_like(tok, cues) and not over:
            # BYLINE: two three-character names run together (記者甲甲甲乙乙乙／台北報導): both halves must be
            # surname-led names (kg.recognize.credit_mentions checks each), else the credit is none
            names.extend([(pos, pos + 3), (pos + 3, t)])
        else:
            # another outlet's or role's credit starts here (某某新聞記者:甲 某某新聞編輯:乙): this one ends
            closed = bool(names) and not opened and _credit_res(cues)[0].match(key, pos) is not None
            break
        pos = t
    if not closed or not names:
        return []
    groups.append((role, names, glued))
    staff = cues.writing_roles | cues.editing_roles
    if not any(r in staff for r, _ns, _g in groups):
        return []  # 審核:甲 alone: no writer's or editor's credit
    while key[pos - 1] in " \t":
        pos -= 1
    span = (m.start() - 1 if opened else m.start(), pos)
    if outlet and not _outlet_ok(key, outlet, cues):
        return []  # 據新華社記者 甲 報道 (a sentence), 某某記者: no outlet's name
    if cues.book_roles.intersection(r for r, _ns, _g in groups):
        # 作者:甲 next to 書名 / 論文 / 出版社: a book's or paper's author, not the article's
        near = key[max(0, span[0] - cues.book_window):span[1] + cues.book_window]
        before = key[max(0, span[0] - cues.book_window):span[0]]
        before = before[before.rfind("。") + 1:]  # BYLINE: (a 《…》 in the article's sentence before is no book's)
        # (BYLINE: 《某某》雜誌 / 週刊 before the credit is the outlet's name, no book's title)
        titled = re.sub(r"《[^《》]*》(?:" + "|".join(map(re.escape, cues.book_title_outlets)) + ")", "", before) \
            if cues.book_title_outlets else before
        if any(w in near for w in cues.book_words) or "《" in titled:
            return []
    return [Credit(r, r in cues.writing_roles, ns, span, outlet, g, staff=r in staff, house=r in cues.house_roles,
                   at=m.start()) for r, ns, g in groups]


def _name_line(key: str, a: int, b: int, cues: CreditCues, find) -> re.Match | None:
    """One writer's name printed in a name form between a and b, else None. `find` is the form's matcher:
    layout.toml name_line's fullmatch (the line of an outlet and one name: 雷遞網 甲 1月2日) or one of
    name_forms' match (BYLINE: the form opening the paragraph: 【某某快報/甲】, 20240524甲/綜合外電報導)."""
    n = find(key, a, b)
    if n and (n.re.groupindex.get("outlet") is None or _outlet_ok(key, n.span("outlet"), cues)) \
            and _name_like(n["name"]) \
            and not (cues.name_line_not_names and cues.name_line_not_names.fullmatch(n["name"])):
        return n
    return None


def _name_credit(art: Article, n: re.Match, end: int | str) -> None:
    """The credit of the one writer a name form's match `n` names (its evidence from the match's start to the end
    of group `end`), and the outlet printed with the name among the article's outlets."""
    o = n.span("outlet") if "outlet" in n.re.groupindex else None
    art.credits.append(Credit("", True, [n.span("name")], (n.start(), n.end(end)), o, house=o is not None,
                              at=n.start()))
    if o and o not in art.outlets:
        art.outlets.append(o)


def _credit_line(s: str, cues: CreditCues) -> bool:
    """Is the line nothing but credits (記者丨甲 編輯丨乙, 某某新聞記者 | 甲)?"""
    key = to_key(s.strip())
    if cues.name_line_re is not None and _name_line(key, 0, len(key), cues, cues.name_line_re.fullmatch):
        return True  # 某某網 甲 1月2日
    start = _credit_res(cues)[0]
    m = start.match(key)
    credits = _parse_credit(key, m, len(key), cues) if m else []
    if not credits and key.startswith(cues.outlet_openers):
        # BYLINE: 來源 | 《某某》雜誌 作者 | 甲 編輯 | 乙: the source's label, then the credits to the line end
        credits = next((c for x in start.finditer(key, 1) if (c := _parse_credit(key, x, len(key), cues))), [])
    return bool(credits) and credits[-1].span[1] >= len(key.rstrip())


def find_credits(key: str, art: Article, cues: CreditCues) -> None:
    """The article's reporters' and editors' credits, its dateline's outlet and the outlets printed there."""
    start, dateline, bracketed, tag = _credit_res(cues)
    spans = sorted([*art.body, *art.caption_spans] + ([art.standfirst_span] if art.standfirst_span else []))
    datelines: dict[int, tuple[int, int]] = {}  # where a dateline ends -> its outlet
    for a, b in art.body[:2]:  # the first two paragraphs (a line of the outlet and its date may come first)
        for rx in (dateline, bracketed, tag):
            d = rx.match(key, a, b)
            if d:
                o = _strip_opener(key, d.span("outlet"), cues)
                if not _outlet_ok(key, o, cues, cues.tag_outlet_ends if rx is tag else
                                  cues.outlet_ends + cues.bracket_outlet_ends):
                    break  # 本報北京5日電 / 【行業新聞】: no outlet's name
                datelines[d.end()] = o
                art.outlets.append(o)
                if rx is not tag and d["kind"] == "讯" and art.dateline_outlet is None:
                    art.dateline_outlet = o  # the outlet's own report (訊), not an agency's wire (電)
                break
    # One person, who wrote the article, named in a name form: 某某網 甲 1月2日 (name_line: the outlet's line, one of
    # the first two paragraphs; the evidence ends with the name), else (BYLINE: name_forms, in order)
    # 【某某快報/甲】, 20240524甲/綜合外電報導 opening one of the first three paragraphs or captions. The first found.
    forms = [(cues.name_line_re.fullmatch, art.body[:2], "name")] if cues.name_line_re is not None else []
    if not art.credits:
        first = sorted(art.body + art.caption_spans)[:3]
        forms += [(rx.match, first, 0) for rx in cues.name_forms]
    for find, paras, end in forms:
        n = next((n for a, b in paras if (n := _name_line(key, a, b, cues, find))), None)
        if n:
            _name_credit(art, n, end)
            break
    for a, b in spans:
        done = a
        for m in start.finditer(key, a, b):
            if m.start() < done:
                continue  # inside a credit read already (記者丨甲 編輯丨乙)
            credits = _parse_credit(key, m, b, cues)
            if not credits:
                continue
            done = credits[0].span[1]
            # a caption's credit: in a caption holding more than the credit line, or after a picture's mark
            whole = credits[0].span[0] <= a + 1 and credits[-1].span[1] >= len(key[a:b].rstrip()) + a - 1
            caption = ((a, b) in art.caption_spans and not whole) or any(
                c in _PICTURE_MARKS for c in key[max(a, credits[0].span[0] - 2):credits[0].span[0] + 1])
            sourced = "来源" in key[a:credits[0].span[0]]  # 來源:某社 記者:甲 — not the page's own staff
            for c in credits:
                if caption:
                    c.writes = False  # ▲記者 甲 …: a picture's caption, not the article's byline
                if sourced:
                    c.house = False
            o = None
            if key[credits[0].span[0]] in _OPENERS:  # right after a dateline, spaces between or not
                at = credits[0].span[0]
                while at > a and key[at - 1] in " \t":
                    at -= 1
                o = datelines.get(at)
            if credits[0].outlet_span is None and o:
                # 某某網12月8日訊(記者 甲): the dateline's outlet; the evidence is the dateline and the credit
                for c in credits:
                    c.span = (o[0], c.span[1])
                    if c.house:  # not a correspondent's (通訊員) or a writer's: they may work for anyone
                        c.outlet_span = o
            art.credits.extend(credits)
            o = credits[0].outlet_span
            if o and o not in art.outlets:
                art.outlets.append(o)
    art.outlets.sort()


def _ends_paragraph(s: str) -> bool:
    s = s.rstrip()
    while s and s[-1] in "」』）)”’":
        s = s[:-1]
    return bool(s) and s[-1] in "。！？!?：:；;…"


def _article_text(text: str, art: Article) -> str:
    spans = [art.title_span, *art.body, *art.tables]
    if art.byline_span:
        spans.append(art.byline_span)
    return "\n".join(text[a:b] for a, b in spans)


def _best_article(snippet: str, articles: list[Article], text: str, default: Article | None,
                  candidates: list[Article] | None = None) -> Article | None:
    """The article whose text shares the most character pairs with `snippet` (clearly more than
    `default` does), else `default`."""
    grams = _bigrams(snippet)
    if not grams:
        return default
    pool = candidates if candidates is not None else articles
    scores = {a.index: len(grams & _bigrams(_article_text(text, a))) / len(grams) for a in pool}
    if not scores:
        return default
    best = max(pool, key=lambda a: (scores[a.index], -a.index))
    base = scores.get(default.index, 0.0) if default is not None else 0.0
    if default is None or scores[best.index] > 1.5 * base + 0.05:
        return best if scores[best.index] > 0 else default
    return default


def _place_floating(text, lines, kinds, floating, articles, titles, last_closed, nxt, layout) -> None:
    if not articles:
        return
    title_lines = sorted(titles)
    by_title = {t: a for t, a in zip(title_lines, articles)}

    def next_title(i):
        """The title that `i` stands right over (only banners, headers, blanks between), if any."""
        j = nxt.get(i)
        while j is not None and kinds[j] in ("banner", "header", "editor"):
            j = nxt.get(j)
        return by_title.get(j) if j is not None else None

    def following(i):
        return next((by_title[t] for t in title_lines if t > i), None)

    def preceding(i):
        before = [by_title[t] for t in title_lines if t < i]
        return before[-1] if before else None

    k = 0
    while k < len(floating):
        i, kind = floating[k]
        ln = lines[i]
        if kind == "pair":
            col, name = lines[i], lines[i + 1]
            k += 2 if k + 1 < len(floating) and floating[k + 1][0] == i + 1 else 1
            prev_line = max((j for j in range(i) if kinds[j] != "blank"), default=None)
            art = last_closed.get(prev_line)
            if art is None or art.column or art.authors:
                free = [a for a in articles if not a.column]
                art = _best_article(col.text + name.text, articles, text, None, free)
            if art is not None and not art.column:
                art.column, art.column_span = col.text, (col.start, col.end)
                if name.text not in art.authors:
                    art.authors.append(name.text)
                    art.author_spans.append((name.start, name.end))
            continue
        if kind in ("table_title", "table"):
            # A table printed after its article's byline: title and rows go together.
            block = [i]
            while k + 1 < len(floating) and floating[k + 1][1] == "table":
                k += 1
                block.append(floating[k][0])
            k += 1
            prev_line = max((j for j in range(i) if kinds[j] != "blank"), default=None)
            default = last_closed.get(prev_line) or preceding(i) or following(i)
            art = _best_article("".join(lines[j].text for j in block), articles, text, default)
            for j in block:
                if kinds[j] == "table":
                    art.tables.append((lines[j].start, lines[j].end))
                else:
                    _add_caption(art, lines[j], layout)
            continue
        k += 1
        if kind == "headline" and _is_name_like(ln.text, 2, 6):
            # A column name printed on its own (labels at the end of the page).
            free = [a for a in articles if not a.column]
            art = _best_article(ln.text, articles, text, None, free)
            if art is not None:
                art.column, art.column_span = ln.text, (ln.start, ln.end)
            continue
        if kind in ("body", "headline") and next_title(i) is not None and len(ln.text) > 30:
            # A standfirst over a title (a run of paragraphs: one span).
            j, end = i, ln.end
            while k < len(floating) and floating[k][1] == "body" and next_title(floating[k][0]) is not None \
                    and nxt.get(j) == floating[k][0]:
                j = floating[k][0]
                end = lines[j].end
                k += 1
            below = next_title(j)
            art = _best_article(text[ln.start:end], articles, text, below)
            if art.standfirst is None:
                art.standfirst, art.standfirst_span = text[ln.start:end], (ln.start, end)
                continue
        if kind in ("caption", "source", "body", "headline", "table_title"):
            default = next_title(i) or following(i) or preceding(i)
            art = _best_article(ln.text, articles, text, default)
            _add_caption(art, ln, layout)


def _add_caption(art: Article, ln: Line, layout: Layout) -> None:
    text = ln.text.lstrip("".join(layout.caption_marks)).lstrip()
    span = (ln.end - len(text), ln.end)
    art.captions.append(text)
    art.caption_spans.append(span)
    order = sorted(range(len(art.captions)), key=lambda n: art.caption_spans[n])
    art.captions = [art.captions[n] for n in order]
    art.caption_spans = [art.caption_spans[n] for n in order]


def article_parts(art: Article) -> list[tuple[str, int, int]]:
    """Every span of the article with its kind, in page order."""
    parts = [("title", *art.title_span)]
    if art.standfirst_span:
        parts.append(("standfirst", *art.standfirst_span))
    parts += [("caption", *sp) for sp in art.caption_spans]
    parts += [("body", *sp) for sp in art.body]
    parts += [("table", *sp) for sp in art.tables]
    if art.byline_span:
        parts.append(("byline", *art.byline_span))
    return sorted(parts, key=lambda p: (p[1], p[2]))
