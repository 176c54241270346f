"""The Guardian's The Counted adapter, on the real 2015/2016 files of the mirror.
Expected values were read from the raw CSV files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from conftest import link_files, one_record, store_of
from forcewatch.build import build

FILES = ("guardian/the-counted-2015.csv", "guardian/the-counted-2016.csv",
         "guardian/guard-raw_2016_downloaded-2017-01-01.csv")
HEADER = ("uid,name,age,gender,raceethnicity,month,day,year,streetaddress,city,state,"
          "classification,lawenforcementagency,armed")


@pytest.fixture(scope="module")
def con(mirror: Path, tmp_path_factory: pytest.TempPathFactory):
    yield from store_of(link_files(tmp_path_factory.mktemp("guardian") / "data", mirror, *FILES))


def person(con, file: str, uid: str) -> dict:
    return one_record(con, "file = ? AND source_id = ?", [file, uid])


def test_guardian_per_file_counts(con):
    rows = con.execute("SELECT path, layout, snapshot, rows_read, imported, quarantined, warnings "
                       "FROM files ORDER BY path").fetchall()
    assert rows == [
        ("guardian/guard-raw_2016_downloaded-2017-01-01.csv", "guardian", "2017-01-01",
         1068, 1068, 0, 0),
        ("guardian/the-counted-2015.csv", "guardian", "2017-06-21", 1146, 1146, 0, 0),
        ("guardian/the-counted-2016.csv", "guardian", "2017-06-21", 1093, 1093, 0, 0)]


def test_guardian_every_raw_code_is_mapped(con):
    assert con.execute("SELECT count(*) FROM issues").fetchone()[0] == 0


def test_guardian_date_is_built_from_month_day_year(con):
    gray = person(con, "the-counted-2015.csv", "421")  # Freddie Gray, Baltimore
    assert gray["date"] == dt.date(2015, 4, 12) and gray["date_raw"] == "April 12, 2015"
    assert gray["name"] == "Freddie Gray" and gray["race"] == ["black"]
    assert gray["agencies"] == ["Baltimore Police Department"]
    assert con.execute("SELECT min(date), max(date) FROM records WHERE file = 'the-counted-2016.csv'"
                       ).fetchone() == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_guardian_impossible_date_is_quarantined(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "the-counted-test.csv").write_text(
        HEADER + "\n"
        '"1","Test Person","30","Male","White","February","30","2015","1 Main St","Town","CA",'
        '"Gunshot","Town Police Department","Firearm"\n'
        '"2","Other Person","31","Female","Black","February","28","2015","2 Main St","Town","CA",'
        '"Gunshot","Town Police Department","Knife"\n', "utf-8")
    build(data, tmp_path / "s.duckdb")
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as c:
        assert c.execute("SELECT imported, quarantined FROM files").fetchone() == (1, 1)
        row, field, reason = c.execute('SELECT "row", field, reason FROM quarantine').fetchone()
        assert (row, field) == (2, "date") and "February 30, 2015" in reason


def test_guardian_death_in_custody_is_other_cause(con):
    ajibade = person(con, "the-counted-2015.csv", "2")  # Matthew Ajibade, Savannah
    assert ajibade["cause_raw"] == "Death in custody" and ajibade["causes"] == ["other"]
    assert (ajibade["armed"], ajibade["weapons"]) == ("unarmed", None)
    assert ajibade["agencies"] == ["Chatham County Sheriff's Office"]


def test_guardian_armed_maps_to_status_and_weapons(con):
    rows = con.execute("SELECT armed_raw, armed, weapons, count(*) FROM records "
                       "WHERE file = 'the-counted-2015.csv' GROUP BY ALL ORDER BY ALL").fetchall()
    assert rows == [("Disputed", "disputed", None, 5), ("Firearm", "armed", ["gun"], 554),
                    ("Knife", "armed", ["knife"], 152), ("No", "unarmed", None, 235),
                    ("Non-lethal firearm", "replica", ["replica"], 47),
                    ("Other", "armed", ["other"], 64), ("Unknown", None, None, 45),
                    ("Vehicle", "vehicle", ["vehicle"], 44)]


def test_guardian_race_and_gender_labels(con):
    morad = person(con, "the-counted-2015.csv", "454")  # Feras Morad, Long Beach
    assert morad["race_raw"] == "Arab-American" and morad["race"] == ["middle_eastern"]
    hernandez = person(con, "the-counted-2015.csv", "71")  # Jesse Hernandez, Denver
    assert (hernandez["gender_raw"], hernandez["gender"]) == ("Non-conforming", "nonbinary")
    assert con.execute("SELECT DISTINCT race FROM records "
                       "WHERE race_raw = 'Asian/Pacific Islander'").fetchall() == [
        (["asian_pacific_islander"],)]
    assert con.execute("SELECT count(*), count(race) FROM records WHERE race_raw = 'Unknown'"
                       ).fetchone() == (18 + 22 + 24, 0)


def test_guardian_unknown_name_is_withheld(con):
    assert con.execute("SELECT file, count(*) FROM records WHERE name_withheld AND name IS NULL "
                       "GROUP BY ALL ORDER BY ALL").fetchall() == [
        ("guard-raw_2016_downloaded-2017-01-01.csv", 10), ("the-counted-2015.csv", 1),
        ("the-counted-2016.csv", 5)]


def test_guardian_agency_lists(con):
    rahim = person(con, "the-counted-2015.csv", "467")  # Usaama Rahim
    assert rahim["agencies"] == ["Boston Police Department", "FBI"]
    muna = person(con, "the-counted-2015.csv", "96")  # a joint task force: one agency
    assert muna["agencies"] == [
        "Tempe, Chandler and Mesa Police Departments [US Marshals Service Task Force]"]
    assert con.execute("SELECT count(*), count(agencies) FROM records "
                       "WHERE agencies_raw = 'Unknown'").fetchone() == (3 + 16 + 15, 0)
