"""The news review queue (issue #4): candidates, decisions, confirmed candidates as `news` records."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from forcewatch.news import queue
from forcewatch.news.match import match
from forcewatch.news.model import Article, Evidence, Victim
from test_news_match import COPA, alvarez, seed_article, toledo


@pytest.fixture
def con(full_store: Path, tmp_path: Path):
    """A writable copy of the full store (the session store stays read-only)."""
    store = tmp_path / "store.duckdb"
    shutil.copy(full_store, store)
    c = duckdb.connect(str(store))
    yield c
    c.close()


def _count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _seed(con) -> list[str]:
    art = seed_article()
    victims = [alvarez(), toledo()]
    return queue.add(con, art, victims, [match(con, v, art) for v in victims])


SECOND = Article(text="Adam Toledo, 13, was shot by a Chicago police officer on March 29.", title="Second",
                 url="https://example.org/toledo-second", published=dt.date(2021, 4, 16))


def _toledo_second() -> Victim:
    return Victim(name="Adam Toledo", age=13, gender="male", race=["hispanic"], date=dt.date(2021, 3, 29),
                  city="Chicago", state="IL", officer_names=["Eric Stillman"],
                  evidence={"date": Evidence("date", dt.date(2021, 3, 29), [SECOND.text])})


def test_add_stores_article_and_candidates_once(con):
    ids = _seed(con)
    assert len(ids) == len(set(ids)) == 2 and all(i.startswith("nc-") for i in ids)
    assert (_count(con, "news_articles"), _count(con, "news_candidates"), _count(con, "news_candidate_articles")
            ) == (1, 2, 2)
    assert _seed(con) == ids  # the same article again: nothing new
    assert (_count(con, "news_articles"), _count(con, "news_candidates"), _count(con, "news_candidate_articles")
            ) == (1, 2, 2)
    df = queue.list_candidates(con, status="new")
    assert set(df.candidate_id) == set(ids)
    alv = df[df.name == "Anthony Alvarez"].iloc[0]
    assert alv.match_status == "conflict" and alv.articles == 1 and alv.date == "2021-03-01..2021-03-31"
    assert queue.list_candidates(con, status="confirmed").empty
    assert list(queue.list_candidates(con, match_status="known").name) == ["Adam Toledo"]
    assert _count(con, "records WHERE source = 'news'") == 0  # nothing enters records unconfirmed


def test_a_second_article_attaches_to_the_same_person_and_fills_empty_fields(con):
    _, tol = _seed(con)
    v = _toledo_second()
    assert queue.add(con, SECOND, [v], [match(con, v, SECOND)]) == [tol]
    assert queue.add(con, SECOND, [v], [match(con, v, SECOND)]) == [tol]  # and only once
    assert _count(con, "news_candidates") == 2 and _count(con, "news_candidate_articles") == 3
    c = queue.get(con, tol)
    assert c["date"] == "2021-03-29" and c["race"] == ["hispanic"] and c["officer_names"] == ["Eric Stillman"]
    assert c["date_from"] == "2021-03-01" and c["age"] == 13  # filled, never overwritten
    assert [a["url"] for a in c["articles"]] == ["https://example.org/toledo-second",
                                                 "https://example.org/seed-article"]
    assert c["evidence"]["date"][0]["sentences"] == [SECOND.text]
    assert c["match"]["status"] == "known" and c["match"]["rule"] == "name+date"
    assert set(c["extraction"]) == {SECOND.article_id, seed_article().article_id}


def test_different_people_of_one_place_and_month_stay_apart(con):
    alv, tol = _seed(con)
    other = Victim(name="Adam Smith", age=13, city="Chicago", state="IL", date_from=dt.date(2021, 3, 1),
                   date_to=dt.date(2021, 3, 31))
    art = Article(text="another", url="https://example.org/other", published=dt.date(2021, 4, 2))
    [new] = queue.add(con, art, [other], [match(con, other, art)])
    assert new not in (alv, tol)
    unnamed = Victim(descriptor="a man", city="Chicago", state="IL")  # too little to say who it is
    [anon] = queue.add(con, art, [unnamed], [None])
    assert anon not in (alv, tol, new)
    assert queue.add(con, art, [other, unnamed], [None, None]) == [new, anon]  # re-run: same candidates
    assert _count(con, "news_candidates") == 4


def test_get_returns_evidence_match_and_articles(con):
    alv, _ = _seed(con)
    c = queue.get(con, alv)
    assert c["name"] == "Anthony Alvarez" and c["status"] == "new" and c["record_id"] is None
    assert c["evidence"]["body_camera"][0]["sentences"] == [COPA]
    m = c["match"]
    assert m["status"] == "conflict" and m["confidence"] == "high"
    assert any(r.startswith("wapo/2021-05-01/") for r in m["record_ids"])
    assert ("body_camera", True, False) in {(x["field"], x["article_value"], x["record_value"])
                                            for x in m["conflicts"]}
    json.dumps(c)  # JSON-able for the web app
    with pytest.raises(ValueError, match="no candidate"):
        queue.get(con, "nc-000000000000")


def test_confirmed_candidate_becomes_a_news_record_with_provenance(con):
    _, tol = _seed(con)
    v = _toledo_second()
    queue.add(con, SECOND, [v], [match(con, v, SECOND)])
    queue.decide(con, tol, "confirmed", "A. Reviewer", note="two articles agree")
    rec = dict(zip([d[0] for d in con.execute("SELECT * FROM records WHERE source = 'news'").description],
                   con.execute("SELECT * FROM records WHERE source = 'news'").fetchone()))
    assert rec["record_id"] == f"news/{tol}" and rec["snapshot"] == "review" and rec["source_id"] == tol
    assert (rec["name"], rec["first_name"], rec["last_name"], rec["age"], rec["gender"]) == (
        "Adam Toledo", "Adam", "Toledo", 13, "male")
    assert (rec["date"], rec["year"], rec["city"], rec["state"], rec["cause"]) == (
        dt.date(2021, 3, 29), 2021, "Chicago", "IL", "gunshot")
    assert rec["urls"] == ["https://example.org/toledo-second", "https://example.org/seed-article"]
    assert rec["file"] == "https://example.org/toledo-second https://example.org/seed-article"
    assert SECOND.text in rec["description"]
    assert set(json.loads(rec["raw"])["articles"]) == {SECOND.article_id, seed_article().article_id}
    assert queue.get(con, tol)["record_id"] == rec["record_id"]
    # the new source shows in records_latest and snapshots
    assert con.execute("SELECT count(*) FROM records_latest WHERE source = 'news'").fetchone()[0] == 1
    assert con.execute("SELECT snapshot, records, is_latest FROM snapshots WHERE source = 'news'").fetchall() == [
        ("review", 1, True)]
    # and the decision is logged with who and when
    [(decision, by, at, note)] = con.execute(
        "SELECT decision, decided_by, decided_at, note FROM news_decisions WHERE candidate_id = ?", [tol]).fetchall()
    assert (decision, by, note) == ("confirmed", "A. Reviewer", "two articles agree")
    assert abs((dt.datetime.now(dt.UTC).replace(tzinfo=None) - at).total_seconds()) < 120


def test_rejecting_or_reopening_removes_the_record(con):
    alv, tol = _seed(con)
    queue.decide(con, alv, "confirmed", "a")
    queue.decide(con, alv, "confirmed", "a")  # twice: still one record
    assert _count(con, "records WHERE source = 'news'") == 1
    queue.decide(con, alv, "rejected", "b", note="not a police killing after all")
    assert _count(con, "records WHERE source = 'news'") == 0
    assert con.execute("SELECT count(*) FROM snapshots WHERE source = 'news'").fetchone()[0] == 0
    queue.decide(con, alv, "confirmed", "a")
    queue.decide(con, alv, "new", "c")  # reopened: back in the queue, no record
    assert _count(con, "records WHERE source = 'news'") == 0
    assert queue.get(con, alv)["status"] == "new"
    queue.decide(con, tol, "duplicate", "d", duplicate_of=alv)
    assert queue.get(con, tol)["duplicate_of"] == alv
    wapo = con.execute("SELECT record_id FROM records_latest WHERE source = 'wapo' AND source_id = '6757'"
                       ).fetchone()[0]
    queue.decide(con, alv, "duplicate", "d", duplicate_of=wapo)
    log = con.execute("SELECT decision, decided_by FROM news_decisions WHERE candidate_id = ? ORDER BY decided_at",
                      [alv]).fetchall()
    assert log == [("confirmed", "a"), ("confirmed", "a"), ("rejected", "b"), ("confirmed", "a"), ("new", "c"),
                   ("duplicate", "d")]


@pytest.mark.parametrize("args, message", [
    (("nc-000000000000", "confirmed", "a"), "no candidate"),
    (("{alv}", "maybe", "a"), "unknown decision"),
    (("{alv}", "confirmed", " "), "who decides"),
    (("{alv}", "duplicate", "a"), "needs duplicate_of"),
    (("{alv}", "duplicate", "a", None, "nc-ffffffffffff"), "neither a candidate nor a record"),
    (("{alv}", "duplicate", "a", None, "{alv}"), "itself"),
    (("{alv}", "rejected", "a", None, "{tol}"), "only for the decision 'duplicate'"),
])
def test_bad_decisions_are_clear_errors_and_change_nothing(con, args, message):
    alv, tol = _seed(con)
    args = tuple(a.format(alv=alv, tol=tol) if isinstance(a, str) else a for a in args)
    with pytest.raises(ValueError, match=message):
        queue.decide(con, *args)
    assert _count(con, "news_decisions") == 0
    assert queue.get(con, alv)["status"] == "new"


def test_a_reviewer_corrects_fields_and_every_change_is_logged(con):
    alv, tol = _seed(con)
    before = queue.get(con, alv)
    assert before["edits"] == [] and "age" not in {c["field"] for c in before["match"]["conflicts"]}
    done = queue.edit(con, alv, {"age": "25", "date": "2021-03-31", "causes": "gunshot, taser"}, "A. Reviewer",
                      note="second article")
    assert done == {"age": (22, 25), "date": (None, dt.date(2021, 3, 31)),
                    "causes": (["gunshot"], ["gunshot", "taser"])}
    c = queue.get(con, alv)
    assert (c["age"], c["date"], c["causes"]) == (25, "2021-03-31", ["gunshot", "taser"])
    # matched again: the store's age 22 now conflicts with the corrected 25 (more than a year apart)
    assert "age" in {x["field"] for x in c["match"]["conflicts"]}
    assert [(e["field"], e["old_value"], e["new_value"], e["edited_by"], e["note"]) for e in c["edits"]] == [
        ("age", 22, 25, "A. Reviewer", "second article"), ("causes", ["gunshot"], ["gunshot", "taser"], "A. Reviewer",
                                                           "second article"),
        ("date", None, "2021-03-31", "A. Reviewer", "second article")]
    assert queue.edit(con, alv, {"age": 25}, "A. Reviewer") == {}  # the same value again: nothing logged
    assert _count(con, "news_edits") == 3
    # a confirmed candidate's record follows its corrections
    queue.decide(con, alv, "confirmed", "A. Reviewer")
    queue.edit(con, alv, {"age": 22, "body_camera": "no"}, "B. Reviewer")
    assert con.execute("SELECT age, body_camera FROM records WHERE source = 'news'").fetchall() == [(22, False)]
    assert _count(con, "records WHERE source = 'news'") == 1
    # matched again without its own record (which held the old values): never its own conflict
    m = queue.get(con, alv)["match"]
    assert not any(rid.startswith("news/") for rid in m["record_ids"])
    assert not any(c.get("source") == "news" for c in m["conflicts"])
    # a field the reviewer cleared is not filled again by a later article
    assert queue.edit(con, tol, {"city": ""}, "A. Reviewer", note="the articles disagree") == {
        "city": ("Chicago", None)}
    v = _toledo_second()
    queue.add(con, SECOND, [v], [match(con, v, SECOND)])
    c = queue.get(con, tol)
    assert c["city"] is None and c["officer_names"] == ["Eric Stillman"]  # other empty fields are still filled


@pytest.mark.parametrize("changes, by, message", [
    ({"age": "twenty"}, "a", "not a whole number"),
    ({"age": 300}, "a", "out of range"),
    ({"state": "Illinois"}, "a", "USPS state code"),
    ({"armed": "maybe"}, "a", "armed vocabulary"),
    ({"race": "white, martian"}, "a", "race vocabulary"),
    ({"date": "2021-02-30"}, "a", "not a date"),
    ({"hands_up": "perhaps"}, "a", "true or false"),
    ({"agency": ["Chicago PD", "CPD"]}, "a", "one value, not a list"),
    ({"name": "x" * 5000}, "a", "longer than 2000"),
    ({"record_id": "x"}, "a", "cannot edit record_id"),
    ({}, "a", "nothing to edit"),
    ({"age": 30}, " ", "who edits"),
])
def test_bad_edits_are_clear_errors_and_change_nothing(con, changes, by, message):
    alv, _ = _seed(con)
    with pytest.raises(ValueError, match=message):
        queue.edit(con, alv, {**changes, "city": "Evanston"} if changes else changes, by)
    c = queue.get(con, alv)
    assert (c["age"], c["city"], c["edits"]) == (22, "Chicago", [])
    with pytest.raises(ValueError, match="no candidate"):
        queue.edit(con, "nc-000000000000", {"age": 30}, "a")


def test_confirmed_news_records_survive_a_rebuild(con, mirror: Path):
    from forcewatch.build import build

    alv, tol = _seed(con)
    queue.decide(con, alv, "confirmed", "a")
    queue.decide(con, tol, "rejected", "a")
    path = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0]
    con.close()
    build(mirror, path)
    with duckdb.connect(path) as c:
        assert c.execute("SELECT record_id FROM records WHERE source = 'news'").fetchall() == [(f"news/{alv}",)]
        assert c.execute("SELECT count(*) FROM records_latest WHERE source = 'news'").fetchone()[0] == 1
        assert c.execute("SELECT records FROM snapshots WHERE source = 'news'").fetchall() == [(1,)]
        assert c.execute("SELECT count(*) FROM news_decisions").fetchone()[0] == 2
        assert queue.get(c, alv)["status"] == "confirmed" and queue.get(c, tol)["status"] == "rejected"
        queue.decide(c, alv, "rejected", "a")  # the rebuilt tables (no primary keys) still take decisions
        assert c.execute("SELECT count(*) FROM records WHERE source = 'news'").fetchone()[0] == 0


@pytest.fixture(scope="module")
def linked_con(full_store: Path, tmp_path_factory: pytest.TempPathFactory):
    """A linked copy of the full store (one `forcewatch link`, ~10 s)."""
    from forcewatch.analysis.linked import create_views
    from forcewatch.link import link

    store = tmp_path_factory.mktemp("news_link") / "store.duckdb"
    shutil.copy(full_store, store)
    c = duckdb.connect(str(store))
    link(c)
    create_views(c)
    yield c
    c.close()


@pytest.mark.slow
def test_confirmed_news_record_is_linked_to_the_existing_death(linked_con):
    from forcewatch.link.incremental import link_new

    con = linked_con
    art = seed_article()
    m = match(con, alvarez(), art)
    wapo = con.execute("SELECT record_id FROM records_latest WHERE source = 'wapo' AND source_id = '6757'"
                       ).fetchone()[0]
    death = con.execute("SELECT death_id FROM clusters WHERE record_id = ?", [wapo]).fetchone()[0]
    assert m.death_id == death  # with clusters, the match names the death
    [alv] = queue.add(con, art, [alvarez()], [m])
    queue.decide(con, alv, "confirmed", "a")
    result = link_new(con)
    assert result.new_records == 1 and result.joined_existing == 1
    assert con.execute("SELECT death_id FROM clusters WHERE record_id = ?", [f"news/{alv}"]).fetchone()[0] == death
    assert "news" in con.execute("SELECT sources FROM deaths WHERE record_id = ?", [f"death:{death}"]).fetchone()[0]
    queue.decide(con, alv, "rejected", "a")  # rejected: the record leaves the death too
    assert con.execute("SELECT count(*) FROM clusters WHERE record_id = ?", [f"news/{alv}"]).fetchone()[0] == 0


def test_confirming_into_a_store_built_before_a_column_was_added(con):
    # a store from an older forcewatch lacks the columns added since (intended_force): they are empty
    # for news records, so the record is still written
    con.execute("ALTER TABLE records DROP COLUMN intended_force_raw")
    con.execute("ALTER TABLE records DROP COLUMN intended_force")
    _, tol = _seed(con)
    queue.decide(con, tol, "confirmed", "A. Reviewer")
    assert con.execute("SELECT name FROM records WHERE source = 'news'").fetchall() == [("Adam Toledo",)]
    # a column the record fills is another matter: a clear message, nothing written
    alv = queue.list_candidates(con, status="new").candidate_id.iloc[0]
    con.execute("ALTER TABLE records DROP COLUMN city")
    with pytest.raises(ValueError, match="no column city.*forcewatch build"):
        queue.decide(con, alv, "confirmed", "A. Reviewer")
    assert con.execute("SELECT count(*) FROM news_decisions WHERE candidate_id = ?", [alv]).fetchone()[0] == 0
    assert queue.get(con, alv)["status"] == "new"


def test_a_confirmed_candidate_never_matches_its_own_record(con):
    alv, tol = _seed(con)
    queue.edit(con, tol, {"date": "2021-03-29"}, "A. Reviewer")  # the article gives only "March"
    queue.decide(con, tol, "confirmed", "A. Reviewer")
    own = queue.record_id_of(tol)
    v = _toledo_second()
    assert own in match(con, v, SECOND).record_ids  # a new article finds the confirmed record ...
    queue.add(con, SECOND, [v], [match(con, v, SECOND)])
    m = queue.get(con, tol)["match"]  # ... but the candidate itself is matched without it
    assert m["status"] == "known" and own not in m["record_ids"] and m["record_ids"]
    assert _count(con, "records WHERE source = 'news'") == 1
