"""find_word: a literal name found as re would find it with a pattern compiled for it."""
from __future__ import annotations

import re

import pytest

from kgraph.mentions import (
    _AFTER_COMPANY,
    _AFTER_COMPANY_ALONE,
    _AFTER_NAME,
    _AFTER_SURNAME,
    find_word,
)


@pytest.mark.parametrize("word", ["Vogt", "Lind", "A.I.", "Kestrel Freight", "Öztürk", "x"])
def test_find_word_finds_what_a_pattern_per_word_finds(word):
    text = (f"{word} said. -{word} {word}s {word}'s {word}-Chef x{word} {word}x {word}_ "
            f"({word}) {word}{word} {word} {word}’s Global {word} Global")
    for after in (_AFTER_NAME, _AFTER_SURNAME, _AFTER_COMPANY, _AFTER_COMPANY_ALONE):
        expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}{after.pattern}",
                                                  text)]
        assert list(find_word(text, word, after)) == expected
        assert expected  # the text holds matches, so the comparison means something
