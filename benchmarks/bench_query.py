"""Benchmark: the common queries on the full store (median and p95 of N runs).

    python benchmarks/bench_query.py --data ../shared/data

Writes benchmarks/results/query.json. Bar (issue #2): a filtered count < 10 ms median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from forcewatch.analysis.query import Query, count
from forcewatch.analysis.rates import rates
from forcewatch.build import build
from forcewatch.store import connect

HERE = Path(__file__).resolve().parent

QUERIES = {
    "count, newest snapshots": lambda con: count(con, Query()),
    "filtered count: minors since 2015": lambda con: count(
        con, Query(since=dt.date(2015, 1, 1), age_max=17)),
    "filtered count: IL, black, unarmed": lambda con: count(
        con, Query(state=["IL"], race=["black"], armed=["unarmed"])),
    "minors by age band and race, all snapshots": lambda con: count(
        con, Query(all_snapshots=True, since=dt.date(2015, 1, 1), age_max=17,
                   by=["age_band", "race"], age_bands="0-15,16-17")),
    "by year and state": lambda con: count(con, Query(by=["year", "state"])),
    "by agency (unnested)": lambda con: count(con, Query(by=["agency"])),
    "agency substring filter": lambda con: count(con, Query(agency="Chicago")),
    "rates by state": lambda con: rates(con, Query(since=dt.date(2015, 1, 1)), by="state"),
    "rates by city": lambda con: rates(con, Query(since=dt.date(2015, 1, 1)), by="city"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("FORCEWATCH_MIRROR",
                                                                      "../shared/data")))
    ap.add_argument("--runs", type=int, default=100)
    args = ap.parse_args()
    store = Path(tempfile.mkdtemp()) / "bench.duckdb"
    build(args.data, store)
    con = connect(store)
    results = {}
    for name, fn in QUERIES.items():
        fn(con)  # warm-up
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            fn(con)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        results[name] = {"median_ms": round(statistics.median(times), 2),
                         "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2)}
        print(f"{name:45s} median {results[name]['median_ms']:7.2f} ms   "
              f"p95 {results[name]['p95_ms']:7.2f} ms")
    out = {"command": f"python benchmarks/bench_query.py --data {args.data}",
           "runs": args.runs, "records": con.execute("SELECT count(*) FROM records").fetchone()[0],
           "queries": results, "bar_filtered_count_median_ms": 10}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "query.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
