"""The Python API gives a notebook user what the CLI gives the shell: same files, rows, errors."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pytest

import kgraph
from conftest import MINI, rdf_outputs
from kgraph import build, graph, query, view
from kgraph.cli import main
from kgraph.errors import GraphFileError, InputPathError, KgraphError, NoArticlesError, QueryError

INVESTMENTS = """SELECT ?investor ?amount ?currency WHERE {
  ?investor kg:invests ?i . ?i kg:amount ?amount ; kg:currency ?currency }
ORDER BY ?investor ?amount"""


def cli(runner, *args):
    return runner.invoke(main, [str(a) for a in args], prog_name="kgraph")


def test_public_names_are_importable():
    for name in kgraph.__all__:
        assert getattr(kgraph, name) is not None, name
    assert {"build", "query", "graph", "view"} <= set(kgraph.__all__)


def test_public_functions_stay_functions_after_every_module_is_loaded(mini_build):
    # a submodule named like a function of the package rebinds kgraph.NAME to itself
    # when first imported: kgraph.stats(...) worked once, then was a module
    import importlib
    import pkgutil

    first = kgraph.stats([mini_build.out])
    for module in pkgutil.walk_packages(kgraph.__path__, "kgraph."):
        if module.name != "kgraph.__main__":  # that one runs the CLI
            importlib.import_module(module.name)
    for name in kgraph.__all__:
        if name != "query":  # the one module that is callable as its function, on purpose
            assert not isinstance(getattr(kgraph, name), type(kgraph)), name
    assert kgraph.stats([mini_build.out]) == first
    assert kgraph.query([mini_build.out], "ASK { ?a kg:uses ?b }").boolean is True


def test_query_module_can_be_imported_and_the_package_query_still_runs_queries(mini_build):
    # kgraph.query was the function, which hid the module: `import kgraph.query as q` gave
    # the function, so q.load_store or q.PREFIXES failed; now it is the module, and calling
    # it (kgraph.query(...), from kgraph import query) runs the function
    import inspect
    import sys

    import kgraph.query as q

    assert q is sys.modules["kgraph.query"] and q.load_store is not None
    assert "PREFIX kg:" in q.PREFIXES
    assert q is kgraph.query is query
    sparql = "SELECT ?a WHERE { ?a kg:uses ?b } ORDER BY ?a"
    assert q([mini_build.out], sparql).rows == q.query([mini_build.out], sparql).rows != ()
    assert list(inspect.signature(kgraph.query).parameters)[:2] == ["graphs", "sparql"]
    with pytest.warns(kgraph.errors.QueryNote) as caught:  # the note points at the caller
        query([mini_build.out], "SELECT ?a WHERE { ?a kg:ceo ?b }")
    assert caught[0].filename == __file__


def test_build_writes_the_same_files_as_the_cli(runner, tmp_path):
    # same folder name: the page's title names it
    report = build([MINI], tmp_path / "api" / "out")
    result = cli(runner, "build", MINI, "--out", tmp_path / "cli" / "out")
    assert result.exit_code == 0, result.output
    assert [p.name for p in report.files] == ["graph.trig", "graph.ttl", "graph.jsonld",
                                              "graph.html"]
    for written in report.files:
        from_cli = tmp_path / "cli" / "out" / written.name
        assert written.read_bytes() == from_cli.read_bytes(), written.name


def test_build_report_is_what_the_cli_summarises(runner, tmp_path):
    report = build([MINI], tmp_path)
    lines = cli(runner, "build", MINI, "--out", tmp_path / "cli").stdout.splitlines()
    assert lines[0] == f"articles read: {report.articles}"
    assert lines[1] == "entities: " + ", ".join(
        f"{n} {t}" for t, n in sorted(report.entities.items()))
    assert lines[2].startswith("relations: " + ", ".join(
        f"{n} {r}" for r, n in sorted(report.relations.items())))


def test_build_can_write_chosen_outputs_only(tmp_path):
    report = build([MINI], tmp_path, outputs=["ttl"])
    assert report.files == [tmp_path / "graph.ttl"]
    assert sorted(p.name for p in tmp_path.glob("graph.*")) == ["graph.ttl"]


def test_query_rows_equal_cli_csv(runner, mini_build):
    trig = mini_build.file("graph.trig")
    result = query([trig], INVESTMENTS)
    assert result.kind == "select"
    assert result.variables == ("investor", "amount", "currency")
    assert ("https://kgraph.dev/id/organization/nvidia", "100000000000", "USD") in result.rows
    printed = cli(runner, "query", trig, INVESTMENTS, "--format", "csv").stdout
    assert [tuple(r) for r in csv.reader(io.StringIO(printed))] == [result.variables,
                                                                    *result.rows]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_format_result_is_what_the_cli_prints(runner, mini_build, fmt):
    trig = mini_build.file("graph.trig")
    printed = cli(runner, "query", trig, INVESTMENTS, "--format", fmt).stdout
    assert printed == kgraph.format_result(query([trig], INVESTMENTS), fmt) + "\n"


def test_query_json_is_w3c_results(mini_build):
    data = json.loads(query([mini_build.file("graph.trig")], INVESTMENTS).json)
    assert data["head"]["vars"] == ["investor", "amount", "currency"]
    assert len(data["results"]["bindings"]) >= 2


def test_query_ask_and_construct(mini_build):
    trig = mini_build.file("graph.trig")
    ask = query([trig], "ASK { ?p kg:ceoOf ?o }")
    assert (ask.kind, ask.boolean) == ("ask", True)
    built = query([trig], "CONSTRUCT { ?o kg:ledBy ?p } WHERE { ?p kg:ceoOf ?o }")
    assert built.kind == "graph"
    assert ("https://kgraph.dev/id/organization/openai", "https://kgraph.dev/ns#ledBy",
            "https://kgraph.dev/id/person/samaltman") in built.rows


def test_graph_holds_every_entity_and_asserted_fact(mini_build):
    trig = mini_build.file("graph.trig")
    g = graph([trig])
    assert isinstance(g, nx.MultiDiGraph)
    entities = query([trig], """SELECT DISTINCT ?e WHERE { ?e a ?t .
        VALUES ?t { kg:Organization kg:AIModel kg:Product kg:Person } }""")
    assert {e for (e,) in entities.rows} <= set(g.nodes)
    assert g.nodes["https://kgraph.dev/id/person/brianchesky"]["label"] == "Brian Chesky"
    ceo_edges = [(s, o) for s, o, d in g.edges(data=True) if d["relation"] == "ceoOf"]
    ceos = query([trig], "SELECT DISTINCT ?p ?o WHERE { ?p kg:ceoOf ?o }")
    assert sorted(ceo_edges) == sorted(ceos.rows)
    for _, _, data in g.edges(data=True):
        assert data["sources"] and data["sources"][0]["sentence"]


def test_view_writes_the_same_page_as_the_cli(runner, mini_build, tmp_path):
    trig = mini_build.file("graph.trig")
    page = Path(view([trig], tmp_path / "api.html"))
    assert page == tmp_path / "api.html"
    result = cli(runner, "view", trig, "--out", tmp_path / "cli.html")
    assert result.exit_code == 0, result.output
    assert page.read_bytes() == (tmp_path / "cli.html").read_bytes()


@pytest.mark.parametrize("fmt", rdf_outputs())
def test_view_and_query_read_every_graph_format(mini_build, tmp_path, fmt):
    path = mini_build.file(f"graph.{fmt}")
    assert query([path], "ASK { ?p kg:ceoOf ?o }").boolean is True
    assert "Brian Chesky" in Path(view([path], tmp_path / "v.html")).read_text(encoding="utf-8")


@pytest.mark.parametrize(("call", "error", "cli_args"), [
    (lambda tmp: build([tmp / "missing"], tmp / "out"), InputPathError,
     lambda tmp: ["build", tmp / "missing", "--out", tmp / "out"]),
    (lambda tmp: build([tmp], tmp / "out"), NoArticlesError,
     lambda tmp: ["build", tmp, "--out", tmp / "out"]),
    (lambda tmp: query([tmp / "none.trig"], "ASK {}"), GraphFileError,
     lambda tmp: ["query", tmp / "none.trig", "--sparql", "ASK {}"]),
    (lambda tmp: query([MINI], "SELEKT"), QueryError,
     lambda tmp: ["query", MINI, "--sparql", "SELEKT"]),
])
def test_api_raises_what_the_cli_reports(runner, tmp_path, call, error, cli_args):
    with pytest.raises(error) as info:
        call(tmp_path)
    assert isinstance(info.value, KgraphError)
    result = cli(runner, *cli_args(tmp_path))
    assert result.exit_code == info.value.exit_code != 0
    assert result.stderr == f"Error: {info.value}\n"
    assert re.match(r"Error: \S", result.stderr)


def test_one_path_given_as_a_string_is_not_read_letter_by_letter(mini_build, tmp_path):
    # a notebook user writes build("articles", "out"), not build(["articles"], "out")
    report = build(str(MINI), tmp_path / "out", outputs="trig")
    assert report.files == [tmp_path / "out" / "graph.trig"]
    assert report.articles == build([MINI], tmp_path / "list", outputs=["trig"]).articles
    folder = str(mini_build.out)
    assert query(folder, INVESTMENTS).rows == query([folder], INVESTMENTS).rows
    assert query(folder, INVESTMENTS, timeout=60).rows == query([folder], INVESTMENTS).rows
    assert graph(mini_build.out).number_of_nodes() == graph([mini_build.out]).number_of_nodes()
    page = view(folder, tmp_path / "page.html")
    assert page.path == tmp_path / "page.html" and page.nodes > 0
    assert kgraph.export(folder, "gexf", tmp_path / "g.gexf").exists()
    assert kgraph.stats(folder).articles == kgraph.stats([folder]).articles
    assert kgraph.validate_files(folder).triples == kgraph.validate_files([folder]).triples
    from kgraph.query import load_store, query_text
    assert query_text(folder, INVESTMENTS) == query_text([folder], INVESTMENTS)
    assert len(load_store(folder)) == len(load_store([folder]))
    with pytest.raises(InputPathError, match="^no/such/folder: no such file"):
        build("no/such/folder", tmp_path / "x")


def test_query_with_a_kg_name_the_graph_lacks_warns_and_keeps_the_note(mini_build):
    # the CLI prints a note on stderr; from Python the empty answer came back silently
    with pytest.warns(kgraph.errors.QueryNote, match=r"kg:investedIn .*did you mean kg:investsIn"):
        result = query([mini_build.out], "SELECT ?a ?b WHERE { ?a kg:investedIn ?b }")
    assert result.rows == ()
    assert result.notes == ("note: kg:investedIn occurs nowhere in the graph; "
                            "did you mean kg:investsIn?",)
    right = query([mini_build.out], "SELECT ?a ?b WHERE { ?a kg:investsIn ?b }")
    assert right.rows and right.notes == ()


def test_article_gives_the_text_that_evidence_offsets_count_in(tmp_path):
    # kg:startChar/kg:endChar count characters of the text kgraph read (decoded, front
    # matter and markup removed), not of the file: slicing the file gave other text
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deal.md").write_text(
        "---\ntitle: A deal\ndate: 2026-03-02\n---\n\n# A deal\n\n"
        "**Oracle** invested $300 million in [Cohere](https://example.org), the lab said.\n",
        encoding="utf-8")
    (folder / "bericht.txt").write_bytes(
        "Bericht über Geldgeber\n\nSAP investiert 90 Millionen Euro in Aleph Alpha, "
        "hieß es in Walldorf.\n".encode("cp1252"))
    (folder / "wide.txt").write_bytes(
        "Deutsche Bank uses Claude for document review, the bank said.\n".encode("utf-16"))
    build([folder], tmp_path / "out", outputs=["trig"])
    found = query([tmp_path / "out"], """SELECT ?path ?sha ?start ?end ?sentence WHERE {
      ?st kg:startChar ?start ; kg:endChar ?end ; kg:sentence ?sentence ;
          prov:wasDerivedFrom ?a . ?a kg:path ?path ; kg:sha256 ?sha }""").rows
    assert {Path(row[0]).name for row in found} == {"deal.md", "bericht.txt", "wide.txt"}
    for path, sha, start, end, sentence in found:
        read = kgraph.article(path)
        assert read.sha == sha
        assert read.text[int(start):int(end)] == sentence
    md = next(row for row in found if row[0].endswith(".md"))
    raw = Path(md[0]).read_text(encoding="utf-8")
    assert raw[int(md[2]):int(md[3])] != md[4]  # why the function is needed
    assert kgraph.article(folder / "deal.md").title == "A deal"
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(InputPathError, match=r"empty\.txt: empty file$"):
        kgraph.article(folder / "empty.txt")
    with pytest.raises(InputPathError, match="no such file"):
        kgraph.article(folder / "missing.txt")


def test_validate_files_gives_what_kgraph_validate_prints(runner, mini_build, tmp_path):
    # the SHACL check had no function in the package: a notebook had to find kgraph.validate
    report = kgraph.validate_files(mini_build.out)
    assert report.conforms and report.violations == ()
    printed = cli(runner, "validate", mini_build.out).stdout
    assert printed.startswith(f"conforms: {report.triples:,} triples checked")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<https://kgraph.dev/id/thing/x> a <https://kgraph.dev/ns#AIModel> .\n",
                      encoding="utf-8")
    bad = kgraph.validate_files([broken])
    assert not bad.conforms
    lines = cli(runner, "validate", broken).stdout.splitlines()
    assert lines == [str(v) for v in bad.results]
    assert any("rdfs:label" in line for line in lines)


def test_options_refuse_a_language_kgraph_has_no_rules_for():
    # Options(lang="fr") was accepted and a build then failed on patterns/fr/cues.tsv
    with pytest.raises(ValueError, match="lang must be one of de, en or None"):
        kgraph.Options(lang="fr")
    assert kgraph.Options(lang="de").lang == "de" and kgraph.Options().lang is None


def test_graph_edges_and_nodes_are_what_the_docstring_says(tmp_path):
    # README and graph() name a hedged claim an edge with hedged True, and an investment
    # without investee an edge to a Purpose node: centrality code has to know both
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Cloud plans\n\nSAP will invest 2 billion euros in data centres in Europe, the company "
        "said on Monday. Quellwerk Labs Inc. may use GPT-5 for its search.\n", encoding="utf-8")
    build(folder, tmp_path / "out", outputs="trig")
    g = graph(tmp_path / "out")
    edges = [data for _, _, data in g.edges(data=True)]
    hedged = [e for e in edges if e["hedged"]]
    assert [e["relation"] for e in hedged] == ["uses"]
    invest = next(e for e in edges if e["relation"] == "invests")
    assert (invest["amount"], invest["currency"]) == ("2000000000", "EUR")
    assert {"sentence", "path", "title", "date", "confidence"} <= set(invest["sources"][0])
    purposes = [n for n, d in g.nodes(data=True) if d["type"] == "Purpose"]
    assert len(purposes) == 1 and purposes[0].startswith("purpose:")
    assert "data centres" in g.nodes[purposes[0]]["label"]


def test_graph_sources_lead_back_to_the_sentence_in_the_article_text(tmp_path):
    # an edge's sources had sentence and path but no offsets: a notebook could not show the
    # sentence in its article (a sentence can stand twice) nor join a source with SPARQL
    from kgraph.graphview import from_graph

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deal.md").write_text(
        "---\ntitle: A deal\n---\n\n# A deal\n\n**Oracle** invested $300 million in Cohere, "
        "the lab said. Zendesk uses Claude for support.\n\nZendesk uses Claude for support.\n",
        encoding="utf-8")
    report = build(folder, tmp_path / "out", outputs="trig")
    iris = {row[0] for row in query([tmp_path / "out"],
                                    "SELECT ?a WHERE { ?a a kg:Article }").rows}
    for g in (graph(tmp_path / "out"), from_graph(report.graph)):
        sources = [src for _, _, d in g.edges(data=True) for src in d["sources"]]
        assert len(sources) >= 3
        text = kgraph.article(folder / "deal.md").text
        for src in sources:
            assert text[src["start"]:src["end"]] == src["sentence"]
            assert src["article"] in iris
        uses = next(d for _, _, d in g.edges(data=True) if d["relation"] == "uses")
        starts = [src["start"] for src in uses["sources"]]
        assert len(starts) == 2 and starts == sorted(starts) and starts[0] != starts[1]


def test_same_amount_in_two_currencies_stays_two_investment_edges(tmp_path):
    # the edge key was investor, target and amount: $500 m and €500 m in the same company
    # became one edge with the last currency, in graph(), the page and every export
    from kgraph.graphview import from_graph

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Chip deal\n\nNvidia invested $500 million in Cohere, "
                                  "the lab said on Monday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Second deal\n\nNvidia invested €500 million in Cohere, "
                                  "the lab said on Friday.\n", encoding="utf-8")
    (folder / "c.txt").write_text("Third deal\n\nNvidia invested $500 million in Cohere "
                                  "last spring.\n", encoding="utf-8")
    report = build(folder, tmp_path / "out", outputs="trig")
    for g in (graph(tmp_path / "out"), from_graph(report.graph)):
        invests = sorted((d["amount"], d["currency"], len(d["sources"]))
                         for _, _, d in g.edges(data=True) if d["relation"] == "invests")
        assert invests == [("500000000", "EUR", 1), ("500000000", "USD", 2)]


def test_typed_rows_give_numbers_dates_and_booleans_to_compute_with(mini_build):
    # rows hold text ('100000000000'): summing amounts or sorting dates needed a cast per
    # column; typed_rows convert literals by their datatype
    import datetime as dt
    from decimal import Decimal

    result = query([mini_build.out], """
    SELECT ?investor ?amount ?date ?hedged ?start ?confidence ?none WHERE {
      ?org kg:invests ?i ; rdfs:label ?investor . ?i kg:amount ?amount .
      ?st rdf:object ?i ; kg:hedged ?hedged ; kg:startChar ?start ; kg:confidence ?confidence ;
          prov:wasDerivedFrom/dcterms:date ?date .
      OPTIONAL { ?org kg:family ?none } } ORDER BY ?investor LIMIT 1""")
    row = result.typed_rows[0]
    text = result.rows[0]
    assert row[0] == text[0] and isinstance(row[0], str)
    assert row[1] == Decimal(text[1]) and row[1] > 0
    assert row[2] == dt.date.fromisoformat(text[2])
    assert row[3] is False
    assert row[4] == int(text[4])
    assert isinstance(row[5], Decimal) and 0 < row[5] <= 1
    assert row[6] is None
    count = query([mini_build.out], "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:invests ?i }")
    assert count.typed_rows == ((int(count.rows[0][0]),),)
    odd = kgraph.QueryResult("select", ("x", "y"), json.dumps({"head": {"vars": ["x", "y"]},
        "results": {"bindings": [{
            "x": {"type": "literal", "value": "soon", "datatype":
                  "http://www.w3.org/2001/XMLSchema#date"},
            "y": {"type": "literal", "value": "1.5e3", "datatype":
                  "http://www.w3.org/2001/XMLSchema#double"}}]}}))
    assert odd.typed_rows == (("soon", 1500.0),)


def test_ready_made_queries_run_from_python_with_values(mini_build):
    # --set had no counterpart in query(), and the shipped queries were found only
    # relative to the repository root
    company = kgraph.ready_made("company")
    assert company == kgraph.ready_made("queries/company.rq")
    rows = query(mini_build.out, company, values={"name": "openai"}).rows
    assert any(r[0] == "Sam Altman" and r[2] == "OpenAI" for r in rows)
    assert query(mini_build.out, company, values={"name": "No Such Company"}).rows == ()
    with pytest.raises(ValueError, match="no VALUES [?]company"):
        query(mini_build.out, company, values={"company": "OpenAI"})
    with pytest.raises(ValueError, match="no ready-made query 'investment'; there are company, "):
        kgraph.ready_made("investment")


def test_build_with_progress_true_draws_the_bar_on_stderr(tmp_path, capsys):
    # a notebook's build printed nothing until it finished; progress=True shows the CLI's bar
    report = build(MINI, tmp_path, outputs="trig", progress=True, use_cache=False)
    drawn = capsys.readouterr().err
    assert f"{report.articles}/{report.articles} articles" in drawn
    assert drawn.endswith("\n")  # the line is closed, the next output starts clean
    build(MINI, tmp_path / "quiet", outputs="trig", use_cache=False)
    assert capsys.readouterr().err == ""


def test_view_with_focus_keeps_the_build_page(runner, tmp_path):
    # view(out, focus=...) wrote graph.html, replacing the whole graph's page of the build
    build(MINI, tmp_path, outputs=["trig", "html"])
    whole = (tmp_path / "graph.html").read_bytes()
    page = view(tmp_path, focus="OpenAI", depth=1)
    assert page.path == tmp_path / "graph-openai.html"
    assert (tmp_path / "graph.html").read_bytes() == whole
    printed = cli(runner, "view", tmp_path, "--focus", "Sam Altman", "--depth", "1")
    assert printed.exit_code == 0, printed.output
    assert printed.stdout == f"wrote {tmp_path / 'graph-sam-altman.html'}\n"
    assert (tmp_path / "graph.html").read_bytes() == whole
    assert view(tmp_path).path == tmp_path / "graph.html"  # no focus: the page as before


def test_values_with_a_name_no_entity_has_warn_with_the_close_ones(mini_build):
    with pytest.warns(kgraph.errors.QueryNote, match="no entity is named 'Open' .*'OpenAI'"):
        result = query(mini_build.out, kgraph.ready_made("company"), values={"name": "Open"})
    assert result.rows == () and len(result.notes) == 1
