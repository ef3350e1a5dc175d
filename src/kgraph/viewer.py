"""networkx graph -> one self-contained HTML page that makes no request at all.

The page is our own Jinja2 template (templates/graph.html.j2 with graph.js and
graph.css) around vis-network 9.1.2, whose minified script we take from the pyvis
package and inline: pyvis's own templates link Bootstrap and tom-select from CDNs
(FINDINGS.md), and its ``Network.add_edge`` grows with the square of the graph.

Safety: names and sentences come from articles, so they are never HTML. They travel
as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&``
written as ``\\u003c`` etc. (no ``</script>`` can end the block early); the script
draws labels on a canvas, gives vis-network tooltips as plain strings (rendered as
text in vis-network 9) and builds every panel with ``textContent``. A Content
Security Policy allows only the page's own two scripts, by hash, and no network.
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import networkx as nx

from .errors import EntityNotFoundError
from .graphview import RELATIONS
from .layout import layout


@dataclass(frozen=True)
class ClassStyle:
    """How the entities of one class look on the page and in its legend."""

    label: str
    color: str
    shape: str
    """A vis-network shape whose size follows ``size`` (not box/ellipse)."""
    symbol: str
    """The legend's character for that shape."""


CLASSES = {
    "Organization": ClassStyle("Organization", "#4e79a7", "dot", "●"),
    "AIModel": ClassStyle("AI model", "#f28e2b", "diamond", "◆"),
    "Product": ClassStyle("Product", "#59a14f", "square", "■"),
    "Person": ClassStyle("Person", "#e15759", "triangle", "▲"),
    "Purpose": ClassStyle("Investment purpose", "#9c755f", "hexagon", "⬢"),
}
OTHER = ClassStyle("Other", "#8c8c8c", "dot", "●")

RELATION_STYLE = {
    "uses": ("uses", "#76b7b2"),
    "developedBy": ("developed by", "#f28e2b"),
    "surpasses": ("surpasses", "#b07aa1"),
    "invests": ("invests", "#59a14f"),
    "investsIn": ("invests in", "#8cd17d"),
    "ceoOf": ("CEO of", "#e15759"),
    "acquires": ("acquires", "#4e79a7"),
    "partnersWith": ("partners with", "#edc948"),
}
"""Relation -> (label on the page, colour). The keys are the kg: names, never renamed."""

PHYSICS_LIMIT = 600
"""Up to this many nodes (and PHYSICS_EDGE_LIMIT edges) the browser refines the Python
layout with a short physics run, then freezes it (no jitter); beyond, positions come
from Python only."""
PHYSICS_EDGE_LIMIT = 1500
DEFAULT_MAX_NODES = 3000
"""A page for a bigger graph keeps this many best-connected entities unless told."""


def select(g: nx.MultiDiGraph, focus: str | None = None, depth: int = 2,
           max_nodes: int | None = None) -> nx.MultiDiGraph:
    """The part of the graph to draw: a neighbourhood, and/or the best-connected nodes."""
    if focus:
        starts = find_entities(g, focus)
        undirected = g.to_undirected(as_view=True)
        keep: set[str] = set()
        for s in starts:
            keep |= set(nx.single_source_shortest_path_length(undirected, s, cutoff=depth))
        g = g.subgraph(keep).copy()
        g.graph["focus"] = starts
    if max_nodes is not None and g.number_of_nodes() > max_nodes:
        focus_nodes = g.graph.get("focus", [])[:max_nodes]  # the focus always stays
        ranked = sorted(g.degree, key=lambda nd: (nd[0] not in focus_nodes, -nd[1], str(nd[0])))
        g = _induced(g, {n for n, _ in ranked[:max_nodes]})
        g.graph["focus"] = focus_nodes
    return g


def _induced(g: nx.MultiDiGraph, keep: set) -> nx.MultiDiGraph:
    """``g.subgraph(keep).copy()`` (same nodes, edges and order) read straight from g's
    adjacency: through a subgraph view it took 0.5 s at 3,000 nodes and 46,000 facts."""
    h = g.__class__()
    h.graph.update(g.graph)
    h.add_nodes_from((n, d) for n, d in g.nodes.items() if n in keep)
    h.add_edges_from((u, v, k, d) for u, nbrs in g.adj.items() if u in keep
                     for v, keyed in nbrs.items() if v in keep for k, d in keyed.items())
    return h


