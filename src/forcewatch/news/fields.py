"""Read each field of one victim from the sentences that speak of them.

Search order for every field: the sentences that say the victim was killed,
then the sentences naming the victim, then the sentences that follow them
(`own`), then -- when the article is about one death only -- the whole article
for the incident's place, agency and date.  The sentence a value came from is
kept as its evidence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, partial
from typing import Iterable

from . import cues as C
from .dates import WORDNUM, DateFound, find_dates
from .lexicon import agency_acronyms, counties, places
from .model import Evidence, Victim
from .people import Person, family_name, spelled_age
from .places import (
    BIG_CITY,
    LARGE_CITY,
    STATE_ALT,
    STATE_END,
    STATE_NAME,
    PlaceFound,
    counties_named,
    find_places,
    mentioned_places,
    only_state,
    resolve_state,
    state_code,
    states_named,
    vehicle_models,
)
from .text import Sentence


def fill_fields(v: Victim, p: Person | None, sents: list[Sentence], kill: list[int], own: list[int],
                single: bool, published: date | None, people: list[Person],
                recalled: dict[int, str] | None = None) -> None:
    """Every field of `v`, with its evidence.  `recalled`: sentences with the clause recalling another's death
    blanked ('... after Casey Goodson Jr. was killed by a deputy in Columbus'), read for the place and agency."""
    named = p.sentences if p else []
    tiers = [kill, [i for i in named if i not in kill], [i for i in own if i not in kill and i not in named]]
    everything = [s.index for s in sents]
    wide = tiers + ([[i for i in everything if i not in own]] if single else [])
    text = {s.index: s.text for s in sents}

    def ev(field: str, value, idx: Iterable[int], by: str | None = None) -> None:
        v.evidence[field] = Evidence(field, value, [text[i] for i in sorted(set(idx))], by)

    _age(v, p, tiers + [[i for i in everything if i not in own]] if single else tiers, text, ev, single, people)
    _gender(v, p, tiers, text, ev, single)
    _race(v, p, tiers, text, ev)
    _date(v, wide, text, published, ev)
    shared = tiers + [[i for i in everything if i not in own]]  # the place and agency are usually the article's
    where = {**text, **(recalled or {})}
    _place(v, shared, where, sents, ev, people, single)
    _washington_dc(v, shared, where, ev)
    _agency(v, shared, where, ev)
    _causes(v, tiers, wide, text, ev)
    _shots(v, tiers, text, ev)
    _flee(v, tiers, wide, text, ev)
    _armed(v, tiers, text, ev, people)
    _video(v, tiers, wide, text, single, ev)
    _hands(v, tiers, text, ev)
    _officers(v, people, own if not single else everything, text, ev)
    if p is None:
        _descriptor(v, kill, text, ev)
    else:
        ev("name", p.name, [p.mentions[0].sentence])


def _first(tiers: list[list[int]], text: dict[int, str], rx: re.Pattern[str]):
    for tier in tiers:
        for i in tier:
            m = rx.search(text[i])
            if m:
                return m, i
    return None, None


_OTHER_AGE_AFTER = re.compile(r"\s+(?:officer|deputy|trooper|veteran|police|cop|sergeant|detective|(?:\w+\s+)?"
                              r"(?:girlfriend|boyfriend|wife|husband|son|daughter|child|brother|sister|mother|"
                              r"father|victim|woman|girl|hostage)s?\b)", re.I)
_OTHER_AGE_BEFORE = re.compile(r"(?:\b(?:his|her|their|a woman's)\s+|\bwho\s+\w+\s+(?:an?\s+)?)$", re.I)


#: someone the victim harmed, told right before their age: 'after he fatally shot a 34-year-old woman', 'who
#: police say had shot and killed a 60-year-old man', 'Rhymes shot a 2-year-old', 'he shot a 9-year-old girl he
#: was holding hostage', 'stabbed his 29-year-old wife, her 25-year-old brother and a 24-year-old neighbor'
_HARMED_BY_THEM = re.compile(
    r"(?P<who>\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]ho)|\b[A-Z][\w'’-]+),?\s+(?:(?!(?:he|she|they|who|before|after|when|while|and|that|because|as|until|by)\b)"
    r"[a-z][\w'’]*\s+){0,3}?"
    r"(?:shot|shooting|killed|killing|stabbed|stabbing|wounded|attack(?:ed|ing)|murdered|kidnapped|abducted|"
    r"carjacked|robbed|assault(?:ed|ing)|held|holding|threaten(?:ed|ing)|choked|strangled|beat|struck|rammed|"
    r"ran over)\s+(?:and\s+(?:killed|wounded|injured)\s+)?"
    r"(?:[^.;]{0,60}?\d{1,3}[- ]years?[- ]old[^.;]{0,30}?(?:,|\band)\s+)?(?:an?|the|his|her|their)\s+$")


def _harmed_by_them(sentence: str, at: int, names=frozenset()) -> bool:
    """True when the words of `sentence` before position `at` (an age) tell of someone harmed by the one police
    killed (named by a pronoun, or by one of `names`), not by police ('Officer Smith said he shot a 30-year-old
    man' is the officer's act)."""
    before = sentence[max(0, at - 150):at]
    m = _HARMED_BY_THEM.search(before)
    if not m or (m.group("who")[0].isupper() and m.group("who") not in names
                 and m.group("who") not in ("He", "She", "They", "Who")):
        return False
    if m.group("who")[0].isupper() and re.search(r"\b(?:on|at|to|for|with|by|of|from|against|toward|near)\s+$",
                                                  before[:m.start()], re.I):
        return False  # 'a warrant on Burba fatally shot the 59-year-old': Burba is no one's agent here
    near = re.search(r"(?:\S+\s+){0,5}$", before[:m.start()]).group(0)  # 'Officer Tom Lee, 28, said he ...'
    if m.group("who").lower() in ("he", "she") and re.search(r"\b(?:officers|police|deputies|troopers)\s+(?:said|say)"
                                                          r"\s+$", near, re.I):
        return True  # 'after officers said he stabbed a 58-year-old neighbor': 'he' is not the officers
    return not (m.group("who")[0].islower() and C.POLICE_RE.search(near))


def _victim_ages(t: str, names=frozenset()) -> set[int]:
    """Ages in a sentence that may be the victim's: not 'his 16-year-old girlfriend', not 'a 10-year-old son',
    not 'after he fatally shot a 34-year-old woman'."""
    out = set()
    for m in (*C.AGE_RE.finditer(t), *_SPELLED_AGE_RE.finditer(t), *_AGE_PHRASE_RE.finditer(t),
              *_GROUP_AGE_RE.finditer(t)):
        if _OTHER_AGE_AFTER.match(t, m.end()) or _OTHER_AGE_BEFORE.search(t[max(0, m.start() - 25):m.start()]) \
                or _harmed_by_them(t, m.start(), names):
            continue
        g = next(x for x in m.groups() if x)
        age = int(g) if g.isdigit() else spelled_age(m.group(0))
        if age is not None and age < 110:
            out.add(age)
    return out


_SPELLED_AGE_RE = re.compile(r"\b([A-Za-z]+(?:-[a-z]+)?)[- ]years?[- ]old\b")  # 'a twenty-five-year-old father'
# 'died at the age of 35', '25 years of age', 'killed ... at age 25' (not 'joined the Army at age 18')
_AGE_PHRASE_RE = re.compile(r"\bat the age of (\d{1,3})\b|\b(?<!-)(\d{1,3}) years of age\b|"
                            r"\b(?:died|killed|dead|slain)\b[^.;]{0,60}?\bat age (\d{1,3})\b")


#: a group of the same age, the victim among them: 'two 16-year-olds fled', 'The two men, including the one found
#: dead, are 19 years old'
_GROUP_AGE_RE = re.compile(r"\b(?:[Tt]wo|[Bb]oth|[Tt]hree)\s+(\d{1,3})[- ]years?[- ]old(?:s\b|\s+(?:boys|men|teens|"
                           r"teenagers|girls|women|males|suspects)\b)|"
                           r"\b[Tt]he\s+(?:two|three)\s+(?:boys|men|teens|teenagers|girls|women|suspects)\b[^.;]{0,60}?"
                           r"\b(?:are|were)\s+(?:both\s+|all\s+)?(\d{1,3})(?:\s+years\s+old\b|(?=\s*[,.;]))")
_THE_AGE = re.compile(r"\b[Tt]he\s+(\d{1,3})[- ]years?[- ]old\b"
                      r"(?!\s+(?:\w+\s+)?(?:girlfriend|boyfriend|wife|husband|son|"
                      r"daughter|child|brother|sister|mother|father|victim|woman|girl|hostage|officer|deputy)s?\b)")


#: an age told as a decade: 'a man in his 20s', 'a woman in her late 40s'
_DECADE = re.compile(r"\b(?:man|woman|male|female|suspect|driver|person)\s+in\s+(?:his|her|their)\s+"
                     r"(?:early\s+|mid-?|late\s+)?(\d)0s\b")


def _age(v, p, tiers, text, ev, single: bool = False, people=()) -> None:
    hit = _age_of(p, tiers, text, single, people)
    decade = next((int(m.group(1)) for i in tiers[0] for m in [_DECADE.search(text[i])] if m), None)
    if hit and decade is not None and hit[0] // 10 != decade:
        hit = None  # 'killed a man in his 20s ... A 19-year-old customer was wounded': not his age
    if hit:
        v.age = hit[0]
        ev("age", v.age, [hit[1]])


def _age_of(p, tiers, text, single: bool, people) -> tuple[int, int] | None:
    """(age, sentence) of the victim `p` (None: unnamed), first rule that gives one."""
    others = {(a, i) for q in people if p and q is not p for a, i in q.ages}  # '43-year-old Jeromy Bryant' is his
    names = frozenset(p.name.split()) if p else frozenset()
    if p and p.ages:
        return p.ages[0] if 0 <= p.ages[0][0] < 110 else None
    # an unnamed victim's sex, from the sentence telling the killing: not 'The neighbor, a 63-year-old woman'
    # for 'A man in his 40s'
    first = (min(tiers[0]) if tiers[0] else max(text)) if p is None else None
    sex = _told_sex(text[first]) if first is not None else None
    if p is None:
        found = _described_ages(text, upto=first + 1, sex=sex)
        if len({a for a, _ in found}) == 1:
            return found[-1]
    for tier in tiers[:2] if p else tiers:
        for i in tier:
            ages = {a for a in _victim_ages(text[i], names) if (a, i) not in others}
            if len(ages) == 1:
                return ages.pop(), i
    if p is None:  # '... shot and killed a woman ... The woman, 30, has not been identified.'
        found = _described_ages({i: text[i] for tier in tiers[1:3] for i in tier}, sex=sex)
        if len({a for a, _ in found}) == 1:
            return found[0]
    if p:  # 'A 67-year-old woman ... was struck and killed by a police squad car. She was identified as X'
        # (in the story of one, also where police are told killing the figure: 'Philadelphia police shot and killed a
        # man aged 29 ... Officers said Daquan Rivers refused to drop a knife ... Rivers was pronounced dead')
        for i in tiers[0] + [i for i in sorted(text) if single and i not in tiers[0]]:
            ages = _figure_ages(text[i], i in tiers[0], names)
            if len(ages) == 1 and (age := ages.pop()) < 110 and (age, i) not in others:
                return age, i
        hit = _was_age(p, tiers[0] + tiers[1] + tiers[2], text, people)  # '... killed by police. He was 25.'
        if hit:
            return hit
    if p:  # 'Vrenon was fatally shot ... The 25-year-old had sped off': 'the N-year-old' is the victim
        for i in tiers[2]:
            m = _THE_AGE.search(text[i])
            if m and int(m.group(1)) < 110:
                return int(m.group(1)), i
        if single:  # 'A 20-year-old Louisiana State University student who was shot and killed by campus police'
            killed = {(int(m.group(1)), i) for i in sorted(text) for rx in (_KILLED_DESCRIBED, _KILLED_NOMINAL)
                      for m in rx.finditer(text[i])}
            if len({a for a, _ in killed}) == 1 and not killed & others and min(killed)[0] < 110:
                return min(killed, key=lambda t: t[1])
        if single:  # 'A 26-year-old man who was shot to death by police ... Derek Walker walked into ...'
            found = _described_ages(text, names=names, sex=p.sex)  # not 'including a 9-year-old girl' for a man
            if len({a for a, _ in found}) == 1 and not set(found) & others:
                return found[0]
    elif single:  # an unnamed victim: the one age the article gives someone who may be them
        found = {(a, i) for i in sorted(text) for a in _victim_ages(text[i])}
        if len({a for a, _ in found}) == 1:
            return min(found, key=lambda t: t[1])
        if not found:  # 'Police opened fire and killed the man. ... the suspect, 23, was planning ...'
            described = _described_ages(text, sex=sex)
            if len({a for a, _ in described}) == 1:
                return described[0]
    if p is None and first is not None:  # '... shot and killed a woman who pointed a rifle at them. She was 51.'
        return _was_age_unnamed(first, text, people, sex)
    return None


def _figure_ages(sentence: str, told_killed: bool, names: frozenset[str]) -> set[int]:
    """The ages of the figures a sentence tells killed ('A 67-year-old woman ... was struck and killed', 'shot
    and killed a man aged 29'), not of one the victim harmed.  Outside the sentences telling the victim's
    killing (`told_killed` false) only a figure after a police act counts ('Philadelphia police shot and killed
    a man aged 29')."""
    out = set()
    for m in C.KILLED_FIGURE.finditer(sentence):
        if not told_killed and not ((act := C.POLICE_ACT_RE.search(sentence)) and act.start() < m.start()):
            continue
        inside = [(a, m.start() + a.start()) for a in C.AGE_RE.finditer(m.group(0))]
        after = _AGE_AFTER_FIGURE.match(sentence, m.end())
        for a, at in inside + ([(after, after.start())] if after else []):
            if not _harmed_by_them(sentence, at, names):
                out.add(int(a.group(1)))
    return out


#: the age right after the one told killed: 'shot and killed a man aged 29 in Kensington', 'killed a man, 29,'
_AGE_AFTER_FIGURE = re.compile(r"(?:\s+aged?|,\s+age|,)\s+(\d{1,3})\b(?![- ]year|,\d)(?=[,.;]|\s+(?!years?\b|"
                               r"percent\b|times\b|rounds\b|shots\b|miles\b|feet\b)\w)")


_UNNAMED_WAS_AGE = re.compile(r"(?:^|[.;]\s+)(?P<who>He|She|The\s+(?:man|woman|boy|girl|victim|suspect|driver|"
                              r"teen|teenager))\s+was\s+(?:only\s+|just\s+)?(?P<age>\d{1,3})(?:[- ]years?[- ]old|"
                              r"\s+years\s+of\s+age)?"
                              r"(?=\s*[.;,]|\s+(?:and|when|at)\b)")


def _was_age_unnamed(first: int, text: dict[int, str], people, sex: str | None) -> tuple[int, int] | None:
    """'She was 51.' after the sentence telling an unnamed person's death, with no one named from that
    sentence on, and the pronoun of the sex told ('a woman' ... 'She')."""
    named = {m.sentence for q in people for m in q.mentions}
    for i in sorted(k for k in text if k >= first):
        if i in named:
            return None
        m = _UNNAMED_WAS_AGE.search(text[i])
        if m and int(m["age"]) < 110:
            told = _noun_sex(m["who"].split()[-1].lower()) if m["who"].startswith("The") else \
                ("male" if m["who"] == "He" else "female")
            if told and sex and told != sex:
                return None
            return int(m["age"]), i
    return None


_WAS_AGE = re.compile(r"(?:(?:^|[.;,]\s+|,\s+and\s+)(?:[A-Z][\w'’.-]*\s+){0,3}?(?P<name>[A-Z][\w'’-]*)|"
                      # 'the medical examiner later said he was 36', 'Records show he was 45'
                      r"\b(?:said|says|show|shows|showed|indicate|indicated)\s+(?P<pron>he|she)|"
                      # a relative's words: '"My baby was 22 years old," she said'
                      r"\b[Mm]y\s+(?P<kin>baby|child|son|boy|brother|nephew|grandson|daughter|girl|sister|niece|"
                      r"granddaughter))"
                      # 'Whitehorse, a member of ..., was 28 when', 'The man, Khalil Simmons, was 21 and'
                      r"(?:,\s+(?:a|an|the)\s+[^,]{1,60},|,)?\s+was\s+"
                      r"(?:only\s+|just\s+)?"
                      # 'John Smith was 35 when', 'Smith was a 35-year-old'
                      r"(?:(?P<age>\d{1,3})(?:[- ]years?[- ]old|\s+years\s+of\s+age)?(?=\s*[.;,]|\s+(?:and|when|at)\b)|"
                      r"an?\s+(?P<age2>\d{1,3})[- ]years?[- ]old\b)")


def _was_age(p, idx: list[int], text: dict[int, str], people=()) -> tuple[int, int] | None:
    """'He was 25.', 'Smith was 25 and a father of two', '"My son was 22"' in a sentence about the victim.
    A pronoun is someone else's when it is of the other sex, or when the last person named before it is
    another ('Officer Tom Jones fired. He was 25 and ...'); a relative's child of the other sex is another."""
    surname = p.last
    named_in = [(m.sentence, m.start, q is p) for q in people for m in q.mentions]
    for i in idx:
        for m in _WAS_AGE.finditer(text[i]) if " was " in text[i] else ():
            if m["kin"]:
                if p.sex and _noun_sex(m["kin"]) not in (None, p.sex):
                    continue
            else:
                who = m["name"] or m["pron"].capitalize()
                if who not in ("He", "She", surname):
                    continue
                if who in ("He", "She"):
                    if (who == "He" and p.sex == "female") or (who == "She" and p.sex == "male"):
                        continue
                    last = max(((si, st, mine) for si, st, mine in named_in if (si, st) < (i, m.start())),
                               default=None)
                    if last is not None and not last[2]:
                        continue
            age = int(m["age"] or m["age2"])
            if age < 110:
                return age, i
    return None


_DESCRIBED_AGE = re.compile(r"\b(?:(?:[Tt]he|[Aa]n?|unidentified|unarmed|armed)\s+)(?:\w+\s+)?"
                            r"(?:man|woman|male|female|suspect|gunman|shooter|"
                            r"boy|girl|teen|teenager|driver|person|individual),?\s+(?:age\s+|aged\s+|who was\s+)?"
                            r"(\d{1,3})(?:\s+years\s+old)?,|"
                            # 'The victim, 61, died at the scene'
                            r"\b[Tt]he\s+victim,\s+(\d{1,3}),\s+(?:died|was (?:pronounced|declared) dead|was killed|"
                            r"was identified|has been identified)|"
                            # a headline: 'Lake Charles police kill 27-year-old man after standoff'
                            r"\b(?:kills?|shoots?|fatally shoots?)\s+(\d{1,3})[- ]years?[- ]old\s+"
                            r"(?:man|woman|boy|girl|teen|teenager)\b|"
                            r"\b(?:[Tt]he|[Aa]n?)\s+(?:man|woman|male|female|boy|girl|teen|teenager|driver|person)\s+"
                            r"aged\s+(\d{1,3})\b|"  # 'A man aged 52 died'
                            r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(\d{1,3})[- ]years?[- ]old,?\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:man|woman|male|female|suspect|boy|girl|teen|teenager|driver|person|individual|"
                            r"father|mother|grandmother|grandfather|pedestrian|bicyclist|cyclist|motorcyclist)\b|"
                            r"\b(?:his|her|their)\s+(?:(?!and\b|or\b|with\b)[a-z-]+\s+){0,2}?(\d{1,3})[- ]years?[- ]"
                            r"old\s+(?:son|daughter|brother|sister|grandson|nephew|stepson)\b"
                            # not the relative who called ('his 15-year-old son had called 911')
                            r"(?!\s+(?:had\s+|has\s+)?(?:called|dialed|phoned|told|said|says|ran|fled|escaped|hid)\b)")


#: someone described by age and what they were, told killed right after: 'A 20-year-old Louisiana State
#: University student who was shot and killed by campus police', 'a 45-year-old Tulsa resident was fatally shot',
#: 'A 61-year-old grandmother waiting at a bus stop in Boyle Heights was killed'
_KILLED_DESCRIBED = re.compile(r"\b[Aa]n?\s+(\d{1,3})[- ]years?[- ]old\s+(?:[\w-]+\s+){0,4}?(?:man|woman|male|female|"
                               r"boy|girl|teen|teenager|driver|student|resident|veteran|inmate|motorist|father|"
                               r"mother|grandmother|grandfather|pedestrian|bicyclist|cyclist|motorcyclist|bystander|"
                               r"passenger)\s+(?:[a-z]+ing\s+[^,.;]{0,60}?\s+)?(?:who\s+)?"
                               r"(?:(?:was|were)\s+(?:\w+\s+)?"
                               r"(?:shot and killed|killed|fatally shot|shot dead|shot to death|struck and killed)|"
                               r"died)\b")
#: an age standing for the one killed: 'The father of a 19-year-old shot and killed by a Yakima police officer', 'A
#: 17-year-old was shot and killed by'
_KILLED_NOMINAL = re.compile(r"\b[Aa]n?\s+(\d{1,3})[- ]years?[- ]old\s+(?:who\s+)?(?:was\s+)?(?:shot and killed|"
                             r"fatally shot|killed|shot dead|shot to death)\s+by\s+(?:an?\s+|the\s+)?"
                             r"(?:[\w'’-]+\s+){0,3}?(?:police|officers?|deput(?:y|ies)|troopers?|agents?)\b")


def _described_ages(text: dict[int, str], upto: int | None = None, names=frozenset(),
                    sex: str | None = None) -> list[tuple[int, int]]:
    """(age, sentence) of each 'the man, 22,', 'a 40-year-old woman' or -- when a relative called police
    about them -- 'her 24-year-old son', up to sentence `upto`; of someone of sex `sex` when given."""
    other = _SEX_NOUN.get({"male": "female", "female": "male"}.get(sex or ""))
    return [(age, i) for i in sorted(text) if upto is None or i <= upto
            for m in (*_DESCRIBED_AGE.finditer(text[i]), *_GROUP_AGE_RE.finditer(text[i]))
            if (age := int(next(g for g in m.groups() if g))) < 110
            and not (other and other.search(m.group(0))) and not _HAS_CHILD.search(text[i], 0, m.start())
            and not _harmed_by_them(text[i], m.start() + len(m.group(0).split()[0]) + 1, names)]  # after 'a', 'the'


def _told_sex(sentence: str) -> str | None:
    """The sex of the one a sentence tells killed ('shot and killed a man who was holding a woman'), else
    the sex its nouns tell when they tell one only ('A man in his 40s was shot')."""
    told = {sex for sex, rx in _SEX_NOUN.items() if rx.search(sentence)}
    return killed_sex(sentence) or (told.pop() if len(told) == 1 else None)


def killed_sex(sentence: str) -> str | None:
    """The sex of the one a sentence tells killed by a noun ('shot and killed a man who was holding a woman')."""
    m = next((m for m in _KILLED_NOUN.finditer(sentence)  # not 'A gunman who killed a woman was shot dead'
              if not (m["noun"] and _CIVILIAN_WHO.search(sentence, 0, m.start()))), None)
    return ("male" if m["noun2"] == "gunman" else _noun_sex(m["noun"] or m["noun2"])) if m else None


def _opens_killed_sex(sentence: str) -> str | None:
    """The sex of the one a sentence opens by telling killed ('A woman was killed when ...', 'A 15-year-old girl
    died after ...'; not 'A gunman ...')."""
    m = next((m for m in _KILLED_NOUN.finditer(sentence) if m["noun2"] and m["noun2"] != "gunman"), None)
    if m is None:
        m = _OPENS_DIED.match(sentence)
    return _noun_sex(m["noun2"]) if m else None


_OPENS_DIED = re.compile(r"(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?P<noun2>man|woman|boy|girl)\s+(?:\w+\s+)?died\b")


#: the one killed told as the killer's kin: 'An off-duty officer shot and killed his estranged wife'
_KILLED_KIN = re.compile(r"\b(?:shot and killed|fatally shot|killed|shot dead)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?P<kin>wife|girlfriend|ex-wife|ex-girlfriend|husband|boyfriend|ex-husband|ex-boyfriend)\b")
_KIN_SEX = {"wife": "female", "girlfriend": "female", "ex-wife": "female", "ex-girlfriend": "female",
            "husband": "male", "boyfriend": "male", "ex-husband": "male", "ex-boyfriend": "male"}


def _killed_kin_sex(sentence: str) -> str | None:
    """The sex of the killer's partner a sentence tells killed ('shot and killed his estranged wife')."""
    m = _KILLED_KIN.search(sentence)
    return _KIN_SEX[m["kin"]] if m else None


#: right before the act, its doer is a civilian named by a noun: 'A gunman who| killed a woman'
_CIVILIAN_WHO = re.compile(C.CIVILIAN_WHO + "$", re.I)


def _noun_sex(noun: str) -> str | None:
    """The sex a noun tells ('son', 'woman'), None for one that tells none ('baby', 'child')."""
    return next((sex for sex, rx in _SEX_NOUN.items() if rx.fullmatch(noun)), None)


#: the one killed, told by a noun: 'shot and killed a man who ...', 'A 20-year-old woman was fatally shot'
_KILLED_NOUN = re.compile(r"\b(?:shot and killed|fatally shot|killed|shot dead)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?P<noun>man|woman|boy|girl|male|female)\b|"
                          r"^(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?P<noun2>man|woman|boy|girl|gunman)\b[^.;]{0,80}?\b(?:was|were)\s+"
                          r"(?:\w+\s+)?(?:shot and killed|fatally shot|killed|shot dead)")


#: right before a child the person has: 'He has a 4-year-old boy who keeps asking'
_HAS_CHILD = re.compile(r"\b(?:has|had|have|leaves|left behind|survived by)\s+$")
#: the nouns of a described person that tell their sex
_SEX_NOUN = {"male": re.compile(r"\b(?:man|male|boy|father|son|brother|grandson|nephew|stepson)\b"),
             "female": re.compile(r"\b(?:woman|female|girl|mother|daughter|sister|niece|granddaughter)\b")}


#: a relative told of: their sex is not the victim's ('Mims' mother', 'his wife'); 'a (Latino) father of two' is.  The
#: possessive stays ('his girlfriend' tells a man)
_KIN = re.compile(r"(?<!\ba )(?<!\bA )\b(?:son|daughter|father|"
                  r"mother|brother|sister|husband|wife|boyfriend|girlfriend|grandmother|grandfather|grandson|"
                  r"granddaughter|aunt|uncle|niece|nephew|fianc[ée]e?)s?\b"
                  r"(?!\s+of\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|many)\b"
                  r"(?!\s+(?:years?|months?)\b))")  # 'a father of four', not 'his wife of 40 years'


def _gender(v, p, tiers, text, ev, single: bool = True) -> None:
    """The sex of the one killed: a given name nearly always one sex; else the pronoun police acted on in
    the killing ('an officer shot and killed him'); else the words about them, one sex twice as often as the
    other; else the pronoun that opens most of the sentences about them."""
    if p is None or len(p.name.split()) == 1:
        # 'A Bend police officer shot and killed a man who was holding a woman at gunpoint' (also one named by a
        # family name only: 'The officer ... fired, killing the man. ... Walling threatened the deputy')
        told_by_noun = [(sex, i) for i in tiers[0] if (sex := killed_sex(text[i]))]
        if told_by_noun:
            v.gender = told_by_noun[0][0]
            ev("gender", v.gender, [told_by_noun[0][1]])
            return
    male, female, used = _sex_words(tiers[:2] if p else tiers, text)
    if p and len(p.name.split()) == 1 and not (male >= 2 * female and male or female >= 2 * male and female):
        male, female, used = _sex_words(tiers, text)  # 'Walling threatened the deputy' after 'a call of a man'
    if p:
        # a given name nearly always one sex outweighs a word or two ('threatened her' is about a relative), and
        # any number of them when the story tells of a man and a woman killed together (`Person.sex`: few women
        # in the records, so one woman's name is telling)
        n = p.name_counts
        # (a family name alone, 'Miranda', is looked up in the records' given names: many times one sex only)
        name_sex = p.name_sex if len(p.name.split()) > 1 else (
            ("male" if n[0] > n[1] else "female") if n and sum(n) >= 3 and max(n) / sum(n) >= 0.9 else None)
        # (or the killing calls them the killer's partner of that sex: 'An off-duty officer shot and killed his
        # estranged wife ... identified the woman as Yesenia Garza', though the story's 'he' and 'his' are his)
        if name_sex and (male + female < 3 or not (male or female) or not single
                         or any(_killed_kin_sex(text[i]) == name_sex for i in tiers[0])):
            v.gender = name_sex
            ev("gender", v.gender, [p.mentions[0].sentence], "given name")
            return
    told_first = {i: sex for i in sorted(text) if (sex := _opens_killed_sex(text[i]))} \
        if p and single and p.name_sex is None else {}
    if len(set(told_first.values())) == 1:
        # 'A woman was killed when a Detroit police cruiser ... collided with her car. Lashonda Pryor, 42, ... died':
        # the story of one death opens with it, naming the sex a rare given name does not
        i = min(told_first)
        v.gender = told_first[i]
        ev("gender", v.gender, [i])
        return
    if p and (introduced := _introduced_sex(p, text)):
        # 'his former girlfriend, Kiara Simmons', 'Brothers Luis Ortega, 26, and Mateo Ortega': the noun that
        # introduces them, beside a story of others
        v.gender = introduced[0]
        ev("gender", v.gender, [introduced[1]])
        return
    # a woman called 911 about him: the pronoun police acted on in the killing outweighs the words
    told = {(m.group(1).lower(), i) for tier in tiers for i in tier for m in _POLICE_KILLED_PRONOUN.finditer(text[i])}
    if len({w for w, _ in told}) == 1:
        v.gender = "male" if next(iter(told))[0] == "him" else "female"
        ev("gender", v.gender, sorted(i for _, i in told)[:2])
        return
    if male >= 2 * female and male:
        v.gender = "male"
    elif female >= 2 * male and female:
        v.gender = "female"
    if v.gender:
        ev("gender", v.gender, used[:2])
        return
    # 'Rippley threw a bicycle ... He then ran into a restaurant': the pronoun that opens the sentences
    # about them (the whole story of one victim)
    where = sorted(text) if single else [i for tier in tiers[1:] for i in tier]
    opens = [(m.group(1).lower(), i) for i in where if (m := _OPENS_WITH.match(text[i]))]
    he, she = sum(w == "he" for w, _ in opens), sum(w == "she" for w, _ in opens)
    if he >= 2 * she + 1 or she >= 2 * he + 1:
        v.gender = "male" if he > she else "female"
        ev("gender", v.gender, [i for w, i in opens if w == ("he" if he > she else "she")][:2])
        return
    if p and single and len(p.name.split()) > 1 and not (male or female):
        # 'Dominique Frazier was shot and killed ... The sheriff's office said he reached toward a gun': the
        # sentences that follow tell it, when those naming them tell nothing
        male, female, used = _sex_words(tiers, text)
        if male >= 2 * female and male or female >= 2 * male and female:
            v.gender = "male" if male > female else "female"
            ev("gender", v.gender, used[:2])


#: the noun right before a name that tells its sex: 'his former girlfriend, ', 'Her son, ', 'Brothers A, 26, and '
_INTRODUCED_AS = re.compile(
    r"\b(?:(?:his|her|their|the|a|an)\s+(?:(?:former|estranged|late|adult|teenage|younger|older|\d{1,3}-year-old)\s+)?"
    r"(?P<one>wife|girlfriend|ex-wife|ex-girlfriend|husband|boyfriend|ex-husband|ex-boyfriend|son|daughter|stepson|"
    r"stepdaughter|brother|sister|mother|father|grandson|granddaughter|nephew|niece|woman|man|boy|girl)\s*,?\s+"
    r"|(?P<group>[Bb]rothers|[Ss]isters|[Ss]ons|[Dd]aughters)\s+(?-i:[A-Z])[^.;]{0,40}?,?\s+and\s+"
    r"(?:(?:his|her|their)\s+(?:[\w-]+\s+)?)?)$")
_KIN_NOUN_SEX = {**_KIN_SEX, "son": "male", "stepson": "male", "brother": "male", "father": "male", "grandson": "male",
                 "nephew": "male", "man": "male", "boy": "male", "daughter": "female", "stepdaughter": "female",
                 "sister": "female", "mother": "female", "granddaughter": "female", "niece": "female",
                 "woman": "female", "girl": "female", "brothers": "male", "sons": "male", "sisters": "female",
                 "daughters": "female"}


#: right after a name in apposition: its age, a comma, its end, or the verb telling what became of them
_APPOSED_END = re.compile(r"\s*(?:,|\(|$|\s(?:and|was|were|died|is|who)\b)")


def _introduced_sex(p, text: dict[int, str]) -> tuple[str, int] | None:
    """(sex, sentence) the noun introducing `p` tells, the same wherever `p` is so introduced."""
    told = set()
    for m in p.mentions:
        if m.sentence not in text:
            continue
        hit = _INTRODUCED_AS.search(text[m.sentence], max(0, m.start - 70), m.start)
        if hit and _APPOSED_END.match(text[m.sentence], m.end):  # not 'to help the wife, Tungseth allegedly ...'
            # nor "his girlfriend, Giaquinta's ex-wife"
            told.add((_KIN_NOUN_SEX[(hit["one"] or hit["group"]).lower()], m.sentence))
    return min(told, key=lambda t: t[1]) if len({s for s, _ in told}) == 1 else None


def _sex_words(tiers: list[list[int]], text: dict[int, str]) -> tuple[int, int, list[int]]:
    """Words for a man and for a woman in the sentences of `tiers` (not those about kin), and the sentences."""
    male = female = 0
    used: list[int] = []
    for tier in tiers:
        for i in tier:
            t = _KIN.sub(" ", text[i])
            mm, ff = len(C.MALE_RE.findall(t)), len(C.FEMALE_RE.findall(t))
            if mm or ff:
                used.append(i)
            male, female = male + mm, female + ff
    return male, female, used


_OPENS_WITH = re.compile(r"\W*(He|She)\b")


#: 'officers shot and killed him', 'a deputy fatally shot her'
_POLICE_KILLED_PRONOUN = re.compile(
    r"\b(?:police|officers?|deput(?:y|ies)|troopers?|agents?|sergeant|cops?|(?:Officer|Deputy|Trooper|Sgt\.?) "
    r"[A-Z][\w'’-]+)(?:,? who)?(?:\s+(?!and\b|but\b)[\w'’-]+){0,4}?\s+(?:fatally\s+)?(?:shot|killed|tased|tasered|"
    r"struck|restrained|shooting|killing)(?:\s+and\s+(?:killed|fatally wounded))?\s+(him|her)\b", re.I)


#: an officer named or spoken of right before 'who is white' or 'a white man': the officer's race, not the victim's
_OFFICER_BEFORE = re.compile(r"\b(?:officers?|deput(?:y|ies)|troopers?|sergeant|sgt\.|agents?|detectives?|cops?|"
                             r"veteran)(?:\W|$)[^,.;]{0,40},\s*(?:an?\s+)?(?:\d{1,3}-year-old\s+)?$", re.I)
#: another person's name right before 'a Black man': 'George Floyd, a Black man killed by Minneapolis police'
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+),\s+(?:an?\s+)?(?:\d{1,3}-year-old\s+)?$")


def _race(v, p, tiers, text, ev) -> None:
    """'a Black man', 'a 22-year-old black male' in the victim's sentences (not an officer's or another named
    person's); 'Marks, who was Black,' right after the victim's own name."""
    surname = p.last if p else None
    for tier in tiers[:3]:
        for i in tier:
            t = text[i]
            for m in C.RACE_RE.finditer(t):
                before = t[max(0, m.start() - 60):m.start()]
                if m["name"]:  # 'Brooks, a sophomore at West High School, was Black': the victim's own name
                    if m["name"] != surname or _OBJECT_BEFORE.search(before):
                        continue  # not 'The officer who shot Brooks is white'
                elif m.group(3):  # told of a person: only of the victim, named right before
                    if not surname or surname not in before[-45:] or _OBJECT_BEFORE.search(
                            before[:before.rfind(surname)]):
                        continue
                else:  # not 'The officer who fired, a white man', 'George Floyd, a Black man'
                    other = _NAME_BEFORE.search(before)
                    if _OFFICER_BEFORE.search(before) or other and other.group(1) != surname:
                        continue
                code = C.RACE_CODES.get((m.group(1) or m.group(3)).lower())
                if code:
                    v.race = [code]
                    ev("race", v.race, [i])
                    return
            for m in C.TRIBE_RE.finditer(t):
                name = m["name"] or m["name2"]
                if name and (name != surname or _OBJECT_BEFORE.search(t[:m.start()])):
                    continue  # another's membership: 'The officer who shot Reyes is a member of the Navajo Nation'
                if not name and surname and not t.startswith((surname, p.name.split()[0])) and not (
                        m.start() == 0 and surname in text.get(i - 1, "")
                        and (p.sex is None or (p.sex == "female") == t.startswith("She"))):
                    continue  # 'he is a member': the victim's, in a sentence opening with their name or right after
                v.race = ["native_american"]
                ev("race", v.race, [i])
                return


#: the victim's name as the object of someone else's act: 'The officer who shot Brooks'
_OBJECT_BEFORE = re.compile(r"\b(?:shot|killed|shooting|killing|fired at|tased|struck|hit|by|of|to|with|for|"
                            r"against)\s+$")


_LIFE = re.compile(r"\b(?:graduated|born|married|moved|worked|joined|served|enlisted|attended|hired|retired|"
                   r"bought|raised|adopted|released from (?:prison|jail))\b", re.I)
_INCIDENT = re.compile(r"\b(?:shot|shoot\w*|fired|gunfire|tased|taser|struck|restrain\w*|chase|pursuit|fled|"
                       r"confront\w*|standoff|encounter|incident|scene)\b", re.I)
#: after a date: ', three days after police shot ...' -- the killing was that many days before it
_DAYS_AFTER = re.compile(r"\s*,?\s*(?:just\s+|only\s+)?(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|"
                         r"nine|ten)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b(?P<rest>[^.;]{0,120})", re.I)


def _shifted(d: DateFound, sentence: str) -> DateFound:
    """The date of the killing told right after a date and 'N days after' ('marched on Sunday, three days
    after an officer shot and killed ...'): N days before that date (weeks: a range of +/- 3 days)."""
    at = sentence.find(d.text)
    m = _DAYS_AFTER.match(sentence, at + len(d.text)) if at >= 0 else None
    if not m or not C.POLICE_RE.search(C.ATTRIBUTION_RE.sub(" ", m["rest"])) or not (
            C.DEATH_RE.search(m["rest"]) or re.search(r"\b(?:shot|shooting|killed)\b", m["rest"], re.I)):
        return d  # only 'N days after police shot ...': 'two days after he shot a man during a robbery' is none
    word = m["n"].lower()
    n = int(word) if word.isdigit() else (1 if word in ("a", "an") else WORDNUM[word])
    weeks = m["unit"].lower().startswith("week")
    days = n * (7 if weeks else 1) * (1 if m["dir"].lower() == "after" else -1)
    slack = timedelta(days=3 if weeks else 0)
    return DateFound(d.start - timedelta(days=days) - slack, d.end - timedelta(days=days) + slack,
                     m.group(0), d.exact and not weeks)


#: a date that tells when something was told or done about the death, not when it happened: 'identified
#: the woman Tuesday as', 'on Monday released body camera video of ...', 'police said Monday'
_TELLING = (r"(?:released|releasing|announced|identified|said|says|confirmed|reported|ruled|charged|indicted|filed|"
            r"sued|settled|published|posted|held a (?:news|press) conference)")
_TELLING_BEFORE = re.compile(rf"\b{_TELLING}\s+(?:(?:the|a|an|him|her|them|his|its|(?:[a-z]+\s+)?(?:man|woman|men|"
                             rf"women|victim|suspect|body|video|footage|name))\s+)?$", re.I)
_TELLING_AFTER = re.compile(rf"^\s*(?!said|says|reported)(?:that\s+)?{_TELLING}\b", re.I)
#: 'On Monday, the medical examiner identified the man as ...': the sentence opens with the telling's date
_OPENS_TELLING = re.compile(rf"^,?\s*(?P<gap>[^,.;]{{0,80}}?)\b(?!said|says|reported){_TELLING}\b", re.I)


def _date_of_telling(sentence: str, d: DateFound) -> bool:
    at = sentence.find(d.text)
    if at < 0:
        return False
    if re.search(r"\bsince\b[^,.;]{0,40}$", sentence[:at]):
        return True  # 'had grown isolated since his wife died last year'
    if _TELLING_BEFORE.search(sentence, 0, at) or _TELLING_AFTER.match(sentence[at + len(d.text):]):
        return True
    opens = _OPENS_TELLING.match(sentence[at + len(d.text):]) if re.fullmatch(r"\W*(?:[Oo]n\s+)?", sentence[:at]) \
        else None
    return bool(opens) and not re.search(r"\b(?:shot|shoot|shooting|killed|died|dead|fired|struck|who|where|when|"
                                         r"that|after|as)\b", opens["gap"])


_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: a day told with its time: what happened then, not when someone spoke
_EVENT_TIME = re.compile(rf"\b(?:late|early)\s+(?:on\s+)?{_DAYS}\b|\b{_DAYS}\s+(?:night|morning|afternoon|evening)\b")


def _date(v, tiers, text, published, ev) -> None:
    for n, tier in enumerate(tiers):
        for i in tier:
            t = text[i]
            if n > 0 and _LIFE.search(t) and not (C.DEATH_RE.search(t) or C.POLICE_RE.search(t) or _INCIDENT.search(t)):
                continue  # 'Bell had graduated from high school last year': the person's life, not the incident
            if re.search(r"\b(?:statement|said|announced|released|press conference|news conference)\b", t, re.I) \
                    and not C.DEATH_RE.search(t) and not re.search(r"\bshot|shooting\b", t, re.I) \
                    and not (C.BY_POLICE_RE.search(t) or C.POLICE_ACT_RE.search(t)) and not _EVENT_TIME.search(t):
                # the day of a statement, unless it tells what police did ('was restrained by four officers') or
                # a time of day ('was folding laundry late Monday when the bullet came through a window')
                continue
            found = [d for d in find_dates(t, published) if not _date_of_telling(t, d)]
            if found:
                d = _shifted(found[0], t)
                if d.day:
                    v.date = d.day
                else:
                    v.date_from, v.date_to = d.start, d.end
                ev("date", d.day.isoformat() if d.day else f"{d.start.isoformat()}/{d.end.isoformat()}", [i])
                return


#: a force's word in a place's phrase: 'Dalton officer', 'Toledo police'
_DATELINE_TEXT = re.compile(r"[—–]|--|\(AP\)")
_FORCE_WORD = re.compile(r"\s+(?:police|officers?|deput(?:y|ies)|sheriff|troopers?)\b", re.I)


#: a comparison with another case: what follows names its place, not this one's
_COMPARED_TO = re.compile(r"\b(?:comparisons?|compared|likened|similar|reminiscent|echoes|echoed)\b[^.;]{0,60}$", re.I)


#: 'in the Austin neighborhood', 'the Hillyard neighborhood' (not '... neighborhood of Y')
_THE_NEIGHBOURHOOD = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’.-]*\s+){1,3}?)neighbou?rhood\b(?!\s+of\b)")


