"""People killed together in news-article prose, and fields told around them (hand-written cases, marked
as such): two people named in the sentence telling their deaths, the one of several not yet named, an age
told before the name, a force named by its short name, force told of 'him', tribal membership."""

from __future__ import annotations

from datetime import date

from forcewatch.news.extract import extract
from forcewatch.news.model import Article

PUBLISHED = date(2022, 6, 14)  # a Tuesday


def victims(text: str, published: date | None = PUBLISHED):
    return extract(Article(text=text, published=published))


def by_name(text: str):
    return {v.name: v for v in victims(text)}


# hand-written: a chase ends in a crash; driver and passenger named, each with their own town
CRASH = (
    "Two teenagers were killed early Sunday when the car they were in crashed during a chase with the Ohio "
    "State Highway Patrol, authorities said.\n\nA trooper tried to stop a gray sedan on Interstate 70 for "
    "speeding. The driver refused to stop and the sedan struck a bridge pillar.\n\nThe driver, 18-year-old "
    "Marcus Bell of Reynoldsburg, and his passenger, 17-year-old Dana Cole of Columbus, were pronounced dead at "
    "the scene.\n\nNeither teen was armed, the patrol said. The patrol has not released the dash camera video.")


def test_two_named_in_the_sentence_telling_their_deaths():
    vs = by_name(CRASH)
    assert sorted(vs) == ["Dana Cole", "Marcus Bell"]
    assert (vs["Marcus Bell"].age, vs["Dana Cole"].age) == (18, 17)
    for v in vs.values():
        assert "vehicle" in v.causes  # the crash sentence tells how both died
        assert v.armed == "unarmed"  # 'Neither teen was armed' is about both
        assert v.video_released is False
        assert v.date == date(2022, 6, 12)


def test_a_residence_between_two_people_named_together_keeps_them_together():
    text = ("Police said Jo Reyes of Tulsa and Sam Ortiz of Sand Springs were shot and killed by officers "
            "after they opened fire on Monday.")
    assert sorted(by_name(text)) == ["Jo Reyes", "Sam Ortiz"]


# hand-written: two killed, one identified, the other not yet
SECOND = (
    "Two men suspected of robbing a pharmacy were shot and killed by Tucson police officers late Sunday, police "
    "said.\n\nOfficers chased the men on foot through an alley, and one of them fired at officers.\n\nThe Pima "
    "County Medical Examiner's Office identified one of the men as Ruben Soto, 24. The second man, described as "
    "31 years old, has not been identified because his relatives have not been told.\n\nThe officers were "
    "wearing body cameras, Chief Chad Kasmar said.")


def test_the_second_of_two_killed_is_a_victim_though_not_named():
    vs = victims(SECOND)
    assert [v.name for v in vs] == ["Ruben Soto", None]
    soto, other = vs
    assert (soto.age, other.age) == (24, 31)
    for v in vs:
        assert v.city == "Tucson" and "gunshot" in v.causes
        assert v.date == date(2022, 6, 12)
        assert v.body_camera is True  # told after both


def test_the_other_one_who_lived_is_no_second_victim():
    text = ("Two men were shot by Tucson police officers on Sunday; both were shot and killed, police first "
            "said. Police identified one of the men as Ruben Soto, 24. The other man, who was wounded, has not "
            "been identified.")
    assert [v.name for v in victims(text)] == ["Ruben Soto"]


def test_no_second_victim_when_one_was_killed():
    text = ("A police officer shot and killed a man on Sunday. Police identified him as Ruben Soto, 24. "
            "The other man, a passenger, has not been identified and was not hurt.")
    assert [v.name for v in victims(text)] == ["Ruben Soto"]


def test_an_age_told_with_the_school_before_the_name():
    text = ("A 20-year-old Ohio State University student who was shot and killed by campus police Friday was "
            "carrying a pellet gun, officials said. The student, Eli Moss, was shot near Baker Hall after police "
            "got calls about a man with a gun. One officer fired twice. Moss died at a hospital.")
    v = by_name(text)["Eli Moss"]
    assert v.age == 20
    assert v.shots == 2  # 'fired twice'
    assert v.city is None  # 'near Baker Hall' names a building, not a town called Baker


def test_the_age_of_the_one_killed_before_they_are_named():
    text = ("A 71-year-old woman crossing the street was struck and killed by a Denver police car on Monday. "
            "She was identified Tuesday by the Denver Office of the Medical Examiner as Rita Price. "
            "The driver police were chasing, a 22-year-old man, was arrested.")
    v = by_name(text)["Rita Price"]
    assert v.age == 71
    assert v.date == date(2022, 6, 13)


def test_a_short_name_of_a_force_is_the_one_named_in_full():
    text = ("A man bitten by a Lake County Sheriff's Office police dog after he ran from deputies has died. "
            "Deputies said Carl Tate, 33, hid in a shed and was bitten on the arms, according to the Sheriff's "
            "Office. Deputies also used a Taser on him as he was pulled out.")
    v = by_name(text)["Carl Tate"]
    assert v.agency == "Lake County Sheriff's Office"
    assert "taser" in v.causes and "police_dog" in v.causes


def test_a_short_name_stays_when_no_full_one_is_told():
    text = "Deputies shot and killed Carl Tate, 33, on Monday, according to the Sheriff's Office."
    assert by_name(text)["Carl Tate"].agency == "Sheriff's Office"


def test_a_county_deputy_capitalised_is_the_sheriffs_office():
    text = "Wood County Deputy Ann Roe shot and killed Carl Tate, 33, on Monday after he fired at her."
    assert by_name(text)["Carl Tate"].agency == "Wood County Sheriff's Office"


def test_race_told_after_the_victims_name_and_an_apposition():
    text = ("Police shot and killed Jaylen Brooks, 16, on Monday. Brooks, a sophomore at West High School, "
            "was Black. Officer Dan Hall, a 10-year veteran, is white.")
    assert by_name(text)["Jaylen Brooks"].race == ["black"]


def test_an_officers_race_after_his_name_is_not_the_victims():
    text = ("Officer Dan Hall shot and killed Jaylen Brooks, 16, on Monday. Hall, a 10-year veteran, is "
            "white, the department said.")
    assert by_name(text)["Jaylen Brooks"].race == []


def test_tribal_membership_is_native_american():
    text = ("Tribal police shot and killed Lena Yazzie, 29, on Monday near Shiprock. Yazzie, a member of the "
            "Navajo Nation, was unarmed, her family said.")
    assert by_name(text)["Lena Yazzie"].race == ["native_american"]
    other = ("Tribal police shot and killed Lena Yazzie, 29, on Monday. Chief Ray Begay, a member of the Navajo "
             "Nation, said the officers acted lawfully.")
    assert by_name(other)["Lena Yazzie"].race == []
