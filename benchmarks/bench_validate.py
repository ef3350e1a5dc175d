"""What SHACL validation costs `kgraph build`: a full build and a one-article rebuild, each
with and without validation, on the generated corpus of bench_build.py.

    .venv/bin/python benchmarks/bench_validate.py --articles 1000 --jobs 2

Prints one Markdown table row per build (wall time, CPU seconds of every process, the
build's own "validate" phase from ``kgraph build -v``, peak memory, load), for builds with
--validate (the whole graph), as the CLI does by default (past 2,000 articles a sample)
and with --no-validate; benchmarks/RESULTS.md
("## Validation") keeps the rows with the command and the commit. The code measured is
copied first, as bench_build.py does, so the work tree may change meanwhile.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

import bench_build as bb  # noqa: E402  (benchmarks/ is on sys.path as a script)

WHOLE_GRAPH_UP_TO = 2000
"""kgraph.validate.WHOLE_GRAPH_UP_TO, the size past which a default build checks a sample
(not imported: the benchmark measures a copy of the code, not the installed one)."""


def _phase(run: bb.Run, name: str) -> str:
    found = re.search(rf"\b{name} ([0-9.]+) s", run.stderr)
    return f"{float(found.group(1)):.1f} s" if found else "-"


def _row(label: str, run: bb.Run) -> str:
    if run.returncode != 0:
        raise SystemExit(f"{label}: kgraph build failed ({run.returncode})\n{run.stderr}")
    return (f"| {label} | {run.seconds:.1f} s | {run.cpu_seconds:.1f} s | "
            f"{_phase(run, 'validate')} | {run.peak_tree_mb:,.0f} MB | "
            f"{run.peak_single_mb:,.0f} MB | {run.load:.1f} |")


def measure(n: int, base: Path, jobs: int, seed: int, plain: bool = True) -> list[str]:
    """Build n articles with and without validation (plain=False: with only), change one,
    rebuild the same ways."""
    corpus = base / f"corpus-{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    gen = bb.generate(corpus, n, seed)
    rows = []
    modes = {"whole": "--validate", "default": "default", "off": "--no-validate"}
    if not plain:
        del modes["off"]
    if n <= WHOLE_GRAPH_UP_TO:  # the default is the whole check
        del modes["default"]
    outs = {mode: base / f"out-{n}-{mode}" for mode in modes}
    for mode, out in outs.items():
        shutil.rmtree(out, ignore_errors=True)
        bb.VALIDATE = mode
        rows.append(_row(f"{n:,} articles, full build, {modes[mode]}",
                         bb.run_build(corpus, out, jobs, verbose=True)))
        print(rows[-1], flush=True)
    victim = corpus / gen[len(gen) // 2].name
    victim.write_text(victim.read_text(encoding="utf-8") + "\nOpenAI uses GPT-5.\n",
                      encoding="utf-8")
    for mode, out in outs.items():
        bb.VALIDATE = mode
        rows.append(_row(f"{n:,} articles, one article changed, {modes[mode]}",
                         bb.run_build(corpus, out, jobs, verbose=True)))
        print(rows[-1], flush=True)
    return rows


def run(args: argparse.Namespace, base: Path) -> None:
    bb.CODE = base / "code"
    shutil.rmtree(bb.CODE, ignore_errors=True)
    for part in ("src", "patterns", "ontologies"):
        shutil.copytree(bb.ROOT / part, bb.CODE / part,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "_data"))
    print(f"code{bb._revision()}")
    print("| build | wall | CPU | validate phase | peak RSS (all processes) | peak RSS (largest "
          "process) | load |\n|---|---:|---:|---:|---:|---:|---:|")
    for n in sorted(args.articles):
        measure(n, base, args.jobs, args.seed, not args.validated_only)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="generate and build here and keep it")
    ap.add_argument("--validated-only", action="store_true",
                    help="skip the builds with --no-validate (bench_build.py times those)")
    args = ap.parse_args(argv)
    if args.keep:
        run(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="kgraph-bench-validate-") as base:
            run(args, Path(base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
