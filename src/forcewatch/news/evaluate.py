"""Evaluation of news extraction on real text (issue 4, must-have 3).

The evaluation set is built at run time from the store (``records`` of the sources
``mpv`` and ``ksr``): each row's ``description`` is news-derived text, and the same
row holds the gold values, already mapped to the shared vocabularies by the
importers.  Nothing is copied into the repository.

* **Split** by incident date: DEV before 2020-04-01 (may be used for tuning),
  HELD-OUT from 2020-04-01 on (never used for tuning; only aggregates are shown).
  A DEV row that shares its text, Fatal Encounters id, Washington Post id or MPV id
  with a held-out row is left out of DEV, so no death is on both sides.
* **"Text states the field"**: a field is scored on a row only when its text states
  the gold value, by a transparent rule per field; the cue lists are data
  (``news/data/eval_cues.yaml``).
* **Negatives**: hand-written texts with no victim killed by police (or with one
  named victim among officials and relatives), ``tests/fixtures/news/eval_negatives``.

Run::

    python -m forcewatch.news.evaluate --split dev --examples 20
    python -m forcewatch.news.evaluate --split all --out benchmarks/results/news_eval.json

See docs/news-evaluation.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import pandas as pd
import yaml

from .model import Article

#: first day of the held-out part
CUTOFF = dt.date(2020, 4, 1)
SOURCES = ("mpv", "ksr")
SPLITS = ("dev", "heldout")
REPO = Path(__file__).resolve().parents[3]
NEGATIVES_DIR = REPO / "tests" / "fixtures" / "news" / "eval_negatives"
#: an extracted agency matches a gold agency at this rapidfuzz token_set_ratio or above
AGENCY_MIN_RATIO = 85
#: the published date handed to the extractor is the gold date plus 1-3 days (see _published)
PUBLISHED_LAG_DAYS = (1, 2, 3)
EXCERPT_CHARS = 600

#: gold columns read from the store (the canonical values of the importers)
GOLD_COLUMNS = ("record_id", "source", "snapshot", "name", "name_withheld", "last_name", "age",
                "gender", "race", "date", "city", "state", "agencies", "cause", "causes", "armed",
                "flee", "body_camera", "description", "fe_id", "wapo_id", "mpv_id")

#: scored fields: key -> (label, "states" column)
FIELDS: dict[str, tuple[str, str]] = {
    "age": ("age exact", "st_age"),
    "gender": ("gender", "st_gender"),
    "race": ("race (gold among extracted)", "st_race"),
    "date_exact": ("date exact", "st_date"),
    "date_range": ("date exact or in extracted range", "st_date"),
    "city": ("city exact", "st_city"),
    "state": ("state exact", "st_state"),
    "city_state": ("city and state exact", "st_city_state"),
    "state_city_only": ("state exact (only the city stated)", "st_state_city_only"),
    "agency": (f"agency (fuzzy >= {AGENCY_MIN_RATIO})", "st_agency"),
    "cause": ("cause (gold primary among extracted)", "st_cause"),
    "armed": ("armed status", "st_armed"),
    "flee": ("fleeing", "st_flee"),
    "body_camera": ("body camera", "st_body_camera"),
}
#: the "states" flags (st_death and st_police_death are diagnostics for detection)
STATES_COLUMNS = ("st_name", "st_death", "st_police_death", "st_age", "st_gender", "st_race",
                  "st_date", "st_city", "st_state", "st_city_state", "st_state_city_only",
                  "st_agency", "st_cause", "st_armed", "st_flee", "st_body_camera")

#: the issue's bars, checked on the "all" column: (key, label, metric, op, threshold)
BARS = (
    ("detection", "victims detected", "detection", ">=", 0.95),
    ("age", "age exact (rows stating it)", "age", ">=", 0.90),
    ("cause", "cause (rows stating it)", "cause", ">=", 0.90),
    ("city", "city exact (rows stating it)", "city", ">=", 0.90),
    ("state", "state exact (rows stating it)", "state", ">=", 0.90),
    ("false_victims", "false victims / victims returned", "false_victim_rate", "<", 0.02),
)


# ----------------------------------------------------------------------------
# Locating the data
# ----------------------------------------------------------------------------

def default_mirror() -> Path:
    """FORCEWATCH_MIRROR, else ../shared/data beside the checkout, else ./data."""
    env = os.environ.get("FORCEWATCH_MIRROR")
    if env:
        return Path(env)
    beside = REPO.parent / "shared" / "data"
    return beside if beside.is_dir() else Path("data")


# ----------------------------------------------------------------------------
# The "text states the field" rules
# ----------------------------------------------------------------------------

@cache
def cues() -> dict[str, Any]:
    """The cue lists (news/data/eval_cues.yaml)."""
    text = resources.files("forcewatch.news").joinpath("data/eval_cues.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _words(patterns: Iterable[str], flags: int = re.I) -> re.Pattern[str] | None:
    """One regex for a list of cue patterns, each between word boundaries."""
    pats = [p for p in patterns if p]
    if not pats:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?!\w)", flags)


_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "rev"}


def fold(s: str | None) -> str:
    """Accents off, case-folded, punctuation -> space, single spaces."""
    if not s:
        return ""
    s = str(s)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    s = s.replace("'", "").replace("\u2019", "")  # O'Neal -> oneal, sheriff's -> sheriffs
    return _NON_ALNUM.sub(" ", s).strip()


def lower_plain(s: str | None) -> str:
    """Accents off, case-folded, runs of white space -> one space; punctuation kept."""
    if not s:
        return ""
    s = str(s)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


def name_tokens(name: str | None) -> tuple[str, ...]:
    """Name as comparable tokens: folded, titles (Mr., Dr.) and suffixes (Jr., III) dropped."""
    toks = fold(name).split()
    while len(toks) > 1 and toks[0] in _TITLES:
        toks.pop(0)
    while len(toks) > 1 and toks[-1] in _SUFFIXES:
        toks.pop()
    return tuple(toks)


def _close(a: str, b: str, min_len: int) -> bool:
    """Equal, or one edit apart when both are at least `min_len` letters (spelling variants
    between the gold row and its text: 'Nesbit' / 'Nesbitt')."""
    if a == b:
        return True
    if min(len(a), len(b)) < min_len:
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _first_names_compatible(a: str, b: str) -> bool:
    """'Chris' ~ 'Christopher', 'J' ~ 'James', 'Ronald' ~ 'Donald' (one edit), equal names."""
    return a.startswith(b) or b.startswith(a) or _close(a, b, 4)


def names_match(extracted: str | None, gold: str | None, gold_last: str | None = None) -> bool:
    """An extracted name is the gold person.

    Same normalised name; or the same last name (the extracted name's last word is the
    gold last name, or one of the gold name's words after the first: 'Juan Garcia'
    matches 'Juan Garcia Lopez'; one spelling edit allowed in names of 5 letters or
    more) and, when both give a first name, compatible first names (equal, one a prefix
    or initial of the other, one edit apart, or the extracted first name is one of the
    gold names: 'Robert Smith' matches 'James Robert Smith'); or the gold first name
    alone ('Tyre' for 'Tyre King').  So a relative with the same last name ('his
    sister, Lily Tran') is not the victim 'Kevin Tran'."""
    te, tg = name_tokens(extracted), name_tokens(gold)
    if not te or not tg:
        return False
    if te == tg:
        return True
    if len(te) == 1 and len(tg) > 1 and len(te[0]) >= 3 and te[0] == tg[0]:
        return True  # the first name alone ('Tyre' for Tyre King)
    gl = name_tokens(gold_last) or tg[-1:]
    last_ok = (te[-len(gl):] == gl or _close(te[-1], gl[-1], 5)
               or any(_close(te[-1], t, 5) for t in tg[1:]) or (len(tg) == 1 and _close(te[-1], tg[0], 5)))
    if not last_ok:
        return False
    if len(te) == 1 or len(tg) == 1:
        return True
    return _first_names_compatible(te[0], tg[0]) or te[0] in tg[1:-1] or tg[0] in te[1:-1]


class Rules:
    """The per-field "states" rules, compiled once from the cue lists."""

    def __init__(self, c: Mapping[str, Any] | None = None):
        c = c or cues()
        self.c = c
        self.death = _words(c["death"])
        self.police = _words(c["police"])
        self.gender = {k: _words(v) for k, v in c["gender"].items()}
        person = "|".join(c["race_person_words"])
        self.race = {k: _words([p.replace("{person}", person) for p in v]) for k, v in c["race"].items()}
        self.cause = {k: _words(v) for k, v in c["cause"].items()}
        self.armed = {k: _words(v) for k, v in c["armed"].items()}
        self.flee = {k: _words(v) for k, v in c["flee"].items()}
        self.body_camera = {k == "true": _words(v) for k, v in c["body_camera"].items()}
        self.months = {int(k): v for k, v in c["months"].items()}
        self.weekdays = list(c["weekdays"])
        self._month_of = {}
        for num, names in self.months.items():
            for n in names:
                self._month_of[n.replace("\\", "")] = num
        month_alt = "|".join(n for names in self.months.values() for n in names)
        self._month_day = re.compile(rf"(?<!\w)({month_alt})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)")
        self._numeric_md = re.compile(r"(?<![\d/])0?(\d{1,2})/0?(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?![\d/])")
        self._weekday = re.compile(r"(?<!\w)(" + "|".join(self.weekdays) + r")(?!\w)")
        self.city_aliases = dict(c["city_aliases"])
        self.agency_generic = {fold(w) for w in c["agency_generic_words"]} - {""}
        words = "|".join(c["agency_words"])
        # after the distinctive part (lower-cased text): "'s", up to two other words (not across
        # punctuation), then an agency word
        self._agency_follow = re.compile(rf"(?:['\u2019]s)?(?:\s[\w'\u2019-]+){{0,2}}?\s(?:{words})(?!\w)")
        self._state_res: dict[str, re.Pattern[str]] = {}
        from ..population import states

        names = dict(zip(states()["usps"], states()["name"]))
        special = c.get("state_name_patterns") or {}
        for usps, name in names.items():
            full = special.get(usps) or re.escape(name)
            abbrevs = [re.escape(a) for a in (c["ap_abbreviations"].get(usps) or [])] + [usps]
            after_comma = r",\s*(?:" + "|".join(abbrevs) + r")(?![A-Za-z])"
            self._state_res[usps] = re.compile(rf"(?<!\w)(?:{full})(?!\w)|{after_comma}")

    # -- one method per field: True when `text` states the gold value ----------------

    @staticmethod
    def _hit(rx: re.Pattern[str] | None, text: str) -> bool:
        return rx is not None and rx.search(text) is not None

    def name(self, text: str, name: str | None, last_name: str | None = None,
             folded: str | None = None) -> bool:
        """The gold name, or its last name, appears (accents, case and punctuation ignored)."""
        if not name:
            return False
        hay = f" {folded if folded is not None else fold(text)} "
        last = " ".join(name_tokens(last_name)) or (name_tokens(name) or ("",))[-1]
        full = " ".join(name_tokens(name))
        return bool(last) and (f" {last} " in hay or f" {full} " in hay)

    def death_stated(self, text: str) -> bool:
        """A death cue (killed, died, dead, fatal, ...)."""
        return self._hit(self.death, text)

    def police_stated(self, text: str) -> bool:
        """A police cue (police, officer, deputy, trooper, ...)."""
        return self._hit(self.police, text)

    @lru_cache(maxsize=256)  # noqa: B019 - one Rules object per process, ages 0-110
    def _age_re(self, n: int) -> re.Pattern[str]:
        num = rf"(?<![\d.]){n}(?!\d)"
        return re.compile("|".join(f"(?:{p.replace('{n}', num)})" for p in self.c["age"]), re.I)

    def age(self, text: str, age: int | None) -> bool:
        """The gold age appears as '22-year-old', 'age 22', 'aged 22', 'Name, 22,' or '(22)'."""
        return age is not None and self._age_re(int(age)).search(text) is not None

    def gender_stated(self, text: str, gender: str | None) -> bool:
        return gender is not None and self._hit(self.gender.get(gender), text)

    def race_stated(self, text: str, races: Sequence[str] | None) -> bool:
        return any(self._hit(self.race.get(r), text) for r in (races or ()))

    def dates_in(self, text: str) -> set[tuple]:
        """Every (month, day), ("md", month, day) and ("weekday", n) the text writes."""
        found: set[tuple] = set()
        for m in self._month_day.finditer(text):
            found.add((self._month_of[m.group(1)], int(m.group(2))))
        for m in self._numeric_md.finditer(text):
            found.add((int(m.group(1)), int(m.group(2))))
        for m in self._weekday.finditer(text):
            found.add(("weekday", self.weekdays.index(m.group(1))))
        return found

    def date(self, text: str, d: dt.date | None, found: set[tuple] | None = None) -> bool:
        """The gold month name (or AP abbreviation) with the gold day ('March 29', 'Sept. 3'),
        the gold m/d, or the gold date's weekday ('on Wednesday'); capitalised as printed."""
        if d is None:
            return False
        found = self.dates_in(text) if found is None else found
        return (d.month, d.day) in found or ("weekday", d.weekday()) in found

    def norm_city(self, s: str | None) -> str:
        return " ".join(self.city_aliases.get(t, t) for t in fold(s).split())

    def city(self, text: str, city: str | None, normed: str | None = None) -> bool:
        """The gold city name appears (case, punctuation, accents ignored; Saint = St, ...)."""
        c = self.norm_city(city)
        hay = normed if normed is not None else self.norm_city(text)
        return bool(c) and f" {c} " in f" {hay} "

    def state(self, text: str, state: str | None) -> bool:
        """The gold state's full name, or its AP abbreviation / USPS code after a comma."""
        rx = self._state_res.get(state or "")
        return rx is not None and rx.search(text) is not None

    @lru_cache(maxsize=8192)  # noqa: B019
    def _agency_parts(self, agency: str) -> tuple[str, str | None, str | None]:
        """(full name folded, distinctive part folded or None, initials or None)."""
        core = agency.split()
        if core and core[0].lower() == "the":
            core = core[1:]
        if len(core) > 2 and core[0].lower() in ("city", "town", "village", "county", "borough",
                                                 "township") and core[1].lower() == "of":
            core = core[2:]
        def generic(w: str) -> bool:
            return fold(w).replace(" ", "") in self.agency_generic

        while core and generic(core[-1]):
            core.pop()
        while core and generic(core[0]):
            core.pop(0)
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w']*", agency)
                           if w.lower() not in ("of", "the", "and", "for")).upper()
        return fold(agency), (lower_plain(" ".join(core)) or None), (initials if len(initials) >= 3 else None)

    def agency(self, text: str, agencies: Sequence[str] | None, folded: str | None = None,
               plain: str | None = None) -> bool:
        """One gold agency's full name, its initials (LAPD), or its distinctive part followed
        within three words by an agency word ('Parker County deputies'; not across a comma)."""
        hay = f" {fold(text) if folded is None else folded} "
        low = f" {lower_plain(text) if plain is None else plain} "
        for a in agencies or ():
            if not a or not a.strip():
                continue
            full, core, initials = self._agency_parts(a.strip())
            if full and f" {full} " in hay:
                return True
            if initials and re.search(rf"(?<!\w){initials}(?!\w)", text):
                return True
            if core:
                start = low.find(core)
                while start >= 0:
                    if not low[start - 1].isalnum() and self._agency_follow.match(low, start + len(core)):
                        return True
                    start = low.find(core, start + 1)
        return False

    def cause_stated(self, text: str, cause: str | None) -> bool:
        """A cue of the gold primary cause (shot, tased, restrained, ...)."""
        return cause is not None and self._hit(self.cause.get(cause), text)

    def armed_stated(self, text: str, armed: str | None) -> bool:
        return armed is not None and self._hit(self.armed.get(armed), text)

    def flee_stated(self, text: str, flee: str | None) -> bool:
        return flee is not None and self._hit(self.flee.get(flee), text)

    def body_camera_stated(self, text: str, body_camera: bool | None) -> bool:
        if body_camera is None:
            return False
        if body_camera:
            return self._hit(self.body_camera[True], text)
        return self._hit(self.body_camera[False], text)