@dataclass(frozen=True)
class Page:
    """A rendered page and what it shows."""

    html: str
    nodes: int
    """Entities on the page."""
    edges: int
    """Facts on the page (hedged ones included; the page hides them until asked)."""
    total_nodes: int
    """Entities there were to draw (in the --focus neighbourhood if given) before the cap."""


def make_page(g: nx.MultiDiGraph, title: str = "kgraph", focus: str | None = None,
              depth: int = 2, max_nodes: int | None = None) -> Page:
    """Select, lay out and render; a graph bigger than DEFAULT_MAX_NODES is capped unless
    ``max_nodes`` says otherwise, so the page always loads in seconds."""
    around = select(g, focus=focus, depth=depth)
    limit = DEFAULT_MAX_NODES if max_nodes is None else max_nodes
    drawn = select(around, max_nodes=limit)
    total = (around.number_of_nodes(), around.number_of_edges())
    return Page(render_html(drawn, title=title, total=total), drawn.number_of_nodes(),
                drawn.number_of_edges(), total[0])


def find_entities(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label or alias is ``name`` (case-insensitive)."""
    wanted = name.casefold()
    found = sorted(n for n, d in g.nodes(data=True)
                   if str(d.get("label", "")).casefold() == wanted
                   or wanted in (a.casefold() for a in d.get("aliases", [])))
    if found:
        return found
    names = sorted({str(d.get("label", "")) for _, d in g.nodes(data=True)})
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.75)
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
    raise EntityNotFoundError(f"no entity named {name!r} in the graph{hint}")


EDGE_FIELDS = ("from", "to", "relation", "label", "hedged", "confidence", "articles", "amount",
               "currency", "parallel", "sources")
"""What each row of the page's ``edges`` holds (its id is its place); ``sources`` holds rows
of SOURCE_FIELDS."""
SOURCE_FIELDS = ("sentence", "article", "confidence")
"""A source row: its sentence (an index into ``sentences``), its article (an index into
``articles``), its confidence."""


def page_data(g: nx.MultiDiGraph, title: str = "kgraph", total: tuple[int, int] | None = None,
              physics: bool | None = None) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-ready values (edges as rows:
    EDGE_FIELDS)."""
    order = sorted(g.nodes, key=lambda n: (str(g.nodes[n].get("label", n)).casefold(), str(n)))
    index = {n: i for i, n in enumerate(order)}
    positions = layout(g)
    degree = dict(g.degree)
    if physics is None:
        physics = len(order) <= PHYSICS_LIMIT and g.number_of_edges() <= PHYSICS_EDGE_LIMIT
    nodes = []
    class_counts: Counter[str] = Counter()
    for n in order:
        d = g.nodes[n]
        kind = d.get("type") or "Other"
        class_counts[kind] += 1
        family = d.get("family")
        x, y = positions[n]
        nodes.append({
            "id": index[n], "iri": str(n), "label": str(d.get("label", n)), "type": kind,
            "aliases": list(d.get("aliases") or []),
            "family": str(g.nodes[family].get("label")) if family in g else None,
            "x": x, "y": y, "degree": degree[n],
            "size": round(10 + 6 * math.sqrt(min(degree[n], 60)), 1),
        })
    # an article's path, title and date once, not with each of its sentences: the page
    # script builds the tooltips from these (at 3,000 nodes this halves the page)
    articles: list[dict[str, Any]] = []
    article_index: dict[tuple, int] = {}
    # an evidence sentence once, however many edges it supports (~a third fewer at
    # 10,000 articles); an edge as a row of EDGE_FIELDS, not an object: the page script
    # makes the objects (this halved the page and the time to write it)
    sentences: list[str] = []
    sentence_index: dict[str, int] = {}

    def source_row(src: dict[str, Any]) -> list[Any]:
        text = src.get("sentence") or ""
        at = sentence_index.get(text)
        if at is None:
            at = sentence_index[text] = len(sentences)
            sentences.append(text)
        key = (src.get("path"), src.get("title"), src.get("date"))
        where = article_index.get(key)
        if where is None:
            where = article_index[key] = len(articles)
            articles.append({"path": key[0], "title": key[1], "date": key[2]})
        return [at, where, src.get("confidence")]

    # g.adj rather than g.edges(data=True): the same edges in the same order, without a
    # report view's generator per edge (48,000 edges on a 3,000-node page)
    found = [(index[s], index[o], d) for s, nbrs in g.adj.items() for o, keyed in nbrs.items()
             for d in keyed.values()]
    found.sort(key=lambda e: (e[0], e[1], e[2].get("label", "")))
    edges = []
    # the legend counts asserted facts, as the build's summary does, hedged ones apart: they
    # are hidden until asked for, and "invests 13" beside 12 drawn read as one missing
    relation_counts: Counter[str] = Counter()
    hedged_counts: Counter[str] = Counter()
    pair_seen: Counter[tuple[int, int]] = Counter()
    for s, o, d in found:
        relation = d.get("relation", "")
        (hedged_counts if d.get("hedged") else relation_counts)[relation] += 1
        label = RELATION_STYLE.get(relation, (relation, ""))[0]
        if relation == "invests":
            label = d.get("label") or label  # "invests $53 bn"
        pair = (s, o) if s < o else (o, s)
        sources = d.get("sources", [])
        edges.append([
            s, o, relation, label, bool(d.get("hedged")),
            round(float(d.get("confidence") or 0), 3),
            len({src.get("path") for src in sources}) if len(sources) > 1 else len(sources),
            d.get("amount"), d.get("currency"), pair_seen[pair],
            [source_row(src) for src in sources],
        ])
        pair_seen[pair] += 1
    return {
        "title": title,
        "physics": physics,
        "classes": [{"type": t, "label": CLASSES.get(t, OTHER).label,
                     "color": CLASSES.get(t, OTHER).color, "shape": CLASSES.get(t, OTHER).shape,
                     "symbol": CLASSES.get(t, OTHER).symbol, "count": class_counts[t]}
                    for t in [*CLASSES, "Other"] if class_counts[t]],
        "relations": [{"name": r, "label": RELATION_STYLE[r][0], "color": RELATION_STYLE[r][1],
                       "count": relation_counts[r], "hedged": hedged_counts[r]}
                      for r in RELATIONS if relation_counts[r] or hedged_counts[r]],
        "nodes": nodes,
        "edgeFields": list(EDGE_FIELDS),
        "edges": edges,
        "sourceFields": list(SOURCE_FIELDS),
        "sentences": sentences,
        "articles": articles,
        "focus": [index[n] for n in g.graph.get("focus", []) if n in index],
        "total": {"nodes": total[0] if total else len(nodes),
                  "edges": total[1] if total else len(edges)},
    }


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


@cache
def _asset(name: str) -> str:
    return (resources.files("kgraph") / "templates" / name).read_text(encoding="utf-8")


@cache
def _vis_js() -> str:
    # pyvis bundles vis-network; reusing its copy saves vendoring 470 kB of minified JS
    path = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    text = path.read_text(encoding="utf-8")
    # the source map is not shipped; without this line DevTools would go looking for it
    return re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(g: nx.MultiDiGraph, title: str = "kgraph", total: tuple[int, int] | None = None,
                physics: bool | None = None) -> str:
    """The page as a string; nothing in it loads from the network."""
    import jinja2

    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    template = env.from_string(_asset("graph.html.j2"))
    vis_js, app_js = _vis_js(), _asset("graph.js")
    for script in (vis_js, app_js):
        if "</script" in script.lower() or "<!--" in script:
            raise RuntimeError("an inlined script would end its <script> element early")
    data = page_data(g, title=title, total=total, physics=physics)
    return template.render(
        title=title, css=_asset("graph.css"), vis_js=vis_js, app_js=app_js,
        data=script_json(data),
        csp=f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
            "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    )
