"""The JSON API (``/api/...``), described by the app's OpenAPI spec (``/openapi.json``).

Every page's data comes from here. The list endpoints take one set of filters -- the CLI's
query options, same names and meaning (``--since 2015 --state CA`` is ``?since=2015&state=CA``),
repeated for several values (``race=black&race=hispanic``) -- plus ``q``, a search of name,
city, county and agency. Results are de-duplicated deaths (the linked ``deaths`` view);
``source`` keeps the deaths a source reports.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import Field

from ..news.model import jsonable
from . import queries, review
from .auth import CSRF_HEADER, csrf_ok, csrf_token, current_user
from .models import (
    Candidate,
    Candidates,
    Coverage,
    Decision,
    DecisionResult,
    Edit,
    EditResult,
    Error,
    MapData,
    Options,
    Overview,
    Person,
    Point,
    SessionInfo,
    Table,
)
from .queries import Filters

router = APIRouter(prefix="/api", tags=["data"])
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


def _enum(name: str, values: list[str]) -> type[enum.Enum]:
    return enum.Enum(name, {v: v for v in dict.fromkeys(values)}, type=str)  # type: ignore[return-value]


_V = queries.vocabularies()
Source = _enum("Source", list(queries.source_info()))
Race = _enum("Race", [*_V["race"], "unknown"])
Gender = _enum("Gender", [*_V["gender"], "unknown"])
Cause = _enum("Cause", [*_V["cause"], "unknown"])
Armed = _enum("Armed", [*_V["armed"], "unknown"])
Flee = _enum("Flee", [*_V["flee"], "unknown"])
Weapon = _enum("Weapon", [*_V["weapon"], "unknown"])
Threat = _enum("Threat", [*_V["threat"], "unknown"])
MentalIllness = _enum("MentalIllness", [*_V["mental_illness"], "unknown"])
IntendedForce = _enum("IntendedForce", [*_V["intended_force"], "unknown"])
State = _enum("State", [*queries.state_names(), "unknown"])
Sort = _enum("Sort", list(queries.SORTS))


def _help(name: str) -> str:
    from ..cli_options import FILTERS

    for n, _, opt in FILTERS:
        if n == name:
            return str(opt.help)
    return ""


def filters(
    source: Annotated[list[Source] | None, Query(description="Deaths these sources report. " + _help("source"))] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description=_help("since"))] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description=_help("until"))] = None,
    age_min: Annotated[int | None, Query(ge=0, le=150, description=_help("age_min"))] = None,
    age_max: Annotated[int | None, Query(ge=0, le=150, description=_help("age_max"))] = None,
    race: Annotated[list[Race] | None, Query(description=_help("race"))] = None,
    gender: Annotated[list[Gender] | None, Query(description=_help("gender"))] = None,
    state: Annotated[list[State] | None, Query(description=_help("state"))] = None,
    city: Annotated[list[Annotated[str, Field(max_length=100)]] | None,
                    Query(max_length=20, description=_help("city"))] = None,
    agency: Annotated[str | None, Query(max_length=200, description=_help("agency"))] = None,
    cause: Annotated[list[Cause] | None, Query(description=_help("cause"))] = None,
    armed: Annotated[list[Armed] | None, Query(description=_help("armed"))] = None,
    flee: Annotated[list[Flee] | None, Query(description=_help("flee"))] = None,
    body_camera: Annotated[bool | None, Query(description="Body camera on (true) / off (false).")] = None,
    weapon: Annotated[list[Weapon] | None, Query(description=_help("weapon"))] = None,
    threat: Annotated[list[Threat] | None, Query(description=_help("threat"))] = None,
    mental_illness: Annotated[list[MentalIllness] | None, Query(description=_help("mental_illness"))] = None,
    intended_force: Annotated[list[IntendedForce] | None, Query(description=_help("intended_force"))] = None,
    police_force_only: Annotated[bool | None, Query(description=_help("police_force_only"))] = None,
    q: Annotated[str | None, Query(max_length=200, description="Name, city, county or agency contains this text "
                                                               "(case-insensitive).")] = None,
) -> Filters:
    f = Filters.make(**locals())
    try:
        f.query()
    except ValueError as exc:  # a date that does not exist, e.g. 2015-02-30
        raise RequestValidationError([{"loc": ("query", "since/until"), "msg": str(exc), "type": "value_error",
                                       "input": f.since or f.until}]) from None
    return f


FiltersDep = Annotated[Filters, Depends(filters)]


def web(request: Request) -> Any:
    return request.app.state.web


E404 = {404: {"model": Error, "description": "Not found"}}
E401 = {401: {"model": Error, "description": "Not logged in"}}


# --- public data ------------------------------------------------------------------------------------

@router.get("/filters", response_model=Options, summary="Filter choices: sources, vocabularies, states, years")
async def api_filters(request: Request) -> Response:
    w = web(request)
    return await w.json(("filters",), lambda cur: queries.options(w.data))


@router.get("/overview", response_model=Overview, summary="Deaths per year: de-duplicated and per source")
async def api_overview(request: Request, f: FiltersDep) -> Response:
    w = web(request)
    return await w.json(("overview", f), lambda cur: queries.overview(cur, f, w.data))


@router.get("/deaths", response_model=Table, summary="Table of de-duplicated deaths (sorted, paginated)")
async def api_deaths(request: Request, f: FiltersDep, sort: Sort = Sort("date"),  # type: ignore[call-arg]
                     order: Literal["asc", "desc"] = "desc",
                     page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                     per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
    s = sort.value
    return await web(request).json(("deaths", f, s, order, page, per_page),
                                   lambda cur: queries.table(cur, f, s, order, page, per_page))


@router.get("/map", response_model=MapData, summary="Located deaths as compact points for the clustered map")
async def api_map(request: Request, f: FiltersDep) -> Response:
    return await web(request).json(("map", f), lambda cur: queries.map_points(cur, f))


@router.get("/points/{key}", response_model=Point, responses=E404, summary="One map point (popup)")
async def api_point(request: Request, key: Annotated[int, Path(ge=1, le=10_000_000)]) -> Response:
    return await web(request).json(("point", key), lambda cur: queries.point(cur, key), "no such point")


@router.get("/deaths/{death_id:path}", response_model=Person, responses=E404,
            summary="One death: every source's record side by side, and the conflicts")
async def api_person(request: Request, death_id: Annotated[str, Path(max_length=400)]) -> Response:
    w = web(request)

    def compute(cur: Any) -> Any:
        found = queries.resolve(w.data, death_id)
        return queries.person(cur, w.data, found) if found else None

    return await w.json(("person", death_id), compute, "no death or record with this id")


@router.get("/coverage", response_model=Coverage, summary="What each source reports and misses, per year")
async def api_coverage(request: Request, since: Annotated[int | None, Query(ge=1900, le=2100)] = None
                       ) -> Response:
    w = web(request)
    if since is None:
        return await w.json(("coverage",), lambda cur: w.data.coverage_all)
    return await w.json(("coverage", since), lambda cur: queries.coverage_data(cur, since, w.data))


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _meta(request: Request, f: Filters) -> dict[str, Any]:
    w = web(request)
    return {"query": f.describe(), "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "note": "de-duplicated deaths across sources (forcewatch link); licences below apply",
            "licences": {s["source"]: s["licence"] for s in w.data.sources}}


CSV_DOC = {200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}}
GEOJSON_DOC = {200: {"content": {"application/geo+json": {"schema": {"type": "object"}}},
                     "description": "GeoJSON FeatureCollection"}}


@router.get("/export.csv", response_class=Response, responses=CSV_DOC, summary="CSV of the filtered deaths")
async def api_export_csv(request: Request, f: FiltersDep, sort: Sort = Sort("date"),  # type: ignore[call-arg]
                         order: Literal["asc", "desc"] = "desc") -> Response:
    w = web(request)
    async with w.exports:
        body = await w.run(lambda cur: queries.export_csv(cur, f, sort.value, order))
    return Response(body, media_type="text/csv; charset=utf-8", headers=_attachment("forcewatch-deaths.csv"))


@router.get("/export.geojson", response_class=Response, responses=GEOJSON_DOC,
            summary="GeoJSON of the filtered deaths (deaths without coordinates have a null geometry)")
async def api_export_geojson(request: Request, f: FiltersDep, sort: Sort = Sort("date"),  # type: ignore[call-arg]
                             order: Literal["asc", "desc"] = "desc") -> Response:
    w = web(request)
    meta = _meta(request, f)
    async with w.exports:
        body = await w.run(lambda cur: queries.export_geojson(cur, f, sort.value, order, meta))
    return Response(body, media_type="application/geo+json", headers=_attachment("forcewatch-deaths.geojson"))


# --- session and review queue ----------------------------------------------------------------------------

@router.get("/session", response_model=SessionInfo, tags=["review"], summary="Who is logged in; the CSRF token")
def api_session(request: Request) -> dict[str, Any]:
    return {"user": current_user(request), "csrf_token": csrf_token(request),
            "review_enabled": web(request).review}


def require_user(request: Request) -> str:
    user = current_user(request)
    if not user:
        raise HTTPException(401, "log in first (/login)")
    return user


def _review_ready(request: Request) -> Any:
    w = web(request)
    if not w.data.has_review:
        raise HTTPException(404, "this store has no news review queue")
    return w


@router.get("/review/candidates", response_model=Candidates, responses={**E401, **E404}, tags=["review"],
            summary="News candidates waiting for (or given) a decision")
def api_candidates(request: Request, user: Annotated[str, Depends(require_user)],
                   status: Literal["new", "confirmed", "rejected", "duplicate"] | None = None,
                   page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                   per_page: Annotated[int, Query(ge=1, le=200)] = 50) -> Any:
    w = _review_ready(request)
    return w.query(lambda cur: review.candidates(cur, status, page, per_page))


@router.get("/review/candidates/{candidate_id}", response_model=Candidate, responses={**E401, **E404},
            tags=["review"], summary="One candidate with its articles and evidence sentences")
def api_candidate(request: Request, user: Annotated[str, Depends(require_user)],
                  candidate_id: Annotated[str, Path(max_length=200)]) -> Any:
    w = _review_ready(request)
    found = w.query(lambda cur: review.candidate(cur, candidate_id))
    if found is None:
        raise HTTPException(404, "no such candidate")
    return found


#: the error answers of the review queue's writing endpoints
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **E401, **E404, 400: {"model": Error, "description": "The body is not JSON"},
    403: {"model": Error, "description": "CSRF token missing or wrong, or a read-only server"}}


def _csrf_checked(request: Request, header: str | None) -> None:
    if not csrf_ok(request, header or request.headers.get(CSRF_HEADER)):
        raise HTTPException(403, "missing or wrong CSRF token (X-CSRF-Token header; see /api/session)")


@router.post("/review/candidates/{candidate_id}/decision", response_model=DecisionResult,
             responses=WRITE_ERRORS,
             tags=["review"], summary="Confirm, reject, mark duplicate or reopen a candidate (login + CSRF)")
def api_decide(request: Request, user: Annotated[str, Depends(require_user)],
               candidate_id: Annotated[str, Path(max_length=200)], decision: Annotated[Decision, Body()],
               x_csrf_token: Annotated[str | None, Header(max_length=200)] = None) -> Any:
    _csrf_checked(request, x_csrf_token)
    status = decide(request, user, candidate_id, decision.decision, decision.note, decision.duplicate_of)
    return {"candidate_id": candidate_id, "status": status, "decided_by": user}


@router.post("/review/candidates/{candidate_id}/edit", response_model=EditResult,
             responses=WRITE_ERRORS,
             tags=["review"], summary="Correct a candidate's fields, logged with who and when (login + CSRF)")
def api_edit(request: Request, user: Annotated[str, Depends(require_user)],
             candidate_id: Annotated[str, Path(max_length=200)], body: Annotated[Edit, Body()],
             x_csrf_token: Annotated[str | None, Header(max_length=200)] = None) -> Any:
    _csrf_checked(request, x_csrf_token)
    done = edit(request, user, candidate_id, body.changes, body.note)
    return {"candidate_id": candidate_id, "changed": {f: [jsonable(a), jsonable(b)] for f, (a, b) in done.items()},
            "edited_by": user}


def _write(request: Request, candidate_id: str, field: str, action: Callable[[Any], Any]) -> Any:
    """Run `action(cursor)` -- a writer of forcewatch.news.queue -- on the store, for one existing
    candidate; its ValueError becomes a 422 naming `field`. The web's cached answers are dropped
    (all of them when the candidate's record is part of the linked deaths)."""
    w = _review_ready(request)
    if not w.review:
        raise HTTPException(403, "review actions are off: the server has the store open read-only "
                                 "(start it with `forcewatch serve --review`)")
    try:
        from ..news.queue import record_id_of
    except ImportError:  # pragma: no cover - the news module ships with forcewatch
        raise HTTPException(404, "the news review module is not installed") from None
    with w.data.lock:
        cur = w.data.write_cursor()
        try:
            if not cur.execute("SELECT count(*) FROM news_candidates WHERE candidate_id = ?",
                               [candidate_id]).fetchone()[0]:
                raise HTTPException(404, "no such candidate")
            linked = cur.execute("SELECT count(*) FROM clusters WHERE record_id = ?",
                                 [record_id_of(candidate_id)]).fetchone()[0]
            try:
                out = action(cur)
            except ValueError as exc:
                raise RequestValidationError([{"loc": ("body", field), "msg": str(exc),
                                               "type": "value_error", "input": None}]) from None
        finally:
            cur.close()
    w.changed(full_reload=bool(linked))
    return out


def decide(request: Request, user: str, candidate_id: str, decision: str, note: str | None,
           duplicate_of: str | None) -> str:
    """Record a decision through forcewatch.news.queue.decide (the only writer of decisions)."""
    from ..news.queue import decide as queue_decide

    _write(request, candidate_id, "decision", lambda cur: queue_decide(
        cur, candidate_id, decision, user, note=note or None, duplicate_of=duplicate_of or None))
    return decision


def edit(request: Request, user: str, candidate_id: str, changes: dict[str, Any], note: str | None
         ) -> dict[str, tuple[Any, Any]]:
    """Correct fields through forcewatch.news.queue.edit (logged in news_edits); field -> (old, new)."""
    from ..news.queue import edit as queue_edit

    return _write(request, candidate_id, "changes",
                  lambda cur: queue_edit(cur, candidate_id, changes, user, note=note or None))
