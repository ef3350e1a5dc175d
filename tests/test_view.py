"""The graph page: self-contained, escaped, styled by class, capped for big graphs."""
from __future__ import annotations

import base64
import hashlib
import html as html_module
import json
import math
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kgraph import viewer
from kgraph.errors import EntityNotFoundError
from kgraph.graphview import money_label
from kgraph.layout import layout
from viewgraphs import entity, fact, small_graph

PAYLOADS = ["<script>alert(1)</script> Inc.", "<img src=x onerror=alert(1)>",
            "</script><script>alert(2)</script>", "a & b <!-- c", "\u2028line\u2029sep"]


def page_json(html: str) -> dict:
    """The page's data with its edges made objects, as graph.js's unpack makes them."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "the page carries its data as a JSON script block"
    data = json.loads(m.group(1))
    edges = []
    for id_, row in enumerate(data["edges"]):
        edge = {"id": id_, **dict(zip(data["edgeFields"], row, strict=True))}
        edge["sources"] = [dict(zip(data["sourceFields"], s, strict=True)) for s in edge["sources"]]
        for source in edge["sources"]:
            source["sentence"] = data["sentences"][source["sentence"]]
        edges.append(edge)
    data["edges"] = edges
    return data


def scripts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, re.S)


@pytest.fixture(scope="module")
def html() -> str:
    return viewer.render_html(small_graph(), title="Test <graph>")


# --- offline and safe ---------------------------------------------------------------------

def test_page_loads_nothing_from_the_network(html):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "<link" not in html.lower()
    assert "@import" not in html
    assert re.search(r"url\(\s*['\"]?(?:https?:)?//", html) is None


def test_page_inlines_vis_network_and_its_own_script(html):
    bodies = scripts(html)
    assert len(bodies) == 2
    assert "vis-network" in bodies[0][:300]
    assert "kg-data" in bodies[1]


def test_content_security_policy_allows_only_the_pages_own_scripts(html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    csp = csp.replace("&#39;", "'")
    assert "default-src 'none'" in csp
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    actual = {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts(html)}
    assert allowed == actual
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_names_cannot_break_out_of_the_data_block(payload):
    g = nx.MultiDiGraph()
    evil = entity(g, payload)
    other = entity(g, "Qwen", "AIModel", aliases=(payload,))
    fact(g, evil, "uses", other, sources=((payload + ".txt", f"{payload} uses Qwen."),),
         title=payload)
    page = viewer.render_html(g, title=payload)
    # the data block and the two scripts (vis-network has one "<script>" string inside)
    assert page.count("<script") == 3 + viewer._vis_js().count("<script")
    assert "<img" not in page
    assert "\u2028" not in page.split('id="kg-data">')[1].split("</script>")[0]
    data = page_json(page)
    labels = {n["label"] for n in data["nodes"]}
    assert payload in labels, "labels travel as data, unescaped, and are drawn as text"
    edge = data["edges"][0]
    article = data["articles"][edge["sources"][0]["article"]]
    assert article["title"] == payload and article["path"] == payload + ".txt"
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "<" not in title and html_module.unescape(title) == payload


def test_script_json_escapes_markup_characters():
    text = viewer.script_json({"x": "</script><b>&amp;"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><b>&amp;"}


def test_page_script_never_parses_html_from_data():
    js = (Path(viewer.__file__).parent / "templates" / "graph.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function"):
        assert sink not in js


# --- what the page shows --------------------------------------------------------------------

def test_nodes_carry_class_style_size_and_tooltip(html):
    data = page_json(html)
    by_label = {n["label"]: n for n in data["nodes"]}
    styles = {c["type"]: c for c in data["classes"]}
    assert set(styles) == {"Organization", "AIModel", "Person", "Purpose"}
    assert sum(c["count"] for c in data["classes"]) == len(data["nodes"]) == 8
    assert styles["Organization"]["shape"] != styles["AIModel"]["shape"]
    assert styles["Organization"]["color"] != styles["Person"]["color"]
    assert by_label["Qwen"]["size"] > by_label["Brian Chesky"]["size"], "bigger when connected"
    assert by_label["Alibaba"]["aliases"] == ["Alibaba Group"]
    assert by_label["Alibaba"]["degree"] == 2, "the tooltip's fact count"


def test_edges_are_labelled_with_readable_relations_and_amounts(html):
    data = page_json(html)
    labels = {e["relation"]: e["label"] for e in data["edges"]}
    assert labels["invests"] == "invests $53 bn"
    assert labels["developedBy"] == "developed by"
    assert labels["ceoOf"] == "CEO of"
    # asserted facts, as the build's summary counts them; the hidden hedged ones apart
    relations = {r["name"]: (r["count"], r["hedged"]) for r in data["relations"]}
    assert relations == {"uses": (1, 1), "developedBy": (2, 0), "invests": (1, 0),
                         "ceoOf": (1, 0)}


def test_edges_carry_their_evidence(html):
    data = page_json(html)
    names = {n["id"]: n["label"] for n in data["nodes"]}
    built = next(e for e in data["edges"] if names[e["from"]] == "Qwen")
    assert built["articles"] == 2
    assert [s["sentence"] for s in built["sources"]] == ["Alibaba built Qwen.",
                                                        "Qwen is Alibaba's model."]
    assert len({s["article"] for s in built["sources"]}) == 2
    hedged = [e for e in data["edges"] if e["hedged"]]
    assert [(names[e["from"]], e["relation"]) for e in hedged] == [("Meta", "uses")]


def test_a_sentence_behind_several_edges_is_written_once():
    g = nx.MultiDiGraph()
    fund, robot, cloud = entity(g, "Kestrel Fund"), entity(g, "Robotix"), entity(g, "Cloudwerk")
    said = "Kestrel Fund invests in Robotix and Cloudwerk."
    fact(g, fund, "investsIn", robot, sources=(("k.txt", said),))
    fact(g, fund, "investsIn", cloud, sources=(("k.txt", said), ("m.txt", "Another one.")))
    html = viewer.render_html(g)
    raw = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    assert raw.count("Kestrel Fund invests in Robotix") == 1
    data = page_json(html)
    names = {n["id"]: n["label"] for n in data["nodes"]}
    assert {names[e["to"]]: [s["sentence"] for s in e["sources"]] for e in data["edges"]} \
        == {"Robotix": [said], "Cloudwerk": [said, "Another one."]}


@pytest.mark.parametrize("amount, currency, text", [
    ("53000000000", "USD", "$53 bn"), ("1700000000", "EUR", "€1.7 bn"),
    ("300000000", "USD", "$300 m"), ("2000000000", "CHF", "2 bn CHF"),
    ("1500000000000", "USD", "$1.5 tn"), ("950000", "EUR", "€950,000"),
    ("10000000000", "USD", "$10 bn"), ("380000000000", "CNY", "380 bn CNY"),
])
def test_money_labels_are_readable(amount, currency, text):
    assert money_label(amount, currency) == text


# --- choosing what to draw ------------------------------------------------------------------

def test_focus_draws_the_neighbourhood_to_the_given_depth():
    g = small_graph()
    one = viewer.select(g, focus="alibaba group", depth=1)
    assert {d["label"] for _, d in one.nodes(data=True)} == {
        "Alibaba", "Qwen", "cloud and AI infrastructure"}
    two = viewer.select(g, focus="Alibaba", depth=2)
    assert {d["label"] for _, d in two.nodes(data=True)} == {
        "Alibaba", "Qwen", "cloud and AI infrastructure", "Airbnb", "Meta"}
    assert page_json(viewer.render_html(two))["focus"], "the focus entity is marked"


def test_focus_on_a_misspelt_name_suggests_the_right_one():
    with pytest.raises(EntityNotFoundError, match=r"no entity named 'Alibabba'.*'Alibaba'"):
        viewer.select(small_graph(), focus="Alibabba")


def test_max_nodes_keeps_the_best_connected():
    kept = viewer.select(small_graph(), max_nodes=3)
    assert {d["label"] for _, d in kept.nodes(data=True)} == {"Qwen", "Alibaba", "Airbnb"}


def test_big_graph_is_capped_by_default_and_says_so(monkeypatch):
    monkeypatch.setattr(viewer, "DEFAULT_MAX_NODES", 4)
    page = viewer.make_page(small_graph())
    assert (page.nodes, page.total_nodes) == (4, 8)
    data = page_json(page.html)
    assert data["total"]["nodes"] == 8 and len(data["nodes"]) == 4
    assert viewer.make_page(small_graph(), max_nodes=100).nodes == 8


def test_view_command_reports_a_capped_page(monkeypatch, mini_build, tmp_path):
    from click.testing import CliRunner

    from kgraph.cli import main

    monkeypatch.setattr(viewer, "DEFAULT_MAX_NODES", 3)
    graph = tmp_path / "graph.trig"
    shutil.copy(mini_build.file("graph.trig"), graph)
    result = CliRunner().invoke(main, ["view", str(graph)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {tmp_path / 'graph.html'}\n"
    assert re.fullmatch(r"drew the 3 best-connected of \d+ entities \(--max-nodes N or "
                        r"--focus NAME to choose\)\n", result.stderr)


# --- layout ----------------------------------------------------------------------------------

def test_small_graphs_settle_with_physics_and_big_ones_ship_positions():
    assert page_json(viewer.render_html(small_graph()))["physics"] is True
    g = nx.MultiDiGraph()
    for i in range(viewer.PHYSICS_LIMIT + 1):
        entity(g, f"Company {i}")
    assert page_json(viewer.render_html(g))["physics"] is False


def test_layout_is_deterministic_and_separates_nodes(monkeypatch):
    from kgraph import layout as module

    g = nx.barabasi_albert_graph(300, 1, seed=3)
    g.add_edges_from((1000 + i, 1001 + i) for i in range(0, 40, 2))  # small clusters too
    monkeypatch.setattr(module, "SPRINGS", {})
    first = layout(g)
    module.SPRINGS.clear()
    second = layout(g)
    assert first == second
    assert set(first) == set(g.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())
    assert len(set(first.values())) == len(first), "no two nodes on the same spot"


def test_force_layout_is_networkx_spring_layout_in_fewer_steps():
    """layout._force does networkx's Fruchterman-Reingold steps faster; on a graph too
    small for the summation order to matter, it lands where networkx does."""
    from kgraph.layout import _force

    g = nx.barabasi_albert_graph(40, 2, seed=5)
    k = 1 / math.sqrt(40)
    ours = _force(g, seed=7, k=k)
    theirs = nx.spring_layout(g, seed=7, k=k, method="force", iterations=50)
    assert set(ours) == set(g)
    assert max(abs(ours[v][i] - theirs[v][i]) for v in g for i in (0, 1)) < 1e-6
    assert max(max(abs(x), abs(y)) for x, y in ours.values()) == pytest.approx(1.0)
    assert _force(nx.path_graph(1), seed=7, k=1.0) == {0: (0.0, 0.0)}


def test_remembered_spring_layout_is_used_only_for_the_same_cluster(monkeypatch):
    """A rebuild reuses the last page's spring layouts (kept in the build state), so they
    must be looked up by their whole input: one more edge is a new layout."""
    from kgraph import layout as module

    monkeypatch.setattr(module, "SPRINGS", {})
    g = nx.barabasi_albert_graph(60, 1, seed=4)
    fresh = module.layout(g)
    assert len(module.SPRINGS) == 1
    assert module.layout(g) == fresh
    assert len(module.SPRINGS) == 1, "the same cluster: looked up, not laid out again"
    g.add_edge(0, 59)
    changed = module.layout(g)
    assert len(module.SPRINGS) == 2 and changed != fresh
    module.SPRINGS.clear()
    assert module.layout(g) == changed


def test_remembered_spring_layout_is_found_again_by_another_process():
    """String hashing differs between processes (and so the order sets give, which is the
    order networkx walks a small subgraph of a big one in); the key of a remembered layout
    must not."""
    import os
    import subprocess
    import sys

    script = ("import networkx as nx\nfrom kgraph import layout\n"
              "g = nx.relabel_nodes(nx.barabasi_albert_graph(1000, 1, seed=4), str)\n"
              "layout.layout(g)\nprint(sorted(layout.SPRINGS))")
    keys = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(keys) == 1 and "[]" not in keys


def test_layout_of_a_cluster_beyond_the_spring_limit_places_everyone(monkeypatch):
    from kgraph import layout as module

    monkeypatch.setattr(module, "SPRING_LIMIT", 50)
    g = nx.barabasi_albert_graph(400, 1, seed=5)
    pos = module.layout(g)
    assert set(pos) == set(g.nodes)
    assert len(set(pos.values())) > 390


def test_max_nodes_never_drops_the_focus_entity():
    kept = viewer.select(small_graph(), focus="Brian Chesky", depth=3, max_nodes=2)
    labels = {d["label"] for _, d in kept.nodes(data=True)}
    assert "Brian Chesky" in labels and len(labels) == 2
    assert kept.graph["focus"] == [n for n, d in kept.nodes(data=True)
                                   if d["label"] == "Brian Chesky"]


def test_build_draws_the_same_page_as_view_of_its_own_graph_file(tmp_path) -> None:
    """build draws graph.html from the graph in memory (graphview.from_graph), view from
    the TriG (graphview.to_networkx): one picture either way."""
    from kgraph.api import graph
    from kgraph.pipeline import build
    from kgraph.viewer import make_page

    out = tmp_path / "out"
    examples = Path(__file__).resolve().parents[1] / "examples" / "articles"
    report = build([examples], out, outputs=("trig", "html"), use_cache=False)
    page = make_page(graph([out / "graph.trig"]), title=f"kgraph: {report.articles} articles")
    assert (out / "graph.html").read_text(encoding="utf-8") == page.html


def test_each_article_is_listed_once_however_many_facts_cite_it(html):
    """Sources point into one table of articles instead of repeating path, title and date."""
    data = page_json(html)
    cited = [s["article"] for e in data["edges"] for s in e["sources"]]
    assert sorted(set(cited)) == list(range(len(data["articles"])))
    assert len(cited) > len(data["articles"])
    assert len({a["path"] for a in data["articles"]}) == len(data["articles"])
    assert all(set(s) == {"sentence", "article", "confidence"}
               for e in data["edges"] for s in e["sources"])


def _same_graph(a, b) -> bool:
    return (list(a.nodes(data=True)) == list(b.nodes(data=True))
            and list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True)))


@pytest.mark.parametrize("cap", [3, 12, 40, 10_000])
def test_capped_graph_is_the_selection_from_the_whole_graph(example_build, cap) -> None:
    """from_graph(kg, max_nodes) builds only what select() would keep of from_graph(kg),
    and says how big the whole graph was."""
    from kgraph.graphview import from_graph

    kg = example_build.report.graph
    whole = from_graph(kg)
    capped = from_graph(kg, max_nodes=cap)
    assert capped.graph.pop("total") == (whole.number_of_nodes(), whole.number_of_edges())
    selected = viewer.select(whole, max_nodes=cap)
    assert _same_graph(capped, selected) and capped.graph == selected.graph
    assert capped.number_of_nodes() == min(cap, whole.number_of_nodes())
    assert viewer.render_html(capped, total=(whole.number_of_nodes(),
                                             whole.number_of_edges())) \
        == viewer.make_page(whole, max_nodes=cap).html
