"""RDF files: TriG (named graph per article), Turtle (the union), JSON-LD, N-Quads, N-Triples."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from ..rdf import PREFIXES
from . import atomic_write, register


def union_graph(ds: Dataset) -> Graph:
    """All triples of every graph in one graph (what graph.ttl holds)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@register("trig", "graph.trig")
def write_trig(ds: Dataset, path: Path) -> None:
    atomic_write(path, ds.serialize(format="trig"))


@register("ttl", "graph.ttl")
def write_turtle(ds: Dataset, path: Path) -> None:
    atomic_write(path, union_graph(ds).serialize(format="turtle"))


@register("jsonld", "graph.jsonld")
def write_jsonld(ds: Dataset, path: Path) -> None:
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    atomic_write(path, ds.serialize(format="json-ld", context=context, indent=1))


@register("nq", "graph.nq")
def write_nquads(ds: Dataset, path: Path) -> None:
    lines = ds.serialize(format="nquads").splitlines()
    atomic_write(path, "\n".join(sorted(set(filter(None, lines)))) + "\n")


@register("nt", "graph.nt")
def write_ntriples(ds: Dataset, path: Path) -> None:
    lines = union_graph(ds).serialize(format="nt").splitlines()
    atomic_write(path, "\n".join(sorted(set(filter(None, lines)))) + "\n")
