"""Where it happened: US city and state named in article text.

Cities are checked against the Census place list (`lexicon.places`), so "in
Aguanga" is a place and "in March" is not.  Patterns, strongest first: a
dateline ("AUSTIN, Texas (AP) —"), "City, State", "the City Police
Department", "in City".  A state comes from the same phrase, else from a state
named in the article, else from the city when one state holds by far the
biggest place of that name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from .lexicon import common_words, counties, first_names, places

# AP-style abbreviations and full names -> USPS
_STATES = {
    "Alabama": "AL", "Ala.": "AL", "Alaska": "AK", "Arizona": "AZ", "Ariz.": "AZ", "Arkansas": "AR", "Ark.": "AR",
    "California": "CA", "Calif.": "CA", "Colorado": "CO", "Colo.": "CO", "Connecticut": "CT", "Conn.": "CT",
    "Delaware": "DE", "Del.": "DE", "District of Columbia": "DC", "D.C.": "DC", "Florida": "FL", "Fla.": "FL",
    "Georgia": "GA", "Ga.": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Ill.": "IL", "Indiana": "IN",
    "Ind.": "IN", "Iowa": "IA", "Kansas": "KS", "Kan.": "KS", "Kans.": "KS", "Kentucky": "KY", "Ky.": "KY",
    "Louisiana": "LA", "La.": "LA", "Maine": "ME", "Maryland": "MD", "Md.": "MD", "Massachusetts": "MA",
    "Mass.": "MA", "Michigan": "MI", "Mich.": "MI", "Minnesota": "MN", "Minn.": "MN", "Mississippi": "MS",
    "Miss.": "MS", "Missouri": "MO", "Mo.": "MO", "Montana": "MT", "Mont.": "MT", "Nebraska": "NE", "Neb.": "NE",
    "Nevada": "NV", "Nev.": "NV", "New Hampshire": "NH", "N.H.": "NH", "New Jersey": "NJ", "N.J.": "NJ",
    "New Mexico": "NM", "N.M.": "NM", "New York": "NY", "N.Y.": "NY", "North Carolina": "NC", "N.C.": "NC",
    "North Dakota": "ND", "N.D.": "ND", "Ohio": "OH", "Oklahoma": "OK", "Okla.": "OK", "Oregon": "OR",
    "Ore.": "OR", "Pennsylvania": "PA", "Pa.": "PA", "Rhode Island": "RI", "R.I.": "RI", "South Carolina": "SC",
    "S.C.": "SC", "South Dakota": "SD", "S.D.": "SD", "Tennessee": "TN", "Tenn.": "TN", "Texas": "TX",
    "Tex.": "TX", "Utah": "UT", "Vermont": "VT", "Vt.": "VT", "Virginia": "VA", "Va.": "VA", "Washington": "WA",
    "Wash.": "WA", "West Virginia": "WV", "W.Va.": "WV", "Wisconsin": "WI", "Wis.": "WI", "Wyoming": "WY",
    "Wyo.": "WY", "Puerto Rico": "PR",
}
_USPS = {v for v in _STATES.values()}
#: USPS -> the state's full name ('NY' -> 'New York')
STATE_NAME = {v: k for k, v in reversed(_STATES.items()) if not k.endswith(".")}
#: lower-case state abbreviations without their dot ('calif', 'miss'): never a person's name
STATE_WORDS = frozenset(k.lower().rstrip(".") for k in _STATES if k.endswith(".") and "." not in k[:-1])
STATE_ALT = _STATE_ALT = "|".join(re.escape(k) for k in sorted(_STATES, key=len, reverse=True))
#: after a state's name: the name is not part of a place's ('Kansas City', 'Washington County', 'Washington,
#: D.C.', 'Virginia Avenue')
STATE_END = r"(?![a-z])(?!\s+(?:City|County|Parish|Beach|Avenue|Ave\.|Street|St\.|Boulevard|Blvd\.|Road|Rd\.|Drive|" \
            r"Heights|Square|Park|Hills|Lane|Place|Township|Village)(?!\w))(?!,?\s*D\.\s?C\.)"
_CAP = r"[A-Z][a-zA-Z'’.\-]*"
_PLACE = rf"(?:(?:St\.?|Ft\.|Mt\.|Port|Fort|Saint|La|Los|Las|El|San|Santa|New|North|South|East|West|Lake)\s+)?{_CAP}" \
         rf"(?:\s+(?:d['’])?{_CAP}){{0,2}}"  # 'Coeur d'Alene'
_STATE_ENDS = re.compile(STATE_END)
_CITY_STATE = re.compile(rf"\b(?P<city>{_PLACE}),\s+(?P<state>{_STATE_ALT}|[A-Z]{{2}}(?![A-Z]))(?![a-z])")  # not 'OHP'
_DATELINE = re.compile(rf"^(?P<city>[A-Z][A-Z .'\-]*[A-Z.]|{_PLACE}),?\s*(?:(?P<state>{_STATE_ALT}|[A-Z]{{2}})\s*)?"
                       r"(?:\((?:AP|Reuters|CNN|UPI)\))?\s*[—–-]{1,2}\s")
_DIR = r"(?:(?P<dir>north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|" \
       r"central|downtown|midtown|uptown|suburban|rural|nearby|neighboring|" \
       r"North|South|East|West|Northeast|Northwest|Southeast|" \
       r"Southwest|Downtown|Central)\s+)?"
_SUBPLACE = re.compile(rf"\s+(?:in|of)\s+(?:the\s+(?:city|town)\s+of\s+)?{_CAP}")
_EARLIER_CRIME = re.compile(r"(?:\b(?:robbery|robberies|burglary|burglaries|carjackings?|homicides?|murders?|killings?|"
                            r"theft|stabbings?|warrants?|wanted|crimes?)\s+(?:\w+\s+)?(?:in|at)|\bout of|"
                            r"\b(?:robbing|robbed|stealing|stole|burglarizing)\s+(?:[\w-]+\s+){0,4}in)"
                            # 'wanted in Charlotte and (Myrtle Beach)'
                            r"(?:\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?),?\s+(?:and|or))?\s*$", re.I)
#: an earlier crime told as an act: 'after allegedly killing his girlfriend in Baldwyn', 'had killed his
#: girlfriend as she worked at a nursing facility in University Place'
_EARLIER_ACT = re.compile(r"\b(?:(?:after|for|(?:suspected|accused) of)\s+(?:allegedly\s+)?(?:killing|stabbing|"
                          r"murdering|robbing|carjacking|kidnapping|raping)|had\s+(?:allegedly\s+)?(?:killed|stabbed|murdered|robbed|carjacked|"
                          r"kidnapped|raped))\b(?:(?!\b(?:killed|shot|police|officers?|deputies)\b)[^.;:]){0,80}?\s(?:in|at|near)\s*$",
                          re.I)  # not '... in Lawrence were shot and killed by police in Fishers'
#: a force that was looking for the person, not where it happened: 'wanted by the Amarillo Police
#: Department', 'had been reported missing by Norman police', 'told Dublin police he was missing'
_SOUGHT_BEFORE = re.compile(r"\b(?:wanted by|missing (?:by|to)|told|notified|warrants? (?:from|issued by))"
                            r"\s+(?:the\s+)?$", re.I)
#: ... 'Merrillville police said they'd been seeking', 'Police in Lewistown had a warrant for'
_SOUGHT_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:had|have|has|were|was|are|is|said they(?:['’]d| had)?|"
                           r"they(?:['’]d| had))\s+(?:been\s+)?(?:seeking|looking for|searching for|trying to "
                           r"(?:find|locate)|an? (?:\w+\s+)?warrants?|warrants)\b", re.I)
_AGENCY_AFTER = re.compile(r",?\s+(?:(?:Police|Sheriff['’]s|Sheriff|Fire)\s+(?:Department|Office|Dept)\b|"
                           # 'An off-duty Albany, Georgia, police officer ... at the family's home in Leesburg'
                           r"(?:police|sheriff['’]s)\s+(?:officers?|deput(?:y|ies)|sergeant|detective)\b)")
_TOWN_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:town|city|community|village|suburb)\b[^,;.]*$|"
                              # 'in Haysville, Kan., just south of Wichita': where the town named before lies
                              # ('in the small community of Ririe, east of Idaho Falls')
                              r"\b(?:in|near|at|(?:community|town|village|hamlet|township|borough)\s+of)\s+"
                              r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+(?:[A-Z][\w.]*"
                              r"(?:\s+[A-Z][\w.]*)?,\s+)?(?:just\s+|about\s+|some\s+|roughly\s+)?(?:[\w-]+\s+){0,2}$")
#: a hospital's town, written with its state: 'transferred to a hospital in Kansas City, Kan., where he died'
#: a place of the town named after it: 'the Natick Mall', 'the Tustin High School gym'
_FACILITY = re.compile(r"\s(?:Mall|High School|High|Middle School|Elementary School|Elementary|Station)$")
_AGENCY_SEAT = re.compile(r"\b(?:Post\s+\d+|Troop\s+[A-Z0-9]\w*|[Bb]arracks|[Hh]eadquarters|[Oo]ffice|[Oo]ffices|"
                          r"[Ff]ield [Oo]ffice|[Cc]rime [Ll]ab(?:oratory)?)\s*$")
#: a hospital's name goes on: 'flown to Erlanger hospital', 'taken to Temple University Hospital'
_HOSPITAL_AFTER = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}?(?:[Hh]ospital|[Mm]edical [Cc]ent(?:er|re)|"
                             r"[Tt]rauma [Cc]ent(?:er|re))\b")
_HOSPITAL_IN = re.compile(r"\b(?:[Hh]ospital|[Mm]edical [Cc]ent(?:er|re)|[Tt]rauma [Cc]enter)\s+in\s+$")
#: a life told before a town: 'who grew up in', 'was born and raised in', 'lived in', 'moved here from'
_LIFE_IN = re.compile(r"\b(?:grew up|raised|born|live[sd]?|living|resided|resides|moved (?:here |back )?from|"
                      r"native of|hometown of|graduated from high school|"
                      r"(?<!where he )(?<!where she )work(?:ed|s))\s+(?:\w+\s+){0,4}?(?:in|from|of|near)$|"
                      # where they came from: 'had traveled to Rochester from Chicago'
                      r"\b(?:travell?ed|came|come|arrived|visiting)\s+(?:\w+\s+){0,3}?from$", re.I)
_RESIDENT = re.compile(r"\s+(?:man|woman|men|women|teen|boy|girl|resident)\b")
_RESIDENT_AFTER = re.compile(r",?\s+(?:man|woman|men|women|teen|boy|girl|resident)\b")  # 'A Moorhead, Minn., man'
_AT_HOSPITAL = re.compile(r"(?:(?:[Hh]ospital|[Cc]linic|[Mm]edical [Cc]ent(?:er|re)|[Hh]ealth [Cc]enter|"
                          r"[Tt]rauma [Cc]enter|[Hh]ealthcare|[Hh]ealth)"
                          # 'died Wednesday at Hennepin Healthcare in', 'was flown to Harborview in'
                          r"|\b(?:died|pronounced dead|taken|transported|flown|rushed|airlifted)\s+(?:\w+\s+){0,3}?"
                          r"(?:at|to)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4}?[A-Z][\w.'’&-]*)"
                          r"\s*,?\s*$")
_UNIT = r"(?:(?:[Uu]ndercover|[Nn]arcotics|K-?9|SWAT|[Hh]omicide|[Pp]atrol|[Mm]otorcycle|[Tt]ransit|[Hh]ousing|" \
        r"[Gg]ang|[Vv]ice|[Tt]actical|[Oo]ff-duty|[Oo]n-duty|[Pp]ublic [Ss]afety|[Tt]ownship|[Cc]ity|[Vv]illage|" \
        r"[Bb]orough|[Tt]ribal)\s+)?"
_POLICE_OF = re.compile(rf"\b(?P<city>{_PLACE})\s+{_UNIT}(?:police|Police|P\.D\.|PD|[Oo]fficers?|[Dd]eputies|"
                        r"[Pp]atrolm[ae]n|[Dd]etectives?|[Ss]ergeant|Chief|Police Chief|"
                        r"Sheriff['’]s (?:Office|Department)|"
                        r"Department of Public Safety|Marshal['’]s Office)\b")
_LOCAL = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]ultiple|[Oo]ther|[Ff]our)\s+"
                    rf"(?:off-duty\s+|\d{{1,3}}-year-old\s+)?{_DIR}"
                    rf"(?P<city>{_PLACE})\s+(?:(?!police|officers?\b|deput|detective|sheriff|trooper|patrol)"
                    r"[a-z][\w-]+|man|woman|men|women|teen|boy|girl|resident|"
                    r"home|house|apartment|hotel|motel|store|"
                    r"business|bank|credit union|neighborhood|park|grocery|restaurant|bar|casino|gas station|"
                    r"high school|church|residence|street|intersection|parking lot)\b")
#: 'in X', 'near X' ... and 'entered X' ('stopped with spike strips as he entered Marysville')
_IN_CITY = re.compile(r"\b(?:[Ii]n|[Nn]ear|of|from|[Oo]utside|into|to|toward|towards|entered|entering)\s+"
                      rf"(?:the\s+(?:city|town|village)\s+of\s+|the\s+(?=\S+\s+area\b))?{_DIR}(?P<city>{_PLACE})")
#: a force's words in what _LOCAL read as a town ('the Amarillo Police Department on warrants')
_FORCE_IN_NAME = re.compile(r"\b(?:Police|Sheriff['’]?s?|Department|Officers?|Deputies|Patrol|Troopers?)\b")
#: countries and cities abroad that share a name with a US town
_ABROAD = frozenset({"mexico", "canada", "cuba", "jordan", "lebanon", "peru", "chile", "china", "japan", "india",
                     "israel", "panama", "honduras", "poland", "england", "ireland", "scotland", "wales", "holland",
                     "germany", "russia", "vietnam", "korea", "iran", "iraq", "syria", "egypt", "jamaica", "haiti",
                     "brazil", "colombia", "denmark", "norway", "sweden", "belgium", "france", "spain", "italy",
                     "greece", "turkey", "guatemala", "nicaragua", "bolivia", "ecuador", "argentina", "venezuela",
                     "paris", "london", "berlin", "moscow", "rome", "dublin", "toronto", "manila", "athens"})
#: 'in Chicago's South Shore neighborhood', 'on Milwaukee's north side': the city that owns the part
_IN_CITY_PART = re.compile(r"\b(?:in|on|near)\s+(?P<city>[A-Z][a-zA-Z.\-]*(?:\s+[A-Z][a-zA-Z.\-]*){0,2})['’]s\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:neighborhood|section|side|Side|district|area|community|suburbs?|"
                           r"downtown|outskirts|ward|Ward)\b")
#: the town that paid for what its police did: 'Oakland paid $1.5 million in a wrongful death lawsuit',
#: 'Inglewood agreed to pay $8.6 million to settle'
_CITY_PAID = re.compile(rf"\b(?P<city>{_PLACE})\s+(?:has\s+|will\s+|later\s+)?(?:paid|agreed to pay|settled|"
                        r"will pay|to pay)\s+(?:\w+\s+){0,3}?(?:\$[\d.,]+\s*(?:million|billion)|a settlement|"
                        r"(?:the|a|his|her)\s+(?:\w+\s+)?(?:family|lawsuit|suit))")
_PAID = re.compile(r"\b(?:paid|pay|settled)\b")
#: a big city's name written in lower case, before its force or after a direction word: 'by vancouver
#: police', 'in downtown seattle' (not 'rest in paradise')
_LOWER_FORCE = re.compile(r"(?<=[a-z]) (?:police|officers?|deputies)\b")
#: big cities' names that are also words or names in lower-case text ('a surprise police raid')
_LOWER_WORDS = frozenset({"buffalo", "carolina", "centennial", "elizabeth", "enterprise", "independence", "lincoln",
                          "madison", "mesa", "orange", "paradise", "phoenix", "providence", "surprise", "warren",
                          "washington", "henderson", "brandon", "gilbert", "norman", "eugene", "corona", "salem",
                          "augusta", "athens", "cambridge", "hollywood", "charlotte", "austin", "montgomery",
                          "columbus", "cleveland", "lexington", "jackson", "victoria", "erie", "winston"})
_LOWER_IN = re.compile(r"\b(?:in|near) (?:downtown|north|south|east|west) ([a-z]+(?: [a-z]+)?)(?=[,.;]| on\b)")
_STREET = re.compile(r"\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard|Blvd\.|Lane|Way|Court|Place|"
                     r"Parkway|Highway|Park|High|Middle|Elementary|School|Mall|Center|Hospital|Apartments|County)\b")
_CROSS_STREETS = re.compile(rf"\s+(?:and|&)\s+{_CAP}(?:\s+{_CAP})?\s+"
                            r"(?:avenues|streets|roads|boulevards|drives|lanes)\b")
_SECOND_STREET = re.compile(r"\b(?:area|corner|intersection)\s+of\s+\S+(?:\s+\S+)?\s+(?:and|&)\s+$")
_CORNER_OF = re.compile(r"\b(?:area|corner|intersection)\s+of\s+$")  # with ' and Y' after: cross streets


def _cross_streets(sentence: str, start: int, end: int) -> bool:
    """The name at `start:end` is the first of two cross streets: 'near Slater and Compton avenues',
    'the area of Geneva and London'."""
    return bool(_CROSS_STREETS.match(sentence, end) or (_CORNER_OF.search(sentence, 0, start)
                                                        and re.match(r"\s+(?:and|&)\s", sentence[end:])))


_STATE_WORD = re.compile(rf"\b(?P<state>{_STATE_ALT}){STATE_END}")
#: of the words above, real towns when their state is written beside them ('Lincoln, Nebraska', 'Union, N.J.')
_TOWN_WITH_ITS_STATE = {"lincoln", "union", "media", "justice", "marathon"}
_NOT_CITY = {"police", "officers", "county", "parish", "borough", "township", "state", "department", "the", "city",
             "north", "south", "east", "west",
             "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "black", "white", "officer", "university", "college", "broadway", "campus", "force", "protection",
             "parks", "deputies", "sheriff", "video", "media", "justice", "lincoln", "union",
             "ford", "shell", "accord", "chevron", "mobil", "exxon", "citgo", "sunoco", "marathon",
             "tribune", "herald", "gazette", "sentinel", "courier", "register", "inquirer", "chronicle",
             "police department", "highway", "interstate", "american", "america", "christmas", "easter", "bureau",
             "parole", "probation", "corrections", "fish", "wildlife",
             # forces named after what they guard ('Capitol police', 'Park police', 'Airport police')
             "capitol", "airport", "harbor", "village", "national", "royal", "park", "plain"}


@dataclass(frozen=True)
class PlaceFound:
    city: str | None
    state: str | None
    text: str
    strength: float    # 3 dateline/city-state, 2 'a City man', 1.8 'in City', 1.5 'City police'; +/- _bonus
    kind: str = ""     # 'in' for 'in City' (with a bonus for where a chase ended: 'followed her back to City')


def state_code(word: str) -> str | None:
    if word in _STATES:
        return _STATES[word]
    return word if word in _USPS else None


@lru_cache(maxsize=4096)
def _known(city: str) -> tuple[tuple[str, int], ...]:
    return tuple(places().get(city.lower(), ()))


def _population(city: str) -> int:
    """The people of the biggest town of that name (0: unknown)."""
    known = _known(city.strip())
    return known[0][1] if known else 0


_OF_TOWN = re.compile(r"\s+of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def _of_smaller(sentence: str, end: int) -> bool:
    """After 'the X neighborhood' (ending at `end`): ' of Y', Y no bigger than X ('the Anchorage neighborhood of
    Fairview', not 'the Venice neighborhood of Los Angeles')."""
    of = _OF_TOWN.match(sentence, end)
    if not of:
        return False
    town = re.search(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+neighborhood$", sentence[:end])
    return not town or _population(of.group(1)) <= _population(town.group(1))


_PLACE_TAIL = {"oaks", "heights", "park", "hills", "beach", "valley", "springs", "lake", "falls", "grove", "village",
               "ridge", "creek", "harbor", "point", "island", "gardens", "estates", "acres", "junction", "bluff",
               "shores", "woods", "meadows", "town", "station", "hollow", "crossing", "landing"}


#: capitalised words that begin a place's own name: 'Upper Darby' is not Darby
_NAME_LEAD = {"Upper", "Lower", "Old", "New", "Little", "Big", "Great", "Grand", "Glen", "Mount", "Fort"}
_SKIP_LEAD = {"off-duty", "on-duty", "first", "nearby", "neighboring", "suburban", "rural", "downtown", "north",
              "se", "sw", "ne", "nw",
              "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "two", "three",
              "several"}


#: capitalised words that may follow a place name inside one capitalised run ('Chicago Mayor Lori ...')
_MAY_FOLLOW = {"police", "mayor", "officer", "officers", "sheriff", "sheriff's", "sheriff’s", "department", "fire",
               "chief", "council", "school", "schools", "public", "city", "man", "woman", "resident", "residents",
               "native", "detective", "detectives", "sgt", "sgt.", "lt", "lt.", "capt", "capt.", "deputy", "deputies",
               "cpl", "cpl.", "patrolman", "sergeant", "lieutenant", "captain", "commissioner", "councilman",
               "alderman", "ald", "pd", "p.d", "metro", "metropolitan", "state", "attorney", "district",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
               "hospital", "memorial", "high", "middle", "elementary", "university", "college", "clinic", "medical",
               "mall", "outlets", "airport", "marriott", "hilton", "walmart", "target", "circle", "library",
               "township", "twp", "twp.", "borough", "boro",
               # a unit of the town's police: 'Tempe Narcotics officers', 'Laguna Tribal Police'
               "narcotics", "undercover", "swat", "homicide", "gang", "vice", "tactical", "tribal", "k9", "k-9"}
#: makes of car: the capitalised word after one is a model ('Dodge Durango'), not a town
_MAKES = {"dodge", "chevrolet", "chevy", "ford", "gmc", "jeep", "toyota", "honda", "nissan", "kia", "hyundai", "buick",
          "cadillac", "chrysler", "pontiac", "lincoln", "mercury", "mazda", "subaru", "volkswagen", "vw", "bmw",
          "mercedes", "audi", "lexus", "range", "acura", "infiniti", "mitsubishi", "volvo", "saturn", "oldsmobile",
          "plymouth"}
_MODEL = re.compile(r"\b(?:" + "|".join(sorted(_MAKES)) + r")\s+(?P<model>[A-Z][a-z]+)\b", re.I)


def vehicle_models(text: str) -> set[str]:
    """The models of car a text names after their make ('a Dodge Durango'): lower case, so that 'the
    Durango' further on names the car, not Durango, Colorado."""
    return {m["model"].lower() for m in _MODEL.finditer(text) if m["model"][0].isupper()}


_ABBR = {"Ft.": "Fort", "Mt.": "Mount", "Pt.": "Point", "St": "St.", "Saint": "St."}


#: words after a town's name that make a place of the town ('Temecula Elementary School', 'Hartford
#: Hospital'): a town named in passing
_INSTITUTION = {"general", "high", "elementary", "middle", "school", "hospital", "courthouse", "mall", "college",
                "university",
                "storage", "plaza", "shopping", "police", "fire", "city", "regional", "medical", "community",
                "public", "methodist", "baptist", "catholic", "memorial", "airport", "station", "library",
                "firefighter", "pastor", "resident", "man", "woman", "apartment", "apartments", "motel", "hotel",
                "municipal", "sports", "civic", "convention", "transit", "international", "club", "health",
                "express", "car", "landing", "railroad", "rifle", "river"}


#: capitalised words that begin the next sentence when its period was left out
_NEXT_SENTENCE = {"In", "On", "At", "The", "When", "After", "Before", "As", "He", "She", "They", "It", "His", "Her",
                  "Their", "But", "While", "During", "A", "An", "Authorities"}


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"}


def _trim(city: str, passing: bool = False) -> str | None:
    """The longest known place name inside a capitalised phrase ('Off-duty Silver City' -> 'Silver City');
    None when the phrase goes on as a street or a place we do not know ('Sherman Oaks')."""
    words = re.sub(r"-area$", "", city.replace("’", "'")).split()  # 'a Harbeson-area man'
    if len(words) == 2 and words[0] == "The" and _known(" ".join(words).rstrip(".,")):
        return " ".join(words).rstrip(".,")  # 'The Woodlands', 'The Dalles'
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if words and words[0].lower() in _MAKES:
        return None  # 'a Dodge Durango', 'his Chevy Tahoe'
    if len(words) >= 2 and state_code(" ".join(words[:2]).rstrip(".,")) and words[:2] != ["New", "York"]:
        words = words[2:]  # 'South Carolina state agents' names no town Carolina
    if len(words) >= 2 and words[0].endswith(".") and state_code(words[0]):
        words = words[1:]  # 'warrants from Jackson County, Miss. Atlanta police ...': the sentence went on
    words = [_ABBR.get(w, w) for w in words]
    starts = [0]
    while starts[-1] < len(words) - 1 and words[starts[-1]] not in _NAME_LEAD and (
            words[starts[-1]].lower() in _SKIP_LEAD or words[starts[-1]].lower() in common_words()):
        starts.append(starts[-1] + 1)
    for start in starts:
        if start and (words[start - 1].lower() in _ORDINALS or _STREET.match(" " + words[start])) \
                or start < len(words) and words[start].lower() in _ORDINALS:
            continue  # 'the Third Ward' (Houston), 'University Avenue' (no town Ward, Arkansas, or Avenue, Maryland),
            #           'East Fifth Street' (no town Fifth Street, Texas)
        for n in range(len(words), start, -1):
            cand = " ".join(words[start:n]).rstrip(".,")
            if cand.lower() in _NOT_CITY or not _known(cand) or (state_code(cand) and cand != "New York"):
                continue
            if n < len(words) and words[n] == "Hall":
                # 'the Milwaukee Hall of Justice' is in Milwaukee; 'near Miller Hall' is a building's name
                return cand if _known(cand)[0][1] >= BIG_CITY else None
            if n < len(words) and (passing and words[n].lower().rstrip(".,") in _INSTITUTION
                                   or words[n] in _NEXT_SENTENCE):
                return cand  # 'Temecula Elementary', 'near Salton City In the course of ...' (a period left out)
            if n < len(words) and (_STREET.match(" " + words[n]) or words[n].lower() in _PLACE_TAIL
                                   or words[n].lower().rstrip(".,") not in _MAY_FOLLOW):
                return None  # 'Sand Mountain Recreation Area', 'Lumberton City Hall': a longer name
            return cand
    return None


#: where someone lived, right before a 'Town, State': 'Sweeney of ', 'a 52-year-old man from '
_LIVED_OF = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:man|woman|boy|girl|teen|teenager|resident|driver|\d{1,3})),?\s+"
                       r"(?:of|from)\s+$|"  # 'Hollis, 29, of Capitol Heights, Md.'
                       r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+from\s+$")  # 'a musician from Portland, Oregon'


