"""The rule-based extractor on the seed article and on small hand-written cases (marked as such)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import SEED_ARTICLE
from forcewatch.news.dates import find_dates
from forcewatch.news.extract import extract
from forcewatch.news.model import Article
from forcewatch.news.places import find_places, mentioned_places
from forcewatch.news.text import sentences

SEED = SEED_ARTICLE


def victims(text: str, published: date | None = date(2021, 4, 30)):
    return extract(Article(text=text, published=published))


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    vs = extract(Article(text=SEED.read_text("utf-8"), published=date(2021, 4, 30)))
    return {v.name: v for v in vs}


def test_seed_yields_exactly_the_two_victims(seed):
    assert sorted(seed) == ["Adam Toledo", "Anthony Alvarez"]  # not the mayor, not the city official


def test_seed_alvarez_fields(seed):
    v = seed["Anthony Alvarez"]
    assert (v.age, v.gender, v.city, v.state) == (22, "male", "Chicago", "IL")
    assert v.causes[0] == "gunshot" and v.shots == 5 and v.flee == "foot"
    assert (v.date_from, v.date_to) == (date(2021, 3, 1), date(2021, 3, 31))  # "last month" is a range
    assert v.date is None
    assert v.armed == "disputed"
    claims = {(c["claim"], c["by"]) for c in v.armed_claims}
    assert ("armed", "officer") in claims and ("unarmed", "video") in claims
    assert v.body_camera is True and v.video_released is True
    assert v.video_released_by == "Civilian Office of Police Accountability"
    assert any("five shots" in s for s in v.evidence["shots"].sentences)
    assert any("22-year-old Anthony Alvarez" in s for s in v.evidence["age"].sentences)


def test_seed_toledo_fields(seed):
    v = seed["Adam Toledo"]
    assert v.age == 13 and v.city == "Chicago" and v.hands_up is True and v.video is True
    assert (v.date_from, v.date_to) == (date(2021, 3, 1), date(2021, 3, 31))
    assert "Chicago" in (v.agency or "")
    assert any("hands held up" in s for s in v.evidence["hands_up"].sentences)


def test_every_field_has_evidence_from_the_text(seed):
    text = SEED.read_text("utf-8")
    for v in seed.values():
        assert v.evidence
        for ev in v.evidence.values():
            assert ev.sentences
            for s in ev.sentences:
                assert s.split()[0] in text


# --- hand-written cases (not real articles) -----------------------------------------

def test_unnamed_victim():
    vs = victims("AUSTIN, Texas (AP) — Police shot and killed a 27-year-old man who pointed a rifle at officers "
                 "outside a gas station on Tuesday, authorities said.")
    assert len(vs) == 1
    v = vs[0]
    assert v.name is None and v.age == 27 and v.gender == "male"
    assert (v.city, v.state) == ("Austin", "TX") and v.date == date(2021, 4, 27)
    assert v.armed == "armed"


@pytest.mark.parametrize("text", [
    "Officer John Miller was shot and killed by a suspect during a traffic stop on Monday. The suspect fled.",
    "A man was shot and killed by a gunman outside a bar early Sunday. Police are searching for the shooter.",
    "Police arrested Mark Jones, 34, after a chase on Friday. No one was hurt.",
    "Deputies shot and wounded Carl Benson, 41, who is in stable condition at a hospital, the sheriff said.",
    "The city council approved a new police budget on Tuesday after a long debate.",
])
def test_not_killed_by_police(text):
    assert victims(text) == []


def test_relatives_and_officials_are_not_victims():
    vs = victims("Jamal Carter, 19, was fatally shot by Dayton police officers on Saturday. His mother, Denise "
                 "Carter, said he was unarmed. Police Chief Richard Biehl said the officer feared for his life. "
                 "Attorney Ben Crump called for the video to be released.")
    assert [v.name for v in vs] == ["Jamal Carter"]
    assert vs[0].armed == "unarmed" and vs[0].age == 19


def test_two_victims_in_one_article():
    vs = victims("Police in Denver shot and killed Luis Ramos, 31, on Monday. In a separate case, Tasha Green, 25, "
                 "died after deputies restrained her at the county jail on March 3.")
    names = {v.name: v for v in vs}
    assert set(names) == {"Luis Ramos", "Tasha Green"}
    assert names["Tasha Green"].causes == ["restraint"] and names["Tasha Green"].date == date(2021, 3, 3)
    assert names["Luis Ramos"].causes == ["gunshot"]


def test_dates_resolve_against_publication():
    p = date(2021, 4, 30)  # a Friday
    assert find_dates("on Wednesday", p)[0].day == date(2021, 4, 28)
    assert find_dates("on March 29", p)[0].day == date(2021, 3, 29)
    assert find_dates("on Dec. 5", p)[0].day == date(2020, 12, 5)  # a later date belongs to last year
    last = find_dates("last month", p)[0]
    assert (last.start, last.end, last.day) == (date(2021, 3, 1), date(2021, 3, 31), None)
    assert find_dates("on Wednesday", None) == []  # no publication date: no guess
    assert find_dates("on March 29, 2019", None)[0].day == date(2019, 3, 29)


def test_places():
    assert find_places("Officers in Aguanga, Calif., shot him")[0].state == "CA"
    assert find_places("near the intersection of Wood Street and Melrose Drive") == []
    assert find_places("in March he was")[:1] == []
    assert [f.city for f in find_places("He was shot in West Palm Beach on Monday.")] == ["West Palm Beach"]
    assert [f.city for f in find_places("An off-duty St Louis police officer shot him.")] == ["St. Louis"]
    assert [f.city for f in find_places("A deputy saw a car near Five Points in Monroe.")] == ["Monroe"]
    assert find_places("They met at The Springs apartment complex.") == []


def _one(text: str, **kw) -> list:
    return [(v.name, v.age, v.city) for v in extract(Article(text=text, **kw))]


def test_the_place_of_the_killing_beats_the_hospital_and_the_victims_home():
    text = ("Officers from the Pomona Police Department responded to a family disturbance. John Arganda, "
            "of Chino, charged at officers and was shot. He was declared dead at a medical center in Orange.")
    assert _one(text) == [("John Arganda", None, "Pomona")]


def test_a_named_officer_who_fired_makes_it_a_police_killing():
    text = ("Officer Vincent Faso was on an unrelated call. Faso ordered the man to drop the knife, but he "
            "continued to stab the woman. Faso shot and killed him.")
    assert len(_one(text)) == 1
    assert _one("Deputy Koby Knodle tried to stop the car. Knodle then shot and killed Gastelum.") == \
        [("Gastelum", None, None)]


def test_the_one_the_suspect_killed_is_not_the_victim():
    text = ("Richard Allen Moench was suspected of murdering 43-year-old Jeromy Wade Bryant and kidnapping "
            "a woman when he was shot and killed during a standoff with police.")
    assert _one(text) == [("Richard Allen Moench", None, None)]   # Bryant's age is not his


def test_an_unnamed_victims_age():
    text = ("Officers were called to an apartment for a suspicious male. Reports said the man, 22, was naked. "
            "A stun gun was used on the man, and he died after being shocked by police.")
    assert [a for _, a, _ in _one(text)] == [22]
    # the age given later, when the story names no one
    text = ("Police shot and killed a masked robbery suspect outside an insurance office. The masked suspect "
            "refused to put his weapon down. Police opened fire and killed the man. Earlier in the week, "
            "detectives learned that the suspect, 23, was planning the robbery.")
    assert [a for _, a, _ in _one(text)] == [23]


def test_a_text_known_to_tell_of_a_police_killing():
    text = "Jahi Waytes, 27, died after being shot in Hollywood, according to coroner's records."
    assert _one(text) == []                                       # police are never named
    assert _one(text, police_death_known=True) == [("Jahi Waytes", 27, "Hollywood")]
    (v,) = extract(Article(text=text, police_death_known=True))
    assert v.police_stated is False                               # taken as given, and it says so


# hand-written sentences, one per rule added for the DEV error patterns of docs/news-evaluation.md
@pytest.mark.parametrize("text,expected", [
    # the officer named by surname who fired is not the 'him' he shot
    ("Police say Griffin tried to steal cigarettes. In a dash cam video, Griffin pulls out a machete as he walks "
     "towards Smith. Smith shot and killed him.", ["Griffin"]),
    ("Two officers spotted Williams near a store. Williams fired at Cortez as he approached him. Cortez returned "
     "fire striking Williams. He died at the scene.", ["Williams"]),
    # place names taken for one-word names
    ("Officers responding to shots fired at a Titusville sports bar found Wilcher inside a car. Officers shot "
     "and killed Wilcher.", ["Wilcher"]),
    ("Barnes was threatening hikers near Lower Hull's Gulch. He shot at police and was shot and killed.",
     ["Barnes"]),
    ("Souder led police on a pursuit before ending up in Old Forge. Police said he got out with a gun and was "
     "shot and killed.", ["Souder"]),
    # a possessive after a name ending in s
    ("Officers arrived to find Kimiki Truss' home on fire. Police shot and killed Truss, 43.", ["Kimiki Truss"]),
    # plural titles do not end a sentence, and the whole list of officers is police
    ("Ruelas reached for his waist. Dets. Cory Morgan, Justin Mead and Jake Thompson opened fire, killing him.",
     ["Ruelas"]),
    # a relative can be the one killed when nobody else is; the family name first used for another is not
    ("Officers found 68-year-old Sally Harrison dead outside the house. Her husband said Harrison was with her "
     "brother, Sam Burt. Burt raised his handgun toward police, who shot and killed him.", ["Sam Burt"]),
    # shot by someone the story names, or arrested later: not killed by police
    ("Police chased the pair. Williams died after being shot by Pounds, who in turn was shot and killed by a "
     "trooper.", [None]),  # Pounds, named once without a given name, is no sure name; Williams is not the one
    ("Melyda Corado was shot and killed by LAPD officers during the standoff.", ["Melyda Corado"]),
    ("Police shot and killed Jackson. James was shot in the face at a separate location and arrested.",
     ["Jackson"]),
    # the subject next to the verb decides whose victim it is
    ("When they approached the car, Hernandez shot Campbell in the abdomen. Deputies immediately shot and killed "
     "Hernandez.", ["Hernandez"]),
    # 'He shot and killed X' right after an officer was named is the officer's act
    ("Police said Kelly Stephens approached an officer while swinging a chain. He shot and killed Stephens.",
     ["Kelly Stephens"]),
    # an officer in an apposition after the age
    ("Christofer Kitto, 34, an off-duty Albany police officer, was at a residence when Shatelle Hooks "
     "brandished a knife. Kitto shot and killed Hooks.", ["Shatelle Hooks"]),
    # the second of two named people shot
    ("An off-duty police officer fatally shot Dante Holden, 19, and Tymyr Wilson, 21.",
     ["Dante Holden", "Tymyr Wilson"]),
    # a surname that is also a word
    ("Robin White, 50, was firing a gun outside a house. One officer fired several shots, killing the woman.",
     ["Robin White"]),
    # an officer kills a relative: the relative is a police victim, the officer is not
    ("Sheriff's Deputy Carl Moss, 51, shot and killed his wife, Dana Moss, 49, and her friend Lee Hart, 50, "
     "before killing himself.", ["Dana Moss", "Lee Hart"]),
    ("The officer, identified as Paul Reed, was off-duty when he strangled his girlfriend, Tia Banks.", ["Tia Banks"]),
    # an officer charged with the killing
    ("Springfield police officer Mark Kahn is charged with murder in the shooting death of Ray Ortiz, 32.",
     ["Ray Ortiz"]),
    ("A man charged with murder in the shooting death of Ray Ortiz was shot by police in Dover.", []),
    # a couple, not someone's kin; 'They were shot and killed'
    ("Husband and wife, Tom Gale, 60, and Ann Pryor, 58, fired at deputies. They were shot and killed.",
     ["Tom Gale", "Ann Pryor"]),
    # of two named in the same sentence, one was injured
    ("Officers fired at the car. Ira Cole was killed, and Ben Tate, 39, was injured.", ["Ira Cole"]),
    # the second of two killed, each with an age and a home town
    ("Police chased the car until it hit a tree, killing 21-year-old Tim Ray, of Lyons, and 27-year-old Bo "
     "Knight, of Vidalia.", ["Tim Ray", "Bo Knight"]),
    # named after 'dead, including'
    ("The police chase ended in a shootout on a highway with four dead, including the UPS driver Frank Ortiz, 27, "
     "and Richard Cole, 70, a union representative.", ["Frank Ortiz", "Richard Cole"]),
    # 'the husband, X, ...' then 'officers shot and killed the husband'
    ("When deputies opened the door, the husband, Lon Price, 40, shot and killed the wife, Eve Price, 38, and "
     "deputies shot and killed the husband.", ["Lon Price"]),
    # an officer killed by fellow officers is a police killing; an officer killed by a suspect is not
    ("Officer Dan Rudd, 35, was shot and killed by other officers while struggling with Al Moss, 30, who was "
     "then also killed by responding officers.", ["Al Moss", "Dan Rudd"]),
    ("Officer Dan Rudd, 35, was shot and killed by a gunman in a stolen car.", []),
    # beside an officer's death, 'the suspect was also shot and killed'
    ("A deputy was killed and two officers were wounded in a gunfight. The suspect was also shot and killed.", [None]),
    # the first of two named together, a spelled-out age
    ("Sixteen-year-old Ty Banks and 17-year-old Lee Carr died after their car rolled over during a police chase.",
     ["Ty Banks", "Lee Carr"]),
    # several named together, then one death phrase for all of them (relatives and passengers included)
    ("Deputies stopped a stolen truck. Ray Berg fired on police, and Berg and passenger Jamie Dunn were both killed.",
     ["Ray Berg", "Jamie Dunn"]),
    ("15-year-old Dan Keel, his brother Eli Gore, 9, and friend Max Guzman, 11, were all killed when their car "
     "crashed while being chased by the CHP.", ["Dan Keel", "Eli Gore", "Max Guzman"]),
    ("Police said they shot and killed Jon Kelly and his father, Matt Wood Jr, while the two aimed guns at them.",
     ["Jon Kelly", "Matt Wood Jr"]),
    # ... but not the one who did the killing, nor bodies police came upon, nor a relative named beside them
    ("After road rage on the highway, the off-duty officer and Harvey pulled off the road. As Harvey approached "
     "Walker, Walker shot and killed him.", ["Harvey"]),
    ("Officers found Tina Fuller, 40, and Dee Banks, 28, dead in the yard. Officers later shot and killed Ray "
     "Wills, 30, in the house.", ["Ray Wills"]),
    ("Police shot and killed Sam Cole. His mother, Ann Cole, and his sister, Joy Cole, said he was unarmed.",
     ["Sam Cole"]),
])
def test_who_was_killed_by_police(text, expected):
    assert [v.name for v in victims(text)] == expected


def test_fatal_shots_fired_by_an_officer_and_a_state_trooper():
    text = ("Police chased David Sands into White Pigeon, Michigan, at around 12:37 a.m. Fatal shots were fired "
            "by an officer after Sands allegedly crashed into a patrol car.")
    assert [(v.name, v.city, v.state) for v in victims(text)] == [("David Sands", "White Pigeon", "MI")]
    text = "Ty Pounds, 24, was killed after a chase ended. Pounds was shot by a Kentucky trooper."
    assert [(v.name, v.state) for v in victims(text)] == [("Ty Pounds", "KY")]


def test_ages_given_before_a_name():
    text = ("Deputies chased a 17-year-old suspect until his car hit an SUV. The 37-year-old woman, Joy Hale, was "
            "killed in the crash.")
    (v,) = extract(Article(text=text, police_death_known=True))
    assert (v.name, v.age) == ("Joy Hale", 37)
    from forcewatch.news.people import find_people

    people = find_people(sentences("Police said Ray Dunn shot his 6-year-old granddaughter, Kaya, and a woman, "
                                   "Amy Lowe."))
    assert [(p.name, [a for a, _ in p.ages]) for p in people] == [("Ray Dunn", []), ("Kaya", [6]),
                                                                 ("Amy Lowe", [])]
    text = ("Deputies tried to serve an order for a 29-year-old, mentally ill man at his home. Later, Vance went into "
            "a store and was shot and killed by deputies.")
    assert [(v.name, v.age) for v in victims(text, None)] == [("Vance", 29)]


def test_a_nickname_is_the_same_person():
    from forcewatch.news.people import find_people

    people = find_people(sentences("Deputies shot Rigoberto Arceo on Sunday. A deputy had ordered Rigo to the ground."))
    assert [(p.name, len(p.mentions)) for p in people] == [("Rigoberto Arceo", 2)]


def test_officers_who_shot_and_killed_him():
    text = ("Two Tempe officers were shot while trying to serve an order of protection. The man allegedly fired "
            "shots at both officers, who shot and killed him.")
    assert [(v.name, v.city, v.death_stated) for v in victims(text, None)] == [(None, "Tempe", True)]


def test_a_killing_told_of_the_survivor_is_not_a_police_killing():
    text = "Police said the man, who had shot and killed his neighbor, was wounded by officers and taken to a hospital."
    assert victims(text, None) == []


def test_a_death_and_a_survivor_told_in_one_sentence():
    # the sentence that tells someone survived also tells a death: the death stands
    text = ("The officers ordered the people to get out of the car. The vehicle began to drive forward and the driver "
            "was shot and killed, but a girl who was also in the vehicle was injured.")
    assert [(v.name, v.death_stated) for v in victims(text, None)] == [(None, True)]
    # a survivor told after the death: still nobody police killed
    text = "Officers shot a man on Main Street. He was taken to a hospital and is in stable condition."
    assert victims(text, None) == []


def test_an_officer_the_man_wounded_is_not_the_one_who_survived():
    text = "Following a chase, a man shot and wounded an officer, and he was shot and killed."
    assert [(v.name, v.death_stated) for v in victims(text, None)] == [(None, True)]
    text = "Following a chase, a man shot at an officer, and he was shot and wounded."
    assert victims(text, None) == []


@pytest.mark.parametrize("after", ["Police said they're looking for a suspect.", "Police were looking for a suspect.",
                                   "Detectives continue searching for a suspect."])
def test_a_crime_story_whose_suspect_is_sought(after):
    assert victims(f"John Smith, 30, was shot and killed outside a bar on Tuesday night. {after}", None) == []


def test_police_looking_for_a_suspect_is_no_crime_story():
    # police who were looking for a suspect, then killed someone: no sign of someone else's killing
    text = ("Phoenix police came to the motel, looking for a violent suspect wanted in connection to another crime. "
            "Instead, they found Henry Rivera, who ran. He was shot and killed.")
    assert [v.name for v in victims(text, None)] == ["Henry Rivera"]
    # police who are still looking for the suspect: someone else killed him
    text = ("Henry Rivera, 30, was found at the motel. He was shot and killed. Police are still looking for a "
            "suspect.")
    assert victims(text, None) == []


def test_a_relative_clause_after_a_name_gives_no_role():
    # 'X, who officers said ...': the officers are the clause's subject, not X's role
    text = ("When officers arrived, they made contact with Scout Schultz, who officers said was armed with a knife. "
            "Officers said they made multiple attempts to get Schultz to drop the knife, and Schultz was shot and "
            "killed.")
    assert [v.name for v in victims(text, None)] == ["Scout Schultz"]
    from forcewatch.news.people import find_people

    people = find_people(sentences("Police shot and killed Sam Ortiz, whose mother said he was ill."))
    assert [(p.name, p.role) for p in people] == [("Sam Ortiz", None)]


def test_a_family_name_misspelt_by_one_letter_is_the_same_person():
    from forcewatch.news.people import find_people

    text = ("Officers warned the man, Joseph Alian, 25, to show his hands. Instead, Alain grabbed a handgun and "
            "aimed it at police. He was shot and killed.")
    assert [(v.name, v.age) for v in victims(text, None)] == [("Joseph Alian", 25)]
    people = find_people(sentences("Deputies used Tasers on 30-year-old Arvel Douglas Williams, police said. "
                                   "William was taken to a hospital, where he died."))
    assert [(p.name, len(p.mentions)) for p in people] == [("Arvel Douglas Williams", 2)]
    # two letters apart ('Garza' / 'Garcia'), a short name ('Hall' / 'Hill'), another first letter
    # ('Jansen' / 'Hansen'), or a relative's given name ('His brother William said'): someone else
    def mentions(text: str, name: str) -> int:
        return next(len(p.mentions) for p in find_people(sentences(text)) if p.name == name)

    assert mentions("Police shot Luis Garcia, 30. Officers said Garza ran at them.", "Luis Garcia") == 1
    assert mentions("Police shot Tom Hill, 30. Officers said Hall ran at them.", "Tom Hill") == 1
    assert mentions("Police shot Mark Hansen, 30. Officers said Jansen ran at them.", "Mark Hansen") == 1
    text = "Police shot and killed Marcus Williams, 30, in Tulsa. His brother William said Marcus was unarmed."
    assert [(v.name, v.age) for v in victims(text, None)] == [("Marcus Williams", 30)]


def test_a_place_before_a_sentence_whose_period_was_left_out():
    # 'near Salton City In the course of ...': the capitalised 'In' begins the next sentence
    assert [f.city for f in find_places("He was pulled over near Salton City In the course of that stop, he was "
                                        "shot.")] == ["Salton City"]


def test_more_places():
    assert [f.city for f in find_places("The chase ended near Slater and Compton avenues.")] == []
    assert [f.city for f in find_places("Officers were called to the area of Geneva and London.")] == []
    assert [f.city for f in find_places("He was shot in the area of Tulsa.")] == ["Tulsa"]
    assert [(f.city, f.state) for f in find_places("a robbery at the PNC Bank branch in Orange, New Jersey.")
            if f.state] == [("Orange", "NJ")]
    assert [f.city for f in find_places("A South Carolina probation officer shot him.")] == []
    text = ("Damon Barstad, a homicide suspect out of Warren, Michigan, was shot and killed by a Toledo police "
            "officer.")
    assert _one(text) == [("Damon Barstad", None, "Toledo")]
    # places the sources record that the Census place list lacks (record_places.csv)
    assert [(f.city, f.state) for f in find_places("He was shot in the Bronx, New York.") if f.state] == \
        [("Bronx", "NY")]
    assert [f.city for f in find_places("He was wanted in East Baton Rouge Parish, Louisiana.")] != ["Parish"]
    assert [f.city for f in find_places("A Port Allegany Borough Police officer shot him.")] == ["Port Allegany"]
    assert [f.city for f in find_places("A Tacoma-area woman was shot.")] == ["Tacoma"]
    # USPS city names the Census list lacks (postal_places.csv): unincorporated places, New England towns
    assert [(f.city, f.state) for f in find_places("He was killed by police in Tarzana, California.")
            if f.state] == [("Tarzana", "CA")]
    assert _one("Suffield police shot and killed Tom Gezotis.") == [("Tom Gezotis", None, "Suffield")]
    assert [f.city for f in find_places("The Range Rover rammed the Buena Park police car.")] == ["Buena Park"]
    # a state's abbreviation that ends the sentence before is not part of the town's name
    assert [f.city for f in find_places("He was wanted in Jackson County, Miss. Atlanta police got a tip.")] \
        == ["Atlanta"]
    # a town named by its airport or hospital, when nothing better is said
    assert mentioned_places("He breached a checkpoint at the Honolulu International Airport.") == ["Honolulu"]
    assert mentioned_places("He was pronounced dead at Denver Health.") == ["Denver"]
    # a two-word state is no town ('Carolina' is one in Puerto Rico); nor is a quoted nickname
    assert find_places("He was shot in South Carolina.") == []
    assert mentioned_places("He was shot to death by South Carolina state agents.") == []
    assert mentioned_places('the killing of Gerardo "Jerry" De Luna') == []
    # in passing: not a car model, a numbered road or cross streets; a town's hospital is the town
    assert mentioned_places("Police chased a Dodge Durango being driven by the gunman.") == []
    assert mentioned_places("Kyle took off down Scenic 77 in a maroon SUV.") == []
    assert mentioned_places("Officers were called to the area of Highland and Victoria avenues.") == []
    assert mentioned_places("An officer was taken to San Francisco General Hospital.") == ["San Francisco"]
    # a city-county force names its city; a town before 'Municipal Center'; a state's agents give the state
    assert [f.city for f in find_places("Charlotte-Mecklenburg police shot him.")] == ["Charlotte"]
    assert mentioned_places("He opened fire inside the Virginia Beach Municipal Center.") == ["Virginia Beach"]
    assert [v.state for v in victims("Vamond Reed was shot to death by South Carolina state agents.")] == ["SC"]


@pytest.mark.parametrize("text,city", [
    ("Police were pursuing a robbery suspect who led them on a chase to Chino. Police opened fire and killed him.",
     "Chino"),
    ("Police had followed Jim Doe from Sherman Oaks. Officers shot and killed him in Van Nuys.", "Van Nuys"),
    # of the agencies listed, the first; an earlier crime's town and a town 'N miles southwest of' weigh less
    ("Officers with Albertville, Boaz and Douglas police departments shot and killed the man.", "Albertville"),
    ("Kyle Moss, who was wanted in Charlotte and Myrtle Beach, S.C., on robbery charges, was headed to the "
     "Wilmington area. Deputies shot and killed him there.", "Wilmington"),
    ("Officers were called to Gadsden, a border town about 15 miles southwest of Yuma. They shot and killed "
     "Jay Lark there.", "Gadsden"),
    ("Police sought Ken Cain in connection with a woman's murder at a Merrillville hotel. Gary police said "
     "they caught up with Cain, who was shot and killed.", "Gary"),
    # where a chase went back to; 'City, State, Police Department' is an agency, not where it happened
    ("Officers found Ida Kent's car in Angleton and followed her back to Lake Jackson where she fired at them. "
     "Police shot and killed her.", "Lake Jackson"),
    ("Al Ross was wanted by the Ignacio, Colorado, Police Department. He was shot and killed during a standoff "
     "at a Farmington motel.", "Farmington"),
])
def test_the_town_of_the_killing(text, city):
    """Hand-written: where the story says it happened, among the other places it names."""
    assert [c for _, _, c in _one(text)] == [city]


def test_sentences_keep_abbreviations():
    ss = sentences("Sgt. J. Smith shot him in Chicago, Ill. on Jan. 5. He died.")
    assert [s.text for s in ss] == ["Sgt. J. Smith shot him in Chicago, Ill. on Jan. 5.", "He died."]


def test_a_sentence_ends_where_the_space_after_its_period_was_left_out():
    ss = sentences("He was shot and killed near Mason Ferry Road in Wilmer.The Alabama Bureau is investigating, "
                   "police said.A man was arrested in St.Louis. Write to jo.Smith@example.com.")
    assert [s.text for s in ss] == ["He was shot and killed near Mason Ferry Road in Wilmer.",
                                    "The Alabama Bureau is investigating, police said.",
                                    "A man was arrested in St.Louis.", "Write to jo.Smith@example.com."]


def test_empty_and_odd_text():
    assert victims("") == []
    assert victims("\n\n   \n") == []
    assert victims("police " * 5000) == []


def test_no_victims_in_the_hand_written_negative_texts():
    """Police stories without a death, deaths by others, officers' deaths, other senses of 'shot'
    (tests/fixtures/news/negatives, hand-written; the evaluation has its own 47 in eval_negatives)."""
    folder = Path(__file__).parent / "fixtures" / "news" / "negatives"
    texts = sorted(folder.glob("*.txt"))
    assert len(texts) >= 30
    found = {f.name: [v.name or v.descriptor for v in victims(f.read_text("utf-8"), None)] for f in texts}
    assert {k: v for k, v in found.items() if v} == {}


def test_word_lists_are_rebuilt_exactly_from_the_data(mirror, full_con, tmp_path):
    """The shipped word lists come from `python -m forcewatch.news.lexicon` on the mirror: rebuilding
    them gives the same content (so nothing in them was edited by hand)."""
    import gzip

    from forcewatch.news import lexicon

    shipped = lexicon.DATA
    gz = next(mirror.rglob("Gaz_places_national*.zip"))
    lexicon.build_places(gz, tmp_path / "places.csv.gz")
    assert gzip.decompress((tmp_path / "places.csv.gz").read_bytes()) == \
        gzip.decompress((shipped / "places.csv.gz").read_bytes())
    lexicon.build_first_names(full_con, tmp_path / "first_names.csv")
    assert (tmp_path / "first_names.csv").read_text("utf-8") == (shipped / "first_names.csv").read_text("utf-8")
    lexicon.build_common_words(full_con, tmp_path / "common_words.txt")
    assert (tmp_path / "common_words.txt").read_text("utf-8") == (shipped / "common_words.txt").read_text("utf-8")
    lexicon.build_record_places(full_con, tmp_path / "record_places.csv", tmp_path / "places.csv.gz")
    assert (tmp_path / "record_places.csv").read_text("utf-8") == (shipped / "record_places.csv").read_text("utf-8")
    lexicon.build_postal_places(tmp_path / "postal_places.csv", tmp_path / "places.csv.gz", tmp_path)
    assert (tmp_path / "postal_places.csv").read_text("utf-8") == (shipped / "postal_places.csv").read_text("utf-8")
    lexicon.build_county_places(tmp_path / "county_places.csv.gz")
    assert gzip.decompress((tmp_path / "county_places.csv.gz").read_bytes()) == \
        gzip.decompress((shipped / "county_places.csv.gz").read_bytes())
    lexicon.build_roster_first_names(mirror / lexicon.ROSTER, tmp_path / "roster_first_names.csv")
    assert (tmp_path / "roster_first_names.csv").read_text("utf-8") == \
        (shipped / "roster_first_names.csv").read_text("utf-8")


def test_the_state_where_police_shot_the_victim():
    # no sentence tells of the death itself; the victim's sentence says where police shot him
    text = ("Johnson allegedly killed a former co-worker in Georgia and then drove 500 miles before police shot "
            "him in West Virginia, according to authorities. Police said Johnson had a gun.")
    assert [(v.name, v.state) for v in extract(Article(text=text, police_death_known=True))] == [("Johnson", "WV")]
    # a police agency in another state is not where it happened
    text = ("Fort Worth police were notified by a police agency in Florida about Daniel Geiger posting a threat. "
            "Police pursued the man and gunfire was exchanged, killing Geiger.")
    assert [(v.name, v.city, v.state) for v in extract(Article(text=text))] == [("Daniel Geiger", "Fort Worth", "TX")]


def test_a_neighbourhood_of_the_big_city_whose_police_are_named():
    # a town that no place in the big city's state shares is one of its neighbourhoods
    text = ("A New Orleans police officer shot the man late Wednesday after a traffic stop at the intersection of "
            "Josephine and Lasalle streets in Central City, police said.")
    assert [(v.city, v.state) for v in extract(Article(text=text))] == [("New Orleans", "LA")]
    text = "Chicago police officers shot and killed John Smith, 25, in Roseland on Tuesday."
    assert [(v.city, v.state) for v in extract(Article(text=text))] == [("Chicago", "IL")]
    # a big town, a town in the same state, a state the story names, a force named in another sentence,
    # a force that was looking for the person or that an officer left: the town stays
    text = "Chicago police officers shot and killed John Smith, 25, in Austin on Tuesday."
    assert [(v.city, v.state) for v in extract(Article(text=text))] == [("Austin", "TX")]
    text = "A man wanted by Houston police was shot and killed by officers in Kinder on Tuesday."
    assert [v.city for v in extract(Article(text=text))] == ["Kinder"]
    text = "John Smith, 30, a former Denver police officer, was shot and killed by officers in Cheyenne on Tuesday."
    assert [v.city for v in extract(Article(text=text))] == ["Cheyenne"]
    text = "Officers shot and killed John Smith, 25, in Roseland on Tuesday. Chicago police are investigating."
    assert [v.city for v in extract(Article(text=text))] == ["Roseland"]
    text = "Chicago police officers shot and killed John Smith, 25, in Evanston on Tuesday."
    assert [(v.city, v.state) for v in extract(Article(text=text))] == [("Evanston", "IL")]
    text = "Chicago police officers shot and killed John Smith, 25, in Gary, Indiana, on Tuesday."
    assert [(v.city, v.state) for v in extract(Article(text=text))] == [("Gary", "IN")]
    text = ("Chicago police officers chased John Smith, 25, across the state line. Officers shot and killed him in "
            "Hammond. Indiana State Police are investigating.")
    assert [(v.city, v.state) for v in extract(Article(text=text))] == [("Hammond", "IN")]


def test_the_town_that_paid_for_what_its_police_did():
    assert [f.city for f in find_places("Oakland paid $1.5 million in a wrongful death lawsuit.")] == ["Oakland"]
    assert [f.city for f in find_places("In 2018, Inglewood agreed to pay $8.6 million to settle a lawsuit.")] == \
        ["Inglewood"]
    assert [f.city for f in find_places("Smith paid $20 for gas.")] == []


def test_a_town_with_a_particle():
    assert [f.city for f in find_places("Coeur d'Alene Police Department officers were called.")] == ["Coeur d'Alene"]
    assert [f.city for f in find_places("He was shot in Coeur d’Alene on Tuesday.")] == ["Coeur d'Alene"]


def test_a_big_city_written_in_lower_case():
    assert [f.city for f in find_places("The man shot and killed by vancouver police had a gun.")] == ["Vancouver"]
    assert [f.city for f in find_places("He boarded a bus in downtown seattle, where officers shot him.")] == \
        ["Seattle"]
    # words, small towns and forces are not
    assert [f.city for f in find_places("mobile police said the state police and transit police came.")] == []
    assert [f.city for f in find_places("He was found in the house, police said.")] == []
    assert [f.city for f in find_places("His sister wrote: rest in paradise, little brother.")] == []
    assert [f.city for f in find_places("It was a surprise police raid in downtown mesa.")] == []


@pytest.mark.parametrize("force", ["Capitol", "Airport", "Harbor", "Park", "Village", "National"])
def test_a_force_named_after_what_it_guards_names_no_town(force):
    assert [f.city for f in find_places(f"{force} police officers shot and killed the man.")] == []


def test_the_city_that_owns_a_neighbourhood():
    text = "Officers shot and killed John Smith, 25, in Chicago's South Shore neighborhood on Tuesday."
    assert [(v.city, v.state) for v in victims(text, None)] == [("Chicago", "IL")]
    text = "Officers were on St. Paul's east side when they shot and killed John Smith, 25."
    assert [(v.city, v.state) for v in victims(text, None)] == [("St. Paul", "MN")]
    # a person's possessive, or a country's, is no place
    text = "Officers shot and killed John Smith, 25, in Marshall's neighborhood on Tuesday."
    assert [v.city for v in victims(text, None)] == [None]
    assert [f.city for f in find_places("He was shot near Mexico's border area.")] == []


def test_the_force_of_an_officer_killed_earlier_is_not_where_it_happened():
    text = ("Earl Foster, a parolee wanted in connection with the shooting death of a Pittsburgh police officer, "
            "was shot and killed by officers at a Modesto shopping center, police said.")
    assert [(v.name, v.city, v.state) for v in extract(Article(text=text))] == [("Earl Foster", "Modesto", "CA")]


def test_in_a_chase_the_state_right_after_police_still_wins():
    text = ("John Smith, 34, who had driven into Tennessee earlier that day, was shot and killed by police in Georgia "
            "on Tuesday.")
    assert [v.state for v in extract(Article(text=text))] == ["GA"]
    text = "John Smith, 34, was shot and killed by deputies in Indiana after fleeing into Kentucky in a chase."
    assert [v.state for v in extract(Article(text=text))] == ["IN"]


def test_the_state_a_chase_ended_in():
    # of two states in the sentence that tells the killing: where the chase ended, not where it began
    text = ("Jamal Thomas was wanted in Marlboro County. He was shot and killed by troopers after a chase that began "
            "in South Carolina ended about seven miles into North Carolina on Interstate 95.")
    assert [(v.name, v.state) for v in extract(Article(text=text))] == [("Jamal Thomas", "NC")]
    # ... or the state the chase crossed into
    text = ("Police found a woman's body in a home in northern California, and fatally shot Kaleb Landon, 32, after "
            "pursuing him over the Oregon border.")
    assert [(v.name, v.state) for v in extract(Article(text=text))] == [("Kaleb Landon", "OR")]


# hand-written: how news stories give a victim's age
@pytest.mark.parametrize(("text", "age"), [
    ("John Smith was killed by police in Tulsa, Oklahoma. He was 25.", 25),
    ("John Smith died in police custody in Tulsa, Oklahoma. He was 25 years old.", 25),
    ("John Smith was killed by police in Tulsa, Oklahoma, at age 25.", 25),
    ("Tulsa police shot and killed Joanna Smith. Smith was 31 and a mother of two.", 31),
    ("John Smith, who was 25, was killed by police in Tulsa, Oklahoma.", 25),
    ("John Smith, a 25-year-old father of two, was shot and killed by police in Tulsa, Oklahoma.", 25),
    ("John Smith, a twenty-five-year-old roofer, was shot and killed by police in Tulsa, Oklahoma.", 25),
])
def test_ages_the_way_news_stories_give_them(text, age):
    assert [(v.name.split()[-1], v.age) for v in victims(text)] == [("Smith", age)]


def test_an_age_at_something_else_in_a_life_is_not_the_age():
    text = "Police shot and killed John Smith on Tuesday. Smith, who joined the Army at age 18, was a father of two."
    assert [(v.name, v.age) for v in victims(text)] == [("John Smith", None)]


def test_a_later_age_of_another_sex_is_not_the_victims():
    text = ("Police in Tulsa shot and killed Michael Brown on Tuesday. His neighbor Mary Jones called 911. "
            "She was 70.")
    assert [(v.name, v.age) for v in victims(text)] == [("Michael Brown", None)]


def test_courtesy_titles_make_no_official():
    """Newspapers in the New York Times' style write 'Mr. Floyd', 'Ms. Taylor': the victim stays the victim
    (hand-written)."""
    text = ("George Floyd, 46, died after a Minneapolis police officer knelt on his neck. Mr. Floyd had been "
            "accused of using a counterfeit bill. The officer, Derek Chauvin, was fired. Mr. Chauvin's lawyer, "
            "Eric Nelson, said he followed his training.")
    assert [(v.name, v.age, v.city) for v in victims(text)] == [("George Floyd", 46, "Minneapolis")]
    text = ("Police in Louisville shot and killed Breonna Taylor, 26, in her apartment. Ms. Taylor was an "
            "emergency medical technician. Her boyfriend, Kenneth Walker, fired a shot. Mr. Walker said he "
            "thought intruders had broken in.")
    assert [(v.name, v.age) for v in victims(text)] == [("Breonna Taylor", 26)]


def test_a_sentence_with_many_names_is_no_title_case_headline():
    text = "Police killed John Smith in Tulsa, Oklahoma."
    assert [(v.name, v.city) for v in victims(text)] == [("John Smith", "Tulsa")]


def test_a_known_death_whose_text_names_one_person_but_tells_no_death():
    """A database row's description need not say the person died: when it names one person besides police
    and officials, with an age or twice, that is the one who died (hand-written)."""
    text = "Deputies say Jonathan L. Colley, 52, approached deputies with a butcher-style knife."
    known = [(v.name, v.age, v.death_stated) for v in extract(Article(text=text, police_death_known=True))]
    assert known == [("Jonathan L. Colley", 52, False)]
    assert extract(Article(text=text)) == []  # an article not known to be about a death tells none
    # named once, with nothing that makes them a person in this story: not enough
    text = "Police responded to a call about a man acting erratically near Angel Falls Road."
    assert [v.name for v in extract(Article(text=text, police_death_known=True))] in ([], [None])


def test_the_one_fired_at_is_a_person_not_a_place():
    """'at' before capitalised words usually names a place ('at Kroger'), but not after 'fired', 'pointed a
    gun' (hand-written)."""
    text = ("Two police officers fired at Eric Olsen, 26, when he charged at them with a knife. Olsen died at "
            "the scene in Lake Geneva, Wisconsin.")
    assert [(v.name, v.age) for v in victims(text)] == [("Eric Olsen", 26)]


