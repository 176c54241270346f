"""The sex of the one killed when the story tells of a man and a woman (hand-written texts, marked as
such): the pronoun police acted on in the killing, and the pronoun that opens the story's sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_one_victim

one = partial(read_one_victim, published=date(2021, 6, 9))


def test_the_pronoun_police_killed_tells_the_sex():
    # hand-written: a woman called; the surname tells nothing
    v = one("A woman called 911 to say Okafor had broken into her home and threatened her. Officers found Okafor "
            "in the kitchen holding a knife, and an officer shot and killed him, police said.")
    assert v.gender == "male"


def test_the_pronoun_that_opens_the_sentences_tells_the_sex():
    # hand-written: only the surname is given, the sentences naming him have 'his' and 'her' once each;
    # 'He' opens the story's other sentences
    v = one("Brandvold argued with his girlfriend outside her apartment on Route 2, police said. He walked back "
            "to the parking lot. He came back with a tire iron. A deputy shot and killed Brandvold near the "
            "stairs, the sheriff said.")
    assert v.gender == "male"


def test_a_story_balanced_between_he_and_she_tells_no_sex():
    # hand-written: as many sentences open with 'She' as with 'He'
    v = one("Police said Lindqvist and a neighbor argued in a hallway. She went inside. He followed. Officers "
            "arriving minutes later shot and killed Lindqvist, police said.")
    assert v.gender is None


def test_a_womans_given_name_the_records_barely_know():
    # hand-written: 'Yolanda' is once in the records, nineteen times in the Chicago roster; 'him' is the suspect
    v = one("Philadelphia police officers chasing a robbery suspect on foot fired at him on Kensington Avenue on "
            "Thursday, and a bullet struck Yolanda Pierce, 58, who was waiting at a bus stop. Pierce died at "
            "Temple University Hospital. The suspect, Khalil Reed, 23, was wounded in the leg and arrested.")
    assert v.gender == "female"


def test_the_records_prior_stands_for_a_name_they_know():
    from forcewatch.news.lexicon import first_names, given_names

    # names the records hold 3 times or more keep the records' counts; the roster fills in the others
    known = {n: c for n, c in first_names().items() if sum(c) >= 3}
    assert known and all(given_names()[n] == c for n, c in known.items())
    assert sum(given_names()["yolanda"]) > sum(first_names().get("yolanda", (0, 0)))
