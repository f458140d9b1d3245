"""Stage 4b (part): policies printed without quotes, named by their head word.

Called by kg.discover.find_policies on the same Page. The words live in ontology/patterns/policy.toml
(headed_* and numbered_heads):

- 日本半導體戰略, 美國晶片補貼 (a known place, the stem, a head word: the place is part of the name);
- 依據國防授權法案, 公布半導體產業支援計劃 (an opener word, the stem, a head word; a plan's head needs a
  government or a place named earlier in the clause, as a company has plans too);
- 232條款, 第301條款, 232關稅 (a section or a tariff named by its number).

該法案, 相關政策, 新規 alone, 擴產計畫 of a company stay descriptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import (_alt, _holds_verb, _load, _overlaps_found, _pattern_data, common_word, key_words, known_name_ending,
                         starts_like_clause)
from kg.normalize import is_cjk


@dataclass(frozen=True)
class HeadedPolicies:
    head_re: re.Pattern | None
    law_heads: frozenset
    openers: tuple
    stem_max: int
    not_chars: frozenset
    stop: tuple
    generic: frozenset
    right: tuple
    numbered_re: re.Pattern | None
    issue_verbs: tuple = ()
    numbered_tail_re: re.Pattern | None = None
    numbered_doc_re: re.Pattern | None = None
    programme_verbs: tuple = ()
    programme_issuer_ends: tuple = ()
    programme_max: int = 12
    programme_not_chars: frozenset = frozenset()
    rule_heads: frozenset = frozenset()
    owned_types: frozenset = frozenset()
    owned_re: re.Pattern | None = None
    percent_re: re.Pattern | None = None
    issue_after: tuple = ()
    doc_not_ends: tuple = ()
    issue_verbs_le: tuple = ()  # the issue verbs with 了 (印發了《…》)
    issue_after_gap: tuple = ()
    issue_article_re: re.Pattern | None = None
    amount_opener_re: re.Pattern | None = None  # POLICYREL: 推出26兆韓元半導體支援方案 (the sum is no part of the name)
    amount_re: re.Pattern | None = None


@lru_cache(maxsize=1)
@_pattern_data("policy")
def load_headed() -> HeadedPolicies:
    pol = _load("policy")
    law, plan = key_words(pol.get("headed_law_heads", [])), key_words(pol.get("headed_plan_heads", []))
    heads = key_words(law + plan)
    nh = key_words(pol.get("numbered_heads", []))
    return HeadedPolicies(
        head_re=re.compile(_alt(heads)) if heads else None, law_heads=frozenset(law),
        openers=tuple(key_words(pol.get("headed_openers", []))), stem_max=int(pol.get("headed_stem_max", 8)),
        not_chars=frozenset(pol.get("headed_not_chars", "")), stop=tuple(key_words(pol.get("headed_stop", []))),
        generic=frozenset(key_words(pol.get("headed_generic", []))),
        right=tuple(key_words(pol.get("headed_right", []))),
        numbered_re=re.compile(f"(?<![0-9A-Za-z.])(?:第)?([0-9]{{3}})(?:{_alt(nh)})") if nh else None,
        rule_heads=frozenset(key_words(pol.get("policy_rule_heads", []))),
        owned_types=frozenset(pol.get("owned_types", [])),
        owned_re=re.compile(_alt(key_words(pol["owned_heads"]))) if pol.get("owned_heads") else None,
        percent_re=re.compile(f"(?<![0-9.])[0-9]{{1,3}}(?:\\.[0-9]+)?%(?:{_alt(key_words(pol['percent_heads']))})")
        if pol.get("percent_heads") else None,
        programme_verbs=key_words(pol.get("programme_verbs", [])),
        programme_issuer_ends=key_words(pol.get("programme_issuer_ends", [])),
        programme_max=int(pol.get("programme_max", 12)),
        programme_not_chars=frozenset(pol.get("programme_not_chars", "")),
        numbered_tail_re=re.compile(f"[\u4e00-\u9fffa-z0-9]{{2,{int(pol.get('numbered_tail_max', 6))}}}?"
                                    f"(?:{_alt(key_words(pol['numbered_tail_heads']))})")
        if pol.get("numbered_tail_heads") else None,
        numbered_doc_re=re.compile(pol["numbered_doc"]) if pol.get("numbered_doc") else None,
        issue_verbs=key_words(pol.get("issue_verbs", [])), issue_after=key_words(pol.get("issue_after", [])),
        issue_verbs_le=tuple(v + "了" for v in key_words(pol.get("issue_verbs", []))),
        issue_after_gap=key_words(pol.get("issue_after_gap", [])),
        issue_article_re=re.compile(pol["issue_after_article"]) if pol.get("issue_after_article") else None,
        amount_opener_re=re.compile(f"(?:{_alt(key_words(pol['headed_openers']))})(?:了)?{pol['amount_opener']}$")
        if pol.get("amount_opener") else None,
        amount_re=re.compile(pol["amount_opener"]) if pol.get("amount_opener") else None,
        doc_not_ends=key_words(pol.get("doc_not_ends", [])))


_TITLE = re.compile(r"《([^《》\n]{2,40})》")


def find_issued_documents(p) -> None:
    """國務院印發《關於某某的若干措施》, 《某某管理辦法》正式施行: a title in 《》 that an act issues or puts in
    force is a policy, whatever word ends it (titles of reports and periodicals excepted)."""
    from kg.discover import load_extra

    f, key = load_headed(), p.key
    if not f.issue_verbs:
        return
    x = load_extra()
    for m in _TITLE.finditer(key):
        s, e = m.span(1)
        name = m.group(1)
        if not p.free(s, e) or _overlaps_found(p, s, e) or name.endswith(f.doc_not_ends) \
                or name.endswith(x.not_media) or not any(is_cjk(c) for c in name):
            continue
        before = key.endswith(f.issue_verbs, 0, m.start()) or key.endswith(f.issue_verbs_le, 0, m.start())
        after = key.startswith(f.issue_after, m.end()) \
            or (f.issue_article_re is not None and f.issue_article_re.match(key, m.end()) is not None) \
            or any(key.startswith(f.issue_after_gap, i) and all(is_cjk(c) and c not in _CLAUSE_ENDS for c in key[m.end():i])
                   for i in range(m.end() + 1, min(len(key), m.end() + 5)))  # 《…》下月正式施行
        if (before or after) and not key.startswith(x.media_verbs, m.end()):  # 根據《某某》報導: an outlet
            p.add(s, e, "Policy", "policy-issued", 0.8)


_CLAUSE_ENDS = "，。；：！？\n,;:!?「」“”《》（）()"


def clause_lo(key: str, pos: int) -> int:
    """Where the clause holding `pos` starts: right after the last of _CLAUSE_ENDS before it (0 at the text's
    start). The one walk back the policy and organization finders share."""
    lo = pos
    while lo > 0 and key[lo - 1] not in _CLAUSE_ENDS:
        lo -= 1
    return lo


def _stem_ok(p, stem: str, head: str, f: HeadedPolicies) -> bool:
    if stem in f.generic and _named_law(head):
        return True  # 國家安全法, 企業保護法: the head names the law, a general stem does not make it a description
    if f.amount_re is not None and stem[:1].isdigit() and f.amount_re.match(stem):
        return False  # 26兆韓元半導體: a sum opens no name
    if len(stem) < 2 or any(c in f.not_chars for c in stem) or stem.startswith(f.stop) or stem in f.generic \
            or stem.isdigit() or any(o in stem for o in f.openers):
        return False  # 週三公布新規: an opener ends before a name, never inside it
    if len(head) >= 3:
        return True  # 國防授權法案, 通膨削減法案: the head names the kind of law
    return not starts_like_clause(stem)


def _named_law(head: str) -> bool:
    """A head of three characters or more ending in 法 names a kind of law (安全法, 保護法, 促進法)."""
    return len(head) >= 3 and head.endswith("法")


def _known_at(p, s: int, e: int) -> list:
    return [m for m in p.known + p.found if m.start < e and s < m.end]


def _issuer_in_clause(p, s: int) -> bool:
    """Is a place or a government (an organization) named earlier in the clause that ends at s?"""
    lo = s
    while lo > 0 and p.key[lo - 1] not in _CLAUSE_ENDS:
        lo -= 1
    return any(m.type in ("Place", "Organization") and lo <= m.start and m.end <= s for m in p.known + p.found)


def _right_ok(p, e: int, head: str, f: HeadedPolicies) -> bool:
    """Does the name end after the head: not 戰略合作, 計劃書 (the head starts a longer word)?"""
    key = p.key
    if p.right_ok(e) or key.startswith(f.right, e) or key[e:e + 1] in _CLAUSE_ENDS:
        return True
    return not (common_word(head + key[e:e + 2], 1) or common_word(head + key[e:e + 1], 1)
                or common_word(key[e - 1:e + 1], 1))


_QUOTED = re.compile(r'[「“"]([^「」“”"\n，。,]{2,30})[」”"]')


def _public_issuer(p, lo: int, hi: int, ends: tuple) -> bool:
    """Is a place or a public body (an organization whose name ends like `ends`) named in key[lo:hi]?"""
    from kg.normalize import name_key

    return any(lo <= m.start and m.end <= hi and (m.type == "Place" or m.type == "Organization" and
                                                  name_key(m.text).endswith(ends)) for m in p.known + p.found)


def find_quoted_programmes(p) -> None:
    """歐盟推出「需求加速器」: a quoted name launched by a place or a public body is a policy."""
    f, key = load_headed(), p.key
    if not f.programme_verbs:
        return
    heads = tuple(h for h, _t in p.pat.named.quoted_heads)
    gap = p.pat.named.max_modifier
    for m in _QUOTED.finditer(key):
        v = next((v for v in f.programme_verbs if key.endswith(v, 0, m.start())), None)
        if v is None:
            continue
        s, e = m.span(1)
        name = m.group(1)
        if len(name) > f.programme_max or not any(is_cjk(c) for c in name) or any(c in f.programme_not_chars for c in name) \
                or any(k.start < e and s < k.end and (k.start < s or k.end > e or k.type in ("Company", "Person"))
                       for k in p.known) or _overlaps_found(p, s, e) \
                or any(key.startswith(heads, i) for i in range(e + 1, e + 2 + gap)):
            continue
        lo = clause_lo(key, m.start() - len(v))
        if _public_issuer(p, lo, m.start() - len(v), f.programme_issuer_ends):
            p.add(s, e, "Policy", "policy-programme", 0.7, over=True)  # 「晶創台灣」: a place inside the name


_YEAR_NO_NIAN = re.compile(r"([0-9]{4})第")


def find_numbered_documents(p) -> None:
    """商務部公告2024年第46號, 工信部令第5號: a body's numbered announcement or order (the body is part of
    the name)."""
    f, key = load_headed(), p.key
    if f.numbered_doc_re is None:
        return
    ends = {m.end: m for m in p.known + p.found if m.type == "Organization"}
    for m in f.numbered_doc_re.finditer(key):
        s, e = m.span()
        start = ends[s].start if s in ends else known_name_ending(p, s, ("Organization",), 12)  # 商務部公告: one word
        if start is None or not p.free(s, e) or _overlaps_found(p, start, e):
            continue
        name = _YEAR_NO_NIAN.sub(r"\1年第", p.text[start:e])  # 公告2025第61號 is 公告2025年第61號
        p.add(start, e, "Policy", "policy-numbered-doc", 0.8, over=True,
              **({"canonical": name} if name != p.text[start:e] else {}))


@lru_cache(maxsize=1)
@_pattern_data("policy")
def _coordinated_doc_re() -> re.Pattern | None:
    rx = _load("policy").get("numbered_doc_coordinated")
    return re.compile(rx) if rx else None


_NUMBER = re.compile(r"第([0-9]{1,4})号")


def _bare_body(p, name: str) -> str:
    """The body's name without a country printed before it when the rest names the same body (中國商務部 →
    商務部), so that 中國商務部發布2025年第62號公告 and 商務部公告2025年第62號 are one document."""
    whole = p.lex.lookup(name)
    for i in range(1, min(5, len(name) - 1)):
        place, rest = p.lex.lookup(name[:i]), p.lex.lookup(name[i:])
        if place is not None and place.type == "Place" and rest is not None and whole is not None \
                and rest.iri == whole.iri:
            return name[i:]
    return name


def find_coordinated_documents(p) -> None:
    """商務部發出2025年第61號和第62號公告: a body's numbered announcements printed together are each a
    policy, named like the one printed alone (商務部公告2025年第61號) after the body that issues them,
    the closest organization before them in the clause."""
    rx, key = _coordinated_doc_re(), p.key
    if rx is None:
        return
    orgs = sorted((m for m in p.known + p.found if m.type == "Organization"), key=lambda m: m.end)
    for m in rx.finditer(key):
        s = m.start()
        body = next((o for o in reversed(orgs) if o.end <= s and s - o.end <= 12
                     and not any(c in "。；;！？\n" for c in key[o.end:s])), None)
        if body is None or _overlaps_found(p, s, m.end()):
            continue
        year = m.group("year")
        kind = p.text[m.start("kind"):m.end("kind")]
        for n in _NUMBER.finditer(key, s, m.start("kind")):
            a, e = (s if n.start() == m.start("first") else n.start()), n.end()
            mark = p.text[e - 1]  # 號 or 号, as printed
            name = f"{_bare_body(p, body.text)}{kind}{year + '年' if year else ''}第{n.group(1)}{mark}"  # 2025第61號: 年 left out
            if p.free(a, e):
                p.add(a, e, "Policy", "policy-numbered-docs", 0.75, canonical=name)


def find_headed_policies(p) -> None:
    find_numbered_documents(p)
    find_coordinated_documents(p)
    find_issued_documents(p)
    find_quoted_programmes(p)
    f = load_headed()
    key = p.key
    if f.head_re is not None:
        for h in f.head_re.finditer(key):
            hs, he = h.start(), h.end()
            head = h.group()
            if not p.free(hs, he) or _overlaps_found(p, hs, he) or not _right_ok(p, he, head, f):
                continue
            law = head in f.law_heads
            best = None
            country = None
            for st in range(max(0, hs - f.stem_max), hs - 1):
                stem = key[st:hs]
                if not all(is_cjk(c) or c.isascii() and c.isalnum() or (c == " " and 0 < i < len(stem) - 1 and
                           stem[i - 1].isascii() and stem[i - 1] != " " and stem[i + 1].isascii())
                           for i, c in enumerate(stem)):
                    continue  # 晶片補貼, GAIN AI (a space only between Latin words)
                # known names inside the stem: technologies and chips only (日本半導體戰略)
                inside = _known_at(p, st, hs)
                ruled = head in f.rule_heads and any(m.type == "Policy" and m.start == st for m in inside)
                if any(m.start < st or m.type not in ("Technology", "Chip", "Product") and not (
                        ruled and m.type == "Policy") for m in inside):
                    continue
                if not _stem_ok(p, stem, head, f):
                    continue
                place = next((m for m in p.known if m.type == "Place" and m.end == st), None)
                opener = key.endswith(f.openers, 0, st) or (
                    f.amount_opener_re is not None and f.amount_opener_re.search(key, max(0, st - 30), st) is not None)
                owner = key[st - 1:st] == "的" and any(m.end == st - 1 and m.type in ("Place", "Organization")
                                                       for m in p.known + p.found)
                if ruled:
                    best = (st, st)  # 實體清單關聯企業規則: a rule of a known list
                elif place is not None:
                    best = (place.start, st)
                elif owner:
                    best = (st, st)  # 德國政府的晶片補貼計畫
                elif opener and (law or _issuer_in_clause(p, st)):
                    best = (st, st)
                    if not law:  # 韓國政府推出半導體支援方案: a scheme is its country's (韓國半導體支援方案)
                        from kg.discover_policy3 import clause_issuer_place

                        country = clause_issuer_place(p, st)
                elif law and (st == 0 or key[st - 1] in _CLAUSE_ENDS):
                    best = (st, st)
                elif _named_law(head) and key[st - 1:st] == "的":
                    best = (st, st)  # 動用新的國家安全法 (NAMES3): a law's name ends a description before it
                if best is not None:
                    break  # the longest stem whose left end is a name's start
            if best is None:
                continue
            s, st = best
            if _overlaps_found(p, s, he):
                continue
            p.add(s, he, "Policy", "policy-headed", 0.7, over=True,
                  canonical=country + p.text[s:he] if country else None)
    if f.owned_re is not None:
        owners = {m.end: m for m in p.known + p.found if m.type in f.owned_types}
        for h in f.owned_re.finditer(key):
            o = owners.get(h.start())
            if o is not None and p.free(h.start(), h.end()) and _right_ok(p, h.end(), h.group(), f) \
                    and not _overlaps_found(p, h.start(), h.end()):
                p.add(o.start, h.end(), "Policy", "policy-owned", 0.7, over=True)  # 科創板新政
    if f.percent_re is not None:
        for m in f.percent_re.finditer(key):
            if p.free(m.start(), m.end()) and not _overlaps_found(p, m.start(), m.end()):
                p.add(m.start(), m.end(), "Policy", "policy-percent", 0.7)  # 50%規則
    if f.numbered_re is not None:
        for m in f.numbered_re.finditer(key):
            s, e = m.start(1), m.end()
            t = f.numbered_tail_re.match(key, e) if f.numbered_tail_re is not None else None
            if t is not None and not any(c in f.not_chars for c in key[e:t.end()]) and p.free(e, t.end()) \
                    and not _holds_verb(key[e:t.end()]):
                e = t.end()  # 232條款半導體關稅: the section and what its tariff covers
            if p.free(s, e) and not _overlaps_found(p, s, e) and (e >= len(key) or not key[e].isascii()
                                                                    or not key[e].isalnum()):
                p.add(s, e, "Policy", "policy-numbered", 0.75)
    from kg.discover_policy3 import find_bans, find_bare_measures, find_levies, find_tariffs  # POLICYREL: 美國對印度加徵50%關稅 (after 301關稅, a named one)

    find_tariffs(p)
    find_levies(p)  # POLICY lane: 徵收晶片關稅, H20晶片對華出口許可
    find_bare_measures(p)  # POLICY2 lane: 由於美國制裁 / 美國的技術封鎖 (after the named measures)
    find_bans(p)  # POLICY2 lane: 禁止甲向中國出售乙
