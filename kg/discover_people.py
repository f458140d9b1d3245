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

from kg.discover import _alt, _credit_outlet_ends, _load, _overlaps_found, _pattern_data, common_word, key_words, \
    surname_len
from kg.normalize import is_cjk, name_key


@dataclass(frozen=True)
class Speakers:
    verb_re: re.Pattern | None
    tags: frozenset
    not_last: frozenset
    # nouns that start with a speaker verb (分析師, 分析員): no one speaks there
    not_nouns: tuple = ()
    adverbs: frozenset = frozenset()  # speaker_adverbs: 莫迪也重申 is 莫迪
    adverbs_two: tuple = ()  # speaker_adverbs_two: 某某也曾坦言 (PEOPLE lane)


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_speakers() -> Speakers:
    per = _load("person")
    verbs = key_words(per.get("speaker_verbs", []))
    return Speakers(verb_re=re.compile(_alt(verbs)) if verbs else None,
                    tags=frozenset(per.get("speaker_tags", ["nr"])),
                    not_last=frozenset(per.get("speaker_not_last", "")),
                    adverbs=frozenset(per.get("speaker_adverbs", "")),
                    adverbs_two=tuple(key_words(per.get("speaker_adverbs_two", []))),
                    not_nouns=key_words(per.get("speaker_verb_nouns", [])))


def _tagged_name(name: str, given_common: bool, tags: frozenset) -> bool:
    """Does jieba's tagger read `name` (alone) as a person's name: one token tagged as a name (汪建國),
    or a first token tagged as a name followed by one more token, the given name not a common word?"""
    pairs = [(w.word, w.flag) for w in jieba.posseg.cut(name, HMM=True)]
    if len(pairs) == 1:
        return pairs[0][1] in tags
    return len(pairs) == 2 and pairs[0][1] in tags and not given_common


def find_speakers(p) -> None:
    sp = load_speakers()
    key = p.key
    if sp.verb_re is None:
        return
    for v in sp.verb_re.finditer(key):
        if key.startswith(sp.not_nouns, v.start()):
            continue  # 張三是分析師: 分析 starts a noun here, no one speaks
        # PEOPLE lane: an adverb between the speaker and the verb (某某曾坦言, 某某也表示): the name ends before it
        ends = [v.start()]
        if v.start() > 0 and key[v.start() - 1] in sp.adverbs:
            ends.append(v.start() - 1)
        if v.start() > 1 and key[v.start() - 2:v.start()] in sp.adverbs_two:
            ends.append(v.start() - 2)  # 某某也曾坦言, 某某則是表示
        for e in ends:
            if _speaker_before(p, sp, e):
                break


def _speaker_before(p, sp, e: int) -> bool:
    """Add a speaker's name ending at e (a surname and two more characters, or a compound surname and one
    or two, that the tagger reads as a name); True when one was added."""
    key, pat = p.key, p.pat
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
        if name[-1] in sp.not_last or name[-1] in sp.adverbs or common_word(name[:2], 500) \
                or p.lexicon_type(name) is not None:
            continue
        if _tagged_name(name, common_word(given, 2000), sp.tags):
            p.add(s, e, "Person", "person-speaker", 0.7)
            return True
    return False


@dataclass(frozen=True)
class Postposed:
    title_re: re.Pattern | None
    unit_ends: frozenset
    joiners: tuple
    copulas: frozenset = frozenset()


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_postposed() -> Postposed:
    per = _load("person")
    titles = key_words(per.get("postposed_titles", []))
    return Postposed(title_re=re.compile(_alt(titles)) if titles else None,
                     unit_ends=frozenset(per.get("unit_ends", "")),
                     joiners=tuple(j for j in per["title_joiners"] if j not in "、"),
                     copulas=frozenset(name_key(per.get("copulas_before_title", ""))))


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
        if not all(is_cjk(c) for c in name) or name[0] not in pat.surnames or name[-1] in sp.not_last \
                or name[-1] in pp.copulas:  # 張三是分析師: a two-character name, then "is"
            continue
        if not (s == 0 or key[s - 1] in pat.boundary or s in ends or key[s - 1] in pp.unit_ends):
            continue
        if not p.free(s, e) or _overlaps_found(p, s, e) \
                or common_word(name[:2], 500) or p.lexicon_type(name) is not None:
            continue
        if _tagged_name(name, common_word(name[1:], 2000), sp.tags):
            p.add(s, e, "Person", "person-before-title", 0.7)


