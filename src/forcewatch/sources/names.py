"""Name handling shared by the adapters: withheld names and name parts."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .base import omap

SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"}
_WITHHELD = re.compile(
    r"^(name withheld|withheld|unknown|unidentified|name not released|not released|"
    r"tk tk|n/a|unnamed|john doe|jane doe)\b", re.I)
_QUOTED = re.compile(r"[\"“”']([^\"“”']+)[\"“”']")  # nickname: Robert "Bobby" Smith


def is_withheld(name: Any) -> bool:
    return name is None or bool(_WITHHELD.match(str(name).strip()))


def split_name(name: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(first, middle, last, suffix) of a Western-order full name."""
    clean = _QUOTED.sub(" ", name)
    clean = re.sub(r"\(.*?\)", " ", clean)
    clean = clean.replace(",", " ")
    parts = [p for p in clean.split() if p]
    suffix = None
    if len(parts) > 2 and parts[-1].casefold() in SUFFIXES:
        suffix = parts.pop()
    if not parts:
        return None, None, None, suffix
    if len(parts) == 1:
        return parts[0], None, None, suffix
    first, last = parts[0], parts[-1]
    middle = " ".join(parts[1:-1]) or None
    return first, middle, last, suffix


def name_columns(raw: pd.Series) -> dict[str, pd.Series]:
    """Canonical name columns from a raw full-name Series."""
    withheld = raw.map(is_withheld)
    name = omap(raw, lambda v: None if is_withheld(v) else v)
    parts = omap(name, lambda v: split_name(v) if v else (None, None, None, None))
    return {
        "name": name,
        "name_raw": raw,
        "name_withheld": withheld,
        "first_name": omap(parts, lambda p: p[0]),
        "middle_name": omap(parts, lambda p: p[1]),
        "last_name": omap(parts, lambda p: p[2]),
        "name_suffix": omap(parts, lambda p: p[3]),
    }
