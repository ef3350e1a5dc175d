"""Article text -> entity mentions, with no statistical model.

Matching works on characters, not tokens: a blank German tokenizer keeps
``Qwen-3-Modell``, ``Airbnb-CEO`` and ``Alibabas`` as single tokens, so whole-token
matching would miss them. Finders, strongest first:

- catalogue: known names and aliases (ontologies/catalogue), with a model's version
  ("Qwen-3", "Llama 3.1 405B") and German inflection or compounds ("Alibabas",
  "Nvidia-Aktie") allowed after the name;
- legal-form: "Aleph Alpha GmbH", "Veridian Labs Inc.";
- person: a known first name and a surname, or a role title before a name;
- cue: a descriptor word before a name ("der Chiphersteller X", "the startup X");
- coref (coref.py): a descriptor with no name ("der Konzern", "the company") refers back
  to the last entity of that type;
- name (English only): other capitalised runs, left untyped until a relation pattern
  types them.

Between the finders, find_mentions runs the re-typing passes of retype.py, which change
the type of mentions already found by their context ("X is a video game", "shares of X").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from . import rx
from .catalogue import Catalogue, Known
from .coref import coref_mentions
from .lexicon import (
    CAP_TOKEN,
    DE_PLACE_END,
    GENERIC_TECH,
    LISTING,
    LOWER,
    MAKER_COMPOUND_HEAD,
    ORG_DESIGNATORS,
    UPPER,
    Lexicon,
    and_names,
    compile_scan,
    compound_endings,
    cue_pattern,
    cue_type,
    finditer_keyed,
    first_names,
    german_cities,
    inflected_cue_type,
    load_lexicon,
    longest_first,
    names_a_company,
    org_words,
    overlapped,
    place_names,
    places,
    subordinators_regex,
    trie_regex,
    words_for,
    words_regex,
)
from .models import Mention
from .resources import data_dir, read_table, read_words
from .retype import (
    _NOT_BEFORE_HEAD,
    acronyms_with_article,
    brand_products,
    cloud_platforms,
    companies_named_like_people,
    credited_people,
    described_kind,
    headed_names,
    model_apps,
    numbered_names,
    owner_split,
    product_subtitles,
    same_name_same_type,
    short_company_names,
    typed_by_apposition,
    typed_by_company_context,
    typed_by_context,
    typed_by_description,
    typed_by_list,
    versions_of_models,
)


def _model_suffixes(use: str) -> str:
    """The words of patterns/model_suffixes.tsv marked for ``use``, in the file's order, as
    one alternation."""
    return "|".join(re.escape(r["word"]) for r in read_table(data_dir("patterns")
                                                             / "model_suffixes.tsv")
                    if r[use] == "yes")


_NO_SURNAME = words_for("model_suffixes.tsv", "no_surname")
"""Model tier words that are never a surname ("Pro", "Ultra"): patterns/model_suffixes.tsv."""


_AMOUNT_UNITS = r"%|Prozent|percent|Mio|Mrd|Milliard|Million|Jahre|years|USD|Euro|Dollar"
"""Words after a number that make it an amount, a share or a span of years, no version
("GPT 4 Prozent", "AI 2 Milliarden"): VERSION and _MAKERS_MODEL."""

VERSION = (
    r"(?:(?:[ \t](?:AI|KI)(?=[ \t]\d))?"
    r"(?:[-\s]|(?<=[\dA-Za-z])\.(?=\d))?(?:[vV]?\d+(?:\.\d+)*[a-z]?|[A-Z]\d+(?:\.\d+)?)"
    rf"(?!\s*(?:{_AMOUNT_UNITS}|Mal\b|times))"
    rf"(?:[-\s](?:\d+(?:\.\d+)?[BbMm]|{_model_suffixes('chained')}|A\d+B"
    r"|Gen\s?\d+|_CODE_))*"
    rf"|[-\s](?:{_model_suffixes('alone')}|_CODE_)"
    # a letter and a tier word: "Snapdragon X Elite", "Ryzen Z Pro"
    rf"|\s[A-Z]\s(?:{_model_suffixes('tier')}))"
).replace("_CODE_", r"(?!(?:AI|KI|API|CPU|GPU|TPU|NPU|PC|LLM|SDK|IT|OS|VR|AR|USB|SSD|RAM|HBM|US"
                    r"|USA|EU|UK|CEO|CTO|CFO|AG|SE|SA|AND|OR|THE|FOR|VS|PR|TV|APP)(?![\w'’-]))"
                    r"[A-Z]{2,4}\d{0,3}(?![\w'’-])")
"""What may follow a model family's name to name one model of it; an upper-case model code
("GB200 NVL72", "H200 NVL", "H100 SXM5") but no common acronym ("H200 AI chip"), except "AI"
before a number ("Ryzen AI 300", "Ryzen AI 9 HX"). A dot
only between a letter or digit and a digit: "FLUX.1" is a version of Flux, "Flux. 1" not."""

LEGAL_FORMS = (
    "GmbH & Co. KGaA", "GmbH & Co. KG", "GmbH", "gGmbH", "AG", "SE", "KGaA", "Inc.", "Inc",
    "Corp.", "Corp", "Corporation", "Ltd.", "Ltd", "Limited", "LLC", "L.L.C.", "plc", "PLC",
    "S.A.", "SA", "S.p.A.", "S.p. A.", "N.V.", "NV", "B.V.", "AB", "ASA", "Oyj", "Co., Ltd.",
    "Co. Ltd.", "L.P.", "LP", "LLP", "L.L.P.", "Co.", "Pty Ltd", "Pvt. Ltd.", "Sdn Bhd", "Bhd",
    "A/S", "S.L.", "S.r.l.", "SpA", "eG", "KG", "OHG", "S.A.S.", "SAS", "PC",
    "Holdings", "Holding", "Group", "Labs", "Technologies", "Systems", "e.V.", "mbH", "K.K.",
    # designators that end organisation names as reliably as a legal form does
    "Company", "Bank", "Bancorp", "Capital", "Partners", "Ventures", "Foundation", "Association",
    "Institute", "University", "Trust", "Airlines", "Motors", "Pharmaceuticals", "Studios",
    "Industries", "Electric", "Communications", "Insurance", "Financial", "Gruppe", "Stiftung",
    "Versicherung", "Werke", "Universität", "Semiconductor", "Semiconductors", "Electronics",
    "Robotics", "Therapeutics", "Biosciences", "Aerospace", "Logistics", "Engineering",
    "Consulting", "Networks", "Biotech",
)
_TRUE_FORMS = tuple(f for f in LEGAL_FORMS[:LEGAL_FORMS.index("Holdings")]
                    if f not in ("Co.", "PC")) + ("e.V.", "mbH", "K.K.")
"""Legal forms proper, as opposed to designator words that may also stand inside a name."""
ABBREVIATION = r"(?:Bros|Intl|Int|Mfg|St|Ges)\."
"""Abbreviated words inside company names ("Warner Bros. Entertainment GmbH")."""
LOWER_NAME = r"(?:[a-zäöü][\w]*(?:[.-][\w]+)+|(?:[a-zäöü]\.){2,})"
"""A company name written in lower case with a dot or hyphen: "finanzen.net", "dpa-infocom",
"t.ü.t.e."; only directly before a legal form proper."""

PUBLIC_BODY = "public-body"
"""The source of a town or Land named as a body ("die Stadt Heidelberg"): no antecedent of
"das Unternehmen", "its" or a chief's title, which speak of companies."""
PRIORITY = {"catalogue": 100, "version": 100, "legal-form": 90, PUBLIC_BODY: 88, "compound": 85,
            "cue": 82,
            "person": 80, "role": 75, "courtesy": 70, "brand": 60, "spacy": 60, "coref": 50,
            "surname": 45, "described": 40, "abbreviation": 40, "name": 10, "word": 5}
"""Which finder wins when two claim spans of the same length."""


@dataclass(frozen=True)
class _Matchers:
    catalogue: re.Pattern[str]
    version: re.Pattern[str]


@cache
def _matchers(catalogue: Catalogue) -> _Matchers:
    names = trie_regex(catalogue.surfaces)
    return _Matchers(
        catalogue=rx.compile(rf"(?<![\w@#])(?:{names})(?=[^\w]|$|s\b|es\b|\d|-)"),
        version=re.compile(VERSION),
    )


def shared_tables(catalogue: Catalogue) -> None:
    """Build the tables every language's first article needs (a worker's warm-up step)."""
    _matchers(catalogue)
    first_names()
    places()
    german_cities()
    place_names()
    org_words()
    _legal_form_patterns()
    _catalogue_surnames(catalogue)


def find_mentions(text: str, lang: str, sentences: Sequence[tuple[int, int]],
                  catalogue: Catalogue, extra: Iterable[Mention] = ()) -> list[Mention]:
    """All mentions in an article, non-overlapping, in text order."""
    lex = load_lexicon(lang)
    found: list[Mention] = []
    found += _catalogue_mentions(text, catalogue, lang)
    found += _all_caps_mentions(text, catalogue)
    if lang == "de":
        found = [m for m in found if not _common_noun_use(text, m)]
        found += _article_names(text, catalogue)
    found += _legal_form_mentions(text, catalogue, lex)
    if lang == "en":
        found += _institution_mentions(text)
    else:
        found += _german_institution_mentions(text, catalogue, lex)
    found += _university_mentions(text)
    if lang == "de":
        found += _public_body_mentions(text)
    found += _person_mentions(text, catalogue, lex)
    found += _cue_mentions(text, catalogue, lex)
    if lang == "de":
        found += _trade_named_companies(text, catalogue, lex)
    found += _compound_cue_mentions(text, catalogue, lex)
    found += _domain_mentions(text, catalogue)
    if lang == "de":
        found += _role_compound_mentions(text, catalogue, lex)
        found += _org_compound_mentions(text, catalogue, lex)
    found += _owner_surnames(text, catalogue, lang)
    found += list(extra)
    typed = _select(found)
    typed += _surname_mentions(text, typed)
    typed = _family_firms(text, typed, _short_org_mentions(text, typed, lex))
    typed += _repeated_names(text, typed, lex)
    typed = _courtesy_keys(_select(typed))
    if lang == "en":
        typed = _select(typed + _name_mentions(text, sentences, typed, catalogue, lex))
        typed = model_apps(text, product_subtitles(text, typed))
        typed = _colon_titles(text, sentences, numbered_names(text, typed, lex))
        typed = _without_tickers(text, typed_by_context(text, typed_by_description(
            text, headed_names(text, typed))))
        typed = companies_named_like_people(text, typed)
        typed = versions_of_models(same_name_same_type(typed_by_list(text, typed, lang)))
        typed = cloud_platforms(text, short_company_names(owner_split(typed, text)))
    else:
        typed = _select(typed + _english_product_names(text, catalogue, lex)
                        + _numbered_products(text, typed, catalogue, lex))
        typed = _select(typed + _acronym_mentions(text, typed, catalogue, lex)
                        + _ampersand_names(text, typed, catalogue, lex))
        typed = credited_people(text, typed_by_company_context(
            text, _select(typed + _unknown_word_mentions(text, typed, catalogue, lex)), lex))
        typed = _select(typed + _quoted_speakers(text, typed, catalogue, lex)
                        + _apposed_products(text, typed, catalogue, lex))
        typed = typed_by_apposition(text, typed, lex)
        typed = acronyms_with_article(text, typed)
        typed = versions_of_models(same_name_same_type(typed_by_list(text, typed, lang)))
    if lang == "en":
        typed = _maker_anaphors(text, typed, catalogue)
    typed = _select(typed + coref_mentions(text, sentences,
                                           [m for m in typed if m.source != PUBLIC_BODY], lex,
                                           catalogue))
    if lang == "de":
        typed = _select(typed + _demonym_mentions(text, typed)
                        + _maker_model_mentions(text, typed, catalogue))
    return brand_products(text, _longest_company_keys(_abbreviations(text, typed)))


_TLD = r"\.(?:de|com|net|org|at|ch|io|ai|eu|co\.uk|fr|it|es|nl)"
_DOMAIN = re.compile(rf"(?<![\w@/.:-])([A-Za-z][\w-]*(?:\.[\w-]+)?{_TLD})(?![\w-]|\.\w|/\w)")
_TLD_END = re.compile(rf"{_TLD}(?![\w-])")
"""What every domain has: found fast (it starts with a literal '.'), it spares most texts
the scan of _DOMAIN, which tries every word (2% of extraction)."""


_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w])(?:(?:eine[rnms]?|keine[rnms]?)\s+(?:[a-zäöü]{3,}(?:e|en|er|es)\s+)?"
    r"|(?:der|die|das|den|dem|des)\s+[a-zäöü]{3,}(?:e|en|er|es)\s+)[„\"]?$")
"""Before a catalogue name that is also a German noun, what makes it that noun: an indefinite
article, or any article with an adjective ("eine Brücke", "die neue Brücke"; "die Brücke"
alone is a company called so). Unlike _DE_INDEFINITE, adjectives may stand between."""


def _common_noun_use(text: str, m: Mention) -> bool:
    """German: a catalogue company whose name is a German noun, used as that noun ("eine
    strategische Allianz", "einer Allianz"): an article or adjective, no name, before it."""
    if m.source != "catalogue" or m.type != "Organization" or " " in m.text \
            or not _is_german_word(m.text):
        return False
    return bool(_INDEFINITE_BEFORE.search(text, max(0, m.start - 30), m.start))


def _domain_mentions(text: str, catalogue: Catalogue) -> list[Mention]:
    """A bare domain name ("kursportal.de", "Tech-Insider.com") stands for the company that runs
    the site: news credits and press releases name their source so. An address with "www."
    or a path is a link, not a name."""
    out: list[Mention] = []
    if not _TLD_END.search(text):
        return out
    for m in _DOMAIN.finditer(text):
        name = m.group(1)
        if name.lower().startswith("www."):
            continue
        known = catalogue.lookup(name)
        if known is not None and known.type != "Organization":
            continue
        out.append(Mention(m.start(1), m.end(1), name, "Organization",
                           known.name if known else name, "brand"))
    return out


def _select(candidates: list[Mention]) -> list[Mention]:
    """Resolve overlaps: the longer span wins, then the stronger finder."""
    ranked = sorted(candidates, key=lambda m: (-(m.end - m.start), -PRIORITY.get(m.source, 0),
                                               m.start))
    # taken spans never overlap, so sorted by start a new span need only be checked
    # against its two neighbours: linear in practice, where all-pairs was quadratic
    starts: list[int] = []
    taken: list[Mention] = []
    for m in ranked:
        i = bisect_right(starts, m.start)
        if i > 0 and taken[i - 1].end > m.start:
            continue
        if i < len(taken) and taken[i].start < m.end:
            continue
        starts.insert(i, m.start)
        taken.insert(i, m)
    return taken


_YEAR_AS_DATE = re.compile(r"\s(?:19[89]\d|20[0-4]\d)")
"""German: a bare year after a model's or product's name is when it happened ("hatte
ChatGPT 2024 integriert", "brachte ChatGPT 2022 heraus"), not a version. English puts "in"
before such a year, so there "Visual Studio 2008" stays a version."""


def _catalogue_mentions(text: str, catalogue: Catalogue, lang: str = "en") -> list[Mention]:
    matchers = _matchers(catalogue)
    out = []
    for m in matchers.catalogue.finditer(text):
        surface = m.group(0)
        rows = catalogue.surfaces.get(surface)
        if not rows:
            continue
        end = m.end()
        version = matchers.version.match(text, end)
        models = [k for k in rows if k.type in ("AIModel", "Product")]
        if version and version.group(0) and models and not text[version.end():][:1].isalnum() \
                and not (lang == "de" and _YEAR_AS_DATE.fullmatch(version.group(0))):
            family = models[0]
            full = text[m.start():version.end()].rstrip()
            out.append(Mention(m.start(), m.start() + len(full), full, family.type,
                               _version_key(family.name, full[len(surface):]), "version",
                               family=family.name, maker=_named_maker(surface, family,
                                                                      catalogue)))
            continue
        nxt = text[end:end + 1]
        if nxt.isdigit():
            continue  # "Meta3" is not Meta
        known: Known = rows[0]
        if known.type == "Organization" and (named := _MAKERS_MODEL.match(text, end)):
            # "Rakuten AI 3.0": a model named after its maker
            full = text[m.start():named.end()]
            out.append(Mention(m.start(), named.end(), full, "AIModel", full, "version",
                               maker=known.name))
            continue
        if known.type == "Organization":
            group = _GROUP_WORD.match(text, end)
            if group:  # "Marriott Hotels": the company under a longer name
                end = group.end()
                surface = text[m.start():end]
            elif (place := _regional_unit(text, end)) is not None \
                    or (place := _business_unit(text, end)) is not None:
                # "Nintendo of America", "Accor Deutschland", "Samsung Mobile": a company
                # of its own
                full = text[m.start():place]
                out.append(Mention(m.start(), place, full, "Organization", full, "legal-form"))
                continue
        out.append(Mention(m.start(), end, surface, known.type, known.name, "catalogue",
                           family=known.family, maker=_named_maker(surface, known, catalogue)))
    return out


@cache
def _article_names_table() -> dict[str, str]:
    """German common nouns that name one company with the definite article, and its name
    ("Bahn": "Deutsche Bahn"; patterns/de/article_names.tsv)."""
    return {r["short"]: r["name"] for r in read_table(data_dir("patterns") / "de"
                                                      / "article_names.tsv")}


@cache
def _article_name() -> re.Pattern[str]:
    """A noun of article_names.tsv after a definite article, and the word before it."""
    return re.compile(
        r"(?<![\w-])(?:(?P<prep>[A-Za-zäöüß]+)[ \t]+)?(?:[Dd]ie|[Dd]er|[Dd]es|[Dd]em|[Dd]en)"
        rf"[ \t]+(?P<name>{'|'.join(map(re.escape, _article_names_table()))})(?![\w-])")


_MEANS = frozenset(("mit", "per", "in", "auf", "aus", "unter", "über", "durch", "nach", "Mit",
                    "In", "Auf", "Aus", "Per"))
"""Prepositions before which the noun is the thing, not the company: "mit der Bahn fahren",
"mit der Post schicken", "aus der Bahn geworfen"."""


def _article_names(text: str, catalogue: Catalogue) -> list[Mention]:
    """German 'die Bahn', 'bei der Post': a company named by a common noun with the definite
    article (patterns/de/article_names.tsv)."""
    out: list[Mention] = []
    names = _article_names_table()
    if not any(name in text for name in names):
        return out
    for m in _article_name().finditer(text):
        if m.group("prep") in _MEANS:
            continue
        known = catalogue.lookup(names[m.group("name")])
        if known is None or known.type != "Organization":
            continue
        out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "Organization",
                           known.name, "catalogue"))
    return out


_CAPS_RUN = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ&-]{2,}(?:[ \t]+[A-ZÄÖÜ][A-ZÄÖÜ&-]+){0,3}")
"""Words in capitals (no look-around: the boundaries are checked after, five times faster)."""


