"""Per-article extractions -> one set of entities and facts across the corpus.

An entity is identified by its class group and a case-, dash- and space-insensitive
form of its canonical name, so "Qwen-3", "Qwen3" and "Qwen 3" are one node while the
company DeepSeek and the model DeepSeek stay two. Versioned models keep a link to
their family instead of being merged into it.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import replace
from functools import lru_cache

from .models import (
    ENTITY_TYPES,
    Article,
    Entity,
    Extraction,
    Fact,
    KnowledgeGraph,
    Mention,
    ResolvedMetric,
    Source,
)


@lru_cache(maxsize=1 << 16)
def normal(name: str) -> str:
    """The identity form of a name: NFKC, casefolded, only letters and digits.

    Cached: a large build asks for the same few thousand names millions of times."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\W_]+", "", text) or text.strip() or "_"


def entity_id(type_: str, key: str) -> str:
    """Stable identity of an entity: organisations and people apart from models and products."""
    group = "thing" if type_ in ("AIModel", "Product") else type_.lower()
    # "+" is part of a model's name ("Command R+" is not "Command R"); normal() drops it
    # interned: one string object per entity, which a build state pickles once
    return sys.intern(f"{group}:{normal(key.replace('+', ' plus '))}")


def resolve(extractions: Iterable[Extraction]) -> KnowledgeGraph:
    """Merge entities and facts of every article; keep every source of every fact."""
    merged = Merged()
    for ex in extractions:
        merged.add(ex)
    return merged.graph()


Counts = dict[str, int]
"""Value -> how often seen. Plain dicts, not Counters: unpickling a Counter runs Python
code (0.8 s for the 27,000 of a 10,000-article build state), a dict does not."""


def count(table: dict, ident: Hashable, value: Hashable, step: int) -> None:
    """Add step to table[ident][value]; counts that reach 0 and empty tables are removed,
    so taking out what was put in leaves the table as if it never had been."""
    counts = table.get(ident)
    if counts is None:
        counts = table[ident] = {}
    n = counts.get(value, 0) + step
    if n > 0:
        counts[value] = n
    else:
        counts.pop(value, None)
        if not counts:
            del table[ident]


