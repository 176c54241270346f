"""US Census population tables, used as denominators for per-capita rates.

Four file layouts are recognised from their header (never their name):

* ``census_nst`` -- state population estimates (``NST-EST<vintage>-ALLDATA``):
  every ``POPESTIMATE<yyyy>`` column of the nation (SUMLEV 010, state ``US``)
  and of the states, DC and Puerto Rico (SUMLEV 040) -> ``population_state``;
* ``census_sub_places`` -- subcounty estimates (``SUB-EST<vintage>``): the
  incorporated places (SUMLEV 162) -> ``population_place``;
* ``census_gazetteer_places`` -- the Census Gazetteer places file: every
  incorporated place *and* census-designated place with its census count
  (``POP10``) -> ``population_place`` (year 2010, vintage ``census2010``);
* ``acs_statepop_race`` -- state population by race / Hispanic origin
  (2017 ACS: ``state;total;hispanic;white;black;asian;americanindian``)
  -> ``population_state_race``.

:func:`write` creates the three tables (empty when no file fed them) and the
views ``population_state_best`` (newest vintage per state and year) and
``population_place_best`` (one place per state and normalised city name, one
row per year), plus the small table ``population_place_alias`` (common names
such as 'Nashville' for the Census 'Nashville-Davidson').  See docs/population.md.

Everything is vectorised (pyarrow compute, numpy, DuckDB); no per-row Python.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, ClassVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .readers import RawTable
from .sources.base import ImportContext, Layout, norm_header

LICENCE = "US Census Bureau (public domain, US government work)"
#: vintage label of rows that hold a decennial census count (the Gazetteer)
CENSUS_VINTAGE = "census{year}"

# ----------------------------------------------------------------------------
# States
# ----------------------------------------------------------------------------

#: the nation, as the state estimates files give it (SUMLEV 010, STATE 00)
NATION = ("US", "00", "United States")


@cache
def _state_rows() -> tuple[tuple[str, str, str], ...]:
    text = resources.files("forcewatch.data").joinpath("states.csv").read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["usps", "fips", "name"], "data/states.csv: unexpected header"
    return tuple((r[0], r[1], r[2]) for r in rows[1:] if r)


def states() -> pd.DataFrame:
    """The 50 states, DC and Puerto Rico: columns usps, fips, name (data/states.csv)."""
    return pd.DataFrame(list(_state_rows()), columns=["usps", "fips", "name"])


@cache
def _state_lookup() -> dict[str, str]:
    """Every accepted spelling (casefolded) -> USPS code."""
    lut: dict[str, str] = {}
    for usps, fips, name in [*_state_rows(), NATION]:
        lut[usps.casefold()] = usps
        lut[fips] = usps
        lut[str(int(fips))] = usps
        lut[name.casefold()] = usps
    return lut


def state_code(name_or_fips: Any) -> str | None:
    """USPS code of a state (or DC, PR) from its full name, USPS code or FIPS code.

    ``'California'``, ``'california'``, ``'CA'``, ``'ca'``, ``'06'``, ``'6'`` and ``6``
    all give ``'CA'``; ``'United States'`` and ``'00'`` give ``'US'`` (the nation).
    Anything else (including None) gives None.
    """
    if name_or_fips is None or isinstance(name_or_fips, bool):
        return None
    if isinstance(name_or_fips, float):
        if not name_or_fips.is_integer():
            return None
        name_or_fips = int(name_or_fips)
    key = re.sub(r"\s+", " ", str(name_or_fips)).strip().casefold()
    if key.isascii() and key.isdigit():
        key = str(int(key))
    return _state_lookup().get(key)


def _map_values(a: pa.Array, f) -> pa.Array:
    """Apply `f` (str -> str | None) to each distinct value of a string array."""
    uniq = pc.unique(a.filter(pc.is_valid(a))) if a.null_count < len(a) else pa.array([], pa.string())
    keys = uniq.to_pylist()
    vals = pa.array([f(k) for k in keys], type=pa.string())
    return vals.take(pc.index_in(a, value_set=pa.array(keys, type=pa.string())))


# ----------------------------------------------------------------------------
# City names
# ----------------------------------------------------------------------------

#: removed in this order.  Written so that Python's re and pyarrow's RE2 agree.
_CITY_PATTERNS: tuple[str, ...] = (
    # the part of a consolidated city outside its other incorporated places
    r"\s+\(balance\)$",
    # the legal/statistical area description (LSAD) the Census appends.  Case-sensitive,
    # so 'Kansas City', 'Boise City' (legal name 'Boise City city') or 'Bridgewater Town'
    # keep their capitalised word.  ' and' is what sub-est2019_places-only.csv left of
    # 'city and borough' ('Juneau and').
    (r"\s+(?:city and borough|metropolitan government|metro government|consolidated government|"
     r"unified government|urban county|zona urbana|comunidad|municipality|corporation|metroship|"
     r"borough|village|town|city|CDP|and)$"),
    # an alternate name in parentheses: 'San Buenaventura (Ventura)' (-> population_place_alias)
    r"\s*\([^)]*\)",
)
_CITY_RES = tuple(re.compile(p, re.ASCII) for p in _CITY_PATTERNS)
_SPACES = re.compile(r"\s+", re.ASCII)


def normalise_city(name: str) -> str:
    """A Census place name without the suffix the Census appends, for joining with the
    city of incident records (callers compare case-insensitively).

    'Chicago city' -> 'Chicago', 'Aloha CDP' -> 'Aloha', 'Juneau city and borough' ->
    'Juneau', 'Indianapolis city (balance)' -> 'Indianapolis',
    'Nashville-Davidson metropolitan government (balance)' -> 'Nashville-Davidson',
    'Louisville/Jefferson County metro government (balance)' -> 'Louisville/Jefferson County',
    'Lexington-Fayette urban county' -> 'Lexington-Fayette',
    'San Buenaventura (Ventura) city' -> 'San Buenaventura'.
    Names without a suffix ('Chicago', 'Kansas City') come back unchanged but for spacing.
    """
    if name is None:
        return ""
    s = _SPACES.sub(" ", str(name)).strip()
    for pat in _CITY_RES:
        s = pat.sub("", s)
    return s.strip()


def _normalise_array(names: pa.Array) -> pa.Array:
    """Vectorised :func:`normalise_city` (RE2 via pyarrow; same patterns). '' -> null."""
    s = pc.utf8_trim_whitespace(pc.replace_substring_regex(names, r"\s+", " "))
    for pat in _CITY_PATTERNS:
        s = pc.replace_substring_regex(s, pat, "")
    return _blank_to_null(pc.utf8_trim_whitespace(s))


# ----------------------------------------------------------------------------
# Vectorised column access (pyarrow)
# ----------------------------------------------------------------------------

_POPEST = re.compile(r"^popestimate(\d{4})$")
_POPCENSUS = re.compile(r"^pop(\d{2})$")
_NULL = pa.scalar(None, pa.string())


def _norm(h: str) -> str:
    # read_header() keeps a UTF-8 byte-order mark in the first name: drop it here
    return norm_header(h.lstrip("\ufeff"))


def _blank_to_null(a: pa.Array) -> pa.Array:
    return pc.if_else(pc.equal(a, ""), _NULL, a)


class _Columns:
    """Columns of a RawTable by normalised header name, as trimmed strings with blanks as
    null (missing column -> all null)."""

    def __init__(self, table: RawTable):
        self.table = table
        self.keys = {_norm(h): k for h, k in zip(table.header, table.keys)}

    def __call__(self, name: str) -> pa.Array:
        k = self.keys.get(name)
        if k is None:
            return pa.nulls(len(self.table), pa.string())
        vals = self.table.columns[k]
        try:
            a = pa.array(vals, type=pa.string())
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # non-text cells (never from read_csv)
            a = pa.array([None if v is None else str(v) for v in vals], type=pa.string())
        return _blank_to_null(pc.utf8_trim_whitespace(a))


def _np(mask: pa.Array) -> np.ndarray:
    return pc.fill_null(mask, False).to_numpy(zero_copy_only=False)


def _repeated(ctx: ImportContext, key: pa.Array, keep: np.ndarray, fieldname: str) -> np.ndarray:
    """Rows in `keep` whose (non-null) key already appeared on an earlier kept row; each
    is warned about."""
    dup = np.zeros(len(keep), dtype=bool)
    idx = np.flatnonzero(keep & _np(pc.is_valid(key)))
    kept = key.take(pa.array(idx, type=pa.int64()))
    if pc.count_distinct(kept).as_py() < len(kept):
        dup[idx] = pd.Series(kept.to_pylist()).duplicated(keep="first").to_numpy()
        _warn(ctx, dup, fieldname, key, lambda v: f"{v} appears again; the first row is kept")
    return dup


def _warn(ctx: ImportContext, mask: np.ndarray, fieldname: str, values: pa.Array, message) -> None:
    if mask.any():
        ctx.warn(pd.Series(mask), fieldname, pd.Series(values.to_pylist(), dtype=object), message)


def _count(ctx: ImportContext, a: pa.Array, keep: np.ndarray, fieldname: str) -> pa.Array:
    """Counts as int64; a value that is not a whole number >= 0 becomes null with a warning
    (the Census writes e.g. 'A' when a place did not exist yet)."""
    try:  # fast path: every value is a plain integer
        num = pc.cast(a, pa.int64())
        if not pc.any(pc.less(num, 0)).as_py():
            return num
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    ok = pc.fill_null(pc.match_substring_regex(a, r"^\d+(?:\.0+)?$"), False)
    bad = keep & _np(pc.is_valid(a)) & ~_np(ok)
    _warn(ctx, bad, fieldname, a, lambda v: f"population {v!r} is not a count; left out")
    return pc.cast(pc.if_else(ok, pc.replace_substring_regex(a, r"\.0+$", ""), _NULL), pa.int64())


def _long(ctx: ImportContext, col: _Columns, keep: np.ndarray, ids: dict[str, pa.Array],
          years: list[tuple[int, str]]) -> pa.Table:
    """Wide year columns -> one row per (kept row, year) that has a count, in file order.

    The id columns come out as dictionary arrays whose dictionary is the file's own column
    (each value is repeated once per year: only integer indices are made, no string is
    copied)."""
    idx = np.flatnonzero(keep)
    takes, yrs, pops = [], [], []
    for year, name in years:
        pop = _count(ctx, col(name), keep, name)
        have = idx[_np(pc.is_valid(pop))[idx]]
        takes.append(have)
        pops.append(pc.fill_null(pop, 0).to_numpy(zero_copy_only=False)[have])
        yrs.append(np.full(len(have), year, dtype=np.int32))
    rows = np.concatenate(takes) if takes else np.zeros(0, dtype=np.int64)
    order = np.argsort(rows, kind="stable")  # file order, then year
    rows = rows[order]
    cols: dict[str, pa.Array] = {}
    at = pa.array(rows.astype(np.int64))
    for k, v in ids.items():
        cols[k] = pa.DictionaryArray.from_arrays(at, v)
    cols["year"] = pa.array(np.concatenate(yrs)[order] if yrs else [], type=pa.int32())
    cols["population"] = pa.array(np.concatenate(pops)[order] if pops else [], type=pa.int64())
    return pa.table(cols)


def _year_columns(table: RawTable, pattern: re.Pattern[str], century: int = 0) -> list[tuple[int, str]]:
    found = ((pattern.match(_norm(h)), _norm(h)) for h in table.header)
    return sorted((century + int(m.group(1)), h) for m, h in found if m)


def _const(value: str, n: int) -> pa.Array:
    return pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, np.int32)), pa.array([value]))


def _frame(t: pa.Table, **constants: str) -> pd.DataFrame:
    """The DataFrame a layout returns, backed by the Arrow arrays (pd.ArrowDtype, no copy):
    a hand-over to :func:`write`, which gives the columns their SQL types."""
    for k, v in constants.items():
        t = t.append_column(k, _const(v, len(t)))
    return t.to_pandas(types_mapper=pd.ArrowDtype)


# ----------------------------------------------------------------------------
# Layouts
# ----------------------------------------------------------------------------

class PopulationLayout(Layout):
    """A Census file that feeds one population table (``table``)."""

    kind = "population"
    source = "census"
    licence = LICENCE
    table: ClassVar[str]
    #: also require at least one POPESTIMATE<yyyy> column
    needs_estimates: ClassVar[bool] = False

    @classmethod
    def matches(cls, header: Iterable[str]) -> bool:
        h = {_norm(x) for x in header}
        if not cls.required <= h or cls.forbidden & h:
            return False
        return not cls.needs_estimates or any(_POPEST.match(x) for x in h)


def _vintage(years: list[tuple[int, str]]) -> str:
    """Census vintage = the last year estimated ('V2019' for 2010-2019 estimates)."""
    return f"V{max(y for y, _ in years)}" if years else "unknown"


class CensusStateEstimates(PopulationLayout):
    """NST-EST<vintage>-ALLDATA: nation, regions, divisions, states, DC, Puerto Rico."""

    name = "census_nst"
    table = "population_state"
    required = frozenset({"sumlev", "region", "division", "state", "name"})
    forbidden = frozenset({"place", "county"})
    needs_estimates = True

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        col = _Columns(table)
        years = _year_columns(table, _POPEST)
        sumlev = pc.utf8_lpad(col("sumlev"), 3, "0")
        nation = _np(pc.equal(sumlev, "010"))
        keep = nation | _np(pc.equal(sumlev, "040"))
        fips = pc.if_else(nation, "00", pc.utf8_lpad(col("state"), 2, "0"))
        state = _map_values(fips, state_code)
        unknown = keep & ~_np(pc.is_valid(state))
        _warn(ctx, unknown, "STATE", fips, lambda v: f"unknown state FIPS code {v!r}; row left out")
        keep &= ~unknown
        t = _long(ctx, col, keep, {"state": state, "state_fips": fips,
                                     "name": col("name")}, years)
        return _frame(t, vintage=_vintage(years))


class CensusPlaceEstimates(PopulationLayout):
    """SUB-EST<vintage>: incorporated places (SUMLEV 162) of the subcounty estimates."""

    name = "census_sub_places"
    table = "population_place"
    required = frozenset({"sumlev", "state", "place", "name", "stname"})
    needs_estimates = True

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        col = _Columns(table)
        years = _year_columns(table, _POPEST)
        st = pc.utf8_lpad(col("state"), 2, "0")
        place = pc.utf8_lpad(col("place"), 5, "0")
        name, stname = col("name"), col("stname")
        keep = _np(pc.equal(pc.utf8_lpad(col("sumlev"), 3, "0"), "162")) \
            & _np(pc.not_equal(place, "00000"))
        state = _map_values(st, state_code)
        unknown = keep & ~_np(pc.is_valid(state))
        _warn(ctx, unknown, "STATE", st, lambda v: f"unknown state FIPS code {v!r}; row left out")
        keep &= ~unknown
        clash = keep & _np(pc.not_equal(_map_values(stname, state_code), state))
        _warn(ctx, clash, "STNAME", stname,
              lambda v: f"state name {v!r} does not match the STATE code (the code is used)")
        geoid = pc.binary_join_element_wise(st, place, "")
        keep &= ~_repeated(ctx, geoid, keep, "PLACE")
        cdp = _np(pc.equal(col("funcstat"), "S")) | _np(pc.ends_with(name, " CDP"))
        ids = {"state": state, "place_fips": geoid, "name": name, "city": _normalise_array(name),
               "kind": pa.array(np.where(cdp, "cdp", "incorporated"), pa.string())}
        return _frame(_long(ctx, col, keep, ids, years), vintage=_vintage(years))


class CensusGazetteerPlaces(PopulationLayout):
    """Census Gazetteer places: incorporated places and CDPs with their census count."""

    name = "census_gazetteer_places"
    table = "population_place"
    required = frozenset({"usps", "geoid", "name", "lsad", "pop10"})

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        col = _Columns(table)
        usps = col("usps")
        state = _map_values(usps, state_code)
        keep = _np(pc.is_valid(state))
        _warn(ctx, ~keep, "USPS", usps, lambda v: f"unknown state code {v!r}; row left out")
        geoid = pc.utf8_lpad(col("geoid"), 7, "0")
        keep &= ~_repeated(ctx, geoid, keep, "GEOID")
        name = col("name")
        # FUNCSTAT S = statistical entity: CDPs (LSAD 57) and Puerto Rico's comunidades
        # and zonas urbanas (LSAD 55, 62)
        cdp = (_np(pc.equal(col("funcstat"), "S")) | _np(pc.ends_with(name, " CDP"))
               | _np(pc.is_in(col("lsad"), pa.array(["55", "57", "62"]))))
        ids = {"state": state, "place_fips": geoid, "name": name, "city": _normalise_array(name),
               "kind": pa.array(np.where(cdp, "cdp", "incorporated"), pa.string())}
        frames = [_frame(_long(ctx, col, keep, ids, [(year, header)]),
                         vintage=CENSUS_VINTAGE.format(year=year))
                  for year, header in _year_columns(table, _POPCENSUS, century=2000)]
        return pd.concat(frames, ignore_index=True)


class AcsStateRace(PopulationLayout):
    """State population by race / Hispanic origin from the 2017 ACS 1-year estimates
    (statepop.csv of danielsto/data-police-shootings-augmented).  The file has no year
    column: the layout stands for that 2017 table.  'white' is non-Hispanic white."""

    name = "acs_statepop_race"
    table = "population_state_race"
    required = frozenset({"state", "total", "hispanic", "white", "black", "asian",
                          "americanindian"})
    year: ClassVar[int] = 2017
    #: raw column -> shared race vocabulary code ('total' = everyone)
    races: ClassVar[dict[str, str]] = {"total": "total", "hispanic": "hispanic", "white": "white",
                                       "black": "black", "asian": "asian",
                                       "americanindian": "native_american"}

    def convert(self, table: RawTable, ctx: ImportContext) -> pd.DataFrame:
        col = _Columns(table)
        raw = col("state")
        state = _map_values(raw, state_code)
        keep = _np(pc.is_valid(state))
        _warn(ctx, ~keep, "state", raw, lambda v: f"unknown state {v!r}; row left out")
        keep &= ~_repeated(ctx, state, keep, "state")
        frames = [_frame(_long(ctx, col, keep, {"state": state}, [(self.year, header)]),
                         race=race)
                  for header, race in self.races.items()]
        return pd.concat(frames, ignore_index=True)[["state", "year", "race", "population"]]


LAYOUTS: list[type[Layout]] = [CensusStateEstimates, CensusPlaceEstimates, CensusGazetteerPlaces,
                               AcsStateRace]


def detect(header: Iterable[str]) -> type[Layout] | None:
    header = list(header)
    hits = [lay for lay in LAYOUTS if lay.matches(header)]
    return max(hits, key=lambda lay: len(lay.required)) if hits else None


# ----------------------------------------------------------------------------
# Tables and views
# ----------------------------------------------------------------------------

SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "population_state": [("state", "VARCHAR"), ("state_fips", "VARCHAR"), ("name", "VARCHAR"),
                         ("year", "INTEGER"), ("population", "BIGINT"), ("vintage", "VARCHAR"),
                         ("file", "VARCHAR")],
    "population_place": [("state", "VARCHAR"), ("place_fips", "VARCHAR"), ("name", "VARCHAR"),
                         ("city", "VARCHAR"), ("year", "INTEGER"), ("population", "BIGINT"),
                         ("kind", "VARCHAR"), ("vintage", "VARCHAR"), ("file", "VARCHAR")],
    "population_state_race": [("state", "VARCHAR"), ("year", "INTEGER"), ("race", "VARCHAR"),
                              ("population", "BIGINT"), ("file", "VARCHAR")],
}
#: common names that no rule derives: (state, alias, normalised Census name)
COMMON_NAMES: tuple[tuple[str, str, str], ...] = (
    ("HI", "Honolulu", "Urban Honolulu"),  # Honolulu has no incorporated city, only this CDP
    ("ID", "Boise", "Boise City"),  # legal name 'Boise City city'
)


def _by_vintage(col: str = "vintage") -> str:
    """Newest vintage first: labels are 'V' + the 4-digit last estimated year ('V2023'
    before 'V2019'), so text order is vintage order."""
    return f"{col} DESC"


VIEWS_SQL = f"""
CREATE OR REPLACE VIEW population_state_best AS
SELECT * FROM population_state
QUALIFY row_number() OVER (PARTITION BY state, year ORDER BY {_by_vintage()}, file) = 1;

