"""Extraction on a Dask distributed cluster gives the graph a local build gives, triple for triple.

Needs the `distributed` extra (`pip install 'kgraph[distributed]'`, also in the dev
extra, so CI runs these). The cluster listens on loopback only and is always closed.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.errors import ExecutorError
from kgraph.pipeline import build
from smallcorpus import ARTICLES, OUTPUTS, files, quads, write_corpus

distributed = pytest.importorskip(
    "distributed", reason="Dask distributed is not installed: pip install 'kgraph[distributed]'")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    # ":0": a free port for the scheduler's HTTP server (None still binds 8787, which a
    # second test run or a notebook on the same machine may hold)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=":0") as running:
        yield running


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def local(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    build([corpus], out, outputs=OUTPUTS, use_cache=False)
    return out


def test_dask_build_holds_the_same_quads_and_bytes_as_a_local_build(cluster, corpus, local,
                                                                   tmp_path) -> None:
    report = build([corpus], tmp_path, outputs=OUTPUTS, executor="dask",
                   scheduler=cluster.scheduler_address, use_cache=False)
    assert report.executor == "dask" and report.workers == 2
    assert report.articles == len(ARTICLES)
    assert quads(tmp_path) == quads(local)
    assert files(tmp_path) == files(local)


def test_cli_runs_on_a_dask_scheduler_and_fills_the_cache(cluster, corpus, local,
                                                         tmp_path) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path),
                                       "--executor", "dask", "--scheduler",
                                       cluster.scheduler_address, "--verbose"])
    assert result.exit_code == 0, result.output
    assert "executor: dask (2 workers)" in result.stderr
    assert f"{len(ARTICLES)} extracted" in result.stderr
    for name in ("graph.trig", "graph.ttl", "graph.jsonld"):
        assert (tmp_path / name).read_bytes() == (local / name).read_bytes(), name
    again = build([corpus], tmp_path, outputs=OUTPUTS)  # a local rebuild reuses it all
    assert again.cache.misses == 0


def test_unreachable_scheduler_is_a_clear_error(corpus, tmp_path) -> None:
    with pytest.raises(ExecutorError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        build([corpus], tmp_path, executor="dask", scheduler="tcp://127.0.0.1:9")
    assert not (tmp_path / "graph.trig").exists()


def test_dask_executor_without_a_scheduler_says_what_to_give(corpus, tmp_path) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path),
                                       "--executor", "dask"])
    assert result.exit_code == 1
    assert "Error: --executor dask needs --scheduler tcp://HOST:PORT" in result.stderr
