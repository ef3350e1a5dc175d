"""Fast, deterministic RDF files written from per-article pieces: what makes big builds cheap.

rdflib needs ~10 µs to add a triple and ~24 s to write a million as Turtle
(FINDINGS.md); a 10,000-article corpus has well over a million. So a build never
holds the whole graph in rdflib. Each worker turns its article into the RDF of that
article's named graph with rdf.to_dataset on a one-article graph (the same code as a
whole build, so the layout has one definition) and renders it as text here; the main
process renders only the entity graph and concatenates. The pieces go into the build
cache, so a rebuild renders only the articles that changed.

That works because an article's named graph depends on that article alone: entity
IRIs come from identity keys, statement and investment IRIs from digests of their
content. ``render_dataset`` renders a whole rdflib Dataset the same way, and the tests
hold the two paths to the same bytes.

Layout (every format sorted, so equal graphs give equal files):

- TriG: prefixes; the entity graph, subject blocks in IRI order; then one block per
  article graph in IRI order: its article-only subjects (the article, its statements)
  first, then the facts about entities.
- Turtle, the union of all graphs: the entity graph's subjects with every fact about
  them merged in (each triple once), then every article's own subjects; written with the
  TriG, a last comment line names the TriG's SHA-256 (siblings.py: queries load this file
  instead of merging the TriG's graphs).
- JSON-LD: ``@context`` with the prefixes and one graph object per named graph, in the
  TriG order, node objects sorted by ``@id``, values by their JSON text.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.term import Node

from .exporters import _umask
from .models import Extraction, KnowledgeGraph
from .rdf import ENTITY_GRAPH, KG, PREFIXES, article_iri, to_dataset
from .siblings import union_line

NAMESPACES: dict[str, str] = {"rdf": str(RDF), **{p: str(ns) for p, ns in PREFIXES.items()}}
"""Prefix -> namespace IRI declared in every TriG, Turtle and JSON-LD file."""
_BY_LENGTH = sorted(NAMESPACES.items(), key=lambda kv: -len(kv[1]))
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_TYPE = "<" + str(RDF.type) + ">"
_SUBJECT = RDF.subject
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
ENTITY_GRAPH_NT = f"<{ENTITY_GRAPH}>"

Triple = tuple[Node, Node, Node]


# --------------------------------------------------------------------------- terms

_NT: dict[Node, str] = {}


def nt(term: Node) -> str:
    """N-Triples form of an IRI or literal (kgraph writes no blank nodes)."""
    if isinstance(term, URIRef):
        got = _NT.get(term)
        if got is None:
            got = f"<{term}>"
            if len(_NT) < 200_000:
                _NT[term] = got
        return got
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype:
            return f"{text}^^<{term.datatype}>"
        return text
    raise TypeError(f"kgraph writes IRIs and literals only, not {term!r}")


_PNAMES: dict[str, str] = {}


def _pname(iri: str) -> str:
    """``kg:uses`` for an IRI in a declared namespace with a plain local name, else ``<iri>``."""
    got = _PNAMES.get(iri)
    if got is None:
        got = f"<{iri}>"
        for prefix, ns in _BY_LENGTH:
            if iri.startswith(ns) and _LOCAL.match(iri, len(ns)):
                got = f"{prefix}:{iri[len(ns):]}"
                break
        if len(_PNAMES) < 200_000:
            _PNAMES[iri] = got
    return got


def ttl(term: Node) -> str:
    """Turtle/TriG form: prefixed names where they are plain, N-Triples escapes otherwise."""
    if isinstance(term, URIRef):
        return _pname(str(term))
    if isinstance(term, Literal) and term.datatype and not term.language:
        return '"' + str(term).translate(_ESCAPES) + '"^^' + _pname(str(term.datatype))
    return nt(term)


def ttl_from_nt(term: str) -> str:
    """Turtle form of an N-Triples IRI (the shared fact triples travel as N-Triples)."""
    return _pname(term[1:-1]) if term.startswith("<") else term


def _compact(iri: str) -> str:
    """JSON-LD compact IRI (``kg:uses``) where the context allows, else the IRI itself."""
    got = _pname(iri)
    return got[1:-1] if got.startswith("<") else got


_JSON_IDS: dict[str, str] = {}
_json_text = json.encoder.encode_basestring
"""``json.dumps(text, ensure_ascii=False)`` for a str, without making a JSONEncoder per call
(dumps makes one whenever an argument is not its default): 5% of article_piece."""
_json_ascii = json.encoder.encode_basestring_ascii
"""``json.dumps(text)`` for a str, without dumps' checks of its arguments."""