def find_places(sentence: str, first: bool = False) -> list[PlaceFound]:
    """Places named in a sentence (`first`: it opens the article, so a dateline counts)."""
    out: list[PlaceFound] = []
    dateline_end = 0
    if first:
        m = _DATELINE.match(sentence)
        if m:
            raw = m["city"].strip()
            city = _trim(raw.title() if raw.isupper() else raw)
            st = state_code(m["state"]) if m["state"] else None
            if city:
                st = st or only_state(city)
                # 'AUGUSTA, Maine (AP) -- ... a Skowhegan home ...': the lede's own town of that state is where it
                # happened, the dateline where the story was filed
                rest = sentence[m.end():]
                other = st and any(
                    x.city != city and x.strength >= 1.8 and not x.state and any(k == st for k, _ in _known(x.city))
                    for x in find_places(rest))
                out.append(PlaceFound(city, st, m.group(0), 1.7 if other else 3))
                dateline_end = m.end()
    for m in _CITY_STATE.finditer(sentence):
        st = state_code(m["state"])
        if not st or m.start() < dateline_end:
            continue
        words = m["city"].split()
        # 'in Los Angeles, California' or 'shot Tuesday in Aurora, Colo.': take the known tail
        for k in range(len(words)):
            cand = " ".join(words[k:])
            if (cand.lower() not in _NOT_CITY or cand.lower() in _TOWN_WITH_ITS_STATE) \
                    and any(s == st for s, _ in _known(cand)):
                bonus = _chase_bonus(sentence, m.start(), m.end()) or 3.2 * _earlier_crime(sentence, m.start())
                if bonus == -0.5:  # 'A chase that began in Lawrence, Kansas, ended in ... Eudora': below a bare town
                    bonus = -1.3
                if _AGENCY_AFTER.match(sentence, m.end()):
                    bonus = -1.5  # 'wanted by the Ignacio, Colorado, Police Department': an agency's town
                elif bonus <= 0 and (_LIVED_OF.search(sentence, 0, m.start())
                                     or _RESIDENT_AFTER.match(sentence, m.end())
                                     or _LIFE_IN.search(sentence[max(0, m.start() - 60):m.start()].rstrip())
                                     or _HOSPITAL_IN.search(sentence[max(0, m.start() - 40):m.start()])):
                    bonus = min(bonus, -1.6)  # 'Gary Sweeney of Cuba, Missouri': where they lived, below 'near Rolla'
                out.append(PlaceFound(cand, st, m.group(0), 3 + bonus))
                break
        else:
            # 'Orange, New Jersey': a town the Census lists under another state only (a township here);
            # the state written out in full, or its postal code ('Grapevine, CA'), vouches for it
            cand = words[-1] if len(words) == 1 or not _known(" ".join(words)) else " ".join(words)
            if (len(m["state"]) > 4 and "." not in m["state"] or re.fullmatch(r"[A-Z]{2}", m["state"])) \
                    and _STATE_ENDS.match(sentence, m.end()) \
                    and _known(cand) and cand.lower() not in _NOT_CITY and not state_code(cand):
                # (not 'in Drexel Hill, Delaware County': a county of that name)
                out.append(PlaceFound(cand, st, m.group(0), 2.9))
    for rx, strength in ((_POLICE_OF, 1.5), (_LOCAL, 2), (_IN_CITY, 1.8)):
        for m in rx.finditer(sentence):
            if _STREET.match(sentence, m.end()):
                continue
            if rx is _IN_CITY and _SUBPLACE.match(sentence, m.end()):
                continue  # 'near Five Points in Monroe': the place is the second
            if rx is _IN_CITY and (_HOSPITAL_AFTER.match(sentence, m.end())
                                   or _HOSPITAL_AFTER.search(" " + m["city"])):
                continue  # 'flown to Erlanger hospital in Chattanooga', 'to Saint Louis University Hospital'
            if _cross_streets(sentence, m.start("city"), m.end()) or (
                    rx is _IN_CITY and re.search(r"\baccording\s*$", sentence[max(0, m.start() - 12):m.start()])
                    and not re.search(r"\b(?:police|officials|authorities|sheriff|county)\b",
                                      sentence[m.start():m.end() + 20], re.I)):
                continue  # 'near Slater and Compton avenues', 'the area of Geneva and London', 'according to Shaw'
            if rx is _LOCAL and _FORCE_IN_NAME.search(m["city"]):
                continue  # 'wanted by the Amarillo Police Department on warrants': a force, read by _POLICE_OF
            if rx is _LOCAL and (m.group(0).startswith("The ") and m.start() > 0
                                 or m.group(0).lower().startswith("the ") and sentence[m.end() - 12:m.end()].endswith(
                                     "neighborhood") and not _of_smaller(sentence, m.end())):
                continue  # 'at The Springs apartment complex', 'in the River Bend neighborhood': a name, not the town
                #           (but 'the Anchorage neighborhood of Fairview' is in Anchorage; 'the Venice neighborhood
                #           of Los Angeles' is in Los Angeles, the bigger)
            city = None
            d = m.groupdict().get("dir")
            if d and d[0].isupper():  # 'in West Palm Beach' is not Palm Beach
                if state_code(f"{d} {m['city'].split()[0]}".rstrip(".,")):
                    continue  # 'A South Carolina probation officer' is no town called Carolina
                city = _trim(f"{d} {m['city']}") or _trim(m["city"])
                if city and not city.startswith(d) and city != m["city"].rstrip(".,"):
                    continue  # 'near the East Carolina University campus': a longer name, no town Carolina

            city = city or _trim(m["city"])
            if not city and rx is _LOCAL and _FACILITY.search(m["city"]):
                city = _trim(m["city"], passing=True)  # 'in the parking lot of the Natick Mall'
            township = re.fullmatch(r"((?:[A-Z][a-z]+\s+){1,2})(?:Township|Twp\.?)", m["city"].strip())
            if not city and rx is _POLICE_OF and township and township[1].split()[0].lower() not in common_words():
                city = township[1].strip()  # 'Deptford Township police': a township the gazetteer lacks
            head = m["city"].split()[1:] if m["city"].split()[0] in ("A", "An", "The") else m["city"].split()
            if not city and rx is _POLICE_OF and head and re.fullmatch(r"[A-Z][a-z]+-[A-Z][\w-]+", head[0]):
                city = _trim(head[0].split("-")[0])  # '(A) Charlotte-Mecklenburg Police': a city-county force
            if city:
                score = strength + _bonus(rx, sentence, m)
                if rx is _POLICE_OF:  # 'officers with Albertville, Boaz and Douglas police': the first comes first
                    out += [PlaceFound(c, None, m.group(0), score) for c in _agency_list_before(sentence, m.start())]
                out.append(PlaceFound(city, None, m.group(0), score, "in" if rx is _IN_CITY else ""))
    out += _lower_case_cities(sentence)
    if _PAID.search(sentence):
        for m in _CITY_PAID.finditer(sentence):  # 'Oakland paid $1.5 million in a wrongful death lawsuit'
            city = _trim(m["city"])
            if city:
                out.append(PlaceFound(city, None, m.group(0), 1.5))
    for m in _IN_CITY_PART.finditer(sentence):
        city = _trim(m["city"])
        if city and city.lower() not in _ABROAD and (  # not 'near Mexico's border area', 'Jordan's neighborhood'
                city.lower() not in first_names() or _known(city)[0][1] >= LARGE_CITY):
            out.append(PlaceFound(city, None, m.group(0), 1.8, "in"))
    # a dateline's capitals: 'ORLANDO, Fla.' is Orlando
    return [replace(f, city=f.city.title()) if f.city and f.city.isupper() and len(f.city) > 3 else f for f in out]


