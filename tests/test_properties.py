"""Property-based tests (hypothesis): arbitrary bytes and Unicode through the reader, the
normalisers of money and names, the extractor and the serialisers. No exception escapes,
and every graph written parses again with its names intact.

Example counts are kept modest so the suite stays fast; a failure prints the example.
"""
from __future__ import annotations

import datetime as dt
import re
import tempfile
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kgraph.articles import MAX_CHARS, MAX_TITLE, Skipped, article_from_bytes
from kgraph.models import Article, Evidence, Extraction, Mention, Relation
from kgraph.quantities import find_counts, find_money, format_amount, parse_number
from kgraph.rdf import entity_iri
from kgraph.resolve import entity_id, normal, resolve

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "OpenAI", "Nvidia", "SAP", "Aleph Alpha", "Alibaba", "Qwen-3", "Qwen 3", "Llama 3.1 405B",
    "GPT-4o", "Claude", "Sam Altman", "Jensen Huang", "Microsoft", "Mistral AI", "GmbH", "Inc.",
    "investiert", "invests", "übernimmt", "acquires", "nutzt", "uses", "entwickelt",
    "developed by", "CEO", "Chef", "der Konzern", "the company", "its", "er", "he", "she",
    "5 Milliarden Euro", "$4bn", "2,5 Mrd. Euro", "€1.2 billion", "92,15 HKD", "up to $25 billion",
    "1.200.000", "0,5", "Millionen", "million", "Downloads", "monthly active users",
    "nicht", "not", "könnte", "might", "\n", "\n\n", ".", ",", "„", "“", '"', "(", ")", "-", "–",
]
"""Pieces of real news text: random sequences of them reach deep into the extractor."""

newsy = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(
    lambda parts: " ".join(parts))
any_text = st.one_of(st.text(max_size=400), newsy)


# --- the reader -----------------------------------------------------------------------------

def check_article(got: Article | Skipped) -> None:
    assert isinstance(got, (Article, Skipped))
    if isinstance(got, Skipped):
        assert got.reason and "\n" not in got.reason
        return
    assert got.text and len(got.text) <= MAX_CHARS
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", got.text)
    assert got.lang in ("de", "en")
    assert re.fullmatch(r"[0-9a-f]{64}", got.sha)
    if got.title is not None:
        assert got.title and "\n" not in got.title and len(got.title) <= MAX_TITLE
    if got.date is not None:
        dt.date.fromisoformat(got.date)


@FAST
@given(raw=st.binary(max_size=2000), kind=st.sampled_from(["text", "markdown", "html"]))
def test_reader_takes_any_bytes(raw, kind):
    check_article(article_from_bytes(raw, "x", kind))


