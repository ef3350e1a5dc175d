"""kgraph: knowledge graphs of the AI industry from German and English news articles.

    >>> from kgraph import build, query
    >>> report = build(["examples/articles"], "outputs")
    >>> query(["outputs/graph.trig"], "SELECT ?org ?model WHERE { ?org kg:uses ?model }").rows
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_FROM = {"article": "api", "export": "api", "graph": "api", "stats": "api", "view": "api",
         "BuildReport": "pipeline", "Options": "pipeline", "build": "pipeline",
         "build_graph": "pipeline", "extract_article": "pipeline",
         "QueryResult": "query", "format_result": "query", "ready_made": "query",
         "ValidationReport": "validate", "validate_files": "validate"}
"""The module of each name of the API. They are imported when first asked for, not with
the package: ``kgraph`` (the command) imports only what its subcommand needs, so Ctrl-C
while it starts is answered by the command, not with Python's traceback (cli.entry)."""

if TYPE_CHECKING:
    from .api import article, export, graph, stats, view
    from .pipeline import BuildReport, Options, build, build_graph, extract_article
    from .query import QueryResult, format_result, query, ready_made
    from .validate import ValidationReport, validate_files


def __getattr__(name: str):
    if name == "query":
        # the module kgraph.query, which calling runs kgraph.query.query (see query.py): so
        # ``import kgraph.query as q`` is the module and ``kgraph.query(...)`` still the function
        return importlib.import_module(".query", __name__)
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = ["BuildReport", "Options", "QueryResult", "ValidationReport", "__version__", "article",
           "build", "build_graph", "export", "extract_article", "format_result", "graph", "query",
           "ready_made", "stats", "validate_files", "view"]
