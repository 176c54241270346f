"""What changed between two snapshots of one source: records added, removed and
changed field by field, matched on the source's own id.

Fields are compared on their canonical values (with the raw values shown), so a
change of file layout (WaPo v1 -> v2) is not mistaken for a correction; fields
whose vocabulary differs between two layouts (e.g. WaPo's threat codes) are
compared only when both snapshots share a layout.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

#: field -> (canonical SQL expression over alias X, raw SQL expression or None)
FIELDS: dict[str, tuple[str, str | None]] = {
    "name": ("X.name", "X.name_raw"),
    "age": ("X.age::VARCHAR", "X.age_raw"),
    "gender": ("X.gender", "X.gender_raw"),
    "race": ("array_to_string(list_sort(X.race), ';')", "X.race_raw"),
    "date": ("X.date::VARCHAR", "X.date_raw"),
    "city": ("X.city", None),
    "county": ("X.county", None),
    "state": ("X.state", None),
    "latitude": ("round(X.latitude, 3)::VARCHAR", None),
    "longitude": ("round(X.longitude, 3)::VARCHAR", None),
    "agencies": ("array_to_string(list_sort(X.agencies), '; ')", "X.agencies_raw"),
    "causes": ("array_to_string(list_sort(X.causes), ';')", "X.cause_raw"),
    "armed": ("X.armed", "X.armed_raw"),
    "weapons": ("array_to_string(list_sort(X.weapons), ';')", "X.weapon_raw"),
    "threat": ("X.threat", "X.threat_raw"),
    "flee": ("X.flee", "X.flee_raw"),
    "body_camera": ("X.body_camera::VARCHAR", "X.body_camera_raw"),
    "mental_illness": ("X.mental_illness", "X.mental_illness_raw"),
    "description": ("X.description", None),
}
#: compared only when both snapshots use the same layout
LAYOUT_BOUND = {"threat", "county", "agencies", "causes", "latitude", "longitude"}


@dataclass
class Diff:
    source: str
    old: str
    new: str
    added: pd.DataFrame
    removed: pd.DataFrame
    changed: pd.DataFrame  # one row per (source_id, field)
    skipped_fields: list[str]
    ambiguous_ids: pd.DataFrame  # ids that occur more than once in a snapshot

    def summary(self) -> dict[str, object]:
        by_field = self.changed.groupby("field").size().sort_values(ascending=False)
        return {"source": self.source, "old": self.old, "new": self.new,
                "added": len(self.added), "removed": len(self.removed),
                "changed_records": int(self.changed["source_id"].nunique()),
                "changed_fields": {str(k): int(v) for k, v in by_field.items()},
                "not_compared": self.skipped_fields,
                "ambiguous_ids": len(self.ambiguous_ids)}


def _layouts(con: duckdb.DuckDBPyConnection, source: str, snap: str) -> set[str]:
    rows = con.execute("SELECT DISTINCT layout FROM records WHERE source = ? AND snapshot = ?",
                       [source, snap]).fetchall()
    if not rows:
        have = [r[0] for r in con.execute(
            "SELECT snapshot FROM snapshots WHERE source = ? ORDER BY snapshot_date", [source]
        ).fetchall()]
        raise ValueError(f"no snapshot {snap!r} of source {source!r}; snapshots: {have}")
    return {r[0] for r in rows}


def diff(con: duckdb.DuckDBPyConnection, source: str, old: str, new: str) -> Diff:
    same_layout = _layouts(con, source, old) == _layouts(con, source, new)
    compared = {f: e for f, e in FIELDS.items() if same_layout or f not in LAYOUT_BOUND}
    skipped = sorted(set(FIELDS) - set(compared))
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _diff_o AS SELECT * FROM records
        WHERE source = ? AND snapshot = ? AND source_id IS NOT NULL""", [source, old])
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _diff_n AS SELECT * FROM records
        WHERE source = ? AND snapshot = ? AND source_id IS NOT NULL""", [source, new])
    ambiguous = con.execute("""
        SELECT 'old' AS side, source_id, count(*) AS n FROM _diff_o GROUP BY 2 HAVING n > 1
        UNION ALL
        SELECT 'new', source_id, count(*) FROM _diff_n GROUP BY 2 HAVING count(*) > 1
        ORDER BY 1, 2""").df()
    cols = "source_id, name, date, city, state, record_id"
    added = con.execute(f"SELECT {cols} FROM _diff_n WHERE source_id NOT IN "
                        "(SELECT source_id FROM _diff_o) ORDER BY date, source_id").df()
    removed = con.execute(f"SELECT {cols} FROM _diff_o WHERE source_id NOT IN "
                          "(SELECT source_id FROM _diff_n) ORDER BY date, source_id").df()
    parts = []
    for f, (canon, raw) in compared.items():
        o, n = canon.replace("X.", "o."), canon.replace("X.", "n.")
        ro = raw.replace("X.", "o.") if raw else "NULL"
        rn = raw.replace("X.", "n.") if raw else "NULL"
        parts.append(f"""SELECT o.source_id, n.name AS name, '{f}' AS field,
                  {o} AS old, {n} AS new, {ro}::VARCHAR AS old_raw, {rn}::VARCHAR AS new_raw,
                  o.record_id AS old_record, n.record_id AS new_record
                  FROM _diff_o o JOIN _diff_n n USING (source_id)
                  WHERE ({o}) IS DISTINCT FROM ({n})""")
    changed = con.execute(" UNION ALL ".join(parts) + " ORDER BY TRY_CAST(source_id AS BIGINT), "
                          "source_id, field").df()
    con.execute("DROP TABLE _diff_o")
    con.execute("DROP TABLE _diff_n")
    return Diff(source, old, new, added, removed, changed, skipped, ambiguous)
