"""Census population tables, built from the real files in the mirror's population/
folder.  Every number below was read from the raw files (csv module / unzip), not
from forcewatch's output."""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest

from conftest import link_files
from forcewatch import population
from forcewatch.build import build
from forcewatch.population import normalise_city, state_code

FILES = ("population/NST-EST2023-ALLDATA.csv", "population/nst-est2019-alldata.csv",
         "population/sub-est2019_places-only.csv", "population/Gaz_places_national_2010.zip",
         "population/statepop_acs2017.csv")


@pytest.fixture(scope="module")
def built(mirror: Path, tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("population")
    result = build(link_files(tmp / "data", mirror, *FILES), tmp / "s.duckdb")
    con = duckdb.connect(str(tmp / "s.duckdb"), read_only=True)
    yield result, con
    con.close()


@pytest.fixture(scope="module")
def con(built):
    return built[1]


def one(con, sql, *params):
    return con.execute(sql, list(params)).fetchall()


# --- files ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, layout, rows_read, imported", [
    # 66 rows: nation, 4 regions, 9 divisions, 50 states, DC, PR; 53 kept x 4 years
    ("NST-EST2023-ALLDATA.csv", "census_nst", 66, 53 * 4),
    # 57 rows: nation, 4 regions, 50 states, DC, PR; 53 kept x 10 years (2010-2019)
    ("nst-est2019-alldata.csv", "census_nst", 57, 53 * 10),
    ("sub-est2019_places-only.csv", "census_sub_places", 19_484, 19_484 * 10),
    ("Gaz_places_national_2010.zip", "census_gazetteer_places", 29_514, 29_514),
    ("statepop_acs2017.csv", "acs_statepop_race", 51, 51 * 6),
])
def test_each_file_is_recognised_and_counted(built, name, layout, rows_read, imported):
    f = next(f for f in built[0].files if f.file == name)
    assert (f.status, f.layout, f.source) == ("imported", layout, "census")
    assert (f.rows_read, f.imported, f.quarantined, f.warnings) == (rows_read, imported, 0, 0)


