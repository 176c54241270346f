"""Text normalisation and person-name matching for the news evaluation: is an extracted
name the gold person (:func:`names_match`), with accents, case, titles and suffixes ignored.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "rev"}


def strip_accents(s: str) -> str:
    """Accents off ('José' -> 'Jose'), case kept."""
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    return s


def _plain(s: str) -> str:
    """Accents off and case-folded."""
    return strip_accents(s).casefold()


def fold(s: str | None) -> str:
    """Accents off, case-folded, punctuation -> space, single spaces."""
    if not s:
        return ""
    s = _plain(str(s)).replace("'", "").replace("\u2019", "")  # O'Neal -> oneal, sheriff's -> sheriffs
    return _NON_ALNUM.sub(" ", s).strip()


def lower_plain(s: str | None) -> str:
    """Accents off, case-folded, runs of white space -> one space; punctuation kept."""
    if not s:
        return ""
    return " ".join(_plain(str(s)).split())


def name_tokens(name: str | None) -> tuple[str, ...]:
    """Name as comparable tokens: folded, titles (Mr., Dr.) and suffixes (Jr., III) dropped."""
    toks = fold(name).split()
    while len(toks) > 1 and toks[0] in _TITLES:
        toks.pop(0)
    while len(toks) > 1 and toks[-1] in _SUFFIXES:
        toks.pop()
    return tuple(toks)


def _close(a: str, b: str, min_len: int) -> bool:
    """Equal, or one edit (or one swap of two letters: 'Grisgby') apart when both are at least
    `min_len` letters (spelling variants between the gold row and its text: 'Nesbit' / 'Nesbitt')."""
    from ..people import one_edit_apart

    return one_edit_apart(a, b, min_len)


def _first_names_compatible(a: str, b: str) -> bool:
    """'Chris' ~ 'Christopher', 'J' ~ 'James', 'Ronald' ~ 'Donald' (one edit), 'Kenny' ~ 'Kenneth'
    (the same first three letters), equal names."""
    return a.startswith(b) or b.startswith(a) or _close(a, b, 4) or (min(len(a), len(b)) >= 4 and a[:3] == b[:3])


def names_match(extracted: str | None, gold: str | None, gold_last: str | None = None) -> bool:
    """An extracted name is the gold person.

    Same normalised name; or the same last name (the extracted name's last word is the
    gold last name, or one of the gold name's words after the first: 'Juan Garcia'
    matches 'Juan Garcia Lopez'; one spelling edit allowed in names of 5 letters or
    more, or of 4 letters when the first names are equal; a swap of two letters is one
    edit) and, when both give a first name, compatible first names (equal, one a prefix
    or initial of the other, one edit apart, or the extracted first name is one of the
    gold names: 'Robert Smith' matches 'James Robert Smith'); or the gold first name
    alone ('Tyre' for 'Tyre King').  So a relative with the same last name ('his
    sister, Lily Tran') is not the victim 'Kevin Tran'."""
    te, tg = name_tokens(extracted), name_tokens(gold)
    if not te or not tg:
        return False
    if te == tg:
        return True
    if len(te) == 1 and len(tg) > 1 and len(te[0]) >= 3 and te[0] == tg[0]:
        return True  # the first name alone ('Tyre' for Tyre King)
    gl = name_tokens(gold_last) or tg[-1:]
    last_ok = (te[-len(gl):] == gl or _close(te[-1], gl[-1], 5)
               or any(_close(te[-1], t, 5) for t in tg[1:]) or (len(tg) == 1 and _close(te[-1], tg[0], 5)))
    if not last_ok and len(te) > 1 and len(tg) > 1 and te[0] == tg[0] and len(te[0]) >= 3:
        last_ok = _close(te[-1], tg[-1], 4)  # same first name, a short last name one edit apart
    if not last_ok:
        return False
    if len(te) == 1 or len(tg) == 1:
        return True
    return _first_names_compatible(te[0], tg[0]) or te[0] in tg[1:-1] or tg[0] in te[1:-1]
