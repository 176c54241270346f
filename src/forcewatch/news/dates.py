"""Incident dates in article text, resolved against the publication date.

An exact expression ("March 29, 2021", "on Wednesday" with a known publication
date) gives one day; a vague one ("last month", "earlier this week") gives a
range, never a guess.  Without a publication date only expressions that carry a
year can be resolved.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
       r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MDY = re.compile(_MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?")
_NUMERIC = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)?\d\d)\b")
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
_MONTH_YEAR = re.compile(r"\b(?:in|during|of)\s+" + _MON + r"(?:\s+(?P<year>(?:19|20)\d\d))?\b")
_WEEKDAY = re.compile(r"\b(?P<last>last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE = re.compile(r"\b(?P<rel>yesterday|today|tonight|last night|this morning|last week|last month|last year|"
                       r"earlier this (?:week|month|year)|this (?:week|month|year)|over the weekend|"
                       r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?)"
                       r" ago)\b", re.I)
WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}


@dataclass(frozen=True)
class DateFound:
    start: date
    end: date
    text: str          # the words it was read from
    exact: bool

    @property
    def day(self) -> date | None:
        return self.start if self.start == self.end else None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def find_dates(sentence: str, published: date | None) -> list[DateFound]:
    """Every date expression of a sentence, resolved (unresolvable ones are left out)."""
    out: list[DateFound] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return not any(m.start() < e and s < m.end() for s, e in taken)

    def add(m: re.Match, start: date | None, end: date | None, exact: bool) -> None:
        taken.append((m.start(), m.end()))
        if start and end and (published is None or start <= published):
            out.append(DateFound(start, min(end, published) if published else end, m.group(0), exact))

    for rx in (_ISO, _NUMERIC):
        for m in rx.finditer(sentence):
            y = int(m["y"])
            y = y + 2000 if y < 100 else y
            d = _safe(y, int(m["m"]), int(m["d"]))
            add(m, d, d, True)
    for m in _MDY.finditer(sentence):
        if not free(m):
            continue
        mon = MONTHS[m["mon"].lower().rstrip(".")]
        day = int(m["day"])
        if m["year"]:
            d = _safe(int(m["year"]), mon, day)
        elif published:
            d = _safe(published.year, mon, day)
            if d and d > published:
                d = _safe(published.year - 1, mon, day)
        else:
            d = None
        add(m, d, d, True)
    for m in _MONTH_YEAR.finditer(sentence):
        if not free(m):
            continue
        mon = MONTHS[m["mon"].lower().rstrip(".")]
        if m["mon"].lower() == "may" and not m["year"]:
            continue  # "in may" is too often the verb
        if m["year"]:
            y = int(m["year"])
        elif published:
            y = published.year if mon <= published.month else published.year - 1
        else:
            continue
        add(m, *_month_range(y, mon), False)
    if published:
        for m in _WEEKDAY.finditer(sentence):
            if not free(m):
                continue
            back = (published.weekday() - WEEKDAYS[m["wd"].lower()]) % 7
            if m["last"] and back == 0:
                back = 7
            d = published - timedelta(days=back)
            add(m, d, d, True)
        for m in _RELATIVE.finditer(sentence):
            if not free(m):
                continue
            start, end = _relative(m, published)
            add(m, start, end, start == end)
    return out


def _relative(m: re.Match, p: date) -> tuple[date, date]:
    rel = m["rel"].lower()
    if rel in ("today", "tonight", "this morning"):
        return p, p
    if rel in ("yesterday", "last night"):
        return p - timedelta(days=1), p - timedelta(days=1)
    if rel == "last week":
        monday = p - timedelta(days=p.weekday())
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if rel in ("earlier this week", "this week"):
        return p - timedelta(days=p.weekday()), p
    if rel == "over the weekend":
        sat = p - timedelta(days=(p.weekday() - 5) % 7)
        return sat, min(sat + timedelta(days=1), p)
    if rel == "last month":
        y, mo = (p.year, p.month - 1) if p.month > 1 else (p.year - 1, 12)
        return _month_range(y, mo)
    if rel in ("earlier this month", "this month"):
        return date(p.year, p.month, 1), p
    if rel == "last year":
        return date(p.year - 1, 1, 1), date(p.year - 1, 12, 31)
    if rel in ("earlier this year", "this year"):
        return date(p.year, 1, 1), p
    n = WORDNUM.get(m["n"].lower()) if not m["n"].isdigit() else int(m["n"])
    unit = m["unit"].lower().rstrip("s")
    days = {"day": 1, "week": 7, "month": 30}[unit] * n
    approx = {"day": 0, "week": 3, "month": 15}[unit]
    centre = p - timedelta(days=days)
    return centre - timedelta(days=approx), min(centre + timedelta(days=approx), p)
