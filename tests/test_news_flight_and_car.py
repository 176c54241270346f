"""Fleeing and a car used against officers, as summaries and local news tell them (hand-written texts,
marked as such): a chase told only as a noun, 'X ran', a driver who sped off, a police car rammed; and
what is neither (a bystander who ran, a patrol car hit by bullets, the police's own fire)."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim

one = partial(read_one_victim, published=date(2021, 6, 9))


def test_a_chase_that_ends_in_a_crash_is_flight_by_car():
    # hand-written: the chase is told as a noun, in a sentence that does not name him
    v = one("Deputies tried to stop a gray Chevrolet Malibu for speeding shortly before midnight. A short chase "
            "ended when the car crashed into a utility pole on Route 9. Deputies said Marcus Bell, 33, got out "
            "holding a handgun, and a deputy shot and killed him.")
    assert v.flee == "vehicle"
    assert "chase" in v.evidence["flee"].sentences[0]


def test_a_name_and_ran_is_flight_on_foot():
    # hand-written
    v = one("Officers were called to a convenience store about a man threatening customers. When officers "
            "arrived, Dorian Pike ran, and officers chased him behind a laundromat, where an officer shot and "
            "killed him after he turned toward them, police said.")
    assert v.flee == "foot"


def test_fled_into_the_woods_is_flight_on_foot():
    # hand-written
    v = one("A deputy tried to serve a warrant on Lyle Brandt, 45, at his trailer. Brandt fled into a wooded area "
            "behind the home, and deputies found him an hour later. He was shot and killed after he raised a "
            "shotgun, the sheriff said.")
    assert v.flee == "foot"


def test_she_ran_is_not_the_flight_of_the_man_killed():
    # hand-written: the woman who ran is the one he attacked
    v = one("Police said Carl Jessup, 52, attacked his neighbor with a hammer. She ran down the street screaming "
            "for help, and officers arriving minutes later shot and killed Jessup when he came at them with the "
            "hammer.")
    assert v.flee is None


def test_a_driver_who_sped_off_fled_by_car():
    # hand-written
    v = one("A trooper stopped a pickup on Interstate 40 for an expired tag. The driver sped off, and Andre Vance, "
            "29, was shot and killed minutes later when troopers boxed in the truck, the highway patrol said.")
    assert v.flee == "vehicle"


def test_ramming_police_cars_is_a_car_used_as_a_weapon():
    # hand-written
    v = one("Police said Tyrell Hughes, 24, started ramming police vehicles in a parking lot after officers "
            "surrounded his car. An officer shot and killed him.")
    assert v.armed == "vehicle"
    assert "ramming" in v.evidence["armed"].sentences[0]


def test_reversing_at_officers_is_a_car_used_as_a_weapon():
    # hand-written
    v = one("Officers approached a parked SUV about a reported theft. Police said Omar Reyes, 38, reversed toward "
            "officers, hitting a police car, and an officer shot and killed him.")
    assert v.armed == "vehicle"


def test_a_patrol_car_hit_by_bullets_is_no_car_used_as_a_weapon():
    # hand-written: he fired; his car struck nothing
    v = one("Deputies arrived at the home of Wade Collier, 61, after a report of shots. Collier fired from a "
            "window, striking a patrol car, and deputies shot and killed him.")
    assert v.armed == "armed"


def test_a_car_rammed_and_a_gun_pointed_is_armed():
    # hand-written: the gun wins over the car, as in the sources' codes
    v = one("Police said Julian Marsh, 30, rammed a police cruiser and then pointed a handgun at officers, who "
            "shot and killed him.")
    assert v.armed == "armed"


def test_the_police_opening_fire_tells_nothing_of_his_arms():
    # hand-written: only the officers' fire is told
    v = one("Officers went to an apartment on Elm Street about a disturbance. Minutes later, officers opened "
            "fire, killing Dale Ortiz, 40, police said. Police did not say what led to the shooting.")
    assert v.armed is None


def test_a_car_driven_at_an_officer_and_no_gun_found_is_a_car_used_as_a_weapon():
    # hand-written: 'no weapon' speaks of guns and knives; the car stays the weapon, not a dispute
    v = one("Police said Nico Alvarez, 26, reversed and then accelerated toward an officer in a store parking lot, "
            "and two officers fired into the car, killing him. No weapon was found in the car.")
    assert v.armed == "vehicle"


def test_the_bystander_killed_did_not_flee_the_suspect_did():
    # hand-written: the man who ran is the suspect, who lived
    v = one("A police officer's bullet killed a bystander during a shootout at a gas station Friday, police said. "
            "A robbery suspect ran across the lot and fired at officers, who returned fire. Henry Gault, 70, an "
            "innocent bystander, was struck in the chest as he sat in his car and died at the scene.")
    assert v.name == "Henry Gault" and v.flee is None


def test_drew_a_gun_and_had_a_knife_are_arms_of_the_one_killed():
    # hand-written
    v = one("Police said Martin Cole, 41, drew a gun from his waistband when officers approached him outside a "
            "liquor store, and an officer shot and killed him.")
    assert v.armed == "armed"
    v = one("Deputies stopped a van on Route 12 late Friday. The driver, Sean Pappas, 36, had a knife, and deputies "
            "shot and killed him after he refused to drop it, the sheriff said.")
    assert v.armed == "armed"


def test_the_officer_drawing_his_gun_is_no_arms_of_the_one_killed():
    # hand-written: only the officer's gun is told
    v = one("A security guard called police about Lamont Fisher, 33, who was shouting at customers. The officer "
            "backed away and drew his gun, and then fired twice, killing Fisher, police said.")
    assert v.armed is None


def test_a_gun_he_only_claimed_or_police_only_feared_is_no_arms():
    # hand-written: the man said he had a gun; none was found
    v = one("Police said Ray Mendez, 28, told officers he had a gun and reached into his pocket, and an officer shot "
            "and killed him.")
    assert v.armed is None
    v = one("Officers thought Dwayne Ellis had a gun when they shot and killed him in an alley, police said.")
    assert v.armed is None


def test_flight_told_without_its_means_beside_driving():
    # hand-written: 'fleeing' alone is unread, but the sentence tells he was driving
    v = one("Jordan Tillman, 19, died on Sunday when the Nissan Altima he was driving crashed into a tree in "
            "Orlando, Florida, while he was fleeing Orlando police officers who had tried to stop the car for "
            "speeding.")
    assert v.flee == "vehicle"
    # hand-written: a make of car tells the chase was by car
    v = one("Trevon Mack (26) was shot and killed by Baton Rouge police on Sunday after a pursuit of a stolen "
            "2015 Dodge Charger. Police say Mack fired at officers after the car crashed into a utility pole.")
    assert v.flee == "vehicle"


def test_fleeing_a_traffic_stop_is_no_telling_of_the_means():
    # hand-written guard: he may have run from the stop
    v = one("Richard Lin died of asphyxiation and was found wedged between two buildings after fleeing police "
            "during a traffic stop in East Oakland, police said.")
    assert v.flee is None
