"""SHACL validation of kgraph graphs against ontologies/shapes.ttl, with readable results.

The shapes are a standard, declarative file that any SHACL engine (TopBraid, Jena, RDF4J,
pyshacl) can run on the same graph. kgraph runs them on an Oxigraph store of the graph:
the core constraints as SPARQL (shacl.py, checked against pyshacl by
tests/test_shacl.py), the SHACL-SPARQL constraints (facts need evidence, one class per
entity, ...) each once over the whole graph. pyshacl, which keeps the data in an rdflib
Graph and checks node by node, took 110 s and 4.7 GB for the 1.7 million triples of
10,000 articles (benchmarks/RESULTS.md); it still runs any shape shacl.py cannot
translate. Shapes are checked on the union of all named graphs: an entity's class lives
in the entity graph, its relations in the article graphs.

What a check is given: a build's TriG text, parsed by Oxigraph (check_text); or triples
(kg_triples: the graph of a KnowledgeGraph without rdflib's store), an rdflib graph, or
graph files. A rebuild whose last build was checked checks only what its changes
touched, on the part of the graph their constraints read (check_changes, neighbourhood).
"""
from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SH
from rdflib.term import Node

from .errors import ValidationError
from .rdf import KG
from .rdfwrite import nt
from .resources import data_dir

if TYPE_CHECKING:
    from .models import Extraction, KnowledgeGraph, Source

Triple = tuple[Node, Node, Node]

SHORT = {"https://kgraph.dev/ns#": "kg:", "https://kgraph.dev/id/": "id:",
         "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
         "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
         "http://www.w3.org/2004/02/skos/core#": "skos:", "https://schema.org/": "schema:",
         "http://www.w3.org/ns/prov#": "prov:", "http://purl.org/dc/terms/": "dcterms:"}
