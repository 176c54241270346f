"""forcewatch.fetch against a real HTTP server on 127.0.0.1 serving the data mirror."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from forcewatch import fetch as fw
from forcewatch.snapshots import MANIFEST

DAY = dt.date(2030, 1, 2)
WAPO_V2 = "/washingtonpost/data-police-shootings/master/v2/fatal-police-shootings-data.csv"
WAPO_AGENCIES = "/washingtonpost/data-police-shootings/master/v2/fatal-police-shootings-agencies.csv"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(folder: Path) -> dict[str, dict]:
    return {e["file"]: e for e in json.loads((folder / MANIFEST).read_text("utf-8"))["files"]}


class Handler(BaseHTTPRequestHandler):
    server: MirrorServer

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        srv = self.server
        srv.hits[path] = srv.hits.get(path, 0) + 1
        if path in srv.fail_once and srv.hits[path] == 1:
            self.send_error(503)
            return
        file = srv.routes.get(path)
        if file is None:
            self.send_error(404)
            return
        body = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv" if file.suffix == ".csv" else "application/octet-stream")
        if path in srv.truncate:  # promise more than is sent, then drop the connection
            self.send_header("Content-Length", str(len(body) + 1000))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, routes: dict[str, Path]):
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes, self.hits = routes, {}
        self.truncate: set[str] = set()
        self.fail_once: set[str] = set()
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def server(mirror: Path, tmp_path_factory: pytest.TempPathFactory):
    """Every catalogued URL path -> its mirror file; archives are built from the members."""
    zips = tmp_path_factory.mktemp("zips")
    routes: dict[str, Path] = {}
    for src in fw.catalogue().values():
        for f in src.files:
            path = urlsplit(f.url).path
            if f.unpack:
                routes[path] = zips / f.name
                with zipfile.ZipFile(routes[path], "w", zipfile.ZIP_DEFLATED) as zf:
                    for member, rel in zip(f.members, f.mirror):
                        zf.write(mirror / rel, member)
            else:
                routes[path] = mirror / f.mirror[0]
    srv = MirrorServer(routes)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def run(dest: Path, sources: list[str], server: MirrorServer, **kw) -> list[fw.FetchResult]:
    kw = {"base_url": server.url, "progress": False} | kw
    return fw.fetch(dest, sources, today=DAY, backoff=0, **kw)


def test_catalogue_lists_every_source_with_official_urls(mirror: Path) -> None:
    cat = fw.catalogue()
    assert set(cat) == {"wapo", "mpv", "guardian", "fe", "ksr", "census"}
    for src in cat.values():
        assert src.licence and src.title and src.homepage.startswith("http")
        for f in src.files:
            assert f.url.startswith("https://")
            assert f.mirror and all((mirror / rel).is_file() for rel in f.mirror), f
    assert "CC BY-NC-SA 4.0" in cat["wapo"].licence
    assert "10.25740/yp736bs8569" in cat["ksr"].licence


def test_download_writes_files_and_manifest(tmp_path: Path, server: MirrorServer, mirror: Path) -> None:
    results = run(tmp_path, ["wapo"], server)
    assert [r.status for r in results] == ["downloaded"] * 3, [r.error for r in results]
    folder = tmp_path / "wapo" / "2030-01-02"
    entries = manifest(folder)
    doc = json.loads((folder / MANIFEST).read_text("utf-8"))
    assert doc["snapshot"] == "2030-01-02" and doc["source"] == "wapo"
    for r, f in zip(results, fw.catalogue()["wapo"].files):
        original = mirror / f.mirror[0]
        e = entries[f.name]
        assert r.path == folder / f.name and r.path.read_bytes() == original.read_bytes()
        assert e["bytes"] == original.stat().st_size == r.bytes
        assert e["sha256"] == sha(original) == r.sha256
        assert e["snapshot"] == "2030-01-02" and e["http_status"] == 200
        assert e["url"] == server.url + urlsplit(f.url).path and e["official_url"] == f.url
        assert e["content_type"].startswith("text/csv")
        assert dt.datetime.fromisoformat(e["fetched_at"]).tzinfo is not None
    assert sorted(p.name for p in folder.iterdir()) == sorted([MANIFEST, *entries])


def test_guardian_zip_is_unpacked(tmp_path: Path, server: MirrorServer, mirror: Path) -> None:
    results = run(tmp_path, ["guardian"], server)
    assert [(r.file, r.status, r.archive) for r in results] == [
        ("the-counted-2015.csv", "downloaded", "thecounted-data.zip"),
        ("the-counted-2016.csv", "downloaded", "thecounted-data.zip")]
    folder = tmp_path / "guardian" / "2030-01-02"
    assert sorted(p.name for p in folder.iterdir()) == [
        MANIFEST, "the-counted-2015.csv", "the-counted-2016.csv"]
    entries = manifest(folder)
    for r in results:
        assert r.sha256 == sha(mirror / "guardian" / r.file) == entries[r.file]["sha256"]
        assert entries[r.file]["archive"] == "thecounted-data.zip"
    archive = entries["thecounted-data.zip"]
    assert archive["unpacked"] == ["the-counted-2015.csv", "the-counted-2016.csv"]
    assert archive["sha256"] == sha(server.routes["/2015/the-counted/thecounted-data.zip"])


def test_404_fails_that_file_only(tmp_path: Path, server: MirrorServer) -> None:
    del server.routes[WAPO_AGENCIES]
    results = {r.file: r for r in run(tmp_path, ["wapo", "ksr"], server)}
    bad = results.pop("fatal-police-shootings-agencies.csv")
    assert bad.status == "failed" and "404" in bad.error and bad.path is None
    assert server.hits[WAPO_AGENCIES] == 1  # a 404 is not retried
    assert {r.status for r in results.values()} == {"downloaded"} and len(results) == 3
    folder = tmp_path / "wapo" / "2030-01-02"
    assert not (folder / bad.file).exists() and bad.file not in manifest(folder)


def test_dropped_connection_fails_without_partial_file(tmp_path: Path, server: MirrorServer) -> None:
    server.truncate.add(WAPO_V2)
    results = {r.file: r for r in run(tmp_path, ["wapo"], server)}
    bad = results["fatal-police-shootings-data.csv"]
    assert bad.status == "failed" and bad.error and "3 attempts" in bad.error
    assert server.hits[WAPO_V2] == 3  # retried twice
    assert results["fatal-police-shootings-agencies.csv"].status == "downloaded"
    folder = tmp_path / "wapo" / "2030-01-02"
    names = {p.name for p in folder.iterdir()}
    assert "fatal-police-shootings-data.csv" not in names
    assert not [n for n in names if n.startswith(".")], names  # no temporary leftovers
    assert "fatal-police-shootings-data.csv" not in manifest(folder)


def test_server_error_is_retried(tmp_path: Path, server: MirrorServer) -> None:
    server.fail_once.add(WAPO_V2)
    results = run(tmp_path, ["wapo"], server)
    assert results[0].status == "downloaded" and server.hits[WAPO_V2] == 2


def test_all_failed_leaves_no_folder(tmp_path: Path, server: MirrorServer) -> None:
    server.routes.clear()
    results = run(tmp_path, ["ksr"], server)
    assert [r.status for r in results] == ["failed"]
    assert not (tmp_path / "ksr").exists()


def test_refetch_same_day_is_unchanged(tmp_path: Path, server: MirrorServer, mirror: Path) -> None:
    first = run(tmp_path, ["wapo", "guardian"], server)
    folder = tmp_path / "wapo" / "2030-01-02"
    before = manifest(folder)
    second = run(tmp_path, ["wapo", "guardian"], server)
    assert [r.status for r in second] == ["unchanged"] * len(first)
    assert [r.sha256 for r in second] == [r.sha256 for r in first]
    after = manifest(folder)
    assert after.keys() == before.keys()
    for name, e in before.items():
        assert after[name]["fetched_at"] == e["fetched_at"] and "checked_at" in after[name]
    # a changed file on the same day replaces the old copy
    server.routes[WAPO_V2] = mirror / "wapo" / "wapo_v1_fatal-police-shootings-data_2021-05-01.csv"
    third = {r.file: r for r in run(tmp_path, ["wapo"], server)}
    assert third["fatal-police-shootings-data.csv"].status == "downloaded"
    assert manifest(folder)["fatal-police-shootings-data.csv"]["sha256"] == sha(server.routes[WAPO_V2])
    # a failure the same day keeps the earlier good copy
    server.truncate.add(WAPO_V2)
    fourth = {r.file: r for r in run(tmp_path, ["wapo"], server)}
    assert fourth["fatal-police-shootings-data.csv"].status == "failed"
    assert sha(folder / "fatal-police-shootings-data.csv") == sha(server.routes[WAPO_V2])


def test_mirror_argument_copies_everything(tmp_path: Path, mirror: Path) -> None:
    results = fw.fetch(tmp_path, mirror=mirror, today=DAY, progress=False)
    assert {r.status for r in results} == {"copied"}, [r.error for r in results]
    assert len(results) == sum(len(f.mirror) for s in fw.catalogue().values() for f in s.files)
    snap = {r.file: r.snapshot for r in results}
    assert snap["wapo_v2_fatal-police-shootings-data_2024-04-04.csv"] == "2024-04-04"
    assert snap["wapo_v1_fatal-police-shootings-data_final_2022-12.csv"] == "2022-12"
    assert snap["the-counted-2015.csv"] == "2017-06-21"  # known file (sha256)
    assert snap["NST-EST2023-ALLDATA.csv"] == "2030-01-02"  # no date: the fetch day
    e = manifest(tmp_path / "fe" / "2030-01-02")["fe-all_slanglab_downloaded-2017-02-27.jsonl"]
    src = mirror / "fe" / "fe-all_slanglab_downloaded-2017-02-27.jsonl"
    assert e["url"] == src.resolve().as_uri() and e["mirror"] == "fe/" + src.name
    assert e["sha256"] == sha(src) and e["bytes"] == src.stat().st_size and e["snapshot"] == "2017-02-27"
    again = fw.fetch(tmp_path, ["fe"], mirror=mirror, today=DAY, progress=False)
    assert [r.status for r in again] == ["unchanged"]


def test_mirror_from_environment(tmp_path: Path, mirror: Path, server: MirrorServer,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fw.ENV_MIRROR, str(mirror))
    monkeypatch.setenv(fw.ENV_BASE_URL, server.url)
    # the environment is read only on request
    assert fw.resolve_mode() == (None, None)
    assert fw.resolve_mode(use_env=True) == (mirror, None)
    # explicit arguments beat the environment
    assert fw.resolve_mode(base_url="http://x", use_env=True) == (None, "http://x")
    assert fw.resolve_mode(mirror="/m", base_url="http://x", use_env=True) == (Path("/m"), None)
    results = fw.fetch(tmp_path, ["ksr"], today=DAY, progress=False, use_env=True)
    assert [r.status for r in results] == ["copied"]
    monkeypatch.delenv(fw.ENV_MIRROR)
    assert fw.resolve_mode(use_env=True) == (None, server.url)
    results = fw.fetch(tmp_path / "net", ["ksr"], today=DAY, progress=False, use_env=True)
    assert [r.status for r in results] == ["downloaded"]


def test_errors_and_helpers(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown source"):
        fw.fetch(tmp_path, ["nope"], progress=False)
    with pytest.raises(FileNotFoundError):
        fw.fetch(tmp_path, mirror=tmp_path / "missing", progress=False)
    assert fw.rebase("https://a.org/x/y.csv?format=csv", "http://127.0.0.1:9/pre/") == \
        "http://127.0.0.1:9/pre/x/y.csv?format=csv"
    r = fw.FetchResult("wapo", "a.csv", "u", tmp_path / "a.csv", 3, "ab", "downloaded")
    assert fw.summarise([r])[0] == {"source": "wapo", "file": "a.csv", "status": "downloaded",
                                    "snapshot": None, "bytes": 3, "sha256": "ab",
                                    "path": str(tmp_path / "a.csv"), "url": "u", "error": None}


def test_progress_callback_and_bars(tmp_path: Path, server: MirrorServer) -> None:
    seen: list[str] = []
    run(tmp_path, ["ksr"], server, progress=lambda r: seen.append(r.status))
    assert seen == ["downloaded"]
    out = fw.fetch(tmp_path / "b", ["ksr"], today=DAY, progress=True, base_url=server.url)
    assert out[0].status == "downloaded"


def test_build_uses_fetch_manifest(tmp_path: Path, server: MirrorServer, mirror: Path) -> None:
    import duckdb

    from forcewatch.build import build

    run(tmp_path / "net", ["wapo"], server)
    result = build(tmp_path / "net", tmp_path / "net.duckdb")
    files = {f.path: f for f in result.files}
    v2 = files["wapo/2030-01-02/fatal-police-shootings-data.csv"]
    assert v2.status == "imported" and v2.imported > 9000
    assert (v2.snapshot, v2.snapshot_from) == ("2030-01-02", "fetch manifest")
    con = duckdb.connect(str(tmp_path / "net.duckdb"), read_only=True)
    rows = con.execute("SELECT path, snapshot, snapshot_from FROM files WHERE file <> ? ORDER BY path",
                       [MANIFEST]).fetchall()
    con.close()
    assert len(rows) == 3 and all(r[1:] == ("2030-01-02", "fetch manifest") for r in rows), rows

    fw.fetch(tmp_path / "copy", ["wapo"], mirror=mirror, today=DAY, progress=False)
    files = {f.file: f for f in build(tmp_path / "copy", tmp_path / "copy.duckdb").files}
    v2 = files["wapo_v2_fatal-police-shootings-data_2024-04-04.csv"]
    assert (v2.status, v2.snapshot, v2.snapshot_from) == ("imported", "2024-04-04", "fetch manifest")
    v1 = files["wapo_v1_fatal-police-shootings-data_final_2022-12.csv"]
    assert (v1.snapshot, v1.snapshot_from) == ("2022-12", "fetch manifest")


def test_docs_list_every_catalogued_file() -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "fetch.md").read_text("utf-8")
    for src in fw.catalogue().values():
        assert f"`{src.key}`" in text
        for f in src.files:
            assert f.url in text, f.url
            assert all(rel in text for rel in f.mirror), f.mirror
