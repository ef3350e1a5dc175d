"""graph.ttl vouching for being the merged copy of the graph.trig beside it.

``kgraph query`` answers a query without ``GRAPH`` from every triple once. From a TriG
file that means parsing it, dropping the graph names and inserting triple by triple from
Python; the graph.ttl the same build wrote already holds exactly those triples, grouped
by subject, and Oxigraph loads it in Rust (faster, and its joins run faster over a store
filled subject by subject; benchmarks/RESULTS.md). So the build ends graph.ttl with a
comment naming the SHA-256 of the graph.trig it merges and of its own text before that
line, and the query reads graph.ttl instead only when both digests match the files as
they are now. An edited, replaced or stale file of either kind fails the check, and the
TriG is read as before; hashing both costs about 0.1 s at a million triples.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

_LINE = ("# kgraph: the triples of the TriG file with sha256 {trig}, each once; "
         "sha256 of this file before this line: {own}\n")
_DIGEST = "([0-9a-f]{64})"
_READ = re.compile((re.escape(_LINE).replace(re.escape("{trig}"), _DIGEST)
                    .replace(re.escape("{own}"), _DIGEST) + r"\Z").encode("ascii"))
_TAIL_BYTES = 512
"""More than the whole line (231 bytes)."""


def union_line(trig_sha256: str, own_sha256: str) -> str:
    """The last line of a graph.ttl that holds every triple of that TriG file once."""
    return _LINE.format(trig=trig_sha256, own=own_sha256)


def _sha256(path: Path, length: int | None = None) -> str:
    h = hashlib.sha256()
    left = length
    with open(path, "rb") as fh:
        while left is None or left > 0:
            chunk = fh.read(1 << 20 if left is None else min(1 << 20, left))
            if not chunk:
                break
            h.update(chunk)
            if left is not None:
                left -= len(chunk)
    return h.hexdigest()


def merged_copy(trig: Path) -> Path | None:
    """The .ttl beside a .trig (same name) if it says it holds that TriG's triples and both
    files are still byte for byte what it says; else None (read the TriG itself)."""
    ttl = trig.with_suffix(".ttl")
    try:
        size = ttl.stat().st_size
        with open(ttl, "rb") as fh:
            fh.seek(max(0, size - _TAIL_BYTES))
            tail = fh.read()
        start = tail.rfind(b"\n", 0, len(tail) - 1) + 1
        found = _READ.match(tail, start)
        if found is None:
            return None
        body = size - (len(tail) - start)
        if _sha256(ttl, body) != found.group(2).decode() or \
                _sha256(trig) != found.group(1).decode():
            return None
    except OSError:
        return None
    return ttl

