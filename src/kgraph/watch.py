"""Rebuild the graph whenever the articles change (``kgraph watch``).

A rebuild by ``kgraph build`` is a new process: Python and kgraph imported, the last
build's state read from disk, an extraction worker warmed up from cold. At 1,000
articles that is most of a one-article rebuild (benchmarks/RESULTS.md). A watcher pays
it once: it holds the state, the executor and warm extraction tables in memory, polls
the folders and rebuilds through the same ``pipeline.build``, so every file is what a
build of the same folders writes.

Polling (a stat of every article file each interval) rather than inotify: no extra
dependency, it works on network and mounted folders, and it costs a few milliseconds per
thousand files. A change is acted on once the files stop changing between two looks,
so an article still being copied in is not read half-written.
"""
from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import state as saved
from .articles import as_paths, find_files
from .cache import ExtractionCache, fingerprint
from .errors import KgraphError
from .executors import Executor, make_executor
from .pipeline import DEFAULT_OUTPUTS, BuildReport, Options, build, warm_steps, warm_worker

Snapshot = dict[str, tuple[int, int, int]]
"""Article path (as shown) -> inode, size, modification time in nanoseconds."""


def snapshot(paths: Sequence[str | os.PathLike[str]],
             out: str | os.PathLike[str] | None = None) -> Snapshot:
    """Every article file under paths as the build would find it, with what a change
    alters. A file that vanishes between the walk and its stat is left out (deleted).
    Files inside out are not looked at: with ``kgraph watch . --out outputs`` each
    rebuild rewrites outputs/graph.html, which would set off the next rebuild forever
    (the build itself skips it as kgraph's page)."""
    files, _ = find_files(paths)
    inside = _inside(out) if out is not None else None
    seen: Snapshot = {}
    for source in files:
        if inside is not None and inside(os.path.dirname(source.path)):
            continue
        try:
            st = os.stat(source.path)
        except OSError:
            continue
        seen[source.display] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return seen


def _inside(out: str | os.PathLike[str]) -> Callable[[str], bool]:
    """Whether a folder is out or below it, symbolic links resolved (once per folder)."""
    root = os.path.realpath(out)
    known: dict[str, bool] = {}

    def inside(folder: str) -> bool:
        if folder not in known:
            real = os.path.realpath(folder)
            known[folder] = real == root or real.startswith(root.rstrip(os.sep) + os.sep)
        return known[folder]
    return inside


@dataclass
class Changes:
    """What differs between two snapshots, by path."""

    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changed or self.added or self.deleted)

    def __str__(self) -> str:
        parts = [f"{len(paths)} {what}" for what, paths in
                 (("changed", self.changed), ("added", self.added), ("deleted", self.deleted))
                 if paths]
        return ", ".join(parts) or "nothing changed"


def compare(old: Snapshot, new: Snapshot) -> Changes:
    return Changes(changed=sorted(p for p in new.keys() & old.keys() if new[p] != old[p]),
                   added=sorted(new.keys() - old.keys()),
                   deleted=sorted(old.keys() - new.keys()))


@dataclass
class Rebuilt:
    """One rebuild of a watcher: what set it off, what the build did, how long it took
    from the change being seen to every file written (``error``: why it failed)."""

    changes: Changes
    report: BuildReport | None
    seconds: float
    error: KgraphError | None = None


