"""graph.html: the interactive picture (vis-network), self-contained and offline."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from ..models import KnowledgeGraph
from . import atomic_write, register


def store_from_dataset(ds: Dataset) -> ox.Store:
    store = ox.Store()
    store.load(ds.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


@register("html", "graph.html")
def write_html(ds: Dataset, path: Path) -> None:
    write_html_from_store(store_from_dataset(ds), path)


def write_html_from_graph(kg: KnowledgeGraph, path: Path) -> None:
    """The page from the graph a build holds: the same page as from its files, without
    loading them into a store first."""
    from ..graphview import from_graph
    from ..viewer import DEFAULT_MAX_NODES, render_html

    # make_page(from_graph(kg)) without building the edges the cap leaves out
    g = from_graph(kg, max_nodes=DEFAULT_MAX_NODES)
    atomic_write(path, render_html(g, title=f"kgraph: {len(kg.articles)} articles",
                                   total=g.graph["total"]))


def write_html_from_store(store: ox.Store, path: Path) -> None:
    """The page from an Oxigraph store (build loads its own TriG: no rdflib Dataset needed)."""
    from ..graphview import to_networkx
    from ..viewer import make_page

    articles = next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://kgraph.dev/ns#Article> }",
        use_default_graph_as_union=True)))["n"].value
    page = make_page(to_networkx(store), title=f"kgraph: {articles} articles")
    atomic_write(path, page.html)
