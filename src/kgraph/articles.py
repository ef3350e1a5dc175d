"""Files and folders -> Article: decoding, HTML/Markdown to text, title, date, language.

Libraries do the hard parts (FINDINGS.md): trafilatura for the main text and metadata
of HTML pages, charset-normalizer for unknown encodings, py3langid for the language.
Nothing here raises for one bad file: it is reported as skipped and the rest go on.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputPathError
from .models import Article

EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html", ".xhtml": "html"}
LANGUAGES = ("de", "en")
MAX_BYTES = 200 * 1024 * 1024
"""Files above this are refused rather than read into memory."""

_BINARY_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable", b"MZ": "a Windows executable",
}


@dataclass(frozen=True)
class Skipped:
    """A file that was not read, and why (shown to the user, one line each)."""

    path: str
    reason: str


@dataclass(frozen=True)
class SourceFile:
    """A file found under the input paths, not yet read."""

    path: Path
    display: str


def find_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[SourceFile], list[Skipped]]:
    """Expand files and folders (recursively, symlink loops cut) into article files."""
    found: list[SourceFile] = []
    skipped: list[Skipped] = []
    seen_dirs: set[str] = set()
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            raise InputPathError(f"{raw}: no such file or folder")
        if root.is_file():
            found.append(SourceFile(root, root.as_posix()))
            continue
        for item in _walk(root, seen_dirs, skipped):
            if item.suffix.lower() in EXTENSIONS:
                found.append(SourceFile(item, item.as_posix()))
    found.sort(key=lambda f: f.display)
    return found, skipped


def _walk(folder: Path, seen: set[str], skipped: list[Skipped]) -> Iterator[Path]:
    try:
        real = os.path.realpath(folder)
    except OSError as exc:
        skipped.append(Skipped(folder.as_posix(), f"cannot resolve folder: {exc.strerror}"))
        return
    if real in seen:
        skipped.append(Skipped(folder.as_posix(), "folder already visited (symlink loop)"))
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        skipped.append(Skipped(folder.as_posix(), f"cannot list folder: {exc.strerror}"))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir():
                yield from _walk(path, seen, skipped)
            elif entry.is_file():
                yield path
        except OSError as exc:
            skipped.append(Skipped(path.as_posix(), f"cannot stat: {exc.strerror}"))


def read_article(source: SourceFile, lang: str | None = None) -> Article | Skipped:
    """Read one file into an Article, or say why it cannot be used."""
    display = source.display
    try:
        size = source.path.stat().st_size
        if size > MAX_BYTES:
            return Skipped(display, f"file is {size // 2**20} MB, above the {MAX_BYTES // 2**20} MB limit")
        raw = source.path.read_bytes()
    except OSError as exc:
        return Skipped(display, f"cannot read: {exc.strerror or exc}")
    return article_from_bytes(raw, display, EXTENSIONS.get(source.path.suffix.lower(), "text"), lang)


def article_from_bytes(raw: bytes, display: str, kind: str = "text",
                       lang: str | None = None) -> Article | Skipped:
    """Decode, strip markup, find title, date and language. Pure: usable on any bytes."""
    if not raw.strip():
        return Skipped(display, "empty file")
    binary = _binary_kind(raw)
    if binary:
        return Skipped(display, f"not text: looks like {binary}")
    text = decode(raw)
    if text is None:
        return Skipped(display, "not text: cannot decode it in any known encoding")
    title = date = None
    if kind == "html" or (kind == "text" and _looks_like_html(text)):
        text, title, date = html_to_text(text)
    elif kind == "markdown":
        text, title = markdown_to_text(text)
    text = _clean(text)
    if len(re.findall(r"\w", text)) < 3:
        return Skipped(display, "no article text in it")
    if title is None:
        title = _first_line_title(text)
    if date is None:
        date = find_date(text[:600])
    return Article(path=display, text=text, sha=hashlib.sha256(raw).hexdigest(),
                   lang=lang or detect_language(text), title=title, date=date)


def _binary_kind(raw: bytes) -> str | None:
    for magic, name in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            return name
    head = raw[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with BOM: NULs are expected
    if b"\x00" in head:
        # UTF-16 without BOM has NULs on every other byte; anything else is binary
        odd, even = head[1::2].count(0), head[0::2].count(0)
        if max(odd, even) > len(head) // 4 and min(odd, even) < len(head) // 50:
            return None
        return "binary data"
    return None


def decode(raw: bytes) -> str | None:
    """Bytes -> str: BOMs first, then strict UTF-8, then charset-normalizer's best guess."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Western news folders that are not UTF-8 are nearly always cp1252/Latin-1; on short
    # texts charset-normalizer guesses other single-byte codepages (measured: "Über" came
    # back as "İber"), so cp1252 wins whenever it decodes to plain letters and punctuation.
    try:
        text = raw.decode("cp1252")
        if not re.search(r"[\x80-\x9f\u0100-\u024f]", text.replace("\u20ac", "")):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[: 1 << 20]).best()
    if best is not None and best.encoding:
        try:
            return raw.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    # cp1252 decodes every byte but five; the commonest legacy encoding of news text
    return raw.decode("cp1252", errors="replace")


