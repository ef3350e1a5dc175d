"""Sentences with mentions -> relations with evidence, by patterns kept as data.

Each sentence is *masked*: every mention becomes a placeholder such as ``⟨ORG:3⟩``
and every amount of money ``⟨MONEY:0⟩``. Patterns in patterns/<lang>/relations.tsv
are regular expressions over that masked text with slots:

``{S:ORG}``            the relation's subject, an organisation mention
``{O:MODEL|PRODUCT}``  the object, a model or product
``{O:ORG+}``           ``+``: an untyped capitalised name may fill it and is typed so
``{A:MONEY}``          an amount (invests); ``{N:COUNT}`` a count (metrics)
``(?P<HI>…)(?P<LO>…)`` two scores side by side (surpasses): a match where HI is not above LO
                       is dropped ("70% versus 75% for Y" puts Y ahead)
``{POSS}``             a possessive ending ('s, s, ')
``{CEO}`` ``{ROLE}``   a CEO title / any title from roles.tsv
``{OWNER}``            an optional possessor before the slot ("Meta's Llama", "Alibabas Qwen",
                       "das Mistral-Modell Mistral Large")
``{VON}``              an optional maker after the slot ("Gemini 3 Pro von Google")
``{SPAN}``             up to 80 characters that may hold other mentions and amounts
``{TAIL}``             up to 40 characters before a closing verb, amounts allowed
                       ("für 10 Mrd. Dollar gekauft")
``{APPOS}``            an optional apposition: ", a maker of fiber optic equipment,"
``{PAREN}``            an optional parenthesis: "(born 1962)", "(NYSE: ICE)", or post-nominal
                       letters: ", PhD, FRS"
``{NEAR}``             a short gap (60) that does not hand over to another verb or preposition
``…``                  a gap of up to 60 characters that crosses no other mention
``⋯``                  a gap of up to 100 characters that may cross mentions

So "Alibabas KI-Modell Qwen" and "Qwen, das Modell von Alibaba" are two rows of a
table, and the matching code stays the same for every language.

German moves its verb: patterns/de/reorder.tsv gives a sentence's other word orders
("Seit März setzt die Allianz Claude ein", "..., dass die Bank Claude einsetzt", "Die
Allianz, der größte Versicherer Europas, setzt ...") in the order the rows are written for,
and every row is tried on those too (_reordered).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache

import regex

from . import rx
from .errors import CatalogueError
from .lexicon import (
    DE_PLACE_END,
    GENERIC_TECH,
    LISTING,
    MAKER_COMPOUND_HEAD,
    compound_endings,
    longest_first,
    names_a_company,
    overlapped,
    places,
    subordinators_regex,
    trie_regex,
    words_for,
    words_regex,
)
from .models import Evidence, Mention, Metric, Relation
from .quantities import Quantity, format_amount
from .resources import data_dir, read_table, read_words
from .rounds import RULE as ROUND_RULE
from .rounds import round_investors

TYPE_CODES = {"Organization": "ORG", "AIModel": "MODEL", "Product": "PRODUCT",
              "Person": "PERSON", "Name": "NAME", "Round": "ROUND", "Joined": "JOINED",
              "Chief": "CHIEF"}
"""Placeholder codes; ROUND is "the round"/"die Runde", standing for the company that raised it;
CHIEF is a CEO title with no company of its own ("sagte Vorstandschefin X"), standing for the
company the text is about; JOINED is a verb of taking part in that round with the round left
unsaid ("X also took part", "beteiligt sind X und Y"), standing for the same company."""
CODE_TYPES = {v: k for k, v in TYPE_CODES.items()}
LIKE = "Like"
"""The retype of an ``{S:ANY+}``/``{O:ANY+}`` slot: an untyped name there becomes what the
other slot is when that is a model or product ("the MI355X edged past Nvidia's H200": a
product). Only like is compared with like (_comparable), and a bare capitalised name next to
a company is too often a company or a place to type it so."""
STAND_INS = frozenset({"Round", "Joined", "Chief"})
"""Mention types that stand for a company named elsewhere (see TYPE_CODES): a pattern's slot
takes them as that company (_stand_in_as_company), and they type no name."""

SIGNATURES: dict[str, tuple[set[str], set[str]]] = {
    "uses": ({"Organization"}, {"AIModel", "Product"}),
    "developedBy": ({"AIModel", "Product"}, {"Organization"}),
    "surpasses": ({"AIModel", "Product", "Organization"}, {"AIModel", "Product", "Organization"}),
    "invests": ({"Organization"}, {"Organization"}),
    "investsIn": ({"Organization"}, {"Organization"}),
    "ceoOf": ({"Person"}, {"Organization"}),
    "acquires": ({"Organization"}, {"Organization"}),
    "partnersWith": ({"Organization"}, {"Organization"}),
}
"""Which classes each relation joins (the ontology's domains and ranges)."""

CATALOGUE_MAKER_RULE = "catalogue-maker"
"""The rule of a maker the catalogue knows, named in the product's sentence ("Apple said Siri
will answer in more languages": Siri is Apple's), a ``developedBy`` made by
_catalogue_makers_named."""
BUILT_ON = "builtOn"
"""Internal only: a ``uses`` pattern whose subject is a model or product ("Sift is built on
Claude") gives this, and it becomes a ``uses`` fact of the product's maker (_makers_use)."""

GAP = r"(?:[^⟨⟩\n:;,]|,(?!\s+(?:while|whereas|but|although|though)\s)){0,60}?"
"""A gap stays in its clause: no colon or semicolon ("hat ... gebaut: Die Drohne X wird ..."),
and no ", while" ("from Anthropic, while a cheaper tool runs on Y": Anthropic runs nothing)."""
GAP_DE = GAP.replace("{0,60}", "{0,100}")
"""German puts much between a verb and its object ("setzt ... für die Schadenbearbeitung im
Privatkundengeschäft das Modell X ein"): its gap is longer, and still stays in its clause."""
WIDE_GAP = r"[^\n]{0,100}?"
NEAR = (r"(?:(?!(?<!-)\b(?:powered|based|using|uses|with|from|by|via|on|nutzt|mit|auf|von"
        r"|stake|shares|Anteil\w*|Aktien|Beteiligung)\b)(?:[^⟨⟩\n]|⟨MONEY:\d+⟩)){0,60}?")
"""{NEAR}'s gap ends at a word that hands the object to another statement ("acquired a stake
in", "uses ... powered by"), but not at that word inside a compound adjective ("acquired
London-based startup X")."""
COORD = (r"(?:\s*,\s*(?:(?:auch|außerdem|zudem|erstmals|erneut|also|again)\s+)?"
         r"|(?:\s+(?:und|and|sowie|&|or|oder|as well as|als auch)\s+"
         r"|\s*,\s*(?:und|and|as\s+well\s+as)\s+)"
         r"(?:(?:in|on|during)\s+(?:[A-Z][a-z]+\s+)?(?:of\s+)?\d{4},?\s+)?"
         r"(?:(?:auch|außerdem|zudem|erstmals|erneut|also|again)\s+)?"
         r"(?:(?:(?:formerly|previously|originally|later|now|currently)\s+"
         r"(?:(?:maintained|developed|co-developed)\s+)?)?by\s+)?"
         r"(?:(?:der|die|das|dem|den|the)\s+(?:[\w-]+\s+){0,2}?)?"
         r"(?:(?:existing|new|other|returning|earlier|previous|current)\s+(?:investors?|backers?"
         r"|shareholders?)\s+|(?:Bestands|Alt-?|Neu)(?:investor(?:en)?|gesellschafter|aktionär(?:e|en)?)"
         r"\s+)?)")
"""Joins coordinated names: "A und B", "A, B and C", "A und der Internetkonzern B",
"A sowie erstmals der Kieler Fonds B", "A and in January 2017, B" (a date after the
conjunction), "by A and formerly by B", "by A and now maintained by B" (not "and published
by B", nor "published by A and developed by B"), "A, as well as B", "A and existing
investors B and C", "A, die Bestandsinvestoren B und C"; not "A, the only B": after a bare
comma a determiner opens an apposition."""


@cache
def _not_another_chief() -> str:
    """What may not follow a CEO title word: another chief's job ("Chief Operating
    Officer"), from patterns/other_chiefs.txt."""
    words = read_words(data_dir("patterns") / "other_chiefs.txt")
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return rf"(?![ \t]+(?:{alts})\b)"


_FIELDS = """technology tech financial finance operating operations marketing security AI research
science scientific product commercial legal people communications strategy digital information
data design engineering investment revenue risk compliance sales content creative medical
software hardware cloud Europe Asia regional country deputy""".split()


def _not_a_field_head(roles: list[str]) -> str:
    """Before a CEO title: a field or region makes it the head of that field ("the bank's
    technology chief"). One look-behind per word length (Python's re wants a fixed width),
    tried only where a title begins."""
    by_len: dict[int, list[str]] = {}
    for w in _FIELDS:
        by_len.setdefault(len(w), []).append(w)
    firsts = "".join(sorted({r[0].lower() for r in roles if r[:1].isalpha()}))
    return rf"(?=[{firsts}])" + "".join(rf"(?<!\b(?:{'|'.join(ws)})\s)"
                                         for _, ws in sorted(by_len.items()))


_LIST_ENDS = re.compile(r",?\s+(?:and|or)\s+(?:an?|other|several|some|its|their|various|many"
                        r"|in-house|internal|own)\s+(?!⟨)")
"""The last item of a list is no name: "A, B and an internal tool", "A, B and other models"."""

_CONJUNCTION = re.compile(r"\b(?:und|and|sowie|or|oder|as well as|als auch)\b|&")
"""What makes a run of names a list: "A, B and C"; "A, B" alone is A and an apposition."""


@dataclass(frozen=True)
class Pattern:
    id: str
    relation: str
    confidence: float
    body: str
    """The regex's text, placeholders filled in; compiled when first needed (``regex``)."""
    source: str
    """The file the row is in, for errors."""
    retype: dict[str, str]
    """Slot -> class an untyped name in that slot becomes."""
    needs: tuple[frozenset[str], ...] = ()
    """Per slot, the placeholder codes that can fill it: a sentence without one of each
    cannot match, so the regex is not even tried (the hot path of extraction)."""

    keywords: tuple[str, ...] = ()
    """Lower-case words of which every match contains at least one (empty: no such test)."""

    phrase: bool = False
    """The row matches a noun phrase ("Google's Gemini", "Nvidia-backed X"): its fact holds
    whatever the clause around it says, so only a hedge inside the match hedges it ("The
    bank would not use Google's Gemini" still says Gemini is Google's). The scope column."""

    rank: int = 0
    """Where rows of one relation give one subject different objects in one sentence, only
    the highest-ranked rows' objects stand (_outranked_dropped). The rank column, empty: 0."""

    def may_match(self, codes: set[str], present: frozenset[str] | None = None) -> bool:
        """Can the pattern match a sentence with these slot codes and key words?

        ``present``: the key words found in the sentence (Rules.key_words_in); None skips
        that test.
        """
        for need in self.needs:
            if codes.isdisjoint(need):
                return False
        if self.keywords and present is not None:
            return not present.isdisjoint(self.keywords)
        return True

    @cached_property
    def regex(self) -> regex.Pattern[str]:
        """The compiled pattern. Compiled on first use: the regex module parses in Python
        (~2 ms a pattern), and a rebuild's one article meets few of a table's ~300 rows,
        so compiling all at start-up was half a second of every rebuild. A broken row is
        reported when a sentence first reaches it, or by Rules.compile_all."""
        try:
            # Python's own re parses a pattern ~2.5x faster than the regex module (a cold
            # rebuild worker compiles ~70 rows for its one article); regex for the few rows
            # re refuses (lookbehinds of varying width, a group name used twice)
            return rx.compile(self.body, re.IGNORECASE)  # type: ignore[return-value]
        except re.error:
            pass
        try:
            return regex.compile(self.body, regex.IGNORECASE | regex.V0)
        except regex.error as exc:
            raise CatalogueError(f"{self.source}: pattern {self.id}: {exc}") from exc


@dataclass(frozen=True)
class Slot:
    index: int
    type: str


MODIFIER_COMPOUND = rf"(?:{words_regex('compound_adjectives.tsv', 'pattern')})"
"""What joins a company to a noun in an English compound adjective ("SoftBank-owned"):
patterns/compound_adjectives.tsv, column "pattern"."""


def _slot(match: re.Match[str], lex_roles: dict[str, bool]) -> str:
    name, spec = match.group(1), match.group(2)
    if name == "POSS":
        return r"(?:'s|’s|s|'|’)?"
    if name == "OWNER":
        # "Meta's Llama", "Alibabas Qwen", "der Telekom-Tochter T-Systems"
        # and the maker in a German compound: "das Mistral-Modell Mistral Large 2"
        return (r"(?:⟨ORG:\d+⟩(?:'s|’s|s|')\s+(?:[\w-]+\s+){0,2}?"
                r"|⟨ORG:\d+⟩-(?:Tochter|Sparte|Einheit|Marke|Tochterfirma)\s+"
                rf"|⟨ORG:\d+⟩-{MAKER_COMPOUND_HEAD}\s+"
                # "the Nvidia-backed startup X", "the Google-developed Gemini model"
                rf"|⟨ORG:\d+⟩-{MODIFIER_COMPOUND}\s+(?:[\w-]+\s+){{0,2}}?"
                # a product naming the company after it: "bought Orbit maker Tarnby Labs"
                r"|⟨(?:PRODUCT|MODEL|NAME):\d+⟩\s+(?:maker|developer|creator)\s+)?")
    if name == "NEAR":
        return NEAR
    if name == "VON":
        # the maker after a model: "Gemini 3 Pro von Google liegt vor ..."
        # ... or a genitive: "Mistral Medium 3 des Pariser Herstellers Mistral AI liegt vor ..."
        return (r"(?:\s+(?:von|vom)\s+(?:dem\s+|der\s+)?(?:[\w-]+\s+)?⟨ORG:\d+⟩"
                r"|\s+des\s+(?:[\w-]+\s+){0,2}?⟨ORG:\d+⟩)?")
    if name == "SPAN":
        return r"(?:[^⟨⟩\n]|⟨[A-Z]+:\d+⟩){0,80}?"
    if name == "TAIL":
        return r"(?:[^⟨⟩\n]|⟨MONEY:\d+⟩){0,40}?"
    if name == "APPOS":
        # also a defined term of a filing: 'Quarry Labs, Inc. (the "Company") acquired'
        # names inside it are skipped: "Schwarz Digits, die IT-Sparte der Lidl-Mutter, ..."
        # a bracket, then a clause between commas, or either alone: "Tarn Surgical, L.L.P. (Tarn),
        # which is consolidated by Y, acquired ..."
        return (r"(?:\s*\((?:the\s+)?[\"“']?(?:[A-Z][\w-]*|⟨(?:ORG|NAME):\d+⟩)[\"”']?\)"
                rf"|\s*{LISTING})?"  # "Tarnwell (NYSE: TRW) agreed to buy ..."
                r"(?:,\s+(?:a|an|the|which|whose|der|die|das|published|released|launched|"
                r"trained|unveiled|introduced|announced|first\s+shown|open-sourced|made|developed|built|"
                r"created|designed)\s+(?:[^,⟨⟩\n]|,(?=\d{3}\b)|⟨[A-Z]+:\d+⟩){1,80},"
                # "Gemini 3 Pro, Google's latest model, leads ..."
                r"|,\s+⟨ORG:\d+⟩(?:'s|’s)\s+(?:[^,⟨⟩\n]){1,60},)?"
                # "Anysphere, the startup behind Cursor, added": a descriptor standing for X
                r"(?:,\s+⟨ORG:\d+⟩\s+(?:behind|from|in|at|with|of|that|which|whose)\s"
                r"(?:[^,⟨⟩\n]|⟨[A-Z]+:\d+⟩){1,80},)?")
    if name == "PAREN":
        # also post-nominal letters: "Petra Lind, OBE, PhD, FRS, is ..."
        return (r"(?:\s*\((?:[^()\n]|\([^()\n]{0,30}\)){0,100}\)"
                r"|(?:,\s*(?:⟨NAME:\d+⟩|[A-Z]{2,5}|Ph\.?D\.?|M\.D\.|Jr\.|Sr\.)){1,6}(?=,))?")
    if name in ("CEO", "ROLE"):
        roles = [r for r, ceo in lex_roles.items() if ceo or name == "ROLE"]
        alts = "(?:" + longest_first(roles) + ")"
        if name == "CEO":
            # "the bank's technology chief", "its AI boss": the head of one field only
            alts = _not_a_field_head(roles) + alts
        # "chief" is a CEO, "Chief Operating Officer" is not
        return alts + _not_another_chief() if name == "CEO" else alts
    codes = spec.rstrip("+").split("|") if spec else ["ANY"]
    if "ANY" in codes:
        codes = ["ORG", "MODEL", "PRODUCT", "PERSON"]
    if spec and spec.endswith("+") or "ANY" in (spec or ""):
        codes = [*codes, "NAME"]
    # a subject in a compound is someone else: "die Lidl-Mutter", "der Nvidia-Rivale"
    other = (r"(?!-(?:Mutter\w*|Konkurrent\w*|Rivale\w*|Wettbewerber\w*|Kunde\w*|Investor\w*"
             r"|Geldgeber\w*|Aktionär\w*|Aktie\w*|Partner\w*|Gründer\w*|Tochter\w*))"
             if name == "S" and "ORG" in codes else "")
    if "ORG" in codes and not match.string.startswith("-", match.end()):
        # "bought the Nvidia-backed startup X": a company in a compound adjective is no
        # party of the clause's verb (rows that want it spell out the "-backed")
        other += rf"(?!-{MODIFIER_COMPOUND}\b)"
    return rf"⟨(?:{'|'.join(codes)}):(?P<{name}>\d+)⟩{other}"


def pattern_from_row(row: dict[str, str], roles: dict[str, bool], source: str,
                     gap: str = GAP) -> Pattern:
    text = row["pattern"]
    retype = {}
    for m in re.finditer(r"\{([A-Z]+):([A-Z|+]+)\}", text):
        if m.group(2) == "ANY+":
            retype[m.group(1)] = LIKE
        elif m.group(2).endswith("+"):
            retype[m.group(1)] = CODE_TYPES[m.group(2).rstrip("+").split("|")[-1]]
    body = re.sub(r"\{([A-Z]+)(?::([A-Z|+]+))?\}", lambda m: _slot(m, roles), text)
    body = body.replace("⋯", WIDE_GAP).replace("…", gap)
    relation = row["relation"]
    if relation not in SIGNATURES and relation not in ("metric",):
        raise CatalogueError(f"{source}: pattern {row['id']}: unknown relation {relation!r}")
    needs = []
    for m in re.finditer(r"\{([A-Z]+):([A-Z|+]+)\}", text):
        if _optional(text, m.start()):
            continue
        codes = set(m.group(2).rstrip("+").split("|"))
        if "ANY" in codes:
            codes = {"ORG", "MODEL", "PRODUCT", "PERSON", "NAME"}
        if m.group(2).endswith("+"):
            codes.add("NAME")
        needs.append(frozenset(codes))
    return Pattern(row["id"], relation, float(row.get("confidence") or 0.8), body, source, retype,
                   tuple(needs), _keywords(_roles_spelled_out(text, roles)),
                   row.get("scope") == "phrase", int(row.get("rank") or 0))


def _roles_spelled_out(pattern: str, roles: dict[str, bool]) -> str:
    """The pattern with its {CEO}/{ROLE} slot written as the group of role words it stands
    for, so that the title gives the key words ("CEO", "Vorstandschef") of a pattern that
    has no other word every match holds: such rows used to run on every sentence."""
    def spelled(m: re.Match[str]) -> str:
        slot = m.group(1) or m.group(2)
        words = [r for r, ceo in roles.items() if ceo or slot == "ROLE"]
        return "(?:" + "|".join(re.escape(w) for w in words) + ")"

    return re.sub(r"\(\?:\{(CEO|ROLE)\}\)|\{(CEO|ROLE)\}", spelled, pattern)


def _keywords(pattern: str) -> tuple[str, ...]:
    """Words of which every match of the pattern contains at least one.

    A cheap test before the regex runs: a sentence holding none of them cannot match.
    Taken from a required word or a required group whose every branch has one
    ("nutzt|nutzen"), at any depth (_required_words); lookarounds and skippable groups
    never count. Empty when no such word exists, and then the regex always runs.
    """
    text = _drop_groups(pattern)
    # a literal placeholder ("⟨ORG:\d+⟩", "⟨(?:ORG|NAME):\d+⟩") is in every masked sentence
    text = re.sub(r"⟨[^⟨⟩]*⟩", " ", text)
    text = re.sub(r"\{[A-Z]+(?::[A-Z|+]+)?\}", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"\\.", " ", text)
    text = re.sub(r"[A-Za-zÄÖÜäöüß](?:[?*]|\{0,?\d*\})", " ", text)  # "invests?": no s needed
    return _required_words(text) or ()


_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")


def _required_words(text: str) -> tuple[str, ...] | None:
    """Words of which every match of ``text`` (a pattern cleaned by _keywords) holds one,
    or None. A sequence offers each of its words and each group's own answer, and the most
    selective is taken; an alternation needs an answer from every branch, and joins them.
    Nested groups count: "(?:co-developed|(?<!-)(?:developed|built))" gives all three."""
    branches = _split_top(text)
    if len(branches) > 1:
        answers = [_required_words(branch) for branch in branches]
        if not all(answers):
            return None
        return tuple(sorted({w for answer in answers for w in answer}))  # type: ignore[union-attr]
    depth, start, groups = 0, 0, []
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, i + 1))
    candidates: list[tuple[str, ...]] = []
    for a, b in groups:
        inner = re.sub(r"^\(\?(?::|i:|-i:)?", "", text[a:b - 1])
        answer = _required_words(inner)
        if answer:
            candidates.append(answer)
    outside = text
    for a, b in reversed(groups):
        outside = outside[:a] + " " + outside[b:]
    candidates += [(w.lower(),) for w in _WORD.findall(outside)]
    if not candidates:
        return None
    # the most selective: fewest common words ("and", "mit"), then fewest words
    return tuple(sorted({w.lower() for w in min(
        candidates, key=lambda c: (sum(k.lower() in _COMMON_WORDS for k in c), len(c)))}))


