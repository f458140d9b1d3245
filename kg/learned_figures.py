"""A learned owner for the figures kg reads but no rule attaches (LEARNFIG lane; docs/learned-figures.md).

kg/quantities.py reads a page's figures (淨利潤：319.1億美元, 毛利率達59.9%, HBM容量96GB …); the hasSpec rules
(ontology/rules/relations.toml, implicit.toml [[carry]]) give many of them an owner, and leave the rest
attached to nothing. For each figure left over, this module lists the things it may belong to: the names of
its sentence, the subject (first name) of the one or two sentences before it in the article, and the
article's topic (the company, or the chip, it names clearly most). A small logistic model (the same form as
kg/learned.py's, trained by kg/training.py's `train` on the annotated pages: tools/train_figures.py) scores
each (figure, owner) pair from features that never name anything: the figure's kind, measure, unit and the
word before it, where the owner stands (same clause, same sentence before / after, the sentence before,
topic only), distances, the names and clause breaks between them, the ordinary words between. The best
owner of a figure, when its probability reaches the model's threshold, gets the figure as hasSpec, with
the figure's sentence as evidence (rule `model:figures`, confidence = the probability).

The model is data: ontology/models/figures.json (`enabled`, `threshold`, `meta`, `bias`, `weights`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.evidence import make_evidence
from kg.learned import Model, _load_model, _pieces, _words
from kg.model import Doc, Mention, Relation
from kg.paths import file_stamp, ontology_dir
from kg.quantities import Quantity, load_quantity_rules, sentence_quantities
from kg.rules import blocked, load_rules

RULE_ID = "model:figures"
LABEL = "hasSpec>"
LABELS = (LABEL,)
OWNER_TYPES = ("Company", "Chip", "Product", "Organization")
BACK = 2  # sentences before the figure's whose subject may own it
_CLAUSE = frozenset(",，;；")
_BULLETS = frozenset("●•■▪◆◇□○·-*")
_NUM = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def model_path() -> Path:
    return ontology_dir() / "models" / "figures.json"


def load_model(path: str | Path | None = None) -> Model:
    from kg.learned import ModelError

    p = Path(path) if path else model_path()
    return _load_model(str(p), file_stamp(p, ModelError), "figure-owner model")


@dataclass
class FigureCandidate:
    sentence: int
    figure: Quantity
    owner: Mention  # the owner's mention nearest the figure (in the sentence, or where it stands before)
    where: str  # "before" / "after" (same sentence), "prev1" / "prev2", "topic"
    features: list[str] = field(default_factory=list)
    labels: tuple[str, ...] = LABELS


def figure_numbers(text: str) -> set[str]:
    """The numbers of a figure as `kg eval` compares them (years aside)."""
    return {n for n in _NUM.findall(text) if not _YEAR.fullmatch(n)}


def attached_spans(doc: Doc, found: list[Relation]) -> set[tuple[int, int]]:
    """Original spans of the figures some relation of `found` already holds as its object."""
    out = set()
    for r in found:
        if r.predicate != "hasSpec":
            continue
        for ev in r.evidence:
            if ev.page == doc.source.name and ev.object_span:
                out.add(tuple(ev.object_span))
    return out


def _owners_by_sentence(doc: Doc, formats: frozenset) -> list[list[Mention]]:
    per: list[list[Mention]] = [[] for _ in doc.sentences]
    for m in doc.mentions:
        if m.sentence is None or m.source == "byline" or m.entity is None or m.type not in OWNER_TYPES \
                or not m.named or m.entity in formats:
            continue
        per[m.sentence].append(m)
    for ms in per:
        ms.sort(key=lambda m: (m.start, m.end))
    return per


def _names_by_sentence(doc: Doc) -> list[list[Mention]]:
    from kg.rules import CODES

    per: list[list[Mention]] = [[] for _ in doc.sentences]
    for m in doc.mentions:
        if m.sentence is None or m.source == "byline" or m.entity is None or m.type not in CODES:
            continue
        per[m.sentence].append(m)
    for ms in per:
        ms.sort(key=lambda m: (m.start, m.end))
    return per


def _topics(doc: Doc) -> dict[int, list[Mention]]:
    """article index -> its topic names: the company (or body) and the chip or product it names clearly most."""
    from kg.implicit import main_name

    out: dict[int, list[Mention]] = {}
    for art in doc.articles:
        got = []
        for types in (("Company", "Organization"), ("Chip", "Product")):
            m = main_name(doc, art.index, types, True)
            if m is not None:
                got.append(m)
        out[art.index] = got
    return out


def _bucket(n: int) -> str:
    for hi, name in ((1, "0"), (4, "1-3"), (9, "4-8"), (17, "9-16"), (33, "17-32"), (65, "33-64")):
        if n < hi:
            return name
    return "65+"


def _clause_start(key: str, lo: int, pos: int) -> int:
    c = pos
    while c > lo and key[c - 1] not in _CLAUSE:
        c -= 1
    return c


def candidates(doc: Doc, found: list[Relation], lexicon=None) -> list[FigureCandidate]:
    """(figure, owner) pairs for every figure of doc no relation of `found` holds (kinds that name a thing's
    figure: class Spec, not a stock code or other text-read figure), with their features."""
    from kg.extract import number_formats
    from kg.lexicon import load_lexicon

    lexicon = lexicon or load_lexicon()
    qrules = load_quantity_rules()
    formats = number_formats(lexicon)
    attached = attached_spans(doc, found)
    owners = _owners_by_sentence(doc, formats)
    names = _names_by_sentence(doc)
    topics = None  # the articles' topics, found when a first figure is left over
    figures = sentence_quantities(doc, qrules)
    out: list[FigureCandidate] = []
    for k, s in enumerate(doc.sentences):
        if s.kind == "byline":
            continue
        figs = [q for q in figures[k]
                if q.cls == "Spec" and not q.read_by and not any(q.start < m.end and m.start < q.end for m in names[k])]
        figs = [q for q in figs if doc.norm.orig_span(q.start, q.end) not in attached]
        if not figs:
            continue
        prev = []  # (where, mention): the first owner of each of the BACK sentences before, same article
        for back in range(1, BACK + 1):
            j = k - back
            if j < 0 or doc.sentences[j].article != s.article:
                break
            if owners[j]:
                prev.append((f"prev{back}", owners[j][0]))
        if topics is None:
            topics = _topics(doc)
        tops = topics.get(s.article, [])
        for q in figs:
            seen: set[str] = set()
            here = [m for m in owners[k] if q.fits(m.type)]
            # nearest mention of each entity in the sentence first
            by_ent: dict[str, Mention] = {}
            for m in here:
                d = abs(m.start - q.start)
                if m.entity not in by_ent or d < abs(by_ent[m.entity].start - q.start):
                    by_ent[m.entity] = m
            pairs = [("before" if m.end <= q.start else "after", m) for m in sorted(by_ent.values(), key=lambda m: m.start)]
            pairs += [p for p in prev if q.fits(p[1].type)]
            pairs += [("topic", m) for m in tops if q.fits(m.type)]
            for where, m in pairs:
                if m.entity in seen:
                    continue
                seen.add(m.entity)
                c = FigureCandidate(k, q, m, where)
                c.features = features(doc, c, owners, names, prev, tops)
                out.append(c)
    return out


def features(doc: Doc, c: FigureCandidate, owners, names, prev, tops) -> list[str]:
    key = doc.norm.key
    s = doc.sentences[c.sentence]
    q, m = c.figure, c.owner
    t = m.type
    f = [f"k:{q.kind}", f"m:{q.measure}", f"u:{q.unit}", f"sl:{q.slot or '-'}", f"t:{t}", f"w:{c.where}",
         f"tw:{t}|{c.where}", f"kt:{q.kind}|{t}", f"mt:{q.measure}|{t}", f"slw:{q.slot or '-'}|{t}|{c.where}",
         f"kind:{s.kind}"]
    here = owners[c.sentence]
    f.append(f"nhere:{min(len(here), 3)}")
    f.append(f"nhere_t:{min(sum(1 for x in here if x.type == t), 2)}|{c.where}")
    if any(x.entity == m.entity for x in here):
        f.append("inhere")
    if any(p[1].entity == m.entity for p in prev):
        f.append("isprev|" + c.where)
    if any(x.entity == m.entity for x in tops):
        f.append("istopic|" + c.where)
    # the figure's clause: the words before it (the metric), a bullet, a colon
    cs = _clause_start(key, s.start, q.start)
    lead = _pieces(key, cs, q.start if q.label_start is None else q.label_start, names[c.sentence])
    for w in lead[-2:]:
        f.append(f"mw:{w}")
        f.append(f"mwt:{w}|{t}")
    if lead:
        f.append(f"mw1:{lead[-1]}|{c.where}")
    else:
        f.append(f"clause_first|{c.where}")
    first = key[s.start:s.start + 2].strip()
    if first[:1] in _BULLETS:
        f.append(f"bullet|{c.where}")
    if any(ch in "：:" for ch in key[cs:q.start]):
        f.append(f"colon|{c.where}")
    if q.start - s.start < 3:
        f.append("sent_first")
    # what follows the figure (估值, 的資金, /股, 年增) and the other names of its clause before it (a person's wealth)
    ce = q.end
    while ce < s.end and key[ce] not in _CLAUSE:
        ce += 1
    after = _pieces(key, q.end, min(ce, q.end + 8), names[c.sentence])
    for w in after[:2]:
        f.append(f"aw:{w}")
    if after:
        f.append(f"aw1:{after[0]}|{t}")
    for x in names[c.sentence]:
        if cs <= x.start and x.end <= q.start and x.entity != m.entity:
            f.append(f"fc:{x.type}")
            f.append(f"fct:{x.type}|{t}|{c.where}")
    # the words right before and after the owner's mention (收購甲, 向乙, 甲的)
    mlo = doc.sentences[m.sentence].start if m.sentence is not None else s.start
    mhi = doc.sentences[m.sentence].end if m.sentence is not None else s.end
    ob = _words(key[max(mlo, m.start - 4):m.start])
    if ob:
        f.append(f"ob:{ob[-1]}")
    oa = _words(key[m.end:min(mhi, m.end + 3)])
    if oa:
        f.append(f"oa:{oa[0]}|{c.where}")
    others = [x for x in here if x.entity != m.entity and q.fits(x.type)]
    f.append(f"nother:{min(len(others), 3)}|{c.where}")
    if c.where in ("before", "after"):
        lo, hi = (m.end, q.start) if c.where == "before" else (q.end, m.start)
        f.append(f"d:{_bucket(hi - lo)}|{c.where}")
        gap = key[lo:hi]
        breaks = sum(1 for ch in gap if ch in _CLAUSE)
        f.append(f"cb:{min(breaks, 3)}|{c.where}")
        if breaks == 0:
            f.append(f"sameclause|{t}|{c.where}")
        between = [x for x in names[c.sentence] if lo <= x.start and x.end <= hi]
        f.append(f"nb:{min(len(between), 3)}|{c.where}")
        for x in between:
            f.append(f"bt:{x.type}")
            if x.type == t:
                f.append("b_same_type")
        words = _pieces(key, lo, hi, names[c.sentence])
        for w in dict.fromkeys(words):
            f.append(f"wb:{w}")
        if words:
            f.append(f"wb1:{words[0]}|{c.where}")
            f.append(f"wbz:{words[-1]}|{c.where}")
        # is the owner its clause's subject (the first name of its clause)?
        ocs = _clause_start(key, s.start, m.start)
        if not any(x.start >= ocs and x.end <= m.start for x in names[c.sentence]):
            f.append(f"o_subject|{c.where}")
        if m is (here[0] if here else None):
            f.append(f"o_first|{c.where}")
        f.append(f"o_share_t:{min(sum(1 for x in here if x.type == t), 3)}")
    else:
        f.append(f"d_sent:{c.where}")
        f.append(f"fig_off:{_bucket(q.start - s.start)}")
        if here:
            f.append(f"rivals_here|{c.where}")
        before = [x for x in names[c.sentence] if x.end <= q.start]
        f.append(f"nbefore:{min(len(before), 3)}|{c.where}")
    return f


def learned_figure_relations(doc: Doc, found: list[Relation], lexicon=None, model: Model | None = None) -> list[Relation]:
    """hasSpec relations the figure-owner model gives the figures no relation of `found` holds."""
    model = model or load_model()
    if not model.enabled:
        return []
    from kg.extract import _Values
    from kg.lexicon import load_lexicon

    lexicon = lexicon or load_lexicon()
    cands = candidates(doc, found, lexicon)
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for i, c in enumerate(cands):
        p = model.probabilities(c)[LABEL]
        k = (c.figure.start, c.figure.end)
        if k not in best or p > best[k][0]:
            best[k] = (p, i)
    values = _Values(doc, lexicon)
    from kg.implicit import load_implicit

    said = load_implicit().said
    rs = load_rules()
    key = doc.norm.key
    out = []
    for (_s, _e), (p, i) in sorted(best.items()):
        if p < model.threshold:
            continue
        c = cands[i]
        s = doc.sentences[c.sentence]
        # not asserted, whatever the model says: a figure of a negated or hypothetical clause, or one printed
        # after someone else's saying or forecast (法人預估…EPS達61元: implicit.toml [implicit] `said`)
        lo = c.owner.start if c.where == "before" else c.figure.start
        if blocked(rs, key[s.start:s.end], lo - s.start, c.figure.end - s.start) \
                or (said is not None and said.search(key, s.start, c.figure.start)):
            continue
        obj, value = values.spec(c.owner.entity, c.figure)
        subj_span = (c.owner.start, c.owner.end) if c.where in ("before", "after") else None
        ev = make_evidence(doc, s.article, s.start, s.end, subj_span, (c.figure.start, c.figure.end), RULE_ID, round(p, 3))
        out.append(Relation(c.owner.entity, "hasSpec", obj, evidence=[ev], value=value))
    return out