def _place(v, tiers, text, sents, ev, people, single: bool = True) -> None:
    person_words = {w.lower() for q in people for w in q.name.split()}
    models = vehicle_models(" ".join(text.values()))
    best = None
    seen: list[tuple[PlaceFound, int]] = []
    dc = _in_dc(text)
    # a name the story calls a neighbourhood is no town anywhere in it ('... fatally shoot 17-year-old in Austin'
    # under '... after a foot chase in the Austin neighborhood'; not 'the Anchorage neighborhood of Fairview')
    quarters = {m[1].strip() for x in text.values() for m in _THE_NEIGHBOURHOOD.finditer(x)}
    for t, tier in enumerate(tiers):
        for i in tier:
            for f in find_places(text[i], first=i <= 3) + dc(text[i]):  # after a headline and a byline
                if f.city in quarters and not f.state:
                    continue
                if f.city.lower() in person_words and not (_DATELINE_TEXT.search(f.text) or f.state and f.strength >= 3
                                                            or _FORCE_WORD.match(f.text, len(f.city))):
                    continue  # 'the death of Adam Toledo' names a person, not Toledo, Ohio (but 'DALTON, Ga.' and
                    #           'a Dalton officer' name the town beside Officer Kyle Dalton)
                if f.city.lower() in models and not f.state:
                    continue  # 'a Dodge Durango ... He stopped the Durango': the car, not Durango, Colorado
                at = text[i].find(f.text)
                if at > 0 and _COMPARED_TO.search(text[i], 0, at):
                    continue  # 'The case drew comparisons to the Breonna Taylor raid in Louisville, Ky.'
                seen.append((f, i))
                # 'killed ... in City' (an agency's own city less so: others may have helped);
                # the opening sentence's 'in City' is where the story happens
                bonus = t == 0 and (1.5 <= f.strength < 2 or f.kind == "in" and f.strength >= 1.5)
                score = f.strength + (0.0 if not bonus else 1.0 if f.strength > 1.5
                                      else 0.5) + (0.4 if i == 0 and f.strength == 1.8 else 0.0)
                if best is None or score > best[2]:
                    best = (f, i, score)
        if best and (best[2] >= 2.5 or not single and t <= 1 and best[0].strength >= 1.5):
            break  # of several victims, one's own sentences name its place before the story's dateline does
    found = _state_of_incident(tiers, text)
    if best is not None and not best[0].state:
        # 'north of Grapevine, CA': the same town written with its state elsewhere in the story gives the state
        same = next(((f, i) for f, i in seen if f.state and f.city == best[0].city), None)
        best = (same[0], best[1], best[2]) if same else _big_city_of_neighbourhood(best, seen, text) or best
    if best is None:
        best = _place_in_passing(tiers, text, person_words, found[0] if found else None)
    killed_in = next(_states_killed_in(tiers, text), None)
    if best and killed_in and best[1] not in tiers[0] and (best[0].state or killed_in[0]) != killed_in[0] \
            and killed_in[0] not in {st for st, _ in places().get(best[0].city.lower(), ())}:
        best = None  # 'suspected of a killing in Hopkinsville, Kentucky ... killed by police in Tennessee'
    if best:
        f, i, _ = best
        v.city = f.city
        ev("city", v.city, [i])
        if f.state:
            v.state = f.state
            ev("state", v.state, [i])
            return
    everything = " ".join(text.values())

    @cache
    def towns() -> list[str]:  # every town the story is placed in, for the state of a town many states share
        return [f.city for i in sorted(text) for f in find_places(text[i], first=i <= 3)
                if f.city.lower() not in person_words]

    hints = states_named(everything), counties_named(everything), towns
    if found and (not v.city or found[0] in {s for s, _ in places().get(v.city.lower(), ())}
                  or found[2] or not resolve_state(v.city, *hints)):
        # the state said by a strong sign (where the killing happened, a state agency) stands even
        # when the gazetteer does not know the town there ('Hardwick' is a New Jersey township)
        v.state = found[0]
        ev("state", v.state, [found[1]])
    elif v.city:
        v.state = resolve_state(v.city, *hints)
        if v.state:
            ev("state", v.state, [best[1]])