def _json_value(term: Node) -> str:
    """A JSON-LD value object as text."""
    if isinstance(term, URIRef):
        got = _JSON_IDS.get(term)
        if got is None:
            got = '{"@id": ' + _json_text(str(term)) + "}"
            if len(_JSON_IDS) < 200_000:
                _JSON_IDS[term] = got
        return got
    if isinstance(term, Literal):
        text = '{"@value": ' + _json_text(str(term))
        if term.language:
            return text + ', "@language": ' + _json_ascii(term.language) + "}"
        if term.datatype:
            return text + ', "@type": ' + _json_ascii(_compact(str(term.datatype))) + "}"
        return text + "}"
    raise TypeError(f"kgraph writes IRIs and literals only, not {term!r}")


# --------------------------------------------------------------------------- blocks

def _by_subject(triples: Iterable[Triple]) -> dict[str, list[Triple]]:
    groups: dict[str, list[Triple]] = defaultdict(list)
    for t in triples:
        groups[nt(t[0])].append(t)
    return groups


def _predicate_key(p: str) -> tuple[bool, str]:
    return p != _TYPE, p


def ttl_block(subject: str, pairs: Iterable[tuple[str, str]]) -> str:
    """One Turtle subject block from (predicate N-Triples, object Turtle) pairs.

    rdf:type comes first, as ``a``; then predicates and objects in text order.
    """
    objects: dict[str, set[str]] = defaultdict(set)
    for p, o in pairs:
        objects[p].add(o)
    lines = []
    for p in sorted(objects, key=_predicate_key):
        name = "a" if p == _TYPE else ttl_from_nt(p)
        lines.append(f"{name} " + ", ".join(sorted(objects[p])))
    return ttl_from_nt(subject) + " " + " ;\n    ".join(lines) + " .\n\n"


def _ttl_blocks(groups: dict[str, list[Triple]]) -> dict[str, str]:
    return {s: ttl_block(s, ((nt(p), ttl(o)) for _, p, o in group))
            for s, group in groups.items()}


def json_node(subject: str, triples: Iterable[Triple]) -> str:
    """One JSON-LD node object as text: @id, sorted @type, sorted keys, sorted values."""
    types: set[str] = set()
    values: dict[str, set[str]] = defaultdict(set)
    for _, p, o in triples:
        key = _compact(str(p))
        if key == "rdf:type" and isinstance(o, URIRef):
            types.add(_json_ascii(_compact(str(o))))
        else:
            values[key].add(_json_value(o))
    parts = ['"@id": ' + _json_text(subject[1:-1])]
    if types:
        parts.append('"@type": [' + ", ".join(sorted(types)) + "]")
    for key in sorted(values):
        parts.append(_json_ascii(key) + ": [" + ", ".join(sorted(values[key])) + "]")
    return "{" + ", ".join(parts) + "}"


def _json_graph(graph: str, nodes: Iterable[str]) -> str:
    return (f'{{"@id": {json.dumps(graph[1:-1])}, "@graph": [\n  '
            + ",\n  ".join(nodes) + "\n]}")


