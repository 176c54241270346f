"""Stores for the web tests: a copy of the full store with hand-made clusters (no splink run),
optionally Adam Toledo's two records in one death with a body-camera conflict, news candidates put
straight into the review tables, and reviewers' logins."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

from forcewatch.analysis.linked import create_views


def web_store(full_store: Path, dest: Path, *, toledo: bool = True, conflict: bool = True,
              candidates: list[dict] | None = None, users: dict[str, str] | None = None) -> Path:
    """Copy `full_store` to `dest`; every newest record is a death of its own, except (with `toledo`)
    Toledo's two records, which share the death 'toledo' (with `conflict`, MPV's body camera flipped).
    Each candidate: {"id", "name", "url", "sentence", "age"?, "title"?, "text"?}."""
    shutil.copy(full_store, dest)
    con = duckdb.connect(str(dest))
    try:
        ids = [r for (r,) in con.execute(
            "SELECT record_id FROM records_latest WHERE name = 'Adam Toledo' ORDER BY source").fetchall()]
        assert not toledo or len(ids) == 2, ids
        con.execute("""CREATE TABLE clusters AS SELECT record_id, CASE WHEN list_contains(?, record_id)
                       THEN 'toledo' ELSE record_id END AS death_id, source FROM records_latest""",
                    [ids if toledo else []])
        if toledo and conflict:
            con.execute("UPDATE records SET body_camera = NOT body_camera "
                        "WHERE source = 'mpv' AND name = 'Adam Toledo'")
        create_views(con)
        for i, c in enumerate(candidates or []):
            add_candidate(con, i, **c)
    finally:
        con.close()
    for name, password in (users or {}).items():
        add_user(dest, name, password)
    return dest


def add_candidate(con: duckdb.DuckDBPyConnection, i: int, id: str, name: str, url: str, sentence: str,
                  age: int | None = 34, title: str = "Man shot by police", text: str | None = None) -> None:
    """One article and one candidate (status new) citing it, in the review tables."""
    con.execute("INSERT INTO news_articles VALUES (?, ?, ?, DATE '2024-05-01', ?, 'html', ?, now())",
                [f"a{i}", url, title, url, text or sentence])
    con.execute("""INSERT INTO news_candidates (candidate_id, name, age, gender, date, city, state, status,
                   match_status, created_at, updated_at)
                   VALUES (?, ?, ?, 'male', DATE '2024-04-30', 'Springfield', 'IL', 'new', 'new', now(), now())""",
                [id, name, age])
    ev = {"name": {"field": "name", "value": name, "sentences": [sentence], "claimed_by": "police"}}
    if age is not None:
        ev["age"] = {"field": "age", "value": age, "sentences": [f"The man, {age}, died at the scene."]}
    con.execute("INSERT INTO news_candidate_articles VALUES (?, ?, ?, ?)", [id, f"a{i}", url, json.dumps(ev)])


def add_user(path: Path, name: str, password: str) -> None:
    """A reviewer's login, added through the CLI as a person would."""
    from typer.testing import CliRunner

    from forcewatch.cli import app

    r = CliRunner().invoke(app, ["users", "add", name, "--store", str(path)],
                           env={"FORCEWATCH_WEB_PASSWORD": password})
    assert r.exit_code == 0, r.output
