"""Upload a kgraph graph to a triple store over the SPARQL 1.1 Graph Store Protocol.

Every named graph of a graph.trig / graph.nq / graph.jsonld (one per article, plus the
entities graph)
is sent with HTTP PUT to ``ENDPOINT?graph=<graph IRI>``, which replaces that graph on the
server, so pushing the same file twice leaves the store as pushing it once. An article's
IRI comes from its content hash, so an edited article gets a new graph; the previous push's
entities graph lists the articles it pushed, and those no longer in the file are deleted
(``prune``), so the store mirrors the file instead of keeping stale facts.

The standard library's urllib rather than requests: a PUT, GET and DELETE with a few
headers is all the protocol needs, and it adds no dependency.
"""
from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import EndpointError, GraphFileError
from .query import FORMATS, graph_files
from .rdf import ENTITY_GRAPH, KG

NTRIPLES = "application/n-triples"
PUSHABLE = ("graph.trig", "graph.nq", "graph.jsonld")
"""The files of a build folder that keep one named graph per article, in the order tried."""
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ARTICLE = ox.NamedNode(str(KG.Article))
ENTITIES = str(ENTITY_GRAPH)

Progress = Callable[[int, int, str, int], None]
"""Called after each graph: (done, total, graph IRI, triples)."""


@dataclass(frozen=True)
class Auth:
    """How to authenticate: HTTP basic, a bearer token, and/or extra headers."""

    user: str | None = None
    password: str | None = None
    token: str | None = None
    """Sent as ``Authorization: Bearer <token>``."""
    headers: Mapping[str, str] = field(default_factory=dict)
    """Extra request headers, e.g. an API key a gateway in front of the store wants."""

    def request_headers(self) -> dict[str, str]:
        if self.user is not None and self.token is not None:
            raise ValueError("give a user/password or a token, not both")
        out = dict(self.headers)
        if self.user is not None:
            pair = f"{self.user}:{self.password or ''}".encode()
            out["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        elif self.token is not None:
            out["Authorization"] = f"Bearer {self.token}"
        return out


@dataclass(frozen=True)
class PushedGraph:
    """One named graph sent (or, in a dry run, to be sent)."""

    iri: str
    triples: int


@dataclass(frozen=True)
class PushReport:
    """What a push did, for the summary a user sees."""

    endpoint: str
    graphs: tuple[PushedGraph, ...]
    removed: tuple[str, ...] = ()
    """Article graphs of an earlier push that are no longer in the file, deleted."""
    dry_run: bool = False

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)


def _load(files: Sequence[Path]) -> ox.Store:
    """The files' quads as they are (query.load_store may add a union default graph)."""
    store = ox.Store()
    for path in files:
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise GraphFileError(f"{path}: unknown graph format; push a file with one named "
                                 "graph per article: .trig, .nq or .jsonld")
        try:
            store.load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise GraphFileError(f"{path}: not valid {fmt.name}: {exc}") from exc
        except OSError as exc:
            raise GraphFileError(f"{path}: cannot read: {exc}") from exc
    return store