class _Graph:
    """What rdf.to_dataset needs of a graph: add (a set, like rdflib's)."""

    __slots__ = ("triples",)

    def __init__(self) -> None:
        self.triples: set[Triple] = set()

    def add(self, triple: Triple) -> None:
        self.triples.add(triple)


class Collector:
    """What rdf.to_dataset needs of a Dataset, without rdflib's indexes (see ``into``)."""

    def __init__(self) -> None:
        self.graphs: dict[Node, _Graph] = {}

    def bind(self, *args: object, **kwargs: object) -> None:
        pass

    def graph(self, name: Node) -> _Graph:
        got = self.graphs.get(name)
        if got is None:
            got = self.graphs[name] = _Graph()
        return got

    def triples(self, name: Node) -> set[Triple]:
        got = self.graphs.get(name)
        return got.triples if got is not None else set()


# --------------------------------------------------------------------------- article pieces

@dataclass(frozen=True)
class Piece:
    """One article's RDF, rendered: everything the writer needs from it.

    The three big texts are kept zlib-packed (about a fifth of the size): a build holds
    the pieces of every article until it writes, and at 10,000 articles that is most of
    its memory. The cache stores them as plain text.
    """

    graph: str
    """The article graph's IRI in N-Triples form."""
    meta_subject: str
    meta_ttl: str
    """The article's own block in the entity graph (path, title, date, language)."""
    meta_json: str
    shared: tuple[tuple[str, str, str], ...]
    """Facts about entities (other articles may state them too) as N-Triples terms, for the
    union in graph.ttl."""
    packed: bytes
    """zlib of local_ttl, shared_ttl and json (see make): Turtle blocks of the subjects
    only this article has (its node, its statements), Turtle blocks of the facts about
    entities, and the article graph as a JSON-LD graph object."""

    @classmethod
    def make(cls, graph: str, meta_subject: str, meta_ttl: str, meta_json: str,
             shared: tuple[tuple[str, str, str], ...], local_ttl: str, shared_ttl: str,
             json_text: str) -> Piece:
        # the three texts one after the other, behind a line with the first two's lengths
        # (a JSON list cost twice as much to make and to read again)
        packed = zlib.compress(f"{len(local_ttl)} {len(shared_ttl)}\n{local_ttl}{shared_ttl}"
                               f"{json_text}".encode(), 1)
        return cls(graph, meta_subject, meta_ttl, meta_json, shared, packed)

    def texts(self) -> tuple[str, str, str]:
        """(local_ttl, shared_ttl, json)."""
        head, _, text = zlib.decompress(self.packed).decode("utf-8").partition("\n")
        local, shared = (int(n) for n in head.split())
        return text[:local], text[local:local + shared], text[local + shared:]

    def to_dict(self) -> dict[str, object]:
        """The piece as a cache entry keeps it: the packed texts in base64, as they are (an
        entry with the texts spelled out was twice the size and cost the worker more to
        write than to pack)."""
        return {"graph": self.graph, "meta_subject": self.meta_subject,
                "meta_ttl": self.meta_ttl, "meta_json": self.meta_json,
                "shared": [list(t) for t in self.shared],
                "packed": base64.b64encode(self.packed).decode("ascii")}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Piece:
        """A piece from its to_dict; ValueError or TypeError for one that is damaged (the
        packed texts are unpacked once here, so a damaged entry is found on reading it,
        not when the files are written)."""
        fields = ("graph", "meta_subject", "meta_ttl", "meta_json", "packed")
        if not all(isinstance(data[f], str) for f in fields):
            raise TypeError("a piece's texts must be strings")
        shared = tuple((str(s), str(p), str(o)) for s, p, o in data["shared"])
        packed = base64.b64decode(data["packed"], validate=True)
        piece = cls(data["graph"], data["meta_subject"], data["meta_ttl"], data["meta_json"],
                    shared, packed)
        try:
            piece.texts()
        except (zlib.error, UnicodeDecodeError) as exc:
            raise ValueError(f"a piece's packed texts are damaged: {exc}") from exc
        return piece


