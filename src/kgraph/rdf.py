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
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .models import Entity, Fact, KnowledgeGraph, Source

BASE = "https://kgraph.dev/"
KG = Namespace(BASE + "ns#")
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
ENTITY_GRAPH = URIRef(BASE + "graph/entities")

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


def _decimal(value: str) -> Literal:
    return Literal(decimal_text(value), datatype=XSD.decimal)


def to_dataset(kg: KnowledgeGraph, into: Dataset | None = None) -> Dataset:
    """The whole graph as an rdflib Dataset (entity graph + one graph per article).

    into: a Dataset to fill instead of a new one; rdfwrite passes a plain triple
    collector (``graph(name).add(triple)``), ~40x cheaper than rdflib's indexed store."""
    ds = Dataset() if into is None else into
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    default = ds.graph(ENTITY_GRAPH)
    iris = {e.key: entity_iri(e) for e in kg.entities}
    for e in kg.entities:
        node = iris[e.key]
        default.add((node, RDF.type, KG[e.type]))
        default.add((node, RDFS.label, _literal(e.name)))
        for alias in e.aliases:
            default.add((node, SKOS.altLabel, _literal(alias)))
        if e.family and e.family in iris:
            default.add((node, KG.family, iris[e.family]))
    graphs: dict[str, Graph] = {}
    for a in kg.articles:
        node = article_iri(a.sha)
        default.add((node, RDF.type, KG.Article))
        default.add((node, KG.path, _literal(a.path)))
        default.add((node, KG.sha256, Literal(a.sha)))
        default.add((node, DCTERMS.language, Literal(a.lang)))
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
        _add_fact(default, graphs, iris, fact)
    for metric in kg.metrics:
        if metric.subject not in iris:
            continue
        node = ID[f"metric/{_digest(metric.subject, metric.kind, metric.value)}"]
        default.add((node, RDF.type, KG.Metric))
        default.add((node, KG.metricKind, KG[metric.kind]))
        default.add((node, KG.value, _decimal(metric.value)))
        for src in _one_per_sentence(metric.sources):
            g = graphs.get(src.evidence.article)
            if g is None:
                continue
            g.add((iris[metric.subject], KG.hasMetric, node))
            _statement(g, src, iris[metric.subject], KG.hasMetric, node)
    return ds


def _add_fact(default: Graph, graphs: dict[str, Graph], iris: dict[str, URIRef],
              fact: Fact) -> None:
    subject = iris.get(fact.subject)
    obj = iris.get(fact.object) if fact.object else None
    if subject is None or (fact.object and obj is None):
        return
    predicate = KG[fact.predicate]
    if fact.predicate == "invests":
        target = obj or fact.purpose or ""
        inv = ID[f"investment/{_digest(fact.subject, fact.amount, fact.currency, target)}"]
        default.add((inv, RDF.type, KG.Investment))
        default.add((inv, KG.amount, _decimal(fact.amount)))
        default.add((inv, KG.currency, Literal(fact.currency)))
        if obj is not None:
            default.add((inv, KG.investee, obj))
        if fact.purpose:
            default.add((inv, KG.purpose, _literal(fact.purpose)))
        obj = inv
    if not graphs:  # the entity graph alone (rdfwrite.entity_triples)
        return
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
    g.add((node, KG.rule, Literal(ev.rule)))
    g.add((node, KG.confidence, _decimal(str(ev.confidence))))
    g.add((node, KG.hedged, Literal(src.hedged)))
    g.add((node, PROV.wasDerivedFrom, article_iri(ev.article)))
