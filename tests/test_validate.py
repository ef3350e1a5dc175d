"""SHACL shapes: a kgraph graph conforms, each kind of damage is named, build refuses bad output."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SH

from kgfixture import small_kg
from kgraph import pipeline
from kgraph.cli import main
from kgraph.errors import ValidationError
from kgraph.exporters import write_outputs
from kgraph.rdf import ID, KG, entity_iri, to_dataset
from kgraph.resolve import entity_id
from kgraph.validate import Violation, shapes, union, validate_files, validate_graph

QWEN = entity_iri(entity_id("AIModel", "Qwen"))
AIRBNB = entity_iri(entity_id("Organization", "Airbnb"))
CHESKY = entity_iri(entity_id("Person", "Brian Chesky"))


@pytest.fixture
def graph() -> Graph:
    """The union graph of the small fixture: valid, and a fresh copy for each test to damage."""
    return union(to_dataset(small_kg()))


def _only(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def test_the_fixture_graph_conforms(graph: Graph) -> None:
    report = validate_graph(graph)
    assert report.conforms, [str(v) for v in report.results]
    assert report.results == ()
    assert report.triples == len(graph)


def test_a_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    """Types live in the entity graph, relations in article graphs: each alone would fail."""
    assert validate_graph(to_dataset(small_kg())).conforms


def test_the_example_build_conforms_in_every_format(example_build) -> None:
    for name in ("graph.trig", "graph.ttl", "graph.jsonld"):
        report = validate_files([example_build.file(name)])
        assert report.conforms, (name, [str(v) for v in report.violations[:5]])


def _messages(graph: Graph) -> list[str]:
    report = validate_graph(graph)
    assert not report.conforms
    return [str(v) for v in report.violations]


def test_missing_label_is_named(graph: Graph) -> None:
    graph.remove((QWEN, RDFS.label, None))
    assert _messages(graph) == [
        "id:thing/qwen rdfs:label: an entity has exactly one non-empty rdfs:label "
        "(its canonical name)"]


def test_two_entity_classes_are_a_violation(graph: Graph) -> None:
    graph.add((QWEN, RDF.type, KG.Product))
    assert any(m.startswith('id:thing/qwen ("Qwen"): an entity has exactly one class')
               for m in _messages(graph))


def test_relation_with_the_wrong_kind_of_object(graph: Graph) -> None:
    graph.add((AIRBNB, KG.uses, CHESKY))
    messages = _messages(graph)
    assert 'id:organization/airbnb ("Airbnb") kg:uses: kg:uses points to a kg:AIModel or ' \
           'kg:Product (value: id:person/brianchesky)' in messages


def test_asserted_fact_without_evidence(graph: Graph) -> None:
    graph.add((CHESKY, KG.ceoOf, entity_iri(entity_id("Organization", "Meta"))))
    assert _messages(graph) == [
        'id:person/brianchesky ("Brian Chesky") kg:ceoOf: this fact has no kg:Statement with '
        'kg:hedged false as its evidence (value: id:organization/meta)']


def test_plain_statement_whose_fact_is_missing(graph: Graph) -> None:
    graph.remove((AIRBNB, KG.uses, QWEN))
    messages = _messages(graph)
    assert len(messages) == 2  # both articles' statements
    assert all("the statement is not hedged but its fact id:organization/airbnb kg:uses "
               "id:thing/qwen is not asserted" in m for m in messages)
    assert any('("Airbnb setzt auf Qwen.")' in m for m in messages)


def test_hedged_fact_needs_no_triple(graph: Graph) -> None:
    hedged = list(graph.subjects(KG.hedged, Literal(True)))
    assert hedged
    assert validate_graph(graph).conforms


def test_bad_investment_values(graph: Graph) -> None:
    inv = _only(graph, KG.Investment)
    graph.set((inv, KG.currency, Literal("usd")))
    graph.set((inv, KG.amount, Literal(Decimal("-5"), datatype=XSD.decimal)))
    messages = _messages(graph)
    assert any("kg:currency: an investment has exactly one kg:currency, an ISO 4217 code like "
               "USD (value: usd)" in m for m in messages)
    assert any("kg:amount: an investment has exactly one kg:amount, a positive xsd:decimal "
               "(value: -5)" in m for m in messages)


def test_unknown_metric_kind(graph: Graph) -> None:
    metric = _only(graph, KG.Metric)
    graph.set((metric, KG.metricKind, KG.dailyActiveUsers))
    assert any("a metric has exactly one kg:metricKind from kg:MetricKinds "
               "(value: kg:dailyActiveUsers)" in m for m in _messages(graph))


def test_statement_offsets_and_confidence(graph: Graph) -> None:
    statement = _only(graph, KG.Statement)
    graph.set((statement, KG.startChar, Literal(500)))
    graph.set((statement, KG.endChar, Literal(10)))
    graph.set((statement, KG.confidence, Literal(Decimal("1.5"), datatype=XSD.decimal)))
    messages = _messages(graph)
    assert any("kg:startChar: a statement has exactly one kg:startChar" in m for m in messages)
    assert any("kg:confidence: a statement has exactly one kg:confidence" in m for m in messages)


def test_statement_without_source_article(graph: Graph) -> None:
    statement = _only(graph, KG.Statement)
    graph.remove((statement, PROV.wasDerivedFrom, None))
    assert any("prov:wasDerivedFrom: a statement is derived from exactly one kg:Article" in m
               for m in _messages(graph))


def test_article_iri_must_match_its_hash(graph: Graph) -> None:
    article = _only(graph, KG.Article)
    graph.set((article, KG.sha256, Literal("f" * 64)))
    assert any("the article's IRI does not match its kg:sha256 " + "f" * 64 in m
               and '("news/a-en.txt")' in m for m in _messages(graph))


def test_malformed_entity_iri(graph: Graph) -> None:
    bad = URIRef("https://kgraph.dev/id/organization/Bad Name")
    graph.add((bad, RDF.type, KG.Organization))
    graph.add((bad, RDFS.label, Literal("Bad Name")))
    assert any(m.startswith("id:organization/Bad Name") for m in
               _messages(graph))


def test_a_self_loop_is_only_a_warning(graph: Graph) -> None:
    graph.add((AIRBNB, KG.partnersWith, AIRBNB))
    statement = ID["statement/0000000000000000"]
    for p, o in ((RDF.type, KG.Statement), (RDF.subject, AIRBNB), (RDF.predicate, KG.partnersWith),
                 (RDF.object, AIRBNB), (KG.sentence, Literal("Airbnb partners with Airbnb.")),
                 (KG.startChar, Literal(0)), (KG.endChar, Literal(28)), (KG.rule, Literal("r")),
                 (KG.confidence, Literal(Decimal("0.5"), datatype=XSD.decimal)),
                 (KG.hedged, Literal(False)),
                 (PROV.wasDerivedFrom, _only(graph, KG.Article))):
        graph.add((statement, p, o))
    report = validate_graph(graph)
    assert report.conforms
    assert [str(w) for w in report.warnings] == [
        'warning: id:organization/airbnb ("Airbnb") kg:partnersWith: '
        'id:organization/airbnb kg:partnersWith itself']


def test_the_shapes_give_the_same_answer_in_plain_pyshacl(graph: Graph) -> None:
    """kgraph runs sh:sparql constraints through Oxigraph; a standard engine agrees."""
    graph.remove((AIRBNB, KG.uses, QWEN))
    graph.add((CHESKY, KG.ceoOf, entity_iri(entity_id("Organization", "Meta"))))
    conforms, results, _ = pyshacl_validate(graph, shacl_graph=shapes(), inference="none")
    assert not conforms
    theirs = {str(results.value(r, SH.focusNode))
              for r in results.subjects(RDF.type, SH.ValidationResult)}
    ours = {v.focus for v in validate_graph(graph).violations}
    assert theirs == ours
    assert len(ours) == 3  # two statements, one person


def test_violation_text_names_node_label_path_and_value() -> None:
    v = Violation("https://kgraph.dev/id/thing/qwen", "Qwen", "https://kgraph.dev/ns#family",
                  "kg:family points to at most one model family",
                  "https://kgraph.dev/id/person/x")
    assert str(v) == ('id:thing/qwen ("Qwen") kg:family: kg:family points to at most one model '
                      'family (value: id:person/x)')


# -- the CLI ---------------------------------------------------------------------------------

def _write(graph: Graph, path: Path) -> Path:
    graph.serialize(path, format="turtle")
    return path


def test_cli_validate_a_conforming_graph(runner, tmp_path: Path) -> None:
    write_outputs(to_dataset(small_kg()), tmp_path, ["trig"])
    result = runner.invoke(main, ["validate", str(tmp_path / "graph.trig")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms: ")
    assert " triples checked in " in result.output


def test_cli_validate_a_folder(runner, tmp_path: Path) -> None:
    write_outputs(to_dataset(small_kg()), tmp_path, ["trig", "ttl", "nq"])
    result = runner.invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 0, result.output


def test_cli_validate_lists_violations_and_exits_6(runner, tmp_path: Path, graph: Graph) -> None:
    graph.remove((QWEN, RDFS.label, None))
    result = runner.invoke(main, ["validate", str(_write(graph, tmp_path / "bad.ttl"))])
    assert result.exit_code == 6
    assert result.stdout == ("id:thing/qwen rdfs:label: an entity has exactly one non-empty "
                             "rdfs:label (its canonical name)\n")
    assert result.stderr == ("Error: the graph does not conform to ontologies/shapes.ttl: "
                             "1 violation (listed above)\n")


def test_cli_validate_not_rdf(runner, tmp_path: Path) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: not valid Turtle: Parser error at line 1")


def _break_output(monkeypatch) -> None:
    """Make to_dataset drop every label: the build must refuse to write the result."""
    real = pipeline.to_dataset

    def broken(kg):
        ds = real(kg)
        for quad in list(ds.quads((None, RDFS.label, None, None))):
            ds.remove(quad)
        return ds

    monkeypatch.setattr(pipeline, "to_dataset", broken)


ARTICLE = "Airbnb uses Qwen\n\nAirbnb uses Alibaba's Qwen model for its customer service.\n"


def test_build_refuses_to_write_an_invalid_graph(monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _break_output(monkeypatch)
    with pytest.raises(ValidationError) as err:
        pipeline.build([tmp_path / "a.txt"], tmp_path / "out", use_cache=False)
    assert "does not conform to ontologies/shapes.ttl, so nothing was written" in str(err.value)
    assert "rdfs:label: an entity has exactly one non-empty rdfs:label" in str(err.value)
    assert not list((tmp_path / "out").glob("graph.*"))


def test_cli_build_fails_loudly_and_no_validate_skips(runner, monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _break_output(monkeypatch)
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out), "-q",
                                  "--no-cache"])
    assert result.exit_code == 6
    assert result.stderr.startswith("Error: kgraph built a graph that does not conform to "
                                    "ontologies/shapes.ttl, so nothing was written.")
    assert not (out / "graph.trig").exists()
    result = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "--out", str(out), "-q",
                                  "--no-cache", "--no-validate"])
    assert result.exit_code == 0, result.output
    assert (out / "graph.trig").exists()
