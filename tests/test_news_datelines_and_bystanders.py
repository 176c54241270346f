"""Where it happened when a news story names several towns, and who is not the one killed (hand-written texts,
marked as such): a dateline below the lede's own town; a hospital's name; where the person lived beside another
town's force; a town that is also an officer's name; a hostage, one attacked, one arrested; the mother who spoke
and the son she spoke of; an officer and the man she fought, named with their ages."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim, read_victims

one = partial(read_one_victim, published=date(2022, 5, 2))
victims = partial(read_victims, published=date(2022, 5, 2))


def test_the_lede_town_ranks_above_the_dateline():
    # hand-written: the story was filed in Billings and Spokane; the killings happened in Laurel and Spokane Valley
    v = one("BILLINGS, Mont. -- A 39-year-old man was shot and killed by police in Laurel on Saturday after he "
            "crashed a stolen pickup and fired at officers, the sheriff's office said. The man was identified as "
            "Shane Holt of Billings.")
    assert (v.city, v.state) == ("Laurel", "MT")
    v = one("SPOKANE, Wash. -- A man was shot and killed by Spokane County sheriff's deputies Saturday night after "
            "a three-hour standoff at a house in Spokane Valley, authorities said.")
    assert (v.city, v.state) == ("Spokane Valley", "WA")


def test_a_hospital_named_after_a_town_is_no_town():
    # hand-written: Temple is a town in Texas
    v = one("PHILADELPHIA -- A man was fatally shot by a police officer Saturday evening after he pointed a gun at "
            "officers during a foot chase, police said. The man, identified Sunday as Hector Ruiz, was taken to "
            "Temple University Hospital, where he was pronounced dead.")
    assert (v.city, v.state) == ("Philadelphia", "PA")


def test_where_he_lived_beside_another_towns_force():
    # hand-written
    v = one("A Moorhead, Minn., man died Friday after police officers used a stun gun on him during an arrest in "
            "downtown Fargo, authorities said. Larry Olson, 57, was pronounced dead at a hospital.")
    assert v.city == "Fargo"
    v = one("A Pasco man died Saturday after he was shot by Kennewick police officers outside a grocery store, "
            "authorities said. The man was identified as Miguel Torres, 31.")
    assert v.city == "Kennewick"


def test_a_town_that_is_also_an_officers_name():
    # hand-written: Officer Kyle Dalton of the Dalton Police Department
    v = one("DALTON, Ga. -- A man shot by a police officer in a hotel parking lot early Saturday has died, the "
            "Georgia Bureau of Investigation said. Officer Kyle Dalton confronted William Kerr, 34, near the hotel, "
            "and Dalton fired his weapon. Kerr died Sunday at a hospital.")
    assert (v.name, v.city, v.state) == ("William Kerr", "Dalton", "GA")


def test_the_hostage_the_one_attacked_and_the_one_arrested_are_not_the_one_killed():
    # hand-written
    v = one("Officers shot and killed a man who had taken Mark Peters hostage inside a Dollar General store in "
            "Conway on Friday.")
    assert (v.name, v.city) == (None, "Conway")
    v = one("Police shot and killed a man Sunday who had shot his neighbor, Tom Ray, outside a bar in Waco.")
    assert (v.name, v.city) == (None, "Waco")
    v = one("Police shot and killed a man who had attacked Lisa Grant, 44, with a hammer. The woman was "
            "hospitalized.")
    assert (v.name, v.gender) == (None, "male")
    v = one("A woman was killed Saturday when a car fleeing police crashed into her vehicle, police said. The "
            "driver, Ronald Pike, 23, was arrested.")
    assert (v.name, v.gender) == (None, "female")


def test_the_mother_who_spoke_and_the_son_she_spoke_of():
    # hand-written: both named in one sentence; the family name alone later is the son's
    v = one("A 24-year-old man in a mental health crisis was shot and killed by deputies Sunday at his family's "
            "home. His mother, Denise Parks, said she called 911 because her son, Malik Parks, had stopped taking "
            "his medication. Deputies found Parks in the front yard holding a machete. Parks was pronounced dead at "
            "the scene.")
    assert (v.name, v.age) == ("Malik Parks", 24)


def test_an_officer_and_the_man_she_fought_named_with_their_ages():
    # hand-written: one title for the officer only
    v = one("LITTLE ROCK -- A man was fatally shot by a police officer Saturday after a struggle, police said. "
            "Officer Amanda Ruiz, 29, and Jerome Fields, 50, struggled in a parking lot, and she shot him once. "
            "Fields was taken to a hospital, where he died.")
    assert (v.name, v.age) == ("Jerome Fields", 50)


def test_the_state_after_a_town_is_no_person():
    # hand-written: 'Washington' may be a family name, but not after 'Seattle,'
    vs = victims("In Seattle, Washington, on the Ship Canal Bridge, Jonathan Whitehead, 33, died from gunshot wounds "
                 "after he lunged at police with a knife.")
    assert [(v.name, v.age) for v in vs] == [("Jonathan Whitehead", 33)]


def test_the_one_killed_by_the_man_police_then_killed():
    # hand-written: 'killed by her husband, X, who then ... and was shot and killed' is X, not her
    v = one("Maria Lopez was shot and killed by her husband, Carlos Lopez, who then fired at deputies and was shot "
            "and killed.")
    assert v.name == "Carlos Lopez"
    v = one("Dana Hill was shot dead by Mark Stone, who then turned the gun on police and was killed by an officer.")
    assert v.name == "Mark Stone"
