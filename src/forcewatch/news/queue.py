"""The review queue: people found in the news wait here until a person decides.

Tables (DDL in ``store.AUX_DDL``; kept across rebuilds):

* ``news_articles`` -- each article read once (by ``Article.article_id``);
* ``news_candidates`` -- one row per person, with the extracted fields, the match
  against the store and the review ``status`` (new, confirmed, rejected, duplicate);
* ``news_candidate_articles`` -- which articles report the candidate, with the evidence
  sentences of each field;
* ``news_decisions`` -- every decision, with who and when (UTC);
* ``news_edits`` -- every field a reviewer corrected (`edit`), old and new value, who and when.

`add` is idempotent: the same article twice adds nothing, and a second article about
the same person (name, date range and place agree) attaches to the existing candidate
and fills its empty fields.  Nothing enters ``records`` until `decide` confirms it:
then the candidate becomes the record ``news/<candidate_id>`` of source ``news``,
snapshot ``review``; rejecting or reopening it removes that record again, and
`restore_records` puts confirmed records back after every ``forcewatch build``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Any, Iterator

import duckdb
import pandas as pd

from ..store import table_columns
from .match import DATE_SLACK_DAYS, Match, _fold_city, fold_name, match, name_similarity
from .model import jsonable

if TYPE_CHECKING:
    from .model import Article, Victim

SOURCE, SNAPSHOT, LAYOUT = "news", "review", "news"
DECISIONS = ("confirmed", "rejected", "duplicate", "new")
STATUSES = DECISIONS  # a candidate's status is its last decision ("new" until one is made)
LICENCE = ("facts reported by the news articles listed in `urls`, confirmed by a reviewer "
           "(see news_decisions); each article's own terms apply")
#: candidate columns filled from the victim (scalars first, then lists)
_SCALARS = ("name", "descriptor", "age", "gender", "date", "date_from", "date_to", "city", "state", "agency",
            "shots", "flee", "armed", "body_camera", "video_released", "hands_up")
_LISTS = ("race", "causes", "officer_names")
#: two articles' people are the same when their names are at least this similar
SAME_NAME_MIN = 0.9


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@contextlib.contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction, unless the caller already opened one."""
    try:
        con.execute("BEGIN TRANSACTION")
    except duckdb.TransactionException:
        yield
        return
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _loads(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) else v


# --- adding ------------------------------------------------------------------------------------

def _window(row: dict) -> tuple[dt.date | None, dt.date | None]:
    if row.get("date"):
        return row["date"], row["date"]
    lo, hi = row.get("date_from"), row.get("date_to")
    return (lo or hi, hi or lo)


def _same_person(cand: dict, v: dict) -> bool:
    """Is the victim `v` (a candidate-shaped dict) the person of candidate `cand`?"""
    (a0, a1), (b0, b1) = _window(cand), _window(v)
    slack = dt.timedelta(days=DATE_SLACK_DAYS)
    dates_known = a0 is not None and b0 is not None
    if dates_known and (a0 - slack > b1 or b0 - slack > a1):
        return False
    for f in ("state", "gender"):
        if cand.get(f) and v.get(f) and cand[f] != v[f]:
            return False
    ca, cb = _fold_city(cand.get("city")), _fold_city(v.get("city"))
    if ca and cb and ca != cb:
        return False
    if cand.get("age") is not None and v.get("age") is not None and abs(cand["age"] - v["age"]) > 1:
        return False
    na, nb = fold_name(cand.get("name")), fold_name(v.get("name"))
    if na and nb:
        if len(na.split()) == 1 or len(nb.split()) == 1:  # a surname-only mention
            return na.split()[-1] == nb.split()[-1] and (dates_known or bool(ca and cb))
        return name_similarity(na, nb) >= SAME_NAME_MIN
    # at least one side has no name: everything else must be stated and agree
    return dates_known and bool(ca and cb) and cand.get("age") is not None and v.get("age") is not None


def _victim_row(victim: Victim) -> dict:
    d = {f: getattr(victim, f) for f in _SCALARS}
    d.update({f: list(getattr(victim, f) or []) for f in _LISTS})
    return d


