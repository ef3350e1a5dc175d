"""Every kgraph command through click's CliRunner: exit codes, output, and `Error:` messages."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
from importlib.metadata import version
from pathlib import Path

import pytest

import kgraph
from conftest import MINI, rdf_outputs
from kgraph.cli import main

ALL_CEOS = "SELECT ?person ?org WHERE { ?person kg:ceoOf ?org } ORDER BY ?person"


def run(runner, *args: str):
    return runner.invoke(main, [str(a) for a in args], prog_name="kgraph")


# --- kgraph (the group) -------------------------------------------------------------------

def test_version_prints_package_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"kgraph, version {kgraph.__version__}"
    assert kgraph.__version__ == version("kgraph")


def test_no_command_shows_usage_listing_every_command(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    for name in main.commands:
        assert f"  {name} " in result.output


def test_command_list_shows_each_summary_whole(runner):
    """click cuts a summary taken from the docstring at the terminal width ('...')."""
    lines = run(runner, "--help").output.split("Commands:\n")[1].splitlines()
    assert len(lines) == len(main.commands)
    for line in lines:
        assert not line.endswith("..."), line
        assert line.rstrip().endswith("."), line


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help(runner, command):
    result = run(runner, command, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: kgraph {command} ")
    summary = main.commands[command].get_short_help_str(limit=200)
    assert summary and summary.split()[0] in result.output


@pytest.mark.parametrize("command", sorted(main.commands))
def test_unknown_option_is_a_usage_error(runner, command):
    result = run(runner, command, "--no-such-option")
    assert result.exit_code == 2
    assert "No such option '--no-such-option'" in result.stderr


# --- kgraph build ---------------------------------------------------------------------------

def test_build_prints_summary_and_writes_graph_files(runner, tmp_path):
    out = tmp_path / "out"
    result = run(runner, "build", MINI, "--out", out)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "articles read: 3"
    assert lines[1].startswith("entities: ") and "Organization" in lines[1]
    assert lines[2].startswith("relations: ") and "ceoOf" in lines[2]
    written = [line.removeprefix("wrote ") for line in lines if line.startswith("wrote ")]
    names = ["graph.trig", "graph.ttl", "graph.jsonld", "graph.html"]
    assert written == [str(out / name) for name in names]
    for name in names:
        assert (out / name).stat().st_size > 1000, name


def test_rebuild_of_the_same_articles_says_its_files_are_unchanged(runner, tmp_path):
    """A rebuild that rewrites nothing must not claim 'wrote' (a user would look for edits
    in files that are byte for byte the last build's); an edit is written again."""
    articles = tmp_path / "articles"
    shutil.copytree(MINI, articles)
    out = tmp_path / "out"
    run(runner, "build", articles, "--out", out)
    again = run(runner, "build", articles, "--out", out)
    assert again.exit_code == 0, again.output
    names = ["graph.trig", "graph.ttl", "graph.jsonld", "graph.html"]
    assert [line for line in again.stdout.splitlines() if line.startswith(("wrote", "unchanged"))] \
        == [f"unchanged {out / name}" for name in names]
    first = sorted(articles.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nMeta uses Llama 3.\n",
                     encoding="utf-8")
    edited = run(runner, "build", articles, "--out", out)
    assert [line for line in edited.stdout.splitlines() if line.startswith("wrote")] \
        == [f"wrote {out / name}" for name in names]


def test_build_summary_counts_match_the_graph(runner, tmp_path):
    result = run(runner, "build", MINI, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    entities_line = result.stdout.splitlines()[1].removeprefix("entities: ")
    summary = {kind: int(n) for n, kind in (part.split() for part in entities_line.split(", "))}
    answer = kgraph.query([tmp_path / "graph.trig"], """
        SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e a ?t . VALUES ?t { kg:Organization kg:AIModel kg:Product kg:Person }
          BIND(STRAFTER(STR(?t), "#") AS ?type) } GROUP BY ?type""")
    assert summary == {t: int(n) for t, n in answer.rows}


def test_installed_command_says_everything_before_it_leaves(tmp_path):
    """The installed command ends a build without tearing the interpreter down
    (cli._leave_now): the summary must still reach a pipe whole, and a failure keep
    its own exit status."""
    import subprocess
    import sys

    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "kgraph", "build", str(MINI), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "articles read: 3" and lines[-1] == f"wrote {out / 'graph.html'}"
    assert all((out / name).is_file() for name in ("graph.trig", "graph.ttl", "graph.html"))
    (tmp_path / "bad.txt").write_bytes(b"")
    failed = subprocess.run([sys.executable, "-m", "kgraph", "build", str(MINI),
                             str(tmp_path / "bad.txt"), "--out", str(out), "--strict"],
                            capture_output=True, text=True, timeout=300)
    assert failed.returncode not in (0, 1) and "--strict" in failed.stderr
    assert failed.stdout.splitlines()[0] == "articles read: 3 (1 skipped)"


def test_build_accepts_single_files_of_each_kind(runner, tmp_path):
    files = sorted(MINI.iterdir())
    assert {f.suffix for f in files} == {".txt", ".md", ".html"}
    result = run(runner, "build", *files, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "articles read: 3" in result.stdout


def test_build_writes_files_with_the_usual_permissions(runner, tmp_path):
    import os

    old = os.umask(0o022)
    try:
        result = run(runner, "build", MINI, "--out", tmp_path)
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert oct((tmp_path / "graph.trig").stat().st_mode & 0o777) == oct(0o644)


def test_build_quiet_prints_nothing(runner, tmp_path):
    result = run(runner, "build", MINI, "--out", tmp_path, "--quiet")
    assert result.exit_code == 0
    assert result.output == ""
    assert (tmp_path / "graph.trig").exists()


def test_build_quiet_and_verbose_together_is_a_usage_error(runner, tmp_path):
    result = run(runner, "build", MINI, "--out", tmp_path / "out", "-q", "-v")
    assert result.exit_code == 2
    assert "--quiet and --verbose contradict each other; give one" in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_of_missing_path_is_an_error(runner, tmp_path):
    missing = tmp_path / "no-such-folder"
    result = run(runner, "build", missing, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such file or folder\n"
    assert not (tmp_path / "out").exists()


def test_build_of_folder_without_articles_is_an_error(runner, tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run(runner, "build", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no usable article (.txt, .md, .html) found in ")
    assert "Traceback" not in result.output


def test_build_says_why_an_article_file_was_unusable(runner, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run(runner, "build", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.stderr


def test_build_reports_skipped_files_and_goes_on(runner, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI, corpus)
    (corpus / "empty.md").write_text("   \n")
    result = run(runner, "build", corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"skipped {corpus.as_posix()}/empty.md: empty file" in result.stderr
    assert "articles read: 3 (1 skipped)" in result.stdout


def test_build_reads_a_file_whose_name_is_not_utf8(runner, tmp_path):
    """A Latin-1 byte in a file name once stopped the build with a traceback (the cache
    entry could not be written as UTF-8)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI, corpus)
    try:
        (corpus / os.fsdecode(b"r\xe9sum\xe9.txt")).write_text(
            "Tallow Labs picks Claude\n\nTallow Labs, a logistics software maker, now "
            "uses Claude from Anthropic for its customer support.\n")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    for _ in range(2):  # the rebuild reads the cache entry back
        result = run(runner, "build", corpus, "--out", tmp_path / "out")
        assert result.exit_code == 0, result.output
        assert "articles read: 4\n" in result.stdout
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert r'kg:path "' in trig and r'r\\xe9sum\\xe9.txt"' in trig  # Turtle escapes the backslash


def test_build_out_below_a_file_says_which_file_is_in_the_way(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Lisa Su, the chief executive of AMD, spoke on Monday.\n")
    result = run(runner, "build", article, "--out", article / "graphs")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: --out {article / 'graphs'}: {article} is a file, not a "
                             "folder; name a folder to write the graph files into\n")


def test_ctrl_c_exits_with_the_shell_s_status_130_not_that_of_bad_input(runner, tmp_path,
                                                                       monkeypatch):
    from kgraph import pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "build", interrupted)
    result = run(runner, "build", MINI, "--out", tmp_path / "out")
    assert result.exit_code == 130
    assert result.stderr == "Aborted (Ctrl-C).\n"


def test_a_query_longer_than_a_file_name_may_be_is_run_not_a_traceback(runner, tmp_path):
    """Whether an argument is a file was asked with Path.exists, which raises OSError (file
    name too long) for a one-line query over 255 characters: a valid query, or a query
    given where a graph belongs, ended in Python's traceback."""
    graph = tmp_path / "g.ttl"
    graph.write_text("@prefix kg: <https://kgraph.dev/ns#> .\n"
                     "kg:a kg:uses kg:b .\n", encoding="utf-8")
    long = ("SELECT ?a ?b WHERE { ?a kg:uses ?b . " + " ".join(
        f'FILTER(STR(?b) != "x{i}")' for i in range(20)) + " }")
    assert len(long) > 300
    for args in ((graph, long), (long, graph)):  # the query last or first
        done = run(runner, "query", *args, "--format", "csv")
        assert done.exit_code == 0, done.stderr
        assert done.stdout.splitlines()[0] == "a,b"
    done = run(runner, "stats", long)
    assert (done.exit_code, done.stderr) == (1, f"Error: {long}: no such graph file or folder\n")


_INTERRUPTED_WHILE_IMPORTING = """
import os, signal, sys

class Interrupt:  # Ctrl-C while the named module is first imported
    def find_spec(self, name, path=None, target=None):
        if name == WHICH:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)

WHICH = sys.argv.pop(1)
sys.meta_path.insert(0, Interrupt())
from kgraph.cli import entry  # as the installed kgraph command does
entry()
"""


@pytest.mark.parametrize(("module", "args"), [
    ("spacy", ("build", MINI, "--out", "{out}")),
    ("rdflib", ("build", MINI, "--out", "{out}")),
    ("pyoxigraph", ("query", "{out}", "SELECT * WHERE { ?s ?p ?o }")),
])
def test_ctrl_c_while_the_command_starts_is_no_traceback(tmp_path, module, args):
    """The first second of a command imports spaCy, rdflib or pyoxigraph: Ctrl-C there is
    answered as later, not with Python's traceback of the import."""
    import signal
    import subprocess
    import sys

    src = Path(kgraph.__file__).parents[1]
    done = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WHILE_IMPORTING, module,
         *(str(a).replace("{out}", str(tmp_path / "out")) for a in args)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(src)},
        # a shell without job control starts background jobs with SIGINT ignored; a
        # terminal's Ctrl-C reaches a process that has Python's handler
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert (done.returncode, done.stderr) == (130, "Aborted (Ctrl-C).\n")


def test_build_out_that_cannot_be_written_fails_before_any_article_is_read(
        runner, tmp_path, monkeypatch):
    import tempfile

    from kgraph import pipeline

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    def extract(*args, **kwargs):
        raise AssertionError("articles were read for a graph that cannot be written")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    monkeypatch.setattr(pipeline, "build", extract)
    result = run(runner, "build", MINI, "--out", tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"Error: --out {tmp_path / 'out'}: cannot write there "
                             "(Permission denied); name a folder you can write to\n")
    assert not (tmp_path / "out").exists()  # the folder made for the check is gone again


@pytest.mark.parametrize("executor", [["--executor", "local"], ["--executor", "dask"],
                                      ["--scheduler", "tcp://127.0.0.1:8786"]])
def test_build_jobs_with_an_executor_that_ignores_it_is_a_usage_error(runner, tmp_path,
                                                                      executor):
    result = run(runner, "build", MINI, "--jobs", "4", *executor, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "--jobs 4 has no effect with --executor " in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_local_executor_with_one_job_is_fine(runner, tmp_path):
    result = run(runner, "build", MINI, "--jobs", "1", "--executor", "local",
                 "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output


def test_build_without_paths_is_a_usage_error(runner):
    result = run(runner, "build")
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.stderr


def test_build_rejects_unknown_language(runner, tmp_path):
    result = run(runner, "build", MINI, "--lang", "fr", "--out", tmp_path)
    assert result.exit_code == 2
    assert "Invalid value for '--lang'" in result.stderr


# --- kgraph query ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def trig(mini_build) -> Path:
    return mini_build.file("graph.trig")


def test_query_table_shows_aligned_rows_with_short_prefixes(runner, trig):
    result = run(runner, "query", trig, ALL_CEOS)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["person", "org"]
    assert set(lines[1]) == {"-", " "}
    assert "id:person/brianchesky" in result.stdout
    assert "id:organization/airbnb" in result.stdout
    assert lines[-1] == f"({len(lines) - 3} rows)"


def test_query_table_aligns_wide_characters_accents_and_tabs(runner, trig):
    """Columns as a terminal shows them: a CJK character takes two, a combining accent
    none, a tab or line break in a value is one space."""
    query = ('SELECT ?x ?y WHERE { VALUES (?x ?y) { ("\u65e5\u672c\u8a9e" "b") '
             '("Zoe\u0308" "c") ("a\\tz" "d") } }')
    result = run(runner, "query", trig, query)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "x       y",
        "------  -",
        "\u65e5\u672c\u8a9e  b",
        "Zoe\u0308     c",
        "a z     d",
        "(3 rows)",
    ]


def test_query_csv_has_header_and_full_iris(runner, trig):
    result = run(runner, "query", trig, ALL_CEOS, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["person", "org"]
    assert ["https://kgraph.dev/id/person/samaltman",
            "https://kgraph.dev/id/organization/openai"] in rows[1:]


def test_query_tsv_is_tab_separated(runner, trig):
    result = run(runner, "query", trig, ALL_CEOS, "--format", "tsv")
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["person", "org"]
    assert all(len(row) == 2 for row in rows)


def test_query_json_is_w3c_sparql_results_json(runner, trig):
    result = run(runner, "query", trig, ALL_CEOS, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["person", "org"]
    bindings = data["results"]["bindings"]
    assert {"person": {"type": "uri", "value": "https://kgraph.dev/id/person/brianchesky"},
            "org": {"type": "uri", "value": "https://kgraph.dev/id/organization/airbnb"}
            } in bindings


def test_query_json_types_literals(runner, trig):
    result = run(runner, "query", trig, "SELECT ?amount WHERE { ?i kg:amount ?amount }",
                 "--format", "json")
    data = json.loads(result.stdout)
    values = {b["amount"]["value"]: b["amount"] for b in data["results"]["bindings"]}
    assert values, "the mini corpus states investments"
    for term in values.values():
        assert term["type"] == "literal"
        assert term["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"


@pytest.mark.parametrize(("ask", "answer"), [
    ("ASK { ?p kg:ceoOf ?o }", "true"),
    ("ASK { ?p kg:ceoOf <https://kgraph.dev/id/organization/nobody> }", "false"),
])
def test_query_ask_prints_true_or_false(runner, trig, ask, answer):
    result = run(runner, "query", trig, ask)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == answer
    as_json = json.loads(run(runner, "query", trig, ask, "--format", "json").stdout)
    assert as_json["boolean"] is (answer == "true")
    assert "head" in as_json


def test_query_construct_lists_triples(runner, trig):
    result = run(runner, "query", trig,
                 "CONSTRUCT { ?o kg:hasChief ?p } WHERE { ?p kg:ceoOf ?o }")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["subject", "predicate", "object"]
    assert any(line.split() == ["id:organization/openai", "kg:hasChief",
                                "id:person/samaltman"] for line in lines)


def test_query_reads_query_file(runner, trig, tmp_path):
    rq = tmp_path / "ceos.rq"
    rq.write_text(ALL_CEOS + "\n", encoding="utf-8")
    from_file = run(runner, "query", trig, "--file", rq, "--format", "csv")
    inline = run(runner, "query", trig, ALL_CEOS, "--format", "csv")
    assert from_file.exit_code == 0, from_file.output
    assert from_file.stdout == inline.stdout


def test_query_accepts_sparql_option(runner, trig):
    result = run(runner, "query", trig, "--sparql", ALL_CEOS, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("person,org\n")


def test_query_accepts_output_folder(runner, mini_build):
    by_folder = run(runner, "query", mini_build.out, ALL_CEOS, "--format", "csv")
    by_file = run(runner, "query", mini_build.file("graph.trig"), ALL_CEOS, "--format", "csv")
    assert by_folder.exit_code == 0, by_folder.output
    assert by_folder.stdout == by_file.stdout


@pytest.mark.parametrize("fmt", rdf_outputs())
def test_query_gives_same_answer_on_every_graph_format(runner, mini_build, fmt):
    graph_file = mini_build.file(f"graph.{fmt}")
    result = run(runner, "query", graph_file, ALL_CEOS, "--format", "csv")
    reference = run(runner, "query", mini_build.file("graph.trig"), ALL_CEOS, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == reference.stdout


def test_query_with_timeout_answers_fast_queries(runner, trig):
    result = run(runner, "query", trig, ALL_CEOS, "--format", "csv", "--timeout", "60")
    assert result.exit_code == 0, result.output
    assert "samaltman" in result.stdout


def test_query_shows_a_fact_stated_by_two_articles_once(runner, tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(
            f"Report {name}\n\nSam Altman, the chief executive of OpenAI, spoke on Monday "
            f"about {name[:-4]} new data centers.\n", encoding="utf-8")
    assert run(runner, "build", tmp_path, "--out", tmp_path / "out").exit_code == 0
    result = run(runner, "query", tmp_path / "out", "--format", "csv",
                 "SELECT ?p ?o WHERE { ?p kg:ceoOf ?o }")
    assert result.stdout.splitlines() == [
        "p,o", "https://kgraph.dev/id/person/samaltman,https://kgraph.dev/id/organization/openai"]


def test_query_syntax_error_exits_3_with_position(runner, trig):
    result = run(runner, "query", trig, "SELECT ?x WHERE { ?x kg:uses }")
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: SPARQL syntax error")
    assert "line 1" in result.stderr


@pytest.mark.parametrize("timeout", [(), ("--timeout", "60")])
def test_query_whose_service_call_fails_names_the_endpoint_with_exit_7(runner, trig, timeout):
    """A SERVICE that cannot be reached is no syntax error (3): it is an unreachable
    endpoint, like push's (7). Port 1 is refused before any connection is tried."""
    service = "http://127.0.0.1:1/sparql"
    result = run(runner, "query", trig, *timeout,
                 f"SELECT * WHERE {{ SERVICE <{service}> {{ ?s ?p ?o }} }}")
    assert result.exit_code == 7
    assert result.stderr.startswith(f"Error: the query's SERVICE <{service}> could not be "
                                    "queried: ")
    assert "SERVICE SILENT" in result.stderr
    silent = run(runner, "query", trig, f"ASK {{ SERVICE SILENT <{service}> {{ ?s ?p ?o }} }}")
    assert silent.exit_code == 0 and silent.stdout == "true\n"


def test_query_refuses_update_with_exit_4(runner, trig):
    before = trig.read_bytes()
    result = run(runner, "query", trig, "DELETE WHERE { ?s ?p ?o }")
    assert result.exit_code == 4
    assert result.stderr.startswith("Error: kgraph query is read-only")
    assert trig.read_bytes() == before


def test_query_of_missing_graph_file_is_an_error(runner, tmp_path):
    missing = tmp_path / "nothing.trig"
    result = run(runner, "query", missing, "--sparql", ALL_CEOS)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such graph file or folder\n"


def test_query_of_non_rdf_file_is_an_error(runner, tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("this is not turtle\n")
    result = run(runner, "query", bad, ALL_CEOS)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: not valid")


def test_query_given_both_by_option_and_file_is_a_usage_error(runner, trig, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(ALL_CEOS, encoding="utf-8")
    result = run(runner, "query", trig, "--sparql", "ASK { ?a ?b ?c }", "--file", rq)
    assert result.exit_code == 2
    assert "give the query once: --sparql QUERY or --file Q.rq, not both" in result.stderr


def test_query_text_after_file_option_is_not_taken_for_a_graph(runner, trig, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(ALL_CEOS, encoding="utf-8")
    result = run(runner, "query", trig, "--file", rq, "ASK { ?a ?b ?c }")
    assert result.exit_code == 2
    assert ("'ASK { ?a ?b ?c }' is not a graph file but part of a query; with --sparql or "
            "--file every other argument is a graph file") in result.stderr
    missing = run(runner, "query", tmp_path / "nothing.trig", "--file", rq)
    assert missing.exit_code == 1  # a mistyped file name is still named as a missing file
    assert missing.stderr == f"Error: {tmp_path / 'nothing.trig'}: no such graph file or folder\n"


def test_query_given_before_the_graph_files_is_still_run(runner, trig):
    """`kgraph query 'SELECT ...' graph.trig` is the order most query tools use."""
    result = run(runner, "query", ALL_CEOS, trig, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == run(runner, "query", trig, ALL_CEOS, "--format", "csv").stdout
    nothing = trig.parent / "nothing.trig"
    missing = run(runner, "query", ALL_CEOS, nothing)
    assert missing.exit_code == 1  # the missing file is named, not the query
    assert missing.stderr == f"Error: {nothing}: no such graph file or folder\n"


def test_query_text_alone_says_the_graph_is_missing(runner):
    result = run(runner, "query", "SELECT ?s WHERE { ?s ?p ?o }")
    assert result.exit_code == 2
    assert "no graph file given" in result.stderr
    assert "give a query" not in result.stderr


def test_query_keyword_after_sparql_option_is_named_as_part_of_the_query(runner, trig):
    """-e takes one argument: a second word of the query would otherwise be a missing file."""
    result = run(runner, "query", trig, "-e", "SELECT ?s WHERE { ?s ?p ?o }", "SELECT")
    assert result.exit_code == 2
    assert "'SELECT' is not a graph file but part of a query" in result.stderr
    assert "quote the whole query as one argument" in result.stderr
    split = run(runner, "query", trig, "-e", "ASK", "{", "?s", "?p", "?o", "}")
    assert split.exit_code == 2
    assert "quote the whole query as one argument" in split.stderr
    folder = run(runner, "query", trig, "-e", ALL_CEOS, "outputs-typo")
    assert folder.exit_code == 1  # a word no query holds is still a missing graph file
    assert "outputs-typo: no such graph file or folder" in folder.stderr


def test_query_help_names_the_query_argument(runner):
    """The query given after the graph files is the usual form (README, examples): the
    usage line must show it, not only -e."""
    result = run(runner, "query", "--help")
    assert "Usage: kgraph query [OPTIONS] GRAPH... [QUERY]" in result.stdout
    assert "QUERY: the SPARQL text as one quoted argument" in result.stdout


def test_query_set_fills_the_values_line_of_a_query_file(runner, trig, tmp_path):
    """--set name=TEXT asks a ready-made query about another name without editing the file."""
    rq = tmp_path / "who.rq"
    rq.write_text('SELECT ?person WHERE {\n  VALUES ?name { "Nobody Inc" }\n'
                  '  ?person kg:ceoOf/rdfs:label ?name }', encoding="utf-8")
    unset = run(runner, "query", trig, "--file", rq, "--format", "csv")
    assert unset.stdout == "person\n"
    result = run(runner, "query", trig, "--file", rq, "--format", "csv", "--set", "name=OpenAI")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["person", "https://kgraph.dev/id/person/samaltman"]
    assert rq.read_text(encoding="utf-8").count("Nobody Inc") == 1  # the file is only read
    quoted = run(runner, "query", trig, "--file", rq, "--set", 'name=Say "hi" \\ there')
    assert quoted.exit_code == 0 and quoted.stdout.endswith("(0 rows)\n")  # no syntax error
    missing = run(runner, "query", trig, "--file", rq, "--set", "company=OpenAI")
    assert missing.exit_code == 2
    assert "the query has no VALUES ?company { ... } line for --set company=..." in missing.stderr
    bad = run(runner, "query", trig, "--file", rq, "--set", "OpenAI")
    assert bad.exit_code == 2 and "--set takes VAR=TEXT" in bad.stderr
    company = Path(__file__).resolve().parents[1] / "queries" / "company.rq"
    shipped = run(runner, "query", trig, "--file", company, "--format", "csv",
                  "--set", "name=openai")
    assert shipped.exit_code == 0, shipped.stderr
    assert "\nSam Altman,https://kgraph.dev/ns#ceoOf,OpenAI," in shipped.stdout


def test_query_set_with_a_name_no_entity_has_notes_the_close_ones(runner, trig):
    """--set name=Open answered 0 rows and said nothing; the company is "OpenAI"."""
    short = run(runner, "query", trig, "--file", "company", "--set", "name=Open")
    assert short.stdout.endswith("(0 rows)\n")
    assert short.stderr == ("note: no entity is named 'Open' (name or alias, any case); "
                            "did you mean 'OpenAI'?\n")
    typo = run(runner, "query", trig, "--file", "company", "--set", "name=OpenIA",
               "--timeout", "60")
    assert "did you mean 'OpenAI'?" in typo.stderr
    for fine in ("openai", "1999"):  # a name it has (any case), or nothing close: no note
        assert run(runner, "query", trig, "--file", "company", "--set", f"name={fine}").stderr == ""


def test_query_file_asking_about_a_name_the_graph_lacks_says_so(runner, trig, tmp_path):
    """--file company on a graph without its example company answered 0 rows and said
    nothing: the reader could not know the file asks about one name."""
    rq = tmp_path / "who.rq"
    rq.write_text('SELECT ?person WHERE {\n  VALUES ?name { "Nobody Inc" }\n'
                  '  ?person kg:ceoOf/rdfs:label ?name }', encoding="utf-8")
    for timeout in ((), ("--timeout", "60")):  # in this process and in a child
        unset = run(runner, "query", trig, "--file", rq, *timeout)
        assert unset.exit_code == 0 and unset.stdout.endswith("(0 rows)\n")
        assert unset.stderr == ("note: the query file asks about 'Nobody Inc' (its VALUES "
                                "?name line), a name no entity has here (name or alias, any "
                                "case); --set name=NAME asks about another\n")
    rq.write_text(rq.read_text(encoding="utf-8").replace("Nobody Inc", "openai"),
                  encoding="utf-8")
    assert run(runner, "query", trig, "--file", rq).stderr == ""  # a name it has: no note
    typed = run(runner, "query", trig, 'SELECT ?n WHERE { VALUES ?n { "USD" } }')
    assert typed.stderr == "", "a query typed in is not second-guessed"


def test_query_file_finds_a_ready_made_query_by_name_from_any_folder(
        runner, trig, tmp_path, monkeypatch):
    """--file queries/investments.rq worked only in the repository root: elsewhere (a
    notebook's folder, a pip install) it was 'No such file'. A name or queries/NAME.rq that
    is no file here is the shipped query; a file of that name here still wins."""
    monkeypatch.chdir(tmp_path)
    shipped = Path(__file__).resolve().parents[1] / "queries" / "investments.rq"
    expected = run(runner, "query", trig, "--file", shipped, "--format", "csv").stdout
    for name in ("investments", "investments.rq", "queries/investments.rq"):
        found = run(runner, "query", trig, "--file", name, "--format", "csv")
        assert found.exit_code == 0, found.stderr
        assert found.stdout == expected
    (tmp_path / "investments.rq").write_text("ASK { ?s kg:ceoOf ?o }", encoding="utf-8")
    assert run(runner, "query", trig, "--file", "investments.rq").stdout == "true\n"
    typo = run(runner, "query", trig, "--file", "queries/investmnts.rq")
    assert typo.exit_code == 2
    assert "queries/investmnts.rq: No such file or directory (ready-made queries" in typo.stderr
    assert "company, investments, single-source, surpasses-chains, uses)" in typo.stderr
    stdin = runner.invoke(main, ["query", str(trig), "--file", "-"], input="ASK { ?s ?p ?o }")
    assert stdin.stdout == "true\n"


def test_query_help_names_every_ready_made_query():
    from kgraph.query import ready_made_names

    names = ready_made_names()
    assert names == sorted(p.stem for p in (Path(__file__).resolve().parents[1]
                                            / "queries").glob("*.rq"))
    option = next(p for p in main.commands["query"].params if p.name == "query_file")
    assert option.help.endswith("(" + ", ".join(names) + ").")


def test_query_without_query_is_a_usage_error(runner, trig):
    result = run(runner, "query", trig)
    assert result.exit_code == 2
    assert "give a query" in result.stderr


# --- kgraph view ----------------------------------------------------------------------------

@pytest.fixture
def graph_copy(mini_build, tmp_path) -> Path:
    """The mini graph in a folder of its own, so view can write beside it."""
    target = tmp_path / "graph.trig"
    shutil.copy(mini_build.file("graph.trig"), target)
    return target


def test_view_writes_html_beside_the_graph(runner, graph_copy):
    result = run(runner, "view", graph_copy)
    assert result.exit_code == 0, result.output
    page = graph_copy.with_name("graph.html")
    assert result.stdout == f"wrote {page}\n"
    html = page.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<html") or "<!doctype html" in html[:200].lower()
    for label in ("Brian Chesky", "Airbnb", "OpenAI", "Aleph Alpha"):
        assert label in html
    assert 'src="http' not in html, "the page must work offline"


def test_view_writes_to_out(runner, graph_copy, tmp_path):
    target = tmp_path / "pictures" / "mini.html"
    result = run(runner, "view", graph_copy, "--out", target)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {target}\n"
    assert "Sam Altman" in target.read_text(encoding="utf-8")
    assert not graph_copy.with_name("graph.html").exists()


def test_view_focus_draws_only_the_neighbourhood(runner, graph_copy, tmp_path):
    result = run(runner, "view", graph_copy, "--focus", "Airbnb", "--depth", "1",
                 "--out", tmp_path / "airbnb.html")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "airbnb.html").read_text(encoding="utf-8")
    assert "Brian Chesky" in html
    assert "Sam Altman" not in html


def test_view_depth_without_focus_is_a_usage_error(runner, graph_copy, tmp_path):
    """--depth alone used to be ignored: the whole graph was drawn as if it did nothing."""
    result = run(runner, "view", graph_copy, "--depth", "1", "--out", tmp_path / "v.html")
    assert result.exit_code == 2
    assert "--depth counts hops around --focus NAME; give --focus too" in result.stderr
    assert not (tmp_path / "v.html").exists()


def test_view_focus_on_unknown_entity_is_an_error(runner, graph_copy, tmp_path):
    result = run(runner, "view", graph_copy, "--focus", "Nobody Inc", "--out", tmp_path / "x.html")
    assert result.exit_code == 1
    assert result.stderr == "Error: no entity named 'Nobody Inc' in the graph\n"


def test_view_open_hands_the_page_to_the_browser(runner, graph_copy, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    result = run(runner, "view", graph_copy, "--open")
    assert result.exit_code == 0, result.output
    assert opened == [graph_copy.with_name("graph.html").resolve().as_uri()]
    assert result.stderr == ""


def test_view_open_without_a_browser_says_where_the_page_is(runner, graph_copy, monkeypatch):
    """A server or container has no browser: webbrowser.open returns False. The page is
    written all the same (exit 0), and the user is told its file:// URL."""
    monkeypatch.setattr("webbrowser.open", lambda url: False)
    result = run(runner, "view", graph_copy, "--open")
    assert result.exit_code == 0, result.output
    page = graph_copy.with_name("graph.html")
    assert page.is_file()
    assert result.stdout == f"wrote {page}\n"
    assert result.stderr == (f"no web browser found to open it; open {page.resolve().as_uri()} "
                             "in a browser (or copy the file to a machine that has one)\n")


@pytest.mark.parametrize("command", ["view", "export"])
def test_out_below_a_file_is_an_error_not_a_traceback(runner, graph_copy, command):
    target = graph_copy / "pictures" / "graph.out"
    result = run(runner, command, graph_copy, "--out", target)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: cannot write {target}: {graph_copy} is a file, "
                             "not a folder\n")


def test_view_of_a_graph_without_entities_says_the_page_is_empty(runner, tmp_path):
    empty = tmp_path / "graph.ttl"
    empty.write_text("", encoding="utf-8")
    result = run(runner, "view", empty)
    assert result.exit_code == 0
    assert result.stdout == f"wrote {tmp_path / 'graph.html'}\n"
    assert result.stderr.startswith("the graph holds no entities, so the page is empty")


def test_view_of_a_graph_with_entities_says_nothing_on_stderr(runner, graph_copy):
    assert run(runner, "view", graph_copy).stderr == ""


def test_view_of_missing_graph_is_an_error(runner, tmp_path):
    result = run(runner, "view", tmp_path / "none.trig")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "no such graph file" in result.stderr


# --- the graph formats: one list everywhere -----------------------------------------------

GRAPH_COMMANDS = ("query", "view", "export", "stats", "validate")


@pytest.mark.parametrize("command", GRAPH_COMMANDS)
def test_help_and_errors_name_the_same_graph_formats(runner, command, tmp_path):
    from kgraph.query import FORMAT_LIST, FORMATS

    assert FORMAT_LIST == ", ".join(FORMATS)
    help_text = " ".join(run(runner, command, "--help").output.split())
    assert f"graph files ({FORMAT_LIST})" in help_text
    notes = tmp_path / "notes.xml"
    notes.write_text("<a/>", encoding="utf-8")
    extra = ["ASK {}"] if command == "query" else []
    unknown = run(runner, command, notes, *extra)
    assert unknown.exit_code == 1
    assert unknown.stderr == f"Error: {notes}: unknown graph format; use one of {FORMAT_LIST}\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    none = run(runner, command, empty, *extra)
    assert none.exit_code == 1
    assert none.stderr == (f"Error: no graph file ({FORMAT_LIST}) in {empty}; "
                           "run kgraph build first\n")


def test_readme_names_every_graph_format_query_reads():
    from kgraph.query import FORMATS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### `kgraph query`"):readme.index("### `kgraph view`")]
    prose = section[:section.index("```")]
    assert [s for s in FORMATS if f"`{s}`" in prose] == list(FORMATS)


def test_build_and_watch_name_skipped_files_and_loops_alike():
    """kgraph build's summary and kgraph watch --verbose print the same lines: a loop cut
    is no skipped file (watch --verbose called it one)."""
    from types import SimpleNamespace

    from kgraph.articles import FOLDER_AGAIN, Skipped
    from kgraph.cli import _not_read_lines

    report = SimpleNamespace(skipped=[Skipped(f"a/{i}.txt", "empty file") for i in range(12)],
                             loops=[Skipped("a/again", FOLDER_AGAIN)])
    assert _not_read_lines(report, limit=None) == [
        *(f"skipped a/{i}.txt: empty file" for i in range(12)), f"loop cut a/again: {FOLDER_AGAIN}"]
    assert _not_read_lines(report, limit=10)[10:] == [
        "... and 2 more skipped (--verbose lists all)", f"loop cut a/again: {FOLDER_AGAIN}"]
