"""`forcewatch report`: one self-contained, escaped HTML file whose numbers match SQL."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from forcewatch.report import write_report

EVIL = "<script>alert(1)</script>"
EXTERNAL = re.compile(r"""<script\b|<link\b[^>]*href\s*=\s*["']?\s*(https?:)?//|"""
                      r"""<img\b[^>]*src\s*=\s*["']?\s*(https?:)?//|@import|url\(\s*["']?\s*(https?:)?//""",
                      re.IGNORECASE)


def _minors(html: str) -> dict[str, int]:
    return {k: int(v.replace(",", "")) for k, v in
            re.findall(r'data-minors="([^"]+)">([\d,]+)<', html)}


def _copy(store: Path, tmp_path: Path) -> duckdb.DuckDBPyConnection:
    dst = tmp_path / "copy.duckdb"
    shutil.copy(store, dst)
    return duckdb.connect(str(dst))


def _drop_population(con) -> None:
    """Remove whatever population views and tables the store has (views first)."""
    for kind, sql in (("VIEW", "SELECT view_name FROM duckdb_views() WHERE NOT internal"),
                      ("TABLE", "SELECT table_name FROM duckdb_tables()")):
        for (name,) in con.execute(sql).fetchall():
            if name.startswith("population"):
                con.execute(f'DROP {kind} "{name}"')


def test_import_does_not_load_matplotlib():
    code = "import sys, forcewatch, forcewatch.report; assert 'matplotlib' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_bad_as_of_is_rejected(tmp_path):
    with pytest.raises(ValueError):
        write_report(duckdb.connect(), tmp_path / "r.html", as_of="last tuesday")


def test_empty_store(tmp_path):
    from forcewatch.build import build

    (tmp_path / "data").mkdir()
    build(tmp_path / "data", tmp_path / "s.duckdb")
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        html = write_report(con, tmp_path / "r.html").read_text("utf-8")
    assert "No source has records" in html and "Data quality" in html


@pytest.mark.slow
def test_report_full_store(full_store, tmp_path):
    with duckdb.connect(str(full_store), read_only=True) as con:
        out = write_report(con, tmp_path / "sub" / "report.html")
        sources = [s for (s,) in con.execute("SELECT DISTINCT source FROM records_latest").fetchall()]
        expected = {}
        for s in sources:  # a source that records no age at all is reported as such, not as 0
            u18, le15, aged = con.execute("""SELECT count(*) FILTER (age < 18), count(*) FILTER (age <= 15),
                count(age) FROM records_latest WHERE source = ? AND year >= 2015""", [s]).fetchone()
            expected |= {f"{s}:under18": u18, f"{s}:le15": le15} if aged else {}
    html = out.read_text("utf-8")
    assert out.exists() and out.stat().st_size > 10_000
    assert not EXTERNAL.search(html), EXTERNAL.search(html)
    # a licence text may name a web address; no attribute may point at one
    assert not re.search(r"""\b(src|href|xlink:href)\s*=\s*["']?\s*(https?:)?//""", html, re.IGNORECASE)
    assert html.count("<svg") >= 5
    assert "wapo" in sources
    for s in sources:
        assert f"<td>{s}</td>" in html
    assert _minors(html) == expected
    assert "CC BY-NC-SA 4.0" in html and "never “no”" in html


@pytest.mark.slow
def test_as_of_uses_older_snapshot(full_store, tmp_path):
    with duckdb.connect(str(full_store), read_only=True) as con:
        html = write_report(con, tmp_path / "r.html", as_of="2022-06-01").read_text("utf-8")
        snap, u18 = con.execute("""SELECT snapshot, count(*) FILTER (age < 18 AND year >= 2015) FROM records
            WHERE source = 'wapo' GROUP BY ALL HAVING any_value(snapshot_date) <= DATE '2022-06-01'
            ORDER BY any_value(snapshot_date) DESC LIMIT 1""").fetchone()
    assert snap == "2021-05-01"
    assert "<td>2021-05-01</td>" in html and "<td>2024-04-04</td>" not in html.split("6. Data quality")[0]
    assert _minors(html)["wapo:under18"] == u18