_COMMON_WORDS = frozenset(read_words(data_dir("patterns") / "key_stopwords.txt"))


def _split_top(text: str) -> list[str]:
    """Split on | at depth 0."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return parts


def _skippable_groups(pattern: str) -> list[tuple[int, int]]:
    """Spans (start, end) of lookarounds and of groups a match may skip ("(...)?", "(...)*",
    "(...){0,n}"), the quantifier included; one scan of the parentheses."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            end = i + 1
            look = pattern.startswith(("(?!", "(?=", "(?<!", "(?<="), start)
            if pattern[end:end + 1] in ("?", "*"):
                end += 1
            elif pattern.startswith("{0", end):
                end = pattern.index("}", end) + 1
            else:
                if look:
                    spans.append((start, end))
                i += 1
                continue
            if pattern[end:end + 1] == "?":  # lazy
                end += 1
            spans.append((start, end))
        i += 1
    return spans


def _drop_groups(pattern: str) -> str:
    """The pattern without lookarounds and without groups that may be skipped."""
    out, pos = [], 0
    for start, end in sorted(_skippable_groups(pattern)):
        if start < pos:
            continue  # inside a group already dropped
        out.append(pattern[pos:start] + " ")
        pos = end
    out.append(pattern[pos:])
    return "".join(out)


