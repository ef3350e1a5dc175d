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
    ("Konami's products included Glimmer, the Quasar Engine and the Dusk Editor.",
     {"Glimmer", "Quasar Engine", "Dusk Editor"}),
    ("Konami's products included Glimmer, the Quasar Engine and Dusk Editor.",
     {"Glimmer", "Quasar Engine", "Dusk Editor"}),
    # near miss: "the" after a bare comma with no list after it is an apposition
    ("Konami's best known game is Glimmer, the Quasar Engine sequel.", {"Glimmer"}),
])
def test_list_items_with_the_share_the_developer(text: str, subjects: set[str]) -> None:
    found = {s for p, s, o in facts(text, "en") if p == "developedBy" and o == "Konami"}
    assert found == subjects


def test_net_framework_is_no_alias_of_net() -> None:
    found = typed("Lumen is a library for .NET Framework applications. It also runs on "
                  "Microsoft .NET.")
    assert (".NET Framework", "Product") in found
    assert (".NET", "Product") in found
