"""Bad input: every case gets a clear message naming file, row and field; good
rows still import; bad rows are kept in `quarantine` with the reason."""

from __future__ import annotations

import zipfile
from pathlib import Path

import duckdb
import pytest

from forcewatch.build import build

WAPO_V1 = "wapo/wapo_v1_fatal-police-shootings-data_2021-05-01.csv"


def _wapo_lines(mirror: Path, n: int = 20) -> list[str]:
    """Header + first n real rows of WaPo v1 (CRLF-terminated in the source)."""
    return (mirror / WAPO_V1).read_text("utf-8").splitlines()[: n + 1]


def _write(folder: Path, name: str, lines: list[str], encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def _build(folder: Path, tmp_path: Path):
    store = tmp_path / "s.duckdb"
    result = build(folder, store)
    return result, duckdb.connect(str(store), read_only=True)


def _file(result, name):
    return next(f for f in result.files if f.file == name)


def test_malformed_row_with_extra_field_is_quarantined(mirror, tmp_path):
    lines = _wapo_lines(mirror)
    lines[3] = lines[3] + ",surplus"
    _write(tmp_path / "d", "w_2021-05-01.csv", lines)
    result, con = _build(tmp_path / "d", tmp_path)
    f = _file(result, "w_2021-05-01.csv")
    assert (f.rows_read, f.imported, f.quarantined) == (20, 19, 1)
    row, reason = con.execute("SELECT row, reason FROM quarantine").fetchone()
    assert row == 4 and "18 fields, header has 17" in reason
    raw = con.execute("SELECT raw->>'name' FROM quarantine").fetchone()[0]
    assert raw == lines[3].split(",")[1]


def test_unknown_code_is_kept_raw_and_reported(mirror, tmp_path):
    lines = _wapo_lines(mirror)
    cells = lines[1].split(",")
    cells[6] = "X"  # gender
    cells[11] = "menacing"  # threat_level
    lines[1] = ",".join(cells)
    _write(tmp_path / "d", "w_2021-05-01.csv", lines)
    result, con = _build(tmp_path / "d", tmp_path)
    assert _file(result, "w_2021-05-01.csv").imported == 20
    rec = con.execute("SELECT gender, gender_raw, threat, threat_raw FROM records WHERE row = 2"
                      ).fetchone()
    assert rec == (None, "X", None, "menacing")
    msgs = con.execute("SELECT row, field, value, message FROM issues ORDER BY field").fetchall()
    assert [(r, f, v) for r, f, v, _ in msgs] == [(2, "gender", "X"), (2, "threat", "menacing")]
    assert "unmapped code 'X'" in msgs[0][3] and "wapo_v1.yaml" in msgs[0][3]


@pytest.mark.parametrize("bad_date", ["2021-02-30", "2015-13-01", "yesterday", "1850-01-01"])
def test_impossible_date_is_quarantined(mirror, tmp_path, bad_date):
    lines = _wapo_lines(mirror)
    cells = lines[5].split(",")
    cells[2] = bad_date
    lines[5] = ",".join(cells)
    _write(tmp_path / "d", "w_2021-05-01.csv", lines)
    result, con = _build(tmp_path / "d", tmp_path)
    f = _file(result, "w_2021-05-01.csv")
    assert (f.imported, f.quarantined) == (19, 1)
    row, field, reason = con.execute("SELECT row, field, reason FROM quarantine").fetchone()
    assert (row, field) == (6, "date") and bad_date in reason


def test_date_after_snapshot_is_impossible(mirror, tmp_path):
    lines = _wapo_lines(mirror)
    cells = lines[2].split(",")
    cells[2] = "2030-01-01"
    lines[2] = ",".join(cells)
    _write(tmp_path / "d", "w_2021-05-01.csv", lines)
    _, con = _build(tmp_path / "d", tmp_path)
    reason = con.execute("SELECT reason FROM quarantine").fetchone()[0]
    assert "after the snapshot date 2021-05-01" in reason


@pytest.mark.parametrize("age,quarantined", [("250", 1), ("-3", 1), ("40s", 0), ("6 months", 0)])
def test_impossible_age_is_quarantined_ranges_are_unknown(mirror, tmp_path, age, quarantined):
    lines = _wapo_lines(mirror)
    cells = lines[7].split(",")
    cells[5] = age
    lines[7] = ",".join(cells)
    _write(tmp_path / "d", "w_2021-05-01.csv", lines)
    result, con = _build(tmp_path / "d", tmp_path)
    assert _file(result, "w_2021-05-01.csv").quarantined == quarantined
    if quarantined:
        row, field, reason = con.execute("SELECT row, field, reason FROM quarantine").fetchone()
        assert (row, field) == (8, "age") and "impossible age" in reason
    else:
        got = con.execute("SELECT age, age_raw FROM records WHERE row = 8").fetchone()
        assert got == ((0 if "month" in age else None), age)


def test_latin1_file_is_decoded_and_noted(mirror, tmp_path):
    lines = _wapo_lines(mirror)
    cells = lines[1].split(",")
    cells[1] = "José Peña"
    lines[1] = ",".join(cells)
    _write(tmp_path / "d", "w_2021-05-01.csv", lines, encoding="cp1252")
    result, con = _build(tmp_path / "d", tmp_path)
    f = _file(result, "w_2021-05-01.csv")
    assert f.imported == 20 and f.encoding == "cp1252" and "Windows-1252" in f.message
    assert con.execute("SELECT name FROM records WHERE row = 2").fetchone()[0] == "José Peña"


def test_invalid_utf8_bytes_quarantine_only_that_row(mirror, tmp_path):
    lines = _wapo_lines(mirror)
    folder = tmp_path / "d"
    folder.mkdir()
    body = "\n".join(lines).encode("utf-8")
    body = body.replace(lines[4].encode(), lines[4].replace(",", ",Caf\udce9 ", 1).encode(
        "utf-8", "surrogateescape"))
    body = body.replace(b"Tim Elliot", "Tim Élliot".encode("utf-8"))  # valid multibyte UTF-8
    (folder / "w_2021-05-01.csv").write_bytes(body + b"\n")
    result, con = _build(folder, tmp_path)
    f = _file(result, "w_2021-05-01.csv")
    assert (f.imported, f.quarantined) == (19, 1)
    row, field, reason = con.execute("SELECT row, field, reason FROM quarantine").fetchone()
    assert (row, field) == (5, "name") and "invalid UTF-8" in reason
    assert con.execute("SELECT name FROM records WHERE row = 2").fetchone()[0] == "Tim Élliot"


def test_truncated_file_keeps_good_rows(mirror, tmp_path):
    text = "\n".join(_wapo_lines(mirror)) + "\n"
    cut = text[: text.rindex("\n", 0, len(text) - 1) + 25]  # last row cut after 24 chars
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "w_2021-05-01.csv").write_text(cut, "utf-8")
    result, con = _build(folder, tmp_path)
    f = _file(result, "w_2021-05-01.csv")
    assert (f.rows_read, f.imported, f.quarantined) == (20, 19, 1)
    row, reason = con.execute("SELECT row, reason FROM quarantine").fetchone()
    assert row == 21 and "truncated" in reason