# -- PEOPLE2: credits on a metadata line, kin pairs, life events ----------------------------------
@dataclass(frozen=True)
class Life:
    cues: tuple
    date_re: re.Pattern | None
    pair_re: re.Pattern | None
    pair_known: frozenset
    joiners: tuple
    bio_re: re.Pattern | None
    bio_long_re: re.Pattern | None
    kin_re: re.Pattern | None


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_life() -> Life:
    per = _load("person")
    kin, known = key_words(per.get("kin_pair_words", [])), key_words(per.get("pair_words_known", []))
    words = sorted(set(kin) | set(known), key=len, reverse=True)
    before = sorted(key_words(per.get("kin_before", [])), key=len, reverse=True)
    return Life(cues=key_words(per.get("credit_line_cues", [])),
                date_re=re.compile(per["credit_line_date"]) if per.get("credit_line_date") else None,
                pair_re=re.compile(_alt(words)) if words else None,
                pair_known=frozenset(known),
                joiners=tuple(sorted(key_words(per.get("pair_joiners", [])), key=len, reverse=True)),
                bio_re=re.compile(per["bio_after"]) if per.get("bio_after") else None,
                bio_long_re=re.compile(per["bio_after_long"]) if per.get("bio_after_long") else None,
                kin_re=re.compile(_alt(before)) if before else None)


def credit_on_metadata_line(p, e: int) -> bool:
    """Does a credit name ending at `e` end at a space or the line's end on a metadata line (a date,
    a clock time, IP属地, 时间:)? 某網編譯某某 2025-01-01 10:07 / 编辑:某某 某某财经 时间:…"""
    key = p.key
    if e < len(key) and key[e] not in " \u3000\n":
        return False
    lo, hi = key.rfind("\n", 0, e) + 1, key.find("\n", e)
    line = key[lo:len(key) if hi < 0 else hi]
    lf = load_life()
    return any(c in line for c in lf.cues) or bool(lf.date_re and lf.date_re.search(line))


def _person_at(p, s: int, e: int) -> bool:
    return any(m.type == "Person" and m.start == s and m.end == e for m in p.known + p.found)


def _shaped(p, s: int, e: int, tagged: bool) -> bool:
    from kg.discover import _name_shape

    if s < 0 or e > len(p.key) or not _name_shape(p, s, e):
        return False
    name = p.key[s:e]
    if name[-1] in load_speakers().not_last:
        return False
    return not tagged or _tagged_name(name, common_word(name[surname_len(p.pat, name, 0):], 2000), load_speakers().tags)


def name_start_before(e: int, ok) -> int | None:
    """Start of a name ending at e (three characters, then two or four; not before the text's start)
    for which ok(s) holds, or None."""
    return next((e - n for n in (3, 2, 4) if e - n >= 0 and ok(e - n)), None)


def _name_ending(p, e: int, lo: int, tagged: bool) -> int | None:
    """Start of a name (three characters, then two or four) that ends at e, not before lo."""
    return name_start_before(e, lambda s: s >= lo and (_person_at(p, s, e) or _shaped(p, s, e, tagged)))


def find_kin_pairs(p) -> None:
    """某甲、某乙兩兄弟 / 某甲和某乙夫婦: both names are people; 某甲與某乙兩人: the other of a known person."""
    lf, key = load_life(), p.key
    if lf.pair_re is None:
        return
    for m in lf.pair_re.finditer(key):
        word, e2 = m.group(), m.start()
        if key[e2 - 1:e2] in ("两", "二", "俩"):
            continue  # 兩兄弟 is read whole
        s2 = _name_ending(p, e2, max(0, e2 - 4), tagged=False)
        if s2 is None:
            continue
        j = next((w for w in lf.joiners if key.endswith(w, 0, s2)), None)
        if j is None:
            continue
        e1 = s2 - len(j)
        s1 = _name_ending(p, e1, max(0, e1 - 4), tagged=False)
        if s1 is None or not (s1 == 0 or key[s1 - 1] in p.pat.boundary or not is_cjk(key[s1 - 1]) or p.left_ok(s1)):
            continue
        known1, known2 = _person_at(p, s1, e1), _person_at(p, s2, e2)
        if word in lf.pair_known and not (known1 or known2):
            continue
        if not (known1 or known2):  # kin with no known member: the tagger reads one as a name, or they share a surname
            first = surname_len(p.pat, key, s1)
            if key[s1:s1 + first] != key[s2:s2 + first] and not (_shaped(p, s1, e1, True) or _shaped(p, s2, e2, True)):
                continue
        for s, e in ((s1, e1), (s2, e2)):
            if not _person_at(p, s, e) and p.free(s, e) and not _overlaps_found(p, s, e):
                p.add(s, e, "Person", "person-kin-pair", 0.7)


