"""`forcewatch build`: every file of a data folder -> one new store.

Files are recognised by their header.  Each records file goes through its
adapter, then the shared validator; good rows become ``records``, bad rows go to
``quarantine`` with the reason, and every file gets a line in ``files`` with
rows read / imported / quarantined.  The database is written atomically.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from . import __version__, population
from .readers import TABULAR_SUFFIXES, RawTable, ReadError, read_header, read_table
from .schema import COLUMNS, create_records_sql
from .snapshots import MANIFEST, label_to_date, resolve, sha256_file
from .sources import LAYOUTS, detect
from .sources.base import ERROR, ImportContext, Layout, shared_vocabularies
from .store import AUX_DDL, atomic_build
from .validate import check, complete

_ARROW = {"VARCHAR": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int32(),
          "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "VARCHAR[]": pa.list_(pa.string()),
          "JSON": pa.string()}
RECORDS_SCHEMA = pa.schema([(c.name, _ARROW[c.sql_type]) for c in COLUMNS])


@dataclass
class FileResult:
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


@dataclass
class BuildResult:
    store: Path
    files: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def records(self) -> int:
        return sum(f.imported for f in self.files if f.kind == "records")

    @property
    def quarantined(self) -> int:
        return sum(f.quarantined for f in self.files)


def discover(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(data_dir).parts)
                  and p.name.lower().endswith(TABULAR_SUFFIXES) and p.name != MANIFEST)


def _raw_json(table: RawTable) -> list[str]:
    """Each row as a JSON object header -> value, built by DuckDB (fast, exact)."""
    raw = pa.table({k: pa.array(table.columns[k], type=pa.string()) for k in table.keys})
    con = duckdb.connect()
    try:
        con.register("raw_rows", raw)
        return [r[0] for r in con.execute("SELECT to_json(t)::VARCHAR FROM raw_rows t").fetchall()]
    finally:
        con.close()


class _Builder:
    def __init__(self, data_dir: Path, progress: Callable[[str], None] | None):
        self.data_dir = data_dir
        self.progress = progress or (lambda _msg: None)
        self.results: list[FileResult] = []
        self.record_frames: list[pa.Table] = []
        self.quarantine: list[dict[str, Any]] = []
        self.issues: list[dict[str, Any]] = []
        self.agencies: list[pd.DataFrame] = []
        self.population: dict[str, list[pd.DataFrame]] = {}
        self.seen_sha: dict[str, str] = {}
        self.used_ids: set[str] = set()

    # -- planning ------------------------------------------------------------------
    def plan(self) -> list[tuple[FileResult, type[Layout] | None, RawTable | None, Path]]:
        items = []
        for path in discover(self.data_dir):
            rel = str(path.relative_to(self.data_dir))
            res = FileResult(path.name, rel, sha256_file(path), path.stat().st_size)
            if res.sha256 in self.seen_sha:
                res.status, res.message = "duplicate", f"same bytes as {self.seen_sha[res.sha256]}"
                self.results.append(res)
                continue
            self.seen_sha[res.sha256] = rel
            if res.bytes == 0:
                res.status, res.message = "failed", "file is empty"
                self.results.append(res)
                continue
            if path.name.lower().endswith(".xlsx"):
                try:
                    sheets = read_table(path)
                except ReadError as exc:
                    res.status, res.message = "failed", str(exc)
                    self.results.append(res)
                    continue
                detected = [(t, self._detect(t.header)) for t in sheets]
                matched = [(t, lay) for t, lay in detected if lay]
                for t, lay in detected:
                    if lay is None:
                        self.results.append(FileResult(
                            path.name, rel, res.sha256, res.bytes, sheet=t.sheet,
                            rows_read=t.rows_read, header=list(t.header),
                            message="sheet layout not recognised (a summary sheet?)"))
                for t, lay in matched:
                    r = FileResult(path.name, rel, res.sha256, res.bytes, sheet=t.sheet)
                    items.append((r, lay, t, path))
                continue
            header = read_header(path)
            lay = self._detect(header) if header else None
            if lay is None:
                res.message = "layout not recognised from the header" if header else "no header"
                self.results.append(res)
                continue
            items.append((res, lay, None, path))
        order = {"aux": 0, "population": 1, "records": 2}
        return sorted(items, key=lambda it: order[it[1].kind])  # type: ignore[index]

    @staticmethod
    def _detect(header: list[str]) -> type[Layout] | None:
        return detect(header) or population.detect(header)

    # -- per file ----------------------------------------------------------------------
    def run_file(self, res: FileResult, lay: type[Layout], table: RawTable | None,
                 path: Path) -> None:
        res.layout, res.source, res.kind, res.header = lay.name, lay.source, lay.kind, None
        self.results.append(res)
        try:
            tables = [table] if table is not None else read_table(path)
        except ReadError as exc:
            res.status, res.message = "failed", str(exc)
            return
        table = tables[0]
        res.header = list(table.header)
        res.encoding = table.encoding
        res.rows_read = table.rows_read
        if table.notes:
            res.message = "; ".join(table.notes)
        label, how = resolve(path, res.sha256)
        res.snapshot, res.snapshot_from = label, how
        res.snapshot_date = label_to_date(label) if label else None
        ctx = ImportContext(file=res.file, source=lay.source, layout=lay.name,
                            snapshot=label or "", snapshot_date=res.snapshot_date,
                            rows=np.asarray(table.rows, dtype=np.int64))
        if lay.kind == "records":
            ctx.aux["wapo_agencies"] = self._agencies_for(res.snapshot_date)
        df = lay().convert(table, ctx)
        if lay.kind == "aux":
            df.insert(0, "snapshot", label)
            self.agencies.append(df)
            res.imported = len(df)
            res.status = "imported"
        elif lay.kind == "population":
            df["file"] = res.file
            self.population.setdefault(lay.table, []).append(df)  # type: ignore[attr-defined]
            res.imported = len(df)
            res.status = "imported"
        else:
            self._records(res, lay, table, df, ctx)
        for b in table.bad:
            self.quarantine.append(dict(source=lay.source, snapshot=res.snapshot, layout=lay.name,
                                        file=res.file, row=b.row, field=b.field, reason=b.reason,
                                        raw=json.dumps(b.raw, ensure_ascii=False)))
            self.issues.append(dict(severity=ERROR, source=lay.source, snapshot=res.snapshot,
                                    layout=lay.name, file=res.file, row=b.row, field=b.field,
                                    value=None, message=b.reason))
        res.quarantined += len(table.bad)
        for i in ctx.issues:
            self.issues.append(dict(severity=i.severity, source=lay.source, snapshot=res.snapshot,
                                    layout=lay.name, file=res.file, row=i.row, field=i.field,
                                    value=i.value, message=i.message))
        res.warnings = sum(1 for i in ctx.issues if i.severity != ERROR)

    def _agencies_for(self, when: dt.date | None) -> dict[str, tuple[str, str | None]]:
        if not self.agencies:
            return {}
        best = min(self.agencies, key=lambda d: abs(
            ((label_to_date(d["snapshot"].iloc[0] or "") or dt.date.max) - (when or dt.date.max)).days)
            if len(d) else 1 << 30)
        return {a: (n, o) for a, n, o in zip(best["agency_id"], best["name"], best["oricodes"])}

    def _records(self, res: FileResult, lay: type[Layout], table: RawTable, df: pd.DataFrame,
                 ctx: ImportContext) -> None:
        df = complete(df, ctx)
        if not res.snapshot:
            newest = max((d for d in df["date"] if d), default=None)
            res.snapshot = newest.isoformat() if newest else "undated"
            res.snapshot_date = newest
            ctx.snapshot, ctx.snapshot_date = res.snapshot, newest
        check(df, ctx)
        raw = _raw_json(table)
        fname = res.file if res.sheet is None else f"{res.file}:{res.sheet}"
        stem = f"{lay.source}/{res.snapshot}/{fname}"
        if stem in self.used_ids:
            stem = f"{stem}@{res.sha256[:8]}"
        self.used_ids.add(stem)
        df["record_id"] = [f"{stem}#{r}" for r in table.rows]
        df["source"] = lay.source
        df["snapshot"] = res.snapshot
        df["snapshot_date"] = res.snapshot_date
        df["layout"] = lay.name
        df["file"] = fname
        df["file_sha256"] = res.sha256
        df["row"] = table.rows
        df["raw"] = raw
        bad = np.zeros(len(df), dtype=bool)
        for i, reasons in ctx.bad_index.items():
            bad[i] = True
            self.quarantine.append(dict(
                source=lay.source, snapshot=res.snapshot, layout=lay.name, file=fname,
                row=int(table.rows[i]), field=reasons[0].split(":", 1)[0],
                reason="; ".join(reasons), raw=raw[i]))
        good = df.loc[~bad, list(RECORDS_SCHEMA.names)]
        self.record_frames.append(pa.Table.from_pydict(
            {c: pa.array(good[c].tolist(), type=RECORDS_SCHEMA.field(c).type)
             for c in RECORDS_SCHEMA.names}, schema=RECORDS_SCHEMA))
        res.imported = int((~bad).sum())
        res.quarantined = int(bad.sum())
        res.status = "imported"

    # -- writing -----------------------------------------------------------------------
    def write(self, con) -> None:
        con.execute(create_records_sql())
        for ddl in AUX_DDL.values():
            con.execute(ddl)
        if self.record_frames:
            con.register("records_arrow", pa.concat_tables(self.record_frames))
            con.execute("INSERT INTO records SELECT * FROM records_arrow")
            con.unregister("records_arrow")
        self._insert(con, "quarantine", self.quarantine)
        self._insert(con, "issues", self.issues)
        self._insert(con, "files", [r.__dict__ for r in self.results])
        if self.agencies:
            ag = pd.concat(self.agencies, ignore_index=True)  # noqa: F841
            con.execute("INSERT INTO wapo_agencies SELECT snapshot, agency_id, name, type, state, "
                        "oricodes, total_shootings FROM ag")
        population.write(con, self.population)
        vocab = [(v, str(code), label) for v, codes in shared_vocabularies().items()
                 for code, label in codes.items()]
        con.executemany("INSERT INTO vocabularies VALUES (?, ?, ?)", vocab)
        licences = {lay.source: lay.licence for lay in LAYOUTS}
        con.execute("""
            INSERT INTO snapshots
            SELECT source, snapshot, any_value(snapshot_date), count(*)::INTEGER, false, NULL
            FROM records GROUP BY ALL""")
        con.execute("""
            UPDATE snapshots s SET is_latest = true FROM (
              SELECT source, arg_max(snapshot, snapshot_date) AS snap FROM snapshots GROUP BY source
            ) l WHERE s.source = l.source AND s.snapshot = l.snap""")
        con.executemany("UPDATE snapshots SET licence = ? WHERE source = ?",
                        [(lic, src) for src, lic in licences.items()])
        con.execute("""
            CREATE VIEW records_latest AS
            SELECT r.* FROM records r
            JOIN snapshots s ON s.source = r.source AND s.snapshot = r.snapshot AND s.is_latest""")
        con.execute("""
            INSERT INTO issues
            SELECT 'warning', source, snapshot, any_value(layout), string_agg(DISTINCT file, ', '),
                   min("row"), 'source_id', source_id,
                   'id ' || source_id || ' appears in ' || count(*) || ' records of this snapshot'
            FROM records WHERE source_id IS NOT NULL
            GROUP BY source, snapshot, source_id
            HAVING count(*) > 1 AND count(DISTINCT file) > 1""")
        meta = {"forcewatch_version": __version__, "built_at": dt.datetime.now(dt.UTC).isoformat(),
                "data_dir": str(self.data_dir)}
        con.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))

    @staticmethod
    def _insert(con, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        frame = pd.DataFrame(rows)  # noqa: F841 (scanned by DuckDB)
        cols = ", ".join(f'"{c}"' for c in rows[0])
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM frame")


def build(data_dir: str | Path, store: str | Path,
          progress: Callable[[str], None] | None = None) -> BuildResult:
    """Build a new store at `store` from every recognised file under `data_dir`."""
    t0 = time.perf_counter()
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"data folder {data_dir} does not exist")
    b = _Builder(data_dir, progress)
    for res, lay, table, path in b.plan():
        b.progress(res.path)
        b.run_file(res, lay, table, path)
    with atomic_build(store) as con:
        b.write(con)
    result = BuildResult(Path(store), sorted(b.results, key=lambda r: (r.path, r.sheet or "")))
    result.seconds = time.perf_counter() - t0
    return result
