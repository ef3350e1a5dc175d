"""Faults: a build killed at any moment leaves every output file either the previous
complete version or the new complete one; a damaged cache is detected and rebuilt.

The kill test runs the real `kgraph build` in a subprocess over a generated corpus and
sends SIGKILL at seeded random moments, and also right when a temporary output file
appears (the middle of a write). Outputs are compared byte for byte with reference
builds (builds are reproducible to the byte) and parsed again with pyoxigraph.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph import build
from kgraph.cache import CACHE_DIR
from kgraph.exporters import atomic_write
from kgraph.query import load_store

KGRAPH = [sys.executable, "-m", "kgraph"]
OUTPUTS = ("graph.trig", "graph.ttl", "graph.jsonld", "graph.html")
FORMATS = {"graph.trig": ox.RdfFormat.TRIG, "graph.ttl": ox.RdfFormat.TURTLE,
           "graph.jsonld": ox.RdfFormat.JSON_LD}
ORGS = ["Salesforce", "Adobe", "ServiceNow", "Workday", "Intuit", "Figma", "Cisco", "Dell",
        "Verizon", "Oracle", "Snowflake", "Databricks", "Palantir", "IBM", "Qualcomm", "Broadcom"]
MODELS = {"Claude": "Anthropic", "Gemini": "Google", "GPT-4o": "OpenAI", "Gemma": "Google",
          "Codex": "OpenAI", "Whisper": "OpenAI"}


def article(i: int) -> str:
    org, other = ORGS[i % len(ORGS)], ORGS[(i * 7 + 3) % len(ORGS)]
    model = list(MODELS)[i % len(MODELS)]
    return (f"{org} expands its use of {model}\n\nSan Francisco, March {i % 28 + 1}, 2025 – "
            f"{org} uses {model} from {MODELS[model]} in its customer service, the company "
            f"said. {org} will invest ${i + 1} million in new data centers. {org} has acquired "
            f"the startup Item{i} Labs Inc. {org} and {other} announced a partnership.\n")


def corpus(folder: Path, articles: range) -> Path:
    folder.mkdir()
    for i in articles:
        (folder / f"a{i:03d}-en.txt").write_text(article(i), encoding="utf-8")
    return folder


def run_build(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([*KGRAPH, "build", str(src), "--out", str(out), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen) -> None:
    """Wait for a build that must succeed."""
    _, err = proc.communicate()
    assert proc.returncode == 0, err.decode()


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def temp_files(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))


def check_each_output_is_old_or_new(state: dict[str, bytes], old: dict[str, bytes],
                                    new: dict[str, bytes], when: str) -> set[str]:
    """Every output is byte-identical to one complete version and parses; returns which."""
    versions = set()
    for name in OUTPUTS:
        data = state[name]
        assert data in (old[name], new[name]), f"{name} is torn after a kill {when}"
        versions.add("old" if data == old[name] else "new")
        if name in FORMATS:
            ox.parse(data, format=FORMATS[name])  # raises on a torn file
    return versions


@pytest.mark.slow
def test_build_killed_at_random_moments_never_leaves_a_torn_output(tmp_path):
    old_src = corpus(tmp_path / "old", range(0, 40))
    new_src = corpus(tmp_path / "new", range(10, 70))
    out = tmp_path / "out"
    started = time.monotonic()
    finish(run_build(old_src, out))
    took = time.monotonic() - started
    old = snapshot(out)
    rng = random.Random(20251125)
    states: list[tuple[str, dict[str, bytes]]] = []
    observed = {"while writing": 0, "between files": 0}
    # three kills at random moments, then kills aimed at the middle of a write and just after
    # the first file was replaced; a busy machine can make an aimed kill miss its moment,
    # so aimed kinds are retried (a few times at most) until each has landed once
    plan = ["random"] * 3 + ["while writing"] * 3 + ["between files"] * 3
    attempt = 0
    while plan:
        kind = plan.pop(0)
        if attempt % 2 == 0:
            shutil.rmtree(out / CACHE_DIR, ignore_errors=True)  # keep some runs slow
        attempt += 1
        for name, data in old.items():
            atomic_write(out / name, data)
        first = (out / OUTPUTS[0]).stat().st_ino
        proc = run_build(new_src, out)
        if kind == "random":  # at a random moment of the whole run
            delay = rng.uniform(0.2, took * 1.2)
            when = f"after {delay:.2f} s"
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                pass
        else:  # the middle of a write, or just after the first file was replaced
            when = kind
            deadline = time.monotonic() + took * 3
            while proc.poll() is None and time.monotonic() < deadline:
                if when == "while writing":
                    hit = any(name.startswith(".graph.") for name in os.listdir(out))
                else:
                    hit = (out / OUTPUTS[0]).stat().st_ino != first
                if hit:
                    observed[when] += 1
                    break
                time.sleep(0.0002)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        visible = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
        assert visible == sorted(OUTPUTS), when
        assert all(name.startswith(".") for name in temp_files(out)), when
        load_store([out])  # a folder query parses the outputs and ignores temporary files
        states.append((when, snapshot(out)))
        if not plan and attempt < 20:
            plan = [k for k in ("while writing", "between files") if not observed[k]]
    assert observed["while writing"] >= 1, "no kill landed while an output was being written"
    assert observed["between files"] >= 1, "no kill landed after the first file was replaced"
    # the cache those kills left behind gives exactly what a fresh build gives
    finish(run_build(new_src, out))
    new = snapshot(out)
    finish(run_build(new_src, tmp_path / "fresh"))
    assert snapshot(tmp_path / "fresh") == new
    seen: set[str] = set()
    for when, state in states:
        seen |= check_each_output_is_old_or_new(state, old, new, when)
    assert seen == {"old", "new"}


def test_damaged_cache_entries_are_detected_and_extracted_again(tmp_path):
    src = corpus(tmp_path / "src", range(0, 6))
    first = build([src], tmp_path / "out")
    expected = snapshot(tmp_path / "out")
    assert first.cache.misses == 6
    entries = sorted((tmp_path / "out" / CACHE_DIR).rglob("*.json"))
    assert len(entries) == 6
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # torn write
    entries[1].write_bytes(b"\x00\xff not json")  # disk garbage
    other = json.loads(entries[3].read_text(encoding="utf-8"))
    entries[2].write_text(json.dumps(other), encoding="utf-8")  # filed under the wrong key
    damaged = json.loads(entries[4].read_text(encoding="utf-8"))
    damaged["extraction"]["mentions"] = [{"start": "x"}]  # a record that cannot be rebuilt
    entries[4].write_text(json.dumps(damaged), encoding="utf-8")
    # without the merged state (state.py) every entry is read, so every damage shows
    next((tmp_path / "out" / CACHE_DIR).glob("*/state.pickle")).unlink()

    again = build([src], tmp_path / "out")

    assert again.cache.damaged == 4
    assert again.cache.hits == 2
    assert snapshot(tmp_path / "out") == expected
    for entry in entries:  # rewritten whole
        assert json.loads(entry.read_text(encoding="utf-8"))["key"] == entry.stem


def test_failed_write_keeps_the_previous_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("previous\n")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        atomic_write(target, "new\n" * 1000)
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_written_outputs_are_readable_like_any_new_file(tmp_path):
    umask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "graph.html", "<html></html>")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "graph.html").stat().st_mode) == 0o644
