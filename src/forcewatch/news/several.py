"""Stories of several deaths: those named together ('A, 24, and B, 19, were killed'), identified together after
a count ('Two men ... were shot and killed by police ... identified the men as A and B'), the one of several not
named, and police killings in separate incidents.  Used by :mod:`forcewatch.news.extract`.
"""

from __future__ import annotations

import re

from . import cues as C
from .acts import AGENT_WORD, ARRESTED, DEAD_AFTER, FOUND_DEAD, object_is_officer, police_involved
from .people import Mention, Person
from .text import Sentence

#: what may stand between two people named together: 'A and B', 'A, 20, B, 19, and C', 'A and passenger B',
#: 'A and his father, B', '15-year-old A, his brother B, 9, and friend C'
#: where a person named in a group lives: '17-year-old Tyler Greene of Warner Robins, and his passenger'
_OF_TOWN = r"(?:,?\s+of\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"


_TOGETHER = re.compile(
    r"^(?:,\s*\d{1,3})?" + _OF_TOWN + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:(?:his|her|their|the)\s+)?"
    r"(?:(?-i:[A-Z][\w-]*)['’]s\s+)?"  # 'Whitfield and the Camry's driver, Loretta Banks'
    r"(?:the\s+(?:man|woman|boy|girl|driver|passenger)\s+as\s+)?"  # '... as A, 29, and the man as B'
    r"(?:(?:younger|older|twin|step|teenage|adult|fellow|toddler|infant|baby|young|little|\d{1,3}-year-old)\s+)?"
    r"(?:(?:passengers?|driver|friends?|brothers?|sisters?|sons?|daughters?|father|mother|wife|husband|girlfriend|"
    r"boyfriend|cousins?|nephew|niece|uncle|aunt|(?:grand|step)(?:son|daughter|father|mother)|companion|roommate|"
    r"fianc[ée]e?|partner|co-?worker|accomplice|teen|teenager|suspects?)\s*,?\s+)?"
    # 'and the passenger, his wife, Crystal Pickett'
    r"(?:(?:his|her|their)\s+(?:wife|husband|son|daughter|brother|sister|girlfriend|boyfriend|cousin|friend)\s*,\s+)?"
    r"(?:\d{1,3}[- ]years?[- ]old\s+)?$", re.I)


#: a death told of the people named together, right after the last of them, in the passive or with an
#: intransitive verb: 'were both killed', 'were shot and killed by', ', 11, died', 'dead at the scene'
_GROUP_DIED = re.compile(
    rf"^(?:,\s*\d{{1,3}})?{_OF_TOWN}(?:,\s+who\s+[^,;.]{{1,60}},)?"
    r"(?:,\s+(?:both|all)\s+of\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),)?"  # ', both of Eton,'
    rf"\s*,?\s+(?:(?:reportedly|allegedly|later|then|also|ultimately|eventually|both|all|each)\s+)"
    rf"{{0,2}}(?:(?:were|had been|have been|are|who were)\s+(?:\w+\s+){{0,2}}?(?:{C.HARM}\s+(?:\w+\s+){{0,3}}?"
    rf"(?:and|before|then)\s+)?(?:{C.LETHAL})|died|dead|passed away|succumbed|did not survive)\b", re.I)


_POSSESSIVE = re.compile(r"['’]s?\s")


def _group_span(m: Mention, people: list[Person], s: str) -> tuple[int, int] | None:
    """(start, end) in sentence `s` of the people named together with mention `m` ('A, B and C'), when
    they are at least two different people; police and officials never belong to such a group."""
    # (not one named as another's kin: 'her daughter Sofia Castillo, 12, and Maria's mother, Elena Ruiz')
    here = sorted((x.start, x.end, id(q)) for q in people if q.role in (None, "family")
                  for x in q.mentions if x.sentence == m.sentence and (x is m or not _POSSESSIVE.match(s, x.end)))
    at = [k for k, x in enumerate(here) if x[:2] == (m.start, m.end)]
    if not at:
        return None
    i = j = at[0]
    while i > 0 and here[i - 1][1] <= here[i][0] and _TOGETHER.match(s[here[i - 1][1]:here[i][0]]):
        i -= 1
    while j + 1 < len(here) and here[j][1] <= here[j + 1][0] and _TOGETHER.match(s[here[j][1]:here[j + 1][0]]):
        j += 1
    return (here[i][0], here[j][1]) if len({x[2] for x in here[i:j + 1]}) > 1 else None


