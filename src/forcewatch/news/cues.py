"""Word patterns for detecting police killings and reading incident facts.

Kept in one place so that detection and field extraction agree; each pattern is
a plain regular expression a reviewer can read.
"""

from __future__ import annotations

import re

IC = re.I
POLICE = (r"(?:police|officers?|cops?|deput(?:y|ies)|troopers?|sheriff(?:'s|’s)?|agents?|(?<!fire )marshals?|SWAT|law enforcement|patrolm[ae]n|sergeant|sgt\.|detectives?|"
          r"constables?|lawm[ae]n|authorities|(?:highway|state|border) patrol|CHP|(?:park )?rangers?|Lt\.|Lieutenant|Capt\.|Captain|Cpl\.|Corporal|Ofc\.|Det\.|PD|P\.D\.)")
POLICE_RE = re.compile(rf"\b{POLICE}\b", IC)

DEATH_RE = re.compile(r"\b(?:killed|kill(?:s|ing)|died|dies|dead|death|deaths|fatal(?:ly)?|pronounced dead|"
                      r"passed away|succumbed|lost (?:his|her|their) li(?:fe|ves)|deadly(?!\s+(?:weapon|force|assault))|slain|"
                      r"gunned down|"
                      # (not 'the department's homicide unit, which handles all officer shootings')
                      r"homicide(?!\s+(?:unit|division|detectives?|investigators?|squad|bureau|section|team|"
                      r"sergeant|lieutenant)\b)|did not survive|didn't survive|was killed|mortally|deceased)\b", IC)
SURVIVED_RE = re.compile(
    r"\b(?:survived|(?:was|were|been|is|are|being)\s+(?!not\b)(?:(?!not\b)\w+\s+){0,2}?(?:wounded|injured|hurt|"
    r"hospitalized)|"
    r"(?:shot|struck|hit) and (?:wounded|injured)|wounding (?:him|her|the \w+)|non-life-threatening|"
    r"(?:stable|serious|critical|fair|good) condition|expected to (?:survive|recover)|is recovering|"
    r"(?:has|have|had) recovered|recovered from (?:his|her|their) (?:injuries|wounds)|"
    r"treated and released|treated at [^.;]{0,60}? and (?:released|booked)|released (?:into|to) (?:police )?custody|faces? "
    r"(?:\w+ )?charges|missed|minor injuries|(?:left|is|was|remains) (?:\w+ )?paralyzed|non-?fatal|"
    r"suffered (?:an? )?(?:broken|fractured|cracked)|"  # 'was pinned against the wall and suffered a broken hip'
    r"treated for|(?:no one|nobody) (?:else )?(?:was|were) "
    r"(?:hit|hurt|injured|struck|wounded))\b", IC)
OFFICER_HURT_RE = re.compile(
    r"\b(?:an?|the|one|two|another|\w+ county)?\s*(?:officer|deputy|trooper|agent|sergeant|policeman|detective)s?"
    # 'The officer who was struck, a 27-year-old, was treated for a leg injury'
    r"(?:\s+[A-Z][\w.'-]*){0,3}(?:\s+who\s+[^,.;]{1,40})?(?:,[^,.;]{1,40},)?"
    r"\s+(?:was|were|had been|has been)\s+(?:also\s+)?(?:\w+\s+)?(?:wounded|injured|hurt|"
    r"hospitalized|treated)[^.;]*|\bno (?:officers?|deputies|troopers|one else) (?:was|were) (?:\w+ )?(?:hurt|injured|"
    r"wounded)|\b(?:officers?|deputies) (?:was|were) not (?:hurt|injured)|"
    # active: 'a man shot and wounded an officer', 'wounding a deputy'
    r"\b(?:(?:shot|struck|hit|stabbed)\s+and\s+)?(?:wounded|injured|wounding|injuring)\s+(?:an?|the|one|two|"
    r"another)\s+(?:[\w-]+\s+){0,2}(?:officers?|deput(?:y|ies)|troopers?|agents?|sergeants?|policem[ae]n|"
    r"detectives?)\b", re.I)
NEGATED_DEATH_RE = re.compile(r"\b(?:no one|nobody|none|no officers?|no one else)\s+(?:\w+\s+)?(?:died|was killed|was hurt|"
                              r"was injured|were hurt|were injured|fired)\b|\b(?:did not|didn't|never)\s+(?:\w+\s+)?"
                              r"(?:fire|die|return fire)\b|"
                              # a death told and taken back: 'Police initially told reporters that the man had died'
                              r"\b(?:initially|at first|first|mistakenly|erroneously|wrongly|incorrectly)\s+"
                              r"(?:told|said|reported|announced|stated|posted)\b[^.;]{0,80}?\b(?:had died|was dead|"
                              r"had been killed|died)\b", IC)
#: a death that did not happen: 'could very easily have ended with someone dead', 'might have been killed'
HYPOTHETICAL_DEATH_RE = re.compile(r"\b(?:could|would|might|(?-i:may))(?:\s+(?:very|well|so|just|not|never|\w+ly))*"
                                   r"\s+have\s+(?:been\s+|ended\s+(?:with|in)\s+)?(?:\w+\s+){0,2}?"
                                   r"(?:dead|died|killed|death|deaths|fatal)\b|"
                                   # 'I thought somebody was going to get killed'
                                   r"\b(?:going to|gonna|about to)\s+(?:get|be|end up)\s+(?:\w+\s+)?(?:dead|killed)\b", IC)
#: what officers fire that does not kill as a rule: 'SWAT officers fired tear gas into the home'
NON_LETHAL_FIRED_RE = re.compile(r"^[^.;]{0,60}?\b(?:fired|shot|deployed|used|launched)\s+(?:\w+\s+){0,2}?"
                                 r"(?:tear gas|gas canisters?|pepper(?:[- ]spray| balls?)|bean ?bags?|rubber bullets?|"
                                 r"less[- ]lethal|smoke|flash[- ]?bangs?|chemical (?:agents?|munitions))", IC)
#: the person killed themself: not police force
SUICIDE_RE = re.compile(r"\bself-inflicted\b|\b(?:killed|shot) (?:himself|herself)\b|\btook (?:his|her) own life\b|"
                        r"\bturned the (?:gun|weapon) on (?:himself|herself)\b", IC)
ANIMAL_OBJECT_RE = re.compile(r"\b(?:shot|killed|shot and killed|euthanized)\s+(?:an?|the|its|his|her)\s+(?:\w+\s+)?"
                              r"(?:dog|pit bull|animal|deer|bear|cow|horse|bull|coyote|cat|raccoon|alligator)\b|"
                              r"\bpolice (?:dog|K-?9|horse)\b[^.]{0,40}\b(?:was|were)\s+(?:\w+\s+)?(?:shot|killed)", IC)
# a police agent doing something lethal (active voice) or suffering it (passive voice)
POLICE_ACT_RE = re.compile(
    # (not 'before officers arrived he shot the intruder': another subject acts)
    rf"\b{POLICE}(?!\s+(?:arrived|got there|came)\s*,?\s+(?:he|she|they)\b)"
    # 'Police in Spokane, Washington, shot and killed': the town and its state between
    r"(?:\s+in\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),)?"
    # 'officers responding to gunfire at a house party early Sunday opened fire': what police were doing between
    # (no other actor in it: not 'officers responding to reports that a man shot his wife')
    r"(?:\s+(?:responding|called|sent|dispatched|answering|searching|patrolling|investigating)\b"
    r"(?:(?!\b(?:that|who|whom|which|where|when|after|before|because|while|he|she|they|man|woman|person|someone|"
    r"suspect|gunman|shooter)\b)[^,.;:])*?(?=\s(?:opened fire|fatally shot|shot and killed)\b))?"
    r"\s+(?:\w+\s+){0,4}?(?:fatally\s+|then\s+|also\s+|allegedly\s+)?"
    r"(?:shot|shoots|shoot|fired|fire|opened fire|returned fire|killed|kill|gunned|struck|hit|tased|tasered|"
    r"used (?:a |their |his |her )?(?:taser|stun gun)|deployed (?:a |their |his |her )?(?:taser|stun gun)|"
    r"restrained|pinned|choked|tackled|beat|ran over|punched|shocked|discharged|(?:began|started) (?:shooting|firing)|"
    # 'held Marcus Whitley face-down on the floor'
    r"held\s+(?:[\w'’-]+\s+){1,4}?(?:face-?\s?down|down on|on the (?:ground|floor)))\b"
    # 'The officer drew his own gun, firing at least three rounds'
    rf"|\b{POLICE}\s+(?:\w+\s+){{0,5}}?\w+,\s+(?:firing|shooting|fatally)\b"
    # 'a sheriff's deputy's patrol car struck him', 'the deputy's SUV collided with the motorcycle'
    rf"|\b{POLICE}['’]s\s+(?:[\w-]+\s+)?(?:car|vehicle|cruiser|SUV|truck|squad|unit|motorcycle)\s+"
    r"(?:(?!was\b|were\b|is\b)[\w-]+\s+){0,3}?(?:struck|hit|ran over|rammed|collided with|slammed into)\b"
    # 'fired shots at both officers, who shot and killed him'
    rf"|\b{POLICE},?\s+who\s+(?:then\s+|also\s+|fatally\s+|in turn\s+){{0,2}}(?:shot|fired|opened fire|returned fire|killed)\b",
    IC)
