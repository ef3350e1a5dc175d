"""Extraction rules on sentences written for these tests (German and English).

Each case names the fact a pattern must find, or that it must not assert.
"""
from __future__ import annotations

import pytest

from kgraph.articles import article_from_bytes
from kgraph.pipeline import extract_article


def facts(text: str, lang: str) -> set[tuple]:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    ex = extract_article(article)
    return {(r.predicate, r.subject.key, r.object.key if r.object else None)
            for r in ex.relations if not r.hedged}


def hedged(text: str, lang: str) -> set[tuple]:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    return {(r.predicate, r.subject.key, r.object.key if r.object else None)
            for r in extract_article(article).relations if r.hedged}


FOUND = [
    ("de", "Die Versicherung Allianz nutzt seit Mai das Modell Claude für die Schadenbearbeitung.",
     ("uses", "Allianz", "Claude")),
    ("de", "Der Reiseanbieter Trivago setzt bei der Suche stark auf Claude.",
     ("uses", "Trivago", "Claude")),
    ("de", "Zalando hat Gemini in seinen Online-Shop integriert.", ("uses", "Zalando", "Gemini")),
    ("de", "Metas Llama-Familie wächst weiter.", ("developedBy", "Llama", "Meta")),
    ("de", "Das von Google entwickelte Gemini soll bald in Autos laufen.",
     ("developedBy", "Gemini", "Google")),
    ("de", "DeepSeek-R1 überholt OpenAIs o1 in mehreren Mathematik-Tests.",
     ("surpasses", "DeepSeek-R1", "o1")),
    ("de", "Nvidia-Chef Jensen Huang sprach in Taipeh.", ("ceoOf", "Jensen Huang", "Nvidia")),
    ("de", "Der Softwarekonzern SAP übernimmt die Kölner Firma Lernwerk GmbH.",
     ("acquires", "SAP", "Lernwerk")),
    ("de", "Die Kölner Firma Lernwerk GmbH wurde von SAP übernommen.",
     ("acquires", "SAP", "Lernwerk")),
    ("de", "Bosch kooperiert künftig mit Aleph Alpha.", ("partnersWith", "Bosch", "Aleph Alpha")),
    ("en", "Klarna uses GPT-4o in its customer service.", ("uses", "Klarna", "GPT-4o")),
    ("en", "Anthropic's Claude 3.5 Sonnet was praised by developers.",
     ("developedBy", "Claude 3.5 Sonnet", "Anthropic")),
    ("en", "Veridian Studio, a design tool developed by Quarry Labs Inc., launched today.",
     ("developedBy", "Veridian Studio", "Quarry Labs")),
    ("en", "Sam Altman, chief executive of OpenAI, spoke in Paris.",
     ("ceoOf", "Sam Altman", "OpenAI")),
    ("en", "Microsoft acquired Nuance Communications Inc. in 2022.",
     ("acquires", "Microsoft", "Nuance Communications")),
    ("en", "Amazon's acquisition of Tessellate Silicon Inc. closed on Friday.",
     ("acquires", "Amazon", "Tessellate Silicon")),
    ("en", "Samsung has teamed up with Naver on chips.", ("partnersWith", "Samsung", "Naver")),
    ("en", "Qwen overtook Llama in downloads last month.", ("surpasses", "Qwen", "Llama")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), FOUND, ids=[t for _, t, _ in FOUND])
