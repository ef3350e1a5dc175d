"""Shared fixtures: the tiny corpus in tests/fixtures/mini and the example corpus, each built once.

Everything a test reads lives in the repository (a fresh clone has nothing else).
Builds go through the library with every registered output, so the CLI tests and the
round-trip tests look at the same files a user gets.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
MINI = REPO / "tests" / "fixtures" / "mini"
"""Three short articles: English .txt, German .md, German .html."""
EXAMPLES = REPO / "examples" / "articles"
"""The bundled example corpus that `make demo` builds."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``forks`` run first: kgraph forks only a process without other threads
    (forking.can_fork), and Dask's client leaves threads behind for the session."""
    items.sort(key=lambda item: item.get_closest_marker("forks") is None)


@dataclass(frozen=True)
class Built:
    """A finished build: the folder it wrote and the library's report."""

    out: Path
    report: object

    def file(self, name: str) -> Path:
        return self.out / name


def rdf_outputs() -> list[str]:
    """Every registered output that is an RDF file (all but the HTML page)."""
    from kgraph.exporters import REGISTRY, html, rdf_files  # noqa: F401  (registers writers)

    return sorted(name for name in REGISTRY if name != "html")


def build_corpus(corpus: Path, out: Path) -> Built:
    """Build a corpus with every output kgraph can write."""
    from kgraph import build

    report = build([corpus], out, outputs=[*rdf_outputs(), "html"])
    return Built(out, report)


@pytest.fixture(scope="session")
def mini_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """tests/fixtures/mini built once with every output kgraph can write."""
    return build_corpus(MINI, tmp_path_factory.mktemp("mini-build"))


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """examples/articles built once with every output kgraph can write."""
    return build_corpus(EXAMPLES, tmp_path_factory.mktemp("example-build"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
