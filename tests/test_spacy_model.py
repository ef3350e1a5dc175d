"""--spacy-model: a trained pipeline's entities join the rules; a missing one is a clear error.

No model can be downloaded here, so the test saves a small pipeline of its own (an
entity ruler standing in for a statistical NER) and loads it by path, the same way a
user's installed package is loaded by name.
"""
from __future__ import annotations

import spacy
from click.testing import CliRunner

from kgraph.articles import article_from_bytes
from kgraph.cli import main
from kgraph.pipeline import Options, extract_article


def saved_pipeline(tmp_path):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Quillfeather"},
                        {"label": "PERSON", "pattern": "Odalys Brenn"}])
    path = tmp_path / "tiny_pipeline"
    nlp.to_disk(path)
    return str(path)


TEXT = "Odalys Brenn, chief executive of Quillfeather, spoke on Monday."


def test_trained_pipeline_entities_are_added_to_the_rules(tmp_path):
    article = article_from_bytes(TEXT.encode(), "a.txt", "text", "en")
    without = extract_article(article)
    with_model = extract_article(article, Options(spacy_model=saved_pipeline(tmp_path)))
    assert ("Quillfeather", "Organization") not in {(m.key, m.type) for m in without.mentions}
    assert ("Quillfeather", "Organization") in {(m.key, m.type) for m in with_model.mentions}
    assert ("ceoOf", "Odalys Brenn", "Quillfeather") in {
        (r.predicate, r.subject.key, r.object.key) for r in with_model.relations}


def test_missing_pipeline_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--out",
                                       str(tmp_path / "out"), "--spacy-model", "no_such_model_xx"])
    assert result.exit_code == 1
    assert "cannot load spaCy pipeline 'no_such_model_xx'" in result.output
    assert ".." not in result.output  # spaCy's message ends in a full stop of its own