def test_pattern_finds_stated_fact(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


NOT_ASSERTED = [
    ("de", "Gerüchten zufolge erwägt SAP eine Übernahme von Lernwerk GmbH."),
    ("de", "Airbnb nutzt nicht Gemini, sagte das Unternehmen."),
    ("en", "Apple denies using Gemini in Siri."),
    ("en", "Microsoft could acquire Nuance Communications Inc. next year."),
    ("en", "Shares of Nvidia rose 3 percent while OpenAI stayed private."),
    ("de", "Die Aktie von Alibaba sank auf 92,15 HKD."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ASSERTED, ids=[t for _, t in NOT_ASSERTED])
def test_hedged_or_unrelated_sentence_asserts_nothing(lang: str, text: str) -> None:
    assert facts(text, lang) == set()


def test_hedged_statement_is_kept_marked() -> None:
    assert ("acquires", "Microsoft", "Nuance Communications") in hedged(
        "Microsoft could acquire Nuance Communications Inc. next year.", "en")


@pytest.mark.parametrize(("text", "fact"), [
    ("Harlow Bank reportedly uses Claude for its call centre.", ("uses", "Harlow Bank", "Claude")),
    ("Microsoft allegedly acquired Nuance Communications Inc. in secret.",
     ("acquires", "Microsoft", "Nuance Communications")),
    ("Harlow Bank is said to use Claude in its branches.", ("uses", "Harlow Bank", "Claude")),
    ("Harlow Bank was reported to use Claude in its branches.", ("uses", "Harlow Bank", "Claude")),
])
def test_what_others_report_is_kept_as_a_claim(text: str, fact: tuple) -> None:
    """README promises it: "reportedly", "allegedly", "is said to" mark a rumour."""
    assert fact in hedged(text, "en")
    assert fact not in facts(text, "en")


@pytest.mark.parametrize(("text", "fact"), [
    # the company itself saying so is no rumour; a report about something else is no hedge
    ("Harlow Bank said it uses Claude for its call centre.", ("uses", "Harlow Bank", "Claude")),
    ("Harlow Bank, which uses Claude, reported record profits.",
     ("uses", "Harlow Bank", "Claude")),
])
def test_said_and_reported_alone_are_no_hedge(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "fact", "negated"), [
    # a negation hedges the facts of its own verb, not a noun phrase in its object
    ("Orrin Bank said it would not use Google's Gemini for customer service.",
     ("developedBy", "Gemini", "Google"), False),
    ("Orrin Bank said it would not use Google's Gemini for customer service.",
     ("uses", "Orrin Bank", "Gemini"), True),
    ("The insurer never ran Google's Gemini in production.",
     ("developedBy", "Gemini", "Google"), False),
    ("Helix Bank did not hire Acme CEO Jane Doe.", ("ceoOf", "Jane Doe", "Acme"), False),
    # a hedge inside the phrase still hedges it
    ("Google's rumoured Gemini 4 could arrive in May.",
     ("developedBy", "Gemini 4", "Google"), True),
    ("Rumours say Google may release Gemini 4.", ("developedBy", "Gemini 4", "Google"), True),
])
def test_a_negation_hedges_only_its_own_verbs_facts(text: str, fact: tuple,
                                                     negated: bool) -> None:
    assert fact in (hedged(text, "en") if negated else facts(text, "en"))


def test_investment_amount_currency_and_purpose() -> None:
    text = ("Der Konzern Alibaba wächst. Bis 2028 will der Konzern etwa "
            "40 Milliarden US-Dollar in KI-Infrastruktur investieren.")
    article = article_from_bytes(text.encode(), "t.txt", "text", "de")
    inv = [r for r in extract_article(article).relations if r.predicate == "invests"]
    assert [(r.subject.key, r.amount, r.currency, r.purpose) for r in inv] == [
        ("Alibaba", "40000000000", "USD", "KI-Infrastruktur")]


def test_investment_into_company_gives_investee_and_invests_in() -> None:
    found = facts("Amazon invests $4bn in Anthropic.", "en")
    assert ("investsIn", "Amazon", "Anthropic") in found
    assert ("invests", "Amazon", "Anthropic") in found


def test_coreference_resolves_the_company_to_last_named() -> None:
    found = facts("Airbnb wächst. Das Unternehmen setzt stark auf Qwen.", "de")
    assert ("uses", "Airbnb", "Qwen") in found


def test_coordinated_subjects_each_get_the_fact() -> None:
    found = facts("Zalando und Siemens setzen auf Claude.", "de")
    assert {("uses", "Zalando", "Claude"), ("uses", "Siemens", "Claude")} <= found


def test_versioned_model_links_to_family() -> None:
    article = article_from_bytes(b"Im Test lief das Qwen-3-Modell auf einem Laptop.", "t.txt",
                                 "text", "de")
    mentions = extract_article(article).mentions
    assert [(m.key, m.family) for m in mentions] == [("Qwen-3", "Qwen")]


def test_genitive_and_compound_forms_resolve_to_the_company() -> None:
    article = article_from_bytes(b"Alibabas Gewinn und die Nvidia-Aktie stiegen.",
                                 "t.txt", "text", "de")
    keys = [m.key for m in extract_article(article).mentions]
    assert keys == ["Alibaba", "Nvidia"]


def test_metric_downloads_attached_to_model() -> None:
    article = article_from_bytes(
        "Das Qwen-3-Modell kam bis Juni auf über 250 Millionen Downloads.".encode(), "t.txt",
        "text", "de")
    metrics = [(m.subject.key, m.kind, m.value) for m in extract_article(article).metrics]
    assert ("Qwen-3", "downloads", "250000000") in metrics


def test_common_word_compound_does_not_block_the_perfect_tense() -> None:
    # "Shopping-App" is still taken for a product, but a product between the model and the
    # participle no longer blocks the pattern
    assert ("uses", "Zalando", "Gemini") in facts(
        "Zalando hat Gemini in seine Shopping-App integriert.", "de")


def test_round_investors_invest_in_the_company_that_raised_it() -> None:
    found = facts("Nordwind Robotics raised $80 million on Monday. Quarry Capital and Pine Ventures "
                  "led the round, with Atlas Partners also participating.", "en")
    assert {("investsIn", "Quarry Capital", "Nordwind Robotics"),
            ("investsIn", "Pine Ventures", "Nordwind Robotics"),
            ("investsIn", "Atlas Partners", "Nordwind Robotics")} <= found


def test_round_without_a_raise_names_no_investee() -> None:
    found = facts("Quarry Capital led the round last year.", "en")
    assert not any(p == "investsIn" for p, _, _ in found)


def test_german_round_led_by_investor() -> None:
    found = facts("Das Start-up Lernwerk sammelte 20 Millionen Euro ein. Die Finanzierungsrunde "
                  "wurde angeführt von Earlybird.", "de")
    assert ("investsIn", "Earlybird", "Lernwerk") in found


MORE_PHRASINGS = [
 ("de","Für die Kundenberatung verwendet die Commerzbank das Sprachmodell Claude.",("uses","Commerzbank","Claude")),
 ("de","Bei Siemens kommt GPT-4o bereits zum Einsatz.",("uses","Siemens","GPT-4o")),
 ("de","Das KI-Modell Mistral Large stammt vom französischen Start-up Mistral AI.",("developedBy","Mistral Large","Mistral AI")),
 ("de","Hinter Claude steht das US-Unternehmen Anthropic.",("developedBy","Claude","Anthropic")),
 ("de","Anthropic hat mit Claude 4 ein neues Modell vorgestellt.",("developedBy","Claude 4","Anthropic")),
 ("de","Siemens übernimmt für 10 Milliarden Dollar den Softwareanbieter Altair.",("acquires","Siemens","Altair")),
 ("de","Oliver Zipse, der BMW seit 2019 führt, sagte das.",("ceoOf","Oliver Zipse","BMW")),
 ("de","Der Vorstandsvorsitzende von BMW, Oliver Zipse, sagte das.",("ceoOf","Oliver Zipse","BMW")),
 ("de","Telekom und Nvidia bauen gemeinsam eine KI-Fabrik in München.",("partnersWith","Deutsche Telekom","Nvidia")),
 ("de","Gemeinsam mit SAP entwickelt Aleph Alpha eine Plattform.",("partnersWith","Aleph Alpha","SAP")),
 ("de","SoftBank beteiligt sich mit 500 Millionen Euro an Aleph Alpha.",("investsIn","SoftBank","Aleph Alpha")),
 ("de","Mit Gemini 2.5 hat Google OpenAI überholt.",("surpasses","Google","OpenAI")),
 ("de","Bei Fachtexten schneidet DeepL besser ab als Google.",("surpasses","DeepL","Google")),
 ("de","Microsoft investiert weitere 10 Milliarden Dollar in OpenAI.",("investsIn","Microsoft","OpenAI")),
 ("en","Siemens agreed to buy Altair Engineering for $10 billion.",("acquires","Siemens","Altair Engineering")),
 ("en","Nvidia is buying a $5 billion stake in Intel.",("investsIn","Nvidia","Intel")),
 ("en","In partnership with Microsoft, OpenAI is building data centers.",("partnersWith","OpenAI","Microsoft")),
 ("en","OpenAI and Microsoft announced a new partnership on Tuesday.",("partnersWith","OpenAI","Microsoft")),
 ("en","Claude 4 is faster than GPT-4o on coding tasks.",("surpasses","Claude 4","GPT-4o")),
 ("en","Satya Nadella, who has led Microsoft since 2014, spoke.",("ceoOf","Satya Nadella","Microsoft")),
 ("en","Microsoft's chief executive, Satya Nadella, spoke.",("ceoOf","Satya Nadella","Microsoft")),
 ("en","Shopify has rolled out Claude to all merchants.",("uses","Shopify","Claude")),
 ("en","Claude, made by Anthropic, is popular.",("developedBy","Claude","Anthropic")),
 ("en","Mistral AI released Mistral Medium 3 on Wednesday.",("developedBy","Mistral Medium 3","Mistral AI")),
 ("en","Uber said it now uses Gemini for support.",("uses","Uber","Gemini")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), MORE_PHRASINGS,
                         ids=[t for _, t, _ in MORE_PHRASINGS])
def test_more_phrasings_find_the_fact(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


def test_catalogue_maker_overrides_a_wrong_developer_reading() -> None:
    found = facts("Shopify has rolled out Claude to all merchants.", "en")
    assert ("uses", "Shopify", "Claude") in found
    assert not any(p == "developedBy" for p, _, _ in found)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Chipmaker ASML has become the largest shareholder in French AI developer Mistral AI.",
     ("investsIn", "ASML", "Mistral AI")),
    ("de", "SoftBank ist inzwischen der größte Anteilseigner von OpenAI.",
     ("investsIn", "SoftBank", "OpenAI")),
])
def test_shareholder_is_an_investor(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


def test_spelled_out_amount_and_reported_plan_are_investments() -> None:
    text = ("Naver said it would invest one trillion won (about $720 million) in GPU servers. "
            "Insgesamt hat die Telekom rund eine Milliarde Euro investiert.")
    article = article_from_bytes(text.encode(), "t.txt", "text", "en")
    inv = {(r.subject.key, r.amount, r.currency, r.purpose, r.hedged)
           for r in extract_article(article).relations if r.predicate == "invests"}
    assert ("Naver", "1000000000000", "KRW", "GPU servers", False) in inv


def test_place_is_not_an_investment_purpose() -> None:
    article = article_from_bytes(b"Google will invest $40 billion in Texas through 2027.",
                                 "t.txt", "text", "en")
    inv = [r for r in extract_article(article).relations if r.predicate == "invests"]
    assert [(r.amount, r.purpose) for r in inv] == [("40000000000", None)]


@pytest.mark.parametrize(("text", "fact"), [
    ("Adobe Illustrator remains the standard vector editor.",
     ("developedBy", "Adobe Illustrator", "Adobe")),
    ("Anthropic Claude now runs on phones.", ("developedBy", "Claude", "Anthropic")),
])
def test_product_named_after_its_maker(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_subsidiary_named_after_its_parent_is_a_company_not_a_product() -> None:
    article = article_from_bytes(b"Ubisoft Studios made the trailer.", "t.txt", "text", "en")
    assert [(m.text, m.type) for m in extract_article(article).mentions] == [
        ("Ubisoft Studios", "Organization")]


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("de", "Zu den Kunden von STACKIT gehören bereits der Softwarekonzern SAP und die Bahn.",
     ("uses", "SAP", "STACKIT")),
    ("en", "Customers of Le Chat include BNP Paribas and Orange.", ("uses", "BNP Paribas", "Le Chat")),
])
def test_customer_lists_are_users(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


def test_descriptor_does_not_point_back_into_its_own_clause() -> None:
    found = facts("DeepL sucht Verbündete: Mit dem japanischen Elektronikkonzern NEC hat das "
                  "Unternehmen eine Partnerschaft geschlossen.", "de")
    assert ("partnersWith", "DeepL", "NEC") in found
    assert ("partnersWith", "NEC", "NEC") not in found


EVEN_MORE_PHRASINGS = [
 ("de","Der Flugzeugbauer Grob Aircraft geht vollständig an Helsing über.",("acquires","Helsing","Grob Aircraft")),
 ("de","Die Lernwerk GmbH gehört künftig zu SAP.",("acquires","SAP","Lernwerk")),
 ("de","Bosch hat die Übernahme von Lernwerk GmbH abgeschlossen.",("acquires","Bosch","Lernwerk")),
 ("de","Oliver Zipse steht seit 2019 an der Spitze von BMW.",("ceoOf","Oliver Zipse","BMW")),
 ("de","Christian Klein, seit 2020 Chef von SAP, sprach.",("ceoOf","Christian Klein","SAP")),
 ("de","Telekom und SAP wollen künftig enger zusammenarbeiten.",("partnersWith","Deutsche Telekom","SAP")),
 ("de","Die Telekom arbeitet künftig eng mit SAP zusammen.",("partnersWith","Deutsche Telekom","SAP")),
 ("en","Salesforce to buy Informatica for $8 billion",("acquires","Salesforce","Informatica")),
 ("en","Figma, now owned by Adobe, grew quickly.",("acquires","Adobe","Figma")),
 ("en","Jane Fraser will take over as CEO of Citigroup next month.",("ceoOf","Jane Fraser","Citigroup")),
 ("en","Microsoft and OpenAI have agreed to work together on chips.",("partnersWith","Microsoft","OpenAI")),
 ("en","Anthropic is working closely with Google on its TPUs.",("partnersWith","Anthropic","Google")),
 ("en","DeepSeek's R1 model outperformed OpenAI's o1 on math.",("surpasses","R1","o1")),
 ("en","Gemini 2.5 now leads the leaderboard, ahead of GPT-4o.",("surpasses","Gemini 2.5","GPT-4o")),
 ("de","Mit Claude 4 zieht Anthropic an OpenAI vorbei.",("surpasses","Anthropic","OpenAI")),
 ("de","Qwen liegt in der Rangliste inzwischen vor Llama.",("surpasses","Qwen","Llama")),
 ("de","SAP investiert 20 Milliarden Euro in souveräne Cloud-Angebote.",("invests","SAP",None)),
 ("en","Apple plans to spend $500 billion in the US over four years.",("invests","Apple",None)),
 ("de","Die Deutsche Bank nutzt künftig Gemini für die Analyse.",("uses","Deutsche Bank","Gemini")),
 ("en","JPMorgan has deployed ChatGPT Enterprise to 200,000 staff.",("uses","JPMorgan Chase","ChatGPT Enterprise")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), EVEN_MORE_PHRASINGS,
                         ids=[t for _, t, _ in EVEN_MORE_PHRASINGS])
def test_even_more_phrasings_find_the_fact(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


def test_mixed_language_page_is_read_paragraph_by_paragraph() -> None:
    text = ("Die Telekom baut ein neues Rechenzentrum in München, das im nächsten Jahr in Betrieb "
            "gehen soll. Der Konzern kooperiert dafür mit Nvidia und investiert eine Milliarde "
            "Euro in die Anlage, die stark gefragt sein dürfte.\n\n"
            "Meanwhile SAP said in a statement on Monday that the company has agreed to acquire "
            "Lernwerk GmbH, a small startup from Cologne that builds training software for "
            "factory workers.\n\n"
            "Der Vorstand zeigte sich zufrieden mit der Entwicklung des Geschäfts im dritten "
            "Quartal und bestätigte die Prognose für das Gesamtjahr.")
    article = article_from_bytes(text.encode(), "mixed.txt", "text")
    assert article.lang == "de"
    found = {(r.predicate, r.subject.key, r.object.key if r.object else None, r.evidence.rule[:3])
             for r in extract_article(article).relations}
    assert ("partnersWith", "Deutsche Telekom", "Nvidia", "de-") in found
    assert ("acquires", "SAP", "Lernwerk", "en-") in found


USES_AND_SURPASSES = [
 ("de","Die Commerzbank führt Copilot für alle Mitarbeiter ein.",("uses","Commerzbank","Microsoft Copilot")),
 ("de","Bei der Allianz läuft bereits Claude im Kundendienst.",("uses","Allianz","Claude")),
 ("de","Die Lufthansa arbeitet inzwischen mit Gemini.",("uses","Lufthansa","Gemini")),
 ("de","Mit Gemini will Mercedes-Benz das Navigationssystem verbessern.",("uses","Mercedes-Benz","Gemini")),
 ("de","Siemens analysiert Maschinendaten mithilfe von GPT-4o.",("uses","Siemens","GPT-4o")),
 ("de","DeepSeek-R1 verweist o1 auf Platz zwei.",("surpasses","DeepSeek-R1","o1")),
 ("de","Qwen übertrumpft Llama bei den Downloads.",("surpasses","Qwen","Llama")),
 ("de","Das Start-up Lernwerk sammelt 30 Millionen Euro ein, angeführt von Earlybird.",("investsIn","Earlybird","Lernwerk")),
 ("en","Apple brings ChatGPT to Siri.",("uses","Apple","ChatGPT")),
 ("en","Snap turned to Gemini for its chatbot.",("uses","Snap","Gemini")),
 ("en","Uber is rolling out Claude to its engineers.",("uses","Uber","Claude")),
 ("en","Spotify's DJ feature runs on GPT-4o.",("uses","Spotify","GPT-4o")),
 ("en","Gemini 2.5 edged past GPT-4o on the leaderboard.",("surpasses","Gemini 2.5","GPT-4o")),
 ("en","Claude 4 unseated GPT-4o as the top coding model.",("surpasses","Claude 4","GPT-4o")),
 ("en","Qwen has passed Llama in downloads.",("surpasses","Qwen","Llama")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), USES_AND_SURPASSES,
                         ids=[t for _, t, _ in USES_AND_SURPASSES])
def test_uses_and_surpasses_phrasings(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


ALL_RELATIONS_MORE = [
 ("de","Der Softwarehersteller SAP hat das Berliner Start-up Lernwerk gekauft.",("acquires","SAP","Lernwerk")),
 ("de","Für 2,1 Milliarden Euro übernimmt Siemens den Softwarespezialisten Dotmatics.",("acquires","Siemens","Dotmatics")),
 ("de","An der Spitze von Aleph Alpha steht Jonas Andrulis.",("ceoOf","Jonas Andrulis","Aleph Alpha")),
 ("de","Neuer Chef von Aleph Alpha wird Anna Berger.",("ceoOf","Anna Berger","Aleph Alpha")),
 ("de","Aleph Alpha wird von Anna Berger geführt.",("ceoOf","Anna Berger","Aleph Alpha")),
 ("de","Mistral AI hat das neue Modell Magistral vorgestellt.",("developedBy","Magistral","Mistral AI")),
 ("de","Das von DeepSeek entwickelte R1 sorgte für Aufsehen.",("developedBy","R1","DeepSeek")),
 ("de","Google hat mit Gemini 3 sein bislang stärkstes Modell veröffentlicht.",("developedBy","Gemini 3","Google")),
 ("de","Nvidia beteiligt sich an dem französischen Start-up Mistral AI.",("investsIn","Nvidia","Mistral AI")),
 ("de","Microsoft hat rund 13 Milliarden Dollar in OpenAI investiert.",("investsIn","Microsoft","OpenAI")),
 ("de","SAP und Aleph Alpha haben eine strategische Partnerschaft geschlossen.",("partnersWith","SAP","Aleph Alpha")),
 ("en","OpenAI, led by Sam Altman, released GPT-5 in August.",("ceoOf","Sam Altman","OpenAI")),
 ("en","Anthropic chief Dario Amodei warned about risks.",("ceoOf","Dario Amodei","Anthropic")),
 ("en","The deal makes Wiz part of Google.",("acquires","Google","Wiz")),
 ("en","Google closed its $32 billion purchase of Wiz.",("acquires","Google","Wiz")),
 ("en","Meta took a 49% stake in Scale AI for $14.3 billion.",("investsIn","Meta","Scale AI")),
 ("en","SoftBank led OpenAI's $40 billion funding round.",("investsIn","SoftBank","OpenAI")),
 ("en","Microsoft has invested more than $13 billion in OpenAI since 2019.",("investsIn","Microsoft","OpenAI")),
 ("en","Nvidia and Foxconn are building a factory together.",("partnersWith","Nvidia","Foxconn")),
 ("en","Under a new agreement with OpenAI, Oracle will supply computing power.",("partnersWith","Oracle","OpenAI")),
 ("en","Google unveiled Gemini 3 on Tuesday.",("developedBy","Gemini 3","Google")),
 ("en","Llama 4, Meta's latest model, arrived in April.",("developedBy","Llama 4","Meta")),
 ("en","Magistral is Mistral AI's first reasoning model.",("developedBy","Magistral","Mistral AI")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), ALL_RELATIONS_MORE,
                         ids=[t for _, t, _ in ALL_RELATIONS_MORE])
def test_fronted_attributive_and_appositive_phrasings(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Moonshot AI sammelte im Sommer eine Milliarde Dollar ein. Zu den Geldgebern gehören "
           "der E-Commerce-Riese Alibaba und der Internetkonzern Tencent.",
     {("investsIn", "Alibaba", "Moonshot AI"), ("investsIn", "Tencent", "Moonshot AI")}),
    ("en", "Nordwind Robotics raised $80 million. Its backers include Index Ventures and "
           "Pine Capital.",
     {("investsIn", "Index Ventures", "Nordwind Robotics"),
      ("investsIn", "Pine Capital", "Nordwind Robotics")}),
])
def test_listed_backers_invest_in_the_company_that_raised(lang, text, expected) -> None:
    assert expected <= facts(text, lang)


def test_job_title_before_a_name_makes_a_person_not_an_acquired_company() -> None:
    found = facts("Io, the hardware startup co-founded by former Apple designer Jony Ive, was "
                  "acquired by OpenAI earlier this year.", "en")
    assert ("acquires", "OpenAI", "Jony Ive") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Vesperine is the codename used by AMD for its next server chip design.",
     ("developedBy", "Vesperine", "AMD")),
    ("Tarn Notes was developed earlier by Quarry Labs for older phones.",
     ("developedBy", "Tarn Notes", "Quarry Labs")),
    ("Quarry Games is best known for its puzzle game franchises, which include the "
     "Lantern, Tarn Quest, and Moth Garden series.",
     ("developedBy", "Moth Garden", "Quarry Games")),
])
def test_encyclopedic_developer_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "fact"), [
    ("Nadia Okafor (born 1971 (age 54) in Leeds, England) is the CEO and Chief Strategy "
     "Officer of Okafor Retail Partners.", ("ceoOf", "Nadia Okafor", "Okafor Retail Partners")),
    ("Jonas Brekke is a Norwegian shipping heir, CEO of Brekke Group.",
     ("ceoOf", "Jonas Brekke", "Brekke Group")),
    ("Helen Marsh was named Warden of the Tarnland Assay Office (President and CEO) in 2020.",
     ("ceoOf", "Helen Marsh", "Tarnland Assay Office")),
])
def test_biography_phrasings_of_a_chief_executive(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_surname_opening_a_ceo_sentence_is_the_person() -> None:
    found = facts("Brockley now works as CEO and President of TARN5 Alliance. "
                  "Mara Quinlan (born Perth, Australia) is the founder and CEO of Quillrock.", "en")
    assert ("ceoOf", "Brockley", "TARN5 Alliance") in found
    assert not any(s == "Perth" for p, s, _ in found)


GERMAN_BUSINESS_PHRASINGS = [
 ("de", "Das Start-up Lernwerk sammelte 20 Millionen Euro ein. Angeführt wurde die Runde vom "
        "Berliner Investor Cavalry Partners.", ("investsIn", "Cavalry Partners", "Lernwerk")),
 ("de", "Das Start-up Lernwerk sammelte 20 Millionen Euro ein. Beteiligt waren außerdem der "
        "Bestandsinvestor Earlybird sowie erstmals der Münchner Fonds Tengelmann Ventures.",
  ("investsIn", "Tengelmann Ventures", "Lernwerk")),
 ("de", "Das Start-up Lernwerk sammelte Geld ein. Zu den Geldgebern gehören Earlybird, der schon "
        "2020 dabei war, sowie der Fonds HV Capital.", ("investsIn", "HV Capital", "Lernwerk")),
 ("de", "Der Konzern Bosch ist bereits 2022 bei Aleph Alpha eingestiegen.",
  ("investsIn", "Bosch", "Aleph Alpha")),
 ("de", "Bosch ist bei Aleph Alpha eingestiegen. Nun steigt auch SAP bei dem Heidelberger "
        "Start-up ein.", ("investsIn", "SAP", "Aleph Alpha")),
 ("de", "Rund zwei Milliarden Euro investiert der Walldorfer Konzern SAP bis 2030 in das Start-up "
        "Lernwerk.", ("investsIn", "SAP", "Lernwerk")),
 ("de", "Anna Berger führt Aleph Alpha seit 2021 als Geschäftsführerin.",
  ("ceoOf", "Anna Berger", "Aleph Alpha")),
 ("de", "Im Ranking liegt Qwen inzwischen deutlich vor Llama.", ("surpasses", "Qwen", "Llama")),
 ("de", "Den Chatbot Claude setzt die Commerzbank seit März im Kundenservice ein.",
  ("uses", "Commerzbank", "Claude")),
 ("de", "Zu den Kunden zählt die Allianz, die Gemini für die Schadenprüfung einsetzt.",
  ("uses", "Allianz", "Gemini")),
 ("de", "Das Modell Mistral Large, das die Telekom in ihren Callcentern einsetzt, gilt als "
        "sparsam.", ("uses", "Deutsche Telekom", "Mistral Large")),
 ("de", "Die Telekom hat zusammen mit Nvidia ein Rechenzentrum eröffnet.",
  ("partnersWith", "Deutsche Telekom", "Nvidia")),
 ("de", "Im Herbst hatte die Konzerntochter T-Systems den Dienstleister Lernwerk GmbH übernommen.",
  ("acquires", "T-Systems", "Lernwerk")),
 ("de", "Siemens stärkt sein Softwaregeschäft. Der Münchner Konzern übernimmt die Lernwerk GmbH.",
  ("acquires", "Siemens", "Lernwerk")),
 ("de", "Microsoft stellt neue Modelle vor. Mit dem US-Konzern arbeitet Siemens seit Jahren eng "
        "zusammen.", ("partnersWith", "Siemens", "Microsoft")),
 ("de", "SAP arbeitet mit der Telekom-Tochter T-Systems zusammen.",
  ("partnersWith", "SAP", "T-Systems")),
 ("de", "Siemens kauft den Kölner Softwarespezialisten Datenfluss GmbH.",
  ("acquires", "Siemens", "Datenfluss")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), GERMAN_BUSINESS_PHRASINGS,
                         ids=[t for _, t, _ in GERMAN_BUSINESS_PHRASINGS])
def test_german_business_phrasings(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


ENGLISH_FUNDING_AND_MORE = [
 ("en", "The startup Lumio raised $30 million from investors including Accel and Index Ventures.",
  ("investsIn", "Index Ventures", "Lumio")),
 ("en", "Lumio, a Berlin startup, closed a $30 million round led by Accel, with participation "
        "from Index Ventures and Balderton Capital.", ("investsIn", "Balderton Capital", "Lumio")),
 ("en", "The startup Lumio raised $30 million on Monday. Accel led the round; Index Ventures and "
        "Balderton Capital also took part.", ("investsIn", "Index Ventures", "Lumio")),
 ("en", "Accel led a $30 million Series B round in the German startup Lumio.",
  ("investsIn", "Accel", "Lumio")),
 ("en", "Snowflake has deepened its ties with Anthropic.",
  ("partnersWith", "Snowflake", "Anthropic")),
 ("en", "Quarry Labs Inc. builds chips. The company was founded in 2020 by Lena Ortiz, who serves "
        "as its chief executive.", ("ceoOf", "Lena Ortiz", "Quarry Labs")),
 ("en", "Claude is used by thousands of companies, including Zoom and the bank Citigroup.",
  ("uses", "Citigroup", "Claude")),
 ("en", "Salesforce's AI agents, sold under the Agentforce brand, are popular.",
  ("developedBy", "Agentforce", "Salesforce")),
 ("en", "Oracle agreed to acquire Brightwave, a Boston startup whose app helps analysts read "
        "filings.", ("acquires", "Oracle", "Brightwave")),
 ("en", "Alibaba, which was founded by Jack Ma and others, is known for its Qwen models.",
  ("developedBy", "Qwen", "Alibaba")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), ENGLISH_FUNDING_AND_MORE,
                         ids=[t for _, t, _ in ENGLISH_FUNDING_AND_MORE])
def test_english_funding_partnership_and_appositive_phrasings(lang: str, text: str,
                                                               fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    # a round of the company named after it: no investor there
    ("de", "Die Finanzierungsrunde der Berliner Firma Lernwerk war überzeichnet.",
     ("investsIn", "Lernwerk", "Lernwerk")),
    # "Metas Llama" is Meta's model, not the one the relative clause is about
    ("de", "Gesteuert werden die Roboter von einem Modell namens Nordstern 2, das auf Basis von "
           "Metas Llama trainiert wurde.", ("developedBy", "Nordstern 2", "Meta")),
    # a gap does not cross a colon into the next clause
    ("de", "Zuletzt hat die Firma Quantivo eigene Hardware gebaut: Die Drohne Q-1 wird bereits "
           "in Werken eingesetzt.", ("uses", "Quantivo", "Q-1")),
    # ", contributing" continues the sentence's subject, not the company just named
    ("en", "ASML led a round in Mistral AI, contributing €1.3 billion.",
     ("invests", "Mistral AI", None)),
    # what is used by the customers is the product named before "is used", not its model
    ("en", "Sift is built on Claude and is used by airlines, including Delta Air Lines.",
     ("uses", "Delta Air Lines", "Claude")),
    # the company just named is not "the U.S. company" of the next sentence when it is German
    ("de", "Siemens baut ein Werk. Der US-Konzern Microsoft liefert Software, das US-Unternehmen "
           "nutzt Gemini.", ("uses", "Siemens", "Gemini")),
])
def test_phrasings_that_must_not_give_this_fact(lang: str, text: str, wrong: tuple) -> None:
    found = facts(text, lang)
    assert wrong not in found


def test_participle_after_a_round_gives_the_leader_the_amount() -> None:
    article = article_from_bytes("ASML led a round in Mistral AI, contributing €1.3 billion."
                                 .encode(), "t.txt", "text", "en")
    inv = {(r.subject.key, r.amount, r.currency) for r in extract_article(article).relations
           if r.predicate == "invests"}
    assert inv == {("ASML", "1300000000", "EUR")}


def test_descriptor_refers_to_a_company_of_its_kind() -> None:
    article = article_from_bytes(
        "Die Telekom eröffnet mit Nvidia ein Rechenzentrum. Dort arbeiten Prozessoren des "
        "US-Chipherstellers.".encode(), "t.txt", "text", "de")
    coref = [(m.text, m.key) for m in extract_article(article).mentions if m.source == "coref"]
    assert coref == [("des US-Chipherstellers", "Nvidia")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Angeführt wurde die Runde von Maria Felix, der Beteiligungsgesellschaft des "
           "Unternehmers Max Holm.", [("Maria Felix", "Organization"), ("Max Holm", "Person")]),
    ("de", "Betrieben wird die Anlage über STACKIT, die hauseigene Cloud-Plattform der Gruppe.",
     [("STACKIT", "Product")]),
    ("de", "Gesteuert werden die Roboter von einem Modell namens Nordstern 2.",
     [("Nordstern 2", "AIModel")]),
    ("de", "Neu ist DeepSeek-V3.2.", [("DeepSeek-V3.2", "AIModel")]),
    ("en", "Oracle agreed to acquire Brightwave, a Boston startup whose app helps analysts. "
           "Brightwave's research assistant, Scout, is popular.",
     [("Oracle", "Organization"), ("Brightwave", "Organization"), ("Brightwave", "Organization"),
      ("Scout", "Product")]),
])
def test_apposition_and_naming_words_type_a_name(lang: str, text: str, expected: list) -> None:
    article = article_from_bytes(text.encode(), "t.txt", "text", lang)
    found = [(m.key, m.type) for m in extract_article(article).mentions if m.source != "coref"]
    assert found == expected


