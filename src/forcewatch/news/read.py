"""Read news articles from files and folders: plain text, HTML pages, RSS/Atom feeds
and WARC archives (plain or gzip), each optionally gzip'd, into :class:`Article` items.

    for item in iter_articles(["articles/", "crawl.warc.gz"], published=date(2021, 4, 30)):
        if isinstance(item, Skipped):
            print(item.origin, item.reason, item.message)

Nothing is dropped silently: an input item that cannot be read (empty, binary, too
large, not English, no readable text, a truncated WARC...) comes out as a
:class:`Skipped` with a reason code and a message naming the file and the record or
entry, and the run goes on. The reason codes are listed in ``docs/news-input.md``.

HTML is cleaned with resiliparse (main-content extraction in C++, about 1 ms a page),
then boilerplate lines are removed by :func:`clean_text` with the patterns of
``news/data/boilerplate.yaml``. The publication date comes from the page or feed
metadata; the ``published`` date given by the caller is used only when the item has
none of its own.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache
from html import unescape
from importlib import resources
from pathlib import Path
from typing import Any

import feedparser
import yaml
from fastwarc.stream_io import BrotliReader, ChunkedReader
from fastwarc.warc import ArchiveIterator, WarcRecordType
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.encoding import detect_encoding
from resiliparse.parse.html import HTMLTree

from forcewatch.news.model import Article, Skipped

log = logging.getLogger(__name__)

MAX_BYTES = 10_000_000
SNIFF = 8192                      # bytes looked at to recognise a file's kind
MAX_DEPTH = 256                   # deeper HTML is read without main-content heuristics (they are quadratic)
MIN_MAIN_CHARS = 40               # less main content than this: read the whole page instead
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
WARC_SUFFIXES = (".warc", ".arc")
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
         (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or Office document"),
         (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"), (b"\x7fELF", "an executable"),
         (b"OggS", "an Ogg media file"), (b"ID3", "an MP3 file"), (b"\xfd7zXZ", "an xz archive"),
         (b"\x00\x00\x01\x00", "an icon image"))

Keep = Callable[[str | bytes], bool]


@dataclass
class ReadStats:
    """Counts of one run; pass one to :func:`iter_articles` to have it filled."""

    files: int = 0
    articles: int = 0
    filtered: int = 0                                         # dropped by the `keep` pre-filter
    skipped: Counter = field(default_factory=Counter)         # reason -> count


@dataclass
class _Ctx:
    published: date | None
    max_bytes: int
    keep: Keep | None
    stats: ReadStats


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
    ctx = _Ctx(published, max_bytes, keep, stats if stats is not None else ReadStats())
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


def _read_file(path: Path, ctx: _Ctx) -> Iterator[Article | Skipped]:
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
            yield from _read_warc(path, gz, head, ctx)
            return
        if size > ctx.max_bytes:
            yield _too_large(origin, ctx.max_bytes, f"{size:,} bytes")
            return
        with (gzip.open(path, "rb") if gz else path.open("rb")) as f:
            data = f.read(ctx.max_bytes + 1)
        if len(data) > ctx.max_bytes:
            yield _too_large(origin, ctx.max_bytes, "once decompressed")
        elif kind == "feed":
            yield from _read_feed(path, data, ctx)
        else:
            item = _document(origin, data, ctx, html=kind == "html", kind=kind, url=path.resolve().as_uri())
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


def _too_large(origin: str, limit: int, what: str) -> Skipped:
    return Skipped(origin, "too_large", f"{origin}: larger than the limit of {limit:,} bytes ({what}); not read")


# --------------------------------------------------------------------------- one document

def _document(origin: str, data: bytes, ctx: _Ctx, *, html: bool, kind: str, url: str | None,
              charset: str | None = None) -> Article | Skipped | None:
    """One text or HTML document (a file, a WARC record) -> Article, Skipped, or None when `keep` drops it."""
    if not data or data.isspace():
        return Skipped(origin, "empty", f"{origin}: no content (empty or only white space)")
    what = _binary(data[:SNIFF])
    if what:
        return Skipped(origin, "binary", f"{origin}: {what}, not text")
    if ctx.keep is not None and not ctx.keep(data):
        ctx.stats.filtered += 1
        return None
    try:
        raw = decode(data, charset, html=html)
        if _garbled(raw):
            return Skipped(origin, "binary", f"{origin}: undecodable bytes (binary data or an unknown encoding)")
        if html:
            text, meta = clean_html(raw)
        else:
            text, meta = clean_text(raw), {}
    except Exception as e:  # hostile input must not stop the run
        log.warning("%s: %s", origin, e, exc_info=True)
        return Skipped(origin, "unreadable", f"{origin}: could not be read ({type(e).__name__}: {e})")
    if not text:
        what = "HTML page (empty, or markup too broken to recover any)" if html else "text"
        return Skipped(origin, "no_text", f"{origin}: no readable text in the {what}")
    if not is_english(text):
        return Skipped(origin, "not_english", f"{origin}: the text does not look English (too few English "
                       "function words); not read")
    return Article(text=text, title=meta.get("title") or (None if html else _text_title(text)),
                   url=meta.get("url") or url, published=meta.get("published") or ctx.published,
                   origin=origin, kind=kind)


def _binary(head: bytes) -> str | None:
    for magic, what in MAGIC:
        if head.startswith(magic):
            return what
    if head[4:8] == b"ftyp":
        return "an MP4/HEIC media file"
    if b"\x00" in head and not any(head.startswith(bom) for bom, _ in BOMS):
        return "binary data (NUL bytes)"
    return None


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _garbled(text: str) -> bool:
    """More than 10% control characters or U+FFFD: binary data, or an encoding we cannot read."""
    sample = text[:SNIFF]
    return len(_CONTROL.findall(sample)) > 0.1 * max(len(sample), 1)


def decode(data: bytes, declared: str | None = None, html: bool = False) -> str:
    """Bytes -> text: a BOM, else UTF-8, else the declared charset (HTTP header or
    ``<meta charset>``), else the detected one (uchardet); as a last resort the
    detected encoding with undecodable bytes replaced (U+FFFD)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    detected = detect_encoding(data, from_html_meta=html)
    for enc in dict.fromkeys(e for e in (declared, detected, "cp1252") if e):
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    log.info("undecodable bytes replaced (tried %s, %s)", declared, detected)
    return data.decode(detected or "utf-8", "replace")


