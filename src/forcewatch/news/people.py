"""People named in an article: who they are and where they are mentioned.

A name is a run of capitalised words whose first word is a known given name
(`lexicon.first_names`) or which sits in a person context ("22-year-old X",
"X, 22,", "identified as X").  A title or role word in front ("Officer",
"Mayor", "spokeswoman", "city official") gives the person a role; a person with
a role is never a victim.  Later mentions by surname alone are attributed to the
person, so "Alvarez" is Anthony Alvarez.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from .lexicon import common_words, first_names, given_names, places
from .places import STATE_WORDS, state_code
from .text import Sentence

_U, _L = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # letters with accents too: 'Morales Velásquez', 'Ávila'
_TOKEN = rf"(?!(?:Jr|Sr)\b)(?:(?:Mc|Mac|De|Di|Le|La|Van)[{_U}][{_L}]+|[{_U}]['’][{_U}][{_L}]+|" \
         rf"[{_U}][{_L}]{{1,3}}[{_U}][{_L}]{{2,}}|" \
         rf"[{_U}][{_L}]+(?:-[{_U}]?[{_L}]+|['’][{_U}][{_L}]+)*|[A-Z]\.(?:[A-Z]\.)?)" \
         rf"(?!\w|(?<!s)['’](?!s\b)|(?<=s)['’](?!s\b)\w)"  # "Truss' home" is Truss's home
_PARTICLE = r"(?:de|De|del|Del|la|La|van|Van|von|Von|da|Da|dos|Dos|St\.|Mc|Mac|bin|al|El|el)"
#: a nickname in quotes inside a name: 'Mack "Jody" Woodfox', 'Caleb "CJ" Jackson',
#: 'Benjamin "B.J." Kennedy', "Robert 'Ethan' Saylor", 'Jose "Big Joe" Ruiz'
_NICKNAME = r"(?:[\"“][A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?[\"”]|[‘'][A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?[’'])"
_NAME_RE = re.compile(rf"\b({_TOKEN}(?:\s+(?:{_NICKNAME}\s+)?(?:{_PARTICLE}\s+)?{_TOKEN}){{0,5}})"
                      r"(?:,?\s+(Jr\.?|Sr\.?|III|II|IV)(?![A-Za-z]))?")

POLICE_TITLES = {"maj", "maj.", "major", "dets", "dets.",
                 "officer", "officers", "sgt", "sgt.", "sgts", "sgts.", "sergeants", "ofcr", "ofcr.", "cpls", "cpls.",
                 "deputies", "agents", "troopers", "detectives", "lts", "lts.", "patrolmen", "sergeant", "lt", "lt.",
                 "lieutenant", "capt", "capt.",
                 "captain", "deputy", "detective", "det.", "det", "trooper", "agent", "chief", "sheriff", "patrolman",
                 "patrolwoman", "cpl", "cpl.", "corporal", "commander", "cmdr", "cmdr.", "superintendent", "supt",
                 "supt.", "insp", "insp.",
                 "constable", "marshal", "ofc", "ofc.", "officer-in-charge", "undersheriff", "inspector", "ranger"}
OTHER_TITLES = {"mayor", "gov", "gov.", "governor", "sen", "sen.", "senator", "rep", "rep.", "representative",
                "president", "judge", "justice", "attorney", "prosecutor", "dr", "dr.", "rev", "rev.", "reverend",
                "pastor", "bishop", "father", "commissioner", "councilman", "councilwoman", "alderman",
                "alderwoman", "spokesman", "spokeswoman", "spokesperson", "coroner", "examiner", "director",
                "official", "officials", "chairman", "chairwoman", "secretary", "lawyer", "activist", "leader",
                "reporter", "professor", "minister", "ald", "ald.",
                "pathologist", "witness", "organizer", "advocate",
                "founder", "ceo", "counsel", "da", "d.a.", "editor", "columnist", "analyst",
                "investigator", "chaplain", "congressman", "congresswoman", "councilmember", "trustee",
                "principal", "paramedic", "firefighter"}
#: courtesy titles: kept out of the name, but no role ('Mr. Floyd' is the man police killed; the New York Times
#: style gives everyone one)
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."}
FAMILY_WORDS = {"mother", "father", "sister", "brother", "son", "daughter", "wife", "husband", "aunt", "uncle",
                "cousin", "grandmother", "grandfather", "niece", "nephew", "girlfriend", "boyfriend", "fiancee",
                "fiancée", "fiance", "partner", "stepfather", "stepmother", "mom", "dad", "widow", "relative",
                "grandson", "granddaughter"}
#: a person named as someone's kin: 'Clark's brother', "Robinson's mother, Sharonda Robinson", "Guardado's family"
POSSESSIVE_KIN = re.compile(r"(?:['’]s?)\s+(?:\w+\s+)?(?:" + "|".join(sorted(FAMILY_WORDS | {"family", "relatives"}))
                            + r")\b", re.I)
# capitalised words that are never part of a person's name
_NOT_NAME = {
    "sep", "apr", "jul",  # months written short in a date line ('Sep 3, 2021'), beside 'nov', 'dec' ... below
    "published", "updated", "posted", "copyright",  # a page's date and rights lines ('Published: June 22, 2021')
    "any", "every", "stories", "ambulance",  # '"Any death in our custody ...," Garner said', 'Related Stories'
    "police", "department", "county", "office", "street", "avenue", "road", "drive", "boulevard", "news", "images",
    "ave", "ave.", "blvd", "blvd.", "alley", "place", "cops", "cpl", "cpl.", "lance", "stay", "canyon",
    "parish", "bar", "centre", "administration", "dispatch", "chick-fil", "supermarket", "parkway", "policing",
    "crimes", "tribes", "jug",
    "content", "sponsored", "photo", "credit", "accountability", "civilian", "center", "hospital", "university",
    "high", "school", "church", "state", "city", "court", "district", "sheriff's", "sheriff’s", "patrol",
    "bureau", "investigation", "investigations", "services", "service", "justice", "the", "a", "an", "and", "but",
    "video", "shows", "after", "when", "while", "during", "in", "on", "at", "of", "for", "with", "his", "her",
    "he", "she", "they", "it", "this", "that", "there", "these", "those", "we", "i", "you", "our", "their",
    "black", "white", "hispanic", "latino", "asian", "american", "african", "national", "federal", "public",
    "safety", "division", "unit", "team", "task", "force", "association", "union", "fraternal", "order",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "associated", "press", "times", "post", "tribune", "herald", "journal", "daily", "facebook", "twitter",
    "instagram", "youtube", "tiktok", "abc", "cbs", "nbc", "cnn", "fox", "highway", "interstate", "lake", "river",
    "park", "valley", "mountain", "beach", "medical", "memorial", "general", "regional", "community", "health",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "downtown", "god", "christ",
    "christmas", "thanksgiving", "halloween", "easter", "covid", "coronavirus", "swat", "fbi", "dea", "atf",
    "apartments", "apartment", "motel", "hotel", "inn", "store", "mart", "walmart", "target", "mcdonald's",
    "chevrolet", "ford", "toyota", "honda", "dodge", "nissan", "jeep", "impala", "tahoe", "camry", "civic",
    "according", "officials", "authorities", "deputies", "troopers", "detectives", "agents", "officers",
    "no", "yes", "not", "why", "what", "who", "where", "how", "if", "as", "so", "then", "also", "just", "however",
    "tragically", "throughout", "shortly", "both", "some", "many", "all", "one", "two", "three", "drop", "gun",
    "stop", "get", "put", "show", "hands", "lives", "matter", "body", "camera", "cam", "footage", "report",
    "attorney's", "prosecutor's", "coroner's", "examiner's", "commission", "council", "board", "agency",
    "someone", "somebody", "anyone", "anybody", "nobody", "everyone", "everybody", "others", "another", "neither",
    "each", "four", "five", "six", "several",
    "most", "fewer", "nearly", "almost", "none", "either",
    "witnesses", "neighbors", "investigators", "relatives", "family", "suspect", "victim", "victims", "man",
    "woman", "driver", "passenger", "teen", "boy", "girl", "people", "person", "residents", "bystanders",
    "area", "station", "township", "suites", "creek", "wilderness", "transit", "system", "guard", "strike", "best",
    "value", "st", "st.", "hwy", "hwy.", "bible", "escort", "russian", "mexican", "chinese", "german", "tobacco",
    "firearms", "explosives", "sheriffs", "dismantling", "auto", "recreation", "forest", "bay", "bridge",
    "trail", "plaza", "square", "tower", "building", "lodge", "club", "grill", "cafe", "market", "shop",
    "shopping", "depot", "terminal", "airport", "campus", "college", "academy", "institute", "museum", "library",
    "stadium", "arena", "theater", "theatre", "temple", "mosque", "cemetery", "ranch", "farm", "mill", "garage",
    "metro", "avenues", "streets", "boulevards", "way", "lane", "circle", "terrace", "pike", "freeway", "expressway",
    "route", "customs", "border", "immigration", "enforcement", "marshals", "patrolmen",
    "emergency", "medics", "paramedics", "firefighters", "dispatchers", "deputy", "officer",
    "senior", "afterward", "afterwards", "veteran", "african-american", "private", "pfc", "spc", "staff",
    "master", "special", "first", "later", "meanwhile", "eventually", "finally", "suddenly", "instead",
    "reportedly", "allegedly", "sentra", "patriot", "accord", "altima", "charger", "malibu", "explorer", "rover",
    "cherokee", "silverado", "corolla", "kia", "hyundai", "bmw", "mercedes", "chevy", "buick", "cadillac", "gmc",
    "lexus", "acura", "mazda", "subaru", "volkswagen", "pontiac", "chrysler", "mustang", "tundra",
    "hut", "haul", "cleaners", "navigator", "acted", "metroparks", "amerihost",
    "navy", "army", "marine", "marines", "muslim", "christian", "catholic", "jewish", "islamic",
    "shot", "taser", "glock", "obviously", "chemicals", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "nov", "dec", "jan", "feb", "aug", "sept",
    "oct", "authority", "alert", "fire", "rangers", "maj", "maj.", "major", "col", "col.", "gen", "gen.",
    "jail", "prison", "correctional", "detention", "elementary", "baptist", "methodist", "development", "housing",
    "urban", "homeland", "security", "veterans", "affairs", "interior", "management", "resources", "fedex", "paypal",
    "gofundme", "iphone", "linkedin", "snapchat", "whatsapp",
}
#: words kept out of names that are also family names ('Robin White', 'Jason Thomas Christian')
_SURNAME_TOO = {"white", "black", "christian", "lance", "ford", "major", "young", "price", "north", "south", "east",
                "west", "pike", "lane", "park", "may", "fox"}
#: place and other words kept out of names that are family names before the person's age ('Tammy Church, 50,')
_SURNAME_BEFORE_AGE = {"church", "best", "hall", "bridges", "marine", "strike", "temple", "mills", "banks", "field",
                       "fields", "castle", "glass", "street", "rivers", "wells", "hill", "hills", "woods", "lake",
                       "river", "beach", "ford", "house", "guard", "bay", "cross", "brooks", "baptist", "major",
                       "farmer"}
_RACE_NOUN_AFTER = re.compile(r"\s+(?:man|men|woman|women|male|female|boy|girl|teen|people|person|officers?|"
                              r"residents?|community|neighborhood|drivers?|suspects?|American)\b")
_PERSON_BEFORE = re.compile(r"(?:\d{1,3}[- ]years?[- ]old|\b(?:mother|father|sister|brother|wife|husband|son|"
                            r"daughter|girlfriend|boyfriend|aunt|uncle|cousin|grandmother|grandfather)),?\s+$|"
                            # 'The man, Hung Van Nguyen,', 'identified the man as Hung Van Nguyen', "Kelley's
                            # passenger, Rayleen White"
                            r"\b(?:[Tt]he|[Hh]is|[Hh]er|[A-Z][\w'-]*['’]s?)\s+(?:man|woman|victim|driver|suspect|teen|boy|"
                            r"girl|passenger),\s+$|"
                            r"\bidentified\s+(?:\w+\s+){0,4}?as\s+$", re.I)
#: '68-year-old Jo Lee', 'the 68-year-old woman, Jo Lee', 'a 60-year-old passenger, Jo Lee'
_AGE_BEFORE = re.compile(r"(\d{1,3})[- ]years?[- ]old\s+(?:\w+\s+){0,2}$|"
                         r"(?:(?<=\b(?:the|his|her) )|(?<=\ba ))(\d{1,3})[- ]years?"
                         r"[- ]old\s+(?:\w+\s+)?\w+,\s+$", re.I)
_AGE_AFTER = re.compile(r"^\s*(?:\(|,)\s*(?:age:?\s+|aged\s+)?(\d{1,3})(?:\s+years(?=[,.;)]))?\b(?![- ]year)"
                        r"(?:\)|,|\.|;|\s+(?:of|from|was|and|who|after|when|before|had|has|is|died|were|"
                        r"in|on|at|while|during|near))|"  # 'John Smith, 25 in Tulsa': a comma left out
                        # 'John Smith, who was 25, ...', 'Nathan Price, who turned 40 last week,' (not 'would have')
                        r"^\s*,?\s*who\s+(?:was|is|(?:(?!would\b)[\w-]+\s+){0,3}?(?:had\s+)?(?:just\s+)?turned)\s+(?:only\s+|just\s+)?"
                        r"(\d{1,3})"
                        r"(?:[- ]years?[- ]old)?(?=\s*[,;.)]|\s+(?:and|when|at|last|this|earlier)\b)|"
                        r"^\s*,\s*an?\s+(\d{1,3})[- ]years?[- ]old\b(?![-'’])|"  # 'Jo Lee, a 25-year-old father'
                        # 'Jo Lee, a thirty-two-year-old mother of two'
                        r"^\s*,\s*an?\s+(?P<spelled>[a-z]+(?:-[a-z]+)?[- ]years?[- ]old)\b(?![-'’])|"
                        # 'Mateo Hernandez, who would have turned 20 next month,': 19
                        r"^(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*,\s*(?:who\s+)?would\s+have\s+"
                        r"turned\s+(?P<turning>\d{1,3})\b|"
                        # 'John Smith of Akron, 25, was ...'
                        r"^\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s*(\d{1,3})(?=\s*[,;)]|\s+(?:was|and|who|died)\b)")


def _age_in(m: re.Match) -> int:
    """The age an _AGE_BEFORE / _AGE_AFTER match gives (whichever alternative matched); -1 for a spelled
    age that is no number."""
    named = m.groupdict()
    if named.get("spelled"):
        return spelled_age(named["spelled"]) or -1
    if named.get("turning"):
        return int(named["turning"]) - 1
    return int(next(g for g in m.groups() if g))


#: a day between 'identified the woman' and 'as': 'identified the woman Tuesday afternoon as'
WHEN = (r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|"
        r"evening|night))?\s+)?")
_CONTEXT_BEFORE = re.compile(r"(?:identified (?:him |her |them |the (?:man|woman|victim|person|driver|suspect|men|"
                             rf"women|two|suspects|victims) )?{WHEN}as|named|"
                             r"victim,?|death of|killing of|shooting of|family of|funeral for|memory of|"
                             r"justice for|"
                             # 'the woman, Dolores Ann Pryce,': the person the story spoke of, now named
                             r"\b(?:the|a)\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|boy|girl|teen|teenager|driver|"
                             r"suspect|victim|passenger),)\s*$", re.I)
#: (also after an age: 'Rosa Herrera, 44, who works the front desk at a neighboring motel, said')
_SAID_AFTER = re.compile(r"(?:,\s*\d{1,3}(?=,))?(?:,[^,]{1,60},|,)?\s+"
                         r"(?:said|says|told(?!\s+(?:the\s+)?(?:victim|police|officers?|deput\w+|"
                         r"him|her|them|dispatchers?|the\s+(?:woman|man|clerk|caller))\b)|stated|added|explained|"
                         r"wrote|confirmed|declined|reported)\b")  # 'X told police he had a gun' is no source
#: a quote's source named after the verb: '"He didn't have anything in his hands," said Latasha Burns, 52'
#: (or after the source's role: '"That's not who he was," said his aunt, Lorraine Mitchell.')
#: (or a role word alone: '"... wake up," said resident Maria Gutierrez, 29.')
_SAID_BEFORE = re.compile(r"[\"”’,]\s*(?:said|says|added|explained|recalled|told\s+\w+)\s+"
                          r"(?:(?:his|her|their|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+|"
                          r"(?:resident|neighbor|neighbour|witness|bystander|customer|employee|student|"
                          r"motorist|passenger|shopper|homeowner|tenant|owner|manager|worker)\s+)?$")
#: 'the man police shot', 'the woman officers killed'
POLICE_SHOT = r"(?:\s+(?:police|officers|deputies|troopers)\s+(?:shot|killed|fatally shot|shot and killed))?"
#: 'Police said Marco Serrano, 33, shot and killed his neighbor': the one said of, acting, no quote's source
#: (not 'said Jane Doe, 45, a neighbor')
_ACTS_AFTER_AGE = re.compile(r",\s*\d{1,3},\s+(?!(?:a|an|the|who|whose|and|of|from|said|says|told)\b)[a-z]+")
_IDENTIFIED = re.compile(rf"\b(?:identified|named)\s+(?:(?:him|her|them|the\s+\w+{POLICE_SHOT}|"
                         # 'the driver of the stolen car'
                         r"the\s+(?:driver|passenger|occupant)\s+of\s+the\s+(?:\w+\s+)?(?:car|vehicle|SUV|truck|"
                         r"pickup|van|sedan|motorcycle))\s+)?"
                         rf"{WHEN}"
                         # 'identified Monday by the Harris County Institute of Forensic Sciences as'
                         rf"(?:(?:by\s+(?:the\s+)?[A-Z][^,.;]{{0,60}}?\s+)?as\s+(?:\d{{1,3}}[- ]years?[- ]old\s+)?"
                         r"(?:(?:his|her|their)\s+(?:son|daughter|brother|sister|nephew|grandson|husband|wife|father|"
                         r"mother),\s+|the\s+(?:driver|passenger|gunman|suspect|shooter|motorist|rider),\s+)?)?$",
                         re.I)  # 'identified the dead as the driver, Dustin Keel'
# '... as 33-year-old Wes Combs', 'identified him as her son, Jaylen Drummond'


_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint|Mt\.)\s+$")


@dataclass
class Mention:
    sentence: int
    start: int
    end: int
    text: str


@dataclass
class Person:
    name: str
    key: str                        # lower-case surname (identity within the article)
    role: str | None = None         # police | official | family | None
    role_words: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    ages: list[tuple[int, int]] = field(default_factory=list)   # (age, sentence)
    weak: bool = False              # capitalised words that may be a name (no known given name, no context)
    identified: bool = False        # "identified as X", "named X": the article names someone it spoke of
    speaker: bool = False           # "X said": quoted as a source

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def last(self) -> str:
        """The family name: the last word that is no generation ('Cortez' of 'Rafael Cortez Jr.')."""
        return family_name(self.name)

    @property
    def name_counts(self) -> tuple[int, int] | None:
        """(men, women) recorded under the given name (`lexicon.given_names`); a one-word name ('Carey') is a
        surname and is looked up in the records' names only."""
        names = given_names() if len(self.name.split()) > 1 else first_names()
        return names.get(self.first.lower())

    @property
    def sex(self) -> str | None:
        """'male'/'female' when the given name is nearly always recorded as one (for pronouns)."""
        return None if self.weak else self.name_sex

    @property
    def name_sex(self) -> str | None:
        """'male'/'female' when the given name is nearly always recorded as one, weak name or not."""
        n = self.name_counts
        if not n:
            return None
        if (sum(n) >= 3 and max(n) / sum(n) >= 0.9) or (n[0] == 0 and n[1] >= 1) or (n[1] == 0 and n[0] >= 2):
            return "male" if n[0] > n[1] else "female"  # few women in the records: one woman's name is telling
        return None

    @property
    def sentences(self) -> list[int]:
        return sorted({m.sentence for m in self.mentions})