def _optional(pattern: str, pos: int) -> bool:
    """Is position ``pos`` inside a group the pattern may skip?"""
    return any(start < pos < end for start, end in _skippable_groups(pattern))


@dataclass(frozen=True)
class Reorder:
    """A row of patterns/<lang>/reorder.tsv: a regex over the masked sentence whose named
    groups, put in another order (and the rest of the match left out), give the same
    sentence in the word order the relation patterns are written for ("Seit März setzt die
    Allianz Claude ein" -> "die Allianz setzt Seit März Claude ein")."""

    id: str
    regex: regex.Pattern[str]
    order: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Rules:
    patterns: tuple[Pattern, ...]
    metrics: tuple[tuple[str, Pattern], ...]
    hedges: regex.Pattern[str] | None
    reorders: tuple[Reorder, ...] = ()

    @property
    def ranks(self) -> dict[str, int]:
        """Row id -> rank, for the rows that have one, and the brand-name fact's rank."""
        return _ranks(self)

    def compile_all(self) -> None:
        """Compile every pattern now (a warm-up, and the check that each row is valid)."""
        for pattern in (*self.patterns, *(p for _, p in self.metrics)):
            pattern.regex  # noqa: B018 - compiles and keeps it

    def key_words_in(self, lowered: str) -> frozenset[str]:
        """Every pattern key word that occurs in the text, in one scan.

        Key words sorted longest first and matched at every position (overlapped): at each
        position the longest one that fits is found, and the shorter ones it starts with
        are added from a table, so none is missed.
        """
        finder, prefixes = _key_word_finder(self)
        present: set[str] = set()
        for m in finder.finditer(lowered):
            present |= prefixes[m.group(1)]
        return frozenset(present)

    def candidates(self, present: frozenset[str]) -> list[Pattern]:
        """The patterns whose key words are present (or that have none), in table order.

        An index from key word to patterns: with ~100 patterns a language, asking each
        one in turn cost more than the few regexes that then run.
        """
        always, by_word = _pattern_index(self)
        chosen = set(always)
        for word in present:
            chosen.update(by_word.get(word, ()))
        return [self.patterns[i] for i in sorted(chosen)]


@cache
def _ranks(rules: Rules) -> dict[str, int]:
    return {BRAND_RULE: BRAND_RANK} | {p.id: p.rank for p in rules.patterns if p.rank}


@cache
def _fitting(rules: Rules, codes: frozenset[str]) -> frozenset[int]:
    """The ids of the patterns whose slots these placeholder codes can fill (may_match),
    worked out once per set of codes: asking each pattern for each sentence was 50,000
    calls per 40 articles. (Rules and their patterns live as long as the process.)"""
    return frozenset(id(p) for p in rules.patterns if p.may_match(codes))


@cache
def _pattern_index(rules: Rules) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    always = tuple(i for i, p in enumerate(rules.patterns) if not p.keywords)
    by_word: dict[str, list[int]] = {}
    for i, p in enumerate(rules.patterns):
        for word in p.keywords:
            by_word.setdefault(word, []).append(i)
    return always, {w: tuple(ix) for w, ix in by_word.items()}


@cache
def _key_word_finder(rules: Rules) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    words = sorted({k for p in rules.patterns for k in p.keywords}, key=len, reverse=True)
    # a trie-shaped pattern: one pass tries all words at once, longest match first; a
    # lookahead makes re try every position (as regex's overlapped=True did, 3x slower)
    finder = rx.compile("(?=(" + (trie_regex(words) or "(?!)") + "))")
    prefixes = {w: frozenset(k for k in words if w.startswith(k)) for w in words}
    return finder, prefixes


@cache
def load_rules(lang: str) -> Rules:
    base = data_dir("patterns") / lang
    roles = {r["role"]: r["ceo"] == "yes" for r in read_table(base / "roles.tsv")}
    source = str(base / "relations.tsv")
    gap = GAP_DE if lang == "de" else GAP
    patterns = tuple(pattern_from_row(_subordinators_filled(r, lang), roles, source, gap)
                     for r in read_table(base / "relations.tsv"))
    seen: set[str] = set()
    for p in patterns:
        if p.id in seen:  # the id is what a fact's evidence names as the rule that fired
            raise CatalogueError(f"{source}: pattern id {p.id!r} is used twice; give each row "
                                 f"its own id")
        seen.add(p.id)
    metrics = []
    if (base / "metrics.tsv").exists():
        for r in read_table(base / "metrics.tsv"):
            row = {**r, "relation": "metric"}
            metrics.append((r["kind"], pattern_from_row(row, roles, str(base / "metrics.tsv"),
                                                        gap)))
    hedge_words = read_words(base / "hedges.txt") if (base / "hedges.txt").exists() else []
    hedges = regex.compile("|".join(f"(?:{h})" for h in hedge_words), regex.IGNORECASE) \
        if hedge_words else None
    reorders = []
    if (base / "reorder.tsv").exists():
        for r in read_table(base / "reorder.tsv"):
            try:
                compiled = regex.compile(_subordinators_filled(r, lang)["pattern"], regex.V0)
            except regex.error as exc:
                raise CatalogueError(f"{base / 'reorder.tsv'}: row {r['id']}: {exc}") from exc
            reorders.append(Reorder(r["id"], compiled, tuple(r["order"].split())))
    return Rules(patterns, tuple(metrics), hedges, tuple(reorders))


_SUBORDINATOR_SLOT = re.compile(r"\{SUBORDINATOR:(\w+)(:capital)?\}")
"""A list of words in a row of reorder.tsv or relations.tsv: the words of subordinators.tsv
marked in a column (lexicon.subordinators_regex)."""


def _subordinators_filled(row: dict[str, str], lang: str) -> dict[str, str]:
    """The row with each {SUBORDINATOR:column} of its pattern written out as its words."""
    if "{SUBORDINATOR:" not in row["pattern"]:
        return row
    return {**row, "pattern": _SUBORDINATOR_SLOT.sub(
        lambda m: subordinators_regex(lang, m[1], bool(m[2])), row["pattern"])}


def _reordered(rules: Rules, masked: Masked) -> list[Masked]:
    """The sentence in the other word orders the language's reorder rows give (each row
    also applied to what an earlier row gave); placeholders keep their mentions."""
    out: list[Masked] = []
    for row in rules.reorders:
        for base in (masked, *out):
            m = row.regex.search(base.text)
            if m is None or len(out) >= 4:
                continue
            middle = [g[1:] if g.startswith("=") else m.span(g)
                      for g in row.order if g.startswith("=") or m.start(g) >= 0]
            pieces = [(0, m.start()), *middle, (m.end(), len(base.text))]
            text, spans = "", []
            for piece in pieces:
                if isinstance(piece, str):  # a literal word of the row ("=und")
                    text += ("" if not text or text[-1].isspace() else " ") + piece
                    continue
                a, b = piece
                if a == b:
                    continue
                if text and not text[-1].isspace() and not base.text[a].isspace():
                    text += " "
                shift = len(text) - a
                spans += [(s + shift, e + shift, o) for s, e, o in base.spans if a <= s and e <= b]
                text += base.text[a:b]
            out.append(Masked(text, base.mentions, base.money, base.counts, sorted(spans)))
    return out


@dataclass
class Masked:
    """One sentence with mentions and amounts replaced by placeholders."""

    text: str
    mentions: list[Mention]
    money: list[Quantity]
    counts: list[Quantity]
    spans: list[tuple[int, int, str]]
    """(masked start, masked end, original text) for every placeholder, to unmask."""


def mask(sentence: str, offset: int, mentions: Sequence[Mention], money: Sequence[Quantity],
         counts: Sequence[Quantity], lang: str) -> Masked:
    items: list[tuple[int, int, str, int, str]] = []
    local_mentions: list[Mention] = []
    for m in mentions:
        items.append((m.start - offset, m.end - offset, TYPE_CODES[m.type], len(local_mentions),
                      m.text))
        local_mentions.append(m)
    for i, q in enumerate(money):
        items.append((q.start - offset, q.end - offset, "MONEY", i, q.text))
    for i, q in enumerate(counts):
        items.append((q.start - offset, q.end - offset, "COUNT", i, q.text))
    items.sort()
    out, spans, pos = [], [], 0
    for start, end, code, index, original in items:
        if start < pos:
            continue
        out.append(sentence[pos:start])
        here = sum(len(p) for p in out)
        holder = f"⟨{code}:{index}⟩"
        out.append(holder)
        spans.append((here, here + len(holder), original))
        pos = end
    out.append(sentence[pos:])
    text = "".join(out)
    if ", " in text:
        text = _sentence_adverb(lang).sub(lambda m: " " * len(m.group()), text)
    return Masked(text, local_mentions, list(money), list(counts), spans)


@cache
def _sentence_adverb(lang: str) -> re.Pattern[str]:
    """A sentence adverb between commas right after a name ("Acme, however, invested ...",
    patterns/<lang>/sentence_adverbs.txt): blanked in the masked sentence, offsets kept, so
    the name stays next to its verb for every pattern. Loaded once per language."""
    words = sorted(read_words(data_dir("patterns") / lang / "sentence_adverbs.txt"),
                   key=len, reverse=True)
    return re.compile(r"(?<=⟩),\s+(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                  for w in words) + r"),(?=\s)", re.IGNORECASE)


def unmask(masked: Masked, start: int, end: int) -> str:
    text = masked.text[start:end]
    for s, e, original in sorted(masked.spans, reverse=True):
        if s >= start and e <= end:
            text = text[: s - start] + original + text[e - start:]
    return text


_NEW_CLAUSE = re.compile(r"\s+(?:transferred|was|were|is|are|has|have|had|will|would"
                         rf"|{words_regex('speech_verbs.tsv', 'new_clause')}"
                         r"|agreed|acquired|bought|sold|wurde|wurden|hat|haben|ist|sind)\b")
"""A verb right after a name joined by "and": the name is the subject of a new clause (the
verbs of saying: patterns/speech_verbs.tsv, column new_clause)."""


