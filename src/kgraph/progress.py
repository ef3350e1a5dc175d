"""A one-line progress bar for long builds: articles done, rate, time left.

Only for terminals: the CLI creates one when stderr is a TTY and --quiet is not given,
so pipes, log files and CI stay clean. It draws at most ten times a second, so it
costs nothing next to extraction. Own code rather than tqdm or rich: one line of
text, and neither would be a dependency for this alone.
"""
from __future__ import annotations

import shutil
import time
from collections import deque
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class ProgressBar:
    """Callable as ``progress(done, total)``; ``phase(text)`` shows what comes after."""

    WINDOW = 15.0
    """Seconds of history the rate is measured over: a burst of cached articles at the
    start does not make the rest look fast for long."""

    def __init__(self, stream: TextIO, label: str = "articles", interval: float = 0.1,
                 clock=time.monotonic) -> None:
        self.stream = stream
        self.label = label
        self.interval = interval
        self.clock = clock
        self.start = clock()
        self.samples: deque[tuple[float, int]] = deque()
        self.last_draw = float("-inf")
        self.open_line = False

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        self.samples.append((now, done))
        while len(self.samples) > 2 and self.samples[1][0] < now - self.WINDOW:
            self.samples.popleft()
        if done < total and now - self.last_draw < self.interval:
            return
        self.last_draw = now
        self._draw(self.line(done, total, now))
        if done >= total:
            self.stream.write("\n")
            self.stream.flush()
            self.open_line = False

    def rate(self) -> float:
        """Articles a second over the last WINDOW seconds."""
        (t0, d0), (t1, d1) = self.samples[0], self.samples[-1]
        return (d1 - d0) / (t1 - t0) if t1 > t0 else 0.0

    def line(self, done: int, total: int, now: float) -> str:
        rate = self.rate()
        share = done / total if total else 1.0
        width = max(10, min(30, shutil.get_terminal_size((80, 20)).columns - 60))
        filled = int(width * share)
        bar = "#" * filled + "-" * (width - filled)
        text = f"[{bar}] {done:,}/{total:,} {self.label} {share:4.0%}"
        if done < total:
            if rate > 0:
                text += f"  {rate:,.0f}/s  ETA {_clock((total - done) / rate)}"
        else:
            elapsed = now - self.start
            text += f"  in {_clock(elapsed)}"
            if elapsed > 0:
                text += f" ({done / elapsed:,.0f}/s)"
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
