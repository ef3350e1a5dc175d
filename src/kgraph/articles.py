"""Files and folders -> Article: decoding, HTML/Markdown to text, title, date, language.

Libraries do the hard parts (FINDINGS.md): trafilatura for the main text and metadata
of HTML pages, charset-normalizer for unknown encodings, py3langid for the language.
Nothing here raises for one bad file: it is reported as skipped (path and reason, one
line) and the rest go on. README "What kgraph does with bad input" lists every reason.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import math
import os
import re
import stat
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputPathError
from .lexicon import words_regex
from .models import Article

EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html", ".xhtml": "html"}
FOLDER_DOCUMENTS = frozenset({"readme", "license", "licence", "copying", "notice", "authors",
                              "changelog", "changes", "contributing", "code_of_conduct",
                              "security"})
"""Names (without extension, any case) of the files that describe a folder rather than hold
an article: a walked folder's README.md is not news. Named on the command line, they are
read like any file."""
LANGUAGES = ("de", "en")
MAX_BYTES = 10 * 1024 * 1024
"""Files above this are skipped unread (measured: trafilatura needs 16-23 s for a 10 MB page)."""
MAX_CHARS = 2_000_000
"""Article text above this is skipped: about 300,000 words, far beyond any real article.
Extraction is linear in the text (benchmarks/bench_bad_input.py): a 1,000,000-character
text takes about 5 s, so the limit keeps a stray dump file to about 10 s of a build."""
MAX_TITLE = 300
"""Titles are cut to this many characters (a page's <title> can be anything)."""

_BINARY_MAGIC = {
    b"%PDF-": "a PDF document", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive",
    b"\xff\xd8\xff": "a JPEG image", b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document", b"7z\xbc\xaf": "a 7-Zip archive",
    b"\xfd7zXZ": "an xz archive", b"SQLite format 3\x00": "an SQLite database",
    b"\x00\x00\x01\x00": "an icon",
}
_WORD_MAGIC = {
    b"MZ": "a Windows executable", b"GIF8": "a GIF image", b"Rar!": "a RAR archive",
    b"BZh": "a bzip2 archive", b"RIFF": "a RIFF media file", b"OggS": "an Ogg media file",
    b"ID3": "an MP3 file",
}
"""Magic numbers that are also plain text ("MZ-Redakteur ..."): trusted only when binary
bytes follow."""
_KGRAPH_PAGE = b'<script type="application/json" id="kg-data">'
"""In every graph.html kgraph writes: an output folder inside the input folder is not read."""
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)


SYMLINK_LOOP = "symbolic link loop"
FOLDER_AGAIN = "folder already read through another path (symbolic link)"
SAME_CONTENT = "same content as"
"""The reason of a file skipped as a duplicate, before the path of the file read instead."""
CANNOT_LIST = "cannot list folder"
"""The reason of a folder whose files could not be listed, before the system's word for why."""


@dataclass(frozen=True)
class Skipped:
    """A file that was not read, and why (shown to the user, one line each)."""

    path: str
    reason: str

    @property
    def loop(self) -> bool:
        """A symbolic link loop cut while walking the folders (a link to itself, or back to
        a folder already read): no article is lost by it, so a build reports it apart from
        the skipped files (BuildReport.loops) and --strict passes over it."""
        return self.reason in (SYMLINK_LOOP, FOLDER_AGAIN)

    @property
    def duplicate(self) -> bool:
        """A file with the same bytes as one read: its text is in the graph."""
        return self.reason.startswith(SAME_CONTENT)

    @property
    def unlisted(self) -> bool:
        """A folder that could not be listed: the articles in it, if any, were not read."""
        return self.reason.startswith(CANNOT_LIST)


@dataclass(frozen=True)
class SourceFile:
    """A file found under the input paths, not yet read."""

    path: str | os.PathLike[str]
    """A string where a folder walk found it: a Path per file was two thirds of walking
    10,000 files (0.07-0.13 s against 0.03 s now, on every rebuild's path)."""
    display: str

    @property
    def suffix(self) -> str:
        """The file name's extension, lower case (".txt")."""
        return os.path.splitext(self.path)[1].lower()


