"""How fast is the graph page for a big graph? Generate one, time `kgraph view`, time the page.

    .venv/bin/python benchmarks/bench_view.py --entities 100000 --facts 150000

Steps, reported in benchmarks/RESULTS.md (section "## Graph page"):

1. generate a graph in kgraph's shape (entities, articles, one kg:Statement per fact with
   its sentence, plain fact triples, a few investments) as N-Quads, hubs following a
   power law like news coverage does;
2. time each stage in process: loading into Oxigraph, the networkx graph, choosing the
   best-connected N, the Python layout, rendering the HTML; and `kgraph view` end to end;
3. open each page in headless Chromium (tests/cdp_pipe.py) and time from navigation
   until the page says it is ready (drawn, physics settled or off), with console errors
   and requests to anything but the file itself.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION = "## Graph page"
KGRAPH = Path(sys.executable).parent / "kgraph"
sys.path.insert(0, str(ROOT / "tests"))

NS = "https://kgraph.dev/"
KG = NS + "ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
TYPES = [("Organization", "organization", 0.55), ("AIModel", "thing", 0.2),
         ("Product", "thing", 0.1), ("Person", "person", 0.15)]
RELATIONS = {("Organization", "AIModel"): "uses", ("AIModel", "Organization"): "developedBy",
             ("Organization", "Organization"): "partnersWith", ("Person", "Organization"): "ceoOf",
             ("Organization", "Product"): "uses", ("Product", "Organization"): "developedBy",
             ("AIModel", "AIModel"): "surpasses"}


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(path: Path, entities: int, facts: int, seed: int = 5) -> None:
    """N-Quads of a graph in kgraph's layout; fact endpoints drawn with Zipf-like weights."""
    rng = random.Random(seed)
    eg = f"<{NS}graph/entities>"
    ids, kinds = [], []
    lines = []
    for i in range(entities):
        kind, group, _ = rng.choices(TYPES, weights=[w for *_, w in TYPES])[0]
        iri = f"<{NS}id/{group}/e{i}>"
        ids.append(iri)
        kinds.append(kind)
        lines.append(f"{iri} <{RDF}type> <{KG}{kind}> {eg} .")
        lines.append(f"{iri} <{RDFS}label> {_lit(f'{kind} {i}')} {eg} .")
    weights = [1 / (i + 1) ** 0.9 for i in range(entities)]
    articles = max(1, facts // 8)
    for a in range(articles):
        art = f"<{NS}article/{a:08x}>"
        lines.append(f"{art} <{KG}path> {_lit(f'news/{a}.txt')} {eg} .")
        lines.append(f"{art} <http://purl.org/dc/terms/title> {_lit(f'Article {a}')} {eg} .")
    picks = rng.choices(range(entities), weights=weights, k=facts)
    hubs = min(2000, entities)
    hub_picks = rng.choices(range(hubs), weights=weights[:hubs], k=facts)
    made = 0
    for f, s in enumerate(picks):
        o = rng.randrange(entities) if rng.random() < 0.5 else hub_picks[f]
        relation = RELATIONS.get((kinds[s], kinds[o]))
        if relation is None or s == o:
            continue
        made += 1
        art = f"<{NS}article/{rng.randrange(articles):08x}>"
        st = f"<{NS}statement/{f}>"
        lines.append(f"{ids[s]} <{KG}{relation}> {ids[o]} {art} .")
        lines.append(f"{st} <{RDF}type> <{KG}Statement> {art} .")
        lines.append(f"{st} <{RDF}subject> {ids[s]} {art} .")
        lines.append(f"{st} <{RDF}predicate> <{KG}{relation}> {art} .")
        lines.append(f"{st} <{RDF}object> {ids[o]} {art} .")
        lines.append(f"{st} <{KG}sentence> {_lit(f'{kinds[s]} {s} {relation} {kinds[o]} {o}.')} "
                     f"{art} .")
        lines.append(f'{st} <{KG}confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#decimal> '
                     f"{art} .")
        lines.append(f'{st} <{KG}hedged> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> '
                     f"{art} .")
        lines.append(f"{st} <http://www.w3.org/ns/prov#wasDerivedFrom> {art} {art} .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"generated {entities} entities, {made} facts, {len(lines)} quads", file=sys.stderr)


def stages(graph: Path, max_nodes: int) -> dict[str, float]:
    from kgraph.graphview import to_networkx
    from kgraph.layout import layout
    from kgraph.query import load_store
    from kgraph.viewer import render_html, select

    times: dict[str, float] = {}
    t = time.perf_counter()
    store = load_store([graph])
    times["load"] = time.perf_counter() - t
    t = time.perf_counter()
    g = to_networkx(store)
    times["networkx"] = time.perf_counter() - t
    times["graph_nodes"], times["graph_edges"] = g.number_of_nodes(), g.number_of_edges()
    t = time.perf_counter()
    drawn = select(g, max_nodes=max_nodes)
    times["select"] = time.perf_counter() - t
    t = time.perf_counter()
    layout(drawn)
    times["layout"] = time.perf_counter() - t
    t = time.perf_counter()
    html = render_html(drawn, total=(g.number_of_nodes(), g.number_of_edges()))
    times["render"] = time.perf_counter() - t - times["layout"]  # render lays out again
    times["drawn_nodes"], times["drawn_edges"] = drawn.number_of_nodes(), drawn.number_of_edges()
    times["html_mb"] = len(html.encode()) / 1e6
    return times


def browser_time(page: Path) -> tuple[float | None, list[str], list[str]]:
    from cdp_pipe import Browser, chromium_binary

    if not chromium_binary():
        return None, ["no chromium"], []
    with Browser() as browser:
        tab = browser.open(page.resolve().as_uri(), timeout=180)
        others = [u for u in tab.run.requests if u != page.resolve().as_uri()]
        return tab.run.ready_seconds, tab.run.errors, others


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--facts", type=int, default=150_000)
    ap.add_argument("--max-nodes", type=int, nargs="+", default=[500, 3000, 10000])
    ap.add_argument("--no-write", action="store_true", help="print, do not touch RESULTS.md")
    args = ap.parse_args()
    load_before = os.getloadavg()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kgraph-view-bench-") as tmp:
        graph = Path(tmp) / "big.nq"
        generate(graph, args.entities, args.facts)
        for n in args.max_nodes:
            s = stages(graph, n)
            page = Path(tmp) / f"page-{n}.html"
            t = time.perf_counter()
            subprocess.run([str(KGRAPH), "view", str(graph), "--max-nodes", str(n), "--out",
                            str(page)], check=True, capture_output=True)
            cli = time.perf_counter() - t
            ready, errors, requests = browser_time(page)
            rows.append((n, s, cli, ready, errors, requests))
            print(n, s, f"cli {cli:.1f}s", f"browser {ready}", errors, requests, file=sys.stderr)
        # the default cap, no --max-nodes
        t = time.perf_counter()
        default_page = Path(tmp) / "page-default.html"
        done = subprocess.run([str(KGRAPH), "view", str(graph), "--out", str(default_page)],
                              check=True, capture_output=True, text=True)
        default_cli = time.perf_counter() - t
        default_ready, default_errors, _ = browser_time(default_page)
    g = rows[0][1]
    load_after = os.getloadavg()
    lines = [
        SECTION, "",
        f"Measured {dt.date.today()} on {platform.machine()} with 2 cores, Python "
        f"{platform.python_version()}, Chromium headless; load average "
        f"{load_before[0]:.1f} before and {load_after[0]:.1f} after the run (other work "
        "shared the machine, so these are slower than on an idle one).", "",
        f"Command: `.venv/bin/python benchmarks/bench_view.py --entities {args.entities} "
        f"--facts {args.facts}`", "",
        f"A generated graph of {int(g['graph_nodes']):,} entities and {int(g['graph_edges']):,} "
        "facts (N-Quads in kgraph's layout, power-law hubs). In process: load into Oxigraph "
        f"{g['load']:.1f} s, networkx graph {g['networkx']:.1f} s; then per page:", "",
        "| --max-nodes | drawn entities / facts | select | layout | render | HTML | "
        "`kgraph view` total | page ready in Chromium | console errors | external requests |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, s, cli, ready, errors, requests in rows:
        lines.append(
            f"| {n:,} | {int(s['drawn_nodes']):,} / {int(s['drawn_edges']):,} | "
            f"{s['select']:.2f} s | {s['layout']:.2f} s | {s['render']:.2f} s | "
            f"{s['html_mb']:.1f} MB | {cli:.1f} s | "
            + (f"{ready:.1f} s" if ready is not None else "not ready") +
            f" | {len(errors)} | {len(requests)} |")
    lines += [
        "",
        f"Without `--max-nodes` the page keeps the {3000:,} best-connected entities "
        f"(viewer.DEFAULT_MAX_NODES): `kgraph view` took {default_cli:.1f} s, said "
        f"“{done.stderr.strip()}”, and the page was ready in "
        + (f"{default_ready:.1f} s" if default_ready is not None else "(no browser)")
        + f" with {len(default_errors)} console errors.",
        "",
        "“Ready” is the page's own signal (body[data-ready=1]): set after the first drawing "
        "with positions from Python and physics off (over 600 entities or 1,500 facts), or "
        "after vis-network's stabilisation, which then switches physics off (no jitter).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
        if SECTION in old:
            start = old.index(SECTION)
            end = old.find("\n## ", start + len(SECTION))
            old = old[:start] + old[end + 1:] if end != -1 else old[:start]
        RESULTS.write_text(old.rstrip("\n") + "\n\n" + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
