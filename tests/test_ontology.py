"""ontologies/kgraph.ttl defines, in English and German, every kg: term kgraph writes."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection

from kgfixture import small_kg
from kgraph.rdf import KG, to_dataset
from kgraph.relations import SIGNATURES
from kgraph.resources import data_dir, read_table

ONTOLOGY = data_dir("ontologies") / "kgraph.ttl"
PATTERNS = data_dir("patterns")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _kg_terms_used(ds) -> set[URIRef]:
    """Every IRI in the kg: namespace anywhere in the data: predicates, classes, values."""
    used = set()
    for quad in ds.quads((None, None, None, None)):
        for term in quad[:3]:
            if isinstance(term, URIRef) and str(term).startswith(str(KG)):
                used.add(term)
    return used


def _texts(onto: Graph, term: URIRef, prop: URIRef) -> dict[str, str]:
    return {o.language: str(o) for o in onto.objects(term, prop)
            if isinstance(o, Literal) and o.language}


def _defined(onto: Graph) -> set[URIRef]:
    return {s for s in onto.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(str(KG))}


def test_the_ontology_parses_in_rdflib_and_oxigraph(onto: Graph) -> None:
    assert len(onto) > 100
    assert len(list(ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE))) == len(onto)


def test_every_kg_term_in_a_built_graph_is_defined(onto: Graph) -> None:
    used = _kg_terms_used(to_dataset(small_kg()))
    assert {KG.uses, KG.Statement, KG.hasMetric, KG.downloads, KG.family, KG.hedged} <= used
    missing = sorted(str(t) for t in used - _defined(onto))
    assert not missing, f"used but not defined in kgraph.ttl: {missing}"


def test_every_defined_term_has_label_and_comment_in_english_and_german(onto: Graph) -> None:
    terms = _defined(onto)
    assert len(terms) >= 38
    for term in terms:
        for prop in (RDFS.label, RDFS.comment):
            texts = _texts(onto, term, prop)
            assert {"en", "de"} <= set(texts), f"{term} {prop}: {sorted(texts)}"
            assert all(t.strip() for t in texts.values())


def test_every_relation_kgraph_extracts_is_defined_with_domain_and_range(onto: Graph) -> None:
    relations = set(SIGNATURES)
    for lang in ("de", "en"):
        relations |= {r["relation"] for r in read_table(PATTERNS / lang / "relations.tsv")}
    for name in relations:
        term = KG[name]
        assert (term, RDF.type, OWL.ObjectProperty) in onto, name
        assert onto.value(term, RDFS.domain) is not None, name
        assert onto.value(term, RDFS.range) is not None, name


def _classes(onto: Graph, node) -> set[str]:
    union = onto.value(node, OWL.unionOf)
    members = Collection(onto, union) if union is not None else [node]
    return {str(m).removeprefix(str(KG)) for m in members}


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_domains_and_ranges_match_what_extraction_joins(onto: Graph, name: str) -> None:
    domain, range_ = SIGNATURES[name]
    assert _classes(onto, onto.value(KG[name], RDFS.domain)) == domain
    expected = {"Investment"} if name == "invests" else range_
    assert _classes(onto, onto.value(KG[name], RDFS.range)) == expected


def test_every_metric_kind_in_the_patterns_is_a_concept(onto: Graph) -> None:
    kinds = set()
    for lang in ("de", "en"):
        kinds |= {r["kind"] for r in read_table(PATTERNS / lang / "metrics.tsv")}
    assert {"downloads", "monthlyActiveUsers", "weeklyActiveUsers", "users"} <= kinds
    for kind in kinds:
        assert (KG[kind], RDF.type, KG.MetricKind) in onto, kind
        assert (KG[kind], URIRef("http://www.w3.org/2004/02/skos/core#inScheme"),
                KG.MetricKinds) in onto, kind


def test_partners_with_is_symmetric(onto: Graph) -> None:
    assert (KG.partnersWith, RDF.type, OWL.SymmetricProperty) in onto


def test_hedged_and_family_are_documented(onto: Graph) -> None:
    hedged = _texts(onto, KG.hedged, RDFS.comment)["en"]
    assert "only suggests, plans conditionally or denies" in hedged
    assert "not asserted as plain triples" in hedged
    assert "Qwen-3 kg:family Qwen" in _texts(onto, KG.family, RDFS.comment)["en"]
    assert "kg:hedged" in _texts(onto, KG.Statement, RDFS.comment)["en"]


def test_alignment_uses_schema_skos_and_prov(onto: Graph) -> None:
    parents = {str(o) for o in onto.objects(None, RDFS.subClassOf)} | \
        {str(o) for o in onto.objects(None, RDFS.subPropertyOf)}
    assert "https://schema.org/Organization" in parents
    assert "http://www.w3.org/ns/prov#Entity" in parents
    assert "http://www.w3.org/2004/02/skos/core#Concept" in parents
    assert "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement" in parents


def test_the_ontology_ships_in_the_source_tree() -> None:
    assert ONTOLOGY.is_file()
    assert ONTOLOGY == Path(__file__).resolve().parents[1] / "ontologies" / "kgraph.ttl" \
        or "_data" in ONTOLOGY.parts
