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
