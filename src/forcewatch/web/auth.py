"""Reviewers' logins, the session cookie, CSRF tokens and the login rate limit.

* **Passwords** are argon2id hashes (argon2-cffi defaults) in the store's ``web_users`` table,
  kept across rebuilds; ``forcewatch users add NAME`` writes them. An unknown user name costs
  the same hash verification as a wrong password.
* **The session** is one cookie (``fw_session``) holding ``{"user": ..., "csrf": ...}`` signed
  with itsdangerous (HMAC-SHA1 over the secret key, with a timestamp checked against
  ``SESSION_MAX_AGE``): HttpOnly, SameSite=Lax, Path=/, and Secure when the request came over
  https (or always/never when configured). Nothing is stored server-side, so a restart with
  the same secret keeps people logged in.
* **CSRF**: every session carries a random token; every POST (HTML form field ``csrf_token``
  or the ``X-CSRF-Token`` header for fetch) must return it, compared in constant time. The token
  is replaced at login and logout. A POST whose ``Origin`` header names another host is refused
  too.
* **Rate limit**: 5 failed logins per minute per (client address, user name) and 20 per minute
  per client address; beyond that the login answers 429 with ``Retry-After``. Counters live in
  the server process.
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
import re
import secrets
import threading
import time
from collections import deque
from http.cookies import SimpleCookie
from typing import Any

import duckdb
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_COOKIE = "fw_session"
SESSION_MAX_AGE = 8 * 3600  # seconds
CSRF_FIELD, CSRF_HEADER = "csrf_token", "x-csrf-token"
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
MIN_PASSWORD = 10
FAILURES_PER_USER, FAILURES_PER_CLIENT, WINDOW = 5, 20, 60.0
ENV_SECRET = "FORCEWATCH_WEB_SECRET"

_hasher = PasswordHasher()


# --- users -----------------------------------------------------------------------------------------

def ensure_users_table(con: duckdb.DuckDBPyConnection) -> None:
    from ..store import AUX_DDL

    con.execute(AUX_DDL["web_users"].replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))


def check_username(username: str) -> str:
    if not USERNAME_RE.match(username or ""):
        raise ValueError("a user name is 1-64 letters, digits or . _ @ -")
    return username


def add_user(con: duckdb.DuckDBPyConnection, username: str, password: str, *, replace: bool = False) -> None:
    """Store an argon2 hash of the password (``replace`` changes an existing user's password)."""
    check_username(username)
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password has at least {MIN_PASSWORD} characters")
    ensure_users_table(con)
    exists = con.execute("SELECT count(*) FROM web_users WHERE username = ?", [username]).fetchone()[0]
    if exists and not replace:
        raise ValueError(f"user {username!r} exists (use --replace to set a new password)")
    con.execute("DELETE FROM web_users WHERE username = ?", [username])
    con.execute("INSERT INTO web_users VALUES (?, ?, ?)",
                [username, _hasher.hash(password), dt.datetime.now(dt.UTC).replace(tzinfo=None)])


def remove_user(con: duckdb.DuckDBPyConnection, username: str) -> bool:
    ensure_users_table(con)
    n = con.execute("SELECT count(*) FROM web_users WHERE username = ?", [username]).fetchone()[0]
    con.execute("DELETE FROM web_users WHERE username = ?", [username])
    return bool(n)


def list_users(con: duckdb.DuckDBPyConnection) -> list[tuple[str, Any]]:
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'web_users'").fetchone()[0]:
        return []
    return con.execute("SELECT username, created_at FROM web_users ORDER BY username").fetchall()


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("an unknown user costs as much as a wrong password")


def verify_password(con: duckdb.DuckDBPyConnection, username: str, password: str) -> bool:
    stored = None
    if USERNAME_RE.match(username or "") and con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'web_users'").fetchone()[0]:
        row = con.execute("SELECT password_hash FROM web_users WHERE username = ?", [username]).fetchone()
        stored = row[0] if row else None
    try:
        return _hasher.verify(stored or _dummy_hash(), password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# --- login rate limit --------------------------------------------------------------------------------

class RateLimiter:
    """Failed logins in a sliding window, per (client, user) and per client."""

    def __init__(self, per_user: int = FAILURES_PER_USER, per_client: int = FAILURES_PER_CLIENT,
                 window: float = WINDOW, max_keys: int = 10_000) -> None:
        self.per_user, self.per_client, self.window, self.max_keys = per_user, per_client, window, max_keys
        self._fails: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        q = self._fails.get(key, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def retry_after(self, client: str, username: str) -> int:
        """Seconds to wait before trying again (0: allowed now)."""
        now = time.monotonic()
        with self._lock:
            waits = []
            for key, limit in (((client, username.lower()), self.per_user), ((client, ""), self.per_client)):
                q = self._recent(key, now)
                if len(q) >= limit:
                    waits.append(int(q[-limit] + self.window - now) + 1)
            return max(waits, default=0)

    def failed(self, client: str, username: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._fails) > self.max_keys:  # forget the stalest keys
                for k in sorted(self._fails, key=lambda k: self._fails[k][-1] if self._fails[k] else 0)[
                        : len(self._fails) // 2]:
                    del self._fails[k]
            for key in ((client, username.lower()), (client, "")):
                q = self._recent(key, now)
                q.append(now)
                self._fails[key] = q

    def succeeded(self, client: str, username: str) -> None:
        with self._lock:
            self._fails.pop((client, username.lower()), None)


# --- session cookie (pure ASGI middleware) -------------------------------------------------------------

class Sessions:
    """Signs and reads the session cookie; `secure` None = Secure when the request is https."""

    def __init__(self, secret_key: str, secure: bool | None = None, max_age: int = SESSION_MAX_AGE) -> None:
        self.serializer = URLSafeTimedSerializer(secret_key, salt="forcewatch.web.session")
        self.secure, self.max_age = secure, max_age

    def load(self, cookie_header: str) -> dict[str, Any]:
        cookie = SimpleCookie()
        try:
            cookie.load(cookie_header)
        except Exception:  # a malformed Cookie header is no session
            return {}
        morsel = cookie.get(SESSION_COOKIE)
        if morsel is None:
            return {}
        try:
            data = self.serializer.loads(morsel.value, max_age=self.max_age)
        except BadSignature:
            return {}
        return data if isinstance(data, dict) else {}

    def header(self, session: dict[str, Any], https: bool) -> bytes:
        secure = self.secure if self.secure is not None else https
        if session:
            value, age = self.serializer.dumps(session), self.max_age
        else:
            value, age = "", 0
        parts = [f"{SESSION_COOKIE}={value}", "Path=/", f"Max-Age={age}", "HttpOnly", "SameSite=Lax"]
        if secure:
            parts.append("Secure")
        return "; ".join(parts).encode("latin-1")


class SessionMiddleware:
    """Puts the session dict in ``scope["session"]``; writes the cookie only when it changed."""

    def __init__(self, app: Any, sessions: Sessions) -> None:
        self.app, self.sessions = app, sessions

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = b"; ".join(v for k, v in scope["headers"] if k == b"cookie")
        session = self.sessions.load(raw.decode("latin-1")) if raw else {}
        scope["session"] = session
        scope["session_changed"] = False
        https = scope.get("scheme") == "https"

        async def send_with_cookie(message: dict) -> None:
            if message["type"] == "http.response.start" and scope.get("session_changed"):
                headers = list(message.get("headers", []))
                headers.append((b"set-cookie", self.sessions.header(scope["session"], https)))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def session_of(request: Any) -> dict[str, Any]:
    return request.scope.setdefault("session", {})


def current_user(request: Any) -> str | None:
    user = session_of(request).get("user")
    return user if isinstance(user, str) else None


def csrf_token(request: Any) -> str:
    """The session's CSRF token (a session is started when there is none)."""
    session = session_of(request)
    token = session.get("csrf")
    if not isinstance(token, str) or len(token) < 20:
        token = session["csrf"] = secrets.token_urlsafe(32)
        request.scope["session_changed"] = True
    return token


def csrf_ok(request: Any, token: str | None) -> bool:
    expected = session_of(request).get("csrf")
    if not isinstance(expected, str) or not token:
        return False
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if origin.split("://", 1)[-1] != host:
            return False
    return hmac.compare_digest(expected.encode(), token.encode("utf-8", "replace"))


def log_in(request: Any, username: str) -> None:
    """A new session for the user (new CSRF token: no session fixation)."""
    request.scope["session"] = {"user": username, "csrf": secrets.token_urlsafe(32)}
    request.scope["session_changed"] = True


def log_out(request: Any) -> None:
    request.scope["session"] = {"csrf": secrets.token_urlsafe(32)}
    request.scope["session_changed"] = True


def safe_next(target: str | None) -> str:
    """Only local paths are followed after login (no open redirect)."""
    if target and re.match(r"^/(?![/\\])[^\s]*$", target):
        return target
    return "/review"