def _who(victim: Victim) -> str:
    """What tells this article's victims apart: the name, else what is said of them."""
    name = fold_name(victim.name)
    if name:
        return name
    return "|".join(str(x) for x in (victim.descriptor, victim.age, victim.gender, victim.city, victim.state,
                                     victim.date or victim.date_from)).lower()


def _candidate_id(article_id: str, who: str) -> str:
    """Deterministic: the same article read again gives the same ids."""
    return "nc-" + hashlib.sha256(f"{article_id}\n{who}".encode()).hexdigest()[:12]


def _store_article(con: duckdb.DuckDBPyConnection, article: Article) -> None:
    if not con.execute("SELECT count(*) FROM news_articles WHERE article_id = ?", [article.article_id]
                       ).fetchone()[0]:
        con.execute("INSERT INTO news_articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [article.article_id, article.url, article.title, article.published, article.origin,
                     article.kind, article.text, _now()])


def _url(article: Article) -> str | None:
    return article.url or (article.origin or None)


def add(con: duckdb.DuckDBPyConnection, article: Article, victims: list[Victim],
        matches: list[Match | None] | None = None) -> list[str]:
    """Store `article` and one candidate per victim (or attach the victim to the candidate of the
    same person); returns the candidate ids, one per victim.  Running it again adds nothing."""
    matches = list(matches or [])
    matches += [None] * (len(victims) - len(matches))
    out: list[str] = []
    with _transaction(con):
        _store_article(con, article)
        existing = _rows(con, "SELECT * FROM news_candidates ORDER BY created_at, candidate_id")
        linked = {cid for (cid,) in con.execute(
            "SELECT candidate_id FROM news_candidate_articles WHERE article_id = ?", [article.article_id]
        ).fetchall()}
        seen: dict[str, int] = {}
        for victim, m in zip(victims, matches):
            row = _victim_row(victim)
            who = _who(victim)
            seen[who] = seen.get(who, 0) + 1  # two unnamed victims described alike: #1, #2
            cid = _candidate_id(article.article_id, f"{who}#{seen[who]}")
            # the same article read before; else this article's own candidates, then everyone's
            hit = next((c for c in existing if c["candidate_id"] == cid), None)
            if hit is None:
                pool = sorted((c for c in existing if c["candidate_id"] not in out),
                              key=lambda c: c["candidate_id"] not in linked)
                hit = next((c for c in pool if _same_person(c, row)), None)
            if hit is not None and hit["status"] == "duplicate" and hit["duplicate_of"]:
                target = next((c for c in existing if c["candidate_id"] == hit["duplicate_of"]), None)
                hit = target or hit
            if hit is None:
                _insert_candidate(con, cid, article, victim, m)
                existing.append(_rows(con, "SELECT * FROM news_candidates WHERE candidate_id = ?", [cid])[0])
            else:
                cid = hit["candidate_id"]
                if cid not in linked:
                    _attach(con, hit, article, victim, m)
            if cid not in linked:
                con.execute("INSERT INTO news_candidate_articles VALUES (?, ?, ?, ?)",
                            [cid, article.article_id, _url(article), json.dumps(victim.to_dict()["evidence"])])
                linked.add(cid)
            out.append(cid)
    return out


def _match_columns(m: Match | None) -> list:
    if m is None:
        return [None, None, None, None]
    return [m.status, m.record_ids, m.death_id, json.dumps(m.conflicts)]


def _insert_candidate(con: duckdb.DuckDBPyConnection, cid: str, article: Article, victim: Victim,
                      m: Match | None) -> None:
    row = _victim_row(victim)
    extraction = {"articles": {article.article_id: victim.to_dict()},
                  "match": m.to_dict() if m is not None else None}
    now = _now()
    con.execute(
        "INSERT INTO news_candidates (candidate_id, name, descriptor, age, gender, race, date, date_from, "
        "date_to, city, state, agency, causes, shots, flee, armed, body_camera, video_released, hands_up, "
        "officer_names, extraction, match_status, matched_record_ids, matched_death_id, conflicts, status, "
        "duplicate_of, record_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [cid, row["name"], row["descriptor"], row["age"], row["gender"], row["race"], row["date"],
         row["date_from"], row["date_to"], row["city"], row["state"], row["agency"], row["causes"],
         row["shots"], row["flee"], row["armed"], row["body_camera"], row["video_released"], row["hands_up"],
         row["officer_names"], json.dumps(extraction), *_match_columns(m), "new", None, None, now, now])


