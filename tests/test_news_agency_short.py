"""A force named in short (hand-written texts, marked as such): by its acronym ('LAPD', 'CHP'), by the
initials of the story's city ('APD' in Albuquerque), by its town and its officers ('Gardena officers');
and what is no force of the killing (an acronym another state's town uses, the FBI investigating)."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim

one = partial(read_one_victim, published=date(2021, 6, 9))


def test_an_acronym_of_a_big_force():
    # hand-written
    v = one("LAPD officers shot and killed Marco Ruiz, 31, in Van Nuys on Sunday after he pointed a rifle at them, "
            "police said.")
    assert v.agency == "Los Angeles Police Department"


def test_the_initials_of_the_city_and_pd():
    # hand-written: 'APD' is Albuquerque's here, Austin's or Atlanta's elsewhere
    v = one("ALBUQUERQUE, N.M. — An APD officer shot and killed Leon Baca, 44, on Central Avenue on Tuesday "
            "night after he charged at officers with a knife, police said.")
    assert v.agency == "Albuquerque Police Department"


def test_a_town_and_its_officers():
    # hand-written
    v = one("Gardena officers responding to a report of a burglary shot and killed Tomas Vela, 27, outside a "
            "market in Gardena, Calif., on Monday.")
    assert v.agency == "Gardena Police"


def test_an_acronym_of_another_states_town_is_no_force_here():
    # hand-written: 'HPD' is Honolulu's in Hawaii; the table's Houston is of Texas only
    v = one("HILO, Hawaii — Police shot and killed Kai Makoa, 30, in Hilo on Saturday. HPD officers said he had "
            "fired at them.")
    assert v.agency != "Houston Police Department"


def test_the_fbi_investigating_is_no_force_of_the_killing():
    # hand-written
    v = one("A Greenville police officer shot and killed Jared Moss, 35, during a traffic stop on Friday. The FBI "
            "is investigating the shooting at the department's request.")
    assert v.agency == "Greenville Police"


def test_a_town_pd_and_a_us_marshal():
    # hand-written
    v = one("Hoover PD officers were called to an apartment on Lorna Road, where they shot and killed Wade Tyler, "
            "38, after he fired at them, police said.")
    assert v.agency == "Hoover Police Department"
    v = one("A U.S. Marshal shot and killed Ronnie Sills, 45, as deputies tried to arrest him on a federal warrant "
            "outside a motel in Macon, Ga., on Thursday.")
    assert v.agency == "U.S. Marshals Service"


def test_words_before_police_that_name_no_force():
    # hand-written: 'Other deputies', 'Off-duty Greenville police' name no force called 'Other Police'
    v = one("Deputy Ryan Holt, 29, of the Spartanburg County Sheriff's Office, was shot and killed on Saturday "
            "while answering a domestic call. Other deputies returned fire and killed the gunman, Curtis Ledford, 52.")
    assert v.name == "Curtis Ledford" and v.agency != "Other Police"
    v = one("Off-duty Greenville police officers shot and killed Sam Dorn, 40, outside a bar on Saturday after he "
            "fired at them, police said.")
    assert v.agency == "Greenville Police"
