"""The graph page in a real browser: headless Chromium, driven over the DevTools protocol.

Everything is asserted from the page itself: what vis-network drew, what the console
said, which requests the page made, and whether names with markup ran anything.
Chromium is Debian's ``chromium`` package (.ci/run installs it); without it these skip.
"""
from __future__ import annotations

import time
from pathlib import Path

import networkx as nx
import pytest

from cdp_pipe import Browser, CDPError, Tab, chromium_binary
from cdp_pipe import main as cdp_main
from kgraph import build, viewer
from kgraph.api import graph as load_graph
from kgraph.api import view
from viewgraphs import entity, fact, small_graph

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(chromium_binary() is None,
                       reason="headless Chromium not installed (apt-get install chromium; "
                              ".ci/run installs it in CI)"),
]

ARTICLES = {
    "acme-en.txt": (
        "<img src=x onerror=alert('title')> weekly\n\n"
        "Acme Robotics Inc. uses Qwen 3 in its warehouses, the newsletter reports.\n"
        "Microsoft invests $2 billion in <script>alert`1`</script> projects.\n"
        "Microsoft invests $3 billion in <img src=x onerror=alert`2`> data centres.\n"
        "Acme Robotics Inc. may use Llama 3 next year, people familiar with the plans said.\n"),
    "b-en.txt": (
        "Acme deal\n\n"
        "Acme Robotics Inc. uses Qwen 3 for planning.\n"
        "Google developed Gemini 2.5.\n"),
    "<svg onload=alert(3)>.txt": (
        "Telekom news\n\n"
        "Die Deutsche Telekom setzt auf Gemini 2.5 von Google.\n"
        "Telekom-Chef Tim Höttges sprach von einem großen Schritt.\n"),
}
"""Three tiny articles; markup in a title, a file name, sentences and investment purposes."""