def _is_place(phrase: str) -> bool:
    return bool(places().get(phrase.lower())) or state_code(phrase) is not None


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_UNITS)} | {
    f"{t}-{u}" if u else t: 20 + 10 * i + (_UNITS.index(u) + 1 if u else 0)
    for i, t in enumerate(_TENS) for u in [""] + _UNITS[:9]}
_SPELLED_AGE = re.compile(r"([a-z]+(?:-[a-z]+)?)[- ]years?[- ]old", re.I)


def spelled_age(word: str) -> int | None:
    """'Fifteen-year-old' -> 15, 'Twenty-two-year-old' -> 22."""
    m = _SPELLED_AGE.fullmatch(word)
    return _NUMBER_WORDS.get(m.group(1).lower()) if m else None


def _given_name_here(tokens: list[str], before: str, after: str) -> bool:
    """The run opens with a common given name where a person's name stands: before their age ('Christian Love,
    18,'), after 'identified as' ('identified Monday as Hope Bishop'), after a kin word; a word, a place or a
    title though it may be ('Christian', 'Hope', 'Marcus')."""
    n = first_names().get(tokens[0].lower(), (0, 0))
    return len(tokens) > 1 and (sum(n) >= 5 or n[1] >= 1) \
        and (bool(_AGE_AFTER.match(after)) or bool(_PERSON_BEFORE.search(before[-40:])))