def as_paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
             ) -> list[str | os.PathLike[str]]:
    """The list of paths a function was given: one path (a string or Path) is a list of one.

    Iterating a string gives its characters, and "t: no such file or folder" for
    ``build("articles", ...)`` is no answer a notebook user can act on.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        return [os.fsdecode(paths) if isinstance(paths, bytes) else paths]
    return list(paths)


def find_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[SourceFile], list[Skipped]]:
    """Expand files and folders (recursively, symlink loops cut) into article files.

    Only regular files are returned: a FIFO or device named ``x.txt`` would block or
    never end when read, so it is reported instead. Folders are walked with an explicit
    stack, so no nesting depth exhausts Python's recursion limit. ``paths`` is a list: the
    public entries (api, pipeline.build, build_graph) turn one path into a list of one
    (as_paths).
    """
    found: list[SourceFile] = []
    skipped: list[Skipped] = []
    seen_dirs: set[str] = set()
    for raw in paths:
        root = Path(raw)
        if not os.path.lexists(root):
            raise InputPathError(f"{raw}: no such file or folder")
        problem = _not_regular(root)
        if problem == "folder":
            found += _walk(root, seen_dirs, skipped)
        elif problem:
            skipped.append(Skipped(_posix(str(root)), problem))
        else:
            found.append(SourceFile(root, _posix(str(root))))
    found.sort(key=lambda f: f.display)
    return found, skipped


def _not_regular(path: Path) -> str | None:
    """None for a regular file, "folder" for a folder, else why it cannot be read."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if os.path.islink(path):
            if exc.errno == 40:  # ELOOP
                return SYMLINK_LOOP
            return "broken symbolic link"
        return f"cannot stat: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device")
    return f"not a regular file ({kind})"


def _walk(top: Path, seen: set[str], skipped: list[Skipped]) -> list[SourceFile]:
    found: list[SourceFile] = []
    stack = [top]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen:
            skipped.append(Skipped(_posix(str(folder)), FOLDER_AGAIN))
            continue
        seen.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(_posix(str(folder)),
                                   f"{CANNOT_LIST}: {exc.strerror or exc}"))
            continue
        subfolders = []
        # folder / name as Path would spell it ("." adds nothing), without a Path per file
        base = "" if str(folder) == "." else os.path.join(str(folder), "")
        for entry in entries:
            stem, suffix = os.path.splitext(entry.name)
            article = suffix.lower() in EXTENSIONS and stem.lower() not in FOLDER_DOCUMENTS
            try:
                if entry.is_file():
                    if article:
                        found.append(SourceFile(base + entry.name, _posix(base + entry.name)))
                    continue
                if entry.is_dir():
                    subfolders.append(folder / entry.name)
                    continue
            except OSError:
                pass  # is_dir/is_file raise on a symlink loop; _not_regular says why
            path = folder / entry.name
            problem = _not_regular(path)
            if problem == "folder":
                subfolders.append(path)
            elif problem and (article or problem == SYMLINK_LOOP):
                skipped.append(Skipped(_posix(str(path)), problem))
        stack.extend(reversed(subfolders))
    return found


