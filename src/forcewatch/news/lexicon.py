"""Offline word lists the news extractor uses, built reproducibly from the data.

* ``places.csv.gz`` -- every US Census place (2010 Gazetteer, public domain):
  name without the Census suffix, USPS state, 2010 population.  Alternate names in
  parentheses ('San Buenaventura (Ventura)') and the parts of hyphenated consolidated
  names ('Nashville-Davidson') are added as aliases.
* ``record_places.csv`` -- places the sources themselves record as a death's city (before the same
  cutoff, at least two deaths) that the Census place list lacks: New York boroughs ('Bronx'), Los
  Angeles neighbourhoods ('Van Nuys'), townships and New England towns ('Upper Darby',
  'Tewksbury'), places incorporated after 2010 ('Jurupa Valley').  Counties ('Miami-Dade') and
  given names, unless five deaths or more name them ('Bronx', 'Brooklyn'), reservations and common
  words are left out.
* ``postal_places.csv`` -- the city names of the US Postal Service (active standard and PO-box ZIP
  codes, from the ``zipcodes`` package, MIT licence) that the Census place list lacks for that
  state: unincorporated communities ('West Olive', 'Maysel'), New England towns and New Jersey
  townships ('Suffield', 'Brick'), Los Angeles neighbourhoods with their own post office
  ('Tarzana').  'Saint' is written 'St.' as in the Census list; given names and common words
  ('Martin', 'Commerce') are left out.
* ``boroughs.csv`` -- New York City's five boroughs with their 2010 Census county populations
  (hand-made, not rebuilt): no Census places, yet named as towns ('in Queens').
* ``agency_acronyms.csv`` -- forces news names by their acronym ('LAPD', 'CHP', 'FBI'), with the
  state each serves (hand-made, not rebuilt; `state_needed`: "yes" when the acronym is another
  town's too, 'HPD' Houston or Honolulu, and counts only in a story of that state; "prefix" when
  the state's name goes first, 'DPS').
* ``county_places.csv.gz`` -- each USPS city name with its ZIP code's county and state (from the
  same ``zipcodes`` package): 'Hinds County' is in Mississippi only, and of the states with a
  'Washington County', Arkansas has a Farmington in it.  A county the article names picks the state
  of a town whose name several states share.
* ``common_words.txt`` -- words the sources' description texts (before the same cutoff) write in
  lower case at least 3 times.
* ``first_names.csv`` -- given names with how often each source recorded a man or a
  woman under it, from the records of the store dated **before 2020-04-01** only, so
  the held-out part of the news evaluation (2020-04 on) never shapes the lexicon.
* ``roster_first_names.csv`` -- given names with how many Chicago police officers of each sex
  bore them, from the Chicago Police roster of 1936-2017 (``chicago/roster_1936-2017_2017-04.csv.gz``
  in the mirror; aggregate counts only, no one's name beside a sex).  Few people police kill are
  women, so the records alone know few women's names ('Sandra' twice); the roster's 30,000 officers,
  one in four a woman, tell the sex of a victim's given name (`given_names`), not who is a person.

Rebuild them all with one command (the mirror folder holds the Census file)::

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


def build_from_store(data: Path, out: Path) -> tuple[int, int, int]:
    from ..build import build
    from ..store import connect

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "lexicon.duckdb"
        build(data, store)
        con = connect(store)
        n = build_first_names(con, out / "first_names.csv")
        w = build_common_words(con, out / "common_words.txt")
        r = build_record_places(con, out / "record_places.csv", out / "places.csv.gz")
        con.close()
    build_postal_places(out / "postal_places.csv", out / "places.csv.gz", out)
    build_county_places(out / "county_places.csv.gz")
    build_roster_first_names(data / ROSTER, out / "roster_first_names.csv")
    return n, w, r


#: the Chicago Police roster in the mirror folder (officers appointed 1936-2017, with sex and given name)
ROSTER = Path("chicago") / "roster_1936-2017_2017-04.csv.gz"


def build_roster_first_names(roster: Path, out: Path) -> int:
    """How many officers of each sex the roster lists under each given name (names borne at least twice)."""
    counts: dict[str, list[int]] = {}
    with gzip.open(roster, "rt", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            name, sex = (r.get("first_name") or "").strip().lower(), (r.get("gender") or "").strip().upper()
            if sex in ("MALE", "FEMALE") and re.fullmatch(r"[a-z][a-z'-]+", name):
                counts.setdefault(name, [0, 0])[sex == "FEMALE"] += 1
    rows = sorted((n, m, f) for n, (m, f) in counts.items() if m + f >= 2)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "male", "female"])
        w.writerows(rows)
    return len(rows)


def build_postal_places(out: Path, census: Path = DATA / "places.csv.gz", lists: Path = DATA) -> int:
    """USPS city names (package `zipcodes`) that the Census place list lacks for their state,
    without given names and common words (`lists` holds first_names.csv and common_words.txt)."""
    import zipcodes

    with gzip.open(census, "rt", encoding="utf-8") as fh:
        known = {(r["name"].lower(), r["state"]) for r in csv.DictReader(fh)}
    with open(lists / "first_names.csv", encoding="utf-8") as fh:
        skip = {r["name"] for r in csv.DictReader(fh)}
    skip |= set((lists / "common_words.txt").read_text("utf-8").split())
    keep = set()
    for z in zipcodes.list_all():
        if not z["active"] or z["zip_code_type"] not in ("STANDARD", "PO BOX"):
            continue
        name = _postal_name(z["city"])
        if (name.lower(), z["state"]) in known or name.lower() in skip or not re.fullmatch(r"[A-Z][A-Za-z.' -]+", name):
            continue
        keep.add((name, z["state"]))
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "state"])
        w.writerows(sorted(keep))
    return len(keep)


def _postal_name(city: str) -> str:
    """A USPS city name written as the Census list writes it: 'SAINT LOUIS' -> 'St. Louis'."""
    return re.sub(r"\bSaint\b", "St.", " ".join(w.capitalize() if w.isupper() else w for w in city.split()))


def build_county_places(out: Path) -> int:
    """(county, state, town) for every USPS city name and its ZIP code's county (package `zipcodes`):
    which states have a 'Washington County', and in which of them a 'Farmington' lies in it."""
    import zipcodes

    keep = set()
    for z in zipcodes.list_all():
        county = (z.get("county") or "").strip()
        if z["zip_code_type"] in ("STANDARD", "PO BOX") and re.fullmatch(r"[A-Z][\w.' -]+ (?:County|Parish|Borough)",
                                                                           county):
            keep.add((county, z["state"], _postal_name(z["city"])))
    with gzip.open(out, "wt", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["county", "state", "town"])
        w.writerows(sorted(keep))
    return len(keep)


def build_record_places(con, out: Path, census: Path = DATA / "places.csv.gz", min_deaths: int = 2) -> int:
    """City names the sources record for deaths before the cutoff (at least `min_deaths` deaths), with
    their state, that the Census place list (`census`) does not hold for that state."""
    known = set()
    with gzip.open(census, "rt", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            known.add((r["name"].lower(), r["state"]))
    rows = con.execute(f"""
        SELECT trim(city) AS city, state,
               count(DISTINCT lower(coalesce(name, '')) || CAST(date AS VARCHAR)) AS deaths
        FROM records
        WHERE date < DATE '{CUTOFF}' AND city IS NOT NULL AND state IS NOT NULL
        GROUP BY 1, 2 HAVING deaths >= {int(min_deaths)} ORDER BY 1, 2""").fetchall()
    names, words = {n for n, _, _ in _first_name_counts(con)}, set(_common_words(con))
    counties = {(re.sub(r"\s+(?:County|Parish|Borough)$", "", c).lower(), s) for c, s in con.execute(
        "SELECT DISTINCT trim(county), state FROM records WHERE county IS NOT NULL AND state IS NOT NULL").fetchall()}
    # 'Brooklyn' (22 deaths) stays though it is also a given name; 'Jean' (2) does not
    keep = [(c, s, n) for c, s, n in rows
            if (c.lower(), s) not in known and re.fullmatch(r"[A-Z][A-Za-z.'’ -]+", c)
            and not re.search(r"\b(?:County|Parish|Reservation|Borough of|Unincorporated)\b", c, re.I)
            and (n >= 5 or ((c.lower(), s) not in counties and c.lower() not in names)) and c.lower() not in words]
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "state", "deaths"])
        w.writerows(keep)
    return len(keep)


def build_common_words(con, out: Path, min_count: int = 3) -> int:
    """Words written in lower case in the sources' description texts dated before the cutoff: a
    capitalised word found here ('Officers', 'Upon') is not taken for a one-word name."""
    words = _common_words(con, min_count)
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    return len(words)


def _common_words(con, min_count: int = 3) -> list[str]:
    texts = con.execute(f"SELECT description FROM records WHERE date < DATE '{CUTOFF}' AND description IS NOT NULL"
                        ).fetchall()
    counts: dict[str, int] = {}
    for (t,) in texts:
        for w in re.findall(r"\b[a-z][a-z'-]+\b", t):
            counts[w] = counts.get(w, 0) + 1
    return sorted(w for w, c in counts.items() if c >= min_count)


def build_first_names(con, out: Path) -> int:
    rows = _first_name_counts(con)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "male", "female"])
        w.writerows(rows)
    return len(rows)


def _first_name_counts(con) -> list[tuple[str, int, int]]:
    """(lower-case given name, times recorded male, times recorded female), before the cutoff."""
    return con.execute(f"""
        SELECT lower(first_name) AS n,
               count(*) FILTER (WHERE gender = 'male') AS male,
               count(*) FILTER (WHERE gender = 'female') AS female
        FROM (SELECT DISTINCT coalesce(name, '') || coalesce(CAST(date AS VARCHAR), '') AS k,
                     first_name, gender FROM records
              WHERE date < DATE '{CUTOFF}' AND first_name IS NOT NULL AND NOT coalesce(name_withheld, false))
        WHERE regexp_matches(first_name, '^[A-Za-z][A-Za-z''-]+$')
        GROUP BY 1 HAVING count(*) >= 1 ORDER BY 1""").fetchall()


@lru_cache(maxsize=1)
def places() -> dict[str, list[tuple[str, int]]]:
    """lower-case place name -> [(state, population), ...] biggest first."""
    out: dict[str, list[tuple[str, int]]] = {}
    raw = resources.files("forcewatch.news").joinpath("data/places.csv.gz").read_bytes()
    for r in csv.DictReader(io.StringIO(gzip.decompress(raw).decode("utf-8"))):
        out.setdefault(r["name"].lower(), []).append((r["state"], int(r["population"])))
    # New York City's boroughs are no Census places but are named as towns; with their population
    # 'in Brooklyn' is Brooklyn, New York, not Brooklyn, Ohio (hand-made table, 2010 Census counts)
    text = resources.files("forcewatch.news").joinpath("data/boroughs.csv").read_text("utf-8")
    for r in csv.DictReader(io.StringIO(text)):
        out.setdefault(r["name"].lower(), []).append((r["state"], int(r["population"])))
    for extra in ("data/record_places.csv", "data/postal_places.csv"):
        text = resources.files("forcewatch.news").joinpath(extra).read_text("utf-8")
        for r in csv.DictReader(io.StringIO(text)):  # no population known: never outweighs a Census place
            if not any(st == r["state"] for st, _ in out.get(r["name"].lower(), ())):
                out.setdefault(r["name"].lower(), []).append((r["state"], 0))
    for v in out.values():
        v.sort(key=lambda t: -t[1])
    return out


@lru_cache(maxsize=1)
def agency_acronyms() -> dict[str, tuple[str, str | None, str]]:
    """acronym ('LAPD') -> (agency, state or None, state_needed: 'no' | 'yes' | 'prefix')."""
    text = resources.files("forcewatch.news").joinpath("data/agency_acronyms.csv").read_text("utf-8")
    return {r["acronym"]: (r["agency"], r["state"] or None, r["state_needed"])
            for r in csv.DictReader(io.StringIO(text))}


@lru_cache(maxsize=1)
def counties() -> dict[str, dict[str, frozenset[str]]]:
    """lower-case county name ('washington county') -> {state: lower-case towns in it}."""
    out: dict[str, dict[str, set[str]]] = {}
    raw = resources.files("forcewatch.news").joinpath("data/county_places.csv.gz").read_bytes()
    for r in csv.DictReader(io.StringIO(gzip.decompress(raw).decode("utf-8"))):
        out.setdefault(r["county"].lower(), {}).setdefault(r["state"], set()).add(r["town"].lower())
    return {c: {st: frozenset(t) for st, t in by.items()} for c, by in out.items()}


@lru_cache(maxsize=1)
def first_names() -> dict[str, tuple[int, int]]:
    """lower-case given name -> (times recorded male, times recorded female)."""
    text = resources.files("forcewatch.news").joinpath("data/first_names.csv").read_text("utf-8")
    return {r["name"]: (int(r["male"]), int(r["female"])) for r in csv.DictReader(io.StringIO(text))}


@lru_cache(maxsize=1)
def given_names() -> dict[str, tuple[int, int]]:
    """lower-case given name -> (men, women) who bore it, for telling the sex of a given name: the records'
    counts, and for a name they hold fewer than 3 times, the Chicago roster's added.  The records' own
    counts stand where they have some: they tell of people police killed, nineteen in twenty men, where
    the roster's officers are one in four women ('Kerry')."""
    out = dict(first_names())
    text = resources.files("forcewatch.news").joinpath("data/roster_first_names.csv").read_text("utf-8")
    for r in csv.DictReader(io.StringIO(text)):
        m, f = out.get(r["name"], (0, 0))
        if m + f < 3:
            out[r["name"]] = (m + int(r["male"]), f + int(r["female"]))
    return out


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
    print("first names, common words, record places:", build_from_store(a.data, a.out))


if __name__ == "__main__":
    main()
