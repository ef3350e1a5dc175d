"""Re-typing passes: what a mention found in an article is, read from its context.

The finders in mentions.py find names and give each the type they can tell from the name
alone (or leave it untyped, ``Name``). The passes here run after them, in the order
find_mentions calls them, and change the type of mentions already found by what stands
around them: a description ("X is a video game"), an apposition ("X, die hauseigene
Cloud-Plattform"), a list ("A, B and C brands"), a context only a company has ("shares of
X"), a maker's name before ("Adobe Lightroom"), the type the same name has elsewhere in
the article. Some join or split mentions while doing so ("Tarnview Camera", "Harrowgate's
Gloomhaven Tactics"). A pass that finds new names in the text belongs in mentions.py.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import (
    LISTING,
    LOWER,
    ORG_DESIGNATORS,
    UPPER,
    Lexicon,
    cue_pattern,
    en_roles_regex,
    first_names,
    inflected_cue_type,
    load_lexicon,
    longest_first,
    names_a_company,
    places,
    words_for,
    words_regex,
)
from .models import Mention
from .resources import data_dir, read_table, read_words


def _kind_words() -> dict[str, str]:
    """Type -> one regex alternation of the nouns that name it, in the file's order:
    patterns/en/kind_words.tsv."""
    kinds: dict[str, list[str]] = {}
    for row in read_table(data_dir("patterns") / "en" / "kind_words.tsv"):
        kinds.setdefault(row["type"], []).append(row["word"])
    return {kind: "|".join(words) for kind, words in kinds.items()}


_KIND_WORDS = _kind_words()
_DESCRIPTION = re.compile(
    # "X, a startup", "X (born ...) is a", "X is a game"; not "X, is the fourth game": the
    # comma there closes a clause X was part of ("developed by Y, is the fourth game")
    r"^(?:,\s+|\s*\([^()]{0,60}\)\s*,?\s*(?:(?:is|was)\s+)?|\s+(?:(?:is|was)\s+)?)"
    r"(?:an?|the|its|their)\s+")
_PHRASE_END = re.compile(
    r"[,.;:()\"“”]|(?<![\w-])(?:of|for|that|which|who|whose|with|from|by|based|headquartered|developed"
    r"|published|released|created|made|produced|designed|founded|owned|operated|in|on|at|and"
    r"|or|to|as|since|under|where|when|known|used|located|specializing|specialising|focused"
    r"|focusing|offering|providing|serving|is|was|has|had|behind|the)\b")
_KIND_WORD = re.compile("|".join(rf"(?P<k{i}>\b(?:{words})s?\b(?!['’]s\b))"
                                 for i, words in enumerate(_KIND_WORDS.values())))
_KINDS = list(_KIND_WORDS)


_GROUP_OF = re.compile(r"\b(?:family|families|line|lineup|line-up|range|series|brand|suite"
                       r"|collection)\s*$")


def described_kind(after: str) -> str | None:
    """The kind the head noun of a description names: its last kind word before the phrase
    ends ("a game development studio" is a studio, "a startup whose software" a startup)."""
    d = _DESCRIPTION.match(after)
    if d is None:
        return None
    phrase = after[d.end():]
    end = _PHRASE_END.search(phrase)
    while end and end.group(0) in ("and", "or") and end.start() < 40 \
            and not _KIND_WORD.search(phrase, 0, end.start()) \
            and re.match(r"\s+[a-z][\w-]*\s+[a-z]", phrase[end.end():]):
        # "a small and fast web browser": adjectives joined, the head comes later
        end = _PHRASE_END.search(phrase, end.end())
    if end and end.group(0) == "of" and _GROUP_OF.search(phrase, 0, end.start()):
        # "a family of processors", "a line of gaming laptops": the kind is what follows
        phrase = phrase[end.end():]
        end = _PHRASE_END.search(phrase)
    maker_follows = bool(end) and end.group(0) in _MAKER_WORDS
    phrase = " ".join(phrase[:end.start() if end else len(phrase)].split()[:12])
    kinds = [next(int(g[1:]) for g, v in k.groupdict().items() if v)
             for k in _KIND_WORD.finditer(phrase)]
    kind = _KINDS[kinds[-1]] if kinds else None
    if kind == "Made":
        return "Product" if maker_follows else None
    return kind


_MAKER_WORDS = frozenset(read_words(data_dir("patterns") / "en" / "maker_words.txt"))
"""Words after a description that name its maker: "X, a platform from Y" is Y's product
(patterns/en/maker_words.txt)."""


_ORG_BEFORE = re.compile(
    r"(?:\b(?:founded|co-founded|cofounded|joined|joins|left|leaves|[Ss]hares\s+(?:of|in)|stake\s+in"
    r"|subsidiary\s+of|subsidiaries\s+of|division\s+of|unit\s+of|rival|competitor"
    r"|spokesperson\s+for"
    r"|spokesman\s+for|spokeswoman\s+for|[Ee]mployees\s+of|[Cc]ustomers?\s+of|[Cc]lients?\s+of"
    r"|[Ii]nvestors\s+in"
    r"|[Ss]hareholders\s+of"
    r"|(?:developed|published|manufactured|distributed|marketed)(?:\s+and\s+published)?\s+by"
    r"|(?:acquired|owned|bought|purchased|taken\s+over)\s+by|(?:sold|merged)\s+(?:in)?to"
    r"|merged\s+with|spun\s+off\s+from"
    r"|(?:bought|purchased|sourced|licensed)\s+from(?:\s+both)?"
    r"|(?:agreement|merger|deal)\s+with)"
    r"\s+(?:the\s+)?)$")
_STATED_AFTER = re.compile(
    r",?\s+(?:said|says|announced|announces|confirmed|confirms|disclosed|discloses|reported"
    r"|reports)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|in\s+(?:a|an|its)\s+(?:statement|filing|press\s+release|release|blog\s+post"
    r"|regulatory\s+filing|securities\s+filing|annual\s+report|earnings\s+report))\b")
"""After a one-word name, what companies do: "Pellmark said on Tuesday", "..., Pellmark said in
a statement" (a person is named in full first, so a lone surname is typed before)."""
_ORG_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:shares|stock|headquarters|employees|workforce|board|spokesperson"
    r"|spokesman|spokeswoman|subsidiary|shareholders|revenue|stock price)\b"
    r"|^,?\s+(?:(?:is|was)\s+)?(?:based|headquartered)\s+in\b|^\s+(?:Inc|Corp|Ltd)\b"
    r"|^\s+(?:division|subsidiary|studio)\b"
    # a name with "its" after its verb is no person: "When Tarnwell rebuilt its support bot"
    r"|^\s+(?:has\s+|had\s+)?(?!(?:and|or|with|in|of|to|for|from|at|on|by|as|than|but|after)\s)"
    r"[a-z]{2,}\s+its\s+\w"
    # a filing's party: "X entered into a lease agreement with ..."
    r"|^,?\s+(?:has\s+|had\s+)?(?:entered|enters)\s+into\s+(?:a|an|the)\s+(?!marriage|relationship)"
    r"|^\s+(?:was|were)\s+(?:(?:originally|first|later)\s+)?(?:founded|co-founded|established"
    r"|incorporated)\b(?!\s+(?:as|on|upon)\s+(?:a|an|the)\s+(?:game|series|concept|idea))"
    rf"|^\s*(?={LISTING})")
