"""Fatal Encounters adapters: the oldest official layout (real 2014 sample), the
slanglab name list (real), and the newer official layouts (hand-made fixture,
since no raw copy of them is in the mirror).  Expected values for the real files
were read from the raw files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from conftest import link_files, one_record, store_of
from forcewatch.build import build
from forcewatch.readers import read_table
from forcewatch.sources import detect
from forcewatch.sources.base import ImportContext
from forcewatch.validate import check, complete

FORM = "fe/fe-official-layout-sample_2014-10-09.csv"
NAMES = "fe/fe-all_slanglab_downloaded-2017-02-27.jsonl"
FIXTURE = Path(__file__).parent / "fixtures" / "fe_newer_layout_sample.csv"
MARKER = "Items below this row have not been fact-checked"
#: the 2016-2019 header of the official FE spreadsheet
HEADER_2016 = [
    "Unique ID", "Subject's name", "Subject's age", "Subject's gender", "Subject's race",
    "Subject's race with imputations", "Imputation probability", "URL of image of deceased",
    "Date of injury resulting in death (month/day/year)", "Location of injury (address)",
    "Location of death (city)", "Location of death (state)", "Location of death (zip code)",
    "Location of death (county)", "Full Address", "Latitude", "Longitude",
    "Agency responsible for death", "Cause of death",
    "A brief description of the circumstances surrounding the death",
    "Dispositions/Exclusions INTERNAL USE, NOT FOR ANALYSIS",
    "Intentional Use of Force (Developing)", "Link to news article or photo of official document",
    "Symptoms of mental illness? INTERNAL USE, NOT FOR ANALYSIS", "Video", "Date&Description",
    "Unique ID formula", "Unique identifier (redundant)", "Date (Year)"]


@pytest.fixture(scope="module")
def con(mirror: Path, tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("fe")
    data = link_files(tmp / "data", mirror, FORM, NAMES)
    (data / "fixture").mkdir()
    (data / "fixture" / FIXTURE.name).symlink_to(FIXTURE)
    yield from store_of(data)


def person(con, file: str, row: int) -> dict:
    return one_record(con, 'file = ? AND "row" = ?', [file, row])


def convert(path: Path):
    table = read_table(path)[0]
    lay = detect(table.header)
    ctx = ImportContext(file=path.name, source=lay.source, layout=lay.name, snapshot="test",
                        snapshot_date=dt.date(2021, 7, 1), rows=np.asarray(table.rows))
    df = complete(lay().convert(table, ctx), ctx)
    check(df, ctx)
    return lay, df, ctx


def test_fe_per_file_counts(con):
    rows = con.execute("SELECT path, layout, source, snapshot, rows_read, imported, quarantined, "
                       "warnings FROM files ORDER BY path").fetchall()
    assert rows == [
        (NAMES, "fe_name_list", "fe", "2017-02-27", 18628, 18627, 1, 0),
        (FORM, "fe_form", "fe", "2014-10-09", 38, 38, 0, 0),
        ("fixture/" + FIXTURE.name, "fe", "fe", "2020-12-31", 13, 12, 1, 0)]


def test_fe_every_raw_code_is_mapped(con):
    assert con.execute("SELECT count(*) FROM issues WHERE severity = 'warning'").fetchone()[0] == 0


def test_fe_name_list_marker_row_is_quarantined_not_a_death(con):
    rows = con.execute('SELECT file, "row", field, reason FROM quarantine ORDER BY file').fetchall()
    assert [(f, r, fld) for f, r, fld, _ in rows] == [
        ("fe-all_slanglab_downloaded-2017-02-27.jsonl", 18628, "name"),
        ("fe_newer_layout_sample.csv", 10, "name")]
    for *_, reason in rows:
        assert MARKER in reason and "not a death" in reason
        assert "after the snapshot date" not in reason  # the marker is the only reason
    assert con.execute("SELECT count(*) FROM records WHERE name_raw ILIKE 'items below%'"
                       ).fetchone()[0] == 0


def test_fe_name_list_uses_the_full_name(con):
    first = person(con, "fe-all_slanglab_downloaded-2017-02-27.jsonl", 1)
    assert first["name"] == "LaTanya Janelle McCoy"  # 'name' is the shortened 'LaTanya McCoy'
    assert (first["first_name"], first["middle_name"], first["last_name"]) == (
        "LaTanya", "Janelle", "McCoy")
    assert (first["city"], first["state"], first["date"]) == (
        "Sacramento", None, dt.date(2000, 1, 2))
    assert (first["source"], first["layout"], first["source_id"], first["fe_id"]) == (
        "fe", "fe_name_list", None, None)
    assert con.execute("SELECT min(date), max(date) FROM records WHERE layout = 'fe_name_list'"
                       ).fetchone() == (dt.date(2000, 1, 2), dt.date(2017, 2, 20))


def test_fe_form_record_number_and_month_name_dates(con):
    herisse = person(con, "fe-official-layout-sample_2014-10-09.csv", 2)
    assert (herisse["name"], herisse["source_id"], herisse["fe_id"]) == (
        "Raymond Herisse", "1.1", None)
    assert herisse["date"] == dt.date(2011, 5, 30) and herisse["date_raw"] == "May 30, 2011"
    assert herisse["race"] == ["black"] and herisse["disposition"] == "justified"
    tsarnaev = person(con, "fe-official-layout-sample_2014-10-09.csv", 6)
    assert (tsarnaev["zip"], tsarnaev["state"], tsarnaev["race"]) == ("02472", "MA", ["white"])
    kephart = person(con, "fe-official-layout-sample_2014-10-09.csv", 27)
    assert kephart["causes"] == ["taser"] and kephart["cause_raw"] == "Tasered"
    bradley = person(con, "fe-official-layout-sample_2014-10-09.csv", 22)
    assert bradley["mental_illness"] == "drug_alcohol"
    assert con.execute("SELECT count(*), count(race) FROM records "
                       "WHERE layout = 'fe_form' AND race_raw = 'Unknown race'").fetchone() == (9, 0)
    assert con.execute("SELECT count(latitude) FROM records WHERE layout = 'fe_form'"
                       ).fetchone()[0] == 0  # no coordinates: NULL, not NaN


def test_fe_newer_layout_fixture(con):
    f = FIXTURE.name
    whitfield = person(con, f, 2)
    assert (whitfield["source_id"], whitfield["fe_id"]) == ("90001", "90001")
    assert (whitfield["armed"], whitfield["weapons"], whitfield["threat"], whitfield["flee"]) == (
        "armed", ["gun"], "threat", "not_fleeing")
    assert (whitfield["latitude"], whitfield["longitude"]) == (39.799, -89.644)
    withheld = person(con, f, 3)
    assert withheld["name"] is None and withheld["name_withheld"]
    assert withheld["race"] is None and withheld["race_raw"] == "Race unspecified"
    assert withheld["agencies"] == ["Washoe County Sheriff's Office",
                                    "University of Nevada, Reno Police Department"]
    assert (withheld["causes"], withheld["armed"], withheld["weapons"]) == (["taser"], "unarmed", None)
    oakes = person(con, f, 5)  # 'April 2, 2020', age '40s', a pellet gun
    assert oakes["date"] == dt.date(2020, 4, 2) and oakes["age"] is None
    assert (oakes["armed"], oakes["weapons"]) == ("replica", ["replica"])
    assert oakes["name_suffix"] == "Jr."
    nguyen = person(con, f, 6)
    assert (nguyen["race"], nguyen["causes"], nguyen["mental_illness"]) == (
        ["asian_pacific_islander"], ["medical"], "yes")
    rivera = person(con, f, 9)
    assert (rivera["gender"], rivera["flee"], rivera["latitude"]) == ("transgender", "vehicle", None)
    fisher = person(con, f, 11)
    assert fisher["agencies"] == ["Bureau of Alcohol, Tobacco, Firearms and Explosives",
                                  "Memphis Police Department"]
    assert (fisher["armed"], fisher["weapons"], fisher["threat"]) == ("vehicle", ["vehicle"], "other")
    assert len(fisher["urls"]) == 2
    kowalski = person(con, f, 13)  # armed / weapon / fleeing left blank: unknown, never "no"
    assert (kowalski["armed"], kowalski["weapons"], kowalski["flee"], kowalski["threat"]) == (
        None, None, None, None)
    assert kowalski["causes"] == ["fall"] and kowalski["mental_illness"] is None


def test_fe_2016_layout_uses_the_header_aliases(tmp_path):
    path = tmp_path / "fe-2016-layout.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER_2016)
        w.writerow(["17001", "Jordan Example", "31", "Male", "African-American/Black",
                    "African-American/Black", "Not imputed", "", "06/05/2016", "100 Main St",
                    "Tulsa", "OK", "74103", "Tulsa", "", "36.15", "-95.99",
                    "Tulsa Police Department, Oklahoma Highway Patrol", "Asphyxiated/Restrained",
                    "Invented description.", "Pending investigation", "Deadly force",
                    "https://example.org/a", "Yes", "", "", "", "", "2016"])
        w.writerow(["17002", MARKER + ".", "", "", "", "", "", "", "12/31/1999", "", "", "", "",
                    "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""])
    lay, df, ctx = convert(path)
    assert lay.name == "fe"
    row = df.iloc[0]
    assert (row["name"], row["state"], row["zip"], row["date"]) == (
        "Jordan Example", "OK", "74103", dt.date(2016, 6, 5))
    assert row["agencies"] == ["Tulsa Police Department", "Oklahoma Highway Patrol"]
    assert (row["causes"], row["mental_illness"], row["urls"]) == (
        ["restraint"], "yes", ["https://example.org/a"])
    assert row["description"] == "Invented description."
    assert [i.severity for i in ctx.issues] == ["error"]
    assert ctx.bad_index == {1: [f"name: {ctx.issues[0].message}"]}


def test_fe_layouts_are_told_apart_by_their_headers(mirror):
    assert detect(read_table(mirror / FORM)[0].header).name == "fe_form"
    assert detect(read_table(mirror / NAMES)[0].header).name == "fe_name_list"
    assert detect(read_table(FIXTURE)[0].header).name == "fe"
    assert detect(HEADER_2016).name == "fe"


@pytest.mark.slow
def test_fe_full_size_spreadsheet_imports_whole(tmp_path):
    """The full FE spreadsheet (~31k rows, ~20 MB) is not in the mirror: a file of that size
    is made by repeating the hand-made fixture rows with fresh ids, and must import whole."""
    import csv


    src = Path(__file__).parent / "fixtures" / "fe_newer_layout_sample.csv"
    with open(src, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], [r for r in rows[1:] if "fact-checked" not in ",".join(r)]
    folder = tmp_path / "fe"
    folder.mkdir()
    n = 0
    with open(folder / "fe_full_2021-07-01.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        while n < 31000:
            for r in body:
                r = list(r)
                r[0] = str(100000 + n)
                w.writerow(r)
                n += 1
    result = build(folder, tmp_path / "s.duckdb")
    f = next(x for x in result.files if x.file == "fe_full_2021-07-01.csv")
    assert (f.status, f.rows_read, f.imported + f.quarantined) == ("imported", n, n)
    assert f.imported == n  # every repeated row is a good row of the fixture
