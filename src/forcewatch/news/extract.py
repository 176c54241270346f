"""Find the people an article reports killed by police and read their incident.

Rules, not a trained model (see docs/news.md): a named person is a victim when a
sentence makes them the one shot/killed/dead (`_patient`) with police involved
in that sentence or the article, nobody else named as the killer, and no sign
they survived.  People with a role (officers, officials, relatives, witnesses)
are never victims.  With no named victim, a police killing of an unnamed person
("officers shot and killed a 27-year-old man") yields one unnamed victim.

Every field comes with the sentence(s) it was read from (`Victim.evidence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import cues as C
from .acts import AGENT_WORD, ARRESTED, DEAD_AFTER, FOUND_DEAD, object_is_officer, police_involved
from .fields import fill_fields, killed_sex
from .lexicon import places
from .model import Article, Victim
from .people import POLICE_SHOT, POSSESSIVE_KIN, WHEN, Mention, Person, find_people, generation, possessive_off
from .recall import (
    dated_before,
    on_trial,
    police_tried,
    recall_level,
    recall_sentences,
    recalling_clauses,
    tried_deaths,
)
from .several import (
    counted_together,
    died_together,
    identified_as_group,
    identified_together,
    several_counted,
    several_killed,
    unnamed_more,
    unnamed_other,
)
from .text import Sentence, plain_apostrophes, plain_commas, plain_names, sentences


@dataclass
class _Event:
    sentence: int
    lethal: bool


def extract(article: Article) -> list[Victim]:
    """Every person the article reports killed by police, each with evidence per field."""
    text = article.text
    if article.title and not text.lstrip().startswith(article.title.strip()):
        text = article.title.strip() + "\n\n" + text
    read = plain_names(plain_commas(plain_apostrophes(text)))
    sents = sentences(read)
    if not sents:
        return []
    people = find_people(sents)
    # sentences with a police act ('officers shot', 'Faso shot and killed him')
    officers = {w.lower() for p in people if p.role == "police" for w in (p.key, p.last) if len(w) > 2}
    involved = {s.index for s in sents if police_involved(s.text) or _officer_acts(officers, s.text)
                or _they_police(sents, s.index)}
    police_stated = bool(involved) or (any(C.POLICE_RE.search(s.text) for s in sents)
                                       and not C.OTHER_KILLING_RE.search(text))
    police_article = police_stated or article.police_death_known
    # the one the suspect killed before being killed is no victim, nor what a later 'he' points to
    suspects_victims = {p.key for p in people if _suspects_victim(p, sents)}
    victims: list[tuple[Person | None, list[int], bool]] = []
    # first those with no role; when none of them was killed, also those named as someone's relative
    # ("her brother, Sam Burt, ... police shot and killed him")
    # a relative named together with others ('Johnson and his father, Matthew Wood Jr') may die with them
    together = {id(p) for p in people if p.role == "family"
                and any(_died_with_others(m, people, sents) for m in p.mentions)} | _kin_killed_with(
        sents, people, suspects_victims)
    whole = _WholeStory(sents)
    for roles in ((None,), (None, "family")):
        pronouns = _pronoun_sentences(sents, people, suspects_victims, roles, together)
        for p in people:
            if (p.role not in roles and id(p) not in together) or p.key in suspects_victims \
                    or (p.role and (p.speaker or (id(p) not in together  # 'A and his son, B, ... both died'
                                                  and _surname_used_before(p, sents, people, suspects_victims)
                                                  and not _kin_of_other_sex(p, people, sents)))):
                continue
            found = _victim_sentences(p, sents, police_article, pronouns.get(p.key, []), people, whole)
            if found is not None:
                victims.append((p, *found))
        if victims:
            break
    # 'Police shot and killed Pastor John Smith', 'Deputy Jo Lee was shot and killed by a fellow deputy', 'Lt. Virgil
    # Millon shot and killed his ex-fiancee ... Police then shot and killed Millon': one whose title or trade kept
    # them out, told killed by police in so many words
    have = {id(v[0]) for v in victims}
    # (a relative too, beside the one named first: 'X, who had held his former girlfriend, Kiara Simmons, at
    # gunpoint ... Simmons was also struck by police gunfire and died')
    victims += [(p, [i], True) for p in people if p.role in ("police", "official", "family") and not p.speaker
                and p.key not in suspects_victims
                and id(p) not in have for i in [_titled_killed_by_police(p, sents)] if i is not None]
    # 'Deputy Terry Strawn shot and killed his wife, Theresa Strawn', 'Officer X is charged with murder in the
    # shooting death of Y': whom an officer killed, relatives included
    have = {id(v[0]) for v in victims}
    victims += [(p, [i], True) for p, i in _killed_by_officer(sents, people) if id(p) not in have]
    # 'Police fired into a car where A was holding B at gunpoint. Both were killed.': police in sight (a death the
    # story recalls does not count: 'drew comparisons to Breonna Taylor, who was killed by Louisville officers')
    recalled_early = {id(v[0]) for v in victims
                      if recall_level(v[0], v[1], sents, victims, article.published) in (1, 2)}
    strong = [v for v in victims if id(v[0]) not in recalled_early and any(C.POLICE_RE.search(sents[i].text) or (
        i and (C.PLURAL_PATIENT.search(sents[i].text) or _ALSO_DIED.search(sents[i].text))
        and police_involved(sents[i - 1].text)) for i in v[1])  # '... officers opened fire. X was also killed.'
              or (v[0] is not None and (_attacked_police(v[0], sents, people) or _introduced_as_killed(v[0], sents)
                                        or any(m.sentence in v[1] and _died_after_police_fired(
                                            sents[m.sentence].text, m, sents[m.sentence - 1].text if m.sentence else "")
                                               for m in v[0].mentions)))]
    if strong:
        # others shot or killed without police in sight are usually the suspect's victims; in a pursuit, one told
        # 'also killed' in the crash is one more of its dead ('Nevels was also killed in the crash')
        # (or killed in the crash the sentence before tells: '... crashed ... during a pursuit by the California
        # Highway Patrol. The driver, Oscar Delgado, 27, was killed')
        victims = [v for v in victims if v in strong or (_fled_police(sents) and any(
            _ALSO_DIED.search(sents[i].text) or _CRASH.search(sents[i].text) or (i and _CRASH.search(sents[i - 1].text))
            for i in v[1]))]
    group = identified_together(sents, people) if victims else []
    if len(group) > 1 and any(v[0] in group for v in victims) and (several := several_killed(sents)):
        # 'Two men ... were shot and killed by police. ... identified the men as A, 31, and B, 26': both
        have = {id(v[0]) for v in victims}
        victims += [(q, sorted(set(several)), True) for q in group if id(q) not in have]
    # 'Vallejo police shot and killed Sean Monterrosa during protests over the killing of George Floyd', 'a year
    # after officers killed Jamal Green', 'A man was shot ... the first fatal shooting since deputies killed David
    # Ornelas in 2019': a death the story recalls, beside the one it tells (named or not); a story about nothing
    # else is about the deaths it names as things or dates (a trial, a settlement)
    recall = {id(v[0]): recall_level(v[0], v[1], sents, victims, article.published) for v in victims}
    recalled = [v for v in victims if recall[id(v[0])]]
    victims = [v for v in victims if not recall[id(v[0])]]
    # anyone else the story names only in recalling a death ('likened the case to the killing of Atatiana Jefferson')
    recalled_people = {id(v[0]) for v in recalled} | {
        id(p) for p in people if id(p) not in recall
        and recall_level(p, sorted({m.sentence for m in p.mentions}), sents, victims, article.published)}
    if any(v[2] for v in victims):
        victims = [v for v in victims if v[2]]  # beside a death the story tells, one merely shot was wounded
    if not victims and police_article:
        # the sentences recalling another's death, the recalled clause blanked (read twice below)
        blanked = recalling_clauses(sents, [p for p in people if id(p) in recalled_people])
        event, theirs = _own_event(sents, people, involved, recalled, recalled_people, blanked, article.published)
        if event is None and article.police_death_known and not theirs:
            event = _known_death(sents)
            lone = _the_one_named(sents, people) if event is None else []
            if len(lone) == 1 and not lone[0].weak and (lone[0].ages or len(lone[0].mentions) >= 2):
                # 'Deputies say Jo Lee, 52, approached deputies with a knife': the text tells no death, but
                # it is known to be about one, and it names one person besides police and officials
                event = _Event(lone[0].mentions[0].sentence, False)
        if event is not None:
            # (those the story only recalls are not counted: 'Two officers fired. ... since the deaths of George Floyd')
            cast = [p for p in people if id(p) not in recalled_people and not on_trial(p, sents)] or people
            named = [p for p in cast if p.identified and p.role in (None, "family")  # 'as her son, X'
                     and not identified_as_group(p, sents)] \
                or _described_as(sents, cast, event.sentence) or _kin_who_harmed(sents, cast, event.sentence)
            if not named and not _name_withheld(sents, cast, event.sentence):
                named = _the_one_named(sents, cast, _BACK_REFERENCE.search(sents[event.sentence].text) is not None) \
                    or _the_one_in_the_death(sents, cast, event.sentence) \
                    or _the_one_left(sents, cast, event.sentence)
            named = [p for p in named if not _not_the_one_told(p, sents, event.sentence, article.police_death_known)
                     and not _named_as_killers_victim(p, sents)]
            # not one the story only recalls, unless the death told is theirs ('convicted ... of manslaughter in
            # the death of Daunte Wright, 20')
            # (not when the sentence tells a death without the recalled clause: 'Police in Canton shot and killed a man
            # Monday ..., where the police killing of Jayland Walker last month has set off weeks of protests')
            own = blanked.get(event.sentence)
            named = [p for p in named if id(p) not in recalled_people] or [
                p for p in people if id(p) in recalled_people and any(m.sentence == event.sentence for m in p.mentions)
                and not (own and police_involved(own) and C.DEATH_RE.search(own))]
            # 'A shootout between police and a man left two people dead: the gunman, A, 27, and a passenger, B':
            # those named in the sentence counting the dead
            group = identified_together(sents, people) or [q for q, _, _ in counted_together(sents, people, [])]
            # police killed the several ('Two men ... were shot and killed by police', 'killing both men'): as
            # many as the story counts, else nobody else in the story lived ('The other was hospitalized')
            several = several_killed(sents)
            if len(group) > 1 and several and (
                    len(group) in {n for _, n in several_counted(sents)}  # 'Two men ... were shot and killed'
                    or not any(C.SURVIVED_RE.search(C.OFFICER_HURT_RE.sub(" ", s.text)) for s in sents)):
                # 'Two men ... were shot and killed by police. The coroner identified the men as A, 24, and B, 19'
                kill = sorted({event.sentence, *several})
                victims += [(p, kill, event.lethal) for p in group]
            else:
                # 'The man who was killed was identified as Bernard Lofton': the unnamed victim has a name
                victims.append((named[0] if len(named) == 1 else None, [event.sentence], event.lethal))
    # an earlier death told in full after the story's own ('It was the second ... this year. In March, ...')
    told_after = {id(v[0]) for v in recalled if recall[id(v[0])] == 3} if victims else set()
    victims += [v for v in recalled if id(v[0]) in told_after]
    if not victims:  # a trial's or a suit's death ('guilty of murder ... in the death of George Floyd') before others
        # (not a death recalled beside the story's own shooting, which one lived: 'A man shot by a Fort Wayne officer
        # is expected to survive ... the first since February, when officers shot and killed Jacob Wilder')
        victims = [v for v in recalled if recall[id(v[0])] == 1] or [
            (p, [i], True) for p, i in tried_deaths(sents, people)] or (recalled if not _lived(sents) else [])
        if any(v[2] for v in victims):
            victims = [v for v in victims if v[2]]
    if victims:
        victims += counted_together(sents, people, victims)
    other = unnamed_other(sents, len(victims)) if victims and police_article else None
    if other is not None:  # killed together with those named: the sentences telling the killing are theirs too
        victims = [(p, sorted({*kill, *other[1]}), lethal) for p, kill, lethal in victims]
        victims.append((None, sorted({other[0], *other[1]}), True))
    if victims and police_article:  # separate incidents: police killed one more, not named
        victims += [(None, [i], True) for i in unnamed_more(sents, victims)]
    if any(id(v[0]) in recalled_people - told_after for v in victims) and any(
            id(v[0]) not in recalled_people for v in victims):  # added back by a count ('two men')
        victims = [v for v in victims if id(v[0]) not in recalled_people - told_after]
    if len(victims) > 1 and len({tuple(v[1]) for v in victims}) == 1:
        # named together in the one sentence telling their deaths ('The driver, A, and his passenger, B, were
        # pronounced dead'): the sentence telling how police killed the several is about each of them
        several = several_killed(sents)
        victims = [(p, sorted({*kill, *several}), lethal) for p, kill, lethal in victims]
    if victims and not article.police_death_known and not any(v[2] for v in victims) and _all_lived(sents):
        victims = []  # 'Man shot by Tulsa police expected to survive': shot, and the story tells no death
    # a sentence recalling another's death tells this one's place and agency only if it names this one ('His death
    # came two days after Casey Goodson Jr. was killed by a deputy in Columbus' is no Columbus killing)
    recalling = recalling_clauses(sents, [p for p in people if id(p) in recalled_people
                                          and id(p) not in {id(v[0]) for v in victims}])
    out: list[Victim] = []
    owned = _assign_sentences(sents, victims)
    for (p, kill, death_stated), own in zip(victims, owned):
        v = Victim(name=p.name if p else None)
        fill_fields(v, p, sents, kill, own, single=len(victims) == 1, published=article.published,
                    people=people, recalled=recalling)
        v.death_stated = death_stated
        v.police_stated = police_stated
        out.append(v)
    return _as_written(out, sents, text) if read != text else out


def _died_with_others(m: Mention, people: list[Person], sents: list[Sentence]) -> bool:
    """Mention `m` is one of several named together whose deaths the sentence tells, by nobody else's hand
    ('Berube and his son, X, were both killed'; not 'Jackson, 43, shot and killed his girlfriend, A, and her
    brother, B')."""
    found = died_together(m, people, sents[m.sentence].text)
    if found is None:
        return False
    patient, before, after = found
    return not (patient.re is C.BEFORE_PATIENT and _other_agent(before[:patient.start()], people, after))


def _lived(sents: list[Sentence]) -> bool:
    """The story tells that one police harmed lived ('expected to survive', 'in stable condition', 'released from
    the hospital')."""
    return any((C.SURVIVED_RE.search(C.OFFICER_HURT_RE.sub(" ", s.text)) or _RELEASED.search(s.text))
               and _HARMED_BY_POLICE.search(s.text)  # the one police harmed, not 'Two officers were treated'
               and not _AN_OFFICER.search(s.text) for s in sents)


def _all_lived(sents: list[Sentence]) -> bool:
    """The story tells that someone police harmed lived and tells no death anywhere."""
    return _lived(sents) and not any(C.DEATH_RE.search(C.HYPOTHETICAL_DEATH_RE.sub(" ", s.text))
                             and not C.NEGATED_DEATH_RE.search(s.text) for s in sents)


_HARMED_BY_POLICE = re.compile(r"\b(?:shot|tased|tasered|shocked|struck|wounded|hit|bitten)\s+by\s+"
                               r"(?:an?\s+|the\s+|two\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|officers?|deput(?:y|ies)|"
                               r"troopers?|agents?)\b", re.I)
_AN_OFFICER = re.compile(r"\b(?:the|two|three|both|an?|one|another|second)\s+(?:[\w-]+\s+){0,2}?(?:officers?|"
                         r"deput(?:y|ies)|troopers?|agents?)\s+(?:\w+\s+)?(?:was|were|is|are|had been)\b", re.I)
_RELEASED = re.compile(r"\breleased from (?:the )?hospital\b|\bhas been released\b", re.I)


def _as_written(victims: list[Victim], sents: list[Sentence], text: str) -> list[Victim]:
    """The evidence sentences as the article writes them, curly apostrophes and names in capitals included (the
    extractor read them with straight ones and as names, see :func:`plain_apostrophes`, :func:`plain_names`)."""
    raw = sentences(text)
    if len(raw) != len(sents):  # never expected: the two split alike
        return victims
    written = {s.text: r.text for s, r in zip(sents, raw)}
    for v in victims:
        for e in v.evidence.values():
            e.sentences = [written.get(x, x) for x in e.sentences]
        for c in v.armed_claims:
            if "sentence" in c:
                c["sentence"] = written.get(c["sentence"], c["sentence"])
    return victims


_WORD = re.compile(r"\w[\w'’-]*?(?=(?:['’]s?)?(?![\w'’-]))")  # a word, its possessive ending left off


def _surname_used_before(p: Person, sents: list[Sentence], people: list[Person] = (),
                         skip: set[str] = frozenset()) -> bool:
    """The relative's family name was written before they were named ("Nichols' mother Barbara J.
    Nichols"): it stands for the one they are kin to -- unless the only one of that name named before is the
    suspect's victim (`skip`): 'found Linda Sorensen ... with multiple stab wounds. Her son, Derek Sorensen' --
    or an officer, their kin: 'Officer Gregory Lind, 48, ... It was his son, Tyler Lind, 19'."""
    first = next((m for m in p.mentions if len(m.text.split()) > 1), p.mentions[0])
    surname = p.last
    kin_before = [q for q in people if q is not p and q.last == surname
                  and (q.mentions[0].sentence, q.mentions[0].start) < (first.sentence, first.start)]
    if kin_before and all(q.key in skip or q.role == "police" for q in kin_before):
        return False
    return any(surname in _WORD.findall(x.text) for x in sents[:first.sentence]) \
        or surname in _WORD.findall(sents[first.sentence].text[:first.start])


def _kin_of_other_sex(p: Person, people: list[Person], sents: list[Sentence]) -> bool:
    """Everyone of `p`'s family name named before `p` is of the other sex ('called by Diane Kowalski, who said
    her son, Peter Kowalski, ... He stopped breathing'): the name written before is not `p`'s, and a 'he'
    or 'she' tells them apart."""
    surname = p.last
    first = (p.mentions[0].sentence, p.mentions[0].start)
    before = [q for q in people if q is not p and q.last == surname
              and (q.mentions[0].sentence, q.mentions[0].start) < first]
    m = p.mentions[0]
    harmed = _HARMED_BY_SUSPECT.search(sents[m.sentence].text[max(0, m.start - 60):m.start])
    return bool(before) and p.sex is not None and all(q.sex is not None and q.sex != p.sex for q in before) \
        and not harmed  # not 'Gray stabbed his mother, Carol Gray, ... She died'


# after an officer's name: the officer killed, or stands accused of killing, whoever the clause names next
_OFFICER_KILLED = re.compile(
    r"(?:,[^,.;]{0,80},)?\s+(?:(?:allegedly|apparently|reportedly|then|later|also)\s+)*"
    r"(?:(?:shot and killed|shot to death|fatally shot|fatally stabbed|killed|murdered|strangled|"
    r"stabbed and killed|stabbed to death|beat to death|beat and killed)\b"
    r"|(?:(?:is|was|were|are|has been|had been|have been|being)\s+(?:(?:also|allegedly|now|later)\s+)?"
    r"(?:accused|charged|indicted|convicted|sentenced|found guilty|acquitted|arrested|on trial)|"
    r"pleaded (?:not )?guilty|faces? (?:\w+ )?charges?)\b[^.;]{0,60}?"
    r"\b(?:murder(?:ing)?|manslaughter|killing|death|homicide)\b)", re.I)
# after an officer's name: killed by fellow officers ('Officer Brian Mulkeen, 33, was shot and killed by other
# NYPD officers')
_FRIENDLY_FIRE = re.compile(
    r"(?:,[^,.;]{0,60},)?\s+(?:was|were|had been)\s+(?:\w+ly\s+)?(?:shot and killed|fatally shot|killed|shot to death|"
    r"shot dead)\s+(?:by\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:other|fellow|another)\s+(?:[A-Z]{2,6}\s+|police\s+)?"
    r"(?:officers?|deput(?:y|ies)|troopers?|agents?)\b|(?:by|in)\s+(?:\w+\s+)?friendly fire\b)")
_LISTED = re.compile(r"(?:,|\band|\bof|ing|ed)\s+$")  # 'granddaughter, Londyn', 'murdering McMillan'
_CLAUSE_ENDS = re.compile(r"\b(?:before|after|then|when|while|until|because|as|during|who|but)\b")


#: police killing the one named right after: 'Police shot and killed former Marine Sgt. ', 'Deputies fatally shot
#: paramedic '
_POLICE_KILLED_NEXT = re.compile(rf"\b{C.POLICE}\s+(?:\w+\s+)?(?:shot and killed|fatally shot|killed|shot dead)\s+"
                                 r"(?:an?\s+|the\s+)?(?:[\w.-]+,?\s+){0,3}$", re.I)
#: the one just named killed by police: ', 34, was shot and killed by a deputy', ' was killed by a fellow officer'
_KILLED_BY_POLICE_NEXT = re.compile(
    r"^(?:,[^,.;]{0,60},)?\s+(?:was|were)\s+(?:\w+\s+)?(?:(?:shot and killed|fatally shot|killed|shot dead|"
    r"shot to death)\s+by\s+(?:an?\s+|the\s+|two\s+)?(?:fellow\s+|(?-i:[A-Z][\w.]*)\s+){0,3}"
    r"(?:police|officers?|deput(?:y|ies)|troopers?|agents?)\b"
    # 'Simmons was also struck by police gunfire and died at a hospital'
    r"|(?:struck|hit|shot)\s+by\s+(?:an?\s+|the\s+)?(?:police|officers?|deput(?:y|ies)|troopers?)(?:['’]s?)?\s+"
    r"(?:gunfire|bullets?|rounds?|fire|shots?)\s+and\s+(?:later\s+)?(?:died|was killed|was pronounced dead))", re.I)


def _titled_killed_by_police(p: Person, sents: list[Sentence]) -> int | None:
    """The sentence telling police killed `p`, named with a title or trade ('Dr.', 'Deputy', 'paramedic') right
    before or after the name; not one an officer's pronoun or a suspect's act could tell.  In a story of several
    killed, a relative 'was struck by a trooper's bullet' ('A hostage and the man holding her were both killed
    ... The coroner said Carol Deluca was struck by a trooper's bullet')."""
    several = None
    for m in p.mentions:
        t = sents[m.sentence].text
        if _POLICE_KILLED_NEXT.search(t, 0, m.start) or _KILLED_BY_POLICE_NEXT.match(t[m.end:]):
            return m.sentence
        if p.role == "family" and _HIT_BY_POLICE_FIRE.match(t, m.end):
            several = several_killed(sents) if several is None else several
            if several:
                return m.sentence
    return None


#: right after a name: hit by police fire ('was struck by a trooper's bullet', 'was hit by police gunfire')
_HIT_BY_POLICE_FIRE = re.compile(r"\s+was\s+(?:\w+\s+)?(?:struck|hit|shot)\s+by\s+(?:an?\s+|the\s+)?"
                                 r"(?:police|officers?|deput(?:y|ies)|troopers?)(?:['’]s?)?\s+"
                                 r"(?:gunfire|bullets?|rounds?|fire|shots?)\b", re.I)


def _killed_by_officer(sents: list[Sentence], people: list[Person]) -> list[tuple[Person, int]]:
    """(person, sentence) for each person the clause after an officer's name (or a 'he' standing for the
    officer last named) says the officer killed: 'Trooper Brad Wheat, 45, shot and killed his wife, Mary
    Wheat, 42', 'Officer Matthew Kinne is charged with murder in the shooting death of Dominique Clayton'."""
    if not any(q.role == "police" for q in people):
        return []
    named = sorted(((m.sentence, m.start, m.end, q) for q in people for m in q.mentions), key=lambda t: t[:3])
    subjects = [(i, end) for i, _, end, q in named if q.role == "police"]
    subjects += [(i, end) for i, end, q in _pronoun_referents(sents, named) if q.role == "police"]
    out: list[tuple[Person, int]] = [(q, i) for i, _, end, q in named if q.role == "police"
                                     and _FRIENDLY_FIRE.match(sents[i].text, end)]
    for i, at in subjects:
        s = sents[i].text
        verb = _OFFICER_KILLED.match(s, at)
        if not verb:
            continue
        stop = _CLAUSE_ENDS.search(s, verb.end())
        end = stop.start() if stop else len(s)
        for p in people:
            if p.role in (None, "family") and not p.speaker and any(
                    x.sentence == i and verb.end() <= x.start < end
                    and (not p.weak or p.ages or _LISTED.search(s, 0, x.start)) for x in p.mentions) \
                    and all(p is not o for o, _ in out):
                out.append((p, i))
    return out


_INTRO = r"(?:[^,.;]{0,60},\s*)?"  # 'During a confrontation, ' before a sentence's subject
_SUBJECT_START = re.compile(_INTRO + "$")
_EITHER_SEX = "suspect|driver|teen|person"
#: an unnamed figure who could be the 'he' / 'she' ('a man', 'the suspect')
_OTHER_FIGURE = {w: re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns}|{_EITHER_SEX})\b", re.I)
                 for w, nouns in (("he", "man|boy|gunman|male|husband|boyfriend|son|father"),
                                  ("she", "woman|girl|female|wife|girlfriend|daughter|mother"))}


