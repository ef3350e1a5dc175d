"""SHACL shapes: a kgraph graph conforms, each kind of damage is named, build refuses bad output."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SH

from kgfixture import SHA_A, SHA_B, SHA_C, small_kg
from kgraph import pipeline, validate
from kgraph.cli import main
from kgraph.errors import ValidationError
from kgraph.exporters import write_outputs
from kgraph.rdf import ID, KG, entity_iri, to_dataset
from kgraph.resolve import entity_id
from kgraph.validate import (
    Violation,
    kg_triples,
    neighbourhood,
    shapes,
    short,
    union,
    validate_files,
    validate_graph,
)

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
    graph.add((QWEN, RDF.type, KG.Product))  # two classes
    article = _only(graph, KG.Article)
    graph.add((article, URIRef("https://schema.org/mentions"), _only(graph, KG.Statement)))
    conforms, results, _ = pyshacl_validate(graph, shacl_graph=shapes(), inference="none")
    assert not conforms
    theirs = {str(results.value(r, SH.focusNode))
              for r in results.subjects(RDF.type, SH.ValidationResult)}
    ours = {v.focus for v in validate_graph(graph).violations}
    assert theirs == ours
    assert len(ours) == 5  # two statements, one person, one model, one article


# -- constraints shapes.ttl states as SPARQL or as top-level property shapes (to be cheap) --

SCHEMA_MENTIONS = URIRef("https://schema.org/mentions")
STARTUP = URIRef("https://example.org/ns#Startup")


def test_a_mention_of_something_that_is_no_entity(graph: Graph) -> None:
    article = _only(graph, KG.Article)
    statement = _only(graph, KG.Statement)
    graph.add((article, SCHEMA_MENTIONS, statement))
    assert [m for m in _messages(graph) if "schema:mentions" in m] == [
        f'{short(str(article))} ("news/a-en.txt") schema:mentions: schema:mentions points from '
        f'an article to an entity (value: {short(str(statement))})']


def test_a_mention_of_an_instance_of_a_subclass_is_one_of_an_entity(graph: Graph) -> None:
    """sh:class counts instances of subclasses (rdfs:subClassOf in the data): so does the
    SPARQL form of "one of the four entity classes"."""
    article = _only(graph, KG.Article)
    newco = URIRef("https://kgraph.dev/id/organization/quillmarsh")
    graph.add((article, SCHEMA_MENTIONS, newco))
    graph.add((newco, RDF.type, STARTUP))
    assert any("schema:mentions points from an article to an entity" in m
               for m in _messages(graph))
    graph.add((STARTUP, RDFS.subClassOf, KG.Organization))
    assert not [v for v in validate_graph(graph).violations if v.focus == str(article)]


def test_a_sparql_constraint_targets_instances_of_subclasses_too(graph: Graph) -> None:
    """sh:targetClass kg:Article reaches an article typed with a subclass of kg:Article, for
    the SPARQL constraints as for the core ones (and as pyshacl reads it)."""
    article = _only(graph, KG.Article)
    news = URIRef("https://example.org/ns#NewsArticle")
    graph.remove((article, RDF.type, KG.Article))
    graph.add((article, RDF.type, news))
    graph.add((news, RDFS.subClassOf, KG.Article))
    graph.set((article, KG.sha256, Literal("f" * 64)))
    assert any("the article's IRI does not match its kg:sha256 " + "f" * 64 in m
               for m in _messages(graph))


def test_an_instance_of_two_entity_classes_through_a_subclass(graph: Graph) -> None:
    graph.add((STARTUP, RDFS.subClassOf, KG.Organization))
    graph.add((CHESKY, RDF.type, STARTUP))
    assert any(m.startswith('id:person/brianchesky ("Brian Chesky"): an entity has exactly one '
                            'class') for m in _messages(graph))


def test_property_shapes_of_their_own_still_check_every_node(graph: Graph) -> None:
    """Each kind of node's properties (now shapes with their own targets) on a graph with
    several such nodes: every broken one is named, the others not."""
    statements = sorted(graph.subjects(RDF.type, KG.Statement))
    assert len(statements) > 2
    graph.remove((statements[0], KG.sentence, None))
    graph.add((statements[1], KG.hedged, Literal("yes")))
    metric = _only(graph, KG.Metric)
    graph.remove((None, KG.hasMetric, metric))
    inv = _only(graph, KG.Investment)
    graph.add((AIRBNB, KG.invests, inv))
    messages = _messages(graph)
    assert [m for m in messages if "kg:sentence" in m] == [
        f"{short(str(statements[0]))} kg:sentence: a statement has exactly one non-empty "
        "kg:sentence"]
    assert any(m.startswith(f"{short(str(statements[1]))} ") and "kg:hedged: a statement has "
               "exactly one kg:hedged" in m for m in messages)
    assert f"{short(str(metric))}: a metric belongs to exactly one model or product " \
           "(kg:hasMetric)" in messages
    assert f"{short(str(inv))}: an investment node belongs to one investor" in messages


def test_a_collection_of_triples_is_checked_as_the_graph_they_make(graph: Graph) -> None:
    graph.remove((QWEN, RDFS.label, None))
    assert [str(v) for v in validate_graph(set(graph)).violations] == _messages(graph)
    assert validate_graph(kg_triples(small_kg())).conforms


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
    """Make the graph the build checks lose every label: the build must refuse to write it
    (whether it checks the TriG text it will write, or triples)."""
    real = validate.validate_graph

    def unlabelled(data, *args, **kwargs):
        if isinstance(data, ox.Store):
            for quad in list(data.quads_for_pattern(None, ox.NamedNode(str(RDFS.label)), None)):
                data.remove(quad)
        else:
            data = {t for t in data if t[1] != RDFS.label}
        return real(data, *args, **kwargs)

    monkeypatch.setattr(validate, "validate_graph", unlabelled)


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


# -- a rebuild checks what changed -------------------------------------------------------

CORPUS = {
    "a.txt": ARTICLE,
    "b.txt": "Klarna uses Claude\n\nKlarna uses Anthropic's Claude model for its shopping "
             "assistant.\n",
    "c.txt": "Duolingo uses Mistral\n\nDuolingo uses Mistral AI's Mistral Large model for its "
             "lessons.\n",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _reports(monkeypatch) -> list:
    """The report of every validate_graph call from now on."""
    seen = []
    real = validate.validate_graph

    def spy(data, focus=None, count=True):
        seen.append(real(data, focus))  # counted, to compare the sizes of checks
        return seen[-1]

    monkeypatch.setattr(validate, "validate_graph", spy)
    return seen


def test_a_rebuild_checks_only_what_the_changed_article_touched(monkeypatch, tmp_path) -> None:
    corpus, out = _corpus(tmp_path / "news"), tmp_path / "out"
    seen = _reports(monkeypatch)
    pipeline.build([corpus], out)
    (corpus / "c.txt").write_text(CORPUS["c.txt"].replace("lessons", "courses"),
                                  encoding="utf-8")
    report = pipeline.build([corpus], out)
    assert report.merge.startswith("last build's graph updated: 1 article")
    full, changed = seen
    assert full.focus is None and full.conforms
    assert changed.conforms
    subjects = {s for s, _, _ in validate.kg_triples(report.graph)}
    assert 0 < changed.focus < len(subjects) / 2  # Airbnb's and Klarna's nodes are not checked
    assert changed.triples < full.triples / 2
    pipeline.build([corpus], tmp_path / "clean", use_cache=False)
    for name in ("graph.trig", "graph.ttl"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()
    assert seen[-1].focus is None  # a build without a last build's state checks it all


def test_a_rebuild_after_an_unchecked_build_checks_it_all(monkeypatch, tmp_path) -> None:
    corpus, out = _corpus(tmp_path / "news"), tmp_path / "out"
    pipeline.build([corpus], out, validate=False)
    (corpus / "c.txt").write_text(CORPUS["c.txt"].replace("lessons", "courses"),
                                  encoding="utf-8")
    seen = _reports(monkeypatch)
    report = pipeline.build([corpus], out)
    assert report.merge.startswith("last build's graph updated: 1 article")
    assert [r.focus for r in seen] == [None]


def _overconfident(monkeypatch, path: str) -> None:
    """Extraction of the article at path gives its relations a confidence above 1."""
    real = pipeline.extract_article

    def broken(article, *args, **kwargs):
        got = real(article, *args, **kwargs)
        if not article.path.endswith(path):
            return got
        return replace(got, relations=tuple(
            replace(r, evidence=replace(r.evidence, confidence=1.5)) for r in got.relations))

    monkeypatch.setattr(pipeline, "extract_article", broken)


def test_a_rebuild_refuses_a_change_that_breaks_the_graph(monkeypatch, tmp_path) -> None:
    corpus, out = _corpus(tmp_path / "news"), tmp_path / "out"
    pipeline.build([corpus], out)
    before = {f.name: f.read_bytes() for f in out.glob("graph.*")}
    (corpus / "c.txt").write_text(CORPUS["c.txt"].replace("lessons", "courses"),
                                  encoding="utf-8")
    _overconfident(monkeypatch, "c.txt")
    seen = _reports(monkeypatch)
    with pytest.raises(ValidationError) as err:
        pipeline.build([corpus], out)
    assert seen[-1].focus is not None
    assert "kg:confidence: a statement has exactly one kg:confidence" in str(err.value)
    assert {f.name: f.read_bytes() for f in out.glob("graph.*")} == before
    with pytest.raises(ValidationError) as whole:  # the same list as a check of it all
        pipeline.build([corpus], tmp_path / "clean", use_cache=False)
    assert seen[-1].focus is None
    assert str(err.value) == str(whole.value)


def _retyped(name: str, type_: str):
    kg = small_kg()
    return replace(kg, entities=tuple(replace(e, type=type_) if e.name == name else e
                                      for e in kg.entities))


@pytest.mark.parametrize("name, added, removed", [
    ("Llama 4", [SHA_C], []),  # Qwen-3 (only in article A) surpasses it: checked too
    ("Qwen", [SHA_B], []),
    ("Qwen", [], ["Qwen"]),  # an article that named Qwen was taken out
])
def test_the_neighbourhood_of_a_change_gives_the_whole_graph_s_verdict(name, added,
                                                                       removed) -> None:
    """A model read as a person in the changed article: every node that this breaks is
    checked, with what its constraints read, and nothing else is reported."""
    broken = _retyped(name, "Person")
    whole = validate_graph(kg_triples(broken))
    assert not whole.conforms
    keys = {e.name: e.key for e in broken.entities}
    triples, focus = neighbourhood(broken, added, {keys[n] for n in removed})
    part = validate_graph(triples, focus)
    assert part.results == whole.results
    assert part.triples < whole.triples
    assert len(focus) < len({s for s, _, _ in kg_triples(broken)})


def test_the_neighbourhood_of_a_clean_change_conforms() -> None:
    kg = small_kg()
    for sha in (SHA_A, SHA_B, SHA_C):
        triples, focus = neighbourhood(kg, [sha], set())
        assert validate_graph(triples, focus).conforms


def test_a_fact_only_hedged_in_the_changed_article_keeps_its_plain_evidence() -> None:
    """Airbnb uses Qwen: plain in article A, hedged in article B (the one that changed)."""
    kg = small_kg()
    facts = tuple(replace(f, sources=(f.sources[0], replace(f.sources[1], hedged=True)))
                  if len(f.sources) == 2 and f.predicate == "uses" else f for f in kg.facts)
    triples, focus = neighbourhood(replace(kg, facts=facts), [SHA_B], set())
    assert (AIRBNB, KG.uses, QWEN) in triples
    assert validate_graph(triples, focus).conforms
    # and taking the plain statement away is what the check is for
    triples.discard(next(t for t in triples if t[1] == KG.hedged and t[2] == Literal(False)
                         and (t[0], RDF.subject, AIRBNB) in triples
                         and (t[0], PROV.wasDerivedFrom, ID[f"article/{SHA_A[:16]}"])
                         in triples))
    assert not validate_graph(triples, focus | {AIRBNB}).conforms


# -- big builds check a sample unless told -----------------------------------------------

def _small_limit(monkeypatch, whole_up_to: int = 2, sample: int = 1) -> None:
    """As if the corpus (three articles) were past the size a default build checks whole."""
    monkeypatch.setattr(pipeline, "WHOLE_GRAPH_UP_TO", whole_up_to)
    monkeypatch.setattr(pipeline, "SAMPLE", sample)


def test_a_big_default_build_checks_a_sample_and_says_so(monkeypatch, tmp_path) -> None:
    corpus = _corpus(tmp_path / "news")
    _small_limit(monkeypatch)
    seen = _reports(monkeypatch)
    report = pipeline.build([corpus], tmp_path / "out", use_cache=False)
    assert [r.focus is not None for r in seen] == [True]
    assert report.checked.startswith("1 of 3 articles, the entities they name")
    assert "--validate checks the whole graph" in report.checked
    whole = pipeline.build([corpus], tmp_path / "whole", use_cache=False, validate=True)
    assert seen[-1].focus is None and whole.checked == "the whole graph"
    assert seen[0].triples < seen[-1].triples  # the sample read a part of the graph


def test_a_sample_is_spread_over_the_articles_and_the_same_each_time() -> None:
    shas = [f"{i:064x}" for i in range(1000)]
    got = validate.sample(list(reversed(shas)), 10)
    assert got == validate.sample(shas, 10) == [shas[i] for i in range(0, 1000, 100)]
    assert validate.sample(shas[:5], 10) == shas[:5]


def test_a_sampled_build_finds_what_is_wrong_in_the_sample(monkeypatch, tmp_path) -> None:
    corpus = _corpus(tmp_path / "news")
    _small_limit(monkeypatch, sample=3)
    _overconfident(monkeypatch, "b.txt")
    with pytest.raises(ValidationError) as err:
        pipeline.build([corpus], tmp_path / "out", use_cache=False)
    assert "kg:confidence: a statement has exactly one kg:confidence" in str(err.value)
    assert not list((tmp_path / "out").glob("graph.*"))


def test_a_rebuild_after_a_sampled_build_checks_every_changed_article(monkeypatch,
                                                                      tmp_path) -> None:
    """The last graph was checked on a sample (here none): a rebuild checks what its
    changes can have made invalid, the article put in first of all."""
    corpus, out = _corpus(tmp_path / "news"), tmp_path / "out"
    _small_limit(monkeypatch, sample=0)
    assert pipeline.build([corpus], out).checked.startswith("0 of 3 articles")
    (corpus / "c.txt").write_text(CORPUS["c.txt"].replace("lessons", "courses"),
                                  encoding="utf-8")
    _overconfident(monkeypatch, "c.txt")
    with pytest.raises(ValidationError) as err:
        pipeline.build([corpus], out)
    assert "kg:confidence: a statement has exactly one kg:confidence" in str(err.value)


def test_a_rebuild_after_a_sampled_build_checks_its_changes_not_the_sample_again(
        monkeypatch, tmp_path) -> None:
    corpus, out = _corpus(tmp_path / "news"), tmp_path / "out"
    _small_limit(monkeypatch, sample=3)  # every article sampled: the most a sample reads
    seen = _reports(monkeypatch)
    assert pipeline.build([corpus], out).checked.startswith("3 of 3 articles")
    (corpus / "c.txt").write_text(CORPUS["c.txt"].replace("lessons", "courses"),
                                  encoding="utf-8")
    report = pipeline.build([corpus], out)
    assert report.merge.startswith("last build's graph updated: 1 article")
    assert report.checked.startswith("what changed, as the last build checked a sample")
    sampled, changed = seen
    assert changed.conforms and changed.triples < sampled.triples / 2
    # and the next rebuild again: each change was checked, so the standing is kept
    (corpus / "c.txt").write_text(CORPUS["c.txt"], encoding="utf-8")
    assert pipeline.build([corpus], out).checked.startswith("what changed")


def test_a_rebuild_after_an_unchecked_rebuild_samples_again(monkeypatch, tmp_path) -> None:
    """A --no-validate rebuild breaks the chain of checked changes since the sample."""
    corpus, out = _corpus(tmp_path / "news"), tmp_path / "out"
    _small_limit(monkeypatch)
    assert pipeline.build([corpus], out).checked.startswith("1 of 3 articles")
    (corpus / "c.txt").write_text(CORPUS["c.txt"].replace("lessons", "courses"),
                                  encoding="utf-8")
    assert pipeline.build([corpus], out, validate=False).checked == ""
    (corpus / "b.txt").write_text(CORPUS["b.txt"].replace("shopping", "support"),
                                  encoding="utf-8")
    assert pipeline.build([corpus], out).checked.startswith("1 of 3 articles and the 1 put in")


def test_cli_build_prints_what_a_sampled_check_covered(runner, monkeypatch, tmp_path) -> None:
    corpus = _corpus(tmp_path / "news")
    _small_limit(monkeypatch)
    result = runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"),
                                  "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "validated: 1 of 3 articles" in result.stderr
    result = runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path / "o2"),
                                  "--no-cache", "--validate"])
    assert "validated:" not in result.stderr  # the whole graph: said only with -v


def test_build_help_gives_the_default_s_sizes(runner) -> None:
    text = " ".join(runner.invoke(main, ["build", "--help"]).output.split())
    assert f"up to {validate.WHOLE_GRAPH_UP_TO:,} articles" in text
    assert f"a sample of {validate.SAMPLE} articles" in text


def test_one_huge_chunk_of_trig_is_read_in_linear_time() -> None:
    """Oxigraph reads check_text's TriG a few KB at a time; one article's graph is one
    chunk, 60 MB for an article of one 2 MB line. Reading it must cost what reading the
    same bytes in small chunks costs, not a copy of the rest per read."""
    import time

    size = 16 * 2**20
    piece = "x" * 2048

    def read_all(chunks) -> float:
        start = time.perf_counter()
        stream = validate._Chunks(chunks)
        buffer = bytearray(2048)
        total = 0
        while n := stream.readinto(buffer):
            total += n
        assert total == size
        return time.perf_counter() - start

    small = read_all(piece for _ in range(size // len(piece)))
    huge = read_all(["x" * size])
    assert huge < 10 * small + 0.5
