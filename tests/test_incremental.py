"""The build cache: a rebuild reuses unchanged articles and writes what a clean build writes."""
from __future__ import annotations

import base64
import hashlib
import json
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import MINI
from kgraph import cache as cache_mod
from kgraph.cache import CACHE_DIR, FORMAT, ExtractionCache
from kgraph.cli import main
from kgraph.errors import KgraphError
from kgraph.models import Extraction
from kgraph.pipeline import build
from smallcorpus import ARTICLES, EXTRA, OUTPUTS, files, quads, write_corpus


def _build(corpus: Path, out: Path, **kw):
    return build([corpus], out, outputs=OUTPUTS, **kw)


def _clean(corpus: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "clean"
    shutil.rmtree(out, ignore_errors=True)
    _build(corpus, out, use_cache=False)
    assert not (out / CACHE_DIR).exists()
    return files(out)


def _entries(out: Path) -> list[Path]:
    return sorted((out / CACHE_DIR).glob("*/*/*.json"))


def _state_file(out: Path) -> Path:
    return next((out / CACHE_DIR).glob("*/state.pickle"))


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    report = _build(corpus, out)
    assert report.cache is not None and report.cache.misses == len(ARTICLES)
    return corpus, out


def test_last_state_is_read_after_the_changed_article_went_to_the_executor(built,
                                                                          monkeypatch) -> None:
    from kgraph import pipeline, state
    from kgraph.executors import LocalExecutor

    corpus, out = built
    (corpus / "en/airbnb.txt").write_text("Airbnb uses Claude.\n", encoding="utf-8")
    order: list[str] = []

    class Recording(LocalExecutor):
        def map_unordered(self, fn, items, count=None, batch_size=16):
            order.append(f"extract {count}")
            return super().map_unordered(fn, items, count, batch_size)

    load = state.load
    monkeypatch.setattr(state, "load", lambda cache: order.append("state") or load(cache))
    report = pipeline.build([corpus], out, outputs=OUTPUTS, executor=Recording())
    assert order == ["extract 1", "state"]
    assert (report.cache.hits, report.cache.misses) == (len(ARTICLES) - 1, 1)
    assert report.merge.startswith("last build's graph updated")


def test_rebuild_of_unchanged_corpus_extracts_nothing_and_writes_the_same_bytes(built) -> None:
    corpus, out = built
    before = files(out)
    report = _build(corpus, out)
    assert (report.cache.hits, report.cache.misses, report.cache.damaged) == (len(ARTICLES), 0, 0)
    assert files(out) == before


def test_changed_article_is_extracted_again_and_matches_a_clean_build(built, tmp_path) -> None:
    corpus, out = built
    (corpus / "en/airbnb.txt").write_text(
        "Airbnb bets on Claude\n\nAirbnb uses Anthropic's Claude for its customer service.\n",
        encoding="utf-8")
    report = _build(corpus, out)
    assert (report.cache.hits, report.cache.misses) == (len(ARTICLES) - 1, 1)
    assert files(out) == _clean(corpus, tmp_path)
    labels = {q.object.value for q in quads(out)
              if q.predicate.value.endswith("#label")}
    assert "Claude" in labels and "Qwen" not in labels


def test_added_article_is_extracted_and_matches_a_clean_build(built, tmp_path) -> None:
    corpus, out = built
    write_corpus(corpus, dict([EXTRA]))
    report = _build(corpus, out)
    assert (report.cache.hits, report.cache.misses) == (len(ARTICLES), 1)
    assert files(out) == _clean(corpus, tmp_path)


def test_deleted_article_leaves_no_fact_behind(built, tmp_path) -> None:
    corpus, out = built
    graphs_before = {q.graph_name.value for q in quads(out)}
    (corpus / "en/nvidia.txt").unlink()
    report = _build(corpus, out)
    assert report.articles == len(ARTICLES) - 1
    assert files(out) == _clean(corpus, tmp_path)
    after = quads(out)
    assert len({q.graph_name.value for q in after}) == len(graphs_before) - 1
    assert not any("nvidia.txt" in q.object.value or "Mistral Large" in q.object.value
                   for q in after)
    assert len(_entries(out)) == len(ARTICLES) - 1  # the stale entry is pruned


def _with_packed(text: str, packed: str) -> str:
    entry = json.loads(text)
    entry["extra"]["piece"]["packed"] = packed
    return json.dumps(entry)


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],          # truncated write
    lambda text: "\x00\x01 garbage {{{",          # not JSON at all
    lambda text: json.dumps({"format": FORMAT, "key": "x", "extraction": {}}),  # wrong key
    lambda text: text.replace('"mentions":[', '"mentions":[{"start":"?"},', 1),
    lambda text: json.dumps([1, 2, 3]),           # JSON, wrong shape
    lambda text: json.dumps({**json.loads(text), "extra": {"piece": {"graph": 5}}}),  # bad RDF
    lambda text: _with_packed(text, "not base64!"),
    lambda text: _with_packed(text, base64.b64encode(b"no zlib stream").decode()),
    lambda text: json.dumps({**json.loads(text), "format": FORMAT - 1}),  # an older layout
])
def test_damaged_cache_entry_is_rebuilt_not_trusted(built, tmp_path, damage) -> None:
    corpus, out = built
    expected = files(out)
    _state_file(out).unlink()  # with it, unchanged articles' entries are not even read
    victim = _entries(out)[0]
    victim.write_text(damage(victim.read_text(encoding="utf-8")), encoding="utf-8")
    report = _build(corpus, out)
    assert report.cache.damaged == 1
    assert report.cache.hits == len(ARTICLES) - 1
    assert files(out) == expected
    # and the entry is whole again
    Extraction.from_dict(json.loads(victim.read_text(encoding="utf-8"))["extraction"])


