"""Tests for kg.html.render_html: pure unit tests plus headless-Chromium tests."""

from __future__ import annotations

import copy
import functools
import http.server
import json
import re
import shutil
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # allow running without installing kg
    sys.path.insert(0, str(ROOT))

from kg.html import render_html  # noqa: E402

KG = "https://w3id.org/kg/chip/id/"
NVIDIA, AMD, HUAWEI = KG + "nvidia", KG + "amd", KG + "huawei"
H100, ASCEND, MI300 = KG + "h100", KG + "ascend-910b", KG + "mi300"
POLICY, PERSON, ORG = KG + "export-controls", KG + "jensen-huang", KG + "us-commerce"
CUDA, ARTICLE, HOSTILE, GADGET = KG + "cuda", KG + "article/001_x/1", KG + "evil", KG + "gadget"

IMG_NAME = '<img src=x onerror="window.__pwned=1">'
SCRIPT_SENTENCE = "英偉達說<script>window.__pwned=2</script>沒問題"
ARTICLE_TITLE_HOSTILE = "</script><script>window.__pwned=4</script>"


def _node(nid, label, type_, names, mentions=1, articles=1, **kw):
    return {"id": nid, "label": label, "type": type_, "names": names, "mentions": mentions,
            "articles": articles, "discovered": kw.get("discovered", False),
            "confidence": kw.get("confidence", 1.0)}


def _edge(s, t, pred, en, zh, count=1, evidence=()):
    return {"source": s, "target": t, "predicate": pred, "label_en": en, "label_zh": zh,
            "count": count, "evidence": list(evidence)}


def fixture_graph() -> dict:
    ev = functools.partial(dict, article="中國GPU產業突圍路徑思考", article_id=ARTICLE)
    nodes = [
        _node(NVIDIA, "英偉達", "Company", ["英偉達", "英伟达", "NVIDIA", "輝達"], 12, 3),
        _node(AMD, "超微", "Company", ["超微", "AMD"], 4, 2),
        _node(HUAWEI, "華為", "Company", ["華為", "华为", "Huawei"], 8, 2),
        _node(H100, "H100", "Chip", ["H100"], 6, 2),
        _node(ASCEND, "昇騰910B", "Chip", ["昇騰910B", "昇腾910B", "Ascend 910B"], 3, 1),
        _node(MI300, "MI300", "Chip", ["MI300"], 1, 1),
        _node(POLICY, "出口管制", "Policy", ["出口管制", "export controls"], 5, 2),
        _node(PERSON, "黃仁勳", "Person", ["黃仁勳", "黄仁勋", "Jensen Huang"], 2, 1),
        _node(ORG, "美國商務部", "Organization", ["美國商務部", "美国商务部", "US Department of Commerce"], 2, 1),
        _node(CUDA, "CUDA", "Technology", ["CUDA"], 2, 1),
        _node(ARTICLE, "中國GPU產業突圍路徑思考", "Article", ["中國GPU產業突圍路徑思考"], 0, 1),
        _node(HOSTILE, IMG_NAME, "Company", [IMG_NAME, "<script>window.__pwned=3</script>"], 1, 1,
              discovered=True, confidence=0.42),
        _node(GADGET, "__KG_VIS_JS__ gadget", "Gadget", ["__KG_VIS_JS__ gadget", "line\u2028sep"], 1, 1),
    ]
    # a person's post as printed (kg:position), listed on the person's panel with its sentence
    next(n for n in nodes if n["id"] == PERSON)["posts"] = [{"label": "英偉達創始人兼行政總裁", "evidence": [ev(sentence="英偉達創始人兼行政總裁黃仁勳來台。")]}]
    edges = [
        _edge(NVIDIA, H100, "develops", "develops", "研發", 2,
              [ev(sentence="英偉達H100是目前最強的AI晶片。"), ev(sentence="英伟达发布H100。")]),
        _edge(HUAWEI, ASCEND, "develops", "develops", "研發", 1, [ev(sentence="華為推出昇騰910B。")]),
        _edge(AMD, MI300, "develops", "develops", "研發"),
        _edge(POLICY, H100, "restricts", "restricts", "限制", 1, [ev(sentence="出口管制限制H100對華銷售。")]),
        _edge(PERSON, NVIDIA, "leads", "leads", "領導"),
        _edge(ORG, POLICY, "issues", "issues", "發布"),
        # a broad relation (to a technology) stated more often than the chip: listed after it all the same
        _edge(NVIDIA, CUDA, "develops", "develops", "研發", 3, [ev(sentence="英偉達開發了CUDA。")]),
        _edge(NVIDIA, AMD, "competes_with", "competes with", "競爭"),
        _edge(HOSTILE, NVIDIA, "competes_with", "competes with", "競爭", 1,
              [{"sentence": SCRIPT_SENTENCE, "article": ARTICLE_TITLE_HOSTILE, "article_id": "nope"}]),
        _edge(GADGET, CUDA, "uses", "uses", "使用"),
    ]
    for target in (NVIDIA, AMD, HUAWEI, H100, ASCEND, POLICY, PERSON):
        edges.append(_edge(ARTICLE, target, "mentions", "mentions", "提及"))
    edges.append(_edge(NVIDIA, KG + "missing", "develops", "develops", "研發"))  # dangling
    types = {t: {"en": t, "zh": zh} for t, zh in [
        ("Company", "公司"), ("Chip", "晶片"), ("Policy", "政策"), ("Person", "人物"),
        ("Organization", "機構"), ("Technology", "技術"), ("Article", "文章")]}
    predicates = {p: {"en": en, "zh": zh} for p, en, zh in [
        ("develops", "develops", "研發"), ("restricts", "restricts", "限制"), ("leads", "leads", "領導"),
        ("issues", "issues", "發布"), ("uses", "uses", "使用"), ("competes_with", "competes with", "競爭"),
        ("mentions", "mentions", "提及")]}
    return {"nodes": nodes, "edges": edges, "types": types, "predicates": predicates}


