"""Train the learned relation scorer (kg/learned.py) on hand-annotated pages.

Each annotated set is a folder of gold JSON files (tests/gold/README.md) whose parent folder holds the
pages. Every page goes through the real pipeline on its own (as `kg eval` builds it); its candidate
pairs are labelled from the gold: a mention stands for a gold entity when one of its names (the text as
printed, or the names of the lexicon entry it resolved to) is one of the gold entity's names, compared
as `kg eval` compares them. A candidate is labelled with the gold relation between its two entities
whose evidence lies in the candidate's sentence; a pair the gold relates only in another sentence is
left out of training (the sentence may or may not state it); every other candidate is "none".

Training is deterministic: pages in sorted order, a fixed number of passes of plain stochastic
gradient descent over a multinomial logistic regression (no shuffling, no randomness), weights rounded
when written. Only features seen in at least `min_sets` training sets are kept.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.learned import NONE, Model, candidates, related_pairs
from kg.normalize import name_key

EPOCHS = 12
RATE = 0.1
L2 = 1e-4
DIGITS = 3


@dataclass
class Example:
    features: list[str]
    labels: tuple[str, ...]
    label: str
    group: str  # the training set it comes from
    page: str = ""
    context: tuple | None = None  # with keep: (first name, second name, sentence) as printed


def _gold_keys(e: dict) -> set[str]:
    from kg.evaluate import gold_keys

    return gold_keys(e)


def _mention_keys(m, lexicon) -> set[str]:
    keys = {name_key(m.text)}
    entry = lexicon.entries.get(m.entity)
    if entry is not None:
        keys |= {name_key(n) for n, _lang in entry.names()}
    return keys


def page_examples(page: Path, gold: dict, group: str, lexicon=None, keep: bool = False,
                  carried: bool = False) -> list[Example]:
    """The labelled candidates of one page, built on its own with the real pipeline (the scorer off)."""
    from kg.lexicon import load_lexicon

    lexicon = lexicon or load_lexicon()
    doc, found = page_doc(page, lexicon)
    out = []
    for cand, label in labelled_candidates(doc, found, gold, lexicon, carried):
        if label is None:
            continue
        s = doc.sentences[cand.sentence]
        out.append(Example(cand.features, cand.labels, label, group, page.name,
                           (cand.a.text, cand.b.text, doc.norm.orig_text(s.start, s.end)) if keep else None))
    return out


def page_doc(page: Path, lexicon):
    """One page built on its own with the real pipeline, and the relations the rules read (scorer off)."""
    from kg.extract import extract
    from kg.pipeline import process
    from kg.reader import read_source
    from kg.resolve import resolve

    doc = process(read_source(page), lexicon)
    resolve([doc], lexicon)
    return doc, extract(doc, lexicon, learned=False)


def labelled_candidates(doc, found, gold: dict, lexicon, carried: bool = False) -> list[tuple]:
    """(candidate, label) for every candidate of doc: the gold relation's label stated in the
    candidate's sentence, "none", or None for a pair that cannot be labelled (the gold relates it only in
    another sentence, or with a predicate the types cannot carry)."""
    from kg.evaluate import camel

    gkeys = {e["name"]: _gold_keys(e) for e in gold.get("entities", [])}
    rels = [(r["subject"], camel(r["predicate"]), r["object"], name_key(r.get("evidence") or ""))
            for r in gold.get("relations", []) if not r.get("object_is_literal")]
    key = doc.norm.key
    out = []
    for cand in candidates(doc, related_pairs(doc, found), carried=carried, lexicon=lexicon):
        ga = {n for n, ks in gkeys.items() if ks & _mention_keys(cand.a, lexicon)}
        gb = {n for n, ks in gkeys.items() if ks & _mention_keys(cand.b, lexicon)}
        s = doc.sentences[cand.sentence]
        sent = key[s.start:s.end]
        here, elsewhere = set(), False
        for subj, pred, obj, ev in rels:
            lab = None
            if subj in ga and obj in gb:
                lab = pred + ">"
            elif subj in gb and obj in ga:
                lab = pred + (">" if pred + ">" in cand.labels and pred + "<" not in cand.labels else "<")
            if lab is None:
                continue
            if evidence_in(ev, sent):
                here.add(lab)
            else:
                elsewhere = True
        fit = sorted(here & set(cand.labels))
        if (here and not fit) or (not fit and elsewhere):
            out.append((cand, None))
        else:
            out.append((cand, fit[0] if fit else NONE))
    return out


def set_examples(gold_dir: Path, lexicon=None, keep: bool = False, carried: bool = False) -> list[Example]:
    """Every labelled candidate of one annotated set (gold folder; the pages are in its parent, or in a
    `pages` folder beside it)."""
    out = []
    for page, gold in annotated_pages(gold_dir):
        out += page_examples(page, gold, str(gold_dir), lexicon, keep, carried)
    return out


def annotated_pages(gold_dir: Path) -> list[tuple[Path, dict]]:
    """(page file, annotation) of every annotation file of one set, in name order; the pages are in the gold
    folder's parent, or in a `pages` folder beside it (the layout SET/gold + SET/pages)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise KgError(f"{gold_dir}: not a folder of annotation files")
    from kg.evaluate import _read_gold

    out = []
    for f in sorted(gold_dir.glob("*.json")):
        gold = _read_gold(f)
        page = gold_dir.parent / gold["seed"]
        if not page.is_file() and (gold_dir.parent / "pages" / gold["seed"]).is_file():
            page = gold_dir.parent / "pages" / gold["seed"]
        if not page.is_file():
            raise KgError(f"{page}: annotated page not found (named by {f})")
        out.append((page, gold))
    return out


