"""Read raw tabular files (CSV, gzip CSV, XLSX, JSON Lines) into :class:`RawTable`.

Readers never drop a row silently: a row that cannot be read (wrong number of
fields, undecodable bytes, invalid JSON) is returned in ``RawTable.bad`` with
its row number and the reason, so the build can quarantine it.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

CHUNK = 1 << 20
TABULAR_SUFFIXES = (".csv", ".csv.gz", ".tsv", ".txt", ".xlsx", ".jsonl", ".json", ".jsonl.gz",
                    ".zip")


class ReadError(Exception):
    """The whole file cannot be read (empty, corrupt, not a table)."""


@dataclass
class BadRow:
    row: int
    field: str | None
    reason: str
    raw: Any


@dataclass
class RawTable:
    """Rows of one file (or one sheet) as strings, column by column."""

    path: Path
    header: list[str]
    keys: list[str]  # unique, non-empty column keys derived from the header
    columns: dict[str, list[Any]]
    rows: list[int]  # spreadsheet row number of each good row
    bad: list[BadRow] = field(default_factory=list)
    sheet: str | None = None
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    rows_read: int = 0

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> Iterator[dict[str, Any]]:
        for i in range(len(self.rows)):
            yield {k: self.columns[k][i] for k in self.keys}


def unique_keys(header: list[str]) -> list[str]:
    """Header names made unique and non-empty: '' -> column_<n>, repeats -> name_2."""
    keys: list[str] = []
    seen: set[str] = set()
    for i, h in enumerate(header, start=1):
        k = h.strip() or f"column_{i}"
        base, n = k, 2
        while k in seen:
            k = f"{base}_{n}"
            n += 1
        seen.add(k)
        keys.append(k)
    return keys


def _open_binary(path: Path):
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    if path.name.endswith(".zip"):
        zf = zipfile.ZipFile(path)
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) != 1:
            raise ReadError(f"{path.name}: expected one file in the zip, found {len(members)}")
        return zf.open(members[0])
    return open(path, "rb")


_SURROGATE = re.compile("[\udc80-\udcff]")
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")


def sniff_encoding(path: Path) -> tuple[str, str | None]:
    """Return (encoding, note). UTF-8 when every byte decodes; Windows-1252 when
    the file has no valid multi-byte UTF-8 at all (a legacy single-byte file);
    otherwise UTF-8 with undecodable bytes escaped (rows holding them are bad)."""
    dec = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    multibyte = False
    first_bad: int | None = None
    offset = 0
    try:
        with _open_binary(path) as fh:
            while chunk := fh.read(CHUNK):
                text = dec.decode(chunk)
                if first_bad is None and (m := _SURROGATE.search(text)):
                    first_bad = offset + len(text[: m.start()].encode("utf-8", "surrogateescape"))
                multibyte = multibyte or bool(_MULTIBYTE.search(text))
                if first_bad is not None and multibyte:
                    break
                offset += len(chunk)
    except (OSError, EOFError, gzip.BadGzipFile, zipfile.BadZipFile) as exc:
        raise ReadError(f"cannot read {path.name}: {exc}") from exc
    if first_bad is None:
        return "utf-8-sig", None
    if not multibyte:
        return "cp1252", (f"not valid UTF-8 (first bad byte at offset {first_bad}); "
                          "read as Windows-1252")
    return "utf-8-escaped", (f"invalid UTF-8 bytes (first at offset {first_bad}); "
                             "rows holding them are quarantined")


def _text_stream(path: Path, encoding: str) -> io.TextIOBase:
    if encoding == "utf-8-escaped":
        enc, errors = "utf-8", "surrogateescape"
    elif encoding == "cp1252":
        enc, errors = "cp1252", "surrogateescape"
    else:
        enc, errors = encoding, "strict"
    return io.TextIOWrapper(_open_binary(path), encoding=enc, errors=errors, newline="")


def _has_surrogate(value: str) -> bool:
    return any("\udc80" <= c <= "\udcff" for c in value)


def read_header(path: Path) -> list[str] | None:
    """First row only (cheap): used to recognise a file's layout."""
    name = path.name.lower()
    try:
        if name.endswith(".xlsx"):
            return None  # workbooks are recognised sheet by sheet in read_xlsx
        if name.endswith((".jsonl", ".json", ".jsonl.gz")):
            with _text_stream(path, "utf-8-escaped") as fh:
                line = fh.readline()
            obj = json.loads(line) if line.strip() else None
            return list(obj) if isinstance(obj, dict) else None
        with _text_stream(path, "utf-8-escaped") as fh:
            sample = fh.read(64 * 1024)
    except (OSError, EOFError, gzip.BadGzipFile, zipfile.BadZipFile, ReadError,
            json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not sample.strip():
        return None
    delim = _delimiter(sample)
    return next(csv.reader(io.StringIO(sample), delimiter=delim), None)


def _delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", "\t", ";", "|")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(path: Path) -> RawTable:
    encoding, note = sniff_encoding(path)
    with _text_stream(path, encoding) as fh:
        sample = fh.read(64 * 1024)
    if not sample.strip():
        raise ReadError(f"{path.name}: file is empty")
    delim = _delimiter(sample)
    if encoding == "utf-8-sig":
        fast = _read_csv_arrow(path, delim)
        if fast is not None:
            return fast
    with _text_stream(path, encoding) as fh:
        reader = csv.reader(fh, delimiter=delim)
        try:
            header = next(reader)
        except (csv.Error, StopIteration) as exc:
            raise ReadError(f"{path.name}: cannot read the header: {exc}") from exc
        keys = unique_keys(header)
        ncol = len(keys)
        cols: list[list[Any]] = [[] for _ in keys]
        rows: list[int] = []
        bad: list[BadRow] = []
        rowno = 1
        while True:
            try:
                rec = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                rowno += 1
                bad.append(BadRow(rowno, None, f"malformed CSV: {exc}", None))
                continue
            rowno += 1
            if not rec or (len(rec) == 1 and rec[0] == ""):
                rowno -= 1  # blank line: not a record
                continue
            if len(rec) != ncol:
                what = "truncated or missing fields" if len(rec) < ncol else "extra fields"
                bad.append(BadRow(rowno, None,
                                  f"row has {len(rec)} fields, header has {ncol} ({what})",
                                  dict(zip(keys, rec)) | ({"_extra": rec[ncol:]} if len(rec) > ncol else {})))
                continue
            if encoding != "utf-8-sig" and _SURROGATE.search("".join(rec)):
                broken = [keys[i] for i, v in enumerate(rec) if _has_surrogate(v)]
                if broken:
                    bad.append(BadRow(rowno, broken[0],
                                      f"invalid {'UTF-8' if encoding == 'utf-8-escaped' else encoding}"
                                      f" bytes in field '{broken[0]}'",
                                      {k: v.encode("utf-8", "surrogateescape").decode("latin-1")
                                       for k, v in zip(keys, rec)}))
                    continue
            for c, v in zip(cols, rec):
                c.append(v)
            rows.append(rowno)
    table = RawTable(path, header, keys, dict(zip(keys, cols)), rows, bad,
                     encoding=encoding, rows_read=rowno - 1)
    if note:
        table.notes.append(note)
    return table


def _read_csv_arrow(path: Path, delim: str) -> RawTable | None:
    """Fast path for a well-formed UTF-8 file: pyarrow's C++ reader. Returns None
    (and the careful row-by-row reader takes over) at the first irregularity."""
    import pyarrow as pa
    from pyarrow import csv as pacsv

    try:
        with _open_binary(path) as fh:
            head = fh.read(64 * 1024).decode("utf-8-sig", "replace")
        header = next(csv.reader(io.StringIO(head), delimiter=delim))
        keys = unique_keys(header)
        names = [f"c{i}" for i in range(len(keys))]
        with _open_binary(path) as fh:
            table = pacsv.read_csv(
                fh,
                read_options=pacsv.ReadOptions(column_names=names, skip_rows=1,
                                               use_threads=False),
                parse_options=pacsv.ParseOptions(delimiter=delim, newlines_in_values=True),
                convert_options=pacsv.ConvertOptions(
                    column_types={n: pa.string() for n in names}, strings_can_be_null=False,
                    quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, pa.ArrowException, ValueError, StopIteration, OSError, EOFError):
        return None
    cols = {k: table.column(i).to_pylist() for i, k in enumerate(keys)}
    n = table.num_rows  # blank lines are skipped, as the careful reader does
    return RawTable(path, header, keys, cols, list(range(2, n + 2)), encoding="utf-8-sig",
                    rows_read=n)


def read_jsonl(path: Path) -> RawTable:
    encoding, note = sniff_encoding(path)
    keys: list[str] = []
    cols: dict[str, list[Any]] = {}
    rows: list[int] = []
    bad: list[BadRow] = []
    n = 0
    lineno = 0
    with _text_stream(path, encoding) as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                bad.append(BadRow(lineno, None, f"invalid JSON: {exc}", line[:2000]))
                continue
            for k in obj:
                if k not in cols:
                    keys.append(k)
                    cols[k] = [None] * n
            for k in keys:
                v = obj.get(k)
                cols[k].append(v if v is None or isinstance(v, str) else json.dumps(v))
            rows.append(lineno)
            n += 1
    if not rows and not bad:
        raise ReadError(f"{path.name}: file is empty")
    table = RawTable(path, list(keys), list(keys), cols, rows, bad, encoding=encoding,
                     rows_read=len(rows) + len(bad))
    if note:
        table.notes.append(note)
    return table


def _cell(v: Any) -> Any:
    if v.__class__ is str or v is None:
        return v
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (int, float)):
        return str(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def read_xlsx(path: Path) -> list[RawTable]:
    """Every sheet of a workbook as a RawTable (header = first non-empty row)."""
    try:
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(os.fspath(path))
    except Exception as exc:  # calamine raises its own error types for corrupt zips
        raise ReadError(f"{path.name}: cannot open workbook: {exc}") from exc
    tables = []
    for sheet in wb.sheet_names:
        try:
            data = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except Exception as exc:
            raise ReadError(f"{path.name}: cannot read sheet '{sheet}': {exc}") from exc
        if not data:
            continue
        header = [_cell(h) or "" for h in data[0]]
        keys = unique_keys(header)
        width = len(keys)
        rows: list[int] = []
        body = []
        for i, rec in enumerate(data[1:], start=2):
            if any(v not in (None, "") for v in rec):
                rows.append(i)
                body.append(rec if len(rec) == width else (list(rec) + [None] * width)[:width])
        cols = [list(c) for c in zip(*body)] if body else [[] for _ in keys]
        for c in cols:  # convert numbers and dates to text, column by column
            if not all(v.__class__ is str for v in c):
                c[:] = [_cell(v) for v in c]
        tables.append(RawTable(path, header, keys, dict(zip(keys, cols)), rows, sheet=sheet,
                               rows_read=len(rows)))
    return tables


def read_table(path: Path) -> list[RawTable]:
    name = path.name.lower()
    if name.endswith(".xlsx"):
        return read_xlsx(path)
    if name.endswith((".jsonl", ".json", ".jsonl.gz")):
        return [read_jsonl(path)]
    return [read_csv(path)]
