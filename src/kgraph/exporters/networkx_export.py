"""The entity graph as GraphML, GEXF or Cytoscape.js JSON, for Gephi and Cytoscape users.

networkx writes all three, so we only shape the attributes: GraphML and GEXF hold
scalars only, so aliases and evidence become joined strings (sentences one per line, and
``evidence`` as ``path: sentence`` lines that pair each sentence with its article)
and values that are absent are left out rather than written as ``None``. Cytoscape JSON
keeps the lists and the evidence records as they are.
"""
from __future__ import annotations

import io
import json
import re
from collections.abc import Callable

import networkx as nx

from ..errors import KgraphError


def _sorted_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Nodes and edges in a stable order, so the same graph gives the same file."""
    out = nx.MultiDiGraph()
    out.add_nodes_from(sorted(g.nodes(data=True), key=lambda nd: str(nd[0])))
    edges = sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]),
                                                      str(e[2].get("label", ""))))
    out.add_edges_from(edges)
    return out


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all str, float, int or bool (GraphML and GEXF need that)."""
    out = nx.MultiDiGraph()
    for node, d in sorted(g.nodes(data=True), key=lambda nd: str(nd[0])):
        attrs = {"label": str(d.get("label", node)), "type": str(d.get("type") or "")}
        if d.get("aliases"):
            attrs["aliases"] = "; ".join(d["aliases"])
        family = d.get("family")
        if family:
            attrs["family"] = str(g.nodes[family].get("label", family)) if family in g else family
        out.add_node(_xml_text(str(node)), **attrs)
    for i, (s, o, d) in enumerate(_sorted_copy(g).edges(data=True)):
        sources = d.get("sources", [])
        attrs = {
            "relation": str(d.get("relation", "")), "label": str(d.get("label", "")),
            "hedged": bool(d.get("hedged")), "confidence": float(d.get("confidence") or 0),
            "articles": len({src.get("path") for src in sources}),
            "sentences": "\n".join(src.get("sentence") or "" for src in sources),
            "sources": "; ".join(sorted({src.get("path") or "" for src in sources})),
            # which sentence is from which article: "path: sentence", one source a line
            # (sentences and sources alone cannot be paired once an edge has several)
            "evidence": "\n".join(f"{src.get('path') or ''}: {src.get('sentence') or ''}"
                                   for src in sources),
        }
        dates = sorted({src["date"] for src in sources if src.get("date")})
        if dates:
            attrs["dates"] = "; ".join(dates)
        if d.get("amount"):
            attrs["amount"] = float(d["amount"])
            attrs["amount_exact"] = str(d["amount"])
        if d.get("currency"):
            attrs["currency"] = str(d["currency"])
        out.add_edge(_xml_text(str(s)), _xml_text(str(o)), key=f"e{i}", **attrs)  # unique ids
    for _, d in out.nodes(data=True):
        d.update({k: _xml_text(v) for k, v in d.items() if isinstance(v, str)})
    for _, _, d in out.edges(data=True):
        d.update({k: _xml_text(v) for k, v in d.items() if isinstance(v, str)})
    return out


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    """XML 1.0 cannot hold C0 controls, U+FFFE/U+FFFF or lone surrogates (graph files may)."""
    return _NOT_XML.sub("\ufffd", text)


def to_graphml(g: nx.MultiDiGraph) -> str:
    text = "\n".join(nx.generate_graphml(flat(g), named_key_ids=True)) + "\n"
    # networkx writes Python's True/False; XML Schema booleans are lower case
    for value in ("True", "False"):
        text = text.replace(f'<data key="hedged">{value}</data>',
                            f'<data key="hedged">{value.lower()}</data>')
    return text


def to_gexf(g: nx.MultiDiGraph) -> str:
    buffer = io.BytesIO()
    nx.write_gexf(flat(g), buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def to_cytoscape(g: nx.MultiDiGraph) -> str:
    data = nx.cytoscape_data(_sorted_copy(g), name="label", ident="id")
    for node in data["elements"]["nodes"]:
        node["data"]["iri"] = node["data"]["id"]
    return json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n"


FORMATS: dict[str, tuple[str, Callable[[nx.MultiDiGraph], str]]] = {
    "graphml": (".graphml", to_graphml),
    "gexf": (".gexf", to_gexf),
    "cytoscape-json": (".cyjs", to_cytoscape),
}
"""Format name -> (file extension, writer)."""


def export(g: nx.MultiDiGraph, fmt: str) -> str:
    """The graph in one of FORMATS, as text."""
    if fmt not in FORMATS:
        raise KgraphError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
    return FORMATS[fmt][1](g)
