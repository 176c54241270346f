"""Linkage input: one row per record of each source's newest snapshot, with the
fields normalised the same way for every source.

The gold id columns (`wapo_id`, `fe_id`) are carried along for evaluation only;
:data:`FEATURES` lists what the model and the blocking rules may use.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import duckdb
import jellyfish
import pandas as pd

#: columns the model and blocking may use (never the gold ids)
FEATURES = ("first_name", "last_name", "full_name", "first_name_canon", "first_name_sound",
            "last_name_sound", "date", "year", "ym", "age", "gender",
            "race", "state", "city", "county", "latitude", "longitude", "agency", "cause")
#: columns kept only to evaluate the linkage against the sources' own cross-references
GOLD = ("wapo_id", "fe_id")

SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
#: normalised names that mean "no name"
NO_NAME = {"", "unknown", "unidentified", "name withheld", "withheld", "none", "n a", "na",
           "john doe", "jane doe", "doe"}

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")

_SQL = """
SELECT record_id AS unique_id, source AS source_dataset, source_id,
       name, name_withheld, first_name, last_name, name_suffix,
       date, year, strftime(date, '%Y-%m') AS ym, age, gender,
       race[1] AS race, state,
       nullif(trim(lower(city)), '') AS city,
       nullif(trim(regexp_replace(lower(county), '\\s+(county|parish|borough)$', '')), '') AS county,
       latitude, longitude,
       nullif(trim(lower(agencies[1])), '') AS agency,
       cause,
       nullif(trim(CAST(wapo_id AS VARCHAR)), '') AS wapo_id,
       nullif(trim(CAST(fe_id AS VARCHAR)), '') AS fe_id
FROM records_latest
ORDER BY record_id
"""


@lru_cache(maxsize=None)
def fold(text: str | None) -> str | None:
    """Lower-case, strip accents, drop punctuation (hyphens become spaces), squeeze
    spaces. None or an empty result -> None."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return None
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("-", " ").replace("'", "").replace("\u2019", "")
    t = _SPACE.sub(" ", _PUNCT.sub(" ", t)).strip()
    return t or None


def _drop_suffixes(t: str | None) -> str | None:
    if t is None:
        return None
    words = [w for w in t.split() if w not in SUFFIXES]
    return " ".join(words) or None


def norm_name_part(text: str | None) -> str | None:
    t = _drop_suffixes(fold(text))
    return None if t is None or t in NO_NAME else t


@functools.cache
def nicknames() -> dict[str, str]:
    """nickname -> formal first name, from the data file src/forcewatch/data/nicknames.csv."""
    text = resources.files("forcewatch.data").joinpath("nicknames.csv").read_text("utf-8")
    return {r["nickname"]: r["name"] for r in csv.DictReader(io.StringIO(text))}


def _sound(name: object) -> str | None:
    """Metaphone code of a name without spaces ('cher frere' sounds like 'cherfrere')."""
    if not isinstance(name, str) or not name:
        return None
    return jellyfish.metaphone(name.replace(" ", "")) or None


def prepare(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The linkage table built from `records_latest` (one row per record)."""
    df = con.execute(_SQL).df()
    withheld = df["name_withheld"].fillna(False).astype(bool) | df["name"].isna()
    full = df["name"].map(norm_name_part)
    withheld |= full.isna()
    first = df["first_name"].map(norm_name_part)
    last = df["last_name"].map(norm_name_part)
    # a first name that folds to several words keeps the first; a last name keeps all words
    first = first.map(lambda s: s.split()[0] if isinstance(s, str) else None)
    df["first_name"] = first.where(~withheld, None)
    df["last_name"] = last.where(~withheld, None)
    df["full_name"] = full.where(~withheld, None)
    # name up to a nickname (data/nicknames.csv) and by sound (metaphone): typed variants
    nick = nicknames()
    df["first_name_canon"] = df["first_name"].map(lambda s: nick.get(s, s) if isinstance(s, str) else None)
    df["first_name_sound"] = df["first_name"].map(_sound)
    df["last_name_sound"] = df["last_name"].map(_sound)
    df["age"] = df["age"].astype("Int64")
    df["year"] = df["year"].astype("Int64")
    df["date"] = pd.to_datetime(df["date"]).dt.date
    return df[["unique_id", "source_dataset", "source_id", *FEATURES, *GOLD]]