def test_extract_all_hands_each_extraction_with_its_piece_to_take(built) -> None:
    """A build with no last state merges each article as it arrives (pipeline.build's
    take): every extraction, the cache's included, must reach take once, with its piece."""
    from kgraph.pipeline import extract_all
    from kgraph.rdf import article_iri

    corpus, out = built
    cache = ExtractionCache(out, next((out / CACHE_DIR).iterdir()).name)
    (corpus / "new.txt").write_text(EXTRA[1], encoding="utf-8")  # one not in the cache
    handed: list[tuple[str, str]] = []
    got = extract_all([corpus], cache=cache, pieces=True,
                      take=lambda ex, piece: handed.append((ex.article.sha, piece.graph)) or True)
    assert got.taken and cache.stats.hits == len(ARTICLES) and cache.stats.misses == 1
    assert sorted(handed) == sorted((ex.article.sha, f"<{article_iri(ex.article.sha)}>")
                                    for ex in got.extractions)
    assert len(handed) == len(ARTICLES) + 1
    assert not extract_all([corpus], pieces=True, take=lambda ex, piece: False).taken


def test_moved_file_with_the_same_bytes_reuses_its_entry_under_the_new_path(built,
                                                                           tmp_path) -> None:
    corpus, out = built
    (corpus / "en/airbnb.txt").rename(corpus / "en/airbnb-renamed.txt")
    report = _build(corpus, out)
    assert (report.cache.hits, report.cache.misses) == (len(ARTICLES), 0)
    assert files(out) == _clean(corpus, tmp_path)
    assert any(q.object.value.endswith("airbnb-renamed.txt") for q in quads(out))


def test_other_options_use_another_cache_generation(built) -> None:
    from kgraph.pipeline import Options

    corpus, out = built
    report = build([corpus], out, Options(lang="en"), outputs=OUTPUTS)
    assert report.cache.hits == 0 and report.cache.misses == len(ARTICLES)
    assert len(list((out / CACHE_DIR).iterdir())) == 1  # the old generation was removed


