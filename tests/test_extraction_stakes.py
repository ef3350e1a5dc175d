"""Stakes, shareholders and partnerships as news states them in passing.

Sentences written for these tests, with invented or other names; each case names a fact
that must be found, or one that must not.
"""
from __future__ import annotations

import pytest

from test_extraction import facts, hedged

FOUND = [
    # who a company's largest shareholder is
    ("en", "Quorix, a Berlin start-up, builds agents. Quorix's biggest shareholder is Tencent.",
     ("investsIn", "Tencent", "Quorix")),
    ("en", "Mistral AI's largest outside shareholder is Samsung, which backed it early.",
     ("investsIn", "Samsung", "Mistral AI")),
    ("en", "Anthropic counts Amazon as its largest shareholder, with a stake of a fifth.",
     ("investsIn", "Amazon", "Anthropic")),
    # a relative clause naming the holder
    ("en", "Velmora Games, in which NetEase holds a minority stake, was left out of the deal.",
     ("investsIn", "NetEase", "Velmora Games")),
    ("en", "Perplexity, of which Nvidia owns about 3 percent, raised more money.",
     ("investsIn", "Nvidia", "Perplexity")),
    # a share bought, with or without the sum
    ("en", "Tencent took 25 percent of the French studio Velmora Games for an undisclosed sum.",
     ("investsIn", "Tencent", "Velmora Games")),
    ("en", "Samsung bought 40 percent of Quorix in a deal worth $2.1 billion.",
     ("invests", "Samsung", "Quorix")),
    ("en", "Quorix, a Berlin start-up, builds agents. SoftBank completed its $4 billion "
     "investment in Quorix on Friday.",
     ("invests", "SoftBank", "Quorix")),
    # German: owned in part, the largest shareholder, a stake in a relative clause
    ("de", "Das Berliner Start-up Quorix baut Agenten. Quorix gehört seit 2021 mehrheitlich "
     "dem Finanzinvestor Permira.",
     ("investsIn", "Permira", "Quorix")),
    ("de", "Aleph Alpha gehört zu 30 Prozent der Siemens AG.",
     ("investsIn", "Siemens", "Aleph Alpha")),
    ("de", "Das Berliner Start-up Quorix baut Agenten. Größter Aktionär von Quorix ist der "
     "Softwarekonzern SAP.",
     ("investsIn", "SAP", "Quorix")),
    ("de", "Den Umbau leitete die Kölner Beratung Adesso, an der Bosch seit dem Sommer mit "
     "zehn Prozent beteiligt ist.", ("investsIn", "Bosch", "Adesso")),
    ("de", "Siemens hat die Runde angeführt und allein acht Millionen Euro beigesteuert.",
     ("invests", "Siemens", None)),
    # partnerships: the subject of "mit dem X zusammenarbeitet" is the one named in it
    ("de", "Die Software stammt vom Dienstleister Adesso, mit dem die Allianz seit Jahren "
     "eine Partnerschaft unterhält.", ("partnersWith", "Allianz", "Adesso")),
    ("de", "Gebaut hat sie der IT-Dienstleister Adesso, mit dem Bosch schon früher "
     "zusammengearbeitet hatte.", ("partnersWith", "Bosch", "Adesso")),
    ("de", "Die Telekom arbeitet bei der Quantum Edge Cloud in Hamburg mit Nvidia zusammen.",
     ("partnersWith", "Deutsche Telekom", "Nvidia")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), FOUND, ids=[t[:50] for _, t, _ in FOUND])
def test_stakes_and_partnerships_found(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


NOT_FOUND = [
    ("en", "Nvidia's largest customer is Microsoft.", ("investsIn", "Microsoft", "Nvidia")),
    ("en", "Apple took 20 percent of Samsung's sales last year.",
     ("investsIn", "Apple", "Samsung")),
    ("en", "Tencent took 30 percent of Quorix's market in China.",
     ("investsIn", "Tencent", "Quorix")),
    ("de", "Quorix gehört seit 2021 zu den Kunden von SAP.", ("investsIn", "SAP", "Quorix")),
    ("de", "Größter Kunde von Quorix ist die Deutsche Bahn.",
     ("investsIn", "Deutsche Bahn", "Quorix")),
    ("de", "Siemens hat den Umsatz gesteigert und acht Millionen Euro Gewinn beigesteuert.",
     ("invests", "Siemens", None)),
    # the old way round: the antecedent is not the clause's subject
    ("de", "Gebaut hat sie der IT-Dienstleister Adesso, mit dem Bosch schon früher "
     "zusammengearbeitet hatte.", ("partnersWith", "Adesso", "Bosch")),
    # "A and B, and C counts A": C is no investor of the company A and B back
    ("en", "Zhipu AI is backed by Alibaba and Tencent, and Moonshot AI counts Alibaba as its "
     "largest shareholder.", ("investsIn", "Moonshot AI", "Zhipu AI")),
    ("en", "Zhipu AI is backed by Alibaba and Tencent, and Moonshot AI counts Alibaba as its "
     "largest shareholder.", ("investsIn", "Alibaba", "Tencent")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), NOT_FOUND,
                         ids=[t[:50] for _, t, _ in NOT_FOUND])
def test_stakes_and_partnerships_not_found(lang: str, text: str, fact: tuple) -> None:
    assert fact not in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Quorix, a Berlin start-up, builds agents. Quorix's largest shareholder was never "
     "SoftBank, a spokesman said.",
     ("investsIn", "SoftBank", "Quorix")),
    ("de", "Den Umbau leitete die Kölner Beratung Adesso, an der Bosch nicht beteiligt ist.",
     ("investsIn", "Bosch", "Adesso")),
])
def test_denied_stakes_are_not_asserted(lang: str, text: str, fact: tuple) -> None:
    assert fact not in facts(text, lang)
    assert fact in hedged(text, lang)


def test_a_funds_parent_in_an_apposition_keeps_the_round_investors() -> None:
    text = ("Quorix has raised $30 million in a Series A round. Balderton led the round, with "
            "Accel and NVentures, the venture arm of Nvidia, also taking part.")
    found = {s for p, s, o in facts(text, "en") if p == "investsIn" and o == "Quorix"}
    assert {"Balderton Capital", "Accel", "NVentures"} <= found


def test_european_seed_investors_and_public_funders_are_known() -> None:
    text = ("Die Münchner Firma Quorix hat zwölf Millionen Euro eingesammelt. Angeführt wird die "
            "Runde vom High-Tech Gründerfonds, mit dabei sind La Famiglia und die NRW.Bank.")
    found = {s for p, s, o in facts(text, "de") if p == "investsIn" and o == "Quorix"}
    assert found == {"High-Tech Gründerfonds", "La Famiglia", "NRW.Bank"}
