"""The `forcewatch` command line."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import __version__
from .cli_options import with_query
from .output import Format, write
from .store import ENV_STORE, connect, default_store_path

ENV_DATA = "FORCEWATCH_DATA"

EXAMPLES = {
    "build": "forcewatch build --data ../shared/data",
    "count": "forcewatch count --since 2015 --age-max 17 --by age_band --age-bands 0-15,16-17 --by race",
    "list": "forcewatch list --name toledo --source wapo",
    "rates": "forcewatch rates --by state --source wapo --since 2015",
    "sql": "forcewatch sql \"SELECT source, count(*) FROM records_latest GROUP BY 1\"",
    "diff": "forcewatch diff wapo 2022-12 2024-04-04",
    "snapshots": "forcewatch snapshots",
    "problems": "forcewatch problems --file the-counted-2016.csv",
    "report": "forcewatch report --out report.html",
    "fetch": "forcewatch fetch --dest data --mirror ../shared/data",
    "link": "forcewatch link --threshold 0.9   (then, after new data: forcewatch link --new)",
    "coverage": "forcewatch coverage --since 2015",
    "conflicts": "forcewatch conflicts --field age --field armed --source wapo",
    "decide": "forcewatch decide REC_A REC_B different --by 'J. Doe' --note 'two people, same day'",
    "news": "forcewatch news read article.html --published 2021-04-30 --queue",
    "serve": "forcewatch serve --port 8000   (reviewers: forcewatch serve --review)",
    "users": "forcewatch users add jdoe   (a reviewer's login for the web app)",
}

HELP = ("Build, check and analyse the record of people killed by police in the United States.\n\n"
        "Examples:\n\n" + "\n\n".join(f"  {cmd:<10} {ex}" for cmd, ex in EXAMPLES.items()))

app = typer.Typer(help=HELP, no_args_is_help=True, add_completion=False,
                  rich_markup_mode="markdown", pretty_exceptions_enable=False)
err = Console(stderr=True)

StoreOpt = typer.Option(None, "--store", help=f"DuckDB store file (env {ENV_STORE}; default "
                        "./forcewatch.duckdb).", show_default=False)
FormatOpt = typer.Option(Format.table, "--format", "-f", help="table, json or csv.")
OutOpt = typer.Option(None, "--out", "-o", help="Write to this file instead of the terminal.")


def _ex(cmd: str) -> str:
    return f"Example: `{EXAMPLES[cmd]}`"


def _con(store: Optional[Path]):
    try:
        return connect(store or default_store_path())
    except FileNotFoundError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


def _version(value: bool) -> None:
    if value:
        print(f"forcewatch {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Show the version and exit.")) -> None:
    """forcewatch command line."""


@app.command(epilog=_ex("build"))
def build(
    data: Path = typer.Option(None, "--data", "-d", help=f"Folder of source files (env {ENV_DATA}, "
                              "else FORCEWATCH_MIRROR, else ./data)."),
    store: Optional[Path] = StoreOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the summary line."),
) -> None:
    """(Re)build the store from every recognised file in a folder."""
    from .build import build as run_build
    from .summary import headline, print_build

    data = data or Path(os.environ.get(ENV_DATA) or os.environ.get("FORCEWATCH_MIRROR") or "data")
    store = store or default_store_path()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .build import discover

    try:
        total = len(discover(data)) if data.is_dir() else 0
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[file]}"), console=err, transient=True,
                      disable=quiet) as bar:
            task = bar.add_task("building", total=total, file="")
            result = run_build(data, store, progress=lambda f: bar.update(task, advance=1, file=f))
    except FileNotFoundError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    print_build(result, quiet=quiet)
    if not quiet:
        with connect(store) as con:
            headline(con)


@app.command("count", epilog=_ex("count"))
@with_query
def count_cmd(store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt,
              out: Optional[Path] = OutOpt, query=None) -> None:
    """Count deaths per source and snapshot, with filters and breakdowns."""
    from .analysis.query import count

    with (_linked_con(store) if query.linked else _con(store)) as con:
        try:
            df = count(con, query)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    write(df, fmt, out, title="Deaths (per source; never add sources together)",
          meta={"query": query.describe()})


@app.command("list", epilog=_ex("list"))
@with_query
def list_cmd(store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt,
             out: Optional[Path] = OutOpt,
             columns: Optional[str] = typer.Option(None, "--columns", help="Comma-separated columns."),
             limit: int = typer.Option(50, "--limit", help="At most this many rows (0 = all)."),
             query=None) -> None:
    """List the matching records themselves."""
    from .analysis.query import records

    kw = {"columns": [c.strip() for c in columns.split(",")]} if columns else {}
    with (_linked_con(store) if query.linked else _con(store)) as con:
        try:
            df = records(con, query, limit=limit or None, **kw)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    write(df, fmt, out, meta={"query": query.describe()})


@app.command(epilog=_ex("rates"))
@with_query
def rates(store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt, out: Optional[Path] = OutOpt,
          per: str = typer.Option("state", "--per", help="state or city."),
          min_population: int = typer.Option(0, "--min-population", help="Only places this large."),
          top: int = typer.Option(0, "--top", help="Only the N highest rates per source (0 = all)."),
          query=None) -> None:
    """Deaths per million residents per year, by state or city (Census estimates)."""
    from .analysis.rates import rates as run

    by = [b for b in query.by if b in ("state", "city")]
    per = by[0] if by else per
    with (_linked_con(store) if query.linked else _con(store)) as con:
        try:
            df = run(con, query, by=per, min_population=min_population)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    if top:
        df = df.groupby(["source", "snapshot"], sort=False).head(top)
    write(df, fmt, out, title=f"Deaths per million residents per year, by {per}",
          meta={"query": query.describe(), "per": per})


@app.command(epilog=_ex("sql"))
def sql(query: str = typer.Argument(..., help="SQL to run (read-only)."),
        store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt,
        out: Optional[Path] = OutOpt) -> None:
    """Run raw SQL against the store (tables: records, records_latest, snapshots, files, ...)."""
    import duckdb

    with _con(store) as con:
        try:
            df = con.execute(query).df()
        except duckdb.Error as exc:
            err.print(f"[red]SQL error:[/red] {exc}")
            raise typer.Exit(1) from None
    write(df, fmt, out)


@app.command(epilog=_ex("diff"))
def diff(source: str = typer.Argument(..., help="Source, e.g. wapo."),
         old: str = typer.Argument(..., help="Older snapshot label."),
         new: str = typer.Argument(..., help="Newer snapshot label."),
         store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt, out: Optional[Path] = OutOpt,
         limit: int = typer.Option(30, "--limit", help="Rows of each list to print in a table.")
         ) -> None:
    """What changed between two snapshots of a source: added, removed, changed fields."""
    from .analysis.diff import diff as run
    from .summary import print_diff

    with _con(store) as con:
        try:
            d = run(con, source, old, new)
        except ValueError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
    print_diff(d, fmt, out, limit)


@app.command(epilog=_ex("snapshots"))
def snapshots(store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt,
              out: Optional[Path] = OutOpt) -> None:
    """Sources and snapshots in the store, with record counts and licences."""
    with _con(store) as con:
        df = con.execute("""SELECT s.source, s.snapshot, s.snapshot_date, s.records, s.is_latest,
                   min(r.date) AS first_date, max(r.date) AS last_date, s.licence
            FROM snapshots s JOIN records r USING (source, snapshot)
            GROUP BY ALL ORDER BY source, snapshot_date""").df()
    write(df, fmt, out)


@app.command(epilog=_ex("problems"))
def problems(store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt,
             out: Optional[Path] = OutOpt,
             file: Optional[str] = typer.Option(None, "--file", help="Only this file."),
             quarantined: bool = typer.Option(False, "--quarantined", help="Only rows kept out."),
             limit: int = typer.Option(100, "--limit")) -> None:
    """Rows quarantined and warnings from the last build, naming file, row and field."""
    sev = "AND severity = 'error'" if quarantined else ""
    with _con(store) as con:
        df = con.execute(f"""SELECT severity, file, "row", field, value, message FROM issues
            WHERE (? IS NULL OR file = ?) {sev} ORDER BY file, "row" LIMIT ?""",
                         [file, file, limit]).df()
    write(df, fmt, out)


@app.command(epilog=_ex("report"))
def report(store: Optional[Path] = StoreOpt,
           out: Path = typer.Option(Path("forcewatch-report.html"), "--out", "-o"),
           as_of: Optional[str] = typer.Option(None, "--as-of", help="Newest snapshots by date.")
           ) -> None:
    """Write one self-contained HTML report (charts embedded, works offline)."""
    from .report import write_report

    with _con(store) as con, err.status("writing the report (charts, tables)..."):
        path = write_report(con, out, as_of=as_of)
    err.print(f"report written to [bold]{path}[/bold]")


@app.command(epilog=_ex("fetch"))
def fetch(dest: Path = typer.Option(Path("data"), "--dest", help="Where snapshot folders go."),
          source: Optional[List[str]] = typer.Option(None, "--source", "-s",
                                                     help="Only these sources (default: all)."),
          mirror: Optional[Path] = typer.Option(None, "--mirror", help="Copy from this local folder "
                                                "instead of downloading (env FORCEWATCH_MIRROR)."),
          base_url: Optional[str] = typer.Option(None, "--base-url", help="Replace scheme and host "
                                                 "of every URL (env FORCEWATCH_BASE_URL)."),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
          ) -> None:
    """Download each source from its official URL into dated snapshot folders."""
    from .fetch import fetch as run
    from .summary import print_fetch

    try:
        results = run(dest, sources=source or None, mirror=mirror, base_url=base_url,
                      use_env=True, progress=not quiet)
    except (ValueError, FileNotFoundError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    print_fetch(results)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


@app.command(epilog=_ex("link"))
def link(store: Optional[Path] = StoreOpt,
         threshold: Optional[float] = typer.Option(None, "--threshold",
                                                   help="Match probability needed to link (default 0.9, "
                                                   "or the last full link's with --new)."),
         new: bool = typer.Option(False, "--new", help="Only link records without a death yet to the "
                                  "existing deaths, with the saved model (no retraining)."),
         ) -> None:
    """Link the records of the same death across sources (splink), apply people's decisions,
    link snapshots by id; then `--linked` queries, `coverage` and `conflicts` work."""
    import duckdb

    from .analysis.linked import create_views
    from .analysis.snapshot_links import link_snapshots
    from .link import link as run
    from .link.decisions import apply_decisions

    path = store or default_store_path()
    if not Path(path).exists():
        err.print(f"[red]no store at {path}: run `forcewatch build` first[/red]")
        raise typer.Exit(2)
    with duckdb.connect(str(path)) as con:
        with err.status("linking records across sources (splink)..."):
            have = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            if new and {"clusters", "link_model"} <= have:
                from .link.incremental import link_new

                inc = link_new(con, threshold=threshold)
                msg = (f"{inc.new_records:,} new records: {inc.joined_existing:,} joined existing deaths, "
                       f"{inc.new_deaths:,} new deaths; {inc.pairs_scored:,} pairs scored; {inc.seconds:.1f} s")
            else:
                r = run(con, threshold=threshold or 0.9)
                msg = (f"{r.records:,} records of the newest snapshots -> {r.clusters:,} deaths "
                       f"({r.multi_source_clusters:,} reported by more than one source); "
                       f"{r.pairs_matched:,} pairs at p >= {r.threshold}; {r.seconds:.1f} s")
            applied = apply_decisions(con)
            snaps = link_snapshots(con)
            create_views(con)
    err.print(msg)
    err.print(f"people's decisions applied: same {applied['same']}, different {applied['different']}, "
              f"not applicable {applied['not_applied']}")
    write(snaps, Format.table, title="Older snapshots linked to the newest by the source's own id")


NO_LINKS = ("no linked deaths in this store: run `forcewatch link` (after a rebuild, "
            "`forcewatch link --new` keeps the deaths already linked)")


def _linked_con(store: Optional[Path]):
    con = _con(store)
    if not con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'deaths'").fetchone()[0]:
        err.print(f"[red]{NO_LINKS}[/red]")
        raise typer.Exit(2)
    return con


@app.command(epilog=_ex("coverage"))
def coverage(store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt, out: Optional[Path] = OutOpt,
             since: Optional[int] = typer.Option(None, "--since", help="From this year."),
             examples: int = typer.Option(3, "--examples", help="Names shown per row."),
             matrix_only: bool = typer.Option(False, "--matrix", help="Only the overlap matrix.")) -> None:
    """What each source misses: deaths only one source has, per year, and an overlap matrix."""
    from .analysis.linked import coverage as run

    with _linked_con(store) as con:
        per_year, matrix = run(con, since=since, examples=examples)
    if not matrix_only:
        write(per_year, fmt, out, title="Deaths per year and source, and those only this source has")
    if matrix_only or Format(fmt) is Format.table:
        write(matrix, fmt, out if matrix_only else None,
              title="Overlap: deaths reported by both the row and the column source")


@app.command(epilog=_ex("conflicts"))
def conflicts(store: Optional[Path] = StoreOpt, fmt: Format = FormatOpt, out: Optional[Path] = OutOpt,
              field: Optional[List[str]] = typer.Option(None, "--field", help="age, date, gender, race, "
                                                       "state, city, cause, armed, body_camera, flee."),
              source: Optional[str] = typer.Option(None, "--source", "-s", help="Involving this source."),
              limit: int = typer.Option(50, "--limit", help="At most this many rows (0 = all).")) -> None:
    """Deaths on which the linked sources disagree, field by field, with every source's value."""
    from .analysis.linked import conflicts as run

    with _linked_con(store) as con:
        df = run(con, fields=field or None, source=source, limit=limit or None)
    write(df, fmt, out, title="Where sources disagree")


