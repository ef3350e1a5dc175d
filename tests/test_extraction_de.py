"""German extraction rules on sentences written for these tests (issue #3).

Kept beside test_extraction.py, whose helpers it uses, so that the German and the
English rules grow in two files."""
from __future__ import annotations

import pytest

from kgraph.articles import article_from_bytes
from kgraph.pipeline import extract_article
from test_extraction import facts, hedged, mentions


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


@pytest.mark.parametrize(("text", "name"), [
    # the cue's noun phrase opens the sentence: the word before the verb is the name
    ("Der Ulmer Pumpenhersteller Heller streicht 80 Stellen.", "Heller"),
    ("Das Leipziger Start-up Wolkendaten hat zwölf Entwickler eingestellt.", "Wolkendaten"),
    ("Beim Bremer Zulieferer Brenner, der Achsen fertigt, ruht die Arbeit.", "Brenner"),
    # or ends the sentence
    ("Ein Finanzinvestor kauft den Armaturenhersteller Falter.", "Falter"),
])
def test_german_word_after_a_company_cue_is_a_name_where_no_noun_fits(text: str,
                                                                     name: str) -> None:
    assert (name, "Organization", name) in mentions(text, "de")


@pytest.mark.parametrize(("text", "word"), [
    ("Weil das Unternehmen Gewinne macht, steigt die Aktie.", "Gewinne"),
    ("Das Unternehmen Gewinne zu lassen ist teuer.", "Gewinne"),
    ("Das Geld stammt von der Firma Kunden.", "Kunden"),
    ("Der Konzern Anfang des Jahres war kleiner.", "Anfang"),
    ("Laut Umfrage will der Versorger Daten besser schützen.", "Daten"),
])
def test_german_noun_after_a_company_cue_stays_a_noun(text: str, word: str) -> None:
    assert not any(w == word for w, _, _ in mentions(text, "de"))


def test_a_company_name_ends_before_a_plural_noun() -> None:
    found = mentions("Die Sparkasse Ulm Kreditanträge prüfen zu lassen dauert.", "de")
    assert not any("Kreditanträge" in w for w, _, _ in found)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Die Versicherungsgruppe Nordwall Assekuranz wächst.", "Nordwall Assekuranz",
     "Organization"),
    ("Laut dem Marktforscher Kantrix wächst der Markt.", "Kantrix", "Organization"),
    ("Eine Studie der Unternehmensberatung Velmont zeigt das.", "Velmont", "Organization"),
    ("Die Firma Brockwerk bringt das Analysewerkzeug Tessio auf den Markt.", "Tessio",
     "Product"),
    # an unknown name after "bei" is a company
    ("Die Probleme bei Quorix sind groß.", "Quorix", "Organization"),
])
def test_german_trade_words_and_bei_type_unknown_names(text: str, name: str, kind: str) -> None:
    assert (name, kind, name) in mentions(text, "de")


def test_a_kind_of_group_introduces_no_name() -> None:
    assert mentions("Die Zielgruppe Senioren wächst.", "de") == []
    assert not any(t == "Organization" for _, t, _ in
                   mentions("Das Treffen bei Xaver Lindner dauerte lange.", "de"))


@pytest.mark.parametrize("text", [
    "Claude kommt bei Quorix zum Einsatz.",
    "Bei Quorix ist Claude seit Mai im Einsatz.",
    "Die Versicherungsgruppe Nordwall Assekuranz nutzt Claude.",
])
def test_german_use_by_a_company_named_once(text: str) -> None:
    assert any(p == "uses" and o == "Claude" for p, _, o in facts(text, "de"))


def test_a_market_researcher_quoted_is_not_the_maker_a_descriptor_means() -> None:
    found = facts("Bosch wächst kräftig. Das zeigen Zahlen des Marktforschers Quellmark. "
                  "Der Werkzeughersteller übernimmt die Firma Vantiq.", "de")
    assert ("acquires", "Bosch", "Vantiq") in found
    assert ("acquires", "Quellmark", "Vantiq") not in found
    # a descriptor of its own trade still points to it
    assert ("acquires", "Quellmark", "Vantiq") in facts(
        "Bosch wächst. Das zeigen Zahlen des Marktforschers Quellmark. Der Marktforscher "
        "übernimmt die Firma Vantiq.", "de")



def test_a_known_market_researcher_is_not_the_maker_a_descriptor_means() -> None:
    # organizations.tsv category "adviser": what patterns/de/descriptors.tsv excludes from
    # every descriptor but its own trade's ("der Marktforscher")
    found = facts("Bosch wächst kräftig. Das zeigen Zahlen des Marktforschers Canalys. "
                  "Der Werkzeughersteller übernimmt die Firma Vantiq.", "de")
    assert ("acquires", "Bosch", "Vantiq") in found
    assert ("acquires", "Canalys", "Vantiq") not in found
    assert ("acquires", "Canalys", "Vantiq") in facts(
        "Bosch wächst. Das zeigen Zahlen des Marktforschers Canalys. Der Marktforscher "
        "übernimmt die Firma Vantiq.", "de")

def test_a_german_outlet_quoted_as_source_is_no_antecedent() -> None:
    # patterns/de/source_before.txt: "gegenüber dem Handelsblatt" quotes a source
    text = ("Quorix baut sein Rechenzentrum aus, sagte ein Sprecher gegenüber dem Handelsblatt. "
            "Das Unternehmen nutzt außerdem Gemini.")
    assert ("uses", "Handelsblatt", "Gemini") not in facts(text, "de")


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # one check for every trade word (patterns/<lang>/descriptors.tsv): an unknown company
    # introduced as a chipmaker is not what "das Start-up" means ...
    ("Bosch kooperiert mit dem Chiphersteller Velmar. Das Start-up übernimmt die Firma Vantiq.",
     "de", None),
    ("Quorix signed a deal with the chipmaker Velmar. The startup acquired Vantiq Labs.", "en",
     None),
    # ... but what a descriptor of its own trade means
    ("Bosch kooperiert mit dem Chiphersteller Velmar. Der Chiphersteller übernimmt die Firma "
     "Vantiq.", "de", ("acquires", "Velmar", "Vantiq")),
    # "the investor" names a role any company may have: it restricts no trade
    ("The chipmaker Velmar invested $10 million in Quorix. The investor also acquired Vantiq "
     "Labs.", "en", ("acquires", "Velmar", "Vantiq Labs")),
    ("Nvidia investiert 10 Millionen Euro in Quorix. Der Investor übernimmt zudem die Firma "
     "Vantiq.", "de", ("acquires", "Nvidia", "Vantiq")),
])
def test_a_company_introduced_by_its_trade_is_no_descriptor_of_another_trade(
        text: str, lang: str, fact: tuple | None) -> None:
    found = {f for f in facts(text, lang) if f[0] == "acquires"}
    assert found == ({fact} if fact else set())


def test_two_unknown_words_elsewhere_are_no_person() -> None:
    found = mentions("Die Aktie von Xandrit Volquessa fiel.", "de")
    assert ("Xandrit Volquessa", "Organization", "Xandrit Volquessa") in found


def test_a_legal_form_with_its_period_ends_the_sentence() -> None:
    found = facts("Kolbwerk übernimmt die Vantiq GmbH. Die Quorix AG nutzt Claude.", "de")
    assert ("acquires", "Kolbwerk", "Vantiq") in found
    assert ("acquires", "Vantiq", "Quorix") not in found
    # an abbreviation inside the name goes on
    assert ("acquires", "Vantiq", "Quorix") in facts(
        "Die Vantiq GmbH & Co. KG übernimmt Quorix.", "de")


def test_a_catalogue_persons_surname_alone_is_no_unknown_company() -> None:
    found = facts("Musk kauft Quorix.", "de")
    assert not any(s == "Musk" for _, s, _ in found)


# Breadth of phrasing (issue #3): the ways German news says who backs, uses and buys whom.
# Each rule has sentences that must give the fact and near misses that must not.
@pytest.mark.parametrize(("text", "fact"), [
    # investors named as a list, the company first
    ("Zu den Geldgebern von Mistral AI zählen Nvidia und Microsoft.",
     ("investsIn", "Microsoft", "Mistral AI")),
    ("Die Investoren von Aleph Alpha sind unter anderem Bosch und SAP.",
     ("investsIn", "SAP", "Aleph Alpha")),
    ("Mistral AI zählt Nvidia und Samsung zu seinen Geldgebern.",
     ("investsIn", "Samsung", "Mistral AI")),
    ("Anthropic hat Amazon und Google als Geldgeber.", ("investsIn", "Google", "Anthropic")),
    ("Das Start-up Quorix holt Siemens als Ankerinvestor an Bord.",
     ("investsIn", "Siemens", "Quorix")),
    ("Hinter Mistral AI stehen Investoren wie Nvidia und General Catalyst.",
     ("investsIn", "General Catalyst", "Mistral AI")),
    # the lead of a round named in the sentence before
    ("Quorix hat 80 Millionen Euro eingesammelt. Die Runde führte General Catalyst an.",
     ("investsIn", "General Catalyst", "Quorix")),
    ("Quorix hat 80 Millionen Euro eingesammelt. Lead-Investor ist Sequoia.",
     ("investsIn", "Sequoia Capital", "Quorix")),
    ("Quorix erhält 80 Millionen Euro. Federführend war Lightspeed.",
     ("investsIn", "Lightspeed Venture Partners", "Quorix")),
    ("Quorix hat 80 Millionen Euro eingesammelt. Ebenfalls mit dabei ist Nvidia.",
     ("investsIn", "Nvidia", "Quorix")),
    ("Quorix hat in einer von Sequoia angeführten Finanzierungsrunde 80 Millionen Euro erhalten.",
     ("investsIn", "Sequoia Capital", "Quorix")),
    ("Quorix sammelte unter Führung von Lightspeed 80 Millionen Euro ein.",
     ("investsIn", "Lightspeed Venture Partners", "Quorix")),
    # stakes
    ("Microsoft ist mit 49 Prozent an OpenAI beteiligt.", ("investsIn", "Microsoft", "OpenAI")),
    ("Mistral AI, an dem auch Nvidia beteiligt ist, wächst schnell.",
     ("investsIn", "Nvidia", "Mistral AI")),
    ("Samsung, das seit 2023 an Aleph Alpha beteiligt ist, erhöht den Anteil.",
     ("investsIn", "Samsung", "Aleph Alpha")),
    ("Der Einstieg von Microsoft bei Mistral AI rief die Wettbewerbshüter auf den Plan.",
     ("investsIn", "Microsoft", "Mistral AI")),
    ("Die Investition von ASML in Mistral AI beläuft sich auf 1,3 Milliarden Euro.",
     ("investsIn", "ASML", "Mistral AI")),
    ("Siemens kauft sich mit 20 Prozent bei Quorix ein.", ("investsIn", "Siemens", "Quorix")),
    # backed: passive and attributive
    ("Das Start-up Quorix wird unter anderem von Siemens finanziert.",
     ("investsIn", "Siemens", "Quorix")),
    ("Das von Nvidia unterstützte Start-up Quorix stellt ein Modell vor.",
     ("investsIn", "Nvidia", "Quorix")),
    ("Die von Bosch und SAP finanzierte Quorix wächst.", ("investsIn", "SAP", "Quorix")),
    ("Nvidia unterstützt Mistral AI mit 100 Millionen Euro.",
     ("invests", "Nvidia", "Mistral AI")),
])
def test_german_investors_in_many_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Geldgeber von Mistral AI sind nervös.", ("investsIn", "Nvidia", "Mistral AI")),
    ("Nvidia zählt Mistral AI zu seinen Kunden.", ("investsIn", "Mistral AI", "Nvidia")),
    ("Mistral AI hat Nvidia als Kunden gewonnen.", ("investsIn", "Nvidia", "Mistral AI")),
    ("Hinter Mistral AI steht Nvidia als Partner.", ("investsIn", "Nvidia", "Mistral AI")),
    ("Nvidia ist an der Entwicklung von Mistral AI beteiligt.",
     ("investsIn", "Nvidia", "Mistral AI")),
    ("Google unterstützt Mistral AI mit Rechenleistung.", ("investsIn", "Google", "Mistral AI")),
    ("Die Deutsche Bahn kauft sich bei Siemens neue Züge ein.",
     ("investsIn", "Deutsche Bahn", "Siemens")),
    ("Die Deutsche Bahn kauft sich bei Siemens neue Züge ein.",
     ("acquires", "Deutsche Bahn", "Siemens")),
    ("Microsoft steigt nicht bei Mistral AI ein.", ("investsIn", "Microsoft", "Mistral AI")),
    ("Nvidia plant einen Einstieg bei Mistral AI.", ("investsIn", "Nvidia", "Mistral AI")),
    ("Der geplante Einstieg von Microsoft bei Mistral AI stößt auf Kritik.",
     ("investsIn", "Microsoft", "Mistral AI")),
    # a clause after "und" has its own subject: Anthropic invests nothing here
    ("Amazon legt bei Anthropic nach und investiert weitere 4 Milliarden Dollar.",
     ("invests", "Anthropic", None)),
])
def test_german_investor_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Bei der Deutschen Bahn ist GPT-4o seit dem Sommer im Einsatz.",
     ("uses", "Deutsche Bahn", "GPT-4o")),
    ("GPT-4o ist bei der Deutschen Bahn im Einsatz.", ("uses", "Deutsche Bahn", "GPT-4o")),
    ("Zalando hat Gemini bereits im Einsatz.", ("uses", "Zalando", "Gemini")),
    ("Siemens hat sich für Claude entschieden.", ("uses", "Siemens", "Claude")),
    ("Siemens entschied sich nach langen Tests für GPT-4o.", ("uses", "Siemens", "GPT-4o")),
    ("Die Telekom baut Llama in ihren Sprachassistenten ein.",
     ("uses", "Deutsche Telekom", "Llama")),
    ("SAP bindet Mistral Large in seine Plattform ein.", ("uses", "SAP", "Mistral Large")),
    ("SAP hat Mistral Large in seine Plattform eingebunden.", ("uses", "SAP", "Mistral Large")),
    ("Die Allianz stattet ihre Sachbearbeiter mit Claude aus.", ("uses", "Allianz", "Claude")),
    ("Die Allianz hat alle Mitarbeiter mit Claude ausgestattet.", ("uses", "Allianz", "Claude")),
    ("Der Einsatz von Claude bei der Allianz spart Zeit.", ("uses", "Allianz", "Claude")),
])
def test_german_use_in_many_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Allianz nutzt Claude nicht.", ("uses", "Allianz", "Claude")),
    ("Bei der Allianz ist Claude nicht mehr im Einsatz.", ("uses", "Allianz", "Claude")),
    ("Die Allianz hat sich gegen Claude entschieden.", ("uses", "Allianz", "Claude")),
    ("Die Allianz setzt Claude nicht mehr ein.", ("uses", "Allianz", "Claude")),
])
def test_german_use_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Mit der Übernahme von Quorix stärkt Siemens sein Softwaregeschäft.",
     ("acquires", "Siemens", "Quorix")),
    ("Siemens komplettiert die Übernahme von Quorix.", ("acquires", "Siemens", "Quorix")),
    ("Der neue Eigentümer von Quorix ist Siemens.", ("acquires", "Siemens", "Quorix")),
    ("Siemens ist damit neuer Eigentümer von Quorix.", ("acquires", "Siemens", "Quorix")),
    ("Siemens, das im Frühjahr Quorix übernommen hatte, wächst.",
     ("acquires", "Siemens", "Quorix")),
    ("Die von Siemens übernommene Quorix baut Stellen ab.", ("acquires", "Siemens", "Quorix")),
    ("Die 2024 von Siemens gekaufte Firma Quorix wächst.", ("acquires", "Siemens", "Quorix")),
    ("Quorix wird damit Teil von Siemens.", ("acquires", "Siemens", "Quorix")),
    ("Quorix schlüpft unter das Dach von Siemens.", ("acquires", "Siemens", "Quorix")),
])
def test_german_acquisitions_in_many_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Mit dem Kauf von Quorix hatte Siemens nichts zu tun.", ("acquires", "Siemens", "Quorix")),
    ("Die von Siemens gekauften Aktien von Quorix steigen.", ("acquires", "Siemens", "Quorix")),
    ("Siemens übernimmt Quorix doch nicht.", ("acquires", "Siemens", "Quorix")),
    ("Siemens, das Quorix nicht übernommen hat, wächst.", ("acquires", "Siemens", "Quorix")),
    ("Die geplante Übernahme von Quorix durch Siemens stößt auf Kritik.",
     ("acquires", "Siemens", "Quorix")),
    ("Quorix wird Teil der Lieferkette von Siemens.", ("acquires", "Siemens", "Quorix")),
])
def test_german_acquisition_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # rounds: the lead in a headline, "-Runde" compounds, investors who "zogen mit"
    ("Lightspeed führt Finanzierungsrunde bei Quorix an",
     ("investsIn", "Lightspeed Venture Partners", "Quorix")),
    ("Quorix hat 40 Millionen Euro eingesammelt. Angeführt wurde die Seed-Runde von Earlybird.",
     ("investsIn", "Earlybird", "Quorix")),
    ("Quorix hat 40 Millionen Euro eingesammelt. Die Altinvestoren Lightspeed und Sequoia zogen "
     "mit.",
     ("investsIn", "Sequoia Capital", "Quorix")),
    ("Quorix hat 40 Millionen Euro eingesammelt. Auch Brightwave, die Beteiligungstochter des "
     "Konzerns Bosch, beteiligt sich erstmals.", ("investsIn", "Brightwave", "Quorix")),
    ("Der Fonds Brightwave, der inzwischen knapp zwölf Prozent an Aleph Alpha hält, stockt auf.",
     ("investsIn", "Brightwave", "Aleph Alpha")),
    ("Bosch hält rund 10 Prozent an Aleph Alpha.", ("investsIn", "Bosch", "Aleph Alpha")),
    # uses: inverted after an adverbial, "Beim ...", switching models, a product between
    ("Für die Suche greift Zalando auf Claude von Anthropic zurück.",
     ("uses", "Zalando", "Claude")),
    ("Beim Versicherer Allianz ist das Anthropic-Modell Claude im Einsatz.",
     ("uses", "Allianz", "Claude")),
    ("Die Commerzbank hat ihren Chatbot im Mai von GPT-4o auf Mistral Large umgestellt.",
     ("uses", "Commerzbank", "Mistral Large")),
    ("Otto hat das Black-Forest-Labs-Modell FLUX.1 Kontext in Photoshop integriert.",
     ("developedBy", "FLUX.1 Kontext", "Black Forest Labs")),
    ("Adobe hat das Black-Forest-Labs-Modell FLUX.1 Kontext in Photoshop integriert.",
     ("uses", "Adobe", "FLUX.1 Kontext")),
    ("Der Versicherer Allianz baut eine Plattform. Der mittelgroße Versicherer verwendet das "
     "Modell Claude.", ("uses", "Allianz", "Claude")),
    # comparisons from the loser's side; "lässt ... hinter sich" with words between
    ("In Tests schnitt Llama schlechter ab als das OpenAI-Modell GPT-4o.",
     ("surpasses", "GPT-4o", "Llama")),
    ("Gemini 3 Pro lässt in den Tests des Herstellers GPT-5.1 klar hinter sich.",
     ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    ("Nur Gemini 3 Pro schneidet in der unabhängigen Rangliste von Arena noch etwas besser ab als "
     "GPT-5.1.", ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    # makers: a relative "dessen Plattform", an apposition with the owner's possessive
    ("Siemens übernimmt den Softwareanbieter Quorix. Der Konzern zahlt 5,1 Milliarden Euro für "
     "den Anbieter, dessen Plattform Lunaris Messdaten auswertet.",
     ("developedBy", "Lunaris", "Quorix")),
    ("Die Suche von Grok, dem Chatbot von Elon Musks xAI, ist neu.",
     ("developedBy", "Grok", "xAI")),
    # acquisitions: "hat sich X Y einverleibt", a partner with a two-word descriptor
    ("Im Frühjahr hat sich das Unternehmen Siemens das Kölner Start-up Quorix einverleibt.",
     ("acquires", "Siemens", "Quorix")),
    ("Gemeinsam mit dem Hamburger Cloud-Anbieter Quorix GmbH bietet SAP eine Version an.",
     ("partnersWith", "SAP", "Quorix")),
])
def test_german_phrasings_found_in_training_articles(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # a headline with two deals: the first target does not buy the second buyer
    ("Siemens schluckt Quorix, Bosch kauft Vantiq: Einkaufstour", ("acquires", "Quorix", "Bosch")),
    # a verb-final use does not reach over a comma into another clause
    ("Der Chatbot von xAI lief anfangs mit Flux, inzwischen setzt xAI auf ein eigenes Modell.",
     ("uses", "xAI", "Flux")),
    # a second descriptor in the same clause is another company, even after "5,1"
    ("Siemens übernimmt den Softwareanbieter Quorix. Der Konzern zahlt 5,1 Milliarden Euro für "
     "den Anbieter, dessen Plattform Lunaris Messdaten auswertet.",
     ("developedBy", "Lunaris", "Siemens")),
    ("Hallerbach hängt bei den Tests von Quorix ab.", ("surpasses", "Hallerbach", "Quorix")),
    ("Quorix hat 40 Millionen Euro eingesammelt. Die Altinvestoren Lightspeed und Sequoia zogen "
     "mit.",
     ("investsIn", "Altinvestoren", "Quorix")),
])
def test_german_phrasings_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_a_model_and_its_maker_are_no_person_named_von() -> None:
    found = mentions("Dafür greift Quorix auf Claude von Anthropic zurück.", "de")
    assert not any(t == "Person" for _, t, _ in found)


def test_camel_case_words_are_names_in_german() -> None:
    assert ("NVentures", "Name", "NVentures") in mentions("Auch NVentures zahlt mit.", "de")