EVIL_ORG = "<script>alert(1)</script> Inc."
EXTRA_TTL = """\
@prefix kg: <https://kgraph.dev/ns#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://kgraph.dev/id/organization/evil> a kg:Organization ;
    rdfs:label "<script>alert(1)</script> Inc." ;
    skos:altLabel "<img src=x onerror=alert(4)>" .
<https://kgraph.dev/id/organization/microsoft> a kg:Organization ; rdfs:label "Microsoft" .
<https://kgraph.dev/article/evil> kg:path "<svg/onload=alert(5)>.txt" ;
    dcterms:title "</script><script>alert(6)</script>" ;
    dcterms:date "2026-01-01"^^xsd:date .
<https://kgraph.dev/statement/evil> a kg:Statement ;
    rdf:subject <https://kgraph.dev/id/organization/evil> ;
    rdf:predicate kg:partnersWith ;
    rdf:object <https://kgraph.dev/id/organization/microsoft> ;
    kg:sentence
        "<script>alert(1)</script> Inc. partners with <b onmouseover=alert(7)>Microsoft</b>." ;
    kg:confidence 0.9 ;
    kg:hedged false ;
    prov:wasDerivedFrom <https://kgraph.dev/article/evil> .
"""
"""Any graph file can be viewed, so a hand-written one gives an entity label with markup."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, nx.MultiDiGraph]:
    """The page of the three articles plus the hand-written graph, and the graph behind it."""
    root = tmp_path_factory.mktemp("browser")
    articles = root / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    out = root / "out"
    build([articles], out, outputs=["trig"])
    extra = out / "extra.ttl"
    extra.write_text(EXTRA_TTL, encoding="utf-8")
    graphs = [out / "graph.trig", extra]
    page = view(graphs, out=root / "page.html").path
    return page, load_graph(graphs)


@pytest.fixture(scope="module")
def browser():
    with Browser() as b:
        yield b


@pytest.fixture(scope="module")
def tab(browser: Browser, corpus) -> Tab:
    return browser.open(corpus[0].as_uri())


def expected_counts(g: nx.MultiDiGraph) -> tuple[int, int]:
    """What the page shows by default: asserted facts and the entities they connect."""
    edges = [(s, o) for s, o, d in g.edges(data=True) if not d.get("hedged")]
    return len({n for e in edges for n in e}), len(edges)


def test_fixture_puts_markup_into_labels_titles_paths_and_sentences(corpus):
    _, g = corpus
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert EVIL_ORG in labels
    assert "<script>alert`1`</script> projects" in labels, "an investment purpose from an article"
    assert "<img src=x onerror=alert`2`> data centres" in labels
    sources = [src for _, _, d in g.edges(data=True) for src in d["sources"]]
    assert any(src["title"] == "<img src=x onerror=alert('title')> weekly" for src in sources)
    assert any(src["path"].endswith("<svg onload=alert(3)>.txt") for src in sources)
    assert any(d["hedged"] for _, _, d in g.edges(data=True)), "one hedged claim to hide"


def test_page_draws_every_asserted_fact(tab, corpus):
    nodes, edges = expected_counts(corpus[1])
    assert tab.evaluate("document.body.dataset.ready") == "1"
    assert tab.evaluate("[Number(document.body.dataset.nodes), Number(document.body.dataset.edges)]"
                        ) == [nodes, edges]
    drawn = tab.evaluate("[kgraph.network.body.nodeIndices.length,"
                         " kgraph.network.body.edgeIndices.length]")
    assert drawn == [nodes, edges]
    labels = tab.evaluate("kgraph.network.body.nodeIndices.map("
                          "id => kgraph.network.body.nodes[id].options.label)")
    assert EVIL_ORG in labels
    assert "<script>alert`1`</script> projects" in labels


def test_page_makes_no_request_and_logs_no_error(tab, corpus):
    tab.drain()
    assert tab.run.errors == []
    assert tab.run.requests == [corpus[0].as_uri()]
    assert tab.run.ready_seconds is not None and tab.run.ready_seconds < 30


def test_markup_in_names_tooltips_and_panels_runs_nothing(tab):
    # open the details of every entity and every fact, and hover over the hostile entity
    shown = tab.evaluate("""(() => {
        const texts = [];
        for (const n of kgraph.data.nodes) {
            kgraph.showNode(n.id);
            texts.push(document.getElementById('kg-details').innerText);
        }
        for (const e of kgraph.data.edges) {
            kgraph.showEdge(e.id);
            texts.push(document.getElementById('kg-details').innerText);
        }
        return texts.join('\\n');
    })()""")
    assert EVIL_ORG in shown
    assert "</script><script>alert(6)</script>" in shown
    assert "<svg onload=alert(3)>.txt" in shown
    assert "<b onmouseover=alert(7)>Microsoft</b>" in shown
    hover(tab, EVIL_ORG)
    tooltip = tab.evaluate("(() => { const t = document.querySelector('div.vis-tooltip');"
                           " return t && [t.innerText, [...t.children].filter("
                           "c => c.tagName !== 'BR').length, getComputedStyle(t).visibility];"
                           " })()")
    assert tooltip is not None, "vis-network made a tooltip"
    text, children, visibility = tooltip
    assert visibility == "visible" and children == 0, "plain text (line breaks only)"
    assert EVIL_ORG in text and "also: <img src=x onerror=alert(4)>" in text
    time.sleep(0.3)
    tab.drain()
    assert tab.run.dialogs == []
    assert tab.run.errors == []
    assert tab.evaluate("document.querySelectorAll('img, svg, iframe, object, embed, b').length"
                        ) == 0
    assert tab.evaluate("document.scripts.length") == 3
    assert tab.evaluate("document.title").startswith("kgraph: ")


def test_edge_tooltips_quote_their_sources_with_article_and_date(tab, corpus):
    """The page builds each fact's tooltip from its sources and the article table."""
    drawn = tab.evaluate("kgraph.network.body.edgeIndices.map(id => kgraph.network.body.edges[id]"
                         ".options.title)")
    _, g = corpus
    by_statement = {t.split("\n")[0]: t for t in drawn}
    uses = next(t for head, t in by_statement.items()
                if head == "Acme Robotics Inc. uses Qwen 3")
    assert "“Acme Robotics Inc. uses Qwen 3 for planning.”\n    Acme deal" in uses
    assert "\n    <img src=x onerror=alert('title')> weekly" in uses, "the title, as text"
    evil = by_statement[f"{EVIL_ORG} partners with Microsoft"]
    assert evil.endswith("    </script><script>alert(6)</script>, 2026-01-01")
    assert len(drawn) == expected_counts(g)[1]


