"""The only place spaCy pipelines are built or loaded.

The default is ``spacy.blank(lang)`` plus rule components: it needs no download and
runs at hundreds of thousands of words per second. A trained pipeline named by the
user (``--spacy-model``) is loaded beside it and only adds its entities.
"""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelLoadError


@Language.component("kgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and list items end without a full stop."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc


@cache
def blank_pipeline(lang: str) -> Language:
    """Tokenizer, punctuation sentencizer and line-break sentences for ``de`` or ``en``."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kgraph_line_breaks")
    nlp.max_length = 10**9  # the rule pipeline is linear; long files are fine
    return nlp


@cache
def trained_pipeline(name: str) -> Language:
    """A user's installed spaCy pipeline (package name or path), for its NER only."""
    try:
        nlp = spacy.load(name, exclude=["lemmatizer", "textcat", "textcat_multilabel"])
    except (OSError, ImportError) as exc:
        raise ModelLoadError(
            f"cannot load spaCy pipeline {name!r}: {exc}. Install it first (for example "
            f"`pip install {name}`), or build without --spacy-model to use the rules only."
        ) from exc
    return nlp


SPACY_LABELS = {"ORG": "Organization", "PERSON": "Person", "PER": "Person", "PRODUCT": "Product"}
"""Labels of spaCy's English (OntoNotes) and German (WikiNER) models that map to our classes."""


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end character offsets) of a text."""
    doc = blank_pipeline(lang)(text)
    return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
