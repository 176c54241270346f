"""The evaluation set of news extraction, built at run time from the store (``records`` of
the sources ``mpv`` and ``ksr``: news-derived descriptions with their gold values), split
by incident date into DEV and HELD-OUT; and the hand-written negative texts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from ...analysis.query import NOT_POLICE_FORCE as _NOT_POLICE_FORCE
from ...store import table_columns
from .states import STATES_COLUMNS, rules, states_row

#: first day of the held-out part
CUTOFF = dt.date(2020, 4, 1)
SOURCES = ("mpv", "ksr")
SPLITS = ("dev", "heldout")
REPO = Path(__file__).resolve().parents[4]
NEGATIVES_DIR = REPO / "tests" / "fixtures" / "news" / "eval_negatives"
#: the published date handed to the extractor is the gold date plus 1-3 days (see _published)
PUBLISHED_LAG_DAYS = (1, 2, 3)

#: gold columns read from the store (the canonical values of the importers)
GOLD_COLUMNS = ("record_id", "source", "snapshot", "name", "name_withheld", "last_name", "age",
                "gender", "race", "date", "city", "state", "agencies", "cause", "causes", "armed",
                "flee", "body_camera", "description", "fe_id", "wapo_id", "mpv_id",
                "intended_force")
#: a row whose own source says police force did not cause the death (Fatal Encounters'
#: 'Intended use of force': Suicide, No) tells of no person killed by police: left out
NOT_POLICE_FORCE = frozenset(_NOT_POLICE_FORCE)  # the codes `--police-force-only` leaves out


def default_mirror() -> Path:
    """FORCEWATCH_MIRROR, else ../shared/data beside the checkout, else ./data."""
    env = os.environ.get("FORCEWATCH_MIRROR")
    if env:
        return Path(env)
    beside = REPO.parent / "shared" / "data"
    return beside if beside.is_dir() else Path("data")


def _present(v: Any) -> bool:
    """Not None / NaN / NA (list values count as present when non-empty)."""
    if v is None:
        return False
    if isinstance(v, (list, tuple)):
        return len(v) > 0
    try:
        return not bool(pd.isna(v))
    except (TypeError, ValueError):
        return True


def _clean(v: Any) -> Any:
    """Plain Python values: lists for list-likes, dates for timestamps, None for NA."""
    if isinstance(v, pd.Timestamp):
        return None if pd.isna(v) else v.date()
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, (list, tuple)):
        return list(v)
    if hasattr(v, "tolist") and not isinstance(v, str):  # numpy arrays from DuckDB lists
        return list(v.tolist())
    return v if _present(v) else None


# ----------------------------------------------------------------------------
# The evaluation set
# ----------------------------------------------------------------------------

def _published(text: str, gold_date: dt.date | None) -> dt.date | None:
    """The publication date handed to the extractor: the gold date plus 1, 2 or 3 days,
    chosen by a hash of the text (deterministic), so that relative dates ('on Wednesday')
    can be resolved as in real news, but "published minus one day" is not the answer."""
    if gold_date is None:
        return None
    h = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)
    return gold_date + dt.timedelta(days=PUBLISHED_LAG_DAYS[h % len(PUBLISHED_LAG_DAYS)])


def split_of(d: dt.date | None) -> str | None:
    if d is None:
        return None
    return "heldout" if d >= CUTOFF else "dev"


def _read_store(con) -> list[dict[str, Any]]:
    have = table_columns(con, "records")
    # a store built before a gold column existed gives NULL for it
    cols = ", ".join(f'"{c}"' if c in have else f'NULL AS "{c}"' for c in GOLD_COLUMNS)
    placeholders = ", ".join("?" for _ in SOURCES)
    cur = con.execute(
        f"""SELECT {cols} FROM records
            WHERE source IN ({placeholders})
              AND (source, snapshot) IN (SELECT source, max(snapshot) FROM records
                                         WHERE source IN ({placeholders}) GROUP BY source)
            ORDER BY source, record_id""", [*SOURCES, *SOURCES])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _rows_from(mirror_or_store: Any) -> tuple[list[dict[str, Any]], str]:
    """Gold rows from a store file, an open DuckDB connection or a mirror folder (built
    into a temporary store, ~4 s)."""
    import duckdb

    if mirror_or_store is None:
        mirror_or_store = default_mirror()
    if isinstance(mirror_or_store, duckdb.DuckDBPyConnection):
        return _read_store(mirror_or_store), "connection"
    path = Path(mirror_or_store)
    if path.is_file():
        con = duckdb.connect(str(path), read_only=True)
        try:
            return _read_store(con), f"store {path}"
        finally:
            con.close()
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: neither a store file nor a data folder (mirror)")
    from ...build import build

    with tempfile.TemporaryDirectory(prefix="fw-news-eval-") as tmp:
        store = Path(tmp) / "eval.duckdb"
        build(path, store)
        con = duckdb.connect(str(store), read_only=True)
        try:
            return _read_store(con), f"store built from {path}"
        finally:
            con.close()


def annotate(df: pd.DataFrame) -> pd.DataFrame:
    """Complete a frame of gold rows: missing gold columns as None, `split` from the date,
    the `published` date, a `text_id` per distinct text and the "states" flags."""
    df = df.copy()
    for c in GOLD_COLUMNS:
        if c not in df.columns:
            df[c] = None
    df = df.astype(object)
    for c in df.columns:
        df[c] = pd.Series([_clean(v) for v in df[c]], index=df.index, dtype=object)
    df["description"] = pd.Series([t or "" for t in df["description"]], index=df.index, dtype=object)
    if "split" not in df.columns or df["split"].isna().any():
        df["split"] = pd.Series([split_of(d) for d in df["date"]], index=df.index, dtype=object)
    first_date: dict[str, dt.date] = {}
    for t, d in zip(df["description"], df["date"]):
        if d is not None and (t not in first_date or d < first_date[t]):
            first_date[t] = d
    if "published" not in df.columns:
        df["published"] = pd.Series([_published(t, first_date.get(t)) for t in df["description"]],
                                    index=df.index, dtype=object)
    ids: dict[str, int] = {}
    df["text_id"] = [ids.setdefault(t, len(ids)) for t in df["description"]]
    R = rules()
    flags = [states_row(r, R) for r in df.to_dict("records")]
    for c in STATES_COLUMNS:
        df[c] = pd.Series([f[c] for f in flags], index=df.index, dtype=bool)
    return df


def build_set(mirror_or_store: Any = None) -> pd.DataFrame:
    """The evaluation set: one row per MPV / KSR record with a description.

    `mirror_or_store`: a store file (.duckdb), an open DuckDB connection, or a data
    folder (the mirror; a store is built from it in a temporary folder).  Default: the
    mirror (FORCEWATCH_MIRROR, else ../shared/data).

    Columns: the gold values (GOLD_COLUMNS, canonical vocabularies), `split` (dev /
    heldout), `published`, `text_id` and the "states" flags (STATES_COLUMNS).
    ``df.attrs["excluded"]`` counts the rows left out, per source and reason.
    """
    rows, origin = _rows_from(mirror_or_store)
    excluded: dict[str, Counter] = {s: Counter() for s in SOURCES}
    kept = []
    for r in rows:
        r["description"] = (r["description"] or "").strip() or None
        if r["description"] is None:
            excluded[r["source"]]["no_description"] += 1
        elif r["date"] is None:
            excluded[r["source"]]["no_date"] += 1
        elif r.get("intended_force") in NOT_POLICE_FORCE:
            excluded[r["source"]]["not_police_force"] += 1
        else:
            r["split"] = split_of(r["date"])
            kept.append(r)
    # no death on both sides: a DEV row sharing its text or an id with a held-out row goes
    held_keys = set()
    for r in kept:
        if r["split"] == "heldout":
            held_keys.add(("text", r["description"]))
            held_keys.update((k, r[k]) for k in ("fe_id", "wapo_id", "mpv_id") if r[k])
    final = []
    for r in kept:
        keys = {("text", r["description"])} | {(k, r[k]) for k in ("fe_id", "wapo_id", "mpv_id") if r[k]}
        if r["split"] == "dev" and keys & held_keys:
            excluded[r["source"]]["linked_to_heldout"] += 1
            continue
        final.append(r)
    df = pd.DataFrame(final, columns=[*GOLD_COLUMNS, "split"], dtype=object)
    df = annotate(df)
    df.attrs["excluded"] = {s: dict(c) for s, c in excluded.items()}
    df.attrs["origin"] = origin
    df.attrs["read"] = {s: sum(1 for r in rows if r["source"] == s) for s in SOURCES}
    return df


def set_summary(df: pd.DataFrame) -> dict[str, Any]:
    """Rows per source and split, rows excluded, and rows stating each field."""
    out: dict[str, Any] = {"cutoff": CUTOFF.isoformat(), "origin": df.attrs.get("origin"),
                           "read": df.attrs.get("read"), "excluded": df.attrs.get("excluded"),
                           "rows": {}, "texts": {}, "stated": {}}
    for sp in SPLITS:
        sub = df[df["split"] == sp]
        out["rows"][sp] = {s: int((sub["source"] == s).sum()) for s in SOURCES} | {"all": len(sub)}
        out["texts"][sp] = int(sub["text_id"].nunique())
        out["stated"][sp] = {
            s: {c[3:]: int(sub.loc[sub["source"] == s, c].sum()) for c in STATES_COLUMNS}
            for s in SOURCES} | {"all": {c[3:]: int(sub[c].sum()) for c in STATES_COLUMNS}}
    return out


# ----------------------------------------------------------------------------
# Negatives (hand-written fixtures)
# ----------------------------------------------------------------------------

def load_negatives(folder: str | Path | None = None) -> list[dict[str, Any]]:
    """Hand-written negative texts: `<name>.txt` with a `<name>.yaml` sidecar giving
    kind, published date and expected victims (usually none)."""
    folder = Path(folder) if folder is not None else NEGATIVES_DIR
    out = []
    for txt in sorted(folder.glob("*.txt")):
        side = txt.with_suffix(".yaml")
        meta = yaml.safe_load(side.read_text("utf-8")) if side.exists() else {}
        meta = meta or {}
        pub = meta.get("published")
        if isinstance(pub, str):
            pub = dt.date.fromisoformat(pub)
        out.append({"id": txt.stem, "text": txt.read_text("utf-8").strip(), "title": meta.get("title"),
                    "published": pub, "kind": meta.get("kind", "negative"),
                    "expected_victims": [v["name"] if isinstance(v, dict) else v
                                         for v in (meta.get("expected_victims") or [])]})
    return out
