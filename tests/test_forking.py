"""Work beside the build's main process: a forked page writer and a pre-warmed worker."""
from __future__ import annotations

import gc
import os
import signal
import threading
import time

import pytest

from kgraph.errors import ExecutorError, KgraphError
from kgraph.executors import ProcessExecutor
from kgraph.forking import Child, can_fork

pytestmark = [pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork"),
              pytest.mark.forks]


@pytest.fixture(autouse=True)
def _no_other_threads() -> None:
    if threading.active_count() > 1:
        pytest.fail(f"threads left by an earlier test: {threading.enumerate()}")

WARMED = []


def _warm() -> None:
    WARMED.append(os.getpid())


def _pids(items: list[int]) -> list[tuple[int, int, bool]]:
    return [(i, os.getpid(), bool(WARMED)) for i in items]


def _fail(items: list[int]) -> list[int]:
    raise ValueError(f"bad item {items[0]}")


def _boom() -> None:
    raise KgraphError("cannot write graph.html: disk full")


def test_child_returns_what_its_work_returned_from_another_process() -> None:
    assert Child(os.getpid, "a test").wait() != os.getpid()


def test_child_raises_here_the_error_its_work_raised() -> None:
    with pytest.raises(KgraphError, match="disk full"):
        Child(_boom, "graph.html").wait()


def test_child_killed_midway_is_reported_not_waited_for_forever() -> None:
    child = Child(lambda: os.kill(os.getpid(), signal.SIGKILL), "graph.html")
    with pytest.raises(ExecutorError, match="writing graph.html .*killed by signal 9"):
        child.wait()


def test_child_runs_its_work_here_while_other_threads_run() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not can_fork()
        child = Child(os.getpid, "a test")
        assert child.wait() == os.getpid()
    finally:
        release.set()
        other.join()


def test_cancelled_child_is_stopped_and_reaped() -> None:
    child = Child(lambda: threading.Event().wait(60), "a test")
    child.cancel()
    assert child.wait() is None


def test_prestarted_worker_takes_a_few_items_warmed_and_in_another_process() -> None:
    WARMED.clear()
    with ProcessExecutor(2, warm=_warm) as pool:
        pool.prestart()
        got = [row for batch in pool.map_unordered(_pids, [1, 2], count=2) for row in batch]
        assert pool._pool is None  # no pool started for two items
    assert [i for i, _, _ in got] == [1, 2]
    assert all(pid != os.getpid() and warmed for _, pid, warmed in got)
    assert not WARMED  # warmed there, not here


def test_error_in_the_prestarted_worker_is_raised_here() -> None:
    with ProcessExecutor(2) as pool:
        pool.prestart()
        with pytest.raises(ValueError, match="bad item 5"):
            list(pool.map_unordered(_fail, [5], count=1))


def test_items_go_to_this_process_when_the_prestarted_worker_died() -> None:
    with ProcessExecutor(2) as pool:
        pool.prestart()
        os.kill(pool._early._pid, signal.SIGKILL)
        got = [row for batch in pool.map_unordered(_pids, [7], count=1) for row in batch]
    assert got[0][:2] == (7, os.getpid())


def test_many_items_stop_the_prestarted_worker_and_use_the_pool() -> None:
    with ProcessExecutor(2, warm=_warm) as pool:
        pool.prestart()
        early = pool._early
        got = sorted(i for batch in pool.map_unordered(_pids, range(20), count=20)
                     for i, _, _ in batch)
        assert pool._early is None and not early.started and pool._pool is not None
    assert got == list(range(20))


STEPS: list[str] = []


def _slow_warm_steps():
    time.sleep(1.5)  # the batch is sent meanwhile
    STEPS.append("first")
    yield
    STEPS.append("second")
    yield


def _steps_done(items: list[int]) -> list[list[str]]:
    return [list(STEPS) for _ in items]


def test_worker_with_an_article_waiting_stops_warming_up_to_take_it() -> None:
    STEPS.clear()
    with ProcessExecutor(2, warm=_slow_warm_steps) as pool:
        pool.prestart()
        got = [row for batch in pool.map_unordered(_steps_done, [1], count=1) for row in batch]
    assert got == [["first"]]


def test_pool_workers_run_every_warm_up_step() -> None:
    STEPS.clear()
    with ProcessExecutor(2, warm=_slow_warm_steps) as pool:
        got = [row for batch in pool.map_unordered(_steps_done, range(8), count=8)
               for row in batch]
    assert got == [["first", "second"]] * 8


def _started_at(items: list[int]) -> list[float]:
    return [time.monotonic() for _ in items]


def test_prestarted_worker_starts_on_the_first_item_before_its_result_is_asked_for() -> None:
    with ProcessExecutor(2) as pool:
        pool.prestart()
        time.sleep(0.3)  # warmed up (no warm-up given): waiting for work
        called = time.monotonic()
        running = pool.map_unordered(_started_at, [1], count=1)
        time.sleep(1.0)  # the caller loads the last build's state meanwhile
        started = [t for batch in running for t in batch]
    assert started[0] - called < 0.8


GC_SEEN = []


def _warm_steps():
    GC_SEEN.append(gc.isenabled())
    yield
    GC_SEEN.append(gc.isenabled())


def _gc_state(items: list[int]) -> list[tuple[bool, bool, bool]]:
    return [(bool(GC_SEEN) and not any(GC_SEEN), gc.isenabled(), gc.get_freeze_count() > 0)
            for _ in items]


def test_a_warm_worker_warms_up_without_the_garbage_collector_then_runs_with_it() -> None:
    """Its imports and tables are frozen, not walked by every later collection."""
    from kgraph.forking import WarmWorker

    worker = WarmWorker(_warm_steps)
    try:
        assert worker.run(_gc_state, [1]) == [(True, True, True)]
    finally:
        worker.close()


def test_a_pool_worker_s_warm_up_pauses_the_garbage_collector_here_too() -> None:
    from kgraph.executors import warm_up

    GC_SEEN.clear()
    before = gc.get_freeze_count()
    try:
        warm_up(_warm_steps)
        assert GC_SEEN == [False, False] and gc.isenabled()
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
        GC_SEEN.clear()


def _ctrl_c_ignored(items: list[int]) -> list[bool]:
    return [signal.getsignal(signal.SIGINT) == signal.SIG_IGN for _ in items]


def test_children_and_workers_leave_ctrl_c_to_the_build_s_process() -> None:
    """Ctrl-C reaches every process of a build: the forked children and the pool workers
    ignore it (each printed a KeyboardInterrupt traceback), this process answers it as it
    did (Python's handler; SIGINT ignored where the suite was started in the background of
    a shell without job control)."""
    before = signal.getsignal(signal.SIGINT)
    assert Child(lambda: signal.getsignal(signal.SIGINT) == signal.SIG_IGN, "a test").wait()
    with ProcessExecutor(2) as pool:
        pool.prestart()
        early = [x for batch in pool.map_unordered(_ctrl_c_ignored, [1], count=1)
                 for x in batch]
        workers = [x for batch in pool.map_unordered(_ctrl_c_ignored, range(8), count=8)
                   for x in batch]
    assert early == [True] and workers == [True] * 8
    assert signal.getsignal(signal.SIGINT) is before

