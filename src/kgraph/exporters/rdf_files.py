"""RDF files: TriG (named graph per article), Turtle (the union), JSON-LD, N-Quads, N-Triples.

Every writer emits its statements in a canonical order, so the same input gives
byte-identical files on every run and machine (rdflib walks a Dataset's graphs in
set order, which changes with Python's string-hash seed).
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer

from ..rdf import ENTITY_GRAPH, PREFIXES
from . import atomic_write, register


def union_graph(ds: Dataset) -> Graph:
    """All triples of every graph in one graph (what graph.ttl holds)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


class _SortedTrig(TrigSerializer):
    """rdflib's TriG writer (it already sorts subjects and predicates) with the graphs in order:
    the entity graph first, then the article graphs by IRI."""

    def __init__(self, store: Dataset) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda g: (g.identifier != ENTITY_GRAPH, str(g.identifier)))


def trig_text(ds: Dataset) -> str:
    buf = io.BytesIO()
    _SortedTrig(ds).serialize(buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def _canonical_json(value: Any) -> Any:
    """Sort every array: kgraph writes no @list, so JSON-LD arrays are unordered sets."""
    if isinstance(value, dict):
        return {k: _canonical_json(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical_json(v) for v in value]
        return sorted(items, key=_order)
    return value


def _order(value: Any) -> tuple[str, str]:
    """Nodes and graphs by their @id, plain values by their JSON text."""
    ident = value.get("@id", "") if isinstance(value, dict) else ""
    return ident, json.dumps(value, sort_keys=True, ensure_ascii=False)


def jsonld_text(ds: Dataset) -> str:
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    data = json.loads(ds.serialize(format="json-ld", context=context))
    return json.dumps(_canonical_json(data), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _sorted_lines(text: str) -> str:
    # split("\n"), not splitlines(): literals may hold \x1c-\x1e, \x85 or \u2028 unescaped
    return "\n".join(sorted(set(filter(None, text.split("\n"))))) + "\n"


@register("trig", "graph.trig")
def write_trig(ds: Dataset, path: Path) -> None:
    atomic_write(path, trig_text(ds))


@register("ttl", "graph.ttl")
def write_turtle(ds: Dataset, path: Path) -> None:
    atomic_write(path, union_graph(ds).serialize(format="turtle"))


@register("jsonld", "graph.jsonld")
def write_jsonld(ds: Dataset, path: Path) -> None:
    atomic_write(path, jsonld_text(ds))


@register("nq", "graph.nq")
def write_nquads(ds: Dataset, path: Path) -> None:
    atomic_write(path, _sorted_lines(ds.serialize(format="nquads")))


@register("nt", "graph.nt")
def write_ntriples(ds: Dataset, path: Path) -> None:
    atomic_write(path, _sorted_lines(union_graph(ds).serialize(format="nt")))
