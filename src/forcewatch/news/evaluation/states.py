"""The "text states the field" rules of the news evaluation: a field is scored on a row
only when the row's text states the gold value, by a transparent rule per field
(:class:`Rules`); the cue lists are data (``news/data/eval_cues.yaml``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping, Sequence

import yaml

from .names import fold, lower_plain, name_tokens, names_match, strip_accents

#: the "states" flags (st_death and st_police_death are diagnostics for detection)
STATES_COLUMNS = ("st_name", "st_death", "st_police_death", "st_age", "st_gender", "st_race",
                  "st_date", "st_city", "st_state", "st_city_state", "st_state_city_only",
                  "st_agency", "st_cause", "st_armed", "st_flee", "st_body_camera")


@cache
def cues() -> dict[str, Any]:
    """The cue lists (news/data/eval_cues.yaml)."""
    text = resources.files("forcewatch.news").joinpath("data/eval_cues.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _words(patterns: Iterable[str], flags: int = re.I) -> re.Pattern[str] | None:
    """One regex for a list of cue patterns, each between word boundaries."""
    pats = [p for p in patterns if p]
    if not pats:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?!\w)", flags)


class Rules:
    """The per-field "states" rules, compiled once from the cue lists."""

    def __init__(self, c: Mapping[str, Any] | None = None):
        c = c or cues()
        self.c = c
        self.death = _words(c["death"])
        self.police = _words(c["police"])
        self.gender = {k: _words(v) for k, v in c["gender"].items()}
        person = "|".join(c["race_person_words"])
        self.race = {k: _words([p.replace("{person}", person) for p in v]) for k, v in c["race"].items()}
        self.cause = {k: _words(v) for k, v in c["cause"].items()}
        self.armed = {k: _words(v) for k, v in c["armed"].items()}
        self.flee = {k: _words(v) for k, v in c["flee"].items()}
        self.body_camera = {k == "true": _words(v) for k, v in c["body_camera"].items()}
        self.months = {int(k): v for k, v in c["months"].items()}
        self.weekdays = list(c["weekdays"])
        self._month_of = {}
        for num, names in self.months.items():
            for n in names:
                self._month_of[n.replace("\\", "")] = num
        month_alt = "|".join(n for names in self.months.values() for n in names)
        self._month_day = re.compile(rf"(?<!\w)({month_alt})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)")
        self._numeric_md = re.compile(r"(?<![\d/])0?(\d{1,2})/0?(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?![\d/])")
        self._weekday = re.compile(r"(?<!\w)(" + "|".join(self.weekdays) + r")(?!\w)")
        self.city_aliases = dict(c["city_aliases"])
        self.city_part_of = frozenset(c["city_name_part_of"])
        self.agency_generic = {fold(w) for w in c["agency_generic_words"]} - {""}
        words = "|".join(c["agency_words"])
        # after the distinctive part (lower-cased text): "'s", up to two other words (not across
        # punctuation), then an agency word
        self._agency_follow = re.compile(rf"(?:['\u2019]s)?(?:\s[\w'\u2019-]+){{0,2}}?\s(?:{words})(?!\w)")
        self._state_res: dict[str, re.Pattern[str]] = {}
        from ...population import states

        names = dict(zip(states()["usps"], states()["name"]))
        special = c.get("state_name_patterns") or {}
        for usps, name in names.items():
            full = special.get(usps) or re.escape(name)
            abbrevs = [re.escape(a) for a in (c["ap_abbreviations"].get(usps) or [])] + [usps]
            after_comma = r",\s*(?:" + "|".join(abbrevs) + r")(?![A-Za-z])"
            self._state_res[usps] = re.compile(rf"(?<!\w)(?:{full})(?!\w)|{after_comma}")

    # -- one method per field: True when `text` states the gold value ----------------

    @staticmethod
    def _hit(rx: re.Pattern[str] | None, text: str) -> bool:
        return rx is not None and rx.search(text) is not None

    def name(self, text: str, name: str | None, last_name: str | None = None,
             folded: str | None = None) -> bool:
        """The gold name, or its last name, appears (accents, case and punctuation ignored)."""
        if not name:
            return False
        hay = f" {folded if folded is not None else fold(text)} "
        last = " ".join(name_tokens(last_name)) or (name_tokens(name) or ("",))[-1]
        full = " ".join(name_tokens(name))
        return bool(last) and (f" {last} " in hay or f" {full} " in hay)

    def death_stated(self, text: str) -> bool:
        """A death cue (killed, died, dead, fatal, ...)."""
        return self._hit(self.death, text)

    def police_stated(self, text: str) -> bool:
        """A police cue (police, officer, deputy, trooper, ...)."""
        return self._hit(self.police, text)

    @lru_cache(maxsize=256)  # noqa: B019 - one Rules object per process, ages 0-110
    def _age_re(self, n: int) -> re.Pattern[str]:
        num = rf"(?<![\d.]){n}(?!\d)"
        return re.compile("|".join(f"(?:{p.replace('{n}', num)})" for p in self.c["age"]), re.I)

    def age(self, text: str, age: int | None, name: str | None = None,
            last_name: str | None = None) -> bool:
        """The gold age appears as '22-year-old', 'age 22', 'aged 22', 'Name, 22,' or '(22)'.

        With a gold name, a mention the text binds to another named person does not count:
        in 'Isaiah Robinson was killed, and Damon Battles, 39, was injured' the text states
        Battles' age, not Robinson's (see :func:`age_owner`).  An age bound to no name
        ('a 39-year-old man') or to the gold name counts."""
        if age is None:
            return False
        for m in self._age_re(int(age)).finditer(text):
            owner = age_owner(text, m.start(), m.end()) if name else None
            if owner is None or _same_person(owner, name, last_name):
                return True
        return False

    def gender_stated(self, text: str, gender: str | None) -> bool:
        return gender is not None and self._hit(self.gender.get(gender), text)

    def race_stated(self, text: str, races: Sequence[str] | None) -> bool:
        return any(self._hit(self.race.get(r), text) for r in (races or ()))

    def dates_in(self, text: str) -> set[tuple]:
        """Every (month, day), ("md", month, day) and ("weekday", n) the text writes."""
        found: set[tuple] = set()
        for m in self._month_day.finditer(text):
            found.add((self._month_of[m.group(1)], int(m.group(2))))
        for m in self._numeric_md.finditer(text):
            found.add((int(m.group(1)), int(m.group(2))))
        for m in self._weekday.finditer(text):
            found.add(("weekday", self.weekdays.index(m.group(1))))
        return found

    def date(self, text: str, d: dt.date | None, found: set[tuple] | None = None) -> bool:
        """The gold month name (or AP abbreviation) with the gold day ('March 29', 'Sept. 3'),
        the gold m/d, or the gold date's weekday ('on Wednesday'); capitalised as printed."""
        if d is None:
            return False
        found = self.dates_in(text) if found is None else found
        return (d.month, d.day) in found or ("weekday", d.weekday()) in found

    def norm_city(self, s: str | None) -> str:
        return " ".join(self.city_aliases.get(t, t) for t in fold(s).split())

    def city(self, text: str, city: str | None, normed: str | None = None) -> bool:
        """The gold city name appears (case, punctuation, accents ignored; Saint = St, ...) as a
        place: at least once not right before a capitalised word of `city_part_of` ('Tulsa County')."""
        c = self.norm_city(city).split()
        hay = (normed if normed is not None else self.norm_city(text)).split()
        if not c:
            return False
        cased = _cased_tokens(text)
        if len(cased) != len(hay):  # a letter folds into two ('ß'): no capitals to go by
            cased = [""] * len(hay)
        n = len(c)
        return any(hay[i:i + n] == c and (i + n == len(hay) or cased[i + n] not in self.city_part_of)
                   for i in range(len(hay) - n + 1))

    def state(self, text: str, state: str | None) -> bool:
        """The gold state's full name, or its AP abbreviation / USPS code after a comma."""
        rx = self._state_res.get(state or "")
        return rx is not None and rx.search(text) is not None

    @lru_cache(maxsize=8192)  # noqa: B019
    def _agency_parts(self, agency: str) -> tuple[str, str | None, str | None]:
        """(full name folded, distinctive part folded or None, initials or None)."""
        core = agency.split()
        if core and core[0].lower() == "the":
            core = core[1:]
        if len(core) > 2 and core[0].lower() in ("city", "town", "village", "county", "borough",
                                                 "township") and core[1].lower() == "of":
            core = core[2:]
        def generic(w: str) -> bool:
            return fold(w).replace(" ", "") in self.agency_generic

        while core and generic(core[-1]):
            core.pop()
        while core and generic(core[0]):
            core.pop(0)
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w']*", agency)
                           if w.lower() not in ("of", "the", "and", "for")).upper()
        return fold(agency), (lower_plain(" ".join(core)) or None), (initials if len(initials) >= 3 else None)

    def agency(self, text: str, agencies: Sequence[str] | None, folded: str | None = None,
               plain: str | None = None) -> bool:
        """One gold agency's full name, its initials (LAPD), or its distinctive part followed
        within three words by an agency word ('Parker County deputies'; not across a comma)."""
        hay = f" {fold(text) if folded is None else folded} "
        low = f" {lower_plain(text) if plain is None else plain} "
        for a in agencies or ():
            if not a or not a.strip():
                continue
            full, core, initials = self._agency_parts(a.strip())
            if full and f" {full} " in hay:
                return True
            if initials and re.search(rf"(?<!\w){initials}(?!\w)", text):
                return True
            if core:
                start = low.find(core)
                while start >= 0:
                    if not low[start - 1].isalnum() and self._agency_follow.match(low, start + len(core)):
                        return True
                    start = low.find(core, start + 1)
        return False

    def cause_stated(self, text: str, cause: str | None) -> bool:
        """A cue of the gold primary cause (shot, tased, restrained, ...)."""
        return cause is not None and self._hit(self.cause.get(cause), text)

    def armed_stated(self, text: str, armed: str | None) -> bool:
        return armed is not None and self._hit(self.armed.get(armed), text)

    def flee_stated(self, text: str, flee: str | None) -> bool:
        return flee is not None and self._hit(self.flee.get(flee), text)

    def body_camera_stated(self, text: str, body_camera: bool | None) -> bool:
        if body_camera is None:
            return False
        if body_camera:
            return self._hit(self.body_camera[True], text)
        return self._hit(self.body_camera[False], text)


