"""A folder with one of each bad input a real folder has, built through the CLI.

The good files (every encoding, an HTML page full of navigation, scripts and trackers,
Markdown, a deeply nested article) are read; every bad one gets exactly one line with
its path and reason; the build finishes, says how many it skipped, and fetches nothing.
Special files (50 MB file, FIFO, symlinks, unreadable file) are made at test time.
"""
from __future__ import annotations

import os
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph import articles
from kgraph.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "bad_inputs"

GOOD = {
    # name: (title, bytes)
    "news-en.txt": ("OpenAI signs chip deal with AMD", (
        "OpenAI signs chip deal with AMD\n\nSan Francisco, October 6, 2025 – OpenAI will use "
        "AMD accelerators in its next data centers. Sam Altman, the chief executive of OpenAI, "
        "called the agreement a milestone.\n").encode()),
    "bom-de.txt": ("Aleph Alpha öffnet Büro in München", (
        "\ufeffAleph Alpha öffnet Büro in München\n\nHeidelberg, 3. März 2025 – Das Startup "
        "Aleph Alpha eröffnet ein Büro in München. Jonas Andrulis, der Chef des Unternehmens, "
        "sagte, man wolle näher an Kunden aus der Industrie sein.\n").encode("utf-8")),
    "utf16-de.txt": ("SAP übernimmt Lernwerk", (
        "SAP übernimmt Lernwerk\n\nWalldorf, 12. Juni 2025 – Der Softwarekonzern SAP übernimmt "
        "die Kölner Firma Lernwerk GmbH. Über den Kaufpreis wurde Stillschweigen vereinbart."
        "\n").encode("utf-16")),
    "utf16le-en.txt": ("Anthropic opens office in Zurich", (
        "Anthropic opens office in Zurich\n\nZurich, May 2, 2025 – Anthropic has opened a "
        "research office in Zurich, the company said on Friday. It plans to hire fifty "
        "engineers this year.\n").encode("utf-16-le")),
    "latin1-de.txt": ("Größere Rechenzentren für Schwarz Digits", (
        "Größere Rechenzentren für Schwarz Digits\n\nNeckarsulm, 4. April 2025 - Schwarz "
        "Digits baut seine Rechenzentren in Lübbenau aus. Die Größe der Anlage soll sich "
        "verdoppeln, sagte ein Sprecher.\n").encode("latin-1")),
    "cp1252-de.txt": ("Allianz zahlt 300 Millionen € für „KI-Offensive“", (
        "Allianz zahlt 300 Millionen € für „KI-Offensive“\n\nMünchen, 7. Mai 2025 – Die "
        "Allianz nutzt das Modell Claude von Anthropic für die Schadenbearbeitung – und "
        "investiert 300 Millionen € in „KI-Offensive“ genannte Projekte.\n").encode("cp1252")),
    "level/" * 40 + "deep-en.txt": ("Nvidia invests in Intel", (
        "Nvidia invests in Intel\n\nSanta Clara, September 18, 2025 – Nvidia will invest "
        "$5 billion in Intel, the two companies said on Thursday.\n").encode()),
}
COPIED = {"page.html": "Telekom setzt auf Mistral", "notes.md": "Siemens buys Quantivo"}
"""Fixture files (in tests/fixtures/bad_inputs) and the titles their metadata gives."""

SKIPPED = [
    "corpus/archive.html: not text: looks like a zip archive",
    "corpus/blank.md: empty file",
    "corpus/empty.txt: empty file",
    "corpus/gone.txt: broken symbolic link",
    "corpus/huge.txt: file is 50 MB, above the 10 MB limit",
    "corpus/photo.md: not text: looks like a PNG image",
    "corpus/pipe.txt: not a regular file (a FIFO)",
    "corpus/renamed-news-en.txt: same content as corpus/news-en.txt",
    "corpus/report.txt: not text: looks like a PDF document",
    "corpus/scripts-only.html: no article text in it",
    "corpus/unreadable.txt: cannot read: Permission denied",
]
LOOPS = [
    "corpus/loop: folder already read through another path (symbolic link)",
    "corpus/self.txt: symbolic link loop",
]
"""Cut on the way, named apart: no article is lost by them."""
READ = len(GOOD) + len(COPIED)