def read_graphs(paths: Sequence[str | os.PathLike[str]]) -> dict[str, list[ox.Triple]]:
    """Graph IRI -> its triples, entities graph first, then the articles in IRI order.

    Triples outside any named graph join the entities graph; a file with no named graph
    at all (graph.ttl, graph.nt) has lost which article said what and is refused.
    """
    files = graph_files(paths, builds=PUSHABLE, others=False,
                        none_here="no graph.trig, graph.nq or graph.jsonld here; run kgraph "
                                  "build first, or name the file")
    store = _load(files)
    names = sorted(store.named_graphs(), key=str)
    if not names:
        raise GraphFileError(
            ", ".join(map(str, files)) + ": no named graphs, so it is not known which "
            "article said what; push graph.trig, graph.nq or graph.jsonld (written by "
            "kgraph build with one named graph per article)")
    graphs: dict[str, list[ox.Triple]] = {ENTITIES: []}
    for name in names:
        if not isinstance(name, ox.NamedNode):
            raise GraphFileError(f"{files[0]}: graph {name} is a blank node; the Graph "
                                 "Store Protocol can only address graphs named by an IRI")
        graphs.setdefault(name.value, []).extend(
            q.triple for q in store.quads_for_pattern(None, None, None, name))
    graphs[ENTITIES].extend(
        q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if not graphs[ENTITIES]:
        del graphs[ENTITIES]
    return graphs


def graph_url(endpoint: str, iri: str) -> str:
    """``ENDPOINT?graph=<iri>`` (``&graph=`` if the endpoint URL has a query already)."""
    joiner = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return endpoint + joiner + urllib.parse.urlencode({"graph": iri})


def _check_endpoint(endpoint: str) -> None:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(
            f"{endpoint!r} is not an http(s) URL; give the store's Graph Store Protocol "
            "URL, e.g. http://localhost:7878/store (Oxigraph) or "
            "http://localhost:3030/DATASET/data (Fuseki)")
    if parts.username or parts.password:
        raise EndpointError("put credentials in --user/--password or --token, "
                            "not in the endpoint URL")


class _Client:
    """One endpoint, its headers and timeout; HTTP failures become EndpointError."""

    def __init__(self, endpoint: str, auth: Auth, timeout: float) -> None:
        self.endpoint = endpoint
        self.headers = auth.request_headers()
        self.timeout = timeout
        # no redirects: a PUT silently turned into a GET elsewhere would lose the upload
        self.opener = urllib.request.build_opener(_NoRedirect)

    def send(self, method: str, iri: str, body: bytes | None = None,
             accept: str | None = None) -> bytes | None:
        """The answer's body, or None for 404 (a graph that is not there)."""
        url = graph_url(self.endpoint, iri)
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = NTRIPLES
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=self.timeout) as answer:
                return answer.read()
        except urllib.error.HTTPError as exc:
            with exc:
                if exc.code == 404 and method in ("GET", "DELETE"):
                    return None
                first = _first_line(exc.read(4096))
            hint = _hint(exc.code)
            if method == "GET":
                hint += " (this reads the previous push's entities graph; --no-prune skips it)"
            raise EndpointError(f"{method} {url}: HTTP {exc.code} {exc.reason}"
                                + (f": {first}" if first else "") + hint) from None
        except TimeoutError:
            raise EndpointError(f"{method} {url}: no answer within {self.timeout:g} s; "
                                "is the server overloaded? raise --timeout") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise EndpointError(f"{method} {url}: no answer within {self.timeout:g} s; "
                                    "is the server overloaded? raise --timeout") from None
            text = getattr(reason, "strerror", None) or str(reason)
            raise EndpointError(f"cannot reach {self.endpoint}: {text}; is the server "
                                "running and the URL right?") from None
        except OSError as exc:  # connection reset mid-answer and the like
            raise EndpointError(f"{method} {url}: {exc}") from None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001
        return None


def _first_line(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:200] + ("…" if len(line) > 200 else "")


def _hint(status: int) -> str:
    if status in (401, 403):
        return " (check --user/--password or --token)"
    if status in (404, 405):
        return (" (is this the Graph Store URL? Oxigraph: http://HOST:7878/store, "
                "Fuseki: http://HOST:3030/DATASET/data, GraphDB: "
                "http://HOST:7200/repositories/REPO/rdf-graphs/service)")
    if status == 413:
        return " (the server limits upload size; raise its limit)"
    return ""


def _pushed_articles(client: _Client) -> set[str]:
    """Article graphs the store's current entities graph lists (an earlier push's)."""
    raw = client.send("GET", ENTITIES, accept=NTRIPLES)
    if not raw:
        return set()
    try:
        triples = ox.parse(raw, format=ox.RdfFormat.N_TRIPLES)
        return {t.subject.value for t in triples
                if t.predicate == RDF_TYPE and t.object == ARTICLE
                and isinstance(t.subject, ox.NamedNode)}
    except SyntaxError as exc:
        raise EndpointError(f"GET {graph_url(client.endpoint, ENTITIES)}: the answer is "
                            f"not N-Triples ({exc}); is this a Graph Store URL?") from None


def push(paths: Sequence[str | os.PathLike[str]], endpoint: str, auth: Auth = Auth(),
         timeout: float = 60.0, dry_run: bool = False, prune: bool = True,
         progress: Progress | None = None) -> PushReport:
    """PUT every named graph of the graph files to a Graph Store Protocol endpoint.

    Article graphs go first, the entities graph last: until the end the store's entities
    graph still lists the previous push's articles, so an interrupted push can be re-run
    and still finds the stale graphs to delete. Local files are only read.
    """
    _check_endpoint(endpoint)
    graphs = read_graphs(paths)
    order = [iri for iri in graphs if iri != ENTITIES] + [i for i in graphs if i == ENTITIES]
    planned = tuple(PushedGraph(iri, len(graphs[iri])) for iri in order)
    if dry_run:
        return PushReport(endpoint, planned, dry_run=True)
    client = _Client(endpoint, auth, timeout)
    previous = _pushed_articles(client) if prune and ENTITIES in graphs else set()
    done: list[PushedGraph] = []
    removed: list[str] = []
    try:
        for item in planned:
            if item.iri == ENTITIES:
                for stale in sorted(previous - set(graphs)):
                    client.send("DELETE", stale)
                    removed.append(stale)
            body = ox.serialize(graphs[item.iri], format=ox.RdfFormat.N_TRIPLES)
            client.send("PUT", item.iri, body=body)
            done.append(item)
            if progress:
                progress(len(done), len(planned), item.iri, item.triples)
    except EndpointError as exc:
        if done:
            exc.args = (f"{exc.args[0]}\n{len(done)} of {len(planned)} graphs were pushed "
                        "before this; pushing again is safe and finishes the job",)
        raise
    return PushReport(endpoint, tuple(done), tuple(removed))