def find_life_subjects(p) -> None:
    """某某1980年出生於…, 某某博士畢業, 某某14歲入讀… at a clause start; 弟弟某某, 其妻某某 anywhere."""
    from kg.discover import _name_end_ok

    lf, key, pat = load_life(), p.key, p.pat
    for rx, lengths in ((lf.bio_re, (3, 2, 4)), (lf.bio_long_re, (3, 4))):
        if rx is None:
            continue
        for m in rx.finditer(key):
            e = m.start()
            for n in lengths:
                s = e - n
                if s < 0 or not (s == 0 or key[s - 1] in pat.boundary):
                    continue
                if _person_at(p, s, e) or not (p.free(s, e) and not _overlaps_found(p, s, e)):
                    break
                if _shaped(p, s, e, tagged=n == 2):  # the event says a person stands here; two characters need the tagger
                    p.add(s, e, "Person", "person-life", 0.7)
                    break
    if lf.kin_re is not None:
        for m in lf.kin_re.finditer(key):
            s = m.end()
            for n in (3, 2, 4):
                e = s + n
                if e > len(key) or not _name_end_ok(p, e) and not (lf.bio_re and lf.bio_re.match(key, e)):
                    continue
                if _person_at(p, s, e) or not (p.free(s, e) and not _overlaps_found(p, s, e)):
                    break
                if _shaped(p, s, e, tagged=n == 2):
                    p.add(s, e, "Person", "person-kin", 0.7)
                    break


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_latin_not_person() -> frozenset:
    return frozenset(w.lower() for w in _load("person").get("latin_not_person", []))


def find_glossed_transliterations(p) -> None:
    """某德（John Doe）: a transliterated name followed by its Latin original is a person anywhere."""
    from kg.discover import load_more

    more, key = load_more(), p.key
    stop = load_latin_not_person()
    for m in more.transliterated_re.finditer(p.text):
        latin = m.group(2)
        if any(w.strip(".").lower() in stop for w in latin.split()) or p.lexicon_type(latin) is not None:
            continue
        e = m.end(1)
        s = e
        while s > m.start(1) and key[s - 1] in more.transliteration_chars:
            s -= 1
        if not 2 <= e - s <= more.transliteration_max or common_word(key[s:e], 200):
            continue
        if p.free(s, e) and not _overlaps_found(p, s, e) and p.lexicon_type(key[s:e]) is None:
            p.add(s, e, "Person", "person-glossed", 0.75)



# -- PEOPLE lane: a Chinese name glossed in Latin, a transliterated name joined by a middle dot --------
def find_glossed_chinese_names(p) -> None:
    """某凱文（Kevin Foo）表示: a surname and one or two characters followed by a Latin name of two or three
    capitalized words in brackets is a person's name wherever it stands (the bracket glosses the name; the
    Chinese part is no word and no known name of another kind)."""
    from kg.discover import load_more

    more, key, pat = load_more(), p.key, p.pat
    stop = load_latin_not_person()
    for m in more.transliterated_re.finditer(p.text):
        latin = m.group(2)
        if any(w.strip(".").lower() in stop for w in latin.split()) or p.lexicon_type(latin) not in (None, "Person"):
            continue
        e = m.end(1)
        for n in (3, 2, 4):
            s = e - n
            if s < m.start(1):
                continue
            first = surname_len(pat, key, s)
            if not first or n - first not in (1, 2) or not all(is_cjk(c) for c in key[s:e]):
                continue
            if not (s == 0 or key[s - 1] in pat.boundary or p.left_ok(s)):
                continue
            name = key[s:e]
            # a given name that is a common character (李明) is kept when a speech verb follows the gloss
            if common_word(name, 200) or (common_word(name[first:], 2000) and not _speech_after(p, m.end())) \
                    or name[-1] in load_speakers().not_last \
                    or p.lexicon_type(name) not in (None, "Person"):
                continue
            if _pinyin_only(latin) and not _speech_after(p, m.end()):
                break  # 某杭（Yu Hang）及…: a pinyin gloss alone is a place's or a fund's as often as a person's
            if p.free(s, e) and not _overlaps_found(p, s, e):
                p.add(s, e, "Person", "person-glossed-chinese", 0.75)
            break


