"""Tech-news phrasings: what journalists write about funding, use, rankings, deals.

Sentences written for these tests; each case names a fact that must be found or must not.
"""
from __future__ import annotations

import pytest

from kgraph.articles import article_from_bytes
from kgraph.pipeline import extract_article
from test_extraction import facts


def keys(text: str, lang: str) -> set[str]:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    return {m.key for m in extract_article(article).mentions}


# a clause after "and" + verb goes on with the sentence's subject
SECOND_CLAUSE = [
    ("en", "The Hamburg startup Kelvio, which builds voice agents for hotels, signed a partnership "
     "with ElevenLabs and integrates ElevenLabs' Flash v2.5 voices into its booking line.",
     ("uses", "Kelvio", "Flash v2.5"), ("uses", "ElevenLabs", "Flash v2.5")),
    ("en", "Snowflake bought observability company TruEra in 2024 and last year took over "
     "Datavolo.",
     ("acquires", "Snowflake", "Datavolo"), ("acquires", "TruEra", "Datavolo")),
    ("en", "Separately, Snowflake signed a deal with Anthropic to bring Claude to its customers, "
     "and it teamed up with Microsoft to offer GPT-5.",
     ("partnersWith", "Snowflake", "Microsoft"), ("partnersWith", "Anthropic", "Microsoft")),
    ("de", "Zudem arbeitet SAP seit Herbst mit Aleph Alpha zusammen und hat eine strategische "
     "Partnerschaft mit OpenAI geschlossen.",
     ("partnersWith", "SAP", "OpenAI"), ("partnersWith", "Aleph Alpha", "OpenAI")),
]


@pytest.mark.parametrize(("lang", "text", "fact", "wrong"), SECOND_CLAUSE,
                         ids=[t[:50] for _, t, _, _ in SECOND_CLAUSE])
def test_second_clause_keeps_the_subject(lang: str, text: str, fact: tuple, wrong: tuple) -> None:
    found = facts(text, lang)
    assert fact in found
    assert wrong not in found


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    # "and" before a name or a noun phrase opens no clause of the sentence's subject
    ("en", "Nvidia invested in Mistral AI and OpenAI bought Statsig.",
     ("acquires", "Nvidia", "Statsig")),
    ("en", "Salesforce uses Claude and other companies use Gemini.",
     ("uses", "Salesforce", "Gemini")),
    # a heading glued to the sentence does not take the clause from its real subject
    ("en", "Tarnfield Lending Corporation In March 2019, Quarry Bank took over the branches, "
     "and bought selected loans of Tarnfield Lending Corporation.",
     ("acquires", "Tarnfield Lending Corporation", "Tarnfield Lending Corporation")),
])
def test_no_second_clause_where_none_is(lang: str, text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, lang)


def test_a_name_a_pattern_typed_counts_for_the_other_patterns() -> None:
    found = facts("Vantor's new model, Vantor Claim-1, outperforms GPT-4o on ClaimsBench, the "
                  "company said.", "en")
    assert ("developedBy", "Vantor Claim-1", "Vantor") in found
    assert ("surpasses", "Vantor Claim-1", "GPT-4o") in found


@pytest.mark.parametrize(("text", "name"), [
    ("Snowflake agreed to buy the data-labeling startup Crestline AI.", "Crestline AI"),
    ("It plans to integrate the software into Cortex AI, its platform.", "Cortex AI"),
    ("Kelvio integrates ElevenLabs' Flash v2.5 voices.", "Flash v2.5"),
])
def test_names_ending_in_ai_or_a_version(text: str, name: str) -> None:
    assert name in keys(text, "en")


@pytest.mark.parametrize("text", [
    "Chipmaker ASML has become the largest shareholder in French AI developer Mistral AI.",
    "Notion's AI features are powered by GPT-5.1.",
    "The Generative AI boom lifted Nvidia.",
])
def test_ai_after_an_adjective_or_possessive_is_no_name(text: str) -> None:
    assert not any(k.endswith(" AI") and k != "Mistral AI" for k in keys(text, "en"))


def test_a_title_before_and_ceo_is_no_person() -> None:
    found = facts("Kestrel Post delivers letters across the north, and is now headed by Surveyor "
                  "General and CEO Ms. Mara Quinlan.", "en")
    assert not any(p == "ceoOf" and s == "Surveyor General" for p, s, _ in found)


# "the company", "its", "The company" across sentences
ANAPHORA = [
    # the maker of a model named beside it is not what "the company" goes on about
    ("en", "Vantor Labs sells claims software. Vantor's agents run on Anthropic's Claude, but the "
     "company switched to Mistral's models for its European customers.",
     ("uses", "Vantor Labs", "Claude"), None),
    # a quoted outlet is no antecedent; "Its" carries the topic on to "The company"
    ("en", "Vantor Labs sells claims software. \"We are not married to any lab,\" CEO Priya Raman "
     "told TechCrunch. Its copilot is built on Claude Sonnet 4.5, while document parsing is "
     "powered by Google's Gemini 2.5 Flash. The company also snapped up Ledgerly, a five-person "
     "startup, for an undisclosed sum.",
     ("acquires", "Vantor Labs", "Ledgerly"), ("acquires", "Google", "Ledgerly")),
    ("en", "Vantor Labs sells claims software. \"We are not married to any lab,\" CEO Priya Raman "
     "told TechCrunch. Its copilot is built on Claude Sonnet 4.5.",
     ("uses", "Vantor Labs", "Claude Sonnet 4.5"), ("uses", "TechCrunch", "Claude Sonnet 4.5")),
    # ... but a company named after "sagte" in a compound is still the company
    ("de", "Der Softwarekonzern SAP stellt eine Cloud vor. Das sagte SAP-Vorstandschef Christian "
     "Klein. Der Konzern werde 20 Milliarden Euro in die Aleph Alpha GmbH investieren.",
     ("investsIn", "SAP", "Aleph Alpha"), None),
    # the company an article is about stays the antecedent after a preposition
    ("en", "Cerebras raised $1.1 billion. Cerebras sells chips. Mistral AI runs its Le Chat "
     "assistant on Cerebras hardware, and Meta has teamed up with the company.",
     ("partnersWith", "Meta", "Cerebras"), ("partnersWith", "Meta", "Mistral AI")),
    # a catalogue name shortened on second mention ("Sakana AI" -> "Sakana")
    ("en", "Sakana AI raised $130 million. Sakana has also released Shio-1, a Japanese model.",
     ("developedBy", "Shio-1", "Sakana AI"), None),
]


@pytest.mark.parametrize(("lang", "text", "fact", "wrong"), ANAPHORA,
                         ids=[t[:50] for _, t, _, _ in ANAPHORA])
def test_anaphora_in_news(lang: str, text: str, fact: tuple, wrong: tuple | None) -> None:
    found = facts(text, lang)
    assert fact in found
    assert wrong is None or wrong not in found


def test_a_product_name_opening_with_ai() -> None:
    assert "AI Scientist" in keys("The bank uses Sakana's AI Scientist system.", "en")


def test_the_company_at_a_sentence_end_is_the_article_s_company() -> None:
    text = ("Vantor Labs raised $120 million. Vantor Labs sells claims software. Allstate and "
            "Zurich Insurance are among the first customers. Allstate has deployed Vantor's "
            "agents across its claims unit.\n\nSalesforce Ventures also backs the company. "
            "Google declined to comment.")
    found = facts(text, "en")
    assert ("investsIn", "Salesforce Ventures", "Vantor Labs") in found
    assert ("investsIn", "Salesforce Ventures", "Allstate") not in found


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Grok 4.1 ranks fourth there, behind Gemini 3 Pro.",
     ("surpasses", "Gemini 3 Pro", "Grok 4.1")),
    ("en", "On the same test, GPT-5 trails Anthropic's Claude Opus 4.5.",
     ("surpasses", "Claude Opus 4.5", "GPT-5")),
    ("de", "Llama 4 Maverick liegt im Ranking deutlich hinter Qwen3-Max.",
     ("surpasses", "Qwen3-Max", "Llama 4 Maverick")),
    ("de", "GPT-5.1 von OpenAI bleibt beim Programmieren hinter Claude Opus 4.5 zurück.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
])
def test_behind_says_who_is_ahead(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Google is behind Gemini 3 Pro."),  # its maker, not a rank
    ("de", "Hinter Gemini 3 Pro steht Google."),
    ("en", "Gemini 3 Pro may fall behind GPT-5.1 next year."),
])
def test_behind_near_misses(lang: str, text: str) -> None:
    assert not any(p == "surpasses" for p, _, _ in facts(text, lang))


def test_a_place_adjective_is_not_part_of_the_name_and_backers_alongside() -> None:
    found = facts("Denver-based Orrery has closed a $12 million Series A. Accel led the round, "
                  "alongside returning backers Frontline Ventures and Plural.", "en")
    assert ("investsIn", "Accel", "Orrery") in found
    assert ("investsIn", "Plural", "Orrery") in found
    assert not any("Denver" in (s or "") or "Denver" in (o or "") for _, s, o in found)


def test_alongside_names_no_investor_without_a_round() -> None:
    found = facts("Orrery sells sensors alongside other suppliers such as Bosch.", "en")
    assert not any(p == "investsIn" for p, _, _ in found)


# Breadth of phrasing (issue #3): the same fact as journalists write it in several ways,
# with names the catalogue does not know ("Kelpie Robotics" is a startup invented here)
BREADTH_EN = [
    # investsIn: leading or joining a round, unknown startups, lists of investors
    ("General Catalyst led the $25 million Series B in Kelpie, a maker of warehouse robots.",
     ("investsIn", "General Catalyst", "Kelpie")),
    ("Thrive Capital is leading a new funding round for Anthropic.",
     ("investsIn", "Thrive Capital", "Anthropic")),
    ("Nvidia took part in Cohere's latest funding round.", ("investsIn", "Nvidia", "Cohere")),
    ("Kelpie raised $25 million from General Catalyst and Balderton Capital.",
     ("investsIn", "Balderton Capital", "Kelpie")),
    ("Kelpie closed a $9 million seed round from Balderton Capital.",
     ("investsIn", "Balderton Capital", "Kelpie")),
    ("Kelpie landed new funding from Balderton Capital in June.",
     ("investsIn", "Balderton Capital", "Kelpie")),
    ("Kelpie has raised $9 million so far, with backing from Balderton Capital.",
     ("investsIn", "Balderton Capital", "Kelpie")),
    ("Balderton Capital has also invested in Kelpie.",
     ("investsIn", "Balderton Capital", "Kelpie")),
    ("Salesforce Ventures is among the backers in Cohere.",
     ("investsIn", "Salesforce Ventures", "Cohere")),
    ("Cohere counts Nvidia and Oracle among its investors.", ("investsIn", "Oracle", "Cohere")),
    ("Kelpie, which counts Balderton Capital as an investor, opened an office in Lyon.",
     ("investsIn", "Balderton Capital", "Kelpie")),
    ("Kelpie's early backers include Balderton Capital.",
     ("investsIn", "Balderton Capital", "Kelpie")),
    ("Balderton Capital, an early investor in Kelpie, declined to comment.",
     ("investsIn", "Balderton Capital", "Kelpie")),
    ("Amazon, Anthropic's largest investor, did not comment.",
     ("investsIn", "Amazon", "Anthropic")),
    # uses
    ("Zendesk now runs its support agents on Claude.", ("uses", "Zendesk", "Claude")),
    ("Zendesk built its ticket triage on top of Llama 3.", ("uses", "Zendesk", "Llama 3")),
    ("Zendesk's new triage bot, powered by GPT-4o, went live on Monday.",
     ("uses", "Zendesk", "GPT-4o")),
    ("Zendesk is among the companies that have adopted Gemini.", ("uses", "Zendesk", "Gemini")),
    ("Zendesk is one of the retailers using Mistral Large.", ("uses", "Zendesk", "Mistral Large")),
    # surpasses
    ("Claude Opus 4.5 now leads GPT-5.1 on the coding leaderboard.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("Claude Opus 4.5 took first place, displacing GPT-5.1.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("GPT-5.1 slipped to second place behind Claude Opus 4.5.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("Qwen is now more popular than Llama among developers.", ("surpasses", "Qwen", "Llama")),
    ("Claude Opus 4.5 posted a higher score than GPT-5.1.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("On maths, Claude Opus 4.5 bested GPT-5.1.", ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    # ceoOf after a date or a "said" and with "its"
    ("Tarnwell Inc. said on Tuesday that Ines Marlow, its chief executive, would step down.",
     ("ceoOf", "Ines Marlow", "Tarnwell")),
    ("Tarnwell Inc. today announced that Ines Marlow, its chief executive officer, will retire.",
     ("ceoOf", "Ines Marlow", "Tarnwell")),
    ("Ines Marlow, born in Hobart, Tasmania, is the chief executive of Tarnwell Inc.",
     ("ceoOf", "Ines Marlow", "Tarnwell")),
]


@pytest.mark.parametrize(("text", "fact"), BREADTH_EN, ids=[t[:50] for t, _ in BREADTH_EN])
def test_breadth_of_english_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


BREADTH_EN_NOT = [
    # a place, a law, a month or a customer is no investee; no money is no funding
    ("Balderton Capital has invested in Europe for a decade.", None),
    ("General Catalyst led the round in March.", None),
    ("Salesforce Ventures is among the investors in the region.", None),
    ("Kelpie counts Walmart among its customers.", None),
    ("Amazon, Anthropic's largest customer, did not comment.", None),
    ("Kelpie received a loan from Barclays.", None),
    ("Kelpie won a contract from Siemens.", None),
    ("Zendesk is among the companies that dropped Claude.", None),
    ("Claude is more expensive than GPT-5.1.", None),
    ("Claude Opus 4.5 now leads the leaderboard.", None),
    # negated or hedged
    ("Claude Opus 4.5 failed to beat GPT-5.1 on maths.", None),
    ("Kelpie has yet to raise money from Balderton Capital.", None),
    ("Balderton Capital is not among the investors in Kelpie.", None),
    ("Zendesk could soon run its agents on Claude.", None),
    # a place is no person and no company
    ("Ines Marlow, born Hobart, Tasmania, is the chief executive of Tarnwell Inc.",
     ("ceoOf", "Tasmania", "Tarnwell")),
    ("Tarnwell Inc. bought a small software firm from Leeds for $4 million.",
     ("acquires", "Tarnwell", "Leeds")),
    ("Tarnwell Inc. has partnered with a logistics company based in Leeds.",
     ("partnersWith", "Tarnwell", "Leeds")),
]


@pytest.mark.parametrize(("text", "wrong"), BREADTH_EN_NOT, ids=[t[:50] for t, _ in BREADTH_EN_NOT])
def test_breadth_near_misses(text: str, wrong: tuple | None) -> None:
    found = facts(text, "en")
    if wrong is None:
        assert found == set()
    else:
        assert wrong not in found


# Kinds of phrasing seen in the phrasings training set, in sentences of our own
ARTICLE_EN = [
    # "The round" at the start of a sentence, after a round that "values" the startup
    ("Lightspeed Venture Partners led a $60 million Series B round that values Quillon at $400 "
     "million. The round was led by Lightspeed Venture Partners, with participation from "
     "existing investors Accel and "
     "Plural. Kindred Capital and Seedcamp also put in money, a person close to the deal said.",
     [("investsIn", "Lightspeed Venture Partners", "Quillon"), ("investsIn", "Plural", "Quillon"),
      ("investsIn", "Seedcamp", "Quillon")]),
    # a possessive round led by one investor, with others co-leading
    ("Cohere's October round of $500 million was led by Radical Ventures, with PSP Investments "
     "and Nvidia co-leading.",
     [("investsIn", "Radical Ventures", "Cohere"), ("investsIn", "PSP Investments", "Cohere"),
      ("investsIn", "Nvidia", "Cohere")]),
    # a stake taken, and money poured "of its own" into the company
    ("Siemens took a small stake, pouring $90 million of its own cash into Aleph Alpha.",
     [("investsIn", "Siemens", "Aleph Alpha"), ("invests", "Siemens", "Aleph Alpha")]),
    # the investor named in an apposition and in a "whose investors" clause
    ("Quillon, the Nvidia-backed chip designer, hired 40 people.",
     [("investsIn", "Nvidia", "Quillon")]),
    ("Tarnhelm Oy, whose backers include Accel's seed fund, opened an office in Oslo.",
     [("investsIn", "Accel", "Tarnhelm Oy")]),
    # use: switched from one model to another, built into a product, made available
    ("Pellago Retail, a Lisbon grocer with 1,200 stores, moved its shopping assistant from "
     "GPT-4o to Mistral Large in May.", [("uses", "Pellago Retail", "Mistral Large")]),
    ("Atlassian is building Claude into its ticketing tools.", [("uses", "Atlassian", "Claude")]),
    ("Canva made Gemini 3 Pro available to its paying users on Monday.",
     [("uses", "Canva", "Gemini 3 Pro")]),
    ("Canva said it had chosen Claude as the default model for its editor.",
     [("uses", "Canva", "Claude")]),
    ("Meta runs part of its recommendation work on the newer Instinct MI300X.",
     [("uses", "Meta", "MI300X")]),
    # rank: a participle after the comma carries the sentence's subject
    ("Qwen3-Max climbed to second place on the arena, pulling ahead of DeepSeek-V3.",
     [("surpasses", "Qwen3-Max", "DeepSeek-V3")]),
    # maker: "the startup behind", "X, Y's flagship"
    ("Quillon, the startup behind the note-taking app Marginalia, raised money.",
     [("developedBy", "Marginalia", "Quillon")]),
    ("The test was led by GPT-5, OpenAI's flagship.", [("developedBy", "GPT-5", "OpenAI")]),
    # a chief named at the end of a company's sentence
    ("Tarnhelm Oy last week bought a small compiler startup, founder and chief executive "
     "Aino Virtanen said.", [("ceoOf", "Aino Virtanen", "Tarnhelm Oy")]),
]


@pytest.mark.parametrize(("text", "wanted"), ARTICLE_EN, ids=[t[:50] for t, _ in ARTICLE_EN])
def test_article_phrasings(text: str, wanted: list) -> None:
    found = facts(text, "en")
    for fact in wanted:
        assert fact in found


ARTICLE_EN_NOT = [
    # a company named inside the subject's description did not raise the money
    ("Quillon, founded by former Google engineers, has raised $20 million. The round was led "
     "by Accel.", ("investsIn", "Accel", "Google")),
    # the old model of a switch is not used any more
    ("Pellago Retail moved its shopping assistant from GPT-4o to Mistral Large.",
     ("uses", "Pellago Retail", "GPT-4o")),
    # a participle after the comma of another clause's subject
    ("Acme praised Qwen3-Max, while DeepSeek-V3 kept climbing, pulling ahead of Llama 4.",
     ("surpasses", "Qwen3-Max", "Llama 4")),
    # a quote's speaker is no chief without the title
    ("Tarnhelm Oy bought a compiler startup, investor Aino Virtanen said.",
     ("ceoOf", "Aino Virtanen", "Tarnhelm Oy")),
    ("Canva made its editor available to students.", ("uses", "Canva", "Canva")),
]


@pytest.mark.parametrize(("text", "wrong"), ARTICLE_EN_NOT, ids=[t[:50] for t, _ in ARTICLE_EN_NOT])
def test_article_phrasings_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a company named inside a relative clause the sentence closes is not the verb's subject
    ("Siemens, which has invested in Aleph Alpha, bought Quillon last year.",
     ("acquires", "Siemens", "Quillon"), ("acquires", "Aleph Alpha", "Quillon")),
    ("Samsung, which works with Naver, has adopted Gemini for its phones.",
     ("uses", "Samsung", "Gemini"), ("uses", "Naver", "Gemini")),
    # "whose investors include" names the investors of the company before it
    ("Tarnhelm Oy, whose investors include Nvidia's venture arm NVentures, bought a startup.",
     ("investsIn", "NVentures", "Tarnhelm Oy"), ("developedBy", "NVentures", "Nvidia")),
    # an ampersand inside a name after a cue word; a country's adjective is no name
    ("CoreWeave bought developer-tools maker Weights & Biases in May.",
     ("acquires", "CoreWeave", "Weights & Biases"), ("acquires", "CoreWeave", "Weights")),
    ("Tarnhelm Oy bought Estonian compiler startup Quillon Labs.",
     ("acquires", "Tarnhelm Oy", "Quillon Labs"), ("acquires", "Tarnhelm Oy", "Estonian")),
    # an apposition with a number in it ("2,400 employees") still closes before the verb
    ("Pellago Retail, a Porto grocer with 1,800 employees, moved its chatbot from GPT-4o to "
     "Claude.", ("uses", "Pellago Retail", "Claude"), ("uses", "Porto", "Claude")),
])
def test_subjects_and_names_in_news_sentences(text: str, fact: tuple, wrong: tuple) -> None:
    found = facts(text, "en")
    assert fact in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Pellago Retail relies heavily on Qwen for its product search.",
     ("uses", "Pellago Retail", "Qwen")),
    ("Its contract reviewer is powered by Claude Sonnet 4 from Anthropic, the startup said. ",
     None),  # no company named before "Its": nothing to assert
    ("Quillon Labs sells contract tools. Its contract reviewer is powered by Claude Sonnet 4.",
     ("uses", "Quillon Labs", "Claude Sonnet 4")),
    ("DeepSeek is funded by the hedge fund High-Flyer rather than by venture capital.",
     ("investsIn", "High-Flyer", "DeepSeek")),
    ("Microsoft, OpenAI's earliest big investor, holds about 27%.",
     ("investsIn", "Microsoft", "OpenAI")),
    ("Lexwell raised $40 million. Existing backers Tarnfield Partners and Quorra Capital also took "
     "part, and Google's venture arm GV joined as a new investor, the company said.",
     ("investsIn", "GV", "Lexwell")),
    ("Lexwell raised $40 million. Existing backers Tarnfield Partners and Quorra Capital also took "
     "part, and Google's venture arm GV joined as a new investor, the company said.",
     ("investsIn", "Quorra Capital", "Lexwell")),
    ("Lexwell works with Thomson Reuters, whose Westlaw database it can search.",
     ("developedBy", "Westlaw", "Thomson Reuters")),
])
def test_more_news_phrasings(text: str, fact: tuple | None) -> None:
    found = facts(text, "en")
    if fact is None:
        assert not any(p == "uses" for p, _, _ in found)
    else:
        assert fact in found


