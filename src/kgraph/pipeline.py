"""The one place that chains the stages: read, nlp, mentions, relations, resolve, rdf, outputs.

A build reads every file in the main process (bytes and SHA-256 only), looks each up
in the content-hash cache (cache.py), sends the rest to an executor (executors.py:
this process, a process pool or a Dask cluster) and merges the results as they come
back: the merge keeps counts, never the order of articles (resolve.Merged), so every
executor, every order of results and every cache state give the same graph.
"""
from __future__ import annotations

import gc
import hashlib
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import rx
from . import state as saved
from .articles import (
    EXTENSIONS,
    LANGUAGES,
    SAME_CONTENT,
    Skipped,
    SourceFile,
    article_from_bytes,
    as_paths,
    detect_language,
    find_files,
    load_language_model,
    paragraph_languages,
    read_article,
    read_source,
)
from .cache import CacheStats, ExtractionCache, entry_text, fingerprint
from .catalogue import Catalogue, load_catalogue
from .errors import KgraphError, NoArticlesError
from .executors import Executor
from .forking import gc_paused
from .mentions import find_mentions, shared_tables
from .models import Article, Extraction, KnowledgeGraph, Mention
from .quantities import find_counts, find_money, is_valuation
from .rdf import article_iri, to_dataset
from .rdfwrite import (
    Documents,
    EntityBlocks,
    Piece,
    Slot,
    Union,
    Written,
    article_piece,
)
from .relations import agrees_with_catalogue, extract, load_rules
from .resolve import resolve
from .state import BuildState
from .validate import (
    SAMPLE,
    WHOLE_GRAPH_UP_TO,
    check_changes,
    check_graph,
    check_sample,
    check_text,
    sample,
)

DEFAULT_OUTPUTS = ("trig", "ttl", "jsonld", "html")


@dataclass(frozen=True)
class Options:
    """How to extract: language override, optional trained spaCy pipeline."""

    lang: str | None = None
    """``de`` or ``en`` for every article; None: detected per article and paragraph."""
    spacy_model: str | None = None
    """An installed trained spaCy pipeline whose NER adds to the rules (never needed)."""

    def __post_init__(self) -> None:
        # the CLI offers only these; from Python Options(lang="fr") failed much later
        # with a missing patterns/fr/cues.tsv
        if self.lang is not None and self.lang not in LANGUAGES:
            raise ValueError(f"lang must be one of {', '.join(LANGUAGES)} or None (detected "
                             f"per article and paragraph), not {self.lang!r}")


@dataclass
class BuildReport:
    """What a build did, for the summary a user sees."""

    articles: int = 0
    """Articles read into the graph."""
    skipped: list[Skipped] = field(default_factory=list)
    """Files not read, each with ``path`` and ``reason`` (empty, binary, a duplicate...)."""
    loops: list[Skipped] = field(default_factory=list)
    """Symbolic link loops cut while walking the folders (a link to itself, or back to a
    folder already read): no article is lost by them, so they are not in ``skipped``."""
    entities: Counter[str] = field(default_factory=Counter)
    """Entities by class: ``Organization``, ``AIModel``, ``Product``, ``Person``."""
    relations: Counter[str] = field(default_factory=Counter)
    """Asserted facts by relation (``uses``, ``investsIn``, ...); hedged ones not counted."""
    hedged: int = 0
    """Hedged claims (reported as uncertain, planned or denied): kept, not asserted."""
    files: list[Path] = field(default_factory=list)
    """The output files written (or left unchanged by a rebuild that found nothing new)."""
    graph: KnowledgeGraph | None = None
    """The resolved graph as dataclasses: ``articles``, ``entities``, ``facts``."""
    cache: CacheStats | None = None
    """Hits, misses and damaged entries of the build cache (None with use_cache=False)."""
    executor: str = "local"
    """Where extraction ran: ``local``, ``process`` or ``dask``."""
    workers: int = 1
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall time of each phase: read, extract, resolve, write."""
    merge: str = ""
    """How the graph was made: updated from the last build's state, or merged afresh."""
    checked: str = ""
    """What was validated against ontologies/shapes.ttl ("": nothing)."""
    state: BuildState | None = field(default=None, repr=False)
    """The merged state the build left (with the cache): a next build in the same process
    can start from it instead of loading it (``build(state=...)``, watch.py)."""


def _nlp():
    """nlp.py, imported on first use: spaCy takes ~1.5 s to import, and a rebuild that finds
    every article in the cache, or a main process whose workers extract, never needs it."""
    from . import nlp

    return nlp


