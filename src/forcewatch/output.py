"""Write a DataFrame as a terminal table, JSON or CSV."""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import pandas as pd


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _plain(v: Any) -> Any:
    if v is None or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating,)):
        f = float(v)
        return None if math.isnan(f) else f
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if isinstance(v, np.ndarray):
        return [_plain(x) for x in v.tolist()]
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, (dt.date, dt.datetime, pd.Timestamp)):
        return v.isoformat()[:10] if isinstance(v, (dt.date, pd.Timestamp)) and not (
            isinstance(v, dt.datetime) and v.time() != dt.time()) else v.isoformat()
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return v


def rows(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in r.items()} for r in df.to_dict(orient="records")]


PLAIN_INT_COLUMNS = {"year", "age", "row", "source_id", "wapo_id", "fe_id", "mpv_id", "years"}


def _cell(v: Any, column: str = "") -> str:
    v = _plain(v)
    if v is None:
        return "(unknown)"
    if isinstance(v, list):
        return "; ".join("" if x is None else str(x) for x in v)
    if isinstance(v, float):
        return f"{v:,.2f}"
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v) if column in PLAIN_INT_COLUMNS else f"{v:,}"
    return str(v)


def write(df: pd.DataFrame, fmt: Format | str = Format.table, out: Path | None = None,
          title: str | None = None, meta: dict[str, Any] | None = None,
          stream: TextIO | None = None) -> None:
    fmt = Format(fmt)
    if fmt is Format.table and out is None:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for c in df.columns:
            numeric = pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])
            table.add_column(str(c), justify="right" if numeric else "left")
        names = [str(c) for c in df.columns]
        for r in df.itertuples(index=False):
            table.add_row(*(_cell(v, c) for v, c in zip(r, names)))
        Console(file=stream or sys.stdout, width=200).print(table)
        return
    if fmt is Format.csv:
        flat = df.copy()
        for c in flat.columns:
            if flat[c].map(lambda v: isinstance(v, (list, np.ndarray))).any():
                flat[c] = flat[c].map(lambda v: _cell(v) if v is not None else None)
        text = flat.to_csv(index=False)
    else:
        payload: Any = rows(df) if meta is None else {**meta, "rows": rows(df)}
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        (stream or sys.stdout).write(text)