def _posix(path: str) -> str:
    """The path to show and store: "/" between folders, and text that can be written.

    A file name that is not UTF-8 (b"caf\\xe9.txt", Latin-1 from an old archive) reaches
    Python with its byte as a lone surrogate, which no UTF-8 file, page or terminal
    takes: the build stopped with a traceback writing its cache. Such a byte is shown
    escaped, "caf\\xe9.txt"; the file itself is still opened by its real name."""
    if os.sep != "/":
        path = Path(path).as_posix()
    if not path.isascii():
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            path = os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def read_source(source: SourceFile) -> bytes | Skipped:
    """A file's bytes, or why they cannot be had (too big, unreadable)."""
    try:
        with open(source.path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_BYTES:
                return Skipped(source.display, f"file is {size // 2**20} MB, above the "
                                               f"{MAX_BYTES // 2**20} MB limit")
            return fh.read()
    except OSError as exc:
        return Skipped(source.display, f"cannot read: {exc.strerror or exc}")


def read_article(source: SourceFile, lang: str | None = None) -> Article | Skipped:
    """Read one file into an Article, or say why it cannot be used."""
    raw = read_source(source)
    if isinstance(raw, Skipped):
        return raw
    return article_from_bytes(raw, source.display, EXTENSIONS.get(source.suffix, "text"), lang)


def article_from_bytes(raw: bytes, display: str, kind: str = "text",
                       lang: str | None = None) -> Article | Skipped:
    """Decode, strip markup, find title, date and language. Pure: usable on any bytes."""
    if not raw.strip():
        return Skipped(display, "empty file")
    binary = _binary_kind(raw)
    if binary:
        return Skipped(display, f"not text: looks like {binary}")
    if _KGRAPH_PAGE in raw:
        return Skipped(display, "a graph page written by kgraph, not an article")
    text = decode(raw)
    if text is None:
        return Skipped(display, "not text: cannot decode it in any known encoding")
    if len(text) > 4 * MAX_CHARS and kind != "html" and not _looks_like_html(text):
        # no markup to strip: cleaning would not bring it under the limit
        return Skipped(display, f"article text is {len(text):,} characters, above the "
                                f"{MAX_CHARS:,} limit")
    title = date = None
    if kind == "html" or (kind == "text" and _looks_like_html(text)):
        text, title, date = html_to_text(text)
    elif kind == "markdown":
        text, title, date = markdown_to_text(text)
    text = _clean(text)
    if not _WORDY.search(text):
        return Skipped(display, "no article text in it")
    if len(text) > MAX_CHARS:
        return Skipped(display, f"article text is {len(text):,} characters, above the "
                                f"{MAX_CHARS:,} limit")
    title = _clean_title(title) if title else _first_line_title(text)
    if date is None:
        date = find_date(text[:600])
    return Article(path=display, text=text, sha=hashlib.sha256(raw).hexdigest(),
                   lang=lang or detect_language(text), title=title, date=date)


def _binary_kind(raw: bytes) -> str | None:
    for magic, name in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            return name
    for magic, name in _WORD_MAGIC.items():
        if raw.startswith(magic) and _CONTROL_BYTES.search(raw[:512]):
            return name
    if raw.startswith(tuple(bom for bom, _ in _BOMS)):
        return None  # UTF-16/32 with BOM: NULs are expected
    head = raw[:4096]
    if b"\x00" in head and _utf16_without_bom(head):
        return None
    # text has a stray control byte at most; binary data has them everywhere (random
    # bytes: 11%); 5% keeps text with a pasted NUL or escape sequence readable
    if len(_CONTROL_BYTES.findall(head)) > max(1, len(head) // 20):
        return "binary data"
    return None


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 of Latin text without a BOM has a NUL in every other byte: which half says LE/BE."""
    if len(head) < 4:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if max(odd, even) > len(head) // 4 and min(odd, even) <= len(head) // 50:
        return "utf-16-le" if odd > even else "utf-16-be"
    return None


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error("kgraph-cp1252", _cp1252_fallback)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(raw: bytes) -> str | None:
    """Bytes -> str: BOMs, UTF-16 without BOM, UTF-8 (mixed with stray cp1252 bytes too),
    then cp1252/Latin-1, then charset-normalizer's best guess."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(raw[:4096]) if b"\x00" in raw[:4096] else None
    if utf16:
        return raw[: len(raw) // 2 * 2].decode(utf16, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # a UTF-8 file with a few Latin-1/cp1252 bytes pasted in (concatenated sources):
    # keep the UTF-8 and read only the stray bytes as cp1252, rather than mangle it all
    head = raw[: 1 << 20]
    invalid = head.decode("utf-8", errors="replace").count("\ufffd") - head.count(b"\xef\xbf\xbd")
    # cp1252 text has a few byte pairs that happen to be valid UTF-8 ("Ä–" is C4 96, "Ė");
    # a mixed file has many real UTF-8 characters and a few stray bytes
    if len(_UTF8_MULTIBYTE.findall(head)) > 4 * invalid:
        return raw.decode("utf-8", errors="kgraph-cp1252")
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
        # dates from the page's markup only: htmldate's extensive search also reads the
        # visible text and, failing all else, turns "© 2026" into 2026-01-01
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False,
                                          date_extraction_params=_DATE_PARAMS)
    except Exception:  # trafilatura raises assorted errors on broken markup
        doc = None
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = data.get("text") or ""
        if len(text) < _SHORT and not _WORDY.search(_strip_tags(html, body_only=True)):
            # trafilatura falls back to the menu or the footer of a page without an
            # article ("<nav>Home</nav>"): that is no article text
            return "", None, None
        if text.strip():
            return (_with_byline(text, html), data.get("title") or None,
                    _iso_date(data.get("date")))
    return _strip_tags(html), None, None


_BYLINE_XPATH = ("//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
                 " or contains(concat(' ', normalize-space(@class), ' '), ' author ')"
                 " or @rel='author' or @itemprop='author']"
                 "|//meta[@name='author']/@content")
_BYLINE_NAME = re.compile(
    r"(?:(?:By|Von|von|by)\s+)?((?:[A-ZÄÖÜ][a-zäöüßé'’]+(?:-[A-ZÄÖÜ][a-zäöüßé'’]+)?\s+){1,2}"
    r"[A-ZÄÖÜ][a-zäöüßé'’]+(?:-[A-ZÄÖÜ][a-zäöüßé'’]+)?)\s*(?:$|[|·•,;–—(]|\s[-/]\s)")
"""A byline's author: "By Marcus Feld · October 6", "Von Katrin Oberländer | 24.09.": two or
three capitalised words, then the end or a separator before the date or the outlet."""


def _with_byline(text: str, html: str) -> str:
    """The article text with its author's byline as a last line ("By Marcus Feld") when the
    page names one (a byline element, or <meta name="author">) that the text lacks:
    trafilatura keeps the author as metadata only. At the end, the byline moves no
    offset of the text before it, and its own line is a sentence of its own."""
    from lxml import html as lxml_html

    try:
        found = lxml_html.fromstring(html).xpath(_BYLINE_XPATH)
    except Exception:
        return text
    for node in found:
        raw = node if isinstance(node, str) else node.text_content()
        name = _BYLINE_NAME.match(" ".join(str(raw).split()))
        if name and name.group(1) not in text:
            return f"{text.rstrip()}\n\nBy {name.group(1)}"
        if name:
            return text
    return text


_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_SHORT = 500
"""Below this many characters, trafilatura's text is checked against the page without its
navigation, header and footer."""


def _strip_tags(html: str, body_only: bool = False) -> str:
    """The page's text without scripts, styles, navigation, header and footer (and without
    its <head>, the title included, when body_only)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:
        return re.sub(r"<[^>]*>", " ", html)
    drop = "//script|//style|//noscript|//nav|//footer|//header" + ("|//head" if body_only else "")
    for bad in tree.xpath(drop):
        bad.drop_tree()
    return tree.text_content()


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"(\*\*|__|\*|`+)")
_MD_FRONT = re.compile(r"\A\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD_RAW_BLOCK = re.compile(r"<(script|style|iframe|object|template)\b.*?(?:</\1\s*>|\Z)",
                           re.S | re.I)
_MD_TAG = re.compile(r"<!--.*?(?:-->|\Z)|</?[A-Za-z][^<>\n]*>", re.S)


def markdown_to_text(md: str) -> tuple[str, str | None, str | None]:
    """Markdown -> (plain text, title, date): headings, emphasis, links, bullets and raw HTML
    removed; title and date from YAML front matter when it has them, else the first heading.

    Written here rather than with a Markdown library: news exports use a small subset, and
    offsets into the plain text are all that matters downstream.
    """
    title = date = None
    front = _MD_FRONT.match(md)
    if front:
        for line in front.group(1).splitlines():
            key, sep, value = line.partition(":")
            value = value.strip().strip("\"'").strip()
            if sep and key.strip().lower() == "title" and value:
                title = value
            elif sep and key.strip().lower() in ("date", "published") and value:
                date = find_date(value)
        md = md[front.end():]
    md = _MD_TAG.sub(" ", _MD_RAW_BLOCK.sub(" ", md))
    heading_title = None
    lines = []
    for line in md.splitlines():
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            continue  # code fence markers; the code itself stays as text
        heading = re.match(r"#{1,6}\s+(.*)", stripped)
        if heading:
            stripped = heading.group(1).strip().rstrip("#").strip()
            if heading_title is None:
                heading_title = _MD_MARK.sub("", _MD_LINK.sub(r"\1", stripped))
        elif re.fullmatch(r"[=\-*_ ]{3,}", stripped):
            continue  # setext underline or horizontal rule
        stripped = re.sub(r"^([-*+]|\d+\.)\s+", "", stripped)
        stripped = re.sub(r"^(>\s?)+", "", stripped)
        stripped = _MD_LINK.sub(r"\1", stripped)
        lines.append(_MD_MARK.sub("", stripped))
    return "\n".join(lines), title or heading_title, date


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    # control characters (but tab and newline) break RDF literals and mean nothing here
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n\s*\n\s*\n+", "\n\n", text)
    return _join_spaced_hyphens(text.strip())


_HYPHEN_IN_WORDS = re.compile(r"(?<=[a-z]) - (?=[a-z])")
_BARE_HYPHEN = re.compile(r"[a-z]-[a-z]")
_SPACED_HYPHEN = re.compile(r"(?<=[^\W_]) - (?=[^\W_])")
_PREFIX_HYPHEN = re.compile(r"\b(re|co|pre|non|multi|anti|self|cross|post|semi|sub|ex) - (?=[a-z])")
_SUFFIX_HYPHEN = re.compile(
    rf"(?<=[^\W_]) - (?=(?:{words_regex('compound_adjectives.tsv', 'rejoin')})"
    r"\b)")

_LETTER_HYPHEN = re.compile(r"(?<![\w.'’-])([A-Z]) - (?=[A-Z][a-z])")
"""A capital letter that opens a name: "the V - Rally series", "X - Men"."""


def _join_spaced_hyphens(text: str) -> str:
    """Compounds a tokenised text writes with spaces round the hyphen ("a role - playing
    game ... re - released for the Lego - themed ..."), as corpora split into tokens and
    joined again have them, written as words again. Where an article does it twice or more
    between small letters and never joins two words with a bare hyphen, every hyphen between
    spaces joins two words; elsewhere (a dash between spaces: "the deal - worth $2bn - closed")
    only after a prefix ("re - released"), before a word that only ends a compound ("Lego -
    themed") or after a capital letter that opens a name ("V - Rally")."""
    if " - " not in text:
        return text
    if len(_HYPHEN_IN_WORDS.findall(text)) >= 2 and not _BARE_HYPHEN.search(text):
        return _SPACED_HYPHEN.sub("-", text)
    return _LETTER_HYPHEN.sub(r"\1-", _SUFFIX_HYPHEN.sub("-", _PREFIX_HYPHEN.sub(r"\1-", text)))


_WORDY = re.compile(r"\w\W*\w\W*\w")
"""At least three letters or digits: anything less is not an article."""


def _clean_title(title: str) -> str | None:
    """One line of plain text, at most MAX_TITLE characters (titles come from page markup)."""
    title = re.sub(r"[\x00-\x1f\x7f\s]+", " ", title).strip()
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rstrip() + "…"
    return title or None


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
    (re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])"), ("y", "m", "d")),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])"), ("d", "m", "y")),
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
        if 1900 <= year <= 2100 and _valid_date(year, month, day):
            if best is None or match.start() < best[0]:
                best = (match.start(), f"{year:04d}-{month:02d}-{day:02d}")
    return best[1] if best else None


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False  # 31.02.2024 is no date; as xsd:date it would be an ill-typed literal
    return True


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    return find_date(str(value))


_langid = None

LANGID_WINDOW = 6
"""Bytes that fix the state of py3langid's byte automaton: after any 6 bytes it is in the
state it reaches from its start on those 6 bytes alone (whatever came before). Proven for
the model file named below by tests/test_langid_window.py (pairs of states walked on)."""
LANGID_MODEL_SHA256 = "f4f4a2c3465ca1f081541037f9cac23021d68151c2f709c55ae5eedfca522963"
"""py3langid 0.4.0's bundled model, for which LANGID_WINDOW was proven."""


def _windowed_identifier(identifier_class: type) -> type:
    """``identifier_class`` with the automaton walk done for all bytes at once by numpy.

    py3langid walks the text byte by byte in Python, a sixth of extraction's time. Since a
    state depends on the last LANGID_WINDOW bytes only, every position's state is found by
    LANGID_WINDOW vectorised steps. The features come out in the same order, so the
    scores are the same to the bit.
    """
    import numpy as np

    class Windowed(identifier_class):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._np_next = np.frombuffer(self.tk_nextmove,
                                          dtype=np.dtype(self.tk_nextmove.typecode))
            self._np_rowbase = np.array(self._rowbase, dtype=np.int64)
            self._np_out = np.array(self.tk_output, dtype=np.int64)

        def _raw_score(self, text: bytes) -> object:
            data = np.frombuffer(text, dtype=np.uint8).astype(np.int64)
            n = len(data)
            states = np.zeros(n, dtype=np.int64)
            for back in range(min(LANGID_WINDOW, n) - 1, -1, -1):
                # step ``back`` bytes before each position; positions nearer the start
                # than that have not begun their walk and stay in the start state
                states[back:] = self._np_next[self._np_rowbase[states[back:]]
                                              + data[:n - back]]
            features = self._np_out[states]
            features = features[features >= 0].tolist()
            if not features:
                return super()._raw_score(text)
            return self._sparse_score(Counter(features), self.nb_ptc)

    return Windowed


def _load_langid() -> object:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    path = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() else Path(MODEL_DIR) / MODEL_FILE
    proven = (hasattr(LanguageIdentifier, "_raw_score")
              and hasattr(LanguageIdentifier, "_sparse_score")
              and hashlib.sha256(path.read_bytes()).hexdigest() == LANGID_MODEL_SHA256)
    if not proven:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGUAGES))
        return identifier
    cls = _windowed_identifier(LanguageIdentifier)
    copy = _model_copy_path()
    identifier = _read_model_copy(cls, copy) if copy is not None else None
    if identifier is None:
        identifier = cls.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGUAGES))
        if copy is not None:
            _write_model_copy(identifier, copy)
    return identifier


