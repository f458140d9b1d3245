"""Who makes each chip, where no rule read it from a sentence.

News names a chip's maker once and then only the chip: 英偉達發布Rubin… 2026年推出Rubin Ultra, or
it names the maker inside the chip's name (龍芯3A6000, 百度昆侖, 昇騰910C). The relation rules read a
maker only where a sentence states it; this stage reads the two other ways a reader learns it, each
marked with its own rule id and a lower confidence so a user can tell them apart and filter them:

- `maker.name`: the chip's printed name begins with a company's name (龍芯3A6000 → 龍芯中科) or with a
  chip family whose maker the lexicon knows (昇騰920 → 華為).
- `maker.lexicon`: the lexicon knows the chip's maker and the same article names that company
  (輝達公布路線圖…2026年則是「Rubin」): the article and the lexicon together say who makes it.
- `maker.topic`: an article about one maker (the company most often stated to develop something in it)
  names a chip whose maker nothing else tells: the chip is taken to be that maker's, unless another
  company stands right before the chip in its clause, the lexicon knows a different maker, or the chip
  is compared with another (a rival's chip, most often).

The words and limits live in ontology/rules/makers.toml.
"""

from __future__ import annotations

import re
from collections import ChainMap, Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.evidence import entity_value, make_evidence
from kg.errors import KgError
from kg.lexicon import Lexicon
from kg.namespaces import E, ENTITY_TYPES
from kg.model import Doc, Mention, Relation
from kg.normalize import name_key
from kg.paths import file_stamp, ontology_dir, read_toml, setting_bool, setting_float, setting_int, setting_words
from kg.rules import CLAUSE_PUNCT, STOP_PUNCT, RuleSet, blocked, clause_start, load_rules
from kg.implicit import main_name

MADE = ("Chip", "Product")


@dataclass(frozen=True)
class MakerRules:
    name_confidence: float
    topic_confidence: float
    topic_types: tuple[str, ...]
    # How far back in its clause a company before a chip counts as "standing before it".
    near: int
    topic_share: float
    topic_min_stated: int
    min_prefix: int
    # maker.lexicon: the lexicon knows the chip's maker and the article names that maker too (0 = off)
    lexicon_confidence: float = 0.5
    # maker.name also for these types, only when the maker is named on the page (Arm … Cortex-X925)
    named_types: tuple[str, ...] = ()
    # maker.topic in an article stating no maker: the article's main company (at least `cue_share` of its
    # company mentions) makes a chip of `cue_types` whose clause says it is launched or made (推出的X, X已量產)
    cue_before: re.Pattern | None = None
    cue_after: re.Pattern | None = None
    cue_types: tuple[str, ...] = MADE
    cue_share: float = 0.5
    # A company written as an owner (乙的…) earlier in the chip's clause, at most this many characters
    # before it, rules the topic out too: 乙的96層(甲)、128層(丙)… — the whole list is 乙's (0 = off).
    owner_reach: int = 0
    # A chip another chip is said to use (天璣…搭載了最新的X圖形處理器) is a component, most often
    # licensed from someone else: not given to the topic.
    skip_components: bool = False
    # NAMES lane: mentions found by these discovery forms (investors and brokers named for their role in a
    # deal: company-role, company-investor) do not count in the share of the company an article names most
    share_skip: frozenset = frozenset()
    # SUPPLY lane: the companies that make chips for others as their business ([contract] companies), as ids
    contract: frozenset = frozenset()
    # SUPPLY2 lane: the companies that build servers and systems on others' chips ([assemblers] companies), as ids
    assemblers: frozenset = frozenset()
    # SUPPLY2 lane, rule ids (exact, without .planned / .hypothetical) read from makers.toml [assemblers]:
    # rules whose `uses` / `supports` (the company builds on the chip) hold only for an assembler;
    assembler_uses_rules: frozenset = frozenset()
    # rules whose manufacturesFor holds only for a contract maker or an assembler (a buyer holding orders is none);
    maker_only_rules: frozenset = frozenset()
    # rules whose fabricatedBy does not hold for an assembler (its order is for servers or boards, not the chip)
    not_assembler_fab_rules: frozenset = frozenset()


def makers_path() -> Path:
    return ontology_dir() / "rules" / "makers.toml"


