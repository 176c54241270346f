"""Probabilistic linkage of the records of one death across sources (splink, DuckDB).

`link(con)` reads `records_latest` through :func:`prepare.prepare`, trains a
Fellegi-Sunter model (u by seeded random sampling, m by EM on two blocking
rules), scores every blocked pair, clusters at `threshold` (at most one record of
each source in :data:`DUPLICATE_FREE` per cluster) and writes two tables
into the store:

* ``link_pairs``: every scored pair with match probability >= :data:`PAIR_FLOOR`,
  with the partial match weight of each comparison (splink's ``mw_*``)
  and the blocking rule that generated the pair (``match_key``) as ``evidence`` JSON;
* ``clusters``: one row per record: ``death_id`` is its cluster (singletons too).

splink runs on its own in-memory DuckDB connection so that its dozens of
``__splink__*`` work tables never land in the store; only the results are written
to the caller's (read-write) connection.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Literal

import duckdb
import pandas as pd
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

from forcewatch.link.prepare import prepare

Config = Literal["forcewatch", "default"]
DEFAULT_THRESHOLD = 0.9
#: pairs scored below this are not kept in link_pairs
PAIR_FLOOR = 0.01
SEED = 42
#: m probability of "names disagree", fixed rather than estimated: two people killed in one
#: incident share date, place, agency and often age, so the incident fields (which are not
#: independent given a non-match) would otherwise outvote two different names
NAME_DISAGREE_M = 1e-3
#: sources taken to list each death at most once: a cluster holds at most one record of each
#: (splink's single-best-links clustering); empty -> plain connected components. MPV, KSR and
#: the FE list do hold duplicates of some deaths, so they are not constrained (measured: adding
#: them loses recall on FE(ksr) pairs, docs/linkage.md)
DUPLICATE_FREE: tuple[str, ...] = ("wapo", "guardian")

#: blocking rules for prediction: a pair is scored when ANY holds (columns equal, non-null)
BLOCKING: tuple[tuple[str, ...], ...] = (
    ("state", "ym"),            # same state and month: catches misspelt names, dates off by days
    ("last_name", "year"),      # same surname and year: catches date errors across months
    ("first_name", "date"),     # same given name and day: catches surname changes/misspellings
    ("date", "city"),           # same day and city: catches withheld names, FE rows without state
    ("first_name", "last_name"),  # same name: catches wrong years
)
#: EM training rules (each leaves the other comparisons free to be estimated)
EM_RULES: tuple[tuple[str, ...], ...] = (("date",), ("first_name", "last_name"))

LINK_PAIRS_DDL = """CREATE TABLE link_pairs (
    record_id_l VARCHAR, record_id_r VARCHAR, source_l VARCHAR, source_r VARCHAR,
    match_probability DOUBLE, match_weight DOUBLE, decided_by VARCHAR, evidence JSON)"""
CLUSTERS_DDL = "CREATE TABLE clusters (record_id VARCHAR, death_id VARCHAR, source VARCHAR)"


@dataclass
class LinkResult:
    """What one linkage run did (tables are written to the store)."""

    config: str
    threshold: float
    records: int
    pairs_scored: int
    pairs_kept: int
    pairs_matched: int
    clusters: int
    multi_source_clusters: int
    seconds: float
    pairs: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)
    clusters_df: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)
    model: dict[str, Any] = field(repr=False, default_factory=dict)


def _name(col: str) -> cl.CustomComparison:
    other = "last_name" if col == "first_name" else "first_name"
    return cl.CustomComparison(
        [cll.NullLevel(col),
         cll.ExactMatchLevel(col, term_frequency_adjustments=True),
         cll.JaroWinklerLevel(col, 0.92),
         *([cll.ExactMatchLevel("first_name_canon").configure(label_for_charts="same name up to a nickname")]
           if col == "first_name" else []),
         cll.ExactMatchLevel(f"{col}_sound").configure(label_for_charts="names sound alike (metaphone)"),
         cll.CustomLevel(f'"{col}_l" = "{other}_r" AND "{other}_l" = "{col}_r"',
                         "first and last names swapped"),
         cll.CustomLevel(f"contains(' ' || \"full_name_l\" || ' ', ' ' || \"{col}_r\" || ' ') OR "
                         f"contains(' ' || \"full_name_r\" || ' ', ' ' || \"{col}_l\" || ' ')",
                         "one name is a word of the other's full name"),
         cll.JaroWinklerLevel(col, 0.8),
         cll.ElseLevel().configure(m_probability=NAME_DISAGREE_M, fix_m_probability=True)],
        output_column_name=col)


def _date() -> cl.CustomComparison:
    return cl.CustomComparison(
        [cll.NullLevel("date"), cll.ExactMatchLevel("date"),
         cll.AbsoluteDateDifferenceLevel("date", input_is_string=False, threshold=1, metric="day"),
         cll.AbsoluteDateDifferenceLevel("date", input_is_string=False, threshold=7, metric="day"),
         cll.AbsoluteDateDifferenceLevel("date", input_is_string=False, threshold=31, metric="day"),
         cll.ElseLevel()], output_column_name="date")


def _age() -> cl.CustomComparison:
    return cl.CustomComparison(
        [cll.NullLevel("age"), cll.ExactMatchLevel("age"),
         cll.AbsoluteDifferenceLevel("age", 1), cll.AbsoluteDifferenceLevel("age", 3),
         cll.ElseLevel()], output_column_name="age")


def _place() -> cl.CustomComparison:
    return cl.CustomComparison(
        [cll.CustomLevel('("city_l" IS NULL OR "city_r" IS NULL) AND '
                         '("county_l" IS NULL OR "county_r" IS NULL)', "city and county unknown")
         .configure(is_null_level=True),
         cll.ExactMatchLevel("city"), cll.ExactMatchLevel("county"),
         cll.JaroWinklerLevel("city", 0.9), cll.ElseLevel()], output_column_name="place")


def _coordinates() -> cl.CustomComparison:
    return cl.CustomComparison(
        [cll.CustomLevel('"latitude_l" IS NULL OR "latitude_r" IS NULL OR "longitude_l" IS NULL '
                         'OR "longitude_r" IS NULL', "coordinates unknown").configure(is_null_level=True),
         cll.DistanceInKMLevel("latitude", "longitude", 1),
         cll.DistanceInKMLevel("latitude", "longitude", 10),
         cll.ElseLevel()], output_column_name="coordinates")


def _agency() -> cl.CustomComparison:
    return cl.CustomComparison(
        [cll.NullLevel("agency"), cll.ExactMatchLevel("agency"),
         cll.JaroWinklerLevel("agency", 0.88), cll.ElseLevel()], output_column_name="agency")


def comparisons(config: Config) -> list[Any]:
    if config == "default":  # plain exact-match model: the off-the-shelf baseline
        return [cl.ExactMatch(c) for c in
                ("first_name", "last_name", "date", "age", "gender", "race", "state", "city")]
    return [_name("first_name"), _name("last_name"), _date(), _age(),
            cl.ExactMatch("gender"), cl.ExactMatch("race"), _place(), cl.ExactMatch("state"),
            _coordinates(), _agency(), cl.ExactMatch("cause")]


def settings(config: Config) -> SettingsCreator:
    return SettingsCreator(
        link_type="link_and_dedupe",
        comparisons=comparisons(config),
        blocking_rules_to_generate_predictions=[block_on(*cols) for cols in BLOCKING],
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=True,
        additional_columns_to_retain=[],
    )


def blocking_condition(l: str = "l", r: str = "r") -> str:  # noqa: E741
    """SQL true when a pair of aliases `l`, `r` would be blocked together."""
    return " OR ".join("(" + " AND ".join(f"{l}.{c} = {r}.{c}" for c in cols) + ")"
                       for cols in BLOCKING)


def run_splink(df: pd.DataFrame, config: Config = "forcewatch", threshold: float = DEFAULT_THRESHOLD,
               duplicate_free: tuple[str, ...] | None = None,
               ) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any], int]:
    """Train, predict and cluster. Returns (pairs >= floor, clusters, model json, pairs scored).
    `duplicate_free` defaults to :data:`DUPLICATE_FREE` for our model, none for "default"."""
    if duplicate_free is None:
        duplicate_free = DUPLICATE_FREE if config == "forcewatch" else ()
    logging.getLogger("splink").setLevel(logging.ERROR)
    work = duckdb.connect(":memory:")
    try:
        work.execute("SET enable_progress_bar = false")
        features = df.drop(columns=[c for c in ("wapo_id", "fe_id", "source_id") if c in df])
        work.register("link_input_df", features)
        work.execute("CREATE TABLE link_input AS SELECT * FROM link_input_df")
        api = DuckDBAPI(connection=work)
        linker = Linker(api.register("link_input"), settings(config), log_level=logging.WARNING)
        linker.training.estimate_probability_two_random_records_match(
            ["l.first_name = r.first_name AND l.last_name = r.last_name AND l.date = r.date"],
            recall=0.7)
        linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=SEED)
        for rule in EM_RULES:
            linker.training.estimate_parameters_using_expectation_maximisation(block_on(*rule))
        pred = linker.inference.predict(threshold_match_probability=PAIR_FLOOR)
        n_scored = _count_blocked(work, features)
        if duplicate_free:
            clusters = linker.clustering.cluster_using_single_best_links(
                pred, duplicate_free_datasets=list(duplicate_free),
                threshold_match_probability=threshold, ties_method="drop")
        else:
            clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
                pred, threshold_match_probability=threshold)
        pairs = scored_pairs(work, pred.physical_name)
        cl_df = work.execute(f"""
            SELECT unique_id AS record_id, cluster_id AS death_id, source_dataset AS source
            FROM {clusters.physical_name} ORDER BY record_id""").df()
        model = linker._settings_obj.as_dict()
    finally:
        work.close()
    return pairs, cl_df, model, n_scored


def scored_pairs(work: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """splink's predictions as link_pairs rows, each comparison's partial match weight
    (``mw_*``) and the blocking rule (``match_key``) kept as the evidence JSON."""
    weights = [r[0] for r in work.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "AND starts_with(column_name, 'mw_') ORDER BY ordinal_position", [table]).fetchall()]
    evidence = ", ".join(f"'{g[3:]}': round(\"{g}\", 3)" for g in weights)
    return work.execute(f"""
        SELECT unique_id_l AS record_id_l, unique_id_r AS record_id_r,
               source_dataset_l AS source_l, source_dataset_r AS source_r,
               match_probability, match_weight,
               to_json({{{evidence}, 'match_key': match_key}})::VARCHAR AS evidence
        FROM {table} ORDER BY record_id_l, record_id_r""").df()


def blocked_pairs_sql(table: str = "link_input") -> str:
    """SQL of the distinct (id_l, id_r) pairs the blocking rules generate (id_l < id_r)."""
    parts = [f"SELECT l.unique_id AS id_l, r.unique_id AS id_r FROM {table} l JOIN {table} r ON "
             + " AND ".join(f"l.{c} = r.{c}" for c in cols) + " WHERE l.unique_id < r.unique_id"
             for cols in BLOCKING]
    return "\nUNION\n".join(parts)


def _count_blocked(work: duckdb.DuckDBPyConnection, features: pd.DataFrame) -> int:
    """Distinct pairs the blocking rules generate (for the report)."""
    return work.execute(f"SELECT count(*) FROM ({blocked_pairs_sql()})").fetchall()[0][0]


def link(con: duckdb.DuckDBPyConnection, threshold: float = DEFAULT_THRESHOLD,
         config: Config = "forcewatch", write: bool = True) -> LinkResult:
    """Link all records of each source's newest snapshot; write `link_pairs` and
    `clusters` into the store of `con` (which must be read-write) unless `write` is False."""
    t0 = time.perf_counter()
    df = prepare(con)
    pairs, clusters, model, n_scored = run_splink(df, config, threshold)
    pairs["decided_by"] = "model"
    pairs = pairs[["record_id_l", "record_id_r", "source_l", "source_r", "match_probability",
                   "match_weight", "decided_by", "evidence"]]
    if write:
        con.execute("BEGIN TRANSACTION")
        try:
            for name, ddl, frame in (("link_pairs", LINK_PAIRS_DDL, pairs),
                                     ("clusters", CLUSTERS_DDL, clusters)):
                con.execute(f"DROP TABLE IF EXISTS {name}")
                con.execute(ddl)
                con.register("_link_frame", frame)
                con.execute(f"INSERT INTO {name} SELECT * FROM _link_frame")
                con.unregister("_link_frame")
            # the trained model, so that new records can be linked without retraining
            con.execute("CREATE OR REPLACE TABLE link_model (config VARCHAR, threshold DOUBLE, "
                        "trained_at TIMESTAMP, model JSON)")
            con.execute("INSERT INTO link_model VALUES (?, ?, now()::TIMESTAMP, ?)",
                        [config, threshold, json.dumps(model, default=str)])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    sizes = clusters.groupby("death_id")["source"].nunique()
    return LinkResult(
        config=config, threshold=threshold, records=len(df), pairs_scored=n_scored,
        pairs_kept=len(pairs), pairs_matched=int((pairs["match_probability"] >= threshold).sum()),
        clusters=int(clusters["death_id"].nunique()), multi_source_clusters=int((sizes > 1).sum()),
        seconds=round(time.perf_counter() - t0, 2), pairs=pairs, clusters_df=clusters, model=model)