def test_files_are_recognised_by_header_not_name(mirror, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.csv").symlink_to(mirror / "population/statepop_acs2017.csv")
    (data / "b.zip").symlink_to(mirror / "population/Gaz_places_national_2010.zip")
    r = build(data, tmp_path / "s.duckdb")
    assert {f.file: f.layout for f in r.files} == {"a.csv": "acs_statepop_race",
                                                   "b.zip": "census_gazetteer_places"}


def test_byte_order_mark_in_the_header_does_not_hide_a_layout():
    assert population.detect(["\ufeffstate", "total", "hispanic", "white", "black", "asian",
                              "americanindian"]) is population.AcsStateRace


def test_table_row_counts(con):
    counts = {t: one(con, f"SELECT count(*) FROM {t}")[0][0] for t in (
        "population_state", "population_place", "population_state_race")}
    assert counts == {"population_state": 742, "population_place": 194_840 + 29_514,
                      "population_state_race": 306}


# --- states --------------------------------------------------------------------------

def test_state_estimates_match_the_files(con):
    rows = one(con, """SELECT state, state_fips, name, year, population, vintage
                       FROM population_state WHERE state IN ('CA', 'US', 'PR')
                         AND year IN (2010, 2019, 2023) ORDER BY ALL""")
    assert rows == [
        ("CA", "06", "California", 2010, 37_319_502, "V2019"),
        ("CA", "06", "California", 2019, 39_512_223, "V2019"),
        ("CA", "06", "California", 2023, 38_965_193, "V2023"),
        ("PR", "72", "Puerto Rico", 2010, 3_721_525, "V2019"),  # SUMLEV 040 in both files: kept
        ("PR", "72", "Puerto Rico", 2019, 3_193_694, "V2019"),
        ("PR", "72", "Puerto Rico", 2023, 3_205_691, "V2023"),
        ("US", "00", "United States", 2010, 309_321_666, "V2019"),  # the nation, SUMLEV 010
        ("US", "00", "United States", 2019, 328_239_523, "V2019"),
        ("US", "00", "United States", 2023, 334_914_895, "V2023"),
    ]
    # regions and divisions are left out; every state + DC + PR + nation, every year
    assert one(con, "SELECT count(DISTINCT state) FROM population_state") == [(53,)]
    assert one(con, "SELECT min(year), max(year) FROM population_state") == [(2010, 2023)]


def test_state_best_takes_the_newest_vintage(con):
    assert one(con, """SELECT population, vintage FROM population_state_best
                       WHERE state = 'CA' AND year = 2020""") == [(39_503_200, "V2023")]
    dup = one(con, "SELECT count(*) FROM (SELECT state, year FROM population_state_best "
                   "GROUP BY ALL HAVING count(*) > 1)")
    assert dup == [(0,)]


def test_overlapping_vintages_are_both_kept_and_best_is_newest(mirror, tmp_path):
    """The two real vintages do not overlap (2010-2019, 2020-2023); a third file in the
    layout of Vintage 2020 (POPESTIMATE2010..2020) shows the choice."""
    data = link_files(tmp_path / "data", mirror, *FILES[:2])
    (data / "v2020.csv").write_text(
        "SUMLEV,REGION,DIVISION,STATE,NAME,CENSUS2010POP,POPESTIMATE2019,POPESTIMATE2020\n"
        "040,4,9,06,California,37253956,39500000,39400000\n", encoding="utf-8")
    build(data, tmp_path / "s.duckdb")
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as c:
        assert one(c, """SELECT vintage, population FROM population_state
                         WHERE state = 'CA' AND year = 2020 ORDER BY vintage""") == [
            ("V2020", 39_400_000), ("V2023", 39_503_200)]
        best = one(c, """SELECT year, vintage, population FROM population_state_best
                         WHERE state = 'CA' AND year IN (2019, 2020) ORDER BY year""")
        assert best == [(2019, "V2020", 39_500_000), (2020, "V2023", 39_503_200)]


def test_race_rows_match_the_file(con):
    rows = dict(one(con, """SELECT race, population FROM population_state_race
                            WHERE state = 'CA' AND year = 2017"""))
    assert rows == {"total": 39_536_653, "hispanic": 15_477_306, "white": 14_616_636,
                    "black": 2_164_239, "asian": 5_679_986, "native_american": 147_880}
    assert one(con, "SELECT count(DISTINCT state) FROM population_state_race") == [(51,)]


# --- places --------------------------------------------------------------------------

def test_chicago_has_place_rows(con):
    rows = one(con, """SELECT place_fips, name, year, population, kind, vintage
                       FROM population_place WHERE state = 'IL' AND city = 'Chicago'
                         AND year IN (2010, 2019) ORDER BY year, vintage""")
    assert rows == [("1714000", "Chicago", 2010, 2_697_477, "incorporated", "V2019"),
                    ("1714000", "Chicago city", 2010, 2_695_598, "incorporated", "census2010"),
                    ("1714000", "Chicago", 2019, 2_693_976, "incorporated", "V2019")]


def test_place_best_prefers_estimates_to_the_census(con):
    rows = one(con, """SELECT year, population, vintage FROM population_place_best
                       WHERE state = 'IL' AND lower(city) = 'chicago' ORDER BY year""")
    assert [r[0] for r in rows] == list(range(2010, 2020))
    assert rows[0] == (2010, 2_697_477, "V2019") and rows[-1] == (2019, 2_693_976, "V2019")


def test_cdp_from_the_gazetteer(con):
    assert one(con, """SELECT place_fips, name, city, year, population, kind, vintage
                       FROM population_place_best WHERE state = 'OR' AND city = 'Aloha'""") == [
        ("4101650", "Aloha CDP", "Aloha", 2010, 49_425, "cdp", "census2010")]


def test_consolidated_city_balance_comes_from_the_gazetteer(con):
    # missing from sub-est2019_places-only.csv; 'Indianapolis city (balance)' in the Gazetteer
    assert one(con, """SELECT name, year, population, kind FROM population_place_best
                       WHERE state = 'IN' AND city = 'Indianapolis'""") == [
        ("Indianapolis city (balance)", 2010, 820_445, "incorporated")]


def test_damaged_names_of_the_places_file(con):
    # 'Juneau city and borough' is 'Juneau and' in the places file
    assert one(con, """SELECT DISTINCT city FROM population_place
                       WHERE place_fips = '0236400'""") == [("Juneau",)]
    # 'Cañon City' is 'Ca?on City' there: the Gazetteer spelling is used for the city
    assert one(con, """SELECT DISTINCT name, city FROM population_place
                       WHERE place_fips = '0811810' ORDER BY name""") == [
        ("Ca?on City", "Cañon City"), ("Cañon City city", "Cañon City")]


def test_place_best_has_one_row_per_state_city_year(con):
    assert one(con, """SELECT count(*) FROM (SELECT state, lower(city), year
                       FROM population_place_best GROUP BY ALL HAVING count(*) > 1)""") == [(0,)]
    # 'Mountain View' CA: the city (74,066 in 2010) and a small CDP share the name
    assert one(con, """SELECT DISTINCT place_fips, kind FROM population_place_best
                       WHERE state = 'CA' AND city = 'Mountain View'""") == [
        ("0649670", "incorporated")]


def test_every_city_is_normalise_city_of_its_name(con):
    """The vectorised (pyarrow/RE2) normalisation agrees with normalise_city()."""
    rows = one(con, "SELECT DISTINCT name, city FROM population_place")
    pairs = {r for r in rows if "?" not in r[0]}  # '?' names are repaired from the Gazetteer
    assert len(pairs) > 35_000
    assert [(n, c) for n, c in pairs if normalise_city(n) != c] == []


def test_aliases_for_common_names(con):
    alias = {(s, a): c for s, a, c, _ in one(con, "SELECT * FROM population_place_alias")}
    assert alias[("TN", "Nashville")] == "Nashville-Davidson"
    assert alias[("KY", "Louisville")] == "Louisville/Jefferson County"
    assert alias[("GA", "Athens")] == "Athens-Clarke County"
    assert alias[("HI", "Honolulu")] == "Urban Honolulu"
    assert alias[("CA", "Ventura")] == "San Buenaventura"
    assert ("IN", "Indianapolis") not in alias  # already matches
    assert ("PA", "Uniontown") not in alias  # a real place: 'Tharptown (Uniontown) CDP' loses


# --- helpers -------------------------------------------------------------------------

@pytest.mark.parametrize("raw, city", [
    ("Chicago city", "Chicago"),
    ("Chicago", "Chicago"),
    ("Aloha CDP", "Aloha"),
    ("Addison town", "Addison"),
    ("Abbeville village", "Abbeville"),
    ("Kansas City city", "Kansas City"),
    ("Boise City city", "Boise City"),
    ("Carson City", "Carson City"),
    ("Juneau city and borough", "Juneau"),
    ("Juneau and", "Juneau"),
    ("Anchorage municipality", "Anchorage"),
    ("Bethel Park municipality", "Bethel Park"),
    ("Indianapolis city (balance)", "Indianapolis"),
    ("Nashville-Davidson metropolitan government (balance)", "Nashville-Davidson"),
    ("Louisville/Jefferson County metro government (balance)", "Louisville/Jefferson County"),
    ("Augusta-Richmond County consolidated government (balance)", "Augusta-Richmond County"),
    ("Athens-Clarke County unified government (balance)", "Athens-Clarke County"),
    ("Lexington-Fayette urban county", "Lexington-Fayette"),
    ("Butte-Silver Bow (balance)", "Butte-Silver Bow"),
    ("Lynchburg, Moore County metropolitan government", "Lynchburg, Moore County"),
    ("San Buenaventura (Ventura) city", "San Buenaventura"),
    ("Kearns metroship", "Kearns"),
    ("Ranson corporation", "Ranson"),
    ("Bayamón zona urbana", "Bayamón"),
    ("Antón Ruíz comunidad", "Antón Ruíz"),
    ("Town and Country", "Town and Country"),
    ("Islamorada, Village of Islands village", "Islamorada, Village of Islands"),
    ("  Winston-Salem   city ", "Winston-Salem"),
    ("", ""),
])
def test_normalise_city(raw, city):
    assert normalise_city(raw) == city


@pytest.mark.parametrize("value, code", [
    ("California", "CA"), ("california", "CA"), (" New  York ", "NY"), ("CA", "CA"), ("ca", "CA"),
    ("06", "CA"), ("6", "CA"), (6, "CA"), (6.0, "CA"), ("11", "DC"),
    ("District of Columbia", "DC"), ("Puerto Rico", "PR"), (72, "PR"), ("United States", "US"),
    ("00", "US"), ("Atlantis", None), ("99", None), ("", None), (None, None), (6.5, None),
])
def test_state_code(value, code):
    assert state_code(value) == code


def test_states_csv_has_50_states_dc_and_pr():
    s = population.states()
    assert list(s.columns) == ["usps", "fips", "name"] and len(s) == 52
    assert s.usps.is_unique and s.fips.is_unique and {"DC", "PR"} <= set(s.usps)


# --- empty folder and speed ----------------------------------------------------------

def test_tables_exist_when_no_population_file(tmp_path):
    (tmp_path / "data").mkdir()
    build(tmp_path / "data", tmp_path / "s.duckdb")
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as c:
        for t in ("population_state", "population_place", "population_state_race",
                  "population_state_best", "population_place_best", "population_place_alias"):
            assert one(c, f"SELECT count(*) FROM {t}") == [(0,)]
        cols = [r[0] for r in one(c, "DESCRIBE population_place")]
        assert cols == ["state", "place_fips", "name", "city", "year", "population", "kind",
                        "vintage", "file"]


def test_population_loading_is_fast(mirror, tmp_path):
    """convert + write of all five files (reading is the readers' job)."""
    from forcewatch.readers import read_table
    from forcewatch.sources.base import ImportContext

    raw = [read_table(mirror / f)[0] for f in FILES]
    t0 = time.perf_counter()
    tables: dict = {}
    for t in raw:
        lay = population.detect(t.header)
        df = lay().convert(t, ImportContext(t.path.name, lay.source, lay.name, "", None, t.rows))
        df["file"] = t.path.name
        tables.setdefault(lay.table, []).append(df)
    with duckdb.connect(str(tmp_path / "x.duckdb")) as c:
        population.write(c, tables)
    elapsed = time.perf_counter() - t0
    assert elapsed < 1.5, f"population convert + write took {elapsed:.2f} s"  # ~0.3 s idle


def test_bad_values_are_warned_about_and_left_out(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "places.csv").write_text(
        "SUMLEV,STATE,COUNTY,PLACE,NAME,STNAME,POPESTIMATE2010,POPESTIMATE2011\n"
        "162,17,0,14000,Chicago city,Illinois,A,2708114\n"  # 'A': place did not exist yet
        "162,99,0,00100,Nowhere city,Atlantis,10,11\n"  # unknown state FIPS
        "050,17,031,0,Cook County,Illinois,1,2\n"  # a county: not a place, left out
        "162,17,0,14000,Chicago city,Illinois,5,6\n", encoding="utf-8")  # repeated place
    (data / "empty.csv").write_text(
        "SUMLEV,REGION,DIVISION,STATE,NAME,POPESTIMATE2020\n", encoding="utf-8")
    r = build(data, tmp_path / "s.duckdb")
    f = next(f for f in r.files if f.file == "places.csv")
    assert (f.status, f.rows_read, f.imported, f.warnings) == ("imported", 4, 1, 3)
    e = next(f for f in r.files if f.file == "empty.csv")
    assert (e.status, e.layout, e.rows_read, e.imported) == ("imported", "census_nst", 0, 0)
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as c:
        assert one(c, "SELECT state, place_fips, city, year, population FROM population_place") == [
            ("IL", "1714000", "Chicago", 2011, 2_708_114)]
        msgs = [m for (m,) in one(c, "SELECT message FROM issues WHERE file = 'places.csv' ORDER BY row")]
        assert len(msgs) == 3 and "'A' is not a count" in msgs[0] and "'99'" in msgs[1]
        assert "appears again" in msgs[2]