def hover(tab: Tab, label: str) -> None:
    x, y = tab.evaluate(f"""(() => {{
        const n = kgraph.data.nodes.find(n => n.label === {label!r});
        const p = kgraph.network.canvasToDOM(kgraph.network.getPosition(n.id));
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }})()""")
    for dx in (8, 1, 0):  # a move onto the node, then a still pointer for the tooltip delay
        tab.browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x - dx,
                         "y": y}, session=tab.session)
        time.sleep(0.1)
    time.sleep(0.6)


def test_filters_and_search_change_what_is_drawn(browser, corpus):
    page, g = corpus
    tab = browser.open(page.as_uri())
    nodes, edges = expected_counts(g)
    invests = sum(1 for _, _, d in g.edges(data=True)
                  if d["relation"] == "invests" and not d["hedged"])
    assert invests == 2
    counts = "[Number(document.body.dataset.nodes), Number(document.body.dataset.edges)]"
    tab.evaluate("[...document.querySelectorAll('#kg-relations label')].find("
                 "l => l.querySelector('.kg-line').title === 'kg:invests')"
                 ".querySelector('input').click()")
    assert tab.evaluate(counts) == [nodes - 2, edges - 2], "the two purposes go with their facts"
    assert tab.evaluate("kgraph.network.body.edgeIndices.length") == edges - 2
    tab.evaluate("document.getElementById('kg-hedged').click()")
    assert tab.evaluate(counts) == [nodes - 1, edges - 1], "the hedged claim and its model appear"
    dashed = tab.evaluate("kgraph.network.body.edgeIndices.filter("
                          "id => kgraph.network.body.edges[id].options.dashes).length")
    assert dashed == 1
    tab.evaluate("document.getElementById('kg-multi').click()")
    multi = sum(1 for _, _, d in g.edges(data=True)
                if len({s["path"] for s in d["sources"]}) > 1 and d["relation"] != "invests")
    assert tab.evaluate(counts)[1] == multi >= 1
    search = tab.evaluate("""(() => {
        const box = document.getElementById('kg-search');
        box.value = 'acme robotics inc.';
        box.dispatchEvent(new Event('change'));
        return [document.querySelector('#kg-details h2').textContent,
                kgraph.network.getSelectedNodes().length];
    })()""")
    assert search == ["Acme Robotics Inc.", 1]
    tab.drain()
    assert tab.run.errors == [] and tab.run.dialogs == []


def test_entities_a_filter_reveals_are_placed_beside_what_is_drawn(browser, corpus, tmp_path):
    # the physics run moves only the entities shown at first; a hedged claim's model kept
    # Python's layout, on another scale, and appeared far off-screen when asked for
    tab = browser.open(corpus[0].as_uri())
    distance = """(() => {
        const id = name => kgraph.data.nodes.find(n => n.label === name).id;
        const a = kgraph.network.getPosition(id('Llama 3'));
        const b = kgraph.network.getPosition(id('Acme Robotics Inc.'));
        return Math.hypot(a.x - b.x, a.y - b.y);
    })()"""
    tab.evaluate("document.getElementById('kg-hedged').click()")
    assert tab.evaluate(distance) < 150
    tab.drain()
    assert tab.run.errors == []
    page = tmp_path / "small.html"  # with an entity in no fact, hidden at first
    page.write_text(viewer.render_html(small_graph()), encoding="utf-8")
    tab = browser.open(page.as_uri())
    box = tab.evaluate("""(() => {
        const p = Object.values(kgraph.network.getPositions());
        const xs = p.map(q => q.x), ys = p.map(q => q.y);
        return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    })()""")
    tab.evaluate("document.getElementById('kg-isolated').click()")
    lonely = tab.evaluate("kgraph.network.getPosition("
                          "kgraph.data.nodes.find(n => n.label === 'Lonely Corp').id)")
    # in a row under the drawing, not where Python's layout had it
    assert box[0] - 1 <= lonely["x"] <= box[0] + max(box[1] - box[0], 600) + 1
    assert box[3] < lonely["y"] <= box[3] + 200
    tab.drain()
    assert tab.run.errors == []