CREATE OR REPLACE VIEW population_place_best AS
WITH size AS (
    SELECT state, lower(city) AS k, place_fips, max(population) AS size
    FROM population_place WHERE state IS NOT NULL AND city IS NOT NULL GROUP BY ALL
), chosen AS (  -- the most populous place of each (state, city)
    SELECT * FROM size
    QUALIFY row_number() OVER (PARTITION BY state, k ORDER BY size DESC, place_fips) = 1
)
SELECT p.* FROM population_place p
JOIN chosen c ON c.state = p.state AND c.k = lower(p.city) AND c.place_fips = p.place_fips
QUALIFY row_number() OVER (  -- estimates before census counts, then the newest vintage
    PARTITION BY p.state, lower(p.city), p.year
    ORDER BY (p.vintage LIKE 'census%') ASC, {_by_vintage('p.vintage')}, p.file) = 1;
"""

ALIAS_SQL = r"""
CREATE OR REPLACE TABLE population_place_alias AS
WITH n AS (
    SELECT DISTINCT state, name, city FROM population_place
    WHERE state IS NOT NULL AND city IS NOT NULL
      AND (contains(name, '(') OR contains(city, '-') OR contains(city, '/') OR contains(city, ',')
           OR city LIKE 'City of %' OR city LIKE 'Town of %' OR city LIKE 'Village of %'
           OR city LIKE 'The Village of %')
), cand AS (
    SELECT state, trim(regexp_extract(name, '\(([^)]*)\)', 1)) AS alias, city,
           'alternate name in parentheses' AS rule
    FROM n WHERE regexp_extract(name, '\(([^)]*)\)', 1) NOT IN ('', 'balance')
    UNION ALL
    SELECT state, trim(regexp_extract(city, '^([^-/,]+)[-/,]', 1)), city, 'consolidated city-county'
    FROM n WHERE regexp_matches(city, '[-/,]')
      AND (regexp_matches(name, '(government|urban county|\(balance\))$')
           OR regexp_matches(city, ' County$'))
    UNION ALL
    SELECT state, trim(regexp_extract(city, '^([^,]+),', 1)), city, 'name before a comma'
    FROM n WHERE contains(city, ', ')
    UNION ALL
    SELECT state, regexp_extract(city, '^(?:The )?(?:City|Town|Village) of (.+)$', 1), city,
           'City/Town/Village of'
    FROM n WHERE regexp_matches(city, '^(?:The )?(?:City|Town|Village) of [A-Z]')
    UNION ALL
    SELECT c.state, c.alias, c.city, 'common name' FROM _population_common_names c
    WHERE EXISTS (SELECT 1 FROM population_place p WHERE p.state = c.state AND p.city = c.city)
), ok AS (  -- never hide a real place of that name in that state
    SELECT DISTINCT c.* FROM cand c
    ANTI JOIN (SELECT DISTINCT state, lower(city) AS k FROM population_place) p
        ON p.state = c.state AND p.k = lower(c.alias)
    WHERE c.alias <> ''
)
SELECT * FROM (SELECT state, alias, city, min(rule) AS rule FROM ok GROUP BY state, alias, city)
QUALIFY count(*) OVER (PARTITION BY state, lower(alias)) = 1  -- ambiguous aliases dropped
ORDER BY state, alias;
"""

#: PEP place names whose non-ASCII letter became '?' in the file ('Ca?on City'): the city
#: is taken from the Gazetteer row of the same place when it fits ('Cañon City')
REPAIR_SQL = """
UPDATE population_place AS p SET city = g.city
FROM (SELECT DISTINCT place_fips, city FROM population_place WHERE vintage LIKE 'census%') g
WHERE contains(p.city, '?') AND p.vintage NOT LIKE 'census%' AND p.place_fips = g.place_fips
  AND g.city LIKE replace(p.city, '?', '_')
