"""Where the data files live: the repo's ontologies/, patterns/ and queries/, or their copy
in a wheel."""
from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path

from .errors import CatalogueError

_PACKAGE_DATA = Path(__file__).parent / "_data"
_REPO_ROOT = Path(__file__).resolve().parents[2]


@cache
def data_dir(name: str) -> Path:
    """``ontologies``, ``patterns`` or ``queries``: from an installed wheel, else from the
    source tree."""
    for base in (_PACKAGE_DATA, _REPO_ROOT):
        if (base / name).is_dir():
            return base / name
    raise CatalogueError(f"data folder {name!r} not found beside the kgraph package")


def user_cache_dir() -> Path | None:
    """This user's folder for what kgraph can rebuild from its dependencies at any time
    (a copy of the language model, unpacked): ``KGRAPH_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/kgraph``, else ``~/.cache/kgraph``. ``KGRAPH_CACHE_DIR=`` (empty)
    means none: nothing is kept."""
    chosen = os.environ.get("KGRAPH_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "kgraph"


def read_table(path: Path) -> list[dict[str, str]]:
    """A TSV data file as rows of column -> value; ``#`` lines are comments."""
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#")]
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read data file ({exc.strerror})") from exc
    if not lines:
        return []
    rows = []
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip() for h in next(reader)]
    for number, cells in enumerate(reader, start=2):
        if len(cells) > len(header):
            raise CatalogueError(f"{path}: row {number} has {len(cells)} cells, "
                                 f"the header has {len(header)}")
        cells = [c.strip() for c in cells] + [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def read_words(path: Path) -> list[str]:
    """A one-entry-per-line word list; ``#`` lines are comments."""
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]
