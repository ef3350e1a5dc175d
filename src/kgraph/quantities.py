"""Money and counts in German and English formats -> exact decimal amounts.

"40 Milliarden US-Dollar", "$4bn", "2,5 Mrd. Euro", "€1.2 billion", "92,15 HKD",
"up to $25 billion". The currency and multiplier words are data (patterns/money.tsv,
multipliers.tsv). Numbers are parsed here rather than with babel because news text
mixes conventions ("€1.2 billion" in a German article), which a locale parser rejects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache

from .lexicon import compile_scan, finditer_keyed, trie_regex
from .resources import data_dir, read_table

NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "hundert": 100, "eineinhalb": 1.5, "anderthalb": 1.5,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
"""Spelled-out numbers before a multiplier ("eine Milliarde Euro", "a billion dollars")."""
_NUMBER_FORMS = [*NUMBER_WORDS, *(w.title() for w in NUMBER_WORDS)]
_WORDS = trie_regex(_NUMBER_FORMS)
NUMBER = (r"\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
          rf"|(?<![\w])(?:{_WORDS})(?=[ \t]*\n?[ \t]*(?<=\s)[A-Za-z])")


@dataclass(frozen=True)
class Quantity:
    """A number found in text; ``currency`` is None for plain counts."""

    start: int
    end: int
    text: str
    value: Decimal
    currency: str | None


def _alternation(forms: list[str]) -> str:
    """Literal forms as one trie-shaped alternation: it matches what a longest-first list
    would, and a scan tries a few characters at each position instead of every form (the
    money and count scans were 7% of extraction)."""
    return trie_regex(forms)


@cache
def _tables() -> tuple[dict[str, str], set[str], set[str], dict[tuple[str, str], Decimal]]:
    base = data_dir("patterns")
    codes: dict[str, str] = {}
    before: set[str] = set()
    after: set[str] = set()
    for row in read_table(base / "money.tsv"):
        codes[row["form"]] = row["code"]
        if row["where"] in ("before", "either"):
            before.add(row["form"])
        if row["where"] in ("after", "either"):
            after.add(row["form"])
    factors = {}
    for row in read_table(base / "multipliers.tsv"):
        for lang in (("de", "en") if row["language"] == "both" else (row["language"],)):
            factors[(lang, row["form"])] = Decimal(row["factor"])
    return codes, before, after, factors


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                  re.Pattern[str]]:
    """The amount and the count patterns, and their keys (finditer_keyed): an amount
    holds a currency, a count a multiplier, and neither holds two white-space characters in
    a row (so no blank line: the blocks of finditer_keyed are paragraphs)."""
    codes, before, after, factors = _tables()
    mults = [form for (lg, form) in factors if lg == lang]
    # the other language's unambiguous words too: "€1.2 billion" appears in German text
    # (only words of two letters or more: a lone "m" or "b" is too ambiguous in German)
    mults += [form for (lg, form) in factors if lg != lang and len(form) >= 2
              and (lang, form) not in factors]
    mult = rf"(?:\s?(?P<mult>{_alternation(mults)})(?![\w]))?"
    cur_before = _alternation(list(before))
    cur_after = _alternation(list(after))
    # where no amount can begin (a currency sign, a digit, a spelled-out number) one
    # character test rejects the position before the alternatives are tried
    money = compile_scan(
        rf"(?:(?P<cb>{cur_before})\s?(?P<n1>{NUMBER}){mult}"
        rf"|(?<![\w.,])(?P<n2>{NUMBER}){mult.replace('mult', 'mult2')}"
        rf"\s?(?P<ca>{cur_after})(?![\w]))"
    )
    count = re.compile(rf"(?<![\w.,$€£¥])(?P<n>{NUMBER}){mult[:-1]}(?![\w.,]\d)")
    return money, count, re.compile(_alternation([*before, *after])), \
        re.compile(_alternation(mults))


def parse_number(text: str, has_multiplier: bool, lang: str) -> Decimal | None:
    """'2,5' -> 2.5, '1.200' -> 1200 (de), '1,200' -> 1200 (en), '1.2' + 'billion' -> 1.2."""
    if text.lower() in NUMBER_WORDS:
        # a spelled-out number counts only with a multiplier: "a billion", not "a dollar"
        return Decimal(NUMBER_WORDS[text.lower()]) if has_multiplier else None
    digits = re.sub(r"[\u202f\u00a0 ]", "", text)
    seps = re.findall(r"[.,]", digits)
    if not seps:
        return _dec(digits)
    last = max(digits.rfind("."), digits.rfind(","))
    tail = digits[last + 1:]
    if len(set(seps)) == 2:
        decimal_sep = digits[last]
    elif len(seps) > 1:
        decimal_sep = None  # "1.200.000": only thousands separators
    elif len(tail) != 3 or has_multiplier:
        decimal_sep = seps[0]  # "2,5" / "148,60" / "1.2 billion"
    else:
        # "1.200" or "1,200": thousands in its own convention, decimal in the other's
        decimal_sep = None if seps[0] == ("." if lang == "de" else ",") else seps[0]
        if has_multiplier:
            decimal_sep = seps[0]
    if decimal_sep is None:
        return _dec(re.sub(r"[.,]", "", digits))
    whole, frac = digits[:last], digits[last + 1:]
    return _dec(re.sub(r"[.,]", "", whole) + "." + frac)


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def find_money(text: str, lang: str) -> list[Quantity]:
    """Every amount of money in text with its ISO currency code."""
    codes, _, _, factors = _tables()
    money, _, key, _ = _patterns(lang)
    found = []
    for m in finditer_keyed(money, key, text, "\n\n"):
        number = m.group("n1") or m.group("n2")
        mult = m.group("mult") or m.group("mult2")
        currency = codes[m.group("cb") or m.group("ca")]
        value = parse_number(number, bool(mult), lang)
        if value is None:
            continue
        if mult:
            value = _times(value, _factor(factors, lang, mult))
        found.append(Quantity(m.start(), m.end(), m.group(0), _normal(value), currency))
    return found


@cache
def _valuation_patterns(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """(before, after, after "mit") patterns of patterns/valuations.tsv for a language."""
    rows = [r for r in read_table(data_dir("patterns") / "valuations.tsv") if r["lang"] == lang]
    found = []
    for where in ("before", "after", "mit-after"):
        forms = [r["pattern"] for r in rows if r["where"] == where]
        found.append(re.compile("|".join(f"(?:{f})" for f in forms)) if forms else None)
    return tuple(found)


def is_valuation(text: str, q: Quantity, lang: str) -> bool:
    """Whether an amount is what a company is worth ("at a valuation of $2bn", "a $400m
    valuation", "mit 450 Millionen Euro bewertet"), not money paid in."""
    before, after, mit_after = _valuation_patterns(lang)
    ahead = text[max(0, q.start - 60):q.start]
    behind = text[q.end:q.end + 40]
    return bool(before and before.search(ahead)) or bool(after and after.match(behind)) \
        or bool(mit_after and ahead.endswith("mit ") and mit_after.match(behind))


def find_counts(text: str, lang: str, taken: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Numbers with a multiplier word ("600 Millionen", "30 million") that are not money."""
    _, _, _, factors = _tables()
    _, count, _, key = _patterns(lang)
    found = []
    for m in finditer_keyed(count, key, text, "\n\n"):
        if any(s <= m.start() < e for s, e in taken):
            continue
        value = parse_number(m.group("n"), bool(m.group("mult")), lang)
        if value is None:
            continue
        if m.group("mult"):
            value = _times(value, _factor(factors, lang, m.group("mult")))
        found.append(Quantity(m.start(), m.end(), m.group(0), _normal(value), None))
    return found


def _factor(factors: dict[tuple[str, str], Decimal], lang: str, word: str) -> Decimal:
    other = "en" if lang == "de" else "de"
    return factors.get((lang, word)) or factors.get((other, word)) or Decimal(1)


def _times(value: Decimal, factor: Decimal) -> Decimal:
    """Exact product (the default context rounds to 28 digits)."""
    with localcontext() as ctx:
        ctx.prec = len(value.as_tuple().digits) + len(factor.as_tuple().digits)
        return value * factor


def _normal(value: Decimal) -> Decimal:
    """Drop exponent and trailing zeros so equal amounts print the same (exactly: no rounding
    to 28 digits, and 10**30 euro must not raise InvalidOperation)."""
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, len(value.as_tuple().digits), value.adjusted() + 1)
        value = value.normalize()
        if value != value.to_integral():
            return value
        return value.quantize(Decimal(1))


def format_amount(value: Decimal | str) -> str:
    """Plain decimal string, never scientific notation (xsd:decimal lexical form)."""
    return format(Decimal(value), "f")
