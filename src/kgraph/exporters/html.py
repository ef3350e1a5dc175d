"""graph.html: the interactive picture (vis-network), self-contained and offline."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from . import atomic_write, register


def store_from_dataset(ds: Dataset) -> ox.Store:
    store = ox.Store()
    store.load(ds.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


@register("html", "graph.html")
def write_html(ds: Dataset, path: Path) -> None:
    from ..graphview import to_networkx
    from ..viewer import make_page

    page = make_page(to_networkx(store_from_dataset(ds)), title=f"kgraph: {path.parent.name}")
    atomic_write(path, page.html)
