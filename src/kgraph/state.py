"""What the last build merged and wrote, kept so the next build redoes only what changed.

A clean build of 10,000 articles spends most of a rebuild's time not on the article
that changed but on the 9,999 that did not: loading their cache entries, merging them
and rendering them into every file again. So a build leaves its merged state
(resolve.Merged, rdfwrite.Union) and where each article's block sits in each file
(rdfwrite.Written) in ``OUT/.kgraph-cache/<generation>/state.pickle``. The next build
takes the changed and deleted articles out of it (their old cache entries say what they
added), puts the new ones in, copies the unchanged articles' blocks from the old files
and renders only the entity graph's nodes that changed. Anything that does not fit (no
state, another generation, an output file edited or missing, a cache entry gone) means a
build from the cache entries as before.

The state is a pickle read with an allow-list of classes, so a planted file cannot run
code (pickle rather than JSON, which would need a converter for every class kept). It is
two pickles in one file: the merged graph (``prepare``: ~0.6 s at 10,000 articles, done
while graph.html is still being drawn) and then what the writing decided (the files'
layout, the page's spring layouts).
"""
from __future__ import annotations

import gc
import os
import pickle
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cache import ExtractionCache
from .rdfwrite import EntityBlocks, Union, Written
from .resolve import Merged

STATE_FILE = "state.pickle"
VERSION = 5

_ALLOWED = {
    ("builtins", "dict"), ("builtins", "list"), ("builtins", "set"), ("builtins", "tuple"),
    ("kgraph.models", "Article"),
    ("kgraph.models", "Evidence"), ("kgraph.models", "Source"), ("kgraph.resolve", "Merged"),
    ("kgraph.rdfwrite", "Union"), ("kgraph.rdfwrite", "Written"),
    ("kgraph.rdfwrite", "EntityBlocks"),
    ("kgraph.state", "BuildState"),
}


@dataclass
class BuildState:
    """The merged graph of the articles a build used and where the files hold them."""

    articles: dict[str, str] = field(default_factory=dict)
    """Cache key -> path (as shown) of every article merged."""
    merged: Merged = field(default_factory=Merged)
    union: Union = field(default_factory=Union)
    blocks: EntityBlocks = field(default_factory=EntityBlocks)
    """The entity graph's nodes as rendered into the files (a rebuild renders what changed)."""
    written: dict[str, Written] = field(default_factory=dict)
    """Output name -> the file the build wrote (and where each article's block is in it)."""
    validated: bool = False
    """Whether the whole graph was checked against the shapes before it was written."""
    sampled: bool = False
    """Whether a sample of it was, and every article put in since with what it changed
    (validate.check_changes): a rebuild then checks only its own changes."""
    springs: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)
    """The page's spring layouts (layout.SPRINGS): the next page's core is often the same."""
    version: int = VERSION

    def usable_for(self, folder: Path, files: dict[str, str]) -> bool:
        """Whether every block-wise output (name -> file name) is still as this build wrote it."""
        return all(name in self.written and self.written[name].matches(folder / filename)
                   for name, filename in files.items())


    def current(self, folder: Path, outputs: Iterable[str], validate: bool) -> bool:
        """Whether every requested output is the file the last build wrote (nothing to redo
        if the articles are the same too)."""
        from .exporters import REGISTRY

        return (self.validated or not validate) and all(
            name in self.written and self.written[name].matches(folder / REGISTRY[name][0])
            for name in outputs)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a build state")
        return super().find_class(module, name)


def _path(cache: ExtractionCache) -> Path:
    return cache.folder / STATE_FILE


def load(cache: ExtractionCache) -> BuildState | None:
    """The state the last build of this generation left, or None (missing or unreadable).

    The collector is off while it is read: unpickling 10,000 articles' state makes
    millions of objects that all live on, and the collections their allocation would
    trigger found nothing to free while doubling the time (0.83 -> 0.43 s)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        with open(_path(cache), "rb") as fh:
            state = _Unpickler(fh).load()
            if not isinstance(state, BuildState) or state.version != VERSION:
                return None
            (state.written, state.springs, state.validated,
             state.sampled) = _Unpickler(fh).load()
    except (OSError, EOFError, ValueError, TypeError, AttributeError, IndexError,
            pickle.UnpicklingError, RecursionError, MemoryError):
        return None
    finally:
        if was_on:
            gc.enable()
    return state


def prepare(state: BuildState) -> bytes:
    """The big part of the state (articles, merged graph, union), pickled: ``save`` writes
    it with the rest, which is only known when every file is written."""
    core = replace(state, written={}, springs={}, validated=False, sampled=False)
    return pickle.dumps(core, protocol=pickle.HIGHEST_PROTOCOL)


def exists(cache: ExtractionCache) -> bool:
    """Whether a state is there to load (the last build used this cache generation)."""
    return _path(cache).is_file()


def save(cache: ExtractionCache, state: BuildState, prepared: bytes | None = None) -> None:
    """Write the state atomically; a state that cannot be written only slows the next build.
    prepared: ``prepare(state)``, if made already."""
    path = _path(cache)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".state.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(prepared if prepared is not None else prepare(state))
            pickle.dump((state.written, state.springs, state.validated, state.sampled), fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


def forget(cache: ExtractionCache | None) -> None:
    """Drop the state (before writing files it would no longer describe)."""
    if cache is not None:
        try:
            _path(cache).unlink()
        except OSError:
            pass


def names_with_blocks(names: Iterable[str]) -> list[str]:
    """The outputs written block by block (and so copied from the last build)."""
    return [n for n in names if n in ("trig", "ttl", "jsonld")]