@lru_cache(maxsize=256)
def _list_patterns(codes: str, owner: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of _coordinated for these codes, compiled once: built and looked up in
    re's cache for every try they cost more than their matching."""
    purpose = "" if "ORG" in codes.split("|") else _PURPOSE
    return (rx.compile(rf"({purpose}{_SERIES}{COORD}){owner}⟨({codes}):(\d+)⟩"),
            rx.compile(rf"(\s*,\s*the\s+){owner}⟨({codes}):(\d+)⟩(?={COORD}(?:the\s+)?⟨)"),
            rx.compile(rf"⟨({codes}):(\d+)⟩(?:'s|’s|s)?({COORD}){owner}$"))


_PURPOSE = r"(?:\s+for\s+(?:(?!(?:and|or)\b)[\w-]+\s+){0,3}?(?!(?:and|or)\b)[\w-]+)?"
"""A purpose after a model or product in a list: "uses A for search, B for code and C for
chat" lists A, B and C (not in a list of companies: "bought A for cash and B")."""


_SERIES = r"(?:\s+(?:series|franchise|trilogy)(?:\s+of\s+(?:video\s+)?games)?(?=\s*,))?"
"""A series word after a list's name, before its comma: "the X series, as well as Y", "the
X series of video games, as well as Y"."""


def _coordinated(masked: Masked, index: int, code_set: set[str], forward: bool) -> list[int]:
    """Mentions joined to mention ``index`` by 'und', 'and' or commas: 'A und B nutzen X'."""
    holder = None
    tail = f":{index}⟩"
    for s, e, _ in masked.spans:
        if masked.text.endswith(tail, s, e) and masked.text[s + 1:e].split(":")[0] in code_set:
            holder = (s, e)
            break
    if holder is None:
        return []
    # a person inside a list of companies is passed over, not its end: "A, B, Jane Doe and
    # C invested" (kept out of the slot below)
    passed = "PERSON" if "PERSON" not in code_set and "ORG" in code_set else None
    codes = "|".join(sorted(code_set | ({passed} if passed else set())))  # one text: rx.py
    # models may each have their owner: "ahead of OpenAI's GPT-5.1 and Anthropic's Claude"
    owner = "" if "ORG" in code_set else r"(?:⟨ORG:\d+⟩(?:'s|’s|s)?\s+)?"
    found = []
    after, after_the, before_it = _list_patterns(codes, owner)
    if forward:
        rest = masked.text[holder[1]:]
        joined = []
        while True:
            # "included A, the B and the C": after a bare comma "the" opens an apposition,
            # unless a conjunction ends the list (the check after the loop)
            m = after.match(rest) or after_the.match(rest)
            if not m or _NEW_CLAUSE.match(rest, m.end()):
                break  # "sold A to B and the C transferred to B": C opens a clause of its own
            if joined and joined[-1][1] and "," in m.group(1) \
                    and _CONJUNCTION.search(m.group(1)):
                break  # "backed by A and B, and C counts ...": ", and" opens a clause
            joined.append((int(m.group(3)), bool(_CONJUNCTION.search(m.group(1))),
                           m.group(2) == passed))
            rest = rest[m.end():]
        if joined and not joined[-1][1] and _LIST_ENDS.match(rest):
            # "use GitHub Copilot, Cursor and an internal tool": a list that ends in no name
            joined[-1] = (joined[-1][0], True, joined[-1][2])
        while joined and not joined[-1][1]:
            joined.pop()  # "CEO of A, One of Britain's oldest": no list
        found = [i for i, _, person in joined if not person]
    else:
        before = masked.text[:holder[0]]
        seen_conj = False
        first_join = ""
        while True:
            m = before_it.search(before)
            if not m:
                break
            conj = bool(_CONJUNCTION.search(m.group(3)))
            if conj and seen_conj and found and "," in first_join:
                # "backed by A and B, and C counts A as ...": ", and" joined two clauses
                return []
            if not found:
                first_join = m.group(3)
            seen_conj = seen_conj or conj
            if not seen_conj:
                break
            found.append((int(m.group(2)), m.group(1) == passed))
            before = before[: m.start()]
        while found and found[-1][1]:
            found.pop()  # a list opens with a company: "Jane Doe and A invested" is no list
        found = [i for i, person in found if not person]
    return found


def extract(text: str, lang: str, sentences: Sequence[tuple[int, int]],
            mentions: Sequence[Mention], money: Sequence[Quantity], counts: Sequence[Quantity],
            article: str, investors: Collection[str] = (),
            developer_of: Mapping[str, str] | None = None,
            ) -> tuple[list[Relation], list[Metric]]:
    """All relations and metrics stated in an article, sentence by sentence.

    ``investors``: names of known investors (the catalogue's), for investors named in the
    sentences after a round (rounds.round_investors). ``developer_of``: the catalogue's
    makers (Catalogue.developers), for a product and its maker named in one sentence."""
    rules = load_rules(lang)
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(bisect_right(starts, m.start) - 1, []).append(m)
    money_by: dict[int, list[Quantity]] = {}
    for q in money:
        money_by.setdefault(bisect_right(starts, q.start) - 1, []).append(q)
    counts_by: dict[int, list[Quantity]] = {}
    for q in counts:
        counts_by.setdefault(bisect_right(starts, q.start) - 1, []).append(q)
    relations: list[Relation] = []
    metrics: list[Metric] = []
    made: list[Relation] = []  # the catalogue's makers: no pattern outranks them
    for m in mentions:
        if m.maker:  # "Adobe Illustrator": named after its maker
            s_start, s_end = next(((a, b) for a, b in sentences if a <= m.start < b),
                                  (m.start, m.end))
            evidence = Evidence(article, text[s_start:s_end].strip(), s_start, s_end,
                                BRAND_RULE, 0.7)
            maker = Mention(m.start, m.start + len(m.maker), m.maker, "Organization", m.maker,
                            "brand")
            relations.append(Relation("developedBy", m, maker, evidence))
    for i, (start, end) in enumerate(sentences):
        ments = [m for m in by_sentence.get(i, []) if m.end <= end]
        if len(ments) < 1:
            continue
        sentence = text[start:end]
        # German words that are merely no dictionary words ("Wetzlar", "Kolbwerk") are
        # candidates for '+' slots only: a sentence is read once without them, so they
        # never block a gap, and once more with them for the patterns that may type them
        plain = [m for m in ments if not (m.type == "Name" and m.source == "word")]
        variants = [ments] if len(plain) == len(ments) else [plain, ments]
        for k, these in enumerate(variants):
            masked = mask(sentence, start, these, money_by.get(i, []), counts_by.get(i, []), lang)
            found = _CODE.findall(masked.text)
            if len(found) < 2:
                continue  # every pattern joins two slots
            codes = set(found)
            here = _run_patterns(rules, masked, k, sentence, start, end, article, codes)
            if len(these) < len(ments):
                here = _named_investees(here, [m for m in ments if m not in these])
            # a name a pattern typed ("Parloa's new model, Vireo-1, ...") is that for the
            # other patterns too: "..., Vireo-1, outperforms GPT-4o"
            retyped = _typed_names(these, here)
            if retyped:
                again = mask(sentence, start, retyped, money_by.get(i, []), counts_by.get(i, []),
                             lang)
                here += _run_patterns(rules, again, k, sentence, start, end, article)
            relations += here
            if k:
                continue
            for kind, pattern in rules.metrics:
                if pattern.may_match(codes):
                    metrics += _apply_metric(kind, pattern, masked, sentence, start, end, article)
        # a sentence that denies or hedges what it says pairs no names ("Apple denies ...")
        pairs = _catalogue_makers_named(ments, text, start, end, article, developer_of or {})
        if pairs and not (rules.hedges and rules.hedges.search(sentence)):
            made += pairs
    relations += round_investors(text, lang, sentences, mentions, investors, article, rules.hedges)
    relations += _parents_of_investing_arms(text, relations, mentions)
    relations = _outranked_dropped(relations, rules.ranks) + made
    relations += _family_makers(relations, mentions, sentences, text, article,
                                developer_of or {})
    return _dedupe(_makers_use(_less_sure_across_sentences(relations))), metrics


FAMILY_MAKER_RULE = "family-maker"
"""The rule of a maker read from the family a product or model is named after."""


def _family_makers(relations: list[Relation], mentions: Sequence[Mention],
                   sentences: Sequence[tuple[int, int]], text: str, article: str,
                   developer_of: Mapping[str, str]) -> list[Relation]:
    """``developedBy`` of a product or model the article names with no maker of its own but
    after one whose maker it states: "Harrow Knights III", "Vantor Pro" are by the makers
    the article gives "Harrow Knights", "Vantor" (the family the name contains as whole
    words, or the one its mention was read with: "Windows 10" of "Windows"). A member with
    a maker of its own keeps it ("Skyrail Zero, developed by Minnow Games" in a franchise
    by Orbis Interactive). Only a maker a sentence states is passed on: one read
    from a name or the catalogue ("Microsoft Windows") is the catalogue's to give ("Windows
    NT"), and so is the maker of a member the catalogue knows ("Claude Sonnet 4.5").
    A member named in a sentence that gives the family its maker is that sentence's to read
    ("the first Pixel processor made by TSMC" makes no "Pixel 10" of TSMC's). The evidence
    is the member's first sentence."""
    makers: dict[str, list[Mention]] = {}
    stated_in: dict[str, set[int]] = {}
    for r in relations:
        if r.predicate == "developedBy" and r.object is not None and not r.hedged \
                and r.evidence.rule not in (BRAND_RULE, CATALOGUE_MAKER_RULE):
            known = makers.setdefault(r.subject.key, [])
            if all(o.key != r.object.key for o in known):
                known.append(r.object)
            stated_in.setdefault(r.subject.key, set()).add(r.evidence.start)
    if not makers:
        return []
    out: list[Relation] = []
    done: set[str] = set(makers)
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type not in ("Product", "AIModel") or m.key in done \
                or _catalogue_maker(m, developer_of):
            continue
        family = _named_family(m, makers)
        if family is None:
            continue
        start, end = next(((a, b) for a, b in sentences if a <= m.start < b), (m.start, m.end))
        if start in stated_in[family]:
            continue
        done.add(m.key)
        evidence = Evidence(article, text[start:end].strip(), start, end, FAMILY_MAKER_RULE,
                            0.5)
        out += [Relation("developedBy", m, o, evidence) for o in makers[family]]
    return out


def _named_family(m: Mention, makers: Mapping[str, list[Mention]]) -> str | None:
    """The longest name with a maker that the mention's name contains as whole words."""
    if m.family in makers:
        return m.family
    words = m.key.split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            name = " ".join(words[i:i + size])
            if name in makers:
                return name
    return None


def _catalogue_makers_named(ments: list[Mention], text: str, start: int, end: int,
                            article: str, developer_of: Mapping[str, str]) -> list[Relation]:
    """``developedBy`` of each model or product of a sentence and the company the catalogue
    gives as its maker, where the sentence names that company (another company of the
    sentence is no maker by this rule)."""
    made = [m for m in ments if m.type in ("AIModel", "Product")
            and (m.source == "catalogue" or m.family)]
    if not made:
        return []
    orgs = {m.key: m for m in ments if m.type == "Organization"}
    if not orgs:
        return []
    pairs = [(m, orgs[key]) for m in made
             if (key := _catalogue_maker(m, developer_of)) is not None and key in orgs]
    if not pairs:
        return []
    evidence = Evidence(article, text[start:end].strip(), start, end, CATALOGUE_MAKER_RULE, 0.6)
    return [Relation("developedBy", m, o, evidence) for m, o in pairs]


def _catalogue_maker(m: Mention, developer_of: Mapping[str, str]) -> str | None:
    """The maker the catalogue gives a model or product, by its name or else its family."""
    return developer_of.get(m.key) or (developer_of.get(m.family) if m.family else None)


BRAND_RULE = "brand-name"
"""The rule of a maker read from a product's name ("Adobe Illustrator": Adobe's)."""
BRAND_RANK = 1
"""The brand-name fact ranks as the noun-phrase developedBy rows of patterns/en/relations.tsv:
the product's name names its maker as "Velora's Mosaic" does."""


def _outranked_dropped(relations: list[Relation], ranks: dict[str, int]) -> list[Relation]:
    """Where rows of one relation give one subject different objects in one sentence, the
    facts of the highest-ranked rows stand and lower-ranked ones with another object go
    (the rank column of patterns/*/relations.tsv). A maker the product's own noun phrase names
    ("Mosaic, a scheduling app from Velora", "Velora's Mosaic") outranks a clause verb that
    reads another company as the maker ("Walmart rolled out Mosaic, a scheduling app from
    Velora, to its stores"): that company brings it out, it does not make it."""
    top: dict[tuple[str, str, int], tuple[int, set[str]]] = {}
    for r in relations:
        rank = ranks.get(r.evidence.rule, 0)
        if rank and r.object is not None:
            here = (r.predicate, r.subject.key, r.evidence.start)
            best = top.get(here)
            if best is None or rank > best[0]:
                top[here] = (rank, {r.object.key})
            elif rank == best[0]:
                best[1].add(r.object.key)
    if not top:
        return relations
    return [r for r in relations if r.object is None
            or (best := top.get((r.predicate, r.subject.key, r.evidence.start))) is None
            or ranks.get(r.evidence.rule, 0) >= best[0] or r.object.key in best[1]]


ACROSS_SENTENCES = 0.85
"""Confidence factor for a fact whose subject or object is a reference back ("the company",
"sie", "the round"): the antecedent may be wrong, so such facts rank below stated ones."""


def _less_sure_across_sentences(relations: list[Relation]) -> list[Relation]:
    out = []
    for r in relations:
        if r.evidence.rule != ROUND_RULE and (
                r.subject.source == "coref" or r.object is not None and r.object.source == "coref"):
            e = r.evidence
            r = replace(r, evidence=replace(e, confidence=round(e.confidence * ACROSS_SENTENCES,
                                                                  2)))
        out.append(r)
    return out


def _run_patterns(rules: Rules, masked: Masked, k: int, sentence: str, start: int, end: int,
                  article: str, codes: set[str] | None = None) -> list[Relation]:
    """Every pattern over one masked sentence, and over the second half of a coordination
    with the sentence's subject put back: "Kelvio signed a deal with ElevenLabs and
    integrates Flash" is also read as "Kelvio integrates Flash"."""
    out: list[Relation] = []
    # German word orders the rows are not written for, put in one they are (reorder.tsv)
    for base in (masked, *(_reordered(rules, masked) if rules.reorders else ())):
        conjuncts = _conjuncts(base)
        for text in (base, *conjuncts):
            if codes is None or text is not masked:  # the caller knows the sentence's codes
                codes = set(_CODE.findall(text.text))
            present = rules.key_words_in(text.text.lower())
            fits = _fitting(rules, frozenset(codes))
            for pattern in rules.candidates(present):
                if k and not pattern.retype:
                    continue
                if id(pattern) in fits:
                    found = _apply(pattern, text, sentence, start, end, article, rules.hedges)
                    if text is base and conjuncts:
                        found = _not_across_a_conjunct(found, base, sentence, start)
                    out += found
    return _not_from_a_closed_clause(out, sentence, start, masked.mentions)


_CLOSING_PARTICIPLES = longest_first(read_words(data_dir("patterns") / "en"
                                                 / "closed_participles.txt"))
"""Participles that open an apposition (", a startup backed by X,"):
patterns/en/closed_participles.txt."""
_IN_LIST_COMMA = (r"(?:[^,;.\n]|,(?=\s*(?:⟨[A-Z]+:\d+⟩|[A-ZÄÖÜ][\w&-]*)"
                  r"(?:\s*,|\s+(?:und|and|sowie|oder|or)\s)))")
"""A clause's character, or the comma of a list of names inside it ("zu dem A, B und C
gehören"); a name the text does not know is a capitalised word there ("zu dem Peugeot, Fiat
und Opel gehören": Fiat)."""
_RELATIVE_PREPOSITIONS = ("zu", "bei", "mit", "an", "in", "von", "für", "über", "unter", "aus",
                          "nach", "auf", "hinter", "neben", "gegen", "durch")
_PREPOSITION_RELATIVES = ("dem", "der", "denen", "den", "die", "das", "deren", "dessen")
"""The relative pronouns after a German preposition ("mit dem", "zu denen")."""
_CLOSED_RELATIVE = re.compile(r",\s+(?:(?:which|whose|who|der|die|das|den|dem|denen|dessen"
                              rf"|deren)\b{_IN_LIST_COMMA}{{0,150}}"
                              # German: a preposition before the pronoun, the verb last
                              rf"|(?:{'|'.join(_RELATIVE_PREPOSITIONS)})\s+"
                              rf"(?:{'|'.join(_PREPOSITION_RELATIVES)})"
                              rf"\s{_IN_LIST_COMMA}{{0,150}}?\s[a-zäöüß]+"
                              r"|(?:a|an|the)\s[^,;.\n]{0,100}"
                              rf"|(?:{_CLOSING_PARTICIPLES})\s+(?:by|with|in|at|from)\s"
                              r"[^,;.\n]{0,80})"
                              r",(?!\s+(?:and|or|&)\s)")
"""A relative clause or apposition the sentence closes again: ", which has invested in
Anthropic,", ", a startup backed by Alibaba," (not a list's ", the C, and D"); in German
", die seit Jahren mit Microsoft zusammenarbeitet,". coref._CLOSED_CLAUSE, which finds what an
anaphor looks past, differs (see there why they stay two)."""


_RELATIVE_STARTS = (", which", ", whose", ", who", ", der ", ", die ", ", das ", ", den ",
                    ", dem ", ", denen ", ", dessen ", ", deren ",
                    *(f", {p} {r} " for p in _RELATIVE_PREPOSITIONS
                      for r in _PREPOSITION_RELATIVES))


_OTHER_PARTY = longest_first(read_words(data_dir("patterns") / "en" / "other_party_nouns.txt"))
_OTHER_PARTY_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_OTHER_PARTY})\b(?!-)", re.I)
"""After a name in an apposition: a noun that makes the name a modifier ("Harlow Bank, a
longtime Google customer, uses Claude": patterns/en/other_party_nouns.txt)."""
_OTHER_PARTY_BETWEEN = re.compile(rf"\s+(?:{_OTHER_PARTY})\s+⟨([A-Z]+):(\d+)⟩", re.I)
"""Between two names: "a stake in ⟨ORG:1⟩ rival ⟨ORG:2⟩" names the second."""