def test_spelled_out_german_amount() -> None:
    from kgraph.quantities import find_money

    assert [(q.value, q.currency) for q in find_money(
        "Die Gruppe will elf Milliarden Euro investieren, eineinhalb Milliarden sofort.", "de")] \
        == [(11000000000, "EUR")]


PRODUCTS_AND_WHAT_THEY_RUN_ON = [
 ("en", "Brightwave, a startup, sells research software. Brightwave's assistant, Scout, is built "
        "on Anthropic's Claude.", ("uses", "Brightwave", "Claude")),
 ("en", "Adobe Firefly runs on Gemini models.", ("uses", "Adobe", "Gemini")),
 ("de", "Die Telekom bringt den Magenta Assistant heraus, der auf Modellen aus dem Azure OpenAI "
        "Service von Microsoft aufsetzt.", ("uses", "Deutsche Telekom", "Azure OpenAI Service")),
 ("de", "Das Start-up Velora baut Roboter. Gesteuert werden sie von einem Modell namens Nordstern "
        "2, das auf Basis von Metas Llama trainiert wurde. Velora hat Nordstern 2 entwickelt.",
  ("uses", "Velora", "Llama")),
 ("de", "Die Firma Lernwerk greift auf ein DGX SuperPOD-System von Nvidia zurück.",
  ("uses", "Lernwerk", "DGX SuperPOD")),
 ("de", "Der Autobauer BMW setzt für seinen Sprachassistenten Iris auf Gemini.",
  ("uses", "BMW", "Gemini")),
 ("de", "In einem Test hat der Lumo-Assistent gerade erst den Samsung Bixby Assistant abgelöst.",
  ("surpasses", "Lumo", "Samsung Bixby Assistant")),
 ("de", "Grundlage ist der Automotive AI Agent aus Googles Cloud-Sparte, den Mercedes einbaut.",
  ("uses", "Mercedes-Benz", "Automotive AI Agent")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), PRODUCTS_AND_WHAT_THEY_RUN_ON,
                         ids=[t for _, t, _ in PRODUCTS_AND_WHAT_THEY_RUN_ON])
def test_products_and_what_they_run_on(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # no maker named and none in the catalogue: a product's model says nothing of a company
    ("en", "Scout is built on Anthropic's Claude."),
    # a model built on its own maker's model is no customer relation
    ("en", "ChatGPT runs on GPT-5."),
])
def test_product_without_a_known_maker_gives_no_uses_fact(lang: str, text: str) -> None:
    assert not any(p == "uses" for p, _, _ in facts(text, lang))


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Kamera-System ist neu, das MBUX-System auch.", [("MBUX", "Product")]),
    ("Die Telekom nutzt Nvidias DGX-B200-Systeme.",
     [("Deutsche Telekom", "Organization"), ("Nvidia", "Organization"), ("DGX-B200", "Product")]),
    ("Die Konzerntochter T-Systems wächst.", [("T-Systems", "Organization")]),
    ("Der Versicherer nutzt seit dem Frühjahr DeepL Voice und den BMW Intelligent Personal "
     "Assistant.", [("DeepL Voice", "Product"), ("BMW Intelligent Personal Assistant", "Product")]),
    ("Das Start-up Velora wächst. Velora baut Roboter.",
     [("Velora", "Organization"), ("Velora", "Organization")]),
    ("Eine Alternative zu Microsofts Copilot und Googles Automotive AI Agent.",
     [("Microsoft", "Organization"), ("Microsoft Copilot", "Product"), ("Google", "Organization"),
      ("Automotive AI Agent", "Product")]),
])
def test_german_product_and_company_names(text: str, expected: list) -> None:
    article = article_from_bytes(text.encode(), "t.txt", "text", "de")
    found = [(m.key, m.type) for m in extract_article(article).mentions if m.source != "coref"]
    assert found == expected


@pytest.mark.parametrize("text", [
    "Der Werbegigant Omnicom schnappt sich die Berliner Digitalagentur Pixelweiß.",
    "Der Konzern Omnicom hat sich die Berliner Digitalagentur Pixelweiß einverleibt.",
])
def test_colloquial_german_acquisition_verbs(text: str) -> None:
    assert ("acquires", "Omnicom", "Pixelweiß") in facts(text, "de")


ENGLISH_FILINGS_AND_BIOGRAPHIES = [
 ("Marriott Hotels Acquired by SoftBank Group", ("acquires", "SoftBank", "Marriott")),
 ("Quarry Labs Inc. Signs Amended Merger Agreement To Acquire Vantor Inc.",
  ("acquires", "Quarry Labs", "Vantor")),
 ("Lena Ortiz has served as a director of Vantor Inc. since 2019 and the chief executive of "
  "Quarry Labs since 2021.", ("ceoOf", "Lena Ortiz", "Quarry Labs")),
 ("Tarn Freight Partners' new interim CEO is Dana Reyes.",
  ("ceoOf", "Dana Reyes", "Tarn Freight Partners")),
 ("Adaeze Okonkwo (born 1970) grew up in Lagos. She is the chief executive officer "
  "of Kanem Haulage Nigeria Limited.", ("ceoOf", "Adaeze Okonkwo", "Kanem Haulage Nigeria")),
 ("Frank Ellison is chairman and CEO of Brandt Tool & Die.",
  ("ceoOf", "Frank Ellison", "Brandt Tool & Die")),
]


@pytest.mark.parametrize(("text", "fact"), ENGLISH_FILINGS_AND_BIOGRAPHIES,
                         ids=[t for t, _ in ENGLISH_FILINGS_AND_BIOGRAPHIES])
def test_english_filings_and_biographies(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "expected"), [
    ("Gerald T. Ashby founded Gerald Ashby Companies.",
     [("Gerald T. Ashby", "Person"), ("Gerald Ashby Companies", "Organization")]),
    ("The lab later became part of the J. Harold Finch Institute.",
     [("J. Harold Finch Institute", "Organization")]),
    ("Shares of Johnson & Johnson rose.", [("Johnson & Johnson", "Organization")]),
    ("Talon Robotics Acquired By Nordwind Capital",
     [("Talon Robotics", "Organization"), ("Nordwind Capital", "Organization")]),
])
def test_a_company_named_after_a_person_is_no_person(text: str, expected: list) -> None:
    article = article_from_bytes(text.encode(), "t.txt", "text", "en")
    found = [(m.key, m.type) for m in extract_article(article).mentions
             if m.type in ("Person", "Organization")]
    assert found == expected


def test_title_case_headline_verb_is_not_part_of_a_name() -> None:
    found = facts("Quarry Labs Inc. Signs Amended Merger Agreement To Acquire Vantor Inc.", "en")
    assert not any(s.startswith("Amended") for _, s, _ in found)


MORE_GERMAN_DEAL_PHRASINGS = [
 ("Die Allianz hat mit Anthropic eine Kooperation vereinbart.",
  ("partnersWith", "Allianz", "Anthropic")),
 ("Nvidia hat sich mit fünf Milliarden Dollar an Intel beteiligt.", ("investsIn", "Nvidia", "Intel")),
 ("Mit einer Milliarde Euro beteiligt sich die Schwarz-Gruppe an dem Heidelberger KI-Unternehmen "
  "Aleph Alpha.", ("investsIn", "Schwarz Gruppe", "Aleph Alpha")),
 ("OpenAI hat GPT-5 vorgestellt, das Claude Opus 4 in fast allen Tests übertrifft.",
  ("surpasses", "GPT-5", "Claude Opus 4")),
 ("Laut dem Ranking hat DeepSeek-R1 das Modell o1 von OpenAI überholt.",
  ("surpasses", "DeepSeek-R1", "o1")),
 ("Das Berliner Start-up Lernwerk hat sich 30 Millionen Euro gesichert. Investoren sind HV "
  "Capital und Earlybird.", ("investsIn", "HV Capital", "Lernwerk")),
]


@pytest.mark.parametrize(("text", "fact"), MORE_GERMAN_DEAL_PHRASINGS,
                         ids=[t for t, _ in MORE_GERMAN_DEAL_PHRASINGS])
def test_more_german_deal_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_stake_amount_in_german_perfect_tense() -> None:
    article = article_from_bytes("Nvidia hat sich mit fünf Milliarden Dollar an Intel beteiligt."
                                 .encode(), "t.txt", "text", "de")
    inv = {(r.subject.key, r.object.key if r.object else None, r.amount, r.currency)
           for r in extract_article(article).relations if r.predicate == "invests"}
    assert inv == {("Nvidia", "Intel", "5000000000", "USD")}


@pytest.mark.parametrize("text", [
    # a company's own round, named after it: nobody invests in it here
    "Die Finanzierungsrunde der Berliner Firma Lernwerk war überzeichnet. Investoren sind "
    "zufrieden.",
    # "testet" is a trial, not use
    "Die Deutsche Bank testet derzeit Gemini von Google.",
])
def test_german_sentences_without_a_deal(text: str) -> None:
    assert not any(p in ("investsIn", "uses") for p, _, _ in facts(text, "de"))


MORE_ENGLISH_DEAL_PHRASINGS = [
 ("Microsoft has agreed to pay $19.7 billion for Nuance Communications.",
  ("acquires", "Microsoft", "Nuance Communications")),
 ("Anthropic raised $13 billion in a round led by Quillrock.", ("investsIn", "Quillrock", "Anthropic")),
 ("Oracle signed a $300 billion cloud deal with OpenAI.", ("partnersWith", "Oracle", "OpenAI")),
 ("Amazon is Anthropic's largest investor.", ("investsIn", "Amazon", "Anthropic")),
 ("Snowflake announced a new strategic partnership with Anthropic.",
  ("partnersWith", "Snowflake", "Anthropic")),
 ("DeepSeek's R1 rivals OpenAI's o1 at a fraction of the cost.", ("developedBy", "o1", "OpenAI")),
 ("Nvidia paid $900 million for a stake in Enfabrica.", ("investsIn", "Nvidia", "Enfabrica")),
]


@pytest.mark.parametrize(("text", "fact"), MORE_ENGLISH_DEAL_PHRASINGS,
                         ids=[t for t, _ in MORE_ENGLISH_DEAL_PHRASINGS])
def test_more_english_deal_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_paying_for_a_stake_is_no_acquisition() -> None:
    found = facts("Nvidia paid $900 million for a stake in Enfabrica.", "en")
    assert ("acquires", "Nvidia", "Enfabrica") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("The launch follows the alliance Kakao and OpenAI announced in February.",
     ("partnersWith", "Kakao", "OpenAI")),
    ("Naver relies on GPT-5 for Clova Note, its own AI assistant.",
     ("developedBy", "Clova Note", "Naver")),
    ("Kiriko Data K.K. builds fraud software. Kiriko's main product, Tomoko Sense, scans card "
     "payments.", ("developedBy", "Tomoko Sense", "Kiriko Data")),
    ("Its third-generation chip, the WSE-3, outran Nvidia's B200 in the same tests.",
     ("surpasses", "WSE-3", "B200")),
])
def test_english_appositions_and_announced_alliances(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_a_name_before_a_cue_word_is_no_anaphor() -> None:
    article = article_from_bytes(b"Capcom built it for the GameCube as one of their Tarn Saga "
                                 b"series. Upstage grew. The Seoul-based company hired.",
                                 "t.txt", "text", "en")
    coref = [(m.text, m.key) for m in extract_article(article).mentions if m.source == "coref"]
    assert ("The Seoul-based company", "Upstage") in coref
    assert not any("series" in text for text, _ in coref)


def mentions(text: str, lang: str) -> list[tuple[str, str, str]]:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    return [(m.text, m.type, m.key) for m in extract_article(article).mentions]


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Börsendaten stammen von der Quellwerk Market Data Services Deutschland GmbH.",
     ("Quellwerk Market Data Services Deutschland GmbH", "Organization",
      "Quellwerk Market Data Services Deutschland")),
    ("Alle Angaben ohne Gewähr, © 2024 kursblick.net GmbH", ("kursblick.net GmbH", "Organization",
                                                             "kursblick.net")),
    ("Bild: nordpress-infodienst GmbH", ("nordpress-infodienst GmbH", "Organization",
                                         "nordpress-infodienst")),
    ("Der Lizenzgeber ist die Harlan Bros. Pictures GmbH.",
     ("Harlan Bros. Pictures GmbH", "Organization", "Harlan Bros. Pictures")),
    ("Die German Timber GmbH meldet Insolvenz an. Für German Timber wird ein Käufer gesucht.",
     ("German Timber", "Organization", "German Timber")),
])
def test_legal_form_names_in_lower_case_with_abbreviations_or_designators(text, expected) -> None:
    found = mentions(text, "de")
    assert expected in found
    assert not any(t == "Person" for _, t, _ in found)


@pytest.mark.parametrize(("text", "name"), [
    # a compound adjective before a name is not part of it, whichever participle it ends in
    ("Kestrel-funded Lumora hired Dana Reyes last week.", "Lumora"),
    ("Analysts said Kestrel-made Tarnview sold well.", "Tarnview"),
    ("Kestrel-backed Lumora hired Dana Reyes last week.", "Lumora"),
    # a hyphenated name with no such ending stays whole
    ("Analysts said Kestrel-Tarnview sold well.", "Kestrel-Tarnview"),
])
def test_a_compound_adjective_before_a_name_is_not_part_of_it(text: str, name: str) -> None:
    found = [t for t, _, _ in mentions(text, "en")]
    assert name in found
    assert not any(t.startswith("Kestrel-") and t != name for t in found)


