"""The only place spaCy pipelines are built or loaded.

The default is ``spacy.blank(lang)`` plus rule components: it needs no download. Only its
sentence boundaries are used, and :class:`SentenceSplitter` gives exactly those boundaries
without building a Doc (the tokenizer runs once per distinct word that holds punctuation).
A trained pipeline named by the user (``--spacy-model``) is loaded beside it and only adds
its entities.
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .errors import ModelLoadError
from .resources import data_dir, read_words


@Language.component("kgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and list items end without a full stop."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc


LEGAL_ABBREVIATIONS = ("S.p.A.", "S.p. A.", "S.A.", "S.A.S.", "N.V.", "B.V.", "S.r.l.", "S.L.",
                       "S.E.", "L.L.C.", "L.P.", "L.L.P.", "K.K.", "A.G.", "e.V.", "Co.", "Inc.",
                       "Corp.", "Ltd.", "Bros.", "Pty.", "Pvt.")
"""Legal forms and abbreviations inside company names: one token each, so that the period
in "Vela Navi S.p.A. since 2014" ends no sentence; "S.p. A." is how tokenised text writes
it (SentenceSplitter sends a text where it may match to spaCy, which matches it over the
space)."""
NUMBER_ABBREVIATIONS = ("No.", "Nos.")
"""English "number" before a rank or count ("the No. 1 spot", "No. 2 phone maker"): one
token each, as German "Nr." already is in spaCy, so that the period ends no sentence
(spaCy's English tokenizer splits off the period, and the sentencizer then started a
sentence at the number)."""


CONTINUING_ABBREVIATIONS = frozenset((
    "dr.", "prof.", "mr.", "mrs.", "ms.", "hr.", "fr.", "st.", "nr.", "vs.", "ca.",
    "vgl.", "bzw.", "sog.", "ggf.", "evtl.", "inkl.", "bspw.", "z.b.", "e.g.", "i.e.", "z.",
    "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "capt.", "sgt."))
"""Abbreviations (lower case) after which a sentence goes on even before "Die" or "The"."""


@cache
def sentence_starts(lang: str) -> frozenset[str]:
    """Capitalised words that start a sentence after an abbreviation ending in a period
    (``patterns/<lang>/sentence_starts.txt``)."""
    path = data_dir("patterns") / lang / "sentence_starts.txt"
    return frozenset(read_words(path)) if path.exists() else frozenset()


def _ends_sentence(text: str, start: int, word: str) -> bool:
    """Whether the token ``word`` at ``start`` (an abbreviation or a one-letter word with
    its period, as spaCy keeps it: "GmbH.", "Inc.", "A.") can end a sentence."""
    return (len(word) >= 2 and word[-1] == "." and word[-2].isalpha()
            and word.lower() not in CONTINUING_ABBREVIATIONS
            and not (word == "B." and text[max(0, start - 3):start] == "z. "))


@Language.component("kgraph_abbreviation_ends")
def abbreviation_ends(doc: Doc) -> Doc:
    """Start a sentence after an abbreviation that keeps its period ("Kolbe GmbH. Der
    Preis", "a Series A. The round") when a word from sentence_starts follows."""
    starts = sentence_starts(doc.lang_)
    for i, token in enumerate(doc[:-1]):
        if token.whitespace_ and doc[i + 1].text in starts \
                and _ends_sentence(doc.text, token.idx, token.text):
            doc[i + 1].is_sent_start = True
    return doc


@cache
def spacy_pipeline(lang: str) -> Language:
    """Tokenizer, punctuation sentencizer and line-break sentences for ``de`` or ``en``."""
    nlp = spacy.blank(lang)
    for form in (*LEGAL_ABBREVIATIONS, *NUMBER_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kgraph_line_breaks")
    nlp.add_pipe("kgraph_abbreviation_ends")
    nlp.max_length = 10**9  # the rule pipeline is linear; long files are fine
    return nlp


class Sentence(NamedTuple):
    """One sentence: character offsets into the text given to the splitter, and its text."""

    start_char: int
    end_char: int
    text: str


class Sentences(NamedTuple):
    """What the splitter returns: ``.sents`` like a spaCy Doc's (all the pipeline reads)."""

    sents: list[Sentence]


class _Fallback(Exception):
    """A text where spaCy's tokenizer might join words across a space: split it with spaCy."""


_RUN = re.compile(r"\s+|\S+")  # spaCy splits on str.isspace(); \s is the same set of characters
_ALNUM = re.compile(r"[^\W_]+")


class SentenceSplitter:
    """Sentence boundaries of :func:`spacy_pipeline`, computed without building a Doc.

    spaCy's own pipeline spent a sixth of extraction time on tokenising every word only
    to look at a few. The sentencizer starts a sentence at the first token that is not
    punctuation after a token from its list of sentence-final characters, and
    kgraph_line_breaks after every token holding a line break. spaCy tokenizes each
    run of non-space characters on its own, so this class asks spaCy's tokenizer only
    about the runs that hold a sentence-final character, the run after such a token and
    the whitespace runs holding line breaks, and keeps the answers per run. The one way
    runs interact in spaCy (a special case matched across a single space, which can
    hide an overlapping match) is checked for, and such texts go through spaCy itself.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._tokenizer = nlp.tokenizer
        punct = frozenset(nlp.get_pipe("sentencizer").punct_chars)
        self._punct = punct
        # a class of 128 scattered characters costs 50 ns a character to search; ASCII ones
        # and one range from the lowest other one cost 10, and the rare hits are checked
        ascii_chars = "".join(re.escape(c) for c in sorted(punct) if c.isascii())
        lowest = min((c for c in punct if not c.isascii()), default="\U0010ffff")
        self._final_char = re.compile(f"[{ascii_chars}{re.escape(lowest)}-\U0010ffff]")
        self._newline_run = re.compile(r"\s*\n\s*")
        self._runs: dict[str, tuple[tuple[tuple[int, int, bool, bool], ...], str, str]] = {}
        self._pairs = _cross_space_pairs(nlp.tokenizer)
        self._firsts = {b for _, b in self._pairs}
        self._lasts = {a for a, _ in self._pairs}
        self._starts = sentence_starts(nlp.lang)
        self._period_space = re.compile(r"\. (?=[A-ZÄÖÜ])")

    def __call__(self, text: str) -> Sentences:
        try:
            spans = self._spans(text)
        except _Fallback:
            doc = self.nlp(text)
            return Sentences([Sentence(s.start_char, s.end_char, s.text) for s in doc.sents])
        return Sentences([Sentence(a, b, text[a:b]) for a, b in spans])

    def _tokens(self, run: str) -> tuple[tuple[tuple[int, int, bool, bool], ...], str, str]:
        """(start, end, is sentence-final char, is punctuation) per token of one run."""
        got = self._runs.get(run)
        if got is None:
            if len(self._runs) > 200_000:
                self._runs.clear()  # bounded: a long build meets many numbers and names
            doc = self._tokenizer(run)
            got = (tuple((t.idx, t.idx + len(t), t.text in self._punct, t.is_punct) for t in doc),
                   doc[0].text, doc[-1].text)
            self._runs[run] = got
        return got

    def _check_neighbours(self, text: str, start: int, end: int, first: str, last: str) -> None:
        """Raise _Fallback if a special case of spaCy could span the space beside a run."""
        if first in self._firsts and start >= 2 and text[start - 1] == " " \
                and not text[start - 2].isspace():
            begin = start - 2
            while begin > 0 and not text[begin - 1].isspace():
                begin -= 1  # the word before the space (a regex search from 0 was quadratic)
            before = text[begin:start - 1]
            if (self._tokens(before)[2], first) in self._pairs:
                raise _Fallback
        if last in self._lasts and text[end:end + 1] == " " and end + 1 < len(text) \
                and not text[end + 1].isspace():
            after = _RUN.match(text, end + 1).group()
            if (last, self._tokens(after)[1]) in self._pairs:
                raise _Fallback

    def _spans(self, text: str) -> list[tuple[int, int]]:
        n = len(text)
        if not n:
            return []
        starts = {0}
        # kgraph_line_breaks: the token after any token holding a line break
        for match in self._newline_run.finditer(text):
            s, run = match.start(), match.group()
            if run[0] == " " and s > 0:
                s, run = s + 1, run[1:]  # spaCy attaches one space to the word before
            for ts, te, _, _ in self._tokens(run)[0]:
                if "\n" in run[ts:te] and s + te < n:
                    starts.add(s + te)
        # sentencizer: after a sentence-final token, the first token that is no punctuation
        pos, seen = 0, False
        while pos < n:
            if not seen:
                at = pos
                while (match := self._final_char.search(text, at)) is not None:
                    at = match.start()
                    if text[at] in self._punct:
                        break
                    at += 1
                if match is None:
                    break
                while at > pos and not text[at - 1].isspace():
                    at -= 1  # back to the start of the run holding the character
                pos = at
            match = _RUN.match(text, pos)
            s, e = match.span()
            run = match.group()
            pos = e
            if run[0].isspace():
                if run[0] == " " and s > 0:
                    s, run = s + 1, run[1:]
                    if not run:
                        continue
            elif seen and _ALNUM.fullmatch(run):  # letters and digits: no punctuation token
                starts.add(s)
                seen = False
                continue
            else:
                _, first, last = self._tokens(run)
                self._check_neighbours(text, s, e, first, last)
            for ts, _, final, punct in self._tokens(run)[0]:
                if seen and not punct and not final:
                    starts.add(s + ts)
                    seen = False
                elif final:
                    seen = True
        # kgraph_abbreviation_ends: "GmbH. Der", "Series A. The"
        for match in self._period_space.finditer(text):
            after = match.end()
            if after in starts:
                continue
            begin = match.start()
            while begin > 0 and not text[begin - 1].isspace():
                begin -= 1
            tokens, _, last = self._tokens(text[begin:match.start() + 1])
            if self._tokens(_RUN.match(text, after).group())[1] in self._starts \
                    and _ends_sentence(text, begin + tokens[-1][0], last):
                starts.add(after)
        spans = []
        ordered = sorted(starts)
        for i, start in enumerate(ordered):
            end = ordered[i + 1] if i + 1 < len(ordered) else n
            if text[end - 1] == " " and end >= 2 and not text[end - 2].isspace():
                end -= 1  # the space spaCy attached to the last word
            spans.append((start, end))
        return spans


def _cross_space_pairs(tokenizer: Tokenizer) -> frozenset[tuple[str, str]]:
    """Neighbouring tokens (a, b) of every special case spaCy matches over several tokens.

    spaCy matches such special cases over the whole Doc, so a and b can come from two runs
    separated by one space. Such a match hides overlapping matches inside a run, and one
    special case holds a space itself ("S.p. A.", whose tokens "." and "A." are such a pair).
    """
    bare = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                     suffix_search=tokenizer.suffix_search,
                     infix_finditer=tokenizer.infix_finditer,
                     token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    pairs = set()
    for rule in tokenizer.rules or {}:
        words = [t.text for t in bare(rule)]
        pairs.update(zip(words, words[1:], strict=False))
    return frozenset(pairs)


@cache
def blank_pipeline(lang: str) -> SentenceSplitter:
    """The rule pipeline for ``de`` or ``en``: call it on a text, read ``.sents``."""
    return SentenceSplitter(spacy_pipeline(lang))


@cache
def trained_pipeline(name: str) -> Language:
    """A user's installed spaCy pipeline (package name or path), for its NER only."""
    try:
        nlp = spacy.load(name, exclude=["lemmatizer", "textcat", "textcat_multilabel"])
    except (OSError, ImportError) as exc:
        raise ModelLoadError(
            f"cannot load spaCy pipeline {name!r}: {str(exc).rstrip('.')}. Install it first "
            f"(for example `pip install {name}`), or build without --spacy-model to use the "
            "rules only."
        ) from exc
    return nlp


SPACY_LABELS = {"ORG": "Organization", "PERSON": "Person", "PER": "Person", "PRODUCT": "Product"}
"""Labels of spaCy's English (OntoNotes) and German (WikiNER) models that map to our classes."""


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end character offsets) of a text."""
    return [(s.start_char, s.end_char) for s in blank_pipeline(lang)(text).sents
            if s.text.strip()]
