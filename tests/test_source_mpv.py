"""Mapping Police Violence adapter, on the real 2021-04 workbook of the mirror.
Expected values were read from the raw sheet '2013-2020 Police Killings'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import link_files, one_record, store_of
from forcewatch.readers import read_table
from forcewatch.sources import detect

MPV = "mpv/MPVDatasetDownload_2021-04-21.xlsx"
SHEET = "2013-2020 Police Killings"


@pytest.fixture(scope="module")
def con(mirror: Path, tmp_path_factory: pytest.TempPathFactory):
    yield from store_of(link_files(tmp_path_factory.mktemp("mpv") / "data", mirror, MPV))


def person(con, row: int) -> dict:
    return one_record(con, "source = 'mpv' AND \"row\" = ?", [row])


def test_mpv_only_the_incident_sheet_is_imported(con, mirror):
    files = con.execute("SELECT sheet, status, layout, snapshot, rows_read, imported, quarantined, "
                        "warnings FROM files WHERE path = ? AND status = 'imported'", [MPV]).fetchall()
    assert files == [(SHEET, "imported", "mpv", "2021-04-21", 9097, 9097, 0, 0)]
    skipped = con.execute("SELECT sheet FROM files WHERE path = ? AND status = 'skipped' "
                          "ORDER BY sheet", [MPV]).fetchall()
    assert [s for (s,) in skipped] == sorted(["2013-2020 Killings by PD",
                                               "2013-2020 Killings by State",
                                               "Police Killings of Black Men"])
    # the three summary sheets match no layout at all
    sheets = {t.sheet: detect(t.header) for t in read_table(mirror / MPV)}
    assert sheets[SHEET].name == "mpv"
    assert [s for s, lay in sheets.items() if lay is not None] == [SHEET]


def test_mpv_every_raw_code_is_mapped(con):
    assert con.execute("SELECT count(*) FROM issues WHERE source = 'mpv'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0


def test_mpv_surveillance_video_is_not_body_camera(con):
    # 'Surveillance Video', 'Bystander Video', 'Dashcam Video', 'cell phone video' (16 rows)
    # say some other video existed: body_camera stays unknown, the raw text is kept
    rows = con.execute("SELECT body_camera, count(*) FROM records "
                       "WHERE body_camera_raw ILIKE '%video%' GROUP BY ALL").fetchall()
    assert rows == [(None, 16)]
    rose = person(con, 3141)  # Antwon Michael Rose II, East Pittsburgh, 2018-06-19
    assert rose["name"] == "Antwon Michael Rose II" and rose["name_suffix"] == "II"
    assert rose["body_camera"] is None and rose["body_camera_raw"] == "Surveillance Video"
    assert con.execute("SELECT count(*) FILTER (body_camera), count(*) FILTER (NOT body_camera) "
                       "FROM records").fetchone() == (654, 5279)


def test_mpv_george_floyd_row(con):
    floyd = person(con, 985)
    assert floyd["date"] == dt.date(2020, 5, 25) and floyd["date_raw"] == "2020-05-25"
    assert (floyd["age"], floyd["gender"], floyd["race"]) == (46, "male", ["black"])
    assert (floyd["city"], floyd["state"], floyd["zip"], floyd["county"]) == (
        "Minneapolis", "MN", "55407", "Hennepin")
    assert floyd["agencies"] == ["Minneapolis Police Department"]
    assert floyd["agency_oris"] == ["MN0271100"]
    assert floyd["causes"] == ["restraint"] and floyd["cause_raw"] == "Physical Restraint"
    assert floyd["armed"] == "unarmed" and floyd["weapons"] is None
    assert floyd["weapon_raw"] == "no object"
    assert (floyd["threat"], floyd["flee"], floyd["body_camera"]) == ("other", None, True)
    assert floyd["mental_illness"] == "no"
    assert floyd["officer_names"] == ["Derek Chauvin", "Tou Thao"]
    assert (floyd["source_id"], floyd["mpv_id"], floyd["fe_id"], floyd["wapo_id"]) == (
        "8122", "8122", "28107", None)
    assert floyd["disposition"] == ("Charged with 3rd degree murder, Convicted | "
                                    "Criminal charges: Charged, Convicted")


def test_mpv_name_withheld_by_police(con):
    rows = con.execute("SELECT name_raw, count(*) FROM records WHERE name_withheld "
                       "AND name IS NULL GROUP BY ALL").fetchall()
    assert rows == [("Name withheld by police", 184)]


def test_mpv_multi_cause_is_split(con):
    assert con.execute("SELECT DISTINCT causes FROM records WHERE cause_raw = 'Gunshot, Taser'"
                       ).fetchall() == [(["gunshot", "taser"],)]
    assert con.execute("SELECT count(*) FROM records WHERE causes = ['gunshot', 'taser']"
                       ).fetchone()[0] == 273
    jones = person(con, 4302)  # David Thomas Jones, Philadelphia
    assert jones["causes"] == ["gunshot", "taser"] and jones["cause"] == "gunshot"


def test_mpv_agency_names_containing_commas_stay_whole(con):
    def agencies(raw: str):
        return con.execute("SELECT DISTINCT agencies FROM records WHERE agencies_raw = ?",
                           [raw]).fetchall()

    assert agencies("New Hanover County Sheriff's Department, Bureau of Alcohol, Tobacco, "
                    "Firearms and Explosives") == [
        (["New Hanover County Sheriff's Department",
          "Bureau of Alcohol, Tobacco, Firearms and Explosives"],)]
    assert agencies("Kansas City, KS Police Department") == [
        (["Kansas City, KS Police Department"],)]
    assert agencies("Washoe County Sheriff's Office, University of Nevada, Reno Police "
                    "Department") == [
        (["Washoe County Sheriff's Office", "University of Nevada, Reno Police Department"],)]
    assert agencies("Columbus Police Department, Westerville Police Department") == [
        (["Columbus Police Department", "Westerville Police Department"],)]


def test_mpv_no_agency_ori_is_not_an_ori(con):
    rows = con.execute("SELECT count(*), count(r.agency_oris) FROM records r "
                       "JOIN records_raw x USING (record_id) "
                       "WHERE x.raw->>'ORI Agency Identifier (if available)' = 'Not Found/No Agency ORI'"
                       ).fetchone()
    assert rows == (116, 0)
    # 'U.S. Marshals' is a name, not an ORI code
    assert con.execute("SELECT count(*) FROM records, unnest(agency_oris) u(o) "
                       "WHERE o NOT SIMILAR TO '[A-Z]{2}[A-Z0-9]{5,7}'").fetchone()[0] == 0


def test_mpv_toy_weapon_while_unarmed_is_replica(con):
    rows = con.execute("SELECT armed_raw, weapon_raw, armed, weapons, count(*) FROM records "
                       "WHERE armed = 'replica' GROUP BY ALL ORDER BY ALL").fetchall()
    assert rows == [
        ("Allegedly Armed", "air pistol", "replica", ["replica"], 1),
        ("Unarmed/Did Not Have Actual Weapon", "Airsoft pistol", "replica", ["replica"], 1),
        ("Unarmed/Did Not Have Actual Weapon", "BB gun", "replica", ["replica"], 2),
        ("Unarmed/Did Not Have Actual Weapon", "air pistol", "replica", ["replica"], 1),
        ("Unarmed/Did Not Have Actual Weapon", "toy weapon", "replica", ["replica"], 266)]
    # a cell phone is not a weapon category that changes the status
    martinez = person(con, 7041)
    assert (martinez["armed"], martinez["weapons"]) == ("unarmed", ["other"])


def test_mpv_gold_link_ids(con):
    assert con.execute("SELECT count(wapo_id), count(fe_id), count(mpv_id), "
                       "count(*) - count(source_id) FROM records").fetchone() == (6016, 8957, 9068, 29)


def test_mpv_blank_is_unknown_never_no(con):
    # blank threat / flee / off-duty cells stay NULL
    assert con.execute("SELECT count(*) FILTER (threat_raw IS NULL AND threat IS NULL), "
                       "count(*) FILTER (flee_raw IS NULL AND flee IS NULL), "
                       "count(*) FILTER (off_duty IS NULL), count(*) FILTER (off_duty = false) "
                       "FROM records").fetchone() == (2388, 3075, 8849, 0)
