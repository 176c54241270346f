"""Names and places the extractor must read whole (hand-written texts, marked as such): a nickname in
quotes inside a name, New York City's boroughs, curly apostrophes and characters that print as nothing."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from conftest import read_one_victim

one = partial(read_one_victim, published=date(2021, 3, 9))


@pytest.mark.parametrize("written, last", [
    ('Caleb "CJ" Okafor', "Okafor"),
    ("Benjamin \u201cB.J.\u201d Kessler", "Kessler"),
    ("Robert \u2018Ethan' Marlow", "Marlow"),
    ("Jose 'Big Joe' Arrieta", "Arrieta"),
])
def test_a_nickname_in_quotes_stays_inside_the_name(written, last):
    # hand-written: the nickname used to cut the name short ('Caleb') and lose the age after it
    v = one(f"Deputies shot and killed {written}, 34, on Monday after he fired at them, the sheriff said.")
    assert v.name.startswith(written.split()[0]) and v.name.endswith(last)
    assert v.age == 34


@pytest.mark.parametrize("borough", ["Brooklyn", "Queens", "Staten Island"])
def test_a_borough_is_in_new_york(borough):
    # hand-written: the borough alone, no state named ('Brooklyn' is also a town in Ohio)
    v = one(f"NYPD officers shot and killed Dwayne Ortiz, 27, on Monday outside an apartment building in {borough}.")
    assert (v.city, v.state) == (borough, "NY")


def test_curly_apostrophes_read_as_straight_ones():
    # hand-written: the same story as typeset by a news site, with curly apostrophes
    text = ("A Prince George\u2019s County police officer shot and killed Kevin O\u2019Hara, 34, on Monday. "
            "O\u2019Hara didn\u2019t have a weapon, his sister said.")
    v = one(text)
    assert v.name == "Kevin O'Hara" and v.age == 34
    assert v.state == "MD"
    assert v.armed == "unarmed"
    # the evidence quotes the article as written
    assert v.evidence["armed"].sentences == ["O\u2019Hara didn\u2019t have a weapon, his sister said."]


def test_characters_that_print_as_nothing_do_not_split_words():
    # hand-written: a soft hyphen and a zero-width space pasted from a web page
    v = one("Two Lynd\u00adhurst police officers shot and killed Ray Kin\u200bsey, 41, on Monday in Lyndhurst, Ohio.")
    assert v.name == "Ray Kinsey" and v.age == 41
    assert (v.city, v.state) == ("Lyndhurst", "OH")
