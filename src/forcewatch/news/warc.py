"""WARC archives (plain or gzip'd): each `response` or `resource` record with an HTML or text
payload -> an :class:`Article`; a truncated or damaged file ends with a :class:`Skipped`.
Read by FastWARC; called by :func:`forcewatch.news.read.iter_articles`.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastwarc.stream_io import BrotliReader, ChunkedReader
from fastwarc.warc import ArchiveIterator, WarcRecordType

from forcewatch.news.document import SNIFF, Ctx, read_document, too_large
from forcewatch.news.model import Article, Skipped

_TYPES = WarcRecordType.response | WarcRecordType.resource
TAIL = 1 << 20  # bytes at the end of a plain WARC searched for a record cut in its headers


@dataclass
class _WarcRun:
    records: int = 0              # records seen, of every type
    last: int | None = None       # file offset of the last one (of its gzip member in a .warc.gz)
    cut: str | None = None        # where a record was found cut off
    error: str | None = None      # FastWARC could not parse a record


def read_warc(path: Path, gz: bool, head: bytes, ctx: Ctx) -> Iterator[Article | Skipped]:
    """Each `response` (or `resource`) record with an HTML or text payload -> an Article;
    then a Skipped when the file turns out truncated or damaged.

    FastWARC stops quietly at a cut-off file, so the end is checked here: in a .warc.gz
    every gzip member from the last record on must be complete; in a .warc no record may
    start after the last one read. The item of the last record is held back until then:
    when its own member is the cut-off one it is not given out."""
    run, held = _WarcRun(), None
    with path.open("rb") as f:
        try:
            for item in _warc_records(path, f, run, ctx):
                if held is not None:
                    yield held
                held = item
        except OSError as e:  # FastWARC cannot parse a record header
            run.error = str(e)
    n = run.records
    end = _gzip_end(path, run.last) if gz else _plain_end(path, run.last)
    looks_warc = head.startswith(b"WARC/") or b"WARC/".startswith(head[:5])  # or cut inside "WARC/"
    if n == 0 and not looks_warc and end is None:
        yield Skipped(str(path), "not_warc", f"{path}: not a WARC file (it does not start with a WARC record)")
        return
    if end == "damaged" or (run.error and end is None and not run.cut):
        if held is not None:
            yield held
        yield Skipped(str(path), "bad_warc", f"{path}: damaged WARC after record {n} ({run.error or 'bad gzip data'}); "
                      "the rest of the file is not read")
        return
    last_cut = end == "last" and run.cut is None  # the last record read is itself cut off: its item is dropped
    if held is not None and not last_cut:
        yield held
    if run.cut or end or run.error:
        where = run.cut or (f"record {n} is cut off" if last_cut else f"the file ends inside record {n + 1}")
        yield Skipped(str(path), "truncated_warc", f"{path}: truncated WARC, {where}; "
                      f"the {n - 1 if run.cut or last_cut else n} records before it were read")


def _gzip_end(path: Path, last: int | None) -> str | None:
    """How a .warc.gz ends after the member at `last`: None (complete), "last" (that
    member is cut off), "later" (a later one is), "damaged" (bad gzip data)."""
    with path.open("rb") as f:
        start = last or 0
        f.seek(start)
        if f.read(2) != b"\x1f\x8b":  # not a member start: check the whole file
            start = 0
        f.seek(start)
        inflater, members = zlib.decompressobj(31), 1
        while chunk := f.read(1 << 20):
            while chunk:
                if inflater.eof:
                    inflater, members = zlib.decompressobj(31), members + 1
                try:
                    inflater.decompress(chunk, 1 << 16)
                    while inflater.unconsumed_tail:  # bounded memory: output is thrown away
                        inflater.decompress(inflater.unconsumed_tail, 1 << 16)
                except zlib.error:
                    return "damaged"
                chunk = inflater.unused_data if inflater.eof else b""
    if inflater.eof:
        return None
    return "last" if members == 1 and start == last else "later"


def _plain_end(path: Path, last: int | None) -> str | None:
    """"later" when a record starts after the one at `last` (cut off in its headers), else None."""
    size = path.stat().st_size
    start = 0 if last is None else max(last + 1, size - TAIL)
    with path.open("rb") as f:
        f.seek(start)
        tail = f.read()
    i = tail.find(b"WARC/1.")
    while i != -1:
        if start + i == 0 or tail[i - 1:i] == b"\n":
            return "later"
        i = tail.find(b"WARC/1.", i + 1)
    rest = tail[tail.rfind(b"\n") + 1:]  # the file ends inside "WARC/1.x"
    return "later" if rest and b"WARC/1.".startswith(rest[:7]) else None


def _warc_records(path: Path, f: Any, run: _WarcRun, ctx: Ctx) -> Iterator[Article | Skipped | None]:
    for record in ArchiveIterator(f, parse_http=True):
        run.records, run.last = run.records + 1, record.stream_pos
        n = run.records
        if not (record.headers.get("Content-Length") or "").strip().isdigit():  # every record has one: cut off
            run.cut = f"the headers of record {n} are cut off"
            return
        if not record.record_type & _TYPES:
            yield None
            continue
        origin = f"{path}#record {n}"
        length = record.content_length
        if length > ctx.max_bytes:
            yield too_large(origin, ctx.max_bytes, f"{length:,} bytes")
            continue
        body = record.reader.read()
        if len(body) < length:
            run.cut = f"record {n} is cut off after {len(body):,} of {length:,} bytes"
            return
        yield _warc_record(origin, record, body, ctx)


def _warc_record(origin: str, record: Any, body: bytes, ctx: Ctx) -> Article | Skipped | None:
    url = record.headers.get("WARC-Target-URI") or None
    if record.record_type == WarcRecordType.response:
        http = record.http_headers
        status = http.status_code if http is not None else None
        if status is not None and not 200 <= status < 300:
            return Skipped(origin, "not_article", f"{origin}: HTTP {status} response for {url}, not an article")
        ctype = (record.http_content_type or "").lower()
        charset = record.http_charset
        encoding = (http.get("Content-Encoding") or "").lower() if http is not None else ""
        chunked = http is not None and "chunked" in (http.get("Transfer-Encoding") or "").lower()
        body = _http_decode(body, encoding, chunked)
    else:
        ctype = (record.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        charset = None
    sniff = body[:SNIFF].lstrip().lower()
    html = "html" in ctype or (not ctype and re.match(rb"(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body)\b",
                                                      sniff, re.S) is not None)
    if not html and ctype and not ctype.startswith("text/"):
        return Skipped(origin, "not_article", f"{origin}: payload is {ctype} ({url}), not HTML or text")
    return read_document(origin, body, ctx, html=html, kind="warc", url=url, charset=charset)


def _http_decode(body: bytes, encoding: str, chunked: bool) -> bytes:
    """Undo HTTP transfer and content encodings kept in the WARC (most crawlers store them undone)."""
    try:
        if chunked and re.match(rb"[0-9a-fA-F]+\r?\n", body):
            body = ChunkedReader(io.BytesIO(body)).read() or body
        if encoding in ("gzip", "x-gzip", "deflate"):
            for wbits in (47, -15):  # gzip or zlib header; raw deflate (some servers send it as "deflate")
                try:
                    return zlib.decompress(body, wbits)
                except zlib.error:
                    continue
        if encoding == "br":
            return BrotliReader(io.BytesIO(body)).read() or body
    except OSError:  # not encoded after all, or damaged: read the bytes as they are
        pass
    return body