@cache
def rules() -> Rules:
    return Rules()


def _present(v: Any) -> bool:
    """Not None / NaN / NA (list values count as present when non-empty)."""
    if v is None:
        return False
    if isinstance(v, (list, tuple)):
        return len(v) > 0
    try:
        return not bool(pd.isna(v))
    except (TypeError, ValueError):
        return True


def _clean(v: Any) -> Any:
    """Plain Python values: lists for list-likes, dates for timestamps, None for NA."""
    if isinstance(v, pd.Timestamp):
        return None if pd.isna(v) else v.date()
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, (list, tuple)):
        return list(v)
    if hasattr(v, "tolist") and not isinstance(v, str):  # numpy arrays from DuckDB lists
        return list(v.tolist())
    return v if _present(v) else None


def states_row(r: Mapping[str, Any], R: Rules | None = None) -> dict[str, bool]:
    """The "states" flags of one row (gold values + description)."""
    R = R or rules()
    text = r.get("description") or ""
    folded = fold(text)
    city_norm = " ".join(R.city_aliases.get(t, t) for t in folded.split())
    named = bool(r.get("name")) and not r.get("name_withheld")
    st_city = R.city(text, r.get("city"), city_norm)
    st_state = R.state(text, r.get("state"))
    death = R.death_stated(text)
    return {
        "st_name": named and R.name(text, r.get("name"), r.get("last_name"), folded),
        "st_death": death,
        "st_police_death": death and R.police_stated(text),
        "st_age": R.age(text, r.get("age")),
        "st_gender": R.gender_stated(text, r.get("gender")),
        "st_race": R.race_stated(text, r.get("race")),
        "st_date": R.date(text, r.get("date")),
        "st_city": st_city,
        "st_state": st_state,
        "st_city_state": st_city and st_state,
        "st_state_city_only": st_city and not st_state and bool(r.get("state")),
        "st_agency": R.agency(text, r.get("agencies"), folded, lower_plain(text)),
        "st_cause": R.cause_stated(text, r.get("cause")),
        "st_armed": R.armed_stated(text, r.get("armed")),
        "st_flee": R.flee_stated(text, r.get("flee")),
        "st_body_camera": R.body_camera_stated(text, r.get("body_camera")),
    }