#: the District named: 'D.C. police', 'Washington, D.C.', 'the District of Columbia'
_DC_NAMED = re.compile(r"\bD\.\s?C\.|\bDC\b|\bDistrict of Columbia\b")
#: the city of Washington, not the state: 'in Southeast Washington', 'Washington DC'
_DC_CITY = re.compile(r"\b(?:(?:North|South)(?:east|west)\s+Washington|Washington,?\s+D\.?\s?C\b\.?)(?![\w])")


_WA_STATE = re.compile(r"\bWashington [Ss]tate\b|\bstate of Washington\b")


def _washington_dc(v, tiers, text, ev) -> None:
    """The District of Columbia has one city, Washington: 'in Northwest D.C.' places the death in
    Washington, DC; 'in Southeast Washington' in a story naming D.C. is the city, not the state."""
    if v.state == "DC" and not v.city:
        v.city = "Washington"
        said = v.evidence["state"].sentences if "state" in v.evidence else []
        ev("city", v.city, [i for i in text if text[i] in said])
        return
    if v.city not in (None, "Washington") or v.state not in (None, "WA"):
        return
    everything = " ".join(text.values())
    if not _DC_NAMED.search(everything) or _WA_STATE.search(everything):
        return
    at = next((i for tier in tiers for i in tier if _DC_CITY.search(text[i])), None)
    if at is not None:
        v.city, v.state = "Washington", "DC"
        ev("city", v.city, [at])
        ev("state", v.state, [at])