def _pronoun_referents(sents: list[Sentence], named: list[tuple[int, int, int, Person]]
                       ) -> list[tuple[int, int, Person]]:
    """(sentence, end of the pronoun, person) for each 'he'/'she' the text lets one read: the last person
    of that sex named before it in the sentence; else the one the same pronoun stood for as the subject
    of the sentence before ('She made contact with Jo West ... She shot and killed West'); else the last
    person of that sex named up to three sentences before, unless an unnamed figure who could be the
    'he' ('a man', 'the suspect') comes after that name."""
    out: list[tuple[int, int, Person]] = []
    chain: dict[str, tuple[int, Person]] = {}
    of_sex = {w: [t for t in named if t[3].sex in (None, sex)] for w, sex in (("he", "male"), ("she", "female"))}
    for s in sents:
        for he in re.finditer(r"\b(?:he|she)\b", s.text, re.I):
            word = he.group(0).lower()
            fits = of_sex[word]
            same = [q for i, st, _, q in fits if i == s.index and st < he.start()]
            ref = same[-1] if same else None
            if ref is None and chain.get(word, (-9, None))[0] == s.index - 1:
                ref = chain[word][1]
            if ref is None:
                back = [(i, end, q) for i, _, end, q in fits if s.index - 3 <= i < s.index]
                if back:
                    i, end, q = back[-1]
                    between = " ".join([sents[i].text[end:]] + [x.text for x in sents[i + 1:s.index]]
                                       + [s.text[:he.start()]])
                    ref = None if _OTHER_FIGURE[word].search(between) else q
            if ref is not None:
                out.append((s.index, he.end(), ref))
                if _SUBJECT_START.match(s.text[:he.start()]):
                    chain[word] = (s.index, ref)
    return out