def _piece(graph: URIRef, meta: Iterable[Triple], triples: Iterable[Triple]) -> Piece:
    graph_nt = nt(graph)
    groups = _by_subject(triples)
    local = {graph_nt}
    for s, group in groups.items():
        if any(p == _SUBJECT for _, p, _ in group):  # a statement: named after this article
            local.add(s)
    blocks = _ttl_blocks(groups)
    meta_groups = _by_subject(meta)
    shared = tuple(sorted((s, nt(p), nt(o)) for s, group in groups.items() if s not in local
                          for _, p, o in group))
    return Piece.make(graph_nt, graph_nt, _ttl_blocks(meta_groups).get(graph_nt, ""),
                      json_node(graph_nt, meta_groups[graph_nt]) if graph_nt in meta_groups
                      else "", shared, "".join(blocks[s] for s in sorted(blocks) if s in local),
                      "".join(blocks[s] for s in sorted(blocks) if s not in local),
                      _json_graph(graph_nt, (json_node(s, groups[s]) for s in sorted(groups))))


def article_piece(extraction: Extraction) -> Piece:
    """The RDF of one article, made with the same rdf.to_dataset as a whole build."""
    from .resolve import resolve

    ds = Collector()
    to_dataset(resolve([extraction]), into=ds)  # type: ignore[arg-type]
    graph = article_iri(extraction.article.sha)
    meta = [t for t in ds.triples(ENTITY_GRAPH) if t[0] == graph]
    return _piece(graph, meta, ds.triples(graph))


# --------------------------------------------------------------------------- whole files

class Union:
    """What every article adds to the shared parts of the files: its metadata block in the
    entity graph and its facts about entities in graph.ttl's union. Counts, so a rebuild
    can take an article out again (state.py keeps this between builds)."""

    def __init__(self) -> None:
        self.shared: dict[str, dict[tuple[str, str], int]] = {}
        """Subject -> (predicate N-Triples, object Turtle) -> articles that state it."""
        self.meta: dict[str, tuple[str, str]] = {}
        """Article graph -> (its Turtle block, its JSON-LD node) in the entity graph."""

    def add(self, piece: Piece) -> None:
        self._apply(piece, 1)

    def remove(self, piece: Piece) -> None:
        self._apply(piece, -1)

    def _apply(self, piece: Piece, step: int) -> None:
        if step > 0 and piece.meta_ttl:
            self.meta[piece.meta_subject] = (piece.meta_ttl, piece.meta_json)
        elif step < 0:
            self.meta.pop(piece.meta_subject, None)
        from .resolve import count

        for s, p, o in piece.shared:
            count(self.shared, sys.intern(s), (sys.intern(p), sys.intern(ttl_from_nt(o))), step)


Slot = tuple[str, "Piece | None"]
"""An article graph and its piece, or None: copy its block from the previous file."""


@dataclass
class Written:
    """Where each article's block sits in a file a build wrote, so the next build can copy
    the blocks of unchanged articles instead of rendering them again."""

    size: int
    mtime_ns: int
    blocks: dict[str, tuple[int, int]]
    """Article graph -> (byte offset, byte length)."""
    sha256: str = ""
    """Of the whole file, when this build wrote it (graph.ttl names graph.trig's); empty for
    graph.jsonld, whose digest nothing reads (hashing its 115 MB at 10,000 articles: 0.15 s)."""

    @classmethod
    def of(cls, path: Path) -> Written:
        """A file written whole (no blocks to copy)."""
        st = path.stat()
        return cls(st.st_size, st.st_mtime_ns, {})

    def matches(self, path: Path) -> bool:
        """Whether path is still the file this describes (not edited or replaced since)."""
        try:
            st = path.stat()
        except OSError:
            return False
        return st.st_size == self.size and st.st_mtime_ns == self.mtime_ns


