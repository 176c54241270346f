"""People's decisions override the model. `link_decisions` (kept across rebuilds)
holds pairs a person marked 'same' or 'different'; after every `link` they are
applied to `clusters` and recorded in `link_pairs` with `decided_by = 'person: <who>'`.

* same: the two records' clusters are merged;
* different: if the model put them in one cluster, the second record leaves it
  (it becomes its own death, `death_id = 'split:' || record_id`).

Decisions naming a record that is not linked (an older snapshot, or a record gone
after a rebuild) are kept and counted as not applied.
"""

from __future__ import annotations

import duckdb


def apply_decisions(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    from ..store import AUX_DDL

    con.execute(AUX_DDL["link_decisions"].replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
    rows = con.execute("""
        SELECT d.record_id_l, d.record_id_r, d.decision, d.decided_by, d.decided_at, d.note,
               cl.death_id, cr.death_id
        FROM link_decisions d
        LEFT JOIN clusters cl ON cl.record_id = d.record_id_l
        LEFT JOIN clusters cr ON cr.record_id = d.record_id_r
        ORDER BY d.decided_at""").fetchall()
    done = {"same": 0, "different": 0, "not_applied": 0}
    for left, right, decision, who, _at, note, dl, dr in rows:
        if dl is None or dr is None:
            done["not_applied"] += 1
            continue
        # the current clusters (an earlier decision may have moved them)
        dl, dr = (con.execute("SELECT death_id FROM clusters WHERE record_id = ?", [x]).fetchone()[0]
                  for x in (left, right))
        if decision == "same" and dl != dr:
            con.execute("UPDATE clusters SET death_id = ? WHERE death_id = ?", [dl, dr])
        elif decision == "different" and dl == dr:
            con.execute("UPDATE clusters SET death_id = 'split:' || record_id WHERE record_id = ?",
                        [right])
        done[decision] += 1
        con.execute("""INSERT INTO link_pairs (record_id_l, record_id_r, source_l, source_r,
                           match_probability, match_weight, decided_by, evidence)
                       SELECT ?, ?, (SELECT source FROM records WHERE record_id = ?),
                              (SELECT source FROM records WHERE record_id = ?), ?, NULL, ?,
                              to_json({'note': ?})""",
                    [left, right, left, right, 1.0 if decision == "same" else 0.0,
                     f"person: {who}", note])
    return done
