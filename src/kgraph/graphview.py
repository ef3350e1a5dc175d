"""Graph files -> a networkx graph of entities and facts, the model behind every picture and export.

Nodes are entities (class, label, aliases); edges are facts (relation, evidence
sentences, articles, dates, confidence). Investments become an edge from investor to
investee, or to a purpose node, labelled with the amount.

Two ways in, one graph out: ``to_networkx`` reads any graph file kgraph wrote (through
Oxigraph); ``from_graph`` takes the KnowledgeGraph a build has in memory, which saves
a build loading its own TriG again (tests hold the two to the same graph).
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox

from .models import KnowledgeGraph
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


def _add_entity(g: nx.MultiDiGraph, e: str, label: str, type_: str, aliases: list[str],
                family: str | None) -> None:
    g.add_node(e, label=label, type=type_, aliases=sorted(aliases), family=family)


def _add_source(g: nx.MultiDiGraph, facts: dict[tuple, dict], s: str, relation: str, o: str,
                source: dict, hedged: bool, amount: str | None, currency: str | None,
                investee: str | None, purpose: str | None) -> None:
    """One statement of a fact: the edge it belongs to gets the source."""
    if relation not in RELATIONS:
        return
    if amount:  # one spelling whatever the parser made of the decimal ("5.0" or "5")
        amount = _amount(amount)
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
        label = _invests_label(amount, currency)
    if s not in g or o not in g:
        return
    fact = facts[(s, relation, o, amount or "")]
    fact.update(relation=relation, label=label, amount=amount, currency=currency)
    fact["hedged"] = fact["hedged"] and hedged
    fact["sources"].append(source)


@lru_cache(maxsize=4096)
def _amount(text: str) -> str:
    return format(Decimal(text).normalize(), "f")


@lru_cache(maxsize=4096)
def _invests_label(amount: str | None, currency: str | None) -> str:
    return f"invests {money_label(amount, currency)}"


def _add_edges(g: nx.MultiDiGraph, facts: dict[tuple, dict]) -> None:
    for (s, _, o, _), data in sorted(facts.items(), key=lambda kv: kv[0]):
        data["sources"].sort(key=lambda x: (x["path"], x["sentence"], x["confidence"]))
        data["confidence"] = max(x["confidence"] for x in data["sources"])
        g.add_edge(s, o, **data)


def _new_facts() -> dict[tuple, dict]:
    return defaultdict(lambda: {"sources": [], "hedged": True})


@lru_cache(maxsize=1024)
def _confidence(value: float) -> float:
    """The confidence as the files' xsd:decimal reads back (a handful of distinct values)."""
    from .rdf import decimal_text

    return float(decimal_text(str(value)))


def from_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The same graph as ``to_networkx`` of the files written from kg, made from kg itself."""
    # the RDF writer's own helpers, so every value is the literal the files hold
    from .rdf import _one_per_sentence, clean_text, decimal_text, entity_iri

    g = nx.MultiDiGraph()
    iris = {e.key: str(entity_iri(e)) for e in kg.entities}
    for e in kg.entities:
        family = iris.get(e.family) if e.family else None
        _add_entity(g, iris[e.key], clean_text(e.name), e.type,
                    [clean_text(a) for a in e.aliases], family)
    articles = {a.sha: a for a in kg.articles}
    paths = {a.sha: clean_text(a.path) for a in kg.articles}
    titles = {a.sha: clean_text(a.title) if a.title else None for a in kg.articles}
    facts = _new_facts()
    for fact in kg.facts:
        s = iris.get(fact.subject)
        o = iris.get(fact.object) if fact.object else None
        if s is None or (fact.object and o is None):
            continue
        amount = decimal_text(fact.amount) if fact.predicate == "invests" else None
        currency = fact.currency if fact.predicate == "invests" else None
        purpose = clean_text(fact.purpose) if fact.purpose and amount else None
        for src in _one_per_sentence(fact.sources):
            a = articles.get(src.evidence.article)
            if a is None:
                continue
            source = {"sentence": clean_text(src.evidence.sentence),
                      "path": paths[a.sha], "title": titles[a.sha], "date": a.date or None,
                      "confidence": _confidence(src.evidence.confidence)}
            _add_source(g, facts, s, fact.predicate, o or "", source, src.hedged, amount,
                        currency, o if amount else None, purpose)
    _add_edges(g, facts)
    return g


def _values(sol: ox.QuerySolution) -> list[str | None]:
    # unpacking a solution is several times faster than looking terms up by name
    return [None if term is None else term.value for term in sol]


def to_networkx(store: ox.Store) -> nx.MultiDiGraph:
    """Entities and asserted facts of a store as a MultiDiGraph (one edge per fact)."""
    g = nx.MultiDiGraph()
    for sol in store.query(_ENTITIES, use_default_graph_as_union=True):
        e, type_, label, aliases, family = _values(sol)
        _add_entity(g, e, label, type_, [a for a in (aliases or "").split("\x1f") if a], family)
    facts = _new_facts()
    for sol in store.query(_STATEMENTS, use_default_graph_as_union=True):
        (s, p, o, sentence, confidence, hedged, path, title, date, amount, currency, investee,
         purpose) = _values(sol)
        source = {"sentence": sentence, "path": path, "title": title, "date": date,
                  "confidence": float(confidence or 0)}
        _add_source(g, facts, s, (p or "").rsplit("#", 1)[-1], o, source, hedged == "true",
                    amount, currency, investee, purpose)
    _add_edges(g, facts)
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