@pytest.mark.parametrize(("text", "wrong"), [
    # a subject before ", while" does not carry over to the verb after it
    ("Its reviewer runs on Claude Sonnet 4 from Anthropic, while a cheaper tool runs on "
     "Mistral Small 3.1.", ("uses", "Anthropic", "Mistral Small 3.1")),
    # buying a company's chips or shares is no acquisition of the company
    ("OpenAI invests in Quillon Labs, which then buys Nvidia chips.",
     ("acquires", "Quillon Labs", "Nvidia")),
    ("Tarnfield Partners bought Microsoft shares last year.",
     ("acquires", "Tarnfield Partners", "Microsoft")),
    # beating a company's model is not beating the company
    ("DeepSeek-V3.1 beats Meta's largest open model on maths.",
     ("surpasses", "DeepSeek-V3.1", "Meta")),
    # a dateline's town, and a town with its state, are no companies
    ("SAN MATEO, May 2026 — Quillon Labs uses Claude.", ("uses", "SAN MATEO", "Claude")),
    ("The venture's Abilene, Texas, site already runs on Nvidia's GB200 systems.",
     ("uses", "Abilene", "GB200")),
    # its own product named after it is no use of it
    ("OpenAI agreed with AMD to deploy AMD Instinct GPUs.", ("uses", "AMD", "AMD Instinct")),
])
def test_more_news_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "fact"), [
    # a trade word before the descriptor: "the chip giant" points back to the chipmaker
    ("Nvidia kept shopping. Its $700 million deal for the startup Kestrel Ops closed in May, "
     "and the chip giant later bought data company Gretel.", ("acquires", "Nvidia", "Gretel")),
    # a maker after two words of description
    ("Kimi K2, released by the Beijing-based lab Moonshot AI in July, was praised.",
     ("developedBy", "Kimi K2", "Moonshot AI")),
    # a participle apposition between the subject and its verb
    ("OpenAI's gpt-oss-120b, published under an Apache 2.0 licence in August, edges out "
     "o4-mini on several tests.", ("surpasses", "gpt-oss-120b", "o4-mini")),
    # "which the company says beats"
    ("The server is built around AMD's Corvid X2 accelerator, which the company says beats "
     "Nvidia's H100 on inference.", ("surpasses", "Corvid X2", "H100")),
    # scores side by side: the higher one is ahead
    ("On the coding test, Gemini 3 Pro scored 76.2% versus 71.9% for GPT-5.1.",
     ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    # short names of Claude models and long version names
    ("Sonnet 4.5 is ahead of Mistral Large on that test.",
     ("surpasses", "Claude Sonnet 4.5", "Mistral Large")),
    ("Opus 4.5 is also better than GPT-5.1-Codex-Max on the same test.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1-Codex-Max")),
])
def test_descriptors_versions_and_scores(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "wrong"), [
    # the lower score is not ahead
    ("On the coding test, Gemini 3 Pro scored 68.0% versus 71.9% for GPT-5.1.",
     ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    # a startup is not what "the chip giant" means
    ("Nvidia kept shopping. Its deal for the startup Kestrel Ops closed in May, and the chip "
     "giant later bought data company Gretel.", ("acquires", "Kestrel Ops", "Gretel")),
    # "which the company says" with a hedge stays unasserted
    ("The server uses AMD's Corvid X2 accelerator, which the company says could beat "
     "Nvidia's H100.", ("surpasses", "Corvid X2", "H100")),
])
def test_descriptors_versions_and_scores_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "X from Y": the maker after a model's name
    ("Its reviewer is powered by Claude Sonnet 4 from Anthropic.",
     ("developedBy", "Claude Sonnet 4", "Anthropic"), None),
    ("Quillon licensed Llama from Meta last year.", ("developedBy", "Llama", "Meta"), None),
    # from one host to another: no maker
    ("Quillon moved Llama from Microsoft to Amazon.", None, ("developedBy", "Llama", "Microsoft")),
])
def test_model_from_its_maker(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    if fact:
        assert fact in found
    if wrong:
        assert wrong not in found


BREADTH_EN_2 = [
    # headlines and short forms
    ("Nvidia backs French startup Quillon", ("investsIn", "Nvidia", "Quillon")),
    ("Quillon lands $30 million led by Balderton Capital",
     ("investsIn", "Balderton Capital", "Quillon")),
    ("Anthropic, Accenture expand partnership", ("partnersWith", "Anthropic", "Accenture")),
    # investors in an apposition, a share of the company
    ("Quillon's backers, including Nvidia and Salesforce Ventures, welcomed the deal.",
     ("investsIn", "Salesforce Ventures", "Quillon")),
    ("Microsoft owns roughly 27% of OpenAI.", ("investsIn", "Microsoft", "OpenAI")),
    # use: the model powers the company's product; a customer of the model
    ("Claude now powers Spotify's playlist assistant.", ("uses", "Spotify", "Claude")),
    ("Spotify became a paying Claude customer in 2024.", ("uses", "Spotify", "Claude")),
    # rank: first, followed by; below; lost to; more downloads than
    ("Claude Opus 4.5 came first on the list, followed by GPT-5.1 and Gemini 3 Pro.",
     ("surpasses", "Claude Opus 4.5", "Gemini 3 Pro")),
    ("Gemini 3 Pro took the top spot, with GPT-5.1 second.",
     ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    ("GPT-5.1 ranks below Gemini 3 Pro on that test.", ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    ("GPT-5.1 lost to Gemini 3 Pro on maths.", ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    ("Qwen now has more downloads than Llama.", ("surpasses", "Qwen", "Llama")),
    # ownership as an apposition
    ("Informatica, now a Salesforce company, grew 8%.", ("acquires", "Salesforce", "Informatica")),
    # partners: under an agreement with; are partners
    ("Accenture will resell Claude under an agreement with Anthropic.",
     ("partnersWith", "Accenture", "Anthropic")),
    ("Anthropic and Accenture were partners until 2024.",
     ("partnersWith", "Anthropic", "Accenture")),
]


@pytest.mark.parametrize(("text", "fact"), BREADTH_EN_2, ids=[t[:50] for t, _ in BREADTH_EN_2])
def test_breadth_of_english_phrasings_2(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Microsoft owns 27% of the cloud market.",
    "Microsoft could own 27% of OpenAI.",
    "Informatica, a Salesforce partner, grew.",
    "Anthropic and Accenture are not partners.",
    "GPT-5.1 lost ground to Gemini 3 Pro.",
    "Claude powers many apps, not only Spotify's.",
])
def test_breadth_of_english_phrasings_2_near_misses(text: str) -> None:
    assert not {f for f in facts(text, "en") if f[0] != "developedBy"}


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a CEO title opening a sentence, with no company of its own, is the topic company's
    ("Lexwell Ltd. raised $60 million on Monday. Chief executive and co-founder Priya Raman said "
     "the money would pay for an office in New York.", ("ceoOf", "Priya Raman", "Lexwell"), None),
    ("Lexwell Ltd. opened an office in Paris, according to CEO Priya Raman.",
     ("ceoOf", "Priya Raman", "Lexwell"), None),
    # a former chief is none; a title after a comma belongs to the sentence's subject
    ("Lexwell Ltd. raised $60 million. Former CEO Priya Raman left in May.", None,
     ("ceoOf", "Priya Raman", "Lexwell")),
    ("Tarnhelm Oy bought the compiler startup Quillon Labs, founder and chief executive Aino "
     "Virtanen said.", ("ceoOf", "Aino Virtanen", "Tarnhelm Oy"),
     ("ceoOf", "Aino Virtanen", "Quillon Labs")),
])
def test_bare_chief_title(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    if fact:
        assert fact in found
    if wrong:
        assert wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    # the subject's descriptor, resolved to it, opens an apposition before the verb
    ("Anysphere, the startup behind code editor Cursor, added Gemini 3 Pro the same afternoon.",
     ("uses", "Anysphere", "Gemini 3 Pro")),
    ("Anysphere, the startup behind Cursor, acquired Supermaven in 2024.",
     ("acquires", "Anysphere", "Supermaven")),
    # "among the first providers to deploy"
    ("Oracle is among the first cloud providers to deploy AMD's Instinct MI300X at scale.",
     ("uses", "Oracle", "MI300X")),
])
def test_descriptor_apposition_and_first_to_deploy(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_first_to_drop_is_no_use() -> None:
    found = facts("Oracle is among the first cloud providers to drop AMD's Instinct MI300X.", "en")
    assert not any(p == "uses" for p, _, _ in found)


# Long news sentences: the subject and its verb apart, verbs in -ing after an auxiliary or a
# phase verb, a model named in a purpose clause after a deal, benchmark names on the way
LONG_SENTENCES = [
    ("The insurer Halvard Mutual has started using Claude to sort incoming claims.",
     ("uses", "Halvard Mutual", "Claude")),
    ("Allianz, which employs some 150,000 people worldwide, is now using Claude to sort claims.",
     ("uses", "Allianz", "Claude")),
    ("Klarna is deploying Claude, Gemini and Mistral Large across its support teams.",
     ("uses", "Klarna", "Gemini")),
    ("Airbnb is leaning heavily on Qwen for its customer-service agent.",
     ("uses", "Airbnb", "Qwen")),
    ("Zalando has standardised on Gemini for its internal chat assistant.",
     ("uses", "Zalando", "Gemini")),
    ("Siemens has signed a deal with Anthropic to roll out Claude to 80,000 engineers.",
     ("uses", "Siemens", "Claude")),
    ("Apple is partnering with Google to use Gemini in a rebuilt version of Siri.",
     ("uses", "Apple", "Gemini")),
    ("Morgan Stanley gave its financial advisers access to GPT-4o through an internal tool.",
     ("uses", "Morgan Stanley", "GPT-4o")),
    ("Perplexity, the search startup, switched its default model to Claude Sonnet 4.5 in May.",
     ("uses", "Perplexity", "Claude Sonnet 4.5")),
    ("Moonshot AI, a Beijing startup backed by Alibaba, this week released Kimi K2 Thinking.",
     ("developedBy", "Kimi K2 Thinking", "Moonshot AI")),
    ("Claude Opus 4.5, which Anthropic released on Monday, costs a third less than before.",
     ("developedBy", "Claude Opus 4.5", "Anthropic")),
    ("Meta said on Wednesday that it had begun shipping Llama 4 Maverick to developers.",
     ("developedBy", "Llama 4 Maverick", "Meta")),
    ("Gemini 3 Pro scored 91.9% on GPQA Diamond, ahead of GPT-5.1 at 88.1%.",
     ("surpasses", "Gemini 3 Pro", "GPT-5.1")),
    ("Claude Opus 4.5 reached 80.9% on SWE-bench Verified, compared with 76.3% for GPT-5.1.",
     ("surpasses", "Claude Opus 4.5", "GPT-5.1")),
    ("Qwen3-Max now ranks third on LMArena, above DeepSeek-V3.1.",
     ("surpasses", "Qwen3-Max", "DeepSeek-V3.1")),
    ("Gemini 3 Pro, Google's latest model, now leads the LMArena leaderboard with 1501 points, "
     "ahead of Grok 4.1.", ("surpasses", "Gemini 3 Pro", "Grok 4.1")),
    ("In blind comparisons, testers preferred Claude Sonnet 4.5 over GPT-5.",
     ("surpasses", "Claude Sonnet 4.5", "GPT-5")),
    ("Intel, now run by Lip-Bu Tan, has cut thousands of jobs.", ("ceoOf", "Lip-Bu Tan", "Intel")),
    ("Microsoft and OpenAI have signed a new agreement that lets the startup use other clouds.",
     ("partnersWith", "Microsoft", "OpenAI")),
    ("Accenture and Anthropic expanded their partnership on Tuesday.",
     ("partnersWith", "Accenture", "Anthropic")),
    ("Stellantis has teamed up with the French firm Mistral AI to build an in-car assistant.",
     ("partnersWith", "Stellantis", "Mistral AI")),
    ("Volvo said on Tuesday it would roll out Gemini to its 40,000 office staff.",
     ("uses", "Volvo Group", "Gemini")),
    ("Zurich Insurance, for its part, will keep Microsoft 365 Copilot for email.",
     ("uses", "Zurich Insurance", "Microsoft 365 Copilot")),
    ("ServiceNow offers Claude inside its workflow tools through Amazon Bedrock.",
     ("uses", "ServiceNow", "Amazon Bedrock")),
    ("Commerzbank licenses Mistral AI's models, including Mistral Large, for its call centres.",
     ("uses", "Commerzbank", "Mistral Large")),
    ("Staff at Zalando use GitHub Copilot, Cursor and a home-made review bot.",
     ("uses", "Zalando", "Cursor")),
    ("Microsoft 365 Copilot now lets analysts pick Claude Opus 4.1 for long reports.",
     ("uses", "Microsoft", "Claude Opus 4.1")),
    ("CoreWeave rents Nvidia's B200 to customers such as the video start-up Pika Labs.",
     ("uses", "Pika Labs", "B200")),
    ("Amazon Bedrock, Amazon's cloud marketplace for AI models, added Kimi K2 this week.",
     ("developedBy", "Amazon Bedrock", "Amazon")),
    ("Halden Robotics GmbH sells a product called Halden Grip that sorts parcels.",
     ("developedBy", "Halden Grip", "Halden Robotics")),
    ("Cognition, the maker of the coding agent Devin, absorbed what was left of Windsurf.",
     ("developedBy", "Devin", "Cognition")),
    ("Businesses such as Cursor maker Anysphere resell the models.",
     ("developedBy", "Cursor", "Anysphere")),
    ("Meta works with Broadcom to design its own MTIA processors.",
     ("developedBy", "MTIA", "Meta")),
    ("OpenAI has countered with GPT-5-Codex, a model tuned for programming.",
     ("developedBy", "GPT-5-Codex", "OpenAI")),
    ("On OSWorld, Claude Sonnet 4.5 reached 61.4%, ahead of its predecessor Claude Sonnet 4.",
     ("surpasses", "Claude Sonnet 4.5", "Claude Sonnet 4")),
    ("Databricks, the San Francisco analytics group run by Ali Ghodsi, bought Neon.",
     ("ceoOf", "Ali Ghodsi", "Databricks")),
    ("IBM, whose Watson unit is shrinking, recently struck its own deal with Accenture.",
     ("partnersWith", "IBM", "Accenture")),
    ("Siri can hand questions to ChatGPT, a tie-up with OpenAI that Apple announced in 2024.",
     ("partnersWith", "Apple", "OpenAI")),
    ("Analysts said the Nvidia-Intel tie-up could slow the move to Arm laptops.",
     ("partnersWith", "Nvidia", "Intel")),
    ("Meta has taken a stake of about 3% in EssilorLuxottica.",
     ("investsIn", "Meta", "EssilorLuxottica")),
    ("CoreWeave, the Nvidia-backed cloud provider, completed its purchase of Weights & Biases.",
     ("acquires", "CoreWeave", "Weights & Biases")),
    ("Klarna's GPT-4o-powered assistant now answers two thirds of all chats.",
     ("uses", "Klarna", "GPT-4o")),
    ("Using Gemini, Mercedes-Benz built a voice assistant that keeps a conversation going.",
     ("uses", "Mercedes-Benz", "Gemini")),
    ("Meta bought hundreds of thousands of Nvidia H100 chips last year.",
     ("uses", "Meta", "H100")),
    ("xAI trained Grok 3 on a cluster of 100,000 Nvidia H100 chips near Memphis.",
     ("uses", "xAI", "H100")),
    ("Salesforce has made Claude the default model of its service agents.",
     ("uses", "Salesforce", "Claude")),
    ("Siemens built the Industrial Copilot on Azure OpenAI Service.",
     ("uses", "Siemens", "Azure OpenAI Service")),
    ("Anthropic's Claude is now available to all 400,000 employees of Accenture.",
     ("uses", "Accenture", "Claude")),
    ("Notion's writing tools draw on models from OpenAI and Anthropic, including GPT-5.",
     ("uses", "Notion", "GPT-5")),
    ("Airbnb's chief executive said the home-rental company leans heavily on Qwen for support.",
     ("uses", "Airbnb", "Qwen")),
    ("Nvidia, which already owns a stake in CoreWeave, also invested in Mistral AI's latest round.",
     ("investsIn", "Nvidia", "Mistral AI")),
    ("Andreessen Horowitz, an early backer of Mistral AI, put more money into it this year.",
     ("investsIn", "Andreessen Horowitz", "Mistral AI")),
]


@pytest.mark.parametrize(("text", "fact"), LONG_SENTENCES, ids=[t[:50] for t, _ in LONG_SENTENCES])
def test_long_news_sentences(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


LONG_SENTENCE_NEAR_MISSES = [
    ("Allianz stopped using Claude in May.", ("uses", "Allianz", "Claude")),
    ("Allianz cut its costs without using Claude.", ("uses", "Allianz", "Claude")),
    ("OpenAI said companies using Claude had grown fast.", ("uses", "OpenAI", "Claude")),
    ("Allianz is not deploying Gemini this year.", ("uses", "Allianz", "Gemini")),
    ("Snowflake signed a deal with Anthropic and a separate one with Google to use Gemini.",
     ("uses", "Anthropic", "Gemini")),
    # a name inside an apposition is not the subject of the verb after it
    ("Vantor, the startup behind Claim-1, uses Claude for drafting.",
     ("uses", "Claim-1", "Claude")),
    ("Moonshot AI, a Beijing startup backed by Alibaba, released Kimi K2 Thinking.",
     ("developedBy", "Kimi K2 Thinking", "Alibaba")),
    ("Microsoft and Quarry Labs signed an agreement under which Microsoft will acquire Quarry "
     "Labs.", ("partnersWith", "Microsoft", "Quarry Labs")),
    ("Allianz picked Claude over GPT-4o for its claims assistant.",
     ("surpasses", "Claude", "GPT-4o")),
    ("CoreWeave, the Nvidia-backed cloud provider, completed its purchase of Weights & Biases.",
     ("acquires", "Nvidia", "Weights & Biases")),
    ("Ampere, the Oracle-backed designer of Arm-based server chips, was sold to SoftBank.",
     ("investsIn", "Oracle", "Arm")),
    ("Its largest backers, Amazon and Google, have together committed more than $10bn to it.",
     ("partnersWith", "Amazon", "Google")),
    ('"We want AI we can audit," said Ranjit Bawa, who leads Deloitte\'s technology practice.',
     ("ceoOf", "Ranjit Bawa", "Deloitte")),
    ("Goldman Sachs deployed Devin, according to the bank's technology chief Marco Argenti.",
     ("ceoOf", "Marco Argenti", "Goldman Sachs")),
    ("Under the agreement, Nvidia is buying Intel common stock at $23.28 a share.",
     ("acquires", "Nvidia", "Intel")),
    ("Allianz stopped offering Claude to its agents in May.", ("uses", "Allianz", "Claude")),
    ("Microsoft gave OpenAI access to its Azure OpenAI Service.",
     ("uses", "Microsoft", "Azure OpenAI Service")),
    ("Meta sold hundreds of Nvidia H100 chips to smaller labs.", ("uses", "Meta", "H100")),
    ("Nvidia, which already owns a stake in CoreWeave, also invested in Mistral AI's latest round.",
     ("investsIn", "CoreWeave", "Mistral AI")),
    # a name inside a closed participle phrase is not the subject of the verb after it
    ("The smart glasses, made with the eyewear group EssilorLuxottica, run an assistant built "
     "on Llama.", ("uses", "EssilorLuxottica", "Llama")),
    ("Using data from Reddit, Google trained Gemini to answer forum questions.",
     ("uses", "Reddit", "Gemini")),
    ("Salesforce has not made Claude the default model of its service agents.",
     ("uses", "Salesforce", "Claude")),
]


@pytest.mark.parametrize(("text", "wrong"), LONG_SENTENCE_NEAR_MISSES,
                         ids=[t[:50] for t, _ in LONG_SENTENCE_NEAR_MISSES])
def test_long_news_sentence_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


def typed(text: str, lang: str = "en") -> set[tuple[str, str]]:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    return {(m.key, m.type) for m in extract_article(article).mentions}


# encyclopedic introductions of games, software and hardware: who developed what
ENCYCLOPEDIC_DEVELOPERS = [
    ("Quarrow Tactics is Hallmere Interactive's third strategy game.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Quarrow Drift was developed in-house at Brackwater Studios.",
     ("developedBy", "Quarrow Drift", "Brackwater Studios")),
    ("Gullwing Saga was developed by Sega's Kestrel Team division.",
     ("developedBy", "Gullwing Saga", "Kestrel Team")),
    ("Brindle Corporation's best-known product was Quillpad, a font editor.",
     ("developedBy", "Quillpad", "Brindle")),
    ("Hallmere Interactive released Quarrow Tactics in 2004 for the PlayStation 2.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Quarrow Tactics (known in Japan as Quarrow Senki) is a strategy game developed by "
     "Hallmere Interactive.", ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Quarrow Tactics, known in North America as Quarrow Wars, is a strategy game developed "
     "and published by Hallmere Interactive.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    # a tokenised text's spaced hyphens
    ("Quarrow Tactics is a 2004 hex - grid war game developed by Hallmere Interactive "
     "for the Nimbus 360, and a turn - based sequel followed.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Martin K. Hollis, the C.E.O. and chairman of Hollis Pacific Companies, spoke on "
     "Monday.", ("ceoOf", "Martin K. Hollis", "Hollis Pacific Companies")),
    ("Martin Hollis is the C.E.O. of Tarnwick Holdings.",
     ("ceoOf", "Martin Hollis", "Tarnwick Holdings")),
]


@pytest.mark.parametrize(("text", "fact"), ENCYCLOPEDIC_DEVELOPERS,
                         ids=[t[:50] for t, _ in ENCYCLOPEDIC_DEVELOPERS])
def test_encyclopedic_developers(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "wrong"), [
    # a customer is no game; testing, publishing and a best-known product sold by another
    # firm make no developer
    ("Quarrow Tactics is Hallmere Interactive's third largest customer.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Quarrow Drift was tested in-house at Brackwater Studios.",
     ("developedBy", "Quarrow Drift", "Brackwater Studios")),
    ("Gullwing Saga was published by Sega's Kestrel Team division.",
     ("developedBy", "Gullwing Saga", "Kestrel Team")),
    ("Orbis Entertainment published Quarrow Tactics in 2004.",
     ("developedBy", "Quarrow Tactics", "Orbis Entertainment")),
    ("Quarrow Tactics, known in Japan as Quarrow Senki, is a strategy game published by "
     "Hallmere Interactive.", ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    # after "and was", the developer is the sentence subject's, not the earlier game's
    ("Quarrow Tactics is a 2004 strategy video game. It is the sequel to Quarrow Rising and "
     "was developed by Hallmere Interactive.",
     ("developedBy", "Quarrow Rising", "Hallmere Interactive")),
    ("Gullwing Saga is a Lego - themed platform game developed by Brackwater Studios.",
     ("developedBy", "Lego-themed", "Brackwater Studios")),
    ("Martin Hollis is the C.F.O. of Tarnwick Holdings.",
     ("ceoOf", "Martin Hollis", "Tarnwick Holdings")),
])
def test_encyclopedic_developers_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "mention"), [
    ("The Nimbus 360 is a home video game console.", ("Nimbus 360", "Product")),
    ("Marcus Helbig 2 is an action game.", ("Marcus Helbig 2", "Product")),
    ("It was later ported to the Nimbus Portable and the Kestrel Advance.",
     ("Kestrel Advance", "Product")),
    ("The team built a cut-down variant, later called Starhopper Nine, in 2018.",
     ("Starhopper Nine", "Product")),
    ("Its Tarvik Cross racing models had four-speed gearboxes.", ("Tarvik Cross", "Product")),
    ("The game came out for their Quarter Deck arcade system.", ("Quarter Deck", "Product")),
    ("Like the Falcon 9 rocket before it, the vehicle was reusable.", ("Falcon 9", "Product")),
    ("Nimbus Core is a family of processors for laptops.", ("Nimbus Core", "Product")),
    ("Lumenfox is a small and fast web browser.", ("Lumenfox", "Product")),
    ("Brackwell is a small and independent games studio in Leeds.",
     ("Brackwell", "Organization")),
    ("Brindle Software was founded in 1984 by Okonkwo Adeyemi.",
     ("Brindle Software", "Organization")),
    ("Brindle Software was founded in 1984 by Okonkwo Adeyemi.", ("Okonkwo Adeyemi", "Person")),
    ("Pellmoor Montpellier is a French video game developer owned by Pellmoor.",
     ("Pellmoor", "Organization")),
])
def test_encyclopedic_names(text: str, mention: tuple) -> None:
    assert mention in typed(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # an index and its size, a person and an age, a founder that is a company, a language model
    ("Shares in the S&P 500 fell on Monday.", ("S&P 500", "Product")),
    ("Marcus Helbig, 45, joined the company.", ("Marcus Helbig", "Product")),
    ("Brindle Software was founded in 1984 by Tarnwick Software.",
     ("Tarnwick Software", "Person")),
    ("Falcon 180B is a large language model.", ("Falcon 180B", "Product")),
    ("It was later sold to the Kestrel Group.", ("Kestrel Group", "Product")),
    ("Brackwell Ashdown is a family of bankers from Leeds.", ("Brackwell Ashdown", "Product")),
    ("Tarnfield is a quiet and green town with a games studio.", ("Tarnfield", "Organization")),
])
def test_encyclopedic_names_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in typed(text)