def _text_title(text: str) -> str | None:
    first = text.split("\n\n", 1)[0]
    if "\n" not in first and len(first) <= 200 and not first.rstrip().endswith((".", "?", "!", '"', "”", ":")):
        return first.strip()
    return None


# --------------------------------------------------------------------------- cleaning

@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    raw = yaml.safe_load(resources.files("forcewatch.news").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    lines = re.compile("|".join(f"(?:{p})" for p in raw["lines"]), re.I)
    contains = re.compile("|".join(f"(?:{p})" for p in raw["contains"]), re.I)
    return lines, contains, tuple(raw["html_skip"])


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean_text(text: str) -> str:
    """Text without boilerplate lines, paragraphs separated by one blank line.

    A line goes when it matches a pattern of ``news/data/boilerplate.yaml`` ("Photo
    Credit: ...", "Sponsored Content", "Share this:", "Copyright ...", "Read more: ...",
    captions ending in "(AP Photo/...)") or repeats an earlier line; every other line
    stays as it is (white space tidied)."""
    whole, contains, _ = _boilerplate()
    seen: set[str] = set()
    paragraphs = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        kept = []
        for line in block.split("\n"):
            line = _SPACES.sub(" ", line).strip()
            if not line or whole.fullmatch(line) or contains.search(line):
                continue
            key = line.casefold()
            if key in seen:
                continue
            seen.add(key)
            kept.append(line)
        if kept:
            paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs)


_DEEP = " > ".join(["*"] * MAX_DEPTH)


