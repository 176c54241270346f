"""Who was killed and where, in stories of police pursuits and in short write-ups that name people by one word
(hand-written texts, marked as such): a family name alone that acts or is acted on is a person, not a town; the
one whose death a pursuit's crash tells; the son named after his mother who called police; two killed together
and the neighbour their father shot first; the death told of the one civilian its sentence names."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim, read_victims

one = partial(read_one_victim, published=date(2022, 3, 10))
victims = partial(read_victims, published=date(2022, 3, 10))


def test_a_family_name_alone_that_acts_is_a_person_not_a_town():
    # hand-written: Hartley and Monroe are towns too
    v = one("Police were called to a home where a man was threatening relatives. Hartley met them at the door "
            "with a handgun. He was shot and killed.")
    assert (v.name, v.city) == ("Hartley", None)
    v = one("A deputy answering a domestic call fatally fired at Monroe after seeing the 31-year-old climb "
            "through a back window.")
    assert (v.name, v.age, v.city) == ("Monroe", 31, None)


def test_a_given_name_and_the_dead_the_suspect_was_wanted_for():
    # hand-written: 'Jesus' is a given name; 'he' is not one of those already killed
    v = one("Jesus Ortega was wanted in the killings of Maria Lopez and Daniel Reyes, police said, when he was "
            "shot and killed by deputies near the border.")
    assert v.name == "Jesus Ortega"


def test_the_son_named_after_his_mother_who_called():
    # hand-written: the family name written first is the mother's; 'He' is the son
    v = one("Akron police were called by Linda Novak, who said her son, Adam Novak, 31, was having a mental "
            "health crisis. Officers restrained him on the floor. He stopped breathing and died at a hospital.")
    assert (v.name, v.age) == ("Adam Novak", 31)


def test_a_capitalised_verb_ends_a_name():
    # hand-written
    v = one("Officer Dale Otis tased Glover once. Officers George Clark and Gerald Bush arrived, and Clark "
            "Tased Glover five times. Glover died two days later at a hospital.")
    assert v.name == "Glover"


def test_the_driver_who_fled_dies_in_the_crash():
    # hand-written: no word of fleeing 'police'; the officers tried to stop him and he did not stop
    v = one("Officers tried to stop a Toyota Camry for speeding on Main Street in Visalia. The driver did not "
            "stop and led officers on a short pursuit. The Camry collided with a van at Mooney Boulevard. The "
            "driver, later identified as Luis Mendez, 24, was pronounced dead at the scene.")
    assert (v.name, v.age, v.city) == ("Luis Mendez", 24, "Visalia")


def test_the_unnamed_rider_of_a_pursuit():
    # hand-written
    v = one("A motorcyclist died after crashing while fleeing from a Kern County sheriff's deputy in Bakersfield. "
            "The deputy tried to stop the motorcycle for reckless driving, but the rider accelerated away. The "
            "rider, a man in his 30s, was pronounced dead at the scene.")
    assert (v.name, v.gender, v.city) == (None, "male", "Bakersfield")


def test_the_fleeing_driver_and_the_driver_he_hit():
    # hand-written: each named with the town they came from, both dead in one clause
    vs = victims("Two people were killed when a driver fleeing state troopers crashed into a sedan in Pharr, Texas. "
                 "The driver, 20-year-old Mario Salinas of Alamo, and the sedan's driver, 51-year-old Rosa Elena "
                 "Cantu of Pharr, died at the scene.")
    assert sorted((v.name, v.age) for v in vs) == [("Mario Salinas", 20), ("Rosa Elena Cantu", 51)]
    assert {v.city for v in vs} == {"Pharr"}


def test_a_family_name_that_is_a_word():
    # hand-written: 'Park' is a family name here
    vs = victims("A pursuit by Ontario police ended when a fleeing Dodge crashed into a Honda in Ontario. The "
                 "Dodge's passenger, Carlos Vega, 19, and the Honda's driver, Grace Min-Ji Park, 47, died at the "
                 "scene.")
    assert sorted((v.name, v.age) for v in vs) == [("Carlos Vega", 19), ("Grace Min-Ji Park", 47)]


def test_a_neighbourhood_of_a_bigger_town_and_a_home_town():
    # hand-written: Venice is a town in Florida; Portland is where he came from
    v = one("Los Angeles police officers responded to a call in the Venice neighborhood of Los Angeles and "
            "struggled with a man, using a Taser on him several times. He died at a hospital. He was identified "
            "as 29-year-old Noah Fields, a musician from Portland, Oregon.")
    assert (v.name, v.age, v.city, v.state) == ("Noah Fields", 29, "Los Angeles", "CA")


def test_two_family_names_used_alone():
    # hand-written: 'Morales Ibarra' is Gilberto Morales Ibarra, not his sister Yesenia Morales
    v = one("Chula Vista police responded to a call from Yesenia Morales, who said her brother, Gilberto Morales "
            "Ibarra, 28, was threatening family members with a knife. Officers said Morales Ibarra ran toward them "
            "with the knife. An officer fired, killing him.")
    assert (v.name, v.age) == ("Gilberto Morales Ibarra", 28)


def test_father_and_son_killed_not_the_neighbour_the_father_shot():
    # hand-written: 'both men' are the two named together before, not the woman
    vs = victims("Officers responded to a report of shots fired at a home in Sulphur. A man inside, later "
                 "identified as Harold Wayne Dupre, 58, had shot and killed his neighbor, Alice Guidry, 61. When "
                 "officers arrived, Dupre and his son, Cody Dupre, 30, fired at them from the porch. Officers "
                 "returned fire, killing both men.")
    assert sorted((v.name, v.age) for v in vs) == [("Cody Dupre", 30), ("Harold Wayne Dupre", 58)]


def test_the_one_civilian_the_death_sentence_names():
    # hand-written: the sentence telling the death names one person, by a family name only
    v = one("Deputies responded to a home after a report of a domestic disturbance. They used Tasers and pepper "
            "spray while trying to subdue Pruitt, who died shortly after, officials said.")
    assert v.name == "Pruitt"
    # hand-written guard: a car's make in the sentence is no name
    v = one("Chicago police say they shot and killed an 18-year-old man who was in a stolen Jaguar that "
            "sideswiped a squad car.")
    assert (v.name, v.age) == (None, 18)


def test_the_sex_of_one_named_by_a_family_name_only():
    # hand-written: the family name tells no sex; the story does ('a man with a shotgun')
    v = one("A deputy responded to a call about a man with a shotgun, police said. Walling threatened the deputy "
            "and was shot and killed.")
    assert (v.name, v.gender) == ("Walling", "male")


def test_one_named_beside_an_officer_is_no_officer():
    # hand-written: one title, for the officer only
    v = one("Officer Joshua Camacho shot Carlos Vale during a fight between Vale, Camacho and a second officer. "
            "Vale died at the scene.")
    assert v.name == "Carlos Vale"
    # hand-written guard: a plural title, abbreviated, names every officer of the list
    v = one("Mayo pointed a gun at police after a chase. SWAT Senior Cpls. Gerardo Huante, Robert Hamilton, and "
            "Marshall Milligan opened fire, killing him.")
    assert v.name == "Mayo"


def test_a_middle_name_that_is_a_word():
    # hand-written
    v = one("Police were called to a home around 1:48 a.m. Isaiah Christian Green was shot and killed by an officer "
            "in the garage.")
    assert v.name == "Isaiah Christian Green"