def test_screenshot_tool_selects_a_fact_by_its_tooltip(corpus, tmp_path, capsys):
    # README's screenshot command (cdp_pipe.py --fact) looked for a title the page's data
    # never had, and failed with an uncaught TypeError
    png = tmp_path / "fact.png"
    assert cdp_main([str(corpus[0]), str(png), "--fact", "Acme Robotics Inc. uses Qwen 3",
                     "--size", "900x600"]) == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "console errors: 0" in capsys.readouterr().out
    with pytest.raises(CDPError, match="no drawn fact"):
        cdp_main([str(corpus[0]), str(png), "--fact", "nobody uses this"])


def test_filters_change_the_drawing_of_a_page_without_physics(browser, tmp_path):
    # above 600 entities the page ships Python's positions and runs no physics; there every
    # box changed the status line but not the drawing (the views' id lists stayed empty)
    page = tmp_path / "still.html"
    page.write_text(viewer.render_html(small_graph(), physics=False), encoding="utf-8")
    tab = browser.open(page.as_uri())
    drawn = ("[kgraph.network.body.nodeIndices.length, kgraph.network.body.edgeIndices.length,"
             " Number(document.body.dataset.nodes), Number(document.body.dataset.edges)]")
    before = tab.evaluate(drawn)
    tab.evaluate("[...document.querySelectorAll('#kg-relations li')].find("
                 "li => li.querySelector('.kg-line').title === 'kg:developedBy')"
                 ".querySelector('input').click()")
    after = tab.evaluate(drawn)
    assert after[:2] == after[2:] and after[1] < before[1]
    tab.evaluate("document.getElementById('kg-isolated').click()")
    after = tab.evaluate(drawn)
    assert after[:2] == after[2:]
    tab.drain()
    assert tab.run.errors == []


def test_an_entity_s_facts_can_be_drawn_alone_and_everything_again(browser, corpus):
    # in a page of thousands of entities, one company's facts were only a list in the panel
    page, g = corpus
    tab = browser.open(page.as_uri())
    counts = "[Number(document.body.dataset.nodes), Number(document.body.dataset.edges)]"
    everything = tab.evaluate(counts)
    acme = tab.evaluate("kgraph.data.nodes.find(n => n.label === 'Acme Robotics Inc.').id")
    tab.evaluate(f"kgraph.selectNode({acme})")
    tab.evaluate("document.querySelector('#kg-details .kg-around').click()")
    ends = tab.evaluate("kgraph.network.body.edgeIndices.map("
                        "id => [kgraph.data.edges[id].from, kgraph.data.edges[id].to])")
    own = [(s, o) for s, o, d in g.edges(data=True) if not d["hedged"]
           and "Acme Robotics Inc." in (g.nodes[s]["label"], g.nodes[o]["label"])]
    assert len(ends) == len(own) >= 1 and all(acme in pair for pair in ends)
    assert tab.evaluate(counts) == [len(own) + 1, len(own)]
    button = "document.querySelector('#kg-details .kg-around')"
    assert tab.evaluate(f"{button}.textContent") == "Show every entity again"
    tab.evaluate(f"{button}.click()")
    assert tab.evaluate(counts) == everything
    tab.drain()
    assert tab.run.errors == []


