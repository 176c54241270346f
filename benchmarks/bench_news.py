"""Benchmark: reading news from a WARC, the cheap pre-filter, then cleaning and extraction.

    python benchmarks/make_warc.py --data ../shared/data      # once: benchmarks/data/news.warc.gz
    python benchmarks/bench_news.py [benchmarks/data/news.warc.gz] [--repeat 3]

Measures, on the WARC built by make_warc.py (its manifest labels every page):

1. read + pre-filter: `iter_articles` over the WARC with `keep=prefilter.likely`, the
   pre-filter running on each raw HTML payload straight from the WARC, nothing cleaned
   (the keep hook records its answer and returns False) -> pages/s; beside it the same
   read with no pre-filter, and the pre-filter alone on payloads in memory;
2. the kept pages through the rest: decode + clean_html + forcewatch.news.extract.extract
   -> articles/s (clean_html alone is timed too; when the extractor cannot be imported,
   only clean_html is measured and the result says so);
3. pre-filter recall on the positive pages (held-out rows: incident from 2020-04-01 on)
   and the share of negative and filler pages it drops.

Writes benchmarks/results/news.json. Bars (issue #4): pre-filter >= 1,000 articles/s,
full extraction >= 50 articles/s, pre-filter keeps >= 99% of the held-out positives.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from forcewatch.news.model import Article
from forcewatch.news.prefilter import likely
from forcewatch.news.read import ReadStats, clean_html, decode, iter_articles

HERE = Path(__file__).resolve().parent
CANONICAL = re.compile(rb'<link rel="canonical" href="([^"]+)"')


def timed_read(warc: Path, keep) -> tuple[float, ReadStats]:
    stats = ReadStats()
    t0 = time.perf_counter()
    for _ in iter_articles([warc], keep=keep, stats=stats):
        pass
    return time.perf_counter() - t0, stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("warc", nargs="?", type=Path, default=HERE / "data" / "news.warc.gz")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--compare-trafilatura", action="store_true",
                    help="also time trafilatura.extract on the same kept pages (if it can be imported)")
    args = ap.parse_args()
    manifest = json.loads(args.warc.with_name(args.warc.name.replace(".warc.gz", "") + ".manifest.json").read_text())

    # the payloads and the pre-filter's answers, once, untimed (for recall and for stage 2)
    payloads: list[bytes] = []
    decisions: dict[str, bool] = {}

    def record(body: bytes) -> bool:
        payloads.append(body)
        m = CANONICAL.search(body)
        decisions[m[1].decode() if m else f"#{len(payloads)}"] = likely(body)
        return False

    timed_read(args.warc, record)
    pages = len(payloads)
    mb = sum(map(len, payloads)) / 1e6

    def only_filter(body: bytes) -> bool:
        likely(body)
        return False

    runs = {"read": [], "read_prefilter": [], "prefilter_in_memory": []}
    for _ in range(args.repeat):
        runs["read"].append(timed_read(args.warc, lambda body: False)[0])
        runs["read_prefilter"].append(timed_read(args.warc, only_filter)[0])
        t0 = time.perf_counter()
        for body in payloads:
            likely(body)
        runs["prefilter_in_memory"].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) for k, v in runs.items()}

    # stage 2 on the kept pages
    kept = [b for b in payloads if likely(b)]
    try:
        from forcewatch.news.extract import extract
    except ImportError as e:  # the extractor is not written yet
        extract, missing = None, f"{type(e).__name__}: {e}"
    else:
        missing = None
    clean_runs, full_runs, victims = [], [], 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        cleaned = [clean_html(decode(b, html=True)) for b in kept]
        clean_runs.append(time.perf_counter() - t0)
        if extract is not None:
            t0 = time.perf_counter()
            victims = 0
            for b in kept:
                text, meta = clean_html(decode(b, html=True))
                victims += len(extract(Article(text=text, title=meta.get("title"), url=meta.get("url"),
                                               published=meta.get("published"), kind="warc")))
            full_runs.append(time.perf_counter() - t0)
    assert len(cleaned) == len(kept)

    compare = None
    if args.compare_trafilatura:
        try:
            import trafilatura
        except ImportError as e:
            compare = f"not importable: {type(e).__name__}: {e}"
        else:
            t0 = time.perf_counter()
            for b in kept:
                trafilatura.extract(decode(b, html=True), include_comments=False)
            compare = {"version": trafilatura.__version__, "options": "include_comments=False",
                       "articles_per_s": round(len(kept) / (time.perf_counter() - t0), 1)}

    # the same positives, pre-filtered on their clean text instead of the raw page
    clean_kept: Counter = Counter()
    for body in payloads:
        m = CANONICAL.search(body)
        label = manifest.get(m[1].decode() if m else "", {}).get("label", "")
        if label.startswith("positive"):
            text, meta = clean_html(decode(body, html=True))
            clean_kept[label, likely(f"{meta.get('title') or ''}\n{text}")] += 1

    by_label: dict[str, Counter] = {}
    for url, keep in decisions.items():
        label = manifest.get(url, {}).get("label", "unknown")
        by_label.setdefault(label, Counter())["kept" if keep else "dropped"] += 1
    def share(label: str, what: str) -> float | None:
        c = by_label.get(label)
        return round(c[what] / sum(c.values()), 4) if c else None

    fillers = [c for lbl, c in by_label.items() if lbl.startswith("filler")]
    filler_total = sum(sum(c.values()) for c in fillers)
    shown = args.warc.relative_to(HERE.parent) if args.warc.is_relative_to(HERE.parent) else args.warc
    out = {
        "command": f"python benchmarks/bench_news.py {shown} --repeat {args.repeat}"
                   + (" --compare-trafilatura" if args.compare_trafilatura else ""),
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "warc": {"file": args.warc.name, "megabytes_gzip": round(args.warc.stat().st_size / 1e6, 1),
                 "html_pages": pages, "html_megabytes": round(mb, 1),
                 "median_page_kb": round(statistics.median(map(len, payloads)) / 1e3, 1),
                 "pages_by_label": {k: sum(v.values()) for k, v in sorted(by_label.items())}},
        "read_pages_per_s": round(pages / med["read"], 1),
        "read_prefilter_pages_per_s": round(pages / med["read_prefilter"], 1),
        "prefilter_in_memory_pages_per_s": round(pages / med["prefilter_in_memory"], 1),
        "prefilter_kept": len(kept),
        "prefilter_recall_positive_heldout": share("positive_heldout", "kept"),
        "prefilter_recall_positive_tune": share("positive_tune", "kept"),
        "prefilter_recall_positive_heldout_on_clean_text": round(
            clean_kept["positive_heldout", True] / max(1, sum(clean_kept[k] for k in clean_kept
                                                              if k[0] == "positive_heldout")), 4),
        "prefilter_drop_rate_negative": share("negative", "dropped"),
        "prefilter_drop_rate_filler": round(sum(c["dropped"] for c in fillers) / filler_total, 4)
        if filler_total else None,
        "prefilter_by_label": {k: dict(v) for k, v in sorted(by_label.items())},
        "clean_html_articles_per_s": round(len(kept) / statistics.median(clean_runs), 1),
        "full_extraction_articles_per_s": round(len(kept) / statistics.median(full_runs), 1) if full_runs else None,
        "full_extraction_note": "decode + clean_html + extract on the pages the pre-filter kept" if full_runs
        else f"extractor not importable ({missing}): only clean_html measured",
        "victims_found": victims if full_runs else None,
        "trafilatura_extract": compare,
        "seconds_all": {k: [round(x, 3) for x in v] for k, v in
                        {**runs, "clean_html": clean_runs, "full_extraction": full_runs}.items()},
        "bars": {"prefilter_articles_per_s": 1000, "full_extraction_articles_per_s": 50,
                 "prefilter_recall_heldout": 0.99},
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "news.json").write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
