"""Stories that tell of police and a death, or a death that was not, but of no one killed by police
(hand-written texts, marked as such): a death reported and taken back, a fire, a survivor at a trial, a man police
shot who lived (the 'homicide unit' that investigates officer shootings is no death), a neighbour's killing police
investigate, deaths in custody officials say involved no force."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from conftest import read_victims

victims = partial(read_victims, published=date(2021, 6, 9))


def test_a_death_reported_and_taken_back():
    # hand-written: the police first said the man had died, then corrected it
    assert victims(
        "TOPEKA, Kan. — A 31-year-old man shot by a Topeka police officer on Sunday remained hospitalized in "
        "critical condition Monday, police said. Police initially told reporters that the man had died, a statement "
        "the department corrected later that night. An officer fired twice after the man raised a rifle, police "
        "said.") == []


def test_a_fire_death_an_officer_could_not_prevent():
    # hand-written: an officer tried to pull a woman from a burning house
    assert victims(
        "SALEM, Ore. — A 79-year-old woman died Sunday after a Salem police officer tried to pull her from her "
        "burning home, police said. The officer kicked in the front door and crawled toward the bedroom before the "
        "heat forced him back. Firefighters found the woman, Edna Lowry, in the bedroom. She was pronounced dead at "
        "the scene and died of smoke inhalation, the medical examiner said.") == []


def test_a_man_shot_by_police_who_lived_to_testify():
    # hand-written: a civil trial years later; the man police shot is alive
    assert victims(
        "A federal jury awarded $3 million on Tuesday to a man who was shot four times and left paralyzed by a "
        "Modesto police officer in 2017. Daniel Ochoa Prieto, now 39, testified that his hands were raised when "
        "Officer Lyle Berger opened fire. Ochoa Prieto, who uses a wheelchair, wept as the verdict was read.") == []


@pytest.mark.parametrize("text", [
    # hand-written: the homicide unit handles officer shootings; the man lived
    "TULSA, Okla. — A man shot by a Tulsa police officer outside a convenience store Wednesday night is in stable "
    "condition after surgery, police said. Police identified him as Marcus Lee Fenwell, 26. He is expected to "
    "survive. The officer is on leave while the department's homicide unit, which handles all officer shootings, "
    "investigates.",
    # hand-written: a neighbour's killing police only investigate
    "OMAHA, Neb. — A 55-year-old Omaha man was shot and killed by his neighbor Saturday evening. Omaha police were "
    "called to the 4300 block of South 44th Street on a report of a shooting. Officers found Gary Lutz in his "
    "backyard with a gunshot wound to the chest. He was taken to a hospital, where he died. Police arrested Dale "
    "Kramer, 61, at the scene.",
    # hand-written: deaths in custody officials say involved no force
    "JACKSON, Miss. — A man found unresponsive in a police holding cell died of an accidental fentanyl overdose, "
    "and investigators found no evidence that officers used force against him. Tyrone Mackey, 37, was arrested "
    "Feb. 3 on a warrant. A jailer found Mackey slumped on the floor of his cell, and he was pronounced dead at a "
    "hospital. The manner of death was listed as accidental.",
    "LITTLE ROCK, Ark. — A 68-year-old man who died at the county jail last month died of heart disease, and "
    "investigators found no signs of force, State Police said. Willie Hatchett was found unresponsive in his bunk "
    "and was pronounced dead at a hospital. \"Any death in our custody is taken seriously,\" the sheriff said.",
])
def test_no_death_by_police(text):
    assert victims(text) == []


def test_an_officer_killed_in_a_headline_and_no_officer_fired():
    # hand-written: 'officer killed responding to ...' is the officer's death; 'No officers fired' is no police act
    assert victims(
        "Dalton officer killed responding to domestic call; suspect surrenders after standoff\n\n"
        "DALTON, Ga. — A Dalton police officer died early Saturday after being shot while responding to a domestic "
        "disturbance, and the man accused of shooting him surrendered hours later.\n\n"
        "The suspect, Travis Dean Hubbard, 39, barricaded himself inside the home. After five hours he walked out and "
        "surrendered to the SWAT team. No officers fired their weapons, the GBI said.") == []
