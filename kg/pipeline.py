"""The whole pipeline, one stage per module:

read → normalize → split articles → sentences → recognize → resolve → extract → graph → RDF → outputs.
Each stage takes and returns plain data; the CLI only parses options and calls `build`.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.articles import split_articles
from kg.coref import find_anaphors
from kg.background import background_relations
from kg.errors import InputError, KgError
from kg.topics import chip_industry
from kg.extract import extract
from kg.graph import build_graph
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Doc, Relation
from kg.normalize import normalize
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
        doc.anaphors = find_anaphors(doc)  # 該公司, 這款晶片, 他 … → their antecedents (kg/coref.py)
        relations.extend(extract(doc, lexicon))
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
    """Build the graph of `paths` and write kg.ttl, kg.jsonld, kg.html and kg.oxigraph/ into `out_dir`.

    Every output is produced in memory first and then written whole (temporary file, rename), one
    right after the other; the store, a cache of kg.ttl, is built last and knows which kg.ttl it holds.
    """
    from kg.store import build_store

    t0 = time.perf_counter()
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise KgError(f"{out}: exists and is not a folder")
    result = make_graph(paths, progress)
    if result.docs:
        rdf = to_rdf(result.graph)
        texts = {"turtle": (out / "kg.ttl", to_turtle(rdf)), "jsonld": (out / "kg.jsonld", to_jsonld(rdf))}
        if html:
            from kg.html import render_html
            from kg.view import graph_view

            n = len(result.docs)
            title = f"kg: {n} page{'s' if n != 1 else ''}, {sum(len(d.articles) for d in result.docs)} articles"
            texts["html"] = (out / "kg.html", render_html(graph_view(result.graph), title=title))
        try:
            for kind, (path, text) in texts.items():
                atomic_write(path, text)
                result.outputs[kind] = path
        except OSError as exc:
            raise KgError(f"{exc.filename or out}: cannot write ({exc.strerror})") from None
        result.outputs["store"] = build_store(texts["turtle"][0])  # kg.oxigraph/ for `kg query` and `kg serve`
    result.seconds = time.perf_counter() - t0
    return result
