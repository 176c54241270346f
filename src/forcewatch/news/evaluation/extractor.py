"""Running the extractor of news victims on many texts, in one process or several, with
the time taken and the errors counted (one bad text must not stop the evaluation).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Mapping, Sequence

from ..model import Article

Extractor = Callable[[Article], list]
_VICTIM_FIELDS = ("name", "age", "gender", "race", "date", "date_from", "date_to", "city", "state",
                  "agency", "causes", "armed", "flee", "body_camera")


def _compact(v: Any) -> dict[str, Any]:
    """The scored fields of one extracted victim (a Victim or a dict)."""
    get = v.get if isinstance(v, Mapping) else (lambda k, _v=v: getattr(_v, k, None))
    out = {k: get(k) for k in _VICTIM_FIELDS}
    for k in ("date", "date_from", "date_to"):
        if isinstance(out[k], str):
            with contextlib.suppress(ValueError):
                out[k] = dt.date.fromisoformat(out[k][:10])
        elif isinstance(out[k], dt.datetime):
            out[k] = out[k].date()
    out["race"] = list(out["race"] or [])
    out["causes"] = list(out["causes"] or [])
    return out


def _default_extractor() -> Extractor:
    from ..extract import extract  # lazily: the extractor may not exist yet

    return extract


class KnownPoliceDeath:
    """An extractor run with ``Article.police_death_known`` set: the *description* mode of the
    evaluation, for texts known to tell of a police killing (every row of the set is one)."""

    def __init__(self, extractor: Extractor | None = None):
        self.extractor = extractor

    def __call__(self, article: Article) -> list:
        import dataclasses

        return (self.extractor or _default_extractor())(dataclasses.replace(article, police_death_known=True))


#: evaluation modes: "article" reads each text as any news article (police must be named);
#: "description" tells the extractor the text is known to be about a police killing
MODES = ("article", "description")


def for_mode(extractor: Extractor | None, mode: str) -> Extractor | None:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    return KnownPoliceDeath(extractor) if mode == "description" else extractor


_WORKER: Extractor | None = None


def _init_worker(extractor: Extractor | None) -> None:
    global _WORKER
    _WORKER = extractor or _default_extractor()


def _run_one(args: tuple[str, str | None, dt.date | None, str]) -> tuple[list[dict] | None, str | None]:
    text, title, published, origin = args
    try:
        victims = _WORKER(Article(text=text, title=title, published=published, origin=origin))
        return [_compact(v) for v in (victims or [])], None
    except Exception as exc:  # noqa: BLE001 - one bad text must not stop the evaluation
        return None, type(exc).__name__


def run_extractor(items: Sequence[tuple[str, str | None, dt.date | None, str]],
                  extractor: Extractor | None = None, jobs: int = 1
                  ) -> tuple[list[list[dict]], dict[str, Any]]:
    """Victims (compact dicts) per item (text, title, published, origin), and timing/errors.
    An exception on one text counts as an error and as no victims."""
    t0 = time.perf_counter()
    errors: Counter = Counter()
    jobs = max(1, int(jobs or 1))
    if jobs > 1 and len(items) >= 64 and "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker,
                                 initargs=(extractor,)) as ex:
            raw = list(ex.map(_run_one, items, chunksize=max(8, len(items) // (jobs * 16))))
    else:
        _init_worker(extractor)
        raw = [_run_one(it) for it in items]
    out = []
    for victims, err in raw:
        if err:
            errors[err] += 1
        out.append(victims or [])
    secs = time.perf_counter() - t0
    return out, {"texts": len(items), "seconds": round(secs, 2),
                 "texts_per_second": round(len(items) / secs, 1) if secs > 0 else None,
                 "jobs": jobs, "errors": dict(errors)}