@dataclass
class Documents:
    """graph.trig, graph.ttl and graph.jsonld: a rendered head, one block per article graph
    (in IRI order) and a tail. ``write`` renders the articles' blocks one at a time, or
    copies them from the previous file, so a file is never whole in memory."""

    head: dict[str, list[str]]
    slots: list[Slot]

    def block(self, name: str, piece: Piece, texts: tuple[str, str, str] | None = None) -> str:
        """texts: piece.texts(), if unpacked already."""
        local, shared, json_text = texts or piece.texts()
        if name == "trig":
            return f"\n{_pname(piece.graph[1:-1])} {{\n\n{local}{shared}}}\n"
        if name == "ttl":
            return local
        return ",\n" + json_text

    def stream(self, name: str, union_of: str | None = None) -> Iterator[str]:
        """The whole text of one file (every slot must hold its piece); union_of: see write."""
        digest = hashlib.sha256()

        def hashed(text: str) -> str:
            if union_of:
                digest.update(text.encode("utf-8"))
            return text

        for text in self.head[name]:
            yield hashed(text)
        for graph, piece in self.slots:
            if piece is None:
                raise ValueError(f"no piece for {graph}: write() copies it from the last file")
            yield hashed(self.block(name, piece))
        yield hashed(_TAILS[name])
        if union_of and name == "ttl":
            yield union_line(union_of, digest.hexdigest())

    def trig(self) -> Iterator[str]:
        return self.stream("trig")

    def ttl(self) -> Iterator[str]:
        return self.stream("ttl")

    def jsonld(self) -> Iterator[str]:
        return self.stream("jsonld")

    def write(self, name: str, path: Path, previous: Written | None = None,
              union_of: str | None = None) -> Written:
        """Write one file atomically; blocks of slots without a piece come from previous.

        union_of: the SHA-256 of the graph.trig this build just wrote, for graph.ttl to
        end with a line saying it holds that file's triples (siblings.py).
        """
        return self.write_all({name: (path, previous)}, union_of)[name]

    def write_all(self, files: dict[str, tuple[Path, Written | None]],
                  union_of: str | None = None) -> dict[str, Written]:
        """Write several files (name -> path, previous) in one pass over the slots: a
        piece's texts are unpacked once for all of them (at 10,000 articles a pass per
        file unpacked each piece three times: ~1.8 s of CPU). A graph.ttl written with
        a graph.trig names that file's digest (union_of: see write)."""
        names = sorted(files, key=("trig", "ttl", "jsonld").index)
        blocks: dict[str, dict[str, tuple[int, int]]] = {name: {} for name in names}
        digests = {name: hashlib.sha256() for name in names if name != "jsonld"}
        at = dict.fromkeys(names, 0)
        with ExitStack() as stack:
            old = {}
            for name in names:
                if files[name][1] is not None:
                    fd = os.open(files[name][0], os.O_RDONLY)
                    stack.callback(os.close, fd)
                    old[name] = fd
            out = {name: stack.enter_context(_atomic(files[name][0])) for name in names}

            def put(name: str, data: bytes) -> None:
                if name in digests:
                    digests[name].update(data)
                out[name].write(data)
                at[name] += len(data)

            for name in names:
                put(name, "".join(self.head[name]).encode("utf-8"))
            for graph, piece in self.slots:
                texts = piece.texts() if piece is not None else None
                for name in names:
                    if piece is not None:
                        data = self.block(name, piece, texts).encode("utf-8")
                    else:
                        offset, length = files[name][1].blocks[graph]  # type: ignore[union-attr]
                        data = os.pread(old[name], length, offset)
                        if len(data) != length:
                            raise OSError(f"{files[name][0]} is shorter than the last build "
                                          f"wrote it")
                    blocks[name][graph] = (at[name], len(data))
                    put(name, data)
            for name in names:
                put(name, _TAILS[name].encode("utf-8"))
            trig = digests["trig"].hexdigest() if "trig" in digests else union_of
            if trig and "ttl" in names:
                put("ttl", union_line(trig, digests["ttl"].hexdigest()).encode("ascii"))
        written = {}
        for name in names:
            st = files[name][0].stat()  # after the rename: its own stat
            written[name] = Written(st.st_size, st.st_mtime_ns, blocks[name],
                                    digests[name].hexdigest() if name in digests else "")
        return written


