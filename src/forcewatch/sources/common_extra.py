"""Helpers shared by the MPV, Guardian, Fatal Encounters and KSR adapters that
base.py does not have: splitting lists of names that may contain the separator,
refining the armed status from the weapons, and "Category/Detail" look-ups.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

import pandas as pd

from .base import ImportContext, load_vocab, mapping, norm_code, omap

#: ',' or ';' between agency names, but not the comma of
#: 'Kansas City, KS Police Department' / 'Florence, Al Police'.
AGENCY_SEP = r"\s*(?:;|,(?!\s*[a-z]{2}\s+(?:police|sheriff)\b))\s*"
#: the same, also splitting on ' and ' (for sources that write 'X Police and FBI')
AGENCY_SEP_AND = AGENCY_SEP + r"(?:and\s+)?|\s+and\s+"


def keep_list(ctx: ImportContext, key: str) -> list[str]:
    """A plain list from the layout's vocab file (e.g. names that contain a separator)."""
    return [str(x) for x in (load_vocab(ctx.layout).get(key) or [])]


def split_keeping(s: pd.Series, sep: str, keep: Iterable[str] = ()) -> pd.Series:
    """Split a multi-valued name field on the regex `sep` (case-insensitive), but
    never inside one of the names in `keep` (e.g. 'Bureau of Alcohol, Tobacco,
    Firearms and Explosives').  Blank parts are dropped; result is a list or None."""
    names = sorted({k for k in keep if k}, key=len, reverse=True)
    protect = re.compile("|".join(re.escape(k) for k in names), re.I) if names else None
    splitter = re.compile(sep, re.I)
    restore = re.compile("\x00(\\d+)\x00")

    def one(v: Any) -> list[str] | None:
        if v is None:
            return None
        saved: list[str] = []

        def stash(m: re.Match[str]) -> str:
            saved.append(m.group(0))
            return f"\x00{len(saved) - 1}\x00"

        text = protect.sub(stash, str(v)) if protect else str(v)
        parts = [restore.sub(lambda m: saved[int(m.group(1))], p).strip()
                 for p in splitter.split(text) if p]
        return [p for p in parts if p] or None

    return omap(s, one)


def refine_armed(armed: pd.Series, weapons: pd.Series) -> pd.Series:
    """Apply the shared vocabulary's definitions to a source's own armed status:
    'armed' or 'unarmed' whose only alleged weapon is a toy/replica -> 'replica';
    'armed' whose only alleged weapon is a vehicle -> 'vehicle'."""
    def one(a: str | None, w: list[str] | None) -> str | None:
        if w == ["replica"] and a in ("armed", "unarmed"):
            return "replica"
        if w == ["vehicle"] and a == "armed":
            return "vehicle"
        return a

    return pd.Series([one(a, w) for a, w in zip(armed, weapons)], dtype=object,
                     index=armed.index)


def key_or_prefix(ctx: ImportContext, s: pd.Series, column_name: str, sep: str = "/") -> pd.Series:
    """For 'Category/Detail' codes (Fatal Encounters' 'Firearm/Handgun'): the value
    itself when the mapping lists it, else its category (the part before `sep`)."""
    table = mapping(ctx.layout, column_name)

    def one(v: Any) -> Any:
        if v is None or norm_code(v) in table or sep not in str(v):
            return v
        return str(v).split(sep, 1)[0].strip() or v

    return omap(s, one)


def first_of(*series: pd.Series) -> pd.Series:
    """Element-wise first non-None value of several aligned Series."""
    return pd.Series([next((x for x in t if x is not None), None) for t in zip(*series)],
                     dtype=object, index=series[0].index)


def unless(s: pd.Series, unknown: Iterable[str]) -> pd.Series:
    """None where the raw text only says 'unknown' (e.g. agency 'Unknown')."""
    bad = {norm_code(u) for u in unknown}
    return omap(s, lambda v: None if v is None or norm_code(v) in bad else v)