# '... by an off-duty Pasadena police officer', 'shot once in the abdomen by the police officer'
#: '... by (a) (Tulsa) police officer', '... by Pueblo, Colorado, police', '... by Aurora, Colo., officers'
_BY_POLICE = rf"\s+(?:\w+\s+){{0,4}}?by\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+)?" \
             rf"(?:[\w'-]+(?:\s+[\w'-]+)?,\s+\w+\.?(?:\s+\w+\.?)?,\s+)?(?:[A-Z]\w+\s+){{0,3}}{POLICE}"
BY_POLICE_RE = re.compile(r"\b(?:shot|killed|slain|struck|hit|tased|tasered|restrained|fired upon|gunned down|"
                          r"shocked|(?:fatal|deadly) shooting|shooting death|killing)" + _BY_POLICE, IC)
# the death itself was by police: 'was shot and killed by a Pasadena police officer', 'the fatal shooting of a
# man by State Police officers'
KILLED_BY_POLICE_RE = re.compile(r"\b(?:shot and killed|fatally shot|killed|slain|gunned down|shot dead|"
                                 r"(?:fatal|deadly) shooting|shooting death|killing)" + _BY_POLICE, IC)
EVENT_RE = re.compile(r"\b(?:police|officer|deputy|trooper)[- ]involved shooting|\bpolice shooting|"
                      r"\bshooting involving (?:\w+ ){0,3}(?:officers?|police|deputies|troopers?|agents)|"
                      r"\b(?:resort(?:ed|ing)? to|used|using) deadly force|\bdeadly force was used|"
                      r"\bshooting by (?:police|an officer|officers|deputies)|"
                      rf"\b(?:shoot-?out|gunfight|gun ?battle|firefight|exchange of gunfire)\s+(?:\w+\s+){{0,3}}?"
                      rf"(?:with|between)\s+(?:\w+\s+){{0,3}}?{POLICE}|"
                      r"\b(?:fatal|deadly|lethal) shots? (?:was|were) fired by (?:an?|the|two|three|\w+) "
                      r"(?:\w+ )?(?:officers?|deput(?:y|ies)|troopers?|police|agents?)|\bin (?:police|custody|jail)[^.]{0,20}"
                      r"\b(?:died|death)|\bdied (?:in|while in) (?:police )?custody|(?<!\bno )(?<!\bwithout )\buse of (?:deadly )?force\b", IC)
# someone other than police killed this person ('killed by a gunman')
_BY_OTHER = (r"\b(?:killed|shot|slain|murdered|stabbed)(?:\s+(?:to\s+death|dead|and\s+killed))?\s+by\s+"
             r"(?:an?|the|his|her|their)\s+(?!police|officer|deput|"
             r"trooper|sheriff|agent|marshal|cop|law)(?:\w+\s+){0,2}?(?:ex-|former\s+|estranged\s+)?"
             r"(?:gunman|suspect|man|woman|shooter|assailant|"
             r"attacker|robber|intruder|boyfriend|girlfriend|husband|wife|father|mother|son|brother|neighbor|friend|"
             r"stepfather|stepson|uncle|nephew|cousin|grandson|roommate|relative|"
             r"teen|driver|motorist|person|people|gang|stranger|"
             r"gunmen|suspects|men|women|shooters|assailants|attackers|robbers|intruders|teens)\b|\b(?:killed|shot|slain|murdered|stabbed)\s+by\s+"
             r"(?:someone|somebody|an unknown|unknown)\b")
KILLED_BY_OTHER_RE = re.compile(_BY_OTHER, re.I)
# ... or the person is named as someone's killer ('wanted for killing', 'the murder of')
OTHER_KILLER_RE = re.compile(
    _BY_OTHER + r"|\b(?:wanted|charged|arrested|accused|suspected|convicted|sentenced|jailed|indicted)\s+"
    r"(?:\w+\s+){0,3}(?:for|of|with|in)\s+(?:[\w-]+\s+){0,2}(?:killing|murder(?:ing)?|shooting|slaying|death|"
    r"stabbing)|\bmurder(?:ed)? of\b", IC)
# 'throwing rocks at a deputy was shot': the officer is the object of the act before, not the one shot
_NOT_AIMED_AT = r"(?<!\bat a )(?<!\bat an )(?<!\bat the )(?<!\bat )(?<!\btoward a )(?<!\btoward )"
OFFICER_KILLED_RE = re.compile(
    _NOT_AIMED_AT +
    r"\b(?:officer|deputy|trooper|cop|sergeant|detective|agent|marshal|policeman|policewoman)s?(?-i:(?:\s+[A-Z][\w.'-]*)"
    # ('Sergeant Thomas Whitfield, 39, of the Rocky Mount Police Department was killed')
    r"{0,3})(?:,\s*\d{1,3},)?(?:\s*,?\s*of\s+the\s+[^,.;]{1,60}?(?:Department|Office|Patrol|Police)\b,?)?"
    r"(?:\s+who)?\s+(?:was|were|has been|had been|is)\s+(?:\w+\s+)?(?:shot|killed|slain|struck|hit|stabbed|run over)\b|"
    r"\b(?:line of duty|fallen officer|officer(?:'s)? (?:death|funeral)|killed in the line)|"
    # 'A Cass County sheriff's deputy and a convenience store clerk were killed' (not 'A deputy and a suspect')
    r"\b(?:officer|deputy|trooper|policeman|policewoman)\s+and\s+(?:an?|the|his|her)\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:suspect|gunman|shooter|attacker|assailant|man|woman)\b)(?:[\w-]+\s+){0,3}?"
    r"(?:were|have been|had been)\s+(?:\w+\s+)?(?:killed|slain|shot and killed)\b|"
    + _NOT_AIMED_AT +
    r"\b(?:officer|deputy|trooper|police dog|K-?9|sergeant|agent|policeman|policewoman)s?\s+(?:\w+\s+)?"
    r"(?:shot and killed|killed|slain|dies|died|struck and killed)"
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"  # 'officer died Thursday'
    r"(?=\s*(?:during|in|at|on|while|after|by|near|"
    # (a headline: 'Kokomo officer killed responding to domestic call', 'Deputy killed serving warrant')
    r"outside|of|from|responding|answering|serving|trying|attempting|conducting|making)\b|\s*[,;.]|\s*$)", re.I)


class _NotObject:
    """A pattern whose matches are dropped when the officer is the object of a flight: 'A motorcyclist fleeing a
    Fresno police officer died' tells no officer's death (a look-behind cannot span the words between)."""

    _FLED = re.compile(r"\b(?:fleeing|chasing|evading|eluding|running from|chased by|pursued by)\s+"
                       r"(?:(?:an?|the)\s+)?(?:[\w'’.-]+\s+){0,5}$", re.I)

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx

    def finditer(self, text: str):
        return (m for m in self.rx.finditer(text) if not self._FLED.search(text, max(0, m.start() - 80), m.start()))

    def search(self, text: str):
        return next(self.finditer(text), None)


OFFICER_KILLED_RE = _NotObject(OFFICER_KILLED_RE)
#: killed by a vehicle no officer drove: 'struck and killed by a car', 'A pedestrian was struck and killed by a
#: city bus' (not 'by a police car', 'by an unmarked cruiser')
CIVILIAN_VEHICLE = (r"(?:(?:was|were) (?:struck|hit)(?: and killed)?|(?:struck|hit) and killed) by an? "
                    r"(?!(?:[\w-]+ )?(?:police|patrol|squad|sheriff|deputy|officer|trooper|unmarked|marked|cruiser)\b)"
                    r"(?:[\w-]+ ){0,2}?(?:car|vehicle|truck|SUV|pickup|driver|motorist|bus|train|semi|tractor-trailer)")