def test_a_changed_pattern_file_changes_the_fingerprint(tmp_path, monkeypatch) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(cache_mod.data_dir("patterns"), patterns)
    real = cache_mod.data_dir

    def data_dir(name: str) -> Path:
        return patterns if name == "patterns" else real(name)

    monkeypatch.setattr(cache_mod, "data_dir", data_dir)
    cache_mod.code_fingerprint.cache_clear()
    try:
        first = cache_mod.fingerprint()
        assert cache_mod.fingerprint() == first
        rules = patterns / "en" / "relations.tsv"
        rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new comment\n",
                         encoding="utf-8")
        cache_mod.code_fingerprint.cache_clear()
        assert cache_mod.fingerprint() != first
    finally:
        cache_mod.code_fingerprint.cache_clear()


def test_changed_shapes_change_the_fingerprint(tmp_path, monkeypatch) -> None:
    """A rebuild checks only what changed against the shapes: with other shapes, it is a
    new cache generation (no state to update) and the whole graph is checked."""
    ontologies = tmp_path / "ontologies"
    shutil.copytree(cache_mod.data_dir("ontologies"), ontologies)
    real = cache_mod.data_dir
    monkeypatch.setattr(cache_mod, "data_dir",
                        lambda name: ontologies if name == "ontologies" else real(name))
    cache_mod.code_fingerprint.cache_clear()
    try:
        first = cache_mod.fingerprint()
        (ontologies / "kgraph.ttl").write_text("# not read by the shapes\n", encoding="utf-8")
        cache_mod.code_fingerprint.cache_clear()
        assert cache_mod.fingerprint() == first
        shapes = ontologies / "shapes.ttl"
        shapes.write_text(shapes.read_text(encoding="utf-8") + "\n# a new comment\n",
                          encoding="utf-8")
        cache_mod.code_fingerprint.cache_clear()
        assert cache_mod.fingerprint() != first
    finally:
        cache_mod.code_fingerprint.cache_clear()


def test_cache_entries_round_trip_extractions(built) -> None:
    _, out = built
    generation = next((out / CACHE_DIR).iterdir())
    cache = ExtractionCache(out, generation.name)
    for path in _entries(out):
        got = cache.get(path.stem)
        assert got is not None
        extraction, _ = got
        assert Extraction.from_dict(extraction.to_dict()) == extraction
    assert cache.stats.damaged == 0


def test_a_cache_entry_keeps_the_piece_a_worker_sent(built) -> None:
    """An entry keeps a piece's texts packed as the worker packed them; read back, it is
    the piece the article renders to."""
    from kgraph.rdfwrite import Piece, article_piece

    _, out = built
    generation = next((out / CACHE_DIR).iterdir())
    cache = ExtractionCache(out, generation.name)
    for path in _entries(out):
        extraction, extra = cache.get(path.stem)
        piece = article_piece(extraction)
        assert piece.to_dict() == extra["piece"]
        assert Piece.from_dict(extra["piece"]) == piece


@pytest.mark.parametrize("texts", [("", "", ""), ("ä <x> .\n", "", "{}"),
                                   ("3 4\n", "\n\n", '{"@id": "ö\\n"}\n'),
                                   ("a" * 70_000, "🙂" * 3, "z")])
def test_a_piece_gives_back_its_three_texts(texts) -> None:
    """A piece keeps its texts packed; lengths count characters, and a text may hold
    digits, newlines and anything else."""
    from kgraph.rdfwrite import Piece

    piece = Piece.make("<g>", "<g>", "", "", (), *texts)
    assert piece.texts() == texts


def test_no_cache_option_neither_reads_nor_writes_the_cache(built) -> None:
    corpus, out = built
    shutil.rmtree(out / CACHE_DIR)
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-cache",
                                       "--quiet"])
    assert result.exit_code == 0, result.output
    assert not (out / CACHE_DIR).exists()


def test_verbose_build_says_what_the_cache_did(built) -> None:
    corpus, out = built
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--verbose"])
    assert result.exit_code == 0, result.output
    assert f"cache: {len(ARTICLES)} files reused, 0 extracted" in result.stderr