@app.command(epilog=_ex("decide"))
def decide(record_a: str = typer.Argument(..., help="A record_id."),
           record_b: str = typer.Argument(..., help="Another record_id."),
           decision: str = typer.Argument(..., help="same or different."),
           by: str = typer.Option(..., "--by", help="Who decides (kept with the decision)."),
           note: Optional[str] = typer.Option(None, "--note", help="The evidence for it."),
           store: Optional[Path] = StoreOpt) -> None:
    """Record a person's decision that two records are (not) the same death; it persists across
    rebuilds and is applied by the next `forcewatch link`."""
    import duckdb

    if decision not in ("same", "different"):
        raise typer.BadParameter("decision is 'same' or 'different'")
    path = store or default_store_path()
    with duckdb.connect(str(path)) as con:
        known = con.execute("SELECT count(*) FROM records WHERE record_id IN (?, ?)",
                            [record_a, record_b]).fetchone()[0]
        if known != 2:
            err.print("[red]both record ids must exist in the store (see `forcewatch list`)[/red]")
            raise typer.Exit(2)
        con.execute("INSERT INTO link_decisions VALUES (?, ?, ?, ?, now()::TIMESTAMP, ?)",
                    [record_a, record_b, decision, by, note])
    err.print(f"recorded: {record_a} and {record_b} are {decision} ({by})")