@pytest.mark.parametrize("text", [
    # a name with a lower-case first word needs a legal form proper after it
    "Das steht auf heise.de Group und anderswo.",
    # a sentence end is no abbreviation
    "Die Zahlen kamen von Siemens. Die Firma Lernwerk GmbH wuchs.",
])
def test_no_legal_form_name_across_lower_case_words_or_sentences(text: str) -> None:
    keys = [k for _, t, k in mentions(text, "de") if t == "Organization"]
    assert not any(k.startswith(("heise.de Group", "Siemens. ")) for k in keys)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("de", "Athen (dpa) - Der Softwarekonzern SAP legt Zahlen vor. Der Konzern übernimmt die "
     "Firma Lernwerk GmbH.", ("acquires", "SAP", "Lernwerk")),
    ("de", "Von Karl Huber, dpa\nDer Konzern Siemens wächst. Das Unternehmen übernimmt die Firma "
     "Lernwerk GmbH.", ("acquires", "Siemens", "Lernwerk")),
    ("en", "LONDON (Reuters) - Shares rose. The company acquired Vantor Inc. on Monday.",
     None),
    # the agency under its full legal name is no antecedent either
    ("de", "dpa - Deutsche Presse-Agentur GmbH\nDer Konzern übernimmt die Firma Lernwerk GmbH.",
     None),
])
def test_a_news_agency_in_a_dateline_is_no_antecedent(lang: str, text: str, fact) -> None:
    found = facts(text, lang)
    if fact:
        assert fact in found
    assert not any(s in ("dpa", "Reuters") for _, s, _ in found)


@pytest.mark.parametrize("repeat", [1, 20])  # 20: the credit ends a line of ~600 characters
def test_a_picture_credit_ending_a_long_line_is_still_no_antecedent(repeat: int) -> None:
    text = ("Der Konzern Siemens wächst. " * repeat + "Foto: Reuters\n"
            "Das Unternehmen übernimmt die Firma Lernwerk GmbH.")
    found = facts(text, "de")
    assert ("acquires", "Siemens", "Lernwerk") in found
    assert not any(s == "Reuters" for _, s, _ in found)


def test_a_compound_naming_its_company_is_no_anaphor() -> None:
    found = mentions("Siemens meldet Zahlen. Der VW-Konzern übernimmt die Firma Lernwerk GmbH.",
                     "de")
    assert ("VW", "Organization", "Volkswagen") in found
    assert not any(k == "Siemens" and t != "Siemens" for t, _, k in found)


def test_publisher_is_no_developer_and_a_closed_clause_is_no_description() -> None:
    text = ("Roadster Rally is a kart racing game that Nintendo published for the Switch. It was "
            "developed by Quarry Games, is the third title of the franchise. It was ported by Sega.")
    found = facts(text, "en")
    assert ("developedBy", "Roadster Rally", "Quarry Games") in found
    assert not any(o in ("Nintendo", "Sega") for p, _, o in found if p == "developedBy")


def test_long_hyphenated_description_types_the_name() -> None:
    found = mentions("Tarn Valley (2004) is a single-player turn-based tactical strategy video "
                     "game.", "en")
    assert ("Tarn Valley", "Product", "Tarn Valley") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tarn Valley is a game for Microsoft Windows."),
    ("de", "Das Spiel läuft nur unter Microsoft Windows."),
])
def test_catalogue_product_written_with_its_makers_name(lang: str, text: str) -> None:
    assert ("developedBy", "Windows", "Microsoft") in facts(text, lang)


def test_catalogue_product_without_its_makers_name_gives_no_developer() -> None:
    assert not any(p == "developedBy" for p, _, _ in facts("Tarn Valley runs on Windows.", "en"))


@pytest.mark.parametrize(("text", "name"), [
    ("A handheld version came out on the Game Boy Advance.", "Game Boy Advance"),
    ("Star Fox Zero came out for the Wii U in 2016.", "Star Fox Zero"),
])
def test_a_first_name_inside_a_longer_name_is_no_person(text: str, name: str) -> None:
    found = mentions(text, "en")
    assert not any(t == "Person" for _, t, _ in found)
    assert any(k == name for _, _, k in found)


@pytest.mark.parametrize("text", [
    "Apple Hires Peter Lindqvist As Chief Operating Officer",
    "The deal was approved by Senator Ann Lee.",
    "Nvidia's Jensen Huang spoke first, then Mary Ann Smith.",
])
def test_people_after_capitalised_words_stay_people(text: str) -> None:
    assert any(t == "Person" for _, t, _ in mentions(text, "en"))


ENGLISH_CEO_PHRASINGS = [
 ("Dana Reyes, Executive Vice President and Chief Operating Officer, succeeded as "
  "Chief Executive of Kanem Haulage Nigeria Limited in 2017.",
  ("ceoOf", "Dana Reyes", "Kanem Haulage Nigeria")),
 ('Oksana Petrenko is a Polish banker, CEO of the brokerage firm "Berkut Capital", '
  "and a lecturer.", ("ceoOf", "Oksana Petrenko", "Berkut Capital")),
 ("Tom Varga came on board in 1996. Varga is President and Chief Executive Officer of Kessler's, "
  "and sits on its board.", ("ceoOf", "Tom Varga", "Kessler's")),
 ("Since 2020 Tamsin Group Malaysia has been headed by group chief executive officer Peter Wong.",
  ("ceoOf", "Peter Wong", "Tamsin Group Malaysia")),
]


@pytest.mark.parametrize(("text", "fact"), ENGLISH_CEO_PHRASINGS,
                         ids=[t for t, _ in ENGLISH_CEO_PHRASINGS])
def test_english_ceo_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    # the apposition names another job; the verb gives no CEO title
    "Dana Reyes, Chief Operating Officer of Kanem Haulage Nigeria Limited, succeeded as "
    "chairman of the board.",
    # a possessive standing for a bid is not part of the name
    "The offer was trumped by Kessler's, who bought Vantor Inc. for $2 billion.",
    # a place after a designator name, but the place begins another name
    "Tamsin Group Malaysia Airlines has a new chairman, Peter Wong.",
])
def test_english_ceo_phrasings_that_say_no_such_thing(text: str) -> None:
    found = facts(text, "en")
    assert not any(p == "ceoOf" for p, _, _ in found)
    assert not any("Kessler's" in (s, o) for _, s, o in found)


@pytest.mark.parametrize("text", [
    "Apple Hires Peter Lindqvist As Chief Operating Officer",
    "Apple has appointed Peter Lindqvist as its chief financial officer.",
])
def test_another_chiefs_job_is_no_ceo(text: str) -> None:
    found = facts(text, "en")
    assert not any(p == "ceoOf" for p, _, _ in found)
    assert ("Peter Lindqvist", "Person", "Peter Lindqvist") in mentions(text, "en")


def test_a_ceo_appointment_in_a_headline() -> None:
    assert ("ceoOf", "Peter Lindqvist", "Apple") in facts(
        "Apple Hires Peter Lindqvist As Chief Executive", "en")


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Marta Rossi is the chief executive of Vela Navi S.p.A. and has been since 2014.",
     ("ceoOf", "Marta Rossi", "Vela Navi")),
    ("de", "Die Mobilfunktochter Kirin Corp. nutzt Claude in allen Abteilungen.",
     ("uses", "Kirin", "Claude")),
])
def test_a_legal_form_abbreviation_ends_no_sentence(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


def test_a_known_company_under_a_longer_name() -> None:
    found = mentions("Marriott Hotels Acquired by SoftBank Group", "en")
    assert ("Marriott Hotels", "Organization", "Marriott") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Aktie von Korvin Semiconductor fiel. Zum Ärger von Korvin hielt der Trend an.",
     ("Korvin Semiconductor", "Organization", "Korvin Semiconductor")),
    ("en", "Lena Ortiz runs the research lab at Brantley Technology in Leeds.",
     ("Brantley Technology", "Organization", "Brantley Technology")),
])
def test_industry_words_end_company_names(lang: str, text: str, expected: tuple) -> None:
    assert expected in mentions(text, lang)


@pytest.mark.parametrize(("text", "name"), [
    ("She first appeared in Harrow Quest II as a secret character.", "Harrow Quest II"),
    ("The studio later made Dune Racer Unlimited 2 for consoles.", "Dune Racer Unlimited 2"),
    ("Ports for the Commodore 64 were never released.", "Commodore 64"),
])
def test_a_name_with_a_sequel_number_is_a_product(text: str, name: str) -> None:
    assert (name, "Product", name) in mentions(text, "en")


@pytest.mark.parametrize("text", [
    "He served in World War II before joining.",
    "Louis XIV ruled France for decades.",
    "The firm filed for Chapter 11 in May.",
    "Tickets for Super Bowl 50 sold out.",
])
def test_numbers_after_wars_kings_and_chapters_make_no_product(text: str) -> None:
    assert not any(t == "Product" for _, t, _ in mentions(text, "en"))


@pytest.mark.parametrize(("text", "names"), [
    ("It runs on the PlayStation 3, Wii U and Stellaris.", ["Wii U", "Stellaris"]),
    ("Shoppers still know its Marlow, Castine and Oberon brands.",
     ["Marlow", "Castine", "Oberon"]),
])
def test_names_listed_with_products_are_products(text: str, names: list) -> None:
    found = mentions(text, "en")
    for name in names:
        assert (name, "Product", name) in found


def test_a_list_of_companies_types_no_product() -> None:
    found = mentions("Apple, Google and Quarrystone compete for the deal.", "en")
    assert not any(t == "Product" for _, t, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("Tarek J Hallam serves as chairman and CEO of Vantor Corporation.",
     ("ceoOf", "Tarek J Hallam", "Vantor")),
    ("Imran S. Qadir (born 1979) started a media group. He is now Chief Executive "
     "Officer of KTV, a regional news channel.", ("ceoOf", "Imran S. Qadir", "KTV")),
])
def test_middle_initials_stay_inside_a_name(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_an_apposition_after_the_company_is_no_second_company() -> None:
    found = facts("Imran Qadir is Chief Executive Officer of KTV, a regional news channel based "
                  "in the north.", "en")
    assert not any(o != "KTV" for p, _, o in found if p == "ceoOf")


def test_coordinated_companies_still_share_the_fact() -> None:
    found = facts("Lena Ortiz is CEO of Vantor Inc. and the startup Quillrock.", "en")
    assert ("ceoOf", "Lena Ortiz", "Vantor") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "It was unveiled by Nintendo of America on Tuesday.", "Nintendo of America"),
    ("en", "Nintendo Australia's managing director spoke.", "Nintendo Australia"),
    ("de", "Accor Deutschland hat einen neuen Geschäftsführer.", "Accor Deutschland"),
])
def test_a_known_company_with_a_country_is_its_national_unit(lang, text, expected) -> None:
    assert (expected, "Organization", expected) in mentions(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Apple German sales fell."),
    ("en", "Sony Japan Display grew."),
    ("de", "Der Microsoft Deutschland-Chef sprach."),
])
def test_a_nationality_or_a_longer_name_makes_no_national_unit(lang: str, text: str) -> None:
    assert not any(" " in k and t == "Organization" for _, t, k in mentions(text, lang))


def test_products_such_as_after_a_long_description() -> None:
    found = facts("Korvex is a weapons maker. Korvex is best known for its wide line of artillery "
                  "shells and its radar-guided air defence missiles such as Tarkan and Ulmas.",
                  "en")
    assert {("developedBy", "Tarkan", "Korvex"), ("developedBy", "Ulmas", "Korvex")} <= found


def test_customers_such_as_are_no_products() -> None:
    assert not facts("Korvex sells to customers such as Tarkan and Ulmas.", "en")


def test_an_attributive_developer_is_no_product() -> None:
    found = facts("The sequel was built chiefly by Bristolian developer Tarnside Games.", "en")
    assert not any(s == "Bristolian" for _, s, _ in found)


def test_a_comma_alone_makes_no_list() -> None:
    found = facts("Nadia Okoro is the President and CEO of the Harrow Ellis Trust, One of "
                  "Britain's oldest charities.", "en")
    assert found == {("ceoOf", "Nadia Okoro", "Harrow Ellis Trust")}


def test_post_nominal_letters_between_name_and_verb() -> None:
    assert ("ceoOf", "Petra Lind", "Northlight Health Canada") in facts(
        "Petra Lind, OBE, PhD, FRS, is Chief Executive Officer of Northlight Health Canada.", "en")


def test_first_names_are_gender_guessers_names() -> None:
    """kgraph reads gender-guesser's name list itself (faster); it must get the same names."""
    import gender_guesser.detector as gd

    from kgraph.lexicon import first_names

    listed = gd.Detector(case_sensitive=True).names
    assert first_names() == frozenset(n for n in listed if n[:1].isupper())
    assert {"Jean-Hee", "Jean Hee", "JeanHee", "Sam"} <= first_names()  # listed as Jean+Hee


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Kestrelworks (named Kestrel Forge until 2009) is a small game development studio.", "Kestrelworks",
     "Organization"),
    ("Quillrock is a startup whose software scans invoices.", "Quillrock", "Organization"),
    ("Velora is a chip maker.", "Velora", "Organization"),
    ("Velora is a chip designed by Arm.", "Velora", "Product"),
    ("Softa is a brand name of laundry detergent.", "Softa", "Product"),
])
def test_the_head_noun_of_a_description_types_the_name(text: str, name: str, kind: str) -> None:
    assert (name, kind, name) in mentions(text, "en")


def test_it_continues_the_topic_an_anaphor_carried() -> None:
    text = ("Kestrelworks is a game studio. In 2011 the company was bought by the Tarnwell "
            "Group. It is best known for the Velo series of racing games.")
    found = facts(text, "en")
    assert ("developedBy", "Velo", "Kestrelworks") in found
    assert ("acquires", "Tarnwell Group", "Kestrelworks") in found


@pytest.mark.parametrize("text", [
    "Korvex is best known for its CEO Tom Reed.",
    "Korvex is known for the Apollo program.",
])
def test_known_for_without_a_product_series_is_no_developer(text: str) -> None:
    assert not any(p == "developedBy" for p, _, _ in facts(text, "en"))


def test_a_known_company_with_a_business_unit_word_is_that_unit() -> None:
    found = facts("Lumora tools are photo editing applications by Samsung Mobile.", "en")
    assert ("developedBy", "Lumora", "Samsung Mobile") in found
    assert ("Sony Pictures Classics", "Organization", "Sony") not in mentions(
        "It went to Sony Pictures Classics.", "en")


GERMAN_CEO_AND_DEAL_ROWS = [
 ("Thomas Berger übernimmt zum 1. Januar den Vorstandsvorsitz bei der Lernwerk AG.",
  ("ceoOf", "Thomas Berger", "Lernwerk")),
 ("An der Spitze der Lernwerk AG steht seit 2018 Thomas Berger.",
  ("ceoOf", "Thomas Berger", "Lernwerk")),
 ("Konzernchef Thomas Berger von der Lernwerk AG sprach in Berlin.",
  ("ceoOf", "Thomas Berger", "Lernwerk")),
 ("Die Kranich GmbH schließt die Übernahme der Brandt Technik GmbH ab.",
  ("acquires", "Kranich", "Brandt Technik")),
 ("Die Kranich GmbH erwirbt 100 Prozent der Anteile an der Brandt Technik GmbH.",
  ("acquires", "Kranich", "Brandt Technik")),
 ("Der Münchner Konzern Siemens kauft Velmar Engineering für 10 Milliarden Dollar.",
  ("acquires", "Siemens", "Velmar Engineering")),
 ("Velmar Engineering wird für 10 Milliarden Dollar an Siemens verkauft.",
  ("acquires", "Siemens", "Velmar Engineering")),
 ("Die Kranich GmbH verkauft ihre Tochter Brandt Technik GmbH an die Falk AG.",
  ("acquires", "Falk", "Brandt Technik")),
]


@pytest.mark.parametrize(("text", "fact"), GERMAN_CEO_AND_DEAL_ROWS,
                         ids=[t for t, _ in GERMAN_CEO_AND_DEAL_ROWS])
def test_german_ceo_and_deal_rows(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Konzernchef Thomas Berger sprach von der Lernwerk AG als Vorbild.",
    "Der Auftrag der Lernwerk AG wird an die Kranich GmbH vergeben.",
    "Thomas Berger übernimmt die Leitung des Vertriebs bei der Lernwerk AG.",
    "Die Kranich GmbH erwirbt zehn Prozent der Anteile an der Brandt Technik GmbH.",
])
def test_german_sentences_that_name_no_ceo_or_buyer(text: str) -> None:
    assert not any(p in ("ceoOf", "acquires") for p, _, _ in facts(text, "de"))