_TAILS = {"trig": "", "ttl": "", "jsonld": "\n]}\n"}


def _prefix_lines() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(NAMESPACES.items())) + "\n"


@dataclass
class EntityGraph:
    """The entity graph (without the articles' own nodes) rendered, by subject."""

    blocks: dict[str, tuple[str, str]]
    """Subject (N-Triples) -> (its Turtle block, its JSON-LD node object)."""
    pairs: Callable[[str], Iterable[tuple[str, str]]]
    """A subject's (predicate N-Triples, object Turtle) pairs: graph.ttl merges them with
    the facts articles state about it."""


def entity_graph(triples: Iterable[Triple]) -> EntityGraph:
    """The entity graph rendered from its triples."""
    groups = _by_subject(triples)
    blocks = {s: (ttl_block(s, ((nt(p), ttl(o)) for _, p, o in g)), json_node(s, g))
              for s, g in groups.items()}
    return EntityGraph(blocks, lambda s: ((nt(p), ttl(o)) for _, p, o in groups[s]))


class EntityBlocks:
    """The entity graph's nodes as the last build rendered them, by what they were made from.

    Each node of the entity graph is the triples of a function of a few plain values
    (rdf.entity_nodes); a rebuild renders only the nodes whose values are new and takes
    the rest from here (at 10,000 articles rendering all ~19,000 took ~1.1 s of a 6 s
    rebuild). state.py keeps this between builds."""

    def __init__(self) -> None:
        self.known: dict[tuple[str, tuple[object, ...]], tuple[str, str]] = {}
        """(function name, its arguments) -> (Turtle block, JSON-LD node object)."""

    def render(self, kg: KnowledgeGraph) -> EntityGraph:
        """kg's entity graph; afterwards this holds its nodes only (for the next build)."""
        from .rdf import entity_nodes

        made: dict[tuple[str, tuple[object, ...]], tuple[str, str] | None] = {}
        makers: dict[str, dict[tuple[str, tuple[object, ...]], Callable[..., list[Triple]]]] \
            = defaultdict(dict)
        for make, args in entity_nodes(kg):
            key = (make.__name__, args)
            makers[f"<{args[0]}>"][key] = make  # the first argument is the node's IRI
            made[key] = self.known.get(key)

        def triples(s: str) -> Iterator[Triple]:
            for (_, args), make in makers[s].items():
                yield from make(*args)

        def pairs(s: str) -> Iterator[tuple[str, str]]:
            return ((nt(p), ttl(o)) for _, p, o in triples(s))

        blocks: dict[str, tuple[str, str]] = {}
        for s, keys in makers.items():
            key = next(iter(keys))
            got = made[key] if len(keys) == 1 else None
            if got is None:  # new, or a node several sets of values add to (never kept)
                group = list(triples(s))
                got = (ttl_block(s, ((nt(p), ttl(o)) for _, p, o in group)),
                       json_node(s, group))
                if len(keys) == 1:
                    made[key] = got
            blocks[s] = got
        self.known = {key: got for key, got in made.items() if got is not None}
        return EntityGraph(blocks, pairs)


def render(entity: list[Triple], pieces: Iterable[Piece]) -> Documents:
    """graph.trig, graph.ttl and graph.jsonld from the entity graph and the article pieces."""
    union = Union()
    slots: list[Slot] = []
    for piece in pieces:
        union.add(piece)
        slots.append((piece.graph, piece))
    return documents(entity_graph(entity), union, slots)


