"""The word tables and character classes that every entity finder shares.

Per-language lists under patterns/<lang>/ (cues, roles, words that are never names,
anaphora, descriptors), the language-free lists beside them (places, organisation
words) and the given-name list; mentions.py finds names with them and coref.py finds
what a name-less description ("der Konzern", "the company", "sie") points back to.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from . import rx
from .resources import data_dir, read_table, read_words

UPPER = "A-ZÄÖÜÀ-ÝĀ-Ž"
LOWER = "a-zäöüßà-ÿā-ž"
CAP_TOKEN = rf"[{UPPER}][\w&+]*(?:[.'’-][\w&+]+|:(?!in(?:nen)?\b)[A-Za-z]{{1,8}}\b)*"
"""A capitalised word, allowing inner dots, hyphens, apostrophes and a colon before letters
("Z.ai", "O'Neil", "Run:ai"; not the German "Nutzer:innen")."""

LISTING = (r"\((?:" + "|".join(map(re.escape, read_words(data_dir("patterns") / "exchanges.txt")))
           + r")(?:[ \t]+[A-Z][A-Za-z]+)?[ \t]*:[ \t]*[A-Z0-9][A-Z0-9.]{0,7}\)")
"""A stock listing after a company's name: "(NYSE: XYZ)", "(Nasdaq: QRL)", "(NYSE American: B)";
the exchanges are patterns/exchanges.txt."""

DE_PLACE_END = re.compile(
    "(?:" + "|".join(map(re.escape, read_words(data_dir("patterns") / "de" / "place_endings.txt")))
    + ")$")
"""Endings of German town names ("Oberursel" aside): a word ending so is more likely a place
than a company, whatever else it looks like (patterns/de/place_endings.txt)."""

MAKER_COMPOUND_HEAD = (r"(?:KI-)?(?:Modell|Modells|Sprachmodell|Sprachmodells|Chatbot|Chatbots"
                       r"|Assistent|Assistenten|App|Software|Plattform|Dienst|Dienstes)")
"""German words for a model or product that a maker's name is joined to ("Mistral-Modell");
also relations' {OWNER} slot."""


@cache
def words_for(table: str, use: str) -> frozenset[str]:
    """The words of patterns/<table> marked "yes" in column ``use``: one list of words with
    a column for each use where the uses differ (each table's header says why), as in
    generic_tech.tsv ("alone", "after_company") and institutions.tsv ("of_for",
    "for_goes_on", "after_person")."""
    return frozenset(r["word"] for r in read_table(data_dir("patterns") / table)
                     if r[use] == "yes")


def words_regex(table: str, use: str) -> str:
    """words_for(table, use) as one regex alternation (no group), longest first, in an order
    that does not change between runs."""
    return longest_first(sorted(words_for(table, use)))


@cache
def subordinators_regex(lang: str, use: str, capital: bool = False) -> str:
    """The words of patterns/<lang>/subordinators.tsv marked in column ``use`` as one regex
    alternation (no group), longest first, each with its first letter in either case
    ("[Dd]ass"), or capitalised only (a clause at the start of a sentence)."""
    words = sorted(words_for(f"{lang}/subordinators.tsv", use), key=lambda w: (-len(w), w))
    if capital:
        return "|".join(re.escape(w[0].upper() + w[1:]) for w in words)
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words)


@cache
def en_roles_regex(use: str) -> str:
    """The titles of patterns/en/roles.tsv marked "yes" in column ``use``, as words_regex
    gives them (a space: any run of spaces)."""
    roles = {r["role"] for r in read_table(data_dir("patterns") / "en" / "roles.tsv")
             if r[use] == "yes"}
    return longest_first(sorted(roles)).replace(r"\ ", r"\s+")


@cache
def compound_endings(use: str) -> tuple[str, ...]:
    """The compound adjective endings ("-based", "-owned", ...) of
    patterns/compound_adjectives.tsv marked for ``use``, as one tuple for str.endswith."""
    return tuple(sorted("-" + w for w in words_for("compound_adjectives.tsv", use)))


