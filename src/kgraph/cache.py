"""The build cache: what each article yielded, keyed by content; a rebuild redoes only changes.

Layout: ``OUT/.kgraph-cache/<fingerprint>/<sha[:2]>/<sha>-<kind>.json``, one file per
article, holding its ``Extraction`` (``to_dict``) and the RDF pieces the writer needs.
The fingerprint covers everything that decides what extraction yields: the kgraph
version and source code, the pattern and catalogue files, the spaCy and py3langid
versions and the build options. Change any of them and the old entries are no longer
looked at (and are removed after the next successful build).

An entry is trusted only if it parses, names the key it is filed under and rebuilds an
``Extraction``; anything else (a truncated write, a disk error, hand edits) is counted
as damaged, deleted and extracted again.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .articles import Skipped
from .models import Extraction
from .resources import data_dir

CACHE_DIR = ".kgraph-cache"
FORMAT = 2
"""Bumped when the layout of an entry changes (2: a piece's texts kept packed, in base64)."""


@cache
def code_fingerprint() -> str:
    """Hash of what extraction depends on, short of the options: code, data files, libraries
    (and the SHACL shapes, which a rebuild's state was checked against)."""
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__

    h = hashlib.sha256(f"kgraph {__version__} cache {FORMAT}\n".encode())
    for dist in ("spacy", "py3langid", "trafilatura"):
        try:
            h.update(f"{dist} {version(dist)}\n".encode())
        except PackageNotFoundError:
            h.update(f"{dist} missing\n".encode())
    package = Path(__file__).resolve().parent
    # and the shapes: a rebuild whose last build was validated checks only what changed,
    # which gives the whole graph's verdict only against the same shapes
    roots = [(package, "*.py"), (data_dir("patterns"), "**/*"),
             (data_dir("ontologies") / "catalogue", "**/*"), (data_dir("ontologies"), "shapes.ttl")]
    for root, glob in roots:
        for path in sorted(root.glob(glob)):
            if path.is_file():
                h.update(path.relative_to(root).as_posix().encode() + b"\0")
                h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def fingerprint(*options: object) -> str:
    """The cache generation for this code, these data files and these build options."""
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(repr(options).encode())
    return h.hexdigest()[:20]


@dataclass
class CacheStats:
    """What the cache did in one build (shown with --verbose)."""

    hits: int = 0
    misses: int = 0
    """Articles extracted because no entry was there (damaged ones not included)."""
    damaged: int = 0
    """Entries that could not be trusted and were extracted again."""


class ExtractionCache:
    """One generation of cached per-article results under an output folder."""

    def __init__(self, out: str | os.PathLike[str], generation: str) -> None:
        self.root = Path(out) / CACHE_DIR
        self.folder = self.root / generation
        self._folder = str(self.folder)
        self.generation = generation
        self.stats = CacheStats()
        self._buckets: set[str] = set()
        """Bucket folders this object has made (or found) already."""

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry exists (it may still turn out damaged when read). A string
        path, not a Path: a rebuild asks for every article (0.09 s against 0.02 s at
        10,000)."""
        return os.path.isfile(f"{self._folder}/{key[:2]}/{key}.json")

    def get(self, key: str) -> tuple[Extraction | Skipped, dict[str, Any]] | None:
        """The cached extraction (or why the file is no article) and extra data for key;
        None when missing or damaged (a damaged entry is deleted)."""
        got = self.read(key)
        if got is None:
            self.stats.damaged += 1
        else:
            self.stats.hits += 1
        return got

    def read(self, key: str) -> tuple[Extraction | Skipped, dict[str, Any]] | None:
        """get without counting it in the stats (a rebuild reading what it takes out)."""
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            entry = json.loads(raw)
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("entry filed under the wrong key")
            if entry.get("skipped") is not None:
                extraction: Extraction | Skipped = Skipped("", str(entry["skipped"]))
            else:
                extraction = Extraction.from_dict(entry["extraction"])
            extra = entry.get("extra") or {}
            if not isinstance(extra, dict):
                raise ValueError("extra is not an object")
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            try:
                path.unlink()
            except OSError:
                pass
            return None
        return extraction, extra

    def put(self, key: str, extraction: Extraction | Skipped,
            extra: dict[str, Any] | None = None) -> None:
        """Store one article's result (written to a temporary file, then renamed into place)."""
        if isinstance(extraction, Skipped):
            self.put_text(key, entry_text(key, None, extra, skipped=extraction.reason))
        else:
            self.put_text(key, entry_text(key, extraction.to_dict(), extra))

    def put_text(self, key: str, text: str) -> None:
        """Write one entry: to a temporary file named after the key and this process, then
        renamed into place. Plain os calls on string paths, and each bucket made once:
        mkstemp, pathlib and a text-mode file cost the build's main process twice as much
        per entry, 10,000 times over."""
        bucket = f"{self._folder}/{key[:2]}"
        tmp = f"{bucket}/.{key}.{os.getpid()}.tmp"
        try:
            if bucket not in self._buckets:
                os.makedirs(bucket, exist_ok=True)
                self._buckets.add(bucket)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
            try:
                data = memoryview(text.encode("utf-8"))
                while data:
                    data = data[os.write(fd, data):]
            finally:
                os.close(fd)
            os.replace(tmp, f"{bucket}/{key}.json")
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass  # a cache that cannot be written only makes the next build slower

    def prune(self, keep: Iterable[str]) -> None:
        """Remove other generations and entries of this one that the last build did not use."""
        keep_names = {f"{k}.json" for k in keep}
        try:
            generations = list(os.scandir(self.root))
        except OSError:
            return
        for entry in generations:
            if entry.name != self.generation and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
        try:
            buckets = list(os.scandir(self.folder))
        except OSError:
            return
        for bucket in buckets:
            if not bucket.is_dir(follow_symlinks=False):
                continue
            for item in os.scandir(bucket.path):
                if item.name not in keep_names:
                    try:
                        os.unlink(item.path)
                    except OSError:
                        pass


def entry_text(key: str, extraction: dict[str, Any] | None, extra: dict[str, Any] | None = None,
               skipped: str | None = None) -> str:
    """The JSON text of one cache entry (workers make it, so the main process only writes it).

    skipped: why the file is no article ("empty file"): remembered like an extraction."""
    return json.dumps({"format": FORMAT, "key": key, "extraction": extraction,
                       "skipped": skipped, "extra": extra or {}},
                      ensure_ascii=False, separators=(",", ":"))
