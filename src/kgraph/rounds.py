"""Investors named in the sentences after a funding round, with the company left unsaid.

News on a round names the company that raised the money once, and its investors in the
sentences after: "X raised $40m. The round was led by Y, with A and B joining." The
patterns read such a sentence when it has a stand-in for the round ("the round", "die
Runde", "also took part"); many do not ("Investiert haben Y und Z.", "Backing came from
Y.", "Bestandsinvestor Y stockte auf.", "Y, which led the seed round, returned."). Here a
sentence after a raise that speaks of money or investors, and names investors and no other
company, says that those investors are in the round of the last company that raised one.

Precision first: every company the sentence names must be an investor (a catalogue
investor, a fund-shaped name such as "Lumen Capital", one introduced as an investor, or one
listed with such), a hedge or negation keeps the sentence out, and the facts get a lower
confidence than a pattern's.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

import regex

from .coref import _RAISE, _raised_money
from .models import Evidence, Mention, Relation
from .resources import data_dir, read_words

CONFIDENCE = 0.6
RULE = "round-investors"
WINDOW = 8
"""Sentences after the raise in which its investors may still be named."""

_CUE = {
    "en": re.compile(
        r"\b(?:round|funding|financing|raise|series\s+[a-h]\d?|seed|investors?|backers?"
        r"|shareholders?|led|co-led|co-leads?|leads|headed|anchored|particip\w+|took\s+part"
        r"|taking\s+part|chipped\s+in|invest(?:s|ed|ing)?|backed|backing|put\s+in|putting\s+in"
        r"|returned|returning|money|capital|cash|stake)\b"),
    # parts of words too: "Finanzierungsrunde", "Bestandsinvestoren", "Hauptgeldgeber"
    "de": re.compile(
        r"(?:runde|finanzierung|series|seed|geldgeber|investor|kapitalgeber|gesellschafter"
        r"|beteilig|angeführt|an\s+bord|(?:mit|neu|auch|wieder|ebenfalls|erneut)\s+dabei"
        r"|dabei\s+(?:sind|ist|waren|war)\b|eingestiegen|steig\w*\s+(?:\w+\s+)?ein\b"
        r"|stockt\w*\s+(?:\w+\s+)?auf\b|aufgestockt|(?:zogen|zieht)\s+(?:\w+\s+)?mit\b"
        r"|investier|\bkapital\b|\bgeld\b|\bmittel\b)"),
}
"""Words of a sentence on a round: its name, its investors, taking part, money (matched in
the lower-cased sentence: a case-blind regex of many words is several times slower)."""
_QUICK_CUE = {
    "en": _CUE["en"],
    "de": re.compile(r"runde|finanzierung|series|seed|geldgeber|investor|kapital|gesellschafter"
                     r"|beteilig|angeführt|bord|dabei|eingestiegen|steig|stockt|zogen|zieht"
                     r"|investier|geld|mittel"),
}
"""A cheaper test first, on every sentence that names a company: words _CUE's all contain
(the German _CUE with its phrases cost 7 µs a sentence, these literals 2 µs)."""

_NOT_IN = {
    "en": re.compile(r"(?i)\b(?:declined|decline|passed\s+on|sat\s+out|absent|except|without"
                     r"|apart\s+from|rather\s+than|instead|other\s+than|previously\s+backed"
                     r"|exit\w*|sold|sells|selling|left|former)\b"
                     # "Y's investors include A": Y's, which the patterns read
                     r"|\b(?-i:X|[A-Z][\w-]*)(?:'s|’s)\s+(?:[a-z]+\s+)?"
                     r"(?:investors|backers|shareholders)\b"
                     # "Y invests in startups across Europe": what Y does, not this round
                     r"|\binvest(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,2}?in\s+(?!(?:the|this|that|its|their)\s+"
                     r"(?:[\w$.-]+\s+){0,3}?(?:round|company|startup|start-up|business|firm|raise"
                     r"|financing|funding)\b|X\b)"),
    "de": re.compile(r"(?i)\b(?:ohne|außer|statt|anstatt|verkauft\w*|ausgestiegen|steig\w*\s+"
                     r"(?:\w+\s+)?aus|früher\w*|ehemalig\w*|verzicht\w*)\b"
                     r"|\binvestier\w*\s+(?:[a-zäöü]+\s+){0,3}?in\s+(?!(?:die|diese|das|dieses|den)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:\w*runde|unternehmen|start-?up|firma|finanzierung)\b|X\b)"),
}
"""Words that say an investor named is out of the round."""

_FUND_WORDS = frozenset(read_words(data_dir("patterns") / "fund_words.txt"))
"""Last words that make a company name a fund's: "Lumen Capital", "Sable Ventures"."""

