"""Names and places the extractor must read whole (hand-written texts, marked as such): a nickname in
quotes inside a name, New York City's boroughs."""

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
