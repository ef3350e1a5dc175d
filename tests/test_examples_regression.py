"""The bundled example corpus yields exactly the facts in tests/data/examples_expected.tsv.

A change to the rules that adds or loses a fact shows up here as a diff. When the change
is intended, regenerate the file and review the diff before committing:

    KGRAPH_REGEN=1 .venv/bin/python -m pytest tests/test_examples_regression.py
"""
from __future__ import annotations

import os
from pathlib import Path

from kgraph import build_graph

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "data" / "examples_expected.tsv"


def fact_lines() -> list[str]:
    kg, _ = build_graph([ROOT / "examples" / "articles"])
    names = {e.key: e.name for e in kg.entities}
    lines = set()
    for f in kg.facts:
        obj = names.get(f.object, "") if f.object else f"{f.amount} {f.currency} {f.purpose or ''}"
        status = "hedged" if f.hedged else "asserted"
        lines.add(f"{f.predicate}\t{names[f.subject]}\t{obj.strip()}\t{status}")
    return sorted(lines)


def test_example_corpus_facts_match_golden_file() -> None:
    got = fact_lines()
    if os.environ.get("KGRAPH_REGEN"):
        EXPECTED.write_text("\n".join(got) + "\n", encoding="utf-8")
    expected = EXPECTED.read_text(encoding="utf-8").splitlines()
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    assert not missing and not extra, f"missing: {missing}\nextra: {extra}"
