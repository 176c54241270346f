"""The FastAPI application: :func:`create_app` wires the data, the response cache, sessions,
security headers, the JSON API (:mod:`.api`) and the HTML pages (:mod:`.pages`).

Connections: the store is attached to one in-memory DuckDB database per process
(:class:`~.queries.WebData`), read-only unless ``review=True``; every request uses its own
cursor. DuckDB lets one process write a database file, and while it does no other process may
open it, so review actions (the only writes) are off unless asked for -- see docs/web.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Hashable
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import queries
from .auth import ENV_SECRET, RateLimiter, SessionMiddleware, Sessions

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"), (b"referrer-policy", b"same-origin"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"permissions-policy", b"geolocation=(), camera=(), microphone=()")]
ENV_REVIEW, ENV_SECURE, ENV_CACHE, ENV_THREADS = ("FORCEWATCH_WEB_REVIEW", "FORCEWATCH_WEB_SECURE_COOKIES",
                                                  "FORCEWATCH_WEB_CACHE_MB", "FORCEWATCH_WEB_THREADS")


class ResponseCache:
    """A least-recently-used cache with a budget in bytes (0 = off), shared by threads."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes, self.size = max_bytes, 0
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            hit = self._items.get(key)
            if hit is None:
                return None
            self._items.move_to_end(key)
            return hit[0]

    def put(self, key: Hashable, value: Any, size: int) -> None:
        if size > self.max_bytes // 4:
            return
        with self._lock:
            if key in self._items:
                self.size -= self._items.pop(key)[1]
            self._items[key] = (value, size)
            self.size += size
            while self.size > self.max_bytes and self._items:
                self.size -= self._items.popitem(last=False)[1][1]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.size = 0


_MISSING = b"\x00missing"  # cached "not found"


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


class Web:
    """What every request needs: the data, the cache, sessions, templates, settings."""

    def __init__(self, data: queries.WebData, *, review: bool, sessions: Sessions, cache_bytes: int) -> None:
        self.data, self.review, self.sessions = data, review, sessions
        self.cache = ResponseCache(cache_bytes)
        self.limiter = RateLimiter()
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        env = self.templates.env
        env.globals.update(version=__version__, review_enabled=review)
        env.filters["person_url"] = person_url
        env.filters["label"] = lambda v: "" if v is None else str(v).replace("_", " ")
        env.filters["cell"] = cell
        self._inflight: dict[Hashable, asyncio.Future] = {}
        self.exports = asyncio.Semaphore(2)  # whole-table downloads (up to 8 MB) two at a time

    def query(self, fn: Callable[[Any], Any]) -> Any:
        """`fn(cursor)` with this thread's cursor."""
        return fn(self.data.thread_cursor())

    async def run(self, fn: Callable[[Any], Any]) -> Any:
        """Run `fn(cursor)` in a worker thread (uncached)."""
        return await run_in_threadpool(self.query, fn)

    def obj(self, key: tuple, fn: Callable[[Any], Any]) -> Any:
        """A cached Python result (called from worker threads: pages)."""
        full = ("obj", self.data.version, *key)
        hit = self.cache.get(full)
        if hit is None:
            value = self.query(fn)
            hit = _MISSING if value is None else value
            self.cache.put(full, hit, 20_000)
        return None if hit is _MISSING else hit

    def html(self, key: tuple, template: str, ctx: Callable[[], dict[str, Any]]) -> Markup:
        """A cached rendering of a page's main part (the same for every visitor of the URL)."""
        full = ("html", self.data.version, *key)
        hit = self.cache.get(full)
        if hit is None:
            hit = Markup(self.templates.get_template(template).render(ctx()))
            self.cache.put(full, hit, len(hit))
        return hit

    async def json(self, key: tuple, fn: Callable[[Any], Any], not_found: str = "not found") -> Response:
        """A cached JSON response; one computation per key at a time (concurrent requests for
        the same key wait for it), computed in a worker thread."""
        full = ("json", self.data.version, *key)
        body = self.cache.get(full)
        if body is None:
            fut = self._inflight.get(full)
            if fut is not None:
                body = await asyncio.shield(fut)
            else:
                fut = asyncio.get_running_loop().create_future()
                self._inflight[full] = fut
                try:
                    value = await run_in_threadpool(self.query, fn)
                    body = _MISSING if value is None else dumps(value)
                    self.cache.put(full, body, len(body))
                    fut.set_result(body)
                except BaseException as exc:
                    fut.set_exception(exc)
                    fut.exception()  # retrieved: no "never retrieved" warning when nobody waits
                    raise
                finally:
                    self._inflight.pop(full, None)
        if body is _MISSING:
            raise HTTPException(404, not_found)
        return Response(body, media_type="application/json")

    def changed(self, full_reload: bool = False) -> None:
        """After a write: forget cached answers (and re-materialise the deaths if asked)."""
        if full_reload:
            self.data.load()
        else:
            self.data.refresh()
        self.cache.clear()


_UNKNOWN = Markup('<span class="unknown" title="unknown / not stated">—</span>')