def _clean_tokens(tokens: list[str], before: str = "", after: str = "") -> tuple[list[str], list[str]]:
    """Split leading title/role words off a capitalised run: (titles, name tokens).  After an age or a
    kin word ('68-year-old Sally Harrison', 'his wife, Joy Smith') a common word is a given name, and so is a
    common given name before the person's age ('Christian Love, 18')."""
    titles: list[str] = []
    person_next = bool(_PERSON_BEFORE.search(before[-40:]))
    if _given_name_here(tokens, before, after) and not _is_title(tokens[0]):
        return titles, tokens
    while tokens and (_is_title(tokens[0]) or tokens[0].lower() in _NOT_NAME or spelled_age(tokens[0])
                      or (len(tokens) > 1 and _is_place(tokens[0])
                          and (_is_title(tokens[1]) or tokens[1].lower() in _NOT_NAME
                               and not (tokens[1].lower() in _SURNAME_TOO and len(tokens) == 2))
                          and not _middle_name(tokens))  # 'Dallas Mayor Eric Johnson', not 'Wesley Dean Combs'
                      # (nor 'Dustin Pike': a given name that is a town, a family name that is a road)
                      or (len(tokens) > 1 and not person_next and tokens[0].lower() in common_words()
                          and sum(first_names().get(tokens[0].lower(), (0, 0))) < 5)
                      or (len(tokens) > 1 and _demonym(tokens[0]))  # 'Texan Hall displayed a weapon'
                      or (len(tokens) > 1 and re.fullmatch(r"[A-Z][a-z]{3,}(?:ed|ist)", tokens[0])
                          and tokens[0].lower() not in first_names())):
        titles.append(tokens.pop(0))  # 'Eventually Eisenheim', 'Young Newmeyer'
    return titles, tokens


def _middle_given_name(toks: list[str], k: int) -> bool:
    """Word `k` of a name is a middle name that is also a word ('Christian', 'Lance') between a given name the
    records hold and a family name."""
    return 0 < k < len(toks) - 1 and sum(first_names().get(toks[0].lower(), (0, 0))) >= 2 \
        and sum(given_names().get(toks[k].lower(), (0, 0))) >= 2


def _middle_name(tokens: list[str]) -> bool:
    """'Wesley Dean Combs': a given name, then a title word that is a given name too, then a surname."""
    names = first_names()
    return len(tokens) > 2 and sum(names.get(tokens[0].lower(), (0, 0))) >= 3 \
        and sum(names.get(tokens[1].lower().rstrip("."), (0, 0))) >= 3


def _is_title(word: str) -> bool:
    w = word.lower()
    return w in POLICE_TITLES or w in OTHER_TITLES or w in HONORIFICS or w.rstrip(".") in POLICE_TITLES | OTHER_TITLES


def _role_of(words: list[str]) -> str | None:
    low = [w.lower().rstrip(".,") for w in words]
    if any(w in POLICE_TITLES or w + "." in POLICE_TITLES for w in low):
        return "police"
    if any(w in FAMILY_WORDS for w in low):
        return "family"
    if any(w in OTHER_TITLES or w + "." in OTHER_TITLES for w in low):
        return "official"
    return None


