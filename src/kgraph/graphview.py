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
from operator import itemgetter

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
       ?amount ?currency ?investee ?purpose ?start ?end ?article
WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      kg:sentence ?sentence ; kg:confidence ?confidence ; kg:hedged ?hedged ;
      prov:wasDerivedFrom ?article .
  OPTIONAL { ?st kg:startChar ?start ; kg:endChar ?end }
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
    # the currency is part of the fact: $250 m and €250 m in the same target are two
    fact = facts[(s, relation, o, amount or "", currency or "")]
    fact.update(relation=relation, label=label, amount=amount, currency=currency)
    fact["hedged"] = fact["hedged"] and hedged
    fact["sources"].append(source)


@lru_cache(maxsize=4096)
def _amount(text: str) -> str:
    return format(Decimal(text).normalize(), "f")


@lru_cache(maxsize=4096)
def _invests_label(amount: str | None, currency: str | None) -> str:
    return f"invests {money_label(amount, currency)}"


def _source_order(src: dict) -> tuple:
    # a sentence an article states twice has two sources, ordered by where they stand
    return src["path"], src["sentence"], src["confidence"], src["start"] or 0


def _add_edges(g: nx.MultiDiGraph, facts: dict[tuple, dict]) -> None:
    g.add_edges_from((s, o, _finished(data))
                     for (s, _, o, *_), data in sorted(facts.items(), key=itemgetter(0)))


def _finished(data: dict) -> dict:
    """An edge's data with its sources in order and its best confidence."""
    sources = data["sources"]
    if len(sources) > 1:
        sources.sort(key=_source_order)
        data["confidence"] = max(x["confidence"] for x in sources)
    else:
        data["confidence"] = sources[0]["confidence"]
    return data


def _new_facts() -> dict[tuple, dict]:
    return defaultdict(lambda: {"sources": [], "hedged": True})


@lru_cache(maxsize=1024)
def _confidence(value: float) -> float:
    """The confidence as the files' xsd:decimal reads back (a handful of distinct values)."""
    from .rdf import decimal_text

    return float(decimal_text(str(value)))


def from_graph(kg: KnowledgeGraph, max_nodes: int | None = None) -> nx.MultiDiGraph:
    """The same graph as ``to_networkx`` of the files written from kg, made from kg itself.

    max_nodes: only ``viewer.select(g, max_nodes=max_nodes)`` of that graph, with the
    uncapped graph's size in ``g.graph["total"]`` (nodes, edges). The edges between
    dropped entities are counted but never built: at 10,000 articles that is most of the
    statements' evidence (tests hold it to selecting from the whole graph).
    """
    # the RDF writer's own helpers, so every value is the literal the files hold
    from .rdf import _one_per_sentence, article_iri, clean_text, decimal_text, entity_iri

    iris = {e.key: str(entity_iri(e)) for e in kg.entities}
    articles = {a.sha: a for a in kg.articles}
    # pass 1: which fact becomes which edge (no evidence text yet)
    nodes = dict.fromkeys(iris[e.key] for e in kg.entities)
    purposes: dict[str, str] = {}
    edges: dict[tuple, list] = defaultdict(list)
    for fact in kg.facts:
        s = iris.get(fact.subject)
        o = iris.get(fact.object) if fact.object else None
        if s is None or (fact.object and o is None) or fact.predicate not in RELATIONS:
            continue
        # one statement per article sentence (_one_per_sentence, in pass 2) keeps at
        # least one source of every article: this is whether any survives
        if fact.sources[0].evidence.article not in articles \
                and not any(src.evidence.article in articles for src in fact.sources):
            continue
        invests = fact.predicate == "invests"
        amount = decimal_text(fact.amount) if invests else None
        if amount:  # one spelling whatever the parser made of the decimal ("5.0" or "5")
            amount = _amount(amount)
        currency = fact.currency if invests else None
        target = o or ""
        if invests and not (o and amount):
            # an investment with no stated target gets a node of its own investor, so
            # unrelated investors are not drawn as linked through "(unspecified)"
            purpose = clean_text(fact.purpose) if fact.purpose and amount else None
            target = "purpose:" + (purpose or f"unspecified:{s}")
            if target not in nodes:
                nodes[target] = None
                purposes[target] = purpose or "(unspecified)"
        if target not in nodes:
            continue
        edges[(s, fact.predicate, target, amount or "", currency or "")].append(
            (fact, amount, currency))
    total = (len(nodes), len(edges))
    keep: dict[str, None] | set[str] = nodes
    if max_nodes is not None and len(nodes) > max_nodes:
        degree: dict[str, int] = dict.fromkeys(nodes, 0)
        for s, _, o, *_ in edges:
            degree[s] += 1
            degree[o] += 1
        ranked = sorted(degree.items(), key=lambda nd: (-nd[1], nd[0]))
        keep = {n for n, _ in ranked[:max_nodes]}
    # pass 2: the kept entities, in the order of the whole graph, and their facts
    g = nx.MultiDiGraph()
    for e in kg.entities:
        iri = iris[e.key]
        if iri in keep:
            family = iris.get(e.family) if e.family else None
            _add_entity(g, iri, clean_text(e.name), e.type, [clean_text(a) for a in e.aliases],
                        family)
    # an article's part of every source dict, made once
    where = {a.sha: (clean_text(a.path), clean_text(a.title) if a.title else None,
                     a.date or None, str(article_iri(a.sha))) for a in kg.articles}
    facts = {}
    for key, found in edges.items():
        s, _, o, *_ = key
        if s not in keep or o not in keep:
            continue
        if o in purposes:
            g.add_node(o, label=purposes[o], type="Purpose", aliases=[])
        sources: list[dict] = []
        hedged = True
        for fact, _, _ in found:
            for src in fact.sources if len(fact.sources) == 1 \
                    else _one_per_sentence(fact.sources):
                evidence = src.evidence
                article = where.get(evidence.article)
                if article is None:
                    continue
                hedged = hedged and src.hedged
                sources.append({"sentence": clean_text(evidence.sentence), "path": article[0],
                                "title": article[1], "date": article[2],
                                "confidence": _confidence(evidence.confidence),
                                "start": evidence.start, "end": evidence.end,
                                "article": article[3]})
        # the last fact's values, as the files are read back
        fact, amount, currency = found[-1]
        facts[key] = {"sources": sources, "hedged": hedged, "relation": fact.predicate,
                      "amount": amount, "currency": currency,
                      "label": _invests_label(amount, currency) if fact.predicate == "invests"
                      else fact.predicate}
    _add_edges(g, facts)
    if keep is not nodes:
        g.graph["focus"] = []  # as viewer.select leaves it
    if max_nodes is not None:
        g.graph["total"] = total
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
         purpose, start, end, article) = _values(sol)
        source = {"sentence": sentence, "path": path, "title": title, "date": date,
                  "confidence": float(confidence or 0),
                  "start": None if start is None else int(start),
                  "end": None if end is None else int(end), "article": article}
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