def test_a_verb_and_its_object_after_a_name_give_no_role():
    """', confronted officers with a rifle' is what the man did, not an apposition saying he is an officer
    (hand-written)."""
    text = ("Police say the man, later identified as 23-year-old Alexander Myers, confronted officers with a "
            "rifle. Officers shot and killed Myers.")
    assert [(v.name, v.age) for v in victims(text)] == [("Alexander Myers", 23)]


def test_the_state_a_sentence_not_naming_the_victim_says_police_killed_someone_in():
    """'an officer shot and killed a man in northwest Alabama' beats the victim's home town in Georgia
    (hand-written)."""
    text = ("State agents are investigating after a deputy shot and killed a man in southeast Kansas. Sheriff "
            "Tom Reed said Dale Morrow, of Joplin, Missouri, fired at deputies during a search. Deputies returned "
            "fire and Morrow was killed.")
    assert [(v.name, v.city, v.state) for v in victims(text)] == [("Dale Morrow", None, "KS")]


def test_a_dateline_after_headline_and_byline_a_sheriffs_office_and_the_officers_involved():
    """A wire story (hand-written): the dateline below a headline and a byline gives the city, in its
    proper case; 'Orange County sheriff's deputies' are a sheriff's office; the sheriff who speaks for them
    is not one of the officers involved."""
    text = ("Family demands answers after deputies kill man in his backyard\n\nBy Jane Reporter\n\n"
            "ORLANDO, Fla. — The family of a 34-year-old man who was shot and killed by Orange County sheriff's "
            "deputies on Saturday night is demanding the release of body camera footage.\n\n"
            "Marcus Reed was standing in the backyard of his home when deputies arrived, Sheriff John Mina said "
            "at a news conference Monday. The deputies, identified as Sgt. Carlos Vega and Deputy Amy Lin, have "
            "been placed on administrative leave.")
    [v] = victims(text)
    assert (v.name, v.age, v.city, v.state) == ("Marcus Reed", 34, "Orlando", "FL")
    assert v.agency == "Orange County Sheriff's Office"
    assert v.officer_names == ["Carlos Vega", "Amy Lin"]