@pytest.mark.parametrize(("text", "investors"), [
    # a person in the middle of a list of investors: the names after it are still in the list
    ("Vantiq Capital, Zentra Ventures, Jane Roe and Kolbwerk Partners invested in Quorix.",
     {"Vantiq Capital", "Zentra Ventures", "Kolbwerk Partners"}),
    ("Quorix is backed by Vantiq Capital, Zentra Ventures, Jane Roe and Kolbwerk Partners.",
     {"Vantiq Capital", "Zentra Ventures", "Kolbwerk Partners"}),
    ("Quorix raised $5m from Vantiq Capital, Jane Roe and Kolbwerk Partners.",
     {"Vantiq Capital", "Kolbwerk Partners"}),
    # near misses: the company after the person is where the person works, or the subject
    # of a clause of its own
    ("Quorix is backed by Vantiq Capital, said Jane Roe of Kolbwerk Partners.",
     {"Vantiq Capital"}),
    ("Quorix is backed by Vantiq Capital and Jane Roe, and Kolbwerk Partners is a customer.",
     {"Vantiq Capital"}),
    ("Jane Roe and Kolbwerk Partners said Vantiq Capital invested in Quorix.",
     {"Vantiq Capital"}),
])
def test_a_person_inside_a_list_of_investors(text: str, investors: set) -> None:
    assert {s for p, s, o in facts(text, "en") if p == "investsIn" and o == "Quorix"} \
        == investors


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "she" and "he" go to the last person whose first name fits
    ("Maria Kolb founded Vantiq in 2019. Thomas Berg was her co-founder. She is now CEO of "
     "Quorix.", ("ceoOf", "Maria Kolb", "Quorix"), ("ceoOf", "Thomas Berg", "Quorix")),
    ("Thomas Berg met Maria Kolb in 2019. She is now CEO of Quorix.",
     ("ceoOf", "Maria Kolb", "Quorix"), ("ceoOf", "Thomas Berg", "Quorix")),
    ("Maria Kolb founded Vantiq in 2019, with Thomas Berg. He is now CEO of Quorix.",
     ("ceoOf", "Thomas Berg", "Quorix"), ("ceoOf", "Maria Kolb", "Quorix")),
    # no one fits: no one is meant
    ("Vantiq hired Thomas Berg in 2019. She is now CEO of Quorix.",
     None, ("ceoOf", "Thomas Berg", "Quorix")),
    # near misses: the pronoun fits the person named last, or the first name says nothing
    ("Thomas Berg met Maria Kolb in 2019. He is now CEO of Quorix.",
     ("ceoOf", "Thomas Berg", "Quorix"), ("ceoOf", "Maria Kolb", "Quorix")),
    ("Vantiq hired Kim Berg in 2019. She is now CEO of Quorix.",
     ("ceoOf", "Kim Berg", "Quorix"), None),
])
def test_he_and_she_go_to_a_person_whose_first_name_fits(text: str, fact: tuple | None,
                                                          wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "said X, its chief executive": the company the sentence is about, not the one named last
    ("The startup Quorix will supply the carmaker Zentra, said John Berg, its chief executive.",
     ("ceoOf", "John Berg", "Quorix"), ("ceoOf", "John Berg", "Zentra")),
    ("The startup Quorix will supply the carmaker Zentra, John Berg, the company's chief "
     "executive, said.", ("ceoOf", "John Berg", "Quorix"), ("ceoOf", "John Berg", "Zentra")),
    ("The startup Quorix signed a deal with the carmaker Zentra, said John Berg, the company's "
     "CEO.", ("ceoOf", "John Berg", "Quorix"), ("ceoOf", "John Berg", "Zentra")),
    # near misses: the speaker's own company named with him, or a title of the other company
    ("The startup Quorix will supply the carmaker Zentra, said John Berg, chief executive of "
     "the carmaker.", None, ("ceoOf", "John Berg", "Quorix")),
    ("The startup Quorix will supply the carmaker Zentra and its chief executive John Berg.",
     ("ceoOf", "John Berg", "Zentra"), ("ceoOf", "John Berg", "Quorix")),
])
def test_the_speaker_s_company_is_the_one_the_sentence_is_about(text: str, fact: tuple | None,
                                                                wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a colon inside a name
    ("Nvidia bought the startup Zorbix:ai last year.", "Zorbix:ai", None),
    ("Kolbwerk:AI raised $5m from Vantiq Capital.", "Kolbwerk:AI", None),
    # a known product, a number or letter, and a tier word or model code
    ("Qualcomm unveiled the Snapdragon 8 Elite chip.", "Snapdragon 8 Elite", "Product"),
    ("Qualcomm unveiled the Snapdragon 8 Gen 3 chip.", "Snapdragon 8 Gen 3", "Product"),
    ("Qualcomm unveiled the Snapdragon X Elite chip.", "Snapdragon X Elite", "Product"),
    ("Nvidia ships the GB200 NVL72 rack to Quorix.", "GB200 NVL72", "Product"),
    ("Nvidia ships the H200 NVL card to Quorix.", "H200 NVL", "Product"),
    # a known company and a word for one of its businesses
    ("Allianz Global Investors invested in Quorix.", "Allianz Global Investors", "Organization"),
    ("UBS Asset Management invested in Quorix.", "UBS Asset Management", "Organization"),
    ("BlackRock Alternatives invested in Quorix.", "BlackRock Alternatives", "Organization"),
])
def test_names_of_several_parts(text: str, name: str, kind: str | None) -> None:
    found = {(m.text, m.type) for m in extract_article(
        article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")).mentions}
    assert any(t == name and (kind is None or k == kind) for t, k in found), found


@pytest.mark.parametrize(("lang", "text", "names"), [
    # near misses: a generic acronym after a product, a gender colon, a time, a colon and space
    ("en", "Nvidia ships the H200 AI chip to Quorix.", {"H200"}),
    ("en", "Meta offers Llama 3 API access.", {"Llama 3"}),
    ("de", "Die Mitarbeiter:innen von Kolbwerk nutzen Claude.", {"Claude"}),
    ("en", "Update: Quorix raised $5m at 10:30 today.", set()),
])
def test_names_of_several_parts_near_misses(lang: str, text: str, names: set) -> None:
    found = {m.text for m in extract_article(
        article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)).mentions}
    assert names <= found
    assert not any(":" in t or t.startswith(("H200 ", "Llama 3 ")) for t in found), found
def test_a_games_cast_are_people_beside_names_the_catalogue_knows() -> None:
    found = typed("Playable characters include Storm Rider, Copper Knight, Falcon, Nightjar "
                  "and Iron Warden.")
    assert ("Nightjar", "Person") in found and ("Iron Warden", "Person") in found
    # a cast member named like a catalogue model is a character too
    assert ("Falcon", "Person") in found
    assert ("Falcon", "AIModel") in typed("Models include Gemini, Falcon and Claude.")
    # a list of products is no cast
    assert ("Kestrel Advance", "Person") not in typed(
        "Its consoles include the Nimbus Portable and the Kestrel Advance.")


def test_a_known_company_and_two_unit_words_are_a_company_of_their_own() -> None:
    found = typed("The port was handled by Sony Interactive Entertainment in 2016.")
    assert ("Sony Interactive Entertainment", "Organization") in found
    # a longer name goes on: not the unit
    assert ("Sony Interactive Entertainment", "Organization") not in typed(
        "Sony Interactive Entertainment Europe Limited filed its accounts.")


@pytest.mark.parametrize(("text", "fact"), [
    ("Development of Quarrow Tactics was handled by Hallmere Interactive.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Development of the game Quarrow Tactics was handled by Hallmere Interactive.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Quarrow Tactics was developed by a small team at Hallmere Interactive.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Quarrow Tactics is a 1994 strategy game for MS-DOS by Hallmere Interactive.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Quarrow Tactics is a strategy game developed by Hallmere Interactive's Montreal studio.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Hallmere Interactive co-developed Quarrow Tactics with Brackwater Studios.",
     ("developedBy", "Quarrow Tactics", "Brackwater Studios")),
    ("Quarrow Tactics was developed by Hallmere Interactive in collaboration with Brackwater "
     "Studios.", ("developedBy", "Quarrow Tactics", "Brackwater Studios")),
])
def test_encyclopedic_development_phrasings(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "wrong"), [
    # former staff, a publisher after "for ... by", a tool used, a sale of the work
    ("Quarrow Tactics was developed by former members of Hallmere Interactive.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Quarrow Tactics is a 1994 strategy game for MS-DOS published by Hallmere Interactive.",
     ("developedBy", "Quarrow Tactics", "Hallmere Interactive")),
    ("Hallmere Interactive developed Quarrow Tactics with Brackwater Studios' engine.",
     ("developedBy", "Quarrow Tactics", "Brackwater Studios")),
    ("Sales of Quarrow Tactics were handled by Orbis Entertainment.",
     ("developedBy", "Quarrow Tactics", "Orbis Entertainment")),
])
def test_encyclopedic_development_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "mention"), [
    ("Quarrow Tactics 5 Royal is an enhanced version of the game.",
     ("Quarrow Tactics 5 Royal", "Product")),
    ("Harrow Racer 2 Deluxe Edition was released in 2019.",
     ("Harrow Racer 2 Deluxe Edition", "Product")),
    ("Harrowgate is a British video game developer. Harrowgate's Gloomhaven Tactics sold well.",
     ("Harrowgate", "Organization")),
])
def test_editions_and_owners_of_titles(text: str, mention: tuple) -> None:
    assert mention in typed(text)


def test_an_owner_split_off_a_title_only_when_the_article_names_it_a_company() -> None:
    found = facts("Harrowgate is a British video game developer. Harrowgate's Gloomhaven "
                  "Tactics sold well.", "en")
    assert ("developedBy", "Gloomhaven Tactics", "Harrowgate") in found
    # "Tarn Marvel's Heroes": no company "Tarn Marvel" in the article, one title
    assert ("Tarn Marvel's Heroes", "Product") in typed(
        "Tarn Marvel's Heroes is a game. Marvel is a company.")