@pytest.mark.parametrize(("text", "fact"), [
    ("Chief executive Dana Reyes of Vantor Inc. said the deal closed.",
     ("ceoOf", "Dana Reyes", "Vantor")),
    ("Quarry Labs bought all outstanding shares of Vantor Inc.",
     ("acquires", "Quarry Labs", "Vantor")),
    ("Quarry Labs agreed to buy the remaining 60% stake in Vantor Inc.",
     ("acquires", "Quarry Labs", "Vantor")),
])
def test_english_title_name_of_and_all_shares(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_a_minority_stake_is_no_acquisition() -> None:
    found = facts("Quarry Labs bought a 20% stake in Vantor Inc.", "en")
    assert not any(p == "acquires" for p, _, _ in found)
    assert ("Bank of America Corp.", "Organization", "Bank of America") in mentions(
        "Bank of America Corp. rose.", "en")


ENGLISH_NEWS_ROWS = [
 ("Vantor Inc. became a wholly owned subsidiary of Quarry Labs in 2019.",
  ("acquires", "Quarry Labs", "Vantor")),
 ("Dana Reyes took the helm of Vantor Inc. in 2019.", ("ceoOf", "Dana Reyes", "Vantor")),
 ("Vantor Inc. announced that Dana Reyes will succeed Tom Reed as CEO.",
  ("ceoOf", "Dana Reyes", "Vantor")),
 ("Quarry Games developed Tarn Valley for the PlayStation 4.",
  ("developedBy", "Tarn Valley", "Quarry Games")),
 ("The developer of Tarn Valley, Quarry Games, was founded in 2001.",
  ("developedBy", "Tarn Valley", "Quarry Games")),
 ("Tarrow Games is a game publisher. Tarrow Games' Harrow Quest II sold well.",
  ("developedBy", "Harrow Quest II", "Tarrow Games")),
]


@pytest.mark.parametrize(("text", "fact"), ENGLISH_NEWS_ROWS, ids=[t for t, _ in ENGLISH_NEWS_ROWS])
def test_english_news_rows(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Researchers at Stanford developed a new method for chips.",
    "Vantor Inc. is a subsidiary of Quarry Labs.",
    "Dana Reyes took the helm of the board's audit committee.",
    "Quarry Labs said Dana Reyes will succeed Tom Reed as chief financial officer.",
    "Quarry Labs designed the Vantor Tower in Chicago.",
])
def test_english_sentences_with_no_such_fact(text: str) -> None:
    assert not any(p in ("ceoOf", "acquires", "developedBy") for p, _, _ in facts(text, "en"))


AI_NEWS_ROWS = [
 ("en", "Klarna's customer service assistant is powered by GPT-4o.", ("uses", "Klarna", "GPT-4o")),
 ("en", "Quarry Labs is among the first customers of GPT-5.", ("uses", "Quarry Labs", "GPT-5")),
 ("en", "Quarry Labs and Vantor Inc. signed a strategic collaboration agreement.",
  ("partnersWith", "Quarry Labs", "Vantor")),
 ("en", "Vantor Inc. raised $50 million from Quarry Labs.", ("investsIn", "Quarry Labs", "Vantor")),
 ("en", "Vantor Inc. closed a $50 million Series B led by Quarry Capital.",
  ("investsIn", "Quarry Capital", "Vantor")),
 ("en", "On coding tests, Claude 3.5 Sonnet beat GPT-4o.",
  ("surpasses", "Claude 3.5 Sonnet", "GPT-4o")),
 ("en", "GPT-5 scored higher than Gemini 2.5 Pro on the benchmark.",
  ("surpasses", "GPT-5", "Gemini 2.5 Pro")),
 ("de", "Der Chatbot der Lernwerk AG basiert auf GPT-4o.", ("uses", "Lernwerk", "GPT-4o")),
 ("de", "Die Lernwerk AG gehört zu den ersten Kunden von GPT-5.", ("uses", "Lernwerk", "GPT-5")),
 ("de", "Die Lernwerk AG hat 50 Millionen Euro von SAP erhalten.",
  ("investsIn", "SAP", "Lernwerk")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), AI_NEWS_ROWS, ids=[t for _, t, _ in AI_NEWS_ROWS])
def test_ai_news_rows(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vantor Inc. received a $50 million order from Quarry Labs."),
    ("en", "Vantor Inc. raised $50 million from the sale of its chip unit."),
    ("en", "The team beat the deadline for GPT-5 by a week."),
    ("en", "Quarry Labs is one of the largest customers of Vantor Inc."),
    ("en", "Qwen 3 scored lower than Llama 4 on the benchmark."),
    ("de", "Die Lernwerk AG hat einen Auftrag über 50 Millionen Euro von SAP erhalten."),
    ("de", "Der Chef der Lernwerk AG setzt auf Wachstum."),
])
def test_ai_news_sentences_that_state_none_of_it(lang: str, text: str) -> None:
    assert not any(p in ("uses", "investsIn", "surpasses", "partnersWith")
                   for p, _, _ in facts(text, lang))


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Tarnchat, the messenger installed on nearly every phone in Korea, grew.", "Tarnchat",
     "Product"),
    ("Velox is a financial services company based in Ohio.", "Velox", "Organization"),
])
def test_more_description_heads(text: str, name: str, kind: str) -> None:
    assert (name, kind, name) in mentions(text, "en")


def test_a_compound_naming_its_model_is_no_anaphor() -> None:
    found = mentions("Kurz gesagt: Das Qwen-3-Modell läuft auch ohne Netz.", "de")
    assert ("Qwen-3", "AIModel", "Qwen-3") in found
    assert not any(text.startswith("Das ") for text, _, _ in found)


def test_companies_before_a_model_compound_are_not_part_of_its_name() -> None:
    found = mentions("Inzwischen hat Tencent Meta's Llama-Modelle eingeholt.", "de")
    assert ("Llama", "AIModel", "Llama") in found
    assert not any(t == "AIModel" and "Tencent" in k for _, t, k in found)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("de", "Quelle: kursportal.de. Mehr dazu morgen.", "kursportal.de"),
    ("en", "According to Tech-Insider.com, sales rose.", "Tech-Insider.com"),
    ("de", "Wegen der Lärmklagen hat die KVB den Umbau verschoben.", "KVB"),
    ("en", "Apple, Google and Quarrystone compete for the deal.", "Quarrystone"),
])
def test_domains_acronyms_and_listed_names_as_companies(lang: str, text: str, name: str) -> None:
    assert (name, "Organization", name) in mentions(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mehr unter www.lernwerk.de oder per Mail an info@lernwerk.de."),
    ("de", "Die KI wächst, die VR auch, und für HTC Vive gibt es Spiele."),
    ("de", "Die PS4 verkauft sich gut."),
])
def test_links_and_common_acronyms_are_no_companies(lang: str, text: str) -> None:
    assert not any(t == "Organization" for _, t, _ in mentions(text, lang))


def test_and_inside_a_name_with_a_comma_before_its_legal_form() -> None:
    found = mentions("Nora Vance is CEO of Northern Milling and Chemical, Inc.", "en")
    assert ("Northern Milling and Chemical, Inc.", "Organization",
            "Northern Milling and Chemical") in found
    assert ("Quarry Labs Inc.", "Organization", "Quarry Labs") in mentions(
        "Apple and Quarry Labs Inc. signed a deal.", "en")


@pytest.mark.parametrize(("text", "kind"), [
    ("The puzzle titles from Tarrow Games sold well.", "Organization"),
    ("She competed at the Olympic Games in 2012.", "Name"),
    ("The Hunger Games is a film.", "Name"),
])
def test_games_ends_a_studio_name_but_not_an_event(text: str, kind: str) -> None:
    article = article_from_bytes(text.encode(), "t.txt", "text", "en")
    found = [m.type for m in extract_article(article).mentions if m.text.endswith("Games")]
    assert found and found[0] == kind


MORE_ENGLISH_CEO_ROWS = [
 ("Vantor Inc. founder and CEO Dana Reyes spoke.", ("ceoOf", "Dana Reyes", "Vantor")),
 ("Vantor Inc. CEO and co-founder Dana Reyes spoke.", ("ceoOf", "Dana Reyes", "Vantor")),
 ("Dana Reyes has been at the helm of Vantor Inc. since 2019.", ("ceoOf", "Dana Reyes", "Vantor")),
 ("Dana Reyes runs Vantor Inc.", ("ceoOf", "Dana Reyes", "Vantor")),
 ("Vantor Inc. is run by Dana Reyes.", ("ceoOf", "Dana Reyes", "Vantor")),
]


@pytest.mark.parametrize(("text", "fact"), MORE_ENGLISH_CEO_ROWS,
                         ids=[t for t, _ in MORE_ENGLISH_CEO_ROWS])
def test_more_english_ceo_rows(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Dana Reyes heads Vantor Inc.'s AI unit.",
    "Dana Reyes leads the Vantor Inc. team.",
    "Vantor Inc.'s lab is run by Dana Reyes.",
    "Vantor Inc. CFO and co-founder Dana Reyes spoke.",
])
def test_leading_a_unit_or_another_chief_job_is_no_ceo(text: str) -> None:
    assert not any(p == "ceoOf" for p, _, _ in facts(text, "en"))


def test_a_german_compound_only_a_company_has_names_one() -> None:
    found = mentions("Die KVX-Aktie fiel. KVX meldete Verluste, sagte TVB-Sprecherin Jana Lenz.",
                     "de")
    assert ("KVX", "Organization", "KVX") in found
    assert ("TVB", "Organization", "TVB") in found
    assert not any(k in ("KI", "EU") for _, _, k in mentions(
        "Die KI-Aktie stieg, der EU-Sprecher schwieg.", "de"))


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("de", "Ein Gespräch von Karl-Heinz Brümmer über den Markt.", "Karl-Heinz Brümmer"),
    ("en", "Jean-Claude Biver left the board.", "Jean-Claude Biver"),
])
def test_hyphenated_first_names(lang: str, text: str, name: str) -> None:
    assert (name, "Person", name) in mentions(text, lang)


def test_a_hyphenated_place_is_no_first_name() -> None:
    found = mentions("Die Baden-Württemberg Stiftung half.", "de")
    assert not any(t == "Person" for _, t, _ in found)


def test_press_release_announcing_its_ceo() -> None:
    text = ("Vantor Medical, Inc. (Nasdaq: VNTR), a clinical-stage firm working on therapies "
            "for rare liver diseases, today announced that Marcus T. Hale, Jr. M.D., Chief "
            "Executive Officer, and Priya Nand, Chief Financial Officer, will speak at an "
            "investor day.")
    found = facts(text, "en")
    assert ("ceoOf", "Marcus T. Hale", "Vantor Medical") in found
    assert not any(s == "Priya Nand" for p, s, _ in found if p == "ceoOf")
    assert not any(o in ("Nasdaq", "VNTR") for p, _, o in found if p == "ceoOf")


@pytest.mark.parametrize("text", [
    "Vantor Inc. said that Dana Reyes, its chief financial officer, will leave.",
    "Vantor Inc. announced that Dana Reyes, CEO of Quarry Labs, will join its board.",
])
def test_announcing_someone_elses_officer_is_no_ceo_of_the_announcer(text: str) -> None:
    assert ("ceoOf", "Dana Reyes", "Vantor") not in facts(text, "en")


def test_a_comma_before_a_designator_ends_the_name() -> None:
    found = mentions("She teaches at the Harold Finch Centre, Northfield Care Network.",
                     "en")
    assert not any("Centre, Northfield" in k for _, _, k in found)
    assert not any(t == "Person" for _, t, _ in found)
    assert ("Tarnwell Medical, Inc.", "Organization", "Tarnwell Medical") in mentions(
        "Tarnwell Medical, Inc. grew.", "en")


def test_a_hyphenated_brand_before_a_company_is_no_person() -> None:
    assert not any(t == "Person" for _, t, _ in mentions("She wore Ray-Ban Meta glasses.", "en"))


@pytest.mark.parametrize(("text", "fact"), [
    ("Quarry Labs is the developer of Tarn Valley.", ("developedBy", "Tarn Valley", "Quarry Labs")),
    ("Tarn Valley is a product of Quarry Labs.", ("developedBy", "Tarn Valley", "Quarry Labs")),
    ("Tarn Valley is Quarry Labs' flagship product.",
     ("developedBy", "Tarn Valley", "Quarry Labs")),
])
def test_encyclopedic_maker_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Quarry Labs is the developer of the year.",
    "Tarn Valley is a product of years of research.",
    "Dana Reyes is the creator of Tarn Valley.",
])
def test_makers_that_are_no_companies_or_products(text: str) -> None:
    assert not any(p == "developedBy" for p, _, _ in facts(text, "en"))


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("de", "Der bisherige Finanzvorstand Jens Ohlsen rückt an die Spitze der Kranich AG.",
     ("ceoOf", "Jens Ohlsen", "Kranich")),
    ("de", "Jens Ohlsen folgt auf Anna Weber als Vorstandschef der Kranich AG.",
     ("ceoOf", "Jens Ohlsen", "Kranich")),
    ("en", "Dana Reyes succeeds Tom Reed as CEO of Vantor Inc.", ("ceoOf", "Dana Reyes", "Vantor")),
])
def test_successions_name_the_new_ceo(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Jens Ohlsen folgt auf Anna Weber als Finanzvorstand der Kranich AG."),
    ("de", "Die Kranich AG rückt an die Spitze der Rangliste."),
    ("en", "Dana Reyes replaced Tom Reed as chief financial officer of Vantor Inc."),
])
def test_successions_to_other_jobs_name_no_ceo(lang: str, text: str) -> None:
    assert not any(p == "ceoOf" for p, _, _ in facts(text, lang))


def test_a_plus_model_is_its_own_entity_in_its_familys_line() -> None:
    """"Command R+" and "Command R" differ only by the plus: two models, the first of the
    second's family, never one model that is its own family (which SHACL rejects)."""
    from kgraph.rdf import to_dataset
    from kgraph.resolve import resolve
    from kgraph.validate import check_dataset

    article = article_from_bytes(
        b"Cohere\n\nCohere released Command R+ in April. Command R is its smaller model.\n",
        "t.txt", "text", "en")
    kg = resolve([extract_article(article)])
    models = {e.name: e for e in kg.entities if e.type == "AIModel"}
    assert set(models) >= {"Command R+", "Command R"}
    assert models["Command R+"].family == models["Command R"].key
    assert models["Command R"].family != models["Command R"].key
    check_dataset(to_dataset(kg))


@pytest.mark.parametrize(("text", "fact"), [
    ("Grupo Tarn is a furniture maker founded in 1994 by Inés Ferrer, its current President "
     "& CEO.", ("ceoOf", "Inés Ferrer", "Grupo Tarn")),
    ("Dana Reyes is an Ohio engineer. Over two decades she has been president and chief "
     "executive officer of three firms including Quarry Labs Inc., and she still advises them.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Dana Reyes ran the Velox brand from 2009 and, in spring 2012, took over as CEO of "
     "Quarry Labs Inc.", ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("In 2015 Dana Reyes took over as CEO of Marcel Brandt, the watchmaker.",
     ("ceoOf", "Dana Reyes", "Marcel Brandt")),
])
def test_ceo_of_founded_listed_and_coordinated_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Dana Reyes hired Tom Reed, and in 2010 Tom Reed became CEO of Quarry Labs Inc.",
    "Dana Reyes ran the Velox brand from 2009 and, in spring 2012, took over as chief financial "
    "officer of Quarry Labs Inc.",
    "Dana Reyes has been an adviser to several companies including Quarry Labs Inc.",
])
def test_no_ceo_from_someone_elses_clause_or_another_job(text: str) -> None:
    assert not any(p == "ceoOf" and s == "Dana Reyes" for p, s, _ in facts(text, "en"))


def test_a_company_named_like_a_person_after_ceo_of() -> None:
    found = mentions("Dana Reyes became CEO of Marcel Brandt. Marcel Brandt makes watches.", "en")
    assert {t for x, t, _ in found if x == "Marcel Brandt"} == {"Organization"}
    found = mentions("Dana Reyes met Marcel Brandt in Geneva.", "en")
    assert {t for x, t, _ in found if x == "Marcel Brandt"} == {"Person"}


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a possessive before another noun: the name is that thing's owner, a person
    ("Lena Wolf met the founder of Anna Kirk's club in Leeds.", "Anna Kirk", "Person"),
    ("Tom Reyes is now the chair of Marcel Brandt’s chess society.", "Marcel Brandt", "Person"),
    # before a noun only a company has, still a company named after its founder
    ("Dana Reyes became CEO of Marcel Brandt's German unit.", "Marcel Brandt", "Organization"),
    ("Dana Reyes bought shares of Marcel Brandt in May.", "Marcel Brandt", "Organization"),
])
def test_a_possessive_after_a_leaders_title_names_the_owner(text: str, name: str,
                                                             kind: str) -> None:
    found = mentions(text, "en")
    assert {t for x, t, _ in found if x == name} == {kind}


