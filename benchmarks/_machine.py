"""What machine a benchmark ran on, shared by the benchmark scripts."""
from __future__ import annotations

from pathlib import Path


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, or "unknown CPU"."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
"""Where every benchmark writes its numbers, one "## " section each."""


def replace_section(heading: str, section: str, path: Path = RESULTS) -> None:
    """Put a benchmark's section into RESULTS.md in place of its old one, other sections kept.

    A hand-written "### Notes" part at the end of the old section stays below the new numbers.
    """
    import re

    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    found = pattern.search(old)
    if found:
        notes = re.search(r"^### Notes.*", found.group(0), re.S | re.M)
        if notes:
            section = section.rstrip("\n") + "\n\n" + notes.group(0).rstrip("\n") + "\n"
        new = pattern.sub(lambda _: section.rstrip("\n") + "\n\n", old, count=1)
    else:
        new = old.rstrip("\n") + "\n\n" + section
    path.write_text(new.rstrip("\n") + "\n", encoding="utf-8")
    print(f"wrote {path}")