_THEY = re.compile(_INTRO + r"[Tt]hey\b")
_POLICE_SUBJECT = re.compile(rf"^(?:[^,]{{0,40}},\s*)?(?:\w+\s+){{0,4}}?{C.POLICE}\b", re.I)


def _they_police(sents: list[Sentence], i: int) -> bool:
    """'Temple officers went to a disturbance ... They returned fire, fatally striking the shooter': a
    sentence-initial 'they' after a sentence whose subject is police does what police do."""
    m = _THEY.match(sents[i].text)
    if not m or i == 0 or not _POLICE_SUBJECT.match(sents[i - 1].text):
        return False
    return police_involved("officers" + sents[i].text[m.end():])


_SURVIVED_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|but)\s+(?:was\s+|were\s+)?(?:not\b|un(?:injured|hurt)|wounded|"
                             r"injured|survived|treated)|\s+in the (?:leg|arm|hand|shoulder|foot|vest)\b", re.I)


def _officer_died(article: str) -> bool:
    """An officer's death is told ('Officer X was shot and killed'), not an officer hurt ('The officer was
    shot but uninjured')."""
    return any(not _SURVIVED_AFTER.match(article, m.end()) for m in C.OFFICER_KILLED_RE.finditer(article))


_NAMED_ACT = re.compile(r"\b([\w'’-]+)\s+(?:then\s+|also\s+|allegedly\s+|fatally\s+|reportedly\s+){0,2}"
                        r"(?:shot|fired|opened fire|killed|tased|tasered|struck|discharged)\b", re.I)


def _officer_acts(officers: set[str], sentence: str) -> bool:
    """A named officer (lower-case surnames in `officers`) as the one who fired: 'Faso shot and killed
    him', 'Knodle then fired'."""
    return bool(officers) and any(m.group(1).lower() in officers for m in _NAMED_ACT.finditer(sentence))


_SOMEONE_ELSES_VICTIM = re.compile(r"\b(?:murder(?:ed|ing)?|stabbing|stabbed|stabbing death|"
                                   r"kidnapp(?:ed|ing)|assaulting|robbed)\s+(?:of\s+)?(?:his|her|their\s+)?"
                                   r"(?:\w+\s+){0,2}?(?:\d{1,3}-year-old\s+)?$|"
                                   # 'shot and killed a man who had taken Mark Peters hostage', '... who had attacked'
                                   r"\bwho\s+(?:had\s+)?(?:\w+ly\s+)?(?:taken|took|held|attacked|stabbed|shot|assaulted|"
                                   r"threatened|robbed|carjacked|kidnapped|abducted|beaten|beat)\s+"
                                   r"(?:(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?$", re.I)
_CALLER = re.compile(r"^(?:,[^,]{1,40},)?\s+(?:called|phoned|dialed|reported|told police)\b", re.I)


#: others police may kill beside the one they fired at: 'the clerk herself were killed when ... police opened fire'
_BYSTANDERS = frozenset({"hostage", "clerk", "cashier", "bystander", "passenger", "pedestrian", "customer", "employee",
                         "cyclist", "bicyclist"})
_BYSTANDER = "(?:" + "|".join(sorted(_BYSTANDERS)) + ")"
#: a person introduced by what they are: 'The suspect, Travis Lee Booker', 'The driver, 24-year-old Jo Lee'
_INTRODUCED_AS = re.compile(rf"\b[Tt]he\s+({C.FIGURE}|{_BYSTANDER}),\s*(?:\d{{1,3}}-year-old\s+)?$")