"""A company: "X was founded in 1984 by ...", "X was established", "X was incorporated",
"X (NYSE: XYZ)"."""


_PERSON_BEFORE = re.compile(
    rf"\b(?:{words_regex('en/person_before.tsv', 'title')}"
    rf"|(?:{words_regex('en/person_before.tsv', 'by')})\s+by"
    r"|(?:founded|co-founded|cofounded)(?:\s+(?:in|on)\s+[\w ,]{0,20}?\d{4})?\s+by)\s+$",
    re.I)
"""'former Apple designer Jony Ive': a job title before a name makes a person, as a work's
participle and "by" do ("composed by"): patterns/en/person_before.tsv."""
_CHARACTER_BEFORE = re.compile(
    r"\b(?:protagonist|antagonist|villain|heroine|sidekick|mascot|(?:a\s+)?character\s+(?:named|called)"
    r"|(?:assume|assumes|plays|play|takes|take)\s+the\s+role\s+of"
    r"|(?:'s|’s|his|her|their)\s+(?:son|daughter|wife|husband|brother|sister|father|mother)"
    r"|the\s+(?:[a-z-]+\s+){0,2}(?:scientist|reporter|detective|mercenary|hacker|princess|prince"
    r"|knight|warrior|wizard|sorceress|heroine|hero|swordsman))"
    r"\s+[\"“]?\s*$", re.I)
"""'series protagonist Skyrunner', 'a character named "Cipher"', 'Harrowby's daughter Giulia',
'the human scientist Orla': a person, one word will do."""


_BORN_AFTER = re.compile(r"\s*\((?:born|b\.|né|née)\s")
"""'Adaeze Okonkwo (born March 1970)': a birth date after a name makes a person."""
_WHO_AFTER = re.compile(r",\s+who\s")
"""'later chapters follow Orrin, who seeks his sister': a relative "who" after a name makes a person
(or a character); a company takes "which"."""
def _product_nouns(use: str) -> str:
    """The nouns of patterns/en/product_nouns.tsv marked for ``use``, as one alternation (a
    space in a row: any run of spaces)."""
    return longest_first(words_for("en/product_nouns.tsv", use)).replace(r"\ ", r"\s+")


_PRODUCT_BEFORE = re.compile(
    r"(?:\b(?:sequel\s+to|successor\s+to|version\s+of|port\s+of|remake\s+of|for\s+the"
    r"|spin-off\s+(?:to|of)|prequel\s+to|follow-up\s+to|(?:19|20)\d\d\s+release"
    r"|installment\s+(?:of|in)\s+the|instalment\s+(?:of|in)\s+the|users\s+of|release\s+of|launch\s+of"
    r"|ported\s+to|(?:versions?|editions?|ports?|conversions?)\s+for|(?:re-?)?released\s+on"
    # "a cut-down variant, later called Starhopper", "a console codenamed Nimbus"
    rf"|(?:{_product_nouns('called')}),?\s+"
    r"(?:(?:now|later|originally|initially|first|simply|internally)\s+)?(?:called|named|dubbed"
    r"|known\s+as|titled|codenamed|code-named))"
    r"\s+(?:the\s+)?)$"
    # "its screening assistant, Sift,": a kind of product, then its name in commas
    rf"|\b(?:{_product_nouns('comma')}),\s+(?:the\s+)?$")
_PRODUCT_AFTER = re.compile(
    rf"^\s+(?:(?:{words_regex('en/product_modifiers.tsv', 'kind')})"
    r"\s+(?:system|systems|vehicles?|models?|consoles?|bikes?|motorcycles?|cars?"
    r"|rockets?|processors?|chips?|games?)\b)"
    rf"|^\s+(?:{_product_nouns('after')})\b"
    # "its Tessa voice assistant", "the Orvo infotainment system", "the Lumen headset"
    rf"|^\s+(?:(?:{words_regex('en/product_modifiers.tsv', 'assistant')})\s+)?"
    r"(?:assistants?|chatbots?|copilots?|agents?)\b|^\s+(?:infotainment|operating)\s+systems?\b")
"""A product's noun right after its name (patterns/en/product_nouns.tsv, column after), also
one with a modifier ("racing games", "voice assistant"; patterns/en/product_modifiers.tsv)."""


_MODEL_BEFORE = re.compile(rf"\b(?:{_KIND_WORDS['AIModel']})(?:\s+(?:family|series))?,\s+$")
"""'Northbeam's own model, NB-Voice 2', 'its model family, Sundew': a model's noun, a comma
and the name (its head noun as in patterns/en/kind_words.tsv); not "its cheapest model, the
Model 3", a car."""


_FOR_PLATFORM = re.compile(r"\s+for\s+(?:the\s+)?(?:Microsoft\s+)?(?:Windows|Mac|Macintosh|macOS"
                           r"|Mac\s+OS|iOS|Android|Linux|Unix|DOS|MS-DOS|NeXT|OpenSTEP|Solaris)\b")
"""'Glyphsmith for Windows and Mac OS': software named for the platform it runs on."""


_VEHICLE_AFTER = re.compile(
    rf"\s+(?:(?:{words_regex('en/product_modifiers.tsv', 'vehicle')})\s+)?"
    rf"(?:{_product_nouns('vehicle')})\b")
"""What follows a vehicle's name, not a model's: "the Falcon 9 rocket" (patterns/en/
product_nouns.tsv, column vehicle)."""


_FOR_GAP = re.compile(r"\s+for\s+(?:the\s+)?")
_UNDER_THE = re.compile(r"\bunder\s+the\s+$")
_BRAND_AFTER = re.compile(r"\s+(?:name|brand|label|trademark)\b")
"""'sold under the Quillpad name': a product's name or brand."""
_MADE_AFTER = re.compile(r"\s+(?:is|was|were|are)\s+(?:\w+ly\s+)?(?:developed|programmed"
                         r"|designed|published)(?:\s+and\s+\w+)?\s+by\b")