# ----------------------------------------------------------------------------
# The evaluation set
# ----------------------------------------------------------------------------

def _published(text: str, gold_date: dt.date | None) -> dt.date | None:
    """The publication date handed to the extractor: the gold date plus 1, 2 or 3 days,
    chosen by a hash of the text (deterministic), so that relative dates ('on Wednesday')
    can be resolved as in real news, but "published minus one day" is not the answer."""
    if gold_date is None:
        return None
    h = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)
    return gold_date + dt.timedelta(days=PUBLISHED_LAG_DAYS[h % len(PUBLISHED_LAG_DAYS)])


def split_of(d: dt.date | None) -> str | None:
    if d is None:
        return None
    return "heldout" if d >= CUTOFF else "dev"


def _read_store(con) -> list[dict[str, Any]]:
    cols = ", ".join(f'"{c}"' for c in GOLD_COLUMNS)
    placeholders = ", ".join("?" for _ in SOURCES)
    cur = con.execute(
        f"""SELECT {cols} FROM records
            WHERE source IN ({placeholders})
              AND (source, snapshot) IN (SELECT source, max(snapshot) FROM records
                                         WHERE source IN ({placeholders}) GROUP BY source)
            ORDER BY source, record_id""", [*SOURCES, *SOURCES])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _rows_from(mirror_or_store: Any) -> tuple[list[dict[str, Any]], str]:
    """Gold rows from a store file, an open DuckDB connection or a mirror folder (built
    into a temporary store, ~4 s)."""
    import duckdb

    if mirror_or_store is None:
        mirror_or_store = default_mirror()
    if isinstance(mirror_or_store, duckdb.DuckDBPyConnection):
        return _read_store(mirror_or_store), "connection"
    path = Path(mirror_or_store)
    if path.is_file():
        con = duckdb.connect(str(path), read_only=True)
        try:
            return _read_store(con), f"store {path}"
        finally:
            con.close()
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: neither a store file nor a data folder (mirror)")
    from ..build import build

    with tempfile.TemporaryDirectory(prefix="fw-news-eval-") as tmp:
        store = Path(tmp) / "eval.duckdb"
        build(path, store)
        con = duckdb.connect(str(store), read_only=True)
        try:
            return _read_store(con), f"store built from {path}"
        finally:
            con.close()


