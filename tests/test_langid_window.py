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


def _proven_model() -> None:
    if hashlib.sha256(_model_path().read_bytes()).hexdigest() != articles.LANGID_MODEL_SHA256:
        pytest.skip("another py3langid model: no copy is kept")


def test_a_kept_copy_of_the_model_scores_as_the_bundled_model(tmp_path, monkeypatch) -> None:
    _proven_model()
    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(tmp_path))
    fresh = articles._load_langid()  # unpacks the bundled model and keeps a copy
    copy = articles._model_copy_path()
    assert copy is not None and copy.parent == tmp_path and copy.is_file()
    kept = articles._read_model_copy(type(fresh), copy)
    assert kept is not None, "the copy just written must load"
    plain = _plain()
    for text in TEXTS:
        expected = plain._decide(text)
        assert np.array_equal(kept._decide(text), expected), text
        assert kept.classify(text) == plain.classify(text)
    written = copy.stat().st_mtime_ns
    again = articles._load_langid()  # from the copy: not written again
    assert copy.stat().st_mtime_ns == written
    assert again.classify(TEXTS[1]) == plain.classify(TEXTS[1])


def test_a_damaged_copy_is_replaced_and_detection_is_unchanged(tmp_path, monkeypatch) -> None:
    _proven_model()
    monkeypatch.setenv("KGRAPH_CACHE_DIR", str(tmp_path))
    copy = articles._model_copy_path()
    copy.write_bytes(b"PK\x03\x04 not a zip archive")
    loaded = articles._load_langid()
    assert [loaded.classify(t) for t in TEXTS] == [_plain().classify(t) for t in TEXTS]
    assert articles._read_model_copy(type(loaded), copy) is not None


@pytest.mark.parametrize("setting", ["", "file"])
def test_no_copy_is_kept_when_the_cache_is_off_or_unwritable(tmp_path, monkeypatch,
                                                            setting) -> None:
    _proven_model()
    if setting == "file":
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder")
        setting = str(blocker / "kgraph")
    monkeypatch.setenv("KGRAPH_CACHE_DIR", setting)
    loaded = articles._load_langid()
    assert loaded.classify(TEXTS[0])[0] == "de"
    assert not any(p.suffix in (".npz", ".tmp") for p in tmp_path.rglob("*"))


def test_a_clear_winner_is_the_language_classify_gives() -> None:
    """detect_language takes the higher raw score where the two are clearly apart, and
    asks classify where they are close: its answers are classify's on every text."""
    plain = _plain()
    rng = random.Random(11)
    words = ("der die das und ist nutzt Modell Unternehmen the of and is uses model company "
             "a an Mrd. billion € $ ä ö ü ß").split()
    texts = TEXTS + [" ".join(rng.choice(words) for _ in range(rng.randrange(40)))
                     for _ in range(400)]
    texts += [bytes(rng.randrange(256) for _ in range(rng.randrange(40))).decode("latin-1")
              for _ in range(200)]
    close = 0
    for text in texts:
        lang = plain.classify(text)[0]
        assert articles.detect_language(text) == (lang if lang in articles.LANGUAGES else "en")
        close += articles._clear_winner(text) is None
    assert 0 < close < len(texts) // 2  # both ways are taken