def _in_dc(text: dict[int, str]):
    """The places of a sentence that the District's quadrants name ('in Southeast Washington', 'Washington,
    D.C.') in a story naming D.C. and not Washington state; as strong as 'City, ST'."""
    everything = " ".join(text.values())
    if not _DC_NAMED.search(everything) or _WA_STATE.search(everything):
        return lambda sentence: []
    return lambda sentence: [PlaceFound("Washington", "DC", m.group(0), 2.9) for m in _DC_CITY.finditer(sentence)]


def _big_city_of_neighbourhood(best, seen, text):
    """'A New Orleans police officer shot the man ... in Central City': a small town (under 50,000
    people; or no Census place) that no Census place in the state of the big city (LARGE_CITY or more) whose
    police the same sentence names shares, in a story that names none of its states, is a neighbourhood of
    that city.
    Not a force that was looking for the person ('wanted by Houston police') nor one an officer left
    or was off duty from ('a former Denver police officer').  (best, sentence, score) or None."""
    known_best = places().get(best[0].city.lower(), ())
    if known_best and known_best[0][1] >= BIG_CITY:
        return None
    # (a name only the records or the Postal Service know, no Census place, is no town of its own: 'Los Angeles
    # police officers shot and killed a man ... in Boyle Heights')
    holders = {st for st, pop in known_best if pop > 0}
    if set(states_named(" ".join(text.values()))) & holders:
        return None
    for f, i in seen:
        if i != best[1] or f.kind == "in" or f.city == best[0].city or f.strength < 1.5 \
                or not C.POLICE_RE.search(f.text) or re.search(
                    rf"\b(?:former|retired|ex-|off-duty)\s+(?:\w+\s+)?{re.escape(f.city)}", text[i], re.I):
            continue
        known = places().get(f.city.lower(), ())
        st = only_state(f.city)
        if st and known[0][1] >= LARGE_CITY and st not in holders:
            return PlaceFound(f.city, None, f.text, f.strength), i, best[2]
    return None