def test_a_known_product_and_the_name_right_after_it_are_one_product() -> None:
    assert ("Google Translate Lens", "Product") in typed(
        "The integration with Google Translate Lens followed in 2019.")
    # a speaker after the product's name is no part of it
    found = typed("The company shipped the iPad Tarnwick said.")
    assert ("iPad", "Product") in found and ("iPad Tarnwick", "Product") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("In 1992 it came out again, re-released by Orbis for their Quarter Deck arcade system.",
     ("developedBy", "Quarter Deck", "Orbis")),
    ("The game was later ported by Orbis for its Kestrel Advance handheld.",
     ("developedBy", "Kestrel Advance", "Orbis")),
])
def test_a_maker_s_own_platform(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


def test_a_maker_s_own_platform_near_miss() -> None:
    # the platform is another firm's: "for the", not "for their"
    assert ("developedBy", "Kestrel Advance", "Orbis") not in facts(
        "The game was later ported by Orbis for the Kestrel Advance handheld.", "en")


@pytest.mark.parametrize(("text", "fact"), [
    ("Martin Hollis (born 1961) is a drummer, painter, author, festival organiser, CEO of "
     "Tarnwick Promotions.", ("ceoOf", "Martin Hollis", "Tarnwick Promotions")),
    ("Anthony Pell founded Tarnwick Holdings in 1996 and serves as its Chief Executive Officer.",
     ("ceoOf", "Anthony Pell", "Tarnwick Holdings")),
])
def test_ceo_after_a_list_of_callings_or_a_founding(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "wrong"), [
    ("Martin Hollis (born 1961) is a drummer, painter, author, festival organiser, chairman of "
     "Tarnwick Holdings.", ("ceoOf", "Martin Hollis", "Tarnwick Holdings")),
    ("Anthony Pell founded Tarnwick Holdings in 1996 and serves as its Chief Operating Officer.",
     ("ceoOf", "Anthony Pell", "Tarnwick Holdings")),
])
def test_ceo_after_a_list_of_callings_or_a_founding_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("The hotel was built by Tarnwick Holdings, led at that time by CEO Dragan Petrovic.",
     ("ceoOf", "Dragan Petrovic", "Tarnwick Holdings"), None),
    ("The hotel was paid for by the Tarnwick trading company, then led by the "
     "state-appointed CEO Dragan Petrovic.", ("ceoOf", "Dragan Petrovic", "Tarnwick"), None),
    # near misses: another chief, a rival's chief
    ("The hotel was built by Tarnwick Holdings, led at that time by CFO Dragan Petrovic.",
     None, ("ceoOf", "Dragan Petrovic", "Tarnwick Holdings")),
    ("The hotel was built by Tarnwick Holdings, whose rival was led at that time by CEO Dragan "
     "Petrovic.", None, ("ceoOf", "Dragan Petrovic", "Tarnwick Holdings")),
])
def test_led_then_by_its_ceo(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Quillmark Robotics is headed by its founder and chief executive, Ines Marlow.",
     ("ceoOf", "Ines Marlow", "Quillmark Robotics"), None),
    ("Quillmark Robotics builds warehouse arms. Ines Marlow serves as its President and CEO.",
     ("ceoOf", "Ines Marlow", "Quillmark Robotics"), None),
    ("Quillmark Robotics builds warehouse arms. Ines Marlow is its president and chief "
     "executive.", ("ceoOf", "Ines Marlow", "Quillmark Robotics"), None),
    # near misses: another chief's title after the same words
    ("Quillmark Robotics is headed by its founder and chief technology officer, Ines Marlow.",
     None, ("ceoOf", "Ines Marlow", "Quillmark Robotics")),
    ("Quillmark Robotics builds warehouse arms. Ines Marlow is its president and chief "
     "operating officer.", None, ("ceoOf", "Ines Marlow", "Quillmark Robotics")),
    ("Quillmark Robotics is run by its CFO, Ines Marlow, and its CEO, Tom Ardent.",
     ("ceoOf", "Tom Ardent", "Quillmark Robotics"), ("ceoOf", "Ines Marlow", "Quillmark Robotics")),
])
def test_a_ceo_title_shared_with_another_title_or_set_off_by_a_comma(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Pellworth Insurance, one of the largest insurers in the Nordics, has started routing "
     "customer emails through Anthropic's Claude.",
     ("uses", "Pellworth Insurance", "Claude"), ("uses", "Nordics", "Claude")),
    ("Pellworth Insurance sends all support tickets via GPT-4o before an agent sees them.",
     ("uses", "Pellworth Insurance", "GPT-4o"), None),
    ("Pellworth Insurance runs its fraud checks on a fine-tuned version of Qwen 2.5.",
     ("uses", "Pellworth Insurance", "Qwen 2.5"), None),
    # near misses: a place, a hedge, a negation, the model named for something else
    ("Pellworth Insurance routes its calls through Dublin.", None,
     ("uses", "Pellworth Insurance", "Dublin")),
    ("Pellworth Insurance could soon route customer emails through Claude.", None,
     ("uses", "Pellworth Insurance", "Claude")),
    ("Pellworth Insurance does not route customer emails through Claude.", None,
     ("uses", "Pellworth Insurance", "Claude")),
    ("Pellworth Insurance runs its fraud checks on servers in Ohio, not on Qwen 2.5.", None,
     ("uses", "Pellworth Insurance", "Qwen 2.5")),
])
def test_uses_when_work_is_routed_through_or_run_on_a_model(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Gemini 2.5 Pro took the top spot from GPT-4o on the coding leaderboard.",
     ("surpasses", "Gemini 2.5 Pro", "GPT-4o"), None),
    ("GPT-4o lost its lead to Gemini 2.5 Pro.", ("surpasses", "Gemini 2.5 Pro", "GPT-4o"), None),
    ("GPT-4o lost the top spot on the leaderboard to Gemini 2.5 Pro.",
     ("surpasses", "Gemini 2.5 Pro", "GPT-4o"), None),
    # near misses: a hedge, a negation, a person lost to a rival, points taken
    ("GPT-4o could lose its lead to Gemini 2.5 Pro.", None,
     ("surpasses", "Gemini 2.5 Pro", "GPT-4o")),
    ("GPT-4o did not lose its lead to Gemini 2.5 Pro.", None,
     ("surpasses", "Gemini 2.5 Pro", "GPT-4o")),
    ("OpenAI lost its chief scientist to Anthropic.", None, ("surpasses", "Anthropic", "OpenAI")),
    ("Gemini 2.5 Pro took ten points from GPT-4o.", None,
     ("surpasses", "Gemini 2.5 Pro", "GPT-4o")),
])
def test_surpasses_as_a_top_spot_taken_or_a_lead_lost(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize("text", [
    "SAN MATEO — Quillon Labs said on Tuesday that it uses Claude for support.",
    "NEW YORK, March 2026 — Tarnfield Partners bought a stake in Quillon Labs.",
])
def test_a_datelines_town_in_capitals_is_no_entity(text: str) -> None:
    found = keys(text, "en")
    assert not {"SAN MATEO", "NEW YORK"} & found
    assert "Quillon Labs" in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a board's appointment, with an interim or acting title and "its" before it
    ("Harlow Bancorp's board appointed Ruth Abernathy as interim chief executive.",
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp"), None),
    ("Harlow Bancorp has named Ruth Abernathy its new chief executive officer.",
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp"), None),
    # the filings' long title, a signature-style title between commas, "head of" a company
    ("Ruth Abernathy, Chairman of the Board, President and Chief Executive Officer of Harlow "
     "Bancorp, said the bank was strong.", ("ceoOf", "Ruth Abernathy", "Harlow Bancorp"), None),
    ("Ruth Abernathy, CEO, Harlow Bancorp, said the bank was strong.",
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp"), None),
    ("Ruth Abernathy, head of Goldman Sachs, said the bank was strong.",
     ("ceoOf", "Ruth Abernathy", "Goldman Sachs"), None),
    # near misses: another chief's job, a unit of the company, a department
    ("Harlow Bancorp's board appointed Ruth Abernathy as interim chief operating officer.", None,
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp")),
    ("Ruth Abernathy, Chairman of the Board and Treasurer of Harlow Bancorp, said "
     "the bank was strong.", None, ("ceoOf", "Ruth Abernathy", "Harlow Bancorp")),
    ("Ruth Abernathy, CFO, Harlow Bancorp, said the bank was strong.", None,
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp")),
    ("Ruth Abernathy, the head of Goldman Sachs's trading unit, said the bank was strong.", None,
     ("ceoOf", "Ruth Abernathy", "Goldman Sachs")),
    ("Ruth Abernathy, head of Research, said the bank was strong.", None,
     ("ceoOf", "Ruth Abernathy", "Research")),
])
def test_ceo_titles_of_filings_and_boards(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a model built into a company's own product is used, not made, by the company
    ("Salesforce has built Quillon models into its sales app.",
     ("uses", "Salesforce", "Quillon"), ("developedBy", "Quillon", "Salesforce")),
    ("Salesforce built the Quillon Chat app in 2023.",
     ("developedBy", "Quillon Chat", "Salesforce"),
     None),
    # the merged company is absorbed by the survivor; a "merger with" names no buyer
    ("Fenmore Financial merged with and into Harlow Bancorp, with Harlow Bancorp surviving.",
     ("acquires", "Harlow Bancorp", "Fenmore Financial"), None),
    ("Harlow Bancorp completed its merger with Fenmore Financial in June.", None,
     ("acquires", "Harlow Bancorp", "Fenmore Financial")),
])
def test_built_into_and_merged_into(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "key", "not_key"), [
    # a catalogue name with another designator is another company, a fund or subsidiary
    ("Ruth Abernathy joined Goldman Sachs Asset Management, L.P. in 2006.",
     "Goldman Sachs Asset Management", "Goldman Sachs"),
    # ... but with only a legal form, "Group" or "Holdings" it is the same company
    ("Ruth Abernathy joined Goldman Sachs Group, Inc. in 2006.", "Goldman Sachs", None),
    ("Ruth Abernathy joined Tencent Holdings Ltd. in 2006.", "Tencent", None),
    # a listing's exchange and ticker are no companies; the name before it is one
    ("Investors cheered after Tarnwell (TSX: TRW) agreed to buy Quillon Labs.", "Tarnwell",
     "TRW"),
    # a sentence about a company's shares opens with them, they are no part of its name
    ("Shares of Tarnwell rose 5 percent on Monday.", "Tarnwell", "Shares of Tarnwell"),
])
def test_company_names_in_filings_and_market_news(text: str, key: str, not_key: str | None
                                                  ) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    found = {m.key: m.type for m in extract_article(article).mentions}
    assert found.get(key) == "Organization"
    assert not_key is None or not_key not in found


def test_a_listing_leaves_the_buyer_in_place() -> None:
    found = facts("Investors cheered after Tarnwell (TSX: TRW) agreed to buy Quillon Labs.", "en")
    assert ("acquires", "Tarnwell", "Quillon Labs") in found
    assert not any(s == "TRW" for _, s, _ in found)
    # near miss: the listing makes no buyer of the company it follows
    found = facts("Tarnwell (TSX: TRW) said that Brenning Group agreed to buy Quillon Labs.", "en")
    assert ("acquires", "Brenning Group", "Quillon Labs") in found
    assert ("acquires", "Tarnwell", "Quillon Labs") not in found


def test_a_capital_the_inside_a_sentence_is_the_names_own() -> None:
    from kgraph.resolve import resolve
    text = ("Harlow Bancorp bought Fenmore Financial from The Brenning Group in 2011. "
            "The Brenning Group had owned it since 2004.")
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    ex = extract_article(article)
    spans = {m.text for m in ex.mentions if m.key == "Brenning Group"}
    assert "The Brenning Group" in spans  # inside the sentence
    assert "Brenning Group" in spans  # at its start "The" is the sentence's
    entity = next(e for e in resolve([ex]).entities if e.name.endswith("Brenning Group"))
    assert entity.name == "Brenning Group" and "The Brenning Group" in entity.aliases


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a merger agreement is no partnership; a partnership agreement still is one
    ("Harlow Bancorp entered into an agreement and plan of merger with Fenmore Financial.", None,
     ("partnersWith", "Harlow Bancorp", "Fenmore Financial")),
    ("The merger agreement between Harlow Bancorp and Fenmore Financial was signed in May.",
     None, ("partnersWith", "Harlow Bancorp", "Fenmore Financial")),
    ("Harlow Bancorp signed a partnership agreement with Fenmore Financial.",
     ("partnersWith", "Harlow Bancorp", "Fenmore Financial"), None),
    # title-case headlines: "to Buy", "Wins" are verbs, not the start of a name
    ("Harlow Bancorp to Buy Fenmore Financial for $2 Billion",
     ("acquires", "Harlow Bancorp", "Fenmore Financial"), None),
    ("Best Buy agreed to buy Fenmore Financial.", ("acquires", "Best Buy", "Fenmore Financial"),
     None),
    # the target agrees to, or accepts, its takeover; a rejected offer is none
    ("Fenmore Financial agreed to a $2 billion takeover by Harlow Bancorp.",
     ("acquires", "Harlow Bancorp", "Fenmore Financial"), None),
    ("Fenmore Financial accepted a sweetened takeover offer from Harlow Bancorp.",
     ("acquires", "Harlow Bancorp", "Fenmore Financial"), None),
    ("Fenmore Financial rejected a takeover offer from Harlow Bancorp.", None,
     ("acquires", "Harlow Bancorp", "Fenmore Financial")),
    # a share held in a maker's namesake: a company, not a product it developed
    ("Samsung Electronics holds 41.2 percent of Samsung Quillon.",
     ("investsIn", "Samsung", "Samsung Quillon"), ("developedBy", "Samsung Quillon", "Samsung")),
    ("Samsung Electronics launched Samsung Quillon in 2013.",
     ("developedBy", "Samsung Quillon", "Samsung"), None),
    # a company named after a defined abbreviation is not the one it abbreviates
    ("Kestrel Farm Bureau (KFB) was founded in 1920. Harlan Voss joined KFB in 2003 as chief "
     "executive officer of the KFB Credit Union.", ("ceoOf", "Harlan Voss", "KFB Credit Union"),
     ("ceoOf", "Harlan Voss", "Kestrel Farm Bureau")),
])
def test_deals_and_holdings_of_financial_news(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def test_the_company_is_not_a_maker_named_beside_its_model() -> None:
    text = ("Anthropic says Claude Sonnet 4.5 is its best coding model. On one benchmark it "
            "scored 77% versus 73% for GPT-5, OpenAI's flagship.\n\nThe company, which is led "
            "by chief executive Dario Amodei, has raised money at a furious pace.")
    found = facts(text, "en")
    assert ("ceoOf", "Dario Amodei", "Anthropic") in found
    assert ("ceoOf", "Dario Amodei", "OpenAI") not in found
    # near miss: about the maker itself, "the company" still goes on with it
    text = ("OpenAI released GPT-5 in August. OpenAI said it would follow. Testers liked "
            "GPT-5, OpenAI's flagship.\n\nThe company, which is led by chief executive Sam "
            "Altman, has raised money at a furious pace.")
    assert ("ceoOf", "Sam Altman", "OpenAI") in facts(text, "en")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # money committed to buy something is a purchase; a sum given together is no one's own
    ("Tarnwell committed to buy $30 billion of computing capacity from Quillon Labs.", None,
     ("invests", "Tarnwell", None)),
    ("Brenning Group and Harlow Bancorp have together committed more than $10bn to Tarnwell.",
     None, ("invests", "Brenning Group", None)),
    ("Brenning Group has invested $3 billion in Tarnwell.",
     ("invests", "Brenning Group", "Tarnwell"), None),
])
def test_invested_sums_that_are_not_one_investors(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    found = {(r.predicate, r.subject.key, r.object.key if r.object else None)
             for r in extract_article(article).relations if not r.hedged}
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "key", "not_key"), [
    # a second designator continues a company's name
    ("Harlow Bancorp sold two subsidiaries of Tarnmoor Financial Services last year.",
     "Tarnmoor Financial Services", "Tarnmoor Financial"),
    # a filing's party to an agreement is a company
    ("Tarnmoor entered into a supply agreement with Harlow Bancorp.", "Tarnmoor", None),
    # an imperative opening a sentence is no part of the name after it
    ("Take Tarnmoor Logistics, a freight broker in Leeds with 600 staff.", "Tarnmoor Logistics",
     "Take Tarnmoor Logistics"),
])
def test_company_names_of_filings_and_examples(text: str, key: str, not_key: str | None) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    found = {m.key: m.type for m in extract_article(article).mentions}
    assert found.get(key) == "Organization"
    assert not_key is None or not_key not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # buying a unit or subsidiaries of a company is not buying the company
    ("Harlow Bancorp bought two subsidiaries of Tarnmoor Group.", None,
     ("acquires", "Harlow Bancorp", "Tarnmoor Group")),
    ("Harlow Bancorp acquired the retail unit of Tarnmoor Group.", None,
     ("acquires", "Harlow Bancorp", "Tarnmoor Group")),
    # near misses: its assets, or the company itself from a seller
    ("Harlow Bancorp acquired substantially all of the assets of Tarnmoor Group.",
     ("acquires", "Harlow Bancorp", "Tarnmoor Group"), None),
    ("Harlow Bancorp bought Tarnmoor Group from Quillon Labs.",
     ("acquires", "Harlow Bancorp", "Tarnmoor Group"), None),
])
def test_buying_a_part_of_a_company(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def test_a_name_with_its_after_its_verb_is_a_company() -> None:
    text = ("When Tarnwell rebuilt its support assistant last year, the software company switched "
            "from OpenAI's GPT-4 to Anthropic's Claude. In Tarnwell's own tests, Claude settled "
            "more cases than GPT-4o did, said Ines Marlow, the company's chief executive.")
    found = facts(text, "en")
    assert ("ceoOf", "Ines Marlow", "Tarnwell") in found
    assert ("ceoOf", "Ines Marlow", "OpenAI") not in found
    # near miss: a conjunction before "its" says nothing of the name before it
    article = article_from_bytes(b"Quarrow and its sequels sold well.", "t.txt", "text", "en")
    assert all(m.type != "Organization" for m in extract_article(article).mentions)


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a company's possessive before a title is no person's name ("Harlow" is a first name)
    ("Ruth Abernathy, Harlow Bancorp's Chairman and CEO, said the bank was strong.",
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp"), None),
    # the title's abbreviation in parentheses
    ("Ruth Abernathy was the chief executive officer (CEO) of Harlow Bancorp.",
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp"), None),
    # near misses: another chief's abbreviation; a chairman only
    ("Ruth Abernathy was the chief financial officer (CFO) of Harlow Bancorp.", None,
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp")),
    ("Ruth Abernathy, Harlow Bancorp's Chairman, said the bank was strong.", None,
     ("ceoOf", "Ruth Abernathy", "Harlow Bancorp")),
])
def test_titles_after_a_companys_possessive_or_with_their_abbreviation(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found
    assert not any(s.endswith("'s") for _, s, _ in found)


def test_a_language_adjective_is_no_model() -> None:
    found = facts("Tarnwell released its own Korean-language model, Tarn-1, in May.", "en")
    assert ("developedBy", "Tarn-1", "Tarnwell") in found
    assert not any(s == "Korean-language" for _, s, _ in found)
    # near miss: a hyphenated model name is still one
    assert ("developedBy", "Tarn-Lingo", "Tarnwell") in facts(
        "Tarnwell released its own model, Tarn-Lingo, in May.", "en")


@pytest.mark.parametrize(("text", "fact"), [
    # a round's leaders after a comma, and the other backers of a Series round
    ("Quillon Labs has raised $80 million, led by Tarnfield Partners and Nvidia.",
     ("investsIn", "Nvidia", "Quillon Labs")),
    ("Quillon Labs closed a $80 million Series B led by Tarnfield Partners, with participation "
     "from Samsung and Bosch.", ("investsIn", "Bosch", "Quillon Labs")),
    # backers named before the company
    ("Backed by Tarnfield Partners and Nvidia, Quillon Labs raised $80 million.",
     ("investsIn", "Tarnfield Partners", "Quillon Labs")),
    # an amount before the partnership
    ("Quillon Labs and Anthropic announced a $40 million partnership.",
     ("partnersWith", "Quillon Labs", "Anthropic")),
    # models named after a description of the mix
    ("Quillon Labs relies on a mix of models, including Claude and Gemini.",
     ("uses", "Quillon Labs", "Gemini")),
    # pilots and trials are use
    ("Kestrel Freight is piloting Claude in its call centres.",
     ("uses", "Kestrel Freight", "Claude")),
    ("Quillon Labs trialled Gemini for six months.", ("uses", "Quillon Labs", "Gemini")),
    # the model named after "its ... model"
    ("Mistral AI unveiled its most capable model yet, Mistral Large 3.",
     ("developedBy", "Mistral Large 3", "Mistral AI")),
    ("With Grok 5, xAI has released its largest model so far.",
     ("developedBy", "Grok 5", "xAI")),
])
def test_more_news_phrasings_of_rounds_partners_uses_and_launches(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "wrong"), [
    # "led by" something that is no investor
    ("Quillon Labs said revenue rose to $80 million, led by cloud sales at Tarnfield Partners.",
     ("investsIn", "Tarnfield Partners", "Quillon Labs")),
    # "backed by" chips is no backer, and a fronted backer of a product is no investor
    ("Backed by Nvidia chips, Quillon Labs trained a model.",
     ("investsIn", "Nvidia", "Quillon Labs")),
    # the plural noun is no verb of use
    ("Kestrel Freight's pilots tested Claude.", ("uses", "Kestrel Freight", "Claude")),
    # a deal to buy is no partnership
    ("Quillon Labs and Anthropic struck a $2 billion deal under which Anthropic will acquire "
     "Quillon Labs.", ("partnersWith", "Quillon Labs", "Anthropic")),
    # a product rolled out with a model is not the model's own launch
    ("With ChatGPT, Klarna has rolled out its support bot.", ("developedBy", "ChatGPT", "Klarna")),
])
def test_more_news_phrasings_near_misses(text: str, wrong: tuple) -> None:
    assert wrong not in facts(text, "en")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a CEO title after a person, with no company of its own, stands for the company the text
    # is about: in brackets, or after "appointed"/"named"/"became"
    ("Vantor Health is a software firm in Ohio. It was founded by Delia Harcourt and Paul "
     "Orvel. Harcourt (President and CEO) and Orvel (CFO) left the firm in 1991, which saw "
     "Otto Lindqvist appointed President and CEO.",
     ("ceoOf", "Delia Harcourt", "Vantor Health"), ("ceoOf", "Paul Orvel", "Vantor Health")),
    ("Vantor Health is a software firm in Ohio. It was founded by Delia Harcourt and Paul "
     "Orvel. Harcourt (President and CEO) and Orvel (CFO) left the firm in 1991, which saw "
     "Otto Lindqvist appointed President and CEO.",
     ("ceoOf", "Otto Lindqvist", "Vantor Health"), None),
    ("Vantor Health is a software firm in Ohio. In 2004 Delia Harcourt was appointed CEO.",
     ("ceoOf", "Delia Harcourt", "Vantor Health"), None),
    # near misses: another chief's job, a company named after the title, a title in
    # brackets after another title
    ("Vantor Health is a software firm in Ohio. In 2004 Delia Harcourt was appointed CFO.",
     None, ("ceoOf", "Delia Harcourt", "Vantor Health")),
    ("Vantor Health is a software firm in Ohio. In 2004 Delia Harcourt became CEO and "
     "chairman of Pardo Mills.",
     ("ceoOf", "Delia Harcourt", "Pardo Mills"), ("ceoOf", "Delia Harcourt", "Vantor Health")),
    ("Vantor Health is a software firm in Ohio. Delia Harcourt is the chief executive officer "
     "(CEO) of Pardo Mills.",
     ("ceoOf", "Delia Harcourt", "Pardo Mills"), ("ceoOf", "Delia Harcourt", "Vantor Health")),
])
def test_a_ceo_title_after_the_name_stands_for_the_topic(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a person before a preposition and "the CEO of Y" is not that CEO
    ("Delia Harcourt reports to the CEO of Tarnwick Mills.", None,
     ("ceoOf", "Delia Harcourt", "Tarnwick Mills")),
    ("Delia Harcourt met with the chief executive of Tarnwick Mills in May.", None,
     ("ceoOf", "Delia Harcourt", "Tarnwick Mills")),
    ("Delia Harcourt, the CEO of Tarnwick Mills, met investors in May.",
     ("ceoOf", "Delia Harcourt", "Tarnwick Mills"), None),
    ("Delia Harcourt has served as CEO of Tarnwick Mills since 2009.",
     ("ceoOf", "Delia Harcourt", "Tarnwick Mills"), None),
    # an award is no company
    ("Delia Harcourt was named CEO of the Year by a trade magazine.", None,
     ("ceoOf", "Delia Harcourt", "Year")),
    # a name after an article or "at" fills no person slot: the person is named before it
    ("Delia Harcourt, a former Tarnwick Mills executive, is CEO of Quell Labs.",
     ("ceoOf", "Delia Harcourt", "Quell Labs"), ("ceoOf", "Tarnwick Mills", "Quell Labs")),
    ("Delia Harcourt worked at Tarnwick Mills before becoming CEO of Quell Labs.", None,
     ("ceoOf", "Tarnwick Mills", "Quell Labs")),
])
def test_who_holds_the_ceo_title(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a filing's short name in brackets and then a clause between commas before the verb
    ("Last year Tarnwick Dental Group, L.L.P. (Tarnwick), which is majority-owned by Orrin "
     "Health, acquired Pellham Imaging.",
     ("acquires", "Tarnwick Dental Group", "Pellham Imaging"),
     ("acquires", "Orrin Health", "Pellham Imaging")),
    # near miss: the company inside the clause is not the buyer
    ("Tarnwick Mills (Tarnwick), which was bought by Orrin Health in 2001, acquired Pellham "
     "Imaging in May.",
     ("acquires", "Tarnwick Mills", "Pellham Imaging"),
     ("acquires", "Orrin Health", "Pellham Imaging")),
])
def test_a_bracket_and_a_clause_before_the_verb(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "US$" after a name is the amount's currency, not the name's last word
    ("Powell Technologies bought QRVX for US$40 million, its filing shows.",
     ("acquires", "Powell Technologies", "QRVX"),
     ("acquires", "Powell Technologies", "QRVX for US")),
    # a bank holding company's designator: no person "Orrin Bankshares"
    ("Orrin Bankshares acquired Pellham Trust Company in 2012.",
     ("acquires", "Orrin Bankshares", "Pellham Trust"), None),
    # the seller after "sold by" is not what was sold
    ("Tarnwick Midstream was sold by Pellham Resources to Orrin Energy Partners.",
     ("acquires", "Orrin Energy Partners", "Tarnwick Midstream"),
     ("acquires", "Orrin Energy Partners", "Pellham Resources")),
    ("Pellham Resources sold Tarnwick Midstream to Orrin Energy Partners.",
     ("acquires", "Orrin Energy Partners", "Tarnwick Midstream"),
     ("acquires", "Orrin Energy Partners", "Pellham Resources")),
])
def test_filing_names_and_sellers(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a product built on a model in a relative clause or participle: its maker uses the model
    ("Kelmont Bank launched an assistant called Orla, which runs on GPT-4o.",
     ("uses", "Kelmont Bank", "GPT-4o"), None),
    ("Kelmont Bank launched an assistant called Orla built on GPT-4o.",
     ("uses", "Kelmont Bank", "GPT-4o"), None),
    ("SAP's Joule assistant draws on GPT-4o for its answers.", ("uses", "SAP", "GPT-4o"), None),
    ("Dravo rolled out its new AI agent, Pim, to 9,000 staff. Pim is built on Claude.",
     ("developedBy", "Pim", "Dravo"), None),
    ("Dravo rolled out its new AI agent, Pim, to 9,000 staff. Pim is built on Claude.",
     ("uses", "Dravo", "Claude"), None),
    # near miss: the product is compared with the model, not built on it
    ("Kelmont Bank launched an assistant called Orla, which beats GPT-4o on speed.",
     None, ("uses", "Kelmont Bank", "GPT-4o")),
    # "a custom version of", "draws on", "one of the largest customers of"
    ("Apple will use a custom version of Gemini to power Siri.", ("uses", "Apple", "Gemini"), None),
    ("Harbin Freight became one of the largest customers of Amazon Bedrock.",
     ("uses", "Harbin Freight", "Amazon Bedrock"), None),
    # replacing one model with another: the new one is used
    ("Tolvik replaced GPT-4o with Claude in its support app.", ("uses", "Tolvik", "Claude"),
     ("uses", "Tolvik", "GPT-4o")),
    ("Tolvik dropped GPT-4o in favour of Claude last spring.", ("uses", "Tolvik", "Claude"),
     ("uses", "Tolvik", "GPT-4o")),
    # a company's staff use a tool
    ("Tolvik engineers now write code with Claude Code.", ("uses", "Tolvik", "Claude Code"), None),
    ("Tolvik's 4,000 lawyers use Microsoft 365 Copilot every day.",
     ("uses", "Tolvik", "Microsoft 365 Copilot"), None),
    # near miss: the staff of a customer, said of the vendor, do not use it
    ("Tolvik engineers built Claude Code integrations for clients.", None,
     ("uses", "Tolvik", "Claude Code")),
    # adding a product to one's own system uses it; adding one to the lineup does not
    ("Mercedes-Benz adds ChatGPT to its MBUX infotainment system.",
     ("uses", "Mercedes-Benz", "ChatGPT"), None),
    ("Kestrel added the Lumo app to its product lineup.", None, ("uses", "Kestrel", "Lumo")),
])
def test_news_ways_of_saying_uses(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Qwen 3 knocked GPT-4o off the top spot on the coding leaderboard.",
     ("surpasses", "Qwen 3", "GPT-4o"), None),
    # near miss: knocked off something that is no ranking
    ("Qwen 3 knocked GPT-4o off the front page of the forum.", None,
     ("surpasses", "Qwen 3", "GPT-4o")),
])
def test_knocked_off_the_top_spot(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a product noun after an unknown name, with or without a kind word before it
    ("Volkswagen is integrating ChatGPT into its IDA voice assistant.", "IDA", "Product"),
    ("Kestrel showed the Lumen headset on Monday.", "Lumen", "Product"),
    ("Dravo launched Pim, its AI agent, last year.", "Pim", "Product"),
    # the company's owner split off a product: "Quorvel's Tessa app"
    ("Brightline uses Quorvel's Tessa app to book appointments.", "Tessa", "Product"),
    ("Brightline uses Quorvel's Tessa app to book appointments.", "Quorvel", "Organization"),
    # near miss: "the company's" is a possessive, not what the name is
    ("Palton Max, the company's paid tier, costs $30 a month.", "Palton Max", None),
])
def test_product_names_in_news(text: str, name: str, kind: str | None) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    types = {m.text: m.type for m in extract_article(article).mentions}
    if kind is None:
        assert types.get(name) not in ("Organization",)
    else:
        assert types.get(name) == kind