@pytest.mark.parametrize(("text", "kind"), [
    # any title of roles.tsv column leads_company, also one joined to no CEO title
    ("Lena Ortiz took over as president of Marcel Brandt in May.", "Organization"),
    ("Tom Reyes, chair of Marcel Brandt, said the firm makes pumps.", "Organization"),
    # the name before the title is the person's
    ("Marcel Brandt was named president of Quorix in May.", "Person"),
])
def test_a_company_named_like_a_person_after_a_leaders_title(text: str, kind: str) -> None:
    assert {t for x, t, _ in mentions(text, "en") if x == "Marcel Brandt"} == {kind}


def test_a_dated_second_object_is_acquired_too() -> None:
    found = facts("In May 2016 Quarry Labs, Inc. acquired Velox Technologies and in January "
                  "2017, Tarn Partners, Inc. and Borealis Software LLC.", "en")
    assert {("acquires", "Quarry Labs", o) for o in
            ("Velox Technologies", "Tarn Partners", "Borealis Software")} <= found
    found = facts("Quarry Labs, Inc. bought Velox Technologies in 2016 and in January 2017 "
                  "sold it to Tarn Partners, Inc.", "en")
    assert ("acquires", "Quarry Labs", "Tarn Partners") not in found


def test_a_courtesy_titled_person_is_also_known_by_the_surname() -> None:
    from kgraph.resolve import resolve

    article = article_from_bytes(b"Mr. Harlan is the chief executive officer of Quarry Labs Inc.",
                                 "t.txt", "text", "en")
    people = {e.name: e for e in resolve([extract_article(article)]).entities
              if e.type == "Person"}
    assert "Harlan" in people["Mr. Harlan"].aliases


@pytest.mark.parametrize(("lang", "text", "maker"), [
    # the catalogue's maker of a product built on a model uses the model ...
    ("en", "Siri is built on Gemini.", "Apple"),
    ("de", "Siri basiert künftig auf Gemini.", "Apple"),
    ("de", "Copilot setzt auf GPT-5 von OpenAI.", "Microsoft"),
    # ... and so does a maker the article names
    ("en", "Talentgrid's assistant Sift is built on Claude.", "Talentgrid"),
])
def test_a_product_name_is_no_alias_of_its_maker(lang: str, text: str, maker: str) -> None:
    from kgraph.resolve import resolve

    article = article_from_bytes(text.encode(), "t.txt", "text", lang)
    graph = resolve([extract_article(article)])
    orgs = {e.name: e for e in graph.entities if e.type == "Organization"}
    assert orgs[maker].aliases == ()
    assert any(f.predicate == "uses" and f.subject == orgs[maker].key for f in graph.facts)


@pytest.mark.parametrize(("text", "fact"), [
    ("Tarn Sync is a file backup platform from Quarry Labs that small offices rely on.",
     ("developedBy", "Tarn Sync", "Quarry Labs")),
    ("Quarry Games is a small game studio in Oslo. They have lately developed Tarn Racer 2, "
     "which came out in 2016.", ("developedBy", "Tarn Racer 2", "Quarry Games")),
    ("Quarry Games is a tiny studio and launches its next game, Tarn Racer, in spring.",
     ("developedBy", "Tarn Racer", "Quarry Games")),
    ("Quarry Games is once more a tiny firm, independent of Velox Inc., and launches its next "
     "game, Tarn Racer, in spring.", ("developedBy", "Tarn Racer", "Quarry Games")),
    ("Tarn Valley: Return of the Iron Fleet is a shooter video game made by Quarry Games.",
     ("developedBy", "Tarn Valley: Return of the Iron Fleet", "Quarry Games")),
])
def test_encyclopedic_game_and_software_maker_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Tarn Sync is a platform from the 1990s.",
    "Borealis is a partner from Quarry Labs.",
    "Dana Reyes and Tom Reed founded Quarry Games. They have lately developed Tarn Racer 2.",
    "Quarry Games released its new office, Tarn Tower, in May.",
])
def test_no_maker_from_a_date_a_partner_people_or_an_office(text: str) -> None:
    assert not any(p == "developedBy" for p, _, _ in facts(text, "en"))


def test_a_label_before_a_colon_is_no_title() -> None:
    found = mentions("Update: Velox Cloud is a platform for game developers.", "en")
    assert not any(x.startswith("Update:") for x, _, _ in found)
    found = mentions("Tarn Valley: Return of the Iron Fleet is a shooter video game.", "en")
    assert ("Tarn Valley: Return of the Iron Fleet", "Product",
            "Tarn Valley: Return of the Iron Fleet") in found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Characters include Ironclad, Captain Vega and Night Owl.", "Captain Vega", "Person"),
    ("Characters include Ironclad, Captain Vega and Night Owl.", "Ironclad", "Person"),
    ("As series protagonist Skyrunner, you fly a glider through canyons.", "Skyrunner", "Person"),
    ('In this game you control a character named " Cipher " who can hack.', "Cipher", "Person"),
    ("Tessa is a fictional character from the Tarn Valley series.", "Tessa", "Person"),
    ("Tarn Valley was published by Brackwater in 1990.", "Brackwater", "Organization"),
])
def test_cast_and_publishers_are_typed(text: str, name: str, kind: str) -> None:
    assert kind in {t for x, t, _ in mentions(text, "en") if x == name}


@pytest.mark.parametrize(("text", "name"), [
    ("Partners include Quarry Labs Inc., Velox and Tarn.", "Velox"),
    ("The series was a hit in Brackwater.", "Brackwater"),
])
def test_lists_and_places_are_no_cast(text: str, name: str) -> None:
    assert "Person" not in {t for x, t, _ in mentions(text, "en") if x == name}


@pytest.mark.parametrize(("text", "fact"), [
    ("It later turned up in Quarry Games' 2019 anniversary compilation, "
     "Tarn Replay.", ("developedBy", "Tarn Replay", "Quarry Games")),
    ("He praised Quarry Labs' new chip, the Tarn X1, on Monday.",
     ("developedBy", "Tarn X1", "Quarry Labs")),
    ("Quarry Games also released the game for their own Tarn Arcade system in 1994.",
     ("developedBy", "Tarn Arcade", "Quarry Games")),
    ("Velox Media have agreed, in a deal announced on Monday, to be acquired by Quarry Global "
     "for $2 billion.",
     ("acquires", "Quarry Global", "Velox Media")),
    ("Quarry Petroleum's chairman is Karim Haddad, a former oil minister, and the chief executive "
     "officer is Nasser Omar Al Harthy.",
     ("ceoOf", "Nasser Omar Al Harthy", "Quarry Petroleum")),
])
def test_possessive_apposition_own_platform_agreed_sale_and_second_officer(text: str,
                                                                          fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Dana Reyes' favourite game, Tarn Replay, is old.",
    "The game came out for the Tarn Arcade system in 1994.",
    "Quarry Petroleum's chairman is Karim Haddad, and the chief financial officer is Tariq Mansour.",
    "Velox Media have agreed to pay Quarry Global and will not be acquired by anyone.",
])
def test_no_maker_buyer_or_ceo_without_the_phrase(text: str) -> None:
    found = facts(text, "en")
    assert not any(p in ("developedBy", "ceoOf", "acquires") for p, _, _ in found)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The game is a spin-off to Tarn Heroes, set ten years later.", "Tarn Heroes",
     "Product"),
    ("Its biggest hit was the 2014 release Tarn Unlimited.", "Tarn Unlimited", "Product"),
    ("It also builds guidance parts for Stingray and Halberd missiles.", "Halberd",
     "Product"),
    ("Tarnpost is based in the capital.", "Tarnpost", "Organization"),
    ("Dana Van Buren joined the board.", "Dana Van Buren", "Person"),
])
def test_sequels_releases_weapons_and_companies_by_context(text: str, name: str,
                                                            kind: str) -> None:
    assert kind in {t for x, t, _ in mentions(text, "en") if x == name}


@pytest.mark.parametrize(("text", "fact"), [
    ("Reyes set up Velox Genomics, the Tarn Centre for Soil Science and the Dana Reyes "
     "Foundation, and is now CEO of Quarry Labs Inc.", ("ceoOf", "Reyes", "Quarry Labs")),
    ("In 2011 Dana Reyes joined the Quarry Farmers group of companies as chief executive officer "
     "of the Velox Credit Society.", ("ceoOf", "Dana Reyes", "Velox Credit Society")),
    ("Dana Reyes joined Quarry Labs Inc. as chief executive officer in 2011.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Tom Harlan (born 1961) is a Denver property investor, and founder, chief "
     "executive officer and chairman of T. J. Harlan, Inc., Denver.",
     ("ceoOf", "Tom Harlan", "T. J. Harlan")),
    ("In 2016 Quarry Labs acquired Velox Technologies to strengthen its payroll software and "
     "Tarn to widen its reach in logistics.", ("acquires", "Quarry Labs", "Tarn")),
])
def test_joined_as_is_now_ceo_founder_lists_and_purposeful_second_buys(text: str,
                                                                       fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "wrong"), [
    ("In 2011 Dana Reyes joined the Quarry Farmers group of companies as chief executive "
     "officer of the Velox Credit Society.", ("ceoOf", "Dana Reyes", "Quarry Farmers")),
    ("Dana Reyes joined Quarry Labs Inc. as chief financial officer in 2011.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Dana Reyes is a Denver lawyer and founder, chief financial officer and chairman of "
     "Quarry Labs Inc.", ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("In March 2019 Quarry Media handed Velox TV over to Tarn Broadcasting and the QSA "
     "passed to Tarn Broadcasting as well.", ("acquires", "QSA", "Velox TV")),
])
def test_other_jobs_and_new_clauses_give_no_fact(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Its first product was Glyphsmith for Windows and Mac OS, a type design tool.", "Glyphsmith",
     "Product"),
    ("Quarry Labs also sold Kernwright for Macintosh, a spacing utility.", "Kernwright",
     "Product"),
    ("Tarn Racer for the PlayStation 2 was released in 2004.", "Tarn Racer", "Product"),
    ("Its shareholders include Tarnsan (60%), Velsan (25%) and Borsan (15%).",
     "Velsan", "Organization"),
    ("Its scooters ran on engines sourced from Tarn Motori and Velo Meccanica.",
     "Velo Meccanica", "Organization"),
    ("The idea came from Sega's Tarn Team division.", "Tarn Team", "Organization"),
    ("The order went to Kestrel Marine Works in 2018.", "Kestrel Marine Works", "Organization"),
    ("The adverts were shot by Harlow Advertising.", "Harlow Advertising", "Organization"),
    ("A port for the Nintendo Entertainment System (NES) followed in 1992.", "NES", "Product"),
])
def test_software_for_a_platform_owners_suppliers_and_units_are_typed(text: str, name: str,
                                                                      kind: str) -> None:
    assert kind in {t for x, t, _ in mentions(text, "en") if x == name}


@pytest.mark.parametrize(("text", "name"), [
    ("Its shareholders include Dana Reyes (60%) and Tom Reed (25%).", "Dana Reyes"),
    ("Tarn Racer was released for Vexo in 2004.", "Tarn Racer"),
    ("Plugins follow the JDBC driver API and can be swapped at run time.", "API"),
])
def test_people_owners_unknown_platforms_and_generic_words_stay_untyped(text: str,
                                                                      name: str) -> None:
    kinds = {t for x, t, _ in mentions(text, "en") if x == name}
    assert not kinds & ({"Organization", "Product"} if name != "Dana Reyes" else
                        {"Organization"})


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The score was composed by series regular Hana Ostrova in 2019.", "Hana Ostrova",
     "Person"),
    ("Quarry Labs was started by Peter K. Van Damm III in 1991. Van Damm later sold his stake.",
     "Van Damm", "Person"),
    ("After 1990 Harrowby's daughter Giulia ran the workshop.", "Giulia", "Person"),
    ("Mara Quinlan and Jorund Vale starred in adverts for the range.", "Jorund Vale", "Person"),
])
def test_credits_kin_particle_surnames_and_listed_people_are_people(text: str, name: str,
                                                                   kind: str) -> None:
    assert kind in {t for x, t, _ in mentions(text, "en") if x == name}


@pytest.mark.parametrize(("name", "expected"), [
    ("Lena van Dorsten", True), ("Omar bin Tarek", True), ("Lena Dorsten", True),
    ("Lena van", False), ("Lena Dorsten Group", False)])
def test_a_pattern_may_type_a_name_with_a_surname_particle_as_a_person(name: str,
                                                                       expected: bool) -> None:
    """The "pattern" column of patterns/surname_particles.tsv."""
    from kgraph.relations import plausible
    assert plausible(name, "Person") is expected


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Holdings", "Organization", False), ("Ministry", "Organization", False),
    ("Tarnwell", "Organization", True), ("Lena Board", "Person", False),
    ("Lena Boardman", "Person", True)])
def test_a_word_never_alone_is_no_name_a_pattern_types(name: str, kind: str,
                                                      expected: bool) -> None:
    """patterns/not_alone.txt: a company or institution word is part of a name."""
    from kgraph.relations import plausible
    assert plausible(name, kind) is expected


@pytest.mark.parametrize(("text", "name"), [
    ("The game was designed by Quarry Labs Inc. and Velox Studios.", "Velox Studios"),
    ("Mara Quinlan and Quarry Labs Inc. promoted the range.", "Quarry Labs Inc."),
    ("After 1990 the company's daughters ran the workshop.", "Giulia"),
])
def test_companies_beside_people_stay_companies(text: str, name: str) -> None:
    assert "Person" not in {t for x, t, _ in mentions(text, "en") if x == name}


GERMAN_LEADERSHIP_AND_CONTROL = [
    # appointments: the company, then the person made its chief
    ("Der Aufsichtsrat der Kranich AG hat Jana Vogt zur neuen Vorstandschefin ernannt.",
     ("ceoOf", "Jana Vogt", "Kranich")),
    ("Die Kranich AG beruft Jana Vogt zum Vorstandsvorsitzenden.",
     ("ceoOf", "Jana Vogt", "Kranich")),
    ("Jana Vogt wurde bei Siemens zur Vorstandschefin bestellt.",
     ("ceoOf", "Jana Vogt", "Siemens")),
    # the title in a relative clause that ends in its copula
    ("Jana Vogt, die seit 2019 Chefin von Siemens ist, sprach von einem Rekordjahr.",
     ("ceoOf", "Jana Vogt", "Siemens")),
    ("Jonas Berg tritt die Nachfolge von Uwe Lang als Vorstandschef von Siemens an.",
     ("ceoOf", "Jonas Berg", "Siemens")),
    # titles of several words, and the "Lenker" of a company
    ("Jonas Berg, Vorsitzender des Vorstands der Kranich AG, zeigte sich zufrieden.",
     ("ceoOf", "Jonas Berg", "Kranich")),
    ("Jonas Berg, Vorsitzender der Geschäftsführung von Bosch, zeigte sich zufrieden.",
     ("ceoOf", "Jonas Berg", "Bosch")),
    ("Siemens-Konzernlenker Jonas Berg zeigte sich zufrieden.", ("ceoOf", "Jonas Berg", "Siemens")),
    # taking a company in, or its majority
    ("Siemens verleibt sich den Softwarespezialisten Kranich GmbH ein.",
     ("acquires", "Siemens", "Kranich")),
    ("Bosch hat die Mehrheit an Aleph Alpha übernommen.", ("acquires", "Bosch", "Aleph Alpha")),
    ("Bosch übernimmt die Mehrheit an der Kranich GmbH.", ("acquires", "Bosch", "Kranich")),
]


@pytest.mark.parametrize(("text", "fact"), GERMAN_LEADERSHIP_AND_CONTROL,
                         ids=[t for t, _ in GERMAN_LEADERSHIP_AND_CONTROL])
def test_german_appointments_titles_and_takeovers(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("text", "wrong"), [
    # other jobs than the chief's
    ("Siemens hat Jana Vogt zur Finanzchefin ernannt.", ("ceoOf", "Jana Vogt", "Siemens")),
    ("Siemens beruft Jana Vogt zum Chef der Sparte Digital Industries.",
     ("ceoOf", "Jana Vogt", "Siemens")),
    ("Jonas Berg tritt die Nachfolge von Uwe Lang als Finanzchef von Siemens an.",
     ("ceoOf", "Jonas Berg", "Siemens")),
    # a majority in a board is no majority of the company
    ("Bosch hat die Mehrheit im Aufsichtsrat von Aleph Alpha verloren.",
     ("acquires", "Bosch", "Aleph Alpha")),
])
def test_german_appointments_and_takeovers_that_are_not(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "de")


