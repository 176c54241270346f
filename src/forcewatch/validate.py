"""The one validator every adapter's output goes through.

It completes the canonical columns, derives ``year`` and ``cause``, and checks
what no adapter should have to repeat: vocabulary membership, impossible dates,
state codes, duplicate ids.  Row problems are reported through the context.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .schema import COLUMN_NAMES, LIST_COLUMNS
from .sources.base import ImportContext, omap, shared_vocabularies

STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split())
EARLIEST = dt.date(1900, 1, 1)
VOCAB_OF = {"gender": "gender", "armed": "armed", "threat": "threat", "flee": "flee",
            "mental_illness": "mental_illness", "race": "race", "causes": "cause",
            "weapons": "weapon", "location_precision": "location_precision"}


class MappingError(Exception):
    """A mapping file maps onto a value that is not in the shared vocabulary."""


def complete(df: pd.DataFrame, ctx: ImportContext) -> pd.DataFrame:
    n = len(df)
    for c in COLUMN_NAMES:
        if c not in df.columns:
            df[c] = pd.Series([None] * n, dtype=object)
    df["cause"] = omap(df["causes"], lambda v: v[0] if v else None)
    df["year"] = omap(df["date"], lambda d: d.year if d else None)
    df["state"] = omap(df["state"], lambda s: s.strip().upper() if isinstance(s, str) else s)
    return df


def check(df: pd.DataFrame, ctx: ImportContext) -> None:
    vocab = shared_vocabularies()
    for col, name in VOCAB_OF.items():
        allowed = set(vocab[name])
        if col in LIST_COLUMNS:
            vals = {x for v in df[col].dropna() for x in v}
        else:
            vals = set(df[col].dropna())
        wrong = vals - allowed
        if wrong:
            raise MappingError(f"vocab/{ctx.layout}.yaml maps '{col}' onto {sorted(wrong)}, "
                               f"not in the shared vocabulary '{name}'")
    dates = df["date"]
    ctx.quarantine(dates.map(lambda d: d is not None and d < EARLIEST), "date", df["date_raw"],
                   lambda v: f"impossible date {v!r} (before {EARLIEST})")
    if ctx.snapshot_date:
        limit = ctx.snapshot_date + dt.timedelta(days=31)
        ctx.quarantine(dates.map(lambda d: d is not None and d > limit), "date", df["date_raw"],
                       lambda v: f"impossible date {v!r}: after the snapshot date "
                                 f"{ctx.snapshot_date}")
    ctx.warn(df["date"].isna() & df["date_raw"].isna(), "date", None, "no date given")
    bad_state = df["state"].map(lambda s: s is not None and s not in STATES)
    ctx.warn(bad_state, "state", df["state"], lambda v: f"unknown state code {v!r}")
    ids = df["source_id"]
    dup = ids.notna() & ids.duplicated(keep=False)
    ctx.warn(dup, "source_id", ids, lambda v: f"id {v!r} appears more than once in this file")
