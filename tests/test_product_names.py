"""Products and models named after a kind word, and new versions of a model (issue #3, entity
recall for Product and AIModel). Sentences of our own with invented names."""
from __future__ import annotations

import pytest

from test_extraction import mentions


def _typed(text: str, lang: str) -> set[tuple[str, str]]:
    return {(name, kind) for name, kind, _ in mentions(text, lang)}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # German kind words: a program, a game
    ("Die Kanzlei nutzt das Programm Belegblick für ihre Abrechnung.", "de",
     ("Belegblick", "Product")),
    ("Das Aufbauspiel Moorwacht verkaufte sich im ersten Monat 200.000 Mal.", "de",
     ("Moorwacht", "Product")),
    ("Das Strategiespiel Tannfeld 2 erscheint im Mai.", "de", ("Tannfeld 2", "Product")),
    # a benchmark in English
    ("Orvell's model scored 41 percent on the benchmark Pelican Bench.", "en",
     ("Pelican Bench", "Product")),
    # "heißt", "we call": the name a kind word is given
    ("Die Spracherkennung haben wir selbst trainiert, das Modell heißt Grauwerk Ohr.", "de",
     ("Grauwerk Ohr", "AIModel")),
    ("A speech model we call Marrow-1, which we trained ourselves, handles the calls.", "en",
     ("Marrow-1", "AIModel")),
    # a known model's one-word name closing a product's name after its kind word
    ("Die Firma vertreibt die Abrechnungssoftware Moosbach Flux, die Anfragen beantwortet.",
     "de", ("Moosbach Flux", "Product")),
    # a model family after a comma, and its new version
    ("Quillory's own model family, Sundew, gets a new version. Sundew 3 was trained on the "
     "company's chips.", "en", ("Sundew 3", "AIModel")),
    ("Quillory's own model family, Sundew, gets a new version.", "en", ("Sundew", "AIModel")),
])
def test_names_after_kind_words(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in _typed(text, lang)


@pytest.mark.parametrize(("text", "lang", "name", "kind"), [
    # a known model with a version after the product's name is a model of its own
    ("Die Plattform Vielsprech GPT-5.1 von OpenAI liegt vorn.", "de", "GPT-5.1", "AIModel"),
    # before a verb at the clause's end the known name is the object, not part of the name
    ("Sie testet den Chatbot Kirra, der Claude verwendet.", "de", "Claude", "AIModel"),
    # a version number after a product is still a product ("Osprey 9", no model around)
    ("Brackwell sells the Osprey 9 chip to data centres.", "en", "Osprey 9", "Product"),
    # "Spiel" in "Beispiel" is no kind word
    ("Zum Beispiel Quorix nutzt Claude.", "de", "Quorix", None),
])
def test_names_that_keep_their_type(text: str, lang: str, name: str, kind: str | None) -> None:
    typed = _typed(text, lang)
    if kind is None:
        assert (name, "Product") not in typed
    else:
        assert (name, kind) in typed


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a verb of making right after the name: the name is the maker, not a model
    ("Most calls go to Quorra-3, a speech model Tamberlane trained itself.", "Tamberlane", None),
    ("The firm runs the chatbot Wexbridge built in-house for its shops.", "Wexbridge", None),
    # with a comma the name stays the model
    ("The firm tested the model Orrel, trained on its own call logs.", "Orrel", "AIModel"),
    # "the X Y, an inference accelerator": a first name does not make a person
    ("Sales rose on the Marta Quill, an inference accelerator the firm designed for chatbots.",
     "Marta Quill", "Product"),
])
def test_makers_and_products_after_cues(text: str, name: str, kind: str | None) -> None:
    typed = _typed(text, "en")
    if kind is None:
        assert (name, "AIModel") not in typed and (name, "Product") not in typed
    else:
        assert (name, kind) in typed


def test_a_person_before_a_description_stays_a_person() -> None:
    text = "The award went to Marta Quill, an engineer who designed the firm's chip."
    assert ("Marta Quill", "Person") in _typed(text, "en")


@pytest.mark.parametrize(("text", "lang", "expected", "absent"), [
    # a version after a model the article introduced is that model's next version
    ("Larkfield released its model Pelmet in June. Pelmet 2 follows in May.", "en",
     ("Pelmet 2", "AIModel"), None),
    ("Larkfield released its model Pelmet-M2 in June. It plans a smaller version, Pelmet-M2 "
     "Mini, under an open licence.", "en", ("Pelmet-M2 Mini", "AIModel"), ("Mini", "Name")),
    ("Das Aufbauspiel Moorwacht verkaufte sich gut. Moorwacht 2 erscheint im Herbst.", "de",
     ("Moorwacht 2", "Product"), None),
    # a year or an amount after the name is no version
    ("Das Aufbauspiel Moorwacht verkaufte sich gut. Moorwacht 2026 bleibt das Ziel.", "de",
     ("Moorwacht", "Product"), ("Moorwacht 2026", "Product")),
    ("Larkfield released its model Pelmet in June. Pelmet 2 percent ahead.", "en",
     ("Pelmet", "AIModel"), ("Pelmet 2", "AIModel")),
])
def test_versions_of_names_the_article_introduced(
        text: str, lang: str, expected: tuple[str, str], absent: tuple[str, str] | None) -> None:
    typed = _typed(text, lang)
    assert expected in typed
    assert absent not in typed


@pytest.mark.parametrize(("text", "expected"), [
    # an unknown name ending in "Bench" is a benchmark, a product
    ("Orvo tops Tern Bench, ahead of GPT-5.", ("Tern Bench", "Product")),
    # a person or company named so keeps its type
    ("Marla Bench, a partner at Quill Capital, joined the board.", ("Marla Bench", "Person")),
    ("Sales at Harrow Bench Ltd rose.", ("Harrow Bench Ltd", "Organization")),
])
def test_benchmark_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in _typed(text, "en")
