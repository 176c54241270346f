"""Is a victim found in the news already in the store? known / new / conflict.

`match(con, victim, article)` looks for the records of the same death in
``records_latest`` (every source's newest snapshot, confirmed ``news`` records
included), then compares every field both sides state, against each matched
record of every snapshot.

* **known**: matched, and no field the article states differs from a matched record;
* **conflict**: matched, and at least one field differs (each difference is listed with
  both values, the record and the article's sentences);
* **new**: nothing in the store fits.

Every match says how it was made (``rule``, ``confidence``, ``score`` and, per record,
the name similarity and the day distance): the rules, strongest first:

=========================  ==========  ===========================================================
rule                       confidence  what must hold
=========================  ==========  ===========================================================
``name+date``              high        full-name similarity >= 0.85 and the record's date within the
                                       article's date range (+-3 days) or, when the article gives no
                                       date, within 60 days before its publication
``name+place``             medium      full-name similarity >= 0.92, same state (or city), age +-1;
                                       the article states no date (the record dated in the 3 years
                                       before publication) or its date is at most 31 days off
``surname+date+place``     medium      a surname-only mention equal to the record's surname, date as
                                       for ``name+date``, same city or state, age +-1
``unnamed:date+city+age``  low         the victim or the record has no name: date as for
                                       ``name+date``, same city, age +-1, gender equal when both say;
                                       when several deaths fit, nothing is matched (ambiguous)
=========================  ==========  ===========================================================

Names are compared with rapidfuzz (token sort/set ratios on lower-case, accent-free
names without suffixes; a nickname table maps Tony -> Anthony).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
import unicodedata
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

import duckdb
from rapidfuzz import fuzz

from .model import jsonable

if TYPE_CHECKING:
    from .model import Article, Victim

#: days of tolerance around the article's date range when retrieving records (injury vs death
#: date, a weekday resolved a day off); a date outside the range itself is still a conflict
DATE_SLACK_DAYS = 3
#: when the article gives no date: the incident is looked for this many days before publication
PUBLISHED_LOOKBACK_DAYS = 60
#: ... and up to this many days after (time zones, late publication dates)
PUBLISHED_AHEAD_DAYS = 1
#: name+place: how far (days) a record may lie outside the article's stated range
NAME_PLACE_MAX_DAYS = 31
#: name+place when the article states no date: the record at most this long before publication
#: (trials and anniversaries come later; an older namesake in the same state is someone else)
NAME_PLACE_LOOKBACK_DAYS = 3 * 365
NAME_MIN = 0.85          # name+date
NAME_PLACE_MIN = 0.92    # name+place
AGE_TOLERANCE = 1
#: records of these sources list each death once: two of them are two people
DUPLICATE_FREE = ("wapo", "guardian")

RULES = {"name+date": "high", "name+place": "medium", "surname+date+place": "medium",
         "unnamed:date+city+age": "low"}
_RULE_RANK = {r: i for i, r in enumerate(RULES)}

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
_NO_NAME = {"", "unknown", "unidentified", "name withheld", "withheld", "none", "john doe", "jane doe"}
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
#: values that say nothing: never a conflict
_UNINFORMATIVE = {None, "", "unknown", "undetermined"}
_RACE_PARTS = {"asian_pacific_islander": {"asian", "pacific_islander", "asian_pacific_islander"}}

_RECORD_COLUMNS = ("record_id", "source", "snapshot", "source_id", "name", "first_name", "last_name",
                   "name_withheld", "age", "gender", "race", "date", "city", "state", "causes", "cause",
                   "armed", "flee", "body_camera")


@dataclass
class Match:
    """The store's answer for one victim."""

    status: str                                   # known | new | conflict
    record_ids: list[str] = field(default_factory=list)   # every matched record, all sources and snapshots
    death_id: str | None = None                   # when `forcewatch link` has run
    score: float = 0.0                            # 0..1, for ranking (0 when new)
    conflicts: list[dict] = field(default_factory=list)   # {field, article_value, record_value, record_id,
    #                                                        source, snapshot, sentences}
    rule: str | None = None                       # how the match was made (see module docstring)
    confidence: str | None = None                 # high | medium | low
    records: list[dict] = field(default_factory=list)     # per matched record: identity, how it matched, conflicts
    alternatives: list[dict] = field(default_factory=list)  # other records that fit, not taken
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return jsonable(asdict(self))