@pytest.mark.slow
def test_untrusted_text_is_escaped(full_store, tmp_path):
    con = _copy(full_store, tmp_path)
    con.execute("""INSERT INTO records (record_id, source, snapshot, snapshot_date, name, age, race, date,
                       year, city, state, armed)
        SELECT CASE WHEN i = 0 THEN 'x' ELSE 'x' || i END, $e, $e, DATE '2020-01-01', $e, 12, [$e],
               DATE '2019-06-01', 2019, $e, 'CA', $e FROM range(30) t(i)""", {"e": EVIL})
    con.execute("INSERT INTO snapshots VALUES (?, ?, DATE '2020-01-01', 30, true, ?)", [EVIL, EVIL, EVIL])
    con.execute("INSERT INTO issues (severity, source, field, message) VALUES ('error', ?, ?, ?)",
                [EVIL, EVIL, EVIL])
    html = write_report(con, tmp_path / "r.html").read_text("utf-8")
    assert EVIL not in html and "<script" not in html.lower()
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 5
    assert _minors(html)[f"{EVIL}:under18".replace("<", "&lt;").replace(">", "&gt;")] == 30


@pytest.mark.slow
def test_rates_with_population(full_store, tmp_path):
    """Population tables replaced by known numbers, so the rates can be checked exactly."""
    con = _copy(full_store, tmp_path)
    _drop_population(con)
    con.execute("""CREATE TABLE population_state AS SELECT * FROM (VALUES
        ('NM', '35', 'New Mexico', 2019, 2000000), ('CA', '06', 'California', 2019, 40000000),
        ('NM', '35', 'New Mexico', 2010, 1) ) t(state, state_fips, name, year, population)""")
    con.execute("CREATE VIEW population_state_best AS SELECT * FROM population_state")
    con.execute("""CREATE TABLE population_place AS SELECT * FROM (VALUES
        ('NM', '3502000', 'Albuquerque city', 'albuquerque', 2019, 500000),
        ('CA', '0644000', 'Los Angeles city', 'Los Angeles', 2019, 4000000),
        ('CA', '0600001', 'Tiny city', 'Tiny', 2019, 900)) t(state, place_fips, name, city, year, population)""")
    con.execute("INSERT INTO records (record_id, source, snapshot, city, state) SELECT 'tiny' || i, source, "
                "snapshot, 'TINY', 'CA' FROM snapshots, range(50) t(i) WHERE source = 'wapo' AND is_latest")
    con.execute("CREATE VIEW population_place_best AS SELECT * FROM population_place")
    con.execute("""CREATE TABLE population_state_race AS SELECT * FROM (VALUES
        ('CA', 2017, 'white', 25), ('CA', 2017, 'black', 25), ('CA', 2017, 'total', 100),
        ('CA', 2016, 'total', 1)) t(state, year, race, population)""")
    n_nm, n_abq, years = con.execute("""SELECT count(*) FILTER (state = 'NM'),
        count(*) FILTER (state = 'NM' AND lower(city) = 'albuquerque'),
        year(max(date)) - year(min(date)) + 1
        FROM records_latest WHERE source = 'wapo'""").fetchone()
    html = write_report(con, tmp_path / "r.html").read_text("utf-8")
    wapo = html.split("<h3>wapo")[1].split("<h3>")[0]
    # calendar years 2015..2024 all take the nearest estimate (2019): mean population 2,000,000
    assert f"<td>NM</td><td class=\"r\">{n_nm:,}</td><td class=\"r\">2,000,000</td>" \
           f"<td class=\"r\">2015-2024</td><td class=\"r\">{n_nm / years / 2_000_000 * 1e6:.2f}</td>" in wapo
    assert f"<td>Albuquerque, NM</td><td class=\"r\">{n_abq:,}</td><td class=\"r\">500,000</td>" in wapo \
        or f"<td>ALBUQUERQUE, NM</td><td class=\"r\">{n_abq:,}</td><td class=\"r\">500,000</td>" in wapo
    assert "Tiny, CA" not in wapo.split("Cities: top 15 by rate")[1]  # below 100,000 residents
    assert "US population 2017" in html and "25.0%" in html


@pytest.mark.slow
def test_missing_or_empty_population_is_skipped(full_store, tmp_path):
    con = _copy(full_store, tmp_path)
    _drop_population(con)
    con.execute("CREATE TABLE population_state_race (state VARCHAR, year INTEGER, race VARCHAR, "
                "population BIGINT, file VARCHAR)")
    html = write_report(con, tmp_path / "r.html").read_text("utf-8")
    assert "Population comparison skipped" in html
    assert "rate tables are skipped" in html.lower()
