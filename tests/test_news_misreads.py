"""Words that tell of someone or something other than the victim (hand-written texts, marked as such):
force told as not used, a force without its state, a police dog's name, the ages of the people a
victim harmed, an officer struck, a man who ran at deputies."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim, read_victims

victims = partial(read_victims, published=date(2022, 3, 9))  # a Wednesday
one = partial(read_one_victim, published=date(2022, 3, 9))


def test_force_told_as_not_used_is_no_cause():
    # hand-written: a death in custody; the sheriff says which force was not used
    v = one("Dana Whitcomb, 44, died Monday after jailers at the Pender County jail restrained her on the floor of "
            "a holding cell; no Taser or pepper spray was used, and deputies did not use a stun gun, the sheriff "
            "said.")
    assert v.causes == ["restraint"]


def test_force_told_as_used_beside_one_not_used_is_kept():
    # hand-written guard: 'used pepper spray but no Taser'
    v = one("Omar Little, 51, died Monday after deputies used pepper spray but no Taser on him in the jail, the "
            "sheriff said.")
    assert "chemical" in v.causes and "taser" not in v.causes


def test_a_force_without_body_cameras():
    # hand-written: the sheriff's office has none
    v = one("A Lamar County deputy shot and killed Jesse Orr, 37, on Monday in Purvis, Mississippi. The sheriff's "
            "office does not yet equip its deputies with body cameras.")
    assert v.body_camera is False


def test_state_police_named_without_their_state():
    # hand-written: the story names the state, the force only as 'State Police'
    v = one("A State Police trooper shot and killed Luis Acevedo, 29, on Monday during a traffic stop near "
            "Bethlehem, Pennsylvania, State Police said.")
    assert v.agency == "Pennsylvania State Police"
    assert v.state == "PA"


def test_a_police_dog_named_is_no_victim():
    # hand-written: the dog killed beside the man has a name
    vs = victims("Deputies shot and killed Kevin Marsh, 40, on Tuesday after he shot at them. A sheriff's K-9 "
                 "named Bruno was also killed in the gunfire, and the K-9 Officer Rocco was hurt.")
    assert [v.name for v in vs] == ["Kevin Marsh"]


def test_the_ages_of_those_the_victim_harmed_are_not_theirs():
    # hand-written: the man police killed had shot others first
    v = one("Officers shot and killed Troy Benn on Tuesday, minutes after he fatally shot a 52-year-old man "
            "outside a bar, police said.")
    assert v.age is None
    v = one("Reggie Vance, who police say had stabbed a 70-year-old neighbor, was shot and killed by deputies on "
            "Monday. Vance was 33.")
    assert v.age == 33
    v = one("Police shot and killed Ana Ruiz on Tuesday after she held a 6-year-old boy at knifepoint for an "
            "hour, police said.")
    assert v.age is None


def test_an_officer_who_says_he_shot_a_man_gives_that_man_s_age():
    # hand-written guard: 'he' is the officer, the man he shot is the victim
    v = one("Officer Dean Pratt told investigators he shot a 41-year-old man who had pointed a rifle at him. The "
            "man, Carl Booker, died at the scene on Monday.")
    assert v.name == "Carl Booker" and v.age == 41


def test_an_officer_struck_is_not_a_beating():
    # hand-written: the man struck the officer, then was shot
    v = one("A deputy shot and killed Ray Dunn, 45, on Monday. The deputy said Dunn struck him with a flashlight "
            "before he fired.")
    assert v.causes == ["gunshot"]


def test_running_at_deputies_is_no_flight():
    # hand-written: the man ran at the deputies with a knife
    v = one("Deputies shot and killed Caleb Moore, 30, on Monday after he ran toward deputies holding a knife.")
    assert v.flee is None


def test_a_patrol_car_that_struck_her_on_its_way_to_a_call():
    # hand-written: the cruiser is the cause, the words between are its errand
    v = one("Lena Brooks, 52, was killed Monday when a Tulsa police cruiser responding to a theft call struck her "
            "as she crossed the street.")
    assert v.causes == ["vehicle"]


def test_a_taser_someone_reached_for_was_not_used_on_them():
    # hand-written: the man grabbed for the trooper's Taser before he was shot
    v = one("A trooper shot and killed Gil Moss, 36, on Monday; Moss grabbed for the trooper's Taser before the "
            "trooper shot him, investigators said.")
    assert v.causes == ["gunshot"]


def test_surveillance_cameras_are_not_body_cameras():
    # hand-written: no body cameras, but the jail has surveillance cameras
    v = one("Deputies restrained Ray Cobb, 47, in the jail on Saturday, and he died Monday. Jail deputies do not "
            "wear body cameras, but the booking area is covered by surveillance cameras.")
    assert v.body_camera is False


def test_an_age_after_an_apposition():
    # hand-written: 'Name, a member of ..., was 28 when'
    v = one("Reno police shot and killed Jon Sam on Oct. 14. Sam, a member of the Walker River Paiute Tribe, was 28 "
            "when he was shot.")
    assert v.age == 28