SHOWN = 20
"""How many violations a ValidationError message lists."""


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in words a user can act on."""

    focus: str
    """The node that broke the rule (full IRI)."""
    label: str | None
    """Its name: rdfs:label of an entity, path of an article, sentence of a statement."""
    path: str | None
    """The property concerned (full IRI), if the rule is about one."""
    message: str
    value: str | None = None
    """The offending value, if there is one."""
    severity: str = "Violation"
    """``Violation`` (the graph is malformed) or ``Warning`` (well-formed but suspicious)."""

    def __str__(self) -> str:
        who = short(self.focus) + (f' ("{_clip(self.label)}")' if self.label else "")
        where = f" {short(self.path)}:" if self.path else ":"
        value = f" (value: {_clip(short(self.value))})" if self.value is not None else ""
        prefix = "warning: " if self.severity == "Warning" else ""
        return f"{prefix}{who}{where} {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    """True when there is no violation (warnings allowed)."""
    results: tuple[Violation, ...]
    """Violations first, then warnings."""
    triples: int | None
    """How many distinct triples were checked; None where nobody asked (check_text: at
    10,000 articles counting them would take seconds)."""
    seconds: float
    focus: int | None = None
    """How many nodes the check was restricted to (validate_graph's focus), None: all."""

    @property
    def violations(self) -> tuple[Violation, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(r for r in self.results if r.severity != "Violation")


def short(iri: str | None) -> str:
    if iri is None:
        return ""
    for ns, prefix in SHORT.items():
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


@cache
def shapes() -> Graph:
    """ontologies/shapes.ttl, parsed once."""
    return Graph().parse(data_dir("ontologies") / "shapes.ttl", format="turtle")


@cache
def _core_shapes() -> Graph:
    """The shapes without their sh:sparql constraints (those run through Oxigraph)."""
    core = Graph()
    for triple in shapes():
        if triple[1] != SH.sparql:
            core.add(triple)
    return core


def union(data: Graph | Dataset) -> Graph:
    """All triples of every named graph in one graph (a plain Graph is returned as it is)."""
    if not isinstance(data, Dataset):
        return data
    g = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def kg_triples(kg: KnowledgeGraph) -> set[Triple]:
    """The union of to_dataset(kg)'s graphs as a set of triples, without rdflib's store
    (rdfwrite.Collector): filling a Dataset and then a union Graph from it took 7 s of
    the 25 s of validating 1,000 articles."""
    return _collected(kg)[0]


def _collected(kg: KnowledgeGraph):
    """kg_triples, and the rdfwrite.Collector it came from (the graphs one by one)."""
    from .rdf import to_dataset
    from .rdfwrite import Collector

    collected = Collector()
    to_dataset(kg, into=collected)  # type: ignore[arg-type]
    out: set[Triple] = set()
    for graph in collected.graphs.values():
        out |= graph.triples
    return out, collected


@cache
def _compiled():
    """shapes.ttl's core shapes as SPARQL (shacl.compile_shapes), translated once."""
    from .shacl import compile_shapes

    return compile_shapes(shapes())


@cache
def _untranslated_shapes() -> Graph | None:
    """The core shapes shacl.py cannot translate, for pyshacl; None when there are none."""
    left = set(_compiled().untranslated)
    if not left:
        return None
    sg = Graph()
    todo = list(left)
    while todo:  # each shape with the nodes it reaches (lists, nested shapes)
        node = todo.pop()
        for p, o in _core_shapes().predicate_objects(node):
            sg.add((node, p, o))
            if not isinstance(o, URIRef) and not isinstance(o, Literal):
                todo.append(o)
    for triple in shapes().triples((None, SH.declare, None)):
        sg.add(triple)
    return sg


def validate_graph(data: Graph | Dataset | Collection[Triple] | ox.Store,
                   focus: Collection[URIRef] | None = None, count: bool = True,
                   ) -> ValidationReport:
    """Run the kgraph shapes over a graph (a Dataset or an Oxigraph store is checked as the
    union of its graphs; a collection of triples, kg_triples, as the graph they make).

    focus: check only these nodes (their results are those a check of the whole graph
    gives them, if the graph holds everything their constraints read: check_changes);
    count: count the distinct triples of a store (report.triples, else None)."""
    from .shacl import run

    start = time.perf_counter()
    found: set[Violation] = set()
    if isinstance(data, ox.Store):
        store, triples = data, _distinct_triples(data) if count else None
    else:
        store, triples = _store(data, found, focus)
    label = _labeller(store)
    wanted = None if focus is None else {str(node) for node in focus}
    if focus is None or focus:
        for row in run(store, _compiled()):
            if wanted is None or row.focus in wanted:
                found.add(Violation(row.focus, label(row.focus), row.path, row.message,
                                    None if row.value is None else row.value.value,
                                    row.severity))
        left = _untranslated_shapes()
        if left is not None:
            found |= set(_pyshacl_violations(store, left, label, wanted))
        found |= set(_sparql_violations(store, label, wanted))
    seconds = time.perf_counter() - start
    ordered = tuple(sorted(found, key=lambda v: (v.severity != "Violation", v.focus, v.path or "",
                                                 v.message, v.value or "")))
    conforms = not any(v.severity == "Violation" for v in ordered)
    return ValidationReport(conforms, ordered, triples, seconds,
                            None if focus is None else len(focus))


def _distinct_triples(store: ox.Store) -> int:
    """Triples in the union of the store's graphs, each once (a triple may be in several)."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    solution = next(iter(store.query(query, use_default_graph_as_union=True)))
    return int(solution["n"].value)


def _store(data: Graph | Collection[Triple], found: set[Violation],
           focus: Collection[URIRef] | None) -> tuple[ox.Store, int]:
    """An Oxigraph store of the triples (a Dataset's graphs as one); a triple with a term
    no RDF syntax can write is left out and reported in found."""
    if isinstance(data, Dataset):
        triples: Iterable[Triple] = ((s, p, o) for s, p, o, _ in data.quads((None, None, None,
                                                                              None)))
    else:
        triples = data
    triples = list(triples)
    try:  # as N-Triples text, parsed in Rust: a third of the time of making the terms here
        text = "".join(f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o in triples)
        store = ox.Store()
        store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return store, len(store)
    except (TypeError, SyntaxError):  # a blank node, or an IRI no RDF syntax can write
        pass
    quads = []
    terms: dict[Node, object] = {}
    for triple in triples:
        try:
            quads.append(ox.Quad(*(_ox_cached(terms, t) for t in triple)))
        except ValueError as exc:  # rdflib holds IRIs no RDF syntax can write
            if focus is None or triple[0] in focus:
                found.add(Violation(str(triple[0]), None, str(triple[1]),
                                    f"not a valid RDF term, no RDF file can hold it ({exc})",
                                    str(triple[2])))
    store = ox.Store()
    store.bulk_extend(quads)
    return store, len(store)


def _pyshacl_violations(store: ox.Store, sg: Graph, label: Callable[[str], str | None],
                        wanted: set[str] | None) -> Iterable[Violation]:
    """pyshacl's results for the shapes shacl.py cannot translate (none in shapes.ttl)."""
    from pyshacl import validate as shacl

    nt = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in store),
                      format=ox.RdfFormat.N_TRIPLES)
    _, results, text = shacl(Graph().parse(data=nt, format="nt"), shacl_graph=sg,
                             inference="none", allow_warnings=True, advanced=False)
    if not isinstance(results, Graph):  # pyshacl could not run the shapes at all
        raise ValidationError(f"SHACL validation could not run: {str(text).strip()}")
    for r in results.subjects(RDF.type, SH.ValidationResult):
        v = _violation(label, results, r)
        if wanted is None or v.focus in wanted:
            yield v


def _violation(label: Callable[[str], str | None], results: Graph, node) -> Violation:
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    value = results.value(node, SH.value)
    message = results.value(node, SH.resultMessage)
    severity = results.value(node, SH.resultSeverity)
    return Violation(
        focus=str(focus),
        label=label(str(focus)),
        path=str(path) if isinstance(path, URIRef) else None,
        message=str(message) if message is not None else "does not conform",
        value=None if value is None else str(value),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
    )


LABELS = (RDFS.label, KG.path, DCTERMS.title, KG.sentence)
"""What names a node in a violation, best first."""


def _labeller(store: ox.Store) -> Callable[[str], str | None]:
    """node IRI -> its name (LABELS), looked up when asked (a graph that conforms names
    nothing)."""
    def label(node: str) -> str | None:
        try:
            subject = ox.NamedNode(node)
        except ValueError:
            return None
        for prop in LABELS:
            for quad in store.quads_for_pattern(subject, ox.NamedNode(str(prop)), None):
                if isinstance(quad.object, ox.Literal):
                    return quad.object.value
        return None

    return label


def _sparql_violations(store: ox.Store, label: Callable[[str], str | None],
                       wanted: set[str] | None = None) -> Iterable[Violation]:
    """Each sh:sparql constraint of shapes.ttl as one query over the whole graph (the
    rows of the wanted focus nodes only, if given).

    SHACL pre-binds ``$this`` to each focus node; here ``$this`` is a variable joined
    with the shape's targets, which gives the same rows for constraints whose SELECT
    projects ``$this`` (all of kgraph's do).
    """
    from .shacl import target_query

    sg = shapes()
    for shape in sorted(set(sg.subjects(SH.sparql, None))):
        targets = target_query(sg, shape)
        if not targets:
            continue
        severity = str(sg.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        for constraint in sg.objects(shape, SH.sparql):
            select = str(sg.value(constraint, SH.select)).replace("$this", "?this")
            query = f"{_prologue(sg)}SELECT * WHERE {{\n  {targets}\n  {{\n{select}\n  }}\n}}"
            template = str(sg.value(constraint, SH.message) or "does not conform")
            solutions = store.query(query, use_default_graph_as_union=True)
            names = [v.value for v in solutions.variables]
            for row in solutions:
                bound = {n: row[n].value for n in names if row[n] is not None}
                if wanted is None or bound["this"] in wanted:
                    yield _sparql_violation(label, bound, template, severity)


def _sparql_violation(label: Callable[[str], str | None], bound: dict[str, str],
                      template: str, severity: str) -> Violation:
    def fill(m: re.Match[str]) -> str:
        return short(bound[m.group(1)]) if m.group(1) in bound else m.group(0)

    this = bound["this"]
    return Violation(this, label(this), bound.get("path"),
                     re.sub(r"\{[?$](\w+)\}", fill, template), bound.get("value"), severity)


def _prologue(sg: Graph) -> str:
    lines = []
    for decl in sg.objects(None, SH.declare):
        lines.append(f"PREFIX {sg.value(decl, SH.prefix)}: <{sg.value(decl, SH.namespace)}>")
    return "\n".join(sorted(set(lines))) + "\n"


def _ox_cached(terms: dict[Node, object], term: Node):
    """_ox, once per term (a graph names each entity and predicate many times)."""
    got = terms.get(term)
    if got is None:
        got = terms[term] = _ox(term)
    return got


def _ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))
                          if term.datatype else None)
    return ox.BlankNode(str(term))


