"""Benchmark: the embedded Oxigraph store against rdflib in memory, on a synthetic graph shaped like kg's.

    python benchmarks/bench_store.py                  # ~1,000,000 triples (rdflib needs ~1.5 GB and minutes)
    python benchmarks/bench_store.py --triples 100000 # a quicker run

The graph has kg's shape: entities of every type with labels in three scripts, alt labels and
mention counts; pages and articles with headlines and kg:mentions; kg:Mention spans; typed
relations (develops, usesProcess, fabricatedBy, acquired, listedOn, restricts, issuedBy,
affiliatedWith, wrote) each with an rdf:Statement and kg:Evidence records. Both engines load the
same N-Triples file in one run; every saved query in ontology/queries/ is then run on both with
the same parameters, the answers are checked to have the same number of rows, and the times are
reported side by side with their ratio. Times are the median of --repeat runs (rdflib: fewer).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rdflib  # noqa: E402
from rdflib.plugins.sparql import prepareQuery  # noqa: E402

from kg.namespaces import PREFIXES  # noqa: E402
from kg.results import execute  # noqa: E402
from kg.saved import bind, saved_queries  # noqa: E402
from kg.store import build_store, open_store  # noqa: E402

KG = "https://w3id.org/kg/chip#"
E = "https://w3id.org/kg/chip/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# share of entities per type, as in the seed graph
TYPES = [("Company", 0.30), ("Chip", 0.15), ("Technology", 0.15), ("Organization", 0.12), ("Person", 0.12),
         ("Policy", 0.07), ("Place", 0.05), ("Exchange", 0.02), ("ProcessNode", 0.02)]
HANZI = "英偉達台積電中芯國際華為海光寒武紀摩爾線程壁仞科技沐曦景嘉微天數智芯燧原昆侖芯半導體晶片處理器集團公司研究院"


def lit(v: str, lang: str | None = None) -> str:
    s = v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{s}"@{lang}' if lang else f'"{s}"'


def typed(v, dt: str) -> str:
    return f'"{v}"^^<{XSD}{dt}>'


def zipf_weights(n: int, shift: float = 2.7) -> list[float]:
    """Zipf–Mandelbrot weights 1/(rank+shift): a few names in many articles, a long tail seen once."""
    return [1.0 / (r + shift) for r in range(1, n + 1)]


def synthetic(n_triples: int, path: Path, seed: int = 7) -> dict:
    """Write a kg-shaped graph of about n_triples triples to `path` (N-Triples); return named samples.

    Proportions follow the seed graph and a year of several papers (~50k articles, ~100k entities
    at ~8 M triples): two entities per article in the lexicon-plus-discovered name space; 4–12
    distinct entities per article drawn Zipf–Mandelbrot by rank (the top names — 中國, 美國,
    香港-like — are in 10–25 % of articles, most names in one); 1–3 mention spans per (article,
    entity); two typed relations per article, their ends drawn Zipf-like too, each with 1–3
    evidence sentences; one NVIDIA-like company in a third of all articles. The graph also carries
    the per-entity kg:articleCount and kg:linkCount that kg.rdf writes.
    """
    rnd = random.Random(seed)
    scale = n_triples / 1_000_000
    n_art = max(50, int(5_850 * scale))
    n_ent = max(200, 2 * n_art)
    n_rel = max(100, 2 * n_art)
    out = open(path, "w", encoding="utf-8")
    count = 0

    def t(s, p, o):
        nonlocal count
        out.write(f"<{s}> <{p}> {o} .\n")
        count += 1

    ents: dict[str, list[str]] = {ty: [] for ty, _ in TYPES}
    for ty, share in TYPES:
        for i in range(max(3, int(n_ent * share))):
            iri = f"{E}{ty.lower()}-{i}"
            ents[ty].append(iri)
            zh = "".join(rnd.choice(HANZI) for _ in range(rnd.randint(2, 5))) + str(i)
            t(iri, RDF + "type", f"<{KG}{ty}>")
            if ty == "Exchange":
                t(iri, RDF + "type", f"<{KG}Organization>")
            t(iri, RDFS + "label", lit(zh, "zh-Hant"))
            t(iri, RDFS + "label", lit(zh + "s", "zh-Hans"))
            t(iri, RDFS + "label", lit(f"{ty} {i}", "en"))
            t(iri, SKOS + "altLabel", lit(f"{ty[:3].upper()}{i}", "en"))
            t(iri, SKOS + "prefLabel", lit(zh, "zh-Hant"))
            if ty == "ProcessNode":
                t(iri, KG + "nanometres", typed(rnd.choice([2, 3, 4, 5, 7, 10, 14, 28, 40, 65]), "decimal"))
    # A well-known company so a named parameter resolves: it develops many chips.
    star = ents["Company"][0]
    t(star, SKOS + "altLabel", lit("英偉達", "zh-Hant"))
    t(star, SKOS + "altLabel", lit("NVIDIA", "en"))

    all_ents = [e for ty, _ in TYPES for e in ents[ty]]
    ranked = all_ents[:]
    rnd.shuffle(ranked)  # popularity does not follow type or number
    cum = list(itertools.accumulate(zipf_weights(len(ranked))))
    by_type_cum = {ty: list(itertools.accumulate(zipf_weights(len(v)))) for ty, v in ents.items()}
    mention_counts: dict[str, int] = {}
    article_counts: dict[str, int] = {}
    articles = []
    files: dict[str, str] = {}
    for a in range(n_art):
        if a % 5 == 0:  # file names as the scraper writes them: 002_6c8016782c9c9c90.txt
            stem = f"{(a // 5) % 1000:03d}_{rnd.getrandbits(64):016x}"
            used: set[int] = set()
        page = f"{E}page/{stem}"
        art = f"{E}article/{stem}/{a % 5 + 1}"
        articles.append(art)
        files[art] = f"{stem}.txt"
        if a % 5 == 0:
            t(page, RDF + "type", f"<{KG}Page>")
            t(page, KG + "sourceFile", lit(f"{stem}.txt"))
        t(art, RDF + "type", f"<{KG}Article>")
        t(art, RDF + "type", f"<{SCHEMA}NewsArticle>")
        title = "".join(rnd.choice(HANZI) for _ in range(12))
        t(art, SCHEMA + "headline", lit(title))
        t(art, RDFS + "label", lit(title))
        t(art, SCHEMA + "isPartOf", f"<{page}>")
        t(art, KG + "sourceFile", lit(f"{stem}.txt"))
        t(art, KG + "positionOnPage", typed(a % 5 + 1, "integer"))
        t(art, KG + "isChipIndustry", typed("true", "boolean"))
        t(art, SCHEMA + "datePublished", typed(f"2025-{1 + a % 12:02d}-{1 + a % 28:02d}", "date"))
        mentioned = set(rnd.choices(ranked, cum_weights=cum, k=rnd.randint(4, 12)))
        if a % 3 == 0:
            mentioned.add(star)
        else:
            mentioned.discard(star)
        if a == 0:
            other = sorted(mentioned - {star})[0]  # shares an article with the star company
        for e in sorted(mentioned):
            t(art, KG + "mentions", f"<{e}>")
            article_counts[e] = article_counts.get(e, 0) + 1
            for _ in range(rnd.choice((1, 1, 1, 2, 2, 3))):
                begin = rnd.randint(0, 5000)
                while begin in used:  # one kg:Mention per span of the page
                    begin = rnd.randint(0, 5000)
                used.add(begin)
                mention_counts[e] = mention_counts.get(e, 0) + 1
                m = f"{E}mention/{stem}/{begin}-{begin + 3}"
                t(m, RDF + "type", f"<{KG}Mention>")
                t(m, NIF + "anchorOf", lit("英偉達"))
                t(m, NIF + "beginIndex", typed(begin, "nonNegativeInteger"))
                t(m, NIF + "endIndex", typed(begin + 3, "nonNegativeInteger"))
                t(m, KG + "sourceFile", lit(f"{stem}.txt"))
                t(m, DCT + "isPartOf", f"<{art}>")
                t(m, ITS + "taIdentRef", f"<{e}>")

    # (relation, subject type, object type, which end is a hub): the hub end is drawn Zipf-like (a few
    # designers, foundries, exchanges, regulators with many relations), the other end uniformly (a
    # chip has one designer and one or two foundries, a person one employer).
    # How often each kind occurs: the seed graph's counts of the relations read from the text.
    kinds = [("develops", "Company", "Chip", "s")] * 22 + [("usesProcess", "Chip", "ProcessNode", "o")] * 16 + \
        [("fabricatedBy", "Chip", "Company", "o")] * 4 + [("acquired", "Company", "Company", "s")] * 6 + \
        [("listedOn", "Company", "Exchange", "o")] * 4 + [("restricts", "Policy", "Chip", "s")] * 4 + \
        [("restricts", "Policy", "Company", "s")] * 3 + [("issuedBy", "Policy", "Organization", "o")] * 2 + \
        [("affiliatedWith", "Person", "Company", "o")] * 13 + [("wrote", "Person", None, "s")] * 13 + \
        [("uses", "Company", "Technology", "o")] * 6 + [("manufacturesFor", "Company", "Company", "s")] * 4 + \
        [("partnerOf", "Company", "Company", "s")] * 3 + [("comparedWith", "Chip", "Chip", "o")] * 3 + \
        [("investsIn", "Company", "Company", "s")]

    def pick(ty, hub):
        return rnd.choices(ents[ty], cum_weights=by_type_cum[ty])[0] if hub else rnd.choice(ents[ty])

    links: dict[str, set] = {}
    seen = set()
    for r in range(n_rel):
        pred, st, ot, hub = kinds[rnd.randrange(len(kinds))]
        s = star if (pred == "develops" and r % 50 == 0) else pick(st, hub == "s")
        o = rnd.choice(articles) if ot is None else pick(ot, hub == "o")
        if (s, pred, o) in seen or s == o:
            continue  # a relation is one triple however often it is stated
        seen.add((s, pred, o))
        t(s, KG + pred, f"<{o}>")
        if ot is not None:
            links.setdefault(s, set()).add(o)
            links.setdefault(o, set()).add(s)
        stmt = f"{E}statement/{r:016x}"  # kg: statement/ + a 16-hex hash
        n_ev = rnd.choice((1, 1, 1, 2, 2, 3))
        t(stmt, RDF + "type", f"<{RDF}Statement>")
        t(stmt, RDF + "subject", f"<{s}>")
        t(stmt, RDF + "predicate", f"<{KG}{pred}>")
        t(stmt, RDF + "object", f"<{o}>")
        t(stmt, KG + "evidenceCount", typed(n_ev, "integer"))
        for k in range(n_ev):
            art = rnd.choice(articles)
            ev = f"{E}evidence/{files[art][:-4]}/{r % 4000}-{r % 4000 + 30}/{r:08x}{k}"
            t(stmt, PROV + "wasDerivedFrom", f"<{ev}>")
            t(ev, RDF + "type", f"<{KG}Evidence>")
            t(ev, KG + "sentence", lit("".join(rnd.choice(HANZI) for _ in range(30))))
            t(ev, NIF + "beginIndex", typed(r % 4000, "nonNegativeInteger"))
            t(ev, NIF + "endIndex", typed(r % 4000 + 30, "nonNegativeInteger"))
            t(ev, KG + "sourceFile", lit(files[art]))
            t(ev, KG + "rule", lit(f"{pred}:pattern"))
            t(ev, KG + "confidence", typed("0.9", "decimal"))
            t(ev, PROV + "wasDerivedFrom", f"<{art}>")
    for e in all_ents:  # the per-entity statistics kg.rdf writes (mentionCount, articleCount, linkCount)
        t(e, KG + "mentionCount", typed(mention_counts.get(e, 0), "integer"))
        t(e, KG + "articleCount", typed(article_counts.get(e, 0), "integer"))
        t(e, KG + "linkCount", typed(len(links.get(e, ())), "integer"))
    out.close()
    top = sorted(article_counts.values(), reverse=True)
    return {"triples": count, "articles": n_art, "entities": len(all_ents), "company": "英偉達",
            "policy": ents["Policy"][0], "exchange": ents["Exchange"][0], "person": ents["Person"][0],
            "foundry": ents["Company"][1], "other": other,
            "shape": {"star_articles": article_counts.get(star, 0), "next_top_articles": top[1:4],
                      "entities_in_one_article": sum(1 for v in article_counts.values() if v == 1),
                      "entities_never_mentioned": len(all_ents) - len(article_counts)}}


def params_for(q, sample) -> dict[str, str]:
    chosen = {
        "company": sample["company"], "policy": sample["policy"], "exchange": sample["exchange"],
        "author": sample["person"], "subject": sample["company"], "relation": "develops", "foundry": sample["foundry"],
        "entity": sample["company"], "x": sample["company"], "y": sample["other"], "nm": "7", "limit": "20",
    }
    return {p.name: chosen[p.name] for p in q.params if p.name in chosen and not (p.optional and p.name != "relation")}


def timed(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000, help="about how many triples (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per query on the store (rdflib: at most 3)")
    ap.add_argument("--store-only", action="store_true", help="skip rdflib (time the store alone)")
    ap.add_argument("--json", type=Path, help="also write the measurements to this file")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        nt = work / "kg.nt"
        t0 = time.perf_counter()
        sample = synthetic(args.triples, nt)
        print(f"synthetic graph: {sample['triples']:,} triples, {nt.stat().st_size / 1e6:.0f} MB N-Triples "
              f"({time.perf_counter() - t0:.1f} s to generate); {sample['articles']:,} articles, "
              f"{sample['entities']:,} entities; shape {sample['shape']}")

        t0 = time.perf_counter()
        build_store(nt, work / "store")  # what `kg build` does with kg.ttl (N-Triples is Turtle)
        ox_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        store = open_store(work / "store")
        ox_open = time.perf_counter() - t0

        t0 = time.perf_counter()
        g = rdflib.Graph()
        if not args.store_only:
            g.parse(nt, format="nt")
        rdf_load = time.perf_counter() - t0
        print(f"load: oxigraph store {ox_load:.1f} s (then opened read-only in {ox_open * 1000:.0f} ms by each query), "
              f"rdflib in memory {rdf_load:.1f} s: ratio {rdf_load / ox_load:.1f}x")

        rows = []
        print(f"\n| saved query | rows | oxigraph store (ms) | rdflib in memory (ms) | ratio |")
        print("|---|---:|---:|---:|---:|")
        for q in saved_queries().values():
            text = bind(q, params_for(q, sample), store)
            ox_t, ans = timed(lambda: execute(store, text), args.repeat)
            if args.store_only:
                print(f"| {q.name} | {len(ans)} | {ox_t * 1000:.1f} | | |", flush=True)
                rows.append({"query": q.name, "rows": len(ans), "oxigraph_ms": ox_t * 1000})
                continue
            rq = prepareQuery(text, initNs=PREFIXES)
            first = time.perf_counter()
            try:
                n_rdf = len(list(g.query(rq)))
            except Exception as exc:  # noqa: BLE001 - rdflib's engine has gaps; report them, go on
                print(f"| {q.name} | {len(ans)} | {ox_t * 1000:.1f} | rdflib fails: {type(exc).__name__}: {exc} | |", flush=True)
                rows.append({"query": q.name, "rows": len(ans), "oxigraph_ms": ox_t * 1000, "rdflib_error": str(exc)})
                continue
            first = time.perf_counter() - first
            rdf_t = first
            if first < 5:  # repeat only the quick ones; a median of one is still a measurement
                more, _ = timed(lambda: len(list(g.query(rq))), min(2, args.repeat))
                rdf_t = statistics.median([first, more])
            ok = "" if n_rdf == len(ans) else f" (rdflib: {n_rdf} rows!)"
            rows.append({"query": q.name, "rows": len(ans), "oxigraph_ms": ox_t * 1000, "rdflib_ms": rdf_t * 1000,
                         "ratio": rdf_t / ox_t if ox_t else float("inf"), "same_rows": n_rdf == len(ans)})
            print(f"| {q.name} | {len(ans)}{ok} | {ox_t * 1000:.1f} | {rdf_t * 1000:.0f} | {rdf_t / ox_t:.0f}x |", flush=True)
        worst = max(r["oxigraph_ms"] for r in rows)
        least = min((r["ratio"] for r in rows if "ratio" in r), default=float("nan"))
        print(f"\nslowest saved query on the store: {worst:.1f} ms (target < 100 ms); "
              f"smallest speed-up over rdflib: {least:.0f}x (target >= 10x)")
        if args.json:
            args.json.write_text(json.dumps({"triples": sample["triples"], "load_s": {"oxigraph": ox_load, "rdflib": rdf_load},
                                             "queries": rows}, indent=1) + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
