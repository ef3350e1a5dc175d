"""Extraction in worker processes gives exactly the graph a one-process build gives."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.errors import ExecutorError
from kgraph.executors import LocalExecutor, ProcessExecutor, batches, make_executor
from kgraph.pipeline import build
from smallcorpus import ARTICLES, OUTPUTS, files, write_corpus


def _square_all(items: list[int]) -> list[int]:
    return [i * i for i in items]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_corpus(tmp_path_factory.mktemp("corpus"))
    # a duplicate, an empty file and a binary one: reported alike by every executor
    (folder / "en" / "airbnb-copy.txt").write_bytes((folder / "en/airbnb.txt").read_bytes())
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    return folder


@pytest.fixture(scope="module")
def one_process(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("jobs1")
    return out, build([corpus], out, outputs=OUTPUTS, use_cache=False)


def test_two_worker_processes_write_byte_identical_files(corpus, one_process, tmp_path) -> None:
    out1, report1 = one_process
    report2 = build([corpus], tmp_path, outputs=OUTPUTS, jobs=2, use_cache=False)
    assert report2.executor == "process" and report2.workers == 2
    assert files(tmp_path) == files(out1)
    assert report2.articles == report1.articles == len(ARTICLES)


def test_workers_report_skipped_and_duplicate_files_like_one_process(corpus, one_process,
                                                                    tmp_path) -> None:
    _, report1 = one_process
    report2 = build([corpus], tmp_path, outputs=OUTPUTS, jobs=2, use_cache=False)
    assert report2.skipped == report1.skipped
    reasons = {Path(s.path).name: s.reason for s in report2.skipped}
    # the first in path order is read, the other named as its duplicate
    assert reasons["airbnb.txt"].startswith("same content as") and \
        reasons["airbnb.txt"].endswith("airbnb-copy.txt")
    assert reasons["empty.txt"] == "empty file"
    assert "PDF" in reasons["scan.txt"]


def test_workers_fill_the_cache_a_one_process_rebuild_reuses(corpus, one_process,
                                                             tmp_path) -> None:
    out1, _ = one_process
    build([corpus], tmp_path, outputs=OUTPUTS, jobs=2)
    again = build([corpus], tmp_path, outputs=OUTPUTS, jobs=1)
    assert again.cache.misses == 0 and again.cache.hits == len(ARTICLES) + 2  # + empty, PDF
    assert files(tmp_path) == files(out1)


def test_cli_jobs_option_builds_the_same_graph(corpus, one_process, tmp_path) -> None:
    out1, _ = one_process
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path), "-j", "2",
                                       "--no-cache", "--verbose"])
    assert result.exit_code == 0, result.output
    assert "executor: process (2 workers)" in result.stderr
    for name in ("graph.trig", "graph.ttl", "graph.jsonld"):
        assert (tmp_path / name).read_bytes() == (out1 / name).read_bytes(), name


def _session_processes(session: int) -> dict[int, tuple[int, str]]:
    """Pid -> (parent pid, state) of the live processes of a session (Linux /proc)."""
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":  # state, ppid, pgrp, session
            out[int(entry)] = (int(fields[1]), fields[0])
    return out


def _sigint_settled(pid: int) -> bool:
    """Whether a process catches or ignores SIGINT: a pool worker past its start (the fork
    server's child sets the handlers it is to run with first)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    masks = [int(line.split()[1], 16) for line in status.splitlines()
             if line.startswith(("SigCgt:", "SigIgn:"))]
    return any(mask & (1 << (2 - 1)) for mask in masks)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux /proc")