@cache
def _folded_orgs(catalogue: Catalogue) -> dict[str, Known]:
    """The catalogue's organisations by their names and aliases in any case."""
    return {surface.casefold(): rows[0] for surface, rows in catalogue.surfaces.items()
            if rows and rows[0].type == "Organization" and len(surface) >= 3}


def _all_caps_mentions(text: str, catalogue: Catalogue) -> list[Mention]:
    """Known companies written in capitals, as wire services' headlines and analyst notes do
    ("GOLDMAN SACHS stuft SIEMENS hoch", "(DEUTSCHE BANK AG)"); a single word needs
    four letters."""
    folded = _folded_orgs(catalogue)
    out = []
    for m in _CAPS_RUN.finditer(text):
        if (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_")) \
                or (text[m.end():m.end() + 1].isalnum() or text[m.end():m.end() + 1] in ("-", "_")):
            continue
        spans = [(w.start() + m.start(), w.end() + m.start(), w.group(0))
                 for w in re.finditer(r"\S+", m.group(0))]
        i = 0
        while i < len(spans):
            for j in range(len(spans), i, -1):
                start, end = spans[i][0], spans[j - 1][1]
                surface = text[start:end]
                known = folded.get(surface.casefold())
                if known and surface not in catalogue.surfaces \
                        and (j - i > 1 or len(surface) >= 4):
                    out.append(Mention(start, end, surface, "Organization", known.name,
                                       "catalogue"))
                    i = j
                    break
            else:
                i += 1
    return out


_PLACE_NAME = re.compile(rf"[ \t]+(?:of[ \t]+)?([{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?)")
_NATIONALITY = re.compile(r"(?:ian|ean|can|man|ese|ish|ch|ss|sche?[nrs]?|isch(?:e[nrs]?)?)$")


_UNIT_WORD = re.compile(rf"(?:[ \t]+(?:Mobile|Pictures|Studios|Games|Entertainment|Ventures"
                        rf"|Research|Labs|Capital|Interactive|Foundation|Alternatives|Investments"
                        rf"|Securities|(?:Asset|Investment|Wealth|Capital)[ \t]+Management"
                        rf"|Global[ \t]+(?:Investors|Advisors)|Private[ \t]+(?:Equity|Credit)"
                        rf"|Game[ \t]+Studios"
                        rf"|Animation|Online|Management[ \t]+&[ \t]+Research"
                        rf"|[{UPPER}][{LOWER}]+[ \t]+(?:Fund|Ventures))){{1,2}}(?![\w'’-])"
                        rf"(?![ \t]+[{UPPER}])")
"""One or two words ("Samsung Mobile", "Sony Interactive Entertainment"), or a fund's own
name ("Samsung Catalyst Fund", "Fidelity Management & Research")."""


def _business_unit(text: str, end: int) -> int | None:
    """Where a word naming a business unit after a known company's name ends: "Samsung
    Mobile", "Ubisoft Studios", "UBS Asset Management" (not "Sony Pictures Classics": a
    longer name goes on)."""
    m = _UNIT_WORD.match(text, end)
    return m.end() if m else None


def _regional_unit(text: str, end: int) -> int | None:
    """Where a country or region after a known company's name ends, if one follows: the
    company's national unit ("Nintendo Australia's", "Tarrow Games Europe")."""
    m = _PLACE_NAME.match(text, end)
    if m is None:
        return None
    place = m.group(1)
    words = place.split()
    if not (place in places() or all(w in places() for w in words)) \
            or any(_NATIONALITY.search(w) for w in words):
        return None
    after = text[m.end():m.end() + 3]
    if after[:2] in ("'s", "’s") or not re.match(rf"[\w'’-]|[ \t]+[{UPPER}]", after):
        return m.end()
    return None


_MAKERS_MODEL = re.compile(r"[ \t](?:AI|KI)[ \t](?:\d{1,2}\.\d{1,2}|[1-9]\d?)(?![\w,%]|\.\d)"
                           rf"(?!\s*(?:{_AMOUNT_UNITS}))")
"""After a company's name: "AI" and a version number ("Rakuten AI 3.0", "Rakuten AI 2") make
it a model named after its maker; not a year or an amount ("Microsoft AI 2025", "AI 30 %")."""
_GROUP_WORD = re.compile(
    r"[ \t]+(?:Hotels|Resorts|Airlines|Airways|Motors|Industries"
    r"|Corporation|Company|Companies|Enterprises|Stores|Brands|Telecommunications"
    r"|Pharmaceuticals|Railways)(?![\w-])")
"""Words that make a known company's name longer without naming another company ("Group" or
"Holding" may: "LG Group" is not LG Electronics)."""


def _named_maker(surface: str, known: Known, catalogue: Catalogue) -> str | None:
    """'Microsoft Windows', 'Google Chrome': a catalogue product written with its maker's
    name in front says who makes it."""
    if known.type not in ("AIModel", "Product") or not known.developer or " " not in surface:
        return None
    first = surface.split()[0]
    maker = catalogue.lookup(first)
    if maker is not None and maker.type == "Organization" and maker.name == known.developer:
        return maker.name
    return None


def _version_key(family: str, version: str) -> str:
    """'Qwen' + '-3' -> 'Qwen-3'; 'Llama' + ' 3.1 405B' -> 'Llama 3.1 405B', as written.

    Spellings that differ only in separators ("Qwen3", "Qwen 3") still meet as one
    entity: identity ignores them (resolve.normal).
    """
    return family + re.sub(r"\s+", " ", version.rstrip())


def _legal_form_mentions(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    pattern, longer, key = _legal_form_patterns()
    out = []
    for m in finditer_keyed(pattern, key, text):  # a name needs its form, on one line
        start = m.start(1)
        words = m.group(1).split()
        end = m.end()
        more = longer.match(text, end) if m.group(0).split()[-1] not in _TRUE_FORMS else None
        if more:  # "Quellwerk Market Data Services Deutschland GmbH": the designator was inside
            words += more.group(1).split()
            end = more.end()
        elif m.group(0).split()[-1] not in _TRUE_FORMS:
            while (nxt := _NEXT_WORD.match(text, end)) and nxt.group(1) in ORG_DESIGNATORS:
                end = nxt.end()  # "Tarnmoor Financial Services": a second designator
            place = _PLACE_AFTER.match(text, end)
            if place and (place.group(1) in places()
                          or all(w in places() for w in place.group(1).split())):
                end = place.end()  # "Tamsin Group Malaysia", "Quarry Capital Asia Pacific"
        while words and (words[0] in lex.not_names and not (words[0] == "First" and len(words) > 1)
                         or words[0] in lex.roles
                         or words[0] in ("of", "de", "und", "and", "&")
                         # "Series B of Tarnby Labs": a round's letter, not "X of Y"
                         or len(words[0]) == 1 and len(words) > 1 and words[1] == "of"
                         or words[0].endswith(_BEFORE_FORM)):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end(1)
            words = words[1:]
        if not words:
            continue
        titled = [i for i, w in enumerate(words) if w == "of"
                  and any(x in lex.not_names or x in lex.roles for x in words[:i])]
        if titled:  # "Chief Strategy Officer of Okafor Retail Partners"
            i = titled[-1]
            start = text.index(words[i + 1], start + len(" ".join(words[:i + 1])) - 1) \
                if i + 1 < len(words) else m.end(1)
            words = words[i + 1:]
            if not words:
                continue
        personal = [i for i, w in enumerate(words) if w == "of" and 2 <= i <= 3
                    and words[0] in first_names() and words[0] not in places()
                    and not any(x in ORG_DESIGNATORS or x in LEGAL_FORMS for x in words[:i])]
        if personal and personal[0] + 1 < len(words):
            # "CEO Dana Reyes of Vantor Inc.": a person, then the company
            i = personal[0]
            start = text.index(words[i + 1], start + len(" ".join(words[:i + 1])) - 1)
            words = words[i + 1:]
        inner = [i for i, w in enumerate(words) if i and w in lex.not_names
                 and words[i - 1] not in ("of", "de", "&")]
        if inner and inner[-1] + 1 < len(words):
            # "Talon Robotics Acquired By Nordwind Capital": a headline verb ends a name
            i = inner[-1] + 1
            start = text.index(words[i], start + len(" ".join(words[:i])) - 1)
            words = words[i:]
        _, cue_types, _ = cue_pattern(lex)
        for i in range(len(words) - 1, 0, -1):
            # "Leipziger Sicherheitsanbieter Kryptonis GmbH": the name starts after the cue or
            # a German place adjective; "American Tarn Group" keeps its first word
            before = words[i - 1]
            place = before in places() and before.endswith("er") and lex.lang == "de"
            if place or inflected_cue_type(before, lex, cue_types):
                # after the cue itself: in "Software-Haus Software AG" the name's word
                # is also the start of the cue
                after_cue = text.index(before, start) + len(before)
                start = text.index(words[i], after_cue)
                words = words[i:]
                break
        joined = _AND_BEFORE.search(text, max(0, start - 60), start) \
            if len(words) == 1 and re.match(r",", text[start + len(words[0]):]) else None
        if joined and not any(w in lex.not_names for w in joined.group(1).split()):
            # "Northern Milling and Chemical, Inc.": one name, the comma before the form
            # says so ("X and Y Inc." without it is as often two companies)
            words = text[joined.start(1):start].split() + words
            start = joined.start(1)
        surface = text[start:end].rstrip(",")
        if surface.endswith((" Group", " Holding", " Holdings", " Labs", " Technologies",
                             " Systems")) and len(words) < 1:
            continue
        key = _company_key(surface, catalogue)
        bare = surface.replace(",", " ").split()
        while bare and bare[-1] in _IDENTITY_FORMS:
            bare.pop()
        known = catalogue.lookup(key) or catalogue.lookup(" ".join(bare))
        if known and known.type != "Organization":
            continue
        if start == m.start(1) + 4 and m.group(1).startswith("The ") \
                and re.search(r"[a-z][ \t]+$", text[max(0, start - 12):start - 4]):
            # "bought it from The Brenning Group": a capital "The" inside a sentence is the name's
            # own (the key stays without it, so "Brenning Group" elsewhere is the same company)
            surface, start = text[start - 4:start] + surface, start - 4
        out.append(Mention(start, end, surface, "Organization",
                           known.name if known else key, "legal-form"))
    return out


_NEXT_WORD = re.compile(rf"[ \t]+([{UPPER}][{LOWER}]+)(?![\w'’-])")


_IDENTITY_FORMS = frozenset((*_TRUE_FORMS, "Co.", "Group", "Holding", "Holdings", "Company",
                             "Gruppe"))
"""Words after a catalogue name that leave it the same company ("Nvidia Corporation",
"Alibaba Group Holding Ltd."); any other designator makes another one, a subsidiary or fund
("Goldman Sachs Asset Management, L.P." is not Goldman Sachs)."""


_PLACE_AFTER = re.compile(rf"[ \t]+((?:[{UPPER}][{LOWER}]+)(?:[ \t]+[{UPPER}][{LOWER}]+)?)"
                          rf"(?![\w'’-])(?![ \t]+[{UPPER}])")
"""One or two place words after a designator name: the regional company ("X Group Malaysia")."""


_AND_BEFORE = re.compile(rf"(?<![\w&-])((?:{CAP_TOKEN}[ \t]+){{1,3}})and[ \t]+$")


@cache
def _legal_form_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The legal-form name, what may continue one that stopped at a designator, and the
    forms alone (the key of finditer_keyed: the name's pattern joins words by spaces and
    tabs only, so a match is one line holding a form)."""
    forms = longest_first(LEGAL_FORMS)
    proper = longest_first(_TRUE_FORMS)
    comma = "|".join(re.escape(f) for f in sorted((*_TRUE_FORMS, "Co.", "PC"), key=len,
                                                  reverse=True))
    # no "and" inside: "X and Y Inc." is far more often two companies than one name, but
    # for the pairs of and_names ("Savings and Loan Association")
    pairs = _AND_PAIRS
    word = rf"(?:{pairs}|{ABBREVIATION}(?=[ \t]+[{UPPER}])|{CAP_TOKEN}|&|de|of)"
    pattern = re.compile(
        # initials may open it: "T. J. Harlan, Inc."
        rf"(?<![\w.-])((?:[{UPPER}]\.[ \t]+){{0,2}}"
        rf"(?:{pairs}|{ABBREVIATION}(?=[ \t]+[{UPPER}])|{CAP_TOKEN}|&)"
        rf"(?:[ \t]+{word}){{0,4}}?"
        rf"|{LOWER_NAME}(?=[ \t]+(?:{proper})(?![\w])))"
        # a comma only before a legal form proper ("Acme, Inc."): "Rotman Centre, University
        # Health Network" is two names
        rf"(?:,[ \t]+(?:{comma})|[ \t]+(?:{forms}))(?:,[ \t]+(?:{comma})|[ \t]+(?:{forms}))*"
        rf"(?![\w])")
    longer = re.compile(rf"((?:[ \t]+{CAP_TOKEN}){{1,3}}),?[ \t]+(?:{proper})(?![\w])")
    return pattern, longer, re.compile(trie_regex({*LEGAL_FORMS, *_TRUE_FORMS, "Co.", "PC"}))


_AND_PAIRS = "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in and_names())
"""The pairs of and_names as one alternation ("Savings[ \t]+and[ \t]+Loan|...")."""
_INSTITUTION_HEADS = f"(?:{words_regex('institutions.tsv', 'of_for')})"
"""What an institution named by whom or what it serves is ("University of X", "Institute for Y");
the of_for words of patterns/institutions.tsv."""
_INSTITUTION = re.compile(
    rf"(?<![\w-])(?:(?:[Tt]he)[ \t]+)?((?:(?:{_AND_PAIRS}|{CAP_TOKEN})[ \t]+){{0,3}}"
    rf"{_INSTITUTION_HEADS}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{CAP_TOKEN}"
    rf"(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?{CAP_TOKEN}){{0,3}})")
"""An institution named by what it is and whom or what it serves: "University of Edinburgh",
"The Institute for Advanced Robotics"."""


_INSTITUTION_WORD = re.compile(rf"{_INSTITUTION_HEADS}[ \t]+(?:of|for)[ \t]")


_BODY_WORDS = ("Committee", "Commission", "Agency", "Authority", "Administration", "Bureau",
               "Council", "Directorate")
_BODY_WORD = re.compile(rf"[ \t](?:{'|'.join(_BODY_WORDS)})(?![\w'’-])")
_BODY = re.compile(rf"(?<![\w'’.-])((?:[{UPPER}][\w&-]*(?<!['’]s)[ \t]+"
                   rf"(?:(?:and|of|for|on|&)[ \t]+)?){{1,5}})$")
_GENERIC_BODY = frozenset(read_words(data_dir("patterns") / "en" / "committee_words.txt"))
"""Words that name a committee of a board or a team, not an institution ("the Audit Committee",
"its Nominating and Governance Committee")."""
_JOINERS = ("and", "of", "for", "on", "&")


def _institution_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    # the literal words first: the whole pattern would be tried at every capitalised word
    for hit in _INSTITUTION_WORD.finditer(text):
        m = _INSTITUTION.search(text, max(0, hit.start() - 60), hit.end() + 120)
        if m and m.start(1) <= hit.start() and (not out or m.start(1) >= out[-1].end):
            out.append(Mention(m.start(1), m.end(1), m.group(1), "Organization", m.group(1),
                               "legal-form"))
    if not any(word in text for word in _BODY_WORDS):
        return out  # (str's search for each word costs less than one regex scan of the text)
    # a public body named by what it is, without "of" ("Federal Trade Commission", "the Tarn
    # Defence Procurement Committee"); the country owning it stays out ("Norway's ...")
    for hit in _BODY_WORD.finditer(text):
        m = _BODY.search(text, max(0, hit.start() - 80), hit.start() + 1)
        if m is None:
            continue
        words = [w for w in m.group(1).split() if w not in _JOINERS]
        if all(w in _GENERIC_BODY for w in words) or m.group(1).split()[0] in _JOINERS:
            continue
        start, end = m.start(1), hit.end()
        if words[0] in ("The", "A", "An"):
            start = text.index(words[1], start)  # "The Federal Trade Commission sued ..."
        if out and start < out[-1].end:
            continue
        out.append(Mention(start, end, text[start:end], "Organization", text[start:end],
                           "legal-form"))
    return out


@cache
def _university_pattern() -> re.Pattern[str]:
    """An abbreviation of patterns/university_abbreviations.txt, then a capitalised word."""
    words = read_words(data_dir("patterns") / "university_abbreviations.txt")
    return re.compile(rf"(?<![\w-])(?:{longest_first(words)})[ \t]+([{UPPER}][{LOWER}]+)(?![\w-])")


def _university_mentions(text: str) -> list[Mention]:
    """'TU Darmstadt', 'FU Berlin', 'RWTH Aachen': a university's abbreviation before a
    German city (places.tsv) names the university."""
    return [Mention(m.start(), m.end(), m.group(0), "Organization", m.group(0), "legal-form")
            for m in _university_pattern().finditer(text) if m.group(1) in german_cities()]


@cache
def _public_body_pattern() -> re.Pattern[str]:
    """A determiner, a head of patterns/de/public_bodies.txt, then a capitalised name."""
    heads = read_words(data_dir("patterns") / "de" / "public_bodies.txt")
    return re.compile(rf"(?<![\w-])(?P<before>(?:\w+[ \t]+)?)(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]em|[Dd]en"
                      rf"|[Dd]es)[ \t]+(?P<name>(?:{longest_first(heads)})[ \t]+"
                      rf"(?P<place>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*))(?![\w-])")


_WHERE_BEFORE = re.compile(r"(?i:in|im|aus|nach|bei|um|zur|zum|durch|über|unter)[ \t]+$")
"""A preposition of place before "der Stadt X": the town as a place, not as a body."""


def _public_body_mentions(text: str) -> list[Mention]:
    """'die Stadt Heidelberg', 'das Land Baden-Württemberg', 'der Freistaat Bayern': a German
    city or Land (places.tsv) after a public body's head noun names that body, which acts as
    an organisation does (it uses, invests, partners); not after a preposition of place ("in
    der Stadt Heidelberg")."""
    out = []
    for m in _public_body_pattern().finditer(text):
        if m.group("place") in german_cities() and not _WHERE_BEFORE.search(m.group("before")):
            out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "Organization",
                               m.group("name"), PUBLIC_BODY))
    return out


# German institutions, associations, authorities and local banks are named by what they are
# ("Gesellschaft", "Verband", "Sparkasse"), a capitalised adjective (German writes adjectives
# in lower case unless they are part of a name), what they are for ("für Arbeit") or where
# they are ("Sparkasse Ostholm"): "die Deutsche Gesellschaft für Bodenkunde e.V.", "der
# Verband der Chemischen Industrie", "die Industrie- und Handelskammer Lübeck".
_DE_HEAD_WORDS = ("gesellschaft", "institut", "verband", "verbund", "verein", "vereinigung",
                  "stiftung", "kammer", "amt", "agentur", "anstalt", "akademie", "hochschule",
                  "universität", "ministerium", "behörde", "gewerkschaft", "genossenschaft",
                  "bank", "sparkasse", "kasse", "versicherung", "zentrum", "werke",
                  "staatsanwaltschaft", "klinikum", "börse", "bund", "betrieb", "gericht",
                  "gerichtshof", "dienst", "hilfe", "aufsicht", "verwaltung", "betriebe")
_DE_HEAD = re.compile(
    "(?:" + trie_regex([*_DE_HEAD_WORDS, *(w.capitalize() for w in _DE_HEAD_WORDS)])
    + r")(?:es|s)?(?![\w-])")
"""The last part of a German institution's head noun, found first (a trie of literal words:
ten times faster than their alternation)."""
_DE_ALONE = frozenset(read_words(data_dir("patterns") / "de" / "institution_heads.txt"))
"""Head nouns that name an institution with a complement alone ("Institut für X"); the
others ("-dienst", "-hilfe", "-werke") only with a capitalised adjective or a place."""
_DE_GENERIC_PREFIX = re.compile(
    r"(?:Tochter|Mutter|Schwester|Zweck|Projekt|Daten|Rechen|Kunden|Finanz|Sofort|Not|Familien"
    r"|Haftpflicht|Laden|Geheim|Sicherheits|Personal|Vertriebs|Service|Betriebs|Kranken(?=haus))"
    r"(?:-|[a-zäöüß]*$)")
"""Compounds of a head noun that name a kind of thing, not one institution."""
_DE_LOCAL = re.compile(r"(?i:.*(?:sparkasse|volksbank|raiffeisenbank|sparda-bank|landesbank"
                       r"|stadtwerke|kammer|gericht|staatsanwaltschaft|universität|hochschule"
                       r"|klinikum|landesbetrieb|finanzamt|verkehrsverbund|stadtverwaltung"
                       r"|kreisverwaltung|\w+betriebe))(?:es|s)?")
"""Heads followed by the place or region they serve: "Sparkasse Ostholm", "Landgericht Kiel",
"Verkehrsbetriebe Hamburg", "Stadtverwaltung Ulm"."""
_DE_ADJECTIVE = re.compile(
    rf"(?<![\w-])([{UPPER}][{LOWER}]*(?:isch|sch|nal|ral|lich|tig)(?:e|en|er|es)"
    rf"|Freie[nr]?|Neue[nr]?)[ \t]+$")
"""A capitalised adjective before the head: "Deutsche", "Statistisches", "Kassenärztliche"."""
_DE_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"„“»«(]\s*)$")
_DE_CAPWORD = rf"(?:[{UPPER}][\w]*-(?=\s+(?:und|oder)\s)|[{UPPER}][\w]*(?:-[{UPPER}][\w]*)*)"
_DE_NP_WORD = (r"(?:(?:(?!(?:ihr|sein|unser|euer|mein|dein|ein|kein|dies|jed|welch|all|manch"
               rf"|solch|deren|dessen|den|der|die|das)[{LOWER}]*[ \t])"
               rf"[{LOWER}]+(?:e|en|er|es)[ \t]+)?{_DE_CAPWORD})")
