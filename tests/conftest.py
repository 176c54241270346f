"""Shared fixtures. Tests read the real mirror of public data (never committed):
FORCEWATCH_MIRROR, else ../shared/data beside the checkout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _mirror() -> Path:
    return Path(os.environ.get("FORCEWATCH_MIRROR") or REPO.parent / "shared" / "data")


#: the example article: FORCEWATCH_EXAMPLES, else `examples/` beside the mirror folder
SEED_ARTICLE = Path(os.environ.get("FORCEWATCH_EXAMPLES") or _mirror().parent / "examples") / "seed-article.txt"


@pytest.fixture(scope="session")
def mirror() -> Path:
    path = _mirror()
    if not path.is_dir():
        pytest.skip(f"mirror of public data not found at {path}")
    return path


@pytest.fixture(scope="session")
def full_store(mirror: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the whole mirror (read-only use!)."""
    from forcewatch.build import build

    store = tmp_path_factory.mktemp("full") / "forcewatch.duckdb"
    build(mirror, store)
    return store


@pytest.fixture
def full_con(full_store: Path):
    from forcewatch.store import connect

    con = connect(full_store)
    yield con
    con.close()


def link_files(folder: Path, mirror: Path, *relpaths: str) -> Path:
    """A data folder holding symlinks to some mirror files (same sub-folders)."""
    for rel in relpaths:
        dst = folder / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.symlink_to(mirror / rel)
    return folder


def store_of(data: Path):
    """Build a store from `data` beside it; yield a read-only connection (for module fixtures)."""
    import duckdb

    from forcewatch.build import build

    build(data, data.parent / "s.duckdb")
    con = duckdb.connect(str(data.parent / "s.duckdb"), read_only=True)
    yield con
    con.close()


def one_record(con, where: str, params: list) -> dict:
    """The single record matching `where`, as a column -> value dict."""
    cur = con.execute(f'SELECT * FROM records WHERE {where}', params)
    cols = [d[0] for d in cur.description]
    return dict(zip(cols, cur.fetchone()))


# ----------------------------------------------------------------------------
# a clean exit
# ----------------------------------------------------------------------------
# Web tests leave idle worker threads (uvicorn/anyio daemon threads) holding DuckDB cursors. When the
# interpreter shuts down it stops such threads with a forced unwind, and DuckDB can abort on it
# ("terminate called after throwing an instance of '' / FATAL: exception not rethrown"): one CI run in
# six this session, after every test had passed and been reported. So once pytest has reported and
# unconfigured everything, the process leaves with pytest's own exit status, without that clean-up.
_EXIT: dict[str, int] = {}


def pytest_sessionfinish(session, exitstatus):
    _EXIT["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    if "status" in _EXIT:
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT["status"])


def read_victims(text: str, published=None) -> list:
    """The victims the extractor reads in a hand-written news text (published on `published`)."""
    from forcewatch.news.extract import extract
    from forcewatch.news.model import Article

    return extract(Article(text=text, published=published))


def read_one_victim(text: str, published=None):
    """The one victim the extractor reads in a hand-written news text; fails when it reads none or several."""
    vs = read_victims(text, published)
    assert len(vs) == 1, [v.name for v in vs]
    return vs[0]