@FAST
@given(text=any_text, kind=st.sampled_from(["text", "markdown", "html"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_reader_takes_any_unicode_in_any_encoding(text, kind, encoding):
    check_article(article_from_bytes(text.encode(encoding, "surrogatepass"), "x", kind))


@SLOW
@given(body=st.text(max_size=300), title=st.text(max_size=80), date=st.text(max_size=30))
def test_reader_takes_any_web_page(body, title, date):
    def attr(value: str) -> str:
        return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")

    page = (f'<!DOCTYPE html><html><head><title>{title}</title>'
            f'<meta property="og:title" content="{attr(title)}">'
            f'<meta name="date" content="{attr(date)}"></head>'
            f"<body><article><p>{body}</p></article></body></html>")
    check_article(article_from_bytes(page.encode("utf-8", "surrogatepass"), "x.html", "html"))


plain = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"],
                              exclude_characters="<\u00ad\ufeff"),
                min_size=1, max_size=200)
western = st.text(st.sampled_from(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜßéèàç0123456789 .,;:!?-()'\"€„“–"),
    min_size=1, max_size=200)


def same_text(got: Article | Skipped, text: str) -> None:
    words = " ".join(text.split())
    if isinstance(got, Skipped):  # too little text to be an article
        assert got.reason in ("no article text in it", "empty file"), got
        assert len(re.findall(r"\w", text)) < 3
        return
    assert " ".join(got.text.split()) == words


@FAST
@given(text=plain)
def test_utf8_and_utf16_text_decodes_to_what_was_written(text):
    for encoding in ("utf-8", "utf-8-sig", "utf-16"):
        same_text(article_from_bytes(text.encode(encoding), "x.txt", "text"), text)


@FAST
@given(text=western)
def test_cp1252_text_decodes_to_what_was_written(text):
    raw = text.encode("cp1252")
    try:  # "Ä–" is C4 96 in cp1252, which is also the UTF-8 of "Ė": no reader can know
        assume(raw.decode("utf-8") == text)
    except UnicodeDecodeError:
        pass
    same_text(article_from_bytes(raw, "x.txt", "text"), text)


# --- money and names ------------------------------------------------------------------------

@FAST
@given(text=any_text, lang=st.sampled_from(["de", "en"]))
def test_money_and_counts_never_raise_and_are_finite(text, lang):
    money = find_money(text, lang)
    for q in money + find_counts(text, lang, [(q.start, q.end) for q in money]):
        assert q.value.is_finite() and q.value >= 0
        assert 0 <= q.start < q.end <= len(text) and text[q.start:q.end] == q.text
        assert "E" not in format_amount(q.value)


@FAST
@given(number=st.from_regex(r"\A[0-9][0-9.,\u202f\u00a0 ]{0,40}\Z"),
       multiplier=st.booleans(), lang=st.sampled_from(["de", "en"]))
def test_parse_number_gives_a_decimal_or_none(number, multiplier, lang):
    got = parse_number(number, multiplier, lang)
    assert got is None or (isinstance(got, Decimal) and got.is_finite())


@FAST
@given(amount=st.integers(min_value=1, max_value=10**40),
       currency=st.sampled_from([("Euro", "EUR"), ("US-Dollar", "USD")]))
def test_whole_amounts_in_german_are_read_exactly(amount, currency):
    word, code = currency
    grouped = f"{amount:,}".replace(",", ".")  # 1.234.567 Euro
    found = find_money(f"Die Firma zahlt {grouped} {word}.", "de")
    assert [(q.value, q.currency) for q in found] == [(Decimal(amount), code)]


_FORMS = ["Dollar", "Dollars", "US-Dollar", "US-Dollars", "Mio", "Mio.", "Million", "Millionen",
          "m", "mn", "mln", "b", "bn", "ein", "eine", "einer", "a", "an", "Won", "won", "€", "$",
          "US$", "HK$", "C$"]
forms_text = st.lists(st.one_of(st.sampled_from([*_FORMS, " ", ".", "-", "2,5", "12"]),
                                st.text(alphabet="abDlMnorsU$€. -", max_size=4)),
                      max_size=12).map("".join)


@FAST
@given(text=forms_text)
def test_a_trie_alternation_matches_what_the_longest_first_list_does(text):
    # money and count patterns use the trie form for speed: it must prefer the same form
    # at every position, also when what follows makes a longer form fail
    from kgraph.lexicon import longest_first, trie_regex

    for tail in ("", r"(?![\w])", r"\.?\s"):
        trie = re.compile(f"(?:{trie_regex(_FORMS)}){tail}")
        plain = re.compile(f"(?:{longest_first(_FORMS)}){tail}")
        for i in range(len(text) + 1):
            a, b = trie.match(text, i), plain.match(text, i)
            assert (a and a.span()) == (b and b.span())


_SCAN_PATTERNS = [
    r"(?<![\w])(?:[Ii]ts|[Tt]heir)\s+(?:\w+\s+)?(?:round|funding)(?![\w])",
    r"\b(?:raise[sd]?|secured?|(?:fresh|frisches)\s+(?:Geld|cash))\b",
    r"(?i)\b(?:round|Runde)\s+(?:in|bei)\s+$",
    r"(?:(?i:Die|Der)\s+)?[A-Z][a-z]+er(?:n|s)?\b|\d{1,3}(?:[.,]\d{3})+",
    r"(?:a|an)?\s*\$?\d+(?:\.\d+)?\s*(?:bn|m)\b",
    r"(?>[Aa]b+)c|(?:x|y)*+z",
    r"(?:[-–]\s*)?[€$£]\s?\d",
    r"(?:x|)y?",  # may match nothing: left as it is
    r"[^a]b|.c",  # any character may begin it: left as it is
]


@FAST
@given(text=st.text(alphabet="aAbBcxyz Ii1,.$€-–\nTtheirsoundfrRGelDscash", max_size=80))
def test_a_scan_pattern_finds_what_the_plain_pattern_finds(text):
    from kgraph.lexicon import compile_scan, first_chars
    from kgraph.quantities import _patterns

    for pattern in [*_SCAN_PATTERNS, _patterns("en")[0].pattern, _patterns("de")[0].pattern]:
        plain, scan = re.compile(pattern), compile_scan(pattern)
        assert [(m.span(), m.groups()) for m in scan.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]
        first = first_chars(pattern)
        if first is not None:  # every match begins with a character of the class
            assert all(re.match(first, text[m.start()]) for m in plain.finditer(text)
                       if m.end() > m.start())


_KEYED_TOKENS = ["Acme", "Quorix", "Labs", "Inc.", "GmbH", "AG", "&", "of", "Co.", ",", ".",
                 "$", "€", "US-Dollar", "Euro", "Mio.", "billion", "Millionen", "zwei", "a",
                 "1,5", "2.000", "40", " ", "  ", "\t", "\n", "\n\n", "\n \n", "und", "-App",
                 "-Modell", "-", "\"", "Lumora"]


@FAST
@given(tokens=st.lists(st.sampled_from(_KEYED_TOKENS), max_size=40),
       spaced=st.lists(st.booleans(), max_size=40))
@example(tokens=["$", "\n", "40", "\n", "billion"], spaced=[False] * 5)  # a line break inside
@example(tokens=["zwei", "\n", "Millionen", "\n", "Euro"], spaced=[False] * 5)
@example(tokens=["Acme", "Labs", "Inc.", "\n", "Quorix", "GmbH"], spaced=[True] * 6)
@example(tokens=["\"", "Lumora", "\n", "Acme", "\"", "-App"], spaced=[False] * 6)
@example(tokens=["$", "zwei", "\n\n", "Acme"], spaced=[])  # a number word before a blank line
def test_a_keyed_scan_finds_what_a_whole_text_scan_finds(tokens, spaced):
    """The legal-form, compound, money and count scans look only at blocks holding their
    key (finditer_keyed); on any text they must find exactly the whole-text matches."""
    from kgraph.lexicon import finditer_keyed
    from kgraph.mentions import _compound_pattern, _legal_form_patterns
    from kgraph.quantities import _patterns

    gaps = spaced + [True] * 40
    text = "".join(t + (" " if s else "") for t, s in zip(tokens, gaps, strict=False))
    legal, _, key = _legal_form_patterns()
    scans = [(legal, key, "\n"), (*_compound_pattern(), "\n")]
    for lang in ("en", "de"):
        money, count, money_key, count_key = _patterns(lang)
        scans += [(money, money_key, "\n\n"), (count, count_key, "\n\n")]
    for pattern, key, sep in scans:
        assert [(m.span(), m.groups()) for m in finditer_keyed(pattern, key, text, sep)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_a_keyed_scan_skips_blocks_without_the_key():
    from kgraph.lexicon import finditer_keyed

    text = "Acme 1\nnothing 2\nkey 3\n\nkey 4"
    found = [m.group() for m in finditer_keyed(re.compile(r"\d"), re.compile("key"), text)]
    assert found == ["3", "4"]  # the first two lines hold no key and are not scanned
    by_paragraph = finditer_keyed(re.compile(r"\d"), re.compile("key"), text, "\n\n")
    assert [m.group() for m in by_paragraph] == ["1", "2", "3", "4"]


def test_first_characters_of_a_pattern():
    from kgraph.lexicon import first_chars

    assert first_chars(r"(?<![\w])(?:[Tt]he|its)\s") == "[Tit]"
    assert first_chars(r"(?i)\b(?:round|Runde)\b") == "(?i:[Rr])"
    assert first_chars(r"(?:\s*,)?\d+") == "[,\\d\\s]"
    assert first_chars(r"x*") is None and first_chars(r".x") is None
    assert first_chars(r"[^a]") is None


@FAST
@given(name=st.text(max_size=300))
def test_normal_names_are_stable_and_iris_valid(name):
    key = normal(name)
    assert key and normal(key) == key
    for type_ in ("Organization", "AIModel", "Person"):
        iri = entity_iri(entity_id(type_, name))
        ox.NamedNode(str(iri))  # raises on an invalid IRI
        assert re.fullmatch(r"https://kgraph\.dev/id/[a-z]+/[a-z0-9-]+", str(iri))


@FAST
@given(a=st.text(max_size=50), b=st.text(max_size=50))
def test_different_identities_get_different_iris(a, b):
    assume(normal(a) != normal(b))
    assert entity_iri(entity_id("Organization", a)) != entity_iri(entity_id("Organization", b))


# --- the extractor --------------------------------------------------------------------------

@SLOW
@given(text=any_text, lang=st.sampled_from(["de", "en"]))
def test_extractor_takes_any_unicode(text, lang):
    from kgraph.pipeline import extract_article

    assume(text.strip())
    article = Article("x.txt", text, "0" * 64, lang)
    ex = extract_article(article)
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(text)
    for r in ex.relations:
        assert 0 <= r.evidence.start <= r.evidence.end <= len(text)
        if r.amount is not None:
            assert Decimal(r.amount).is_finite()


# --- the serialisers ------------------------------------------------------------------------

names = st.lists(st.text(min_size=1, max_size=60), min_size=2, max_size=6, unique=True)


def graph_of(entity_names: list[str], title: str) -> Extraction:
    text = " ".join(entity_names)
    sha = "a" * 64
    mentions, pos = [], 0
    for name in entity_names:
        start = text.index(name, pos)
        pos = start + len(name)
        mentions.append(Mention(start, pos, name, "Organization", name, "catalogue"))
    relations = [Relation("uses", a, b, Evidence(sha, text, 0, len(text), "p", 0.8))
                 for a, b in zip(mentions, mentions[1:], strict=False)]
    relations.append(Relation("invests", mentions[0], None, Evidence(sha, text, 0, 1, "p", 0.5),
                              amount="1.5", currency="EUR", purpose=entity_names[-1]))
    return Extraction(Article(f"{title}.txt", text, sha, "en", title), tuple(mentions),
                      tuple(relations))


FILES = {"graph.trig": ox.RdfFormat.TRIG, "graph.ttl": ox.RdfFormat.TURTLE,
         "graph.jsonld": ox.RdfFormat.JSON_LD, "graph.nq": ox.RdfFormat.N_QUADS,
         "graph.nt": ox.RdfFormat.N_TRIPLES}
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@SLOW
@given(entity_names=names, title=st.text(max_size=40), writer=st.sampled_from(["build", "dataset"]))
def test_every_graph_written_parses_again_with_its_names(entity_names, title, writer):
    from kgraph.exporters import REGISTRY, html, rdf_files, write_outputs  # noqa: F401
    from kgraph.pipeline import write_files
    from kgraph.rdf import to_dataset
    from kgraph.rdfwrite import article_piece

    ex = graph_of(entity_names, title)
    kg = resolve([ex])
    expected = {e.name.encode("utf-8", "replace").decode("utf-8") for e in kg.entities}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        names_ = [n for n in REGISTRY if n != "html"]  # the page has its own tests
        if writer == "build":
            write_files(kg, [article_piece(ex)], out, names_)
        else:
            write_outputs(to_dataset(kg), out, names_)
        for name, fmt in FILES.items():
            quads = list(ox.parse(path=str(out / name), format=fmt))
            assert {q.object.value for q in quads if q.predicate.value == LABEL} == expected
