"""Paragraphs and sentences of clean article text, with offsets kept.

A plain rule-based splitter: it protects common abbreviations (titles, months,
states in AP style, initials) so "Sgt. John Doe" or "Chicago, Ill." do not end a
sentence.  No model is needed and it is fast (about 20 µs per sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: states in AP style ('Calif.', 'Tenn.')
_STATE_ABBREV = ("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb "
                 "Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo").split()
_ABBREV = (
    "Mr Mrs Ms Dr Sr Jr St Mt Ft Lt Sgt Capt Col Gen Cmdr Cpl Det Dep Ofc Off Insp Supt Gov Sen Rep Rev Hon Prof "
    "Maj Dets Sgts Cpls Lts Capts Ofcs Ofcr Deps Cpt "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun "
    "Ave Blvd Rd Hwy Co Corp Inc No vs approx est"
).split() + _STATE_ABBREV
_ABBREV_RE = re.compile(r"\b(" + "|".join(_ABBREV) + r")\.", re.I)
#: a state's abbreviation after 'Town, ' ends the sentence when a sentence's first word follows ('in Memphis,
#: Tenn. The suspect, ...'), not 'Chicago, Ill., police'
_AFTER_TOWN_COMMA = re.compile(r",\s+$")
_OPENER_AFTER = re.compile(r"\s+(?:The|He|She|They|It|His|Her|Their|Police|Officers|Deputies|Authorities|An?|"
                           r"When|After|Before|During|According|Investigators|Witnesses)\b")


def _abbreviation(m: re.Match[str]) -> str:
    word, text = m.group(1), m.string
    if word in _STATE_ABBREV and _AFTER_TOWN_COMMA.search(text, max(0, m.start() - 3), m.start()) \
            and _OPENER_AFTER.match(text, m.end()):
        return m.group(0)
    return word + _MARK
_INITIAL_RE = re.compile(r"\b([A-Z])\.(?=\s*[A-Z])")
_ACRONYM_RE = re.compile(r"\b((?:[A-Za-z]\.){2,})")
# ... and where the space after the period was left out ('in Wilmer.The Alabama Bureau'), not in names
# and addresses ('St.Louis', 'John.Smith@...')
_SPLIT_RE = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[.!?][\"”’])\s+(?=[a-z])|"
                       r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z]*\s)")
_MARK = "\u2024"  # one-dot leader stands in for a protected period


@dataclass(frozen=True)
class Sentence:
    text: str
    index: int        # position in the article
    paragraph: int    # paragraph number


_CLOCK_END = re.compile(r"\b([ap])\.m\.(?=\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|ET|EST|EDT|CT|PT|MT)\b)[A-Z])")


def _protect(text: str) -> str:
    text = _CLOCK_END.sub(lambda m: f"{m.group(1)}{_MARK}m.", text)  # '1:30 a.m. After ...' ends a sentence
    text = _ACRONYM_RE.sub(lambda m: m.group(1).replace(".", _MARK), text)
    text = _ABBREV_RE.sub(_abbreviation, text)
    return _INITIAL_RE.sub(lambda m: m.group(1) + _MARK, text)


#: characters that print as nothing (soft hyphen, zero-width spaces and joiners, word joiner, byte-order
#: mark): 'Smi\u200bth' is Smith, 'Day\u00adton' is Dayton
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
#: line and paragraph separators other than '\n' (NEL, LINE / PARAGRAPH SEPARATOR)
_OTHER_BREAKS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})


def strip_invisible(text: str) -> str:
    """`text` without the characters that print as nothing, other line breaks written as '\\n'."""
    return _INVISIBLE.sub("", text).translate(_OTHER_BREAKS)


#: a curly apostrophe inside or at the end of a word ('O’Brien', 'didn’t', 'Meyers’ arm'); quotes around
#: words ('‘Stop,’ he said') are left as they are
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)[’‘](?=\w)|(?<=[sz])’(?=[\s,.;:])")


def plain_apostrophes(text: str) -> str:
    """`text` with its curly apostrophes written straight ('Grant’s' -> "Grant's"), one character for one,
    so that the patterns of the extractor, written with "'", read both; the sentences split the same."""
    return _CURLY_APOSTROPHE.sub("'", text)


#: a space typed before a comma ('Marcus Reed , 25 ,') or a comma typed twice ('Reed,, 25'), as hand-kept records
#: (Fatal Encounters' descriptions) sometimes have them
_LOOSE_COMMA = re.compile(r"(?<=[\w.)\"”]) +(?=,)|(?<=,),+")


def plain_commas(text: str) -> str:
    """`text` with no space before a comma and no comma typed twice, so that 'Marcus Reed , 25 ,' reads as 'Marcus
    Reed, 25,'; sentences split as before (see :func:`forcewatch.news.extract._as_written`)."""
    return _LOOSE_COMMA.sub("", text)