def _attach(con: duckdb.DuckDBPyConnection, cand: dict, article: Article, victim: Victim,
            m: Match | None) -> None:
    """A second article about the candidate: fill its empty fields, keep the extraction, and
    match the merged candidate again when matching is on."""
    row = _victim_row(victim)
    sets, params = [], []
    edited = _edited_fields(con, cand["candidate_id"])  # a reviewer's correction stands
    for f in _SCALARS:
        if cand.get(f) is None and row[f] is not None and f not in edited:
            sets.append(f"{f} = ?")
            params.append(row[f])
            cand[f] = row[f]
    for f in _LISTS:
        if not cand.get(f) and row[f] and f not in edited:
            sets.append(f"{f} = ?")
            params.append(row[f])
            cand[f] = row[f]
    extraction = _loads(cand["extraction"]) or {"articles": {}}
    extraction.setdefault("articles", {})[article.article_id] = victim.to_dict()
    if m is not None:
        merged = to_victim(cand, extraction)
        m = match(con, merged, article, exclude=_own_record(cand))
        extraction["match"] = m.to_dict()
        sets += ["match_status = ?", "matched_record_ids = ?", "matched_death_id = ?", "conflicts = ?"]
        params += _match_columns(m)
    sets += ["extraction = ?", "updated_at = ?"]
    params += [json.dumps(extraction), _now()]
    con.execute(f"UPDATE news_candidates SET {', '.join(sets)} WHERE candidate_id = ?",
                [*params, cand["candidate_id"]])
    cand["extraction"] = json.dumps(extraction)


def _own_record(cand: dict) -> tuple[str, ...]:
    """The record a confirmed candidate wrote: never matched against the candidate itself."""
    return (record_id_of(cand["candidate_id"]),) if cand.get("status") == "confirmed" else ()


def to_victim(cand: dict, extraction: dict | None = None) -> Victim:
    """The candidate as a Victim (its fields, and the evidence of all its articles merged)."""
    from .model import Evidence, Victim

    v = Victim(**{f: cand.get(f) for f in _SCALARS}, **{f: list(cand.get(f) or []) for f in _LISTS})
    extraction = extraction if extraction is not None else (_loads(cand.get("extraction")) or {})
    for vd in (extraction.get("articles") or {}).values():
        for f, e in (vd.get("evidence") or {}).items():
            have = v.evidence.setdefault(f, Evidence(f, e.get("value"), [], e.get("claimed_by")))
            have.sentences += [s for s in e.get("sentences") or [] if s not in have.sentences]
    return v


# --- reading -----------------------------------------------------------------------------------

