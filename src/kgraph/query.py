"""SPARQL over graph files kgraph wrote, read-only, through Oxigraph.

Oxigraph (pyoxigraph) rather than rdflib's own engine: FINDINGS.md measured it 10-40x
faster to load and query at a million triples. The named graphs of a TriG file are
queried as one union, so ``?s kg:uses ?o`` finds what every article says, once per fact;
``GRAPH ?article { ... }`` still asks each article's graph on its own.

``kgraph.query`` is this module and, called, the function ``query`` below: the package's
public ``query(...)`` keeps working, and ``import kgraph.query as q`` gives the module
(``q.load_store``, ``q.PREFIXES``), not the function that used to hide it.
"""
from __future__ import annotations

import csv
import datetime as dt
import difflib
import functools
import inspect
import io
import json
import multiprocessing
import os
import re
import sys
import threading
import types
import unicodedata
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from .articles import as_paths
from .errors import (
    CatalogueError,
    GraphFileError,
    QueryError,
    QueryNote,
    QueryTimeoutError,
    ServiceError,
    UpdateRefusedError,
)
from .resources import data_dir
from .siblings import merged_copy

FORMATS = {".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE,
           ".jsonld": ox.RdfFormat.JSON_LD, ".nq": ox.RdfFormat.N_QUADS,
           ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML,
           ".owl": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3}
"""The graph files kgraph reads, by suffix: the ones kgraph build writes first."""
FORMAT_LIST = ", ".join(FORMATS)
"""The suffixes as every message and help text names them (one list, from FORMATS)."""
PREFIX_MAP = {"kg": "https://kgraph.dev/ns#", "id": "https://kgraph.dev/id/",
              "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
              "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
              "skos": "http://www.w3.org/2004/02/skos/core#", "schema": "https://schema.org/",
              "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
              "xsd": "http://www.w3.org/2001/XMLSchema#"}
