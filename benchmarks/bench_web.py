"""Benchmark: the web app under load on loopback -- 50 concurrent clients, every page's data.

    python benchmarks/bench_web.py --data ../shared/data            # builds and links a store
    python benchmarks/bench_web.py --store forcewatch.duckdb        # an already linked store

Starts `forcewatch serve` (a separate process, as people run it) on a free port and, per
scenario, has `--clients` keep-alive HTTP/1.1 connections send requests back to back for
`--duration` seconds (a closed loop: each client waits for its answer, then asks again). The
client is a few lines of asyncio on raw sockets, so it costs the 2 shared cores little.

Each scenario walks a fixed list of realistic URLs -- 240 filter combinations for the explore
page's data, 3,000 different people, every coverage year -- so answers come from the server's
response cache when a URL was asked before, as when many readers open shared links. The whole
run is done twice: with the cache (how the server runs) and with `--cache-mb 0` (every answer
computed). Latency is from sending the request to having read the whole answer.

Writes benchmarks/results/web.json. Bar (issue #5): p95 < 100 ms for every page's data.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

import duckdb

HERE = Path(__file__).resolve().parent
BAR_P95_MS = 100.0
STATES = ["CA", "TX", "FL", "AZ", "GA", "IL", "NY", "OH", "WA", "CO", "OK", "NM", "PA", "MO", "LA", "NC", "TN",
          "MI", "NV", "AL"]
NAMES = ["smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez",
         "chicago", "houston", "los angeles", "phoenix", "county"]


def filter_sets(n: int, seed: int = 42) -> list[list[tuple[str, str]]]:
    """Realistic filter combinations: none, then 1-4 filters from the explore panel."""
    rnd = random.Random(seed)
    choices = [
        lambda: [("state", rnd.choice(STATES))],
        lambda: [("since", str(rnd.randint(2000, 2022)))],
        lambda: [("until", str(rnd.randint(2010, 2024)))],
        lambda: [("race", r) for r in rnd.sample(["black", "white", "hispanic", "asian", "native_american"],
                                                 rnd.randint(1, 2))],
        lambda: [("gender", rnd.choice(["male", "female"]))],
        lambda: [("age_max", str(rnd.choice([17, 21, 25])))],
        lambda: [("age_min", str(rnd.choice([18, 40, 60])))],
        lambda: [("armed", rnd.choice(["unarmed", "armed", "replica", "vehicle"]))],
        lambda: [("cause", rnd.choice(["gunshot", "taser", "vehicle", "restraint"]))],
        lambda: [("flee", rnd.choice(["not_fleeing", "foot", "vehicle"]))],
        lambda: [("source", rnd.choice(["wapo", "mpv", "guardian", "fe", "ksr"]))],
        lambda: [("body_camera", rnd.choice(["true", "false"]))],
        lambda: [("q", rnd.choice(NAMES))],
        lambda: [("city", rnd.choice(["Chicago", "Los Angeles", "Houston", "Phoenix", "Albuquerque"]))],
    ]
    out: list[list[tuple[str, str]]] = [[]]
    while len(out) < n:
        f: list[tuple[str, str]] = []
        for pick in rnd.sample(choices, rnd.randint(1, 4)):
            f += pick()
        out.append(sorted(f))
    return out


def scenarios(store: Path, seed: int = 42) -> dict[str, list[str]]:
    """Scenario name -> the URLs its clients walk through."""
    rnd = random.Random(seed)
    fs = filter_sets(240, seed)
    sorts = ["date", "name", "age", "state", "sources"]
    tables = []
    for f in fs:
        extra = [("sort", rnd.choice(sorts)), ("order", rnd.choice(["asc", "desc"]))]
        if rnd.random() < 0.3:
            extra.append(("page", str(rnd.randint(2, 5))))
        tables.append(f + extra)
    con = duckdb.connect(str(store), read_only=True)
    deaths = [d for (d,) in con.execute("SELECT death_id FROM clusters GROUP BY 1 ORDER BY 1").fetchall()]
    keys = con.execute("SELECT count(*) FROM (SELECT DISTINCT death_id FROM clusters)").fetchone()[0]
    con.close()
    people = rnd.sample(deaths, 3000)
    years = [""] + [f"?since={y}" for y in range(2000, 2025)]

    def q(params: list[tuple[str, str]]) -> str:
        return ("?" + urlencode(params)) if params else ""

    return {
        "explore page (HTML)": ["/" + q(t) for t in tables],
        "api: overview (chart)": ["/api/overview" + q(f) for f in fs],
        "api: deaths (table)": ["/api/deaths" + q(t) for t in tables],
        "api: map": ["/api/map" + q(f) for f in fs],
        "api: map popup (points)": [f"/api/points/{rnd.randint(1, keys)}" for _ in range(3000)],
        "person page (HTML)": ["/deaths/" + quote(d, safe="/:") for d in people],
        "api: person": ["/api/deaths/" + quote(d, safe="") for d in people],
        "coverage page (HTML)": ["/coverage" + y for y in years],
        "api: coverage": ["/api/coverage" + y for y in years],
        "api: filters": ["/api/filters"],
    }


# --- a tiny keep-alive HTTP/1.1 client -----------------------------------------------------------

async def _read_response(reader: asyncio.StreamReader) -> tuple[int, int, bool]:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed")
    status = int(status_line.split()[1])
    length, chunked, close = 0, False, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        k, _, v = line.decode("latin-1").partition(":")
        k, v = k.strip().lower(), v.strip().lower()
        if k == "content-length":
            length = int(v)
        elif k == "transfer-encoding" and "chunked" in v:
            chunked = True
        elif k == "connection" and v == "close":
            close = True
    size = 0
    if chunked:
        while True:
            n = int((await reader.readline()).strip(), 16)
            await reader.readexactly(n + 2)
            size += n
            if n == 0:
                break
    elif length:
        await reader.readexactly(length)
        size = length
    return status, size, close


async def _client(port: int, urls: list[str], start: int, stop_at: float, out: list[tuple[float, int, int]]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = start
    try:
        while time.perf_counter() < stop_at:
            url = urls[i % len(urls)]
            i += 1
            t0 = time.perf_counter()
            writer.write(f"GET {url} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: */*\r\n\r\n".encode())
            status, size, close = await _read_response(reader)
            out.append((time.perf_counter() - t0, status, size))
            if close:
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
    finally:
        writer.close()


async def _load(port: int, urls: list[str], clients: int, duration: float) -> list[tuple[float, int, int]]:
    out: list[tuple[float, int, int]] = []
    stop_at = time.perf_counter() + duration
    spread = max(1, len(urls) // clients)
    await asyncio.gather(*(_client(port, urls, c * spread, stop_at, out) for c in range(clients)))
    return out


def pct(sorted_ms: list[float], p: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(round(p / 100 * (len(sorted_ms) - 1))))]


def measure(port: int, urls: list[str], clients: int, duration: float) -> dict:
    t0 = time.perf_counter()
    res = asyncio.run(_load(port, urls, clients, duration))
    wall = time.perf_counter() - t0
    ms = sorted(r[0] * 1000 for r in res)
    bad = sum(1 for r in res if r[1] != 200)
    return {"requests": len(res), "distinct_urls": len(set(urls)), "rps": round(len(res) / wall, 1),
            "p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1), "p99_ms": round(pct(ms, 99), 1),
            "max_ms": round(ms[-1], 1), "mean_ms": round(statistics.fmean(ms), 1), "non_200": bad,
            "mean_bytes": round(statistics.fmean(r[2] for r in res))}


# --- the server ---------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, cache_mb: float, workers: int, threads: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    exe = shutil.which("forcewatch", path=str(Path(sys.executable).parent)) or "forcewatch"
    cmd = [exe, "serve", "--store", str(store), "--port", str(port), "--cache-mb", str(cache_mb),
           "--workers", str(workers), "--threads", str(threads)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/filters", timeout=2) as r:
                if r.status == 200:
                    return proc, port
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("server did not start")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()


def linked_store(args: argparse.Namespace) -> Path:
    if args.store:
        return args.store
    from forcewatch.build import build

    store = Path(tempfile.mkdtemp()) / "bench.duckdb"
    build(args.data, store)
    exe = shutil.which("forcewatch", path=str(Path(sys.executable).parent)) or "forcewatch"
    subprocess.run([exe, "link", "--store", str(store)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("FORCEWATCH_MIRROR", "../shared/data")))
    ap.add_argument("--store", type=Path, help="an already linked store (default: build and link from --data)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=10.0, help="seconds per scenario")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--threads", type=int, default=0, help="DuckDB threads per worker (0: all cores)")
    ap.add_argument("--only", help="run the scenarios whose name contains this text")
    ap.add_argument("--no-cold", action="store_true", help="skip the run without a response cache")
    args = ap.parse_args()
    store = linked_store(args)
    plan = {k: v for k, v in scenarios(store).items() if not args.only or args.only in k}
    con = duckdb.connect(str(store), read_only=True)
    size = {"records": con.execute("SELECT count(*) FROM records").fetchone()[0],
            "deaths": con.execute("SELECT count(DISTINCT death_id) FROM clusters").fetchone()[0]}
    con.close()
    runs = {}
    for mode, cache_mb in [("cached", 64.0)] + ([] if args.no_cold else [("no cache", 0.0)]):
        proc, port = start_server(store, cache_mb, args.workers, args.threads)
        try:
            results = {}
            for name, urls in plan.items():
                measure(port, urls, args.clients, 1.0)  # warm-up (not counted)
                r = results[name] = measure(port, urls, args.clients, args.duration)
                ok = "ok " if r["p95_ms"] < BAR_P95_MS else "SLOW"
                print(f"[{mode:8s}] {name:26s} {r['requests']:6d} req {r['rps']:7.1f}/s  p50 {r['p50_ms']:6.1f}  "
                      f"p95 {r['p95_ms']:6.1f}  p99 {r['p99_ms']:6.1f} ms  non-200 {r['non_200']}  {ok}", flush=True)
        finally:
            stop_server(proc)
        runs[mode] = results
    out = {"command": "python benchmarks/bench_web.py " + " ".join(sys.argv[1:]),
           "date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "clients": args.clients,
           "duration_s_per_scenario": args.duration, "workers": args.workers, "store": size,
           "bar_p95_ms": BAR_P95_MS, "runs": runs,
           "all_cached_p95_under_bar": all(r["p95_ms"] < BAR_P95_MS for r in runs.get("cached", {}).values())}
    (HERE / "results").mkdir(exist_ok=True)
    target = HERE / "results" / ("web.json" if not args.only else "web.partial.tmp")  # partial runs: not kept
    target.write_text(json.dumps(out, indent=2) + "\n")
    print(f"written to {target}")


if __name__ == "__main__":
    main()