def find_people(sents: list[Sentence]) -> list[Person]:
    """Every named person, with roles and mentions (full and surname-only)."""
    names = first_names()
    people: dict[str, Person] = {}
    singles: list[tuple[int, re.Match, Sentence]] = []
    for s in sents:
        if s.index == 0 and _title_case(s.text):
            continue  # a headline in Title Case has no reliable capitals
        for m in _NAME_RE.finditer(s.text):
            tokens = m.group(1).split()
            titles, toks = _clean_tokens(tokens, s.text[:m.start()], s.text[m.end():])
            given_here = bool(toks) and toks == tokens and _given_name_here(toks, s.text[:m.start()], s.text[m.end():])
            verb = next((k for k in range(1, len(toks)) if toks[k].lower() in common_words()
                         and (toks[k].endswith("ed") if k < len(toks) - 1 else _VERB_LIKE.search(toks[k]))), None)
            if verb is not None:  # 'Hernandez Threatened officers', 'Clark Tased Glover': a capitalised verb is no name
                toks = toks[:verb]
            # 'Robin White, 50,': a family name, not a race or a make of car
            surname_too = len(toks) in (2, 3) and sum(given_names().get(toks[0].lower(), (0, 0))) >= 1 and (
                toks[-1].lower() in _SURNAME_TOO and (sum(names.get(toks[0].lower(), (0, 0))) >= 2
                                                      or bool(_PERSON_BEFORE.search(s.text[:m.start()][-40:])))
                and not _RACE_NOUN_AFTER.match(s.text, m.end())
                # 'Tammy Church, 50,': a place word is a family name before the person's age
                or toks[-1].lower() in _SURNAME_BEFORE_AGE and bool(_AGE_AFTER.match(s.text[m.end():])))
            if toks and toks[-1].lower() in _NOT_NAME and not surname_too:
                cut = _cut_at_stop(toks)
                if len(cut) < len(toks) and toks[len(cut)].lower() in _PLACE_WORDS:
                    continue  # 'Laura Ville Lane', 'Ben Taub Hospital', 'Tower Oaks Glenn apartment'
                toks = cut
            if len(toks) == 1 or (not toks and m.group(1).split()[-1].lower() in _SURNAME_TOO):
                singles.append((s.index, m, s))  # a surname that is also a word ('West') is looked up later
                continue
            if len(toks) < 2 or any(t.lower() in _NOT_NAME and not _number_in_name(toks, k, names)
                                    and not (k == 0 and given_here) and not (t == "St." and 0 < k < len(toks) - 1)
                                    and not _middle_given_name(toks, k)  # 'Isaiah Christian Green'
                                    for k, t in enumerate(toks[:-1] if surname_too else toks)):
                continue
            full = " ".join(toks) + (f" {m.group(2)}" if m.group(2) else "")
            real_titles = [t for t in titles if _is_title(t)]
            if _is_place(" ".join(toks)) or (not real_titles and any(t.lower() in _PLACE_PREFIX and t != "The"
                                                                     for t in titles)):
                continue  # 'Canyon de Chelly', 'St. Elizabeth Ann Seton'
            before = s.text[:m.start()]
            if _SAINT_BEFORE.search(before[-8:]):
                continue  # 'was checked at St. Charles Bend': a hospital, a church, a town
            after = s.text[m.end():]
            # what follows the name itself, words cut off included ('W. Broadway| Ave.')
            after_name = after if len(titles) + len(toks) == len(tokens) else \
                s.text[m.start(1) + list(re.finditer(r"\S+", m.group(1)))[len(titles) + len(toks) - 1].end():]
            age_b = _AGE_BEFORE.search(before)
            age_a = _AGE_AFTER.match(after)
            # a given name the records or the Chicago roster hold ('Diane': no woman of that name in the records)
            known_first = sum(given_names().get(toks[0].lower(), (0, 0))) >= 1
            spelled = [a for a in map(spelled_age, titles[-1:]) if a]  # 'Fifteen-year-old Da'Quan Blackwell'
            weak = not (known_first or age_b or age_a or spelled or _CONTEXT_BEFORE.search(before) or real_titles
                        or _TITLE_BEFORE.search(before))  # 'Sgt. J.F. Hinson': the title is a run of its own
            if _ANIMAL_BEFORE.search(before):
                continue  # a police dog's or a horse's name: 'a K-9 named Rex'
            if weak and _OUTLET_WORDS & set(re.split(r"[-\s]", toks[-1].lower())):
                continue  # a newspaper: 'By Tom Reid, The Spokane Ledger', 'The Wichita Sun-Courier'
            if _ADJECTIVE_RUN.search(before) and _PERSON_NOUN_AFTER.match(after_name):
                continue  # words telling of a person, not a name: 'a 27-year-old Oglala Lakota man'
            if weak and (len(toks) > 3 or any(t.endswith(".") and len(t) > 2 for t in toks)
                         or _not_a_person_here(before, after)):
                continue
            at_place = _DET_STRONG.search(before) and not (age_a or (known_first and _AIMED_AT.search(before)))
            if not real_titles and (at_place or _STREET_AFTER.match(after_name)
                                    or _PLACE_NOUN.match(after_name) or state_code(" ".join(toks))
                                    or _HOUSE_NUMBER.search(before) or _THING_AFTER_NAME.match(after_name)):
                continue  # 'a Bob Evans restaurant', 'N. Jim Miller Road', 'at the Ernie Biggs bar', '3950 Austin Peay'

            role_words = titles + _role_context(before, after) + _appositive_role(after)
            if s.index <= 3 and re.fullmatch(r"\s*(?:[Bb]y|BY):?\s*", before + " ".join(titles)):
                role_words.append("reporter")  # a byline: 'By Jane Reporter'
            key = toks[-1].lower()
            p = people.get(key)
            tail = p.name.lower().split()[-len(toks):] if p is not None and len(toks) < len(p.name.split()) else None
            if tail and _KIN_BEFORE.search(before) and sum(given_names().get(toks[0].lower(), (0, 0))) >= 3:
                tail = None  # 'Broussard's father, Joseph Broussard' is not Dominic Joseph Broussard
            if p is not None and not _same_first(p.first, toks[0]) and tail != [t.lower() for t in toks]:
                # a relative with the same family name is someone else (not 'Morales Ibarra', the two family
                # names of Gilberto Morales Ibarra)
                key = f"{key}|{toks[0].lower()}"
                p = people.get(key)
            if p is not None and m.group(2) and generation(p.name) not in (None, generation(full)):
                key = f"{key}|{generation(full)}"  # 'Anthony Sedillo Jr.' and his father 'Anthony Sedillo Sr.'
                p = people.get(key)
            if p is None:
                p = people[key] = Person(full, key, weak=weak)
            elif len(full) > len(p.name):
                p.name = full
            p.weak = p.weak and weak
            p.identified = p.identified or bool(_IDENTIFIED.search(before))
            p.role_words.update(w.lower().rstrip(".,") for w in role_words)
            start = m.start() + m.group(0).find(toks[0])
            p.mentions.append(Mention(s.index, start, m.end(), m.group(0)))
            for age_m in (age_b, age_a):
                if age_m:
                    p.ages.append((_age_in(age_m), s.index))
            p.ages += [(a, s.index) for a in spelled]
    by_first: dict[str, list[Person]] = {}
    for q in people.values():
        by_first.setdefault(q.first.lower(), []).append(q)
    _single_name_people(singles, people, sents, skip={k for k, v in by_first.items() if len(v) == 1})
    # surname-only, first-name-only and title+surname mentions ("Alvarez", "Armond", "Officer Stillman")
    for idx, m, s in singles:
        tokens = m.group(1).split()
        titles, toks = _clean_tokens(tokens)
        if not toks and titles[-1].lower() in _SURNAME_TOO | _SURNAME_BEFORE_AGE and titles[-1].lower() in people:
            titles, toks = titles[:-1], titles[-1:]  # 'Morgan Shane West ... She shot and killed West'
        if not toks:
            continue
        key = toks[0].lower()
        start = m.start() + m.group(0).find(toks[0])
        family = _of_the_family(key, people)
        if family:  # 'both Caudills died': each of the family named
            for q in family:
                q.mentions.append(Mention(idx, start, start + len(toks[0]), toks[0]))
            continue
        p = _nearest_of_the_name(key, people, sents, (idx, start))
        if p is None and not titles and len(by_first.get(key, ())) == 1:
            p = by_first[key][0]  # 'Armond Brown, 25, ... Armond came out'
        if p is None and not titles:
            p = _nickname_of(key, people)  # 'Rigoberto Arceo ... ordered Rigo to the ground'
        if p is None and not titles:  # 'Joseph Alian, 25, ... Alain grabbed a handgun'
            p = _misspelt(key, people, s.text, start, start + len(toks[0]))
        if p is None and not titles:  # 'José Luis Hernández Ramírez ... Hernández reached': the first family name
            p = _inner_surname(key, people, (idx, start))
        if p is None:
            continue
        p.role_words.update(w.lower().rstrip(".,") for w in titles + _role_context(s.text[:m.start()],
                                                                                   s.text[start + len(toks[0]):]))
        p.mentions.append(Mention(idx, start, start + len(toks[0]), toks[0]))
        age_a = _AGE_AFTER.match(s.text[start + len(toks[0]):])
        if age_a:
            p.ages.append((_age_in(age_a), idx))
    for p in people.values():
        p.role = _role_of(sorted(p.role_words))
        p.mentions.sort(key=lambda x: (x.sentence, x.start))
        p.speaker = _speaks(p, sents)
    _spread_roles_in_lists(people, sents)
    return sorted(people.values(), key=lambda p: (p.mentions[0].sentence, p.mentions[0].start))


def _of_the_family(key: str, people: dict[str, Person]) -> list[Person]:
    """The people of a family a plural family name stands for ('the Caudills', 'the Joneses'): two or more
    named with it."""
    if key in people or not key.endswith("s"):
        return []
    stems = {key[:-1], key[:-2]} if key.endswith("es") else {key[:-1]}
    family = [q for q in people.values() if q.last.lower() in stems and len(q.name.split()) > 1]
    return family if len(family) > 1 else []


def _speaks(p: Person, sents: list[Sentence]) -> bool:
    """`p` is quoted or said something ('..., Ellery said', 'said Jo Lee.'); not what someone quoted says they
    said ('"Ronnie said he wasn't leaving that place alive," she said')."""
    return any((_SAID_AFTER.match(sents[m.sentence].text, m.end)
                # (not whose relative spoke: 'A cousin of Ortega-Ruiz, Marisol Ortega, said')
                and not _OF_A_PERSON.search(sents[m.sentence].text, max(0, m.start - 40), m.start)
                or _SAID_BEFORE.search(sents[m.sentence].text, 0, m.start)
                and re.match(r"\s*(?:[,.;]|$)", sents[m.sentence].text[m.end:])
                and not _ACTS_AFTER_AGE.match(sents[m.sentence].text, m.end))
               and (len(_QUOTE_MARK.findall(sents[m.sentence].text, 0, m.start)) % 2 == 0
                    # a quote of several sentences just closed: '... She was somebody," Rosa Chavez said.'
                    or _QUOTE_CLOSED.search(sents[m.sentence].text, 0, m.start)) for m in p.mentions)


_QUOTE_MARK = re.compile(r"[\"“”]")
_QUOTE_CLOSED = re.compile(r"^[^\"“”]*[,?!][\"”]\s+$")


def _nearest_of_the_name(key: str, people: dict[str, Person], sents: list[Sentence],
                         at: tuple[int, int]) -> Person | None:
    """Who a family name alone stands for at `at` (sentence, offset): of several people of that name ('found
    Linda Sorensen, 68, ... Her son, Derek Sorensen, 41, charged at a deputy ... Sorensen was pronounced dead'), the
    one named last before it, unless that one is only quoted ('His sister, Lily Tran, said ...')."""
    p = people.get(key)
    kin = [q for k, q in people.items() if k.startswith(key + "|")]
    if p is None or not kin:
        return p
    # not one only quoted, nor another name of the same person ('Allan Feliz, initially identified by police as
    # Samy Feliz'), nor an officer of the name when another is there
    who = [q for q in (p, *kin) if not _speaks(q, sents) and not _ALIAS_BEFORE.search(
        sents[q.mentions[0].sentence].text[max(0, q.mentions[0].start - 60):q.mentions[0].start])]
    who = [q for q in who if not q.role_words & POLICE_TITLES] or who
    last = sorted(((max(here), q) for q in who
                   if (here := [(m.sentence, m.start) for m in q.mentions if (m.sentence, m.start) < at])),
                  key=lambda t: t[0])
    if not last or (len(last) > 1 and last[-1][0][0] == last[-2][0][0]):
        return p  # named last in the same sentence: the first of the name
    return last[-1][1]


_GENERATION = re.compile(r",?\s+(Jr|Sr|III|II|IV)\.?$")


def family_name(name: str) -> str:
    """The last word of a name that is no generation: 'Cortez' of 'Rafael Cortez Jr.'."""
    toks = _GENERATION.sub("", name).split()
    return toks[-1] if toks else name


def generation(name: str) -> str | None:
    """'Jr', 'Sr', 'II', 'III' or 'IV' when the name ends in one."""
    m = _GENERATION.search(name)
    return m.group(1) if m else None


def _nickname_of(key: str, people: dict[str, Person]) -> Person | None:
    """The one person whose given name `key` (four letters or more) begins: 'Rigo' for Rigoberto."""
    if len(key) < 4:
        return None
    found = [q for q in people.values() if len(q.first) > len(key) and q.first.lower().startswith(key)
             and len(q.name.split()) > 1]
    return found[0] if len(found) == 1 else None


def _inner_surname(key: str, people: dict[str, Person], at: tuple[int, int]) -> Person | None:
    """The one person named before `at` (sentence, offset) whose name holds `key` between the given name and the
    last name: the first of two family names ('Hernández' of 'José Luis Hernández Ramírez'); a middle name used
    alone too.  Not a relative's maiden name ('Jones shot his sister Christy Jones Gregory')."""
    inner = [q for q in people.values() if len(q.name.split()) > 2 and key in q.name.lower().split()[1:-1]
             and (q.mentions[0].sentence, q.mentions[0].start) < at and not q.role_words & FAMILY_WORDS]
    return inner[0] if len(inner) == 1 else None


