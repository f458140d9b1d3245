"""Stage 6: extract relations between entities, each with its evidence.

Byline relations (`wrote`, `affiliatedWith`) come from the article layout. Everything else comes
from the rules in ontology/rules/relations.toml (kg/rules.py), matched sentence by sentence over the
recognized names and the figures found by kg/quantities.py. A sentence that continues the previous
one after '；' without a subject of its own inherits that sentence's topic (its first name, when the
name opens a clause), so 英偉達通過收購3dfx…；通過收購PGI… gives 英偉達 acquired PGI.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.coref import load_coref
from kg.evidence import entity_value, make_evidence
from kg.implicit import (ImplicitRules, Topics, carried_matches, clear_most, coded_lead, lead_name, figure_named_first, figure_run_end, heads_clause,
                         launched_item, load_implicit, rule_sets_for)
from kg.lexicon import Lexicon, load_lexicon
from kg.makers import MakerRules, load_maker_rules, maker_relations
from kg.model import Doc, Evidence, Mention, Relation
from kg.names import name_relations
from kg.namespaces import E, KG
from kg.normalize import to_key
from kg.positions import position_relations
from kg.quantities import Quantity, QuantityRules, find_dates, fmt, lexicon_nodes, load_quantity_rules, node_labels, sentence_quantities
from kg.rules import CODES, Item, RuleSet, load_rules, match_rules, opens_clause, skeleton
from kg.util import short_hash

TOPIC_TYPES = ("Company", "Organization", "Policy", "Place", "Chip", "Product", "Technology")
SPEC_TOPIC_TYPES = ("Chip", "Product")  # what a sentence of bare figures (主頻提升至3.0GHz) may be about
SPEC_SHEET_REACH = 6  # how many sentences of a spec sheet the chip heading it stays the topic of
SHEET_ITEM_TYPES = ("Spec", "ProcessNode", "Technology")  # what the lines of a spec sheet may name
# What a sentence of bare figures or of a bare process (基於甲7nm製程工藝，…) is read for, about the chip before.
TOPIC_READ_PREDICATES = ("hasSpec", "usesProcess", "fabricatedBy")
CARRY_OVER = 0.85  # confidence factor of a relation whose subject was carried over from the sentence before


def byline_relations(doc: Doc) -> list[Relation]:
    """`wrote` from each author to their article, `affiliatedWith` from the author to the byline's organizations."""
    rels: list[Relation] = []
    by_article: dict[int, list] = {}
    for m in doc.mentions:
        if m.source == "byline":
            by_article.setdefault(m.article, []).append(m)
    for art in doc.articles:
        found = by_article.get(art.index, [])
        # (the people and outlets of the article's credits are read by _credit_relations)
        author_spans = set(art.author_spans)
        org_spans = {aff.org_span for aff in art.byline.affiliations} if art.byline else set()
        authors = [m for m in found if m.type == "Person" and (m.start, m.end) in author_spans]
        orgs = [m for m in found if m.type != "Person" and (m.start, m.end) in org_spans]
        article_iri = doc.article_iri(art.index)
        roles = {aff.org_span: aff.role for aff in art.byline.affiliations} if art.byline else {}
        for a in authors:
            # The evidence is what is printed: title, column and name together; or the byline naming
            # the author; or the column label and name printed apart from the title.
            if art.byline_span and art.byline_span[0] <= a.start < art.byline_span[1]:
                start, end = art.byline_span
            elif 0 <= a.start - art.title_span[1] <= 30:
                start, end = art.title_span[0], a.end
            else:
                start, end = (art.column_span or (a.start, a.end))[0], a.end
            ev = make_evidence(doc, art.index, start, end, (a.start, a.end), art.title_span, "byline:author", 1.0)
            rels.append(Relation(a.entity, "wrote", article_iri, evidence=[ev]))
            if art.byline_span:
                for o in orgs:
                    ev = make_evidence(doc, art.index, *art.byline_span, (a.start, a.end), (o.start, o.end), "byline:affiliation", 0.9)
                    ev.role = roles.get((o.start, o.end))
                    rels.append(Relation(a.entity, "affiliatedWith", o.entity, evidence=[ev]))
        rels.extend(_credit_relations(doc, art, found, article_iri))
    return rels


def _credit_relations(doc: Doc, art, found: list[Mention], article_iri: str) -> list[Relation]:
    """From the article's credits (kg.articles.find_credits): each reporter `wrote` the article when it has a
    title of its own; reporters and editors are `affiliatedWith` the outlet printed in their credit or its
    dateline, else (the outlet's own staff: 本報記者, 編輯) the outlet whose own report (某某網9月28日訊) the
    article is. Editors did not write it; the names of other roles (審核, 視頻) get no relation. The evidence
    is the credit as printed."""
    rels: list[Relation] = []
    people = {m.start: m for m in found if m.type == "Person" and m.source == "byline"}
    outlets = {(m.start, m.end): m for m in found if m.type != "Person"}
    for c in art.credits:
        if not c.ok or not c.staff:
            continue
        o = outlets.get(c.outlet_span or (art.dateline_outlet if c.house else None) or (-1, -1))
        for at, _end in c.names:
            p = people.get(at)
            if p is None or p.entity is None or not (c.span[0] <= p.start < c.span[1]):
                continue
            if c.writes and art.titled:
                ev = make_evidence(doc, art.index, *c.span, (p.start, p.end), art.title_span, "credit:author", 1.0)
                rels.append(Relation(p.entity, "wrote", article_iri, evidence=[ev]))
            if o is not None and o.entity is not None:
                ev = make_evidence(doc, art.index, *c.span, (p.start, p.end), (o.start, o.end), "credit:affiliation", 0.9)
                ev.role = c.role
                rels.append(Relation(p.entity, "affiliatedWith", o.entity, evidence=[ev]))
    return rels


# --------------------------------------------------------------------------------------------------
# Rule-based relations
# --------------------------------------------------------------------------------------------------

def sentence_items(doc: Doc, qrules: QuantityRules, qualifiers: frozenset = frozenset()) -> list[list[Item]]:
    """The typed items of each sentence, in text order: recognized names (resolved) and figures.
    `qualifiers`: IRIs of names that qualify a figure (number formats: FP8, BF16, kg:numberFormat true); in a
    clause with a figure (FP8算力達4 PFLOPS, 256 TFLOPs的FP32算力) they are part of the figure's wording,
    not things of their own, so they neither take the figure nor stand between it and its chip."""
    per: list[list[Item]] = [[] for _ in doc.sentences]
    for m in doc.mentions:
        if m.sentence is None or m.source == "byline" or m.entity is None or m.type not in CODES:
            continue
        if m.type == "ProcessNode":
            continue  # read again below as a figure, with its value
        per[m.sentence].append(Item(m.start, m.end, m.type, m))
    key = doc.norm.key
    for i, (s, quantities) in enumerate(zip(doc.sentences, sentence_quantities(doc, qrules))):
        names = per[i]
        if qualifiers and any(it.ref.entity in qualifiers for it in names):
            names = per[i] = [it for it in names if not (it.ref.entity in qualifiers and (
                _adverbial(key, it) or any(_same_clause(key, it, q) for q in quantities)))]
        for q in quantities:
            if not any(q.start < it.end and it.start < q.end for it in names):
                # a figure read only by the rules its kind names (read_by: a stock code) stays text for the others
                per[i].append(Item(q.start, q.end, q.type, q, shown=q.read_by))
        per[i].sort(key=lambda it: (it.start, it.end))
    return per