def clean_html(html: str) -> tuple[str, dict[str, Any]]:
    """HTML page -> (clean main text, metadata).

    Navigation, headers, footers, forms, comments, ads, share bars, related links,
    scripts and styles are dropped (resiliparse main-content extraction plus the CSS
    selectors of ``boilerplate.yaml``), then :func:`clean_text` removes boilerplate
    lines. Metadata: ``title``, ``url`` (canonical), ``published`` (a date) and
    ``published_from`` (the tag it came from), ``site_name``, ``lang`` when present.
    """
    tree = HTMLTree.parse(html)
    meta = _metadata(tree)
    skip = list(_boilerplate()[2])
    doc = tree.document
    deep = doc is not None and doc.query_selector(_DEEP) is not None
    if deep:
        log.info("HTML nested deeper than %d elements: read without main-content extraction", MAX_DEPTH)
    text = "" if deep else _plain(tree, True, skip)
    if len(text) < MIN_MAIN_CHARS:  # nothing recognisable as main content: take what text there is
        text = _plain(tree, False, skip if not deep else None)
    if not text.strip():  # markup too broken for a parser (an unclosed <title> swallows the page...)
        text = _strip_tags(html)
    return clean_text(text), meta


_HIDDEN = (("<script", "</script"), ("<style", "</style"), ("<noscript", "</noscript"), ("<!--", "-->"))
_BLOCKS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "table", "article",
           "section", "blockquote", "title")


def _strip_tags(html: str) -> str:
    """Last resort for broken markup: the text between the tags, without scripts, styles
    and comments (one forward scan: linear even on hostile input)."""
    low, out, pos, n = html.lower(), [], 0, len(html)
    while pos < n:
        i = low.find("<", pos)
        if i == -1:
            out.append(html[pos:])
            break
        out.append(html[pos:i])
        closer = next((c for o, c in _HIDDEN if low.startswith(o, i)), None)
        if closer is not None:  # skip to the end of the element (an unclosed one hides the rest, as in browsers)
            j = low.find(closer, i + 1)
            end = -1 if j == -1 else low.find(">", j)
            pos = n if end == -1 else end + 1
            continue
        end = low.find(">", i)
        if end == -1:
            out.append(html[i:])
            break
        name = re.match(r"</?([a-z0-9]*)", low[i:i + 12])
        out.append("\n\n" if name and name[1] in _BLOCKS else " ")
        pos = end + 1
    return unescape("".join(out))


def _plain(tree: HTMLTree, main: bool, skip: list[str] | None) -> str:
    return extract_plain_text(tree, preserve_formatting=True, main_content=main, comments=False,
                              list_bullets=False, alt_texts=False, links=False, form_fields=False,
                              noscript=False, skip_elements=skip)


def _clean_fragment(html: str) -> str:
    """An HTML fragment (a feed entry's content) -> clean text, all of it (no main-content guessing)."""
    return clean_text(_plain(HTMLTree.parse(html), False, list(_boilerplate()[2])))


# --------------------------------------------------------------------------- metadata and dates

#: meta tags giving the publication date, best first (after article:published_time and JSON-LD)
DATE_METAS = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
              "dcterms.issued", "dc.date", "dcterms.created", "date", "article.published")


def _metadata(tree: HTMLTree) -> dict[str, Any]:
    doc = tree.document
    if doc is None:
        return {}
    metas: dict[str, str] = {}
    for m in doc.query_selector_all("meta[content]"):
        key = (m.getattr("property") or m.getattr("name") or m.getattr("itemprop") or "").strip().lower()
        if key and key not in metas:
            metas[key] = (m.getattr("content") or "").strip()
    out: dict[str, Any] = {}
    h1 = doc.query_selector("h1")
    title = metas.get("og:title") or metas.get("twitter:title") or (tree.title or "").strip() or (
        h1.text.strip() if h1 is not None else "")
    if title:
        out["title"] = title
    canonical = doc.query_selector("link[rel=canonical][href]")
    url = (canonical.getattr("href") if canonical is not None else None) or metas.get("og:url")
    if url and url.startswith(("http://", "https://")):
        out["url"] = url.strip()
    if metas.get("og:site_name"):
        out["site_name"] = metas["og:site_name"]
    html_el = doc.query_selector("html[lang]")
    if html_el is not None:
        out["lang"] = html_el.getattr("lang")
    for source, value in _date_candidates(doc, metas):
        d = parse_date(value)
        if d is not None:
            out["published"], out["published_from"] = d, source
            break
    return out


def _date_candidates(doc: Any, metas: dict[str, str]) -> Iterator[tuple[str, str]]:
    if "article:published_time" in metas:
        yield "meta article:published_time", metas["article:published_time"]
    for script in doc.query_selector_all('script[type="application/ld+json"]'):
        value = _jsonld_date(script.text)
        if value:
            yield "JSON-LD datePublished", value
    for key in DATE_METAS:
        if key in metas:
            yield f"meta {key}", metas[key]
    for selector in ("time[pubdate][datetime]", "article time[datetime]", "time[datetime]"):
        for t in doc.query_selector_all(selector):
            yield "<time datetime>", t.getattr("datetime") or ""


