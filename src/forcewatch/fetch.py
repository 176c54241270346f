"""`forcewatch fetch`: download the catalogued sources (``data/sources.yaml``) into dated
snapshot folders ``<dest>/<source>/<YYYY-MM-DD>/`` with a ``forcewatch-manifest.json``
(read by :mod:`forcewatch.snapshots` at build time).  Where files come from, by precedence:

1. ``mirror=`` argument: copy each file's local copy from that folder (no network);
2. ``base_url=`` argument: download, with the scheme and host of every URL replaced;
3. only when ``use_env=True``: env ``FORCEWATCH_MIRROR``, then ``FORCEWATCH_BASE_URL``;
4. the official URLs.

Downloads stream to a hidden temporary file renamed into place only when complete, so a
failure never leaves a partial file.  See docs/fetch.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import mimetypes
import os
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any, Self
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import __version__
from .catalogue import Source, SourceFile, catalogue
from .snapshots import _DATE_IN_NAME, MANIFEST, known_files, label_to_date, sha256_file

__all__ = ["ENV_BASE_URL", "ENV_MIRROR", "STATUSES", "FetchResult", "Source", "SourceFile", "catalogue",
           "fetch", "rebase", "resolve_mode", "summarise"]

ENV_MIRROR = "FORCEWATCH_MIRROR"
ENV_BASE_URL = "FORCEWATCH_BASE_URL"
RETRY_STATUS = frozenset({502, 503, 504})
STATUSES = ("downloaded", "unchanged", "copied", "failed")


@dataclass
class FetchResult:
    source: str
    file: str
    url: str
    path: Path | None = None
    bytes: int = 0
    sha256: str | None = None
    status: str = "failed"  # downloaded | unchanged | copied | failed
    error: str | None = None
    snapshot: str | None = None
    archive: str | None = None  # the zip this file was unpacked from


def resolve_mode(mirror: str | os.PathLike[str] | None = None, base_url: str | None = None,
                 use_env: bool = False) -> tuple[Path | None, str | None]:
    """(mirror folder, base url); at most one is set. Explicit arguments beat the
    environment (read only with `use_env`), which beats the official URLs."""
    if mirror:
        return Path(mirror), None
    if base_url:
        return None, base_url
    if use_env:
        if os.environ.get(ENV_MIRROR):
            return Path(os.environ[ENV_MIRROR]), None
        if os.environ.get(ENV_BASE_URL):
            return None, os.environ[ENV_BASE_URL]
    return None, None


def rebase(url: str, base_url: str | None) -> str:
    """Replace scheme and host of `url` by those of `base_url` (whose path, if any, is
    put in front of the url's path)."""
    if not base_url:
        return url
    u, b = urlsplit(url), urlsplit(base_url)
    return urlunsplit((b.scheme, b.netloc, b.path.rstrip("/") + u.path, u.query, u.fragment))


def summarise(results: Iterable[FetchResult]) -> list[dict[str, Any]]:
    """One plain dict per result, for printing as a table or JSON."""
    return [{"source": r.source, "file": r.file, "status": r.status, "snapshot": r.snapshot,
             "bytes": r.bytes, "sha256": r.sha256, "path": str(r.path) if r.path else None,
             "url": r.url, "error": r.error} for r in results]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _Progress:
    """rich bars (progress=True), a per-result callback (callable) or nothing (False)."""

    def __init__(self, progress: bool | Callable[[FetchResult], Any]):
        self.callback = progress if callable(progress) else None
        self.bar = None
        if progress is True:
            from rich import progress as rp
            from rich.console import Console

            self.bar = rp.Progress(rp.TextColumn("{task.description}"), rp.BarColumn(),
                                   rp.DownloadColumn(), rp.TransferSpeedColumn(),
                                   rp.TimeRemainingColumn(), console=Console(stderr=True))

    def __enter__(self) -> Self:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()

    def start(self, label: str, total: int | None) -> Any:
        return self.bar.add_task(label, total=total) if self.bar else None

    def update(self, task: Any, done: int, final: bool = False) -> None:
        if self.bar and task is not None:
            self.bar.update(task, completed=done, **({"total": done} if final else {}))

    def report(self, results: list[FetchResult]) -> None:
        for r in results:
            if self.bar and r.status == "failed":
                from rich.markup import escape

                self.bar.console.print(f"[red]failed[/red] {escape(f'{r.source}/{r.file}: {r.error}')}")
            if self.callback:
                self.callback(r)


class _Folder:
    """One dated snapshot folder and its manifest (merged with an existing one)."""

    def __init__(self, root: Path, src: Source, day: str, mode: str):
        self.path, self.src, self.day, self.mode, self.changed = root / src.key / day, src, day, mode, False
        self.entries: dict[str, dict] = {}
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            old = json.loads((self.path / MANIFEST).read_text("utf-8"))
            self.entries = {e["file"]: e for e in old["files"]}

    def tmp(self, name: str) -> Path:
        return self.path / f".{name}.{os.getpid()}.part"

    def write(self, res: FetchResult, chunks: Iterable[bytes],
              tick: Callable[[int], Any] | None = None) -> Path:
        """Stream `chunks` to the temporary file of `res.file`; set its size and sha256."""
        self.path.mkdir(parents=True, exist_ok=True)
        tmp, h, n = self.tmp(res.file), hashlib.sha256(), 0
        with open(tmp, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
                h.update(chunk)
                n += len(chunk)
                if tick:
                    tick(n)
        res.bytes, res.sha256 = n, h.hexdigest()
        return tmp

    def place(self, tmp: Path, res: FetchResult, extra: dict, status: str) -> None:
        """Move `tmp` into place as `res.file` unless an identical file is already there."""
        entry = {"file": res.file, "url": res.url, "bytes": res.bytes, "sha256": res.sha256,
                 "fetched_at": _now(), "snapshot": res.snapshot} | extra
        final = self.path / res.file
        if final.is_file() and sha256_file(final) == res.sha256:
            tmp.unlink()
            old = self.entries.get(res.file)
            entry = (old if old and old.get("sha256") == res.sha256 else entry) | {"checked_at": _now()}
            status = "unchanged"
        else:
            os.replace(tmp, final)
        self.record(entry)
        res.path, res.status = final, status

    def record(self, entry: dict) -> None:
        self.entries[entry["file"]] = entry
        self.changed = True

    def save(self) -> None:
        if self.changed and self.entries:
            doc = {"snapshot": self.day, "source": self.src.key, "title": self.src.title,
                   "licence": self.src.licence, "mode": self.mode, "updated_at": _now(),
                   "written_by": f"forcewatch {__version__}", "files": list(self.entries.values())}
            tmp = self.tmp(MANIFEST)
            tmp.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "utf-8")
            os.replace(tmp, self.path / MANIFEST)
        with contextlib.suppress(OSError):  # nothing fetched: leave no empty folders
            self.path.rmdir()
            self.path.parent.rmdir()


def _chunks(fh: IO[bytes]) -> Iterable[bytes]:
    return iter(lambda: fh.read(1 << 20), b"")


def _mirror_snapshot(name: str, sha: str, day: str) -> str:
    """Like the build without a manifest: known file (sha256), date in the name, else `day`."""
    if known := known_files().get(sha):
        return str(known["snapshot"])
    labels = [m.group(0) for m in _DATE_IN_NAME.finditer(name) if label_to_date(m.group(0))]
    return labels[-1] if labels else day


def _copy(sf: SourceFile, mirror: Path, folder: _Folder, bars: _Progress) -> list[FetchResult]:
    if not sf.mirror:
        return [FetchResult(sf.source, sf.name, sf.url, error="no mirror copy in the catalogue")]
    out = []
    for rel in sf.mirror:
        src = mirror / rel
        res = FetchResult(sf.source, src.name, src.resolve().as_uri())
        out.append(res)
        try:
            task = bars.start(f"{sf.source}/{src.name}", src.stat().st_size)
            with open(src, "rb") as fh:
                tmp = folder.write(res, _chunks(fh), lambda n, t=task: bars.update(t, n))
            res.snapshot = _mirror_snapshot(res.file, res.sha256 or "", folder.day)
            folder.place(tmp, res, {"mirror": rel, "official_url": sf.url, "http_status": None,
                                    "content_type": mimetypes.guess_type(res.file)[0]}, "copied")
        except OSError as exc:
            res.bytes, res.sha256, res.error = 0, None, f"cannot copy {src}: {exc.strerror or exc}"
        finally:
            folder.tmp(res.file).unlink(missing_ok=True)
    return out


def _download(sf: SourceFile, url: str, folder: _Folder, http: httpx.Client, bars: _Progress,
              retries: int, backoff: float) -> list[FetchResult]:
    res = FetchResult(sf.source, sf.name, url, snapshot=folder.day)
    try:
        for attempt in range(retries + 1):
            try:
                with http.stream("GET", url) as r:
                    if r.status_code >= 400:
                        if r.status_code in RETRY_STATUS and attempt < retries:
                            raise httpx.TransportError(f"HTTP {r.status_code}")
                        raise RuntimeError(f"HTTP {r.status_code} {r.reason_phrase} for {url}")
                    length = r.headers.get("content-length", "")
                    total = int(length) if length.isdigit() else None
                    task = bars.start(f"{sf.source}/{sf.name}", total)
                    tmp = folder.write(res, r.iter_bytes(1 << 16),
                                       lambda _n, t=task, r=r: bars.update(t, r.num_bytes_downloaded))
                    if total is not None and r.num_bytes_downloaded != total:
                        raise httpx.RemoteProtocolError(f"got {r.num_bytes_downloaded} of {total} bytes")
                    bars.update(task, r.num_bytes_downloaded, final=True)
                    info = {"official_url": sf.url, "content_type": r.headers.get("content-type"),
                            "http_status": r.status_code, "final_url": str(r.url)}
                break
            except httpx.TransportError as exc:
                if attempt == retries:
                    raise RuntimeError(f"{type(exc).__name__}: {exc} ({url}, {attempt + 1} attempts)") from exc
                time.sleep(backoff * 2 ** attempt)
        if sf.unpack:
            return _unpack(sf, tmp, folder, res, info)
        folder.place(tmp, res, info, "downloaded")
    except (RuntimeError, OSError) as exc:
        res.bytes, res.sha256, res.error = 0, None, str(exc)
    finally:
        folder.tmp(sf.name).unlink(missing_ok=True)
    return [res]


def _unpack(sf: SourceFile, archive: Path, folder: _Folder, zres: FetchResult,
            info: dict) -> list[FetchResult]:
    """Extract the members of a downloaded zip into the folder; the zip is not kept."""
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile as exc:
        zres.error = f"{sf.name} is not a zip archive: {exc}"
        return [zres]
    out: list[FetchResult] = []
    with zf:
        infos = {PurePosixPath(i.filename).name: i for i in zf.infolist()
                 if not i.is_dir() and not i.filename.startswith("__MACOSX")}
        for name in sf.members or sorted(infos):
            res = FetchResult(sf.source, name, zres.url, snapshot=folder.day, archive=sf.name)
            out.append(res)
            if name not in infos:
                res.error = f"{name} is not in {sf.name}"
                continue
            try:
                with zf.open(infos[name]) as fh:
                    tmp = folder.write(res, _chunks(fh))
                folder.place(tmp, res, info | {"archive": sf.name, "archive_sha256": zres.sha256,
                                               "content_type": mimetypes.guess_type(name)[0]}, "downloaded")
            except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
                res.bytes, res.sha256, res.error = 0, None, f"cannot extract {name} from {sf.name}: {exc}"
            finally:
                folder.tmp(name).unlink(missing_ok=True)
    folder.record({"file": sf.name, "url": zres.url, "bytes": zres.bytes, "sha256": zres.sha256,
                   "fetched_at": _now(), "snapshot": folder.day} | info
                  | {"unpacked": [r.file for r in out if r.path], "kept": False})
    return out


def fetch(dest: str | os.PathLike[str], sources: list[str] | None = None,
          mirror: str | os.PathLike[str] | None = None, today: dt.date | None = None,
          progress: bool | Callable[[FetchResult], Any] = True, client: httpx.Client | None = None,
          base_url: str | None = None, *, use_env: bool = False, retries: int = 2,
          backoff: float = 1.0, timeout: float = 60.0) -> list[FetchResult]:
    """Fetch the files of `sources` (default: all catalogued) into
    ``dest/<source>/<today>/``, one result per file; a failed file does not stop the others.

    `today` (default: the current UTC date) names the snapshot folder.  `progress`: True
    for rich progress bars on stderr, False for none, or a function called with each result.
    `client`: an httpx.Client to use (it is not closed).  `retries`: extra attempts after a
    connection error or HTTP 502/503/504, waiting `backoff`, 2x`backoff`, ... seconds.
    """
    cat = catalogue()
    keys = list(cat) if sources is None else list(dict.fromkeys(sources))
    if unknown := [k for k in keys if k not in cat]:
        raise ValueError(f"unknown source(s) {', '.join(unknown)}; known: {', '.join(cat)}")
    mirror_dir, base = resolve_mode(mirror, base_url, use_env)
    if mirror_dir is not None and not mirror_dir.is_dir():
        raise FileNotFoundError(f"mirror folder {mirror_dir} does not exist")
    day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    results: list[FetchResult] = []
    with contextlib.ExitStack() as stack:
        bars = stack.enter_context(_Progress(progress))
        http = client
        if http is None and mirror_dir is None:
            http = stack.enter_context(httpx.Client(
                follow_redirects=True, timeout=httpx.Timeout(timeout, connect=min(timeout, 15.0)),
                headers={"User-Agent": f"forcewatch/{__version__}"}))
        for key in keys:
            folder = _Folder(Path(dest), cat[key], day, "mirror" if mirror_dir else "download")
            try:
                for sf in cat[key].files:
                    if mirror_dir is not None:
                        got = _copy(sf, mirror_dir, folder, bars)
                    else:
                        got = _download(sf, rebase(sf.url, base), folder, http, bars, retries, backoff)
                    bars.report(got)
                    results.extend(got)
            finally:
                folder.save()
    return results