# --- names -------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=65536)
def fold_name(text: str | None) -> str | None:
    """'José-Luis O'Neil Jr.' -> 'jose luis oneil'; no-name words -> None."""
    if not text:
        return None
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("-", " ").replace("'", "").replace("\u2019", "")
    t = _SPACE.sub(" ", _PUNCT.sub(" ", t)).strip()
    t = " ".join(w for w in t.split() if w not in _SUFFIXES)
    return None if t in _NO_NAME else t


@functools.cache
def _nicknames() -> dict[str, str]:
    text = resources.files("forcewatch.data").joinpath("nicknames.csv").read_text("utf-8")
    return {r["nickname"]: r["name"] for r in csv.DictReader(io.StringIO(text))}


def name_similarity(a: str | None, b: str | None) -> float:
    """0..1 similarity of two full names (folded): token sort ratio; token set ratio when both
    have first and last names (middle names); 1.0 when first (up to a nickname) and last agree."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return 0.0
    ta, tb = fa.split(), fb.split()
    best = fuzz.token_sort_ratio(fa, fb)
    if len(ta) >= 2 and len(tb) >= 2:
        nick = _nicknames()
        if ta[-1] == tb[-1] and nick.get(ta[0], ta[0]) == nick.get(tb[0], tb[0]):
            return 1.0
        if ta[-1] == tb[-1] or ta[0] == tb[0]:  # a middle name on one side only
            best = max(best, fuzz.token_set_ratio(fa, fb))
    return round(best / 100, 3)


def _fold_city(city: str | None) -> str | None:
    c = fold_name(city) if city else None
    if not c:
        return None
    c = re.sub(r"^(city of|town of|village of) ", "", c)
    c = re.sub(r" (city|town|village|township)$", "", c) if c not in ("new york city",) else "new york"
    return re.sub(r"^(st|ste) ", "saint ", c)


# --- the victim's date window ----------------------------------------------------------------------

def date_window(victim: Victim, article: Article | None = None) -> tuple[dt.date | None, dt.date | None, str]:
    """(from, to, how): the victim's stated date or range ('stated'), else the days before the
    article's publication ('published'), else (None, None, 'none')."""
    if victim.date:
        return victim.date, victim.date, "stated"
    lo, hi = victim.date_from, victim.date_to
    if lo or hi:
        return lo or hi, hi or lo, "stated"
    pub = article.published if article is not None else None
    if pub:
        return (pub - dt.timedelta(days=PUBLISHED_LOOKBACK_DAYS),
                pub + dt.timedelta(days=PUBLISHED_AHEAD_DAYS), "published")
    return None, None, "none"


def _days_outside(d: dt.date | None, lo: dt.date | None, hi: dt.date | None) -> int | None:
    if d is None or lo is None or hi is None:
        return None
    if d < lo:
        return (lo - d).days
    if d > hi:
        return (d - hi).days
    return 0


# --- retrieval ---------------------------------------------------------------------------------

def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]).fetchone()[0])


