"""tools/dev_overlap.py never reads the never-read measurement sets (blind, blind2, ...)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import dev_overlap  # noqa: E402


def test_every_blind_set_is_left_out_of_the_scan(tmp_path: Path) -> None:
    for folder in ("blind", "blind2", "blind5", "phrasings5"):
        (tmp_path / "tests" / "data" / folder).mkdir(parents=True)
        (tmp_path / "tests" / "data" / folder / "article.txt").write_text("text\n")
    scanned = {p.relative_to(tmp_path).parts[2] for p in dev_overlap.scanned_files(tmp_path)}
    assert scanned == {"phrasings5"}
