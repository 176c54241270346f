"""Queries answer the foundation's question per source and snapshot, and agree
with counts computed independently from the raw files."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from forcewatch.analysis.query import Query, count, parse_bands, records
from forcewatch.cli import app

V2 = "wapo/wapo_v2_fatal-police-shootings-data_2024-04-04.csv"
V1_2021 = "wapo/wapo_v1_fatal-police-shootings-data_2021-05-01.csv"


def _raw_minors(path, age_max):
    with open(path, newline="", encoding="utf-8") as fh:
        return sum(1 for r in csv.DictReader(fh)
                   if r["age"] and int(r["age"]) <= age_max and r["date"] >= "2015-01-01")


def _raw_minor_races(path):
    out: dict[str, int] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["age"] and int(r["age"]) < 18:
                out[r["race"]] = out.get(r["race"], 0) + 1
    return out


def test_minors_since_2015_per_snapshot_match_raw_files(full_con, mirror):
    q = Query(sources=["wapo"], all_snapshots=True, since=dt.date(2015, 1, 1), age_max=17,
              by=["age_band"], age_bands="0-15,16-17")
    df = count(full_con, q)
    got = {(r.snapshot, r.age_band): r.deaths for r in df.itertuples()}
    for snap, rel in (("2024-04-04", V2), ("2021-05-01", V1_2021)):
        under18 = _raw_minors(mirror / rel, 17)
        upto15 = _raw_minors(mirror / rel, 15)
        assert got[(snap, "0-15")] == upto15
        assert got[(snap, "0-15")] + got[(snap, "16-17")] == under18
    assert got[("2021-05-01", "0-15")] + got[("2021-05-01", "16-17")] > 100


def test_minor_races_match_raw_codes(full_con, mirror):
    df = count(full_con, Query(sources=["wapo"], age_max=17, by=["race"]))
    got = {(r.race if isinstance(r.race, str) else None): r.deaths for r in df.itertuples()}
    raw = _raw_minor_races(mirror / V2)
    assert got.get("black") == raw["B"]
    assert got.get("hispanic") == raw["H"]
    assert got.get(None) == raw[""]  # blank race stays unknown


def test_default_is_newest_snapshot_and_as_of_picks_older(full_con):
    newest = count(full_con, Query(sources=["wapo"]))
    assert list(newest.snapshot) == ["2024-04-04"]
    older = count(full_con, Query(sources=["wapo"], as_of=dt.date(2023, 1, 31)))
    assert list(older.snapshot) == ["2022-12"]
    pinned = count(full_con, Query(sources=["wapo"], snapshots={"wapo": "2021-05-01"}))
    assert list(pinned.snapshot) == ["2021-05-01"] and pinned.deaths[0] == 6241


def test_unknown_filter_means_null(full_con):
    unknown = count(full_con, Query(sources=["wapo"], armed=["unknown"])).deaths[0]
    raw_blank = full_con.execute("SELECT count(*) FROM records_latest WHERE source = 'wapo' "
                                 "AND armed_raw IS NULL").fetchone()[0]
    assert unknown == raw_blank > 0


def test_filters_combine(full_con):
    q = Query(sources=["wapo"], state=["il"], city=["CHICAGO"], since=dt.date(2021, 3, 1),
              until=dt.date(2021, 3, 31), age_max=17)
    df = records(full_con, q, columns=["name", "age", "date"])
    assert list(df.name) == ["Adam Toledo"]


KSR = "gold/ca-fatalencounters-ksr_2023-08-19.csv"


def test_police_force_only_leaves_out_what_the_source_says_police_did_not_cause(full_con, mirror):
    with open(mirror / KSR, newline="", encoding="utf-8") as fh:
        raw = [r["Intended use of force (Developing)"].strip().lower() for r in csv.DictReader(fh)]
    df = count(full_con, Query(sources=["ksr"], by=["intended_force"]))
    got = {(r.intended_force if isinstance(r.intended_force, str) else None): r.deaths for r in df.itertuples()}
    assert got["suicide"] == raw.count("suicide") > 0
    assert got["none"] == raw.count("no") > 0
    assert got[None] == raw.count("")
    kept = count(full_con, Query(sources=["ksr"], police_force_only=True)).deaths[0]
    assert kept == len(raw) - raw.count("suicide") - raw.count("no")
    # a source without the field loses nothing; a filter on the field itself works as the others
    wapo = count(full_con, Query(sources=["wapo"])).deaths[0]
    assert count(full_con, Query(sources=["wapo"], police_force_only=True)).deaths[0] == wapo
    assert count(full_con, Query(sources=["ksr"], intended_force=["pursuit"])).deaths[0] == raw.count("pursuit")


def test_agency_filter_and_group(full_con):
    df = count(full_con, Query(sources=["wapo"], agency="Chicago Police", by=["agency"]))
    assert (df.deaths > 0).all()
    assert any("Chicago Police Department" == a for a in df.agency)


def test_values_are_parameters_not_sql(full_con):
    q = Query(sources=["wapo"], name="x' OR 1=1 --", state=["IL' OR '1'='1"])
    assert count(full_con, q).empty


def test_bad_group_and_bands_are_refused(full_con):
    with pytest.raises(ValueError, match="cannot group by"):
        count(full_con, Query(by=["shoe_size"]))
    with pytest.raises(ValueError):
        parse_bands("18-10")


def test_cli_answers_the_question_in_json(full_store):
    r = CliRunner().invoke(app, ["count", "--store", str(full_store), "--since", "2015",
                                 "--age-max", "17", "--by", "age_band", "--age-bands", "0-15,16-17",
                                 "--by", "race", "--source", "wapo", "-f", "json"])
    assert r.exit_code == 0, r.output
    payload = json.loads(r.output)
    assert payload["query"]["age_max"] == 17
    total = sum(row["deaths"] for row in payload["rows"])
    assert total == count(__import__("forcewatch.store").store.connect(full_store),
                          Query(sources=["wapo"], since=dt.date(2015, 1, 1), age_max=17)).deaths[0]


def test_cli_help_lists_every_command_with_an_example():
    import typer.main

    r = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "240", "TERMINAL_WIDTH": "240"})
    assert r.exit_code == 0
    names = list(typer.main.get_command(app).commands)
    assert len(names) >= 10
    for name in names:
        assert f"forcewatch {name}" in r.output, name


def test_cli_csv_and_sql(full_store, tmp_path):
    out = tmp_path / "c.csv"
    r = CliRunner().invoke(app, ["count", "--store", str(full_store), "--by", "year", "-f", "csv",
                                 "-o", str(out), "--source", "wapo"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(out.open()))
    assert rows[0].keys() == {"source", "snapshot", "year", "deaths"}
    r = CliRunner().invoke(app, ["sql", "--store", str(full_store), "-f", "json",
                                 "SELECT count(*) AS n FROM records WHERE source = 'wapo'"])
    assert json.loads(r.output)[0]["n"] == 6241 + 8002 + 9518
    r = CliRunner().invoke(app, ["sql", "--store", str(full_store), "SELEC nonsense"])
    assert r.exit_code == 1 and "SQL error" in r.output
