"""The relation rule engine: rules are data (ontology/rules/relations.toml), matched over sentence skeletons.

A *skeleton* is a sentence's matching text with every typed item (recognized name, process node,
figure) replaced by a three-character placeholder «X» (X a one-letter code of its type). A rule's
pattern (see the header of relations.toml for its small language) compiles to one regular
expression over skeletons; it is tried at every position (as a look-ahead, so matches may overlap),
and each match states the relations the rule lists, one per member of a coordinated list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from kg.errors import KgError
from kg.normalize import is_cjk, name_key
from kg.paths import file_stamp, ontology_dir, read_toml, setting_bool, setting_float, setting_int, setting_words

# One-letter codes of the slot types in skeletons.
CODES = {
    "Company": "C", "Chip": "P", "Technology": "T", "Product": "D", "Policy": "L", "Organization": "O",
    "Exchange": "X", "Person": "H", "Place": "G", "ProcessNode": "N", "Spec": "Q", "Money": "M",
    "Ratio": "R",  # a relative figure (提升40%, 快1.5倍): a Spec that only the relative-figure rules read
    "Facility": "F",  # NAMES lane: a place that is a plant or a fab (熊本二廠, Fab 21, 收購甲銅鑼廠), not a region
    "Business": "B",  # a company's business figure (毛利率20%, 市占率25%, 發行價): a Spec only the company-figure rules read
    "Growth": "W",  # a company's growth figure (年增10%): a Spec only the two growth rules read (a growth alone names no owner)
}
# A slot of a wider type also takes the narrower ones: every money figure is a figure, every plant a place.
WIDER = {"Spec": ("Money", "Ratio"), "Place": ("Facility",)}


@lru_cache(maxsize=1)
def facility_sources() -> frozenset:
    """The discovery forms whose places are plants (ontology/patterns/place.toml facility_sources, kg/discover_org.py
    find_facilities): {Facility} slots read them."""
    from kg.discover import _load as _load_pattern

    return frozenset(f"pattern:{x}" for x in _load_pattern("place").get("facility_sources", []))


TYPE_OF_CODE = {v: k for k, v in CODES.items()}
OPEN, CLOSE = "«", "»"
SLOT_LEN = 3

_SLOT = re.compile(r"\{(?P<types>[A-Za-z|]+)(?P<list>\+)?(?::(?P<name>\w+))?(?P<anchor>\^)?\}(?P<opt>\?)?$")
_GAP = re.compile(r"(?P<kind>~~?)(?P<any>\*)?(?P<n>\d+)?$")
_TRIPLE = re.compile(r"^\s*(\S+)\s+(\w+)\s+(\S+)\s*$")
CLAUSE_PUNCT = ",，;；:："
STOP_PUNCT = "。！？!?"
# `~~` runs over commas but not over a semicolon: the clauses of 甲超越乙；丙对标丁 each have their own subject.
SEMI_PUNCT = ";；"


class RuleError(KgError):
    """A rule in ontology/rules/ that cannot be used: reported in one line, naming the rule."""


@dataclass(frozen=True)
class Slot:
    name: str | None
    types: tuple[str, ...]
    is_list: bool
    anchored: bool


@dataclass
class Rule:
    id: str
    pattern: str
    relations: list[tuple[str, str, str]]
    confidence: float
    regex: re.Pattern = field(repr=False)
    slots: dict[str, Slot] = field(default_factory=dict)
    repeat: bool = False  # after a match, look for further objects of the same subject
    # A noun phrase (甲的乙, 甲乙) states its relation whatever the clause says: 沒有採用英偉達A100 still
    # names A100 as 英偉達's, so negation and hypothesis cues do not block it.
    phrase: bool = False
    # Words of this rule's own pattern that are not read as the [hypothetical] cue they otherwise are (SUPPLY lane:
    # 甲的處理器需要乙InFO技術 states what 甲 uses; 需要 stays a cue for every other rule). Other cues still block.
    not_cues: re.Pattern | None = None
    # PRESS lane: a name in a slot whose matching form this searches is no name for this rule (a discovered
    # "company" 計劃赴港上市 before a stock code is a plan, not a listed company)
    not_slot_text: re.Pattern | None = None
    # SUPPLY2 lane: cues that block this rule only, read like the [negation] cues (in the match's clause, before its
    # end): a ban, a pressure or a rival before a list (美國禁止甲、乙採用X, 甲取代乙打入…) that stays a fact for other rules
    local_cues: re.Pattern | None = None
    # EVENTS lane: slot name -> words (regular expressions, or @tokens) the matching form of that slot's name
    # must hold: the organization a person speaks at is an event (某展, 某峰會, CES), not a body
    slot_text: dict[str, re.Pattern] | None = None


@dataclass
class Chain:
    id: str
    premises: list[tuple[str, str, str]]
    conclusion: tuple[str, str, str]
    confidence: float
    # "sentence": both premises found in one sentence; "article": the first found in a sentence, the second
    # anywhere in the same article (kg/extract.py article_chains)
    scope: str = "sentence"


@dataclass
class RuleSet:
    rules: list[Rule]
    chains: list[Chain]
    negation: re.Pattern | None
    hypothetical: re.Pattern | None
    opener: re.Pattern
    path: str = ""
    # Stated intentions (拟, 计划): asserted, but marked — rule id + ".planned", confidence × planned_factor.
    planned: re.Pattern | None = None
    planned_factor: float = 1.0
    # Words that point back to a name met before (该芯片, 此举, 新规) — see [[reference]] and Reference.
    references: list["Reference"] = field(default_factory=list)
    # [topic] process_opener: a sentence opening with one of these words and a process node (基於台積電7nm
    # 製程工藝，…) names no chip of its own: it is about the chip of the sentence before (kg/extract.py).
    process_opener: re.Pattern | None = None
    # [like_with_like]: predicate -> groups of types; both ends of such a relation must be in one group
    # (a chip is compared with a chip, not with the CPU it carries).
    like_with_like: dict[str, tuple[frozenset, ...]] = field(default_factory=dict)
    # [[pair]] tables read forwards: (predicate, subject types, trigger words) — what opens a clause
    # whose subject is left out (kg/implicit.py)
    pair_triggers: tuple[tuple[str, frozenset, tuple[str, ...]], ...] = ()
    # [clause] reporter_after: what, right after a subject marked `^`, makes it the source of a report
    # (路透社報道，…; 某社11月5日電，…), not the topic of its clause
    reporter: re.Pattern | None = None
    # [topic] figure_opener: what a sentence may print before its first figure and still be a sentence of bare
    # figures (HBM容量为128GB, 其96GB…): the name of the figure, not of its owner (kg/extract.py _spec_topic).
    figure_opener: re.Pattern | None = None
    # [topic] figure_other: words that, before a figure, name an owner other than the chip talked about (全球算力,
    # 前代產品, 對手, 集群總算力): such a figure is not read for the chip before (kg/extract.py _spec_topic)
    figure_other: re.Pattern | None = None
    # [topic] figure_rival: of those, the words naming another thing (對手, 前代, 集群 …), not a total: a chip named in
    # its sentence does not take a figure of a later clause printed after one (kg/extract.py _other_owners)
    figure_rival: re.Pattern | None = None

    def mark_planned(self, rule_id: str, confidence: float) -> tuple[str, float]:
        """The rule id and confidence of a relation stated as an intention (拟, 计划): id + ".planned",
        confidence × planned_factor."""
        return rule_id + ".planned", confidence * self.planned_factor

    def alike(self, pred: str, s_type: str | None, o_type: str | None) -> bool:
        groups = self.like_with_like.get(pred)
        if not groups or s_type is None or o_type is None:
            return True
        return any(s_type in g and o_type in g for g in groups)


@dataclass(frozen=True)
class Reference:
    """A [[reference]] table: words that stand for a name of `type` met before.

    pick: "first" (the topic, named first), "last" (后者: the nearest name before), "main" (the name of
    the type the article mentions most: a bare 公司 opening a clause is the company the article is about)
    or "subject" (the name heading the sentence's first clause or the sentence before's — 其 stands for
    it only when it is of `type`: 甲表示，其將… but not 黃仁勳表示，其將…).
    fallback: "main" — with no name of the type within reach, the article's main name of the type.
    clause_start: the word stands for a name only when it opens a clause (公司董事长…, not 子公司).
    prefer: words after which a name is the one newly introduced (百度成立昆仑芯…。该公司… is 昆仑芯):
    such a name is taken before any other of its sentence.
    keep: the word stays in the skeleton, its slot right after it (…等股東«C», 持股«C»36%): rules read the
    word itself and the name it stands for (the company whose shareholders a list names).
    rules: with keep, the ids of the only rules that may read the kept word (other rules read the sentence
    as if the word stood for nothing: 甲、乙等股東投資了丙 stays 甲/乙 investsIn 丙).
    pick "held": the company a stake or a holder list is in (kg/extract.py _held) — named after held_cue in
    the word's clause (任正非在華為持股), else the company of an earlier clause of the sentence that holds
    nothing itself (no holder_cue after it; several: none), else the one company of the nearest of `reach`
    sentences before that names companies, when it heads a clause there or follows only `described_by`
    (several there: none), else the main company unless the sentence names it; never a company named as a
    holder in the word's clause."""

    type: str
    rx: re.Pattern
    reach: int = 1
    pick: str = "first"
    clause_start: bool = False
    prefer: re.Pattern | None = None
    prefer_window: int = 8  # how many characters before a name a `prefer` word may end
    fallback: str = ""  # "main": the article's main name of the type when none is within reach
    keep: bool = False  # the word stays in the skeleton before its slot
    rules: tuple = ()  # with keep: the rule ids that may read the kept word
    held_cue: re.Pattern | None = None  # pick "held": a word right before the company held (在華為持股)
    holder_cue: re.Pattern | None = None  # pick "held": a word right after a company that holds (甲持股)
    described_by: re.Pattern | None = None  # pick "held": a description a clause's subject may follow
    # unnamed: words bringing in a thing of the type with no name (收購了一家公司，該公司…): printed between the
    # name and the word, the word stands for that one, and for no name (nor the fallback)
    unnamed: re.Pattern | None = None
    # pick "held": names with holder_cue after them in the sentences before are no candidates either (甲領投，乙跟投；
    # 丙領投… — the investors of the round before are not its company: FUNDING lane)
    holders_before: bool = False


