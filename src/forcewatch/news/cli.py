"""`forcewatch news ...`: read articles, list and decide the review queue, evaluate.

Registered in ``forcewatch.cli`` as the sub-app ``news``.  Heavy modules (reader,
extractor, matching) are imported inside the commands, so ``forcewatch --help``
stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..output import Format, write
from ..store import ENV_STORE, default_store_path

err = Console(stderr=True)
news_app = typer.Typer(help="Read news articles: find people killed by police, match them to the store, "
                       "review them (see docs/news.md).", no_args_is_help=True, add_completion=False,
                       rich_markup_mode="markdown", pretty_exceptions_enable=False)

StoreOpt = typer.Option(None, "--store", help=f"DuckDB store file (env {ENV_STORE}; default ./forcewatch.duckdb).",
                        show_default=False)
DECISIONS_HELP = "confirmed, rejected, duplicate (with --duplicate-of) or new (reopen)."


def _published(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--published") from None


def _connect(store: Optional[Path], read_only: bool):
    import duckdb

    path = Path(store or default_store_path())
    if not path.exists():
        err.print(f"[red]no store at {path}: run `forcewatch build` first[/red]")
        raise typer.Exit(2)
    return duckdb.connect(str(path), read_only=read_only)


def _no_queue(exc: Exception) -> None:
    err.print(f"[red]this store has no review queue tables ({exc}); rebuild it with `forcewatch build`[/red]")
    raise typer.Exit(2)


@news_app.command("read", epilog="Example: `forcewatch news read article.html --published 2021-04-30 --queue`")
def read_cmd(
    paths: List[Path] = typer.Argument(..., exists=True, help="Files or folders: text, HTML, RSS/Atom, WARC."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) of "
                                            "articles whose metadata gives none."),
    store: Optional[Path] = StoreOpt,
    no_match: bool = typer.Option(False, "--no-match", help="Do not match victims against the store."),
    queue: bool = typer.Option(False, "--queue", help="Add the victims to the review queue of the store."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write JSON Lines here instead of stdout."),
    no_prefilter: bool = typer.Option(False, "--no-prefilter", help="Extract from every article (no cheap "
                                      "pre-filter)."),
    known: bool = typer.Option(False, "--police-deaths-known", help="Every text is known to tell of a police "
                               "killing (incident summaries, a database's descriptions): police need not be "
                               "named for its dead to be victims; no pre-filter."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Find the people killed by police in articles; one JSON line per victim (article, victim with the
    evidence sentences, match: known / new / conflict)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from .pipeline import run

    when = _published(published)
    con = None
    if queue:
        con = _connect(store, read_only=False)
    elif not no_match:
        path = Path(store or default_store_path())
        if path.exists():
            con = _connect(path, read_only=True)
        elif store is not None:
            err.print(f"[red]no store at {path}: run `forcewatch build` first, or use --no-match[/red]")
            raise typer.Exit(2)
        else:
            err.print(f"[yellow]no store at {path}: victims are not matched (use --store, or --no-match)[/yellow]")
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err, transient=True,
                      disable=quiet) as bar:
            task = bar.add_task("reading", total=None)
            counts = {"items": 0}

            def tick(item) -> None:
                counts["items"] += 1
                bar.update(task, description=f"read {counts['items']:,} items: {item.origin[-60:]}")

            r = run(paths, con=con, published=when, store_queue=queue, prefilter=not no_prefilter, on_item=tick,
                    match_victims=not no_match, police_death_known=known)
            for row in r:
                sink.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    finally:
        if out:
            sink.close()
        if con is not None:
            con.close()
    print_summary(r.summary)
    if r.summary.articles_read == 0 and r.summary.skipped:
        raise typer.Exit(1)  # nothing could be read at all


def print_summary(s) -> None:
    t = Table(title="news read", show_header=False)
    t.add_row("articles read", f"{s.articles_read:,}")
    t.add_row("skipped (could not be read)", f"{len(s.skipped):,}" + "".join(
        f"\n  {reason}: {n:,}" for reason, n in sorted(s.skipped_by_reason.items())))
    t.add_row("pre-filtered out (no sign of a police killing)", f"{s.prefiltered_out:,}")
    t.add_row("articles with victims", f"{s.articles_with_victims:,}")
    t.add_row("victims", f"{s.victims:,}")
    if sum(s.matched.values()):
        t.add_row("matched: known / new / conflict",
                  f"{s.matched.get('known', 0):,} / {s.matched.get('new', 0):,} / {s.matched.get('conflict', 0):,}")
    if s.queued:
        t.add_row("added to the review queue", f"{s.queued:,}")
    if s.errors:
        t.add_row("articles that failed to extract", f"{len(s.errors):,}")
    t.add_row("seconds", f"{s.seconds:.2f}")
    err.print(t)
    problems = [(x["origin"], x["reason"], x["message"]) for x in s.skipped] + \
        [(x["origin"], f"error in {x['stage']}", x["message"]) for x in s.errors]
    if problems:
        st = Table("item", "reason", "message", title="skipped items")
        for origin, reason, message in problems[:30]:
            st.add_row(origin, reason, message)
        err.print(st)
        if len(problems) > 30:
            err.print(f"... and {len(problems) - 30:,} more")


@news_app.command("queue", epilog="Example: `forcewatch news queue --status new --match conflict`")
def queue_cmd(
    status: str = typer.Option("new", "--status", help="new, confirmed, rejected, duplicate, or all."),
    match_status: Optional[str] = typer.Option(None, "--match", help="Only known, new or conflict matches."),
    limit: int = typer.Option(50, "--limit", help="At most this many (0 = all)."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table, json or csv."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file."),
    store: Optional[Path] = StoreOpt,
) -> None:
    """List the review queue's candidates."""
    import duckdb

    from .queue import list_candidates

    with _connect(store, read_only=True) as con:
        try:
            df = list_candidates(con, status=None if status == "all" else status, limit=limit or None,
                                 match_status=match_status)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        except duckdb.CatalogException as exc:
            _no_queue(exc)
    if Format(fmt) is Format.table:
        df = df.assign(name=df["name"].fillna(df["descriptor"]), records=df["matched_record_ids"].map(
            lambda v: 0 if v is None else len(v)))[
            ["candidate_id", "status", "name", "age", "date", "city", "state", "match_status", "records",
             "articles"]]
    write(df, fmt, out, title=f"Review queue ({status})")