def _lower_case_cities(sentence: str) -> list[PlaceFound]:
    """Big cities (100,000 people or more, one state's, not a word) written in lower case: 'by vancouver
    police', 'in downtown seattle'."""
    spans = [sentence[max(0, m.start() - 40):m.start()].split()[-2:] for m in _LOWER_FORCE.finditer(sentence)]
    spans += [m.group(1).split() for m in _LOWER_IN.finditer(sentence)]
    out = []
    for words in spans:
        for n in (2, 1):
            cand = " ".join(w.title() for w in words[-n:]) if len(words) >= n and all(
                w.isalpha() and w.islower() for w in words[-n:]) else ""
            known = _known(cand) if cand and cand.lower() not in common_words() and cand.lower() not in _LOWER_WORDS \
                else ()
            if known and known[0][1] >= LARGE_CITY and only_state(cand):
                out.append(PlaceFound(cand, None, " ".join(words[-n:]), 1.0))
                break
    return out


_LIST_BEFORE = re.compile(rf"((?:{_CAP}(?:\s+{_CAP}){{0,2}},\s+)*{_CAP}(?:\s+{_CAP}){{0,2}}),?\s+(?:and|or|&)\s+$")


def _agency_list_before(sentence: str, upto: int) -> list[str]:
    """The towns listed before 'and X police' ('Albertville, Boaz and Douglas police'), known ones only."""
    m = _LIST_BEFORE.search(sentence[max(0, upto - 80):upto])
    if not m:
        return []
    return [c for c in (_trim(part) for part in m.group(1).split(", ")) if c]


