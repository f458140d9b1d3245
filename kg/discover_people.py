"""Stage 4b (part): people named with no title, as the speaker opening a clause (某某表示, 某某坦言).

Called by kg.discover.find_people on the same Page; the words live in ontology/patterns/person.toml
(speaker_verbs, speaker_tags, speaker_not_last). A name is a surname (person.toml surnames) and two
more characters, or a compound surname and one or two; jieba's part-of-speech tagger must read it as
a person's name, so 金像電表示 or 高層表示 stay what they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jieba.posseg

from kg.discover import _alt, _load, _overlaps_found, _pattern_data, common_word, key_words, surname_len
from kg.normalize import is_cjk


@dataclass(frozen=True)
class Speakers:
    verb_re: re.Pattern | None
    tags: frozenset
    not_last: frozenset


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_speakers() -> Speakers:
    per = _load("person")
    verbs = key_words(per.get("speaker_verbs", []))
    return Speakers(verb_re=re.compile(_alt(verbs)) if verbs else None,
                    tags=frozenset(per.get("speaker_tags", ["nr"])),
                    not_last=frozenset(per.get("speaker_not_last", "")))


def _tagged_name(name: str, given_common: bool, tags: frozenset) -> bool:
    """Does jieba's tagger read `name` (alone) as a person's name: one token tagged as a name (汪建國),
    or a first token tagged as a name followed by one more token, the given name not a common word?"""
    pairs = [(w.word, w.flag) for w in jieba.posseg.cut(name, HMM=True)]
    if len(pairs) == 1:
        return pairs[0][1] in tags
    return len(pairs) == 2 and pairs[0][1] in tags and not given_common


def find_speakers(p) -> None:
    sp = load_speakers()
    key, pat = p.key, p.pat
    if sp.verb_re is None:
        return
    for v in sp.verb_re.finditer(key):
        e = v.start()
        for n in (3, 4):
            s = e - n
            if s < 0:
                break
            if not (s == 0 or key[s - 1] in pat.boundary):
                continue
            name = key[s:e]
            if not all(is_cjk(c) for c in name):
                break
            first = surname_len(pat, name, 0)
            if not first or n - first not in (1, 2) or (n - first == 1 and first == 1):
                continue
            if not p.free(s, e) or _overlaps_found(p, s, e):
                continue
            given = name[first:]
            # a dictionary word stays one unless the tagger reads it as a name (王志強 is in jieba's dictionary)
            if name[-1] in sp.not_last or common_word(name[:2], 500) or p.lexicon_type(name) is not None:
                continue
            if _tagged_name(name, common_word(given, 2000), sp.tags):
                p.add(s, e, "Person", "person-speaker", 0.7)
                break


@dataclass(frozen=True)
class Postposed:
    title_re: re.Pattern | None
    unit_ends: frozenset
    joiners: tuple


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_postposed() -> Postposed:
    per = _load("person")
    titles = key_words(per.get("postposed_titles", []))
    return Postposed(title_re=re.compile(_alt(titles)) if titles else None,
                     unit_ends=frozenset(per.get("unit_ends", "")),
                     joiners=tuple(j for j in per["title_joiners"] if j not in "、"))


def find_names_before_titles(p) -> None:
    """工研院某某某院長, 某大學某某某教授: a three-character name printed right before its title."""
    pp, sp = load_postposed(), load_speakers()
    key, pat = p.key, p.pat
    if pp.title_re is None:
        return
    ends = {m.end for m in p.known + p.found if m.type in ("Organization", "Company", "Place", "Exchange")}
    for t in pp.title_re.finditer(key):
        s, e = t.start() - 3, t.start()
        if s < 0 or not p.right_ok(t.end()) and not key.startswith(pp.joiners, t.end()):
            continue
        name = key[s:e]
        if not all(is_cjk(c) for c in name) or name[0] not in pat.surnames or name[-1] in sp.not_last:
            continue
        if not (s == 0 or key[s - 1] in pat.boundary or s in ends or key[s - 1] in pp.unit_ends):
            continue
        if not p.free(s, e) or _overlaps_found(p, s, e) \
                or common_word(name[:2], 500) or p.lexicon_type(name) is not None:
            continue
        if _tagged_name(name, common_word(name[1:], 2000), sp.tags):
            p.add(s, e, "Person", "person-before-title", 0.7)