def test_a_weapon_dropped_before_police_fired_is_a_dispute_and_the_sheriff_speaks_for_police():
    """(hand-written) The sheriff named in the story says the man held a knife; the family's lawyer says
    witnesses saw him drop it: armed is disputed, each claim with who makes it."""
    text = ("Deputies shot and killed Marcus Reed, 34, in his backyard in Orlando, Florida, on Saturday. "
            "Sheriff John Mina said at a news conference that deputies responded to a 911 call. "
            "Mina said Reed was holding a knife and refused commands to drop it. "
            "Attorney Ben Crump, who represents the family, said witnesses saw Reed drop the knife before "
            "the shots were fired.")
    [v] = victims(text)
    assert v.armed == "disputed"
    assert [(c["claim"], c["by"]) for c in v.armed_claims] == [("armed", "police"), ("dropped", "family")]


def test_a_later_he_was_after_an_officer_is_named_is_the_officers_age():
    text = ("Police shot and killed John Smith in Tulsa, Oklahoma, on Tuesday. Officer Tom Jones fired the shots. "
            "He was 25 and had joined the force last year.")
    assert [(v.name, v.age) for v in victims(text)] == [("John Smith", None)]


@pytest.mark.parametrize("text, expected", [
    # the same 'she' as the subject of the sentence before: the officer, not the man she met
    ("At about 6:35 p.m., Officer Whitney Merket responded to a call. She made contact with Morgan Shane West, "
     "and a fight began. She shot and killed West.", [("Morgan Shane West", "gunshot")]),
    # 'he' two sentences after the off-duty officer, with no other man in between
    ("Off-duty officer Evan Fraley was leaving a home with his wife when he noticed a disturbance in an alley. "
     "He saw a woman with a firearm. During a confrontation, he shot and killed Toni Jo Collins.",
     [("Toni Jo Collins", "gunshot")]),
    # 'they' after a sentence whose subject is police
    ("Temple officers went to a disturbance at an apartment and were fired on as they approached. "
     "They returned fire, fatally striking the shooter. A boy was wounded; it was not clear who shot him.",
     [(None, "gunshot")]),
    # 'killing one man': 'on' inside 'one' is no preposition after an officer's death
    ("The men came out with guns drawn and a trooper shot and killed one man.", [(None, "gunshot")]),
    ("Officers ordered the men to drop their weapons. Officers began shooting, killing one man and leaving two "
     "more in critical condition.", [(None, "gunshot")]),
    ("The officer drew his own gun, firing at least three rounds, resulting in the man's death.",
     [(None, "gunshot")]),
    # the rocks were thrown at a deputy; the deputy was not the one shot
    ("A suspect who was throwing rocks at a deputy was shot and killed as he advanced on a deputy, police said.",
     [(None, "gunshot")]),
    # wanted for an attempted murder, killed by police
    ("An unidentified man wanted on suspicion of attempted murder was shot and killed by a Pasadena police "
     "officer, police said.", [(None, "gunshot")]),
    ("When officers arrived, they found the man had been killed by an off-duty police officer.", [(None, None)]),
    ("An alleged shootout between officers and two men ensued. Both officers were wounded by gunfire, and one of "
     "the men was shot to death.", [(None, "gunshot")]),
    # an officer shot but unhurt is no officer's death
    ("An officer exchanged gunfire with a suspect at a motel. The officer was shot but uninjured because his vest "
     "stopped the bullet. The unidentified man was shot and killed.", [(None, "gunshot")]),
    ("A Natchez man died shortly after being shocked with a stun gun by an Adams County Sheriff's Office "
     "deputy.", [(None, "taser")]),
    # a family name alone after a capitalised 'When' is the person ('When' is no make of car before a name)
    ("When Lakey would not comply, officers used their stun guns 50 times against him. He died two days later.",
     [("Lakey", "taser")]),
    # 'the fatal shooting of X by police'
    ("The fatal shooting of an Edgewood man by State Police officers early Saturday came after three calls.",
     [(None, "gunshot")]),
    # a crash three sentences before the shooting is not what killed the man
    ("A deputy chased a speeding car. The chase ended when the car collided with a trooper's car. The driver "
     "fled on foot with a shotgun. A deputy and a police officer found him in a backyard, gunfire was "
     "exchanged, and the man was shot and killed.", [(None, "gunshot")]),
])
def test_police_killings_told_through_pronouns_participles_and_passives(text, expected):
    """(hand-written, after the style of DEV descriptions) who fired is told by a pronoun, a participle or a
    passive; each text reports one person killed by police."""
    assert [(v.name, (v.causes or [None])[0]) for v in victims(text)] == expected


