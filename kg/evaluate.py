"""Measure a graph against hand annotations (the JSON files in ../shared/gold, read as they are).

Per page: entities per type (precision, recall, F1, with misses and false positives), relations
(where the gold has them) and articles (titles and their authors). A predicted entity matches a gold
entity of the same type when any of its names (labels, alternative labels, or the text of its
mentions) equals the gold name, its English name or one of its printed surface forms, compared
script- and width-insensitively.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import ITSRDF, KG, NIF, SCHEMA
from kg.normalize import name_key

TYPES = ("Company", "Chip", "Policy", "Person", "Organization", "Technology", "Product")
# Where the ontology is finer than the gold's types.
TYPE_MAP = {"Exchange": "Organization"}


def camel(pred: str) -> str:
    head, *rest = pred.split("_")
    return head + "".join(w.title() for w in rest)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    # Predicted items that match the gold, where that count differs from the gold items found (tp):
    # for relations, precision counts extracted relations, recall counts gold ones.
    ptp: int | None = None

    @property
    def precision(self) -> float:
        tp = self.tp if self.ptp is None else self.ptp
        return tp / (tp + self.fp) if tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        d = {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
             "tp": self.tp, "fp": self.fp, "fn": self.fn}
        if self.ptp is not None:
            d["predicted_tp"] = self.ptp
        return d | {
            "misses": sorted(self.misses), "false_positives": sorted(self.false_positives)}


def _keys(names) -> set[str]:
    return {name_key(n) for n in names if n}


def predicted_entities(g: rdflib.Graph, source_file: str | None = None) -> dict[str, dict]:
    """Entity IRI -> {"type", "label", "keys"} for entities mentioned in `source_file` (all if None)."""
    out: dict[str, dict] = {}
    mentioned: dict[str, set] = defaultdict(set)
    for m in g.subjects(RDF.type, KG.Mention):
        ent = g.value(m, ITSRDF.taIdentRef)
        if ent is None:
            continue
        f = g.value(m, KG.sourceFile)
        if source_file is None or str(f) == source_file:
            mentioned[str(ent)].add(str(g.value(m, NIF.anchorOf) or ""))
    for ent, surfaces in mentioned.items():
        s = rdflib.URIRef(ent)
        types = [str(t)[len(str(KG)):] for t in g.objects(s, RDF.type) if str(t).startswith(str(KG))]
        t = next((TYPE_MAP.get(x, x) for x in types if TYPE_MAP.get(x, x) in TYPES), None)
        if t is None:
            continue
        names = [str(o) for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel) for o in g.objects(s, p)]
        label = str(g.value(s, SKOS.prefLabel) or (names[0] if names else ent))
        out[ent] = {"type": t, "label": label, "keys": _keys(names) | _keys(surfaces)}
    return out


def gold_keys(e: dict) -> set[str]:
    return _keys([e["name"], e.get("en")] + list(e.get("surface_forms") or []))


def score_entities(gold: dict, pred: dict[str, dict]) -> dict[str, Score]:
    scores = {t: Score() for t in TYPES}
    gold_by_type = defaultdict(list)
    for e in gold["entities"]:
        if e["type"] in TYPES:
            gold_by_type[e["type"]].append(e)
    for t in TYPES:
        sc = scores[t]
        preds = {iri: p for iri, p in pred.items() if p["type"] == t}
        matched_pred: set[str] = set()
        for e in gold_by_type[t]:
            gk = gold_keys(e)
            hit = [iri for iri, p in preds.items() if p["keys"] & gk]
            if hit:
                sc.tp += 1
                matched_pred.update(hit)
            else:
                sc.fn += 1
                sc.misses.append(e["name"])
        for iri, p in preds.items():
            if iri not in matched_pred:
                sc.fp += 1
                sc.false_positives.append(p["label"])
    return scores


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


def score_relations(gold: dict, g: rdflib.Graph, pred_ents: dict[str, dict], source_file: str) -> dict[str, Score]:
    """Recall of the gold's relations among the relations evidenced on this page, and their precision
    where it can be told: an extracted relation between two entities the gold annotates (neither end a
    literal) that the gold does not list is a false positive, and so is a hasSpec figure of an annotated
    entity whose number the gold gives on this page but to another owner. Symmetric predicates (owl:SymmetricProperty
    in ontology/kg.ttl: partnerOf, comparedWith) match in either direction."""
    from kg.ontology import symmetric_properties

    symmetric = symmetric_properties()
    # Relations with evidence from this page.
    found: dict[str, list] = defaultdict(list)
    for stmt in g.subjects(RDF.type, RDF.Statement):
        evs = [e for e in g.objects(stmt, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
               if str(g.value(e, KG.sourceFile)) == source_file]
        if not evs:
            continue
        p = str(g.value(stmt, RDF.predicate))[len(str(KG)):]
        found[p].append((g.value(stmt, RDF.subject), g.value(stmt, RDF.object)))
    for p in found:
        found[p].sort()

    def keys_of(term) -> set[str]:
        if isinstance(term, rdflib.Literal):
            return _keys([str(term)])
        s = str(term)
        if s in pred_ents:
            return pred_ents[s]["keys"]
        names = [str(o) for p in (RDFS.label, SCHEMA.headline, SKOS.altLabel) for o in g.objects(term, p)]
        return _keys(names)

    def literal_of(term) -> str:
        if isinstance(term, rdflib.Literal):
            return str(term)
        return " ".join(str(o) for o in g.objects(term, RDFS.label)) + " " + " ".join(
            str(o) for o in g.objects(term, KG.quantity))

    def label_of(term) -> str:
        s = str(term)
        if s in pred_ents:
            return pred_ents[s]["label"]
        return str(g.value(term, SKOS.prefLabel) or g.value(term, RDFS.label) or s)

    name_keys = {e["name"]: gold_keys(e) for e in gold["entities"]}

    def matches(r: dict, p: str, s, o) -> bool:
        sk = name_keys.get(r["subject"], _keys([r["subject"]]))
        if r.get("object_is_literal"):
            if p == "affiliatedWith" and isinstance(o, rdflib.Literal):
                # a post (kg:position): the gold's words within kg's (總統 within 美國總統)
                return bool(keys_of(s) & sk) and any(len(k) >= 2 and k in name_key(str(o)) for k in _keys([r["object"]]))
            return bool(keys_of(s) & sk) and (bool(_numbers(r["object"]) & _numbers(literal_of(o)))
                                             or bool(keys_of(o) & _keys([r["object"]])))
        ok = name_keys.get(r["object"], _keys([r["object"]]))
        if keys_of(s) & sk and keys_of(o) & ok:
            return True
        return p in symmetric and bool(keys_of(o) & sk) and bool(keys_of(s) & ok)

    scores: dict[str, Score] = {}
    gold_by_pred: dict[str, list] = defaultdict(list)
    for r in gold["relations"]:
        p = camel(r["predicate"])
        gold_by_pred[p].append(r)
        sc = scores.setdefault(p, Score())
        # A person's post: the gold writes it as affiliated_with a literal (美國總統), kg as kg:position
        # (a subproperty of schema:jobTitle) with the post as printed.
        cands = found.get(p, []) + (found.get("position", []) if p == "affiliatedWith" and r.get("object_is_literal") else [])
        if any(matches(r, p, s, o) for s, o in cands):
            sc.tp += 1
        else:
            sc.fn += 1
            sc.misses.append(f"{r['subject']} {p} {r['object']}")
    # Precision: extracted relations whose both ends are entities of the gold.
    gold_ents = [gold_keys(e) for e in gold["entities"]]

    def is_gold_entity(term) -> bool:
        if isinstance(term, rdflib.Literal):
            return False
        k = keys_of(term)
        return any(k & gk for gk in gold_ents)

    def figures(text: str) -> set[str]:
        # a year alone does not say which figure it is (2026年資本支出 / 2026年量產)
        return {n for n in _numbers(text) if not re.fullmatch(r"(?:19|20)\d\d", n)}

    # the gold's figures of hasSpec, the one predicate whose figures are set against another owner's below
    gold_figures = set().union(*(figures(r["object"]) for r in gold_by_pred.get("hasSpec", [])
                                 if r.get("object_is_literal")))

    for p, pairs in sorted(found.items()):
        for s, o in pairs:
            if not is_gold_entity(s):
                continue
            if not is_gold_entity(o):
                # A measured figure the gold gives on this page (its number, years aside) to another owner
                # is a false positive too: 甲's revenue read as 乙's. (Not a process node: many firms and
                # chips share one.)
                if p != "hasSpec" or not figures(literal_of(o)) & gold_figures:
                    continue
            sc = scores.setdefault(p, Score())
            if any(matches(r, p, s, o) for r in gold_by_pred.get(p, [])):
                sc.ptp = (sc.ptp or 0) + 1
            else:
                sc.fp += 1
                sc.false_positives.append(f"{label_of(s)} {p} {label_of(o)}")
    for sc in scores.values():
        if sc.ptp is None:
            sc.ptp = 0
    return scores


def score_articles(gold: dict, g: rdflib.Graph, source_file: str) -> dict:
    arts = [a for a in g.subjects(RDF.type, KG.Article) if str(g.value(a, KG.sourceFile)) == source_file]
    pred = {}
    for a in arts:
        title = str(g.value(a, SCHEMA.headline))
        authors = sorted(str(g.value(p, SKOS.prefLabel)) for p in g.subjects(KG.wrote, a))
        pred[title] = authors
    want = {a["title"]: sorted(a["authors"]) for a in gold["articles"]}
    return {"titles_match": set(pred) == set(want),
            "authors_match": all(pred.get(t) == au for t, au in want.items()),
            "missing_titles": sorted(set(want) - set(pred)), "extra_titles": sorted(set(pred) - set(want)),
            "author_mismatches": sorted(f"{t}: {pred.get(t)} != {au}" for t, au in want.items()
                                        if t in pred and pred[t] != au)}


def overall(reports: list[dict]) -> dict[str, dict]:
    """Entity scores summed over pages (micro average), per type."""
    out = {}
    for t in TYPES:
        sc = Score()
        for r in reports:
            e = r["entities"][t]
            sc.tp += e["tp"]
            sc.fp += e["fp"]
            sc.fn += e["fn"]
        out[t] = sc.as_dict()
    return out


def evaluate_page(gold: dict, g: rdflib.Graph) -> dict:
    src = gold["seed"]
    pred = predicted_entities(g, src)
    ents = score_entities(gold, pred)
    rels = score_relations(gold, g, pred, src)
    return {"page": src,
            "entities": {t: s.as_dict() for t, s in ents.items()},
            "relations": {p: s.as_dict() for p, s in sorted(rels.items())},
            "relations_total": _total(rels.values()).as_dict(),
            "articles": score_articles(gold, g, src) if gold.get("articles") else None}


def _total(scores) -> Score:
    t = Score()
    for s in scores:
        t.tp += s.tp
        t.fp += s.fp
        t.fn += s.fn
        if s.ptp is not None:
            t.ptp = (t.ptp or 0) + s.ptp
    return t


def load_gold(paths) -> list[dict]:
    files = []
    for p in paths:
        p = Path(p)
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return [_read_gold(f) for f in files]


def _read_gold(f: Path) -> dict:
    """One annotation file, or a one-line KgError naming it and what is wrong."""
    from kg.errors import KgError

    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KgError(f"{f}: cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KgError(f"{f}: not a JSON annotation file ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("seed"), str) or not isinstance(data.get("entities"), list):
        raise KgError(f"{f}: an annotation file needs a \"seed\" page name and an \"entities\" list")
    data.setdefault("relations", [])
    data.setdefault("articles", [])
    return data


def evaluate(gold_paths, graph=None, seeds="seeds") -> list[dict]:
    """Score every gold file: against `graph` (a build folder or .ttl) when given, else against
    each annotated page built on its own from `seeds`, as `kg build PAGE` would."""
    from kg.errors import KgError
    from kg.query import load_rdflib

    golds = load_gold(gold_paths)
    whole = load_rdflib(graph) if graph else None
    reports = []
    for gd in golds:
        if whole is not None:
            reports.append(evaluate_page(gd, whole))
            continue
        page = Path(seeds) / gd["seed"]
        if not page.is_file():
            raise KgError(f"{page}: annotated page not found (use --seeds DIR)")
        reports.append(evaluate_page(gd, graph_for_page(page)))
    return reports


def graph_for_page(seed_path: Path) -> rdflib.Graph:
    """Build one page on its own, in memory, as `kg build PAGE` would."""
    from kg.pipeline import build_graph_only
    from kg.rdf import to_rdf

    return to_rdf(build_graph_only([seed_path]))


def report_text(reports: list[dict]) -> str:
    lines = []
    for r in reports:
        lines.append(f"== {r['page']}")
        lines.append(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}   misses / false positives")
        for t, s in r["entities"].items():
            extra = "; ".join(x for x in ("miss: " + ", ".join(s["misses"]) if s["misses"] else "",
                                          "fp: " + ", ".join(s["false_positives"]) if s["false_positives"] else "") if x)
            lines.append(f"{t:<14}{s['precision']:>7.2f}{s['recall']:>7.2f}{s['f1']:>7.2f}   {extra}")
        rt = r["relations_total"]
        if rt["tp"] + rt["fn"]:
            judged = rt.get("predicted_tp", rt["tp"]) + rt["fp"]
            lines.append(f"{'relations':<14}{rt['precision']:>7.2f}{rt['recall']:>7.2f}{rt['f1']:>7.2f}   "
                         f"found {rt['tp']} of {rt['tp'] + rt['fn']}; {rt['fp']} of {judged} extracted between "
                         f"annotated entities (or giving a figure of the gold to an entity) not in the gold")
        for p, s in r["relations"].items():
            if s["misses"]:
                lines.append(f"  {p}: missed " + "; ".join(s["misses"]))
            if s["false_positives"]:
                lines.append(f"  {p}: not in the gold " + "; ".join(s["false_positives"]))
        a = r["articles"]
        if a is None:
            continue
        lines.append(f"articles: titles {'match' if a['titles_match'] else 'differ'}, "
                     f"authors {'match' if a['authors_match'] else 'differ'}")
        for k in ("missing_titles", "extra_titles", "author_mismatches"):
            if a[k]:
                lines.append(f"  {k.replace('_', ' ')}: " + "; ".join(a[k]))
    if len(reports) > 1:
        lines.append(f"== all {len(reports)} pages (micro average)")
        for t, s in overall(reports).items():
            lines.append(f"{t:<14}{s['precision']:>7.2f}{s['recall']:>7.2f}{s['f1']:>7.2f}   tp {s['tp']} fp {s['fp']} fn {s['fn']}")
    return "\n".join(lines) + "\n"