def embedded_data(page_html: str) -> dict:
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page_html, re.S)
    assert m, "data script not found"
    return json.loads(m.group(1))


# --------------------------------------------------------------------------- unit tests


def test_deterministic():
    data = fixture_graph()
    a = render_html(data, title="GPU 圖譜")
    b = render_html(copy.deepcopy(data), title="GPU 圖譜")
    assert a == b
    assert a.startswith("<!DOCTYPE html>")
    assert "__KG_DATA__" not in a and "__KG_TITLE__" not in a and "__KG_NOTICE__" not in a


def test_render_does_not_mutate_input():
    data = fixture_graph()
    before = copy.deepcopy(data)
    render_html(data, max_nodes=3)
    assert data == before


def test_hostile_strings_escaped():
    page = render_html(fixture_graph(), title='<script>alert(1)</script> & "x"')
    assert "<script>alert" not in page
    assert "<script>window.__pwned" not in page
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;" in page
    # Exactly three script elements: data, vis-network, app. Nothing breaks out.
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert "\u2028" not in page and "\u2029" not in page
    assert "\\u003cscript\\u003ewindow.__pwned=2\\u003c/script\\u003e" in page


def test_embedded_json_round_trips():
    data = fixture_graph()
    payload = embedded_data(render_html(data))
    names = {n["id"]: n["names"] for n in payload["nodes"]}
    assert names[HOSTILE] == [IMG_NAME, "<script>window.__pwned=3</script>"]
    assert names[GADGET] == ["__KG_VIS_JS__ gadget", "line\u2028sep"]  # placeholder text not substituted
    sentences = [ev["sentence"] for e in payload["edges"] for ev in e["evidence"]]
    assert SCRIPT_SENTENCE in sentences
    assert payload["types"] == data["types"] and payload["predicates"] == data["predicates"]
    assert payload["meta"]["truncated"] is False
    assert payload["meta"]["shownNodes"] == 13
    assert payload["meta"]["shownEdges"] == len(data["edges"]) - 1  # dangling edge dropped


