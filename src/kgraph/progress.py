"""A one-line progress bar for long builds: articles done, rate, time left.

Only for terminals: the CLI creates one when stderr is a TTY and --quiet is not given,
so pipes, log files and CI stay clean. It draws at most ten times a second, so it
costs nothing next to extraction. Own code rather than tqdm or rich: one line of
text, and neither would be a dependency for this alone.
"""
from __future__ import annotations

import shutil
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class ProgressBar:
    """Callable as ``progress(done, total)``; ``phase(text)`` shows what comes after."""

    def __init__(self, stream: TextIO, label: str = "articles", interval: float = 0.1,
                 clock=time.monotonic) -> None:
        self.stream = stream
        self.label = label
        self.interval = interval
        self.clock = clock
        self.start: float | None = None
        self.first_done = 0
        self.last_draw = float("-inf")
        self.open_line = False

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if self.start is None:
            # cached articles arrive at once: the rate counts from the first call
            self.start, self.first_done = now, done
        if done < total and now - self.last_draw < self.interval:
            return
        self.last_draw = now
        self._draw(self.line(done, total, now))
        if done >= total:
            self.stream.write("\n")
            self.stream.flush()
            self.open_line = False

    def line(self, done: int, total: int, now: float) -> str:
        elapsed = now - (self.start or now)
        rate = (done - self.first_done) / elapsed if elapsed > 0 else 0.0
        share = done / total if total else 1.0
        width = max(10, min(30, shutil.get_terminal_size((80, 20)).columns - 60))
        filled = int(width * share)
        bar = "#" * filled + "-" * (width - filled)
        text = f"[{bar}] {done:,}/{total:,} {self.label} {share:4.0%}"
        if rate > 0:
            text += f"  {rate:,.0f}/s"
        if done < total and rate > 0:
            text += f"  ETA {_clock((total - done) / rate)}"
        elif done >= total:
            text += f"  in {_clock(elapsed)}"
        return text

    def phase(self, text: str) -> None:
        """Say what the build does now that extraction is over (resolving, writing)."""
        self._draw(text + "...")

    def close(self) -> None:
        """End the line the bar was drawn on, if any."""
        if self.open_line:
            self.stream.write("\n")
            self.stream.flush()
            self.open_line = False

    def _draw(self, text: str) -> None:
        columns = shutil.get_terminal_size((80, 20)).columns
        self.stream.write("\r" + text[: columns - 1].ljust(columns - 1))
        self.stream.flush()
        self.open_line = True