GENERIC_TECH = words_for("generic_tech.tsv", "alone")
"""Technical words and acronyms that name a kind of thing: after a cue no company's name ("the
data provider API"), and no name a pattern may type as one on its own."""


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The per-language word lists under patterns/<lang>/."""

    lang: str
    cues: tuple[tuple[str, str, str], ...]
    roles: dict[str, bool]
    not_names: frozenset[str]
    anaphora: frozenset[str]
    descriptors: tuple[tuple[re.Pattern[str], frozenset[str], str], ...] = ()
    """(pattern, categories, country): what "der US-Chiphersteller" says of its company."""


@cache
def load_lexicon(lang: str) -> Lexicon:
    base = data_dir("patterns") / lang
    cues = tuple((r["cue"], r["type"], r["match"]) for r in read_table(base / "cues.tsv"))
    roles = {r["role"]: r["ceo"] == "yes" for r in read_table(base / "roles.tsv")}
    descriptors = tuple(
        (re.compile(r["pattern"], re.IGNORECASE), frozenset(r["categories"].split()), r["country"])
        for r in read_table(base / "descriptors.tsv")) if (base / "descriptors.tsv").exists() \
        else ()
    return Lexicon(lang, cues, roles, frozenset(read_words(base / "not_names.txt")),
                   frozenset(read_words(base / "anaphora.txt")), descriptors)


def longest_first(words: Iterable[str]) -> str:
    """Literal words as one regex alternation, longest first, so that "Vorstandschefin" is
    tried before "Vorstandschef" and "Chef". Words of one length in alphabetical order: the
    same words give the same pattern in every process (rx.py keeps it by its text)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation for many literal words, shared prefixes factored out.

    Python's re tries alternatives one by one; with ~1,000 names a trie-shaped pattern
    is what keeps catalogue matching at hundreds of thousands of words per second.
    """
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@lru_cache(maxsize=512)
def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled for scanning whole texts, with a look-ahead for the characters a
    match can begin with where they can be told (first_chars): the same matches, but re
    rejects most positions at that one test instead of entering the pattern there. A
    pattern opening with a look-behind or ``\\b`` scans 20-35% faster so (re only skips
    ahead by itself for a pattern that opens with a literal or a character class)."""
    first = first_chars(pattern, flags)
    head = _GLOBAL_FLAGS.match(pattern).group()  # inline global flags must stay in front
    if first is None or flags & re.VERBOSE or "x" in head:
        return rx.compile(pattern, flags)
    return rx.compile(f"{head}(?={first})(?:{pattern[len(head):]})", flags)


_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")


def overlapped(rx: Any, text: str) -> Iterator[Any]:
    """Every match, also those starting inside an earlier one: each search starts one
    character after the last match's start (the regex module's ``overlapped=True``)."""
    if type(rx) is not re.Pattern:  # a regex module pattern
        yield from rx.finditer(text, overlapped=True)
        return
    pos = 0
    while pos <= len(text) and (m := rx.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def finditer_keyed(pattern: Any, key: re.Pattern[str], text: str,
                   sep: str = "\n") -> Iterator[Any]:
    """``pattern.finditer(text)``, scanning only the blocks (text between two ``sep``) in
    which ``key`` occurs.

    The same matches as a scan of the whole text where every match contains a match of
    ``key`` and none can contain ``sep`` (and the pattern's look-arounds at a block's end
    see a string's end as they would see ``sep``): a legal-form name needs its form and
    joins words by spaces; an amount needs a currency. Such patterns try every capital
    or digit of a text, while their key occurs in a fraction of its blocks and a literal
    key is found far faster than the pattern rejects a position. No match straddles a
    block's bounds, so a scan from a block's start is in step with a whole-text one.
    """
    end = len(text)
    pos = 0
    while pos < end and (k := key.search(text, pos)) is not None:
        a = text.rfind(sep, 0, k.start())
        a = 0 if a < 0 else a + len(sep)
        b = text.find(sep, k.end())
        b = end if b < 0 else b
        yield from pattern.finditer(text, max(a, pos), b)
        pos = b + len(sep)


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class of every character a match of ``pattern`` can begin with, or None
    where that is not known (a match may be empty, or begin with any character)."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern, flags)
        chars, empty, fold = _first_chars(parsed)
    except _NoFirstChars:
        return None
    if empty or not chars:
        return None
    cls = "[" + "".join(sorted(chars)) + "]"
    return f"(?i:{cls})" if fold or parsed.state.flags & re.IGNORECASE else cls


class _NoFirstChars(Exception):
    pass


def _first_chars(items: Iterable[tuple]) -> tuple[set[str], bool, bool]:
    """(class items, whether the sequence can match nothing, whether a part ignores case)
    of a parsed sequence of re's parser."""
    from re import _constants as c  # type: ignore[attr-defined]

    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}
    out: set[str] = set()
    fold = False
    for op, av in items:
        if op is c.LITERAL:
            return out | {re.escape(chr(av))}, False, fold
        if op is c.IN:
            for item, value in av:
                if item is c.LITERAL:
                    out.add(re.escape(chr(value)))
                elif item is c.RANGE:
                    out.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif item is c.CATEGORY and value in categories:
                    out.add(categories[value])
                else:  # a negated class, "not a digit", ...
                    raise _NoFirstChars
            return out, False, fold
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next item begins the match
        if op is c.BRANCH:
            empty = False
            for alternative in av[1]:
                got, nothing, folded = _first_chars(alternative)
                out |= got
                empty = empty or nothing
                fold = fold or folded
        elif op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
            if op is c.SUBPATTERN and av[1] & re.IGNORECASE:
                fold = True
            got, empty, folded = _first_chars(av[-1] if op is c.SUBPATTERN else av)
            out |= got
            fold = fold or folded
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            got, nothing, folded = _first_chars(av[2])
            out |= got
            fold = fold or folded
            empty = nothing or av[0] == 0
        else:  # any character, a back reference, ...
            raise _NoFirstChars
        if not empty:
            return out, False, fold
    return out, True, fold