def annotate(df: pd.DataFrame) -> pd.DataFrame:
    """Complete a frame of gold rows: missing gold columns as None, `split` from the date,
    the `published` date, a `text_id` per distinct text and the "states" flags."""
    df = df.copy()
    for c in GOLD_COLUMNS:
        if c not in df.columns:
            df[c] = None
    df = df.astype(object)
    for c in df.columns:
        df[c] = pd.Series([_clean(v) for v in df[c]], index=df.index, dtype=object)
    df["description"] = pd.Series([t or "" for t in df["description"]], index=df.index, dtype=object)
    if "split" not in df.columns or df["split"].isna().any():
        df["split"] = pd.Series([split_of(d) for d in df["date"]], index=df.index, dtype=object)
    first_date: dict[str, dt.date] = {}
    for t, d in zip(df["description"], df["date"]):
        if d is not None and (t not in first_date or d < first_date[t]):
            first_date[t] = d
    if "published" not in df.columns:
        df["published"] = pd.Series([_published(t, first_date.get(t)) for t in df["description"]],
                                    index=df.index, dtype=object)
    ids: dict[str, int] = {}
    df["text_id"] = [ids.setdefault(t, len(ids)) for t in df["description"]]
    R = rules()
    flags = [states_row(r, R) for r in df.to_dict("records")]
    for c in STATES_COLUMNS:
        df[c] = pd.Series([f[c] for f in flags], index=df.index, dtype=bool)
    return df


def build_set(mirror_or_store: Any = None) -> pd.DataFrame:
    """The evaluation set: one row per MPV / KSR record with a description.

    `mirror_or_store`: a store file (.duckdb), an open DuckDB connection, or a data
    folder (the mirror; a store is built from it in a temporary folder).  Default: the
    mirror (FORCEWATCH_MIRROR, else ../shared/data).

    Columns: the gold values (GOLD_COLUMNS, canonical vocabularies), `split` (dev /
    heldout), `published`, `text_id` and the "states" flags (STATES_COLUMNS).
    ``df.attrs["excluded"]`` counts the rows left out, per source and reason.
    """
    rows, origin = _rows_from(mirror_or_store)
    excluded: dict[str, Counter] = {s: Counter() for s in SOURCES}
    kept = []
    for r in rows:
        r["description"] = (r["description"] or "").strip() or None
        if r["description"] is None:
            excluded[r["source"]]["no_description"] += 1
        elif r["date"] is None:
            excluded[r["source"]]["no_date"] += 1
        else:
            r["split"] = split_of(r["date"])
            kept.append(r)
    # no death on both sides: a DEV row sharing its text or an id with a held-out row goes
    held_keys = set()
    for r in kept:
        if r["split"] == "heldout":
            held_keys.add(("text", r["description"]))
            held_keys.update((k, r[k]) for k in ("fe_id", "wapo_id", "mpv_id") if r[k])
    final = []
    for r in kept:
        keys = {("text", r["description"])} | {(k, r[k]) for k in ("fe_id", "wapo_id", "mpv_id") if r[k]}
        if r["split"] == "dev" and keys & held_keys:
            excluded[r["source"]]["linked_to_heldout"] += 1
            continue
        final.append(r)
    df = pd.DataFrame(final, columns=[*GOLD_COLUMNS, "split"], dtype=object)
    df = annotate(df)
    df.attrs["excluded"] = {s: dict(c) for s, c in excluded.items()}
    df.attrs["origin"] = origin
    df.attrs["read"] = {s: sum(1 for r in rows if r["source"] == s) for s in SOURCES}
    return df