def _chase_bonus(sentence: str, upto: int, end: int | None = None) -> float:
    """+0.5 where a chase ended ('ended in', 'into', 'led officers to'), -0.5 where it began ('from',
    'began in') or where it went and came back ('a chase to Concord and back'; `end`: the end of the
    town's name)."""
    head = sentence[:upto]
    if end is not None and re.match(r",?\s+and\s+back\b", sentence[end:]):
        return -0.5
    if re.search(r"\b(?:into|ended in|ending in|ends in|ended near|ending near)\s*\S*$", head) or re.search(
            # 'ended in a fiery crash in Eudora'
            r"\b(?:ended|ending|ends)\s+(?:in|with)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:crash|collision|wreck|"
            r"shootout|standoff)\s+(?:in|near)\s*\S*$", head) or re.search(
            r"\b(?:led|leading|chased|pursued|followed|tracked)\s+(?:[\w-]+\s+){1,5}?(?:back\s+)?to\s*\S*$", head):
        return 0.5
    if re.search(r"\b(?:from|began in|started in|beginning in)\s*\S*$", head) or re.search(
            # 'a carjacking that began at a gas station in Aurora'
            r"\b(?:began|started|beginning|starting)\s+(?:at|near|outside)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?"
            r"(?:in|near)\s*\S*$", head):
        return -0.5
    return 0.0