"""Prefixes every query may use without declaring them (a PREFIX line in the query wins)."""
PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIX_MAP.items())
"""The same as PREFIX lines, for queries built in code."""
QUAD_FORMATS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD)
NAMES_GRAPHS = re.compile(r"\b(?:GRAPH|FROM)\b", re.I)
"""A query that may address named graphs (else all are merged into one, which is faster)."""
ONE_PER_FOLDER = ("graph.trig", "graph.nq", "graph.jsonld", "graph.ttl", "graph.nt")
"""A kgraph output folder holds one graph in several formats: the first found is read."""
UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
FORMAT_NAMES = ("table", "csv", "tsv", "json")
"""What format_result and run_query_text write."""
T = TypeVar("T")
PROLOGUE = re.compile(r"\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>", re.I)


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE."""

    kind: str
    """``select``, ``ask`` or ``graph``."""
    variables: tuple[str, ...] = ()
    json: str = ""
    """The W3C SPARQL 1.1 results JSON (or N-Triples for graphs), as Oxigraph wrote it."""
    boolean: bool | None = None
    notes: tuple[str, ...] = field(default=(), compare=False)
    """What ``kgraph query`` says on stderr after the answer: a ``kg:`` name the graph
    lacks (a typo answers nothing, silently), GRAPH asked of files without named graphs.
    query() also issues each as a QueryNote warning, which a notebook shows."""

    @cached_property
    def rows(self) -> tuple[tuple[str | None, ...], ...]:
        """Each value in SPARQL results text form (IRIs bare, literals as their lexical form,
        blank nodes ``_:id``, unbound None); read from ``json`` on first use only, since
        one Python string per term is most of the cost of a large result."""
        if self.kind == "select":
            return _select_rows(self.json, self.variables)
        if self.kind == "graph":
            return tuple((_term(t.subject), _term(t.predicate), _term(t.object))
                         for t in ox.parse(self.json, format=ox.RdfFormat.N_TRIPLES))
        return ()

    @cached_property
    def typed_rows(self) -> tuple[tuple[object, ...], ...]:
        """``rows`` with literals as Python values by their datatype, for computing in a
        notebook: xsd:integer (and COUNT) int, xsd:decimal (kg:amount, kg:confidence)
        Decimal, xsd:double and xsd:float float, xsd:boolean bool, xsd:date date,
        xsd:dateTime datetime; everything else (IRIs, strings) as in ``rows``. A value
        that does not parse as its datatype stays text."""
        if self.kind != "select":
            return self.rows
        bindings = json.loads(self.json)["results"]["bindings"]
        return tuple(tuple(_typed(b.get(v)) for v in self.variables) for b in bindings)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
             "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong",
             "unsignedInt", "unsignedShort", "unsignedByte")


def _typed(binding: dict[str, str] | None) -> object:
    """One SPARQL JSON binding as a Python value (QueryResult.typed_rows)."""
    if binding is None:
        return None
    value = binding["value"]
    if binding["type"] == "bnode":
        return "_:" + value
    kind = binding.get("datatype", "")
    if binding["type"] not in ("literal", "typed-literal") or not kind.startswith(_XSD):
        return value
    kind = kind[len(_XSD):]
    try:
        if kind in _INTEGERS:
            return int(value)
        if kind == "decimal":
            found = Decimal(value)
            return found if found.is_finite() else value
        if kind in ("double", "float"):
            return float(value)
        if kind == "boolean" and value in ("true", "false", "1", "0"):
            return value in ("true", "1")
        if kind == "date":
            return dt.date.fromisoformat(value)
        if kind == "dateTime":
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, ArithmeticError):
        pass
    return value


def graph_files(paths: Sequence[str | os.PathLike[str]], *,
                builds: Sequence[str] = ONE_PER_FOLDER, others: bool = True,
                none_here: str | None = None) -> list[Path]:
    """Graph files named directly, or found in folders (one level, known extensions).
    ``paths`` is a list: the entries (load_store, query, query_text) make one path a list
    of one (as_paths).

    A folder gives the first of ``builds`` it holds (a kgraph output folder holds one graph
    in several formats) and, with ``others``, its other graph files. ``none_here``: the
    error for a folder with none of ``builds`` (push reads only the files with one named
    graph per article, PUSHABLE, and names them)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        # os.path's answer, not Path's: a name too long for a file name (a query given
        # where a graph file belongs) is no file, not an OSError
        if os.path.isdir(path):
            inside = sorted(p for p in path.iterdir()
                            if p.suffix.lower() in FORMATS and not p.name.startswith("."))
            found = [p for name in builds for p in inside if p.name == name]
            if not found and none_here:
                raise GraphFileError(f"{path}: {none_here}")
            files += [p for p in inside if others and p.name not in ONE_PER_FOLDER] + found[:1]
        elif os.path.isfile(path):
            files.append(path)
        else:
            raise GraphFileError(f"{raw}: no such graph file or folder")
    if not files:
        raise GraphFileError(f"no graph file ({FORMAT_LIST}) in "
                             + ", ".join(map(str, paths)) + "; run kgraph build first")
    return files


def load_store(paths: Sequence[str | os.PathLike[str]], *, graphs: str = "as-is") -> ox.Store:
    """An in-memory Oxigraph store holding every graph file, filled in a thread of its own
    (see _in_own_thread).

    graphs: ``as-is`` keeps each file's named graphs; ``merged`` puts every triple once
    into the default graph and keeps no named graph (fastest); ``union`` does both, so
    GRAPH ?g still sees each article. Oxigraph's own union of graphs keeps duplicates:
    a fact two articles state would come back twice. A .trig whose .ttl twin from the same
    build checks out (siblings.merged_copy) gives its merged triples from that file: loaded
    in Rust, a subject's triples next to each other.
    """
    if graphs not in ("as-is", "merged", "union"):
        raise ValueError(f"graphs must be as-is, merged or union, not {graphs!r}")
    files = graph_files(as_paths(paths))  # one path (a str or Path) is a list of one
    return _in_own_thread(lambda: _fill(files, graphs))


