"""A cheap test that an article may report a person killed by police.

It runs before anything costly (HTML cleaning, extraction), so it must be fast
(thousands of articles a second) and generous: it may keep other crime news, it
must not drop real reports. It works on clean text and on raw HTML alike, as
``str`` or ``bytes``. The input is lower-cased; in HTML the contents of ``<script>``
and ``<style>`` elements (most of a raw page's bytes, none of its text; JSON-LD is
kept) and the tags with their attributes (class names, link URLs) are dropped; the
rest is cut into ASCII words with one ``bytes.translate`` and the words are looked up
in sets. No word-list regular expression scans the text: one is several times slower
on a 50 kB page, and three would be needed.

The word lists are data (``news/data/prefilter.yaml``). An article is kept when it has

* a police word AND (a death word OR a force word), or
* a death word AND a violence word (``"died after being shot"`` with no police word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

GROUPS = ("police", "death", "force", "violence")

_TAG = re.compile(rb"<[a-z/!][^<>]*>")  # a tag with its attributes (class names, URLs are not text)

#: bytes -> lower-case ASCII letters and digits, everything else a space
_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))


@dataclass(frozen=True)
class _Group:
    words: frozenset[bytes]
    phrases: tuple[tuple[frozenset[bytes], re.Pattern[bytes]], ...]  # (its words, the phrase in order)

    def found(self, text: bytes, tokens: set[bytes]) -> bool:
        if not self.words.isdisjoint(tokens):
            return True
        return any(need <= tokens and rx.search(text) for need, rx in self.phrases)


@lru_cache(maxsize=1)
def _groups() -> dict[str, _Group]:
    raw = yaml.safe_load(resources.files("forcewatch.news").joinpath("data/prefilter.yaml").read_text("utf-8"))
    out = {}
    for g in GROUPS:
        entries = [str(e).lower().translate(_WORDS.decode("latin-1")).split() for e in raw[g]]
        words = frozenset(e[0].encode() for e in entries if len(e) == 1)
        phrases = tuple((frozenset(w.encode() for w in e),
                         re.compile(rb"\b" + rb" +".join(w.encode() for w in e) + rb"\b"))
                        for e in entries if len(e) > 1)
        out[g] = _Group(words, phrases)
    return out


def _prepare(text: str | bytes) -> tuple[bytes, set[bytes]]:
    data = text.encode("utf-8", "replace") if isinstance(text, str) else text
    low = data.lower()
    if b"<script" in low or b"<style" in low:
        low = _without_code(low)
    if b"<" in low:
        low = _TAG.sub(b" ", low)
    words = low.translate(_WORDS)
    return words, set(words.split())


def _without_code(html: bytes) -> bytes:
    """Lower-cased HTML without the contents of its <script> and <style> elements (most
    of a page's bytes, none of its text); JSON-LD scripts are kept, they may hold the
    article. An element left open keeps the rest of the page (generous)."""
    parts, pos = [], 0
    while True:
        found = [i for i in (html.find(b"<script", pos), html.find(b"<style", pos)) if i != -1]
        if not found:
            break
        start = min(found)
        style = html.startswith(b"<style", start)
        open_end = html.find(b">", start)
        close = html.find(b"</style" if style else b"</script", max(open_end, start))
        if open_end == -1 or close == -1:
            break
        parts.append(html[pos:close if b"ld+json" in html[start:open_end] else start])
        end = html.find(b">", close)
        pos = len(html) if end == -1 else end + 1
    parts.append(html[pos:])
    return b" ".join(parts)


def signals(text: str | bytes) -> dict[str, bool]:
    """Which word groups occur in `text` (to explain a decision)."""
    words, tokens = _prepare(text)
    return {name: g.found(words, tokens) for name, g in _groups().items()}


def likely(text: str | bytes) -> bool:
    """True when `text` (clean text or raw HTML) may report someone killed by police."""
    g = _groups()
    words, tokens = _prepare(text)
    death = g["death"].found(words, tokens)
    if g["police"].found(words, tokens):
        return death or g["force"].found(words, tokens)
    return death and g["violence"].found(words, tokens)
