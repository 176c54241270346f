"""The data behind every web page and JSON endpoint, on DuckDB (no web framework here).

:class:`WebData` attaches the store to an in-memory DuckDB database -- read-only, or
read-write when review actions are on -- and materialises there what most requests read:
the de-duplicated deaths (the ``deaths`` view aggregates 40,000 records on each use, about
50 ms; the table answers in about 1 ms) and the conflicts between sources.  Each request
gets its own cursor whose search path puts those tables before the store's, so the
library's own functions (:mod:`forcewatch.analysis.query`, :mod:`forcewatch.analysis.linked`)
run unchanged on them and the web filters mean exactly what the CLI's options mean.

Every value from a request reaches SQL as a bound parameter; sort columns and field names
come from fixed dictionaries.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import threading
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any, Iterable

import duckdb

from ..analysis.linked import CONFLICT_FIELDS, coverage
from ..analysis.query import DEFAULT_AGE_BANDS, Query, snapshot_sql, where_sql
from ..news.model import jsonable

STORE = "fwstore"  # alias of the attached store inside the in-memory database
NEWS_SOURCE = "news"  # records confirmed in the review queue (forcewatch.news.queue)
#: table columns the API returns, and what a table can be sorted by (name -> SQL over `r`)
SORTS = {"date": "r.date", "name": "lower(r.name)", "age": "r.age", "gender": "r.gender",
         "race": "r.race[1]", "city": "lower(r.city)", "state": "r.state", "cause": "r.cause",
         "armed": "r.armed", "sources": "len(r.sources)"}
TABLE_COLUMNS = ("death_id", "name", "age", "gender", "race", "date", "city", "state", "cause", "armed",
                 "sources")
EXPORT_COLUMNS = ("death_id", "name", "age", "gender", "race", "date", "city", "county", "state", "latitude",
                  "longitude", "agencies", "cause", "causes", "armed", "weapons", "threat", "flee", "body_camera",
                  "mental_illness", "sources", "member_records")
#: the fields of the person page, in order (record column, label)
PERSON_FIELDS = (
    ("name", "Name"), ("age", "Age"), ("gender", "Gender"), ("race", "Race"), ("date", "Date"),
    ("address", "Address"), ("city", "City"), ("county", "County"), ("state", "State"), ("zip", "ZIP"),
    ("latitude", "Latitude"), ("longitude", "Longitude"), ("agencies", "Agencies"), ("agency_oris", "Agency ORIs"),
    ("cause", "Cause"), ("causes", "Causes / force"), ("armed", "Armed"), ("weapons", "Weapons"),
    ("threat", "Threat"), ("flee", "Fleeing"), ("body_camera", "Body camera"), ("mental_illness", "Mental illness"),
    ("intended_force", "Intended use of force"), ("off_duty", "Off duty"), ("officer_names", "Officers"),
    ("disposition", "Disposition"),
    ("description", "Description"), ("urls", "Articles / documents"),
    ("source_id", "Source's id"), ("wapo_id", "WaPo id"), ("fe_id", "FE id"), ("mpv_id", "MPV id"),
)
#: raw value column of a canonical field (shown beside it when it differs)
RAW_OF = {"name": "name_raw", "age": "age_raw", "gender": "gender_raw", "race": "race_raw", "date": "date_raw",
          "agencies": "agencies_raw", "causes": "cause_raw", "armed": "armed_raw", "weapons": "weapon_raw",
          "threat": "threat_raw", "flee": "flee_raw", "body_camera": "body_camera_raw",
          "mental_illness": "mental_illness_raw", "intended_force": "intended_force_raw"}


class NotLinked(RuntimeError):
    """The store has no linked deaths yet (run `forcewatch link`)."""


# --- filters ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    """The filter panel: the CLI's query options (same names, same meaning) plus `q`, a search
    of name, city, county and agency.  Lists are sorted tuples so equal filters compare equal."""

    source: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    race: tuple[str, ...] = ()
    gender: tuple[str, ...] = ()
    state: tuple[str, ...] = ()
    city: tuple[str, ...] = ()
    agency: str | None = None
    cause: tuple[str, ...] = ()
    armed: tuple[str, ...] = ()
    flee: tuple[str, ...] = ()
    body_camera: bool | None = None
    weapon: tuple[str, ...] = ()
    threat: tuple[str, ...] = ()
    mental_illness: tuple[str, ...] = ()
    intended_force: tuple[str, ...] = ()
    police_force_only: bool | None = None
    q: str | None = None

    @classmethod
    def make(cls, **kw: Any) -> Filters:
        """Normalise: strip text, drop empty values, sort and de-duplicate lists."""
        out: dict[str, Any] = {}
        for f in fields(cls):
            v = kw.get(f.name)
            if isinstance(v, (list, tuple, set)):
                v = tuple(sorted({str(getattr(x, "value", x)).strip() for x in v} - {""}))
            elif isinstance(v, str):
                v = v.strip() or None
            out[f.name] = v if v is not None else (() if str(f.type).startswith("tuple") else None)
        return cls(**out)

    def query(self, linked: bool = True) -> Query:
        """The library's Query for these filters (dates parsed as the CLI parses them).
        Raises ValueError for a date that does not exist (e.g. 2015-02-30)."""
        import typer

        from ..cli_options import FILTERS, query_from

        opts: dict[str, Any] = {name: None for name, _, _ in FILTERS}
        opts.update(all_snapshots=False, linked=linked, age_bands=DEFAULT_AGE_BANDS)
        for f in fields(self):
            if f.name != "q":
                v = getattr(self, f.name)
                opts[f.name] = list(v) if isinstance(v, tuple) else v
        try:
            return query_from(opts)
        except typer.BadParameter as exc:
            raise ValueError(exc.message) from None

    def items(self) -> list[tuple[str, str]]:
        """URL query parameters, in a fixed order (shareable links, cache keys)."""
        out: list[tuple[str, str]] = []
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, tuple):
                out += [(f.name, x) for x in v]
            elif isinstance(v, bool):
                out.append((f.name, "true" if v else "false"))
            elif v is not None:
                out.append((f.name, str(v)))
        return out

    def describe(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v not in (None, ())}


def _where(f: Filters, linked: bool = True) -> tuple[Query, str, list[Any]]:
    q = f.query(linked)
    sql, params = where_sql(q)
    if f.q:
        needle = f.q.lower()
        sql += (" AND (contains(lower(r.name), ?) OR contains(lower(r.city), ?) OR contains(lower(r.county), ?)"
                " OR contains(lower(array_to_string(r.agencies, '|')), ?))")
        params += [needle] * 4
    return q, sql, params


# --- plain values ---------------------------------------------------------------------------------

plain = jsonable  # a DuckDB value as JSON-able Python (dates as ISO text)


def _dicts(cur: duckdb.DuckDBPyConnection, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    res = cur.execute(sql, list(params))
    names = [d[0] for d in res.description]
    return [{k: plain(v) for k, v in zip(names, row)} for row in res.fetchall()]


def _json(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) else v


@cache
def vocabularies() -> dict[str, dict[str, str]]:
    from ..sources.base import shared_vocabularies

    return shared_vocabularies()


@cache
def state_names() -> dict[str, str]:
    from ..population import states
    from ..validate import STATES

    names = dict(zip(states().usps, states().name))
    return {s: names.get(s, s) for s in sorted(STATES)}


@cache
def state_fips() -> dict[str, str]:
    from ..population import states

    return dict(zip(states().usps, states().fips))


@cache
def source_info() -> dict[str, dict[str, str]]:
    from ..catalogue import catalogue

    out = {k: {"title": s.title, "publisher": s.publisher, "homepage": s.homepage, "licence": s.licence}
           for k, s in catalogue().items() if k != "census"}
    out[NEWS_SOURCE] = {"title": "News articles confirmed in the review queue", "publisher": "forcewatch reviewers",
                        "homepage": "", "licence": "facts reported by the linked articles; each article's terms apply"}
    return out


# --- the data --------------------------------------------------------------------------------------

class WebData:
    """The store, attached read-only (or read-write with `writable`) to an in-memory database
    holding the materialised deaths; one cursor per request (DuckDB cursors are not shared
    between threads)."""

    def __init__(self, store: str | Path, *, writable: bool = False, threads: int | None = None) -> None:
        self.path = Path(store)
        if not self.path.exists():
            raise FileNotFoundError(f"no store at {self.path}: run `forcewatch build` first")
        self.writable = writable
        self.lock = threading.Lock()  # serialises reloads and writes
        self._local = threading.local()
        self._con = duckdb.connect(":memory:", config={"threads": threads} if threads else {})
        quoted = str(self.path).replace("'", "''")
        self._con.execute(f"ATTACH '{quoted}' AS {STORE}{'' if writable else ' (READ_ONLY)'}")
        self.version = 0
        self.load()

    def close(self) -> None:
        self._con.close()

    def checkpoint(self) -> None:
        """Write committed changes into the store file (read-write mode)."""
        if self.writable:
            with self.lock:
                self._con.execute(f"CHECKPOINT {STORE}")

    def _has(self, name: str) -> bool:
        return bool(self._con.execute(
            "SELECT count(*) FROM (SELECT table_name AS n FROM duckdb_tables() WHERE database_name = ? "
            "UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = ?) WHERE n = ?",
            [STORE, STORE, name]).fetchone()[0])

    def load(self) -> None:
        """(Re)materialise the deaths and conflicts, and what every page shows about the sources."""
        if not self._has("deaths"):
            raise NotLinked("no linked deaths in this store: run `forcewatch link` first")
        with self.lock:
            c = self._con
            c.execute(f"""CREATE OR REPLACE TABLE memory.main.deaths AS
                SELECT (row_number() OVER (ORDER BY record_id))::INTEGER AS key,
                       substr(record_id, 7) AS death_id, * EXCLUDE (raw)
                FROM {STORE}.main.deaths ORDER BY date DESC NULLS LAST, record_id""")
            c.execute(f"CREATE OR REPLACE TABLE memory.main.death_conflicts AS "
                      f"SELECT * FROM {STORE}.main.death_conflicts")
            # point look-ups in Python: a DuckDB scan costs ~0.5 ms even on 26,000 rows. The person
            # pages (70 MB of JSON for the full store) are held as compressed-free text by key.
            c.execute(PERSONS_SQL)
            docs = c.execute("SELECT key, doc FROM memory.main.persons").fetchall()
            c.execute("DROP TABLE memory.main.persons")
            self.person_docs = [""] * (max((k for k, _ in docs), default=0) + 1)
            for k, doc in docs:
                self.person_docs[k] = doc
            del docs
            self.death_keys = dict(c.execute("SELECT death_id, key FROM memory.main.deaths").fetchall())
            self.record_death = dict(c.execute(f"SELECT record_id, death_id FROM {STORE}.main.clusters").fetchall())
            self._summarise()

    def refresh(self) -> None:
        """After a write that leaves the deaths as they are (a news decision): new summaries."""
        with self.lock:
            self._summarise()

    def _summarise(self) -> None:
        """What every page shows about the sources and the deaths (caller holds the lock)."""
        self.has_review = all(self._has(t) for t in ("news_candidates", "news_candidate_articles"))
        cur = self.cursor()
        try:
            self.sources = _dicts(cur, """
                SELECT s.source, s.snapshot, s.snapshot_date, s.licence, count(r.record_id) AS records,
                       min(r.year) AS first_year, max(r.year) AS last_year
                FROM snapshots s LEFT JOIN records r USING (source, snapshot)
                WHERE s.is_latest GROUP BY ALL ORDER BY s.source""")
            for s in self.sources:
                s.update({k: v for k, v in source_info().get(s["source"], {}).items() if k != "licence"})
                s.setdefault("title", s["source"])
            self.deaths_total, self.deaths_located, self.first_year, self.last_year = cur.execute(
                "SELECT count(*), count(latitude), min(year), max(year) FROM deaths").fetchone()
            self.coverage_all = coverage_data(cur, None, self)
        finally:
            cur.close()
        self.version += 1

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor: materialised tables first, then the store's (close it after use)."""
        cur = self._con.cursor()
        cur.execute(f"SET search_path = 'memory.main,{STORE}.main'")
        return cur

    def thread_cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's own cursor, made once (a new cursor costs ~0.3 ms; a request needs one)."""
        cur = getattr(self._local, "cur", None)
        if cur is None:
            cur = self._local.cur = self.cursor()
        return cur

    def write_cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the store itself (unqualified names are the store's tables)."""
        if not self.writable:
            raise PermissionError("the store is open read-only: start `forcewatch serve --review`")
        cur = self._con.cursor()
        cur.execute(f"USE {STORE}")
        return cur


# --- overview, table, map ---------------------------------------------------------------------------

def overview(cur: duckdb.DuckDBPyConnection, f: Filters, data: WebData) -> dict[str, Any]:
    """Deaths per year: de-duplicated (linked) and per source (each source's newest snapshot)."""
    _, w, p = _where(f, linked=True)
    linked = dict(cur.execute(f"SELECT year, count(*) FROM deaths r WHERE {w} GROUP BY 1", p).fetchall())
    q, w2, p2 = _where(f, linked=False)
    snap, sp = snapshot_sql(q)
    per = cur.execute(f"""WITH sel AS ({snap})
        SELECT r.source, r.year, count(*) FROM records r
        JOIN sel ON r.source = sel.source AND r.snapshot = sel.snapshot
        WHERE {w2} GROUP BY ALL""", sp + p2).fetchall()
    by_source: dict[str, dict[int | None, int]] = {}
    for src, year, n in per:
        by_source.setdefault(src, {})[year] = n
    seen = [y for y, n in linked.items() if y is not None and n] + [
        y for c in by_source.values() for y, n in c.items() if y is not None and n]
    years = list(range(min(seen), max(seen) + 1)) if seen else []
    series = [{"key": "linked", "label": "De-duplicated deaths (all sources)", "snapshot": None,
               "total": sum(linked.values()), "undated": linked.get(None, 0),
               "values": [linked.get(y, 0) for y in years]}]
    for s in data.sources:
        if f.source and s["source"] not in f.source:
            continue
        counts = by_source.get(s["source"], {})
        lo, hi = s["first_year"], s["last_year"]
        series.append({"key": s["source"], "label": s["title"], "snapshot": s["snapshot"],
                       "total": sum(counts.values()), "undated": counts.get(None, 0),
                       "values": [counts.get(y, 0) if lo is not None and lo <= y <= hi else None for y in years]})
    return {"filters": f.describe(), "deaths": series[0]["total"], "years": years, "series": series}


def table(cur: duckdb.DuckDBPyConnection, f: Filters, sort: str = "date", order: str = "desc",
          page: int = 1, per_page: int = 50) -> dict[str, Any]:
    """One page of the de-duplicated deaths matching the filters."""
    _, w, p = _where(f)
    total = cur.execute(f"SELECT count(*) FROM deaths r WHERE {w}", p).fetchone()[0]
    direction = "ASC" if order == "asc" else "DESC"
    rows = _dicts(cur, f"""SELECT {', '.join('r.' + c for c in TABLE_COLUMNS)} FROM deaths r WHERE {w}
        ORDER BY {SORTS[sort]} {direction} NULLS LAST, r.death_id LIMIT ? OFFSET ?""",
                  p + [per_page, (page - 1) * per_page])
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "sort": sort, "order": order, "rows": rows}