def list_candidates(con: duckdb.DuckDBPyConnection, status: str | None = None, limit: int | None = 100,
                    match_status: str | None = None, offset: int = 0) -> pd.DataFrame:
    """Candidates (newest first), optionally of one review `status` and/or `match_status`."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    if match_status is not None and match_status not in ("known", "new", "conflict"):
        raise ValueError(f"unknown match status {match_status!r}: use known, new or conflict")
    sql = """SELECT c.candidate_id, c.status, c.name, c.descriptor, c.age, c.gender, c.race,
                    coalesce(c.date::VARCHAR, c.date_from::VARCHAR || '..' || c.date_to::VARCHAR) AS date,
                    c.city, c.state, c.causes, c.armed, c.match_status, c.matched_record_ids,
                    count(a.article_id) AS articles, list(a.url ORDER BY a.url) AS urls,
                    c.record_id, c.created_at, c.updated_at
             FROM news_candidates c LEFT JOIN news_candidate_articles a USING (candidate_id)
             WHERE (?::VARCHAR IS NULL OR c.status = ?) AND (?::VARCHAR IS NULL OR c.match_status = ?)
             GROUP BY ALL ORDER BY c.created_at DESC, c.candidate_id"""
    if limit:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return con.execute(sql, [status, status, match_status, match_status]).df()


def _candidate(con: duckdb.DuckDBPyConnection, candidate_id: str) -> dict:
    rows = _rows(con, "SELECT * FROM news_candidates WHERE candidate_id = ?", [candidate_id])
    if not rows:
        raise ValueError(f"no candidate {candidate_id!r} in the review queue (see `forcewatch news queue`)")
    return rows[0]


def get(con: duckdb.DuckDBPyConnection, candidate_id: str) -> dict:
    """One candidate: its fields, its articles with their evidence, the evidence sentences per
    field, the match and its conflicts, and its decisions (JSON-able)."""
    cand = _candidate(con, candidate_id)
    extraction = _loads(cand.pop("extraction")) or {}
    conflicts = _loads(cand.pop("conflicts"))
    out = {k: jsonable(v) for k, v in cand.items()}
    articles = _rows(con, """SELECT a.article_id, a.url, n.title, n.published, n.origin, n.kind, a.evidence
                             FROM news_candidate_articles a LEFT JOIN news_articles n USING (article_id)
                             WHERE a.candidate_id = ? ORDER BY n.published, a.article_id""", [candidate_id])
    evidence: dict[str, list[dict]] = {}
    for a in articles:
        a["evidence"] = _loads(a["evidence"]) or {}
        a["published"] = jsonable(a["published"])
        for f, e in a["evidence"].items():
            evidence.setdefault(f, []).append({"article_id": a["article_id"], "url": a["url"],
                                               "value": e.get("value"), "sentences": e.get("sentences") or [],
                                               "claimed_by": e.get("claimed_by")})
    out["articles"] = articles
    out["evidence"] = evidence
    m = extraction.get("match") or {}
    out["match"] = {"status": cand["match_status"], "record_ids": cand["matched_record_ids"] or [],
                    "death_id": cand["matched_death_id"], "conflicts": conflicts or [],
                    **{k: m.get(k) for k in ("rule", "confidence", "score", "records", "alternatives", "notes")}}
    out["extraction"] = extraction.get("articles") or {}
    out["edits"] = [{k: (_loads(v) if k in ("old_value", "new_value") else jsonable(v)) for k, v in e.items()}
                    for e in _rows(con, "SELECT field, old_value, new_value, edited_by, edited_at, note FROM "
                                        "news_edits WHERE candidate_id = ? ORDER BY edited_at, field", [candidate_id])
                    ] if _has_edits(con) else []
    out["decisions"] = [{k: jsonable(v) for k, v in d.items()} for d in _rows(
        con, "SELECT decision, decided_by, decided_at, note, duplicate_of FROM news_decisions "
             "WHERE candidate_id = ? ORDER BY decided_at", [candidate_id])]
    return out


# --- deciding ----------------------------------------------------------------------------------

def decide(con: duckdb.DuckDBPyConnection, candidate_id: str, decision: str, decided_by: str,
           note: str | None = None, duplicate_of: str | None = None) -> None:
    """Record a person's decision on a candidate (logged in news_decisions with who and when).

    confirmed -> the candidate becomes the record ``news/<candidate_id>``; rejected, duplicate
    (of another candidate_id or a record_id) or new (reopen) -> no record."""
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}: use one of {', '.join(DECISIONS)}")
    if not decided_by or not decided_by.strip():
        raise ValueError("a decision needs the name of who decides (decided_by)")
    _candidate(con, candidate_id)
    if decision == "duplicate":
        if not duplicate_of:
            raise ValueError("a duplicate needs duplicate_of: another candidate_id or a record_id")
        if duplicate_of in (candidate_id, record_id_of(candidate_id)):
            raise ValueError("a candidate cannot be a duplicate of itself")
        known = con.execute("SELECT (SELECT count(*) FROM news_candidates WHERE candidate_id = ?) + "
                            "(SELECT count(*) FROM records WHERE record_id = ?)",
                            [duplicate_of, duplicate_of]).fetchone()[0]
        if not known:
            raise ValueError(f"duplicate_of {duplicate_of!r} is neither a candidate nor a record in the store")
    elif duplicate_of:
        raise ValueError("duplicate_of is only for the decision 'duplicate'")
    now = _now()
    with _transaction(con):
        con.execute("INSERT INTO news_decisions VALUES (?, ?, ?, ?, ?, ?)",
                    [candidate_id, decision, decided_by.strip(), now, note, duplicate_of])
        rid = record_id_of(candidate_id) if decision == "confirmed" else None
        con.execute("UPDATE news_candidates SET status = ?, duplicate_of = ?, record_id = ?, updated_at = ? "
                    "WHERE candidate_id = ?", [decision, duplicate_of, rid, now, candidate_id])
        _remove_record(con, candidate_id)
        if decision == "confirmed":
            _write_record(con, _candidate(con, candidate_id))
        _refresh_snapshot(con)


# --- correcting -------------------------------------------------------------------------------

#: fields a reviewer may correct, and how a value given as text is read
EDITABLE = _SCALARS + _LISTS
_BOOLS = ("body_camera", "video_released", "hands_up")
_DATES = ("date", "date_from", "date_to")
_VOCAB_OF = {"gender": "gender", "armed": "armed", "flee": "flee", "race": "race", "causes": "cause"}
MAX_VALUE = 2000  # characters of one corrected value


def _parse_value(field: str, value: Any) -> Any:
    """A reviewer's value for `field`, checked: None or '' clears the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return [] if field in _LISTS else None
    if len(str(value)) > MAX_VALUE:
        raise ValueError(f"{field}: longer than {MAX_VALUE} characters")
    if field not in _LISTS and isinstance(value, (list, tuple, dict, set)):
        raise ValueError(f"{field}: one value, not a list")
    if field in _LISTS:
        items = value if isinstance(value, (list, tuple)) else [x.strip() for x in str(value).split(",")]
        items = [str(x).strip() for x in items if str(x).strip()]
        vocab = _VOCAB_OF.get(field)
        bad = [x for x in items if vocab and not _vocab_ok(vocab, x)]
        if bad:
            raise ValueError(f"{field}: {', '.join(map(repr, bad))} not in the {vocab} vocabulary ({_codes(vocab)})")
        return items
    text = str(value).strip()
    if field in ("age", "shots"):
        try:
            n = int(text)
        except ValueError:
            raise ValueError(f"{field}: {text!r} is not a whole number") from None
        if not (0 <= n <= (120 if field == "age" else 1000)):
            raise ValueError(f"{field}: {n} is out of range")
        return n
    if field in _DATES:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{field}: {text!r} is not a date (YYYY-MM-DD)") from None
    if field in _BOOLS:
        low = text.lower()
        if low not in ("true", "false", "yes", "no", "1", "0"):
            raise ValueError(f"{field}: {text!r} is not true or false")
        return low in ("true", "yes", "1")
    if field == "state":
        from ..population import states

        if text.upper() not in set(states()["usps"]):
            raise ValueError(f"state: {text!r} is not a USPS state code (IL, CA, ...)")
        return text.upper()
    vocab = _VOCAB_OF.get(field)
    if vocab and not _vocab_ok(vocab, text):
        raise ValueError(f"{field}: {text!r} not in the {vocab} vocabulary ({_codes(vocab)})")
    return text


