"""A person's post as printed before the name: 美國總統特朗普, 華為輪值董事長徐直軍, 日本經濟產業大臣齋藤健, 特首李家超.

Each becomes a `kg:position` relation (rdfs:subPropertyOf schema:jobTitle) from the person to the post, a
literal in Traditional characters tagged zh-Hant (a post printed in Simplified is converted with OpenCC's
Hong Kong table, as the lexicon's labels are written), with its evidence like every other relation (the
sentence, the person's span, the post's span). The same post printed in both scripts is one post.

The post (words in ontology/patterns/person.toml) is:
- the title right before the name (the lists named by `position_lists`, less `position_not`), chained titles
  (創始人兼CEO, 副董事長、輪值董事長), a modifier (`position_modifiers`: 前, 副, 時任 …);
- a copula between title and name (法定代表人為某某) only when the name ends its clause: 董事長為某某頒獎 is not
  a post;
- the owner printed right before the title — a mention of `position_owner_types`, after 的 or a note in
  brackets (美光（Micron）總裁), or a name overlapping the title (美國商務部長); after a place or an organization
  also a few characters of a unit's name (日本 + 經濟產業 + 大臣: `position_gap`, none of `position_gap_stop`
  and no word of `position_gap_not`). A place after 在 and before 的 (英特爾在中國的總裁) is where the post is,
  not whose; a company with more words between (台積電昨日宣布董事長) gives the bare title;
- a modifier before the owner (前英特爾執行長).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _alt, _load, _pattern_data, key_words
from kg.evidence import make_evidence
from kg.model import Doc, Relation
from kg.normalize import is_cjk, name_key, to_simplified, to_traditional

_CLAUSE_END = set("。，,；;：:！？!?)）」』】\n ")


@dataclass(frozen=True)
class PositionWords:
    title_re: re.Pattern | None  # a post ending right before the name (group t; group c: a copula)
    gap_re: re.Pattern  # a unit's name between a place or an organization and the title
    gap_not: tuple  # words that make such a gap no part of the post (time words, verbs)
    owners: frozenset  # mention types that may own a post
    gap_owners: frozenset  # owner types after which a unit's name may stand
    mods: tuple  # modifiers (前, 原 …), also read before the owner
    mod_after: str  # characters a modifier before the owner may follow


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_positions() -> PositionWords:
    per = _load("person")
    honor = key_words(per.get("honorifics", []))  # 首相拿督斯里某某: an honorific between post and name
    not_posts = set(key_words(per.get("position_not", []))) | set(honor)  # and no post itself
    copulas = key_words(per.get("position_copulas", []))
    words: list[str] = []
    for name in per.get("position_lists", []):
        words += [w for w in key_words(per.get(name, [])) if w not in not_posts and not w.endswith(tuple(copulas))]
    words = sorted(set(words))
    mods = tuple(sorted(key_words(per.get("position_modifiers", [])), key=len, reverse=True))
    owners = frozenset(per.get("position_owner_types", []))
    gap_owners = frozenset(per.get("position_gap_owner_types", []))
    gap_not = tuple(key_words(per.get("position_gap_not", [])))
    mod_after = name_key(per.get("position_modifier_after", ""))
    if not words:
        return PositionWords(None, re.compile("(?!)"), gap_not, owners, gap_owners, mods, mod_after)
    joiners = key_words(per.get("title_joiners", []))
    mod = f"(?:{_alt(list(mods))})?" if mods else ""
    title = f"{mod}(?:{_alt(words)})"
    cop = f"(?P<c>{_alt(copulas)})?" if copulas else ""
    hon = f"(?:{_alt(honor)})?" if honor else ""
    rx = re.compile(f"(?P<t>{title}(?:\\s*(?:{_alt(joiners)})\\s*{title})*)\\s*{cop}\\s*{hon}\\s*\\Z")
    stop = re.escape(per.get("position_gap_stop", ""))
    gap = int(per.get("position_gap", 6))
    return PositionWords(rx, re.compile(f"[^\\W\\d_a-z{stop}]{{1,{gap}}}"), gap_not, owners, gap_owners, mods,
                         mod_after)


def position_relations(doc: Doc) -> list[Relation]:
    pw = load_positions()
    if pw.title_re is None:
        return []
    key = doc.norm.key
    owners = sorted((m for m in doc.mentions if m.type in pw.owners and m.entity and m.source != "byline"),
                    key=lambda m: (m.end, -m.start))
    people = [m for m in doc.mentions if m.type == "Person"]
    found: dict[tuple[str, str], Relation] = {}
    for m in doc.mentions:
        if m.type != "Person" or m.entity is None or m.source == "byline" or m.sentence is None:
            continue
        sent = doc.sentences[m.sentence]
        t = pw.title_re.search(key, max(sent.start, m.start - 40), m.start)
        if t is None:
            continue
        if t.group("c") and not (m.end >= len(key) or key[m.end] in _CLAUSE_END):
            continue  # 董事長為某某頒獎: 為 is "for", not "is"
        t0, t1 = t.span("t")
        if any(p.start < t1 and t0 < p.end for p in people):
            continue  # the "title" is part of another name
        pieces = _owner(key, pw, owners, sent.start, t0, t1)
        start = pieces[0][0] if pieces else t0
        for w in pw.mods:  # 前英特爾執行長
            if pieces and key.startswith(w, start - len(w)) and (
                    start - len(w) <= sent.start or not is_cjk(key[start - len(w) - 1])
                    or key[start - len(w) - 1] in pw.mod_after):
                pieces.insert(0, (start - len(w), start))
                break
        pieces.append((t0, t1))
        post = _canonical("".join(_printed(doc, a, b) for a, b in pieces))
        if not post:
            continue
        ev = make_evidence(doc, sent.article, sent.start, sent.end, (m.start, m.end), (pieces[0][0], t1),
                           "position.title", 0.8)
        k = (m.entity, name_key(post))
        if k in found:
            found[k].evidence.append(ev)
        else:
            found[k] = Relation(m.entity, "position", post, literal=True, evidence=[ev])
    return list(found.values())


def _owner(key: str, pw: PositionWords, owners: list, lo: int, t0: int, t1: int) -> list[tuple[int, int]]:
    """The spans printing whose post it is, before the title at [t0, t1): [] when none."""
    over = [o for o in owners if lo <= o.start < t0 < o.end <= t1]
    if over:  # 美國商務部長: the ministry's name runs into the title
        o = min(over, key=lambda x: x.start)
        return _joined(owners, lo, [(o.start, t0)])
    for o in reversed(owners):
        if o.end > t0 or o.start < lo:
            continue
        if key.startswith(")", o.end) and o.start > 0 and key[o.start - 1] == "(":
            # the owner's other name in brackets right after it: 美光(Micron)總裁 — the owner is 美光
            o = next((x for x in owners if x.end == o.start - 1 and x.start >= lo), o)
        gap = key[o.end:t0]
        note = re.match(r"\s*\([^()«»]{0,24}\)\s*", gap)  # 美光（Micron）總裁
        skip = note.end() if note else 0
        if gap.startswith("的", skip):
            if o.start > 0 and key[o.start - 1] == "在":
                return []  # 英特爾在中國的總裁: where the post is, not whose
            skip += 1
        rest = gap[skip:]
        if rest == "" or (o.type in pw.gap_owners and pw.gap_re.fullmatch(rest)
                          and not any(w in rest for w in pw.gap_not)):
            return _joined(owners, lo, [(o.start, o.end)] + ([(o.end + skip, t0)] if rest else []))
        return []
    return []


def _joined(owners: list, lo: int, pieces: list) -> list:
    """An owner written as two names in a row (日本 + 經濟產業): both."""
    start = pieces[0][0]
    while True:
        before = [o for o in owners if o.end == start and o.start >= lo]
        if not before:
            return pieces
        o = min(before, key=lambda x: x.start)
        pieces.insert(0, (o.start, o.end))
        start = o.start


def _printed(doc: Doc, start: int, end: int) -> str:
    """The words as printed, as a mention's text is (line breaks removed, width folded)."""
    return re.sub(r"\s+", " ", doc.norm.text[start:end]).strip()


def _canonical(post: str) -> str:
    """The post in Traditional characters (printed in Simplified: converted as Hong Kong writes it)."""
    if any(is_cjk(c) for c in post) and to_simplified(post) == post:
        return to_traditional(post)
    return post
