"""Reading one file: encodings, binary files, HTML and Markdown, titles, dates, languages,
and walking folders (special files, symlinks, deep nesting)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kgraph import articles
from kgraph.articles import (
    MAX_BYTES,
    MAX_CHARS,
    Skipped,
    SourceFile,
    article_from_bytes,
    find_date,
    find_files,
    read_article,
)
from kgraph.errors import InputPathError
from kgraph.models import Article

GERMAN = ("Die Müller GmbH investiert 5 Millionen € in „KI-Forschung“ – sagt Jürgen Größe. "
          "Übermorgen beginnt in Köln die Entwicklung eines neuen Sprachmodells für Behörden.")
ENGLISH = ("The startup said on Tuesday that it had raised new money from investors. "
           "Its chief executive expects the model to reach customers in Europe next spring.")


def read(raw: bytes, name: str = "a.txt", kind: str = "text") -> Article:
    got = article_from_bytes(raw, name, kind)
    assert isinstance(got, Article), got
    return got


def skipped(raw: bytes, kind: str = "text") -> str:
    got = article_from_bytes(raw, "x", kind)
    assert isinstance(got, Skipped), got
    return got.reason


# --- encodings ---------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", [
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
])
def test_german_text_decodes_to_the_same_characters_in_every_encoding(encoding):
    article = read(GERMAN.encode(encoding))
    assert article.text == GERMAN
    assert article.lang == "de"


def test_latin1_umlauts_and_sharp_s_decode():
    text = GERMAN.replace("€", "EUR").replace("„", '"').replace("“", '"').replace("–", "-")
    assert read(text.encode("latin-1")).text == text


def test_cp1252_euro_sign_and_german_quotes_decode():
    text = read("Der Preis: 5 € für „Premium“ – günstig.".encode("cp1252")).text
    assert text == "Der Preis: 5 € für „Premium“ – günstig."


def test_short_latin1_word_is_not_mistaken_for_another_codepage():
    assert read("Über Größe".encode("latin-1")).text == "Über Größe"


def test_utf8_file_with_stray_cp1252_bytes_keeps_both_readable():
    raw = "Grüße aus München, ".encode() + "Straße".encode("cp1252") + " für 5 €.".encode()
    assert read(raw).text == "Grüße aus München, Straße für 5 €."


def test_bom_is_not_part_of_the_text_or_title():
    article = read(("\ufeffOpenAI stellt Modell vor\n\n" + GERMAN).encode("utf-8"))
    assert article.title == "OpenAI stellt Modell vor"
    assert not article.text.startswith("\ufeff")


def test_sha_is_of_the_raw_bytes():
    import hashlib

    raw = GERMAN.encode("utf-16")
    assert read(raw).sha == hashlib.sha256(raw).hexdigest()


# --- not articles ---------------------------------------------------------------------------

@pytest.mark.parametrize("raw,reason", [
    (b"", "empty file"),
    (b" \n\t\r\n ", "empty file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not text: looks like a PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text: looks like a PNG image"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "not text: looks like a zip archive"),
    (b"\x7fELF\x02\x01\x01\x00", "not text: looks like an executable"),
    (b"some text\x00\x01\x02\x03\xff\xfe binary \x00\x00\x00 tail" * 10,
     "not text: looks like binary data"),
    (b"... -- !!", "no article text in it"),
])
def test_non_articles_are_skipped_with_their_reason(raw, reason):
    assert skipped(raw) == reason


@pytest.mark.parametrize("start", [b"MZ-Redakteur", b"ID3-Tags", b"RIFF-Studie", b"GIF8 Bilder"])
def test_text_starting_like_a_magic_number_is_still_text(start):
    article = read(start + " schreibt über OpenAI und die Zukunft der Modelle.".encode())
    assert article.text.startswith(start.decode())


def test_page_of_only_scripts_and_styles_has_no_article_text():
    page = (b"<!DOCTYPE html><html><head><style>p{}</style></head><body>"
            b"<script>var a = 1;</script></body></html>")
    assert skipped(page, "html") == "no article text in it"


def test_text_above_the_character_limit_is_skipped_with_its_size():
    raw = ("Wort " * (MAX_CHARS // 5 + 10)).encode()
    reason = skipped(raw)
    assert reason == (f"article text is {MAX_CHARS + 49:,} characters, above the "
                      f"{MAX_CHARS:,} limit")


def test_file_above_the_size_limit_is_skipped_unread(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no disk used

    class Unread:
        """The opened file, for its size only."""

        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def fileno(self):
            return self.fh.fileno()

        def read(self, *args):  # pragma: no cover - reading it is the failure
            raise AssertionError("a file above the limit must not be read")

    monkeypatch.setattr(articles, "open", lambda path, mode="r": Unread(open(path, mode)),
                        raising=False)
    got = read_article(SourceFile(big, "big.txt"))
    assert got == Skipped("big.txt", "file is 10 MB, above the 10 MB limit")


def test_unreadable_file_is_skipped_with_the_system_reason(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH)

    def denied(path, mode="r"):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(articles, "open", denied, raising=False)
    assert read_article(SourceFile(path, "secret.txt")) == Skipped(
        "secret.txt", "cannot read: Permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission_is_skipped(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH)
    path.chmod(0)
    try:
        assert read_article(SourceFile(path, "secret.txt")) == Skipped(
            "secret.txt", "cannot read: Permission denied")
    finally:
        path.chmod(0o644)


# --- HTML --------------------------------------------------------------------------------

BODY = ("<p>Die Firma Aleph Alpha aus Heidelberg hat am Dienstag ein neues Sprachmodell "
        "vorgestellt. Das Modell soll Behörden helfen, Anträge schneller zu bearbeiten, sagte "
        "der Chef des Unternehmens.</p><p>Nach Angaben des Unternehmens wurde das Modell mit "
        "Daten aus öffentlichen Quellen trainiert. Kunden in Deutschland und Österreich sollen "
        "es ab dem Frühjahr nutzen können.</p>")


def page(head: str = "", before: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><title>Seitentitel | Newsportal</title>{head}
<style>.x::after {{content: "STYLE-LEAK"}}</style>
<script>document.write("SCRIPT-LEAK");</script></head>
<body><nav><ul><li><a href="/">Startseite</a></li><li><a href="/it">NAV-LEAK</a></li></ul></nav>
<header><div class="logo">HEADER-LEAK</div></header>
<article><h1>Aleph Alpha stellt neues Modell vor</h1>{before}{BODY}</article>
<footer>FOOTER-LEAK Impressum Datenschutz</footer></body></html>""".encode()