@pytest.mark.parametrize("text", [
    # an unnamed man between the officer and the 'he': the 'he' is the man
    "Deputy Sam Lee arrived at the home. A man came out with a rifle. He shot and killed his neighbor, Bob Barr.",
    "Trooper Ann Bell stopped a car on Interstate 80. She was shot by the driver, Kyle Moss, and died.",
    "Officer Jane Doe was shot by Tom Ray. She died at the hospital. Ray was arrested.",
])
def test_a_pronoun_does_not_make_police_the_killer_when_someone_else_could_be(text):
    """(hand-written) guards for the pronoun rule: no victim of police here."""
    assert [v.name for v in victims(text)] == []


@pytest.mark.parametrize("text, place", [
    # Edwards is a bigger town in Colorado; Hinds County is in Mississippi, and Edwards lies in it
    ("An Edwards Police Department officer shot and killed a man in a crime spree that began in Hinds County.",
     ("Edwards", "MS")),
    # 31 states have a Washington County; only Arkansas has a Farmington in it. 'Washington' names no state here
    ("Firefighters were called to a home in Farmington. The Washington County Sheriff's Office said deputies shot "
     "and killed a man who held a pistol.", ("Farmington", "AR")),
    ("A Rapides Parish Sheriff's deputy fatally shot a man Thursday in Pineville.", ("Pineville", "LA")),
    # 'Kansas City' does not name Kansas
    ("Police shot and killed John Smith in Kansas City on Tuesday.", ("Kansas City", "MO")),
    # no town: the one state that has every county named
    ("Rusche was wanted in Oklahoma County and was found in Pottawatomie County, where deputies shot and killed him.",
     (None, "OK")),
])
def test_a_county_the_story_names_gives_the_state_of_a_town_many_states_share(text, place):
    """(hand-written, after DEV descriptions) the county or parish named beside a town picks its state."""
    [v] = victims(text)
    assert (v.city, v.state) == place