@pytest.mark.parametrize(("text", "fact"), [
    # a CEO title with no company of its own: the company the text is about
    ("Die Commerzbank hat ihren Chatbot umgestellt. Ausschlaggebend sei der Preis gewesen, "
     "sagte Vorstandschefin Bettina Orlopp.", ("ceoOf", "Bettina Orlopp", "Commerzbank")),
    ("Die Allianz wächst. Vorstandschef Oliver Bäte sagte, man sei zufrieden.",
     ("ceoOf", "Oliver Bäte", "Allianz")),
    ("Aleph Alpha hat 40 Millionen Euro eingesammelt. Gründer und Chef Jonas Andrulis will das "
     "Geld in Agenten stecken.", ("ceoOf", "Jonas Andrulis", "Aleph Alpha")),
    # investors: "sind dabei", "mit zehn Millionen Euro bei X ein", "Kapital von A und B gesichert"
    ("Quorix hat 40 Millionen Euro eingesammelt. Auch Lightspeed sowie Bestandsinvestor Sequoia "
     "sind dabei.", ("investsIn", "Sequoia Capital", "Quorix")),
    ("Die Datev eG, größter Anbieter für Steuerkanzleien in Deutschland, steigt mit zehn "
     "Millionen Euro bei Aleph Alpha ein.", ("invests", "Datev", "Aleph Alpha")),
    ("Das Start-up Aleph Alpha hat sich frisches Kapital von Bosch und SAP gesichert.",
     ("investsIn", "SAP", "Aleph Alpha")),
    ("Aleph Alpha hat 40 Millionen Euro eingesammelt. Geldgeber der Seed-Runde war noch der "
     "Konzern Bosch gewesen.", ("investsIn", "Bosch", "Aleph Alpha")),
    # makers: "Das Produkt des Start-ups, der Assistent Y", "Y des Pariser Herstellers X"
    ("Das Start-up Quorix wächst. Das Produkt des Start-ups, der Kanzleiassistent Lexbot, baut auf "
     "GPT-4.1 auf.", ("developedBy", "Lexbot", "Quorix")),
    ("Das Start-up Quorix wächst. Das Produkt des Start-ups, der Kanzleiassistent Lexbot, baut auf "
     "GPT-4.1 auf.", ("uses", "Quorix", "GPT-4.1")),
    ("Mistral Medium 3 des Pariser Herstellers Mistral AI liegt vor Llama 4 Maverick.",
     ("surpasses", "Mistral Medium 3", "Llama 4 Maverick")),
    ("Gemini 2.5 Pro des Suchmaschinenriesen Google ist neu.",
     ("developedBy", "Gemini 2.5 Pro", "Google")),
    # "schlägt nach Angaben des Konzerns sowohl A als auch B"
    ("Alibaba zeigt Qwen3-Max. Qwen3-Max schlägt nach Angaben des Konzerns sowohl Claude Opus 4 "
     "als auch DeepSeek-V3.1.", ("surpasses", "Qwen3-Max", "DeepSeek-V3.1")),
    ("Covestro gehört nun vollständig zu Bosch.", ("acquires", "Bosch", "Covestro")),
    ("Die Software AG hat einen neuen Eigentümer: Sie gehört seit 2023 zu dem Finanzinvestor "
     "Silver Lake.", ("acquires", "Silver Lake", "Software AG")),
    ("Für kleinere Firmen hat die Telekom zusammen mit dem Berliner Start-up Aleph Alpha ein "
     "Angebot geschnürt.", ("partnersWith", "Deutsche Telekom", "Aleph Alpha")),
    ("Das Beratungshaus Benchwerk stellt seine Werkzeuge von GPT-4o auf Claude Sonnet 4.5 um.",
     ("uses", "Benchwerk", "Claude Sonnet 4.5")),
])
def test_german_phrasings_of_the_second_training_half(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Allianz wächst. Der frühere Vorstandschef Oliver Bäte sagte, man sei zufrieden.",
     ("ceoOf", "Oliver Bäte", "Allianz")),
    ("Die Allianz wächst. Sagte SAP-Chef Christian Klein.",
     ("ceoOf", "Christian Klein", "Allianz")),
    # "zusammen" with an amount is a total, not a joint act
    ("Das Start-up Aleph Alpha hat sich Kapital von Bosch und SAP gesichert, zusammen 35 Millionen "
     "Euro.", ("partnersWith", "Bosch", "SAP")),
    ("Quorix, Aleph Alpha und Helsing sammeln zusammen 120 Millionen Euro ein.",
     ("partnersWith", "Aleph Alpha", "Helsing")),
    # money from A and B: neither raised it
    ("Aleph Alpha hat sich Kapital von Bosch und SAP gesichert. Helsing erhält 20 Millionen Euro; "
     "die Runde führte Earlybird an.", ("investsIn", "Earlybird", "SAP")),
    ("Berichten, wonach Bosch ein Angebot gemeinsam mit der Telekom einreichen wolle, widersprach "
     "ein Sprecher.", ("partnersWith", "Bosch", "Deutsche Telekom")),
])
def test_german_second_half_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # rankings from either side and in other words
    ("Claude Opus 4.5 führt die Rangliste knapp vor GPT-5.1 an.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("In den neuen Tests übertrifft Claude Opus 4.5 das Konkurrenzmodell GPT-5.1.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("GPT-5.1 muss sich Claude Opus 4.5 beim Programmieren geschlagen geben.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("Llama 4 Maverick unterliegt Qwen3-Max in fast allen Disziplinen.",
     ("surpasses", "Qwen3-Max", "Llama 4 Maverick")),
    ("Qwen3-Max erzielt in Mathematik bessere Werte als Llama 4 Maverick.",
     ("surpasses", "Qwen3-Max", "Llama 4 Maverick")),
    ("Qwen3-Max ist Llama 4 Maverick beim Rechnen deutlich überlegen.",
     ("surpasses", "Qwen3-Max", "Llama 4 Maverick")),
    ("Qwen3-Max hat Llama 4 Maverick vom Thron gestoßen.",
     ("surpasses", "Qwen3-Max", "Llama 4 Maverick")),
    ("Mit Claude Opus 4.5 hat Anthropic OpenAIs GPT-5.1 überholt.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    # partnerships
    ("Die Telekom tut sich für das Projekt mit Mistral AI zusammen.",
     ("partnersWith", "Deutsche Telekom", "Mistral AI")),
    ("SAP hat Aleph Alpha als strategischen Partner gewonnen.",
     ("partnersWith", "SAP", "Aleph Alpha")),
    ("Partner von SAP ist künftig Aleph Alpha.", ("partnersWith", "SAP", "Aleph Alpha")),
    ("SAP schließt eine strategische Allianz mit Aleph Alpha.",
     ("partnersWith", "SAP", "Aleph Alpha")),
])
def test_german_rankings_and_partnerships_in_more_words(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("SAP beendet die Partnerschaft mit Aleph Alpha.", ("partnersWith", "SAP", "Aleph Alpha")),
    ("SAP lehnt eine Kooperation mit Aleph Alpha ab.", ("partnersWith", "SAP", "Aleph Alpha")),
    ("Die Gespräche über eine Allianz zwischen SAP und Aleph Alpha sind gescheitert.",
     ("partnersWith", "SAP", "Aleph Alpha")),
    ("SAP hat Aleph Alpha als Kunden gewonnen.", ("partnersWith", "SAP", "Aleph Alpha")),
    ("Qwen3-Max könnte Llama 4 Maverick bald überholen.",
     ("surpasses", "Qwen3-Max", "Llama 4 Maverick")),
    ("Qwen3-Max ist Llama 4 Maverick nicht überlegen.",
     ("surpasses", "Qwen3-Max", "Llama 4 Maverick")),
    ("OpenAI unterliegt der Aufsicht der EU.", ("surpasses", "EU", "OpenAI")),
])
def test_german_rankings_and_partnerships_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_a_company_named_like_a_noun_is_the_noun_after_an_adjective() -> None:
    found = mentions("SAP schließt eine strategische Allianz mit Aleph Alpha.", "de")
    assert not any(key == "Allianz" for _, _, key in found)
    assert ("Allianz", "Organization", "Allianz") in mentions("Die Allianz nutzt Claude.", "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Claude wird von der Commerzbank in der Kreditprüfung eingesetzt.",
     ("uses", "Commerzbank", "Claude")),
    ("Zu den Nutzern von Claude gehört inzwischen die Commerzbank.",
     ("uses", "Commerzbank", "Claude")),
    ("Die Commerzbank verlässt sich bei der Prüfung auf Claude.",
     ("uses", "Commerzbank", "Claude")),
    ("Die Commerzbank arbeitet seit einem Jahr mit Claude.", ("uses", "Commerzbank", "Claude")),
    ("Die Commerzbank stellt ihren Mitarbeitern Microsoft Copilot zur Verfügung.",
     ("uses", "Commerzbank", "Microsoft Copilot")),
    ("Die Commerzbank rollt Claude konzernweit aus.", ("uses", "Commerzbank", "Claude")),
    ("Claude unterstützt die Commerzbank bei der Geldwäscheprüfung.",
     ("uses", "Commerzbank", "Claude")),
    ("Die Commerzbank gab die Übernahme des Fintechs Quorix am Montag bekannt.",
     ("acquires", "Commerzbank", "Quorix")),
    ("Die Commerzbank erwirbt sämtliche Anteile an Quorix.", ("acquires", "Commerzbank", "Quorix")),
    ("Quorix wird für 40 Millionen Euro an die Commerzbank verkauft.",
     ("acquires", "Commerzbank", "Quorix")),
])
def test_german_use_and_purchase_in_still_more_words(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # the maker rolling out its own model, or offering it to customers, uses nothing
    ("Google rollt Gemini in Europa aus.", ("uses", "Google", "Gemini")),
    ("Google stellt seinen Kunden Gemini zur Verfügung.", ("uses", "Google", "Gemini")),
    ("Claude unterstützt die Commerzbank nicht bei der Prüfung.",
     ("uses", "Commerzbank", "Claude")),
    ("Die Commerzbank gab die Übernahme des Fintechs Quorix nicht bekannt.",
     ("acquires", "Commerzbank", "Quorix")),
])
def test_german_use_and_purchase_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_a_fund_named_as_investor_is_not_the_start_up() -> None:
    text = ("Quorix hat 80 Millionen Euro eingesammelt. Angeführt wurde die Runde vom Fonds "
            "Nordkap "
            "Capital. Das Start-up wurde 2023 gegründet. Mitgründer und Chef Jonas Berg will "
            "wachsen.")
    assert ("ceoOf", "Jonas Berg", "Nordkap Capital") not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Nvidia war 2024 an einer Finanzierungsrunde von Mistral AI beteiligt.",
     ("investsIn", "Nvidia", "Mistral AI")),
    ("Bosch war an einer Finanzierungsrunde des Start-ups Quorix beteiligt, die damals von SAP "
     "und von Samsung mitgetragen wurde.", ("investsIn", "Samsung", "Quorix")),
    ("Bosch war an einer Finanzierungsrunde des Start-ups Quorix beteiligt, die damals von SAP "
     "und von Samsung mitgetragen wurde.", ("investsIn", "SAP", "Quorix")),
])
def test_german_rounds_described_in_a_relative_clause(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Nvidia war nicht an der Finanzierungsrunde von Mistral AI beteiligt.",
     ("investsIn", "Nvidia", "Mistral AI")),
    ("Nvidia war an der Entwicklung eines Modells von Mistral AI beteiligt.",
     ("investsIn", "Nvidia", "Mistral AI")),
])
def test_german_rounds_described_in_a_relative_clause_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


# Long sentences: a fronted adverbial or clause before the verb, an apposition or relative
# clause between subject and verb, a verb-last subordinate clause, a list after "neben";
# patterns/de/reorder.tsv puts them in the order the rows of relations.tsv are written for.
@pytest.mark.parametrize(("text", "fact"), [
    ("Seit März setzt die Allianz für die Schadenbearbeitung im Privatkundengeschäft das "
     "Modell Claude ein.", ("uses", "Allianz", "Claude")),
    ("Für die Auswertung von Verträgen nutzt die Commerzbank seit dem Sommer das Sprachmodell "
     "GPT-4o.", ("uses", "Commerzbank", "GPT-4o")),
    ("Im Kundenservice greift die Lufthansa inzwischen auf Modelle wie Gemini und Claude "
     "zurück.", ("uses", "Lufthansa", "Claude")),
    ("Nach monatelangen Tests stellt die Deutsche Bahn ihren internen Assistenten von GPT-4o "
     "auf Mistral Large um.", ("uses", "Deutsche Bahn", "Mistral Large")),
    ("Die Allianz, der größte Versicherer Europas, setzt in der Schadenbearbeitung auf Claude.",
     ("uses", "Allianz", "Claude")),
    ("Die Allianz, die seit Jahren mit Microsoft zusammenarbeitet, nutzt für interne "
     "Recherchen nun auch Claude.", ("uses", "Allianz", "Claude")),
    ("Siemens teilte am Dienstag mit, dass der Konzern künftig in seiner Fertigungssoftware "
     "Mistral Large einsetzt.", ("uses", "Siemens", "Mistral Large")),
    ("Wie das Unternehmen mitteilte, verwendet Zalando für die Produktbeschreibungen in 25 "
     "Märkten inzwischen GPT-4o.", ("uses", "Zalando", "GPT-4o")),
    ("Zalando verwendet für die Produktbeschreibungen neben GPT-4o auch Gemini.",
     ("uses", "Zalando", "Gemini")),
    ("Bei der Commerzbank läuft der interne Assistent inzwischen auf GPT-4o.",
     ("uses", "Commerzbank", "GPT-4o")),
    ("Statt auf GPT-4o setzt die Commerzbank nun auf Claude.", ("uses", "Commerzbank", "Claude")),
    ("Anfang der Woche stellte Google in Mountain View sein neues Modell Gemini 3 vor.",
     ("developedBy", "Gemini 3", "Google")),
    ("Mit Gemini 3 hat Google ein Modell vorgestellt, das bei vielen Tests vorn liegt.",
     ("developedBy", "Gemini 3", "Google")),
    ("Das Modell Qwen3 wurde von einem Team des chinesischen Onlinehändlers Alibaba in "
     "Hangzhou entwickelt.", ("developedBy", "Qwen3", "Alibaba")),
    ("Die Vorstellung von Gemini 3 durch Google hat die Börse bewegt.",
     ("developedBy", "Gemini 3", "Google")),
    ("Claude Opus 4.5, das Anthropic im November vorgestellt hat, übertrifft GPT-5.",
     ("developedBy", "Claude Opus 4.5", "Anthropic")),
    ("In einem Vergleich von zwölf Programmier-Benchmarks, den die Plattform LMArena "
     "veröffentlicht hat, schneidet Claude Opus 4.5 besser ab als GPT-5.",
     ("surpasses", "Claude Opus 4.5", "GPT-5")),
    ("Auf dem ersten Platz liegt Gemini 3 Pro, dahinter folgen GPT-5 und Claude Opus 4.5.",
     ("surpasses", "Gemini 3 Pro", "GPT-5")),
    ("Auf dem ersten Platz liegt Gemini 3 Pro, dahinter folgen GPT-5 und Claude Opus 4.5.",
     ("surpasses", "Gemini 3 Pro", "Claude Opus 4.5")),
    ("Gemini 3 Pro führt die Rangliste klar an, gefolgt von GPT-5.",
     ("surpasses", "Gemini 3 Pro", "GPT-5")),
    ("Aleph Alpha wird seit der Gründung von Jonas Andrulis geführt.",
     ("ceoOf", "Jonas Andrulis", "Aleph Alpha")),
    ("Seit Januar führt Christian Klein als Vorstandschef die Geschäfte von SAP.",
     ("ceoOf", "Christian Klein", "SAP")),
    ("Seit 2020 steht Christian Klein an der Spitze des Walldorfer Softwarekonzerns SAP.",
     ("ceoOf", "Christian Klein", "SAP")),
    ("Christian Klein, der SAP seit 2020 als Vorstandschef führt, sieht darin eine Chance.",
     ("ceoOf", "Christian Klein", "SAP")),
    ("Für rund 1,2 Milliarden Euro übernimmt SAP den Berliner Prozessspezialisten Signavio.",
     ("acquires", "SAP", "Signavio")),
    ("Quorix, das 2021 von SAP übernommen worden war, baut Stellen ab.",
     ("acquires", "SAP", "Quorix")),
    ("Im Bereich der Rechenzentren arbeitet die Deutsche Telekom künftig eng mit Nvidia "
     "zusammen.", ("partnersWith", "Deutsche Telekom", "Nvidia")),
    ("An der Finanzierungsrunde von Aleph Alpha beteiligten sich unter anderem Bosch und SAP.",
     ("investsIn", "SAP", "Aleph Alpha")),
    ("Für seine Series-B-Runde hat Parloa unter anderem General Catalyst als Investor gewonnen.",
     ("investsIn", "General Catalyst", "Parloa")),
])
def test_german_long_sentences(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # the object of a rejection, a replaced model, a hedge or negation anywhere in the clause
    ("Statt auf GPT-4o setzt die Commerzbank nun auf Claude.", ("uses", "Commerzbank", "GPT-4o")),
    ("Seit März prüft die Allianz, ob sie Claude einsetzt.", ("uses", "Allianz", "Claude")),
    ("Angeblich setzt die Allianz seit März für die Schadenbearbeitung Claude ein.",
     ("uses", "Allianz", "Claude")),
    ("Die Commerzbank prüft, ob sie künftig GPT-4o einsetzt.", ("uses", "Commerzbank", "GPT-4o")),
    ("Gemini 3 Pro konnte GPT-5 im Test nicht überholen.", ("surpasses", "Gemini 3 Pro", "GPT-5")),
    ("GPT-5 liegt in der Rangliste hinter Gemini 3 Pro.", ("surpasses", "GPT-5", "Gemini 3 Pro")),
    ("SAP hat die Zusammenarbeit mit Mistral AI beendet.", ("partnersWith", "SAP", "Mistral AI")),
    # a company inside an apposition or relative clause is not the subject of the verb after it
    ("Die Allianz, die seit Jahren mit Microsoft zusammenarbeitet, nutzt für interne "
     "Recherchen nun auch Claude.", ("uses", "Microsoft", "Claude")),
    ("Der Chatbot, den Microsoft entwickelt hat, nutzt GPT-4o.", ("uses", "Microsoft", "GPT-4o")),
    ("Die Allianz, der größte Versicherer Europas, setzt auf Claude.",
     ("uses", "Europas", "Claude")),
    # an accusative relative pronoun: who bought whom is not clear, nothing is read
    ("Quorix, das SAP 2021 übernommen hat, wächst kräftig.", ("acquires", "Quorix", "SAP")),
    # a ranking without a first place is no comparison
    ("Google stellte Gemini 3 vor, gefolgt von OpenAI mit GPT-5.",
     ("surpasses", "Google", "OpenAI")),
])
def test_german_long_sentences_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


# A fronted phrase that holds the model ("Mit X", "Auf X", "Für X"): the verb is second, the
# company after it (reorder.tsv de-v2-fronted-name puts the phrase after company and verb);
# "mit X" with a verb of getting work done is a use (de-uses-mit-verb).
@pytest.mark.parametrize(("text", "fact"), [
    ("Mit Gemini will die Commerzbank die Kreditprüfung beschleunigen.",
     ("uses", "Commerzbank", "Gemini")),
    ("Mit GPT-4o vereinfacht die Lufthansa die Umbuchung von Flügen.",
     ("uses", "Lufthansa", "GPT-4o")),
    ("Auf Mistral Large setzt die Deutsche Bahn bei der Auskunft.",
     ("uses", "Deutsche Bahn", "Mistral Large")),
    ("Auf Claude greift Siemens bei der Dokumentation zurück.", ("uses", "Siemens", "Claude")),
    ("Mit Llama arbeitet die Telekom schon seit dem Frühjahr.",
     ("uses", "Deutsche Telekom", "Llama")),
    ("Für Claude hat sich die Allianz nach langen Tests entschieden.",
     ("uses", "Allianz", "Claude")),
    ("Der Versicherer Allianz will mit Claude die Bearbeitung von Schäden verkürzen.",
     ("uses", "Allianz", "Claude")),
])
def test_a_fronted_phrase_naming_the_model(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # a rival, a comparison, an exception: no use
    ("Mit Llama konkurriert die Telekom nicht.", ("uses", "Deutsche Telekom", "Llama")),
    ("Mit GPT-4o vergleicht die Lufthansa drei andere Modelle.", ("uses", "Lufthansa", "GPT-4o")),
    ("Mit Ausnahme von GPT-4o nutzt die Commerzbank alle Modelle von Google.",
     ("uses", "Commerzbank", "GPT-4o")),
    ("Mit Blick auf Gemini setzt die Commerzbank auf eigene Modelle.",
     ("uses", "Commerzbank", "Gemini")),
    ("Die Allianz vergleicht ihre Ergebnisse mit Claude.", ("uses", "Allianz", "Claude")),
    # a fronted product of the company's own stays where it is: OpenAI did not make it
    ("Für seinen Assistenten Joule greift SAP auf Modelle von OpenAI zurück.",
     ("developedBy", "Joule", "OpenAI")),
    ("Mit seinem Assistenten Joule greift SAP auf Modelle von OpenAI zurück.",
     ("developedBy", "Joule", "OpenAI")),
])
def test_a_fronted_phrase_naming_the_model_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


# Running, hosting, piloting and trying out a model are uses (de-uses-betreibt), as
# "piloting"/"trialling" are in English; "stützt sich auf" is "setzt auf".
@pytest.mark.parametrize(("text", "fact"), [
    ("Die Sparkassen-Finanzgruppe betreibt Llama in einem eigenen Rechenzentrum.",
     ("uses", "Sparkassen-Finanzgruppe", "Llama")),
    ("Die Telekom hostet künftig das Sprachmodell Mistral Large für Geschäftskunden.",
     ("uses", "Deutsche Telekom", "Mistral Large")),
    ("Die Allianz pilotiert Claude in drei Ländern.", ("uses", "Allianz", "Claude")),
    ("Seit dem Sommer erprobt Bosch Gemini in der Entwicklung.", ("uses", "Bosch", "Gemini")),
    ("Die Commerzbank hat GPT-4o ein halbes Jahr lang erprobt.",
     ("uses", "Commerzbank", "GPT-4o")),
    ("Zalando stützt sich in der Kundenberatung auf Claude.", ("uses", "Zalando", "Claude")),
])
def test_german_running_and_piloting_a_model_are_uses(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # what is run is a network, not the product named later; selling is no use
    ("Die Telekom betreibt Netze in zwölf Ländern und verkauft auch das iPhone.",
     ("uses", "Deutsche Telekom", "iPhone")),
    ("Die Allianz vertreibt Versicherungen, die Claude empfiehlt.", ("uses", "Allianz", "Claude")),
])
def test_german_running_and_piloting_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_a_place_in_the_genitive_is_no_company() -> None:
    assert not any(t == "Organization" and name == "Europas" for name, t, _ in mentions(
        "Die Allianz, der größte Versicherer Europas, wächst.", "de"))


