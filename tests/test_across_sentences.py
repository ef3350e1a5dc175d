"""Facts stated across sentences: a round's investors named after the raise, and subjects
that refer back ("the company", "der Konzern", "sie"). Sentences written for these tests;
every name in them is invented unless it is a catalogue company.
"""
from __future__ import annotations

import pytest

from kgraph.articles import article_from_bytes
from kgraph.pipeline import extract_article


def extraction(text: str, lang: str):
    return extract_article(article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang))


def facts(text: str, lang: str) -> set[tuple]:
    return {(r.predicate, r.subject.key, r.object.key if r.object else None)
            for r in extraction(text, lang).relations if not r.hedged}


EN_RAISE = ("Quillon, a Leeds logistics software startup, has raised $40 million in a Series B "
            "round. ")
DE_RAISE = ("Das Münchner Start-up Kolbrix hat in einer Finanzierungsrunde 30 Millionen Euro "
            "eingesammelt. ")

EN_INVESTORS = [
    ("Participation came from Lumen Capital and Northgate Partners.",
     ["Lumen Capital", "Northgate Partners"]),
    ("Backing came from Lumen Capital.", ["Lumen Capital"]),
    ("The money came from Lumen Capital, Northgate Partners and Sable Ventures.",
     ["Lumen Capital", "Northgate Partners", "Sable Ventures"]),
    ("The Series B was led by Harbor Peak Ventures.", ["Harbor Peak Ventures"]),
    ("The investment was co-led by Harbor Peak Ventures and Lumen Capital.",
     ["Harbor Peak Ventures", "Lumen Capital"]),
    ("Harbor Peak Ventures and Lumen Capital co-led the deal.",
     ["Harbor Peak Ventures", "Lumen Capital"]),
    ("Sable Ventures, which led the company's seed round in 2022, returned.", ["Sable Ventures"]),
    ("Sable Ventures, an early backer, also invested.", ["Sable Ventures"]),
    ("New investors Lumen Capital and Northgate Partners joined existing backer Sable Ventures.",
     ["Lumen Capital", "Northgate Partners", "Sable Ventures"]),
    ("Lumen Capital is the lead investor.", ["Lumen Capital"]),
    ("Lumen Capital, Northgate Partners and Sable Ventures participated as well.",
     ["Lumen Capital", "Northgate Partners", "Sable Ventures"]),
    ("Existing backers including Nvidia and Sable Ventures also put in more money.",
     ["Nvidia", "Sable Ventures"]),
    ("The round also included Lumen Capital and Northgate Partners.",
     ["Lumen Capital", "Northgate Partners"]),
    ("The company said it would hire engineers. Lumen Capital provided most of the money.",
     ["Lumen Capital"]),
]

DE_INVESTORS = [
    ("Bestandsinvestor Eichenhain Ventures stockte auf.", ["Eichenhain Ventures"]),
    ("Investiert haben Seewald Capital und Bergtal Partners.",
     ["Seewald Capital", "Bergtal Partners"]),
    ("Das Geld kommt von Seewald Capital und Bergtal Partners.",
     ["Seewald Capital", "Bergtal Partners"]),
    ("Hauptgeldgeber ist Nordlicht Ventures.", ["Nordlicht Ventures"]),
    ("Die Series A wurde von Nordlicht Ventures angeführt.", ["Nordlicht Ventures"]),
    ("Eichenhain Ventures, der bereits die Seed-Runde angeführt hatte, investierte erneut.",
     ["Eichenhain Ventures"]),
    ("Neben Nordlicht Ventures beteiligten sich Seewald Capital und Bergtal Partners.",
     ["Nordlicht Ventures", "Seewald Capital", "Bergtal Partners"]),
    ("Auch die Altinvestoren Eichenhain Ventures und Seewald Capital investierten erneut.",
     ["Eichenhain Ventures", "Seewald Capital"]),
    ("Das Unternehmen will international wachsen. Frisches Geld kommt unter anderem von "
     "Seewald Capital.", ["Seewald Capital"]),
]


