"""Stories that tell of police and a death, or a death that was not, but of no one killed by police
(hand-written texts, marked as such): a death reported and taken back, a fire, a survivor at a trial."""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import read_victims

victims = partial(read_victims, published=date(2021, 6, 9))


def test_a_death_reported_and_taken_back():
    # hand-written: the police first said the man had died, then corrected it
    assert victims(
        "TOPEKA, Kan. — A 31-year-old man shot by a Topeka police officer on Sunday remained hospitalized in "
        "critical condition Monday, police said. Police initially told reporters that the man had died, a statement "
        "the department corrected later that night. An officer fired twice after the man raised a rifle, police "
        "said.") == []


def test_a_fire_death_an_officer_could_not_prevent():
    # hand-written: an officer tried to pull a woman from a burning house
    assert victims(
        "SALEM, Ore. — A 79-year-old woman died Sunday after a Salem police officer tried to pull her from her "
        "burning home, police said. The officer kicked in the front door and crawled toward the bedroom before the "
        "heat forced him back. Firefighters found the woman, Edna Lowry, in the bedroom. She was pronounced dead at "
        "the scene and died of smoke inhalation, the medical examiner said.") == []


def test_a_man_shot_by_police_who_lived_to_testify():
    # hand-written: a civil trial years later; the man police shot is alive
    assert victims(
        "A federal jury awarded $3 million on Tuesday to a man who was shot four times and left paralyzed by a "
        "Modesto police officer in 2017. Daniel Ochoa Prieto, now 39, testified that his hands were raised when "
        "Officer Lyle Berger opened fire. Ochoa Prieto, who uses a wheelchair, wept as the verdict was read.") == []
