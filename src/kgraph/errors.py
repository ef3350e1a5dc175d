"""Every failure a user can meet, one class each; the CLI turns them into messages.

The docstring of each class is its generic message; instances carry the specifics
(which file, which line) and, where there is one, what to do about it.
"""
from __future__ import annotations


class KgraphError(Exception):
    """kgraph failed."""

    exit_code = 1


class NoArticlesError(KgraphError):
    """No usable article was found in the given paths."""


class InputPathError(KgraphError):
    """An input path does not exist or cannot be read."""


class OutputPathError(KgraphError):
    """An output file or folder cannot be written (a file stands where a folder must be,
    or no permission)."""


class GraphFileError(KgraphError):
    """A graph file is missing, of an unknown format, or not RDF."""


class QueryError(KgraphError):
    """The SPARQL query is malformed."""

    exit_code = 3


class UpdateRefusedError(QueryError):
    """kgraph query is read-only: SPARQL UPDATE is refused."""

    exit_code = 4


class QueryTimeoutError(QueryError):
    """The SPARQL query did not finish within the time limit."""

    exit_code = 5


class ValidationError(KgraphError):
    """The graph does not conform to the kgraph SHACL shapes."""

    exit_code = 6


class EndpointError(KgraphError):
    """The SPARQL endpoint could not be reached or refused the upload."""

    exit_code = 7


class ServiceError(EndpointError):
    """A SERVICE endpoint the query names could not be queried (no syntax error: exit 7,
    as for push's endpoint)."""


class ModelLoadError(KgraphError):
    """A spaCy pipeline named with --spacy-model could not be loaded."""


class CatalogueError(KgraphError):
    """A catalogue or pattern data file is malformed."""


class EntityNotFoundError(KgraphError):
    """No entity of the graph has that name or alias."""


class ExecutorError(KgraphError):
    """The executor (--executor, --jobs, --scheduler) could not be used, or one of its
    processes ended without finishing."""


class MissingDependencyError(KgraphError):
    """An optional dependency is needed for this (the message names the pip extra)."""


class SkippedInputError(KgraphError):
    """Some input files were skipped and --strict was given."""

    exit_code = 8


class QueryNote(UserWarning):
    """A query ran but probably does not ask what was meant (a kg: name the graph lacks);
    warned by kgraph.query, printed as ``note:`` by kgraph query."""
