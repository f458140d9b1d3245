"""Stage 4b (part, POLICYREL): tariffs named by who imposes them and on whom.

Called by kg.discover_policy.find_headed_policies on the same Page. The words live in
ontology/patterns/policy.toml (tariff_*):

- 美國對印度加徵50%關稅, 某國政府對某國進口商品徵收高達25%的關稅, 甲國對乙國的報復性關稅: one policy named
  〈issuer〉對〈target〉關稅, marked on the head word only, so that the two places keep their own mentions
  and the rule policy.tariff-on (ontology/rules/relations.toml) reads issuedBy and restricts;
- 甲國對乙國關稅表示不滿 (a reaction to another's tariff) and a target list (對甲國和乙國) name none;
- POLICY lane: export controls and sanctions the same way (measure_on_heads: 日本政府將對中國實施半導體設備
  出口限制 is 日本對中國出口限制, marked on 出口限制; the rule policy.measure-on reads issuedBy and restricts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.discover import _alt, _load, _overlaps_found, _pattern_data, key_words
from kg.discover_policy import _CLAUSE_ENDS, clause_lo
from kg.normalize import is_cjk, name_key, to_simplified


@dataclass(frozen=True)
class TariffForms:
    head_re: re.Pattern | None
    gap: int
    issuer_gap: int
    bodies: tuple
    not_after: tuple
    joiners: str
    measure_re: re.Pattern | None = None  # POLICY lane: export controls and sanctions named the same way
    measure_not_between: tuple = ()
    loosening: tuple = ()  # 放寬 / 解除 right before 對: the measure is eased, not imposed


@lru_cache(maxsize=1)
@_pattern_data("policy")
def load_tariffs() -> TariffForms:
    pol = _load("policy")
    heads = key_words(pol.get("tariff_heads", []))
    return TariffForms(head_re=re.compile(_alt(heads)) if heads else None, gap=int(pol.get("tariff_gap", 16)),
                       issuer_gap=int(pol.get("tariff_issuer_gap", 8)),
                       bodies=key_words(pol.get("tariff_issuer_bodies", [])),
                       not_after=key_words(pol.get("tariff_not_after", [])),
                       joiners="".join(key_words(pol.get("tariff_joiners", []))),
                       measure_re=re.compile(_alt(key_words(pol["measure_on_heads"]))) if pol.get("measure_on_heads") else None,
                       measure_not_between=key_words(pol.get("measure_not_between", [])),
                       loosening=key_words(pol.get("measure_loosening", [])))


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
    if "对" not in key:
        return
    if f.head_re is not None:
        _find_aimed(p, f, f.head_re, "policy-tariff", ())
    if f.measure_re is not None:  # POLICY lane: 日本政府將對中國實施半導體設備出口限制 (日本對中國出口限制)
        _find_aimed(p, f, f.measure_re, "policy-measure", f.measure_not_between)


def _find_aimed(p, f: TariffForms, head_re: re.Pattern, source: str, not_between: tuple) -> None:
    key = p.key
    names = sorted((m for m in p.known + p.found if m.type in ("Place", "Organization")), key=lambda m: m.start)
    for h in head_re.finditer(key):
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
        if not_between and (any(w in between for w in not_between) or any(
                m.type == "Company" and target.end <= m.start and m.end <= hs for m in p.known + p.found)):
            continue  # 對乙國企業實施制裁 / 對乙國某公司實施出口管制: the place describes the companies hit
        o = target.start - 1  # 對
        if key.endswith(f.loosening, 0, o):
            continue  # 日本放寬對韓國出口管制: a loosening names no measure of the issuer's (POLICY lane)
        issuer = next((m for m in reversed(names) if lo <= m.start and m.end <= o and o - m.end <= f.issuer_gap), None)
        place = _issuer_place(p, issuer, f.bodies) if issuer is not None else None
        if place is None or p.key[issuer.start:issuer.end] == p.key[target.start:target.end]:
            continue
        name = place + p.text[o] + p.text[target.start:target.end] + p.text[hs:he]
        p.add(hs, he, "Policy", source, 0.7, canonical=name)


@lru_cache(maxsize=1)
@_pattern_data("policy")
def _levied() -> tuple:
    """(regex of a levy verb, then the goods and 關稅: group `name`; regex of a chip's licence to export)."""
    pol = _load("policy")
    verbs, goods = key_words(pol.get("levy_verbs", [])), key_words(pol.get("levy_goods", []))
    heads = key_words(pol.get("levy_heads", []))
    levy = re.compile(f"(?:{_alt(verbs)})(?:了)?(?:高达|最高|最高达)?(?:[0-9.]+%)?(?:的)?(?P<name>(?:进口)?(?:{_alt(goods)})(?:{_alt(heads)}))") \
        if verbs and goods and heads else None
    lic = key_words(pol.get("licence_heads", []))
    # (POLICY2 lane: 批出H20的出口許可 — a 的 between the chip and the licence)
    licence = re.compile(f"\\s*(?:芯片|晶片|处理器|加速器|加速卡)?\\s*(?:的)?(?P<name>{_alt(lic)})") if lic else None
    return levy, licence


def find_levies(p) -> None:
    """特朗普表態可能對甲、乙等企業徵收晶片關稅 (a tariff on goods, named by them: 晶片關稅) and 美國政府批准H20晶片
    對華出口許可 (a chip's licence, named after the chip: H20對華出口許可, marked on 對華出口許可 so that the chip
    keeps its mention). The rules policy.levy-on and policy.licence-granted read issuedBy and restricts."""
    levy, licence = _levied()
    key = p.key
    if levy is not None:
        for m in levy.finditer(key):
            s, e = m.span("name")
            if p.free(s, e) and not _overlaps_found(p, s, e) and (e >= len(key) or key[e] not in "率额"):
                # 美國政府將徵收晶片關稅: 美國晶片關稅; 歐盟對甲徵收晶片關稅: 歐盟晶片關稅 (the issuer before the 對 / 向
                # of the companies it is levied on); a person's levy is named after the country the lexicon ties
                # the person to (特朗普: 美國), and one whose country is unknown is named none (POLICY lane)
                ok, place = _levy_issuer(p, m.start(), p.text[s:e] == key[s:e])
                if ok:
                    p.add(s, e, "Policy", "policy-levy", 0.7, canonical=place + p.text[s:e] if place else None)
    if licence is not None:
        chips = {m.end: m for m in p.known + p.found if m.type == "Chip"}
        pol = _load("policy")
        refused, window = key_words(pol.get("licence_not_after", [])), int(pol.get("licence_not_window", 16))
        for c_end, c in sorted(chips.items()):
            m = licence.match(key, c_end)
            if m is None:
                continue
            lo = clause_lo(key, c.start)
            if any(w in key[max(lo, c.start - window):c.start] for w in refused):
                continue  # 拒絕批出 / 尚未批出 / 希望儘快批出某晶片的出口許可: no licence granted (POLICY2 lane)
            s, e = m.span("name")
            if p.free(s, e) and not _overlaps_found(p, s, e):
                p.add(s, e, "Policy", "policy-licence", 0.7, canonical=p.text[c.start:c.end] + p.text[s:e])


def _levy_issuer(p, s: int, simplified: bool) -> tuple[bool, str | None]:
    """(name the levy?, the country to name it after) for a verb of levying at s: the nearest place, body or
    person before the 對 / 向 of the clause (or before s), skipping the companies levied on."""
    lo = clause_lo(p.key, s)
    o = max(p.key.rfind("对", lo, s), p.key.rfind("向", lo, s))
    stop = o if o >= 0 else s
    last = max((m for m in p.known + p.found if m.type in ("Place", "Organization", "Person")
                and lo <= m.start and m.end <= stop), key=lambda m: m.end, default=None)
    if last is None:
        return True, None  # no issuer named: one generic levy, tied to nobody
    if last.type == "Person":
        country = _person_country(p, last, simplified)
        return country is not None, country
    return True, _issuer_place(p, last, load_tariffs().bodies)


def _person_country(p, m, simplified: bool) -> str | None:
    """The country the lexicon ties a person to: through kg:affiliatedWith and kg:locatedIn (特朗普 → 白宮 →
    華盛頓 → 美國), the last place reached; None when the person or the chain is unknown."""
    from rdflib import URIRef

    from kg.namespaces import KG

    entry = p.lex.lookup(p.text[m.start:m.end]) or p.lex.lookup(p.key[m.start:m.end])
    if entry is None:
        return None
    g, node, place = p.lex.graph, URIRef(entry.iri), None
    for _ in range(5):
        nxt = sorted(set(g.objects(node, KG.affiliatedWith)) | set(g.objects(node, KG.locatedIn)))
        if not nxt:
            break
        node = nxt[0]
        e = p.lex.entries.get(str(node))
        if e is not None and e.type == "Place":
            place = e
    if place is None:
        return None
    return place.pref.get("zh-Hans" if simplified else "zh-Hant") or place.label


def clause_issuer_place(p, s: int) -> str | None:
    """The country of the issuer named last before s in its clause, as printed: a place, or a government
    named as the place and 政府 (韓國政府推出半導體支援方案: 韓國). None when the nearest issuer is another
    body (經濟部, a company) or none is named."""
    f, key = load_tariffs(), p.key
    lo = clause_lo(key, s)
    last = max((m for m in p.known + p.found if m.type in ("Place", "Organization", "Company")
                and lo <= m.start and m.end <= s), key=lambda m: m.end, default=None)
    return _issuer_place(p, last, f.bodies) if last is not None and last.type != "Company" else None


@lru_cache(maxsize=1)
@_pattern_data("policy")
def _bare_measures() -> tuple:
    """POLICY2 lane: (regex of 的 and a bare measure word, words after which the measure word is part of a
    longer name)."""
    pol = _load("policy")
    heads = sorted(key_words(pol.get("bare_measure_heads", [])), key=len, reverse=True)
    if not heads:
        return None, (), (), ()
    return re.compile(f"(?P<de>的)?(?P<head>{_alt(heads)})"), key_words(pol.get("bare_measure_not_before", [])), \
        key_words(pol.get("bare_measure_verb_objects", [])), key_words(pol.get("bare_measure_targets", []))


def find_bare_measures(p) -> None:
    """POLICY2 lane. A measure printed as its issuer and its kind, no name of its own: 由於美國制裁 / 美國的技術
    封鎖 / 美國政府的出口禁令 / 荷蘭的出口管制新規. One policy per issuer and kind, named 〈issuer〉〈kind〉 without
    the 的 (美國制裁), so that the same measure printed twice in an article is one node; the place is part of
    the name (the names table [policy_place_bare_issuer] reads issuedBy from it). Not after 對 / 放寬 / 解除 …
    (measure_not_after: the place is then the target or the measure is eased), not a verb with its object
    (美國制裁華為: a name right after the word), not a longer name (美國制裁名單)."""
    bare, not_before, objects, targets = _bare_measures()
    if bare is None:
        return
    key, text = p.key, p.text
    not_after = key_words(_load("policy").get("measure_not_after", []))
    f = load_tariffs()
    starts = {m.start for m in p.known + p.found}
    issuers = sorted((m for m in p.known + p.found if m.type in ("Place", "Organization")), key=lambda m: m.start)
    for m in issuers:
        h = bare.match(key, m.end)
        if h is None or key.endswith(not_after, 0, m.start):
            continue
        hs, he = h.span("head")
        if he in starts or key.startswith(objects, he) or key[he:he + 1].isdigit():
            continue  # 美國制裁華為 / 美國制裁了… / 美國制裁多家企業: a verb and its object
        if key.startswith(not_before, he) and not (key.startswith("令", he) and key[he - 1] == "令"):
            continue  # 美國制裁名單 (a list, a longer name); not 出口禁令令甲… (令, "makes")
        if m.type == "Place" and key[m.start:m.end] in targets:
            continue  # 違反伊朗制裁: a sanction on Iran, its issuer not printed (bare_measure_targets)
        if he < len(key) and is_cjk(key[he]) and not _word_ends(key, hs, he):
            continue  # the measure word runs on into a longer word (制裁案)
        if m.type == "Place":
            issuer = text[m.start:m.end]
        else:
            issuer = _issuer_place(p, m, f.bodies)  # 美國政府的制裁: the country's measure
            if issuer is None:
                continue
        if not p.free(hs, he) or _overlaps_found(p, m.end, he):
            continue
        # a place is part of the printed name (美國制裁); a government keeps its own mention, the policy is
        # marked on the measure word (美國政府的出口禁令: 美國出口禁令 on 出口禁令)
        s0 = m.start if m.type == "Place" else hs
        name = issuer + text[hs:he]
        # the same country's measure of that kind named in full earlier on the page (日本政府將對中國實施出口限制 …
        # 日本的出口限制): that one, not a second node
        named = next((x.canonical for x in p.found if x.type == "Policy" and x.canonical and x.start < m.start
                      and name_key(x.canonical).startswith(name_key(issuer))
                      and name_key(x.canonical).endswith(key[hs:he])), None)
        p.add(s0, he, "Policy", "policy-bare-measure", 0.65, canonical=named or name, over=m.type == "Place")


def _word_ends(key: str, s: int, e: int) -> bool:
    """Does a word end at e when the words from s on are cut (jieba, no HMM)?"""
    import jieba

    pos = s
    for w in jieba.lcut(key[s:e + 4], HMM=False):
        pos += len(w)
        if pos >= e:
            return pos == e
    return True


@lru_cache(maxsize=1)
@_pattern_data("policy")
def _ban_forms() -> tuple:
    """POLICY2 lane: (regex of a verb of forbidding, 向 / 對 and nothing else between: group `verb`, {verb: {sale
    verb: kind}}, places printed 對華, the longest gap before the goods)."""
    pol = _load("policy")
    table = pol.get("ban_verbs", {})
    if not table:
        return None, {}, (), 0, (), 0
    forms = {name_key(v): {name_key(s): name_key(k) for s, k in sales.items()} for v, sales in table.items()}
    return re.compile(_alt(sorted(forms, key=len, reverse=True))), forms, key_words(pol.get("ban_china", [])), \
        int(pol.get("ban_max_gap", 4)), key_words(pol.get("ban_not_after", [])), int(pol.get("ban_not_window", 10))


def find_bans(p) -> None:
    """POLICY2 lane. 禁止甲向中國出售乙 / 限制丙向中國出口光刻機: a ban printed as what it forbids. One policy
    named 乙對華禁售令 (the goods, 對 and the place — 對華 for China — and the kind the verbs give), marked on the
    verb of forbidding; the rule policy.ban-sales (ontology/rules/relations.toml) reads what it restricts."""
    verb_re, forms, china, gap, not_after, window = _ban_forms()
    if verb_re is None:
        return
    key, text = p.key, p.text
    verbs = list(verb_re.finditer(key))
    if not verbs:
        return
    ms = sorted(p.known + p.found, key=lambda m: (m.start, -m.end))
    at = {}
    for m in ms:
        at.setdefault(m.start, m)
    for v in verbs:
        vs, ve = v.span()
        pos = ve
        c = at.get(pos)
        if c is not None and c.type == "Company":
            pos = c.end  # 禁止甲向中國…: the company forbidden to sell
        else:
            c = None
        if key[pos:pos + 1] not in ("向", "对"):
            continue
        pl = at.get(pos + 1)
        if pl is None or pl.type != "Place":
            continue
        sale = next((s for s in sorted(forms[key[vs:ve]], key=len, reverse=True) if key.startswith(s, pl.end)), None)
        if sale is None:
            continue
        goods = next((m for m in ms if pl.end + len(sale) <= m.start <= pl.end + len(sale) + gap
                      and m.type in ("Chip", "Technology", "Product")), None)
        if goods is None or any(ch in _CLAUSE_ENDS for ch in key[pl.end:goods.start]):
            continue
        if not p.free(vs, ve) or _overlaps_found(p, vs, ve):
            continue
        place = key[pl.start:pl.end]
        kind = forms[key[vs:ve]][sale]
        lo = clause_lo(key, vs)
        if any(w in key[max(lo, vs - window):vs] for w in not_after):
            continue  # 不要禁止 / 已撤回禁止 / 反對禁止 / 考慮禁止: no ban in force (ban_not_after)
        if c is None and any(m.type == "Company" and lo <= m.start and m.end <= vs for m in p.known + p.found):
            continue  # 甲決定限制向中國出售乙: a company limiting its own sales is no ban on the place
        if lo > 0 and any(m.type == "Policy" and lo - 2 <= m.end <= lo for m in p.known + p.found):
            continue  # 美國出臺某出口管制政策，禁止甲向中國出售乙: the measure just named, what it forbids
        hant = to_simplified(text[lo:goods.end]) != text[lo:goods.end]
        aimed = ("對華" if hant else "对华") if place in china else ("對" if hant else "对") + text[pl.start:pl.end]
        # the mention marks the verb (禁止): the policy's name is the one made here, the verb is none of its names
        p.add(vs, ve, "Policy", "policy-ban", 0.65, canonical=text[goods.start:goods.end] + aimed + kind, named=False)