_DE_FOR = re.compile(
    rf"[ \t]+für[ \t]+{_DE_NP_WORD}(?:(?:[ \t]+(?:und|sowie|der|des)"
    rf"|,(?=[^\n]{{0,80}}\b(?:mbH|e\.[ \t]?V\.|GmbH|gGmbH)\b))[ \t]+{_DE_NP_WORD}){{0,5}}")
"""What the institution is for: "für Arbeit", "für Luft- und Raumfahrt", "für angewandte
Logistik"; a comma joins parts only before a legal form ("für Planung, Bau und Design mbH")."""
_DE_AND_MORE = rf"(?:[ \t]+und[ \t]+{_DE_CAPWORD})?(?![\w-])"
"""A second group joined by "und" ("der Chemischen Industrie und Pharmazie"), then the end."""
_DE_OF = re.compile(
    rf"[ \t]+(?:der|des)[ \t]+(?:[{UPPER}{LOWER}][{LOWER}]+(?:en|er)[ \t]+{_DE_CAPWORD}"
    rf"|[{UPPER}][{LOWER}]*(?:industrie|wirtschaft|handwerks?|branche|kommunen|länder|städte))"
    + _DE_AND_MORE)
"""Whom an association speaks for: "der Chemischen Industrie", "der Automobilindustrie"."""
_DE_OF_ADJECTIVE = re.compile(
    rf"[ \t]+(?:Deutscher|Europäischer|Freier|[{UPPER}][{LOWER}]+ischer)[ \t]+{_DE_CAPWORD}"
    + _DE_AND_MORE)
"""An adjective in the genitive plural: "Verband Deutscher Ingenieure"."""
_DE_TAIL = re.compile(rf"[ \t]+([{UPPER}][\w]*(?:-[{UPPER}][\w]*)*)(?![\w-])")
_DE_LEGAL_END = re.compile(r"[ \t]+(?:e\.[ \t]?V\.|gGmbH|GmbH|mbH|AG|eG|KdöR)(?![\w])")
_DE_INDEFINITE = re.compile(r"(?<![\w])(?:[Ee]in|[Ee]ine|[Ee]iner|[Ee]inem|[Ee]inen|[Ee]ines"
                            r"|[Kk]ein|[Kk]eine|[Kk]einer|jede|jeder|jedes|welche|dieser|diese"
                            r"|eigene[nmrs]?|neue[nmrs]?)[ \t]+$")
"""Right before an institution's head noun, a word that makes it a kind, not a name ("eine
Gesellschaft für Immobilien", "jede Stiftung"). No adjective may stand between, unlike
_INDEFINITE_BEFORE: the institution finder takes adjectives into the name ("Deutsche ...")."""


def _place_word(word: str, lex: Lexicon) -> bool:
    """Does a capitalised word after a local institution name its place or region?"""
    from .wordlist import is_german_word

    if word in lex.not_names or word in lex.roles:
        return False
    if word in place_names() or re.fullmatch(rf"[{UPPER}]{{2,5}}", word) \
            or "-" in word:
        return True
    return not is_german_word(word) or bool(DE_PLACE_END.search(word))


def _german_institution_mentions(text: str, catalogue: Catalogue, lex: Lexicon
                                 ) -> list[Mention]:
    out: list[Mention] = []
    for hit in _DE_HEAD.finditer(text):
        start = hit.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        head = text[start:hit.end()]
        if not head[:1].isupper() or (out and start < out[-1].end) \
                or head.casefold() in ("insgesamt", "gesamt", "samt"):
            continue
        joined = re.search(rf"[{UPPER}][{LOWER}]+-[ \t]+und[ \t]+$", text[max(0, start - 30):start])
        if joined:  # "Industrie- und Handelskammer"
            start -= len(joined.group(0))
        end = hit.end()
        stem = hit.group(0)
        folded = stem.casefold()
        bare = stem if folded in _DE_HEAD_WORDS else stem[:-2] if folded[:-2] in _DE_HEAD_WORDS \
            else stem[:-1]  # the head without a genitive ending: "Instituts", "Verbandes"
        alone = head == stem and bare.casefold() in _DE_ALONE
        compound = head != stem and (bare.casefold() in _DE_ALONE or "-" in head) \
            and not _DE_GENERIC_PREFIX.match(head)
        before = text[max(0, start - 40):start]
        adjective = _DE_ADJECTIVE.search(before)
        if adjective:
            at = start - (len(before) - adjective.start(1))
            if _DE_SENTENCE_START.search(text, max(0, at - 4), at) and not (alone or compound):
                adjective = None
            else:
                start = at
        local = _DE_LOCAL.fullmatch(head)
        complement = None
        if alone or compound or adjective:
            complement = _DE_FOR.match(text, end) or _DE_OF_ADJECTIVE.match(text, end)
            if not complement and bare.casefold() in ("verband", "institut", "vereinigung",
                                                      "kammer", "bund"):
                complement = _DE_OF.match(text, end)
        if complement:
            end = complement.end()
        tail = None
        if local or complement:
            tail = _DE_TAIL.match(text, end)
            two = _DE_TAIL.match(text, tail.end()) if tail else None
            if two and f"{tail.group(1)} {two.group(1)}" in german_cities():
                tail = two  # "Sparkasse Bad Homburg", "Stadtwerke Bergisch Gladbach"
            legal = _DE_LEGAL_END.match(text, tail.end()) if tail else None
            if tail and (legal or tail is two or _place_word(tail.group(1), lex)):
                end = tail.end()
            else:
                tail = None
            if local and not tail and not complement:
                # "Landesbetrieb Wasserbau Saarland": nouns, then the region's name
                more = re.match(rf"(?:[ \t]+[{UPPER}][{LOWER}]+){{1,2}}[ \t]+([{UPPER}][\w-]*)"
                                rf"(?![\w-])", text[end:end + 80])
                if more and (more.group(1) in places()
                             or re.fullmatch(rf"[{UPPER}]{{2,5}}", more.group(1))):
                    end += more.end()
                    tail = more
        if not (complement or tail or (adjective and (alone or compound or head != stem))):
            continue
        if _DE_INDEFINITE.search(text, max(0, start - 12), start):
            continue  # "eine Gesellschaft für Immobilien": a kind, not a name
        legal = _DE_LEGAL_END.match(text, end)
        if legal:
            end = legal.end()
        surface = text[start:end]
        if surface.endswith(("-", " ")):
            continue
        # the key in the nominative: "des Deutschen Gewerkschaftsbundes" and "der Deutsche
        # Gewerkschaftsbund" are one body (after a definite article the adjective ends in -e)
        genitive = len(stem) - len(bare)
        named = text[start:hit.end() - genitive] + text[hit.end():end]
        if adjective and named.split(" ", 1)[0].endswith("en") \
                and re.search(r"(?:^|[\s(])(?:der|die|das|des|dem|den)\s+$",
                              text[max(0, start - 5):start], re.IGNORECASE):
            named = named.split(" ", 1)[0][:-1] + " " + named.split(" ", 1)[1]
        out.append(Mention(start, end, surface, "Organization", _company_key(named, catalogue),
                           "legal-form"))
    return out


def _company_key(surface: str, catalogue: Catalogue) -> str:
    """'Aleph Alpha GmbH' -> 'Aleph Alpha' (cleanco strips the legal form)."""
    base = _without_legal_form(surface)
    known = catalogue.lookup(base)
    return known.name if known else base


@lru_cache(maxsize=8192)
def _without_legal_form(surface: str) -> str:
    """cleanco's basename, kept per surface: it compares the name with each of the ~600
    legal forms it knows (40 us a call, 3% of extraction), and company names recur."""
    from cleanco import basename

    # "S.p. A." (a space inside, as tokenised text writes it) is the form cleanco knows
    return basename(surface.replace("S.p. A.", "S.p.A.")).strip(" ,.") or surface


@cache
def _role_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title of position right before a name ("Brenner-Chef", "Der Chef von Brenner,"),
    and one in an apposition or a verb of speech right after it (", Chef von ...", "sagte"):
    built once per language."""
    roles = trie_regex(lex.roles)
    return (re.compile(rf"(?:(?<![\w])|-)(?:{roles})(?:[ \t]+(?:von|vom|des|der|of|at)"
                       rf"[ \t]+[^,.;:\n]{{1,40}},)?[ \t]+$"),
            re.compile(rf",[ \t]+(?:(?:der|die|the)[ \t]+)?(?:{roles})\b"
                       rf"|[ \t]+(?:{words_regex('speech_verbs.tsv', 'name_said')})\b"))


def _role_beside(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Does a title of position stand right before or after the name? Then a surname that a
    model also has is a person's ("Vorstandschef Tobias Kling"), where without one a first
    name and a model's name are a product ("Grace Blackwell")."""
    before, after = _role_patterns(lex)
    return bool(before.search(text, max(0, start - 40), start) or after.match(text, end))


@cache
def _person_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """First name + surname, courtesy title + surname, role + name: built once per language
    (rebuilding the strings and sorting the roles was a tenth of _person_mentions)."""
    # "McAllister", "DiCaprio", "O'Neil", "Al-Harthy", "Shin-a", "Al Harthy", "Van Buren"
    particles = words_regex("surname_particles.tsv", "finder")
    surname = (rf"(?:(?:{particles})\s+)?"
               rf"[{UPPER}][{LOWER}'’]+(?:[{UPPER}][{LOWER}]+)?(?:-[{UPPER}]?[{LOWER}]+)?")
    # a second surname only in English: German capitalises the nouns that follow names
    second = rf"(?:[ \t]+{surname})?" if lex.lang == "en" else ""
    # re, not the regex module: re with compile_scan and one search per match (overlapped)
    # found the same pairs in half the time of regex's overlapped scan
    pattern = compile_scan(
        rf"(?<![\w-])(?:[{UPPER}]\.[ \t]+)?([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ \t]+"
        rf"(?:[{UPPER}]\.[ \t]+|\([{UPPER}][\w.]*\)[ \t]+|[\"“][{UPPER}][\w.]*[\"”][ \t]+)?"
        rf"({surname}{second})(?:,?[ \t]+(?:Jr|Sr)\.|[ \t]+(?:II|III|IV))?(?![\w])")
    # "Mr. Harlan", "Frau Weber": a courtesy title makes the next capitalised word a person
    courtesy = r"Mr\.|Mrs\.|Ms\.|Dr\.|Prof\." if lex.lang == "en" else r"Herr|Frau|Dr\.|Prof\."
    # "Prof. Dr. Vekk", "Frau Dr. Vekk": titles in a row
    courtesy_re = compile_scan(rf"(?<![\w])(?:{courtesy})(?:[ \t]+(?:Dr\.|Prof\.)){{0,2}}[ \t]+"
                               rf"({surname})(?![\w])")
    roles = trie_regex(lex.roles)  # the longest-first list's matches, in fewer steps
    # "Polizeisprecher", "Konzernsprecherin": any spokesperson's title closes a compound
    spokes = rf"|(?<![\w-])[{UPPER}][{LOWER}]+sprecher(?:in)?" if lex.lang == "de" else ""
    titled = re.compile(
        rf"(?:(?:(?<![\w])|-)(?:{roles}){spokes})[ \t]+({CAP_TOKEN}(?:[ \t]+{CAP_TOKEN}){{1,2}})"
        rf"(?![\w])")
    return pattern, courtesy_re, titled


# the small patterns of _person_mentions and _name_mentions, compiled once: re's cache
# lookup per call was a share of these hot loops
_AMPERSAND_AFTER = re.compile(r"[ \t]*&[ \t]*[A-Z]")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_ADVERB_OR_PARTICIPLE = re.compile(r"(?:ly|ing|ed)$")
_TITLE_OPENING_BEFORE = re.compile(r"\b(?:Chief|Vice|Executive|Senior)[ \t]+$")
_TITLE_CLOSING_AFTER = re.compile(r"[ \t]+(?:Officer|President|Director)\b")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
_APPOSITION_ARTICLE_BEFORE = re.compile(r",[ \t]+(?:a|an)[ \t]+$")


_PEOPLE_BEFORE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)[ \t]+[{UPPER}][{LOWER}]+"
                            rf"(?:,|[ \t]+(?:und|and|sowie))[ \t]+$")
_PEOPLE_AFTER = re.compile(rf"(?:,|[ \t]+(?:und|and|sowie))[ \t]+([{UPPER}][{LOWER}]+)[ \t]+"
                           rf"[{UPPER}][{LOWER}]+(?![\w-])")


def _listed_with_people(text: str, start: int, end: int, catalogue: Catalogue,
                        firsts: frozenset[str]) -> bool:
    """Is the name listed beside a person's full name ("A Tatum, Mila Kunis und B Bean"),
    one whose first name is no company's ("Nissan Leaf, Kia Niro" are cars)?"""
    for m in (_PEOPLE_BEFORE.search(text, max(0, start - 40), start),
              _PEOPLE_AFTER.match(text, end)):
        if m and m.group(1) in firsts and not catalogue.lookup(m.group(1)):
            return True
    return False


@cache
def _cue_words(lex: Lexicon) -> frozenset[str]:
    """The whole-word cues of a language ("Chip", "App", "Agent")."""
    return frozenset(c for c, _, how in lex.cues if how == "word")


_BIO_PAREN = re.compile(r"[ \t]*\((?:[^()\n]{0,60};[ \t]*)?(?:born|b\.)[ \t]")
"""The bracket after a name that opens a biography: "(born 4 May 1961", "(Polish: ...; born"."""
_FAMILY_FIRST = re.compile(rf"(?:^|(?<=\n))[ \t]*([{UPPER}][{LOWER}]+)[ \t]+$")
"""A capitalised word alone before a person's name at the start of a paragraph."""


def _not_a_family_name(word: str, catalogue: Catalogue, lex: Lexicon,
                       firsts: frozenset[str]) -> bool:
    """Is the word before a biography's name anything but the family name written first?"""
    return (word in lex.not_names or word in lex.roles or word in places() or word in firsts
            or names_a_company(word) or catalogue.lookup(word) is not None)


def _given_name_pair(first: str, last: str) -> bool:
    """A hyphenated given name of two first names before one surname that is a place word
    too ("Wen-Li Park", "Hans-Peter Berlin"): a person; a place's name has no such first
    part ("Menlo Park" is a place)."""
    return "-" in first and " " not in last \
        and all(p in first_names() for p in first.split("-"))


