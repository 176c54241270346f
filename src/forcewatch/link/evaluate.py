"""Accuracy of a linkage against the sources' own cross-references ("raw gold").

Three sources carry ids of other sources: MPV rows give WaPo and FE ids, KSR rows
(Fatal Encounters rows for California) give FE and WaPo ids. For a pair type
(A, B, id) the universe is every pair (a, b) with a in A, b in B and both ids
non-null; a pair is

* **gold** when a.id = b.id,
* **predicted** when a and b share a `death_id` in `clusters`,

so a predicted pair is a false positive only when both sides carry the id and the
ids differ. Records without the id (e.g. MPV rows without a WaPo id) are outside
the universe: their links are neither rewarded nor punished. See docs/linkage.md.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from forcewatch.link.model import blocking_condition

#: name -> (source A, source B, id column present on both)
PAIR_TYPES: dict[str, tuple[str, str, str]] = {
    "wapo-mpv": ("wapo", "mpv", "wapo_id"),
    "fe(ksr)-mpv": ("ksr", "mpv", "fe_id"),
    "wapo-fe(ksr)": ("wapo", "ksr", "wapo_id"),
}

KEY_FIELDS = ("source_id", "full_name", "date", "age", "gender", "race", "city", "state", "agency")


def _con(df: pd.DataFrame, clusters: pd.DataFrame | None = None) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    con.execute("SET enable_progress_bar = false")
    con.register("recs_df", df)
    con.execute("CREATE TABLE recs AS SELECT * FROM recs_df")
    if clusters is not None:
        con.register("cl_df", clusters)
        con.execute("CREATE TABLE cl AS SELECT record_id, death_id FROM cl_df")
    return con


def _universe_sql(a: str, b: str, idc: str) -> str:
    """Gold pairs and predicted pairs of one pair type, with a flag for each."""
    return f"""
    WITH A AS (SELECT r.unique_id, r.{idc} AS gid, c.death_id FROM recs r JOIN cl c ON c.record_id = r.unique_id
               WHERE r.source_dataset = '{a}' AND r.{idc} IS NOT NULL),
         B AS (SELECT r.unique_id, r.{idc} AS gid, c.death_id FROM recs r JOIN cl c ON c.record_id = r.unique_id
               WHERE r.source_dataset = '{b}' AND r.{idc} IS NOT NULL),
         gold AS (SELECT A.unique_id AS id_a, B.unique_id AS id_b FROM A JOIN B ON A.gid = B.gid),
         pred AS (SELECT A.unique_id AS id_a, B.unique_id AS id_b FROM A JOIN B ON A.death_id = B.death_id)
    SELECT coalesce(g.id_a, p.id_a) AS id_a, coalesce(g.id_b, p.id_b) AS id_b,
           g.id_a IS NOT NULL AS is_gold, p.id_a IS NOT NULL AS is_pred
    FROM gold g FULL JOIN pred p ON g.id_a = p.id_a AND g.id_b = p.id_b"""


def metrics(df: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """Pairwise precision, recall and F1 per pair type."""
    con = _con(df, clusters)
    rows = []
    for name, (a, b, idc) in PAIR_TYPES.items():
        tp, fp, fn = con.execute(f"""SELECT count(*) FILTER (is_gold AND is_pred),
            count(*) FILTER (is_pred AND NOT is_gold), count(*) FILTER (is_gold AND NOT is_pred)
            FROM ({_universe_sql(a, b, idc)})""").fetchall()[0]
        p = tp / (tp + fp) if tp + fp else float("nan")
        r = tp / (tp + fn) if tp + fn else float("nan")
        f1 = 2 * p * r / (p + r) if p + r else float("nan")
        rows.append({"pair_type": name, "gold_pairs": tp + fn, "predicted_pairs": tp + fp,
                     "tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4),
                     "recall": round(r, 4), "f1": round(f1, 4)})
    con.close()
    return pd.DataFrame(rows)


def disagreements(df: pd.DataFrame, clusters: pd.DataFrame, pairs: pd.DataFrame | None = None,
                  pair_type: str = "wapo-mpv") -> pd.DataFrame:
    """Predicted-but-not-gold ('fp') and gold-but-not-predicted ('fn') pairs of one type,
    with both records' key fields and the model's probability for the pair (if scored)."""
    a, b, idc = PAIR_TYPES[pair_type]
    con = _con(df, clusters)
    if pairs is None:
        pairs = pd.DataFrame(columns=["record_id_l", "record_id_r", "match_probability"])
    con.register("pairs_df", pairs[["record_id_l", "record_id_r", "match_probability"]])
    sel = ", ".join(f"ra.{c} AS {c}_a, rb.{c} AS {c}_b" for c in KEY_FIELDS)
    out = con.execute(f"""
        SELECT CASE WHEN u.is_pred THEN 'fp' ELSE 'fn' END AS kind, u.id_a, u.id_b,
               ra.{idc} AS gold_id_a, rb.{idc} AS gold_id_b, {sel},
               ca.death_id AS death_id_a, cb.death_id AS death_id_b, p.match_probability
        FROM ({_universe_sql(a, b, idc)}) u
        JOIN recs ra ON ra.unique_id = u.id_a JOIN recs rb ON rb.unique_id = u.id_b
        JOIN cl ca ON ca.record_id = u.id_a JOIN cl cb ON cb.record_id = u.id_b
        LEFT JOIN pairs_df p ON (p.record_id_l = u.id_a AND p.record_id_r = u.id_b)
                             OR (p.record_id_l = u.id_b AND p.record_id_r = u.id_a)
        WHERE u.is_gold <> u.is_pred ORDER BY kind, date_a""").df()
    con.close()
    return out


def blocking_recall(df: pd.DataFrame) -> pd.DataFrame:
    """Share of gold pairs of each type that at least one blocking rule brings together."""
    con = _con(df)
    cond = blocking_condition("ra", "rb")
    rows = []
    for name, (a, b, idc) in PAIR_TYPES.items():
        total, kept = con.execute(f"""SELECT count(*), count(*) FILTER ({cond})
            FROM recs ra JOIN recs rb ON ra.{idc} = rb.{idc}
            WHERE ra.source_dataset = '{a}' AND rb.source_dataset = '{b}'""").fetchall()[0]
        rows.append({"pair_type": name, "gold_pairs": total, "blocked": kept,
                     "blocking_recall": round(kept / total, 4) if total else float("nan")})
    con.close()
    return pd.DataFrame(rows)


def within_source_duplicates(clusters: pd.DataFrame, df: pd.DataFrame, source: str = "wapo"
                             ) -> pd.DataFrame:
    """Clusters that hold two or more records of the same source (possible duplicates
    inside that source, or over-merging): death_id, record ids and names."""
    con = _con(df, clusters)
    out = con.execute("""
        SELECT c.death_id, list(r.unique_id ORDER BY r.unique_id) AS record_ids,
               list(r.source_id ORDER BY r.unique_id) AS source_ids,
               list(r.full_name ORDER BY r.unique_id) AS names,
               list(r.date ORDER BY r.unique_id) AS dates
        FROM cl c JOIN recs r ON r.unique_id = c.record_id
        WHERE r.source_dataset = ? GROUP BY c.death_id HAVING count(*) > 1
        ORDER BY c.death_id""", [source]).df()
    con.close()
    return out


def within_source_pairs(pairs: pd.DataFrame, source: str = "wapo", min_probability: float = 0.9
                        ) -> pd.DataFrame:
    """Scored pairs of two records of the same source at or above `min_probability`:
    candidate duplicates inside that source (kept apart by the clustering when the source
    is duplicate-free), for a human to decide."""
    sel = (pairs["source_l"] == source) & (pairs["source_r"] == source)
    sel &= pairs["match_probability"] >= min_probability
    return pairs[sel].sort_values("match_probability", ascending=False).reset_index(drop=True)


def categorise(dis: pd.DataFrame, threshold: float = 0.9) -> pd.Series:
    """A rough error category per disagreement row (for the report, not a verdict)."""
    def cat(r: pd.Series) -> str:
        na, nb = r["full_name_a"], r["full_name_b"]
        named = isinstance(na, str) and isinstance(nb, str)
        same_name = named and (na == nb or set(na.split()) <= set(nb.split())
                               or set(nb.split()) <= set(na.split()))
        prob = r["match_probability"]
        if r["kind"] == "fp":
            if not named:
                return "fp: a name withheld/unknown"
            if same_name:
                return "fp: same name, gold ids differ (gold error or source duplicate?)"
            if pd.isna(prob) or prob < threshold:
                return "fp: different names, joined through a third record"
            return "fp: different names, scored as a match"
        if named and not same_name and (pd.isna(prob) or prob < 0.5):
            return "fn: gold pair with different names (gold error?)"
        if pd.isna(prob):
            return "fn: pair not scored (not blocked or below floor)"
        if prob < threshold:
            return "fn: scored below threshold"
        return "fn: scored above threshold but split by the clustering"
    return dis.apply(cat, axis=1) if len(dis) else pd.Series(dtype=str)


def adjudicated_gold(df: pd.DataFrame, clusters: pd.DataFrame, adjudication: pd.DataFrame,
                     pair_type: str = "wapo-mpv") -> pd.DataFrame:
    """The universe of one pair type (id_a, id_b, is_gold, is_pred) with each adjudicated pair's
    gold set to its verdict: same -> gold, different -> not gold, unsure -> dropped. Pairs
    adjudicated 'same' that neither the raw gold nor the clusters hold are added (as FN)."""
    a, b, idc = PAIR_TYPES[pair_type]
    con = _con(df, clusters)
    u = con.execute(_universe_sql(a, b, idc)).df()
    death = dict(con.execute("SELECT record_id, death_id FROM cl").fetchall())
    con.close()
    adj = adjudication.rename(columns={f"{a}_record_id": "id_a", f"{b}_record_id": "id_b"})
    adj = adj[["id_a", "id_b", "verdict"]].drop_duplicates(["id_a", "id_b"])
    u = u.merge(adj, on=["id_a", "id_b"], how="outer")
    u["is_gold"] = u["is_gold"].fillna(False).astype(bool)
    u["is_pred"] = [death.get(x) is not None and death.get(x) == death.get(y)
                    for x, y in zip(u["id_a"], u["id_b"])]
    u.loc[u["verdict"] == "same", "is_gold"] = True
    u.loc[u["verdict"] == "different", "is_gold"] = False
    u = u[(u["verdict"] != "unsure") & (u["is_gold"] | u["is_pred"])]
    return u.drop(columns="verdict").reset_index(drop=True)


def adjudicated_metrics(df: pd.DataFrame, clusters: pd.DataFrame,
                        adjudication: pd.DataFrame | None = None,
                        pair_type: str = "wapo-mpv") -> dict:
    """P/R/F1 of one pair type against the adjudicated gold (default: the committed
    src/forcewatch/data/adjudication_wapo_mpv.csv)."""
    if adjudication is None:
        from forcewatch.link.adjudicate import load
        adjudication = load()
    u = adjudicated_gold(df, clusters, adjudication, pair_type)
    tp = int((u.is_gold & u.is_pred).sum())
    fp = int((u.is_pred & ~u.is_gold).sum())
    fn = int((u.is_gold & ~u.is_pred).sum())
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * p * r / (p + r) if p + r else float("nan")
    return {"pair_type": pair_type, "gold_pairs": tp + fn, "predicted_pairs": tp + fp,
            "tp": tp, "fp": fp, "fn": fn, "excluded_unsure": int((adjudication["verdict"] == "unsure").sum()),
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}