def _in_own_thread(work: Callable[[], T]) -> T:
    """work() run in a new thread; its result, or its exception raised here.

    With glibc each new thread allocates from a malloc arena of its own. Filling a store
    makes millions of small allocations and frees; done in the main thread, they leave
    its heap so fragmented that every allocation a query makes there afterwards is slow
    (the 2-hop query of benchmarks/RESULTS.md at 1M triples: about 65 ms of CPU against
    45 ms when the store was filled in another thread, and no gain with
    MALLOC_ARENA_MAX=1). Elsewhere it changes nothing.
    """
    done: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            done.append(work())
        except BaseException as exc:  # re-raised in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=run, name="kgraph-load", daemon=True)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return done[0]


def _fill(files: list[Path], graphs: str) -> ox.Store:
    store = ox.Store()
    merge = False  # whether some file's named graphs still need copying into the default graph
    for path in files:
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise GraphFileError(f"{path}: unknown graph format; use one of {FORMAT_LIST}")
        # the graph.ttl built with a graph.trig holds its triples once, in subject order
        twin = merged_copy(path) if graphs != "as-is" and fmt == ox.RdfFormat.TRIG else None
        try:
            if graphs == "merged" and twin is not None:
                path, fmt = twin, ox.RdfFormat.TURTLE
                store.bulk_load(path=str(path), format=fmt)
            elif graphs == "merged" and fmt in QUAD_FORMATS:
                store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                  for q in ox.parse(path=str(path), format=fmt))
            else:
                store.bulk_load(path=str(path), format=fmt)
                if graphs == "union" and twin is not None:
                    path, fmt = twin, ox.RdfFormat.TURTLE
                    store.bulk_load(path=str(path), format=fmt)
                else:
                    merge = merge or fmt in QUAD_FORMATS
        except SyntaxError as exc:
            hint = ("; kgraph does not fetch remote JSON-LD contexts: put the @context in the file"
                    if "LoadDocumentCallback" in str(exc) else "")
            raise GraphFileError(f"{path}: not valid {fmt.name}: {exc}{hint}") from exc
        except OSError as exc:
            raise GraphFileError(f"{path}: cannot read: {exc}") from exc
    if graphs == "union" and merge and next(iter(store.named_graphs()), None) is not None:
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def is_update(sparql: str) -> bool:
    """Whether the text is a SPARQL UPDATE: its first keyword after BASE/PREFIX and comments.

    Decided from the text, never by running it: even a scratch store would carry out a
    ``LOAD <http://...>``.
    """
    pos = 0
    while m := PROLOGUE.match(sparql, pos):
        if m.end() == pos:
            break
        pos = m.end()
    return UPDATE.match(sparql, pos) is not None


def _check(sparql: str) -> str:
    """The query if it parses; UpdateRefusedError or QueryError (line and column) if not."""
    if is_update(sparql):
        raise UpdateRefusedError(
            "kgraph query is read-only: this is a SPARQL UPDATE. Edit the articles and "
            "rebuild, or load the graph into a triple store to change it.")
    try:
        # an empty store: parsing is the point, and SELECT results are produced lazily
        ox.Store().query(sparql, prefixes=PREFIX_MAP)
    except SyntaxError as exc:
        raise QueryError(_position(str(exc), sparql)) from None
    return sparql


def _position(message: str, sparql: str) -> str:
    """``error at 3:14: expected ...`` -> ``SPARQL syntax error at line 3, column 14: ...``
    followed by that line of the query and a caret under the column (sparql_errors)."""
    from .sparql_errors import describe

    return describe(message, sparql, list(PREFIX_MAP))


