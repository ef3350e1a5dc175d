"""Find repo lines that share a run of N words with the dev evaluation texts.

The articles under ``../shared/eval/dev/*/`` (next to the repo, not in it) are
for measuring only: no sentence from them, no near-copy with a name swapped
and no entity name lifted from them may go into the tests, code comments,
pattern files or examples. This tool makes such copies easy to spot.

It reads every ``*.txt`` under the dev folder (if the folder is not there it
says so and exits 0), collects all runs of N consecutive words (default 5,
case-insensitive), and prints each line of the repo's ``README.md``,
``docs/``, ``tests/``, ``src/kgraph/``, ``patterns/``, ``examples/`` and
``tools/`` that contains such a run, together with the longest shared
stretch and where it occurs in the dev texts. The never-read sets
(``tests/data/blind``, ``blind2``, ...) are never read here either.

Stock phrases ("is the chief executive officer of", "a wholly owned
subsidiary of") are expected to match; list them, one a line, in
``tools/dev_overlap_allow.txt`` (``#`` starts a comment). A run of N words
that lies inside an allowed phrase is not reported. Anything else is a hit:
read the dev line it points to, and if the repo line copies it (same content
with names swapped, the same unusual wording, a name from the dev text),
write a sentence of your own instead.

Exit status: 0 if there is no hit outside the allow-list, 1 otherwise.

    python tools/dev_overlap.py            # N = 5
    python tools/dev_overlap.py -n 4       # shorter runs: also catches names
    python tools/dev_overlap.py --all      # also print the allowed hits
    python tools/dev_overlap.py --show     # and the dev line each hit points to
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[A-Za-zÄÖÜäöüß0-9']+")
SCANNED = ("README.md", "docs", "tests", "src/kgraph", "patterns", "examples", "tools")
SUFFIXES = {".py", ".txt", ".md", ".json", ".jsonl", ".html", ".csv", ".tsv", ".yaml", ".yml",
            ".ttl", ""}
SKIPPED_PARTS = {"__pycache__", ".pytest_cache"}
BLIND = "blind"
"""Folders named so (blind, blind2, ...) are measurement sets nobody reads."""


def words(text: str) -> list[str]:
    return WORD.findall(text)


def ngrams(ws: list[str], n: int) -> list[str]:
    return [" ".join(ws[i:i + n]).lower() for i in range(len(ws) - n + 1)]


def read_allow(path: Path, n: int) -> set[str]:
    """Every run of n words inside an allowed phrase."""
    allowed: set[str] = set()
    if not path.is_file():
        return allowed
    for line in path.read_text(encoding="utf-8").splitlines():
        phrase = line.split("#", 1)[0].strip()
        if phrase:
            allowed.update(ngrams(words(phrase), n))
    return allowed


def index_dev(dev: Path, n: int) -> dict[str, tuple[Path, int]]:
    """Each run of n words in the dev texts -> the first file and line it is on."""
    seen: dict[str, tuple[Path, int]] = {}
    for path in sorted(dev.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        # runs may cross line breaks: index the whole text, remember each word's line
        ws, lines = [], []
        for ln, line in enumerate(text.splitlines(), 1):
            for w in words(line):
                ws.append(w)
                lines.append(ln)
        for i, gram in enumerate(ngrams(ws, n)):
            seen.setdefault(gram, (path, lines[i]))
    return seen


def scanned_files(root: Path) -> list[Path]:
    out = []
    for top in SCANNED:
        base = root / top
        for path in sorted(base.rglob("*")) if base.is_dir() else [base]:
            rel = path.relative_to(root)
            if (path.is_file() and path.suffix in SUFFIXES
                    and not SKIPPED_PARTS & set(rel.parts)
                    and not any(part.startswith(BLIND) for part in rel.parts)
                    and path.name != "dev_overlap_allow.txt"):
                out.append(path)
    return out


def longest_run(ws: list[str], hit_starts: list[int], n: int) -> str:
    """The longest stretch of the line covered by overlapping shared runs."""
    best, start, end = "", None, None
    for i in hit_starts + [None]:
        if i is not None and start is not None and i <= end:
            end = i + n
            continue
        if start is not None:
            span = " ".join(ws[start:end])
            if len(span) > len(best):
                best = span
        if i is not None:
            start, end = i, i + n
    return best


def dev_line(path: Path, ln: int, word: str) -> str:
    """About 200 characters of a dev line, around the first shared word."""
    line = path.read_text(encoding="utf-8", errors="replace").splitlines()[ln - 1].strip()
    at = max(0, line.lower().find(word.lower()) - 80)
    return ("..." if at else "") + line[at:at + 200]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=5, help="words in a shared run (default 5)")
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev",
                    help="the dev texts (default ../shared/eval/dev)")
    ap.add_argument("--allow", type=Path, default=ROOT / "tools" / "dev_overlap_allow.txt",
                    help="stock phrases that may match (default tools/dev_overlap_allow.txt)")
    ap.add_argument("--all", action="store_true", help="also print hits the allow-list covers")
    ap.add_argument("--show", action="store_true",
                    help="also print the dev line each hit points to (to judge it)")
    ap.add_argument("--root", type=Path, default=ROOT, help="the repo to scan (default: this one)")
    args = ap.parse_args(argv)

    if not args.dev.is_dir():
        print(f"dev-overlap: no dev texts at {args.dev}; nothing to compare", file=sys.stderr)
        return 0
    dev = index_dev(args.dev, args.n)
    allowed = read_allow(args.allow, args.n)
    root = args.root.resolve()
    hits = allowed_hits = 0
    for path in scanned_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        for ln, line in enumerate(text.splitlines(), 1):
            ws = words(line)
            starts = [i for i, g in enumerate(ngrams(ws, args.n)) if g in dev]
            if not starts:
                continue
            bad = [i for i in starts if " ".join(ws[i:i + args.n]).lower() not in allowed]
            if not bad:
                allowed_hits += 1
                if not args.all:
                    continue
            else:
                hits += 1
            shown = bad or starts
            src, src_ln = dev[" ".join(ws[shown[0]:shown[0] + args.n]).lower()]
            mark = "" if bad else "  (allowed)"
            print(f"{path.relative_to(root)}:{ln}: \"{longest_run(ws, shown, args.n)}\"{mark}\n"
                  f"    repo: {line.strip()[:150]}\n"
                  f"    dev:  {src.relative_to(args.dev)}:{src_ln}")
            if args.show:
                print(f"          {dev_line(src, src_ln, shown and ws[shown[0]])}")
    print(f"dev-overlap: {hits} line(s) share a {args.n}-word run with the dev texts"
          f" ({allowed_hits} more only through allowed phrases)", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
