"""Import one file: read -> adapter -> validator -> Arrow table + quarantine + issues.

:func:`import_file` is a pure function of its arguments (no shared state), so the
build can run several of them in parallel worker processes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from . import population
from .readers import RawTable, ReadError, read_table
from .schema import COLUMNS
from .snapshots import label_to_date, resolve
from .sources import detect
from .sources.base import ERROR, ImportContext, Layout
from .validate import check, complete

_ARROW = {"VARCHAR": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int32(),
          "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "VARCHAR[]": pa.list_(pa.string()),
          "JSON": pa.string()}
RECORDS_SCHEMA = pa.schema([(c.name, _ARROW[c.sql_type]) for c in COLUMNS])


@dataclass
class FileResult:
    """One line of the build summary and of the `files` table."""

    file: str
    path: str
    sha256: str
    bytes: int
    status: str = "skipped"  # imported | skipped | failed | duplicate
    kind: str | None = None  # records | aux | population
    sheet: str | None = None
    layout: str | None = None
    source: str | None = None
    snapshot: str | None = None
    snapshot_date: dt.date | None = None
    snapshot_from: str | None = None
    encoding: str | None = None
    rows_read: int = 0
    imported: int = 0
    quarantined: int = 0
    warnings: int = 0
    message: str = ""
    header: list[str] | None = None
    raw_keys: list[str] | None = None  # names of the values in records.raw


@dataclass
class Outcome:
    """Everything one file (or one workbook) contributes to the store."""

    results: list[FileResult] = field(default_factory=list)
    records: list[pa.Table] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)
    aux: list[pd.DataFrame] = field(default_factory=list)
    population: dict[str, list[pd.DataFrame]] = field(default_factory=dict)


def detect_any(header: list[str]) -> type[Layout] | None:
    return detect(header) or population.detect(header)


_JSON_CON: dict[int, duckdb.DuckDBPyConnection] = {}


def raw_json(table: RawTable) -> pa.Array:
    """Each row as a JSON array of its values in file order, built by DuckDB (fast,
    exact). The column names are kept once per file (`files.raw_keys`)."""
    raw = pa.table({f"c{i}": pa.array(table.columns[k], type=pa.string())
                    for i, k in enumerate(table.keys)})
    con = _JSON_CON.get(os.getpid())  # one in-memory connection per process
    if con is None:
        con = _JSON_CON[os.getpid()] = duckdb.connect()
    con.register("raw_rows", raw)
    cols = ", ".join(f"c{i}" for i in range(len(table.keys)))
    try:
        return con.sql(f"SELECT to_json([{cols}])::VARCHAR FROM raw_rows").to_arrow_table().column(0)
    finally:
        con.unregister("raw_rows")


def import_path(res: FileResult, path: Path, layout: type[Layout] | None,
                agencies: dict[str, tuple[str, str | None]]) -> Outcome:
    """Import a planned file; a workbook (layout None) is recognised sheet by sheet."""
    out = Outcome()
    try:
        tables = read_table(path)
    except ReadError as exc:
        res.status, res.message = "failed", str(exc)
        if layout is not None:
            res.layout, res.source, res.kind = layout.name, layout.source, layout.kind
        out.results.append(res)
        return out
    if layout is not None:
        import_table(res, tables[0], layout, path, agencies, out)
        return out
    for t in tables:  # workbook: every sheet gets a line; known sheets are imported
        r = FileResult(res.file, res.path, res.sha256, res.bytes, sheet=t.sheet,
                       rows_read=t.rows_read, header=list(t.header))
        lay = detect_any(t.header)
        if lay is None:
            r.message = "sheet layout not recognised (a summary sheet?)"
            out.results.append(r)
        else:
            import_table(r, t, lay, path, agencies, out)
    return out


def import_table(res: FileResult, table: RawTable, lay: type[Layout], path: Path,
                 agencies: dict[str, tuple[str, str | None]], out: Outcome) -> None:
    res.layout, res.source, res.kind = lay.name, lay.source, lay.kind
    res.header = list(table.header)
    res.raw_keys = list(table.keys)
    res.encoding = table.encoding
    res.rows_read = table.rows_read
    res.message = "; ".join(table.notes)
    out.results.append(res)
    label, how = resolve(path, res.sha256)
    res.snapshot, res.snapshot_from = label, how
    res.snapshot_date = label_to_date(label) if label else None
    ctx = ImportContext(file=res.file, source=lay.source, layout=lay.name,
                        snapshot=label or "", snapshot_date=res.snapshot_date,
                        rows=np.asarray(table.rows, dtype=np.int64))
    ctx.aux["wapo_agencies"] = agencies
    df = lay().convert(table, ctx)
    res.status = "imported"
    if lay.kind == "aux":
        df.insert(0, "snapshot", label)
        out.aux.append(df)
        res.imported = len(df)
    elif lay.kind == "population":
        df["file"] = res.file
        out.population.setdefault(lay.table, []).append(df)  # type: ignore[attr-defined]
        res.imported = len(df)
    else:
        _records(res, lay, table, df, ctx, out)
    prov = dict(source=lay.source, snapshot=res.snapshot, layout=lay.name, file=res.file)
    for b in table.bad:
        out.quarantine.append(dict(prov, row=b.row, field=b.field, reason=b.reason,
                                   raw=json.dumps(b.raw, ensure_ascii=False)))
        out.issues.append(dict(prov, severity=ERROR, row=b.row, field=b.field, value=None,
                               message=b.reason))
    res.quarantined += len(table.bad)
    out.issues.extend(dict(prov, severity=i.severity, row=i.row, field=i.field, value=i.value,
                           message=i.message) for i in ctx.issues)
    res.warnings = sum(1 for i in ctx.issues if i.severity != ERROR)


def _records(res: FileResult, lay: type[Layout], table: RawTable, df: pd.DataFrame,
             ctx: ImportContext, out: Outcome) -> None:
    df = complete(df, ctx)
    if not res.snapshot:
        newest = max((d for d in df["date"] if d), default=None)
        res.snapshot = newest.isoformat() if newest else "undated"
        res.snapshot_date = newest
        ctx.snapshot, ctx.snapshot_date = res.snapshot, newest
    check(df, ctx)
    raw = raw_json(table)
    fname = res.file if res.sheet is None else f"{res.file}:{res.sheet}"
    bad = np.zeros(len(df), dtype=bool)
    for i, reasons in ctx.bad_index.items():
        bad[i] = True
        out.quarantine.append(dict(
            source=lay.source, snapshot=res.snapshot, layout=lay.name, file=fname,
            row=int(table.rows[i]), field=reasons[0].split(":", 1)[0],
            reason="; ".join(reasons),
            raw=json.dumps(dict(zip(table.keys, json.loads(raw[i].as_py()))), ensure_ascii=False)))
    keep = ~bad
    n = int(keep.sum())
    rows = np.asarray(table.rows, dtype=np.int64)[keep]
    stem = f"{lay.source}/{res.snapshot}/{fname}"
    const = {"source": lay.source, "snapshot": res.snapshot, "snapshot_date": res.snapshot_date,
             "layout": lay.name, "file": fname, "file_sha256": res.sha256}
    arrays = []
    for f in RECORDS_SCHEMA:
        if f.name in const:
            arrays.append(pa.array([const[f.name]] * n, type=f.type))
        elif f.name == "record_id":
            arrays.append(pa.array([f"{stem}#{r}" for r in rows], type=f.type))
        elif f.name == "row":
            arrays.append(pa.array(rows, type=f.type))
        elif f.name == "raw":
            arrays.append(raw.filter(pa.array(keep)))
        else:
            arrays.append(pa.array(df[f.name].to_numpy(dtype=object)[keep], type=f.type,
                                   from_pandas=True))
    out.records.append(pa.Table.from_arrays(arrays, schema=RECORDS_SCHEMA))
    res.imported = n
    res.quarantined = int(bad.sum())