def _earlier_crime(sentence: str, upto: int) -> float:
    """-0.5 where an earlier crime happened: 'wanted for robberies in Colorado Springs', 'a suspect out of
    Warren' (the text up to `upto` ends with the cue)."""
    return -0.5 if _EARLIER_CRIME.search(sentence[max(0, upto - 40):upto]) \
        or _EARLIER_ACT.search(sentence[max(0, upto - 120):upto]) else 0.0


def _sought(sentence: str, start: int, end: int) -> bool:
    """The town at `start:end` names a force that was looking for the person (see _SOUGHT_BEFORE)."""
    return bool(_SOUGHT_BEFORE.search(sentence[max(0, start - 30):start]) or _SOUGHT_AFTER.match(sentence, end))


#: before an officer's force: the officer was the one killed or hurt earlier ('wanted in connection with the
#: shooting death of a Pittsburgh police officer'), so the force says where that happened
_OFFICER_HARMED_BEFORE = re.compile(r"\b(?:death|killing|murder|shooting|slaying|ambush|wounding)\s+of\s+"
                                    r"(?:a|an|the|two)\s+(?:off-duty\s+)?$", re.I)


#: right before 'in X': the death told there (not another's: 'White, who was killed in Miami')
_KILLED_IN = re.compile(r"(?<!\bwho )\b(?:was|were)\s+(?:\w+\s+)?(?:killed|shot and killed|fatally shot|"
                        r"struck and killed)\s*$")


