"""The news review queue, read for the review pages (SQL on the news_* tables of the store).

Decisions are written only through :func:`forcewatch.news.queue.decide` (see api.decide)."""

from __future__ import annotations

from typing import Any

import duckdb

from .queries import _dicts, _json, plain

REVIEW_STATUSES = ("new", "confirmed", "rejected", "duplicate")
#: the correction form: (field, hint), in the order of the page (the fields of queue.EDITABLE)
EDIT_FIELDS = (
    ("name", ""), ("descriptor", "e.g. a 30-year-old man"), ("age", "whole years"),
    ("gender", "male, female, ..."), ("race", "comma-separated: black, white, hispanic, ..."),
    ("date", "YYYY-MM-DD"), ("date_from", "YYYY-MM-DD"), ("date_to", "YYYY-MM-DD"), ("city", ""),
    ("state", "USPS code: IL, CA, ..."), ("agency", ""), ("causes", "comma-separated: gunshot, taser, ..."),
    ("shots", "number of shots"), ("armed", "armed, unarmed, disputed, ..."),
    ("flee", "not_fleeing, foot, vehicle, ..."),
    ("body_camera", "true / false"), ("video_released", "true / false"), ("hands_up", "true / false"),
    ("officer_names", "comma-separated"),
)


def edit_text(value: Any) -> str:
    """A field's value as the correction form shows it (and as queue.edit reads it back)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(x) for x in value)
    return str(value)


def candidates(cur: duckdb.DuckDBPyConnection, status: str | None, page: int = 1, per_page: int = 50
               ) -> dict[str, Any]:
    counts = dict(cur.execute("SELECT coalesce(status, 'new'), count(*) FROM news_candidates GROUP BY 1").fetchall())
    where, params = "(? IS NULL OR coalesce(c.status, 'new') = ?)", [status, status]
    total = cur.execute(f"SELECT count(*) FROM news_candidates c WHERE {where}", params).fetchone()[0]
    rows = _dicts(cur, f"""
        SELECT c.candidate_id, coalesce(c.status, 'new') AS status, c.name, c.descriptor, c.age, c.gender,
               c.race, c.date, c.date_from, c.date_to, c.city, c.state, c.match_status,
               (SELECT count(*) FROM news_candidate_articles a WHERE a.candidate_id = c.candidate_id) AS articles,
               c.created_at
        FROM news_candidates c WHERE {where}
        ORDER BY c.created_at DESC NULLS LAST, c.candidate_id LIMIT ? OFFSET ?""",
                   params + [per_page, (page - 1) * per_page])
    return {"status": status, "counts": {s: counts.get(s, 0) for s in REVIEW_STATUSES}, "total": total,
            "page": page, "per_page": per_page, "rows": rows}


def _evidence(raw: Any) -> list[dict[str, Any]]:
    """Evidence JSON of one article -> [{field, value, sentences}] (whatever shape it has)."""
    ev = _json(raw) or {}
    items = ev.items() if isinstance(ev, dict) else enumerate(ev if isinstance(ev, list) else [])
    out = []
    for field, e in items:
        if isinstance(e, dict):
            sentences = e.get("sentences") or ([e["sentence"]] if e.get("sentence") else [])
            out.append({"field": str(e.get("field", field)), "value": plain(e.get("value")),
                        "sentences": [str(s) for s in sentences if s],
                        "claimed_by": str(e["claimed_by"]) if e.get("claimed_by") else None})
        else:
            out.append({"field": str(field), "value": None, "sentences": [str(e)] if e else [], "claimed_by": None})
    return out


def candidate(cur: duckdb.DuckDBPyConnection, candidate_id: str) -> dict[str, Any] | None:
    rows = _dicts(cur, "SELECT * EXCLUDE (extraction) FROM news_candidates WHERE candidate_id = ?", [candidate_id])
    if not rows:
        return None
    cand = rows[0]
    cand["status"] = cand.get("status") or "new"
    cand["conflicts"] = _json(cand.get("conflicts"))
    arts = _dicts(cur, """SELECT a.article_id, coalesce(a.url, n.url) AS url, n.title, n.published, n.origin,
               a.evidence FROM news_candidate_articles a LEFT JOIN news_articles n USING (article_id)
        WHERE a.candidate_id = ? ORDER BY n.published NULLS LAST, a.article_id""", [candidate_id])
    for a in arts:
        a["evidence"] = _evidence(a["evidence"])
    decisions = _dicts(cur, """SELECT decision, decided_by, decided_at, note, duplicate_of FROM news_decisions
        WHERE candidate_id = ? ORDER BY decided_at""", [candidate_id]) if _has_table(cur, "news_decisions") else []
    edits = _dicts(cur, """SELECT field, old_value, new_value, edited_by, edited_at, note FROM news_edits
        WHERE candidate_id = ? ORDER BY edited_at, field""", [candidate_id]) if _has_table(cur, "news_edits") else []
    for e in edits:
        e["old_value"], e["new_value"] = _json(e["old_value"]), _json(e["new_value"])
    return {"candidate": cand, "articles": arts, "decisions": decisions, "edits": edits}


def _has_table(cur: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(cur.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]).fetchone()[0])
