"""KnowledgeGraph -> rdflib Dataset: entities, facts, evidence, one named graph per article.

Layout (the public contract, documented in README and ontologies/kgraph.ttl):

- the entity graph ``https://kgraph.dev/graph/entities``: entities (type, label,
  altLabels, family), articles (path, title, date, language), investment and metric nodes;
- one named graph per article, named by the article's IRI: the facts it states as
  plain triples (``:Airbnb kg:uses :Qwen``) and a ``kg:Statement`` per fact with the
  evidence sentence, offsets, rule and confidence.

A fact stated by several articles is one triple in the union and has one statement
node per source sentence. Hedged or denied facts get a statement (``kg:hedged true``) and no
plain triple. Every IRI is derived from content, so builds are reproducible.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache

import rdflib.namespace
from rdflib import Dataset, Graph, Literal, Namespace, URIRef

from .models import Entity, Fact, KnowledgeGraph, ResolvedMetric, Source


class Terms(Namespace):
    """An rdflib Namespace that makes each of its terms once.

    rdflib makes, and checks, a new URIRef on every ``ns.term`` (0.4-4 µs), and every
    article's RDF asks for thousands (``_statement``: eleven per fact): a tenth of
    article_piece's calls went there."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term  # found by plain attribute lookup from now on
        return term


BASE = "https://kgraph.dev/"
KG = Terms(BASE + "ns#")
ID = Namespace(BASE + "id/")
SCHEMA = Terms("https://schema.org/")
RDF, RDFS, XSD = (Terms(str(ns)) for ns in (rdflib.namespace.RDF, rdflib.namespace.RDFS,
                                            rdflib.namespace.XSD))
DCTERMS, PROV, SKOS = (Terms(str(ns)) for ns in (rdflib.namespace.DCTERMS,
                                                 rdflib.namespace.PROV, rdflib.namespace.SKOS))
ENTITY_GRAPH = URIRef(BASE + "graph/entities")

Triple = tuple[URIRef, URIRef, URIRef | Literal]

PREFIXES = {"kg": KG, "id": ID, "schema": SCHEMA, "skos": SKOS, "prov": PROV,
            "dcterms": DCTERMS, "xsd": XSD, "rdfs": RDFS}


def _slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:60]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def entity_iri(entity: Entity | str, name: str | None = None) -> URIRef:
    """IRI from the identity key: readable slug, plus a hash whenever the slug loses information.

    ``organization:alibaba`` -> ``id/organization/alibaba``. Names with umlauts, quotes,
    emoji or ``<>`` get ``-<hash>`` so no two entities can collide and every IRI is valid.
    """
    key = entity.key if isinstance(entity, Entity) else entity
    group, _, ident = key.partition(":")
    slug = _slug(ident)
    if not slug or slug != ident:
        slug = f"{slug}-{_digest(key)[:8]}" if slug else _digest(key)[:12]
    return ID[f"{group}/{slug}"]


def article_iri(sha: str) -> URIRef:
    return ID[f"article/{sha[:16]}"]


def clean_text(text: str) -> str:
    """Text as a literal holds it: without what RDF 1.1 literals cannot hold portably (lone
    surrogates); the rest kept."""
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


def decimal_text(value: str) -> str:
    """xsd:decimal in one lexical form (``380000000000.0``, ``0.85``) in every output format.

    Turtle's bare decimals need a point, N-Quads keeps the string: without one form,
    graph.ttl and graph.nq would hold different literals for the same amount.
    """
    text = format(Decimal(value).normalize(), "f")
    return text if "." in text else text + ".0"


def _literal(text: str) -> Literal:
    return Literal(clean_text(text))


@lru_cache(maxsize=4096)
def _decimal(value: str) -> Literal:
    return Literal(decimal_text(value), datatype=XSD.decimal)


@lru_cache(maxsize=4096)
def _value(value: str | bool) -> Literal:
    """A literal of a value statements repeat (a rule's name, hedged or not), made once:
    rdflib's Literal() costs 20-40 µs, a tenth of article_piece."""
    return Literal(value)


def to_dataset(kg: KnowledgeGraph, into: Dataset | None = None) -> Dataset:
    """The whole graph as an rdflib Dataset (entity graph + one graph per article).

    into: a Dataset to fill instead of a new one; rdfwrite passes a plain triple
    collector (``graph(name).add(triple)``), ~40x cheaper than rdflib's indexed store."""
    ds = Dataset() if into is None else into
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    default = ds.graph(ENTITY_GRAPH)
    iris = {e.key: entity_iri(e) for e in kg.entities}
    for make, args in entity_nodes(kg, iris):
        for triple in make(*args):
            default.add(triple)
    graphs: dict[str, Graph] = {}
    for a in kg.articles:
        node = article_iri(a.sha)
        default.add((node, RDF.type, KG.Article))
        default.add((node, KG.path, _literal(a.path)))
        default.add((node, KG.sha256, Literal(a.sha)))
        default.add((node, DCTERMS.language, _value(a.lang)))
        if a.title:
            default.add((node, DCTERMS.title, _literal(a.title)))
        if a.date:
            default.add((node, DCTERMS.date, Literal(a.date, datatype=XSD.date)))
        g = ds.graph(node)
        graphs[a.sha] = g
        for ident in kg.mentions_by_article.get(a.sha, ()):
            if ident in iris:
                g.add((node, SCHEMA.mentions, iris[ident]))
    for fact in kg.facts:
        _add_fact(graphs, iris, fact)
    for metric in kg.metrics:
        if metric.subject not in iris:
            continue
        node = _metric_iri(metric)
        for src in _one_per_sentence(metric.sources):
            g = graphs.get(src.evidence.article)
            if g is None:
                continue
            g.add((iris[metric.subject], KG.hasMetric, node))
            _statement(g, src, iris[metric.subject], KG.hasMetric, node)
    return ds