def validate_files(paths: Sequence[str | os.PathLike[str]]) -> ValidationReport:
    """Validate graph files (any format kgraph writes, or folders of them) as one graph."""
    from .query import load_store

    return validate_graph(load_store(paths))


def check_dataset(ds: Dataset | Collection[Triple]) -> ValidationReport:
    """Validate what build is about to write; raise ValidationError listing the violations."""
    return _checked(validate_graph(ds))


def check_graph(kg: KnowledgeGraph) -> ValidationReport:
    """check_dataset of the graph a build writes for kg (kg_triples)."""
    return _checked(validate_graph(kg_triples(kg)))


WHOLE_GRAPH_UP_TO = 2000
"""Articles up to which a build checks its whole graph unless told (validate=None). A
whole check of 10,000 articles took a third of the build (61.3 s of 183 s,
benchmarks/RESULTS.md); past this size a build checks a sample (check_sample) and says
so, and --validate checks everything."""
SAMPLE = 200
"""Articles a sample check takes (with the entities they name and their facts)."""


def sample(shas: Sequence[str], n: int = SAMPLE) -> list[str]:
    """n of the articles, spread evenly over them in sha order: the same n each time the
    same articles are built, different articles for different corpora."""
    ordered = sorted(shas)
    if len(ordered) <= n or n <= 0:
        return ordered[:max(n, 0)]
    step = len(ordered) / n
    return [ordered[int(i * step)] for i in range(n)]


