"""Implicit subjects (zero anaphora): a clause that opens with a verb and leaves its subject out.

甲晶片採用3nm製程。配備216GB HBM3e，同時也將支援乙服務。 — Chinese drops the subject of a clause when it is
what the text is about. ontology/rules/implicit.toml lists, per predicate, the verbs such a clause may
open with and the types its left-out subject may be of; this module finds those clauses, the topic each
one takes as its subject (an earlier clause's subject, the previous sentence's, else the article's main
name of the type) and the matches of the predicate's ordinary rules with the topic standing first.
kg/extract.py turns the matches into relations (rule id + suffix, confidence × factor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.model import Doc, Mention
from kg.paths import file_stamp, ontology_dir, read_toml, setting_bool, setting_float, setting_int, setting_words
from kg.rules import CLAUSE_PUNCT, CLOSE, CODES, OPEN, SLOT_LEN, Item, Match, RuleSet, Skeleton, _key_regex, load_rules, match_rules, opens_clause, skeleton

BODY_KINDS = ("body", "standfirst")
BACK_REACH = 3  # how many sentences back (over sentences naming nothing) the previous subject is looked for
# Lines of a spec sheet (• 功耗：750W, • FP8：5 petaFLOPS — figures and nothing else) do not count against
# BACK_REACH, up to this many sentences back in all: a sheet's last line is still about the chip heading it.
SHEET_REACH = 8


class ImplicitError(KgError):
    """A bad ontology/rules/implicit.toml."""


@dataclass(frozen=True)
class Carry:
    """One [[carry]] table: clauses opening with `opener` may leave out a subject of `types` for `predicate`."""

    predicate: str
    types: tuple[str, ...]
    opener: re.Pattern  # lead words and a verb, matched at the start of a clause (in the key)
    role: str = "subject"  # the end of the relation the topic fills: "subject", or "object" (董事長乙: 乙 affiliatedWith it)
    rules: tuple[str, ...] = ()  # ids (or id prefixes) of the predicate's rules run; empty: all of them
    clauses: int = 1  # how many clauses the read runs over (与乙相比，效能提升5倍: the figure is in the next one)
    figures: bool = False  # the clauses after the first go on only while they open with a figure of no other owner
    others: re.Pattern | None = None  # a clause after a comparison opening so has a subject of its own (国产芯片…)
    # no carry after these words in the sentence before the clause (or in the sentence before, for a clause
    # opening its sentence): someone else's saying (分析師認為), a party the rules refuse (對手, 客戶)
    not_after: re.Pattern | None = None
    # nor after a name of these types there (a chip's sentence: its yield is the chip's, not the company's)
    not_after_types: tuple[str, ...] = ()
    # nor after a name of these types there that is not the topic (甲公布業績後，乙股價急跌。收報…: 乙's figures)
    not_after_others: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImplicitRules:
    carries: tuple[Carry, ...]
    factor: float
    suffix: str
    cont: re.Pattern | None  # a clause opening with this continues the list of the clause before
    share: float  # the main name's least share of the article's mentions of the types
    path: str
    relative: re.Pattern | None = None  # after a match ending in a verb: the clause is a noun phrase (…代工的訂單)
    launched: re.Pattern | None = None  # before a chip: it is launched (發表新一代甲，…): the sentence's topic
    launched_types: tuple[str, ...] = ()
    owned: re.Pattern | None = None  # between a maker heading a clause and its chip (英偉達最新甲…): the chip heads
    coded: re.Pattern | None = None  # FIGOWN lane: right after a company opening a heading line, its stock code
    # before a figure in its sentence: someone else's saying or forecast (法人預估…EPS達61元) — the learned figure
    # owner (kg/learned_figures.py) asserts no figure after it
    said: re.Pattern | None = None


@dataclass
class CarriedMatch:
    """A rule match in a clause whose subject is the topic: `topic` stands for the left-out subject."""

    match: Match
    topic: Item
    predicate: str
    sentence: int | None  # the sentence the topic was named in, when it is this one or the one just before
    role: str = "subject"  # the end of the relation the topic fills (Carry.role)


def implicit_path() -> Path:
    return ontology_dir() / "rules" / "implicit.toml"


def load_implicit(path: str | Path | None = None, rs: RuleSet | None = None) -> ImplicitRules:
    """implicit.toml, with the [[pair]] trigger words of the rule set `rs` (relations.toml's by default)."""
    p = Path(path) if path else implicit_path()
    rs = rs or load_rules()
    return _load(str(p), file_stamp(p, ImplicitError), rs.pair_triggers)


def _types_setting(spec: dict, key: str, where: str, example: str) -> tuple[str, ...]:
    """A [[carry]] setting naming slot types, like "Chip|Product", as a tuple (empty when left out)."""
    value = spec.get(key, "")
    if not isinstance(value, str) or (value and any(t not in CODES for t in value.split("|"))):
        raise ImplicitError(f"{where}: `{key}` must be types like \"{example}\"")
    return tuple(value.split("|")) if value else ()


def _words_rx(words: list[str], where: str) -> str:
    try:
        for w in words:
            re.compile(w)
    except re.error as err:
        raise ImplicitError(f"{where}: bad word: {err}") from None
    return "|".join(f"(?:{_key_regex(w)})" for w in sorted(words, key=len, reverse=True))


def _measure_words(kinds, where: str) -> str:
    """The words for what the figures of these quantity kinds measure (their `measures` keys in quantities.toml),
    as one alternation, longest first: the one list a [[carry]] opener and the kinds share (FIN review)."""
    from kg.quantities import load_quantity_rules

    table = {k.id: k for k in load_quantity_rules().kinds}
    words: set[str] = set()
    for kid in kinds:
        if kid not in table or not table[kid].measures:
            raise ImplicitError(f"{where}: `measure_words`: {kid!r} is no quantity kind with `measures`")
        words.update(w for w, _m in table[kid].measures)
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda x: (-len(x), x))) + ")"


