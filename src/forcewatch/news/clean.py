"""Cleaning of news text: bytes -> text, HTML -> main text and metadata, boilerplate lines
out, the publication date, and a cheap check that a text is English.

Used by :mod:`forcewatch.news.read` on every item it reads; the functions are pure
(a string or bytes in, a string, a date or a flag out) and can be called on their own:

    text, meta = clean_html(page)          # meta: title, url, published, published_from, ...
    when = parse_date("June 14, 2019")     # date(2019, 6, 14)

HTML is cleaned with resiliparse (main-content extraction in C++, about 1 ms a page),
then boilerplate lines are removed by :func:`clean_text` with the patterns of
``news/data/boilerplate.yaml``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache
from html import unescape
from importlib import resources
from typing import Any

import yaml
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.encoding import detect_encoding
from resiliparse.parse.html import HTMLTree

from .text import strip_invisible

log = logging.getLogger(__name__)

MAX_DEPTH = 256                   # deeper HTML is read without main-content heuristics (they are quadratic)
MIN_MAIN_CHARS = 40               # less main content than this: read the whole page instead
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


# --------------------------------------------------------------------------- decoding

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


# --------------------------------------------------------------------------- cleaning

@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    raw = yaml.safe_load(resources.files("forcewatch.news").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    lines = re.compile("|".join(f"(?:{p})" for p in raw["lines"]), re.I)
    contains = re.compile("|".join(f"(?:{p})" for p in raw["contains"]), re.I)
    return lines, contains, tuple(raw["html_skip"])


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(text: str) -> str:
    """Text without boilerplate lines, paragraphs separated by one blank line.

    A line goes when it matches a pattern of ``news/data/boilerplate.yaml`` ("Photo
    Credit: ...", "Sponsored Content", "Share this:", "Copyright ...", "Read more: ...",
    captions ending in "(AP Photo/...)") or repeats an earlier line; every other line
    stays as it is (white space tidied)."""
    whole, contains, _ = _boilerplate()
    seen: set[str] = set()
    paragraphs = []
    text = strip_invisible(text.replace("\r\n", "\n").replace("\r", "\n"))
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
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


def clean_fragment(html: str) -> str:
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