def test_empty_and_header_only_and_corrupt_files_do_not_stop_the_build(mirror, tmp_path):
    folder = tmp_path / "d"
    lines = _wapo_lines(mirror)
    _write(folder, "good_2021-05-01.csv", lines)
    (folder / "empty.csv").write_bytes(b"")
    _write(folder, "header_only_2021-05-02.csv", lines[:1])
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04 this is not a workbook")
    with zipfile.ZipFile(folder / "two.zip", "w") as z:
        z.writestr("a.csv", "x\n1\n")
        z.writestr("b.csv", "y\n2\n")
    result, con = _build(folder, tmp_path)
    by = {f.file: f for f in result.files}
    assert by["good_2021-05-01.csv"].imported == 20
    assert by["empty.csv"].status == "failed" and "empty" in by["empty.csv"].message
    assert by["header_only_2021-05-02.csv"].status == "imported"
    assert by["header_only_2021-05-02.csv"].imported == 0
    assert by["broken.xlsx"].status == "failed" and "workbook" in by["broken.xlsx"].message
    assert by["two.zip"].status == "skipped"
    assert con.execute("SELECT count(*) FROM records").fetchone()[0] == 20
    assert con.execute("SELECT count(*) FROM files WHERE status = 'failed'").fetchone()[0] == 2


def test_unrecognised_layout_is_skipped_not_guessed(tmp_path):
    folder = tmp_path / "d"
    _write(folder, "wapo_lookalike.csv", ["id,name,when", "1,A,2020-01-01"])
    result, _ = _build(folder, tmp_path)
    f = _file(result, "wapo_lookalike.csv")
    assert f.status == "skipped" and "not recognised" in f.message


def test_blank_armed_is_unknown_not_unarmed(full_con):
    rows = full_con.execute("""SELECT armed, count(*) FROM records
        WHERE source = 'wapo' AND armed_raw IS NULL GROUP BY 1""").fetchall()
    assert rows and all(armed is None for armed, _ in rows)
    assert full_con.execute("""SELECT count(*) FROM records WHERE source = 'wapo'
        AND armed = 'unarmed' AND armed_raw IS NULL""").fetchone()[0] == 0