_CLAUSE_ENDS = frozenset(",，;；。")
# 在FP8精度下, 於FP4格式時: a format framing a statement (how fast, faster than whom), not a thing of its own
_FRAME_BEFORE = re.compile(r"(?:在|于|以)\s*$")
_FRAME_AFTER = re.compile(r"\s*(?:精度|格式|数据格式|数据类型|运算)?\s*(?:下|时|上)")


# FP8算力, FP16性能: the format names which measure of the chip a clause speaks of
_MEASURE_AFTER = re.compile(r"\s*(?:精度|格式)?\s*(?:的)?\s*(?:算力|性能|效能|运算能力|计算能力|运算性能|吞吐)")


def _adverbial(key: str, it: Item) -> bool:
    """Is the name framed as 在…下 / 於…時 (在FP8精度下則超越…), or the measure a clause speaks of (FP8算力也勝過…)?"""
    return (bool(_FRAME_BEFORE.search(key, max(0, it.start - 2), it.start)) and bool(_FRAME_AFTER.match(key, it.end))) \
        or bool(_MEASURE_AFTER.match(key, it.end))


def _same_clause(key: str, it: Item, q) -> bool:
    """Do a name and a figure stand in one clause (no comma or semicolon between them)?"""
    lo, hi = (it.end, q.start) if it.end <= q.start else (q.end, it.start)
    return not any(c in _CLAUSE_ENDS for c in key[lo:hi])


def number_formats(lexicon: Lexicon) -> frozenset:
    """IRIs of the lexicon's number formats (kg:numberFormat true: FP8, BF16, INT8)."""
    return lexicon.derived("number-formats", lambda lx: frozenset(
        str(s) for s, o in lx.graph.subject_objects(KG.numberFormat) if o.toPython() is True))


def add_references(doc: Doc, rs: RuleSet, per: list[list[Item]]) -> None:
    """Words that point back to a name met before (该芯片, 此款晶片, 新规; [[reference]] in relations.toml)
    become items of that name's type standing for it, so rules read 该芯片由中芯国际制造 as they read
    昇腾910C由中芯国际制造. The name is the first one of the type earlier in the same sentence, else the
    first one of the nearest sentence before (within `reach` sentences of the same article) that has one:
    the topic a report keeps talking about is usually named first. A name right after a word of the
    reference's `prefer` list (百度成立昆仑芯) is newly introduced and taken first. With pick = "main" the
    name is the one of the type the article mentions most (a bare 公司 opening a clause)."""
    if not rs.references:
        return
    key = doc.norm.key
    main = _main_names(doc)
    for i, s in enumerate(doc.sentences):
        added = []
        for ref in rs.references:
            typ = ref.type
            for m in ref.rx.finditer(key, s.start, s.end):
                if m.end() == m.start():
                    continue
                over = [it for it in per[i] + added if m.start() < it.end and it.start < m.end()]
                if over and typ in ("Chip", "Product") and all(_generic_inside(it, m.start(), m.end()) for it in over):
                    # 該GPU / 此CPU: the kind of chip named inside the word only says what it points back to
                    per[i] = [it for it in per[i] if not any(it is o for o in over)]
                    over = []
                if over:
                    continue
                if ref.clause_start and not opens_clause(rs, key, s.start, m.start()):
                    continue
                if _appositive(key, m.end(), typ, per[i]):
                    continue  # 新芯片甲採用…: the name follows the word, which only describes it
                shown = ref.rules if ref.keep else ()
                if ref.pick == "held":
                    ante, where, topic = _held(doc, rs, ref, i, m.start(), per, main)
                    if ante is not None:
                        added.append(Item(m.start(), m.end(), typ, ante, where, topic, shown))
                    continue
                if ref.pick == "main":
                    ante = main.get((s.article, typ))
                    if ante is not None:
                        added.append(Item(m.start(), m.end(), typ, ante, None, True, shown))
                    continue
                if ref.pick == "subject":
                    # the words of this sentence already read count (公司提到，其晶片…: 其 is 公司's, the main name)
                    view = per if not added else per[:i] + [sorted(per[i] + added, key=lambda it: (it.start, it.end))] + per[i + 1:]
                    ante, where, named = _subject_before(doc, rs, i, m.start(), ref.reach, view)
                    if ante is not None and ante.type != typ:
                        continue  # 黃仁勳表示，其將…: the word stands for a name of another type
                    if ante is not None and any(it.topic and it.ref is ante for it in added):
                        added.append(Item(m.start(), m.end(), typ, ante, where, True, shown))
                        continue  # standing for a word that stands for the article's topic: marked so too
                else:
                    ante, where = _antecedent(key, ref, [it for it in per[i] if it.start < m.start()], None, s.start)
                    j = i - 1
                    while ante is None and j >= 0 and i - j <= ref.reach and doc.sentences[j].article == s.article:
                        ante, where = _antecedent(key, ref, per[j], j, doc.sentences[j].start)
                        j -= 1
                    named = ante is not None
                    if ante is not None and ref.unnamed is not None and _brought_in(doc, ref, ante, i, m.start()):
                        continue  # 台積電收購了一家公司，該公司…: the word stands for the company with no name
                if ante is not None:
                    added.append(Item(m.start(), m.end(), typ, ante, where, False, shown))
                elif ref.fallback == "main" and not named and main.get((s.article, typ)) is not None:
                    # nothing of the type within reach: the article's main name (its topic)
                    added.append(Item(m.start(), m.end(), typ, main[(s.article, typ)], None, True, shown))
        if added:
            per[i].extend(added)
            per[i].sort(key=lambda it: (it.start, it.end))


def add_anaphors(doc: Doc, per: list[list[Item]]) -> None:
    """The stand-ins of kg/coref.py (該公司, 它, 雙方 …) become items of their sentences, where no item
    (a name, a figure, a [[reference]] word) stands already; a plural word gives two items of one span,
    read as «X»与«X». An antecedent named in an earlier sentence makes the evidence run from there."""
    from kg.coref import doc_anaphors

    added: dict[int, list[Item]] = {}
    listing = load_coref().listing
    for a in doc_anaphors(doc):
        m, k = a.mention, a.mention.sentence
        if k is None:
            continue
        over = [it for it in per[k] if m.start < it.end and it.start < m.end]
        if over and listing is not None and all(_count_in(it, m) for it in over) \
                and not listing.search(doc.norm.key, doc.sentences[k].start, doc.sentences[k].end):
            # 兩家公司仍將依賴乙代工: the count inside the word is no list's; the word stands for the two named
            per[k] = [it for it in per[k] if not any(it is o for o in over)]
            over = []
        if over:
            continue
        via = a.antecedent.sentence if a.antecedent.sentence is not None and a.antecedent.sentence < k else None
        added.setdefault(k, []).append(Item(m.start, m.end, m.type, m, via))
    for k, its in added.items():
        per[k].extend(its)
        per[k].sort(key=lambda it: (it.start, it.end))


def _generic_inside(it: Item, start: int, end: int) -> bool:
    """Is the item a technology named inside a reference word's span (the GPU of 該GPU)?"""
    return it.type == "Technology" and isinstance(it.ref, Mention) and start <= it.start and it.end <= end


def _count_in(it: Item, m: Mention) -> bool:
    """Is the item a count of names (quantities.toml listed-count: 兩家公司) inside the word m's span?"""
    return it.type == "Spec" and getattr(it.ref, "kind", None) == "listed-count" and m.start <= it.start and it.end <= m.end