def died_together(m: Mention, people: list[Person], s: str) -> tuple[re.Match, str, str] | None:
    """(the death phrase, the text before and after the group) when mention `m` is one of several people
    named together whom the sentence tells were killed or died -- not found dead by police."""
    span = _group_span(m, people, s)
    if span is None:
        return None
    before, after = s[max(0, span[0] - 80):span[0]], s[span[1]:]
    if FOUND_DEAD.search(before) and DEAD_AFTER.match(after):
        return None
    patient = C.BEFORE_PATIENT.search(before) or _GROUP_DIED.match(after)
    return (patient, before, after) if patient else None


#: two of kin: 'A father and son were killed', 'shot and killed a man and his father', 'a couple'
_PAIR = (r"\b(?:(?:an?|the)\s+(?:father|mother|man|woman|husband)\s+and\s+(?:(?:his|her|their)\s+)?"
         r"(?:\d{1,3}-year-old\s+|teenage\s+|young\s+|adult\s+)?(?:son|daughter|father|mother|wife|husband|brother|sister|girlfriend|boyfriend)|"
         r"(?:an?|the)\s+(?:\w+\s+)?couple)\b")


_SEVERAL = (r"(?:\b(?:both|two|three|four|the two|the three)\s+(?:\w+\s+)?(?:men|women|suspects|people|teens|teenagers|"
            r"brothers|sisters|persons|robbers|gunmen)\b|"
            rf"{_PAIR})")


#: the several are the ones killed: 'Two men suspected of robbing ... were shot and killed by police', 'Both suspects
#: died', 'officers returned fire, killing both men' (not 'a gunman who killed two people')
_SEVERAL_KILLED = re.compile(
    rf"{_SEVERAL}(?:\s+[^.;]{{0,100}}?)?\s+(?:were|had been|have been)\s+(?:\w+\s+){{0,2}}?(?:killed|shot and killed|"
    rf"fatally shot|shot dead|shot to death)\b|{_SEVERAL}\s+(?:\w+\s+){{0,3}}?died\b|"
    r"\bboth\s+(?:were|later)\s+(?:\w+\s+){0,3}?(?:died|killed)\b|"  # 'Both were struck and died'
    r"\bboth\s+(?:of them\s+|men\s+|women\s+)?died\b|"  # 'Both died.'
    # 'A hostage and the man holding her were both killed when troopers fired'
    r"\b(?:were|had been)\s+both\s+(?:\w+\s+)?(?:killed|shot and killed|fatally shot|shot dead)\b|"
    # 'A shootout between police and a man left two people dead', 'A standoff ended with two people dead'
    rf"\b(?:left|leaving|with)\s+{_SEVERAL}\s+dead\b|"

    rf"(?<!who )\b(?:killing|killed|shot and killed|fatally shot)\s+{_SEVERAL}", re.I)


def several_killed(sents: list[Sentence]) -> list[int]:
    """Sentences telling police killed several people ('Two men ... were shot and killed by police',
    'killing both men', 'Two teenagers were killed ... during a chase with the State Patrol')."""
    return [s.index for s in sents if (_SEVERAL_KILLED.search(s.text) or C.PLURAL_PATIENT.search(s.text))
            and (C.POLICE_RE.search(s.text) or s.index and police_involved(sents[s.index - 1].text))
            and re.search(C.LETHAL, s.text, re.I)]  # '... two officers fired. Both were struck and died.'


_SEVERAL_COUNT = {"both": 2, "two": 2, "the two": 2, "three": 3, "the three": 3, "four": 4}


#: one of those killed is not named: 'The second man, described as 22 years old, has not yet been identified'
_OTHER_UNNAMED = re.compile(
    r"\b[Tt]he\s+(?:second|other)\s+(?:man|woman|suspect|person|teen|teenager|driver|passenger|boy|girl)\b"
    r"[^.;]*?\b(?:(?:has|had|have|was|is)\s+(?:not|yet to)\s+(?:yet\s+)?(?:be(?:en)?\s+)?(?:publicly\s+)?"
    r"(?:identified|named)|(?:was|is|remains|remained)\s+unidentified|name\s+(?:was|has|had)\s+not\s+(?:yet\s+)?"
    r"been\s+released)", re.I)


