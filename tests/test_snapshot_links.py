"""Snapshots of one source are linked by the source's own id, checked on the raw files."""

from __future__ import annotations

import csv
import shutil

import duckdb

from forcewatch.analysis.snapshot_links import link_snapshots


def _ids(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return {r["id"] for r in csv.DictReader(fh)}


def test_wapo_snapshots_link_by_id(full_store, mirror, tmp_path):
    path = tmp_path / "s.duckdb"
    shutil.copy(full_store, path)
    con = duckdb.connect(str(path))
    counts = link_snapshots(con)
    got = {(r.source, r.snapshot, r.rule): r.records for r in counts.itertuples()}
    old = _ids(mirror / "wapo/wapo_v1_fatal-police-shootings-data_2021-05-01.csv")
    new = _ids(mirror / "wapo/wapo_v2_fatal-police-shootings-data_2024-04-04.csv")
    assert got[("wapo", "2021-05-01", "same id")] == len(old & new)
    assert got[("wapo", "2021-05-01", "not in newest snapshot")] == len(old - new)
    # FE's newest snapshot (a name list) has no ids: said so, not guessed
    assert got[("fe", "2014-10-09", "newest snapshot carries no ids")] == 38
    one = con.execute("""SELECT newest_source_id FROM snapshot_links
        WHERE source = 'wapo' AND snapshot = '2021-05-01' AND source_id = '6729'""").fetchone()
    assert one == ("6729",)  # Adam Toledo keeps his id
