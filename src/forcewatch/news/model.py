"""Data passed between the stages of news reading: read -> clean -> detect -> extract -> match.

Every extracted value carries the sentence(s) it came from (`Evidence`), so a
reviewer can check each field against the article.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass
class Article:
    """One article's clean text, ready for detection and extraction."""

    text: str                      # clean body text (boilerplate removed), paragraphs separated by blank lines
    title: str | None = None
    url: str | None = None         # canonical URL, or file:// path when read from disk
    published: date | None = None  # from page metadata, feed entry, WARC header or given by the user
    origin: str = ""               # where it was read: "file.warc.gz#record 12", "feed.xml#entry 3"
    kind: str = "text"             # text | html | feed | warc
    #: the text is known to tell of a death at the hands of police (a row of a police-killings
    #: database, an incident summary): police need not be named for its dead to be victims
    police_death_known: bool = False

    @property
    def article_id(self) -> str:
        key = (self.url or "") + "\n" + self.text
        return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:16]


@dataclass
class Skipped:
    """An input item that could not be read; counted in the run's summary, never silent."""

    origin: str                    # file (and record/entry) that was skipped
    reason: str                    # short code: empty, binary, too_large, not_english, truncated_warc, ...
    message: str                   # a clear sentence for people


@dataclass
class Evidence:
    field: str
    value: Any
    sentences: list[str]
    claimed_by: str | None = None  # who says so: police, officer, family, video, witness, article


@dataclass
class Victim:
    """One person the article reports killed by police."""

    name: str | None = None                 # None when the article does not name them
    descriptor: str | None = None           # "a 27-year-old man" when unnamed
    age: int | None = None
    gender: str | None = None               # vocabulary `gender`
    race: list[str] = field(default_factory=list)     # vocabulary `race`
    date: date | None = None                # exact date when the article fixes it
    date_from: date | None = None           # otherwise a range (both ends inclusive)
    date_to: date | None = None
    city: str | None = None
    state: str | None = None                # USPS code
    agency: str | None = None
    causes: list[str] = field(default_factory=list)   # vocabulary `cause`
    shots: int | None = None                # number of shots fired / times hit, where stated
    flee: str | None = None                 # vocabulary `flee`
    armed: str | None = None                # vocabulary `armed`; "disputed" when claims disagree
    #: [{"claim": "armed" | "unarmed" | "replica" | "vehicle" | "dropped", "by": ..., "sentence": ...}];
    #: "dropped": the weapon was down when police fired
    armed_claims: list[dict] = field(default_factory=list)
    death_stated: bool = True               # False: shot by police, death not stated in the text
    police_stated: bool = True              # False: the text never says police were involved; taken as
                                            # given because the user said so (Article.police_death_known)
    video: bool | None = None               # any video of the incident is mentioned
    body_camera: bool | None = None         # body-camera footage exists
    video_released: bool | None = None
    video_released_by: str | None = None
    hands_up: bool | None = None            # hands raised or surrendering
    officer_names: list[str] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = asdict(self)
        for k in ("date", "date_from", "date_to"):
            if d[k] is not None:
                d[k] = d[k].isoformat()
        d["evidence"] = {k: {"value": jsonable(e.value), "sentences": e.sentences, "claimed_by": e.claimed_by}
                         for k, e in self.evidence.items()}
        return d


def jsonable(v: Any) -> Any:
    """A value as JSON-able Python: dates and datetimes as ISO text, lists, tuples and dicts walked."""
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    return v
