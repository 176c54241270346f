"""forcewatch: build, check and analyse the record of people killed by police in the US.

The public API (imported lazily, so ``import forcewatch`` stays cheap)::

    import forcewatch as fw
    fw.build_store("../shared/data", "forcewatch.duckdb")
    con = fw.connect("forcewatch.duckdb")
    fw.count(con, fw.Query(since=date(2015, 1, 1), age_max=17, by=["race"]))   # DataFrame
    for row in fw.read_news(["article.html"], con=con):   # one dict per victim, matched
        print(row["victim"]["name"], row["match"]["status"])
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "build_store": ("forcewatch.build", "build"),
    "connect": ("forcewatch.store", "connect"),
    "Query": ("forcewatch.analysis.query", "Query"),
    "count": ("forcewatch.analysis.query", "count"),
    "records": ("forcewatch.analysis.query", "records"),
    "rates": ("forcewatch.analysis.rates", "rates"),
    "diff": ("forcewatch.analysis.diff", "diff"),
    "write_report": ("forcewatch.report", "write_report"),
    "fetch": ("forcewatch.fetch", "fetch"),
    "read_news": ("forcewatch.news.pipeline", "run"),
    "extract_victims": ("forcewatch.news.extract", "extract"),
    "match_victim": ("forcewatch.news.match", "match"),
    "news_queue": ("forcewatch.news.queue", "list_candidates"),
    "news_decide": ("forcewatch.news.queue", "decide"),
}
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        module, attr = _API[name]
        return getattr(import_module(module), attr)
    raise AttributeError(f"module 'forcewatch' has no attribute {name!r}")