def one_edit_apart(a: str, b: str, min_len: int) -> bool:
    """Equal, or one letter left out, added, changed or two swapped when both are at least `min_len`
    letters long ('Nesbit' / 'Nesbitt', 'Alian' / 'Alain')."""
    if a == b:
        return True
    return min(len(a), len(b)) >= min_len and OSA.distance(a, b, score_cutoff=1) <= 1


_KIN_RIGHT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(FAMILY_WORDS)) + r")\s*,?\s*$", re.I)


def _misspelt(key: str, people: dict[str, Person], sentence: str, start: int, end: int) -> Person | None:
    """The one person named in full whose family name `key` (five letters or more, at `start:end` of
    `sentence`) misspells, the first letter kept: 'Alain' for Joseph Alian, 'William' for Arvel
    Douglas Williams.  Not a given name said of a relative or a speaker ('His brother William said')."""
    if len(key) < 5 or (key in first_names() and (_KIN_RIGHT_BEFORE.search(sentence, 0, start)
                                                    or _SAID_AFTER.match(sentence, end))):
        return None
    found = [q for q in people.values() if len(q.name.split()) > 1 and (s := q.key.split("|")[0]) != key
             and s[0] == key[0] and one_edit_apart(s, key, 5)]
    return found[0] if len(found) == 1 else None


_NUMBER_NAME = {"two", "three", "four", "five", "six", "seven"}


def _number_in_name(toks: list[str], k: int, names: dict) -> bool:
    """A number word inside a name, after a given name, is the name's: 'Nathan Two Bulls'."""
    return 0 < k < len(toks) - 1 and toks[k].lower() in _NUMBER_NAME and toks[0].lower() in names
#: the last word of a newspaper's name ('The Spokane Ledger', 'Siouxland Weekly Press'), named without a given
#: name or an age (then it is a person's: 'Heath Ledger')
_OUTLET_WORDS = {"ledger", "courier", "gazette", "sentinel", "chronicle", "register", "inquirer", "examiner",
                 "observer", "courant", "enquirer", "telegram", "telegraph", "weekly", "bugle", "beacon", "bulletin",
                 "argus", "clarion", "picayune", "statesman", "messenger", "tribune", "herald", "journal", "times"}
#: capitalised words after 'a'/'an' (and an age) are a description when a person noun follows
#: right before an animal's name: 'K-9 Rex', 'a police dog named Bruno', 'his horse, Duke'
_ANIMAL_BEFORE = re.compile(r"\b(?:K-?9s?|dogs?|canines?|horses?|puppy|pup)\s*,?\s+(?:(?:officer|partner)\s+)?"
                            r"(?:(?:named|called)\s+)?$", re.I)
_ADJECTIVE_RUN = re.compile(r"\b(?:an?|the)\s+(?:\d{1,3}[- ]years?[- ]old\s+)?$", re.I)
_PERSON_NOUN_AFTER = re.compile(r"\s+(?:man|woman|boy|girl|teen|teenager|youth|mother|father|resident|veteran|"
                                r"student|elder)\b")


def _demonym(tok: str) -> bool:
    """'Oklahomans', 'Texans', 'Floridians' (and 'Texan'), 'Americans': a state's or the nation's people, not a
    person."""
    if tok.lower() in ("american", "americans"):
        return True
    if tok.endswith("an") and len(tok) > 4:
        tok += "s"
    if not tok.endswith("ns"):
        return False
    return any(len(stem) > 3 and state_code(stem)
               for stem in (tok[:-2], tok[:-3], tok[:-3] + "a", tok[:-3] + "as", tok[:-4]))


#: what comes right before another name of someone already named: 'known to friends as "A.J."', 'nicknamed'
_ALIAS_BEFORE = re.compile(r"\b(?:(?:also\s+)?known(?:\s+to\s+(?:\w+\s+){0,2}?\w+)?\s+as|nicknamed|dubbed|"
                           r"(?:initially|originally|first|mistakenly|erroneously)\s+identified\s+(?:\w+\s+){0,3}?as|"
                           r"(?:who\s+)?went\s+by|(?:who\s+)?goes\s+by|a\.k\.a\.?|aka)\s*[\"“‘']?\s*$", re.I)


#: right before a place: 'originally from ', 'in ', 'from Zacatecas, ' (a region or country after a place)
_FROM_PLACE = re.compile(r"\b(?:from|in|near|outside|into)\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,\s*)?$")


def _single_name_people(singles: list[tuple[int, re.Match, Sentence]], people: dict[str, Person],
                        sents: list[Sentence], skip: set[str] = frozenset()) -> None:
    """People the article names by one word only ("Chamberlain was shot and killed"): a capitalised
    word that is never written in lower case, is no title, common word or place, and sits where a
    person is shot, killed or given an age."""
    from . import cues as C

    lower_words = set(re.findall(r"\b[a-z][a-z'-]+\b", " ".join(s.text for s in sents)))
    # a word named as a person in two sentences or more (not after 'in/at/of ...'): 'Hale' x 3
    seen: dict[str, set[int]] = {}
    for idx, m, s in singles:
        toks = _clean_tokens(m.group(1).split())[1]
        if len(toks) == 1 and (not re.search(r"\b(?:in|at|of|near|from|to|outside|into|the|a|an)\s*$",
                                             s.text[max(0, m.start() - 12):m.start()], re.I)
                               or _VERB_BEFORE.search(s.text[max(0, m.start() - 40):m.start()])):  # 'pursuit of Glass'
            seen.setdefault(toks[0].lower(), set()).add(idx)
    for idx, m, s in singles:
        tokens = m.group(1).split()
        titles, toks = _clean_tokens(tokens)
        if not toks and len(titles) == 1 and _word_as_family_name(titles[0], s.text, m.start(), people):
            people[titles[0].lower()] = Person(titles[0], titles[0].lower(), weak=False)
            continue
        if len(toks) != 1:
            continue
        tok = toks[0]
        key = tok.lower()
        at = m.start() + m.group(0).find(tok)
        if key in people or key in skip or _nickname_of(key, people) or _inner_surname(key, people, (idx, m.start())) \
                or _of_the_family(key, people) \
                or _misspelt(key, people, s.text, at, at + len(tok)) or key in lower_words \
                or possessive_off(key) in _NOT_NAME or key in _NUMBER_WORDS or len(tok) < 3 or _demonym(tok) or \
                tok.endswith(".") or tok.isupper() or (key in _PLACE_WORDS and key not in first_names()) \
                or any(t.lower() in _PLACE_PREFIX for t in titles) \
                or (titles and not any(map(_is_title, titles))
                    and re.search(r"\b(?:the|a|an)\s+$", s.text[:m.start()])) \
                or re.search(r"(?:\b(?:a|an)|\d)\s+$", s.text[max(0, at - 8):at]) \
                or (not s.text[:at].strip() and _PARTICIPLE_OPENING.match(s.text, at)):
            continue  # 'Lower Hull's Gulch', 'Old Forge', 'New Britain', 'Big John's', 'Van Dyke', 'the Red Lobster'
        start = m.start() + m.group(0).find(tok)
        end = start + len(tok)
        if _ends_place(s.text[max(0, start - 30):end]):
            continue  # 'Baton Rouge', "Town 'n' Country": the end of a place's name
        if s.index == 0 and start == 0 and key in common_words() and not s.text.rstrip().endswith((".", '"', "”")):
            continue  # a headline's first word: 'Pedestrian killed by ...', 'Inmate dies at ...' (not 'Ball was shot.')
        if re.search(r"[a-z][A-Z]", tok) and re.search(r"\b(?:a|an|the)\s+[\"“]?$", s.text[max(0, start - 6):start],
                                                      re.I):
            continue  # a brand written with a capital inside: 'at an AutoZone', 'a "LoJack hit"'
        if (re.search(r"\b(?:a|an|the)\s+$", s.text[max(0, start - 4):start], re.I)
                and (_is_place(tok) or _NOUN_AFTER.match(s.text[end:]))) or _NAMED_THING_AFTER.match(s.text, end):
            continue  # 'at a Titusville sports bar', 'Smith & Wesson', 'Knox and Blount counties', "Arlin's Bar"
        if key in STATE_WORDS and s.text[end:end + 1] == ".":
            continue  # 'Jackson, Miss.', 'Fresno, Calif.'
        if _is_place(tok) and (state := _STATE_AFTER.match(s.text, end)) and state_code(state.group(1)):
            continue  # 'Waterloo, Iowa — Dominique Harmon, 31, died': a town and its state
        # ('Seattle, Washington,' is the state, though Washington may be a family name)
        state_here = state_code(tok) and (key != "washington" or _TOWN_COMMA.search(s.text, max(0, start - 30), start))
        if state_here or (start == 0 and key.endswith("ly") and key in common_words()) \
                or re.search(r"\b(?:St|Ft|Mt|Port|Fort|Mount|Lake)\.?\s*$", s.text[max(0, start - 7):start]) \
                or (_is_place(tok) and s.text[end:end + 1] not in "'’" and _PLACE_NOUN.match(s.text, end)):
            continue  # 'a Virginia trooper', 'Fatally shot by ...', 'St. Louis', 'the Huntersville hospital'
        if _is_place(tok) and re.search(r"\b(?:downtown|north|south|east|west|northeast|northwest|southeast|"
                                        r"southwest|central|suburban)\s*$", s.text[max(0, start - 12):start], re.I):
            continue  # 'in downtown Orlando', 'Southwest Fresno'

        before, after = s.text[max(0, start - 80):start], s.text[end:]
        age_a = _AGE_AFTER.match(after)
        age_b = _AGE_BEFORE.search(before)
        if _is_place(tok) and (re.search(r"\b(?:[Ii]n|(?<!fired )(?<!shot )[Aa]t|of|[Nn]ear|from|to|[Oo]utside|for)"
                                        r"(?:\s+(?:nearby|neighboring|neighbouring|suburban|rural))?\s*$", before)
                               and not ((_VERB_BEFORE.search(before) or _APPOSED_PERSON.match(after)
                                         or _KIN_AFTER.match(after))  # 'called to Newcomb's home'
                                        # (but 'In Pueblo, a man believed to be in his 50s' opens with a place)
                                        and not re.fullmatch(r"\s*In\s+", before))
                               or re.match(
                r"\s+(?:and|or)\s+[A-Z][\w-]+\s+(?:police|officers?|deput\w+|sheriff)", after, re.I)):
            continue  # 'an exit for Tillicum', 'from nearby Montebello', 'Plantation and Davie police officers'
        if _ALIAS_BEFORE.search(before):
            continue  # 'Dolores Ann McAllister, known to neighbors as "Dee,"': the name of someone named before
        if not (age_a or age_b) and _FROM_PLACE.search(before):
            continue  # 'a worker originally from Zacatecas, Mexico, was fatally shot': places, not people
        if _is_place(tok) and (re.search(r"\bby\s+(?:an?|the)\s*$", before) or re.match(
                r"(?:['’]s?)?\s+(?:police|officers?|county|sheriff|deput\w*|city|fire|area|man|woman|resident)\b",
                after, re.I)):
            continue
        if _ANIMAL_BEFORE.search(before):
            continue  # 'a sheriff's office K-9 named Rex'
        if re.match(r"\s+(?:deputies|officers|troopers|police|agents)\b", after) and not (age_a or age_b):
            continue  # 'Volusia deputies fatally shoot man': a force's county or town the gazetteer lacks
        context = bool(age_a or age_b or C.BEFORE_PATIENT.search(before)
                       # 'Mr. Newcomb'
                       or any(t.lower() in HONORIFICS for t in titles) or _HONORIFIC_BEFORE.search(before)
                       or C.AFTER_PATIENT.match(after) or _CONTEXT_BEFORE.search(before)
                       or _KIN_AFTER.match(after) or _APPOSED_PERSON.match(after) or _PERSON_NOUN_BEFORE.search(before)
                       or (_REPORTED_BEFORE.search(before) and _VERB_AFTER.match(after)))
        if not context and key in common_words() and _VERB_BEFORE.search(before) and not _FORCE_AFTER.match(after) \
                and not _NOUN_AFTER.match(after) and not _is_place(tok):
            context = True  # a word written with a capital inside a sentence, done to like a person: 'found Love on
            # his cellphone', 'stopped Young for speeding'
        if not context and key not in common_words() and not state_code(tok) and _person_slot(before, after):
            context = True  # 'serve a warrant to Jefferson, and that he was wanted', 'fired at Smith as he drove'
        if not context and len(seen.get(key, ())) >= 2 and not state_code(tok) and key not in common_words() \
                and (_VERB_AFTER.match(after) or _VERB_BEFORE.search(before)):
            context = True  # named again and again, acting or acted upon: a person, even if also a place
        if not context and (key in common_words() or _not_a_person_here(before, after) or state_code(tok)
                            or re.search(r"\b(?:St|Ft|Mt)\.\s*$", before)
                            or (_is_place(tok) and not (_VERB_AFTER.match(after) or _VERB_BEFORE.search(before)))):
            continue
        roles = [w.lower().rstrip(".,") for w in _role_context(before, after)]  # 'his wife of 57 years, Joan,'
        people[key] = Person(tok, key, weak=not (context or roles))
        people[key].role_words.update(roles)
        for age_m in (age_b, age_a):
            if age_m:
                people[key].ages.append((_age_in(age_m), idx))