def _fetch(con: duckdb.DuckDBPyConnection, where: str, params: list, table: str = "records_latest"
           ) -> list[dict]:
    cols = ", ".join(f'"{c}"' for c in _RECORD_COLUMNS)
    cur = con.execute(f"SELECT {cols} FROM {table} WHERE {where} ORDER BY record_id", params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _candidates(con: duckdb.DuckDBPyConnection, victim: Victim, lo: dt.date | None, hi: dt.date | None
                ) -> list[dict]:
    found: dict[str, dict] = {}
    name = fold_name(victim.name)
    if name:
        tokens = [t for t in name.split() if len(t) > 1]
        conds = ["jaro_winkler_similarity(lower(strip_accents(name)), ?) >= 0.85"]
        params: list[Any] = [name]
        if tokens:
            conds.append("list_has_any(string_split(regexp_replace(lower(strip_accents(last_name)), "
                         "'[^a-z ]', ' ', 'g'), ' '), ?::VARCHAR[])")
            params.append(tokens)
        for r in _fetch(con, f"name IS NOT NULL AND ({' OR '.join(conds)})", params):
            found[r["record_id"]] = r
    if lo is not None and hi is not None:
        a, b = lo - dt.timedelta(days=DATE_SLACK_DAYS), hi + dt.timedelta(days=DATE_SLACK_DAYS)
        city = victim.city.lower().strip() if victim.city else None
        for r in _fetch(con, "date BETWEEN ? AND ? AND (lower(trim(city)) = ? OR (? IS NOT NULL AND state = ?))",
                        [a, b, city, victim.state, victim.state]):
            found.setdefault(r["record_id"], r)
    return list(found.values())


# --- rules -------------------------------------------------------------------------------------

def _age_ok(victim: Victim, rec: dict) -> bool | None:
    if victim.age is None or rec["age"] is None:
        return None
    return abs(int(victim.age) - int(rec["age"])) <= AGE_TOLERANCE


def _place(victim: Victim, rec: dict) -> tuple[bool | None, bool | None]:
    """(same city, same state): None when either side does not say."""
    vc, rc = _fold_city(victim.city), _fold_city(rec["city"])
    city = None if not vc or not rc else vc == rc
    state = None if not victim.state or not rec["state"] else victim.state.upper() == rec["state"].upper()
    return city, state


def _rule(victim: Victim, rec: dict, window: tuple[dt.date | None, dt.date | None, str],
          published: dt.date | None) -> tuple[str, float, dict] | None:
    """The strongest rule that matches `rec`, its score and the evidence, or None."""
    lo, hi, how = window
    off = _days_outside(rec["date"], lo, hi)
    date_ok = off is not None and off <= (DATE_SLACK_DAYS if how == "stated" else 0)
    city, state = _place(victim, rec)
    place_ok = (city is not False and state is not False) and (city or state)
    age_ok = _age_ok(victim, rec)
    vname = fold_name(victim.name)
    rname = None if rec.get("name_withheld") else fold_name(rec["name"])
    sim = name_similarity(vname, rname) if vname and rname else 0.0
    ev = {"name_similarity": sim, "days_outside_range": off, "date_window": how,
          "same_city": city, "same_state": state, "age_within_1": age_ok}
    # the shared score: name half, date, place, age and gender the rest (a ranking, not a probability)
    gender = None if not victim.gender or not rec["gender"] else victim.gender == rec["gender"]
    score = (0.5 * sim + 0.2 * (1.0 if date_ok else 0.5 if off is None else max(0.0, 1 - off / 60))
             + 0.15 * (1.0 if place_ok else 0.0) + 0.1 * (1.0 if age_ok else 0.5 if age_ok is None else 0.0)
             + 0.05 * (1.0 if gender else 0.5 if gender is None else 0.0))
    score = round(score, 3)
    if vname and len(vname.split()) >= 2 and rname:
        if sim >= NAME_MIN and date_ok:
            return "name+date", score, ev
        if sim >= NAME_PLACE_MIN and place_ok and age_ok is not False:
            if how == "stated" and off is not None and off <= NAME_PLACE_MAX_DAYS:
                return "name+place", score, ev
            if how != "stated" and (published is None or rec["date"] is None or (
                    published - dt.timedelta(days=NAME_PLACE_LOOKBACK_DAYS) <= rec["date"]
                    <= published + dt.timedelta(days=PUBLISHED_AHEAD_DAYS))):
                return "name+place", score, ev
        return None
    if vname and rname:  # a surname-only mention
        rlast = fold_name(rec["last_name"]) or rname.split()[-1]
        if vname in (rlast, *rlast.split()) and date_ok and place_ok and age_ok is not False:
            return "surname+date+place", round(score + 0.4, 3), ev  # the surname counts as the name
        return None
    # the victim or the record has no name
    if date_ok and city and state is not False and age_ok and gender is not False:
        return "unnamed:date+city+age", score, ev
    return None


# --- comparing fields -------------------------------------------------------------------------

def _sentences(victim: Victim, *fields: str) -> list[str]:
    out: list[str] = []
    for f in fields:
        ev = victim.evidence.get(f)
        if ev is not None:
            out += [s for s in ev.sentences if s not in out]
    return out


def _races(values: list[str] | None) -> set[str]:
    out: set[str] = set()
    for v in values or []:
        if v and v not in _UNINFORMATIVE:
            out |= _RACE_PARTS.get(v, {v})
    return out


def compare(victim: Victim, rec: dict, article: Article | None = None) -> list[dict]:
    """The fields the victim and the record both state and that differ."""
    out: list[dict] = []

    def add(name: str, article_value: Any, record_value: Any, *evidence: str) -> None:
        out.append({"field": name, "article_value": jsonable(article_value),
                    "record_value": jsonable(record_value), "record_id": rec["record_id"],
                    "source": rec["source"], "snapshot": rec["snapshot"],
                    "sentences": _sentences(victim, *(evidence or (name,)))})

    if victim.age is not None and rec["age"] is not None and abs(int(victim.age) - int(rec["age"])) > AGE_TOLERANCE:
        add("age", victim.age, rec["age"])
    if victim.gender and rec["gender"] and victim.gender not in _UNINFORMATIVE \
            and rec["gender"] not in _UNINFORMATIVE and victim.gender != rec["gender"]:
        add("gender", victim.gender, rec["gender"])
    vr, rr = _races(victim.race), _races(rec["race"])
    if vr and rr and not vr & rr:
        add("race", sorted(victim.race), sorted(rec["race"] or []))
    city, state = _place(victim, rec)
    if city is False:
        add("city", victim.city, rec["city"])
    if state is False:
        add("state", victim.state, rec["state"])
    lo, hi, how = date_window(victim, article)
    if how == "stated" and rec["date"] is not None and _days_outside(rec["date"], lo, hi):
        value = lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"
        add("date", value, rec["date"], "date", "date_from", "date_to")
    vc = {c for c in victim.causes if c not in _UNINFORMATIVE}
    rc = {c for c in (rec["causes"] or ([rec["cause"]] if rec["cause"] else [])) if c not in _UNINFORMATIVE}
    if vc and rc and not vc & rc:
        add("cause", sorted(vc), sorted(rc), "causes", "cause")
    for f in ("armed", "flee"):
        v, r = getattr(victim, f), rec[f]
        if v not in _UNINFORMATIVE and r not in _UNINFORMATIVE and v != r:
            add(f, v, r, f, f"{f}_claims")
    if victim.body_camera is not None and rec["body_camera"] is not None \
            and bool(victim.body_camera) != bool(rec["body_camera"]):
        add("body_camera", victim.body_camera, rec["body_camera"], "body_camera", "video_released")
    return out


# --- the match ---------------------------------------------------------------------------------

def _identity(rec: dict) -> dict:
    return {k: jsonable(rec[k]) for k in ("record_id", "source", "snapshot", "source_id", "name", "age",
                                          "date", "city", "state")}


def _same_person(a: dict, b: dict) -> bool:
    """Could two fitting records be the same death? (different people otherwise)"""
    if a["source"] == b["source"] and a["source"] in DUPLICATE_FREE:
        return False
    if a["date"] and b["date"] and abs((a["date"] - b["date"]).days) > DATE_SLACK_DAYS:
        return False
    if a["state"] and b["state"] and a["state"] != b["state"]:
        return False
    na, nb = fold_name(a["name"]), fold_name(b["name"])
    return not (na and nb and name_similarity(na, nb) < NAME_MIN)


def match(con: duckdb.DuckDBPyConnection, victim: Victim, article: Article | None = None,
          exclude: Collection[str] = ()) -> Match:
    """Find `victim` in the store: see the module docstring for the rules. Records whose id is
    in `exclude` are not looked at (a confirmed candidate's own record)."""
    window = date_window(victim, article)
    published = article.published if article is not None else None
    hits = []
    for rec in _candidates(con, victim, window[0], window[1]):
        if rec["record_id"] in exclude:
            continue
        r = _rule(victim, rec, window, published)
        if r is not None:
            hits.append((rec, *r))
    if not hits:
        return Match("new", notes=_why_new(victim, window))
    hits.sort(key=lambda h: (_RULE_RANK[h[1]], -h[2], h[0]["record_id"]))
    best = hits[0]
    deaths = _deaths(con, [h[0]["record_id"] for h in hits])
    group, others = [best], []
    best_death = deaths.get(best[0]["record_id"])
    for h in hits[1:]:
        death = deaths.get(h[0]["record_id"])
        if death is not None and best_death is not None:  # linkage decides
            same = death == best_death
        else:
            same = all(_same_person(h[0], g[0]) for g in group)
        (group if same else others).append(h)
    alternatives = [{**_identity(h[0]), "rule": h[1], "score": h[2], **h[3]} for h in others]
    if best[1].startswith("unnamed") and others:
        return Match("new", alternatives=alternatives,
                     notes=[f"ambiguous: {len(hits)} records of more than one death fit on date, city and age "
                            "without a name; nothing matched (review the alternatives)"])
    death_id = best_death
    records = _expand(con, [h[0] for h in group], death_id)
    how = {h[0]["record_id"]: h for h in group}
    out_records, conflicts = [], []
    for rec in records:
        found = compare(victim, rec, article)
        conflicts += found
        h = how.get(rec["record_id"])
        out_records.append({**_identity(rec), "matched_by": h[1] if h else (
            "same death (clusters)" if rec.get("_via") == "death" else "same source id, older snapshot"),
            **(h[3] if h else {}), "conflicts": [c["field"] for c in found]})
    notes = []
    if best[1].startswith("unnamed"):
        notes.append("matched without a name (date, city, age, gender): low confidence, check the record")
    elif best[1] == "surname+date+place":
        notes.append("the article names only a surname: matched on surname, date and place")
    return Match("conflict" if conflicts else "known", [r["record_id"] for r in records], death_id,
                 best[2], conflicts, best[1], RULES[best[1]], out_records, alternatives, notes)


def _why_new(victim: Victim, window: tuple) -> list[str]:
    lo, hi, how = window
    span = f"{lo}..{hi} ({how})" if lo else "no date"
    who = victim.name or victim.descriptor or "an unnamed person"
    return [f"no record fits {who}; searched by name and by date {span} and place "
            f"{victim.city or '?'}, {victim.state or '?'}"]


def _deaths(con: duckdb.DuckDBPyConnection, record_ids: list[str]) -> dict[str, str]:
    if not record_ids or not _has_table(con, "clusters"):
        return {}
    return dict(con.execute("SELECT record_id, death_id FROM clusters WHERE list_contains(?, record_id)",
                            [record_ids]).fetchall())


def _expand(con: duckdb.DuckDBPyConnection, group: list[dict], death_id: str | None) -> list[dict]:
    """The matched records, their death's other records, and all their snapshots (by source id)."""
    recs = {r["record_id"]: r for r in group}
    if death_id is not None:
        for r in _fetch(con, "record_id IN (SELECT record_id FROM clusters WHERE death_id = ?)", [death_id]):
            recs.setdefault(r["record_id"], {**r, "_via": "death"})
    keys = sorted({(r["source"], r["source_id"]) for r in recs.values() if r["source_id"] is not None})
    for source, source_id in keys:
        for r in _fetch(con, "source = ? AND source_id = ?", [source, source_id], table="records"):
            recs.setdefault(r["record_id"], r)
    return sorted(recs.values(), key=lambda r: (r["source"], str(r["snapshot"]), r["record_id"]))