@pytest.mark.parametrize(("word", "expected"), [
    # listed forms, inflections the list lacks, compounds, function words
    ("Gewinne", True), ("Zulieferer", True), ("Falsche", True), ("Kräne", True),
    ("Quartalszahlen", True), ("Kassenautomatenhersteller", True), ("Ereignisort", True),
    ("Mehrere", True), ("Außerdem", True),
    # made-up company names are no German words
    ("Kolbwerk", False), ("Quorix", False), ("Vantiqo", False), ("Brennova", False),
])
def test_german_word_list_tells_ordinary_words_from_names(word: str, expected: bool) -> None:
    from kgraph.wordlist import is_german_word

    assert is_german_word(word) is expected


@pytest.mark.parametrize(("text", "expected", "unexpected"), [
    # a list with a company: the unknown word beside it is one too
    ("Versicherer wie Allianz und Quorix melden höhere Schäden.", ("Quorix", "Organization"),
     None),
    ("Siemens, Kolbwerk sowie Bosch liefern Teile.", ("Kolbwerk", "Organization"), None),
    # a compound only a company has
    ("Die Kolbwerk-Aktie legte zwei Prozent zu. Kolbwerk hatte Zahlen vorgelegt.",
     ("Kolbwerk", "Organization"), None),
    # a kind of company before the compound, named nowhere on its own
    ("Westliche Tech-Konzerne setzen auf Qwen.", None, "Tech"),
    ("Pharma-Aktien legten zu.", None, "Pharma"),
    # ordinary nouns stay what they are, in a list or a compound
    ("Siemens und Zulieferer melden Zahlen.", None, "Zulieferer"),
    ("Die Software-Tochter meldet Zahlen.", None, "Software"),
    # an unknown word in a list of persons is not made a company
    ("Jana Vogt und Quorix sprachen.", None, "Quorix"),
])
def test_unknown_german_word_typed_by_its_company(text: str, expected, unexpected) -> None:
    found = {(k, t) for _, t, k in mentions(text, "de")}
    if expected:
        assert expected in found
    if unexpected:
        assert not any(k == unexpected and t == "Organization" for k, t in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("Kolbwerk übernimmt Quorix.", ("acquires", "Kolbwerk", "Quorix")),
    ("Kolbwerk kauft den Konkurrenten Quorix.", ("acquires", "Kolbwerk", "Quorix")),
    ("Kolbwerk hat Quorix für 20 Millionen Euro gekauft.", ("acquires", "Kolbwerk", "Quorix")),
    ("Die Übernahme von Quorix durch Kolbwerk ist abgeschlossen.",
     ("acquires", "Kolbwerk", "Quorix")),
    ("Quorix wurde im Mai von Kolbwerk übernommen.", ("acquires", "Kolbwerk", "Quorix")),
    ("Bosch hat die Mehrheit an Quorix übernommen.", ("acquires", "Bosch", "Quorix")),
    ("Jana Vogt wurde bei Quorix zur Vorstandschefin bestellt.",
     ("ceoOf", "Jana Vogt", "Quorix")),
])
def test_unknown_german_company_names_in_acquisitions(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    "Kolbwerk kauft Tickets für Quorix.",
    "Kolbwerk wollte das Lager übernehmen und in Quorix umbenennen.",
    "Gewinne übernimmt niemand gern.",
    # the source of a report is no buyer
    "Laut Handelsblatt übernimmt Quorix die Firma Kolbwerk GmbH.",
])
def test_unknown_german_words_make_no_acquisition_out_of_context(text: str) -> None:
    found = facts(text, "de")
    assert ("acquires", "Kolbwerk", "Quorix") not in found
    assert not any(p == "acquires" and s == "Handelsblatt" for p, s, _ in found)
    assert not any(p == "acquires" and s == "Gewinne" for p, s, _ in found)


@pytest.mark.parametrize(("text", "expected", "unexpected"), [
    ("Die Aktie von Quorix brach ein.", ("Quorix", "Organization"), None),
    ("Die Mitarbeiter der Quorix streiken.", ("Quorix", "Organization"), None),
    ("Quorix mit Sitz in Ulm stellt ein.", ("Quorix", "Organization"), None),
    ("Quorix meldete am Montag Insolvenz an.", ("Quorix", "Organization"), None),
    ("Quorix beschäftigt rund 1.200 Mitarbeiter.", ("Quorix", "Organization"), None),
    ("Quorix erzielte im dritten Quartal einen Umsatz von 20 Millionen Euro.",
     ("Quorix", "Organization"), None),
    ("Quorix streicht 300 Stellen.", ("Quorix", "Organization"), None),
    ("Quorix will im Herbst an die Börse.", ("Quorix", "Organization"), None),
    ("Jana Vogt arbeitet seit 2019 bei Quorix.", ("Quorix", "Organization"), None),
    # companies named as examples of a kind of company
    ("Konzerne wie Siemens, Quorix und Vantiq investieren.", ("Vantiq", "Organization"), None),
    ("Start-ups wie Quorix wachsen.", ("Quorix", "Organization"), None),
    ("Politiker wie Macron fordern mehr.", None, "Macron"),
    # a descriptor before a name whose ending a German noun might have
    ("Der Autozulieferer Kolbinger streicht Stellen.", ("Kolbinger", "Organization"), None),
    # two unknown words in a row are one name
    ("Die Aktie von Quorix Vantiq fiel.", ("Quorix Vantiq", "Organization"), None),
    # a politician raising the pressure is no company
    ("Macron steigert den Druck auf Berlin.", None, "Macron"),
    # people and artists have staff and works too
    ("Mitarbeiter von Trump widersprachen.", None, "Trump"),
    ("Das Werk von Picasso hängt in Paris.", None, "Picasso"),
    # what a company makes, "von" its maker; a picture is by an artist
    ("Die Netzplanung arbeitet mit einer Lösung von Quorix.", ("Quorix", "Organization"), None),
    ("Das Team nutzt die Software von Quorix.", ("Quorix", "Organization"), None),
    ("Das Bild von Quorix hängt im Museum.", None, "Quorix"),
])
def test_company_contexts_type_an_unknown_german_name(text: str, expected, unexpected) -> None:
    found = {(k, t) for _, t, k in mentions(text, "de")}
    if expected:
        assert expected in found
    if unexpected:
        assert not any(k == unexpected and t == "Organization" for k, t in found)


def test_a_hyphenated_name_before_a_cue_is_no_anaphor() -> None:
    found = mentions("Quorix wächst. Das Team stammt aus dem Umfeld des Hasso-Plattner-Instituts "
                     "in Potsdam.", "de")
    assert ("Hasso-Plattner-Institut", "Organization", "Hasso-Plattner-Institut") in found
    assert not any(k == "Quorix" and m != "Quorix" for m, _, k in found)


def test_a_descriptor_compound_stays_an_anaphor() -> None:
    found = mentions("Nvidia wächst. Der Chip-Konzern stellt 500 Leute ein.", "de")
    assert ("Der Chip-Konzern", "Organization", "Nvidia") in found


def test_german_genitive_of_a_person_is_the_same_person() -> None:
    found = mentions("Jana Vogt führt Quorix. Jana Vogts Nachfolger kommt aus Berlin.", "de")
    people = {k for _, t, k in found if t == "Person"}
    assert people == {"Jana Vogt"}
    assert {k for _, t, k in mentions("Hans Peters führt Quorix.", "de")
            if t == "Person"} == {"Hans Peters"}


@pytest.mark.parametrize(("text", "name"), [
    ("Researchers at the University of Edinburgh argued this.", "University of Edinburgh"),
    ("The Institute for Applied Robotics built it.", "Institute for Applied Robotics"),
    ("The Reserve Bank of India kept rates.", "Reserve Bank of India"),
])
def test_an_institution_of_or_for_something_is_an_organization(text: str, name: str) -> None:
    assert (name, "Organization") in {(m, t) for m, t, _ in mentions(text, "en")}


@pytest.mark.parametrize(("text", "fact"), [
    ("Darunter ist das Aleph-Alpha-Modell Pharia-1-LLM.", ("developedBy", "Pharia", "Aleph Alpha")),
    ("Im Angebot ist das Black-Forest-Labs-Modell FLUX.1 Kontext.",
     ("developedBy", "FLUX.1 Kontext", "Black Forest Labs")),
])
def test_a_hyphenated_maker_before_the_word_model_makes_the_model(text: str,
                                                                   fact: tuple) -> None:
    assert fact in facts(text, "de")


def test_a_hyphenated_company_name_in_a_german_compound_is_the_company() -> None:
    found = {(m, t, k) for m, t, k in mentions("Die Deutsche-Bank-Aktie fiel.", "de")}
    assert ("Deutsche-Bank", "Organization", "Deutsche Bank") in found
    # an unknown hyphenated run is no company: it may be a place
    assert not mentions("Ein Baden-Württemberg-Konzern wächst.", "de")


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Zu den Kunden zählen Quorix und die Versicherung HUK-Coburg.", "Quorix", "Organization"),
    ("Parloa will sich gegen Wettbewerbern wie Tarnfeld behaupten.", "Tarnfeld", "Organization"),
    ("Zu den Kunden zählen Anna Weber und Jan Berg.", "Anna Weber", "Person"),
])
def test_german_customers_and_rivals_named_in_a_list_are_companies(text: str, name: str,
                                                                    kind: str) -> None:
    assert (name, kind) in {(m, t) for m, t, _ in mentions(text, "de")}


def test_a_german_insurance_cue_types_the_name_after_it() -> None:
    found = mentions("Auch die Versicherung Swiss Life ist Kundin von Parloa.", "de")
    assert ("Swiss Life", "Organization") in {(m, t) for m, t, _ in found}
    assert not [m for m, t, _ in mentions("Die Lebensversicherung wird teurer.", "de")]


def test_the_name_after_a_german_descriptor_compound_starts_after_it() -> None:
    found = mentions("Klar ist der Fall beim Darmstädter Software-Haus Software AG.", "de")
    assert ("Software AG", "Organization") in {(m, t) for m, t, _ in found}


@pytest.mark.parametrize(("text", "lang", "name", "kind"), [
    ("The robots learn in Nvidia Isaac Sim before they ship.", "en", "Nvidia Isaac Sim",
     "Product"),
    # near misses: a role, a possessive or a comma between the company and the person
    ("Nvidia CEO Jensen Huang spoke first.", "en", "Jensen Huang", "Person"),
    ("Quorix's Jane Doe spoke first.", "en", "Jane Doe", "Person"),
    ("At Quorix, Jane Doe leads research.", "en", "Jane Doe", "Person"),
    ("Nvidia-Chef Jensen Huang sprach zuerst.", "de", "Jensen Huang", "Person"),
])
def test_a_first_name_right_after_a_company_name_starts_a_product(text: str, lang: str,
                                                                   name: str, kind: str) -> None:
    found = {(m, t) for m, t, _ in mentions(text, lang)}
    assert (name, kind) in found
    assert kind == "Person" or not any(t == "Person" for _, t in found)


@pytest.mark.parametrize(("text", "kind"), [
    ("Das sagte Lea Hartmann, die das Start-up seit 2021 leitet.", "Person"),
    ("Das sagte Lea Hartmann, die bei der Firma Kuka gearbeitet hat.", "Person"),
    # an apposition still types the name: adjectives before its head noun
    ("Das meldete Lea Hartmann, die neue Beteiligungsgesellschaft des Konzerns.", "Organization"),
])
def test_a_german_relative_clause_after_a_person_does_not_retype_her(text: str,
                                                                      kind: str) -> None:
    assert ("Lea Hartmann", kind) in {(m, t) for m, t, _ in mentions(text, "de")}


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Marc Benioff's company unveiled a new agent platform.", "en", "Marc Benioff"),
    ("Priya Raman’s startup Quillon raised money.", "en", "Priya Raman"),
    ("Markus Haas' team grew to 40 people.", "en", "Markus Haas"),
    ("Dana Whitfield's lab at Core Scientific's new site opened.", "en", "Dana Whitfield"),
    ("Elon Musks xAI hat Grok vorgestellt.", "de", "Elon Musk"),
    ("Hanna Seidels Team arbeitet an einem Assistenten.", "de", "Hanna Seidel"),
    ("Sam Altmans Firma OpenAI wächst.", "de", "Sam Altman"),
    # near misses: the s is the name's own
    ("Hans Peters führt Quorix.", "de", "Hans Peters"),
    ("Markus Haas' Team wächst.", "de", "Markus Haas"),
    ("Das sagte Nikos Stournaras Journalisten in Athen.", "de", "Nikos Stournaras"),
    ("Thomas Haas sagte, das Werk bleibe offen.", "de", "Thomas Haas"),
])
def test_a_possessive_or_genitive_ending_is_not_part_of_a_persons_name(text: str, lang: str,
                                                                       person: str) -> None:
    assert {(m, k) for m, t, k in mentions(text, lang) if t == "Person"} == {(person, person)}


@pytest.mark.parametrize(("text", "fact"), [
    # a town the dictionary does not know stands in a gap, as any plain word does
    ("Siemens übernimmt in Wetzlar die Firma Quorix GmbH.", ("acquires", "Siemens", "Quorix")),
    ("Der Konzern Siemens hat in Ahaus die Lernwerk GmbH gekauft.",
     ("acquires", "Siemens", "Lernwerk")),
    ("Die Telekom nutzt in Bedburg das Modell Claude.", ("uses", "Deutsche Telekom", "Claude")),
    ("SAP kooperiert in Gütersloh mit Bosch.", ("partnersWith", "SAP", "Bosch")),
])
def test_an_unknown_german_word_never_blocks_a_pattern(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


GERMAN_CHIEFS_MORE = [
    ("Neuer Vorstandschef von Bayer ist seit Juni 2023 Bill Anderson.",
     ("ceoOf", "Bill Anderson", "Bayer")),
    ("Unter der Führung von Vorstandschef Christian Sewing hat die Deutsche Bank ihre Kosten "
     "gesenkt.", ("ceoOf", "Christian Sewing", "Deutsche Bank")),
    ("Geführt wird Quorix von Mitgründerin Jana Vogt.", ("ceoOf", "Jana Vogt", "Quorix")),
    ("Bei Quorix übernimmt Jana Vogt den Vorstandsvorsitz.", ("ceoOf", "Jana Vogt", "Quorix")),
    ("Jana Vogt übernimmt zum 1. Januar die Führung von Quorix.",
     ("ceoOf", "Jana Vogt", "Quorix")),
    ("Jana Vogt leitet Quorix seit 2020.", ("ceoOf", "Jana Vogt", "Quorix")),
    ("Bosch hat die Übernahme des Wettbewerbers Quorix abgeschlossen.",
     ("acquires", "Bosch", "Quorix")),
]


@pytest.mark.parametrize(("text", "fact"), GERMAN_CHIEFS_MORE,
                         ids=[t for t, _ in GERMAN_CHIEFS_MORE])
def test_german_chiefs_named_after_the_company(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # leading a unit, a project or a film is not leading the company
    "Jana Vogt übernimmt die Leitung der Sparte Mobility bei Siemens.",
    "Bei Siemens übernimmt Jana Vogt die Leitung der Sparte Mobility.",
    "Unter der Führung von Projektleiterin Jana Vogt hat Siemens ein Werk gebaut.",
    "Jana Vogt führt Regie, sagt Quorix.",
])
def test_german_leads_that_name_no_chief(text: str) -> None:
    assert not any(p == "ceoOf" for p, _, _ in facts(text, "de"))


def test_a_towns_adjective_is_no_company() -> None:
    found = facts("Bill Anderson, seit Juni Vorstandschef des Leverkusener Bayer-Konzerns, "
                  "kündigte einen Stellenabbau an.", "de")
    assert found == {("ceoOf", "Bill Anderson", "Bayer")}