_THE_BEFORE = re.compile(r"(?<![\w])[Tt]he[ \t]+$")
_GAME_DESCRIBED = re.compile(
    r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:game|software|application|app"
    r"|program|console)(?=\s*[,.;(]|\s+(?:developed|published|released|created|made|designed"
    r"|for|by|that|which|from|in|on)\b)")
"""'Gale Runner is a racing game': the head noun of the description, not "a game designer"."""


_USE_VERB_BEFORE = re.compile(
    rf"\b(?:{words_regex('en/product_verbs.tsv', 'purpose')})\s+$".replace(r"\ ", r"\s+"))
"""A verb of using right before a name (patterns/en/product_verbs.tsv, column purpose)."""
_PURPOSE_AFTER = re.compile(r"\s+(?:to\s+(?!(?:be|the|a|an|its|their|his|her)\b)[a-z]{3,}\b"
                            r"|for\s+(?:its|their|all|[a-z]+ing)\s)")
"""'Harlow Bank uses Tarvo to check loans', 'deployed Tarvo for its call centre': what a thing
is used for after an unknown name right after a use verb makes it a product."""


def _used_for_a_purpose(text: str, m: Mention, before: str) -> bool:
    """An unknown name between a use verb and a purpose ("uses Tarvo to check loans"), or
    one of two words right after such a verb ("has deployed Velmora Tarvo"); not a
    person's first name, a place, a month ("uses May to close its books") or a company's
    name ("deployed Harlow Partners")."""
    words = m.text.split()
    if not (_PURPOSE_AFTER.match(text, m.end) or len(words) == 2) \
            or not _USE_VERB_BEFORE.search(before):
        return False
    return words[0] not in first_names() and m.text not in places() \
        and words[0] not in places() and words[0] not in load_lexicon("en").not_names \
        and not names_a_company(words[-1])


def _maker_first(m: Mention, companies: dict[str, str], before: str) -> str | None:
    """'Velmora, a Dublin startup, ... Harlow Bank has deployed Velmora Tarvo': an unknown
    name of two or three words that begins with a company the article names, as the object
    of a verb that takes a product, is that company's product. Returns the maker's key."""
    words = m.text.split()
    if not 2 <= len(words) <= 3 or words[0] not in companies \
            or names_a_company(words[-1]) or words[-1] in _SUBSIDIARY:
        return None
    return companies[words[0]] if _PRODUCT_VERB_BEFORE.search(before) else None


def _for_a_product(text: str, m: Mention, products: frozenset[int]) -> bool:
    """Is the name followed by 'for' and a product ('Tarn Racer for the PlayStation 2')?
    ``products``: where the article's product mentions start."""
    gap = _FOR_GAP.match(text, m.end)
    return bool(gap) and gap.end() in products


