"""The web app's JSON API and pages (forcewatch.web), in-process, on a copy of the full store
with hand-made clusters: Adam Toledo's WaPo and MPV records are one death (their body-camera
values made to disagree), every other record of the newest snapshots is a death of its own.
The API must give the numbers the library gives for the same filters."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import warnings
from urllib.parse import quote

import duckdb
import pytest

from forcewatch.analysis.query import Query, count
from web_stores import web_store

fastapi = pytest.importorskip("fastapi")
with warnings.catch_warnings():  # starlette's note about httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def store(full_store, tmp_path_factory):
    return web_store(full_store, tmp_path_factory.mktemp("web_api") / "s.duckdb")


@pytest.fixture(scope="module")
def client(store):
    from forcewatch.web.app import create_app

    with TestClient(create_app(store)) as c:
        yield c


@pytest.fixture(scope="module")
def con(store, client):  # a second read-only view of the same file (after the app attached it)
    c = duckdb.connect(":memory:")
    c.execute(f"ATTACH '{store}' AS s (READ_ONLY)")
    c.execute("USE s")
    yield c
    c.close()


def test_overview_counts_what_the_library_counts(client, con):
    ov = client.get("/api/overview", params={"since": "2015", "state": "CA"}).json()
    linked = count(con, Query(linked=True, since=dt.date(2015, 1, 1), state=["CA"]))
    per_source = count(con, Query(since=dt.date(2015, 1, 1), state=["CA"])).set_index("source").deaths
    series = {s["key"]: s for s in ov["series"]}
    assert ov["deaths"] == series["linked"]["total"] == linked.deaths[0]
    assert series["wapo"]["total"] == per_source["wapo"] and series["mpv"]["total"] == per_source["mpv"]
    assert ov["years"][0] == 2015 and all(len(s["values"]) == len(ov["years"]) for s in ov["series"])
    # a source is null (not 0) in the years it does not cover
    assert series["guardian"]["values"][ov["years"].index(2019)] is None


def test_filters_mean_what_the_cli_options_mean(client, con):
    params = [("race", "black"), ("race", "hispanic"), ("age_max", "17"), ("since", "2015-06"), ("source", "wapo"),
              ("body_camera", "false")]
    got = client.get("/api/deaths", params=params).json()["total"]
    q = Query(linked=True, race=["black", "hispanic"], age_max=17, since=dt.date(2015, 6, 1), sources=["wapo"],
              body_camera=False)
    assert got == count(con, q).deaths[0] > 0


def test_police_force_filters_match_the_library(client, con):
    every = client.get("/api/deaths", params={"source": "ksr"}).json()["total"]
    kept = client.get("/api/deaths", params={"source": "ksr", "police_force_only": "true"}).json()["total"]
    assert kept == count(con, Query(linked=True, sources=["ksr"], police_force_only=True)).deaths[0]
    suicides = client.get("/api/deaths", params=[("source", "ksr"), ("intended_force", "suicide"),
                                                 ("intended_force", "none")]).json()["total"]
    assert suicides > 0 and kept == every - suicides
    page = client.get("/", params={"police_force_only": "true"}).text
    assert 'name="police_force_only" value="true" checked' in page


def test_table_sorts_paginates_and_searches(client):
    r = client.get("/api/deaths", params={"sort": "age", "order": "asc", "per_page": 20, "state": "RI"}).json()
    ages = [row["age"] for row in r["rows"] if row["age"] is not None]
    assert ages == sorted(ages) and r["per_page"] == 20 and r["pages"] == -(-r["total"] // 20)
    p2 = client.get("/api/deaths", params={"sort": "age", "order": "asc", "per_page": 20, "state": "RI",
                                           "page": 2}).json()
    assert {x["death_id"] for x in p2["rows"]}.isdisjoint({x["death_id"] for x in r["rows"]})
    beyond = client.get("/api/deaths", params={"page": 99999}).json()
    assert beyond["rows"] == [] and beyond["total"] > 0
    found = client.get("/api/deaths", params={"q": "ToLeDo"}).json()["rows"]
    assert any(x["name"] == "Adam Toledo" for x in found) and any(x["city"] == "Toledo" for x in found)


def test_equal_filters_share_one_cached_answer(client):
    a = client.get("/api/deaths?source=wapo&source=mpv&state=IL")
    b = client.get("/api/deaths?state=IL&source=mpv&source=wapo")
    assert a.content == b.content


def test_map_points_are_compact_and_popups_resolve(client, con):
    m = client.get("/api/map", params={"state": "IL"}).json()
    located = con.execute("SELECT count(*) FROM deaths WHERE state = 'IL' AND latitude IS NOT NULL").fetchone()[0]
    assert m["located"] == located == len(m["points"]) and m["total"] >= located
    lat, lon, key = m["points"][0]
    assert 36 < lat < 43 and -92 < lon < -87
    p = client.get(f"/api/points/{key}").json()
    assert p["state"] == "IL" and p["death_id"]
    assert client.get("/api/points/9999999").status_code == 404


def toledo_id(client):
    rows = client.get("/api/deaths", params={"q": "adam toledo"}).json()["rows"]
    return next(r["death_id"] for r in rows if r["name"] == "Adam Toledo")


def test_person_shows_every_source_side_by_side_with_conflicts(client):
    did = toledo_id(client)
    p = client.get("/api/deaths/" + quote(did, safe="")).json()
    assert [r["source"] for r in p["records"]] == ["mpv", "wapo"]
    assert {v["source"]: v["value"] for v in p["conflicts"]["body_camera"]} == {"mpv": "false", "wapo": "true"}
    assert "body_camera" in p["differs"]
    mpv = p["records"][0]
    assert mpv["values"]["urls"] and mpv["source_row"] and mpv["licence"]
    page = client.get("/deaths/" + quote(did, safe="/:"))
    assert page.status_code == 200
    html = page.text
    assert 'class="conflict" data-field="body_camera"' in html
    assert 'href="https://mappingpoliceviolence.org/"' in html  # the source's own page
    assert mpv["values"]["urls"][0] in html  # the record's article links


def test_a_member_record_id_leads_to_its_death(client):
    did = toledo_id(client)
    rid = client.get("/api/deaths/" + quote(did, safe="")).json()["records"][1]["record_id"]
    r = client.get("/deaths/" + quote(rid, safe="/:"), follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"].startswith("/deaths/")
    assert client.get("/api/deaths/" + quote(rid, safe="")).json()["death_id"] == did


def test_unknown_person_is_404(client):
    assert client.get("/api/deaths/no-such-death").status_code == 404
    r = client.get("/deaths/no-such-death")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]


def test_coverage_matches_the_library(client, con):
    from forcewatch.analysis.linked import coverage

    per_year, matrix = coverage(con, since=2021)
    got = client.get("/api/coverage", params={"since": 2021}).json()
    row = next(r for r in got["per_year"] if r["year"] == 2021 and r["source"] == "wapo")
    want = per_year[(per_year.year == 2021) & (per_year.source == "wapo")].iloc[0]
    assert (row["deaths"], row["only_this_source"]) == (want.deaths, want.only_this_source) == (row["deaths"],
                                                                                               row["deaths"] - 1)
    assert got["overlap"]["wapo"]["mpv"] == 1  # only Toledo is shared
    total_2021 = next(r["deaths"] for r in got["deaths_per_year"] if r["year"] == 2021)
    assert row["missed"] == total_2021 - row["deaths"]
    assert client.get("/coverage", params={"since": 2021}).status_code == 200


def test_csv_and_geojson_export_the_whole_filtered_view(client):
    params = {"state": "RI", "since": "2015"}
    total = client.get("/api/deaths", params=params).json()["total"]
    r = client.get("/api/export.csv", params=params)
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total > 0 and {"death_id", "name", "sources", "latitude"} <= set(rows[0])
    g = client.get("/api/export.geojson", params=params)
    assert g.headers["content-type"] == "application/geo+json"
    fc = json.loads(g.text)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == total
    assert fc["forcewatch"]["query"] == {"since": "2015", "state": ["RI"]} and "wapo" in fc["forcewatch"]["licences"]
    located = [f for f in fc["features"] if f["geometry"]]
    lon, lat = located[0]["geometry"]["coordinates"]
    assert -72 < lon < -71 and 41 < lat < 42.1
    assert any(f["geometry"] is None for f in fc["features"])  # MPV-only deaths have no coordinates


def test_impossible_date_is_a_422_not_a_500(client):
    r = client.get("/api/overview", params={"since": "2015-02-30"})
    assert r.status_code == 422 and "not a date" in r.text
    assert client.get("/api/overview", params={"since": "15"}).status_code == 422
    page = client.get("/", params={"since": "2015-02-30"})
    assert page.status_code == 400 and "not a date" in page.text


def test_openapi_describes_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/overview", "/api/deaths", "/api/map", "/api/deaths/{death_id}", "/api/coverage",
            "/api/export.csv", "/api/export.geojson", "/api/filters", "/api/review/candidates",
            "/api/review/candidates/{candidate_id}/decision"} <= paths
    race = next(p for p in spec["paths"]["/api/deaths"]["get"]["parameters"] if p["name"] == "race")
    assert "black" in json.dumps(race) or "Race" in json.dumps(race)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/export.geojson" in docs.text


def test_explore_page_keeps_the_filters_in_its_url(client):
    r = client.get("/", params=[("state", "CA"), ("race", "black"), ("sort", "name"), ("order", "asc")])
    assert r.status_code == 200
    html = r.text
    assert '<option value="CA" selected>' in html and '<option value="black" selected>' in html
    total = client.get("/api/deaths", params={"state": "CA", "race": "black"}).json()["total"]
    assert f'data-total="{total}"' in html
    assert "/api/export.csv?race=black&amp;state=CA" in html  # shareable, filtered downloads
    assert 'aria-sort="ascending"' in html


def test_filters_endpoint_lists_the_choices(client):
    f = client.get("/api/filters").json()
    assert {s["key"] for s in f["sources"]} >= {"wapo", "mpv", "guardian", "fe", "ksr"}
    assert any(v["code"] == "black" for v in f["vocabularies"]["race"])
    assert {"code": "CA", "name": "California"} in f["states"]


def test_an_unlinked_store_is_refused_with_the_way_out(full_store):
    from typer.testing import CliRunner

    from forcewatch.cli import app
    from forcewatch.web.queries import NotLinked, WebData

    with pytest.raises(NotLinked, match="forcewatch link"):
        WebData(full_store)
    r = CliRunner().invoke(app, ["serve", "--store", str(full_store), "--port", "1"])
    assert r.exit_code == 2 and "forcewatch link" in r.output