def test_verbose_cache_line_counts_files_skipped_ones_included(tmp_path) -> None:
    """'articles read: 3 (1 skipped)' beside 'cache: 4 reused' read as a miscount: the
    cache line counts files, the unusable one too, and says so."""
    corpus = tmp_path / "articles"
    shutil.copytree(MINI, corpus)
    (corpus / "scan.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out"
    CliRunner().invoke(main, ["build", str(corpus), "--out", str(out)])
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--verbose"])
    assert "articles read: 3 (1 skipped)" in result.stdout
    assert "cache: 4 files reused, 0 extracted" in result.stderr


def test_files_from_cached_pieces_equal_files_from_the_whole_dataset(built) -> None:
    """The per-article path (rdfwrite pieces) and rdf.to_dataset of the whole graph agree:
    every article's named graph depends on that article alone."""
    import pyoxigraph as ox

    from kgraph.pipeline import build_graph
    from kgraph.rdf import to_dataset
    from kgraph.rdfwrite import render_dataset

    corpus, out = built
    kg, _ = build_graph([corpus])
    ds = to_dataset(kg)
    docs = render_dataset(ds)
    trig_sha256 = hashlib.sha256((out / "graph.trig").read_bytes()).hexdigest()
    for name in ("trig", "ttl", "jsonld"):
        assert (out / f"graph.{name}").read_text(encoding="utf-8") == \
            "".join(docs.stream(name, union_of=trig_sha256))
    expected = set(ox.parse(ds.serialize(format="nquads").encode(), format=ox.RdfFormat.N_QUADS))
    assert quads(out) == expected
    for name, fmt in (("graph.jsonld", ox.RdfFormat.JSON_LD), ("graph.nq", ox.RdfFormat.N_QUADS)):
        assert set(ox.parse(path=str(out / name), format=fmt)) == expected, name
    triples = {q.triple for q in expected}
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        assert {q.triple for q in ox.parse(path=str(out / name), format=fmt)} == triples, name


def test_merge_that_removes_articles_equals_a_merge_without_them(tmp_path) -> None:
    from kgraph.pipeline import extract_article, read_articles
    from kgraph.resolve import Merged, resolve

    corpus = write_corpus(tmp_path / "corpus")
    articles, _ = read_articles([corpus])
    extractions = [extract_article(a) for a in articles]
    merged = Merged()
    for ex in extractions:
        merged.add(ex)
    for ex in extractions[::2]:
        merged.remove(ex)
    kept = extractions[1::2]
    assert merged.graph() == resolve(kept)
    for ex in extractions[::2]:
        merged.add(ex)
    assert merged.graph() == resolve(reversed(extractions))


def test_a_graph_made_again_after_each_change_equals_a_merge_of_what_is_left(tmp_path) -> None:
    """Merged.graph() makes again only what the articles put in or taken out touched:
    after every step it must equal a merge from scratch, families included (whether a
    model's family is a node depends on other articles)."""
    import random

    from kgraph.pipeline import extract_article, read_articles
    from kgraph.resolve import Merged, resolve

    corpus = write_corpus(tmp_path / "corpus", {
        **ARTICLES, EXTRA[0]: EXTRA[1],
        "en/llama.txt": "Llama from Meta\n\nMeta trains Llama. Zalando uses Llama for search.\n",
        "en/qwen.txt": "Qwen 3 arrives\n\nAlibaba released Qwen 3. Airbnb uses Qwen 3, "
                       "CEO Brian Chesky said.\n"})
    articles, _ = read_articles([corpus])
    extractions = [extract_article(a) for a in articles]
    rng = random.Random(7)
    merged, held = Merged(), []
    assert merged.graph() == resolve([])
    for _ in range(200):
        ex = rng.choice(extractions)
        if ex in held:
            merged.remove(ex)
            held.remove(ex)
        else:
            merged.add(ex)
            held.append(ex)
        assert merged.graph() == resolve(held)


def _entry_of(out: Path, text: str) -> Path:
    import hashlib

    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return next(p for p in _entries(out) if p.name.startswith(sha))


def test_rebuild_with_the_merged_state_reads_no_entry_of_an_unchanged_article(built) -> None:
    corpus, out = built
    for entry in _entries(out):  # they would be reported damaged if read
        entry.write_text("{}", encoding="utf-8")
    before = files(out)
    report = _build(corpus, out)
    assert (report.cache.hits, report.cache.misses, report.cache.damaged) == (len(ARTICLES), 0, 0)
    assert files(out) == before


def test_changed_article_whose_old_entry_is_damaged_falls_back_to_a_full_merge(built,
                                                                             tmp_path) -> None:
    corpus, out = built
    _entry_of(out, ARTICLES["en/nvidia.txt"]).write_text("{", encoding="utf-8")
    (corpus / "en/nvidia.txt").write_text("Nvidia news\n\nNvidia uses Meta's Llama 4.\n",
                                          encoding="utf-8")
    _build(corpus, out)
    assert files(out) == _clean(corpus, tmp_path)


@pytest.mark.parametrize("state", [b"", b"not a pickle",
                                   # a pickle that would run os.system if loaded blindly
                                   b"cos\nsystem\n(S'touch PWNED'\ntR."])
def test_unreadable_or_planted_state_is_ignored(built, tmp_path, state, monkeypatch) -> None:
    corpus, out = built
    monkeypatch.chdir(tmp_path)
    _state_file(out).write_bytes(state)
    (corpus / "en/airbnb.txt").write_text("Airbnb news\n\nAirbnb uses Claude.\n",
                                          encoding="utf-8")
    _build(corpus, out)
    assert not (tmp_path / "PWNED").exists()
    assert files(out) == _clean(corpus, tmp_path)


@pytest.mark.parametrize("name", ["graph.trig", "graph.ttl", "graph.jsonld"])
def test_output_edited_since_the_last_build_is_rendered_again_not_copied(built, tmp_path,
                                                                        name) -> None:
    corpus, out = built
    path = out / name
    path.write_bytes(path.read_bytes().replace(b"Airbnb", b"Airbxb"))
    (corpus / "en/meta.txt").write_text(EXTRA[1], encoding="utf-8")
    _build(corpus, out)
    assert files(out) == _clean(corpus, tmp_path)


def test_changes_in_a_row_each_give_what_a_clean_build_gives(built, tmp_path) -> None:
    corpus, out = built
    steps = [
        lambda: (corpus / "en/nvidia.txt").unlink(),
        lambda: write_corpus(corpus, dict([EXTRA])),
        lambda: (corpus / "de/samsung.md").rename(corpus / "de/samsung-2.md"),
        lambda: (corpus / "en/airbnb.txt").write_text(ARTICLES["en/nvidia.txt"],
                                                      encoding="utf-8"),
        lambda: write_corpus(corpus, {"en/nvidia.txt": ARTICLES["en/nvidia.txt"]}),
    ]
    for step in steps:
        step()
        _build(corpus, out)
        assert files(out) == _clean(corpus, tmp_path)


def test_rebuilt_turtle_still_vouches_for_the_rebuilt_trig(built) -> None:
    """graph.ttl ends naming graph.trig's digest (siblings.py); a rebuild that copies the
    unchanged articles' blocks still ends it with the new one."""
    from kgraph.siblings import merged_copy

    corpus, out = built
    assert merged_copy(out / "graph.trig") == out / "graph.ttl"
    write_corpus(corpus, dict([EXTRA]))
    _build(corpus, out)
    assert merged_copy(out / "graph.trig") == out / "graph.ttl"


def test_rebuild_with_nothing_changed_leaves_the_files_untouched(built) -> None:
    corpus, out = built
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    _build(corpus, out)
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == stamps


def test_output_deleted_or_edited_since_the_last_build_is_written_again(built, tmp_path) -> None:
    corpus, out = built
    (out / "graph.nq").unlink()
    (out / "graph.nt").write_text("edited\n", encoding="utf-8")
    _build(corpus, out)
    assert files(out) == _clean(corpus, tmp_path)


def test_unchanged_rebuild_validates_only_what_was_never_validated(tmp_path,
                                                                   monkeypatch) -> None:
    from kgraph import pipeline

    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    _build(corpus, out, validate=False)
    checked = []
    monkeypatch.setattr(pipeline, "check_graph", lambda kg: checked.append(kg))
    monkeypatch.setattr(pipeline, "check_changes", lambda *args: checked.append(args))
    _build(corpus, out, validate=True)
    _build(corpus, out, validate=True)
    _build(corpus, out, validate=False)
    assert len(checked) == 1


def test_verbose_rebuild_says_how_the_graph_was_updated(built) -> None:
    corpus, out = built
    (corpus / "en/nvidia.txt").unlink()
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--verbose"])
    assert "graph: last build's graph updated: 1 article taken out, 0 put in" in result.stderr
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--verbose"])
    assert "graph: same articles as the last build: no file rewritten" in result.stderr


@pytest.mark.forks
@pytest.mark.parametrize("jobs", [1, 2], ids=["one process", "page in a forked child"])
def test_rebuild_draws_the_page_a_clean_build_draws_with_a_remembered_layout(
        tmp_path, monkeypatch, jobs) -> None:
    """The state keeps the page's spring layouts; a rebuild that reuses one must still draw
    exactly the page a clean build draws. With --jobs 2 a child process draws the page and
    sends its layouts back for the state."""
    from kgraph import layout
    from kgraph.forking import can_fork

    assert jobs == 1 or can_fork()

    users = [f"{name} Robotics Inc." for name in (
        "Northwind", "Bluefin", "Carrow", "Dunmore", "Eastlake", "Fairhaven", "Glenrock",
        "Highmoor", "Ironvale", "Juniper", "Kestrel", "Larchmont", "Moorfield")]
    corpus = write_corpus(tmp_path / "corpus", {
        "star.txt": "Robots on Qwen\n\n" + " ".join(f"{u} uses Qwen." for u in users) + "\n",
        "other.txt": "Airbnb news\n\nAirbnb uses Claude.\n"})
    out = tmp_path / "out"
    monkeypatch.setattr(layout, "SPRINGS", {})
    build([corpus], out, outputs=(*OUTPUTS, "html"), jobs=jobs)
    assert layout.SPRINGS, "a cluster of 14 entities is laid out with springs"
    (corpus / "other.txt").write_text("Airbnb news\n\nAirbnb uses Gemini.\n", encoding="utf-8")
    layout.SPRINGS.clear()  # what the next process would have: only the state's copy
    build([corpus], out, outputs=(*OUTPUTS, "html"), jobs=jobs)
    assert layout.SPRINGS
    rebuilt = (out / "graph.html").read_bytes()
    layout.SPRINGS.clear()
    clean = tmp_path / "clean"
    build([corpus], clean, outputs=["html"], use_cache=False)
    assert rebuilt == (clean / "graph.html").read_bytes()


@pytest.mark.forks
def test_two_job_rebuilds_in_a_row_write_what_one_process_writes(built, tmp_path) -> None:
    """--jobs 2: a warm worker forked at the start extracts the changed article and a
    child writes graph.html beside the RDF files; the files are still a clean build's."""
    from kgraph.forking import can_fork

    assert can_fork()
    corpus, out = built
    edits = [("en/airbnb.txt", "Airbnb bets on Claude\n\nAirbnb uses Anthropic's Claude.\n"),
             ("de/new.txt", "Neu\n\nDie Deutsche Bahn nutzt das Modell Mistral Large.\n")]
    for name, text in edits:
        (corpus / name).write_text(text, encoding="utf-8")
        report = build([corpus], out, outputs=(*OUTPUTS, "html"), jobs=2)
        assert report.cache.misses == 1 and report.workers == 2
        clean = tmp_path / "clean"
        shutil.rmtree(clean, ignore_errors=True)
        build([corpus], clean, outputs=(*OUTPUTS, "html"), use_cache=False)
        assert files(out) == files(clean)
        assert (out / "graph.html").read_bytes() == (clean / "graph.html").read_bytes()


@pytest.mark.forks
def test_page_that_cannot_be_written_fails_a_two_job_build_with_a_message(built) -> None:
    corpus, out = built
    (corpus / "en/airbnb.txt").write_text("Airbnb news\n\nAirbnb uses Gemini.\n",
                                          encoding="utf-8")
    (out / "graph.html").mkdir()  # a folder where the page should go
    with pytest.raises(KgraphError, match="graph.html"):
        build([corpus], out, outputs=(*OUTPUTS, "html"), jobs=2)


@pytest.mark.forks
def test_a_two_job_rebuild_draws_the_page_while_it_validates(built, monkeypatch) -> None:
    from kgraph import pipeline

    corpus, out = built
    events = []
    real_page, real_check = pipeline.StagedPage.__init__, pipeline.check_changes
    monkeypatch.setattr(pipeline.StagedPage, "__init__",
                        lambda self, *a: (events.append("page"), real_page(self, *a))[1])
    monkeypatch.setattr(pipeline, "check_changes",
                        lambda *a: (events.append("check"), real_check(*a))[1])
    (corpus / "en/airbnb.txt").write_text("Airbnb news\n\nAirbnb uses Gemini.\n",
                                          encoding="utf-8")
    build([corpus], out, outputs=(*OUTPUTS, "html"), jobs=2)
    assert events == ["page", "check"]


@pytest.mark.forks
def test_a_two_job_rebuild_that_fails_validation_leaves_the_last_page(built,
                                                                      monkeypatch) -> None:
    """The page drawn meanwhile is thrown away: no graph.html of a graph never written."""
    from kgraph import pipeline

    corpus, out = built
    build([corpus], out, outputs=(*OUTPUTS, "html"), jobs=2)
    before = (out / "graph.html").read_bytes()

    def refuse(*args):
        time.sleep(0.5)  # the page's child is well under way
        raise KgraphError("the graph does not conform")

    monkeypatch.setattr(pipeline, "check_changes", refuse)
    (corpus / "en/airbnb.txt").write_text("Airbnb news\n\nAirbnb uses Gemini.\n",
                                          encoding="utf-8")
    with pytest.raises(KgraphError, match="does not conform"):
        build([corpus], out, outputs=(*OUTPUTS, "html"), jobs=2)
    assert (out / "graph.html").read_bytes() == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".graph.html")] == []