@pytest.mark.parametrize(("text", "investors"), EN_INVESTORS, ids=[t for t, _ in EN_INVESTORS])
def test_english_investors_named_after_the_raise(text: str, investors: list[str]) -> None:
    found = facts(EN_RAISE + text, "en")
    for investor in investors:
        assert ("investsIn", investor, "Quillon") in found


@pytest.mark.parametrize(("text", "investors"), DE_INVESTORS, ids=[t for t, _ in DE_INVESTORS])
def test_german_investors_named_after_the_raise(text: str, investors: list[str]) -> None:
    found = facts(DE_RAISE + text, "de")
    for investor in investors:
        assert ("investsIn", investor, "Kolbrix") in found


EN_NOT_INVESTORS = [
    "Lumen Capital also backs Acme Robotics.",
    "Jane Roe, a partner at Lumen Capital, said the round was oversubscribed.",
    "Lumen Capital sold its stake in 2021.",
    "Lumen Capital declined to comment on the round.",
    "Lumen Capital was not among the investors.",
    "Lumen Capital invests mainly in startups across Europe.",
    "The company competes with Acme Robotics, which is backed by Lumen Capital.",
]
DE_NOT_INVESTORS = [
    "Seewald Capital ist auch an Acme Robotics beteiligt.",
    "Seewald Capital hatte seine Anteile 2022 verkauft.",
    "Ein Sprecher von Seewald Capital wollte sich zur Finanzierung nicht äußern.",
    "Seewald Capital investiert vor allem in junge Softwarefirmen.",
    "Seewald Capital hat kürzlich einen neuen Fonds über 200 Millionen Euro eingesammelt.",
]


@pytest.mark.parametrize("text", EN_NOT_INVESTORS)
def test_english_investor_near_misses(text: str) -> None:
    found = facts(EN_RAISE + text, "en")
    assert not any(f[0] == "investsIn" and f[2] == "Quillon" for f in found)


@pytest.mark.parametrize("text", DE_NOT_INVESTORS)
def test_german_investor_near_misses(text: str) -> None:
    found = facts(DE_RAISE + text, "de")
    assert not any(f[0] == "investsIn" and f[2] == "Kolbrix" for f in found)


def test_investors_go_to_the_last_company_that_raised() -> None:
    text = (EN_RAISE + "The round was led by Lumen Capital. Separately, Acme Robotics raised $5 "
            "million. Northgate Partners led that round, and Sable Ventures also invested.")
    found = facts(text, "en")
    assert ("investsIn", "Lumen Capital", "Quillon") in found
    assert ("investsIn", "Northgate Partners", "Acme Robotics") in found
    assert ("investsIn", "Sable Ventures", "Acme Robotics") in found
    assert ("investsIn", "Northgate Partners", "Quillon") not in found
    assert ("investsIn", "Sable Ventures", "Quillon") not in found


def test_german_investors_go_to_the_last_company_that_raised() -> None:
    text = (DE_RAISE + "Die Runde führte Nordlicht Ventures an. Auch das Kölner Start-up Trivolo "
            "hat Geld eingesammelt: zehn Millionen Euro. Angeführt wurde diese Runde von Seewald "
            "Capital, Bergtal Partners investierte ebenfalls.")
    found = facts(text, "de")
    assert ("investsIn", "Nordlicht Ventures", "Kolbrix") in found
    assert ("investsIn", "Seewald Capital", "Trivolo") in found
    assert ("investsIn", "Bergtal Partners", "Trivolo") in found
    assert ("investsIn", "Seewald Capital", "Kolbrix") not in found


def test_a_fund_an_investor_raised_is_no_round() -> None:
    text = (EN_RAISE + "Lumen Capital, which raised a $300 million fund in June, led the round. "
            "Northgate Partners also took part.")
    found = facts(text, "en")
    assert ("investsIn", "Lumen Capital", "Quillon") in found
    assert ("investsIn", "Northgate Partners", "Quillon") in found
    assert ("investsIn", "Northgate Partners", "Lumen Capital") not in found


