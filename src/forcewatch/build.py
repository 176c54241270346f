"""`forcewatch build`: every file of a data folder -> one new store.

Files are recognised by their header.  Each records file goes through its
adapter, then the shared validator; good rows become ``records``, bad rows go to
``quarantine`` with the reason, and every file gets a line in ``files`` with
rows read / imported / quarantined.  The database is written atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import pyarrow as pa

from . import __version__, population
from .importer import FileResult, Outcome, detect_any, import_path
from .readers import TABULAR_SUFFIXES, read_header
from .schema import create_records_sql
from .snapshots import MANIFEST, label_to_date, sha256_file
from .sources import LAYOUTS
from .sources.base import Layout, load_vocab, shared_vocabularies
from .store import AUX_DDL, atomic_build
from .validate import MappingError


@dataclass
class BuildResult:
    store: Path
    files: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 1

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


Item = tuple[FileResult, Path, "type[Layout] | None"]


def _safe_import(res: FileResult, path: Path, layout: type[Layout] | None,
                 agencies: dict[str, tuple[str, str | None]]) -> Outcome:
    """import_path, but an unexpected error fails only this file (and says why)."""
    try:
        return import_path(res, path, layout, agencies)
    except MappingError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported in the files table, build goes on
        res.status = "failed"
        res.message = f"import error: {type(exc).__name__}: {exc}"
        if layout is not None:
            res.layout, res.source, res.kind = layout.name, layout.source, layout.kind
        return Outcome(results=[res])


def _is_population(lay: type[Layout] | None) -> bool:
    return lay is not None and lay.kind == "population"


class _Builder:
    def __init__(self, data_dir: Path, progress: Callable[[str], None] | None):
        self.data_dir = data_dir
        self.progress = progress or (lambda _msg: None)
        self.out = Outcome()
        self.seen_sha: dict[str, str] = {}
        self.stems: set[str] = set()
        self.con: Any = None  # the new database, set by build()
        self.pending_population = 0
        self.population_written = False

    # -- planning ------------------------------------------------------------------
    def plan(self) -> list[Item]:
        """Recognise every file by its header; workbooks are recognised when read."""
        items: list[Item] = []
        for path in discover(self.data_dir):
            rel = str(path.relative_to(self.data_dir))
            size = path.stat().st_size
            is_book = path.name.lower().endswith(".xlsx")
            header = None if is_book or size == 0 else read_header(path)
            lay = detect_any(header) if header else None
            res = FileResult(path.name, rel, "", size)
            if size == 0:
                res.status, res.message = "failed", "file is empty"
            elif not is_book and lay is None:
                res.message = "layout not recognised from the header" if header else "no header"
            else:
                res.sha256 = sha256_file(path)
                if res.sha256 in self.seen_sha:
                    res.status = "duplicate"
                    res.message = f"same bytes as {self.seen_sha[res.sha256]}"
                else:
                    self.seen_sha[res.sha256] = rel
                    items.append((res, path, lay))
                    continue
            self.out.results.append(res)
        return items

    def merge(self, o: Outcome) -> None:
        self.out.results += o.results
        for t in o.records:  # written while the workers go on with other files
            self.con.register("records_arrow", self._unique_record_id(t))
            self.con.execute("INSERT INTO records SELECT * FROM records_arrow")
            self.con.unregister("records_arrow")
        self.out.quarantine += o.quarantine
        self.out.issues += o.issues
        self.out.aux += o.aux
        for k, v in o.population.items():
            self.out.population.setdefault(k, []).extend(v)

    def agencies_for(self, when: dt.date | None) -> dict[str, tuple[str, str | None]]:
        """The WaPo agencies table closest in date to a records snapshot."""
        if not self.out.aux:
            return {}
        best = min(self.out.aux, key=lambda d: abs(
            ((label_to_date(d["snapshot"].iloc[0] or "") or dt.date.max) - (when or dt.date.max)).days)
            if len(d) else 1 << 30)
        return {a: (n, o) for a, n, o in zip(best["agency_id"], best["name"], best["oricodes"])}

    def run(self, items: list[Item], workers: int) -> None:
        aux = [it for it in items if it[2] is not None and it[2].kind == "aux"]
        rest = [it for it in items if it not in aux]
        for res, path, lay in aux:
            self.progress(res.path)
            self.merge(_safe_import(res, path, lay, {}))
        # one agencies table for every records file: the newest (WaPo publishes one)
        agencies = self.agencies_for(None)
        # the workbook (slowest) first, then population (so its tables can be written while
        # records files are still being converted), then by size: keeps both workers busy
        rest.sort(key=lambda it: (it[2] is not None, not _is_population(it[2]), -it[0].bytes))
        self.pending_population = sum(1 for it in rest if _is_population(it[2]))
        pending = list(rest)
        if workers > 1 and len(rest) > 1:
            ctx = multiprocessing.get_context("fork")
            try:
                with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
                    futures = {pool.submit(_safe_import, res, path, lay, agencies): (res, path, lay)
                               for res, path, lay in rest}
                    for fut in as_completed(futures):
                        res, path, lay = futures[fut]
                        self._done(fut.result(), res, lay)
                        pending.remove((res, path, lay))
            except BrokenProcessPool:  # a worker died: finish the rest here, one by one
                pass
        for res, path, lay in pending:
            self._done(_safe_import(res, path, lay, agencies), res, lay)
        self._write_population()

    def _done(self, o: Outcome, res: FileResult, lay: type[Layout] | None) -> None:
        self.progress(res.path)
        self.merge(o)
        if _is_population(lay):
            self.pending_population -= 1
            if self.pending_population == 0:  # while the workers go on with records
                self._write_population()

    def _write_population(self) -> None:
        if not self.population_written:
            population.write(self.con, self.out.population)
            self.population_written = True

    def _unique_record_id(self, t: pa.Table) -> pa.Table:
        """Two files with the same name in one snapshot get their sha256 in the id."""
        if not len(t):
            return t
        stem = t.column("record_id")[0].as_py().rsplit("#", 1)[0]
        if stem in self.stems:
            sha = t.column("file_sha256")[0].as_py()[:8]
            ids = [x.replace(f"{stem}#", f"{stem}@{sha}#") for x in t.column("record_id").to_pylist()]
            t = t.set_column(0, "record_id", pa.array(ids, pa.string()))
        self.stems.add(stem)
        return t

    # -- writing -----------------------------------------------------------------------
    @staticmethod
    def create(con) -> None:
        con.execute(create_records_sql())
        for ddl in AUX_DDL.values():
            con.execute(ddl)

    def write(self, con) -> None:
        """Everything but the records, which :meth:`merge` has written already."""
        o = self.out
        self._insert(con, "quarantine", o.quarantine)
        self._insert(con, "issues", o.issues)
        self._insert(con, "files", [r.__dict__ for r in o.results])
        if o.aux:
            ag = pd.concat(o.aux, ignore_index=True)  # noqa: F841
            con.execute("INSERT INTO wapo_agencies SELECT snapshot, agency_id, name, type, state, "
                        "oricodes, total_shootings FROM ag")
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
            CREATE VIEW records_raw AS
            SELECT r.record_id, r.source, r.snapshot, r.file, r."row",
                   to_json(map_from_entries(list_zip(f.raw_keys,
                       json_transform(r.raw, '["VARCHAR"]')))) AS raw
            FROM records r JOIN files f ON f.sha256 = r.file_sha256
             AND r.file = CASE WHEN f.sheet IS NULL THEN f.file ELSE f.file || ':' || f.sheet END""")
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


