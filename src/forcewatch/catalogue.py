"""The catalogue of public sources (``data/sources.yaml``) that ``forcewatch fetch`` downloads.

See the comment at the top of the YAML file for its schema, and docs/fetch.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import yaml


@dataclass(frozen=True)
class SourceFile:
    source: str  # key of its source
    url: str  # official public URL
    name: str  # file name in the snapshot folder
    unpack: bool = False  # a zip whose members are extracted (the zip is not kept)
    members: tuple[str, ...] = ()  # for unpack: members to extract (empty: all)
    mirror: tuple[str, ...] = ()  # local copies, relative to the mirror folder
    note: str = ""


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    publisher: str
    homepage: str
    licence: str
    files: tuple[SourceFile, ...]


@cache
def catalogue() -> dict[str, Source]:
    """The sources of ``data/sources.yaml``, by key (wapo, mpv, ...)."""
    text = resources.files("forcewatch.data").joinpath("sources.yaml").read_text("utf-8")
    out: dict[str, Source] = {}
    for key, s in (yaml.safe_load(text) or {})["sources"].items():
        files = []
        for f in s["files"]:
            mirror = f.get("mirror") or ()
            files.append(SourceFile(
                key, f["url"], f.get("name") or PurePosixPath(urlsplit(f["url"]).path).name,
                bool(f.get("unpack")), tuple(f.get("members") or ()),
                (mirror,) if isinstance(mirror, str) else tuple(mirror), str(f.get("note") or "")))
        names = [f.name for f in files]
        if any(f.unpack and f.members and len(f.mirror) > len(f.members) for f in files):
            raise ValueError(f"sources.yaml: {key}: more mirror copies than archive members")
        if len(set(names)) != len(names):
            raise ValueError(f"sources.yaml: duplicate file names in source {key!r}")
        out[key] = Source(key, s["title"], s["publisher"], s["homepage"],
                          " ".join(str(s["licence"]).split()), tuple(files))
    return out