def test_ctrl_c_during_a_two_worker_build_is_answered_by_the_build_alone(tmp_path) -> None:
    """Ctrl-C at a terminal reaches every process of the build: once the pool's two workers
    run (children of the fork server, itself a child of the build), one SIGINT to the
    whole group gives "Aborted (Ctrl-C)." and status 130, no traceback of a worker or of
    the fork server, and no process left behind."""
    import signal
    import subprocess
    import sys
    import time

    import kgraph

    articles = {f"en/a{i:03d}.txt": text + f"\nThis is note {i} of the series.\n"
                for i in range(40) for text in [ARTICLES["en/airbnb.txt"]]}
    corpus = write_corpus(tmp_path / "corpus", articles)
    env = dict(os.environ, PYTHONPATH=str(Path(kgraph.__file__).parents[1]))
    build_ = subprocess.Popen(
        [sys.executable, "-m", "kgraph", "build", str(corpus), "--out", str(tmp_path / "out"),
         "--jobs", "2", "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, start_new_session=True, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and build_.poll() is None:
            seen = _session_processes(build_.pid)
            servers = {pid for pid, (ppid, _) in seen.items() if ppid == build_.pid}
            workers = [pid for pid, (ppid, _) in seen.items() if ppid in servers]
            if len(workers) == 2 and all(map(_sigint_settled, workers)):  # both run
                break
            time.sleep(0.02)
        else:
            pytest.fail("the build ended or never started its workers")
        os.killpg(build_.pid, signal.SIGINT)
        out, err = build_.communicate(timeout=120)
    finally:
        if build_.poll() is None:
            os.killpg(build_.pid, signal.SIGKILL)
            build_.communicate()
    assert (build_.returncode, err) == (130, "Aborted (Ctrl-C).\n")
    deadline = time.monotonic() + 10
    while _session_processes(build_.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session_processes(build_.pid) == {}


def test_process_pool_returns_every_batch() -> None:
    with ProcessExecutor(2) as pool:
        got = sorted(x for batch in pool.map_unordered(_square_all, range(100), count=100,
                                                        batch_size=7) for x in batch)
    assert got == [i * i for i in range(100)]


def test_a_few_items_run_in_this_process_without_starting_workers() -> None:
    pool = ProcessExecutor(2)
    assert [b for b in pool.map_unordered(_square_all, [3], count=1)] == [[9]]
    assert pool._pool is None
    pool.close()


def test_batches_keep_order_and_size() -> None:
    assert list(batches(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches([], 3)) == []


def test_executor_choice_follows_jobs_and_scheduler() -> None:
    assert isinstance(make_executor(None, 1), LocalExecutor)
    pool = make_executor(None, 2)
    assert isinstance(pool, ProcessExecutor) and pool.workers == 2
    pool.close()
    every_core = make_executor(None, 0)  # --jobs 0
    assert isinstance(every_core, ProcessExecutor)
    assert every_core.workers == (os.cpu_count() or 1)
    every_core.close()


@pytest.mark.parametrize("args, message", [
    (("threads", 1, None), "unknown executor 'threads'"),
    (("process", 2, "tcp://127.0.0.1:8786"), "--scheduler is only used with --executor dask"),
])
def test_bad_executor_options_are_refused_with_a_message(args, message) -> None:
    with pytest.raises(ExecutorError, match=message):
        make_executor(*args)


def test_a_process_executor_passed_in_ends_its_pool_before_the_page_is_forked(
        corpus, tmp_path, monkeypatch) -> None:
    """Its pool's threads would make forking unsafe: the page was drawn in this process
    after the RDF files instead (kgraph watch keeps one executor for every rebuild)."""
    from kgraph import pipeline

    pools_when_staged = []

    class Recording(pipeline.StagedPage):
        def __init__(self, kg, target) -> None:
            pools_when_staged.append(executor._pool)
            super().__init__(kg, target)

    monkeypatch.setattr(pipeline, "StagedPage", Recording)
    with ProcessExecutor(2) as executor:
        for out in (tmp_path / "a", tmp_path / "b"):  # and it starts again for the next
            report = build([corpus], out, executor=executor, use_cache=False)
            assert report.workers == 2 and (out / "graph.html").is_file()
    assert pools_when_staged == [None, None]
