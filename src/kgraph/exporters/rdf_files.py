"""RDF files: TriG (named graph per article), Turtle (the union), JSON-LD, N-Quads, N-Triples.

Every writer emits its statements in a canonical order, so the same input gives
byte-identical files on every run and machine (rdflib walks a Dataset's graphs in
set order, which changes with Python's string-hash seed). TriG, Turtle and JSON-LD come
from rdfwrite, the writer ``kgraph build`` uses, so a Dataset written here gives the
files a build gives.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from ..rdf import PREFIXES
from ..rdfwrite import render_dataset
from . import atomic_write, register


def union_graph(ds: Dataset) -> Graph:
    """All triples of every graph in one graph (what graph.ttl holds)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _sorted_lines(text: str) -> str:
    # split("\n"), not splitlines(): literals may hold \x1c-\x1e, \x85 or \u2028 unescaped
    return "\n".join(sorted(set(filter(None, text.split("\n"))))) + "\n"


@register("trig", "graph.trig")
def write_trig(ds: Dataset, path: Path) -> None:
    render_dataset(ds).write("trig", path)


@register("ttl", "graph.ttl")
def write_turtle(ds: Dataset, path: Path) -> None:
    render_dataset(ds).write("ttl", path)


@register("jsonld", "graph.jsonld")
def write_jsonld(ds: Dataset, path: Path) -> None:
    render_dataset(ds).write("jsonld", path)


@register("nq", "graph.nq")
def write_nquads(ds: Dataset, path: Path) -> None:
    atomic_write(path, _sorted_lines(ds.serialize(format="nquads")))


@register("nt", "graph.nt")
def write_ntriples(ds: Dataset, path: Path) -> None:
    atomic_write(path, _sorted_lines(union_graph(ds).serialize(format="nt")))