_COPY_KEYS = ("ptc", "pc", "classes", "nextmove", "nextmove_code", "row", "row_code", "out")


def _model_copy_path() -> Path | None:
    """Where the de/en part of py3langid's model is kept uncompressed, or None.

    The bundled model is xz-compressed: unpacking it took ~0.4 s of every process that
    detects a language, on the path of a one-article rebuild (its worker unpacks it
    while importing spaCy, on a machine whose other core loads the last build's state).
    The copy loads in ~0.05 s. Keyed by the model's digest, so a new py3langid makes a
    new copy."""
    from .resources import user_cache_dir

    base = user_cache_dir()
    return None if base is None else base / f"langid-de-en-{LANGID_MODEL_SHA256[:16]}.npz"


def _read_model_copy(cls: type, copy: Path) -> object | None:
    """The identifier from the copy, or None where there is none or it is damaged."""
    import zipfile
    from array import array

    import numpy as np

    try:
        with open(copy, "rb") as fh, np.load(fh, allow_pickle=False) as data:
            if sorted(data.files) != sorted(_COPY_KEYS):
                return None
            nextmove = array(str(data["nextmove_code"]))
            nextmove.frombytes(memoryview(data["nextmove"]).cast("B"))
            row = array(str(data["row_code"]))
            row.frombytes(memoryview(data["row"]).cast("B"))
            identifier = cls(data["ptc"], data["pc"], data["classes"].tolist(), nextmove,
                             data["out"].tolist(), norm_probs=True, tk_row=row)
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile):
        return None
    identifier.set_languages(list(LANGUAGES))
    return identifier