@pytest.mark.parametrize(("text", "fact"), [
    ("Mehr als 50.000 Beschäftigte der Telekom arbeiten inzwischen mit ChatGPT Enterprise.",
     ("uses", "Deutsche Telekom", "ChatGPT Enterprise")),
    ("Die Commerzbank lässt eingehende Kundenanfragen von Claude vorsortieren.",
     ("uses", "Commerzbank", "Claude")),
    ("Die Allianz hat mit Anthropic eine Vereinbarung über die Nutzung von Claude geschlossen.",
     ("uses", "Allianz", "Claude")),
    ("Die Allianz ist im Kundenservice von GPT-4o auf Claude umgestiegen.",
     ("uses", "Allianz", "Claude")),
    ("Die Allianz wechselt im Kundenservice von GPT-4o zu Claude.", ("uses", "Allianz", "Claude")),
    ("Hinter dem neuen Assistenten der Commerzbank steckt das Modell Claude.",
     ("uses", "Commerzbank", "Claude")),
    ("Claude dient der Allianz seit dem Frühjahr als Grundlage für einen internen Assistenten.",
     ("uses", "Allianz", "Claude")),
    ("Die Allianz hat Claude als Standardmodell für alle Fachabteilungen ausgewählt.",
     ("uses", "Allianz", "Claude")),
    ("Der ChatGPT-Entwickler OpenAI hat eine neue Finanzierung abgeschlossen.",
     ("developedBy", "ChatGPT", "OpenAI")),
    ("Anthropic, das Unternehmen hinter Claude, wächst schnell.",
     ("developedBy", "Claude", "Anthropic")),
    ("Mistral AI, der Entwickler von Le Chat, hat Büros in Paris und London.",
     ("developedBy", "Le Chat", "Mistral AI")),
    ("Hersteller von Le Chat ist das Pariser Start-up Mistral AI.",
     ("developedBy", "Le Chat", "Mistral AI")),
    ("Mistral AI hat im Herbst ein neues Modell namens Mistral Medium 3 angekündigt.",
     ("developedBy", "Mistral Medium 3", "Mistral AI")),
    ("Mit Gemini 3 schickt Google ein Modell ins Rennen, das mehr Text verarbeitet.",
     ("developedBy", "Gemini 3", "Google")),
    ("Den ersten Platz belegt Gemini 3 Pro, gefolgt von GPT-5 und Claude Opus 4.5.",
     ("surpasses", "Gemini 3 Pro", "GPT-5")),
    ("Im Vergleich zu GPT-5 liefert Claude Opus 4.5 beim Programmieren bessere Ergebnisse.",
     ("surpasses", "Claude Opus 4.5", "GPT-5")),
    ("Gemini 3 Pro erreicht im Test 91 Prozent, GPT-5 kommt nur auf 84 Prozent.",
     ("surpasses", "Gemini 3 Pro", "GPT-5")),
    ("Christian Klein steht dem Walldorfer Konzern SAP seit 2020 vor.",
     ("ceoOf", "Christian Klein", "SAP")),
    ("SAP, dessen Vorstandschef Christian Klein die Pläne verteidigte, legte Zahlen vor.",
     ("ceoOf", "Christian Klein", "SAP")),
    ("Christian Klein, der als Vorstandschef von SAP die Strategie verantwortet, lobte das Team.",
     ("ceoOf", "Christian Klein", "SAP")),
    ("SAP zahlt für Quorix rund 1,2 Milliarden Euro.", ("acquires", "SAP", "Quorix")),
    ("SAP treibt mit der Übernahme des Berliner Start-ups Signavio seine Cloud-Strategie voran.",
     ("acquires", "SAP", "Signavio")),
    ("Nach der Übernahme von Signavio baut SAP sein Prozessgeschäft aus.",
     ("acquires", "SAP", "Signavio")),
    ("Quorix ist nun eine hundertprozentige Tochter von SAP.", ("acquires", "SAP", "Quorix")),
    ("SAP ist seit 2023 Technologiepartner von Mistral AI.", ("partnersWith", "SAP", "Mistral AI")),
    ("Mit Mistral AI als Partner will SAP eigene Modelle anbieten.",
     ("partnersWith", "SAP", "Mistral AI")),
    ("Zu den Partnern von SAP gehören Mistral AI und Aleph Alpha.",
     ("partnersWith", "SAP", "Aleph Alpha")),
    ("Nvidia investiert in das französische Start-up Mistral AI.",
     ("investsIn", "Nvidia", "Mistral AI")),
    ("Nvidia hat seine Beteiligung an Mistral AI aufgestockt.",
     ("investsIn", "Nvidia", "Mistral AI")),
    ("Neben Nvidia investieren auch Samsung und SAP in Mistral AI.",
     ("investsIn", "Samsung", "Mistral AI")),
    ("Neben Nvidia investieren auch Samsung und SAP in Mistral AI.",
     ("investsIn", "Nvidia", "Mistral AI")),
])
def test_german_use_make_rank_lead_buy_and_back_in_more_words(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Allianz hat Claude getestet, sich aber für Gemini entschieden.",
     ("uses", "Allianz", "Claude")),
    ("Die Allianz wechselt im Kundenservice von GPT-4o zu Claude.", ("uses", "Allianz", "GPT-4o")),
    ("Die Commerzbank lässt ihre Kunden nicht von Claude beraten.",
     ("uses", "Commerzbank", "Claude")),
    ("SAP zahlt für Aktien von Quorix rund 12 Millionen Euro.", ("acquires", "SAP", "Quorix")),
    ("Christian Klein steht dem Aufsichtsrat von Siemens vor.",
     ("ceoOf", "Christian Klein", "Siemens")),
    ("Gemini 3 Pro erreicht im Test 81 Prozent, GPT-5 kommt auf 84 Prozent.",
     ("surpasses", "Gemini 3 Pro", "GPT-5")),
    ("Im Vergleich zu GPT-5 liefert Claude Opus 4.5 schlechtere Ergebnisse.",
     ("surpasses", "Claude Opus 4.5", "GPT-5")),
    ("Nvidia investiert in den Ausbau von Rechenzentren bei Mistral AI.",
     ("investsIn", "Nvidia", "Mistral AI")),
    ("Nvidia hat seine Beteiligung an Mistral AI verkauft.", ("investsIn", "Nvidia", "Mistral AI")),
    ("SAP ist kein Partner von Mistral AI.", ("partnersWith", "SAP", "Mistral AI")),
])
def test_german_use_make_rank_lead_buy_and_back_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Das Kölner Fintech Quorix betreibt seine Belegprüfung seit dieser Woche mit Gemini 3 Pro.",
     ("uses", "Quorix", "Gemini 3 Pro")),
    ("Der Versicherer Allianz bleibt nach eigenen Angaben bei Claude.",
     ("uses", "Allianz", "Claude")),
    ("Die Allianz bezieht Claude über die Cloud-Plattform Amazon Bedrock.",
     ("uses", "Allianz", "Amazon Bedrock")),
    ("OpenAI ist für Rechenleistung auf Partner wie Microsoft und Oracle angewiesen.",
     ("partnersWith", "OpenAI", "Oracle")),
    ("Trainiert wurde Gemini 3 Pro von der Londoner Forschungstochter Google DeepMind.",
     ("developedBy", "Gemini 3 Pro", "Google DeepMind")),
    ("Das Modell stammt von Google DeepMind, die Demis Hassabis seit 2010 leitet.",
     ("ceoOf", "Demis Hassabis", "Google DeepMind")),
    ("SAP will Claude in seinen Assistenten Joule einbinden.", ("developedBy", "Joule", "SAP")),
    ("Die Sparte Quorix ging an IBM, das sie mit seiner Plattform verbindet.",
     ("acquires", "IBM", "Quorix")),
    ("Claude Opus 4.5 lässt beim Programmiertest SWE-bench Verified sowohl Gemini 3 Pro als "
     "auch GPT-5.1 hinter sich.", ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("Kimi K2 Thinking, das das Pekinger Start-up Moonshot AI entwickelt hat, hängt in "
     "mehreren Tests Metas Llama 4 Maverick deutlich ab.",
     ("surpasses", "Kimi K2 Thinking", "Llama 4 Maverick")),
    ("Kimi K2 Thinking, das das Pekinger Start-up Moonshot AI entwickelt hat, hängt in "
     "mehreren Tests Metas Llama 4 Maverick deutlich ab.",
     ("developedBy", "Kimi K2 Thinking", "Moonshot AI")),
    ("In vielen Autos ist der Chatbot Grok installiert, den Elon Musks KI-Firma xAI entwickelt.",
     ("developedBy", "Grok", "xAI")),
    ("Nvidia-Gründer und -Chef Jensen Huang war per Video zugeschaltet.",
     ("ceoOf", "Jensen Huang", "Nvidia")),
    ("Elon Musk ist zugleich Tesla-Chef und xAI-Gründer.", ("ceoOf", "Elon Musk", "Tesla")),
    # a company called after its town or country, as it was described before
    ("Der Walldorfer Softwarekonzern SAP wächst. Das französische Start-up Mistral AI auch. "
     "Die Walldorfer haben ihre Partnerschaft mit den Franzosen vertieft.",
     ("partnersWith", "SAP", "Mistral AI")),
    ("Der Münchner Autobauer BMW baut einen Assistenten. Die Münchner setzen dabei auf Claude.",
     ("uses", "BMW", "Claude")),
    # "das 2023 gegründete Start-up" points back; a name after a cue may start with digits,
    # or be introduced "mit dem Namen"
    ("Für Mistral AI ist der Auftrag ein Erfolg. Das 2023 gegründete Start-up, das von Arthur "
     "Mensch geführt wird, wächst.", ("ceoOf", "Arthur Mensch", "Mistral AI")),
    ("Das im MDax notierte Unternehmen Teamviewer kaufte den britischen Softwareanbieter 1E.",
     ("acquires", "TeamViewer", "1E")),
    ("Das System mit dem Namen Quorix Motion 2 sortiert Teile. Der Zulieferer Schaeffler nutzt "
     "Quorix Motion 2 in zwei Werken.", ("uses", "Schaeffler", "Quorix Motion 2")),
])
def test_german_phrasings_of_the_second_training_set(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Allianz bleibt bei ihrer Kritik an Claude.", ("uses", "Allianz", "Claude")),
    ("Der Auftrag von Siemens ging an SAP.", ("acquires", "SAP", "Siemens")),
    ("SAP sucht Partner wie Mistral AI.", ("partnersWith", "SAP", "Mistral AI")),
    ("Die Allianz setzt in ihrer App Claude ein.", ("developedBy", "Claude", "Allianz")),
    # no company was described by its town before: the townspeople are people
    ("Die Firma Quorix wächst. Die Walldorfer haben Claude getestet und nutzen Gemini.",
     ("uses", "Quorix", "Gemini")),
])
def test_german_phrasings_of_the_second_training_set_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_the_developers_are_people_not_the_company_named_before() -> None:
    text = "Die Nordbank nutzt KI. In der IT schreiben die Entwickler ihren Code mit Copilot."
    assert not any(t == "Organization" and "Entwickler" in name
                   for name, t, _ in mentions(text, "de"))


def test_a_kind_of_model_is_no_model_name() -> None:
    found = mentions("Quorix entwickelt ein sogenanntes Foundation-Modell für Roboter.", "de")
    assert not any(name == "Foundation" for name, _, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    # a descriptor before a model's name is no description of it: "nutzt der Konzern GPT-4o"
    ("Siemens baut KI. Für die Code-Erzeugung in der Sprache SCL nutzt der Konzern GPT-4o.",
     ("uses", "Siemens", "GPT-4o")),
    ("Die Allianz ist groß. Seit März setzt das Unternehmen Claude ein.",
     ("uses", "Allianz", "Claude")),
    # "das OpenAI-Modell" is the OpenAI model named before
    ("Siemens nutzt GPT-4o. In internen Tests habe das OpenAI-Modell das offene Llama 3.1 405B "
     "von Meta deutlich übertroffen.", ("surpasses", "GPT-4o", "Llama 3.1 405B")),
    ("Die Bank nutzte GPT-4o. In einem Test mit 4.000 Anfragen habe Mistral Large 2 besser "
     "abgeschnitten als das bisher eingesetzte OpenAI-Modell.",
     ("surpasses", "Mistral Large 2", "GPT-4o")),
    # the compound as German spells it ("Sprachmodell", not "SprachModell")
    ("Die Sparkasse testet Mistral Large 2. Laut der Studie liegt GPT-4o vorn: Das "
     "Mistral-Sprachmodell schnitt schlechter ab als das OpenAI-Sprachmodell.",
     ("surpasses", "GPT-4o", "Mistral Large 2")),
    ("Siemens hat den Industrial Copilot gemeinsam mit Microsoft entwickelt.",
     ("developedBy", "Industrial Copilot", "Microsoft")),
    ("Die Telekom verkauft die App Lumo, die der Konzern gemeinsam mit dem chinesischen "
     "Hersteller TCL entwickelt hat.", ("developedBy", "Lumo", "TCL")),
    ("Quorix gehört seitdem zu SAP.", ("acquires", "SAP", "Quorix")),
])
def test_german_references_to_models_and_companies_in_long_sentences(text: str,
                                                                      fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # no OpenAI model was named before: the compound names nothing
    ("Siemens nutzt Claude. In Tests habe das OpenAI-Modell Llama 3.1 405B übertroffen.",
     ("surpasses", "Claude", "Llama 3.1 405B")),
    ("Die Bank nutzte GPT-4o. Im Test habe Mistral Large 2 schlechter abgeschnitten als das "
     "OpenAI-Modell.", ("surpasses", "Mistral Large 2", "GPT-4o")),
    ("Die Allianz nutzt Claude gemeinsam mit Microsoft.", ("developedBy", "Claude", "Microsoft")),
])
def test_german_references_to_models_and_companies_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Im Hintergrund verwendet Parloa Modelle von OpenAI, darunter GPT-4o.",
     ("uses", "Parloa", "GPT-4o")),
    ("Die Allianz nutzt Modelle von Anthropic wie Claude Sonnet 4.5 und Claude Opus 4.5.",
     ("uses", "Allianz", "Claude Opus 4.5")),
    ("Die Allianz nutzt Modelle von Alibaba wie Qwen3.", ("developedBy", "Qwen3", "Alibaba")),
])
def test_german_models_of_a_maker_named_in_a_list(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # the model after "vor" is the one behind, not the subject of the next verb
    ("FLUX.2 liegt in der Rangliste vor Midjourney v7 und schneidet dort auch besser ab als "
     "GPT-4o.", ("surpasses", "Midjourney v7", "GPT-4o")),
    ("Die Allianz nutzt Modelle von Anthropic, nicht aber Claude Opus 4.5.",
     ("uses", "Allianz", "Claude Opus 4.5")),
    ("Quorix, dessen Software Arbeitsabläufe zwischen Programmen automatisiert, wächst.",
     ("developedBy", "Arbeitsabläufe", "Quorix")),
    ("Quorix wächst. Die Gründerin hatte das Start-up gemeinsam mit dem früheren "
     "Kuka-Ingenieur Jan Berg gegründet.", ("partnersWith", "Quorix", "Kuka")),
])
def test_german_models_of_a_maker_named_in_a_list_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_the_start_up_a_few_sentences_on_is_the_company_the_text_is_about() -> None:
    text = ("Das Münchner Start-up Quorix Robotics hat Geld eingesammelt. Angeführt wird die Runde "
            "von Lightspeed. Quorix entwickelt ein Modell für Roboter. Das System soll Teile "
            "sortieren. „Bisher braucht man Wochen. Wir wollen das auf Stunden drücken“, sagte "
            "Mitgründerin Lea Hartmann, die das Start-up als Geschäftsführerin leitet.")
    assert ("ceoOf", "Lea Hartmann", "Quorix Robotics") in facts(text, "de")


# German institutions, associations, authorities and local banks (issue #3): named by their
# head noun with a capitalised adjective, what they are for, whom they speak for, or the
# place they serve. Invented names.
@pytest.mark.parametrize(("text", "name"), [
    ("Die Deutsche Gesellschaft für Moorkunde e.V. lädt zur Tagung.",
     "Deutsche Gesellschaft für Moorkunde e.V."),
    ("Er ist Vorstand der Deutschen Gesellschaft für Moorkunde e.V. in Kiel.",
     "Deutschen Gesellschaft für Moorkunde e.V."),
    ("Das Institut für Bodenökonomie rechnet mit weniger Wachstum.",
     "Institut für Bodenökonomie"),
    ("Der Verband der Keramischen Industrie warnt vor höheren Gaspreisen.",
     "Verband der Keramischen Industrie"),
    ("Gebaut wird die Straße vom Landesbetrieb Wasserbau Saarland.",
     "Landesbetrieb Wasserbau Saarland"),
    ("Die Kreissparkasse Vennhagen meldet einen höheren Gewinn.", "Kreissparkasse Vennhagen"),
    ("Die Industrie- und Handelskammer Flensburg fordert schnellere Verfahren.",
     "Industrie- und Handelskammer Flensburg"),
    ("Die Agentur für Arbeit Cottbus zählt mehr Arbeitslose.", "Agentur für Arbeit Cottbus"),
    ("Die Raiffeisenbank Ellertal eG fusioniert mit einem Nachbarinstitut.",
     "Raiffeisenbank Ellertal eG"),
    ("Das Deutsche Zentrum für Luft- und Raumfahrt testet die Drohne.",
     "Deutsche Zentrum für Luft- und Raumfahrt"),
    ("Den Auftrag erhielt die Planwerk Gesellschaft für Hochbau, Statik und Design mbH aus Ulm.",
     "Gesellschaft für Hochbau, Statik und Design mbH"),
])
def test_german_institution_names(text: str, name: str) -> None:
    assert name in [t for t, typ, _ in mentions(text, "de") if typ == "Organization"]


@pytest.mark.parametrize(("text", "name"), [
    # a local body's city that is a German word too ("Kiel", "Halle", "Marl"), two-word
    # cities, and the heads "-verwaltung" and "-betriebe"
    ("Die Stadtwerke Kiel heben die Gaspreise an.", "Stadtwerke Kiel"),
    ("Die Sparkasse Marl schließt zwei Filialen.", "Sparkasse Marl"),
    ("Die Sparkasse Bergisch Gladbach schließt zwei Filialen.", "Sparkasse Bergisch Gladbach"),
    ("Die Stadtverwaltung Halle stellt 20 Informatiker ein.", "Stadtverwaltung Halle"),
    ("Die Verkehrsbetriebe Hagen bestellen 30 Elektrobusse.", "Verkehrsbetriebe Hagen"),
])
def test_local_bodies_named_after_their_city(text: str, name: str) -> None:
    assert name in [t for t, typ, _ in mentions(text, "de") if typ == "Organization"]


@pytest.mark.parametrize(("text", "person"), [
    # a German city that is a surname too (patterns/places.tsv, name_too) names a local body
    # and still ends a person's name
    ("Thomas Hagen, Chef der Velora GmbH, sagte, man wolle wachsen.", "Thomas Hagen"),
    ("Petra Kiel leitet seit Mai die Velora AG.", "Petra Kiel"),
    # a city that is no name: a place, no person
    ("Laut Anna Gummersbach wird die Velora AG wachsen.", None),
])
def test_a_city_that_is_a_surname_too_ends_a_persons_name(text: str, person: str | None
                                                           ) -> None:
    found = [t for t, typ, _ in mentions(text, "de") if typ == "Person"]
    assert found == ([person] if person else [])


@pytest.mark.parametrize("text", [
    "Viele Betriebe Kiels suchen Fachkräfte.",
    "Die Stadtverwaltung hat zu wenige Informatiker.",
    "Die Verkehrsbetriebe streiken am Montag.",
    "Die Stadtwerke Strom und Gas sind teurer geworden.",
])
def test_local_heads_without_a_city_name_no_body(text: str) -> None:
    found = mentions(text, "de")
    assert not any(typ == "Organization" for _, typ, _ in found), found


def test_an_institutions_abbreviation_follows_its_long_name() -> None:
    found = mentions("Das Institut für Bodenökonomie (IfB) rechnet mit Verlusten. Das IfB "
                     "hatte zuvor gewarnt.", "de")
    assert ("IfB", "Organization", "Institut für Bodenökonomie") in found


@pytest.mark.parametrize("text", [
    "Seit Jahren vergibt die Sparkasse Kredite an Handwerker.",
    "Eine Gesellschaft für Immobilien wurde im Mai gegründet.",
    "Die Versicherung für Autos kostet mehr als im Vorjahr.",
    "Deutsche Unternehmen investieren weniger.",
    "Die Bank hat sich für ihren Chatbot auf ein Modell von Mistral gestützt.",
    "Insgesamt für Kunden ist das eine gute Nachricht.",
    "Die Tochtergesellschaft für Vertrieb wächst schneller als der Konzern.",
])
def test_german_nouns_that_only_look_like_institution_names(text: str) -> None:
    found = mentions(text, "de")
    assert not any(typ == "Organization" and ("für" in t or t.startswith(("Sparkasse ",
                                                                           "Deutsche ")))
                   for t, typ, _ in found), found


@pytest.mark.parametrize(("text", "name"), [
    ("Die Werft Blohm & Voss baut ein neues Dock.", "Blohm & Voss"),
    ("Tessmer & Quandtke liefert die Bauteile.", "Tessmer & Quandtke"),
    ("Die Kanzlei Quendt & Partner berät den Käufer.", "Quendt & Partner"),
    ("Vogt & Söhne liefert seit 1950 Schrauben.", "Vogt & Söhne"),
    ("Die Anleger werden von Wessing+Ralf vertreten.", "Wessing+Ralf"),
])
def test_german_names_joined_by_an_ampersand_are_firms(text: str, name: str) -> None:
    assert (name, "Organization", name) in mentions(text, "de")


@pytest.mark.parametrize("text", [
    "Forschung & Entwicklung kostet den Konzern viel Geld.",
    "Siemens & Bosch: Die Industrie leidet.",
])
def test_ampersands_between_plain_words_or_known_companies(text: str) -> None:
    assert not any("&" in t for t, _, _ in mentions(text, "de"))


@pytest.mark.parametrize(("text", "person"), [
    ("„Wir prüfen alle Optionen“, sagte Zerdan Tavaki der Nachrichtenagentur.", "Zerdan Tavaki"),
    ("„Die Lage ist ernst“, so Tavik Brennholt.", "Tavik Brennholt"),
    ("Laut Polizeisprecher Fenn Arvidsen wurde niemand verletzt.", "Fenn Arvidsen"),
    ("Konzernsprecherin Ylvie Tørsdahl bestätigte den Bericht.", "Ylvie Tørsdahl"),
])
def test_german_speakers_with_first_names_no_list_has(text: str, person: str) -> None:
    assert (person, "Person", person) in mentions(text, "de")


@pytest.mark.parametrize("text", [
    "Das sagte Quorix Anfang März in einer Mitteilung.",
    "Das erklärte Vantiq Montag.",
    "Das sagte Quorix Reportern in Berlin.",
])
def test_a_company_after_a_verb_of_saying_is_no_person(text: str) -> None:
    assert not any(typ == "Person" for _, typ, _ in mentions(text, "de"))


def test_dpa_regional_services_in_a_dateline() -> None:
    found = mentions("Marburg (dpa/lhe) - Ein Lastwagen ist auf der A5 umgekippt.", "de")
    assert ("lhe", "Organization", "lhe") in found and ("dpa", "Organization", "dpa") in found


def test_a_plural_noun_after_a_descriptor_is_no_company() -> None:
    found = mentions("Seit Jahren vergibt die Sparkasse Kredite an Handwerker.", "de")
    assert not any(t == "Kredite" for t, _, _ in found)
    found = mentions("Der Konzern hat das Start-up Brenlane übernommen.", "de")
    assert ("Brenlane", "Organization", "Brenlane") in found


def test_a_person_inside_a_list_of_round_investors() -> None:
    found = facts("Quorix sammelt 5 Millionen Euro ein. Beteiligt sind Vantiq Capital, Jens Kolb "
                  "und die Kolbwerk AG.", "de")
    assert {s for p, s, o in found if p == "investsIn" and o == "Quorix"} \
        == {"Vantiq Capital", "Kolbwerk"}
    # near miss: the company after the person is where the person works
    found = facts("Quorix sammelt 5 Millionen Euro ein. Beteiligt sind Vantiq Capital und Jens "
                  "Kolb von der Kolbwerk AG.", "de")
    assert {s for p, s, o in found if p == "investsIn" and o == "Quorix"} == {"Vantiq Capital"}


@pytest.mark.parametrize(("text", "pronoun", "key"), [
    # a sentence opening with "Es" goes on about the one company, model or product before
    ("Das Start-up Quorix wurde 2019 gegründet. Es gehört seit 2023 zum Konzern Kolbwerk.",
     "Es", "Quorix"),
    ("Das Sprachmodell Zorbu hilft Juristen. Es wurde von Quorix entwickelt.", "Es", "Zorbu"),
    # of two companies, the one named with a neuter article ("der Konzern", "das Start-up")
    ("Der Konzern Kolbwerk übernimmt das Start-up Quorix. Es entwickelt KI-Modelle.", "Es",
     "Quorix"),
    # "Dessen"/"Deren" opening a sentence: the entity named last before it
    ("Der Konzern Kolbwerk arbeitet mit dem Start-up Quorix. Dessen Ingenieure entwickeln das "
     "Modell Zorbu.", "Dessen", "Quorix"),
    ("Das Start-up Quorix sitzt in Berlin. Deren Gründer stammen aus Köln.", "Deren", "Quorix"),
])
def test_es_and_dessen_opening_a_sentence(text: str, pronoun: str, key: str) -> None:
    assert (pronoun, "Organization" if key != "Zorbu" else "AIModel", key) \
        in mentions(text, "de")


@pytest.mark.parametrize(("text", "pronoun"), [
    # "es" with no one thing it can be: impersonal, two companies, a person last
    ("Das Start-up Quorix wurde 2019 gegründet. Es gibt viele Konkurrenten.", "Es"),
    ("Das Start-up Quorix wurde 2019 gegründet. Es ist unklar, ob es wächst.", "Es"),
    ("Die Kolbwerk AG übernimmt die Quorix GmbH. Es entwickelt KI-Modelle.", "Es"),
    ("Quorix-Chef Jens Kolb lebt in Berlin. Dessen Sohn studiert in Köln.", "Dessen"),
])
def test_es_and_dessen_with_nothing_to_point_to(text: str, pronoun: str) -> None:
    assert not any(t == pronoun for t, _, _ in mentions(text, "de"))


def test_es_opening_a_sentence_gives_the_fact() -> None:
    found = facts("Das Start-up Quorix wurde 2019 gegründet. Es nutzt Claude.", "de")
    assert ("uses", "Quorix", "Claude") in found
    found = facts("Das Start-up Quorix wurde 2019 gegründet. Es gehört seit 2023 zum Konzern "
                  "Kolbwerk.", "de")
    assert ("acquires", "Kolbwerk", "Quorix") in found


@pytest.mark.parametrize(("text", "person"), [
    ("Insolvenzverwalter Zoltan Vekk prüft die Bücher.", "Zoltan Vekk"),
    ("Die Landrätin Ayse Tekinalp eröffnete das Werk.", "Ayse Tekinalp"),
    ("Wirtschaftsminister Orhun Vekk warnt vor Zöllen.", "Orhun Vekk"),
    ("Betriebsratschef Zerdan Tavaki kritisiert den Plan.", "Zerdan Tavaki"),
    ("Prof. Dr. Zoltarn Vekk leitet die Studie.", "Zoltarn Vekk"),
])
def test_german_titles_of_office_before_unknown_first_names(text: str, person: str) -> None:
    assert person in [k for _, t, k in mentions(text, "de") if t == "Person"]