def map_points(cur: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, Any]:
    """Compact points [lat, lon, key] of the located deaths (coordinates to 3 decimals, ~100 m:
    the basemap has no streets); `key` asks /api/points/{key} for the popup."""
    _, w, p = _where(f)
    total, located = cur.execute(f"SELECT count(*), count(r.latitude) FROM deaths r WHERE {w}", p).fetchone()
    pts = cur.execute(f"""SELECT round(r.latitude, 3), round(r.longitude, 3), r.key FROM deaths r
        WHERE {w} AND r.latitude IS NOT NULL AND r.longitude IS NOT NULL""", p).fetchall()
    return {"total": total, "located": located, "points": pts}


def point(cur: duckdb.DuckDBPyConnection, key: int) -> dict[str, Any] | None:
    rows = _dicts(cur, "SELECT key, death_id, name, age, date, city, state, sources FROM deaths WHERE key = ?",
                  [key])
    return rows[0] if rows else None


LIST_EXPORT = {"race", "agencies", "causes", "weapons", "sources", "member_records"}


def _export_select(f: Filters, sort: str, order: str, columns: list[str]) -> tuple[str, list[Any]]:
    _, w, p = _where(f)
    direction = "ASC" if order == "asc" else "DESC"
    return (f"SELECT {', '.join(columns)} FROM deaths r WHERE {w} "
            f"ORDER BY {SORTS[sort]} {direction} NULLS LAST, r.death_id"), p


