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
    assert all_relations(articles) == filtered


@pytest.mark.parametrize(("pattern", "keywords"), [
    (r"{S:ORG}…\b(?:nutzt|nutzen)\b…{O:MODEL}", ("nutzen", "nutzt")),
    (r"{S:ORG}…\b(?:invests?|poured)\b⋯{A:MONEY}", ("invest", "poured")),
    (r"{S:ORG}(?:'s|’s)\s+(?:acquisition|takeover)\s+of\s+{O:ORG}", ("acquisition", "takeover")),
    (r"{S:ORG}\s+(?:und|,)\s+{O:ORG}", ()),  # a branch without a word: no test possible
    (r"{S:ORG}(?:\s+led\s+by)?\s+{O:ORG}", ()),  # only an optional group has words
])
def test_keywords_come_only_from_parts_every_match_needs(pattern, keywords):
    assert _keywords(pattern) == keywords