def test_state_saved_and_loaded_keeps_the_merge_and_the_files_layout(built) -> None:
    from kgraph import state as saved

    corpus, out = built
    cache = ExtractionCache(out, next((out / CACHE_DIR).iterdir()).name)
    state = saved.load(cache)
    assert state is not None and state.written and state.articles
    state.springs = {"key": {"node": (0.5, -1.0)}}
    saved.save(cache, state)
    again = saved.load(cache)
    assert (again.written, again.springs, again.validated, again.articles) == \
        (state.written, state.springs, state.validated, state.articles)
    assert again.merged.graph() == state.merged.graph()


@pytest.mark.parametrize("damaged", [False, True])
def test_loading_the_state_leaves_the_garbage_collector_as_it_found_it(built,
                                                                      damaged) -> None:
    """state.load turns the collector off while it reads; a notebook or kgraph watch
    that goes on after it (or after a damaged state) must have it back as before."""
    import gc

    from kgraph import state as saved

    corpus, out = built
    cache = ExtractionCache(out, next((out / CACHE_DIR).iterdir()).name)
    if damaged:
        _state_file(out).write_bytes(b"not a pickle")
    was_on = gc.isenabled()
    try:
        for on in (True, False):
            (gc.enable if on else gc.disable)()
            loaded = saved.load(cache)
            assert (loaded is None) == damaged
            assert gc.isenabled() == on
    finally:
        (gc.enable if was_on else gc.disable)()


