"""Encyclopedic introductions of games, software and hardware (English).

Sentences written for these tests with invented names; each case names a fact or an entity
that must be found, or one that must not.
"""
from __future__ import annotations

import pytest

from test_extraction import facts, hedged, mentions
from test_extraction_news import typed


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a sequel's developer after a comma is the sequel's, not the earlier game's
    ("Starfall Odyssey is the sequel to Moonwake Saga, developed by Brightloom Studios.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios"),
     ("developedBy", "Moonwake Saga", "Brightloom Studios")),
    ("Starfall Odyssey is a 2004 role-playing game. It is the sequel to Moonwake Saga, "
     "developed by Brightloom Studios.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios"),
     ("developedBy", "Moonwake Saga", "Brightloom Studios")),
    ("The sequel to Moonwake Saga was developed by Brightloom Studios.", None,
     ("developedBy", "Moonwake Saga", "Brightloom Studios")),
    # near misses: a publisher is no developer; the earlier game alone keeps its developer
    ("Starfall Odyssey is the sequel to Moonwake Saga, published by Brightloom Studios.", None,
     ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Moonwake Saga was developed by Brightloom Studios.",
     ("developedBy", "Moonwake Saga", "Brightloom Studios"), None),
])
def test_sequel_and_its_developer(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "subjects"), [
    # every item of a list whose items carry "the" gets the developer
    ("Bandai Namco's products included Glimmer, the Quasar Engine and the Dusk Editor.",
     {"Glimmer", "Quasar Engine", "Dusk Editor"}),
    ("Bandai Namco's products included Glimmer, the Quasar Engine and Dusk Editor.",
     {"Glimmer", "Quasar Engine", "Dusk Editor"}),
    # near miss: "the" after a bare comma with no list after it is an apposition
    ("Bandai Namco's best known game is Glimmer, the Quasar Engine sequel.", {"Glimmer"}),
])
def test_list_items_with_the_share_the_developer(text: str, subjects: set[str]) -> None:
    found = {s for p, s, o in facts(text, "en") if p == "developedBy" and o == "Bandai Namco"}
    assert found == subjects


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a title joined by "and" or "at" that opens a sentence describing it is one name
    ("Crimson Tide and Thunder 2 is an action game developed by Starwell Studios.",
     ("Crimson Tide and Thunder 2", "Product"), ("Thunder 2", "Product")),
    ("Rocket & Knight at the Winter Cup is a sports video game by Harbor Team.",
     ("Rocket & Knight at the Winter Cup", "Product"), ("Winter Cup", "Product")),
    # ... and so is one named after "a prequel,"
    ("Harrow Knights is a 2003 game. A prequel, Harrow Knights and Dragons 2, is in "
     "development.", ("Harrow Knights and Dragons 2", "Product"), ("Dragons 2", "Product")),
    # near miss: two games are two names
    ("Crimson Tide and Thunder 2 are two games by Starwell Studios.",
     ("Thunder 2", "Product"), ("Crimson Tide and Thunder 2", "Product")),
    # an edition word after a version number belongs to the name
    ("HarmonyOS 5 Mobile is an operating system.", ("HarmonyOS 5 Mobile", "Product"),
     ("HarmonyOS 5", "Product")),
    ("HarmonyOS 5 runs on mobile phones.", ("HarmonyOS 5", "Product"), None),
    # a company whose name looks like a person's
    ("Marisa On-Line published the game in 1991.", ("Marisa On-Line", "Organization"),
     ("Marisa On-Line", "Person")),
    ("Marisa Harlow published the game in 1991.", ("Marisa Harlow", "Person"), None),
    # a known company's studio after "developed by" is a company, not its product
    ("Gale Runner was developed by Activision Tarnwick.", ("Activision Tarnwick", "Organization"),
     ("Activision Tarnwick", "Product")),
    ("She played Activision Tarnwick all night.", ("Activision Tarnwick", "Product"), None),
    ("Gale Runner was developed by Tencent Quillmark's team.", ("Tencent Quillmark", "Product"),
     ("Tencent Quillmark", "Organization")),
    # an unknown name with a version number is a made thing
    ("Helixa open-sourced Orbis-2 in March.", ("Orbis-2", "Product"), None),
    ("Helixa released Orbis-7B, its first language model.", ("Orbis-7B", "AIModel"), None),
    ("The Covid-19 pandemic slowed Tarrow Games.", None, ("Covid-19", "Product")),
    # a founder's surname described as a firm is the firm named after him
    ("Piero Tellini opened a workshop in Turin in 1931. Tellini was a bicycle maker from "
     "Piedmont.", ("Tellini", "Organization"), None),
    ("Jane Harlow joined the board. Harlow is a former banker.", ("Jane Harlow", "Person"),
     ("Harlow", "Organization")),
    # a tokenised text's "V - Rally"
    ("Harbor Works is best known for the Q - Racer series of racing games.",
     ("Q-Racer", "Product"), ("Racer", "Product")),
])
def test_encyclopedic_names(text: str, present: tuple | None, absent: tuple | None) -> None:
    found = typed(text)
    assert present is None or present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Helixa open-sourced Orbis-2 in March.", ("developedBy", "Orbis-2", "Helixa"), None),
    ("In 2024, Helixa shipped Orbis-2.", ("developedBy", "Orbis-2", "Helixa"),
     ("uses", "Helixa", "Orbis-2")),
    ("Orbis-2 maker Helixa said revenue rose.", ("developedBy", "Orbis-2", "Helixa"), None),
    # near misses: a negation; a company using another's product still does
    ("Helixa has not shipped Orbis-2.", None, ("developedBy", "Orbis-2", "Helixa")),
    ("Tarrow Labs built Orbis-2 and uses Claude for support.",
     ("uses", "Tarrow Labs", "Claude"), ("uses", "Tarrow Labs", "Orbis-2")),
    # the catalogue's maker made it, so the one that ships it uses it
    ("Tarrow Labs, by contrast, already ships Gemini on its phones.",
     ("uses", "Tarrow Labs", "Gemini"), ("developedBy", "Gemini", "Tarrow Labs")),
])
def test_versioned_names_and_their_makers(text: str, fact: tuple | None,
                                          wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "the game" is not a series named after a preposition, but the game the article is about
    ("Gale Quest is a 2003 action game. Its lead writer Rook Harlan is best remembered for "
     "the Tarn Saga series and wanted the game to open a trilogy. In the end, the game was "
     "programmed by Quarry Games.", ("developedBy", "Gale Quest", "Quarry Games"),
     ("developedBy", "Tarn Saga", "Quarry Games")),
    ("Gale Quest is a racing game. It could be bought with or without the Nimbus Wheel. The "
     "game was developed by Quarry Games.", ("developedBy", "Gale Quest", "Quarry Games"),
     ("developedBy", "Nimbus Wheel", "Quarry Games")),
    # near miss: a game named as a subject is what "the game" goes on about
    ("Gale Quest is a 2003 action game. Tarn Saga 2 is a racing game. The game was developed "
     "by Quarry Games.", ("developedBy", "Tarn Saga 2", "Quarry Games"),
     ("developedBy", "Gale Quest", "Quarry Games")),
])
def test_the_game_is_the_article_topic_not_a_side_mention(text: str, fact: tuple,
                                                           wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # armed forces are organisations, not products built "for the" them
    ("The frigate was built for the Royal Tarnland Navy.",
     ("Royal Tarnland Navy", "Organization"), ("Royal Tarnland Navy", "Product")),
    # one word after "the human scientist" is a character
    ("In the story, Rook is helped by the rogue scientist Orla.", ("Orla", "Person"), None),
    ("He joined the scientist group Harrow Labs.", ("Harrow Labs", "Organization"),
     ("Harrow Labs", "Person")),
    # a company's first word is not short for a longer name when a known name also starts so
    ("Bandai Namco was formed from the merger of toy maker Bandai and game developer Namco. "
     "It owns Bandai Namco Europe Ltd.", ("Bandai", "Organization"), None),
])
def test_more_encyclopedic_names(text: str, present: tuple, absent: tuple | None) -> None:
    found = typed(text)
    assert present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # an office of state, then who holds it
    ("Secretary of the Navy Daniel Harrow named the frigate.", ("Daniel Harrow", "Person"),
     None),
    # near miss: a name after an article stays one name
    ("The Game Boy Advance sold well.", ("Game Boy Advance", "Product"), None),
    # people described by what they do
    ("The story follows Orla Venn, an investigative reporter.", ("Orla Venn", "Person"), None),
    ("The player is Brannock, a mercenary from the north.", ("Brannock", "Person"), None),
    ("Orla Venn, a software engineer at Quarry Labs, left.", ("Orla Venn", "Person"),
     ("Orla Venn", "Product")),
])
def test_people_of_encyclopedic_text(text: str, present: tuple, absent: tuple | None) -> None:
    found = typed(text)
    assert present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "by A and formerly by B": both made it
    ("Lumen is a photo editing program by Harrow Mobile and formerly by Quarry Labs.",
     ("developedBy", "Lumen", "Quarry Labs"), None),
    # near miss: a publisher after "and" is no developer
    ("Lumen was developed by Quarry Labs and published by Harrow Games.",
     ("developedBy", "Lumen", "Quarry Labs"), ("developedBy", "Lumen", "Harrow Games")),
    # "originally developed by A and now maintained by B": both are its developers
    ("Tessalink is a browser engine originally developed by Brantel Labs and now maintained "
     "by Dorvik Labs.", ("developedBy", "Tessalink", "Dorvik Labs"), None),
    # "A, as well as B", also after a series word
    ("Hallmere Interactive is best known for the Quarrow series, as well as the later racer "
     "Quarrow Drift.", ("developedBy", "Quarrow Drift", "Hallmere Interactive"), None),
    ("Hallmere Interactive is known for the Quarrow series of video games, as well as Quarrow "
     "Drift.", ("developedBy", "Quarrow Drift", "Hallmere Interactive"), None),
    ("Hallmere Interactive developed Quarrow Saga, as well as Quarrow Drift.",
     ("developedBy", "Quarrow Drift", "Hallmere Interactive"), None),
    # near miss: a company after "as well as" is no second product
    ("Hallmere Interactive is best known for Quarrow Saga, as well as Brantel Labs for "
     "Tessalink.", ("developedBy", "Quarrow Saga", "Hallmere Interactive"),
     ("developedBy", "Tessalink", "Hallmere Interactive")),
])
def test_developers_joined_by_and_by(text: str, fact: tuple, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact in found
    assert wrong is None or wrong not in found


def test_a_negation_in_a_closed_parenthesis_hedges_nothing_after_it() -> None:
    text = ("Brindle Corporation made three font tools (a fourth was announced, but never "
            "released) Brindle's best known product was Quillpad.")
    assert ("developedBy", "Quillpad", "Brindle") in facts(text, "en")
    # near miss: a negation in the statement itself still hedges it
    text = "Brindle Corporation made font tools. Brindle's best known product was never Quillpad."
    assert ("developedBy", "Quillpad", "Brindle") not in facts(text, "en")
    assert ("developedBy", "Quillpad", "Brindle") in hedged(text, "en")


def test_shareholders_spelt_out_in_brackets_are_companies() -> None:
    text = ("Tarnco's shareholders include TFA (Tarn Farmers Foundation) (55%), Halvex (15%), "
            "Brunmark (10%) and Corvell Holdings (4.5%).")
    found = typed(text)
    assert ("Halvex", "Organization") in found and ("Brunmark", "Organization") in found
    # a shareholder is no product of the company
    assert not any(p == "developedBy" for p, _, _ in facts(text, "en"))


@pytest.mark.parametrize(("text", "present"), [
    ("It was licensed to Harlow Corporation under the Quillpad name.", ("Quillpad", "Product")),
    ("The firm sold detergent under the Brightwash brand.", ("Brightwash", "Product")),
])
def test_a_name_sold_under_is_a_product(text: str, present: tuple) -> None:
    assert present in typed(text)


def test_under_a_family_is_no_product() -> None:
    assert ("Smith", "Product") not in typed("He worked under the Smith family for years.")


# more ways encyclopedias name a developer
MORE_DEVELOPERS = [
    ("Developed by Brightloom Studios, Starfall Odyssey was released in 2004.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Brightloom Studios is a video game developer best known for Starfall Odyssey.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Starfall Odyssey is a 2004 game. The game was designed by Rook Harlan at Brightloom "
     "Studios.", ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Quillpad is an open-source web browser maintained by the Quarry Foundation.",
     ("developedBy", "Quillpad", "Quarry Foundation")),
    ("Quillpad is a text editor written by Quarry Labs.",
     ("developedBy", "Quillpad", "Quarry Labs")),
    ("Quillpad is a font editor from Brindle Corporation.",
     ("developedBy", "Quillpad", "Brindle")),
    ("Brightloom Studios developed and published Starfall Odyssey in 2004.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Starfall Odyssey's developer, Brightloom Studios, was founded in 1998.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Development of Starfall Odyssey began in 2001 at Brightloom Studios.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Quillpad is a word processor for Windows made by Brindle Corporation.",
     ("developedBy", "Quillpad", "Brindle")),
    ("Quillpad is a proprietary database engine developed and sold by Brindle Corporation.",
     ("developedBy", "Quillpad", "Brindle")),
    # a studio's first game in an apposition; a product released at the end of a sentence
    ("Hallmere Interactive is a video game developer. Its first game, Quarrow Saga, was "
     "released in 1993.", ("developedBy", "Quarrow Saga", "Hallmere Interactive")),
    ("In 2005, Hallmere Interactive released Quarrow Saga.",
     ("developedBy", "Quarrow Saga", "Hallmere Interactive")),
    ("Hallmere Interactive released Quarrow Saga, its first console game, in 1994.",
     ("developedBy", "Quarrow Saga", "Hallmere Interactive")),
    ("Quarrow Drift, Hallmere Interactive's follow-up to Quarrow Saga, was released in 2010.",
     ("developedBy", "Quarrow Drift", "Hallmere Interactive")),
    # the developer after a publisher, fronted; after a person who created the game
    ("Published by Brantel Labs and developed by Hallmere Interactive, Quarrow Saga is a 1999 "
     "game.", ("developedBy", "Quarrow Saga", "Hallmere Interactive")),
    ("Quarrow Saga is a role-playing series created by Tomas Varga and developed by Hallmere "
     "Interactive.", ("developedBy", "Quarrow Saga", "Hallmere Interactive")),
    # "for" before a name is no platform when "except" comes before it
    ("Most of its apps were made by Harrow Mobile, except for Lumen which was built earlier "
     "by Quarry Labs.", ("developedBy", "Lumen", "Quarry Labs")),
]


@pytest.mark.parametrize(("text", "fact"), MORE_DEVELOPERS,
                         ids=[t[:50] for t, _ in MORE_DEVELOPERS])
def test_more_developer_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "wrong"), [
    # the platform a game is for is not what its developer made
    ("Starfall Odyssey is a role-playing game for the Nimbus 360, developed by Brightloom "
     "Studios.", ("developedBy", "Nimbus 360", "Brightloom Studios")),
    # a designer named with the studio is no company
    ("Starfall Odyssey is a 2004 game. The game was designed by Rook Harlan at Brightloom "
     "Studios.", ("developedBy", "Starfall Odyssey", "Rook Harlan")),
    # praise, a publisher, a town and a person are no developers
    ("Starfall Odyssey is a 2004 game. It was praised by Maria Voss of Brightloom Studios.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Published by Brightloom Studios, Starfall Odyssey was released in 2004.",
     ("developedBy", "Starfall Odyssey", "Brightloom Studios")),
    ("Quillpad is a font editor from Japan.", ("developedBy", "Quillpad", "Japan")),
    ("Quillpad is a text editor written by Maria Voss.",
     ("developedBy", "Quillpad", "Maria Voss")),
    # a publisher named before the developer, or after a person, is none
    ("Published by Brantel Labs and developed by Hallmere Interactive, Quarrow Saga is a 1999 "
     "game.", ("developedBy", "Quarrow Saga", "Brantel Labs")),
    ("Published by Brantel Labs, Quarrow Saga is a 1999 game.",
     ("developedBy", "Quarrow Saga", "Brantel Labs")),
    ("Quarrow Saga was created by Tomas Varga and published by Hallmere Interactive.",
     ("developedBy", "Quarrow Saga", "Hallmere Interactive")),
    # a rival is no product of the company
    ("Quarrow Drift, Hallmere Interactive's rival to Quarrow Saga, was released in 2010.",
     ("developedBy", "Quarrow Drift", "Hallmere Interactive")),
])
def test_more_developer_phrasings_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a public body named by what it is, without "of"; the country owning it stays out
    ("The plant was founded in 1988 by Norway's Defence Materiel Executive Committee.",
     ("Defence Materiel Executive Committee", "Organization"),
     ("Norway's Defence Materiel", "Person")),
    ("The Tarn Valley Water Authority approved the dam.",
     ("Tarn Valley Water Authority", "Organization"), ("The Tarn Valley Water Authority",
                                                      "Organization")),
    # near miss: a board's committee is no institution
    ("Dana Reyes chairs the Audit Committee.", None, ("Audit Committee", "Organization")),
    # a known company's name, then three or four capitalised words inside prose: its product
    ("The rocket was built for Nvidia Orbital Relay Network missions.",
     ("Nvidia Orbital Relay Network", "Product"), None),
    # near miss: a title-case headline runs on
    ("Nvidia Orbital Relay Network Launches Today", None,
     ("Nvidia Orbital Relay Network", "Product")),
    # a name spelt out in brackets after an abbreviation stays in a list of shareholders
    ("Its shareholders are TFVK(Tarn Armed Forces Fund) (51%), Ardon (20%), MVKA (19%) and "
     "Halvex (10%).", ("Ardon", "Organization"), ("Ardon", "Name")),
    # a hardware model code after a name, also with tokenised hyphens
    ("Nolbrand sells the Vexon i7-8700K processor.", ("Vexon i7-8700K", "Product"), None),
    ("The Vexon i9 - 9980XE Extreme Edition led the launch.",
     ("Vexon i9 - 9980XE Extreme Edition", "Product"), None),
    ("The Korvex RX 7900 XTX is a graphics card.", ("Korvex RX 7900 XTX", "Product"), None),
    # near miss: a year after a name is no model code
    ("It was shown at Tarnfest 2017 in Oslo.", None, ("Tarnfest 2017", "Product")),
    # a first name inside a title after a preposition is no person
    ("The game is a spin-off of Brixo Marvin Super Heroes.",
     ("Brixo Marvin Super Heroes", "Product"), ("Marvin Super Heroes", "Person")),
    # "X Software" is a company; listed after "products include", names are products
    ("Dorvik Software's products include Tessalink, Glimwise and Ferrowatch.",
     ("Dorvik Software", "Organization"), ("Glimwise", "Name")),
    ("Some of its games are Tessalink and Glimwise.", ("Glimwise", "Product"), None),
    # near misses: a kind of software is no company; investors listed are no products
    ("It runs on Open Source Software and Tarnix.", None,
     ("Open Source Software", "Organization")),
    ("Its investors include Halvex and Brunmark.", None, ("Halvex", "Product")),
    # a roman numeral after a title whose words are not all first names ("Saga" is one)
    ("The story is set after the Quarrow Saga X storyline.", ("Quarrow Saga X", "Product"),
     None),
    # near miss: a king's numeral
    ("He was crowned as Louis XIV in 1654.", None, ("Louis XIV", "Product")),
    # a relative "who" after a name: a person or a character; "which" after a company
    ("Later chapters follow Orrin, who seeks his lost sister.",
     ("Orrin", "Person"), None),
    ("The deal was backed by Harlow, which owns the studio.", None, ("Harlow", "Person")),
    # near miss: a compound role before a name keeps the person
    ("It was developed by Harlow Studios, with Co-Producer Dana Reyes and Director Mara "
     "Quinlan.", ("Dana Reyes", "Person"), None),
])
def test_bodies_codes_and_long_product_names(text: str, present: tuple | None,
                                             absent: tuple | None) -> None:
    found = typed(text)
    assert present is None or present in found
    assert absent is None or absent not in found