class Merged:
    """What every article added so far says, kept as counts so an article can be taken out
    again: a rebuild removes the articles that changed or went away and adds the new ones
    instead of merging the whole corpus again (see state.py). Every choice made from it
    (names, types, families) depends on the counts only, never on the order of articles,
    so adding and removing gives exactly what merging the remaining articles afresh gives.
    """

    def __init__(self) -> None:
        self.names: dict[str, Counts] = {}
        self.full_names: dict[str, Counts] = {}
        self.types: dict[str, Counts] = {}
        self.surfaces: dict[str, Counts] = {}
        self.catalogued: dict[str, Counts] = {}
        self.families: dict[str, Counts] = {}
        self.mentioned: dict[str, tuple[str, ...]] = {}
        self.facts: dict[tuple, dict[str, list[Source]]] = {}
        self.purposes: dict[tuple, Counts] = {}
        self.metrics: dict[tuple, dict[str, list[Source]]] = {}
        self.articles: dict[str, Article] = {}
        self._forget_built()

    def _forget_built(self) -> None:
        self._entities: dict[str, Entity] = {}
        """What graph() made of each identity and fact the last time, and which of them
        the articles put in or taken out since touched: a rebuild in the same process
        (kgraph watch) makes only those again, not the 100,000s of a large corpus. Not
        part of a saved state (__getstate__): pickled, they cost as much as they save."""
        self._facts: dict[tuple, Fact] = {}
        self._touched: set[str] = set()
        self._touched_facts: set[tuple] = set()

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items()
                if k not in ("_entities", "_facts", "_touched", "_touched_facts")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._forget_built()

    def add(self, ex: Extraction) -> None:
        self._apply(ex, 1)

    def remove(self, ex: Extraction) -> None:
        """Take out an article added before (the same extraction)."""
        self._apply(ex, -1)

    def _apply(self, ex: Extraction, step: int) -> None:
        sha = ex.article.sha
        mentioned: set[str] = set()

        def see(m: Mention) -> str:
            ident = entity_id(m.type, m.key)
            count(self.names, ident, m.key, step)
            if m.source == "legal-form":  # "The Brenning Group": named without "The", an alias
                count(self.full_names, ident, m.text[4:] if m.text.startswith("The ") else m.text,
                      step)
            count(self.types, ident, m.type, step)
            if m.source != "coref":
                count(self.surfaces, ident, m.text, step)
            if m.source == "courtesy" and " " in m.text:  # "Mr. Ward" is also "Ward"
                count(self.surfaces, ident, m.text.split(None, 1)[1], step)
            if m.source in ("catalogue", "version"):
                count(self.catalogued, ident, m.key, step)
            if m.family:
                count(self.families, ident, entity_id(m.type, m.family), step)
            mentioned.add(ident)
            self._touched.add(ident)
            return ident

        facts: dict[tuple, list[Source]] = defaultdict(list)
        purposes: dict[tuple, Counter[str]] = defaultdict(Counter)
        metrics: dict[tuple, list[Source]] = defaultdict(list)
        for m in ex.mentions:
            if m.type in ENTITY_TYPES:
                see(m)
        for r in ex.relations:
            s = see(r.subject)
            o = see(r.object) if r.object else None
            # one investment per investor, sum and investee; its purpose may be worded
            # differently in different sentences, so it is not part of its identity
            key = (r.predicate, s, o, r.amount, r.currency)
            facts[key].append(Source(r.evidence, r.hedged))
            if r.purpose and not o:
                purposes[key][r.purpose] += 1
        for mt in ex.metrics:
            metrics[(see(mt.subject), mt.kind, mt.value)].append(Source(mt.evidence))
        self._touched_facts.update(facts)
        for table, mine in ((self.facts, facts), (self.metrics, metrics)):
            for key, sources in mine.items():
                if step > 0:
                    table.setdefault(key, {})[sha] = sources
                elif key in table:
                    table[key].pop(sha, None)
                    if not table[key]:
                        del table[key]
        for key, counter in purposes.items():
            for purpose, n in counter.items():
                count(self.purposes, key, purpose, n * step)  # type: ignore[arg-type]
        if step > 0:
            if mentioned:
                self.mentioned[sha] = tuple(sorted(mentioned))
            self.articles[sha] = replace(ex.article, text="")  # outputs never need the text
        else:
            self.mentioned.pop(sha, None)
            self.articles.pop(sha, None)

    def graph(self) -> KnowledgeGraph:
        """The merged graph: one entity per identity, one fact with all its sources. Only
        the entities and facts the articles put in or taken out since the last call
        touched are made again (and every model with a family: whether its family is
        still a node depends on other articles)."""
        if self._entities:
            idents: Iterable[str] = self._touched | self.families.keys()
        else:
            idents = self.names
        for ident in idents:
            entity = self._entity(ident)
            if entity is None:
                self._entities.pop(ident, None)
            else:
                self._entities[ident] = entity
        for key in (self._touched_facts if self._facts else self.facts):
            by_article = self.facts.get(key)
            if by_article is None:
                self._facts.pop(key, None)
            else:
                self._facts[key] = self._fact(key, by_article)
        self._touched.clear()
        self._touched_facts.clear()
        entities = sorted(self._entities.values(), key=lambda e: e.key)
        fact_list = sorted(self._facts.values(), key=lambda f: (
            f.predicate, f.subject, f.object or "", f.amount or "", f.currency or "",
            f.purpose or ""))
        metric_list = [ResolvedMetric(s, kind, value, tuple(sorted(
            (x for sources in by_article.values() for x in sources), key=_source_order)))
            for (s, kind, value), by_article in sorted(self.metrics.items())]
        articles = tuple(sorted(self.articles.values(), key=lambda a: a.path))
        return KnowledgeGraph(articles, tuple(entities), tuple(fact_list), tuple(metric_list),
                              dict(self.mentioned))

    def _entity(self, ident: str) -> Entity | None:
        """The entity of an identity as the counts say now (None: no article names it)."""
        counter = self.names.get(ident)
        if counter is None:
            return None
        # a company known only from the text is named as written in full
        # ("Lumenfeld GmbH"); the short form ("Lumenfeld") becomes an alias
        known = self.catalogued.get(ident)
        name = (_best_name(known) if known
                else _best_name(self.full_names.get(ident) or counter))
        surfaces = set(self.surfaces.get(ident, ())) | set(counter)
        type_ = _most_common(self.types[ident])
        aliases = tuple(sorted(a for a in surfaces if a != name))
        family = self.families.get(ident)
        family_id = _best_name(family) if family else None
        if family_id == ident:  # a model is never its own family
            family_id = None
        return Entity(ident, name, type_, aliases,
                      family_id if family_id in self.names else None)

    def _fact(self, key: tuple, by_article: dict[str, list[Source]]) -> Fact:
        predicate, s, o, amount, currency = key
        purposes = self.purposes.get(key)
        purpose = _best_name(purposes) if purposes else None
        if len(by_article) == 1:  # most facts: one article, often one sentence
            only = next(iter(by_article.values()))
            ordered = tuple(only) if len(only) == 1 else tuple(sorted(only, key=_source_order))
        else:
            ordered = tuple(sorted((x for sources in by_article.values() for x in sources),
                                   key=_source_order))
        return Fact(predicate, s, o, ordered, amount, currency, purpose,
                    hedged=all(x.hedged for x in ordered))


def _source_order(source: Source) -> tuple:
    ev = source.evidence
    return (ev.article, ev.start, ev.end, ev.rule, source.hedged)


def _most_common(counter: Counts) -> str:
    """Most frequent value, ties to the alphabetically first (never to the order seen)."""
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _best_name(counter: Counts) -> str:
    """Most frequent spelling; ties go to the longer, then alphabetically first."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