def _cue(spec: dict, name: str, tail: str, where: str) -> re.Pattern | None:
    """A [[reference]] regex field (on the normalized key), `tail` appended; None when left out."""
    v = spec.get(name)
    if v is None:
        return None
    if not isinstance(v, str):
        raise RuleError(f"{where}: {name} must be a string")
    try:
        return re.compile(f"(?:{_key_regex(v)}){tail}")
    except re.error as err:
        raise RuleError(f"{where}: bad {name}: {err}") from None


def rules_path() -> Path:
    return ontology_dir() / "rules" / "relations.toml"


def load_rules(path: str | Path | None = None) -> RuleSet:
    p = Path(path) if path else rules_path()
    return _load(str(p), file_stamp(p, RuleError), ontology_properties())


def _key_regex(text: str) -> str:
    """A regex written by a person, with its Chinese characters in matching form (Simplified)."""
    return "".join(name_key(c) if is_cjk(c) or ord(c) > 0xFF00 else c for c in text)


def _codes(types) -> str:
    if "Any" in types:
        return "".join(CODES.values())
    return "".join(CODES[t] for t in types) + "".join(CODES[n] for t in types for n in WIDER.get(t, ()))


def _translit_before_bracket() -> str:
    """The pattern token TRANSLIT( : a Western name in Chinese transliteration printed before its Latin original in
    brackets (某德·某斯(John Doe)), made only of the characters of person.toml `transliteration_chars` and a middle
    dot, so that no verb or other word is taken as part of the name (稱讚某某(John Doe): 稱 is in no transliteration)."""
    from kg.discover import load_more

    more = load_more()
    chars = "".join(sorted(more.transliteration_chars))
    return f"(?:[{re.escape(chars)}·・]{{2,{more.transliteration_max + 1}}}\\()"


