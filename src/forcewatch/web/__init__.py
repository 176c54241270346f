"""The web dashboard and JSON API (`forcewatch serve`).

* :mod:`.queries` -- the data behind every page (DuckDB, no web framework);
* :mod:`.app` -- :func:`create_app`, the FastAPI application (pages, API, security headers);
* :mod:`.api` / :mod:`.pages` -- JSON endpoints (in the OpenAPI spec) and HTML pages;
* :mod:`.auth` -- reviewers' logins (argon2), signed session cookie, CSRF, login rate limit;
* :mod:`.cli` -- ``forcewatch serve`` and ``forcewatch users``.

See docs/web.md.
"""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(*args, **kwargs):  # a lazy re-export
    """See :func:`forcewatch.web.app.create_app` (imported lazily: FastAPI is heavy)."""
    from .app import create_app as _create

    return _create(*args, **kwargs)