def test_a_title_with_a_possessive_and_no_product_noun_stays_whole() -> None:
    article = article_from_bytes(b"Players explore Harrow's Gate and other worlds.",
                                 "t.txt", "text", "en")
    texts = {m.text for m in extract_article(article).mentions}
    assert "Harrow's Gate" in texts and "Harrow" not in texts


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Corvane has taken over the Danish chip designer Halvar.",
     ("acquires", "Corvane", "Halvar"), None),
    ("The market shrank. Brixel is now owned by Corvane.", ("acquires", "Corvane", "Brixel"),
     None),
    ("The market shrank. Brixel's new owner, Corvane, plans layoffs.",
     ("acquires", "Corvane", "Brixel"), ("developedBy", "Corvane", "Brixel")),
    ("Corvane, Brixel's new owner, plans layoffs.", ("acquires", "Corvane", "Brixel"), None),
    ("After acquiring Brixel in 2023, Corvane expanded into robotics.",
     ("acquires", "Corvane", "Brixel"), None),
    # a full name after "acquisition of" is a company named after its founder
    ("Corvane's acquisition of Marta Lindqvist closed last week.",
     ("acquires", "Corvane", "Marta Lindqvist"), None),
    # near misses: an owner who is a buyer of something else; buying the product, not the firm
    ("After buying Brixel chips for years, Corvane designed its own.", None,
     ("acquires", "Corvane", "Brixel")),
    ("Brixel's owner, Corvane, denied the report.", ("acquires", "Corvane", "Brixel"), None),
    ("Brixel's biggest customer, Corvane, denied the report.", None,
     ("acquires", "Corvane", "Brixel")),
])
def test_news_ways_of_saying_acquires(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Meta has tapped Broadcom to help design its custom chips.",
     ("partnersWith", "Meta", "Broadcom"), None),
    ("Volkswagen and Rivian set up a joint venture to develop software.",
     ("partnersWith", "Volkswagen", "Rivian"), None),
    ("Google is partnering with Tarrow Optics on smart glasses.",
     ("partnersWith", "Google", "Tarrow Optics"), None),
    ("Anthropic counts Amazon and Google as its main cloud partners.",
     ("partnersWith", "Anthropic", "Google"), None),
    # near misses: tapped for something else; counted as investors, not partners
    ("Meta tapped Broadcom to lead the review.", None, ("partnersWith", "Meta", "Broadcom")),
    ("Anthropic counts Amazon and Google as its biggest investors.", None,
     ("partnersWith", "Anthropic", "Google")),
])
def test_news_ways_of_saying_partners(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Claude Opus 4 is now second, behind GPT-5.", ("surpasses", "GPT-5", "Claude Opus 4")),
    ("Claude Opus 4 is third behind GPT-5 on the list.", ("surpasses", "GPT-5", "Claude Opus 4")),
])
def test_a_place_before_behind(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a name and a letter-number model code is a device or chip
    ("Features on the Corvo X25 are powered by Gemini Nano.", "Corvo X25", "Product"),
    ("The Tarn G5 beat the previous Tarn G4 by a third.", "Tarn G4", "Product"),
    ("Dorvik has built its Quiet Mode feature with models from OpenAI.", "Quiet Mode", "Product"),
    # near misses: a quarter, a room
    ("Revenue in Q3 rose. Sales Q4 fell.", "Sales Q4", "Name"),
    ("Room B12 was empty on Monday.", "Room B12", "Name"),
])
def test_model_codes_and_features_are_products(text: str, name: str, kind: str) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    types = {m.text: m.type for m in extract_article(article).mentions}
    assert types.get(name, "Name") == kind


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a cue word ending the headline is no cue for the name opening the next paragraph
    ("Dunmore Mutual bets on a new quoting app\n\nDunmore Mutual, a Welsh insurer, "
     "now runs its quotes on Claude.", ("uses", "Dunmore Mutual", "Claude"), None),
    # "a customer of X" makes X a company; "the regional airline" refers back to it
    ("If a customer of Tarnby Air phones in, a bot made by Quillon replies. The regional "
     "airline moved to Quillon's Relay platform last year.", ("uses", "Tarnby Air", "Relay"),
     ("developedBy", "Tarnby Air", "Quillon")),
    ("Qualcomm says the chip beats Apple's M4. Its Snapdragon X2 Elite is new.", None, None),
    ("Velmora builds its Strato 5 laptop around Snapdragon X2 Elite chips.",
     ("uses", "Velmora", "Snapdragon X2 Elite"), None),
    ("Ashby Legal, a law firm, pays for Harvey, an AI assistant for lawyers.",
     ("uses", "Ashby Legal", "Harvey"), None),
    ("Rennick Bank runs its chatbot, Pennant, which is hosted on Amazon Bedrock.",
     None, ("uses", "Pennant", "Amazon Bedrock")),
    # "X, whose chief executive Y"; near miss: whose investor
    ("The main rival is Quorra, whose chief executive Dana Whitlock founded it in 2021.",
     ("ceoOf", "Dana Whitlock", "Quorra"), None),
    ("The main rival is Quorra, whose investor Dana Whitlock sold her stake.",
     None, ("ceoOf", "Dana Whitlock", "Quorra")),
])
def test_news_articles_with_headlines_and_anaphora(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def test_a_chatbot_nicknamed_is_a_product() -> None:
    text = "Staff at the bank test a chatbot nicknamed Fenwick."
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    assert {m.text: m.type for m in extract_article(article).mentions}.get("Fenwick") == "Product"


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a product and a model listed together after "uses"
    ("Dornfeld uses Copilot and Llama in its phones.", ("uses", "Dornfeld", "Llama"), None),
    ("Dornfeld uses Microsoft Copilot and Meta's Llama in its phones.",
     ("uses", "Dornfeld", "Llama"), None),
    # near miss: a company in the list is no product
    ("Dornfeld uses Copilot and Nvidia in its phones.", ("uses", "Dornfeld", "Microsoft Copilot"),
     ("uses", "Dornfeld", "Nvidia")),
])
def test_a_model_and_a_product_listed_together(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a model's name and "app" is the app
    ("Google's Gemini app overtook ChatGPT in the store.", ("surpasses", "Gemini app", "ChatGPT"),
     ("surpasses", "Gemini", "ChatGPT")),
    ("Samsung preinstalls the Gemini app on its phones.", ("uses", "Samsung", "Gemini app"), None),
    # near miss: the plural is no product's name
    ("Google said Gemini apps are slow.", None, ("developedBy", "Gemini apps", "Google")),
    # running on many chips; expanding the use of them
    ("Under the deal, OpenAI will run its workloads on hundreds of thousands of Nvidia GB200 "
     "processors.", ("uses", "OpenAI", "GB200"), None),
    ("Anthropic said it would expand its use of Google's TPUs.", ("uses", "Anthropic", "TPU"),
     None),
    # near miss: "the use of" is a noun, and the one who speaks of it does not use it
    ("Corvane criticised the use of Claude in schools.", None, ("uses", "Corvane", "Claude")),
    ("xAI's Grok 4 climbed above Claude Opus 4 on the leaderboard.",
     ("surpasses", "Grok 4", "Claude Opus 4"), None),
    ("In October OpenAI agreed to co-develop custom chips with Broadcom.",
     ("partnersWith", "OpenAI", "Broadcom"), None),
    ("OpenAI signed a seven-year agreement worth $38 billion with Oracle.",
     ("partnersWith", "OpenAI", "Oracle"), None),
    # near miss: a merger agreement is no partnership
    ("OpenAI signed a merger agreement worth $3 billion with Quorra.", None,
     ("partnersWith", "OpenAI", "Quorra")),
])
def test_news_apps_chips_and_deals(text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "the ChatGPT maker", "the Claude developer": the company that makes it
    ("Revenue grew fast. The ChatGPT maker runs its workloads on Nvidia GB200 chips.",
     ("uses", "OpenAI", "GB200"), ("uses", "ChatGPT", "GB200")),
    ("Google invested again. The Claude developer already trains on Amazon's Trainium chips.",
     ("uses", "Anthropic", "Trainium"), None),
    # near miss: a maker the catalogue does not know is no company named
    ("The Quorra maker said it grew, and Corvane trained its model on Wikipedia articles.", None,
     ("uses", "Corvane", "Wikipedia")),
])
def test_the_product_maker_is_its_company(text: str, fact: tuple | None,
                                          wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def test_the_product_in_its_maker_phrase_stays_an_entity_of_the_article() -> None:
    text = "Revenue grew fast. The ChatGPT maker runs its workloads on Nvidia GB200 chips."
    article = article_from_bytes(text.encode(), "t.txt", "text", "en")
    named = {(m.text, m.type) for m in extract_article(article).mentions}
    assert ("ChatGPT", "Product") in named or ("ChatGPT", "AIModel") in named


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # the first word of a company named in full is that company on second mention
    ("Ashvale Mutual, a Welsh insurer, grew. Fiona Crane, Ashvale's chief executive, said so.",
     ("ceoOf", "Fiona Crane", "Ashvale Mutual"), None),
    ("Ashvale Mutual, a Welsh insurer, grew. The work was done with Accenture, which has "
     "worked with Ashvale since 2023.", ("partnersWith", "Accenture", "Ashvale Mutual"), None),
    # near miss: two companies share the word, so it names neither
    ("Ashvale Mutual, a Welsh insurer, and Ashvale Capital, a fund, grew. Fiona Crane, "
     "Ashvale's chief executive, said so.", None, ("ceoOf", "Fiona Crane", "Ashvale Mutual")),
])
def test_a_company_s_first_word_on_second_mention(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def investments(text: str, lang: str) -> set[tuple]:
    """(investor, amount, currency) of every asserted invests fact."""
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    return {(r.subject.key, r.amount, r.currency)
            for r in extract_article(article).relations
            if r.predicate == "invests" and not r.hedged}


# one investor's own sum, said without "invest": put in, chip in, an investment of ... by,
# raised from one investor, beisteuern, a relative clause after the investor
OWN_SUM = [
    ("en", "Harlow Capital put in roughly $90 million of the total, a person familiar with "
     "the terms said.", ("Harlow Capital", "90000000", "USD")),
    ("en", "Vantor Group chipped in $20 million.", ("Vantor Group", "20000000", "USD")),
    ("en", "The agreement includes an investment of up to $4 billion by Vantor Group in "
     "Kelmira Systems.", ("Vantor Group", "4000000000", "USD")),
    ("en", "Kelmira Systems got a $4 billion equity investment from Vantor Group.",
     ("Vantor Group", "4000000000", "USD")),
    ("en", "Kelmira Systems raised €400m from Vantor Group, the company said.",
     ("Vantor Group", "400000000", "EUR")),
    ("de", "Die Vantor Group steuerte rund 200 Millionen Euro zu der Runde bei.",
     ("Vantor Group", "200000000", "EUR")),
    ("de", "Die Vantor Group hat 200 Millionen Euro beigesteuert.",
     ("Vantor Group", "200000000", "EUR")),
    ("de", "Neu an Bord ist der Industriekonzern Vantor Group, der allein 20 Millionen Euro "
     "beisteuert.", ("Vantor Group", "20000000", "EUR")),
]


@pytest.mark.parametrize(("lang", "text", "fact"), OWN_SUM, ids=[t[:50] for _, t, _ in OWN_SUM])
def test_one_investors_own_sum_is_an_investment(lang: str, text: str, fact: tuple) -> None:
    assert fact in investments(text, lang)


NOT_OWN_SUM = [
    # a bid, a purchase commitment, revenue, several investors, hedged or denied
    ("en", "Harlow Capital put in a $5 billion bid for Kelmira Systems."),
    ("en", "Harlow Capital put in $5 billion bid for Kelmira Systems."),
    ("en", "Kelmira Systems committed in March to buy roughly $300 billion of computing "
     "capacity from Harlow Capital over five years."),
    ("en", "Kelmira Systems raised €400m from Vantor Group and Harlow Capital."),
    ("en", "Kelmira Systems raised €400m from Vantor Group, Harlow Capital and Osk Ventures."),
    ("en", "Kelmira Systems raised €400m from investors including Vantor Group."),
    ("en", "Harlow Capital could put in $90 million."),
    ("en", "Kelmira Systems, valued at $5 billion by Harlow Capital, is hiring."),
    ("de", "Die Vantor Group steuerte 200 Millionen Euro zum Umsatz bei."),
    ("de", "Die Vantor Group steuerte 200 Millionen Euro Umsatz bei."),
    ("de", "Die Sparte gehört zur Vantor Group, die 2 Milliarden Euro zum Ergebnis beisteuerte."),
    ("de", "Die Vantor Group erwägt, 50 Millionen Euro beizusteuern."),
    ("de", "Die Vantor Group hat keine 50 Millionen Euro beigesteuert."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_OWN_SUM, ids=[t[:50] for _, t in NOT_OWN_SUM])
def test_no_own_sum_without_one_investor_paying_it(lang: str, text: str) -> None:
    assert not investments(text, lang)


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Vantor Capital and Harlow Ventures are both among Kelmira's investors.",
     ("investsIn", "Harlow Ventures", "Kelmira"), None),
    ("Vantor Capital is one of Kelmira Systems' largest backers.",
     ("investsIn", "Vantor Capital", "Kelmira Systems"), None),
    ("Vantor Capital is among Kelmira's biggest customers.",
     None, ("investsIn", "Vantor Capital", "Kelmira")),
    ("Kelmira Systems, which counts Vantor Capital among its largest backers, is hiring.",
     ("investsIn", "Vantor Capital", "Kelmira Systems"), None),
    ("Vantor Capital is also a Kelmira Systems shareholder.",
     ("investsIn", "Vantor Capital", "Kelmira Systems"), None),
    ("Vantor Capital is a Kelmira Systems customer.",
     None, ("investsIn", "Vantor Capital", "Kelmira Systems")),
    # the round after "as did": the investors after it are in it too
    ("Kelmira Systems raised $40 million. Osk Ventures joined the round, as did existing "
     "investors Vantor Capital and Harlow Ventures.",
     ("investsIn", "Harlow Ventures", "Kelmira Systems"), None),
    # "Y's investors" are Y's, not those of a company that raised money before
    ("Kelmira Systems raised $40 million last year. Lonfield's investors include Vantor "
     "Capital and Harlow Ventures, which jointly led a $131 million round in June.",
     ("investsIn", "Vantor Capital", "Lonfield"), ("investsIn", "Vantor Capital",
                                                   "Kelmira Systems")),
])
def test_investors_named_with_the_company_they_back(text: str, fact: tuple | None,
                                                     wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Kelmira AG aus Gilching, Hersteller der Drohne Falke, schloss eine Runde über "
     "160 Millionen Euro ab, die von Vantor Capital angeführt wurde.",
     ("investsIn", "Vantor Capital", "Kelmira")),
    ("Die Kelmira AG schloss eine Finanzierungsrunde über 60 Millionen Euro ab, die von "
     "Vantor Capital und Osk Ventures angeführt wurde.",
     ("investsIn", "Osk Ventures", "Kelmira")),
])
def test_german_round_closed_and_led_in_a_relative_clause(text: str, fact: tuple) -> None:
    assert fact in facts(text, "de")


@pytest.mark.parametrize(("lang", "text", "investors", "not_investor"), [
    # an investing arm's stake is its parent's too
    ("en", "Kelmira Systems raised $40 million in a round led by Vantor Capital, with Osk "
     "Group's venture arm Osk Ventures and Jane Roe also investing.",
     {"Osk Ventures", "Osk Group", "Vantor Capital"}, None),
    ("de", "Die Kelmira AG sammelte 180 Millionen Dollar ein. Die Runde führte der "
     "Wagniskapitalgeber Vantor Capital an, Nvidias Investmentarm NVentures stieg neu ein.",
     {"NVentures", "Nvidia", "Vantor Capital"}, None),
    # "stiegen ein" after a raise: they joined the round
    ("de", "Die Kelmira AG sammelte 180 Millionen Dollar ein. Auch Osk Ventures und Harlow "
     "Capital stiegen ein.", {"Osk Ventures", "Harlow Capital"}, None),
    # the company's own business, no round
    ("de", "Die Kelmira AG sammelte 180 Millionen Dollar ein. Die Vantor Group stieg 2019 in "
     "das Geschäft mit Drohnen ein.", set(), "Vantor Group"),
    # a fund named after its parent is one investor
    ("en", "Kelmira Systems raised $5 million. Samsung Catalyst Fund, the venture arm of the "
     "electronics group, and Harlow Capital joined the round.",
     {"Samsung Catalyst Fund", "Harlow Capital"}, "Catalyst Fund"),
])
def test_investors_of_a_round_and_their_parents(lang: str, text: str, investors: set,
                                                not_investor: str | None) -> None:
    found = {s for p, s, _ in facts(text, lang) if p == "investsIn"}
    assert investors <= found
    assert not_investor not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # buying a cloud's services or capacity uses it
    ("OpenAI has promised to buy a further $250 billion of Azure services.",
     ("uses", "OpenAI", "Microsoft Azure"), None),
    ("Corvane buys Azure capacity for its models.", ("uses", "Corvane", "Microsoft Azure"), None),
    # near miss: buying a company's shares is no use of anything
    ("OpenAI bought $10 billion of Microsoft shares.", None, ("uses", "OpenAI", "Microsoft")),
])
def test_buying_cloud_services_uses_the_cloud(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("Vantor Group has taken a stake of about 3% in Kelmira Systems, a bet worth roughly "
     "$3.5 billion, to deepen the partnership.", ("Vantor Group", "3500000000", "USD")),
    ("Vantor Group took a minority stake in Kelmira Systems worth $200 million.",
     ("Vantor Group", "200000000", "USD")),
    # holding a stake says what it is worth now, not what was paid; a company's value is
    # no price of a stake; a hedged purchase is not asserted
    ("Vantor Group holds a stake in Kelmira Systems worth $2 billion.", None),
    ("Vantor Group took a stake in Kelmira Systems, valued at $5 billion.", None),
    ("Vantor Group could take a stake in Kelmira Systems worth $200 million.", None),
])
def test_a_stake_taken_for_a_sum(text: str, fact: tuple | None) -> None:
    found = investments(text, "en")
    assert fact in found if fact else not found


