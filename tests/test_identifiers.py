"""Stable, safe identifiers and byte-identical output."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kgfixture import small_kg
from kgraph.exporters import write_outputs
from kgraph.models import Article, Entity, KnowledgeGraph
from kgraph.rdf import entity_iri, to_dataset
from kgraph.resolve import entity_id

IRI = re.compile(r"^https://kgraph\.dev/id/(organization|person|thing)/[a-z0-9-]+$")
RDF_OUTPUTS = ("trig", "ttl", "jsonld", "nq", "nt")
FORMATS = {".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE,
           ".jsonld": ox.RdfFormat.JSON_LD, ".nq": ox.RdfFormat.N_QUADS,
           ".nt": ox.RdfFormat.N_TRIPLES}
TRICKY = [
    "Alibaba", "Mistral AI", "Müller & Söhne GmbH", 'The "Quoted" Company', "O'Reilly Media",
    "AC/DC Robotics", "Robo 🤖 Labs", "<script>alert(1)</script>", "Line\nBreak AG", "Tab\tCo",
    "Ünïcödé Straße", "日本電気", "Société Générale", "back\\slash", "a{b}c|d^e`f", " ",
    "🤖", "🤖🤖", "<>", "x" * 200, "X" * 200 + "y", "\x00\x01", "https://evil.example/a b",
]


def test_the_same_name_gets_the_same_iri_in_another_process() -> None:
    """No hash randomisation or machine state leaks into IRIs."""
    code = ("from kgraph.rdf import entity_iri; from kgraph.resolve import entity_id; "
            "import sys; print('\\n'.join(str(entity_iri(entity_id('Organization', n))) "
            "for n in sys.argv[1:]))")
    names = ["Alibaba", "Müller & Söhne GmbH", "Robo 🤖 Labs", "<>"]
    here = [str(entity_iri(entity_id("Organization", n))) for n in names]
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, *names], env=env, check=True,
                             capture_output=True, text=True).stdout.split()
        assert out == here


def test_plain_names_keep_a_readable_iri() -> None:
    assert str(entity_iri(entity_id("Organization", "Alibaba"))) == \
        "https://kgraph.dev/id/organization/alibaba"
    assert str(entity_iri(entity_id("AIModel", "Qwen-3"))) == "https://kgraph.dev/id/thing/qwen3"
    umlaut = str(entity_iri(entity_id("Organization", "Müller & Söhne GmbH")))
    assert re.fullmatch(r"https://kgraph\.dev/id/organization/mullersohnegmbh-[0-9a-f]{8}", umlaut)


@pytest.mark.parametrize("name", TRICKY)
def test_tricky_names_give_valid_iris(name: str) -> None:
    iri = str(entity_iri(entity_id("Organization", name)))
    assert IRI.match(iri), iri
    quads = list(ox.parse(f"<{iri}> <https://kgraph.dev/ns#p> <{iri}> .\n".encode(),
                          format=ox.RdfFormat.N_TRIPLES))
    assert quads[0].subject.value == iri


def test_tricky_names_are_distinct_iris() -> None:
    keys = {entity_id("Organization", n) for n in TRICKY}
    assert len({entity_iri(k) for k in keys}) == len(keys)


@settings(max_examples=400, deadline=None)
@given(st.sets(st.text(min_size=1, max_size=40), min_size=2, max_size=40),
       st.sampled_from(["Organization", "AIModel", "Person"]))
def test_distinct_identity_keys_never_share_an_iri(names: set[str], type_: str) -> None:
    keys = {entity_id(type_, n) for n in names}
    iris = {entity_iri(k) for k in keys}
    assert len(iris) == len(keys)
    assert all(IRI.match(str(i)) for i in iris)


def _kg_with_names(names: list[str]) -> KnowledgeGraph:
    article = Article("a.txt", "", "d" * 64, "en", "T", None)
    entities = {}
    for n in names:
        k = entity_id("Organization", n)
        entities.setdefault(k, Entity(k, n, "Organization", (n + " Inc.",)))
    return KnowledgeGraph((article,), tuple(entities.values()), (),
                          mentions_by_article={article.sha: tuple(entities)})


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=8))
@example(["\x1e record separator", "\u2028", "\x85 next line", "\r\n", "\ud800 lone"])
def test_any_label_survives_every_output_format(tmp_path_factory, names: list[str]) -> None:
    """Quotes, newlines, control characters, emoji: each file parses back to the same labels."""
    folder = tmp_path_factory.mktemp("out")
    kg = _kg_with_names(names)
    write_outputs(to_dataset(kg), folder, RDF_OUTPUTS)
    expected = {e.name.encode("utf-8", "replace").decode("utf-8") for e in kg.entities}
    for path in sorted(folder.iterdir()):
        quads = ox.parse(path=str(path), format=FORMATS[path.suffix])
        labels = {q.object.value for q in quads
                  if q.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label"}
        assert labels == expected, path.name


def test_tricky_names_build_files_an_independent_parser_reads(tmp_path: Path) -> None:
    write_outputs(to_dataset(_kg_with_names(TRICKY)), tmp_path, RDF_OUTPUTS)
    for path in tmp_path.iterdir():
        subjects = {q.subject.value for q in ox.parse(path=str(path), format=FORMATS[path.suffix])}
        assert {s for s in subjects if "/organization/" in s} == \
            {str(entity_iri(entity_id("Organization", n))) for n in TRICKY}


def test_every_output_format_holds_the_same_quads(tmp_path: Path) -> None:
    write_outputs(to_dataset(small_kg()), tmp_path, RDF_OUTPUTS)

    def read(name: str) -> set[ox.Quad]:
        path = tmp_path / name
        return set(ox.parse(path=str(path), format=FORMATS[path.suffix]))

    quads = read("graph.trig")
    assert read("graph.nq") == quads
    assert read("graph.jsonld") == quads
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    for name in ("graph.ttl", "graph.nt"):
        assert {(q.subject, q.predicate, q.object) for q in read(name)} == triples


ARTICLE_EN = """Airbnb bets on Qwen

