"""Offline word lists the news extractor uses, built reproducibly from the data.

* ``places.csv.gz`` -- every US Census place (2010 Gazetteer, public domain):
  name without the Census suffix, USPS state, 2010 population.  Alternate names in
  parentheses ('San Buenaventura (Ventura)') and the parts of hyphenated consolidated
  names ('Nashville-Davidson') are added as aliases.
* ``common_words.txt`` -- words the sources' description texts (before the same cutoff) write in
  lower case at least 3 times.
* ``first_names.csv`` -- given names with how often each source recorded a man or a
  woman under it, from the records of the store dated **before 2020-04-01** only, so
  the held-out part of the news evaluation (2020-04 on) never shapes the lexicon.

Rebuild both with one command (the mirror folder holds the Census file)::

    python -m forcewatch.news.lexicon --data ../shared/data
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import tempfile
import zipfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = Path(__file__).with_name("data")
CUTOFF = "2020-04-01"


def build_places(gazetteer_zip: Path, out: Path) -> int:
    from ..population import normalise_city

    rows: dict[tuple[str, str], int] = {}
    with zipfile.ZipFile(gazetteer_zip) as z:
        name = next(n for n in z.namelist() if n.endswith(".txt"))
        with z.open(name) as fh:
            reader = csv.DictReader(io.TextIOWrapper(fh, "latin-1"), delimiter="\t")
            for r in reader:
                r = {k.strip(): (v or "").strip() for k, v in r.items() if k}
                full = r["NAME"]
                pop = int(r.get("POP10") or 0)
                names = {normalise_city(full)}
                alias = re.search(r"\(([^)]+)\)", full)
                if alias and alias.group(1) != "balance":
                    names.add(alias.group(1).strip())
                for n in list(names):
                    if "-" in n and n.count("-") == 1:
                        names.add(n.split("-")[0])
                    if "/" in n:
                        names.add(n.split("/")[0])
                for n in names:
                    if n:
                        key = (n, r["USPS"])
                        rows[key] = max(rows.get(key, 0), pop)
    # 'Boise City' is also called Boise; not when another place or a state has that name ('Kansas City')
    from .places import state_code

    taken = {n for n, _ in rows}
    for (n, st), pop in list(rows.items()):
        short = n[:-5] if n.endswith(" City") else None
        if short and short not in taken and not state_code(short):
            rows[(short, st)] = pop
        if st == "MA" and n.endswith(" Town") and (n[:-5], st) not in rows:
            rows[(n[:-5], st)] = pop  # Massachusetts cities governed as towns: 'Braintree Town' is Braintree
    with gzip.open(out, "wt", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "state", "population"])
        for (n, s), p in sorted(rows.items()):
            w.writerow([n, s, p])
    return len(rows)


def build_from_store(data: Path, out: Path) -> tuple[int, int]:
    from ..build import build
    from ..store import connect

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "lexicon.duckdb"
        build(data, store)
        con = connect(store)
        n = build_first_names(con, out / "first_names.csv")
        w = build_common_words(con, out / "common_words.txt")
        con.close()
    return n, w


def build_common_words(con, out: Path, min_count: int = 3) -> int:
    """Words written in lower case in the sources' description texts dated before the cutoff: a
    capitalised word found here ('Officers', 'Upon') is not taken for a one-word name."""
    texts = con.execute(f"SELECT description FROM records WHERE date < DATE '{CUTOFF}' AND description IS NOT NULL"
                        ).fetchall()
    counts: dict[str, int] = {}
    for (t,) in texts:
        for w in re.findall(r"\b[a-z][a-z'-]+\b", t):
            counts[w] = counts.get(w, 0) + 1
    words = sorted(w for w, c in counts.items() if c >= min_count)
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    return len(words)


def build_first_names(con, out: Path) -> int:
    rows = con.execute(f"""
        SELECT lower(first_name) AS n,
               count(*) FILTER (WHERE gender = 'male') AS male,
               count(*) FILTER (WHERE gender = 'female') AS female
        FROM (SELECT DISTINCT coalesce(name, '') || coalesce(CAST(date AS VARCHAR), '') AS k,
                     first_name, gender FROM records
              WHERE date < DATE '{CUTOFF}' AND first_name IS NOT NULL AND NOT coalesce(name_withheld, false))
        WHERE regexp_matches(first_name, '^[A-Za-z][A-Za-z''-]+$')
        GROUP BY 1 HAVING count(*) >= 1 ORDER BY 1""").fetchall()
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "male", "female"])
        w.writerows(rows)
    return len(rows)


@lru_cache(maxsize=1)
def places() -> dict[str, list[tuple[str, int]]]:
    """lower-case place name -> [(state, population), ...] biggest first."""
    out: dict[str, list[tuple[str, int]]] = {}
    raw = resources.files("forcewatch.news").joinpath("data/places.csv.gz").read_bytes()
    for r in csv.DictReader(io.StringIO(gzip.decompress(raw).decode("utf-8"))):
        out.setdefault(r["name"].lower(), []).append((r["state"], int(r["population"])))
    for v in out.values():
        v.sort(key=lambda t: -t[1])
    return out


@lru_cache(maxsize=1)
def first_names() -> dict[str, tuple[int, int]]:
    """lower-case given name -> (times recorded male, times recorded female)."""
    text = resources.files("forcewatch.news").joinpath("data/first_names.csv").read_text("utf-8")
    return {r["name"]: (int(r["male"]), int(r["female"])) for r in csv.DictReader(io.StringIO(text))}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    text = resources.files("forcewatch.news").joinpath("data/common_words.txt").read_text("utf-8")
    return frozenset(text.split())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="mirror folder (holds population/Gaz_places_*.zip)")
    ap.add_argument("--out", type=Path, default=DATA)
    a = ap.parse_args(argv)
    gz = next(a.data.rglob("Gaz_places_national*.zip"))
    print("places:", build_places(gz, a.out / "places.csv.gz"))
    print("first names, common words:", build_from_store(a.data, a.out))


if __name__ == "__main__":
    main()