def extract_article(article: Article, options: Options = Options(),
                    catalogue: Catalogue | None = None) -> Extraction:
    """Everything one article says: mentions, relations with evidence, metrics."""
    catalogue = catalogue or load_catalogue()
    text = article.text
    parts = ([(0, len(text), options.lang)] if options.lang
             else paragraph_languages(text, article.lang) or [(0, len(text), article.lang)])
    mentions: list[Mention] = []
    relations = []
    metrics = []
    for start, end, lang in parts:
        lang = lang or article.lang
        part = text[start:end]
        doc = _nlp().blank_pipeline(lang)(part)
        local = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        sentences = [(a + start, b + start) for a, b in local]
        extra = [_shift(m, -start)
                 for m in _spacy_mentions(text, start, end, options.spacy_model, catalogue)]
        # each language part is searched on its own: the whole text once per part was
        # quadratic in the number of parts
        found = [_shift(m, start) for m in find_mentions(part, lang, local, catalogue, extra)]
        money = [q for q in find_money(text[start:end], lang)]
        money = [_shift(q, start) for q in money]
        counts = [_shift(q, start) for q in find_counts(text[start:end], lang,
                                                        [(q.start - start, q.end - start)
                                                         for q in money])]
        # a company's value is no amount of money paid in (and no count either)
        money = [q for q in money if not is_valuation(text, q, lang)]
        rels, mets = extract(text, lang, sentences, found, money, counts, article.sha,
                             catalogue.investors(), catalogue.developers())
        rels = agrees_with_catalogue(rels, catalogue.developers())
        mentions += found
        relations += rels
        metrics += mets
    return Extraction(article, tuple(mentions), tuple(relations), tuple(metrics))


def _shift(q, offset: int):
    if not offset:  # most articles are one part from 0: replace() is slow
        return q
    from dataclasses import replace

    return replace(q, start=q.start + offset, end=q.end + offset)


def _spacy_mentions(text: str, start: int, end: int, model: str | None,
                    catalogue: Catalogue) -> list[Mention]:
    if not model:
        return []
    doc = _nlp().trained_pipeline(model)(text[start:end])
    out = []
    for ent in doc.ents:
        kind = _nlp().SPACY_LABELS.get(ent.label_)
        if kind:
            known = catalogue.lookup(ent.text)
            out.append(Mention(ent.start_char + start, ent.end_char + start, ent.text,
                               known.type if known else kind,
                               known.name if known else ent.text, "spacy"))
    return out


def read_articles(paths: Sequence[str | os.PathLike[str]], lang: str | None = None,
                  ) -> tuple[list[Article], list[Skipped]]:
    """Every readable article under the paths; duplicates (same bytes) are read once."""
    files, skipped = find_files(paths)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for source in files:
        got = read_article(source, lang)
        if isinstance(got, Skipped):
            skipped.append(got)
        elif got.sha in seen:
            skipped.append(Skipped(got.path, f"{SAME_CONTENT} {seen[got.sha]}"))
        else:
            seen[got.sha] = got.path
            articles.append(got)
    return articles, skipped


Progress = Callable[[int, int], None]
"""Called with (articles done, articles in total) as extraction goes on."""


@dataclass(frozen=True)
class Task:
    """One article to extract, as sent to a worker: the file's bytes travel with it."""

    index: int
    display: str
    kind: str
    raw: bytes
    options: Options
    key: str
    cache: bool
    pieces: bool = False
    """Also render the article's RDF (rdfwrite.Piece), as build does."""


@dataclass(frozen=True)
class Done:
    """A worker's answer for one task."""

    index: int
    result: Extraction | Skipped
    entry: str | None = None
    """The cache entry's JSON text, made in the worker so the main process only writes it."""
    piece: Piece | None = None


WARM_UP = {"de": "Die Firma Beispiel GmbH nutzt seit Mai das Modell Llama von Meta.",
           "en": "Example Inc. uses Meta's Llama model, CEO Jane Doe said."}
"""A sentence per language that a worker extracts before its first article."""


def warm_worker() -> None:
    """Build what extraction loads once per process, for both languages, before the first
    article (see warm_steps)."""
    for _ in warm_steps():
        pass