_TOKEN = re.compile(r"@(?P<name>[A-Za-z][\w-]*)(?![\w-])")


def file_tokens(path: str, cfg: dict):
    """A rules file's [tokens]: its own, over those of another file of its folder it names in inherit_tokens
    (= "relations.toml", so the words of a cue live in one place: @event-verbs); its own win."""
    tokens = cfg.get("tokens", {})
    inherit = cfg.get("inherit_tokens")
    if isinstance(inherit, str) and inherit and isinstance(tokens, dict):
        tokens = {**read_toml(str(Path(path).parent / inherit)).get("tokens", {}), **tokens}
    return tokens


def _expand_tokens(rule_id: str, pattern: str, tokens: dict[str, str], depth: int = 0) -> str:
    """A pattern with each @name replaced by the text of its [tokens] entry, where it stands (a fragment several
    rules share: @code-open opens every stock-code rule), so that a fragment is written once."""
    if "@" not in pattern:
        return pattern
    if depth > 4:
        raise RuleError(f"rule {rule_id}: [tokens] refer to each other in a loop")

    def one(m: re.Match) -> str:
        name = m.group("name")
        if name not in tokens:
            raise RuleError(f"rule {rule_id}: unknown token @{name} (not in [tokens])")
        return _expand_tokens(rule_id, tokens[name], tokens, depth + 1)

    return _TOKEN.sub(one, pattern)


class _Compiler:
    def __init__(self, separators: list[str], description: int, skip: int = 0, unknown: int = 8,
                 tail: int = 0, kinds: list[str] = (), quotes: list[str] = ()):
        seps = "|".join(re.escape(_key_regex(s)) for s in sorted(separators, key=len, reverse=True))
        self.sep = f"(?:{seps})"
        self.description = description
        self.skip = skip  # how many unrecognized members in a row a list may go on over
        self.unknown = unknown  # how long such a member may be
        # A member followed by a short description ending in a kind word (甲800 AI推理芯片、乙710…):
        # up to `tail` characters, then one of `kinds`, before the next separator.
        kinds_rx = "|".join(_key_regex(k) for k in sorted(kinds, key=len, reverse=True))
        self.tail = (f"(?:[^、,，;；:：。!！?？«»()的了]{{0,{tail}}}?(?:{kinds_rx}))?" if kinds else "")
        # Quoted members: 「甲」与「乙」, “甲”和“乙” (each entry of `quotes` is an opening and a closing mark).
        opens = "".join(q[0] for q in quotes)
        closes = "".join(q[1] for q in quotes)
        self.q_open = f"[{re.escape(opens)}]?" if opens else ""
        self.q_close = f"[{re.escape(closes)}]?" if closes else ""
        # Quoted members printed one after the other with no separator (架構「甲」「乙」「丙」, SUBJECT lane): a
        # closing mark right before an opening one joins them as a separator does.
        self.q_next = f"|(?<=[{re.escape(closes)}])\\s*(?=[{re.escape(opens)}])" if opens else ""

    def slot(self, s: Slot, group: str, exclude: str = "") -> str:
        one = f"{OPEN}[{_codes(s.types)}]{CLOSE}"
        if not s.is_list:
            return f"(?P<{group}>{one})"
        paren = r"(?:\s?\([^()«»。]{0,24}\)){0,2}"  # 日月光投控 (3711-TW)(ASX-US): a code and an alias
        # A member may follow one modifying name (英偉達H100, 亞馬遜的Trainium), but not one of the type of
        # the slot before the list: 英偉達H100、AMD MI300 — MI300 is AMD's, not 英偉達's.
        # With 的 between them, the modifier must be of a type the list does not take (甲的乙 in a list of
        # companies stays the company 甲).
        owner = f"{OPEN}[^{exclude}{_codes(s.types)}{CLOSE}]{CLOSE}\\s?的\\s?"
        modifier = f"(?:{OPEN}[^{exclude}{CLOSE}]{CLOSE}\\s?|{owner})?"
        desc = f"(?:[^、,，;；。«»()]{{0,{self.description}}}?)"
        elem = f"{self.q_open}{modifier}{one}{paren}{self.q_close}"
        # A list goes on over a member or two that are not recognized (武汉、硅谷、重庆、新加坡 with 重庆
        # unknown): each such member stands between two separators and is short.
        skip = f"(?:[^、,，;；。«»()]{{1,{self.unknown}}}?\\s*{self.sep}\\s*){{0,{self.skip}}}" if self.skip else ""
        tail = f"{self.tail}{paren}" if self.tail else ""  # 甲内存(带校验)、乙接口
        return f"(?P<{group}>{elem}(?:(?:\\s*{tail}\\s*{self.sep}\\s*{skip}{desc}{self.q_next}){elem})*)"

    @staticmethod
    def gap(kind: str, n: int | None, exclude: str) -> str:
        stop = STOP_PUNCT + (SEMI_PUNCT if kind == "~~" else CLAUSE_PUNCT)
        n = n if n is not None else (20 if kind == "~" else 60)
        other = f"{OPEN}[^{exclude}{CLOSE}]{CLOSE}" if exclude else f"{OPEN}[^{CLOSE}]{CLOSE}"
        return f"(?:[^{OPEN}{CLOSE}{re.escape(stop)}]|{other}){{0,{n}}}?"

    def compile(self, rule_id: str, pattern: str) -> tuple[re.Pattern, dict[str, Slot]]:
        parts: list[str] = []
        slots: dict[str, Slot] = {}
        last_types: tuple[str, ...] = ()
        anon = 0
        for tok in pattern.split():
            if tok.rstrip("?") == "TRANSLIT(":
                parts.append(_translit_before_bracket() + ("?" if tok.endswith("?") else ""))
                continue
            m = _SLOT.match(tok)
            if m:
                types = tuple(m.group("types").split("|"))
                bad = [t for t in types if t not in CODES and t != "Any"]
                if bad:
                    raise RuleError(f"rule {rule_id}: unknown slot type {bad[0]!r}")
                name = m.group("name")
                if name and name in slots:
                    raise RuleError(f"rule {rule_id}: slot {name!r} used twice")
                s = Slot(name, types, bool(m.group("list")), bool(m.group("anchor")))
                if name:
                    slots[name] = s
                    group = f"s_{name}"
                else:
                    anon += 1
                    group = f"anon{anon}"
                parts.append(self.slot(s, group, _codes(last_types) if last_types else "") + ("?" if m.group("opt") else ""))
                if not m.group("opt"):
                    last_types = types
                continue
            g = _GAP.match(tok)
            if g:
                n = int(g.group("n")) if g.group("n") else None
                exclude = "" if g.group("any") else _codes(last_types) if last_types else ""
                parts.append(self.gap(g.group("kind"), n, exclude))
                continue
            parts.append(f"(?:{_key_regex(tok)})")
        body = r"\s*".join(parts)
        try:
            return re.compile(f"(?=(?P<whole>{body}))"), slots
        except re.error as err:
            raise RuleError(f"rule {rule_id}: bad pattern: {err}") from None