def _introduced_as_killed(p: Person, sents: list[Sentence]) -> bool:
    """`p` is introduced as what a sentence telling a police act says police killed ('Midland police shot and
    killed a bank robbery suspect and the hostage ... The suspect, Travis Lee Booker, 38, ...')."""
    nouns = {a[1].lower() for x in p.mentions
             if (a := _INTRODUCED_AS.search(sents[x.sentence].text[max(0, x.start - 40):x.start]))}
    return bool(nouns) and any((k["a"] or k["b"]).lower() in nouns for s in sents if police_involved(s.text)
                               for k in C.KILLED_FIGURE.finditer(s.text)) or any(
        # 'the clerk herself were killed when ... police opened fire' (not 'after he fatally shot a clerk')
        any(not _HARMED_RIGHT_BEFORE.search(s.text, 0, b.start())
            for b in re.finditer(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b", s.text, re.I))
        and re.search(C.LETHAL, s.text, re.I)
        for noun in nouns & _BYSTANDERS for s in sents if police_involved(s.text))


#: a civilian's harm right before a noun: 'after he fatally shot ', 'the gunman killed '
_HARMED_RIGHT_BEFORE = re.compile(r"\b(?:he|she|they|gunman|suspect|man|woman|shooter)\s+(?:\w+\s+)?(?:fatally\s+)?"
                             r"(?:shot|stabbed|killed|wounded|shooting|stabbing|killing)\s+$", re.I)


def _not_the_one(p: Person, sents: list[Sentence], people: list[Person]) -> bool:
    """`p` is named as the suspect's victim ('the stabbing death of Tracy Fergerstrom', 'shot by Pounds') or
    as the caller ('Brenda Doucette called 911'): not the one police killed when the victim is unnamed."""
    if _found_stabbed(p, sents):
        return True  # 'they found Linda Sorensen, 68, on the front porch with multiple stab wounds'
    for m in p.mentions:
        s = sents[m.sentence].text
        if _LIVED_AFTER.match(s[m.end:]):
            return True  # 'Walter Hoyt, 74, was flown to a hospital in critical condition': he lived
        if _SOMEONE_ELSES_VICTIM.search(s[max(0, m.start - 60):m.start]) or _CALLER.match(s[m.end:]) \
                or _by_named_civilian(s[m.end:], people) \
                or re.search(r"\bcaller,?\s*$", s[max(0, m.start - 12):m.start], re.I):
            return True
    return _introduced_as_harmed(p, sents)


def _introduced_as_harmed(p: Person, sents: list[Sentence]) -> bool:
    """`p` is introduced by the noun the story gave the one a civilian harmed: 'A gunman who killed a 28-year-old
    woman ... was shot dead by a deputy. The woman, Kimberly Oates, was a cashier', 'a man who had just shot a
    convenience store clerk ... The clerk, Harpreet Gill, 46, died at the scene'."""
    killed_by_other = {m["noun"].lower() for x in sents for m in _CIVILIAN_KILLED_NOUN.finditer(x.text)}
    return bool(killed_by_other) and any(
        (a := _THE_NOUN_BEFORE.search(sents[m.sentence].text[max(0, m.start - 30):m.start]))
        and a["noun"].lower() in killed_by_other for m in p.mentions)


#: one the suspect killed, told by a noun: 'A gunman who killed a 28-year-old woman', 'the man who shot his wife'
_CIVILIAN_KILLED_NOUN = re.compile(
    C.CIVILIAN_WHO + r"(?:killed|shot and killed|fatally shot|stabbed|murdered|shot)\s+(?:an?|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>woman|man|girl|boy|wife|girlfriend|husband|boyfriend|mother|father|clerk|cashier|employee|neighbor|"
    r"victim)\b", re.I)
#: a person introduced by a noun: 'The woman, Kimberly Oates'
_THE_NOUN_BEFORE = re.compile(r"\b[Tt]he\s+(?:\w+\s+)?(?P<noun>\w+),\s*$")


_MURDER_OF = re.compile(r"(?i:\b(?:murders?|murdering|killings?|slayings?|stabbing|stabbing death|strangling|"
                        r"kidnapping|rape)\s+of\s+(?:(?:his|her|their|a|an|the|\d{1,3}-year-old)\s+){0,2}"
                        r"(?:[\w-]+,?\s+){0,2})"
                        # 'the killings of Gerardo "Jerry" De Luna and Mariano Campos': the second of a list too
                        r"(?:[A-Z][\w'’.-]*(?:\s+[\"“][\w'’-]+[\"”])?(?:\s+[A-Z][\w'’.-]*){0,3},?\s+and\s+)?$")
_HARMED_BY_SUSPECT = re.compile(r"\b(?:murder(?:ed|ing)|stabb(?:ed|ing)|strangl(?:ed|ing)|kidnapp(?:ed|ing)|"
                                r"assault(?:ed|ing)|rap(?:ed|ing)|beat(?:ing)?|killing|killed|shot|shooting)\s+"
                                r"(?!by\b)"  # not 'killed by her husband, Carlos Lopez': he did the harm
                                r"(?:(?:his|her|their|a|an|the|\d{1,3}-year-old)\s+){0,2}(?:[\w-]+,?\s+){0,4}$", re.I)


#: an act against police: 'pointed the pistol at officers', 'fired at deputies', 'drove toward an officer'
_AT_POLICE_ACT = (rf"(?:(?:then|again|also|allegedly|reportedly)\s+)?(?:pointed|aimed|fired|shot|opened fire|"
                  rf"raised|swung|charged|lunged|drove|rammed|advanced)\b[^.;]{{0,40}}?"
                  rf"\b(?:at|toward|towards|on)\s+(?:the\s+|an?\s+|two\s+|three\s+)?{C.POLICE}")
_AT_POLICE = re.compile(rf"^\s*{_AT_POLICE_ACT}", re.I)
#: the act further on in the person's clause: 'Derek Sorensen, 41, came out of the garage holding a knife and
#: charged at Deputy Amber Kowalczyk'
_AT_POLICE_LATER = re.compile(rf"^(?:,\s*\d{{1,3}},)?\s+[^.;,]{{0,80}}?\b(?:and|then)\s+{_AT_POLICE_ACT}", re.I)


def _attacked_police(p: Person, sents: list[Sentence], people: list[Person]) -> bool:
    """`p`, or a 'he'/'she' pointing to them (the last one of that sex named before), acted against police:
    the suspect police killed, not the suspect's victim ('Hobbs died at the scene' beside 'he pointed the
    pistol at officers')."""
    for m in p.mentions:
        if _AT_POLICE.match(sents[m.sentence].text[m.end:]) or _AT_POLICE_LATER.match(sents[m.sentence].text[m.end:]):
            return True
    if p.sex not in ("male", "female"):
        return False
    word = "he" if p.sex == "male" else "she"
    marks = sorted((m.sentence, m.start, q is p) for q in people if q.sex == p.sex for m in q.mentions)
    for s in sents:
        for m in re.finditer(rf"\b{word}\b", s.text, re.I):
            if not _AT_POLICE.match(s.text[m.end():]):
                continue
            last = max((x for x in marks if (x[0], x[1]) < (s.index, m.start())), default=None)
            if last is not None and last[2]:
                return True
    return False


#: the agent of the death just told is police: '... was fatally shot| by a Stockton police officer'
_BY_POLICE_NEXT = re.compile(rf"\s+by\s+(?:an?\s+|the\s+|two\s+)?(?:[\w'’-]+\s+){{0,3}}?{C.POLICE}", re.I)


def _found_stabbed(p: Person, sents: list[Sentence]) -> bool:
    """`p` is first seen found with wounds police do not make ('they found Linda Sorensen, 68, on the front porch
    with multiple stab wounds')."""
    first = p.mentions[0]
    s = sents[first.sentence].text
    return bool(FOUND_DEAD.search(s[max(0, first.start - 80):first.start]) and _STABBED_AFTER.match(s[first.end:]))


def _suspects_victim(p: Person, sents: list[Sentence]) -> bool:
    """`p` is the one the suspect killed before being killed: 'He ... killed Jeffrey Kempf before
    being killed by police', whoever a later 'he' points to."""
    first = p.mentions[0]
    s = sents[first.sentence].text
    if FOUND_DEAD.search(s[max(0, first.start - 80):first.start]) and DEAD_AFTER.match(s[first.end:]) \
            or _found_stabbed(p, sents):
        return True  # 'officers found 68-year-old Sally Harrison dead': first seen as a body police came upon
    for m in p.mentions:
        s = sents[m.sentence].text
        before = s[max(0, m.start - 80):m.start]
        if _MURDER_OF.search(before) and not police_involved(s) and not police_tried(s, m.start):
            return True  # 'wanted for the murder of Derek White, 47': not whom a later 'he was shot' means
        patient = C.BEFORE_PATIENT.search(before) or _HARMED_BY_SUSPECT.search(before)
        # (or 'A man who police say stabbed his 64-year-old neighbor, Gloria Simmons, to death')
        death = _PASSIVE_DEATH.search(s[m.end:]) or (
            patient and re.search(r"stabb|beat|strangl|murder", patient.group(0), re.I)
            and re.match(r",?\s+to death\b", s[m.end:]))
        if patient and death and not C.POLICE_ACT_RE.search(before[-70:]) \
                and not C.POLICE_RE.search(C.ATTRIBUTION_RE.sub(" ", before[:patient.start()])[-20:]) \
                and not (re.match(r",\s+who\b", s[m.end:]) and _BY_POLICE_NEXT.match(s, m.end + death.end())):
            return True  # not 'the family of Emilio Santana, who was 31 when he was fatally shot by a police officer'
        if patient and re.search(r"stabb|beat|strangl|murder", patient.group(0), re.I) \
                and not C.POLICE_ACT_RE.search(before) and _other_agent(before[:patient.start()], []) \
                and re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", before[:patient.start()], re.I):
            return True  # 'police arrested Dalton Reese ... after he allegedly stabbed his roommate, Kyle Brandt'
    return _named_as_killers_victim(p, sents) or _introduced_as_harmed(p, sents)


#: 'A gunman who killed two employees', 'the man who fatally stabbed three people'
_KILLED_SEVERAL = re.compile(C.CIVILIAN_WHO + r"(?:killed|shot and killed|fatally shot|fatally stabbed|"
                             r"stabbed to death|murdered)\s+(?:two|three|four|five|six|several|\d+)\s+"
                             r"(?:[\w-]+\s+){0,2}?"
                             r"(?:people|persons|employees|workers|customers|relatives|neighbors|women|men|"
                             r"children)\b",
                             re.I)
#: 'killed by police after he fatally stabbed her': the woman he harmed
_HE_KILLED_HER = re.compile(r"\b(?:he|after\s+he|before\s+he)\s+(?:had\s+)?(?:fatally\s+)?(?:stabbed|shot|killed|"
                            r"strangled|beat|bludgeoned)\s+her\b(?!\s+(?:husband|boyfriend|son|father|brother))", re.I)
#: 'The victims were identified as A, 56, and B, 61'
_THE_VICTIMS_WERE = re.compile(r"\b[Tt]he\s+(?:two\s+|three\s+|four\s+)?(?:victims|dead|deceased)\s+"
                               r"(?:were|have\s+been)\s+identified\s+as\s+(?:[^.;]{0,80}?\band\s+)?$")


def _own_event(sents: list[Sentence], people: list[Person], involved: set[int],
               recalled: list[tuple[Person | None, list[int], bool]],
               recalled_people: set[int], blanked: dict[int, str], published=None) -> tuple[_Event | None, bool]:
    """The unnamed death the story tells, read first without the sentences that recall another ('The shooting
    came a month after Daunte Wright was killed'; not 'Less than a month after Tyre Nichols died ..., a deputy shot
    and killed a man').  Found only in such a sentence, it is the recalled one's: (None, True) when the story tells
    that death of a named person (who is then its victim).  `blanked`: the recalling sentences with the recalled
    clause blanked (`recall.recalling_clauses`)."""
    recall_sents = recall_sentences(sents, people, recalled_people, published)
    if recall_sents:
        masked = [Sentence("", s.index, s.paragraph) if s.index in recall_sents else s for s in sents]
        event = _unnamed_event(masked, people, involved - recall_sents)
        if event is not None and event.lethal:  # (not 'The suit alleged Kessler fired within 15 seconds')
            return event, False
        # the story's own death told in the sentence that recalls another ('deputies shot and killed a man ..., weeks
        # after the killing of 18-year-old Andres Guardado by deputies'): read with the recalled clause blanked
        # (not 'Stockton to pay ... to family of man killed by police in 2020', what is left of a sentence dated then)
        clauses = [Sentence(blanked[s.index] if not dated_before(blanked[s.index], published) else "", s.index,
                            s.paragraph) if s.index in blanked else s for s in sents]
        event = _unnamed_event(clauses, people, (involved - set(blanked)) | {
            s.index for s in clauses if s.index in blanked and police_involved(s.text)})
        if event is not None and event.lethal and event.sentence in blanked:
            return event, False
    event = _unnamed_event(sents, people, involved)
    if event is not None and event.sentence in recall_sents and recalled:
        return None, True
    return event, False


def _named_as_killers_victim(p: Person, sents: list[Sentence]) -> bool:
    """`p` is named as one of those a killer killed before police killed him: 'A gunman who killed two employees
    ... The victims were identified as Ruth Alvarez, 56, and Dennis Pope, 61'; 'A man who took a woman hostage ...
    was shot and killed by police after he fatally stabbed her. The woman, Maria Espinoza, 42, ...'."""
    several = any(_KILLED_SEVERAL.search(x.text) for x in sents)
    her = any(_HE_KILLED_HER.search(x.text) for x in sents)
    if not (several or her):
        return False
    for m in p.mentions:
        before = sents[m.sentence].text[max(0, m.start - 100):m.start]
        if several and _THE_VICTIMS_WERE.search(before):
            return True
        noun = _THE_NOUN_BEFORE.search(before[-30:])
        if her and noun and noun["noun"].lower() in ("woman", "girl", "wife", "girlfriend", "hostage", "mother"):
            return True
    return False


def _other_cause_near(sents: list[Sentence], i: int) -> bool:
    """A cause of death other than police near sentence `i` (a suicide, a stabbing, a crash) -- a crash
    does not explain a death the sentence says was a shooting."""
    window = " ".join(x.text for x in sents[max(0, i - 1):i + 2])
    causes = {m.group(0).lower() for m in C.LOCAL_OTHER_RE.finditer(window)}
    if not causes:
        return False
    if re.search(r"\bshot\b|\bshooting\b|gunfire|fatally", sents[i].text, re.I) or _fled_police(sents) \
            or _POLICE_CAR_CRASHED.search(window):
        # nor a crash the story tells of someone fleeing police ('crashed while fleeing police'): a death of the
        # pursuit, as the databases count it
        # ('booked on suspicion of vehicular manslaughter and evading police': the fleeing driver's charge), nor
        # one a police car made ('a Detroit police cruiser chasing a stolen SUV collided with her car')
        causes = {c for c in causes if not _PURSUIT_CAUSE.search(c)}
    return bool(causes)


#: a police car did the crashing: 'a Detroit police cruiser chasing a stolen SUV collided with her car'
_POLICE_CAR_CRASHED = re.compile(r"\b(?:police|patrol|squad|sheriff['’]?s?|deputy['’]?s?|trooper['’]?s?)\s+(?:\w+\s+)?"
                                 r"(?:car|cruiser|vehicle|SUV|truck|unit)\b[^.;]{0,60}?\b(?:collided|crashed|slammed|"
                                 r"struck|hit|rammed|ran into)\b", re.I)
#: what a pursuit's crash is told as: a crash, a collision, one hit by the car, the fleeing driver's charge
_PURSUIT_CAUSE = re.compile(r"crash|collided|collision|wreck|was hit by|^vehicular (?:manslaughter|homicide)", re.I)
#: someone fled police, or police chased them: 'fled officers', 'fleeing police', 'a chase with the State Patrol'
_FLED_POLICE = re.compile(rf"\b(?:fled|fleeing|flee|eluding|evading|running from)\s+(?:from\s+)?(?:(?:the|an?)\s+)?"
                          rf"(?:[\w'’-]+\s+){{0,5}}?{C.POLICE}|\b{C.POLICE}\s+(?:\w+\s+){{0,3}}?(?:chased|pursued|"
                          rf"were chasing|were pursuing|began (?:chasing|pursuing))\b|"
                          rf"\b(?:police|high-speed|vehicle)\s+(?:chase|pursuit)\b|"
                          rf"\b(?:chase|pursuit)\s+(?:with|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{C.POLICE}|"
                          rf"\bbeing\s+(?:chased|pursued)\s+by\b|"
                          rf"\b(?:fled|fleeing)\s+(?:from\s+)?(?:an?\s+|the\s+)?(?:attempted\s+)?(?:traffic|DUI|police)\s+stop\b",
                          re.I)


_ALSO_DIED = re.compile(r"\b(?:was|were)\s+also\s+(?:\w+\s+)?(?:killed|fatally)|\balso\s+died\b", re.I)


#: a flight from a stop: 'The driver took off', 'sped away', 'refused to stop'
_FLIGHT = re.compile(r"\b(?:fled|fleeing|took off|sped (?:away|off)|drove (?:away|off)|refused to (?:stop|pull over)|"
                     r"failed to (?:stop|yield|pull over)|(?:did not|didn't|would not|wouldn't) (?:stop|pull over)|"
                     r"accelerated away|led (?:\w+\s+){1,3}?on (?:a|an) (?:[\w-]+\s+){0,2}?(?:chase|pursuit)|"
                     r"(?:evad|elud)(?:ed|ing))\b", re.I)
_STOP_TRIED = re.compile(r"\b(?:attempted|tried|trying|attempting|attempt)\s+(?:\w+\s+){0,2}?(?:stop|pull\s+\w+\s+over|"
                         r"pull over)|\b(?:traffic|DUI) stop\b", re.I)


def _fled_police(sents: list[Sentence]) -> bool:
    """Someone fled police: told so in one sentence ('fleeing police'), or police tried to stop them and they took
    off ('A CHP officer tried to pull over a pickup ... The driver took off')."""
    return any(_FLED_POLICE.search(s.text) for s in sents) or (
        any(_STOP_TRIED.search(s.text) and C.POLICE_RE.search(s.text) for s in sents)
        and any(_FLIGHT.search(s.text) for s in sents))


_SUBJECT_RIGHT_BEFORE = re.compile(r"\b([A-Z][\w'-]+)\s+(?:(?:\w+ly|then|also|later)\s+)?(?:(?:shot|stabbed|"
                                   r"beat|struck)\s+and\s+)?$")
_CIVILIAN_SUBJECT = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:man|woman|teen|teenager|boyfriend|husband|"
                               r"gunman|shooter)\s+(?:(?:\w+ly|then|also|later)\s+)?$")


_PASSIVE_DEATH = re.compile(r"\b(?:before|after|when|until|then|and)\s+(?:\w+\s+){0,4}?"
                            r"(?:being|was|were|he was|she was)\s+(?:\w+\s+)?(?:shot|killed|slain|gunned down)\b|"
                            r"\bbefore\s+(?:\w+\s+){0,2}?(?:police|officers?|"
                            r"deput\w+|troopers?)\s+(?:\w+\s+)?(?:shot|killed)\s+(?:him|her)\b", re.I)


def _he_is_police(clause: str, previous: str, people: list[Person]) -> bool:
    """'He then fatally shot X' after 'Trooper Tyler Michael was stabbed ...' or '... approached an
    officer': the 'he' who fired is the officer the sentence before named last."""
    if not previous or not re.fullmatch(r"\s*(?:he|she)\s+(?:\w+\s+){0,2}", clause, re.I):
        return False
    last_police = max((m.end() for m in C.POLICE_RE.finditer(previous)), default=-1)
    police = {w for q in people if q.role == "police" for w in (q.key, q.last.lower(), q.first.lower())}
    others = {w for q in people if q.role != "police" for w in (q.key, q.last.lower(), q.first.lower())}
    last_other = -1
    for m in _WORD.finditer(previous):
        w = m.group(0).lower()
        if w in police:
            last_police = max(last_police, m.end())
        elif w in others:
            last_other = m.end()
    return last_police > last_other


def _other_agent(clause_before_verb: str, people: list[Person], rest: str = "", previous: str = "") -> bool:
    """The verb right before a name has someone other than police as its subject:
    'Acquisto allegedly killed John Cloud', 'he stabbed and killed his ex-girlfriend, Rosa Martinez',
    'He ... killed Jeffrey Kempf before being killed by police' (`rest`: the sentence after the name)."""
    clause = C.ATTRIBUTION_RE.sub(" ", re.split(r"[.;:!?]", clause_before_verb)[-1])
    tail = clause[-45:]
    if re.search(r"\b(?:was|were)\s*$", tail):
        return False  # 'Lyle was killed, as was the minivan's driver, X': a passive, nobody acting
    if _PASSIVE_DEATH.search(rest) and not C.POLICE_RE.search(clause[-25:]):
        return True  # the one killed later in the sentence killed this person
    subject = _SUBJECT_RIGHT_BEFORE.search(tail) if not C.POLICE_RE.search(tail) else None
    if subject:  # 'When they approached the car, Hernandez shot Campbell': the subject next to the verb
        for q in people:
            if subject.group(1) in q.name.split():
                return q.role != "police"
    if _CIVILIAN_SUBJECT.search(tail):
        return True  # 'The fleeing man allegedly shot and killed Marksberry'
    if C.POLICE_RE.search(tail) or re.search(r"\bthey\b|\bfire\b", tail, re.I):
        return False
    words = set(re.findall(r"\b[A-Z][\w'-]+", tail))
    for q in people:
        if words & set(q.name.split()):
            return q.role != "police"
    return bool(AGENT_WORD.search(tail)) and not _he_is_police(clause, previous, people)


def _kin_killed_with(sents: list[Sentence], people: list[Person], skip: set[str]) -> set[int]:
    """Relatives named in the group a later sentence says police killed ('Bertrand and his son, Cody Bertrand,
    fired at them ... Officers returned fire, killing both men')."""
    marks = sorted((m.sentence, m.start, p.key, False) for p in people
                   if p.role in (None, "family") and not p.speaker and p.key not in skip for m in p.mentions)
    sex = {p.key: p.sex for p in people}
    keys = {k for s in sents if (plural := C.PLURAL_PATIENT.search(s.text))
            for k in _last_group(marks, s.index - 1, sex, plural.group(0))}
    return {id(p) for p in people if p.role == "family" and p.key in keys}


def _last_group(marks: list[tuple[int, int, str, bool]], before: int, sex: dict[str, str | None] | None = None,
                told: str = "") -> list[str]:
    """The people named together in the last sentence (before `before`) naming two or more; of the sex the
    words telling of them say ('killing both men': not the woman named beside them)."""
    want = "female" if re.search(r"\bwomen\b", told, re.I) else "male" if re.search(r"\bmen\b", told, re.I) else None
    by_sentence: dict[int, list[str]] = {}
    for si, _, k, _agent in marks:
        if si <= before:
            by_sentence.setdefault(si, [])
            if k not in by_sentence[si] and not (want and sex and sex.get(k) and sex[k] != want):
                by_sentence[si].append(k)
    for si in sorted(by_sentence, reverse=True):
        if len(by_sentence[si]) >= 2:
            return by_sentence[si]
    return []


_PLURAL_SUBJECT = re.compile(r"(?<!\bof )\b(?:[Bb]oth|[Tt]he two|[Tt]he)\s+(?:men|women|suspects|gunmen|robbers)\b")


#: police used no firearm: 'no officers fired their weapons', 'deputies did not fire'
_NO_POLICE_FIRE = re.compile(r"\bno (?:officers?|deputies|deputy|troopers?|agents?)\s+(?:\w+\s+)?"
                             r"(?:fired|discharged|shot)\b|\b(?:officers?|deputies|troopers?|police|agents?)\s+"
                             r"(?:did not|didn't|never)\s+(?:fire|shoot|discharge)\b", re.I)
#: shots at the one just named hit nothing: 'none of those rounds struck him', 'the shots missed him'
_NONE_OF_THE_SHOTS = r"\bnone of (?:the|those|their|these)\s+(?:\w+\s+)?(?:rounds|shots|bullets)"
_MISSED_THEM = re.compile(_NONE_OF_THE_SHOTS + r"\s+(?:struck|hit)\s+(?:him|her)\b|"
                          r"\b(?:missed|did not (?:hit|strike)|didn't (?:hit|strike))\s+(?:him|her)\b", re.I)
#: no shot hit the one named after: 'none of those rounds| struck him', 'no bullets| hit him'
_NONE_HIT = re.compile(rf"(?:{_NONE_OF_THE_SHOTS}|\bno\s+(?:\w+\s+)?(?:rounds|shots|bullets|gunfire))\s*$",
                       re.I)
#: right after a name: what they said ('Matz said', 'Worsham told')
_SAID_NEXT = re.compile(r"(?:,[^,]{1,60},)?\s+(?:said|says|told|reported|added|explained|stated)\b")
#: who a left-out subject can be: 'he', 'she', 'the man', 'the woman'
_ELIDED_SUBJECT = re.compile(r"\b(he|she|(?<=the )(?:man|woman|boy|girl|male|female))\b", re.I)
_FEMALE_SUBJECTS = {"she", "woman", "girl", "female"}


#: right before a name: the one fired at or hit ('fired at Officer ', 'striking Deputy ')
_FIRED_AT_NAME = re.compile(r"\b(?:fired\s+(?:\w+\s+){0,3}?at|shot\s+at|shooting\s+at|shot|struck|striking|wounded|"
                            r"wounding|stabbed|stabbing|hit|hitting)\s+(?:an?\s+|the\s+)?(?:[\w.]+\s+){0,2}?$")


def _pronoun_sentences(sents: list[Sentence], people: list[Person], skip: set[str] = frozenset(),
                       roles: tuple[str | None, ...] = (None,), also: set[int] = frozenset()) -> dict[str, list[int]]:
    """Sentences where "he was shot", "and was killed", "shot him" refers to a person: the last person
    with one of `roles` (no role by default), or one of `also` (ids), named before the pronoun."""
    sex = {p.key: p.sex for p in people}
    marks = sorted((m.sentence, m.start, p.key, bool(C.AGENT_AFTER.match(sents[m.sentence].text[m.end:])))
                   for p in people if (p.role in roles or id(p) in also) and not p.speaker and p.key not in skip
                   for m in p.mentions)
    # with no other civilian or relative named, one named in full who said something and did more ('Police said
    # Matz was disrespectful ... Matz said there weren't [guns] ... pointed it at the officers who shot and killed
    # him'); not a spokesman named by his family name alone ('Worsham said the man approached them')
    if not marks and not any(p.role in (None, "family") and not p.speaker for p in people):
        marks = sorted((m.sentence, m.start, p.key, bool(C.AGENT_AFTER.match(sents[m.sentence].text[m.end:])))
                       for p in people if p.role in roles and p.key not in skip and len(p.name.split()) > 1
                       and any(not _SAID_NEXT.match(sents[x.sentence].text, x.end) for x in p.mentions)
                       for m in p.mentions)
    # the one a sentence opens with, whatever their role ('Brekke joined the department ...'), and their sex
    opens = {m.sentence: p.sex for p in people if p.role not in roles for m in p.mentions
             if not sents[m.sentence].text[:m.start].strip(" \"“")}
    # others (an officer) named as the one fired at or hit: 'fired at Officer Alan Burke'
    aimed_at: dict[int, list[tuple[int, str | None]]] = {}
    for p in people:
        if p.role in roles or id(p) in also:
            continue
        for x in p.mentions:
            if _FIRED_AT_NAME.search(sents[x.sentence].text, max(0, x.start - 40), x.start):
                aimed_at.setdefault(x.sentence, []).append((x.start, p.sex))
    # those introduced as harmed or held by someone not police ('had cut her roommate, Sarah Jennings')
    harmed = {p.key for p in people if _harmed_by_someone(sents[p.mentions[0].sentence].text, p.mentions[0])}
    out: dict[str, list[int]] = {}
    for s in sents:
        if plural := C.PLURAL_PATIENT.search(s.text):
            for key in _last_group(marks, s.index, sex, plural.group(0)):
                out.setdefault(key, []).append(s.index)
        for m in C.PRONOUN_PATIENT.finditer(s.text):
            if C.OTHER_KILLER_RE.search(s.text[m.start():m.end() + 80]) or re.search(r"\bnot\b|n't\b|\bnever\b",
                                                                                    m.group(0)) \
                    or _NONE_HIT.search(s.text, max(0, m.start() - 60), m.start()):
                continue  # 'none of those rounds struck him'
            word = m.group(0).lower()
            if re.search(r"\ban?\s+\w+$", word):
                continue  # "a man" is someone new, not the one named before
            if re.search(r"\b(?:the|his|her|their)\s+\w+$", word) and any(
                    si == s.index and 0 < st - m.end() <= 3 and s.text[m.end():st].strip() == ","
                    for si, st, _, _ in marks):
                continue  # 'shot and killed the driver, Jermaine Toles': the one named right after
            want = "male" if re.search(r"\b(?:he|him|his)\b", word) else \
                "female" if re.search(r"\b(?:she|her)\b", word) else None
            # 'X shot an officer before being shot and killed': the left-out subject is X, the agent
            elided = bool(re.match(r"(?:and|but|before|until|then|after)\b", word))
            if want and opens.get(s.index - 1) == want and re.match(r"(?:he|she)\b", word) \
                    and not any(si == s.index and st < m.start() for si, st, _, _ in marks):
                continue  # 'Brekke [a police captain] joined ... In 1979, he was shot': he is Brekke
            if want is None and _PLURAL_SUBJECT.search(s.text, s.text.rfind(";", 0, m.start()) + 1, m.start()):
                for key in _last_group(marks, s.index):  # 'Both men fired at officers, and four officers
                    out.setdefault(key, []).append(s.index)  # returned fire': at the men named together
                continue
            if elided and (who := _who_then(s, m.start(), people)):
                # 'Maria Lopez was shot and killed by her husband, Carlos Lopez, who then fired at deputies and was
                # shot and killed': the one the relative clause is about, whatever their role
                if who.key not in skip:
                    out.setdefault(who.key, []).append(s.index)
                continue
            if elided and want is None:  # 'he threatened them ... and was shot': the subject left out is 'he',
                # or 'the man' ('the man came at them with the knife and was shot' is no woman named before)
                subj = _ELIDED_SUBJECT.findall(s.text[:m.start()])
                want = ("female" if subj[-1].lower() in _FEMALE_SUBJECTS else "male") if subj else None
            last_named = max((st for si, st, _, _ in marks if si == s.index and st < m.start()), default=-1)
            if any(last_named < st < m.start() and (want is None or sex_of == want)
                   for st, sex_of in aimed_at.get(s.index, ())):
                continue  # 'Reese fired at Officer Alan Burke, 33, striking him': him is the officer just named
            # 'Smith shot and killed him': him is not Smith, nor anyone the sentence names as the one acting
            agents = {k for (si, st, k, agent) in marks if agent and si == s.index and st < m.start()
                      and not _NEW_SUBJECT.search(s.text[st:m.start()])}
            prior = [k for (si, st, k, agent) in marks if (si < s.index or (si == s.index and st < m.start()))
                     and not ((agent and si == s.index and not _same_one_hit(s.text, st, m) or k in agents)
                              and not elided)
                     # 'X was wanted in the killings of A and B, when he was shot': not one already killed
                     and not (si == s.index and _MURDER_OF.search(s.text, max(0, st - 90), st))
                     and not (want and sex.get(k) and sex[k] != want)]
            if len(prior) > 1 and prior[-1] in harmed and prior[-2] not in harmed:
                prior.pop()  # 'Brianna Lund ... had cut her roommate, Sarah Jennings ... She died': not the one harmed
            if prior:
                out.setdefault(prior[-1], []).append(s.index)
    return out


def _who_then(s: Sentence, at: int, people: list[Person]) -> Person | None:
    """The person (not police) named last before `at` in sentence `s`, when ', who ...' runs from their name to
    `at` with no clause break: the subject a left-out 'and was shot' stands for ('..., Carlos Lopez, who then
    fired at deputies and was shot')."""
    here = [(m.end, p) for p in people for m in p.mentions if m.sentence == s.index and m.end <= at]
    if not here:
        return None
    end, p = max(here, key=lambda t: t[0])
    return p if p.role != "police" and _WHO_CLAUSE.match(s.text, end, at) else None


_WHO_CLAUSE = re.compile(r",\s+who\s+(?:then\s+|later\s+)?[^.;,]*$")


#: alive to tell it: 'Raymond Delgado, now 41, testified', 'Delgado, who uses a wheelchair, wept'
_ALIVE_TO_TELL = re.compile(r",\s+now\s+\d{1,3},|(?:,[^,]{0,40},)?\s+(?:later\s+)?testified\b|"
                            r",\s+who\s+(?:now\s+)?uses\s+a\s+wheelchair\b", re.I)
#: nobody was hit: a shooting that missed ('no one was struck, police said'), not 'no one else was hurt'
_NO_ONE_HIT = re.compile(r"\b(?:no one|nobody)\s+(?:was|were)\s+(?:hit|struck|wounded|injured|hurt)\b|"
                         r"\b(?:did not|didn't|failed to|did not appear to)\s+(?:hit|strike|wound)\s+"
                         r"(?:anyone|anybody)\b", re.I)
_BY_NAME = re.compile(r"(?:,[^,]{0,40},)?\s+(?:\w+\s+){0,4}?(?:shot|killed|stabbed|slain|murdered)"
                      r"(?:\s+dead|\s+to death)?\s+by\s+"
                      r"([A-Z][\w'’-]+)", re.I)


_NOT_A_KILLER = {"officer", "officers", "deputy", "deputies", "trooper", "troopers", "police", "sheriff", "agents",
                 "agent", "sgt", "sgt.", "lt", "lt.", "det", "det.", "cpl", "cpl.", "a", "an", "the", "his", "her",
                 "their", "one", "two", "three", "several", "multiple", "both"}


def _by_named_civilian(after: str, people: list[Person]) -> bool:
    """'Williams died after reportedly being shot by Pounds': killed by someone the story names who is
    not police."""
    m = _BY_NAME.match(after[:120])
    if not m or not m.group(1)[0].isupper():
        return False
    word = possessive_off(m.group(1).lower())  # 'shot by Pleskac's partner': Pleskac's side
    for q in people:
        if word in (q.key, q.first.lower(), q.last.lower()):
            return q.role != "police"
    # a name the finder left out ('shot by Pounds, who'), not an agency ('by LAPD officers', 'by Miami-Dade
    # police', 'by Alaska State Trooper X'), a title or a town
    run = re.match(r"(?:[A-Z][\w.'’-]*\s+){0,4}", after[m.start(1):])
    near = after[m.start(1):m.start(1) + run.end() + 25]
    return not (C.POLICE_RE.search(near) or re.fullmatch(r"[A-Z]{2,}|[A-Z]+PD", m.group(1))
                or word in _NOT_A_KILLER or places().get(word))


# between a name and a later pronoun: another clause with its own subject ('Veal opened fire, and they shot him')
_POLICE_OR_THEY = re.compile(r"\b(?:they|police|officers?|deput\w+|troopers?|agents?)\b", re.I)
_NEW_SUBJECT = re.compile(r"[,;]|" + _POLICE_OR_THEY.pattern, re.I)


def _same_one_hit(sentence: str, start: int, pronoun: re.Match[str]) -> bool:
    """The one named acting at `start` is the one the pronoun after tells hit: police act in between ('Serrano
    raised a rifle toward them, and two officers fired, killing him'), or the pronoun opens a clause of its own
    ('Mack shot three officers when he was shot and killed'); not 'James shot his son, killing him'."""
    return bool(_POLICE_OR_THEY.search(sentence, start, pronoun.start())
                or re.match(r"(?:he|she)\b", pronoun.group(0), re.I))


class _WholeStory:
    """What the whole article tells, read once for all the people in it: a civilian who killed someone
    ('a homeowner shot and killed'), officials saying no force was used ('There was no use of force')."""

    def __init__(self, sents: list[Sentence]):
        article = " ".join(x.text for x in sents)
        self.civilian_killer = bool(C.CIVILIAN_KILLER_RE.search(article))
        self.no_force = bool(C.NO_FORCE_RE.search(article))


#: the death came before police did: 'she was killed before police arrived'
_BEFORE_POLICE_CAME = re.compile(r"\bbefore\s+(?:the\s+)?(?:police|officers|deputies|troopers)\s+(?:arrived|got there|"
                                 r"came|were called)\b", re.I)
#: a death told of the one a pronoun points to, 'fired about 20 rounds, killing him' too
_LETHAL_TO_THEM = rf"{C.LETHAL}|\bkilling\s+(?:him|her|them|both(?:\s+men|\s+women)?|the two men|the pair)\b"


#: told dead right there: 'Odom was pronounced dead at Regional One Health', 'Lee died at the scene'
_DIED_HERE = re.compile(r"\s+was\s+(?:later\s+)?(?:pronounced|declared)\s+dead\b|\s+died\b")


def _died_after_police_fired(s: str, m: Mention, previous: str) -> bool:
    """The name at `m`, opening sentence `s`, is told dead right after a sentence (`previous`) in which police fired
    and no civilian killed: 'When he moved toward deputies, one deputy fired, the TBI said. Odom was pronounced
    dead' (not one of several: 'Both Mead and Copp were pronounced dead')."""
    return bool(previous and not s[:m.start].strip() and _DIED_HERE.match(s, m.end) and police_involved(previous)
                and not C.CIVILIAN_KILLER_RE.search(previous))


def _victim_sentences(p: Person, sents: list[Sentence], police_article: bool, pronoun: list[int],
                      people: list[Person], whole: _WholeStory) -> tuple[list[int], bool] | None:
    """(sentences saying `p` was killed, whether death is stated) or None when `p` is not a victim."""
    kill: list[int] = []
    lethal = False
    survived = False
    # a civilian killed someone here: a death told without police is theirs, unless `p` attacked police ('Her son,
    # Derek Sorensen, charged at Deputy Kowalczyk ... Sorensen was pronounced dead')
    civilian_killer = whole.civilian_killer and not _attacked_police(p, sents, people)
    # officials say no force was used: only a sentence telling a police act counts
    no_force = whole.no_force
    for i in pronoun:
        s = sents[i].text
        nxt = C.OFFICER_HURT_RE.sub(" ", sents[i + 1].text) if i + 1 < len(sents) else ""
        if not re.search(_LETHAL_TO_THEM, s, re.I) and (
                C.SURVIVED_RE.search(C.OFFICER_HURT_RE.sub(" ", s))
                or (C.SURVIVED_RE.search(nxt) and not re.search(C.LETHAL, nxt, re.I))):
            survived = True
            continue
        acting = bool(C.POLICE_RE.search(C.ATTRIBUTION_RE.sub(" ", s)))  # not just 'police said'
        if no_force and not police_involved(s):
            continue  # 'Corrections officers found him unresponsive ... he was pronounced dead'
        if not acting and _BEFORE_POLICE_CAME.search(s):
            continue  # 'Investigators believe she was killed before police arrived'
        if (acting or police_article) and not (not acting and (_other_cause_near(sents, i) or civilian_killer)):
            kill.append(i)
            lethal = lethal or bool(re.search(_LETHAL_TO_THEM + r"|\bdeath\b", s, re.I))
    for m in p.mentions:
        s = sents[m.sentence].text
        before, after = s[max(0, m.start - 80):m.start], s[m.end:]
        previous = sents[m.sentence - 1].text if m.sentence else ""
        excluded = C.EXCLUDE_BEFORE.search(before)
        if excluded and re.match(r"(?:he|she)\s", excluded.group(0), re.I) and not before[:excluded.start()].strip() \
                and _he_is_police(excluded.group(0).split()[0] + " ", previous, people):
            excluded = None  # 'He shot and killed Stephens', the 'he' being the officer just named
        if excluded or C.AGENT_AFTER.match(after) or FOUND_DEAD.search(before) and \
                DEAD_AFTER.match(after):
            continue  # 'officers found Ross Garrett dead': a body police came upon, someone else's killing
        hit_b = C.KILLED_BY_OTHER_RE.search(after[:120])
        if hit_b or _by_named_civilian(after, people):
            continue
        suicide = C.SUICIDE_RE.search(after, 0, min(len(after), 100))
        if suicide and not _DOUBTED.search(after, 0, suicide.start()) and _NO_POLICE_FIRE.search(after):
            continue  # 'Timmons died of a self-inflicted gunshot wound and ... no officers fired their weapons'
        patient = C.BEFORE_PATIENT.search(before) or C.AFTER_PATIENT.match(after)
        if not patient:  # one of several named together: 'Berube and passenger Jamie Dougan were both killed'
            together = died_together(m, people, s)
            if together is not None:
                patient, before, after = together
                if _by_named_civilian(after, people) or C.KILLED_BY_OTHER_RE.search(after[:120]):
                    continue  # 'A of Camden and B of Milford were killed by Carl Tate, 40, of Dover'
        if patient and patient.re is C.BEFORE_PATIENT \
                and not re.search(r"\b(?:himself|herself) and\b", patient.group(0)) \
                and _other_agent(before[:patient.start()], people, after, previous):
            continue  # (not the passenger of one who crashed, 'killing himself and his passenger, X')
        if patient and patient.re is C.AFTER_PATIENT and (harmed := _HARMED_IN_CLAUSE.search(before)) \
                and not C.POLICE_RE.search(before[max(0, harmed.start() - 30):]):
            continue  # 'A man who shot and wounded an employee, Denise Harper, 49, ... was shot and killed by police
        if patient and _MISSED_THEM.search(after) and not re.search(C.LETHAL, patient.group(0), re.I):
            continue  # 'Deputies had fired several rounds at Glenn Hardesty ... but none of those rounds struck him'
        if patient:
            # (or right after police fired: 'When he moved toward deputies, one deputy fired, the TBI said. Odom was
            # pronounced dead', though a neighbour he stabbed died too)
            police_acting = bool(C.POLICE_RE.search(C.ATTRIBUTION_RE.sub(" ", s))) or _died_after_police_fired(
                s, m, previous)
            if no_force and not police_involved(s):
                continue
            if not (C.POLICE_RE.search(s) or police_article):
                continue
            if not police_acting and (_other_cause_near(sents, m.sentence) or civilian_killer):
                continue
            if (C.SURVIVED_RE.search(s) or ARRESTED.match(after)) and not re.search(C.LETHAL, s, re.I) \
                    or (C.SURVIVED_RE.search(patient.group(0)) or _WOUNDED.search(patient.group(0))) \
                    and not re.search(C.LETHAL, patient.group(0), re.I):
                # 'X was killed, and Damon Battles, 39, was injured', 'killed X and wounded Mark Lee': they survived
                survived = True
                continue
            kill.append(m.sentence)
            if re.search(C.LETHAL, patient.group(0), re.I) or re.search(
                    r"death|funeral|memory|mourn|body|autopsy|\bkilling\b", patient.group(0), re.I):
                lethal = True
        elif C.SURVIVED_RE.search(after[:80]) or ARRESTED.match(after):
            survived = True
    named_later = _named_after_killing(p, sents, people)
    if named_later:
        kill += [i for i, _ in named_later]
        lethal = lethal or any(dead for _, dead in named_later)
    if not kill:
        return None
    if any(ARRESTED.match(sents[m.sentence].text[m.end:]) or _ALIVE_TO_TELL.match(sents[m.sentence].text[m.end:])
           for m in p.mentions):
        survived = True  # 'Castro was apprehended', 'Chauncy Reed was charged with ...': alive, unless a death is told
    if not lethal:
        # shot by police; dead only if a sentence about them (or the article, when nobody survived) says so
        own = [sents[i].text for i in p.sentences]
        if any(re.search(C.LETHAL + r"|\bdeath\b|\bfatal|\bkilling\b", t, re.I) for t in _own_clauses(p, sents)):
            lethal = True
        elif survived or any(C.SURVIVED_RE.search(t) for t in own) or any(_NO_ONE_HIT.search(s.text) for s in sents):
            return None
    return sorted(set(kill)), lethal


#: the name is the one harmed in a clause about someone else, whose is the death told after it ('A man who shot
#: and wounded an employee, Denise Harper, ... was killed'; not 'The man who shot him, Victor Hale, ... died')
_HARMED_IN_CLAUSE = re.compile(r"\b(?:who|that)\s+(?:\w+\s+){0,2}?(?:shot|stabbed|wounded|attacked|killed|beat|"
                               r"assaulted|robbed|carjacked|kidnapped|abducted)(?:\s+and\s+\w+)?\s+"
                               r"(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+$", re.I)
_WOUNDED = re.compile(r"\b(?:wounded|wounding|injured|injuring|hurt)\s+$", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas)\b|\.\s")


def _own_clauses(p: Person, sents: list[Sentence]) -> list[str]:
    """The clauses naming `p` ('Reyes died; Ortiz is expected to survive' -> 'Ortiz is expected to survive')."""
    out = []
    for m in p.mentions:
        t = sents[m.sentence].text
        cuts = [0, *(x.end() for x in _CLAUSE_BREAK.finditer(t)), len(t)]
        start = max(c for c in cuts if c <= m.start)
        end = min((c for c in cuts if c > m.start), default=len(t))
        out.append(t[start:end])
    return out

#: a name given to someone the story told of before: 'identified him as X', 'identified the man as X'
_IDENTIFIED_BACK = re.compile(rf"\bidentified\s+(?:(?P<p1>him|her)|the\s+(?:\w+\s+)?(?P<n1>{C.FIGURE})"
                              rf"{POLICE_SHOT})\s+"
                              rf"{WHEN}as\s+$|"
                              rf"\b(?:(?P<p2>[Hh]e|[Ss]he)|[Tt]he\s+(?:\w+\s+)?(?P<n2>{C.FIGURE}))\s+"
                              rf"(?:was|has been|had been)\s+(?:later\s+)?identified\s+{WHEN}"
                              rf"(?:by\s+[^,.;]{{1,60}}?\s+)?{WHEN}as\s+$|"
                              # 'The man, later identified by the Iowa Division of Criminal Investigation as'
                              rf"\b[Tt]he\s+(?:\w+\s+)?(?P<n3>{C.FIGURE}),\s+(?:later\s+)?identified\s+{WHEN}"
                              rf"(?:by\s+[^,.;]{{1,60}}?\s+)?{WHEN}as\s+$", re.I)
_FEMALE_FIGURES = {"woman", "girl", "female"}


def _same_figure(ident: re.Match, killed: str) -> bool:
    """'The woman was identified' names no man police killed; 'he' names no woman."""
    killed = killed.lower()
    noun = (ident["n1"] or ident["n2"] or ident["n3"] or "").lower()
    pron = (ident["p1"] or ident["p2"] or "").lower()
    neutral = {"teen", "teenager", "driver", "suspect", "victim", "person", "motorist", "shooter", "gunman"}
    if noun:
        return noun == killed or noun in neutral or killed in neutral
    female = pron in ("her", "she")
    return killed in neutral or (killed in _FEMALE_FIGURES) == female


def _named_after_killing(p: Person, sents: list[Sentence], people: list[Person]) -> list[tuple[int, bool]]:
    """(sentence, whether it tells the death) where police killed or shot someone unnamed ('a deputy shot and
    killed a 52-year-old man', 'deputies shot a man in Clifton') whom a sentence up to four later names ('The
    sheriff's office identified him as Raymond Tillman', 'He was identified as Robert Haskins'), back to the
    last sentence naming another civilian; the one identified must be the one killed ('The woman was
    identified as ...' names no man police killed)."""
    found: list[tuple[int, bool]] = []
    for m in p.mentions:
        ident = _IDENTIFIED_BACK.search(sents[m.sentence].text[:m.start])
        if not ident:
            continue
        for s in reversed(sents[max(0, m.sentence - 4):m.sentence]):
            others = [x for q in people if q is not p and not q.role for x in q.mentions if x.sentence == s.index]
            if any(_IDENTIFIED_BACK.search(s.text[:x.start]) for x in others):
                continue  # another one identified ('The woman was identified as Ana Ruiz'): read on
            killed = [k["a"] or k["b"] for k in C.KILLED_FIGURE.finditer(s.text)]
            if others and (ident["p1"] or ident["p2"] or killed):
                break  # someone else's story (but 'The woman was identified as ...' reads past 'The suspect, A,
                #        was also killed' back to 'A 52-year-old woman ... was struck and killed')
            if killed and _same_figure(ident, killed[0]) and police_involved(s.text) \
                    and not object_is_officer(s.text, True):
                found.append((s.index, bool(re.search(C.LETHAL, s.text, re.I))))
    return found


_SHOT_OR_TASED = re.compile(r"\bshot\b|\bshooting\b|\btased\b|\btasered\b", re.I)
#: in a text known to tell of a police killing, a death told without a death word: 'stopped breathing after deputies
#: pepper sprayed him', 'lost consciousness', 'causing him to crash and die', 'Miller expired'
_DIED_OTHERWISE = re.compile(r"\b(?:stopped breathing|lost consciousness|became unresponsive|went into cardiac "
                             r"arrest|(?:suffered|had) a heart attack|expired|die|murdered|blunt (?:force )?trauma)\b",
                             re.I)
#: ... and force told without 'shot': 'prompting deputies to open fire', 'discharged his weapon', 'hogtied him'
_FORCE_USED = re.compile(r"\b(?:open(?:ed)? fire|discharged (?:his|her|their|a) (?:weapons?|firearms?|guns?)|fired "
                         r"(?:\w+\s+){0,2}(?:shots|rounds)|pepper[- ]spray(?:ed)?|hog-?tie[ds]?|carotid|"
                         r"restrain(?:ed|t)|subdued|spike strips|used (?:a|his|her|their) Taser)\b", re.I)


#: the one killed is not named: 'His name was not released', 'The man's name has not been made public', 'a gunman,
#: whose name has not been released', 'Police have not identified the woman'
_WITHHELD = re.compile(
    r"\b(?:(?P<pos>his|her)|the\s+(?:man|woman|boy|girl|teen|teenager|suspect|driver|victim|person|gunman)['’]s|whose)"
    r"\s+name\s+(?:was|has|had|is|have)\s+not\s+(?:yet\s+|immediately\s+)?(?:been\s+)?(?:immediately\s+)?"
    r"(?:released|made public|disclosed|given)\b|"
    r"\b(?:the\s+(?:man|woman|boy|girl|teen|teenager|suspect|driver|victim|person|gunman)|(?P<pron>he|she))\s+"
    r"(?:has|had|was)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:publicly\s+)?identified\b|"
    r"\b(?:did not|have not|had not|has not|declined to)\s+(?:yet\s+)?(?:release|identify|name)\s+"
    r"(?:the\s+(?:man|woman|boy|girl|teen|teenager|suspect|driver|victim|person|gunman)|him|her)\b", re.I)


def _name_withheld(sents: list[Sentence], people: list[Person], at: int) -> bool:
    """From the sentence telling the unnamed death on, the story says the one killed is not named yet (not
    'Officer Jo Lee fired. His name was not released.': a pronoun right after an officer named)."""
    officers = [(m.sentence, m.start) for p in people if p.role == "police" for m in p.mentions]
    for s in sents[at:]:
        for m in _WITHHELD.finditer(s.text):
            if (m["pos"] or m["pron"]) and any(i == s.index - 1 or (i == s.index and st < m.start())
                                               for i, st in officers):
                continue
            return True
    return False


def _the_one_named(sents: list[Sentence], people: list[Person], referred_back: bool = False) -> list[Person]:
    """The one civilian the story names with an age ('Armond Brown, 25, ...'), or the one person it names
    at all besides police and officials; else [].  `referred_back`: the killing names the one killed as someone
    told of before ('fatally shot the 50-year-old'), so one named by a family name only is them too."""
    civilians = [p for p in people if not p.role and not p.speaker and not _not_the_one(p, sents, people)]
    strong = [p for p in civilians if not p.weak]
    if len(strong) == 1 and strong[0].ages:
        return strong
    if len(civilians) == 1 and (not civilians[0].weak or len(civilians[0].mentions) >= 2 or civilians[0].ages
                                or referred_back):
        return civilians
    return []


def _the_one_left(sents: list[Sentence], people: list[Person], at: int) -> list[Person]:
    """Of several civilians named, the one left when those the story tells were harmed or threatened by someone
    ('had threatened his neighbor, Carl Pelletier, 70'), lived, or were arrested ('A woman in the car, Kayla
    Mendiola, 27, was arrested') are set aside, named in full after the killing's sentence or
    with their age: 'A Maine State Police trooper shot and killed a man ... Police said Gary Thibodeau, 66, had
    threatened his neighbor, Carl Pelletier, 70'."""
    civilians = [p for p in people if not p.role and not p.speaker and not _not_the_one(p, sents, people)]
    left = [p for p in civilians if not any(_harmed_by_someone(sents[m.sentence].text, m)
                                            or _HARMED_AFTER.match(sents[m.sentence].text, m.end)
                                            or ARRESTED.match(sents[m.sentence].text[m.end:]) for m in p.mentions)]
    if len(left) != 1 or len(civilians) < 2:
        return []
    p = left[0]
    return [p] if not p.weak and (p.ages or p.mentions[0].sentence > at) else []


def _harmed_by_someone(sentence: str, m: Mention) -> bool:
    """The mention is of one someone other than police harmed, threatened or held ('had threatened his neighbor,
    Carl Pelletier', 'had cut her roommate, Sarah Jennings'; not 'Officers shot the driver, X')."""
    return bool(_HARMED_OR_HELD.search(sentence, max(0, m.start - 60), m.start)) \
        and not C.POLICE_RE.search(C.ATTRIBUTION_RE.sub(" ", sentence[max(0, m.start - 80):m.start]))


#: right after a name: one harmed, not by police's fire ('The guard, Omar Haddad, 41, was stabbed in the side')
_HARMED_AFTER = re.compile(r"(?:,[^,.;]{0,40},)?\s+was\s+(?:\w+\s+)?(?:stabbed|beaten|injured|hurt|knocked|cut|"
                           r"assaulted|robbed|attacked|carjacked|kidnapped)\b")
#: right before a name: one the suspect harmed, threatened or held ('had threatened his neighbor, ', 'held his
#: ex-girlfriend, ')
_HARMED_OR_HELD = re.compile(r"\b(?:threatened|threatening|held|holding|attacked|assaulted|stabbed|stabbing|shot|cut|"
                             r"slashed|shooting|kidnapped|abducted|choked|strangled|beat|beating|robbed|carjacked|chased|"
                             r"wounded|wounding|killed|killing|fought|fighting)\s+(?:his|her|their|a|an|the)\s+"
                             r"(?:[\w-]+\s+){0,2}?[\w-]+,?\s*$", re.I)


def _not_the_one_told(p: Person, sents: list[Sentence], at: int, police_death_known: bool) -> bool:
    """`p` is not the one whose death sentence `at` tells: of the other sex than the one it says was killed ('shot
    and killed a man ...' is no Lisa), or, in a news story, 'arrested' ('The driver, Ronald Pike, 23, was
    arrested': he lived; a text known to tell of a police killing may tell an arrest before a death in custody)."""
    told = killed_sex(sents[at].text)
    if told and p.sex and p.sex != told:
        return True
    return not police_death_known and any(ARRESTED.match(sents[m.sentence].text[m.end:]) for m in p.mentions)


def _the_one_in_the_death(sents: list[Sentence], people: list[Person], at: int) -> list[Person]:
    """The one civilian the sentence telling an unnamed death names ('Police used Tasers ... while trying to subdue
    Shick, who died shortly after'); not one the killer harmed there, found shot, acting or an officer, and a word
    that may be no name only where it acts or is acted on (not 'in a stolen Jaguar', 'at Fourth and Montano')."""
    s = sents[at].text
    here = [(p, m) for p in people if not p.role and not p.speaker and not _not_the_one(p, sents, people)
            and not _suspects_victim(p, sents) for m in p.mentions if m.sentence == at]
    if len({id(p) for p, _ in here}) != 1:
        return []
    p, m = here[0]
    found_hurt = FOUND_DEAD.search(s[max(0, m.start - 30):m.start]) and re.match(r"\s+(?:shot|stabbed|beaten)\b",
                                                                                s[m.end:])
    harmed = _HARMED_BY_SUSPECT.search(s[max(0, m.start - 80):m.start])
    if harmed and not C.POLICE_RE.search(s[max(0, m.start - 80):m.start][:harmed.end()]):
        return []  # 'he shot his wife, Jane Doe, before deputies fired': the one he harmed
    if C.AGENT_AFTER.match(s[m.end:]) or found_hurt \
            or re.match(r",\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:officer|deputy|trooper|agent)\b", s[m.end:], re.I):
        return []  # the one who killed, one found shot, an officer
    if p.weak and len(p.mentions) < 2 and (
            re.search(r"\b(?:an?|the|at|and|stolen|his|her|their)\s+$", s[max(0, m.start - 8):m.start], re.I)
            or (not s[:m.start].strip() and m.text.endswith("ed")) or not re.search(r"[aeiouy]", m.text[1:])):
        return []
    return [p]


#: the one killed named as someone told of before: 'fatally shot the 50-year-old', 'shot the armed 62-year-old'
_BACK_REFERENCE = re.compile(r"\b(?:shot|killed|fired (?:at|on))\s+the\s+(?:[a-z]+\s+)?\d{1,3}-year-old\b|"
                             r"\b[Tt]he\s+\d{1,3}-year-old\s+(?:was|died)\b")


def _known_death(sents: list[Sentence]) -> _Event | None:
    """In a text known to tell of a police killing, the first sentence saying someone died or was shot
    (not an officer)."""
    for lethal, rx in ((True, C.DEATH_RE), (True, _DIED_OTHERWISE), (False, _SHOT_OR_TASED), (False, _FORCE_USED)):
        for s in sents:
            if rx.search(s.text) and not C.OFFICER_KILLED_RE.search(s.text) \
                    and not C.NEGATED_DEATH_RE.search(s.text):
                return _Event(s.index, lethal)
    return None


_DESCRIPTORS = r"(?:husband|wife|boyfriend|girlfriend|son|father|brother|man|woman|suspect|gunman|driver|teen)"
_DESCRIPTOR_KILLED = re.compile(rf"\b(?:shot and killed|fatally shot|killed|shot)\s+the\s+({_DESCRIPTORS})\b|"
                                rf"\b[Tt]he\s+({_DESCRIPTORS})\s+(?:was|died)\b|"
                                # 'A 20-year-old Louisiana State University student was shot and killed by police'
                                rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,5}}?({_DESCRIPTORS}|student|resident|veteran|inmate|"
                                rf"motorist|patient)\s+(?:who\s+)?(?:was|were)\s+(?:\w+\s+)?(?:shot and killed|killed|"
                                rf"fatally shot|shot dead|shot to death|struck and killed)\b|"
                                # 'deputies shot and killed a man ... The man, Jean Pierre, 42, had stabbed ...'
                                rf"\b(?:shot and killed|fatally shot|killed)\s+an?\s+(?:[\w-]+\s+){{0,3}}?"
                                rf"({_DESCRIPTORS})\b")


