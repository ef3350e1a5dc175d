"""The cheap tests run before each pattern (slot types, key words) never change what is found."""
from __future__ import annotations

from pathlib import Path

import pytest

import kgraph.relations as relations
from kgraph.pipeline import extract_article, read_articles
from kgraph.relations import _keywords

ROOT = Path(__file__).resolve().parents[1]


def all_relations(articles) -> set[tuple]:
    return {(a.sha, r.predicate, r.subject.key, r.object.key if r.object else None, r.amount,
             r.evidence.start, r.evidence.rule)
            for a in articles for r in extract_article(a).relations}


def test_prefilter_finds_exactly_what_the_patterns_alone_find(monkeypatch):
    articles, _ = read_articles([ROOT / "examples" / "articles", ROOT / "tests" / "data"])
    filtered = all_relations(articles)
    monkeypatch.setattr(relations.Pattern, "may_match", lambda self, *args, **kwargs: True)
    monkeypatch.setattr(relations.Rules, "candidates", lambda self, present: list(self.patterns))
    relations._fitting.cache_clear()  # the slot test's answers, kept per set of codes
    try:
        assert all_relations(articles) == filtered
    finally:
        relations._fitting.cache_clear()


@pytest.mark.parametrize(("pattern", "keywords"), [
    (r"{S:ORG}…\b(?:nutzt|nutzen)\b…{O:MODEL}", ("nutzen", "nutzt")),
    (r"{S:ORG}…\b(?:invests?|poured)\b⋯{A:MONEY}", ("invest", "poured")),
    (r"{S:ORG}(?:'s|’s)\s+(?:acquisition|takeover)\s+of\s+{O:ORG}", ("acquisition", "takeover")),
    (r"{S:ORG}\s+(?:und|,)\s+{O:ORG}", ()),  # a branch without a word: no test possible
    (r"{S:ORG}(?:\s+led\s+by)?\s+{O:ORG}", ()),  # only an optional group has words
])
def test_keywords_come_only_from_parts_every_match_needs(pattern, keywords):
    assert _keywords(pattern) == keywords


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_shipped_pattern_compiles(lang):
    relations.load_rules(lang).compile_all()


def _english_patterns(tmp_path, monkeypatch, rows: str) -> None:
    """A patterns folder of its own whose English relations.tsv holds these rows."""
    folder = tmp_path / "patterns" / "en"
    folder.mkdir(parents=True)
    (folder / "roles.tsv").write_text("role\tceo\nCEO\tyes\n", encoding="utf-8")
    (folder / "relations.tsv").write_text("id\trelation\tconfidence\tpattern\n" + rows,
                                          encoding="utf-8")
    monkeypatch.setattr(relations, "data_dir", lambda name: tmp_path / name)
    relations.load_rules.cache_clear()


def test_broken_pattern_row_is_reported_by_file_and_id_when_first_needed(tmp_path, monkeypatch):
    # patterns are compiled lazily: loading the table succeeds, the first sentence whose
    # key words reach the broken row (or compile_all) names it
    _english_patterns(tmp_path, monkeypatch,
                      "good-buys\tacquires\t0.8\t{S:ORG}…\\bbuys\\s+{O:ORG}\n"
                      "broken-sells\tacquires\t0.8\t{S:ORG}…\\bsells(\\s+{O:ORG}\n")
    try:
        rules = relations.load_rules("en")
        good, broken = rules.patterns
        assert good.regex.search("⟨ORG:0⟩ buys ⟨ORG:1⟩")
        with pytest.raises(relations.CatalogueError, match=r"relations\.tsv: pattern broken-sells"):
            broken.regex  # noqa: B018
        with pytest.raises(relations.CatalogueError, match="broken-sells"):
            rules.compile_all()
    finally:
        relations.load_rules.cache_clear()


def test_a_pattern_id_used_twice_is_reported(tmp_path, monkeypatch):
    # the id names the rule that fired in every fact's evidence: two rows may not share it
    _english_patterns(tmp_path, monkeypatch,
                      "x-buys\tacquires\t0.8\t{S:ORG}…\\bbuys\\s+{O:ORG}\n"
                      "x-buys\tacquires\t0.8\t{S:ORG}…\\bbought\\s+{O:ORG}\n")
    try:
        with pytest.raises(relations.CatalogueError, match=r"relations\.tsv: pattern id 'x-buys'"):
            relations.load_rules("en")
    finally:
        relations.load_rules.cache_clear()


@pytest.mark.parametrize(("pattern", "text"), [
    (r"a.*?b", "aab ab xab"),
    (r"(?P<S>\d+)\D+(?P<O>\d+)", "1 x 22 y 333 z 4"),
    (r"x*", "axxb"),  # empty matches, one at the very end
    (r"(?<=a)b|b", "abab"),
])
def test_overlapped_matches_are_those_of_the_regex_module(pattern, text):
    import re

    import regex

    want = [(m.span(), m.groupdict()) for m in regex.finditer(pattern, text, overlapped=True)]
    assert [(m.span(), m.groupdict()) for m in relations.overlapped(re.compile(pattern), text)] \
        == want


def test_patterns_compiled_by_re_find_what_the_regex_module_finds(monkeypatch):
    # most rows compile with Python's re (faster to compile); the facts must not change
    import regex

    articles, _ = read_articles([ROOT / "examples" / "articles", ROOT / "tests" / "data"])
    with_re = all_relations(articles)
    assert any(type(p.regex).__module__ == "re" for p in relations.load_rules("en").patterns)
    compiled: dict[str, regex.Pattern] = {}

    def by_regex(self):
        if self.body not in compiled:
            compiled[self.body] = regex.compile(self.body, regex.IGNORECASE | regex.V0)
        return compiled[self.body]

    monkeypatch.setattr(relations.Pattern, "regex", property(by_regex))
    assert all_relations(articles) == with_re