Airbnb uses Alibaba's Qwen for its customer service, CEO Brian Chesky said.
Microsoft invested $10 billion in OpenAI. Qwen-3 outperforms Meta's Llama 4.
"""
ARTICLE_DE = """Samsung und Naver arbeiten zusammen

Samsung setzt auf ChatGPT von OpenAI. Naver und Samsung haben eine Partnerschaft geschlossen.
Alibaba investiert 380 Milliarden Yuan in Cloud-Infrastruktur.
"""


@pytest.mark.slow
def test_building_twice_gives_byte_identical_files(tmp_path: Path) -> None:
    """Two processes with different hash seeds: every RDF file is the same byte for byte."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a-en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (articles / "b-de.txt").write_text(ARTICLE_DE, encoding="utf-8")
    code = ("import sys; from kgraph.pipeline import build; "
            f"build([sys.argv[1]], sys.argv[2], outputs={RDF_OUTPUTS!r})")
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(articles), str(tmp_path / seed)],
                       env=env, check=True, cwd=tmp_path)
    for name in ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nq", "graph.nt"):
        first = (tmp_path / "1" / name).read_bytes()
        assert first, name
        assert first == (tmp_path / "2" / name).read_bytes(), name


def test_literals_made_once_keep_their_datatype() -> None:
    """rdf._value keeps the literals statements repeat (rule names, hedged flags): True, 1
    and "1" are equal or alike as keys of a plain dict, and each keeps its own datatype."""
    from rdflib import XSD, Literal

    from kgraph.rdf import _value

    assert _value(True) == Literal(True) and _value(True).datatype == XSD.boolean
    assert _value(1).datatype == XSD.integer
    assert _value("1").datatype is None
    assert _value(True) is _value(True)
