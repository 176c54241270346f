"""One input document (a text or HTML file, a WARC record) -> an :class:`Article`, or a
:class:`Skipped` saying why not; shared by the file and WARC readers of :mod:`forcewatch.news.read`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from forcewatch.news.clean import BOMS, clean_html, clean_text, decode, is_english
from forcewatch.news.model import Article, Skipped

if TYPE_CHECKING:
    from forcewatch.news.read import ReadStats

log = logging.getLogger(__name__)

SNIFF = 8192                      # bytes looked at to recognise a file's kind
MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
         (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or Office document"),
         (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"), (b"\x7fELF", "an executable"),
         (b"OggS", "an Ogg media file"), (b"ID3", "an MP3 file"), (b"\xfd7zXZ", "an xz archive"),
         (b"\x00\x00\x01\x00", "an icon image"))

Keep = Callable[[str | bytes], bool]


@dataclass
class Ctx:
    """What the readers of one run share: the fallback date, the size limit, the pre-filter, the counts."""

    published: date | None
    max_bytes: int
    keep: Keep | None
    stats: ReadStats


def too_large(origin: str, limit: int, what: str) -> Skipped:
    return Skipped(origin, "too_large", f"{origin}: larger than the limit of {limit:,} bytes ({what}); not read")


def read_document(origin: str, data: bytes, ctx: Ctx, *, html: bool, kind: str, url: str | None,
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


def _text_title(text: str) -> str | None:
    first = text.split("\n\n", 1)[0]
    if "\n" not in first and len(first) <= 200 and not first.rstrip().endswith((".", "?", "!", '"', "”", ":")):
        return first.strip()
    return None