def _cell(v: Any) -> Any:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP)."""
    if isinstance(v, str) and v[:1] in ("=", "+", "@", "\t", "\r"):
        return "'" + v
    return v


def export_csv(cur: duckdb.DuckDBPyConnection, f: Filters, sort: str = "date", order: str = "desc") -> str:
    """Every de-duplicated death matching the filters as CSV (lists joined with ';')."""
    cols = [f"array_to_string(r.{c}, ';')" if c in LIST_EXPORT else
            (f"r.{c}::VARCHAR" if c in ("body_camera", "date") else f"r.{c}") for c in EXPORT_COLUMNS]
    sql, params = _export_select(f, sort, order, cols)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(EXPORT_COLUMNS)
    out.writerows([_cell(v) for v in row] for row in cur.execute(sql, params).fetchall())
    return buf.getvalue()


def export_geojson(cur: duckdb.DuckDBPyConnection, f: Filters, sort: str = "date", order: str = "desc",
                   meta: dict[str, Any] | None = None) -> str:
    """A GeoJSON FeatureCollection (RFC 7946) of the same deaths; a death without coordinates
    is a feature with ``"geometry": null`` so the export holds the whole filtered view."""
    props = ", ".join(f"'{c}': r.{c}" for c in EXPORT_COLUMNS if c not in ("latitude", "longitude"))
    feature = ("to_json({'type': 'Feature', 'id': r.death_id, 'geometry': CASE WHEN r.latitude IS NULL OR "
               "r.longitude IS NULL THEN NULL ELSE {'type': 'Point', 'coordinates': [r.longitude, r.latitude]} END, "
               f"'properties': {{{props}}}}})")
    sql, params = _export_select(f, sort, order, [feature])
    rows = [r[0] for r in cur.execute(sql, params).fetchall()]
    head = json.dumps({"type": "FeatureCollection", "forcewatch": meta or {}})[:-1]
    return head + ', "features": [\n' + ",\n".join(rows) + "\n]}\n"


# --- one person ------------------------------------------------------------------------------------

def resolve(data: WebData, ident: str) -> str | None:
    """The death id for a death id, a member record id, or 'death:<id>'; None if unknown."""
    ident = ident.removeprefix("death:")
    return ident if ident in data.death_keys else data.record_death.get(ident)


def _fields_struct(alias: str, names: Iterable[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"'{k}': {alias}.\"{col}\"" for k, col in names) + "}"


#: one row per death holding its person page as JSON (one point query per page instead of three
#: wide ones: DuckDB pays per column, about 20 µs each), plus each record's raw row and its names
PERSONS_SQL = f"""
    CREATE OR REPLACE TABLE memory.main.persons AS
    WITH recs AS (
        SELECT m.death_id, r.source, r.record_id,
               {{'record_id': r.record_id, 'source': r.source, 'snapshot': r.snapshot, 'file': r.file,
                 'row': r."row", 'values': {_fields_struct("r", [(k, k) for k, _ in PERSON_FIELDS])},
                 'raw_values': {_fields_struct("r", RAW_OF.items())}, 'raw': r.raw, 'raw_keys': f.raw_keys}} AS rec
        FROM {STORE}.main.clusters m JOIN {STORE}.main.records r USING (record_id)
        LEFT JOIN {STORE}.main.files f ON f.sha256 = r.file_sha256
             AND r.file = CASE WHEN f.sheet IS NULL THEN f.file ELSE f.file || ':' || f.sheet END),
    per AS (
        SELECT death_id, list(rec ORDER BY source, record_id) AS records FROM recs GROUP BY death_id),
    conf AS (
        SELECT death_id, list({{'field': field, 'values': "values"}} ORDER BY field) AS conflicts
        FROM memory.main.death_conflicts GROUP BY death_id)
    SELECT d.key,
           to_json({{'death': {_fields_struct("d", [(k, k) for k, _ in PERSON_FIELDS] + [("sources", "sources"),
                                               ("member_records", "member_records")])},
                    'records': per.records, 'conflicts': coalesce(conf.conflicts, [])}}) AS doc
    FROM memory.main.deaths d JOIN per USING (death_id) LEFT JOIN conf USING (death_id) ORDER BY d.key"""


def person(cur: duckdb.DuckDBPyConnection, data: WebData, death_id: str) -> dict[str, Any] | None:
    """A death: the de-duplicated values, every source's record side by side (canonical and raw
    values, provenance, the source's row as read), and the fields on which sources disagree."""
    key = data.death_keys.get(death_id)
    if key is None or not data.person_docs[key]:
        return None
    doc = json.loads(data.person_docs[key])
    info = source_info()
    for r in doc["records"]:
        src = info.get(r["source"], {})
        r.update(source_title=src.get("title", r["source"]), source_homepage=src.get("homepage") or None,
                 licence=src.get("licence"), source_row=_source_row(r.pop("raw_keys"), r.pop("raw")))
    conflicts = {c["field"]: c["values"] for c in doc["conflicts"]}
    differs = [k for k, _ in PERSON_FIELDS
               if k in COMPARED and len({_norm(r["values"][k]) for r in doc["records"]} - {None}) > 1]
    return {"death_id": death_id, "differs": differs, "death": doc["death"],
            "fields": [{"name": k, "label": label} for k, label in PERSON_FIELDS],
            "records": doc["records"], "conflicts": conflicts, "conflict_fields": list(CONFLICT_FIELDS)}