def documents(entity: EntityGraph, union: Union, slots: Iterable[Slot]) -> Documents:
    """The files from the entity graph, what the articles add to it (union) and one slot per
    article. The small parts (entity graph, article metadata, the union of shared facts)
    are rendered now, the articles' blocks as the files are written."""
    slots = sorted(slots, key=lambda slot: slot[0])
    ttl_blocks = {s: block for s, (block, _) in entity.blocks.items()}
    json_nodes = {s: node for s, (_, node) in entity.blocks.items()}
    for subject, (meta_ttl, meta_json) in union.meta.items():
        ttl_blocks[subject] = meta_ttl
        json_nodes[subject] = meta_json
    # the union: entity-graph triples plus every shared fact, each once, by subject; a
    # subject no article adds to has the entity graph's block (most of them: ~90%)
    union_blocks: dict[str, str] = {}
    for s, (block, _) in entity.blocks.items():
        shared = union.shared.get(s)
        union_blocks[s] = ttl_block(s, chain(entity.pairs(s), shared)) if shared else block
    for s, pairs in union.shared.items():
        if s not in entity.blocks:
            union_blocks[s] = ttl_block(s, pairs)
    # an article's own block is kept as written
    union_blocks.update({s: meta_ttl for s, (meta_ttl, _) in union.meta.items()})
    head = _prefix_lines()
    entity_subjects = sorted(set(ttl_blocks))
    trig = [head + ENTITY_GRAPH_NT + " {\n\n", *(ttl_blocks[s] for s in entity_subjects), "}\n"]
    ttl_head = [head, *(union_blocks[s] for s in sorted(union_blocks))]
    context = json.dumps(dict(sorted(NAMESPACES.items())), ensure_ascii=False)
    jsonld = [f'{{"@context": {context},\n"@graph": [\n'
              + _json_graph(ENTITY_GRAPH_NT, (json_nodes[s] for s in entity_subjects))]
    return Documents({"trig": trig, "ttl": ttl_head, "jsonld": jsonld}, slots)


def graph_pieces(entity_graph: Iterable[Triple], articles: Mapping[Node, Iterable[Triple]]
                 ) -> tuple[list[Triple], list[Piece]]:
    """The entity graph (without the articles' own nodes) and one piece per article graph,
    from the triples of each graph: what render needs."""
    meta: dict[Node, list[Triple]] = defaultdict(list)
    entity: list[Triple] = []
    for t in entity_graph:
        (meta[t[0]] if t[0] in articles else entity).append(t)
    pieces = [_piece(g, meta.get(g, []), list(triples))  # type: ignore[arg-type]
              for g, triples in articles.items()]
    return entity, pieces


def dataset_pieces(ds: Dataset) -> tuple[list[Triple], list[Piece]]:
    """Split a whole Dataset (rdf.to_dataset) into the entity graph and article pieces."""
    entity_graph = ds.graph(ENTITY_GRAPH)
    articles = set(entity_graph.subjects(RDF.type, KG.Article))
    return graph_pieces(entity_graph.triples((None, None, None)),
                        {g: ds.graph(g).triples((None, None, None)) for g in articles})


def render_dataset(ds: Dataset) -> Documents:
    """The same files from a whole rdflib Dataset (the reference for the piecewise path)."""
    entity, pieces = dataset_pieces(ds)
    return render(entity, pieces)


@contextmanager
def _atomic(path: Path) -> Iterator[BinaryIO]:
    """A binary file beside path that replaces it (fsync, rename) when the block ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """Stream text to path atomically: a temporary file beside it, fsync, rename."""
    with _atomic(path) as fh:
        buffer: list[str] = []
        size = 0
        for chunk in chunks:
            buffer.append(chunk)
            size += len(chunk)
            if size > 1 << 22:
                fh.write("".join(buffer).encode("utf-8"))
                buffer, size = [], 0
        fh.write("".join(buffer).encode("utf-8"))