_INSIDE_APPOSITION = re.compile(r"\b(?:by|of|in|into|behind|from|with|for|at|to|on|and|that"
                                r"|which|who|whose|as|than|like|including)\s")
"""In an apposition, a name after one of these words is not the apposition's head."""


def _not_from_a_closed_clause(relations: list[Relation], sentence: str, start: int,
                              mentions: Sequence[Mention] = ()) -> list[Relation]:
    """Drop the first of the two names when it is inside a closed relative clause or
    apposition and the other comes after it: in "Google, which has invested in Anthropic,
    bought Wiz" the buyer is Google, not Anthropic; in "Moonshot AI, a startup backed by
    Alibaba, released Kimi K2" the maker is Moonshot AI."""
    if ", " not in sentence:
        return relations
    spans = [(start + m.start(), start + m.end()) for m in _CLOSED_RELATIVE.finditer(sentence)]
    if not spans:
        return relations

    def inside(r: Relation) -> bool:
        first, second = sorted((r.subject, r.object), key=lambda m: m.start)  # type: ignore
        if sentence.startswith((", which ", ", who "), first.end - start):
            return False  # "made by Rennet Labs, which Atlassian bought": its own relative
        return any(a < first.start and first.end < b <= second.start
                   # "Perplexity, the search startup, switched ...": the apposition is its head
                   and not any(m.end <= a and m.key == first.key and not sentence[
                       m.end - start:a - start].strip() for m in mentions)
                   # "Its chip, the WSE-3, outran B200": the apposition names the subject
                   # (not "CoreWeave, the Nvidia-backed cloud provider, completed ...")
                   and (sentence.startswith(_RELATIVE_STARTS, a - start)
                        or sentence.startswith("-", first.end - start)
                        or _OTHER_PARTY_AFTER.match(sentence, first.end - start)
                        or _INSIDE_APPOSITION.search(sentence, a - start, first.start - start))
                   for a, b in spans)

    return [r for r in relations if r.object is None or not inside(r)]


def _not_across_a_conjunct(relations: list[Relation], masked: Masked, sentence: str,
                           start: int) -> list[Relation]:
    """Drop a subject that ends its own clause before "and" + verb: in "Snowflake bought
    TruEra and took over Datavolo" the buyer of Datavolo is Snowflake, not TruEra."""
    cuts = [start + m.start() for m in _CONJUNCT.finditer(sentence)
            if _CLAUSE_VERB.match(sentence, m.end())]
    starts = sorted(m.start for m in masked.mentions)

    def an_object(m: Mention) -> bool:
        # after a preposition, or after another name in its clause
        at = m.start - start
        clause = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at))
        before = [s for s in starts if start + clause < s < m.start]
        # ... or an apposition to a noun before it: "trained its model, Rook-2, on ..."
        appositive = clause > 0 and not sentence[clause + 1:at].strip() \
            and sentence.startswith(",", m.end - start)
        return bool(before) or appositive \
            or bool(_OBJECT_BEFORE.search(sentence, max(0, clause), at))

    # with no object ("X legt bei Y nach und investiert 4 Mrd."), any cut after the subject
    return [r for r in relations
            if not any(r.subject.end <= c < (r.object.start if r.object else len(sentence) + start)
                       for c in cuts)
            or not an_object(r.subject)]


_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:with|to|from|by|of|in|into|on|for|at|than|mit|von|vom|bei|an|auf|für|zu|über)\s+"
    r"(?:(?:the|a|an|its|der|die|das|dem|den)\s+)?(?:[\w-]+\s+){0,2}$")


_SUBJECT = re.compile(r"^[^⟨⟩\n]{0,40}?⟨(?:ORG|NAME|MODEL|PRODUCT):\d+⟩"
                      r"(?!'s|’s|s\b|-|\s+(?:and|und|&|sowie|or|oder)\b)")
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?i)\b(?:in|at|for|with|from|by|of|to|on|after|before|under|like|than|laut|im|bei|beim"
    r"|mit|von|vom|für|nach|über|unter|aus|seit|gegen|zu|zum|zur|an|am|wie|als|auf|durch"
    r"|neben|hinter|ohne|into|onto|over|against|behind)\s+"
    r"(?:(?:the|a|an|der|die|das|dem|den|des)\s+)?(?:[\w-]+\s+){0,2}$"
    # a genitive: "Nach einer Erhebung des Marktforschers X hat Y ... und liegt ..."
    r"|\b(?:des|eines)\s+(?:[\w-]+\s+){0,2}$")
_CONJUNCT = re.compile(
    r"(?:,\s*|\s+)(?:and|but|und|sowie|aber)\s+(?:(?:it|then|later|also|now|auch|zudem|außerdem"
    r"|dann|später|nun|jetzt|bereits|inzwischen)\s+)*(?=[a-zäöü])(?!(?:the|a|an|its|their|his|her"
    r"|other|existing|more|many|several|some|all|both|der|die|das|den|dem|des|ein|eine|einen"
    r"|einem|einer|sein|seine|ihr|ihre|er|sie|es|wir|they|we|he|she|that|which|who|whose|dass"
    r"|weil|wenn|ob)\b)")
_CLAUSE_VERB = re.compile(r"(?i)(?:[a-zäöü]+\s+){0,2}?(?:[a-zäöü]+(?:s|ed|t|te|ten|en)|ran|won|took"
                          r"|bought|struck|signed|led|made|put|set|got|began|hat|ist|will|wird"
                          r"|kauft|übernimmt|setzt|nutzt|arbeitet|is|was|has|had|are|were|can)\b")


