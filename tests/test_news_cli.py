"""`forcewatch news ...` and the news pipeline (issue #4): exit codes, JSON Lines, summary, queue.

The reader and pre-filter are written in parallel: the pipeline tests put small stand-ins
in their place (monkeypatched modules); the end-to-end test on the seed article runs
only when the real modules are importable."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import shutil
import sys
import types
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from forcewatch.cli import app
from forcewatch.news import queue
from forcewatch.news.match import match
from forcewatch.news.model import Article, Skipped, Victim
from forcewatch.news.pipeline import run
from test_news_match import SEED, WAPO_ALVAREZ, WAPO_TOLEDO, alvarez, seed_article, toledo

ENV = {"COLUMNS": "200", "TERMINAL_WIDTH": "200"}


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV)


@pytest.fixture
def store(full_store: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    shutil.copy(full_store, path)
    return path


@pytest.fixture
def fake_reader(monkeypatch, tmp_path: Path):
    """Stand-ins for read.iter_articles, prefilter.likely and extract.extract: the seed article
    (two victims), an article about something else, an unreadable file."""
    seen: dict = {}

    class ReadStats:
        filtered = 0

    def iter_articles(paths, published=None, max_bytes=10_000_000, keep=None, stats=None):
        seen.update(paths=list(paths), published=published, max_bytes=max_bytes)
        for a in (seed_article(), Article(text="The city council met on Tuesday to discuss the budget.",
                                          url="https://example.org/x", published=published)):
            if keep is not None and not keep(a.text):
                stats.filtered += 1  # the real reader drops it before cleaning, and counts it
                continue
            yield a
        yield Skipped(origin="bad.bin", reason="binary", message="bad.bin is a binary file, not text")

    def likely(text: str) -> bool:
        return "budget" not in text

    def extract(article: Article) -> list[Victim]:
        return [alvarez(), toledo()] if article.url == seed_article().url else []

    for name, fns in (("read", (iter_articles, ReadStats)), ("prefilter", (likely,)), ("extract", (extract,))):
        mod = types.ModuleType(f"forcewatch.news.{name}")
        for fn in fns:
            setattr(mod, fn.__name__, fn)
        monkeypatch.setitem(sys.modules, f"forcewatch.news.{name}", mod)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("x")
    return tmp_path / "in", seen


def test_pipeline_yields_one_row_per_victim_and_counts_everything(fake_reader, full_con):
    folder, seen = fake_reader
    r = run([folder], con=full_con, published=dt.date(2021, 4, 30))
    rows = list(r)
    assert seen["published"] == dt.date(2021, 4, 30) and seen["paths"] == [str(folder)]
    assert [row["victim"]["name"] for row in rows] == ["Anthony Alvarez", "Adam Toledo"]
    assert [row["match"]["status"] for row in rows] == ["conflict", "known"]
    assert rows[0]["article"]["url"] == "https://example.org/seed-article"
    assert rows[0]["article"]["published"] == "2021-04-30"
    assert ("body_camera", True, False) in {(c["field"], c["article_value"], c["record_value"])
                                            for c in rows[0]["match"]["conflicts"]}
    json.dumps(rows)
    s = r.summary
    assert (s.articles_read, s.prefiltered_out, s.articles_with_victims, s.victims) == (2, 1, 1, 2)
    assert s.skipped_by_reason == {"binary": 1}
    assert s.skipped[0]["origin"] == "bad.bin"
    assert s.matched == {"known": 1, "new": 0, "conflict": 1} and s.queued == 0 and s.seconds > 0
    # without the pre-filter, every article is extracted; without a store, nothing is matched
    r = run([folder], prefilter=False)
    assert all(row["match"] is None for row in r) and r.summary.prefiltered_out == 0
    with pytest.raises(ValueError):
        run([folder], store_queue=True)


def test_news_read_writes_json_lines_and_a_summary(fake_reader, store: Path, tmp_path: Path):
    folder, _ = fake_reader
    out = tmp_path / "victims.jsonl"
    r = invoke("news", "read", str(folder), "--published", "2021-04-30", "--store", str(store), "--queue",
               "--out", str(out), "-q")
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["victim"]["name"] for x in lines] == ["Anthony Alvarez", "Adam Toledo"]
    for text in ("articles read", "binary: 1", "pre-filtered out", "known / new / conflict", "1 / 0 / 1",
                 "bad.bin is a binary file", "added to the review queue"):
        assert text in r.stderr, text
    with duckdb.connect(str(store), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM news_candidates").fetchone()[0] == 2
    # again, to stdout: same lines, no new candidates
    r = invoke("news", "read", str(folder), "--published", "2021-04-30", "--store", str(store), "--queue", "-q")
    assert r.exit_code == 0 and [json.loads(x)["victim"]["name"] for x in r.stdout.splitlines()] == [
        "Anthony Alvarez", "Adam Toledo"]
    with duckdb.connect(str(store), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM news_candidates").fetchone()[0] == 2


def test_news_read_errors(fake_reader, tmp_path: Path):
    folder, _ = fake_reader
    r = invoke("news", "read", str(folder), "--published", "30/04/2021", "--no-match")
    assert r.exit_code == 2 and "not a date" in r.output
    r = invoke("news", "read", str(tmp_path / "missing.txt"), "--no-match")
    assert r.exit_code == 2
    r = invoke("news", "read", str(folder), "--queue", "--store", str(tmp_path / "none.duckdb"))
    assert r.exit_code == 2 and "no store" in r.stderr
    r = invoke("news", "read", str(folder), "--no-match", "-q")
    assert r.exit_code == 0 and all(json.loads(x)["match"] is None for x in r.stdout.splitlines())


def test_news_read_queue_without_matching(fake_reader, store: Path):
    folder, _ = fake_reader
    r = invoke("news", "read", str(folder), "--store", str(store), "--queue", "--no-match", "-q")
    assert r.exit_code == 0, r.output
    assert all(json.loads(x)["match"] is None for x in r.stdout.splitlines())
    with duckdb.connect(str(store), read_only=True) as con:
        assert con.execute("SELECT count(*), count(match_status) FROM news_candidates").fetchone() == (2, 0)


def _queue(store: Path) -> tuple[str, str]:
    with duckdb.connect(str(store)) as con:
        art = seed_article()
        vs = [alvarez(), toledo()]
        alv, tol = queue.add(con, art, vs, [match(con, v, art) for v in vs])
    return alv, tol


def test_news_queue_show_decide(store: Path):
    alv, tol = _queue(store)
    r = invoke("news", "queue", "--store", str(store), "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert {x["candidate_id"]: x["match_status"] for x in rows} == {alv: "conflict", tol: "known"}
    r = invoke("news", "queue", "--store", str(store))
    assert r.exit_code == 0 and "Anthony Alvarez" in r.stdout and "conflict" in r.stdout
    assert invoke("news", "queue", "--store", str(store), "--status", "maybe").exit_code == 2

    r = invoke("news", "show", alv, "--store", str(store))
    assert r.exit_code == 0, r.output
    for text in ("Anthony Alvarez", "body_camera", "Civilian Office of Police Accountability", "Conflicts",
                 "disputed", "wapo 2021-05-01", "name+date"):
        assert text in r.stdout, text
    shown = json.loads(invoke("news", "show", alv, "--store", str(store), "-f", "json").stdout)
    assert shown["match"]["status"] == "conflict" and shown["candidate_id"] == alv
    r = invoke("news", "show", "nc-000000000000", "--store", str(store))
    assert r.exit_code == 2 and "no candidate" in r.stderr

    r = invoke("news", "decide", alv, "confirmed", "--by", "J. Doe", "--note", "video", "--store", str(store))
    assert r.exit_code == 0, r.output
    assert f"news/{alv}" in r.stderr
    r = invoke("news", "edit", tol, "age=14", "city=", "--by", "J. Doe", "--note", "obituary", "--store", str(store))
    assert r.exit_code == 0, r.output
    assert "age 13 -> 14" in r.stderr and "city Chicago -> None" in r.stderr
    r = invoke("news", "show", tol, "--store", str(store))
    assert "Corrections" in r.stdout and "obituary" in r.stdout
    for bad, message in ((["age"], "not field=value"), (["age=old"], "not a whole number"),
                         (["shots=2"], None)):
        r = invoke("news", "edit", tol, *bad, "--store", str(store))
        assert r.exit_code == 2  # --by is required
        r = invoke("news", "edit", tol, *bad, "--by", "J. Doe", "--store", str(store))
        assert (r.exit_code, message in r.stderr) == (2, True) if message else r.exit_code == 0, r.output
    r = invoke("news", "decide", tol, "maybe", "--by", "J. Doe", "--store", str(store))
    assert r.exit_code == 2 and "unknown decision" in r.stderr
    r = invoke("news", "decide", tol, "duplicate", "--by", "J. Doe", "--store", str(store))
    assert r.exit_code == 2 and "duplicate_of" in r.stderr
    r = invoke("news", "decide", tol, "confirmed", "--store", str(store))
    assert r.exit_code == 2  # --by is required
    # the news source in the rest of the CLI
    r = invoke("count", "--source", "news", "--store", str(store), "-f", "json")
    assert r.exit_code == 0, r.output
    assert [(x["source"], x["snapshot"], x["deaths"]) for x in json.loads(r.stdout)["rows"]] == [
        ("news", "review", 1)]
    r = invoke("news", "queue", "--status", "confirmed", "--store", str(store), "-f", "json")
    assert [x["candidate_id"] for x in json.loads(r.stdout)] == [alv]


def test_news_record_with_an_exact_date_in_snapshots_and_list(store: Path):
    _, tol = _queue(store)
    with duckdb.connect(str(store)) as con:
        con.execute("UPDATE news_candidates SET date = DATE '2021-03-29' WHERE candidate_id = ?", [tol])
        queue.decide(con, tol, "confirmed", "a")
    r = invoke("snapshots", "--store", str(store), "-f", "json")
    assert r.exit_code == 0, r.output
    assert [x["records"] for x in json.loads(r.stdout) if x["source"] == "news"] == [1]
    r = invoke("list", "--source", "news", "--store", str(store))
    assert r.exit_code == 0 and "Adam Toledo" in r.stdout


def test_news_record_dated_by_a_range_in_snapshots_and_list(store: Path):
    alv, _ = _queue(store)
    with duckdb.connect(str(store)) as con:
        queue.decide(con, alv, "confirmed", "a")
    assert invoke("snapshots", "--store", str(store)).exit_code == 0
    assert invoke("list", "--source", "news", "--store", str(store)).exit_code == 0


def test_news_evaluate_options():
    r = invoke("news", "evaluate", "--split", "bogus")
    assert r.exit_code == 2


@pytest.mark.skipif(any(importlib.util.find_spec(f"forcewatch.news.{m}") is None
                        for m in ("read", "prefilter", "extract")),
                    reason="the news reader, pre-filter or extractor is not written yet")
@pytest.mark.skipif(not SEED.is_file(), reason="../shared/examples/seed-article.txt not found")
def test_seed_article_end_to_end(store: Path):
    r = invoke("news", "read", str(SEED), "--published", "2021-04-30", "--store", str(store), "--queue", "-q")
    assert r.exit_code == 0, r.output
    rows = {x["victim"]["name"]: x for x in map(json.loads, r.stdout.splitlines())}
    with duckdb.connect(str(store), read_only=True) as con:
        for name, wapo_id in (("Anthony Alvarez", WAPO_ALVAREZ), ("Adam Toledo", WAPO_TOLEDO)):
            m = rows[name]["match"]
            assert m["status"] in ("known", "conflict")
            ids = {sid for (sid,) in con.execute("SELECT source_id FROM records WHERE source = 'wapo' AND "
                                                 "list_contains(?, record_id)", [m["record_ids"]]).fetchall()}
            assert ids == {wapo_id}
        assert con.execute("SELECT count(*) FROM news_candidates WHERE name IN ('Anthony Alvarez', 'Adam Toledo')"
                           ).fetchone()[0] == 2


def test_docs_describe_every_news_command_option_and_rule():
    import typer.main

    from forcewatch.news.cli import news_app
    from forcewatch.news.match import RULES

    doc = (Path(__file__).resolve().parents[1] / "docs" / "news.md").read_text("utf-8")
    group = typer.main.get_command(news_app)
    for name, cmd in group.commands.items():
        assert f"news {name}" in doc, name
        if name == "read":
            for p in cmd.params:
                for opt in p.opts:
                    assert not opt.startswith("--") or opt in doc, opt
    for rule in RULES:
        assert f"`{rule}`" in doc, rule
    for status in ("**known**", "**new**", "**conflict**"):
        assert status in doc


def test_news_read_police_deaths_known(tmp_path: Path):
    """Incident summaries that never name police: victims only when the user says every text is about a
    police killing (and then no text is pre-filtered out)."""
    f = tmp_path / "summary.txt"
    f.write_text("Jahi Waytes, 27, died after being shot in Hollywood, according to coroner's records.\n", "utf-8")
    plain = invoke("news", "read", str(f), "--no-match", "-q")
    assert plain.exit_code == 0 and plain.stdout.strip() == ""
    known = invoke("news", "read", str(f), "--no-match", "-q", "--police-deaths-known")
    assert known.exit_code == 0, known.output
    rows = [json.loads(line) for line in known.stdout.splitlines() if line.startswith("{")]
    assert [(r["victim"]["name"], r["victim"]["age"]) for r in rows] == [("Jahi Waytes", 27)]
    assert rows[0]["article"]["police_death_known"] is True   # the row says police were taken as given