def test_a_legal_form_written_with_a_space_inside() -> None:
    # tokenised text writes "S.p.A." as "S.p. A.": one company, and no sentence ends inside
    text = "Marco Ventrelli, the chief executive of Fratelli Norma S.p. A., spoke in Turin."
    assert ("ceoOf", "Marco Ventrelli", "Fratelli Norma") in facts(text, "en")
    assert ("Fratelli Norma", "Organization") in typed(text)


def test_a_product_named_like_the_foundation_that_makes_it() -> None:
    text = ("Tessalink is a small open-source web browser developed by the Tessalink "
            "Foundation.")
    assert ("developedBy", "Tessalink", "Tessalink Foundation") in facts(text, "en")
    # near miss: the bare name of a company described as one stays the company
    text = "Quantivo Simulation GmbH builds robots. Quantivo is a Hamburg startup."
    assert ("Quantivo", "Organization", "Quantivo Simulation") in mentions(text, "en")


def test_a_generational_numeral_stays_in_the_name() -> None:
    # "II" tells a son from his father; "Jr." is left out of the key as before
    text = "Quarry Labs was started by Peter K. Tarnow II in 1991. Tarnow later sold his stake."
    found = mentions(text, "en")
    assert ("Peter K. Tarnow II", "Person", "Peter K. Tarnow II") in found
    assert ("Tarnow", "Person", "Peter K. Tarnow II") in found
    text = "Marcus T. Hale, Jr., chief executive of Vantor Inc., spoke."
    assert ("ceoOf", "Marcus T. Hale", "Vantor") in facts(text, "en")


