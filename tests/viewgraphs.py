"""Hand-built entity graphs in the shape graphview.to_networkx returns, for view/export/stats tests.

Built directly, not by extraction, so these tests do not move when extraction improves.
"""
from __future__ import annotations

import networkx as nx

from kgraph.graphview import money_label

ID = "https://kgraph.dev/id/"


def entity(g: nx.MultiDiGraph, label: str, type_: str = "Organization",
           aliases: tuple[str, ...] = (), family: str | None = None) -> str:
    iri = ID + type_.lower() + "/" + "".join(c for c in label.lower() if c.isalnum())
    g.add_node(iri, label=label, type=type_, aliases=sorted(aliases), family=family)
    return iri


def fact(g: nx.MultiDiGraph, s: str, relation: str, o: str, *,
         sources: tuple[tuple[str, str], ...] = (("news/a.txt", "A sentence."),),
         hedged: bool = False, confidence: float = 0.8, amount: str | None = None,
         currency: str | None = None, title: str | None = "A title",
         date: str | None = "2026-01-02") -> None:
    label = f"invests {money_label(amount, currency)}" if relation == "invests" else relation
    g.add_edge(s, o, relation=relation, label=label, amount=amount, currency=currency,
               hedged=hedged, confidence=confidence,
               sources=[{"sentence": sentence, "path": path, "title": title, "date": date,
                         "confidence": confidence} for path, sentence in sources])


def small_graph() -> nx.MultiDiGraph:
    """Alibaba's neighbourhood and Meta's: 7 entities, an investment purpose, 6 facts (1 hedged)
    and one entity in no fact."""
    g = nx.MultiDiGraph()
    alibaba = entity(g, "Alibaba", aliases=("Alibaba Group",))
    qwen = entity(g, "Qwen", "AIModel")
    airbnb = entity(g, "Airbnb")
    chesky = entity(g, "Brian Chesky", "Person")
    meta = entity(g, "Meta")
    llama = entity(g, "Llama", "AIModel")
    entity(g, "Lonely Corp")
    fact(g, qwen, "developedBy", alibaba, sources=(("a.txt", "Alibaba built Qwen."),
                                                   ("b.txt", "Qwen is Alibaba's model.")))
    fact(g, airbnb, "uses", qwen, sources=(("a.txt", "Airbnb uses Qwen."),))
    fact(g, chesky, "ceoOf", airbnb, confidence=0.9)
    purpose = "purpose:cloud and AI infrastructure"
    g.add_node(purpose, label="cloud and AI infrastructure", type="Purpose", aliases=[])
    fact(g, alibaba, "invests", purpose, amount="53000000000", currency="USD")
    fact(g, llama, "developedBy", meta, confidence=0.65)
    fact(g, meta, "uses", qwen, hedged=True)
    return g