@pytest.mark.parametrize("text", [
    "Gesucht wird ein Projektleiter Digitale Transformation.",
    "Der Manager Anfang März wechselt nach Berlin.",
])
def test_german_titles_before_plain_words_name_nobody(text: str) -> None:
    assert not any(t == "Person" for _, t, _ in mentions(text, "de"))


@pytest.mark.parametrize("text", [
    "Betriebsratschef Thomas Brenner kritisiert den Plan.",
    "Gewerkschaftschef Thomas Brenner droht mit einem Streik.",
])
def test_the_chief_of_a_works_council_or_union_heads_no_company(text: str) -> None:
    assert not any(p == "ceoOf" for p, _, _ in facts(text, "de"))


def test_a_chiefs_compound_still_names_the_company() -> None:
    assert ("ceoOf", "Thomas Brenner", "Quorix") in facts(
        "Quorix-Chef Thomas Brenner kritisiert den Plan.", "de")


def test_a_known_medias_online_edition() -> None:
    found = mentions("Das berichtet Handelsblatt Online unter Berufung auf Insider.", "de")
    assert ("Handelsblatt Online", "Organization", "Handelsblatt Online") in found
    found = mentions("Der Zalando Online-Shop wächst.", "de")
    assert ("Zalando", "Organization", "Zalando") in found


@pytest.mark.parametrize(("text", "key"), [
    ("GOLDMAN SACHS hebt das Kursziel an.", "Goldman Sachs"),
    ("Die Einschätzung stammt von der DEUTSCHE BANK AG.", "Deutsche Bank"),
    ("ANALYSE: SIEMENS bleibt ein Kauf.", "Siemens"),
])
def test_known_companies_written_in_capitals(text: str, key: str) -> None:
    assert key in [k for _, t, k in mentions(text, "de") if t == "Organization"]


@pytest.mark.parametrize("text", [
    "FRANKFURT (dpa-AFX) - ROUNDUP: Streik endet. WARNUNG vor GLÄTTE.",
    "ACHTUNG: Ein ZUG kommt später als geplant.",
])
def test_words_in_capitals_are_no_companies_unless_known(text: str) -> None:
    assert [k for _, t, k in mentions(text, "de") if t == "Organization"] in (["dpa-AFX"], [])


def test_a_fashion_chain_before_a_name() -> None:
    assert ("Vossberg", "Organization", "Vossberg") in mentions(
        "Die Modekette Vossberg schließt zwölf Filialen.", "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Der Verkauf der Quorix GmbH an die Vantiq AG ist perfekt.",
     ("acquires", "Vantiq", "Quorix")),
    ("Die Quorix GmbH wird von Geschäftsführer Jens Brenner geleitet.",
     ("ceoOf", "Jens Brenner", "Quorix")),
])
def test_german_sales_and_management_in_business_news(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Der geplante Verkauf der Quorix GmbH an die Vantiq AG ist geplatzt.",
     ("acquires", "Vantiq", "Quorix")),
    ("Der Verkauf der Quorix-Aktien an die Vantiq AG ist abgeschlossen.",
     ("acquires", "Vantiq", "Quorix")),
    ("Die Quorix GmbH wird von Finanzchef Jens Brenner geleitet.",
     ("ceoOf", "Jens Brenner", "Quorix")),
])
def test_german_sales_and_management_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_an_institution_in_the_genitive_is_the_same_node() -> None:
    found = mentions("Der Deutsche Mieterverband warnt. Ein Sprecher des Deutschen "
                     "Mieterverbandes sagte, die Mieten stiegen. Laut dem Direktor des Instituts "
                     "für Bodenökonomie steigen sie weiter.", "de")
    keys = [k for _, t, k in found if t == "Organization"]
    assert keys.count("Deutsche Mieterverband") == 2
    assert "Institut für Bodenökonomie" in keys


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Die Pellworth AG und die Dovecrest GmbH kooperieren.",
     ("partnersWith", "Pellworth", "Dovecrest"), None),
    ("Der Versicherer Pellworth und das Start-up Dovecrest arbeiten künftig bei KI-Agenten "
     "zusammen.", ("partnersWith", "Pellworth", "Dovecrest"), None),
    ("Eine Partnerschaft zwischen der Pellworth AG und der Dovecrest GmbH wurde besiegelt.",
     ("partnersWith", "Pellworth", "Dovecrest"), None),
    # near misses: two companies that only report together, a quarrel, a negation
    ("Die Pellworth AG und die Dovecrest GmbH melden Rekordzahlen.", None,
     ("partnersWith", "Pellworth", "Dovecrest")),
    ("Der Streit zwischen der Pellworth AG und der Dovecrest GmbH eskaliert.", None,
     ("partnersWith", "Pellworth", "Dovecrest")),
    ("Die Pellworth AG und die Dovecrest GmbH arbeiten nicht zusammen.", None,
     ("partnersWith", "Pellworth", "Dovecrest")),
])
def test_partners_named_with_their_articles(text: str, fact: tuple | None,
                                            wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Beim Versicherer Pellworth kommt seit März Claude zum Einsatz.",
     ("uses", "Pellworth", "Claude"), None),
    ("Claude kommt seit März beim Versicherer Pellworth zum Einsatz.",
     ("uses", "Pellworth", "Claude"), None),
    ("Ines Marlow führt das Start-up Dovecrest seit 2021.",
     ("ceoOf", "Ines Marlow", "Dovecrest"), None),
    # near misses: a negation, talks led with a company, a delegation led
    ("Beim Versicherer Pellworth kommt Claude nicht zum Einsatz.", None,
     ("uses", "Pellworth", "Claude")),
    ("Ines Marlow führt Gespräche mit dem Start-up Dovecrest.", None,
     ("ceoOf", "Ines Marlow", "Dovecrest")),
    ("Ines Marlow führte die Verhandlungen für das Start-up Dovecrest.", None,
     ("ceoOf", "Ines Marlow", "Dovecrest")),
])
def test_in_use_at_a_company_with_its_descriptor_and_a_chief_who_leads_it(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Das Start-up Pellworth hat einen Chatbot auf Basis von ChatGPT entwickelt.",
     ("uses", "Pellworth", "ChatGPT"), None),
    ("Der Spieleentwickler Pellworth entwickelt ein Rollenspiel auf Basis von Llama 3.",
     ("uses", "Pellworth", "Llama 3"), None),
    # a film, game or novel based on a work adapts it: no use of a product
    ("Der Verlag Dovecrest plant einen Film auf Basis von Pokémon.", None,
     ("uses", "Dovecrest", "Pokémon")),
    ("Der Spieleentwickler Pellworth kündigt eine Spielerfahrung auf Grundlage von The Witcher an.",
     None, ("uses", "Pellworth", "The Witcher")),
])
def test_built_on_a_product_unless_a_work_adapts_it(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Der Fonds Lantero investiert 20 Millionen Euro in Quorix.",
     ("investsIn", "Lantero", "Quorix"), None),
    ("Der Fonds Lantero will 5 Millionen Euro in Quorix stecken, wie am Montag bekannt wurde.",
     ("investsIn", "Lantero", "Quorix"), None),
    # a town is where the money goes, not whom it goes to
    ("Der Fonds Lantero investiert 20 Millionen Euro in Oberursel.", None,
     ("investsIn", "Lantero", "Oberursel")),
    ("Der Fonds Lantero investiert 20 Millionen Euro in Quellenhausen.", None,
     ("investsIn", "Lantero", "Quellenhausen")),
    # an ordinary noun is a purpose
    ("Der Fonds Lantero investiert 20 Millionen Euro in Rechenzentren.", None,
     ("investsIn", "Lantero", "Rechenzentren")),
])
def test_an_unknown_name_after_investiert_in_is_the_investee(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def test_a_plain_word_in_capitals_is_no_acronym() -> None:
    assert ("uses", "BAHN", "ChatGPT") not in facts("Die BAHN setzt künftig auf ChatGPT.", "de")
    assert not any(t == "Organization" for _, t, _ in mentions(
        "Die POST und die BAHN streichen 300 Stellen.", "de"))
    # an acronym after a feminine article still names a company
    assert ("uses", "KVB", "ChatGPT") in facts("Die KVB setzt künftig auf ChatGPT.", "de")


@pytest.mark.parametrize(("text", "person"), [
    ("Aktualisiert am 10.11.24, um 14:27 von Ilvio Brenzach\nDer Club schließt.",
     "Ilvio Brenzach"),
    ("Zuletzt aktualisiert am 3. März 2024 von Ilvio Brenzach\nDer Club schließt.",
     "Ilvio Brenzach"),
])
def test_an_updated_byline_names_its_author(text: str, person: str) -> None:
    assert (person, "Person", person) in mentions(text, "de")


def test_updated_inside_a_sentence_is_no_byline() -> None:
    found = mentions("Die App wurde aktualisiert, die Anlage wurde von Ilvio Brenzach geprüft.",
                     "de")
    assert ("Ilvio Brenzach", "Person", "Ilvio Brenzach") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Harnwerk übernimmt Telvano.", ("acquires", "Harnwerk", "Telvano")),
    ("Der Versicherer Halvana und Harnwerk arbeiten künftig zusammen.",
     ("partnersWith", "Halvana", "Harnwerk")),
])
def test_an_unlisted_compound_without_article_is_a_name(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Das Harnwerk streicht 300 Stellen.",
    "Im neuen Harnwerk streicht der Betreiber 300 Stellen.",
    # a title before a name, and a street
    "Auch Bestandsinvestor Lantero ist dabei.",
    "Am Lindenplatz streicht Lantero 300 Stellen.",
])
def test_an_unlisted_compound_as_a_noun_is_no_company(text: str) -> None:
    found = mentions(text, "de")
    assert not any(w in name for name, t, _ in found if t == "Organization"
                   for w in ("Harnwerk", "Bestandsinvestor", "Lindenplatz"))


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Quorix gehört seit 2019 zu Kolbwerk.", ("acquires", "Kolbwerk", "Quorix"), None),
    # a village belongs to a town, a company to its customers' list
    ("Edenbrunn gehört seit 1972 zur Gemeinde Ortlingen.", None,
     ("acquires", "Ortlingen", "Edenbrunn")),
    ("Quorix gehört seit 2019 zu den Kunden von Kolbwerk.", None,
     ("acquires", "Kolbwerk", "Quorix")),
])
def test_belonging_to_a_company_both_unknown(text: str, fact: tuple | None,
                                             wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Die Brekotta GmbH baut Fabriken. Ihre Ingenieure nutzen Claude.",
     ("uses", "Brekotta", "Claude"), None),
    ("Der Maschinenbauer Brekotta wächst. Seine Entwickler setzen künftig auf Claude.",
     ("uses", "Brekotta", "Claude"), None),
    # the company's customers, or a person's engineers, are not the company
    ("Die Brekotta GmbH baut Fabriken. Ihre Kunden nutzen Claude.", None,
     ("uses", "Brekotta", "Claude")),
    ("Gründer Tom Brenni baut Fabriken. Seine Ingenieure nutzen Claude.", None,
     ("uses", "Tom Brenni", "Claude")),
])
def test_a_companys_people_opening_a_sentence_stand_for_it(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Das Start-up Quorix arbeitet mit der Kolbwerk AG zusammen. Es nutzt Claude.",
     ("uses", "Quorix", "Claude"), ("uses", "Kolbwerk", "Claude")),
    # two named alike: either may be meant
    ("Das Start-up Quorix und das Start-up Telvano arbeiten zusammen. Es nutzt Claude.",
     None, ("uses", "Quorix", "Claude")),
    ("Die Quorix AG arbeitet mit der Kolbwerk AG zusammen. Es nutzt Claude.",
     None, ("uses", "Quorix", "Claude")),
])
def test_es_after_two_companies_is_the_one_named_as_neuter(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Die Halvana AG arbeitet dabei mit dem Kölner Start-up Quorix zusammen.",
     ("partnersWith", "Halvana", "Quorix"), None),
    ("Die Halvana AG kooperiert mit dem jungen Start-up Quorix.",
     ("partnersWith", "Halvana", "Quorix"), None),
    # working with someone's data or former chief is no partnership
    ("Die Halvana AG arbeitet mit Daten von Quorix.", None,
     ("partnersWith", "Halvana", "Quorix")),
    ("Die Halvana AG arbeitet mit dem früheren Chef von Quorix zusammen.", None,
     ("partnersWith", "Halvana", "Quorix")),
])
def test_a_partner_with_a_place_or_adjective_before_its_descriptor(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def test_a_bare_chief_after_a_headline_ending_in_a_preposition_phrase() -> None:
    text = ("Kölner Versicherer Halvana setzt auf KI\nDie Halvana Versicherung AG will 40 "
            "Millionen Euro investieren. Das kündigte Vorstandschefin Dörte Wippermann an.")
    assert ("ceoOf", "Dörte Wippermann", "Halvana Versicherung") in facts(text, "de")
    # a company named after a preposition in the sentence before is no subject
    text = ("Die Lage ist gut. Das kündigte ein Kunde bei der Halvana AG an. Das sagte Chefin "
            "Dörte Wippermann.")
    assert not any(p == "ceoOf" for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_companys_name_as_first_name_among_people(lang: str) -> None:
    text = {"de": "In den Hauptrollen sind Tobias Kramer, Mila Vostrik und Lena Aberg zu sehen.",
            "en": "The cast includes Tobias Kramer, Mila Vostrik and Lena Aberg."}[lang]
    assert ("Mila Vostrik", "Person", "Mila Vostrik") in mentions(text, lang)
    # cars listed by maker and model are no people
    found = mentions("Im Test: Nissan Leaf, Kia Niro und Renault Zoe.", "de")
    assert not any(t == "Person" for _, t, _ in found)


@pytest.mark.parametrize(("text", "fact", "claim"), [
    # a title before the name: a negation after it is about what the chief does
    ("Halvana-Chef Malte Ohrdruf will Telvano nicht verkaufen.",
     ("ceoOf", "Malte Ohrdruf", "Halvana"), None),
    ("Der Siemens-Konzern übernimmt Telvano vollständig.", ("acquires", "Siemens", "Telvano"),
     None),
    # a negated appointment stays a claim; a subsidiary is not its parent
    ("Neuer Chef von Siemens wird Malte Ohrdruf nicht.", None,
     ("ceoOf", "Malte Ohrdruf", "Siemens")),
    ("Die Siemens-Tochter übernimmt Telvano.", None, ("acquires", "Siemens", "Telvano")),
])
def test_a_chiefs_title_and_a_groups_compound(text: str, fact: tuple | None,
                                              claim: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert claim is None or claim not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Das von Jorinde Saalfeld geführte Berliner Start-up Quorix sammelt Geld ein.",
     ("ceoOf", "Jorinde Saalfeld", "Quorix"), None),
    ("Die seit 2020 von Jorinde Saalfeld geleitete Quorix AG wächst.",
     ("ceoOf", "Jorinde Saalfeld", "Quorix"), None),
    # founded, a project of the company, talks led with it: no chief
    ("Die von Jorinde Saalfeld gegründete Quorix AG wächst.", None,
     ("ceoOf", "Jorinde Saalfeld", "Quorix")),
    ("Das von Jorinde Saalfeld geleitete Projekt der Quorix AG wächst.", None,
     ("ceoOf", "Jorinde Saalfeld", "Quorix")),
    ("Die von Jorinde Saalfeld geführten Gespräche mit der Quorix AG scheiterten.", None,
     ("ceoOf", "Jorinde Saalfeld", "Quorix")),
])
def test_a_company_led_by_a_person_named_before_it(text: str, fact: tuple | None,
                                                   wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "wrong"), [
    # a bare compound after a verb or preposition is a mass noun, not a company
    ("Bosch investiert 20 Millionen Euro in Ladeinfrastruktur.",
     ("investsIn", "Bosch", "Ladeinfrastruktur")),
    ("Bosch kauft Wasserstofftechnik zu.", ("acquires", "Bosch", "Wasserstofftechnik")),
    ("Bosch kooperiert mit Wasserstofftechnik.",
     ("partnersWith", "Bosch", "Wasserstofftechnik")),
])
def test_a_bare_compound_after_a_verb_or_preposition_is_no_company(text: str,
                                                                   wrong: tuple) -> None:
    assert wrong not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Siemens-Boss Malte Ohrdruf sagte, man sei zufrieden.",
     ("ceoOf", "Malte Ohrdruf", "Siemens"), None),
    ("Malte Ohrdruf (55), Chef von Siemens, sagte, man sei zufrieden.",
     ("ceoOf", "Malte Ohrdruf", "Siemens"), None),
    # an age before another role; a company whose name ends in the title word
    ("Malte Ohrdruf (55), Kunde von Siemens, sagte das.", None,
     ("ceoOf", "Malte Ohrdruf", "Siemens")),
    ("Hugo-Boss-Chef Malte Ohrdruf sagte, man sei zufrieden.", None,
     ("ceoOf", "Malte Ohrdruf", "Hugo")),
])
def test_a_boss_and_an_age_beside_the_chief(text: str, fact: tuple | None,
                                            wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Neuer Siemens-Chef wird ab Mai Malte Ohrdruf, teilte der Konzern mit.",
     ("ceoOf", "Malte Ohrdruf", "Siemens"), None),
    ("Malte Ohrdruf folgt auf Jorinde Saalfeld an der Spitze des Siemens-Konzerns.",
     ("ceoOf", "Malte Ohrdruf", "Siemens"), None),
    # "X zufolge" names a source; a negated appointment stays a claim
    ("Der Siemens-Chef ist Malte Ohrdruf zufolge zu teuer.", None,
     ("ceoOf", "Malte Ohrdruf", "Siemens")),
    ("Neuer Siemens-Chef wird Malte Ohrdruf nicht.", None,
     ("ceoOf", "Malte Ohrdruf", "Siemens")),
])
def test_a_new_chief_named_after_the_title_and_a_successor(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    # a round's leaders after the perfect, and fronted
    ("Das Kölner Start-up Quorix hat 80 Millionen Euro eingesammelt, angeführt von Lidl und "
     "Bosch.", ("investsIn", "Bosch", "Quorix")),
    ("Angeführt von Lidl und Bosch sammelte Quorix 80 Millionen Euro ein.",
     ("investsIn", "Lidl", "Quorix")),
    ("Unter Führung von Lidl hat Quorix 80 Millionen Euro eingesammelt.",
     ("investsIn", "Lidl", "Quorix")),
    # a model presented "mit" it, as the company's own
    ("OpenAI stellt mit GPT-5 sein bislang stärkstes Modell vor.",
     ("developedBy", "GPT-5", "OpenAI")),
    ("Google bringt mit Gemini 3 sein neues Modell auf den Markt.",
     ("developedBy", "Gemini 3", "Google")),
])
def test_german_round_leaders_and_launches_with_mit(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "wrong"), [
    # led by a business, not by an investor
    ("Quorix hat 2025 einen Umsatz von 50 Millionen Euro erzielt, angeführt vom "
     "Cloud-Geschäft der Telekom.", ("investsIn", "Deutsche Telekom", "Quorix")),
    # led by a person
    ("Angeführt von Vorstandschef Jonas Brenner hat Quorix 80 Millionen Euro eingesammelt.",
     ("investsIn", "Jonas Brenner", "Quorix")),
    # switching something over with a product is no launch of it
    ("Siemens stellt mit ChatGPT seine Kundenkommunikation um.",
     ("developedBy", "ChatGPT", "Siemens")),
])
def test_german_round_leaders_and_launches_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "de")


@pytest.mark.parametrize(("text", "chief", "former"), [
    # the one replaced "als Chef" is the former chief, not a second one
    ("Jorinde Saalfeld löst Malte Ohrdruf als Chefin von Telvano ab.",
     "Jorinde Saalfeld", "Malte Ohrdruf"),
    ("Jorinde Saalfeld ersetzt Malte Ohrdruf als Chefin der Telvano AG.",
     "Jorinde Saalfeld", "Malte Ohrdruf"),
    ("Jorinde Saalfeld folgt auf Malte Ohrdruf als Chefin der Telvano AG.",
     "Jorinde Saalfeld", "Malte Ohrdruf"),
    ("Jorinde Saalfeld wird Nachfolgerin von Malte Ohrdruf als Chefin der Telvano AG.",
     "Jorinde Saalfeld", "Malte Ohrdruf"),
    ("Malte Ohrdruf wird als Chef von Telvano von Jorinde Saalfeld abgelöst.",
     None, "Malte Ohrdruf"),
    ("Malte Ohrdruf tritt als Chef von Telvano ab.", None, "Malte Ohrdruf"),
    ("Malte Ohrdruf trat im Mai als Chef von Telvano zurück.", None, "Malte Ohrdruf"),
])
def test_a_successor_is_chief_and_the_one_replaced_is_not(text: str, chief: str | None,
                                                         former: str) -> None:
    found = facts(text, "de")
    assert chief is None or ("ceoOf", chief, "Telvano") in found
    assert ("ceoOf", former, "Telvano") not in found


@pytest.mark.parametrize("text", [
    # starting in the post, or what the chief does in it, keeps the fact
    "Malte Ohrdruf tritt als Chef von Telvano an.",
    "Malte Ohrdruf lehnt als Chef von Telvano eine Fusion ab.",
    "Der Aufsichtsrat setzt auf Malte Ohrdruf als Chef von Telvano.",
])
def test_a_chief_named_with_als_who_stays(text: str) -> None:
    assert ("ceoOf", "Malte Ohrdruf", "Telvano") in facts(text, "de") | hedged(text, "de")


@pytest.mark.parametrize(("text", "fact", "negated"), [
    # a negation after a verb of its own negates that verb's statement, not the match
    ("Halvana-Chef Malte Ohrdruf verkauft seine Aktien nicht.",
     ("ceoOf", "Malte Ohrdruf", "Halvana"), False),
    ("Malte Ohrdruf, Chef von Halvana, will nicht verkaufen.",
     ("ceoOf", "Malte Ohrdruf", "Halvana"), False),
    ("Die Halvana AG nutzt Claude und will nicht wechseln.",
     ("uses", "Halvana", "Claude"), False),
    # one that belongs to the matched statement still negates it
    ("Neuer Chef von Halvana wird Malte Ohrdruf vorerst doch nicht.",
     ("ceoOf", "Malte Ohrdruf", "Halvana"), True),
    ("Die Halvana AG nutzt Claude seit Mai nicht mehr.", ("uses", "Halvana", "Claude"), True),
])
def test_a_negation_belongs_to_its_own_verb(text: str, fact: tuple, negated: bool) -> None:
    assert (fact in hedged(text, "de")) is negated
    assert (fact in facts(text, "de")) is not negated