@pytest.mark.parametrize("opening", [
    "Prior to that,", "Upon graduating,", "Together with his brother,", "Afterwards",
    "Besides that,", "Nevertheless,"])
def test_a_sentence_opening_word_is_no_chief_executive(opening: str) -> None:
    text = f"{opening} he served as CEO of Lindqvist Bank until 2009."
    assert not any(p == "ceoOf" for p, _, _ in facts(text, "en"))
    # near miss: a surname opening the sentence still is one
    assert ("ceoOf", "Lindqvist", "Tarrow Bank") in facts(
        "Lindqvist served as CEO of Tarrow Bank until 2009.", "en")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "P, role of A and chief executive of B": P runs B, A runs nothing
    ("Leonard Holt, chairman of Tarn Builders and chief executive of Fairbank Homes, retired.",
     ("ceoOf", "Leonard Holt", "Fairbank Homes"),
     ("ceoOf", "Tarn Builders", "Fairbank Homes")),
    ("Mira Castell, co-owner of Castell Builders and also chief executive of Brisa "
     "Homes, Inc., spoke.", ("ceoOf", "Mira Castell", "Brisa Homes"),
     ("ceoOf", "Mira Castell", "Castell Builders")),
    # near miss: an adviser to a company is no chief of it
    ("Leonard Holt, a friend of Maria Voss and an adviser to Fairbank Homes, retired.", None,
     ("ceoOf", "Leonard Holt", "Fairbank Homes")),
])
def test_chief_executive_after_another_role(text: str, fact: tuple | None,
                                            wrong: tuple) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    # a US state opening a company's name ending in a company word is no bare place
    ("Peakline Systems acquired Utah Digital in 2010.",
     ("acquires", "Peakline Systems", "Utah Digital")),
    ("Colorado-based Peakline Systems acquired Kestrel Digital in 2010.",
     ("acquires", "Peakline Systems", "Kestrel Digital")),
])
def test_states_and_companies_named_after_them(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "absent"), [
    # a state is a place, not a company or a person
    ("Corvex is headquartered in Minnesota and has offices in Oregon.", "Minnesota"),
    ("Michigan approved the merger of Lakeshore Bancorp and Dunmore Financial.", "Michigan"),
    # a shipyard is no person
    ("The contract was awarded to Harlow Shipyards located in Bath, Maine.", "Harlow Shipyards"),
])
def test_states_and_yards_are_no_people_or_companies(text: str, absent: str) -> None:
    assert not any(name == absent and t in ("Person", "Organization")
                   for name, t in typed(text))


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a pair joined by "and" inside a bank's or utility's name keeps the name whole
    ("Ridgeway Savings and Loan Association was sold in 1998.",
     ("Ridgeway Savings and Loan Association", "Organization"),
     ("Loan Association", "Organization")),
    ("Pacific Coast Gas and Electric Company raised prices.",
     ("Pacific Coast Gas and Electric", "Organization"), ("Electric", "Organization")),
    # ... and so does "of" with the place after an association
    ("Home Federal Savings and Loan Association of Dayton agreed to buy Riverbend Bancorp.",
     ("Home Federal Savings and Loan Association of Dayton", "Organization"),
     ("Dayton", "Organization")),
    # "First" opening a bank's name is part of it
    ("First Republic Bank agreed to buy Riverbend Bancorp.",
     ("First Republic Bank", "Organization"), ("Republic Bank", "Organization")),
    # near misses: two companies joined by "and" stay two; a sentence's "First," is no name
    ("Halden Trust and Brisk Savings Bank merged.", ("Halden Trust", "Organization"),
     ("Halden Trust and Brisk Savings Bank", "Organization")),
    ("First, Halden Corp. bought Riverbend Bancorp.", ("Halden", "Organization"),
     ("First Halden", "Organization")),
])
def test_bank_and_utility_names(text: str, present: tuple, absent: tuple) -> None:
    found = typed(text)
    assert present in found
    assert absent not in found