#: a participle opening a sentence: 'Aided by a search dog, deputies found ...'
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+(?:ed|ing)\s+(?:by|with|to|from|in|on)\b")
#: family names that are also words and may open a sentence about the person ('White was allegedly armed'),
#: unlike 'May', 'Price' or 'North'
_SURNAME_OPENS = {"white", "black", "christian", "lance", "ford", "young", "lane", "fox", "pike", "west"}


def _word_as_family_name(word: str, text: str, start: int, people: dict[str, Person]) -> bool:
    """A family name that is also a word, used alone ('Ford', 'White', 'West'), where only a person fits: done to
    like a person ('shot Ford after a struggle', 'pulled West over'), as officials tell it ('Police allege Ford
    charged them'), or opening a sentence about what he or she did ('White was allegedly hiding')."""
    key = word.lower()
    if key not in _SURNAME_TOO | _SURNAME_BEFORE_AGE or key in people or not word[:1].isupper() or word.isupper():
        return False
    before, after = text[max(0, start - 80):start], text[start + len(word):]
    if _RACE_NOUN_AFTER.match(after) or _NOUN_AFTER.match(after) or _FORCE_AFTER.match(after) \
            or re.match(r"\s*(?:[A-Z]|&|\d)", after):
        return False  # 'White man', 'Ford truck', 'West Side', 'Ford F-150'
    if _AGE_AFTER.match(after) or re.match(r",\s+who\b", after):
        return True
    if _VERB_BEFORE.search(before):
        return True
    if _VERB_AFTER.match(after) and not re.match(r",", after):
        if re.match(r"\s+(?:was|is|had|has)\s+(?!\w+(?:ed|ing|ly)\b|been\b|(?:in|at|on|inside|outside|near|with)\s)",
                    after):
            return False  # 'White was the color of the car' (not 'White was allegedly hiding', 'Pike was in the area')
        return bool(_REPORTED_BEFORE.search(before)) or (key in _SURNAME_OPENS and not before.strip())
    return False


#: a state right after a town: 'Waterloo, Iowa', 'Ogden, Utah —'
_STATE_AFTER = re.compile(r",\s+([A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)(?=\s*(?:[,—–:-]|$))")
_TOWN_COMMA = re.compile(r"[A-Z][\w.'’-]*,\s*$")


def _ends_place(text: str) -> bool:
    """The last word of `text` ends a known place's name of two or three words ('... killed by Baton Rouge')."""
    words = text.split()
    return any(_is_place(" ".join(words[-n:])) for n in (2, 3) if len(words) >= n and words[-n][:1].isupper())


_HOUSE_NUMBER = re.compile(r"\b\d{1,5}\s+(?:block\s+(?:of\s+)?)?(?:[NSEW]\.?\s+)?$")
# after a name: an agency ('Cy Fair ISD police') or an apposition saying what place it is
_THING_AFTER_NAME = re.compile(r"\s+(?:[A-Z]{2,5}\s+)?(?:police|officers?|deput\w+|troopers?)\b|"
                               r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:restaurant|bar|store|business|hotel|motel|"
                               r"church|school|company|club|nightclub|shop|market|apartment complex)\b")
#: capitalised words in front of one that make it part of a place's name, not a person's
_PLACE_PREFIX = {"new", "old", "the", "big", "little", "lower", "upper", "canyon", "lake", "mount", "fort",
                 "port", "grand", "great", "san", "santa", "los", "las", "saint", "st.", "st"}
# after a word: it names a thing or place ('Smith & Wesson', 'Blount counties', "Arlin's Bar")
_NAMED_THING_AFTER = re.compile(r"\s*&|(?:\s+(?:and|or)\s+[A-Z][\w-]+)?\s+(?:counties|boulevards|streets|avenues|roads|"
                                r"drives|highways|townships|parishes)\b|['’]s?\s+(?:[A-Z][\w-]*\s+){0,2}(?:Bar|Store|"
                                r"Grill|Restaurant|Tavern|Pub|Inn|Motel|Hotel|Market|Shop|Liquor|Lounge|Cafe|Diner|Club|"
                                r"Package|Pizza|Auto|Garage|Farm|Ranch|Gulch|Creek|Landing|Crossing|Corner)\b")
_DET_BEFORE = re.compile(r"(?:\b(?:the|a|an|at|in|on|near|into|to|from|of|outside|inside|toward|via|onto|northbound|"
                         r"southbound|eastbound|westbound|her|his|their)\s+|\d-)$", re.I)
_STREET_AFTER = re.compile(r"^\s+(?:avenues?|streets?|roads?|St\.|Ave\.|Rd\.|drives?|boulevard|blvd|lanes?|parkway|"
                           r"highway|Department|Dept|County|Fire|Center|Apartments|Inn|Motel|Hotel|Mall|Condos|"
                           r"(?-i:Circle|Court|Plaza|Terrace|Trail|Pike|Expressway|Freeway))(?!\w)", re.I)
#: 'fired at', 'pointed a gun at': what follows is a person, not a place ('at the Kroger')
_AIMED_AT = re.compile(r"\b(?:fired|firing|shot|shooting|shoot|aimed|aiming|pointed|pointing|lunged|lunging|charged|"
                       r"charging|swung|swinging|ran|running|drove|driving|came|coming|yelled|shouted|screamed)\s+"
                       r"(?:(?:a|an|the|his|her|their|two|three|several|multiple)\s+)?(?:[\w-]+\s+){0,2}?at\s+$", re.I)
_DET_STRONG = re.compile(r"\b(?:a|an|the|at|in|into|near|outside|inside|onto|behind)\s+$", re.I)
_PLACE_NOUN = re.compile(r"(?:['’]s)?\s+(?:restaurant|store|shop|bar|grill|motel|hotel|inn|apartments?|complex|"
                         r"station|mall|market|church|school|hospital|clinic|center|plaza|park|lot|parking|road|"
                         r"street|avenue|boulevard|drive|highway|building|office|warehouse|farm|ranch|bridge|"
                         r"river|lake|creek|trail|van|truck|sedan|pickup)\b", re.I)
_APPOSITIVE_LONG = re.compile(r"^(?:,\s*\d{1,3})?,\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,4}[a-z]+)"
                              r"(?=\s*[,.;]|\s+(?:who|for|with|"
                              r"from|at|in)\b)")
