"""Deaths a story only recalls: 'protests over the killing of George Floyd', 'a year after officers killed Jamal
Green', 'like Stephon Clark'.  A recalled person is not the story's victim, and the clauses recalling them give the
story's death no town or agency; one tried for a killing ('where Derek Chauvin was convicted') is not the one
killed.  Used by :mod:`forcewatch.news.extract`.
"""

from __future__ import annotations

import re

from . import cues as C
from .people import POSSESSIVE_KIN, Person
from .text import Sentence

#: words before a name that make its death one the story recalls: 'protests over the killing of', 'compared his
#: death to those of', 'like'
_RECALLED_BEFORE = re.compile(r"(?:\b(?:killings?|deaths?|murders?|shootings?|slayings?)\s+of|"
                              r"\b(?:like|(?:compared|likened|comparisons?)\b[^.;]{0,40}?\b(?:to|with)|similar\s+to|reminiscent\s+of|echo(?:es|ed|ing)?"
                              r"\s+of|those\s+of|that\s+of|cases?\s+of|names\s+of))\s+(?:[\w.'’-]+\s+){0,3}"
                              # (and the rest of a list: 'those of Andre Hill in December and 16-year-old X')
                              r"(?:(?:(?-i:[A-Z\d])[^.;,]{0,40}?,\s+){0,3}(?-i:[A-Z\d])[^.;,]{0,40}?(?:,\s+|\s+and\s+)"
                              r"(?:\d{1,3}-year-old\s+)?)?$|"
                              r"\banother\s+$|"
                              # 'several shootings this year, including one that killed'
                              r"\bincluding\s+(?:one|the one|those|the ones)\s+(?:that|which)\s+(?:\w+\s+)?killed\s+$",
                              re.I)
#: a year a thing happened: 'in 2018', 'since 2019', 'May 2018' (not a car's: 'a 1997 Volkswagen Jetta')
_DATED_YEAR = re.compile(r"\b(?:in|since|during|of|from|until|by|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
                         r"Dec)[a-z]*\.?(?:\s+\d{1,2},)?)\s+((?:19|20)\d{2})\b", re.I)  # ('In 2019, officers ...')
#: the death named after the name, or the name chanted: "Floyd's death", "chanting Toledo's name"
_RECALLED_AFTER = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:death|killing|murder|shooting|slaying|name)\b")
#: a time years before the story's: 'last year', 'two years ago' (not 'two days earlier': the one killed may have
#: been hurt or freed then; a year is compared apart)
_EARLIER = re.compile(r"\b(?:last\s+year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+"
                      r"years?\s+(?:earlier|before|ago|prior)|years\s+(?:earlier|before|ago))\b", re.I)
_THEN_KILLED = re.compile(r"^[^.;]*?,\s+(?:[\w'’-]+\s+){0,6}?(?:shot\s+and\s+killed|fatally\s+shot|killed|shot)\s+"
                          r"(?:a|an|the|his|her)\b")