def test_a_parents_subsidiary_is_no_product_of_it() -> None:
    text = "Halvorsen Group's subsidiary, Brindle Media, acquired Quarry Labs in 2004."
    found = facts(text, "en")
    assert ("acquires", "Brindle Media", "Quarry Labs") in found
    assert ("developedBy", "Brindle Media", "Halvorsen Group") not in found
    # near miss: a flagship after the possessive is the company's product
    text = "Halvorsen Group's flagship, Brindle Office, sold well."
    assert ("developedBy", "Brindle Office", "Halvorsen Group") in facts(text, "en")


def test_for_ends_a_makers_name_but_not_an_institutions() -> None:
    text = "Marrow Pixel is a photo app by Halden Mobile and formerly by Corvex for Marrow phones."
    found = facts(text, "en")
    assert ("developedBy", "Marrow Pixel", "Corvex") in found
    assert ("developedBy", "Marrow Pixel", "Corvex for Marrow") not in found
    # near miss: a center for something keeps "for" in its name
    names = [t for t, _, _ in mentions("The Brandt Center for Coastal Studies opened in 2001.",
                                         "en")]
    assert "Brandt Center for Coastal Studies" in names


@pytest.mark.parametrize(("text", "fact"), [
    # hardware "manufactured by" its maker
    ("The Velox X200 is a graphics card manufactured by Quarry Semiconductor.",
     ("developedBy", "Velox X200", "Quarry Semiconductor")),
    # a generic acronym between the product and its maker is no product
    ("The Halden H4 is a compact SUV produced by Halden Motors since 2012.",
     ("developedBy", "Halden H4", "Halden Motors")),
    ("Velox X200 is a GPU designed by Quarry Semiconductor.",
     ("developedBy", "Velox X200", "Quarry Semiconductor")),
    # the maker described by two or three words before its name
    ("Quarrow Saga is an action game by Finnish studio Hallmere Games.",
     ("developedBy", "Quarrow Saga", "Hallmere Games")),
    ("Kestrel Runner was the first game developed by the newly founded studio Harbor Team.",
     ("developedBy", "Kestrel Runner", "Harbor Team")),
])
def test_makers_of_hardware_and_described_studios(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "wrong"), [
    ("The Halden H4 is a compact SUV produced by Halden Motors since 2012.",
     ("developedBy", "SUV", "Halden Motors")),
    # near miss: people who came from a studio are not the studio
    ("Kestrel Runner was developed by a team of veterans from Harbor Team.",
     ("developedBy", "Kestrel Runner", "Harbor Team")),
])
def test_makers_of_hardware_and_described_studios_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "ORG, whose chief executive PERSON ..."
    ("The main rival is Decagroup, whose chief executive Tom Varga started it in 2021.",
     ("ceoOf", "Tom Varga", "Decagroup"), None),
    ("Tarn Systems, whose CEO is Lena Brandt, raised money.",
     ("ceoOf", "Lena Brandt", "Tarn Systems"), None),
    # near misses: another chief, a former one
    ("Tarn Systems, whose chief financial officer Lena Brandt resigned, raised money.", None,
     ("ceoOf", "Lena Brandt", "Tarn Systems")),
    ("Tarn Systems, whose former CEO Lena Brandt left in 2020, raised money.", None,
     ("ceoOf", "Lena Brandt", "Tarn Systems")),
    # a chief scientist runs no company
    ("Safe Harbor Labs is run by Dana Reyes, Quarry Labs' former chief scientist.",
     ("ceoOf", "Dana Reyes", "Safe Harbor Labs"), ("ceoOf", "Dana Reyes", "Quarry Labs")),
])
def test_chief_executive_in_a_whose_clause(text: str, fact: tuple | None,
                                           wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "subjects"), [
    # "products from X included A, B and C": every item is X's
    ("Major products from Tessary Corporation included Glyphsmith, Inkwell and Quintfold.",
     {"Glyphsmith", "Inkwell", "Quintfold"}),
    ("The products of Tessary Corporation were Glyphsmith, Inkwell and Quintfold.",
     {"Glyphsmith", "Inkwell", "Quintfold"}),
    # near misses: what the products were is no name; a customer list is no product list
    ("Products from Tessary Corporation were sold in Japan and Korea.", set()),
    ("Customers of Tessary Corporation include Glyphsmith and Inkwell.", set()),
])
def test_a_companys_list_of_products(text: str, subjects: set[str]) -> None:
    found = {s for p, s, o in facts(text, "en") if p == "developedBy" and o == "Tessary"}
    assert found == subjects


