"""networkx graph -> one self-contained HTML page (pyvis with vis-network inlined).

pyvis's templates link Bootstrap and vis from CDNs, which fail offline and leak the
reader's visit (FINDINGS.md); the page is rendered with resources in line and every
remaining external reference is removed. Every label and tooltip is HTML-escaped.
"""
from __future__ import annotations

import html
import re

import networkx as nx

STYLE = {
    "Organization": {"color": "#4e79a7", "shape": "dot"},
    "AIModel": {"color": "#f28e2b", "shape": "diamond"},
    "Product": {"color": "#59a14f", "shape": "square"},
    "Person": {"color": "#e15759", "shape": "triangle"},
    "Purpose": {"color": "#bab0ac", "shape": "box"},
}


def _tooltip_node(data: dict) -> str:
    lines = [f"{data.get('label')} ({data.get('type')})"]
    if data.get("aliases"):
        lines.append("also: " + ", ".join(data["aliases"]))
    return "\n".join(lines)


def _tooltip_edge(data: dict) -> str:
    lines = [data.get("label", "")]
    for src in data.get("sources", [])[:5]:
        when = f" ({src['date']})" if src.get("date") else ""
        lines.append(f"“{src['sentence']}” — {src['path']}{when}")
    return "\n".join(lines)


def select(g: nx.MultiDiGraph, focus: str | None = None, depth: int = 2,
           max_nodes: int | None = None) -> nx.MultiDiGraph:
    """The part of the graph to draw: a neighbourhood, and/or the best-connected nodes."""
    if focus:
        wanted = focus.casefold()
        starts = [n for n, d in g.nodes(data=True)
                  if str(d.get("label", "")).casefold() == wanted
                  or wanted in (a.casefold() for a in d.get("aliases", []))]
        if not starts:
            from .errors import KgraphError

            raise KgraphError(f"no entity named {focus!r} in the graph")
        undirected = g.to_undirected(as_view=True)
        keep: set[str] = set()
        for s in starts:
            keep |= set(nx.single_source_shortest_path_length(undirected, s, cutoff=depth))
        g = g.subgraph(keep).copy()
    if max_nodes is not None and g.number_of_nodes() > max_nodes:
        ranked = sorted(g.degree, key=lambda nd: (-nd[1], str(nd[0])))[:max_nodes]
        g = g.subgraph([n for n, _ in ranked]).copy()
    return g


def render_html(g: nx.MultiDiGraph, title: str = "kgraph") -> str:
    """The page as a string; nothing in it loads from the network."""
    from pyvis.network import Network

    net = Network(height="92vh", width="100%", directed=True, cdn_resources="in_line",
                  heading="")
    degrees = dict(g.degree)
    for node, data in sorted(g.nodes(data=True), key=lambda nd: str(nd[0])):
        style = STYLE.get(data.get("type"), STYLE["Purpose"])
        net.nodes.append({"id": node, "label": html.escape(str(data.get("label", node))),
                          "title": html.escape(_tooltip_node(data)),
                          "color": style["color"], "shape": style["shape"],
                          "size": 10 + 4 * min(degrees.get(node, 0), 10)})
        net.node_ids.append(node)
        net.node_map[node] = net.nodes[-1]
    for s, o, data in g.edges(data=True):
        net.edges.append({"from": s, "to": o, "label": html.escape(data.get("label", "")),
                          "title": html.escape(_tooltip_edge(data)), "arrows": "to",
                          "dashes": bool(data.get("hedged"))})
    net.set_options('{"physics": {"solver": "forceAtlas2Based", "stabilization": '
                    '{"iterations": 200}}, "edges": {"smooth": false, "font": {"size": 10}}}')
    page = net.generate_html()
    page = re.sub(r"<link[^>]+href=\"https?://[^>]*>", "", page)
    page = re.sub(r"<script[^>]+src=\"https?://[^>]*>\s*</script>", "", page)
    return page.replace("<title>", f"<title>{html.escape(title)} ", 1)