def set_summary(df: pd.DataFrame) -> dict[str, Any]:
    """Rows per source and split, rows excluded, and rows stating each field."""
    out: dict[str, Any] = {"cutoff": CUTOFF.isoformat(), "origin": df.attrs.get("origin"),
                           "read": df.attrs.get("read"), "excluded": df.attrs.get("excluded"),
                           "rows": {}, "texts": {}, "stated": {}}
    for sp in SPLITS:
        sub = df[df["split"] == sp]
        out["rows"][sp] = {s: int((sub["source"] == s).sum()) for s in SOURCES} | {"all": len(sub)}
        out["texts"][sp] = int(sub["text_id"].nunique())
        out["stated"][sp] = {
            s: {c[3:]: int(sub.loc[sub["source"] == s, c].sum()) for c in STATES_COLUMNS}
            for s in SOURCES} | {"all": {c[3:]: int(sub[c].sum()) for c in STATES_COLUMNS}}
    return out


# ----------------------------------------------------------------------------
# Negatives (hand-written fixtures)
# ----------------------------------------------------------------------------

def load_negatives(folder: str | Path | None = None) -> list[dict[str, Any]]:
    """Hand-written negative texts: `<name>.txt` with a `<name>.yaml` sidecar giving
    kind, published date and expected victims (usually none)."""
    folder = Path(folder) if folder is not None else NEGATIVES_DIR
    out = []
    for txt in sorted(folder.glob("*.txt")):
        side = txt.with_suffix(".yaml")
        meta = yaml.safe_load(side.read_text("utf-8")) if side.exists() else {}
        meta = meta or {}
        pub = meta.get("published")
        if isinstance(pub, str):
            pub = dt.date.fromisoformat(pub)
        out.append({"id": txt.stem, "text": txt.read_text("utf-8").strip(), "title": meta.get("title"),
                    "published": pub, "kind": meta.get("kind", "negative"),
                    "expected_victims": [v["name"] if isinstance(v, dict) else v
                                         for v in (meta.get("expected_victims") or [])]})
    return out


# ----------------------------------------------------------------------------
# Running the extractor
# ----------------------------------------------------------------------------

Extractor = Callable[[Article], list]
_VICTIM_FIELDS = ("name", "age", "gender", "race", "date", "date_from", "date_to", "city", "state",
                  "agency", "causes", "armed", "flee", "body_camera")


def _compact(v: Any) -> dict[str, Any]:
    """The scored fields of one extracted victim (a Victim or a dict)."""
    get = v.get if isinstance(v, Mapping) else (lambda k, _v=v: getattr(_v, k, None))
    out = {k: get(k) for k in _VICTIM_FIELDS}
    for k in ("date", "date_from", "date_to"):
        if isinstance(out[k], str):
            with contextlib.suppress(ValueError):
                out[k] = dt.date.fromisoformat(out[k][:10])
        elif isinstance(out[k], dt.datetime):
            out[k] = out[k].date()
    out["race"] = list(out["race"] or [])
    out["causes"] = list(out["causes"] or [])
    return out


def _default_extractor() -> Extractor:
    from .extract import extract  # lazily: the extractor may not exist yet

    return extract


_WORKER: Extractor | None = None


def _init_worker(extractor: Extractor | None) -> None:
    global _WORKER
    _WORKER = extractor or _default_extractor()


def _run_one(args: tuple[str, str | None, dt.date | None, str]) -> tuple[list[dict] | None, str | None]:
    text, title, published, origin = args
    try:
        victims = _WORKER(Article(text=text, title=title, published=published, origin=origin))
        return [_compact(v) for v in (victims or [])], None
    except Exception as exc:  # noqa: BLE001 - one bad text must not stop the evaluation
        return None, type(exc).__name__