def warm_steps() -> Iterator[None]:
    """warm_worker step by step: the catalogue and spaCy (the language model loads in a
    thread meanwhile: its decompression frees the GIL), then each language's blank
    pipeline, pattern tables and the German word list (compiling the German relation
    patterns alone took ~0.2 s, paid at the first German paragraph). A worker with an
    article waiting stops after any step (forking.WarmWorker): what is left loads when
    first needed. So the word list (~0.3 s) starts late: a rebuild's worker with an
    English article waiting never loads it, and does not share its cores with it."""
    import threading

    from .wordlist import german_words

    loaders = [threading.Thread(target=_quietly, args=(load_language_model,),
                                name="kgraph-language-model")]
    loaders[0].start()
    catalogue = load_catalogue()
    _nlp()
    yield
    # small steps, so that a worker with an article waiting stops soon and builds only
    # what that article needs (patterns compile when first reached)
    shared_tables(catalogue)
    yield
    for lang in WARM_UP:
        _nlp().blank_pipeline(lang)
        yield
    loaders.append(threading.Thread(target=_quietly, args=(german_words,),
                                    name="kgraph-german-words"))
    loaders[-1].start()
    for lang, text in WARM_UP.items():  # the language given: no detection needed yet
        article = article_from_bytes(text.encode(), f"warm-up.{lang}.txt", "text", lang)
        try:
            if isinstance(article, Article):
                extract_article(article, Options(lang=lang), catalogue)
        except KgraphError:
            # a broken pattern file: let the first article raise it, where it is reported
            # (an error in a pool's initializer only restarts the worker, again and again)
            _nlp().blank_pipeline(lang)
        yield
    for lang in WARM_UP:  # the patterns the warm-up texts did not reach (compiled lazily)
        try:
            load_rules(lang).compile_all()
        except KgraphError:
            pass  # as above: the article that reaches the row reports it
        yield
    for loader in loaders:
        loader.join()
    for text in WARM_UP.values():
        detect_language(text)
    rx.save()  # every row's program, for the next process's cold start (rx.py)


def _quietly(load: Callable[[], object]) -> None:
    """load() in a loader thread: an error is raised again where the first use reports it."""
    try:
        load()
    except Exception:  # noqa: BLE001
        pass


def run_tasks(tasks: Sequence[Task]) -> list[Done]:
    """A worker's job: bytes -> Article -> Extraction (and its cache entry) for each task."""
    catalogue = load_catalogue()
    out = []
    for task in tasks:
        got = article_from_bytes(task.raw, task.display, task.kind, task.options.lang)
        if isinstance(got, Skipped):
            out.append(Done(task.index, got, entry_text(task.key, None, skipped=got.reason)
                            if task.cache else None))
            continue
        extraction = extract_article(got, task.options, catalogue)
        piece = article_piece(extraction) if task.cache or task.pieces else None
        entry = entry_text(task.key, extraction.to_dict(), {"piece": piece.to_dict()}) \
            if piece is not None and task.cache else None
        out.append(Done(task.index, extraction, entry, piece))
    return out


def _kind(source: SourceFile) -> str:
    return EXTENSIONS.get(source.suffix, "text")


def _no_articles(paths: Sequence[str | os.PathLike[str]], skipped: list[Skipped]) -> None:
    reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
    raise NoArticlesError(
        "no usable article (.txt, .md, .html) found in " + ", ".join(map(str, paths))
        + (f" ({reasons})" if reasons else ""))


@dataclass
class Extracted:
    """What extraction gave, in file order."""

    extractions: list[Extraction]
    skipped: list[Skipped]
    keys: list[str]
    """Cache keys of every file read (kept when the cache is pruned)."""
    pieces: list[Piece] | None = None
    """Each extraction's RDF, when asked for."""
    used: dict[str, str] = field(default_factory=dict)
    """Cache key -> path of every article used, the known ones included."""
    taken: bool = False
    """Every extraction was merged as it arrived (extract_all's take)."""


KNOWN: Any = object()
"""extract_all's mark for an article the caller already holds."""