def _write_model_copy(identifier: object, copy: Path) -> None:
    """Keep the identifier's (already restricted) model in copy; quietly nothing where
    the folder cannot be written."""
    import tempfile

    import numpy as np

    nextmove = identifier.tk_nextmove  # type: ignore[attr-defined]
    row = identifier.tk_row  # type: ignore[attr-defined]
    arrays = {
        "ptc": np.asarray(identifier.nb_ptc),  # type: ignore[attr-defined]
        "pc": np.asarray(identifier.nb_pc),  # type: ignore[attr-defined]
        "classes": np.array(identifier.nb_classes),  # type: ignore[attr-defined]
        "nextmove": np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode)),
        "nextmove_code": np.array(nextmove.typecode),
        "row": np.frombuffer(row, dtype=np.dtype(row.typecode)),
        "row_code": np.array(row.typecode),
        "out": np.asarray(identifier.tk_output, dtype=np.int32),  # type: ignore[attr-defined]
    }
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=copy.parent, prefix=copy.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, **arrays)
            os.replace(tmp, copy)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass


_langid_lock = threading.Lock()


def load_language_model() -> None:
    """Load py3langid's model now (0.5 s, mostly xz decompression, which frees the GIL: a
    worker warming up does it in a thread while it imports spaCy). Once per process: a
    second caller waits for the first."""
    global _langid
    if _langid is None:
        with _langid_lock:
            if _langid is None:
                _langid = _load_langid()