def run_extractor(items: Sequence[tuple[str, str | None, dt.date | None, str]],
                  extractor: Extractor | None = None, jobs: int = 1
                  ) -> tuple[list[list[dict]], dict[str, Any]]:
    """Victims (compact dicts) per item (text, title, published, origin), and timing/errors.
    An exception on one text counts as an error and as no victims."""
    t0 = time.perf_counter()
    errors: Counter = Counter()
    jobs = max(1, int(jobs or 1))
    if jobs > 1 and len(items) >= 64 and "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker,
                                 initargs=(extractor,)) as ex:
            raw = list(ex.map(_run_one, items, chunksize=max(8, len(items) // (jobs * 16))))
    else:
        _init_worker(extractor)
        raw = [_run_one(it) for it in items]
    out = []
    for victims, err in raw:
        if err:
            errors[err] += 1
        out.append(victims or [])
    secs = time.perf_counter() - t0
    return out, {"texts": len(items), "seconds": round(secs, 2),
                 "texts_per_second": round(len(items) / secs, 1) if secs > 0 else None,
                 "jobs": jobs, "errors": dict(errors)}


# ----------------------------------------------------------------------------
# Scoring
# ----------------------------------------------------------------------------

def _ratio(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def _m(k: int, n: int) -> dict[str, Any]:
    return {"n": int(n), "correct": int(k), "accuracy": _ratio(k, n)}


def _pick(victims: list[dict], name: str | None, last: str | None) -> int | None:
    """Index of the victim to score: the one whose name matches gold, else the first."""
    if not victims:
        return None
    if name:
        for i, v in enumerate(victims):
            if names_match(v["name"], name, last):
                return i
    return 0


def _agency_ok(extracted: str | None, gold: Sequence[str] | None) -> bool:
    if not extracted or not gold:
        return False
    from rapidfuzz import fuzz, utils

    return any(fuzz.token_set_ratio(extracted, g, processor=utils.default_process) >= AGENCY_MIN_RATIO
               for g in gold if g)


def field_results(r: Mapping[str, Any], v: dict | None, R: Rules | None = None) -> dict[str, bool]:
    """Right or wrong, per field, for the scored victim `v` (None: nothing extracted)."""
    if v is None:
        return dict.fromkeys(FIELDS, False)
    R = R or rules()
    d = r.get("date")
    rng = (v["date_from"] is not None and v["date_to"] is not None and d is not None
           and v["date_from"] <= d <= v["date_to"])
    city_ok = bool(r.get("city")) and R.norm_city(v["city"]) == R.norm_city(r.get("city"))
    state_ok = bool(r.get("state")) and (v["state"] or "").strip().upper() == r.get("state")
    gold_race = set(r.get("race") or ())
    return {
        "age": v["age"] is not None and r.get("age") is not None and int(v["age"]) == int(r["age"]),
        "gender": v["gender"] is not None and v["gender"] == r.get("gender"),
        "race": bool(gold_race & set(v["race"])),
        "date_exact": v["date"] is not None and v["date"] == d,
        "date_range": (v["date"] is not None and v["date"] == d) or rng,
        "city": city_ok,
        "state": state_ok,
        "city_state": city_ok and state_ok,
        "state_city_only": state_ok,
        "agency": _agency_ok(v["agency"], r.get("agencies")),
        "cause": r.get("cause") is not None and r["cause"] in v["causes"],
        "armed": v["armed"] is not None and v["armed"] == r.get("armed"),
        "flee": v["flee"] is not None and v["flee"] == r.get("flee"),
        "body_camera": v["body_camera"] is not None and v["body_camera"] == r.get("body_camera"),
    }


def _gold_value(r: Mapping[str, Any], key: str) -> Any:
    return {"age": r.get("age"), "gender": r.get("gender"), "race": r.get("race"),
            "date_exact": r.get("date"), "date_range": r.get("date"), "city": r.get("city"),
            "state": r.get("state"), "city_state": [r.get("city"), r.get("state")],
            "state_city_only": r.get("state"), "agency": r.get("agencies"), "cause": r.get("cause"),
            "armed": r.get("armed"), "flee": r.get("flee"), "body_camera": r.get("body_camera")}[key]


def _extracted_value(v: dict | None, key: str) -> Any:
    if v is None:
        return "(no victim)"
    return {"age": v["age"], "gender": v["gender"], "race": v["race"], "date_exact": v["date"],
            "date_range": [v["date"], v["date_from"], v["date_to"]], "city": v["city"],
            "state": v["state"], "city_state": [v["city"], v["state"]], "state_city_only": v["state"],
            "agency": v["agency"], "cause": v["causes"], "armed": v["armed"], "flee": v["flee"],
            "body_camera": v["body_camera"]}[key]


def _jsonable(x: Any) -> Any:
    if isinstance(x, dt.date):
        return x.isoformat()
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    return x


def _excerpt(text: str) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1] + "\u2026"


def _order_key(record_id: str) -> str:
    """A stable pseudo-random order (examples from all over the set, not the first rows)."""
    return hashlib.sha1(str(record_id).encode()).hexdigest()


def score_negatives(negatives: Sequence[Mapping[str, Any]], extractor: Extractor | None = None,
                    jobs: int = 1, examples: int = 0) -> dict[str, Any]:
    """Every victim returned from a negative text is false, except the expected (named)
    victims of the mixed texts."""
    items = [(n["text"], n.get("title"), n.get("published"), f"negative:{n['id']}") for n in negatives]
    victims, timing = run_extractor(items, extractor, jobs)
    returned = false = expected = found = 0
    texts_with_false = 0
    by_kind: dict[str, Counter] = defaultdict(Counter)
    failures = []
    for n, vs in zip(negatives, victims):
        exp = list(n.get("expected_victims") or [])
        expected += len(exp)
        bad = [v for v in vs if not any(names_match(v["name"], e) for e in exp)]
        hit = sum(1 for e in exp if any(names_match(v["name"], e) for v in vs))
        returned += len(vs)
        false += len(bad)
        found += hit
        texts_with_false += bool(bad)
        k = by_kind[n.get("kind", "negative")]
        k["texts"] += 1
        k["false_victims"] += len(bad)
        k["texts_with_false"] += bool(bad)
        if (bad or hit < len(exp)) and len(failures) < max(examples, 0):
            failures.append({"id": n["id"], "kind": n.get("kind"), "expected": exp,
                             "false_victims": [v["name"] or "(unnamed)" for v in bad],
                             "missed": [e for e in exp if not any(names_match(v["name"], e) for v in vs)]})
    out = {"texts": len(negatives), "victims_returned": returned, "false_victims": false,
           "texts_with_false_victims": texts_with_false, "expected_victims": expected,
           "expected_found": found, "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
           "extraction": timing}
    if examples:
        out["failures"] = failures
    return out


def score(df: pd.DataFrame, extractor: Extractor | None = None, *, negatives: Any = None,
          jobs: int = 1, examples: int = 0) -> dict[str, Any]:
    """Metrics of `extractor` (default: forcewatch.news.extract.extract) on the rows of `df`.

    `df`: rows of :func:`build_set` (or a hand-made frame with gold columns and
    `description`; missing columns are completed by :func:`annotate`).
    `negatives`: a list from :func:`load_negatives`, or None for none.
    `examples`: error examples per field, drawn ONLY from rows whose split is "dev".
    """
    if not set(STATES_COLUMNS) <= set(df.columns) or "text_id" not in df.columns:
        df = annotate(df)
    R = rules()
    records = df.to_dict("records")
    # one extractor call per distinct text
    texts: dict[int, dict[str, Any]] = {}
    for r in records:
        texts.setdefault(r["text_id"], r)
    order = sorted(texts)
    items = [(texts[i]["description"], None, texts[i]["published"], str(texts[i]["record_id"]))
             for i in order]
    results, timing = run_extractor(items, extractor, jobs)
    victims_of = dict(zip(order, results))

    # gold people of each text (a text may tell several deaths: each row is one of them)
    gold_of: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    for r in records:
        if r["name"] and not r["name_withheld"]:
            gold_of[r["text_id"]].append((r["name"], r["last_name"]))
    picks_of: dict[int, set[int]] = defaultdict(set)

    per_row = []
    for r in records:
        vs = victims_of[r["text_id"]]
        named = bool(r["name"]) and not r["name_withheld"]
        i = _pick(vs, r["name"] if named else None, r["last_name"])
        if i is not None:
            picks_of[r["text_id"]].add(i)
        v = vs[i] if i is not None else None
        right = named and any(names_match(x["name"], r["name"], r["last_name"]) for x in vs)
        per_row.append((r, v, bool(vs), right, field_results(r, v, R)))

    def metrics(sel: Callable[[Mapping[str, Any]], bool]) -> dict[str, Any]:
        rows = [p for p in per_row if sel(p[0])]
        m: dict[str, Any] = {"rows": len(rows)}
        m["detection"] = _m(sum(p[2] for p in rows), len(rows))
        dstated = [p for p in rows if p[0]["st_death"]]
        m["detection_death_stated"] = _m(sum(p[2] for p in dstated), len(dstated))
        pstated = [p for p in rows if p[0]["st_police_death"]]
        m["detection_police_death_stated"] = _m(sum(p[2] for p in pstated), len(pstated))
        nstated = [p for p in rows if p[0]["st_name"]]
        m["right_victim"] = _m(sum(p[3] for p in nstated), len(nstated))
        for key, (_label, col) in FIELDS.items():
            st = [p for p in rows if p[0][col]]
            m[key] = _m(sum(p[4][key] for p in st), len(st))
        # false victims, per distinct text of the selection
        tids = sorted({p[0]["text_id"] for p in rows})
        returned = named_false = extras = 0
        for t in tids:
            vs = victims_of[t]
            gold = gold_of.get(t, [])
            returned += len(vs)
            extras += sum(1 for j in range(len(vs)) if j not in picks_of[t])
            if gold:
                named_false += sum(1 for v in vs if v["name"]
                                   and not any(names_match(v["name"], g, gl) for g, gl in gold))
        m["texts"] = len(tids)
        m["victims_returned"] = returned
        m["false_victims_named"] = {"count": named_false, "rate": _ratio(named_false, returned)}
        m["extra_victims"] = {"count": extras, "rate": _ratio(extras, returned)}
        return m

    out: dict[str, Any] = {"metrics": {s: metrics(lambda r, s=s: r["source"] == s) for s in SOURCES}}
    out["metrics"]["all"] = metrics(lambda r: True)
    out["extraction"] = timing

    neg = None
    if negatives:
        neg = score_negatives(negatives, extractor, jobs, examples)
        out["negatives"] = neg
    a = out["metrics"]["all"]
    fv = a["false_victims_named"]["count"] + (neg["false_victims"] if neg else 0)
    ret = a["victims_returned"] + (neg["victims_returned"] if neg else 0)
    out["false_victims"] = {"false": fv, "returned": ret, "rate": _ratio(fv, ret),
                            "positives_named_false": a["false_victims_named"]["count"],
                            "negatives_false": neg["false_victims"] if neg else None}
    out["bars"] = check_bars(out)

    if examples > 0:
        out["examples"] = _examples(per_row, victims_of, gold_of, examples)
    return out


def check_bars(res: Mapping[str, Any]) -> list[dict[str, Any]]:
    a = res["metrics"]["all"]
    bars = []
    for key, label, metric, op, thr in BARS:
        val = res["false_victims"]["rate"] if metric == "false_victim_rate" else a[metric]["accuracy"]
        if val is None:
            ok = None
        else:
            ok = val >= thr if op == ">=" else val < thr
        bars.append({"bar": key, "label": label, "value": val, "op": op, "threshold": thr, "pass": ok})
    return bars


def _examples(per_row: list, victims_of: dict, gold_of: dict, k: int) -> dict[str, list]:
    """A few errors per field, from DEV rows only (held-out rows are never shown)."""
    dev = sorted((p for p in per_row if p[0].get("split") == "dev"), key=lambda p: _order_key(p[0]["record_id"]))
    ex: dict[str, list] = {}

    def item(r, extra):
        return _jsonable({"record_id": r["record_id"], "text": _excerpt(r["description"]), **extra})

    ex["missed"] = [item(p[0], {"gold_name": p[0]["name"]}) for p in dev if not p[2]][:k]
    ex["wrong_victim"] = [item(p[0], {"gold_name": p[0]["name"],
                                      "extracted_names": [v["name"] for v in victims_of[p[0]["text_id"]]]})
                          for p in dev if p[2] and p[0]["st_name"] and not p[3]][:k]
    for key, (_label, col) in FIELDS.items():
        ex[key] = [item(p[0], {"gold": _gold_value(p[0], key), "extracted": _extracted_value(p[1], key)})
                   for p in dev if p[0][col] and not p[4][key]][:k]
    seen: set[int] = set()
    fv = []
    for p in dev:
        t = p[0]["text_id"]
        if t in seen or not gold_of.get(t):
            continue
        seen.add(t)
        bad = [v["name"] for v in victims_of[t]
               if v["name"] and not any(names_match(v["name"], g, gl) for g, gl in gold_of[t])]
        if bad:
            fv.append(item(p[0], {"gold_names": [g for g, _ in gold_of[t]], "false_victims": bad}))
        if len(fv) >= k:
            break
    ex["false_victims"] = fv
    return ex


# ----------------------------------------------------------------------------
# Reporting
# ----------------------------------------------------------------------------

ROW_LABELS = (("detection", "victims detected (all rows)"),
              ("detection_death_stated", "victims detected (text says a death)"),
              ("detection_police_death_stated", "victims detected (text says a death and police)"),
              ("right_victim", "right victim named (text names them)"),
              *((k, v[0]) for k, v in FIELDS.items()))


def _cell(m: Mapping[str, Any] | None) -> str:
    if not m or not m.get("n"):
        return "-"
    return f"{m['accuracy']:.1%} ({m['n']:,})"


def print_table(res: Mapping[str, Any], split: str, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    bars = {b["bar"]: b for b in res["bars"]}
    bar_of = {"detection": "detection", "age": "age", "cause": "cause", "city": "city", "state": "state"}
    t = Table(title=f"News extraction, {split} split (accuracy, rows scored)")
    t.add_column("metric")
    for c in ("MPV", "KSR", "all"):
        t.add_column(c, justify="right")
    t.add_column("bar", justify="right")
    t.add_column("pass")
    m = res["metrics"]
    t.add_row("rows (distinct texts)", *(f"{m[s]['rows']:,} ({m[s]['texts']:,})" for s in (*SOURCES, "all")),
              "", "")
    for key, label in ROW_LABELS:
        b = bars.get(bar_of.get(key, ""))
        t.add_row(label, *(_cell(m[s][key]) for s in (*SOURCES, "all")),
                  f"{b['op']} {b['threshold']:.0%}" if b else "", _pass(b))
    for key, label in (("false_victims_named", "named false victims on positives"),
                       ("extra_victims", "all extra victims on positives")):
        t.add_row(label, *(f"{m[s][key]['count']:,} / {m[s]['victims_returned']:,}" for s in (*SOURCES, "all")),
                  "", "")
    neg = res.get("negatives")
    if neg:
        t.add_row("false victims on negatives (texts with any)", "", "",
                  f"{neg['false_victims']} ({neg['texts_with_false_victims']}/{neg['texts']} texts)", "", "")
        t.add_row("expected victims found in mixed negatives", "", "",
                  f"{neg['expected_found']} / {neg['expected_victims']}", "", "")
    fv = res["false_victims"]
    b = bars.get("false_victims")
    rate = "-" if fv["rate"] is None else f"{fv['rate']:.2%}"
    t.add_row("false victims / victims returned", "", "", f"{rate} ({fv['false']}/{fv['returned']})",
              f"< {b['threshold']:.0%}", _pass(b))
    console.print(t)
    e = res["extraction"]
    console.print(f"extractor: {e['texts']:,} texts in {e['seconds']} s "
                  f"({e['texts_per_second']} texts/s, {e['jobs']} job(s)); errors: {e['errors'] or 'none'}")


def _pass(b: Mapping[str, Any] | None) -> str:
    if not b:
        return ""
    return {True: "[green]pass[/]", False: "[red]FAIL[/]", None: "-"}[b["pass"]]


def print_examples(ex: Mapping[str, list], console=None) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = console or Console()
    for key, items in ex.items():
        if not items:
            continue
        console.rule(f"DEV errors: {key}")
        for it in items:
            extra = {k: v for k, v in it.items() if k not in ("text", "record_id")}
            console.print(f"[bold]{escape(str(it['record_id']))}[/] {escape(json.dumps(extra, default=str))}",
                          highlight=False)
            console.print(f"  {it['text']}", markup=False, highlight=False)


def run(split: str = "heldout", out: str | Path | None = None, mirror: str | Path | None = None,
        store: str | Path | None = None, examples: int = 0, *, jobs: int = 1,
        extractor: Extractor | None = None, negatives: Any = "default", quiet: bool = False,
        data: pd.DataFrame | None = None) -> dict[str, Any]:
    """Evaluate on `split` ("dev", "heldout" or "all"), print the table, write JSON to `out`.

    The set is read from `store` if given, else built from `mirror` (default mirror if
    neither).  `examples` error examples per field are shown for DEV only, never for the
    held-out split.  `negatives`: "default" (tests/fixtures/news/eval_negatives), a
    folder, a list from load_negatives, or None.
    """
    if split not in (*SPLITS, "all"):
        raise ValueError(f"split must be dev, heldout or all, not {split!r}")
    from rich.console import Console

    console = Console(quiet=quiet)
    if not console.is_terminal:
        console.width = max(console.width, 132)
    df = data if data is not None else build_set(store if store is not None else mirror)
    if isinstance(negatives, str) and negatives == "default":
        negs = load_negatives() if NEGATIVES_DIR.is_dir() else []
    elif isinstance(negatives, (str, Path)):
        negs = load_negatives(negatives)
    else:
        negs = list(negatives or [])
    result: dict[str, Any] = {"generated": dt.datetime.now().isoformat(timespec="seconds"),
                              "set": set_summary(df), "splits": {}}
    for sp in (SPLITS if split == "all" else (split,)):
        k = examples if sp == "dev" else 0
        if sp == "heldout" and examples:
            console.print("[yellow]examples are shown for the dev split only; held-out: aggregates only[/]")
        res = score(df[df["split"] == sp], extractor, negatives=negs, jobs=jobs, examples=k)
        result["splits"][sp] = res
        print_table(res, sp, console)
        if k and res.get("examples"):
            print_examples(res["examples"], console)
            neg_fail = (res.get("negatives") or {}).get("failures")
            if neg_fail:
                console.rule("negatives with false or missed victims (hand-written texts)")
                for f in neg_fail:
                    console.print(json.dumps(f), markup=False, highlight=False)
    if out:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(_jsonable(result), indent=1, default=str) + "\n", "utf-8")
        console.print(f"written {out}")
    return result


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m forcewatch.news.evaluate",
                                description="Evaluate news extraction on MPV / KSR descriptions "
                                            "(see docs/news-evaluation.md).")
    p.add_argument("--split", choices=[*SPLITS, "all"], default="heldout")
    p.add_argument("--out", type=Path, help="write the metrics as JSON here")
    p.add_argument("--mirror", type=Path, help="data folder (default: FORCEWATCH_MIRROR, else ../shared/data)")
    p.add_argument("--store", type=Path, help="read the set from this built store instead of building one")
    p.add_argument("--examples", type=int, default=0, help="error examples per field (dev split only)")
    p.add_argument("--jobs", type=int, default=1, help="extractor processes (default 1)")
    p.add_argument("--negatives", type=Path, help="folder of negative texts (default: the fixtures)")
    p.add_argument("--check", action="store_true", help="exit 1 when a held-out bar fails")
    a = p.parse_args(argv)
    res = run(a.split, a.out, a.mirror, a.store, a.examples, jobs=a.jobs,
              negatives=a.negatives if a.negatives else "default")
    held = res["splits"].get("heldout", {}).get("bars", [])
    return 1 if a.check and any(b["pass"] is False for b in held) else 0


if __name__ == "__main__":
    sys.exit(main())
