"""What do big inputs cost? The numbers behind the size limits in articles.py.

Each case runs in a fresh process (so its peak RSS is its own) and is reported in
benchmarks/RESULTS.md, section "## Big inputs":

- a 50 MB text file (skipped unread by the 10 MB file limit);
- a 10 MB text file just under the file limit (decoded, then skipped by the text limit);
- a 10 MB HTML page (trafilatura);
- extraction (extract_article) of dense news text of growing length, which is what
  MAX_CHARS bounds.

    .venv/bin/python benchmarks/bench_bad_input.py            # all cases, write RESULTS.md
    .venv/bin/python benchmarks/bench_bad_input.py --no-write
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _machine import replace_section  # noqa: E402  (benchmarks/ is on sys.path as a script)

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION = "## Big inputs"
PARAGRAPH = ("Die Firma Aleph Alpha aus Heidelberg hat am Dienstag ein neues Sprachmodell "
             "vorgestellt. OpenAI nutzt Qwen-3 von Alibaba, sagte Sam Altman. Nvidia "
             "investiert 5 Milliarden US-Dollar in Intel.\n\n")
"""Dense news text: a mention every few words, a relation in every sentence."""
TEXT_SIZES = (25_000, 50_000, 100_000, 200_000)
PROSE_SIZES = (50_000, 100_000, 150_000)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _text(chars: int) -> str:
    return (PARAGRAPH * (chars // len(PARAGRAPH) + 1))[:chars]


def _prose(chars: int) -> str:
    """The example articles one after another, repeated to the length wanted."""
    folder = Path(__file__).resolve().parents[1] / "examples" / "articles"
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return (text * (chars // len(text) + 1))[:chars]


def run_case(case: str, arg: int) -> dict[str, object]:
    """One measurement, in this process."""
    from kgraph.articles import SourceFile, article_from_bytes, read_article

    base = _rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        if case == "file":
            path = Path(tmp) / "big.txt"
            with path.open("wb") as fh:
                block = PARAGRAPH.encode() * (2**20 // len(PARAGRAPH.encode()) + 1)
                for _ in range(arg):
                    fh.write(block[: 2**20])
            started = time.perf_counter()
            got = read_article(SourceFile(path, "big.txt"))
        elif case in ("text", "html"):
            body = _text(arg * 2**20)
            if case == "html":
                # numbered: trafilatura drops repeated paragraphs
                paras = "".join(f"<p>{i} {p}</p>" for i, p in enumerate(body.split("\n\n")))
                raw = (f"<!DOCTYPE html><html><head><title>T</title></head><body><article>"
                       f"{paras}</article></body></html>").encode()[: arg * 2**20]
            else:
                raw = body.encode()[: arg * 2**20]
            started = time.perf_counter()
            got = article_from_bytes(raw, f"big.{case}", case)
        else:  # extraction of `arg` characters, dense or of the example articles
            from kgraph.models import Article
            from kgraph.pipeline import extract_article

            text = _text(arg) if case == "extract" else _prose(arg)
            article = Article("big.txt", text, "0" * 64, "de")
            extract_article(Article("warm.txt", PARAGRAPH, "1" * 64, "de"))  # load once
            started = time.perf_counter()
            got = extract_article(article)
        seconds = time.perf_counter() - started
    outcome = getattr(got, "reason", None) or f"{len(getattr(got, 'text', '')):,} characters"
    if case in ("extract", "prose"):
        outcome = f"{len(got.mentions):,} mentions, {len(got.relations):,} relations"
    return {"case": case, "arg": arg, "seconds": seconds, "outcome": outcome,
            "rss_mb": _rss_mb(), "base_mb": base}


def measure(case: str, arg: int) -> dict[str, object]:
    out = subprocess.run([sys.executable, __file__, "--case", case, str(arg)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(rows: list[dict[str, object]]) -> str:
    load = os.getloadavg()
    lines = [SECTION, "",
             f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} cores, Python "
             f"{platform.python_version()}, load average {load[0]:.1f} / {load[1]:.1f} at the "
             "start (other work shared the machine).", "",
             "Command: `.venv/bin/python benchmarks/bench_bad_input.py`. Each row is one fresh "
             "process; peak RSS includes the ~200 MB of imported libraries.", "",
             "| input | time | peak RSS | result |", "| --- | ---: | ---: | --- |"]
    names = {"file": "{} MB text file, `read_article`", "text": "{} MB of text, "
             "`article_from_bytes`", "html": "{} MB HTML page, `article_from_bytes`",
             "extract": "{:,} characters of dense news, `extract_article`",
             "prose": "{:,} characters of the example articles, `extract_article`"}
    for r in rows:
        lines.append(f"| {names[str(r['case'])].format(r['arg'])} | {r['seconds']:.2f} s | "
                     f"{r['rss_mb']:.0f} MB | {r['outcome']} |")
    ext = [r for r in rows if r["case"] == "extract"]
    prose = [r for r in rows if r["case"] == "prose"]
    if len(ext) >= 2 and len(prose) >= 2:
        a, b = ext[-2], ext[-1]
        c, d = prose[-2], prose[-1]
        lines += ["", f"Dense text from {a['arg']:,} to {b['arg']:,} characters "
                      f"({b['arg'] / a['arg']:.1f}x the text) takes {_ratio(a, b):.1f}x the "
                      f"time; the example articles from {c['arg']:,} to {d['arg']:,} "
                      f"characters {_ratio(c, d):.1f}x: extraction is linear in the text "
                      "(the fixed cost of loading pipelines and patterns is in every row). "
                      f"articles.MAX_CHARS ({_max_chars():,}) keeps one dump file to seconds of "
                      "a build; articles.MAX_BYTES (10 MB) skips files unread."]
    return "\n".join(lines) + "\n"


def _max_chars() -> int:
    from kgraph.articles import MAX_CHARS

    return MAX_CHARS


def _ratio(a: dict[str, object], b: dict[str, object]) -> float:
    return float(b["seconds"]) / max(float(a["seconds"]), 1e-9)


def write(section: str) -> None:
    replace_section(SECTION, section)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", nargs=2, metavar=("CASE", "ARG"), help=argparse.SUPPRESS)
    ap.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md")
    args = ap.parse_args(argv)
    if args.case:
        print(json.dumps(run_case(args.case[0], int(args.case[1]))))
        return 0
    cases = [("file", 50), ("text", 9), ("html", 10)] + [("extract", n) for n in TEXT_SIZES]
    cases += [("prose", n) for n in PROSE_SIZES]
    rows = []
    for case, arg in cases:
        rows.append(measure(case, arg))
        print(json.dumps(rows[-1]), flush=True)
    section = report(rows)
    print(section)
    if not args.no_write:
        write(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
