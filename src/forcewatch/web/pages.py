"""The HTML pages, rendered on the server (Jinja2, autoescaped) from the same functions as the
JSON API; the explore page's chart, map and table are then kept in step by static/explore.js.
Pages work without JavaScript except the chart and the map."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from . import queries, review
from .api import FiltersDep, Sort, decide, edit, web
from .app import person_url
from .auth import csrf_ok, csrf_token, current_user, log_in, log_out, safe_next, verify_password
from .queries import Filters

router = APIRouter(include_in_schema=False)
PER_PAGE = 50


def safe_url(url: Any) -> str | None:
    """Only http(s) links from the data become links (no javascript: URLs)."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def render(request: Request, template: str, ctx: dict[str, Any], status: int = 200,
           form: bool = False) -> HTMLResponse:
    """A page; `form`: it holds a POST form, so it needs the session's CSRF token."""
    user = current_user(request)
    token = csrf_token(request) if (form or user) else None
    return web(request).templates.TemplateResponse(
        request, template, {"user": user, "csrf": token, "safe_url": safe_url, **ctx}, status_code=status)


def qs(f: Filters, **extra: Any) -> str:
    items = f.items() + [(k, str(v)) for k, v in extra.items() if v is not None]
    return ("?" + urlencode(items)) if items else ""


@router.get("/", response_class=HTMLResponse)
def explore(request: Request, f: FiltersDep, sort: Sort = Sort("date"),  # type: ignore[call-arg]
            order: Literal["asc", "desc"] = "desc", page: Annotated[int, Query(ge=1, le=100_000)] = 1
            ) -> HTMLResponse:
    w = web(request)
    s = sort.value

    def ctx() -> dict[str, Any]:
        tbl = w.obj(("deaths", f, s, order, page, PER_PAGE),
                    lambda cur: queries.table(cur, f, s, order, page, PER_PAGE))
        opts = w.obj(("filters",), lambda cur: queries.options(w.data))
        return {"f": f, "table": tbl, "opts": opts, "qs": qs, "sort": s, "order": order,
                "config": {"sort": s, "order": order}, "labels": w.obj(("labels",), lambda cur: _labels(opts)),
                "api_qs": qs(f)}

    main = w.html(("explore", f, s, order, page), "explore_main.html", ctx)
    return render(request, "explore.html", {"main": main})


