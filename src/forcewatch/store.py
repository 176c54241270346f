"""The embedded store: one DuckDB file, written atomically.

A build writes a complete new database next to the old one and swaps it in with
``os.replace`` only when everything succeeded, so an error or a crash mid-build
leaves the previous store exactly as it was.  Tables whose content people create
(listed in ``KEEP_TABLES``) are copied from the previous store into the new one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

import duckdb

DEFAULT_STORE = "forcewatch.duckdb"
ENV_STORE = "FORCEWATCH_STORE"
#: tables people write (decisions, reviews): carried across rebuilds
KEEP_TABLES: tuple[str, ...] = ("link_decisions", "clusters", "link_pairs", "link_model",
                                 "news_articles", "news_candidates", "news_candidate_articles",
                                 "news_decisions", "news_edits", "web_users")

AUX_DDL = {
    "quarantine": """CREATE TABLE quarantine (
        source VARCHAR, snapshot VARCHAR, layout VARCHAR, file VARCHAR, "row" INTEGER,
        field VARCHAR, reason VARCHAR, raw JSON)""",
    "issues": """CREATE TABLE issues (
        severity VARCHAR, source VARCHAR, snapshot VARCHAR, layout VARCHAR, file VARCHAR,
        "row" INTEGER, field VARCHAR, value VARCHAR, message VARCHAR)""",
    "files": """CREATE TABLE files (
        file VARCHAR, path VARCHAR, sheet VARCHAR, sha256 VARCHAR, bytes BIGINT,
        status VARCHAR, kind VARCHAR, layout VARCHAR, source VARCHAR, snapshot VARCHAR, snapshot_date DATE,
        snapshot_from VARCHAR, encoding VARCHAR, rows_read INTEGER, imported INTEGER,
        quarantined INTEGER, warnings INTEGER, message VARCHAR, header VARCHAR[],
        raw_keys VARCHAR[])""",
    "snapshots": """CREATE TABLE snapshots (
        source VARCHAR, snapshot VARCHAR, snapshot_date DATE, records INTEGER,
        is_latest BOOLEAN, licence VARCHAR)""",
    "wapo_agencies": """CREATE TABLE wapo_agencies (
        snapshot VARCHAR, agency_id VARCHAR, name VARCHAR, type VARCHAR, state VARCHAR,
        oricodes VARCHAR, total_shootings INTEGER)""",
    "vocabularies": """CREATE TABLE vocabularies (vocabulary VARCHAR, code VARCHAR,
        label VARCHAR)""",
    "meta": "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    # a person's decision that two records are (not) the same death; kept across rebuilds
    "link_decisions": """CREATE TABLE link_decisions (
        record_id_l VARCHAR, record_id_r VARCHAR, decision VARCHAR, decided_by VARCHAR,
        decided_at TIMESTAMP, note VARCHAR)""",
    # --- news review queue (forcewatch.news.queue); kept across rebuilds -------------
    "news_articles": """CREATE TABLE news_articles (
        article_id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR, published DATE,
        origin VARCHAR, kind VARCHAR, text VARCHAR, read_at TIMESTAMP)""",
    # one row per person found in the news; several articles may support one candidate
    "news_candidates": """CREATE TABLE news_candidates (
        candidate_id VARCHAR PRIMARY KEY, name VARCHAR, descriptor VARCHAR, age INTEGER,
        gender VARCHAR, race VARCHAR[], date DATE, date_from DATE, date_to DATE, city VARCHAR,
        state VARCHAR, agency VARCHAR, causes VARCHAR[], shots INTEGER, flee VARCHAR, armed VARCHAR,
        body_camera BOOLEAN, video_released BOOLEAN, hands_up BOOLEAN, officer_names VARCHAR[],
        extraction JSON, match_status VARCHAR, matched_record_ids VARCHAR[], matched_death_id VARCHAR,
        conflicts JSON, status VARCHAR, duplicate_of VARCHAR, record_id VARCHAR,
        created_at TIMESTAMP, updated_at TIMESTAMP)""",
    "news_candidate_articles": """CREATE TABLE news_candidate_articles (
        candidate_id VARCHAR, article_id VARCHAR, url VARCHAR, evidence JSON)""",
    "news_decisions": """CREATE TABLE news_decisions (
        candidate_id VARCHAR, decision VARCHAR, decided_by VARCHAR, decided_at TIMESTAMP,
        note VARCHAR, duplicate_of VARCHAR)""",
    "news_edits": """CREATE TABLE news_edits (
        candidate_id VARCHAR, field VARCHAR, old_value JSON, new_value JSON, edited_by VARCHAR,
        edited_at TIMESTAMP, note VARCHAR)""",
    # --- web app (forcewatch.web.auth): reviewers' logins; kept across rebuilds -------------
    "web_users": """CREATE TABLE web_users (
        username VARCHAR PRIMARY KEY, password_hash VARCHAR NOT NULL, created_at TIMESTAMP)""",
}


def default_store_path() -> Path:
    return Path(os.environ.get(ENV_STORE, DEFAULT_STORE))


def connect(path: str | os.PathLike[str] | None = None, read_only: bool = True
            ) -> duckdb.DuckDBPyConnection:
    p = Path(path) if path else default_store_path()
    if read_only and not p.exists():
        raise FileNotFoundError(f"no store at {p}: run `forcewatch build` first")
    return duckdb.connect(str(p), read_only=read_only)


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    """The column names of `table` (empty when there is no such table)."""
    return {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                                      [table]).fetchall()}


@contextlib.contextmanager
def atomic_build(path: str | os.PathLike[str]) -> Iterator[duckdb.DuckDBPyConnection]:
    """Yield a connection to a fresh temporary database; on success it replaces
    `path` atomically, on any exception it is deleted and `path` is untouched."""
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f".{final.name}.building-{os.getpid()}")
    for p in (tmp, Path(str(tmp) + ".wal")):
        p.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        yield con
        _carry_over(con, final)
        con.execute("CHECKPOINT")
        con.close()
        os.replace(tmp, final)
        Path(str(final) + ".wal").unlink(missing_ok=True)
    except BaseException:
        with contextlib.suppress(Exception):
            con.close()
        for p in (tmp, Path(str(tmp) + ".wal")):
            p.unlink(missing_ok=True)
        raise


def _carry_over(con: duckdb.DuckDBPyConnection, old: Path) -> None:
    if not KEEP_TABLES or not old.exists():
        return
    quoted = str(old).replace("'", "''")
    con.execute(f"ATTACH '{quoted}' AS old (READ_ONLY)")
    try:
        have = {r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'old'").fetchall()}
        for t in KEEP_TABLES:
            if t in have:
                con.execute(f'DROP TABLE IF EXISTS "{t}"')
                con.execute(f'CREATE TABLE "{t}" AS SELECT * FROM old."{t}"')
    finally:
        con.execute("DETACH old")
    # confirmed news candidates are records of source "news": put them back into the new records
    from .news.queue import restore_records

    restore_records(con)
