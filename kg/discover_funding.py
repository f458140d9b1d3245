"""FUNDING lane: investors found by the deal they take part in (ontology/patterns/company.toml [round_investors]).

A clause that ends in a verb of a financing round names the round's investors before the verb:
    天使輪由小米戰略投資部領投，甲資本和乙資本跟投；…，丙、丁資本、戊等機構聯合投資。
Each member that looks like a name is a company (source company-round), when the list has a member kg knows as a
company or one ending like an investor (某某資本, 某某創投). The same holds for a name ending like an investor
right before 及其一致行動人 (a shareholder list) and right after 控制的 before a word on the stake.

FUNDS lane: the same test of a list in the other slots of a financing — 來自甲、乙的天使投資, 基石投資者分別為甲、乙等,
股東包括甲、乙 (company.toml `slots`), and a clause opening with its investors before 宣佈參與…融資 / 完成對…的投資
(`lead_cues`); a Latin name ending like an investor (3W Fund, Foo Capital: `latin_suffixes`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import (_FUNCTION_CHARS, Page, _alt, _cjk_run, _load, _overlaps_found, _pattern_data, common_word,
                         load_more, ordinary_phrase, starts_like_clause, surname_len)
from kg.paths import file_stamp, ontology_dir

_CLAUSE_ENDS = "，,。；;：:！!？?\n"
_NAME_OPENERS = frozenset("和与及")  # FUNDS lane: function characters a listed investor's name may open with
_LONGEST_CLAUSE = 80  # characters a round's clause may run back from its verb
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&][A-Za-z0-9&.'-]*){0,4}")
_LATIN_INVESTOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&][A-Za-z0-9&.'-]*){0,4}")


@dataclass(frozen=True)
class RoundRules:
    """company.toml [round_investors], compiled once per edit of the file."""
    cfg: dict
    verb: re.Pattern
    tail: re.Pattern
    opener: re.Pattern
    concert: re.Pattern
    controlled: re.Pattern
    named: re.Pattern | None  # _find_named_investors' verb and noun (None without role_verbs or role_nouns)
    suffixes: tuple  # longest first
    strip: tuple  # longest first
    not_stems: tuple
    party: tuple  # party_kinds and company.toml investor_not, without 等
    joiners: tuple  # company.toml list_joiners without 、, longest first
    followers: tuple  # controlled_followers
    slots: tuple  # FUNDS lane: (compiled) slots with a group «list» of investors
    lead: re.Pattern | None  # FUNDS lane: lead_cues — the clause's opening list invests
    owner: re.Pattern | None  # FUNDS lane: owner_prefix — 某基金下屬的 before the investor
    latin_suffixes: tuple  # FUNDS lane: last words of a Latin investor's name (Fund, Capital, Ventures), lower case


def _round_rules() -> RoundRules | None:
    path = ontology_dir() / "patterns" / "company.toml"
    return _compile_rules(str(path), file_stamp(path))


@lru_cache(maxsize=4)
@_pattern_data("company")
def _compile_rules(_path: str, _stamp) -> RoundRules | None:
    co = _load("company")
    cfg = co.get("round_investors")
    if not cfg:
        return None
    verb = re.compile(f"(?:{_alt(cfg['verbs'])})(?=\\s*(?:[{re.escape(_CLAUSE_ENDS)}]|$))")
    heads = tuple(co.get("list_investor_heads", [])) + tuple(cfg["closing_heads"])
    tail = re.compile(f"(?:等(?:{_alt(cfg['closing_modifiers'])})?(?:{_alt(heads)}))?"
                      f"(?:{_alt(cfg['joiners_before_verb'])})*$")
    verbs, nouns = cfg.get("role_verbs", []), cfg.get("role_nouns", [])
    named = re.compile(f"(?:{_alt(verbs)})(?=\\s*(?P<co>[^，,。；;]{{2,12}}?)的[^，,。；;的«»]{{0,10}}?(?:{_alt(nouns)}))") \
        if verbs and nouns else None
    more = load_more()
    return RoundRules(
        cfg=cfg, verb=verb, tail=tail,
        opener=re.compile(f"(?:{_alt(cfg['openers'])})+"),
        concert=re.compile(f"(?:{_alt(cfg['concert'])})"),
        controlled=re.compile(f"(?:{_alt(cfg['controlled'])})"),
        named=named,
        suffixes=tuple(sorted(cfg["suffixes"], key=len, reverse=True)),
        strip=tuple(sorted(cfg["strip"], key=len, reverse=True)),
        not_stems=tuple(cfg["not_stems"]),
        party=tuple(w for w in tuple(cfg["party_kinds"]) + more.investor_not if w != "等"),
        joiners=tuple(w for w in more.list_joiners if w != "、"),
        followers=tuple(cfg["controlled_followers"]),
        slots=tuple(re.compile(x) for x in cfg.get("slots", [])),
        lead=re.compile("|".join(f"(?:{x})" for x in cfg["lead_cues"])) if cfg.get("lead_cues") else None,
        latin_suffixes=tuple(x.lower() for x in cfg.get("latin_suffixes", [])),
        owner=re.compile(cfg["owner_prefix"]) if cfg.get("owner_prefix") else None,
    )


def _investor_stem_ok(r: RoundRules, stem: str, listed: bool = False) -> bool:
    """A stem of an investor's name: no ordinary word, no kind of investor; not opening like a clause (but a list
    member after 、 or a slot's word may open with a conjunction real names begin with: 、和利資本, 來自與某資本 — never
    with 其/各/每/更/再/一/這/那: 其旗下基金, 各路資本, 更多資本)."""
    return len(stem) >= 2 and _cjk_run(stem) and not any(c in _FUNCTION_CHARS for c in stem[1:]) \
        and not stem.startswith(r.not_stems) and not common_word(stem, int(r.cfg.get("stem_freq", 1000))) \
        and (listed and stem[0] in _NAME_OPENERS or not starts_like_clause(stem))


def _investor_form(r: RoundRules, name: str, listed: bool = False) -> bool:
    """Does `name` end like an investor (某某資本, 某某創投) with a stem that is a name?"""
    suf = next((x for x in r.suffixes if name.endswith(x)), None)
    return suf is not None and _investor_stem_ok(r, name[: -len(suf)], listed)


def _place_opens(p: Page, s: int, e: int) -> bool:
    """Is the only known name inside key[s:e] a place opening it (臨港科創投, 南湖投資)?"""
    inside = _known_at(p, s, e)
    return len(inside) == 1 and inside[0].type == "Place" and inside[0].start == s and inside[0].end < e


def _known_at(p: Page, s: int, e: int):
    return [m for m in p.known if m.start < e and s < m.end]


def _member(p: Page, r: RoundRules, s: int, e: int, listed: bool = False):
    """(kind, start, end, over) of a list member key[s:e]: kind "known" (a known company), "sure" (a name
    ending like an investor, or a known company with an investor's word after it), "name" (looks like a name)
    or None (drops the list)."""
    key = p.key
    while s < e and key[s] == " ":
        s += 1
    while e > s and key[e - 1] == " ":
        e -= 1
    for w in r.strip:
        if key.endswith(w, s, e) and e - len(w) - s >= 2:
            e -= len(w)
            break
    name = key[s:e]
    if not 2 <= len(name) <= 10 or name in r.cfg["not_members"] or name in load_more().investor_not:
        return None
    inside = _known_at(p, s, e)
    found = [m for m in p.found if m.start < e and s < m.end]
    if any(m.type == "Person" for m in inside) or any(m.type == "Person" for m in found):
        return None  # 甲資本和創始人某某跟投: a person among them (affiliated.title would read 甲資本和創始人某某) drops the list
    if _party_kind(r, name):
        return "skip", s, e, False  # 多位天使投資人, 部分老股東, 管理團隊: no name, but no reason to doubt the others
    if inside:
        k = inside[0]
        if len(inside) == 1 and k.start == s and k.end == e:
            return ("known", s, e, False) if k.type == "Company" else None
        rest = key[k.end:e]
        if len(inside) == 1 and k.start == s and k.type == "Company" and rest in r.suffixes:
            return "sure", s, e, True  # 蔚來資本: a known company's investment arm
        if len(inside) == 1 and k.start == s and k.type == "Place" and _investor_form(r, name):
            return "sure", s, e, True  # 臨港科創投: a place opens the investor's name
        return None
    if found:
        if len(found) == 1 and found[0].start == s and found[0].end == e and found[0].type == "Company":
            return "known", s, e, False
        return None
    if p.lexicon_type(p.text[s:e]) not in (None, "Company"):
        return None
    if _investor_form(r, name, listed=listed or s > 0 and key[s - 1] == "、"):
        return "sure", s, e, False
    if _latin_investor(r, p.text, s, e):
        return "sure", s, e, False  # 3W Fund, Foo Capital, Bar Ventures (FUNDS lane)
    if _LATIN.fullmatch(p.text, s, e) and p.text[s].isupper() and len(name) >= 3:
        return "name", s, e, False  # Oceanpine, Foo Capital
    if _cjk_run(name) and len(name) <= 8 and not any(c in _FUNCTION_CHARS for c in name) \
            and not common_word(name, 200) and not ordinary_phrase(name) and not starts_like_clause(name):
        if listed and len(name) <= 4 and surname_len(p.pat, name, 0):
            return "skip", s, e, False  # 李某某 in a cornerstone list: maybe a person, no company (FUNDS lane)
        return "name", s, e, False
    return None


def _latin_investor(r: RoundRules, text: str, s: int, e: int) -> bool:
    """Is text[s:e] a Latin name whose last word is an investor's (3W Fund, Foo Capital), with a word before it
    that is no ordinary lower-case word (not 'venture capital', 'the fund')?"""
    if not _LATIN_INVESTOR.fullmatch(text, s, e):
        return False
    words = text[s:e].split()
    return len(words) >= 2 and words[-1].lower() in r.latin_suffixes and not words[0].islower() \
        and words[0].lower() not in r.latin_suffixes


def _party_kind(r: RoundRules, name: str) -> bool:
    """Is a member a kind of party that takes part in rounds with no name of its own (company.toml investor_not and
    [round_investors] party_kinds: 多位天使投資人, 地方國資, 管理團隊, CEO)?"""
    return any(w in name for w in r.party)


def _split(r: RoundRules, key: str, s: int, e: int) -> list[tuple[int, int]]:
    """The members of key[s:e]: split at 、, then at the other list joiners (以及 / 和 / 及 / 與) with two characters or
    more on each side."""
    out = []
    for a, b in _pieces(key, s, e, "、"):
        pos, lo = a, a
        while pos < b:
            j = next((w for w in r.joiners if key.startswith(w, pos)), None)
            if j and pos - lo >= 2 and b - (pos + len(j)) >= 2:
                out.append((lo, pos))
                lo = pos = pos + len(j)
                continue
            pos += 1
        out.append((lo, b))
    return out


def _clause_lo(key: str, v: int) -> int:
    """Where the clause ending at key[v] starts (at most _LONGEST_CLAUSE characters back)."""
    lo = v
    while lo > 0 and key[lo - 1] not in _CLAUSE_ENDS and v - lo < _LONGEST_CLAUSE:
        lo -= 1
    return lo


def _members(p: Page, r: RoundRules, s: int, e: int, listed: bool = False) -> list | None:
    """_member of each member of the list key[s:e], or None when one of them drops the list (`listed`: the list
    follows a word that opens it, so its first member may start with a function character: 來自和利資本)."""
    members = [_member(p, r, a, b, listed) for a, b in _split(r, p.key, s, e)]
    return None if any(x is None for x in members) else members


def _add_members(p: Page, members: list) -> None:
    """Each member read as "sure" or "name" a company (source company-round), unless a found mention overlaps it."""
    for kind, s, e, over in members:
        if kind in ("sure", "name") and not _overlaps_found(p, s, e):
            p.add(s, e, "Company", "company-round", 0.7, over=over)


def _pieces(key: str, s: int, e: int, sep: str):
    lo = s
    for i in range(s, e):
        if key[i] == sep:
            yield lo, i
            lo = i + 1
    yield lo, e


def find_round_investors(p: Page) -> None:
    r = _round_rules()
    if r is None:
        return
    key = p.key
    receivers = r.cfg.get("receivers", [])
    for m in r.verb.finditer(key):
        v = m.start()
        lo = _clause_lo(key, v)
        j = key.rfind("由", lo, v)
        rc = max((i + len(w) for w in receivers if (i := key.rfind(w, lo, v)) >= 0), default=-1)
        if j >= 0 and not key.startswith("由于", j) and key[j - 1:j] not in ("理", "自", "缘", "因", "经"):
            lo = j + 1
        elif rc >= 0:
            lo = rc  # 公司獲得乙資本戰略投資 / 近期引入丙創投投資: the investors follow the receiving verb
        else:
            om = r.opener.match(key, lo)
            if om:
                lo = om.end()
        t = r.tail.search(key, lo, v)
        hi = t.start() if t else v
        _take_list(p, r, lo, hi, bool(t) and key.startswith("等", hi))
    _find_concert(p, r)
    _find_named_investors(p, r)
    _find_slots(p, r)


def _take_list(p: Page, r: RoundRules, lo: int, hi: int, closed: bool, listed: bool = False) -> None:
    """The members of key[lo:hi] companies when the list holds one known or sure member (names that only look
    like names need the list closed by 等 or two sure members)."""
    if hi - lo < 2:
        return
    members = _members(p, r, lo, hi, listed)
    if members is None:
        return
    members = [x for x in members if x[0] != "skip"]
    sure = sum(1 for x in members if x[0] in ("known", "sure"))
    names = sum(1 for x in members if x[0] == "name")
    if sure == 0 or (names and not (closed or sure >= 2)):
        return
    _add_members(p, members)


def _find_slots(p: Page, r: RoundRules) -> None:
    """FUNDS lane: investors in the other slots of a financing (company.toml [round_investors] slots and
    lead_cues): 來自乙資本、丙基金的天使投資 / 基石投資者分別為甲、乙等 / 乙資本宣佈參與甲的融資."""
    key = p.key
    for rx in r.slots:
        for m in rx.finditer(key):
            lo, hi = m.span("list")
            _take_list(p, r, lo, hi, key.startswith("等", hi), listed=True)
    if r.lead is None:
        return
    for m in r.lead.finditer(key):
        v = m.start()
        lo = _clause_lo(key, v)
        om = r.opener.match(key, lo, v)
        if om:
            lo = om.end()
        if r.owner is not None:
            om = r.owner.match(key[lo:v])
            if om:
                lo += om.end()
        t = r.tail.search(key, lo, v)
        hi = t.start() if t else v
        _take_list(p, r, lo, hi, bool(t) and key.startswith("等", hi))


def _find_concert(p: Page, r: RoundRules) -> None:
    """甲投資及其一致行動人某某 (a shareholder list) / 某某及其控制的甲投資合計持股: a name ending like an investor."""
    key = p.key
    for m in r.concert.finditer(key):
        e = m.start()
        for s in range(max(0, e - 10), e - 3):
            if not (s == 0 or key[s - 1] in _CLAUSE_ENDS + "、" or key.endswith(("包括", "包含", "为", "有"), 0, s)):
                continue
            if _add_holder(p, r, s, e):
                break
        _holders_after(p, r, m.end())
    followers = r.followers
    for m in r.controlled.finditer(key):
        s = m.end()
        for e in range(s + 4, min(len(key), s + 10) + 1):
            if not key.startswith(followers, e):
                continue
            _add_holder(p, r, s, e)
            break


def _add_holder(p: Page, r: RoundRules, s: int, e: int) -> bool:
    """key[s:e] a company when it ends like an investor and nothing known or found covers it (a place may open it)."""
    over = _place_opens(p, s, e)
    if _cjk_run(p.key[s:e]) and _investor_form(r, p.key[s:e]) and (p.free(s, e) or over) \
            and not _overlaps_found(p, s, e) and p.lexicon_type(p.text[s:e]) is None:
        p.add(s, e, "Company", "company-round", 0.7, over=over)
        return True
    return False


def _holders_after(p: Page, r: RoundRules, pos: int) -> None:
    """…及其一致行動人某某、甲、乙資本、丙等: the holders listed after the person acting in concert — a name ending
    like an investor among them is a company (the list finders drop a list holding a person)."""
    key = p.key
    person = next((m for m in p.known + p.found if m.type == "Person" and m.start == pos), None)
    if person is None:
        return
    pos = person.end
    while pos < len(key) and key[pos] == "、":
        s = pos + 1
        e = s
        while e < len(key) and key[e] not in _CLAUSE_ENDS + "、等" and e - s <= 10:
            e += 1
        if e - s > 10 or e >= len(key):
            return
        name = key[s:e]
        known = _known_at(p, s, e) or [m for m in p.found if m.start < e and s < m.end]
        if not known and _cjk_run(name) and _investor_form(r, name, listed=True) and p.lexicon_type(p.text[s:e]) is None:
            p.add(s, e, "Company", "company-round", 0.7)
        elif known and not all(m.type in ("Company", "Person") for m in known):
            return  # a person among the holders (…一致行動人某某、某某某、丙資本) is passed over, not the list's end
        pos = e


def _find_named_investors(p: Page, r: RoundRules) -> None:
    """甲創投及Foo為乙的領航資深獨立投資者: the list before a verb naming its members a known company's investors."""
    rx = r.named
    if rx is None:
        return
    key = p.key
    companies = None
    for m in rx.finditer(key):
        if companies is None:  # built at the first match, before this finder adds any
            companies = {c.start: c for c in p.known + p.found if c.type == "Company"}
        co = companies.get(m.end())
        if co is None or co.end != m.end("co"):
            continue  # 為乙的…: 乙 must be a company kg knows, right after the verb
        v = m.start()
        lo = _clause_lo(key, v)
        om = r.opener.match(key, lo, v)
        if om:
            lo = om.end()  # 而甲創投及乙為…
        if v - lo < 2:
            continue
        members = _members(p, r, lo, v)
        if members is None or not any(x[0] == "sure" for x in members):
            continue
        _add_members(p, members)