def _twins(bound: list, items: list[Item]) -> list:
    """Bound items, each plural stand-in joined by its twin (the other name the same word stands for)."""
    if not any(_is_anaphor(it) for it in bound):
        return bound
    out = list(bound)
    for it in bound:
        if _is_anaphor(it):
            out += [x for x in items if x is not it and _is_anaphor(x) and (x.start, x.end) == (it.start, it.end)
                    and all(x is not y for y in out)]
    return out


def _paired(subs: list, objs: list) -> bool:
    """Do the subjects and objects bound hold the two stand-ins of one plural word?"""
    spans = {(it.start, it.end) for it in subs if _is_anaphor(it)}
    return any(_is_anaphor(it) and (it.start, it.end) in spans for it in objs)


def _is_anaphor(it: Item | None) -> bool:
    return it is not None and isinstance(it.ref, Mention) and it.ref.source == "anaphor"


def _appositive(key: str, end: int, typ: str, items: list[Item]) -> bool:
    """Does a name of `typ` follow the word at `end` right away (新芯片甲, 该公司甲)?"""
    return any(it.type == typ and isinstance(it.ref, Mention) and 0 <= it.start - end <= 1
               and not key[end:it.start].strip(" 　「“\"《") for it in items)


def _subject_before(doc: Doc, rs: RuleSet, i: int, pos: int, reach: int, per: list[list[Item]]):
    """(Mention, sentence index or None, was a subject found) for a word at pos of sentence i standing for the
    subject: the name heading a clause of the sentence before pos, else the name heading the first clause of
    one of the `reach` sentences before (same article and kind of text); the Mention is None when a sentence
    in between has names but none heading it (whose the word is cannot be told)."""
    key = doc.norm.key
    s = doc.sentences[i]
    before = [it for it in per[i] if it.start < pos and isinstance(it.ref, Mention)]
    heads = [it for it in before if heads_clause(rs, key, s.start, it)]
    if heads:
        return _head_of(key, heads[-1], before).ref, None, True
    if before:
        return None, None, True
    j = i - 1
    while j >= 0 and i - j <= reach:
        p = doc.sentences[j]
        if p.article != s.article or p.kind != s.kind:
            break
        names = [it for it in per[j] if isinstance(it.ref, Mention)]
        if names:
            first = names[0]
            if heads_clause(rs, key, p.start, first) and first.start == per[j][0].start:
                return _head_of(key, first, names).ref, j, True
            return None, None, True
        j -= 1
    return None, None, False


_CLAUSE_PUNCT_HELD = frozenset(",，;；。:：")
# what stands between a company's name and its short name given in a parenthesis: 甲有限公司（以下簡稱“乙”）
_ALIAS_BETWEEN = re.compile(r"\s*[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“\"「『]?\s*")


def _held(doc: Doc, rs: RuleSet, ref, i: int, pos: int, per: list[list[Item]], main: dict):
    """(Mention, sentence index or None, is the article's main name) the company a stake or holder list at
    pos of sentence i is in ([[reference]] pick = "held", see kg/rules.py Reference), or (None, None, False).
    The holders are the names of the word's clause before it; a company after `held_cue` there is the one
    held (任正非在華為持股). Else the company of an earlier clause that holds nothing itself (no `holder_cue`
    after it: 從寒武紀的股權結構看，甲、乙等股東合計持股) — none when those clauses name several (甲與乙合作推出
    新品，丙、丁等股東合計持股15%; 甲投資了乙，持股100%). Else the one
    company of the nearest sentence before (within reach) naming companies, when it heads a clause there —
    none when that sentence names several (甲領投了乙的融資。丙、丁等機構均在股東之列 cannot tell); one named
    only inside a clause (甲是原乙公司總經理) is not what the passage is about. Else the
    article's main company, unless this sentence names it (其中甲持股70%，乙持股10%: the stakes are in
    something else)."""
    key = doc.norm.key
    s = doc.sentences[i]
    c = pos
    while c > s.start and key[c - 1] not in _CLAUSE_PUNCT_HELD:
        c -= 1
    names = [it for it in per[i] if it.end <= pos and isinstance(it.ref, Mention) and not it.shown]
    in_clause = [it for it in names if it.start >= c]
    if ref.held_cue is not None:
        held = [it for it in in_clause if it.type == ref.type and ref.held_cue.search(key, c, it.start)]
        if held:
            return held[-1].ref, None, False
    holders = {it.ref.entity for it in in_clause}
    earlier = [it for it in names if it.start < c and it.type == ref.type and it.ref.entity not in holders
               and not (ref.holder_cue is not None and ref.holder_cue.match(key, it.end))]
    if earlier:
        if len({it.ref.entity for it in earlier}) > 1:
            return None, None, False  # 甲與乙合作推出新品，丙、丁等股東合計持股15%: whose stake cannot be told
        if ref.holders_before and not any(heads_clause(rs, key, s.start, it) for it in earlier):
            return None, None, False  # 甲與乙成立丙，由甲和丁共同投資: 乙, joined to 甲, is no company of a round (FUNDING)
        return earlier[-1].ref, None, False
    top = main.get((s.article, ref.type))
    j, extra = i - 1, 0
    while j >= 0 and i - j - extra <= ref.reach and doc.sentences[j].article == s.article:
        cos = [it for it in per[j] if it.type == ref.type and isinstance(it.ref, Mention) and not it.shown]
        if cos and ref.holders_before and ref.holder_cue is not None:
            sj = doc.sentences[j]
            cos = [it for it in cos if not ref.holder_cue.match(key, it.end, sj.end)]
            if not cos:
                j, extra = j - 1, extra + 1
                continue  # only the investors of an earlier round (not counted in reach): the company is further back
        if cos:
            head = cos[0]
            if ref.holders_before and len(cos) > 1 and _ALIAS_BETWEEN.fullmatch(key, cos[0].end, cos[1].start):
                cos = cos[1:]  # 甲股份有限公司（以下簡稱「甲」）完成融資: one company and its short name (FUNDING lane)
            ents = {it.ref.entity for it in cos}
            if len(ents) > 1 or ents & holders:
                return None, None, False  # several: 甲領投了乙的融資。丙、丁等機構均在股東之列 cannot tell whose
            if heads_clause(rs, key, doc.sentences[j].start, head) or _described(key, ref, doc.sentences[j].start, head):
                return cos[0].ref, j, False
            break  # named only inside a clause (甲是原乙公司總經理): not what the passage is about
        j -= 1
    if top is None or any(isinstance(it.ref, Mention) and it.ref.entity == top.entity for it in per[i]):
        return None, None, False
    return top, None, True


def _described(key: str, ref, lo: int, it: Item) -> bool:
    """Does the name open its clause after a description only (另一家AI晶片公司乙也在衝刺上市: the reference's
    `described_by`, matched on the clause's text before the name)?"""
    if ref.described_by is None:
        return False
    c = it.start
    while c > lo and key[c - 1] not in _CLAUSE_PUNCT_HELD:
        c -= 1
    return ref.described_by.fullmatch(key, c, it.start) is not None


def _head_of(key: str, it: Item, items: list[Item]) -> Item:
    """The head of a subject opening with `it`: 英偉達H100 / 英偉達的H100 is about the chip, whose maker
    only qualifies it."""
    nxt = [x for x in items if x.start >= it.end]
    if nxt and key[it.end:nxt[0].start].strip() in ("", "的"):
        return nxt[0]
    return it