_APPOSITIVE_ROLE = re.compile(r"^,\s+(?:(?:a|an|the|another|his|her|their)\s+)?(?:(\w+)\s+)?([a-z]+)\b")
_ARTICLE_AFTER = re.compile(r"^,\s+(?:a|an|the|another|his|her|their)\s")
_IRREGULAR = ("(?:began|ran|got|came|went|drove|shot|fought|threw|took|made|led|left|hit|struck|held|told|said|"
              "stood|sat|fell|broke|stole|swung|knew|saw|brought|sent|kept|let|put|set|became|began|fled|grabbed|"
              "tried|hid|rode|wore|ate|drank|spoke|wrote|lost|met|paid|sold|sought|thought|won|woke|may|might|"
              "must|will|can|should|shall|allegedly|apparently|reportedly|also|again|first|only|outside|inside|"
              "near|behind|through|into|across|around|about|over|under|armed|unarmed|alone|there|here|down|up|"
              "out|off|away|back|home|instead|twice|once|later|soon|now|then)\\b")
#: 'Jo Reyes of Tulsa was shot': where a person lives, not 'X of' as in a thing's name
_LIVES_IN = r"of\b(?=\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*[,.;]|\s+(?:and|was|were|died|is)\b))|"
_NOUN_AFTER = re.compile(r"^\s+(?!and\b|or\b|who\b|was\b|is\b|had\b|has\b|then\b|allegedly\b|reportedly\b|"
                         r"also\b|did\b|would\b|could\b|later\b|again\b|still\b|never\b|as\b|after\b|when\b|"
                         r"while\b|before\b|because\b|until\b|but\b|at\b|in\b|on\b|with\b|from\b|to\b|for\b|"
                         r"that\b|if\b|by\b|" + _LIVES_IN + _IRREGULAR + r")[a-z]+(?<!ed)(?<!s)(?<!ing)(?<!ly)\b"
                         r"(?!\s+(?:him|her|them|the|a|at|"
                         r"to)\b)")


_KIN_AFTER = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:sister|brother|mother|father|wife|husband|girlfriend|boyfriend|"
                        r"home|house|residence|bedroom|"
                        r"son|daughter|family|relatives|attorney|lawyer|body|death|funeral|apartment|autopsy)\b")
_VERB_AFTER = re.compile(r"\s+(?:(?:first|then|later|also|again|still|never|once|suddenly|immediately)\s+)?"
                         r"(?:was|were|had|is|has|allegedly|reportedly|then|refused|pointed|fired|ran|fled|got|"
                         r"told|led|left|held|took|came|went|stood|hid|swung|threw|fought|broke|stole|drew|made|kept|"
                         r"sped|rode|bit|sat|lay|fell|"
                         r"drove|pulled|raised|charged|lunged|threatened|died|became|began|tried|continued|"
                         r"met|shot|struck|hit|stabbed|standing|sitting|walking|driving|holding|wielding|apparently|"
                         r"[a-z]{2,}ed)\b|"
                         r",\s+(?:who|whose|\d{1,3},)")
_VERB_BEFORE = re.compile(r"\b(?:found|shot|killed|confronted|saw|located|spotted|stopped|chased|approached|arrested|"
                          r"contacted|picked|tackled|restrained|handcuffed|detained|"
                          r"tasered|tased|struck|hit|told|ordered|pursued|followed|shooting|killing|encountered|calm|"
                          r"pulled|"
                          r"(?:fired|shot) at|caught up with|(?:gunfire|shots|struggled|fought|scuffled|argued|"
                          r"negotiated|talked|spoke|standoff) with|"
                          # 'After stopping Haynes', 'frisked Griffin', 'made contact with Becker', 'serve a warrant to
                          # Jefferson', 'fired three rounds at Smith', 'in pursuit of Glass', 'occupied by Williams'
                          r"stopping|chasing|confronting|approaching|arresting|contacting|detaining|restraining|"
                          r"handcuffing|pursuing|following|tasing|tasering|subdued|subduing|cornered|cornering|frisked|"
                          r"frisking|searched|searching|cite|citing|"
                          r"(?:contact|speak|talk|talking|speaking|struggling|fighting|wrestled|wrestling|grappled|"
                          r"grappling|dealing|deal) with|"
                          r"warrants?\s+(?:\w+\s+){0,2}?(?:on|to|for)|(?:rounds|shots|beanbags?|bullets) at|"
                          r"(?:pursuit|custody) of|occupied by|welfare check on|"
                          # 'attempting to talk to Apostolos', 'to locate Mebane', 'arrived to find Leonard'
                          r"to\s+(?:talk\s+to|speak\s+to|reason\s+with|locate|subdue|arrest|apprehend|detain|"
                          r"contact|restrain|handcuff|pull|find|calm|stop|tase|taser|shoot|confront|question|"
                          r"interview|evict|transport|check\s+on)|"
                          r"(?:assaulted|attacked|rammed|confronted|met)\s+(?:by|with)|"
                          r"(?:stun\s+guns?|tasers?|force|pepper\s+spray|batons?)\s+(?:\w+\s+){0,3}?on)\s+$")
#: right after a lone word: an apposition that tells what person it is ('Atkinson, a combat veteran with PTSD,')
_APPOSED_PERSON = re.compile(r",\s+(?:a|an)\s+"
                             r"(?:(?!(?:a|an|the|officer|deputy|trooper|agent|police)\b)[a-z-]+\s+){0,3}?"
                             r"(?:man|woman|boy|girl|teen|teenager|veteran|father|"
                             r"mother|suspect|resident|student|husband|wife|son|daughter|grandfather|grandmother|"
                             r"worker|employee|inmate|patient|motorist|pedestrian|parolee|felon|immigrant|refugee)\b")
#: right after a lone word: a clause about him or her ('fired three rounds at Smith as he accelerated')
_PERSON_AFTER = re.compile(_APPOSED_PERSON.pattern + r"|(?:,\s*|\s+)(?:(?:and|but|as|when|after|because|while|until|"
                           r"before)\s+)?(?:that\s+)?(?:he|she)\s+(?!said\b|says\b|told\b)[a-z]")
#: right after a lone word: others named with him or her ('Crittenden and another man were shooting')
_WITH_OTHERS_AFTER = re.compile(r"\s+and\s+(?:a|an|another|his|her|their|two|three|four|several|other|a\s+second)\s+"
                                r"(?:[a-z-]+\s+)?(?:man|men|woman|women|others|friends?|brother|sister|son|daughter|"
                                r"wife|husband|girlfriend|boyfriend|passengers?|companions?|suspects?|accomplices?)\b")
#: a person's noun right before a lone word: 'motorcyclist Dixon', 'suspect Baker'
_PERSON_NOUN_BEFORE = re.compile(r"\b(?:motorcyclist|pedestrian|bicyclist|cyclist|motorist|bystander|suspect|inmate|"
                                 r"teenager|parolee)\s+$")
#: 'Police allege Ford charged them', 'Police said Ball ran': who did something, as officials tell it
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|say|alleged?|alleges|claimed|claims?|reported|reports?)\s+(?:that\s+)?$")


#: an honorific right before a lone family name: 'encountered Mr. Newcomb advancing'
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx)\.?\s+$")
#: a title right before a run of names, cut off from it by its full stop: 'Sgt. J.F. Hinson'
_TITLE_BEFORE = re.compile(r"\b(?:Sgt|Sgts|Lt|Capt|Cpl|Det|Dets|Ofc|Ofcr|Cmdr|Supt|Insp|Dep)\.\s+$")


#: after a word: a force or a service it names ('Fredonia firefighters', 'Akron police'), so no person
_FORCE_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:police|officers?|deput\w+|firefighters?|fire|county|city|"
                          r"sheriff\w*|troopers?|agents?|paramedics?|medics?|EMS)\b", re.I)


def _person_slot(before: str, after: str) -> bool:
    """A lone word sits where a person does: after a verb done to people ('After stopping Haynes', 'a warrant to
    Jefferson'), or before an apposition or a clause about him or her ('Atkinson, a combat veteran', 'Smith as he
    drove') and not after a determiner or a place's preposition ('at the Red Lobster when he', 'in Lancaster after
    she bit')."""
    if _VERB_BEFORE.search(before):
        return not _FORCE_AFTER.match(after)  # 'to assist Fredonia firefighters'
    return bool(_PERSON_AFTER.match(after) or _WITH_OTHERS_AFTER.match(after)) and not re.search(
        r"\b(?:the|a|an|in|near|from|outside|of|into|at|to|through)\s+(?:[A-Z][\w'’-]*\s+)?$", before, re.I)


def possessive_off(word: str) -> str:
    """'smith's' -> 'smith' ('parks' stays 'parks')."""
    return re.sub(r"['’]s?$", "", word)


#: words that open a sentence or clause, capitalised there, before a name ('When Abernathy left the vehicle')
_CLAUSE_OPENERS = {"when", "after", "before", "while", "as", "if", "because", "although", "though", "once", "until",
                   "since", "then", "but", "and", "so", "where", "whereupon", "later", "eventually", "finally"}


#: a relative named right after: "Broussard's father, ", 'his sister ' (the kin words of FAMILY_WORDS)
_KIN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(FAMILY_WORDS, key=len, reverse=True)) + r")\s*,?\s*$", re.I)


def _not_a_person_here(before: str, after: str) -> bool:
    """Capitalised words after 'the/at/in' or before a noun ('Kroger parking lot') name a place or thing; not
    after a word for someone's kin or death ('The mother of Selena Chavez', 'the killing of Ja'Quan Roe')."""
    if _OF_A_PERSON.search(before):
        return False
    prev = re.search(r"([A-Za-z][\w-]*)\s+$", before)
    if prev and prev.group(1)[0].isupper() and prev.group(1).lower() in _NOT_NAME \
            and prev.group(1).lower() not in _CLAUSE_OPENERS:
        return True  # 'Nissan Sentra', 'Jeep Patriot'
    if re.search(r"\d+(?:st|nd|rd|th)?\s+(?:and|&)\s+$", before) or re.search(r"\b\d{1,5}\s+(?:[NSEW]\.\s+)?$", before):
        return True  # '6th and Wolf', '611 Broadway', '204 E. Indiana'
    return bool(_DET_BEFORE.search(before) or _NOUN_AFTER.match(after) or _STREET_AFTER.match(after)
                or _EVENT_AFTER.match(after))