def test_html_keeps_the_article_and_drops_navigation_scripts_and_styles():
    article = read(page(), "p.html", "html")
    assert "Aleph Alpha aus Heidelberg" in article.text
    assert "ab dem Frühjahr nutzen können." in article.text
    assert "LEAK" not in article.text
    assert article.title == "Aleph Alpha stellt neues Modell vor"
    assert article.lang == "de"


@pytest.mark.parametrize("head,before,date", [
    ('<meta property="article:published_time" content="2025-03-04T10:00:00+01:00">', "",
     "2025-03-04"),
    ('<meta name="date" content="2024-11-05">', "", "2024-11-05"),
    ("", '<time datetime="2023-07-08T09:00">8. Juli 2023</time>', "2023-07-08"),
    ("", "", None),
])
def test_html_date_comes_from_the_page_metadata(head, before, date):
    assert read(page(head, before), "p.html", "html").date == date


@pytest.mark.parametrize("head,before,author", [
    ("", '<p class="byline">By Tamsin Okafor · March 3, 2026</p>', "Tamsin Okafor"),
    ("", '<div class="author-box"><span class="author">Von Jörg Brandtner | 24.09.</span></div>',
     "Jörg Brandtner"),
    ('<meta name="author" content="Lene Vogt-Hartmann">', "", "Lene Vogt-Hartmann"),
])
def test_html_byline_author_is_kept_as_a_last_line(head, before, author):
    """trafilatura keeps a byline only as metadata; the author is a person the article names,
    so the text gets it as a last line of its own (no offset before it moves)."""
    text = read(page(head, before), "p.html", "html").text
    assert text.endswith(f"\n\nBy {author}")
    assert text.count(author) == 1


