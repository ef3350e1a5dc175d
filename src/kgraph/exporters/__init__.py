"""Outputs, one module each, registered by name: ``write_outputs(ds, folder, ["ttl", "html"])``."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import Dataset

from ..errors import KgraphError

Writer = Callable[[Dataset, Path], None]
REGISTRY: dict[str, tuple[str, Writer]] = {}
"""Output name -> (file name, writer)."""


def register(name: str, filename: str) -> Callable[[Writer], Writer]:
    def deco(fn: Writer) -> Writer:
        REGISTRY[name] = (filename, fn)
        return fn
    return deco


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write next to the target, fsync, then rename: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are like any file
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_outputs(ds: Dataset, folder: Path, names: Iterable[str]) -> list[Path]:
    from . import html, rdf_files  # noqa: F401  (registers the writers)

    written = []
    for name in names:
        if name not in REGISTRY:
            raise KgraphError(f"unknown output {name!r}; known: {', '.join(sorted(REGISTRY))}")
        filename, writer = REGISTRY[name]
        target = folder / filename
        try:
            writer(ds, target)
        except OSError as exc:
            raise KgraphError(f"cannot write {target}: {exc.strerror or exc}") from exc
        written.append(target)
    return written
