"""`forcewatch diff` finds what WaPo changed between snapshots, field by field,
checked against the raw files."""

from __future__ import annotations

import csv

from typer.testing import CliRunner

from forcewatch.analysis.diff import diff
from forcewatch.cli import app

OLD = "wapo/wapo_v1_fatal-police-shootings-data_2021-05-01.csv"
NEW = "wapo/wapo_v1_fatal-police-shootings-data_final_2022-12.csv"


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


def test_added_removed_and_race_changes_match_raw_files(full_con, mirror):
    old, new = _rows(mirror / OLD), _rows(mirror / NEW)
    d = diff(full_con, "wapo", "2021-05-01", "2022-12")
    assert set(d.added.source_id) == set(new) - set(old)
    assert set(d.removed.source_id) == set(old) - set(new)
    raw_race = {i for i in set(old) & set(new) if old[i]["race"] != new[i]["race"]}
    got_race = set(d.changed[d.changed.field == "race"].source_id)
    assert got_race == raw_race and raw_race
    one = d.changed[(d.changed.field == "race")].iloc[0]
    assert one.old_raw == old[one.source_id]["race"] and one.new_raw == new[one.source_id]["race"]


def test_layout_change_is_not_reported_as_correction(full_con):
    d = diff(full_con, "wapo", "2022-12", "2024-04-04")
    assert "threat" in d.skipped_fields  # v1 and v2 threat codes differ in meaning
    assert "threat" not in set(d.changed.field)
    assert d.summary()["changed_records"] < 8002


def test_diff_cli_json_and_unknown_snapshot(full_store):
    r = CliRunner().invoke(app, ["diff", "--store", str(full_store), "wapo", "2021-05-01",
                                 "2022-12", "-f", "json"])
    assert r.exit_code == 0, r.output
    payload = __import__("json").loads(r.output)
    assert payload["summary"]["added"] == len(payload["added"]) > 1000
    assert payload["summary"]["changed_records"] == len({c["source_id"] for c in payload["changed"]})
    r = CliRunner().invoke(app, ["diff", "--store", str(full_store), "wapo", "1999", "2022-12"])
    assert r.exit_code == 2 and "no snapshot '1999'" in r.output