def _described_as(sents: list[Sentence], people: list[Person], at: int) -> list[Person]:
    """'the husband, Jared Williams, 31, shot ... and officers shot and killed the husband': the one person
    the story introduced as 'the husband' is the one the event sentence says police killed."""
    t = sents[at].text
    hits = [m for m in _DESCRIPTOR_KILLED.finditer(t)
            if m.group(2) or m.group(3) or C.POLICE_RE.search(t[max(0, m.start() - 40):m.start()])]
    if len(hits) != 1:
        return []
    noun = next(g for g in hits[0].groups() if g)
    intro = re.compile(rf"\b[Tt]he\s+{noun},\s*(?:\d{{1,3}}-year-old\s+)?$")  # 'The man, 32-year-old X'
    found = [p for p in people if p.role in (None, "family") and any(
        intro.search(sents[x.sentence].text[max(0, x.start - 30):x.start]) for x in p.mentions)]
    if not found and noun in _GENERATION_OF:  # 'Ed McIver Sr., who was with his son, Ed McIver Jr. ... the father'
        found = [p for p in people if p.role in (None, "family") and generation(p.name) == _GENERATION_OF[noun]]
    return found if len(found) == 1 else []


#: right after a name, the person lived: ', 74, was flown to a hospital in critical condition', 'was hospitalized'
_LIVED_AFTER = re.compile(r"(?:,[^,.;]{0,40},)?\s+(?:[^.;]{0,60}?\band\s+)?(?:was|is|remains|remained)\s+"
                          r"(?:[\w-]+\s+){0,6}?(?:in\s+(?:stable|critical|serious|fair|good)\s+condition|hospitalized|"
                          r"expected to (?:survive|recover))\b")  # (also 'suffered stab wounds ... and was in ...')