def _conjuncts(masked: Masked) -> list[Masked]:
    """The clauses after "and"/"und" that go on with a verb and no subject of their own,
    each with the sentence's subject put before it."""
    subject = _SUBJECT.match(masked.text)
    if not subject or _NOT_SUBJECT_BEFORE.search(masked.text, 0, subject.end()
                                                   - len(subject.group(0).split("⟨")[-1]) - 1):
        return []
    head = masked.text[:subject.end()]
    out = []
    for m in _CONJUNCT.finditer(masked.text, subject.end()):
        if not _CLAUSE_VERB.match(masked.text, m.end()):
            continue
        text = head + " " + masked.text[m.end():]
        shift = len(head) + 1 - m.end()
        spans = [(a, b, o) for a, b, o in masked.spans if b <= len(head)] + \
                [(a + shift, b + shift, o) for a, b, o in masked.spans if a >= m.end()]
        out.append(Masked(text, masked.mentions, masked.money, masked.counts, spans))
    return out


def _typed_names(mentions: list[Mention], relations: list[Relation]) -> list[Mention] | None:
    """The sentence's mentions with the untyped names its relations typed, or None when
    they typed none."""
    typed = {}
    for r in relations:
        for m in (r.subject, r.object):
            if m is not None and m.type != "Name" and m.type not in STAND_INS:
                typed.setdefault((m.start, m.end), m.type)
    out, changed = [], False
    for m in mentions:
        kind = typed.get((m.start, m.end))
        if m.type == "Name" and kind:
            m = m.as_type(kind)
            changed = True
        out.append(m)
    return out if changed else None


_ARM_OF = re.compile(
    r"(?:'s|’s|s|')\s+(?:(?:(?:corporate\s+)?venture(?:[\s-]capital)?|investment|VC"
    r"|strategic\s+investment)\s+(?:arm|unit|fund)\s+|[\w-]*(?:[Ii]nvestment|[Vv]enture"
    r"|[Ww]agniskapital|[Rr]isikokapital|[Bb]eteiligungs)-?(?:arm|tochter|fonds|einheit)\s+)?")
"""What stands between a company and its investing arm: "Nvidia's venture arm NVentures",
"Nvidias Investmentarm NVentures", "Alphabet's GV"."""


def _parents_of_investing_arms(text: str, relations: list[Relation],
                               mentions: Sequence[Mention]) -> list[Relation]:
    """An investing arm's stake is its parent's too: "Nvidia's venture arm NVentures joined
    the round" -> Nvidia invests in the company as well."""
    ends = {m.end: m for m in mentions if m.type == "Organization" and m.source != "coref"}
    out = []
    for r in relations:
        if r.predicate != "investsIn" or r.object is None or r.subject.source == "coref":
            continue
        for end in range(max(0, r.subject.start - 40), r.subject.start - 1):
            parent = ends.get(end)
            if parent is not None and _ARM_OF.fullmatch(text, end, r.subject.start) \
                    and parent.key not in (r.subject.key, r.object.key):
                out.append(Relation("investsIn", parent, r.object, r.evidence, hedged=r.hedged))
                break
    return out


def _makers_use(relations: list[Relation], developer_of: dict[str, str] | None = None,
                keep_unknown: bool = True) -> list[Relation]:
    """A product built on a model: its maker uses the model ("Talentgrid's assistant Sift
    is built on Claude" -> Talentgrid uses Claude).

    The maker is the one the article names (a developedBy fact, a brand name), else the
    catalogue's (``developer_of``; its maker named in a sentence, CATALOGUE_MAKER_RULE, is
    that fallback too, not a maker the article states). ``keep_unknown``: keep the rest for
    a later call that knows the catalogue; without it a product with no known maker gives
    no fact.
    """
    built = [r for r in relations if r.predicate == BUILT_ON]
    if not built:
        return relations
    makers: dict[str, Mention] = {}
    for r in relations:
        if r.predicate == "developedBy" and r.object is not None and not r.hedged \
                and r.evidence.rule != CATALOGUE_MAKER_RULE:
            makers.setdefault(r.subject.key, r.object)
    out = [r for r in relations if r.predicate != BUILT_ON]
    for r in built:
        maker = makers.get(r.subject.key)
        name = r.subject.maker or (developer_of or {}).get(r.subject.key) \
            or (developer_of or {}).get(r.subject.family or "")
        if maker is None and name:
            # the product's span, but not its name: "Siri" is no name of Apple's (resolve
            # makes every surface of a mention an alias of its entity)
            maker = Mention(r.subject.start, r.subject.end, name, "Organization", name, "brand")
        if maker is None:
            if keep_unknown:
                out.append(r)
            continue
        if r.object is not None and maker.key != r.object.key:
            out.append(Relation("uses", maker, r.object, r.evidence, hedged=r.hedged))
    return out


HEDGE_WINDOW = 60
"""Characters before a match that can still hedge it ("Gerüchten zufolge erwägt X, ...")."""


def _is_hedged(hedges: regex.Pattern[str] | None, masked: Masked, m: regex.Match[str],
               phrase: bool = False) -> bool:
    """A hedge or negation inside the matched statement or just before it, in the same clause,
    or a negation right after it.

    Scoped to the match, not the sentence: a "nicht" in a quote elsewhere in the sentence
    must not cancel "sagte X, Chef von Y". A ``phrase`` row (a noun phrase, "Google's
    Gemini") is hedged only by a hedge inside the match ("X's rumoured Y"): the clause's
    negation or question is about the clause's verb, not the phrase.
    """
    if hedges is None:
        return False
    if phrase:
        return bool(hedges.search(_PLACEHOLDER.sub(" X ", masked.text[m.start():m.end()])))
    before = masked.text[max(0, m.start() - 4 * HEDGE_WINDOW):m.start()]
    # a parenthesis closed before the match is a statement of its own: "(announced, but
    # never released) X's best known product was Y"
    before = _STATEMENT_END.split(before)[-1]
    # a relative clause closed before the match is a statement of its own: "Im Benchmark B,
    # der echte Fehler prüft, übertrifft X Y" ("prüft" there tests, it does not weigh)
    before = _CLOSED_RELATIVE_BEFORE.sub(",", before)[-HEDGE_WINDOW:]
    scope = before + masked.text[m.start():m.end()]
    if hedges.search(_PLACEHOLDER.sub(" X ", scope)):
        return True
    if _QUESTION_AFTER.match(masked.text, m.end()):
        return True  # "Nutzt X bald Y?", "Will X buy Y?": asked, not stated
    # German puts the negation after the object: "X nutzt Y nicht", "X übernimmt Y doch nicht";
    # not one that belongs to a verb of its own ("Halvana-Chef Malte Ohrdruf will nicht ...")
    if _PERSON_END.search(masked.text, max(0, m.end() - 16), m.end()) \
            and _VERB_AFTER_PERSON.match(masked.text, m.end()):
        return False
    return bool(_NEGATION_AFTER.match(masked.text, m.end()))


_CODE = re.compile(r"⟨([A-Z]+):")
"""A placeholder's type code in a masked sentence."""
_PLACEHOLDER = re.compile(r"⟨[A-Z]+:\d+⟩")
_STATEMENT_END = re.compile(r"[.;:!?\"“”„«»)]")
_QUESTION_AFTER = re.compile(r"[^.!?;:,\n\"“”„«»]{0,80}\?")
"""The rest of a clause that ends in a question mark."""
_CLOSED_RELATIVE_BEFORE = re.compile(r",\s+(?:der|die|das|den|dem|deren|dessen|which|that|who)\s"
                                     r"[^,⟨⟩]*,")
"""A relative clause between commas, with no name in it."""


_OWN_VERB = "(?:" + "|".join(
    map(re.escape, [*read_words(data_dir("patterns") / "de" / "own_verbs.txt"),
                    *sorted(words_for("speech_verbs.tsv", "own_verb"))])) + ")"
"""Finite verbs that open a statement of their own after a match: a negation after one of
them negates that statement ("X nutzt Y und will nicht wechseln"); patterns/de/own_verbs.txt
and the verbs of saying of patterns/speech_verbs.tsv (column own_verb)."""

_PERSON_END = re.compile(r"⟨PERSON:\d+⟩$")
_VERB_AFTER_PERSON = re.compile(
    rf"\s+(?:{_OWN_VERB}|(?!(?:nicht|seit|erst|jetzt|zuletzt|bereits|derzeit|selbst|sonst|fast"
    r"|längst|meist|zunächst|vorerst|insgesamt|zusammen|vielleicht|weit|gegen|eben|offen)\b)"
    r"[a-zäöüß]{2,}(?:t|te|ten|en))\b")
"""The verb after a person that ends a match ("Halvana-Chef Malte Ohrdruf verkauft ..."): a
match ending in its person is a title or apposition, and the person's verb that follows
makes a statement of its own."""

_NEGATION_AFTER = re.compile(rf"(?:(?!\b{_OWN_VERB}\b)"
                             r"(?:[^⟨⟩\n.,;:!?()\"“”„]|⟨[A-Z]+:\d+⟩)){0,45}?"
                             r"\b(?:nicht|nichts|nie|niemals|keineswegs)\b"
                             r"(?!\s+(?:nur|zuletzt|zum\s+ersten)\b)"
                             # a participle ending the clause undoes it: "hat die Zusammenarbeit
                             # mit X beendet", "hat die Übernahme von X abgesagt"
                             r"|(?:(?!\b(?:und|aber|sowie|or|and)\b)[^⟨⟩\n.,;:!?()\"“”„]){0,40}?"
                             r"\b(?:beendet|abgesagt|abgeblasen|gestoppt|aufgekündigt|gekündigt"
                             r"|untersagt|zurückgezogen|abgebrochen|auf\s+Eis\s+gelegt|verkauft"
                             r"|veräußert|abgestoßen|abgegeben|abgelehnt|blockiert|verboten|gekippt"
                             r"|vereitelt|gescheitert|geplatzt)"
                             r"(?:\s+(?:hat|hatte|haben|hatten|worden|wurde|wurden|ist|war))?"
                             r"\s*(?:[.,;:!?]|$)"
                             # a deal named by a noun, then its failure: "Die Übernahme von X
                             # durch Y scheiterte am Kartellamt"
                             r"|\s+(?:scheitert|scheiterte|scheiterten|platzt|platzte|platzten)\b")
"""A negation right after a match, in its clause ("Die Allianz nutzt Claude nicht"), a
participle that undoes what the match says ("hat seine Beteiligung an X verkauft"), or a
verb of failure right after a nominal match ("Der Kauf von X durch Y platzte")."""


_FORMER_TITLE = re.compile(
    r"(?:\b(?:[Ff]rüher|[Ee]hemalig|[Ee]instig|[Dd]amalig|[Vv]ormalig)(?:e|en|er|es)?\s+"
    r"(?:[\w-]+\s+)?|\bEx-|\b(?:bis\s+\d{4}|zuvor|früher|einst|ehemals|vormals|damals)\s+"
    r"(?:[\w-]+\s+)?)(?:⟨ORG:\d+⟩-?)?[\w-]*?(?:[Cc]hef|[Cc]hefin|CEO|[Vv]orsitzende[rn]?"
    r"|[Gg]eschäftsführer(?:in)?|[Ll]enker(?:in)?|[Bb]oss|[Ss]precher(?:in)?)\b")
"""German: a chief's title that says the post is past ("der frühere Telvano-Chef X", "X, bis
2019 Chef von Y"): the fact is kept as a claim, not asserted (like a predecessor's). Case
matters: English "ex-CEO" keeps its own convention."""