@news_app.command("show", epilog="Example: `forcewatch news show nc-1a2b3c4d5e6f`")
def show_cmd(candidate_id: str = typer.Argument(..., help="A candidate id (see `forcewatch news queue`)."),
             fmt: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
             store: Optional[Path] = StoreOpt) -> None:
    """One candidate: fields with their evidence sentences, articles, match and conflicts, decisions."""
    import duckdb

    from .queue import get

    with _connect(store, read_only=True) as con:
        try:
            c = get(con, candidate_id)
        except ValueError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        except duckdb.CatalogException as exc:
            _no_queue(exc)
    if Format(fmt) is not Format.table:
        print(json.dumps(c, ensure_ascii=False, indent=2, default=str))
        return
    print_candidate(c)


def _show(v) -> str:
    return ", ".join(map(str, v)) if isinstance(v, list) else str(v)


def print_candidate(c: dict) -> None:
    out = Console()
    out.print(f"[bold]{c['candidate_id']}[/bold]  {c['name'] or c['descriptor'] or '(no name)'}  "
              f"status [bold]{c['status']}[/bold]" + (f"  record {c['record_id']}" if c["record_id"] else "")
              + (f"  duplicate of {c['duplicate_of']}" if c["duplicate_of"] else ""))
    t = Table("field", "value", "evidence (article sentences)", title="Extracted fields", show_lines=True)
    date = c["date"] or (f"{c['date_from']}..{c['date_to']}" if c["date_from"] else None)
    values = {**{k: c[k] for k in ("name", "descriptor", "age", "gender", "race", "city", "state", "agency",
                                   "causes", "shots", "flee", "armed", "body_camera", "video_released",
                                   "hands_up", "officer_names")}, "date": date}
    aliases = {"causes": ("causes", "cause"), "date": ("date", "date_from", "date_to"),
               "armed": ("armed", "armed_claims")}
    for f, v in values.items():
        ev = [e for k in aliases.get(f, (f,)) for e in c["evidence"].get(k, [])]
        if v in (None, [], "") and not ev:
            continue
        sentences = "\n".join(f"• {s}" + (f"  [dim]({e['claimed_by']})[/dim]" if e.get("claimed_by") else "")
                              for e in ev for s in e["sentences"])
        t.add_row(f, _show(v), sentences)
    out.print(t)
    a = Table("published", "title", "url / origin", title="Articles")
    for art in c["articles"]:
        a.add_row(str(art["published"] or ""), art["title"] or "", art["url"] or art["origin"] or "")
    out.print(a)
    m = c["match"]
    if m["status"] is None:
        out.print("match: not matched against the store")
    else:
        out.print(f"match: [bold]{m['status']}[/bold]" + (f" by rule {m['rule']} ({m['confidence']} confidence, "
                                                         f"score {m['score']})" if m.get("rule") else "")
                  + (f", death {m['death_id']}" if m["death_id"] else ""))
        for note in m.get("notes") or []:
            out.print(f"  note: {note}")
        for rid in m["record_ids"]:
            out.print(f"  record {rid}")
        if m["conflicts"]:
            grouped: dict[tuple, list[str]] = {}
            for x in m["conflicts"]:
                key = (x["field"], _show(x["article_value"]), _show(x["record_value"]))
                grouped.setdefault(key, []).append(f"{x['source']} {x.get('snapshot') or ''}".strip())
            ct = Table("field", "article says", "record says", "records (source snapshot)",
                       title="Conflicts (record ids: --format json)", show_lines=True)
            for (f, av, rv), where in grouped.items():
                ct.add_row(f, av, rv, ", ".join(where))
            out.print(ct)
    if c.get("edits"):
        e = Table("edited_at (UTC)", "field", "was", "now", "by", "note", title="Corrections")
        for x in c["edits"]:
            e.add_row(str(x["edited_at"]), x["field"], _show(x["old_value"]), _show(x["new_value"]), x["edited_by"],
                      x["note"] or "")
        out.print(e)
    if c["decisions"]:
        d = Table("decided_at (UTC)", "decision", "by", "note", "duplicate_of", title="Decisions")
        for x in c["decisions"]:
            d.add_row(str(x["decided_at"]), x["decision"], x["decided_by"], x["note"] or "", x["duplicate_of"] or "")
        out.print(d)