_CAP = r"(?:[A-Z][\w'\u2019.-]*|[\"\u201c][^\"\u201d]{1,20}[\"\u201d])"
_NAME_PART = rf"(?:{_CAP}|de|del|la|van|von|da|dos)"
#: a capitalised name right before the age: 'Damon Battles, 39', 'Smith (39)', 'Jo Lee, a 39-year-old',
#: 'Jo Lee, age 39'
_NAME_BEFORE = re.compile(rf"({_CAP}(?:\s+{_NAME_PART})*(?:,\s*(?:Jr|Sr)\.?)?)\s*"
                          r"(?:,\s*(?:an?\s+|age\s+|aged\s+)?|\(\s*)$")
#: a capitalised name right after 'N-year-old': '23-year-old Andrew Chanerl'
_NAME_AFTER = re.compile(rf"\s+({_CAP}(?:\s+{_NAME_PART})+)(?:\s+([a-z]+))?")
#: words that make a capitalised run before/after an age not a person's name
_NOT_NAME_START = {"in", "on", "at", "the", "a", "an", "by", "from", "near", "of", "after", "when", "while",
                   "police", "officers", "deputies", "authorities", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
                   "may", "june", "july", "august", "september", "october", "november", "december",
                   "black", "white", "hispanic", "latino", "latina", "asian", "native", "african"}