#: the one killed told as the one who harmed a relative: 'A man who shot his father ... was shot and killed'
_HARMED_KIN = re.compile(C.CIVILIAN_WHO + r"(?:shot|killed|stabbed|attacked|wounded|assaulted|beat|strangled)\s+"
                         r"(?P<pos>his|her)\s+(?P<kin>father|mother|wife|husband|brother|sister|son|daughter|"
                         r"grandmother|grandfather|girlfriend|boyfriend)\b", re.I)
#: what the one who harmed that relative is to them: 'his father' -> 'son'
_KIN_INVERSE = {("his", "father"): "son", ("his", "mother"): "son", ("her", "father"): "daughter",
                ("her", "mother"): "daughter", ("his", "wife"): "husband", ("her", "husband"): "wife",
                ("his", "girlfriend"): "boyfriend", ("her", "boyfriend"): "girlfriend", ("his", "brother"): "brother",
                ("his", "sister"): "brother", ("her", "brother"): "sister", ("her", "sister"): "sister",
                ("his", "son"): "father", ("his", "daughter"): "father", ("her", "son"): "mother",
                ("her", "daughter"): "mother", ("his", "grandmother"): "grandson", ("his", "grandfather"): "grandson",
                ("her", "grandmother"): "granddaughter", ("her", "grandfather"): "granddaughter"}


