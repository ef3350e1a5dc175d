"""The public Python API: the same steps as the CLI, for notebooks and scripts.

networkx and the modules built on it load when a function here first needs them:
``import kgraph`` is then cheap, and a rebuild forks its warm extraction worker before
the parent loads what only reading and drawing graphs need (pipeline.build).
"""
from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .articles import Skipped, as_paths
from .errors import InputPathError, OutputPathError
from .exporters import atomic_write

if TYPE_CHECKING:
    import networkx as nx

    from .graphstats import Stats
    from .models import Article


def article(path: str | os.PathLike[str], lang: str | None = None) -> Article:
    """One file as kgraph reads it: its ``text`` (decoded, markup and front matter
    removed), ``title``, ``date``, ``lang`` and ``sha`` (the SHA-256 of its bytes).

    A statement's ``kg:startChar`` and ``kg:endChar`` count characters of this text, not
    of the file: ``article(path).text[start:end]`` is the evidence sentence. Compare
    ``sha`` with the article's ``kg:sha256`` to know the file is the one the build read.
    A file kgraph would skip raises InputPathError with the reason.
    """
    from .articles import SourceFile, read_article

    source = Path(path)
    if not source.is_file():
        raise InputPathError(f"{path}: no such file")
    found = read_article(SourceFile(source, source.as_posix()), lang)
    if isinstance(found, Skipped):
        raise InputPathError(f"{found.path}: {found.reason}")
    return found


def graph(paths: Sequence[str | os.PathLike[str]]) -> nx.MultiDiGraph:
    """Graph files -> networkx MultiDiGraph of entities and facts (with evidence on edges).

    Nodes: entity IRIs with ``label``, ``type``, ``aliases`` and ``family``. Edges: one per
    fact with ``relation``, ``label``, ``confidence``, ``hedged``, ``amount`` and
    ``currency`` (text, investments only) and ``sources`` (a dict per statement: sentence,
    path, title, date, confidence, ``start`` and ``end`` (the sentence's character offsets
    in ``article(path).text``) and ``article`` (the article's IRI, as in the RDF files)).
    Hedged claims are edges too (``hedged`` True; stats
    leaves them out). An investment without a named investee points to a node of type
    ``Purpose`` (id ``purpose:...``) labelled with its purpose or ``(unspecified)``.
    """
    from .graphview import to_networkx
    from .query import load_store

    return to_networkx(load_store(paths))


@dataclass(frozen=True)
class ViewResult:
    """The page written by :func:`view`; usable wherever a path is."""

    path: Path
    nodes: int
    """Entities drawn."""
    edges: int
    """Facts drawn (hedged ones hidden until the reader asks for them)."""
    total_nodes: int
    """Entities there were to draw before the --max-nodes cap."""

    def __fspath__(self) -> str:
        return str(self.path)


def view(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str] | None = None,
         focus: str | None = None, depth: int = 2, max_nodes: int | None = None) -> ViewResult:
    """Write the HTML picture of graph files (graph.html beside the first one by default).

    Without ``max_nodes`` a graph of more than viewer.DEFAULT_MAX_NODES entities keeps
    that many best-connected ones, so the page loads in seconds. With ``focus`` and no
    ``out`` the page is graph-NAME.html: graph.html of a build folder is the whole graph's
    page, which a neighbourhood drawn there replaced.
    """
    from .viewer import make_page

    paths = as_paths(paths)
    first = Path(paths[0])
    name = "graph.html"
    if focus:
        slug = re.sub(r"\W+", "-", focus.casefold()).strip("-")[:60] or "focus"
        name = f"graph-{slug}.html"
    target = Path(out) if out else (first if first.is_dir() else first.parent) / name
    title = "kgraph: " + ", ".join(Path(p).name for p in paths)
    page = make_page(graph(paths), title=title, focus=focus, depth=depth, max_nodes=max_nodes)
    _write(target, page.html)
    return ViewResult(target, page.nodes, page.edges, page.total_nodes)


def file_in_the_way(folder: Path) -> Path | None:
    """The file that stands where ``folder`` or one of its parents would be, if any."""
    for path in (folder, *folder.parents):
        if path.exists():
            return None if path.is_dir() else path
    return None


def _write(target: Path, text: str) -> None:
    """atomic_write, with an OSError told as which path cannot be written and why."""
    blocker = file_in_the_way(target.parent)
    if blocker is not None:
        raise OutputPathError(f"cannot write {target}: {blocker} is a file, not a folder")
    try:
        atomic_write(target, text)
    except OSError as exc:
        raise OutputPathError(f"cannot write {target}: {exc.strerror or exc}") from exc


def export(paths: Sequence[str | os.PathLike[str]], fmt: str = "graphml",
           out: str | os.PathLike[str] | None = None) -> Path:
    """Write the entity graph as graphml, gexf or cytoscape-json (beside the first graph
    file as graph.graphml / graph.gexf / graph.cyjs by default); returns the file written."""
    from .exporters.networkx_export import FORMATS as EXPORT_FORMATS
    from .exporters.networkx_export import export as export_text

    paths = as_paths(paths)
    text = export_text(graph(paths), fmt)
    first = Path(paths[0])
    target = Path(out) if out else ((first if first.is_dir() else first.parent)
                                    / ("graph" + EXPORT_FORMATS[fmt][0]))
    _write(target, text)
    return target


def stats(paths: Sequence[str | os.PathLike[str]], top: int = 10) -> Stats:
    """Counts by class and relation, most central companies and models, clusters, articles."""
    from .graphstats import compute as compute_stats

    return compute_stats(graph(paths), top=top)