"""


def write(con, tables: dict[str, list[pd.DataFrame]]) -> None:
    """Create and fill the population tables, views and aliases.  Tables that no file
    fed are created empty, so queries never break."""
    for tname, cols in SCHEMAS.items():
        ddl = ", ".join(f'"{c}" {t}' for c, t in cols)
        con.execute(f"CREATE OR REPLACE TABLE {tname} ({ddl})")
        frames = [f for f in tables.get(tname, []) if len(f)]
        if not frames:
            continue
        select = ", ".join(f'CAST("{c}" AS {t})' for c, t in cols)
        for f in frames:  # one insert per file: each keeps its own dictionaries
            frame = f.reindex(columns=[c for c, _ in cols])
            con.register("_population_frame", pa.Table.from_pandas(frame, preserve_index=False))
            try:
                con.execute(f"INSERT INTO {tname} SELECT {select} FROM _population_frame")
            finally:
                con.unregister("_population_frame")
    con.execute(REPAIR_SQL)
    con.execute(VIEWS_SQL)
    con.register("_population_common_names", pa.table(dict(zip(("state", "alias", "city"),
                                                   map(list, zip(*COMMON_NAMES))))))
    try:
        con.execute(ALIAS_SQL)
    finally:
        con.unregister("_population_common_names")


__all__ = ["LAYOUTS", "AcsStateRace", "CensusGazetteerPlaces", "CensusPlaceEstimates",
           "CensusStateEstimates", "PopulationLayout", "detect", "normalise_city", "state_code",
           "states", "write"]