def extract_all(paths: Sequence[str | os.PathLike[str]], options: Options = Options(),
                progress: Progress | None = None, executor: Executor | None = None,
                cache: ExtractionCache | None = None, pieces: bool = False,
                known: Callable[[], dict[str, str] | None] | None = None,
                take: Callable[[Extraction, Piece | None], bool] | None = None) -> Extracted:
    """Every usable article's extraction in file order, and the files skipped.

    Files are read here (bytes and hash only); cached extractions are loaded while the
    executor works through the others. known: called once the others are on their way to
    the executor (a rebuild loads the last build's state meanwhile), it gives cache key ->
    path of the articles the caller holds already (state.py); those are neither loaded
    nor extracted, only listed in ``Extracted.used``. take: called with each extraction
    (and its piece) as it arrives, in any order; where it returns True it has merged it
    (``Extracted.taken``).
    """
    from .executors import LocalExecutor

    executor = executor or LocalExecutor()
    files, skipped_walk = find_files(paths)
    # pass 1: hash every file, drop duplicates (same bytes: the first in path order wins)
    slots: list[tuple[SourceFile, str] | Skipped] = []
    first: dict[str, int] = {}
    duplicates: dict[int, int] = {}
    misses: list[int] = []
    hits: list[int] = []
    for source in files:
        raw = read_source(source)
        if isinstance(raw, Skipped):
            slots.append(raw)
            continue
        sha = hashlib.sha256(raw).hexdigest()
        index = len(slots)
        slots.append((source, f"{sha}-{_kind(source)}"))
        if sha in first:
            duplicates[index] = first[sha]
            continue
        first[sha] = index
        if cache is not None and cache.has(slots[index][1]):
            hits.append(index)
        else:
            misses.append(index)
    total = len(hits) + len(misses)
    rendered: dict[int, Piece] = {}
    if cache is not None:
        cache.stats.misses += len(misses)
    results: dict[int, Any] = {}

    def tasks(indices: list[int]) -> Iterator[Task]:
        for i in indices:
            source, key = slots[i]  # type: ignore[misc]
            raw = read_source(source)
            if isinstance(raw, Skipped):
                results[i] = raw
                continue
            yield Task(i, source.display, _kind(source), raw, options, key, cache is not None,
                       pieces)

    done = 0
    # workers start on the misses now; cached entries are loaded meanwhile
    running = executor.map_unordered(run_tasks, tasks(misses), count=len(misses))
    held = known() if known is not None else None
    redo: list[int] = []
    for i in hits:
        source, key = slots[i]  # type: ignore[misc]
        if held is not None and held.get(key) == source.display:
            results[i] = KNOWN
            cache.stats.hits += 1  # type: ignore[union-attr]
            done += 1
            if progress:
                progress(done, total)
            continue
        got = cache.get(key) if cache is not None else None
        if got is None:
            redo.append(i)  # damaged entry: extracted again
            continue
        extraction, extra = got
        if isinstance(extraction, Skipped):
            results[i] = Skipped(source.display, extraction.reason)
        elif extraction.article.path != source.display:  # same bytes, renamed or moved file
            results[i] = replace(extraction, article=replace(extraction.article,
                                                             path=source.display))
            if pieces:
                rendered[i] = article_piece(results[i])  # type: ignore[arg-type]
        else:
            if pieces:
                try:
                    rendered[i] = Piece.from_dict(extra["piece"])
                except (KeyError, TypeError, ValueError):
                    cache.stats.hits -= 1  # type: ignore[union-attr]
                    cache.stats.damaged += 1  # type: ignore[union-attr]
                    redo.append(i)
                    continue
            results[i] = extraction
        done += 1
        if progress:
            progress(done, total)
    if redo:
        running = _chain(running, executor.map_unordered(run_tasks, tasks(redo),
                                                         count=len(redo)))
    taken = take is not None
    if take is not None:
        for i in hits:
            if isinstance(results.get(i), Extraction):
                taken = take(results[i], rendered.get(i)) and taken
    for batch in running:
        for item in batch:
            results[item.index] = item.result
            if item.piece is not None:
                rendered[item.index] = item.piece
            if take is not None and isinstance(item.result, Extraction):
                taken = take(item.result, item.piece) and taken
            if item.entry is not None and cache is not None:
                cache.put_text(slots[item.index][1], item.entry)  # type: ignore[index]
            done += 1
            if progress:
                progress(done, total)
    extractions: list[Extraction] = []
    skipped = list(skipped_walk)
    keys = []
    used: dict[str, str] = {}
    ordered: list[Piece] = []
    for index, slot in enumerate(slots):
        if isinstance(slot, Skipped):
            skipped.append(slot)
            continue
        if index in duplicates:
            original = results.get(duplicates[index])
            display = slot[0].display
            if isinstance(original, Skipped):
                skipped.append(Skipped(display, original.reason))
            else:
                skipped.append(Skipped(display, f"{SAME_CONTENT} "
                                                f"{slots[duplicates[index]][0].display}"))  # type: ignore[index]
            continue
        got = results[index]
        keys.append(slot[1])
        if isinstance(got, Skipped):
            skipped.append(got)
            continue
        used[slot[1]] = slot[0].display
        if got is not KNOWN:
            extractions.append(got)  # type: ignore[arg-type]
            if pieces:
                ordered.append(rendered[index])
    return Extracted(extractions, skipped, keys, ordered if pieces else None, used, taken)


def _phase(progress: Progress | None, text: str) -> None:
    say = getattr(progress, "phase", None)
    if say is not None:
        say(text)


def _chain(*iterables: Iterable[Any]) -> Iterator[Any]:
    for it in iterables:
        yield from it


def build_graph(paths: Sequence[str | os.PathLike[str]], options: Options = Options(),
                progress: Progress | None = None, executor: Executor | None = None,
                cache: ExtractionCache | None = None,
                ) -> tuple[KnowledgeGraph, list[Skipped]]:
    """Read, extract and resolve: the whole pipeline short of writing files. Returns the
    resolved graph and the files skipped (with why). One path may stand for a list of one."""
    paths = as_paths(paths)
    got = extract_all(paths, options, progress, executor, cache)
    if not got.extractions:
        _no_articles(paths, got.skipped)
    return resolve(got.extractions), got.skipped