@lru_cache(maxsize=4)
def _load(path: str, _stamp) -> MakerRules:
    cfg = read_toml(path)
    name, topic, lex = cfg.get("name", {}), cfg.get("topic", {}), cfg.get("lexicon", {})
    for section, t in (("name", name), ("topic", topic), ("lexicon", lex)):
        if not isinstance(t, dict):
            raise KgError(f"{path}: [{section}] must be a table")
    at_name, at_topic = f"{path}: [name]", f"{path}: [topic]"
    asm, at_asm = cfg.get("assemblers", {}), f"{path}: [assemblers]"
    named = name.get("named_types", [])
    if not isinstance(named, list) or any(t not in ENTITY_TYPES for t in named):
        raise KgError(f"{at_name}: `named_types` must be a list of entity types ({', '.join(ENTITY_TYPES)}), not {named!r}")
    types = topic.get("types", list(MADE))
    if not isinstance(types, list) or any(t not in ENTITY_TYPES for t in types):
        raise KgError(f"{at_topic}: `types` must be a list of entity types ({', '.join(ENTITY_TYPES)}), not {types!r}")
    cue_types = topic.get("cue_types", list(MADE))
    if not isinstance(cue_types, list) or any(t not in ENTITY_TYPES for t in cue_types):
        raise KgError(f"{at_topic}: `cue_types` must be a list of entity types ({', '.join(ENTITY_TYPES)}), not {cue_types!r}")
    return MakerRules(setting_float(name, "confidence", 0.7, at_name), setting_float(topic, "confidence", 0.45, at_topic),
                      tuple(types), setting_int(topic, "near", 12, at_topic), setting_float(topic, "share", 0.4, at_topic),
                      setting_int(topic, "min_stated", 2, at_topic), setting_int(name, "min_prefix", 2, at_name),
                      setting_float(lex, "confidence", 0.5, f"{path}: [lexicon]"), tuple(named),
                      _cues(topic, "cues_before", at_topic, r"(?:{})[^,，;；:：。]{{0,{}}}$", setting_int(topic, "cue_reach", 10, at_topic)),
                      _cues(topic, "cues_after", at_topic, r"(?:{})", 0),
                      tuple(cue_types), setting_float(topic, "cue_share", 0.5, at_topic),
                      setting_int(topic, "owner_reach", 0, at_topic),
                      setting_bool(topic, "skip_components", False, at_topic),
                      frozenset(f"pattern:{x}" for x in setting_words(topic, "share_skip_sources", [], at_topic)),
                      frozenset(str(E[w]) for w in setting_words(cfg.get("contract", {}), "companies", [], f"{path}: [contract]")),
                      frozenset(str(E[w]) for w in setting_words(asm, "companies", [], at_asm)),
                      frozenset(setting_words(asm, "uses_rules", [], at_asm)),
                      frozenset(setting_words(asm, "maker_only_rules", [], at_asm)),
                      frozenset(setting_words(asm, "not_fab_rules", [], at_asm)))


