"""Language detection walks py3langid's byte automaton with numpy (articles.LANGID_WINDOW):
it must give py3langid's own answers, and the window it relies on must hold for the model."""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import numpy as np
import pytest

from kgraph import articles

langid = pytest.importorskip("py3langid.langid")

TEXTS = [
    "Die Deutsche Telekom nutzt seit Mai das Sprachmodell Llama von Meta.",
    "OpenAI said on Tuesday that its new model beats Gemini on coding tasks.",
    "Größere Übernahmen (für 10 Mrd. €) prüft die Bafin — „sagte“ er.",
    "", "a", "ab", "12345", "ÄÖÜ", "\n\n  \t", "Qwen-3-Modell", "x" * 300,
]


def _model_path() -> Path:
    path = Path(langid.MODEL_FILE)
    return path if path.is_absolute() else Path(langid.MODEL_DIR) / path


def _plain() -> object:
    plain = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    plain.set_languages(list(articles.LANGUAGES))
    return plain


def test_windowed_detection_scores_as_py3langid_does() -> None:
    fast, plain = articles._load_langid(), _plain()
    rng = random.Random(3)
    texts = TEXTS + ["".join(rng.choice("aäöüßeÄnrtsS ,.-\n€1") for _ in range(rng.randrange(60)))
                     for _ in range(300)]
    texts += [bytes(rng.randrange(256) for _ in range(rng.randrange(60))).decode("latin-1")
              for _ in range(300)]
    for text in texts:
        data = plain._encode(text)
        assert np.array_equal(fast._raw_score(data), plain._raw_score(data)), text
        assert fast.classify(text) == plain.classify(text), text


@pytest.mark.skipif(hashlib.sha256(_model_path().read_bytes()).hexdigest()
                    != articles.LANGID_MODEL_SHA256,
                    reason="another py3langid model: the plain walk is used")
def test_automaton_state_depends_on_the_last_window_bytes_only() -> None:
    """Walk every state and the start state on the same bytes: after LANGID_WINDOW bytes
    every pair has met, so what came before the window never matters."""
    ident = _plain()
    step = np.frombuffer(ident.tk_nextmove, dtype=np.dtype(ident.tk_nextmove.typecode))
    rowbase = np.array(ident._rowbase, dtype=np.int64)
    count = len(rowbase)
    left, right = np.arange(count, dtype=np.int64), np.zeros(count, dtype=np.int64)
    every_byte = np.arange(256)
    for _ in range(articles.LANGID_WINDOW):
        a = step[(rowbase[left][:, None] + every_byte).ravel()].astype(np.int64)
        b = step[(rowbase[right][:, None] + every_byte).ravel()].astype(np.int64)
        pairs = np.unique(a * count + b)
        left, right = pairs // count, pairs % count
    assert np.array_equal(left, right)


def test_the_windowed_walk_is_used_for_the_model_it_was_proven_for() -> None:
    if hashlib.sha256(_model_path().read_bytes()).hexdigest() != articles.LANGID_MODEL_SHA256:
        pytest.skip("another py3langid model")
    assert type(articles._load_langid()) is not langid.LanguageIdentifier