_int = partial(setting_int, error=RuleError)
_float = partial(setting_float, error=RuleError)
_bool = partial(setting_bool, error=RuleError)
_words = partial(setting_words, error=RuleError)


@lru_cache(maxsize=4)
def _properties(ttl: str, _stamp) -> frozenset[str]:
    """Local names of the object properties the ontology (kg.ttl) declares: the predicates rules may state."""
    import rdflib
    from rdflib.namespace import OWL, RDF

    from kg.namespaces import KG
    from kg.paths import parse_turtle

    g = rdflib.Graph()
    parse_turtle(g, ttl)
    return frozenset(str(p)[len(str(KG)):] for p in g.subjects(RDF.type, OWL.ObjectProperty)
                     if str(p).startswith(str(KG)))


def ontology_properties() -> frozenset[str]:
    ttl = ontology_dir() / "kg.ttl"
    return _properties(str(ttl), file_stamp(ttl, RuleError))


def _check_predicate(pred: str, where: str, known: frozenset[str]) -> None:
    if pred not in known:
        raise RuleError(f"{where}: predicate {pred!r} is not a property of the ontology (kg.ttl)")


def _triple(text: str, where: str) -> tuple[str, str, str]:
    m = _TRIPLE.match(text)
    if not m:
        raise RuleError(f"{where}: relation {text!r} is not 'subject predicate object'")
    return m.group(1), m.group(2), m.group(3)


def _alternation(cues: list[str]) -> re.Pattern | None:
    if not cues:
        return None
    return re.compile("|".join(f"(?:{_key_regex(c)})" for c in cues))