def _place_in_passing(tiers, text, person_words, state: str | None) -> tuple[PlaceFound, int, float] | None:
    """The first known place named in passing (in `state` when the state is known), when no
    phrase says where it happened."""
    for tier in tiers:
        for i in tier:
            for city in mentioned_places(text[i]):
                if city.lower() not in person_words and (
                        state is None or state in {s for s, _ in places().get(city.lower(), ())}):
                    return PlaceFound(city, None, city, 0.5), i, 0.5
    return None


#: 'in State' ('into northern Nevada'), or crossed into it ('pursuing him over the Oregon border')
_IN_STATE = re.compile(rf"\b(?:(?:in|into|near|across)\s+(?:the state of\s+|rural\s+|(?:north|south|east|west|"
                       rf"northeast|northwest|southeast|southwest|northern|southern|eastern|western|central|"
                       rf"(?:north|south)(?:east|west)ern)\s+)?|(?P<crossed>(?:over|across)\s+the\s+))"
                       rf"(?P<state>{STATE_ALT})(?(crossed)\s+(?:border|state line)\b|{STATE_END})")
_TO_STATE = re.compile(rf"\b(?:drove|went|fled|headed|traveled|travelled|crossed|came|returned|moved|chase\w*|pursuit)"
                       rf"\s+(?:\w+\s+){{0,3}}?(?:to|into)\s+(?:(?:north|south|east|west|northeast|northwest|"
                       rf"southeast|southwest|northern|southern|eastern|western|central|rural)\s+)?"
                       rf"(?P<state>{STATE_ALT}){STATE_END}|\binto\s+(?P<state2>{STATE_ALT}){STATE_END}")
_STATE_AGENCY = re.compile(rf"\b(?P<state>{STATE_ALT})\s+(?:State Police|State Patrol|Highway Patrol|State Highway "
                           rf"Patrol|Department of|State Troopers?|Bureau of|[Tt]roopers?\b|"
                           rf"state (?:agents?|police|troopers?|investigators?)\b)")


#: before a force the person got away from or was wanted by: not the one that met them ('had fled from')
_LEFT_BEHIND = re.compile(r"\b(?:fled|fleeing|escaped|eluded|evaded|wanted by|sought by)\s+(?:from\s+)?(?:the\s+)?$")
_RIGHT_AFTER_POLICE = re.compile(rf"\b{C.POLICE}(?:\s+[\w'’-]+){{0,2}}\s*$", re.I)
_CHASE = re.compile(r"\b(?:chase[ds]?|chasing|pursuit|pursu(?:ed|ing))\b", re.I)
_CHASE_BEGAN = re.compile(r"\b(?:began|begun|started|beginning|starting|from)\s*$")
_CHASE_ENDED = re.compile(r"\b(?:ended|ending|ends|stopped)\s+(?:[\w-]+\s+){0,4}?$")


