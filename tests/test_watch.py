"""kgraph watch: rebuilds from the state it holds write what a clean build writes."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kgraph import state as saved
from kgraph.pipeline import build
from kgraph.watch import Watcher, compare, snapshot
from smallcorpus import ARTICLES, EXTRA, OUTPUTS, files, write_corpus


def _clean(corpus: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "clean"
    shutil.rmtree(out, ignore_errors=True)
    build([corpus], out, outputs=OUTPUTS, use_cache=False)
    return files(out)


def _touch_later(path: Path, text: str) -> None:
    """Write text with a modification time unlike the last one (coarse clocks)."""
    path.write_text(text, encoding="utf-8")
    later = time.time_ns() + 2_000_000_000
    os.utime(path, ns=(later, later))


@pytest.fixture
def watcher(tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    with Watcher([corpus], tmp_path / "out", outputs=OUTPUTS) as w:
        w.build()
        yield corpus, w


def test_rebuilds_after_change_addition_and_deletion_write_what_a_clean_build_writes(
        watcher, tmp_path: Path) -> None:
    corpus, w = watcher
    edits = [
        lambda: _touch_later(corpus / "en/airbnb.txt", "Airbnb uses Claude.\n"),
        lambda: _touch_later(corpus / EXTRA[0], EXTRA[1]),
        lambda: (corpus / "en/nvidia.txt").unlink(),
    ]
    for edit, (what, count) in zip(edits, [("changed", 1), ("added", 1), ("deleted", 1)],
                                   strict=True):
        edit()
        rebuilt = w.step(sleep=lambda s: None)
        assert rebuilt is not None and rebuilt.error is None
        assert len(getattr(rebuilt.changes, what)) == count
        assert rebuilt.report.merge.startswith("last build's graph updated")
        assert files(tmp_path / "out") == _clean(corpus, tmp_path)
    assert w.step(sleep=lambda s: None) is None  # nothing changed since


def test_a_rebuild_starts_from_the_held_state_not_the_one_on_disk(watcher,
                                                                   monkeypatch) -> None:
    corpus, w = watcher
    monkeypatch.setattr(saved, "load", lambda cache: pytest.fail("state read from disk"))
    _touch_later(corpus / "en/airbnb.txt", "Airbnb uses Claude.\n")
    rebuilt = w.step(sleep=lambda s: None)
    assert rebuilt.report.merge == "last build's graph updated: 1 article taken out, 1 put in"


def test_a_file_still_being_written_is_read_once_it_stops_changing(watcher) -> None:
    corpus, w = watcher
    target = corpus / "en/growing.txt"
    chunks = iter(["Spotify uses ", "Spotify uses Meta's Llama 4 ", "for playlists.\n"])
    _touch_later(target, "Spotify")
    looks = []

    def sleep(seconds: float) -> None:  # the file grows while the watcher waits
        looks.append(seconds)
        text = next(chunks, None)
        if text is not None:
            _touch_later(target, text)

    rebuilt = w.step(settle=0.3, sleep=sleep)
    assert looks == [0.3] * 4  # three more writes seen, then a look that agreed
    assert rebuilt.changes.added == [target.as_posix()]
    assert w.step(sleep=lambda s: None) is None


def test_a_failed_rebuild_is_reported_and_the_next_one_is_whole_again(watcher,
                                                                       tmp_path: Path) -> None:
    corpus, w = watcher
    for name in ARTICLES:
        (corpus / name).unlink()
    failed = w.step(sleep=lambda s: None)
    assert failed.report is None and "no usable article" in str(failed.error)
    assert w.step(sleep=lambda s: None) is None  # reported once, not at every look
    write_corpus(corpus)
    rebuilt = w.step(sleep=lambda s: None)
    assert rebuilt.error is None
    assert files(tmp_path / "out") == _clean(corpus, tmp_path)


def test_the_held_state_is_saved_on_close_for_the_next_build(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    with Watcher([corpus], out, outputs=OUTPUTS) as w:
        w.build()
        _touch_later(corpus / "en/airbnb.txt", "Airbnb uses Claude.\n")
        w.step(sleep=lambda s: None)
        assert not list(out.glob(".kgraph-cache/*/state.pickle"))  # not within a rebuild
    report = build([corpus], out, outputs=OUTPUTS)
    assert report.merge == "same articles as the last build: no file rewritten"


def test_snapshots_compare_by_path_into_changed_added_and_deleted(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    before = snapshot([corpus])
    _touch_later(corpus / "en/airbnb.txt", "Airbnb uses Claude.\n")
    (corpus / "en/nvidia.txt").unlink()
    (corpus / "notes.pdf").write_bytes(b"%PDF")  # not an article: not watched
    _touch_later(corpus / EXTRA[0], EXTRA[1])
    changes = compare(before, snapshot([corpus]))
    root = corpus.as_posix()
    assert (changes.changed, changes.added, changes.deleted) == (
        [f"{root}/en/airbnb.txt"], [f"{root}/{EXTRA[0]}"], [f"{root}/en/nvidia.txt"])
    assert str(changes) == "1 changed, 1 added, 1 deleted"


def test_the_command_rebuilds_on_a_change_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    import kgraph

    env = {**os.environ, "PYTHONPATH": str(Path(kgraph.__file__).parents[1])}  # this tree's
    proc = subprocess.Popen(
        [sys.executable, "-m", "kgraph", "watch", str(corpus), "--out", str(out),
         "--interval", "0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, env=env,
        # a suite started in the background of a shell without job control inherits
        # SIGINT ignored, and so would the watcher: it must see Ctrl-C as a terminal sends it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 300
        while not any(line.startswith("wrote") and "graph.html" in line for line in lines):
            assert time.monotonic() < deadline and proc.poll() is None, lines
            lines.append(proc.stdout.readline())
        _touch_later(corpus / "en/airbnb.txt", "Airbnb uses Claude.\n")
        while not any("rebuilt in" in line for line in lines):
            assert time.monotonic() < deadline and proc.poll() is None, lines
            lines.append(proc.stdout.readline())
    finally:
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert [line for line in lines if "rebuilt" in line][0].split(" ", 1)[1].startswith(
        "1 changed: rebuilt in")
    assert "stopped watching" in stderr and "Traceback" not in stderr
    assert list(out.glob(".kgraph-cache/*/state.pickle"))


def test_the_output_folder_inside_the_watched_one_does_not_set_off_rebuilds(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    with Watcher([corpus], corpus / "outputs", outputs=("trig", "html")) as w:
        w.build()
        assert (corpus / "outputs/graph.html").is_file()
        assert w.step(sleep=lambda s: None) is None  # its own page is not a change
        _touch_later(corpus / "en/airbnb.txt", "Airbnb uses Claude.\n")
        rebuilt = w.step(sleep=lambda s: None)
        assert rebuilt.changes.changed == [(corpus / "en/airbnb.txt").as_posix()]
        assert w.step(sleep=lambda s: None) is None