@lru_cache(maxsize=4)
def _load(path: str, _stamp, pair_triggers: tuple) -> ImplicitRules:
    cfg = read_toml(path)
    head = cfg.get("implicit", {})
    where = f"{path}: [implicit]"
    if not isinstance(head, dict):
        raise ImplicitError(f"{where} must be a table")
    if not isinstance(cfg.get("carry", []), list) or not all(isinstance(c, dict) for c in cfg.get("carry", [])):
        raise ImplicitError(f"{path}: `carry` must be [[carry]] tables")
    factor = setting_float(head, "factor", 0.8, where, ImplicitError)
    suffix = head.get("suffix", ".topic")
    if not isinstance(suffix, str) or not suffix:
        raise ImplicitError(f"{where}: `suffix` must be a non-empty string")
    lead = _words_rx(setting_words(head, "lead", [], where, ImplicitError), where)
    max_lead = setting_int(head, "max_lead", 3, where, ImplicitError)
    cont_words = setting_words(head, "continue", [], where, ImplicitError)
    cont = re.compile(r"\s*(?:" + _words_rx(cont_words, where) + ")") if cont_words else None
    nouns = setting_words(head, "not_before", [], where, ImplicitError)
    nouns = f"(?!{_words_rx(nouns, where)})" if nouns else ""
    carries = []
    for spec in cfg.get("carry", []):
        pred = spec.get("predicate")
        w = f"{path}: [[carry]] {pred}"
        if not isinstance(pred, str) or not re.fullmatch(r"\w+", pred):
            raise ImplicitError(f"{path}: [[carry]]: `predicate` must be one word (an ontology property)")
        types = spec.get("subject")
        if not isinstance(types, str) or any(t not in CODES for t in types.split("|")):
            raise ImplicitError(f"{w}: `subject` must be types like \"Chip|Product\"")
        types = tuple(types.split("|"))
        verbs = list(setting_words(spec, "verbs", [], w, ImplicitError))
        kinds = setting_words(spec, "measure_words", [], w, ImplicitError)
        if kinds:
            verbs = [v.replace("{measure_words}", _measure_words(kinds, w)) for v in verbs]
        from_pairs = setting_bool(spec, "pair_triggers", False, w, ImplicitError)
        if not verbs and not from_pairs:
            raise ImplicitError(f"{w}: needs `verbs` or `pair_triggers = true`")
        if from_pairs:
            for ppred, ptypes, triggers in pair_triggers:
                if ppred == pred and ptypes & set(types):
                    verbs += list(triggers)
        if not verbs:
            continue  # the rule file has no [[pair]] of the predicate: nothing to open a clause with
        lead_part = f"(?:(?:{lead})\\s*){{0,{max_lead}}}" if lead else ""
        opener = re.compile(f"\\s*{lead_part}(?:{_words_rx(verbs, w)}){nouns}")
        role = spec.get("role", "subject")
        if role not in ("subject", "object"):
            raise ImplicitError(f"{w}: `role` must be \"subject\" or \"object\"")
        if role == "object" and from_pairs:
            raise ImplicitError(f"{w}: `pair_triggers` reads the pairs' doers, so it needs `role = \"subject\"`")
        rules = spec.get("rules", [])
        if not isinstance(rules, list) or not all(isinstance(r, str) and r for r in rules):
            raise ImplicitError(f"{w}: `rules` must be a list of rule ids")
        others = setting_words(spec, "others", [], w, ImplicitError)
        not_after = setting_words(spec, "not_after", [], w, ImplicitError)
        not_types = _types_setting(spec, "not_after_types", w, "Chip|Product")
        not_others = _types_setting(spec, "not_after_others", w, "Company")
        carries.append(Carry(pred, types, opener, role, tuple(rules), setting_int(spec, "clauses", 1, w, ImplicitError),
                             setting_bool(spec, "figures", False, w, ImplicitError),
                             re.compile(r"\s*(?:" + _words_rx(others, w) + ")") if others else None,
                             re.compile(_words_rx(not_after, w)) if not_after else None,
                             not_types, not_others))
    share = setting_float(head, "main_share", 0.0, where, ImplicitError)
    rel_words = setting_words(head, "relative", [], where, ImplicitError)
    relative = re.compile(r"\s*(?:" + _words_rx(rel_words, where) + ")") if rel_words else None
    launched_words = setting_words(head, "launched", [], where, ImplicitError)
    launched = re.compile("(?:" + _words_rx(launched_words, where) + r")\s*$") if launched_words else None
    ltypes = head.get("launched_types", "Chip|Product")
    if not isinstance(ltypes, str) or any(t not in CODES for t in ltypes.split("|")):
        raise ImplicitError(f"{where}: `launched_types` must be types like \"Chip|Product\"")
    owned_words = setting_words(head, "owned", [], where, ImplicitError)
    owned = re.compile(r"\s*(?:" + _words_rx(owned_words, where) + r")\s*$") if owned_words else None
    coded_words = setting_words(head, "coded", [], where, ImplicitError)  # FIGOWN lane
    coded = re.compile(r"\s*(?:" + _words_rx(coded_words, where) + ")") if coded_words else None
    said_words = setting_words(head, "said", [], where, ImplicitError)
    said = re.compile(_words_rx(said_words, where)) if said_words else None
    return ImplicitRules(tuple(carries), factor, suffix, cont, share, path, relative, launched, tuple(ltypes.split("|")),
                         owned, coded, said)


