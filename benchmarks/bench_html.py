"""Benchmark kg.html.render_html and the page's layout time in headless Chromium.

For synthetic graphs of 500, 5,000 and 20,000 nodes (about 4 edges per node)
it measures render_html() time, the HTML size, and the time from navigation
start until the page reports that vis-network has stabilized
(``window.kgPage.stabilizedAt``, ms since navigation start), and prints the
layout time as a ratio of the 500-node baseline measured in the same run.

Each size is run with the default ``max_nodes`` (truncating to the most
connected nodes) and, with --full, also untruncated (``max_nodes=None``).

    python benchmarks/bench_html.py [--sizes 500 5000 20000] [--full]
"""

from __future__ import annotations

import argparse
import inspect
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.html import render_html  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ENTITY_TYPES = [("Company", "公司", 30), ("Chip", "晶片", 20), ("Technology", "技術", 12),
                ("Organization", "機構", 10), ("Person", "人物", 8), ("Policy", "政策", 6),
                ("Product", "產品", 5), ("Place", "地點", 3), ("Exchange", "交易所", 1)]
PREDICATES = [("develops", "develops", "研發"), ("supplies", "supplies", "供應"),
              ("competes_with", "competes with", "競爭"), ("uses", "uses", "使用"),
              ("invests_in", "invests in", "投資"), ("restricts", "restricts", "限制"),
              ("located_in", "located in", "位於")]
WAIT_STABILIZED = """timeout => new Promise((resolve, reject) => {
  const t0 = performance.now();
  (function poll() {
    if (window.kgPage && window.kgPage.stabilized) resolve(true);
    else if (performance.now() - t0 > timeout) reject(new Error('not stabilized'));
    else setTimeout(poll, 20);
  })();
})"""
DEFAULT_MAX_NODES = inspect.signature(render_html).parameters["max_nodes"].default


