"""Progress: a bar with rate and ETA on a terminal, nothing at all in pipes and CI."""
from __future__ import annotations

import io

from click.testing import CliRunner

from kgraph.cli import _progress, main
from kgraph.progress import ProgressBar
from smallcorpus import write_corpus


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_build_into_a_pipe_prints_no_progress(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.stderr and "\r" not in result.stdout
    assert "ETA" not in result.stderr and "articles/s" not in result.stderr
    assert "articles read: 5" in result.stdout


def test_quiet_build_prints_nothing(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"),
                                       "--quiet"])
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""


def test_progress_bar_only_for_a_terminal_without_quiet() -> None:
    assert isinstance(_progress(False, Terminal()), ProgressBar)
    assert _progress(True, Terminal()) is None
    assert _progress(False, io.StringIO()) is None


def test_bar_shows_count_rate_and_time_left() -> None:
    screen, clock = Terminal(), Clock()
    bar = ProgressBar(screen, clock=clock)
    bar(0, 100)
    clock.now += 10
    bar(40, 100)
    line = screen.getvalue().split("\r")[-1]
    assert "40/100 articles" in line
    assert "4/s" in line
    assert "ETA 0:15" in line  # 60 left at 4 a second


def test_bar_redraws_at_most_ten_times_a_second_and_ends_its_line() -> None:
    screen, clock = Terminal(), Clock()
    bar = ProgressBar(screen, clock=clock)
    for done in range(1, 1001):
        clock.now += 0.0001
        bar(done, 1000)
    assert screen.getvalue().count("\r") <= 3
    assert screen.getvalue().endswith("\n")
    assert "1,000/1,000 articles 100%" in screen.getvalue()


def test_cached_articles_do_not_inflate_the_rate() -> None:
    screen, clock = Terminal(), Clock()
    bar = ProgressBar(screen, clock=clock)
    bar(900, 1000)  # loaded from the cache at once
    for done in range(901, 951):
        clock.now += 1
        bar(done, 1000)
    assert "  1/s" in screen.getvalue().split("\r")[-1]
    assert "ETA 0:50" in screen.getvalue().split("\r")[-1]


def test_finished_bar_says_how_long_it_took() -> None:
    screen, clock = Terminal(), Clock()
    bar = ProgressBar(screen, clock=clock)
    clock.now += 65
    bar(130, 130)
    assert "130/130 articles 100%  in 1:05 (2/s)" in screen.getvalue()