def detect_language(text: str) -> str:
    """German or English, by py3langid restricted to the two (fast, model bundled)."""
    load_language_model()
    text = text[:5000]
    lang = _clear_winner(text)
    if lang is None:
        lang, _ = _langid.classify(text)
    return lang if lang in LANGUAGES else "en"


LANGID_MARGIN = 1e-3
"""How far apart (after py3langid's length scaling) the two languages' raw scores must be
for the higher one to be taken without classify's normalisation."""


def _clear_winner(text: str) -> str | None:
    """The language whose raw score is clearly the higher, or None.

    classify scales the raw scores by a positive factor, turns them into probabilities
    (exp, normalise) and takes the highest: the same order as the raw scores', unless
    the two are so close that float32 rounding ties them. Where the scaled gap is above
    LANGID_MARGIN (float32's error there is ~1e-5) the answer is classify's own; the
    normalisation cost a quarter of each paragraph's detection. Only for a plain
    two-language identifier (no aliased classes, no confidence floor)."""
    ident = _langid
    if len(getattr(ident, "nb_classes", ())) != 2 or getattr(ident, "_alias_pairs", True) \
            or getattr(ident, "min_confidence", None) is not None:
        return None
    data = ident._encode(text)
    scores = ident._raw_score(data)
    gap = (float(scores[0]) - float(scores[1])) / math.sqrt(len(data) or 1)
    if abs(gap) <= LANGID_MARGIN:
        return None
    return ident.nb_classes[0 if gap > 0 else 1]


def paragraph_languages(text: str, default: str | None = None) -> list[tuple[int, int, str]]:
    """Split text into runs of one language: (start, end, lang).

    Lets a page that mixes German and English go through the matching pipeline per part.
    Paragraphs are read in blocks of at least 30 words (a headline or a one-line quote is too
    short to tell and joins its neighbours); each block costs one detector call, which
    keeps detection off the hot path of long builds.
    """
    default = default or detect_language(text)
    if len(text.split()) < 80:
        return [(0, len(text), default)]
    blocks: list[tuple[int, int]] = []
    words = 0
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        if blocks and words < 30:
            blocks[-1] = (blocks[-1][0], match.end())
        else:
            blocks.append((match.start(), match.end()))
            words = 0
        words += len(match.group(0).split())
    runs: list[tuple[int, int, str]] = []
    for start, end in blocks:
        lang = detect_language(text[start:min(end, start + 200)])
        if runs and runs[-1][2] == lang:
            runs[-1] = (runs[-1][0], end, lang)
        else:
            runs.append((start, end, lang))
    return runs or [(0, len(text), default)]
