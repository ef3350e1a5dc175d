"""Where extraction runs: in this process, in a pool of local processes, or on a Dask cluster.

Every executor takes a module-level function over a *batch* of tasks and yields the
batches' results as they finish (any order: the pipeline puts them back in file
order, so every executor gives the same graph). At most a few batches per worker are
in flight, so a corpus of millions of files is never held in memory at once.

Processes, not threads: extraction is pure-Python regex and spaCy work that holds the
GIL, and FINDINGS.md measured spaCy's own ``nlp.pipe(n_process=2)`` making a
rules-only pipeline slower, so the pool parallelises over articles and each worker
loads the catalogue and pipelines once (module-level caches, warmed by ``warm``).
"""
from __future__ import annotations

import inspect
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any, TypeVar

from .errors import ExecutorError, MissingDependencyError

T = TypeVar("T")
R = TypeVar("R")
Batch = Callable[[Sequence[Any]], list[Any]]


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most size items (the last may be shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def warm_up(warm: Callable[[], Any]) -> None:
    """Run a worker's warm-up to its end. It may be a generator function, whose every
    ``yield`` is a point where a worker with work waiting may stop (forking.WarmWorker).
    The garbage collector is paused meanwhile (forking.gc_paused)."""
    from .forking import gc_paused

    with gc_paused():
        got = warm()
        if inspect.isgenerator(got):
            for _ in got:
                pass


class Executor:
    """Runs ``fn`` over batches of items; subclasses decide where."""

    name = "base"
    workers = 1

    def map_unordered(self, fn: Batch, items: Iterable[Any], count: int | None = None,
                      batch_size: int = 16) -> Iterator[list[Any]]:
        """fn over batches of items; results as batches finish. Work starts at the call,
        before the first result is asked for. count: how many items, when known."""
        raise NotImplementedError

    def close(self) -> None:
        """Release workers and connections; safe to call twice."""

    def release(self) -> None:
        """Between two builds: drop what can start again when next needed (pipeline.build
        calls it when extraction is done)."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalExecutor(Executor):
    """In this process, one batch after another: no start-up cost, the default for --jobs 1."""

    name = "local"

    def map_unordered(self, fn: Batch, items: Iterable[Any], count: int | None = None,
                      batch_size: int = 16) -> Iterator[list[Any]]:
        # one item at a time: nothing to amortise here, and progress moves smoothly
        return (fn(batch) for batch in batches(items, 1))


class ProcessExecutor(Executor):
    """A pool of local worker processes (``--jobs N``).

    Workers come from a fork server that has already imported kgraph, so starting one
    costs milliseconds and no worker inherits the threads of the calling program.
    """

    name = "process"

    SMALL = 4
    """Fewer items than this run in the calling process: a rebuild that changed one
    article should not wait for worker processes to start."""

    def __init__(self, jobs: int | None = None, warm: Callable[[], None] | None = None,
                 preload: Sequence[str] = ("kgraph.pipeline", "kgraph.nlp")) -> None:
        self.workers = max(1, jobs or os.cpu_count() or 1)
        self._warm = warm
        self._preload = list(preload)
        self._pool: Any = None
        self._early: Any = None

    def prestart(self) -> None:
        """Fork one worker now, to warm up while the caller hashes the files and loads the
        last build's state: the few articles a rebuild finds changed go to it, instead of
        being extracted from cold in the calling process after all that (see
        forking.WarmWorker). Nothing happens where forking is not safe."""
        from .forking import WarmWorker

        if self._early is None and self._pool is None:
            self._early = WarmWorker(self._warm)

    def _start(self) -> Any:
        if self._pool is None:
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() \
                else "spawn"
            ctx = multiprocessing.get_context(method)
            if method == "forkserver":
                ctx.set_forkserver_preload(self._preload)
            with _ctrl_c_held():
                if method == "forkserver":
                    _forkserver_deaf_to_ctrl_c()
                self._pool = ctx.Pool(self.workers, initializer=partial(warm_up, self._warm)
                                      if self._warm else None)
        return self._pool

    def map_unordered(self, fn: Batch, items: Iterable[Any], count: int | None = None,
                      batch_size: int = 16) -> Iterator[list[Any]]:
        if count is not None and count < self.SMALL:
            if self._early is not None and self._early.started:
                return self._in_early(fn, items)
            return LocalExecutor().map_unordered(fn, items, count, batch_size)
        self._close_early()  # its core is the pool's now
        if count is not None:  # small corpora: spread them over every worker
            batch_size = max(1, min(batch_size, -(-count // (self.workers * 2))))
        pool = self._start()
        source = batches(items, batch_size)
        pending: deque[Any] = deque()
        for batch in source:
            pending.append(pool.apply_async(fn, (batch,)))
            if len(pending) >= self.workers * 3:
                break
        return self._drain(pool, fn, source, pending)

    def _in_early(self, fn: Batch, items: Iterable[Any]) -> Iterator[list[Any]]:
        """The items one by one in the warm worker, the first sent now: the caller loads
        the last build's state while the worker extracts it."""
        from .forking import WorkerGone

        source = batches(items, 1)
        first = next(source, None)
        if first is None:
            return iter(())
        try:
            self._early.send(fn, first)  # type: ignore[union-attr]
        except WorkerGone:
            self._close_early()
        return self._early_results(fn, first, source)

    def _early_results(self, fn: Batch, sent: list[Any],
                       source: Iterator[list[Any]]) -> Iterator[list[Any]]:
        from .forking import WorkerGone

        batch: list[Any] | None = sent
        while batch is not None:
            if self._early is None:
                yield fn(batch)
            else:
                try:
                    yield self._early.receive() if batch is sent else \
                        self._early.run(fn, batch)
                except WorkerGone:  # killed, out of memory: the rest is done here
                    self._close_early()
                    yield fn(batch)
            batch = next(source, None)

    def _close_early(self) -> None:
        if self._early is not None:
            self._early.close()
            self._early = None

    @staticmethod
    def _drain(pool: Any, fn: Batch, source: Iterator[list[Any]],
               pending: deque[Any]) -> Iterator[list[Any]]:
        while pending:
            # oldest first: batches are of similar size, so this keeps every worker busy
            result = pending.popleft().get()
            nxt = next(source, None)
            if nxt is not None:
                pending.append(pool.apply_async(fn, (nxt,)))
            yield result

    def release(self) -> None:
        """The pool ends, and starts again at the next map_unordered of SMALL items or
        more: its threads would keep the build from forking the page's child (forking
        beside running threads is unsafe) while fewer items run in the calling process
        anyway."""
        self.close()

    def close(self) -> None:
        self._close_early()
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


def _forkserver_deaf_to_ctrl_c() -> None:
    """Start multiprocessing's fork server with SIGINT ignored, which it and the pool
    workers it forks keep (an ignored signal stays ignored over fork and exec). Ctrl-C at a
    terminal reaches every process of the build, and each printed its KeyboardInterrupt:
    the server a traceback of the import it was in, each worker "Process
    ForkServerPoolWorker-1:" and another. The build's own process alone answers it (cli:
    "Aborted (Ctrl-C).", status 130) and stops the workers (close: terminate, a SIGTERM).
    Ignored here only while the server is spawned (a fork and an exec); a signal mask would
    lose no Ctrl-C but is not inherited (the spawn resets it). Only the main thread may
    set a handler: elsewhere, and for a server already running, nothing changes."""
    import signal
    import threading
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, before)


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """A Ctrl-C while the pool starts its workers is raised once they have all started
    (with the fork server importing kgraph first, a few seconds). Raised midway, it left a
    pool that close() could not reach: a worker the server forked meanwhile found the
    pool's semaphores gone as this process left and printed a traceback. Only the main
    thread may set a handler: elsewhere the pool starts as it is."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() \
            or not callable(previous := signal.getsignal(signal.SIGINT)):
        yield
        return
    got: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, frame: got.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if got:
        previous(signal.SIGINT, None)  # Python's own handler raises KeyboardInterrupt


class DaskExecutor(Executor):
    """A Dask distributed cluster (``--executor dask --scheduler tcp://HOST:PORT``).

    Workers need kgraph installed (same version: results are merged as they come);
    articles travel to them as bytes, so they need no access to the input files.
    """

    name = "dask"

    def __init__(self, scheduler: str | None = None, client: Any = None,
                 warm: Callable[[], None] | None = None) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise MissingDependencyError(
                "the dask executor needs Dask distributed: pip install 'kgraph[distributed]'"
            ) from exc
        self._own = client is None
        if client is None:
            if not scheduler:
                raise ExecutorError("--executor dask needs --scheduler tcp://HOST:PORT "
                                    "(the address `dask scheduler` prints)")
            try:
                client = Client(scheduler, timeout="10s", set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {exc}. "
                                    "Is `dask scheduler` running there?") from exc
        self.client = client
        self.workers = max(1, sum(client.nthreads().values()))
        if warm is not None:
            client.run(partial(warm_up, warm))

    def map_unordered(self, fn: Batch, items: Iterable[Any], count: int | None = None,
                      batch_size: int = 16) -> Iterator[list[Any]]:
        from distributed import as_completed

        if count is not None:
            batch_size = max(1, min(batch_size, -(-count // (self.workers * 2))))
        source = batches(items, batch_size)
        first = [self.client.submit(fn, b, pure=False)
                 for _, b in zip(range(self.workers * 3), source, strict=False)]
        if not first:
            return iter(())
        return self._drain(fn, source, as_completed(first, loop=self.client.loop))

    def _drain(self, fn: Batch, source: Iterator[list[Any]], running: Any,
               ) -> Iterator[list[Any]]:
        for future in running:
            try:
                result = future.result()
            finally:
                future.release()
            nxt = next(source, None)
            if nxt is not None:
                running.add(self.client.submit(fn, nxt, pure=False))
            yield result

    def close(self) -> None:
        if self._own and self.client is not None:
            self.client.close()
            self.client = None


EXECUTORS: dict[str, type[Executor]] = {
    "local": LocalExecutor, "process": ProcessExecutor, "dask": DaskExecutor}
"""Executor name (``--executor``) -> class."""


def make_executor(name: str | None = None, jobs: int | None = 1, scheduler: str | None = None,
                  warm: Callable[[], None] | None = None) -> Executor:
    """The executor for the command line's --executor/--jobs/--scheduler.

    With no name: ``dask`` when a scheduler is given, ``local`` for --jobs 1, else
    ``process`` (--jobs 0 or None: one worker per CPU core).
    """
    if name is None:
        name = "dask" if scheduler else "local" if jobs == 1 else "process"
    if name not in EXECUTORS:
        raise ExecutorError(f"unknown executor {name!r}; choose one of {', '.join(EXECUTORS)}")
    if name == "dask":
        return DaskExecutor(scheduler, warm=warm)
    if scheduler:
        raise ExecutorError("--scheduler is only used with --executor dask")
    if name == "process":
        return ProcessExecutor(jobs if jobs and jobs > 0 else None, warm=warm)
    return LocalExecutor()