@pytest.mark.parametrize(("text", "fact"), [
    # a lone surname after a fronted date still opens the sentence
    ("In 2012, Reyes was appointed chief executive officer of Tarn Holdings, succeeding "
     "Omar Haddad.", ("ceoOf", "Reyes", "Tarn Holdings")),
    # "Born in ..." is no name in front of the person
    ("Born in Ohio, Dana Reyes joined Tarn Holdings in 1990 and became its chief executive "
     "in 2004.", ("ceoOf", "Dana Reyes", "Tarn Holdings")),
])
def test_chiefs_in_biographies(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_a_fronted_date_before_a_town_makes_no_chief() -> None:
    text = "In 2012, Leeds was named the headquarters of Tarn Holdings."
    assert not any(p == "ceoOf" for p, _, _ in facts(text, "en"))


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a biography may open with the family name first
    ("Kowalski Jan Piotr (born 1970 in Gdansk) is a Polish banker and CEO of Vistula Capital.",
     ("Kowalski Jan Piotr", "Person"), ("Jan Piotr", "Person")),
    ("Kowalski Jan Piotr (Polish: Jan Piotr Kowalski; born 1970) is a Polish banker.",
     ("Kowalski Jan Piotr", "Person"), ("Jan Piotr", "Person")),
    # near misses: a sentence opener, a name without a biography's bracket
    ("Yesterday Dana Reyes (born 1958) joined Tarn Holdings.", ("Dana Reyes", "Person"),
     ("Yesterday Dana Reyes", "Person")),
    ("Kowalski Jan Piotr joined Tarn Holdings in 2004.", ("Jan Piotr", "Person"),
     ("Kowalski Jan Piotr", "Person")),
])
def test_a_biography_with_the_family_name_first(text: str, present: tuple,
                                                absent: tuple) -> None:
    found = typed(text)
    assert present in found
    assert absent not in found