def write_files(kg: KnowledgeGraph, pieces: Sequence[Piece], folder: Path,
                names: Iterable[str]) -> list[Path]:
    """Write the outputs of a build from its pieces (rdfwrite): no rdflib Dataset of the
    whole graph unless an output registered by a plug-in asks for one."""
    union = Union()
    for piece in pieces:
        union.add(piece)
    slots = [(piece.graph, piece) for piece in pieces]
    if isinstance(pieces, list):
        pieces.clear()
    files, _ = write_blocks(kg, union, slots, folder, names)
    return files


def write_blocks(kg: KnowledgeGraph, union: Union, slots: list[Slot], folder: Path,
                 names: Iterable[str], previous: dict[str, Written] | None = None,
                 page: StagedPage | None = None, meanwhile: Callable[[], None] | None = None,
                 blocks: EntityBlocks | None = None, docs: Documents | None = None,
                 ) -> tuple[list[Path], dict[str, Written]]:
    """write_files from the union of the articles' shared parts and one slot per article
    (rdfwrite.Documents); a slot without a piece is copied from the file the last build
    wrote (previous: output name -> rdfwrite.Written). Returns the files and where each
    block-wise file holds each article. page: graph.html, being drawn by a forked child
    (StagedPage), put in place once the RDF files are written; meanwhile: called when the
    RDF files are written, while the page may still be drawn; blocks: the entity graph's
    nodes as the last build rendered them (updated to this build's); docs: the files as
    validation already made them (rdfwrite.documents of the same graph, union and slots)."""
    from .exporters import REGISTRY, html, rdf_files  # noqa: F401 (registers)

    names = list(names)
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise KgraphError(f"unknown output {unknown[0]!r}; known: {', '.join(sorted(REGISTRY))}")
    files: dict[str, Path] = {}
    written: dict[str, Written] = {}
    if page is not None:
        files["html"] = page.target
    try:
        _write_rdf(kg, union, slots, folder, names, previous, files, written,
                   blocks or EntityBlocks(), docs)
    except BaseException:
        if page is not None:
            page.cancel()
        raise
    if meanwhile is not None:
        meanwhile()
    if page is not None:
        from . import layout

        springs = page.finish()  # what the child computed, for the state to keep
        layout.SPRINGS.clear()
        layout.SPRINGS.update(springs)
    for name in names:
        if name not in written and files[name].is_file():  # kept to tell whether it changed
            written[name] = Written.of(files[name])
    return [files[name] for name in names], written


class StagedPage:
    """graph.html drawn by a forked child (forking.Child) from the moment the graph is
    resolved, while this process validates it and writes the RDF files: validation came
    first and the page after it, so a default build of 10,000 articles waited 3.4 s for
    its sample check before the page (~2.5 s) began. The child writes a staged file
    beside the target; ``finish`` renames it into place, ``cancel`` (validation failed,
    a file could not be written) stops the child and removes it, so a build that fails
    leaves the last build's page. Where forking is unsafe the page is drawn at
    ``finish``."""

    def __init__(self, kg: KnowledgeGraph, target: Path) -> None:
        from .forking import Child

        self.target = target
        self._staged = target.with_name(f".{target.name}.staged")
        self._child = Child(lambda: _write_page(kg, self._staged), target.name)

    def finish(self) -> dict[str, Any]:
        """Wait for the page, put it in place; the spring layouts the child knew then."""
        try:
            springs = self._child.wait()
            try:
                os.replace(self._staged, self.target)
            except OSError as exc:
                raise KgraphError(f"cannot write {self.target}: {exc.strerror or exc}") from exc
        except BaseException:
            self._remove()
            raise
        return springs

    def cancel(self) -> None:
        self._child.cancel()
        self._remove()

    def _remove(self) -> None:
        # and atomic_write's own temporary file, when the child was stopped while writing
        for path in (self._staged, *self._staged.parent.glob(f".{self._staged.name}.*.tmp")):
            try:
                path.unlink()
            except OSError:
                pass


def _write_page(kg: KnowledgeGraph, target: Path) -> dict[str, Any]:
    """graph.html, in a child process; returns the spring layouts it knows then."""
    from . import layout
    from .exporters.html import write_html_from_graph

    _write(target, lambda path, kg: write_html_from_graph(kg, path), kg)
    return dict(layout.SPRINGS)


