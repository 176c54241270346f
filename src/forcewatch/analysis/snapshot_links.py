"""Records of one source across its snapshots are linked by the source's own id,
never by guessing. Where an id vanishes and a record with the same name and date
appears under another id in the newer snapshot, the id changed: that is reported
(`rule = 'id changed'`), not silently merged.

Table ``snapshot_links(source, record_id, snapshot, source_id, newest_record_id,
newest_source_id, rule)``: every record of an older snapshot -> its record in the
newest snapshot of the same source (NULL when the death is no longer there).
"""

from __future__ import annotations

import duckdb
import pandas as pd

SQL = """
CREATE OR REPLACE TABLE snapshot_links AS
WITH latest AS (SELECT source, snapshot FROM snapshots WHERE is_latest),
old AS (
    SELECT r.* FROM records r JOIN snapshots s USING (source, snapshot) WHERE NOT s.is_latest
),
new AS (SELECT r.* FROM records r JOIN latest USING (source, snapshot)),
by_id AS (
    SELECT o.source, o.record_id, o.snapshot, o.source_id, n.record_id AS newest_record_id,
           n.source_id AS newest_source_id, 'same id' AS rule
    FROM old o JOIN new n ON n.source = o.source AND n.source_id = o.source_id
),
unmatched AS (SELECT o.* FROM old o ANTI JOIN by_id b USING (record_id)),
moved AS (  -- same name and date under an id the older snapshot did not have
    SELECT u.source, u.record_id, u.snapshot, u.source_id, n.record_id AS newest_record_id,
           n.source_id AS newest_source_id, 'id changed' AS rule
    FROM unmatched u JOIN new n ON n.source = u.source AND n.date = u.date
     AND lower(n.name) = lower(u.name) AND u.name IS NOT NULL
    WHERE n.source_id NOT IN (SELECT source_id FROM old o2 WHERE o2.source = u.source
                              AND o2.snapshot = u.snapshot AND o2.source_id IS NOT NULL)
)
SELECT * FROM by_id
UNION ALL SELECT * FROM moved
UNION ALL
SELECT u.source, u.record_id, u.snapshot, u.source_id, NULL, NULL,
       CASE WHEN u.source_id IS NULL THEN 'no id in this record'
            WHEN NOT EXISTS (SELECT 1 FROM new n WHERE n.source = u.source AND n.source_id IS NOT NULL)
                 THEN 'newest snapshot carries no ids'
            ELSE 'not in newest snapshot' END
FROM unmatched u ANTI JOIN moved m USING (record_id)
"""


def link_snapshots(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Write `snapshot_links`; return counts per source, snapshot and rule."""
    con.execute(SQL)
    return con.execute("""SELECT source, snapshot, rule, count(*) AS records
        FROM snapshot_links GROUP BY ALL ORDER BY source, snapshot, rule""").df()