@pytest.mark.parametrize(("text", "fact", "investee"), [
    ("Die Vantor Group übernimmt für 400 Millionen Euro einen Anteil von zehn Prozent an der "
     "Kelmira AG.", ("Vantor Group", "400000000", "EUR"), True),
    ("Die Vantor Group zahlt 400 Millionen Euro für einen Anteil von zehn Prozent an der "
     "Kelmira AG.", ("Vantor Group", "400000000", "EUR"), True),
    ("Die Vantor Group kauft sich für 400 Millionen Euro bei der Kelmira AG ein.",
     ("Vantor Group", "400000000", "EUR"), True),
    # a stake without a sum is a stake; hedged or a share of costs is none
    ("Die Vantor Group erwirbt 10 Prozent an der Kelmira AG.", None, True),
    ("Die Vantor Group könnte für 400 Millionen Euro einen Anteil an der Kelmira AG erwerben.",
     None, False),
    ("Die Vantor Group erwägt, sich für 400 Millionen Euro bei der Kelmira AG einzukaufen.",
     None, False),
    ("Die Vantor Group übernimmt 10 Prozent der Kosten bei der Kelmira AG.", None, False),
])
def test_german_stake_bought_for_a_sum(text: str, fact: tuple | None, investee: bool) -> None:
    found = investments(text, "de")
    assert fact in found if fact else not found
    assert (("investsIn", "Vantor Group", "Kelmira") in facts(text, "de")) is investee


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a compound adjective in the gap is no preposition: "London-based" is not "based on"
    ("Salesforce agreed to buy London-based data startup Quillfeather Ltd. for $450 million.",
     ("acquires", "Salesforce", "Quillfeather"), None),
    ("Harlow Analytics acquired Ohio-based software maker Tessary Inc. in March.",
     ("acquires", "Harlow Analytics", "Tessary"), None),
    # near miss: a service bought from a company is no takeover of it
    ("Acme acquired a cloud-based service from Quillfeather Ltd. last year.", None,
     ("acquires", "Acme", "Quillfeather")),
])
def test_a_compound_adjective_before_the_bought_company(text: str, fact: tuple | None,
                                                        wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a description's head noun types an unknown product: a robot, a headset
    ("Marrow Robotics launched Kelpie, a warehouse robot, last week.",
     ("developedBy", "Kelpie", "Marrow Robotics"), None),
    # "platform" or "service" names a product when its maker follows ...
    ("Vantis Bank uses Copperleaf, a fraud-detection platform from Ostrava Systems.",
     ("uses", "Vantis Bank", "Copperleaf"), None),
    ("Kelvin Bank moved to Fathom, a cloud service from Amazon.",
     ("uses", "Kelvin Bank", "Fathom"), None),
    # ... and stays open without one: a company is often "a platform" too
    ("Dana Whitlow is chief executive of Hopscotch, a volunteer platform.",
     ("ceoOf", "Dana Whitlow", "Hopscotch"), None),
    # a possessive before a product head noun splits into maker and product
    ("Norwind's Zephyr 3 smartphone ships with a larger battery.",
     ("developedBy", "Zephyr 3", "Norwind"), None),
    # an unknown name's possessive before a product is its maker
    ("Quorvex's new Pulsewave headset goes on sale in March.",
     ("developedBy", "Pulsewave", "Quorvex"), None),
    # a kind of product before a name in commas, a description of a bare "agent"
    ("Brellow shelved its older phone, Kestra, and Helix Bank now uses Kestra.",
     ("uses", "Helix Bank", "Kestra"), None),
    ("Helix Bank relies on Fennel, an agent that answers customer calls.",
     ("uses", "Helix Bank", "Fennel"), None),
    # a joined name with a letter-number code and a trim word
    ("Harlan Motors ships the Veloce GT7 Sport; Tarn Rental uses the Veloce GT7 Sport.",
     ("uses", "Tarn Rental", "Veloce GT7 Sport"), None),
    # "uses it in X": the pronoun is what is used, X is where
    ("Ostrava Systems uses it in the ThinkPad X1 Carbon.", None,
     ("uses", "Ostrava Systems", "ThinkPad X1 Carbon")),
    # near misses: a day is no maker; a verb between is no possessive phrase; a backer no maker
    ("Tuesday's Pulsewave headset launch drew crowds.", None,
     ("developedBy", "Pulsewave", "Tuesday")),
    ("Brandt Review's testers liked Pulsewave.", None,
     ("developedBy", "Pulsewave", "Brandt Review")),
    ("In Brandt Review's own tests, Pulsewave lasted nine hours.", None,
     ("developedBy", "Pulsewave", "Brandt Review")),
    ("Trellis, a note-taking app backed by Sequoia, raised $20 million.", None,
     ("developedBy", "Trellis", "Sequoia Capital")),
])
def test_unknown_products_and_their_makers(text: str, fact: tuple | None,
                                           wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a company in a compound adjective ("Nvidia-backed") is no party of the clause's verb:
    # the verb's object is the noun the compound describes
    ("Acme Corp bought the Nvidia-backed startup Lumora for $2 billion.",
     ("acquires", "Acme", "Lumora"), ("acquires", "Acme", "Nvidia")),
    ("Acme Corp partnered with the Sequoia-backed startup Lumora.",
     ("partnersWith", "Acme", "Lumora"), ("partnersWith", "Acme", "Sequoia Capital")),
    ("Helix Bank uses the Google-developed Gemini model.",
     ("uses", "Helix Bank", "Gemini"), None),
    # the compound still states its own fact
    ("Acme Corp bought the Nvidia-backed startup Lumora for $2 billion.",
     ("investsIn", "Nvidia", "Lumora"), None),
])
def test_a_company_in_a_compound_adjective_is_a_modifier(text: str, fact: tuple,
                                                         wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    # an unknown one-word name that launches, unveils or makes a described product is its
    # maker, and so a company
    ("Pellucid introduced Stratos, a chip for edge inference.",
     ("developedBy", "Stratos", "Pellucid")),
    ("Pellucid on Thursday unveiled Stratos, a chip for edge inference.",
     ("developedBy", "Stratos", "Pellucid")),
    ("Last week Corvane announced Halyard, a coding assistant.",
     ("developedBy", "Halyard", "Corvane")),
    ("Velora makes Mosaic, a design tool for architects.", ("developedBy", "Mosaic", "Velora")),
    ("Velora presented Mosaic, a design tool for architects.",
     ("developedBy", "Mosaic", "Velora")),
    # a person, a thing, a possessive or a bare name without a described product is no maker
    ("Tamsin Oyelaran introduced Stratos, a chip for edge inference.", None),
    ("The update introduced Mosaic, a design tool.", None),
    ("Velora's update introduced Mosaic, a design tool.", None),
    ("Garland said Velora makes Mosaic cheaper.", None),
    ("Velora sells Mosaic, a design tool for architects.", None),
])
def test_the_maker_of_a_described_product_is_a_company(text: str, fact: tuple | None) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    ex = extract_article(article)
    found = {(r.predicate, r.subject.key, r.object.key if r.object else None)
             for r in ex.relations if not r.hedged}
    if fact is None:
        assert not {f for f in found if f[0] == "developedBy"}
        return
    assert fact in found
    assert {r.object.type for r in ex.relations if r.object and r.object.key == fact[2]} \
        == {"Organization"}


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a maker named in the product's own noun phrase is its maker; the company that rolls
    # it out to its stores or staff uses it
    ("Harlow Foods rolled out Quaystone, a rota app from Velora, to its shops.",
     ("uses", "Harlow Foods", "Quaystone"), ("developedBy", "Quaystone", "Harlow Foods")),
    ("Harlow Foods rolled out Quaystone, a rota app from Velora, to its shops.",
     ("developedBy", "Quaystone", "Velora"), None),
    ("Dunmore Insurance rolled out Velora's Quaystone app to 4,000 agents.",
     ("uses", "Dunmore Insurance", "Quaystone"),
     ("developedBy", "Quaystone", "Dunmore Insurance")),
    # the phrase's maker outranks the clause's by the whole name, not its first word
    ("Velora Health rolled out Quaystone, a rota app from Velora Labs, to its clinics.",
     ("developedBy", "Quaystone", "Velora Labs"), ("developedBy", "Quaystone", "Velora Health")),
    ("Velora Labs launched Quaystone, a rota app from Velora, in May.",
     ("developedBy", "Quaystone", "Velora Labs"), None),
    # no maker named in the phrase: the company that launches it made it
    ("Velora launched Quaystone, a rota app for shops.",
     ("developedBy", "Quaystone", "Velora"), ("uses", "Velora", "Quaystone")),
])
def test_a_maker_named_in_the_phrase_beats_the_clause_verb(text: str, fact: tuple,
                                                          wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    # staff who have a product, seats and licences bought or handed out, access given
    ("Dunmore Insurance gave its 4,000 agents access to Claude.",
     ("uses", "Dunmore Insurance", "Claude")),
    ("Employees at Dunmore Insurance now have Microsoft 365 Copilot.",
     ("uses", "Dunmore Insurance", "Microsoft 365 Copilot")),
    ("Dunmore Insurance's engineers now have GitHub Copilot.",
     ("uses", "Dunmore Insurance", "GitHub Copilot")),
    ("Harlow Foods has ordered 5,000 Microsoft 365 Copilot licenses for its office workers.",
     ("uses", "Harlow Foods", "Microsoft 365 Copilot")),
    ("Dunmore Insurance bought 12,000 ChatGPT Enterprise seats last quarter.",
     ("uses", "Dunmore Insurance", "ChatGPT Enterprise")),
    # "have to" is no having; the seller of the seats does not use them
    ("Dunmore Insurance's engineers have to approve every change from GitHub Copilot.", None),
    ("Microsoft sold 12,000 Microsoft 365 Copilot licences to Dunmore Insurance.", None),
])
def test_staff_seats_and_access_are_use(text: str, fact: tuple | None) -> None:
    found = {f for f in facts(text, "en") if f[0] == "uses"}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(("text", "fact"), [
    # an apposition names the maker with a contact clause ("the model X released") or "of"
    ("Dell's laptops ship with Quillon, a small model Microsoft built for summaries.",
     ("developedBy", "Quillon", "Microsoft")),
    ("Harlow Foods runs on Tessellate 2, the forecasting model Mistral AI released last week.",
     ("developedBy", "Tessellate 2", "Mistral AI")),
    ("Quaystone, a chatbot that Velora launched in May, has 2 million users.",
     ("developedBy", "Quaystone", "Velora")),
    ("Most users pick Quaystone, the assistant of Paris-based Mistral AI, for planning.",
     ("developedBy", "Quaystone", "Mistral AI")),
    ("Quaystone, the chatbot of the startup Velora, topped the charts.",
     ("developedBy", "Quaystone", "Velora")),
    # a rival, a clone or a favourite of a company is not its product
    ("Quaystone, the favourite app of Velora's staff, got an update.", None),
    ("Quaystone, a clone of Velora's app, was removed.", None),
    ("Quaystone, the main rival app of Salesforce, got an update.", None),
])
def test_an_apposition_names_the_maker(text: str, fact: tuple | None) -> None:
    found = {f for f in facts(text, "en") if f[0] == "developedBy"}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(("text", "fact"), [
    # a company that develops, builds or designs something with another is its partner
    ("Google is developing smart glasses with Samsung.", ("partnersWith", "Google", "Samsung")),
    ("Meta built its Quaystone chip together with Broadcom.",
     ("partnersWith", "Meta", "Broadcom")),
    ("OpenAI will build the chips in partnership with Broadcom.",
     ("partnersWith", "OpenAI", "Broadcom")),
    ("OpenAI is building a data centre in Texas with Oracle.",
     ("partnersWith", "OpenAI", "Oracle")),
    # chips, funding, a process or its own staff "with" are no partner
    ("Google built the model with Nvidia chips.", None),
    ("Mistral AI built its chatbot with funding from Microsoft.", None),
    ("Apple designed the chip with TSMC's newest process.", None),
    ("Meta developed Llama with its own researchers.", None),
])
def test_building_something_with_a_company_is_a_partnership(text: str,
                                                           fact: tuple | None) -> None:
    found = {f for f in facts(text, "en") if f[0] == "partnersWith"}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(("text", "fact"), [
    # a sentence adverb between commas after the subject leaves the clause whole
    ("Brightwell Capital, however, invested $5 million in Tessel Robotics.",
     ("invests", "Brightwell Capital", "Tessel Robotics")),
    ("Harrow Ventures, too, put $2 million into Tessel Robotics.",
     ("invests", "Harrow Ventures", "Tessel Robotics")),
    ("Harrow Ventures, meanwhile, poured $8 million into Tessel Robotics.",
     ("invests", "Harrow Ventures", "Tessel Robotics")),
    ("Harrow Ventures, in turn, invested $3 million in Tessel Robotics.",
     ("invests", "Harrow Ventures", "Tessel Robotics")),
])
def test_a_sentence_adverb_between_commas_is_transparent(text: str, fact: tuple) -> None:
    assert fact in {f for f in facts(text, "en") if f[0] == "invests"}


def test_a_name_between_commas_is_no_sentence_adverb() -> None:
    # "A, B, invested": B is an apposition or a list, A does not invest through it
    text = "Harrow Ventures, Brightwell Capital, invested $5 million in Tessel Robotics."
    assert ("invests", "Harrow Ventures", "Tessel Robotics") not in facts(text, "en")


def test_a_sentence_adverb_keeps_the_hedge() -> None:
    text = "Harrow Ventures, however, did not invest $5 million in Tessel Robotics."
    assert ("invests", "Harrow Ventures", "Tessel Robotics") not in facts(text, "en")


def test_sentence_adverbs_are_read_per_language() -> None:
    # patterns/<lang>/sentence_adverbs.txt: a German adverb between commas is transparent in
    # German, an English sentence with it is not read as if it were absent
    de = "Harrow Ventures, ihrerseits, investierte 5 Millionen Euro in Tessel Robotics."
    assert ("invests", "Harrow Ventures", "Tessel Robotics") in facts(de, "de")
    en = "Harrow Ventures, jedoch, invested $5 million in Tessel Robotics."
    assert ("invests", "Harrow Ventures", "Tessel Robotics") not in facts(en, "en")


@pytest.mark.parametrize(("text", "mention"), [
    # a name ending in a product word is a product
    ("Brightline unveiled Ferro Assistant on Monday.", ("Ferro Assistant", "Product")),
    ("Dunmore Bank moved its payments to Velmora Pay.", ("Velmora Pay", "Product")),
    ("Velmora Chat has ten million users.", ("Velmora Chat", "Product")),
    ("Kestrel Systems shipped Ferro Suite to schools.", ("Ferro Suite", "Product")),
    # ... also when the catalogue knows the product word alone as another maker's product
    ("Halvard Bank gave its staff Tessel Copilot.", ("Tessel Copilot", "Product")),
    # the catalogue's product word alone is still its maker's product
    ("Dunmore Bank uses Copilot for email.", ("Microsoft Copilot", "Product")),
    # a product noun after the name: "its Quorra agent", "the Quorra marketplace"
    ("Tessar picked Claude as the default model for its Quorra agent.", ("Quorra", "Product")),
    ("Upstage sells its models through the Quorra marketplace.", ("Quorra", "Product")),
    # an apposition of an owner and a product noun
    ("Dunmore Bank uses Tarvo, Velmora's coding assistant.", ("Tarvo", "Product")),
    ("Tarvo, Velmora's new AI chatbot, answers tax questions.", ("Tarvo", "Product")),
])
def test_product_names_news_write(text: str, mention: tuple) -> None:
    assert mention in typed(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a kind of software or a headline's capitalised words make no product's name
    ("The Enterprise Suite costs $40 a month.", ("Enterprise Suite", "Product")),
    ("Velmora Launches New App For Banks", ("New App", "Product")),
    # a news desk is no product
    ("The figures were first reported by Harlow Desk.", ("Harlow Desk", "Product")),
    # the owner in the apposition is no product, nor is a person or an investor so described
    ("Dunmore Bank uses Tarvo, Velmora's coding assistant.", ("Velmora", "Product")),
    ("Reyes, Velmora's product chief, left in May.", ("Reyes", "Product")),
    ("Tarvo, Velmora's largest investor, sold its stake.", ("Tarvo", "Product")),
])
def test_no_product_name_news_does_not_write(text: str, wrong: tuple) -> None:
    assert wrong not in typed(text)


@pytest.mark.parametrize("text", [
    "The club hired a new assistant coach on Monday.",
    "Grant Holdings built a platform for growth in Asia.",
])
def test_product_words_alone_name_no_product(text: str) -> None:
    assert not {m for m in typed(text) if m[1] == "Product"}


@pytest.mark.parametrize(("text", "fact"), [
    # a company's product built with a model: the company uses the model
    ("Harlow Bank's shopping assistant was built with OpenAI's GPT-4o.",
     ("uses", "Harlow Bank", "GPT-4o")),
    ("Harlow Bank's new app is built with Claude Sonnet 4.5.",
     ("uses", "Harlow Bank", "Claude Sonnet 4.5")),
    # a company or help it was built with is no model the company uses
    ("Harlow Bank's shopping assistant was built with Nvidia.", None),
    ("Harlow Bank's shopping assistant was built with help from OpenAI.", None),
])
def test_a_product_built_with_a_model_is_use(text: str, fact: tuple | None) -> None:
    found = {f for f in facts(text, "en") if f[0] == "uses"}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(("text", "fact"), [
    # "it" opening the clause after a colon is the company the sentence began with
    ("Dunmore Bank made a bold decision: it switched to Claude.",
     ("uses", "Dunmore Bank", "Claude")),
    # ... but not "it is": no subject of a verb of doing
    ("Dunmore Bank named one risk: it is unclear whether the move to Claude pays off.", None),
])
def test_it_after_a_colon_goes_on_about_the_company(text: str, fact: tuple | None) -> None:
    found = {f for f in facts(text, "en") if f[0] == "uses"}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(("text", "found_facts"), [
    # an unknown "X's Y" as the object of a verb that takes a product: X's product Y
    ("Dunmore Bank uses Velmora's Tarvo to check loans.",
     {("uses", "Dunmore Bank", "Tarvo"), ("developedBy", "Tarvo", "Velmora")}),
    ("Tarnfield Insurance deployed Quillon's Sable to answer claims.",
     {("uses", "Tarnfield Insurance", "Sable"), ("developedBy", "Sable", "Quillon")}),
    # a title, a calendar word or a place after the possessive is no product
    ("Velmora's Chief Executive Anna Kirk said the bank pays monthly.", set()),
    ("Tarnfield Insurance used Velmora's Chief Executive as a reference.", set()),
    ("The lender uses Marlow's Tuesday update.", set()),
    ("Velmora's London office will grow.", set()),
    ("Tarnfield Insurance hired Velmora's Anna Kirk as adviser.", set()),
])
def test_a_possessive_after_a_use_verb_names_the_maker(text: str, found_facts: set) -> None:
    found = {f for f in facts(text, "en") if f[0] in ("uses", "developedBy")}
    assert found == found_facts


@pytest.mark.parametrize(("text", "fact"), [
    # the subject opening a sentence that launches a product "called" X is its maker
    ("Velmora released a tool called Ferro.", ("developedBy", "Ferro", "Velmora")),
    ("On Tuesday, Velmora released a coding assistant named Ferro.",
     ("developedBy", "Ferro", "Velmora")),
    ("Brask has launched a new chatbot dubbed Orla for banks.",
     ("developedBy", "Orla", "Brask")),
    # a statement is no product; a name not opening the sentence is not its subject here
    ("Smith released a statement called Closure.", None),
])
def test_a_sentence_subject_launching_a_named_product_is_its_maker(
        text: str, fact: tuple | None) -> None:
    found = {f for f in facts(text, "en") if f[0] == "developedBy"}
    assert found == ({fact} if fact else set())


@pytest.mark.parametrize(("text", "found_facts"), [
    # a tier word ("Pro", "Ultra") ends a product's name, never a person's: a first name
    # before it makes no person
    ("Harlow Bank uses Tarvo Pro and Claude.",
     {("uses", "Harlow Bank", "Tarvo Pro"), ("uses", "Harlow Bank", "Claude")}),
    ("Harlow Bank bought Tarvo Ultra licences for its staff.",
     {("uses", "Harlow Bank", "Tarvo Ultra")}),
    # a surname stays a surname
    ("Harlow Bank hired Anna Kirk to run its lending arm.", set()),
])
def test_a_tier_word_ends_a_product_name(text: str, found_facts: set) -> None:
    found = {f for f in facts(text, "en") if f[0] == "uses"}
    assert found == found_facts


@pytest.mark.parametrize(("text", "kind"), [
    ("The bank tested Tarvo Mini against GPT-4o.", "Product"),
    ("The bank tested Tarvo Pro against GPT-4o.", "Product"),
    ("Anna Kirk tested the app against GPT-4o.", "Person"),
])
def test_a_tier_word_makes_no_person(text: str, kind: str) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    types = {m.type for m in extract_article(article).mentions if m.text.split()[0] in
             ("Tarvo", "Anna")}
    assert types == {kind}


@pytest.mark.parametrize(("text", "found_facts"), [
    # a product and the maker the catalogue gives it, named in one sentence: its maker
    ("Apple said Siri will answer in more languages from May.", {("developedBy", "Siri", "Apple")}),
    # a family member by the family's maker
    ("Harlow Bank said Microsoft will move its staff to Windows 11.",
     {("developedBy", "Windows 11", "Microsoft")}),
    # another company in the sentence is no maker; nor is the maker named in another sentence
    ("Microsoft said Harlow Bank runs Llama on its servers.", set()),
    ("Google reported strong results. Harlow Bank uses Gemini for its chatbot.", set()),
])
def test_a_catalogue_maker_named_with_its_product_is_its_maker(text: str,
                                                                found_facts: set) -> None:
    assert {f for f in facts(text, "en") if f[0] == "developedBy"} == found_facts


def test_a_denying_sentence_names_no_catalogue_maker() -> None:
    # the sentence denies what it says: no fact of it, the product's maker neither
    assert facts("Apple denies using Gemini in Siri.", "en") == set()
    assert facts("Apple said Siri will answer in more languages.", "en") == {
        ("developedBy", "Siri", "Apple")}


def test_a_product_is_paired_only_with_the_maker_the_catalogue_gives_it() -> None:
    # the maker is read where the sentence is read, for the catalogue's maker only: the
    # other company of the sentence gives no fact, and without the catalogue none is made
    from kgraph.models import Mention
    from kgraph.relations import CATALOGUE_MAKER_RULE, extract

    text = "Harlow Bank said Vantor will ship Quillo to its branches."
    ments = [Mention(0, 11, "Harlow Bank", "Organization", "Harlow Bank", "cue"),
             Mention(17, 23, "Vantor", "Organization", "Vantor", "catalogue"),
             Mention(34, 40, "Quillo", "Product", "Quillo", "catalogue")]

    def pairs(developer_of: dict[str, str] | None) -> set[tuple[str, str]]:
        rels, _ = extract(text, "en", [(0, len(text))], ments, [], [], "a",
                          developer_of=developer_of)
        return {(r.subject.key, r.object.key) for r in rels
                if r.evidence.rule == CATALOGUE_MAKER_RULE and r.predicate == "developedBy"}

    assert pairs({"Quillo": "Vantor"}) == {("Quillo", "Vantor")}
    assert pairs({"Quillo": "Nordwell"}) == set()
    assert pairs(None) == set()


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "X rival Y": Y is the one meant (patterns/en/other_party_nouns.txt)
    ("Meta bought a stake in Scale AI rival Tessly.", ("investsIn", "Meta", "Tessly"),
     ("investsIn", "Meta", "Scale AI")),
    ("Salesforce acquired Slack competitor Quillnet Labs.",
     ("acquires", "Salesforce", "Quillnet Labs"), ("acquires", "Salesforce", "Slack")),
    ("Nvidia invested in OpenAI rivals Anthropic and Mistral AI.",
     ("investsIn", "Nvidia", "Mistral AI"), ("investsIn", "Nvidia", "OpenAI")),
    # without such a noun the first name stays the object
    ("Nvidia invested in OpenAI and Anthropic.", ("investsIn", "Nvidia", "OpenAI"), None),
])
def test_a_rival_noun_between_two_names_names_the_second(text: str, fact: tuple,
                                                         wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "a Google customer" describes the subject; Google is no party of the verb
    ("Harlow Bank, a Google customer, uses Claude for its chatbot.",
     ("uses", "Harlow Bank", "Claude"), ("uses", "Google", "Claude")),
    ("Harlow Bank, a longtime Microsoft client, bought Tarvo Labs.",
     ("acquires", "Harlow Bank", "Tarvo Labs"), ("acquires", "Microsoft", "Tarvo Labs")),
    # the apposition naming the subject itself still does
    ("Its chip, the WSE-3, outran the B200 in the test.", ("surpasses", "WSE-3", "B200"), None),
])
def test_a_company_s_customer_in_an_apposition_is_no_subject(text: str, fact: tuple,
                                                             wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "found_facts"), [
    # an unknown name between a use verb and what it is used for is a product
    ("Harlow Bank uses Quorvex to check loans.", {("uses", "Harlow Bank", "Quorvex")}),
    ("Harlow Bank has deployed Velmora Quill to answer customer calls.",
     {("uses", "Harlow Bank", "Velmora Quill")}),
    ("Harlow Bank deployed Quorvex for its call centre.", {("uses", "Harlow Bank", "Quorvex")}),
    # a name of two words right after the verb needs no purpose
    ("Harlow Bank has deployed Velmora Quill.", {("uses", "Harlow Bank", "Velmora Quill")}),
    # ... unless it is a person's, a place's or a company's
    ("Harlow Bank uses Anna Kirk.", set()),
    ("Harlow Bank uses New Jersey.", set()),
    ("Harlow Bank has deployed Tarnby Partners.", set()),
    # no purpose, a person's first name, a month, a role after "as": no product
    ("Harlow Bank uses Quorvex.", set()),
    ("Harlow Bank uses Anna to check loans.", set()),
    ("Harlow Bank uses May to close its books.", set()),
    ("Harlow Bank uses Smith as adviser.", set()),
])
def test_an_unknown_name_used_for_a_purpose_is_a_product(text: str, found_facts: set) -> None:
    assert {f for f in facts(text, "en") if f[0] == "uses"} == found_facts