#: a word in capitals that can be part of a name: 'MARCUS', "O'NEAL", 'SMITH-JONES', an initial 'J.'
_CAPS_WORD = r"(?:[A-Z](?:[A-Z]|['-](?=[A-Z]))+|[A-Z]\.)"
_NAME_WORD = rf"(?:{_CAPS_WORD}|[A-Z][a-z]+(?:['-][A-Z][a-z]+)?)"
#: a run of two to five such words holding a word in capitals, before the person's age ('MARCUS SMITH, 45,',
#: 'Marcus SMITH (45)') or after 'identified as' ('identified him as MARCUS D. SMITH')
_CAPS_RUN = rf"(?=(?:{_NAME_WORD}\s+){{0,4}}[A-Z][A-Z'-]*[A-Z]\b){_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}"
_CAPS_NAME = re.compile(
    rf"(?<![\w'.-]){_CAPS_RUN}(?=(?:,?\s+(?:JR|SR|Jr|Sr|II|III|IV)\b\.?)?"
    rf"(?:\s*,\s*(?:age\s+|aged\s+)?\d{{1,3}}\b|\s*\(\d{{1,3}}\)))"
    rf"|(?<=\bidentified as ){_CAPS_RUN}(?=[.,;])|(?<=\bidentified (?:him|her) as ){_CAPS_RUN}(?=[.,;])")
#: words in capitals that are no name: agencies, titles, headline words
_NOT_CAPS_NAME = {
    "POLICE", "OFFICER", "OFFICERS", "DEPUTY", "DEPUTIES", "SHERIFF", "SGT", "TROOPER", "DETECTIVE", "AGENT", "CHIEF",
    "COUNTY", "CITY", "STATE", "DEPARTMENT", "OFFICE", "UPDATE", "UPDATED", "BREAKING", "NEWS", "PHOTOS", "VIDEO",
    "WATCH", "LIVE", "SWAT", "FBI", "ATF", "DEA", "ICE", "DPS", "CHP", "NYPD", "LAPD", "CPD", "MPD", "APD", "BPD",
    "PD", "SO", "GBI", "SBI", "TBI", "FDLE", "DOJ", "USA", "US", "AP", "CNN", "THE", "AND", "OF", "MAN", "WOMAN",
    "BOY", "GIRL", "TEEN", "DEAD", "KILLED", "SHOT", "SUSPECT", "VICTIM", "NAME", "UNKNOWN", "WITHHELD", "AGE",
}


_ROMAN = {"II", "III", "IV", "VI", "VII", "VIII"}


def _title_word(w: str) -> str:
    if not (w.isupper() and len(w) > 1 and not w.endswith(".")) or w.rstrip(",") in _ROMAN:
        return w
    return "-".join("'".join(p[:1] + p[1:].lower() if len(p) > 1 else p for p in h.split("'")) for h in w.split("-"))


def _caps_name(m: re.Match) -> str:
    run = m.group(0)
    words = list(re.finditer(r"\S+", run))
    # the name is what follows the last word that is none ('LAPD Officer JOHN DOE, 32')
    stops = [i for i, w in enumerate(words) if w.group(0).strip(".,").upper() in _NOT_CAPS_NAME]
    start = stops[-1] + 1 if stops else 0
    if len(words) - start < 2 or not any(w.group(0).isupper() and len(w.group(0)) > 2 and w.group(0) not in _ROMAN
                                         for w in words[start:]):
        return run
    cut = words[start].start()
    return run[:cut] + re.sub(r"\S+", lambda w: _title_word(w.group(0)), run[cut:])


def plain_names(text: str) -> str:
    """`text` with a person's name written in capitals written as a name ('MARCUS SMITH, 45' -> 'Marcus Smith,
    45'; "Da'QUAN O'NEAL" -> "Da'Quan O'Neal"), one character for one, so that the name patterns read it; words in
    capitals before no age (headlines, agencies 'LAPD') are left as they are, and so is a text written all in
    capitals."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return text
    return _CAPS_NAME.sub(_caps_name, text)


#: a line break after a short line with no closing punctuation, before a capital: the end of a headline, a byline
#: or a date line ('Man dies after Fresno officers use Taser\nBy Jenna Pruitt\nPosted Aug. 9, 2020'), not a line
#: of wrapped text (longer, or going on in lower case)
_SHORT_LINE_END = re.compile(r"(?m)^(?P<line>[^\n]{1,60}(?<![.,;:!?\"”’)\-—–]))[ \t]*\r?\n(?=[ \t]*[A-Z0-9\"“])")


#: a line break before a byline or a date line ('... outside store\nBy Jenna Pruitt\n', '\nby: Nick Dawson\n',
#: '\nPosted: Oct 30, 2021 / 08:14 PM EDT\n')
_BYLINE_START = re.compile(r"[ \t]*\r?\n(?=[ \t]*(?:(?:By|BY|by):?[ \t]+[A-Z][^\n]{1,50}|"
                           r"(?:Posted|Published|Updated|Last [Uu]pdated)\b:?[^\n]{0,80})(?:\r?\n|$))")


def paragraphs(text: str) -> list[str]:
    parts = re.split(r"\n\s*\n|\r\n\s*\r\n", strip_invisible(text))
    out = []
    for part in parts:
        part = _BYLINE_START.sub("\n\n", _SHORT_LINE_END.sub(lambda m: m["line"] + "\n\n", part))
        for p in part.split("\n\n"):
            p = re.sub(r"\s*\n\s*", " ", p).strip()
            if p:
                out.append(p)
    return out


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, para in enumerate(paragraphs(text)):
        for piece in _SPLIT_RE.split(_protect(para)):
            piece = piece.replace(_MARK, ".").strip()
            if piece:
                out.append(Sentence(piece, len(out), pi))
    return out
