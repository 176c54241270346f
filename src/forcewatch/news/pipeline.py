"""Read articles end to end: read -> pre-filter -> extract -> match -> (queue).

    from forcewatch.news.pipeline import run
    r = run(["articles/"], con=duckdb.connect("forcewatch.duckdb"), published=None)
    for row in r:            # one JSON-able dict per victim
        ...
    print(r.summary)         # articles read, skipped (by reason), pre-filtered out, victims, known/new/conflict

Bad items (empty, binary, too large, not English, malformed HTML, truncated WARC) come
from the reader as `Skipped`: they are counted with their reason and origin, and the
run goes on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import duckdb

from .model import Article, Skipped


@dataclass
class Summary:
    articles_read: int = 0
    skipped: list[dict] = field(default_factory=list)          # {origin, reason, message}
    prefiltered_out: int = 0
    articles_with_victims: int = 0
    victims: int = 0
    matched: dict[str, int] = field(default_factory=lambda: {"known": 0, "new": 0, "conflict": 0})
    queued: int = 0                                             # victims stored in the review queue
    errors: list[dict] = field(default_factory=list)           # {origin, stage, message}: the article is skipped
    seconds: float = 0.0

    @property
    def skipped_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.skipped:
            out[s["reason"]] = out.get(s["reason"], 0) + 1
        return out

    def to_dict(self) -> dict:
        return {"articles_read": self.articles_read, "skipped": len(self.skipped),
                "skipped_by_reason": self.skipped_by_reason, "skipped_items": self.skipped,
                "prefiltered_out": self.prefiltered_out, "articles_with_victims": self.articles_with_victims,
                "victims": self.victims, "matched": dict(self.matched), "queued": self.queued,
                "errors": self.errors, "seconds": round(self.seconds, 3)}


def victim_row(article: Article, victim: Any, m: Any | None) -> dict:
    """The JSON Lines row of one victim: the article, the victim, the match (or null)."""
    return {
        "article": {"id": article.article_id, "url": article.url, "title": article.title,
                    "published": article.published.isoformat() if article.published else None,
                    "origin": article.origin, "kind": article.kind,
                    # police involvement taken as given (--police-deaths-known), not read from the text
                    "police_death_known": article.police_death_known},
        "victim": victim.to_dict(),
        "match": None if m is None else {
            "status": m.status, "record_ids": m.record_ids, "death_id": m.death_id, "score": m.score,
            "rule": m.rule, "confidence": m.confidence, "conflicts": m.conflicts, "notes": m.notes,
            "alternatives": m.alternatives},
    }


class NewsRun:
    """An iterator of victim rows with a live `summary` (complete once iteration ends)."""

    def __init__(self, paths: Iterable[str | os.PathLike[str]], con: duckdb.DuckDBPyConnection | None,
                 published: dt.date | None, store_queue: bool, prefilter: bool,
                 on_item: Callable[[Article | Skipped], None] | None = None,
                 max_bytes: int = 10_000_000, match_victims: bool = True, police_death_known: bool = False):
        if store_queue and con is None:
            raise ValueError("store_queue needs a store connection (con)")
        self.paths = [str(p) for p in paths]
        self.con, self.published, self.store_queue, self.prefilter = con, published, store_queue, prefilter
        self.on_item, self.max_bytes, self.match_victims = on_item, max_bytes, match_victims
        # texts known to tell of police killings (incident summaries): every one is read in full
        self.police_death_known = police_death_known
        if police_death_known:
            self.prefilter = False
        self.summary = Summary()
        self._it = self._rows()

    def __iter__(self) -> Iterator[dict]:
        return self

    def __next__(self) -> dict:
        return next(self._it)

    def _rows(self) -> Iterator[dict]:
        from .prefilter import likely
        from .read import ReadStats, iter_articles

        t0 = time.perf_counter()
        s = self.summary
        stats = ReadStats()
        kept = 0

        def count() -> None:  # articles read = kept + dropped by the pre-filter
            s.prefiltered_out = stats.filtered
            s.articles_read = kept + stats.filtered
            s.seconds = time.perf_counter() - t0

        # the cheap pre-filter runs on the raw page, before any HTML is cleaned
        keep = likely if self.prefilter else None
        try:
            for item in iter_articles(self.paths, published=self.published, max_bytes=self.max_bytes,
                                      keep=keep, stats=stats):
                if self.on_item is not None:
                    self.on_item(item)
                if isinstance(item, Skipped):
                    s.skipped.append({"origin": item.origin, "reason": item.reason, "message": item.message})
                    continue
                kept += 1
                count()
                yield from self._article(item)
        finally:
            count()

    def _article(self, article: Article) -> Iterator[dict]:
        from .extract import extract

        s = self.summary
        if self.police_death_known:
            article = dataclasses.replace(article, police_death_known=True)
        try:
            victims = extract(article)
        except Exception as exc:  # noqa: BLE001 - one article's failure is reported, the run goes on
            s.errors.append({"origin": article.origin, "stage": "extract", "message": f"{type(exc).__name__}: {exc}"})
            return
        if not victims:
            return
        s.articles_with_victims += 1
        s.victims += len(victims)
        matches = []
        if self.con is not None and self.match_victims:
            from .match import match

            matches = [match(self.con, v, article) for v in victims]
            for m in matches:
                s.matched[m.status] = s.matched.get(m.status, 0) + 1
        if self.store_queue:
            from .queue import add

            add(self.con, article, victims, matches)
            s.queued += len(victims)
        for i, v in enumerate(victims):
            yield victim_row(article, v, matches[i] if matches else None)


def run(paths: Iterable[str | os.PathLike[str]], con: duckdb.DuckDBPyConnection | None = None,
        published: dt.date | None = None, store_queue: bool = False, prefilter: bool = True,
        on_item: Callable[[Article | Skipped], None] | None = None, match_victims: bool = True,
        police_death_known: bool = False) -> NewsRun:
    """Read `paths` (files, folders, feeds, WARC) and yield one dict per victim found.

    With `con`, each victim is matched against the store (known / new / conflict; not with
    ``match_victims=False``); with `store_queue`, victims also go to the review queue.
    `published` is the publication date of articles whose metadata gives none.  With
    `police_death_known`, every text is known to tell of a police killing (incident summaries,
    a database's descriptions): police need not be named for its dead to be victims, and the
    pre-filter is off.  The returned object's `summary` counts what happened (complete when
    iteration ends)."""
    return NewsRun(paths, con, published, store_queue, prefilter, on_item, match_victims=match_victims,
                   police_death_known=police_death_known)
