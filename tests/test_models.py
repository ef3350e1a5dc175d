"""Mention's two ways of changing a mention's type: what each keeps and what it drops."""
from __future__ import annotations

from kgraph.models import Mention

ORBIS = Mention(4, 11, "Orbis-2", "AIModel", "Orbis-2", "version", family="Orbis",
                maker="Tarnwell Labs")


def test_as_type_keeps_source_family_and_maker() -> None:
    read = ORBIS.as_type("Product")
    assert (read.type, read.source, read.family, read.maker) == (
        "Product", "version", "Orbis", "Tarnwell Labs")
    assert ORBIS.as_type("AIModel") is ORBIS  # the same type: the very same mention


def test_described_as_marks_the_source_and_drops_the_maker() -> None:
    described = ORBIS.described_as("Person")
    assert (described.start, described.end, described.text, described.key) == (
        4, 11, "Orbis-2", "Orbis-2")
    assert (described.type, described.source, described.family, described.maker) == (
        "Person", "described", "Orbis", None)
    # the same type still says it was described: the pass typed it, not the finder
    assert ORBIS.described_as("AIModel").source == "described"
