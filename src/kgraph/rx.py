"""Compiled regular expressions kept across processes, in the user's cache folder.

Python's ``re`` parses a pattern and generates its program in Python. For the big
patterns extraction builds from its tables (the catalogue's names, ~400 relation rows,
word-list scans) that was ~0.6 s of a rebuild worker's cold start and ~1.4 s of a full
warm-up (benchmarks/RESULTS.md). The program is a list of integers, so this module keeps
it beside its pattern in ``user_cache_dir()/regex-<python>-<engine>.json`` and gives it
to the regex engine's constructor again (``_sre.compile``, which checks a program before
it accepts one); a later process skips parsing and code generation.

The file name holds the Python version and the engine's MAGIC number, which changes when
its program format does, so no interpreter reads another's programs. Anything that does
not load (a damaged file, an entry the engine refuses, other internals) is compiled the
usual way; ``KGRAPH_CACHE_DIR=`` (empty) keeps nothing. A pattern compiled here equals
``re.compile(pattern, flags)`` (``Pattern.__eq__`` compares pattern, flags and program).

Own code rather than a library: ``re`` and ``regex`` both pickle a pattern as its source
and compile it again, and no package on PyPI keeps the compiled form.
"""
from __future__ import annotations

import base64
import json
import os
import re
import sys
import tempfile
import threading
from array import array
from pathlib import Path
from typing import Any

try:  # the engine's internals: if any is missing, this module is plain re.compile
    import _sre
    from re import _compiler, _parser

    _ENGINE: str | None = (f"py{sys.version_info[0]}.{sys.version_info[1]}"
                           f"-sre{_sre.MAGIC}-{_sre.CODESIZE}")
    _CODE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):
    _ENGINE = None

MIN_LENGTH = 300
"""Shorter patterns are compiled the usual way: they take ~0.2 ms each (537 of a
warm-up's patterns, 0.1 s together), less than finding them in the file saves, and a
process that compiles only such patterns (a build's main process) never reads the file
(~0.08 s for its 9 MB)."""

KEEP = 1_000
"""A save that finds more than twice this many entries (or twice what its process used)
keeps only the patterns its process used: a pattern whose text changes from process to
process (words in a set's order) would otherwise grow the file for ever. A warm-up
compiles ~600."""

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, code, groups, group names."""

_lock = threading.Lock()
_stored: dict[tuple[str, int], list[Any]] | None = None
"""(pattern, flags) -> the file's entry (code still encoded), once loaded."""
_used: dict[tuple[str, int], list[Any]] = {}
_new = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (as re's)
    """``re.compile(pattern, flags)``, from the kept program where there is one."""
    global _new
    flags = int(flags)
    if (_ENGINE is None or flags & re.DEBUG or not isinstance(pattern, str)
            or len(pattern) < MIN_LENGTH):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    with _lock:
        entry = _entries().get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, *_decode(entry))
            _used[key] = entry
            return compiled
        except Exception:  # noqa: BLE001 (damaged entry or changed internals: compile anew)
            pass
    compiled, program = _compile(pattern, flags)
    if program is not None:
        with _lock:
            _used[key] = _entries()[key] = _encode(program)
            _new = True
    return compiled


def save() -> None:
    """Keep the programs this process compiled anew (nothing if none, or no folder)."""
    global _new
    path = _path()
    with _lock:
        if not _new or path is None:
            return
        merged = {**_read(path), **_used}
        if len(merged) > 2 * max(KEEP, len(_used)):
            merged = dict(_used)
        _new = False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump([[p, f, *entry] for (p, f), entry in merged.items()], fh,
                          ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass  # a read-only home: the next process compiles again, nothing else is lost


def forget() -> None:
    """Drop what this process loaded and compiled (tests: as a new process starts)."""
    global _stored, _new
    with _lock:
        _stored = None
        _used.clear()
        _new = False


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], Program | None]:
    """What re._compiler.compile does, keeping the program; re.compile's result if the
    internals differ from what this expects (re.error is raised as re raises it)."""
    parsed = _parser.parse(pattern, flags)
    try:
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program: Program = (int(flags | parsed.state.flags), list(_compiler._code(parsed, flags)),
                            parsed.state.groups - 1, groupindex, tuple(indexgroup))
        return _sre.compile(pattern, *program), program
    except Exception:  # noqa: BLE001
        return re.compile(pattern, flags), None


def _encode(program: Program) -> list[Any]:
    flags, code, groups, groupindex, indexgroup = program
    packed = base64.b64encode(array(_CODE, code).tobytes()).decode("ascii")
    return [flags, packed, groups, groupindex, list(indexgroup)]


def _decode(entry: list[Any]) -> Program:
    flags, packed, groups, groupindex, indexgroup = entry
    code = array(_CODE)
    code.frombytes(base64.b64decode(packed))
    return flags, code.tolist(), groups, dict(groupindex), tuple(indexgroup)


def _path() -> Path | None:
    from .resources import user_cache_dir

    base = user_cache_dir()
    return None if base is None or _ENGINE is None else base / f"regex-{_ENGINE}.json"


def _entries() -> dict[tuple[str, int], list[Any]]:
    """The file's entries, read on first use (caller holds _lock)."""
    global _stored
    if _stored is None:
        path = _path()
        _stored = _read(path) if path is not None else {}
    return _stored


def _read(path: Path) -> dict[tuple[str, int], list[Any]]:
    try:
        with open(path, encoding="utf-8") as fh:
            rows = json.load(fh)
        return {(row[0], row[1]): row[2:] for row in rows
                if isinstance(row, list) and len(row) == 7 and isinstance(row[0], str)
                and isinstance(row[1], int)}
    except (OSError, ValueError, TypeError):
        return {}