@pytest.mark.parametrize("head,before", [
    ("", '<p class="byline">Von unserer Redaktion</p>'),
    ('<meta name="author" content="dpa">', ""),
    ("", '<p class="byline">By Newsdesk Staff and Agencies, with reporting from Berlin</p>'),
    ("", ""),
])
def test_html_byline_without_a_person_s_name_adds_nothing(head, before):
    text = read(page(head, before), "p.html", "html").text
    assert not text.rstrip().splitlines()[-1].startswith("By ")


def test_html_byline_already_in_the_text_is_not_repeated():
    text = read(page(before='<a rel="author" href="/team/ik">Ilse Kranich</a>'), "p.html",
                "html").text
    assert text.count("Ilse Kranich") == 1 and "By Ilse Kranich" not in text


def test_html_copyright_year_is_no_publication_date():
    footer = "<footer>© 2026 Techpost Media. Alle Rechte vorbehalten.</footer>"
    assert read(page(before=footer), "p.html", "html").date is None


@pytest.mark.parametrize("body", [
    "<nav>Home</nav>",
    "<nav><a href='/'>Start</a> <a href='/ki'>KI</a></nav>"
    "<footer>© 2026 Techpost Media. Alle Rechte vorbehalten.</footer>",
])
def test_html_page_with_only_navigation_and_footer_is_skipped(body):
    raw = f"<html><head><title>Techpost</title></head><body>{body}</body></html>".encode()
    assert skipped(raw, "html") == "no article text in it"


def test_html_title_from_og_title_is_one_clean_line():
    head = '<meta property="og:title" content="Neues\n\tModell   von\u0007 Aleph Alpha">'
    assert read(page(head), "p.html", "html").title == "Neues Modell von Aleph Alpha"


def test_html_in_a_txt_file_is_read_as_html():
    article = read(page(), "p.txt", "text")
    assert "LEAK" not in article.text


def test_very_long_page_title_is_cut():
    head = f'<meta property="og:title" content="{"Titel " * 200}">'
    title = read(page(head), "p.html", "html").title
    assert title is not None and len(title) == articles.MAX_TITLE and title.endswith("…")


# --- Markdown ----------------------------------------------------------------------------

def test_markdown_front_matter_gives_title_and_date_and_is_not_text():
    md = ("---\ntitle: \"Aleph Alpha stellt Modell vor\"\ndate: 2025-02-03\nauthor: x\n---\n"
          "# Überschrift mit **Betonung**\n\nText mit [einem Link](http://example.com) "
          "und *Betonung* über das neue Modell.\n")
    article = read(md.encode(), "a.md", "markdown")
    assert article.title == "Aleph Alpha stellt Modell vor"
    assert article.date == "2025-02-03"
    assert "author" not in article.text and "---" not in article.text
    assert "Text mit einem Link und Betonung über das neue Modell." in article.text


def test_markdown_heading_is_the_title_without_markup():
    md = "Intro line\n\n## Die **neue** [KI](http://x) ##\n\nEin Absatz über die Modelle.\n"
    assert read(md.encode(), "a.md", "markdown").title == "Die neue KI"


def test_markdown_raw_html_scripts_and_images_are_removed():
    md = ("# Titel\n\nText <img src=\"http://example.invalid/p.png\"> hier."
          "\n<script src=\"http://example.invalid/x.js\">alert(1)</script>\n<!-- note -->\nEnde.")
    text = read(md.encode(), "a.md", "markdown").text
    assert "<" not in text and "alert" not in text and "note" not in text
    assert "Text hier." in text.replace("  ", " ")