_DEPUTY_TITLE = re.compile(
    r"\b(?:[Ss]tellvertretende[rn]?\s+(?:⟨ORG:\d+⟩-)?|(?:⟨ORG:\d+⟩-)?Vize-?)(?:⟨CHIEF:\d+⟩|[\w-]*?"
    r"(?:[Cc]hef|[Cc]hefin|CEO|[Vv]orsitzende[rn]?|[Gg]eschäftsführer(?:in)?|[Ll]enker(?:in)?"
    r"|[Bb]oss|[Ss]precher(?:in)?)\b)")
"""German: a deputy's title ("der stellvertretende Telvano-Chef X", "Telvano-Vize-Chefin X"):
the deputy is no chief, so no ceoOf at all."""


def _apply(pattern: Pattern, masked: Masked, sentence: str, start: int, end: int,
           article: str, hedges: regex.Pattern[str] | None) -> list[Relation]:
    if pattern.regex.search(masked.text) is None:
        return []  # most tries fail, and a plain search fails 25% faster than overlapped
    out = []
    for m in overlapped(pattern.regex, masked.text):
        groups = m.groupdict()
        if groups.get("HI") is not None and groups.get("LO") is not None \
                and float(groups["HI"].replace(",", ".")) <= float(groups["LO"].replace(",", ".")):
            continue  # "X scored 70% versus 75% for Y": the scores say Y is ahead
        if pattern.relation == "ceoOf" and _DEPUTY_TITLE.search(
                masked.text, max(0, m.start() - 30), m.end()) is not None:
            continue
        hedged = _is_hedged(hedges, masked, m, pattern.phrase) or (
            pattern.relation == "ceoOf" and _FORMER_TITLE.search(
                masked.text, max(0, m.start() - 30), m.end()) is not None)
        evidence = Evidence(article, sentence.strip(), start, end, pattern.id, pattern.confidence)
        if groups.get("S") is not None and _not_the_clause_subject(masked, m):
            continue
        subjects = _slot_mentions(masked, groups.get("S"), pattern, "S", backward=True,
                                  other=groups.get("O"))
        objects = _slot_mentions(masked, groups.get("O"), pattern, "O", backward=False,
                                 other=groups.get("S"))
        amount = currency = purpose = None
        if groups.get("A") is not None:
            q = masked.money[int(groups["A"])]
            amount, currency = format_amount(q.value), q.currency
        if groups.get("P"):
            purpose = unmask(masked, m.start("P"), m.end("P")).strip(" ,.;:\"'„“”")
            purpose = purpose or None
        if pattern.relation == "invests" and amount is not None and not objects and not purpose:
            # the target follows the amount, or the subject when the amount comes first
            # ("Eine Milliarde Euro steckt der Konzern in das Rechenzentrum")
            target_from = (m.end("A") if m.start("A") > m.start("S") else m.end("S")) + 1  # past ⟩
            objects, purpose = _investment_target(masked, target_from, pattern)
        if pattern.relation == "invests" and amount is None:
            if objects:  # "Amazons Beteiligung an Anthropic": a stake without a sum
                out += [Relation("investsIn", s, o, evidence, hedged=hedged)
                        for s in subjects for o in objects
                        if s.type == "Organization" and o.type == "Organization" and s.key != o.key]
            continue
        allowed_s, allowed_o = SIGNATURES[pattern.relation]
        for subj in subjects:
            if pattern.relation == "uses" and subj.type in ("AIModel", "Product"):
                out += [Relation(BUILT_ON, subj, obj, evidence, hedged=hedged) for obj in objects
                        if obj.type in allowed_o and obj.key != subj.key]
                continue
            if subj.type not in allowed_s:
                continue
            if pattern.relation == "invests":
                targets = [o for o in objects if o.type in allowed_o and o.key != subj.key]
                out.append(Relation("invests", subj, targets[0] if targets else None, evidence,
                                    amount, currency, purpose if not targets else None, hedged))
                for target in targets:
                    out.append(Relation("investsIn", subj, target, evidence, hedged=hedged))
                continue
            for obj in objects:
                if obj.type not in allowed_o or obj.key == subj.key:
                    continue
                if pattern.relation == "uses" and obj.maker and obj.maker == subj.key:
                    continue  # its own product named after it ("AMD Instinct"): no use
                if pattern.relation == "surpasses" and not _comparable(subj, obj):
                    continue
                out.append(Relation(pattern.relation, subj, obj, evidence, hedged=hedged))
    return out


_GOVERNED_SUBJECT = re.compile(
    r"(?i)\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in read_words(
        data_dir("patterns") / "not_subject_after.txt")) + r")\s+"
    # an article, an adjective and a noun at most: "hinter dem jungen Start-up A"; not
    # "laut Insidern plant A" (a verb, the clause goes on)
    r"(?:(?:der|die|das|dem|den|des|the|a|an)\s+)?(?-i:(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?"
    r"(?:[A-ZÄÖÜ][\w-]*\s+)?)"
    r"(?P<list>(?:⟨[A-Z]+:\d+⟩\s*,\s*)*⟨[A-Z]+:\d+⟩(?:\s+(?:und|and|sowie|oder|or|&)\s+"
    r"|(?P<comma>\s*,\s*)))?$")
"""A preposition (patterns/not_subject_after.txt) before the subject slot, perhaps before a
list that ends in it: "der Konzern hinter A und B" (names joined by commas alone are read as
an apposition: "the startup behind Cursor, Anysphere, ...")."""
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*⟨[A-Z]+:\d+⟩)*\s*,?\s+(?:und|and|sowie|oder|or|&)\s+⟨")
"""After a name that follows "A, ": the list goes on to an "und" ("hinter A, B und C": B is
in the list the preposition governs, not an apposition)."""


def _not_the_clause_subject(masked: Masked, m: re.Match[str]) -> bool:
    """Is the subject slot's name no subject of the match's clause? It is not after a
    preposition the row does not spell out ("Der Konzern hinter A hat eine Partnerschaft mit
    B geschlossen": the company behind A partners), nor inside a relative clause the match
    reads past ("Die Firma, die A und B beliefert, kooperiert mit C": A and B do not
    cooperate; the clause's verb is another)."""
    at = masked.text.rfind("⟨", 0, m.start("S"))
    governed = _GOVERNED_SUBJECT.search(masked.text, max(0, at - 120), at)
    if governed is not None and governed.group("comma") and not _LIST_GOES_ON.match(
            masked.text, masked.text.index("⟩", at) + 1):
        governed = None  # "behind Cursor, Anysphere, ...": an apposition, the list ends
    # the match starts at the name (or the list it ends): a match that takes in the noun
    # phrase's head ("according to CEO Jane Doe of Acme") states that phrase's own fact
    # (not a phrase opening the sentence: the word order of reorder.tsv puts the subject
    # right after it, "Laut Insidern A plant ...")
    after = masked.text.index("⟩", at) + 1
    if governed is not None and masked.text.startswith((", which ", ", who ", ", that "), after) \
            and "," not in masked.text[after + 1:m.end()]:
        governed = None  # "far behind Nvidia, which overtook Apple": the relative's subject
    if governed is not None and m.start() >= (governed.start("list") if governed.group("list")
                                              else at) \
            and masked.text[:governed.start()].strip(" \t\"„“»«("):
        return True
    if ", " not in masked.text:
        return False
    return any(a < at and m.end() > b and masked.text.startswith(_RELATIVE_STARTS, a)
               for a, b in (c.span() for c in _CLOSED_RELATIVE.finditer(masked.text, 0, at + 200))
               if a < at < b)


_TARGET = re.compile(
    r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:(?:[\w-]+|⟨ORG:\d+⟩)\s+){0,4}?\b(?:in|into|an|on|for|für)\s+(?:(?:den|die|das|dem|the|its|seine|ihre)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?⟨(?:ORG|ROUND):(?P<org>\d+)⟩"
    # an unknown name alone after "in": the company invested in ("$40m in Quorix last year")
    r"|⟨NAME:(?P<name>\d+)⟩(?=\s*(?:[.,;:)]|$)|\s+(?:last|this|next|earlier|in|im|at|bei|and|und"
    r"|as|als|alongside|with|mit|from|von|to|zu|over|through|via)\b)"
    r"|(?P<purpose>(?:[^⟨⟩,.;:()\n]|⟨(?:NAME|PRODUCT|MODEL):\d+⟩){3,80}))")
_PURPOSE_END = re.compile(
    r"(?<!-)\s+(?:zu\s+)?(?:investieren|investiert|stecken|gesteckt|pumpen|gepumpt|bereitstellen|ausgeben"
    r"|aufwenden|fließen|over|across|by|bis|until|through|within|innerhalb|in den|in the|im|"
    r"this|next|dieses|nächste\w*|und|and|sowie|as|als|to|um|,)\b.*$")


def _investment_target(masked: Masked, after: int,
                       pattern: Pattern) -> tuple[list[Mention], str | None]:
    """What an amount goes into: an organisation (investee) or a purpose phrase."""
    m = _TARGET.match(masked.text, after)
    if not m:
        return [], None
    if m.group("org") is not None:
        target = masked.mentions[int(m.group("org"))]
        return [_stand_in_as_company(target)], None
    if m.group("name") is not None:
        name = masked.mentions[int(m.group("name"))]
        if not plausible(name.text, "Organization"):
            return [], None
        return [name.as_type("Organization")], None
    purpose = unmask(masked, m.start("purpose"), m.end("purpose"))
    phrase = _PURPOSE_END.sub("", purpose).strip(" \"'„“”")
    if not phrase or len(phrase.split()) > 6 or not re.search(r"[A-Za-zÄÖÜäöü]{3}", phrase):
        return [], None
    if phrase in places():
        return [], None  # "in Texas": where, not what for
    if re.search(r"(?i)\b(?:round|runde|funding|financing|finanzierung\w*|series|stake|anteil\w*"
                 r"|shares|aktien|total|cash|stock)\b", phrase) or phrase.endswith("-"):
        return [], None  # "in the round", "in cash": how, not what for
    return [], phrase


def _named_investees(relations: list[Relation], words: list[Mention]) -> list[Relation]:
    """An amount put into a German word that is merely no dictionary word ("investiert 20
    Millionen Euro in Quorix"): the sentence was read without such words, so the name came
    back as the purpose; it is the investee unless it is shaped like a town ("in Wetzlar",
    "in Hornbach") or a compound of German words ("in Ladeinfrastruktur": what for)."""
    from .wordlist import is_german_word

    out = []
    for r in relations:
        name = next((w for w in words if w.text == r.purpose), None) \
            if r.predicate == "invests" and r.object is None and r.purpose else None
        if name is None or not plausible(name.text, "Organization") \
                or DE_PLACE_END.search(name.text) \
                or any(is_german_word(w) for w in name.text.split()):
            out.append(r)
            continue
        target = name.as_type("Organization")
        out += [replace(r, object=target, purpose=None),
                Relation("investsIn", r.subject, target, r.evidence, hedged=r.hedged)]
    return out


def _comparable(a: Mention, b: Mention) -> bool:
    """A model overtakes a model, a company a company; a family never its own member."""
    if a.family and a.family == b.key or b.family and b.family == a.key:
        return False
    models = {"AIModel", "Product"}
    return (a.type in models) == (b.type in models)


