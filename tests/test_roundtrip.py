"""Every graph file kgraph writes reads back in two parsers, and keeps its provenance promises.

pyoxigraph and rdflib are independent parsers (Rust and Python): a file both read to the
same number of triples is valid RDF, not just something our own reader tolerates.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, XSD, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from conftest import EXAMPLES, MINI, build_corpus, rdf_outputs
from kgraph.pipeline import read_articles

KG = "https://kgraph.dev/ns#"
ENTITY_GRAPH = URIRef("https://kgraph.dev/graph/entities")
RELATIONS = ("uses", "developedBy", "surpasses", "invests", "investsIn", "ceoOf", "acquires",
             "partnersWith")
OX_FORMATS = {"trig": ox.RdfFormat.TRIG, "ttl": ox.RdfFormat.TURTLE,
              "jsonld": ox.RdfFormat.JSON_LD, "nq": ox.RdfFormat.N_QUADS,
              "nt": ox.RdfFormat.N_TRIPLES}
RDFLIB_FORMATS = {"trig": "trig", "ttl": "turtle", "jsonld": "json-ld", "nq": "nquads",
                  "nt": "nt"}
CORPORA = ["mini_build", "example_build"]


def kg(name: str) -> URIRef:
    return URIRef(KG + name)


def oxigraph_triples(path: Path, fmt: str) -> set[tuple]:
    return {(q.subject, q.predicate, q.object)
            for q in ox.parse(path=str(path), format=OX_FORMATS[fmt])}


def rdflib_dataset(path: Path, fmt: str) -> Dataset:
    ds = Dataset(default_union=True)  # ds.subjects() etc. then see every named graph
    ds.parse(path, format=RDFLIB_FORMATS[fmt])
    return ds


def union(ds: Dataset) -> set[tuple]:
    return {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}


@pytest.fixture(scope="module")
def example_ds(example_build) -> Dataset:
    return rdflib_dataset(example_build.file("graph.trig"), "trig")


@pytest.fixture(scope="module")
def mini_ds(mini_build) -> Dataset:
    return rdflib_dataset(mini_build.file("graph.trig"), "trig")


def test_every_rdf_format_is_covered():
    assert set(rdf_outputs()) <= set(OX_FORMATS), "add the new format to OX_FORMATS here"
    assert {"trig", "ttl", "jsonld"} <= set(rdf_outputs())


@pytest.mark.parametrize("corpus", CORPORA)
@pytest.mark.parametrize("fmt", rdf_outputs())
def test_oxigraph_and_rdflib_read_the_same_triple_count(request, corpus, fmt):
    path = request.getfixturevalue(corpus).file(f"graph.{fmt}")
    by_oxigraph = oxigraph_triples(path, fmt)
    by_rdflib = union(rdflib_dataset(path, fmt))
    assert len(by_oxigraph) > 100
    assert len(by_oxigraph) == len(by_rdflib)


@pytest.mark.parametrize("corpus", CORPORA)
@pytest.mark.parametrize("fmt", rdf_outputs())
def test_every_format_holds_the_same_triples_as_trig(request, corpus, fmt):
    built = request.getfixturevalue(corpus)
    assert (oxigraph_triples(built.file(f"graph.{fmt}"), fmt)
            == oxigraph_triples(built.file("graph.trig"), "trig"))


@pytest.mark.parametrize("fmt", ["trig", "nq", "jsonld"])
def test_quad_formats_keep_the_named_graphs(mini_build, fmt):
    if fmt not in rdf_outputs():
        pytest.skip(f"kgraph does not write graph.{fmt}")
    quads = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
             for q in ox.parse(path=str(mini_build.file(f"graph.{fmt}")), format=OX_FORMATS[fmt])}
    trig = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
            for q in ox.parse(path=str(mini_build.file("graph.trig")), format=ox.RdfFormat.TRIG)}
    assert quads == trig


def test_trig_has_one_named_graph_per_article(example_ds, example_build):
    articles = set(example_ds.subjects(RDF.type, kg("Article")))
    named = {g.identifier for g in example_ds.graphs() if len(g)} - {ENTITY_GRAPH}
    named.discard(URIRef("urn:x-rdflib:default"))
    assert len(articles) == example_build.report.articles == 16
    assert named == articles


def test_article_metadata_names_the_file_title_date_and_language(mini_ds):
    expected = {
        "openai-amd-en.txt": ("OpenAI signs chip deal with AMD", "2025-10-06", "en"),
        "airbnb-qwen-de.md": ("Airbnb setzt im Kundenservice auf Qwen", "2025-12-03", "de"),
        "sap-aleph-alpha-de.html": ("SAP und Aleph Alpha vertiefen Partnerschaft",
                                    "2025-09-17", "de"),
    }
    seen = {}
    for article in mini_ds.subjects(RDF.type, kg("Article")):
        path = Path(str(mini_ds.value(article, kg("path"))))
        seen[path.name] = (str(mini_ds.value(article, DCTERMS.title)),
                           mini_ds.value(article, DCTERMS.date),
                           str(mini_ds.value(article, DCTERMS.language)))
        assert mini_ds.value(article, kg("sha256")) == Literal(
            hashlib.sha256((MINI / path.name).read_bytes()).hexdigest())
    assert {name: (t, d.toPython().isoformat(), lang) for name, (t, d, lang) in seen.items()
            } == expected
    assert all(d.datatype == XSD.date for _, d, _ in seen.values())


def test_every_example_article_has_path_title_and_date(example_ds):
    for article in example_ds.subjects(RDF.type, kg("Article")):
        path = str(example_ds.value(article, kg("path")))
        assert path.endswith((".txt", ".md", ".html"))
        assert example_ds.value(article, DCTERMS.title), path
        assert example_ds.value(article, DCTERMS.date), path


def _statements_by_graph(ds: Dataset) -> dict[URIRef, list[dict]]:
    out: dict[URIRef, list[dict]] = defaultdict(list)
    for g in ds.graphs():
        for st in g.subjects(RDF.type, kg("Statement")):
            out[g.identifier].append({
                "node": st,
                "triple": (g.value(st, RDF.subject), g.value(st, RDF.predicate),
                           g.value(st, RDF.object)),
                "sentence": g.value(st, kg("sentence")),
                "start": g.value(st, kg("startChar")),
                "end": g.value(st, kg("endChar")),
                "hedged": g.value(st, kg("hedged")),
                "source": g.value(st, PROV.wasDerivedFrom),
            })
    return out


@pytest.mark.parametrize("corpus", ["mini_ds", "example_ds"])
def test_every_asserted_relation_has_a_statement_with_evidence(request, corpus):
    ds = request.getfixturevalue(corpus)
    statements = _statements_by_graph(ds)
    checked = 0
    for g in ds.graphs():
        if g.identifier == ENTITY_GRAPH:
            continue
        stated = {st["triple"] for st in statements[g.identifier]
                  if st["hedged"] == Literal(False)}
        for relation in RELATIONS:
            for s, o in g.subject_objects(kg(relation)):
                checked += 1
                ok = (s, kg(relation), o) in stated
                if relation == "partnersWith":  # symmetric: either direction is the evidence
                    ok = ok or (o, kg(relation), s) in stated
                assert ok, f"{s} {relation} {o} in {g.identifier} has no statement"
    assert checked >= 10


@pytest.mark.parametrize("corpus", ["mini_ds", "example_ds"])
def test_every_statement_is_complete_and_derived_from_its_graph(request, corpus):
    ds = request.getfixturevalue(corpus)
    for graph_name, statements in _statements_by_graph(ds).items():
        for st in statements:
            assert all(st["triple"]), st["node"]
            assert st["source"] == graph_name, st["node"]
            assert st["sentence"] and st["start"] is not None and st["end"] is not None
            assert st["hedged"] in (Literal(True), Literal(False))


@pytest.mark.parametrize(("corpus", "folder"), [("mini_ds", MINI),
                                                ("example_ds", EXAMPLES)])
def test_evidence_offsets_point_at_the_sentence_in_the_article(request, corpus, folder):
    ds = request.getfixturevalue(corpus)
    articles, _ = read_articles([folder])
    texts = {a.sha: a.text for a in articles}
    sha_of = {a: str(ds.value(a, kg("sha256"))) for a in ds.subjects(RDF.type, kg("Article"))}
    count = 0
    for graph_name, statements in _statements_by_graph(ds).items():
        text = texts[sha_of[graph_name]]
        for st in statements:
            start, end = int(st["start"]), int(st["end"])
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == str(st["sentence"])
            count += 1
    assert count >= 10


@pytest.mark.parametrize("corpus", ["mini_ds", "example_ds"])
def test_hedged_statements_are_not_asserted(request, corpus):
    ds = request.getfixturevalue(corpus)
    for graph_name, statements in _statements_by_graph(ds).items():
        graph = ds.graph(graph_name)
        asserted = {st["triple"] for st in statements if st["hedged"] == Literal(False)}
        for st in statements:
            if st["hedged"] == Literal(True) and st["triple"] not in asserted:
                assert st["triple"] not in graph, st["node"]


def test_investments_have_decimal_amount_and_currency_code(example_ds):
    investments = set(example_ds.subjects(RDF.type, kg("Investment")))
    assert investments
    for inv in investments:
        amount = example_ds.value(inv, kg("amount"))
        currency = str(example_ds.value(inv, kg("currency")))
        assert amount.datatype == XSD.decimal and amount.toPython() > 0
        assert len(currency) == 3 and currency.isupper(), currency


def test_builds_are_reproducible(mini_build, tmp_path):
    again = build_corpus(MINI, tmp_path)
    for fmt in rdf_outputs():
        assert (oxigraph_triples(again.file(f"graph.{fmt}"), fmt)
                == oxigraph_triples(mini_build.file(f"graph.{fmt}"), fmt)), fmt


def test_python_api_writes_the_files_build_writes(mini_build, tmp_path) -> None:
    """write_outputs (a Dataset) and kgraph build (pieces) share one RDF writer: the same
    bytes, but for the line with which a build's graph.ttl vouches for its graph.trig."""
    from kgraph.exporters import write_outputs
    from kgraph.rdf import to_dataset

    write_outputs(to_dataset(mini_build.report.graph), tmp_path, ["trig", "ttl", "jsonld"])
    for name in ("graph.trig", "graph.jsonld"):
        assert (tmp_path / name).read_bytes() == mini_build.file(name).read_bytes()
    built = mini_build.file("graph.ttl").read_text(encoding="utf-8")
    api = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert built.startswith(api) and built[len(api):].count("\n") == 1