@pytest.mark.parametrize(("lang", "text", "fact"), [
    # a later member named after a product whose maker the article states is that maker's
    ("en", "Harrow Knights is a fantasy role-playing game developed by Brightloom Studios. "
     "Its best-selling entry, Harrow Knights III, followed in 2009.",
     ("developedBy", "Harrow Knights III", "Brightloom Studios")),
    ("en", "The Vantor series of tablets was designed by Keller Devices. The Vantor Pro added "
     "a stylus in 2014.", ("developedBy", "Vantor Pro", "Keller Devices")),
    ("de", "Das Start-up Velora hat die App Mosaic entwickelt. Die App Mosaic Pro kostet zehn "
     "Euro im Monat.", ("developedBy", "Mosaic Pro", "Velora")),
    ("de", "Das Start-up Velora hat das Sprachmodell Vireo entwickelt. Das Modell Vireo Mini "
     "ist seit Mai verfügbar.", ("developedBy", "Vireo Mini", "Velora")),
])
def test_a_family_members_maker(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("text", "wrong"), [
    # a member with a maker of its own keeps it
    ("Skyrail is a puzzle game franchise by Orbis Interactive. Skyrail Zero, developed by "
     "Minnow Games, was released in 2012.", ("developedBy", "Skyrail Zero", "Orbis Interactive")),
    # a publisher is no maker, so there is none to pass on
    ("Skyrail is a puzzle game published by Orbis Interactive. Skyrail 2 followed in 2010.",
     ("developedBy", "Skyrail 2", "Orbis Interactive")),
    # a maker read from a name alone is not passed on ("Microsoft Windows": the catalogue's)
    ("Harrow Knights was released for Microsoft Windows. Windows NT came out in 1993.",
     ("developedBy", "Windows NT", "Microsoft")),
    # a member in the sentence that gives the family its maker is that sentence's to read
    ("The Vantor 10 runs on Keller Devices' Arc chip, the first Vantor processor made by "
     "Ostrander Foundry rather than Samsung.", ("developedBy", "Vantor 10", "Ostrander Foundry")),
    # a maker named only as a guess is not passed on either
    ("Velora is reportedly developing the scheduling app Mosaic. Mosaic Pro would cost $10 a "
     "month.", ("developedBy", "Mosaic Pro", "Velora")),
])
def test_a_family_members_maker_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en") | hedged(text, "en")


@pytest.mark.parametrize(("lang", "text", "fact"), [
    # an abbreviation in parentheses after a product names that product, number and all
    ("en", "Ultimate Stormhold 3 (US3) is a game developed by Brightloom Studios.",
     ("developedBy", "Ultimate Stormhold 3", "Brightloom Studios")),
    ("en", "Grand Quest Online (GQO) is a browser game. GQO was developed by Brightloom "
     "Studios.", ("developedBy", "Grand Quest Online", "Brightloom Studios")),
    ("en", "Brightloom Studios released Harrow Knights III (HK3) in 2009. HK3 was its "
     "best-selling game.", ("developedBy", "Harrow Knights III", "Brightloom Studios")),
])
def test_a_products_abbreviation_names_it(lang: str, text: str, fact: tuple) -> None:
    found = facts(text, lang)
    assert fact in found
    assert not {f for f in found if f[1] in ("US3", "GQO", "HK3")}
    assert {key for _, type_, key in mentions(text, lang) if type_ == "Product"} == {fact[1]}


@pytest.mark.parametrize("text", [
    # letters that are no initials of the name before them are no abbreviation of it
    "Harrow Knights (PC) is a game developed by Brightloom Studios.",
    "Harrow Knights (EU) is a game developed by Brightloom Studios.",
])
def test_a_bracketed_word_that_is_no_abbreviation(text: str) -> None:
    assert ("Harrow Knights", "Product", "Harrow Knights") in mentions(text, "en")
    assert all(key == "Harrow Knights" or type_ != "Product"
               for _, type_, key in mentions(text, "en"))