@pytest.mark.parametrize("text, place", [
    # Lindsay is bigger in California, but the story's other town, Norman, is in Oklahoma (which has a Lindsay)
    ("Two Lindsay police officers shot and killed John Smith. Smith had been reported missing by Norman police.",
     ("Lindsay", "OK")),
    # Gadsden is bigger in Alabama; Yuma is in Arizona, which has a Gadsden too
    ("Police shot and killed John Smith in Gadsden after a chase that began in Yuma.", ("Gadsden", "AZ")),
    # (guard) a big city named alone is itself, whatever small namesakes the other places have
    ("Jacksonville police shot and killed John Smith at a Westside apartment complex.", ("Jacksonville", "FL")),
])
def test_the_other_towns_of_the_story_give_the_state_of_a_town_many_states_share(text, place):
    """(hand-written, after DEV descriptions) with no state or county named, the state having the story's
    other towns too picks the state of a town several states have."""
    [v] = victims(text)
    assert (v.city, v.state) == place


@pytest.mark.parametrize("text, city", [
    # the force that was looking for him is not where he died
    ("Merrillville police said they had been seeking John Smith. Gary police said they caught up with Smith at a "
     "home. Smith was shot and killed during an exchange of gunfire.", "Gary"),
    ("Police in Lewistown had a warrant for John Smith. A Dillon police officer found Smith's car, and officers "
     "shot and killed Smith.", "Dillon"),
    ("John Smith had been reported missing by Norman police. Two Lindsay police officers shot and killed Smith.",
     "Lindsay"),
    # the earlier crime's town is not where he died
    ("After allegedly killing his girlfriend in Baldwyn, John Smith was shot and killed by Tupelo police.", "Tupelo"),
    # a city-county force after 'A': its city
    ("A Charlotte-Mecklenburg Police detective fatally shot John Smith after a crash.", "Charlotte"),
    ("A Miami-Dade detective on a narcotics detail shot and killed John Smith.", "Miami"),
    # a chase that went to a town and came back ended elsewhere
    ("John Smith led police on a chase to Concord and back and barricaded himself in a Pittsburg home, where "
     "officers shot and killed him.", "Pittsburg"),
])
def test_the_town_where_the_story_ends_not_where_it_began(text, city):
    """(hand-written, after DEV descriptions)"""
    [v] = victims(text)
    assert v.city == city


