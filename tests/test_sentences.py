"""nlp.SentenceSplitter must give exactly the sentences of the spaCy rule pipeline."""
from __future__ import annotations

import random

import pytest

from kgraph import nlp

PIECES = ["Die", "the", "AI", "Jan.", "z.B.", "U.S.", "e.g.", "Inc.", "Nr.", ".", "!", "?", "...",
          "?!", "'", "’", "'s", ":)", ":", ")", "(", '"', "“", "„", "”", "-", "—", "3.5", "10.000",
          "2024.", "Cause", "em", "。", "।", "\n", "\n\n", " \n", "\t", "\xa0", "a.m.",
          "https://x.de/a.b", "_", ";)", "<3", "ne", "(*_*)", "Öl", "ca.", "bzw.", "vs.", "o.",
          "-_-", "GmbH.", "A.", "B.", "z.", "Der", "The", "It", "No.", "Nos.", "1"]
SEPARATORS = [" ", " ", " ", "", "  ", "\n", " \n ", "\t", "\xa0"]

TEXTS = [
    "",
    " ",
    "Ein Satz ohne Punkt",
    "OpenAI nutzt Azure. Microsoft investiert 10 Mrd. USD in OpenAI!  Warum? Darum.",
    "Headline without stop\nBody text follows here. Second sentence.\n\n- item one\n- item two ",
    'He said "It works." Then he left... (Really?) Yes.\n',
    "Die Firma (z. B. SAP) wächst. „Wir sind froh.“ Das sagte Klein.",
    "  leading spaces. trailing \n ",
    "Er sagt ' s ist gut. Und ' Cause we can. It was Jan . Then it rained.",
    "Zahlen wie 3.5 und 10.000 enden keinen Satz. Aber 2024. Das schon.",
]


def _spacy(text: str, lang: str) -> list[tuple[int, int, str]]:
    return [(s.start_char, s.end_char, s.text) for s in nlp.spacy_pipeline(lang)(text).sents]


def _ours(text: str, lang: str) -> list[tuple[int, int, str]]:
    return [tuple(s) for s in nlp.blank_pipeline(lang)(text).sents]


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("text", TEXTS)
def test_splitter_gives_the_sentences_of_the_spacy_pipeline(text, lang):
    assert _ours(text, lang) == _spacy(text, lang)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_splitter_agrees_with_spacy_on_random_punctuation_soup(lang):
    rng = random.Random(6)
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) + rng.choice(SEPARATORS)
                       for _ in range(rng.randint(1, 20)))
        if rng.random() < 0.3:
            text = text.strip()
        assert _ours(text, lang) == _spacy(text, lang), repr(text)


def test_special_case_across_a_space_sends_the_text_through_spacy():
    splitter = nlp.blank_pipeline("en")
    text = "It ended. ' Cause it is. Fine."
    with pytest.raises(nlp._Fallback):
        splitter._spans(text)
    assert _ours(text, "en") == _spacy(text, "en")


def test_sentences_skips_blank_spans():
    assert nlp.sentences("Erster Satz.\n\nZweiter Satz.", "de") == [(0, 12), (14, 27)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Kolbwerk übernimmt die Firma Vantiq GmbH. Der Kaufpreis ist geheim.",
     ["Kolbwerk übernimmt die Firma Vantiq GmbH.", "Der Kaufpreis ist geheim."]),
    ("de", "Das Geld kommt vom Fonds Zentra A. Die Runde ist groß.",
     ["Das Geld kommt vom Fonds Zentra A.", "Die Runde ist groß."]),
    ("de", "Geplant sind 5 Mio. Im Herbst folgt mehr.", ["Geplant sind 5 Mio.",
                                                        "Im Herbst folgt mehr."]),
    ("en", "Quorix raised $10m in a Series A. The round was led by Vantiq.",
     ["Quorix raised $10m in a Series A.", "The round was led by Vantiq."]),
    ("en", "Kolbwerk bought Vantiq Inc. Its price was high.",
     ["Kolbwerk bought Vantiq Inc.", "Its price was high."]),
    # abbreviations that go on: a title, "z. B.", a legal form inside a name, an initial,
    # a capitalised word that is no sentence start
    ("de", "Die Vantiq GmbH & Co. KG wächst. Dr. Der Kolb sagt z. B. Die Welt.",
     ["Die Vantiq GmbH & Co. KG wächst.", "Dr. Der Kolb sagt z. B. Die Welt."]),
    ("de", "Jens A. Kolb leitet die Vantiq GmbH. Kolbwerk folgt.",
     ["Jens A. Kolb leitet die Vantiq GmbH. Kolbwerk folgt."]),
    ("en", "Mr. The Kolb met Vantiq Inc. Chief Jane Roe, e.g. The Times said.",
     ["Mr. The Kolb met Vantiq Inc. Chief Jane Roe, e.g. The Times said."]),
])
def test_a_sentence_ends_after_an_abbreviation_before_a_sentence_start(lang, text, expected):
    assert [s.text for s in nlp.blank_pipeline(lang)(text).sents] == expected
    assert _ours(text, lang) == _spacy(text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("Harrow-3 took the No. 1 spot from Tarn-2. Vantiq is the No. 2 maker.",
     ["Harrow-3 took the No. 1 spot from Tarn-2.", "Vantiq is the No. 2 maker."]),
    ("Nos. 3 and 4 followed.", ["Nos. 3 and 4 followed."]),
    # near misses: "no" and "No" ending a sentence
    ("Asked about it, he said no. Then he left.", ["Asked about it, he said no.",
                                                    "Then he left."]),
    ("The vote was a clear No. The board met again.", ["The vote was a clear No.",
                                                      "The board met again."]),
])
def test_number_before_a_rank_ends_no_sentence(text, expected):
    assert [s.text for s in nlp.blank_pipeline("en")(text).sents] == expected
    assert _ours(text, "en") == _spacy(text, "en")