def synthetic_graph(n: int, edges_per_node: int = 4, seed: int = 1) -> dict:
    """About n nodes (5% articles) and n*edges_per_node edges, hub-heavy degrees."""
    rng = random.Random(seed)
    weights = [w for _, _, w in ENTITY_TYPES]
    nodes, endpoints, edges, seen = [], [], [], set()
    n_articles = max(1, n // 20)
    for i in range(n):
        if i < n_articles:
            type_, label = "Article", f"文章 {i}：中國GPU產業報導"
        else:
            type_ = rng.choices(ENTITY_TYPES, weights)[0][0]
            label = f"{type_[:3]}實體{i}"
        nodes.append({"id": f"https://w3id.org/kg/chip/id/n{i}", "label": label, "type": type_,
                      "names": [label, f"{type_} {i}"], "mentions": int(rng.paretovariate(1.5)),
                      "articles": 1 + int(rng.paretovariate(2)), "discovered": rng.random() < 0.1,
                      "confidence": round(rng.random(), 2)})

    def add(s, t, pred, en, zh):
        if s != t and (s, t, pred) not in seen:
            seen.add((s, t, pred))
            ev = [{"sentence": f"{nodes[s]['label']}{zh}{nodes[t]['label']}。",
                   "article": nodes[rng.randrange(n_articles)]["label"], "article_id": None}]
            edges.append({"source": nodes[s]["id"], "target": nodes[t]["id"], "predicate": pred,
                          "label_en": en, "label_zh": zh, "count": 1 + int(rng.paretovariate(3)),
                          "evidence": ev})
            endpoints.extend((s, t))

    target_edges = n * edges_per_node
    for i in range(n_articles, n):  # each entity: one article mention, then related entities
        add(rng.randrange(n_articles), i, "mentions", "mentions", "提及")
        for _ in range(edges_per_node - 1):
            if i == n_articles:
                break
            j = rng.choice(endpoints) if endpoints and rng.random() < 0.6 else rng.randrange(n_articles, i)
            if nodes[j]["type"] == "Article":
                continue
            pred, en, zh = rng.choice(PREDICATES)
            add(i, j, pred, en, zh)
    while len(edges) < target_edges:
        s, t = rng.randrange(n_articles, n), rng.choice(endpoints)
        if nodes[t]["type"] != "Article":
            pred, en, zh = rng.choice(PREDICATES)
            add(s, t, pred, en, zh)
    types = {t: {"en": t, "zh": zh} for t, zh, _ in ENTITY_TYPES}
    types["Article"] = {"en": "Article", "zh": "文章"}
    preds = {p: {"en": en, "zh": zh} for p, en, zh in PREDICATES + [("mentions", "mentions", "提及")]}
    return {"nodes": nodes, "edges": edges, "types": types, "predicates": preds}


def chromium_path() -> str | None:
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")


def measure_page(browser, path: Path, timeout_s: float) -> dict:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors, foreign = [], []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: foreign.append(req.url) if not req.url.startswith(("file:", "data:")) else None)
    t0 = time.perf_counter()
    page.goto(path.as_uri(), timeout=timeout_s * 1000)
    # (page.wait_for_function(polling=...) evals a string, which the page's CSP forbids)
    page.evaluate(WAIT_STABILIZED, timeout_s * 1000)
    wall = time.perf_counter() - t0
    stats = page.evaluate("""() => ({stabilizedAt: kgPage.stabilizedAt, startedAt: kgPage.startedAt,
                                      readyAt: kgPage.networkReadyAt, layout: kgPage.layout(),
                                      nodes: kgPage.nodeCount(), edges: kgPage.edgeCount()})""")
    page.close()
    return {"wall": wall, "stabilized": stats["stabilizedAt"] / 1000, "script": stats["startedAt"] / 1000,
            "ready": stats["readyAt"] / 1000, "iterations": stats["layout"]["iterations"],
            "cut": stats["layout"]["cutShort"],
            "nodes": stats["nodes"], "edges": stats["edges"], "errors": errors, "foreign": foreign}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    ap.add_argument("--full", action="store_true", help="also run untruncated (max_nodes=None)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per page")
    args = ap.parse_args(argv)

    exe = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        exe = None
    if not exe:
        print("Chromium/playwright not available: only render_html() timings are measured.")

    modes = [("default", DEFAULT_MAX_NODES)] + ([("full", None)] if args.full else [])
    runs = []
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    pw = sync_playwright().start() if exe else None
    browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS) if pw else None
    try:
        for n in args.sizes:
            graph = synthetic_graph(n)
            for mode, max_nodes in modes:
                if mode == "full" and (max_nodes is None and len(graph["nodes"]) <= DEFAULT_MAX_NODES):
                    continue  # identical to the default run
                t0 = time.perf_counter()
                page_html = render_html(graph, title=f"bench {n}", max_nodes=max_nodes)
                render_s = time.perf_counter() - t0
                path = tmp / f"bench_{n}_{mode}.html"
                path.write_text(page_html, encoding="utf-8")
                row = {"n": n, "m": len(graph["edges"]), "mode": mode, "render": render_s,
                       "mb": len(page_html.encode()) / 1e6}
                if browser:
                    row.update(measure_page(browser, path, args.timeout))
                runs.append(row)
                print(f"  done {n} {mode}: {row.get('stabilized', float('nan')):.2f}s", file=sys.stderr)
    finally:
        if browser:
            browser.close()
        if pw:
            pw.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    base = next((r for r in runs if r["n"] == min(args.sizes) and r["mode"] == "default"), None)
    print(f"\nrender_html benchmark (default max_nodes={DEFAULT_MAX_NODES}); "
          "stabilized = seconds from navigation start until kgPage.stabilized")
    head = (f"{'input nodes':>11} {'input edges':>11} {'mode':>7} {'shown nodes':>11} {'shown edges':>11} "
            f"{'HTML MB':>7} {'render s':>8} {'vis ready s':>11} {'stabilized s':>12} {'x 500':>6} "
            f"{'iters':>6} {'wall s':>6}")
    print(head)
    print("-" * len(head))
    for r in runs:
        if "stabilized" in r:
            ratio = r["stabilized"] / base["stabilized"] if base and base.get("stabilized") else float("nan")
            tail = f"{r['nodes']:>11,} {r['edges']:>11,} {r['mb']:>7.2f} {r['render']:>8.3f} " \
                   f"{r['ready']:>11.2f} {r['stabilized']:>12.2f} {ratio:>6.2f} " \
                   f"{str(r['iterations']) + ('*' if r['cut'] else ''):>6} {r['wall']:>6.2f}"
        else:
            tail = f"{'':>11} {'':>11} {r['mb']:>7.2f} {r['render']:>8.3f}"
        print(f"{r['n']:>11,} {r['m']:>11,} {r['mode']:>7} {tail}")
        if r.get("errors") or r.get("foreign"):
            print(f"    !! errors={r.get('errors')[:3]} foreign requests={r.get('foreign')[:3]}")
    print("vis ready = network constructed; stabilized includes HTML parse and layout; x 500 = stabilized / "
          "500-node baseline;\niters = physics iterations run (* = stopped by the page's time budget); "
          f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