def _person_mentions(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    firsts = first_names()
    pattern, courtesy_re, titled = _person_patterns(lex)
    out = []
    # overlapped: in "Zentralbankchef Nikos Andreadis" the pair to keep starts at the 2nd word
    for m in overlapped(pattern, text):
        first, last = m.group(1), m.group(2)
        end = m.end()
        possessive = _POSSESSIVE.search(last)
        if possessive:  # "Marc Benioff's company", "James' team": the name ends before it
            last = last[:possessive.start()]
            end = m.start(2) + len(last)
        if " " in last and (last.split()[-1] in lex.not_names or last.split()[-1] in places()
                            or catalogue.lookup(last.split()[-1])):
            # "Brian Chesky Airbnb", "William Gray As ...": the second surname is not one
            last = last.rsplit(None, 1)[0]
            end = m.start(2) + len(last)
            if last in _SURNAME_PARTICLES:
                continue  # "Claude von Anthropic": a model and its maker, no person "Claude von"
        if _AMPERSAND_AFTER.match(text[end:end + 4]):
            continue  # "Brandt Tool & Die", "Johnson & Johnson": a company
        after = _WORD_AFTER.match(text[end:end + 30])
        if any(names_a_company(w) for w in [*last.split(), after.group(1) if after else ""]):
            continue  # "Gerald Ashby Companies", "J. Harold Finch Institute": named after them
        if last.split()[-1] in org_words() or (any(w in places() for w in last.split())
                                                and not _given_name_pair(first, last)):
            continue  # "Kestrel Engineering", "Royal Tarnland Mint": not a person
        if last.split()[-1] in _NO_SURNAME:
            continue  # "Tarvo Pro", "Nexa Ultra": a product's tier word, no surname
        if not (first in firsts or ("-" in first and all(p in firsts for p in first.split("-"))
                                    and not catalogue.lookup(last))) \
                or first in lex.not_names or last in lex.not_names \
                or first in places():  # "German Timber", "American Express": no first name
            continue
        if lex.lang == "de" and first in _cue_words(lex) \
                and _DETERMINER_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "der Chip Nexon X2": a cue word after its article, no first name
        known_first = catalogue.lookup(first)
        known_last = catalogue.lookup(last)
        # a surname may be a company's name ("Martin Viessmann"), never a model's or product's;
        # a company's name as a first name ("Yara X") only among people named in a list
        if (known_first and known_first.type == "Organization"
                and not _listed_with_people(text, m.start(), end, catalogue, firsts)) \
                or (known_last and known_last.type != "Organization"
                    and not _role_beside(text, m.start(), end, lex)) \
                or last in lex.roles or (last in places() and not _given_name_pair(first, last)):
            continue
        if lex.lang == "en" and _inside_longer_name(text, m.start(), catalogue, lex, firsts):
            continue  # "Game Boy Advance", "Star Fox Zero": the end of another name
        # "Jr." leaves the key; "II" stays in it ("James Tarn II" is not his father)
        full = re.sub(r",?\s+(?:Jr|Sr)\.$", "", text[m.start():end])
        if lex.lang == "de" and full.endswith("s") and not full.endswith(("ss", "ß")) \
                and (next(find_word(text, full[:-1]), None) or catalogue.lookup(full[:-1])
                     or (_NOUN_AFTER.match(text, end) and full[-2] not in "aeiouyäöü")):
            # "Jana Vogts Nachfolger" beside "Jana Vogt", "Elon Musks xAI", "Hanna Seidels
            # Team": the genitive (a name ending in s takes an apostrophe: "Haas' Team"; a
            # vowel before the s is kept as the name's, "Nikos Stournaras Team")
            full = full[:-1]
            end -= 1
        if full in places():
            continue  # "Monte Carlo", "Santo Domingo": a town that looks like a name
        known = catalogue.lookup(full)
        if known and known.type != "Person":
            continue
        if not known and _after_a_company_name(text, m.start(), catalogue):
            continue  # "Nvidia Isaac Sim", "Microsoft Clarity": the maker's product
        start = m.start()
        if lex.lang == "de" and _thing_cue_before(lex).search(text, max(0, start - 40), start):
            continue  # "dessen Plattform Luma Versuchsdaten": a product, then a noun
        title = re.search(r"(?:Dr\.|Prof\.|Prof\. Dr\.)\s+$", text[max(0, start - 12):start])
        if title:  # "Dr. Karin Vogel": the title stays in the alias, not in the key
            start -= len(title.group(0))
        elif lex.lang == "en" and _BIO_PAREN.match(text, end) \
                and (family := _FAMILY_FIRST.search(text, max(0, start - 30), start)) \
                and not _not_a_family_name(family.group(1), catalogue, lex, firsts):
            # "Kowalski Jan Piotr (born 1970)": a biography opening with the family name first
            start = family.start(1)
            full = text[start:end]
        out.append(Mention(start, end, text[start:end], "Person",
                           known.name if known else full, "person"))
    # "Mr. Harlan", "Frau Weber": a courtesy title makes the next capitalised word a person
    for m in courtesy_re.finditer(text):
        if m.group(1) in lex.not_names or catalogue.lookup(m.group(1)):
            continue
        more = _ACADEMIC_NAME.match(text, m.end()) \
            if lex.lang == "de" and m.group(0)[:2] in ("Dr", "Pr") else None
        if more and more.group(1) not in lex.not_names and more.group(1) not in _TIME_WORDS \
                and not catalogue.lookup(more.group(1)) and not _is_plain_noun(more.group(1)):
            # "Dr. Zoltan Vekk": a first name no list has, then the surname
            name = f"{m.group(1)} {more.group(1)}"
            out.append(Mention(m.start(), more.end(), text[m.start():more.end()], "Person",
                               name, "person"))
            continue
        out.append(Mention(m.start(), m.end(), m.group(0), "Person", m.group(0), "courtesy"))
    if lex.lang == "de":
        out += _office_holders(text, catalogue, lex)
    for m in titled.finditer(text):
        name = m.group(1)
        words = name.split()
        if any(w in lex.not_names or catalogue.lookup(w) for w in words):
            continue
        out.append(Mention(m.start(1), m.end(1), name, "Person", name, "role"))
    return out


_DE_OFFICES = read_words(data_dir("patterns") / "de" / "offices.txt")
"""patterns/de/offices.txt: German titles of office, lower case."""
_DE_OFFICE = re.compile(
    "(?:" + trie_regex([*_DE_OFFICES, *(w.capitalize() for w in _DE_OFFICES)]) + ")"
    rf"(?:in|r)?[ \t]+([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ \t]+"
    rf"([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])")
"""German titles of office before a name ("Wirtschaftsminister", "Insolvenzverwalterin",
"Bürgermeister"): the name is a person's whatever the first name."""


def _office_holders(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    """German: "Landrat Zoltan Vekk", "Insolvenzverwalter Zerdan Tavaki": a first name no list
    has, after a title of office; the first word must be no German word and the second no
    plain noun ("Projektleiter Digitale Transformation" names nobody)."""
    from .wordlist import is_german_word

    out = []
    firsts = first_names()
    for m in _DE_OFFICE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if not text[start:start + 1].isupper() or (start and text[start - 1] in "-"):
            continue
        first, last = m.group(1), m.group(2)
        if any(_never_a_name(w, catalogue, lex) or w in _TIME_WORDS for w in (first, last)) \
                or (first not in firsts and is_german_word(first)) or _is_plain_noun(last):
            continue
        name = f"{first} {last}"
        out.append(Mention(m.start(1), m.end(2), name, "Person", name, "role"))
    return out


_ACADEMIC_NAME = re.compile(rf"[ \t]+([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])")


_NOUN_ENDINGS = "ung|heit|keit|schaft|tion|ität|nis|tum|ment|ismus"
"""Endings that only German nouns have; each pattern built on them adds the short endings
that suit its use."""
_PLAIN_NOUN_END = re.compile(rf"(?:{_NOUN_ENDINGS}|en|ern|e)$")
"""A plural or abstract noun that stands where a surname would ("sagte Sony Reportern"): not
-er, which many German surnames end in (unlike _GERMAN_NOUN)."""


def _is_plain_noun(word: str) -> bool:
    """A German word with a noun's ending ("Reportern", "Transformation"): no surname."""
    from .wordlist import is_german_word

    return is_german_word(word) and bool(_PLAIN_NOUN_END.search(word))


def _never_a_name(word: str, catalogue: Catalogue, lex: Lexicon) -> bool:
    """A listed non-name, a role, a place or a catalogue entry: no part of a name that a title
    of office, a verb of saying or an "&" between two words makes."""
    return (word in lex.not_names or word in lex.roles or word in places()
            or bool(catalogue.lookup(word)))


_COMPANY_BEFORE = re.compile(r"(?<![\w'’.&-])([A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,2})[ \t]$")


def _after_a_company_name(text: str, start: int, catalogue: Catalogue) -> bool:
    """A catalogue company's name right before, with only a space between: a product name
    follows, not a person (who gets a role, a comma or a possessive between)."""
    m = _COMPANY_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = m.group(1).split()
    return any((k := catalogue.lookup(" ".join(words[i:]))) is not None
               and k.type == "Organization" for i in range(len(words)))


_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])(?=\s|$)")
"""An English possessive, or an apostrophe after a final s, ending a name (also before a
title the run went on with: "Harlow Bancorp's Chairman")."""
_NOUN_AFTER = re.compile(r"[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]|[a-z][A-Z])")
"""A German noun or a name right after a word ("Musks xAI", "Seidels Team")."""


@cache
def _thing_cue_before(lex: Lexicon) -> re.Pattern[str]:
    """A cue word for a model or product right before a position ("die Plattform ")."""
    # not one of people and things alike: "die Assistentin Maria Berger" is a person
    things = [(c, how) for c, t, how in lex.cues if t in ("AIModel", "Product")
              and not c.lower().endswith(_people_cues(lex.lang))]
    words = [re.escape(c) for c, how in things if how == "word"]
    suffixes = [re.escape(c) for c, how in things if how == "suffix"]
    alts = "|".join([*words, *(rf"[\w-]*{s}" for s in suffixes)]) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alts})[ \t]+$")