def _slot_mentions(masked: Masked, index: str | None, pattern: Pattern, slot: str,
                   backward: bool, other: str | None = None) -> list[Mention]:
    if index is None:
        return []
    first = masked.mentions[int(index)]
    code = TYPE_CODES[first.type]
    if not backward:
        # "bought a stake in Scale AI rival Surge AI": the object is the name the noun leads to
        holder = f"⟨{code}:{index}⟩"
        between = _OTHER_PARTY_BETWEEN.match(masked.text, masked.text.find(holder) + len(holder))
        if between and between.group(2) != other and (
                between.group(1) == code or between.group(1) == "NAME" and slot in pattern.retype):
            index = between.group(2)
            first = masked.mentions[int(index)]
    # a company may use a model and a product listed together ("uses Copilot and Llama")
    codes = {"MODEL", "PRODUCT"} if code in ("MODEL", "PRODUCT") and pattern.relation == "uses" \
        else {code}
    kind = pattern.retype.get(slot)
    like_slot = kind == LIKE
    if like_slot:
        like = masked.mentions[int(other)].type if other is not None else None
        kind = like if like in ("AIModel", "Product") else None
    if kind:
        codes |= {"NAME", TYPE_CODES[kind]}
    # "A und B nutzen X", "X nutzt A und B", "with A and B also participating"
    indices = [int(index)] + _coordinated(masked, int(index), codes, forward=not backward) \
        + _coordinated(masked, int(index), codes, forward=backward)
    out = []
    for i in indices:
        if other is not None and i == int(other) and i != int(index):
            continue  # "A und B kooperieren": B is the other slot, not a second A
        mention = masked.mentions[i]
        mention = _stand_in_as_company(mention)
        if mention.type == "Name":
            if not kind:
                continue
            if not plausible(mention.text, kind) and not (
                    kind == "Person" and slot == "S" and pattern.relation == "ceoOf"
                    and _opens_sentence(masked, i) and _surname_shaped(mention.text)):
                continue
            if kind == "Person" and _NO_PERSON_BEFORE.search(
                    masked.text, 0, masked.text.find(f"⟨NAME:{i}⟩")):
                continue  # "a former Tarnwick Mills executive", "worked at Tarnwick Mills"
            if like_slot:
                holder = f"⟨NAME:{i}⟩"
                at = masked.text.find(holder)
                if _NOT_RIVAL_BEFORE.search(masked.text, 0, at) or _NOT_RIVAL_AFTER.match(
                        masked.text, at + len(holder)):
                    continue  # "edges out X on LMArena", "tops the LMArena leaderboard"
            mention = mention.as_type(kind)
        out.append(mention)
    return out


_PARTICLES = words_regex("surname_particles.tsv", "pattern")
"""Particles inside a person's name ("van", "bin"): patterns/surname_particles.tsv."""
_PERSON_NAME = re.compile(
    r"(?:[A-ZÄÖÜ][a-zäöüßéèáíóúñç'’]+(?:-[A-Za-zäöü][a-zäöüß]+)?|[A-Z]\.)"
    rf"(?:\s+(?:(?:{_PARTICLES})\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüßéèáíóúñç'’]+(?:-[A-Za-zäöü][a-zäöüß]+)?|[A-Z]\.|[A-Z](?=\s))){1,3}")
_NOT_ALONE = frozenset(read_words(data_dir("patterns") / "not_alone.txt"))
"""Words no name a pattern types is on its own, nor a person's name has in it ("Group",
"Ministry"): patterns/not_alone.txt."""


def _stand_in_as_company(m: Mention) -> Mention:
    """ "the round" / "die Finanzierungsrunde" stands for the company that raised it, a bare
    "Vorstandschefin" for the company the text is about (STAND_INS).

    A new mention, not ``as_type``: it stands for a company named elsewhere, so it takes no
    family or maker along."""
    if m.type not in STAND_INS:
        return m
    return Mention(m.start, m.end, m.text, "Organization", m.key, m.source)


_NOT_RIVAL_BEFORE = re.compile(
    rf"(?i)\b(?:{longest_first(read_words(data_dir('patterns') / 'not_rival_before.txt'))})"
    r"\s+(?:(?:the|a|an|der|die|das|dem|den)\s+)?(?:[\w.-]+\s+)?$")
_NOT_RIVAL_AFTER = re.compile(
    r"(?i)\s+(?:[\w.-]+\s+)?"
    rf"(?:{longest_first(read_words(data_dir('patterns') / 'not_rival_after.txt'))})\b")
"""Around an untyped name: what makes it the place or the yardstick of a comparison, not a
party to it (patterns/not_rival_before.txt, not_rival_after.txt); a LIKE slot skips it."""


_NO_PERSON_BEFORE = re.compile(r"(?i)\b(?:a|an|the|at|from|in|for|former)\s+$")
"""What no person's name follows: an article or a preposition of place ("the Tarnwick Mills
board", "at Tarnwick Mills"); such an untyped name fills no person slot."""


_FRONTED = "|".join(
    map(re.escape, read_words(data_dir("patterns") / "en" / "fronted_words.txt")))
"""Words opening a fronted date or adverb ("In 2012, ..."): patterns/en/fronted_words.txt."""
_OPENING = re.compile(rf"[\s\"'„“]*(?:(?:{_FRONTED})\b[^,⟨⟩\n]{{0,25}},\s+)?⟨[A-Z]+:(\d+)⟩")
"""The first mention of a masked sentence, also after a fronted date or adverb ("In 2012,
Reyes was appointed ..."); compiled once, not once per mention index."""


def _opens_sentence(masked: Masked, index: int) -> bool:
    """Is mention ``index`` the first thing in its sentence ("McMillen serves as CEO of ...")?"""
    first = _OPENING.match(masked.text)
    return first is not None and first.group(1) == str(index)


def _surname_shaped(name: str) -> bool:
    """One capitalised word that could be a surname: a sentence opening with it and a CEO
    phrase is about a person, even when only the surname is given."""
    return bool(re.fullmatch(r"(?:Mc|Mac|O')?[A-Z][a-z]{2,}", name)) and name not in places() \
        and name not in _NOT_ALONE


_UNTYPED_ENDINGS = compound_endings("untyped")
"""Compound adjective endings ("-based") that no name a pattern types ends in."""


def plausible(name: str, type_: str) -> bool:
    """May an untyped capitalised run be typed so by a pattern? Guards the '+' slots.

    A person needs at least two name-shaped words ("Dana Reyes"), or one followed by
    nothing else that looks like an organisation or a place; an organisation must not be
    a bare place or a generic word ("Group", "Investment").
    """
    words = name.split()
    if name in places() or any(w in places() for w in words[:1]) and not (
            type_ == "Organization" and len(words) > 1 and names_a_company(words[-1])):
        return False  # "Texas", "Ohio voters"; but "Utah Digital" is a company's name
    if re.fullmatch(r"[A-Z]{2,5}s", name) or name in GENERIC_TECH \
            or name.endswith(_UNTYPED_ENDINGS):
        return False  # "CPUs", "GPU", "API": kinds of things, not names
    if type_ == "Person":
        if len(words) == 1:
            return False  # a lone word is as often a place ("born in Perth") as a surname
        return bool(_PERSON_NAME.fullmatch(name)) and not any(w in _NOT_ALONE for w in words) \
            and not names_a_company(words[-1])  # "Tarn Builders" is no one's name
    if type_ == "Organization":
        return not (len(words) == 1 and (name in _NOT_ALONE or name.lower() == name
                                         or re.fullmatch(r"[A-Z][a-z]{3,}ed", name)))
    return True


def _apply_metric(kind: str, pattern: Pattern, masked: Masked, sentence: str, start: int,
                  end: int, article: str) -> list[Metric]:
    out = []
    for m in overlapped(pattern.regex, masked.text):
        groups = m.groupdict()
        if groups.get("S") is None or groups.get("N") is None:
            continue
        subject = masked.mentions[int(groups["S"])]
        value = masked.counts[int(groups["N"])].value
        evidence = Evidence(article, sentence.strip(), start, end, pattern.id, pattern.confidence)
        out.append(Metric(subject, kind, format_amount(value), evidence))
    return out


def agrees_with_catalogue(relations: Sequence[Relation], developer_of: dict[str, str],
                          ) -> list[Relation]:
    """Drop what contradicts the catalogue: "Shopify rolled out Claude" is not Shopify's model.

    ``developer_of`` maps a model or product name (and its family) to its maker. A
    ``developedBy`` naming another maker is dropped, and so is a company "using" its own
    model, which in such sentences means releasing it (its own by the catalogue or by the
    same sentence).
    """
    if any(r.predicate == BUILT_ON for r in relations):
        # the uses facts of the makers the catalogue knows: one per fact and sentence
        relations = _dedupe(_makers_use(list(relations), developer_of, keep_unknown=False))

    def same_maker(a: str, b: str) -> bool:
        # "Google DeepMind" for Google, "LG AI Research" for LG: one maker, two names
        return a == b or a.split()[0] == b.split()[0]

    relations = [r for r in relations if not (
        r.predicate == "developedBy" and r.object is not None
        and (known := _catalogue_maker(r.subject, developer_of))
        and not same_maker(known, r.object.key))]
    # "X shipped Y": one verb read as making and as using; the sentence's maker made it
    # ("Samsung ships Gemini": Google made it, the catalogue says, so Samsung uses it)
    made_here = {(r.object.key, r.subject.key, r.evidence.start) for r in relations
                 if r.predicate == "developedBy" and r.object is not None}
    kept = []
    for r in relations:
        if r.predicate == "uses" and r.object is not None and (
                _catalogue_maker(r.object, developer_of) == r.subject.key
                or (r.subject.key, r.object.key, r.evidence.start) in made_here) \
                and not _stated_use(r):
            continue
        kept.append(r)
    return kept


_OWN_USE = re.compile(
    rf"(?<![\w-])(?:{words_regex('en/product_verbs.tsv', 'own_use')})".replace(r"\ ", r"\s+")
    + r"\s+(?:(?:its|their|the|own|in-house|internal|homegrown|home-grown|custom|new|latest"
    r"|⟨ORG:\d+⟩(?:'s|’s)?)\s+){0,3}$")
"""A verb of using right before its object (patterns/en/product_verbs.tsv, own_use), perhaps
with "its own" or "in-house" between: a use even of the user's own product."""


def _stated_use(r: Relation) -> bool:
    """The sentence says in so many words that the company uses the thing ("Microsoft uses
    its in-house Maia 100 chips"), which a maker's use of its own product needs to be kept:
    "Samsung ships its Tarvo chip" or "Google brought Gemini to Gmail" launches it."""
    ev, subj, obj = r.evidence, r.subject, r.object
    if obj is None or subj.source == "brand" or not ev.start <= subj.end < obj.start <= ev.end:
        return False  # (a "brand" subject is a maker read from its product: "ChatGPT runs on")
    verb = _OWN_USE.search(ev.sentence, max(0, obj.start - ev.start - 80), obj.start - ev.start)
    # the company is the verb's subject, not the owner of what runs on the thing ("OpenAI's
    # app Sora runs on Sora 2": a product's use of its maker's model, implied)
    return verb is not None and _SUBJECT_TO_VERB.fullmatch(
        ev.sentence, subj.end - ev.start, verb.start()) is not None


_SUBJECT_TO_VERB = re.compile(r"(?!['’])[^;:]{0,160}")
"""Between a company and its verb: no possessive right after the company."""


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per fact and sentence: the most confident rule's evidence is kept."""
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.predicate, r.subject.key, r.object.key if r.object else None, r.amount,
               r.currency, r.evidence.start)
        kept = best.get(key)
        if kept is None or r.evidence.confidence > kept.evidence.confidence:
            best[key] = r
    # an investment one rule read with its investee and another without is one investment
    with_target = {k[:2] + k[3:] for k in best if k[0] == "invests" and k[2] is not None}
    return sorted((r for k, r in best.items()
                   if not (k[0] == "invests" and k[2] is None and r.purpose is None
                           and k[:2] + k[3:] in with_target)),
                  key=lambda r: (r.evidence.start, r.predicate, r.subject.key))