# --- dates and titles ---------------------------------------------------------------------

@pytest.mark.parametrize("snippet,date", [
    ("Berlin, 3. März 2025 – Die Firma", "2025-03-03"),
    ("March 5, 2024 — The company", "2024-03-05"),
    ("Stand: 01.12.2023", "2023-12-01"),
    ("published 2022-06-30T08:00", "2022-06-30"),
    ("am 31.02.2024 (kein Datum)", None),
    ("version 2024-13-01", None),
    ("im Jahr 1850", None),
])
def test_find_date_returns_only_real_calendar_dates(snippet, date):
    assert find_date(snippet) == date


def test_first_line_is_the_title_unless_it_is_a_sentence():
    assert read(b"Nvidia kauft Startup\n\n" + ENGLISH.encode()).title == "Nvidia kauft Startup"
    assert read(ENGLISH.encode()).title is None


def test_language_is_detected_and_can_be_forced():
    assert read(ENGLISH.encode()).lang == "en"
    assert read(GERMAN.encode()).lang == "de"
    forced = article_from_bytes(GERMAN.encode(), "x", "text", "en")
    assert isinstance(forced, Article) and forced.lang == "en"


def test_control_characters_become_spaces_and_soft_hyphens_vanish():
    text = read("Ein\x00 Satz\x1b mit Steuer\u00adzeichen\x7f darin über Modelle.".encode()).text
    assert text == "Ein Satz mit Steuerzeichen darin über Modelle."


# --- finding files ------------------------------------------------------------------------

def test_missing_input_path_is_an_error_naming_it(tmp_path):
    with pytest.raises(InputPathError, match="nowhere: no such file or folder"):
        find_files([tmp_path / "nowhere"])


def test_only_article_extensions_are_picked_up_in_folders(tmp_path):
    for name in ("a.txt", "b.MD", "c.htm", "d.pdf", "e.json", "f"):
        (tmp_path / name).write_text("x")
    found, skipped = find_files([tmp_path])
    assert [Path(f.display).name for f in found] == ["a.txt", "b.MD", "c.htm"]
    assert skipped == []


def test_a_folders_readme_and_license_are_not_articles_unless_named(tmp_path):
    for name in ("README.md", "readme.txt", "LICENSE.txt", "CHANGELOG.md", "readme-notes.txt",
                 "news.txt"):
        (tmp_path / name).write_text(ENGLISH)
    found, skipped = find_files([tmp_path])
    assert [Path(f.display).name for f in found] == ["news.txt", "readme-notes.txt"]
    assert skipped == []
    assert len(find_files([tmp_path / "README.md"])[0]) == 1


@pytest.mark.parametrize("given", [".", "./", "news", "news/", "./news//", "ABS"])
def test_files_in_a_folder_are_shown_as_the_folder_given_joined_to_their_path(
        tmp_path, monkeypatch, given):
    """The path an article is shown (and stored) under: the folder as given, normalised as
    pathlib does ("." adds nothing, no doubled or trailing slashes), then the file."""
    (tmp_path / "news" / "de").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(ENGLISH)
    (tmp_path / "news" / "de" / "b.md").write_text(ENGLISH)
    if given == "ABS":
        given, folder = str(tmp_path / "news"), f"{(tmp_path / 'news').as_posix()}/"
    elif "news" not in given:
        monkeypatch.chdir(tmp_path / "news")
        folder = ""
    else:
        monkeypatch.chdir(tmp_path)
        folder = "news/"
    found, _ = find_files([given])
    assert [f.display for f in found] == [f"{folder}a.txt", f"{folder}de/b.md"]
    assert all(Path(f.path).read_text() == ENGLISH for f in found)


def not_utf8_name(folder: Path, name: bytes) -> Path:
    """A file name with a Latin-1 byte, as an old archive unpacks it (skipped where the
    file system refuses it)."""
    path = folder / os.fsdecode(name)
    try:
        path.write_text(ENGLISH)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    return path


