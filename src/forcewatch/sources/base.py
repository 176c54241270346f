"""What every source adapter shares: the layout contract, the import context that
collects issues, and vectorised helpers that map raw columns to canonical ones.

An adapter is a :class:`Layout` subclass with a ``convert`` method: a pure
function from a :class:`~forcewatch.readers.RawTable` to a DataFrame of
canonical columns (see :mod:`forcewatch.schema`).  Problems are reported
through the :class:`ImportContext`, never swallowed.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Callable, ClassVar, Iterable

import numpy as np
import pandas as pd
import yaml

from ..readers import RawTable

ERROR = "error"  # the row is quarantined
WARNING = "warning"  # the row is imported; the problem is logged


def norm_header(h: str) -> str:
    return re.sub(r"\s+", " ", h.replace("\ufeff", "").strip().casefold())


def norm_code(v: Any) -> str:
    return re.sub(r"\s+", " ", str(v).strip().casefold())


@cache
def load_vocab(name: str) -> dict[str, Any]:
    text = resources.files("forcewatch.vocab").joinpath(f"{name}.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def shared_vocabularies() -> dict[str, dict[str, str]]:
    return load_vocab("vocabularies")


@cache
def mapping(layout: str, column: str) -> dict[str, Any]:
    """The value mapping of one raw column, keys normalised like :func:`norm_code`."""
    table = load_vocab(layout).get(column)
    if table is None:
        raise KeyError(f"vocab/{layout}.yaml has no mapping for column '{column}'")
    return {norm_code(k): v for k, v in table.items()}


@dataclass
class Issue:
    severity: str
    row: int | None
    field: str | None
    value: str | None
    message: str


@dataclass
class ImportContext:
    """Per-file state: provenance and the issues found while converting."""

    file: str
    source: str
    layout: str
    snapshot: str
    snapshot_date: dt.date | None
    rows: np.ndarray  # spreadsheet row numbers, aligned with the DataFrame index
    aux: dict[str, Any] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    bad_index: dict[int, list[str]] = field(default_factory=dict)

    def _emit(self, severity: str, mask: pd.Series, fieldname: str | None,
              values: pd.Series | None, message: str | Callable[[Any], str]) -> None:
        idx = np.flatnonzero(np.asarray(mask, dtype=bool))
        for i in idx:
            val = None if values is None else values.iloc[i]
            val = None if val is None or (isinstance(val, float) and np.isnan(val)) else str(val)
            msg = message(val) if callable(message) else message
            self.issues.append(Issue(severity, int(self.rows[i]), fieldname, val, msg))
            if severity == ERROR:
                self.bad_index.setdefault(int(i), []).append(
                    f"{fieldname}: {msg}" if fieldname else msg)

    def quarantine(self, mask: pd.Series, fieldname: str | None, values: pd.Series | None,
                   message: str | Callable[[Any], str]) -> None:
        self._emit(ERROR, mask, fieldname, values, message)

    def warn(self, mask: pd.Series, fieldname: str | None, values: pd.Series | None,
             message: str | Callable[[Any], str]) -> None:
        self._emit(WARNING, mask, fieldname, values, message)


class Layout(ABC):
    """One file layout of one source, recognised by its header."""

    name: ClassVar[str]
    source: ClassVar[str]
    kind: ClassVar[str] = "records"  # or "aux" for companion tables (agencies, ...)
    #: normalised header names that must all be present
    required: ClassVar[frozenset[str]]
    #: normalised header names that must be absent (to tell close layouts apart)
    forbidden: ClassVar[frozenset[str]] = frozenset()
    licence: ClassVar[str] = ""

    @classmethod
    def matches(cls, header: Iterable[str]) -> bool:
        h = {norm_header(x) for x in header}
        return cls.required <= h and not (cls.forbidden & h)

    @abstractmethod
    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        """Canonical columns (see schema.py) for the rows of `table`."""


# ----------------------------------------------------------------------------
# Vectorised helpers. Each takes and returns pandas Series aligned on 0..n-1.
# ----------------------------------------------------------------------------

def column(table: RawTable, *names: str) -> pd.Series:
    """The first of `names` present in the table (header matched case-insensitively),
    stripped, with blanks as None.  Missing column -> all None."""
    lookup = {norm_header(k): k for k in table.keys}
    lookup.update({norm_header(h): k for h, k in zip(table.header, table.keys) if h.strip()})
    for n in names:
        k = lookup.get(norm_header(n))
        if k is not None:
            s = pd.Series(table.columns[k], dtype=object)
            return blank_to_none(s)
    return pd.Series([None] * len(table), dtype=object)


def omap(s: pd.Series, f: Callable[[Any], Any]) -> pd.Series:
    """Element-wise map that keeps object dtype (None stays None, never NaN).

    `f` is called once per distinct value (columns repeat a lot), so it must be pure."""
    try:
        codes, uniques = pd.factorize(s, use_na_sentinel=True)  # None/NaN -> code -1
    except TypeError:  # unhashable values (lists)
        return pd.Series([f(v) for v in s.tolist()], dtype=object, index=s.index)
    mapped = np.empty(len(uniques) + 1, dtype=object)
    for i, u in enumerate(uniques):
        mapped[i] = f(u)
    if len(uniques) < len(s) and (codes < 0).any():
        mapped[-1] = f(None)
    return pd.Series(mapped[codes], dtype=object, index=s.index)


def blank_to_none(s: pd.Series) -> pd.Series:
    return omap(s, lambda v: (v.strip() or None) if isinstance(v, str) else v)


def map_code(ctx: ImportContext, s: pd.Series, column_name: str, fieldname: str,
             unknown: Iterable[str] = ()) -> pd.Series:
    """Map raw codes through vocab/<layout>.yaml; unmapped values -> None + warning.

    `unknown` lists raw values (normalised) that explicitly mean "unknown"."""
    table = mapping(ctx.layout, column_name)
    unknown_set = {norm_code(u) for u in unknown}
    uniq = {v: norm_code(v) for v in s.dropna().unique()}
    missing = {v for v, k in uniq.items() if k not in table and k not in unknown_set}
    lut = {v: table.get(k) for v, k in uniq.items()}
    out = omap(s, lambda v: None if v is None else lut.get(v))
    if missing:
        ctx.warn(s.isin(missing), fieldname, s,
                 lambda v: f"unmapped code {v!r} in column '{column_name}' "
                           f"(kept raw; add it to vocab/{ctx.layout}.yaml)")
    return out


def map_multi(ctx: ImportContext, s: pd.Series, column_name: str, fieldname: str,
              sep: str | re.Pattern[str], unknown: Iterable[str] = ()) -> pd.Series:
    """Split a multi-valued raw field and map each part; result is a list (or None)."""
    table = mapping(ctx.layout, column_name)
    unknown_set = {norm_code(u) for u in unknown}
    splitter = sep if isinstance(sep, re.Pattern) else re.compile(re.escape(sep))
    cache_: dict[str, tuple[list[str] | None, bool]] = {}

    def one(v: str) -> tuple[list[str] | None, bool]:
        out: list[str] = []
        ok = True
        for part in splitter.split(v):
            k = norm_code(part)
            if not k or k in unknown_set:
                continue
            if k not in table:
                ok = False
                continue
            m = table[k]
            for x in (m if isinstance(m, list) else [m]):
                if x is not None and x not in out:
                    out.append(x)
        return (out or None), ok

    for v in s.dropna().unique():
        cache_[v] = one(v)
    out = omap(s, lambda v: None if v is None else cache_[v][0])
    bad = s.map(lambda v: v is not None and not cache_[v][1])
    if bad.any():
        ctx.warn(bad, fieldname, s,
                 lambda v: f"unmapped code in {v!r} (column '{column_name}'; kept raw; "
                           f"add it to vocab/{ctx.layout}.yaml)")
    return out


def boolean(ctx: ImportContext, s: pd.Series, column_name: str, fieldname: str) -> pd.Series:
    return map_code(ctx, s, column_name, fieldname)


_MONTHS_NUM = re.compile(r"^(\d{1,2})\s*(?:months?|mos?\.?)\b", re.I)
_WEEKS_DAYS = re.compile(r"^(\d{1,2})\s*(?:weeks?|days?|wks?)\b", re.I)
_DECADE = re.compile(r"^(\d{1,2})0'?s$", re.I)
_RANGE = re.compile(r"^(\d{1,3})\s*(?:-|to|/|or)\s*(\d{1,3})$", re.I)
_NUM = re.compile(r"^(\d{1,3})(?:\.0+)?$")
AGE_UNKNOWN = {"", "unknown", "unk", "n/a", "na", "none", "null", "adult", "juvenile", "teen",
               "undetermined", "unknown age"}
MAX_AGE = 110


def parse_age(ctx: ImportContext, s: pd.Series, fieldname: str = "age") -> pd.Series:
    """Whole years. '6 months' -> 0; '40s' / '17-18' / 'Unknown' -> None (raw kept).
    Negative or > 110 years is impossible: the row is quarantined."""
    lut: dict[str, tuple[int | None, str | None]] = {}
    for v in s.dropna().unique():
        t = str(v).strip()
        low = t.casefold()
        if m := _NUM.match(t):
            n = int(m.group(1))
            lut[v] = (n, None) if n <= MAX_AGE else (None, "impossible")
        elif re.match(r"^-\d", t):
            lut[v] = (None, "impossible")
        elif _MONTHS_NUM.match(low) or _WEEKS_DAYS.match(low):
            m2 = _MONTHS_NUM.match(low)
            lut[v] = ((int(m2.group(1)) // 12) if m2 else 0, None)
        elif low in AGE_UNKNOWN or _DECADE.match(low) or _RANGE.match(low):
            lut[v] = (None, None)
        else:
            try:
                f = float(t)
                lut[v] = (int(f), None) if 0 <= f <= MAX_AGE else (None, "impossible")
            except ValueError:
                lut[v] = (None, "unparsed")
    out = omap(s, lambda v: None if v is None else lut[v][0])
    status = s.map(lambda v: None if v is None else lut[v][1])
    ctx.quarantine(status == "impossible", fieldname, s,
                   lambda v: f"impossible age {v!r} (must be 0-{MAX_AGE})")
    ctx.warn(status == "unparsed", fieldname, s,
             lambda v: f"age {v!r} is not a number of years; kept raw, age left unknown")
    return out


def parse_date(ctx: ImportContext, s: pd.Series, formats: Iterable[str],
               fieldname: str = "date") -> pd.Series:
    """Parse with the first matching strptime format; failures quarantine the row."""
    fmts = list(formats)
    uniq = pd.Series(s.dropna().unique(), dtype=object)
    text = uniq.map(lambda v: str(v).strip())
    parsed = pd.Series(pd.NaT, index=uniq.index, dtype="datetime64[ns]")
    for f in fmts:
        todo = parsed.isna()
        if not todo.any():
            break
        parsed[todo] = pd.to_datetime(text[todo], format=f, errors="coerce")
    lut = {v: (None if pd.isna(d) else d.date()) for v, d in zip(uniq, parsed)}
    out = omap(s, lambda v: None if v is None else lut[v])
    ctx.quarantine(s.notna() & out.isna(), fieldname, s,
                   lambda v: f"impossible or unreadable date {v!r} (expected {' or '.join(fmts)})")
    return out


def parse_float(ctx: ImportContext, s: pd.Series, fieldname: str,
                lo: float, hi: float) -> pd.Series:
    num = pd.to_numeric(s, errors="coerce")
    bad = s.notna() & (num.isna() | (num < lo) | (num > hi))
    ctx.warn(bad, fieldname, s, lambda v: f"{fieldname} {v!r} is not a number in [{lo}, {hi}]; "
                                          "left unknown")
    return pd.Series([None if b or pd.isna(x) else float(x) for x, b in zip(num, bad)],
                     dtype=object, index=s.index)


def split_list(s: pd.Series, sep: str | re.Pattern[str]) -> pd.Series:
    splitter = sep if isinstance(sep, re.Pattern) else re.compile(re.escape(sep))

    def one(v: Any) -> list[str] | None:
        if v is None:
            return None
        parts = [p.strip() for p in splitter.split(str(v)) if p.strip()]
        return parts or None

    return omap(s, one)


def to_list(s: pd.Series) -> pd.Series:
    return omap(s, lambda v: None if v is None else [v])


def combine_lists(*series: pd.Series) -> pd.Series:
    def one(vals: tuple[Any, ...]) -> list[str] | None:
        out: list[str] = []
        for v in vals:
            for x in (v or []):
                if x not in out:
                    out.append(x)
        return out or None

    return pd.Series([one(t) for t in zip(*series)], dtype=object)


def zip5(s: pd.Series) -> pd.Series:
    def one(v: Any) -> str | None:
        if v is None:
            return None
        digits = re.sub(r"\.0$", "", str(v).strip())
        if re.fullmatch(r"\d{3,5}", digits):
            return digits.zfill(5)
        if re.fullmatch(r"\d{5}-\d{4}", digits):
            return digits[:5]
        return None

    return omap(s, one)


def ident(s: pd.Series) -> pd.Series:
    """Ids as text without a spurious '.0' (xlsx stores numbers as floats)."""
    return omap(s, lambda v: None if v is None else re.sub(r"\.0$", "", str(v).strip()) or None)