def unnamed_other(sents: list[Sentence], found: int) -> tuple[int, list[int]] | None:
    """(the sentence, the sentences telling the killing) of the one of several police killed whom the story
    does not name ('Two men ... were shot and killed by police ... identified one of the men as A, 19. The
    second man ... has not yet been identified'), when fewer than the several were found; not one said to
    have lived."""
    article = " ".join(s.text for s in sents)
    if C.CIVILIAN_KILLER_RE.search(article) or _HOSTAGE.search(article):
        return None  # the other one dead may be the suspect's victim
    several = several_counted(sents)
    if not several or found >= several[0][1]:
        return None
    for s in sents:
        if _OTHER_UNNAMED.search(s.text) and not C.SURVIVED_RE.search(C.OFFICER_HURT_RE.sub(" ", s.text)) \
                and not _ALIVE.search(s.text):
            return s.index, [i for i, _ in several]
    return None


def several_counted(sents: list[Sentence]) -> list[tuple[int, int]]:
    """(sentence, how many) for each sentence telling police killed a counted several ('Two men ... were shot
    and killed by police'; not 'he shot and killed two')."""
    out = []
    for i in several_killed(sents):
        t = sents[i].text
        m = _SEVERAL_KILLED.search(t)
        if m and not (m.group(0).lower().startswith(("killing", "killed", "shot", "fatally"))
                      and AGENT_WORD.search(t[max(0, m.start() - 30):m.start()])):
            n = re.search(r"\b(both|the two|two|the three|three|four)\b", m.group(0), re.I)
            if n or re.search(_PAIR, m.group(0), re.I):
                out.append((i, _SEVERAL_COUNT[n.group(1).lower()] if n else 2))
    return out


#: police killed someone not named before: 'a Pueblo police officer shot and killed a woman'
_KILLED_NEW = re.compile(rf"\b(?:shot and killed|fatally shot|shot dead|struck and killed|killed)\s+an?\s+"
                         rf"(?:[\w-]+\s+){{0,3}}?{C.FIGURE}\b", re.I)


#: the deaths are of separate incidents: 'in three unrelated incidents', 'separate shootings'
_SEPARATE = re.compile(r"\b(?:separate|unrelated)\s+(?:\w+\s+)?(?:incidents|shootings|encounters|cases)\b|"
                       r"\b(?:in|within)\s+(?:two|three|four|five|\d+)\s+days\b|\bwithin\s+hours\s+of\s+each\s+other\b",
                       re.I)


def unnamed_more(sents: list[Sentence], victims: list[tuple[Person | None, list[int], bool]]) -> list[int]:
    """Sentences telling police killed someone new and unnamed ('And on Sunday morning, a Pueblo police officer
    shot and killed a woman ...'), in a story of several killed in separate incidents ('Police shot and killed
    three people in three unrelated incidents') when fewer were found; not one identified in the sentences
    that follow, nor one the sentence of a found victim tells of."""
    if not any(_SEPARATE.search(s.text) for s in sents):
        return []
    several = several_counted(sents)
    want = max((n for _, n in several), default=0) - len(victims)
    told = {i for p, kill, _ in victims for i in (*kill, *(p.sentences if p else ()))}
    out = []
    for s in sents:
        if len(out) >= want:
            break
        if s.index in told or not _KILLED_NEW.search(s.text) or not police_involved(s.text) \
                or object_is_officer(s.text, True):
            continue
        after = " ".join(x.text for x in sents[s.index + 1:s.index + 4])
        if "identified" in after and not _OTHER_UNNAMED.search(after) \
                and not re.search(r"\b(?:not|yet to)\s+(?:yet\s+)?(?:been\s+|be\s+)?identified", after):
            continue
        out.append(s.index)
    return out


_HOSTAGE = re.compile(r"\b(?:hostages?|bystanders?)\b", re.I)


_ALIVE = re.compile(r"\b(?:arrested|in custody|escaped|fled|got away|charged|booked|survived|hospitalized)\b", re.I)


_VICTIMS_NAMED = re.compile(r"\b(?:victims|hostages|women|girls)\s+(?:were\s+)?identified\b|\bidentified\s+the\s+"
                            r"(?:victims|hostages|women|girls)\b", re.I)


_GROUP_IDENTIFIED = re.compile(r"\bidentified\s+(?:them|the\s+(?:two\s+|three\s+)?(?:men|women|victims|suspects|"
                               r"pair|hostages|people))\b[^.;]*$", re.I)