_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])([{UPPER}][\w'’-]*)[ \t]+$")
"""A whole capitalised word right before a name in plain text, possessive included ("the Tarn
Racer", "Harrowgate's")."""
_ROLE_WORDS = frozenset(read_words(data_dir("patterns") / "en" / "title_words.txt"))
"""Capitalised words that stand before a person's name without being part of another name."""


_TITLE_WORD_BEFORE = re.compile(
    rf"(?<![\w'’.-])([{UPPER}][\w'’-]*)[ \t]+(?:of|for|&)[ \t]+the[ \t]+$")
"""A capitalised word and "of the" right before a name ("Heroes of the Gale Coast")."""
_OFFICE_OF = re.compile(r"\b(?:Secretary|Minister|Commissioner|Director|President|Chairman"
                        r"|Chairwoman|Governor|Chief)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _inside_longer_name(text: str, start: int, catalogue: Catalogue, lex: Lexicon,
                        firsts: frozenset[str]) -> bool:
    """English: is the first-name + surname pair the tail of a longer capitalised name?

    "Game Boy Advance", "Star Fox Zero", "Tarn Heroes" are no people; "CEO Tim
    Cook", "Nvidia's Jensen Huang", "Senator Ann Lee", "Mary Ann Smith" still are."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    # "Heroes of the Gale Coast": a title's "of the" joins the pair to the word before it
    titled = before is None and (
        before := _TITLE_WORD_BEFORE.search(text, max(0, start - 40), start)) is not None
    if before is None:
        return False
    word = before.group(1)
    if word.endswith(("'s", "’s", "s'", "'", "’")) or word.isupper() or word in firsts:
        return False
    if word in lex.not_names or word in lex.roles or word in _ROLE_WORDS or word in places() \
            or word.rsplit("-", 1)[-1] in _ROLE_WORDS:  # "Co-Producer Dana Reyes"
        return False
    known = catalogue.lookup(word)
    if known is not None and known.type == "Organization":
        return False  # "Nintendo Rose Lappin" (a caption): the company, then its person
    if _OFFICE_OF.search(text, max(0, before.start() - 40), before.start()):
        return False  # "Secretary of the Navy Dana Reyes": an office, then who holds it
    if titled:
        return True
    # only after an article, a possessive or a preposition: "the Game Boy Advance",
    # "Harlow's Star Runner Zero", "a spin-off to Brixo Tarn Super Heroes"; a headline or
    # heading ("Apple Hires Peter Lindqvist") keeps its person
    return bool(re.search(r"(?:\b(?:the|The|a|an|to|of|for|from|into)|'s|’s)[ \t]+$",
                          text[max(0, before.start() - 8):before.start()]))


_SURNAME_PARTICLES = words_for("surname_particles.tsv", "cut")
"""Particles before a surname ("Van Damm"): patterns/surname_particles.tsv."""


_NO_WORD_BEFORE = re.compile(r"(?<![\w-])")
_AFTER_SURNAME = re.compile(r"(?:s|'s|’s)?(?![\w])")
_AFTER_NAME = re.compile(r"(?![\w-])")
_AFTER_COMPANY = re.compile(r"(?=s\b|'s|’s|-|[^\w]|$)")
_AFTER_COMPANY_ALONE = re.compile(rf"(?=s\b|'s|’s|-|[^\w]|$)(?![ \t]+[{UPPER}])")


def find_word(text: str, word: str, after: re.Pattern[str] = _AFTER_NAME
              ) -> Iterator[tuple[int, int]]:
    """(start, end) of each ``(?<![\\w-])word`` + ``after`` in text, as re.finditer would
    find them, without compiling a pattern per word: an article's names are new to re's
    cache, and compiling one cost more than the search (5% of extraction)."""
    pos = 0
    i = text.find(word)
    while i != -1:
        m = after.match(text, i + len(word)) if _NO_WORD_BEFORE.match(text, i) else None
        if m is not None:
            yield i, m.end()
            pos = max(m.end(), i + 1)
        else:
            pos = i + 1
        i = text.find(word, pos)


def _surname_mentions(text: str, typed: list[Mention]) -> list[Mention]:
    """'Chesky' after 'Brian Chesky' in the same article is the same person."""
    out = []
    named = [(m.key, m.key.split()) for m in typed
             if m.type == "Person" and " " in m.key and m.source != "courtesy"]
    named = [(key, words[:-1] if words[-1] in ("II", "III", "IV") else words)
             for key, words in named]  # "Peter K. Van Damm III": his surname is "Van Damm"
    people = {words[-1]: key for key, words in named if len(words) >= 2}
    # "Van Damm" after "Peter K. Van Damm III": the particle belongs to the surname
    people.update({" ".join(words[-2:]): key for key, words in named
                   if len(words) >= 3 and words[-2] in _SURNAME_PARTICLES})
    for last, key in people.items():
        if last in _SURNAME_PARTICLES:
            continue  # a name cut after its particle is no surname to look for
        for start, _ in find_word(text, last, _AFTER_SURNAME):
            end = start + len(last)
            after = re.match(r"[ \t]+([A-Z][a-z]+)\b(?:[ \t]+([A-Z][a-z]+)\b)?",
                             text[end:end + 40])
            if after and any(w and names_a_company(w) for w in after.groups()):
                continue  # "Ashby Companies", "Ashby Pacific Companies": named after the person
            out.append(Mention(start, end, last, "Person", key, "surname"))
    return out


def _courtesy_keys(mentions: list[Mention]) -> list[Mention]:
    """'Mr. Chesky' after 'Brian Chesky' takes the full name as its key."""
    people = {m.key.split()[-1]: m.key for m in mentions
              if m.type == "Person" and " " in m.key and m.source != "courtesy"}
    return [Mention(m.start, m.end, m.text, m.type, people[m.key.split()[-1]], m.source)
            if m.source == "courtesy" and m.key.split()[-1] in people else m for m in mentions]


def _repeated_names(text: str, typed: list[Mention], lex: Lexicon) -> list[Mention]:
    """A model or product a cue introduced ("ein Modell namens Velora Motion 2") is the same
    thing wherever its name comes again."""
    names = {m.text: m for m in typed if m.type in ("AIModel", "Product")
             and m.source in ("cue", "compound", "described") and len(m.text) >= 3
             and m.text not in lex.not_names and m.text not in places()}
    out = []
    for surface, m in names.items():
        for start, end in find_word(text, surface):
            version = _REPEATED_VERSION.match(text, end)
            if version and version.group(0) and not text[version.end():][:1].isalnum() \
                    and not _YEAR_AS_DATE.fullmatch(version.group(0)):
                # "das Modell Velora ... Velora 2 folgt im Mai": the next version, not Velora
                full = text[start:version.end()].rstrip()
                out.append(Mention(start, start + len(full), full, m.type,
                                   _version_key(m.key, full[len(surface):]), "version",
                                   m.family or m.key))
            elif start != m.start:
                out.append(Mention(start, end, surface, m.type, m.key, "surname", m.family))
    return out


_REPEATED_VERSION = re.compile(VERSION)
"""A version after the name of a model or product the article introduced: _repeated_names."""


_SHORTENED_SUFFIXES = frozenset(read_words(data_dir("patterns") / "shortened_suffixes.txt"))
"""Last words of company names the press drops on second mention ("Sakana AI" -> "Sakana")."""


def _short_org_mentions(text: str, typed: list[Mention], lex: Lexicon) -> list[Mention]:
    """'Quantivo' or 'Quantivo-Chef' after 'Quantivo Simulation GmbH' is that company."""
    out = []
    seen: dict[str, str] = {}
    for m in typed:
        if m.type != "Organization" or not (
                m.source in ("legal-form", "cue")
                or m.source == "catalogue" and m.key.split()[-1] in _SHORTENED_SUFFIXES):
            continue  # "Sakana" after the catalogue's "Sakana AI"
        first = m.text.split()[0]
        if len(first) < 4 or first in lex.not_names or first in places() or first == m.text:
            continue
        seen.setdefault(first, m.key)
    # the name without its legal form ("Nordlicht Robotics"), and a one-word name a cue
    # introduced ("das Start-up Velora ... Velora hat")
    keys = {m.key for m in typed if m.type == "Organization" and m.source in ("legal-form", "cue")
            and (" " in m.key or (m.source == "cue" and len(m.key) >= 3
                                  and m.key not in lex.not_names and m.key not in places()))}
    for key in keys:  # the name without its legal form: "Nordlicht Robotics"
        for start, end in find_word(text, key, _AFTER_COMPANY):
            out.append(Mention(start, end, key, "Organization", key, "surname"))
    for first, key in seen.items():
        # "Quarry Global" is another company
        found = list(find_word(text, first, _AFTER_COMPANY_ALONE))
        if any(described_kind(text[end:end + 160]) in ("Product", "AIModel")
               for _, end in found):
            continue  # "Tessalink is a web browser ... the Tessalink Foundation": its product
        out += [Mention(start, end, first, "Organization", key, "surname") for start, end in found]
    return out


_SPEAKER_BEFORE = re.compile(
    rf"(?:\b(?:{words_regex('speech_verbs.tsv', 'surname_after')}"
    r"|Herr|Frau|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.)),?[ \t]+$")
_SPEAKER_AFTER = re.compile(
    r"(?:s|'s|’s)?[ \t]+"
    rf"(?:{words_regex('speech_verbs.tsv', 'surname_before')})\b")
"""Words around a bare surname that make it the person speaking ("sagt Wendt", "Wendt
betonte"), not the company named after the family: patterns/speech_verbs.tsv, and before
the surname also a courtesy title ("Frau Wendt")."""


def _family_firms(text: str, typed: list[Mention], companies: list[Mention]) -> list[Mention]:
    """A bare word that is both a person's surname and the first word of a company's name in
    the article ("Florian Wendt" and "Wendt Maschinenbau GmbH") is the family firm, unless it
    speaks ("sagt Wendt"): business news says "Wendt nutzt ..." of the firm."""
    firm_spans = {(m.start, m.end) for m in companies}
    if not firm_spans:
        return typed
    out = []
    for m in typed:
        if m.source == "surname" and m.type == "Person" and (m.start, m.end) in firm_spans \
                and not _SPEAKER_BEFORE.search(text, max(0, m.start - 20), m.start) \
                and not _SPEAKER_AFTER.match(text, m.end):
            continue
        out.append(m)
    return out + companies


_MAKER_NOUN_AFTER = re.compile(r"[ \t]+(?:maker|developer|creator|owner|operator)(?![\w-])")
_THE_BEFORE = re.compile(r"(?<![\w])[Tt]he[ \t]+$")


def _maker_anaphors(text: str, typed: list[Mention], catalogue: Catalogue) -> list[Mention]:
    """English: "the ChatGPT maker", "the Claude developer" name the company that makes it
    (the one the catalogue knows): the noun after the product becomes a mention of that
    company, and the product stays a mention of its own (the article names it)."""
    makers = None
    out = []
    for m in typed:
        after = _MAKER_NOUN_AFTER.match(text, m.end) if m.type in ("AIModel", "Product") \
            else None
        the = _THE_BEFORE.search(text, max(0, m.start - 5), m.start) if after else None
        if the is None:
            out.append(m)
            continue
        makers = makers if makers is not None else catalogue.developers()
        maker = m.maker or makers.get(m.key) or makers.get(m.family or "")
        if not maker:
            out.append(m)
            continue
        out.append(m)
        start = after.end() - len(after.group().strip())
        out.append(Mention(start, after.end(), text[start:after.end()], "Organization", maker,
                           "coref"))
    return out


def _is_german_word(word: str) -> bool:
    from .wordlist import is_german_word

    return is_german_word(word)


def _listed_word(word: str) -> bool:
    """Is the word itself a listed German word form ("Kredite"), not only a compound or an
    inflection the word list could build ("Flowlane")?"""
    from .wordlist import german_words

    return word.casefold() in german_words()


_GERMAN_NOUN = re.compile(rf"(?:{_NOUN_ENDINGS}|en|er)$")
"""A German noun after a cue or in a run of words, which ends a name there ("dessen Plattform
Luma Versuchsdaten"); -er too (agents, plurals), but not -e, which the finders check against
the word list instead (_listed_word), since names end in -e as often."""


_DE_OPENING_NP = re.compile(
    rf"(?:^|[.!?:;]\s+|\n\s*)(?:(?:Bei|Von|Mit|Für|Nach|Laut|Auch|Gegen|Neben|Hinter)\s+)?"
    rf"(?:Der|Die|Das|Dem|Den|Beim|Vom|Zum|Zur)\s+(?:[{LOWER}{UPPER}][\w-]*\s+){{0,2}}$")
"""The start of a sentence, its article and up to two adjectives before a cue: the noun
phrase fills the place before the verb ("Der Stuttgarter Maschinenbauer X übernimmt")."""
_DE_ARTICLE_BEFORE_CUE = re.compile(
    rf"(?<![\w-])(?:[Dd](?:er|ie|as|em|en|es)|[Bb]eim|[Vv]om|[Zz]u[mr])\s+"
    rf"(?:[{LOWER}{UPPER}][\w-]*\s+){{0,2}}$")


def _apposed_name(text: str, m: re.Match[str], name_end: int) -> bool:
    """German: is the one word after a company cue its name although it is also a German
    word ("Der Maschinenbauer Heller übernimmt", "übernimmt den Zulieferer Mauser.")? It is
    when the cue's noun phrase opens the sentence and a lower-case word (the verb) or a comma
    follows, or when the word ends the sentence: a common noun there would need a verb
    after it ("weil das Unternehmen Gewinne macht")."""
    word = text[m.start("name"):name_end]
    if word in _TIME_WORDS or (word.endswith(("e", "n")) and _listed_word(word)):
        return False  # "Das Unternehmen Gewinne zu machen": a listed plural stays a noun
    after = text[name_end:name_end + 4]
    before = text[max(0, m.start() - 60):m.start()]
    if re.match(r"[.!?;](?!\w)", after):
        return bool(_DE_ARTICLE_BEFORE_CUE.search(before))
    if re.match(rf"(?:,|[ \t](?!zu\b)[{LOWER}])", after):
        return bool(_DE_OPENING_NP.search(before))
    return False


@cache
def _trade_words() -> frozenset[str]:
    """German trade words that end a company's name ("Hafenwerk Spedition"):
    patterns/de/company_name_ends.txt."""
    return frozenset(read_words(data_dir("patterns") / "de" / "company_name_ends.txt"))


@cache
def _frame_noun() -> re.Pattern[str]:
    """A word that ends in a noun for a part, field or topic, not a company ("Bereich",
    "Konzernsparte"): patterns/de/frame_nouns.txt."""
    return re.compile("(?i:.*(?:" + "|".join(read_words(data_dir("patterns") / "de"
                                                       / "frame_nouns.txt")) + "))")


@cache
def _trade_named() -> re.Pattern[str]:
    """A definite article, a capitalised word and a trade word: "die Hafenwerk Spedition"."""
    return re.compile(
        rf"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]es|[Dd]em|[Dd]en)[ \t]+(?P<name>[{UPPER}][\w]+[ \t]+"
        rf"(?:{'|'.join(sorted(_trade_words(), key=lambda w: (-len(w), w)))}))(?![\w-])")


def _trade_named_companies(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    """German 'die Hafenwerk Spedition', 'bei der Lindgrün Assekuranz': after a definite
    article, a capitalised word and a trade word (company_name_ends.txt) are one company's
    name; German joins a noun and its field into one word, so two nouns side by side are a
    name. Not after a word for a part or field of a company ("der Bereich Logistik"), a cue
    ("das Unternehmen Energie": the cue finder's), a place or its adjective ("die Bremer
    Logistik": the trade of a town)."""
    out: list[Mention] = []
    if not any(word in text for word in _trade_words()):
        return out
    types = cue_pattern(lex)[1]
    for m in _trade_named().finditer(text):
        clause = re.split(r"[,.;:!?\n]", text[max(0, m.start() - 120):m.start()])[-1]
        if _subordinate().search(clause):
            continue  # "weil die Stadt Energie spart": subject and object before the verb
        first = m.group("name").split()[0]
        if first in lex.not_names or first in lex.roles or first in place_names() \
                or _frame_noun().fullmatch(first) \
                or _town_adjective(first) \
                or cue_type(first, lex, types) is not None:
            continue
        name = " ".join(m.group("name").split())
        known = catalogue.lookup(name)
        if known is not None and known.type != "Organization":
            continue
        out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "Organization",
                           known.name if known else name, "cue"))
    return out


@cache
def _subordinate() -> re.Pattern[str]:
    """A subordinate clause (a word of patterns/de/subordinators.tsv, column object_first, or
    a relative pronoun before the article), where an object may stand between subject and
    verb: "weil die Stadt Energie spart"."""
    return re.compile(rf"(?<![\w-])(?:{subordinators_regex('de', 'object_first')})[ \t]"
                      r"|^[ \t]*(?:der|die|das|dem|den|deren|dessen|welche[rsm]?)[ \t]")


def _town_adjective(word: str) -> bool:
    """'Bremer', 'Münchner', 'Kölner': the adjective of a listed city or country."""
    if not word.endswith("er"):
        return False
    stem = word[:-2]
    return any(c in place_names()
               for c in (stem, stem + "en", stem[:-1] + "en", stem[:-1] + "e" + stem[-1:]))


@cache
def _people_cues(lang: str) -> tuple[str, ...]:
    """Cue words that introduce people as often as companies or things
    (patterns/<lang>/people_cues.txt), lower case."""
    return tuple(w.lower() for w in read_words(data_dir("patterns") / lang / "people_cues.txt"))


def _names_a_person(words: list[str], cue: str, catalogue: Catalogue, lex: Lexicon) -> bool:
    """Is a name after a cue word of people and companies (or things) alike a first name
    and surname ("the investor Tom Hale", "der Investor Jan Brehm", "die Assistentin Maria
    Berger"), no company's ("the investor General Atlantic", "the investor Quill Ventures")?"""
    return len(words) == 2 and cue.lower().endswith(_people_cues(lex.lang)) \
        and words[0] in first_names() and words[1] not in org_words() \
        and words[1] not in places() and not catalogue.lookup(words[0]) \
        and not catalogue.lookup(" ".join(words)) and not names_a_company(words[1])


def _cue_mentions(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    pattern, types, _ = cue_pattern(lex)
    out = []
    for m in pattern.finditer(text):
        kind = cue_type(m.group("cue"), lex, types)
        if kind is None:
            continue
        words = m.group("name").split()
        offsets = [w.start() for w in re.finditer(r"\S+", m.group("name"))]
        # stop at words that cannot belong to a name
        keep = []
        for i, w in enumerate(words):
            if keep and _catalogue_name_at(text, m.start("name") + offsets[i], catalogue) \
                    and not catalogue.lookup(" ".join([*keep, w])) \
                    and not catalogue.lookup(" ".join(words)) \
                    and not _last_word_of_name(text, m.start("name") + offsets[i], w):
                break  # "der Plattform LMArena GPT-5.1 von OpenAI": a known model follows
            if w in lex.not_names or w in lex.roles or w in types \
                    or (lex.lang == "de" and w in _TIME_WORDS):  # "der Konzern Anfang Mai"
                if w == "AI" and keep and kind == "Organization":
                    keep.append(w)  # "the startup Crestline AI": the name ends in AI
                break
            if keep and w.endswith(("s", "'s", "’s")) \
                    and not catalogue.lookup(" ".join([*keep, w])) \
                    and (k := catalogue.lookup(re.sub(r"(?:'s|’s|s)$", "", w))) \
                    and k.type == "Organization":
                break  # "die Plattform LMArena Googles Gemini": Google's model follows
            if lex.lang == "de" and keep and keep[-1] != "&" \
                    and (_GERMAN_NOUN.search(w)
                         or (keep[-1] in places() and w.endswith("e") and _listed_word(w))) \
                    and w not in org_words() and w not in _trade_words() \
                    and _is_german_word(w) and not catalogue.lookup(" ".join([*keep, w])) \
                    and not (i + 1 < len(words) and words[i + 1][:1].isdigit()):
                # "dessen Plattform Luma Versuchsdaten auswertet": the noun is the object;
                # after a place, "die Sparkasse Ulm Kreditanträge prüfen lassen"
                break
            keep.append(w)
        while keep and keep[-1] == "&":
            keep.pop()  # "die Kanzlei Quendt & Zukunft": no name ends in "&"
        if not keep or (m.group("fem") and kind == "Product" and len(keep) > 1):
            continue  # "die Assistentin Maria Schulz" is a person; "Assistentin Stella" not
        if _names_a_person(words if len(words) == 2 else keep, m.group("cue"), catalogue, lex):
            continue  # "the angel investor Tom Hale": the person finder names him
        apposed = lex.lang == "de" and len(keep) == 1 and kind == "Organization" \
            and _apposed_name(text, m, m.start("name") + len(keep[0]))
        if lex.lang == "de" and not apposed and len(keep[0]) >= 9 \
                and keep[0].endswith(("e", "n")) \
                and not re.search(r"[A-Z0-9]", keep[0][1:]) and not re.search(
                    r"\bnamens\s|\bNamen\s", m.group(0)) \
                and not (len(keep) > 1 and (keep[1][:1].isdigit() or keep[-1] in _trade_words())) \
                and _is_german_word(keep[0]) and not catalogue.lookup(keep[0]):
            continue  # "dessen Software Arbeitsabläufe ...", "Mitarbeitern": a plural noun
        if lex.lang == "de" and len(keep) == 1 and not apposed and (
                _GERMAN_NOUN.search(keep[0])
                or (keep[0].endswith("e") and _listed_word(keep[0]))) \
                and not catalogue.lookup(keep[0]) and not re.search(r"[A-Z0-9]", keep[0][1:]) \
                and _is_german_word(keep[0]):
            # "das Unternehmen Gewinne": a common noun, not a name ("der Zulieferer
            # Kolbinger" is no German word, whatever its ending)
            continue
        if lex.lang == "en" and kind in ("AIModel", "Product") \
                and _TRAINER_AFTER.match(text, m.start("name") + len(" ".join(keep))):
            continue  # "a speech model Tarnby trained itself": the name is the maker's
        surface = re.sub(r"(?:'s|’s)$", "", " ".join(keep))  # "rivals OpenAI's o1"
        if lex.lang == "de" and len(keep) == 1 and surface.endswith("s") \
                and surface[:-1] in places():
            continue  # "der größte Versicherer Europas": a place in the genitive
        if surface in GENERIC_TECH:
            continue  # "the data provider API": a kind of thing, not a provider's name
        start = m.start("name")
        end = start + len(surface)
        known = catalogue.lookup(surface)
        if known:
            kind = known.type
        out.append(Mention(start, end, surface, kind, known.name if known else surface, "cue"))
    return out


_UNKNOWN_NAME_HEADS = frozenset(words_for("en/product_heads.tsv", "unknown_name"))
_TRAINER_VERBS = longest_first(read_words(data_dir("patterns") / "en" / "trainer_verbs.txt"))
_TRAINER_AFTER = re.compile(
    rf"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:{_TRAINER_VERBS})"
    r"[ \t]+(?:itself|themselves|in-house"
    r"|on[ \t]+its[ \t]+own|from[ \t]+scratch|last|this|earlier)\b")
"""After a name a model's or product's cue introduces, a verb of making and no object: "a
speech model Tarnby trained itself" (patterns/en/trainer_verbs.txt)."""


_NAME_CLOSED = re.compile(r"[ \t]*(?:[.,;:!?)\"“”]|(?:und|oder|von|mit|in|im|für|auf|and|or|from"
                          r"|with|in|on|for|to|at)(?![\w-]))")


def _last_word_of_name(text: str, pos: int, word: str) -> bool:
    """Does a one-word known name at pos close the name after a cue ("die Abrechnungssoftware
    Tannberg Flux, die ...", "the tool Orrin Flux for")? Then it ends a product's own name;
    before a verb ("dessen Assistent Nora Gemini nutzt") or a version it is a model of its own."""
    return not any(c.isdigit() for c in word) and "-" not in word \
        and bool(_NAME_CLOSED.match(text, pos + len(word)))


def _catalogue_name_at(text: str, pos: int, catalogue: Catalogue) -> bool:
    """Does a known model or product start at pos, as a whole word or with its version
    ("GPT-5.1", "Claude Opus 4.5")? Such a name begins an entity of its own."""
    hit = _matchers(catalogue).catalogue.match(text, pos)
    if not hit or text[hit.end():hit.end() + 1].isalpha() or hit.group(0) in _UNKNOWN_NAME_HEADS:
        return False  # "the app Tarnly Copilot": a head word ends an unknown product's name
    return any(k.type in ("AIModel", "Product") for k in catalogue.surfaces.get(hit.group(0), ()))


_COMPOUND_CUES = {
    "AIModel": r"(?:(?:KI-|AI-|Open-Source-)?(?:Modell|Modelle|Modells|Modellen)"
               r"|Sprachmodell(?:e|en|s)?"
               r"|KI-Sprachmodell(?:e|en|s)?|model|models|LLM)",
    "Product": r"(?:App|Apps|Chatbot|Chatbots|app|chatbot|Assistent|assistant)",
    # German nouns join "-System" as often as names do ("Kamera-System"): only a
    # name-shaped first part counts ("DGX SuperPOD-System", "MBUX-System")
    "Product ": r"(?:System|Systeme|Systems|Plattform|Cluster|Server|Chip|Chips|Prozessor)",
}


@cache
def _compound_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The compound of a name and its kind, and its key for finditer_keyed (the hyphen and
    the kind: a line without one holds no such compound, and the name's words are joined
    by spaces and tabs only)."""
    cues = "|".join(f"(?P<k{i}>{cue})" for i, cue in enumerate(_COMPOUND_CUES.values()))
    return (re.compile(rf"(?<![\w-])[\"„“”']?(?P<name>{CAP_TOKEN}(?:[ \t]+{CAP_TOKEN}){{0,2}})"
                       rf"[\"“”']?-(?:{cues})(?![\w])"),
            re.compile("-(?:" + "|".join(_COMPOUND_CUES.values()) + ")"))


_KIND_OF_MODEL = frozenset(read_words(data_dir("patterns") / "model_kind_words.txt"))
"""Words that make a kind of model, not a name: "ein sogenanntes Foundation-Modell"."""


def _compound_cue_mentions(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    """A name joined to its kind: '"Bai Ling"-Sprachmodelle', 'Lumora-App', 'Falcon-Modell'."""
    out = []
    kinds = list(_COMPOUND_CUES)

    def maker_compound(word: str) -> Known | None:
        """"Aleph-Alpha-Modell": a known company joined to a word for its model."""
        m = _MAKER_COMPOUND.fullmatch(word)
        known = m and (catalogue.lookup(m.group(1))
                       or catalogue.lookup(m.group(1).replace("-", " ")))
        return known if known and known.type == "Organization" else None

    for m in finditer_keyed(*_compound_pattern(), text):  # one pass for every kind of cue
        kind = next(kinds[int(g[1:])] for g, v in m.groupdict().items() if g[0] == "k" and v)
        name, start = m.group("name"), m.start("name")
        if kind.endswith(" ") or not catalogue.lookup(name):
            # "Das DGX SuperPOD-System": the name starts after "Das"; "Alibaba Meta's
            # Llama-Modelle": after the companies
            # "das Sprachmodell Pharia-1-LLM": after the kind noun that introduces it
            # ("Nvidias DGX-B200-Systeme": Nvidia's)
            while " " in name and (name.split()[0] in lex.not_names
                                   or _owner(name.split()[0], catalogue, genitive=False)
                                   or maker_compound(name.split()[0])
                                   or _a_cue(name.split()[0], lex)):
                first = name.split()[0]
                if (maker := maker_compound(first)) is not None:
                    # "das Aleph-Alpha-Modell Pharia-1-LLM": the maker, then the model
                    org = _MAKER_COMPOUND.fullmatch(first).group(1)  # type: ignore[union-attr]
                    out.append(Mention(start, start + len(org), org, "Organization",
                                       maker.name, "compound"))
                rest = name[len(first):].lstrip()
                start += len(name) - len(rest)
                name = rest
        parts = re.split(r"[\s-]+", name)
        if any(p in lex.not_names or p in _KIND_OF_MODEL for p in parts):
            continue
        known = catalogue.lookup(name) or ("-" in name and catalogue.lookup(name.replace("-", " "))
                                           or None)
        if not known and lex.lang == "de" and all(_kind_word(p) for p in parts):
            continue  # "die Wetter-App", "eine Bezahl-App": what the app is for, not its name
        if known and known.type not in ("AIModel", "Product"):
            if known.type == "Organization" and "-" in name and known.name != name:
                # "das Black-Forest-Labs-Modell": the maker, spelled with hyphens
                out.append(Mention(start, m.end("name"), name, "Organization", known.name,
                                   "compound"))
            continue  # "Google-Modell": the developer, not the model
        last = parts[-1]
        if kind.endswith(" ") and (len(last) < 2 or not re.search(r"[A-Z0-9]", last[1:])) \
                and not (known or _chip_name(name, m.group(0), lex)):
            continue  # "Kamera-System", "T-Systems": no name before the kind
        out.append(Mention(start, m.end("name"), name, known.type if known else kind.strip(),
                           known.name if known else name, "compound"))
    return out


_CHIP_KIND = re.compile(r"-(?:Chip|Chips|Prozessor|Prozessoren|Beschleuniger)\W*$")


def _chip_name(name: str, compound: str, lex: Lexicon) -> bool:
    """German "dessen Metis-Chip": one word that is no German or English kind word, place or
    first name, joined to "-Chip", names the chip ("Kamera-Chip", "Edge-Chip" do not)."""
    return lex.lang == "de" and " " not in name and "-" not in name \
        and bool(_CHIP_KIND.search(compound)) and len(name) >= 3 \
        and name not in GENERIC_TECH and name not in _ENGLISH_NAME_WORDS \
        and name not in places() and name not in first_names() \
        and name.casefold() not in _CHIP_KINDS \
        and not _is_german_word(name) and not _kind_word(name)


_CHIP_KINDS = frozenset(w.casefold()
                        for w in read_words(data_dir("patterns") / "de" / "chip_kinds.txt"))
"""English words a German compound joins to "-Chip" for what the chip is for
(patterns/de/chip_kinds.txt)."""


def _a_cue(word: str, lex: Lexicon) -> bool:
    """Is the word a noun of patterns/<lang>/cues.tsv ("Sprachmodell", "Softwarekonzern"),
    which introduces a name and is no part of it?"""
    return any(word == cue if match == "word" else word.endswith(cue)
               for cue, _, match in lex.cues)


def _kind_word(part: str) -> bool:
    """Is a part of "Wetter-App", "Bezahl-App", "Lern-App" an ordinary word or a verb's
    stem (a listed form as written, or with a verb's ending)? Such a compound says what
    the app is for; "Flinka-App" names one."""
    return _listed_word(part) or _listed_word(part + "en") or _listed_word(part + "n")


_MAKER_COMPOUND = re.compile(rf"(.+?)-{MAKER_COMPOUND_HEAD}")
"""A maker joined to the word for its model or product ("Aleph-Alpha-Modell")."""


def _abbreviates(abbr: str, phrase: str) -> bool:
    """Are the abbreviation's letters, in order, initials of the phrase's words?"""
    initials = "".join(w[0] for w in re.findall(r"[\w]+", phrase)).lower()
    letters = re.sub(r"[^A-Za-z]", "", abbr).lower()
    if len(letters) < 2:
        return False
    pos = 0
    for ch in letters:
        pos = initials.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Tarn Institute for Soil Science (TISS)': the long form defines the short one.

    The abbreviation (its letters are the long form's initials, as in Schwartz & Hearst's
    rule) becomes an organisation with the long form's key, and an untyped long form
    becomes an organisation too; every later use of the abbreviation resolves to it.
    A product's or model's abbreviation may keep its number ("Harrow Knights III (HK3)")
    and names that product or model.
    """
    by_start = {m.start: m for m in mentions}
    out = list(mentions)
    defined: dict[str, Mention] = {}
    for m in re.finditer(r"\(([A-ZÄÖÜ][A-Za-z&0-9]{1,7})\)", text):
        abbr = m.group(1)
        before = [x for x in mentions if x.end <= m.start() and m.start() - x.end <= 2]
        if not before:
            continue
        long_form = before[-1]
        if long_form.type in ("Product", "AIModel"):
            if _abbreviates(abbr, long_form.text) and abbr != long_form.key:
                defined[abbr] = long_form
                _product_abbreviation(out, by_start, m.start(1), m.end(1), abbr, long_form)
            continue
        if long_form.type not in ("Organization", "Name") or re.search(r"\d", abbr):
            continue
        if not _abbreviates(abbr, text[max(0, long_form.start - 6):long_form.end]):
            continue
        if long_form.type == "Name":
            typed = Mention(long_form.start, long_form.end, long_form.text, "Organization",
                            long_form.key, "abbreviation")
            out[out.index(long_form)] = typed
            long_form = typed
        defined[abbr] = long_form
        if m.start(1) not in by_start:
            out.append(Mention(m.start(1), m.end(1), abbr, "Organization", long_form.key,
                               "abbreviation"))
    for abbr, long_form in defined.items():
        if long_form.type in ("Product", "AIModel"):
            # "its best-selling game" read back to "HK3" before the abbreviation was known
            out = [replace(x, key=long_form.key) if x.key == abbr and x.type == long_form.type
                   else x for x in out]
            by_start = {x.start: x for x in out}
        for start, end in find_word(text, abbr):
            if long_form.type in ("Product", "AIModel"):
                _product_abbreviation(out, by_start, start, end, abbr, long_form)
            elif start not in by_start and all(x.end <= start or x.start >= end for x in out):
                out.append(Mention(start, end, abbr, "Organization", long_form.key,
                                   "abbreviation"))
            elif start in by_start and by_start[start].type == "Name":
                name = by_start[start]
                i = out.index(name)
                if name.end > end and name.text[len(abbr):len(abbr) + 1] == " ":
                    # "TISS Credit Union": a company named after the defined one, not it
                    out[i] = Mention(start, name.end, name.text, "Organization", name.key,
                                     "abbreviation")
                else:
                    out[i] = Mention(start, end, abbr, "Organization", long_form.key,
                                     "abbreviation")
    return sorted(out, key=lambda x: x.start)


def _product_abbreviation(out: list[Mention], by_start: dict[int, Mention], start: int,
                          end: int, abbr: str, long_form: Mention) -> None:
    """The abbreviation at start..end names the long form's product or model: a mention of
    it read on its own ("US3" as a name) takes the long form's key, and one is added where
    none was read."""
    here = by_start.get(start)
    if here is None:
        if all(x.end <= start or x.start >= end for x in out):
            out.append(Mention(start, end, abbr, long_form.type, long_form.key, "abbreviation",
                               long_form.family))
    elif here.end == end and here.key == abbr and here in out:
        out[out.index(here)] = Mention(start, end, abbr, long_form.type, long_form.key,
                                       "abbreviation", long_form.family)


_TICKER = re.compile(LISTING)
"""The exchange and the ticker in a listing are no companies of their own that a pattern
could take for a buyer or seller."""


def _without_tickers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less the exchange and ticker inside a listing parenthesis (_TICKER)."""
    spans = [(m.start(), m.end()) for m in _TICKER.finditer(text)] if "(" in text else []
    if not spans:
        return mentions
    return [m for m in mentions if not any(a < m.start < b for a, b in spans)]


_COLON_TITLE = re.compile(
    r"[\"“]?(?P<title>[A-Z0-9][\w'’&!.-]*(?:[ \t]+[A-Z0-9][\w'’&!.-]*){0,4}:"
    r"[ \t]+[A-Z0-9][\w'’&!-]*"
    r"(?:[ \t]+(?:(?:of|the|for|and|a|an|in|on|at|to|from|with|vs\.?|&)[ \t]+)*"
    r"[A-Z0-9][\w'’&!-]*){0,6})[\"”]?")
_TITLE_NEXT = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,\s+(?:[^,\n]{0,40},\s+)?)?"
                         r"(?:is|was)\s+(?:an?|the)\s")


_JOINED_TITLE = re.compile(
    r"[\"“]?(?P<title>[A-Z0-9][\w'’&!.-]*(?:[ \t]+(?:(?:of|the|for|and|a|an|in|on|at|to|from"
    r"|with|vs\.?|&)[ \t]+)*[A-Z0-9][\w'’&!-]*){1,7})[\"”]?")
_TITLE_JOINER = re.compile(r"[ \t](?:and|a|an|in|on|at|to|from|with|vs\.?)[ \t]")
"""A word inside a title that a name run does not take ("Harrow Knights and Dragons 2",
"Rocket & Knight at the Winter Cup"); "of", "the", "for" and "&" it takes."""
_TITLE_NOUN_BEFORE = compile_scan(
    r"\b(?:sequel|prequel|remake|spin-off|follow-up|successor|installment|instalment),[ \t]+")
_COMMA_NEXT = re.compile(r"\s*,")


_HEADLINE_LABELS = frozenset(read_words(data_dir("patterns") / "en" / "headline_labels.txt"))


def _colon_titles(text: str, sentences: Sequence[tuple[int, int]],
                  mentions: list[Mention]) -> list[Mention]:
    """English: a title with a subtitle that opens a sentence describing it is one name
    ("Tarn Valley: Return of the Iron Fleet is a shooter video game", "Roadster: Kart Cup,
    sold in Europe as Roadster, is a racing game"), not a name, a colon and another name.
    A title joined by "and", "at", "in" ... is one name the same way, and after "a sequel,"
    ("A prequel, Harrow Knights and Dragons 2, is in development").
    """
    out = list(mentions)
    found = []
    for start, _ in sentences:
        m = _COLON_TITLE.match(text, start)
        if not m:
            m = _JOINED_TITLE.match(text, start)
            if not m or not _TITLE_JOINER.search(m.group("title")):
                continue
        if not _TITLE_NEXT.match(text, m.end()):
            continue
        said = text[m.end():m.end() + 200].split(".")[0]
        if m.group("title").split(":")[0] in _HEADLINE_LABELS or not re.search(
                r"(?i)\b(?:game|software|application|app|program|film|series|album|novel|book"
                r"|platform|framework|tool|expansion)\b", said):
            continue  # "Update: Vantor Cloud is a platform ...": a label, then the sentence
        found.append(m)
    for noun in _TITLE_NOUN_BEFORE.finditer(text):
        m = _JOINED_TITLE.match(text, noun.end())
        if m and _TITLE_JOINER.search(m.group("title")) and _COMMA_NEXT.match(text, m.end()):
            found.append(m)
    for m in found:
        a, b = m.start("title"), m.end("title")
        inside = [x for x in out if a <= x.start < b]
        if any(x.type not in ("Name", "Product", "AIModel") for x in inside):
            continue  # a company's or person's name before the colon: "Dana Reyes: My Life"
        title = text[a:b]
        out = [x for x in out if not a <= x.start < b]
        out.append(Mention(a, b, title, "Product", title, "described"))
    return sorted(out, key=lambda x: x.start)


@cache
def _folded_roles(lex: Lexicon) -> frozenset[str]:
    return frozenset(r.replace("-", "").casefold() for r in lex.roles)


_NO_COMPANY_CHIEF = frozenset(read_words(data_dir("patterns") / "de" / "no_company_chiefs.txt"))
"""Bodies whose chief heads no company: "Betriebsratschef", "Gewerkschaftschef"."""


def _role_compound_mentions(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    """German 'Zentralbankchef', 'Bahn-Chef', 'Opel-Vorstandschef': the first part is a company."""
    _, cue_types, _ = cue_pattern(lex)
    roles = longest_first(r for r, ceo in lex.roles.items() if ceo)
    out = []
    for m in re.finditer(rf"(?<![\w-])(?P<org>[{UPPER}][\w]+?|[{UPPER}][\w&.]*)(?:-(?:{roles})|"
                         rf"(?:chef|chefin))(?![\w])", text):
        org = m.group("org")
        if len(org) < 2 or org in lex.not_names or org in places() or org in lex.roles \
                or catalogue.lookup(m.group(0).replace("-", " ")):
            continue  # "Hugo-Boss-Chef": a company whose name ends in a title word
        compound = m.group(0).replace("-", "").casefold()
        if compound in _folded_roles(lex) or compound.removesuffix("in") in _folded_roles(lex):
            continue  # "Vorstandschef", "Sparten-Chef": a title listed in roles.tsv
        generic = {c.lower() for c, _, _ in lex.cues} | {"vize", "ko", "co", "ex", "küchen", "chef",
                                                          "stations", "team"} | _NO_COMPANY_CHIEF
        if org.lower() in generic:
            continue  # "Konzernchef", "Vize-Chef", "Betriebsratschef": a role, not a company
        found = _compound_org(m, catalogue)
        if found is not None:
            out.append(found)
    return out


def _compound_org(m: re.Match[str], catalogue: Catalogue) -> Mention | None:
    """The company named by the ``org`` part of a compound ("KVX-Aktie"), under its
    catalogue name if known (also by a noun of article_names.tsv: "Bahn-Chef"); None when
    the catalogue knows it as something else."""
    org = m.group("org")
    known = catalogue.lookup(org) or ("-" in org and catalogue.lookup(org.replace("-", " "))
                                      or None)
    if known is None and org in _article_names_table():  # "Bahn-Chefin": of the Deutsche Bahn
        known = catalogue.lookup(_article_names_table()[org])
    if known and known.type != "Organization":
        return None
    return Mention(m.start("org"), m.end("org"), org, "Organization",
                   known.name if known else org, "compound")


@cache
def _company_heads() -> tuple[dict[str, str], ...]:
    """German nouns only a company has after a hyphen, with the finders that read each
    (patterns/de/company_compound_heads.tsv)."""
    return tuple(read_table(data_dir("patterns") / "de" / "company_compound_heads.tsv"))


def _heads(column: str, forms: bool = False) -> list[str]:
    """The words of company_compound_heads.tsv marked in column, and their other forms."""
    rows = [r for r in _company_heads() if r[column] == "yes"]
    return [r["word"] for r in rows] + ([f for r in rows for f in r["forms"].split()]
                                        if forms else [])


@cache
def _org_compound_word() -> re.Pattern[str]:
    """A name joined to a noun only a company has (column compound): a name-shaped first
    part, or a plain capitalised word ("Kolbwerk-Aktie"), which counts only when it is no
    German word ("Bahn-Tochter", "Werks-Zentrale" are no company)."""
    return re.compile(
        rf"(?<![\w-])(?P<org>[{UPPER}][{LOWER}]{{2,}}(?=-)|"
        r"[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)+(?=-)|[A-ZÄÖÜ]{2,8}|[A-ZÄÖÜ][a-zäöü]+[A-Z][\w]*"
        r"|[A-Z][A-Za-z]*\d[\w]*)-"
        "(?:" + "|".join(map(re.escape, _heads("compound"))) + ")"
        r"(?:s|n|en)?(?![\w-])")


@cache
def _one_group() -> re.Pattern[str]:
    """A head that makes a plain word before it one group after an article ("der
    Kolbwerk-Konzern"; column one_group)."""
    return re.compile("-(?:" + "|".join(_heads("one_group", forms=True)) + r")(?![\w-])")


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd](?:er|es|em|en|ie)|[Zz]u[mr]|[Vv]om|[Bb]eim)"
                             r"[ \t]+$")
"""An article before "X-Konzern", also one merged with its preposition ("zum X-Konzern")."""
_TOWN_WORD_BEFORE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+er)[ \t]+$")


def _article_before(text: str, start: int) -> bool:
    """An article before the compound at start, or before a town's adjective there ("der
    Bremer Kolbwerk-Gruppe", "beim Münchner Falke-Konzern")."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
        return True
    town = _TOWN_WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(town and _town_adjective(town.group(1))
                and _ARTICLE_BEFORE.search(text, max(0, town.start() - 5), town.start()))


def _org_compound_mentions(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    """German 'TVB-Sprecherin', 'KVX-Aktie', 'NordKap-Mitarbeiter', 'Kolbwerk-Konzern': a
    name-shaped first part (an acronym, inner capitals or digits, or a word that is no
    German word) before a word only a company has is a company."""
    from .wordlist import is_german_word

    out = []
    for m in _org_compound_word().finditer(text):
        org = m.group("org")
        if org in lex.not_names or org in places() or org in lex.roles \
                or _known_surname(org, catalogue):
            continue  # ... or "der Musk-Konzern": a person's (_owner_surnames)
        if "-" in org and not (catalogue.lookup(org) or catalogue.lookup(org.replace("-", " "))):
            continue  # "Aleph-Alpha-Gründer" is known; an unknown hyphenated run may be a place
        if re.fullmatch(rf"[{UPPER}][{LOWER}]+", org) and (
                is_german_word(org) or org in first_names()
                or not (_one_group().match(text, m.end("org")) and _article_before(text, m.start())
                        or re.search(rf"(?<![\w-]){org}(?![\w-])", text))):
            # a plain word counts only when the article names it on its own too, or as one
            # group ("der Kolbwerk-Konzern"): "Tech-Konzerne", "Pharma-Aktien" are kinds of
            # companies, not one
            continue
        found = _compound_org(m, catalogue)
        if found is not None:
            out.append(found)
    if any(f"-{head}" in text for head in _group_heads()):
        taken = {m.start for m in out}
        out += [m for m in _word_group_mentions(text, catalogue, lex) if m.start not in taken]
        out.sort(key=lambda m: m.start)
    return out


@cache
def _group_heads() -> tuple[str, ...]:
    """A group's head nouns (column group): "-Gruppe", "-Holding"."""
    return tuple(_heads("group"))


@cache
def _word_group() -> re.Pattern[str]:
    """A plain capitalised word joined to a group's head noun ("Falke-Gruppe")."""
    return re.compile(rf"(?<![\w-])(?P<org>[{UPPER}][{LOWER}]{{2,}})-(?P<head>"
                      + "|".join(_heads("group", forms=True)) + r")(?![\w-])")


@cache
def _personal_head() -> re.Pattern[str]:
    """A noun after a hyphen that only one company has, in the singular (not "-Aktien",
    "-Konzern": "Kupfer-Aktien" are shares of any copper miner): it names the word before a
    company again."""
    return re.compile(rf"-(?:{'|'.join(_heads('one_company'))})(?![\w-])")


@cache
def _company_head_after() -> re.Pattern[str]:
    """Every compound that names that company once it is known to be one."""
    return re.compile(
        "-(?:" + "|".join(_heads("one_company", forms=True) + _heads("group", forms=True))
        + r")(?![\w-])")


def _word_group_mentions(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    """'die Kranich-Holding', 'bei der Merkur-Bank'; 'die Falke-Gruppe' when the article names
    Falke so a second time ("Falke-Chef", "die Firma Falke"): an ordinary German word joined
    to a group's head noun after a definite article names a company. Alone, "der
    Kupfer-Konzern", "die Corona-Gruppe" are kinds as often, and a list of sectors would never
    be complete. Not when the two make a common compound ("Risiko-Gruppe" is "Risikogruppe"),
    with a linking s ("Arbeits-Gruppe") or a first part of kind_prefixes.txt. The company is
    the first part, as for "Kolbwerk-Gruppe" (resolution joins it with "die Falke Gruppe");
    its other compounds ("Falke-Chef") name it too."""
    from .wordlist import german_words, is_german_word

    out = []
    done: set[str] = set()
    head_after, personal_head = _company_head_after(), _personal_head()
    for m in _word_group().finditer(text):
        org, head = m.group("org"), m.group("head")
        if org in done or not _article_before(text, m.start()):
            continue  # "eine Adler-Gruppe", "Falke-Gruppe und Co.": no one group
        if head != "Holding" and not is_german_word(org):
            continue  # _org_compound_word decides for a word that is no German word
        if org in lex.not_names or org in places() or org in lex.roles \
                or org in _kind_prefixes():
            continue
        words, first, tail = german_words(), org.casefold(), head.casefold().rstrip("s")
        if any(first + link + stem in words for link in ("", "s", "es", "n", "en", "e", "er")
               for stem in (tail, tail.removesuffix("e"))):
            continue  # "Pharma-Konzern", "Ziel-Gruppe", "Förder-Bank": a kind, spelt apart
        if first.endswith("s") and is_german_word(org[:-1]):
            continue  # "Beteiligungs-Holding", "Versicherungs-Gruppe": a linking s
        again = [o for o in re.finditer(rf"(?<![\w-])(?P<org>{re.escape(org)})(?=-)", text)
                 if head_after.match(text, o.end())]
        if head not in ("Holding", "Bank") and not (
                any(personal_head.match(text, o.end()) for o in again)
                or re.search(rf"(?:[Ff]irma|[Uu]nternehmen|[Kk]onzern|[Hh]ersteller)[ \t]+"
                             rf"{re.escape(org)}(?![\w-])", text)):
            continue  # named once, by one compound
        done.add(org)
        for o in again:
            found = _compound_org(o, catalogue)
            if found is not None:
                out.append(found)
    return out


@cache
def _kind_prefixes() -> frozenset[str]:
    """First parts that make "X-Holding", "X-Gruppe" a kind of group, which the word list lacks
    as closed compounds ("Corona-Gruppe", "Online-Bank"): patterns/de/kind_prefixes.txt."""
    return frozenset(read_words(data_dir("patterns") / "de" / "kind_prefixes.txt"))


_PRODUCT_HEADS = words_regex("en/product_heads.tsv", "in_german")
"""English words that end a product name; in German text such a run of capitalised English
words is a name ("der Automotive AI Agent", "den BMW Intelligent Personal Assistant";
patterns/en/product_heads.tsv, column in_german)."""
_PRODUCT_HEAD = re.compile(rf"[ \t](?:{_PRODUCT_HEADS})(?![\w-])")
_ENGLISH_PRODUCT = re.compile(rf"(?<![\w-])((?:{CAP_TOKEN}[ \t]+){{1,3}}"
                              rf"(?:{_PRODUCT_HEADS}))(?![\w-])")


def _english_product_names(text: str, catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    """German text: a run of capitalised words ending in an English product word is a
    product; a catalogue company at its start is its maker."""
    out: list[Mention] = []
    if not _PRODUCT_HEAD.search(text):
        return out  # no head word: the scan of every capitalised word (2% of German) is spared
    for m in _ENGLISH_PRODUCT.finditer(text):
        words = m.group(1).split()
        start = m.start(1)
        owners = [i for i, w in enumerate(words[:-1]) if re.search(r"(?:s|'s|’s)$", w)
                  and (k := catalogue.lookup(re.sub(r"(?:'s|’s|s)$", "", w)))
                  and k.type == "Organization"]
        if owners:  # "Microsofts Copilot": the owner is not part of the name
            start = text.index(words[owners[-1] + 1], start)
            words = words[owners[-1] + 1:]
        makers = [i for i, w in enumerate(words[:-1]) if (k := catalogue.lookup(w))
                  and k.type == "Organization"]
        drop = makers[0] if makers else 0  # "seit dem Frühjahr DeepL Voice": from the maker on
        while not makers and drop < len(words) - 1 and (words[drop] in lex.not_names or (
                words[drop] not in _ENGLISH_NAME_WORDS and (
                    _GERMAN_NOUN.search(words[drop]) or re.search("[äöüß]", words[drop])))):
            drop += 1
        for w in words[:drop]:
            start = text.index(w, start) + len(w)
        words = words[drop:]
        start = text.index(words[0], start)
        if len(words) < 2 and not owners:
            continue
        surface = text[start:m.end(1)]
        known = catalogue.lookup(surface)
        if known:
            continue  # the catalogue finder has it
        maker = catalogue.lookup(words[0])
        maker_name = maker.name if maker and maker.type == "Organization" else None
        out.append(Mention(start, m.end(1), surface, "Product", surface, "brand",
                           maker=maker_name))
    return out


_MODEL_NUMBER = compile_scan(
    rf"(?<![\w.-])(?P<name>[{UPPER}][{LOWER}]+(?:[A-Z][{LOWER}]+)?)(?:[ \t]+|-)"
    r"(?P<model>(?:[A-Z][ \t]+)?(?P<code>[A-Z][A-Za-z]{0,5}\d{1,4}[a-z]?)"
    r"|(?P<number>[1-9]\d?))"
    rf"(?P<tier>(?:[ \t]+(?:{_model_suffixes('chained')}))*)(?![\w'’]|[.,]\d)")
"""A device or software name with a model number in German text: a capitalised word, then a
code of letters and digits ("Galaxy S25", "Galaxy Z Fold7", "Galaxy-S25-Reihe") or a number
("Esitronic 3"), then any tier words ("Pixel 9 Pro")."""
_UNIT_AFTER = re.compile(r"[ \t]*(?:%|Prozent|Mio|Mrd|Million|Milliard|Euro|Dollar|Cent|Uhr"
                         r"|Jahr|Monat|Woche|Tag|Stunde|Minute|Sekunde|Punkt|Mal\b|Grad)")


def _numbered_products(text: str, typed: list[Mention], catalogue: Catalogue,
                       lex: Lexicon) -> list[Mention]:
    """German text: "Galaxy S25", "Pixel 9 Pro", "Esitronic 3" are products. A German word
    (the list has loan words: "Pixel", "Magic") names one only with a tier word after the
    number (not "Autobahn A9", "Stufe 2", "Paragraf 5"); a bare number is no amount ("Xelo
    5 Prozent"). A company, person, place or first name before the number
    is left to the other finders ("Renault 5", "Nvidias H200", "Hannover 96")."""
    out: list[Mention] = []
    people = {m.start for m in typed if m.type == "Person"}
    for m in _MODEL_NUMBER.finditer(text):
        name = m.group("name")
        if name in lex.not_names or name in places() or name in first_names() \
                or name in lex.roles or m.start() in people:
            continue
        known = catalogue.lookup(name) or catalogue.lookup(re.sub(r"s$", "", name))
        if known is not None and known.type in ("Organization", "Person"):
            continue  # "Renault 5", "Nvidias H200": the maker's, left to the other finders
        if not m.group("tier") and (_is_german_word(name) or (
                m.group("number") and _UNIT_AFTER.match(text, m.end("model")))):
            continue
        end = m.end("tier") if m.group("tier") else m.end("model")
        surface = text[m.start():end]
        if catalogue.lookup(surface):
            continue  # the catalogue finder has it
        out.append(Mention(m.start(), end, surface, "Product", surface, "described"))
    return out


_ENGLISH_NAME_WORDS = frozenset(read_words(data_dir("patterns") / "de" / "english_name_words.txt"))
"""English words a German noun test would take for German nouns ("Personal", "Industrial")."""


def _acronym_mentions(text: str, typed: list[Mention], catalogue: Catalogue,
                      lex: Lexicon) -> list[Mention]:
    """German text capitalises every noun, so only name-shaped words become untyped names:
    acronyms (ZF, TRW), inner capitals (StarCapital) or digits (O2)."""
    out = []
    taken = [(m.start, m.end) for m in typed]
    shaped = r"(?:[A-ZÄÖÜ]{2,8}|[A-ZÄÖÜ][a-zäöü]+[A-Z][\w]*|[A-Z][\w]*\d[\w]*)"
    for m in re.finditer(rf"(?<![\w-]){shaped}(?![\w-])",
                         text):
        word = m.group(0)
        if word in lex.not_names or word in places() or word in lex.roles:
            continue
        if len(word) >= 4 and word.isupper() and _is_german_word(word.capitalize()):
            continue  # "die BAHN", "STREIK": a plain word set in capitals, no acronym
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        out.append(Mention(m.start(), m.end(), word, "Name", word, "name"))
    return out


_AMPERSAND_NAME = re.compile(rf"(?<![\w&+.-])([{UPPER}][\w'’-]+)([ \t]*[&+][ \t]*)([{UPPER}][\w-]+)"
                             rf"(?:[ \t]+(?:Co|Cie)\.)?(?![\w&+-])")
_AMPERSAND = re.compile(r"[&+]")
_FIRM_PARTNERS = frozenset("Partner Partners Söhne Sohn Töchter Co Cie Company Kollegen".split())


def _ampersand_names(text: str, typed: list[Mention], catalogue: Catalogue,
                     lex: Lexicon) -> list[Mention]:
    """German: two capitalised words joined by "&" or "+" are a firm ("Blohm & Voss",
    "Quendt & Partner", "Quendt+Holler") unless both are ordinary German words ("Forschung &
    Entwicklung"); a catalogue name on either side is a list of two ("Siemens & Bosch")."""
    from .wordlist import is_german_word

    out = []
    for join in _AMPERSAND.finditer(text):  # the literal first: most text has no "&" or "+"
        m = _AMPERSAND_NAME.search(text, max(0, join.start() - 40), join.end() + 40)
        if not m or not m.start(2) <= join.start() < m.end(2) or (out and m.start() < out[-1].end):
            continue
        first, second = m.group(1), m.group(3)
        if any(_never_a_name(w, catalogue, lex) for w in (first, second)):
            continue
        if second not in _FIRM_PARTNERS and is_german_word(first) and is_german_word(second):
            continue
        if any(t.start < m.end() and m.start() < t.end and t.type != "Name"
               and t.source != "surname" for t in typed):
            continue  # a person's surname alone ("Quendt" of "Jakob Quendt") is part of it
        out.append(Mention(m.start(), m.end(), m.group(0), "Organization", m.group(0), "cue"))
    return out


@cache
def _catalogue_surnames(catalogue: Catalogue) -> frozenset[str]:
    """Last names of the catalogue's people: alone in a German text they are that person
    far more often than an unknown company."""
    return frozenset(k.name.split()[-1] for k in catalogue.entries.values()
                     if k.type == "Person" and " " in k.name)


@cache
def _unique_surnames(catalogue: Catalogue) -> dict[str, str]:
    """Surname -> the catalogue person of that surname, for surnames only one person has
    and that are no catalogue name, first name or place ("Musk" -> "Elon Musk"; "Zuckerberg"
    too, a compound of German words but none itself)."""
    people: dict[str, list[str]] = {}
    for k in catalogue.entries.values():
        if k.type == "Person" and " " in k.name:
            people.setdefault(k.name.split()[-1], []).append(k.name)
    return {last: names[0] for last, names in people.items()
            if len(names) == 1 and len(last) > 2 and not catalogue.lookup(last)
            and last not in first_names() and last not in places()}


def _known_surname(word: str, catalogue: Catalogue) -> str | None:
    """The catalogue person a surname alone names (_unique_surnames), unless it is an
    ordinary German word ("Schwarz", "Holz": "der Holz-Konzern" is any timber group)."""
    from .wordlist import is_compound_only, is_german_word

    person = _unique_surnames(catalogue).get(word)
    if person is None or (is_german_word(word) and not is_compound_only(word)):
        return None
    return person


@cache
def _owner_compound(lang: str) -> re.Pattern[str]:
    """A capitalised word joined by a hyphen to a word of patterns/person_compounds.tsv."""
    words = [r["word"] for r in read_table(data_dir("patterns") / "person_compounds.tsv")
             if r["lang"] == lang]
    return re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)-(?:{longest_first(words)})"
                      r"(?:s|n|en)?(?![\w-])")


def _owner_surnames(text: str, catalogue: Catalogue, lang: str) -> list[Mention]:
    """A well-known person named by surname alone in a compound of ownership or lead: 'die
    Musk-Firma xAI', 'der Zuckerberg-Konzern', 'the Musk-owned platform' (the full name need
    not come first, as _surname_mentions needs)."""
    out = []
    for m in _owner_compound(lang).finditer(text):
        person = _known_surname(m.group(1), catalogue)
        if person is None:
            continue
        out.append(Mention(m.start(1), m.end(1), m.group(1), "Person", person, "surname"))
    return out


_PLAIN_WORD = compile_scan(rf"(?<![\w&.-])(?:[{UPPER}][{LOWER}]{{2,}}"
                           # camel case is no German word: "NVentures", "HubSpot", "KfW"
                           rf"|[{UPPER}]+[{LOWER}]+[{UPPER}][{UPPER}{LOWER}]*"
                           rf"|[{UPPER}]{{2}}[{LOWER}]{{3,}})(?![\w&-]|\.\w)")


_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?|[Kk]eine?[mnrs]?|[Ss]eine?[mnrs]?"
    r"|[Ii]hre?[mnrs]?|[Uu]nsere?[mnrs]?|[Dd]iese?[mnrs]?|[Jj]ede?[mnrs]?|[Ww]elche?[mnrs]?"
    r"|[Ii]m|[Aa]m|[Zz]um|[Zz]ur|[Vv]om|[Bb]eim|[Ii]ns|[Aa]ns)[ \t]+(?:[a-zäöüß]+[ \t]+)?$")
"""An article or determiner, perhaps with an adjective after it: "das Stahlwerk", "im neuen
Stahlwerk"."""
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])([a-zäöüß]+)[ \t]+$")
_COMPOUND_NOUN_END = re.compile(rf"(?:{_NOUN_ENDINGS}|e|en|er|ern|in|innen|s|platz|straße"
                                r"|allee|gasse|ufer|damm)$")