def _term(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value.value
    if isinstance(value, ox.BlankNode):
        return "_:" + value.value
    return str(value)


def _select_rows(payload: str, variables: tuple[str, ...]) -> tuple[tuple[str | None, ...], ...]:
    def text(binding: dict[str, str] | None) -> str | None:
        if binding is None:
            return None
        return ("_:" if binding["type"] == "bnode" else "") + binding["value"]

    bindings = json.loads(payload)["results"]["bindings"]
    return tuple(tuple(text(b.get(v)) for v in variables) for b in bindings)


def _evaluate(store: ox.Store, sparql: str, union: bool,
              select_format: ox.QueryResultsFormat = ox.QueryResultsFormat.JSON
              ) -> QueryResult | tuple[tuple[str, ...], bytes]:
    """Run a checked query: a SELECT's solutions serialised by Oxigraph in select_format
    (with its variables), anything else as a QueryResult."""
    try:
        result = store.query(sparql, use_default_graph_as_union=union, prefixes=PREFIX_MAP)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(result),
                               json=json.dumps({"head": {}, "boolean": bool(result)}))
        if isinstance(result, ox.QuerySolutions):
            variables = tuple(v.value for v in result.variables)
            written = _star_projection(sparql, variables)
            if written is not None:  # SELECT *: the columns in the order the query names them
                result = store.query(written, use_default_graph_as_union=union,
                                     prefixes=PREFIX_MAP)
                variables = tuple(v.value for v in result.variables)
            # solutions are produced while Oxigraph writes them: evaluation errors land here
            return variables, result.serialize(format=select_format)
        triples = list(result)
    except OSError as exc:
        if services := SERVICE.findall(_without_strings(sparql)):
            named = ", ".join(f"<{iri}>" for iri in dict.fromkeys(services) if iri) or "endpoint"
            raise ServiceError(f"the query's SERVICE {named} could not be queried: {exc}; "
                               "check the URL and the network, or write SERVICE SILENT to "
                               "answer without it") from None
        raise QueryError(f"the query failed while running: {exc}") from exc
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"the query failed while running: {exc}") from exc
    nt = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)
    return QueryResult("graph", ("subject", "predicate", "object"), nt)


SERVICE = re.compile(r"\bSERVICE\s+(?:SILENT\s+)?(?:<([^<>\s]*)>|[?$]\w+|\w*:[\w.-]*)", re.I)
"""A SERVICE clause and the endpoint IRI it names (empty for a variable or prefixed name)."""
SELECT_STAR = re.compile(r"SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?(\*)", re.I)


def _star_projection(sparql: str, variables: tuple[str, ...]) -> str | None:
    """For ``SELECT *`` whose variables Oxigraph lists in another order (alphabetical), the
    same query projecting them explicitly in the order they first appear in its text, which
    is what a reader of the query expects; None when there is nothing to reorder.

    The variables are the ones Oxigraph found in scope; only their order is taken from
    the text, so a variable that is not in scope (one only in a FILTER) never becomes a
    column.
    """
    pos = 0
    while m := PROLOGUE.match(sparql, pos):
        if m.end() == pos:
            break
        pos = m.end()
    star = SELECT_STAR.match(sparql, pos)
    if star is None or len(variables) < 2:
        return None
    after = sparql[star.end(1):]

    def first(name: str) -> int:
        m = re.search(rf"[?$]{re.escape(name)}(?!\w)", after)
        return m.start() if m else len(after)

    ordered = tuple(sorted(variables, key=first))  # stable: unseen ones keep Oxigraph's order
    if ordered == variables:
        return None
    return (sparql[:star.start(1)] + " ".join("?" + v for v in ordered)
            + sparql[star.end(1):])


def run_query(store: ox.Store, sparql: str, *, default_graph_as_union: bool = True
              ) -> QueryResult:
    """Run a read-only query against a loaded store.

    default_graph_as_union: patterns outside GRAPH match every graph (with a triple
    repeated once per graph holding it); False for a store loaded ``merged`` or ``union``.
    """
    done = _evaluate(store, _check(sparql), default_graph_as_union)
    if isinstance(done, QueryResult):
        return done
    variables, payload = done
    return QueryResult("select", variables, payload.decode("utf-8"))


