"""Integrity of the entity catalogue (ontologies/catalogue/*.tsv), what kgraph knows unaided.

The files are read both raw (cell counts, whitespace) and through the loader, so a broken
row fails here with its file and line rather than as a missing fact somewhere downstream.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kgraph.catalogue import load_catalogue
from kgraph.mentions import find_mentions
from kgraph.resources import read_table, read_words

ROOT = Path(__file__).resolve().parents[1]
BASE = ROOT / "ontologies" / "catalogue"
HEADERS = {
    "organizations.tsv": ["name", "aliases", "country", "category"],
    "models.tsv": ["name", "type", "developer", "aliases", "family"],
    "people.tsv": ["name", "aliases", "organization", "role"],
}
SHARED_WITH_PRODUCT = {"deepseek", "midjourney", "mistral"}
"""A company and its eponymous model or product: the loader prefers the organisation."""

LEFT_OUT = [
    # ordinary German or English words, stock indices and towns that business news also
    # uses as company names; matched anywhere, they would make every such word a company
    "Post", "Bahn", "Total", "Delta", "United", "Target", "Spiegel", "Zeit", "Welt", "Bild",
    "Otto", "Metro", "Office", "Teams", "Outlook", "Word", "Safari", "Edge", "Pixel", "Fox",
    "Blizzard", "Epic", "Apollo", "Advent", "Emirates", "Dow", "Dow Jones", "S&P", "Nikkei",
    "Seat", "Model 3", "Model Y", "Netto", "Penny", "Saturn", "Fortune", "Capital", "Stern",
    "Focus", "Insider", "Economist", "Guardian", "Verbund", "Ergo", "WHO", "Salzgitter",
    "Visa", "Zoom",
]


def rows(name: str) -> list[dict[str, str]]:
    return read_table(BASE / name)


def surfaces(row: dict[str, str]) -> list[str]:
    return [row["name"], *[a.strip() for a in row.get("aliases", "").split("|") if a.strip()]]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_every_line_has_the_header_columns(name: str) -> None:
    lines = (BASE / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADERS[name]
    bad = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(HEADERS[name]) or not cells[0].strip():
            bad.append(f"{name}:{number}: {len(cells)} cells: {line!r}")
        elif any(c != c.strip() for c in cells) or "||" in cells[HEADERS[name].index("aliases")]:
            bad.append(f"{name}:{number}: stray whitespace or empty alias: {line!r}")
    assert not bad, "\n".join(bad)


def test_names_and_aliases_each_belong_to_one_row() -> None:
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name in HEADERS:
        for row in rows(name):
            for surface in surfaces(row):
                owners[surface.casefold()].add((name, row["name"]))
    clashes = {s: sorted(o) for s, o in owners.items()
               if len(o) > 1 and s not in SHARED_WITH_PRODUCT}
    assert not clashes, clashes


def test_no_name_is_listed_twice() -> None:
    for name in HEADERS:
        seen = Counter(row["name"] for row in rows(name))
        assert not [n for n, k in seen.items() if k > 1], name


def test_loaded_surfaces_and_their_german_endings_denote_one_entity() -> None:
    catalogue = load_catalogue(str(BASE))
    ambiguous = {s: [k.name for k in known] for s, known in catalogue.surfaces.items()
                 if len(known) > 1 and s.casefold() not in SHARED_WITH_PRODUCT}
    assert not ambiguous, ambiguous


def test_developers_families_and_employers_resolve() -> None:
    organisations = {r["name"] for r in rows("organizations.tsv")}
    models = {r["name"]: r for r in rows("models.tsv")}
    unresolved = [f"{m['name']}: developer {m['developer']!r}" for m in models.values()
                  if m["developer"] not in organisations]
    unresolved += [f"{m['name']}: family {m['family']!r}" for m in models.values()
                   if m["family"] and m["family"] not in models]
    unresolved += [f"{p['name']}: organization {p['organization']!r}" for p in rows("people.tsv")
                   if p["organization"] not in organisations]
    assert not unresolved, "\n".join(unresolved)


def test_model_types_countries_and_roles_are_well_formed() -> None:
    assert {r["type"] for r in rows("models.tsv")} <= {"AIModel", "Product"}
    countries = {r["name"]: r["country"] for r in rows("organizations.tsv")}
    assert not {n: c for n, c in countries.items() if c and not re.fullmatch(r"[A-Z]{2}", c)}
    assert all(r["category"] for r in rows("organizations.tsv"))
    assert all(r["role"] for r in rows("people.tsv"))


def test_catalogue_covers_business_news_beyond_ai() -> None:
    assert len(rows("organizations.tsv")) >= 700
    assert len(rows("people.tsv")) >= 200
    assert len(rows("models.tsv")) >= 150
    names = {r["name"] for r in rows("organizations.tsv")}
    expected = {"Deutsche Bahn", "Deutsche Post", "BASF", "Reuters", "dpa", "Bundeskartellamt",
                "European Central Bank", "Boeing", "Nestlé", "Electronic Arts", "TikTok", "NordLB"}
    assert expected <= names


def test_no_place_or_ordinary_word_is_a_catalogue_name() -> None:
    places = {r["name"] for r in read_table(ROOT / "patterns" / "places.tsv")}
    found = {s for name in HEADERS for row in rows(name) for s in surfaces(row)}
    assert not found & places
    assert not found & set(LEFT_OUT)


def test_the_place_table_names_each_place_once() -> None:
    rows = read_table(ROOT / "patterns" / "places.tsv")
    names = [r["name"] for r in rows]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
    # a name too is said only of a German city, which a local body may name
    assert all(r["german_city"] for r in rows if r["name_too"])


@pytest.mark.parametrize("name", ["org_words.txt", "de/offices.txt",
                                  "org_designators.txt", "not_alone.txt",
                                  "en/maker_words.txt", "en/committee_words.txt",
                                  "de/institution_heads.txt", "en/title_words.txt",
                                  "shortened_suffixes.txt", "model_kind_words.txt",
                                  "en/headline_labels.txt", "de/no_company_chiefs.txt",
                                  "de/english_name_words.txt", "de/takeover_verbs.txt",
                                  "de/time_words.txt", "en/work_of.txt", "en/common_openers.txt",
                                  "key_stopwords.txt", "en/software_kinds.txt",
                                  "en/not_numbered.txt", "subsidiary_words.txt", "fund_words.txt",
                                  "de/impersonal_es_verbs.txt", "exchanges.txt",
                                  "de/place_endings.txt", "en/company_part_nouns.txt"])
def test_a_word_list_names_each_word_once(name: str) -> None:
    words = read_words(ROOT / "patterns" / name)
    assert sorted(w for w in set(words) if words.count(w) > 1) == []


def test_each_kind_word_row_names_a_type_and_compiles() -> None:
    """patterns/en/kind_words.tsv: a typo in a type would make a kind nobody reads, a broken
    regular expression would stop every build."""
    rows = read_table(ROOT / "patterns" / "en" / "kind_words.tsv")
    assert {r["type"] for r in rows} == {"Product", "AIModel", "Organization", "Made", "Person"}
    for r in rows:
        assert re.compile(r["word"]).fullmatch("") is None, r


@pytest.mark.parametrize(("name", "uses"), [
    ("institutions.tsv", ("of_for", "for_goes_on", "after_person")),
    ("generic_tech.tsv", ("alone", "after_company")),
    ("surname_particles.tsv", ("cut", "finder", "pattern")),
    ("compound_adjectives.tsv", ("rejoin", "adjective", "dropped", "before_form", "pattern",
                                 "untyped")),
    ("speech_verbs.tsv", ("surname_after", "surname_before", "name_before", "own_verb",
                          "name_after", "quote_after", "name_said", "speaker")),
    ("en/person_before.tsv", ("title", "by")),
    ("en/product_nouns.tsv", ("called", "comma", "after", "list_head", "listed", "tech_head",
                              "vehicle")),
    ("model_suffixes.tsv", ("chained", "alone", "tier")),
    ("de/subordinators.tsv", ("fronted", "verb_last", "object_first"))])
def test_a_word_table_names_each_word_once_with_a_use(name: str, uses: tuple[str, ...]) -> None:
    """patterns/institutions.tsv, generic_tech.tsv, ...: one row a word, each row marked "yes" for
    at least one use (a typo in a column would silently drop the word from it)."""
    rows = read_table(ROOT / "patterns" / name)
    words = [r["word"] for r in rows]
    assert sorted(w for w in set(words) if words.count(w) > 1) == []
    for r in rows:
        marks = {r[use] for use in uses}
        assert marks <= {"yes", ""} and "yes" in marks, r


def test_no_model_suffix_is_the_start_of_another() -> None:
    """patterns/model_suffixes.tsv: mentions.VERSION tries the words in the file's order, so a
    word that starts another ("Pro", "Processor") would end a model's name early."""
    words = [r["word"] for r in read_table(ROOT / "patterns" / "model_suffixes.tsv")]
    assert [(a, b) for a in words for b in words if a != b and b.startswith(a)] == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Die EZB und die Deutsche Bahn verhandeln mit der Münchener Rück.", "de",
     [("EZB", "European Central Bank"), ("Deutsche Bahn", "Deutsche Bahn"),
      ("Münchener Rück", "Munich Re")]),
    ("Bayer Leverkusen gewann, die Porsche SE verlor, Bayer meldete Zahlen.", "de",
     [("Bayer Leverkusen", "Bayer 04 Leverkusen"), ("Porsche SE", "Porsche SE"),
      ("Bayer", "Bayer")]),
    ("Tessera trains in Nvidia Isaac Sim; the Motorola Razr ships with Moto AI.", "en",
     [("Nvidia Isaac Sim", "Isaac Sim"), ("Motorola Razr", "Razr"), ("Moto AI", "Moto AI")]),
    ("Reuters said Air France-KLM and the Fed talked to Merck & Co. about Ozempic.", "en",
     [("Reuters", "Reuters"), ("Air France-KLM", "Air France-KLM"), ("Fed", "Federal Reserve"),
      ("Merck & Co.", "Merck & Co."), ("Ozempic", "Ozempic")]),
])
def test_new_names_are_found_whole_and_mapped_to_their_row(
        text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    catalogue = load_catalogue(str(BASE))
    found = [(m.text, m.key) for m in find_mentions(text, lang, [(0, len(text))], catalogue)
             if m.source == "catalogue"]
    assert found == expected


def test_word_lists_are_read_once_a_process() -> None:
    # a loader that lost its @cache reads its file again for every article
    from kgraph import lexicon, mentions

    for loader in (lexicon.places, lexicon.german_cities, mentions._trade_words,
                   mentions._trade_named, mentions._frame_noun, mentions._kind_prefixes):
        assert loader() is loader(), loader.__name__