# someone other than police killed a person: 'a fired employee shot and killed a supervisor'
CIVILIAN_KILLER_RE = re.compile(
    r"\b(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:man|woman|employee|gunman|suspect|shooter|teen|teenager|driver|"
    r"husband|wife|boyfriend|girlfriend|father|mother|son|daughter|neighbor|robber|intruder|homeowner|resident|"
    r"clerk|store owner|shop owner|security guard|roommate|customer|passerby)\s+"
    # ('A Shreveport man who police say shot and killed')
    r"(?:who\s+(?:police|authorities|officials|investigators|prosecutors)\s+(?:say|said|allege)\s+)?"
    r"(?:(?!was\b|were\b|is\b|had been\b)\w+\s+){0,2}?"
    # 'stabbed his mother' alone is no killing: 'police killed a man who had stabbed his mother'
    r"(?:shot and killed|fatally shot|fatally stabbed|killed|strangled|"
    r"(?:stabbed|beat)(?=\s+(?:[\w'-]+\s+){1,4}?to death\b))\s+(?!himself|herself|by\b)|"
    # 'A private security guard at a shopping center shot and killed'
    r"\b(?:private\s+)?security guard\b[^.;]{0,80}?\b(?:shot and killed|fatally shot|killed)\s+(?!himself|herself|by\b)|"
    # 'A 52-year-old Springfield man has been charged with first-degree murder'
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:man|woman|teen|teenager|neighbor|husband|wife|boyfriend|girlfriend)\s+"
    r"(?:has been|had been|was|is)\s+(?:arrested and\s+)?charged\s+(?:\w+\s+)?with\s+(?:[\w-]+\s+){0,2}murder\b|"
    # 'A 34-year-old man was arrested on suspicion of DUI and automobile homicide', 'A 28-year-old Tulsa man was
    # arrested Friday night after police say he stabbed two people outside a bar, killing one of them'
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:man|woman|teen|teenager|driver)\s+(?:has been|had been|was|is)\s+"
    r"arrested\s+(?:\w+\s+){0,3}?(?:on\s+suspicion\s+of|for)\s+(?:[\w-]+\s+){0,4}?(?:murder|homicide|manslaughter)\b|"
    r"\b(?:he|she)\s+(?:\w+\s+)?(?:stabbed|shot)\s+(?:two|three|four|several)\s+people\b[^.;]{0,60}?,\s+killing\b|"
    # 'A man was shot and killed by a homeowner'
    r"\b(?:shot|killed|shot and killed|fatally shot|stabbed)\s+by\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:homeowner|resident|neighbor|clerk|store owner|shop owner|security guard|relative|acquaintance|roommate|"
    r"customer|bystander|passerby)s?\b|"
    r"\b" + CIVILIAN_VEHICLE + r"\b", re.I)

# --- a named person as the one killed ---------------------------------------------
LETHAL = r"(?:killed|died|dies|passed away|succumbed|succumbing|fatal (?:gunshot )?wounds?|pronounced dead|did not survive|didn't survive|gunned down|" \
          r"slain|fatally (?:shot|wounded|struck|injured)|shot (?:and killed|dead|to death)|dead|mortally wounded|" \
          r"(?:taken|removed) off life support)"