#: fields compared across a death's records on the person page (ids, texts and coordinates are not)
COMPARED = frozenset(k for k, _ in PERSON_FIELDS) - {"source_id", "wapo_id", "fe_id", "mpv_id", "description", "urls",
                                                     "disposition", "latitude", "longitude", "agency_oris", "address"}


def _norm(v: Any) -> Any:
    if v is None or v == []:
        return None
    if isinstance(v, list):
        return tuple(sorted(str(x).lower() for x in v))
    return str(v).strip().lower()


def _source_row(keys: list[str] | None, raw: Any) -> dict[str, Any] | None:
    """The source's row as read: its header names paired with its raw values."""
    values = _json(raw)
    if not isinstance(values, list):
        return values if isinstance(values, dict) else None
    keys = list(keys or [])
    keys += [f"column {i + 1}" for i in range(len(keys), len(values))]
    return dict(zip(keys, values))


# --- coverage -------------------------------------------------------------------------------------

def coverage_data(cur: duckdb.DuckDBPyConnection, since: int | None, data: WebData) -> dict[str, Any]:
    """Per year and source: deaths reported, deaths only this source has, and deaths this source
    misses (reported by others); the overlap matrix."""
    per_year, matrix = coverage(cur, since=since, examples=3)
    totals = dict(cur.execute("SELECT year, count(*) FROM deaths WHERE ? IS NULL OR year >= ? GROUP BY 1",
                              [since, since]).fetchall())
    rows = []
    for r in per_year.itertuples(index=False):
        year = None if r.year != r.year else int(r.year)  # NaN -> None (undated deaths)
        rows.append({"year": year, "source": r.source, "deaths": int(r.deaths),
                     "only_this_source": int(r.only_this_source),
                     "missed": int(totals.get(year, 0) - r.deaths),
                     "examples": [str(x) for x in r.examples] if hasattr(r.examples, "__iter__") else []})
    srcs = [c for c in matrix.columns if c != "source"]
    overlap = {row["source"]: {s: int(row[s]) for s in srcs} for row in matrix.to_dict("records")}
    return {"since": since, "sources": sorted(srcs), "per_year": rows, "overlap": overlap,
            "deaths_per_year": [{"year": y, "deaths": n} for y, n in sorted(totals.items(), key=lambda t: (
                t[0] is None, t[0] or 0))]}


# --- filter panel ---------------------------------------------------------------------------------

def options(data: WebData) -> dict[str, Any]:
    voc = vocabularies()
    return {
        "sources": [{"key": s["source"], "title": s["title"], "snapshot": s["snapshot"],
                     "first_year": s["first_year"], "last_year": s["last_year"], "records": s["records"]}
                    for s in data.sources],
        "vocabularies": {k: [{"code": c, "label": lbl} for c, lbl in voc[k].items()]
                         for k in ("race", "gender", "cause", "armed", "flee", "weapon", "threat", "mental_illness",
                                   "intended_force")},
        "states": [{"code": c, "name": n} for c, n in state_names().items()],
        "years": [data.first_year, data.last_year], "deaths": data.deaths_total, "located": data.deaths_located,
        "sort": list(SORTS),
    }
