"""Per-article extractions -> one set of entities and facts across the corpus.

An entity is identified by its class group and a case-, dash- and space-insensitive
form of its canonical name, so "Qwen-3", "Qwen3" and "Qwen 3" are one node while the
company DeepSeek and the model DeepSeek stay two. Versioned models keep a link to
their family instead of being merged into it.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .models import (
    ENTITY_TYPES,
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
    return f"{group}:{normal(key)}"


def resolve(extractions: Iterable[Extraction]) -> KnowledgeGraph:
    """Merge entities and facts of every article; keep every source of every fact."""
    extractions = list(extractions)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, set[str]] = defaultdict(set)
    families: dict[str, str] = {}
    catalogued: dict[str, str] = {}
    mentioned: dict[str, set[str]] = defaultdict(set)

    full_names: dict[str, Counter[str]] = defaultdict(Counter)

    def see(m: Mention, article: str) -> str:
        ident = entity_id(m.type, m.key)
        names[ident][m.key] += 1
        if m.source == "legal-form":
            full_names[ident][m.text] += 1
        types[ident][m.type] += 1
        if m.source != "coref":
            surfaces[ident].add(m.text)
        if m.source in ("catalogue", "version"):
            catalogued[ident] = m.key
        if m.family:
            families[ident] = entity_id(m.type, m.family)
        mentioned[article].add(ident)
        return ident

    facts: dict[tuple, list[Source]] = defaultdict(list)
    purposes: dict[tuple, Counter[str]] = defaultdict(Counter)
    metrics: dict[tuple, list[Source]] = defaultdict(list)
    for ex in extractions:
        sha = ex.article.sha
        for m in ex.mentions:
            if m.type in ENTITY_TYPES:
                see(m, sha)
        for r in ex.relations:
            s = see(r.subject, sha)
            o = see(r.object, sha) if r.object else None
            # one investment per investor, sum and investee; its purpose may be worded
            # differently in different sentences, so it is not part of its identity
            key = (r.predicate, s, o, r.amount, r.currency)
            facts[key].append(Source(r.evidence, r.hedged))
            if r.purpose and not o:
                purposes[key][r.purpose] += 1
        for mt in ex.metrics:
            s = see(mt.subject, sha)
            metrics[(s, mt.kind, mt.value)].append(Source(mt.evidence))

    entities = []
    for ident, counter in names.items():
        if ident not in types:
            continue
        # a company known only from the text is named as written in full ("Lumenfeld GmbH");
        # the short form ("Lumenfeld") becomes an alias
        name = catalogued.get(ident) or _best_name(full_names.get(ident) or counter)
        surfaces[ident].update(counter)
        type_ = types[ident].most_common(1)[0][0]
        aliases = tuple(sorted(a for a in surfaces[ident] if a != name))
        family = families.get(ident)
        entities.append(Entity(ident, name, type_, aliases, family if family in names else None))
    entities.sort(key=lambda e: e.key)

    fact_list = []
    for key, sources in facts.items():
        predicate, s, o, amount, currency = key
        purpose = _best_name(purposes[key]) if purposes.get(key) else None
        ordered = tuple(sorted(sources, key=lambda x: (x.evidence.article, x.evidence.start)))
        fact_list.append(Fact(predicate, s, o, ordered, amount, currency, purpose,
                              hedged=all(x.hedged for x in ordered)))
    fact_list.sort(key=lambda f: (f.predicate, f.subject, f.object or "", f.amount or "",
                                  f.currency or "", f.purpose or ""))
    metric_list = [ResolvedMetric(s, kind, value, tuple(sorted(
        src, key=lambda x: (x.evidence.article, x.evidence.start))))
        for (s, kind, value), src in sorted(metrics.items())]
    articles = tuple(sorted((ex.article for ex in extractions), key=lambda a: a.path))
    return KnowledgeGraph(articles, tuple(entities), tuple(fact_list), tuple(metric_list),
                          {sha: tuple(sorted(ids)) for sha, ids in mentioned.items()})


def _best_name(counter: Counter[str]) -> str:
    """Most frequent spelling; ties go to the longer, then alphabetically first."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