HARM = r"(?:shot|struck|hit|tased|tasered|shocked|restrained|wounded|injured|beaten|pinned|run over|choked)"
BEFORE_PATIENT = re.compile(
    rf"\b(?:{LETHAL}|{HARM}|shooting|killing|kill|shoot|firing (?:\w+ ){{0,3}}?at|fire (?:\w+ ){{0,2}}?(?:at|on)|death of|fatal shooting of|shot at|fired (?:\w+ ){{0,3}}?(?:at|on|upon)"
    rf"|opened fire on|funeral (?:for|of)|memory of|justice for|mourn(?:s|ed|ing)? (?:the death of )?|"
    rf"family of)\s+(?:(?:the|a|an|\d{{1,3}}-year-old|\w+-old|(?-i:(?!(?:at|in|on|near|outside|inside|by|from|into|to|"
    rf"with|for|after|before|during|when|while|as)\b)[a-z][\w-]*))\s+){{0,2}}$"
    rf"|(?:{LETHAL}|{HARM}|killing|shooting)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:man|woman|suspect|teen|driver|person|boy|girl|"
    rf"passenger|motorist),\s+$"
    # 'crashed ..., killing himself and his passenger, Eric Johnson'
    rf"|\b(?:killing|killed)\s+(?:himself|herself)\s+and\s+(?:his|her|the|a)\s+(?:[\w-]+\s+){{0,2}}?[a-z]+,\s+$"
    # 'shot and killed his wife, Danielle Harper' (whose act it was is decided by who did it)
    rf"|\b(?:fatally shot|killed|killing)\s+(?:his|her|their)\s+(?:(?:own|estranged|former|adult|"
    rf"teenage|\d{{1,3}}-year-old)\s+)?(?:wife|husband|son|daughter|stepson|stepdaughter|girlfriend|boyfriend|"
    rf"fianc[eé]e?|father|mother|brother|sister|nephew|niece|grandson|granddaughter),\s+$"
    # 'Officers shot and killed one of two burglars, Kyle Dent'
    rf"|(?:{LETHAL}|killing)\s+one\s+of\s+(?:the\s+)?(?:two|three|four|several)?\s*(?:[\w-]+\s+)?"
    rf"(?:men|suspects|robbers|burglars|gunmen|intruders|brothers|teens|occupants|passengers),\s+$"
    # 'The pickup's driver, X, was killed, as was a passenger in the Tahoe, Marcus Lee'
    rf"|\b(?:killed|died|dead),?\s+as\s+(?:was|were|did)\s+(?:(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"[\w'’-]+,\s+)?(?:\d{{1,3}}-year-old\s+)?$"
    # 'shot and killed two brothers, Andre Kimble, 24, and ...'
    rf"|(?:{LETHAL}|{HARM}|killing|shooting)\s+(?:two|three|four|both|the\s+two)\s+(?:[\w-]+\s+){{0,2}}?(?:men|women|"
    rf"brothers|sisters|cousins|friends|teens|teenagers|boys|girls|suspects|people),\s+$"
    # the second of two named: 'fatally shot Dante Holden, 19, and Tymyr Wilson', 'killing both Pruett and the
    # pharmacist, Sandra Ochoa'
    # ('killing the driver, Jamal Price, 23, and a passenger, Keisha Moore'; 'The crash killed Darnell Evans, 19, who
    # was driving the stolen car, and Linda Hsu')
    rf"|\b(?:{LETHAL}|shot|killing)\s+(?:both\s+)?(?:(?:the|a|an|his|her)\s+(?-i:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?-i:[a-z][\w-]*),\s+)?(?:\d{{1,3}}-year-old\s+)?(?-i:(?:[A-Z][\w.'’-]*\s+){{0,3}}"
    rf"[A-Z][\w.'’-]*)(?:,\s*\d{{1,3}}|\s*\(\d{{1,3}}\))?(?:,\s+(?:of|from)\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}))?"
    rf"(?:,\s+who\s+[^,;.]{{1,60}})?,?"
    rf"\s+and\s+(?:(?:the|his|her|their|a|an)\s+(?-i:[a-z][\w-]*\s+){{0,2}}?(?-i:[a-z][\w-]*),\s+)?"
    rf"(?:\d{{1,3}}-year-old\s+)?$"
    # 'a shootout with four dead, including the UPS driver Frank Ordonez, 27, and Richard Cutshaw'
    rf"|\b(?:dead|killed|deaths|fatalities),?\s+including\s+(?:(?:the|a|an)\s+)?(?-i:(?:[a-z][\w-]*\s+|[A-Z]{{2,}}\s+)"
    rf"{{0,3}})(?:\d{{1,3}}-year-old\s+)?(?:(?-i:(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*)(?:,\s*\d{{1,3}})?"
    rf"(?:,[^,]{{0,40}})?,?\s+and\s+(?:(?:the|a|an)\s+)?(?-i:[a-z][\w-]*\s+){{0,3}}(?:\d{{1,3}}-year-old\s+)?)?$", re.I)
AFTER_PATIENT = re.compile(
    # ('X of Mission, and ... died': the town after the name, then the rest)
    rf"^(?:\s*\(\d{{1,3}}\))?(?:\s+of\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})(?=,|\s+(?:was|were|died)\s))?(?:(?:,[^,]{{0,90}}){{1,3}},|(?:,[^,]{{0,30}}){{4,8}},|"
    # 'Jonah Whitfield, a 19-year-old who was shot and killed'
    rf",\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+(?=\s+who\s+was\s)|,|"
    # 'A and 17-year-old B died': the first of two named together
    rf"(?:,\s*\d{{1,3}},)?\s+and\s+(?:\d{{1,3}}[- ]years?[- ]old\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
    rf"(?:,\s*\d{{1,3}},)?(?=\s+(?:were|died)\b))?(?:'s|’s)?\s+(?:(?:was|were|had been|has been|is|being|later|eventually|then|also|allegedly|"
    rf"reportedly|ultimately|was later|who was|who had been|who(?=\s+(?:later\s+)?died\b)|\w+ly)\s+){{0,3}}(?:(?:{HARM}|hit|shot|"
    rf"ejected|thrown)\s+"
    rf"(?:(?:\w+\s+){{0,3}}?(?:and|before|then)\s+))?(?:{LETHAL}|{HARM}|death|was declared dead)\b", re.I)
AGENT_AFTER = re.compile(r"^(?:,[^,]{0,60},)?\s+(?:allegedly\s+|then\s+|had\s+)?(?:shot|killed|stabbed|murdered|"
                          r"fatally shot|shot and killed|opened fire|returned fire)\s+(?!himself|herself)", re.I)
EXCLUDE_BEFORE = re.compile(r"\b(?:he|she)(?:'d|’d|\s+had|\s+has)?\s+(?:\w+\s+)?(?:shot and killed|killed|shot|"
                            r"stabbed|murdered|strangled)\s+(?:\w+\s+){0,2}$|\b(?:stabbing|beating|strangling|"
                            r"strangulation)\s+death\s+of\s+(?:[\w-]+\s+){0,2}$|"
                            # (not 'video of the fatal shooting of X': 'of' only after 'accused', 'suspected' ...)
                            r"\b(?<!resulting )(?<!resulted )(?<!ending )(?<!ended )(?:for|(?:accused|suspected|convicted|"
                            r"guilty|acquitted|suspect|charges)\s+of|with|in)\s+(?:the\s+)?(?:fatal(?:ly)?\s+)?(?:killing|murder(?:ing)?|"
                             r"shooting|slaying|stabbing|death)\s+(?:of\s+)?(?:\w+\s+){0,2}$", re.I)

_NOT_POSSESSIVE = (r"(?=\s*(?:[.,;:!?]|$|\s+(?:in|at|on|with|after|before|when|as|and|multiple|several|once|twice|two|"
                   r"three|four|five|six|dead|to|while|during|because|again|repeatedly|fatally|as|from|through)\b))")
# a pronoun (or a subject left out after "and") shot or killed: it refers to the last person named
PRONOUN_PATIENT = re.compile(
    rf"\b(?:he|she)\s+(?:\w+\s+){{0,3}}?(?:was|were|had been|has been)\s+(?:\w+\s+){{0,2}}?(?:{LETHAL}|{HARM})\b"
    rf"|\b(?:he|she)\s+(?:later\s+|eventually\s+|subsequently\s+|then\s+|ultimately\s+)?(?:died|dies|passed away|"
    rf"succumbed)\b|\b(?:he|she)\s+(?:\w+\s+){{1,5}}?and\s+(?:later\s+|then\s+)?(?:died|was pronounced dead)\b"
    rf"|\bdied (?:of|from) (?:his|her) (?:injuries|wounds)\b"
    rf"|\b(?:and|but|before|until|then)\s+(?:was|being)\s+(?:\w+\s+){{0,2}}?(?:{LETHAL}|{HARM})\b"
    rf"|\b(?:opened|returned) fire\b|\b(?:him|her) being (?:\w+ )?(?:{LETHAL}|{HARM})"
    rf"|\b(?:shot|killed|shooting|killing|fired|fire|shocked|tased|tasered|struck|restrained|kill|hit|striking|shoot)\s+(?:and killed\s+|"
    rf"and wounded\s+|(?:\w+\s+){{0,2}}?at\s+|on\s+)?(?:him|her{_NOT_POSSESSIVE}|(?:the|a) (?:man|male|woman|female|suspect|driver|teen|"
    rf"boy|girl|gunman|individual|person))\b|\b(?:his|her) death\b", re.I)

# police named only as the source of the information
ATTRIBUTION_RE = re.compile(r"\b(?:according to (?:a |the )?(?:police|authorities|officials|deputies|investigators)(?: "
                            r"statement| report| reports| records)?|according to (?:a |the )?(?:[\w.'’-]+\s+){1,4}?"
                            r"(?:police|sheriff['’]?s?)\s+(?:department|office)|"
                            # 'according to Spokane police, who are investigating'
                            r"according to (?-i:[A-Z][\w.'’-]*\s+){1,3}(?:police|deputies|troopers)(?:,\s+who\s+(?:are|is|were)\s+"
                            r"investigating)?|(?:police|authorities|officials|deputies|investigators|officers|detectives"
                            r"|troopers) (?:said|say|says|reported|believe|believed)|(?:a |the )?police (?:statement|"
                            r"report|spokes(?:man|woman|person))|(?:told|called|notified) (?:police|authorities|911)|"
                            # police only on their way: 'while police were on their way', 'before officers arrived'
                            r"(?:police|officers|deputies) (?:were|was) (?:on (?:their|the) way|en route)|"
                            r"before (?:police|officers|deputies) arrived)\b",
                            re.I)

PLURAL_PATIENT = re.compile(r"\b(?:they|both)\s+(?:were|had been)\s+(?:both\s+)?(?:\w+\s+)?(?:shot and killed|killed|"
                            r"fatally shot|shot dead|shot to death)\b|"
                            r"^(?:They|Both)\s+(?:were|had been)\s+(?:both\s+)?(?:struck|hit|shot)\b|"  # 'Both were struck.'

                            r"\b(?:shot and killed|killing|killed|fatally shot|shooting|shot)\s+(?:both\s+)?(?:them|both men|"
                            r"both women|the two men|the pair)\b|\b(?:both|the two) (?:men|women|suspects) (?:were|died)|"
                            r"\b(?:both|the two) (?:men|women|suspects|gunmen|shooters)\b[^.]{0,120}\b(?:before|after)\s+"
                            r"being\s+(?:\w+\s+)?(?:shot|killed)",
                            re.I)

#: how a story calls someone before naming them
FIGURE = r"(?:man|woman|boy|girl|teen|teenager|driver|suspect|victim|person|motorist|shooter|gunman)"
#: a civilian who did the harm, told by a noun before 'who': 'A gunman who killed a woman', 'the man who shot his wife'
CIVILIAN_WHO = (r"\b(?:gunman|shooter|attacker|suspect|man|woman|husband|boyfriend|son|driver|teen|teenager)"
                r"(?:\s+in\s+(?:his|her)\s+(?:early\s+|mid-?|late\s+)?\d0s|,\s*\d{1,3},)?"  # 'a man in his 20s who'
                r"\s+who\s+(?:\w+\s+){0,2}?")
#: the unnamed one police killed: 'shot and killed a 52-year-old man', 'the man died', 'a woman was fatally shot'
KILLED_FIGURE = re.compile(
    rf"\b(?:shot and killed|fatally shot|killed|shot|struck and killed)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<a>{FIGURE}|male|female)\b|\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?P<b>{FIGURE}|male|female)\s+"
    rf"(?:[^,.;]{{0,40}}?\s+|who\s+[^,.;]{{0,90}}?\s+)?(?:(?:was|were)\s+(?:\w+\s+)?(?:shot and killed|killed|fatally shot|shot dead|"
    rf"shot to death|struck and killed)|died)\b", re.I)
AGE_RE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b")
DESCRIPTOR_RE = re.compile(
    r"\b(?:an?|the)\s+(?:(\d{1,3})[- ]years?[- ]old\s+)?(?:(?:unidentified|unarmed|armed|Black|white|Hispanic|Latino|"
    r"Asian|young|elderly|homeless|suspected)\s+)?(man|woman|boy|girl|teen(?:ager)?|male|female|person|suspect|"
    r"driver|motorist|individual|youth|juvenile|father|mother|resident|veteran|inmate|victim|subject|passenger)\b",
    IC)

DESCRIPTOR_DIED_RE = re.compile(
    r"\b(?:the|an?|one)\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|suspect|driver|teen|boy|girl|person|individual|male|"
    r"female|subject|inmate|passenger)\s+(?:\w+\s+){0,2}?(?:died|was killed|was shot and killed|was fatally shot|"
    r"was pronounced (?:dead|deceased)|was shot dead|was shot to death|was declared (?:dead|deceased))\b", IC)

#: what officers fire that is no gun ('fired a Taser', 'fired beanbag rounds')
_LESS_LETHAL = r"(?:tasers?|stun|bean|pepper|less|rubber|tear|foam|sponge|projectiles?)"
CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("gunshot", re.compile(r"\b(?:shot|shoots|shooting|gunfire|gunshots?|fir(?:ed|ing) "
                           rf"(?!(?:\w+ ){{0,2}}?{_LESS_LETHAL}\b)(?:\w+ ){{0,3}}(?:shots|rounds|at|on|"
                           r"upon|into)|opened fire|returned fire|bullets?|open fire|gunfights?|firefights?|shoot-?outs?|"
                           r"gun ?battles?)\b|"
                           # 'two officers fired', 'one trooper fired, killing him' (not 'fired a Taser', 'was fired')
                           r"\b(?:officers?|troopers?|deput(?:y|ies)|agents?|police|sergeant|detective|cops?)\s+"
                           r"(?:(?!was\b|were\b|been\b|be\b|is\b|are\b)\w+\s+)?fired\b"
                           rf"(?!\s+(?:\w+\s+){{0,3}}?(?:{_LESS_LETHAL}|from|after|for|by|over)\b)", IC)),
    ("taser", re.compile(r"\b(?:tased|tasered|taser|tasers|stun[- ]guns?|electroshock|conducted energy|"
                         r"shocked (?:him|her))\b", IC)),
    ("restraint", re.compile(r"\b(?:restrain(?:ed|t|ing|ts)|chokehold|choke[- ]hold|neck restraint|"
                             r"pinned(?!\s+(?:against|between|under|beneath|inside)\b)|"  # not by a car: 'pinned against'
                             r"knee on (?:his|her) (?:neck|back)|hog-?tied|asphyxi\w+|prone position|"
                             r"can't breathe|couldn't breathe|held (?:him|her|(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})) "
                             r"(?:(?:face[- ]?)?down|on the (?:ground|floor|pavement))|smother\w*)\b", IC)),
    ("vehicle", re.compile(r"\b(?:(?:struck|hit|run over|ran over|pinned|crushed)(?: and killed)? by (?:an?|the) (?:(?-i:[A-Z])[\w.'’-]* ){0,4}"
                           r"(?:police |patrol |squad |sheriff['’]s |marked |unmarked |deputy['’]s |trooper['’]s |"
                           r"officer['’]s ){0,2}(?:vehicle|car|cruiser|SUV|truck|squad|motorcycle|(?<=patrol )unit)|ran (?:him|her) "
                           r"over|crash(?:ed)? (?:during|after|while fleeing|in) (?:a|the) (?:police )?(?:pursuit|"
                           r"chase)|pursuit ended (?:in|with) a crash|(?-i:PIT) maneuver|precision immobilization "
                           r"technique|pursuit intervention technique|"
                           # 'a Michigan State Police patrol car struck his motorcycle'
                           r"(?:patrol|police|squad|sheriff['’]s|trooper['’]s) (?:car|vehicle|cruiser|SUV|truck) "
                           r"(?:(?!was\b|were\b|been\b|is\b)[\w-]+ ){0,6}?(?:struck|hit|rammed|ran over|collided with))\b",
                           IC)),
    # 'an officer struck him with a baton', 'was struck with a flashlight' (not 'Dunn struck him with a flashlight')
    ("beaten", re.compile(r"\b(?:beat(?:en|ing)?|bludgeon\w*|(?:officers?|deput(?:y|ies)|troopers?|police|cops?|"
                          r"sergeant)\s+(?:(?!said\b|says\b|told\b|reported\b)\w+\s+){0,3}?struck (?:him|her) with (?:a|an|his|her|their) "
                          r"(?:baton|flashlight)|(?:was|were) (?:repeatedly )?struck with (?:a|an) (?:baton|flashlight)|"
                          r"punched|kicked)\b", IC)),
    ("police_dog", re.compile(r"\b(?:K-?9|police dog|mauled)\b", IC)),
    ("chemical", re.compile(r"\b(?:pepper[- ]spray(?:ed)?|OC spray|tear gas|chemical agent|mace)\b", IC)),
    ("less_lethal", re.compile(r"\b(?:bean ?bag|rubber bullets?|less[- ]lethal|pepper ?balls?)\b", IC)),
)

NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
             "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
             "once": 1, "twice": 2, "several": None, "multiple": None, "numerous": None}
_NUM = r"(\d{1,3}|" + "|".join(k for k in NUM_WORDS if k not in ("once", "twice")) + r")"
SHOTS_RES = (
    re.compile(rf"\b(?:fired|firing|fires|shot|discharged)\s+(?:\w+\s+){{0,3}}?{_NUM}\s+(?:times|shots|rounds|"
               r"bullets)\b", IC),
    re.compile(rf"\b(?:shot|struck|hit)\s+(?:\w+\s+){{0,3}}?{_NUM}\s+times\b", IC),
    re.compile(rf"\b{_NUM}\s+(?:shots|rounds|bullets)\s+(?:were\s+)?(?:fired|struck|hit)\b", IC),
    re.compile(r"\b(?:shot|struck|hit)\s+(?:\w+\s+){0,2}?(once|twice)\b", IC),
    # 'One officer fired twice', 'Officer Kroll, 35, a nine-year veteran, fired once', not 'Tate fired twice at
    # deputies' nor 'had been fired once before'
    re.compile(r"\b(?<!been )(?:(?-i:(?!He\b|She\b)[A-Z][\w'’-]+)|officers?|deput(?:y|ies)|troopers?|agents?|police)"
               r"(?:,\s*who|\s+then|\s+also|(?:,[^,.;]{1,40}){1,2},)?\s+fired\s+(once|twice)\b"
               r"(?!\s+(?:at|on|toward)\s+(?:the\s+)?"
               r"(?:officers?|deput|troopers?|police|agents?))", IC),
)

FLEE_FOOT_RE = re.compile(r"\b(?:fled on foot|ran (?:away|off|from)|running (?:away|from)|run away|took off running|"
                          r"foot (?:chase|pursuit)|chas(?:ed|ing|e) (?:\w+ ){0,4}(?:down|through|across|into|on foot)|"
                          r"(?:tried|attempted) to run(?!\s+(?:over|down|him|her|them|the|an?)\b)|began (?:to run|running)|fleeing on foot|"
                          # 'ran toward a fence', not 'ran toward deputies' (at them, not away)
                          r"ran toward(?!\s+(?:the\s+|an?\s+|two\s+|both\s+)?(?:officers?|deput(?:y|ies)|troopers?|police|"
                          r"agents?|cops?|him|her|them)\b))\b", IC)
FLEE_CAR_RE = re.compile(r"\b(?:fled in (?:a|his|her|the) (?:\w+ )?(?:car|vehicle|truck|SUV|van)|(?:vehicle|car|"
                         r"high-speed|police|motorcycle) (?:pursuit|chase)|drove (?:off|away)|sped (?:off|away)|"
                         r"fled (?:the|a) traffic stop|failed to (?:stop|yield)|(?<!not )(?<!never )refused to (?:stop|pull over)|"
                         r"tried to drive away|attempted to drive (?:off|away)|"
                         r"(?:led|leading) (?:officers|police|deputies|troopers|agents) on a (?:\w+ )?(?:pursuit|chase))\b",
                         IC)
NOT_FLEEING_RE = re.compile(r"\b(?:was not fleeing|wasn't fleeing|not trying to (?:flee|run))\b", IC)
#: flight told without a flight verb of the rules above: 'he ran', 'the driver sped off', 'took off on foot'
_RAN_NOT_AWAY = (r"(?!\s+(?:over|a red|the red|a stop|into|to|towards?|at|up|inside|upstairs|downstairs|in reverse|"
                 r"back inside|him|her|them|it|down|out of (?:ammunition|bullets|gas))\b)")