# --------------------------------------------------------------------------------------------------
# Topics
# --------------------------------------------------------------------------------------------------

def main_name(doc: Doc, article: int, types: tuple[str, ...], in_body: bool, share: float = 0.0,
              by_sentence: bool = False) -> Mention | None:
    """The name of `types` the article mentions clearly most (at least twice, more often than any other,
    and at least `share` of all its mentions of the types; its first mention stands for it). For a clause
    of the body only the body's mentions count — the title and captions only when the body names nothing
    of the types, and then a name they give once will do. `by_sentence`: the share is of the sentences
    naming something of the types (a list of five investors in one sentence weighs as one sentence)."""
    ms = [m for m in doc.mentions if m.article == article and m.type in types and m.entity is not None
          and m.source != "byline" and m.sentence is not None]
    if in_body and "Company" in types and set(types) <= set(HEADLINE_TYPES):
        coded = coded_lead(doc, article)  # FIGOWN lane: 甲(688608)：… heading the page
        if coded is not None:
            return next((m for m in ms if m.entity == coded.entity and doc.sentences[m.sentence].kind in BODY_KINDS),
                        coded)
    if in_body:
        body = [m for m in ms if doc.sentences[m.sentence].kind in BODY_KINDS]
        if body:
            # the name clearly most; when none is (two named as often), the one the article leads with
            return clear_most(body, share=share, by_sentence=by_sentence) \
                or lead_name(doc, ms, types, share=share, by_sentence=by_sentence)
        return clear_most(ms, at_least=1, share=share, by_sentence=by_sentence)
    return None


HEADLINE_TYPES = ("Company", "Organization")


# FIGOWN lane ------------------------------------------------------------------------------------
# A results page or a broker's note heads with the company and its stock code (甲(688608)：業績點評 / a line
# 乙(603893) alone before the text): that company is what the page is about, whatever else its text names
# more often (a product it sells, a client, a false name). [implicit] `coded` in implicit.toml is the code. Only
# for companies and bodies (HEADLINE_TYPES).
CODED_LINES = 4  # the heading lines: the article's first sentences (title, a line of the name alone)


def coded_lead(doc: Doc, article: int) -> Mention | None:
    """The company opening one of the article's first CODED_LINES sentences with its stock code right after
    it (甲(688608)：…), or None (none, or another company printed with a code there too: 甲(2379)與乙(3034))."""
    ir = load_implicit()
    if ir.coded is None:
        return None
    key = doc.norm.key
    heads = [i for i, s in enumerate(doc.sentences) if s.article == article][:CODED_LINES]
    coded: set[str] = set()  # every company printed with a code in the heading lines
    opening: list[Mention] = []  # those opening their line
    for m in doc.mentions:
        if m.article != article or m.type != "Company" or m.entity is None or m.source == "byline" \
                or m.sentence not in heads or ir.coded.match(key, m.end) is None:
            continue
        coded.add(m.entity)
        if not key[doc.sentences[m.sentence].start:m.start].strip():
            opening.append(m)
    return opening[0] if len(coded) == 1 and opening else None


