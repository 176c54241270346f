"""The query options shared by `count`, `list` and `rates`, declared once.

:func:`with_query` adds the filter options to a command's signature and hands
the command a ready :class:`~forcewatch.analysis.query.Query` as ``query``.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from typing import Any, Callable, List, Optional

import typer

from .analysis.query import DEFAULT_AGE_BANDS, Query


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    v = value.strip()
    try:
        if len(v) == 4:
            return dt.date(int(v), 1, 1) if name != "until" else dt.date(int(v), 12, 31)
        if len(v) == 7:
            y, m = map(int, v.split("-"))
            if name == "until":
                nxt = dt.date(y + m // 12, m % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(y, m, 1)
        return dt.date.fromisoformat(v)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                                 param_hint=f"--{name.replace('_', '-')}") from None


def _split(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def _snapshots(values: list[str] | None) -> dict[str, str]:
    out = {}
    for v in _split(values):
        src, sep, snap = v.partition("=")
        if not sep or not snap:
            raise typer.BadParameter(f"{v!r}: use SOURCE=SNAPSHOT, e.g. wapo=2021-05-01",
                                     param_hint="--snapshot")
        out[src.strip()] = snap.strip()
    return out


def _opt(default: Any, *names: str, help: str) -> Any:
    return typer.Option(default, *names, help=help, rich_help_panel="Filters")


FILTERS: list[tuple[str, Any, Any]] = [
    ("source", Optional[List[str]], _opt(None, "--source", "-s", help="Source(s): wapo, mpv, guardian, fe, ksr.")),
    ("snapshot", Optional[List[str]], _opt(None, "--snapshot", help="Pin a snapshot: SOURCE=LABEL (default: newest).")),
    ("as_of", Optional[str], _opt(None, "--as-of", help="Use each source's newest snapshot published by this date.")),
    ("all_snapshots", bool, _opt(False, "--all-snapshots", help="Every snapshot of every source, side by side.")),
    ("linked", bool, _opt(False, "--linked", help="De-duplicated deaths across all sources (after `forcewatch link`); --source keeps deaths those sources report.")),
    ("since", Optional[str], _opt(None, "--since", help="Incidents on or after (YYYY, YYYY-MM or YYYY-MM-DD).")),
    ("until", Optional[str], _opt(None, "--until", help="Incidents on or before.")),
    ("age_min", Optional[int], _opt(None, "--age-min", help="Minimum age (inclusive).")),
    ("age_max", Optional[int], _opt(None, "--age-max", help="Maximum age (inclusive); 17 = under 18.")),
    ("gender", Optional[List[str]], _opt(None, "--gender", help="male, female, transgender, nonbinary, unknown.")),
    ("race", Optional[List[str]], _opt(None, "--race", help="white, black, hispanic, asian, native_american, ... unknown.")),
    ("state", Optional[List[str]], _opt(None, "--state", help="Two-letter state code(s).")),
    ("city", Optional[List[str]], _opt(None, "--city", help="City name(s), case-insensitive.")),
    ("agency", Optional[str], _opt(None, "--agency", help="Agency name or ORI contains this text.")),
    ("cause", Optional[List[str]], _opt(None, "--cause", help="gunshot, taser, vehicle, restraint, ...")),
    ("armed", Optional[List[str]], _opt(None, "--armed", help="armed, unarmed, replica, vehicle, undetermined, disputed, unknown.")),
    ("weapon", Optional[List[str]], _opt(None, "--weapon", help="gun, knife, blunt_object, vehicle, replica, ...")),
    ("threat", Optional[List[str]], _opt(None, "--threat", help="attack, shoot, point, threat, move, ...")),
    ("flee", Optional[List[str]], _opt(None, "--flee", help="not_fleeing, foot, vehicle, other, unknown.")),
    ("body_camera", Optional[bool], _opt(None, "--body-camera/--no-body-camera", help="Body camera on / off (default: either or unknown).")),
    ("mental_illness", Optional[List[str]], _opt(None, "--mental-illness", help="yes, no, drug_alcohol, unknown.")),
    ("intended_force", Optional[List[str]], _opt(None, "--intended-force", help="Kind of force the source says police meant to use (FE, KSR): deadly_force, less_lethal, pursuit, vehicle, suicide, none, undetermined, unknown.")),
    ("police_force_only", bool, _opt(False, "--police-force-only", help="Leave out deaths whose source says police force did not cause them (intended force: suicide, none).")),
    ("name", Optional[str], _opt(None, "--name", help="Name contains this text.")),
    ("by", Optional[List[str]], typer.Option(None, "--by", "-b", help="Group by: year, month, state, city, agency, race, gender, age_band, cause, armed, weapon, flee, body_camera, mental_illness, intended_force, ...", rich_help_panel="Grouping")),
    ("age_bands", str, typer.Option(DEFAULT_AGE_BANDS, "--age-bands", help="Bands for --by age_band, e.g. '0-15,16-17'.", rich_help_panel="Grouping")),
]


def query_from(opts: dict[str, Any]) -> Query:
    return Query(
        sources=_split(opts["source"]), snapshots=_snapshots(opts["snapshot"]),
        as_of=_date(opts["as_of"], "as_of"), all_snapshots=opts["all_snapshots"], linked=opts["linked"],
        since=_date(opts["since"], "since"), until=_date(opts["until"], "until"),
        age_min=opts["age_min"], age_max=opts["age_max"], gender=_split(opts["gender"]),
        race=_split(opts["race"]), state=_split(opts["state"]), city=_split(opts["city"]),
        agency=opts["agency"], cause=_split(opts["cause"]), armed=_split(opts["armed"]),
        weapon=_split(opts["weapon"]), threat=_split(opts["threat"]), flee=_split(opts["flee"]),
        body_camera=opts["body_camera"], mental_illness=_split(opts["mental_illness"]),
        intended_force=_split(opts["intended_force"]), police_force_only=bool(opts["police_force_only"]),
        name=opts["name"], by=_split(opts["by"]), age_bands=opts["age_bands"])


def with_query(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the filter options to `func`, which receives `query: Query`."""
    sig = inspect.signature(func)
    own = [p for p in sig.parameters.values() if p.name != "query"]
    extra = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a)
             for n, a, d in FILTERS]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        opts = {n: kwargs.pop(n) for n, _, _ in FILTERS}
        return func(*args, query=query_from(opts), **kwargs)

    wrapper.__signature__ = sig.replace(  # type: ignore[attr-defined]
        parameters=[p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own] + extra)
    return wrapper