#: 'A year after police killing, family holds vigil'
_YEARS_AFTER = re.compile(r"\b(?:a|one|two|three|four|five|\d+)\s+years?\s+after\b", re.I)
#: 'His death came two weeks after X was killed', 'a year after officers killed X'
_AFTER_CLAUSE = re.compile(r"\b(?:after|since)\s+(?:[\w.'’-]+\s+){0,6}$", re.I)
#: a span of time before the death recalled: 'less than three weeks after an officer killed 13-year-old X', 'days
#: after X was killed' (the story's own death told before it)
_SPAN_AFTER = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|since)\s+(?:[\w.'’-]+\s+){0,6}$", re.I)
#: a death told in the clause after the name ('after George Floyd was killed'; not 'called after Delgado was
#: reportedly acting suicidal, and a deputy fatally shot the 54-year-old')
_DEATH_IN_CLAUSE = re.compile(r"\b(?:killed|died|death|shot|slain|killing|beaten|beating)\b", re.I)
#: a state that has lasted since a death: 'had been on edge since X', 'have been high since'
_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+been\b[^.;,]{0,60}\bsince\s+(?:[\w.'’-]+\s+){0,3}$|"
                         # 'has been under scrutiny since March, when an officer shot and killed 13-year-old X'
                         r"\b(?:has|have|had)\s+been\b[^.;,]{0,60}\bsince\s+[\w.]+(?:\s+\d{1,2})?,\s+when\s+"
                         r"(?:[\w.'’-]+\s+){0,8}$|"
                         # 'The shooting is the first ... since February, when officers shot and killed X'
                         r"\b(?:first|only|second|third)\b[^.;]{0,60}\bsince\s+[\w.]+(?:\s+\d{1,2})?(?:,\s+\d{4})?,\s+when\s+"
                         r"(?:[\w.'’-]+\s+){0,8}$", re.I)

#: the story's death counted among others: 'It is the second fatal police shooting in Little Village this year',
#: 'The shooting was the city's third this year', 'marks the fourth time deputies have killed someone since May'
_COUNTED_AMONG = re.compile(r"\b(?:is|was|marks?|marked)\s+(?:the\s+|[\w'’-]+['’]s\s+)?(?:second|third|fourth|fifth|"
                            r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b(?:\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:shootings?|killings?|deaths?|time|incidents?)\b|\s+(?:this|since|so far)\b)", re.I)


#: the death a trial or a suit is about: 'guilty of murder and manslaughter in the death of ', 'settle a lawsuit over
#: the killing of '
_TRIAL_OF = re.compile(r"\b(?:guilty|convicted|acquitted|charged|indicted|sentenced|trial|verdict|lawsuit|"
                       r"settle(?:d|ment)?)\b[^.;]{0,80}?\b(?:death|killing|shooting|murder)\s+of\s+$", re.I)
#: the one a suit is brought for: 'a wrongful-death lawsuit filed by the family of ', 'a settlement with the family of '
_SUIT_OF = re.compile(r"\b(?:lawsuit|suit|claim|settlement)\b[^.;]{0,60}?\b(?:family|families|estate|relatives|mother|"
                      r"father|widow|children)\s+of\s+$", re.I)


def recall_level(p: Person | None, kill: list[int], sents: list[Sentence],
                 victims: list[tuple[Person | None, list[int], bool]], published) -> int:
    """Each time the story names `p`, it recalls p's death beside another the story tells: the death is named
    as a thing ('the killing of George Floyd', 'Floyd's death'), compared to ('like Stephon Clark'), dated
    before the story ('killed by Sacramento police in 2018', 'last year'), or told after 'after' in a sentence
    about another's death ('His death came two weeks after George Floyd was killed').  One the story goes on
    to tell of ('the city mourns the death of Adam Toledo ... Video shows an officer chasing Toledo') is its
    own.  0: not recalled; 1: named only as a thing (a trial's, a settlement's, a video's); 3: told in full after
    the story counts its own death among others ('It was the second fatal police shooting in Austin this year. In
    February, officers shot and killed X'): a death of its own, told after the story's; 2: compared to, dated
    years before, or told as what came before."""
    if p is None or not any(m.sentence in kill for m in p.mentions):
        return 0
    others = [q for q, _, _ in victims if q is not None and q is not p]
    level, subject, counted = 1, False, False
    for m in p.mentions:
        s = sents[m.sentence].text
        before, after = s[max(0, m.start - 80):m.start], s[m.end:]
        if POSSESSIVE_KIN.match(after) and (m.sentence not in kill or level == 2):
            continue  # 'Clark's brother attended', "Guardado's family" after him recalled: his relatives
        years = [int(y) for y in _DATED_YEAR.findall(s)]
        compared = _RECALLED_BEFORE.search(before)
        named_as_thing = compared and re.match(r"(?:killings?|deaths?|murders?|shootings?|slayings?)\b", compared[0],
                                               re.I)
        if _TRIAL_OF.search(before) or _SUIT_OF.search(before):
            subject = True  # 'found ... guilty of murder in the death of George Floyd, ... who died on May 25, 2020'
            continue
        if (compared and not named_as_thing) or _EARLIER.search(s) \
                or (published and years and max(years) < published.year):
            level = 2
            continue
        if compared or _RECALLED_AFTER.match(after):
            continue
        if _SPAN_AFTER.search(before):
            level = 2  # 'less than three weeks after an officer killed X'
            continue
        if m.sentence and _COUNTED_AMONG.search(sents[m.sentence - 1].text) and any(
                C.DEATH_RE.search(x.text) for x in sents[:m.sentence - 1]):
            counted = True  # 'It is the second fatal police shooting in Little Village this year. In March,
            continue        # officers shot and killed Omar Castillo', after the story's own death
        if _SINCE_THEN.search(s, max(0, m.start - 160), m.start):
            level = 2  # 'The region had been on edge since Daunte Wright was fatally shot'
            continue
        if _AFTER_CLAUSE.search(before) and _DEATH_IN_CLAUSE.search(re.split(r"[,;]", after, maxsplit=1)[0]) and (
                any(q_m.sentence == m.sentence and q_m.start < m.start for q in others for q_m in q.mentions)
                or re.match(r"\s*(?:His|Her|Their|The)\s+(?:deaths?|killings?|shootings?)\b", s)
                or _THEN_KILLED.search(after)):  # 'Less than a month after X died ..., a deputy shot and killed a man'
            level = 2
            continue
        return 0
    # the death a trial or a suit is about is the story's, though long past
    return 1 if subject else 3 if counted and level == 1 else level


_BEFORE_THEIR_KILLING = re.compile(r"[^.;]*?,(?=\s+(?:[\w'’-]+\s+){0,6}?(?:shot\s+and\s+killed|fatally\s+shot|killed|"
                                   r"shot)\s+(?:a|an|the|his|her)\b)")


def recalling_clauses(sents: list[Sentence], recalled: list[Person]) -> dict[int, str]:
    """Sentences with the words from each recalled name to the end of its clause blanked: 'His death came two
    days after Casey Goodson Jr. was killed by a deputy in Columbus' keeps no Columbus; 'Less than a month after
    Tyre Nichols died following a beating by Memphis police officers, a deputy shot and killed a man in
    Millington' keeps Millington."""
    out: dict[int, str] = {}
    for p in recalled:
        for m in p.mentions:
            t = out.get(m.sentence, sents[m.sentence].text)
            upto = _BEFORE_THEIR_KILLING.match(t, m.end)
            end = upto.end() if upto else len(t)
            start = re.search(r"(?:\b[A-Z][\w.'’-]*\s+)*$", t[:m.start]).start()  # a title too: 'Deputy X'
            out[m.sentence] = t[:start] + " " * (end - start) + t[end:]
    return out


def recall_sentences(sents: list[Sentence], people: list[Person], recalled_people: set[int],
                     published=None) -> set[int]:
    """The sentences that recall another's death (`recalled_people`: ids of those the story only recalls), and
    with them any sentence about years before ('A year after police killing, family holds vigil'); not one going
    on to a death of its own ('Less than a month after Tyre Nichols died ..., a deputy shot and killed a man')."""
    out = {m.sentence for p in people if id(p) in recalled_people for m in p.mentions
           if not _THEN_KILLED.search(sents[m.sentence].text[m.end:])}
    if out:
        out |= {s.index for s in sents if years_before(s.text, published)}
    return out


def years_before(text: str, published=None) -> bool:
    """`text` tells of a time years before the story: 'two years ago', 'A year after ...', 'in 2018' (a year before
    the one the story was published in)."""
    return bool(_EARLIER.search(text) or _YEARS_AFTER.search(text) or dated_before(text, published))


def dated_before(text: str, published=None) -> bool:
    """`text` names a year before the one the story was published in ('killed by police in 2020')."""
    return bool(published and any(int(y) < published.year for y in _DATED_YEAR.findall(text)))


#: 'X was convicted of murdering', 'X, a former officer, was charged with'
_TRIED = re.compile(r"(?:,[^,]{0,60},)?\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:convicted|charged|"
                    r"accused|indicted|sentenced|acquitted|found\s+guilty)\b", re.I)


def on_trial(p: Person, sents: list[Sentence]) -> bool:
    """'where Derek Chauvin was convicted of murdering George Floyd': one tried for a killing, not one killed."""
    return any(_TRIED.match(sents[m.sentence].text, m.end) for m in p.mentions)


def tried_deaths(sents: list[Sentence], people: list[Person]) -> list[tuple[Person, int]]:
    """(person, sentence) of each death a trial or a suit is about where the sentence names police before it ('A jury
    found former police officer Derek Chauvin guilty of murder ... in the death of George Floyd'): the story's death
    when it tells no other."""
    out = []
    for p in people:
        if p.role:
            continue
        for m in p.mentions:
            if police_tried(sents[m.sentence].text, m.start):
                out.append((p, m.sentence))
                break
    return out


def police_tried(sentence: str, at: int) -> bool:
    """The name at `at` is the one whose death a trial or a suit is about, and police come before it in the
    sentence, so the one tried is police ('found former police officer X guilty ... in the killing of'; not 'A man
    charged with murder in the shooting death of Ray Ortiz was shot by police')."""
    start = max(0, at - 120)
    return bool((_TRIAL_OF.search(sentence, start, at) or _SUIT_OF.search(sentence, start, at))
                and C.POLICE_RE.search(sentence, 0, at))