class Watcher:
    """The folders' graph, kept up to date in out: ``build()`` once, then ``step()`` (or
    ``run()``) rebuilds after each change. Holds a process pool between builds (close()
    or a with-block ends it). The arguments are pipeline.build's."""

    def __init__(self, paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
                 out: str | os.PathLike[str], options: Options | None = None,
                 outputs: Iterable[str] = DEFAULT_OUTPUTS, *, jobs: int | None = 1,
                 executor: str | Executor | None = None, scheduler: str | None = None,
                 validate: bool | None = None) -> None:
        self.paths = as_paths(paths)
        self.out = Path(out)
        self.options = options or Options()
        self.outputs = [outputs] if isinstance(outputs, str) else list(outputs)
        self.validate = validate
        self._own = not isinstance(executor, Executor)
        self.executor = executor if isinstance(executor, Executor) else \
            make_executor(executor, jobs, scheduler, warm=warm_steps)
        self._state: saved.BuildState | None = None
        self._unsaved = False
        self._seen: Snapshot = {}
        self._warm = False

    def build(self, progress=None) -> BuildReport:  # noqa: ANN001 - a progress callable
        """Build as ``kgraph build`` does (from the cache and the state on disk, if any)
        and remember the articles as they are now."""
        seen = snapshot(self.paths, self.out)
        report = self._build(progress)
        self._seen = seen
        return report

    def _build(self, progress=None) -> BuildReport:  # noqa: ANN001
        try:
            report = build(self.paths, self.out, self.options, self.outputs, progress,
                           executor=self.executor, validate=self.validate, state=self._state,
                           save_state=False)
        except BaseException:
            # the held state may be half updated: the next build starts from the cache
            self._state, self._unsaved = None, False
            raise
        self._state, self._unsaved = report.state, report.state is not None
        # the state, graph and tables live as long as the watcher: collections need
        # not walk them again (they are still freed when dropped)
        gc.freeze()
        return report

    def warm_up(self) -> None:
        """Load the extraction tables here too: a rebuild of a few articles extracts them
        in this process (executors: fewer than SMALL items), not in a worker."""
        if not self._warm:
            warm_worker()
            gc.freeze()
            self._warm = True

    def changes(self, settle: float = 0.2, sleep: Callable[[float], None] = time.sleep,
                ) -> Changes:
        """What changed since the last build, once it has stopped changing: looked at
        again after settle seconds until two looks agree."""
        now = self._settled(settle, sleep)
        return compare(self._seen, now) if now is not None else Changes()

    def _settled(self, settle: float, sleep: Callable[[float], None]) -> Snapshot | None:
        """The articles as they are once two looks agree; None if as at the last build."""
        now = snapshot(self.paths, self.out)
        if now == self._seen:
            return None
        while True:
            sleep(settle)
            again = snapshot(self.paths, self.out)
            if again == now:
                return now
            now = again

    def step(self, settle: float = 0.2, sleep: Callable[[float], None] = time.sleep,
             ) -> Rebuilt | None:
        """Rebuild if anything changed since the last build (None: nothing did). A build
        that fails (a folder gone, validation) is reported, and the last files stay."""
        seen = self._settled(settle, sleep)
        if seen is None:
            return None
        changes = compare(self._seen, seen)
        clock = time.perf_counter()
        try:
            report = self._build()
        except KgraphError as exc:
            self._seen = seen  # reported once, not again at every look
            return Rebuilt(changes, None, time.perf_counter() - clock, exc)
        self._seen = seen  # a file changed during the build differs from it: seen next look
        return Rebuilt(changes, report, time.perf_counter() - clock)

    def save(self) -> None:
        """Write the held state to disk, so that the next ``kgraph build`` (or watcher)
        rebuilds from it; a watcher does that when idle, not within a rebuild."""
        if self._state is not None and self._unsaved:
            saved.save(ExtractionCache(self.out, fingerprint(self.options)), self._state)
            self._unsaved = False

    def run(self, on_rebuild: Callable[[Rebuilt], None], interval: float = 1.0,
            settle: float = 0.2, sleep: Callable[[float], None] = time.sleep,
            stop: Callable[[], bool] = lambda: False) -> None:
        """step() every interval seconds until stop() says so (or Ctrl-C), saving the
        state whenever a look finds nothing new."""
        while not stop():
            rebuilt = self.step(settle, sleep)
            if rebuilt is not None:
                on_rebuild(rebuilt)
                continue
            self.save()
            sleep(interval)

    def close(self) -> None:
        """Save the state and end the pool."""
        try:
            self.save()
        finally:
            if self._own:
                self.executor.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