def evidence_in(ev: str, sent: str) -> bool:
    """Is a gold relation's evidence text that of this sentence (the key of both)? Its first or last ten
    characters are in the sentence, or the whole sentence is in it."""
    return bool(ev) and (ev[:10] in sent or ev[-10:] in sent or (len(sent) >= 10 and sent in ev))


def train(examples: list[Example], min_sets: int = 2, threshold: float = 0.5, enabled: bool = True,
          epochs: int = EPOCHS, rate: float = RATE, l2: float = L2,
          predicates: dict[str, float] | None = None, carried: bool = False) -> Model:
    """A model fitted to `examples` (in the order given) by stochastic gradient descent."""
    seen: dict[str, set] = {}
    for ex in examples:
        for f in ex.features:
            seen.setdefault(f, set()).add(ex.group)
    vocab = {f for f, groups in seen.items() if len(groups) >= min_sets}
    # integer indices and dense rows: the same arithmetic in the same order as with dicts, only faster
    feat_ids = {f: i for i, f in enumerate(sorted(vocab))}
    lab_names = sorted({lab for ex in examples for lab in ex.labels})
    lab_ids = {lab: i for i, lab in enumerate(lab_names)}
    data = [([feat_ids[f] for f in ex.features if f in vocab], [lab_ids[lab] for lab in ex.labels],
             lab_ids.get(ex.label, -1)) for ex in examples]
    nl = len(lab_names)
    w_rows = [[0.0] * nl for _ in feat_ids]
    touched = [[False] * nl for _ in feat_ids]  # a weight exists once its feature met its label
    for feats, labs, _y in data:
        for f in feats:
            row = touched[f]
            for lab in labs:
                row[lab] = True
    b_row = [0.0] * nl
    b_seen = [False] * nl
    exp = math.exp
    for epoch in range(epochs):
        lr = rate / (1 + epoch)
        for feats, labs, y in data:
            scores = [b_row[lab] for lab in labs]
            for f in feats:
                row = w_rows[f]
                for i, lab in enumerate(labs):
                    scores[i] += row[lab]
            top = max([0.0, *scores])
            ex_ = [exp(v - top) for v in scores]
            z = exp(-top) + sum(ex_)
            for i, lab in enumerate(labs):
                g = ex_[i] / z - (1.0 if lab == y else 0.0)
                b_row[lab] -= lr * g
                b_seen[lab] = True
                for f in feats:
                    row = w_rows[f]
                    w = row[lab]
                    row[lab] = w - lr * (g + l2 * w)
    names = sorted(feat_ids, key=feat_ids.get)
    weights = {names[f]: {lab_names[l]: w_rows[f][l] for l in range(nl) if touched[f][l]} for f in range(len(names))}
    bias = {lab_names[l]: b_row[l] for l in range(nl) if b_seen[l]}
    rounded = {}
    for f, row in weights.items():
        r = {lab: round(w, DIGITS) for lab, w in row.items() if abs(round(w, DIGITS)) > 0}
        if r:
            rounded[f] = r
    counts = Counter(ex.label for ex in examples)
    meta = {"sets": len({ex.group for ex in examples}), "pages": len({(ex.group, ex.page) for ex in examples}),
            "candidates": len(examples),
            "positives": sum(v for k, v in counts.items() if k != NONE),
            "labels": dict(sorted(counts.items())), "features": len(rounded), "min_sets": min_sets,
            "epochs": epochs, "rate": rate, "l2": l2}
    return Model(rounded, {k: round(v, DIGITS) for k, v in bias.items()}, threshold, enabled, meta,
                 dict(sorted(predicates.items())) if predicates is not None else None, carried)




def write_model(model: Model, path: Path) -> None:
    from kg.util import atomic_write

    atomic_write(Path(path), model.to_json())
