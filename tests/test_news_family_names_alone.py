"""Write-ups in the style of Fatal Encounters' descriptions name the person killed by the family name alone,
since the full name sits in another column (hand-written texts, marked as such).  Such a word is a person
wherever only a person fits, even when it is also a town or an English word; and it stays a town or a thing
where a town or a thing fits."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from conftest import read_one_victim, read_victims

one = partial(read_one_victim, published=date(2022, 3, 10))
victims = partial(read_victims, published=date(2022, 3, 10))


@pytest.mark.parametrize("text, name", [
    # hand-written: after a capitalised word that opens the clause (Hollister is also a town)
    ("Deputies chased a stolen pickup. When Hollister got out of the truck, deputies shot him to death.",
     "Hollister"),
    # after verbs done to people, in their -ing form too (Garland and Brandon are towns)
    ("Police were called to a fight. After stopping Garland in a parking lot, officers said he refused to drop a "
     "machete, and he was shot and killed.", "Garland"),
    ("Officers were attempting to serve a warrant to Brandon, and he fired at them. He was shot and killed.",
     "Brandon"),
    ("Officers went to talk to Kessler, who was believed to be suicidal, and he was shot and killed.", "Kessler"),
    ("Troopers fired four rounds at Ashby as he drove toward them. He died at the scene.", "Ashby"),
    # an apposition that tells what person it is
    ("Transit deputies came into contact with Crandall, a homeless veteran with PTSD, who advanced on them "
     "with a pipe. They opened fire and killed him.", "Crandall"),
    # others named with him
    ("Marlow and another man were exchanging gunfire in a parking lot when officers arrived. An officer shot "
     "and killed Marlow after he turned toward them.", "Marlow"),
    # an honorific
    ("Troopers announced themselves at the door and encountered Mr. Delancey advancing toward them with a "
     "hammer. When he would not drop it, he was shot and killed.", "Delancey"),
])
def test_a_family_name_alone_where_only_a_person_fits(text, name):
    assert one(text).name == name


@pytest.mark.parametrize("text, name", [
    # hand-written: family names that are also English words, where only a person fits
    ("Officers said Ford charged them with a knife, and they shot him to death.", "Ford"),
    ("A deputy shot and killed White after he allegedly approached the deputy with a knife.", "White"),
    ("Officers pulled West over for a broken taillight, and he began firing at them. They returned fire, "
     "killing him.", "West"),
    ("White was allegedly hiding behind a shed when deputies arrived. He ran at them with a knife and was shot "
     "and killed.", "White"),
])
def test_a_family_name_that_is_a_word(text, name):
    assert one(text).name == name


def test_an_officer_whose_title_stands_apart_from_his_initials():
    # hand-written: 'Sgt. R.T. Dunmore' is an officer, so 'Dunmore' alone later is not the one killed
    v = one("Sgt. R.T. Dunmore and two deputies were searching a flooded road when they encountered Pruitt, who "
            "produced a gun. When Dunmore saw the gun, he shot and killed Pruitt.")
    assert v.name == "Pruitt"


@pytest.mark.parametrize("text", [
    # hand-written: the same words where a town, a make or a colour fits
    "A man was shot and killed by police in Hollister after he fired at officers outside a bar.",
    "Officers found a man in a white Ford truck with a rifle and shot and killed him.",
    "Deputies responded to help Garland firefighters at a house fire, where a man with a knife charged them. "
    "He was shot and killed.",
    "A woman was restrained by deputies in Lancaster after she bit a deputy at a motel. She stopped breathing "
    "and died the next day.",
    "An off-duty officer was working at the Red Lobster when he saw a man robbing a customer. He shot and "
    "killed the man.",
    "Police shot and killed a man Tuesday. White was the color of the car he drove, witnesses said.",
])
def test_the_same_words_where_a_place_or_thing_fits(text):
    vs = victims(text)
    assert len(vs) == 1 and vs[0].name is None


def test_an_unnamed_persons_age_told_after_the_death():
    # hand-written: 'She was 51.' with no one named in between; not a pronoun of the other sex
    v = one("Officers in Plano shot and killed a woman who pointed a rifle at them in her driveway. She was 51.")
    assert (v.name, v.age) == (None, 51)
    v = one("Officers in Plano shot and killed a woman who pointed a rifle at them. He was 51.")
    assert v.age is None


@pytest.mark.parametrize("text, name", [
    # hand-written: 'Dean' is a given name far more often than a title in these stories
    ("Police in Austin shot and killed Dean Walter Moss, 30, after a chase.", "Dean Walter Moss"),
    # 'Texan' tells where he is from
    ("Texan Hall pointed a rifle at a trooper during a traffic stop. Hall was shot to death.", "Hall"),
    # a participle opening a sentence, a store after 'a', a street after a house number
    ("The man ran into a field. Aided by a search dog, deputies found him, and they shot and killed him when "
     "he pointed a gun at them.", None),
    ("Doty, who was wanted after an incident at a Wal-Mart, was shot after approaching an officer with a "
     "rebar.", "Doty"),
    ("An officer working as a security guard at a supermarket at 611 Broadway shot and killed Carlos Ribot "
     "when he pulled a gun.", "Carlos Ribot"),
])
def test_words_that_are_no_persons_name(text, name):
    assert [v.name for v in victims(text)] == [name]