@lru_cache(maxsize=1)
@_pattern_data("person")
def _pinyin_word_re() -> re.Pattern | None:
    syl = _load("person").get("pinyin_syllable")
    return re.compile(f"(?:{syl}){{1,3}}") if syl else None


def _pinyin_only(latin: str) -> bool:
    """Is every word of a Latin gloss one to three pinyin syllables (Yu Hang, Ming Li, Xiaoming Wang)?"""
    rx = _pinyin_word_re()
    return rx is not None and all(rx.fullmatch(w.strip(".").lower()) for w in latin.split())


def _speech_after(p, e: int) -> bool:
    """Does a speech verb follow e, perhaps after one adverb (某某（Ming Li）表示, 某某（Ming Li）也指出)?"""
    sp, key = load_speakers(), p.key
    if sp.verb_re is None:
        return False
    if e < len(key) and key[e] in sp.adverbs:
        e += 1
    return bool(sp.verb_re.match(key, e))


def find_dotted_names(p) -> None:
    """某森·某 / 某某·某某斯: a Western name in transliteration whose given and family names a middle dot joins
    is a person's name wherever it stands. Both sides are characters of the transliteration table (the family
    name may be a Chinese surname alone: 某森·黃), the whole ends where a name ends and starts after a boundary."""
    from kg.discover import _name_end_ok, load_more

    more, key, pat = load_more(), p.key, p.pat
    chars = more.transliteration_chars
    for d in re.finditer("[·・]", key):
        i = d.start()
        lo = i
        while lo > 0 and key[lo - 1] in chars and i - lo < 4:
            lo -= 1
        hi = i + 1
        while hi < len(key) and key[hi] in chars and hi - i - 1 < 4:
            hi += 1
        ends = list(range(hi, i + 2, -1)) if hi > i + 2 else []
        if hi == i + 1 or (hi == i + 2 and not ends):
            if key[i + 1:i + 2] in pat.surnames:
                ends.append(i + 2)  # 某森·黃: a Chinese family name after the dot
        end = next((e for e in ends if _name_end_ok(p, e, numerals_ok=False)
                    and not (e - i - 1 >= 2 and common_word(key[i + 1:e], 2000))), None)
        if end is None:
            continue
        start = next((s for s in range(lo, i - 1) if (s == 0 or key[s - 1] in pat.boundary or p.left_ok(s))
                      and not common_word(key[s:i], 2000)), None)
        if start is None or end - start - 1 > more.transliteration_max:
            continue
        name = key[start:end]
        if p.lexicon_type(name) is not None or p.lexicon_type(re.sub("[·・]", "", name)) is not None:
            continue  # 勞斯·萊斯, 卡爾·蔡司: a firm or brand named after people, listed without its dot
        if _company_gloss(p, end):
            continue  # 某德·某茨（Foo & Bar）: the bracket names a firm, not a person
        if p.free(start, end) and not _overlaps_found(p, start, end):
            p.add(start, end, "Person", "person-dotted", 0.75)


_GLOSS_RE = re.compile(r"[（(]([^（()）]{1,60})[）)]")


def _company_gloss(p, e: int) -> bool:
    """Does a Latin gloss in brackets right after e name a firm or body (an "&", a `latin_not_person` word,
    or a name the lexicon types as other than a person)?"""
    m = _GLOSS_RE.match(p.text, e)
    if not m or not re.search("[A-Za-z]", m.group(1)):
        return False
    latin = m.group(1)
    stop = load_latin_not_person()
    return "&" in latin or any(w.strip(".,").lower() in stop for w in re.split(r"[\s\-]+", latin)) \
        or p.lexicon_type(latin) not in (None, "Person")


@lru_cache(maxsize=1)
@_pattern_data("person")
def load_inline_bar() -> re.Pattern | None:
    per = _load("person")
    roles = key_words(per.get("inline_bar_roles", []) + [w for w in per.get("credit_titles", []) if all(map(is_cjk, w)) and "丨" not in w])
    if not roles:
        return None
    return re.compile("(?:^|(?<=[ \u3000]))(?:" + _alt(sorted(roles, key=len, reverse=True))
                      + ")[ \u3000]*[|丨｜][ \u3000]*")


