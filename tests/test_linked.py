"""De-duplicated deaths, conflicts and coverage over a `clusters` table. The clusters
here are hand-made (Adam Toledo in WaPo and MPV, plus singletons) so the views can be
checked without the linker; the linker's own tests are in test_link.py."""

from __future__ import annotations

import datetime as dt
import shutil

import duckdb
import pytest

from forcewatch.analysis.linked import conflicts, coverage, create_views
from forcewatch.analysis.query import Query, count


@pytest.fixture
def con(full_store, tmp_path):
    path = tmp_path / "s.duckdb"
    shutil.copy(full_store, path)
    c = duckdb.connect(str(path))
    toledo = [r for (r,) in c.execute(
        "SELECT record_id FROM records_latest WHERE name = 'Adam Toledo' ORDER BY source").fetchall()]
    assert len(toledo) == 2  # mpv, wapo
    c.execute("CREATE TABLE clusters (record_id VARCHAR, death_id VARCHAR, source VARCHAR)")
    c.execute("INSERT INTO clusters SELECT record_id, 'toledo', source FROM records WHERE record_id IN ?",
              [toledo])
    c.execute("""INSERT INTO clusters SELECT record_id, record_id, source FROM records_latest
                 WHERE source IN ('wapo', 'mpv') AND year = 2021 AND record_id NOT IN ?""", [toledo])
    create_views(c)
    yield c
    c.close()


def test_linked_death_counts_once(con):
    q = Query(linked=True, since=dt.date(2021, 3, 29), until=dt.date(2021, 3, 29), age_max=13)
    df = count(con, q)
    assert list(df.source) == ["linked"] and df.deaths[0] == 1
    row = con.execute("SELECT sources, age, name FROM deaths WHERE record_id = 'death:toledo'").fetchone()
    assert row == (["mpv", "wapo"], 13, "Adam Toledo")
    both = count(con, Query(linked=True, sources=["wapo"], since=dt.date(2021, 1, 1)))
    wapo = count(con, Query(sources=["wapo"], since=dt.date(2021, 1, 1), until=dt.date(2021, 12, 31)))
    assert both.deaths[0] == wapo.deaths[0]  # each WaPo record is one death here


def test_conflict_names_both_values(con):
    # make MPV disagree on body camera for the Toledo death, then read the conflict
    con.execute("""UPDATE records SET body_camera = NOT body_camera
                   WHERE source = 'mpv' AND name = 'Adam Toledo'""")
    df = conflicts(con, fields=["body_camera"])
    vals = {v["source"]: v["value"] for v in df.values[0][-1]} if len(df) else {}
    assert len(df) == 1 and vals == {"mpv": "false", "wapo": "true"}


def test_coverage_counts_deaths_only_one_source_has(con):
    per_year, matrix = coverage(con, since=2021)
    y = per_year[(per_year.year == 2021)]
    wapo = y[y.source == "wapo"].iloc[0]
    assert wapo.deaths - wapo.only_this_source == 1  # only Toledo is shared
    m = matrix.set_index("source")
    assert m.loc["wapo", "mpv"] == 1 and m.loc["mpv", "wapo"] == 1


def test_cli_coverage_conflicts_and_decide(con, tmp_path):
    from typer.testing import CliRunner

    from forcewatch.cli import app

    path = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                       ).fetchone()[0]
    con.execute("CHECKPOINT")
    con.close()
    run = CliRunner().invoke
    r = run(app, ["coverage", "--store", path, "--since", "2021", "-f", "json"])
    assert r.exit_code == 0, r.output
    assert any(row["source"] == "wapo" for row in __import__("json").loads(r.output))
    r = run(app, ["conflicts", "--store", path, "--field", "age", "-f", "json"])
    assert r.exit_code == 0, r.output
    a, b = [x for (x,) in duckdb.connect(path, read_only=True).execute(
        "SELECT record_id FROM clusters WHERE death_id = 'toledo' ORDER BY 1").fetchall()]
    r = run(app, ["decide", "--store", path, a, b, "same", "--by", "tester", "--note", "same video"])
    assert r.exit_code == 0, r.output
    r = run(app, ["decide", "--store", path, a, "nope", "same", "--by", "tester"])
    assert r.exit_code == 2
    with duckdb.connect(path, read_only=True) as c:
        assert c.execute("SELECT decision, decided_by, note FROM link_decisions").fetchall() == [
            ("same", "tester", "same video")]
