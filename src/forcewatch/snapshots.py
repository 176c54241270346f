"""Which snapshot of its source a file belongs to.

In order of precedence:

1. the fetch manifest (``forcewatch-manifest.json``) in the file's folder, written
   by ``forcewatch fetch`` with the date of the download;
2. the package's list of known published versions (``data/known_files.yaml``,
   by sha256);
3. a date in the file's name (``YYYY-MM-DD`` or ``YYYY-MM``);
4. the newest incident date in the file's rows.

The method used is recorded in the ``files`` table (``snapshot_from``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

MANIFEST = "forcewatch-manifest.json"
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


@cache
def known_files() -> dict[str, dict]:
    text = resources.files("forcewatch.data").joinpath("known_files.yaml").read_text("utf-8")
    return {str(k): v for k, v in (yaml.safe_load(text) or {}).items()}


def label_to_date(label: str) -> dt.date | None:
    """'2024-04-04' -> that day; '2022-12' -> the last day of that month."""
    m = _DATE_IN_NAME.fullmatch(label.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        if d:
            return dt.date(y, mo, int(d))
        nxt = dt.date(y + mo // 12, mo % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    except ValueError:
        return None


def _manifest_entry(path: Path) -> dict | None:
    mf = path.parent / MANIFEST
    if not mf.is_file():
        return None
    try:
        data = json.loads(mf.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    for entry in data.get("files", []):
        if entry.get("file") == path.name:
            return {"snapshot": entry.get("snapshot") or data.get("snapshot")}
    return None


def resolve(path: Path, sha256: str) -> tuple[str | None, str]:
    """(snapshot label or None, how it was found). None: decide from the rows."""
    entry = _manifest_entry(path)
    if entry and entry.get("snapshot"):
        return str(entry["snapshot"]), "fetch manifest"
    known = known_files().get(sha256)
    if known:
        return str(known["snapshot"]), "known file (sha256)"
    for m in reversed(list(_DATE_IN_NAME.finditer(path.name))):
        label = m.group(0)
        if label_to_date(label):
            return label, "date in file name"
    return None, "newest date in rows"