@news_app.command("decide", epilog="Example: `forcewatch news decide nc-1a2b3c4d5e6f confirmed --by 'J. Doe'`")
def decide_cmd(candidate_id: str = typer.Argument(..., help="A candidate id."),
               decision: str = typer.Argument(..., help=DECISIONS_HELP),
               by: str = typer.Option(..., "--by", help="Who decides (logged with the decision)."),
               note: Optional[str] = typer.Option(None, "--note", help="Why (the evidence)."),
               duplicate_of: Optional[str] = typer.Option(None, "--duplicate-of", help="For 'duplicate': the "
                                                          "other candidate_id or record_id."),
               store: Optional[Path] = StoreOpt) -> None:
    """Decide a candidate; a confirmed one becomes a record of source `news` (removed again when rejected
    or reopened). Every decision is logged with who and when."""
    import duckdb

    from .queue import decide, record_id_of

    with _connect(store, read_only=False) as con:
        try:
            decide(con, candidate_id, decision, by, note=note, duplicate_of=duplicate_of)
        except ValueError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        except duckdb.CatalogException as exc:
            _no_queue(exc)
    extra = f": record {record_id_of(candidate_id)} (run `forcewatch link --new` to link it)" \
        if decision == "confirmed" else ""
    err.print(f"recorded: {candidate_id} {decision} ({by}){extra}")


@news_app.command("edit", epilog="Example: `forcewatch news edit nc-1a2b3c4d5e6f age=17 city=Chicago --by 'J. Doe'`")
def edit_cmd(candidate_id: str = typer.Argument(..., help="A candidate id."),
             changes: list[str] = typer.Argument(..., help="field=value pairs; an empty value clears the field; "
                                                 "lists (race, causes, officer_names) are comma-separated."),
             by: str = typer.Option(..., "--by", help="Who edits (logged with each change)."),
             note: Optional[str] = typer.Option(None, "--note", help="Why (the evidence)."),
             store: Optional[Path] = StoreOpt) -> None:
    """Correct a candidate's fields (age, city, state, date, causes, armed, ...). Each change is logged with
    the old and new value, who and when; the candidate is matched again, and a confirmed one's record is
    rewritten."""
    import duckdb

    from .queue import EDITABLE, edit

    pairs = {}
    for c in changes:
        field, eq, value = c.partition("=")
        if not eq or not field.strip():
            err.print(f"[red]{c!r} is not field=value (fields: {', '.join(EDITABLE)})[/red]")
            raise typer.Exit(2)
        pairs[field.strip()] = value
    with _connect(store, read_only=False) as con:
        try:
            done = edit(con, candidate_id, pairs, by, note=note)
        except ValueError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        except duckdb.CatalogException as exc:
            _no_queue(exc)
    if not done:
        err.print(f"{candidate_id}: nothing changed (the values are already those)")
    for f, (old, new) in done.items():
        err.print(f"{candidate_id}: {f} {_show(old)} -> {_show(new)} ({by})")


@news_app.command("evaluate", epilog="Example: `forcewatch news evaluate --split heldout --out eval.json`")
def evaluate_cmd(split: str = typer.Option("heldout", "--split", help="heldout, dev or all."),
                 out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the metrics as JSON here."),
                 mirror: Optional[Path] = typer.Option(None, "--mirror", help="Data folder (default: "
                                                       "FORCEWATCH_MIRROR, else ../shared/data)."),
                 examples: int = typer.Option(0, "--examples", help="Error examples per field (dev split only)."),
                 jobs: int = typer.Option(1, "--jobs", help="Extractor processes."),
                 check: bool = typer.Option(False, "--check", help="Exit 1 when a held-out bar fails.")) -> None:
    """Score the extractor on news-derived texts with gold fields (MPV/KSR descriptions; see
    docs/news-evaluation.md): per-field accuracy, detection recall, false victims."""
    if split not in ("heldout", "dev", "all"):
        raise typer.BadParameter("use heldout, dev or all", param_hint="--split")
    try:
        from .evaluate import run as run_evaluation
    except ImportError as exc:
        err.print(f"[red]the news evaluation is not available: {exc}[/red]")
        raise typer.Exit(2) from None
    try:
        res = run_evaluation(split=split, out=out, mirror=mirror, examples=examples, jobs=jobs)
    except (ValueError, FileNotFoundError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    held = (res.get("splits") or {}).get("heldout", {}).get("bars", []) if isinstance(res, dict) else []
    if check and any(b.get("pass") is False for b in held):
        raise typer.Exit(1)