@cache
def places() -> frozenset[str]:
    """Countries, cities and nationality words: never a company or person name on their own."""
    return frozenset(row["name"] for row in _place_rows() if not row["name_too"])


@cache
def german_cities() -> frozenset[str]:
    """German cities and Länder, the places a local body is named after ("Stadtwerke Kiel");
    many are German words too ("Kiel", "Halle"), which the word test takes for nouns."""
    return frozenset(row["name"] for row in _place_rows() if row["german_city"])


@cache
def place_names() -> frozenset[str]:
    """Every place of the table, whether a name too or not: what a word after a local
    body's head or before a trade word is checked against (places() | german_cities())."""
    return places() | german_cities()


@cache
def _place_rows() -> tuple[dict[str, str], ...]:
    return tuple(read_table(data_dir("patterns") / "places.tsv"))


@cache
def and_names() -> tuple[str, ...]:
    """Word pairs joined by "and" inside one company's name ("Savings and Loan")."""
    return tuple(read_words(data_dir("patterns") / "and_names.txt"))


@cache
def org_words() -> frozenset[str]:
    """Words that end company names ("Engineering", "Robotics"): never a person's surname."""
    return frozenset(read_words(data_dir("patterns") / "org_words.txt"))


@cache
def name_list() -> tuple[frozenset[str], dict[str, str]]:
    """Given names from gender-guesser's bundled list (~40,000 names, many countries), and
    name -> "M" or "F" where the list says so (mostly or only; names it gives to both are
    left out), from one reading of the file.

    Read here rather than through ``gender_guesser.detector.Detector``, which parses the
    file line by line with ``codecs`` and costs a second in every process that starts
    extracting (a rebuild that changed one article waited on it); the names are the same
    (tests/test_extraction.py compares both).
    """
    import gender_guesser.detector as gd

    names: set[str] = set()
    genders: dict[str, str] = {}
    path = Path(gd.__file__).parent / "data" / "nam_dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or line[0] in "#=":
            continue
        spellings = _name_spellings(parts[1])
        names.update(spellings)
        code = parts[0].lstrip("?1")
        if code in ("M", "F"):
            for name in spellings:
                if genders.setdefault(name, code) != code:
                    genders[name] = "?"
    return (frozenset(n for n in names if n[:1].isupper()),
            {n: g for n, g in genders.items() if g != "?"})


def first_names() -> frozenset[str]:
    """Given names from gender-guesser's bundled list (see name_list)."""
    return name_list()[0]


def first_name_genders() -> dict[str, str]:
    """Given name -> "M" or "F" where gender-guesser's list says so (see name_list)."""
    return name_list()[1]


def name_gender(person: str) -> str | None:
    """ "M", "F" or None for a person's name, by its first name."""
    return first_name_genders().get(person.split()[0]) if person.split() else None


def _name_spellings(name: str) -> list[str]:
    """The list's "+" joins parts written together, apart or hyphenated ("Jean+Pierre")."""
    return [name.replace("+", joint) for joint in ("", " ", "-")] if "+" in name else [name]


EN_TRADE = (r"(?:chip|software|search|cloud|tech|technology|AI|hardware|payments|fintech|"
             r"e-commerce|retail|media|telecom|car|phone|smartphone|game|gaming|security|"
             r"cybersecurity|data|robotics|semiconductor|social\s+media|streaming|"
             r"chipmaking|logistics|insurance|banking|regional|national|low-cost|budget|"
             r"mid-sized|midsize|family-owned|state-owned|travel|energy|airline)")
"""The trade word of an English descriptor: "the chip giant", "the software company"; or one
adjective of its size or reach ("the regional airline", "the mid-sized insurer")."""