_TAKEOVER_VERBS = frozenset(read_words(data_dir("patterns") / "de" / "takeover_verbs.txt"))
_GOODS_END = re.compile(r"(?:technik|struktur|material|stoff|strom|gas|öl|holz|stahl|kapital|geld"
                        r"|wissen|gut|land|park|netz|feld|areal|zentrum|lager|portfolio|paket"
                        r"|geschäft|grundstück|hof|turm|zeug)$")
_PARTICLE_AFTER = re.compile(r"[ \t]+(?:zu|ein|hinzu|auf)\b")


def _bare_compound(text: str, start: int, word: str) -> bool:
    """German: an unlisted compound of two words ("Harnwerk", wordlist.is_compound_only)
    opening a sentence or a clause, after "und", or as what a takeover verb takes ("übernimmt
    Harnwerk"), with no article or determiner before it, is used as a name: a singular noun
    takes an article ("das Stahlwerk"). After another verb or a preposition a bare compound
    is mostly a mass noun ("in Ladeinfrastruktur"), as are goods, sites and stakes bought
    ("kauft Wasserstofftechnik zu", "übernimmt Solarpark"), and endings of plurals, agents and
    abstract nouns ("Zulieferer", "Kassenautomaten", "Konzernführung") stay words, as do a
    title before a name and a town's shape ("Marienberg")."""
    if _COMPOUND_NOUN_END.search(word) or DE_PLACE_END.search(word) \
            or re.match(rf"[ \t]+[{UPPER}]", text[start + len(word):start + len(word) + 2]):
        return False  # "Bestandsinvestor HV Capital": a title before a name
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1) in _TAKEOVER_VERBS:
        return not _GOODS_END.search(word.casefold()) \
            and not _PARTICLE_AFTER.match(text, start + len(word))
    if before and before.group(1) not in ("und", "sowie", "oder"):
        return False
    return not _DETERMINER_BEFORE.search(text, max(0, start - 40), start)


