"""The catalogue of known companies, models, products and people (ontologies/catalogue/*.tsv).

Names are matched case-sensitively as written by journalists; the loader only builds
lookup tables, the matching itself is in mentions.py.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .errors import CatalogueError
from .resources import data_dir, read_table


@dataclass(frozen=True)
class Known:
    """One catalogue row."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    developer: str | None = None
    """For models and products: the canonical name of the organisation that makes it."""
    family: str | None = None
    organization: str | None = None
    """For people: the organisation they are known for."""
    role: str | None = None
    country: str | None = None
    """For organisations: ISO 3166-1 alpha-2 country, as organizations.tsv gives it."""
    category: str | None = None
    """For organisations: the kind of business ("chipmaker", "automotive", "startup")."""


@dataclass(frozen=True, eq=False)
class Catalogue:
    """Compared and hashed by identity: loaded once, used as a cache key for compiled matchers."""

    entries: dict[str, Known]
    """``Class:Name`` -> row."""
    surfaces: dict[str, tuple[Known, ...]] = field(default_factory=dict)
    """Every name and alias -> the rows it may denote (an organisation first)."""

    def lookup(self, surface: str) -> Known | None:
        rows = self.surfaces.get(surface)
        return rows[0] if rows else None

    def developers(self) -> dict[str, str]:
        """Model or product name -> the organisation that makes it (computed once)."""
        return _developers(self)

    def investors(self) -> frozenset[str]:
        """Names of the organisations whose business is investing (category ``investor``)."""
        return _investors(self)

    def families(self) -> list[Known]:
        return [k for k in self.entries.values() if k.type == "AIModel"]


_TYPE_ORDER = {"Organization": 0, "AIModel": 1, "Product": 2, "Person": 3}


def _inflected(name: str) -> tuple[str, ...]:
    """German adjective endings of multi-word names: 'Deutsche Bank' -> 'Deutschen Bank';
    and German compounds of group names: 'Schwarz Gruppe' -> 'Schwarz-Gruppe'."""
    first, _, rest = name.partition(" ")
    forms: tuple[str, ...] = ()
    if rest and first.endswith("e") and first[:1].isupper() and len(first) > 4:
        forms = (f"{first}n {rest}", f"{first}r {rest}")
    if rest and name.endswith((" Gruppe", " Group", " Konzern")):
        forms += (name[::-1].replace(" ", "-", 1)[::-1],)
    return forms


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


@cache
def load_catalogue(folder: str | None = None) -> Catalogue:
    """Read organizations.tsv, models.tsv and people.tsv (any may be missing)."""
    base = Path(folder) if folder else data_dir("ontologies") / "catalogue"
    entries: dict[str, Known] = {}

    def add(known: Known) -> None:
        if not known.name:
            return
        # keyed by name and class: the company DeepSeek and the model DeepSeek are two rows
        entries.setdefault(f"{known.type}:{known.name}", known)

    if (base / "organizations.tsv").exists():
        for row in read_table(base / "organizations.tsv"):
            add(Known(row["name"], "Organization", _split(row.get("aliases", "")),
                      country=row.get("country") or None, category=row.get("category") or None))
    if (base / "models.tsv").exists():
        for row in read_table(base / "models.tsv"):
            kind = row.get("type") or "AIModel"
            if kind not in ("AIModel", "Product"):
                raise CatalogueError(f"{base / 'models.tsv'}: {row['name']}: type must be "
                                     f"AIModel or Product, not {kind!r}")
            add(Known(row["name"], kind, _split(row.get("aliases", "")),
                      developer=row.get("developer") or None, family=row.get("family") or None))
    if (base / "people.tsv").exists():
        for row in read_table(base / "people.tsv"):
            add(Known(row["name"], "Person", _split(row.get("aliases", "")),
                      organization=row.get("organization") or None, role=row.get("role") or None))
    surfaces: dict[str, list[Known]] = defaultdict(list)
    for known in entries.values():
        for surface in (known.name, *known.aliases):
            for form in (surface, *_inflected(surface)):
                if known not in surfaces[form]:
                    surfaces[form].append(known)
    ordered = {s: tuple(sorted(rows, key=lambda k: _TYPE_ORDER[k.type]))
               for s, rows in surfaces.items()}
    return Catalogue(entries=entries, surfaces=ordered)


@cache
def _developers(catalogue: Catalogue) -> dict[str, str]:
    return {k.name: k.developer for k in catalogue.entries.values()
            if k.type in ("AIModel", "Product") and k.developer}


@cache
def _investors(catalogue: Catalogue) -> frozenset[str]:
    return frozenset(k.name for k in catalogue.entries.values()
                     if k.type == "Organization" and k.category == "investor")
