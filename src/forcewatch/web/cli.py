"""``forcewatch serve`` and ``forcewatch users`` (registered by forcewatch.cli).

Kept light: FastAPI and uvicorn are imported only when a command runs.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

ENV_PASSWORD = "FORCEWATCH_WEB_PASSWORD"
err = Console(stderr=True)
users_app = typer.Typer(no_args_is_help=True, help="Reviewers' logins for the web app (argon2-hashed, in the store).")
StoreOpt = typer.Option(None, "--store", help="DuckDB store file (env FORCEWATCH_STORE; default ./forcewatch.duckdb).",
                        show_default=False)


def _store(store: Optional[Path]) -> Path:
    from ..store import default_store_path

    path = store or default_store_path()
    if not Path(path).exists():
        err.print(f"[red]no store at {path}: run `forcewatch build` first[/red]")
        raise typer.Exit(2)
    return Path(path)


def _write_con(path: Path):
    import duckdb

    try:
        return duckdb.connect(str(path))
    except duckdb.IOException as exc:
        err.print(f"[red]cannot open {path} for writing ({exc}); is `forcewatch serve --review` running?[/red]")
        raise typer.Exit(2) from None


@users_app.command("add")
def users_add(name: str = typer.Argument(..., help="User name (letters, digits, . _ @ -)."),
              store: Optional[Path] = StoreOpt,
              replace: bool = typer.Option(False, "--replace", help="Set a new password for an existing user.")
              ) -> None:
    """Add a reviewer. The password is asked for (or read from FORCEWATCH_WEB_PASSWORD)."""
    from .auth import MIN_PASSWORD, add_user

    path = _store(store)
    password = os.environ.get(ENV_PASSWORD) or typer.prompt(
        f"Password for {name} (at least {MIN_PASSWORD} characters)", hide_input=True, confirmation_prompt=True)
    with _write_con(path) as con:
        try:
            add_user(con, name, password, replace=replace)
        except ValueError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
    err.print(f"user [bold]{name}[/bold] {'updated' if replace else 'added'} in {path}")


@users_app.command("remove")
def users_remove(name: str = typer.Argument(...), store: Optional[Path] = StoreOpt) -> None:
    """Remove a reviewer (their past decisions keep their name)."""
    from .auth import remove_user

    with _write_con(_store(store)) as con:
        if not remove_user(con, name):
            err.print(f"[red]no user {name!r}[/red]")
            raise typer.Exit(1)
    err.print(f"user {name} removed")


@users_app.command("list")
def users_list(store: Optional[Path] = StoreOpt) -> None:
    """List the reviewers."""
    import duckdb

    from .auth import list_users

    with duckdb.connect(str(_store(store)), read_only=True) as con:
        for name, created in list_users(con):
            print(f"{name}\t{created:%Y-%m-%d %H:%M} UTC" if created else name)


def serve(store: Optional[Path], host: str, port: int, review: bool, workers: int, secure_cookies: str,
          cache_mb: float, threads: int) -> None:
    """Start the web app with uvicorn (see `forcewatch serve --help`)."""
    import uvicorn

    from .app import ENV_CACHE, ENV_REVIEW, ENV_SECURE, ENV_THREADS
    from .auth import ENV_SECRET

    path = _store(store)
    if review and workers > 1:
        err.print("[red]--review needs one worker: only one process may write the store[/red]")
        raise typer.Exit(2)
    if secure_cookies not in ("auto", "always", "never"):
        raise typer.BadParameter("auto, always or never", param_hint="--secure-cookies")
    # settings reach every worker process through the environment (one secret for all of them)
    os.environ.update({"FORCEWATCH_STORE": str(path.resolve()), ENV_REVIEW: "1" if review else "0",
                       ENV_SECURE: secure_cookies, ENV_CACHE: str(cache_mb), ENV_THREADS: str(threads or "")})
    os.environ.setdefault(ENV_SECRET, secrets.token_urlsafe(32))
    import duckdb

    with duckdb.connect(str(path), read_only=True) as con:
        if not con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'deaths'").fetchone()[0]:
            err.print("[red]no linked deaths in this store: run `forcewatch link` first[/red]")
            raise typer.Exit(2)
    mode = "read-write: review actions on" if review else "read-only (start with --review to record decisions)"
    err.print(f"forcewatch web on http://{host}:{port}/ — store {path}, {mode}")
    try:
        uvicorn.run("forcewatch.web.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", access_log=False, proxy_headers=True, server_header=False)
    except Exception as exc:  # e.g. the store is not linked yet
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
