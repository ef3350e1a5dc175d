"""German extraction rules on sentences written for these tests (issue #3).

Kept beside test_extraction.py, whose helpers it uses, so that the German and the
English rules grow in two files."""
from __future__ import annotations

import pytest

from test_extraction import facts, mentions


@pytest.mark.parametrize(("text", "fact"), [
    # descriptors of companies before an unknown name
    ("Der Logistikkonzern Kühne + Nagel übernimmt den US-Spediteur Apex.",
     ("acquires", "Kühne + Nagel", "Apex")),
    ("Der Chef des Softwarehauses Quorix, Jonas Berg, bestätigte den Bericht.",
     ("ceoOf", "Jonas Berg", "Quorix")),
    ("Die Reederei Kolbwerk übernimmt die Supermarktkette Quorix.",
     ("acquires", "Kolbwerk", "Quorix")),
    # the buyer of what a company sells
    ("Kolbwerk hat seine Tochter Quorix an den Finanzinvestor Vantiq verkauft.",
     ("acquires", "Vantiq", "Quorix")),
    ("Kolbwerk verkauft Quorix für 20 Millionen Euro an Vantiq.",
     ("acquires", "Vantiq", "Quorix")),
])
def test_german_company_descriptors_and_sales(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Kolbwerk verkauft in Oberursel Grundstücke an Vantiq.",
    "Kolbwerk hat 300 Autos an Vantiq verkauft.",
    "Die Firma Kolbwerk verkauft ihre Produkte an Quorix.",
])
def test_german_sales_of_goods_are_no_acquisitions(text: str) -> None:
    assert not any(p == "acquires" for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "person"), [
    ("Die Börse schwankt. Foto: Xandrit Volquessa Frankfurt (dpa) - Die Lage ist ernst.",
     "Xandrit Volquessa"),
    ("Von Xandrit Volquessa\nDer Club schließt.", "Xandrit Volquessa"),
])
def test_bylines_and_picture_credits_name_people(text: str, person: str) -> None:
    assert (person, "Person", person) in mentions(text, "de")


def test_two_unknown_words_elsewhere_are_no_person() -> None:
    found = mentions("Die Aktie von Xandrit Volquessa fiel.", "de")
    assert ("Xandrit Volquessa", "Organization", "Xandrit Volquessa") in found


def test_a_catalogue_persons_surname_alone_is_no_unknown_company() -> None:
    found = facts("Musk kauft Quorix.", "de")
    assert not any(s == "Musk" for _, s, _ in found)