@lru_cache(maxsize=4)
def _load(path: str, _stamp, known: frozenset[str]) -> RuleSet:
    cfg = read_toml(path)
    lists = cfg.get("lists", {})
    where = f"{path}: [lists]"
    quotes = _words(lists, "quotes", [], where)
    if any(len(q) != 2 for q in quotes):
        raise RuleError(f"{where}: `quotes` must be pairs of an opening and a closing mark, like \"「」\"")
    comp = _Compiler(_words(lists, "separators", ["、", "/"], where), _int(lists, "description", 12, where),
                     _int(lists, "skip", 0, where), _int(lists, "unknown", 8, where),
                     _int(lists, "tail", 0, where), _words(lists, "kinds", [], where), quotes)

    tokens = file_tokens(path, cfg)
    if not isinstance(tokens, dict) or not all(isinstance(v, str) and v.split() for v in tokens.values()):
        raise RuleError(f"{path}: [tokens]: each entry must be a pattern fragment (a non-empty string)")

    def compile_(rid: str, pattern) -> tuple[re.Pattern, dict[str, Slot]]:
        if not isinstance(pattern, str):
            raise RuleError(f"{path}: rule {rid}: needs a `pattern` (a string)")
        try:
            return comp.compile(rid, _expand_tokens(rid, pattern, tokens))
        except RuleError as err:
            raise RuleError(f"{path}: {err}") from None

    rules: list[Rule] = []
    seen: set[str] = set()
    for r in cfg.get("rule", []):
        rid = r.get("id")
        if not rid or rid in seen:
            raise RuleError(f"{path}: every rule needs a unique id (got {rid!r})")
        seen.add(rid)
        where = f"{path}: rule {rid}"
        regex, slots = compile_(rid, r.get("pattern"))
        rels = [_triple(t, where) for t in _words(r, "relations", [], where)]
        if not rels:
            raise RuleError(f"{where}: needs `relations`")
        for s, p, o in rels:
            _check_predicate(p, where, known)
            for term in (s, o):
                if not term.startswith("e:") and term not in slots:
                    raise RuleError(f"{where}: relation uses unknown slot {term!r}")
        rules.append(Rule(rid, r["pattern"], rels, _float(r, "confidence", 0.7, where), regex, slots,
                          _bool(r, "repeat", False, where), _bool(r, "phrase", False, where),
                          _alternation(_words(r, "not_cues", [], where)),
                          _alternation([_expand_tokens(rid, w, tokens) for w in _words(r, "not_slot_text", [], where)]),
                          _alternation([_expand_tokens(rid, w, tokens) for w in _words(r, "local_cues", [], where)])))
        # EVENTS lane: slot_text = { e = ["@event-name"] } — the words a slot's name must hold
        st = r.get("slot_text")
        if st is not None:
            if not isinstance(st, dict) or any(k not in slots for k in st):
                raise RuleError(f"{where}: `slot_text` maps slot names of the pattern to words")
            rules[-1].slot_text = {k: _alternation([_expand_tokens(rid, w, tokens) for w in _words(st, k, [], where)])
                                   for k in sorted(st)}
    pair_triggers = []
    for spec in cfg.get("pair", []):
        if not spec.get("inverse") and spec.get("triggers"):
            pair_triggers.append((str(spec.get("predicate")), frozenset(str(spec.get("subject", "")).rstrip("+").split("|")),
                                  tuple(v for v in spec["triggers"] if isinstance(v, str) and v)))
        pair_local = _alternation([_expand_tokens(str(spec.get("id")), w, tokens)
                                   for w in _words(spec, "local_cues", [], f"{path}: [[pair]] {spec.get('id')}")])
        for rid, pattern, rels, conf, repeat in pair_rules(spec, f"{path}: [[pair]]"):
            if rid in seen:
                raise RuleError(f"{path}: every rule needs a unique id (got {rid!r})")
            seen.add(rid)
            for _s, p, _o in rels:
                _check_predicate(p, f"{path}: [[pair]] {rid.rsplit('.', 1)[0]}", known)
            regex, slots = compile_(rid, pattern)
            rules.append(Rule(rid, pattern, rels, conf, regex, slots, repeat, local_cues=pair_local))
    chains = []
    for c in cfg.get("chain", []):
        cid = c.get("id")
        if not isinstance(cid, str) or not cid:
            raise RuleError(f"{path}: every chain needs an id")
        where = f"{path}: chain {cid}"
        if not isinstance(c.get("then"), str):
            raise RuleError(f"{where}: needs `then` (one relation)")
        premises = [_triple(t, where) for t in _words(c, "if", [], where)]
        then = _triple(c["then"], where)
        for _s, p, _o in (*premises, then):
            _check_predicate(p, where, known)
        scope = c.get("scope", "sentence")
        if scope not in ("sentence", "article"):
            raise RuleError(f"{where}: `scope` must be \"sentence\" or \"article\", not {scope!r}")
        if len(premises) != 2:
            raise RuleError(f"{where}: `if` needs two relations")
        chains.append(Chain(cid, premises, then, _float(c, "confidence", 0.7, where), scope))
    opener = cfg.get("clause", {}).get("opener", "")
    opener_rx = re.compile(f"(?:^|[{re.escape(CLAUSE_PUNCT)}])\\s*(?:{_key_regex(opener)})?\\s*$" if opener
                           else f"(?:^|[{re.escape(CLAUSE_PUNCT)}])\\s*$")
    planned = cfg.get("planned", {})
    refs = []
    for spec in cfg.get("reference", []):
        t = spec.get("type")
        if t not in CODES:
            raise RuleError(f"{path}: [[reference]]: unknown type {t!r}")
        rx = _alternation(spec.get("words", []))
        pick = spec.get("pick", "first")
        if pick not in ("first", "last", "main", "subject", "held"):
            raise RuleError(f"{path}: [[reference]]: pick must be \"first\", \"last\", \"main\", \"subject\" or \"held\", not {pick!r}")
        fallback = spec.get("fallback", "")
        if fallback not in ("", "main"):
            raise RuleError(f"{path}: [[reference]]: fallback must be \"main\" (or left out), not {fallback!r}")
        prefer = _words(spec, "prefer", [], f"{path}: [[reference]]")
        try:
            prefer_rx = re.compile("(?:" + "|".join(f"(?:{_key_regex(w)})" for w in prefer) + r")\s*$") if prefer else None
        except re.error as err:
            raise RuleError(f"{path}: [[reference]]: bad word in prefer: {err}") from None
        if rx is not None:
            where = f"{path}: [[reference]] {t}"
            refs.append(Reference(t, rx, _int(spec, "reach", 1, where), pick,
                                  _bool(spec, "clause_start", False, where), prefer_rx,
                                  _int(spec, "prefer_window", 8, where), fallback, _bool(spec, "keep", False, where),
                                  tuple(_words(spec, "rules", [], where)),
                                  _cue(spec, "held_cue", r"\s*$", where), _cue(spec, "holder_cue", "", where),
                                  _cue(spec, "described_by", "", where),
                                  unnamed=_alternation(_words(spec, "unnamed", [], where)),
                                  holders_before=_bool(spec, "holders_before", False, where)))
            if refs[-1].keep and not refs[-1].rules:
                raise RuleError(f"{where}: keep = true needs `rules` (the rules that may read the kept word)")
    return RuleSet(rules, chains, _alternation(cfg.get("negation", {}).get("cues", [])),
                   _alternation(cfg.get("hypothetical", {}).get("cues", [])), opener_rx, path,
                   _alternation(planned.get("cues", [])), float(planned.get("factor", 1.0)), refs,
                   _opener_words(cfg.get("topic", {}), f"{path}: [topic]"),
                   _like_with_like(cfg.get("like_with_like", {}), f"{path}: [like_with_like]", known),
                   tuple(pair_triggers), _reporter(cfg.get("clause", {}), f"{path}: [clause] reporter_after"),
                   _opener_words(cfg.get("topic", {}), f"{path}: [topic]", "figure_opener"),
                   _alternation(_words(cfg.get("topic", {}), "figure_other", [], f"{path}: [topic]")),
                   _alternation(_words(cfg.get("topic", {}), "figure_rival", [], f"{path}: [topic]")))