def test_the_leader_of_a_round_is_not_its_company() -> None:
    text = EN_RAISE + ("Harbor Peak Ventures led the round, with participation from Lumen Capital "
                       "and Northgate Partners.")
    found = facts(text, "en")
    assert ("investsIn", "Lumen Capital", "Quillon") in found
    assert ("investsIn", "Lumen Capital", "Harbor Peak Ventures") not in found


def test_investors_named_later_get_a_lower_confidence() -> None:
    ex = extraction(EN_RAISE + "Backing came from Lumen Capital.", "en")
    rel = next(r for r in ex.relations if r.subject.key == "Lumen Capital")
    assert rel.evidence.rule == "round-investors"
    assert rel.evidence.confidence < 0.7


def test_no_raise_no_round_investors() -> None:
    text = "Quillon makes software for freight audits. Backing came from Lumen Capital."
    assert not any(f[0] == "investsIn" for f in facts(text, "en"))


def test_investors_of_a_round_in_the_raise_sentence_go_to_its_raiser() -> None:
    text = (DE_RAISE + "Das Start-up Trivolo baut Software für Speditionen. Die Kölner erhielten "
            "12 Millionen Euro in einer Runde, die der Investor Seewald Capital anführte.")
    found = facts(text, "de")
    assert ("investsIn", "Seewald Capital", "Trivolo") in found
    assert ("investsIn", "Seewald Capital", "Kolbrix") not in found


def test_german_townsfolk_stand_for_the_company_from_there() -> None:
    ex = extraction("Das Start-up Trivolo baut Software für Speditionen. Die Kölner erhielten 12 "
                    "Millionen Euro.", "de")
    assert any(m.source == "coref" and m.text == "Die Kölner" and m.key == "Trivolo"
               for m in ex.mentions)
    # before a noun the town word describes a name of its own: no reference back
    ex = extraction("Das Start-up Trivolo baut Software für Speditionen. Die Kölner Firma "
                    "Lernwerk GmbH wächst.", "de")
    assert not any(m.source == "coref" and m.text.startswith("Die Kölner") for m in ex.mentions)


def test_fresh_capital_is_a_raise() -> None:
    text = ("Auch das Start-up Trivolo hat frisches Kapital von namhaften Geldgebern. Die Runde "
            "führte Seewald Capital an.")
    assert ("investsIn", "Seewald Capital", "Trivolo") in facts(text, "de")


def test_the_company_after_a_rounds_investors_is_the_raiser() -> None:
    text = (EN_RAISE + "The round was led by Lumen Capital, with Northgate Partners and Sable "
            "Ventures as co-leads. Other participants included Acme Holdings and Birchfield "
            "Capital. The company, which was founded in 2019, plans to hire engineers.")
    ex = extraction(text, "en")
    company = next(m for m in ex.mentions if m.text == "The company")
    assert company.key == "Quillon"


def test_a_round_that_went_to_a_company_named_after_it_is_not_an_investor_sentence() -> None:
    text = ("Das Start-up Kolbrix hat sich frisches Kapital von Seewald Capital gesichert. Die "
            "zweite Runde ging an die Firma Trivolo aus Köln. Das Start-up, das Software für "
            "Speditionen entwickelt, erhält 20 Millionen Euro.")
    ex = extraction(text, "de")
    startup = next(m for m in ex.mentions if m.text == "Das Start-up")
    assert startup.key == "Trivolo"


def test_a_name_the_finder_broke_gives_no_investor() -> None:
    # "Goldman Sachs" is a catalogue company; "Goldman Sachs Harborview" read as two names
    text = EN_RAISE + "Other participants included Goldman Sachs Harborview and Lumen Capital."
    found = facts(text, "en")
    assert ("investsIn", "Lumen Capital", "Quillon") in found
    assert ("investsIn", "Goldman Sachs", "Quillon") not in found


# subjects and people that refer back