@pytest.mark.parametrize(("text", "fact"), [
    # the top job taken over, with the company in an earlier sentence or after the job
    ("Die Telvano AG stellt ihren Vorstand neu auf. Den Vorstandsvorsitz übernimmt "
     "Jorinde Saalfeld.", ("ceoOf", "Jorinde Saalfeld", "Telvano")),
    ("Telvano-Chef Malte Ohrdruf geht in den Ruhestand. Die Leitung übernimmt ab Mai "
     "Jorinde Saalfeld.", ("ceoOf", "Jorinde Saalfeld", "Telvano")),
    ("Malte Ohrdruf verlässt die Telvano AG. Die Führung soll Jorinde Saalfeld übernehmen.",
     ("ceoOf", "Jorinde Saalfeld", "Telvano")),
    ("Die Leitung der Telvano AG übernimmt zum 1. Mai Jorinde Saalfeld.",
     ("ceoOf", "Jorinde Saalfeld", "Telvano")),
])
def test_the_top_job_taken_over(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # the head of a new lab or unit is no chief of the company
    "Die Telvano AG eröffnet ein Labor in Berlin. Die Leitung übernimmt Jorinde Saalfeld.",
    "Die Telvano AG baut eine KI-Sparte auf. Die Leitung der Sparte übernimmt Jorinde Saalfeld.",
])
def test_the_head_of_a_unit_is_no_chief(text: str) -> None:
    assert not any(p == "ceoOf" for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    # an unknown name as the subject of a completed takeover is a company
    ("Telvano hat die Übernahme des Wettbewerbers Brastor abgeschlossen.",
     ("acquires", "Telvano", "Brastor")),
    ("Im Mai hat Telvano die Übernahme von Brastor abgeschlossen.",
     ("acquires", "Telvano", "Brastor")),
    ("Telvano schließt die Übernahme von Brastor ab.", ("acquires", "Telvano", "Brastor")),
])
def test_an_unknown_buyer_completing_a_takeover(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_a_source_of_news_on_a_takeover_is_no_buyer() -> None:
    found = facts("Laut Telvano hat die Übernahme von Brastor länger gedauert.", "de")
    assert not any(p == "acquires" for p, _, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    # the maker's product inside the descriptor ("des ChatGPT-Entwicklers")
    ("Dario Amodei, Chef des Claude-Entwicklers Anthropic, sprach in Berlin.",
     ("ceoOf", "Dario Amodei", "Anthropic")),
    ("Der Chef des Claude-Entwicklers Anthropic, Dario Amodei, sprach in Berlin.",
     ("ceoOf", "Dario Amodei", "Anthropic")),
    # the sum first, the verb after a modal at the end
    ("Rund 20 Milliarden Euro will die Telekom bis 2030 in Rechenzentren investieren.",
     ("invests", "Deutsche Telekom", None)),
])
def test_german_ai_news_chiefs_and_sums(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_a_sum_to_be_saved_is_no_investment() -> None:
    assert not facts("Rund 20 Milliarden Euro will die Telekom bis 2030 sparen.", "de")


@pytest.mark.parametrize(("text", "fact"), [
    # a model that drives a company's service or a product
    ("Claude treibt den Kundenchat von Zalando an.", ("uses", "Zalando", "Claude")),
    ("Claude treibt künftig Zalandos Kundenchat an.", ("uses", "Zalando", "Claude")),
    ("Gemini treibt künftig Siri an.", ("uses", "Apple", "Gemini")),
])
def test_a_model_driving_a_service(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # what drives a share price or demand is no use
    "Der Erfolg von ChatGPT treibt die Aktie von Microsoft an.",
    "Claude treibt die Nachfrage von Zalando an.",
])
def test_a_model_driving_a_market_is_no_use(text: str) -> None:
    assert not any(p == "uses" for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    # an unlisted compound right after a takeover verb is what is taken over: a company
    ("Der Maschinenbauer Kolbwerk übernimmt Harnwerk.", ("acquires", "Kolbwerk", "Harnwerk")),
    ("Kolbwerk kauft Harnwerk für 20 Millionen Euro.", ("acquires", "Kolbwerk", "Harnwerk")),
    # a group named only in its compound ("der X-Konzern") is a company
    ("Der Daimler-Konzern übernimmt den Zulieferer Vantiq.", ("acquires", "Daimler", "Vantiq")),
    ("Die Kolbwerk-Gruppe kauft den Zulieferer Vantiq.", ("acquires", "Kolbwerk", "Vantiq")),
])
def test_takeover_targets_and_groups_named_in_compounds(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "found"), [
    # a group's head (column one_group of company_compound_heads.tsv, with its genitive)
    # after an article makes a word no dictionary has one company; another head does not
    ("Der Vorstand des Kolbwerk-Konzerns billigt den Plan.", ["Kolbwerk"]),
    ("Der Vorstand des Kolbwerk-Werks billigt den Plan.", []),
])
def test_one_groups_head_after_an_article_names_a_company(text: str, found: list) -> None:
    assert [n for n, t, _ in mentions(text, "de") if t == "Organization"] == found


@pytest.mark.parametrize("text", [
    # goods, sites and a sector are no companies
    "Kolbwerk übernimmt Solarpark in Brandenburg.",
    "Kolbwerk übernimmt Verantwortung.",
    "Der Pharma-Konzern übernimmt den Zulieferer Vantiq.",
    "Ein Kolbwerk-Konzern wäre zu groß.",
])
def test_goods_and_sectors_in_takeovers_are_no_companies(text: str) -> None:
    found = mentions(text, "de")
    assert not any(t == "Organization" and n in ("Solarpark", "Verantwortung", "Pharma",
                                                   "Kolbwerk") for n, t, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    # an ordinary word before a group's head noun names a company when the article names it
    # so a second time, or when the head is a holding or a bank
    ("Kranich-Chef Jonas Berg bestätigte den Bericht. Die Kranich-Gruppe übernimmt den "
     "Zulieferer Vantiq.", ("acquires", "Kranich", "Vantiq")),
    ("Der Sperber-Konzern übernimmt den Zulieferer Vantiq. Ein Sperber-Sprecher bestätigte "
     "das.", ("acquires", "Sperber", "Vantiq")),
    ("Die Dohlen-Gruppe übernimmt die Merkur-Bank. Die Dohlen-Aktie steigt.",
     ("acquires", "Dohlen", "Merkur")),
    ("Die Dohlen-Holding übernimmt den Zulieferer Vantiq.", ("acquires", "Dohlen", "Vantiq")),
])
def test_a_common_word_joined_to_a_group_head_names_a_company(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # a kind of group: a compound the word list knows, a linking s, a listed sector word
    "Die Risiko-Gruppe wächst. Die Risiko-Aktie fällt.",
    "Die Arbeits-Gruppe tagt. Die Arbeits-Aktie fällt.",
    "Die Corona-Gruppe des Kreises tagt. Ihr Corona-Sprecher bestätigte das.",
    "Die Beteiligungs-Holding der Familie wächst.",
    "Die Online-Bank wächst.",
    "Die Förder-Bank des Landes wächst.",
    # a word named once by one group compound, or only with shares in the plural
    "Der Kupfer-Konzern wächst. Die Kupfer-Aktien fallen.",
    "Die Kaffee-Gruppe wächst. Der Kaffee-Konzern wächst.",
    # no definite article: no one group
    "Eine Kranich-Gruppe wäre zu groß. Die Kranich-Aktie gibt es nicht.",
])
def test_kinds_of_groups_named_by_a_common_word_are_no_companies(text: str) -> None:
    first = text.split("-", 1)[0].split()[-1]
    assert not any(t == "Organization" and n == first for n, t, _ in mentions(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    # a company the press names by a common noun with the definite article
    ("Die Bahn übernimmt den Busbetreiber Vantiq.", ("acquires", "Deutsche Bahn", "Vantiq")),
    ("Die Post hat den Paketdienst Vantiq übernommen.", ("acquires", "Deutsche Post", "Vantiq")),
    ("Jana Roth ist Chefin der Bahn.", ("ceoOf", "Jana Roth", "Deutsche Bahn")),
    ("Bahn-Chefin Jana Roth kündigt.", ("ceoOf", "Jana Roth", "Deutsche Bahn")),
])
def test_companies_named_by_a_noun_with_the_article(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_a_company_named_by_a_noun_after_a_preposition() -> None:
    assert ("Post", "Organization", "Deutsche Post") in mentions(
        "Bei der Post fallen 800 Stellen weg.", "de")


@pytest.mark.parametrize("text", [
    "Er schickt die Verträge mit der Post an Vantiq.",
    "Sie fährt mit der Bahn zu Vantiq nach Kiel.",
    "Eine Bahn verbindet die Werke von Vantiq.",
])
def test_the_noun_as_a_thing_is_no_company(text: str) -> None:
    found = mentions(text, "de")
    assert not any(key in ("Deutsche Bahn", "Deutsche Post") for _, _, key in found), found


@pytest.mark.parametrize(("text", "fact"), [
    # a name and a trade word after a definite article are one company's name
    ("Die Hafenkante Spedition setzt seit Mai auf Claude.",
     ("uses", "Hafenkante Spedition", "Claude")),
    ("Bei der Lindgrün Assekuranz läuft Claude.", ("uses", "Lindgrün Assekuranz", "Claude")),
    ("Vantiq übernimmt die Talwerk Immobilien.", ("acquires", "Vantiq", "Talwerk Immobilien")),
    # and a cue's name runs on over the trade word
    ("Der Logistiker Hafenkante Spedition nutzt Claude.",
     ("uses", "Hafenkante Spedition", "Claude")),
])
def test_a_name_and_a_trade_word_are_a_company(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # a part or field of a company, a cue, a town's trade, a subordinate clause
    "Der Umsatz im Bereich Logistik stieg, die Sparte Energie schrumpfte.",
    "Die Anlageklasse Immobilien bleibt gefragt.",
    "Das Unternehmen Energie wächst nicht.",
    "Die Bremer Logistik wächst, die Münchner Software auch.",
    "Er sagt, dass die Regierung Energie subventioniert.",
    "Der Versorger, der die Stadt Energie liefert, wächst.",
])
def test_fields_towns_and_objects_before_a_trade_word_are_no_company(text: str) -> None:
    found = mentions(text, "de")
    assert not any(typ == "Organization" for _, typ, _ in found), found


@pytest.mark.parametrize("town", ["Monte Carlo", "Santo Domingo", "Belo Horizonte"])
def test_a_town_that_looks_like_a_name_is_no_person(town: str) -> None:
    found = mentions(f"{town} - Die Firma Kolbwerk wächst weiter.", "de")
    assert not any(t == "Person" for _, t, _ in found)


def test_a_firm_named_after_a_partner_mentioned_by_name() -> None:
    found = mentions("Quendt+Holler: Die Anleger sind nervös, sagt Jakob Quendt, Vorstand der "
                     "Quendt+Holler Rechtsanwaltsaktiengesellschaft.", "de")
    assert ("Quendt+Holler", "Organization", "Quendt+Holler") in found
    assert ("Jakob Quendt", "Person", "Jakob Quendt") in found


@pytest.mark.parametrize(("text", "fact"), [
    # a past post is kept as a claim, not asserted
    ("Der frühere Telvano-Chef Malte Ohrdruf berät nun Brastor.",
     ("ceoOf", "Malte Ohrdruf", "Telvano")),
    ("Malte Ohrdruf, bis 2019 Chef von Telvano, berät nun Brastor.",
     ("ceoOf", "Malte Ohrdruf", "Telvano")),
    ("Malte Ohrdruf war bis 2019 Chef von Telvano.", ("ceoOf", "Malte Ohrdruf", "Telvano")),
    # a takeover refused or blocked after the statement
    ("Die Übernahme von Brastor durch Telvano wurde von den Aktionären abgelehnt.",
     ("acquires", "Telvano", "Brastor")),
    ("Die Übernahme von Brastor durch Telvano wurde von der Kartellbehörde blockiert.",
     ("acquires", "Telvano", "Brastor")),
])
def test_past_posts_and_blocked_takeovers_are_claims(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")
    assert fact in hedged(text, "de")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # the head of a company body is no chief of the company
    ("Malte Ohrdruf, Chef des Betriebsrats von Telvano, sprach in Berlin.", None,
     ("ceoOf", "Malte Ohrdruf", "Telvano")),
    # a long-serving chief is one; a refusal in another clause undoes nothing
    ("Der langjährige Telvano-Chef Malte Ohrdruf sprach in Berlin.",
     ("ceoOf", "Malte Ohrdruf", "Telvano"), None),
    ("Telvano übernimmt Brastor, nachdem die Behörde einen ersten Plan abgelehnt hatte.",
     ("acquires", "Telvano", "Brastor"), None),
])
def test_bodies_long_serving_chiefs_and_other_clauses(text: str, fact: tuple | None,
                                                      wrong: tuple | None) -> None:
    found = facts(text, "de")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    # a maker presenting its model "mit X"
    ("Baidu stellt mit Ernie 4.5 ein neues Modell vor.", ("developedBy", "Ernie 4.5", "Baidu")),
    ("Kolbwerk präsentiert mit Harnio ein eigenes Sprachmodell.",
     ("developedBy", "Harnio", "Kolbwerk")),
])
def test_a_maker_presenting_its_model_with_mit(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Baidu zeigt mit Ernie 4.5 ein starkes Ergebnis.",
    "Kolbwerk stellt mit Quorix einen neuen Partner vor.",
])
def test_a_result_or_partner_shown_with_mit_is_no_model(text: str) -> None:
    # no pattern reads a making here (the catalogue may still know Ernie as Baidu's)
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "de")
    assert not any(r.predicate == "developedBy" and r.evidence.rule != "catalogue-maker"
                   for r in extract_article(article).relations)


@pytest.mark.parametrize(("text", "fact"), [
    # a company name no dictionary knows, named once only, in the slot of a business verb
    ("Sorvanta nutzt für die Übersetzung seiner Handbücher Claude.",
     ("uses", "Sorvanta", "Claude")),
    ("Sorvanta setzt bei der Routenplanung seit Mai auf Gemini.", ("uses", "Sorvanta", "Gemini")),
    ("Sorvanta hat ChatGPT für alle Mitarbeiter freigeschaltet.",
     ("uses", "Sorvanta", "ChatGPT")),
    ("Der neue Assistent von Sorvanta basiert auf Llama 3.", ("uses", "Sorvanta", "Llama 3")),
    ("Sorvanta kooperiert künftig mit Microsoft.", ("partnersWith", "Sorvanta", "Microsoft")),
    ("Sorvanta arbeitet bei Batterien mit Siemens zusammen.",
     ("partnersWith", "Sorvanta", "Siemens")),
    ("Sorvanta steigt bei Telvano ein.", ("investsIn", "Sorvanta", "Telvano")),
    ("Sorvanta investiert in Telvano.", ("investsIn", "Sorvanta", "Telvano")),
    ("Sorvanta führt die Finanzierungsrunde von Telvano an.",
     ("investsIn", "Sorvanta", "Telvano")),
    ("Mit dem Kauf von Telvano stärkt Sorvanta sein Cloud-Geschäft.",
     ("acquires", "Sorvanta", "Telvano")),
    ("Anna Berger, die Sorvanta seit 2020 führt, ist zufrieden.",
     ("ceoOf", "Anna Berger", "Sorvanta")),
    ("An der Spitze von Sorvanta steht Jonas Feldmann.", ("ceoOf", "Jonas Feldmann", "Sorvanta")),
    ("Wir wachsen, sagte Firmenchef Peter Hansen von Sorvanta.",
     ("ceoOf", "Peter Hansen", "Sorvanta")),
])
def test_untyped_company_names_in_business_verb_slots(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "relation"), [
    # a source before the verb is not its subject
    ("Nach Angaben von Sorvanta nutzen viele Firmen ChatGPT.", "uses"),
    # a manner after "mit" is no partner
    ("Sorvanta arbeitet mit handwerklichem Geschick an Fenstern.", "partnersWith"),
    ("Dank Claude und Siemens wächst die Firma.", "uses"),
])
def test_untyped_names_out_of_the_subject_slot_are_no_party(text: str, relation: str) -> None:
    assert not any(p == relation for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    # the group named with an article merged into its preposition
    ("Quorix gehört künftig zum Sorvanta-Konzern.", ("acquires", "Sorvanta", "Quorix")),
    ("Quorix gehört seit Mai zur Sorvanta-Gruppe.", ("acquires", "Sorvanta", "Quorix")),
    # a product named after the model it is built on, or "auf X basierend"
    ("Der Gemini-basierte Assistent von Sorvanta beantwortet Kundenfragen.",
     ("uses", "Sorvanta", "Gemini")),
    ("Der auf GPT-4o basierende Chatbot der Allianz antwortet rund um die Uhr.",
     ("uses", "Allianz", "GPT-4o")),
    ("Sorvanta bringt ChatGPT in seine Fahrzeuge.", ("uses", "Sorvanta", "ChatGPT")),
    ("Mit Hilfe von Claude wertet die Allianz Verträge aus.", ("uses", "Allianz", "Claude")),
    ("Die Finanzierungsrunde von Quorix führt der Wagniskapitalgeber Lakestar an.",
     ("investsIn", "Lakestar", "Quorix")),
])
def test_groups_model_based_products_and_fronted_rounds(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Quorix gehört künftig zum Tech-Konzern.", None),  # a kind of company, not one
    ("Google bringt Gemini in seine Suchmaschine.", ("uses", "Google", "Gemini")),  # its own
    ("Die Übernahme von Quorix durch Kolbwerk ist gescheitert.",
     ("acquires", "Kolbwerk", "Quorix")),
    ("Der Deal ist geplatzt: SAP übernimmt Celonis nicht.", ("acquires", "SAP", "Celonis")),
    ("Die Übernahme von Celonis durch SAP ist geplatzt.", ("acquires", "SAP", "Celonis")),
])
def test_kinds_of_companies_own_models_and_failed_deals_are_not_asserted(
        text: str, fact: tuple | None) -> None:
    found = facts(text, "de")
    if fact is None:
        assert not any(p == "acquires" for p, _, _ in found)
    else:
        assert fact not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Wahrscheinlich übernimmt SAP Celonis noch in diesem Jahr.", ("acquires", "SAP", "Celonis")),
    ("Gemini überholt wohl bald ChatGPT.", ("surpasses", "Gemini", "ChatGPT")),
    ("Vermutlich übernimmt SAP Celonis.", ("acquires", "SAP", "Celonis")),
])
def test_likely_but_unconfirmed_facts_are_hedged(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")
    assert fact in hedged(text, "de")


@pytest.mark.parametrize(("text", "name"), [
    # kinds of products before a name the catalogue does not know
    ("Der Chip Nexon X2 soll im Herbst in Serie gehen.", "Nexon X2"),
    ("Mit dem KI-Chip Varo kontert Sorvanta die Konkurrenz.", "Varo"),
    ("Sorvanta nutzt das Analysetool Quarkis.", "Quarkis"),
    ("Der KI-Agent Orbix bucht Reisen.", "Orbix"),
    ("Der Browser Sorvo kommt im Mai.", "Sorvo"),
])
def test_chips_tools_agents_and_browsers_name_products(text: str, name: str) -> None:
    found = mentions(text, "de")
    assert (name, "Product", name) in found
    assert not any(t == "Person" for _, t, _ in found)


def test_a_cue_word_opening_a_sentence_may_still_be_a_first_name() -> None:
    assert ("Chip Wilson", "Person", "Chip Wilson") in mentions("Chip Wilson gründete Lululemon.",
                                                                 "de")


def test_a_product_word_opening_a_compound_descriptor_keeps_it_an_anaphor() -> None:
    found = mentions("Nvidia wächst. Der App-Anbieter stellt 500 Leute ein.", "de")
    assert ("Der App-Anbieter", "Organization", "Nvidia") in found


@pytest.mark.parametrize(("text", "fact"), [
    # a field word with a hyphen between the verb and the model overtaken
    ("Qwen 2.5 übertrifft in Programmier-Aufgaben Metas Llama 3.",
     ("surpasses", "Qwen 2.5", "Llama 3")),
    # "ist X besser als Y", "X setzt sich gegen Y durch", "Die Nummer eins ist X, dahinter Y"
    ("Damit ist Grok 3 laut xAI leistungsfähiger als GPT-4o.", ("surpasses", "Grok 3", "GPT-4o")),
    ("Claude 3.5 Sonnet setzt sich im Test klar gegen GPT-4o durch.",
     ("surpasses", "Claude 3.5 Sonnet", "GPT-4o")),
    ("Die Nummer eins ist jetzt Gemini 2.5 Pro, dahinter folgt GPT-4o.",
     ("surpasses", "Gemini 2.5 Pro", "GPT-4o")),
    # buying said with "Mit X kauft Y einen ...", "greift bei X zu", "sichert sich den ... X"
    ("Mit Sorvanta kauft Cisco einen Spezialisten für Netzwerksicherheit.",
     ("acquires", "Cisco", "Sorvanta")),
    ("Cisco greift bei Sorvanta zu.", ("acquires", "Cisco", "Sorvanta")),
    ("Cisco sichert sich den Münchner KI-Spezialisten Sorvanta.",
     ("acquires", "Cisco", "Sorvanta")),
    ("Nach der Übernahme durch Cisco soll Sorvanta eigenständig bleiben.",
     ("acquires", "Cisco", "Sorvanta")),
])
def test_more_german_ways_to_overtake_and_to_buy(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "wrong"), [
    ("Apple setzt sich vor Gericht gegen Epic Games durch.", "surpasses"),  # companies in court
    ("Cisco sichert sich den Auftrag von Sorvanta.", "acquires"),  # an order, not the firm
    ("Cisco sichert sich Sorvanta als Partner.", "acquires"),
    ("Mit dem Geld von Sorvanta kauft Cisco eine Firma.", "acquires"),
])
def test_courts_orders_and_partners_are_no_overtaking_or_buying(text: str, wrong: str) -> None:
    assert not any(p == wrong for p, _, _ in facts(text, "de"))


def test_the_company_after_mit_is_bought_not_buying() -> None:
    found = facts("Mit dem Kölner Anbieter Sorvanta kauft Cisco einen Spezialisten.", "de")
    assert ("acquires", "Cisco", "Sorvanta") in found
    assert ("acquires", "Sorvanta", "Cisco") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Sorvanta hat Peter Hansen zum neuen Vorstandschef ernannt.",
     ("ceoOf", "Peter Hansen", "Sorvanta")),
    ("Sorvanta wird seit Jahren von Peter Hansen geführt.", ("ceoOf", "Peter Hansen", "Sorvanta")),
    ("Der Sorvanta-Chef, Peter Hansen, zeigte sich zuversichtlich.",
     ("ceoOf", "Peter Hansen", "Sorvanta")),
    ("Peter Hansen, Sorvanta-Chef seit 2019, sprach in Berlin.",
     ("ceoOf", "Peter Hansen", "Sorvanta")),
    ("Peter Hansen, CEO und Mitgründer von Sorvanta, erklärte das.",
     ("ceoOf", "Peter Hansen", "Sorvanta")),
])
def test_chiefs_appointed_in_apposition_or_with_a_second_role(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Peter Hansen, Sorvanta-Chef bis 2019, sprach in Berlin.",
    "Peter Hansen, Sorvanta-Finanzchef, sprach in Berlin.",
    "Peter Hansen, der frühere Sorvanta-Chef, sprach in Berlin.",
])
def test_past_chiefs_and_other_chiefs_in_apposition_are_not_asserted(text: str) -> None:
    assert ("ceoOf", "Peter Hansen", "Sorvanta") not in facts(text, "de")


@pytest.mark.parametrize(("text", "name"), [
    ("Der neue Assistent „Nora“ beantwortet Fragen.", "Nora"),
    ('Sorvanta stellt die App "Lumio" vor.', "Lumio"),
])
def test_a_product_name_in_quotes_after_its_kind(text: str, name: str) -> None:
    assert (name, "Product", name) in mentions(text, "de")


def test_a_quote_after_a_company_word_is_no_name() -> None:
    found = mentions('Der Konzern "Wir sind stark" sagte Hansen.', "de")
    assert not any(t in ("Organization", "Product") for _, t, _ in found)


def test_a_company_named_once_owns_the_product_it_calls_its_own() -> None:
    found = facts("Sorvanta integriert Claude in seine Plattform Lumio.", "de")
    assert ("developedBy", "Lumio", "Sorvanta") in found
    assert ("uses", "Sorvanta", "Claude") in found
    assert not any(p == "developedBy" for p, _, _ in facts(
        "Peter Hansen ist Gründer. Hansen stellte seine App Lumio vor.", "de"))


def test_a_descriptor_repeated_points_to_the_company_it_introduced() -> None:
    text = ("Der Kieler Versorger Nordwatt Energie stellt seinen Kundendienst um. Die Antworten "
            "kommen von Claude von Anthropic. Bislang hatte die Firma auf einen Anbieter aus "
            "Jena gesetzt. Lena Brandt führt den Versorger seit 2021.")
    assert ("ceoOf", "Lena Brandt", "Nordwatt Energie") in facts(text, "de")
    assert ("ceoOf", "Lena Brandt", "Anthropic") not in facts(text, "de")


def test_a_descriptor_a_nearer_company_also_fits_stays_with_the_nearer_one() -> None:
    text = ("Beim Versicherer Hanseatica läuft Claude. Einen anderen Weg geht die Nordkamp "
            "Versicherung. Der kleine Versicherer nutzt Llama 3.")
    found = facts(text, "de")
    assert ("uses", "Nordkamp Versicherung", "Llama 3") in found
    assert ("uses", "Hanseatica", "Llama 3") not in found