def _bonus(rx: re.Pattern[str], sentence: str, m: re.Match[str]) -> float:
    """Stronger where a chase ended, weaker where it began, where the victim lived ('a Peoria
    man', 'of Charlotte'), where the hospital was ('died at X Medical Center in Orange') or where
    a force that was looking for the person came from ('Merrillville police said they'd been
    seeking')."""
    if rx is not _LOCAL and _sought(sentence, m.start(), m.end()):
        return -0.5
    if rx is _POLICE_OF and _OFFICER_HARMED_BEFORE.search(sentence, 0, m.start("city")):
        return -0.8
    if rx is _LOCAL:
        if _HOSPITAL_AFTER.match(sentence, m.end("city")):
            return -0.8  # 'died on the way to a Springfield hospital'
        if _earlier_crime(sentence, m.start()):
            return -0.8  # 'in connection with a woman's murder at a Merrillville hotel'
        if not _RESIDENT.match(sentence, m.end("city")):
            return 0.0
        # 'A Pasco man ... shot by Kennewick police': where he lived, below another town's force
        other_force = any(f["city"].strip() != m["city"].strip() for f in _POLICE_OF.finditer(sentence))
        return -0.6 if other_force else -0.4
    if rx is not _IN_CITY:
        return 0.0
    chase = _chase_bonus(sentence, m.start() + len(m.group(0).split()[0]), m.end())  # up to the word before
    if chase:
        return chase
    if _KILLED_IN.search(sentence[max(0, m.start() - 40):m.start()]):
        return 0.6  # 'A 25-year-old motorcyclist was killed in Greenwood after Indianapolis police tried to stop him'
    if _LIFE_IN.search(sentence[max(0, m.start() - 40):m.start() + len(m.group(0).split()[0])]):
        return -0.8  # 'who grew up in Anthony', 'was born in Gallup': where they lived, not where it happened
    if _AT_HOSPITAL.search(sentence[max(0, m.start() - 40):m.start()]) or _AGENCY_SEAT.search(sentence, 0, m.start()):
        return -0.8  # 'KSP Post 1 in Mayfield, which is handling the investigation': where an office sits
    earlier = _earlier_crime(sentence, m.start() + len(m.group(0).split()[0]))
    if earlier:
        return earlier
    if re.search(r"\bwhich is\b[^,;]*$", sentence[:m.start()]):
        return -0.5  # 'the town of Morenci, which is northwest of Clifton'
    if m.group(0).lower().startswith("of "):
        before = sentence[max(0, m.start() - 30):m.start()].lower()
        town_before = re.search(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s+(?:neighborhood|section|community)\s*$",
                                sentence[max(0, m.start() - 40):m.start()])
        if town_before and _population(town_before.group(1)) >= max(10000, _population(m["city"]) + 1):
            return -0.5  # 'the Anchorage neighborhood of Fairview': the town is Anchorage
        if re.search(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|miles?|outskirts|"
                     r"section|neighborhood|part|suburbs?|side|area)\s*$", before):
            if _TOWN_APPOSITION.search(sentence[:m.start()]):
                return -0.5  # 'called to Gadsden, a border town about 15 miles southwest of Yuma'
            return 0.5  # 'a mile south of Seminole', 'the Dutchtown section of St. Louis'
        if re.search(r"\b(?:community|town|village|hamlet|township|borough)\s*$", before):
            return 0.5  # 'in the unincorporated community of La Blanca, near Edinburg, Texas': the place itself
        if "city of" not in m.group(0).lower():
            return -0.4
    return 0.0


