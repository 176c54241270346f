"""Human-readable summaries printed by the CLI."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import duckdb
import pandas as pd
from rich.console import Console
from rich.table import Table

from .output import Format, rows, write

out = Console(width=160)


def print_build(result: Any, quiet: bool = False) -> None:
    imported = [f for f in result.files if f.status == "imported"]
    others = [f for f in result.files if f.status != "imported"]
    if not quiet:
        t = Table(title=f"Build of {result.store}", show_lines=False)
        for c in ("file", "layout", "source", "snapshot", "read", "imported", "quarantined",
                  "warnings"):
            t.add_column(c, justify="right" if c in ("read", "imported", "quarantined",
                                                     "warnings") else "left")
        for f in imported:
            name = f.path + (f" [{f.sheet}]" if f.sheet else "")
            t.add_row(name, f.layout, f.source, f.snapshot or "", f"{f.rows_read:,}",
                      f"{f.imported:,}", f"{f.quarantined:,}", f"{f.warnings:,}")
        out.print(t)
        failed = [f for f in others if f.status == "failed"]
        for f in failed:
            out.print(f"[red]failed[/red] {f.path}: {f.message}")
        skipped = Counter(str(Path(f.path).parent) for f in others if f.status != "failed")
        if skipped:
            out.print("not imported (no known layout, or a duplicate): " + ", ".join(
                f"{folder}/ {n}" for folder, n in sorted(skipped.items())))
    out.print(f"[bold]{len(imported)} files imported, {result.quarantined:,} rows quarantined, "
              f"{len([f for f in others if f.status == 'failed'])} files failed, "
              f"{result.records:,} records in all, in {result.seconds:.2f} s[/bold]")


HEADLINE_SQL = """
SELECT r.source, r.snapshot, count(*) AS records, min(r.date) AS first, max(r.date) AS last,
       count(r.age) AS with_age,
       -- NULL, not 0, for a source that records no ages at all
       CASE WHEN count(r.age) > 0 THEN count(*) FILTER (WHERE r.age < 18
            AND r.date >= DATE '2015-01-01') END AS under_18_since_2015,
       CASE WHEN count(r.age) > 0 THEN count(*) FILTER (WHERE r.age <= 15
            AND r.date >= DATE '2015-01-01') END AS age_15_or_less_since_2015
FROM records r JOIN snapshots s ON s.source = r.source AND s.snapshot = r.snapshot
GROUP BY ALL ORDER BY r.source, min(s.snapshot_date)
"""


def headline(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    df = con.execute(HEADLINE_SQL).df()
    write(df, Format.table, title="Headline numbers, every snapshot (sources overlap: do not add them)")
    return df


def print_diff(d: Any, fmt: Format, path: Path | None, limit: int) -> None:
    if Format(fmt) is not Format.table:
        payload = {"summary": d.summary(), "added": rows(d.added), "removed": rows(d.removed),
                   "changed": rows(d.changed)}
        if Format(fmt) is Format.json:
            import json

            text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
        else:
            frames = [d.added.assign(change="added"), d.removed.assign(change="removed"),
                      d.changed.assign(change="changed")]
            text = pd.concat(frames, ignore_index=True).to_csv(index=False)
        if path:
            path.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return
    s = d.summary()
    out.print(f"[bold]{d.source}: {d.old} -> {d.new}[/bold]  added {s['added']:,}, removed "
              f"{s['removed']:,}, changed {s['changed_records']:,} records")
    if s["changed_fields"]:
        out.print("changed fields: " + ", ".join(f"{k} {v:,}" for k, v in s["changed_fields"].items()))
    if s["not_compared"]:
        out.print("not compared (layouts differ): " + ", ".join(s["not_compared"]))
    if s["ambiguous_ids"]:
        out.print(f"[yellow]{s['ambiguous_ids']} ids occur more than once in a snapshot[/yellow]")
    for title, df in (("removed", d.removed), ("changed", d.changed), ("added", d.added)):
        if len(df):
            write(df.head(limit), Format.table, title=f"{title} (first {min(limit, len(df))} of "
                                                       f"{len(df):,})")


def print_fetch(results: Sequence[Any]) -> None:
    t = Table(title="fetch")
    for c in ("source", "file", "status", "bytes", "sha256", "path / error"):
        t.add_column(c)
    for r in results:
        t.add_row(r.source, r.file, r.status, f"{r.bytes or 0:,}", (r.sha256 or "")[:12],
                  str(r.error or r.path or ""))
    out.print(t)