def test_a_product_named_after_a_company_the_article_names_is_its_product() -> None:
    text = ("Velmora, a Dublin startup, sells chatbots to banks. Harlow Bank has deployed "
            "Velmora Quill.")
    found = facts(text, "en")
    assert ("uses", "Harlow Bank", "Velmora Quill") in found
    assert ("developedBy", "Velmora Quill", "Velmora") in found
    # a unit of the company is no product of it
    assert ("developedBy", "Velmora Capital", "Velmora") not in facts(
        "Velmora, a Dublin startup, sells chatbots. Harlow Bank has deployed Velmora Capital.",
        "en")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # the payer uses what it pays for ("pay Google to use Gemini")
    ("Apple will pay Google about $1 billion a year to use Gemini in Siri.",
     ("uses", "Apple", "Gemini"), ("uses", "Google", "Gemini")),
    ("Harlow Bank is paying Anthropic to license Claude.", ("uses", "Harlow Bank", "Claude"),
     None),
    ("Harlow Bank pays OpenAI for access to GPT-5.", ("uses", "Harlow Bank", "GPT-5"), None),
    ("Harlow Bank will pay Tarnby Labs to use GPT-5.", ("uses", "Harlow Bank", "GPT-5"),
     ("uses", "Tarnby Labs", "GPT-5")),
    # paid to build something is no use of it
    ("Harlow Bank paid OpenAI to build a model like GPT-5.", None,
     ("uses", "Harlow Bank", "GPT-5")),
])
def test_who_pays_to_use_a_model_uses_it(text: str, fact: tuple | None,
                                         wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong not in found


def types_of(text: str, lang: str) -> dict[str, str]:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    return {m.key: m.type for m in extract_article(article).mentions}


@pytest.mark.parametrize(("text", "name", "kind"), [
    # catalogue entries for companies, research firms and products 2025 news names often
    ("Analysts at Wedbush expect the deal to close in spring.", "Wedbush", "Organization"),
    ("Smartphone shipments grew 3%, according to Canalys.", "Canalys", "Organization"),
    ("Xiaomi now ships HyperOS on its tablets.", "HyperOS", "Product"),
    ("Lindqvist Bank rolled out SuccessFactors to 4,000 staff.", "SuccessFactors", "Product"),
    ("Windows can run Phi Silica on the NPU.", "Phi Silica", "AIModel"),
    ("Developers reach the model through OpenRouter.", "OpenRouter", "Organization"),
    ("Speedinvest and Seedcamp joined the round.", "Seedcamp", "Organization"),
    ("The hospital drafts its notes with DAX Copilot.", "Dragon Copilot", "Product"),
    ("MiniMax-M2 tops the open-weights chart.", "MiniMax-M2", "AIModel"),
])
def test_catalogue_names_news_writes(text: str, name: str, kind: str) -> None:
    assert types_of(text, "en").get(name) == kind


def test_a_catalogue_product_is_paired_with_its_own_maker_only() -> None:
    found = facts("Xiaomi now ships HyperOS on its tablets, Canalys said.", "en")
    assert ("developedBy", "HyperOS", "Xiaomi") in found
    assert ("developedBy", "HyperOS", "Canalys") not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # trying a model out is using it: "is testing", "has been experimenting with", "opted for"
    ("Pellham Foods is testing Gemini in its warehouses.", ("uses", "Pellham Foods", "Gemini"),
     None),
    ("Pellham Foods has been experimenting with Llama for stock forecasts.",
     ("uses", "Pellham Foods", "Llama"), None),
    ("Pellham Foods opted for Claude over GPT-4o.", ("uses", "Pellham Foods", "Claude"),
     ("uses", "Pellham Foods", "GPT-4o")),
    # handing a tool to staff, equipping them or one's product with it
    ("Pellham Foods has given 2,000 warehouse staff Copilot.",
     ("uses", "Pellham Foods", "Microsoft Copilot"), None),
    ("Pellham Foods equipped its 400 buyers with ChatGPT Enterprise.",
     ("uses", "Pellham Foods", "ChatGPT Enterprise"), None),
    ("Pellham Foods now powers its order hotline with Claude.",
     ("uses", "Pellham Foods", "Claude"), None),
    # building something with a model
    ("Pellham Foods is building ordering agents with Claude.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods built a pricing tool using Llama 3.", ("uses", "Pellham Foods", "Llama 3"),
     None),
    # a customer or adopter, said with "was", "has been" or in an apposition
    ("Pellham Foods was an early adopter of Claude.", ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods has been a customer of ChatGPT Enterprise since 2024.",
     ("uses", "Pellham Foods", "ChatGPT Enterprise"), None),
    ("Pellham Foods, a Claude customer, opened two depots.", ("uses", "Pellham Foods", "Claude"),
     None),
    # the company's use of it
    ("Pellham Foods' use of Claude has doubled this year.", ("uses", "Pellham Foods", "Claude"),
     None),
    # a product introduced in an apposition and built on a model: its maker uses the model
    ("Pellham Foods launched Basket Buddy, an assistant powered by Claude.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Talvern's ordering assistant Quill is built on Gemini.", ("uses", "Talvern", "Gemini"),
     None),
    # near misses: built to compete with, a rival to, a tool that beats, no plans
    ("Pellham Foods built a chatbot to compete with ChatGPT.", None,
     ("uses", "Pellham Foods", "ChatGPT")),
    ("Pellham Foods is testing a rival to Gemini.", None, ("uses", "Pellham Foods", "Gemini")),
    ("Pellham Foods uses an alternative to Claude.", None, ("uses", "Pellham Foods", "Claude")),
    ("Pellham Foods launched Basket Buddy, an assistant that rivals ChatGPT.", None,
     ("uses", "Pellham Foods", "ChatGPT")),
    ("Pellham Foods has no plans to use Gemini.", None, ("uses", "Pellham Foods", "Gemini")),
    ("Pellham Foods gave its staff a bonus after Claude launched.", None,
     ("uses", "Pellham Foods", "Claude")),
])
def test_trying_equipping_building_with_and_adopting_a_model_use_it(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a quote opening with "We"/"Our" is the company of the speaker the attribution names
    ('"We run our claims desk on Claude," said Dana Orr, chief executive of Pellham Foods.',
     ("uses", "Pellham Foods", "Claude"), None),
    ('"We have rolled out Gemini to every depot," Pellham Foods chief executive Dana Orr said.',
     ("uses", "Pellham Foods", "Gemini"), None),
    ('"Our buyers use ChatGPT Enterprise every day," said Dana Orr, Pellham Foods\' finance '
     'chief.', ("uses", "Pellham Foods", "ChatGPT Enterprise"), None),
    # ... not a company someone else speaks about, and never a guess from the text before
    ('"We use Claude for most drafts," said Dana Orr, an analyst who covers Pellham Foods.',
     None, ("uses", "Pellham Foods", "Claude")),
    ('Pellham Foods opened two depots. "We use Claude for most drafts," Orr said.', None,
     ("uses", "Pellham Foods", "Claude")),
    # a verb of saying opens a clause: "the bank" after it may be the company named before
    ("Pellham Foods' chief executive Dana Orr said the retailer uses Claude.",
     ("uses", "Pellham Foods", "Claude"), None),
    # ... not the object of "told"
    ("Pellham Foods told the retailer to drop Claude.", None, ("uses", "Pellham Foods", "Claude")),
])
def test_we_in_a_quote_and_a_descriptor_after_said_are_the_speakers_company(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # only the payer uses what two are paid for: "pay A and B to use"
    ("Pellham Foods will pay Vexor and OpenAI to use GPT-5.", ("uses", "Pellham Foods", "GPT-5"),
     ("uses", "Vexor", "GPT-5")),
    # near miss: two companies that use it themselves
    ("Pellham Foods said Vexor and Tarnby Labs use GPT-5.", ("uses", "Vexor", "GPT-5"), None),
])
def test_two_payees_do_not_use_what_they_are_paid_for(text: str, fact: tuple | None,
                                                      wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a person's company is the one the text named that person the head or founder of
    ("Vexor chief executive Dana Orr spoke in Leeds. Dana Orr's company bought Tarnby Labs.",
     ("acquires", "Vexor", "Tarnby Labs"), None),
    ("Dana Orr, the founder of Vexor, said her company uses Claude.",
     ("uses", "Vexor", "Claude"), None),
    ("Vexor is run by Dana Orr. Orr's startup uses Gemini.", ("uses", "Vexor", "Gemini"), None),
    # near misses: a person named with no company they lead, or with two
    ("Dana Orr, an analyst at Vexor, said her firm uses Claude.", None,
     ("uses", "Vexor", "Claude")),
    ("Dana Orr's company bought Tarnby Labs.", None, ("acquires", "Dana Orr", "Tarnby Labs")),
    ("Dana Orr, founder of Vexor and chairman of Kestrel Systems, said her firm uses Claude.",
     None, ("uses", "Vexor", "Claude")),
])
def test_a_persons_company_is_the_one_they_lead(text: str, fact: tuple | None,
                                                wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # an accepted or approved takeover offer, and a deal to buy
    ("Tarnby Labs accepted Vexor's $2 billion offer.", ("acquires", "Vexor", "Tarnby Labs"),
     None),
    ("Tarnby Labs' shareholders approved Vexor's takeover bid.",
     ("acquires", "Vexor", "Tarnby Labs"), None),
    ("Vexor's $2 billion deal to buy Tarnby Labs closed on Friday.",
     ("acquires", "Vexor", "Tarnby Labs"), None),
    # "a deal for" only where the sentence says it is a purchase
    ("Vexor's $9 billion deal for Tarnby Labs, its largest acquisition yet, closed in May.",
     ("acquires", "Vexor", "Tarnby Labs"), None),
    ("Vexor's $4 billion deal for Tarnby Labs gave it a minority stake.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
    ("Vexor's $4 billion deal for Tarnby Labs closed on Friday.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
    # near misses: an investment offer, an offer rejected
    ("Tarnby Labs accepted Vexor's $50 million investment offer.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
    ("Tarnby Labs rejected Vexor's $2 billion offer.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
    # the target's board backing a bid neither invests in the bidder nor makes it a product
    ("Tarnby Labs' board backed Vexor's takeover bid.", None,
     ("investsIn", "Tarnby Labs", "Vexor")),
])
def test_accepted_offers_and_deals_to_buy_are_acquisitions(text: str, fact: tuple | None,
                                                           wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found
    assert ("developedBy", "Vexor", "Tarnby Labs") not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a product that runs a model (no "on"): its maker uses the model
    ("Pellham Mobile's Orra 5 phone runs Gemini Nano on the device.",
     ("uses", "Pellham Mobile", "Gemini Nano"), None),
    ("Pellham Mobile launched Orra Assist, which runs Claude in the cloud.",
     ("uses", "Pellham Mobile", "Claude"), None),
    # near miss: a person of the company runs another company
    ("Pellham Mobile's chief executive runs Tarnby Labs too.", None,
     ("uses", "Pellham Mobile", "Tarnby Labs")),
    ("GPT-5 runs circles around Gemini.", None, ("uses", "OpenAI", "Gemini")),
])
def test_a_product_that_runs_a_model_makes_its_maker_use_it(text: str, fact: tuple | None,
                                                            wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # an offer accepted by the target, said in the passive
    ("Vexor's $2 billion bid was accepted by Tarnby Labs.", ("acquires", "Vexor", "Tarnby Labs"),
     None),
    ("Vexor then offered $40 a share, which was accepted by Tarnby Labs.",
     ("acquires", "Vexor", "Tarnby Labs"), None),
    # taking full control or ownership, a bidding war won, a company selling itself
    ("Vexor has taken full control of Tarnby Labs.", ("acquires", "Vexor", "Tarnby Labs"), None),
    ("Vexor won the bidding war for Tarnby Labs.", ("acquires", "Vexor", "Tarnby Labs"), None),
    ("Tarnby Labs agreed to sell itself to Vexor.", ("acquires", "Vexor", "Tarnby Labs"), None),
    # a list of a buyer's acquisitions
    ("Vexor's acquisitions include Tarnby Labs and Kestrel Systems.",
     ("acquires", "Vexor", "Kestrel Systems"), None),
    # near misses: an investment offer, a rejected bid, control of the target's plants,
    # the battle for its customers, a list of customers
    ("Vexor's $2 billion investment offer was accepted by Tarnby Labs.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
    ("Vexor's $2 billion bid was rejected by Tarnby Labs.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
    ("Vexor took control of Tarnby Labs' factories.", None, ("acquires", "Vexor", "Tarnby Labs")),
    ("Vexor won the battle for Tarnby Labs' customers.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
    ("Vexor's customers include Tarnby Labs.", None, ("acquires", "Vexor", "Tarnby Labs")),
])
def test_offers_accepted_control_taken_and_bidding_wars_won_are_acquisitions(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # an unknown name in apposition to a company noun ("the chip giant", "a Dutch lender",
    # "the Korean carmaker") is a company, not the product its trade word names
    ("Vexor, the chip giant, snapped up Tarnby Labs for $2 billion.",
     ("acquires", "Vexor", "Tarnby Labs"), None),
    ("Vexor, the software giant, bought Tarnby Labs last year.",
     ("acquires", "Vexor", "Tarnby Labs"), None),
    ("Orbex, the Korean carmaker, acquired Tarnby Labs in March.",
     ("acquires", "Orbex", "Tarnby Labs"), None),
    ("Halvern, a Dutch lender, now uses Claude Sonnet 4.5 for loan checks.",
     ("uses", "Halvern", "Claude Sonnet 4.5"), None),
    # near misses: the giant's product is a product; a giant's rival product buys nothing
    ("Mirelle, the search giant's new browser, runs on Gemini.", None,
     ("uses", "Mirelle", "Gemini")),
    ("Vexor, the chip giant's newest processor, beat Tarnby Labs' chips.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
])
def test_a_name_in_apposition_to_a_company_noun_is_a_company(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Vexor, the chip giant, reported record sales.", "Vexor", "Organization"),
    ("Brisko, a German drugmaker, reported record sales.", "Brisko", "Organization"),
    ("Telvana, the hyperscaler, opened a data centre in Dublin.", "Telvana", "Organization"),
    ("Mirelle, the search giant's new browser, launched in May.", "Mirelle", "Product"),
    ("Orbit 5, a phone from the handset maker Kestrel Mobile, launched in May.", "Orbit 5",
     "Product"),
])
def test_company_nouns_of_a_description_type_the_name(text: str, name: str, kind: str) -> None:
    assert types_of(text, "en").get(name) == kind


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # an unknown "X's Y 5" before a verb that says what a product runs on: company X's
    # numbered product, and X uses what it runs on
    ("Kestrel Mobile's Orbit 5 runs on Gemini Nano.",
     ("developedBy", "Orbit 5", "Kestrel Mobile"), None),
    ("Kestrel Mobile's Orbit 5 runs on Gemini Nano.",
     ("uses", "Kestrel Mobile", "Gemini Nano"),
     ("uses", "Kestrel Mobile's Orbit 5", "Gemini Nano")),
    ("Brennholt's Tarvo 2 is powered by Claude Sonnet 4.5, the company said.",
     ("uses", "Brennholt", "Claude Sonnet 4.5"), None),
    # near misses: a game's title with a possessive keeps it; no verb of running, no split
    ("Baldur's Gate 3 was developed by Larian Studios.", None,
     ("developedBy", "Gate 3", "Baldur")),
    ("Kestrel Mobile's Orbit 5 beat Gemini Nano in a camera test.", None,
     ("developedBy", "Orbit 5", "Kestrel Mobile")),
])
def test_a_numbered_product_after_an_unknown_owner_runs_on_a_model(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # an object "it" after a verb of using stands for the model or product named just before
    ("Google built Gemini and Samsung now ships it on its phones.",
     ("uses", "Samsung", "Gemini"), ("uses", "Samsung", "Google")),
    ("Mistral AI released Magistral Small in June. Halvern Bank switched to it in October.",
     ("uses", "Halvern Bank", "Magistral Small"), None),
    ("Anthropic launched Claude Sonnet 4.5 last month and Brennholt Insurance already deploys "
     "it in claims handling.", ("uses", "Brennholt Insurance", "Claude Sonnet 4.5"), None),
    # near misses: another company between the model and the verb's subject; "it" as a
    # subject; a company as what was bought
    ("Vexor Systems bought the Orbit maker Tarnby Labs and now uses it for payroll.", None,
     ("uses", "Vexor Systems", "Orbit")),
    ("Halvern Bank tested Claude for a month but said it was too expensive.", None,
     ("uses", "Halvern Bank", "Claude")),
    ("Halvern Bank tested Claude, and Tarnby Labs says Vexor Systems uses it.", None,
     ("uses", "Vexor Systems", "Claude")),
])
def test_an_object_it_after_a_verb_of_using_is_the_model_named_before(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def test_an_object_it_is_not_the_device_a_chip_went_into() -> None:
    found = facts("Velmar calls the chip its most important launch; Brisko ships it in its new "
                  "Nova 14, and Tarnby Labs uses it in the Kestrel X1 laptop.", "en")
    assert ("uses", "Tarnby Labs", "Nova 14") not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a quote's "We" said by a speaker named by surname only: the company the text named
    # that person the head or founder of before
    ('Amara Okafor, chief executive of Halvern Bank, spoke on Monday. "We use Claude for '
     'every loan file," Okafor said.', ("uses", "Halvern Bank", "Claude"), None),
    ('Amara Okafor, chief executive of Halvern Bank, spoke on Monday. Tarnby Labs also uses '
     'Gemini. "We use Claude for every loan file," said Okafor.',
     ("uses", "Halvern Bank", "Claude"), ("uses", "Tarnby Labs", "Claude")),
    ('Amara Okafor, chief executive of Halvern Bank, met Jon Reyes, founder of Tarnby Labs. '
     '"We use Claude for every loan file," said Reyes.', ("uses", "Tarnby Labs", "Claude"),
     ("uses", "Halvern Bank", "Claude")),
    # near miss: a speaker the text never named the head of a company
    ('Amara Okafor, who advises Halvern Bank, spoke on Monday. "We use Claude for every loan '
     'file," said Okafor.', None, ("uses", "Halvern Bank", "Claude")),
])
def test_a_quoted_we_said_by_a_surname_is_that_persons_company(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # two companies that develop something together are partners
    ("Vexor Systems and Tarnby Labs are co-developing a chip for data centres.",
     ("partnersWith", "Vexor Systems", "Tarnby Labs"), None),
    ("Vexor Systems and Tarnby Labs jointly developed the Orbit chip.",
     ("partnersWith", "Vexor Systems", "Tarnby Labs"), None),
    # near misses: each on its own; a co-development of a third company's
    ("Vexor Systems and Tarnby Labs each developed a chip of their own.", None,
     ("partnersWith", "Vexor Systems", "Tarnby Labs")),
    ("Vexor Systems and Tarnby Labs compete with Kestrel Mobile, which co-developed a chip "
     "with Brisko.", None, ("partnersWith", "Vexor Systems", "Tarnby Labs")),
])
def test_a_pair_that_co_develops_is_partners(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a product before "maker", "developer" or "creator" names the company after it: the
    # deal is with that company, not with its product
    ("Vexor bought Orbit maker Tarnby Labs in March.",
     ("acquires", "Vexor", "Tarnby Labs"), ("acquires", "Vexor", "Orbit")),
    ("Halden acquired Orbit developer Tarnby Labs for $40 million.",
     ("acquires", "Halden", "Tarnby Labs"), ("acquires", "Halden", "Orbit")),
    ("Kestrel Mobile snapped up Lumen creator Brightloom Studios last week.",
     ("acquires", "Kestrel Mobile", "Brightloom Studios"), None),
    # near miss: a product bought from its maker is not a takeover of the maker
    ("Vexor bought Orbit headsets from Tarnby Labs in March.", None,
     ("acquires", "Vexor", "Tarnby Labs")),
])
def test_a_product_before_maker_names_the_company_bought(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a round "of" the company it funds, its letter no part of the company's name
    ("Index Ventures co-led the $40 million Series B of Tarnby Labs.",
     ("investsIn", "Index Ventures", "Tarnby Labs"), None),
    ("Northpeak Capital led the Series A of Brightloom Studios, joined by Sequoia Capital.",
     ("investsIn", "Northpeak Capital", "Brightloom Studios"), None),
    # near miss: a round "of" investors names no company funded
    ("Index Ventures led the round of investors including Sequoia Capital.", None,
     ("investsIn", "Index Ventures", "Sequoia Capital")),
])
def test_a_round_of_a_company_is_an_investment_in_it(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


def test_a_rounds_letter_before_of_starts_no_company_name() -> None:
    found = types_of("Index Ventures co-led the $40 million Series B of Tarnby Labs.", "en")
    assert found.get("Tarnby Labs") == "Organization"
    assert "B of Tarnby Labs" not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "as its ... partner": coref masks "its" as the company it stands for
    ("Vexor Inc. picked Tarnby Labs as its launch partner.",
     ("partnersWith", "Vexor", "Tarnby Labs"), None),
    ("Vexor Inc. named Tarnby Labs as one of its cloud partners.",
     ("partnersWith", "Vexor", "Tarnby Labs"), None),
    # near miss: another company's partner is not the chooser's
    ("Vexor Inc. picked Tarnby Labs as Halden Group's partner.", None,
     ("partnersWith", "Vexor", "Tarnby Labs")),
])
def test_a_company_picked_as_its_partner_is_a_partner(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a verb of using before the user's own product states the use (the lead's decision)
    ("Microsoft uses its in-house Maia 100 chips in its data centres.",
     ("uses", "Microsoft", "Maia 100"), None),
    ("Microsoft has started deploying its in-house Maia 100 accelerator for inference.",
     ("uses", "Microsoft", "Maia 100"), None),
    ("Halvard Systems, a chip designer in Austin, uses its own Tarn 2 chips for training.",
     ("uses", "Halvard Systems", "Tarn 2"), None),
    ("Orvel Bank relies on its Tarn app for loan checks.", ("uses", "Orvel Bank", "Tarn"), None),
    # a maker before another maker's product: "uses Google TPUs"
    ("Anthropic uses Google TPUs to train some of its models.", ("uses", "Anthropic", "TPU"),
     None),
    # near misses: a maker that ships, offers or launches its product does not use it, and
    # a maker's product that runs on the maker's model implies the use only
    ("Samsung ships its own Tarvo chip in the Galaxy S30.", None, ("uses", "Samsung", "Tarvo")),
    ("Halvard Systems offers its Tarn app to banks.", None, ("uses", "Halvard Systems", "Tarn")),
    ("Google brought Gemini to Gmail last year.", None, ("uses", "Google", "Gemini")),
    ("Halvard Systems' new app Corvo runs on its own Tarn 2 chips.", None,
     ("uses", "Halvard Systems", "Tarn 2")),
])
def test_a_stated_use_of_the_users_own_product(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact"), [
    # a name after "and" with a verb of adopting opens a clause: a user, not a listed product
    ("Kestrel Mobile launched Orbit 5 and Vexor adopted it.", ("uses", "Vexor", "Orbit 5")),
    ("Kestrel Mobile launched Orbit 5 and Vexor quickly licensed it for its fleet.",
     ("uses", "Vexor", "Orbit 5")),
    # an object "it" after a bare name as the verb's subject
    ("Qualcomm launched the Tarvo X1 chip. Halden uses it in its new Orvo laptop.",
     ("uses", "Halden", "Tarvo X1")),
])
def test_a_name_that_adopts_a_product_named_before_is_its_user(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")
    assert types_of(text, "en")[fact[1]] != "Product"


@pytest.mark.parametrize(("text", "names"), [
    # near misses: lists of products stay products
    ("The bundle includes Orbit 5, Tarn Box and Quasar.", ("Tarn Box", "Quasar")),
    ("Kestrel Mobile sells Orbit 5 and Tarn Box phones.", ("Tarn Box",)),
    ("Kestrel Mobile launched Orbit 5 and Tarn Box in May.", ("Tarn Box",)),
])
def test_products_listed_with_a_product_stay_products(text: str, names: tuple) -> None:
    found = types_of(text, "en")
    assert all(found.get(n) == "Product" for n in names)


@pytest.mark.parametrize(("text", "fact"), [
    # a one-word name that speaks on a day or in a statement is a company, so "the company"
    # after it points back to it
    ("Pellmark said on Tuesday that it had finished the move. The company uses Claude for "
     "support.", ("uses", "Pellmark", "Claude")),
    ("Pellmark said in a statement that the company now uses Claude for its support desk.",
     ("uses", "Pellmark", "Claude")),
])
def test_a_name_that_said_on_a_day_is_a_company(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "name", "kind"), [
    # near misses: a surname of a person named before, a place
    ("Maria Pellmark runs the firm. Pellmark said on Tuesday that she uses Claude.",
     "Pellmark", "Person"),
    ("Berlin said on Tuesday that it would fund the project.", "Berlin", None),
])
def test_who_said_on_a_day_near_misses(text: str, name: str, kind: str | None) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    found = {m.type for m in extract_article(article).mentions if m.text == name}
    assert found == ({kind} if kind else set())