_CAP_RUN = re.compile(rf"(?<![\w'’])(?:(?:east|west|north|south)\s+)?{_CAP}(?:\s+{_CAP}){{0,4}}")


def mentioned_places(sentence: str) -> list[str]:
    """Known places named anywhere in a sentence, in passing ('a burning Tacoma house', 'Hartford
    Hospital', 'east Oakland'): the weakest sign of where it happened, for when nothing better is
    said.  A run that goes on as a street, a county or a person's name is not a place."""
    out = []
    for m in _CAP_RUN.finditer(sentence):
        words = m.group(0).split()
        if words[0].islower():
            words = words[1:]
        if len(words) == 1 and (words[0].lower() in common_words() or m.start() == 0
                                or sentence[m.start() - 1] in "\"“'‘"):
            continue  # a quoted nickname: 'Gerardo "Jerry" De Luna'
        if re.match(r"\s+(?:\d|(?:avenues|streets|roads|boulevards|drives|lanes)\b)", sentence[m.end():]) \
                or _cross_streets(sentence, m.start(), m.end()) or _SECOND_STREET.search(sentence, 0, m.start()):
            continue  # a road ('Scenic 77'); cross streets ('the area of Geneva and London', 'Slater and Compton
            #           avenues')
        city = _trim(" ".join(words), passing=True)
        if city and city.lower() not in common_words():
            out.append(city)
    return out