def _jsonld_date(text: str) -> str | None:
    if not text or len(text) > 1_000_000:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack, steps = [data], 0
    while stack and steps < 10_000:
        steps += 1
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                return node["datePublished"]
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return None


_MONTHS = {m: i for i, ms in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"], start=1) for m in ms.split()}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:\b|T)")
_MDY = re.compile(r"([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", re.I)
_DMY = re.compile(r"(\d{1,2}) ([a-z]{3,9})\.?,? (\d{4})", re.I)


def parse_date(value: str) -> date | None:
    """The calendar date written in `value` (ISO 8601, RFC 822, "June 14, 2019", "14 June 2019"),
    as written (no time-zone shift), or None."""
    value = (value or "").strip()
    if not value:
        return None
    candidates: list[tuple[int, int, int]] = []
    if m := _ISO.match(value):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    elif m := _COMPACT.match(value):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    else:
        try:
            d = parsedate_to_datetime(value)
            candidates.append((d.year, d.month, d.day))
        except (TypeError, ValueError, IndexError):
            pass
        if m := _MDY.search(value):
            candidates.append((int(m[3]), _MONTHS.get(m[1].lower(), 0), int(m[2])))
        if m := _DMY.search(value):
            candidates.append((int(m[3]), _MONTHS.get(m[2].lower(), 0), int(m[1])))
    for y, mo, d in candidates:
        try:
            result = date(y, mo, d)
        except ValueError:
            continue
        if 1900 <= result.year <= date.today().year + 1:
            return result
    return None


# --------------------------------------------------------------------------- language

@lru_cache(maxsize=1)
def _language() -> dict[str, Any]:
    raw = yaml.safe_load(resources.files("forcewatch.news").joinpath("data/language.yaml").read_text("utf-8"))
    raw["stopwords"] = frozenset(raw["stopwords"])
    return raw


_WORD = re.compile(r"[^\W\d_]+")


def is_english(text: str) -> bool:
    """A cheap check that `text` is English: most letters ASCII, and enough English
    function words ("the", "and", "of"...). Texts too short to tell are accepted."""
    cfg = _language()
    words = _WORD.findall(text[:20_000].lower())
    letters = sum(map(len, words))
    if letters and sum(len(w) for w in words if w.isascii()) < cfg["min_ascii_letters"] * letters:
        return False
    if len(words) < cfg["min_words"]:
        return True
    return sum(w in cfg["stopwords"] for w in words) >= cfg["min_ratio"] * len(words)


# --------------------------------------------------------------------------- feeds

def _read_feed(path: Path, data: bytes, ctx: _Ctx) -> Iterator[Article | Skipped]:
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
            text = _clean_fragment(body) if is_html else clean_text(body)
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


# --------------------------------------------------------------------------- WARC

_TYPES = WarcRecordType.response | WarcRecordType.resource
TAIL = 1 << 20  # bytes at the end of a plain WARC searched for a record cut in its headers


@dataclass
class _WarcRun:
    records: int = 0              # records seen, of every type
    last: int | None = None       # file offset of the last one (of its gzip member in a .warc.gz)
    cut: str | None = None        # where a record was found cut off
    error: str | None = None      # FastWARC could not parse a record


def _read_warc(path: Path, gz: bool, head: bytes, ctx: _Ctx) -> Iterator[Article | Skipped]:
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


def _warc_records(path: Path, f: Any, run: _WarcRun, ctx: _Ctx) -> Iterator[Article | Skipped | None]:
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
            yield _too_large(origin, ctx.max_bytes, f"{length:,} bytes")
            continue
        body = record.reader.read()
        if len(body) < length:
            run.cut = f"record {n} is cut off after {len(body):,} of {length:,} bytes"
            return
        yield _warc_record(origin, record, body, ctx)


def _warc_record(origin: str, record: Any, body: bytes, ctx: _Ctx) -> Article | Skipped | None:
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
    return _document(origin, body, ctx, html=html, kind="warc", url=url, charset=charset)


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