def _cues(spec: dict, field: str, where: str, form: str, reach: int) -> re.Pattern | None:
    """The words of `field` (regular expressions over the matching form) as one pattern, or None."""
    words = setting_words(spec, field, [], where)
    if not words:
        return None
    try:
        return re.compile(form.format("|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True)), reach))
    except re.error as err:
        raise KgError(f"{where}: `{field}`: bad word: {err}") from None


def load_maker_rules(path: str | Path | None = None) -> MakerRules:
    p = Path(path) if path else makers_path()
    return _load(str(p), file_stamp(p))


def _name_makers(lexicon: Lexicon) -> dict[str, list[str]]:
    """Name key -> makers: every company name, and every chip family (or technology family: Cortex)
    name whose makers the lexicon knows."""
    out: dict[str, list[str]] = {}
    for iri, e in lexicon.entries.items():
        if e.type == "Company":
            makers = [iri]
        elif e.type in MADE + ("Technology",) and e.developed_by:
            makers = list(e.developed_by)
        else:
            continue
        for name, _lang in e.names():
            out.setdefault(name_key(name), makers)
    return out


def _same_run(a: str, b: str) -> bool:
    """Do a and b belong to one run of digits or of Latin letters (A100|0, Xe|on)?"""
    return (a.isdigit() and b.isdigit()) or (a.isascii() and a.isalpha() and b.isascii() and b.isalpha())


def _makers_in_name(key: str, names, min_prefix: int) -> tuple[int, list[str]]:
    """The makers named at the start of a chip's name, and the prefix's length (without trailing
    spaces): the longest known prefix that leaves a rest and does not end inside a model number or a
    Latin word (A100 is no prefix of A1000)."""
    for i in range(len(key) - 1, min_prefix - 1, -1):
        if _same_run(key[i - 1], key[i]):
            continue
        head = key[:i].rstrip()
        got = names.get(head)
        if got:
            return len(head), got
    return 0, []


def maker_relations(doc: Doc, lexicon: Lexicon, found: list[Relation], rules: MakerRules | None = None,
                    rs: RuleSet | None = None) -> list[Relation]:
    rules = rules or load_maker_rules()
    rs = rs or load_rules()  # its negation and hypothesis cues: 如果甲完成X開發 states no maker
    # Companies found on this page are makers too (a discovered 摩爾線程 names MTT S80's maker only
    # when printed as one word with it, so only their full names count); the lexicon's names come first.
    page_names: dict[str, list[str]] = {}
    for m in doc.mentions:
        if m.type == "Company" and m.entity:
            page_names.setdefault(name_key(m.text), [m.entity])
    names = ChainMap(lexicon.derived("maker-names", _name_makers), page_names)
    # The companies printed in each sentence, for the check that another company stands before a chip.
    companies_in: dict[int, list[Mention]] = {}
    for o in doc.mentions:
        if o.type == "Company" and o.sentence is not None:
            companies_in.setdefault(o.sentence, []).append(o)
    types = {m.entity: m.type for m in doc.mentions if m.entity}
    on_page = {m.entity for m in doc.mentions if m.entity}
    stated = {r.object for r in found if r.predicate == "develops"}
    # A chip compared with another is often a rival's (天璣9500…與蘋果A19 Pro相當): never the topic's by default.
    compared = {x for r in found if r.predicate == "comparedWith" for x in (r.subject, r.object)}
    # A chip another chip uses is a component (a GPU core, a memory): its maker is seldom the topic's.
    parts = {r.object for r in found if r.predicate == "uses" and types.get(r.subject) == "Chip"} \
        if rules.skip_components else set()
    if rules.skip_components:  # a part named by its scheme (Cortex-X925, GA102: chip.toml [components]) is one too
        parts |= {m.entity for m in doc.mentions if m.source == "pattern:part-component" and m.entity}
    out: list[Relation] = []
    key = doc.norm.key
    by_article: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.source != "byline" and m.entity and m.sentence is not None and (m.type in MADE or m.type in rules.named_types):
            by_article.setdefault(m.article, []).append(m)
    # The companies each article names, with their first mention (maker.lexicon).
    named_in: dict[int, dict[str, Mention]] = {}
    for o in sorted(doc.mentions, key=lambda o: (o.start, o.end)):
        if o.type == "Company" and o.entity and o.source != "byline":
            named_in.setdefault(o.article, {}).setdefault(o.entity, o)
    for art, mentions in sorted(by_article.items()):
        mentions.sort(key=lambda m: (m.start, m.end))
        topic = _topic(doc, art, found, types, rules.topic_share, rules.topic_min_stated, rules.share_skip)
        # With no maker stated in the article: its main company, for chips its clause says are launched.
        main = None
        if topic is None and (rules.cue_before is not None or rules.cue_after is not None):
            mm = main_name(doc, art, ("Company",), True, rules.cue_share)
            main = mm.entity if mm is not None else None
        done: set[str] = set()
        for m in mentions:
            sent = doc.sentences[m.sentence]
            if m.entity in done or m.entity in stated or \
                    blocked(rs, key[sent.start:sent.end], m.start - sent.start, m.end - sent.start):
                continue
            entry = lexicon.entries.get(m.entity)
            # a service the lexicon says a company operates (Gmail): its maker operates it
            pred = "operates" if entry is not None and entry.operated_by and not entry.developed_by else "develops"
            known = set(entry.developed_by or entry.operated_by) if entry is not None else set()
            n, makers = _makers_in_name(key[m.start:m.end], names, rules.min_prefix)
            makers = [x for x in makers if x != m.entity and (not known or x in known)]
            rest = key[m.start + n:m.end].strip()
            model = lexicon.lookup(rest) if n and rest else None
            if model is not None and model.developed_by and not set(makers) & set(model.developed_by):
                makers = []  # Tesla V100: the rest is a known model of another maker (a brand, not the company)
            if makers and m.type not in MADE:
                makers = [x for x in makers if x in on_page]  # a technology's maker only when the page names it
            if makers:
                makers = [x for x in makers if x in on_page] or makers  # those the page names, if any
                done.add(m.entity)
                for mk in sorted(set(makers)):
                    # The maker is printed at the start of the chip's name: that is its mention.
                    ev = make_evidence(doc, art, sent.start, sent.end, (m.start, m.start + n), (m.start, m.end), "maker.name", rules.name_confidence)
                    # A maker the page does not name (昇騰960 → 華為) comes with its lexicon description.
                    out.append(Relation(mk, pred, m.entity, evidence=[ev],
                                        subject_value=entity_value(lexicon, mk)))
                continue
            if m.type not in MADE:
                continue
            # The lexicon knows who makes it and the article names that company: 輝達…2026年則是「Rubin」.
            lexicon_makers = [x for x in ((entry.developed_by or entry.operated_by) if entry is not None else ())
                              if x in named_in.get(art, {})]
            if lexicon_makers and rules.lexicon_confidence > 0:
                done.add(m.entity)
                for mk in lexicon_makers:
                    o = named_in[art][mk]
                    ev = make_evidence(doc, art, sent.start, sent.end, (o.start, o.end), (m.start, m.end),
                                       "maker.lexicon", rules.lexicon_confidence)
                    if o.sentence != m.sentence:
                        ev.subject_span = None  # the maker is named elsewhere in the article
                    out.append(Relation(mk, pred, m.entity, evidence=[ev]))
                continue
            if entry is not None and (entry.developed_by or entry.operated_by):
                continue
            rule, conf, maker = "maker.topic", rules.topic_confidence, topic
            if topic is None or m.type not in rules.topic_types:
                if main is None or m.type not in rules.cue_types:
                    continue
                lo, hi = _clause(key, sent.start, sent.end, m.start, m.end)
                if not _launched(key, m, lo, hi, rules):
                    continue
                maker = main
                if any(o.entity != main and o.start < m.start for o in companies_in.get(m.sentence, [])):
                    continue  # 乙表示，將推出X: another company in the sentence may be the doer
                if rs.planned is not None and rs.planned.search(key, lo, hi):
                    rule, conf = rs.mark_planned(rule, conf)  # 下一代旗艦晶片X將於明年量產
            if m.entity in compared or m.entity in parts or \
                    _other_company_before(doc, m, maker, rules.near, companies_in.get(m.sentence, [])) or \
                    _owner_before(doc, m, maker, rules.owner_reach, companies_in.get(m.sentence, [])):
                continue
            done.add(m.entity)
            ev = make_evidence(doc, art, sent.start, sent.end, (m.start, m.end), (m.start, m.end), rule, round(conf, 3))
            ev.subject_span = None  # the maker is what the article is about, not named in this sentence
            out.append(Relation(maker, "develops", m.entity, evidence=[ev]))
    return out


def _topic(doc: Doc, art: int, found: list[Relation], types: dict[str, str], share: float, min_stated: int,
           skip: frozenset = frozenset()) -> str | None:
    """The company most often stated to develop something in article `art`, if one leads."""
    iri = doc.article_iri(art)
    # how many different things each company is stated to develop in the article
    counts = Counter(r.subject for r in found if r.predicate == "develops"
                     and any(ev.article == iri and not ev.rule.startswith("maker.") for ev in r.evidence))
    ranked = [(n, s) for s, n in counts.items() if types.get(s) == "Company"]
    ranked.sort(key=lambda x: (-x[0], x[1]))
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    if ranked[0][0] < min_stated:
        return None
    # …and the company the article talks about most: at least `share` of its company mentions.
    named = Counter(m.entity for m in doc.mentions if m.article == art and m.type == "Company" and m.source != "byline"
                    and m.source not in skip)
    top = ranked[0][1]
    if named[top] < share * sum(named.values()):
        return None
    return top


def _other_company_before(doc: Doc, m: Mention, topic: str, near: int, companies: list[Mention]) -> bool:
    """Is another company printed shortly before the chip in its clause (乙的X, 乙X)?"""
    lo = _clause_reach(doc, m, near)
    return any(o.entity != topic and lo <= o.start and o.end <= m.start for o in companies)


def _clause_reach(doc: Doc, m: Mention, reach: int) -> int:
    """Where the look-back from mention m stops: its clause's start, at most `reach` characters back."""
    return max(doc.sentences[m.sentence].start, clause_start(doc.norm.key, m.start), m.start - reach)


def _owner_before(doc: Doc, m: Mention, topic: str, reach: int, companies: list[Mention]) -> bool:
    """Is another company written as an owner (乙的) earlier in the chip's clause, at most `reach`
    characters before it, with no company after it up to the chip (乙的甲、丙和丁 are all 乙's)?"""
    if reach <= 0:
        return False
    key = doc.norm.key
    lo = _clause_reach(doc, m, reach)
    before = [o for o in companies if lo <= o.start and o.end <= m.start]
    if not before:
        return False
    last = max(before, key=lambda o: o.end)
    return last.entity != topic and key[last.end:last.end + 1] == "的"


def _clause(key: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence key[lo:hi] holding the span start–end."""
    b = end
    while b < hi and key[b] not in CLAUSE_PUNCT + STOP_PUNCT:
        b += 1
    return max(lo, clause_start(key, start)), b


def _launched(key: str, m: Mention, lo: int, hi: int, rules: MakerRules) -> bool:
    """Does the chip's clause say it is launched or made, with no other name as the doer: a launch word
    (推出的, 下一代旗艦) shortly before the chip, or one (已量產, 將於明年推出) right after it?"""
    if rules.cue_before is not None and rules.cue_before.search(key, lo, m.start):
        return True
    return rules.cue_after is not None and rules.cue_after.match(key, m.end, hi) is not None