def test_a_maker_named_after_its_model_is_not_what_the_company_goes_on_about() -> None:
    text = ("Der Bremer Stromanbieter Nordwatt hat einen neuen Assistenten. Er basiert auf "
            "GPT-4.1 von OpenAI. Das Modell bezieht das Unternehmen über einen Partner; "
            "Lena Brandt leitet das Unternehmen seit 2021.")
    assert ("ceoOf", "Lena Brandt", "OpenAI") not in facts(text, "de")


def test_a_verb_in_a_closed_relative_clause_hedges_nothing() -> None:
    text = "Im Test, der die Modelle auf Fehler prüft, übertrifft Claude 3.5 Sonnet GPT-4o."
    assert ("surpasses", "Claude 3.5 Sonnet", "GPT-4o") in facts(text, "de")
    assert ("acquires", "SAP", "Celonis") not in facts("SAP prüft, ob es Celonis übernimmt.",
                                                       "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Claude ist unter anderem bei der Kölner Direktbank Sorvanta im Einsatz.",
     ("uses", "Sorvanta", "Claude")),
    ("Der KI-Editor des Start-ups Anysphere heißt Cursor. Der Editor hat Copilot überholt.",
     ("surpasses", "Cursor", "Microsoft Copilot")),
    ("Quorix gehört seit Juli 2025 zu Sorvanta.", ("acquires", "Sorvanta", "Quorix")),
])
def test_in_use_at_a_described_company_editors_and_owners_since_a_month(text: str,
                                                                          fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_two_companies_after_a_fronted_verb_both_use_it() -> None:
    found = facts("Neben Sorvanta greifen auch die Deutsche Bahn und SAP für einzelne "
                  "Anwendungen auf Claude zurück.", "de")
    assert ("uses", "Deutsche Bahn", "Claude") in found
    assert ("uses", "SAP", "Claude") in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Nutzen Siemens und Bosch bald Gemini?", ("uses", "Siemens", "Gemini")),
    ("Übernimmt SAP Celonis?", ("acquires", "SAP", "Celonis")),
])
def test_a_question_is_asked_not_stated(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")
    assert fact in hedged(text, "de")


def test_a_question_in_another_clause_leaves_the_statement() -> None:
    assert ("acquires", "SAP", "Celonis") in facts("SAP übernimmt Celonis, aber wer zahlt?", "de")


@pytest.mark.parametrize(("text", "fact"), [
    # a product that uses a model: its maker does
    ("Apple Intelligence greift für komplexe Anfragen auf ChatGPT zurück.",
     ("uses", "Apple", "ChatGPT")),
    ("Siri nutzt inzwischen ChatGPT.", ("uses", "Apple", "ChatGPT")),
])
def test_a_product_using_a_model_makes_its_maker_a_user(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_a_product_of_an_unknown_maker_using_a_model_names_no_user() -> None:
    assert not any(p == "uses" for p, _, _ in facts("Die App Lumio nutzt Claude.", "de"))


# A modal verb with its infinitive at the end ("X will Y übernehmen", "X soll Y einsetzen")
# is read as the finite verb, for every relation; the hedges decide whether it is asserted.
_INTRO = ("Der Autozulieferer Brandwerk wächst. Das Start-up Quorix wächst. "
          "Der Softwarekonzern Vantiq wächst. ")


@pytest.mark.parametrize(("text", "fact"), [
    ("Vantiq wird Gemini in allen Filialen einführen.", ("uses", "Vantiq", "Gemini")),
    ("Brandwerk will mit Quorix zusammenarbeiten.", ("partnersWith", "Brandwerk", "Quorix")),
    ("Brandwerk kann nun bei Quorix einsteigen.", ("investsIn", "Brandwerk", "Quorix")),
    ("Vantiq will den Chip Vespa im Herbst vorstellen.", ("developedBy", "Vespa", "Vantiq")),
    ("Brandwerk wird Quorix kaufen.", ("acquires", "Brandwerk", "Quorix")),
])
def test_a_modal_verb_with_the_infinitive_at_the_end(text: str, fact: tuple) -> None:
    assert fact in facts(_INTRO + text, "de")


@pytest.mark.parametrize("text", [
    "Brandwerk dürfte Quorix übernehmen.",
    "Brandwerk soll Quorix übernehmen wollen.",
    "Brandwerk möchte Quorix kaufen.",
    "Brandwerk könnte Quorix bald kaufen.",
    "Brandwerk soll Quorix übernommen haben.",
])
def test_a_modal_takeover_is_kept_as_a_claim(text: str) -> None:
    """"soll ... wollen", "soll ... haben": reported, not stated."""
    text = _INTRO + text
    assert ("acquires", "Brandwerk", "Quorix") in hedged(text, "de")
    assert ("acquires", "Brandwerk", "Quorix") not in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Vantiq will künftig Gemini einsetzen.",
    "Künftig will Vantiq Gemini nutzen.",
    "Vantiq möchte auf Gemini umsteigen.",
    "Vantiq will Gemini in allen Filialen einführen.",
    "Vantiq plant, Gemini einzusetzen.",
    "Gemini soll bei Vantiq ab Herbst zum Einsatz kommen.",
])
def test_an_intent_to_use_is_kept_as_a_claim(text: str) -> None:
    """"will ... einsetzen", "plant, ... einzusetzen", "soll ... zum Einsatz kommen": the use is
    wanted or reported, not stated (as "erwägt" and "prüft")."""
    text = _INTRO + text
    assert ("uses", "Vantiq", "Gemini") not in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Vantiq nutzt Gemini und will damit Kosten senken.",
    "Vantiq will wachsen und nutzt dafür Gemini.",
    "Vantiq setzt Gemini ein und will 2027 an die Börse.",
])
def test_an_intent_elsewhere_in_the_sentence_leaves_the_use_stated(text: str) -> None:
    assert ("uses", "Vantiq", "Gemini") in facts(_INTRO + text, "de")


@pytest.mark.parametrize("text", [
    "Vantiq will das Geld nutzen, um Quorix zu kaufen.",
    "Vantiq kann Gemini nicht nutzen.",
    "Brandwerk will von Quorix lernen.",
])
def test_a_modal_infinitive_states_no_other_fact(text: str) -> None:
    found = facts(_INTRO + text, "de")
    assert not any(p in ("acquires", "uses", "partnersWith") for p, _, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("Nachdem Brandwerk Quorix übernommen hatte, stieg der Kurs.",
     ("acquires", "Brandwerk", "Quorix")),
    ("Obwohl Vantiq Gemini nutzt, bleibt der Dienst langsam.", ("uses", "Vantiq", "Gemini")),
    ("Weil Vantiq Gemini einsetzt, sinken die Kosten.", ("uses", "Vantiq", "Gemini")),
])
def test_a_fronted_subordinate_clause_with_its_verb_at_the_end(text: str, fact: tuple) -> None:
    assert fact in facts(_INTRO + text, "de")


def test_a_fronted_whether_clause_is_no_statement() -> None:
    text = _INTRO + "Ob Brandwerk Quorix übernimmt, ist offen."
    assert ("acquires", "Brandwerk", "Quorix") not in facts(text, "de")


def test_a_surname_that_names_the_family_firm_is_the_firm() -> None:
    text = ("Die Haberkorn Pumpenbau GmbH aus Ulm stellt Ventile her. Geschäftsführer Jonas "
            "Haberkorn leitet das Familienunternehmen. Für die Wartung nutzt Haberkorn nun "
            "Claude. „Das spart Zeit“, sagt Haberkorn.")
    assert ("uses", "Haberkorn Pumpenbau", "Claude") in facts(text, "de")
    found = mentions(text, "de")
    # the one who speaks is the person
    assert found[-1][:2] == ("Haberkorn", "Person")
    assert ("Jonas Haberkorn", "Person", "Jonas Haberkorn") in found


@pytest.mark.parametrize(("said", "kind"), [
    ("Haberkorn betonte, das spare Zeit.", "Person"),
    ("Das spare Zeit, so Haberkorn.", "Person"),
    ("Haberkorn liefert die Ventile nach Ulm.", "Organization"),
])
def test_a_verb_of_saying_around_the_family_name_makes_it_the_person(said: str,
                                                                     kind: str) -> None:
    """patterns/speech_verbs.tsv: a verb of saying before or after the bare family name."""
    text = ("Die Haberkorn Pumpenbau GmbH aus Ulm stellt Ventile her. Geschäftsführer Jonas "
            "Haberkorn leitet das Familienunternehmen. Für die Wartung nutzt Haberkorn nun "
            "Claude. " + said)
    assert [m[:2] for m in mentions(text, "de") if m[0] == "Haberkorn"][-1] == ("Haberkorn", kind)


@pytest.mark.parametrize("text", [
    "Brandwerk erwägt eine Übernahme von Quorix.",
    "Brandwerk prüft eine Übernahme des Rivalen Quorix.",
    "Brandwerk plant den Kauf von Quorix.",
    "Brandwerk verhandelt über eine Übernahme von Quorix.",
])
def test_a_takeover_noun_after_a_weighing_verb_is_kept_as_a_claim(text: str) -> None:
    text = _INTRO + text
    assert ("acquires", "Brandwerk", "Quorix") in hedged(text, "de")
    assert ("acquires", "Brandwerk", "Quorix") not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Brandwerk kündigt die Übernahme von Quorix an.", ("acquires", "Brandwerk", "Quorix"), None),
    ("Brandwerk bestätigte am Montag den Kauf von Quorix.",
     ("acquires", "Brandwerk", "Quorix"), None),
    # the one who weighs or announces it is not the buyer "durch" names
    ("Vantiq kündigt die Übernahme von Quorix durch Brandwerk an.",
     ("acquires", "Brandwerk", "Quorix"), ("acquires", "Vantiq", "Quorix")),
])
def test_a_takeover_noun_after_the_buyers_verb(text: str, fact: tuple, wrong: tuple | None
                                               ) -> None:
    text = _INTRO + text
    found = facts(text, "de") | hedged(text, "de")
    assert fact in facts(text, "de")
    assert wrong is None or wrong not in found


def test_a_regulator_weighing_a_takeover_is_no_buyer() -> None:
    text = _INTRO + "Vantiq prüft die Übernahme von Quorix."
    assert not any(p == "acquires" for p, _, _ in facts(text, "de") | hedged(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    ("Vantiq treibt die Entwicklung des hauseigenen Sprachmodells Kolibri voran.",
     ("developedBy", "Kolibri", "Vantiq")),
    ("Vantiq setzt auf das selbst entwickelte Modell Kolibri.",
     ("developedBy", "Kolibri", "Vantiq")),
    ("Laut Brandwerk setzt Vantiq auf das hauseigene Modell Kolibri.",
     ("developedBy", "Kolibri", "Vantiq")),
])
def test_an_in_house_model_is_the_subjects(text: str, fact: tuple) -> None:
    found = facts(_INTRO + text, "de")
    assert fact in found
    assert ("developedBy", "Kolibri", "Brandwerk") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Telekom beteiligt sich mit rund 20 Millionen Euro an dem Berliner Start-up Lumato.",
     ("invests", "Deutsche Telekom", "Lumato")),
    ("Die Telekom beteiligt sich mit 5 Mio. Euro an dem jungen Softwarehaus Lumato.",
     ("invests", "Deutsche Telekom", "Lumato")),
])
def test_a_stake_in_money_before_an_adjective_and_a_descriptor(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_a_stake_in_money_in_an_event_is_no_investment() -> None:
    text = "Die Telekom beteiligt sich mit 5 Mio. Euro an dem großen Berliner Stadtfest Lumato."
    assert not any(p == "invests" for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    ("Vantiq bringt die App Flinka auf den Markt.", ("developedBy", "Flinka", "Vantiq")),
    ("Korvata stellt den Chip Helix vor.", ("developedBy", "Helix", "Korvata")),
    ("Morvento stellt das Sprachmodell Tiragon vor.", ("developedBy", "Tiragon", "Morvento")),
    ("Selvana veröffentlicht das KI-Modell Orvik-2.", ("developedBy", "Orvik-2", "Selvana")),
    ("Tamberg stellte am Dienstag in Berlin die neue Plattform Kivra vor.",
     ("developedBy", "Kivra", "Tamberg")),
    ("Brevola hat die App Farnik auf den Markt gebracht.", ("developedBy", "Farnik", "Brevola")),
    ("Vantiq hat die App Flinka entwickelt.", ("developedBy", "Flinka", "Vantiq")),
    ("Vantiq kündigt die App Flinka an.", ("developedBy", "Flinka", "Vantiq")),
    ("Gestern stellte Korvata den Chip Helix vor.", ("developedBy", "Helix", "Korvata")),
    ("In Berlin stellt Vantiq die App Flinka vor.", ("developedBy", "Flinka", "Vantiq")),
    ("Korvata launcht den Dienst Brisk.", ("developedBy", "Brisk", "Korvata")),
    ("Ravello startet die Plattform Kivra.", ("developedBy", "Kivra", "Ravello")),
    ("Die App Flinka stammt von Vantiq.", ("developedBy", "Flinka", "Vantiq")),
])
def test_an_unknown_name_launching_a_typed_product_is_its_maker(text: str, fact: tuple
                                                                 ) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "de")
    ex = extract_article(article)
    assert fact in {(r.predicate, r.subject.key, r.object.key if r.object else None)
                    for r in ex.relations if not r.hedged}
    # the maker is typed an organisation by the fact
    assert any(r.object is not None and r.object.key == fact[2]
               and r.object.type == "Organization" for r in ex.relations)


@pytest.mark.parametrize("text", [
    # a person, or a title before the name, launches nothing as a maker
    "Jana Berger präsentiert die App Flinka.",
    "Die Gründerin Jana Berger hat Großes vor. Berger stellt die App Flinka vor.",
    "Kanzler Merz stellt die App Flinka vor.",
    "Professor Lindqvist präsentiert die App Ostara.",
    # a place, a figure about the product, another maker named after it
    "Berlin stellt die App Flinka vor.",
    "Vantiq veröffentlicht Zahlen zur App Flinka.",
    "Vantiq stellt die App Flinka von Quorix vor.",
    # introducing a product is using it, not making it
    "Nordvia führt den Chatbot Selma ein.",
])
def test_no_maker_from_a_person_a_place_or_a_figure(text: str) -> None:
    assert not any(p == "developedBy" for p, _, o in facts(text, "de") if o != "Quorix")


@pytest.mark.parametrize(("text", "fact"), [
    ("Rewe führt die App Flinka in seinen Filialen ein.", ("uses", "Rewe", "Flinka")),
    ("Rewe führt in allen Filialen die Bezahl-App Flinka ein.", ("uses", "Rewe", "Flinka")),
    ("Die Allianz arbeitet mit dem Sprachmodell Claude.", ("uses", "Allianz", "Claude")),
])
def test_introducing_or_working_with_a_named_product_is_use(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Rewe startet eine Bezahl-App.",
    "Die Wetter-App zeigt Regen.",
    "Die Lern-App Flinka ist beliebt.",
])
def test_a_word_before_app_says_what_it_is_for_not_its_name(text: str) -> None:
    found = mentions(text, "de")
    assert not any(t == "Product" and n in ("Bezahl", "Wetter", "Lern") for n, t, _ in found)
    assert ("Flinka" in text) == any(n == "Flinka" and t == "Product" for n, t, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("Brenner-Chef Tobias Kling sagte, das Geschäft laufe gut.",
     ("ceoOf", "Tobias Kling", "Brenner")),
    ("Quorix-Vorstandschef Tobias Kling hält an der Prognose fest.",
     ("ceoOf", "Tobias Kling", "Quorix")),
])
def test_a_title_before_a_first_name_and_a_models_name_makes_a_person(text: str, fact: tuple
                                                                      ) -> None:
    assert fact in facts(text, "de")
    assert ("Tobias Kling", "Person", "Tobias Kling") in mentions(text, "de")


@pytest.mark.parametrize(("text", "person"), [
    ("Tobias Kling, Chef von Quorix, sagte, der Umsatz steige.", True),
    ("Der Chef von Quorix, Tobias Kling, sagte, der Umsatz steige.", True),
    ("Tobias Kling sagte, der Umsatz steige.", True),
    # any verb of saying or believing after the name (patterns/speech_verbs.tsv)
    ("Tobias Kling meinte am Montag, der Umsatz steige.", True),
    ("Tobias Kling glaubt, der Umsatz steige.", True),
    # near misses: a first name and a model's or product's name with no title or speech
    ("Nvidia liefert Grace Blackwell aus.", False),
    ("Kuaishou hat Tobias Kling nicht gezeigt.", False),
    ("Tobias Kling läuft auf vielen Servern.", False),
])
def test_a_models_name_after_a_first_name_is_a_surname_only_beside_a_title(
        text: str, person: bool) -> None:
    found = mentions(text, "de")
    assert any(t == "Person" and n in ("Tobias Kling", "Grace Blackwell")
               for n, t, _ in found) == person


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Softwarefirma Vantiq aus Kiel wächst schnell. Dort arbeiten die Entwickler mit "
     "Claude.", ("uses", "Vantiq", "Claude")),
    ("Die Softwarefirma Vantiq aus Kiel wächst schnell. Dort nutzen die Teams Claude.",
     ("uses", "Vantiq", "Claude")),
    ("Die Softwarefirma Vantiq aus Kiel wächst schnell. „Wir setzen voll auf Claude\", sagt "
     "Vantiq-Chefin Jana Berger.", ("uses", "Vantiq", "Claude")),
    ("Die Softwarefirma Vantiq aus Kiel wächst schnell. „Wir nutzen Claude seit einem Jahr\", "
     "sagt Chefin Jana Berger.", ("uses", "Vantiq", "Claude")),
    # the speaker's company, named with the speaker, over the one named before
    ("Die Softwarefirma Vantiq aus Kiel wächst schnell. „Wir setzen voll auf Claude“, sagt "
     "Jana Berger, Chefin von Quorix.", ("uses", "Quorix", "Claude")),
    ("Die Softwarefirma Vantiq aus Kiel wächst schnell. Quorix-Chefin Jana Berger sagte: "
     "„Wir nutzen Claude.\"", ("uses", "Quorix", "Claude")),
])
def test_there_and_a_quoted_we_stand_for_a_company(text: str, fact: tuple) -> None:
    found = facts(text, "de")
    assert fact in found
    assert fact[1] == "Vantiq" or ("uses", "Vantiq", "Claude") not in found


@pytest.mark.parametrize("text", [
    # a speaker with no company: "Wir" is no company named before
    "Die Softwarefirma Vantiq aus Kiel wächst schnell. Die Ministerin sagte: „Wir nutzen "
    "Claude.\"",
    # "Dort" with no company's people after it is a place
    "Die Softwarefirma Vantiq aus Kiel wächst schnell. Dort nutzen Schulen Claude.",
])
def test_no_company_for_a_speaker_without_one_or_a_bare_there(text: str) -> None:
    assert not any(p == "uses" for p, _, _ in facts(text, "de") | hedged(text, "de"))


@pytest.mark.parametrize(("text", "fact", "is_hedged"), [
    ("Laut Branchenkreisen plant Kolbwerk die Übernahme von Quorix.",
     ("acquires", "Kolbwerk", "Quorix"), True),
    ("Kolbwerk will den Softwareanbieter Quorix übernehmen.",
     ("acquires", "Kolbwerk", "Quorix"), True),
    ("Kolbwerk will Quorix kaufen.", ("acquires", "Kolbwerk", "Quorix"), True),
    ("Kolbwerk übernimmt für 300 Millionen Euro den Softwareanbieter Quorix.",
     ("acquires", "Kolbwerk", "Quorix"), False),
])
def test_an_unknown_buyer_planning_or_paying_for_a_takeover(text: str, fact: tuple,
                                                             is_hedged: bool) -> None:
    assert fact in (hedged(text, "de") if is_hedged else facts(text, "de"))


@pytest.mark.parametrize("text", [
    # a person planning or wanting a takeover is no buyer company
    "Investor Ostmann plant die Übernahme von Quorix.",
    "Wirtschaftsminister Ostmann will Quorix übernehmen.",
    "Laut Ostmann plant der Staat die Übernahme von Quorix.",
])
def test_a_titled_person_wanting_a_company_buys_nothing(text: str) -> None:
    assert not any(p == "acquires" for p, _, _ in facts(text, "de") | hedged(text, "de"))


@pytest.mark.parametrize(("text", "name"), [
    ("Die Sparkasse Ulm hat ChatGPT 2024 in ihre App integriert.", "ChatGPT"),
    ("OpenAI brachte ChatGPT 2022 heraus.", "ChatGPT"),
])
def test_a_year_after_a_products_name_is_a_date_not_a_version(text: str, name: str) -> None:
    found = mentions(text, "de")
    assert any(n == name for n, _, _ in found)
    assert not any(n.startswith(name + " 20") for n, _, _ in found)
    # near miss: a version number stays
    assert ("Windows 11", "Product") in {(n, t) for n, t, _ in mentions(
        "Die Firma nutzt Windows 11.", "de")}


@pytest.mark.parametrize("text", [
    # patterns/not_subject_after.txt: the name after "hinter" is the object of the preposition
    "Der Konzern hinter SAP und Siemens hat eine Partnerschaft mit Bosch geschlossen.",
    "Das Start-up hinter Siemens kooperiert mit Bosch.",
    # a name inside a relative clause is not the subject of the verb after it
    "Die Firma, die SAP und Siemens beliefert, kooperiert mit Bosch.",
    "Die Firma Quorix, die SAP und Siemens beliefert, kooperiert mit Bosch.",
])
def test_a_name_after_hinter_or_in_a_relative_clause_is_no_partner(text: str) -> None:
    found = facts(text, "de")
    assert not any(p == "partnersWith" and "Bosch" in (s, o) and "Quorix" not in (s, o)
                   for p, s, o in found)
    assert ("partnersWith", "SAP", "Siemens") not in found


@pytest.mark.parametrize("text", [
    # every name of the list after "hinter", the middle ones too, is the preposition's object
    "Der Konzern hinter SAP, Siemens und Bosch kooperiert mit Nvidia.",
    "Der Investor hinter SAP, Siemens, Bosch und BMW arbeitet künftig mit Nvidia zusammen.",
    "Die Holding hinter Quorix GmbH, Vantiq AG und Brenlane SE kooperiert mit Nvidia.",
])
def test_the_middle_names_of_a_list_after_hinter_are_no_subject(text: str) -> None:
    assert not any(p == "partnersWith" for p, _, _ in facts(text, "de"))


def test_a_name_after_hinter_and_a_comma_without_a_list_is_still_an_apposition() -> None:
    # "the startup behind Cursor, Anysphere, ...": no "und" follows, the name is the subject
    assert ("acquires", "Anysphere", "Supermaven") in facts(
        "The startup behind Cursor, Anysphere, acquired Supermaven in 2024.", "en")


@pytest.mark.parametrize(("text", "fact"), [
    # near misses: the clause's own subject, and a title inside the preposition's phrase
    ("Die Firma Quorix, die SAP und Siemens beliefert, kooperiert mit Bosch.",
     ("partnersWith", "Quorix", "Bosch")),
    ("SAP, das Siemens beliefert, kooperiert mit Bosch.", ("partnersWith", "SAP", "Bosch")),
    ("Laut Vorstandschef Jonas Berg von SAP wächst der Umsatz.", ("ceoOf", "Jonas Berg", "SAP")),
    # a fronted phrase: the subject follows the verb
    ("Trotz hoher Verluste kooperiert SAP künftig mit Bosch.", ("partnersWith", "SAP", "Bosch")),
])
def test_the_subject_before_a_relative_clause_and_a_title_after_laut_still_count(
        text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # the speaker between the verb of saying and the outlet, and "berichtete das ..."
    "Wir wachsen schnell, sagte Firmenchef Jonas Berg dem Handelsblatt. Das Unternehmen nutzt "
    "Gemini.",
    "Die Firma wächst, berichtete das Handelsblatt. Das Unternehmen nutzt Gemini.",
    "Quorix wächst, schreibt das Handelsblatt. Das Unternehmen nutzt Gemini.",
])
def test_an_outlet_after_a_speaker_or_berichtete_das_is_no_antecedent(text: str) -> None:
    assert ("uses", "Handelsblatt", "Gemini") not in facts(text, "de")


