"""Benchmark: record linkage of all sources (issue #3): time, peak memory, accuracy.

    python benchmarks/bench_link.py --data ../shared/data

Builds a store in a subprocess (so the peak memory below is the linkage's), links it
with our model and with a plain "default splink" model, and writes
benchmarks/results/link.json. Bars: < 60 s, < 4 GB, adjudicated F1 >= 0.995 on
WaPo<->MPV (adjudication file: src/forcewatch/data/adjudication_wapo_mpv.csv).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from forcewatch.link import evaluate as ev
from forcewatch.link import link
from forcewatch.link.model import BLOCKING, DUPLICATE_FREE, NAME_DISAGREE_M
from forcewatch.link.prepare import prepare

HERE = Path(__file__).resolve().parent


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("FORCEWATCH_MIRROR",
                                                                      "../shared/data")))
    ap.add_argument("--threshold", type=float, default=0.9)
    args = ap.parse_args()
    store = Path(tempfile.mkdtemp()) / "bench.duckdb"
    subprocess.run([sys.executable, "-m", "forcewatch.cli", "build", "--data", str(args.data),
                    "--store", str(store)], check=True, capture_output=True)
    rss_before = _peak_mb()
    con = duckdb.connect(str(store))
    t0 = time.perf_counter()
    ours = link(con, threshold=args.threshold)
    seconds = round(time.perf_counter() - t0, 2)
    peak = _peak_mb()
    df = prepare(con)
    quality = {"forcewatch": ev.metrics(df, ours.clusters_df).to_dict(orient="records")}
    dis = ev.disagreements(df, ours.clusters_df, ours.pairs, "wapo-mpv")
    categories = ev.categorise(dis, args.threshold).value_counts().to_dict()
    t1 = time.perf_counter()
    base = link(con, threshold=args.threshold, config="default", write=False)
    base_seconds = round(time.perf_counter() - t1, 2)
    quality["default_splink"] = ev.metrics(df, base.clusters_df).to_dict(orient="records")
    base_dis = ev.disagreements(df, base.clusters_df, base.pairs, "wapo-mpv")
    adjudicated = {"forcewatch": ev.adjudicated_metrics(df, ours.clusters_df),
                   "default_splink": ev.adjudicated_metrics(df, base.clusters_df)}
    out = {
        "command": f"python benchmarks/bench_link.py --data {args.data}",
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "duckdb": duckdb.__version__},
        "threshold": args.threshold,
        "records": ours.records,
        "blocking_rules": [list(b) for b in BLOCKING],
        "pairs_scored": ours.pairs_scored,
        "pairs_kept_in_link_pairs": ours.pairs_kept,
        "pairs_at_or_above_threshold": ours.pairs_matched,
        "clusters": ours.clusters,
        "multi_source_clusters": ours.multi_source_clusters,
        "duplicate_free_sources": list(DUPLICATE_FREE),
        "name_disagree_m": NAME_DISAGREE_M,
        "link_seconds": seconds,
        "peak_rss_mb_before_link": rss_before,
        "peak_rss_mb_after_link": peak,
        "blocking_recall": ev.blocking_recall(df).to_dict(orient="records"),
        "quality": quality,
        "wapo_mpv_adjudicated": adjudicated,
        "wapo_mpv_disagreements": {"forcewatch": len(dis), "default_splink": len(base_dis)},
        "wapo_mpv_disagreement_categories": categories,
        "default_splink_seconds": base_seconds,
        "bars": {"seconds": 60, "peak_rss_mb": 4096, "wapo_mpv_adjudicated_f1": 0.995},
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "link.json").write_text(json.dumps(out, indent=2, default=str) + "\n")
    print(json.dumps(out, indent=2, default=str))


if __name__ == "__main__":
    main()