def test_state_names_inside_place_names_are_not_states():
    from forcewatch.news.places import counties_named, states_named

    assert states_named("Kansas City police, Washington County deputies, Washington, D.C., Virginia Beach") == ["DC"]
    assert states_named("Oklahoma Highway Patrol troopers in Kansas") == ["OK", "KS"]
    assert counties_named("In Los Angeles County and St. Louis County, Hinds County") == [
        "los angeles county", "st. louis county", "hinds county"]


@pytest.mark.parametrize("text, expected", [
    ("Officers fatally shot John Smith at the age of 35 after a chase in Tulsa, Oklahoma.", [("John Smith", 35)]),
    ("John Smith was 35 when police shot and killed him in Tulsa.", [("John Smith", 35)]),
    ("Police killed John Smith on Tuesday. Smith was a 35-year-old father of three.", [("John Smith", 35)]),
    ("Police shot and killed a man, age 35, on Tuesday.", [(None, 35)]),
    # a comma left out after the age; the age told after an opening clause
    ("Police shot and killed John Smith, 25 in Tulsa on Tuesday.", [("John Smith", 25)]),
    ("Police shot and killed John Smith on Tuesday. According to his family, Smith was 25.", [("John Smith", 25)]),
    # killed one, wounded the other: the wounded man is no victim
    ("Officers shot and killed John Smith, 35, and wounded Mark Lee, 19.", [("John Smith", 35)]),
])
def test_ages_as_obituaries_and_briefs_give_them(text, expected):
    """(hand-written) 'at the age of 35', 'was 35 when', 'was a 35-year-old', 'a man, age 35'."""
    assert [(v.name, v.age) for v in victims(text)] == expected


@pytest.mark.parametrize("sentence, city", [
    ("Tempe Narcotics officers were serving a search warrant when officers shot the man.", "Tempe"),
    ("Officers answered a call from the Laguna Tribal Police about an armed man.", "Laguna"),
    # a township the Census place list lacks
    ("Deptford Township police officers were sent to a store for a reported shoplifting.", "Deptford"),
])
def test_a_town_named_with_a_unit_of_its_police(sentence, city):
    """(hand-written) 'Tempe Narcotics officers', 'Laguna Tribal Police', 'Deptford Township police'."""
    assert [f.city for f in find_places(sentence)][:1] == [city]


def test_a_town_named_in_a_business_name_and_an_office_that_is_no_town():
    """(hand-written) a town in passing: 'the Santa Ana Express Car Wash'; 'Parole' (a town in Maryland) in
    'Probation and Parole Officer' is none."""
    assert mentioned_places("They found the car at the Santa Ana Express Car Wash.") == ["Santa Ana"]
    assert [f.city for f in find_places("Probation and Parole Officer Kyle Torrence tried to arrest him.")] == []
    assert "Parole" not in mentioned_places("Probation and Parole Officer Kyle Torrence tried to arrest him.")