def test_state_cut_short_after_the_merged_graph_is_not_used(built, tmp_path) -> None:
    """The file is two pickles; one without the other is a damaged state."""
    import io
    import pickle

    corpus, out = built
    path = _state_file(out)
    data = path.read_bytes()
    stream = io.BytesIO(data)
    pickle.load(stream)
    path.write_bytes(data[:stream.tell()])
    (corpus / "en/airbnb.txt").write_text("Airbnb news\n\nAirbnb uses Claude.\n",
                                          encoding="utf-8")
    report = _build(corpus, out)
    assert report.merge.startswith("merged every article")
    assert files(out) == _clean(corpus, tmp_path)


def test_entity_graph_renders_only_the_nodes_whose_values_changed() -> None:
    """A rebuild takes the entity graph's unchanged nodes as the last build rendered them,
    and what it renders is what a render from nothing gives."""
    from dataclasses import replace

    from kgfixture import small_kg
    from kgraph.rdf import entity_iri, to_dataset
    from kgraph.rdfwrite import EntityBlocks, dataset_pieces, entity_graph

    def entity_triples(kg):  # the entity graph as the whole rdflib Dataset has it
        return dataset_pieces(to_dataset(kg))[0]

    kg = small_kg()
    blocks = EntityBlocks()
    first = blocks.render(kg)
    assert first.blocks == entity_graph(entity_triples(kg)).blocks
    renamed, *rest = kg.entities
    dropped = rest.pop()
    changed = replace(kg, entities=(replace(renamed, aliases=(*renamed.aliases, "Zephyrion")),
                                    *rest))
    second = blocks.render(changed)
    assert second.blocks == EntityBlocks().render(changed).blocks
    assert second.blocks == entity_graph(entity_triples(changed)).blocks
    node = f"<{entity_iri(renamed)}>"
    assert "Zephyrion" in second.blocks[node][0] and "Zephyrion" in second.blocks[node][1]
    assert f"<{entity_iri(dropped)}>" not in second.blocks
    kept = [s for s in second.blocks if s != node]
    assert kept and all(second.blocks[s] is first.blocks[s] for s in kept), "taken, not redone"
    assert len(blocks.known) == len(second.blocks), "what was dropped is forgotten"