_DE_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|en|em|er|es)?|[Kk]ein\w*|[Ss]ein\w*"
    r"|[Ii]hr\w*|[Uu]nser\w*|[Dd]ies\w*|[Jj]ed\w*)[ \t]+$")


@cache
def _apposed_product_pattern() -> re.Pattern[str]:
    """A name, a comma and an apposition with a product's or model's noun as its head:
    "Schadenblick, das Konkurrenzprodukt des ...", "„Wendt Wissen“, den internen
    KI-Assistenten der ...", "Kira ein, einen Schadenassistenten des ..." (after a separable
    verb's particle), "BionicSoftHand, eine von Festo entwickelte pneumatische Roboterhand"."""
    word = rf"(?:[{UPPER}][\w]*(?:-[\w]+)*)"
    adjective = (rf"(?:(?!{_NOT_BEFORE_HEAD}[ \t])[{LOWER}][\w-]*[ \t]+"
                 rf"|(?:von|vom)[ \t]+[{UPPER}][\w-]*[ \t]+"
                 rf"[{LOWER}][\w-]*(?:te|ten|tes|ter)[ \t]+)")
    return re.compile(
        rf"(?<![\w-])(?:(?P<q>[„\"“»])(?P<quoted>{word}(?:[ \t]+{word}){{0,2}})[“\"”«]"
        rf"|(?P<name>{word}(?:[ \t]+{word}){{0,1}}))"
        rf"(?:[ \t]+(?:ein|an|aus|vor|auf|um|zu|fest|her))?,[ \t]+"
        rf"(?:der|die|das|dem|den|ein|eine|einen|einem|einer)[ \t]+"
        rf"{adjective}{{0,3}}(?P<head>[{UPPER}][\w-]*)"
        rf"(?=[ \t]*[,.;]|[ \t]+(?:des|der|von|vom|aus|für)\b)")


def _owner(word: str, catalogue: Catalogue, genitive: bool = True) -> bool:
    """Is the word a known company in the genitive ("Nvidias", "Apple's"), or (genitive
    False) also the company's name itself ("Nvidia DGX-B200-Systeme")?"""
    known = catalogue.lookup(re.sub(r"(?:'s|’s|s|')$", "", word))
    if not genitive:
        known = known or catalogue.lookup(word)
    return bool(known) and known.type == "Organization" and not (genitive and word == known.name)


def _apposed_products(text: str, typed: list[Mention], catalogue: Catalogue,
                      lex: Lexicon) -> list[Mention]:
    """German: a name the apposition after it calls a product or a model (its head noun a
    product cue of patterns/de/cues.tsv). The apposition says what the name is, so it may be
    an ordinary word or a first name ("Schadenblick", "Kira"), but not one after an article
    ("die Software, ein Werkzeug des ...": the noun itself), nor a known name."""
    _, cue_types, _ = cue_pattern(lex)
    out = []
    spans = [(m.start, m.end, m.type) for m in typed]
    for m in _apposed_product_pattern().finditer(text):
        kind = inflected_cue_type(m.group("head"), lex, cue_types)
        if kind not in ("Product", "AIModel"):
            continue
        group = "quoted" if m.group("quoted") else "name"
        name, start = m.group(group), m.start(group)
        if group == "name":
            words = name.split()
            while len(words) > 1 and (_is_german_word(words[0]) or words[0] in lex.not_names
                                      or _owner(words[0], catalogue)):
                start += len(words[0]) + 1
                words = words[1:]  # "Stattdessen Kira": the run starts after a plain word
            name = " ".join(words)
            if words[0] in lex.not_names or _a_cue(words[-1], lex) or name in GENERIC_TECH \
                    or name in places() or name in lex.roles \
                    or (_is_german_word(name) and _DE_DETERMINER_BEFORE.search(text, 0, start)):
                continue
        end = start + len(name)
        if any(s < end and start < e and t != "Name" for s, e, t in spans):
            continue  # a company or a model the finders know
        if catalogue.lookup(name):
            continue
        out.append(Mention(start, end, name, kind, name, "described"))
    return out