def _killed_in_state(sentence: str, after_police: bool = False) -> re.Match[str] | None:
    """'in State' in the killing's sentence; of two, the one right after police ('before police shot him
    in West Virginia'), else, in a chase, where it ended or what it crossed into ('a chase that began in
    South Carolina ended about seven miles into North Carolina', 'pursuing him over the Oregon border'),
    else the one police are named shortly before.  `after_police`: only one police are named before."""
    # not where a chase began ('killed by Nevada Highway Patrol troopers after a chase that began in California')
    found = [m for m in _IN_STATE.finditer(sentence)
             if not (_CHASE_BEGAN.search(sentence, 0, m.start()) and _CHASE.search(sentence, 0, m.start()))]
    if len(found) > 1 or after_police:
        right_after = [m for m in found if _RIGHT_AFTER_POLICE.search(sentence, max(0, m.start() - 40), m.start())]
        if len(right_after) == 1:
            return right_after[0]
    if len(found) > 1 and not after_police and _CHASE.search(sentence):
        found = [m for m in found if not _CHASE_BEGAN.search(sentence, 0, m.start())] or found
        ended = [m for m in found if _CHASE_ENDED.search(sentence, 0, m.start()) or not m.group(0).startswith(
            ("in ", "near "))]
        if ended and len(ended) < len(found):
            return ended[-1]
    if len(found) > 1 or after_police:
        near = [m for m in found if C.POLICE_RE.search(sentence[max(0, m.start() - 40):m.start()])]
        if len(near) == 1:
            return near[0]
        if after_police:
            return None
    return found[0] if found else None


def _states_killed_in(tiers, text):
    """(state, sentence) of each 'in State' in the sentences telling the victim's killing, then in the
    sentences not naming them that tell of police killing someone ('an officer shot and killed a man in
    northwest Alabama')."""
    for i in tiers[0]:
        m = _killed_in_state(text[i])
        if m:
            yield state_code(m["state"]), i
    for i in (i for tier in tiers[2:] for i in tier):
        if C.POLICE_RE.search(text[i]) and C.DEATH_RE.search(text[i]) and not C.NEGATED_DEATH_RE.search(text[i]):
            m = _killed_in_state(text[i], after_police=False)
            if m and re.search(r"\b(?:shot|killed|died|death)\b", text[i][max(0, m.start() - 60):m.start()]):
                yield state_code(m["state"]), i


def _state_of_incident(tiers, text) -> tuple[str, int, bool] | None:
    """(state, sentence, strong): the state named where the victim was killed ('shot by police in
    Tennessee'), else the state of a state agency ('Delaware State Police'), else the last state the
    story moves to ('drove to Indiana', 'into Nevada'), else the only state the article names."""
    for st, i in _states_killed_in(tiers, text):
        return st, i, True
    for i in tiers[1]:  # the victim's sentences: 'drove 500 miles before police shot him in West Virginia'
        m = _killed_in_state(text[i], after_police=True)
        if m and re.search(r"\b(?:shot|killed|fired|struck)\b", text[i][max(0, m.start() - 40):m.start()]):
            return state_code(m["state"]), i, False
    agencies = [(m, i) for i in sorted(text) for m in _STATE_AGENCY.finditer(text[i])]
    met = [(m, i) for m, i in agencies if not _LEFT_BEHIND.search(text[i], 0, m.start())]
    for m, i in met or agencies:  # 'had fled from Illinois State Police ... a Missouri Highway Patrol trooper'
        return state_code(m["state"]), i, True
    moved = [(state_code(m["state"] or m["state2"]), i) for i in sorted(text) for m in _TO_STATE.finditer(text[i])]
    if moved:
        return moved[-1][0], moved[-1][1], False
    st = states_named(" ".join(text.values()))
    if len(set(st)) == 1:
        return st[0], next(i for i in sorted(text) if st[0] in states_named(text[i])), False
    if not st:  # 'in Oklahoma County ... in Pottawatomie County': the one state that has them all
        named = {i: counties_named(text[i]) for i in sorted(text)}
        shared = None
        for names in named.values():
            for name in names:
                shared = set(counties()[name]) if shared is None else shared & set(counties()[name])
        if shared and len(shared) == 1:
            return shared.pop(), next(i for i, names in named.items() if names), False
    return None


def _other_town(agency: str, city: str | None) -> bool:
    """The agency is a town's police and the town is not the incident's city ('Minneapolis Police' in a
    story of a killing in Aurora)."""
    town = re.sub(r"\s+(?:Police(?: Department| Dept\.)?)$", "", agency)
    if not city or town == agency or city.lower() in town.lower() or town.lower() in city.lower():
        return False
    return bool(places().get(town.lower()))


#: a state's force named without its state
_STATE_FORCE = {"state police", "state patrol", "highway patrol", "state highway patrol"}
#: a force named without its place ('according to the Sheriff's Office'): the one the article names in full, or
#: itself when no other is named in the same sentences
_BARE_AGENCY = {"sheriff's office", "sheriff's department", "sheriff's dept.", "police department", "police dept.",
                "public safety department", "police service"}


def _agency_words(m: re.Match[str]) -> list[str]:
    """The words of a force's name found by `cues.AGENCY_RE`, without a leading 'the', 'when', 'officers' ..."""
    words = m.group(1).strip().split()
    while words and words[0].lower() in C.AGENCY_BAD_START:
        words = words[1:]
    return words


#: a force named by its acronym ('LAPD officers', 'an APD officer') or by its town and its officers
#: ('Gardena officers', 'Five Port Jervis officers'); capitals as written
_ACRONYM = re.compile(r"\b([A-Z]{2,5})\b")
_TOWN_OFFICERS = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){1,3}?)(?:K-?9\s+(?:officers?|cops?)|officers?|cops?|PD)\b")
_US_MARSHALS = re.compile(r"\bU\.\s?S\.\s+Marshals?\b")
#: a town's force told by where it serves, as the one acting: 'Police in Wichita, Kansas, shot', 'Colorado
#: Springs, Colo., police shot' (not where it happened: 'killed by police in Tarzana', 'a raid near Chillicothe,
#: Ohio, police detonated')
_TOWN_RUN = r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)"
_POLICE_IN = re.compile(rf"(?:^|[,;:]\s+|\b(?:that|and)\s+)[Pp]olice\s+in\s+{_TOWN_RUN}\b(?!['’])")
_TOWN_STATE_POLICE = re.compile(rf"(?<!\bin )(?<!\bnear )(?<!\bof )(?<!\bat )(?<!\bfrom )(?<!\boutside )(?<!\bto )"
                                rf"\b{_TOWN_RUN},\s+(?:[A-Z][a-z]*\.?\s?){{1,2}},\s+police\b")


def _short_agency(t: str, v, n: int) -> str | None:
    """The force sentence `t` names in short, in a story of `v.city`, `v.state` (`n`: the tier)."""
    # 'KSP is investigating', 'According to KSP, ...': the one that tells, not the one that fired
    told_only = _NOT_THE_FORCE.search(t) is not None
    for m in _ACRONYM.finditer(t) if not told_only else ():
        a = m.group(1)
        if re.search(r"\baccording to (?:the )?$", t[:m.start()], re.I):
            continue
        pd = re.fullmatch(r"([A-Z]{1,4})PD", a)
        if pd and v.city and "".join(w[0] for w in re.split(r"[\s-]+", v.city) if w).upper() == pd.group(1):
            return f"{v.city} Police Department"  # 'APD' in a story of Albuquerque
        known = agency_acronyms().get(a)
        if known is None:
            continue
        name, state, needed = known
        if state is None and needed != "prefix" and not _FORCE_ACTS.search(t):
            continue  # a federal force counts in a sentence telling its force
        if needed == "prefix":
            if v.state in STATE_NAME:
                return f"{STATE_NAME[v.state]} {name}"
        elif state is None or v.state == state or (needed == "no" and v.state is None):
            return name
    if _US_MARSHALS.search(t) and _FORCE_ACTS.search(t) and not told_only:
        return "U.S. Marshals Service"  # 'A U.S. Marshal shot', 'deputy U.S. Marshals were involved'
    for m in (*_TOWN_OFFICERS.finditer(t), *_POLICE_IN.finditer(t), *_TOWN_STATE_POLICE.finditer(t)):
        words = _agency_words(m)
        town = " ".join(words)
        states = [st for st, _ in places().get(town.lower(), ())]
        if not words or not states or (v.state and v.state not in states) or town.lower() in _NOT_TOWN:
            continue
        if m.re is _TOWN_STATE_POLICE and state_code(t[m.end(1):m.end()].strip(" ,").rsplit(",", 1)[0]) is None:
            continue  # 'Colorado Springs, Colo., police', not 'Smith, Jr., police said'
        if (n >= 2 or m.re is not _TOWN_OFFICERS) and _other_town(f"{town} Police", v.city):
            continue
        return f"{town} Police Department" if m.group(0).endswith("PD") else f"{town} Police"
    return None


#: capitalised words before 'officers' that are towns too but name no force here
_NOT_TOWN = frozenset({"police", "sheriff", "state", "federal", "city", "county", "swat", "gang", "patrol",
                       "transit", "park", "school", "campus", "housing", "border", "tribal", "military", "navy",
                       "army", "air force", "university", "college", "metro", "narcotics", "vice", "detention",
                       "correctional", "corrections", "jail", "prison", "probation", "parole", "security",
                       "special", "plainclothes", "undercover", "uniformed", "off-duty", "on-duty", "other",
                       "responding", "arriving", "backup", "more", "several", "many", "some", "all", "both",
                       "those", "these", "that", "this", "his", "her", "their", "its", "our", "your", "my"})


#: a town named with its state before its force: 'the Dothan, Alabama, Police Department', 'An off-duty Albany, Ga.,
#: police officer'
_TOWN_STATE_FORCE = re.compile(r"\b((?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2}),\s+"
                               r"((?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*))?),\s+(?=(?:police|sheriff)\b)", re.I)


def _without_state(t: str) -> str:
    """The sentence with a state named between a town and its force left out ('Dothan Police Department'); not
    where the town is where it happened ('near Chillicothe, Ohio, police detonated a flash-bang')."""
    return _TOWN_STATE_FORCE.sub(lambda m: m.group(1) + " " if state_code(m.group(2)) and not re.search(
        r"\b(?:in|near|at|outside|of|from|to|into)\s+$", t[max(0, m.start() - 8):m.start()], re.I) else m.group(0), t)


def _agency(v, tiers, text, ev) -> None:
    bare: tuple[str, int] | None = None
    text = {i: _without_state(t) for i, t in text.items()}
    for n, tier in enumerate(tiers):
        for i in tier:
            for m in C.AGENCY_RE.finditer(text[i]):
                words = _agency_words(m)
                if not words or (len(words) == 1 and words[0].lower() in ("police", "sheriff")) \
                        or _SOUGHT_BY.search(text[i], 0, m.start()):
                    continue
                name = " ".join(words)
                if name.lower().replace("’", "'") in _BARE_AGENCY:
                    bare = bare or (name, i)
                    continue
                if not re.search(r"police|sheriff|patrol|marshal|safety|corrections|constable|border", name, re.I):
                    # 'Orange County sheriff's deputies', 'Harris County deputies': a sheriff's office
                    after = text[i][m.end(1):m.end(1) + 12].lower()
                    county = re.search(r"\b(?:County|Parish)$", name)
                    name += " Sheriff's Office" if after.startswith("sheriff") or (
                        county and after.startswith("deput")) else " Police"
                if n >= 2 and _other_town(name, v.city):
                    continue  # told outside the victim's sentences, of another town: another story's police
                if name.lower() in _STATE_FORCE and v.state in STATE_NAME:
                    name = f"{STATE_NAME[v.state]} {name}"  # 'State Police' of a story in New York
                v.agency = name
                ev("agency", name, [i])
                return
            short = _short_agency(text[i], v, n) if bare is None else None
            if short:
                v.agency = short
                ev("agency", short, [i])
                return
        if bare:
            full = _full_name(bare[0], text)
            v.agency = full[0] if full else bare[0]
            ev("agency", v.agency, [bare[1], *([full[1]] if full else [])])
            return