def lead_name(doc: Doc, mentions: list[Mention], types: tuple[str, ...], share: float = 0.0,
              by_sentence: bool = True) -> Mention | None:
    """The company (or body) the article leads with (SUBJECT lane), asked only when no name is clearly most
    (`clear_most` gives none: two named as often): the name heading a clause of the first sentence naming one
    of `types` (title or body: 7月29日，甲完成…融資 / 「國產GPU第一股」甲正式啟動…) is the article's when the
    body names it in at least two sentences, no other name of the types in more, and it has the `share` the
    caller asks of a main name (of the sentences, or with `by_sentence` False of the mentions, naming any of
    the types). A news article opens with what it is about, but a story may open with context (據路透社報導，
    乙… / 乙CEO表示… before four sentences about 甲): so the lead only breaks a tie, never outweighs a name
    the body gives more (review finding 1), and a lead reported from a source (據…報導 / 消息) does not count.
    Its first body mention stands for it. Only for companies and bodies (`HEADLINE_TYPES`)."""
    if not mentions or not set(types) <= set(HEADLINE_TYPES):
        return None
    rs = load_rules()
    key = doc.norm.key
    first = min(mentions, key=lambda m: (m.sentence, m.start))
    s = doc.sentences[first.sentence]
    if _REPORTED.search(key[s.start:first.start]):
        return None  # 據路透社報導，乙將…: the source's news, context for the article
    if not opens_clause(rs, key, s.start, first.start) and not _described_lead(key, s.start, first.start) \
            and not _GLOSSED.search(key, s.start, first.start) \
            and not any(m.type == "Place" and m.end == first.start and opens_clause(rs, key, s.start, m.start)
                        for m in doc.mentions if m.sentence == first.sentence):
        return None  # (上海甲科技有限公司完成…: the city in the legal name may stand before it)
    nxt = [m for m in mentions if m.sentence == first.sentence and m.start >= first.end and m.entity != first.entity]
    short = [m for m in nxt if _SHORT.fullmatch(key, first.end, m.start)]
    if short:  # 上海甲科技有限公司（以下簡稱「甲科技」）: the short name the article goes on with
        first = short[0]
        nxt = [m for m in nxt if m.start >= first.end and m.entity != first.entity]
    if nxt and _JOINED.fullmatch(key, first.end, min(m.start for m in nxt)):
        return None  # 甲與乙宣布…: the lede is about two
    body = [m for m in mentions if doc.sentences[m.sentence].kind in BODY_KINDS]
    sents: dict[str, set[int]] = {}
    for m in body:
        sents.setdefault(m.entity, set()).add(m.sentence)
    mine = len(sents.get(first.entity, ()))
    if mine < 2 or any(len(v) > mine for e, v in sents.items() if e != first.entity):
        return None
    if by_sentence:
        have, total = mine, len({m.sentence for m in body})
    else:
        have, total = sum(1 for m in body if m.entity == first.entity), len(body)
    if have < share * total:
        return None
    return min((m for m in body if m.entity == first.entity), key=lambda x: x.start)


# 據路透社報導，… / 据消息人士透露，… / 援引…消息: the lede reports another source's news
_REPORTED = re.compile(r"(?:^|[，,。；;\s])\s*(?:据|援引|引述|根据)[^，,。；;]{0,20}(?:报道|报导|消息|透露|称|指出)|(?:报道|报导|消息)\s*[,，:：]?\s*$")


# 「國產GPU第一股」甲… / “国产GPU第一股”甲…: a quoted epithet before the name heading the lede
_EPITHET = re.compile(r"\s*[「“\"『][^」”\"』]{1,16}[」”\"』]\s*$")


# the opening of a short name given in parentheses: （以下簡稱「…, (下称"…
_SHORT_OPEN = r"\s*[(（]\s*(?:以下|下文)?(?:简称|称|下称)(?:为)?\s*[「“\"『]?\s*"

# the short name a full one is given right after it: 甲科技有限公司（以下簡稱「甲科技」）, 甲公司(下称"甲")
_SHORT = re.compile(_SHORT_OPEN)

# the short name given in parentheses to a full name the finders left unnamed: 上海甲科技有限公司（以下簡稱「甲科技」）
_GLOSSED = re.compile(r"(?:公司|集团)" + _SHORT_OPEN + "$")

# what joins two names into one subject, a gloss in parentheses after the first allowed: 輝達（NVIDIA）與英特爾
_JOINED = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:与|和|及|以及|、|跟|同|携手|联手|联合)\s*")


def _described_lead(key: str, lo: int, pos: int) -> bool:
    return _EPITHET.fullmatch(key, lo, pos) is not None


def clear_most(mentions: list[Mention], at_least: int = 2, share: float = 0.0, by_sentence: bool = False) -> Mention | None:
    """Of mentions, the first of the entity mentioned clearly most often (at least `at_least` times and
    at least `share` of them all — with `by_sentence`, named in at least `share` of the sentences naming any
    of them: one sentence listing many names does not outweigh an article about one)."""
    by: dict[str, list[Mention]] = {}
    for m in mentions:
        by.setdefault(m.entity, []).append(m)
    if not by:
        return None
    ranked = sorted(by.values(), key=lambda ms: (-len(ms), min(x.start for x in ms)))
    if by_sentence:
        top, total = len({x.sentence for x in ranked[0]}), len({x.sentence for x in mentions})
    else:
        top, total = len(ranked[0]), len(mentions)
    if len(ranked[0]) >= at_least and top >= share * total and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])):
        return min(ranked[0], key=lambda x: x.start)
    return None


LABEL = re.compile(r"[^,，;；:：。]{1,10}[:：]")


def label_end(key: str, start: int, end: int) -> int:
    """Where the text of a line opening with a short label (• 記憶體：配備…, 功耗：…) begins, else start:
    the label names a field, not the subject."""
    m = LABEL.match(key, start, end)
    return m.end() if m else start


def heads_clause(rs: RuleSet, key: str, lo: int, it: Item) -> bool:
    """Does the item head a clause of the sentence starting at lo (kg.rules.opens_clause)?"""
    return opens_clause(rs, key, lo, it.start)