FLEE_FOOT_MORE_RE = re.compile(
    r"\b(?:(?P<who>he|she|and|then|but|suspect)\s+(?:then\s+)?ran\b" + _RAN_NOT_AWAY + "|"
    r"(?-i:(?!(?:Police|Officers?|Deput(?:y|ies)|Troopers?|Agents?|Rover|Cruiser|They|We|You|It|She|He)\b)[A-Z][a-z'’-]+)"
    r" ran\b" + _RAN_NOT_AWAY + "|"
    r"(?:fled|ran|running|took off|escap(?:e|ed|ing))(?: (?!and\b|but\b)[\w']+){0,3} on foot|(?:fled|ran) (?:through|across|down|"
    r"behind|between) (?:a|an|the|some|nearby|several)\b|(?:fled|ran|running) (?:into|out|toward|towards|to) "
    r"(?:a |an |the |some |nearby |his |her )*(?:\w+ )?(?:woods|wooded|alley|backyards?|yards?|field|creek|"
    r"neighborhood|desert|brush|back door|apartment complex)\b|"
    r"fled into (?:a|an|the|some|nearby)\b|jumped (?:over )?(?:a |the )?(?:fence|wall))", IC)
FLEE_CAR_MORE_RE = re.compile(
    r"\b(?:(?:driver|motorist)\s+(?:then\s+)?(?:fled|took off|sped|drove off|drove away|kept (?:going|driving)|"
    r"accelerated)\b(?!\s+(?:on foot|running))|(?:he|she)\s+(?:then\s+)?(?:sped|drove) (?:off|away)|"
    r"(?:fled|took off|sped away|escaped) in (?:a|an|his|her|the) "
    r"(?:\w+ ){0,2}(?:car|vehicle|truck|SUV|van|pickup|sedan|motorcycle)|"
    r"(?:led|leading) (?:them|him|the officers?|the deput(?:y|ies)) on a (?:\w+ )?(?:pursuit|chase))", IC)
#: a chase told as such ('After a short chase', 'a pursuit ensued', 'police chased the car'): flight by car
#: when the sentence tells of a vehicle and not of running, on foot when it tells of running and no vehicle
CHASE_RE = re.compile(r"\b(?:(?<!foot )(?:chase|pursuit)|chased|pursued|gave chase)\b(?!\s+(?:him|her|them) "
                      r"on foot)", IC)
CHASE_VEHICLE_RE = re.compile(r"\b(?:cars?|vehicles?|trucks?|SUVs?|vans?|pickups?|sedans?|motorcycles?|drove|driving|"
                              r"driver|crash(?:ed|es)?|traffic stop|sped|speeds?|mph|highway|interstate|freeway|spikes?|"
                              r"tires?|rammed|high-speed|low-speed|Dodge|Chevrolet|Chevy|Ford|Honda|Toyota|Nissan|"
                              r"Jeep|Hyundai|Kia|BMW|Mercedes|Cadillac|Buick|Chrysler|GMC|Lexus|Acura|Mazda|Subaru|"
                              r"Volkswagen|Audi|Pontiac|Infiniti)\b", IC)
#: flight told without its means ('while he was fleeing officers'): by car when the same sentence tells of driving
#: ('the Nissan he was driving crashed'), not of a stop or of leaving a car ('fled from a traffic stop', 'fled from
#: a car' are as often on foot)
FLED_RE = re.compile(r"\b(?:fled|fleeing|flee|flees)\b", IC)
FLED_DRIVING_RE = re.compile(r"\b(?:drove|driving|crash(?:ed|es)?|sped|speeds?|mph|high-speed|rammed)\b", IC)
FLED_NOT_DRIVING_RE = re.compile(r"\b(?:traffic stop|got out|jumped out|(?:fled|fleeing) (?:from )?(?:the|a|his|her) "
                                 r"(?:car|vehicle|truck|SUV|van)|on foot|ran|running|passenger)\b", IC)
CHASE_FOOT_RE = re.compile(r"\b(?:on foot|ran|running|runs|jumped|fence|backyards?|woods|sprinted)\b", IC)

_WEAPON = (r"(?:gun|handgun|pistol|rifle|shotgun|firearm|revolver|knife|knives|machete|crossbow|bow|sword|hatchet|axe?|"
           r"weapon|box cutter|razor|screwdriver|bat|hammer|pipe|rock|brick|stick|scissors|blade|sharp object)")
ARMED_RE = re.compile(
    rf"\b(?:(?<!un)armed|you had a gun|(?:drop|dropped|put down|holding|held|carrying|carried|waving|waved|swinging|swung|"
    rf"pulled|pulled out|produced|raised|brandish\w*|aimed|pointed|pointing|wielding|wielded|grabbed|reached (?:for|toward|towards)|"
    rf"retrieved|lunged with|charged with|came at \w+ with|threatened \w+ with|threatening \w+ with)\s+"
    rf"(?:(?:a|an|the|his|her|their|what appeared to be an?|two|another)\s+)?(?:[\w-]+\s+){{0,2}}?{_WEAPON}s?|"
    rf"(?:gun|knife|weapon|handgun|firearm|pistol|rifle) (?:was|were) (?:found|recovered)|recovered (?:an?|the) "
    rf"{_WEAPON}|(?:fired|shooting|shot|firing) (?:\w+ )?(?:at|on|toward|towards) (?:the |two |responding )?(?:officers?|police|"
    rf"deputies|deputy|troopers?|agents?|them)|exchanged (?:gun)?fire|gun ?battle|shoot-?out|opened fire|began shooting|"
    rf"started shooting|with an? (?:[\w-]+\s+)?{_WEAPON}|"
    # 'Collier fired from a window', 'he fired several shots', not 'the officer fired twice'
    rf"(?:\b(?-i:he|she|(?!Police|Officers?|Deput|Troopers?|Agents?|Sgt|Sergeant|Lt|Detectives?)[A-Z][a-z'’-]+)) "
    rf"(?:then |allegedly |reportedly )?fired (?:from|shots|a shot|several|multiple|at least|rounds|a round|into|"
    rf"through|out))\b", re.I)
_POLICE_CAR = (r"(?:an? |the |two |several |one of the |multiple )?(?:(?:police|patrol|squad|sheriff['’]s|deputy['’]s|"
               r"officer['’]s|trooper['’]s|marked|unmarked) )+(?:vehicles?|cars?|cruisers?|SUVs?|trucks?|units?)")
#: a police car hit ('hitting a police car'): by the driver, unless the sentence tells of shots or a blow
#: ('opened fire, striking the patrol car', 'swung a branch, instead hitting the officer's patrol vehicle')
VEHICLE_HIT_RE = re.compile(r"\b(?:struck|hit|hitting|striking) " + _POLICE_CAR, re.I)
NOT_BY_CAR_RE = re.compile(r"\b(?:shots?|shooting|fired|fire|firing|bullets?|rounds?|gunfire|branch|bat|"
                           r"swung|swinging|threw|thrown|rocks?|bricks?)\b", re.I)
#: a weapon named at all: the cheap test before ARMED_MORE_RE
WEAPON_WORD_RE = re.compile(rf"\b(?:{_WEAPON}|shears|weapons?)", re.I)
#: up to two words between a verb and its weapon ('a small semi-automatic pistol'), not across 'about', 'of' ...
_FEW_WORDS = r"(?:(?!about\b|for\b|of\b|to\b|in\b|on\b|and\b|or\b)[\w-]+\s+){0,2}?"
#: arms told with verbs the police also use of their own ('drew a gun', 'fired his weapon', 'had a knife'):
#: read only when the one acting is not police (see fields._armed_told)
ARMED_MORE_RE = re.compile(
    rf"\b(?:(?:had|has|having|drew|draws|drawing|pull(?:s|ing)?|fired|fire|firing|show(?:ed|ing)|display(?:ed|ing)|"
    rf"present(?:ed|ing)|producing|reveal(?:ed|ing)|armed (?:himself|herself) with|brandished|wielding|pointing)\s+"
    rf"(?:(?:a|an|the|his|her|two|three|several|another|what (?:appeared|looked) to be an?|some (?:type|kind|sort) of|"
    rf"a pair of)\s+)?{_FEW_WORDS}(?:{_WEAPON}|shears|weapons?)s?\b|"
    rf"\bwith (?:(?:two|three|several|his|her|the same|what (?:appeared|looked) to be an?|some (?:type|kind|sort) "
    rf"of|a pair of)\s+){_FEW_WORDS}(?:{_WEAPON}|shears)s?\b|\bwith (?:knife|gun|handgun|machete)\b)"
    r"(?!\s+(?:drawn|holstered|trained|out|safety))", re.I)