def _looks_like_html(text: str) -> bool:
    head = text[:500].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Main article text, title and date of a web page (trafilatura drops nav, ads, scripts)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception:  # trafilatura raises assorted errors on broken markup
        doc = None
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = data.get("text") or ""
        if text.strip():
            return text, data.get("title") or None, _iso_date(data.get("date"))
    return _strip_tags(html), None, None


def _strip_tags(html: str) -> str:
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:
        return re.sub(r"<[^>]*>", " ", html)
    for bad in tree.xpath("//script|//style|//noscript|//nav|//footer|//header"):
        bad.drop_tree()
    return tree.text_content()


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"(\*\*|__|\*|`+)")


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """Markdown -> plain text: headings, emphasis, links and list bullets removed."""
    title = None
    lines = []
    for line in md.splitlines():
        stripped = line.strip()
        if stripped.startswith("---") and not lines:
            continue
        heading = re.match(r"#{1,6}\s+(.*)", stripped)
        if heading:
            stripped = heading.group(1).strip().rstrip("#").strip()
            if title is None:
                title = _MD_MARK.sub("", stripped)
        stripped = re.sub(r"^([-*+]|\d+\.)\s+", "", stripped)
        stripped = re.sub(r"^>\s?", "", stripped)
        stripped = _MD_LINK.sub(r"\1", stripped)
        lines.append(_MD_MARK.sub("", stripped))
    return "\n".join(lines), title


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    # control characters (but tab and newline) break RDF literals and mean nothing here
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n\s*\n\s*\n+", "\n\n", text)
    return text.strip()


def _first_line_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    if 0 < len(first) <= 160 and not first.endswith((".", ",")):
        return first
    return None


_MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2,
    "märz": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6,
    "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10, "oct": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "december": 12, "dec": 12, "dez": 12,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "m", "y")),
    (re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH_RE})\.?\s+(\d{{4}})\b", re.I), ("d", "M", "y")),
    (re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I), ("M", "d", "y")),
)


def find_date(text: str) -> str | None:
    """The first full date in a snippet of text, as ISO 8601, or None."""
    best: tuple[int, str] | None = None
    for pattern, order in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = _MONTHS[parts["M"].lower()] if "M" in parts else int(parts["m"])
        day, year = int(parts["d"]), int(parts["y"])
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            if best is None or match.start() < best[0]:
                best = (match.start(), f"{year:04d}-{month:02d}-{day:02d}")
    return best[1] if best else None


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    return find_date(str(value))


_langid = None


def detect_language(text: str) -> str:
    """German or English, by py3langid restricted to the two (fast, model bundled)."""
    global _langid
    if _langid is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _langid = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        _langid.set_languages(list(LANGUAGES))
    lang, _ = _langid.classify(text[:5000])
    return lang if lang in LANGUAGES else "en"


def paragraph_languages(text: str) -> list[tuple[int, int, str]]:
    """Split text into runs of paragraphs of one language: (start, end, lang).

    Lets a page that mixes German and English go through the matching pipeline per part.
    Short paragraphs (headlines, captions) join the language of the run they sit in.
    """
    runs: list[tuple[int, int, str]] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        para = match.group(0)
        words = len(para.split())
        lang = detect_language(para) if words >= 8 else None
        if runs and (lang is None or runs[-1][2] == lang):
            runs[-1] = (runs[-1][0], match.end(), runs[-1][2])
        else:
            runs.append((match.start(), match.end(), lang or ""))
    if not runs:
        return []
    default = detect_language(text)
    runs = [(s, e, lang or default) for s, e, lang in runs]
    merged = [runs[0]]
    for s, e, lang in runs[1:]:
        if merged[-1][2] == lang:
            merged[-1] = (merged[-1][0], e, lang)
        else:
            merged.append((s, e, lang))
    return merged