def launched_item(doc: Doc, k: int, before: list[Item], types: tuple[str, ...], launched: re.Pattern | None) -> Item | None:
    """The chip launched in sentence k (甲發表新一代乙，…: [implicit] launched words right before it, in its
    clause), when it is the only thing of `types` named in `before` (maybe more than once): what the clauses
    after it that leave out their subject go on about."""
    if launched is None:
        return None
    mine = [it for it in before if it.type in types and isinstance(it.ref, Mention)]
    if not mine or any(it.ref.entity != mine[-1].ref.entity for it in mine):
        return None
    it = mine[0]
    key = doc.norm.key
    lo = it.start
    while lo > doc.sentences[k].start and key[lo - 1] not in CLAUSE_PUNCT:
        lo -= 1
    return it if launched.search(key, lo, it.start) else None


# CARRY lane: two candidates. A clause leaving out its subject after a colon that ends a clause headed by 甲 and
# naming another name of the same type after 甲 that does not head a clause (百度公布崑崙芯產品迭代計劃：2026年初推出M100…；
# 2027年初推出M300 — every clause after the colon):
# what follows the colon spells out the thing of the other name as much as 甲's, so nothing is carried (precision first).
# (Only there: 甲收購乙後，推出… / 甲感謝乙，同時… go on with 甲.)
def _second_candidate(rs: RuleSet, key: str, lo: int, c: int, head: Item, before: list[Item]) -> bool:
    colon = max(key.rfind(":", head.end, c), key.rfind("：", head.end, c))
    if colon < 0:
        return False  # (the clauses after the colon, up to the end of the sentence, all spell it out)
    ent = getattr(head.ref, "entity", None)
    return any(head.end <= it.start < colon and it.type == head.type and getattr(it.ref, "entity", None) != ent
               and not heads_clause(rs, key, lo, it) for it in before)


class Topics:
    """The subject each sentence of a doc is about, filled sentence by sentence as extraction goes on."""

    def __init__(self, doc: Doc, rs: RuleSet, items: list[list[Item]], share: float = 0.0,
                 ir: ImplicitRules | None = None):
        self.doc, self.rs, self.items, self.share = doc, rs, items, share
        self.launched = ir.launched if ir is not None else None
        self.launched_types = ir.launched_types if ir is not None else ()
        self.owned = ir.owned if ir is not None else None
        self.subject: dict[int, Item] = {}  # sentence → its subject (heading its first clause, or carried)
        self.opening: dict[int, tuple] = {}  # sentence → the topic its first clause carried (as `topic` gives it)
        self._mains: dict[tuple, Mention | None] = {}

    def note(self, k: int, carried: Item | None) -> None:
        """Record sentence k's subject: the name heading its first clause, else what its opening carried."""
        s = self.doc.sentences[k]
        its = [it for it in self.items[k] if isinstance(it.ref, Mention)]
        if its and heads_clause(self.rs, self.doc.norm.key, s.start, its[0]) and its[0].start == self.items[k][0].start:
            self.subject[k] = its[0]
        elif carried is not None:
            self.subject[k] = carried

    def topic(self, k: int, c: int, types: tuple[str, ...]) -> tuple[Item, int | None, bool] | None:
        """(topic item, the sentence it is named in if that is k or k-1, is it the article's main name) for
        the clause at c of sentence k, or None when the clause's subject cannot be told."""
        doc, key = self.doc, self.doc.norm.key
        s = doc.sentences[k]
        lo = label_end(key, s.start, s.end)
        before = [it for it in self.items[k] if lo <= it.start < c and isinstance(it.ref, Mention)]
        if before:
            heads = [it for it in before if heads_clause(self.rs, key, lo, it)]
            mine = [it for it in heads if it.type in types]
            if mine:
                if _second_candidate(self.rs, key, lo, c, mine[-1], before):
                    return None  # 甲公布乙產品計劃：明年推出X: 甲 or 乙 — two fit (CARRY lane)
                return mine[-1], k, False  # the subject of an earlier clause of this sentence
            new = self._launched(k, before, types)
            if new is not None and any(it.start >= new.end and it.type in ("Company", "Organization", "Person")
                                       for it in before):
                new = None  # 在英偉達發布甲之際，AMD表示，與前一代乙相比…: another one speaks of its own
            new = new or self._owned(heads, before, types)
            if new is not None:
                return new, k, False  # 黃仁勳發表新一代甲，與前一代乙相比… / 英偉達最新甲…，配備…: that chip
            opening = self.opening.get(k)
            if heads or opening is None or opening[0].type not in types or any(it.type in types for it in before):
                # the sentence has a subject of another type (its clauses go on about it), or names
                # something before the clause without a subject: whose clause this is cannot be told
                return None
            return opening  # 採用甲，配備乙: the clauses of a sentence that opened without a subject share it
        j, steps = k - 1, 0
        while j >= 0 and steps < BACK_REACH and k - j <= SHEET_REACH:
            p = doc.sentences[j]
            if p.article != s.article or p.kind != s.kind:
                break
            subj = self.subject.get(j)
            if subj is not None:
                if subj.type in types:
                    return Item(subj.start, subj.end, subj.type, subj.ref), (j if j == k - 1 else None), False
                new = self._launched(j, [it for it in self.items[j] if isinstance(it.ref, Mention)], types) \
                    if c == lo else None  # (分析師指出，相比乙，…: not past a clause of the sentence's own)
                if new is not None:  # 甲發表乙。與前一代丙相比，…: the chip launched the sentence before
                    return Item(new.start, new.end, new.type, new.ref), (j if j == k - 1 else None), False
                break
            if any(isinstance(it.ref, Mention) for it in self.items[j]):
                break  # a sentence about something it does not name as its subject
            if not self.items[j]:
                steps += 1  # a line of figures only (a spec sheet's) is passed over free
            j -= 1
        return self.main(k, types)

    def _launched(self, k: int, before: list[Item], types: tuple[str, ...]) -> Item | None:
        if self.launched is None or not set(types) <= set(self.launched_types):
            return None
        return launched_item(self.doc, k, before, types, self.launched)

    def _owned(self, heads: list[Item], before: list[Item], types: tuple[str, ...]) -> Item | None:
        """The chip right after the maker heading the clause (英偉達最新Blackwell B300在…，配備…: [implicit] owned
        words and technologies only between them), when it is the only thing of `types` named before: the maker
        qualifies it, the chip is the subject (as extract's _head_of reads 英偉達H100)."""
        if self.owned is None or not heads or heads[-1].type not in ("Company", "Organization") \
                or not set(types) <= set(self.launched_types):
            return None
        head = heads[-1]
        mine = [it for it in before if it.type in types]
        if not mine or any(it.ref.entity != mine[0].ref.entity for it in mine) or mine[0].start < head.end:
            return None
        it = mine[0]
        between = [x for x in before if head.end <= x.start and x.end <= it.start]
        if any(x.type != "Technology" for x in between):
            return None
        key = self.doc.norm.key
        text, pos = "", head.end
        for x in between:
            text, pos = text + key[pos:x.start], x.end
        text += key[pos:it.start]
        return it if self.owned.fullmatch(text) else None

    def main(self, k: int, types: tuple[str, ...]):
        """(the article's main name of the types, None, True), or None: the topic when nothing nearer is."""
        s = self.doc.sentences[k]
        ck = (s.article, types, s.kind in BODY_KINDS)
        if ck not in self._mains:
            self._mains[ck] = main_name(self.doc, s.article, types, s.kind in BODY_KINDS, self.share, by_sentence=True)
        m = self._mains[ck]
        return (Item(m.start, m.end, m.type, m), None, True) if m is not None else None


