"""kgraph push against a real Oxigraph server on loopback, and against stubs that fail.

The server is the `oxigraph` CLI from PyPI (dev extra); every test that starts one stops it
in a finally block. Failing endpoints are a tiny http.server in a thread on 127.0.0.1.
"""
from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kgraph import build
from kgraph.cli import main
from kgraph.errors import EndpointError, GraphFileError
from kgraph.push import ENTITIES, Auth, push

pytestmark = pytest.mark.slow

ARTICLES = {
    "airbnb-qwen-en.txt": (
        "Airbnb switches its support bot to Qwen\n\n"
        "SAN FRANCISCO, March 3, 2026 — Airbnb uses Alibaba's Qwen model for its customer "
        "support assistant, the company said on Tuesday. Qwen was developed by Alibaba in "
        "Hangzhou.\n"),
    "siemens-mistral-de.txt": (
        "Siemens setzt auf Mistral\n\n"
        "München, 4. März 2026 — Siemens nutzt das Modell Mistral Large von Mistral AI in "
        "seiner Industrie-Software. Mistral Large wurde von Mistral AI in Paris entwickelt.\n"),
    "kakao-gpt-en.txt": (
        "Kakao adopts GPT-5\n\n"
        "SEOUL, March 5, 2026 — Kakao adopted OpenAI's GPT-5 for its messenger assistant.\n"),
}
EDITED = ("Kakao adopts GPT-5\n\n"
          "SEOUL, March 5, 2026 — Kakao adopted OpenAI's GPT-5 for its messenger assistant. "
          "Samsung also uses Google's Gemini in its phones.\n")
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def _corpus(folder: Path, edited: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(EDITED if edited and name.startswith("kakao") else text,
                                   encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three articles built with graph.trig and graph.nq; returns the output folder."""
    root = tmp_path_factory.mktemp("push")
    out = root / "out"
    build([_corpus(root / "articles")], out, outputs=["trig", "nq", "ttl"])
    return out


@pytest.fixture(scope="module")
def built_edited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same corpus after one article gained a sentence, rebuilt."""
    root = tmp_path_factory.mktemp("push-edited")
    out = root / "out"
    build([_corpus(root / "articles", edited=True)], out, outputs=["trig"])
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh Oxigraph server on 127.0.0.1; yields its base URL, always stops it."""
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server CLI is not installed (pip install -e '.[dev]')")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with open(tmp_path / "oxigraph.log", "wb") as log:
        proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"),
                                 "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("oxigraph did not start: "
                                       + (tmp_path / "oxigraph.log").read_text()) from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _server_counts(base: str) -> dict[str, int]:
    """Triples per named graph, asked of the server over SPARQL HTTP."""
    url = base + "/query?" + urllib.parse.urlencode({"query": COUNTS})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        rows = json.load(answer)["results"]["bindings"]
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def _local_counts(path: Path) -> dict[str, int]:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return {r["g"].value: int(r["n"].value) for r in store.query(COUNTS)}


def _fingerprint(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- a real server ---------------------------------------------------------------------

def test_push_sends_every_article_graph_and_the_entities_graph(server: str, built: Path):
    local = _local_counts(built / "graph.trig")
    assert ENTITIES in local and len(local) == len(ARTICLES) + 1

    report = push([built / "graph.trig"], server + "/store")

    assert _server_counts(server) == local
    assert report.triples == sum(local.values())
    assert {g.iri for g in report.graphs} == set(local)
    assert report.graphs[-1].iri == ENTITIES  # the manifest of articles goes last


def test_pushing_twice_duplicates_nothing(server: str, built: Path):
    push([built], server + "/store")
    first = _server_counts(server)
    push([built], server + "/store")
    assert _server_counts(server) == first == _local_counts(built / "graph.trig")


def test_nquads_push_gives_the_same_graphs_as_trig(server: str, built: Path):
    push([built / "graph.nq"], server + "/store")
    assert _server_counts(server) == _local_counts(built / "graph.trig")


def test_edited_article_replaces_its_old_graph(server: str, built: Path, built_edited: Path):
    push([built], server + "/store")
    old = set(_local_counts(built / "graph.trig"))
    new = _local_counts(built_edited / "graph.trig")
    gone = old - set(new)
    assert len(gone) == 1  # the edited article has a new IRI (it is named by its hash)

    report = push([built_edited], server + "/store")

    assert _server_counts(server) == new
    assert report.removed == tuple(gone)


def test_no_prune_keeps_the_old_article_graph(server: str, built: Path, built_edited: Path):
    push([built], server + "/store")
    push([built_edited], server + "/store", prune=False)
    on_server = _server_counts(server)
    assert set(on_server) == set(_local_counts(built / "graph.trig")) | set(
        _local_counts(built_edited / "graph.trig"))


def test_cli_push_prints_a_summary(server: str, built: Path):
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint", server + "/store"])
    assert result.exit_code == 0, result.output
    total = sum(_local_counts(built / "graph.trig").values())
    assert f"pushed {len(ARTICLES) + 1} graphs ({total:,} triples) to {server}/store" \
        in result.output


def test_server_down_is_a_clear_error_and_files_stay(built: Path):
    endpoint = f"http://127.0.0.1:{_free_port()}/store"
    before = _fingerprint(built)
    with pytest.raises(EndpointError, match=r"cannot reach .*127\.0\.0\.1.*refused"):
        push([built], endpoint, timeout=5)
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint", endpoint,
                                       "--timeout", "5"])
    assert result.exit_code == EndpointError.exit_code
    assert result.output.startswith(f"Error: cannot reach {endpoint}")
    assert _fingerprint(built) == before


# --- stub servers that answer what a test tells them ------------------------------------

class Stub:
    """What the stub answers to PUT, and every request it saw."""

    def __init__(self) -> None:
        self.status = 204
        self.body = b""
        self.delay = 0.0
        self.fail_from = 0
        """Answer PUTs with ``status`` only from this PUT on (1-based); 0: from the first."""
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.url = ""


@pytest.fixture
def stub() -> Iterator[Stub]:
    state = Stub()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            state.requests.append((self.command, self.path, dict(self.headers), body))
            time.sleep(state.delay)
            puts = sum(1 for r in state.requests if r[0] == "PUT")
            status = 404 if self.command == "GET" else state.status
            if self.command == "PUT" and puts < state.fail_from:
                status = 204
            payload = state.body if status >= 400 and self.command != "GET" else b""
            self.send_response(status)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_PUT = do_DELETE = _answer

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/store"
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


@pytest.mark.parametrize(("status", "body", "expected"), [
    (401, b"Unauthorized: bad credentials\nmore detail\n",
     r"HTTP 401 Unauthorized: Unauthorized: bad credentials \(check --user"),
    (500, b"\nStorage is full\n", r"HTTP 500 Internal Server Error: Storage is full$"),
])
def test_server_error_is_reported_with_status_and_first_line(stub: Stub, built: Path,
                                                             status: int, body: bytes,
                                                             expected: str):
    stub.status, stub.body = status, body
    before = _fingerprint(built)
    with pytest.raises(EndpointError, match=expected) as caught:
        push([built], stub.url)
    assert f"PUT {stub.url}?graph=https%3A%2F%2Fkgraph.dev%2F" in str(caught.value)
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint", stub.url])
    assert result.exit_code == EndpointError.exit_code
    assert result.output.startswith(f"Error: PUT {stub.url}?graph=")
    assert f"HTTP {status}" in result.output
    assert _fingerprint(built) == before


def test_failure_half_way_says_how_many_graphs_were_pushed(stub: Stub, built: Path):
    stub.status, stub.body, stub.fail_from = 503, b"Service Unavailable", 3
    with pytest.raises(EndpointError, match=r"HTTP 503.*\n2 of 4 graphs were pushed before "
                                            r"this; pushing again is safe"):
        push([built], stub.url)


def test_slow_server_times_out_with_a_hint(stub: Stub, built: Path):
    stub.delay = 2.0
    with pytest.raises(EndpointError, match=r"no answer within 0.3 s.*--timeout"):
        push([built], stub.url, timeout=0.3)


def test_basic_auth_password_from_environment_and_extra_headers(stub: Stub, built: Path):
    result = CliRunner().invoke(
        main, ["push", str(built), "--endpoint", stub.url, "--user", "admin",
               "--header", "X-Api-Key: k1", "--header", "X-Tenant:news"],
        env={"KGRAPH_PASSWORD": "s3cret", "KGRAPH_TOKEN": None})
    assert result.exit_code == 0, result.output
    expected = "Basic " + base64.b64encode(b"admin:s3cret").decode()
    puts = [r for r in stub.requests if r[0] == "PUT"]
    assert len(puts) == len(ARTICLES) + 1
    for _, _, headers, _ in stub.requests:
        assert headers["Authorization"] == expected
        assert headers["X-Api-Key"] == "k1" and headers["X-Tenant"] == "news"
    assert all(h["Content-Type"] == "application/n-triples" and body for _, _, h, body in puts)


def test_bearer_token(stub: Stub, built: Path):
    push([built], stub.url, Auth(token="t0k"))
    assert {r[2]["Authorization"] for r in stub.requests} == {"Bearer t0k"}


def test_dry_run_contacts_no_server(stub: Stub, built: Path):
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint", stub.url, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert stub.requests == []
    assert f"dry run: would push {len(ARTICLES) + 1} graphs" in result.output
    assert ENTITIES in result.output


# --- refused before any request ---------------------------------------------------------

def test_graph_without_named_graphs_is_refused(stub: Stub, built: Path):
    with pytest.raises(GraphFileError,
                       match="no named graphs.*push graph.trig, graph.nq or graph.jsonld"):
        push([built / "graph.ttl"], stub.url)
    assert stub.requests == []


def test_jsonld_with_its_named_graphs_is_pushed_like_trig(stub: Stub, built: Path,
                                                          tmp_path: Path):
    """graph.jsonld keeps the named graphs too; a folder holding only it is pushed from it."""
    folder = tmp_path / "only-jsonld"
    folder.mkdir()
    build([_corpus(tmp_path / "articles")], folder, outputs=["jsonld"])
    as_jsonld = {g.iri: g.triples for g in push([folder], stub.url, dry_run=True).graphs}
    as_trig = {g.iri: g.triples for g in push([built / "graph.trig"], stub.url,
                                              dry_run=True).graphs}
    assert as_jsonld == as_trig
    assert stub.requests == []


def test_a_folder_is_pushed_from_its_build_file_alone(stub: Stub, built: Path, tmp_path: Path):
    """A folder pushes the first of graph.trig, graph.nq, graph.jsonld; other graph files in
    it (which kgraph query would read too) are not sent, nor is a graph.ttl of no article."""
    folder = tmp_path / "with-others"
    folder.mkdir()
    (folder / "graph.nq").write_bytes((built / "graph.nq").read_bytes())
    (folder / "graph.ttl").write_bytes((built / "graph.ttl").read_bytes())
    (folder / "notes.ttl").write_text("<https://x.example/a> <https://x.example/b> "
                                      "<https://x.example/c> .\n", encoding="utf-8")
    from_folder = {g.iri: g.triples for g in push([folder], stub.url, dry_run=True).graphs}
    from_file = {g.iri: g.triples for g in push([built / "graph.nq"], stub.url,
                                               dry_run=True).graphs}
    assert from_folder == from_file
    (folder / "graph.nq").unlink()  # graph.ttl alone: no file push reads
    with pytest.raises(GraphFileError, match="no graph.trig, graph.nq or graph.jsonld here"):
        push([folder], stub.url, dry_run=True)
    assert stub.requests == []


def test_unknown_graph_format_names_every_format_push_reads(stub: Stub, built: Path,
                                                            tmp_path: Path):
    renamed = tmp_path / "graph.txt"
    renamed.write_bytes((built / "graph.trig").read_bytes())
    result = CliRunner().invoke(main, ["push", str(renamed), "--endpoint", stub.url])
    assert result.exit_code == GraphFileError.exit_code
    assert result.output == (f"Error: {renamed}: unknown graph format; push a file with one "
                             "named graph per article: .trig, .nq or .jsonld\n")
    empty = tmp_path / "no-graph-here"
    empty.mkdir()
    result = CliRunner().invoke(main, ["push", str(empty), "--endpoint", stub.url])
    assert "no graph.trig, graph.nq or graph.jsonld here" in result.output
    assert stub.requests == []


def test_broken_graph_file_is_refused_naming_it(stub: Stub, tmp_path: Path):
    broken = tmp_path / "graph.trig"
    broken.write_text("<https://kgraph.dev/id/article/1> { <a> <b> ", encoding="utf-8")
    result = CliRunner().invoke(main, ["push", str(broken), "--endpoint", stub.url])
    assert result.exit_code == GraphFileError.exit_code
    assert result.output.startswith(f"Error: {broken}: not valid TriG")
    assert stub.requests == []


@pytest.mark.parametrize("endpoint", ["localhost:7878/store", "ftp://x/store",
                                      "http://u:p@127.0.0.1:1/store"])
def test_endpoint_that_is_not_a_plain_http_url_is_refused(built: Path, endpoint: str):
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint", endpoint])
    assert result.exit_code == EndpointError.exit_code
    assert result.output.startswith("Error: ")


@pytest.mark.parametrize(("args", "message"), [
    (["--header", "no colon"], "is not 'Name: value'"),
    (["--user", "a", "--token", "t"], "not both"),
    (["--password", "p"], "--password needs --user"),
])
def test_contradictory_options_are_usage_errors(built: Path, args: list[str], message: str):
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint",
                                       "http://127.0.0.1:9/store", *args],
                                env={"KGRAPH_PASSWORD": None, "KGRAPH_TOKEN": None})
    assert result.exit_code == 2
    assert message in result.output