_INVESTOR_NOUN = re.compile(
    r"(?i)\b(?:investors?|backers?|shareholders?|funds?|venture\s+(?:firms?|capitalists?|arms?)"
    r"|VCs?|(?:\w+-)?investor(?:in|en)?|\w*geldgeber\w*|\w*kapitalgeber\w*|fonds"
    r"|\w*gesellschafter\w*|(?:Bestands|Alt|Neu|Lead-?|Haupt|Ko-?)investor\w*)"
    r"(?:\s+(?:such\s+as|like|including|wie|darunter|namens))?\s*,?\s*(?:(?:the|der|die|das|den)\s+)?$")
"""An investor noun right before a name: "existing backers Y", "Bestandsinvestor Y"."""

_SIDE = re.compile(r"(?i)\b(?:at|for|für|bei|than|als|against|gegen|versus|vs\.?|des|von\s+der"
                   r"|partner|partnerin|principal|analyst|analystin)\s+(?:the\s+|der\s+|dem\s+)?$")
"""A name after these is where someone works or what something is compared with."""

_ARM_OF_BEFORE = re.compile(
    r"(?i),\s*(?:the|a|an|its|der|die|den|dem)\s+(?:(?:corporate|strategic)\s+)?(?:venture(?:[\s-]capital)?"
    r"|investment|VC|[\w-]*(?:investment|venture|wagniskapital|risikokapital|beteiligungs))"
    r"(?:[\s-]?(?:arm|unit|fund|tochter|fonds|einheit|gesellschaft))\s+(?:of|von|des)\s+(?:the\s+)?$")
"""An apposition naming a fund's parent: "NVentures, the venture arm of Nvidia": the parent is
no other company the sentence is about."""

_LIST = re.compile(r"\s*(?:,\s*(?:(?:and|und|sowie|as well as)\s+)?|\s+(?:and|und|sowie|&"
                   r"|as well as)\s+)(?:(?:the|der|die|das|dem|den)\s+)?$")
"""What joins two names of one list."""


def round_investors(text: str, lang: str, sentences: Sequence[tuple[int, int]],
                    mentions: Sequence[Mention], investors: Collection[str], article: str,
                    hedges: regex.Pattern[str] | None) -> list[Relation]:
    """investsIn facts of investors named in a sentence after a raise, for the company
    that raised last (or the one the sentence's stand-in for the round names)."""
    cue, quick, out_word = _CUE.get(lang), _QUICK_CUE.get(lang), _NOT_IN.get(lang)
    if cue is None or not sentences:
        return []
    stand_ins = [m for m in mentions if m.type in ("Round", "Joined")]
    if not stand_ins and not _RAISE.search(text):
        return []  # no round in the article: most articles end here
    sent_starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(bisect_right(sent_starts, m.start) - 1, []).append(m)
    raisers: list[Mention] | None = None  # found when a sentence first needs them
    raiser_starts: list[int] = []
    out: list[Relation] = []
    for i, here in by_sentence.items():
        if i < 0 or not any(m.type == "Organization" and m.source != "coref" for m in here):
            continue
        start, end = sentences[i]
        sentence = text[start:end]
        if not quick.search(sentence.lower()):
            continue
        owner = next((m for m in here if m.type in ("Round", "Joined")), None)
        if owner is None:
            # the last company that raised money before the sentence's first other company
            # ("Die Berliner erhielten 120 Mio. Dollar in einer Runde, die Y anführte": the
            # Berliners, not a company that raised money in an earlier paragraph)
            if raisers is None:
                # "Die Berliner erhielten 120 Millionen Dollar": a descriptor raises too
                raisers = [m for m in mentions if m.type in ("Organization", "Name")
                           and _raised_money(text, m, sent_starts)]
                raiser_starts = [m.start for m in raisers]
            ids = {id(m) for m in raisers}
            cut = min((m.start for m in here if m.type == "Organization" and id(m) not in ids),
                      default=end)
            k = bisect_left(raiser_starts, cut) - 1
            if k < 0 or bisect_right(sent_starts, raisers[k].start) - 1 < i - WINDOW:
                continue
            owner = raisers[k]
        chosen = _investors(text, sentence, start, here, owner, investors)
        if not chosen:
            continue
        masked = _masked(sentence, start, here)
        if not cue.search(masked.lower()) or out_word.search(masked) \
                or hedges is not None and hedges.search(masked):
            continue
        evidence = Evidence(article, sentence.strip(), start, end, RULE, CONFIDENCE)
        company = owner.as_type("Organization")
        out += [Relation("investsIn", m, company, evidence) for m in chosen]
    return out