# --------------------------------------------------------------------------------------------------
# Clauses
# --------------------------------------------------------------------------------------------------

def _clause_starts(key: str, start: int, end: int) -> list[int]:
    return [start] + [i + 1 for i in range(start, end - 1) if key[i] in CLAUSE_PUNCT]


def figure_named_first(rs: RuleSet, key: str, c: int, e: int, its: list[Item]) -> Item | None:
    """The first figure of the clause key[c:e] when it opens the clause without naming its owner: a bare
    figure, or only the figure's name before it (HBM容量為…, 其96GB…: [topic] figure_opener; names of
    technologies and 其 may stand there); else None."""
    mine = [it for it in its if c <= it.start < e]
    first = next((it for it in mine if it.type == "Spec"), None)
    if first is None:
        return None
    if any(it.start < first.start and it.type != "Technology" and key[it.start:it.end] != "其" for it in mine):
        return None  # 甲的算力為…: the figure's owner is named
    if not key[c:first.start].strip():
        return first
    return first if rs.figure_opener is not None and rs.figure_opener.match(key, c, first.start) is not None else None


def opens_with_figure(rs: RuleSet, key: str, c: int, e: int, its: list[Item]) -> bool:
    """Does the clause key[c:e] open with a figure whose owner it does not name (figure_named_first), and no
    word naming another owner before it (全球算力, 前代產品, 集群總算力: [topic] figure_other)?"""
    first = figure_named_first(rs, key, c, e, its)
    return first is not None and not (rs.figure_other is not None and rs.figure_other.search(key, c, first.start))


def figure_run_end(rs: RuleSet, key: str, start: int, end: int, its: list[Item]) -> int:
    """Where the figures read for a chip left out end, from the clause at `start` (taken as it is): each clause
    after it that opens with a figure of no other owner (opens_with_figure) goes on with them; the first that
    does not (HBM容量為96GB，對手產品僅64GB; …，業界平均水準為…; a clause naming a thing) ends them, and the rest of
    the sentence with it; a clause with no figure that names no thing but technologies is passed over."""
    starts = [c for c in _clause_starts(key, start, end)] + [end + 1]
    for c, nxt in zip(starts[1:], starts[2:]):
        if all(it.type == "Technology" for it in its if c <= it.start < nxt - 1):
            continue  # 恰好匹配大模型推理的需求: a clause with no figure, naming no thing but a technology, is passed over
        if not opens_with_figure(rs, key, c, nxt - 1, its):
            return c - 1
    return end


