"""rx.compile: re.compile's patterns, kept across processes in the user's cache folder."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph import rx

PATTERNS = [
    (r"(?<![\w@#])(?:Open(?:AI)?|Meta)(?=[^\w]|$)", 0),
    (r"(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>Mrd\.|bn|billion)", re.IGNORECASE),
    (r"⟨(ORG|MODEL):(\d+)⟩(?:'s|’s)?\s+(?:nutzt|uses)\s+", 0),
    (r"^\s*#.*$", re.MULTILINE | re.VERBOSE),
    (r"(?:Straße|STRASSE)\b", re.IGNORECASE),
]


@pytest.fixture(autouse=True)
def every_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns here are short: keep them too."""
    monkeypatch.setattr(rx, "MIN_LENGTH", 0)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(tmp_path))
    rx.forget()
    yield tmp_path
    rx.forget()


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("regex-*.json"))


def _as_new_process() -> None:
    rx.forget()


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("parsed although the program was kept")

    monkeypatch.setattr(rx, "_compile", refuse)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_equals_re_compile_whether_made_or_read_back(
        folder: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int) -> None:
    made = rx.compile(pattern, flags)
    assert made == re.compile(pattern, flags)  # Pattern.__eq__: pattern, flags and program
    rx.save()
    _as_new_process()
    _no_parsing(monkeypatch)
    read = rx.compile(pattern, flags)
    assert read == re.compile(pattern, flags)
    assert read.groupindex == re.compile(pattern, flags).groupindex
    assert read.groups == re.compile(pattern, flags).groups


def test_a_read_back_pattern_matches_as_re_does(folder: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = PATTERNS[1]
    rx.compile(pattern, flags)
    rx.save()
    _as_new_process()
    _no_parsing(monkeypatch)
    text = "Die Runde brachte 2,5 Mrd. Euro, later 4 BN dollars."
    assert [m.groupdict() for m in rx.compile(pattern, flags).finditer(text)] == \
        [m.groupdict() for m in re.compile(pattern, flags).finditer(text)] == \
        [{"amount": "2,5", "unit": "Mrd."}, {"amount": "4", "unit": "BN"}]


def test_the_file_is_named_after_python_and_the_regex_engine(folder: Path) -> None:
    rx.compile(*PATTERNS[0])
    rx.save()
    (kept,) = _kept(folder)
    assert f"py{sys.version_info[0]}.{sys.version_info[1]}" in kept.name
    import _sre

    assert f"sre{_sre.MAGIC}" in kept.name


def test_nothing_is_written_when_nothing_new_was_compiled(folder: Path) -> None:
    rx.compile(*PATTERNS[0])
    rx.save()
    (kept,) = _kept(folder)
    os.utime(kept, ns=(10**18, 10**18))
    _as_new_process()
    rx.compile(*PATTERNS[0])
    rx.save()
    assert kept.stat().st_mtime_ns == 10**18


def test_a_damaged_file_is_compiled_around_and_replaced(folder: Path) -> None:
    rx.compile(*PATTERNS[0])
    rx.save()
    (kept,) = _kept(folder)
    kept.write_text("[[\"half", encoding="utf-8")
    _as_new_process()
    assert rx.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    rx.save()
    assert [row[0] for row in json.loads(kept.read_text(encoding="utf-8"))] == [PATTERNS[0][0]]


def test_an_entry_the_engine_refuses_is_compiled_anew(folder: Path) -> None:
    pattern, flags = PATTERNS[2]
    rx.compile(pattern, flags)
    rx.save()
    (kept,) = _kept(folder)
    rows = json.loads(kept.read_text(encoding="utf-8"))
    import base64

    rows[0][3] = base64.b64encode(b"\xff\xff\xff\x7f" * 6).decode("ascii")  # no program
    kept.write_text(json.dumps(rows), encoding="utf-8")
    _as_new_process()
    assert rx.compile(pattern, flags) == re.compile(pattern, flags)


def test_an_invalid_pattern_raises_re_error_as_re_does(folder: Path) -> None:
    with pytest.raises(re.error):
        rx.compile(r"(?P<a>x)(?P<a>y)")
    rx.save()
    assert _kept(folder) == []


def test_an_empty_cache_setting_keeps_nothing(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGRAPH_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    rx.forget()
    assert rx.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    rx.save()
    rx.forget()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(blocker / "kgraph"))
    rx.forget()
    assert rx.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    rx.save()
    rx.forget()


def test_a_file_past_its_size_keeps_only_what_the_process_used(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "KEEP", 2)
    for i in range(6):
        rx.compile(f"old{i}")
    rx.save()
    _as_new_process()
    rx.compile("new")
    rx.compile("old0")
    rx.save()
    (kept,) = _kept(folder)
    assert {row[0] for row in json.loads(kept.read_text(encoding="utf-8"))} == {"new", "old0"}


def test_a_short_pattern_is_compiled_without_reading_the_file(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "MIN_LENGTH", 300)
    long = "(?:" + "|".join(f"word{i}" for i in range(60)) + ")"
    rx.compile(long)
    rx.save()
    _as_new_process()
    assert rx.compile(r"\bshort\b") == re.compile(r"\bshort\b")
    assert rx._stored is None  # the file was not read
    assert rx.compile(long) == re.compile(long)
    assert rx._stored is not None


def test_a_new_process_extracts_the_same_with_the_kept_programs(tmp_path: Path) -> None:
    """Two processes, the second reading what the first kept: the same extraction, and
    every pattern the second needs was kept (the patterns' text is the same in every
    process: none depends on a set's order)."""
    script = (
        "import json, re, sys\n"
        "from kgraph import rx\n"
        "if sys.argv[1] == 'read':\n"
        "    def refuse(pattern, flags):\n"
        "        re.compile(pattern, flags)  # re.error: a row for the regex module, never kept\n"
        "        raise SystemExit(f'compiled anew: {pattern[:80]}')\n"
        "    rx._compile = refuse\n"
        "from kgraph.articles import article_from_bytes\n"
        "from kgraph.pipeline import extract_article, Options\n"
        "text = ('Die Münchner Firma Lumora GmbH nutzt seit Mai GPT-4o von OpenAI. '\n"
        "        'Lumora und Kantwerk nutzen Claude und Gemini. '\n"
        "        'Quorix Inc. invested $40 million in Lumora, CEO Jane Holt said.')\n"
        "a = article_from_bytes(text.encode(), 'a.txt')\n"
        "e = extract_article(a, Options())\n"
        "rx.save()\n"
        "print(json.dumps(e.to_dict()['relations']))\n")
    # this kgraph (not an installed one), and another hash seed for each process
    env = {**os.environ, "KGRAPH_CACHE_DIR": str(tmp_path),
           "PYTHONPATH": str(Path(rx.__file__).parents[1])}
    first = subprocess.run([sys.executable, "-c", script, "make"],
                           env={**env, "PYTHONHASHSEED": "1"}, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr[-500:]
    assert _kept(tmp_path)
    second = subprocess.run([sys.executable, "-c", script, "read"],
                            env={**env, "PYTHONHASHSEED": "2"}, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr[-500:]
    assert json.loads(first.stdout) == json.loads(second.stdout)
    assert json.loads(first.stdout)  # the text says something