def run_query_text(store: ox.Store, sparql: str, fmt: str = "table", *,
                   default_graph_as_union: bool = True) -> str:
    """What ``kgraph query --format fmt`` prints: ``format_result(run_query(...), fmt)``.

    A SELECT's solutions go from Oxigraph straight into CSV (or JSON) text, written in
    Rust, instead of one Python object per term: at 16,000 rows that is about a third
    of the time of reading them into Python first (benchmarks/RESULTS.md).
    """
    if fmt not in FORMAT_NAMES:
        raise ValueError(f"fmt must be one of {', '.join(FORMAT_NAMES)}, not {fmt!r}")
    if fmt == "json":
        return run_query(store, sparql, default_graph_as_union=default_graph_as_union).json
    done = _evaluate(store, _check(sparql), default_graph_as_union, ox.QueryResultsFormat.CSV)
    if isinstance(done, QueryResult):
        return format_result(done, fmt)
    variables, payload = done
    text = payload.decode("utf-8")
    if fmt == "csv" and '"' not in text and (
            len(variables) > 1 or (variables and "\r\n\r\n" not in text)):
        # nothing was quoted, so every CRLF ends a record, and no row is a lone empty
        # value (which format_result writes as ""): the same bytes format_result writes
        return text.replace("\r\n", "\n").removesuffix("\n")
    records = csv.reader(io.StringIO(text, newline=""))
    next(records)  # the header: the variables
    return _format_rows(variables, [tuple(r) or ("",) * len(variables) for r in records], fmt)


def open_store(graphs: Sequence[str | os.PathLike[str]], sparql: str) -> ox.Store:
    """The store ``kgraph query`` loads for this query, to run it with
    ``default_graph_as_union=False``: patterns outside GRAPH see every graph's triples, each
    once; GRAPH ?g sees each article.

    Named graphs are kept only when the query may use them. At 1M triples, against
    loading the TriG as it is: the merged store from the graph.ttl that vouches for it
    about 0.9x, merging the TriG's graphs alone about 1.4x, keeping both about 2x.
    """
    return load_store(graphs, graphs="union" if NAMES_GRAPHS.search(sparql) else "merged")


def _load_and_run(graphs: Sequence[str | os.PathLike[str]], sparql: str,
                  fmt: str | None = None, names: Sequence[str] = (),
                  ) -> tuple[QueryResult | str, list[str]]:
    store = open_store(graphs, sparql)
    if fmt is None:
        result: QueryResult | str = run_query(store, sparql, default_graph_as_union=False)
    else:
        result = run_query_text(store, sparql, fmt, default_graph_as_union=False)
    return result, (absent_terms(store, sparql) + _no_named_graphs(store, graphs, sparql)
                    + unknown_names(store, names))


_LABELS = PREFIXES + "SELECT DISTINCT ?l WHERE { ?e rdfs:label|skos:altLabel ?l }"


class FileValue(str):
    """A string a query file's own ``VALUES ?var { "..." }`` line holds (no --set replaced
    it): ``kgraph query --file company`` asks about Alibaba whatever the graph holds."""

    var: str

    def __new__(cls, text: str, var: str) -> FileValue:
        value = super().__new__(cls, text)
        value.var = var
        return value

    def __reduce__(self):  # to the --timeout child process and back
        return FileValue, (str(self), self.var)


_VALUES_LINE = re.compile(r"VALUES\s+[?$](\w+)\s*\{([^{}]*)\}", re.I)


def file_values(sparql: str) -> list[FileValue]:
    """The strings of the query's one-variable ``VALUES`` lines."""
    return [FileValue(text, var) for var, body in _VALUES_LINE.findall(sparql)
            for text in re.findall(r'"((?:[^"\\\n]|\\.)*)"', body)]


