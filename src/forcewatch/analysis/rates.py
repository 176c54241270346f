"""Deaths per million residents per year, by state or by city.

Method (also printed in the report and docs/queries.md):

* the period is the calendar years where the query window (``since``/``until``)
  overlaps the dates the source snapshot covers;
* the population is the mean of the Census estimates for those years (best
  vintage; a year outside the estimates uses the nearest year available);
* rate = deaths / number of years / mean population x 1,000,000.

City rates join ``records.city`` + ``state`` to the Census place name with its
suffix removed ("Chicago city" -> "Chicago"), case-insensitively.
"""

from __future__ import annotations

import dataclasses

import duckdb
import numpy as np
import pandas as pd

from .query import Query, count, snapshot_sql, where_sql

TABLES = {"state": "population_state_best", "city": "population_place_best"}


def _period(con: duckdb.DuckDBPyConnection, q: Query) -> pd.DataFrame:
    """Per (source, snapshot): first and last year covered by the query window."""
    snap_sql, params = snapshot_sql(q)
    sql = f"""WITH sel AS ({snap_sql})
        SELECT r.source, r.snapshot, min(r.date) AS first, max(r.date) AS last
        FROM {"deaths" if q.linked else "records"} r JOIN sel USING (source, snapshot) GROUP BY ALL"""
    df = con.execute(sql, params).df()
    lo = pd.to_datetime(df["first"]).dt.year
    hi = pd.to_datetime(df["last"]).dt.year
    if q.since:
        lo = np.maximum(lo, q.since.year)
    if q.until:
        hi = np.minimum(hi, q.until.year)
    df["first_year"], df["last_year"] = lo.astype(int), hi.astype(int)
    df["years"] = (df["last_year"] - df["first_year"] + 1).clip(lower=0)
    return df[["source", "snapshot", "first_year", "last_year", "years"]]


def _population(con: duckdb.DuckDBPyConnection, by: str) -> pd.DataFrame:
    table = TABLES[by]
    try:
        if by == "state":
            pop = con.execute(f"SELECT state AS key, year, population FROM {table}").df()
        else:
            pop = con.execute(f"SELECT lower(city || ', ' || state) AS key, year, population "
                              f"FROM {table}").df()
    except duckdb.CatalogException:
        return pd.DataFrame(columns=["key", "year", "population"])
    return pop.dropna()


def _mean_population(pop: pd.DataFrame, first: int, last: int) -> pd.Series:
    """Mean population per key over [first, last], clamping years to those available."""
    if pop.empty or last < first:
        return pd.Series(dtype=float)
    wide = pop.pivot_table(index="key", columns="year", values="population", aggfunc="max")
    avail = np.array(sorted(wide.columns))
    wanted = [int(avail[np.abs(avail - y).argmin()]) for y in range(first, last + 1)]
    filled = wide.ffill(axis=1).bfill(axis=1)
    return filled[wanted].mean(axis=1)


def rates(con: duckdb.DuckDBPyConnection, q: Query | None = None, *, by: str = "state",
          min_population: int = 0) -> pd.DataFrame:
    """Deaths and deaths per million residents per year, by `by` ('state' or 'city')."""
    if by not in TABLES:
        raise ValueError("rates are by 'state' or by 'city'")
    q = dataclasses.replace(q or Query(), by=[by])
    counts = count(con, q)
    period = _period(con, q)
    pop = _population(con, by)
    wanted = set(counts[by].str.lower() if by == "city" else counts[by])
    pop = pop[pop["key"].isin(wanted)]
    out = []
    for (source, snapshot), grp in counts.groupby(["source", "snapshot"], sort=True):
        per = period[(period.source == source) & (period.snapshot == snapshot)].iloc[0]
        means = _mean_population(pop, int(per.first_year), int(per.last_year))
        g = grp.copy()
        keys = g[by].str.lower() if by == "city" else g[by]
        g["population"] = keys.map(means).round().astype("Int64")
        g["years"] = int(per.years)
        g["period"] = f"{per.first_year}-{per.last_year}"
        g["per_million_per_year"] = (g["deaths"] / g["years"] / g["population"] * 1e6).round(2)
        out.append(g)
    if not out:
        return pd.DataFrame(columns=["source", "snapshot", by, "deaths", "population", "years",
                                     "period", "per_million_per_year"])
    df = pd.concat(out, ignore_index=True)
    if min_population:
        df = df[df["population"] >= min_population]
    return df.sort_values(["source", "snapshot", "per_million_per_year"],
                          ascending=[True, True, False], na_position="last").reset_index(drop=True)


__all__ = ["rates", "where_sql"]