def _native_threads() -> int | None:
    """Threads of this process not started by Python (None where /proc is missing)."""
    try:
        return len(os.listdir("/proc/self/task")) - threading.active_count()
    except OSError:
        return None


#: native threads right after our imports (numpy/pyarrow pools): forking with only these is safe
_BASE_NATIVE_THREADS = _native_threads()


def default_workers() -> int:
    """Worker processes for a build: one per core, at most 2 (the work is a few files).
    One (no fork) when the process runs more native threads than after import, e.g. an
    open DuckDB connection's pool: forking such a process can leave a child stuck or dead."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    now = _native_threads()
    if now is None or _BASE_NATIVE_THREADS is None or now > _BASE_NATIVE_THREADS:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def build(data_dir: str | Path, store: str | Path,
          progress: Callable[[str], None] | None = None, workers: int | None = None
          ) -> BuildResult:
    """Build a new store at `store` from every recognised file under `data_dir`.

    Files are imported in `workers` processes (default: :func:`default_workers`)."""
    t0 = time.perf_counter()
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"data folder {data_dir} does not exist")
    workers = default_workers() if workers is None else workers
    b = _Builder(data_dir, progress)
    items = b.plan()
    for lay in LAYOUTS:  # load mapping tables once, before worker processes fork
        with contextlib.suppress(FileNotFoundError):
            load_vocab(lay.name)
    with atomic_build(store) as con:
        b.con = con
        # no automatic checkpoints mid-build: they rewrite the growing row groups again and
        # again; one checkpoint at the end compresses everything once (measured: -0.5 s)
        con.execute("SET checkpoint_threshold = '4GB'")
        b.create(con)
        b.run(items, workers)
        b.write(con)
    result = BuildResult(Path(store), sorted(b.out.results, key=lambda r: (r.path, r.sheet or "")),
                         workers=workers)
    result.seconds = time.perf_counter() - t0
    return result