def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_still_read(tmp_path):
    path = not_utf8_name(tmp_path, b"caf\xe9.txt")
    os.symlink("nowhere", tmp_path / os.fsdecode(b"gel\xf6scht.txt"))
    found, skipped = find_files([tmp_path])
    assert [f.display for f in found] == [f"{tmp_path.as_posix()}/caf\\xe9.txt"]
    assert [s.path for s in skipped] == [f"{tmp_path.as_posix()}/gel\\xf6scht.txt"]
    article = read_article(found[0])
    assert article.path.encode("utf-8") and article.text == ENGLISH
    assert find_files([path])[0][0].display == found[0].display


def test_named_file_of_any_extension_is_read(tmp_path):
    (tmp_path / "article.log").write_text(ENGLISH)
    found, _ = find_files([tmp_path / "article.log"])
    assert len(found) == 1


def test_fifo_named_like_an_article_is_reported_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "other-pipe")
    found, skipped = find_files([tmp_path])
    assert found == []
    assert skipped == [Skipped(f"{tmp_path.as_posix()}/pipe.txt", "not a regular file (a FIFO)")]
    assert find_files([tmp_path / "pipe.txt"])[1][0].reason == "not a regular file (a FIFO)"


def test_folder_named_like_an_article_is_walked(tmp_path):
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text(ENGLISH)
    found, skipped = find_files([tmp_path])
    assert [Path(f.path).name for f in found] == ["inner.txt"] and skipped == []


def test_symlink_loops_and_broken_links_are_reported_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ENGLISH)
    (tmp_path / "sub" / "back").symlink_to("..")
    (tmp_path / "self").symlink_to("self")
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    found, skipped = find_files([tmp_path])
    root = tmp_path.as_posix()
    assert [f.display for f in found] == [f"{root}/sub/a.txt"]
    assert sorted(skipped, key=lambda s: s.path) == [
        Skipped(f"{root}/gone.txt", "broken symbolic link"),
        Skipped(f"{root}/self", "symbolic link loop"),
        Skipped(f"{root}/sub/back",
                "folder already read through another path (symbolic link)"),
    ]


def test_very_deep_folders_are_walked_without_recursion_errors(tmp_path, monkeypatch):
    # 300 levels under a recursion limit of 150 stands for 3,000 under the default 1,000
    # (which would also break pytest's own clean-up of tmp_path)
    monkeypatch.chdir(tmp_path)
    deep = Path("/".join(["d"] * 300))
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(ENGLISH)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(150)
    try:
        found, skipped = find_files(["d"])
    finally:
        sys.setrecursionlimit(limit)
    assert [f.display for f in found] == [(deep / "deep.txt").as_posix()]
    assert skipped == []


def test_unlistable_folder_is_reported_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(ENGLISH)
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(articles.os, "scandir", scandir)
    found, skipped = find_files([tmp_path])
    assert [Path(f.path).name for f in found] == ["a.txt"]
    assert skipped == [Skipped(f"{tmp_path.as_posix()}/locked",
                               "cannot list folder: Permission denied")]


def test_hyphens_a_tokenised_text_wrote_with_spaces_join_again() -> None:
    text = ("Quarrow Tactics is a turn - based role - playing game by a Lego - themed studio. "
            "It was re - released in 2009 as a free - to - play title.")
    got = article_from_bytes(text.encode(), "t.txt", "text", "en").text
    assert "turn-based role-playing" in got and "re-released" in got
    assert "Lego-themed" in got and "free-to-play" in got


def test_a_dash_between_spaces_stays_where_the_text_is_not_tokenised() -> None:
    text = ("The deal - worth two billion - closed, and the Oslo-based Orbis re - released "
            "the app.")
    got = article_from_bytes(text.encode(), "t.txt", "text", "en").text
    assert "deal - worth two billion - closed" in got
    assert "re-released" in got
