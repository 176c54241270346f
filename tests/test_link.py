"""Record linkage (issue #3) on the real full store: one link run shared by the module."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from forcewatch.link import evaluate as ev
from forcewatch.link import link
from forcewatch.link.prepare import FEATURES, GOLD, norm_name_part, prepare

#: measured 2026-11-25 on the mirror: WaPo<->MPV F1 against raw gold 0.9899 (threshold 0.9)
WAPO_MPV_F1_FLOOR = 0.985
#: measured blocking recall of WaPo<->MPV gold pairs: 0.994
BLOCKING_RECALL_FLOOR = 0.99


def test_name_normalisation():
    assert norm_name_part("José-Luis O'Neil Jr.") == "jose luis oneil"
    assert norm_name_part("  Smith III ") == "smith"
    assert norm_name_part("Unknown") is None
    assert norm_name_part(None) is None


@pytest.fixture(scope="module")
def linked(full_store: Path, tmp_path_factory: pytest.TempPathFactory):
    store = tmp_path_factory.mktemp("link") / "store.duckdb"
    shutil.copy(full_store, store)
    con = duckdb.connect(str(store))
    result = link(con)
    df = prepare(con)
    yield con, result, df
    con.close()


@pytest.mark.slow
def test_link_writes_tables(linked):
    con, result, df = linked
    cols = {t: [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "ORDER BY ordinal_position", [t]).fetchall()] for t in ("link_pairs", "clusters")}
    assert cols["link_pairs"] == ["record_id_l", "record_id_r", "source_l", "source_r",
                                  "match_probability", "match_weight", "decided_by", "evidence"]
    assert cols["clusters"] == ["record_id", "death_id", "source"]
    n_latest = con.execute("SELECT count(*) FROM records_latest").fetchall()[0][0]
    n_clustered, n_distinct = con.execute(
        "SELECT count(*), count(DISTINCT record_id) FROM clusters").fetchall()[0]
    assert n_clustered == n_distinct == n_latest == result.records  # every record, once
    assert result.multi_source_clusters > 5000
    ev_json, decided = con.execute(
        "SELECT evidence, decided_by FROM link_pairs ORDER BY match_probability DESC LIMIT 1").fetchall()[0]
    assert decided == "model"
    assert {"first_name", "last_name", "date", "match_key"} <= set(json.loads(ev_json))
    assert con.execute("SELECT min(match_probability) FROM link_pairs").fetchall()[0][0] >= 0.01


def test_gold_ids_are_not_features():
    assert not set(FEATURES) & set(GOLD)
    from forcewatch.link.model import BLOCKING, comparisons
    assert not {c for cols in BLOCKING for c in cols} & set(GOLD)
    assert "wapo_id" not in repr(comparisons("forcewatch")) and "fe_id" not in repr(comparisons("forcewatch"))


@pytest.mark.slow
def test_accuracy_gate(linked):
    con, result, df = linked
    m = ev.metrics(df, result.clusters_df).set_index("pair_type")
    assert m.loc["wapo-mpv", "f1"] >= WAPO_MPV_F1_FLOOR, m
    assert m.loc["wapo-mpv", "gold_pairs"] > 5000
    assert m.loc["fe(ksr)-mpv", "f1"] >= 0.9, m
    assert m.loc["wapo-fe(ksr)", "f1"] >= 0.9, m
    rec = ev.blocking_recall(df).set_index("pair_type")
    assert rec.loc["wapo-mpv", "blocking_recall"] >= BLOCKING_RECALL_FLOOR
    dis = ev.disagreements(df, result.clusters_df, result.pairs)
    assert set(dis["kind"]) <= {"fp", "fn"}
    assert len(dis) == m.loc["wapo-mpv", "fp"] + m.loc["wapo-mpv", "fn"]


@pytest.mark.slow
def test_adam_toledo_linked(linked):
    con, result, df = linked
    rows = con.execute("""
        SELECT c.source, c.death_id FROM clusters c JOIN records_latest r ON r.record_id = c.record_id
        WHERE r.name = 'Adam Toledo' AND r.source IN ('wapo', 'mpv')""").fetchall()
    assert sorted(s for s, _ in rows) == ["mpv", "wapo"]
    assert len({d for _, d in rows}) == 1


@pytest.mark.slow
def test_within_source_duplicates_are_reported(linked):
    con, result, df = linked
    # WaPo is duplicate-free for the clustering: no death_id holds two WaPo records ...
    assert ev.within_source_duplicates(result.clusters_df, df, "wapo").empty
    n = con.execute("""SELECT count(*) FROM (SELECT death_id FROM clusters WHERE source = 'wapo'
                       GROUP BY death_id HAVING count(*) > 1)""").fetchall()[0][0]
    assert n == 0
    # ... while candidate WaPo duplicates stay visible as scored pairs, for a human to decide
    cand = ev.within_source_pairs(result.pairs, "wapo", 0.9)
    n_pairs = con.execute("""SELECT count(*) FROM link_pairs WHERE source_l = 'wapo'
                             AND source_r = 'wapo' AND match_probability >= 0.9""").fetchall()[0][0]
    assert len(cand) == n_pairs


@pytest.mark.slow
def test_new_records_rejoin_their_deaths_without_relinking(linked):
    """Records taken out of `clusters` are linked again by link_new (saved model, no training)
    and land in exactly the deaths the full link gave them."""
    from forcewatch.link.incremental import link_new

    con, _, _ = linked
    before = dict(con.execute("SELECT record_id, death_id FROM clusters").fetchall())
    taken = [r for (r,) in con.execute(
        "SELECT record_id FROM clusters WHERE source IN ('wapo', 'mpv') "
        "ORDER BY hash(record_id) LIMIT 300").fetchall()]
    con.execute("DELETE FROM clusters WHERE record_id IN ?", [taken])
    res = link_new(con)
    after = dict(con.execute("SELECT record_id, death_id FROM clusters").fetchall())
    assert res.new_records == 300 and res.joined_existing > 200
    assert {r: after[r] for r in taken} == {r: before[r] for r in taken}
    assert after == before


@pytest.mark.slow
def test_people_decisions_override_the_model(linked):
    """'different' splits a pair the model linked; 'same' merges two clusters; both are
    recorded in link_pairs as decided by a person."""
    from forcewatch.link.decisions import apply_decisions

    con, _, _ = linked
    a, b = [r for (r,) in con.execute(
        "SELECT record_id FROM records_latest WHERE name = 'Adam Toledo' ORDER BY source").fetchall()]
    death = lambda r: con.execute("SELECT death_id FROM clusters WHERE record_id = ?",  # noqa: E731
                                  [r]).fetchone()[0]
    assert death(a) == death(b)
    x, y = [r for (r,) in con.execute(
        "SELECT record_id FROM records_latest WHERE source = 'wapo' AND name IN "
        "('Tim Elliot', 'Lewis Lee Lembke') ORDER BY name").fetchall()]
    assert death(x) != death(y)
    con.execute("INSERT INTO link_decisions VALUES (?, ?, 'different', 'tester', now()::TIMESTAMP, 'n'),"
                " (?, ?, 'same', 'tester', now()::TIMESTAMP + INTERVAL 1 SECOND, 'n')", [a, b, x, y])
    done = apply_decisions(con)
    assert done == {"same": 1, "different": 1, "not_applied": 0}
    assert death(a) != death(b) and death(x) == death(y)
    assert con.execute("SELECT count(*) FROM link_pairs WHERE decided_by = 'person: tester'"
                       ).fetchone()[0] == 2


#: measured 2026-11-25: adjudicated WaPo<->MPV F1 0.9995 (raw 0.9899), threshold 0.9
WAPO_MPV_ADJUDICATED_F1_FLOOR = 0.9995 - 0.002


def test_adjudication_file_loads():
    from forcewatch.link.adjudicate import COLUMNS, load
    adj = load()
    assert list(adj.columns) == COLUMNS and len(adj) > 100
    assert set(adj["verdict"]) <= {"same", "different", "unsure"}
    assert (adj["evidence"].str.strip() != "").all()
    assert adj["decided_by"].str.match(r"^(rule: .+|review)$").all()
    assert list(adj["mpv_date"]) == sorted(adj["mpv_date"])
    assert not adj.duplicated(["mpv_record_id", "wapo_record_id"]).any()


@pytest.mark.slow
def test_adjudicated_accuracy_gate(linked):
    con, result, df = linked
    m = ev.adjudicated_metrics(df, result.clusters_df)
    assert m["f1"] >= WAPO_MPV_ADJUDICATED_F1_FLOOR, m
    assert m["f1"] >= ev.metrics(df, result.clusters_df).set_index("pair_type").loc["wapo-mpv", "f1"]


@pytest.mark.slow
def test_deaths_keep_their_ids_across_a_new_snapshot(mirror, tmp_path):
    """Link with WaPo 2022-12 as the newest snapshot; rebuild with the 2024-04-04 file added;
    `link --new` moves each death to the new WaPo record with the same id."""
    from typer.testing import CliRunner

    from conftest import link_files
    from forcewatch.build import build
    from forcewatch.cli import app

    files = ["wapo/wapo_v1_fatal-police-shootings-data_final_2022-12.csv",
             "mpv/MPVDatasetDownload_2021-04-21.xlsx"]
    data = link_files(tmp_path / "data", mirror, *files)
    store = tmp_path / "s.duckdb"
    build(data, store)
    run = CliRunner().invoke
    assert run(app, ["link", "--store", str(store)]).exit_code == 0
    toledo = "SELECT c.death_id, r.snapshot FROM clusters c JOIN records r USING (record_id) " \
             "WHERE r.name = 'Adam Toledo' ORDER BY r.source"
    with duckdb.connect(str(store), read_only=True) as con:
        first = con.execute(toledo).fetchall()
    assert [s for _, s in first] == ["2021-04-21", "2022-12"] and first[0][0] == first[1][0]
    link_files(data, mirror, "wapo/wapo_v2_fatal-police-shootings-data_2024-04-04.csv")
    build(data, store)
    r = run(app, ["link", "--new", "--store", str(store)])
    assert r.exit_code == 0, r.output
    with duckdb.connect(str(store), read_only=True) as con:
        again = con.execute(toledo).fetchall()
        stale = con.execute("SELECT count(*) FROM clusters WHERE record_id NOT IN "
                            "(SELECT record_id FROM records_latest)").fetchone()[0]
        counted = con.execute("SELECT count(*) FROM clusters WHERE source = 'wapo'").fetchone()[0]
    assert [s for _, s in again] == ["2021-04-21", "2024-04-04"]
    assert again[0][0] == again[1][0] == first[0][0]  # same death, new WaPo record
    assert stale == 0 and counted == 9518