@pytest.mark.parametrize(("text", "fact"), [
    # "X, A' game": a maker whose name ends in s takes a bare apostrophe
    ("Stormhold, Brightloom Studios' first strategy game, was released in 2011.",
     ("developedBy", "Stormhold", "Brightloom Studios")),
    ("Korvex OS, Keller Devices' operating system for tablets, was discontinued in 2016.",
     ("developedBy", "Korvex OS", "Keller Devices")),
    ("Stormhold, Ubisoft's first strategy game, was released in 2011.",
     ("developedBy", "Stormhold", "Ubisoft")),
    # near miss: a company in apposition is no product of the other
    ("Stormhold, Brightloom Studios' biggest rival, was founded in 2011.", None),
])
def test_a_product_in_apposition_to_a_makers_bare_possessive(text: str, fact: tuple | None,
                                                             ) -> None:
    found = {f for f in facts(text, "en") if f[0] == "developedBy"}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(("text", "fact"), [
    # an adjective of two countries is no name that stands between a person and the role
    ("Priya Natarajan is an Indian-American business executive who has served as the chief "
     "executive of Norrland Systems since 2018.", ("ceoOf", "Priya Natarajan", "Norrland Systems")),
    ("Ana Ruiz is an African-American executive who has served as CEO of Norrland Systems "
     "since 2018.", ("ceoOf", "Ana Ruiz", "Norrland Systems")),
])
def test_a_biography_with_two_countries_adjective(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Lena Kraus is a Swiss-German executive.", ("Lena Kraus", "Person"), ("Swiss-German", "Name")),
    # near misses: a hyphenated name whose parts are no countries stays a name
    ("The venture Halden-Vossberg makes trains.", ("Halden-Vossberg", "Name"), None),
    ("Mercedes-Benz makes cars.", ("Mercedes-Benz", "Organization"), None),
])
def test_two_countries_adjective_is_no_name(text: str, present: tuple,
                                            absent: tuple | None) -> None:
    found = typed(text, "en")
    assert present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("lang", "text", "fact", "wrong"), [
    # a company that designs, makes, manufactures or produces a named product is its maker
    ("en", "Marlow Systems designs the Flint operating system.",
     ("developedBy", "Flint", "Marlow Systems"), None),
    ("en", "Korvane Electronics manufactures the Zephyr 9 smartphone.",
     ("developedBy", "Zephyr 9", "Korvane Electronics"), None),
    ("en", "Marlow Systems is an American company. It designs, manufactures and markets the "
     "Zephyr 9 phone.", ("developedBy", "Zephyr 9", "Marlow Systems"), None),
    ("en", "Marlow Systems designs and sells the Flint operating system.",
     ("developedBy", "Flint", "Marlow Systems"), None),
    # near misses: a product made something, another's part, a client's order, a reseller
    ("en", "Korvane Electronics makes Flint the default system.", None,
     ("developedBy", "Flint", "Korvane Electronics")),
    ("en", "Korvane Electronics made Flint available in Europe.", None,
     ("developedBy", "Flint", "Korvane Electronics")),
    ("en", "Korvane Electronics makes Zephyr 9 screens.", None,
     ("developedBy", "Zephyr 9", "Korvane Electronics")),
    ("en", "Korvane Electronics manufactures the Zephyr 9 for Halden Group.", None,
     ("developedBy", "Zephyr 9", "Korvane Electronics")),
    ("en", "Korvane Electronics sells the Zephyr 9.", None,
     ("developedBy", "Zephyr 9", "Korvane Electronics")),
    ("de", "Die Korvane Electronics GmbH stellt das Smartphone Zephyr 9 her.",
     ("developedBy", "Zephyr 9", "Korvane Electronics"), None),
    ("de", "Die Korvane Electronics GmbH fertigt das Smartphone Zephyr 9 in Dresden.",
     ("developedBy", "Zephyr 9", "Korvane Electronics"), None),
    ("de", "Die Marlow Systems GmbH entwirft und vertreibt das Betriebssystem Flint.",
     ("developedBy", "Flint", "Marlow Systems"), None),
    ("de", "Die Korvane Electronics GmbH stellt Displays für das Zephyr 9 her.", None,
     ("developedBy", "Zephyr 9", "Korvane Electronics")),
    ("de", "Die Korvane Electronics GmbH produziert das Zephyr 9 für die Halden Group.", None,
     ("developedBy", "Zephyr 9", "Korvane Electronics")),
])
def test_a_company_that_designs_or_makes_a_product(lang: str, text: str, fact: tuple | None,
                                                   wrong: tuple | None) -> None:
    found = facts(text, lang)
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "subjects"), [
    # a company's best known products, plural, and "Its" for the company of the sentence before
    ("Marlow Systems' best known products were Slate and Ledgerly.", {"Slate", "Ledgerly"}),
    ("Marlow Systems is an American company. Its best known products were Slate and Ledgerly.",
     {"Slate", "Ledgerly"}),
    ("Marlow Systems is an American company. Its best known product was Slate, a spreadsheet.",
     {"Slate"}),
    ("Marlow Systems is a game studio. Its best-selling games include Skyrail and Deepwell "
     "Drift.", {"Skyrail", "Deepwell Drift"}),
    # near misses: a product's "its", another company's products
    ("Slate is a spreadsheet. Its best known feature is Ledgerly.", set()),
    ("Marlow Systems sells software. Halden Group's best known products are Slate and "
     "Ledgerly.", set()),
])
def test_best_known_products(text: str, subjects: set[str]) -> None:
    found = {s for p, s, o in facts(text, "en") if p == "developedBy" and o == "Marlow Systems"}
    assert found == subjects


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "Originally by X, it ...": X made the thing the text is about; "it" is that thing,
    # so what "it" underwent (a sale) is not X's
    ("Quillpad is a free text editor. Originally by Halvard Software, it was bought "
     "by Norrland Systems.", ("developedBy", "Quillpad", "Halvard Software"),
     ("acquires", "Norrland Systems", "Halvard Software")),
    ("Quillpad is a free text editor. Originally developed by Halvard Software, it was "
     "acquired by Norrland Systems.", ("developedBy", "Quillpad", "Halvard Software"),
     ("acquires", "Norrland Systems", "Halvard Software")),
    # near misses: a company as the topic is no made thing; the maker itself acquired
    ("Tarnby Labs makes games. Originally by Halvard Software, it was bought by "
     "Norrland Systems.", None, ("acquires", "Norrland Systems", "Tarnby Labs")),
    ("Quillpad is a free text editor. In 2001, Halvard Software was acquired by Norrland "
     "Systems.", ("acquires", "Norrland Systems", "Halvard Software"), None),
])
def test_originally_by_a_maker(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a platform named before the kind word ("an Android smartphone") keeps the maker after it
    ("The Zephyr 9 is an Android smartphone manufactured by Korvane Electronics.",
     ("developedBy", "Zephyr 9", "Korvane Electronics"), ("developedBy", "Android",
                                                          "Korvane Electronics")),
    ("The Vantor X200 is a Linux laptop designed by Helixa.",
     ("developedBy", "Vantor X200", "Helixa"), None),
    # a studio's debut or n-th game
    ("Skyrail is the debut game of Norwegian studio Minnow Games.",
     ("developedBy", "Skyrail", "Minnow Games"), None),
    ("Skyrail is the first game from Minnow Games' Oslo studio.",
     ("developedBy", "Skyrail", "Minnow Games"), None),
    # the language a program is written in stands between it and its maker
    ("Quillpad is an open-source text editor written in C++ by Halvard Software.",
     ("developedBy", "Quillpad", "Halvard Software"), None),
    ("Development of Quillpad is led by Halvard Software.",
     ("developedBy", "Quillpad", "Halvard Software"), None),
    # near misses: a publisher, a label of another company's
    ("Skyrail is a Windows game published by Halden Interactive.", None,
     ("developedBy", "Skyrail", "Halden Interactive")),
    ("Skyrail is the first game of Halden Interactive's new label.", None,
     ("developedBy", "Skyrail", "Halden Interactive")),
])
def test_encyclopedic_maker_phrasings(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a biography's lead: "a businessman and the former CEO of X"
    ("Tomas Reyes is an Argentine engineer and the former CEO of Helmark Corporation.",
     ("ceoOf", "Tomas Reyes", "Helmark"), None),
    # a founder who "was its CEO"
    ("Tomas Reyes co-founded Helmark Corporation in 1992 and was its CEO until 2011.",
     ("ceoOf", "Tomas Reyes", "Helmark"), None),
    # a successor and a predecessor
    ("Tomas Reyes served as CEO of Helmark Corporation until 2011, when he was succeeded by "
     "Priya Natarajan.", ("ceoOf", "Priya Natarajan", "Helmark"), None),
    ("Helmark Corporation was founded in 1992. Tomas Reyes was its CEO until 2011, when he was "
     "succeeded by Priya Natarajan.", ("ceoOf", "Priya Natarajan", "Helmark"), None),
    ("Anne Holt was succeeded as CEO of Helmark Corporation by Tomas Reyes.",
     ("ceoOf", "Tomas Reyes", "Helmark"), None),
    ("In 2009 Tomas Reyes became CEO of Helmark Corporation, succeeding Anne Holt.",
     ("ceoOf", "Anne Holt", "Helmark"), None),
    # near misses: another role, a successor in another role
    ("Tomas Reyes is an Argentine engineer and the former CFO of Helmark Corporation.", None,
     ("ceoOf", "Tomas Reyes", "Helmark")),
    ("Tomas Reyes founded Helmark Corporation and was its chief technology officer.", None,
     ("ceoOf", "Tomas Reyes", "Helmark")),
    ("Tomas Reyes was CEO of Helmark Corporation until 2011, when he was succeeded by Priya "
     "Natarajan as chairman.", ("ceoOf", "Tomas Reyes", "Helmark"),
     ("ceoOf", "Priya Natarajan", "Helmark")),
])
def test_a_chief_in_a_biography(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    # "designs" alone names a maker only before a product's kind word or with another verb:
    # architects design buildings
    ("Quarry Labs designed the Vantor Tower in Chicago.", None),
    ("Marlow Systems designed Flint.", None),
    ("Marlow Systems designed the Flint chip.", ("developedBy", "Flint", "Marlow Systems")),
    ("Marlow Systems designed and built Flint.", ("developedBy", "Flint", "Marlow Systems")),
])
def test_designs_names_a_maker_of_a_kind(text: str, fact: tuple | None) -> None:
    found = {f for f in facts(text, "en") if f[0] == "developedBy"}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a bare CEO title after a fronted time is the chief of the company the text is about
    ("Orvik Games is a Finnish video game developer founded in 2003. In 2015, CEO Jussi Laine "
     "announced a new game.", ("ceoOf", "Jussi Laine", "Orvik Games"), None),
    # near misses: another company's chief, a former one
    ("Orvik Games makes puzzle games. In 2015, Halden Group CEO Jussi Laine announced a new "
     "game.", ("ceoOf", "Jussi Laine", "Halden Group"), ("ceoOf", "Jussi Laine", "Orvik Games")),
    ("Orvik Games makes puzzle games. In 2015, former CEO Jussi Laine announced a new game.",
     None, ("ceoOf", "Jussi Laine", "Orvik Games")),
])
def test_a_bare_chief_after_a_fronted_time(text: str, fact: tuple | None,
                                           wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "kind"), [
    # the kinds of software, games and hardware encyclopedic introductions describe
    ("Corvalis is a first-person shooter.", "Product"),
    ("Zephyrine is a side-scrolling platformer.", "Product"),
    ("Morrowgate is a roguelike.", "Product"),
    ("Tilbury is a visual novel.", "Product"),
    ("Pellora is a flight simulator.", "Product"),
    ("Vasquine is a free music player for Linux.", "Product"),
    ("Dellacourt is a digital audio workstation.", "Product"),
    ("Ormskirk is an optimising compiler.", "Product"),
    ("Quistle is a scripting language.", "Product"),
    ("Brannoch is an integrated development environment.", "Product"),
    ("Haldane is an email client.", "Product"),
    ("Pellow is a version control system.", "Product"),
    ("Corvalis is an 8-bit home computer.", "Product"),
    ("Marrick is a microprocessor.", "Product"),
    ("Tessary is a graphics card.", "Product"),
    ("Elvane is an expansion pack for Tarn Quest.", "Product"),
    ("Fennick is a pinball machine.", "Product"),
    ("Garrow is a typeface.", "Product"),
    ("Vellum is a sans-serif font.", "Product"),
    ("Ormond is a launch vehicle.", "Product"),
    ("Pellis is a sports car.", "Product"),
    # the last kind word wins: these are companies, not products
    ("Ormskirk is a camera maker.", "Organization"),
    ("Garrow is a type foundry.", "Organization"),
    ("Pellis is a satellite broadcaster.", "Organization"),
    ("Tessary is a simulator developer.", "Organization"),
])
def test_encyclopedic_kinds_of_products(text: str, kind: str) -> None:
    name = text.split()[0]
    assert (name, kind) in typed(text)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a title with "of the" inside is one name
    ("Critics compared it with Legends of the Iron Vale, a 2009 role-playing game.",
     "Legends of the Iron Vale", "Iron Vale"),
    ("The studio's best known game is Heroes of the Gale Coast.",
     "Heroes of the Gale Coast", "Gale Coast"),
    ("Its rival was Knights of the Misty Vale, a 2011 strategy game.",
     "Knights of the Misty Vale", "Misty Vale"),
    # near miss: an office before "of the" is no part of the body's name
    ("Dana Hollis is the Master of the Royal Tarnby Mint.",
     "Royal Tarnby Mint", "Master of the Royal Tarnby Mint"),
])
def test_a_title_with_of_the_inside(text: str, present: str, absent: str) -> None:
    names = {key for key, _ in typed(text)}
    assert present in names
    assert absent not in names