def _brought_in(doc: Doc, ref, ante: Mention, i: int, at: int) -> bool:
    """Is a thing of the reference's type with no name brought in (ref.unnamed: 一家公司) between the antecedent
    and the word at `at` of sentence i?"""
    lo = ante.end if ante.end <= at else doc.sentences[i].start
    return ref.unnamed.search(doc.norm.key, lo, at) is not None


_QUOTES = {"「": "」", "“": "”", "『": "』", '"': '"', "‘": "’"}


def _in_epithet(key: str, it: Item, lo: int) -> bool:
    """Is the name part of a quoted epithet given to something else (寄予「輝達平替」厚望的甲, 被稱為“中國版英偉達”的乙):
    inside quotation marks with other words before the closing mark? Such a name is not talked about (FIN lane)."""
    o = it.start - 1
    while o >= max(lo, it.start - 12) and key[o] not in _QUOTES and key[o] not in "」”』’。，,;；":
        o -= 1
    if o < max(lo, it.start - 12) or key[o] not in _QUOTES:
        return False
    close = key.find(_QUOTES[key[o]], it.end, it.end + 13)
    return close >= 0 and (o + 1 < it.start or close > it.end)


def _antecedent(key: str, ref, items: list[Item], j: int | None, lo: int):
    """(Mention, sentence index or None) a reference takes among the items of one sentence, or (None, None)."""
    cands = [it for it in items if it.type == ref.type and isinstance(it.ref, Mention) and not _in_epithet(key, it, lo)]
    if not cands:
        return None, None
    chosen = None
    if ref.prefer is not None:
        # 百度正式成立昆仑芯: the company founded is the one the next sentence goes on about
        new = [it for it in cands if ref.prefer.search(key[max(lo, it.start - ref.prefer_window):it.start])]
        chosen = new[-1] if new else None
    if chosen is None:
        chosen = cands[-1] if ref.pick == "last" else cands[0]
        if ref.pick == "last" and chosen is next((it for it in items if isinstance(it.ref, Mention)), None):
            # 后者 (the latter) is never the first thing named: 華為收購乙公司，後者成立於… stands for 乙公司,
            # which has no name kg knows (FIGS lane review)
            return None, None
    return chosen.ref, (chosen.via if chosen.via is not None or j is None else j)


def _main_names(doc: Doc) -> dict[tuple[int, str], Mention]:
    """(article, type) → the name of that type the article mentions clearly most (at least twice, more
    often than any other; the first mention of it stands for it)."""
    groups: dict[tuple[int, str], list[Mention]] = {}
    for m in doc.mentions:
        if m.entity is None or m.source == "byline" or m.article is None:
            continue
        groups.setdefault((m.article, m.type), []).append(m)
    out = {}
    for k, ms in groups.items():
        top = clear_most(ms)
        if top is None and k[1] == "Company":
            # two named as often: the company the article leads with (kg.implicit.lead_name)
            top = lead_name(doc, [m for m in ms if m.sentence is not None], (k[1],))
        if top is not None:
            out[k] = top
    for art in sorted({a for a, _t in groups}):  # FIGOWN lane: the company heading the page with its stock code
        coded = coded_lead(doc, art)
        if coded is not None:
            out[(art, "Company")] = coded
    return out


def _topic(doc: Doc, rs: RuleSet, k: int, items: list[list[Item]]) -> Item | None:
    """The topic the previous sentence hands over to sentence k when k continues it after '；'."""
    if k == 0:
        return None
    prev, cur = doc.sentences[k - 1], doc.sentences[k]
    key = doc.norm.key
    if prev.article != cur.article or prev.kind != cur.kind or key[prev.end - 1] not in ";；":
        return None
    if items[k] and heads_clause(rs, key, cur.start, items[k][0]):
        return None  # the sentence names its own subject
    for it in items[k - 1]:
        if it.type in TOPIC_TYPES and heads_clause(rs, key, prev.start, it):
            return it
        break
    return None


