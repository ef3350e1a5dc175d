"""What is in a graph: counts, the most central companies and models, clusters, top articles.

Centrality is networkx's PageRank over the asserted facts taken as undirected links
between distinct entities (hedged claims left out): an entity ranks high when it is
linked to many entities that are themselves well linked, which suits "who matters in
this news" better than a raw count. The count of distinct neighbours is shown beside it.

Not named stats.py: importing a submodule kgraph.stats would rebind the package's
``kgraph.stats`` from the function (api.stats) to the module, so a notebook's second
``kgraph.stats(...)`` raised "'module' object is not callable".
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass

import networkx as nx

from .graphview import RELATIONS


@dataclass(frozen=True)
class Ranked:
    """An entity and how central it is."""

    name: str
    type: str
    iri: str
    pagerank: float
    neighbours: int
    """Distinct entities it shares an asserted fact with."""


@dataclass(frozen=True)
class Cluster:
    """A connected group of entities (asserted facts only, direction ignored)."""

    entities: int
    facts: int
    members: tuple[str, ...]
    """Its best-connected members, at most five."""


@dataclass(frozen=True)
class ArticleFacts:
    """An article and how many distinct facts it is a source of."""

    path: str
    title: str | None
    date: str | None
    facts: int


@dataclass(frozen=True)
class Stats:
    """The summary `kgraph stats` prints."""

    entities: dict[str, int]
    """Entities by class (investment purposes are not counted as entities)."""
    facts: dict[str, int]
    """Asserted facts by relation."""
    hedged: int
    """Facts every source of which is hedged or denied (not asserted)."""
    articles: int
    """Articles that are the source of at least one fact."""
    central_companies: tuple[Ranked, ...]
    central_models: tuple[Ranked, ...]
    clusters: int
    """Connected clusters of two or more entities."""
    unconnected: int
    """Entities that take part in no asserted fact."""
    largest_clusters: tuple[Cluster, ...]
    top_articles: tuple[ArticleFacts, ...]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1) + "\n"


def compute(g: nx.MultiDiGraph, top: int = 10) -> Stats:
    """The summary of a graph from graphview.to_networkx."""
    entities = Counter(d.get("type") for _, d in g.nodes(data=True) if d.get("type") != "Purpose")
    asserted = [(s, o, d) for s, o, d in g.edges(data=True) if not d.get("hedged")]
    facts = Counter(d.get("relation") for _, _, d in asserted)
    links = nx.Graph()
    links.add_nodes_from(sorted(g.nodes, key=str))
    for s, o, _ in asserted:
        if s != o:
            if links.has_edge(s, o):
                links[s][o]["facts"] += 1
            else:
                links.add_edge(s, o, facts=1)
    rank = nx.pagerank(links) if links.number_of_edges() else {n: 0.0 for n in links}

    def ranked(kinds: set[str]) -> tuple[Ranked, ...]:
        candidates = [n for n, d in g.nodes(data=True) if d.get("type") in kinds
                      and links.degree(n) > 0]
        candidates.sort(key=lambda n: (-rank[n], -links.degree(n), str(n)))
        return tuple(Ranked(str(g.nodes[n].get("label", n)), str(g.nodes[n].get("type")), str(n),
                            round(rank[n], 5), links.degree(n)) for n in candidates[:top])

    components = [c for c in nx.connected_components(links) if len(c) > 1]
    components.sort(key=lambda c: (-len(c), min(map(str, c))))
    largest = []
    for c in components[:top]:
        sub = links.subgraph(c)
        best = sorted(c, key=lambda n: (-links.degree(n), -rank[n], str(n)))[:5]
        largest.append(Cluster(len(c), sum(d["facts"] for _, _, d in sub.edges(data=True)),
                               tuple(str(g.nodes[n].get("label", n)) for n in best)))
    per_article: Counter[str] = Counter()
    about: dict[str, tuple[str | None, str | None]] = {}
    for _, _, d in g.edges(data=True):
        for path in {src.get("path") for src in d.get("sources", []) if src.get("path")}:
            per_article[path] += 1
        for src in d.get("sources", []):
            about.setdefault(src.get("path"), (src.get("title"), src.get("date")))
    articles = sorted(per_article.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return Stats(
        entities=dict(sorted(entities.items(), key=lambda kv: (-kv[1], str(kv[0])))),
        facts={r: facts[r] for r in sorted(RELATIONS, key=lambda r: (-facts[r], r)) if facts[r]},
        hedged=sum(1 for _, _, d in g.edges(data=True) if d.get("hedged")),
        articles=len(per_article),
        central_companies=ranked({"Organization"}),
        central_models=ranked({"AIModel"}),
        clusters=len(components),
        unconnected=sum(1 for n, d in g.nodes(data=True)
                        if d.get("type") != "Purpose" and links.degree(n) == 0),
        largest_clusters=tuple(largest),
        top_articles=tuple(ArticleFacts(p, *about.get(p, (None, None)), n) for p, n in articles),
    )


def format_text(stats: Stats) -> str:
    """The summary as aligned plain text."""
    total_entities = sum(stats.entities.values())
    total_facts = sum(stats.facts.values())
    out = [f"{total_entities} entities, {total_facts} facts"
           + (f" (+{stats.hedged} hedged, not asserted)" if stats.hedged else "")
           + f" from {stats.articles} articles", ""]

    def table(title: str, rows: dict[str, int]) -> None:
        out.append(title)
        width = max((len(k) for k in rows), default=0)
        out.extend(f"  {k:<{width}}  {v:>6}" for k, v in rows.items())
        if not rows:
            out.append("  (none)")
        out.append("")

    table("Entities by class", stats.entities)
    table("Facts by relation", stats.facts)
    for title, ranked in (("Most central companies (PageRank)", stats.central_companies),
                          ("Most central AI models (PageRank)", stats.central_models)):
        out.append(title)
        width = max((len(r.name) for r in ranked), default=0)
        out.extend(f"  {i:>2}. {r.name:<{width}}  {r.pagerank:.4f}  {r.neighbours} linked"
                   for i, r in enumerate(ranked, 1))
        if not ranked:
            out.append("  (none)")
        out.append("")
    out.append(f"Clusters: {stats.clusters} connected clusters of 2+ entities; "
               f"{stats.unconnected} entities in no fact")
    for i, c in enumerate(stats.largest_clusters, 1):
        more = ", ..." if c.entities > len(c.members) else ""
        out.append(f"  {i:>2}. {c.entities} entities, {c.facts} fact{'s' * (c.facts != 1)}: "
                   + ", ".join(c.members) + more)
    out.append("")
    out.append("Articles with the most facts")
    for a in stats.top_articles:
        title = f"  {a.title}" if a.title else ""
        when = f" ({a.date})" if a.date else ""
        out.append(f"  {a.facts:>4}  {a.path}{title}{when}")
    if not stats.top_articles:
        out.append("  (none)")
    return "\n".join(out) + "\n"
