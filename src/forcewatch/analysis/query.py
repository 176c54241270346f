"""Counts and breakdowns of records, per source and snapshot.

Counts are never summed across sources: the same death appears in several of
them.  Every result carries `source` and `snapshot` columns.  All user input
reaches SQL as bound parameters; group-by names come from a fixed whitelist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, Sequence

import duckdb
import pandas as pd

#: coded scalar filters: option -> column
SCALAR_FILTERS = {"gender": "gender", "armed": "armed", "flee": "flee",
                  "mental_illness": "mental_illness", "threat": "threat",
                  "intended_force": "intended_force"}
#: multi-valued filters: option -> list column
LIST_FILTERS = {"race": "race", "cause": "causes", "weapon": "weapons"}
UNKNOWN = "unknown"
#: `intended_force` codes of deaths the source counts although police force did not cause
#: them (Fatal Encounters' "Intended use of force": Suicide, No); `--police-force-only` drops them
NOT_POLICE_FORCE = ("suicide", "none")
DEFAULT_AGE_BANDS = "0-17,18-24,25-34,35-44,45-54,55-64,65-"

#: group-by name -> SQL expression over the records relation `r`
GROUPS: dict[str, str] = {
    "year": "r.year",
    "month": "strftime(r.date, '%Y-%m')",
    "state": "r.state",
    "city": "r.city || ', ' || r.state",
    "county": "r.county || ', ' || r.state",
    "agency": "unnest(coalesce(r.agencies, [NULL]))",
    "race": "CASE WHEN len(r.race) = 1 THEN r.race[1] WHEN len(r.race) > 1 THEN 'multiracial' END",
    "gender": "r.gender",
    "cause": "r.cause",
    "armed": "r.armed",
    "weapon": "unnest(coalesce(r.weapons, [NULL]))",
    "threat": "r.threat",
    "flee": "r.flee",
    "body_camera": "r.body_camera",
    "mental_illness": "r.mental_illness",
    "intended_force": "r.intended_force",
    "age_band": "",  # built from Query.age_bands
    "age": "r.age",
}


@dataclass
class Query:
    """Filters and grouping for :func:`count`. Empty / None means no filter."""

    sources: Sequence[str] = ()
    snapshots: dict[str, str] = field(default_factory=dict)  # source -> snapshot label
    as_of: dt.date | None = None  # newest snapshot of each source published by then
    all_snapshots: bool = False
    linked: bool = False  # de-duplicated deaths across sources (view `deaths`, after `link`)
    since: dt.date | None = None
    until: dt.date | None = None
    age_min: int | None = None
    age_max: int | None = None
    gender: Sequence[str] = ()
    race: Sequence[str] = ()
    state: Sequence[str] = ()
    city: Sequence[str] = ()
    agency: str | None = None  # case-insensitive substring of any agency name or ORI
    cause: Sequence[str] = ()
    armed: Sequence[str] = ()
    weapon: Sequence[str] = ()
    threat: Sequence[str] = ()
    flee: Sequence[str] = ()
    body_camera: bool | None = None
    mental_illness: Sequence[str] = ()
    intended_force: Sequence[str] = ()
    police_force_only: bool = False  # leave out deaths whose source says police force did not cause them
    name: str | None = None  # case-insensitive substring of the name
    by: Sequence[str] = ()
    age_bands: str = DEFAULT_AGE_BANDS

    def describe(self) -> dict[str, Any]:
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v not in (None, (), [], {}, False) and f.name != "age_bands":
                out[f.name] = v.isoformat() if isinstance(v, dt.date) else v
        return out


def snapshot_sql(q: Query) -> tuple[str, list[Any]]:
    """SQL selecting (source, snapshot) pairs the query runs on, and its parameters."""
    params: list[Any] = []
    if q.linked:
        return "SELECT 'linked' AS source, 'deaths' AS snapshot", params
    if q.all_snapshots:
        sql = "SELECT source, snapshot FROM snapshots"
    elif q.as_of:
        sql = ("SELECT source, arg_max(snapshot, snapshot_date) AS snapshot FROM snapshots "
               "WHERE snapshot_date <= ? GROUP BY source")
        params.append(q.as_of)
    else:
        sql = "SELECT source, snapshot FROM snapshots WHERE is_latest"
    if q.snapshots:
        pinned = " OR ".join("(source = ? AND snapshot = ?)" for _ in q.snapshots)
        sql = (f"SELECT * FROM ({sql}) WHERE source NOT IN ({', '.join('?' * len(q.snapshots))}) "
               f"UNION ALL SELECT source, snapshot FROM snapshots WHERE {pinned}")
        params += list(q.snapshots)
        for s, snap in q.snapshots.items():
            params += [s, snap]
    return sql, params


def _in(col: str, values: Sequence[str], params: list[Any]) -> str:
    vals = [v for v in values if v.lower() != UNKNOWN]
    parts = []
    if vals:
        parts.append(f"{col} IN ({', '.join('?' * len(vals))})")
        params.extend(vals)
    if len(vals) < len(values):
        parts.append(f"{col} IS NULL")
    return "(" + " OR ".join(parts) + ")"


def _has_any(col: str, values: Sequence[str], params: list[Any]) -> str:
    vals = [v for v in values if v.lower() != UNKNOWN]
    parts = []
    if vals:
        parts.append(f"list_has_any({col}, ?::VARCHAR[])")
        params.append(vals)
    if len(vals) < len(values):
        parts.append(f"({col} IS NULL OR len({col}) = 0)")
    return "(" + " OR ".join(parts) + ")"


def where_sql(q: Query) -> tuple[str, list[Any]]:
    params: list[Any] = []
    conds: list[str] = []
    if q.sources and q.linked:  # deaths that these sources report
        conds.append("list_has_any(r.sources, ?::VARCHAR[])")
        params.append(list(q.sources))
    elif q.sources:
        conds.append(_in("r.source", list(q.sources), params))
    if q.since:
        conds.append("r.date >= ?")
        params.append(q.since)
    if q.until:
        conds.append("r.date <= ?")
        params.append(q.until)
    if q.age_min is not None:
        conds.append("r.age >= ?")
        params.append(q.age_min)
    if q.age_max is not None:
        conds.append("r.age <= ?")
        params.append(q.age_max)
    for opt, col in SCALAR_FILTERS.items():
        vals = getattr(q, opt)
        if vals:
            conds.append(_in(f"r.{col}", list(vals), params))
    for opt, col in LIST_FILTERS.items():
        vals = getattr(q, opt)
        if vals:
            conds.append(_has_any(f"r.{col}", list(vals), params))
    if q.state:
        conds.append(_in("r.state", [s.upper() for s in q.state], params))
    if q.city:
        conds.append(f"lower(r.city) IN ({', '.join('?' * len(q.city))})")
        params.extend(c.lower() for c in q.city)
    if q.agency:
        conds.append("(array_to_string(r.agencies, '|') ILIKE ? "
                     "OR array_to_string(r.agency_oris, '|') ILIKE ?)")
        params += [f"%{q.agency}%"] * 2
    if q.police_force_only:
        conds.append(f"(r.intended_force IS NULL OR r.intended_force NOT IN "
                     f"({', '.join('?' * len(NOT_POLICE_FORCE))}))")
        params.extend(NOT_POLICE_FORCE)
    if q.body_camera is not None:
        conds.append("r.body_camera = ?")
        params.append(q.body_camera)
    if q.name:
        conds.append("r.name ILIKE ?")
        params.append(f"%{q.name}%")
    return (" AND ".join(conds) or "TRUE"), params


def parse_bands(spec: str) -> list[tuple[int, int | None, str]]:
    """'0-15,16-17,18-' -> [(0, 15, '0-15'), (16, 17, '16-17'), (18, None, '18+')]."""
    bands = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        lo_s, _, hi_s = part.partition("-")
        lo = int(lo_s)
        hi = int(hi_s) if hi_s.strip() else None
        if hi is not None and hi < lo:
            raise ValueError(f"age band {part!r}: upper bound below lower bound")
        bands.append((lo, hi, f"{lo}-{hi}" if hi is not None else f"{lo}+"))
    if not bands:
        raise ValueError("no age bands given")
    return bands


def group_expr(name: str, q: Query, params: list[Any]) -> str:
    if name not in GROUPS:
        raise ValueError(f"cannot group by {name!r}; choose from {', '.join(GROUPS)}")
    if name != "age_band":
        return GROUPS[name]
    whens = []
    for lo, hi, label in parse_bands(q.age_bands):
        if hi is None:
            whens.append("WHEN r.age >= ? THEN ?")
            params += [lo, label]
        else:
            whens.append("WHEN r.age BETWEEN ? AND ? THEN ?")
            params += [lo, hi, label]
    return f"CASE {' '.join(whens)} END"


def _relation(q: Query, relation: str | None) -> str:
    return relation or ("deaths" if q.linked else "records")


def count(con: duckdb.DuckDBPyConnection, q: Query | None = None, *,
          relation: str | None = None) -> pd.DataFrame:
    """Deaths per source and snapshot, broken down by `q.by`, as a DataFrame.
    With ``q.linked``: de-duplicated deaths across all sources (source 'linked')."""
    q = q or Query()
    relation = _relation(q, relation)
    snap_sql, params = snapshot_sql(q)
    group_params: list[Any] = []
    exprs = [group_expr(b, q, group_params) for b in q.by]
    where, wparams = where_sql(q)
    select_groups = "".join(f', {e} AS "{b}"' for e, b in zip(exprs, q.by))
    order = ", ".join(["source", "snapshot"] + [f'"{b}" NULLS LAST' for b in q.by])
    sql = f"""
        WITH sel AS ({snap_sql}),
        base AS (
          SELECT r.source, r.snapshot{select_groups}
          FROM {relation} r JOIN sel ON r.source = sel.source AND r.snapshot = sel.snapshot
          WHERE {where}
        )
        SELECT source, snapshot{''.join(f', "{b}"' for b in q.by)}, count(*) AS deaths
        FROM base GROUP BY ALL ORDER BY {order}"""
    return con.execute(sql, params + group_params + wparams).df()


def records(con: duckdb.DuckDBPyConnection, q: Query | None = None, *,
            columns: Sequence[str] = ("record_id", "source", "snapshot", "source_id", "name", "age",
                                      "gender", "race", "date", "city", "state", "cause", "armed"),
            limit: int | None = 1000, relation: str | None = None) -> pd.DataFrame:
    """The matching records themselves (for listing and export)."""
    from ..schema import COLUMNS_BY_NAME

    q = q or Query()
    relation = _relation(q, relation)
    bad = [c for c in columns if c not in COLUMNS_BY_NAME]
    if bad:
        raise ValueError(f"unknown column(s): {', '.join(bad)}")
    snap_sql, params = snapshot_sql(q)
    where, wparams = where_sql(q)
    cols = ", ".join(f'r."{c}"' for c in columns)
    sql = f"""WITH sel AS ({snap_sql})
        SELECT {cols} FROM {relation} r
        JOIN sel ON r.source = sel.source AND r.snapshot = sel.snapshot
        WHERE {where} ORDER BY r.source, r.snapshot, r.date, r.record_id"""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return con.execute(sql, params + wparams).df()
