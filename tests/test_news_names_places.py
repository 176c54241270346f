"""Names and places the extractor must read whole (hand-written texts, marked as such): a nickname in
quotes inside a name, New York City's boroughs, curly apostrophes and characters that print as nothing."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from conftest import read_one_victim, read_victims

one = partial(read_one_victim, published=date(2021, 3, 9))
victims = partial(read_victims, published=date(2021, 3, 9))


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


def test_junior_and_senior_are_two_people():
    # hand-written: the father, named with 'Sr.', is not the man police killed
    text = ("Albuquerque police officers shot and killed a 25-year-old man Tuesday in the Southeast Heights, police "
            "said.\n\nAnthony Sedillo Jr., known to friends as \"A.J.,\" died at the scene. Cmdr. Rachel Ortiz said "
            "the officers fired nine rounds.\n\nHis father, Anthony Sedillo Sr., 48, said he wanted to see the video.")
    v = one(text)
    assert v.name == "Anthony Sedillo Jr." and v.age == 25


def test_the_father_of_a_junior_is_the_senior():
    # hand-written: 'the father' tells which of the two McIvers police killed
    v = one("Fort Worth police tried to stop 43-year-old Ed Banner Sr., who was with his 21-year-old son, Ed Banner "
            "Jr. The pair fled, and the father was shot and killed by an officer. The son was later captured.")
    assert v.name == "Ed Banner Sr." and v.age == 43


def test_a_nickname_known_to_neighbors_is_no_second_person():
    # hand-written: 'known to neighbors as "Dee"' names the woman already named
    v = one("Kern County sheriff's deputies shot and killed a 67-year-old woman Wednesday at her home in Bakersfield, "
            "Calif. Sheriff's officials said the woman, Dolores Ann Pryce, known to neighbors as \"Dee,\" fired once "
            "through the door.")
    assert v.name == "Dolores Ann Pryce" and v.age == 67


def test_a_hometown_after_nearby_is_no_person():
    # hand-written: 'from nearby Montebello' is where he lived
    v = one("Deputies shot and killed a man Saturday in East Los Angeles. Jose Arriaga, a 52-year-old father of four "
            "from nearby Montebello, was struck multiple times and died at the scene.")
    assert v.name == "Jose Arriaga"


def test_a_father_and_his_toddler_son_killed_together():
    # hand-written: both named together, both killed
    names = sorted(v.name for v in victims(
        "Darnell Hobbs Sr. and his toddler son, Darnell Hobbs Jr., were killed when the elder Hobbs tried to evade "
        "a police traffic stop by driving through a railroad crossing."))
    assert names == ["Darnell Hobbs Jr.", "Darnell Hobbs Sr."]
