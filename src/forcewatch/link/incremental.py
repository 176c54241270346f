"""Link new records to the existing deaths without relinking everything.

`link_new(con)` takes the records of the newest snapshots that have no `death_id`
yet (a new snapshot, a new source, a confirmed news record), scores them with the
model saved by the last full `link` (table `link_model`: no retraining) against
all records, using the same blocking rules restricted to pairs that involve a new
record, and then:

* a new record joins the death of its best-scoring existing record at or above the
  threshold, unless that death already holds a record of the same duplicate-free
  source (then the next best);
* new records that match only each other form a new death together;
* the rest become deaths of their own (`death_id` = source-__-record_id, as splink names them).

Existing `death_id`s never change: `clusters`, `link_pairs` and `link_model` are kept across
rebuilds, and when a new snapshot replaces an old one, each record hands its death to the
record with the same source id in the new snapshot. The scored pairs go to `link_pairs`.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass

import duckdb
import pandas as pd
from splink import DuckDBAPI, Linker

from forcewatch.link.model import DUPLICATE_FREE, PAIR_FLOOR, scored_pairs
from forcewatch.link.prepare import prepare


@dataclass
class IncrementalResult:
    new_records: int
    joined_existing: int
    new_deaths: int
    pairs_scored: int
    seconds: float


def _model(con: duckdb.DuckDBPyConnection) -> tuple[dict, float]:
    try:
        row = con.execute("SELECT model, threshold FROM link_model ORDER BY trained_at DESC LIMIT 1"
                          ).fetchone()
    except duckdb.CatalogException:
        row = None
    if row is None:
        raise ValueError("no trained model in the store: run a full `forcewatch link` first")
    model = json.loads(row[0])
    for rule in model["blocking_rules_to_generate_predictions"]:
        rule["blocking_rule"] = f"({rule['blocking_rule']}) AND (l.is_new OR r.is_new)"
    model["additional_columns_to_retain"] = ["is_new"]
    model.pop("linker_uid", None)
    return model, row[1]


def _assign(new: set[str], pairs: pd.DataFrame, death: dict[str, str], source: dict[str, str],
            threshold: float) -> dict[str, str]:
    """death_id for every new record (see the module docstring)."""
    members: dict[str, set[str]] = {}
    for rec, d in death.items():
        members.setdefault(d, set()).add(source[rec])
    good = pairs[pairs.match_probability >= threshold].sort_values("match_probability",
                                                                   ascending=False)
    out: dict[str, str] = {}
    for l, r in zip(good.record_id_l, good.record_id_r):  # noqa: E741 - best pairs first
        for a, b in ((l, r), (r, l)):
            if a in new and a not in out and b not in new:
                d = death[b]
                if source[a] in DUPLICATE_FREE and source[a] in members[d]:
                    continue
                out[a] = d
                members[d].add(source[a])
    for l, r in zip(good.record_id_l, good.record_id_r):  # noqa: E741 - new with new
        if l in new and r in new:
            d = out.get(l) or out.get(r) or _own(l, source)
            out.setdefault(l, d)
            out.setdefault(r, d)
    for rec in new:
        out.setdefault(rec, _own(rec, source))
    return out


def _own(record_id: str, source: dict[str, str]) -> str:
    """A new death's id, in the form splink gives clusters (source-__-record_id)."""
    return f"{source[record_id]}-__-{record_id}"


CARRY_SQL = """
-- a record of a superseded snapshot hands its death to the record with the same source id
-- in the newest snapshot (stable death_ids across snapshots); the rest leave the clusters
UPDATE clusters c SET record_id = n.record_id
FROM records o, records_latest n
WHERE c.record_id = o.record_id AND n.source = o.source AND n.source_id = o.source_id
  AND o.source_id IS NOT NULL AND o.record_id <> n.record_id
  AND c.record_id NOT IN (SELECT record_id FROM records_latest)
  AND n.record_id NOT IN (SELECT record_id FROM clusters);
DELETE FROM clusters WHERE record_id NOT IN (SELECT record_id FROM records_latest);
"""


def link_new(con: duckdb.DuckDBPyConnection, threshold: float | None = None) -> IncrementalResult:
    t0 = time.perf_counter()
    model, trained_threshold = _model(con)
    con.execute(CARRY_SQL)
    threshold = trained_threshold if threshold is None else threshold
    df = prepare(con)
    linked = {r for (r,) in con.execute("SELECT record_id FROM clusters").fetchall()}
    df["is_new"] = ~df["unique_id"].isin(linked)
    new = set(df.loc[df.is_new, "unique_id"])
    if not new:
        return IncrementalResult(0, 0, 0, 0, round(time.perf_counter() - t0, 2))
    logging.getLogger("splink").setLevel(logging.ERROR)
    work = duckdb.connect(":memory:")
    try:
        work.execute("SET enable_progress_bar = false")
        work.register("link_input_df", df.drop(columns=[c for c in ("wapo_id", "fe_id", "source_id")
                                                         if c in df]))
        work.execute("CREATE TABLE link_input AS SELECT * FROM link_input_df")
        linker = Linker(DuckDBAPI(connection=work).register("link_input"), model,
                        log_level=logging.WARNING)
        pred = linker.inference.predict(threshold_match_probability=PAIR_FLOOR)
        pairs = scored_pairs(work, pred.physical_name)
    finally:
        work.close()
    death = dict(con.execute("SELECT record_id, death_id FROM clusters").fetchall())
    source = dict(zip(df.unique_id, df.source_dataset))
    assigned = _assign(new, pairs, death, source, threshold)
    rows = pd.DataFrame({"record_id": list(assigned), "death_id": list(assigned.values()),
                         "source": [source[r] for r in assigned]})
    pairs["decided_by"] = "model (incremental)"
    pairs = pairs[["record_id_l", "record_id_r", "source_l", "source_r", "match_probability",
                   "match_weight", "decided_by", "evidence"]]
    con.execute("BEGIN TRANSACTION")
    try:
        for table, frame in (("clusters", rows), ("link_pairs", pairs)):
            con.register("_inc_frame", frame)
            con.execute(f"INSERT INTO {table} SELECT * FROM _inc_frame")
            con.unregister("_inc_frame")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    joined = sum(1 for r, d in assigned.items() if d in set(death.values()))
    return IncrementalResult(len(new), joined, len({d for d in assigned.values()} - set(death.values())),
                             len(pairs), round(time.perf_counter() - t0, 2))