def unknown_names(store: ox.Store, names: Sequence[str]) -> list[str]:
    """A note for each name given with --set (query's values) that no entity has as name
    or alias in any case, when the graph has names close to it: ``--set name=Quantfield``
    answers nothing where the company is "Quantfield AI". A value with nothing close (a
    year, a word the query matches otherwise) gets no note, unless it is a FileValue: the
    query file asks about a name the graph lacks, and its empty answer needs saying why."""
    if not names:
        return []
    labels: dict[str, str] = {}
    for row in store.query(_LABELS, use_default_graph_as_union=True):
        labels.setdefault(row[0].value.casefold(), row[0].value)
    notes = []
    for name in names:
        key = name.casefold().strip()
        if not key or key in labels:
            continue
        words = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
        close = sorted((labels[k] for k in labels if words.search(k)), key=len)[:3] or \
            [labels[k] for k in difflib.get_close_matches(key, list(labels), n=3, cutoff=0.8)]
        if isinstance(name, FileValue):
            notes.append(f"note: the query file asks about {str(name)!r} (its VALUES "
                         f"?{name.var} line), a name no entity has here (name or alias, any "
                         "case" + ("; close: " + ", ".join(map(repr, close)) if close else "")
                         + f"); --set {name.var}=NAME asks about another")
        elif close:
            notes.append(f"note: no entity is named {name!r} (name or alias, any case); "
                         "did you mean " + " or ".join(map(repr, close)) + "?")
    return notes


def _no_named_graphs(store: ox.Store, graphs: Sequence[str | os.PathLike[str]],
                     sparql: str) -> list[str]:
    """A note when the query asks GRAPH of files that hold no named graph (graph.ttl,
    graph.nt): its empty answer would read as 'no article says so'."""
    if not re.search(r"\bGRAPH\b", _without_strings(sparql), re.I) or \
            next(iter(store.named_graphs()), None) is not None:
        return []
    return ["note: " + ", ".join(map(str, graph_files(graphs))) + " holds no named graphs "
            "(one per article), so GRAPH matches nothing; query graph.trig or the build "
            "folder to ask per article"]


CONSTRUCT_TEMPLATE = re.compile(r"\bCONSTRUCT\s*\{[^{}]*\}", re.I)
"""A CONSTRUCT's template (it holds no nested braces: SPARQL 1.1 allows no GRAPH in it)."""
KG_NAME = re.compile(r"(?<![\w:?$])kg:([A-Za-z_][\w-]*)|<https://kgraph\.dev/ns#([\w-]+)>")


def absent_terms(store: ox.Store, sparql: str) -> list[str]:
    """A note for each kg: name the query uses that occurs nowhere in the graph and is no
    kgraph term either (a typo such as kg:ceo for kg:ceoOf answers nothing, silently), with
    the closest name the graph or the vocabulary has. A term of the vocabulary this graph
    lacks (kg:purpose where no investment has one) gets no note: the empty answer is right.
    A CONSTRUCT template's names are made, not matched: they get no note either."""
    own = re.search(r"PREFIX\s+kg:\s*<(?!https://kgraph\.dev/ns#>)", sparql, re.I)
    matched = CONSTRUCT_TEMPLATE.sub(" ", _without_strings(sparql))
    names = {b if own else a or b for a, b in KG_NAME.findall(matched)} - {""}
    if not names:
        return []
    notes = []
    present: list[str] | None = None
    vocabulary = _vocabulary()
    for name in sorted(names - vocabulary):
        iri = ox.NamedNode(PREFIX_MAP["kg"] + name)
        if next(store.quads_for_pattern(None, iri, None), None) is not None or \
                next(store.quads_for_pattern(None, None, iri), None) is not None:
            continue
        if present is None:
            present = sorted(_kg_names(store) | vocabulary)
        close = difflib.get_close_matches(name, present, n=1, cutoff=0.6)
        notes.append(f"note: kg:{name} occurs nowhere in the graph"
                     + (f"; did you mean kg:{close[0]}?" if close else ""))
    return notes


@functools.cache
def _vocabulary() -> frozenset[str]:
    """The kg: classes, properties and metric kinds ontologies/kgraph.ttl defines."""
    text = (data_dir("ontologies") / "kgraph.ttl").read_text(encoding="utf-8")
    return frozenset(re.findall(r"^kg:(\w+)\s+a\s", text, re.M))


