"""Matching victims found in the news against the store (issue #4): known / new / conflict.

The victims are built by hand from the facts of ../shared/examples/seed-article.txt
(published about 2021-04-30); one test runs the real extractor when it is importable."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from conftest import SEED_ARTICLE
from forcewatch.news.match import match, name_similarity
from forcewatch.news.model import Article, Evidence, Victim

SEED = SEED_ARTICLE
MARCH_2021 = {"date_from": dt.date(2021, 3, 1), "date_to": dt.date(2021, 3, 31)}
COPA = ("The Civilian Office of Police Accountability has released body camera recordings of a fatal "
        "shooting that took place in Chicago last month.")
NO_GUN = "However, there appears to be no gun visible in the video."
#: WaPo's own ids (source_id) of the two people in the seed article
WAPO_ALVAREZ, WAPO_TOLEDO = "6757", "6729"


def seed_article() -> Article:
    return Article(text="(seed article)", title="Chicago Mayor Calls For Peace After Video Shows Cop Killing "
                   "Fleeing Man", url="https://example.org/seed-article", published=dt.date(2021, 4, 30))


def alvarez(**kw) -> Victim:
    v = dict(name="Anthony Alvarez", age=22, gender="male", city="Chicago", state="IL", causes=["gunshot"],
             shots=5, flee="foot", armed="disputed", body_camera=True, video_released=True,
             video_released_by="Civilian Office of Police Accountability",
             evidence={"body_camera": Evidence("body_camera", True, [COPA], "article"),
                       "armed": Evidence("armed", "disputed", ['"You had a gun," the officer replied.', NO_GUN],
                                         "officer, video")},
             **MARCH_2021)
    v.update(kw)
    return Victim(**v)


def toledo(**kw) -> Victim:
    v = dict(name="Adam Toledo", age=13, gender="male", city="Chicago", state="IL", causes=["gunshot"],
             hands_up=True, video=True, body_camera=True, **MARCH_2021)
    v.update(kw)
    return Victim(**v)


def _wapo(con, m) -> list[tuple]:
    """(snapshot, source_id, name) of the matched WaPo records."""
    return sorted(con.execute("SELECT snapshot, source_id, name FROM records WHERE source = 'wapo' "
                              "AND list_contains(?, record_id)", [m.record_ids]).fetchall())


def test_seed_alvarez_matches_his_wapo_records_with_conflicts_naming_both_values(full_con):
    m = match(full_con, alvarez(), seed_article())
    assert m.status == "conflict"
    assert (m.rule, m.confidence) == ("name+date", "high") and m.score >= 0.95
    # every WaPo snapshot's record of WaPo id 6757, and MPV's record of the same death
    assert _wapo(full_con, m) == [("2021-05-01", WAPO_ALVAREZ, "Anthony Alvarez"),
                                  ("2022-12", WAPO_ALVAREZ, "Anthony Alvarez"),
                                  ("2024-04-04", WAPO_ALVAREZ, "Anthony Alvarez")]
    assert any(r.startswith("mpv/") for r in m.record_ids)
    body = [c for c in m.conflicts if c["field"] == "body_camera"]
    # the article: COPA released body-camera recordings; WaPo (every snapshot, v1 2021-05-01 too): no camera
    assert {(c["source"], c["snapshot"], c["article_value"], c["record_value"]) for c in body} == {
        ("wapo", "2021-05-01", True, False), ("wapo", "2022-12", True, False), ("wapo", "2024-04-04", True, False)}
    assert all(c["sentences"] == [COPA] for c in body)
    armed = {(c["source"], c["article_value"], c["record_value"]) for c in m.conflicts if c["field"] == "armed"}
    assert armed == {("wapo", "disputed", "armed"), ("mpv", "disputed", "armed")}
    # fields that agree are not conflicts: age, gender, city, state, cause, flee, the date (2021-03-31)
    assert {c["field"] for c in m.conflicts} == {"body_camera", "armed"}
    per_record = {r["record_id"]: r for r in m.records}
    assert set(per_record) == set(m.record_ids)
    latest = next(r for r in m.records if r["source"] == "wapo" and r["snapshot"] == "2024-04-04")
    assert latest["matched_by"] == "name+date" and latest["name_similarity"] == 1.0
    assert latest["conflicts"] == ["armed", "body_camera"]


def test_seed_toledo_matches_his_wapo_records_known(full_con):
    m = match(full_con, toledo(), seed_article())
    assert m.status == "known" and m.conflicts == []
    assert [sid for _, sid, _ in _wapo(full_con, m)] == [WAPO_TOLEDO] * 3
    assert m.rule == "name+date"


def test_facts_that_differ_are_conflicts_with_both_values(full_con):
    m = match(full_con, toledo(age=15, date=dt.date(2021, 3, 27), date_from=None, date_to=None),
              seed_article())
    assert m.status == "conflict"
    latest = [c for c in m.conflicts if c["source"] == "wapo" and c["snapshot"] == "2024-04-04"]
    assert {(c["field"], c["article_value"], c["record_value"]) for c in latest} == {
        ("age", 15, 13), ("date", "2021-03-27", "2021-03-29")}


def test_surname_only_mention_matches_on_surname_date_and_place(full_con):
    m = match(full_con, Victim(name="Toledo", city="Chicago", state="IL", **MARCH_2021), seed_article())
    assert m.status == "known" and m.rule == "surname+date+place" and m.confidence == "medium"
    assert [sid for _, sid, _ in _wapo(full_con, m)] == [WAPO_TOLEDO] * 3
    assert any("surname" in n for n in m.notes)


def test_no_date_in_the_article_uses_the_publication_date(full_con):
    m = match(full_con, alvarez(date_from=None, date_to=None), seed_article())
    assert m.rule == "name+date" and WAPO_ALVAREZ in {sid for _, sid, _ in _wapo(full_con, m)}
    assert not [c for c in m.conflicts if c["field"] == "date"]  # no date stated: never a date conflict
    # without any date at all: name and place, medium confidence
    m = match(full_con, alvarez(date_from=None, date_to=None), None)
    assert (m.rule, m.confidence) == ("name+place", "medium")


def test_unnamed_victim_matches_with_low_confidence(full_con):
    boy = Victim(descriptor="a 13-year-old boy", age=13, gender="male", city="Chicago", state="IL", **MARCH_2021)
    m = match(full_con, boy, seed_article())
    assert m.status in ("known", "conflict")
    assert (m.rule, m.confidence) == ("unnamed:date+city+age", "low")
    assert [sid for _, sid, _ in _wapo(full_con, m)] == [WAPO_TOLEDO] * 3
    assert any("low confidence" in n for n in m.notes)
    assert m.score < 0.6  # no name: never scored like a named match


def test_unnamed_victim_fitting_several_deaths_is_not_matched(full_con):
    # a city, month and age at which WaPo lists two different men
    city, state, month, age = full_con.execute("""
        SELECT city, state, date_trunc('month', date)::DATE AS m, age FROM records_latest
        WHERE source = 'wapo' AND gender = 'male' AND age IS NOT NULL AND name IS NOT NULL
        GROUP BY ALL HAVING count(DISTINCT source_id) >= 2 ORDER BY m LIMIT 1""").fetchone()
    end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    v = Victim(descriptor="a man", age=age, gender="male", city=city, state=state, date_from=month, date_to=end)
    m = match(full_con, v, None)
    assert m.status == "new" and m.record_ids == []
    assert len({a["record_id"] for a in m.alternatives}) >= 2
    assert "ambiguous" in m.notes[0]


def test_unknown_person_is_new(full_con):
    m = match(full_con, Victim(name="Zebulon Quaxworth", age=41, city="Chicago", state="IL", **MARCH_2021),
              seed_article())
    assert m.status == "new" and m.record_ids == [] and m.conflicts == [] and m.rule is None
    assert "Zebulon Quaxworth" in m.notes[0]


def test_same_name_years_apart_is_not_the_same_death(full_con):
    m = match(full_con, alvarez(date_from=dt.date(2016, 3, 1), date_to=dt.date(2016, 3, 31)), None)
    assert m.status == "new"


def test_name_similarity_nicknames_middle_names_accents():
    assert name_similarity("Tony Alvarez", "Anthony Alvarez") == 1.0
    assert name_similarity("Adam Toledo", "Adam Isaac Toledo") == 1.0
    assert name_similarity("José Ramírez Jr.", "Jose Ramirez") == 1.0
    assert name_similarity("Adam Toledo", "Anthony Alvarez") < 0.5


@pytest.mark.skipif(importlib.util.find_spec("forcewatch.news.extract") is None,
                    reason="the extractor (forcewatch.news.extract) is not written yet")
@pytest.mark.skipif(not SEED.is_file(), reason="../shared/examples/seed-article.txt not found")
def test_seed_article_through_the_real_extractor(full_con):
    from forcewatch.news.extract import extract

    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    article = Article(text=body.strip(), title=title.strip(), url=SEED.as_uri(), published=dt.date(2021, 4, 30))
    by_name = {v.name: v for v in extract(article) if v.name}
    assert {"Anthony Alvarez", "Adam Toledo"} <= set(by_name)
    for name, wapo_id in (("Anthony Alvarez", WAPO_ALVAREZ), ("Adam Toledo", WAPO_TOLEDO)):
        m = match(full_con, by_name[name], article)
        assert m.status in ("known", "conflict"), name
        assert {sid for _, sid, _ in _wapo(full_con, m)} == {wapo_id}, name
    m = match(full_con, by_name["Anthony Alvarez"], article)
    assert m.status == "conflict"  # the article disputes the gun WaPo records
    assert ("armed", "disputed", "armed") in {(c["field"], c["article_value"], c["record_value"])
                                              for c in m.conflicts if c["source"] == "wapo"}