def find_inline_bar_credits(p) -> None:
    """來源 | 某刊 作者 | 某某 編輯 | 某某: a role, a bar and one name inside a longer metadata line; the name is
    a surname and one to three characters and ends at a space, a digit or the line's end (the page may close
    the spaces up)."""
    rx, key = load_inline_bar(), p.key
    if rx is None:
        return
    for m in rx.finditer(key):
        s = m.end()
        e = s
        while e < len(key) and is_cjk(key[e]) and e - s < 5:
            e += 1
        if not (e == len(key) or not is_cjk(key[e]) and not key[e].isascii() or key[e] in " \t\n0123456789") \
                or not 2 <= e - s <= 4:
            continue
        first = surname_len(p.pat, key, s)
        # four characters only after a compound surname (歐陽某某): a single surname and three more are an
        # outlet or a firm (藍鯨財經); nor a name ending like an outlet or a company (某某網, 某某晚報, 某融界)
        if not first or e - s - first not in (1, 2) or common_word(key[s:e], 2000) \
                or p.lexicon_type(key[s:e]) not in (None, "Person") or key[e - 1] in load_speakers().not_last \
                or key[s:e].endswith(_credit_outlet_ends()):
            continue
        if not _person_at(p, s, e) and p.free(s, e) and not _overlaps_found(p, s, e):
            p.add(s, e, "Person", "person-inline-credit", 0.8)


# -- PEOPLE30 lane: one founder after 由 (該公司由某某於2015年創立) ------------------------------------
@lru_cache(maxsize=1)
@_pattern_data("person")
def load_single_founder() -> tuple[int, str, tuple, str]:
    per = _load("person")
    return int(per.get("single_founder_gap", 0)), name_key(per.get("single_founder_not_before", "")), \
        tuple(key_words(per.get("single_founder_after", []))), name_key(per.get("single_founder_not_given", ""))


def _founder_name(p, s: int, after: tuple, not_given: str) -> int | None:
    """End of a name of two or three characters (a compound surname: three or four) at s, where a founding
    verb, a digit or one of `after` (于, 在, 等 …) follows it; the shorter name first (某某於2015年: not 某某於).
    The character after the surname is none of `not_given` (由林總創立: a surname and a title)."""
    from kg.discover import _cjk_run, load_more

    key, verbs = p.key, load_more().founder_verbs
    first = surname_len(p.pat, key, s)
    if not first:
        return None
    for n in (first + 1, first + 2):
        e = s + n
        if e >= len(key) or not _cjk_run(key[s:e]) or (n - first >= 2 and common_word(key[s + first:e], 150)) \
                or key[s + first] in not_given:  # 由林總創立: a surname and a title, the person named in full elsewhere
            continue
        if key.startswith(verbs, e) or key.startswith(after, e) or key[e].isdigit():
            return e
    return None


def find_single_founders(p) -> None:
    """由某某創立 / 由某某於2015年創辦: one name after 由, a founding verb a few characters on in the same clause.
    (Two or more names are find_founders' in kg/discover.py.) The name is a surname and one or two characters,
    not a dictionary word, not a name the lexicon types otherwise; 由 is no part of a word (理由, 自由)."""
    from kg.discover import load_more

    gap, not_before, after, not_given = load_single_founder()
    more, key, pat = load_more(), p.key, p.pat
    if not gap or not more.founder_verbs or not more.founder_openers or not any(w in key for w in more.founder_openers):
        return
    for m in re.finditer(_alt(more.founder_openers), key):  # 由 (person.toml founder_openers)
        s = m.end()
        if m.start() > 0 and key[m.start() - 1] in not_before:
            continue
        e = _founder_name(p, s, after, not_given)
        if e is None or common_word(key[s:e], 200) or p.lexicon_type(key[s:e]) not in (None, "Person"):
            continue
        stretch = key[e:e + gap + 4]
        cut = next((i for i, c in enumerate(stretch) if c in pat.boundary or c in "，,。；;：:、"), len(stretch))
        if not any(0 <= stretch.find(v) <= min(cut, gap) for v in more.founder_verbs):
            continue
        if p.free(s, e) and not _overlaps_found(p, s, e):
            p.add(s, e, "Person", "person-founder-one", 0.7)