#: a force that was looking for a missing person, not the one that killed them: 'reported as missing by Norman
#: police' (one that wanted them often came to arrest them)
_SOUGHT_BY = re.compile(r"\bmissing (?:by|to)\s+(?:the\s+)?$")
_FORCE_ACTS = re.compile(C.LETHAL + r"|\b(?:shot|shoots?|fired|bit|bitten|tased|tasered|restrained|struck)\b", re.I)
_NOT_THE_FORCE = re.compile(r"\b(?:investigat\w*|review\w*|sued|lawsuit|neighboring|assist\w*)\b", re.I)


def _full_name(bare: str, text: dict[int, str]) -> tuple[str, int] | None:
    """(name, sentence) of the one force the article names in full, in a sentence telling force or a death,
    whose short name `bare` is ('the Sheriff's Office' after 'bitten by a Polk County Sheriff's Office police
    dog ... has died'), or None."""
    found = {}
    for i in sorted(text):
        if not _FORCE_ACTS.search(text[i]) or _NOT_THE_FORCE.search(text[i]):
            continue  # 'Reyes had sued the Sand Springs Police Department', 'the neighboring ... is investigating'
        for m in C.AGENCY_RE.finditer(text[i]):
            name = " ".join(_agency_words(m))
            if len(name) > len(bare) and name.endswith(bare) and name[:-len(bare)].strip():
                found.setdefault(name, i)
    return next(iter(found.items())) if len(found) == 1 else None


#: force used on the victim, told in a sentence that does not name them: 'Deputies also used a Taser on him' (or
#: with their death: 'A man bitten by a sheriff's office police dog ... has died')
_FORCE_ON_THEM = re.compile(r"\b(?:officers?|deput(?:y|ies)|troopers?|police|agents?)\s+(?:\w+\s+){0,3}?(?:(?:used|"
                            r"deployed|fired|released|sent)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:on|at|against)|tased|tasered|shocked|restrained|pinned|handcuffed)\s+(?:him|her)\b",
                            re.I)


#: a force told as not used, right before its word: 'No Taser or pepper spray was used', 'did not use a
#: Taser', 'without drawing his stun gun', 'he was not shot'
_NOT_USED = re.compile(r"\b(?:no|not|n['’]t|never|without|nor|neither)\s+(?:(?:use|used|using|deploy\w*|draw\w*|drew|"
                       r"fire|fired|firing|a|an|the|any|his|her|their|its|or|and|nor|even|yet|been|being|"
                       r"[\w-]+(?=\s+(?:or|nor)\b))\s+){0,4}$|"
                       # 'Pitts grabbed for the trooper's Taser': a force someone reached for, not used on them
                       r"\b(?:grabbed|grabbing|reached|reaching|went|going)\s+for\s+(?:the|an?|his|her|their)\s+"
                       r"(?:[\w'’]+\s+)?$", re.I)


def _told_force(rx: re.Pattern[str], sentence: str) -> bool:
    """True when the sentence tells of the force `rx` finds, not only of it not being used."""
    for m in rx.finditer(sentence):
        clause = re.split(r"[,;:()]|\bbut\b", sentence[:m.start()])[-1]
        if not _NOT_USED.search(clause):
            return True
    return False


def _causes(v, tiers, wide, text, ev) -> None:
    found: dict[str, int] = {}
    at = len(tiers)  # the first tier that tells a cause
    for n, tier in enumerate(tiers):
        for i in tier:
            for code, rx in C.CAUSES:
                if code not in found and _told_force(rx, text[i]):
                    found[code] = i
        if found:
            at = n
            break
    if not found:
        return
    if at < 2 and len(tiers) > 2:  # more force, told of them ('on him'), or with their death before they are named
        told = min(tiers[0] + tiers[1], default=0)
        for i in tiers[2]:
            if _FORCE_ON_THEM.search(text[i]) or (
                    i < told and re.search(C.LETHAL, text[i], re.I) and C.POLICE_RE.search(text[i])
                    and not C.OFFICER_KILLED_RE.search(text[i])):
                for code, rx in C.CAUSES:
                    if code not in found and code != "gunshot" and _told_force(rx, text[i]):
                        found[code] = i
    order = [c for c, _ in C.CAUSES if c in found]
    v.causes = order
    for c in order:
        ev(f"cause:{c}", c, [found[c]])
    ev("causes", order, [found[c] for c in order])


def _shots(v, tiers, text, ev) -> None:
    for tier in tiers:
        for i in tier:
            for rx in C.SHOTS_RES:
                m = rx.search(text[i])
                if m:
                    word = m.group(1).lower()
                    n = int(word) if word.isdigit() else C.NUM_WORDS.get(word)
                    if n:
                        v.shots = n
                        ev("shots", n, [i])
                        return


#: the one a police car hit was on foot, not the one chased: 'A 67-year-old woman walking home ... was struck
#: and killed by a police squad car that was chasing a stolen vehicle'
_PEDESTRIAN = re.compile(r"\b(?:pedestrian|bystander|walking|crossing|crosswalk|sidewalk|riding (?:a|his|her) "
                         r"bicycle)\b", re.I)


#: the one killed was caught in it: 'killed bystander', 'was an innocent bystander', 'were held hostage'
_CAUGHT_IN_IT = re.compile(r"\b(?:(?:was|were|as) (?:an? |the |innocent |one of the )*(?:bystanders?|hostages?)|"
                           r"(?:killed|shot|struck|hit) (?:an? |the |innocent )*bystanders?|"
                           r"(?:was|were) (?:being )?held hostage)\b", re.I)


def _flee_told(t: str, gender: str | None = None) -> str | None:
    """The flight sentence `t` tells, by its verbs: not_fleeing, vehicle or foot.  'she ran' is not the
    flight of a man (`gender`)."""
    if C.NOT_FLEEING_RE.search(t):
        return "not_fleeing"
    if C.FLEE_CAR_RE.search(t) or C.FLEE_CAR_MORE_RE.search(t):
        return "vehicle"
    if C.FLEE_FOOT_RE.search(t):
        return "foot"
    other = {"male": "she", "female": "he"}.get(gender or "")
    for m in C.FLEE_FOOT_MORE_RE.finditer(t):
        before = t[:m.start()].split()[-1:]
        who = (m.group("who") or (before[0] if before else "")).lower()
        if who != other:
            return "foot"
    return None


def _chase_told(t: str) -> str | None:
    """A chase in sentence `t` ('After a short chase, the car crashed'), or flight told without its means ('the
    Nissan he was driving crashed ... while he was fleeing officers'): by car when the sentence tells of a
    vehicle and not of running, on foot when it tells of running and of no vehicle."""
    if not C.CHASE_RE.search(t):
        if C.FLED_RE.search(t) and C.FLED_DRIVING_RE.search(t) and not C.FLED_NOT_DRIVING_RE.search(t):
            return "vehicle"
        return None
    car, foot = C.CHASE_VEHICLE_RE.search(t), C.CHASE_FOOT_RE.search(t)
    return "vehicle" if car and not foot else "foot" if foot and not car else None


def _flee(v, tiers, wide, text, ev) -> None:
    """Fleeing: a flight verb in the victim's sentences ('fled on foot', 'sped off'), else a chase told in
    them or, for the one victim of the article, anywhere in it."""
    if "vehicle" in v.causes and any(_PEDESTRIAN.search(text[i]) for i in tiers[0]):
        return
    if any(_CAUGHT_IN_IT.search(text[i]) for tier in tiers for i in tier):
        return  # the bystander or hostage did not flee; the one who ran is another
    for told, where in ((partial(_flee_told, gender=v.gender), tiers), (_chase_told, wide)):
        for tier in where:
            for i in tier:
                code = told(text[i])
                if code:
                    v.flee = code
                    ev("flee", code, [i])
                    return


def _claimer(t: str, police: frozenset[str] = frozenset()) -> str:
    """Who makes the claim in sentence `t`; `police`: surnames of the police the article names ('Sheriff
    John Mina said', 'Mina said' are police)."""
    for who, rx in C.CLAIMERS:
        if rx.search(t):
            return who
        if who == "officer" and any(re.search(rf"\b{re.escape(n)},?\s+(?:said|says|told)\b", t) for n in police):
            return "police"
    return "article"


#: police as the one acting: 'the deputies', 'Officer Ramos', 'officers, who'
_POLICE_SUBJECT = (r"\b(?:police|officers?|deput(?:y|ies)|troopers?|agents?|marshals?|sergeant|sgt\.?|SWAT|detectives?|"
                   r"(?:Officer|Deputy|Trooper|Sgt\.?|Agent|Detective) [A-Z][\w'’-]+)(?:,? who)?")
#: 'the deputies opened fire': the police's fire, not the victim's arms
_POLICE_FIRED = re.compile(_POLICE_SUBJECT + r"(?: then| also| both)? opened fire$", re.I)


#: the one acting right before the verb is police: 'the deputy drew his gun', 'Officers fired their weapons'
_POLICE_ACTS = re.compile(_POLICE_SUBJECT + r"(?:\s+(?:then|also|both|each|all|quickly|immediately|had|have))*\s+$",
                          re.I)


#: a police noun opens the clause that ends right before the verb: 'The officer deployed his Taser and then'
_POLICE_CLAUSE = re.compile(r"\b(?:police|officers?|deput(?:y|ies)|troopers?|agents?|sergeant|sgt\.?)\b"
                            r"(?:(?!\b(?:he|she|him|her|suspect|man|woman|driver|said|say|says|told|reported|"
                            r"alleged?|claimed|according|saw|found)\b)(?!(?-i:[A-Z])(?!aser\b))[^,;.])*$", re.I)
#: only thought, or said by the one killed, or denied: 'acted as if he had a weapon', 'believed she had a gun',
#: 'told police he had a weapon', 'Whether Denkins had a gun', 'didn't fire a weapon'
#: ('police said he had a gun' is the police's claim and counts)
_THOUGHT = re.compile(r"\b(?:as if|as though|thought|think|believed?|believing|feared|fearing|suspected of|"
                      r"accused of|told(?: \w+){0,2}|telling(?: \w+){0,2}|shout(?:ed|ing)|yell(?:ed|ing)|"
                      r"scream(?:ed|ing)|saying|communicated|whether|if|simulating|pretending(?: to be)?|mimicking|"
                      r"didn't|did not|never|not|without)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}"
                      r"(?:also\s+|still\s+)?$", re.I)