def _clause_end(key: str, ir: ImplicitRules, pos: int, end: int) -> int:
    """Where the clause going on at pos ends: its next comma, or a later one when the clause after it
    goes on with the list (，以及乙、丙)."""
    i = pos
    while i < end:
        if key[i] in CLAUSE_PUNCT:
            if ir.cont is not None and ir.cont.match(key, i + 1, end):
                i += 1
                continue
            return i
        i += 1
    return end


def carried_matches(doc: Doc, rs: RuleSet, ir: ImplicitRules, k: int, items: list[list[Item]],
                    topics: Topics, rule_sets: dict[str, RuleSet]) -> list[CarriedMatch]:
    """The matches in sentence k whose subject is left out and carried from the topic; notes the
    sentence's subject in `topics`."""
    s = doc.sentences[k]
    key = doc.norm.key
    out: list[CarriedMatch] = []
    first_carried = None
    officers: list[tuple[int, int]] = []  # clauses of this sentence opened by an officer's title (role "object")
    lo = label_end(key, s.start, s.end)
    for c in _clause_starts(key, s.start, s.end):
        if c < lo:
            continue
        found = []  # (carry, opener match, topic, sentence, is main)
        for carry in ir.carries:
            m = carry.opener.match(key, c, s.end)
            if m is None or m.end() == c:
                continue
            if any((c <= it.start < m.end() or it.start < c < it.end) and not it.shown for it in items[k]):
                continue  # a name at the clause opening (or the verb is part of one); a reference word
                # kept in the text (持股«C»: [[reference]] keep) is the verb itself
            if rs.hypothetical is not None and rs.hypothetical.search(_outside_notes(key, s.start, c)):
                continue  # 若…，將搭載…: the whole sentence is a supposition (not a cue in a note: (…需除以4))
            if _after_blocker(doc, carry, k, c, lo, items):
                continue  # 分析師認為，毛利率將降至50% / 對手乙，發行價為… / 甲晶片…。良率約為90%: not the topic's
            got = topics.topic(k, c, carry.types)
            if got is None and carry.role == "object" and not _named_outside(items[k], s.start, c, officers):
                # 創始人甲曾任乙…；首席架構師丙…: officers listed clause after clause belong to the company the
                # article is about — unless the sentence names a company or body outside those officer clauses
                # (在英偉達的大會上，執行長某某…: whose officer it is cannot be told)
                got = topics.main(k, carry.types)
            if carry.role == "object" and got is not None:
                # the officer's part runs to the next ；(創始人甲曾任乙總監，後加入丙；首席架構師丁…)
                officers.append((c, next((i for i in range(c, s.end) if key[i] in "；;"), s.end)))
            if got is not None and _other_before(doc, carry, k, c, lo, items, got):
                continue  # 甲公布業績後，乙股價急跌。收報30元: another company named before is the subject there
            if got is not None:
                found.append((carry, m, *got))
        # A verb shared by carries of one predicate (采用: a chip's, a company's): a topic named in the
        # text before goes before the article's main name.
        named = {carry.predicate for carry, _m, _t, _w, main in found if not main}
        for carry, m, topic, where, main in found:
            if main and carry.predicate in named:
                continue
            if c == lo and first_carried is None:
                first_carried = topic
                topics.opening[k] = (topic, where, main)
            end = _clause_end(key, ir, m.end(), s.end)
            first_end = end
            for _more in range(carry.clauses - 1):
                end = _clause_end(key, ir, min(end + 1, s.end), s.end)
            if carry.figures and end > first_end:
                end = min(end, figure_run_end(rs, key, c, end, items[k]))
            if carry.others is not None and first_end < s.end and _own_subject(
                    carry, key, first_end + 1, _clause_end(key, ir, first_end + 1, s.end), items[k], c):
                continue  # 與H100相比，國產晶片效能落後40%: the clause after the comparison names its own subject
            sk = _standing_first(topic, skeleton(key, c, end, [it for it in items[k] if c <= it.start and it.end <= end]))
            for mt in match_rules(_carry_rules(rule_sets[carry.predicate], carry), sk):
                if any(it is not None and it.shown and mt.rule.id not in it.shown
                       for v in mt.bindings.values() for it in v):
                    continue  # a kept [[reference]] word (持股«C») is read only by the rules it names
                if _relative(ir, sk.text, mt.end):
                    continue  # 開始為乙代工的訂單: a noun phrase, not a clause with its subject left out
                ent = getattr(topic.ref, "entity", None)
                if ent is not None and any(x is not topic and getattr(getattr(x, "ref", None), "entity", None) == ent
                                           for v in mt.bindings.values() for x in v if x is not None):
                    continue  # 與乙、丙等龍頭相比 carried to 乙: the clause names the topic among the others (SUBJECT review)
                if any(p == carry.predicate and any(x is topic for x in mt.bindings.get(st if carry.role == "subject" else ot, []))
                       for st, p, ot in mt.rule.relations):
                    out.append(CarriedMatch(mt, topic, carry.predicate, where, carry.role))
    topics.note(k, first_carried)
    return out


