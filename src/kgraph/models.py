"""The records passed between the stages of the pipeline.

All are frozen dataclasses built from plain values, so a stage's output can be
cached as JSON and compared in tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import cache
from typing import Any

ENTITY_TYPES = ("Organization", "AIModel", "Product", "Person")


@dataclass(frozen=True)
class Article:
    """One input document, reduced to its text and metadata."""

    path: str
    """Path as given by the user (POSIX form), used in provenance."""
    text: str
    """Plain article text; mention and evidence offsets point into it."""
    sha: str
    """SHA-256 of the raw bytes: the article's identity in the graph and cache."""
    lang: str
    """ISO 639-1 code, ``de`` or ``en``."""
    title: str | None = None
    date: str | None = None
    """ISO 8601 date (``YYYY-MM-DD``) when the article states one."""


@dataclass(frozen=True)
class Mention:
    """A span of article text that names (or refers back to) an entity."""

    start: int
    end: int
    text: str
    """Surface form without inflection (``Alibaba`` for ``Alibabas``)."""
    type: str
    """One of ENTITY_TYPES."""
    key: str
    """Canonical name the mention resolves to."""
    source: str
    """Which finder produced it: catalogue, version, legal-form, cue, person, name, coref, spacy."""
    family: str | None = None
    """For a versioned model (``Qwen-3``): the canonical name of its family (``Qwen``)."""

    maker: str | None = None
    """For a product named after its maker ("Adobe Illustrator"): the maker's canonical name."""

    def as_type(self, type_: str) -> Mention:
        """The same mention read as another type (a slot or a list typed an untyped name)."""
        return self if self.type == type_ else replace(self, type=type_)

    def described_as(self, type_: str) -> Mention:
        """The same mention typed by its context (retype.py): its source says so, and it keeps
        no maker, which only a product named after its maker has."""
        return Mention(self.start, self.end, self.text, type_, self.key, "described", self.family)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: enough for a user to check it."""

    article: str
    """sha of the article."""
    sentence: str
    start: int
    """Character offset of the sentence in the article text."""
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Relation:
    """A fact stated in one article, before entities are merged across articles."""

    predicate: str
    subject: Mention
    object: Mention | None
    evidence: Evidence
    amount: str | None = None
    """For ``invests``: decimal amount in units, as a string to keep it exact."""
    currency: str | None = None
    purpose: str | None = None
    hedged: bool = False
    """True when the text only suggests, plans conditionally or denies it."""


@dataclass(frozen=True)
class Metric:
    """A typed number about an entity: downloads, monthly active users, ..."""

    subject: Mention
    kind: str
    value: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    metrics: tuple[Metric, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        def mention(d: dict[str, Any] | None) -> Mention | None:
            return Mention(**d) if d else None

        relations = tuple(
            Relation(**{**r, "subject": mention(r["subject"]), "object": mention(r["object"]),
                        "evidence": Evidence(**r["evidence"])})
            for r in data["relations"]
        )
        metrics = tuple(
            Metric(**{**m, "subject": mention(m["subject"]), "evidence": Evidence(**m["evidence"])})
            for m in data["metrics"]
        )
        return cls(
            article=Article(**data["article"]),
            mentions=tuple(Mention(**m) for m in data["mentions"]),
            relations=relations,
            metrics=metrics,
        )


@dataclass(frozen=True)
class Entity:
    """A resolved node of the graph: one real-world thing across all articles."""

    key: str
    """Normalised identity; the IRI is derived from it."""
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    family: str | None = None
    """key of the model family this versioned model belongs to."""


@dataclass(frozen=True)
class Source:
    """One article's support for a fact."""

    evidence: Evidence
    hedged: bool = False


@dataclass(frozen=True)
class Fact:
    """A relation between resolved entities, with every article that states it."""

    predicate: str
    subject: str
    """Entity key."""
    object: str | None
    sources: tuple[Source, ...]
    amount: str | None = None
    currency: str | None = None
    purpose: str | None = None
    hedged: bool = False
    """True when every source only hedges or denies it: kept as a claim, not asserted."""


@dataclass(frozen=True)
class ResolvedMetric:
    subject: str
    kind: str
    value: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class KnowledgeGraph:
    """The resolved result of a build, ready to be written as RDF."""

    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    metrics: tuple[ResolvedMetric, ...] = ()
    mentions_by_article: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """article sha -> entity keys mentioned in it."""


def _plain(record: Any) -> dict[str, Any]:
    """dataclasses.asdict for these records, whose fields hold strings, numbers, None,
    records and tuples of them: asdict deep-copies every value, which was four fifths of
    the time a worker spent making an article's cache entry."""
    out = {}
    for name in _names(type(record)):
        value = getattr(record, name)
        if type(value) in _LEAVES:
            out[name] = value
        elif isinstance(value, tuple):
            out[name] = tuple(v if type(v) in _LEAVES else _plain(v) for v in value)
        elif is_dataclass(value):
            out[name] = _plain(value)
        else:  # a new kind of field: say so here rather than write what from_dict cannot read
            raise TypeError(f"{type(record).__name__}.{name} holds a {type(value).__name__}")
    return out


_LEAVES = frozenset({str, int, float, bool, type(None)})


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
