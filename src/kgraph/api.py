"""The public Python API: the same steps as the CLI, for notebooks and scripts."""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .exporters import atomic_write
from .graphview import to_networkx
from .query import load_store
from .viewer import render_html, select


def graph(paths: Sequence[str | os.PathLike[str]]):
    """Graph files -> networkx MultiDiGraph of entities and facts (with evidence on edges)."""
    return to_networkx(load_store(paths))


def view(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str] | None = None,
         focus: str | None = None, depth: int = 2, max_nodes: int | None = None) -> Path:
    """Write the HTML picture of graph files; returns the file written."""
    first = Path(paths[0])
    target = Path(out) if out else (first if first.is_dir() else first.parent) / "graph.html"
    g = select(graph(paths), focus=focus, depth=depth, max_nodes=max_nodes)
    atomic_write(target, render_html(g))
    return target