def _write_rdf(kg: KnowledgeGraph, union: Union, slots: list[Slot], folder: Path,
               names: list[str], previous: dict[str, Written] | None,
               files: dict[str, Path], written: dict[str, Written], blocks: EntityBlocks,
               docs: Documents | None = None,
               ) -> None:
    """Every output but one already in files; fills files and written."""
    import pyoxigraph as ox

    from .exporters import REGISTRY, write_outputs
    from .exporters.html import write_html_from_graph
    from .rdfwrite import documents, write_chunks

    if docs is None:  # not made already for validation (check_text)
        docs = documents(blocks.render(kg), union, slots)
    # the three text formats first (in one pass: rdfwrite.Documents.write_all), then free
    # their text before N-Quads/N-Triples parse it
    texts = {name: (folder / REGISTRY[name][0], (previous or {}).get(name))
             for name in names if name in ("trig", "ttl", "jsonld")}
    if texts:
        try:
            written.update(docs.write_all(texts))
        except OSError as exc:
            raise KgraphError(f"cannot write {', '.join(str(path) for path, _ in texts.values())}"
                              f": {exc.strerror or exc}") from exc
        files.update({name: path for name, (path, _) in texts.items()})
    trig = folder / REGISTRY["trig"][0] if "trig" in files else None
    if trig is None and any(n in ("nq", "nt") for n in names):
        trig_text: str | None = "".join(docs.trig())
    else:
        trig_text = None
    docs = None  # type: ignore[assignment]
    slots.clear()

    def parse_trig():
        source = {"path": str(trig)} if trig else {"input": trig_text.encode("utf-8")}  # type: ignore[union-attr]
        return ox.parse(format=ox.RdfFormat.TRIG, **source)

    for name in names:
        target = folder / REGISTRY[name][0]
        if name in files:
            continue
        if name == "nq":
            files[name] = _write(target, write_chunks, [ox.serialize(
                parse_trig(), format=ox.RdfFormat.N_QUADS).decode("utf-8")])
        elif name == "nt":
            triples = dict.fromkeys(q.triple for q in parse_trig())
            files[name] = _write(target, write_chunks, [ox.serialize(
                triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")])
        elif name == "html":
            files[name] = _write(target, lambda path, kg: write_html_from_graph(kg, path), kg)
        else:  # an output registered by someone else: it gets the rdflib Dataset
            files[name] = write_outputs(to_dataset(kg), folder, [name])[0]


def _merge_and_write(paths: Sequence[str | os.PathLike[str]], options: Options,
                     got: Extracted, state: BuildState | None, cache: ExtractionCache | None,
                     out: Path,
                     outputs: list[str], validate: bool | None, progress: Progress | None,
                     seconds: dict[str, float], parallel: bool = False,
                     save_state: bool = True, merged: BuildState | None = None,
                     ) -> tuple[KnowledgeGraph, list[Path], str, str, BuildState]:
    """The rest of a build after extraction: update (or start) the merged state with what
    changed, write the files, keep the state for the next build (on disk unless not
    save_state). Also says which of these it did, and what it validated. merged: a new
    state that holds got's extractions already (with no last state)."""
    clock = time.perf_counter()
    whole = validate is True or (validate is None and len(got.used) <= WHOLE_GRAPH_UP_TO)
    _phase(progress, "resolving entities")
    had_state = state is not None
    taken = _take_out(state, got.used, cache) if state is not None else None  # type: ignore[arg-type]
    removed = len(taken) if taken is not None else None
    if state is not None and taken is None:
        # an entry the state needs is gone: merge every article from the cache instead
        from .executors import LocalExecutor

        state = None
        got = extract_all(paths, options, None, LocalExecutor(), cache, pieces=True)
    unchanged = (state is not None and not removed and not got.extractions
                 and state.current(out, outputs, whole))
    if unchanged:
        how = "same articles as the last build: no file rewritten"
    elif state is not None:
        how = (f"last build's graph updated: {removed} article{'s' * (removed != 1)} taken out, "
               f"{len(got.extractions)} put in")
    else:
        how = "merged every article" + (" (a cache entry the last build's state needs was "
                                        "missing or damaged)" if had_state else "")
    if state is None and merged is not None:
        state, add = merged, False
    else:
        state, add = state or BuildState(), True
    new: dict[str, Piece] = {}
    for extraction, piece in zip(got.extractions, got.pieces or [], strict=True):
        if add:
            state.merged.add(extraction)
            state.union.add(piece)
        new[piece.graph] = piece
    got.extractions.clear()
    state.articles = dict(got.used)
    kg = state.merged.graph()
    seconds["resolve"] = time.perf_counter() - clock
    clock = time.perf_counter()
    if unchanged:  # same articles, same files as the last build wrote: nothing to redo
        from .exporters import REGISTRY

        return kg, [out / REGISTRY[name][0] for name in outputs], how, "", state
    slots = [(graph, new.get(graph)) for graph in (f"<{article_iri(a.sha)}>"
                                                   for a in kg.articles)]
    from . import layout  # networkx: not for the extraction workers that import this module

    layout.SPRINGS.update(state.springs)  # before the page's child is forked
    page = None
    if parallel and "html" in outputs:
        from .exporters import REGISTRY

        page = StagedPage(kg, out / REGISTRY["html"][0])
    try:
        verdict, sampled, checked, docs = _validate(kg, state, taken, new, slots, whole,
                                                    validate, progress, seconds, clock)
    except BaseException:
        if page is not None:
            page.cancel()
        raise
    clock = time.perf_counter()
    _phase(progress, "writing graph files")
    saved.forget(cache)  # the files it describes are about to change
    prepared: list[bytes] = []

    def prepare() -> None:
        if cache is not None and save_state:
            prepared.append(saved.prepare(state))

    files, state.written = write_blocks(kg, state.union, slots, out, outputs, state.written,
                                        page, meanwhile=prepare, blocks=state.blocks,
                                        docs=docs)
    state.validated, state.sampled = verdict, sampled
    state.springs = dict(layout.SPRINGS)
    seconds["write"] = time.perf_counter() - clock
    if cache is not None:
        cache.prune(got.keys)
        if save_state:
            saved.save(cache, state, prepared[0] if prepared else None)
    return kg, files, how, checked, state


def _validate(kg: KnowledgeGraph, state: BuildState, taken: list[Extraction] | None,
              new: dict[str, Piece], slots: list[Slot], whole: bool, validate: bool | None,
              progress: Progress | None, seconds: dict[str, float], clock: float,
              ) -> tuple[bool, bool, str, Documents | None]:
    """_merge_and_write's check of the graph before anything is written (raises
    ValidationError): whether the whole graph is known to conform, whether a sample and
    every change since was checked, what to say was checked, and the files' text where
    the check made it."""
    checked, verdict = "", False  # verdict: the whole graph is known to conform
    sampled = False  # a sample was checked, and every change since
    docs = None  # the files' text, when validation made it (written from the same)
    if validate is not False:  # raises ValidationError before anything is written
        _phase(progress, "validating")
        added = [a.sha for a in kg.articles if f"<{article_iri(a.sha)}>" in new]
        if state.validated and taken is not None:  # the last build's graph conformed
            check_changes(kg, added, taken)
            checked, verdict = "what changed (the last build's graph conformed)", True
        elif state.sampled and taken is not None and not whole:
            # the unchanged articles of the last build's sample are as they were checked,
            # and what the change can have made invalid is check_changes' neighbourhood:
            # checking the sample again took 3.2 s of a 9.6 s rebuild at 10,000 articles
            check_changes(kg, added, taken)
            checked, sampled = ("what changed, as the last build checked a sample (--validate "
                                "checks the whole graph)"), True
        elif whole and all(piece is not None for _, piece in slots):  # every article's text
            from .rdfwrite import documents

            docs = documents(state.blocks.render(kg), state.union, slots)
            check_text(docs.trig())
            checked, verdict = "the whole graph", True
        elif whole:
            check_graph(kg)
            checked, verdict = "the whole graph", True
        else:
            shas = sample([a.sha for a in kg.articles], SAMPLE)
            put_in = added if taken is not None else []  # a rebuild's changed articles
            check_sample(kg, sorted(set(shas) | set(put_in)))
            sampled = True
            checked = (f"{len(shas)} of {len(kg.articles):,} articles"
                       + (f" and the {len(put_in)} put in" if put_in else "")
                       + f", the entities they name and their facts (builds of more than "
                       f"{WHOLE_GRAPH_UP_TO:,} articles check a sample; --validate checks the "
                       "whole graph)")
        seconds["validate"] = time.perf_counter() - clock
    return verdict, sampled, checked, docs


def _take_out(state: BuildState, used: dict[str, str], cache: ExtractionCache,
              ) -> list[Extraction] | None:
    """Remove from the state every article it holds that this build does not use as it was
    (changed, deleted, renamed), reading what each added from its old cache entry; the
    extractions taken out (what validation checks again), or None when an entry is
    missing or damaged (the state cannot be trusted)."""
    gone = [key for key, path in state.articles.items() if used.get(key) != path]
    old = []
    for key in gone:
        got = cache.read(key)
        if got is None or isinstance(got[0], Skipped) or "piece" not in got[1]:
            return None
        try:
            old.append((got[0], Piece.from_dict(got[1]["piece"])))
        except (KeyError, TypeError, ValueError):
            return None
    for extraction, piece in old:
        state.merged.remove(extraction)
        state.union.remove(piece)
    return [extraction for extraction, _ in old]


def _write(target: Path, writer: Callable[..., None], data: object) -> Path:
    try:
        writer(target, data)
    except OSError as exc:
        raise KgraphError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


def build(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str],
          options: Options = Options(), outputs: Iterable[str] = DEFAULT_OUTPUTS,
          progress: Progress | bool | None = None, *, jobs: int | None = 1,
          executor: str | Executor | None = None, scheduler: str | None = None,
          use_cache: bool = True, validate: bool | None = None,
          state: BuildState | None = None, save_state: bool = True) -> BuildReport:
    """Build the graph of the articles under paths and write the outputs into folder out.

    jobs: worker processes for extraction (0 or None: one per core); executor: ``local``,
    ``process`` or ``dask`` (with scheduler ``tcp://HOST:PORT``) or an Executor object;
    use_cache: reuse and update OUT/.kgraph-cache (see cache.py);
    validate: check the graph against ontologies/shapes.ttl before writing (ValidationError):
    True the whole graph, False not at all, None (default) the whole graph up to
    validate.WHOLE_GRAPH_UP_TO articles and a sample past it (validate.check_sample).
    progress: called as ``progress(done, total)`` while articles are extracted; True for
    the bar ``kgraph build`` shows on a terminal, drawn on stderr (a notebook shows it).
    paths may be one path, outputs one name.
    state: ``BuildReport.state`` of the last build of the same folders into out in this
    process, used instead of the one on disk (still only if the files are as it wrote
    them); save_state=False leaves the new one for the caller to ``state.save`` later
    (watch.py, which keeps both between rebuilds).
    """
    if progress is True:  # a build from Python printed nothing for minutes
        from .progress import ProgressBar

        with closing(ProgressBar(sys.stderr)) as bar:
            return build(paths, out, options, outputs, bar, jobs=jobs, executor=executor,
                         scheduler=scheduler, use_cache=use_cache, validate=validate,
                         state=state, save_state=save_state)
    from .executors import make_executor

    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    paths = as_paths(paths)  # one path (a str or Path) is a list of one
    outputs = [outputs] if isinstance(outputs, str) else list(outputs)
    cache = ExtractionCache(out, fingerprint(options)) if use_cache else None
    own = not isinstance(executor, Executor)
    runner = executor if isinstance(executor, Executor) else \
        make_executor(executor, jobs, scheduler, warm=warm_steps)
    held, state = (state if cache is not None else None), None
    if own and cache is not None and saved.exists(cache) and hasattr(runner, "prestart"):
        runner.prestart()  # a rebuild: a worker warms up while the files are hashed
    # after the fork: the worker needs none of the writers' imports
    from .exporters import REGISTRY, html, rdf_files  # noqa: F401 (registers)

    def last_state() -> dict[str, str] | None:
        """The last build's state, loaded while the worker extracts what changed."""
        nonlocal state
        if held is not None:
            state = held
        else:
            with gc_paused():  # and frozen: what the state holds is never garbage
                state = saved.load(cache) if cache is not None else None
        blockwise = {n: REGISTRY[n][0] for n in saved.names_with_blocks(outputs)}
        if state is not None and not state.usable_for(Path(out), blockwise):
            state = None
        return state.articles if state else None

    merging = BuildState()

    def take(extraction: Extraction, piece: Piece | None) -> bool:
        """With no last state to update, each article is merged as it arrives, while the
        workers extract the others: merged after them, 10,000 articles kept one core
        busy for seconds while the other had nothing to do."""
        if state is not None or piece is None:
            return False
        merging.merged.add(extraction)
        merging.union.add(piece)
        return True

    try:
        try:
            got = extract_all(paths, options, progress, runner, cache, pieces=True,
                              known=last_state, take=take)
        finally:
            runner.close() if own else runner.release()
        if not got.used:
            _no_articles(paths, got.skipped)
        seconds["extract"] = time.perf_counter() - clock
        with gc_paused():
            kg, files, how, checked, state = _merge_and_write(
                paths, options, got, state, cache, Path(out), outputs, validate, progress,
                seconds, parallel=runner.workers > 1, save_state=save_state,
                merged=merging if got.taken and state is None else None)
    finally:
        if own:
            runner.close()
        gc.unfreeze()
    rx.save()  # what this process compiled (extraction without workers: jobs=1, notebooks)
    report = BuildReport(articles=len(kg.articles),
                         skipped=[s for s in got.skipped if not s.loop],
                         loops=[s for s in got.skipped if s.loop], files=files, graph=kg,
                         cache=cache.stats if cache else None, executor=runner.name,
                         workers=runner.workers, seconds=seconds, merge=how, checked=checked,
                         state=state if cache is not None else None)
    report.entities.update(e.type for e in kg.entities)
    for fact in kg.facts:
        if fact.hedged:
            report.hedged += 1
        else:
            report.relations[fact.predicate] += 1
    return report