#: a capitalised run followed by one of these is a place or an adjective: '37-year-old Los Angeles man'
_PERSON_NOUNS = {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident", "residents",
                 "native", "father", "mother", "son", "daughter", "student", "suspect", "veteran", "driver",
                 "officer", "deputy", "trooper", "agent", "person", "youth", "male", "female"}
_ROLE_WORDS = {"officer", "officers", "deputy", "sgt", "sergeant", "trooper", "detective", "agent", "sheriff",
               "lt", "lieutenant", "cpl", "corporal", "capt", "captain", "mr", "mrs", "ms", "dr", "chief"}


def age_owner(text: str, start: int, end: int) -> str | None:
    """The person's name the text binds an age mention (text[start:end]) to, or None.

    'Damon Battles, 39' and 'Jo Lee, a 39-year-old' bind the age to the name before it;
    '23-year-old Andrew Chanerl' to the name after it.  A run of capitals that starts like a
    phrase ('In Chicago, a 39-year-old') or is followed by a noun ('a 37-year-old Los Angeles
    man') is no name."""
    before = text[max(0, start - 80):start]
    if text[start:start + 1] in ",(":  # the pattern took the comma: 'Battles, 39' -> 'Battles' + ', 39'
        before += text[start]
    m = _NAME_BEFORE.search(before)
    cand = m.group(1) if m else None
    if cand is None and re.search(r"year", text[start:end]):
        a = _NAME_AFTER.match(text, end)
        if a and (a.group(2) or "") not in _PERSON_NOUNS:
            cand = a.group(1)
    if cand is None:
        return None
    words = [w.strip("\"\u201c\u201d.,").lower() for w in cand.split()]
    words = [w for w in words if w not in ("jr", "sr")]
    if not words or words[0] in _NOT_NAME_START:
        return None
    while words and words[0] in _ROLE_WORDS:
        words.pop(0)
    return " ".join(words) or None