def _after_blocker(doc: Doc, carry: Carry, k: int, c: int, lo: int, items: list[list[Item]]) -> bool:
    """Does the text before the clause at c (this sentence's, or the sentence before when the clause opens its
    sentence) hold a word of carry.not_after or a name of carry.not_after_types?"""
    if carry.not_after is None and not carry.not_after_types:
        return False
    key = doc.norm.key
    if c > lo:
        a, b, its = lo, c, items[k]
    elif k > 0 and doc.sentences[k - 1].article == doc.sentences[k].article:
        p = doc.sentences[k - 1]
        a, b, its = p.start, p.end, items[k - 1]
    else:
        return False
    if carry.not_after is not None and carry.not_after.search(key, a, b):
        return True
    return any(a <= it.start < b and it.type in carry.not_after_types and isinstance(it.ref, Mention) for it in its)


def _other_before(doc: Doc, carry: Carry, k: int, c: int, lo: int, items: list[list[Item]], got: tuple) -> bool:
    """Does the text before the clause at c in its sentence, or the sentence before when the topic is not named
    in this sentence, name something of carry.not_after_others that is not the topic (甲公布業績後，乙股價急跌。
    收報… / 「第一股」乙啟動上市。根據招股書，公司擬發行…: not the article's main name 甲)?"""
    if not carry.not_after_others:
        return False
    topic, where = got[0], got[1]
    spans = [(lo, c, items[k])] if c > lo else []
    if where != k and k > 0 and doc.sentences[k - 1].article == doc.sentences[k].article:
        p = doc.sentences[k - 1]
        spans.append((p.start, p.end, items[k - 1]))
    ent = getattr(topic.ref, "entity", None)
    return any(a <= it.start < b and it.type in carry.not_after_others and isinstance(it.ref, Mention)
               and getattr(it.ref, "entity", None) != ent for a, b, its in spans for it in its)


def _named_outside(items: list[Item], lo: int, c: int, spans: list[tuple[int, int]]) -> bool:
    """Is a company or body named between lo and c outside the officer clauses `spans`?"""
    return any(it.type in ("Company", "Organization") and lo <= it.start < c
               and not any(a <= it.start < b for a, b in spans) for it in items)


def _own_subject(carry: Carry, key: str, c: int, end: int, its: list[Item], lo: int) -> bool:
    """Does the clause at c, after a comparison clause (lo…c) with no figure of its own, open with a name or a
    word of carry.others (與H100相比，國產晶片效能落後40% / 相比前一代乙，AMD的丙效能提升2倍): its figures are that
    subject's, and the comparison is its too."""
    if any(lo <= it.start < c - 1 and it.type in ("Spec", "Ratio") for it in its):
        return False  # 較乙提升3倍: the comparison's clause holds its own figure
    while c < end and key[c].isspace():
        c += 1
    if any(it.start == c and isinstance(it.ref, Mention) for it in its):
        return True
    return carry.others.match(key, c, end) is not None


_NOTE = re.compile(r"\([^()]*\)")


def _outside_notes(key: str, start: int, end: int) -> str:
    """key[start:end] without what stands in parentheses (a note: (B300在FP4標準下…需除以4) says nothing of the
    clauses after it)."""
    return _NOTE.sub(lambda m: " " * len(m.group()), key[start:end])


def _relative(ir: ImplicitRules, text: str, end: int) -> bool:
    """Does the match ending at `end` of the skeleton text end in a verb that makes a relative clause
    (a `relative` word follows it)?"""
    return (ir.relative is not None and end > 0 and text[end - 1] != CLOSE
            and ir.relative.match(text, end) is not None)


def _standing_first(topic: Item, sk: Skeleton) -> Skeleton:
    """The clause's skeleton with the topic's slot put where its subject would stand («P»配备«T»…): no
    comma between, so the rules read the clause as they read one that names its subject."""
    head = f"{OPEN}{CODES[topic.type]}{CLOSE}"
    return Skeleton(head + sk.text, [(0, topic)] + [(off + SLOT_LEN, it) for off, it in sk.slots])


def _carry_rules(rs: RuleSet, carry: Carry) -> RuleSet:
    """The rules of a [[carry]] run: those its `rules` names (ids or id prefixes), else all given."""
    if not carry.rules:
        return rs
    got = _CARRY_RULES.get((id(rs), carry))
    if got is None or got[0] is not rs:
        got = _CARRY_RULES[(id(rs), carry)] = (rs, replace(rs, rules=[r for r in rs.rules if any(
            r.id == w or r.id.startswith(w + ".") for w in carry.rules)]))
    return got[1]


_CARRY_RULES: dict = {}
_RULE_SETS: list = []  # (rs, ir, result) of the last call: the rules are loaded once, pages are many


def rule_sets_for(rs: RuleSet, ir: ImplicitRules) -> dict[str, RuleSet]:
    """For each carried predicate, the rules of relations.toml that state it."""
    if _RULE_SETS and _RULE_SETS[0][0] is rs and _RULE_SETS[0][1] is ir:
        return _RULE_SETS[0][2]
    preds = {c.predicate for c in ir.carries}
    got = {p: replace(rs, rules=[r for r in rs.rules if any(q == p for _s, q, _o in r.relations)]) for p in preds}
    _RULE_SETS[:] = [(rs, ir, got)]
    return got