def test_no_external_resources():
    page = render_html(fixture_graph())
    loaders = [
        r"""<script[^>]*\ssrc\s*=""",
        r"""<link\b""",
        r"""<img\b""",
        r"""<iframe\b""",
        r"""\s(?:src|href|srcset|poster|data|action)\s*=\s*["']?\s*(?:https?:)?//""",
        r"""url\(\s*["']?\s*(?:https?:)?//""",
        r"""@import""",
    ]
    for pattern in loaders:
        assert not re.search(pattern, page, re.I), pattern
    # The IRIs are in the data only (escaped JSON), never in a loading position.
    assert KG + "nvidia" in page
    assert "default-src 'none'" in page  # CSP forbids loads even if something slipped through


def test_vis_network_inlined_with_licence():
    page = render_html(fixture_graph())
    static = ROOT / "kg" / "static"
    assert "vis-network" in page and "@version 9.1.2" in page
    assert (static / "vis-network.min.js").is_file()
    licence = (static / "LICENSE-vis-network.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Apache" in licence


def _star_graph():
    """Degrees: hub=5, a..e=2 (ring of hub), f,g=1 (pair), plus isolated z and y."""
    nodes = [_node(i, i, "Company", [i]) for i in ["z", "y", "hub", "e", "d", "c", "b", "a", "g", "f"]]
    edges = [_edge("hub", x, "uses", "uses", "使用") for x in "abcde"]
    edges += [_edge(x, y, "uses", "uses", "使用") for x, y in [("a", "b"), ("c", "d"), ("e", "y"), ("f", "g")]]
    return {"nodes": nodes, "edges": edges, "types": {}, "predicates": {}}


def test_truncation_keeps_most_connected():
    data = _star_graph()
    # degrees: hub 5; a,b,c,d,e 2; y,f,g 1; z 0
    page = render_html(data, max_nodes=4)
    payload = embedded_data(page)
    kept = [n["id"] for n in payload["nodes"]]
    assert sorted(kept) == ["a", "b", "c", "hub"]  # ties among degree-2 nodes broken by id
    assert kept == ["hub", "c", "b", "a"]  # input order preserved
    assert {(e["source"], e["target"]) for e in payload["edges"]} == {
        ("hub", "a"), ("hub", "b"), ("hub", "c"), ("a", "b")}
    meta = payload["meta"]
    assert meta["truncated"] and meta["totalNodes"] == 10 and meta["shownNodes"] == 4
    assert "Showing 4 of 10 nodes (the most connected); 6 nodes and 5 edges left out" in page
    assert 'id="kg-notice"' in page


def test_truncation_prefers_entities_in_typed_relations_over_mention_hubs():
    nodes = [_node(i, i, "Article" if i.startswith("art") else "Company", [i]) for i in
             ["art1", "art2", "x", "y", "p", "q"]]
    edges = [_edge(a, e, "mentions", "mentions", "提及") for a in ("art1", "art2") for e in "xypq"]
    edges += [_edge("p", "q", "acquired", "acquired", "收購")]
    kept = {n["id"] for n in embedded_data(render_html(
        {"nodes": nodes, "edges": edges, "types": {}, "predicates": {}}, max_nodes=2))["nodes"]}
    assert kept == {"p", "q"}  # not the articles, which have the most edges but only mentions


def test_no_notice_without_truncation():
    page = render_html(_star_graph(), max_nodes=10)
    assert 'id="kg-notice"' not in page and "left out" not in page
    assert embedded_data(render_html(_star_graph(), max_nodes=None))["meta"]["shownNodes"] == 10


def test_empty_graph_renders():
    page = render_html({"nodes": [], "edges": []})
    assert embedded_data(page)["nodes"] == []


# --------------------------------------------------------------------------- browser tests

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT_STABILIZED = """timeout => new Promise((resolve, reject) => {
  const t0 = performance.now();
  (function poll() {
    if (window.kgPage && window.kgPage.stabilized) resolve(true);
    else if (performance.now() - t0 > timeout) reject(new Error('page did not stabilize'));
    else setTimeout(poll, 20);
  })();
})"""
SKIP_MSG = "Chromium not installed: browser tests skipped (apt-get install chromium)"


def _chromium_path():
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Serve a directory on 127.0.0.1; yields (dir, base_url)."""
    root = tmp_path_factory.mktemp("site")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    exe = _chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip(SKIP_MSG)
    if not exe:
        pytest.skip(SKIP_MSG)
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
    except Exception as exc:  # pragma: no cover - broken install
        pw.stop()
        pytest.skip(f"{SKIP_MSG} ({exc})")
    yield b
    b.close()
    pw.stop()


class Loaded:
    def __init__(self, page, errors, requests, origin):
        self.page, self.errors, self.requests, self.origin = page, errors, requests, origin

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)


def _open(browser, served, html_text, name="graph.html"):
    root, base = served
    (root / name).write_text(html_text, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors, requests = [], []
    page.on("console", lambda msg: errors.append(f"console.{msg.type}: {msg.text}")
            if msg.type in ("error", "warning") else None)
    page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    page.on("request", lambda req: requests.append(req.url))
    page.goto(f"{base}/{name}")
    page.evaluate(WAIT_STABILIZED, 30000)  # not wait_for_function: the page CSP forbids its eval
    return Loaded(page, errors, requests, base)


@pytest.fixture()
def loaded(browser, served):
    ld = _open(browser, served, render_html(fixture_graph(), title="GPU 產業圖譜"))
    yield ld
    ld.page.close()


def test_browser_loads_cleanly_and_offline(loaded):
    assert loaded.errors == []
    assert loaded.requests, "no requests recorded"
    foreign = [u for u in loaded.requests
               if not (u.startswith(loaded.origin + "/") or u.startswith(("data:", "blob:")))]
    assert foreign == []
    # The graph has typed relations, so the article (and its 7 `mentions` edges) starts hidden.
    assert loaded.js("window.kgPage.articlesShown()") is False
    assert not loaded.page.is_checked("#kg-articles")
    assert loaded.js("window.kgPage.nodeCount()") == 12
    assert loaded.js("window.kgPage.edgeCount()") == 10
    assert loaded.js("window.kgPage.visibleNodeIds()") == sorted(
        n["id"] for n in fixture_graph()["nodes"] if n["type"] != "Article")
    assert loaded.js("window.kgPage.physicsEnabled()") is False  # stopped after stabilization
    assert loaded.js("typeof window.kgPage.stabilizedAt") == "number"
    assert loaded.page.text_content("#kg-stats") == (
        "Showing 12 of 13 nodes · 10 of 17 edges — 顯示 12／13 個節點、10／17 條關係")
    loaded.page.check("#kg-articles")
    assert loaded.page.text_content("#kg-stats") == "13 nodes · 17 edges — 13 個節點、17 條關係"


@pytest.mark.parametrize("query", ["NVIDIA", "nvidia", "英伟达", "英偉達", "輝達"])
def test_browser_search_api(loaded, query):
    assert loaded.js("q => window.kgPage.search(q)", query) == NVIDIA
    assert loaded.js("window.kgPage.selected()") == [NVIDIA]
    assert "英偉達" in loaded.js("window.kgPage.panelText()")


def test_browser_search_box_substring_and_enter(loaded):
    page = loaded.page
    page.fill("#kg-search", "h10")
    items = page.locator("#kg-results li")
    assert items.count() == 1 and "H100" in items.first.text_content()
    page.fill("#kg-search", "nvid")
    assert "英偉達" in items.first.text_content()
    page.press("#kg-search", "Enter")
    assert loaded.js("window.kgPage.selected()") == [NVIDIA]
    page.fill("#kg-search", "hua")  # Huawei (prefix) and Jensen Huang (substring)
    texts = [items.nth(i).text_content() for i in range(items.count())]
    assert any("黃仁勳" in t for t in texts) and any("華為" in t for t in texts)
    assert loaded.errors == []


def test_browser_type_and_article_filters(loaded):
    page = loaded.page
    chips = {H100, ASCEND, MI300}
    page.check("#kg-articles")
    assert page.is_checked('input[data-type="Article"]')
    page.uncheck('input[data-type="Chip"]')
    visible = set(loaded.js("window.kgPage.visibleNodeIds()"))
    assert not (visible & chips) and len(visible) == 10
    page.check('input[data-type="Chip"]')
    assert chips <= set(loaded.js("window.kgPage.visibleNodeIds()"))
    page.uncheck("#kg-articles")
    assert ARTICLE not in loaded.js("window.kgPage.visibleNodeIds()")
    assert not page.is_checked('input[data-type="Article"]')
    page.check("#kg-articles")
    assert loaded.js("window.kgPage.nodeCount()") == 13
    edges = loaded.js("window.kgPage.edgeCount()")
    page.uncheck('input[data-predicate="mentions"]')
    assert loaded.js("window.kgPage.edgeCount()") == edges - 7
    # searching a hidden node re-enables its type
    page.uncheck('input[data-type="Chip"]')
    assert loaded.js("window.kgPage.search('H100')") == H100
    assert H100 in loaded.js("window.kgPage.visibleNodeIds()")
    assert loaded.errors == []


def test_browser_hostile_text_is_inert(loaded):
    page = loaded.page
    pos = loaded.js(f"window.kgPage.domPosition({json.dumps(HOSTILE)})")
    box = page.locator("#kg-graph canvas").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_timeout(100)
    assert loaded.js("window.kgPage.selected()") == [HOSTILE]
    text = loaded.js("window.kgPage.panelText()")
    assert IMG_NAME in text
    assert "<script>window.__pwned=3</script>" in text
    assert SCRIPT_SENTENCE in text
    assert ARTICLE_TITLE_HOSTILE in text
    assert "discovered" in text and "0.42" in text
    assert page.locator("#kg-panel img, #kg-panel script, #kg-results img").count() == 0
    # search by the hostile name shows it literally in the result list too
    page.fill("#kg-search", "<img")
    assert IMG_NAME in page.text_content("#kg-results")
    page.wait_for_timeout(200)
    assert loaded.js("typeof window.__pwned") == "undefined"
    assert loaded.errors == []


def test_browser_click_shows_neighbours_and_evidence(loaded):
    page = loaded.page
    pos = loaded.js(f"window.kgPage.domPosition({json.dumps(H100)})")
    box = page.locator("#kg-graph canvas").bounding_box()
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector("#kg-tooltip:not([hidden])", timeout=3000)
    assert "H100" in page.text_content("#kg-tooltip") and "Chip" in page.text_content("#kg-tooltip")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    text = loaded.js("window.kgPage.panelText()")
    assert "← 研發 develops" in text and "英偉達" in text
    assert "英偉達H100是目前最強的AI晶片。" in text and "中國GPU產業突圍路徑思考" in text
    assert "← 限制 restricts" in text and "出口管制限制H100對華銷售。" in text
    # neighbour links navigate
    page.locator("#kg-panel button.kg-link", has_text="英偉達").first.click()
    assert loaded.js("window.kgPage.selected()") == [NVIDIA]
    text = loaded.js("window.kgPage.panelText()")
    assert "研發 develops →" in text
    # named things before broad ones, whatever their counts: H100 is listed before CUDA
    develops = text[text.index("研發 develops →"):]
    assert develops.index("H100") < develops.index("CUDA")
    # the largest groups are open, `mentions` is one click away
    opened = loaded.js("Array.from(document.querySelectorAll('#kg-panel details.kg-group'))"
                       ".map(function (d) { return [d.querySelector('summary').textContent, d.open]; })")
    assert opened[0][1] and not [o for o in opened if "mentions" in o[0] and o[1]], opened
    assert loaded.errors == []


def test_browser_person_panel_lists_posts_with_their_sentence(loaded):
    loaded.js(f"window.kgPage.select({json.dumps(PERSON)})")
    text = loaded.js("window.kgPage.panelText()")
    assert "Posts 職位 (1)" in text and "英偉達創始人兼行政總裁" in text
    assert "英偉達創始人兼行政總裁黃仁勳來台。" in text
    assert loaded.errors == []


def test_browser_freeze_resume(loaded):
    page = loaded.page
    assert loaded.js("window.kgPage.physicsEnabled()") is False
    page.click("#kg-freeze")
    assert loaded.js("window.kgPage.physicsEnabled()") is True
    assert "Freeze" in page.text_content("#kg-freeze")
    page.click("#kg-freeze")
    assert loaded.js("window.kgPage.physicsEnabled()") is False
    assert "Resume" in page.text_content("#kg-freeze")
    assert loaded.errors == []


def test_browser_truncated_notice_and_screenshot(browser, served):
    ld = _open(browser, served, render_html(fixture_graph(), max_nodes=5), name="small.html")
    try:
        assert ld.js("window.kgPage.totalNodes()") == 5
        notice = ld.page.text_content("#kg-notice")
        assert "Showing 5 of 13 nodes (the most connected); 8 nodes" in notice
        assert ld.errors == []
    finally:
        ld.page.close()
    full = _open(browser, served, render_html(fixture_graph(), title="GPU 產業圖譜"), name="shot.html")
    try:
        full.js(f"window.kgPage.select({json.dumps(NVIDIA)})")
        full.page.wait_for_timeout(700)
        out = ROOT / "tests" / "artifacts"
        out.mkdir(parents=True, exist_ok=True)
        full.page.screenshot(path=str(out / "graph.png"))
        assert (out / "graph.png").stat().st_size > 10_000
    finally:
        full.page.close()


def _big_graph(n=1200, per_node=4):
    """Deterministic graph above the page's 'big graph' threshold."""
    types = ["Company", "Chip", "Technology", "Place", "Exchange", "Article"]
    nodes = [_node(f"n{i}", f"實體{i}", types[i % len(types)], [f"實體{i}", f"entity {i}"], i % 7, 1)
             for i in range(n)]
    edges = [_edge(f"n{i}", f"n{(i * 7 + k * 13 + 1) % n}", "uses", "uses", "使用")
             for i in range(n) for k in range(per_node) if (i * 7 + k * 13 + 1) % n != i]
    return {"nodes": nodes, "edges": edges, "types": {}, "predicates": {}}


def test_browser_big_graph_mode(browser, served):
    data = _big_graph()
    assert embedded_data(render_html(data))["meta"]["big"] is True
    ld = _open(browser, served, render_html(data, max_nodes=1100), name="big.html")
    try:
        page = ld.page
        assert ld.js("window.kgPage.totalNodes()") == 1100
        page.check("#kg-articles")  # hidden at start: the graph has typed relations
        assert ld.js("window.kgPage.nodeCount()") == 1100
        assert ld.js("window.kgPage.layout().iterations") > 0
        assert ld.js("window.kgPage.physicsEnabled()") is False
        assert not page.is_checked("#kg-edge-labels")  # big graphs start without edge labels
        page.check("#kg-edge-labels")
        page.uncheck("#kg-edge-labels")
        assert ld.js("window.kgPage.search('entity 17')") == "n17"
        assert ld.js("window.kgPage.selected()") == ["n17"]
        assert "Showing 1,100 of 1,200 nodes" in page.text_content("#kg-notice")
        assert ld.errors == []
    finally:
        page.close()


def test_browser_names_drawn_on_canvas_and_more_on_zoom(loaded):
    # At the first view the graph is fitted and the names of the bigger nodes are drawn.
    assert NVIDIA in loaded.js("window.kgPage.labelledNodeIds()")
    # Zoomed out, a big node (many mentions and relations) keeps its name, a small one loses it ...
    loaded.js("window.kgPage.zoomTo(0.38)")
    labelled = loaded.js("window.kgPage.labelledNodeIds()")
    assert NVIDIA in labelled and MI300 not in labelled
    # ... and zooming in brings every name back.
    loaded.js("window.kgPage.zoomTo(1.5)")
    assert loaded.js("window.kgPage.labelledNodeIds()") == loaded.js("window.kgPage.visibleNodeIds()")
    assert loaded.errors == []


def test_browser_articles_shown_at_start_without_typed_relations(browser, served):
    data = fixture_graph()
    data["edges"] = [e for e in data["edges"] if e["predicate"] == "mentions"]
    ld = _open(browser, served, render_html(data), name="mentions-only.html")
    try:
        assert ld.js("window.kgPage.articlesShown()") is True
        assert ld.page.is_checked("#kg-articles")
        assert ARTICLE in ld.js("window.kgPage.visibleNodeIds()")
        assert ld.js("window.kgPage.edgeCount()") == 7
        assert ld.errors == []
    finally:
        ld.page.close()

