"""A learned relation scorer: relations between two names of one sentence that the rules did not relate.

Candidates are ordered pairs of resolved mentions of one sentence (the first one in the text is `a`,
the other `b`) whose types fit at least one predicate that the rule tables (ontology/rules/relations.toml)
state between those types, and that no rule related in that sentence. Each candidate is described by
features that never contain a name: the two types, a distance bucket, the words between the two
mentions (jieba's ordinary dictionary over the matching form, other names as their type), a word or
two before and after, whether a clause break or other names lie between, and the cue words the rule
tables already know (each rule's literal trigger words, grouped by the predicate they state).

The model (ontology/models/relations.json, written by tools/train_relations.py) is a multinomial
logistic regression over the labels "predicate>" (a predicate b), "predicate<" (b predicate a) and
"none"; only the labels whose types fit the pair are scored. A label whose probability reaches the
model's threshold (or, when the model lists `predicates`, its predicate's own threshold; predicates not
listed are never stated) becomes a relation with evidence like a rule's (rule "model:relations", confidence
the probability). Negated and hypothetical clauses are skipped, planned ones give the planned form,
with the rule tables' own cues. The model file says whether the scorer is on (`enabled`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.evidence import make_evidence
from kg.model import Doc, Mention, Relation
from kg.normalize import name_key
from kg.paths import file_stamp, ontology_dir
from kg.rules import CLAUSE_PUNCT, CODES, STOP_PUNCT, RuleSet, blocked, clause_start, load_rules

RULE_ID = "model:relations"
NONE = "none"
FIGURES = ("ProcessNode", "Spec", "Money", "Ratio", "Business", "Growth")  # read by the figure rules, not paired here
MAX_GAP = 60  # characters between the two mentions of a candidate at most
MAX_BETWEEN = 3  # other names between the two mentions at most
WINDOW = 6  # characters before a / after b read for context words
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_LATIN = re.compile(r"^[a-z0-9][a-z0-9.\-+&/ ]*$")


class ModelError(KgError):
    """A relation model file that cannot be used: one line naming the file."""


def model_path() -> Path:
    return ontology_dir() / "models" / "relations.json"


# --------------------------------------------------------------------------------------------------
# What the rule tables know: which predicates fit which pair of types, and their cue words
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Knowledge:
    labels: dict[tuple[str, str], tuple[str, ...]]  # (type of a, type of b) -> labels that fit
    cues: dict[str, re.Pattern]  # predicate -> its trigger words (from the rules' patterns)
    symmetric: frozenset[str]
    any_cue: re.Pattern | None = None  # every cue word of every predicate


_KNOWN: dict[int, tuple[RuleSet, Knowledge]] = {}


def _knowledge(rs: RuleSet) -> Knowledge:
    got = _KNOWN.get(id(rs))
    if got is None or got[0] is not rs:
        if len(_KNOWN) > 8:
            _KNOWN.clear()
        got = _KNOWN[id(rs)] = (rs, _read_knowledge(rs))
    return got[1]


def _no_lookarounds(pattern: str) -> str:
    """The pattern without its lookaround groups ((?!…), (?<!…), (?=…), (?<=…), nested groups included): the
    words a rule excludes are no cue words of its predicate (FIN lane review)."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        if pattern.startswith(("(?!", "(?=", "(?<!", "(?<="), i):
            depth, j = 0, i
            while j < n:
                if pattern[j] == "\\":
                    j += 2
                    continue
                if pattern[j] == "(":
                    depth += 1
                elif pattern[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out.append(" ")
            i = j + 1
            continue
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def _read_knowledge(rs: RuleSet) -> Knowledge:
    from kg.ontology import symmetric_properties

    sym = symmetric_properties()
    sig: set[tuple[str, str, str]] = set()
    words: dict[str, set[str]] = {}
    for rule in rs.rules:
        for s, p, o in rule.relations:
            if s in rule.slots and o in rule.slots:
                for ts in rule.slots[s].types:
                    for to in rule.slots[o].types:
                        if ts in CODES and to in CODES and ts not in FIGURES and to not in FIGURES:
                            sig.add((ts, p, to))
            text = re.sub(r"\{[^}]*\}\??|\[[^\]]*\]", " ", _no_lookarounds(rule.pattern))
            words.setdefault(p, set()).update(_CJK_RUN.findall(name_key(text)))
    labels: dict[tuple[str, str], set[str]] = {}
    for ts, p, to in sig:
        if p in sym:
            labels.setdefault((ts, to), set()).add(p + ">")
            labels.setdefault((to, ts), set()).add(p + ">")
        else:
            labels.setdefault((ts, to), set()).add(p + ">")
            labels.setdefault((to, ts), set()).add(p + "<")
    cues = {p: re.compile("|".join(re.escape(w) for w in sorted(ws, key=lambda w: (-len(w), w))))
            for p, ws in sorted(words.items()) if ws}
    every = sorted(set().union(*words.values()), key=lambda w: (-len(w), w)) if words else []
    any_cue = re.compile("|".join(re.escape(w) for w in every)) if every else None
    return Knowledge({k: tuple(sorted(v)) for k, v in sorted(labels.items())}, cues, sym, any_cue)


# --------------------------------------------------------------------------------------------------
# Candidates and their features
# --------------------------------------------------------------------------------------------------

@dataclass
class Candidate:
    sentence: int
    a: Mention  # first in the text
    b: Mention
    labels: tuple[str, ...]  # labels that fit the two types (besides "none")
    features: list[str] = field(default_factory=list)
    planned: bool = False


def _bucket(n: int) -> str:
    for hi, name in ((1, "0"), (4, "1-3"), (9, "4-8"), (17, "9-16"), (33, "17-32")):
        if n < hi:
            return name
    return "33+"


def _words(text: str) -> list[str]:
    """Ordinary words of a stretch of matching text: no names (they are cut out before), numbers and
    Latin words folded to one token each."""
    import jieba

    out = []
    for w in jieba.dt.lcut(text, HMM=False):
        w = w.strip()
        if not w:
            continue
        if w.isdigit():
            w = "<num>"
        elif _LATIN.match(w):
            w = "<latin>"
        elif len(w) > 4:
            continue
        out.append(w)
    return out


def _pieces(key: str, lo: int, hi: int, others: list[Mention]) -> list[str]:
    """Words of key[lo:hi], each other name in it standing as «Type»."""
    out: list[str] = []
    cur = lo
    for m in others:
        if m.end <= lo or m.start >= hi:
            continue
        out += _words(key[cur:max(cur, m.start)])
        out.append(f"«{m.type}»")
        cur = max(cur, m.end)
    out += _words(key[cur:hi])
    return out


def sentence_mentions(doc: Doc, carried: bool = False) -> list[list[Mention]]:
    """Resolved names of each sentence, in text order (bylines and figures left out; a name repeated in
    parentheses right after itself counted once). With `carried`, also the stand-ins of the words that carry
    a name from before (該公司, 其, 它: kg/coref.py resolves them, as the rules read them)."""
    per: list[list[Mention]] = [[] for _ in doc.sentences]
    pool = list(doc.mentions)
    if carried:
        from kg.coref import doc_anaphors

        pool += [x.mention for x in doc_anaphors(doc)]
    for m in pool:
        if m.sentence is None or m.source == "byline" or m.entity is None or m.type not in CODES or m.type in FIGURES:
            continue
        per[m.sentence].append(m)
    if carried:
        _carry_subjects(doc, per)
    for ms in per:
        ms.sort(key=lambda m: (m.start, m.end))
    return per


CARRY_TYPES = ("Company", "Organization")  # the subjects Chinese leaves out when the sentence before named them
CARRIED = "carried"  # the source of a zero-width stand-in for a subject left out


def _carry_subjects(doc: Doc, per: list[list[Mention]]) -> None:
    """A body sentence whose first clause names no company or organization (…，並推出甲 / 隨後與乙合作) may
    have left out its subject: the subject of the sentence before (the first name of its first clause, a
    company or organization), else the company or organization the article names clearly most. It stands
    as a zero-width mention (source CARRIED) at the sentence's start."""
    from kg.implicit import BODY_KINDS, main_name

    key = doc.norm.key
    prev: dict[int, Mention] = {}  # article -> subject of its last body sentence
    topic: dict[int, Mention | None] = {}
    for k, s in enumerate(doc.sentences):
        if s.kind not in BODY_KINDS:
            continue
        ms = per[k]
        cut = s.start
        while cut < s.end and key[cut] not in CLAUSE_PUNCT + STOP_PUNCT:
            cut += 1
        first = [m for m in ms if m.start < cut]
        if first and first[0].type in CARRY_TYPES and first[0].source != "anaphor":
            prev[s.article] = first[0]
            continue
        if any(m.type in CARRY_TYPES or m.type == "Person" for m in first) or not ms:
            continue
        got = prev.get(s.article)
        if got is None:
            if s.article not in topic:
                topic[s.article] = main_name(doc, s.article, CARRY_TYPES, True)
            got = topic[s.article]
        if got is None or any(m.entity == got.entity for m in ms):
            continue
        ms.insert(0, Mention(s.start, s.start, "", got.type, CARRIED, got.confidence, entity=got.entity,
                             article=s.article, sentence=k))


def candidates(doc: Doc, related: set, rs: RuleSet | None = None, only: frozenset | None = None,
               carried: bool = False, lexicon=None) -> list[Candidate]:
    """Every candidate pair of doc, with features. `related` holds (sentence index, frozenset of the two
    entity IRIs) of the pairs rules related; those are left out, as are negated and hypothetical clauses.
    With `only` (a set of predicates), pairs that no predicate of it fits are left out too. With `carried`,
    an end may be a word standing for a name from before (sentence_mentions)."""
    from kg.lexicon import load_lexicon

    rs = rs or load_rules()
    kn = _knowledge(rs)
    lex = lexicon or load_lexicon()
    key = doc.norm.key
    out: list[Candidate] = []
    for k, ms in enumerate(sentence_mentions(doc, carried)):
        if len(ms) < 2:
            continue
        s = doc.sentences[k]
        sent = key[s.start:s.end]
        for i, a in enumerate(ms):
            for j in range(i + 1, len(ms)):
                b = ms[j]
                if b.start < a.end or a.entity == b.entity or (a.start, a.end) == (b.start, b.end):
                    continue
                if b.start - a.end > MAX_GAP:
                    break
                labels = kn.labels.get((a.type, b.type))
                if not labels or (k, frozenset((a.entity, b.entity))) in related:
                    continue
                if only is not None and not any(lab[:-1] in only for lab in labels):
                    continue
                between = [m for m in ms[i + 1:j] if m.start >= a.end and m.end <= b.start]
                if len(between) > MAX_BETWEEN:
                    continue
                lo, hi = a.start - s.start, b.end - s.start
                if blocked(rs, sent, lo, hi):
                    continue
                cand = Candidate(k, a, b, labels)
                cand.planned = rs.planned is not None and rs.planned.search(sent, clause_start(sent, lo), hi) is not None
                cand.features = sorted(features(doc, k, a, b, between, ms, kn, rs) + _known_makers(lex, a, b))
                out.append(cand)
    return out


MADE_TYPES = ("Chip", "Technology", "Product")


def _known_makers(lex, a: Mention, b: Mention) -> list[str]:
    """What the lexicon's background facts (kg:developedBy) say about who made a chip, technology or product
    end: the other end (`self`), someone else (`other`), or nobody (`none`: a kind of thing, GPU, CPU, more
    often than a product). Never the names themselves."""
    tt = f"{a.type}>{b.type}"
    out = []
    for side, m, other in (("a", a, b), ("b", b, a)):
        if m.type not in MADE_TYPES:
            continue
        entry = lex.entries.get(m.entity)
        devs = entry.developed_by if entry is not None else []
        what = "self" if other.entity in devs else "other" if devs else "none"
        out.append(f"made_{side}|{tt}:{what}")
    return out


def features(doc: Doc, k: int, a: Mention, b: Mention, between: list[Mention], ms: list[Mention],
             kn: Knowledge, rs: RuleSet) -> list[str]:
    key = doc.norm.key
    s = doc.sentences[k]
    gap = key[a.end:b.start]
    f = {f"ta:{a.type}", f"tb:{b.type}", f"tt:{a.type}>{b.type}", f"d:{_bucket(b.start - a.end)}",
         f"nb:{min(len(between), 2)}", f"kind:{s.kind}"}
    if any(c in gap for c in CLAUSE_PUNCT):
        f.add("clause")
    if "、" in gap or "/" in gap:
        f.add("list")
    if "(" in gap or ")" in gap:
        f.add("paren")
    if rs.opener.search(key[s.start:a.start]):
        f.add("a_opens")
    if a.source == CARRIED:  # a subject left out, carried from the sentence before or the article's topic
        f.add("carried_zero")
        f.add(f"carried_zero|{a.type}>{b.type}")
    if a.source == "anaphor":  # a word carrying a name from before (該公司, 其)
        f.add("carried_a")
        f.add(f"carried_a|{a.type}>{b.type}")
    if b.source == "anaphor":
        f.add("carried_b")
        f.add(f"carried_b|{a.type}>{b.type}")
    tt = f"{a.type}>{b.type}"
    for m in between:
        f.add(f"bt:{m.type}")
        if m.type == a.type:
            f.add("a_type_between")  # a is not the nearest name of its type before b
        if m.type == b.type:
            f.add("b_type_between")
    if any(c in gap for c in CLAUSE_PUNCT):
        f.add(f"clause|{tt}")
    f.add(f"nb|{tt}:{min(len(between), 2)}")
    words = _pieces(key, a.end, b.start, between)
    if words:
        f.add(f"w1|{tt}:{words[0]}")
        f.add(f"wl|{tt}:{words[-1]}")
    for w in words:
        f.add(f"w:{w}")
    if words:
        f.add(f"w1:{words[0]}")
        f.add(f"wl:{words[-1]}")
    else:
        f.add("adjacent")
    before = _pieces(key, max(s.start, a.start - WINDOW), a.start, [m for m in ms if m.end <= a.start])
    for w in before[-2:]:
        f.add(f"b:{w}")
    after = _pieces(key, b.end, min(s.end, b.end + WINDOW), [m for m in ms if m.start >= b.end])
    for w in after[:2]:
        f.add(f"f:{w}")
    # the clause of b after it, up to the next break: passive and fronted forms put the trigger there
    tail_end = b.end
    while tail_end < s.end and key[tail_end] not in CLAUSE_PUNCT + STOP_PUNCT:
        tail_end += 1
    head = clause_start(key[s.start:a.start], a.start - s.start) + s.start
    for p, rx in kn.cues.items():
        if rx.search(gap):
            f.add(f"cb:{p}")
            f.add(f"cbt:{p}:{a.type}>{b.type}")
        if rx.search(key, b.end, tail_end):
            f.add(f"ca:{p}")
        if rx.search(key, head, a.start):
            f.add(f"cf:{p}")
    nearest = None
    if kn.any_cue is not None:
        for m in kn.any_cue.finditer(gap):
            nearest = m.group()
    f |= _structure(key, s, a, b, between, ms, words, tt, nearest)
    return sorted(f)


def _structure(key: str, s, a: Mention, b: Mention, between: list[Mention], ms: list[Mention],
               words: list[str], tt: str, nearest: str | None) -> set[str]:
    """Who does what to whom: the rules' cue word nearest b (the verb that governs b), whether a is the first
    name of its clause (its subject), the words right before b, other names of the same types outside the
    pair (two chips each compared with a third), and a name of b's type between (a person after another
    person's title)."""
    f = set()
    if nearest:
        f.add(f"nc:{nearest}")
        f.add(f"nc|{tt}:{nearest}")
    head = s.start
    for i in range(a.start - 1, s.start - 1, -1):
        if key[i] in CLAUSE_PUNCT:
            head = i + 1
            break
    if not any(head <= m.start and m.end <= a.start for m in ms):
        f.add("a_first")
        f.add(f"a_first|{tt}")
    if len(words) >= 2:
        f.add(f"w2l|{tt}:{words[-2]}")
    if len(words) >= 1:
        f.add(f"wlb|{tt}:{words[-1]}|{'first' if 'a_first' in f else 'inner'}")
    outside = [m for m in ms if m.end <= a.start or m.start >= b.end]
    if any(m.type == a.type and m.entity != a.entity for m in outside):
        f.add(f"a_type_out|{tt}")
    if any(m.type == b.type and m.entity != b.entity for m in outside):
        f.add(f"b_type_out|{tt}")
    if any(m.type == b.type for m in between):
        f.add(f"b_type_between|{tt}")
    if any(m.type == a.type for m in between):
        f.add(f"a_type_between|{tt}")
    return f


def related_pairs(doc: Doc, relations: list[Relation]) -> set:
    """(sentence index, frozenset of the two IRIs) for every relation some rule read in a sentence of doc."""
    ends = {}
    for k, s in enumerate(doc.sentences):
        ends[doc.norm.orig_span(s.start, s.end)[1]] = k
    out = set()
    for r in relations:
        for ev in r.evidence:
            if ev.page != doc.source.name:
                continue
            k = ends.get(ev.sentence_span[1])
            if k is not None:
                out.add((k, frozenset((r.subject, r.object))))
    return out


# --------------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------------

@dataclass
class Model:
    weights: dict[str, dict[str, float]]  # feature -> label -> weight
    bias: dict[str, float]  # label -> weight
    threshold: float
    enabled: bool
    meta: dict = field(default_factory=dict)
    predicates: dict[str, float] | None = None  # predicate -> its own threshold; only these are stated
    carried: bool = False  # candidates include words carrying a name from before (該公司, 其)

    def cut(self, label: str) -> float | None:
        """The probability a label needs to become a relation; None when its predicate is not stated."""
        if label == NONE:
            return None
        if self.predicates is None:
            return self.threshold
        return self.predicates.get(label[:-1])

    def probabilities(self, cand: Candidate) -> dict[str, float]:
        """P(label) for each label that fits the candidate, and "none" (whose score is 0)."""
        scores = {lab: self.bias.get(lab, 0.0) for lab in cand.labels}
        for feat in cand.features:
            row = self.weights.get(feat)
            if row:
                for lab in cand.labels:
                    w = row.get(lab)
                    if w:
                        scores[lab] += w
        return softmax(scores)

    def best(self, cand: Candidate) -> tuple[str, float]:
        probs = self.probabilities(cand)
        lab = max(sorted(probs), key=lambda x: probs[x])
        return lab, probs[lab]

    def to_json(self) -> str:
        """The model as JSON with sorted keys, one feature's weights a line (readable, diffable)."""
        def one(x) -> str:
            return json.dumps(x, ensure_ascii=False, sort_keys=True)

        rows = [f"  {one(f)}: {one(row)}" for f, row in sorted(self.weights.items()) if row]
        return ("{\n" + f' "bias": {one(self.bias)},\n'
                + (' "carried": true,\n' if self.carried else "")
                + f' "enabled": {one(self.enabled)},\n'
                f' "meta": {one(self.meta)},\n'
                + (f' "predicates": {one(self.predicates)},\n' if self.predicates is not None else "")
                + f' "threshold": {one(self.threshold)},\n'
                ' "weights": {\n' + ",\n".join(rows) + "\n }\n}\n")


def softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max([0.0, *scores.values()])
    ex = {lab: math.exp(v - top) for lab, v in scores.items()}
    z = math.exp(-top) + sum(ex.values())
    out = {lab: v / z for lab, v in ex.items()}
    out[NONE] = math.exp(-top) / z
    return out


def load_model(path: str | Path | None = None) -> Model:
    p = Path(path) if path else model_path()
    return _load_model(str(p), file_stamp(p, ModelError))


@lru_cache(maxsize=4)
def _load_model(path: str, _stamp, kind: str = "relation model") -> Model:
    """The model of the file at `path`; `kind` names it in errors (the figure-owner model is one too)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelError(f"{path}: cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: not a {kind} (invalid JSON: {exc})") from None
    try:
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        weights = {str(f): {str(l): float(w) for l, w in row.items()} for f, row in data["weights"].items()}
        bias = {str(l): float(w) for l, w in data["bias"].items()}
        threshold = float(data["threshold"])
        enabled = data.get("enabled", True)
        if not isinstance(enabled, bool):
            raise ValueError("`enabled` must be true or false")
        if not 0.0 < threshold <= 1.0:
            raise ValueError("`threshold` must be a probability above 0")
        predicates = data.get("predicates")
        if predicates is not None:
            if not isinstance(predicates, dict):
                raise ValueError("`predicates` must map predicates to thresholds")
            if any(isinstance(t, bool) or not isinstance(t, (int, float)) for t in predicates.values()):
                raise ValueError("each of `predicates` needs a probability above 0")
            predicates = {str(p): float(t) for p, t in predicates.items()}
            unknown = sorted(set(predicates) - _rule_predicates())
            if unknown:
                raise ValueError(f"`predicates` names {', '.join(unknown)}, which no relation rule states")
            if not all(0.0 < t <= 1.0 for t in predicates.values()):
                raise ValueError("each of `predicates` needs a probability above 0")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise ModelError(f"{path}: not a {kind} ({what})") from None
    carried = data.get("carried", False)
    if not isinstance(carried, bool):
        raise ModelError(f"{path}: not a {kind} (`carried` must be true or false)")
    return Model(weights, bias, threshold, enabled, data.get("meta", {}), predicates, carried)


# --------------------------------------------------------------------------------------------------
# Relations from the model
# --------------------------------------------------------------------------------------------------

def _rule_predicates() -> set[str]:
    """The predicates the relation rules state (a model's `predicates` may only name these)."""
    return {p for r in load_rules().rules for _s, p, _o in r.relations}


# A name right after one of these is who something is done for or bought from (蘋果向台積電採購, 為乙代工):
# not the doer the rules' own slots accept there either.
_NOT_DOER_BEFORE = frozenset("向从自跟为替给帮")


def _span(m: Mention) -> tuple[int, int] | None:
    return None if m.source == CARRIED else (m.start, m.end)  # a subject left out is printed nowhere here


def learned_relations(doc: Doc, found: list[Relation], model: Model | None = None,
                      rs: RuleSet | None = None, lexicon=None) -> list[Relation]:
    """Relations the model proposes in doc between names no rule related (`found`: the rules' relations)."""
    model = model or load_model()
    if not model.enabled:
        return []
    rs = rs or load_rules()
    out = []
    only = frozenset(model.predicates) if model.predicates is not None else None
    developed = {r.object for r in found if r.predicate == "develops"}
    for cand in candidates(doc, related_pairs(doc, found), rs, only, model.carried, lexicon):
        lab, prob = model.best(cand)
        cut = model.cut(lab)
        if cut is None or prob < cut:
            continue
        pred, direction = lab[:-1], lab[-1]
        subj, obj = (cand.a, cand.b) if direction == ">" else (cand.b, cand.a)
        if subj.start > 0 and doc.norm.key[subj.start - 1] in _NOT_DOER_BEFORE:
            continue
        if pred == "develops" and obj.entity in developed:
            continue  # a chip has one developer, and the rules or the lexicon already named it
        rid, conf = RULE_ID, prob
        if cand.planned:
            rid, conf = rs.mark_planned(rid, prob)
        s = doc.sentences[cand.sentence]
        ev = make_evidence(doc, s.article, s.start, s.end, _span(subj), _span(obj), rid, round(conf, 3))
        out.append(Relation(subj.entity, pred, obj.entity, evidence=[ev]))
    return out
