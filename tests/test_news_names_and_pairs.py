"""Who was killed, when the story names them in less common ways or names other people first (hand-written
texts, marked as such): a name in capitals; a family name that is a word ('Tammy Church', 'Christian Love');
'St. Clair'; the caller named before the man police killed; the woman a gunman killed named before the
unnamed gunman; two of kin killed together ('Two brothers', 'A father and son')."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim, read_victims

one = partial(read_one_victim, published=date(2021, 6, 1))
victims = partial(read_victims, published=date(2021, 6, 1))


def test_a_name_in_capitals_before_the_age():
    # hand-written: records and press releases write names in capitals; the evidence quotes them as written
    v = one("A man who charged at officers with a knife was shot and killed Friday, Fresno police said. "
            "RAMON ORTIZ, 45, died at the scene.")
    assert (v.name, v.age) == ("Ramon Ortiz", 45)
    assert any("RAMON ORTIZ, 45" in s for e in v.evidence.values() for s in e.sentences)


def test_words_in_capitals_are_no_name():
    # hand-written: an agency and a headline word in capitals stay what they are
    v = one("UPDATE: LAPD officers shot and killed Marcus Lee, 30, on Friday. LAPD Officer JOHN DOE, 32, has "
            "been placed on leave.")
    assert (v.name, v.age) == ("Marcus Lee", 30)


def test_family_names_that_are_words_before_an_age():
    # hand-written
    assert one("WICHITA, Kan. -- Tammy Church, 50, was shot and killed by a Wichita police officer outside a "
               "church on Sunday. Church had been banned from the property.").name == "Tammy Church"
    v = one("Christian Love, 18, was shot and killed by a Gary police officer Tuesday. Love's grandmother, "
            "Dorothy Love, said he never hurt anybody.")
    assert (v.name, v.age) == ("Christian Love", 18)


def test_a_given_name_that_is_a_place_after_identified_as():
    # hand-written: 'Hope' is a town in Arkansas and 'Bishop' a title
    v = one("Albuquerque police shot and killed a 26-year-old woman Friday night after she fired at officers. "
            "The woman was identified Monday as Hope Bishop.")
    assert (v.name, v.age) == ("Hope Bishop", 26)


def test_saint_in_a_family_name():
    # hand-written
    v = one("BALTIMORE -- Marcus St. Clair, 35, died after being shot by a Baltimore police officer on Friday.")
    assert (v.name, v.age) == ("Marcus St. Clair", 35)


def test_the_caller_named_first_is_not_the_man_police_killed():
    # hand-written: 'the man came at them ... and was shot' is no woman named before
    v = one("Police in Odessa, Texas, were called to a home after a woman, 38-year-old Teresa Gomez, reported "
            "her husband was threatening her with a knife. Officers said the man came at them with the knife and "
            "was shot and killed. Gomez and her two children were not hurt. The man was identified Tuesday as "
            "Ruben Alvarado, 44.")
    assert (v.name, v.age, v.gender) == ("Ruben Alvarado", 44, "male")


def test_the_gunmans_victim_is_not_the_unnamed_gunman():
    # hand-written: the woman he killed is named, he is not; his age and sex are his own
    v = one("A gunman who killed a 28-year-old woman inside a store in Hartsville was shot dead by a sheriff's "
            "deputy minutes later. The woman, Kimberly Oates, was a cashier. Authorities said the gunman, 35, "
            "was her ex-boyfriend. His name has not been released.")
    assert (v.name, v.age, v.gender) == (None, 35, "male")


def test_two_brothers_killed_together():
    # hand-written: the second named as the first's brother is killed too; the third brother lived
    vs = victims("Two brothers were shot and killed by Kentucky State Police troopers Friday during a standoff in "
                 "Harlan County, Kentucky. Dale Rich, 44, and his brother Wayne Rich, 39, had fired at troopers, "
                 "according to Trooper Matt Gilbert. A third brother, Lonnie Rich, surrendered and was taken into "
                 "custody.")
    assert sorted((v.name, v.age) for v in vs) == [("Dale Rich", 44), ("Wayne Rich", 39)]


def test_a_father_and_son_killed_together():
    # hand-written
    vs = victims("A father and son were killed when Miami-Dade police officers executed a search warrant at their "
                 "home early Wednesday. Jean Baptiste, 50, and his son, Marc Baptiste, 19, were both shot after "
                 "officers said the elder Baptiste fired through the front door.")
    assert sorted((v.name, v.age) for v in vs) == [("Jean Baptiste", 50), ("Marc Baptiste", 19)]


def test_one_of_two_named_together_killed_when_one_is_counted():
    # hand-written guard: the story counts one killed; the brother named beside him was arrested
    vs = victims("A man was shot and killed by Kentucky State Police troopers Friday. Dale Rich, 44, and his "
                 "brother Wayne Rich, 39, had fired at troopers. Wayne Rich was arrested.")
    assert [v.name for v in vs] == ["Dale Rich"]
