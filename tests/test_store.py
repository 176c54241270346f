"""The store: rebuilding is idempotent, and a failed build leaves the old store intact."""

from __future__ import annotations

import duckdb
import pytest

from conftest import link_files
from forcewatch import build as build_mod
from forcewatch.build import build

FILES = ("wapo/wapo_v1_fatal-police-shootings-data_2021-05-01.csv",
         "wapo/wapo_v2_fatal-police-shootings-data_2024-04-04.csv",
         "wapo/wapo_v2_fatal-police-shootings-agencies_2024-04-17.csv")


def _counts(store):
    with duckdb.connect(str(store), read_only=True) as con:
        return con.execute("SELECT source, snapshot, count(*), count(DISTINCT record_id) "
                           "FROM records GROUP BY ALL ORDER BY ALL").fetchall()


def test_rebuild_gives_no_duplicates(mirror, tmp_path):
    data = link_files(tmp_path / "data", mirror, *FILES)
    store = tmp_path / "s.duckdb"
    build(data, store)
    first = _counts(store)
    build(data, store)
    assert _counts(store) == first
    assert first == [("wapo", "2021-05-01", 6241, 6241), ("wapo", "2024-04-04", 9518, 9518)]


def test_crash_mid_build_leaves_previous_store(mirror, tmp_path, monkeypatch):
    data = link_files(tmp_path / "data", mirror, *FILES)
    store = tmp_path / "s.duckdb"
    build(data, store)
    before = _counts(store)

    def boom(self, con):
        con.execute("DELETE FROM records")  # half-written new store...
        raise RuntimeError("disk full (simulated)")  # ...then a crash

    monkeypatch.setattr(build_mod._Builder, "write", boom)
    with pytest.raises(RuntimeError, match="simulated"):
        build(data, store)
    assert _counts(store) == before
    leftovers = [p.name for p in tmp_path.iterdir() if "building" in p.name]
    assert leftovers == []


def test_agencies_joined_with_ori_codes(mirror, tmp_path):
    data = link_files(tmp_path / "data", mirror, *FILES)
    store = tmp_path / "s.duckdb"
    build(data, store)
    with duckdb.connect(str(store), read_only=True) as con:
        # WaPo v2 id 3 (Tim Elliot) -> agency 73, Mason County Sheriff's Office (raw file)
        agencies, oris, raw = con.execute(
            "SELECT agencies, agency_oris, agencies_raw FROM records "
            "WHERE source_id = '3' AND layout = 'wapo_v2'").fetchone()
        name, ori = con.execute(
            "SELECT name, oricodes FROM wapo_agencies WHERE agency_id = '73'").fetchone()
    assert raw == "73" and agencies == [name] and oris == [ori]


def test_raw_row_is_kept_as_it_was(full_con, mirror):
    """records.raw holds the row's values in file order; records_raw pairs them with
    the column names, exactly as in the file (spacing included)."""
    import csv

    path = mirror / "wapo/wapo_v1_fatal-police-shootings-data_2021-05-01.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, line = rows[0], rows[283]  # spreadsheet row 284
    rec_id, raw, obj = full_con.execute(
        "SELECT r.record_id, r.raw, x.raw FROM records r JOIN records_raw x USING (record_id) "
        "WHERE r.snapshot = '2021-05-01' AND r.row = 284").fetchone()
    import json

    assert json.loads(raw) == line
    assert json.loads(obj) == dict(zip(header, line))
    assert rec_id.endswith("wapo_v1_fatal-police-shootings-data_2021-05-01.csv#284")


def test_link_decisions_survive_a_rebuild(mirror, tmp_path):
    data = link_files(tmp_path / "data", mirror, *FILES)
    store = tmp_path / "s.duckdb"
    build(data, store)
    with duckdb.connect(str(store)) as con:
        con.execute("INSERT INTO link_decisions VALUES ('a', 'b', 'different', 'reviewer', "
                    "TIMESTAMP '2026-11-25 10:00:00', 'same day, different people')")
    build(data, store)
    with duckdb.connect(str(store), read_only=True) as con:
        assert con.execute("SELECT record_id_l, decision, note FROM link_decisions").fetchall() == [
            ("a", "different", "same day, different people")]


_PARENT = None


def _dies_in_worker(res, path, lay, agencies):
    import os

    if os.getpid() != _PARENT and "2021-05-01" in res.file:
        os._exit(1)  # a crash, not an exception
    return build_mod.import_path(res, path, lay, agencies)


def test_a_worker_dying_does_not_lose_files(mirror, tmp_path, monkeypatch):
    """If a worker process dies, the files it had not finished are imported in the parent."""
    import os

    global _PARENT
    _PARENT = os.getpid()
    data = link_files(tmp_path / "data", mirror, *FILES)
    monkeypatch.setattr(build_mod, "_safe_import", _dies_in_worker)
    result = build(data, tmp_path / "s.duckdb", workers=2)
    assert {f.file: f.imported for f in result.files if f.kind == "records"} == {
        "wapo_v1_fatal-police-shootings-data_2021-05-01.csv": 6241,
        "wapo_v2_fatal-police-shootings-data_2024-04-04.csv": 9518}
    assert _counts(tmp_path / "s.duckdb")[0][2] == 6241