def cell(v: Any, code: bool = False) -> Markup:
    """One value for a table cell, escaped: lists joined, booleans yes/no, unknown as a dash;
    `code`: vocabulary codes shown readably (not_fleeing -> not fleeing). A filter, not a macro:
    Jinja macro calls cost ten times more, and a table page makes hundreds."""
    if v is None or v == [] or v == "":
        return _UNKNOWN
    if v is True or v is False:
        return Markup("yes" if v else "no")
    if isinstance(v, (list, tuple)):
        return Markup(", ").join(cell(x, code) for x in v)
    text = str(v)
    return escape(text.replace("_", " ") if code else text)


def person_url(death_id: str) -> str:
    return "/deaths/" + quote(str(death_id), safe="/:@-._~")


class FastPath:
    """Pure ASGI middleware: a public GET asked before (same path and query string, same data) is
    answered from the cache before routing and validation -- about a tenth of the work. Pages
    only for visitors without a session (their header is the same for all); only 200 answers
    that set no cookie are kept."""

    API = ("/api/overview", "/api/deaths", "/api/map", "/api/points/", "/api/coverage", "/api/filters")
    PAGES = ("/deaths/", "/coverage")

    def __init__(self, app: Any, web: Web) -> None:
        self.app, self.web = app, web

    def _cacheable(self, scope: dict) -> bool:
        path = scope["path"]
        if scope["method"] != "GET" or path.startswith("/api/export"):
            return False
        if path.startswith(self.API):
            return True
        if path == "/" or path.startswith(self.PAGES):
            return not any(k == b"cookie" and b"fw_session=" in v for k, v in scope["headers"])
        return False

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.web.cache.max_bytes == 0 or not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        key = ("raw", self.web.data.version, scope["path"], scope.get("query_string", b""))
        hit = self.web.cache.get(key)
        if hit is not None:
            await send({"type": "http.response.start", "status": 200, "headers": hit[0]})
            await send({"type": "http.response.body", "body": hit[1]})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def keep(message: dict) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200 and not any(
                        k == b"set-cookie" for k, _ in start.get("headers", [])):
                    body = b"".join(chunks)
                    self.web.cache.put(key, (list(start.get("headers", [])), body), len(body) + 200)
            await send(message)

        await self.app(scope, receive, keep)


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers to every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        private = not scope["path"].startswith(("/static/", "/api/overview", "/api/deaths", "/api/map",
                                                "/api/points", "/api/coverage", "/api/filters"))

        async def send_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", [])) + SECURITY_HEADERS
                if private:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_headers)


def _secure_setting(value: str | bool | None) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    return {"always": True, "true": True, "1": True, "never": False, "false": False, "0": False}.get(
        value.lower())


def create_app(store: str | os.PathLike[str] | None = None, *, review: bool = False,
               secret_key: str | None = None, secure_cookies: bool | str | None = None,
               cache_mb: float = 64, threads: int | None = None) -> FastAPI:
    """The web app on `store` (default: $FORCEWATCH_STORE or ./forcewatch.duckdb).

    review: open the store read-write so logged-in reviewers can decide on news candidates.
    secret_key: signs session cookies (default: $FORCEWATCH_WEB_SECRET, else random per process).
    secure_cookies: None = Secure cookies when the request is https; True/False = always/never.
    cache_mb: response cache budget (0 = no cache). threads: DuckDB threads (default: all cores).
    """
    from ..store import default_store_path
    from . import api, pages

    data = queries.WebData(store or default_store_path(), writable=review, threads=threads)
    sessions = Sessions(secret_key or os.environ.get(ENV_SECRET) or secrets.token_urlsafe(32),
                        _secure_setting(secure_cookies))
    web = Web(data, review=review, sessions=sessions, cache_bytes=int(cache_mb * 1024 * 1024))

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        yield
        # the connection stays open (test clients run startup/shutdown many times on one app);
        # decisions are committed as they are made, a checkpoint folds them into the file
        data.checkpoint()

    app = FastAPI(title="forcewatch", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="People killed by police in the United States: de-duplicated deaths across "
                              "public datasets, per-source counts, coverage, and the news review queue. "
                              "Every list endpoint takes the same filters as the `forcewatch` command line.")
    app.state.web = web
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(FastPath, web=web)  # innermost: after the session is read, before routing
    app.add_middleware(SessionMiddleware, sessions=sessions)
    app.add_middleware(SecurityHeaders)

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith(("/api/", "/openapi"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not wants_html(request):
            return await http_exception_handler(request, exc)
        return _error_page(web, request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if not wants_html(request):
            return await request_validation_exception_handler(request, exc)
        msgs = [f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors()]
        return _error_page(web, request, 400, "; ".join(msgs) or "invalid request")

    return app


def _error_page(web: Web, request: Request, status: int, message: str,
                headers: dict[str, str] | None = None) -> HTMLResponse:
    from .auth import current_user

    resp = web.templates.TemplateResponse(request, "error.html", {"status": status, "message": message,
                                                                  "user": current_user(request)},
                                          status_code=status)
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and worker processes: settings from the environment."""
    return create_app(os.environ.get("FORCEWATCH_STORE"), review=os.environ.get(ENV_REVIEW) == "1",
                      secure_cookies=os.environ.get(ENV_SECURE) or None,
                      cache_mb=float(os.environ.get(ENV_CACHE) or 64),
                      threads=int(os.environ.get(ENV_THREADS) or 0) or None)