def headed_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An unknown name right before a catalogue product known by a product word alone
    ("Tessel Copilot": "Copilot" is Microsoft's) is one product of that name, not Microsoft's
    Copilot (patterns/en/product_heads.tsv)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.source == "catalogue" and m.text in _PRODUCT_HEADS \
                and prev.type == "Name" and prev.end + 1 == m.start and text[prev.end] == " " \
                and len(prev.text.split()) <= 2 and prev.text.split()[0] not in _KINDS_OF_SOFTWARE:
            surface = text[prev.start:m.end]
            out[-1] = Mention(prev.start, m.end, surface, "Product", surface, "described")
            continue
        out.append(m)
    return out


def typed_by_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """Untyped English names in typical company: 'shares of X', 'X's headquarters' (a company);
    'sequel to X', 'the X series', 'X processors' (a product)."""
    out = []
    products = frozenset(m.start for m in mentions if m.type == "Product")
    companies = {m.text: m.key for m in mentions if m.type == "Organization"
                 and " " not in m.text}
    not_numbered = _not_numbered()
    for m in mentions:
        if m.type == "AIModel" and m.family and _VEHICLE_AFTER.match(text, m.end):
            # "the Falcon 9 rocket": a model family's name with a number, and a vehicle, which
            # belongs to no model family (so not described_as, which keeps the family)
            m = Mention(m.start, m.end, m.text, "Product", m.key, "described")
        if m.type == "Person" and m.source == "person" and (
                _PRODUCT_BEFORE.search(text[max(0, m.start - 40):m.start])
                or _MADE_AFTER.match(text, m.end)
                or _GAME_DESCRIBED.match(text, m.end)
                or (_THE_BEFORE.search(text, max(0, m.start - 5), m.start)
                    and text.startswith(",", m.end)
                    and described_kind(text[m.end:m.end + 120]) == "Product")):
            # "Kiriko's main product, Kiriko Sense,", "Gale Runner was developed by", "Gale
            # Runner is a racing game", "the Marta Quill, an inference chip": a first name does
            # not make a person
            m = m.described_as("Product")
        if m.type == "Name":
            before = text[max(0, m.start - 40):m.start]
            after = text[m.end:m.end + 40]
            # the word count first: the title regex costs more (same answer in any order)
            if len(m.text.split()) >= 2 \
                    and (_PERSON_BEFORE.search(before) or _BORN_AFTER.match(after)) \
                    and not names_a_company(m.text.split()[-1]) \
                    or _CHARACTER_BEFORE.search(before) \
                    or (_WHO_AFTER.match(after) and not names_a_company(m.text.split()[-1])):
                m = m.described_as("Person")
            elif _ORG_BEFORE.search(before) or _ORG_AFTER.search(after) or (
                    # "Pellmark said on Tuesday": one word that speaks on a day or in a
                    # statement, no person named before (those are surnames), no place
                    " " not in m.text and _STATED_AFTER.match(text, m.end)
                    and m.text not in places()) or (
                    " " in m.text and m.text.split()[-1] in ORG_DESIGNATORS) or (
                    # "Tarrow Games", "Tarnside Games", "Dorvik Software"; "the Olympic Games"
                    # is an event, "the Open Source Software" no company
                    " " in m.text and m.text.split()[-1] in ("Games", "Studios", "Software",
                                                             "Softworks")
                    and m.text.split()[0] not in _KINDS_OF_SOFTWARE
                    and not re.search(r"\b(?:the|at|in|of)\s+$", before, re.I)):
                m = m.described_as("Organization")
            elif _MODEL_BEFORE.search(before):
                m = m.described_as("AIModel")
            elif (maker := _maker_first(m, companies, before)) is not None:
                m = Mention(m.start, m.end, m.text, "Product", m.text, "described", maker=maker)
            elif _PRODUCT_BEFORE.search(before) or _PRODUCT_AFTER.search(after) \
                    or _product_headed(m.text) \
                    or _FOR_PLATFORM.match(after) or _for_a_product(text, m, products) \
                    or _used_for_a_purpose(text, m, before) \
                    or (_UNDER_THE.search(before) and _BRAND_AFTER.match(after)):
                m = m.described_as("Product")
            elif (coded := _CODED_NAME.fullmatch(m.text)) and coded.group(1) not in not_numbered:
                # "Galaxy S25", "Tensor G4", "Corvo X2": a name and a letter-number model code
                m = m.described_as("Product")
            elif (versioned := _VERSIONED_NAME.fullmatch(m.text)) \
                    and versioned.group(1) not in not_numbered:
                # "Orbis-2", "Harrow-7B": an unknown name with a version number is a made
                # thing, a model when its size is given or a model is spoken of around it
                kind = "AIModel" if versioned.group(2) or _MODEL_NEAR.search(
                    text, max(0, m.start - 80), m.end + 80) else "Product"
                m = m.described_as(kind)
        out.append(m)
    return out


_KINDS_OF_SOFTWARE = frozenset(read_words(data_dir("patterns") / "en" / "software_kinds.txt"))
"""First words of a kind of software or game, not of a company ("Open Source Software")."""
_PRODUCT_HEADS = words_for("en/product_heads.tsv", "unknown_name")


def _product_headed(name: str) -> bool:
    """A name of two or three words ending in a product word ("Tessel Copilot", "Velmora Pay":
    patterns/en/product_heads.tsv) is a product; not a kind of software ("Enterprise Suite")."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[-1] in _PRODUCT_HEADS \
        and words[0] not in _KINDS_OF_SOFTWARE


_CODED_NAME = re.compile(r"([A-Z][a-z]{2,}(?:[A-Z][a-z]+)?)(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?![QH]\d\b)"
                         r"[A-Z]{1,2}\d{1,3}(?:[ \t]+[A-Z][a-z]+)?")
"""A capitalised word or two (one may be joined, "ThinkPad"), a model code of a capital or two
and a number, and maybe a trim word ("Veloce GT7 Sport"); not a quarter or half year ("Sales
Q4", "Results H1")."""
_VERSIONED_NAME = re.compile(r"([A-Z][A-Za-z]{2,})-\d{1,3}(?:\.\d{1,2})?([BM])?")
_MODEL_NEAR = re.compile(r"\b(?:models?|LLMs?|chatbots?)\b")


_HEADED_TITLES = en_roles_regex("leads_company")
"""Titles before "of" and a company named after its founder: patterns/en/roles.tsv, column
leads_company (a space there: any run of spaces)."""
_HEADED_ORG_BEFORE = re.compile(
    rf"\b(?:{_HEADED_TITLES}"
    r"|shares|subsidiary|division|stake|acquisition|takeover|purchase|buyout)\s+(?:of|at|in)"
    r"\s+(?:the\s+)?$", re.I)


@cache
def _owner_possessive() -> re.Pattern[str]:
    """A possessive before a noun phrase whose noun (after up to two words) is none only a
    company has (patterns/en/company_part_nouns.txt): "Anna Kirk's club"."""
    nouns = longest_first(read_words(data_dir("patterns") / "en" / "company_part_nouns.txt"))
    return re.compile(rf"(?:['’]s|(?<=s)['’])[ \t]+(?!(?:[\w-]+[ \t]+){{0,2}}(?:{nouns})\b)")


def companies_named_like_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """English: a first name and surname after 'CEO of', 'shares of' or 'acquisition of' is a
    company named after its founder ("took over as CEO of Marcel Brandt"), and so are its other
    mentions; not with a possessive before another noun ("the founder of Anna Kirk's club":
    the club's), unless a noun only a company has ("the CEO of Marcel Brandt's unit")."""
    keys = {m.key for m in mentions if m.type == "Person" and m.source == "person"
            and _HEADED_ORG_BEFORE.search(text[max(0, m.start - 40):m.start])
            and not _owner_possessive().match(text, m.end)}
    if not keys:
        return mentions
    return [m.described_as("Organization")
            if m.key in keys and m.type == "Person" and m.source in ("person", "surname")
            else m for m in mentions]


_NUMBER_AFTER = re.compile(
    r"[ \t]+(?P<n>[1-9]\d{0,2}|[IVX]{1,4})(?![\w:/%-]|[.,]\d|[ \t]*(?:%|percent|per\b|million"
    r"|billion|thousand|years?|months?|weeks?|days?|hours?|minutes?|times|of\b|to\b|-))")
@cache
def _not_numbered() -> frozenset[str]:
    """Words that end or begin a capitalised run a number follows without making it a product
    (patterns/en/not_numbered.txt)."""
    return frozenset(read_words(data_dir("patterns") / "en" / "not_numbered.txt"))


def numbered_names(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """English: an untyped name with a sequel number is a product ("Harrow Quest II",
    "Dune Racer Unlimited 2", "Commodore 64"); kings, wars and chapters are not."""
    out = []
    firsts, not_numbered = first_names(), _not_numbered()
    for m in mentions:
        after = _NUMBER_AFTER.match(text, m.end)
        if m.type == "Person" and m.source == "person" and after \
                and after.group("n").isdigit() and int(after.group("n")) < 100:
            # "Alan Wake 2", "Jade Ultra 7": a sequel or model number after what looked like a
            # first name and surname; a person's name takes no number
            surface = text[m.start:after.end()]
            out.append(Mention(m.start, after.end(), surface, "Product", surface, "described",
                               m.family))
            continue
        if m.type != "Name" or m.source != "name":
            out.append(m)
            continue
        words = m.text.split()
        end, roman = m.end, True
        if code := _MODEL_CODE_AFTER.match(text, m.end):
            end, roman = code.end(), False  # "Vexon i7-8700K", "Korvex RX 7900 XTX"
        elif after:
            end, roman = after.end(), not after.group("n").isdigit()
        elif len(words) >= 2 and _ROMAN.fullmatch(words[-1]):
            words = words[:-1]  # the numeral is already inside the name: "Harrow Quest II"
        else:
            out.append(m)
            continue
        if words[0] in not_numbered or words[-1] in not_numbered or words[-1] in places() \
                or words[-1] in lex.not_names or (roman and all(w in firsts for w in words)):
            # "World War II", "Chapter 11", "Louis XIV", "John Paul II"; a title with a word
            # no first name is ("Harrow Man X", "Tarn Saga IV") keeps its numeral
            out.append(m)
            continue
        if edition := _EDITION_AFTER.match(text, end):
            end = edition.end()  # "Tarn Quest 5 Royal", "Harrow Racer 2 Deluxe Edition"
        surface = text[m.start:end]
        kind = "AIModel" if _MODEL_BEFORE.search(text, max(0, m.start - 40), m.start) \
            else "Product"  # "its own model, NB-Voice 2"
        out.append(Mention(m.start, end, surface, kind, surface, "described", m.family))
    return out


_ROMAN = re.compile(r"II|III|IV|V|VI|VII|VIII|IX|X")
_MODEL_CODE_AFTER = re.compile(r"[ \t]+(?:[a-z]\d{1,2}(?:[ \t]?-[ \t]?\d{3,5}[A-Z]{0,3})?"
                               r"|\d{3,5}(?:[A-Z]{1,3}|[ \t][A-Z]{2,3}))(?![\w'’-])")
"""A hardware model code after a name: "i7-8700K" (tokenised text: "i9 - 9980XE"), "7950X",
"7900 XTX"; a bare number of four digits is as often a year."""
_EDITION_AFTER = re.compile(
    r"[ \t]+(?:(?:Deluxe|Definitive|Special|Complete|Anniversary|Collector's|Ultimate|Gold|Extreme"
    r"|Enhanced|Director's)[ \t]+(?:Edition|Cut)|Remastered|Remake|Deluxe|HD|Royal|Redux"
    r"|Reloaded|Turbo|Ultimate|Portable|Online|Arena|Legends|Unlimited|Plus|Pro|Ultra|Max|Mini"
    r"|Lite)(?![\w'’-])")
"""An edition's word after a numbered title: "Tarn Quest 5 Royal", "Harrow 2 Deluxe Edition"."""


_LIST_GAP = re.compile(r"\)?(?:\s*\([^()\n]{1,12}%\))?"
                       r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)(?:the\s+)?"
                       r"|\s*\(")
"""Between the names of a list; a share may follow each: "A (55%), B (15%) and C"; an
article may precede each: "the Game Boy, the Virtual Boy and the Nintendo 64"; a name may
be spelt out in brackets: "TFA (Tarn Farmers' Association), B and C", "TFA(Tarn Farmers'
Association) (55%), B"."""
_LIST_GAP_DE = re.compile(r"(?:\s*,\s*(?:und\s+|oder\s+|sowie\s+)?|\s+(?:und|oder|sowie)\s+"
                          r"|\s*/\s*)")
_LIST_AND = {"en": re.compile(r"\b(?:and|or)\b|&"),
             "de": re.compile(r"\b(?:und|oder|sowie)\b|&")}
_LIST_HEAD = re.compile(rf"\s+(?:{_product_nouns('list_head')})\b")
"""'A, B and C consoles': patterns/en/product_nouns.tsv, column list_head."""


_CAST_BEFORE = re.compile(r"\b(?:[Cc]haracters|[Cc]ast|his\s+friends|her\s+friends|[Aa]llies"
                          r"|[Cc]ompanions|[Vv]illains|[Hh]eroes|[Hh]eroines|[Pp]rotagonists"
                          r"|[Aa]ntagonists|[Bb]osses|[Rr]oster),?\s+(?:include|includes|including"
                          r"|such\s+as|are)\s+(?:the\s+)?$")
"""'Characters include A, B and C', 'his friends, such as A, B and C': a game's or film's cast
are people."""


_PRODUCTS_BEFORE = re.compile(rf"\b(?:{_product_nouns('listed')})\s*,?\s+"
                              r"(?:include|includes|included|including|such\s+as|are|were)"
                              r"\s+(?:the\s+)?$")
"""'Its products include A, B and C', 'moped lines including the A and the B': the listed
names are products (patterns/en/product_nouns.tsv, column listed)."""


_OWNERS_BEFORE = re.compile(r"\b(?:[Ss]hareholders|[Ss]hare\s+holders|[Oo]wners|[Ss]tockholders)"
                            r"\s+(?:include|includes|including|are)\s+(?:the\s+)?$")
"""'Its shareholders include A (55%), B (15%) and C': owners whose names say nothing more,
listed with no person among them, are companies."""


_OWNER_OF_NOUN = re.compile(r"(?:'s|’s)\s+[a-z]")
"""A name owning the noun after it is no item of a list: "Tarvo, Velmora's coding assistant"."""
_USER_AFTER = re.compile(
    r"(?:[ \t]+(?:has|have|had|now|also|then|later|quickly|soon|swiftly|promptly))*[ \t]+"
    rf"(?:{words_regex('en/product_verbs.tsv', 'user_after')})".replace(r"\ ", r"[ \t]+")
    + r"(?![\w-])")
"""After a name, a verb whose subject is a user of something: the name opens a clause of its
own ("Kestrel launched Orbit 5 and Vexor adopted it"; patterns/en/product_verbs.tsv)."""


def typed_by_list(text: str, mentions: list[Mention], lang: str = "en") -> list[Mention]:
    """Untyped names in a list with products, before a product noun or after "products
    include", are products too ("for the Nimbus 360, Quasar and Tarn Box", "its Harlow,
    Brisk and Corvane brands"); full names listed with people are people ("Dana Reyes
    and Tituss Vale"); in a list of companies joined by "and"/"und", companies ("Allianz und Axa").
    A list that mixes other kinds types nothing."""
    gap = _LIST_GAP_DE if lang == "de" else _LIST_GAP
    conjunction = _LIST_AND.get(lang, _LIST_AND["en"])
    out = list(mentions)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and gap.fullmatch(text, out[j].end, out[j + 1].start) \
                and not _OWNER_OF_NOUN.match(text, out[j + 1].end) \
                and not (lang == "en" and out[j + 1].type == "Name"
                         and _USER_AFTER.match(text, out[j + 1].end)):
            j += 1
        chain = out[i:j + 1]
        if len(chain) >= 2:
            kinds = {m.type for m in chain if m.type != "Name"}
            before = text[max(0, chain[0].start - 60):chain[0].start]
            headed = lang == "en" and bool(_LIST_HEAD.match(text, chain[-1].end)
                                           or _PRODUCTS_BEFORE.search(before))
            cast = _CAST_BEFORE.search(before)
            owners = _OWNERS_BEFORE.search(before)
            people = kinds == {"Person"} and all(len(m.text.split()) >= 2 for m in chain)
            # a cast's names are characters, those the catalogue knows as models too ("Falcon");
            # a list with companies is no cast ("allies include X Inc.")
            kind = "Person" if (cast and "Organization" not in kinds) or people else \
                "Organization" if owners and kinds <= {"Organization"} else \
                "Product" if kinds == {"Product"} or (not kinds and headed) else \
                "Organization" if kinds == {"Organization"} and any(
                    conjunction.search(text[a.end:b.start])
                    for a, b in zip(chain, chain[1:], strict=False)) else None
            if kind:  # companies too: "Apple, Google and Quarrystone" (a list needs its "and")
                for k in range(i, j + 1):
                    m = out[k]
                    if m.type == "Name" or (cast and kind == "Person" and m.type == "AIModel"):
                        out[k] = m.described_as(kind)
        i = j + 1
    return out


_SPEECH_AFTER = re.compile(
    rf",?\s+(?:{words_regex('speech_verbs.tsv', 'name_before')})\b")
"""A verb of saying after a name: the name is who speaks, no product's subtitle. Any verb with
its subject before it counts ("announced", "reported"; patterns/speech_verbs.tsv, column
name_before); coref._SAID, before a speaker, takes only the verbs English puts before their
subject ("..., said Dana Reyes")."""


def product_subtitles(text: str, mentions: list[Mention]) -> list[Mention]:
    """English: a known product's name and an unknown name right after it are one product
    ("Tarnview Camera", "Assassin's Creed Origins", "Harrow OS 10 Mobile"), linked to the
    known one as its family."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.type == "Name" and m.source == "name" \
                and prev.type == "Product" and prev.source in ("catalogue", "version") \
                and text[prev.end:m.start] == " " and len(m.text.split()) <= 3 \
                and not m.text.endswith(("'s", "’s")) and not m.text.isupper() \
                and not _SPEECH_AFTER.match(text, m.end):
            surface = text[prev.start:m.end]
            out[-1] = Mention(prev.start, m.end, surface, "Product", surface, "described",
                              prev.family or prev.key, prev.maker)
            continue
        out.append(m)
    return out


def short_company_names(mentions: list[Mention]) -> list[Mention]:
    """English: an untyped one-word name that is the first word of a company the article
    names in full is that company on second mention ("Ashvale Mutual ... Ashvale's chief
    executive"); not when two companies named share that word."""
    firsts: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "Organization" and len(words) >= 2 and len(words[0]) >= 4 \
                and m.source in ("described", "legal-form", "cue", "catalogue"):
            firsts.setdefault(words[0], set()).add(m.key)
    if not firsts:
        return mentions
    out = []
    for m in mentions:
        keys = firsts.get(m.text) if m.type == "Name" and m.source == "name" else None
        if keys and len(keys) == 1:
            m = replace(m, type="Organization", key=next(iter(keys)), source="surname")
        out.append(m)
    return out


_APP_AFTER = re.compile(r"[ \t]+app\b(?![-'’])")


def model_apps(text: str, mentions: list[Mention]) -> list[Mention]:
    """English: a model's name and "app" is the app, a product of its own ("the Gemini app
    overtook ChatGPT"): the model runs in it, the charts rank it."""
    out = []
    for m in mentions:
        app = _APP_AFTER.match(text, m.end) if m.type == "AIModel" else None
        if app is None:
            out.append(m)
            continue
        surface = text[m.start:app.end()]
        out.append(Mention(m.start, app.end(), surface, "Product", f"{m.key} app", "described",
                           None, m.maker))
    return out


_OWNER_END = re.compile(r"['’]s[ \t]+(?=[A-Z0-9])")


_TECH_HEAD_AFTER = re.compile(
    r"\s+(?:(?:AI|voice|shopping|coding|mobile|smart|new)\s+)?"
    rf"(?:{_product_nouns('tech_head')})\b")
"""A tech product's head noun after a name: "Epic's MyChart app" is Epic's product, while a
game's title keeps its possessive ("Baldur's Gate"); patterns/en/product_nouns.tsv, column
tech_head."""


_PRODUCT_VERB_BEFORE = re.compile(
    rf"\b(?:{words_regex('en/product_verbs.tsv', 'takes_product')})\s+$".replace(r"\ ", r"\s+"))
"""A verb whose object is a product, right before a name (patterns/en/product_verbs.tsv,
column takes_product)."""
_TITLE_WORDS = frozenset(read_words(data_dir("patterns") / "en" / "title_words.txt"))


def _used_product(text: str, m: Mention, owner: str, rest: str) -> bool:
    """'Dunmore Bank uses Velmora's Tarvo': an unknown "X's Y" as the object of a verb that
    takes a product is company X's product Y; not "Velmora's Chief Executive", "Velmora's
    Tuesday announcement", "Velmora's London office" (a title, calendar or place word after
    the possessive), nor a person's first name before it."""
    if len(owner.split()) > 2 or len(rest.split()) > 3 or owner in first_names() \
            or owner in places():
        return False
    head = rest.split()[0]
    lex = load_lexicon("en")
    if head in lex.not_names or head in _TITLE_WORDS or head in places():
        return False
    return bool(_PRODUCT_VERB_BEFORE.search(text, max(0, m.start - 30), m.start))


_RUNS_ON_AFTER = re.compile(
    r"[ \t]+(?:(?:now|also|already|still)[ \t]+)?(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+")
               for w in read_words(data_dir("patterns") / "en" / "runs_on.txt"))
    + r")\b")
"""What says a product is built on something, right after its name: "... runs on",
"... is powered by" (patterns/en/runs_on.txt)."""


def _numbered_product_runs_on(text: str, m: Mention, owner: str, rest: str) -> bool:
    """'Kestrel Mobile's Orbit 5 runs on Gemini Nano': an unknown "X's Y 5", a name with a
    number last, before a verb that says what a product is built on, is company X's
    product Y 5; not "Velmora's Chief Executive", a person's or a place's "'s", nor a
    game's title that is said to be something else ("Baldur's Gate 3 is a role-playing
    game")."""
    words = rest.split()
    if m.type != "Product" or len(owner.split()) > 2 or not 2 <= len(words) <= 3 \
            or not re.search(r"\d", words[-1]) or owner in first_names() or owner in places():
        return False
    if words[0] in load_lexicon("en").not_names or words[0] in _TITLE_WORDS:
        return False
    return bool(_RUNS_ON_AFTER.match(text, m.end))


def owner_split(mentions: list[Mention], text: str = "") -> list[Mention]:
    """English: a name run that began with a company the article names on its own is that
    company and its product ("Harrowgate's Gloomhaven Tactics" where "Harrowgate" is a
    company elsewhere in the article); so is one of a word or two before "'s" and a product
    noun after ("Quorvel's Tessa app", "Marlin's Orca chip"), or a product verb before
    ("uses Velmora's Tarvo")."""
    if not any("'s " in m.text or "’s " in m.text for m in mentions):
        return mentions
    orgs = {m.text: m.key for m in mentions if m.type == "Organization"}
    out = []
    for m in mentions:
        own = _OWNER_END.search(m.text) if m.type in ("Name", "Product") \
            and m.source in ("name", "described") else None
        owner = m.text[:own.start()] if own else ""
        headed = bool(own) and m.type == "Product" and len(owner.split()) <= 2 \
            and bool(_TECH_HEAD_AFTER.match(text, m.end))
        used = bool(own) and not headed and owner not in orgs \
            and (_used_product(text, m, owner, m.text[own.end():])
                 or _numbered_product_runs_on(text, m, owner, m.text[own.end():]))
        if own is None or (owner not in orgs and not headed and not used):
            out.append(m)
            continue
        rest = m.text[own.end():]
        if used:
            out.append(Mention(m.start, m.start + len(owner), owner, "Organization", owner,
                               "described"))
            out.append(Mention(m.start + own.end(), m.end, rest, "Product", rest, "described"))
            continue
        if owner not in load_lexicon("en").not_names:  # "Tuesday's Lumen headset launch"
            out.append(Mention(m.start, m.start + len(owner), owner, "Organization",
                               orgs.get(owner, owner), "described"))
        out.append(Mention(m.start + own.end(), m.end, rest, m.type, rest, m.source))
    return out


_FIRM_DESCRIBED = re.compile(
    r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|manufacturer|maker"
    r"|corporation|carmaker|automaker|brand|retailer|conglomerate)\b")


_OWNED_KIND = re.compile(
    r",\s+(?:[A-Z][\w&.-]*\s+){0,2}?[A-Z][\w&.-]*(?:'s|’s)\s+(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,3}?"
    rf"(?:{_KIND_WORDS['Product']})(?=\s*[,.;:)]|\s+(?:that|which|for|with|and|since|in|on)\b)")
"""'Tarvo, Velmora's coding assistant,': an apposition naming an owner and a product noun
as its head (the noun last: not "Velmora's product chief") makes a product."""


def typed_by_description(text: str, mentions: list[Mention]) -> list[Mention]:
    """'X is a video game ...', 'X, a Paris-based startup, ...': the description types X.

    Only untyped names are retyped; what a finder already typed stays as it is, but for a
    founder's surname described as a company ("Marco Tellini founded ... Tellini was an
    Italian manufacturer of bicycles": the company named after him).
    """
    out = []
    for m in mentions:
        if m.type == "Name":
            kind = described_kind(text[m.end:m.end + 160])
            if kind is None and text.startswith(",", m.end) and _OWNED_KIND.match(text, m.end):
                kind = "Product"
            if kind:
                m = m.described_as(kind)
        elif m.type == "Person" and m.source == "surname" and " " not in m.text \
                and _FIRM_DESCRIBED.match(text, m.end):
            # keyed by its own text: the company, not the founder the surname stood for
            m = Mention(m.start, m.end, m.text, "Organization", m.text, "described")
        out.append(m)
    return out


_NOT_BEFORE_HEAD = ("(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines|bei|beim|von|vom"
                    "|mit|für|in|im|an|am|auf|aus|zu|zum|zur|seit|nach|über|unter|als|sich)")
"""Words that end an apposition's run of adjectives: a relative clause or a phrase follows."""


def typed_by_apposition(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """German 'STACKIT, die hauseigene Cloud-Plattform', 'Prima Materia, der
    Investmentgesellschaft des ...': the head noun of the apposition types the name.

    Untyped names take any cue type; a name the person finder guessed from a first name
    becomes an organisation when the apposition says so. Every mention with that key follows.
    """
    _, cue_types, _ = cue_pattern(lex)
    # adjectives may stand before the head, an article or a preposition may not: in "Lea
    # Hartmann, die das Start-up leitet" the relative clause's object is no apposition
    head = re.compile(rf",\s+(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines)\s+"
                      rf"(?:(?!{_NOT_BEFORE_HEAD}\s)[{LOWER}][\w-]*\s+"
                      rf"|[{UPPER}][{LOWER}]+er\s+){{0,2}}"
                      rf"(?P<head>[{UPPER}][\w-]*)")
    retyped: dict[str, str] = {}
    for m in mentions:
        if m.type == "Name" or (m.type == "Person" and m.source == "person"):
            h = head.match(text, m.end)
            kind = inflected_cue_type(h.group("head"), lex, cue_types) if h else None
            if kind and (m.type == "Name" or kind == "Organization"):
                retyped.setdefault(m.key, kind)
    if not retyped:
        return mentions
    return [m.described_as(retyped[m.key])
            if m.key in retyped and (m.type == "Name" or m.source in ("person", "surname"))
            else m for m in mentions]


def same_name_same_type(mentions: list[Mention]) -> list[Mention]:
    """An untyped name takes the type its other mentions in the article were given:
    "Talentgrid, a startup ..." makes the later "Talentgrid's assistant" a company too."""
    types: dict[str, str] = {}
    for m in mentions:
        if m.type not in ("Name", "Round"):
            types.setdefault(m.key, m.type)
    return [m.described_as(types[m.key])
            if m.type == "Name" and m.key in types else m for m in mentions]


_NEW_VERSION = re.compile(r"(.+?)[ \t-]?(?:[1-9]\d?(?:\.\d{1,2})?|[IVX]{1,4})")


def versions_of_models(mentions: list[Mention]) -> list[Mention]:
    """A name with a number after a name the article calls a model is that model's new version:
    "its model family, Sundew ... Sundew 3 beats" (the number alone made it a product)."""
    models = {m.text: m.key for m in mentions if m.type == "AIModel"}
    if not models:
        return mentions
    out = []
    for m in mentions:
        if m.type == "Product" and m.source == "described" and m.family is None \
                and (v := _NEW_VERSION.fullmatch(m.text)) and v.group(1) in models:
            m = Mention(m.start, m.end, m.text, "AIModel", m.key, "described", models[v.group(1)])
        out.append(m)
    return out


@cache
def _company_contexts(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """patterns/<lang>/company_contexts.tsv: what stands before, and after, a company."""
    path = data_dir("patterns") / lang / "company_contexts.tsv"
    rows = read_table(path) if path.exists() else []
    never = r"(?!)"
    before = "|".join(f"(?:{r['pattern']})" for r in rows if r["side"] == "before") or never
    after = "|".join(f"(?:{r['pattern']})" for r in rows if r["side"] == "after") or never
    return re.compile(before), re.compile(after)


def typed_by_company_context(text: str, mentions: list[Mention], lex: Lexicon
                              ) -> list[Mention]:
    """German: an untyped name in a context only a company has ("die Aktie von Quorix",
    "Quorix mit Sitz in Ulm") is an organisation, and so is every mention of it."""
    before, after = _company_contexts(lex.lang)
    orgs = set()
    for m in mentions:
        if m.type == "Name" and (before.search(text[max(0, m.start - 60):m.start])
                                 or after.match(text[m.end:m.end + 80])):
            orgs.add(m.key)
    if not orgs:
        return mentions
    return [m.described_as("Organization")
            if m.type == "Name" and m.key in orgs else m for m in mentions]


_CREDIT_LINE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[Vv]on|Text|Autor|Autorin)[ \t]*:?"
                          r"|(?:^|\n)[ \t]*(?:Zuletzt[ \t]+)?(?:[Aa]ktualisiert|[Vv]eröffentlicht)"
                          r"[ \t][^\n]{0,40}[ \t]von"
                          r"|\b(?:Foto|Fotos|Bild|Bilder|Grafik)[ \t]*:)[ \t]*$")
"""A byline ("Von Ilvio Brenzach" opening a line, "Aktualisiert am 3.4.24, 9:15 Uhr von ...")
or a picture credit ("Foto: ...")."""


def credited_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """German: two unknown words in a row after a byline or picture credit are a person's
    name whose first name the list of first names lacks ("Foto: Simela Pantzartzi")."""
    out = []
    for m in mentions:
        if m.type == "Name" and m.source == "word" and len(m.text.split()) == 2 \
                and _CREDIT_LINE.search(text, max(0, m.start - 60), m.start):
            m = m.described_as("Person")
        out.append(m)
    return out


_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:[Dd]ie|der)\s+$")
"""Feminine articles, as German company names take them ("die KVB", "mit der KVB"); a
capital "Der" opens a sentence about a masculine thing ("Der CLA soll ...": a car)."""


