"""Benchmark: full build of every mirrored file, against the time DuckDB and
calamine take just to read the same files.

    python benchmarks/bench_build.py --data ../shared/data

Writes benchmarks/results/build.json. Bars (issue #2): build <= 3 s and
<= 5x the read-only baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
from python_calamine import CalamineWorkbook

from forcewatch.build import build

HERE = Path(__file__).resolve().parent


def read_only(paths: list[Path]) -> float:
    """Time to read every file fully into memory with DuckDB / calamine."""
    t0 = time.perf_counter()
    con = duckdb.connect()
    for p in paths:
        name = p.name.lower()
        if name.endswith(".xlsx"):
            wb = CalamineWorkbook.from_path(str(p))
            for s in wb.sheet_names:
                wb.get_sheet_by_name(s).to_python()
        elif name.endswith(".jsonl"):
            con.execute("SELECT * FROM read_json(?, format='newline_delimited')", [str(p)]).fetchall()
        elif name.endswith(".zip"):
            import zipfile

            with zipfile.ZipFile(p) as z:
                member = z.namelist()[0]
                tmp = Path(tempfile.mkdtemp()) / member
                tmp.write_bytes(z.read(member))
            con.execute("SELECT * FROM read_csv(?, all_varchar=true, delim='\t', encoding='latin-1')",
                        [str(tmp)]).fetchall()
        else:
            con.execute("SELECT * FROM read_csv(?, all_varchar=true, strict_mode=false)",
                        [str(p)]).fetchall()
    con.close()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("FORCEWATCH_MIRROR",
                                                                      "../shared/data")))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    store = tmp / "bench.duckdb"
    result = build(args.data, store)  # warm-up (file cache, imports)
    files = sorted({args.data / f.path for f in result.files if f.status == "imported"})
    builds = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        build(args.data, store)
        builds.append(time.perf_counter() - t0)
    reads = [read_only(files) for _ in range(args.repeat)]
    cli = []
    exe = Path(sys.executable).with_name("forcewatch")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "build", "--quiet", "--data", str(args.data), "--store",
                        str(store)], check=True, capture_output=True)
        cli.append(time.perf_counter() - t0)
    out = {
        "command": f"python benchmarks/bench_build.py --data {args.data}",
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "files_imported": len(files),
        "records": result.records,
        "quarantined": result.quarantined,
        "build_seconds_median": round(statistics.median(builds), 3),
        "build_seconds_all": [round(x, 3) for x in builds],
        "cli_build_seconds_median": round(statistics.median(cli), 3),
        "read_only_baseline_seconds_median": round(statistics.median(reads), 3),
        "ratio_build_to_read": round(statistics.median(builds) / statistics.median(reads), 2),
        "bar_build_seconds": 3.0,
        "bar_ratio": 5.0,
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "build.json").write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
