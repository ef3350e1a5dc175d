"""SHACL core shapes as SPARQL queries, run by Oxigraph: validation that scales.

Why not pyshacl for a build's graph: it keeps the data in an rdflib Graph (a Python
object per term) and checks focus node by focus node. A whole-graph check of 10,000
articles (1.7 million triples) took 110 s and 4.7 GB there (benchmarks/RESULTS.md,
"Validation at 10,000 articles"). Each shape here is one SELECT over the whole graph,
answered from Oxigraph's indexes in Rust. Not pyrudof (rudof's SHACL engine, on PyPI):
at 1,000 articles it held 1.6 GB against 0.25 GB for the data alone.

The shapes file stays standard SHACL: any engine can run it. This module translates the
constraint components kgraph's shapes use (``COMPONENTS``) with the meaning the SHACL
recommendation gives them (https://www.w3.org/TR/shacl/#core-components); a shape that
uses anything else is left to pyshacl (``compile_shapes``'s second list).
tests/test_shacl.py checks the translation against pyshacl, result for result, on
damaged graphs.

A result is a ``Row``: focus node, path, value, the shape's message and severity, as
pyshacl reports them (the value of a node shape's constraint is its focus node; a count
has no value; a path that is not one property has no path).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD
from rdflib.term import BNode, Node

TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
COMPONENTS = (SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.pattern,
              SH.flags, SH.minLength, SH.maxLength, SH["in"], SH["or"], SH.minInclusive,
              SH.minExclusive, SH.maxInclusive, SH.maxExclusive, SH.lessThan)
"""What this module translates; with the targets and NOT_CONSTRAINTS, all a shape may say."""
NOT_CONSTRAINTS = (SH.path, SH.message, SH.severity, SH.sparql, SH.name, SH.description,
                   SH.order, SH.group, SH.deactivated, SH.declare, SH.prefixes)

_CLASS = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/" \
         "<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"
_NODE_KINDS = {SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})",
               SH.Literal: "isLiteral({v})", SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
               SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
               SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))"}
_CASTABLE = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.date,
             XSD.dateTime}
"""Datatypes whose lexical form a SPARQL cast checks (an ill-formed literal violates
sh:datatype); the lexical form of a string is always well-formed."""


@dataclass(frozen=True)
class Check:
    """One constraint of one shape as a query whose rows are its violations."""

    shape: Node
    query: str
    """Projects ?this, and ?value where the result has a value."""
    path: str | None
    message: str
    severity: str
    """``Violation``, ``Warning`` or ``Info``."""


@dataclass(frozen=True)
class Row:
    focus: str
    path: str | None
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None
    message: str
    severity: str


@dataclass(frozen=True)
class Compiled:
    screens: list[tuple[str, list[Check]]]
    """A screen query over one target's nodes, and the exact checks it stands for."""
    classes: list[Check]
    """The class constraints (sh:class, sh:or of them): each its own query, run always.
    As a join they are cheap (a hash anti-join); inside a screen, Oxigraph looked up each
    value's class one row at a time (18 s of 25 at 10,000 articles)."""
    untranslated: list[Node]
    """Shapes this module cannot translate (left to pyshacl)."""


def compile_shapes(shapes: Graph) -> Compiled:
    """The core constraints of every shape with targets, grouped by target. sh:sparql
    constraints are not core: the caller runs them (validate._sparql_violations)."""
    by_target: dict[str, tuple[list[Check], list[_Part]]] = {}
    classes: list[Check] = []
    untranslated: list[Node] = []
    for shape in sorted(_shapes(shapes)):
        if shapes.value(shape, SH.deactivated) == Literal(True):
            continue
        try:
            targets = target_query(shapes, shape)
            if not targets:  # only reached from other shapes (sh:or members): nothing to run
                continue
            checks, part, class_checks = _compile(shapes, shape, targets)
        except _Untranslatable:
            untranslated.append(shape)
            continue
        classes.extend(class_checks)
        if checks:
            got = by_target.setdefault(targets, ([], []))
            got[0].extend(checks)
            got[1].append(part)
    screens = [(_screen(targets, parts), checks) for targets, (checks, parts) in by_target.items()]
    return Compiled(screens, classes, untranslated)


