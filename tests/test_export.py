"""kgraph export: GraphML, GEXF and Cytoscape JSON that Gephi, Cytoscape and networkx read back."""
from __future__ import annotations

import io
import json
import shutil
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.errors import KgraphError
from kgraph.exporters.networkx_export import FORMATS, export, flat
from viewgraphs import entity, fact, small_graph


def read_back(text: str, fmt: str) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(io.StringIO(text), force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    return nx.cytoscape_graph(json.loads(text))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_reads_back_with_all_entities_and_facts(fmt):
    g = small_graph()
    back = read_back(export(g, fmt), fmt)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    labels = {d.get("label") for _, d in back.nodes(data=True)}
    assert {"Alibaba", "Qwen", "cloud and AI infrastructure"} <= labels


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_flat_formats_keep_evidence_as_text_and_amounts_as_numbers(fmt):
    back = read_back(export(small_graph(), fmt), fmt)
    edges = {d["relation"]: d for _, _, d in back.edges(data=True) if not d["hedged"]}
    assert edges["developedBy"]["sentences"] == "Alibaba built Qwen.\nQwen is Alibaba's model."
    assert edges["developedBy"]["articles"] == 2
    # each sentence with the article it is from (sources is only the set of paths)
    assert edges["developedBy"]["evidence"] == ("a.txt: Alibaba built Qwen.\n"
                                                "b.txt: Qwen is Alibaba's model.")
    assert edges["invests"]["amount"] == 53e9
    assert edges["invests"]["amount_exact"] == "53000000000"
    assert edges["invests"]["currency"] == "USD"
    assert edges["invests"]["label"] == "invests $53 bn"
    hedged = [d for _, _, d in back.edges(data=True) if d["hedged"] is True]
    assert len(hedged) == 1
    alibaba = next(d for _, d in back.nodes(data=True) if d.get("label") == "Alibaba")
    assert alibaba["aliases"] == "Alibaba Group"


def test_flat_graph_holds_only_scalars():
    g = flat(small_graph())
    for _, d in g.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values()), d
    for _, _, d in g.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values()), d


def test_graphml_is_valid_xml_with_unique_edge_ids_and_schema_booleans():
    root = ET.fromstring(export(small_graph(), "graphml"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    ids = [e.get("id") for e in root.iterfind(".//g:edge", ns)]
    assert len(ids) == len(set(ids)) == 6
    hedged = {d.text for d in root.iterfind(".//g:data[@key='hedged']", ns)}
    assert hedged == {"true", "false"}


def test_cytoscape_json_keeps_evidence_records():
    data = json.loads(export(small_graph(), "cytoscape-json"))
    edge = next(e["data"] for e in data["elements"]["edges"]
                if e["data"]["relation"] == "developedBy" and len(e["data"]["sources"]) == 2)
    assert edge["sources"][0]["sentence"] == "Alibaba built Qwen."
    node = next(n["data"] for n in data["elements"]["nodes"] if n["data"]["label"] == "Alibaba")
    assert node["name"] == "Alibaba" and node["aliases"] == ["Alibaba Group"]


def test_markup_in_names_is_escaped_in_xml():
    g = nx.MultiDiGraph()
    a = entity(g, "<script>alert(1)</script> Inc.")
    b = entity(g, "Q&A", "AIModel")
    fact(g, a, "uses", b, sources=(("x.txt", "<b>bold</b> & more"),))
    for fmt in ("graphml", "gexf"):
        text = export(g, fmt)
        assert "<script>" not in text and "<b>" not in text
        back = read_back(text, fmt)
        assert "<script>alert(1)</script> Inc." in {d["label"] for _, d in back.nodes(data=True)}


def test_export_is_reproducible():
    assert export(small_graph(), "graphml") == export(small_graph(), "graphml")


def test_unknown_format_is_an_error():
    with pytest.raises(KgraphError, match="unknown export format 'dot'"):
        export(small_graph(), "dot")


# --- the command ------------------------------------------------------------------------------

@pytest.fixture
def graph_copy(mini_build, tmp_path):
    target = tmp_path / "graph.trig"
    shutil.copy(mini_build.file("graph.trig"), target)
    return target


@pytest.mark.parametrize("fmt, name", [("graphml", "graph.graphml"), ("gexf", "graph.gexf"),
                                       ("cytoscape-json", "graph.cyjs")])
def test_export_command_writes_beside_the_graph(graph_copy, fmt, name):
    result = CliRunner().invoke(main, ["export", str(graph_copy), "--format", fmt])
    assert result.exit_code == 0, result.output
    target = graph_copy.with_name(name)
    assert result.stdout == f"wrote {target}\n"
    back = read_back(target.read_text(encoding="utf-8"), fmt)
    assert "Airbnb" in {d.get("label") for _, d in back.nodes(data=True)}


def test_export_command_to_stdout(graph_copy):
    result = CliRunner().invoke(main, ["export", str(graph_copy), "--format", "cytoscape-json",
                                       "--out", "-"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["directed"] is True
    assert not graph_copy.with_name("graph.cyjs").exists()


def test_export_command_rejects_unknown_format(graph_copy):
    result = CliRunner().invoke(main, ["export", str(graph_copy), "--format", "dot"])
    assert result.exit_code == 2
    assert "'dot' is not one of" in result.stderr


def test_export_of_missing_graph_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["export", str(tmp_path / "none.trig")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'none.trig'}: no such graph file or folder\n"
