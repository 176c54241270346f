"""Arms told by what the one killed did with them, no weapon named (hand-written texts, marked as such):
'fired at an officer', 'stabbed a store employee', 'shot a clerk'; and what tells no arms of theirs (the
police firing into a car, a hostage held at gunpoint)."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim, read_victims

one = partial(read_one_victim, published=date(2022, 8, 24))


def test_fired_at_an_officer():
    # hand-written
    v = one("Officers with the Milwaukee Police Department shot Anthony Bledsoe on Friday after a traffic stop. "
            "Police said Bledsoe ran from the car and fired at an officer. The 27-year-old was pronounced dead at "
            "a hospital.")
    assert v.armed == "armed"


def test_stabbed_or_shot_someone_before_police_came():
    # hand-written
    v = one("Nevada, Missouri, police shot and killed Cody Lambert (33) on Sunday outside a Walmart after he "
            "stabbed a store employee. The employee survived.")
    assert v.armed == "armed"
    v = one("A sheriff's officer shot and killed Andre Lyles, 30, on Sunday after Lyles shot a convenience store "
            "clerk during a robbery. The clerk survived.")
    assert v.armed == "armed"


def test_the_police_firing_into_a_car_is_no_arms_of_the_driver():
    # hand-written guards: the car was the weapon
    v = one("Officers in Stockton, Calif., fired into a car early Saturday, killing the driver, Luis Ortega, 22. "
            "Police said Ortega reversed and then accelerated toward an officer, who was struck. No weapon was "
            "found in the car.")
    assert v.armed == "vehicle"
    v = one("Allen police officers say they fired into a pickup truck, killing the driver, Sam Guirguis, as he "
            "tried to back over one of the officers at a high rate of speed.")
    assert v.armed == "vehicle"


def test_a_hostage_held_at_gunpoint_is_not_armed():
    # hand-written guard: the one holding her had the gun
    vs = read_victims("Police in Kennewick, Wash., shot and killed a man who was holding his former girlfriend at"
                      " gunpoint in her car Saturday night, and the woman was also killed by police gunfire, the "
                      "Benton County coroner said Monday. Colby Steadman, 39, had forced Rachel Yoon, 33, into "
                      "her car outside the restaurant where she worked, police said. Officers boxed in the car on"
                      " Columbia Center Boulevard, and after Steadman fired a shot through the windshield, three "
                      "officers returned fire. The coroner said both Steadman and Yoon were struck multiple "
                      "times, and that the bullets that killed Yoon came from police weapons. The Tri-City "
                      "Special Investigations Unit is investigating.",
                      date(2022, 8, 24))
    armed = {v.name: v.armed for v in vs}
    assert armed["Colby Steadman"] == "armed" and armed["Rachel Yoon"] != "armed"