def _kin_who_harmed(sents: list[Sentence], people: list[Person], at: int) -> list[Person]:
    """'A man who shot his father ... was shot and killed by state troopers. Walter Hoyt, 74, was flown to a
    hospital. His son, Nathan Hoyt, 46, fired at troopers': the one introduced as the harmed relative's son."""
    m = _HARMED_KIN.search(sents[at].text)
    if not m:
        return []
    inverse = _KIN_INVERSE.get((m["pos"].lower(), m["kin"].lower()))
    intro = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:\w+\s+)?{inverse},?\s*$")
    found = [p for p in people if p.role in (None, "family") and any(
        intro.search(sents[x.sentence].text[max(0, x.start - 30):x.start]) for x in p.mentions)]
    return found if len(found) == 1 else []


_GENERATION_OF = {"father": "Sr", "son": "Jr"}


_ATTACKER_ALSO_KILLED = re.compile(r"\b[Tt]he\s+(?:male\s+|female\s+|armed\s+)?(?:gunman|shooter|suspect|attacker)\s+"
                                   r"(?:was|were)\s+also\s+(?:shot and\s+)?killed\b")


def _unnamed_event(sents: list[Sentence], people: list[Person], involved: set[int]) -> _Event | None:
    """The first sentence reporting police killing someone unnamed, unless the deaths are officers' or
    someone else's doing."""
    article = " ".join(s.text for s in sents)
    # police acts that hit no one ('A second officer fired at the car ... but did not hit anyone') kill no one
    involved = {i for i in involved if not _NO_ONE_HIT.search(sents[i].text)}
    if _officer_died(article) and not involved:
        # an officer's death; 'The male gunman was also killed' beside it is the one police killed
        return next((_Event(s.index, True) for s in sents if _ATTACKER_ALSO_KILLED.search(s.text)), None)
    # sentences telling of an officer's (or official's) own death: 'Officer X died at a hospital'
    role_first = {m.sentence for p in people if p.role for m in p.mentions
                  if _OWN_DEATH.match(sents[m.sentence].text[m.end:])}
    death_anywhere = [s for s in sents if C.DEATH_RE.search(C.HYPOTHETICAL_DEATH_RE.sub(" ", s.text))
                      and not C.NEGATED_DEATH_RE.search(s.text) and not C.ANIMAL_OBJECT_RE.search(s.text)]
    real_deaths = [s for s in death_anywhere
                   if not C.OFFICER_KILLED_RE.search(s.text) and not C.OTHER_KILLER_RE.search(s.text)
                   and not C.LOCAL_OTHER_RE.search(s.text) and s.index not in role_first]
    # someone survived: not counting officers hurt ('an officer was wounded', 'no officers were injured')
    hurt = [s.index for s in sents if C.SURVIVED_RE.search(C.OFFICER_HURT_RE.sub(" ", s.text))]
    # wounded, then died ('... shot and injured a man. He was airlifted to a hospital where he died.'); a killing
    # told beside the survivor ('the driver was shot and killed, but a girl in the vehicle was injured'), not
    # in a clause about the survivor ('the man, who had shot and killed his neighbor, was wounded')
    survived = bool(hurt) and not any(
        s.index > hurt[-1] or s.index == hurt[-1] and re.search(C.LETHAL, _RELATIVE_CLAUSE.sub(",", s.text), re.I)
        and not C.CIVILIAN_KILLER_RE.search(s.text) for s in real_deaths)
    if _STATISTIC.search(article) and not any(C.KILLED_FIGURE.search(s.text) or C.DESCRIPTOR_RE.search(s.text)
                                              for s in sents if not _TYPICAL.search(s.text)):
        return None  # a count over a year or a state ('Police in Oklahoma killed 34 people in 2023'), no one death
    for s in sents:
        if s.index not in involved or object_is_officer(s.text, True):
            continue
        if C.CIVILIAN_KILLER_RE.search(s.text) and C.SURVIVED_RE.search(s.text):
            continue  # 'an employee shot and killed a supervisor before officers shot and wounded him'
        if C.DEATH_RE.search(s.text) and not C.NEGATED_DEATH_RE.search(s.text) \
                and (not C.OTHER_KILLER_RE.search(s.text) or C.KILLED_BY_POLICE_RE.search(s.text)) \
                and s.index not in role_first:
            return _Event(s.index, True)
    # a death told as a suicide ('He had died of a self-inflicted gunshot wound')
    suicide = any(not _DOUBTED.search(s.text, max(0, m.start() - 50), m.start())
                  for s in death_anywhere for m in C.SUICIDE_RE.finditer(s.text))
    # (in a pursuit's crash the one hurt is often another in the car: 'A 19-year-old man was killed and a teenage
    # passenger was seriously hurt ... when a stolen car crashed while fleeing Dayton police')
    if real_deaths and (not survived or _fled_police(sents)):
        for s in sents:
            if s.index in involved and not object_is_officer(s.text, True) and not (
                    suicide and not C.DEATH_RE.search(s.text)):
                # (not a police act beside a suicide: 'fired tear gas ... found dead of a self-inflicted wound')
                return _Event(s.index, True)
        # another cause: a crash beside a death ('collided' three sentences before a shooting is none),
        # anything else anywhere ('killed himself', 'charged with murder')
        # (a crash of one fleeing police is the pursuit's: 'led officers on a brief pursuit ... collided with a
        # pickup truck. The driver ... was pronounced dead')
        fled = _fled_police(sents)
        other_cause = any(not _CRASH.search(m.group(0)) and not (fled and _PURSUIT_CAUSE.search(m.group(0)))
                          for m in C.LOCAL_OTHER_RE.finditer(article)) or any(
            not (fled and _PURSUIT_CAUSE.search(m.group(0)))
            for d in death_anywhere for x in sents[max(0, d.index - 1):d.index + 2]
            for m in C.LOCAL_OTHER_RE.finditer(x.text))
        if other_cause or (C.CIVILIAN_KILLER_RE.search(article) and not C.POLICE_RE.search(
                C.ATTRIBUTION_RE.sub(" ", article))):
            return None  # deaths, but police only told of them: someone else's doing, a suicide, a crash
        if not involved and not fled and any(C.OTHER_KILLER_RE.search(s.text) for s in death_anywhere):
            return None  # 'A 55-year-old man was shot and killed by his neighbor ... He was taken to ..., where he
            #              died': no police act anywhere, the death told is another's doing
        if any(C.POLICE_RE.search(s.text) for s in sents) and not C.OTHER_KILLING_RE.search(article):
            for s in real_deaths:
                if _other_cause_near(sents, s.index) or (C.CIVILIAN_KILLER_RE.search(s.text) and not C.POLICE_RE.search(
                        C.ATTRIBUTION_RE.sub(" ", s.text))):
                    continue  # 'An Odessa man shot and killed an intruder': not police's doing
                if C.PRONOUN_PATIENT.search(s.text) or C.DESCRIPTOR_DIED_RE.search(s.text) \
                        or _WAS_KILLED.search(s.text) or (fled and _ONE_IN_THE_CRASH_DIED.search(s.text)) \
                        or (fled and s.index in several_killed(sents)) \
                        or (C.POLICE_RE.search(s.text) and re.search(_KILLING_WORDS, s.text, re.I)):
                    return _Event(s.index, True)
    if not death_anywhere and not survived and not C.OTHER_KILLING_RE.search(article) \
            and not C.NO_FORCE_RE.search(article):  # 'Deputies did not fire their weapons'
        for s in sents:
            if (s.index in involved and re.search(r"\bshot\b|\bfired\b|opened fire", s.text, re.I)
                    or C.POLICE_RE.search(s.text) and _SHOTS_FIRED.search(s.text)) \
                    and not object_is_officer(s.text, s.index in involved):
                return _Event(s.index, False)
        for s in sents:
            near = " ".join(x.text for x in sents[max(0, s.index - 1):s.index + 1])
            if C.POLICE_RE.search(near) and not object_is_officer(s.text, s.index in involved) and (
                    C.PRONOUN_PATIENT.search(s.text) or C.DESCRIPTOR_RE.search(s.text) and re.search(
                        r"\b(?:was|were)\s+(?:\w+\s+)?shot\b", s.text)):
                return _Event(s.index, False)
    return None


