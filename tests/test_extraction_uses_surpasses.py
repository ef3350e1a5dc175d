"""Uses and surpasses in news wording: comparatives, reported speech, lists and corrections.

Sentences written for these tests, with invented or other names; each case names a fact that
must be found, or one that must not be.
"""
from __future__ import annotations

import pytest

from test_extraction import facts, hedged

FOUND = [
    # a perfect tense with a long stretch before the participle
    ("de", "Der chinesische Hersteller Kolbex hat Vantar Robotics bei den ausgelieferten Robotern "
     "im vergangenen Jahr erstmals überholt.", ("surpasses", "Kolbex", "Vantar Robotics")),
    # "sowohl A als auch B" after the verb
    ("de", "Pharia-2, entwickelt von Aleph Alpha, überholte mit Platz fünf sowohl Llama 4 "
     "Maverick als auch Mistral Large 3.", ("surpasses", "Pharia-2", "Mistral Large 3")),
    ("de", "Pharia-2, entwickelt von Aleph Alpha, überholte mit Platz fünf sowohl Llama 4 "
     "Maverick als auch Mistral Large 3.", ("surpasses", "Pharia-2", "Llama 4 Maverick")),
    # reported speech (Konjunktiv I), the subject after the verb
    ("de", "Nach Einschätzung der Analysten überhole SAP bei Software für Versicherer nun den "
     "Rivalen Oracle.", ("surpasses", "SAP", "Oracle")),
    ("de", "Gemini 3 Pro verwies GPT-5.1 von OpenAI knapp auf den zweiten Platz.",
     ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    # comparatives of a count: "mehr X als", "weniger Fehler als"
    ("de", "Bei einem Vergleichstest erkannte Claude mehr Betrugsfälle als Gemini.",
     ("surpasses", "Claude", "Gemini")),
    ("de", "Im Praxistest machte Mistral Large 3 weniger Fehler als Llama 4 Maverick.",
     ("surpasses", "Mistral Large 3", "Llama 4 Maverick")),
    ("en", "In a test by Norvik Labs, Claude 3.5 Sonnet resolved more support tickets without a "
     "human than GPT-4o did.", ("surpasses", "Claude 3.5 Sonnet", "GPT-4o")),
    ("en", "In an independent test, Gemini 2.5 Flash transcribed Welsh accents with fewer errors "
     "than Whisper, the open speech model.", ("surpasses", "Gemini 2.5 Flash", "Whisper")),
    ("en", "Qwen3-32B left the open-weight Llama 3.1 70B far behind.",
     ("surpasses", "Qwen3-32B", "Llama 3.1 70B")),
    ("en", "Gemini 3 Pro stays in first place, narrowly ahead of Claude Opus 4.5.",
     ("surpasses", "Gemini 3 Pro", "Claude Opus 4.5")),
    # a second user after "and by"
    ("en", "Its main product, Claude, is used by Ford to sort images and by the insurer Aviva to "
     "sort claim photos.", ("uses", "Aviva", "Claude")),
    # a relative clause between a company's product and its verb
    ("en", "Datev's new bookkeeping assistant, which it introduced in spring, runs on Llama 4 "
     "Maverick.", ("uses", "Datev", "Llama 4 Maverick")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), FOUND, ids=[t[:60] for _, t, _ in FOUND])
def test_uses_and_surpasses_found(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


NOT_FOUND = [
    # more of what costs is no lead
    ("de", "Claude kostet mehr Geld als Gemini.", ("surpasses", "Claude", "Gemini")),
    ("de", "Claude braucht mehr Rechenzeit als Gemini.", ("surpasses", "Claude", "Gemini")),
    ("de", "Claude erreichte mehr als 80 Prozent, Gemini nur 70 Prozent.",
     ("surpasses", "Claude", "Gemini")),
    ("en", "Claude costs more money than Gemini.", ("surpasses", "Claude", "Gemini")),
    ("en", "Claude produced more errors than Gemini.", ("surpasses", "Claude", "Gemini")),
    ("en", "Claude solved fewer tasks than Gemini.", ("surpasses", "Claude", "Gemini")),
    ("en", "Claude is more expensive than Gemini.", ("surpasses", "Claude", "Gemini")),
    # the object of an earlier verb is no subject of "left ... behind"
    ("en", "Qwen3-32B pulled ahead of Claude Opus 4.5, the flagship made by Anthropic, and left "
     "the open-weight DeepSeek-V3.2 far behind.", ("surpasses", "Claude Opus 4.5",
                                                    "DeepSeek-V3.2")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), NOT_FOUND,
                         ids=[t[:60] for _, t, _ in NOT_FOUND])
def test_uses_and_surpasses_near_misses(lang: str, text: str, fact: tuple) -> None:
    assert fact not in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Correction: Earlier we wrote that Adidas uses Claude.", ("uses", "Adidas", "Claude")),
    ("en", "The blog wrongly reported that Adidas uses Claude.", ("uses", "Adidas", "Claude")),
    ("de", "Korrektur: Zuvor hatten wir geschrieben, dass die Allianz Claude nutzt.",
     ("uses", "Allianz", "Claude")),
])
def test_a_correction_takes_the_statement_back(lang: str, text: str, fact: tuple) -> None:
    assert fact not in facts(text, lang)
    assert fact in hedged(text, lang)


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Stadt Ulm nutzt PhariaAI bereits für ihren Bürgerservice.",
     ("uses", "Stadt Ulm", "PhariaAI")),
    ("Das Land Hessen setzt für seine Behördenpost auf Mistral Large 3.",
     ("uses", "Land Hessen", "Mistral Large 3")),
    ("Der Freistaat Sachsen nutzt Claude in drei Ministerien.",
     ("uses", "Freistaat Sachsen", "Claude")),
])
def test_a_town_or_land_named_as_a_body_uses(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_a_town_as_a_place_is_no_body_and_no_company_antecedent() -> None:
    found = facts("In der Stadt Ulm eröffnet SAP ein Büro.", "de")
    assert not any("Stadt Ulm" in (f[1], f[2]) for f in found)
    # "das Unternehmen" after a town named as a body is still the company
    found = facts("Die Stadt Ulm nutzt Claude. Das Unternehmen Anthropic wird von Dario Amodei "
                  "geführt. Das Unternehmen verdoppelte den Umsatz, sagte Chef Dario Amodei.",
                  "de")
    assert ("ceoOf", "Dario Amodei", "Stadt Ulm") not in found


def test_an_earlier_entry_corrected_is_no_fact() -> None:
    text = ("Korrektur: In einem früheren Eintrag hatten wir geschrieben, die Stadt Ulm nutze "
            "den Chatbot Claude.")
    assert ("uses", "Stadt Ulm", "Claude") not in facts(text, "de")


@pytest.mark.parametrize(("lang", "text", "fact"), [
    # an article before the subject and the object of "lag ... vor"
    ("de", "In Messungen lag der H200 bei der Energieeffizienz vor dem MI300X.",
     ("surpasses", "H200", "MI300X")),
    ("de", "Laut Test lag die Gaudi 3 knapp vor Nvidias H100.", ("surpasses", "Gaudi 3", "H100")),
    # "second only to Y", "second, behind Y": Y is ahead
    ("en", "Claude Opus 4.5 ranks second only to GPT-5.1 on the maths board.",
     ("surpasses", "GPT-5.1", "Claude Opus 4.5")),
    ("en", "Qwen3-32B finished second, behind Llama 4 Maverick.",
     ("surpasses", "Llama 4 Maverick", "Qwen3-32B")),
])
def test_rank_wordings(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


def test_second_alone_names_no_rival() -> None:
    found = facts("Claude Opus 4.5 came second in the race, and GPT-5.1 won.", "en")
    assert ("surpasses", "Claude Opus 4.5", "GPT-5.1") not in found
    assert ("surpasses", "GPT-5.1", "Claude Opus 4.5") not in found
