"""SPARQL at a million triples: rdflib's default store against what `kgraph query` does.

Generates a graph in kgraph's own shape (entities graph plus one named graph per article
with mentions, facts and their evidence statements), writes graph.trig and graph.ttl with
kgraph's own writer, as ``kgraph build`` does (rdfwrite: graph.ttl holds every triple once
and ends vouching for graph.trig), plus the same graph.trig alone in another folder, then,
each backend in a fresh process so peak RSS is its own:

- rdflib: ``Dataset(default_union=True)``, its default in-memory store, ``format="trig"``;
- oxrdflib: rdflib's API over an Oxigraph store, ``format="ox-trig"`` (FINDINGS.md: without
  the ``ox-`` prefix rdflib silently parses in Python);
- pyoxigraph: ``Store.bulk_load`` and Oxigraph's own union default graph;
- kgraph: ``kgraph.query.open_store`` + ``run_query`` / ``run_query_text``, the very
  functions ``kgraph query`` calls (the store it builds for the query, predeclared
  prefixes, read-only check), given the graph.trig alone: it merges the TriG's graphs;
- kgraph-build: the same functions given the build folder: they load graph.ttl instead;
- kgraph-main-thread: the build folder's store filled in the calling thread, not in a thread
  of its own as ``open_store`` does (glibc malloc arenas; see RESULTS.md);
- kgraph-ordered: the same functions over the TriG's merged store with its triples inserted
  sorted by subject in Python (not what ``kgraph query`` does; see RESULTS.md);
- cli, cli-build: the ``kgraph`` command itself, end to end (start, load, query, print),
  given the graph.trig alone and the build folder.

Each query is timed two ways: every row read into Python (one object per term), and the
result as CSV text, which is what ``kgraph query --format csv`` prints (rdflib:
``Result.serialize(format="csv")``; kgraph: ``run_query_text(..., "csv")``). Reports load
time, the 2-hop "company uses a model developed by another company" query, a COUNT/GROUP
BY query and peak RSS; prints a table and writes it into RESULTS.md under
"## SPARQL at 1M triples" (only that section is replaced).

    .venv/bin/python benchmarks/rdf_bench.py                    # 1,000,000 triples
    .venv/bin/python benchmarks/rdf_bench.py --triples 50000 --no-write   # a quick look
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import platform
import random
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from _machine import cpu_model, replace_section  # noqa: E402  (benchmarks/ is on sys.path as a script)
from rdflib import Literal, URIRef

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
HEADING = "## SPARQL at 1M triples"

BASE = "https://kgraph.dev/"
KG = BASE + "ns#"
ID = BASE + "id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
ENTITY_GRAPH = BASE + "graph/entities"

PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX rdf: <{RDF}>
PREFIX schema: <{SCHEMA}>
"""
TWO_HOP = PREFIXES + """SELECT DISTINCT ?company ?model ?developer WHERE {
  ?company kg:uses ?model .
  ?model kg:developedBy ?developer .
  ?company a kg:Organization .
  FILTER(?company != ?developer)
}"""
GROUP_BY = PREFIXES + """SELECT ?entity (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?article schema:mentions ?entity .
} GROUP BY ?entity ORDER BY DESC(?articles) ?entity LIMIT 20"""
QUERIES = {"2-hop": TWO_HOP, "group": GROUP_BY}

# --- the graph ----------------------------------------------------------------------------

SYLLABLES = ("nor", "lux", "tek", "vai", "quan", "mira", "sol", "zen", "ark", "lum", "ori",
             "del", "kai", "vek", "sam", "ral", "bri", "ost", "ümm", "fal")
EN = ("{s} said it uses {o} for its customer service assistant.",
      "{o}, developed by {s}, tops the latest coding benchmark.",
      "{s} and {o} announced a partnership on Tuesday.",
      "{s} will invest {amount} million {cur} in {o}, people familiar with the matter said.")