def _codes(vocab: str) -> str:
    from ..sources.base import shared_vocabularies

    return ", ".join(map(str, shared_vocabularies()[vocab]))


def edit(con: duckdb.DuckDBPyConnection, candidate_id: str, changes: dict[str, Any], edited_by: str,
         note: str | None = None) -> dict[str, tuple[Any, Any]]:
    """Correct a candidate's fields before (or after) deciding it: `changes` maps field -> value
    (text or typed; None or '' clears it).  Every changed field is logged in ``news_edits`` with
    the old and new value, who and when; the candidate is matched against the store again, and a
    confirmed candidate's record is rewritten.  All checks pass or nothing changes.  Returns
    field -> (old, new) for the fields that changed."""
    if not edited_by or not edited_by.strip():
        raise ValueError("an edit needs the name of who edits (edited_by)")
    if not changes:
        raise ValueError("nothing to edit: give one or more field=value")
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ValueError(f"cannot edit {', '.join(unknown)}: editable fields are {', '.join(EDITABLE)}")
    cand = _candidate(con, candidate_id)
    new = {f: _parse_value(f, v) for f, v in changes.items()}
    done = {f: (cand.get(f), v) for f, v in new.items() if _blank(cand.get(f)) != _blank(v)}
    if not done:
        return {}
    from ..store import AUX_DDL

    now = _now()
    con.execute(AUX_DDL["news_edits"].replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
    with _transaction(con):
        for f, (old, v) in done.items():
            con.execute("INSERT INTO news_edits VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [candidate_id, f, json.dumps(jsonable(old)), json.dumps(jsonable(v)), edited_by.strip(),
                         now, note])
            cand[f] = v
        m = match(con, to_victim(cand), exclude=_own_record(cand))
        sets = ", ".join(f"{f} = ?" for f in done)
        con.execute(f"UPDATE news_candidates SET {sets}, match_status = ?, matched_record_ids = ?, "
                    "matched_death_id = ?, conflicts = ?, updated_at = ? WHERE candidate_id = ?",
                    [*(v for _, v in done.values()), *_match_columns(m), now, candidate_id])
        if cand["status"] == "confirmed":
            _remove_record(con, candidate_id)
            _write_record(con, _candidate(con, candidate_id))
            _refresh_snapshot(con)
    return done


