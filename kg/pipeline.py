"""The whole pipeline, one stage per module:

read → normalize → split articles → sentences → recognize → resolve → extract → graph → RDF → outputs.
Each stage takes and returns plain data; the CLI only parses options and calls `build`.
"""

from __future__ import annotations

import logging
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.articles import split_articles
from kg.background import background_relations
from kg.errors import InputError
from kg.extract import extract
from kg.graph import build_graph
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Doc, Relation
from kg.normalize import normalize
from kg.paths import ontology_dir
from kg.rdf import to_jsonld, to_rdf, to_turtle
from kg.reader import find_inputs, read_source
from kg.recognize import recognize
from kg.resolve import resolve
from kg.sentences import split_sentences
from kg.util import atomic_write

log = logging.getLogger("kg")


@dataclass
class BuildResult:
    docs: list[Doc]
    graph: nx.MultiDiGraph
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    outputs: dict[str, Path] = field(default_factory=dict)

    def summary(self) -> dict:
        types = Counter(d["type"] for _n, d in self.graph.nodes(data=True)
                        if d.get("kind") == "entity" and d.get("mention_count"))
        rels = Counter(k for _u, _v, k in self.graph.edges(keys=True))
        return {
            "files": len(self.docs),
            "failed": len(self.errors),
            "articles": sum(len(d.articles) for d in self.docs),
            "entities": dict(sorted(types.items())),
            "relations": dict(sorted(rels.items())),
            "seconds": round(self.seconds, 2),
        }


def process(source, lexicon: Lexicon) -> Doc:
    """One page through every per-page stage."""
    norm = normalize(source.text)
    info, articles = split_articles(norm)
    doc = Doc(source, norm, info, articles)
    doc.sentences = split_sentences(doc)
    doc.mentions = recognize(doc, lexicon)
    return doc


def chip_industry(doc: Doc) -> dict[int, bool]:
    """Whether each article is about the chip industry, from its content (ontology/topics.toml)."""
    with open(ontology_dir() / "topics.toml", "rb") as fh:
        cfg = tomllib.load(fh)["chip_industry"]
    weights = cfg["entity_weights"]
    term_weights = cfg.get("term_weights", {})
    min_distinct = cfg.get("min_distinct", 1)
    score: Counter = Counter()
    length: Counter = Counter()
    kinds: dict[int, set] = {}
    text = doc.norm.text
    for s in doc.sentences:
        chunk = text[s.start:s.end]
        length[s.article] += len(chunk)
        for t in cfg["terms"]:
            n = chunk.count(t)
            if n:
                score[s.article] += n * term_weights.get(t, 1.0)
                kinds.setdefault(s.article, set()).add(t)
    for m in doc.mentions:
        if m.article is not None and weights.get(m.type, 0.0):
            score[m.article] += weights[m.type]
            kinds.setdefault(m.article, set()).add(m.type)
    return {a.index: length[a.index] > 0 and len(kinds.get(a.index, ())) >= min_distinct
            and 1000 * score[a.index] / length[a.index] >= cfg["threshold"]
            for a in doc.articles}


def read_all(paths, lexicon: Lexicon, progress=None) -> tuple[list[Doc], list[InputError]]:
    files, errors = find_inputs(paths)
    for err in errors:
        log.error("%s", err)
    docs: list[Doc] = []
    items = progress(files) if progress else files
    for f in items:
        try:
            doc = process(read_source(f), lexicon)
            docs.append(doc)
            log.info("%s: %s, %d articles, %d mentions", f, doc.source.encoding, len(doc.articles), len(doc.mentions))
        except InputError as err:
            errors.append(err)
            log.error("%s", err)
    docs.sort(key=lambda d: d.source.name)
    return docs, errors


def make_graph(paths, progress=None) -> BuildResult:
    """Read, recognize, resolve and extract: the graph of `paths`, nothing written."""
    t0 = time.perf_counter()
    lexicon = load_lexicon()
    docs, errors = read_all(paths, lexicon, progress)
    entities = resolve(docs, lexicon)
    relations: list[Relation] = []
    chip: dict = {}
    for doc in docs:
        relations.extend(extract(doc))
        for idx, flag in chip_industry(doc).items():
            chip[(doc.stem, idx)] = flag
    relations.extend(background_relations(entities, lexicon))
    graph = build_graph(docs, entities, relations, chip)
    result = BuildResult(docs, graph, errors)
    result.seconds = time.perf_counter() - t0
    return result


def build_graph_only(paths) -> nx.MultiDiGraph:
    return make_graph(paths).graph


def build(paths, out_dir: str | Path = "graphs", progress=None, html: bool = True) -> BuildResult:
    """Build the graph of `paths` and write kg.ttl, kg.jsonld, kg.oxigraph/ and kg.html into `out_dir`."""
    t0 = time.perf_counter()
    result = make_graph(paths, progress)
    if result.docs:
        out = Path(out_dir)
        rdf = to_rdf(result.graph)
        outputs = {"turtle": out / "kg.ttl", "jsonld": out / "kg.jsonld"}
        atomic_write(outputs["turtle"], to_turtle(rdf))
        atomic_write(outputs["jsonld"], to_jsonld(rdf))
        from kg.store import build_store

        outputs["store"] = build_store(outputs["turtle"])  # kg.oxigraph/ for `kg query` and `kg serve`
        if html:
            from kg.html import render_html
            from kg.view import graph_view

            outputs["html"] = out / "kg.html"
            title = "kg: " + ", ".join(sorted(str(p) for p in paths))
            atomic_write(outputs["html"], render_html(graph_view(result.graph), title=title))
        result.outputs = outputs
    result.seconds = time.perf_counter() - t0
    return result
