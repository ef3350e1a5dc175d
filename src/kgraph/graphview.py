"""Graph files -> a networkx graph of entities and facts, the model behind every picture and export.

Nodes are entities (class, label, aliases); edges are facts (relation, evidence
sentences, articles, dates, confidence). Investments become an edge from investor to
investee, or to a purpose node, labelled with the amount.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import networkx as nx
import pyoxigraph as ox

from .query import PREFIXES

RELATIONS = ("uses", "developedBy", "surpasses", "invests", "investsIn", "ceoOf", "acquires",
             "partnersWith")

_ENTITIES = PREFIXES + """
SELECT ?e ?type ?label (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001f") AS ?aliases) ?family
WHERE {
  ?e a ?t ; rdfs:label ?label .
  VALUES ?t { kg:Organization kg:AIModel kg:Product kg:Person }
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  OPTIONAL { ?e skos:altLabel ?alias }
  OPTIONAL { ?e kg:family ?family }
} GROUP BY ?e ?type ?label ?family
"""

_STATEMENTS = PREFIXES + """
SELECT ?s ?p ?o ?sentence ?confidence ?hedged ?path ?title ?date
       ?amount ?currency ?investee ?purpose
WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      kg:sentence ?sentence ; kg:confidence ?confidence ; kg:hedged ?hedged ;
      prov:wasDerivedFrom ?article .
  ?article kg:path ?path .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
  OPTIONAL { ?o kg:amount ?amount ; kg:currency ?currency .
             OPTIONAL { ?o kg:investee ?investee } OPTIONAL { ?o kg:purpose ?purpose } }
}
"""


def _values(sol: ox.QuerySolution) -> list[str | None]:
    # unpacking a solution is several times faster than looking terms up by name
    return [None if term is None else term.value for term in sol]


def to_networkx(store: ox.Store) -> nx.MultiDiGraph:
    """Entities and asserted facts of a store as a MultiDiGraph (one edge per fact)."""
    g = nx.MultiDiGraph()
    for sol in store.query(_ENTITIES, use_default_graph_as_union=True):
        e, type_, label, aliases, family = _values(sol)
        g.add_node(e, label=label, type=type_,
                   aliases=sorted(a for a in (aliases or "").split("\x1f") if a), family=family)
    facts: dict[tuple, dict] = defaultdict(lambda: {"sources": [], "hedged": True})
    for sol in store.query(_STATEMENTS, use_default_graph_as_union=True):
        (s, p, o, sentence, confidence, hedged, path, title, date, amount, currency, investee,
         purpose) = _values(sol)
        relation = (p or "").rsplit("#", 1)[-1]
        if relation not in RELATIONS:
            continue
        label = relation
        if relation == "invests":
            if investee:
                o = investee
            else:
                # an investment with no stated target gets a node of its own investor, so
                # unrelated investors are not drawn as linked through "(unspecified)"
                o = "purpose:" + (purpose or f"unspecified:{s}")
                if o not in g:
                    g.add_node(o, label=purpose or "(unspecified)", type="Purpose", aliases=[])
            label = f"invests {money_label(amount, currency)}"
        if s not in g or o not in g:
            continue
        fact = facts[(s, relation, o, amount)]
        fact.update(relation=relation, label=label, amount=amount, currency=currency)
        fact["hedged"] = fact["hedged"] and hedged == "true"
        fact["sources"].append({"sentence": sentence, "path": path, "title": title, "date": date,
                                "confidence": float(confidence or 0)})
    for (s, _, o, _), data in sorted(facts.items(), key=lambda kv: kv[0][:3]):
        data["sources"].sort(key=lambda x: (x["path"], x["sentence"]))
        data["confidence"] = max(x["confidence"] for x in data["sources"])
        g.add_edge(s, o, **data)
    return g


def money_label(amount: str | None, currency: str | None) -> str:
    """'53000000000', 'USD' -> '$53 bn'; readable amounts for edge labels."""
    if not amount:
        return ""
    value = Decimal(amount)
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(currency or "", "")
    scales = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"))
    factor, word = next(((f, w) for f, w in scales if value >= f), (None, ""))
    if factor is not None:
        number = f"{value / factor:.1f}".rstrip("0").rstrip(".")
    else:
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
    text = f"{symbol}{number} {word}".strip() if symbol else f"{number} {word} {currency}".strip()
    return text.replace("  ", " ")
