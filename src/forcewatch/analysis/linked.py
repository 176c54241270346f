"""De-duplicated deaths, conflicts between sources, and coverage, from the
`clusters` table that `forcewatch link` writes (record_id -> death_id).

* view ``deaths``: one row per death, in the shape of ``records`` (so every query
  runs on it), taking each field from the most trusted source that gives it
  (order: ``SOURCE_PRIORITY``); ``source`` is 'linked', ``snapshot`` 'deaths', and
  ``sources`` lists the sources that report the death;
* view ``death_conflicts``: one row per death and field where sources disagree,
  with every source's value;
* :func:`coverage`: per year and source, deaths only that source has, and the
  overlap matrix between sources.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from ..schema import COLUMNS

SOURCE_PRIORITY = ("wapo", "mpv", "guardian", "ksr", "fe")
LINKED_SOURCE, LINKED_SNAPSHOT = "linked", "deaths"
#: fields compared for conflicts: name -> SQL giving a comparable text value over `r`
CONFLICT_FIELDS = {
    "age": "r.age::VARCHAR",
    "date": "r.date::VARCHAR",
    "gender": "r.gender",
    "race": "array_to_string(list_sort(r.race), ';')",
    "state": "r.state",
    "city": "lower(r.city)",
    "cause": "r.cause",
    "armed": "r.armed",
    "body_camera": "r.body_camera::VARCHAR",
    "flee": "r.flee",
}
PROVENANCE = {"record_id", "source", "snapshot", "snapshot_date", "layout", "file", "file_sha256",
              "row", "raw"}


def _priority_sql() -> str:
    whens = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(SOURCE_PRIORITY))
    return f"CASE r.source {whens} ELSE {len(SOURCE_PRIORITY)} END"


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the `deaths` and `death_conflicts` views over `clusters`."""
    pri = _priority_sql()
    cols = []
    for c in COLUMNS:
        if c.name == "record_id":
            cols.append("'death:' || m.death_id AS record_id")
        elif c.name == "source":
            cols.append(f"'{LINKED_SOURCE}' AS source")
        elif c.name == "snapshot":
            cols.append(f"'{LINKED_SNAPSHOT}' AS snapshot")
        elif c.name in PROVENANCE:
            cols.append(f'NULL::{c.sql_type} AS "{c.name}"')
        else:  # the value of the most trusted source that gives one
            cols.append(f'arg_min(r."{c.name}", {pri}) FILTER (WHERE r."{c.name}" IS NOT NULL) '
                        f'AS "{c.name}"')
    con.execute(f"""
        CREATE OR REPLACE VIEW deaths AS
        SELECT {', '.join(cols)},
               list(DISTINCT r.source ORDER BY r.source) AS sources,
               list(r.record_id ORDER BY r.record_id) AS member_records
        FROM clusters m JOIN records r USING (record_id)
        GROUP BY m.death_id""")
    parts = [f"""SELECT m.death_id, '{f}' AS field, r.source, r.record_id, {expr} AS value
                 FROM clusters m JOIN records r USING (record_id)""" for f, expr in CONFLICT_FIELDS.items()]
    con.execute(f"""
        CREATE OR REPLACE VIEW death_conflicts AS
        WITH v AS ({' UNION ALL '.join(parts)})
        SELECT death_id, field, count(DISTINCT value) AS distinct_values,
               list({{'source': source, 'value': value, 'record_id': record_id}}
                    ORDER BY source, record_id) AS values
        FROM v WHERE value IS NOT NULL
        GROUP BY death_id, field HAVING count(DISTINCT value) > 1""")


def conflicts(con: duckdb.DuckDBPyConnection, fields: list[str] | None = None,
              source: str | None = None, limit: int | None = None) -> pd.DataFrame:
    """Deaths whose sources disagree, one row per (death, field)."""
    sql = """SELECT c.death_id, d.name, d.date, d.city, d.state, c.field, c.values
             FROM death_conflicts c JOIN deaths d ON d.record_id = 'death:' || c.death_id
             WHERE (? IS NULL OR list_contains(?, c.field))
               AND (? IS NULL OR list_contains(list_transform(c.values, lambda v: v.source), ?))
             ORDER BY d.date, c.death_id, c.field"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    f = fields or None
    return con.execute(sql, [f, f, source, source]).df()


def coverage(con: duckdb.DuckDBPyConnection, since: int | None = None,
             examples: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per year and source: deaths reported, deaths only this source has, examples;
    overlap matrix: deaths both sources report)."""
    per_year = con.execute("""
        WITH d AS (SELECT record_id, year, sources, name FROM deaths WHERE ? IS NULL OR year >= ?),
        s AS (SELECT year, unnest(sources) AS source, sources, name, record_id FROM d)
        SELECT year, source, count(*) AS deaths,
               count(*) FILTER (WHERE len(sources) = 1) AS only_this_source,
               list(name ORDER BY record_id) FILTER (WHERE len(sources) = 1 AND name IS NOT NULL)[1:?]
                   AS examples
        FROM s GROUP BY ALL ORDER BY year, source""", [since, since, examples]).df()
    matrix = con.execute("""
        WITH s AS (SELECT record_id, unnest(sources) AS source FROM deaths
                   WHERE ? IS NULL OR year >= ?)
        SELECT a.source AS source, b.source AS other, count(*) AS both_report
        FROM s a JOIN s b USING (record_id) GROUP BY ALL ORDER BY ALL""", [since, since]).df()
    wide = matrix.pivot(index="source", columns="other", values="both_report").fillna(0).astype(int)
    return per_year, wide.reset_index()
