"""Short descriptions in the style of the databases' own write-ups (hand-written texts, marked as such): the one
killed named by the family name alone and then as 'the 50-year-old'; a suspect who said something; 'killing
him' beside an accomplice who lived; a driver and 'the passenger' killed together; a chokehold; a federal
department's name that holds no person."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim, read_victims

one = partial(read_one_victim, published=date(2019, 5, 2))
victims = partial(read_victims, published=date(2019, 5, 2))


def test_the_family_name_then_the_n_year_old():
    # hand-written
    v = one("An officer responding to a 911 call alleging Kowalski to be hitting a child fatally shot the "
            "50-year-old after he pointed a handgun at the officer.")
    assert (v.name, v.age) == ("Kowalski", 50)
    v = one("Deputies were called after Delgado was reportedly acting suicidal, and a deputy fatally shot the "
            "54-year-old after he pointed a rifle at officers.")
    assert (v.name, v.age) == ("Delgado", 54)


def test_the_n_year_old_is_not_the_one_named_as_someone_else():
    # hand-written guard: two people named by family name; the killing does not say which
    vs = victims("Police said Kowalski and Brandvold argued outside a bar, and officers fatally shot the 50-year-old "
                 "after he pointed a handgun at them.")
    assert [v.name for v in vs] == [None] and vs[0].age == 50


def test_a_suspect_who_said_something():
    # hand-written: 'Mertz said there weren't' makes no bystander of him
    v = one("Officers went to a home to serve a protective order on 80-year-old Robert Mertz. The officer asked "
            "Mertz if there were any guns in the home, and Mertz said there weren't. Mertz got a gun and pointed it "
            "at the officers, who shot and killed him.")
    assert (v.name, v.age) == ("Robert Mertz", 80)


def test_killing_him_beside_an_accomplice_who_lived():
    # hand-written
    v = one("Michael Kaleo was wanted in a rash of armed robberies, police said. When police caught up with his "
            "vehicle, he allegedly threatened them with it. Five officers fired about 20 rounds, killing him. "
            "His suspected accomplice, Melvin Spiller, 24, was captured and treated for minor injuries.")
    assert v.name == "Michael Kaleo"


def test_the_driver_and_the_passenger_killed_together():
    # hand-written
    vs = victims("A sheriff's deputy attempted to stop a vehicle shortly after 3 a.m. The driver, Dejon Lamar "
                 "Jameson, 24, sped away to evade the deputy. Jameson and the passenger, James Tyler Morrow, 24, "
                 "were killed when the car crashed during the chase.")
    assert sorted(v.name for v in vs) == ["Dejon Lamar Jameson", "James Tyler Morrow"]


def test_choked_to_death():
    # hand-written
    v = one("Robson got out of the car and ran as four deputies followed. The autopsy results suggest the "
            "deputies choked Robson to death.")
    assert v.name == "Robson"


def test_a_federal_departments_name_holds_no_person():
    # hand-written: 'Urban Development' is no one who shot him
    v = one("A federal agent from the U.S. Department of Housing and Urban Development shot and killed a masked "
            "man, Dion McBride, who was allegedly pointing a gun at the agent.")
    assert v.name == "Dion McBride"


def test_the_dead_of_a_pursuit_crash():
    # hand-written: a crash while fleeing police; one 'also killed'; the fleeing driver's passenger
    vs = victims("Carla Dunn was killed when Sara Neal, a driver fleeing police, ran a red light and crashed into "
                 "Dunn's car in West Oakland. Neal was also killed.")
    assert sorted(v.name for v in vs) == ["Carla Dunn", "Sara Neal"]
    v = one("Driver Sid Kelso, 20, fled an attempted DUI stop by state troopers and crashed. Kelso's passenger, "
            "Rayleen White, was killed in the crash.")
    assert v.name == "Rayleen White"
    v = one("Mark Orrin led an officer on a 100 mph chase through three cities until he crashed off the freeway, "
            "killing himself and his passenger, Eric Janson.")
    assert v.name == "Eric Janson"


def test_given_names_with_a_capital_inside():
    # hand-written: 'BreeAnne', 'JaQuavion'; a brand so written is no one ('at an AutoZone')
    vs = victims("Chaz Anthony Willis, BreeAnne Greer and Adrian Arye were killed when their car crashed while "
                 "fleeing police after a robbery.")
    assert sorted(v.name for v in vs) == ["Adrian Arye", "BreeAnne Greer", "Chaz Anthony Willis"]
    v = one("Officers responded to a call about shots fired at an AutoZone. When they arrived, officers found a man "
            "with a gun outside the store, and they shot and killed him.")
    assert v.name is None


def test_a_crash_after_a_stop_the_driver_fled():
    # hand-written: police tried to stop the pickup, the driver took off, the crash killed both drivers
    vs = victims("A CHP officer tried to pull over a pickup for expired registration. The driver took off, reaching "
                 "speeds over 100 mph before the truck collided with a minivan at an intersection. The pickup driver, "
                 "Jason Ortiz, 31, and the minivan driver, Maria Chen, 45, were killed.")
    assert sorted((v.name, v.age) for v in vs) == [("Jason Ortiz", 31), ("Maria Chen", 45)]


def test_the_second_of_two_killed_after_a_relative_clause():
    # hand-written
    vs = victims("Police were chasing a stolen car when it slammed into another vehicle. The crash killed Darnell "
                 "Evans, 19, who was driving the stolen car, and Linda Hsu, 62, who was in the other car.")
    assert sorted((v.name, v.age) for v in vs) == [("Darnell Evans", 19), ("Linda Hsu", 62)]


def test_an_officer_police_killed_beside_those_he_killed():
    # hand-written: the lieutenant killed two; police then killed him
    vs = victims("Corrections Lt. Virgil Millard shot and killed his ex-fiancee, Arabella Brandt, and her "
                 "boyfriend, Malvin Connelly. Police then shot and killed Millard outside the home.")
    assert "Virgil Millard" in {v.name for v in vs}


def test_a_man_police_shot_who_lived():
    # hand-written guard: the headline and the lede say he lived; no death is told
    assert victims("Man shot by Tulsa police expected to survive\n\nTULSA, Okla. -- A 31-year-old man shot by a "
                   "Tulsa police officer early Sunday was in stable condition Monday, police said. Marcus Webb was "
                   "shot once in the shoulder after he pointed a pistol at officers, Capt. Ray Dunn said.") == []


def test_the_son_who_shot_his_father():
    # hand-written: the father lived; the son police killed is told as 'His son'
    v = one("A man who shot his father at their home was shot and killed by state troopers after a four-hour "
            "standoff, police said. Walter Hoyt, 74, was flown to a hospital in critical condition. His son, Nathan "
            "Hoyt, 46, fired at troopers from an upstairs window before a tactical team entered the house.")
    assert (v.name, v.age) == ("Nathan Hoyt", 46)


def test_a_known_police_death_told_without_a_death_word():
    # hand-written: a database's own description, read as known to tell of a police killing
    # (Article.police_death_known): 'stopped breathing after deputies pepper sprayed him', 'prompting deputies to
    # open fire'
    from forcewatch.news.extract import extract
    from forcewatch.news.model import Article

    def known(text):
        return extract(Article(text=text, published=date(2019, 5, 2), police_death_known=True))

    vs = known("Arthur Lewiston Jr. stopped breathing after deputies pepper sprayed him, used a carotid restraint "
               "and hogtied him.")
    assert [v.name for v in vs] == ["Arthur Lewiston Jr."]
    vs = known("Deputies came into contact with Atkins, a combat veteran, who allegedly grabbed a wooden stick and "
               "advanced toward the deputies with the stick overhead, prompting deputies to open fire.")
    assert len(vs) == 1
