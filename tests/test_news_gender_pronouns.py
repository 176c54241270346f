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
    # hand-written: only the surname is given; 'He' opens the story's sentences, 'she' is the clerk
    v = one("Brandvold walked into a gas station on Route 2 and shouted at the clerk. She called police. He "
            "walked out with a tire iron. He was shot and killed by a deputy in the parking lot. He had "
            "been released from jail a week earlier, the sheriff said.")
    assert v.gender == "male"


def test_a_story_balanced_between_he_and_she_tells_no_sex():
    # hand-written: as many sentences open with 'She' as with 'He'
    v = one("Police said Lindqvist and a neighbor argued in a hallway. She went inside. He followed. Officers "
            "arriving minutes later shot and killed Lindqvist, police said.")
    assert v.gender is None
