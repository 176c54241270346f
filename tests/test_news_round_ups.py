"""Stories of several separate killings, and words that look like a victim but are not (hand-written cases,
marked as such): a round-up of separate incidents, a newspaper's name in the byline, a description before
'man', a state's people, an obituary, a house fire, a shooting survived, a murder by a neighbour."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_victims

PUBLISHED = date(2022, 10, 3)  # a Monday


victims = partial(read_victims, published=PUBLISHED)


# hand-written: three separate killings; the second named only after the sentence telling the shooting,
# the third never named
ROUND_UP = (
    "Police in Ohio shot and killed three people in three separate incidents over the weekend.\n\n"
    "In Dayton, officers shot and killed 31-year-old Marcus Reed on Friday night after he fired at them "
    "outside a bar, Dayton police said. Reed died at the scene.\n\n"
    "On Saturday, Greene County sheriff's deputies shot a man in Xenia after a two-hour standoff. The Greene "
    "County Coroner's Office identified him as Paul Anders, 58, of Xenia. He was pronounced dead at a "
    "hospital.\n\n"
    "And on Sunday morning, a Springfield police officer shot and killed a woman who was stabbing a man "
    "inside a home, Springfield police said. The woman, 41, has not been identified. The man she stabbed, "
    "60, is expected to survive.")


def test_round_up_gives_each_their_own_place_and_the_one_not_named():
    vs = victims(ROUND_UP)
    named = {v.name: v for v in vs if v.name}
    assert sorted(named) == ["Marcus Reed", "Paul Anders"]
    assert named["Marcus Reed"].city == "Dayton"  # not Xenia, the next incident's town
    assert (named["Paul Anders"].city, named["Paul Anders"].age) == ("Xenia", 58)
    assert named["Paul Anders"].date == date(2022, 10, 1)
    unnamed = [v for v in vs if not v.name]
    assert len(unnamed) == 1 and unnamed[0].age == 41 and unnamed[0].gender == "female"


def test_without_separate_incidents_no_unnamed_one_is_added():
    text = ROUND_UP.replace("in three separate incidents ", "")
    assert all(v.name for v in victims(text))


# hand-written: the byline names a newspaper; the one killed is named four sentences after the shooting
BYLINE = (
    "Deputies kill man at gas station\n\nBy Ellen Marsh, The Yakima Courier\n\n"
    "YAKIMA, Wash. - Yakima County sheriff's deputies shot and killed a man at a gas station late Thursday. "
    "Deputies were called after a clerk reported a man threatening customers with a knife. "
    "A sheriff's spokesman said the man ran at two deputies with the knife raised. One deputy fired, killing "
    "him. The coroner on Friday identified him as Luis Ortega Molina, 36, of Union Gap.")


def test_newspaper_in_byline_is_no_victim_and_the_named_one_is():
    vs = victims(BYLINE)
    assert [v.name for v in vs] == ["Luis Ortega Molina"]
    assert vs[0].age == 36 and vs[0].city == "Yakima"


def test_description_before_man_is_no_name():
    text = ("Officers pepper-sprayed Tom Eagle Heart, a 30-year-old Sicangu Lakota man from Mission, then held "
            "him face-down until he stopped breathing. He was pronounced dead at a hospital in Rapid City.")
    vs = victims(text)
    assert [v.name for v in vs] == ["Tom Eagle Heart"] and vs[0].age == 30


def test_a_states_people_are_no_victim():
    text = ("Police in Texas killed 112 people last year, a report found. Black Texans were killed at twice "
            "their share of the population, the report said.")
    assert not [v for v in victims(text) if v.name]


def test_obituary_of_an_officer_wounded_long_ago_gives_no_victim():
    text = ("Retired Fargo police Lt. Dale Olson dies at 84\n\nFARGO, N.D. - Dale Olson, who spent 30 years with "
            "the Fargo Police Department, died Friday at his home. He was 84. His family said he died peacefully "
            "after a long illness, with his wife of 60 years, Ruth, at his side. Olson joined the department in "
            "1961. In 1975, he was shot in the arm during a bank robbery. He retired in 1991.")
    assert victims(text) == []


def test_house_fire_death_is_no_police_killing():
    text = ("A 79-year-old woman died early Sunday in a house fire in Bismarck despite efforts by two police "
            "officers who tried to reach her, authorities said. Firefighters found her in an upstairs bedroom.")
    assert victims(text) == []


def test_shooting_survived_with_a_witness_fearing_a_death():
    text = ("A man shot by an Eugene police officer Sunday is expected to survive, police said. Jon Pike, 33, "
            "was in stable condition. An officer fired two shots, striking Pike in the leg. "
            "\"I thought somebody was going to get killed,\" a witness said.")
    assert victims(text) == []


def test_neighbour_charged_with_murder_is_no_police_killing():
    text = ("A 52-year-old Peoria man has been charged with first-degree murder in the shooting death of his "
            "neighbor, police said. Ann Cole, 44, was shot in her front yard, according to the Peoria Police "
            "Department. She was pronounced dead at a hospital. Officers arrested the man without force.")
    assert victims(text) == []


def test_family_of_a_man_fatally_shot_by_a_trooper():
    text = ("The family of a man fatally shot by a Michigan State Police trooper in March filed a lawsuit "
            "Monday. The lawsuit says Trevon Hales had raised both hands when the trooper fired. Hales, 22, was "
            "struck three times and died later at a hospital.")
    vs = victims(text)
    assert [v.name for v in vs] == ["Trevon Hales"] and vs[0].age == 22


def test_officers_fired_is_a_gunshot():
    text = ("Officers said Tom Kerr refused commands to drop the handgun and pointed it at an officer, and two "
            "officers fired. Kerr died at the scene.")
    assert victims(text)[0].causes == ["gunshot"]


def test_fired_a_taser_or_fired_from_the_force_is_no_gunshot():
    text = ("An officer fired a Taser at Tom Kerr, who fell and hit his head. Kerr died at a hospital. The "
            "officer was later fired from the department.")
    assert victims(text)[0].causes == ["taser"]


def test_a_relatives_sex_is_not_the_victims():
    text = ("Troopers shot and killed Xavier Mims after a chase. Mims' mother, Tonya Mims, said her son was "
            "saving to buy a house.")
    assert victims(text)[0].gender == "male"
    text = ("Deputies shot and killed Deborah Ashworth, 58, at her home. Ashworth's husband called 911 to report "
            "that his wife had fired a handgun.")
    assert victims(text)[0].gender == "female"


def test_where_they_lived_is_below_where_it_happened():
    text = ("A state trooper tried to stop a pickup for speeding on Interstate 44 near Rolla late Saturday. The "
            "driver, 52-year-old Gary Dunn of Cuba, Missouri, led troopers on a chase, got out holding a rifle and "
            "one trooper fired, killing him.")
    v = victims(text)[0]
    assert (v.city, v.state) == ("Rolla", "MO")


def test_a_wire_dateline_gives_way_to_the_ledes_own_town():
    text = ("AUGUSTA, Maine (AP) - A man who barricaded himself inside a Skowhegan home for six hours was shot "
            "and killed Thursday by a state trooper. Brad Tull, 46, of Madison, died at the scene.")
    v = victims(text)[0]
    assert (v.city, v.state) == ("Skowhegan", "ME")
    text = "AUGUSTA, Maine (AP) - A man was shot and killed Thursday by a state trooper. Brad Tull, 46, died."
    assert victims(text)[0].city == "Augusta"


def test_a_count_of_deaths_is_no_one_death():
    text = ("Police in Kansas killed 21 people in 2023, a report released Tuesday found. Of the 21 people killed, "
            "18 were shot. Those killed ranged in age from 16 to 70.")
    assert victims(text) == []


def test_a_number_word_inside_a_name():
    text = "Officers pepper-sprayed Nathan Two Bulls, 27, and held him face-down. He died at a hospital."
    assert [v.name for v in victims(text)] == ["Nathan Two Bulls"]