def run(store: ox.Store, compiled: Compiled) -> Iterator[Row]:
    """Every violation of the compiled shapes in the store (all its graphs as one)."""
    screened = [checks for screen, checks in compiled.screens
                if any(True for _ in store.query(screen, use_default_graph_as_union=True))]
    for check in [*compiled.classes, *(check for checks in screened for check in checks)]:
        for solution in store.query(check.query, use_default_graph_as_union=True):
            yield Row(solution["this"].value, check.path, solution["value"], check.message,
                      check.severity)


class _Untranslatable(Exception):
    pass


def _shapes(sg: Graph) -> set[Node]:
    found = set(sg.subjects(RDF.type, SH.NodeShape)) | set(sg.subjects(RDF.type, SH.PropertyShape))
    for target in TARGETS:
        found |= set(sg.subjects(target, None))
    return found


def target_query(sg: Graph, shape: Node) -> str:
    """The shape's focus nodes as a subquery binding ?this ("" when it has no targets):
    sh:targetClass as SHACL reads it, instances of its subclasses too."""
    parts = [f"{{ ?this {_CLASS} {_term(c)} }}" for c in sorted(sg.objects(shape, SH.targetClass))]
    parts += [f"{{ ?this {_term(p)} [] }}" for p in sorted(sg.objects(shape, SH.targetSubjectsOf))]
    parts += [f"{{ [] {_term(p)} ?this }}" for p in sorted(sg.objects(shape, SH.targetObjectsOf))]
    parts += [f"{{ BIND({_term(n)} AS ?this) }}" for n in sorted(sg.objects(shape, SH.targetNode))]
    if not parts:
        return ""
    return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " } }"