#: arms told by what the one acting did with them, no weapon named: 'fired at a trooper', 'stabbed a store
#: employee', 'shot a convenience store clerk', 'with guns drawn' (not 'fired at him', 'fired into a car' nor 'shot
#: a man', which tell the police's fire as often, nor 'holding his girlfriend at gunpoint', told in the story of a
#: hostage police killed too); read like ARMED_MORE_RE
_NOT_THE_SUSPECT = (r"(?!(?:him|her|them|it|the suspect|the man|the woman|an? man|an? woman|the driver|"
                    r"(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:car|vehicle|truck|SUV|van|pickup|sedan))\b)")
ARMED_ACT_RE = re.compile(
    r"\b(?:fired|firing|opened fire)\s+(?:(?:a\s+|several\s+|multiple\s+|two\s+|three\s+)?(?:shots?|rounds?)\s+|"
    r"(?:several|multiple) times\s+|twice\s+|once\s+)?(?:at|on|toward|towards|into)\s+" + _NOT_THE_SUSPECT +
    r"(?:an?\s+|the\s+|two\s+|another\s+|other\s+|his\s+|her\s+)?\w+|"
    r"\b(?:stabbed|stabbing|slashed|slashing|shot and wounded|shot and killed|shot|shooting)\s+" + _NOT_THE_SUSPECT +
    r"(?:an?|his|her|two|three|another|several)\s+(?!(?:man|woman|suspect|driver|person|times|rounds?|shots?)\b)"
    r"[\w'’-]+|"
    r"\bwith (?:guns|weapons|knives|a gun|a knife|a weapon) drawn\b", re.I)
VEHICLE_WEAPON_RE = re.compile(
    r"\b(?:ramm(?:ed|ing) (?:his|her|the|a) (?:vehicle|car|truck|SUV)|ran over (?:an?|the|two)? ?(?:officer|deputy|"
    r"deputies|trooper)|(?:drove|accelerated|aimed (?:his|her|the) (?:vehicle|car)) (?:at|toward|towards|into) (?:an? |the )?"
    r"(?:officers?|police|deputies|deputy|troopers?)|(?:struck|hit|dragged|pinned) (?:an? |the )?(?:officer|deputy|trooper)"
    r" with (?:his|her|the) (?:vehicle|car)|tried to run (?:over|down)|"
    # 'started ramming police vehicles', 'rammed the deputy's patrol car'
    r"(?:ramm(?:ed|ing)|backed into|crashed into|slammed into) " + _POLICE_CAR + "|ramm(?:ed|ing) (?:an? )?(?:cruiser|"
    r"squad car)s?|"
    # 'attempted to back over one of the officers', 'drove in the general direction of officers'
    r"(?:tried|attempted|trying|attempting) to (?:back|run|drive) (?:over|into|toward|at) (?:\w+ ){0,3}?(?:officers?|"
    r"deput(?:y|ies)|troopers?|agents?)|(?:drove|driving|accelerat\w+|revers\w+|backed(?: up)?|sped|steered|"
    r"lurched) (?:(?:his|her|the) (?:car|vehicle|truck|SUV|van) )?(?:forward |backward |in reverse |directly |"
    r"again )?(?:at|toward|towards|into|in the (?:general )?direction of) (?:an? |the |one of the |two |several )?"
    r"(?:officers?|police|deput(?:y|ies)|troopers?|agents?))", re.I)
UNARMED_RE = re.compile(
    r"\b(?:unarmed|no (?:gun|weapon|knife|firearm)s? (?:\w+ ){0,3}(?:visible|found|recovered|seen)|not armed|"
    r"neither (?:\w+ ){0,2}(?:was|were) armed|"
    r"wasn't armed|was not carrying|did not have an? (?:gun|weapon)|didn't have an? (?:gun|weapon)|no weapon|"
    r"empty[- ]handed|(?:was )?holding (?:an?|his|her) (?:cell ?phone|phone|wallet))\b", IC)
#: the weapon was down when police fired: 'witnesses saw Reed drop the knife', 'he had dropped the gun'
DROPPED_RE = re.compile(r"\b(?:(?:had |already )dropped (?:the|his|her) (?:knife|gun|weapon|firearm|pistol)|"
                        r"(?:saw|seen|see) (?:him|her|[A-Z][\w'’-]+) (?:drop|put down|throw down|toss) (?:the|his|her) "
                        r"(?:knife|gun|weapon|firearm|pistol))\b", IC)
REPLICA_RE = re.compile(r"\b(?:toy gun|replica|BB gun|pellet gun|airsoft|fake gun)\b", IC)

CLAIMERS = (
    ("officer", re.compile(r"\b(?:the )?(?:officer|deputy|trooper|cop)s? (?:yell(?:s|ed)|shout(?:s|ed)|replie[sd]|"
                           r"told|said|says|scream(?:s|ed))\b|^\s*[\"“]", IC)),
    ("police", re.compile(r"\b(?:police|authorities|officials|the department|sheriff(?:'s office)?|investigators) "
                          r"(?:said|say|says|reported|allege|alleged|claim(?:ed)?)|according to (?:police|"
                          r"authorities|officials|the (?:department|sheriff))|\ballegedly\b|police say", IC)),
    ("video", re.compile(r"\b(?:video|footage|recordings?)\b", IC)),
    ("family", re.compile(r"\b(?:family|relatives|mother|father|attorney|lawyer|sister|brother)\b", IC)),
    ("witness", re.compile(r"\bwitness(?:es)?\b", IC)),
)