def _reporter(clause: dict, where: str) -> re.Pattern | None:
    text = clause.get("reporter_after", "")
    if not isinstance(text, str):
        raise RuleError(f"{where}: must be a regular expression in a string")
    try:
        return re.compile(r"\s*(?:" + text + ")") if text else None
    except re.error as err:
        raise RuleError(f"{where}: not a valid regular expression ({err})") from None


def _like_with_like(spec, where: str, known) -> dict[str, tuple[frozenset, ...]]:
    """[like_with_like]: predicate = [[types …], …] — both ends of the predicate in one of the groups."""
    if not isinstance(spec, dict):
        raise RuleError(f"{where}: must be a table of predicate = [[type, …], …]")
    out = {}
    for pred, groups in sorted(spec.items()):
        _check_predicate(pred, where, known)
        if not isinstance(groups, list) or not all(
                isinstance(g, list) and g and all(isinstance(t, str) for t in g) for g in groups):
            raise RuleError(f"{where}: `{pred}` must be a list of lists of types")
        bad = [t for g in groups for t in g if t not in CODES]
        if bad:
            raise RuleError(f"{where}: `{pred}`: unknown type {bad[0]!r}")
        out[pred] = tuple(frozenset(g) for g in groups)
    return out


def _opener_words(spec: dict, where: str, name: str = "process_opener") -> re.Pattern | None:
    """[topic] process_opener: words a sentence may open with before a process node; figure_opener: before its
    first figure (a regex over the key, matching all the text before it)."""
    words = _words(spec, name, [], where)
    if not words:
        return None
    try:
        return re.compile(r"\s*(?:" + "|".join(f"(?:{_key_regex(w)})" for w in words) + r")\s*$")
    except re.error as err:
        raise RuleError(f"{where}: bad word in {name}: {err}") from None


_TYPES = re.compile(r"^[A-Za-z]+(?:\|[A-Za-z]+)*\+?$")
_PAIR_KEYS = {"id", "predicate", "subject", "object", "inverse", "triggers", "passive", "passive_triggers", "with",
              "with_triggers", "fronted", "roles", "carry", "gap", "reach", "confidence", "not_after",
              "fronted_not", "not_before", "local_cues"}


def _family(words, where: str, key: str) -> str:
    if not isinstance(words, list) or not all(isinstance(w, str) and w and not any(c.isspace() for c in w)
                                              for w in words):
        raise RuleError(f"{where}: `{key}` must be a list of words (regular expressions) without spaces")
    return "(" + "|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True)) + ")"


def pair_rules(spec: dict, where: str) -> list[tuple[str, str, list[tuple[str, str, str]], float, bool]]:
    """The ordinary rules (id, pattern, relations, confidence, repeat) one [[pair]] table stands for.

    A pair names a predicate, the slot types of the doer S and the done-to O of the sentence and a family
    of trigger words; every form it lists becomes one pattern (see the header of relations.toml). The
    relation is "S predicate O", or "O predicate S" with `inverse = true` (芯片由甲代工: chip fabricatedBy 甲):
      active   S ~gap TRIGGER ~reach O          甲投资乙, 甲领投了乙
      passive  O ~gap PASSIVE S ~reach TRIGGER  乙获甲投资, 芯片由甲代工 (passive_triggers, else triggers)
      with     S ~gap WITH O ~reach WITH-TRIGGER  甲与乙相比, 甲和乙相当
      fronted  WITH O ~reach WITH-TRIGGER ,? ~~20 S  (clause opening) 与乙相比，甲…
      roles    O^ ~~gap ROLE :? S                乙(opening its clause)…投资方包括甲、丙
      carry    S^ ~~carry TRIGGER ~reach O      the subject opening the clause carries over commas
    `not_after` lists words that may not stand right before S in the active form (向甲注資: 甲 receives);
    `not_before` words that may not stand right after it (含甲或使用乙的產品: 甲 is one of two alternatives);
    `fronted_not` words that may not follow O (before 的) in the fronted form (与前代甲搭载的乙相比: 甲 is no O).
    """
    pid = spec.get("id")
    if not isinstance(pid, str) or not pid:
        raise RuleError(f"{where}: every pair needs an id")
    where = f"{where} {pid}"
    unknown = sorted(set(spec) - _PAIR_KEYS)
    if unknown:
        raise RuleError(f"{where}: unknown key {unknown[0]!r}")
    pred = spec.get("predicate")
    if not isinstance(pred, str) or not re.fullmatch(r"\w+", pred):
        raise RuleError(f"{where}: `predicate` must be one word (an ontology property)")
    ends = {}
    for key in ("subject", "object"):
        t = spec.get(key)
        if not isinstance(t, str) or not _TYPES.match(t):
            raise RuleError(f"{where}: `{key}` must be slot types like \"Company|Organization\" (+ for a list)")
        bad = [x for x in t.rstrip("+").split("|") if x not in CODES and x != "Any"]
        if bad:
            raise RuleError(f"{where}: `{key}`: unknown slot type {bad[0]!r}")
        ends[key] = t
    subj, obj = f"{{{ends['subject']}:s}}", f"{{{ends['object']}:o}}"
    gap, reach = _int(spec, "gap", 12, where), _int(spec, "reach", 8, where)
    conf = _float(spec, "confidence", 0.6, where)
    inverse = _bool(spec, "inverse", False, where)
    fronted = _bool(spec, "fronted", False, where)
    carry = _int(spec, "carry", 0, where) if "carry" in spec else None
    if "fronted_not" in spec and not fronted:
        raise RuleError(f"{where}: `fronted_not` needs `fronted = true`")
    fronted_not = (f"(?!\\s*所?\\s*{_family(spec['fronted_not'], where, 'fronted_not')}的) "
                   if "fronted_not" in spec else "")
    rels = [("o", pred, "s")] if inverse else [("s", pred, "o")]
    # not_after: words that, right before the doer of the active form, make it the one done to (向甲注資)
    guard = f"(?<!{_family(spec['not_after'], where, 'not_after')}) " if "not_after" in spec else ""
    out = []
    if "triggers" in spec:
        trig = _family(spec["triggers"], where, "triggers")
        after = f" (?!\\s*{_family(spec['not_before'], where, 'not_before')})" if "not_before" in spec else ""
        out.append((f"{pid}.active", f"{guard}{subj}{after} ~{gap} {trig} (了)? ~{reach} {obj}", rels, conf))
        if "passive" in spec:
            marks = _family(spec["passive"], where, "passive")
            ptrig = _family(spec["passive_triggers"], where, "passive_triggers") if "passive_triggers" in spec else trig
            out.append((f"{pid}.passive", f"{obj} ~{gap} {marks} {subj} ~{reach} {ptrig}", rels, conf))
        if "carry" in spec:
            s_anchor = f"{{{ends['subject'].rstrip('+')}:s^}}"
            out.append((f"{pid}.carry", f"{s_anchor} ~~{carry} {trig} (了)? ~{reach} {obj}",
                        rels, round(conf * 0.9, 3)))
    elif "passive" in spec or "carry" in spec:
        raise RuleError(f"{where}: `passive` and `carry` need `triggers`")
    if "passive_triggers" in spec and "passive" not in spec:
        raise RuleError(f"{where}: `passive_triggers` needs `passive`")
    if ("with" in spec) != ("with_triggers" in spec):
        raise RuleError(f"{where}: `with` and `with_triggers` go together")
    if "with" in spec:
        w, wt = _family(spec["with"], where, "with"), _family(spec["with_triggers"], where, "with_triggers")
        out.append((f"{pid}.with", f"{subj} ~{gap} {w} ~4 {obj} ~{reach} {wt}", rels, conf))
        if fronted:
            # 与A100相比，H100…: the with-phrase opens the clause, the subject is the first name after it.
            # (与前代甲搭载的乙相比: 甲 only carries the thing compared, 乙 — compare.fronted-described reads it)
            out.append((f"{pid}.fronted", f"(?<![^,;:]) {w} ~4 {obj} {fronted_not}"
                                          f"~{reach} {wt} ,? ~~20 {subj}", rels, conf))
    if "roles" in spec:
        roles = _family(spec["roles"], where, "roles")
        o_anchor = f"{{{ends['object'].rstrip('+')}:o^}}"
        # repeat: 领投方甲，投资方包括乙 — after 甲 the rule goes on to the next role's members.
        out.append((f"{pid}.roles", f"{o_anchor} ~~{max(gap, 30)} {roles} :? {subj}", rels, conf, True))
    if not out:
        raise RuleError(f"{where}: a pair needs `triggers`, `with` or `roles`")
    return [r if len(r) == 5 else (*r, False) for r in out]


