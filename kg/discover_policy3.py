"""Stage 4b (part, POLICYREL): tariffs named by who imposes them and on whom.

Called by kg.discover_policy.find_headed_policies on the same Page. The words live in
ontology/patterns/policy.toml (tariff_*):

- 美國對印度加徵50%關稅, 某國政府對某國進口商品徵收高達25%的關稅, 甲國對乙國的報復性關稅: one policy named
  〈issuer〉對〈target〉關稅, marked on the head word only, so that the two places keep their own mentions
  and the rule policy.tariff-on (ontology/rules/relations.toml) reads issuedBy and restricts;
- 甲國對乙國關稅表示不滿 (a reaction to another's tariff) and a target list (對甲國和乙國) name none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _alt, _load, _overlaps_found, _pattern_data, key_words
from kg.discover_policy import _CLAUSE_ENDS


@dataclass(frozen=True)
class TariffForms:
    head_re: re.Pattern | None
    gap: int
    issuer_gap: int
    bodies: tuple
    not_after: tuple
    joiners: str


@lru_cache(maxsize=1)
@_pattern_data("policy")
def load_tariffs() -> TariffForms:
    pol = _load("policy")
    heads = key_words(pol.get("tariff_heads", []))
    return TariffForms(head_re=re.compile(_alt(heads)) if heads else None, gap=int(pol.get("tariff_gap", 16)),
                       issuer_gap=int(pol.get("tariff_issuer_gap", 8)),
                       bodies=key_words(pol.get("tariff_issuer_bodies", [])),
                       not_after=key_words(pol.get("tariff_not_after", [])),
                       joiners="".join(key_words(pol.get("tariff_joiners", []))))


def _issuer_place(p, m, bodies: tuple) -> str | None:
    """The printed place a mention stands for: a place, or a body named as the place and 政府 / 當局."""
    if m.type == "Place":
        return p.text[m.start:m.end]
    if m.type != "Organization":
        return None
    name = p.key[m.start:m.end]
    for b in bodies:
        if name.endswith(b) and len(name) > len(b):
            entry = p.lex.lookup(name[:-len(b)])
            if entry is not None and entry.type == "Place":
                return p.text[m.start:m.end - len(b)]
    return None


def find_tariffs(p) -> None:
    f, key = load_tariffs(), p.key
    if f.head_re is None or "对" not in key:
        return
    names = sorted((m for m in p.known + p.found if m.type in ("Place", "Organization")), key=lambda m: m.start)
    for h in f.head_re.finditer(key):
        hs, he = h.span()
        if not p.free(hs, he) or _overlaps_found(p, hs, he) or key.startswith(f.not_after, he) \
                or key.startswith(f.not_after, he + 1):
            continue
        lo = hs
        while lo > 0 and key[lo - 1] not in _CLAUSE_ENDS and hs - lo < f.gap + 30:
            lo -= 1
        # the target: the last place before the head in its clause, printed right after 對, within the gap
        target = next((m for m in reversed(names) if lo <= m.start and m.end <= hs and m.type == "Place"), None)
        if target is None or hs - target.end > f.gap or key[target.start - 1:target.start] != "对" \
                or any(n.type == "Place" and target.end <= n.start and n.end <= hs for n in names):
            continue
        between = key[target.end:hs]
        if any(c in between for c in f.joiners):
            continue  # 對甲國和乙國加徵關稅: several targets, no one name
        o = target.start - 1  # 對
        issuer = next((m for m in reversed(names) if lo <= m.start and m.end <= o and o - m.end <= f.issuer_gap), None)
        place = _issuer_place(p, issuer, f.bodies) if issuer is not None else None
        if place is None or p.key[issuer.start:issuer.end] == p.key[target.start:target.end]:
            continue
        name = place + p.text[o] + p.text[target.start:target.end] + p.text[hs:he]
        p.add(hs, he, "Policy", "policy-tariff", 0.7, canonical=name)


def clause_issuer_place(p, s: int) -> str | None:
    """The country of the issuer named last before s in its clause, as printed: a place, or a government
    named as the place and 政府 (韓國政府推出半導體支援方案: 韓國). None when the nearest issuer is another
    body (經濟部, a company) or none is named."""
    f, key = load_tariffs(), p.key
    lo = s
    while lo > 0 and key[lo - 1] not in _CLAUSE_ENDS:
        lo -= 1
    last = max((m for m in p.known + p.found if m.type in ("Place", "Organization", "Company")
                and lo <= m.start and m.end <= s), key=lambda m: m.end, default=None)
    return _issuer_place(p, last, f.bodies) if last is not None and last.type != "Company" else None
