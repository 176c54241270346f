"""Police acts and the words around a death that the readers of :mod:`forcewatch.news.extract` share: whether a
sentence tells police acting on someone ('officers shot', 'was shot by a deputy'), whether its object is an
officer, and the patterns for one found dead, arrested, or another's agent.
"""

from __future__ import annotations

import re

from . import cues as C

_POLICE_DID_NOT = re.compile(r"\b(?:said|says|say|was|were|is|are|been|after|before|when|that|reported|"
                             r"believe|investigat\w*|called|told)\b", re.I)


def police_involved(sentence: str) -> bool:
    """The sentence tells police acting on someone ('officers shot', 'was shot by a deputy'), not an officer
    harmed, a police act denied ('no officer fired') or aimed at an animal."""
    if C.BY_POLICE_RE.search(sentence) or C.EVENT_RE.search(sentence):
        return True
    officer_hurt = [(o.start(), o.end()) for o in C.OFFICER_KILLED_RE.finditer(sentence)]
    for m in C.POLICE_ACT_RE.finditer(sentence):
        if any(a < m.end() and m.start() < b for a, b in officer_hurt):
            continue
        if not _POLICE_DID_NOT.search(m.group(0)) and not re.search(r"\b(?:no|not|never)\s+$",
                                                                    sentence[max(0, m.start() - 8):m.start()], re.I):
            near = sentence[m.start():m.end() + 40]
            if C.ANIMAL_OBJECT_RE.search(near) or C.NON_LETHAL_FIRED_RE.match(near) or any(
                    n.start() < m.end() and m.start() < n.end() for n in C.NEGATED_DEATH_RE.finditer(sentence)):
                continue
            return True
    return False


#: a word for one who acts, not police: 'he', 'the suspect'
AGENT_WORD = re.compile(r"\b(?:he|she|who|suspect|gunman|shooter)\b")
#: the person was then arrested: alive ('James was shot in the face ... and arrested', ', 24, fled on foot and was
#: arrested', 'A passenger, 18-year-old X, was arrested')
ARRESTED = re.compile(r"(?:,[^,]{0,40},|,)?\s+(?:(?:fled|ran|escaped)\s+(?:\w+\s+){0,3}?and\s+)?"
                      r"(?:(?:was|were|is|are|has been)\s+(?:[^.;]{0,80}?\band\s+|(?:\w+\s+)?|"
                      # 'was hit in the arm and was arrested after being treated'
                      r"(?:hit|shot|wounded|struck|injured|treated)\b[^.;]{0,40}?\band\s+was\s+(?:later\s+)?)"
                      r"(?:arrested|taken into custody|apprehended|booked into|charged with)|(?:later\s+)?turned "
                      r"(?:himself|herself) in)\b", re.I)
#: the one named is found dead: 'X, 18, and Y, 49, dead'
DEAD_AFTER = re.compile(r"(?:,[^,.]{0,40}){0,4},?\s+(?:dead|lying dead|deceased)\b")
#: found before the name: 'officers found Ross Garrett dead'
FOUND_DEAD = re.compile(r"\b(?:found|find|finding|discovered|located)\s+(?:\S+\s+){0,8}?$", re.I)


def object_is_officer(sentence: str, police_act: bool) -> bool:
    """The sentence tells of an officer's death and of no police act (`police_act`: `police_involved`
    of the sentence, which leaves out acts inside that phrase)."""
    return not police_act and bool(C.OFFICER_KILLED_RE.search(sentence))