def make_corpus(root: Path) -> None:
    """Write the good and bad inputs under root (a 50 MB file included: about 0.1 s)."""
    root.mkdir()
    for name, (_, raw) in GOOD.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(raw)
    for name in COPIED:
        shutil.copy(FIXTURES / name, root / name)
    (root / "renamed-news-en.txt").write_bytes(GOOD["news-en.txt"][1])
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_bytes(b"  \n\n\t\n")
    (root / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    (root / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    (root / "archive.html").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00page.html")
    (root / "scripts-only.html").write_bytes(
        b"<!DOCTYPE html><html><head><style>p{}</style><script>var a = 1;</script></head>"
        b"<body><script src='http://tracker.invalid/x.js'></script></body></html>")
    line = b"Nvidia, OpenAI und SAP: eine Zeile von vielen in einer sehr langen Datei.\n"
    with (root / "huge.txt").open("wb") as fh:
        block = line * (2**20 // len(line) + 1)
        for _ in range(50):
            fh.write(block[: 2**20])
    (root / "unreadable.txt").write_text("Would be read, but reading it is refused.\n")
    os.mkfifo(root / "pipe.txt")
    (root / "loop").symlink_to(".")
    (root / "self.txt").symlink_to("self.txt")
    (root / "gone.txt").symlink_to("nowhere.txt")
    (root / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not an article extension: ignored
    (root / "data.json").write_text("{}")


def refuse_unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root in CI, where chmod 000 still reads: refuse that one file instead."""
    real = open

    def guarded(file, *args, **kwargs):
        if os.path.basename(os.fspath(file)) == "unreadable.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(articles, "open", guarded, raising=False)  # read_source's open


def forbid_network(monkeypatch: pytest.MonkeyPatch, attempts: list[str]) -> None:
    """Any connection or name lookup during the build is recorded and refused."""

    def connect(self, address, *args, **kwargs):
        attempts.append(f"connect {address}")
        raise OSError("network access during a build")

    def getaddrinfo(host, *args, **kwargs):
        attempts.append(f"lookup {host}")
        raise OSError("network access during a build")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: connect(None, a[0]))


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str
    out: Path
    network: list[str]


def build(runner, folder: Path, *args: str) -> Run:
    attempts: list[str] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(folder)
        refuse_unreadable(mp)
        forbid_network(mp, attempts)
        result = runner.invoke(main, ["build", "corpus", "--out", "out", *args],
                               prog_name="kgraph")
    return Run(result.exit_code, result.stdout, result.stderr, folder / "out", attempts)


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory) -> Run:
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("bad-inputs")
    make_corpus(folder / "corpus")
    return build(CliRunner(), folder, "--verbose")


def skip_lines(stderr: str, name: str = "skipped") -> list[str]:
    return [line.removeprefix(f"{name} ") for line in stderr.splitlines()
            if line.startswith(f"{name} ")]


def test_build_with_bad_inputs_succeeds_and_counts_the_skipped(bad_build):
    assert bad_build.exit_code == 0, bad_build.stderr
    assert (f"articles read: {READ} ({len(SKIPPED) - 1} skipped, 1 duplicate of another file, "
            "2 symbolic link loops cut)") in bad_build.stdout.splitlines()


def test_every_bad_input_gets_exactly_one_line_with_path_and_reason(bad_build):
    assert sorted(skip_lines(bad_build.stderr)) == SKIPPED
    assert sorted(skip_lines(bad_build.stderr, "loop cut")) == LOOPS


def test_good_inputs_in_every_encoding_and_format_are_read_with_their_titles(bad_build):
    store = ox.Store()
    store.load(path=str(bad_build.out / "graph.trig"), format=ox.RdfFormat.TRIG)
    rows = store.query("""PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX kg: <https://kgraph.dev/ns#>
        SELECT ?path ?title WHERE { ?a kg:path ?path OPTIONAL { ?a dcterms:title ?title } }""",
        use_default_graph_as_union=True)
    titles = {row["path"].value: row["title"].value if row["title"] else None for row in rows}
    expected = {f"corpus/{name}": title for name, (title, _) in GOOD.items()}
    expected |= {f"corpus/{name}": title for name, title in COPIED.items()}
    assert titles == expected


def test_page_metadata_gives_dates_of_html_and_markdown(bad_build):
    trig = (bad_build.out / "graph.trig").read_text(encoding="utf-8")
    assert '"2025-05-14"^^xsd:date' in trig  # article:published_time of page.html
    assert '"2025-09-02"^^xsd:date' in trig  # front matter of notes.md


def test_navigation_scripts_and_styles_of_the_page_reach_no_output(bad_build):
    for name in ("graph.trig", "graph.ttl", "graph.jsonld", "graph.html"):
        text = (bad_build.out / name).read_text(encoding="utf-8")
        for marker in ("SCRIPT-TEXT", "STYLE-TEXT", "NAV-TEXT", "HEADER-TEXT", "FOOTER-TEXT",
                       "ASIDE-TEXT", "tracker.invalid"):
            assert marker not in text, (name, marker)


def test_building_fetches_nothing_an_article_names(bad_build):
    # page.html links scripts, images, an iframe and an HTML import on tracker.invalid
    assert bad_build.network == []


def test_only_the_first_ten_skips_are_listed_without_verbose(runner, tmp_path):
    make_corpus(tmp_path / "corpus")
    run = build(runner, tmp_path)
    assert run.exit_code == 0, run.stderr
    lines = skip_lines(run.stderr)
    assert len(lines) == 10 and set(lines) <= set(SKIPPED)
    assert f"... and {len(SKIPPED) - 10} more skipped (--verbose lists all)" in run.stderr


def small_corpus(folder: Path, bad: bool) -> None:
    (folder / "corpus").mkdir()
    (folder / "corpus" / "news-en.txt").write_bytes(GOOD["news-en.txt"][1])
    if bad:
        (folder / "corpus" / "empty.txt").write_bytes(b"")


def test_strict_build_fails_with_status_8_when_a_file_was_skipped(runner, tmp_path):
    small_corpus(tmp_path, bad=True)
    run = build(runner, tmp_path, "--strict")
    assert run.exit_code == 8
    assert skip_lines(run.stderr) == ["corpus/empty.txt: empty file"]
    assert run.stderr.splitlines()[-1] == "Error: 1 file skipped and --strict given"
    assert (run.out / "graph.trig").is_file()  # the graph of the readable ones is written


def test_strict_build_succeeds_when_nothing_was_skipped(runner, tmp_path):
    small_corpus(tmp_path, bad=False)
    run = build(runner, tmp_path, "--strict", "--quiet")
    assert run.exit_code == 0, run.stderr
    assert run.stdout == "" and run.stderr == ""


def test_strict_build_passes_over_symbolic_link_loops(runner, tmp_path):
    """A link to itself or back up to a folder loses no article: not a skipped file, so
    --strict does not fail on it (it did, with status 8); it is named apart."""
    small_corpus(tmp_path, bad=False)
    (tmp_path / "corpus" / "again").symlink_to(".")
    (tmp_path / "corpus" / "self.md").symlink_to("self.md")
    run = build(runner, tmp_path, "--strict")
    assert run.exit_code == 0, run.stderr
    assert skip_lines(run.stderr) == []
    assert sorted(skip_lines(run.stderr, "loop cut")) == [
        "corpus/again: folder already read through another path (symbolic link)",
        "corpus/self.md: symbolic link loop"]
    assert run.stdout.splitlines()[0] == "articles read: 1 (2 symbolic link loops cut)"
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")  # a file that is an article
    assert build(runner, tmp_path, "--strict", "--quiet").stderr == \
        "Error: 1 file skipped and --strict given\n"


def test_the_library_report_names_symbolic_link_loops_apart_as_the_command_does(tmp_path):
    from kgraph import build

    small_corpus(tmp_path, bad=True)
    (tmp_path / "corpus" / "again").symlink_to(".")
    (tmp_path / "corpus" / "self.md").symlink_to("self.md")
    report = build([tmp_path / "corpus"], tmp_path / "out", outputs=("trig",), use_cache=False)
    assert [(Path(s.path).name, s.reason) for s in report.skipped] == [
        ("empty.txt", "empty file")]
    assert sorted((Path(s.path).name, s.reason) for s in report.loops) == [
        ("again", articles.FOLDER_AGAIN), ("self.md", articles.SYMLINK_LOOP)]


def test_the_summary_counts_duplicates_and_unlisted_folders_as_what_they_are(
        runner, tmp_path, monkeypatch):
    """A duplicate's text is in the graph; a folder that could not be listed may hide many
    articles; an empty file is skipped: the summary says which is which."""
    small_corpus(tmp_path, bad=True)
    corpus = tmp_path / "corpus"
    for copy in ("copy-1.txt", "copy-2.txt"):
        (corpus / copy).write_bytes(GOOD["news-en.txt"][1])
    (corpus / "locked").mkdir()
    (corpus / "locked" / "inside-en.txt").write_bytes(GOOD["news-en.txt"][1])
    real = os.scandir

    def refused(path):  # tests run as root in CI, where chmod 000 still lists
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(articles.os, "scandir", refused)
    run = build(runner, tmp_path, "--no-cache")
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines()[0] == ("articles read: 1 (1 skipped, 2 duplicates of other "
                                          "files, 1 folder that could not be listed)")
    assert sorted(skip_lines(run.stderr)) == [
        "corpus/copy-2.txt: same content as corpus/copy-1.txt",
        "corpus/empty.txt: empty file",
        "corpus/locked: cannot list folder: Permission denied",
        "corpus/news-en.txt: same content as corpus/copy-1.txt"]


def test_strict_build_counts_what_it_did_not_read_as_the_summary_does(runner, tmp_path):
    small_corpus(tmp_path, bad=True)
    for name in ("copy-1.txt", "copy-2.txt"):
        (tmp_path / "corpus" / name).write_bytes(GOOD["news-en.txt"][1])
    run = build(runner, tmp_path, "--strict", "--no-cache")
    assert run.exit_code == 8
    assert run.stdout.splitlines()[0] == \
        "articles read: 1 (1 skipped, 2 duplicates of other files)"
    assert run.stderr.splitlines()[-1] == ("Error: 3 files not read (1 skipped, 2 duplicates "
                                           "of other files) and --strict given")


def test_strict_quiet_build_still_fails_on_a_skip(runner, tmp_path):
    small_corpus(tmp_path, bad=True)
    run = build(runner, tmp_path, "--strict", "--quiet")
    assert run.exit_code == 8
    assert run.stderr == "Error: 1 file skipped and --strict given\n"


def test_graph_page_of_an_earlier_build_inside_the_input_is_not_an_article(runner, tmp_path):
    small_corpus(tmp_path, bad=False)
    first = build(runner, tmp_path, "--out", "corpus/out")
    assert first.exit_code == 0, first.stderr
    again = build(runner, tmp_path, "--out", "corpus/out")
    assert again.exit_code == 0, again.stderr
    assert skip_lines(again.stderr) == [
        "corpus/out/graph.html: a graph page written by kgraph, not an article"]
    assert "articles read: 1 (1 skipped)" in again.stdout


def test_folder_of_only_bad_inputs_fails_and_names_the_reasons(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "report.txt").write_bytes(b"%PDF-1.4\n")
    run = build(runner, tmp_path)
    assert run.exit_code == 1
    assert run.stderr.strip() == (
        "Error: no usable article (.txt, .md, .html) found in corpus (corpus/empty.txt: empty "
        "file; corpus/report.txt: not text: looks like a PDF document)")
    assert not (run.out / "graph.trig").exists()


# --- hostile text ---------------------------------------------------------------------------

HOSTILE = [
    'Evil "Quoted" Corp', "Back\\slash\\ AG", "New\nLine\r\nCorp", "Ctl\x00\x01\x07\x1b\x7f Inc",
    "Right\u200fto\u202eleft\u2066 GmbH", "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", '"]}} ; DROP GRAPH <x> . @prefix x: <y> .',
    "{{ 7*7 }} ${x} {% raw %}", "Sep\u2028ara\u2029tor", "x" * 10_000, "Lone\ud800 Corp",
    "\U0001f916 Labs", "'; <!-- --> ]]>", " ", "kg:uses", "\ufeffBOM\ufffe\uffff",
]
"""Entity names no article should produce, and that must still not break any output."""


def extraction(names: list[str], title: str, path: str):
    """One article stating that each named organisation partners with the next."""
    from kgraph.models import Article, Evidence, Extraction, Mention, Relation

    text = " ".join(names)
    sha = "e" * 64
    mentions, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        pos = start + len(name)
        mentions.append(Mention(start, pos, name, "Organization", name, "catalogue"))
    relations = [Relation("partnersWith", a, b, Evidence(sha, f"{a.text} and {b.text}",
                                                         a.start, b.end, "test", 0.9))
                 for a, b in zip(mentions, mentions[1:], strict=False)]
    relations.append(Relation("invests", mentions[0], None, Evidence(sha, names[5], 0, 1, "t", 0.5),
                              amount="5000000", currency="EUR", purpose=names[5] + names[3]))
    article = Article(path, text, sha, "en", title, "2025-01-01")
    return Extraction(article, tuple(mentions), tuple(relations))


def write_all(ex, out: Path, writer: str) -> Path:
    from kgraph.exporters import REGISTRY, html, rdf_files, write_outputs  # noqa: F401
    from kgraph.pipeline import write_files
    from kgraph.rdf import to_dataset
    from kgraph.rdfwrite import article_piece
    from kgraph.resolve import resolve

    kg = resolve([ex])
    if writer == "build":  # what kgraph build writes: per-article pieces
        write_files(kg, [article_piece(ex)], out, list(REGISTRY))
    else:  # the registered writers over one rdflib Dataset
        write_outputs(to_dataset(kg), out, list(REGISTRY))
    return out


@pytest.fixture(scope="module", params=["build", "dataset"])
def hostile(request, tmp_path_factory) -> Path:
    ex = extraction(HOSTILE, 'Title "</title><script>alert(1)</script>', 'in/"a"\n<b>.txt')
    return write_all(ex, tmp_path_factory.mktemp("hostile"), request.param)


RDF_FILES = {"graph.trig": ox.RdfFormat.TRIG, "graph.ttl": ox.RdfFormat.TURTLE,
             "graph.jsonld": ox.RdfFormat.JSON_LD, "graph.nq": ox.RdfFormat.N_QUADS,
             "graph.nt": ox.RdfFormat.N_TRIPLES}


@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_hostile_names_come_back_exactly_from_every_rdf_file(hostile, name):
    quads = list(ox.parse(path=str(hostile / name), format=RDF_FILES[name]))
    labels = {q.object.value for q in quads
              if q.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label"}
    # lone surrogates cannot be written as UTF-8: they become "?" (rdf._literal)
    assert labels == {n.encode("utf-8", "replace").decode("utf-8") for n in HOSTILE}
    titles = {q.object.value for q in quads if q.predicate.value.endswith("/title")}
    assert titles == {'Title "</title><script>alert(1)</script>'}


def page_structure(path: Path) -> tuple[dict[str, int], list[str], str | None]:
    import collections
    import json

    import lxml.html

    doc = lxml.html.fromstring(path.read_text(encoding="utf-8"))
    tags = collections.Counter(e.tag for e in doc.iter() if isinstance(e.tag, str))
    data = next(s for s in doc.iter("script") if s.get("id") == "kg-data")
    labels = sorted(node["label"] for node in json.loads(data.text)["nodes"])
    return dict(tags), labels, doc.findtext(".//title")


def test_hostile_names_inject_no_markup_into_the_page(hostile, tmp_path):
    benign = extraction([f"Org{i:02d}" for i in range(len(HOSTILE))], "Title", "in/a.txt")
    tags, _, _ = page_structure(write_all(benign, tmp_path, "build") / "graph.html")
    hostile_tags, labels, title = page_structure(hostile / "graph.html")
    assert hostile_tags == tags  # not one element more or less
    page = (hostile / "graph.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page and "alert(1)</script>" not in page
    drawn = [*HOSTILE, HOSTILE[5] + HOSTILE[3]]  # the entities and the investment's purpose
    assert labels == sorted(n.encode("utf-8", "replace").decode("utf-8") for n in drawn)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cytoscape-json"])
def test_hostile_names_keep_graph_exports_well_formed(hostile, fmt):
    import json

    import lxml.etree

    from kgraph.api import export

    path = export([hostile / "graph.trig"], fmt, hostile / f"export.{fmt}")
    if fmt == "cytoscape-json":
        json.loads(path.read_text(encoding="utf-8"))
    else:
        lxml.etree.fromstring(path.read_bytes())