def _without_strings(sparql: str) -> str:
    """The query without its comments and string literals (IRIs kept: a # inside one is no
    comment)."""
    return re.sub(r"""(<[^<>"{}|^`\\\s]*>)|#[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'""",
                  lambda m: m.group(1) or " ", sparql)


def _kg_names(store: ox.Store) -> set[str]:
    """The kg: properties and classes the graph uses."""
    ns = PREFIX_MAP["kg"]
    found = store.query("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }",
                        use_default_graph_as_union=True)
    return {row[0].value[len(ns):] for row in found
            if isinstance(row[0], ox.NamedNode) and row[0].value.startswith(ns)}


def _worker(paths: list[str], sparql: str, fmt: str | None, names: Sequence[str],
            conn) -> None:  # pragma: no cover (child process)
    try:
        conn.send(("ok", _load_and_run(paths, sparql, fmt, names)))
    except Exception as exc:  # sent back and re-raised in the parent
        conn.send(("error", exc))
    finally:
        conn.close()


def _in_time(graphs: Sequence[str | os.PathLike[str]], sparql: str, fmt: str | None,
             timeout: float | None, names: Sequence[str] = (),
             ) -> tuple[QueryResult | str, list[str]]:
    """Load graph files and run one query; with a timeout in a child process it can stop.
    Returns the result and the notes of absent_terms."""
    _check(sparql)
    if not timeout:
        return _load_and_run(graphs, sparql, fmt, names)
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=([str(g) for g in graphs], sparql, fmt,
                                                 list(names), child))
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryTimeoutError(f"the query did not finish within {timeout:g} s; "
                                    f"narrow it (LIMIT, more specific patterns) or raise --timeout")
        status, value = parent.recv()
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
    if status == "error":
        raise value
    return value


def set_values(sparql: str, var: str, text: str) -> str:
    """The query with its ``VALUES ?var { ... }`` line holding one string, text (what
    ``--set var=text`` and query's ``values`` do): a ready-made query asked about another
    name without editing its file. ValueError when there is no such line."""
    var = var.strip().lstrip("?$")
    if not re.fullmatch(r"\w+", var):
        raise ValueError(f"not a variable name: {var!r}")
    line = re.compile(rf"VALUES\s+[?$]{var}\s*\{{[^{{}}]*\}}", re.I)
    if not line.search(sparql):
        raise ValueError(f"the query has no VALUES ?{var} {{ ... }} line for "
                         f"--set {var}=...; --set fills such a line of one variable")
    # a JSON string is a valid SPARQL string: quotes, backslashes and controls escaped
    literal = json.dumps(text, ensure_ascii=False)
    return line.sub(lambda _: f"VALUES ?{var} {{ {literal} }}", sparql)


READY_MADE_SUFFIX = ".rq"


def ready_made_names() -> list[str]:
    """The ready-made queries kgraph ships (queries/*.rq), by name without .rq."""
    try:
        folder = data_dir("queries")
    except CatalogueError:
        return []
    return sorted(p.stem for p in folder.glob("*" + READY_MADE_SUFFIX))


def ready_made(name: str) -> str:
    """The text of a ready-made query by name (``company``, ``investments``, ...; a path
    such as ``queries/company.rq`` is taken by its file name), from the queries/ folder of
    the source tree or the wheel, wherever the caller runs. ValueError naming the ones there
    are when there is none of that name."""
    stem = Path(name).name.removesuffix(READY_MADE_SUFFIX)
    names = ready_made_names()
    if stem not in names:
        raise ValueError(f"no ready-made query {name!r}; there are "
                         + ", ".join(names or ["none"]))
    return (data_dir("queries") / (stem + READY_MADE_SUFFIX)).read_text(encoding="utf-8")


