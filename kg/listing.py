"""`kg articles`: the articles found on each page, so a reader can check the split.

Runs the per-page stages only (read, normalize, split, sentences, recognize) and the
chip-industry decision; no graph is built.
"""

from __future__ import annotations

from kg.lexicon import load_lexicon
from kg.normalize import visual_width
from kg.pipeline import read_all
from kg.topics import chip_industry


def list_articles(paths) -> tuple[list[dict], list]:
    """One dict per article, in page order, and the errors of the pages that could not be read."""
    docs, errors = read_all(paths, load_lexicon())
    rows = []
    for doc in docs:
        chip = chip_industry(doc)
        for art in doc.articles:
            rows.append({
                "file": doc.source.name,
                "page": doc.info.page,
                "date": doc.info.date,
                "position": art.index,
                "title": art.title,
                "column": art.column,
                "authors": list(art.authors),
                "roles": art.roles,
                "author_roles": art.author_roles(),
                "byline": art.byline.note if art.byline else None,
                "standfirst": art.standfirst,
                "captions": list(art.captions),
                "paragraphs": len(art.body),
                "table_rows": len(art.tables),
                "chip_industry": chip[art.index],
            })
    return rows, errors


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - visual_width(s))


def format_table(rows: list[dict]) -> str:
    """A plain-text table: file, position, title, column, authors (or the byline's role), chip."""
    head = ["file", "#", "title", "column", "authors / role", "chip"]
    body = []
    for r in rows:
        who = "、".join(r["authors"]) if r["authors"] else "（" + "、".join(r["roles"]) + "）" if r["roles"] else "-"
        body.append([r["file"], str(r["position"]), r["title"], r["column"] or "-", who,
                     "yes" if r["chip_industry"] else "no"])
    widths = [max(visual_width(x) for x in col) for col in zip(head, *body)]
    lines = ["  ".join(_pad(x, w) for x, w in zip(line, widths)).rstrip() for line in [head, *body]]
    return "\n".join(lines) + "\n"
