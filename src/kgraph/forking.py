"""Work done beside the main process of a build, in forked children.

Two places where a build on several cores would otherwise wait on one:
- ``Child``: graph.html needs nothing from the RDF files, so a child writes it while this
  process writes them (at 10,000 articles each side takes ~2.5 s of a rebuild).
- ``WarmWorker``: a rebuild that finds one article changed extracts it from cold (spaCy
  imported, pattern tables compiled: ~1.5 s). Forked when the build starts, a worker does
  that while this process hashes the files and loads the last build's state.

Both fork only where that is safe: a POSIX system and a process with no other threads (a
forked child gets a copy of every lock, held or not). Elsewhere callers do the work here.
Children leave with ``os._exit``: no atexit handlers, no flushing of the parent's buffers.
"""
from __future__ import annotations

import gc
import inspect
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, Pipe
from typing import Any

from .errors import ExecutorError, KgraphError


class WorkerGone(ExecutorError):
    """The warm worker ended before answering."""


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, and freeze what is left when it resumes.

    Loading and merging make millions of long-lived objects (a worker's imports and
    pattern tables; the build's state, graph and page data); every full collection walks
    all of them and frees nothing: 4.5 s of a 12 s rebuild at 10,000 articles
    (benchmarks/RESULTS.md), and 6-23% of a worker's cold start up to its first
    article. Frozen, what survives is skipped by the collections that re-enabling sets
    off and by every later one (0.5 s at 10,000 articles); build() unfreezes the main
    process's objects when it returns, a worker keeps them to its end.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def can_fork() -> bool:
    """Whether forking is safe here: the call exists and no other thread runs."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _fork(main: Callable[[Connection], None], duplex: bool) -> tuple[int, Connection | None]:
    """Fork a child that runs main(its end of a pipe) and leaves with os._exit; here the
    child's pid and this end. (0, None) where forking is not safe."""
    if not can_fork():
        return 0, None
    parent, child = Pipe(duplex=duplex)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        # Ctrl-C reaches the child too: this process alone answers it and stops the child
        # (cancel, close: SIGTERM); a child that took it would die mid-answer, or report
        # its KeyboardInterrupt as a failure of its work
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        parent.close()
        status = 1
        try:
            main(child)
            status = 0
        finally:
            os._exit(status)
    child.close()
    return pid, parent


def _stop(pid: int, conn: Connection) -> None:
    """Close the pipe, stop the child if it still runs, and reap it."""
    conn.close()
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _report(conn: Connection, exc: BaseException) -> None:
    try:
        conn.send(("error", exc))
    except Exception:  # an exception that does not pickle: its text still does
        conn.send(("error", KgraphError(f"{type(exc).__name__}: {exc}")))


class Child:
    """``work()`` run in a forked child; ``wait()`` returns what it returned (pickled) or
    raises what it raised. Without a safe fork, ``work()`` runs at ``wait()`` here."""

    def __init__(self, work: Callable[[], Any], what: str) -> None:
        self.what = what
        self._work: Callable[[], Any] | None = work
        self._pid, self._conn = _fork(self._main, duplex=False)
        if self._conn is not None:
            self._work = None

    def _main(self, conn: Connection) -> None:  # pragma: no cover - runs in the child
        try:
            conn.send(("ok", self._work()))  # type: ignore[misc]
        except BaseException as exc:
            _report(conn, exc)
            raise

    def wait(self) -> Any:
        if self._work is not None:
            work, self._work = self._work, None
            return work()
        if self._conn is None:
            return None
        conn, self._conn = self._conn, None
        try:
            kind, value = conn.recv()
        except EOFError:
            kind, value = "died", None
        finally:
            conn.close()
            _, status = os.waitpid(self._pid, 0)
        if kind == "error":
            raise value
        if kind == "died":
            raise ExecutorError(f"the process writing {self.what} ended without finishing "
                                f"({_how(status)})")
        return value

    def cancel(self) -> None:
        """Stop the child (the build failed elsewhere) and reap it."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            _stop(self._pid, conn)
        self._work = None


def _how(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.WEXITSTATUS(status)}"


class WarmWorker:
    """One forked worker that warms up at once (``warm()``) and then runs batches sent to
    it (``run(fn, batch)``), one at a time. A generator ``warm`` is left at the first
    ``yield`` after a batch arrives. Not started (``started`` False) where forking is
    unsafe."""

    def __init__(self, warm: Callable[[], None] | None) -> None:
        self._pid, self._conn = _fork(lambda conn: _serve(conn, warm), duplex=True)

    @property
    def started(self) -> bool:
        return self._conn is not None

    def run(self, fn: Callable[[Sequence[Any]], list[Any]], batch: Sequence[Any]) -> list[Any]:
        """fn(batch) in the worker; its exception is raised here."""
        self.send(fn, batch)
        return self.receive()

    def send(self, fn: Callable[[Sequence[Any]], list[Any]], batch: Sequence[Any]) -> None:
        """Start fn(batch) in the worker; ``receive`` gets what it returns. One at a time:
        the worker answers before it reads the next batch."""
        if self._conn is None:
            raise WorkerGone("the warm worker is not running")
        try:
            self._conn.send((fn, list(batch)))
        except OSError as exc:
            self.close()
            raise WorkerGone(f"the extraction worker ended unexpectedly ({exc})") from exc

    def receive(self) -> list[Any]:
        """What the batch sent last returned; its exception is raised here."""
        if self._conn is None:
            raise WorkerGone("the warm worker is not running")
        try:
            kind, value = self._conn.recv()
        except (EOFError, OSError) as exc:
            self.close()
            raise WorkerGone(f"the extraction worker ended unexpectedly ({exc or 'EOF'})"
                             ) from exc
        if kind == "error":
            raise value
        return value

    def close(self) -> None:
        if self._conn is not None:  # the worker reads EOF and leaves, or is still warming up
            conn, self._conn = self._conn, None
            _stop(self._pid, conn)


def _serve(conn: Connection, warm: Callable[[], None] | None) -> None:  # pragma: no cover
    """The worker's loop (in the child): warm up, then answer batches until EOF."""
    with gc_paused():
        steps = warm() if warm is not None else None
        if inspect.isgenerator(steps):
            for _ in steps:
                if conn.poll():  # an article is waiting: extract it first
                    break
    while True:
        try:
            fn, batch = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", fn(batch)))
        except BaseException as exc:
            _report(conn, exc)
