"""SHACL validation of kgraph graphs against ontologies/shapes.ttl, with readable results.

pyshacl rather than checks of our own: the shapes stay a standard, declarative file
that any SHACL engine (TopBraid, Jena, RDF4J) can run on the same graph. pyshacl checks
the core constraints; the few SHACL-SPARQL constraints (facts need evidence, ...) run
here once over the whole graph through Oxigraph, because pyshacl re-parses them with
rdflib for every focus node (7.7 s instead of 0.6 s on the 16 example articles).
Shapes are checked on the union of all named graphs: an entity's class lives in the
entity graph, its relations in the article graphs.
"""
from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SH

from .errors import ValidationError
from .resources import data_dir

KG = Namespace("https://kgraph.dev/ns#")
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
    triples: int
    seconds: float

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


def validate_graph(data: Graph | Dataset) -> ValidationReport:
    """Run the kgraph shapes over a graph (a Dataset is checked as the union of its graphs)."""
    from pyshacl import validate as shacl

    graph = union(data)
    start = time.perf_counter()
    _, results, text = shacl(graph, shacl_graph=_core_shapes(), inference="none",
                             allow_warnings=True, advanced=False)
    if not isinstance(results, Graph):  # pyshacl could not run the shapes at all
        raise ValidationError(f"SHACL validation could not run: {str(text).strip()}")
    found = {_violation(graph, results, r)
             for r in results.subjects(RDF.type, SH.ValidationResult)}
    found |= set(_sparql_violations(graph))
    seconds = time.perf_counter() - start
    ordered = tuple(sorted(found, key=lambda v: (v.severity != "Violation", v.focus, v.path or "",
                                                 v.message, v.value or "")))
    conforms = not any(v.severity == "Violation" for v in ordered)
    return ValidationReport(conforms, ordered, len(graph), seconds)


def _violation(data: Graph, results: Graph, node) -> Violation:
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    value = results.value(node, SH.value)
    message = results.value(node, SH.resultMessage)
    severity = results.value(node, SH.resultSeverity)
    return Violation(
        focus=str(focus),
        label=_label(data, focus),
        path=str(path) if isinstance(path, URIRef) else None,
        message=str(message) if message is not None else "does not conform",
        value=None if value is None else str(value),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
    )


def _label(data: Graph, node) -> str | None:
    for prop in (RDFS.label, KG.path, DCTERMS.title, KG.sentence):
        value = data.value(node, prop)
        if isinstance(value, Literal):
            return str(value)
    return None


def _sparql_violations(graph: Graph) -> Iterable[Violation]:
    """Each sh:sparql constraint of shapes.ttl as one query over the whole graph.

    SHACL pre-binds ``$this`` to each focus node; here ``$this`` is a variable joined
    with the shape's targets, which gives the same rows for constraints whose SELECT
    projects ``$this`` (all of kgraph's do).
    """
    sg = shapes()
    store = ox.Store()
    quads = []
    for triple in graph:
        try:
            quads.append(ox.Quad(*map(_ox, triple)))
        except ValueError as exc:  # rdflib holds IRIs no RDF syntax can write
            yield Violation(str(triple[0]), _label(graph, triple[0]), str(triple[1]),
                            f"not a valid RDF term, no RDF file can hold it ({exc})",
                            str(triple[2]))
    store.bulk_extend(quads)
    for shape in sorted(set(sg.subjects(SH.sparql, None))):
        targets = _targets(sg, shape)
        if not targets:
            continue
        severity = str(sg.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        for constraint in sg.objects(shape, SH.sparql):
            select = str(sg.value(constraint, SH.select)).replace("$this", "?this")
            query = (_prologue(sg) + "SELECT * WHERE {\n  { " + " UNION ".join(targets)
                     + " }\n  {\n" + select + "\n  }\n}")
            template = str(sg.value(constraint, SH.message) or "does not conform")
            solutions = store.query(query)
            names = [v.value for v in solutions.variables]
            for row in solutions:
                bound = {n: row[n].value for n in names if row[n] is not None}
                yield _sparql_violation(graph, bound, template, severity)


def _sparql_violation(graph: Graph, bound: dict[str, str], template: str,
                      severity: str) -> Violation:
    def fill(m: re.Match[str]) -> str:
        return short(bound[m.group(1)]) if m.group(1) in bound else m.group(0)

    this = bound["this"]
    return Violation(this, _label(graph, URIRef(this)), bound.get("path"),
                     re.sub(r"\{[?$](\w+)\}", fill, template), bound.get("value"), severity)


def _targets(sg: Graph, shape) -> list[str]:
    out = [f"{{ ?this a <{c}> }}" for c in sorted(sg.objects(shape, SH.targetClass))]
    out += [f"{{ ?this <{p}> ?_any{i} }}"
            for i, p in enumerate(sorted(sg.objects(shape, SH.targetSubjectsOf)))]
    out += [f"{{ ?_any <{p}> ?this }}" for p in sorted(sg.objects(shape, SH.targetObjectsOf))]
    out += [f"{{ BIND(<{n}> AS ?this) }}" for n in sorted(sg.objects(shape, SH.targetNode))]
    return out


def _prologue(sg: Graph) -> str:
    lines = []
    for decl in sg.objects(None, SH.declare):
        lines.append(f"PREFIX {sg.value(decl, SH.prefix)}: <{sg.value(decl, SH.namespace)}>")
    return "\n".join(sorted(set(lines))) + "\n"


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

    store = load_store(paths)
    nt = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in store),
                      format=ox.RdfFormat.N_TRIPLES)
    return validate_graph(Graph().parse(data=nt, format="nt"))


def check_dataset(ds: Dataset) -> ValidationReport:
    """Validate what build is about to write; raise ValidationError listing the violations."""
    report = validate_graph(ds)
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