def _masked(sentence: str, start: int, mentions: list[Mention]) -> str:
    """The sentence with every name replaced by "X": cue words are never part of a name
    ("Lumen Capital" says nothing about capital)."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        a, b = m.start - start, m.end - start
        if a < pos or m.source == "coref" or m.type == "Name" and " " not in m.text:
            # "the round", "Participants": words, not names
            continue
        out.append(sentence[pos:a])
        out.append("X")
        pos = b
    out.append(sentence[pos:])
    return "".join(out)


def _investors(text: str, sentence: str, start: int, here: list[Mention], owner: Mention,
               investors: Collection[str]) -> list[Mention]:
    """The sentence's companies that invest, or none when it names any other company."""
    joined = [m for m in here if m.type == "Joined"]
    orgs = sorted((m for m in here if m.type in ("Organization", "Name")
                   and m.source != "coref" and m.key != owner.key and not _person_shaped(m)),
                  key=lambda m: m.start)
    if not orgs:
        return []
    # lists: runs of names joined by commas and "and"; a person inside one is passed over
    # ("Vantiq Capital, Jane Roe and Kolbwerk Inc.")
    org_ids = {id(m) for m in orgs}
    items = sorted(orgs + [m for m in here if m.type == "Person" and m.source != "coref"
                           and orgs[0].start < m.start < orgs[-1].start],
                   key=lambda m: m.start)
    groups: list[list[Mention]] = [[items[0]]]
    for prev, m in zip(items, items[1:], strict=False):
        if _LIST.fullmatch(text[prev.end:m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    groups = [g for group in groups if (g := [m for m in group if id(m) in org_ids])]
    # "Goldman Sachs Alternatives" read as "Goldman Sachs" and "Alternatives": two names
    # with only a space between are one the finder broke; neither is sure
    broken = {id(m) for a, b in zip(orgs, orgs[1:], strict=False)
              if not text[a.end:b.start].strip() for m in (a, b)}
    chosen: list[Mention] = []
    for group in groups:
        group = [m for m in group if id(m) not in broken]
        if not group or _ARM_OF_BEFORE.search(text, max(start, group[0].start - 60),
                                              group[0].start):
            continue
        ok = any(_is_investor(text, start, m, investors) or _beside_joined(text, m, joined)
                 for m in group)
        if any(_SIDE.search(text, max(start, m.start - 30), m.start) for m in group[:1]):
            ok = False
        if ok:
            chosen += [m for m in group if m.type == "Organization" or _fund_shaped(m.text)]
        elif any(m.type == "Organization" for m in group):
            return []  # another company: the sentence may be about it, not the round
    return [m.as_type("Organization") for m in chosen]


def _beside_joined(text: str, m: Mention, joined: list[Mention]) -> bool:
    """Is the name the one a stand-in for taking part names ("Neu an Bord ist der
    Industriekonzern Y", "Y also took part"), with no other name between?"""
    return any(0 <= m.start - j.end <= 40 and _NO_NAME_BETWEEN.fullmatch(text, j.end, m.start)
               or 0 <= j.start - m.end <= 30 and _NO_NAME_BETWEEN.fullmatch(text, m.end, j.start)
               for j in joined)


_NO_NAME_BETWEEN = re.compile(r"(?:\s+(?:der|die|das|the|a|an|[a-zäöü][\w-]*|[A-ZÄÖÜ][a-zäöü]*"
                              r"(?:konzern|hersteller|investor|fonds|gruppe)))*\s*,?\s*")
"""Articles and lower-case words (and a company noun): "der Industriekonzern"."""


def _is_investor(text: str, start: int, m: Mention, investors: Collection[str]) -> bool:
    if m.key in investors or _fund_shaped(m.text):
        return True
    return bool(_INVESTOR_NOUN.search(text, max(start, m.start - 50), m.start))


def _person_shaped(m: Mention) -> bool:
    """ "des Investors Anjney Midha": a person, whatever the cue before made of the name;
    a name no catalogue and no legal form made a company must look like a fund's."""
    words = m.text.split()
    if m.source in ("catalogue", "legal-form") or _fund_shaped(m.text):
        return False
    return len(words) >= 2 or m.type == "Name"


def _fund_shaped(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[-1] in _FUND_WORDS