# --------------------------------------------------------------------------------------------------
# Skeletons and matching
# --------------------------------------------------------------------------------------------------

@dataclass
class Item:
    """A typed thing in a sentence: a recognized name, a process node or a figure."""

    start: int  # span in the page's normalized text
    end: int
    type: str
    ref: object  # the Mention or Quantity
    via: object = None  # for a reference (该芯片): the Mention it points back to is `ref`, this is None or its sentence index
    topic: bool = False  # a reference standing for the article's topic (its main name), not for a name just before
    shown: tuple = ()  # a reference whose word stays in the skeleton, its slot right after it ([[reference]] keep):
    # the ids of the rules that may read it


@dataclass
class Skeleton:
    text: str
    slots: list[tuple[int, Item]]  # (skeleton offset, item), in order


def _code(it: Item) -> str:
    """The slot code of an item: a place found as a plant is a Facility."""
    if it.type == "Place" and getattr(it.ref, "source", None) in facility_sources():
        return CODES["Facility"]
    return CODES[it.type]


def skeleton(key: str, start: int, end: int, items: list[Item], prefix: list[Item] = ()) -> Skeleton:
    """The skeleton of key[start:end]; `prefix` items (a topic carried over) come first, then '，'."""
    out: list[str] = []
    slots: list[tuple[int, Item]] = []
    pos = 0
    for it in prefix:
        slots.append((pos, it))
        out.append(f"{OPEN}{_code(it)}{CLOSE}")
        pos += SLOT_LEN
    if prefix:
        out.append(",")
        pos += 1
    cur = start
    prev: Item | None = None
    for it in items:
        if it.start < cur:
            if prev is not None and (it.start, it.end) == (prev.start, prev.end) and getattr(it.ref, "source", None) == "anaphor":
                # a plural word (两家公司, 双方) standing for two names: read as «X»与«X» (kg/coref.py)
                out.append("与")
                pos += 1
                slots.append((pos, it))
                out.append(f"{OPEN}{_code(it)}{CLOSE}")
                pos += SLOT_LEN
            continue
        if prev is not None and _apposition(key, prev, it):
            cur = it.end + 1  # 英偉達（Nvidia）H200 reads as 英偉達H200: the alias in parentheses is left out
            continue
        prev = it
        chunk = key[cur:it.end if it.shown else it.start].replace(OPEN, " ").replace(CLOSE, " ")
        out.append(chunk)
        pos += len(chunk)
        slots.append((pos, it))
        out.append(f"{OPEN}{_code(it)}{CLOSE}")
        pos += SLOT_LEN
        cur = it.end
    chunk = key[cur:end].replace(OPEN, " ").replace(CLOSE, " ")
    out.append(chunk)
    return Skeleton("".join(out), slots)


# SUPPLY lane: a stock code in parentheses may stand before the alias: 日月光投控 (3711-TW)(ASX-US)
_BEFORE_ALIAS = re.compile(r"\s*(?:\([0-9a-z.\-]{2,12}\)\s*)?\(\s*")