def _blank(x: Any) -> Any:
    """'' and [] are None (no value); 0 and False are values."""
    return None if x is None or (isinstance(x, (str, list, tuple)) and not x) else x


def _has_edits(con: duckdb.DuckDBPyConnection) -> bool:
    """The store has the news_edits table (a store built before it existed has none until an edit)."""
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'news_edits'").fetchone()[0])


def _edited_fields(con: duckdb.DuckDBPyConnection, candidate_id: str) -> set[str]:
    if not _has_edits(con):
        return set()
    return {f for (f,) in con.execute("SELECT DISTINCT field FROM news_edits WHERE candidate_id = ?",
                                      [candidate_id]).fetchall()}


def record_id_of(candidate_id: str) -> str:
    return f"{SOURCE}/{candidate_id}"


def _remove_record(con: duckdb.DuckDBPyConnection, candidate_id: str) -> None:
    rid = record_id_of(candidate_id)
    con.execute("DELETE FROM records WHERE record_id = ?", [rid])
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'clusters'").fetchone()[0]:
        con.execute("DELETE FROM clusters WHERE record_id = ?", [rid])


def _vocab_ok(vocab: str, value: Any) -> bool:
    from ..sources.base import shared_vocabularies

    return value is None or str(value) in shared_vocabularies()[vocab]


