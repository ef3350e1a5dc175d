"""kgraph: knowledge graphs of the AI industry from German and English news articles.

    >>> from kgraph import build, query
    >>> report = build(["examples/articles"], "outputs")
    >>> query(["outputs/graph.trig"], "SELECT ?org ?model WHERE { ?org kg:uses ?model }").rows
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from .api import article, export, graph, stats, view  # noqa: E402
from .pipeline import BuildReport, Options, build, build_graph, extract_article  # noqa: E402
from .query import QueryResult, format_result, ready_made  # noqa: E402

if TYPE_CHECKING:
    from .query import query
else:
    # the module kgraph.query, which calling runs kgraph.query.query (see query.py): so
    # ``import kgraph.query as q`` is the module and ``kgraph.query(...)`` still the function
    from . import query
from .validate import ValidationReport, validate_files  # noqa: E402

__all__ = ["BuildReport", "Options", "QueryResult", "ValidationReport", "__version__", "article",
           "build", "build_graph", "export", "extract_article", "format_result", "graph", "query",
           "ready_made", "stats", "validate_files", "view"]
