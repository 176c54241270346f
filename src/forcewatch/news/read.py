"""Read news articles from files and folders: plain text, HTML pages, RSS/Atom feeds
and WARC archives (plain or gzip), each optionally gzip'd, into :class:`Article` items.

    for item in iter_articles(["articles/", "crawl.warc.gz"], published=date(2021, 4, 30)):
        if isinstance(item, Skipped):
            print(item.origin, item.reason, item.message)

Nothing is dropped silently: an input item that cannot be read (empty, binary, too
large, not English, no readable text, a truncated WARC...) comes out as a
:class:`Skipped` with a reason code and a message naming the file and the record or
entry, and the run goes on. The reason codes are listed in ``docs/news-input.md``.

The publication date comes from the page or feed metadata; the ``published`` date given
by the caller is used only when the item has none of its own.

This module dispatches files, folders and feeds; the rest is in small modules, their
public names importable from here too: :mod:`forcewatch.news.clean` (decoding, HTML and
text cleaning with resiliparse and ``news/data/boilerplate.yaml``, metadata, dates,
language), :mod:`forcewatch.news.document` (one document -> Article or Skipped) and
:mod:`forcewatch.news.warc` (WARC archives).
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

from forcewatch.news.clean import clean_fragment, clean_html, clean_text, decode, is_english, parse_date
from forcewatch.news.document import SNIFF, Ctx, Keep, read_document, too_large
from forcewatch.news.model import Article, Skipped
from forcewatch.news.warc import read_warc

# the public names of the reader, some defined in clean.py and document.py (callers import them from here)
__all__ = ["FEED_SUFFIXES", "HTML_SUFFIXES", "MAX_BYTES", "SNIFF", "WARC_SUFFIXES", "Article", "Keep", "ReadStats",
           "Skipped", "clean_html", "clean_text", "decode", "is_english", "iter_articles", "parse_date"]

log = logging.getLogger(__name__)

MAX_BYTES = 10_000_000
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
WARC_SUFFIXES = (".warc", ".arc")


@dataclass
class ReadStats:
    """Counts of one run; pass one to :func:`iter_articles` to have it filled."""

    files: int = 0
    articles: int = 0
    filtered: int = 0                                         # dropped by the `keep` pre-filter
    skipped: Counter = field(default_factory=Counter)         # reason -> count


# --------------------------------------------------------------------------- entry point

def iter_articles(paths: Iterable[str | Path] | str | Path, published: date | None = None,
                  max_bytes: int = MAX_BYTES, keep: Keep | None = None,
                  stats: ReadStats | None = None) -> Iterator[Article | Skipped]:
    """Every article in `paths` (files, or folders read recursively), and a Skipped per bad item.

    `published` is used for items whose own metadata gives no date. `keep`, when given,
    is called on each item's raw content (HTML or text, before any cleaning; bytes for
    WARC payloads) and items it rejects are neither cleaned nor yielded, only counted in
    ``stats.filtered`` -- pass :func:`forcewatch.news.prefilter.likely` to filter cheaply.
    """
    ctx = Ctx(published, max_bytes, keep, stats if stats is not None else ReadStats())
    for path in _files([paths] if isinstance(paths, (str, Path)) else paths):
        if isinstance(path, Skipped):
            items: Iterable[Article | Skipped] = [path]
        else:
            ctx.stats.files += 1
            items = _read_file(path, ctx)
        for item in items:
            if isinstance(item, Skipped):
                ctx.stats.skipped[item.reason] += 1
            else:
                ctx.stats.articles += 1
            yield item


def _files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    for p in map(Path, paths):
        if p.is_dir():
            try:
                files = sorted(f for f in p.rglob("*") if f.is_file()
                               and not any(part.startswith(".") for part in f.relative_to(p).parts))
            except OSError as e:
                yield Skipped(str(p), "unreadable", f"{p}: the folder cannot be read ({e})")
                continue
            yield from files
        elif p.is_file():
            yield p
        else:
            yield Skipped(str(p), "not_found", f"{p}: no such file or folder")


def _read_file(path: Path, ctx: Ctx) -> Iterator[Article | Skipped]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield Skipped(origin, "empty", f"{path}: the file is empty")
            return
        with path.open("rb") as f:
            head = f.read(SNIFF)
        gz = head[:2] == b"\x1f\x8b"
        if gz:  # the first bytes once decompressed (tolerating a cut-off file)
            with path.open("rb") as f:
                head = zlib.decompressobj(31).decompress(f.read(1 << 16), SNIFF)
        kind = _kind(path, head)
        if kind == "warc":
            yield from read_warc(path, gz, head, ctx)
            return
        if size > ctx.max_bytes:
            yield too_large(origin, ctx.max_bytes, f"{size:,} bytes")
            return
        with (gzip.open(path, "rb") if gz else path.open("rb")) as f:
            data = f.read(ctx.max_bytes + 1)
        if len(data) > ctx.max_bytes:
            yield too_large(origin, ctx.max_bytes, "once decompressed")
        elif kind == "feed":
            yield from _read_feed(path, data, ctx)
        else:
            item = read_document(origin, data, ctx, html=kind == "html", kind=kind, url=path.resolve().as_uri())
            if item is not None:
                yield item
    except EOFError:
        yield Skipped(origin, "truncated", f"{path}: the gzip stream is cut off (truncated file)")
    except (OSError, zlib.error) as e:
        yield Skipped(origin, "unreadable", f"{path}: cannot be read ({e})")


def _kind(path: Path, head: bytes) -> str:
    name = path.name.lower().removesuffix(".gz")
    suffix = Path(name).suffix
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if start.startswith(b"warc/") or suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in FEED_SUFFIXES or re.search(rb"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:rdf)\b",
                                            start, re.S):
        return "feed"
    if suffix in HTML_SUFFIXES or re.match(rb"(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body)\b", start, re.S):
        return "html"
    return "text"


# --------------------------------------------------------------------------- feeds

def _read_feed(path: Path, data: bytes, ctx: Ctx) -> Iterator[Article | Skipped]:
    feed = feedparser.parse(data)
    if not feed.entries:
        if feed.bozo:
            yield Skipped(str(path), "bad_feed", f"{path}: not a readable RSS/Atom feed ({feed.bozo_exception})")
        else:
            yield Skipped(str(path), "empty", f"{path}: the feed has no entries")
        return
    if feed.bozo:
        log.info("%s: malformed feed, %d entries recovered (%s)", path, len(feed.entries), feed.bozo_exception)
    for i, entry in enumerate(feed.entries, start=1):
        origin = f"{path}#entry {i}"
        body, is_html = _entry_body(entry)
        title = (entry.get("title") or "").strip() or None
        if not body.strip():
            yield Skipped(origin, "no_text", f"{origin}: the feed entry has no content and no summary")
            continue
        if ctx.keep is not None and not ctx.keep(f"{title or ''}\n{body}"):
            ctx.stats.filtered += 1
            continue
        try:
            text = clean_fragment(body) if is_html else clean_text(body)
        except Exception as e:  # hostile input must not stop the run
            yield Skipped(origin, "unreadable", f"{origin}: could not be read ({type(e).__name__}: {e})")
            continue
        if not text:
            yield Skipped(origin, "no_text", f"{origin}: no readable text in the feed entry")
        elif not is_english(text):
            yield Skipped(origin, "not_english", f"{origin}: the text does not look English (too few English "
                          "function words); not read")
        else:
            when = parse_date(entry.get("published") or entry.get("updated") or entry.get("created") or "")
            yield Article(text=text, title=title, url=entry.get("link") or None,
                          published=when or ctx.published, origin=origin, kind="feed")


def _entry_body(entry: Any) -> tuple[str, bool]:
    """The entry's longest content (Atom content / RSS content:encoded), else its summary."""
    best, html = "", False
    for c in entry.get("content") or []:
        value = c.get("value") or ""
        if len(value) > len(best):
            best, html = value, "html" in (c.get("type") or "html")
    if not best.strip():
        best = entry.get("summary") or entry.get("description") or ""
        detail = entry.get("summary_detail") or {}
        html = "html" in (detail.get("type") or "html")
    return best, html