def identified_as_group(p: Person, sents: list[Sentence]) -> bool:
    """'Police identified them as A, 34, and B, 36': A alone is not the one unnamed victim."""
    return any(_GROUP_IDENTIFIED.search(sents[m.sentence].text, 0, m.start) for m in p.mentions)


def identified_together(sents: list[Sentence], people: list[Person]) -> list[Person]:
    """The people an identification names together: 'identified the men Friday as Jarvis Mitchell, 24, and
    Tyreek Bell, 19' gives both (no role, in the order named)."""
    return next(iter(_named_together(sents, people, identified=True)), [])


def _named_together(sents: list[Sentence], people: list[Person], identified: bool = False,
                    roles: tuple[str | None, ...] = (None,)) -> list[list[Person]]:
    """Each group of people (with one of `roles`) a sentence names together ('Dale Rich, 44, and his brother Wayne
    Rich, 39'), in the order named; with `identified`, only groups an identification names."""
    marks = sorted(((m.sentence, m.start, m.end, q) for q in people if q.role in roles and not q.speaker
                    for m in q.mentions if not _POSSESSIVE.match(sents[m.sentence].text, m.end)), key=lambda t: t[:3])
    groups = []
    for k, (i, start, end, q) in enumerate(marks):
        if (identified and not q.identified) or _VICTIMS_NAMED.search(sents[i].text, 0, start) \
                or any(q in g for g in groups):
            continue  # 'identified the victims as ...': whom the suspect killed
        group = [q]
        for j, start, end2, q2 in marks[k + 1:]:
            if j != i or q2 in group or not _TOGETHER.match(sents[i].text[end:start]):
                break
            group.append(q2)
            end = end2
        if len(group) > 1:
            groups.append(group)
    return groups


def counted_together(sents: list[Sentence], people: list[Person],
                      victims: list[tuple[Person | None, list[int], bool]]) -> list[tuple[Person, list[int], bool]]:
    """The others named together with a victim when the story counts that many killed ('Two brothers were shot
    and killed by troopers ... Dale Rich, 44, and his brother Wayne Rich, 39, had fired'; 'A father and son were
    killed ... Jean Baptiste, 50, and his son, Marc Baptiste, 19'), relatives included."""
    counts = {n for _, n in several_counted(sents)}
    have = {id(v[0]) for v in victims if v[0] is not None}
    if not counts or len(victims) >= max(counts):
        return []
    several = several_killed(sents)
    for group in _named_together(sents, people, roles=(None, "family")) if have else ():
        if len(group) in counts and any(id(q) in have for q in group):
            return [(q, several, True) for q in group if id(q) not in have]
    # 'Two men were killed when police opened fire ... the driver, A, 24, tried to run over an officer. His
    # passenger, B, 19, was also struck and died': as many named as were killed, none of them said to have lived;
    # with none found yet, all named in the sentence counting the dead
    named = [q for q in people if not q.role and not q.speaker and (not q.weak or q.ages)]
    lived = any(ARRESTED.match(t := sents[m.sentence].text[m.end:]) or C.SURVIVED_RE.search(t[:60])
                for q in named if id(q) not in have for m in q.mentions)
    if len(named) in counts and not lived and (any(id(q) in have for q in named) if have else all(
            any(m.sentence in several for m in q.mentions) for q in named)):
        return [(q, several, True) for q in named if id(q) not in have]
    # 'A woman and her 4-year-old son were killed ... Her son, Landon Napier, died at the scene': kin told dead
    # right after their name, as many as the count leaves
    kin = [(q, sorted({*several, *told})) for q in people if q.role == "family" and not q.speaker and id(q) not in have
           for told in [[m.sentence for m in q.mentions if _DIED_RIGHT_AFTER.match(sents[m.sentence].text, m.end)]]
           if told]
    if have and kin and len(have) + len(kin) <= max(counts):
        return [(q, kill, True) for q, kill in kin]
    return []


#: a death told right after the name: 'Her son, Landon Napier, died at the scene', ', 4, was also killed'
_DIED_RIGHT_AFTER = re.compile(r"(?:,\s*\d{1,3})?,?\s+(?:(?:also|later)\s+)?(?:died|was\s+(?:also\s+)?killed|"
                               r"was\s+pronounced\s+dead|did\s+not\s+survive)\b")