def entity_nodes(kg: KnowledgeGraph, iris: dict[str, URIRef] | None = None
                 ) -> Iterator[tuple[Callable[..., list[Triple]], tuple[object, ...]]]:
    """The nodes of the entity graph but the articles' own (entities, investments, metrics),
    each as (function, arguments): its triples are ``function(*arguments)``.

    The arguments are plain values (strings, a tuple of aliases), the first is the node's
    IRI, and the function reads nothing else, so equal arguments give equal triples:
    rdfwrite keeps what it rendered between builds by the arguments (EntityBlocks).
    iris: entity key -> IRI, if made already."""
    if iris is None:
        iris = {e.key: entity_iri(e) for e in kg.entities}
    for e in kg.entities:
        family = iris.get(e.family) if e.family else None
        yield _entity_node, (str(iris[e.key]), e.type, e.name, e.aliases,
                             str(family) if family is not None else None)
    for fact in kg.facts:
        if fact.predicate != "invests" or fact.subject not in iris \
                or (fact.object and fact.object not in iris):
            continue
        investee = str(iris[fact.object]) if fact.object else None
        yield _investment_node, (str(_investment_iri(fact, investee)), fact.amount,
                                 fact.currency, investee, fact.purpose or None)
    for metric in kg.metrics:
        if metric.subject in iris:
            yield _metric_node, (str(_metric_iri(metric)), metric.kind, metric.value)


def _entity_node(iri: str, type_: str, name: str, aliases: tuple[str, ...],
                 family: str | None) -> list[Triple]:
    node = URIRef(iri)
    triples: list[Triple] = [(node, RDF.type, KG[type_]), (node, RDFS.label, _literal(name))]
    triples += [(node, SKOS.altLabel, _literal(alias)) for alias in aliases]
    if family is not None:
        triples.append((node, KG.family, URIRef(family)))
    return triples


def _investment_node(iri: str, amount: str, currency: str, investee: str | None,
                     purpose: str | None) -> list[Triple]:
    node = URIRef(iri)
    triples: list[Triple] = [(node, RDF.type, KG.Investment), (node, KG.amount, _decimal(amount)),
                             (node, KG.currency, Literal(currency))]
    if investee is not None:
        triples.append((node, KG.investee, URIRef(investee)))
    if purpose:
        triples.append((node, KG.purpose, _literal(purpose)))
    return triples


def _metric_node(iri: str, kind: str, value: str) -> list[Triple]:
    node = URIRef(iri)
    return [(node, RDF.type, KG.Metric), (node, KG.metricKind, KG[kind]),
            (node, KG.value, _decimal(value))]


def _investment_iri(fact: Fact, investee: URIRef | str | None) -> URIRef:
    """From what makes an investment one (resolve: investor, sum, currency, investee), not
    its purpose: that is worded differently in different articles, and an article's graph
    must name the node the whole graph has, whatever the others say."""
    return ID[f"investment/{_digest(fact.subject, fact.amount, fact.currency, investee or '')}"]


def _metric_iri(metric: ResolvedMetric) -> URIRef:
    return ID[f"metric/{_digest(metric.subject, metric.kind, metric.value)}"]


def _add_fact(graphs: dict[str, Graph], iris: dict[str, URIRef], fact: Fact) -> None:
    """The fact's statements in the graphs of the articles that state it (its investment
    node, if any, is one of entity_nodes)."""
    subject = iris.get(fact.subject)
    obj = iris.get(fact.object) if fact.object else None
    if subject is None or (fact.object and obj is None):
        return
    predicate = KG[fact.predicate]
    if fact.predicate == "invests":
        obj = _investment_iri(fact, obj)
    for src in _one_per_sentence(fact.sources):
        g = graphs.get(src.evidence.article)
        if g is None:
            continue
        if not src.hedged:
            # partnersWith is symmetric (owl:SymmetricProperty); stored as the text states it
            g.add((subject, predicate, obj))
        _statement(g, src, subject, predicate, obj)


def _one_per_sentence(sources: tuple[Source, ...]) -> list[Source]:
    """One source per article sentence (its statement IRI): a plain statement beats a hedge,
    then the more confident rule. Two mentions that resolved to one entity can otherwise
    give one statement node two rules."""
    if len(sources) == 1:
        return list(sources)
    best: dict[tuple[str, int], Source] = {}
    for src in sources:
        where = (src.evidence.article, src.evidence.start)
        rank = (src.hedged, -src.evidence.confidence, src.evidence.rule)
        kept = best.get(where)
        if kept is None or rank < (kept.hedged, -kept.evidence.confidence, kept.evidence.rule):
            best[where] = src
    return [best[k] for k in sorted(best)]


def _statement(g: Graph, src: Source, s: URIRef, p: URIRef, o: URIRef) -> None:
    ev = src.evidence
    node = ID[f"statement/{_digest(ev.article, s, p, o, ev.start)}"]
    g.add((node, RDF.type, KG.Statement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, KG.sentence, _literal(ev.sentence)))
    g.add((node, KG.startChar, Literal(ev.start)))
    g.add((node, KG.endChar, Literal(ev.end)))
    g.add((node, KG.rule, _value(ev.rule)))
    g.add((node, KG.confidence, _decimal(str(ev.confidence))))
    g.add((node, KG.hedged, _value(src.hedged)))
    g.add((node, PROV.wasDerivedFrom, article_iri(ev.article)))