class _Values:
    """IRIs and descriptions of the value nodes relations point to."""

    def __init__(self, doc: Doc, lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.nodes = lexicon_nodes(lexicon)

    def process_node(self, q: Quantity) -> tuple[str, dict]:
        n = fmt(q.value)
        if q.name:  # a named process (N3P, 18A) is a node of its own, of its nanometre class
            names = [(q.name, "en")]
            return str(E[f"node-{q.name.lower()}"]), {"class": "ProcessNode", "label": q.name, "names": names,
                                                    "nanometres": q.value}
        iri = self.nodes.get(n)
        if iri and iri in self.lexicon.entries:
            names = self.lexicon.entries[iri].names()
        else:
            iri = iri or str(E[f"node-{n.replace('.', '-')}nm"])
            names = node_labels(q.value)
        return iri, {"class": "ProcessNode", "label": names[0][0], "names": names, "nanometres": q.value}

    def spec(self, subject: str, q: Quantity) -> tuple[str, dict]:
        label = self.doc.norm.orig_text(q.start if q.label_start is None else q.label_start, q.end)
        iri = str(E[f"spec/{short_hash(' '.join((subject, q.measure, fmt(q.value), q.unit)), 12)}"])
        node = {"class": "Spec", "label": label, "quantity": q.value, "unit": q.unit, "measure": q.measure}
        if q.lower is not None:
            node["lower"] = q.lower  # a range (2億至3億美元): the quantity is its upper end
        return iri, node


def _iri(term: str) -> str:
    return str(E[term[2:]]) if term.startswith("e:") else term


def _date(doc: Doc, qrules: QuantityRules, sent_start: int, lo: int, hi: int) -> str | None:
    """The year (or year-month) written in the clause of the statement, if any."""
    key = doc.norm.key
    c = lo
    while c > sent_start and key[c - 1] not in ",，;；":
        c -= 1
    found = find_dates(key, c, hi, qrules)
    return found[0][2] if found else None


def rule_relations(doc: Doc, lexicon: Lexicon | None = None, rs: RuleSet | None = None,
                   qrules: QuantityRules | None = None, ir: ImplicitRules | None = None) -> list[Relation]:
    lexicon = lexicon or load_lexicon()
    rs = rs or load_rules()
    qrules = qrules or load_quantity_rules()
    ir = ir or load_implicit(rs=rs)
    implicit_rs = rule_sets_for(rs, ir)
    values = _Values(doc, lexicon)
    formats = number_formats(lexicon)
    items = sentence_items(doc, qrules, formats)
    add_references(doc, rs, items)
    coref = load_coref()
    add_anaphors(doc, items)
    spec_rs = replace(rs, rules=[r for r in rs.rules if any(p in TOPIC_READ_PREDICATES for _s, p, _o in r.relations)])
    makers = load_maker_rules()
    contract = makers.contract
    out: list[Relation] = []
    topics = Topics(doc, rs, items, ir.share, ir)
    for k, sent in enumerate(doc.sentences):
        carried = _implicit_relations(doc, rs, ir, qrules, values, k, items, topics, implicit_rs)
        # a figure whose subject is left out competes with the subjects named for it in the sentence
        carried_specs = [f for f in carried if f[1] == "hasSpec"]
        out.extend(f[-1] for f in carried if f[1] != "hasSpec")
        if not items[k]:
            out.extend(f[-1] for f in carried_specs)
            continue
        topic = _topic(doc, rs, k, items)
        plain = [it for it in items[k] if not it.shown]
        sk = skeleton(doc.norm.key, sent.start, sent.end, plain, [topic] if topic else [])
        matches = match_rules(rs, sk)
        if len(plain) < len(items[k]):
            # a [[reference]] word kept in the text (…等股東«C»): read only by the rules it names, the others
            # read the sentence as if it stood for nothing
            sk_shown = skeleton(doc.norm.key, sent.start, sent.end, items[k], [topic] if topic else [])
            matches += [m for m in match_rules(_shown_rules(rs, items[k]), sk_shown) if _reads_shown(m)]
        spec_topic = None if topic else _spec_topic(doc, rs, k, items, ir.share, ir.launched)
        if spec_topic is not None:
            carried_specs = []  # a sentence of bare figures: read below, for the chip before, as a whole
            # Figures with nothing of their own to belong to: read again with the chip the sentence
            # before is about standing first, by the hasSpec rules only.
            topic = spec_topic
            # only the run of clauses of figures of no other owner: HBM容量為96GB，對手產品僅64GB stops at 對手
            end = sent.end if _opens_with_process(doc, rs, k, items[k]) else \
                figure_run_end(rs, doc.norm.key, sent.start, sent.end, items[k])
            sk2 = skeleton(doc.norm.key, sent.start, end, [it for it in items[k] if it.end <= end], [spec_topic])
            matches += [m for m in match_rules(spec_rs, sk2) if any(it is spec_topic for v in m.bindings.values() for it in v)]
        found: list[tuple[str, str, str, Item | None, Item | None, str, float, Relation]] = []
        for m in matches:
            for s_term, pred, o_term in m.rule.relations:
                subs = m.bindings.get(s_term) if not s_term.startswith("e:") else [None]
                objs = m.bindings.get(o_term) if not o_term.startswith("e:") else [None]
                if not subs or not objs:
                    continue
                if not _paired(subs, objs):  # 双方合作: the pair relate to each other, not each to itself
                    subs, objs = _twins(subs, items[k]), _twins(objs, items[k])  # 两家公司推出…: both did
                for si in subs:
                    for oi in objs:
                        if not rs.alike(pred, si.type if si else None, oi.type if oi else None):
                            continue
                        rid, conf = m.rule.id, m.rule.confidence
                        if any(it is not None and it.topic for it in (si, oi)):
                            # a word (公司, 该芯片) standing for the article's topic: marked as implicit subjects are
                            rid, conf = rid + ir.suffix, conf * ir.factor
                        if any(_is_anaphor(it) for it in (si, oi)):
                            rid, conf = rid + coref.suffix, conf * coref.factor  # 该公司, 它, 双方 (kg/coref.py)
                        if m.planned:
                            rid, conf = rs.mark_planned(rid, conf)
                        rel = _relation(doc, qrules, values, k, topic, rid, conf,
                                        s_term, pred, o_term, si, oi)
                        if rel is not None:
                            found.append((rel.subject, pred, rel.object, si, oi, m.rule.id, m.rule.confidence, rel))
        # a number format (kg:numberFormat: INT8, FP16) owns no figure: 支援FP16、INT8，互聯頻寬2TB/s is the chip's
        found = [f for f in found if not (f[1] == "hasSpec" and f[3] is not None and isinstance(f[3].ref, Mention)
                                          and f[3].ref.entity in formats)]
        # a figure in a later clause than its subject, the clause naming another owner before it (甲…，對手產品僅
        # 192GB; [topic] figure_other): not the subject's
        found = [f for f in found if not _other_owners(doc, rs, f[1], f[3], f[4])]
        found = _one_subject_per_figure(found + carried_specs)
        # a maker's reading a designer's wording may also mean: left out before the chains read it (SUPPLY lane)
        found = [f for f in found if _maker_reading_holds(f[7], lexicon, makers)]
        out.extend(r for *_x, r in found)
        out.extend(_chains(doc, rs, sent, topic, found))
    return _merge(out)


def _reads_shown(m) -> bool:
    """Does a match bind a kept [[reference]] word, and only ones its rule may read?"""
    shown = [it for v in m.bindings.values() for it in v if it is not None and it.shown]
    return bool(shown) and all(m.rule.id in it.shown for it in shown)


_SHOWN_RULES: dict = {}


def _shown_rules(rs: RuleSet, items: list) -> RuleSet:
    """The rules of rs that a shown item of the sentence names (its [[reference]] rules or its figure's read_by),
    in rs's order: no other rule's match passes _reads_shown."""
    ids = frozenset(r for it in items if it.shown for r in it.shown)
    got = _SHOWN_RULES.get((id(rs), ids))
    if got is None or got[0] is not rs:
        got = _SHOWN_RULES[(id(rs), ids)] = (rs, replace(rs, rules=[r for r in rs.rules if r.id in ids]))
    return got[1]


def _implicit_relations(doc, rs, ir, qrules, values, k, items, topics, implicit_rs) -> list[tuple]:
    """Relations of the clauses of sentence k that leave their subject out (kg/implicit.py): the topic is
    the subject (or, for a carry of role "object", the object: 董事長乙 → 乙 affiliatedWith the topic); the rule id
    gets ir.suffix and the confidence ir.factor. The evidence is the sentence, from the sentence before when the
    topic is named there; the subject's span is the topic's mention.
    Each as the tuple rule_relations' `found` holds (subject, predicate, object, subject item, object item,
    rule id, the rule's own confidence, relation), so a carried figure competes with the sentence's own ties."""
    out = []
    for cm in carried_matches(doc, rs, ir, k, items, topics, implicit_rs):
        m = cm.match
        for s_term, pred, o_term in m.rule.relations:
            topic_term, other_term = (s_term, o_term) if cm.role == "subject" else (o_term, s_term)
            if pred != cm.predicate or not any(x is cm.topic for x in m.bindings.get(topic_term, [])):
                continue
            # a plural word (雙方) standing for the topic: each of the names it stands for
            tops = _twins([cm.topic], items[cm.sentence]) if cm.sentence is not None else [cm.topic]
            others = (m.bindings.get(other_term) if not other_term.startswith("e:") else [None]) or []
            pairs = [(t, x) if cm.role == "subject" else (x, t) for x in others for t in tops]
            for si, oi in pairs:
                if not rs.alike(pred, si.type, oi.type if oi else None):
                    continue
                rid, conf = m.rule.id + ir.suffix, m.rule.confidence * ir.factor
                if any(_is_anaphor(it) for it in (si, oi)):
                    coref = load_coref()
                    rid, conf = rid + coref.suffix, conf * coref.factor
                if m.planned:
                    rid, conf = rs.mark_planned(rid, conf)
                start = doc.sentences[cm.sentence].start if cm.sentence is not None else None
                rel = _relation(doc, qrules, values, k, None, rid, conf, s_term, pred, o_term, si, oi, start)
                if rel is not None:
                    out.append((rel.subject, pred, rel.object, si, oi, m.rule.id, m.rule.confidence, rel))
    return out


def _spec_topic(doc: Doc, rs: RuleSet, k: int, items: list[list[Item]], share: float = 0.5,
                launched=None) -> Item | None:
    """The chip or product a sentence of bare figures is about: 主頻預計維持在2.5GHz after a sentence
    about 3B6600. Only for a sentence that opens with a figure and names no chip or product of its own, or
    that opens with a process (基於甲7nm製程工藝，… — [topic] process_opener) and names none in that clause;
    the first one named in the sentence just before (same article, same kind of text), when it heads a
    clause there. A spec sheet goes on over several such sentences (• 功耗：750W / • 記憶體：216GB …):
    up to SPEC_SHEET_REACH sentences back, over sentences that name nothing or only figures (and the
    technologies they are figures of), the chip stays the topic. Where that look-back meets the chip not
    heading a clause (甲推出乙。主頻達到…) or runs out naming nothing, an article about one chip gives its chip
    (_article_chip; the relations are marked .topic); not over a sentence about something else."""
    if k == 0 or not items[k]:
        return None
    cur = doc.sentences[k]
    key = doc.norm.key
    if (isinstance(items[k][0].ref, Quantity) and items[k][0].type == "Spec") \
            or figure_named_first(rs, key, cur.start, cur.end, items[k]) is not None:  # HBM容量为128GB, 其96GB…
        if any(it.type in SPEC_TOPIC_TYPES for it in items[k]):
            return None
        first = next((it for it in items[k] if isinstance(it.ref, Quantity) and it.type == "Spec"), None)
        if first is None or (rs.figure_other is not None and rs.figure_other.search(key, cur.start, first.start)):
            return None  # 全球算力為…, 前代產品算力為…: another owner's figure ([topic] figure_other)
    elif _opens_with_process(doc, rs, k, items[k]):
        # 基於甲7nm製程工藝，最大算力達到…，是乙的2倍: a chip named in a later clause is compared, not the topic
        first = next((i for i in range(cur.start, cur.end) if key[i] in ",，;；"), cur.end)
        if any(it.type in SPEC_TOPIC_TYPES and it.start < first for it in items[k]):
            return None
    else:
        return None  # the sentence names something before its first figure: it is about that
    j = k - 1
    while j >= 0 and k - j <= SPEC_SHEET_REACH:
        prev = doc.sentences[j]
        if prev.article != cur.article or prev.kind != cur.kind:
            break
        for it in items[j]:
            if it.type in SPEC_TOPIC_TYPES:
                # the chip the sentence before is about: named at the head of one of its clauses; else the
                # article's one chip, else the one chip that sentence launches (甲推出乙晶片。HBM容量為…, in an
                # article naming other chips too: [implicit] launched)
                if heads_clause(rs, key, prev.start, it):
                    return it
                got = _article_chip(doc, k, items, share)
                if got is None:
                    got = launched_item(doc, j, items[j], SPEC_TOPIC_TYPES, launched)
                    # carried from the topic, as the article's chip is: the rule id gets .topic
                    got = Item(got.start, got.end, got.type, got.ref, None, True) if got is not None else None
                return got
        if items[j] and (not isinstance(items[j][0].ref, Quantity)
                         or any(it.type not in SHEET_ITEM_TYPES for it in items[j])):
            return None  # a sentence about something else stands between
        j -= 1
    return _article_chip(doc, k, items, share)


def _article_chip(doc: Doc, k: int, items: list[list[Item]], share: float) -> Item | None:
    """The chip an article about one chip is about, for figures with no chip before them to belong to: the
    one chip or product the article names, or the one it names clearly most (at least `share` of its
    mentions of chips and products), when that is also the last one named before sentence k (乙 named in
    between: the figures may be 乙's). An item of the name's first mention, marked as the topic."""
    art = doc.sentences[k].article
    ms = [m for m in doc.mentions if m.article == art and m.type in SPEC_TOPIC_TYPES and m.entity is not None
          and m.source != "byline" and m.sentence is not None]
    if not ms:
        return None
    top = min(ms, key=lambda m: m.start) if len({m.entity for m in ms}) == 1 else clear_most(ms, share=share)
    if top is None:
        return None
    before = [it for j in range(k) for it in items[j] if it.type in SPEC_TOPIC_TYPES and isinstance(it.ref, Mention)
              and doc.sentences[j].article == art]
    if not before or before[-1].ref.entity != top.entity:
        return None
    return Item(top.start, top.end, top.type, top, None, True)


def _other_owners(doc: Doc, rs: RuleSet, pred: str, si: Item | None, oi: Item | None) -> bool:
    """Is the figure oi (not a relative one: 較上一代提升30% is the chip's) of a chip's or a product's hasSpec printed
    in a later clause than the chip si, after a word naming another thing in its own clause ([topic] figure_rival:
    對手產品僅64GB, 集群算力為…)? A total (流處理器總數) is the chip's; a company's figures are not read so."""
    if pred != "hasSpec" or rs.figure_rival is None or si is None or oi is None or not isinstance(oi.ref, Quantity) \
            or oi.type != "Spec" or si.type not in SPEC_TOPIC_TYPES or si.start >= oi.start:
        return False
    key = doc.norm.key
    c = oi.start
    while c > si.end and key[c - 1] not in ",，;；":
        c -= 1
    return c > si.end and rs.figure_rival.search(key, c, oi.start) is not None


def _opens_with_process(doc: Doc, rs: RuleSet, k: int, its: list[Item]) -> bool:
    """Does sentence k open with an adoption word and a process node, maybe a foundry's (基於甲7nm製程…)?"""
    if rs.process_opener is None:
        return False
    key = doc.norm.key
    if not rs.process_opener.match(key[doc.sentences[k].start:its[0].start]):
        return False
    if its[0].type == "ProcessNode":
        return True
    return (its[0].type == "Company" and len(its) > 1 and its[1].type == "ProcessNode"
            and len(key[its[0].end:its[1].start].strip()) <= 4)


def _one_subject_per_figure(found: list) -> list:
    """A figure is a figure of one thing: where rules give it several subjects, the surest rule's
    nearest subject keeps it (3.6GHz的酷睿i3 is the i3's clock, not that of the chip named before)."""
    best: dict[int, tuple] = {}
    for f in found:
        _s, pred, _o, si, oi, _rid, conf, _rel = f
        if pred != "hasSpec" or oi is None or not isinstance(oi.ref, Quantity) or si is None:
            continue
        rank = (conf, -abs(oi.start - si.start))
        if id(oi) not in best or rank > best[id(oi)][0]:
            best[id(oi)] = (rank, si.ref.entity)
    return [f for f in found if f[1] != "hasSpec" or f[4] is None or id(f[4]) not in best
            or f[0] == best[id(f[4])][1]]


def _relation(doc, qrules, values, k: int, topic, rule_id, conf, s_term, pred, o_term, si: Item | None, oi: Item | None,
              ev_start: int | None = None):
    if si is not None and not isinstance(si.ref, Mention):
        return None  # figures are never subjects
    if pred == "hasSpec" and si is not None and isinstance(oi.ref if oi else None, Quantity) and not oi.ref.fits(si.type):
        return None  # a fab's monthly output is not a chip's figure (subjects in quantities.toml)
    subject = si.ref.entity if si is not None else _iri(s_term)
    value = None
    if oi is None:
        obj = _iri(o_term)
        value = entity_value(values.lexicon, obj)
    elif isinstance(oi.ref, Mention):
        obj = oi.ref.entity
    elif oi.ref.cls == "ProcessNode":
        obj, value = values.process_node(oi.ref)
    else:
        obj, value = values.spec(subject, oi.ref)
    if subject == obj:
        return None
    carried = topic is not None and (si is topic or oi is topic) and not topic.topic
    sent = doc.sentences[k]
    start = doc.sentences[k - 1].start if carried else sent.start if ev_start is None else ev_start
    back = [it.via for it in (si, oi) if it is not None and it.via is not None and it.via < k]
    if back:  # a reference (该芯片) to a name in an earlier sentence: the evidence runs from there
        carried = True
        start = min(start, doc.sentences[min(back)].start)
    spans = [it for it in (si, oi) if it is not None]
    date = _date(doc, qrules, sent.start, min(max(it.start, sent.start) for it in spans),
                 max(it.end for it in spans)) if spans else None
    def span(it: Item | None):  # a mention outside the evidence (the topic named sentences back) has no span here
        return (it.start, it.end) if it is not None and start <= it.start and it.end <= sent.end else None
    ev = make_evidence(doc, sent.article, start, sent.end, span(si), span(oi), rule_id,
                       round(conf * (CARRY_OVER if carried else 1.0), 3), date)
    return Relation(subject, pred, obj, evidence=[ev], value=value)


def _chains(doc: Doc, rs: RuleSet, sent, topic, found) -> list[Relation]:
    """Relations that follow from two found in the same sentence, e.g. fabricatedBy + develops → manufacturesFor."""
    out = []
    for ch in rs.chains:
        if ch.scope != "sentence":
            continue
        (a_s, a_p, a_o), (b_s, b_p, b_o) = ch.premises
        for s1, p1, o1, si1, oi1, _r1, c1, rel1 in found:
            if p1 != a_p:
                continue
            env = {a_s: (s1, si1), a_o: (o1, oi1)}
            for s2, p2, o2, si2, oi2, _r2, c2, _rel2 in found:
                if p2 != b_p:
                    continue
                env2 = dict(env)
                ok = True
                for var, val in ((b_s, (s2, si2)), (b_o, (o2, oi2))):
                    if var in env2 and env2[var][0] != val[0]:
                        ok = False
                    env2.setdefault(var, val)
                if not ok:
                    continue
                cs, cp, co = ch.conclusion
                if cs not in env2 or co not in env2 or env2[cs][0] == env2[co][0]:
                    continue
                (subj, s_it), (obj, o_it) = env2[cs], env2[co]
                ev0 = rel1.evidence[0]
                conf = round(min(ch.confidence, c1, c2), 3)
                rule = ch.id
                # a premise stated as an intention makes the conclusion one (SUPPLY lane)
                if any((r.evidence[0].rule or "").endswith(".planned") for r in (rel1, _rel2) if r.evidence):
                    rule, conf = rs.mark_planned(rule, conf)
                    conf = round(conf, 3)
                ev = Evidence(ev0.page, ev0.article, ev0.sentence, ev0.sentence_span,
                              doc.norm.orig_span(s_it.start, s_it.end) if s_it else None,
                              doc.norm.orig_span(o_it.start, o_it.end) if o_it else None, rule, conf, ev0.date)
                out.append(Relation(subj, cp, obj, evidence=[ev]))
    return out


def _merge(rels: list[Relation]) -> list[Relation]:
    """One relation per (subject, predicate, object), with one piece of evidence per sentence (the surest)."""
    merged: dict[tuple, Relation] = {}
    for r in rels:
        k = (r.subject, r.predicate, r.object)
        got = merged.get(k)
        if got is None:
            merged[k] = Relation(r.subject, r.predicate, r.object, r.literal, list(r.evidence), r.value,
                                 subject_value=r.subject_value)
            continue
        for ev in r.evidence:
            same = [i for i, e in enumerate(got.evidence) if e.sentence_span == ev.sentence_span and e.page == ev.page]
            if not same:
                got.evidence.append(ev)
            elif ev.confidence > got.evidence[same[0]].confidence:
                got.evidence[same[0]] = ev
    for r in merged.values():
        r.evidence.sort(key=lambda e: (e.page, e.sentence_span, e.rule))
    return list(merged.values())


def extract(doc: Doc, lexicon: Lexicon | None = None, learned: bool = True) -> list[Relation]:
    """Byline, rule and maker relations of doc; with `learned`, also those of the learned scorer
    (kg/learned.py) between names no rule related, when its model (ontology/models/relations.json) is on,
    and the owners the figure-owner model (kg/learned_figures.py, ontology/models/figures.json) gives figures
    no rule attached."""
    lexicon = lexicon or load_lexicon()
    rs = load_rules()
    found = rule_relations(doc, lexicon, rs)
    found += name_relations(doc, lexicon)
    from kg.components import component_relations

    found += component_relations(doc)  # a chip uses the parts its configuration lists
    found += maker_relations(doc, lexicon, found)
    found += position_relations(doc)  # a person's post as printed before the name
    if learned:
        from kg.learned import learned_relations

        found += learned_relations(doc, found, lexicon=lexicon)
        # LEARNFIG hook: a figure no rule attached gets the owner the figure-owner model
        # (kg/learned_figures.py, ontology/models/figures.json) gives it, when that model is on
        from kg.learned_figures import learned_figure_relations

        found += learned_figure_relations(doc, found, lexicon)
    found = _services(_own_plant_and_chip(found, lexicon, load_maker_rules().contract), lexicon)
    # EVENTS lane: an event's organizer is no participant of it (kg/events.py)
    from kg.events import organizer_names, organizers

    found = organizers(found + organizer_names(doc, lexicon), lexicon, doc)
    found += article_chains(rs, found)
    # POLCARRY lane: what the article's policy restricts, who issued it and what it backs, in sentences that do
    # not name it (kg/polcarry.py,
    # ontology/rules/polcarry.toml)
    from kg.polcarry import policy_carry_relations

    found += policy_carry_relations(doc, lexicon, rs)
    # EVCARRY lane: who took part in the article's event (or alliance) in sentences that do not name it
    # (kg/evcarry.py, ontology/rules/evcarry.toml); an organizer is no guest of its own event
    from kg.evcarry import event_carry_relations

    found = organizers(found + event_carry_relations(doc, lexicon, rs), lexicon, doc)
    return byline_relations(doc) + _merge(found)


def _bind(premises, values) -> dict | None:
    """The variables of a chain's premises bound to the ends of the relations found for them ((subject, object)
    pairs, in the premises' order), or None when a variable would take two values."""
    env: dict = {}
    for (s, _p, o), (sv, ov) in zip(premises, values):
        for var, val in ((s, sv), (o, ov)):
            if env.setdefault(var, val) != val:
                return None
    return env


def article_chains(rs: RuleSet, found: list[Relation]) -> list[Relation]:
    """SUPPLY lane. [[chain]] rules of scope "article": a relation that follows from one stated in a sentence
    and one stated anywhere in the same article (天璣9500採用台積電3奈米製程 after 聯發科發表天璣9500: 台積電
    manufacturesFor 聯發科). The evidence is the first premise's sentence; the second premise's end is named
    elsewhere in the article, so the evidence marks only the first premise's ends. Confidence: the lowest of the
    chain's and the two premises' surest evidence in that article. A first premise stated as an intention gives a
    ".planned" conclusion; one whose sentence holds a [hypothetical] cue anywhere (市場傳出，X將改由乙代工 — the
    cue in another clause than the statement) gives none: the chain would carry a rumour to a new relation."""
    out: list[Relation] = []
    for ch in rs.chains:
        if ch.scope != "article":
            continue
        (a_s, a_p, a_o), (b_s, b_p, b_o) = ch.premises
        cs, cp, co = ch.conclusion
        # second premises by the value of the variable they share with the first (the chip: its makers)
        shared = b_s if b_s in (a_s, a_o) else b_o
        seconds: dict[str, list[Relation]] = {}
        for r in found:
            if r.predicate == b_p and not r.literal:
                seconds.setdefault(r.subject if shared == b_s else r.object, []).append(r)
        for r1 in found:
            if r1.predicate != a_p or r1.literal:
                continue
            for ev in r1.evidence:
                if rs.hypothetical is not None and rs.hypothetical.search(to_key(ev.sentence)):
                    continue
                for r2 in seconds.get(r1.subject if shared == a_s else r1.object, []):
                    env = _bind(ch.premises, [(r1.subject, r1.object), (r2.subject, r2.object)])
                    if env is None or cs not in env or co not in env or env[cs] == env[co]:
                        continue
                    c2 = max((e.confidence for e in r2.evidence if e.article == ev.article), default=None)
                    if c2 is None:
                        continue
                    spans = {a_s: ev.subject_span, a_o: ev.object_span}
                    rule, conf = ch.id, round(min(ch.confidence, ev.confidence, c2), 3)
                    if (ev.rule or "").endswith(".planned"):
                        rule, conf = rs.mark_planned(rule, conf)
                    out.append(Relation(env[cs], cp, env[co], evidence=[
                        replace(ev, subject_span=spans.get(cs), object_span=spans.get(co), rule=rule,
                                confidence=round(conf, 3), role=None)]))
    return out


# fabricatedBy rules whose wording a chip's designer may also be the subject of (甲生產X, 甲的訂單包括X — 甲 sells X,
# it need not make it): not read when the lexicon says the company develops the chip (SUPPLY lane adds the last two).
DESIGNER_MAY_READ = ("fab.foundry-makes", "supply.order-book-chips", "supply.contract-order-book-chips",
                     "fab.in-charge-of-foundry-work")
# …of which these are read for a company that also makes chips for others (ontology/rules/makers.toml [contract]):
# 三星負責代工Exynos 2500 — 三星 designs Exynos and is its foundry too.
CONTRACT_MAKER_MAY_READ = ("fab.in-charge-of-foundry-work",)
# Rules read only for a contract maker: a bare order book (甲在手訂單包括X / 包括乙、丙) is anybody's (a server
# maker's, a designer's); the maker is the chip's object or the client's subject.
CONTRACT_MAKER_ONLY = ("supply.order-book-chips", "supply.order-book-clients")
_RULE_FORM = re.compile(r"\.(?:planned|hypothetical)$")


def _maker_reading_holds(r: Relation, lexicon: Lexicon, makers: MakerRules) -> bool:
    """Is a fabricatedBy or manufacturesFor read from a maker's wording a designer may also say kept? Not from a
    bare order book of a company that is no contract maker (戴爾在手訂單包括H200), nor from a DESIGNER_MAY_READ
    rule when the lexicon says the company develops the chip (英偉達在手訂單包括H20), unless it is a contract maker
    and the rule says so (三星負責代工Exynos 2500). `contract`: the contract makers (makers.toml [contract]).
    SUPPLY2 lane, from makers.toml [assemblers] (`makers`, rule ids compared exactly): the `uses` / `supports` of its
    `uses_rules` only for an assembler (甲拿下乙X伺服器訂單: 甲 builds on X when it is a server maker, a foundry makes
    X); the manufacturesFor of its `maker_only_rules` only for a contract maker or an assembler (微軟手握英偉達X大單
    is a buyer's); no fabricatedBy of its `not_fab_rules` for an assembler (技嘉拿下X主機板訂單 makes boards)."""
    rule = r.evidence[0].rule or "" if r.evidence else ""
    contract = makers.contract
    if True:
        base = _RULE_FORM.sub("", rule)
        if r.predicate in ("uses", "supports") and base in makers.assembler_uses_rules:
            return r.subject in makers.assemblers
        if r.predicate == "manufacturesFor" and base in makers.maker_only_rules:
            return r.subject in makers.assemblers or r.subject in contract
        if r.predicate == "fabricatedBy" and base in makers.not_assembler_fab_rules and r.object in makers.assemblers:
            return False
    if r.predicate not in ("fabricatedBy", "manufacturesFor"):
        return True
    maker = r.object if r.predicate == "fabricatedBy" else r.subject
    if rule.startswith(CONTRACT_MAKER_ONLY) and maker not in contract:
        return False
    if r.predicate == "fabricatedBy" and rule.startswith(DESIGNER_MAY_READ):
        entry = lexicon.entries.get(r.subject)
        if entry is not None and maker in entry.developed_by:
            return rule.startswith(CONTRACT_MAKER_MAY_READ) and maker in contract
    return True


def _own_plant_and_chip(found: list[Relation], lexicon: Lexicon, contract: frozenset[str]) -> list[Relation]:
    """NAMES lane. Two readings a name contradicts:
    - 乙 acquired 乙銅鑼廠: the company printed at the start of a plant's name (names.toml [plant_operator],
      rule operates.plant-name) owns it; it is the seller, not the buyer (甲與乙簽約，收購乙銅鑼廠);
    - 昇騰910B fabricatedBy 華為 from fab.foundry-makes (華為計劃生產30萬片910B昇騰晶片): a company the lexicon
      says develops the chip is its designer; 生產 then says it has the chip made, not that it is a foundry.
      A foundry named for a client (fab.foundry-for-client) and the other fabricatedBy rules are kept.
    - PARENT lane: 甲 operates 甲五廠 from the plant's name alone, when a sentence of the page says with a verb
      of running (operates.runs-facility) that another company runs that plant (乙運營着…生產線（業界常稱為「甲五廠」）): the statement names the operator, the
      name only the group the plant is called after."""
    def name_only(r: Relation) -> bool:
        return bool(r.evidence) and all(e.rule == "operates.plant-name" for e in r.evidence)

    owners = {(r.subject, r.object) for r in found if r.predicate == "operates" and any(
        e.rule == "operates.plant-name" for e in r.evidence)}
    # only a verb of running (operates.runs-facility) names another operator: a plant printed after a company
    # (operates.own-plant) or a process set up in it may be a customer's, which leaves the plant's operator standing
    stated = {(r.subject, r.object) for r in found if r.predicate == "operates"
              and any(e.rule == "operates.runs-facility" for e in r.evidence)}
    out = []
    for r in found:
        if r.predicate == "acquired" and (r.subject, r.object) in owners:
            continue
        if r.predicate == "operates" and name_only(r) \
                and any(o == r.object and s != r.subject for s, o in stated):
            continue
        if r.predicate == "fabricatedBy" and r.evidence \
                and all((e.rule or "").startswith(DESIGNER_MAY_READ) for e in r.evidence):
            entry = lexicon.entries.get(r.subject)
            if entry is not None and r.object in entry.developed_by \
                    and not (all((e.rule or "").startswith(CONTRACT_MAKER_MAY_READ) for e in r.evidence)
                             and r.object in contract):
                continue
        out.append(r)
    return out


def _services(found: list[Relation], lexicon: Lexicon) -> list[Relation]:
    """A service the lexicon says who operates (Gmail: kg:operatedBy Google) is operated, not developed, by
    its operator; no other company develops it (NVIDIA YouTube names NVIDIA's channel on it)."""
    out = []
    for r in found:
        entry = lexicon.entries.get(r.object) if r.predicate == "develops" else None
        if entry is not None and entry.operated_by and not entry.developed_by:
            if r.subject not in entry.operated_by:
                continue
            r = replace(r, predicate="operates")
        out.append(r)
    return out
