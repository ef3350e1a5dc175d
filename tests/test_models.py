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


def test_a_short_company_name_is_its_own_span_read_as_the_named_company() -> None:
    """retype.short_company_names changes type, key and source only: every other field of
    the mention, present or added later, is carried over."""
    from dataclasses import fields

    from kgraph.retype import short_company_names
    full = Mention(0, 13, "Tarnwell Labs", "Organization", "Tarnwell Labs", "cue")
    short = Mention(30, 38, "Tarnwell", "Name", "Tarnwell", "name")
    read = short_company_names([full, short])[1]
    assert (read.type, read.key, read.source) == ("Organization", "Tarnwell Labs", "surname")
    assert all(getattr(read, f.name) == getattr(short, f.name) for f in fields(Mention)
               if f.name not in ("type", "key", "source"))
    # only a company named in full gives its first word a meaning
    assert short_company_names([full.as_type("Product"), short])[1] is short