def test_only_shows_one_relation_and_again_shows_all(browser, corpus):
    # in a page of 2,000 entities, seeing one relation took unticking the seven others
    page, g = corpus
    tab = browser.open(page.as_uri())
    counts = "[Number(document.body.dataset.nodes), Number(document.body.dataset.edges)]"
    everything = tab.evaluate(counts)
    only = ("[...document.querySelectorAll('#kg-relations li')].find("
            "li => li.querySelector('.kg-line').title === 'kg:invests')"
            ".querySelector('.kg-only').click()")
    tab.evaluate(only)
    drawn = tab.evaluate("kgraph.network.body.edgeIndices.map("
                         "id => kgraph.data.edges[id].relation)")
    assert drawn == ["invests", "invests"]
    ticked = tab.evaluate("[...document.querySelectorAll('#kg-relations input')]"
                          ".filter(box => box.checked).length")
    assert ticked == 1
    tab.evaluate(only)
    assert tab.evaluate(counts) == everything
    uses = tab.evaluate("[...document.querySelectorAll('#kg-relations li')].find(li => li"
                        ".querySelector('.kg-line').title === 'kg:uses')"
                        ".querySelector('.kg-count').textContent")
    asserted = sum(1 for _, _, d in g.edges(data=True)
                   if d["relation"] == "uses" and not d["hedged"])
    assert uses == f"{asserted} +1 hedged", "the legend counts what is drawn, hedged apart"
    assert tab.evaluate("[...document.querySelectorAll('#kg-relations input')]"
                        ".every(box => box.checked)") is True
    tab.drain()
    assert tab.run.errors == []


def test_content_security_policy_blocks_injected_markup(browser, corpus):
    """Defence in depth: even markup injected into the page could not run a script."""
    tab = browser.open(corpus[0].as_uri())
    tab.evaluate("document.body.insertAdjacentHTML('beforeend',"
                 " '<img src=x onerror=\"window.pwned = 1\">"
                 "<script>window.pwned = 2</script>')")
    time.sleep(0.5)
    tab.drain()
    assert tab.evaluate("typeof window.pwned") == "undefined"
    assert tab.run.dialogs == []
    assert any("Content Security Policy" in e for e in tab.run.errors)


def test_example_corpus_page_loads_offline_without_errors(browser, example_build):
    page = example_build.file("graph.html")
    tab = browser.open(page.as_uri())
    nodes, edges = expected_counts(load_graph([example_build.file("graph.trig")]))
    assert tab.evaluate("[kgraph.network.body.nodeIndices.length,"
                        " kgraph.network.body.edgeIndices.length]") == [nodes, edges]
    assert nodes > 50
    tab.drain()
    assert tab.run.errors == []
    assert tab.run.requests == [page.as_uri()]


def test_big_graph_page_is_drawn_from_python_positions(browser, tmp_path):
    g = nx.MultiDiGraph()
    hubs = [entity(g, f"Hub {i}") for i in range(40)]
    for i in range(4000):
        e = entity(g, f"Model {i}", "AIModel")
        fact(g, hubs[i % 40], "uses", e)
        if i % 3 == 0:
            fact(g, e, "developedBy", hubs[(i * 7) % 40])
    page = tmp_path / "big.html"
    page.write_text(viewer.render_html(g), encoding="utf-8")
    tab = browser.open(page.as_uri(), timeout=120)
    assert tab.evaluate("kgraph.data.physics") is False
    assert tab.evaluate("kgraph.network.physics.physicsEnabled") is False
    assert tab.evaluate("[Number(document.body.dataset.nodes), Number(document.body.dataset.edges)]"
                        ) == [4040, g.number_of_edges()]
    moved = tab.evaluate("""(() => {
        const n = kgraph.data.nodes[5], p = kgraph.network.getPosition(n.id);
        return Math.abs(p.x - n.x) + Math.abs(p.y - n.y);
    })()""")
    assert moved == 0, "positions come from Python and stay put"
    tab.drain()
    assert tab.run.errors == []


def test_graph_without_facts_shows_its_entities(browser, tmp_path):
    g = nx.MultiDiGraph()
    for name in ("Alpha", "Beta", "Gamma"):
        entity(g, name)
    page = tmp_path / "nofacts.html"
    page.write_text(viewer.render_html(g), encoding="utf-8")
    tab = browser.open(page.as_uri())
    assert tab.evaluate("kgraph.network.body.nodeIndices.length") == 3
    assert tab.evaluate("document.getElementById('kg-isolated').checked") is True
    tab.drain()
    assert tab.run.errors == []