DE = ("{s} setzt künftig auf {o} für den Kundenservice.",
      "{o} wurde von {s} in München entwickelt.",
      "{s} und {o} vereinbaren eine Partnerschaft für Rechenzentren.",
      "{s} investiert {amount} Millionen {cur} in {o}, wie das Unternehmen mitteilte.")


def _name(rng: random.Random, i: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize() + f" {i}"


def _hex(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _lit(text: str, datatype: str | None = None, lang: str | None = None) -> Literal:
    return Literal(text, datatype=URIRef(datatype) if datatype else None, lang=lang)


class Quads:
    """The triples of each graph (rdflib terms, as kgraph's writer takes them), each once."""

    def __init__(self) -> None:
        self.graphs: dict[URIRef, set[tuple[URIRef, URIRef, URIRef | Literal]]] = \
            defaultdict(set)
        self.iris: dict[str, URIRef] = {}
        self.count = 0
        self.article_count = 0

    def iri(self, text: str) -> URIRef:
        got = self.iris.get(text)
        if got is None:
            got = self.iris[text] = URIRef(text)
        return got

    def add(self, s: str, p: str, o: str | Literal, g: str) -> None:
        triples = self.graphs[self.iri(g)]
        before = len(triples)
        triples.add((self.iri(s), self.iri(p), o if isinstance(o, Literal) else self.iri(o)))
        self.count += len(triples) - before

    def __len__(self) -> int:
        return self.count


def generate(target: int, seed: int = 42) -> Quads:
    """About ``target`` quads shaped like kgraph's output (about 50 per article)."""
    rng = random.Random(seed)
    est = max(20, target // 50)
    q = Quads()
    e = ENTITY_GRAPH

    def entities(kind: str, group: str, n: int) -> list[str]:
        iris = []
        for i in range(n):
            iri = f"{ID}{group}/{_hex(group, i)[:10]}"
            q.add(iri, RDF + "type", KG + kind, e)
            q.add(iri, RDFS + "label", _lit(_name(rng, i)), e)
            if rng.random() < 0.5:
                q.add(iri, SKOS + "altLabel", _lit(_name(rng, i) + " Inc."), e)
            iris.append(iri)
        return iris

    orgs = entities("Organization", "organization", max(10, est // 8))
    families = entities("AIModel", "model-family", max(3, est // 40))
    models = entities("AIModel", "model", max(10, est // 8))
    products = entities("Product", "product", max(5, est // 20))
    people = entities("Person", "person", max(5, est // 20))
    developer = {m: rng.choice(orgs) for m in models}
    for m in models:
        q.add(m, KG + "family", rng.choice(families), e)
    # a few models are used by many companies, most by few (as in the news)
    popularity = [1 / (rank + 1) for rank in range(len(models))]
    mentionable = orgs + models + products + people

    n = 0
    while len(q) < target:
        n += 1
        q.article_count = n
        art = f"{ID}article/{_hex('article', n)}"
        lang = "de" if n % 3 == 0 else "en"
        templates = DE if lang == "de" else EN
        q.add(art, RDF + "type", KG + "Article", e)
        q.add(art, KG + "path", _lit(f"news/{n:07d}-{lang}.txt"), e)
        q.add(art, KG + "sha256", _lit(hashlib.sha256(str(n).encode()).hexdigest()), e)
        q.add(art, DCT + "language", _lit(lang), e)
        q.add(art, DCT + "title", _lit(f"Article {n} about {_name(rng, n)}"), e)
        q.add(art, DCT + "date", _lit(f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", XSD + "date"), e)
        facts: list[tuple[str, str, str, str]] = []
        for _ in range(3):
            kind = rng.random()
            if kind < 0.35:
                m = rng.choices(models, popularity)[0]
                facts.append((rng.choice(orgs), "uses", m, templates[0]))
            elif kind < 0.65:
                m = rng.choice(models)
                facts.append((m, "developedBy", developer[m], templates[1]))
            elif kind < 0.8:
                a, b = rng.sample(orgs, 2)
                facts.append((a, "partnersWith", b, templates[2]))
            elif kind < 0.9:
                a, b = rng.sample(models, 2)
                facts.append((a, "surpasses", b, templates[1]))
            else:
                investor, investee = rng.sample(orgs, 2)
                amount, cur = rng.randint(5, 5000), rng.choice(("EUR", "USD"))
                inv = f"{ID}investment/{_hex(investor, investee, amount, cur)}"
                q.add(inv, RDF + "type", KG + "Investment", e)
                q.add(inv, KG + "amount", _lit(f"{amount}000000", XSD + "decimal"), e)
                q.add(inv, KG + "currency", _lit(cur), e)
                q.add(inv, KG + "investee", investee, e)
                facts.append((investor, "invests", inv, templates[3]))
        mentioned = {s for s, *_ in facts} | {o for _, p, o, _ in facts if p != "invests"}
        mentioned |= set(rng.sample(mentionable, 3))
        for ent in sorted(mentioned):
            q.add(art, SCHEMA + "mentions", ent, art)
        offset = 0
        for s, p, o, template in facts:
            hedged = rng.random() < 0.1
            if not hedged:
                q.add(s, KG + p, o, art)
                if p == "partnersWith":
                    q.add(o, KG + p, s, art)
            sentence = template.format(s=s.rsplit("/", 1)[1], o=o.rsplit("/", 1)[1],
                                       amount=rng.randint(5, 900), cur="Euro")
            st = f"{ID}statement/{_hex(art, s, p, o, offset)}"
            for pred, obj in ((RDF + "type", KG + "Statement"), (RDF + "subject", s),
                              (RDF + "predicate", KG + p), (RDF + "object", o),
                              (KG + "sentence", _lit(sentence)),
                              (KG + "startChar", _lit(str(offset), XSD + "integer")),
                              (KG + "endChar", _lit(str(offset + len(sentence)),
                                                    XSD + "integer")),
                              (KG + "rule", _lit(f"{lang}-{p}-verb")),
                              (KG + "confidence", _lit("0.8", XSD + "decimal")),
                              (KG + "hedged", _lit(str(hedged).lower(), XSD + "boolean")),
                              (PROV + "wasDerivedFrom", art)):
                q.add(st, pred, obj, art)
            offset += len(sentence) + 1
    return q


def write_files(quads: Quads, folder: Path) -> tuple[Path, Path]:
    """folder/build: graph.trig and graph.ttl written as kgraph build writes them (rdfwrite,
    the TriG first, the Turtle ending vouching for it); folder/alone: the same graph.trig
    without its graph.ttl. Returns both folders."""
    from kgraph.rdfwrite import graph_pieces, render

    build, alone = folder / "build", folder / "alone"
    build.mkdir()
    alone.mkdir()
    entity_graph = quads.graphs.pop(quads.iri(ENTITY_GRAPH))
    docs = render(*graph_pieces(entity_graph, quads.graphs))
    quads.graphs.clear()
    trig = docs.write("trig", build / "graph.trig")
    docs.write("ttl", build / "graph.ttl", union_of=trig.sha256)
    os.link(build / "graph.trig", alone / "graph.trig")
    return build, alone


# --- one backend, in its own process -------------------------------------------------------

def _peak_mb() -> float:
    """This process's peak RSS (VmHWM): ru_maxrss would count the parent it was forked from."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_peak_mb(cmd: list[str]) -> tuple[float, float, float, str]:
    """Run a command; its wall time, CPU time, peak RSS (of all children so far) and stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t
    if proc.returncode:
        raise RuntimeError(f"{cmd[:3]} failed: {stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024, stdout


def _timed(fn, repeat: int) -> tuple[list[float], list[float], list]:
    """Wall and CPU seconds of each of ``repeat`` runs, and the first run's rows."""
    walls, cpus, first = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        rows = fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
        first = rows if first is None else first
    return walls, cpus, first


def _csv_rows(text: str | bytes) -> list[tuple[str, ...]]:
    """The data rows of a CSV result, whatever its line ends."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    return [tuple(r) for r in csv.reader(io.StringIO(text, newline=""))][1:]


def _ordered_merged_store(path: Path):
    """kgraph's merged store (every triple once, no named graphs) with the triples inserted
    sorted by subject, so that a subject's triples sit together in Oxigraph's memory (filled
    in a thread of its own, as open_store does)."""
    import pyoxigraph as ox

    triples = [ox.Quad(q.subject, q.predicate, q.object)
               for q in ox.parse(path=str(path), format=ox.RdfFormat.TRIG)]
    triples.sort(key=lambda q: q.subject.value)

    def fill() -> ox.Store:
        store = ox.Store()
        store.bulk_extend(triples)
        return store

    from kgraph.query import _in_own_thread  # as open_store fills its stores

    return _in_own_thread(fill)


def run_backend(name: str, path: Path, repeat: int) -> dict:
    if name in CLI:
        return run_cli(name, path)
    # import first: the load time is parsing and indexing, not importing spaCy or rdflib
    if name in KGRAPH:
        from kgraph.query import NAMES_GRAPHS, open_store, run_query, run_query_text
    elif name == "pyoxigraph":
        import pyoxigraph as ox
    else:
        from rdflib import Dataset
    base = _peak_mb()
    t = time.perf_counter()
    if name in KGRAPH:
        # one store for both queries: the one kgraph query builds for each (neither says GRAPH)
        assert not any(NAMES_GRAPHS.search(q) for q in QUERIES.values())
        if name == "kgraph-ordered":
            store = _ordered_merged_store(path)
        elif name == "kgraph-main-thread":  # open_store's work without its thread
            from kgraph.query import _fill, graph_files

            store = _fill(graph_files([path]), "merged")
        else:
            store = open_store([path], TWO_HOP)

        def ask(sparql: str) -> list:
            return list(run_query(store, sparql, default_graph_as_union=False).rows)

        def printed(sparql: str) -> str:
            return run_query_text(store, sparql, "csv", default_graph_as_union=False)
    elif name == "pyoxigraph":
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)

        def ask(sparql: str) -> list:
            answer = store.query(sparql, use_default_graph_as_union=True)
            return [tuple(None if term is None else term.value for term in sol)
                    for sol in answer]

        def printed(sparql: str) -> bytes:
            return store.query(sparql, use_default_graph_as_union=True).serialize(
                format=ox.QueryResultsFormat.CSV)
    else:
        store_name, fmt = ("Oxigraph", "ox-trig") if name == "oxrdflib" else ("default", "trig")
        ds = Dataset(store=store_name, default_union=True)
        ds.parse(str(path), format=fmt)

        def ask(sparql: str) -> list:
            return [tuple(None if v is None else str(v) for v in row) for row in ds.query(sparql)]

        def printed(sparql: str) -> bytes:
            return ds.query(sparql).serialize(format="csv")
    out: dict = {"backend": name, "load": time.perf_counter() - t}
    for key, sparql in QUERIES.items():
        # best of n: on a shared 2-core machine the slower runs measure the neighbours;
        # CPU time (every query here runs on one thread) is what the neighbours cannot inflate
        for suffix, fn in (("", ask), ("_csv", printed)):
            times, cpus, rows = _timed(lambda s=sparql, f=fn: f(s), repeat)
            if suffix:
                rows = _csv_rows(rows)
            out[key + suffix] = min(times)
            out[key + suffix + "_cpu"] = min(cpus)
            out[key + suffix + "_median"] = statistics.median(times)
            out[key + suffix + "_first"] = times[0]
            out[key + suffix + "_rows"] = len(rows)
            out[key + suffix + "_digest"] = _hex(sorted(map(str, rows)))
    out["rss"] = _peak_mb()
    out["rss_base"] = base
    return out


def _kgraph_cmd() -> list[str]:
    beside = Path(sys.executable).with_name("kgraph")
    return [str(beside)] if beside.is_file() else [sys.executable, "-m", "kgraph"]


def run_cli(name: str, path: Path) -> dict:
    """`kgraph query GRAPH QUERY --format csv` as a user runs it; its wall time and peak RSS."""
    out: dict = {"backend": name, "load": None}
    for key, sparql in QUERIES.items():
        # -e: the query text given explicitly, never mistaken for a file
        cmd = [*_kgraph_cmd(), "query", str(path), "-e", sparql, "--format", "csv"]
        out[key + "_csv"], out[key + "_csv_cpu"], out["rss"], stdout = _child_peak_mb(cmd)
        rows = _csv_rows(stdout)
        out[key + "_csv_rows"] = len(rows)
        out[key + "_csv_digest"] = _hex(sorted(map(str, rows)))
    return out


# --- report ---------------------------------------------------------------------------------

KGRAPH = ("kgraph", "kgraph-build", "kgraph-main-thread", "kgraph-ordered")
CLI = ("cli", "cli-build")
BUILD_FOLDER = ("kgraph-build", "kgraph-main-thread", "cli-build")
"""The backends given the build folder; the others get graph.trig alone."""
LABELS = {"rdflib": "rdflib, default store (`format=\"trig\"`)",
          "oxrdflib": "rdflib + oxrdflib (`store=\"Oxigraph\"`, `format=\"ox-trig\"`)",
          "pyoxigraph": "pyoxigraph alone (`bulk_load`, Oxigraph's union default graph)",
          "kgraph": "`kgraph query`'s path given graph.trig alone: `open_store` (merges the "
                    "TriG's graphs) + `run_query` (rows) / `run_query_text` (CSV)",
          "kgraph-build": "**`kgraph query`'s path given the build folder**: the same "
                          "functions; `open_store` loads the graph.ttl that vouches for "
                          "graph.trig",
          "kgraph-main-thread": "the build folder's store filled in the calling thread "
                                "instead of a thread of its own (not what `kgraph query` "
                                "does)",
          "kgraph-ordered": "the TriG's merged store with its triples inserted sorted by "
                            "subject in Python (not what `kgraph query` does)",
          "cli": "`kgraph query graph.trig -e QUERY --format csv` (TriG alone), end to end †",
          "cli-build": "`kgraph query FOLDER -e QUERY --format csv` (build folder), "
                       "end to end †"}


def _s(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.0f} ms"


def _cell(r: dict, key: str) -> str:
    if r.get(key) is None:
        return "–"
    return f"{_s(r[key])} · {_s(r.get(key + '_cpu'))}"


def table(results: list[dict]) -> str:
    lines = ["| backend | load | 2-hop, rows into Python | 2-hop, CSV text | "
             "GROUP BY, rows | GROUP BY, CSV | peak RSS | of it, data |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        data = f"{r['rss'] - r['rss_base']:.0f} MB" if "rss_base" in r else "–"
        lines.append(f"| {LABELS[r['backend']]} | {_s(r['load'])} | {_cell(r, '2-hop')} | "
                     f"{_cell(r, '2-hop_csv')} | {_cell(r, 'group')} | {_cell(r, 'group_csv')} | "
                     f"{r['rss']:.0f} MB | {data} |")
    return "\n".join(lines)


def kgraph_version() -> str:
    """The commit measured, and whether query.py had uncommitted changes then."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(HERE.parent), *args], capture_output=True,
                              text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = git("status", "--porcelain", "--", "src/kgraph/query.py")
    return f"kgraph at {commit}" + (" with uncommitted changes to query.py" if dirty else "")


def machine() -> str:
    cpu = cpu_model()
    import pyoxigraph
    import rdflib

    try:
        from importlib.metadata import version

        oxr = version("oxrdflib")
    except Exception:  # noqa: BLE001 (only a label)
        oxr = "?"
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
            f"rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}, oxrdflib {oxr}, "
            f"{platform.system()} {platform.release()}")


def _ratio(by: dict, backend: str, key: str) -> tuple[float, float]:
    """How many times faster than rdflib's default store doing the same: wall, CPU (the
    median over rounds of each round's ratio, rdflib and the backend run one after the
    other in every round)."""
    pairs = [(rd[key] / other[key], rd[key + "_cpu"] / other[key + "_cpu"])
             for rd, other in zip(by["rdflib"]["rounds"], by[backend]["rounds"], strict=False)]
    return (statistics.median(w for w, _ in pairs), statistics.median(c for _, c in pairs))


def _spread(by: dict, backend: str, key: str) -> str:
    """The lowest and highest of the rounds' ratios, wall and CPU."""
    pairs = [(rd[key] / other[key], rd[key + "_cpu"] / other[key + "_cpu"])
             for rd, other in zip(by["rdflib"]["rounds"], by[backend]["rounds"], strict=False)]
    if len(pairs) < 2:
        return ""
    walls, cpus = sorted(w for w, _ in pairs), sorted(c for _, c in pairs)
    return (f"; rounds {walls[0]:.1f}-{walls[-1]:.1f}x wall, "
            f"{cpus[0]:.1f}-{cpus[-1]:.1f}x CPU")


def _verdict(by: dict, backend: str) -> str:
    said = {True: "met", False: "NOT met"}
    parts = []
    for key, what in (("2-hop_csv", "CSV text"), ("2-hop", "rows into Python")):
        wall, cpu = _ratio(by, backend, key)
        parts.append(f"{what} **{wall:.1f}x** wall / **{cpu:.1f}x** CPU "
                     f"({_s(by[backend][key])}{_spread(by, backend, key)}: "
                     f"≥20x **{said[min(wall, cpu) >= 20]}**, "
                     f"under 1 s **{said[by[backend][key] < 1]}**)")
    return "; ".join(parts)


def section(results: list[dict], quads: int, articles: int, sizes: tuple[float, float],
            command: str, repeat: int, load: str) -> str:
    by = {r["backend"]: r for r in results}
    rounds = len(by["rdflib"]["rounds"])
    after = "; ".join(f"{r['backend']} " + ", ".join(f"{x:.1f}" for x in r["loadavg"])
                      for r in results)
    names = {"kgraph-build": "`kgraph query`'s path, build folder",
             "kgraph": "`kgraph query`'s path, graph.trig alone",
             "kgraph-main-thread": "build folder, store filled in the calling thread",
             "kgraph-ordered": "subject-sorted store", "pyoxigraph": "pyoxigraph alone",
             "oxrdflib": "oxrdflib"}
    verdicts = "\n".join(f"- {name}: {_verdict(by, backend)}"
                          for backend, name in names.items() if backend in by)
    rd, kg = by["rdflib"], by["kgraph"]
    kb = by.get("kgraph-build", kg)
    summary = (f"Loading: rdflib {_s(rd['load'])}, the TriG alone {_s(kg['load'])}"
               + (f", the build folder {_s(kb['load'])} (graph.ttl, after checking the "
                  f"SHA-256 of both files)" if kb is not kg else "")
               + f"; peak RSS {kb['rss']:.0f} MB against {rd['rss']:.0f} MB; GROUP BY (rows): "
               f"{rd['group_cpu'] / kb['group_cpu']:.0f}x less CPU time than rdflib.")
    reading = [f"Printing instead of reading: `run_query_text` has Oxigraph write the CSV "
               f"while it evaluates, {_s(kb['2-hop_csv_cpu'])} of CPU for the 2-hop query "
               f"where `run_query(...).rows` takes {_s(kb['2-hop_cpu'])} (the W3C JSON "
               f"written, parsed, one Python string per term)."]
    if kb is not kg:
        reading.append(
            f"The build folder against the TriG alone: `kgraph build` writes graph.ttl with "
            f"every triple once, a subject's triples together and subjects sorted, and ends it "
            f"with a comment naming the SHA-256 of graph.trig and of its own text; `kgraph "
            f"query` given the folder or graph.trig checks both digests and loads graph.ttl "
            f"(Oxigraph's Turtle parser, in Rust) instead of parsing the TriG and inserting "
            f"each triple from Python. Load {_s(kb['load'])} instead of {_s(kg['load'])}, "
            f"2-hop CSV {_s(kb['2-hop_csv_cpu'])} of CPU instead of {_s(kg['2-hop_csv_cpu'])} "
            f"(Oxigraph's joins walk a subject's triples, now next to each other in memory).")
    if "kgraph-main-thread" in by:
        mt = by["kgraph-main-thread"]
        reading.append(
            f"A thread of its own: `open_store` fills the store in a new thread. With glibc "
            f"each thread allocates from a malloc arena of its own, so the millions of "
            f"allocations (and the holes) a load leaves stay out of the heap the query "
            f"allocates from in the main thread. The same store filled in the calling "
            f"thread: 2-hop CSV {_s(mt['2-hop_csv_cpu'])} of CPU instead of "
            f"{_s(kb['2-hop_csv_cpu'])}, rows {_s(mt['2-hop_cpu'])} instead of "
            f"{_s(kb['2-hop_cpu'])}, GROUP BY CSV {_s(mt['group_csv_cpu'])} instead of "
            f"{_s(kb['group_csv_cpu'])}.")
    if "kgraph-ordered" in by:
        od = by["kgraph-ordered"]
        reading.append(
            f"The TriG's merged triples sorted by subject in Python before inserting them: "
            f"2-hop CSV {_s(od['2-hop_csv_cpu'])} of CPU (build folder "
            f"{_s(kb['2-hop_csv_cpu'])}), load {_s(od['load'])} and {od['rss']:.0f} MB peak "
            f"(build folder {_s(kb['load'])}, {kb['rss']:.0f} MB).")
    clis = [c for c in CLI if c in by]
    if clis:
        reading.append(
            "† The command's times are a whole `kgraph query` run: starting Python, "
            "importing kgraph, loading the files and printing CSV ("
            + ", ".join(f"{_s(by[c]['2-hop_csv'])} {what}" for c, what in
                        (("cli", "given graph.trig alone"), ("cli-build", "given the build folder"))
                        if c in by)
            + " for the 2-hop query); loading is most of it.")
    notes = "\n\n".join(reading)
    return f"""{HEADING}

Measured {date.today().isoformat()} ({kgraph_version()}) on {machine()}; load average
{load} at the start, 1-minute load after each backend in each round: {after} (other
work on the 2 cores inflates wall times, and CPU times too where it competes for the
memory and caches: Oxigraph's joins chase pointers and suffer more than rdflib's Python).

Command: `{command}`

A generated graph in kgraph's shape: {quads:,} triples in {articles + 1:,} named graphs
(one per article with `schema:mentions`, facts and their `kg:Statement` evidence, plus the
entities graph), written by kgraph's own writer as `kgraph build` writes it: graph.trig
({sizes[0]:.0f} MB) and graph.ttl ({sizes[1]:.0f} MB, every triple once). Every backend loads
graph.trig, except `kgraph query` given the build folder (graph.trig beside the graph.ttl
that vouches for it). Each backend ran in a fresh process, in {rounds} round(s), the backends
one after the other in each round. Each query is timed two ways, best of {repeat} runs in a
round and best over the rounds, as wall · CPU time of the process (each query runs on one
thread; medians and first runs are in the script's JSON output on stderr): **rows into
Python** (every value as a Python string) and **CSV text**, the result serialised the way
`kgraph query --format csv` prints it (rdflib: `Result.serialize(format="csv")`;
pyoxigraph: `QuerySolutions.serialize(format=CSV)`; kgraph: `run_query_text(store, query,
"csv")`, which the command calls). Peak RSS is the process maximum and "of it, data" what
loading and querying added after the imports. `kgraph query` builds a store for each
query: for these two (no `GRAPH`) every triple once in the default graph, no named graphs
(`open_store`).

{table(results)}

The 2-hop query ("company uses a model developed by another company"; {kg['2-hop_rows']:,}
rows, every backend returned the same rows both ways, and the same 20 for GROUP BY)
against the target of at least 20x faster than rdflib's default store and under 1 s (CSV
text compared with rdflib's `serialize(format="csv")`, rows with rdflib's rows; each ratio
is the median over the rounds of rdflib's time in a round divided by the backend's in the
same round; "met" only if both wall and CPU time are 20x):

{verdicts}

{summary}

{notes}

```sparql
{TWO_HOP}
```

```sparql
{GROUP_BY}
```
"""


def write_section(text: str, path: Path = RESULTS) -> None:
    """Replace this benchmark's section of RESULTS.md, leaving every other section alone."""
    replace_section(HEADING, text, path)


def _combine(runs: list[dict]) -> dict:
    """One backend's rounds: the best of each figure over them, every round kept."""
    out = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, float) and not key.endswith(("_median", "_first")) \
                and key not in ("rss", "rss_base"):
            out[key] = min(r[key] for r in runs)
    out["rss"] = max(r["rss"] for r in runs)
    out["rounds"] = runs
    out["loadavg"] = [r["loadavg"] for r in runs]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="graph size")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (best is kept)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="times every backend runs, one after the other in each round")
    parser.add_argument("--backends", default="rdflib,oxrdflib,pyoxigraph,kgraph,kgraph-build,"
                                              "kgraph-main-thread,kgraph-ordered,cli,cli-build")
    parser.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md")
    parser.add_argument("--child", metavar="BACKEND", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_backend(args.child, args.file, args.repeat)))
        return

    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    backends = args.backends.split(",")
    with tempfile.TemporaryDirectory(prefix="kgraph-rdf-bench-") as tmp:
        t = time.perf_counter()
        quads = generate(args.triples)
        articles = quads.article_count
        count = len(quads)
        build, alone = write_files(quads, Path(tmp))
        del quads
        sizes = ((build / "graph.trig").stat().st_size / 1e6,
                 (build / "graph.ttl").stat().st_size / 1e6)
        print(f"generated {count:,} triples, {articles:,} articles, {sizes[0]:.0f} MB TriG, "
              f"{sizes[1]:.0f} MB Turtle in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        runs: dict[str, list[dict]] = defaultdict(list)
        for round_ in range(args.rounds):
            for backend in backends:
                target = build if backend in BUILD_FOLDER else alone / "graph.trig"
                print(f"round {round_ + 1}: running {backend} ...", file=sys.stderr)
                done = subprocess.run([sys.executable, __file__, "--child", backend, "--file",
                                       str(target), "--repeat", str(args.repeat)],
                                      capture_output=True, text=True)
                if done.returncode:
                    sys.exit(f"{backend} failed:\n{done.stderr}")
                runs[backend].append(json.loads(done.stdout))
                runs[backend][-1]["loadavg"] = os.getloadavg()[0]
                print(f"  {runs[backend][-1]}", file=sys.stderr)
    results = [_combine(runs[b]) for b in backends]
    for key in ("2-hop", "2-hop_csv", "group", "group_csv"):
        digests = {f"{r['backend']}#{i}": r[key + "_digest"] for b in backends
                   for i, r in enumerate(runs[b]) if key + "_digest" in r}
        if len(set(digests.values())) > 1:
            sys.exit(f"backends disagree on the {key} rows: {digests}")
    print(table(results))
    if args.no_write or not {"rdflib", "kgraph"} <= set(backends):
        return
    command = ".venv/bin/python benchmarks/rdf_bench.py" + "".join(
        f" {shlex.quote(a)}" for a in sys.argv[1:])
    write_section(section(results, count, articles, sizes, command, args.repeat, load))
    print(f"wrote {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
