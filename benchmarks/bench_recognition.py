"""Throughput of kg's whole recognition stage against bare `jieba.lcut` on the same text.

The seed pages are repeated to a few MB; both run side by side in this one process (alternating,
best of N), so the ratio does not depend on the machine. Recognition here is everything from the
raw page text to resolved entities: normalize, split articles and sentences, lexicon lookup,
pattern discovery, resolution.

    python benchmarks/bench_recognition.py [--mb 2] [--rounds 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jieba  # noqa: E402

from kg.articles import split_articles  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.model import Doc  # noqa: E402
from kg.normalize import normalize  # noqa: E402
from kg.reader import Source  # noqa: E402
from kg.recognize import recognize  # noqa: E402
from kg.resolve import resolve  # noqa: E402
from kg.sentences import split_sentences  # noqa: E402


def pages(mb: float) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out, size = [], 0
    while size < mb * 1e6:
        for t in seeds:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def run_kg(texts, lexicon) -> int:
    docs = []
    for i, t in enumerate(texts):
        norm = normalize(t)
        info, arts = split_articles(norm)
        doc = Doc(Source(f"p{i}.txt", f"p{i}.txt", t, "utf-8"), norm, info, arts)
        doc.sentences = split_sentences(doc)
        doc.mentions = recognize(doc, lexicon)
        docs.append(doc)
    return len(resolve(docs, lexicon))


def run_jieba(texts) -> int:
    return sum(len(jieba.lcut(t)) for t in texts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of the repeated text (MB of UTF-8)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each is kept")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    texts = pages(a.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    lexicon = load_lexicon()
    jieba.initialize()
    run_kg(texts[:5], lexicon)  # warm up: tokenizer, patterns, dictionaries
    best = {"kg": float("inf"), "jieba": float("inf")}
    for _ in range(a.rounds):
        t0 = time.perf_counter()
        run_jieba(texts)
        best["jieba"] = min(best["jieba"], time.perf_counter() - t0)
        t0 = time.perf_counter()
        run_kg(texts, lexicon)
        best["kg"] = min(best["kg"], time.perf_counter() - t0)
    res = {"mb": round(mb, 2), "jieba_lcut_mb_s": round(mb / best["jieba"], 3),
           "kg_recognition_mb_s": round(mb / best["kg"], 3), "ratio": round(best["jieba"] / best["kg"], 3)}
    if a.json:
        print(json.dumps(res))
    else:
        print(f"text: {res['mb']} MB (seed pages repeated)")
        print(f"jieba.lcut:        {res['jieba_lcut_mb_s']} MB/s")
        print(f"kg recognition:    {res['kg_recognition_mb_s']} MB/s")
        print(f"ratio kg / jieba:  {res['ratio']}  (the bar is 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