def query(graphs: Sequence[str | os.PathLike[str]], sparql: str,
          timeout: float | None = None, values: Mapping[str, str] | None = None,
          ) -> QueryResult:
    """Load graph files and run one query; with a timeout it runs in a child process it can stop.

    values: ``{"name": "OpenAI"}`` puts that string in the query's ``VALUES ?name { ... }``
    line, as ``kgraph query --set name=OpenAI`` does (set_values); with ready_made it asks a
    shipped query about another name: ``query(out, ready_made("company"), values=...)``.

    A ``kg:`` name the graph lacks (``kg:investedIn`` for ``kg:investsIn``) is no error and
    answers nothing: the result's ``notes`` say so, each also issued as a QueryNote
    warning, as ``kgraph query`` prints them on stderr.
    """
    for var, text in (values or {}).items():
        sparql = set_values(sparql, var, text)
    result, notes = _in_time(as_paths(graphs), sparql, None, timeout,
                             list((values or {}).values()))
    assert isinstance(result, QueryResult)
    for note in notes:
        warnings.warn(QueryNote(note.removeprefix("note: ")), stacklevel=2)
    return replace(result, notes=tuple(notes)) if notes else result


def query_text(graphs: Sequence[str | os.PathLike[str]], sparql: str, fmt: str = "table",
               timeout: float | None = None, notes: list[str] | None = None,
               names: Sequence[str] = ()) -> str:
    """What ``kgraph query GRAPH... --format fmt`` prints (see run_query_text); ``notes``
    receives a line for each kg: name of the query that the graph lacks (absent_terms) and
    for each of ``names`` (the --set values) no entity has (unknown_names)."""
    text, found = _in_time(as_paths(graphs), sparql, fmt, timeout, names)
    if notes is not None:
        notes += found
    assert isinstance(text, str)
    return text


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """table (aligned text), csv, tsv or json (W3C SPARQL results JSON)."""
    if fmt == "json":
        return result.json
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    return _format_rows(result.variables, result.rows, fmt)


def _format_rows(variables: Sequence[str], rows: Sequence[Sequence[str | None]],
                 fmt: str) -> str:
    if fmt in ("csv", "tsv"):
        # as Python's csv module writes it (LF, a lone empty value as ""), except that a
        # value with a carriage return is quoted too, so that it reads back as one value
        sep = "," if fmt == "csv" else "\t"
        special = re.compile(f'[{sep}"\r\n]')

        def field(value: str | None) -> str:
            if not value:
                return ""
            return f'"{value.replace(chr(34), chr(34) * 2)}"' if special.search(value) else value

        lines = [sep.join(variables)]
        for row in rows:
            line = sep.join(map(field, row))
            lines.append('""' if not line and len(row) == 1 else line)
        return "\n".join(lines).rstrip("\n")
    cells = [list(variables)] + [["" if v is None else _short(v) for v in row] for row in rows]
    sizes = [[_width(c) for c in r] for r in cells]
    widths = [max(r[i] for r in sizes) for i in range(len(variables))]
    lines = ["  ".join(c + " " * (w - n) for c, n, w in zip(r, ns, widths, strict=True)).rstrip()
             for r, ns in zip(cells, sizes, strict=True)]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _width(text: str) -> int:
    """Columns a terminal gives text: two for a wide (CJK) character, none for a combining
    accent. len() misaligned every row after a Japanese or a decomposed name."""
    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _short(value: str) -> str:
    for prefix, ns in (("kg:", "https://kgraph.dev/ns#"), ("id:", "https://kgraph.dev/id/")):
        if value.startswith(ns):
            return prefix + value[len(ns):]
    return value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


class _CallableModule(types.ModuleType):
    """This module's class: calling ``kgraph.query(...)`` is calling ``query(...)``.

    The package exports the function under the module's own name, so one of the two had
    to hide the other; a callable module keeps both. ``__call__`` is the function itself
    (a staticmethod: no frame in between, so warnings still point at the caller).
    """

    __call__ = staticmethod(query)


sys.modules[__name__].__class__ = _CallableModule
# inspect would take __call__ for a method and drop the first parameter (graphs)
__signature__ = inspect.signature(query)
