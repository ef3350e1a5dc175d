"""SPARQL over graph files kgraph wrote, read-only, through Oxigraph.

Oxigraph (pyoxigraph) rather than rdflib's own engine: FINDINGS.md measured it 10-40x
faster to load and query at a million triples. The named graphs of a TriG file are
queried as one union, so ``?s kg:uses ?o`` finds what every article says.
"""
from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphFileError, QueryError, QueryTimeoutError, UpdateRefusedError

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
           ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD,
           ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3}
PREFIXES = """PREFIX kg: <https://kgraph.dev/ns#>
PREFIX id: <https://kgraph.dev/id/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
"""Prefixes every query may use without declaring them."""


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE."""

    kind: str
    """``select``, ``ask`` or ``graph``."""
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[str | None, ...], ...] = ()
    """Each value in SPARQL results text form (IRIs bare, literals as their lexical form)."""
    json: str = ""
    """The W3C SPARQL 1.1 results JSON (or N-Triples for graphs)."""
    boolean: bool | None = None


def graph_files(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Graph files named directly, or found in folders (one level, known extensions)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix.lower() in FORMATS)
            # a kgraph output folder holds the same graph in several formats: read one
            preferred = [p for p in inside if p.name == "graph.trig"]
            files += preferred or inside
        elif path.is_file():
            files.append(path)
        else:
            raise GraphFileError(f"{raw}: no such graph file or folder")
    if not files:
        raise GraphFileError("no graph file (.ttl .trig .nt .nq .jsonld) in "
                             + ", ".join(map(str, paths)))
    return files


def load_store(paths: Sequence[str | os.PathLike[str]]) -> ox.Store:
    """An in-memory Oxigraph store holding every graph file."""
    store = ox.Store()
    for path in graph_files(paths):
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise GraphFileError(f"{path}: unknown graph format; use one of "
                                 + " ".join(sorted(FORMATS)))
        try:
            store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise GraphFileError(f"{path}: not valid {fmt.name}: {exc}") from exc
        except OSError as exc:
            raise GraphFileError(f"{path}: cannot read: {exc}") from exc
    return store


def _check(sparql: str) -> str:
    text = sparql if "PREFIX kg:" in sparql or "prefix kg:" in sparql else PREFIXES + sparql
    try:
        ox.Store().query(text)
    except SyntaxError as exc:
        try:
            ox.Store().update(text)  # an empty scratch store: nothing real is touched
        except SyntaxError:
            raise QueryError(_position(str(exc), text, sparql)) from None
        raise UpdateRefusedError(
            "kgraph query is read-only: this is a SPARQL UPDATE. Edit the articles and "
            "rebuild, or load the graph into a triple store to change it.") from None
    return text


def _position(message: str, text: str, original: str) -> str:
    """Report line numbers of the user's query, not of the query with our prefixes."""
    import re

    shift = len(text.splitlines()) - len(original.splitlines())
    m = re.match(r"error at (\d+):(\d+)(.*)", message, re.S)
    if not m or shift == 0:
        return f"SPARQL syntax error: {message}"
    line = int(m.group(1)) - shift
    return f"SPARQL syntax error at line {line}, column {m.group(2)}{m.group(3)}"


def _term(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value.value
    if isinstance(value, ox.BlankNode):
        return "_:" + value.value
    return str(value)


def run_query(store: ox.Store, sparql: str) -> QueryResult:
    """Run a read-only query against a loaded store."""
    text = _check(sparql)
    try:
        result = store.query(text, use_default_graph_as_union=True)
    except (SyntaxError, OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result),
                           json=json.dumps({"head": {}, "boolean": bool(result)}))
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(_term(sol[v]) for v in variables) for sol in result)
        again = store.query(text, use_default_graph_as_union=True)
        payload = again.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
        return QueryResult("select", variables, rows, payload)
    triples = list(result)
    nt = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)
    rows = tuple((_term(t.subject), _term(t.predicate), _term(t.object)) for t in triples)
    return QueryResult("graph", ("subject", "predicate", "object"), rows, nt)


def _worker(paths: list[str], sparql: str, conn) -> None:  # pragma: no cover (child process)
    try:
        conn.send(("ok", run_query(load_store(paths), sparql)))
    except Exception as exc:  # sent back and re-raised in the parent
        conn.send(("error", exc))
    finally:
        conn.close()


def query(graphs: Sequence[str | os.PathLike[str]], sparql: str,
          timeout: float | None = None) -> QueryResult:
    """Load graph files and run one query; with a timeout it runs in a child process it can stop."""
    _check(sparql)
    if not timeout:
        return run_query(load_store(graphs), sparql)
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=([str(g) for g in graphs], sparql, child))
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


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """table (aligned text), csv, tsv or json (W3C SPARQL results JSON)."""
    if fmt == "json":
        return result.json
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if v is None else v for v in row])
        return buf.getvalue().rstrip("\n")
    cells = [list(result.variables)] + [["" if v is None else _short(v) for v in row]
                                        for row in result.rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(result.variables))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


def _short(value: str) -> str:
    for prefix, ns in (("kg:", "https://kgraph.dev/ns#"), ("id:", "https://kgraph.dev/id/")):
        if value.startswith(ns):
            return prefix + value[len(ns):]
    return value.replace("\n", " ")