REFERS_BACK = [
    ("en", "Jane Doe founded Quillon Systems in 2019. She still runs the company.",
     ("ceoOf", "Jane Doe", "Quillon Systems")),
    ("en", "Quillon Systems reported strong sales. Jane Doe has led the company since 2020.",
     ("ceoOf", "Jane Doe", "Quillon Systems")),
    ("en", "Quillon Systems was founded in 2019. Its chief executive, Jane Doe, said sales "
           "doubled.", ("ceoOf", "Jane Doe", "Quillon Systems")),
    ("en", "Quillon Systems makes freight software, and last year it switched to Claude.",
     ("uses", "Quillon Systems", "Claude")),
    ("en", "Quillon Systems makes freight software. Last year it switched to Claude for its "
           "support desk.", ("uses", "Quillon Systems", "Claude")),
    ("en", "Quillon Systems signed a deal with Acme Robotics, and it acquired Lernwerk GmbH in "
           "March.", ("acquires", "Quillon Systems", "Lernwerk")),
    ("de", "Anna Berger hat die Kolbrix GmbH 2020 in Köln gegründet. Seit 2021 führt sie das "
           "Unternehmen.", ("ceoOf", "Anna Berger", "Kolbrix")),
    ("de", "Max Weber gründete 2019 in München die Kolbrix GmbH als Software-Firma. Er leitet "
           "das Unternehmen bis heute.", ("ceoOf", "Max Weber", "Kolbrix")),
    ("de", "Die Kolbrix GmbH meldet Rekordumsätze. Chefin des Unternehmens ist Anna Berger.",
     ("ceoOf", "Anna Berger", "Kolbrix")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), REFERS_BACK, ids=[t for _, t, _ in REFERS_BACK])