@pytest.mark.parametrize(("text", "fact"), [
    # a company named like its cloud platform, after a verb of using or "on", is the platform
    ("Tarnby relies on AWS for its storage.", ("uses", "Tarnby", "Amazon Web Services")),
    ("The retailer Tarnby Labs runs its shop on Google Cloud.",
     ("uses", "Tarnby Labs", "Google Cloud")),
    ("Orvel Bank moved its payment systems to Amazon Web Services last year.",
     ("uses", "Orvel Bank", "Amazon Web Services")),
])
def test_a_cloud_platform_after_a_verb_of_using(text: str, fact: tuple) -> None:
    assert fact in facts(text, "en")


@pytest.mark.parametrize(("text", "name", "kind"), [
    # near misses: the company acts, owns or is sold to
    ("AWS signed a deal with Tarnby Labs on Monday.", "AWS", "Organization"),
    ("Tarnby Labs trains its models on AWS's Trainium chips.", "AWS", "Organization"),
    ("Orvel Bank sold its data centres to Amazon Web Services last year.",
     "Amazon Web Services", "Organization"),
    ("Matt Garman, who heads AWS, said the deal was large.", "AWS", "Organization"),
])
def test_a_cloud_company_elsewhere_stays_a_company(text: str, name: str, kind: str) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", "en")
    assert {m.type for m in extract_article(article).mentions if m.text == name} == {kind}


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "runs" a model: a use
    ("In Leeds, the lender Orvel Bank now runs Mistral Small 3.1 on its own servers.",
     ("uses", "Orvel Bank", "Mistral Small 3.1"), None),
    ("To write the summaries, Tarnby Labs runs GPT-4.1 through Microsoft Azure.",
     ("uses", "Tarnby Labs", "GPT-4.1"), None),
    # a passive use by a company with its trade before its name
    ("Claude is now used by the German carmaker BMW in its plants.", ("uses", "BMW", "Claude"),
     None),
    # "remains ahead of": a ranking
    ("Claude Sonnet 4.5 remains ahead of GLM-4.6 on SWE-bench Verified.",
     ("surpasses", "Claude Sonnet 4.5", "GLM-4.6"), None),
    # near misses: a person runs a company; a maker runs its own model
    ("Sam Altman runs OpenAI.", None, ("uses", "Sam Altman", "OpenAI")),
    ("Google runs Gemini in its own data centres.", None, ("uses", "Google", "Gemini")),
    ("Claude is used by more and more lawyers, BMW said.", None, ("uses", "BMW", "Claude")),
])
def test_runs_a_model_used_by_the_trade_remains_ahead(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # "puts X behind its Y": the headline idiom of using a model for a product
    ("Orvel Bank puts Anthropic's Claude behind its loan desk", ("uses", "Orvel Bank", "Claude"),
     None),
    # "with the help of X": work done with a model
    ("Orvel Bank said that its 300 underwriters now check loan files with the help of "
     "Claude Sonnet 4.5.", ("uses", "Orvel Bank", "Claude Sonnet 4.5"), None),
    ("Tarnby Labs checks invoices with the help of Mistral Small 3.1.",
     ("uses", "Tarnby Labs", "Mistral Small 3.1"), None),
    # near misses: "behind schedule", help from a company, a maker's own model
    ("Orvel Bank put Claude behind schedule.", None, ("uses", "Orvel Bank", "Claude")),
    ("Orvel Bank checks loan files with the help of Accenture.", None,
     ("uses", "Orvel Bank", "Accenture")),
    ("Anthropic trained Claude with the help of Google's TPUs.", None,
     ("uses", "Anthropic", "Claude")),
])
def test_puts_behind_and_with_the_help_of(
        text: str, fact: tuple | None, wrong: tuple | None) -> None:
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found


@pytest.mark.parametrize(("text", "name"), [
    # patterns/en/cues.tsv: the trade words of the firms analysts and advisers work for
    ("Prices will rise, said Jon Marchand, an analyst at the brokerage Fenwick & Dale.",
     "Fenwick & Dale"),
    ("Tomas Berg, a partner at the advisory boutique Hollis Reed, said so.", "Hollis Reed"),
    ("Kira Lund, an analyst at the research house Brackmoor, expects more.", "Brackmoor"),
    ("Vexor hired the consultancy Quellmark to review the deal.", "Quellmark"),
])
def test_an_analysts_or_advisers_firm_is_a_company(text: str, name: str) -> None:
    assert types_of(text, "en").get(name) == "Organization"


def test_an_analysts_firm_is_not_the_company_a_later_descriptor_means() -> None:
    # patterns/en/descriptors.tsv: a research house or brokerage is an adviser, which
    # "the company" does not point back to; its own trade word does
    found = facts('Vexor Systems grew fast. "Demand is strong," said Kira Lund, an analyst at '
                  "the research house Brackmoor. The company bought Tarnby Labs.", "en")
    assert ("acquires", "Vexor Systems", "Tarnby Labs") in found
    assert ("acquires", "Brackmoor", "Tarnby Labs") not in found
    assert ("acquires", "Fenwick & Dale", "Tarnby Labs") in facts(
        "Vexor Systems grew fast, said Jon Marchand of the brokerage Fenwick & Dale. The "
        "brokerage bought Tarnby Labs.", "en")
    # near miss: a boutique hotel is no firm named after its trade word
    assert types_of("The boutique hotel Ocean View opened.", "en").get("Ocean View") \
        != "Organization"


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    # a name after a cue word may open in lower case and go on in capitals
    ("en", "The startup serves its model with the open-source inference software vLLM.",
     "vLLM", "Product"),
    ("en", "Quorix sold the integration platform tarnSync to Halden Group.", "tarnSync",
     "Product"),
    ("de", "So hat sich Halden die Software webLedger einverleibt.", "webLedger", "Product"),
    ("de", "Das Start-up qBrix baut Steuerungen für Lagerroboter.", "qBrix", "Organization"),
])
def test_a_name_in_lower_then_capitals_after_a_cue(lang: str, text: str, name: str,
                                                   kind: str) -> None:
    assert types_of(text, lang).get(name) == kind


@pytest.mark.parametrize(("lang", "text"), [
    # near misses: a technical term after a cue word is no name (patterns/*/not_names.txt)
    ("en", "The company mRNA vaccines reached the market."),
    ("en", "The startup sells the chip eSIM modules."),
    ("de", "Das Unternehmen mRNA-Impfstoffe vertreibt."),
])
def test_a_technical_term_in_lower_then_capitals_is_no_name(lang: str, text: str) -> None:
    assert not {"mRNA", "eSIM"} & set(types_of(text, lang))


@pytest.mark.parametrize(("lang", "text", "name", "person"), [
    # a hyphenated given name of two first names makes a place word after it a surname
    ("en", '"These are options," said Wen-Li Park, a chip analyst at Fenwick & Dale.',
     "Wen-Li Park", True),
    ("en", "Kyung-Hoon Park leads the memory unit.", "Kyung-Hoon Park", True),
    ("de", "Das sagte Hans-Peter Berlin, Analyst bei der Fenwick Bank.", "Hans-Peter Berlin",
     True),
    # near misses: a place with a first name in it stays a place
    ("en", "The company moved to Menlo Park last year.", "Menlo Park", False),
    ("en", "Mary-Ann Jackson opened a store near Victoria Park.", "Victoria Park", False),
])
def test_a_hyphenated_given_name_before_a_place_word(lang: str, text: str, name: str,
                                                     person: bool) -> None:
    assert (types_of(text, lang).get(name) == "Person") is person


@pytest.mark.parametrize(("lang", "text", "surname", "person"), [
    # patterns/person_compounds.tsv: a well-known person's surname alone in a compound of
    # ownership or lead names that person (people.tsv), though the full name never comes
    ("de", "Tesla setzt auf Grok, das Sprachmodell der Musk-Firma xAI.", "Musk", "Elon Musk"),
    ("de", "Der Zuckerberg-Konzern Meta investiert in Rechenzentren.", "Zuckerberg",
     "Mark Zuckerberg"),
    ("de", "Der Musk-Konzern Tesla meldet Zahlen.", "Musk", "Elon Musk"),
    ("en", "Shares of the Musk-controlled carmaker rose.", "Musk", "Elon Musk"),
    ("en", "The Altman-led company signed a chip deal.", "Altman", "Sam Altman"),
])
def test_a_known_persons_surname_in_an_owners_compound(lang: str, text: str, surname: str,
                                                       person: str) -> None:
    article = article_from_bytes(text.encode("utf-8"), "t.txt", "text", lang)
    found = {(m.text, m.key, m.type) for m in extract_article(article).mentions}
    assert (surname, person, "Person") in found


@pytest.mark.parametrize("text", [
    # near misses: an ordinary German word before the hyphen is no person, whoever in the
    # catalogue has it as a surname; a surname two catalogue people share names neither
    "Ein Holz-Konzern aus Bayern wächst.",
    "Der Klein-Konzern meldet Zahlen.",
    "Die Amodei-Firma wächst.",
])
def test_no_person_from_a_word_or_shared_surname_in_a_compound(text: str) -> None:
    assert "Person" not in set(types_of(text, "de").values())


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    # patterns/<lang>/people_cues.txt: an investor named by first name and surname is a person
    ("en", "Quorix raised money, and the angel investor Marcus Hale took part.", "Marcus Hale",
     "Person"),
    ("de", "Der Investor Jan Brehmer steigt bei Tarnby ein.", "Jan Brehmer", "Person"),
    ("de", "Der Finanzinvestor Lars Odenthal kauft Anteile.", "Lars Odenthal", "Person"),
    # near misses: a firm named after its founders or with a company word stays a company
    ("en", "The round drew the investor Quill Ventures.", "Quill Ventures", "Organization"),
    ("en", "The round drew the investor Marcus Capital.", "Marcus Capital", "Organization"),
    ("de", "Der Investor Brehmer Beteiligungen steigt ein.", "Brehmer Beteiligungen",
     "Organization"),
])
def test_an_investor_named_like_a_person_is_one(lang: str, text: str, name: str,
                                                kind: str) -> None:
    assert types_of(text, lang).get(name) == kind


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    # patterns/university_abbreviations.txt: an abbreviation before a German city
    ("de", "Das sagt die Forscherin Jana Thiel von der TU Darmstadt.", "TU Darmstadt",
     "Organization"),
    ("de", "Die Studie stammt von der RWTH Aachen.", "RWTH Aachen", "Organization"),
    ("en", "Researchers at HU Berlin trained the model.", "HU Berlin", "Organization"),
    # near miss: before a word that is no German city the abbreviation names nothing
    ("de", "Die TU Tarnwald ist erfunden.", "TU Tarnwald", None),
])
def test_a_university_abbreviation_before_a_city(lang: str, text: str, name: str,
                                                 kind: str | None) -> None:
    assert types_of(text, lang).get(name) == kind


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    # trade words of cues.tsv: a broadcaster, a forwarder; a (female) assistant
    ("en", "Sigrid Aas said the Norwegian broadcaster Kanal Nord now transcribes its archive.",
     "Kanal Nord", "Organization"),
    ("en", "Rivals such as the Hamburg forwarder Tarnby Freight were watching.", "Tarnby Freight",
     "Organization"),
    ("de", "Die Stadtwerke beantworten Anfragen mit der digitalen Assistentin Lotta.", "Lotta",
     "Product"),
    ("de", "Die Stadtwerke führen die KI-Kundenassistentin Lotta ein.", "Lotta", "Product"),
    # near misses: an assistant named by first name and surname is a person
    # (patterns/de/people_cues.txt), never a product called by the first name
    ("de", "Die Assistentin Maria Berger leitet das Büro.", "Maria Berger", "Person"),
    ("de", "Der Assistent Max Kessler leitet das Büro.", "Max Kessler", "Person"),
])
def test_more_trade_and_assistant_cue_words(lang: str, text: str, name: str, kind: str) -> None:
    found = types_of(text, lang)
    assert found.get(name) == kind
    assert kind != "Person" or found.get(name.split()[0]) is None


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    # a cue's name run stops where a known model or product begins
    ("de", "In der Rangliste der Plattform Arenix hat Tarn-1 GPT-5.1 überholt.", "Arenix",
     "Product"),
    ("de", "Auf der Plattform Arenix GPT-5.1 liegt vorn.", "Arenix", "Product"),
    ("en", "On the platform Arenix Claude Opus 4.5 now leads.", "Arenix", "Product"),
    # near miss: a head word of products ends the unknown name, which keeps it
    ("en", "The app Tarnly Copilot launched in May.", "Tarnly Copilot", "Product"),
    # a chip's noun in an apposition (patterns/en/kind_words.tsv)
    ("en", "Korvane, the third-generation TPU from Tarnwell, ships in May.", "Korvane",
     "Product"),
    ("en", "Velda, an inference accelerator from Orvo Systems, is sampling.", "Velda", "Product"),
    # a model's noun, a comma and the name: a model, also with a number
    ("en", "Tarnwell's new model, Tarn Lingo, beats GPT-4o.", "Tarn Lingo", "AIModel"),
    ("en", "It transcribes with Orvo's own model, OV-Voice 3.", "OV-Voice 3", "AIModel"),
    # near miss: "the" after the comma is a car's model line
    ("en", "Tarnby's cheapest model, the Orvo 3, sells well.", "Orvo 3", "Product"),
])
def test_names_after_a_cue_or_a_kind_noun(lang: str, text: str, name: str, kind: str) -> None:
    assert types_of(text, lang).get(name) == kind


def test_a_cue_run_stops_before_a_known_model() -> None:
    found = types_of("Auf der Plattform Arenix GPT-5.1 liegt vorn.", "de")
    assert found.get("GPT-5.1") == "AIModel"
    assert not any(k.startswith("Arenix ") for k in found)


@pytest.mark.parametrize(("text", "name", "kind"), [
    # German: an apposition with a product's noun as its head names a product, even an
    # ordinary word or a first name, also after a separable verb's particle or in quotes
    ("Die Bank testet Lotse, einen Chatbot des Start-ups Tarnwerk.", "Lotse", "Product"),
    ("Die Kasse setzt seit Mai Mira ein, einen Schadenassistenten des Anbieters Fallmark.",
     "Mira", "Product"),
    ("Sie erkannte mehr Fälle als Fallblick, das Konkurrenzprodukt des Anbieters Vantix.",
     "Fallblick", "Product"),
    ("Er fragt „Halbrand Wissen“, den internen KI-Assistenten der Halbrand GmbH.",
     "Halbrand Wissen",
     "Product"),
    ("Er lag vor Nvidias Tarno Edge, dem verbreitetsten Modul.", "Tarno Edge", "Product"),
    # a name joined to "-Chip" that is no German word
    ("Das Start-up Velkor, dessen Tarvix-Chip Bilder auswertet, wuchs.", "Tarvix", "Product"),
])
def test_a_german_product_named_by_its_apposition_or_chip(text: str, name: str,
                                                          kind: str) -> None:
    assert types_of(text, "de").get(name) == kind


@pytest.mark.parametrize(("text", "name"), [
    # near misses: the noun itself after an article; a person's role; kinds of chip
    ("Er nutzt die Software, ein Werkzeug der Firma Tarnwerk.", "Software"),
    ("Er sprach mit Anna, der Assistentin des Chefs.", "Anna"),
    ("Er sprach mit Jonas, dem Entwickler der App.", "Jonas"),
    ("Der Edge-Chip und der Kamera-Chip sind gefragt.", "Edge"),
    ("Der Edge-Chip und der Kamera-Chip sind gefragt.", "Kamera"),
    ("Das Bruttoinlandsprodukt Deutschlands sank.", "Deutschlands"),
])
def test_no_german_product_from_a_noun_a_role_or_a_kind_of_chip(text: str, name: str) -> None:
    assert types_of(text, "de").get(name) not in ("Product", "AIModel")


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    # a descriptor of the hardware between "on" and the chip
    ("Tolvik trains parts of its Orla family on earlier Trainium chips.",
     ("uses", "Tolvik", "Trainium"), None),
    # a verb of using, then the product introduced by its kind in an apposition
    ("Kelmont Bank has deployed a fraud tool, ChatGPT Enterprise, across its branches.",
     ("uses", "Kelmont Bank", "ChatGPT Enterprise"), None),
    ("Kelmont Bank plans to deploy a fraud tool, ChatGPT Enterprise, across its branches.",
     None, ("uses", "Kelmont Bank", "ChatGPT Enterprise")),
    # putting or installing a chip or model in one's devices
    ("Dunmore Motors has put the Snapdragon X2 Elite in a gaming tablet.",
     ("uses", "Dunmore Motors", "Snapdragon X2 Elite"), None),
    ("Dunmore Motors installed Gemini in all its new cars.",
     ("uses", "Dunmore Motors", "Gemini"), None),
    ("Dunmore Motors embedded Claude in its service app.",
     ("uses", "Dunmore Motors", "Claude"), None),
    ("Dunmore Motors put Claude in charge of its support line.",
     None, ("uses", "Dunmore Motors", "Claude")),
    ("Dunmore Motors puts the Snapdragon X2 Elite in the same price range as the M4.",
     None, ("uses", "Dunmore Motors", "Snapdragon X2 Elite")),
    ("Dunmore Motors wired Claude into its service app.",
     ("uses", "Dunmore Motors", "Claude"), None),
    # customers named with "teams at" or a descriptor
    ("ChatGPT Enterprise's customers include teams at Kelmont Bank.",
     ("uses", "Kelmont Bank", "ChatGPT Enterprise"), None),
    ("Customers of ChatGPT Enterprise include the lender Kelmont Bank.",
     ("uses", "Kelmont Bank", "ChatGPT Enterprise"), None),
    # work run on a chip's servers
    ("Pellham Post now transcribes its call recordings on Trainium servers.",
     ("uses", "Pellham Post", "Trainium"), None),
    ("Pellham Post sells its call recordings on Trainium servers.",
     None, ("uses", "Pellham Post", "Trainium")),
    ("Pellham Post is considering running its models on Trainium chips.",
     None, ("uses", "Pellham Post", "Trainium")),
    # features served from a hosted model
    ("Pellham Post serves some of its writing features from Mistral's hosted Mistral Large.",
     ("uses", "Pellham Post", "Mistral Large"), None),
    ("Pellham Post serves its customers from Mistral Large kiosks.",
     None, ("uses", "Pellham Post", "Mistral Large")),
    # a product with a model built in: its maker uses the model
    ("Velora's Strato 5 laptop comes with Copilot preinstalled.",
     ("uses", "Velora", "Microsoft Copilot"), None),
    ("Velora's Strato 5 laptop has no Gemini built in.", None, ("uses", "Velora", "Gemini")),
    # went with; is running; built its product with
    ("Pellham Foods went with Claude for its ordering assistant.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods is running Llama 3 on its own servers.",
     ("uses", "Pellham Foods", "Llama 3"), None),
    ("Pellham Foods built its ordering assistant with Claude.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods built its assistant to compete with Claude.",
     None, ("uses", "Pellham Foods", "Claude")),
    # the model handles the company's customer work
    ("Claude now answers most of Pellham Foods' customer calls.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Claude answered Pellham Foods' questions better than Gemini in the test.",
     None, ("uses", "Pellham Foods", "Claude")),
    # customer of a model, with an adverb, in an apposition or by the model's possessive
    ("Pellham Foods is now a Claude customer.", ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods is among Claude's biggest customers.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods, one of Claude's largest customers, opened two depots.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods, an early adopter of Copilot, opened two depots.",
     ("uses", "Pellham Foods", "Microsoft Copilot"), None),
    ("Pellham Foods, Claude's biggest rival, opened two depots.",
     None, ("uses", "Pellham Foods", "Claude")),
    ("Pellham Foods is one of the biggest buyers of Nvidia's H100 chips.",
     ("uses", "Pellham Foods", "H100"), None),
    # nominalisations: reliance on, switch to, pilot of, a completed rollout
    ("Pellham Foods' reliance on Claude worries analysts.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods' switch to Claude saved money.", ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods' planned switch to Claude was delayed.",
     None, ("uses", "Pellham Foods", "Claude")),
    ("Pellham Foods' rivals' switch to Claude worried it.",
     None, ("uses", "Pellham Foods", "Claude")),
    ("Pellham Foods completed its rollout of Copilot in May.",
     ("uses", "Pellham Foods", "Microsoft Copilot"), None),
    ("Pellham Foods' Claude deployment is the largest in retail.",
     ("uses", "Pellham Foods", "Claude"), None),
    # seats for the staff; rolling a tool out to staff
    ("Pellham Foods has given its staff Copilot.",
     ("uses", "Pellham Foods", "Microsoft Copilot"), None),
    ("Pellham Foods now gives every employee a Copilot licence.",
     ("uses", "Pellham Foods", "Microsoft Copilot"), None),
    ("Pellham Foods rolled Copilot out to 5,000 staff.",
     ("uses", "Pellham Foods", "Microsoft Copilot"), None),
    ("Pellham Foods hopes to roll Copilot out to 5,000 staff.",
     None, ("uses", "Pellham Foods", "Microsoft Copilot")),
    # depends on, rents
    ("Pellham Foods depends on Claude for its ordering line.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("Pellham Foods rents H100 GPUs from a cloud provider.",
     ("uses", "Pellham Foods", "H100"), None),
    # a product named after the model it runs on
    ("Pellham Foods launched a Claude-based ordering assistant.",
     ("uses", "Pellham Foods", "Claude"), None),
    # access granted to the company by a deal
    ("The agreement gives Pellham Foods access to Claude.",
     ("uses", "Pellham Foods", "Claude"), None),
    ("The agreement could give Pellham Foods access to Claude.",
     None, ("uses", "Pellham Foods", "Claude")),
    # a plan to use is no use
    ("Pellham Foods plans to use Gemini.", None, ("uses", "Pellham Foods", "Gemini")),
    ("Pellham Foods is set to deploy Claude.", None, ("uses", "Pellham Foods", "Claude")),
    ("Pellham Foods uses Claude and plans to add Gemini.",
     ("uses", "Pellham Foods", "Claude"), None),
    # a list of models, each with its purpose
    ("Pellham Foods uses Claude for ordering, Gemini for search and GPT-4o for coding.",
     ("uses", "Pellham Foods", "Gemini"), None),
    ("Pellham Foods uses Claude for ordering, Gemini for search and GPT-4o for coding.",
     ("uses", "Pellham Foods", "GPT-4o"), None),
    ("Pellham Foods uses Claude for ordering while Dunmore Motors uses Gemini.",
     None, ("uses", "Pellham Foods", "Gemini")),
])
def test_more_english_ways_of_stating_use(text: str, fact: tuple | None,
                                          wrong: tuple | None) -> None:
    """Apposition objects, hardware and hosting, nominalisations, customers, lists with a
    purpose per item; plans, rivals and near misses are no use."""
    found = facts(text, "en")
    assert fact is None or fact in found
    assert wrong is None or wrong not in found