def _unknown_word_mentions(text: str, typed: list[Mention], catalogue: Catalogue,
                           lex: Lexicon) -> list[Mention]:
    """German: a capitalised word that is no German word (wordlist.is_german_word), no
    first name and no place is left as an untyped name ("Kolbwerk", "Axa"); a list with
    companies, a company compound or a relation slot may type it later. Ordinary nouns
    ("Gewinne", "Zulieferer") are German words and stay out."""
    from .wordlist import is_compound_only, is_german_word

    out = []
    taken = [(m.start, m.end) for m in typed]
    starts = [s for s, _ in taken]
    firsts = first_names()
    for m in _PLAIN_WORD.finditer(text):
        word = m.group(0)
        if word in lex.not_names or word in lex.roles or word in places() or word in firsts \
                or word in org_words() or (is_german_word(word) and not (
                    is_compound_only(word) and _bare_compound(text, m.start(), word))):
            continue
        i = bisect_right(starts, m.start()) - 1
        if (i >= 0 and taken[i][1] > m.start()) or (i + 1 < len(taken)
                                                     and taken[i + 1][0] < m.end()):
            continue
        if catalogue.lookup(word) or word in _catalogue_surnames(catalogue):
            continue  # "Musk kauft ...": the catalogue's person, named as papers do
        if word.endswith("er") and re.match(rf"[ \t]+[{UPPER}]", text[m.end():m.end() + 2]):
            continue  # "der Leverkusener Konzern": a town's adjective before its noun
        if out and text[out[-1].end:m.start()] == " ":
            # two such words in a row are one name ("Delivery Hero", "Kolbwerk Halberg")
            joined = text[out[-1].start:m.end()]
            out[-1] = Mention(out[-1].start, m.end(), joined, "Name", joined, "word")
            continue
        out.append(Mention(m.start(), m.end(), word, "Name", word, "word"))
    return out


_SPEAKER_NAME = (rf"[ \t]+([{UPPER}][{LOWER}]+)[ \t]+"
                 rf"([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])")
_SPEAKER = (re.compile(r"(?<![\w])(?:"
                       + trie_regex(sorted(words_for("speech_verbs.tsv", "speaker")))
                       + ")" + _SPEAKER_NAME),
            re.compile(r"[“”\"»«][ \t]*,[ \t]*so" + _SPEAKER_NAME))
"""Who is quoted: "..., sagte Zerdan Tavaki der Zeitung", "..., so Tavik Brennholt" (the verbs:
patterns/speech_verbs.tsv, column speaker)."""
_TIME_WORDS = frozenset(read_words(data_dir("patterns") / "de" / "time_words.txt"))


def _quoted_speakers(text: str, mentions: list[Mention], catalogue: Catalogue,
                     lex: Lexicon) -> list[Mention]:
    """German: two capitalised words after a verb of saying are the speaker's name even when
    the list of first names lacks the first ("sagte Zerdan Tavaki"); the first must be no German
    word, and the second no plain noun ("sagte Sony Reportern")."""
    from .wordlist import is_german_word

    out = []
    for m in (m for pattern in _SPEAKER for m in pattern.finditer(text)):
        first, last = m.group(1), m.group(2)
        if any(_never_a_name(w, catalogue, lex) for w in (first, last)) \
                or is_german_word(first) or _is_plain_noun(last):
            continue
        if is_german_word(last) and (last in _TIME_WORDS
                                     or re.match(rf"[ \t]*[{UPPER}\d]", text[m.end():m.end() + 2])):
            continue  # "sagte Quorix Anfang März", "sagte Quorix Montag"
        if any(t.start < m.end(2) and m.start(1) < t.end and t.type != "Name" for t in mentions):
            continue
        name = f"{first} {last}"
        out.append(Mention(m.start(1), m.end(2), name, "Person", name, "described"))
    return out


_OWN_NAME_END = re.compile(r"\s*(?:[;:)]|\.(?:\s|$)|$|,\s+(?:and|Inc|LLC|Ltd|Corp|the|a|an)\b)")
"""After a name ending in 's: the 's is part of the name ("Macy's, Inc.", "CEO of Calloway's."),
since a possessive is followed by what is owned."""


_FOR_HEADS = words_for("institutions.tsv", "for_goes_on")
"""Words a name goes on after with "for" ("Center for Tarn Studies"); after others, "for"
ends the name ("Corvex for Tarn phones")."""


def _name_mentions(text: str, sentences: Sequence[tuple[int, int]], typed: list[Mention],
                   catalogue: Catalogue, lex: Lexicon) -> list[Mention]:
    """Capitalised runs not yet typed (English): candidates for pattern-typed slots."""
    masked = list(text)
    for m in typed:
        masked[m.start:m.end] = "\x00" * (m.end - m.start)
    flat = "".join(masked)
    starts = {s for s, _ in sentences}
    joiners = {"of", "de", "la", "von", "van", "der", "&", "for", "the"}
    out = []
    joined = r"(?:(?:of|for|&)[ \t]+the|of|de|la|von|van|der|&|for|the)"
    # a middle initial joins a run: "Imran S. Qadir"
    initial = rf"[A-Z]\.[ \t]+(?=[{UPPER}][{LOWER}]+(?![\w.-]))"
    for m in re.finditer(rf"{CAP_TOKEN}(?:[ \t]+(?:{joined}[ \t]+|{initial})?{CAP_TOKEN})*", flat):
        words = m.group(0).split()
        pos = m.start()
        run: list[tuple[int, str]] = []
        for w in words:
            at = flat.index(w, pos)
            pos = at + len(w)
            run.append((at, w))
        # split the run at words that cannot be part of a name
        pieces: list[list[tuple[int, str]]] = [[]]
        for at, w in run:
            bare = w.rstrip(".")
            if text.startswith("$", at + len(w)):
                pieces.append([])  # "Quarry for US$75 million": a currency, not a name's end
                continue
            if w == "for" and pieces[-1] and pieces[-1][-1][1] not in _FOR_HEADS:
                pieces.append([])  # "by Corvex for Tarn phones": a maker, then what for
                continue
            if bare in lex.not_names or bare in lex.roles:
                if bare == "AI" and w == bare and pieces[-1] and pieces[-1][-1][1] not in joiners \
                        and not pieces[-1][-1][1].endswith(("'s", "’s", "'", "’")) \
                        and not (len(pieces[-1]) == 1 and _ADJECTIVE.search(pieces[-1][0][1])) \
                        and pieces[-1][-1][1] not in places():
                    pieces[-1].append((at, w))  # "Crestline AI", "Cortex AI": a name's last word
                    pieces.append([])
                elif bare == "AI" and w == bare:
                    pieces.append([(at, w)])  # "Sakana's AI Scientist": a name's first word
                else:
                    pieces.append([])
                continue
            pieces[-1].append((at, w))
        for piece in pieces:
            while piece and piece[0][1].endswith(_PLACE_ADJECTIVE):
                piece.pop(0)  # "Boston-based Lumora": the company is Lumora
            if len(piece) > 2 and piece[1][1] == "of" and piece[0][1] in _WORK_OF \
                    and piece[0][0] in starts:
                piece = piece[2:]  # "Development of Tarn Quest was ...": the work, then the name
            if len(piece) > 3 and piece[1][1] == "of" and piece[2][1] == "the" \
                    and (piece[0][1] in _ROLE_WORDS or piece[0][1] in lex.roles):
                piece = piece[3:]  # "Master of the Tarnby Mint": an office, then the body
            owner = next((i for i, (_, w) in enumerate(piece[:-1]) if w.endswith(("'s", "’s"))),
                         None)
            if owner is not None and all(w in places() for _, w in piece[owner + 1:]):
                piece = piece[:owner + 1]  # "Tarn Games' Leeds studio": the company, its town
            if [w for _, w in piece] == ["AI"]:
                continue
            while piece and piece[-1][1] in joiners:
                piece.pop()
            while piece and piece[0][1] in joiners:
                piece.pop(0)
            if not piece:
                continue
            start, end = piece[0][0], piece[-1][0] + len(piece[-1][1])
            if version := _VERSION_AFTER.match(text, end):
                end = version.end()  # "Flash v2.5"
            surface = text[start:end]
            if (surface.endswith("'s") or surface.endswith("’s")) \
                    and not _OWN_NAME_END.match(text, end):  # "CEO of Calloway's, and"
                surface, end = surface[:-2], end - 2
            if len(piece) == 1 and start in starts and (
                    surface.lower() in _COMMON_EN or surface in _WORK_OF
                    or _ADVERB_OR_PARTICIPLE.search(surface)):
                continue  # "Separately, ...", "Following ...": a sentence opener, not a name
            if surface.endswith(_COMPOUND_ADJECTIVE):
                continue  # "Oslo-based", "Lego-themed", "Japanese-language": an adjective
            if _DEFINED_TERM_BEFORE.search(text, max(0, start - 8), start) \
                    and _DEFINED_TERM_AFTER.match(text, end):
                continue  # 'Quarry Labs, Inc. (the "Company")': a filing's defined term
            if _TITLE_OPENING_BEFORE.search(text[max(0, start - 12):start]) \
                    and _TITLE_CLOSING_AFTER.match(text[end:end + 12]):
                continue  # "Chief Operating Officer": a job title, not a name
            if surface in places() or surface in org_words():
                continue  # "Texas", or a lone "Group" / "Capital" left over from a title
            if surface in GENERIC_TECH or _PLURAL_ACRONYM.fullmatch(surface):
                continue  # "a GPU designed by ...", "CPUs": a kind of thing, not a name
            if len(piece) == 1 and _NATIONALITY_WORD.fullmatch(surface) \
                    and re.match(r"[ \t]+[a-z]", text[end:end + 3]) and _of_a_country(surface):
                continue  # "Latvian compiler startup": an adjective of a country, not a name
            if len(piece) == 1 and "-" in surface and re.match(r"[ \t]+[a-z]", text[end:end + 3]) \
                    and all(w in places() or _of_a_country(w) for w in surface.split("-")):
                continue  # "an Indian-American executive": two countries' adjective, no name
            if _APPOSITION_ARTICLE_BEFORE.search(text[max(0, start - 6):start]) \
                    and _org_noun_after(lex).match(text, end):
                continue  # "Pellago, a Porto grocer with ...": the town the company is from
            if surface.isupper() and (start == 0 or text[start - 1] == "\n") \
                    and _DATELINE_AFTER.match(text, end):
                continue  # "LONDON —", "SAN FRANCISCO, November 2025 —": a dateline's town
            if (after := _PLACE_AFTER_NAME.match(text, end)) and after.group(1) in places():
                continue  # "Abilene, Texas,": a town and its state
            if _PLACE_BEFORE.search(text, max(0, start - 60), start):
                continue  # "born in Perth, Western Australia", "a firm from Leeds": a place
            if not re.search(r"[a-z]", surface) and len(surface) < 2:
                continue
            out.append(Mention(start, end, surface, "Name", surface, "name"))
    return out


_COMPOUND_ADJECTIVE = compound_endings("adjective")
"""A capitalised run ending so is an adjective, not a name ("Oslo-based", "Lego-themed")."""
_BEFORE_FORM = compound_endings("before_form")
"""A first word ending so is no part of the legal-form name after it ("Boston-based")."""
_PLACE_ADJECTIVE = compound_endings("dropped")
"""A run's first word ending so is no part of the name after it ("Boston-based Lumora")."""
_WORK_OF = frozenset(read_words(data_dir("patterns") / "en" / "work_of.txt"))
"""Words that open a sentence about the work on a named thing ("Development of Tarn Quest"),
or about a company's shares or people ("Shares of Tarnwell rose")."""
_DATELINE_AFTER = re.compile(r"(?:,[^\n—–]{0,40})?\s+[—–-]\s")
_PLACE_AFTER_NAME = re.compile(
    rf",[ \t]+([{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+)?)(?:,|\.|\s+[a-z])")
_NATIONALITY_WORD = re.compile(rf"[{UPPER}][{LOWER}]+(?:ian|ese|ish|ean)")


@cache
def _org_noun_after(lex: Lexicon) -> re.Pattern[str]:
    """Lower-case words up to a company noun ("logistics company", "grocer"): after an
    unknown name in an apposition ("X, a Porto grocer"), that name is where X is from."""
    nouns = sorted({c for c, kind, how in lex.cues if kind == "Organization" and how == "word"}
                   | {"grocer", "chain", "supplier", "manufacturer", "business", "outfit"},
                   key=lambda w: (-len(w), w))
    return re.compile(r"(?:[ \t]+[a-z][\w-]*){0,2}?[ \t]+(?:" + "|".join(map(re.escape, nouns))
                      + r")s?\b")


@lru_cache(maxsize=1024)
def _of_a_country(word: str) -> bool:
    """Is the word the adjective of a listed place ("Latvian": Latvia; not "Symbian")?"""
    for suffix in ("ian", "ean", "ese", "ish", "n"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 4 and any(p.startswith(stem) for p in places()):
            return True
    return False


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:born|raised|grew\s+up|based|headquartered|located)\s+(?:in|near|outside)\s+"
    r"|\bborn\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,\s+"
    r"|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:firm|company|startup|start-up|business|companies"
    r"|firms|startups)\s+(?:from|in|based\s+in)\s+)"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,\s+)?$")
"""Where a name is a place: after "born in", "based in", "a firm from" ("a logistics firm from
Leeds"), and the region after the town ("born in Perth, Western Australia")."""
_ADJECTIVE = re.compile(r"(?:ish|ese|ean|ian|an|ch|ic|al|ive|ous|ent|ern|ss|ed|ing)$")
"""A word before "AI" that is an adjective, not a name ("French AI", "Generative AI")."""
_VERSION_AFTER = re.compile(r"[ \t]+v\d+(?:\.\d+)*(?![\w.-])")
"""A version after a name: "Flash v2.5"."""
_DEFINED_TERM_BEFORE = re.compile(r"\((?:the\s+)?[\"“']$|\(the\s+$")
_DEFINED_TERM_AFTER = re.compile(r"[\"”']?\)")


_COMMON_EN = frozenset(read_words(data_dir("patterns") / "en" / "common_openers.txt"))


_DEMONYM_OF = {"Franzosen": "französisch|Pariser", "Amerikaner": "amerikanisch|US-",
               "Chinesen": "chinesisch|Pekinger|Shanghaier", "Japaner": "japanisch|Tokioter",
               "Koreaner": "koreanisch|südkoreanisch|Seouler", "Briten": "britisch|Londoner",
               "Schweden": "schwedisch|Stockholmer", "Niederländer": "niederländisch",
               "Israelis": "israelisch", "Kanadier": "kanadisch", "Finnen": "finnisch",
               "Dänen": "dänisch", "Italiener": "italienisch", "Spanier": "spanisch",
               "Inder": "indisch", "Österreicher": "österreichisch|Wiener",
               "Schweizer": "schweizerisch|Schweizer|Zürcher"}
_DEMONYM = compile_scan(r"(?<![\w-])(?:[Dd]ie|[Dd]en|[Dd]er|[Dd]em)\s+(?P<d>"
                        + "|".join(_DEMONYM_OF) + r"|[A-ZÄÖÜ][a-zäöü]{2,}er)(?![\w-])"
                        r"(?!\s+(?:[A-ZÄÖÜ]|⟨))")


_MAKER_MODEL = re.compile(r"(?<![\w-])(?:[Dd]as|[Dd]em|[Dd]es)\s+(?:[\w-]+\s+){0,2}?"
                          rf"(?P<org>{CAP_TOKEN})-(?:KI-)?(?:Modell|Modells|Sprachmodell|Sprachmodells)(?![\w-])"
                          r"(?!\s*[„\"“]|\s+(?:[A-Z0-9]|namens\b))")
"""German "das Tarnwerk-Modell" with no name after it: a maker's model the article named
before. Only the model words of MAKER_COMPOUND_HEAD (as _MAKER_COMPOUND has them): a maker's
chatbot, app or platform need not be the model named last."""


def _maker_model_mentions(text: str, typed: list[Mention],
                          catalogue: Catalogue | None) -> list[Mention]:
    """German "das OpenAI-Modell" with no name after it: the model of that maker named
    last before (in the last 1,500 characters), by the catalogue's maker."""
    if catalogue is None or ("-Modell" not in text and "-Sprachmodell" not in text):
        return []
    makers = catalogue.developers()
    models = [m for m in typed if m.type == "AIModel"]
    starts = [m.start for m in models]
    out = []
    for m in _MAKER_MODEL.finditer(text):
        known = catalogue.lookup(m.group("org"))
        if not known or known.type != "Organization":
            continue
        before = models[bisect_left(starts, m.start() - 1500):bisect_left(starts, m.start())]
        found = next((c for c in reversed(before)
                      if (makers.get(c.key) or makers.get(c.family or "")) == known.name), None)
        if found is not None:
            out.append(Mention(m.start("org"), m.end(), text[m.start("org"):m.end()], "AIModel",
                               found.key, "coref", family=found.family))
    return out


def _demonym_mentions(text: str, typed: list[Mention]) -> list[Mention]:
    """German "die Walldorfer", "den Franzosen": the company described so before ("der
    Walldorfer Softwarekonzern SAP", "das französische Start-up Mistral AI"), the nearest in
    the last 800 characters; nothing when no company was."""
    if not any(w in text for w in ("Die ", "die ", "den ", "Den ", "der ", "dem ")):
        return []
    companies = [m for m in typed if m.type == "Organization"]
    starts = [m.start for m in companies]
    taken = {(m.start, m.end) for m in typed}
    out = []
    for m in _DEMONYM.finditer(text):
        word = m.group("d")
        if (m.start("d"), m.end("d")) in taken:
            continue
        adjective = _DEMONYM_OF.get(word, re.escape(word))
        before = companies[bisect_left(starts, m.start() - 800):bisect_left(starts, m.start())]
        found = next((c for c in reversed(before) if re.search(
            rf"(?<![\w-])(?:{adjective})\w*(?:[ \t]+[\w-]+){{0,2}}[ \t]+$",
            text[max(0, c.start - 60):c.start])), None)
        if found is not None:
            out.append(Mention(m.start(), m.end(), m.group(0), "Organization", found.key, "coref"))
    return out


def _longest_company_keys(mentions: list[Mention]) -> list[Mention]:
    """'Harbourline' and 'Harbourline AI' in one article are one company: the longer name wins.

    Only for companies found in the text (the catalogue already knows its names), and only
    when exactly one longer name starts with the shorter one.
    """
    longer: dict[tuple[str, str], str] = {}
    # products too, when the short name came as "MBUX-Assistent" beside "MBUX Virtual
    # Assistant"; "Lumora" beside "Lumora Camera" is a product line, not the same product
    compounds = {m.key for m in mentions if m.type == "Product" and m.source == "compound"}
    for kind in ("Organization", "Product"):
        every = {m.key for m in mentions if m.type == kind and m.source != "coref"}
        found = {m.key for m in mentions if m.type == kind
                 and m.source not in ("catalogue", "coref", "version", "described")}
        for key in found:
            if kind == "Product" and key not in compounds:
                continue
            # a known longer name counts too: "Square" beside "Square Enix" (catalogue) and
            # "Square Enix Europe" is neither of them
            candidates = [k for k in every if k != key and k.startswith(key + " ")]
            if len(candidates) == 1 and candidates[0] in found:
                longer[(kind, key)] = candidates[0]
    if not longer:
        return mentions
    return [Mention(m.start, m.end, m.text, m.type, longer[(m.type, m.key)], m.source, m.family)
            if (m.type, m.key) in longer else m for m in mentions]


