"""Know Systemic Racism (California) adapter, on the real 2023-08-19 file of the
mirror.  Expected values were read from the raw CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import link_files, one_record, store_of

KSR = "gold/ca-fatalencounters-ksr_2023-08-19.csv"


@pytest.fixture(scope="module")
def con(mirror: Path, tmp_path_factory: pytest.TempPathFactory):
    yield from store_of(link_files(tmp_path_factory.mktemp("ksr") / "data", mirror, KSR))


def person(con, ksr_id: str) -> dict:
    return one_record(con, "source_id = ?", [ksr_id])


def test_ksr_file_counts(con):
    assert con.execute("SELECT layout, source, snapshot, rows_read, imported, quarantined, warnings "
                       "FROM files").fetchall() == [("ksr", "ksr", "2023-08-19", 876, 876, 0, 0)]


def test_ksr_every_raw_code_is_mapped(con):
    assert con.execute("SELECT count(*) FROM issues").fetchone()[0] == 0


def test_ksr_pre_2000_dates_are_kept(con):
    rows = con.execute("SELECT source_id, name, date FROM records WHERE year < 2000 ORDER BY date"
                       ).fetchall()
    assert rows == [("000076-ksr", "Bobby Hutton", dt.date(1968, 4, 6)),
                    ("000366-ksr", "James Mincey Jr.", dt.date(1982, 4, 5))]
    assert person(con, "000076-ksr")["date_raw"] == "1968-04-06T00:00:00Z"


def test_ksr_gold_link_ids(con):
    assert con.execute("SELECT count(fe_id), count(wapo_id), count(*) FILTER "
                       "(fe_id IS NOT NULL AND wapo_id IS NOT NULL) FROM records"
                       ).fetchone() == (816, 212, 158)


def test_ksr_name_parts_are_taken_from_the_source(con):
    grant = person(con, "000610-ksr")  # 'Oscar Juliuss Grant III'; the parts skip the middle name
    assert (grant["name"], grant["first_name"], grant["middle_name"], grant["last_name"],
            grant["name_suffix"]) == ("Oscar Juliuss Grant III", "Oscar", None, "Grant", "III")
    no_parts = person(con, "000609-ksr")  # 'Oscar Grant', parts blank: parsed from the full name
    assert (no_parts["first_name"], no_parts["last_name"], no_parts["fe_id"]) == (
        "Oscar", "Grant", None)
    assert con.execute("SELECT count(*) FROM records WHERE name_raw = 'Name withheld by police' "
                       "AND name IS NULL AND name_withheld").fetchone()[0] == 8


def test_ksr_race_unspecified_is_unknown(con):
    assert con.execute("SELECT race_raw, race, count(*) FROM records GROUP BY ALL ORDER BY ALL"
                       ).fetchall() == [("African Americans", ["black"], 778),
                                        ("Race unspecified", None, 96), (None, None, 2)]


def test_ksr_lat_lon_and_agencies(con):
    borden = person(con, "00000-ksr")  # Aaron Borden, Los Angeles, 2007
    assert (borden["latitude"], borden["longitude"]) == (34.010277, -118.307478)
    assert (borden["zip"], borden["fe_id"], borden["causes"]) == ("90062", "6282", ["gunshot"])
    davis = person(con, "000221-ksr")  # lea, lea 2 and lea 3 all filled
    assert davis["agencies"] == ["San Bernardino County Sheriff's Department",
                                 "San Bernardino Police Department",
                                 "California Department of Corrections and Rehabilitation"]
    # a blank lat_lon is NULL, never NaN
    assert con.execute("SELECT count(*) - count(latitude), count(*) FILTER (isnan(latitude)) "
                       "FROM records").fetchone() == (9, 0)


def test_ksr_fleeing_motorcycle_is_vehicle(con):
    rows = con.execute("SELECT flee_raw, flee, count(*) FROM records GROUP BY ALL ORDER BY ALL"
                       ).fetchall()
    assert rows == [("Fleeing/Bicycle", "other", 2), ("Fleeing/Foot", "foot", 87),
                    ("Fleeing/Motorcycle", "vehicle", 6), ("Fleeing/Vehicle", "vehicle", 70),
                    ("Not Fleeing", "not_fleeing", 2), ("Not fleeing", "not_fleeing", 206),
                    ("Uncertain", None, 3), ("Vehicle/Fleeing", "vehicle", 1), (None, None, 499)]


def test_ksr_pellet_gun_is_replica_and_wapo_codes_are_read(con):
    okamoto = person(con, "000136-ksr")  # 'Armed' + 'Firearm/Pellet gun'
    assert (okamoto["armed"], okamoto["weapons"], okamoto["threat"]) == (
        "replica", ["replica"], "threat")
    pinnock = person(con, "000849-ksr")  # a WaPo-sourced row: 'knife;vehicle'
    assert (pinnock["armed"], pinnock["weapons"], pinnock["mental_illness"]) == (
        "armed", ["knife", "vehicle"], "no")
    foster = person(con, "000692-ksr")  # 'Blunt object/Flashlight': category look-up
    assert foster["weapons"] == ["blunt_object"] and foster["flee"] == "other"
    assert con.execute("SELECT count(*) FROM records WHERE armed_raw IS NULL AND armed IS NOT NULL"
                       ).fetchone()[0] == 0


def test_ksr_mental_illness_from_either_column(con):
    # 'mental illness' TRUE/FALSE (WaPo rows) or FE's foreknowledge column: never both
    assert con.execute("SELECT mental_illness, count(*) FROM records GROUP BY ALL ORDER BY ALL"
                       ).fetchall() == [("drug_alcohol", 21), ("no", 415 + 46), ("yes", 81 + 8),
                                        (None, 296 + 9)]
    ashley = person(con, "000825-ksr")
    assert (ashley["mental_illness_raw"], ashley["mental_illness"]) == ("TRUE", "yes")


def test_ksr_age_under_one_year(con):
    lee = person(con, "000334-ksr")  # Halley Simone Lee, age '0.75'
    assert (lee["age_raw"], lee["age"]) == ("0.75", 0)


def test_ksr_intended_use_of_force(con):
    # FE's 'Intended use of force': kept raw, mapped; suicides are not police force
    assert con.execute("SELECT count(*) FROM records WHERE intended_force_raw IS NOT NULL "
                       "AND intended_force IS NULL").fetchone()[0] == 0
    irby = person(con, "000778-ksr")  # killed by the Gilroy festival gunman
    assert (irby["intended_force_raw"], irby["intended_force"]) == ("No", "none")
    assert irby["cause"] == "gunshot"  # manner of death stays what the source says
    dorner = person(con, "000140-ksr")
    assert (dorner["intended_force_raw"], dorner["intended_force"]) == ("Suicide", "suicide")
    counts = dict(con.execute("SELECT intended_force, count(*) FROM records GROUP BY 1").fetchall())
    assert counts["suicide"] == 22 and counts["none"] == 21 and counts["pursuit"] == 113