def _labels(opts: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Option labels of the filter panel: vocabulary labels, state names, source titles."""
    out = {k: {x["code"]: x["label"] for x in v} for k, v in opts["vocabularies"].items()}
    out["state"] = {s["code"]: f"{s['code']} – {s['name']}" for s in opts["states"]}
    out["source"] = {s["key"]: f"{s['key']} – {s['title']}" for s in opts["sources"]}
    for v in out.values():
        v.setdefault("unknown", "unknown / not stated")
    return out


@router.get("/deaths/{death_id:path}", response_class=HTMLResponse)
async def person_page(request: Request, death_id: str) -> Response:
    """Runs on the event loop: the person pages are held in memory (no database call), and a
    hop to a worker thread would cost more than the page."""
    w = web(request)
    if len(death_id) > 400:
        raise HTTPException(404, "no death or record with this id")
    found = queries.resolve(w.data, death_id)
    if not found:
        raise HTTPException(404, "no death or record with this id")
    if found != death_id:
        return RedirectResponse(person_url(found), status_code=307)
    p = w.obj(("person", found), lambda cur: queries.person(cur, w.data, found))
    present = {k for k, v in p["death"].items() if v not in (None, [])} | {
        k for r in p["records"] for k, v in r["values"].items() if v not in (None, [])}
    main = w.html(("person", found), "person_main.html",
                  lambda: {"p": p, "conflicts": p["conflicts"], "safe_url": safe_url, "present": present})
    return render(request, "person.html", {"main": main, "title": p["death"]["name"] or "Name withheld"})


@router.get("/coverage", response_class=HTMLResponse)
def coverage_page(request: Request, since: Annotated[int | None, Query(ge=1900, le=2100)] = None) -> HTMLResponse:
    w = web(request)

    def ctx() -> dict[str, Any]:
        cov = w.data.coverage_all if since is None else w.obj(
            ("coverage", since), lambda cur: queries.coverage_data(cur, since, w.data))
        return {"cov": cov, "since": since, "sources": w.data.sources,
                "years": sorted({r["year"] for r in cov["per_year"] if r["year"] is not None}, reverse=True),
                "cells": {(r["year"], r["source"]): r for r in cov["per_year"]},
                "totals": {r["year"]: r["deaths"] for r in cov["deaths_per_year"]},
                "ranges": {s["source"]: (s["first_year"], s["last_year"]) for s in w.data.sources}}

    return render(request, "coverage.html", {"main": w.html(("coverage", since), "coverage_main.html", ctx)})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description", ""), "type": _type_of(p.get("schema", {}), spec)}
                      for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "params": params, "tags": op.get("tags", [])})
    return render(request, "docs.html", {"ops": ops, "title": spec["info"]["title"],
                                         "description": spec["info"].get("description", "")})


def _type_of(schema: dict[str, Any], spec: dict[str, Any]) -> str:
    if "$ref" in schema:
        ref = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return "one of: " + ", ".join(map(str, ref.get("enum", []))) if "enum" in ref else ref.get("type", "")
    if "anyOf" in schema:
        return " or ".join(t for t in (_type_of(s, spec) for s in schema["anyOf"]) if t and t != "null")
    if schema.get("type") == "array":
        return "list of " + _type_of(schema.get("items", {}), spec)
    if "enum" in schema:
        return "one of: " + ", ".join(map(str, schema["enum"]))
    return str(schema.get("type", ""))


# --- login -----------------------------------------------------------------------------------------------

@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: Annotated[str | None, Query(max_length=500)] = None) -> HTMLResponse:
    return render(request, "login.html", {"next": safe_next(next), "error": None}, form=True)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, username: Annotated[str, Form(max_length=200)] = "",
          password: Annotated[str, Form(max_length=1000)] = "",
          csrf_token_field: Annotated[str, Form(alias="csrf_token", max_length=200)] = "",
          next: Annotated[str, Form(max_length=500)] = "/review") -> Response:
    w = web(request)
    target = safe_next(next)
    if not csrf_ok(request, csrf_token_field):
        return render(request, "login.html", {"next": target, "error": "The form expired: please try again."},
                      status=403, form=True)
    client = request.client.host if request.client else "?"
    wait = w.limiter.retry_after(client, username)
    if wait:
        resp = render(request, "login.html", {"next": target, "error": f"Too many failed logins: wait {wait} s."},
                      status=429, form=True)
        resp.headers["Retry-After"] = str(wait)
        return resp
    ok = w.query(lambda cur: verify_password(cur, username, password))
    if not ok:
        w.limiter.failed(client, username)
        return render(request, "login.html", {"next": target, "error": "Wrong user name or password."},
                      status=401, form=True)
    w.limiter.succeeded(client, username)
    log_in(request, username)
    return RedirectResponse(target, status_code=303)


@router.post("/logout")
def logout(request: Request, csrf_token_field: Annotated[str, Form(alias="csrf_token", max_length=200)] = ""
           ) -> Response:
    if not csrf_ok(request, csrf_token_field):
        raise HTTPException(403, "missing or wrong CSRF token")
    log_out(request)
    return RedirectResponse("/", status_code=303)


# --- review queue ------------------------------------------------------------------------------------------

def _login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)


@router.get("/review", response_class=HTMLResponse)
def review_list(request: Request, status: Literal["new", "confirmed", "rejected", "duplicate", "all"] = "new",
                page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    if not current_user(request):
        return _login_redirect(request)
    w = web(request)
    data = w.query(lambda cur: review.candidates(cur, None if status == "all" else status, page, PER_PAGE)) \
        if w.data.has_review else None
    return render(request, "review_list.html", {"data": data, "status": status, "page": page})


@router.get("/review/{candidate_id}", response_class=HTMLResponse)
def review_item(request: Request, candidate_id: Annotated[str, Path(max_length=200)],
                decided: Annotated[str | None, Query(max_length=20)] = None) -> Response:
    if not current_user(request):
        return _login_redirect(request)
    return _review_page(request, candidate_id, decided=decided)


def _review_item(request: Request, candidate_id: str) -> dict[str, Any]:
    w = web(request)
    if not w.data.has_review:
        raise HTTPException(404, "this store has no news review queue")
    item = w.query(lambda cur: review.candidate(cur, candidate_id))
    if item is None:
        raise HTTPException(404, "no such candidate")
    return item


def _review_page(request: Request, candidate_id: str, *, decided: str | None = None, error: str | None = None,
                 status: int = 200) -> HTMLResponse:
    item = _review_item(request, candidate_id)
    return render(request, "review_item.html", {"item": item, "c": item["candidate"], "decided": decided,
                                                "error": error, "editable": review.EDIT_FIELDS,
                                                "edit_text": review.edit_text}, status=status, form=True)


@router.post("/review/{candidate_id}", response_class=HTMLResponse)
def review_decide(request: Request, candidate_id: Annotated[str, Path(max_length=200)],
                  decision: Annotated[str, Form(max_length=20)] = "",
                  note: Annotated[str, Form(max_length=2000)] = "",
                  duplicate_of: Annotated[str, Form(max_length=300)] = "",
                  csrf_token_field: Annotated[str, Form(alias="csrf_token", max_length=200)] = "") -> Response:
    user = current_user(request)
    if not user:
        return _login_redirect(request)
    if not csrf_ok(request, csrf_token_field):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    if decision not in ("confirmed", "rejected", "duplicate", "new"):
        return _review_page(request, candidate_id, error="Choose a decision.", status=400)
    try:
        decide(request, user, candidate_id, decision, note.strip() or None, duplicate_of.strip() or None)
    except RequestValidationError as exc:
        return _review_page(request, candidate_id, error="; ".join(str(e.get("msg")) for e in exc.errors()),
                            status=400)
    return RedirectResponse(f"/review/{candidate_id}?" + urlencode({"decided": decision}), status_code=303)


@router.post("/review/{candidate_id}/edit", response_class=HTMLResponse)
async def review_edit(request: Request, candidate_id: Annotated[str, Path(max_length=200)]) -> Response:
    """The correction form: every editable field as text; only the fields whose text changed
    are sent to forcewatch.news.queue.edit."""
    user = current_user(request)
    if not user:
        return _login_redirect(request)
    form = await request.form(max_fields=len(review.EDIT_FIELDS) + 5, max_files=0)
    if not csrf_ok(request, str(form.get("csrf_token", ""))):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    cand = (await run_in_threadpool(_review_item, request, candidate_id))["candidate"]
    changes = {}
    for f, _ in review.EDIT_FIELDS:
        got = form.get(f"f_{f}")
        if isinstance(got, str) and len(got) <= 2000 and got.strip() != review.edit_text(cand.get(f)):
            changes[f] = got.strip()
    if not changes:
        return await run_in_threadpool(lambda: _review_page(request, candidate_id, error="Nothing changed.",
                                                            status=400))
    note = str(form.get("note", "")).strip()[:2000] or None
    try:
        await run_in_threadpool(edit, request, user, candidate_id, changes, note)
    except RequestValidationError as exc:
        msg = "; ".join(str(e.get("msg")) for e in exc.errors())
        return await run_in_threadpool(lambda: _review_page(request, candidate_id, error=msg, status=400))
    return RedirectResponse(f"/review/{candidate_id}?" + urlencode({"decided": "edited"}), status_code=303)
