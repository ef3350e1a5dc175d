"""Mentions with no name of their own, resolved to an entity named before them.

A light coreference step, run on the named mentions mentions.py found: a description
("der Konzern", "the startup", "the company"), a pronoun ("er", "sie", "es", "it") or a
bare title ("der Chef", "the chief executive") refers back to the last compatible
entity: the right type, not a news agency or a quoted outlet, not a company the
sentence names only as a backer, rival or source. Funding rounds get their raiser as
owner ("its Series B").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import takewhile

import regex

from .catalogue import Catalogue
from .lexicon import (
    EN_TRADE,
    LOWER,
    UPPER,
    Lexicon,
    compile_scan,
    cue_pattern,
    cue_type,
    en_roles_regex,
    longest_first,
    name_gender,
    places,
    words_for,
    words_regex,
)
from .models import Mention
from .resources import data_dir, read_words

# what may stand between a company and its chief's title: "SAPs Chef", "Telekom-Chef",
# "Promptera-Mitgründer und Chef"
_CHIEF_AFTER_NAME = re.compile(r"(?:'s|’s|s)?(?:-[\w-]*)?\s*(?:(?:und|and)\s+-?)?(?:[\w-]+\s+)?")


_RAISE = compile_scan(r"\b(?:raise[sd]?|raising|secured?|secures|closed|closes|lands|landed"
                    r"|nets|netted"
                    r"|sammelt\w*|eingesammelt|erhält|erhielt|erhielten|erhalten|eingeworben|bekommt"
                    r"|bekam|bekamen|holt|holte|holten|gesichert|sichert"
                    # "X hat frisches Kapital von ...", "X has fresh funding from ..."
                    r"|frisches\s+(?:Kapital|Geld)|fresh\s+(?:capital|funding|money|cash))\b")
_ROUND_OF = re.compile(r"(?i)\b(?:round|funding|financing|investment|stake|Runde|Finanzierungsrunde"
                       r"|Finanzierung)\s+(?P<prep>in|into|for|of|bei|von|des|der|(?:that|which)\s+values"
                       r"|valuing)\s+(?:the\s+|dem\s+|den\s+)?"
                       r"(?:[\w-]+\s+){0,3}?$")
"""'a round in X', 'die Finanzierungsrunde bei X': X is the company raising the money."""
_GIVER = re.compile(r"(?i)\b(?:von|vom|from|by)\s+(?:\S+\s+){0,4}$")
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:by|from|of|with|at|for|than|von|mit|bei)\s+"
                                 r"(?:[\w-]+\s+){0,2}$")
_FUND_RAISED = re.compile(r"(?i)\s+(?:a|an|its|their|another)\s+(?:[^\s.;:]+\s+){0,5}?"
                          r"(?:fund|funds|vehicle)\b")
_FONDS = re.compile(r"(?i)\b(?:einen|seinen|ihren|den|neuen)\s+(?:[^\s.;:]+\s+){0,2}?\w*fonds\b")
"""A fund raised ("Y, which raised a new $300m fund", "Y hat einen neuen Fonds über 200 Mio.
Euro eingesammelt"): an investor's money to invest, not a round."""
_LED = re.compile(r"(?i)\b(?:angeführt|geführt|anführ\w*|led|co-led|headed|anchored)\b")


def _last_raiser(text: str, named: list[Mention], start: int,
                 sent_starts: Sequence[int]) -> Mention | None:
    """The last organisation before ``start`` that is the subject of raising money."""
    # from the last one back: the first found is the answer (most names before a round
    # are not read at all)
    for m in reversed(named):
        if m.start < start and m.type in ("Organization", "Name") \
                and _raised_money(text, m, sent_starts):
            return m
    return None


def _raised_money(text: str, m: Mention, sent_starts: Sequence[int]) -> bool:
    """Is ``m`` said to raise money in its sentence ("X has raised", "a round in X")?"""
    sent = bisect_right(sent_starts, m.start) - 1
    # what comes before a name is read in its own sentence: "The round was led by Y.
    # Separately, X raised ...": X raised money, Y gave none of it
    begin = sent_starts[sent] if sent >= 0 else 0
    end = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else len(text)
    return _raised_in(text, m.start, m.end, begin, end)


@lru_cache(maxsize=4096)
def _raised_in(text: str, start: int, stop: int, begin: int, end: int) -> bool:
    """_raised_money for the name at text[start:stop] in the sentence text[begin:end].
    Cached (emptied for each text): each reference back asks again about every name
    before it."""
    raised = _RAISE.search(text, stop, min(end, stop + 80))
    of = None if raised else _ROUND_OF.search(text, max(begin, start - 60), start)
    if not raised and not of or _GIVER.search(text, max(begin, start - 40), start):
        return False  # "Kapital von A und B gesichert": A and B gave it
    if raised:
        if _FUND_RAISED.match(text, raised.end(), end) \
                or _FONDS.search(text, stop, raised.start()):
            return False  # "Y, which raised a new $300m fund": an investor's own fund
        # not "X, founded by former Google scientists, has raised": X did
        return not _PREPOSITION_BEFORE.search(text, max(begin, start - 40), start)
    # not "Angeführt wurde die Runde von X": X led it; but "led a round in X"
    return of.group("prep").lower() in ("in", "into", "valuing") \
        or of.group("prep").lower().endswith("values") \
        or not _LED.search(text, max(begin, start - 60), of.start())


_QUOTED_WE = re.compile(r"[„\"“»«‚']\s*(?P<we>Wir)(?=[ \t]+[a-zäöü])")
"""A quote opening with "Wir" and a verb: the speaker's company, named before."""
_QUOTED_WE_EN = re.compile(r"[\"“]\s*(?P<we>We|Our)(?=[ \t]+[a-z])")
"""English: a quote opening with "We" or "Our" ("We use Claude for ...," said X): the
speaker's company, only where the quote says who spoke (no guess from the text before)."""
_ATTRIBUTION = re.compile(r"[^“”\"»«\n]{0,300}?[“”\"»«]\s*,?\s*"
                          rf"(?:(?:{words_regex('speech_verbs.tsv', 'quote_after')}"
                          rf"|{words_regex('speech_verbs.tsv', 'name_after')})\b"
                          r"[^.;\n]{0,100}|[^.;\n“”\"»«]{1,80}?\s(?:said|says|added|adds)\b)")
"""The rest of a quote and who said it: „Wir ...", sagt die Chefin von Quorix; "We ...," said
X, chief executive of Quorix; "We ...," Quorix chief executive X said (the verbs:
patterns/speech_verbs.tsv, columns quote_after and, for English, name_after)."""
_NOT_SPEAKERS = re.compile(r"\b(?:who|which|covers|covering|rivals?|competitors?|customers?"
                           r"|clients?|partners?|investors?|suppliers?)\b")
"""Words before a company in an attribution that make it another's ("said X, an analyst who
covers Quorix"): the quote's "we" is not that company."""


def _speakers_company(text: str, typed: list[Mention], typed_starts: list[int], start: int,
                      sent_starts: Sequence[int] | None = None) -> Mention | None:
    """The company named where a quote says who spoke ("sagt Quorix-Chefin Jana Berger"),
    else None: a quote's "Wir" is that company's, whichever the text named before."""
    m = _ATTRIBUTION.match(text, start)
    if m is None:
        return None
    said = text.rfind("“", start, m.end()), text.rfind("”", start, m.end()), \
        text.rfind('"', start, m.end()), text.rfind("«", start, m.end()), \
        text.rfind("»", start, m.end())
    lo, hi = bisect_left(typed_starts, max(said)), bisect_left(typed_starts, m.end())
    org = next((t for t in typed[lo:hi] if t.type == "Organization"), None)
    if org is not None and _NOT_SPEAKERS.search(text, max(said), org.start):
        return None
    if org is None and sent_starts is not None:
        # '"We use Claude," said Okafor': a speaker named with no company, whom the text
        # named the head or founder of one company before (one person only)
        people = [j for j in range(lo, hi) if typed[j].type == "Person"]
        if people and len({typed[j].key for j in people}) == 1:
            led = _companies_led(text, typed, typed_starts, sent_starts, people[0], start)
            if len(led) == 1:
                key = led.pop()
                org = next((t for t in typed if t.key == key), None)
    return org


_TOWNSFOLK = compile_scan(r"(?<![\w-])(?:[Dd]ie|[Dd]en)[ \t]+(?P<town>[A-ZÄÖÜ][a-zäöüß]+er)n?"
                          r"(?![\w-])(?![ \t]+(?:[A-ZÄÖÜ\d]|und\b|oder\b|sowie\b))")
"""'die Münchner', 'den Freiburgern' on their own: not 'die Münchner Firma', 'die Berliner
und Hamburger Start-ups'."""
_EN_PRONOUN = compile_scan(r"(?<![\w])(?:(?P<its>[Ii]ts|[Tt]heir)|(?P<It>It)|(?P<They>They)"
                           r"|(?P<he>[Hh]e|[Ss]he))(?![\w])")
"""The English pronouns that may point back, in one scan (one scan each was 2% of
extraction)."""
_EN_PRONOUN_KIND = {"its": "Organization", "It": "topic", "They": "topic-org", "he": "Person"}

_IT_SUBJECT = regex.compile(
    r"(?<=(?:[,;:][ \t]|\b(?:and|but|said|says|that|when|after|because|since|year|month|week"
    r"|now|then|today|where|while|so)[ \t]))it(?=[ \t]+(?:(?:also|now|then|recently|already"
    r"|still|has|had|have|will|currently|quickly|later|soon|first|even)[ \t]+)*"
    r"(?!(?:is|was|has|had|does|did|seems|looks|means|remains|takes|makes|gets)\b)"
    r"[a-z]{3,}(?:s|ed)\b)")
"""A lowercase "it" before a verb, after a clause boundary (also a colon: "made a decision: it
switched to"): a subject ("it switched to", "it has acquired"); not "it is unclear", "make it
easier"."""


_IT_AFTER_FRONTED = compile_scan(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:Originally|Initially)[ \t]+(?:(?:developed|created"
    r"|designed|programmed|built|written)[ \t]+)?by[ \t]+[^,.;:\n]{2,60},[ \t]+(?P<it>it)\b")
"""A lowercase "it" after a fronted maker: "Originally by Halvard Software, it was later sold":
the sentence goes on about the topic, as a sentence-opening "It" does, not about the maker."""


_IT_OBJECT = compile_scan(
    rf"(?<![\w-])(?P<verb>{words_regex('en/product_verbs.tsv', 'takes_product')})"
    .replace(r"\ ", r"[ \t]+")
    + r"[ \t]+(?P<it>it)(?![\w'’-])(?![ \t]+(?:is|was|has|had|will|would|could|can|may)\b)")
"""A lowercase "it" right after a verb whose object is a product ("Samsung now ships it",
"switched to it"; patterns/en/product_verbs.tsv, column takes_product)."""
_SUBJECT_BEFORE_VERB = re.compile(
    r"[ \t]+(?:(?:now|also|already|still|then|later|quickly|soon|has|have|had|will)[ \t]+)*")
"""What may stand between a verb's subject and the verb: "Samsung now ships it"."""
_IN_A_PHRASE = re.compile(
    r"\b(?:in|into|inside|on|onto|for|with|at|from|to|than|of)[ \t]+"
    r"(?:(?:its|their|his|her|the|a|an|new|latest|own)[ \t]+)*$")
"""A preposition before a name: the name is where or how a thing is used, not the thing."""


def _object_thing(text: str, typed: list[Mention], typed_starts: list[int],
                  sent_starts: Sequence[int], sent: int, verb: int) -> Mention | None:
    """The model or product an object "it" stands for: the last one named before the verb,
    in its sentence or the one before ("Google built Gemini and Samsung now ships it"), when
    no name comes between but the verb's own subject right before it, a company or a name
    not typed yet ("Kestrel launched Orbit 5 and Vexor adopted it"; not "Vexor bought Orbit
    maker Tarnby and uses it", where "it" may be Tarnby)."""
    begin = sent_starts[max(0, sent - 1)] if sent_starts else 0
    before = typed[bisect_left(typed_starts, begin):bisect_left(typed_starts, verb)]
    things = [i for i, m in enumerate(before) if m.type in ("AIModel", "Product")]
    if not things:
        return None
    ante, between = before[things[-1]], before[things[-1] + 1:]
    if _IN_A_PHRASE.search(text, max(0, ante.start - 40), ante.start):
        return None  # "Dell ships it in its new XPS 14, and Lenovo uses it": "it" is no XPS 14
    if len(between) > 1 or any(m.type not in ("Organization", "Name") or m.start < ante.end
                               or not _SUBJECT_BEFORE_VERB.fullmatch(text, m.end, verb)
                               for m in between):
        return None
    return ante


def _subject_org(text: str, typed: list[Mention], typed_starts: list[int],
                 sent_starts: Sequence[int], sent: int, start: int) -> Mention | None:
    """The company a lowercase subject "it" goes on about: the first name of its sentence
    when that is a company and no other company comes between; else the first name of the
    sentence before when that is a company and its sentence names no other before "it"."""
    begin = sent_starts[sent] if sent >= 0 else 0
    here = typed[bisect_left(typed_starts, begin):bisect_left(typed_starts, start)]
    if here:
        first = here[0]
        if first.type != "Organization" or _SIDE_ROLE.search(text, max(begin, first.start - 40),
                                                              first.start):
            return None
        others = {m.key for m in here if m.type == "Organization"} - {first.key}
        return None if others else first
    if sent < 1:
        return None
    before = typed[bisect_left(typed_starts, sent_starts[sent - 1]):bisect_left(typed_starts,
                                                                               begin)]
    if before and before[0].type == "Organization" and not _SIDE_ROLE.search(
            text, max(sent_starts[sent - 1], before[0].start - 40), before[0].start):
        return before[0]
    return None


_ER_SIE = compile_scan(r"(?<![\w-])(?:[Ee]r|[Ss]ie)(?![\w-])")
_VERB_3SG_BEFORE = re.compile(r"\b[a-zäöü]{2,}t[ \t]+$")
_VERB_3SG_AFTER = re.compile(r"[ \t]+(?:[a-zäöü]+[ \t]+)?[a-zäöü]{2,}t\b")
"""German "er"/"sie" beside a verb in the third person singular ("führt sie", "Er leitet"),
not the plural "sie" ("sie führen") or the polite "Sie"."""
_ES_DESSEN = re.compile(r"(?:(?P<es>Es)[ \t]+(?P<verb>[a-zäöü]+)\b|Dessen|Deren)(?![\w-])")
"""German "Es" before a verb and "Dessen"/"Deren", matched at sentence starts only."""
_ES_IMPERSONAL = frozenset(read_words(data_dir("patterns") / "de" / "impersonal_es_verbs.txt"))
"""Verbs of an impersonal "es" ("Es gibt", "Es geht um", "Es bleibt abzuwarten")."""
_ES_CLAUSE = re.compile(r"[^.;:\n]{0,60}?,[ \t]*(?:dass|ob|wie|was|wann|weil|wer|wo|zu)\b|"
                        r"[^.;:\n]{0,60}?\bzu[ \t]+[a-zäöü]+en\b")
"""'Es ist unklar, ob ...', 'Es ist geplant, X zu kaufen': "es" stands for the clause after."""


_NEUTER_BEFORE = re.compile(r"(?<![\w-])[Dd]as[ \t]+(?:[\w-]+[ \t]+){0,2}$")
"""A neuter article before a name, perhaps with a descriptor: "das Start-up", "das Modell"."""


def _pronoun_antecedent(kind: str, text: str, typed: list[Mention], typed_starts: list[int],
                        made: list[Mention], sent_starts: Sequence[int], sent: int,
                        start: int) -> Mention | None:
    """What a German sentence-opening "Es" or "Dessen" refers to in the sentence before:
    "Es" to its one company, model or product (when it names two, to the one named with a
    neuter article, else none); "Dessen"/"Deren" to the entity named last, unless that is a
    person."""
    if sent < 1:
        return None
    begin = sent_starts[sent - 1]
    named = [t for t in typed[bisect_left(typed_starts, begin):bisect_left(typed_starts, start)]
             if t.type in ("Organization", "AIModel", "Product", "Person")]
    named += [c for c in made if begin <= c.start < start and c.type != "Chief"]
    if not named:
        return None
    named.sort(key=lambda t: t.start)
    if kind == "dessen":
        return None if named[-1].type == "Person" else named[-1]
    things = [t for t in named if t.type != "Person"]
    if len({t.key for t in things}) > 1:
        # "Das Start-up Quorix arbeitet mit der Kolbwerk AG zusammen. Es ...": of two, the
        # one named with a neuter article is what "Es" goes on about
        things = [t for t in things if _NEUTER_BEFORE.search(text, max(0, t.start - 40), t.start)]
    return things[0] if len({t.key for t in things}) == 1 else None


_BACKERS_WORD = re.compile(r"participant|participation|investor|backer|co-lead|co-led|geldgeber"
                           r"|kapitalgeber|beteiligt|angeführt")
"""Words of a sentence that names a round's investors, found in the lower-cased text (parts
of words too: "Bestandsinvestoren")."""


def _not_backers(text: str, before: list[Mention], named: list[Mention], start: int,
                 sent_starts: Sequence[int], round_sents: set[int]) -> list[Mention]:
    """The candidates for "the company" without the investors named in sentences on a
    round after the company that raised it ("X raised $13bn. The round was led by Y, with
    Z. The company said": X); X itself when no other is left."""
    raiser = _last_raiser(text, named, start, sent_starts)
    if raiser is None:
        return before
    raised_in = bisect_right(sent_starts, raiser.start) - 1
    kept, last_backer = [], None
    for t in before:
        sent = bisect_right(sent_starts, t.start) - 1
        if t.key != raiser.key and sent in round_sents and sent >= raised_in:
            begin = sent_starts[sent]
            window = text[max(begin, t.start - 60):t.start]
            if _BACKER_BEFORE.search(window) or last_backer is not None \
                    and last_backer.end >= begin \
                    and _LIST_JOIN.fullmatch(text, last_backer.end, t.start):
                last_backer = t
                continue  # "led by Y", "with Y and Z", "participants included A, B and C"
        kept.append(t)
    if kept:
        return kept
    sent = bisect_right(sent_starts, start) - 1
    return [raiser] if raised_in >= sent - 5 else kept


_BACKER_BEFORE = re.compile(
    r"\b(?:by|with|from|include[sd]?|including|such\s+as|von|vom|wie|darunter|gehören|zählen"
    r"|[Pp]articipants?|[Gg]eldgeber\w*|[Ii]nvestor\w*|[Bb]ackers?)\b")
_LIST_JOIN = re.compile(r"\s*(?:,|and|und|sowie|&)\s*(?:(?:and|und)\s+)?(?:the\s+|der\s+|die\s+)?")


def _round_owner(text: str, typed: list[Mention], start: int, end: int,
                 sent_starts: Sequence[int]) -> Mention | None:
    """Whose investors "its investors" / "zu den Geldgebern" are when no one raised money."""
    phrase = text[start:end]
    if not re.search(r"(?i)\b(?:its|their|seinen|ihren|den)\b", phrase):
        return None
    orgs = [m for m in typed if m.end <= start and m.type == "Organization"
            and m.start >= (sent_starts[max(0, bisect_right(sent_starts, start) - 2)]
                            if sent_starts else 0)]
    if not orgs:
        return None
    sent = bisect_right(sent_starts, start) - 1
    if re.search(r"(?i)\b(?:its|their|seinen|ihren)\b", phrase):
        return orgs[-1]  # the possessor: the nearest company before
    return _salient(orgs, sent_starts, sent)


def _descriptor_fit(descriptor: str, m: Mention, lex: Lexicon, catalogue: Catalogue) -> int:
    """How well a company fits what the descriptor says ("des US-Chipherstellers" is not
    Telekom): 0 it cannot be meant, 2 a catalogue company the descriptor describes, 1 any
    other (unknown companies, or a descriptor that says nothing checkable)."""
    says = _descriptor_rows(descriptor, lex)
    if not says:
        return 1
    known = catalogue.lookup(m.key)
    if known is None or known.type != "Organization":
        return 1
    described = False
    for allowed, excluded, country, _ in says:
        if known.category and known.category in excluded:
            return 0
        if allowed and known.category:
            if known.category not in allowed:
                return 0
            described = True
        if country and known.country:
            if known.country != country:
                return 0
            described = True
    return 2 if described else 1


_TRADE_WORDS = re.compile(r"(?:[^\s]+[ \t]+)?[^\s]+[ \t]+$")
"""The last two words before a name: its trade word ("der Fonds X", "the venture firm Y")."""


def _named_as_other_trade(text: str, m: Mention, descriptor: str, lex: Lexicon,
                          catalogue: Catalogue) -> bool:
    """An unknown company the text introduced by a trade word of category C ("der Fonds
    Tarnkapital": investor, "des Marktforschers X": adviser, "das Start-up Y": startup) is
    not what a descriptor excluding C points to: one whose rows (patterns/<lang>/
    descriptors.tsv) exclude C or allow only other categories ("das Start-up" after a fund,
    "der iPhone-Hersteller" after a market researcher). A row allowing or naming C wins
    ("das Beratungsunternehmen")."""
    if catalogue.lookup(m.key) is not None:
        return False
    words = _TRADE_WORDS.search(text, max(0, m.start - 40), m.start)
    if words is None:
        return False
    trade = frozenset().union(*(allowed | named
                                for allowed, _, _, named in _descriptor_rows(words.group(), lex)))
    if not trade:
        return False
    says = _descriptor_rows(descriptor, lex)
    return not any((allowed | named) & trade for allowed, _, _, named in says) \
        and any(excluded & trade or allowed for allowed, excluded, _, _ in says)


@lru_cache(maxsize=4096)
def _descriptor_rows(descriptor: str, lex: Lexicon
                     ) -> tuple[tuple[frozenset[str], frozenset[str], str, frozenset[str]], ...]:
    """(allowed, excluded, country, named) of every descriptor row that fits: named are the
    =categories, which a company introduced with the words has but a known one need not."""
    return tuple((frozenset(c for c in cats if c[0] not in "!="),
                  frozenset(c[1:] for c in cats if c.startswith("!")), country,
                  frozenset(c[1:] for c in cats if c.startswith("=")))
                 for pattern, cats, country in lex.descriptors if pattern.search(descriptor))


_WEAK_SINGULAR = re.compile(r"(?:den|dem|des|Den|Dem|Des)\s+(?:[\w-]+\s+)?"
                            r"[\w-]*(?:Assistent|Agent)en")
"""German weak nouns, singular in every case but the nominative: "nutzt den Assistenten"."""


@cache
def _staff_opening(lang: str) -> re.Pattern[str] | None:
    """A sentence opening with a company's people ("Seine Ingenieure", "Ihre Entwickler",
    patterns/<lang>/staff.txt): the possessive stands for the company; so does "Dort" before
    a verb and those people ("Dort arbeiten die Entwickler mit ...": at the company named
    before), and so do the people themselves as the subject ("Die rund 3.200 Beschäftigten
    arbeiten mit ...", "Als Testumgebung verwendet das Team ..."), unless they are someone
    else's ("die Entwickler von X")."""
    path = data_dir("patterns") / lang / "staff.txt"
    if not path.exists():
        return None
    staff = longest_first(read_words(path))
    return re.compile(rf"(?:(?P<det>Seine|Ihre)[ \t]+(?:[{LOWER}]+(?:e|en)[ \t]+)?"
                      rf"|(?P<det2>Dort)[ \t]+[{LOWER}]+[ \t]+(?:[{LOWER}]+[ \t]+)?"
                      rf"(?:die|das|der|seine|ihre)[ \t]+(?:[{LOWER}]+(?:e|en)[ \t]+)?"
                      # "Die rund 3.200 Beschäftigten arbeiten mit ...", "Als Testumgebung
                      # verwendet das Team ...": the people as subject, the NP stands in
                      rf"|(?:(?:Als|Für|In|Im|Bei|Beim|Seit|Intern|Inzwischen|Zudem|Außerdem"
                      rf"|Heute|Mittlerweile)\b[^,.;:!?\n\"„“]{{0,50}}?[ \t]+[{LOWER}]+[ \t]+)?"
                      rf"(?P<np>(?:Die|Das|die|das)[ \t]+(?:(?:rund|etwa|knapp|gut|mehr[ \t]+als"
                      rf"|über|alle)[ \t]+)?(?:\d[\d.]*[ \t]+)?(?:[{LOWER}]+(?:e|en)[ \t]+)?))"
                      rf"(?P<staff>(?:{staff})n?)(?![\w-])"
                      # not someone else's people: "die Entwickler von Mistral", "das Team
                      # des Start-ups", "die Mitarbeiter bei Y"
                      rf"(?![ \t]+(?:der|des|von|vom|bei|beim|aus|um|rund[ \t]+um|an|am)\b)")


def coref_mentions(text: str, sentences: Sequence[tuple[int, int]], typed: list[Mention],
                    lex: Lexicon, catalogue: Catalogue | None = None) -> list[Mention]:
    """'der Konzern', 'the company', 'its' -> the last entity of that type named before."""
    _raised_in.cache_clear()  # answers for this text only (and no old texts kept alive)
    _, types, anaphor = cue_pattern(lex)
    sent_starts = [s for s, _ in sentences]
    named = [m for m in typed if (m.source != "name" or m.type != "Name")
             and not _is_credit(text, m, catalogue)
             and not _quoted_outlet(text, m, catalogue, lex.lang)]
    named_starts = [m.start for m in named]
    typed_starts = [m.start for m in typed]
    out = []
    candidates: list[tuple[int, int, str]] = []
    for m in anaphor.finditer(text):
        if lex.lang == "de" and m.group(0)[:3] in ("die", "Die") and m.group(0).endswith("er") \
                and not m.group(0).endswith(("utter", "ochter", "chwester")):
            continue  # "die Entwickler", "die Hersteller": many, not one company named before
        kind = cue_type(m.group("cue"), lex, types)
        if any(t.type in ("Organization", kind) for t in typed[
                bisect_left(typed_starts, m.start("cue")):bisect_left(typed_starts, m.end())]):
            # "der VW-Konzern", "das Qwen-3-Modell": the compound names its entity, it points
            # nowhere ("der ChatGPT-Entwickler" still points back to the maker)
            continue
        if lex.lang == "de" and _named_compound(m.group("cue"), lex) \
                and m.end() + 1 not in typed_starts and m.end() + 2 not in typed_starts:
            # "des Hasso-Plattner-Instituts", "das Fraunhofer-Institut": a name of its own
            if kind == "Organization":
                out.append(Mention(m.start("cue"), m.end("cue"), m.group("cue"), kind,
                                   m.group("cue"), "compound"))
            continue
        adjective = text[m.start():m.start("cue")].split(None, 1)[1:]
        if lex.lang == "en" and adjective and not re.fullmatch(
                rf"(?:U\.S\.|.*-based|{EN_TRADE}|[a-z]{{3,}}-[a-z]{{3,}})", adjective[0].strip()) \
                and adjective[0].strip() not in places():
            continue  # "their Tarn Saga series": a name, not a place, before the cue
        if kind == "Organization" or (kind and m.end() == m.end("cue")) or (
                kind and lex.lang == "de" and _WEAK_SINGULAR.fullmatch(m.group(0))):
            # a plural ("seinen Apps") refers to many things, not back to one model or product;
            # "den Assistenten" after "nutzt" is one (a weak noun's -en is no plural after
            # den/dem/des, but for "mit den Agenten")
            candidates.append((m.start(), m.end(), kind))
    if lex.lang == "en":
        # "its"/"their" for a company, "It" for the topic, "he"/"she" for a person; "X is a
        # game studio. ... They have lately developed Y": a sentence-opening "They" goes on
        # about a company that was the topic before (never about people)
        for m in _EN_PRONOUN.finditer(text):
            candidates.append((m.start(), m.end(), _EN_PRONOUN_KIND[m.lastgroup]))
        # a lowercase "it" as a subject: "X makes freight software, and last year it
        # switched to Claude" (the subject of its sentence, else of the one before)
        for m in _IT_SUBJECT.finditer(text):
            candidates.append((m.start(), m.end(), "it"))
        if "Originally" in text or "Initially" in text:  # a scan costs more than both finds
            for m in _IT_AFTER_FRONTED.finditer(text):
                candidates.append((m.start("it"), m.end("it"), "topic-thing"))
        # a lowercase "it" as the object of a verb of using: "Google built Gemini and
        # Samsung now ships it on phones" (the model or product named just before)
        if " it" in text:
            for m in _IT_OBJECT.finditer(text):
                if (ante := _object_thing(text, typed, typed_starts, sent_starts,
                                          bisect_right(sent_starts, m.start()) - 1,
                                          m.start())) is not None:
                    out.append(Mention(m.start("it"), m.end("it"), "it", ante.type, ante.key,
                                       "coref"))
        # "Sam Altman's company bought X": the company that person leads, as the text said
        out += _persons_companies(text, typed, typed_starts, sent_starts)
        # '"We use Claude," said X, chief executive of Y': a quote's "we" is the speaker's company
        if '"We ' in text or "“We " in text or '"Our ' in text or "“Our " in text:
            for m in _QUOTED_WE_EN.finditer(text):
                candidates.append((m.start("we"), m.end("we"), "we"))
    if lex.lang == "de":
        # "Die Berliner erhielten 120 Millionen Dollar", "mit den Freiburgern": the people of
        # a town for the company from there the text is about
        for m in _TOWNSFOLK.finditer(text):
            if m.group("town") in places():
                candidates.append((m.start(), m.end(), "Organization"))
        # "Seit 2021 führt sie das Unternehmen", "Er leitet die Firma": a pronoun with a verb
        # in the singular for the one person named just before (see "one person" below)
        # a sentence opening with "Es" before a verb, or with "Dessen"/"Deren" (see
        # _pronoun_antecedent)
        for begin in sent_starts:
            if text[begin:begin + 1] not in ("E", "D") \
                    or (m := _ES_DESSEN.match(text, begin)) is None:
                continue
            if m.group("es"):
                if m.group("verb") in _ES_IMPERSONAL or _ES_CLAUSE.match(text, m.end()):
                    continue
                candidates.append((m.start(), m.start() + 2, "es"))
            else:
                candidates.append((m.start(), m.end(), "dessen"))
        # "Seine Ingenieure nutzen Claude": the company's people, for the company
        staff = _staff_opening(lex.lang)
        for begin in sent_starts if staff else ():
            if text[begin:begin + 1].isupper() and (m := staff.match(text, begin)):
                if m.group("np") is not None:
                    candidates.append((m.start("np"), m.end("staff"), "Organization"))
                    continue
                det = "det" if m.group("det") else "det2"
                candidates.append((begin, m.end(det), "Organization"))
        # "„Wir setzen auf Claude", sagt die Chefin": a quote's "we" is the speaker's company
        if "Wir" in text:
            for m in _QUOTED_WE.finditer(text):
                candidates.append((m.start("we"), m.end("we"), "we"))
        for m in _ER_SIE.finditer(text):
            if _VERB_3SG_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                    or _VERB_3SG_AFTER.match(text, m.end()):
                candidates.append((m.start(), m.end(), "Person!"))
    # "the round", "die Finanzierungsrunde", and the investors of a company named before
    # ("its backers", "zu den Geldgebern"): all stand for the company that raised the money
    # ... and words that say someone took part in a round named before ("X and Y also
    # took part.", "beteiligt sind außerdem X und Y")
    round_re = (r"(?<![\w])(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+"
                r"(?:[\w$€£-]+(?:\.\d+)*[ \t]+){0,3}?"
                r"(?:round|financing|raise)|(?:(?:[Ii]ts|[Tt]heir)\s+(?:\w+\s+)?"
                r"(?:investors|backers|shareholders)"
                r"|(?<!whose\s)(?<!'s\s)(?<!’s\s)(?:[Tt]he\s+company's\s+)?(?:[Ii]nvestors|[Bb]ackers)"
                r"(?=\s+include))"  # not "Y's investors include": Y's, not the raiser's
                r"|(?<=\s)(?:also\s+)?(?:took\s+part|participated|joined\s+in|joined|chipped\s+in"
                r"|put\s+in\s+(?:money|cash|capital)|put\s+(?:money|cash|capital)\s+in|invested"
                r"|(?:joined|came\s+in|came\s+aboard|signed\s+on)\s+as\s+(?:a|an)\s+(?:new\s+|strategic\s+)?"
                r"(?:investor|backer|shareholder))"
                r"(?=\s*[.;]|,\s+(?:and|according|people|sources|a\s+person|the\s+company\s+said)\b))(?![\w])"
                if lex.lang == "en" else
                r"(?<![\w])(?:(?:[Dd]ie|[Dd]er|[Dd]iese|[Dd]ieser)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:Finanzierungsrunde|(?:[\w]+-)*Runde|Finanzierung)|[Zz]u\s+(?:den|seinen|ihren)\s+(?:\w+\s+)?"
                r"(?:Geldgebern|Investoren|Kapitalgebern|Unterstützern|Anteilseignern"
                r"|Gesellschaftern|Aktionären)(?:\s+(?:des|der)\s+(?:Unternehmens|Start-ups|Startups"
                r"|Konzerns|Firma|Herstellers|Anbieters|Entwicklers))?(?!\s+(?:von|vom|des|der)\s)"
                r"|(?:[Ii]nvestoren|[Gg]eldgeber|[Kk]apitalgeber)\s+(?:sind|waren)(?=\s)"
                # "Lead-Investor ist X", "Federführend war X": the leader of that round
                r"|(?:[Ll]ead-?[Ii]nvestor(?:in|en)?|[Hh]auptinvestor(?:in|en)?|[Ff]ederführend)"
                r"\s+(?:ist|war|sind|waren)(?=\s)"
                r"|(?:(?:[Ee]benfalls|[Aa]ußerdem|[Zz]udem|[Aa]uch)\s+)?[Bb]eteiligt\s+"
                r"(?:sind|waren|haben\s+sich|hatten\s+sich)(?=\s+(?:\w+\s+)?(?:der|die|das|\w+s?\s+"
                r"[A-ZÄÖÜ]))"
                # after the investors: "auch die Bestandsinvestoren X und Y beteiligten sich",
                # "X hatte sich ebenfalls beteiligt"; before them: "Neu an Bord ist X"
                r"|(?<=\s)(?:(?:beteiligten|beteiligen|beteiligte|beteiligt)\s+sich"
                r"(?:\s+(?:ebenfalls|auch|außerdem|zudem|erneut|wieder|ebenso|erstmals))*"
                r"|(?:zogen|zog|ziehen|zieht)\s+(?:(?:ebenfalls|auch|erneut|wieder)\s+)?mit"
                r"|(?:stiegen|stieg|steigen|steigt)\s+(?:(?:neu|ebenfalls|auch|außerdem|zudem"
                r"|erneut|wieder|erstmals)\s+)*ein"
                r"|(?:sind|ist|waren|war)\s+(?:(?:ebenfalls|auch|wieder|erneut)\s+)?(?:mit\s+)?dabei"
                r"|(?:hatte|hatten|hat|haben)\s+sich\s+(?:(?:ebenfalls|auch|außerdem|zudem|erneut"
                r"|wieder|ebenso|bereits|damals)\s+)*(?:daran\s+)?beteiligt)(?=\s*[.;]|,\s)"
                r"|(?:[Nn]eu|[Ee]benfalls|[Aa]uch|[Aa]ußerdem|[Zz]udem|[Mm]it)\s+(?:(?:mit|neu)\s+)?"
                r"(?:an\s+Bord|dabei|eingestiegen)\s+(?:ist|sind|war|waren))(?![\w])")
    if lex.lang in ("de", "en"):
        # "sagte Vorstandschefin Annette Kroll", "Gründer und Chef Jan Oberhauser will", "Chief
        # executive and co-founder Priya Raman said": a CEO title with no company of its own
        # stands for the company the text is about
        titles = [_bare_chief(lex)] if lex.lang == "de" else [_bare_chief_en(lex),
                                                               _chief_after_name_en(lex)]
        for m in (m for rx in titles for m in rx.finditer(text)):
            if any(0 <= m.start("title") - t.end <= 40 and t.type in ("Organization", "Name")
                   and _CHIEF_AFTER_NAME.fullmatch(text[t.end:m.start("title")])
                   for t in typed[max(0, bisect_left(typed_starts, m.start() - 40)):
                                  bisect_left(typed_starts, m.start("title"))]):
                continue  # "Telekom-Chef", "SAPs Chef", "Promptera-Mitgründer und Chef"
            candidates.append((m.start("title"), m.end("title"), "Chief"))
    if lex.lang == "de" and any(w in text for w in _HELM_WORDS):
        for m in _TAKES_THE_HELM.finditer(text):
            sent = bisect_right(sent_starts, m.start()) - 1
            if m.group("bare") and not _HELM_CUE.search(
                    text, sent_starts[max(0, sent - 1)] if sent_starts else 0, m.start()):
                continue  # "Die Leitung übernimmt X" after a new lab: the lab's head
            candidates.append((m.start("title"), m.end("title"), "Chief"))
    for m in compile_scan(round_re).finditer(text):
        joined = re.search(r"(?i)beteilig|took|participated|joined|chipped|put|invested|sind|waren"
                           r"|bord|dabei|eingestiegen|\bist\b|\bwar\b|\bzog|\bst(?:ie|ei)g",
                           m.group(0))
        candidates.append((m.start(), m.end(), "Joined" if joined else "Round"))
    starts = {m.start for m in typed}
    # names of another kind than a company: "nutzt der Konzern GPT-4o" is no description
    other_kind = {m.start for m in typed if m.type in ("AIModel", "Product", "Person")}
    if "?" in text or ":" in text:
        # an interview: "we" and "our" in the answers, "you" in the questions, are the
        # interviewee's company (see _interview_mentions)
        said = _interview_mentions(text, typed, lex.lang)
        if said:
            taken = {m.start for m in said}
            out = [m for m in out if m.start not in taken]
            candidates = [c for c in candidates if c[0] not in taken]
            out += said
    candidates.sort()  # in text order: an anaphor may point back to one resolved before it
    # sentences on a round's investors: "The round was led by Y, with Z.", "Other
    # participants included A and B."; their companies are not what "the company" goes on
    # about when one raised money before them
    round_sents = {bisect_right(sent_starts, a) - 1 for a, _, k in candidates
                   if k in ("Round", "Joined")}
    round_sents |= {bisect_right(sent_starts, m.start()) - 1
                    for m in _BACKERS_WORD.finditer(text.lower())}
    for start, end, kind in candidates:
        one_person = kind == "Person!"
        if one_person:
            kind = "Person"
        chief = kind == "Chief"
        if chief:
            kind = "Organization"
        if kind in ("Round", "Joined"):
            # "X and Y co-led the round": the round is the last company seen raising money;
            # with no one raising, "its investors" / "zu seinen Geldgebern" are the company's
            # the text is about: the owner of the possessive, or the topic of the last sentence
            raisers = sorted([*typed, *(c for c in out if c.type == "Organization")],
                             key=lambda c: c.start)
            ante = _last_raiser(text, raisers, start, sent_starts) \
                or _round_owner(text, typed, start, end, sent_starts)
            if ante is None and kind == "Joined":
                # "Zu den Geldgebern gehörten A und B. Auch C hatte sich beteiligt."
                ante = next((c for c in reversed(out) if c.type == "Round"), None)
            if ante:
                out.append(Mention(start, end, text[start:end], kind, ante.key, "coref"))
            continue
        possessive = re.match(r"(?i)(?:its|their|sein|seine|seinen|seinem|seines|ihr|ihre"
                              r"|ihren|ihrem|ihres)\b", text[start:end]) \
            or text[end:end + 2] in ("'s", "’s")
        if (end + 1 in starts or end + 2 in starts) and text[end:end + 1] not in ".!?;" and not (
                possessive and re.fullmatch(r"(?i)its|their", text[start:end])) and not chief \
                and not (lex.lang == "de" and kind == "Organization" and not possessive
                         and (end + 1 in other_kind or end + 2 in other_kind)):
            continue  # "dem US-Start-up Perplexity": a descriptor of the name after it
        sent = bisect_right(sent_starts, start) - 1
        window_start = sent_starts[max(0, sent - 2)] if sent_starts else 0
        if kind == "we":
            said = _speakers_company(text, typed, typed_starts, end, sent_starts)
            if said is None and text[:start].rstrip(" \t„\"“»«‚'").endswith(":"):
                # 'Die Ministerin sagte: „Wir ...': the speaker named before, in its sentence
                lo = bisect_left(typed_starts, sent_starts[sent] if sent_starts else 0)
                said = next((t for t in reversed(typed[lo:bisect_left(typed_starts, start)])
                             if t.type == "Organization"), None)
                if said is None:
                    continue
            if said is None and lex.lang == "en":
                continue  # English "we" is the speaker's only where the quote names them
            if said is not None:
                out.append(Mention(start, end, text[start:end], "Organization", said.key,
                                   "coref"))
                continue
            kind = "Organization"
        if kind in ("es", "dessen"):
            ante = _pronoun_antecedent(kind, text, typed, typed_starts, out, sent_starts, sent,
                                       start)
            if ante is not None:
                out.append(Mention(start, end, text[start:end], ante.type, ante.key, "coref",
                                   family=ante.family))
            continue
        if kind == "it":
            ante = _subject_org(text, typed, typed_starts, sent_starts, sent, start)
            if ante is not None:
                out.append(Mention(start, end, text[start:end], ante.type, ante.key, "coref"))
            continue
        if kind in ("topic", "topic-org", "topic-thing"):
            # "It" opens a sentence about the topic of the one before: its first name,
            # typed or not (Wikipedia-style "X is a game ... It was developed by Y")
            first = bisect_left(typed_starts, sent_starts[sent - 1]) if sent >= 1 else None
            if first is not None and first < len(typed) \
                    and typed[first].start < sent_starts[sent]:
                ante = typed[first]
                # "In 2011 the company was bought by Y. It is known for ...": an anaphor
                # before the first name carries the topic on
                earlier = [c for c in out if sent_starts[sent - 1] <= c.start < ante.start
                           and c.type != "Person"]
                if earlier:
                    ante = min(earlier, key=lambda c: c.start)
                if kind == "topic-org" and ante.type != "Organization":
                    continue
                if kind == "topic-thing" and ante.type in ("Organization", "Person"):
                    continue  # "Originally by X, it ...": a made thing, no company
                out.append(Mention(start, end, text[start:end], ante.type, ante.key, "coref",
                                   family=ante.family))
            continue
        # only the mentions of this window, found by bisection: linear in long articles
        lo, hi = bisect_left(named_starts, window_start), bisect_left(named_starts, start)
        before = [t for t in named[lo:hi] if t.type == kind]
        if kind == "Person" and not one_person and before:
            # English "she" is not a person whose first name is a man's ("he" likewise)
            other = {"she": "M", "he": "F"}.get(text[start:end].lower())
            if other:
                before = [t for t in before if (name_gender(t.text) or name_gender(t.key)) != other]
        if kind in ("Product", "AIModel", "Organization"):
            # "X is a game. It is the sequel to Y. The game was ...": "It" carried the topic
            # on, so the sentence before opens with X, not with Y (and "Its copilot runs on
            # Google's Gemini. The company also bought Y": the company is what "Its" was)
            since = window_start
            recent = takewhile(lambda c, since=since: c.start >= since, reversed(out))
            before = sorted(before + [c for c in recent if c.type == kind and c.start < start],
                            key=lambda c: c.start)
        # a company named inside a relative clause or parenthesis the sentence has closed
        # again is not what its subject goes on about ("Mistral, which was founded by
        # researchers from Meta, is known for its Le Chat")
        sent_from = sent_starts[sent] if sent_starts else 0
        closed = [(c.start(), c.end()) for c in _CLOSED_CLAUSE.finditer(text, sent_from, start)]
        if closed:
            before = [t for t in before if not any(a < t.start < b for a, b in closed)]
        if before and kind in ("Product", "AIModel") and lex.lang == "en":
            # "Rook Harlan, creator of the Tarn Saga series, envisioned the game": a product
            # after a preposition is seldom what "the game" means; the one the article
            # opens with is, when no other is left
            main = [t for t in before if not _SIDE_ROLE.search(text, max(0, t.start - 40),
                                                                 t.start)]
            lead = named[0] if named and named[0].type == kind and (
                len(sent_starts) < 2 or named[0].start < sent_starts[1]) else None
            before = main or ([lead] if lead is not None and lead.start < start else before)
        if kind == "Organization" and not chief:
            # "Kolbrix hat 30 Millionen Euro eingesammelt. Das Start-up ...": a name no
            # finder typed is a company when it raised money
            raised = [t.as_type("Organization")
                      for t in typed[bisect_left(typed_starts, window_start):
                                     bisect_left(typed_starts, start)]
                      if t.type == "Name" and t.text not in places()
                      and _raised_money(text, t, sent_starts)]
            if raised:
                before = sorted(before + raised, key=lambda c: c.start)
        if before and kind == "Organization" and not chief and round_sents:
            before = _not_backers(text, before, named, start, sent_starts, round_sents)
        if before and not possessive:
            # "Mit NEC hat das Unternehmen ...": a descriptor does not point back into its own
            # clause; only a company before a clause boundary (or an earlier sentence) will do
            before = [t for t in before if bisect_right(sent_starts, t.start) - 1 < sent
                      or _CLAUSE_BOUNDARY.search(text[t.end:start])]
            # nor to a company named later in its own clause: in "Mit dem US-Konzern
            # arbeitet Siemens zusammen" the US company is not Siemens
            mates = _clause_mates(text, named, named_starts, end, sent_starts, sent)
            # nor to what an earlier descriptor of its clause stands for: in "Der Konzern
            # zahlt 5 Mrd. für den Anbieter" the provider is not the group itself
            mates |= {c.key for c in out if c.type == kind and sent_from <= c.start < start
                      and not _CLAUSE_BOUNDARY.search(text[c.end:start])}
            before = [t for t in before if t.key not in mates]
        if before and kind == "Organization" and catalogue is not None and lex.descriptors:
            # in the nearest sentence that has any candidate left, a company the descriptor
            # describes wins over ones it merely does not exclude
            fit = [(f, t) for t in before
                   if (f := _descriptor_fit(text[start:end], t, lex, catalogue)) > 0
                   and not _named_as_other_trade(text, t, text[start:end], lex, catalogue)]
            if fit:
                # a known company the descriptor describes ("the chip giant": Nvidia) wins
                # over unknown ones nearer to it; otherwise the nearest sentence decides
                # (a known company only referred back to by an earlier description does not
                # outrank a name nearer to it: "Der Münchner Konzern prüft ... Einen anderen
                # Weg geht die Isarwerk Versicherung. Der Versicherer ...")
                if any(f == 2 and t.source != "coref" for f, t in fit):
                    fit = [(f, t) for f, t in fit if f == 2]
                if not possessive and len(fit) > 1:
                    # a maker named only beside its model ("GPT-5, OpenAI's flagship") is not
                    # what "the company" goes on about, unless the article is about it
                    topic = _topic(named[:hi], start, text)
                    fit = [(f, t) for f, t in fit if t.key == topic
                           or not _owns_next(text, t, typed, typed_starts)] or fit
                nearest = max(bisect_right(sent_starts, t.start) - 1 for _, t in fit)
                fit = [(f, t) for f, t in fit if bisect_right(sent_starts, t.start) - 1 == nearest]
                best = max(f for f, _ in fit)
                fit = [(f, t) for f, t in fit if f == best]
            before = [t for _, t in fit]
        if before and possessive and (end + 1 in starts or end + 2 in starts) \
                and text[end:end + 1] not in ".!?;" and not chief:
            # "its Le Chat assistant" names the owner of a product: only when one company
            # can be meant (in its sentence, or the sentence before); a German subject
            # before its object ("nutzt das Unternehmen Azure AI") owns nothing, and is
            # resolved as any other
            where = [(bisect_right(sent_starts, t.start) - 1, t.key) for t in before]
            nearest = max(w for w, _ in where)
            if len({key for w, key in where if w == nearest}) > 1:
                continue
        if not before and kind == "Organization" and lex.lang == "de" and not possessive \
                and not chief and _GENERIC_COMPANY.search(text, start, end):
            # "das Start-up" a few sentences after the last name: the company the article is
            # about, when the descriptor fits it
            topic = _topic(named[:hi], start, text)
            last = next((t for t in reversed(named[:hi]) if t.key == topic), None)
            if last is not None and (catalogue is None or not lex.descriptors
                                     or _descriptor_fit(text[start:end], last, lex, catalogue) > 0):
                before = [last]
        if kind == "Organization" and not chief and not possessive:
            # "der Bremer Versorger Weserland Energie ... den Versorger": the one company the
            # text introduced with that very word, wherever it was named
            introduced = _introduced_as(text[start:end], text, named[:hi])
            if introduced is not None:
                before = [introduced]
        if before:
            # "X ..., independent of Y, and launches its next game": a company set against
            # the subject is not what the subject's possessive points to
            if len(before) > 1 and bisect_right(sent_starts, before[-1].start) - 1 == sent:
                kept = [t for t in before
                        if not _CONTRASTED.search(text, max(0, t.start - 30), t.start)]
                before = kept or before
            if kind == "Organization" and len(before) > 1:
                # the maker of a model named beside it ("Anthropic's Claude") or a company
                # after a preposition ("a deal with Y") is seldom what the text goes on about,
                # unless it is the company the article is about (named most often so far)
                topic = _topic(named[:hi], start, text)
                main = [t for t in before if t.key == topic or (
                        not _SIDE_ROLE.search(text, max(0, t.start - 40), t.start)
                        and not _owns_next(text, t, typed, typed_starts))]
                before = main or before
                if not possessive and topic and all(
                        bisect_right(sent_starts, t.start) - 1 < sent for t in before):
                    # "X also backs the company." after sentences on X's customers: the
                    # company is the one the article is about
                    before = [t for t in before if t.key == topic] or before
            if one_person and (len({t.key for t in before}) > 1 or name_gender(before[-1].text)
                               in ({"F"} if text[start:end].lower() == "er" else {"M"})):
                # "er"/"sie" with two people named before: either may be meant; one whose
                # first name says otherwise is not meant ("Sie gehört zu ..." after Markus X
                # is a company)
                continue
            ante = _salient(before, sent_starts, sent)
            if possessive and kind == "Organization" and lex.lang == "en":
                ante = _speaker_company(text, typed, typed_starts, before, sent_starts, sent,
                                        start) or ante
            ante_sent = bisect_right(sent_starts, ante.start) - 1
            if chief and ante.key != _topic(named[:hi], start, text) and (
                    ante_sent < sent - 1 or _SIDE_ROLE.search(
                        text, max(sent_starts[ante_sent] if ante_sent >= 0 else 0,
                                  ante.start - 40), ante.start)):
                # a bare title needs the topic or the subject of the sentence before (what
                # stands before that subject is read in its own sentence, not in a headline)
                continue
            out.append(Mention(start, end, text[start:end], "Chief" if chief else ante.type,
                               ante.key, "coref", family=ante.family))
    return out


_QUESTION_END = re.compile(r"\?[\"“”»«'’*_)\s]*$")
"""A paragraph that ends in a question mark (perhaps before a closing quote or bold mark)."""


@cache
def _interview_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                         frozenset[str]] | None:
    """The words of patterns/<lang>/interview_words.tsv: (answer words, question words, a
    question's label at a paragraph's start) as regexes, and the possessives; None for a
    language without the table."""
    table = f"{lang}/interview_words.tsv"
    if not (data_dir("patterns") / table).exists():
        return None
    return (re.compile(rf"(?<![\w-])(?:{words_regex(table, 'answer')})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?:{words_regex(table, 'question')})(?![\w-])"),
            re.compile(rf"[ \t*_]*(?:{words_regex(table, 'label')})[ \t*_]*:"),
            words_for(table, "possessive"))


def _interview_mentions(text: str, typed: list[Mention], lang: str) -> list[Mention]:
    """An interview's first and second person, for the interviewee's company: "we", "our",
    "wir", "unser" in the answers, "you", "your", "Sie", "Ihre" in the questions.

    An interview is a text of at least three short question paragraphs (ending in "?", or
    opening with a label: "Frage:", "Q:"), each followed by an answer paragraph, whose
    questions address someone ("you", "Sie") and whose answers say "we"/"wir". The
    interviewee's company is the one company the text names before its first question (the
    headline and the introduction), or, of several, the one the introduction names most
    often; none when that is not clear. A statement put as a question ("You raised money in
    May.", "Sie haben Geld eingesammelt.") is a question too: a short paragraph between two
    answers that addresses the interviewee."""
    words = _interview_words(lang)
    if words is None:
        return []
    answer_words, question_words, label, possessives = words
    # paragraphs: runs of lines between blank lines, or lines in a text with no blank line
    para = r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*" if "\n\n" in text else r"[^\n]*\S[^\n]*"
    lines = [(m.start(), m.end()) for m in re.finditer(para, text)]
    if len(lines) < 7:
        return []
    asked = [i > 0 and (label.match(text, a) is not None
                        or b - a <= 300 and _QUESTION_END.search(text[a:b]) is not None)
             for i, (a, b) in enumerate(lines)]
    pairs = [i for i in range(len(lines) - 1) if asked[i] and not asked[i + 1]]
    if len(pairs) < 3:
        return []
    first = pairs[0]
    for i in range(first + 1, len(lines) - 1):
        a, b = lines[i]
        if not asked[i] and not asked[i - 1] and not asked[i + 1] and b - a <= 160 \
                and question_words.search(text, a, b) and not answer_words.search(text, a, b):
            asked[i] = True  # "Sie haben im Frühjahr Geld eingesammelt.", then the answer
    answers = [lines[i] for i in range(first + 1, len(lines)) if not asked[i]]
    questions = [lines[i] for i in range(first, len(lines)) if asked[i]]
    if not any(question_words.search(text, a, b) for a, b in questions) \
            or sum(1 for a, b in answers for _ in answer_words.finditer(text, a, b)) < 2:
        return []
    company = _interviewee(text, typed, lines[first][0])
    if company is None:
        return []
    out = []
    for spans, rx in ((answers, answer_words), (questions, question_words)):
        for a, b in spans:
            for m in rx.finditer(text, a, b):
                if lang == "de" and rx is question_words and _sentence_initial(text, a, m.start()) \
                        and not _POLITE.match(text, m.end()):
                    continue  # "Sie wollen ..." may be "they": only before a plural verb
                if m.group() in possessives and not _OPENS_CLAUSE.search(text, a, m.start()) \
                        and m.start() != a:
                    continue  # "Alsco runs our stack": "our" owns the stack, Alsco runs it
                out.append(Mention(m.start(), m.end(), m.group(), "Organization", company.key,
                                   "coref"))
    return out


_OPENS_CLAUSE = re.compile(r"(?:[.,;:!?\"“„»«(–—-]|\b[A-ZÄÖÜ][\w-]*|\b(?:and|und|but|aber))[ \t]*$")
"""What may stand before a possessive that opens its clause: a punctuation mark, a capitalised
word ("Today our pipeline runs on ..."), a conjunction."""
_POLITE = re.compile(r"[ \t]+(?:haben|sind|hatten|waren|werden|wollen|können|planen|arbeiten"
                     r"|nutzen|setzen|bauen|bieten|verkaufen|[a-zäöü]+en)\b")
"""A plural verb after a sentence-opening "Sie" or "Ihre": the polite address of a question."""


def _sentence_initial(text: str, para_start: int, start: int) -> bool:
    """Does the word at ``start`` open a sentence (its paragraph, or after a full stop)?"""
    before = text[para_start:start].rstrip(" \t„\"“»«*_")
    return not before or before.endswith((".", "!", "?", ":"))


def _interviewee(text: str, typed: list[Mention], stop: int) -> Mention | None:
    """The company an interview is with: the one company named before ``stop`` (a name and a
    longer name it begins count as one: "Halyard", "Halyard Robotics"), else the one named
    most often there, when one is. A name no finder typed counts when a chief's or founder's
    title stands beside it ("Quillfield's chief", "CEO von Fluxgarten")."""
    here = [m for m in typed if m.start < stop and m.type in ("Organization", "Name")
            and m.source != "coref" and not re.fullmatch(_CHIEF_WORD, m.text)]
    led = {m.key for m in here if m.type == "Organization"} | {
        m.key for m in here if _CHIEF_BESIDE.search(text, max(0, m.start - 30), m.start)
        or _CHIEF_AFTER.match(text, m.end)}
    orgs = [m for m in here if m.key in led]
    if not orgs:
        return None
    keys = sorted({m.key for m in orgs}, key=len, reverse=True)
    longer = {k: next((o for o in keys if o != k and o.startswith(k + " ")), k) for k in keys}
    counts: dict[str, int] = {}
    for m in orgs:
        counts[longer[m.key]] = counts.get(longer[m.key], 0) + 1
    best = max(counts.values())
    tops = [k for k, n in counts.items() if n == best]
    if len(counts) > 1 and (best < 2 or len(tops) > 1):
        return None
    return next(m for m in orgs if m.key == tops[0])


_CHIEF_WORD = r"(?:CEO|[Cc]hief|[Ff]ounder|[Cc]o-founder|(?:Mit)?[Gg]ründer(?:in)?|Chef(?:in)?" \
              r"|Geschäftsführer(?:in)?|Vorstandschef(?:in)?)"
_CHIEF_BESIDE = re.compile(rf"\b{_CHIEF_WORD}[ \t]+(?:von|of|bei|at|der|des)[ \t]+$")
_CHIEF_AFTER = re.compile(rf"(?:'s|’s|s)?[ \t-]+(?:[\w-]+[ \t]+)?{_CHIEF_WORD}\b|-{_CHIEF_WORD}")
"""A chief's or founder's title beside a name: "CEO von X", "X's chief", "X-Gründerin"."""


_COMPANY_CUE = r"(?P<cue>company|firm|startup|start-up)\b"
"""The nouns that stand for the company a person leads (both patterns below)."""
_PERSONS_COMPANY = re.compile(r"(?:'s|’s)[ \t]+(?:(?:own|new|young|AI|tech|software)[ \t]+)?"
                              + _COMPANY_CUE)
"""After a person's name: "Sam Altman's company", for the one that person leads."""
_HIS_COMPANY = compile_scan(r"(?<![\w])(?:[Hh]is|[Hh]er)[ \t]+(?:own[ \t]+|new[ \t]+)?"
                            + _COMPANY_CUE)
"""'said his company would ...': the company of the person named before it in its sentence."""
_LEADS = re.compile(
    r"^(?:(?:'s|’s)?,?[ \t]+(?:[^\n]{0,40}?[ \t](?:and|&)[ \t]+)?(?:the[ \t]+|its[ \t]+|a[ \t]+)?"
    rf"(?:[\w-]+[ \t]+){{0,2}}?(?i:{en_roles_regex('leads_company')})"
    r"(?:[ \t]+(?:and|&)[ \t]+[\w-]+)?[ \t]*(?:of|at)?[ \t]*|(?:'s|’s)[ \t]+"
    r"|(?:,|[ \t]+(?:is|was))?[ \t]+(?:led|run|founded|co-founded|headed)[ \t]+by[ \t]+)$")
"""What stands between a company and the person who leads it, either way round: "OpenAI
chief executive X", "X, the chief executive of OpenAI", "OpenAI's X", "OpenAI, led by X"."""


def _companies_led(text: str, typed: list[Mention], typed_starts: list[int],
                   sent_starts: Sequence[int], i: int, stop: int) -> set[str]:
    """The keys of the companies the text named person typed[i] the head or founder of
    ("OpenAI chief executive X", "X, the founder of Y"), beside any mention of that person up
    to typed[i], in its sentence and before ``stop``."""
    led = set()
    for q in typed[:i + 1]:
        if q.type != "Person" or q.key != typed[i].key:
            continue
        sent = bisect_right(sent_starts, q.start) - 1
        begin = sent_starts[sent] if sent >= 0 else 0
        lo = bisect_left(typed_starts, max(begin, q.start - 80))
        for o in typed[lo:bisect_left(typed_starts, min(q.end + 80, stop))]:
            if o.type not in ("Organization", "Name") or o.start < begin:
                continue
            between = text[o.end:q.start] if o.end <= q.start else text[q.end:o.start]
            if "\n" not in between and len(between) <= 60 and _LEADS.match(between):
                led.add(o.key)
    return led


def _persons_companies(text: str, typed: list[Mention], typed_starts: list[int],
                       sent_starts: Sequence[int]) -> list[Mention]:
    """'X's company', 'his company' (X the one person named before it in its sentence), when
    the text named X the head or founder of a company, in that sentence or before: that
    company. Nothing when it named no such company, or two."""
    wanted: list[tuple[int, re.Match[str]]] = []  # (index of the person in typed, cue)
    for i, p in enumerate(typed):
        if p.type == "Person" and (m := _PERSONS_COMPANY.match(text, p.end)):
            wanted.append((i, m))
    for m in _HIS_COMPANY.finditer(text):
        sent = bisect_right(sent_starts, m.start()) - 1
        begin = sent_starts[sent] if sent >= 0 else 0
        people = [j for j in range(bisect_left(typed_starts, begin),
                                   bisect_left(typed_starts, m.start()))
                  if typed[j].type == "Person"]
        if people and len({typed[j].key for j in people}) == 1:
            wanted.append((people[-1], m))  # one person named before it in its sentence
    out = []
    for i, m in wanted:
        led = _companies_led(text, typed, typed_starts, sent_starts, i, m.start())
        if len(led) == 1:
            out.append(Mention(m.start("cue"), m.end("cue"), m.group("cue"), "Organization",
                               led.pop(), "coref"))
    return out


_CLAUSE_BOUNDARY = re.compile(r",(?!\d)|[:;]|\b(?:dass|that|und|and|while|während|said|says"
                              r"|added|adds|confirmed|announced)\b")
"""Between a company and a descriptor in its sentence, what lets the descriptor point back
to it: a clause ends, or a verb of saying opens one ("X's chief said the bank uses Y")."""
_GENERIC_HEADS = frozenset(read_words(data_dir("patterns") / "generic_heads.txt"))
"""Words any company is called: "der Konzern" need not be the one introduced as "Konzern"
(patterns/generic_heads.txt)."""
_INTRODUCING_WORD = re.compile(r"([\w-]{4,})[ \t]+$")
"""The word right before a company's name that may have introduced it ("der Versorger X");
not mentions._WORD_BEFORE, which looks for a capitalised word."""


def _stem(word: str) -> str:
    """A German noun without its case or plural ending: "Versorgers", "Reedereien".

    Not wordlist's endings (_ENDINGS, _known_form), on purpose: those take off any
    inflection, of adjectives and verbs too ("-er", "-e", "-t", "-st"), one or two of them,
    and keep a cut only when the word list knows the stem. Nothing checks the cut here, so
    only a noun's genitive and plural endings go, once, and five letters stay: with
    _ENDINGS "Anbieter" and "Händler" would lose their "er", "Produkt" its "t"."""
    for end in ("en", "es", "n", "s"):
        if word.endswith(end) and len(word) - len(end) >= 5:
            return word[:-len(end)]
    return word


def _introduced_as(anaphor: str, text: str, named: Sequence[Mention]) -> Mention | None:
    """The company introduced by the word an anaphor repeats ("der Versorger X" for "des
    Versorgers", "der Energieversorger X" too), when the text introduced exactly one so."""
    word = anaphor.split()[-1].lower()
    head = _stem(word)
    if word in _GENERIC_HEADS or head in _GENERIC_HEADS or len(head) < 5:
        return None
    found: dict[str, Mention] = {}
    for t in named:
        if t.type != "Organization":
            continue
        # a company whose own name says it ("Isarwerk Versicherung" for "der Versicherer")
        if len(head) >= 7 and any(w.lower().startswith(head[:7]) for w in t.text.split()):
            found.setdefault(t.key, t)
            continue
        m = _INTRODUCING_WORD.search(text, max(0, t.start - 40), t.start)
        if m is not None and _stem(m.group(1).lower()).endswith(head):
            found.setdefault(t.key, t)
    if len(found) != 1:
        return None
    key = next(iter(found))
    return next(t for t in reversed(named) if t.key == key)


@cache
def _bare_chief(lex: Lexicon) -> regex.Pattern[str]:
    """A CEO title before a person's name with no company in the title or after it: not
    "Telekom-Chef X" (checked by the caller), "Chef von X", "der frühere Chef X"."""
    titles = longest_first(r for r, ceo in lex.roles.items() if ceo)
    return regex.compile(
        rf"(?<![\w-])(?<!(?:früherer|frühere|ehemalige|ehemaliger|damalige|damaliger|scheidende"
        rf"|scheidender|Ex|langjährige|langjähriger)[ \t-])(?:(?:Mit)?[Gg]ründer(?:in)?\s+und\s+)?"
        rf"(?P<title>{titles})(?=[ \t]+[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}]+(?![\w-])"
        rf"(?![ \t]*,?[ \t]+(?:von|vom|des|der|bei)\b))")


_TAKES_THE_HELM = re.compile(
    r"(?<![\w-])(?P<title>(?:Die|Den|die|den)\s+(?:(?:neue|neuen|kommissarische|kommissarischen"
    r"|operative|operativen)\s+)?(?:Konzernleitung|Unternehmensleitung|Konzernführung"
    r"|Unternehmensführung|Firmenleitung|Geschäftsführung|Vorstandsvorsitz|Chefposten|Chefsessel"
    r"|Vorsitz\s+(?:der\s+Geschäftsführung|des\s+Vorstands)|(?P<bare>Leitung|Führung)))"
    r"(?=\s+(?:übernimmt|übernahm|übernehmen|soll|wird)\s)")
"""German "Den Vorstandsvorsitz übernimmt X": the top job with no company of its own is that of
the company the text is about (a Chief stand-in)."""
_HELM_WORDS = ("eitung", "ührung", "orsitz", "Chefposten", "Chefsessel")
"""Parts of the job words of _TAKES_THE_HELM: a text with none is not scanned for them."""
_HELM_CUE = re.compile(r"Chef|Vorstand|Spitze|Nachfolge|Rücktritt|Ruhestand|\bverl(?:ässt|ieß)"
                       r"|\bscheidet\b|\bschied\b|\bzurück|abgelöst|Abgang|Abschied|\bgeht\b")
"""What the sentence before says when a bare "Die Leitung übernimmt X" is about the top job: a
chief who leaves or is replaced (not a new lab or unit, whose head it would name)."""


_EN_FOUNDER = rf"(?i:{en_roles_regex('leads_company')})"
"""A second title joined to an English CEO title ("Chief executive and co-founder";
patterns/en/roles.tsv, column leads_company)."""


@cache
def _bare_chief_en(lex: Lexicon) -> regex.Pattern[str]:
    """The English bare CEO title: "Chief executive and co-founder Priya Raman said", "said
    chief executive Lisa Su" (the verbs: patterns/speech_verbs.tsv, column title_after), "In
    2015, CEO Jussi Laine announced" (after a fronted time or phrase); not
    "former CEO X", "CEO X of Y"."""
    titles = longest_first(r for r, ceo in lex.roles.items()
                           if ceo and re.search(r"(?i)CEO|executive|managing", r))
    return regex.compile(
        rf"(?<=(?:^|\n|[.!?][\"”’']?[ \t]+)(?:(?:In|On|By|During|Later|Earlier|Since|After)"
        rf"[ \t]+[\w ]{{2,25}},[ \t]+)?"
        rf"|\b(?:{words_regex('speech_verbs.tsv', 'title_after')}|according\s+to)[ \t]+)"
        rf"(?P<title>(?:{_EN_FOUNDER}\s+and\s+)?(?i:{titles})(?:\s+and\s+{_EN_FOUNDER})?)"
        rf"(?=[ \t]+[{UPPER}][{LOWER}]+[ \t]+(?:[{UPPER}]\.[ \t]+)?[{UPPER}][{LOWER}]+(?![\w-])"
        rf"(?![ \t]*,?[ \t]+(?:of|at)\b))")


@cache
def _chief_after_name_en(lex: Lexicon) -> regex.Pattern[str]:
    """An English CEO title after a person with no company named: "X (President and CEO)",
    "X was appointed CEO in 2004", "which saw X named chief executive"; not "X was named CEO
    of Y", "became CEO and chairman of Y", "named CEO Jane Roe" (that is _bare_chief_en)."""
    titles = longest_first(r for r, ceo in lex.roles.items()
                           if ceo and re.search(r"(?i)CEO|executive", r))
    return regex.compile(
        # the brackets and verbs are consumed, not looked behind for: a lookbehind is tried
        # at every position of the text
        rf"(?:\((?<=[{LOWER}][ \t]+\()(?<!(?i:officer|executive|director|officers)[ \t]+\()"
        rf"|\b(?:appointed|named|made|became|becomes|elected|promoted[ \t]+to)[ \t]+"
        rf"(?:as[ \t]+)?(?:the[ \t]+)?(?:(?:new|next|interim|acting|permanent|sole)[ \t]+)?)"
        rf"(?P<title>(?:{_EN_FOUNDER}\s+(?:and|&)\s+)?(?i:{titles})(?:\s+(?:and|&)\s+{_EN_FOUNDER})?)"
        rf"(?![\w'’-]|[ \t]+[{UPPER}]|\)?[ \t]+(?:of|at|for|with|to)\b"
        rf"|\s+(?:and|&)\s+(?:[\w-]+\s+){{0,3}}?(?:of|at)\b)")


@cache
def _source_before(lang: str) -> re.Pattern[str]:
    """The words before a news outlet quoted as the source (patterns/<lang>/source_before.txt),
    then perhaps an article, up to the name."""
    words = read_words(data_dir("patterns") / lang / "source_before.txt")
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # the speaker may come between: "sagte Firmenchef Jonas Berg dem Handelsblatt"
    return re.compile(rf"(?i)\b(?:{alts})\s+(?:(?-i:[A-ZÄÖÜ][\w.-]*)\s+){{0,4}}?"
                      r"(?:the\s+|dem\s+|der\s+|den\s+|das\s+)?$")


def _quoted_outlet(text: str, m: Mention, catalogue: Catalogue | None, lang: str) -> bool:
    """A news outlet quoted as the source ("told TechCrunch", "sagte dem Handelsblatt"): no
    antecedent of "the company" or "its"."""
    if m.type != "Organization" or catalogue is None:
        return False
    known = catalogue.lookup(m.key)  # a dict look-up: before the regex, which costs more
    return known is not None and known.category in ("media", "news-agency") \
        and bool(_source_before(lang).search(text, max(0, m.start - 70), m.start))


_SIDE_ROLE = re.compile(
    r"(?i)\b(?:with|to|from|by|of|into|on|for|at|than|over|against|mit|von|vom|bei|beim|auf|für"
    r"|zu|zum|zur|über|gegen)\s+(?:(?:the|a|an|der|die|das|dem|den|des)\s+)?(?:[\w-]+\s+){0,3}$")


_GENERIC_COMPANY = re.compile(r"(?:Start-up|Startup|Unternehmen|Firma|Konzern)s?\b")
"""German descriptors any company of the text may go by: "das Start-up", "der Konzern"."""


def _topic(named: list[Mention], start: int, text: str | None = None) -> str | None:
    """The company named most often before ``start`` (on a tie, the one named more often
    outside a prepositional phrase, "bei X", "von X"; then the first of them)."""
    counts: dict[str, int] = {}
    for m in named:
        if m.type == "Organization" and m.start < start:
            counts[m.key] = counts.get(m.key, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    if best < 2:
        return None
    tied = [k for k, n in counts.items() if n == best]
    if len(tied) == 1 or text is None:
        return tied[0]
    free = {k: sum(1 for m in named if m.key == k and m.type == "Organization" and m.start < start
                   and not _SIDE_ROLE.search(text, max(0, m.start - 40), m.start)) for k in tied}
    return max(tied, key=lambda k: free[k])


def _owns_next(text: str, m: Mention, typed: list[Mention], typed_starts: list[int]) -> bool:
    """Is ``m`` the possessor of the model or product right after it ("Anthropic's Claude",
    "Googles Gemini", "das OpenAI-Modell GPT-4o"), or the maker in an apposition after one
    ("GPT-5, OpenAI's flagship")?"""
    i = bisect_left(typed_starts, m.end)
    if i < len(typed) and typed[i].type in ("AIModel", "Product") \
            and re.fullmatch(r"(?:'s|’s|s|'|’|-[\w-]+)?\s+", text[m.end:typed[i].start]):
        return True  # also "das Mistral-Modell Mistral Large 2"
    j = bisect_left(typed_starts, m.start) - 1
    if j >= 0 and typed[j].type in ("AIModel", "Product") \
            and _MAKER_AFTER_MODEL.fullmatch(text, typed[j].end, m.start):
        return True  # German "GPT-4.1 von OpenAI", "Mistral Medium 3, ein Modell des Start-ups X"
    return j >= 0 and typed[j].type in ("AIModel", "Product") \
        and re.fullmatch(r",\s+", text[typed[j].end:m.start]) is not None \
        and text[m.end:m.end + 2] in ("'s", "’s")


_MAKER_AFTER_MODEL = re.compile(r"(?:,\s+(?:ein|einem|einer|dem|der|das)\s+(?:[\w-]+\s+){0,2}?)?"
                                r"\s*(?:von|vom|des|der)\s+(?:(?:dem|der|den)\s+)?(?:[\w-]+\s+){0,2}?")
"""What stands between a model and its maker named after it in German: "GPT-4.1 von OpenAI",
"Mistral Medium 3, einem Sprachmodell des französischen Start-ups Mistral AI"."""


_INSTITUTIONS = ("institut", "stiftung", "universität", "hochschule", "zentrum", "klinik",
                 "akademie", "museum")
"""Cue words that take their founder's or place's name in a hyphenated compound."""


def _named_compound(word: str, lex: Lexicon) -> bool:
    """Does a hyphenated institution word carry a name before its cue ("Hasso-Plattner-
    Institut", "Fraunhofer-Institut"), not a descriptor ("KI-Institut", "US-Stiftung")?
    A part that is no German word, no place and no listed non-name is a name. Companies'
    descriptors ("E-Commerce-Riese", "Online-Händler") hold English words as often as
    names, so only institutions count."""
    from .wordlist import is_german_word

    parts = word.split("-")
    if len(parts) < 2 or not parts[-1].casefold().startswith(_INSTITUTIONS):
        return False
    return any(re.fullmatch(rf"[{UPPER}][{LOWER}]{{2,}}", part) and part not in lex.not_names
               and part not in places() and not is_german_word(part)
               for part in parts[:-1])


_AGENCY_OPEN = re.compile(r"\(\s*$")
_AGENCY_CLOSE = re.compile(r"\s*\)\s*[-–—:]")
"""The parentheses of a dateline's agency: "Athen (dpa) -"."""
_CREDIT_BEFORE = re.compile(r"(?:^\s*(?:Von|By|Quelle|Source)\s+(?:[^,\n]{2,60},\s*)?"
                            r"|(?:Foto|Bild|Fotos|Photo|Image|Quelle|Source|Credit|©)\s*:?\s*"
                            r"(?:[^\n:]{0,60}[/,]\s*)?)$")


_CREDIT_REACH = 300
"""How far a dateline or picture credit reaches on either side of the name it gives; a
line that goes on further is text."""
_CUT = "\0"
"""Stands for the rest of a line longer than that: not blank, not a line's start."""


def _is_credit(text: str, m: Mention, catalogue: Catalogue | None) -> bool:
    """A news agency, or a name in a dateline or picture credit ("Athen (dpa) -",
    "Foto: Reuters", a line of its own): the source of the text, never what "der Konzern"
    or "the company" goes on about."""
    if m.type != "Organization":
        return False
    if catalogue is not None:
        # also under its full name: "dpa - Deutsche Presse-Agentur GmbH" (a legal-form
        # mention whose key is the catalogue's agency)
        known = catalogue.lookup(m.key)
        if known is not None and known.category == "news-agency":
            return True
    # the line around the name, as far as a credit can reach: scanning a whole line for
    # each company it names was quadratic (a 2 MB article of one line took minutes)
    reach = max(0, m.start - _CREDIT_REACH)
    cut = text.rfind("\n", reach, m.start)
    before = text[cut + 1:m.start] if cut >= 0 or reach == 0 else _CUT + text[reach:m.start]
    reach = m.end + _CREDIT_REACH
    cut = text.find("\n", m.end, reach)
    after = text[m.end:cut] if cut >= 0 or reach >= len(text) else text[m.end:reach] + _CUT
    if _AGENCY_OPEN.search(before) and _AGENCY_CLOSE.match(after):
        return True
    if not before.strip(" -–—/|") and not after.strip(" -–—/|.,"):
        return True
    # the length first: the regex walks the whole line before the name
    return len(after.strip()) < 40 and bool(_CREDIT_BEFORE.search(before))


_CLOSED_CLAUSE = re.compile(
    r",\s+(?:which|who|whose|where|der|die|das|dessen|deren|welche[rs]?)\b[^,;:.\n]{0,150},"
    r"|\([^()\n]{0,150}\)"
    r"|,\s+(?:a|an|the)\s[^,;:.\n]{0,100},(?!\s+(?:and|or)\s)")
"""A relative clause, parenthesis or English apposition that ends before the anaphor: in
"CoreWeave, the Nvidia-backed cloud provider, completed its purchase" "its" is CoreWeave's.
Not one pattern with relations._CLOSED_RELATIVE, which finds clauses between a fact's two
names: that one leaves parentheses out and takes participle phrases (", a startup backed by
Y,"); making them one would change which facts and antecedents are found."""


def _clause_mates(text: str, named: list[Mention], named_starts: list[int], end: int,
                  sent_starts: Sequence[int], sent: int) -> set[str]:
    """Keys of the entities named after ``end`` in the same clause of the same sentence."""
    stop = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else len(text)
    boundary = re.compile(r"[,:;]|\b(?:dass|that|und|and|which|who)\b")
    mates = set()
    for t in named[bisect_left(named_starts, end):]:
        if t.start >= stop or boundary.search(text, end, t.start):
            break
        mates.add(t.key)
    return mates


_CONTRASTED = re.compile(r"\b(?:independent\s+of|independently\s+of|unlike|apart\s+from"
                         r"|separate\s+from|rather\s+than|instead\s+of|than|versus|vs\.?)"
                         r"\s+(?:the\s+)?$", re.I)


_SAID = re.compile(rf"(?:\b(?:{words_regex('speech_verbs.tsv', 'name_after')}|told\s+\w+)|,)"
                   r"[ \t]+$")
"""A verb of saying before a speaker's name ("..., said Dana Reyes, its chief executive"): only
the verbs English puts before their subject (patterns/speech_verbs.tsv, column name_after),
unlike retype._SPEECH_AFTER after a name."""


def _speaker_company(text: str, typed: list[Mention], typed_starts: list[int],
                     before: list[Mention], sent_starts: Sequence[int], sent: int,
                     start: int) -> Mention | None:
    """ "X will supply Y, said Jane Roe, its chief executive" (or "..., Jane Roe, the
    company's CEO, said"): the possessive in a speaker's apposition is the company the
    sentence is about, its first (not the one named last)."""
    i = bisect_left(typed_starts, start) - 1
    if i < 0 or typed[i].type != "Person" or not re.fullmatch(r",[ \t]+", text[typed[i].end:start]):
        return None
    speaker = typed[i]
    begin = sent_starts[sent] if sent_starts else 0
    if speaker.start <= begin or not _SAID.search(text, begin, speaker.start):
        return None
    here = [t for t in before if begin <= t.start < speaker.start]
    return here[0] if here else None


def _salient(before: list[Mention], sent_starts: Sequence[int], sent: int) -> Mention:
    """The antecedent a reader would pick: the nearest one in the same sentence, else the
    first candidate of the nearest sentence before.

    Subjects come first in news sentences, and the subject is what "the company" or
    "der Konzern" continues with ("X was founded by Y, an engineer at Z. The company's
    chief executive ..." is X, not Z).
    """
    nearest = max(bisect_right(sent_starts, m.start) - 1 for m in before)
    if nearest == sent:
        return before[-1]  # in its own sentence "its"/"sein" is the nearest company
    return next(m for m in before if bisect_right(sent_starts, m.start) - 1 == nearest)