def acronyms_with_article(text: str, mentions: list[Mention]) -> list[Mention]:
    """German: an acronym after a feminine article names an organisation ("mit der KVB",
    "Die AMB setzt"; not "Kunden von STACKIT", a product); every mention of it follows.
    One followed by another name is a product ("HTC Vive"); acronyms that are no company
    are listed in not_names.txt."""
    orgs = {m.key for m in mentions if m.type == "Organization" and m.source == "compound"}
    for m in mentions:
        if m.type == "Name" and m.source == "name" \
                and re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜ&]{1,6}", m.text) \
                and _ARTICLE_BEFORE.search(text, max(0, m.start - 12), m.start) \
                and not re.match(rf"[ \t]+[{UPPER}]|-", text[m.end:m.end + 2]):
            orgs.add(m.key)
    if not orgs:
        return mentions
    return [m.described_as("Organization")
            if m.type == "Name" and m.key in orgs else m for m in mentions]


_GENERIC_WORDS = words_for("generic_tech.tsv", "after_company")
"""After a company name these say what kind of thing, not which: "Intel CPU", "Rakuten Card"."""
_SUBSIDIARY = frozenset(read_words(data_dir("patterns") / "subsidiary_words.txt"))


_HELD_SHARE_BEFORE = re.compile(r"\b(?:percent|per\s+cent|%|stake|shares|interest)\s+(?:of|in)\s+$")
"""Before a maker's name and a word, a share held in it: a company ("38 percent of Tarn
Display", "a stake in Tarn Chem"), not a product of the maker."""
_POSSESSIVE_NEXT = re.compile(r"['’]s?(?!\w)")
_PROSE_AFTER = re.compile(r"[ \t]+[a-z]|[ \t]*[,;)—–]")
"""After a name, a lower-case word or a comma: the name stands in prose, not in a title-case
headline ("the Tarnsoft Open Patent Pledge, a covenant")."""