def states_named(text: str) -> list[str]:
    return [c for c in (state_code(m["state"]) for m in _STATE_WORD.finditer(text)) if c]


def only_state(city: str) -> str | None:
    """The state of `city` when one state's place of that name dwarfs the others."""
    known = _known(city)
    if not known:
        return None
    if len(known) == 1 or known[0][1] >= 3 * max(known[1][1], 1):
        return known[0][0]
    return None


#: a place this big, named without its state, is itself when the other places of that name are much
#: smaller (AP style names such cities alone)
BIG_CITY = 50_000
#: a city this big has neighbourhoods that share names with towns elsewhere, and is named even in lower case
LARGE_CITY = 100_000


def resolve_state(city: str, states_in_text: list[str], counties_in_text: list[str] = (),
                  towns_in_text: Callable[[], list[str]] | None = None) -> str | None:
    """The state of `city`, preferring a state the article names that has such a place, then the state
    where a county the article names ('Hinds County') holds a town of that name, then the one state
    that holds the most of the other towns the article places its story in (`towns_in_text`, called
    only when needed: 'Norman police ... Two Lindsay police officers' is Lindsay, Oklahoma)."""
    known = _known(city)
    holders = {s for s, _ in known}
    for s in states_in_text:
        if s in holders:
            return s
    by_county = _state_by_county(city, holders, counties_in_text)
    if by_county:
        return by_county
    if known and known[0][1] >= BIG_CITY and only_state(city):
        return known[0][0]  # 'Jacksonville', 'Santa Fe': a big city named alone is that city
    return (_state_by_towns(city, known, towns_in_text()) if towns_in_text and len(holders) > 1 else None) \
        or only_state(city)


def _state_by_towns(city: str, known: tuple[tuple[str, int], ...], towns: list[str]) -> str | None:
    """Of the states having a place called `city` (`known`: (state, population) of each), the one
    holding the most of `towns` (other than `city`), when one state does.  Between states holding as
    many, each town (and `city` itself) weighs in proportion to the size of its place there against
    its biggest namesake ('Norman' is Norman, Oklahoma far more than Norman, Nebraska)."""
    own = dict(known)
    holders = set(own)
    if len(holders) < 2:
        return None
    count = dict.fromkeys(holders, 0)
    weight = dict.fromkeys(holders, 0.0)
    for town in {t.lower() for t in towns} - {city.lower()}:
        namesakes = _known(town)
        top = max((n for _, n in namesakes), default=0) or 1
        for st, n in namesakes:
            if st in count:
                count[st] += 1
                weight[st] += max(n, 1) / top
    (first, c1), (_, c2) = sorted(count.items(), key=lambda kv: -kv[1])[:2]
    if c1 > c2:
        return first
    top = max(own.values()) or 1
    score = {st: weight[st] * max(own[st], 1) / top for st in holders if count[st] == c1}
    (first, w1), (_, w2) = sorted(score.items(), key=lambda kv: -kv[1])[:2]
    return first if c1 and w1 >= 2 * w2 else None


_COUNTY_RUN = re.compile(r"\b((?:(?:St\.|[A-Z][a-z'’-]+)\s+){1,3})(County|Parish)\b")


def counties_named(text: str) -> list[str]:
    """Lower-case names of the counties and parishes the text names ('hinds county'), known ones only."""
    known = counties()
    out: list[str] = []
    for m in _COUNTY_RUN.finditer(text):
        words = m.group(1).split()
        for k in range(len(words)):  # 'In Los Angeles County': the longest known tail
            name = " ".join(words[k:] + [m.group(2)]).lower()
            if name in known:
                if name not in out:
                    out.append(name)
                break
    return out


def _state_by_county(city: str, holders: set[str], names: list[str]) -> str | None:
    """The one state of `holders` where a county of `names` holds a town called `city` (or, failing
    that, the one state of `holders` that has such a county)."""
    c = city.lower()
    for name in names:
        by = counties().get(name, {})
        inside = [st for st, towns in by.items() if st in holders and c in towns]
        if len(inside) == 1:
            return inside[0]
        both = [st for st in by if st in holders]
        if len(both) == 1:
            return both[0]
    return None