#: one in a pursuit's crash died: 'The rider, a man in his 20s, was pronounced dead', 'A motorcyclist died'
_ONE_IN_THE_CRASH_DIED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}?(?:driver|rider|motorcyclist|motorist|passenger|"
    r"pedestrian|bicyclist|cyclist|occupant|man|woman|teen|teenager|boy|girl)\b(?:,[^,]{0,50},)?"
    # 'A motorcyclist fleeing a Fresno police officer died'
    rf"(?:\s+(?:who was\s+)?(?:fleeing|running from|being chased by|eluding)\s+(?:[\w'’-]+\s+){{0,6}}?{C.POLICE})?"
    r"\s+(?:\w+\s+)?"
    r"(?:died|was pronounced dead|was killed|was declared dead)\b")
#: deaths counted, not told: 'killed 34 people in 2023', 'Of the 34 people killed', '1,100 people killed by police'
_STATISTIC = re.compile(r"\b(?:killed|kill)\s+(?:at least\s+|more than\s+|nearly\s+|about\s+)?\d[\d,]+\s+"
                        r"(?:people|persons)\b|"
                        r"\b\d[\d,]+\s+(?:people|persons|deaths)\s+(?:were\s+)?(?:killed|died)\b|"
                        r"\b[Oo]f the\s+\d[\d,]+\s+(?:people|persons)\s+killed\b")
#: a person told of in general: 'the typical person killed was a 34-year-old man'
_TYPICAL = re.compile(r"\b(?:typical|average|median|most common)\b", re.I)
#: a suicide doubted or denied: 'ruled out a self-inflicted wound', 'disputed the claim that he killed himself'
_DOUBTED = re.compile(r"\b(?:ruled out|rule out|claim\w*|disput\w*|den(?:y|ied|ies)|not|no sign of|rather than|"
                      r"instead of)\b[^.;]*$", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|which)\b[^,]*,")
_CRASH = re.compile(r"\b(?:collided|crash|collision|wreck)", re.I)
_WAS_KILLED = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:shot and killed|fatally shot|killed|shot dead|shot to death)",
                         re.I)
_STABBED_AFTER = re.compile(r"(?:,[^,.]{0,40}){0,4},?\s+(?:[^.;]{0,40}?\s)?with\s+"
                            r"(?:multiple\s+|several\s+|numerous\s+)?(?:stab|knife|slash)\s+wounds\b")
_KILLING_WORDS = (r"\b(?:fatally|shot and killed|killing|deadly\s+(?:\w+\s+)?(?:shooting|shoot-?out|gun ?battle|"
                  r"encounter|confrontation))\b")
_SHOTS_FIRED = re.compile(r"\bshots were fired\b|\bexchanged (?:gun)?fire\b|\bgunfire erupted\b|\bgun ?battle\b|"
                          r"\bshoot-?out\b", re.I)
_OWN_DEATH = re.compile(r"(?:,[^,]{0,60},)?\s+(?:(?:was|were|had been)\s+(?:\w+\s+)?(?:killed|shot|dead|slain)|"
                        r"(?:later\s+|also\s+)?died|was\s+(?:taken|rushed|transported|flown|airlifted)\s+to\s+"
                        r"[^,.;]{0,50}?hospital,?\s+where\s+(?:he|she)\s+(?:later\s+)?died)")
# 'Officer X was killed', 'Corley was taken to a hospital, where he died', not 'Faso shot him'


def _assign_sentences(sents: list[Sentence], victims: list[tuple[Person | None, list[int], bool]]
                      ) -> list[list[int]]:
    """Sentences that speak of each victim: those naming them or telling their killing, then those that
    follow until another victim is named; sentences before any victim belong to the first.  After a
    sentence telling the killing of several, what follows belongs to each of them until one is named
    alone; a later sentence about all of them ('Neither teen was armed') or about the cameras and footage of
    the one incident is each one's too."""
    if not victims:
        return []
    told_in: dict[int, list[int]] = {}  # sentence -> the victims it names or tells the killing of
    for vi, (p, kill, _) in enumerate(victims):
        for i in sorted({*(p.sentences if p else ()), *kill}):
            told_in.setdefault(i, []).append(vi)
    owned: list[list[int]] = [[] for _ in victims]
    first = min(told_in)
    current = told_in[first] if len(told_in[first]) > 1 else [told_in[first][0]]
    group = current  # the last several told of together
    for s in sents:
        if s.index in told_in:
            here = told_in[s.index]
            owned[here[0]].append(s.index)
            # a sentence telling the killing of several is each one's; one naming a single victim starts theirs
            if len(here) > 1 and any(s.index in victims[k][1] for k in here):
                group = current = here
                for k in here[1:]:
                    owned[k].append(s.index)
            elif not (len(group) > 1 and _kin_only(victims[here[0]][0], s)):
                current = [here[0]]  # (not when only a relative is named: 'Salinas' aunt, Veronica Salinas, said')
        else:
            for k in (group if len(group) > 1 and (_ALL_OF_THEM.search(s.text) or C.BODYCAM_RE.search(s.text)
                                                   or C.VIDEO_RE.search(s.text)) else current):
                owned[k].append(s.index)
    return owned


def _kin_only(p: Person | None, s: Sentence) -> bool:
    """Sentence `s` names `p` only as someone's kin: 'Robinson's mother, Sharonda Robinson, said'."""
    here = [m for m in p.mentions if m.sentence == s.index] if p else []
    return bool(here) and all(POSSESSIVE_KIN.match(s.text, m.end) for m in here)


#: a sentence about all of those killed together: 'Neither teen was armed'
_ALL_OF_THEM = re.compile(r"\b(?:both|neither|the two|the pair|each of them|none of them)\b", re.I)