def test_an_investment_worded_differently_by_two_articles_is_one_node_in_every_file(
        tmp_path) -> None:
    """Its purpose is not part of what makes an investment one: each article's graph names
    the node the entity graph has, whatever purpose the other article gives."""
    import pyoxigraph as ox

    from kgraph.pipeline import build_graph
    from kgraph.rdf import to_dataset

    corpus = write_corpus(tmp_path / "in", {
        "a.txt": "Orbitra expands\n\nOrbitra Systems Inc. will invest $40 million in new data "
                 "centres in Oslo, the company said.\n",
        "b.txt": "Orbitra news\n\nOrbitra Systems Inc. plans to spend $40 million on new offices "
                 "in Lisbon over two years.\n"})
    out = tmp_path / "out"
    _build(corpus, out, use_cache=False)
    got = quads(out)
    invests = {q.object for q in got if q.predicate.value.endswith("#invests")}
    typed = {q.subject for q in got if q.object.value.endswith("#Investment")}
    assert len(invests) == 1 and invests <= typed
    kg, _ = build_graph([corpus])
    expected = set(ox.parse(to_dataset(kg).serialize(format="nquads").encode(),
                            format=ox.RdfFormat.N_QUADS))
    assert got == expected


def test_files_written_in_one_pass_equal_files_written_one_by_one(tmp_path) -> None:
    from kgfixture import small_kg
    from kgraph.rdf import to_dataset
    from kgraph.rdfwrite import Documents, render_dataset

    docs = render_dataset(to_dataset(small_kg()))
    alone = tmp_path / "alone"
    one = {"trig": docs.write("trig", alone / "graph.trig")}
    one["ttl"] = docs.write("ttl", alone / "graph.ttl", union_of=one["trig"].sha256)
    one["jsonld"] = docs.write("jsonld", alone / "graph.jsonld")
    together = tmp_path / "together"
    many = docs.write_all({name: (together / f"graph.{name}", None) for name in one})
    for name in one:
        assert (together / f"graph.{name}").read_bytes() == (alone / f"graph.{name}").read_bytes()
        assert (many[name].blocks, many[name].sha256) == (one[name].blocks, one[name].sha256)
    # and a pass that copies every article's block from those files gives them again
    copied = Documents(docs.head, [(graph, None) for graph, _ in docs.slots])
    again = copied.write_all({name: (together / f"graph.{name}", many[name]) for name in many})
    for name in one:
        assert (together / f"graph.{name}").read_bytes() == (alone / f"graph.{name}").read_bytes()
        assert (again[name].blocks, again[name].sha256) == (one[name].blocks, one[name].sha256)