def test_an_outlet_that_is_the_subject_is_still_an_antecedent() -> None:
    # near miss: the outlet's own news
    assert ("uses", "Handelsblatt", "Gemini") in facts(
        "Das Handelsblatt baut seine Redaktion um. Das Unternehmen nutzt Gemini.", "de")


@pytest.mark.parametrize(("text", "name"), [
    # a kind noun before a name joined to its kind is not part of the name
    ("Das Sprachmodell Tarvo-LLM ist offen.", "Tarvo-LLM"),
    ("Das Modell Tarvo-LLM ist offen.", "Tarvo-LLM"),
    ("Der Chatbot Velmo-App wächst.", "Velmo-App"),
])
def test_a_kind_noun_before_a_name_and_its_kind_is_no_part_of_the_name(text: str,
                                                                        name: str) -> None:
    found = mentions(text, "de")
    assert any(n == name for n, _, _ in found)
    assert not any(n.startswith(("Sprachmodell ", "Modell ", "Chatbot ")) for n, _, _ in found)


@pytest.mark.parametrize(("text", "name"), [
    # patterns/de/cues.tsv: an information, payment or delivery service names a company
    ("Der Fachdienst Quorix meldet steigende Zahlen.", "Quorix"),
    ("Laut Angaben des Fachdienstes Quorix wächst der Markt.", "Quorix"),
    ("Der Bezahldienst Velmo übernimmt Vantiq.", "Velmo"),
])
def test_a_name_after_a_service_noun_is_a_company(text: str, name: str) -> None:
    assert (name, "Organization", name) in mentions(text, "de")


def test_a_service_noun_alone_names_nothing() -> None:
    # near miss: "Kundendienst" with no name after it
    assert mentions("Der Kundendienst meldet steigende Zahlen.", "de") == []


@pytest.mark.parametrize("text", [
    # the hedge belongs to the clause's verb, not to whose model it is (scope "phrase")
    "SAP könnte bald Metas Llama nutzen.",
    "Die Telekom will womöglich das von Meta entwickelte Llama einsetzen.",
])
def test_a_hedged_clause_leaves_a_possessive_maker_stated(text: str) -> None:
    assert ("developedBy", "Llama", "Meta") in facts(text, "de")


def test_a_hedged_clause_still_hedges_its_own_verb() -> None:
    # near miss: the use itself stays hedged
    assert ("uses", "SAP", "Llama") in hedged("SAP könnte bald Metas Llama nutzen.", "de")
    assert ("uses", "SAP", "Llama") not in facts("SAP könnte bald Metas Llama nutzen.", "de")


@pytest.mark.parametrize(("text", "fact"), [
    # patterns/de/company_contexts.tsv: a chief's title before "von"/"des" types the name
    ("Der Vorstandschef von Quorix, Jonas Berg, tritt zurück.", ("ceoOf", "Jonas Berg", "Quorix")),
    ("Der Vorstandsvorsitzende von Quorix, Jonas Berg, tritt zurück.",
     ("ceoOf", "Jonas Berg", "Quorix")),
    ("Der Geschäftsführer von Quorix, Jonas Berg, sagte, man wachse.",
     ("ceoOf", "Jonas Berg", "Quorix")),
])
def test_an_unknown_name_after_a_chiefs_title_and_von_is_a_company(text: str,
                                                                   fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # near misses: a head of government, and a club named by its kind
    "Der Regierungschef von Italien sagte, man wachse.",
    "Der Geschäftsführer des Vereins Hansa, Jonas Berg, sagte, man wachse.",
])
def test_a_chiefs_title_before_a_place_or_a_club_makes_no_company(text: str) -> None:
    assert not any(t == "Organization" for _, t, _ in mentions(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    # de-builton-laeuft-mit: a product that runs with a model is its maker's use of it
    ("Der Chatbot Velmo von SAP läuft jetzt mit GPT-4o.", ("uses", "SAP", "GPT-4o")),
    ("SAP hat den Assistenten Velmo entwickelt. Velmo läuft seit Mai mit Gemini.",
     ("uses", "SAP", "Gemini")),
    # de-uses-basis-fronted: "Auf Basis von X" opening the sentence, the company after the verb
    ("Auf Basis von Claude hat die Allianz einen Assistenten entwickelt.",
     ("uses", "Allianz", "Claude")),
    ("Auf Grundlage des Modells Llama baut der Versicherer Quorix einen Chatbot.",
     ("uses", "Quorix", "Llama")),
    # de-uses-product-relative-basiert: a product the company makes, based on a model
    ("Quorix hat einen Assistenten verbaut, der auf Claude basiert.", ("uses", "Quorix", "Claude")),
    ("Die Allianz bringt eine App heraus, die auf Googles Gemini beruht.",
     ("uses", "Allianz", "Gemini")),
])
def test_a_product_running_with_a_model_and_a_fronted_basis(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # near misses: "läuft mit" a number of users, "auf Basis" of figures
    "Velmo von SAP läuft mit 20 Prozent mehr Nutzern.",
    "Auf Basis der Zahlen hat die Allianz ihre Prognose erhöht.",
    # a product the company only speaks of
    "SAP hat eine App kritisiert, die auf Llama basiert.",
])
def test_laeuft_mit_users_and_basis_of_figures_are_no_use(text: str) -> None:
    assert not any(p == "uses" for p, _, _ in facts(text, "de"))


# More German ways of saying "uses": building a model in, a roll-out "bis" a date, "einer der
# größten Kunden von X", a list of makers before "darunter".
@pytest.mark.parametrize(("text", "fact"), [
    ("Audi verbaut Gemini ab dem kommenden Jahr in allen Modellen.", ("uses", "Audi", "Gemini")),
    ("Porsche hat Claude in die Bordsoftware verbaut.", ("uses", "Porsche", "Claude")),
    ("Die Allianz führt bis zum Sommer Claude in allen Sparten ein.",
     ("uses", "Allianz", "Claude")),
    ("Die Commerzbank ist einer der wichtigsten Kunden von Gemini in Europa.",
     ("uses", "Commerzbank", "Gemini")),
    ("Zalando verwendet Modelle von OpenAI und Mistral AI, darunter Mistral Large.",
     ("uses", "Zalando", "Mistral Large")),
])
def test_more_german_ways_of_using_a_model(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # buying something at a company ("kauft ... bei X") buys nothing of the company
    ("Die Lufthansa kauft Rechenzeit bei Microsoft.", ("acquires", "Lufthansa", "Microsoft")),
    ("Zalando kauft Speicherplatz beim Cloudanbieter Amazon.", ("acquires", "Zalando", "Amazon")),
    # no customer (yet)
    ("Siemens ist bislang noch kein Kunde von Claude.", ("uses", "Siemens", "Claude")),
])
def test_more_german_ways_of_using_a_model_near_misses(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # a relative clause with a preposition before its pronoun, or a list of names inside it,
    # is closed again: the names in it are not the main clause's subject
    ("Volkswagen, zu dem Marken wie Audi, Porsche und Skoda gehören, hat eine Partnerschaft "
     "mit Mistral AI geschlossen.", ("partnersWith", "Volkswagen", "Mistral AI")),
    ("Volkswagen, der Audi, Porsche und Bentley besitzt, kooperiert mit Nvidia.",
     ("partnersWith", "Volkswagen", "Nvidia")),
    ("SAP, mit dem Siemens, Bosch und BMW zusammenarbeiten, nutzt Claude.",
     ("uses", "SAP", "Claude")),
])
def test_a_list_of_names_in_a_german_relative_clause(text: str, fact: tuple) -> None:
    found = facts(text, "de")
    assert fact in found
    subject = fact[1]
    assert not any(p == fact[0] and s != subject and o == fact[2] for p, s, o in found)


@pytest.mark.parametrize(("text", "name"), [
    # a name no German word list has, then a code of letters and digits or a number
    ("Samsung bringt das Galaxy Z Fold7 mit eingebautem Assistenten.", "Galaxy Z Fold7"),
    ("Im Galaxy S26 Ultra steckt ein schnellerer Chip.", "Galaxy S26 Ultra"),
    ("Die Funktionen der Galaxy-S26-Reihe laufen teils auf dem Gerät.", "Galaxy-S26"),
    ("Die neue Version von Velotrak 4 erscheint im Frühjahr.", "Velotrak 4"),
    # a German (loan) word only with a tier word after the number
    ("Google verkauft das Pixel 10 Pro ab Oktober.", "Pixel 10 Pro"),
    ("Auf dem Magic 9 Pro laufen Modelle mehrerer Anbieter.", "Magic 9 Pro"),
])
def test_german_names_with_model_numbers_are_products(text: str, name: str) -> None:
    assert (name, "Product", name) in mentions(text, "de")


@pytest.mark.parametrize(("text", "word"), [
    ("Nach Paragraf 5 und Stufe 2 ist Schluss.", "Stufe"),
    ("Der Lkw stand stundenlang auf der Autobahn A9.", "Autobahn"),
    ("Schalke 04 gewann am Samstag gegen Hannover 96.", "Hannover"),
    ("Die Aktie von Xelvaro stieg um 5 Prozent.", "Xelvaro"),
    ("Das Start-up trainiert auf Nvidias H200-Chips.", "Nvidias"),
    ("Im Kapitel 11 des Berichts steht mehr.", "Kapitel"),
])
def test_german_nouns_places_amounts_and_makers_before_a_number_are_no_products(
        text: str, word: str) -> None:
    assert not any(t == "Product" and s.startswith(word) for s, t, _ in mentions(text, "de"))


def test_product_before_other_makers_models_is_not_developed_by_them() -> None:
    text = "Honor nutzt auf dem Magic 9 Pro Modelle von DeepSeek und Alibaba."
    assert not any(p == "developedBy" and s == "Magic 9 Pro" for p, s, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Bildfunktion lief anfangs mit FLUX.1, inzwischen mit einem eigenen Modell.", "de"),
    ("The image feature first ran on FLUX.1 before the company built its own model.", "en"),
])
def test_a_version_after_a_dot_keeps_its_number(text: str, lang: str) -> None:
    assert ("FLUX.1", "AIModel", "Flux.1") in mentions(text, lang)
    assert not any(s == "FLUX" for s, _, _ in mentions(text, lang))


# "Wie A nutzt auch B X" says both use X, as "Neben A nutzt auch B X" does; a contrast
# ("Anders als A", "Im Gegensatz zu A") says only B does.
@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Wie die Allianz nutzt auch SAP Claude.",
     [("uses", "Allianz", "Claude"), ("uses", "SAP", "Claude")], []),
    ("Genau wie SAP investiert auch Siemens in Aleph Alpha.",
     [("investsIn", "SAP", "Aleph Alpha"), ("investsIn", "Siemens", "Aleph Alpha")], []),
    ("Wie die Allianz setzt auch die Commerzbank auf Claude.",
     [("uses", "Allianz", "Claude"), ("uses", "Commerzbank", "Claude")], []),
    ("Anders als die Allianz nutzt SAP Claude.",
     [("uses", "SAP", "Claude")], [("uses", "Allianz", "Claude")]),
    ("Im Gegensatz zur Allianz nutzt SAP Claude.",
     [("uses", "SAP", "Claude")], [("uses", "Allianz", "Claude")]),
    # a clause opened by "Wie" ends at its comma: the one it quotes uses nothing
    ("Wie Siemens mitteilte, nutzt auch SAP Claude.",
     [("uses", "SAP", "Claude")], [("uses", "Siemens", "Claude")]),
])
def test_wie_a_auch_b_and_a_contrast(text: str, present: list, absent: list) -> None:
    found = facts(text, "de")
    assert all(f in found for f in present)
    assert not any(f in found for f in absent)


def test_wie_a_auch_b_with_a_negation_asserts_nothing() -> None:
    assert not facts("Wie die Allianz nutzt auch SAP Claude nicht.", "de")


# "X, mit dem A, B und C zusammenarbeiten": each of them partners with X, not with each other.
@pytest.mark.parametrize(("text", "partners"), [
    ("SAP, mit dem Siemens, Bosch und BMW zusammenarbeiten, nutzt Claude.",
     {("SAP", "Siemens"), ("SAP", "Bosch"), ("SAP", "BMW")}),
    ("SAP, mit dem Siemens seit Jahren zusammenarbeitet, nutzt Claude.", {("SAP", "Siemens")}),
    ("Die Allianz, mit der SAP und Bosch kooperieren, wächst.",
     {("Allianz", "SAP"), ("Allianz", "Bosch")}),
    # the pair itself still partners
    ("Siemens und Bosch wollen künftig enger zusammenarbeiten.", {("Siemens", "Bosch")}),
])
def test_names_in_a_relative_clause_with_mit_partner_with_its_antecedent(
        text: str, partners: set) -> None:
    found = {frozenset((s, o)) for p, s, o in facts(text, "de") if p == "partnersWith"}
    assert found == {frozenset(pair) for pair in partners}


@pytest.mark.parametrize("text", [
    "SAP, mit dem Siemens nichts zu tun hat, nutzt Claude.",
    "SAP, mit dem Siemens nicht mehr zusammenarbeitet, nutzt Claude.",
    "SAP, mit dessen Software Siemens arbeitet, wächst.",
])
def test_a_relative_clause_with_mit_that_is_no_partnership(text: str) -> None:
    assert not any(p == "partnersWith" for p, _, _ in facts(text, "de"))


# "leitet bei X die Rechtsabteilung": a unit of the company, not the company
@pytest.mark.parametrize(("text", "chief"), [
    ("Anna Berg leitet bei Quorix die Rechtsabteilung.", False),
    ("Roland Busch leitet bei Siemens die Digitalsparte.", False),
    ("Roland Busch leitet für Siemens das Geschäft in China.", False),
    ("Roland Busch leitet im Vorstand von Siemens das Ressort Technik.", False),
    ("Roland Busch leitet Siemens seit 2021.", True),
    ("Roland Busch leitet den Konzern Siemens.", True),
])
def test_leitet_bei_a_company_heads_a_unit(text: str, chief: bool) -> None:
    assert any(p == "ceoOf" for p, _, _ in facts(text, "de")) is chief


# what a company got done "mit X" in the perfect, the phrase fronted or not
@pytest.mark.parametrize(("text", "fact"), [
    ("Mit Claude hat die Allianz ihre Schadenbearbeitung beschleunigt.",
     ("uses", "Allianz", "Claude")),
    ("Mit Gemini hat die Commerzbank die Kundenberatung verbessert.",
     ("uses", "Commerzbank", "Gemini")),
    ("Die Allianz hat ihre Abläufe mit Claude automatisiert.", ("uses", "Allianz", "Claude")),
])
def test_a_perfect_with_mit_a_model_is_a_use(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Mit Claude hat Anthropic einen Konkurrenten von GPT-4o geschaffen.",
    "Die Allianz hat mit Anthropic die Prozesse verbessert.",
    "Die Allianz hat Claude mit GPT-4o verglichen.",
    "Mit Claude hat die Allianz ihre Schadenbearbeitung nicht beschleunigt.",
])
def test_a_perfect_with_mit_that_is_no_use(text: str) -> None:
    assert not any(p == "uses" for p, _, _ in facts(text, "de"))


# a purpose clause "um X zu nutzen" whose subject is that of the main clause
@pytest.mark.parametrize(("text", "fact"), [
    ("Die Commerzbank baut ihre IT um, um GPT-4o zu nutzen.", ("uses", "Commerzbank", "GPT-4o")),
    ("Die Commerzbank hat mit Google einen Vertrag geschlossen, um Gemini zu nutzen.",
     ("uses", "Commerzbank", "Gemini")),
    ("Die Commerzbank investiert in neue Server, um GPT-4o einsetzen zu können.",
     ("uses", "Commerzbank", "GPT-4o")),
    ("Die Commerzbank investiert in neue Server, um das Modell GPT-4o intern einzusetzen.",
     ("uses", "Commerzbank", "GPT-4o")),
])
def test_a_purpose_clause_of_using_a_model(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "OpenAI senkt die Preise, um GPT-4o zu verbreiten.",
    "Die Commerzbank warnt davor, GPT-4o zu nutzen.",
    "Die Commerzbank verbietet ihren Mitarbeitern, GPT-4o zu nutzen.",
    "Die Commerzbank erwägt, neue Server zu kaufen, um GPT-4o zu nutzen.",
    "Die Commerzbank braucht keine neuen Server, um GPT-4o zu nutzen.",
])
def test_no_use_from_other_infinitives_or_hedged_purposes(text: str) -> None:
    assert not any(p == "uses" for p, _, _ in facts(text, "de"))


def test_the_company_a_contract_is_made_with_is_no_user() -> None:
    found = facts("Die Commerzbank hat mit Quorix einen Vertrag geschlossen, um Gemini zu nutzen.",
                  "de")
    assert not any(p == "uses" and s != "Commerzbank" for p, s, _ in found)


# de-acq-final reads its opening words from subordinators.tsv (column acquirer)
@pytest.mark.parametrize("text", [
    "Nachdem Siemens den Rivalen Quorix übernommen hat, steigt die Aktie.",
    "Die Aktie steigt, weil Siemens Quorix kauft.",
])
def test_an_acquisition_in_a_clause_with_its_verb_last(text: str) -> None:
    assert ("acquires", "Siemens", "Quorix") in facts(text, "de")


# "Der Konzern hinter A, B und C": the group stands for the company named before, not its brands;
# a group's brands listed in a relative clause are not partners of the group's partner
@pytest.mark.parametrize(("text", "fact"), [
    ("Volkswagen ist groß. Der Konzern hinter Audi, Porsche und Škoda nutzt Claude.",
     ("uses", "Volkswagen", "Claude")),
    ("Volkswagen ist groß. Der Konzern hinter Audi, Porsche und Škoda hat eine Partnerschaft "
     "mit Mistral AI geschlossen.", ("partnersWith", "Volkswagen", "Mistral AI")),
    ("Stellantis ist groß. Der Konzern hinter Peugeot, Fiat und Opel hat eine Partnerschaft mit "
     "Mistral AI geschlossen.", ("partnersWith", "Stellantis", "Mistral AI")),
    ("Stellantis, zu dem Peugeot, Fiat und Opel gehören, kooperiert mit Mistral AI.",
     ("partnersWith", "Stellantis", "Mistral AI")),
    # a brand the catalogue does not know is still a name in the list
    ("Stellantis, zu dem Peugeot, Velmar und Opel gehören, kooperiert mit Mistral AI.",
     ("partnersWith", "Stellantis", "Mistral AI")),
])
def test_a_group_behind_its_brands(text: str, fact: tuple) -> None:
    found = facts(text, "de")
    assert fact in found
    assert not any(p == fact[0] and s != fact[1] for p, s, _ in found)


def test_a_group_behind_brands_with_no_company_named_before_gives_nothing() -> None:
    assert not facts("Der Konzern hinter Audi kooperiert mit Mistral AI.", "de")


# "leitet seit 2021 X": a time between the verb and the company; a unit of the company
# ("die X-Sparte", "das X-Werk") is not the company
@pytest.mark.parametrize(("text", "chief"), [
    ("Roland Busch leitet seit 2021 Siemens.", "Siemens"),
    ("Roland Busch leitet bereits seit Februar 2021 Siemens.", "Siemens"),
    ("Roland Busch leitet seit drei Jahren Siemens.", "Siemens"),
    ("Roland Busch leitet seit Jahren die Siemens AG.", "Siemens"),
    ("Roland Busch leitet den Siemens-Konzern.", "Siemens"),
    ("Roland Busch leitet seit 2021 bei Siemens die Forschung.", None),
    ("Roland Busch leitet seit 2021 die Siemens-Sparte Mobility.", None),
    ("Roland Busch leitet das Siemens-Werk in Amberg.", None),
])
def test_leitet_seit_a_time_and_units_of_a_company(text: str, chief: str | None) -> None:
    found = {o for p, _, o in facts(text, "de") if p == "ceoOf"}
    assert found == ({chief} if chief else set())


@pytest.mark.parametrize(("text", "held"), [
    ("SAP hält künftig 20 Prozent an Aleph Alpha.", True),
    ("SAP hält weiterhin 20 Prozent an Aleph Alpha.", True),
    ("SAP hält 20 Prozent Marktanteil.", False),
    ("Apple hält 20 Prozent am Smartphone-Markt.", False),
])
def test_a_share_held_from_now_on(text: str, held: bool) -> None:
    assert any(p == "investsIn" for p, _, _ in facts(text, "de")) is held


@pytest.mark.parametrize(("text", "name"), [
    ("Der Konzern will die Werftsparte der Bremer Kolbwerk-Gruppe kaufen.", "Kolbwerk"),
    ("Beim Münchner Kestrova-Konzern ruht seit Montag die Arbeit.", "Kestrova"),
])
def test_town_adjective_between_article_and_group_compound(text: str, name: str) -> None:
    assert (name, "Organization", name) in mentions(text, "de")


@pytest.mark.parametrize("text", [
    "Die Berliner Corona-Gruppe tagt am Montag.",
    "Der Kölner Tech-Konzern wächst schneller als erwartet.",
])
def test_town_adjective_before_a_kind_of_group_names_no_company(text: str) -> None:
    assert not any(t == "Organization" and s in ("Corona", "Tech")
                   for s, t, _ in mentions(text, "de"))


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Opel, Peugeot und Fiat setzen in ihren Autos auf den Sprachassistenten.", "de", "Peugeot"),
    ("Citroën and Fiat, both part of Stellantis, ship the assistant.", "en", "Citroën"),
    ("Der Ölkonzern Adnoc investiert in Rechenzentren.", "de", "ADNOC"),
])
def test_catalogue_knows_carmakers_of_stellantis_and_adnoc(text: str, lang: str,
                                                           name: str) -> None:
    assert any(t == "Organization" and k == name for _, t, k in mentions(text, lang))


def test_the_group_behind_brands_keeps_its_partnership() -> None:
    text = ("Renault ordnet seine Software neu. Der Konzern hinter Dacia und Alpine hat eine "
            "Kooperation mit Aleph Alpha vereinbart.")
    got = facts(text, "de")
    assert ("partnersWith", "Renault", "Aleph Alpha") in got
    assert not any(s == "Dacia" for _, s, _ in got)


@pytest.mark.parametrize(("text", "lang", "name", "kind", "maker"), [
    ("Die neuen Notebooks laufen mit Ryzen AI 300 von AMD.", "de", "Ryzen AI 300", "Product",
     "AMD"),
    ("Lenovo ships laptops with AMD's Ryzen AI 9 HX chips.", "en", "Ryzen AI 9 HX", "Product",
     "AMD"),
    ("Rakuten hat Rakuten AI 3.0 vorgestellt.", "de", "Rakuten AI 3.0", "AIModel", "Rakuten"),
    ("The lab benchmarked Rakuten AI 2 last week.", "en", "Rakuten AI 2", "AIModel", "Rakuten"),
])
def test_ai_and_a_number_after_a_family_or_maker_name_one_model(text: str, lang: str,
                                                                 name: str, kind: str,
                                                                 maker: str) -> None:
    assert (name, kind, name) in mentions(text, lang)
    assert ("developedBy", name, maker) in facts(text, lang)