#: 'their weapons' are the officers'; a stun gun or Taser is no arms of the one killed
_NOT_HIS_ARMS = re.compile(r"\btheir\s|\bstun guns?\b|\btasers?\b|\bpepper\b", re.I)


#: 'officers say they fired into a pickup truck', 'we shot': in these stories the police's own fire
_THEY_ACT = re.compile(r"\b(?:they|we)\s+(?:\w+\s+)?$", re.I)


def _armed_told(t: str, police: frozenset[str], own: str | None = None) -> bool:
    """Sentence `t` tells the arms of the one killed: ARMED_RE, but not the police's own fire ('accelerated
    towards officers who opened fire'); or ARMED_MORE_RE ('drew a gun', 'had a knife') or ARMED_ACT_RE
    ('fired at a trooper', 'stabbed a store employee') when the one acting is not police (`police`: the
    surnames of the officers the article names) nor the act done to the one killed (`own`: their surname,
    'An officer, fearing for his life, fired at Hart')."""
    if any(m.group(0).lower() != "opened fire" or not _POLICE_FIRED.search(t, 0, m.end())
           for m in C.ARMED_RE.finditer(t)):
        return True
    weapon = C.WEAPON_WORD_RE.search(t)
    for m in (*(C.ARMED_MORE_RE.finditer(t) if weapon else ()), *C.ARMED_ACT_RE.finditer(t)):
        head = t[:m.start()]
        if (_NOT_HIS_ARMS.search(m.group(0)) or _POLICE_ACTS.search(head) or _POLICE_CLAUSE.search(head)
                or _THOUGHT.search(head)) or (m.re is C.ARMED_ACT_RE and (
                    (own and own in m.group(0)) or _THEY_ACT.search(head))):
            continue
        last = re.findall(r"[\w'’-]+", head)[-1:]
        if not (last and last[0].strip("'’s") in police):
            return True
    return False


#: the first that a sentence says is its claim
_ARMED_KINDS = (("replica", C.REPLICA_RE), ("dropped", C.DROPPED_RE), ("unarmed", C.UNARMED_RE),
                ("vehicle", C.VEHICLE_WEAPON_RE))


def _armed(v, tiers, text, ev, people=()) -> None:
    police = frozenset(q.last for q in people if q.role == "police")
    own = family_name(v.name) if v.name else None
    claims = []
    for tier in tiers:
        for i in tier:
            t = text[i]
            kind = next((k for k, rx in _ARMED_KINDS if rx.search(t)), None)
            if kind is None and _armed_told(t, police, own):
                kind = "armed"
            if kind is None and C.VEHICLE_HIT_RE.search(t) and not C.NOT_BY_CAR_RE.search(t):
                kind = "vehicle"
            if kind:
                claims.append({"claim": kind, "by": _claimer(t, police), "sentence": t})
            if kind == "vehicle" and _armed_told(t, police, own):  # 'rammed a police vehicle and pointed a gun'
                claims.append({"claim": "armed", "by": _claimer(t, police), "sentence": t})
    if not claims:
        return
    kinds = {c["claim"] for c in claims}
    v.armed_claims = claims
    if ("unarmed" in kinds and kinds & {"armed", "replica"}) or "dropped" in kinds:
        v.armed = "disputed"  # 'he had dropped the gun': armed, but not when police fired
    else:  # 'accelerated toward an officer' and 'No weapon was found': the car was the weapon
        v.armed = next(k for k in ("replica", "armed", "vehicle", "unarmed") if k in kinds)
    by = sorted({c["by"] for c in claims})
    v.evidence["armed"] = Evidence("armed", v.armed, [c["sentence"] for c in claims], ", ".join(by))


def _video(v, tiers, wide, text, single, ev) -> None:
    scope = wide if single else tiers
    for tier in scope:
        for i in tier:
            t = text[i]
            body = C.BODYCAM_RE.search(t)
            vid = C.VIDEO_RE.search(t)
            if body and v.body_camera is None and not _UNKNOWN.search(t):
                # the last clause that tells of a camera decides: 'do not wear body cameras, but the officer's
                # body camera was activated'; 'rolling out body cameras, but ... were not equipped with them'
                told = [not _NO_BODYCAM.search(c) for k, c in enumerate(re.split(r"\bbut\b|\bhowever\b|;", t))
                        if _NO_BODYCAM.search(c) or C.BODYCAM_RE.search(c) or k and re.search(
                            r"(?<!surveillance )(?<!security )(?<!dash )(?<!traffic )(?<!cell )(?<!phone )"
                            r"\bcameras?\b", c, re.I)]
                v.body_camera = told[-1] if told else True
                ev("body_camera", v.body_camera, [i])
            if (body or vid) and v.video is None and not _NO_BODYCAM.search(t):
                v.video = True
                ev("video", True, [i])
            released = _release_told(t) if body or vid else None
            if released is not None and (v.video_released is None or released and v.video_released is False):
                # a later 'it released the footage' wins over an earlier 'declined to release'
                v.video_released = released
                by = _released_by(t) if released else None
                v.video_released_by = by
                ev("video_released", released, [i], by)
            elif released and v.video_released and v.video_released_by is None:
                # 'In the video released Monday ...' first, 'The Sheriff's Office on Monday released ...' later
                v.video_released_by = _released_by(t)
                if v.video_released_by:
                    ev("video_released", True, [i], v.video_released_by)


#: 'It was not immediately clear whether the officers were wearing body cameras': told as unknown
_UNKNOWN = re.compile(r"\b(?:unclear|not (?:immediately |yet )?(?:clear|known)|unknown)\s+(?:whether|if)\b", re.I)
_RELEASE = re.compile(r"\b(?:released?|releasing|made public|withh[oe]ld(?:ing)?)\b", re.I)
#: before 'release(d)': not done ('has not been released', 'declined to release', 'has yet to release'), or
#: only to come or asked for ('would release the footage within 30 days', 'plans to release', 'demanding
#: that the department release', 'called for the release of')
_RELEASE_NOT_DONE = re.compile(
    # not done: 'has not been released', 'hasn't yet released', 'No footage has been released'
    r"\b(?:not|n['’]t|never|yet to)\s+(?:(?:yet|been|be|have|has|publicly|immediately|officially)\s+){0,3}$|"
    r"\bno\s+(?:[\w-]+\s+){0,4}?(?:has|have|had)\s+(?:yet\s+)?been\s+$|"
    # only to come: 'would release', 'plans to release', 'declined to release'
    r"\b(?:will|would|shall|can|could|may|might|must|should|(?:plans?|planned|planning|expects?|expected|intends?|"
    r"declined|declines|refused|refuses|agreed|going|hopes?)\s+to)\s+(?:(?:not|be|publicly|soon|eventually|later|"
    r"only|also|then)\s+){0,3}$|"
    # asked for: 'demanding that the department release', 'called for the release of'
    r"\b(?:demand\w*|call\w*\s+for|ask\w*|urg\w*|push\w*\s+for|seek\w*|want\w*)\b(?:\s+[\w'’-]+){0,5}?\s+$", re.I)


def _release_told(t: str) -> bool | None:
    """True when the sentence says footage was released, False when it says it was not (yet), was
    withheld or is only to be released; None when it says neither."""
    done = not_done = False
    for m in _RELEASE.finditer(t):
        if m.group(0).lower().startswith("withh") or _RELEASE_NOT_DONE.search(t, max(0, m.start() - 50), m.start()):
            not_done = True
        elif m.group(0).lower() in ("released", "releasing", "made public"):
            done = True
    return True if done else False if not_done else None


#: 'the officers were not wearing body cameras', 'did not have body cameras', 'had no body cameras' (not 'no body
#: camera footage has been released')
_NO_BODYCAM = re.compile(r"\b(?:not|n['’]t|never)\s+(?:\w+\s+){0,2}?(?:wearing|wear|equipped with|have|had|"
                         r"activated?|turned on)\s+(?:\w+\s+){0,2}?body|"
                         r"\bno\s+body[- ]?(?:worn[- ])?cam(?:era)?s?\b(?!\s+(?:footage|video|recordings?))|"
                         r"\bneither\s+(?:\w+\s+){1,2}(?:had|was|were)\s+(?:\w+\s+){0,2}?(?:activated|wearing|"
                         r"turned on)\s+(?:\w+\s+){0,2}?body|"
                         r"\b(?:not|n['’]t|never)\s+(?:\w+\s+){0,2}?(?:equipped with|wearing|have|had)\s+"
                         r"(?:them|one|any)\b|"
                         # 'does not yet equip its deputies with body cameras', 'lacks body cameras'
                         r"\b(?:not|n['’]t|never)\s+(?:yet\s+)?(?:equip|issue|use|carry|provide|require)\w*\s+"
                         r"(?:(?:its|their|his|her|the|any|all|officers|deputies|troopers|police|with)\s+){0,3}body|"
                         r"\b(?:lacks?|lacked|lacking|without)\s+(?:any\s+)?body[- ]?(?:worn[- ])?cam|"
                         r"\bbody[- ]?(?:worn[- ])?cam(?:era)?s?\s+(?:\w+\s+){0,2}?(?:was|were|had been|is|are)\s+"
                         r"(?:not|never)\s+(?:\w+\s+)?(?:activated|turned on|recording|working|on)\b", re.I)


def _released_by(t: str) -> str | None:
    m = C.RELEASED_BY_RE.search(t)
    if not m:
        return None
    name = (m.group("a") or m.group("b") or "").strip()
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = re.sub(r"\s+on\s+\w+$", "", name)
    return name or None


def _hands(v, tiers, text, ev) -> None:
    m, i = _first(tiers, text, C.HANDS_UP_RE)
    if m:
        v.hands_up = True
        ev("hands_up", True, [i])


_LEADERS = {"chief", "sheriff", "undersheriff", "superintendent", "commissioner", "director", "commander"}


def _officers(v, people, scope, text, ev) -> None:
    seen = []
    idx = []
    allowed = set(scope)
    for q in people:
        if q.speaker and q.role_words & _LEADERS:
            continue  # 'Sheriff John Mina said': who speaks for the force is not one of the officers involved
        if q.role == "police" and any(m.sentence in allowed for m in q.mentions):
            seen.append(q.name)
            idx.append(q.mentions[0].sentence)
    if seen:
        v.officer_names = seen
        ev("officer_names", seen, idx)


def _descriptor(v, kill, text, ev) -> None:
    for i in kill:
        # not the one they harmed: 'A gunman who killed a 28-year-old woman ... was shot dead by a deputy'
        m = next((m for m in C.DESCRIPTOR_RE.finditer(text[i])
                  if not _harmed_by_them(text[i], m.start() + len(m.group(0).split()[0]) + 1)), None)
        if m:
            v.descriptor = m.group(0)
            if v.age is None and m.group(1):
                v.age = int(m.group(1))
                ev("age", v.age, [i])
            noun = m.group(2).lower()
            if v.gender is None and noun in ("man", "boy", "male", "father"):
                v.gender = "male"
            elif v.gender is None and noun in ("woman", "girl", "female", "mother"):
                v.gender = "female"
            ev("descriptor", v.descriptor, [i])
            return