def brand_products(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Adobe Lightroom', 'Microsoft Paint': a known maker's name, then an untyped name.

    The pair is one product made by that company (``maker``). A second part that names
    a business ("Ubisoft Studios", "Samsung Mobile") makes a company, not a product.
    """
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (nxt is not None and m.type == "Organization" and m.source in ("catalogue", "legal-form")
                and nxt.type == "Name" and nxt.source != "word"
                and text[m.end:nxt.start] == " " and m.text[-1:] != "."
                and (len(nxt.text.split()) <= 2 or (len(nxt.text.split()) <= 4
                                                    and _PROSE_AFTER.match(text, nxt.end)))
                and nxt.text.split()[0] not in places()
                and nxt.text not in _GENERIC_WORDS
                and not any(w.endswith("ed") for w in nxt.text.split())):
            # (at most two words, or four when a lower-case word follows, none a past
            # participle: title-case headlines run on)
            surface = text[m.start:nxt.end]
            if nxt.text.split()[-1] in _SUBSIDIARY \
                    or _HELD_SHARE_BEFORE.search(text, max(0, m.start - 30), m.start) \
                    or (_ORG_BEFORE.search(text[max(0, m.start - 40):m.start])
                        and not _POSSESSIVE_NEXT.match(text, nxt.end)):
                # "developed by EA Harrowfield", "acquired by Sega Tarnwick": a studio
                out.append(Mention(m.start, nxt.end, surface, "Organization", surface, "brand"))
            else:
                out.append(Mention(m.start, nxt.end, surface, "Product", surface, "brand",
                                   maker=m.key))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_CLOUD_PLATFORMS = frozenset(read_words(data_dir("patterns") / "en" / "cloud_platforms.txt"))
_PLATFORM_BEFORE = re.compile(
    r"(?<![\w-])(?:on|onto|via|through|(?:customers?|clients?|users?)[ \t]+of"
    r"|(?:moved|moves|moving|migrated|migrates|migrating|shifted|shifts|switched|switches)"
    r"(?:[ \t]+[\w-]+){1,4}?[ \t]+to"
    rf"|{words_regex('en/product_verbs.tsv', 'takes_product')}".replace(r"\ ", r"[ \t]+")
    + r")[ \t]+(?:the[ \t]+)?$")
_POSSESSIVE_AFTER = re.compile(r"['’]")


def cloud_platforms(text: str, mentions: list[Mention]) -> list[Mention]:
    """English: a company named like its cloud platform after a verb of using or "on" names
    the platform ("Tarnby relies on AWS", "hosted on Google Cloud"), a product
    (patterns/en/cloud_platforms.txt); the company it stays elsewhere ("AWS signed", "on
    AWS's chips")."""
    out = []
    for m in mentions:
        if m.type == "Organization" and m.key in _CLOUD_PLATFORMS \
                and _PLATFORM_BEFORE.search(text, max(0, m.start - 60), m.start) \
                and not _POSSESSIVE_AFTER.match(text, m.end):
            m = m.described_as("Product")
        out.append(m)
    return out

