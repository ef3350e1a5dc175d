"""Encyclopedic introductions of games, software and hardware (English).

Sentences written for these tests with invented names; each case names a fact or an entity
that must be found, or one that must not.
"""
from __future__ import annotations

import pytest

from test_extraction import facts
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