def check_sample(kg: KnowledgeGraph, shas: Collection[str]) -> ValidationReport:
    """Check some articles as check_changes checks the articles a rebuild put in (see
    neighbourhood): their own nodes and statements, the facts they state, the entities
    they name with one fact per predicate and side. What is not in the sample (other
    articles, the other facts of the entities) is not checked: a violation there goes
    unseen, one found is a real one."""
    triples, focus = neighbourhood(kg, shas, ())
    return _checked(validate_graph(triples, focus))


def check_text(trig: Iterable[str]) -> ValidationReport:
    """check_graph from the TriG text a build is about to write (rdfwrite.Documents.trig):
    Oxigraph parses it in Rust, so no rdflib term is made. From kg_triples, making the
    terms and handing them to Oxigraph took three times as long as the checks."""
    store = ox.Store()
    store.bulk_load(_Chunks(trig), format=ox.RdfFormat.TRIG)
    return _checked(validate_graph(store, count=False))


class _Chunks(io.RawIOBase):
    """Text chunks as a binary file for Oxigraph to read, never whole in memory.

    What is left of a chunk is a memoryview: Oxigraph reads a few KB at a time, and
    slicing bytes copied the rest of the chunk on every read, quadratic in its size (an
    article of 256,000 characters: 8 MB of TriG, checked in 7.9 s instead of 1.3 s for a
    quarter of it; one of 1.9 MB had not been checked after ten minutes)."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._chunks = iter(chunks)
        self._left = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._left:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._left = memoryview(chunk.encode("utf-8"))
        n = min(len(buffer), len(self._left))
        buffer[:n] = self._left[:n]
        self._left = self._left[n:]
        return n


def check_changes(kg: KnowledgeGraph, added: Collection[str],
                  removed: Iterable[Extraction]) -> ValidationReport:
    """check_graph for a rebuild whose last build was checked: only what changed, with the
    same verdict as checking the whole graph.

    added: sha of each article put in; removed: the extractions of the articles taken
    out. See ``neighbourhood`` for what is checked and on what."""
    from .resolve import Merged

    gone = Merged()  # what they said, as resolve keys it
    for extraction in removed:
        gone.add(extraction)
    triples, focus = neighbourhood(kg, added, set(gone.names),
                                   set(gone.facts) | set(gone.metrics))
    return _checked(validate_graph(triples, focus))


def neighbourhood(kg: KnowledgeGraph, added: Collection[str], removed: Collection[str],
                  touched: Collection[tuple] = ()) -> tuple[set[Triple], set[URIRef]]:
    """The nodes a change can have made invalid and the part of the graph their
    constraints read (kg_triples of a smaller KnowledgeGraph). added: sha of each article
    put in; removed: keys of the entities the articles taken out named; touched: the
    facts and metrics they stated, as resolve.Merged keys them.

    Read: every fact and metric the added articles state or the removed ones stated,
    with the statements of the added articles and one plain statement from another
    (``_evidence``: what "a fact has plain evidence" needs); the entities at either end
    with their families. Checked: every node of the added articles' graphs, the entities
    named in a changed article (their names, classes, facts may have changed) with
    their investments and metrics, and the models whose family one of them is.

    The other facts of those entities are as the last build checked them, but for one
    thing: the entity's class may have changed, and the shapes read the class of a
    relation's subject and object. A class that breaks one fact breaks every fact of
    that predicate with the entity on that side, so one such fact (with its subject,
    checked) per predicate and side gives the whole graph's verdict; the other facts it
    breaks are not listed. Every constraint in shapes.ttl reads no further than that: a
    node's own triples, the classes of its values, the triples pointing at it (inverse
    paths, statements about it), a fact's statements.
    """
    from .models import KnowledgeGraph
    from .rdf import article_iri, entity_iri

    new = set(added)
    keys = set(removed)
    for sha in new:
        keys.update(kg.mentions_by_article.get(sha, ()))
    facts, shown, central = [], set(), set(keys)
    for f in kg.facts:
        take = (f.predicate, f.subject, f.object, f.amount, f.currency) in touched \
            or any(src.evidence.article in new for src in f.sources)
        for side, key in (("subject", f.subject), ("object", f.object)):
            if key in keys and not f.hedged and (f.predicate, side, key) not in shown:
                shown.add((f.predicate, side, key))
                central.add(f.subject)
                take = True
        if take:
            facts.append(replace(f, sources=_evidence(f.sources, new)))
    metrics = [m for m in kg.metrics if m.subject in keys
               or (m.subject, m.kind, m.value) in touched]
    by_key = {e.key: e for e in kg.entities}
    central |= {e.key for e in kg.entities if e.family in keys}
    near = central | {f.subject for f in facts} | {f.object for f in facts if f.object}
    near |= {by_key[k].family for k in list(near)
             if k in by_key and by_key[k].family}  # type: ignore[misc]
    shas = new | {src.evidence.article for f in facts for src in f.sources} \
        | {src.evidence.article for m in metrics for src in m.sources}
    part = KnowledgeGraph(
        tuple(a for a in kg.articles if a.sha in shas),
        tuple(e for e in kg.entities if e.key in near), tuple(facts), tuple(metrics),
        {sha: kg.mentions_by_article[sha] for sha in new if sha in kg.mentions_by_article})
    triples, collected = _collected(part)
    focus = {entity_iri(k) for k in central if k in by_key}
    for sha in new:
        focus.add(article_iri(sha))
        for s, _, o in collected.triples(article_iri(sha)):
            focus.add(s)  # type: ignore[arg-type]
            if isinstance(o, URIRef):
                focus.add(o)
    for s, p, o in triples:  # the entities' investments and metrics
        if p in (KG.invests, KG.hasMetric) and s in focus and isinstance(o, URIRef):
            focus.add(o)
    return triples, focus


def _evidence(sources: tuple[Source, ...], new: set[str]) -> tuple[Source, ...]:
    """The sources of a fact that its checks read: those in the added articles (their
    statements are checked) and one plain one from another article (a fact needs one)."""
    mine = [src for src in sources if src.evidence.article in new]
    other = next((src for src in sources if src.evidence.article not in new and not src.hedged),
                 None)
    return tuple(mine + [other]) if other is not None else tuple(mine) or sources[:1]


def _checked(report: ValidationReport) -> ValidationReport:
    if not report.conforms:
        raise ValidationError(describe_failure(
            report, "kgraph built a graph that does not conform to ontologies/shapes.ttl, so "
                    "nothing was written. This is a bug in kgraph: please report it with these "
                    "lines, and use --no-validate to write the graph anyway"))
    return report


def describe_failure(report: ValidationReport, headline: str) -> str:
    shown = report.violations[:SHOWN]
    lines = [f"{headline} ({len(report.violations)} violation"
             f"{'s' if len(report.violations) != 1 else ''}):"]
    lines += [f"  {v}" for v in shown]
    if len(report.violations) > SHOWN:
        lines.append(f"  ... and {len(report.violations) - SHOWN} more "
                     f"(kgraph validate GRAPH lists all)")
    return "\n".join(lines)