def _apposition(key: str, prev: Item, it: Item) -> bool:
    """Is `it` another name of `prev` printed in parentheses right after it (英偉達（Nvidia）, 日月光投控
    (3711-TW)(ASX-US))?"""
    a, b = getattr(prev.ref, "entity", None), getattr(it.ref, "entity", None)
    return a is not None and a == b and _BEFORE_ALIAS.fullmatch(key, prev.end, it.start) is not None \
        and key[it.end:it.end + 1] == ")"


@dataclass
class Match:
    rule: Rule
    start: int  # skeleton span of the whole match
    end: int
    bindings: dict[str, list[Item]]
    planned: bool = False  # the clause states an intention (拟, 计划), not a fact


def match_rules(rs: RuleSet, sk: Skeleton, max_repeat: int = 8) -> list[Match]:
    """Every match of every rule in a skeleton, negated and hypothetical ones left out.

    A rule is tried at every position; the nearest object wins. For a rule with `repeat = true`, after a
    match its last slot's items are masked and the rule is tried again at the same position, so one
    subject reaches every object that follows it (H100 …集成800億晶體管，…內存帶寬3.3TB/s: two hasSpec).
    """
    at = {off: it for off, it in sk.slots}
    out: list[Match] = []
    seen: set = set()
    for rule in rs.rules:
        last = _last_slot(rule) if rule.repeat else None
        for m in rule.regex.finditer(sk.text):
            text = sk.text
            for _ in range(max_repeat):
                got = _bind(rs, rule, m, text, at)
                if got is None:
                    break
                match, masked = got
                if match is not None:
                    sig = (rule.id, tuple((k, tuple(id(i) for i in v)) for k, v in sorted(match.bindings.items())))
                    if sig not in seen:
                        seen.add(sig)
                        out.append(match)
                if last is None or not masked.get(last):
                    break
                for off in masked[last]:
                    text = text[:off] + "\u25a1" * SLOT_LEN + text[off + SLOT_LEN:]
                m = rule.regex.match(text, m.start())
                if m is None:
                    break
    return out


def _last_slot(rule: Rule) -> str | None:
    names = list(rule.slots)  # in pattern order
    return names[-1] if names else None


def _bind(rs: RuleSet, rule: Rule, m: re.Match, text: str, at: dict):
    """(Match or None when blocked, {slot: skeleton offsets}) of one regex match; None if it is empty."""
    ws, we = m.span("whole")
    if we == ws:
        return None
    bindings: dict[str, list[Item]] = {}
    offsets: dict[str, list[int]] = {}
    for name, slot in rule.slots.items():
        gs, ge = m.span(f"s_{name}")
        if gs < 0:
            continue
        codes = _codes(slot.types)
        offs = [off for off in range(gs, ge) if off in at and text[off] == OPEN and text[off + 1] in codes]
        if slot.anchored and (not rs.opener.search(text, 0, gs) or rs.reporter and rs.reporter.match(text, ge)):
            return None
        if not slot.is_list:
            offs = offs[:1]
        else:
            # 英偉達H200 in a list is one member, H200: a name right before one of another type is its
            # modifier (台積電CoWoS先進封裝, two technologies, stays two members).
            offs = [o for o in offs if not (o + SLOT_LEN in at and gs <= o + SLOT_LEN < ge
                                            and text[o + SLOT_LEN] == OPEN and text[o + SLOT_LEN + 1] != text[o + 1])]
        bindings[name] = [at[o] for o in offs]
        offsets[name] = offs
    if rule.not_slot_text is not None and any(
            it is not None and isinstance(getattr(it.ref, "text", None), str)
            and rule.not_slot_text.search(name_key(it.ref.text)) for v in bindings.values() for it in v):
        return (None, offsets)
    if rule.slot_text is not None and any(
            it is not None and not (isinstance(getattr(it.ref, "text", None), str) and rx is not None
                                    and rx.search(name_key(it.ref.text)))
            for name, rx in rule.slot_text.items() for it in bindings.get(name, [])):
        return (None, offsets)  # EVENTS lane: a slot whose name lacks the words its rule asks for
    if not rule.phrase and blocked(rs, text, ws, we, rule.not_cues):
        return (None, offsets)
    lo = clause_start(text, ws)
    if rule.local_cues is not None and rule.local_cues.search(text, lo, we):
        return (None, offsets)
    if any(it is not None and it.shown for v in bindings.values() for it in v):
        # a kept [[reference]] word stands for what an earlier clause named: a plan or a rumour there covers this
        # clause too (擬由甲領投，乙跟投 / 市場傳聞，甲將領投，乙跟投 — FUNDING lane)
        lo = 0
        if rs.hypothetical is not None and rs.hypothetical.search(text, lo, we):
            return (None, offsets)
    planned = rs.planned is not None and rs.planned.search(text, lo, we) is not None
    return (Match(rule, ws, we, bindings, planned), offsets)


def clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in CLAUSE_PUNCT:
        i -= 1
    return i


def opens_clause(rs: RuleSet, key: str, lo: int, pos: int) -> bool:
    """Does what stands at pos open a clause of the sentence starting at lo (at most a linking word or a
    date of [clause] opener before it, after the sentence start or a comma)? The one test of "this name
    heads its clause" — the subject — that the topic look-backs share."""
    return rs.opener.search(key[lo:max(pos, lo)]) is not None


def blocked(rs: RuleSet, text: str, start: int, end: int, not_cues: re.Pattern | None = None) -> bool:
    """Is the statement text[start:end] negated or hypothetical (cue in its clause, before its end)? Words of
    `not_cues` inside the match (a rule's own verb) are not read as hypothetical cues."""
    lo = clause_start(text, start)
    if rs.negation is not None and rs.negation.search(text, lo, end):
        return True
    if rs.hypothetical is None:
        return False
    if not_cues is not None:
        text = text[:start] + not_cues.sub(lambda m: "\u25a1" * len(m.group()), text[start:end]) + text[end:]
    return rs.hypothetical.search(text, lo, end) is not None