from .news.cli import news_app  # noqa: E402 - the sub-app registers after the commands above

app.add_typer(news_app, name="news", help="Read news articles: find people killed by police, match them to the "
              "store (known / new / conflict), review candidates (queue, show, decide), evaluate. "
              + _ex("news"))

from .web.cli import users_app  # noqa: E402 - the sub-app registers after the commands above

app.add_typer(users_app, name="users", help="Reviewers' logins for the web app (argon2-hashed, kept in the store). "
              + _ex("users"))


@app.command(epilog=_ex("serve"))
def serve(store: Optional[Path] = StoreOpt,
          host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: all)."),
          port: int = typer.Option(8000, "--port", help="Port."),
          review: bool = typer.Option(False, "--review", help="Open the store read-write so logged-in reviewers "
                                      "can decide on news candidates (no other process can open it meanwhile)."),
          workers: int = typer.Option(1, "--workers", help="Worker processes (read-only mode only)."),
          secure_cookies: str = typer.Option("auto", "--secure-cookies", help="Secure session cookie: auto (when "
                                             "the request is https, e.g. behind a TLS proxy), always or never."),
          cache_mb: float = typer.Option(64, "--cache-mb", help="Response cache size in MB (0 = off)."),
          threads: int = typer.Option(0, "--threads", help="DuckDB threads per worker (0 = all cores)."),
          ) -> None:
    """Start the web dashboard and JSON API on the store (after `forcewatch link`); works offline."""
    from .web.cli import serve as run_serve

    run_serve(store, host, port, review, workers, secure_cookies, cache_mb, threads)


def run() -> None:  # pragma: no cover - console entry point helper
    app(prog_name="forcewatch")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