def _same_person(owner: str, name: str | None, last_name: str | None) -> bool:
    """The name an age is bound to is the gold person's (the gold last or first name is in it)."""
    if names_match(owner, name, last_name):
        return True
    toks = set(name_tokens(owner))
    gold = name_tokens(name)
    last = name_tokens(last_name) or gold[-1:]
    return bool(toks & set(last)) or (len(toks) == 1 and bool(gold) and gold[0] in toks)


def _cased_tokens(text: str) -> list[str]:
    """The words of `text` as `fold` splits them, capitals kept."""
    text = strip_accents(text).replace("'", "").replace("\u2019", "")
    return [t for t in re.split(r"[^0-9A-Za-z]+", text) if t]


@cache
def rules() -> Rules:
    return Rules()


def states_row(r: Mapping[str, Any], R: Rules | None = None) -> dict[str, bool]:
    """The "states" flags of one row (gold values + description)."""
    R = R or rules()
    text = r.get("description") or ""
    folded = fold(text)
    city_norm = " ".join(R.city_aliases.get(t, t) for t in folded.split())
    named = bool(r.get("name")) and not r.get("name_withheld")
    st_city = R.city(text, r.get("city"), city_norm)
    st_state = R.state(text, r.get("state"))
    death = R.death_stated(text)
    return {
        "st_name": named and R.name(text, r.get("name"), r.get("last_name"), folded),
        "st_death": death,
        "st_police_death": death and R.police_stated(text),
        "st_age": R.age(text, r.get("age"), r.get("name") if named else None, r.get("last_name")),
        "st_gender": R.gender_stated(text, r.get("gender")),
        "st_race": R.race_stated(text, r.get("race")),
        "st_date": R.date(text, r.get("date")),
        "st_city": st_city,
        "st_state": st_state,
        "st_city_state": st_city and st_state,
        "st_state_city_only": st_city and not st_state and bool(r.get("state")),
        "st_agency": R.agency(text, r.get("agencies"), folded, lower_plain(text)),
        "st_cause": R.cause_stated(text, r.get("cause")),
        "st_armed": R.armed_stated(text, r.get("armed")),
        "st_flee": R.flee_stated(text, r.get("flee")),
        "st_body_camera": R.body_camera_stated(text, r.get("body_camera")),
    }