@cache
def cue_pattern(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    words = [c for c, _, how in lex.cues if how == "word"]
    suffixes = [c for c, _, how in lex.cues if how == "suffix"]
    alts = []
    # trie-shaped alternations (trie_regex): what longest-first lists match, in fewer steps
    if words:
        alts.append("(?:" + trie_regex(words) + ")")
    if suffixes:
        # a suffix cue also stands alone, capitalised: "der Konzern", "das Unternehmen"
        forms = {f for s in suffixes for f in (s, s[:1].upper() + s[1:])}
        alts.append(r"[\w-]*(?:" + trie_regex(forms) + ")")
    cue = "(?:" + "|".join(alts) + ")"
    # "developer-tools maker Weights & Biases": an ampersand joins the name's words
    # ... or digits and capitals: "der britische Softwareanbieter 1E", "der Konzern 3M"
    # ... or a name that opens in lower case and goes on in capitals: "the software vLLM",
    # "die Integrationsplattform webMethods"
    name = (rf"(?:{CAP_TOKEN}|\d+[{UPPER}][\w&+]*|[{LOWER}]+[{UPPER}][\w&+]*)"
            rf"(?:[ \t]+(?:&[ \t]+)?(?:{CAP_TOKEN}|\d(?:\w|\.(?=\w))*)){{0,2}}")
    # one line break may stand between cue and name (a wrapped line), a blank line may not:
    # "... its claims app" ending a headline is no cue for the name opening the next paragraph
    # ... or the feminine "-in": "der digitalen Assistentin Stella"
    pattern = re.compile(rf"(?<![\w])(?P<cue>{cue})(?:s|es|n|en|(?P<fem>in))?(?:[ \t]+\n?|\n)[ \t]*"
                         rf"(?:namens\s+|called\s+|named\s+|dubbed\s+|nicknamed\s+|codenamed\s+|code-named\s+"
                         rf"|mit\s+dem\s+Namen\s+"
                         # "das Modell heißt Nordlicht", "a speech model we call Marrow-1"
                         rf"|heißt\s+|hieß\s+|(?:we|they)\s+call\s+)?"
                         # a name in quotes: 'der Assistent „Nora“', 'the app "Lumio"'
                         rf"[„\"“»]?(?P<name>{name})")
    dets = longest_first(lex.anaphora)
    # "der Bonner Konzern", "das chinesische Start-up", "the Seoul-based company": one
    # place or nationality word may stand between the determiner and the cue
    adjective = (rf"(?:[{UPPER}][{LOWER}]+er|[{LOWER}]+(?:isch|ländisch)(?:e|en|er|es)"
                 rf"|US-amerikanisch(?:e|en|er|es)|(?:mittelgroß|groß|klein|jung|börsennotiert"
                 rf"|familiengeführt|traditionsreich|angeschlagen|kriselnd)(?:e|en|er|es)"
                 # "das 2023 gegründete Start-up", "das im MDax notierte Unternehmen"
                 rf"|(?:(?:erst|bereits|schon)\s+)?(?:\d{{4}}\s+|(?:im|in|an\s+der)\s+[\w-]+\s+)?"
                 rf"[{LOWER}]*(?:gegründet|notiert|finanziert|übernommen|gekauft|ansässig"
                 rf"|beheimatet|gestützt|unterstützt)(?:e|en|er|es))\s+"
                 if lex.lang == "de" else
                 rf"(?:[{UPPER}][{LOWER}]+(?:-based)?"
                 rf"|[{UPPER}][{LOWER}]+[ \t][{UPPER}][{LOWER}]+-based|U\.S\.|{EN_TRADE}"
                 r"|[a-z]{3,}-[a-z]{3,})\s+")  # "the home-rental company"
    # a cue word that opens a compound is none: "der Chip-Konzern" is a company, not "der Chip"
    anaphor = compile_scan(rf"(?<![\w])(?:{dets})\s+(?:{adjective})?(?P<cue>{cue})"
                           rf"(?:s|es|n|en)?(?![\w-])")
    return pattern, {c: t for c, t, _ in lex.cues}, anaphor


def inflected_cue_type(word: str, lex: Lexicon, types: dict[str, str]) -> str | None:
    """The cue type of a word that may carry a case ending ("Antriebsspezialisten")."""
    for ending in ("", "en", "n", "s", "es") if lex.lang == "de" else ("",):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            kind = cue_type(word[:len(word) - len(ending)], lex, types)
            if kind:
                return kind
    return None


def cue_type(cue: str, lex: Lexicon, types: dict[str, str]) -> str | None:
    if cue in types:
        return types[cue]
    for c, t, how in lex.cues:
        if how == "suffix" and cue.lower().endswith(c.lower()):
            return t
    return None


ORG_DESIGNATORS = frozenset(read_words(data_dir("patterns") / "org_designators.txt"))
"""Last words of English company names: "Tarn Freight Associates"
(patterns/org_designators.txt)."""


def names_a_company(word: str) -> bool:
    """Does this word, after a person's name, make the whole a company's name?"""
    return word in ORG_DESIGNATORS or word in org_words() or word in _AFTER_PERSON


_AFTER_PERSON = words_for("institutions.tsv", "after_person")
"""Institution words named after people ("J. Harold Finch Institute")."""