def _compile(sg: Graph, shape: Node, targets: str) -> tuple[list[Check], _Part, list[Check]]:
    """The shape's exact checks (one query per constraint), its part of a screen, and its
    class constraints (see Compiled.classes)."""
    said = {p for p in sg.predicates(shape, None)
            if str(p).startswith(str(SH)) and p not in TARGETS and p != RDF.type}
    if said - set(COMPONENTS) - set(NOT_CONSTRAINTS):
        raise _Untranslatable
    path_node = sg.value(shape, SH.path)
    path, path_iri = _path(sg, path_node) if path_node is not None else (None, None)
    message = str(sg.value(shape, SH.message) or "does not conform to " + _short(shape))
    severity = str(sg.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
    conditions: list[str] = []  # on ?value (and ?other: sh:lessThan), each true if it conforms
    class_sets: list[list[Node]] = []  # ?value is an instance of one of them
    other = None
    for component, arg in sorted(sg.predicate_objects(shape)):
        if component == SH["class"]:
            class_sets.append([arg])
        elif component == SH["or"]:
            classes = []
            for member in Collection(sg, arg):
                if set(sg.predicates(member, None)) != {SH["class"]}:
                    raise _Untranslatable  # only sh:or of sh:class alternatives is translated
                classes.extend(sg.objects(member, SH["class"]))
            class_sets.append(classes)
        elif component == SH.datatype:
            ok = f"isLiteral(?value) && sameTerm(DATATYPE(?value), {_term(arg)})"
            if arg in _CASTABLE:
                ok += f" && isLiteral({_term(arg)}(STR(?value)))"
            conditions.append(ok)
        elif component == SH.nodeKind:
            if arg not in _NODE_KINDS:
                raise _Untranslatable
            conditions.append(_NODE_KINDS[arg].format(v="?value"))
        elif component == SH.pattern:
            flags = sg.value(shape, SH.flags)
            extra = f", {_term(Literal(str(flags)))}" if flags is not None else ""
            conditions.append(f"!isBlank(?value) && REGEX(STR(?value), "
                              f"{_term(Literal(str(arg)))}{extra})")
        elif component in (SH.minLength, SH.maxLength):
            op = ">=" if component == SH.minLength else "<="
            conditions.append(f"!isBlank(?value) && STRLEN(STR(?value)) {op} {int(arg)}")
        elif component == SH["in"]:
            allowed = [f"sameTerm(?value, {_term(t)})" for t in Collection(sg, arg)]
            conditions.append(" || ".join(allowed) or "false")
        elif component in _RANGES:
            conditions.append(f"?value {_RANGES[component]} {_term(arg)}")
        elif component == SH.lessThan:
            if path is None:
                raise _Untranslatable
            other = _term(arg)
            conditions.append("!BOUND(?other) || ?value < ?other")
    counts = {c: int(sg.value(shape, c)) for c in (SH.minCount, SH.maxCount)  # type: ignore[arg-type]
              if sg.value(shape, c) is not None}
    if counts and path is None:
        raise _Untranslatable
    where = "BIND(?this AS ?value)" if path is None else f"?this {path} ?value ."
    class_checks = [Check(shape, f"SELECT DISTINCT ?this ?value WHERE {{ {targets} {where} "
                                 f"MINUS {{ VALUES ?class {{ {' '.join(map(_term, classes))} }} "
                                 f"?value {_CLASS} ?class }} }}", path_iri, message, severity)
                    for classes in class_sets]
    checks = []
    for condition in conditions:
        join = where + (f" OPTIONAL {{ ?this {other} ?other }}" if "?other" in condition else "")
        checks.append(Check(shape, f"SELECT DISTINCT ?this ?value WHERE {{ {targets} {join} "
                                   f"FILTER (!COALESCE({condition}, false)) }}",
                            path_iri, message, severity))
    for component, op in ((SH.minCount, "<"), (SH.maxCount, ">")):
        if component in counts:
            checks.append(Check(shape, f"SELECT ?this WHERE {{ {targets} OPTIONAL {{ ?this {path} "
                                       f"?value }} }} GROUP BY ?this HAVING (COUNT(DISTINCT "
                                       f"?value) {op} {counts[component]})",
                                path_iri, message, severity))
    return checks, _Part(path, other, conditions, counts.get(SH.minCount),
                         counts.get(SH.maxCount)), class_checks


@dataclass(frozen=True)
class _Part:
    """What a shape adds to the screen of its targets."""

    path: str | None
    other: str | None
    conditions: list[str]
    min_count: int | None
    max_count: int | None


def _screen(targets: str, parts: list[_Part]) -> str:
    """One query over a target's nodes that finds every node some of the parts' checks
    would report (and perhaps more): most graphs conform, so the exact checks, one query
    each, run only for screens that find something. Oxigraph evaluates each query over
    the targets again; one pass with all their properties is the cheaper way."""
    node = [c for part in parts if part.path is None for c in part.conditions]
    props = [part for part in parts if part.path is not None]
    optional, having = [], []
    for i, part in enumerate(props):
        value, other = f"?v{i}", f"?o{i}"
        inner = f"?this {part.path} {value} ."
        if part.other is not None:
            inner += f" OPTIONAL {{ ?this {part.other} {other} }}"
        optional.append(f"OPTIONAL {{ {inner} }}")
        if part.min_count is not None:
            having.append(f"COUNT(DISTINCT {value}) < {part.min_count}")
        if part.max_count is not None:
            having.append(f"COUNT(DISTINCT {value}) > {part.max_count}")
        if part.conditions:
            ok = " && ".join(f"COALESCE({c}, false)" for c in part.conditions)
            ok = ok.replace("?value", value).replace("?other", other)
            having.append(f"SUM(IF(!BOUND({value}) || ({ok}), 0, 1)) > 0")
    if node:
        ok = " && ".join(f"COALESCE({c}, false)" for c in node).replace("?value", "?this")
        having.append(f"SUM(IF({ok}, 0, 1)) > 0")
    return (f"SELECT ?this WHERE {{ {targets} {' '.join(optional)} }} GROUP BY ?this "
            f"HAVING ({' || '.join(having)}) LIMIT 1")


_RANGES = {SH.minInclusive: ">=", SH.minExclusive: ">", SH.maxInclusive: "<=",
           SH.maxExclusive: "<"}


def _path(sg: Graph, node: Node) -> tuple[str, str | None]:
    """A path as SPARQL, and its IRI when it is one property (what a result names)."""
    if isinstance(node, URIRef):
        return _term(node), str(node)
    parts = list(sg.predicate_objects(node))
    if len(parts) == 1 and parts[0][0] == SH.inversePath and isinstance(parts[0][1], URIRef):
        return "^" + _term(parts[0][1]), None
    raise _Untranslatable


def _term(term: Node) -> str:
    if isinstance(term, URIRef):
        return str(ox.NamedNode(str(term)))
    if isinstance(term, Literal):
        if term.language:
            return str(ox.Literal(str(term), language=term.language))
        return str(ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string))))
    if isinstance(term, BNode):
        raise _Untranslatable
    raise _Untranslatable


def _short(node: Node) -> str:
    return str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