BODYCAM_RE = re.compile(r"\bbody[- ]?(?:worn[- ])?cam(?:era)?s?\b|\bbodycams?\b|\bbody-worn\b", IC)
VIDEO_RE = re.compile(r"\b(?:video|footage|recordings?|dash ?cam)\b", IC)
_ORG = r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of|for|and|on|the|[A-Z][\w'’.-]*)){0,7}"
RELEASED_BY_RE = re.compile(rf"\b(?P<a>{_ORG})\s+(?:has|have|had|on \w+)?\s*(?:released|made public|published|posted)\b"
                            rf"|\b(?:released|made public|published|posted) by (?:the )?(?P<b>{_ORG})")
HANDS_UP_RE = re.compile(r"\bhands (?:held )?(?:up|raised|in the air|above (?:his|her) head|visible)|raised (?:his|"
                         r"her|their) hands|put (?:his|her) hands up|\bsurrender(?:ed|ing)\b|tried to surrender|"
                         r"in surrender|was complying|on (?:his|her) knees", IC)
_ASIAN = ("vietnamese", "chinese", "korean", "filipino", "filipina", "japanese", "hmong", "cambodian", "laotian",
          "thai")
_LATINO = ("mexican", "puerto rican", "cuban", "salvadoran", "guatemalan", "honduran", "dominican", "colombian",
           "venezuelan")
_RACES = (r"Black|African[- ]American|[Ww]hite|Hispanic|Latin[oax]|Asian(?:[- ]American)?|Native American|"
          r"Indigenous|Pacific Islander|Middle Eastern|Arab(?:[- ]American)?|"
          rf"(?:{'|'.join(w.title() for w in _ASIAN + _LATINO)})(?:[- ]American)?")
#: 'a Black man', 'a 22-year-old black male', 'a white 34-year-old driver'; or told of a person:
#: 'Marks, who was Black,', 'he is Latino and'
RACE_RE = re.compile(rf"\b(?i:({_RACES}))\s+(?:\d{{1,3}}-year-old )?(?:man|woman|men|women|teen|teenager|boy|girl|person|"
                     r"male|female|father|mother|youth|resident|motorist|driver|veteran|student|American)\b"
                     r"(?!\s+(?:police|officers?|deput(?:y|ies)|troopers?|agents?|cops?|sergeant)\b)|"
                     rf"\b(?:[Ww]ho|[Hh]e|[Ss]he|(?P<name>[A-Z][\w'’-]+)(?:,[^,.;]{{1,60}},)?)\s+(?:was|is)\s+"
                     rf"({_RACES})(?=\s*[,.;]|\s+and\b)")
#: a tribe's member or citizen: 'Locklear, a member of the Lumbee Tribe', 'he was an enrolled member of the
#: Navajo Nation'
TRIBE_RE = re.compile(r"\b(?:(?:[Hh]e|[Ss]he)\s+(?:was|is)\s+|(?P<name>[A-Z][\w'’-]+),\s+|(?P<name2>[A-Z][\w'’-]+)\s+"
                      r"(?:was|is)\s+)(?:an?\s+)?(?:enrolled\s+|registered\s+)?(?:member|citizen)\s+of\s+the\s+"
                      r"(?:(?:[A-Z][\w'’-]*\s+){1,4}(?:Tribe|Nation|Pueblo|Indian Community|Tribal Nation|Rancheria)|"
                      r"(?:[A-Z][\w'’-]*\s+){0,3}Band\s+of\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Indians|Chippewa|Ojibwe|"
                      r"Potawatomi))\b")
RACE_CODES = {"black": "black", "african-american": "black", "african american": "black", "white": "white",
              "hispanic": "hispanic", "latino": "hispanic", "latina": "hispanic", "latinx": "hispanic",
              "asian": "asian", "asian-american": "asian", "asian american": "asian", "native american":
              "native_american", "indigenous": "native_american", "pacific islander": "pacific_islander",
              "middle eastern": "middle_eastern", "arab": "middle_eastern", "arab-american": "middle_eastern",
              "arab american": "middle_eastern"} | {
    f"{w}{tail}": code for words, code in ((_ASIAN, "asian"), (_LATINO, "hispanic"))
    for w in words for tail in ("", "-american", " american")}
MALE_RE = re.compile(r"\b(?:he|him|his|himself|man|boy|male|son|father|brother|husband|gentleman)\b", IC)
FEMALE_RE = re.compile(r"\b(?:she|her|hers|herself|woman|girl|female|daughter|mother|sister|wife|lady)\b", IC)

AGENCY_RE = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,4}?(?:Police Department|Police Dept\.|Police|Sheriff's Office|Sheriff’s Office|"
    r"Sheriff's Department|Sheriff’s Department|Sheriff's Dept\.|Department of Public Safety|Public Safety "
    r"Department|State Patrol|Highway Patrol|State Police|Marshals Service|Border Patrol|Department of Corrections|"
    r"Constable's Office|Police Service|Sheriff|Marshal's Office)|(?:[A-Z][\w.'’-]*\s+){1,4}(?=police\b|sheriff['’]s "
    r"deput(?:y|ies)\b|deput(?:y|ies)\b|(?<=(?:County|Parish) )Deput(?:y|ies)\b(?!\s+(?:Coroner|District|"
    r"Attorney|Chief|Director|Clerk|Medical|Mayor|Commissioner|Prosecutor|Solicitor|Secretary|Warden|Fire))|troopers))")
AGENCY_BAD_START = {"the", "a", "an", "when", "after", "as", "while", "but", "and", "then", "two", "three", "one",
                    "several", "local", "in", "on", "at", "officers", "deputies", "both", "if", "because", "said",
                    "video", "shows", "according", "tragically", "however", "throughout", "shortly", "officials",
                    "authorities", "other", "another", "responding", "arriving", "off-duty", "on-duty", "former",
                    "fellow", "no", "backup", "uniformed", "plainclothes", "four", "five", "six", "seven", "eight",
                    "nine", "ten", "multiple", "more", "some", "many", "all"}  # 'Other deputies', 'Off-duty Greenville police'
# the article says someone other than police did the killing, or it is a crime story
OTHER_KILLING_RE = re.compile(
    r"\b(?:(?:searching|looking|hunting) for (?:the|a|an) (?:\w+ )?(?:gunman|shooter|killer|gunmen)|"
    # police looking for a suspect ('Police said they're looking for a suspect'), not a force sent out
    # looking for one ('came to the motel, looking for a violent suspect', 'deputies looking for a suspect')
    r"(?<!, )(?<!police )(?<!officers )(?<!deputies )(?<!troopers )(?<!agents )"
    r"(?:searching|looking|hunting) for (?:the|a|an) (?:\w+ )?suspects?|"
    r"no arrests? (?:has|have) been made|no one has been (?:arrested|charged)|(?:gunman|shooter|killer|gunmen) "
    r"(?:fled|remains? at large|is still|was still)|investigating (?:the|a|his|her) (?:death|homicide|killing) as a "
    r"homicide|drive-by shooting|(?:was|were) killed in an? (?:\w+ )?(?:crash|fire|collision|blaze)|died (?:\w+ ){0,3}?in an? "
    r"(?:\w+ )?(?:crash|fire|collision|blaze)|overdose|self-inflicted|murder-suicide|hit-and-run|(?:struck|hit) and killed (?:a|the) pedestrian|"
    r"anyone with information|Crime Stoppers|no law[- ]enforcement (?:role|authority|powers)|no (?:officers|police) (?:fired|were involved)|"
    # a crash police had no part in: 'police say no chase involved', 'struck and killed by a car'
    r"no (?:police )?(?:chase|pursuit) (?:was )?involved|"
    # 'no police vehicles were involved and troopers were not pursuing Grady's truck'
    r"no police (?:vehicles?|cars?|cruisers?) (?:was|were) involved|"
    r"(?:officers|troopers|deputies|police) (?:were|was) not (?:pursuing|chasing|following)|" + CIVILIAN_VEHICLE + r")\b",
    re.I)
# near a death: a cause other than police
#: officials say no force was used: 'There was no use of force', 'died of natural causes'
_NO_FORCE = (r"no use of force|no force was used|(?:died|death) (?:of|from) natural causes|"
             # 'found no evidence that officers used force against him', 'no signs of force'
             r"no (?:evidence|signs?|indications?) (?:that |of )?(?:[\w'’-]+ ){0,3}?(?:used |using )?(?:any )?force|"
             # 'The manner of death was listed as accidental', 'was ruled natural'
             r"manner of death (?:was|has been) (?:listed|ruled|determined|classified)(?: to be)?(?: as)? "
             r"(?:an? )?(?:accident(?:al)?|natural)|"
             # 'Officers did not fire their weapons, police said'
             r"(?:officers|deputies|troopers|police) (?:did not|didn't|never) (?:fire|discharge|shoot)")
NO_FORCE_RE = re.compile(rf"\b(?:{_NO_FORCE})\b", re.I)
LOCAL_OTHER_RE = re.compile(
    r"\b(?:(?:killed|shot) (?:himself|herself)|turn(?:ed|ing) the gun on (?:himself|herself)|took (?:his|her) own "
    r"life|collided|(?:died|killed|dead) in (?:a|the) (?:\w+ )?(?:crash|collision|wreck)|crash (?:killed|claimed)|"
    r"head-on (?:crash|collision)|(?:a|the) (?:[\w-]+ )?crash (?:on|at|near) |"
    r"(?:was|were|being) stabbed|stab(?:bing)? wounds|stabbed to death|(?:and )?then (?:killed |shot )?(?:himself|herself)|charged with (?:\w+[- ])?(?:degree )?murder|murder charge|"
    r"was hit by (?:a|an) (?:car|vehicle|truck|SUV|driver)|"
    # a fire: 'died of smoke inhalation', 'the blaze appears to have started accidentally'
    r"smoke inhalation|(?:died|killed|dead) in (?:a|the) (?:[\w-]+ )?(?:fire|blaze)|"
    r"(?:fire|blaze) (?:appears? to have )?(?:started|began) (?:accidentally|in (?:a|the))|"
    # a crash police had no part in: 'a charge of intoxication manslaughter', 'Officers were not pursuing the pickup'
    r"(?:intoxication|vehicular|DWI|DUI|drunken?[- ]driving) (?:manslaughter|homicide)|(?:was|were) not (?:pursuing|"
    r"chasing|in pursuit)|(?:was|were) not being (?:pursued|chased)|no (?:patrol|police) (?:vehicles?|cars?) (?:was|were) "
    r"involved|"
    # officials tell no force: 'There was no use of force', 'died of natural causes'
    + _NO_FORCE + r"|died peacefully|after a (?:long|brief) "
    r"illness)\b", re.I)