def record_of(con: duckdb.DuckDBPyConnection, cand: dict) -> dict:
    """The `records` row (column -> value) a confirmed candidate becomes."""
    from ..schema import COLUMN_NAMES

    arts = _rows(con, """SELECT a.article_id, a.url, a.evidence, n.origin FROM news_candidate_articles a
                         LEFT JOIN news_articles n USING (article_id) WHERE a.candidate_id = ?
                         ORDER BY n.published, a.article_id""", [cand["candidate_id"]])
    urls = [u for u in dict.fromkeys(a["url"] or a["origin"] for a in arts) if u]
    sentences: list[str] = []
    for a in arts:
        for e in (_loads(a["evidence"]) or {}).values():
            sentences += [s for s in e.get("sentences") or [] if s not in sentences]
    decided = con.execute("SELECT max(decided_at) FROM news_decisions WHERE candidate_id = ? AND decision = "
                          "'confirmed'", [cand["candidate_id"]]).fetchone()[0]
    name = cand["name"]
    parts = (fold_name(name) and name.replace(",", " ").split()) or []
    suffix = parts[-1] if parts and parts[-1].rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv") else None
    if suffix:
        parts = parts[:-1]
    lo, hi = _window(cand)
    causes = [c for c in cand["causes"] or [] if _vocab_ok("cause", c)]
    rec: dict[str, Any] = dict.fromkeys(COLUMN_NAMES)
    rec.update(
        record_id=record_id_of(cand["candidate_id"]), source=SOURCE, snapshot=SNAPSHOT,
        snapshot_date=decided.date() if decided else None, layout=LAYOUT, file=" ".join(urls) or None,
        source_id=cand["candidate_id"], name=name, name_raw=name or cand["descriptor"],
        name_withheld=name is None, first_name=parts[0] if len(parts) >= 2 else None,
        middle_name=" ".join(parts[1:-1]) or None if len(parts) > 2 else None,
        last_name=parts[-1] if parts else None, name_suffix=suffix,
        age=cand["age"], age_raw=None if cand["age"] is None else str(cand["age"]),
        gender=cand["gender"] if _vocab_ok("gender", cand["gender"]) else None, gender_raw=cand["gender"],
        race=[r for r in cand["race"] or [] if _vocab_ok("race", r)] or None,
        race_raw=";".join(cand["race"] or []) or None,
        date=cand["date"] or (lo if lo is not None and lo == hi else None),
        date_raw=None if lo is None else (lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"),
        city=cand["city"], state=cand["state"], agencies=[cand["agency"]] if cand["agency"] else None,
        agencies_raw=cand["agency"], cause=causes[0] if causes else None, causes=causes or None,
        cause_raw=";".join(cand["causes"] or []) or None,
        armed=cand["armed"] if _vocab_ok("armed", cand["armed"]) else None, armed_raw=cand["armed"],
        flee=cand["flee"] if _vocab_ok("flee", cand["flee"]) else None, flee_raw=cand["flee"],
        body_camera=cand["body_camera"],
        body_camera_raw=None if cand["body_camera"] is None else str(cand["body_camera"]),
        description=" ".join(sentences) or None, urls=urls or None, officer_names=cand["officer_names"] or None,
        raw=cand["extraction"] if isinstance(cand["extraction"], str) else json.dumps(cand["extraction"]),
    )
    # the year is known when the whole date range lies in one year (the date itself may be a range)
    when = rec["date"] or (lo if lo is not None and hi is not None and lo.year == hi.year else None)
    rec["year"] = when.year if when else None
    return rec


def _write_record(con: duckdb.DuckDBPyConnection, cand: dict) -> None:
    rec = record_of(con, cand)
    have = table_columns(con, "records")
    missing = [c for c, v in rec.items() if c not in have and v is not None]
    if missing:
        raise ValueError(f"the store's records table has no column {', '.join(missing)}: it was built by an "
                         "older forcewatch; run `forcewatch build` (decisions and the queue are kept)")
    rec = {c: v for c, v in rec.items() if c in have}  # a column added since the store was built: empty anyway
    cols = ", ".join(f'"{c}"' for c in rec)
    con.execute(f"INSERT INTO records ({cols}) VALUES ({', '.join('?' * len(rec))})", list(rec.values()))


def _refresh_snapshot(con: duckdb.DuckDBPyConnection) -> None:
    """The `snapshots` row of source news (so records_latest and queries see its records)."""
    con.execute("DELETE FROM snapshots WHERE source = ?", [SOURCE])
    con.execute("""INSERT INTO snapshots
                   SELECT source, snapshot, max(snapshot_date), count(*)::INTEGER, true, ?
                   FROM records WHERE source = ? GROUP BY source, snapshot""", [LICENCE, SOURCE])


def restore_records(con: duckdb.DuckDBPyConnection) -> int:
    """Put every confirmed candidate back into `records` (after a rebuild); returns how many."""
    have = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if not {"news_candidates", "records", "snapshots"} <= have:
        return 0
    con.execute("DELETE FROM records WHERE source = ?", [SOURCE])
    confirmed = _rows(con, "SELECT * FROM news_candidates WHERE status = 'confirmed' ORDER BY candidate_id")
    for cand in confirmed:
        _write_record(con, cand)
    _refresh_snapshot(con)
    return len(confirmed)
