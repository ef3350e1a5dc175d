"""kgraph query: every format and folders, read-only, syntax errors with positions, timeouts,
and the ready-made queries in queries/ on a small hand-built graph."""
from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgfixture import small_kg
from kgraph.cli import main
from kgraph.errors import GraphFileError, QueryError, UpdateRefusedError
from kgraph.exporters import write_outputs
from kgraph.query import (
    format_result,
    is_update,
    load_store,
    query,
    query_text,
    run_query,
    run_query_text,
)
from kgraph.rdf import to_dataset
from kgraph.siblings import merged_copy, union_line

REPO = Path(__file__).resolve().parents[1]
QUERIES = REPO / "queries"
FORMATS = ("trig", "ttl", "jsonld", "nq", "nt")
USES = "SELECT ?a ?b WHERE { ?a kg:uses ?b } ORDER BY ?a ?b"
USES_ROWS = [
    ("https://kgraph.dev/id/organization/airbnb", "https://kgraph.dev/id/thing/qwen"),
    ("https://kgraph.dev/id/organization/mistralai", "https://kgraph.dev/id/thing/qwen3"),
    ("https://kgraph.dev/id/organization/samsung", "https://kgraph.dev/id/thing/chatgpt"),
]
READ_ONLY = ("Error: kgraph query is read-only: this is a SPARQL UPDATE. Edit the articles and "
             "rebuild, or load the graph into a triple store to change it.\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The small fixture graph written in every RDF format kgraph has."""
    folder = tmp_path_factory.mktemp("graph")
    write_outputs(to_dataset(small_kg()), folder, FORMATS)
    return folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_kgraph_writes_can_be_queried(built: Path, fmt: str) -> None:
    assert list(query([built / f"graph.{fmt}"], USES).rows) == USES_ROWS


def test_a_build_folder_is_read_once_not_once_per_format(built: Path) -> None:
    assert list(query([built], USES).rows) == USES_ROWS


def test_a_folder_of_other_graph_files_reads_them_all(built: Path, tmp_path: Path) -> None:
    (tmp_path / "part-a.ttl").write_text(
        "<https://kgraph.dev/id/organization/x> <https://kgraph.dev/ns#uses> "
        "<https://kgraph.dev/id/thing/y> .\n", encoding="utf-8")
    (tmp_path / "part-b.nq").write_bytes((built / "graph.nq").read_bytes())
    (tmp_path / "notes.txt").write_text("not a graph", encoding="utf-8")
    rows = list(query([tmp_path], USES).rows)
    assert rows == [*USES_ROWS,
                    ("https://kgraph.dev/id/organization/x", "https://kgraph.dev/id/thing/y")]


def test_the_union_of_article_graphs_holds_each_fact_once(built: Path) -> None:
    """Airbnb uses Qwen is in two article graphs: one row, as in graph.ttl."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:uses ?o }"
    assert query([built / "graph.trig"], count).rows == (("3",),)
    assert query([built / "graph.nq"], count).rows == (("3",),)
    assert query([built / "graph.ttl"], count).rows == (("3",),)


def test_each_article_graph_can_still_be_asked_alone(built: Path) -> None:
    per_article = query([built / "graph.trig"], "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g "
                                                "{ ?s kg:uses ?o } } GROUP BY ?g ORDER BY ?g")
    assert [n for _, n in per_article.rows] == ["1", "2", "1"]


def test_run_query_on_a_plain_store_sees_every_graph(built: Path) -> None:
    """The library's lower level: Oxigraph's union, one row per graph holding the triple."""
    store = load_store([built / "graph.trig"])
    assert run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:uses ?o }").rows == (("4",),)


# -- graph.ttl of the same build --------------------------------------------------------------

EXTRA = ("<https://kgraph.dev/id/organization/x> <https://kgraph.dev/ns#uses> "
         "<https://kgraph.dev/id/thing/y> .\n")
EXTRA_ROW = ("https://kgraph.dev/id/organization/x", "https://kgraph.dev/id/thing/y")
PER_ARTICLE = ("SELECT ?g ?s ?o WHERE { { GRAPH ?g { ?s kg:uses ?o } } UNION "
               "{ ?s kg:uses ?o BIND('union' AS ?g) } } ORDER BY ?g ?s ?o")


@pytest.fixture
def build_folder(tmp_path: Path) -> Path:
    """graph.trig and graph.ttl as kgraph build writes them (rdfwrite, TriG first)."""
    from kgraph.rdfwrite import render_dataset

    docs = render_dataset(to_dataset(small_kg()))
    trig = docs.write("trig", tmp_path / "graph.trig")
    docs.write("ttl", tmp_path / "graph.ttl", union_of=trig.sha256)
    return tmp_path


def _vouching(folder: Path, body: str) -> None:
    """Rewrite graph.ttl with another body, ending with a mark that checks out."""
    trig_sha = hashlib.sha256((folder / "graph.trig").read_bytes()).hexdigest()
    own_sha = hashlib.sha256(body.encode()).hexdigest()
    (folder / "graph.ttl").write_text(body + union_line(trig_sha, own_sha), encoding="utf-8")


def _body(folder: Path) -> str:
    return (folder / "graph.ttl").read_text(encoding="utf-8").rsplit("# kgraph:", 1)[0]


def test_a_build_ends_graph_ttl_vouching_for_its_graph_trig(build_folder: Path) -> None:
    assert merged_copy(build_folder / "graph.trig") == build_folder / "graph.ttl"
    ttl = set(ox.parse(path=str(build_folder / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    trig = ox.parse(path=str(build_folder / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert ttl == {ox.Quad(q.subject, q.predicate, q.object) for q in trig}


def test_a_query_without_graph_reads_the_turtle_that_vouches_for_the_trig(
        build_folder: Path) -> None:
    """Proved by a graph.ttl with one triple more and a mark that checks out: it is read."""
    _vouching(build_folder, _body(build_folder) + EXTRA)
    for named in (build_folder, build_folder / "graph.trig"):
        assert list(query([named], USES).rows) == [*USES_ROWS, EXTRA_ROW]


@pytest.mark.parametrize("damage", ["turtle edited", "trig edited", "no mark", "other build",
                                    "no turtle"])
def test_a_turtle_that_does_not_vouch_for_the_trig_as_it_is_now_is_not_read(
        build_folder: Path, tmp_path_factory, damage: str) -> None:
    trig, ttl = build_folder / "graph.trig", build_folder / "graph.ttl"
    text = ttl.read_text(encoding="utf-8")
    if damage == "turtle edited":  # a triple added above the mark
        ttl.write_text(_body(build_folder) + EXTRA + text[len(_body(build_folder)):],
                       encoding="utf-8")
    elif damage == "trig edited":
        trig.write_text(trig.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    elif damage == "no mark":
        ttl.write_text(_body(build_folder) + EXTRA, encoding="utf-8")
    elif damage == "other build":  # a graph.ttl that vouched for another graph.trig
        other = tmp_path_factory.mktemp("other")
        (other / "graph.trig").write_text(trig.read_text(encoding="utf-8") + EXTRA,
                                          encoding="utf-8")
        _vouching(other, _body(build_folder) + EXTRA)
        ttl.write_bytes((other / "graph.ttl").read_bytes())
    else:
        ttl.unlink()
    assert merged_copy(trig) is None
    expected = [*USES_ROWS, EXTRA_ROW] if damage == "trig edited" else USES_ROWS
    assert list(query([trig], USES).rows) == expected


def test_graph_queries_over_a_build_folder_see_each_article_and_the_union_once(
        build_folder: Path, tmp_path: Path) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "graph.trig").write_bytes((build_folder / "graph.trig").read_bytes())
    expected = query([alone], PER_ARTICLE).rows
    assert [g for g, *_ in expected].count("union") == len(USES_ROWS)
    assert query([build_folder], PER_ARTICLE).rows == expected
    _vouching(build_folder, _body(build_folder) + EXTRA)  # and the union is the Turtle's
    assert ("union", *EXTRA_ROW) in query([build_folder], PER_ARTICLE).rows


def test_stores_are_filled_outside_the_calling_thread(built: Path, tmp_path: Path,
                                                     monkeypatch) -> None:
    """So that the store's allocations stay out of the heap the queries then allocate from
    (query._in_own_thread); the store and its errors still reach the caller."""
    import importlib
    import threading

    kq = importlib.import_module("kgraph.query")  # the package's `query` is the function
    threads = []
    fill = kq._fill

    def spy(*args):
        threads.append(threading.current_thread())
        return fill(*args)

    monkeypatch.setattr(kq, "_fill", spy)
    assert list(query([built / "graph.trig"], USES).rows) == USES_ROWS
    assert threads and threads[0] is not threading.current_thread()
    broken = tmp_path / "broken.ttl"
    broken.write_text("<https://a> <https://b> .\n", encoding="utf-8")
    with pytest.raises(GraphFileError, match="broken.ttl: not valid"):
        load_store([broken])


# -- read-only -------------------------------------------------------------------------------

UPDATES = [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "delete { ?s ?p ?o } where { ?s ?p ?o }",
    "LOAD <http://example.org/graph.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <https://kgraph.dev/graph/entities>",
    "CREATE GRAPH <http://g>",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "# a comment\nPREFIX ex: <http://ex/#>\nBASE <http://b/>\nINSERT DATA { ex:a ex:b ex:c }",
    "COPY DEFAULT TO <http://g>",
    "INSERT DATA { broken",
]


@pytest.mark.parametrize("text", UPDATES)
def test_updates_are_recognised_without_running_them(text: str) -> None:
    assert is_update(text)


@pytest.mark.parametrize("text", [
    USES, "ASK { ?s ?p ?o }", "PREFIX insert: <http://x/>\nSELECT * WHERE { ?s insert:p 'DELETE' }",
    "# INSERT is only mentioned here\nSELECT * WHERE { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "DESCRIBE <http://a>"])
def test_queries_are_not_mistaken_for_updates(text: str) -> None:
    assert not is_update(text)


@pytest.mark.parametrize("text", UPDATES[:5])
def test_cli_refuses_updates_with_exit_4(runner, built: Path, text: str) -> None:
    before = (built / "graph.trig").read_bytes()
    result = runner.invoke(main, ["query", str(built / "graph.trig"), text])
    assert result.exit_code == 4
    assert result.stderr == READ_ONLY
    assert (built / "graph.trig").read_bytes() == before


def test_library_raises_update_refused(built: Path) -> None:
    with pytest.raises(UpdateRefusedError):
        query([built], "CLEAR ALL")


# -- syntax errors ---------------------------------------------------------------------------

def test_syntax_error_names_line_and_column_of_the_users_query(runner, built: Path) -> None:
    text = "SELECT ?a WHERE {\n  ?a kg:uses ?b .\n  ?b rdfs:label ?l\n  FILTER(lang(?l) = 'en'\n}"
    result = runner.invoke(main, ["query", str(built / "graph.trig"), text])
    assert result.exit_code == 3
    assert result.stderr == (
        "Error: SPARQL syntax error at line 4, column 9: this '(' is closed by a '}'; "
        "add ')' before the '}'\n"
        "   4 |   FILTER(lang(?l) = 'en'\n"
        "               ^\n")


def test_syntax_error_on_the_first_line(runner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), "SELECT ?a WHERE { ?a kg:uses ?b"])
    assert result.exit_code == 3
    assert result.stderr == (
        "Error: SPARQL syntax error at line 1, column 17: this '{' is never closed; add '}'\n"
        "   1 | SELECT ?a WHERE { ?a kg:uses ?b\n"
        "                       ^\n")


def test_unknown_prefix_says_which_are_predeclared(runner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), "SELECT * WHERE { ?a foo:bar ?b }"])
    assert result.exit_code == 3
    assert result.stderr.startswith(
        "Error: SPARQL syntax error at line 1, column 21: unknown prefix 'foo:'; declare it "
        "with a PREFIX line (predeclared: kg, id, rdf, rdfs, skos, schema, prov, dcterms, xsd)\n")


def test_own_prefix_lines_keep_line_numbers(built: Path) -> None:
    text = "PREFIX ex: <http://ex/>\nPREFIX kg: <https://kgraph.dev/ns#>\nSELECT ?a WHERE {\n}}"
    with pytest.raises(QueryError, match=r"^SPARQL syntax error at line 4, column 2: "
                                         r"this '}' closes nothing; remove it\n   4 \| }}\n"
                                         r"        \^$"):
        query([built], text)


BROKEN = [
    # (query, the message after "line L, column C: ", column of the caret)
    ("SELECT ?a WHERE { ?a kg:uses ?b", "this '{' is never closed; add '}'", 17),
    ("SELECT ?a WHERE { ?a kg:uses ?b }}", "this '}' closes nothing; remove it", 34),
    ("SELEC ?a WHERE { ?a kg:uses ?b }", "a query starts with SELECT, ASK, CONSTRUCT or "
     "DESCRIBE, not 'SELEC'; did you mean SELECT?", 1),
    ("SELECT ?a WHERE { ?a kg:uses ?b } LIMT 5", "'LIMT' is not a SPARQL keyword; did you "
     "mean LIMIT?", 35),
    ("SELECT ?a WHERE { ?a kg:uses ?b . FILTR(?b != ?a) }", "'FILTR' is not a SPARQL "
     "keyword; did you mean FILTER?", 35),
    ("SELECT ?a WHERE { ?a kg:uses ?b } LIMIT n", "'n' is not a SPARQL keyword; a variable "
     "is written ?n", 41),
    ("SELECT ?a WHERE { ?a rdfs:label \"Qwen }", "this string is never closed; end it with "
     "\" on the same line", 33),
    ("SELECT ?a WHERE { ?a <https://example.org/a b> ?b }", "not a valid IRI; an IRI in "
     "<...> has no spaces, quotes or braces", 22),
    ("SELECT ?a WHERE { ?a kg:uses ?b } ORDER ?a", "expected BY, found '?a'", 41),
    ("SELECT ?a WHERE { ?a kg:uses ?b } GROUP BY", "the query ends too early; expected a "
     "variable or IRI", 43),
    ("SELECT ?a WHERE { ?a kg:uses ?b . FILTER(?b = ) }", "expected an expression after "
     "'=', found ')'", 47),
    ("SELECT ?a WHERE { ?a kg:uses ?b . FILTER ?b }", "FILTER needs parentheses: "
     "FILTER(?b ...)", 42),
    ("SELECT ?a WHERE { ?a kg:uses ?b . ?b rdfs:label }", "this triple pattern has no "
     "object; write subject, predicate and object, e.g. ?s kg:uses ?o", 49),
    ("SELECT ?a WHERE { ?a kg:uses ?b . BIND(1 AS ?a) }", "?a is already bound before "
     "this BIND; BIND(... AS ?new) must introduce a new variable", 45),
    ("SELECT (COUNT(?a) AS ?n) ?b WHERE { ?a kg:uses ?b }", "a SELECT with an aggregate "
     "(COUNT, SUM, ...) may only name variables of its GROUP BY; add GROUP BY ?var or use "
     "SAMPLE(?var)", 52),
    ("ASK", 'the query ends too early; expected "{"', 4),
    ("PREFX ex: <http://example.org/> SELECT * { ?a ?b ?c }", "a query starts with SELECT, "
     "ASK, CONSTRUCT or DESCRIBE, not 'PREFX'; did you mean PREFIX?", 1),
    ("PREFIX ex <http://example.org/> SELECT * { ?a ?b ?c }", "a PREFIX line is written "
     "PREFIX name: <http://...>", 1),
    ("SELECT ?a WHERE { ?a kg:uses ?b rdfs:label ?c }", "unexpected 'rdfs:label'; is a '.' "
     "or ';' missing before it?", 33),
    ("SELECT ?a WHERE { ?a kg:uses ?b . ?b rdfs:label ?na+me }", "'me' is not a SPARQL "
     "keyword, nor part of a name", 53),
    ("   ", "the query is empty; write SELECT, ASK, CONSTRUCT or DESCRIBE, e.g. "
     "SELECT * WHERE { ?s kg:uses ?o }", 1),
    ("# just a comment\n", "the query is empty; write SELECT, ASK, CONSTRUCT or DESCRIBE, "
     "e.g. SELECT * WHERE { ?s kg:uses ?o }", 17),
]


@pytest.mark.parametrize(("text", "message", "column"), BROKEN)
def test_a_broken_query_gets_one_line_saying_what_where_and_what_to_write(
        runner, built: Path, text: str, message: str, column: int) -> None:
    result = runner.invoke(main, ["query", str(built), "--sparql", text])
    assert result.exit_code == 3
    first, shown, caret = result.stderr.rstrip("\n").split("\n")
    assert first == f"Error: SPARQL syntax error at line 1, column {column}: {message}"
    assert shown == "   1 | " + text.split("\n")[0]
    assert caret == " " * (len("   1 | ") + column - 1) + "^"


def test_a_query_that_parses_is_not_reported_for_words_the_check_does_not_know(
        built: Path) -> None:
    """Every word the diagnosis would call a mistake is one only when Oxigraph refused the
    query: a valid query with keywords in lower case, a language tag, a datatype, a
    property path and a blank node runs."""
    text = ('select distinct ?a where { ?a kg:uses/rdfs:label ?l . '
            'filter(langMatches(lang(?l), "en") || ?l = "x"^^xsd:string || '
            'sameTerm(?a, ?a)) optional { ?a rdfs:label "Qwen"@en } [] ?p ?a } limit 1')
    assert query([built], text).kind == "select"


def test_an_empty_query_argument_is_a_query_not_a_folder(runner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), ""])
    assert result.exit_code == 3
    assert "the query is empty" in result.stderr


# -- timeouts --------------------------------------------------------------------------------

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_timeout_stops_a_runaway_query(runner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built / "graph.trig"), SLOW, "--timeout", "0.5"])
    assert result.exit_code == 5
    assert result.stderr == ("Error: the query did not finish within 0.5 s; narrow it (LIMIT, "
                             "more specific patterns) or raise --timeout\n")


def test_a_query_within_the_timeout_answers(runner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built / "graph.trig"), USES, "--timeout", "60",
                                  "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [b["a"]["value"] for b in data["results"]["bindings"]] == [a for a, _ in USES_ROWS]


def test_errors_inside_the_timeout_child_reach_the_user(runner, tmp_path: Path) -> None:
    bad = tmp_path / "graph.nt"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    result = runner.invoke(main, ["query", str(bad), USES, "--timeout", "30"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: not valid N-Triples: ")


# -- files that are not graphs ---------------------------------------------------------------

def test_a_file_that_is_not_rdf(runner, tmp_path: Path) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text("Airbnb uses Qwen.\n", encoding="utf-8")
    result = runner.invoke(main, ["query", str(bad), USES])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: not valid Turtle: Parser error at line 1")


def test_binary_garbage(tmp_path: Path) -> None:
    bad = tmp_path / "graph.nq"
    bad.write_bytes(b"\x00\x01\xff\xfe\x89PNG")
    with pytest.raises(GraphFileError, match=r"graph\.nq: not valid N-Quads: "):
        query([bad], USES)


def test_json_ld_with_a_remote_context_is_explained(tmp_path: Path) -> None:
    bad = tmp_path / "graph.jsonld"
    bad.write_text('{"@context": "https://schema.org/", "name": "x"}', encoding="utf-8")
    with pytest.raises(GraphFileError, match="does not fetch remote JSON-LD contexts"):
        query([bad], USES)


def test_unknown_extension(runner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    result = runner.invoke(main, ["query", str(notes), USES])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {notes}: unknown graph format; use one of .trig, .ttl, "
                             ".jsonld, .nq, .nt, .rdf, .owl, .n3\n")


def test_missing_file_and_empty_folder(runner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["query", str(tmp_path / "nope.trig"), "--sparql", USES])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.trig'}: no such graph file or folder\n"
    result = runner.invoke(main, ["query", str(tmp_path), USES])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: no graph file (.trig, .ttl, .jsonld, .nq, .nt, .rdf, "
                             f".owl, .n3) in {tmp_path}; run kgraph build first\n")


# -- kg: names the graph lacks ----------------------------------------------------------------

def test_a_misspelt_kg_name_gets_a_note_with_the_name_meant(runner, built: Path) -> None:
    """kg:ceo for kg:ceoOf answers nothing and is no syntax error: the answer is printed as
    it is (0 rows, exit 0) and a note on stderr names the closest kg: name of the graph."""
    result = runner.invoke(main, ["query", str(built), "--format", "csv",
                                  "SELECT ?p WHERE { ?p kg:ceo ?o . ?o a kg:Organisation }"])
    assert result.exit_code == 0
    assert result.stdout == "p\n"
    assert result.stderr == ("note: kg:Organisation occurs nowhere in the graph; did you mean "
                             "kg:Organization?\n"
                             "note: kg:ceo occurs nowhere in the graph; did you mean kg:ceoOf?\n")


def test_names_the_graph_has_get_no_note_nor_do_strings_comments_or_full_iris_elsewhere(
        runner, built: Path) -> None:
    text = ('# kg:nothing here\nSELECT ?p WHERE { ?p kg:ceoOf ?o ; rdfs:label ?l '
            'FILTER(?l != "kg:nothing") ?o a <https://kgraph.dev/ns#Organization> }')
    result = runner.invoke(main, ["query", str(built), "--timeout", "30", text])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_names_a_construct_template_makes_get_no_note_but_those_it_matches_do(
        runner, built: Path) -> None:
    """kg:leads in the template is a name the query makes for its answer, not one it asks
    the graph for; a misspelt name in the WHERE part is still noted."""
    made = runner.invoke(main, ["query", str(built),
                                "CONSTRUCT { ?o kg:leads ?p } WHERE { ?p kg:ceoOf ?o }"])
    assert made.exit_code == 0, made.output
    assert made.stderr == ""
    typo = runner.invoke(main, ["query", str(built),
                                "CONSTRUCT { ?o kg:leads ?p } WHERE { ?p kg:ceo ?o }"])
    assert typo.stderr == "note: kg:ceo occurs nowhere in the graph; did you mean kg:ceoOf?\n"


def test_a_full_kg_iri_the_graph_lacks_gets_a_note_too(runner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built), "--timeout", "30",
                                  "ASK { ?p <https://kgraph.dev/ns#ceoof> ?o }"])
    assert result.stdout == "false\n"
    assert result.stderr == "note: kg:ceoof occurs nowhere in the graph; did you mean kg:ceoOf?\n"


def test_a_kgraph_term_this_graph_happens_to_lack_gets_no_note(runner, tmp_path: Path) -> None:
    """kg:purpose is kgraph vocabulary: a graph without an investment purpose answers 0 rows
    rightly, and a note 'did you mean ...' about a correct name (the ready-made queries use
    such names) would mislead. A misspelling is still matched against the vocabulary."""
    graph = tmp_path / "one.ttl"
    graph.write_text("<https://kgraph.dev/id/person/a> <https://kgraph.dev/ns#ceoOf> "
                     "<https://kgraph.dev/id/organization/b> .\n", encoding="utf-8")
    result = runner.invoke(main, ["query", str(graph),
                                  "ASK { ?i kg:purpose ?p ; kg:amount ?a . ?m kg:metricKind ?k }"])
    assert result.stdout == "false\n"
    assert result.stderr == ""
    typo = runner.invoke(main, ["query", str(graph), "ASK { ?i kg:purpse ?p }"])
    assert typo.stderr == "note: kg:purpse occurs nowhere in the graph; did you mean kg:purpose?\n"


def test_graph_pattern_over_a_file_without_named_graphs_says_why_it_is_empty(
        runner, built: Path) -> None:
    """graph.ttl merges every article into one graph: GRAPH ?article {...} finds nothing
    there, which looks like 'no article says so' unless the user is told."""
    per_article = "SELECT ?a WHERE { GRAPH ?a { ?s kg:uses ?o } }"
    merged = runner.invoke(main, ["query", str(built / "graph.ttl"), per_article])
    assert merged.exit_code == 0 and merged.stdout.endswith("(0 rows)\n")
    assert merged.stderr == ("note: " + str(built / "graph.ttl") + " holds no named graphs "
                             "(one per article), so GRAPH matches nothing; query graph.trig "
                             "or the build folder to ask per article\n")
    trig = runner.invoke(main, ["query", str(built / "graph.trig"), per_article])
    assert trig.stderr == "" and "(0 rows)" not in trig.stdout
    plain = runner.invoke(main, ["query", str(built / "graph.ttl"),
                                 'ASK { ?s rdfs:label "GRAPH" }'])  # the word in a string
    assert plain.stderr == ""


def test_an_own_kg_prefix_is_not_kgraphs(runner, built: Path) -> None:
    result = runner.invoke(main, ["query", str(built),
                                  "PREFIX kg: <http://example.org/>\nASK { ?p kg:ceo ?o }"])
    assert result.stdout == "false\n"
    assert result.stderr == ""


# -- SELECT * --------------------------------------------------------------------------------

STAR = "SELECT * WHERE { ?user kg:uses ?model . ?model rdfs:label ?name } ORDER BY ?user"


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_select_star_columns_follow_the_order_the_query_names_them(built: Path,
                                                                    fmt: str) -> None:
    """Oxigraph lists SELECT *'s variables alphabetically (model name user); a reader
    expects them as written."""
    text = query_text([built], STAR, fmt)
    if fmt == "json":
        assert json.loads(text)["head"]["vars"] == ["user", "model", "name"]
    else:
        assert text.splitlines()[0].split() == ["user", "model", "name"] or \
            text.splitlines()[0].split(",") == ["user", "model", "name"]


def test_select_star_order_keeps_the_rows_and_leaves_out_filter_only_variables(
        built: Path) -> None:
    star = query([built], "PREFIX ex: <http://example.org/>\n# who uses what\n"
                          "select distinct * { ?user kg:uses ?model FILTER(!bound(?unused)) }"
                          " ORDER BY ?user")
    named = query([built], USES)
    assert star.variables == ("user", "model")
    assert list(star.rows) == list(named.rows) == USES_ROWS


def test_explicit_projection_is_never_reordered(built: Path) -> None:
    assert query([built], "SELECT ?b ?a WHERE { ?a kg:uses ?b }").variables == ("b", "a")


# -- the ready-made queries ------------------------------------------------------------------

def _run(built: Path, name: str, text: str | None = None) -> list[tuple[str | None, ...]]:
    return list(query([built / "graph.trig"], text or (QUERIES / name).read_text("utf-8")).rows)


def test_uses_rq(built: Path) -> None:
    assert _run(built, "uses.rq") == [
        ("Airbnb", "Qwen", None, "Alibaba", "2"),
        ("Mistral AI", "Qwen-3", "Qwen", "Alibaba", "1"),  # developer through the family
        ("Samsung", "ChatGPT", None, "OpenAI", "1"),
    ]  # Apple-Gemini is hedged: not listed


def test_investments_rq(built: Path) -> None:
    assert _run(built, "investments.rq") == [
        ("CNY", "380000000000", "Alibaba", None, "Cloud- und KI-Infrastruktur", "2026-01-12", "1"),
        ("USD", "40000000000", "Google", None, "data centres in Texas", None, "1"),
        ("USD", "10000000000", "Microsoft", "OpenAI", None, None, "1"),
    ]  # Nvidia's hedged $100 billion is not listed


def test_surpasses_chains_rq(built: Path) -> None:
    assert _run(built, "surpasses-chains.rq") == [("Qwen-3", "Llama 4", "Mistral Large")]


def test_company_rq(built: Path) -> None:
    assert _run(built, "company.rq") == [
        ("Qwen", "https://kgraph.dev/ns#developedBy", "Alibaba", "false", "news/a-en.txt",
         "Alibaba's Qwen."),
        ("Alibaba", "https://kgraph.dev/ns#invests",
         "380000000000 CNY for Cloud- und KI-Infrastruktur", "false", "news/b-de.txt",
         "Alibaba investiert 380 Mrd. Yuan."),
        ("Müller & Söhne GmbH", "https://kgraph.dev/ns#partnersWith", "Alibaba", "false",
         "news/b-de.txt", "Müller & Söhne arbeitet mit Alibaba zusammen."),
    ]


def test_company_rq_with_another_name_in_the_values_line(built: Path) -> None:
    text = (QUERIES / "company.rq").read_text("utf-8")
    assert 'VALUES ?name { "Alibaba" }' in text  # what the README tells users to edit
    rows = _run(built, "", text.replace('{ "Alibaba" }', '{ "openai" }'))
    kg = "https://kgraph.dev/ns#"
    assert [(s, r.removeprefix(kg), o, h, src) for s, r, o, h, src, _ in rows] == [
        ("ChatGPT", "developedBy", "OpenAI", "false", "news/c-en.txt"),
        ("Microsoft", "invests", "10000000000 USD in OpenAI", "false", "news/c-en.txt"),
        ("Nvidia", "invests", "100000000000 USD in OpenAI", "true", "news/c-en.txt"),
        ("Microsoft", "investsIn", "OpenAI", "false", "news/a-en.txt"),
        ("Microsoft", "investsIn", "OpenAI", "false", "news/c-en.txt"),
    ]


def test_single_source_rq(built: Path) -> None:
    kg = "https://kgraph.dev/ns#"
    rows = [(s, r.removeprefix(kg), o, src) for s, r, o, src, _ in _run(built, "single-source.rq")]
    assert ("Airbnb", "uses", "Qwen", "news/a-en.txt") not in rows  # two articles
    assert not any(r == "investsIn" for _, r, _, _ in rows)  # two articles
    assert not any(s in ("Apple", "Nvidia") for s, _, _, _ in rows)  # hedged only
    assert rows == [
        ("Salesforce", "acquires", "Harbourline", "news/c-en.txt"),
        ("Brian Chesky", "ceoOf", "Airbnb", "news/a-en.txt"),
        ("ChatGPT", "developedBy", "OpenAI", "news/c-en.txt"),
        ("Llama", "developedBy", "Meta", "news/a-en.txt"),
        ("Qwen", "developedBy", "Alibaba", "news/a-en.txt"),
        ("ChatGPT", "hasMetric", "800000000 monthlyActiveUsers", "news/c-en.txt"),
        ("Qwen", "hasMetric", "300000000 downloads", "news/a-en.txt"),
        ("Alibaba", "invests", "380000000000 CNY for Cloud- und KI-Infrastruktur",
         "news/b-de.txt"),
        ("Google", "invests", "40000000000 USD for data centres in Texas", "news/c-en.txt"),
        ("Microsoft", "invests", "10000000000 USD in OpenAI", "news/c-en.txt"),
        ("Müller & Söhne GmbH", "partnersWith", "Alibaba", "news/b-de.txt"),
        ("Naver", "partnersWith", "Samsung", "news/c-en.txt"),
        ("Llama 4", "surpasses", "Mistral Large", "news/c-en.txt"),
        ("Qwen-3", "surpasses", "Llama 4", "news/a-en.txt"),
        ("Mistral AI", "uses", "Qwen-3", "news/b-de.txt"),
        ("Samsung", "uses", "ChatGPT", "news/c-en.txt"),
    ]


@pytest.mark.parametrize("name", ["uses.rq", "investments.rq", "surpasses-chains.rq",
                                  "company.rq", "single-source.rq"])
def test_every_ready_made_query_runs_from_the_cli(runner, built: Path, name: str) -> None:
    result = runner.invoke(main, ["query", str(built / "graph.trig"), "--file",
                                  str(QUERIES / name)])
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("row)") or result.stdout.rstrip().endswith("rows)")


def test_the_queries_folder_holds_exactly_the_documented_queries() -> None:
    assert sorted(p.name for p in QUERIES.glob("*.rq")) == [
        "company.rq", "investments.rq", "single-source.rq", "surpasses-chains.rq", "uses.rq"]


def test_a_query_naming_graphs_still_sees_each_fact_once_outside_them(built: Path) -> None:
    """With GRAPH in the query the named graphs are kept, and the union is still a set."""
    text = ("SELECT (COUNT(*) AS ?n) WHERE { { ?s kg:uses ?o } UNION "
            "{ GRAPH ?g { ?x kg:ceoOf ?y } } }")
    assert query([built / "graph.trig"], text).rows == (("4",),)


@pytest.mark.parametrize("mode", ["as-is", "merged", "union"])
def test_load_modes_hold_the_same_triples(built: Path, mode: str) -> None:
    store = load_store([built / "graph.trig"], graphs=mode)
    distinct = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                "WHERE { ?s ?p ?o } }")
    triples = len((built / "graph.nt").read_text("utf-8").splitlines())
    assert distinct.rows == ((str(triples),),)
    assert bool(list(store.named_graphs())) == (mode != "merged")


def test_a_query_given_as_argument_keeps_its_iris_intact(runner, built: Path) -> None:
    """The query argument is not treated as a path: "https://" must not become "https:/"."""
    text = ("SELECT ?b WHERE { <https://kgraph.dev/id/organization/airbnb> "
            "<https://kgraph.dev/ns#uses> ?b }")
    result = runner.invoke(main, ["query", str(built / "graph.trig"), text, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "b\nhttps://kgraph.dev/id/thing/qwen\n"


# -- printed text written by Oxigraph --------------------------------------------------------

AWKWARD = ["plain", "a,b", 'say "hi"', "line\nbreak", "cr\ronly", "crlf\r\nend", "tab\there",
           " lead", "trail ", "", "ümlaut 🚀", "=1+1", "x\u2028y", "_:looks-blank"]
PRINTED = [
    "SELECT ?s ?o WHERE { ?s <http://e/p> ?o } ORDER BY ?s",
    "SELECT ?o WHERE { ?s <http://e/p> ?o } ORDER BY ?s",  # one column: an empty value is ""
    "SELECT ?o ?unbound WHERE { ?s <http://e/p> ?o } ORDER BY ?s",
    "SELECT ?unbound WHERE { ?s <http://e/p> ?o }",
    "SELECT * WHERE { }",  # no column at all
    "SELECT ?s WHERE { ?s <http://e/none> ?o }",  # no row
    "ASK { ?s ?p ?o }",
    "CONSTRUCT { ?s <http://e/q> ?o } WHERE { ?s <http://e/p> ?o }",
]


def _awkward_store(values: list[str]) -> ox.Store:
    store = ox.Store()
    for i, value in enumerate(values):
        store.add(ox.Quad(ox.NamedNode(f"http://e/{i:03d}"), ox.NamedNode("http://e/p"),
                          ox.Literal(value)))
    store.add(ox.Quad(ox.NamedNode("http://e/b"), ox.NamedNode("http://e/p"), ox.BlankNode("b1")))
    store.add(ox.Quad(ox.NamedNode("http://e/l"), ox.NamedNode("http://e/p"),
                      ox.Literal("Hallo", language="de")))
    return store


@pytest.mark.parametrize("fmt", ["csv", "tsv", "table", "json"])
@pytest.mark.parametrize("sparql", PRINTED)
def test_text_written_by_oxigraph_is_byte_for_byte_format_result(sparql: str, fmt: str) -> None:
    """The CLI prints run_query_text: the same bytes as formatting the rows in Python,
    whatever needs quoting, for one column, none, no rows, ASK and CONSTRUCT."""
    store = _awkward_store(AWKWARD)
    assert run_query_text(store, sparql, fmt) == format_result(run_query(store, sparql), fmt)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(exclude_categories=["Cs"]), max_size=12), max_size=6),
       st.sampled_from(PRINTED[:3]), st.sampled_from(["csv", "tsv", "table"]))
def test_any_literal_prints_the_same_either_way(values: list[str], sparql: str, fmt: str) -> None:
    store = _awkward_store(values)
    assert run_query_text(store, sparql, fmt) == format_result(run_query(store, sparql), fmt)


def test_csv_as_printed_reads_back_as_the_rows() -> None:
    store = _awkward_store(AWKWARD)
    sparql = PRINTED[2]
    printed = run_query_text(store, sparql, "csv")
    back = [tuple(r) for r in csv.reader(io.StringIO(printed, newline=""))]
    rows = run_query(store, sparql).rows
    assert back == [("o", "unbound"), *[tuple("" if v is None else v for v in r) for r in rows]]
    assert ("crlf\r\nend", "") in back and ("cr\ronly", "") in back
    assert "\r" not in printed.replace("crlf\r\nend", "").replace("cr\ronly", "")


def test_rows_are_read_only_when_asked_for(built: Path) -> None:
    result = query([built / "graph.trig"], USES)
    assert "rows" not in vars(result)
    assert list(result.rows) == USES_ROWS
    assert "rows" in vars(result)


def test_query_text_is_what_the_cli_prints(runner, built: Path) -> None:
    for fmt in ("csv", "tsv", "table", "json"):
        printed = runner.invoke(main, ["query", str(built), USES, "--format", fmt]).stdout
        assert printed == query_text([built], USES, fmt) + "\n"
        assert printed == format_result(query([built], USES), fmt) + "\n"


def test_query_text_with_a_timeout_answers_the_same(built: Path) -> None:
    assert query_text([built], USES, "csv", timeout=60) == query_text([built], USES, "csv")


def test_an_unknown_print_format_is_refused(built: Path) -> None:
    with pytest.raises(ValueError, match="fmt must be one of table, csv, tsv, json"):
        run_query_text(load_store([built]), USES, "xml")
