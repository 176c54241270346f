"""The Python API answers the foundation's question and returns DataFrames."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import forcewatch as fw


def test_python_api_minors_per_source_and_snapshot(full_store):
    con = fw.connect(full_store)
    q = fw.Query(all_snapshots=True, since=dt.date(2015, 1, 1), age_max=17,
                 by=["age_band", "race"], age_bands="0-15,16-17")
    df = fw.count(con, q)
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == ["source", "snapshot", "age_band", "race", "deaths"]
    # every source that records ages answers, for every one of its snapshots
    with_ages = {tuple(r) for r in con.execute(
        "SELECT DISTINCT source, snapshot FROM records WHERE age IS NOT NULL "
        "AND date >= DATE '2015-01-01' AND age < 18").fetchall()}
    assert set(zip(df.source, df.snapshot)) == with_ages
    for source, snapshot in with_ages:
        direct = con.execute("SELECT count(*) FROM records WHERE source = ? AND snapshot = ? "
                             "AND age < 18 AND date >= DATE '2015-01-01'",
                             [source, snapshot]).fetchone()[0]
        part = df[(df.source == source) & (df.snapshot == snapshot)]
        assert part.deaths.sum() == direct


def test_python_api_rates_and_records(full_store):
    con = fw.connect(full_store)
    df = fw.rates(con, fw.Query(sources=["wapo"], since=dt.date(2015, 1, 1)), by="state")
    nm = df[df.state == "NM"].iloc[0]
    assert nm.period == "2015-2024" and nm.years == 10
    assert abs(nm.per_million_per_year - nm.deaths / 10 / nm.population * 1e6) < 0.01
    recs = fw.records(con, fw.Query(name="Toledo", city=["Chicago"]))
    assert set(recs.source) >= {"wapo", "mpv"}