@pytest.mark.parametrize(("text", "fact"), [
    ("Quorix erhält 20 Millionen Euro von Earlybird.", ("investsIn", "Earlybird", "Quorix")),
    ("Earlybird beteiligt sich an Quorix.", ("investsIn", "Earlybird", "Quorix")),
    ("Siemens kooperiert mit Quorix, wie es heißt.", ("partnersWith", "Siemens", "Quorix")),
    ("Quorix setzt auf das Modell Claude.", ("uses", "Quorix", "Claude")),
    ("Quorix nutzt ChatGPT im Kundenservice.", ("uses", "Quorix", "ChatGPT")),
])
def test_unknown_german_company_names_next_to_their_verb(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize("text", [
    # a place before the verb is where, not who
    "In Wetzlar nutzt man ChatGPT.",
    "In Wetzlar übernimmt Kolbwerk die Firma Quorix GmbH.",
    # working with a person is no partnership
    "Siemens arbeitet eng mit Trump zusammen.",
    "Earlybird beteiligt sich an den Kosten in Wetzlar.",
])
def test_unknown_german_words_out_of_a_companys_place(text: str) -> None:
    found = facts(text, "de")
    assert not any(s in ("Wetzlar", "Trump") or o in ("Wetzlar", "Trump")
                   for _, s, o in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("Tarn Studio is an open-source project by Quarry Labs.",
     ("developedBy", "Tarn Studio", "Quarry Labs")),
    ("Tarn Racer was co-developed by Quarry Games and Velox Studios.",
     ("developedBy", "Tarn Racer", "Velox Studios")),
    ("Quarry Labs developed Tarn Studio in 2009.", ("developedBy", "Tarn Studio", "Quarry Labs")),
    ("Quarry Games is best known for developing Tarn Racer.",
     ("developedBy", "Tarn Racer", "Quarry Games")),
    ("Dana Reyes became Quarry Labs' chief executive in 2019.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Dana Reyes, Quarry Labs' chief executive, said the deal was done.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Dana Reyes took the reins at Quarry Labs in 2019.", ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Under CEO Dana Reyes, Quarry Labs has grown quickly.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Quarry Labs was founded in 2001. Dana Reyes currently serves as the company's CEO.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Quarry Labs was founded in 2001. Its CEO is Dana Reyes.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Quarry Labs announced the appointment of Dana Reyes as CEO.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Quarry Labs took control of Velox Systems in 2019.",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ("Quarry Labs closed its $2 billion deal for Velox Systems.",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ("Quarry Labs wins Velox Systems for $35 billion",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ('Quarry Labs, Inc. (the "Company") acquired 100% of the outstanding stock of Velox Systems.',
     ("acquires", "Quarry Labs", "Velox Systems")),
])
def test_common_encyclopedic_biography_and_deal_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Quarry Labs developed Tarn Studio team skills in 2009.",
    "Quarry Games is best known for its partnership with Tarn Racer.",
    "Dana Reyes became Quarry Labs' chief financial officer in 2019.",
    "Dana Reyes is Quarry Labs' chief of staff.",
    "Under CFO Dana Reyes, Quarry Labs has grown quickly.",
    "Quarry Labs announced the appointment of Dana Reyes as chief financial officer.",
    "Quarry Labs lost control of Velox Systems in 2019.",
    "Quarry Labs wins Velox Systems as a customer.",
    'Quarry Labs, Inc. ("Buyer") acquired Velox Systems, Inc. in 2011.',
])
def test_near_misses_of_those_phrasings(text: str) -> None:
    found = facts(text, "en")
    assert not any(p == "ceoOf" for p, _, _ in found)
    assert not any(p == "developedBy" for p, _, _ in found)
    assert not any(p == "acquires" and s != "Quarry Labs" for p, s, _ in found)
    if "lost control" in text or "as a customer" in text:
        assert not any(p == "acquires" for p, _, _ in found)


@pytest.mark.parametrize(("text", "fact"), [
    ("Quarry Labs, through its subsidiary Tarn Holdings, acquired Velox Systems in 2012.",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ("Velox Systems was acquired in 2012 by Quarry Labs for $20 million.",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ("Velox Systems, which Quarry Labs acquired in 2012, makes sensors.",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ("Velox Systems was bought out by Quarry Labs.", ("acquires", "Quarry Labs", "Velox Systems")),
    ("Following its acquisition by Quarry Labs in 2012, Velox Systems moved to Ohio.",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ("Velox Systems merged into Quarry Labs in 2012.",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ("Quarry Labs' takeover of Velox Systems was completed in May.",
     ("acquires", "Quarry Labs", "Velox Systems")),
    ("Dana Reyes joined Quarry Labs in 2005 and has served as its chief executive officer since "
     "2010.", ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Quarry Labs' President and CEO, Dana Reyes, said the deal was done.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
    ("Dana Reyes, president & CEO of Quarry Labs Inc., announced the deal.",
     ("ceoOf", "Dana Reyes", "Quarry Labs")),
])
def test_filing_and_press_release_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Velox Systems merged with Quarry Labs in 2012.",
    "Velox Systems, which Quarry Labs partnered with in 2012, makes sensors.",
    "Following its investment by Quarry Labs, Velox Systems grew.",
    "Dana Reyes joined Quarry Labs in 2005 and has served as its chief financial officer since "
    "2010.",
    "Dana Reyes, president & chief operating officer of Quarry Labs Inc., spoke.",
    "Quarry Labs' President and COO, Dana Reyes, said the deal was done.",
    "Quarry Labs, through its subsidiary Tarn Holdings, invested in Velox Systems in 2012.",
])
def test_near_misses_of_filing_phrasings(text: str) -> None:
    assert not any(p in ("acquires", "ceoOf") for p, _, _ in facts(text, "en"))


def test_the_game_continues_the_topic_that_it_carried_on() -> None:
    found = facts("Tarn Valley is a 2014 puzzle game. It continues the Borealis series and "
                  "is the sequel to Borealis Quest. The game was built chiefly by Bristolian "
                  "developer Quarry Games.", "en")
    assert ("developedBy", "Tarn Valley", "Quarry Games") in found
    assert not any(p == "developedBy" and s in ("Borealis", "Borealis Quest")
                   for p, s, _ in found)
    assert not any(o == "Bristolian" for _, _, o in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Halvorsen Maritime ASA is a shipping company. The company was founded in 1921 by Erik "
     "Halvorsen and is today led by chief executive Ingrid Solberg.", True),
    ("Halvorsen Maritime ASA was founded in 1921 by Erik Halvorsen and is today led by chief "
     "financial officer Ingrid Solberg.", False),
])
def test_a_company_founded_and_now_led_by_its_ceo(text: str, expected: bool) -> None:
    assert (("ceoOf", "Ingrid Solberg", "Halvorsen Maritime") in facts(text, "en")) is expected


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Last year Velox Power signed a purchase and sale agreement with the Tarn Entities covering "
     "two pipelines.",
     "Tarn Entities", "Organization"),
    ("She signed an employment agreement with Dana Reyes.", "Dana Reyes", "Person"),
])
def test_the_other_party_of_an_agreement(text: str, name: str, kind: str) -> None:
    assert {t for x, t, _ in mentions(text, "en") if x == name} == {kind}


def test_a_heros_friends_are_people() -> None:
    found = mentions("In the film, Juno and some of her friends, such as Bramble, Marit, and Pell, "
                     "must rescue a lighthouse keeper.", "en")
    assert {x for x, t, _ in found if t == "Person"} >= {"Bramble", "Marit", "Pell"}
    found = mentions("Its allies include Quarry Labs Inc., Velox and Tarn.", "en")
    assert not any(t == "Person" for _, t, _ in found)


NEWS_PHRASINGS = [
    # funding rounds: investors after "and existing investors", "backed by", German
    # "Bestandsinvestoren ... beteiligten sich", "Neu an Bord ist", "an der Runde beteiligten sich"
    ("en", "Vantor Labs has raised $120 million in a Series B round led by Lightspeed Venture "
     "Partners, with participation from Index Ventures and existing investors Kestrel Ventures "
     "and Y Combinator.", ("investsIn", "Kestrel Ventures", "Vantor Labs")),
    ("en", "Harvey AI, which is backed by Sequoia Capital and NVentures, raised $40 million.",
     ("investsIn", "NVentures", "Harvey AI")),
    ("de", "Das Münchner KI-Start-up Vireo hat 45 Millionen Euro eingesammelt. Angeführt wurde die "
     "Runde von Earlybird, auch die Bestandsinvestoren Project A und Cherry Ventures beteiligten "
     "sich.", ("investsIn", "Project A", "Vireo")),
    ("de", "Das Münchner KI-Start-up Vireo hat 45 Millionen Euro eingesammelt. Neu an Bord ist der "
     "Londoner Wagniskapitalgeber Balderton Capital.", ("investsIn", "Balderton Capital", "Vireo")),
    ("de", "Das Berliner KI-Unternehmen Parloa hat 120 Millionen US-Dollar erhalten. An der "
     "Finanzierung beteiligten sich außerdem die Bestandsinvestoren EQT Ventures und Altimeter "
     "Capital.", ("investsIn", "Altimeter Capital", "Parloa")),
    ("de", "Das Start-up Kontora hat 18 Millionen Euro eingesammelt. Zu den Geldgebern gehörten "
     "HV Capital und Point Nine. Auch der Bestandsinvestor Speedinvest hatte sich beteiligt.",
     ("investsIn", "Speedinvest", "Kontora")),
    # uses: "X's agents run on Y", "is built on several models, including", "das Mistral-Modell",
    # "umgestellt", "laufen die Agenten von X auf Y"
    ("en", "Kelvio's agents run on Llama 3.3 hosted by IONOS.", ("uses", "Kelvio", "Llama 3.3")),
    ("en", "Vantor Labs was founded in 2023. Its agents run on Anthropic's Claude.",
     ("uses", "Vantor Labs", "Claude")),
    ("en", "Notion's AI features are powered by GPT-5.1, the company said.",
     ("uses", "Notion", "GPT-5.1")),
    ("de", "Technisch setzt Parloa auf das Mistral-Modell Mistral Large 2.",
     ("uses", "Parloa", "Mistral Large 2")),
    ("de", "Joule basiert auf mehreren Sprachmodellen, darunter GPT-4o.", ("uses", "SAP", "GPT-4o")),
    ("de", "Zalando hat den Shopping-Assistenten auf GPT-5.1 umgestellt.",
     ("uses", "Zalando", "GPT-5.1")),
    ("de", "Bislang laufen die Agenten von Parloa auf GPT-4o von OpenAI.",
     ("uses", "Parloa", "GPT-4o")),
    # surpasses: "tops the leaderboard ahead of A's X and B's Y", "Y von X liegt vor",
    # "übertrifft nach Angaben des Unternehmens"
    ("en", "Google's Gemini 3 Pro now tops the LMArena text leaderboard ahead of OpenAI's GPT-5.1 "
     "and Anthropic's Claude Opus 4.5.", ("surpasses", "Gemini 3 Pro", "Claude Opus 4.5")),
    ("en", "DeepSeek-V3.2, an open-weight model from Hangzhou, scored higher than Llama 4 Maverick.",
     ("surpasses", "DeepSeek-V3.2", "Llama 4 Maverick")),
    ("de", "Gemini 3 Pro von Google liegt weiterhin vor GPT-5.1 von OpenAI.",
     ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    ("de", "Das neue Qwen3-Max von Alibaba schlägt GPT-5 in mehreren Mathematik-Tests.",
     ("surpasses", "Qwen3-Max", "GPT-5")),
    ("de", "Claude Opus 4.5 übertrifft nach Angaben des Unternehmens GPT-5.1 beim Programmieren.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    # partnerships
    ("en", "Spotify is teaming up with OpenAI so that users can ask for playlists.",
     ("partnersWith", "Spotify", "OpenAI")),
    ("en", "ServiceNow said on Monday it had entered a strategic partnership with Snowflake.",
     ("partnersWith", "ServiceNow", "Snowflake")),
    ("de", "Mit dem Pariser Start-up Mistral AI arbeitet die Telekom bei Sprachmodellen zusammen.",
     ("partnersWith", "Deutsche Telekom", "Mistral AI")),
    ("de", "Unterdessen hat Schwarz Digits, die IT-Sparte der Lidl-Mutter, eine Kooperation mit "
     "Aleph Alpha vereinbart.", ("partnersWith", "Schwarz Digits", "Aleph Alpha")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), NEWS_PHRASINGS,
                         ids=[t[:60] for _, t, _ in NEWS_PHRASINGS])
def test_tech_news_phrasings(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    # "backed by" names the investor, never the company backed
    ("en", "Harvey AI, which is backed by Sequoia Capital, raised $40 million.",
     ("investsIn", "Harvey AI", "Sequoia Capital")),
    # a possessor is no company raising a round
    ("en", "Crestline, backed by NVentures, Nvidia's venture capital arm, raised $40 million "
     "last year in a round led by Sequoia.", ("investsIn", "Sequoia Capital", "Nvidia")),
    # the investors of a round the sentence says who led are not raising it
    ("de", "Das Münchner KI-Start-up Vireo hat 45 Millionen Euro eingesammelt. Angeführt wurde die "
     "Runde von Earlybird, auch die Bestandsinvestoren Project A und Cherry Ventures beteiligten "
     "sich.", ("investsIn", "Project A", "Earlybird")),
    # "weight" is no hedge, "a post claiming" is
    ("en", "A viral post claiming that Grok 4.1 beat Gemini 3 Pro was wrong.",
     ("surpasses", "Grok 4.1", "Gemini 3 Pro")),
    # a product built on a model, in a clause after "while", is not the model's product
    ("en", "Its copilot is built on Claude Sonnet 4.5, while document parsing is powered by "
     "Google's Gemini 2.5 Flash.", ("uses", "Anthropic", "Gemini 2.5 Flash")),
    # a relative clause whose verb has its own object
    ("de", "Der Zahlungsdienstleister N26 setzt auf Claude Sonnet 4.5, die Otto Group nutzt "
     "Gemini 3 Pro für ihre Produktsuche.", ("uses", "Otto Group", "Claude Sonnet 4.5")),
    # the partner of a partner ("mit X zusammen und hat ... mit Y") and a parent in a compound
    ("de", "Zudem arbeitet SAP seit Herbst mit Aleph Alpha zusammen und hat eine strategische "
     "Partnerschaft mit OpenAI geschlossen.", ("partnersWith", "Aleph Alpha", "OpenAI")),
    ("de", "Unterdessen hat Schwarz Digits, die IT-Sparte der Lidl-Mutter, eine Kooperation mit "
     "Aleph Alpha vereinbart.", ("partnersWith", "Lidl", "Aleph Alpha")),
    # things said of models that are neither use nor rank
    ("en", "Crestline plans to integrate Snowflake's labeling software into Cortex AI.",
     ("developedBy", "Cortex", "Snowflake")),
])
def test_tech_news_near_misses(lang: str, text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarnpost runs the national mail service from Lisbon, and is now led by Chief Postmaster "
     "and CEO Ms. Dana Reyes.", True),
    ("Tarnpost runs the national mail service from Lisbon, and is now led by Chief Postmaster "
     "and CFO Ms. Dana Reyes.", False),
])
def test_a_company_now_headed_by_a_titled_ceo(text: str, expected: bool) -> None:
    assert (("ceoOf", "Dana Reyes", "Tarnpost") in facts(text, "en")) is expected


def _amounts(text: str, lang: str) -> set[tuple]:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    return {(r.subject.key, r.amount, r.currency) for r in extract_article(article).relations
            if r.predicate == "invests"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a valuation is what the company is worth, not what an investor puts in
    ("en", "Vantiq Capital invested in Quorix at a valuation of $2bn.", set()),
    ("en", "Vantiq Capital invested in Quorix, which is now valued at $2bn.", set()),
    ("en", "Vantiq Capital invested in Quorix at a $900m post-money valuation.", set()),
    ("de", "Der Investor Vantiq investiert in das Start-up Quorix bei einer Bewertung von 450 "
           "Millionen Euro.", set()),
    ("de", "Der Investor Vantiq investiert in das Start-up Quorix, das nun mit 450 Millionen "
           "Euro bewertet wird.", set()),
    # the round's own amount in the same sentence is still read
    ("en", "Vantiq Capital invested $40m in Quorix at a $400m valuation.",
     {("Vantiq Capital", "40000000", "USD")}),
    ("en", "Vantiq Capital invested $40m in Quorix, valuing the startup at $400m.",
     {("Vantiq Capital", "40000000", "USD")}),
    ("de", "Der Investor Vantiq investiert 40 Millionen Euro in das Start-up Quorix, das mit "
           "450 Millionen Euro bewertet wird.", {("Vantiq", "40000000", "EUR")}),
    # near miss: a value that is the investment itself
    ("en", "Vantiq Capital invested $40m of its own value fund in Quorix.",
     {("Vantiq Capital", "40000000", "USD")}),
])
def test_a_valuation_is_no_investment_amount(lang: str, text: str, expected: set) -> None:
    assert _amounts(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an unknown name right after the amount's "in" is the company invested in
    ("en", "Vantiq Capital invested $40m in Quorix.",
     {("invests", "Quorix"), ("investsIn", "Quorix")}),
    ("en", "Vantiq Capital invested $40m in Quorix last year.",
     {("invests", "Quorix"), ("investsIn", "Quorix")}),
    ("en", "Vantiq Capital has invested $40m in Quorix, a maker of chips.",
     {("invests", "Quorix"), ("investsIn", "Quorix")}),
    # near misses: a place, a name that owns what the money goes into
    ("en", "Vantiq Capital invested $40m in Texas.", {("invests", None)}),
    ("en", "Vantiq Capital invested $40m in Quorix's new data centres.", {("invests", None)}),
])
def test_an_unknown_name_after_the_amount_is_the_investee(lang: str, text: str,
                                                         expected: set) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    found = {(r.predicate, r.object.key if r.object else None)
             for r in extract_article(article).relations}
    assert found == expected