def test_a_subject_that_refers_back(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


REFERS_BACK_NEAR_MISSES = [
    # "it" after a sentence whose subject is another company
    ("en", "Quillon Systems makes freight software. Acme Robotics sells robots, and it switched "
           "to Claude last year.", ("uses", "Quillon Systems", "Claude")),
    ("en", "Quillon Systems makes freight software. Analysts say it is unclear whether Claude "
           "helps.", ("uses", "Quillon Systems", "Claude")),
    ("en", "Quillon Systems signed a deal with Acme Robotics, and it acquired Lernwerk GmbH in "
           "March.", ("acquires", "Acme Robotics", "Lernwerk")),
    ("en", "Quillon Systems reported strong sales. Jane Doe has led the round.",
     ("ceoOf", "Jane Doe", "Quillon Systems")),
    # two founders: "sie" may be either
    ("de", "Anna Berger und Max Weber haben die Kolbrix GmbH 2020 in Köln gegründet. Seit 2021 "
           "führt sie das Unternehmen.", ("ceoOf", "Anna Berger", "Kolbrix")),
    # a plural verb: "sie" are several
    ("de", "Anna Berger hat die Kolbrix GmbH 2020 in Köln gegründet. Seit 2021 führen sie das "
           "Unternehmen gemeinsam.", ("ceoOf", "Anna Berger", "Kolbrix")),
    ("de", "Die Kolbrix GmbH meldet Rekordumsätze. Seit Mai führt Anna Berger die Gespräche mit "
           "der Lernwerk GmbH.", ("ceoOf", "Anna Berger", "Lernwerk")),
    ("de", "Die Kolbrix GmbH meldet Rekordumsätze. Chefin des Unternehmens ist nicht mehr Anna "
           "Berger.", ("ceoOf", "Anna Berger", "Kolbrix")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), REFERS_BACK_NEAR_MISSES,
                         ids=[t for _, t, _ in REFERS_BACK_NEAR_MISSES])
def test_a_reference_back_that_is_not_meant(lang: str, text: str, fact: tuple) -> None:
    assert fact not in facts(text, lang)


def test_facts_through_a_reference_back_are_less_sure() -> None:
    stated = extraction("Quillon Systems uses Claude for its support desk.", "en")
    referred = extraction("Quillon Systems makes freight software. The company uses Claude for "
                          "its support desk.", "en")
    a = next(r for r in stated.relations if r.predicate == "uses")
    b = next(r for r in referred.relations if r.predicate == "uses")
    assert (a.subject.key, a.object.key) == (b.subject.key, b.object.key)
    assert b.evidence.confidence < a.evidence.confidence


def test_german_she_is_not_a_man_named_before() -> None:
    # "Sie" after Markus: the company (die Kolbrix GmbH), not him; after Anna: her
    ex = extraction("Markus Weber verkaufte im Mai die Kolbrix GmbH an einen Investor. Sie "
                    "gehört nun zum Lernwerk-Konzern.", "de")
    assert not any(m.source == "coref" and m.text == "Sie" and m.type == "Person"
                   for m in ex.mentions)
    ex = extraction("Anna Weber verkaufte im Mai die Kolbrix GmbH an einen Investor. Sie "
                    "leitet nun den Lernwerk-Konzern.", "de")
    assert any(m.source == "coref" and m.text == "Sie" and m.key == "Anna Weber"
               for m in ex.mentions)


def test_a_company_named_by_a_stand_in_for_taking_part_is_an_investor() -> None:
    # one sentence for the splitter ("Project A." reads as an initial): Siemens is named by
    # "Neu an Bord ist", the others by "beteiligen sich"
    text = (DE_RAISE + "Außerdem beteiligen sich Seewald Capital sowie die bisherigen Geldgeber "
            "Bergtal Partners und Project A. Neu an Bord ist der Industriekonzern Siemens.")
    found = facts(text, "de")
    assert ("investsIn", "Seewald Capital", "Kolbrix") in found
    assert ("investsIn", "Project A", "Kolbrix") in found
    assert ("investsIn", "Siemens", "Kolbrix") in found


def test_investors_of_the_company_in_the_genitive() -> None:
    text = ("Das Start-up Trivolo ist finanziell gut ausgestattet. Zu den Geldgebern des "
            "Unternehmens gehören Seewald Capital und Bergtal Partners.")
    found = facts(text, "de")
    assert ("investsIn", "Seewald Capital", "Trivolo") in found
    assert ("investsIn", "Bergtal Partners", "Trivolo") in found


def test_a_german_negation_at_the_end_of_a_long_clause() -> None:
    text = ("Das Start-up Trivolo ist finanziell gut ausgestattet. Eine Beteiligung von Siemens "
            "an dem Start-up gibt es nach Angaben des Konzerns nicht.")
    assert ("investsIn", "Siemens", "Trivolo") not in facts(text, "de")


def test_a_name_that_raised_money_is_what_the_startup_refers_to() -> None:
    assert ("uses", "Kolbrix", "Claude") in facts(
        "Kolbrix hat 30 Millionen Euro eingesammelt. Das Start-up nutzt Claude für den "
        "Kundendienst.", "de")
    assert ("uses", "Kolbrix", "Claude") in facts(
        "Kolbrix has raised $30 million. The startup uses Claude for customer service.", "en")
    # a name nothing types stays no antecedent
    assert ("uses", "Kolbrix", "Claude") not in facts(
        "Kolbrix baut Software für Speditionen. Das Start-up nutzt Claude für den Kundendienst.",
        "de")


def test_a_person_inside_a_list_of_round_investors_keeps_the_list() -> None:
    found = facts("The startup Quorix raised $5m. Its investors are Vantiq Capital, Jane Roe and "
                  "Kolbwerk Inc.", "en")
    assert {s for p, s, o in found if p == "investsIn" and o == "Quorix"} \
        == {"Vantiq Capital", "Kolbwerk"}
    # near miss: the company after the person is where the person works
    found = facts("The startup Quorix raised $5m. Its investors are Vantiq Capital and Jane Roe, "
                  "who works at Kolbwerk Inc.", "en")
    assert ("investsIn", "Kolbwerk", "Quorix") not in found


@pytest.mark.parametrize(("text", "found"), [
    ("Its rival and their partner", [("Its", "Organization"), ("their", "Organization")]),
    ("It ran. They said he and She left.", [("It", "topic"), ("They", "topic-org"),
                                            ("he", "Person"), ("She", "Person")]),
    # near misses: the same letters inside or at the start of other words, lowercase "it"
    ("Item, Theirs, the shell, Ithaca, they, its_x, xIts and it work.", []),
])
def test_english_pronouns_found_in_one_scan(text: str, found: list) -> None:
    from kgraph.coref import _EN_PRONOUN, _EN_PRONOUN_KIND

    assert [(m.group(), _EN_PRONOUN_KIND[m.lastgroup])
            for m in _EN_PRONOUN.finditer(text)] == found


# a company's people or team as the subject, and "den Assistenten" for the product before

STAFF_AND_ASSISTANT = [
    ("Die Elbgrund Bank AG hat einen neuen Kundenassistenten. Die rund 3.200 Beschäftigten "
     "arbeiten seit dem Frühjahr mit Microsoft 365 Copilot.",
     ("uses", "Elbgrund Bank", "Microsoft 365 Copilot")),
    ("Die Elbgrund Bank AG hat einen neuen Kundenassistenten. In der IT-Abteilung schreiben "
     "die Entwickler ihren Code mithilfe von GitHub Copilot.",
     ("uses", "Elbgrund Bank", "GitHub Copilot")),
    ("Das Kölner Start-up Tannwerk Robotics baut Greifarme. Als Simulationsumgebung verwendet "
     "das Team Nvidia Isaac Sim.", ("uses", "Tannwerk Robotics", "Isaac Sim")),
    ("Die Agentur Brisko Digital baut Webshops. Für größere Umbauten greift das Team "
     "zusätzlich auf Claude Code zurück.", ("uses", "Brisko Digital", "Claude Code")),
    ("Der Chemiekonzern Brisko hat Joule im Einkauf eingeführt, der Sportartikelhersteller "
     "Tannwerk nutzt den Assistenten in der Personalabteilung.", ("uses", "Tannwerk", "Joule")),
    # a subject after its verb, before the product: not the product's owner
    ("Die Kolbrix GmbH baut Software für Kanzleien. Technisch setzt Kolbrix auf das "
     "Mistral-Modell Mistral Large 2, für die Belegerkennung nutzt das Unternehmen Azure AI "
     "Document Intelligence von Microsoft.",
     ("uses", "Kolbrix", "Azure AI Document Intelligence")),
]


@pytest.mark.parametrize(("text", "fact"), STAFF_AND_ASSISTANT,
                         ids=[t for t, _ in STAFF_AND_ASSISTANT])
def test_german_staff_and_the_assistant_refer_back(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


STAFF_AND_ASSISTANT_NEAR_MISSES = [
    # someone else's people
    ("Die Elbgrund Bank AG hat einen neuen Kundenassistenten. Die Entwickler von Tannwerk "
     "Robotics nutzen Cursor.", ("uses", "Elbgrund Bank", "Cursor")),
    ("Die Elbgrund Bank AG hat einen neuen Kundenassistenten. Die Beschäftigten der "
     "Stadtverwaltung arbeiten mit Microsoft 365 Copilot.",
     ("uses", "Elbgrund Bank", "Microsoft 365 Copilot")),
    # a plural after "mit den": many agents, none named before
    ("Brisko hat Joule eingeführt. Tannwerk spricht mit den Agenten von Brisko.",
     ("uses", "Tannwerk", "Joule")),
    # the maker named beside its model is not "das Unternehmen"
    ("Die Kolbrix GmbH baut Software für Kanzleien. Technisch setzt Kolbrix auf das "
     "Mistral-Modell Mistral Large 2, für die Belegerkennung nutzt das Unternehmen Azure AI "
     "Document Intelligence von Microsoft.",
     ("uses", "Mistral AI", "Azure AI Document Intelligence")),
]


@pytest.mark.parametrize(("text", "fact"), STAFF_AND_ASSISTANT_NEAR_MISSES,
                         ids=[t for t, _ in STAFF_AND_ASSISTANT_NEAR_MISSES])
def test_german_staff_and_the_assistant_that_do_not_refer_back(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_a_description_does_not_lend_a_known_company_priority_over_a_nearer_name() -> None:
    # "Der Münchner Konzern" is the Allianz; the insurer after "Isarwerk" is Isarwerk
    text = ("Beim Versicherer Allianz SE ist Claude im Einsatz. Der Münchner Konzern prüft, den "
            "Einsatz auszuweiten. Einen anderen Weg geht die Tannwerk Versicherung. Der "
            "mittelgroße Versicherer verwendet Llama 3.1 405B auf eigenen Servern.")
    found = facts(text, "de")
    assert ("uses", "Tannwerk Versicherung", "Llama 3.1 405B") in found
    assert ("uses", "Allianz", "Llama 3.1 405B") not in found


EN_INTERVIEW = """Keeping freight moving: a talk with Orlen Vasquez of Tidewell

Tidewell, a Rotterdam start-up, plans barge routes for inland shipping. Its co-founder and chief
executive Orlen Vasquez talked to us about customers and money.

Who uses your planner today?

Three barge operators in the Netherlands. We also have a partnership with Vexor Systems, which
sells our planner to its own customers.

You raised money this spring.

Twenty million euros. Harbor Peak Ventures led it, and Sable Ventures came in.

Which model sits underneath?

A routing model we call Tidal-2, which we trained ourselves. Kelmar Freight runs our planner on
every barge.

What comes next?

Germany, and a second office.
"""

DE_INTERVIEW = """„Wir planen Schichten, keine Wunder“: Ein Gespräch mit Fenja Kolb

Das Leipziger Start-up Schichtwerk baut KI-Software für die Dienstplanung in Kliniken. Wir haben
mit Mitgründerin und Geschäftsführerin Fenja Kolb gesprochen.

Frau Kolb, wer nutzt Ihre Software?

Gut 40 Kliniken. Mit der Kelmar AG haben wir eine Partnerschaft, die Kelmar-Kliniken
setzen die unsere Planung in allen Häusern ein.

Sie haben im Frühjahr Geld eingesammelt.

Zwölf Millionen Euro. Angeführt wurde die Runde von Seewald Capital, dazu kam Bergtal Partners.

Welche Technik steckt dahinter?

Das Planungsmodell haben wir selbst trainiert, es heißt Dienstlot. Für Texte
verwenden wir Claude.

Was kommt als Nächstes?

Österreich.
"""


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # an interview's "we"/"our" in the answers and "you" in the questions are the company the
    # interview is with (the one company its introduction names)
    (EN_INTERVIEW, "en", ("partnersWith", "Tidewell", "Vexor Systems")),
    (EN_INTERVIEW, "en", ("investsIn", "Harbor Peak Ventures", "Tidewell")),
    (EN_INTERVIEW, "en", ("investsIn", "Sable Ventures", "Tidewell")),
    (EN_INTERVIEW, "en", ("developedBy", "Tidal-2", "Tidewell")),
    (DE_INTERVIEW, "de", ("partnersWith", "Schichtwerk", "Kelmar")),
    (DE_INTERVIEW, "de", ("investsIn", "Seewald Capital", "Schichtwerk")),
    (DE_INTERVIEW, "de", ("uses", "Schichtwerk", "Claude")),
])
def test_an_interviews_we_is_the_interviewees_company(text: str, lang: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # a possessive after a verb owns the object; the verb's subject is another company
    (EN_INTERVIEW, "en", ("ceoOf", "Kelmar Freight", "Tidewell")),
    (DE_INTERVIEW, "de", ("uses", "Schichtwerk", "Kelmar")),
    # an introduction naming two companies as often: no interviewee, no "we"
    (EN_INTERVIEW.replace("Tidewell, a Rotterdam start-up,", "Tidewell and Quaymark, two "
                          "Rotterdam start-ups,").replace("Vasquez of Tidewell",
                                                          "Vasquez of Quaymark"),
     "en", ("partnersWith", "Tidewell", "Vexor Systems")),
    # question headings in a report, not an interview: no question addresses anyone
    ("Tidewell plans barge routes\n\nTidewell, a Rotterdam start-up, plans routes.\n\n"
     "Who are the customers?\n\nWe hear that three barge operators signed up.\n\n"
     "What is the model?\n\nWe understand it works with Vexor Systems.\n\n"
     "What comes next?\n\nWe will report on it.\n",
     "en", ("partnersWith", "Tidewell", "Vexor Systems")),
])
def test_an_interviews_we_near_misses(text: str, lang: str, fact: tuple) -> None:
    assert fact not in facts(text, lang)