@pytest.mark.parametrize("text", [
    "Rakuten AI 2025 heißt die Hausmesse des Konzerns.",
    "Rakuten AI 30 % billiger als im Vorjahr.",
])
def test_a_year_or_a_share_after_a_makers_ai_is_no_model(text: str) -> None:
    assert not any(t == "AIModel" for _, t, _ in mentions(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    ("Vorstandschef Jan Hark will Bosch umbauen.", ("ceoOf", "Jan Hark", "Bosch")),
    # a bare title after another company stands for that one, unless the sentence names the
    # company the chief restructures
    ("Die Brückmann AG wächst. Vorstandschefin Lena Moor will die Vantiq AG verkleinern.",
     ("ceoOf", "Lena Moor", "Vantiq")),
    ("Die Brückmann AG wächst. Konzernchef Jan Hark baut Siemens radikal um.",
     ("ceoOf", "Jan Hark", "Siemens")),
    ("Konzernchefin Lena Moor hat Siemens in zwei Jahren verschlankt.",
     ("ceoOf", "Lena Moor", "Siemens")),
    # the head of a subsidiary heads that company, not its parent
    ("Jan Hark leitet die Siemens-Tochter Quorix seit 2018.", ("ceoOf", "Jan Hark", "Quorix")),
    ("Jana Rieck kommt von Bosch. Sie leitet die Bosch-Tochter Vantiq.",
     ("ceoOf", "Jana Rieck", "Vantiq")),
    ("Jana Rieck leitet seit 2021 die Münchner Tochter Quorix.",
     ("ceoOf", "Jana Rieck", "Quorix")),
])
def test_german_chief_of_the_company_named_in_the_sentence(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Brückmann AG wächst. Konzernchefin Lena Moor will die Vantiq AG verkleinern.",
     ("ceoOf", "Lena Moor", "Brückmann")),
    ("Konzernchef Jan Hark will die Tochter Quorix sanieren.", ("ceoOf", "Jan Hark", "Quorix")),
    ("Konzernchef Jan Hark will Quorix übernehmen.", ("ceoOf", "Jan Hark", "Quorix")),
    ("Vorstandschef Jan Hark will Siemens überholen.", ("ceoOf", "Jan Hark", "Siemens")),
    ("Jan Hark leitet die Siemens-Tochter Quorix.", ("ceoOf", "Jan Hark", "Siemens")),
    ("Jan Hark leitet die Siemens-Sparte Mobility.", ("ceoOf", "Jan Hark", "Siemens")),
])
def test_german_chief_near_misses_of_the_company_named(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # an assistant the company built in, on a model named in the relative clause
    ("Der Autobauer Kolbwerk hat in der neuen Limousine Varro erstmals einen Assistenten "
     "verbaut, der auf Googles Gemini basiert.", ("uses", "Kolbwerk", "Gemini")),
    ("Der Münchner Zulieferer Brenntal hat einen eigenen KI-Assistenten für Werkstätten "
     "vorgestellt, der auf Microsofts Azure-Cloud läuft.",
     ("uses", "Brenntal", "Microsoft Azure")),
])
def test_german_use_through_a_built_in_assistant(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Der Autobauer Kolbwerk hat einen Assistenten vorgestellt, der auf Gemini-Tests basiert.",
     ("uses", "Kolbwerk", "Gemini")),
])
def test_german_use_near_misses_of_built_in_assistants(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # "um X zu nutzen" after a fronted time: the subject follows the verb
    ("Seit Mai arbeitet die Commerzbank mit Google zusammen, um Gemini zu nutzen.",
     ("uses", "Commerzbank", "Gemini")),
    ("Im Frühjahr hat die Allianz einen Vertrag mit Anthropic geschlossen, um Claude "
     "einzusetzen.", ("uses", "Allianz", "Claude")),
])
def test_german_use_to_an_end_after_a_fronted_time(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_a_company_inside_a_fronted_phrase_is_no_user_to_an_end() -> None:
    text = ("Seit dem Einstieg bei der Commerzbank arbeitet Jana Rieck mit Google zusammen, um "
            "Gemini zu nutzen.")
    assert ("uses", "Commerzbank", "Gemini") not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Der Maschinenbauer Krones nutzt Nvidias Omniverse für seine Simulationen.",
     ("developedBy", "Omniverse", "Nvidia")),
    ("Der Maschinenbauer Krones nutzt Nvidias Omniverse für seine Simulationen.",
     ("uses", "Krones", "Omniverse")),
    ("Seit Juni testet die Allianz Microsofts Tarvolo im Kundenservice.",
     ("developedBy", "Tarvolo", "Microsoft")),
])
def test_german_unknown_name_right_after_a_companys_possessive_is_its_product(
        text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Die Runde führte Accel an, Nvidias Investmentarm NVentures stieg neu ein.",
    "Alibabas Tochter Antwerk wächst.",
    "Nvidias Umsatz steigt.",
])
def test_german_possessive_before_a_noun_and_a_name_makes_no_product(text: str) -> None:
    assert not any(p == "developedBy" for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "name"), [
    ("Die Stadtwerke Brenntal antworten Kunden mit der digitalen Assistentin Mira.", "Mira"),
    ("Die Sparkasse stellt ihre neue KI-Assistentin Lotta vor.", "Lotta"),
])
def test_german_feminine_product_noun_introduces_its_name(text: str, name: str) -> None:
    assert (name, "Product", name) in mentions(text, "de")


def test_an_assistant_named_in_full_is_a_person() -> None:
    got = mentions("Die Assistentin Maria Schulz kam aus Berlin.", "de")
    assert ("Maria Schulz", "Person", "Maria Schulz") in got
    assert not any(t == "Product" for _, t, _ in got)


@pytest.mark.parametrize(("text", "fact"), [
    ("Großer Auftritt für den von Neura Robotics gebauten humanoiden Roboter Velt-3.",
     ("developedBy", "Velt-3", "Neura Robotics")),
    ("Die Versicherung nutzt Tarvolo, einen Schadenassistenten des Kölner Start-ups Fallwerk.",
     ("developedBy", "Tarvolo", "Fallwerk")),
    ("Die Allianz setzt Tarvolo ein, eine Software der Hamburger Firma Quorix.",
     ("developedBy", "Tarvolo", "Quorix")),
    # "für" a product is what the model serves, not what is used
    ("Die Softwarefirma Quellwerk hat die Assistentin Mira gebaut. Als Sprachmodell setzt "
     "Quellwerk für Mira auf Llama 3.3 70B von Meta.", ("uses", "Quellwerk", "Llama 3.3 70B")),
])
def test_german_maker_of_a_product_in_apposition_and_use_for_a_product(
        text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Softwarefirma Quellwerk hat die Assistentin Mira gebaut. Als Sprachmodell setzt "
     "Quellwerk für Mira auf Llama 3.3 70B von Meta.", ("uses", "Quellwerk", "Mira")),
    ("Die Allianz nutzt Tarvolo, einen Partner der Hamburger Firma Quorix.",
     ("developedBy", "Tarvolo", "Quorix")),
])
def test_german_near_misses_of_apposed_makers_and_use_for_a_product(text: str,
                                                                    fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Außerdem ist Siemens mit fünf Millionen Euro beim Kölner Start-up Quorix eingestiegen.",
     ("investsIn", "Siemens", "Quorix")),
    ("Außerdem ist Siemens mit fünf Millionen Euro beim Kölner Start-up Quorix eingestiegen.",
     ("invests", "Siemens", "Quorix")),
    ("Der Autozulieferer ZF ist seit dieser Woche mit 15 Prozent an dem Softwarehaus Quorix "
     "beteiligt.", ("investsIn", "ZF", "Quorix")),
])
def test_german_stake_taken_with_an_amount_or_a_share(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Der Autozulieferer ZF ist seit dieser Woche mit 15 Prozent an dem Projekt beteiligt.",
    "Siemens ist mit fünf Millionen Euro beim Kölner Start-up Quorix nicht eingestiegen.",
])
def test_german_stake_near_misses(text: str) -> None:
    assert not any(p in ("investsIn", "invests") for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "name"), [
    ("Die Parfümeriekette Douglas verwendet seit Oktober Gemini 3 Pro.", "Douglas"),
    ("Die Drogeriekette Rossmann wächst.", "Rossmann"),
    ("Die Fitnesskette Velmora eröffnet zehn Studios.", "Velmora"),
])
def test_german_kinds_of_chain_introduce_a_company(text: str, name: str) -> None:
    assert any(t == "Organization" and k == name for _, t, k in mentions(text, "de"))


def test_a_supply_chain_introduces_no_company() -> None:
    assert not any(t == "Organization" for _, t, _ in mentions("Die Lieferkette Asiens reißt.",
                                                               "de"))


@pytest.mark.parametrize(("text", "fact"), [
    # a platform the used models are reached through, in a relative clause
    ("Der Softwarehersteller Brisko greift für seinen Assistenten auf Modelle von OpenAI "
     "zurück, die er über den Azure OpenAI Service von Microsoft bezieht.",
     ("uses", "Brisko", "Azure OpenAI Service")),
    ("Im Hintergrund verwendet Brisko Modelle von OpenAI, darunter GPT-4o, die über Microsoft "
     "Azure bereitgestellt werden.", ("uses", "Brisko", "Microsoft Azure")),
    ("Brisko nutzt Claude, das über Amazon Bedrock läuft.", ("uses", "Brisko", "Amazon Bedrock")),
    ("Für seinen Kundendienst nutzt Brisko Claude, das über Amazon Bedrock läuft.",
     ("uses", "Brisko", "Amazon Bedrock")),
    # the object first, "bezieht" before its subject
    ("Das Modell bezieht die Brisko AG über Microsofts Azure OpenAI Service.",
     ("uses", "Brisko", "Azure OpenAI Service")),
    # made available to a company's staff
    ("Microsoft 365 Copilot steht allen rund 4.000 Beschäftigten der Brisko AG zur Verfügung.",
     ("uses", "Brisko", "Microsoft 365 Copilot")),
    ("Seit Mai stehen die Claude-Modelle allen Mitarbeitern von Brisko zur Verfügung.",
     ("uses", "Brisko", "Claude")),
    # "mit Unterstützung der Assistentin X"
    ("Die Stadtwerke Tannau beantworten Kundenanfragen ab sofort mit Unterstützung der "
     "digitalen Assistentin Stella.", ("uses", "Stadtwerke Tannau", "Stella")),
    ("Die Elbgrund Bank bearbeitet Kreditanträge mit Unterstützung von Claude.",
     ("uses", "Elbgrund Bank", "Claude")),
    # a headline without article: "führen KI-Kundenassistentin X ein"
    ("Stadtwerke Tannau führen KI-Kundenassistentin Stella ein",
     ("uses", "Stadtwerke Tannau", "Stella")),
    # the product's maker between the product and "ist ... im Einsatz"
    ("GitHub Copilot der Microsoft-Tochter GitHub ist unter anderem bei der Versandbank "
     "Elbgrund Direkt im Einsatz.", ("uses", "Elbgrund Direkt", "GitHub Copilot")),
])
def test_german_use_through_platforms_staff_and_support(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # no verb of using before the platform: Brisko sells, it does not use Bedrock
    ("Brisko entwickelt Software, die über Amazon Bedrock vertrieben wird.",
     ("uses", "Brisko", "Amazon Bedrock")),
    ("Brisko nutzt Claude, das über Amazon Bedrock nicht verfügbar ist.",
     ("uses", "Brisko", "Amazon Bedrock")),
    # the platform is a rival's, not what the used models come through
    ("Brisko nutzt Claude, während Tannwerk über Microsoft Azure arbeitet.",
     ("uses", "Brisko", "Microsoft Azure")),
    # customers, not staff; planned, not there
    ("Microsoft 365 Copilot steht allen Kunden der Brisko AG zur Verfügung.",
     ("uses", "Brisko", "Microsoft 365 Copilot")),
    ("Microsoft 365 Copilot soll künftig allen Beschäftigten der Brisko AG zur Verfügung "
     "stehen.", ("uses", "Brisko", "Microsoft 365 Copilot")),
    # support from an investor, not a product
    ("Die Elbgrund Bank wächst mit Unterstützung von Tannwerk Capital.",
     ("uses", "Elbgrund Bank", "Tannwerk Capital")),
    # a company named in a genitive is no subject: the daughter uses it, not the group
    ("Auch Tannwerk Engineering, eine Tochter des Essener Tannwerk-Konzerns, setzt Claude ein.",
     ("uses", "Tannwerk", "Claude")),
    ("Die Tochter des Konzerns Brisko nutzt Claude.", ("uses", "Brisko", "Claude")),
])
def test_german_use_through_platforms_staff_and_support_near_misses(text: str,
                                                                    fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_a_genitive_company_is_no_subject_but_the_apposed_one_is() -> None:
    found = facts("Auch Tannwerk Engineering, eine Tochter des Essener Tannwerk-Konzerns, setzt "
                  "Claude ein.", "de")
    assert ("uses", "Tannwerk Engineering", "Claude") in found


def test_a_product_between_has_and_together_with_keeps_the_partnership() -> None:
    assert ("partnersWith", "Brisko", "Microsoft") in facts(
        "Die Firma Brisko baut Chatbots. Brisko hat den Assistenten gemeinsam mit Microsoft "
        "entwickelt.", "de")


@pytest.mark.parametrize(("text", "fact"), [
    # "arbeiten mit einem Assistenten namens „X“, der auf Y basiert"
    ("Die Elbgrund Bank arbeitet mit einem internen Assistenten namens „Elbgrund Dev“, der auf "
     "Qwen3-Coder von Alibaba basiert.", ("uses", "Elbgrund Bank", "Qwen3-Coder")),
    ("Die Elbgrund Bank arbeitet mit einem internen Assistenten namens „Elbgrund Dev“.",
     ("uses", "Elbgrund Bank", "Elbgrund Dev")),
    # the company's own model or system built on another
    ("Das Start-up Brisko wächst. Für die Spracherkennung setzt das Unternehmen auf Whisper von "
     "OpenAI, das eigene Modell basiert auf Llama 3.1.", ("uses", "Brisko", "Llama 3.1")),
    ("Brisko-Chefin Hatice Aydın sagte, ihr System basiere auf dem offenen Modell Mistral "
     "Small 3.1, weil es offline laufe.", ("uses", "Brisko", "Mistral Small 3.1")),
])
def test_german_use_through_an_assistant_named_or_an_own_model(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # the maker named beside the used model does not build its own model on it
    ("Das Start-up Brisko wächst. Für die Spracherkennung setzt das Unternehmen auf Whisper von "
     "OpenAI, das eigene Modell basiert auf Llama 3.1.", ("uses", "OpenAI", "Llama 3.1")),
    ("Brisko nutzt Whisper von OpenAI, dessen eigenes Modell auf GPT-4o basiert.",
     ("uses", "Brisko", "GPT-4o")),
    # planned or denied
    ("Brisko-Chefin Hatice Aydın sagte, ihr System solle künftig auf Mistral Small 3.1 "
     "basieren.", ("uses", "Brisko", "Mistral Small 3.1")),
    ("Brisko-Chefin Hatice Aydın sagte, ihr System basiere nicht auf Mistral Small 3.1.",
     ("uses", "Brisko", "Mistral Small 3.1")),
])
def test_german_use_through_an_assistant_named_or_an_own_model_near_misses(
        text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # the subject after its verb, several words before the object
    ("Die Brisko Robotics GmbH baut Roboter. Für die Bahnplanung nutzt das Unternehmen seit "
     "diesem Jahr das Simulationswerkzeug Omniverse von Nvidia.",
     ("uses", "Brisko Robotics", "Omniverse")),
    # a relative clause on the object with "bezieht"
    ("Scout greift für die Texte auf Claude Sonnet 4 von Anthropic zurück, das die Brisko AG "
     "über Amazon Bedrock bezieht.", ("uses", "Brisko", "Claude Sonnet 4")),
    # the functions of a product built on a model: its maker uses the model
    ("Die Sprachfunktionen von Joule beruhen auf dem Modell Command A des Anbieters Cohere.",
     ("uses", "SAP", "Command A")),
    ("Die Sprachfunktionen der Brisko AG beruhen auf dem Modell Command A.",
     ("uses", "Brisko", "Command A")),
])
def test_german_use_with_the_subject_late_or_through_a_products_functions(text: str,
                                                                          fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Claude, das die Brisko AG nicht mehr über Amazon Bedrock bezieht, ist teuer.",
     ("uses", "Brisko", "Claude")),
    ("Die Daten von Joule beruhen auf Umfragen unter Kunden von Command A.",
     ("uses", "SAP", "Command A")),
])
def test_german_use_with_the_subject_late_or_through_a_products_functions_near_misses(
        text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # the chief of a company's subsidiary heads the subsidiary, not its parent
    ("Hanna Riedel, Chefin der Kolbwerk-Tochter Varenta, sprach von einem guten Jahr.",
     ("ceoOf", "Hanna Riedel", "Varenta")),
    ("Die Chefin der Kolbwerk-Tochter Varenta, Hanna Riedel, sprach von einem guten Jahr.",
     ("ceoOf", "Hanna Riedel", "Varenta")),
    ("Hanna Riedel, Chefin der Kolbwerk-Gruppe, sprach von einem guten Jahr.",
     ("ceoOf", "Hanna Riedel", "Kolbwerk")),
])
def test_german_chief_of_a_subsidiary(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    ("Hanna Riedel, Chefin der Kolbwerk-Tochter Varenta, sprach von einem guten Jahr.",
     ("ceoOf", "Hanna Riedel", "Kolbwerk")),
    ("Hanna Riedel, Chefin der Kolbwerk-Tochter, sprach von einem guten Jahr.",
     ("ceoOf", "Hanna Riedel", "Kolbwerk")),
    # a deputy is no chief
    ("Hanna Riedel, stellvertretende Vorstandsvorsitzende von Varenta, sprach.",
     ("ceoOf", "Hanna Riedel", "Varenta")),
    ("Der stellvertretende Vorstandschef der Varenta AG, Tilo Brandauer, sprach.",
     ("ceoOf", "Tilo Brandauer", "Varenta")),
    ("Der stellvertretende Varenta-Chef Tilo Brandauer sprach in Ulm.",
     ("ceoOf", "Tilo Brandauer", "Varenta")),
    ("Varenta-Vize-Chefin Hanna Riedel sprach in Ulm.", ("ceoOf", "Hanna Riedel", "Varenta")),
    ("Tilo Brandauer ist stellvertretender Geschäftsführer der Varenta GmbH.",
     ("ceoOf", "Tilo Brandauer", "Varenta")),
])
def test_german_parent_and_deputy_are_no_chiefs(text: str, fact: tuple) -> None:
    assert fact not in facts(text, "de")


def test_german_chief_beside_a_deputy_is_still_the_chief() -> None:
    text = "Hanna Riedel, Chefin von Varenta, und ihr Stellvertreter Tilo Brandauer sprachen."
    assert ("ceoOf", "Hanna Riedel", "Varenta") in facts(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # a majority of the shares is a takeover
    ("Varenta übernimmt 75 Prozent der Anteile an Trelltec.", ("acquires", "Varenta", "Trelltec")),
    ("Varenta erwirbt 51 Prozent an der Trelltec AG.", ("acquires", "Varenta", "Trelltec")),
    ("Der Autobauer Varenta übernimmt 60 Prozent des Zulieferers Trelltec.",
     ("acquires", "Varenta", "Trelltec")),
    ("Varenta hat 80 Prozent an Trelltec übernommen.", ("acquires", "Varenta", "Trelltec")),
    ("Varenta sichert sich mehr als die Hälfte der Aktien von Trelltec.",
     ("acquires", "Varenta", "Trelltec")),
    # a group named by its head noun
    ("Varenta übernimmt die Trelltec-Gruppe.", ("acquires", "Varenta", "Trelltec")),
    ("Der Autobauer Varenta übernimmt die Trelltec-Gruppe.", ("acquires", "Varenta", "Trelltec")),
])
def test_german_majority_stakes_and_groups_are_taken_over(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # a minority stake, or a share of something else
    "Varenta erwirbt 10 Prozent an Trelltec.",
    "Varenta erwirbt 49,9 Prozent an Trelltec.",
    "Der Autobauer Varenta übernimmt 10 Prozent des Zulieferers Trelltec.",
    "Der Autobauer Varenta hat 10 Prozent des Zulieferers Trelltec übernommen.",
    "Der Autobauer Varenta kauft weitere 5 Prozent der Trelltec AG.",
    "Varenta übernimmt 75 Prozent der Kosten von Trelltec.",
    "Varenta kauft 60 Prozent der Produktion von Trelltec.",
    "Varenta übernimmt die Trelltec-Aktien.",
])
def test_german_minority_stakes_and_shares_of_costs_are_no_takeover(text: str) -> None:
    assert not any(p == "acquires" for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize("text", [
    "Die Übernahme von Trelltec durch Varenta scheiterte am Widerstand der Kartellwächter.",
    "Der Kauf der Trelltec AG durch den Autobauer Varenta platzte im März.",
])
def test_german_failed_deal_named_by_a_noun_is_not_asserted(text: str) -> None:
    assert ("acquires", "Varenta", "Trelltec") not in facts(text, "de")
    assert ("acquires", "Varenta", "Trelltec") in hedged(text, "de")


@pytest.mark.parametrize(("text", "fact"), [
    # "X und sein Chef Y" at the head of the sentence, "X und dessen Chef Y" anywhere
    ("Der Maschinenbauer Kolbwerk und sein Chef Tilo Brandauer stehen unter Druck.",
     ("ceoOf", "Tilo Brandauer", "Kolbwerk")),
    # the company fronted with "bei"
    ("Beim Maschinenbauer Kolbwerk ist Tilo Brandauer seit 2019 Vorstandschef.",
     ("ceoOf", "Tilo Brandauer", "Kolbwerk")),
    # "an der Spitze" as an apposition, or with the company before it
    ("Tilo Brandauer, seit 2019 an der Spitze von Kolbwerk, sieht Chancen.",
     ("ceoOf", "Tilo Brandauer", "Kolbwerk")),
    ("Die Kolbwerk AG mit Vorstandschef Tilo Brandauer an der Spitze sieht Chancen.",
     ("ceoOf", "Tilo Brandauer", "Kolbwerk")),
    ("Kolbwerk beruft Tilo Brandauer an die Spitze.", ("ceoOf", "Tilo Brandauer", "Kolbwerk")),
    # the title after "als", and a managing partner
    ("Tilo Brandauer leitet als Geschäftsführer die Kolbwerk GmbH.",
     ("ceoOf", "Tilo Brandauer", "Kolbwerk")),
    ("Tilo Brandauer, geschäftsführender Gesellschafter der Kolbwerk GmbH, sieht Chancen.",
     ("ceoOf", "Tilo Brandauer", "Kolbwerk")),
])
def test_german_more_ways_to_name_a_chief(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_german_chief_named_by_dessen_after_another_subject() -> None:
    text = "Feldmark verhandelt mit dem Maschinenbauer Kolbwerk und dessen Chef Tilo Brandauer."
    assert ("ceoOf", "Tilo Brandauer", "Kolbwerk") in hedged(text, "de") | facts(text, "de")


@pytest.mark.parametrize("text", [
    "Der Maschinenbauer Kolbwerk und sein Finanzchef Tilo Brandauer stehen unter Druck.",
    "Der Maschinenbauer Kolbwerk und sein stellvertretender Chef Tilo Brandauer sind in Ulm.",
    # "seinem" is the subject's: Feldmark's chief, not Kolbwerk's
    "Feldmark verhandelt mit Kolbwerk und seinem Chef Tilo Brandauer.",
    "Beim Maschinenbauer Kolbwerk ist Tilo Brandauer seit 2019 Chef der Sparte Antriebe.",
    "Beim Maschinenbauer Kolbwerk ist Tilo Brandauer seit 2019 Finanzchef.",
    "Tilo Brandauer, an der Spitze des Aufsichtsrats von Kolbwerk, sieht Chancen.",
    "Tilo Brandauer, bis 2018 an der Spitze von Kolbwerk, sieht Chancen.",
    "Tilo Brandauer, an der Spitze der Kolbwerk-Sparte Antriebe, sieht Chancen.",
    "Kolbwerk beruft Tilo Brandauer an die Spitze des Aufsichtsrats.",
    "Kolbwerk holt Tilo Brandauer an die Spitze der Forschung.",
    "Tilo Brandauer leitet als Finanzchef die Kolbwerk GmbH.",
    "Die Kolbwerk AG mit Finanzchef Tilo Brandauer an der Spitze der Delegation reiste ab.",
    "Der Maschinenbauer Kolbwerk steckt in der Krise. Der stellvertretende Vorstandschef "
    "Tilo Brandauer will sparen.",
])
def test_german_more_ways_to_name_a_chief_near_misses(text: str) -> None:
    assert ("ceoOf", "Tilo Brandauer", "Kolbwerk") not in facts(text, "de")