#: what only a person is had of: 'the mother of', 'relatives of', 'the death of', 'the fatal shooting of'
_OF_A_PERSON = re.compile(r"\b(?:(?:grand|step)?(?:mother|father|son|daughter|parents?)|sister|brother|family|"
                          r"relatives|widow|wife|husband|girlfriend|boyfriend|fianc[ée]e?|aunt|uncle|cousin|children|friends?|"
                          r"death|killing|shooting|funeral|memory|body|estate|attorneys?|lawyers?)\s+of\s+$", re.I)
#: a name used of an event: 'a deadly Ahwatukee shooting', 'the Kirkwood standoff'
_EVENT_AFTER = re.compile(r"\s+(?:shootings?|stabbings?|crash|robbery|homicide|murders?|killings?|standoff|"
                          r"incident|massacre|rampage)\b")


#: what the person is, not whose relative: 'Linda Story, a grandmother of five,', 'a father of two'
_PARENT_OF = re.compile(r"^,\s+an?\s+(?:\w+\s+)?(?:(?:grand|great-grand|step)?(?:mother|father)|parent)\s+of\s+"
                        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|an?)\b")


def _appositive_role(after: str) -> list[str]:
    """'Shatara Farrow, another cousin, said' -> ['cousin']."""
    m = _APPOSITIVE_ROLE.match(after)
    # not a verb and its object ('Alexander Myers, confronted officers with a rifle'), nor a clause's subject
    # ('Scout Schultz, who officers said was armed')
    if m and not (m.group(1) and re.fullmatch(rf"[a-z]+ed|{_IRREGULAR}|who|whom|whose|which|that", m.group(1))) \
            and not _PARENT_OF.match(m.group(0) + after[m.end():]) \
            and not (m.group(1) and m.group(1).endswith("s") and not _ARTICLE_AFTER.match(after)):
        # (not 'the family of Leona Barrett, officials announced': a plural without an article opens a clause)
        for w in (m.group(1), m.group(2)):
            if w and (w.lower() in POLICE_TITLES or w.lower() in OTHER_TITLES or w.lower() in FAMILY_WORDS):
                return [w.lower()]
    m = _APPOSITIVE_LONG.match(after)  # 'Christofer Kitto, 34, an off-duty Albany police officer,'
    if m and not re.search(r"\b(?:former|retired|ex-\w+)\b", m.group(1)):
        for w in m.group(1).split():
            if w in POLICE_TITLES:
                return [w]
    return []


# between two names of one list: ', ', ' and ', ', 29, ', and other capitalised names the finder
# left out ('Paul Tovar, Darren Lance, John Garry and Raymond Panek')
_LIST_GAP = re.compile(r"(?:\s*(?:,\s*\d{1,3}\s*)?(?:,|;|,?\s+and|,?\s+&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})*"
                       r"\s*(?:,\s*\d{1,3}\s*)?(?:,|;|,?\s+and|,?\s+&)\s+")


def _spread_roles_in_lists(people: dict[str, Person], sents: list[Sentence]) -> None:
    """'Deputies Brandon Senters, Jacob Adams and Michael Tapawan': everyone listed with an officer is one."""
    by_sentence: dict[int, list[tuple[Mention, Person]]] = {}
    for p in people.values():
        for m in p.mentions:
            by_sentence.setdefault(m.sentence, []).append((m, p))
    for idx, items in by_sentence.items():
        items.sort(key=lambda t: t[0].start)
        text = sents[idx].text
        groups: list[list[Person]] = [[items[0][1]]]
        for (m1, _), (m2, p2) in zip(items, items[1:]):
            gap = text[m1.end:m2.start]
            if _LIST_GAP.fullmatch(gap):
                groups[-1].append(p2)
            else:
                groups.append([p2])
        for g in groups:
            roles = {q.role for q in g if q.role}
            # 'Deputies A, B and C' share the title; 'Officer Amanda Ruiz, 29, and Jerome Fields, 50' do not
            plural = any(w in _PLURAL_TITLES for q in g for w in q.role_words)
            if "police" in roles and plural:
                for q in g:
                    q.role = q.role or "police"


_PLURAL_TITLES = {"officers", "deputies", "troopers", "agents", "detectives", "sergeants", "sgts", "sgts.", "officers'",
                  "cops", "patrolmen", "rangers", "marshals", "cpls", "cpls.", "dets", "dets.", "lts", "lts.",
                  "lieutenants", "corporals", "investigators"}


def _same_first(a: str, b: str) -> bool:
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


#: words that end the name of a place or an organisation, not of a person
_PLACE_WORDS = {"lane", "highway", "hospital", "parkway", "parish", "sheriff", "sheriff's", "sheriff’s", "slip",
                "policing", "crimes", "coast", "area", "station", "township", "suites", "creek", "road", "street",
                "avenue", "drive", "boulevard", "way", "court", "park", "center", "school", "church", "county",
                "department", "office", "bureau", "division", "unit", "force", "team", "services", "service", "inn",
                "motel", "hotel", "apartments", "mall", "store", "market", "bar", "grill", "club", "plaza", "bridge",
                "trail", "canyon", "river", "lake", "gulch", "glenn", "fisheries", "patrol", "police", "university",
                "college", "academy", "hut", "jug", "recreation", "wilderness", "transit", "authority", "tribes",
                "medical", "memorial", "elementary", "catholic", "baptist", "methodist", "jail", "prison",
                "correctional", "detention", "regional", "international", "heights", "hills", "gardens", "estates",
                "terrace", "acres", "neighborhood", "side"}  # 'the North Side'


_VERB_LIKE = re.compile(r"(?:ed|ly|ing)$")


def _cut_at_stop(toks: list[str]) -> list[str]:
    out = []
    for t in toks:
        if t.lower() in _NOT_NAME:
            break
        out.append(t)
    return out


_ROLE_IDENTIFIED = re.compile(r"\b(officer|deputy|trooper|agent|sergeant|detective|policeman|policewoman|mayor|"
                              r"chief|sheriff|spokesman|spokeswoman|spokesperson)s?,?\s+(?:who\s+)?(?:was\s+)?"
                              r"(?:later\s+)?(?:identified|named)\s+as\s+$", re.I)


#: verbs of telling or showing, before whom one told: 'He told officers Ruiz had shot him'
_TOLD_VERBS = frozenset({"told", "tell", "tells", "telling", "informed", "showed", "warned", "asked", "alerted"})


def _role_context(before: str, after: str = ",") -> list[str]:
    """Role words right before a name: 'city official X', 'his mother X', 'Officer X', 'the officer, X,'
    (an apposition closes with a comma or 'who': 'a fight with a deputy, X was shot' is none)."""
    named = _ROLE_IDENTIFIED.search(before[-60:])
    if named:
        return [named.group(1).lower()]  # 'the officer, identified as Dwight Moorer,'
    words = re.findall(r"[A-Za-z.'’-]+|,", before[-40:])
    if len(words) > 3 and words[-1] == "," and words[-2].lower() in ("years", "months") and words[-3] == "of":
        words = [*words[:-3], ","]  # 'his wife of 57 years, Joan,'
    comma = False
    while words and words[-1] in (",", "the"):
        comma = comma or words[-1] == ","
        words.pop()
    if comma and len(words) > 2 and words[-2].lower() in ("in", "from") and words[-1][:1].isupper():
        words = words[:-2]  # 'a Border Patrol agent in Texas, Juan Ortiz,'
    if not words:
        return []
    last = words[-1].lower().rstrip(".,")
    # or ends the sentence after a quote's 'said his daughter, Kim Nguyen.'
    closes = bool(re.match(r"\s*(?:,|\(|who\b|\d|and\b)", after)) or bool(
        re.match(r"[.!?\"”’]*\s*$", after)
        and re.search(r"\b(?:said|says|according to)\s+(?:[\w'’]+\s+){1,2}\w+,\s*$", before))
    if comma and not (closes and (after.lstrip().startswith((",", "and ")) or (len(words) > 1 and words[-2].lower() in (
            "the", "a", "an", "one", "another", "his", "her", "their", "two", "three", "other", "second", "first")
            or words[-2].lower().endswith(("'s", "’s"))))):  # 'said the group's director, Carmen Leyba.'
        return []  # 'shooting at officers, Fairbanks hid' is no apposition
    if len(words) > 2 and words[-2].lower() == "and" and words[-3].lower() in FAMILY_WORDS and last in FAMILY_WORDS \
            and (len(words) < 4 or words[-4].lower() not in ("his", "her", "their", "whose", "the", "a")):
        return []  # 'husband and wife, Dennis Tuttle and Rhogena Nicholas': the pair, nobody's kin
    if not comma and words[-1] in ("officers", "deputies", "troopers", "agents", "detectives") \
            and len(words) > 1 and words[-2].lower() in _TOLD_VERBS:
        return []  # 'He told officers Ruiz had shot him': whom he told, then who did it
    if last in POLICE_TITLES or last in OTHER_TITLES or last in FAMILY_WORDS or _is_title(words[-1]):
        return [w for w in words[-2:] if w != ","]
    return []


def _title_case(text: str) -> bool:
    """A headline in Title Case ('Police Shoot Man After Chase'), not a sentence with many names that
    ends like one ('Police killed John Smith in Tulsa, Oklahoma.')."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    if not words:
        return False
    lower = sum(not w[0].isupper() for w in words)
    return lower == 0 or (lower / len(words) < 0.2 and not text.rstrip().endswith("."))
