"""A SPARQL syntax error as one line a user can act on: what is wrong, where, what to write.

Oxigraph's parser reports a position and the tokens its grammar could take there, as a
list cut by its own rules ("expected one of ABS, AVG, DAY, ..." for any expression,
"expected CONSTRUCT" for a misspelt SELECT, "expected [_]" when it cannot say). The
common mistakes are found here from the query text first, each exact: an empty query, an
unknown first keyword, a string that never ends, a bracket that closes nothing or is
never closed, a misspelt keyword. Only then is Oxigraph's list reworded.
"""
from __future__ import annotations

import difflib
import re

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

KEYWORDS = frozenset("""
A ABS ADD ALL AS ASC ASK AVG BASE BIND BNODE BOUND BY CEIL CLEAR COALESCE CONCAT CONSTRUCT
CONTAINS COPY COUNT CREATE DATA DATATYPE DAY DEFAULT DELETE DESC DESCRIBE DISTINCT DROP
ENCODE_FOR_URI EXISTS FALSE FILTER FLOOR FROM GRAPH GROUP GROUP_CONCAT HAVING HOURS IF IN
INSERT INTO IRI ISBLANK ISIRI ISLITERAL ISNUMERIC ISURI LANG LANGMATCHES LCASE LIMIT LOAD
MAX MD5 MIN MINUS MINUTES MONTH MOVE NAMED NOT NOW OFFSET OPTIONAL ORDER PREFIX RAND REDUCED
REGEX REPLACE ROUND SAMEterm SAMPLE SECONDS SELECT SEPARATOR SERVICE SHA1 SHA256 SHA384
SHA512 SILENT STR STRAFTER STRBEFORE STRDT STRENDS STRLANG STRLEN STRSTARTS STRUUID SUBSTR
SUM TIMEZONE TO TRUE TZ UCASE UNDEF UNION URI USING UUID VALUES WHERE WITH YEAR
TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE LANGDIR HASLANG HASLANGDIR STRLANGDIR ADJUST
LATERAL VERSION
""".upper().split())
"""SPARQL 1.1 keywords and built-in functions (and SPARQL 1.2's, which Oxigraph reads):
any other bare word in a query is a mistake."""

_TOKEN = re.compile(r"""
  (?P<comment>\#[^\n]*)
| (?P<iri><[^<>"{}|^`\\\s]*>)
| (?P<bad_iri><[A-Za-z][\w+.-]*:[^<>\n]*>)
| (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
| (?P<open_string>'''|\"\"\"|["'])
| (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<var>[?$]\w+)
| (?P<pname>(?:[A-Za-z_][\w.-]*)?:[\w.:%-]*)
| (?P<number>\d[\w.]*)
| (?P<word>[A-Za-z_]\w*)
| (?P<open>[{(\[])
| (?P<close>[})\]])
| (?P<space>\s+)
| (?P<other>.)
""", re.X | re.S)
_PAIRS = {"{": "}", "(": ")", "[": "]"}
_EXPRESSION_WORDS = frozenset({"STR", "ABS", "REGEX", "CEIL", "LANG", "BOUND", "NOT", "COUNT",
                               "STRSTARTS", "ISLITERAL", "ISNUMERIC", "YEAR", "RAND", "UUID"})
"""Built-in functions: Oxigraph listing some of them means "an expression may start here"."""


def describe(message: str, sparql: str, prefixes: list[str]) -> str:
    """Oxigraph's SyntaxError text -> ``SPARQL syntax error at line L, column C: what; hint``
    followed by that line of the query and a caret under the column."""
    m = re.match(r"error at (\d+):(\d+):?\s*(.*)", message, re.S)
    at = _offset(sparql, int(m.group(1)), int(m.group(2))) if m else len(sparql)
    detail = m.group(3) if m else message
    found = _from_text(sparql, at, detail, prefixes)
    if found is None:
        found = _reword(detail, sparql, at, prefixes)
    where, what = found
    line, column = _line_column(sparql, where)
    text = f"SPARQL syntax error at line {line}, column {column}: {what}"
    lines = sparql.split("\n")
    if 1 <= line <= len(lines) and len(lines[line - 1]) < 200:
        gutter = f"{line:>4} | "
        shown = lines[line - 1].replace("\t", " ").rstrip("\r")
        text += f"\n{gutter}{shown}\n{' ' * (len(gutter) + column - 1)}^"
    return text


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[:line - 1]) + column - 1


def _line_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _tokens(sparql: str) -> list[tuple[str, str, int]]:
    return [(m.lastgroup or "other", m.group(), m.start()) for m in _TOKEN.finditer(sparql)
            if m.lastgroup not in ("space", "comment")]


def _from_text(sparql: str, at: int, detail: str, prefixes: list[str]
               ) -> tuple[int, str] | None:
    """(offset, message) of a mistake certain from the text alone, or None."""
    tokens = _tokens(sparql)
    body = _skip_prologue(tokens)
    if body and _is_word(body[0], "PREFIX") or body and _is_word(body[0], "BASE"):
        return body[0][2], (f"a {body[0][1].upper()} line is written "
                            + ("PREFIX name: <http://...>" if _is_word(body[0], "PREFIX")
                               else "BASE <http://...>"))
    if not body:
        return len(sparql.rstrip()), ("the query is empty; write SELECT, ASK, CONSTRUCT or "
                                      "DESCRIBE, e.g. SELECT * WHERE { ?s kg:uses ?o }")
    kind, text, pos = body[0]
    if kind != "word" or text.upper() not in QUERY_FORMS:
        return pos, (f"a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE, not {text!r}"
                     + _did_you_mean(text, QUERY_FORMS + ("PREFIX", "BASE")))
    for kind, text, pos in tokens:
        if kind == "open_string":
            return pos, (f"this string is never closed; end it with {text} on the same line"
                         if len(text) == 1 else f"this string is never closed; end it with {text}")
    for kind, text, pos in tokens:
        if kind == "bad_iri" and pos <= at:
            return pos, "not a valid IRI; an IRI in <...> has no spaces, quotes or braces"
        if kind == "word" and text.upper() not in KEYWORDS and pos <= at:
            if pos and not sparql[pos - 1].isspace() and sparql[pos - 1] not in "{}()":
                # glued to what comes before ('?ar+ticle'): a broken name, not a keyword
                return pos, f"{text!r} is not a SPARQL keyword, nor part of a name"
            hint = _did_you_mean(text, KEYWORDS) or (
                f"; a variable is written ?{text}" if text.islower() else "")
            return pos, f"{text!r} is not a SPARQL keyword{hint}"
    if "Prefix not found" in detail:
        for kind, text, pos in tokens:
            name = text.split(":", 1)[0]
            if kind == "pname" and pos <= at and name != "_" and name not in prefixes \
                    and not _declared(sparql, name):
                return pos, (f"unknown prefix {name + ':'!r}; declare it with a PREFIX line "
                             f"(predeclared: {', '.join(prefixes)})")
    return _brackets(tokens) or _patterns(tokens, at)


_TERMS = ("var", "iri", "pname")
_OPERATORS = frozenset("= != < > <= >= && || + - * / ,".split())


def _is_word(token: tuple[str, str, int], word: str) -> bool:
    return token[0] == "word" and token[1].upper() == word


def _patterns(tokens: list[tuple[str, str, int]], at: int) -> tuple[int, str] | None:
    """An operator with nothing after it, FILTER without parentheses, a triple pattern
    without its object: Oxigraph places these at the end of the query."""
    body = next((t[2] for t in tokens if t[1] == "{"), at)
    values = any(t[0] == "word" and t[1].upper() == "VALUES" for t in tokens)
    for i, (kind, text, pos) in enumerate(tokens[1:], 1):
        if pos > at:
            break
        if kind == "var" and i >= 2 and _is_word(tokens[i - 1], "AS") \
                and any(t[1] == text and t[2] > body for t in tokens[:i - 1] if t[0] == "var") \
                and any(_is_word(t, "BIND") for t in tokens[:i]):
            return pos, (f"{text} is already bound before this BIND; BIND(... AS ?new) "
                         "must introduce a new variable")
        before = tokens[i - 1]
        if kind == "close" and text == ")" and before[0] == "other" and before[1] in _OPERATORS:
            return pos, f"expected an expression after {before[1]!r}, found ')'"
        if _is_word(before, "FILTER") and kind in _TERMS + (
                "string", "number"):
            return pos, "FILTER needs parentheses: FILTER(" + text + " ...)"
        if kind in ("close", "other") and text in ("}", ".") and i >= 3 \
                and before[0] in _TERMS and tokens[i - 2][0] in _TERMS \
                and tokens[i - 3][1] in ("{", ".", ")", "}") and not values:
            return pos, ("this triple pattern has no object; write subject, predicate and "
                         "object, e.g. ?s kg:uses ?o")
    return None


def _declared(sparql: str, name: str) -> bool:
    return re.search(rf"PREFIX\s+{re.escape(name)}:", sparql, re.I) is not None


def _skip_prologue(tokens: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The tokens after the PREFIX and BASE lines; from a malformed one on, if any."""
    i = 0
    while i < len(tokens):
        if _is_word(tokens[i], "PREFIX") and [t[0] for t in tokens[i + 1:i + 3]] == [
                "pname", "iri"] and tokens[i + 1][1].endswith(":"):
            i += 3
        elif _is_word(tokens[i], "BASE") and tokens[i + 1:i + 2] and tokens[i + 1][0] == "iri":
            i += 2
        else:
            break
    return tokens[i:]


def _brackets(tokens: list[tuple[str, str, int]]) -> tuple[int, str] | None:
    stack: list[tuple[str, int]] = []
    for kind, text, pos in tokens:
        if kind == "open":
            stack.append((text, pos))
        elif kind == "close":
            if not stack:
                return pos, f"this {text!r} closes nothing; remove it"
            opener, where = stack.pop()
            if _PAIRS[opener] != text:
                return where, (f"this {opener!r} is closed by a {text!r}; "
                               f"add {_PAIRS[opener]!r} before the {text!r}")
    if stack:
        opener, where = stack[-1]
        return where, f"this {opener!r} is never closed; add {_PAIRS[opener]!r}"
    return None


def _did_you_mean(word: str, choices) -> str:
    if len(word) < 3:  # 'n' is not a misspelt IN
        return ""
    close = difflib.get_close_matches(word.upper(), sorted(choices), n=1, cutoff=0.75)
    return f"; did you mean {close[0]}?" if close else ""


def _reword(detail: str, sparql: str, at: int, prefixes: list[str]) -> tuple[int, str]:
    """Oxigraph's "expected one of ..." as a sentence, with what was found instead."""
    detail = " ".join(detail.split())
    if "IRI parsing failed" in detail:
        return at, "not a valid IRI; an IRI in <...> has no spaces, quotes or braces"
    if "variable that is unbound" in detail:
        return at, ("a SELECT with an aggregate (COUNT, SUM, ...) may only name variables of its "
                "GROUP BY; add GROUP BY ?var or use SAMPLE(?var)")
    if "Prefix not found" in detail:
        return at, ("unknown prefix; declare it with a PREFIX line (predeclared: "
                    f"{', '.join(prefixes)})")
    more = "[_]" in detail  # the parser wanted any character: more text
    number = "'0'..='9'" in detail
    detail = re.sub(r"\[[^\]]*\]", "", detail)  # character classes: [_], ['A' ..= 'Z' | ...]
    items = [x.strip() for x in re.sub(r"^expected(?: one of)?", "", detail).split(",")]
    items = ["a number"] * number + [x for x in items if x]
    at_end = not sparql[at:].strip()
    where, token = _token_at(sparql, at)
    if '"?"' in items:
        wanted = ("a variable, IRI or literal" if '"\\""' in items or '"true"' in items
                  else "a variable or IRI")
    elif any(x.upper() in _EXPRESSION_WORDS for x in items):
        wanted = "an expression"
    elif len(items) == 1 and items[0].isalpha() and items[0].upper() not in _FOLLOW_WORDS:
        wanted = ""  # Oxigraph names the last alternative it tried: no information
    elif items:
        wanted = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
    else:
        wanted = ""
    if at_end and wanted and sparql.rstrip().endswith("}"):
        return at, (f"the parser stopped at the end of the query (expected {wanted}); "
                    "check the last patterns before it")
    if at_end and wanted and (more or re.fullmatch(r"[A-Za-z]+", token)):
        return at, f"the query ends too early; expected {wanted}"
    if not token:
        return at, f"expected {wanted}" if wanted else "the query cannot be read from here"
    if not wanted:
        return where, f"unexpected {token!r}" + _missing_separator(sparql, where)
    return where, f"expected {wanted}, found {token!r}"


_FOLLOW_WORDS = frozenset({"BY", "AS", "WHERE", "DATA", "GRAPH", "SEPARATOR", "INTO"})
"""Keywords Oxigraph names alone because nothing else may follow (ORDER -> BY); any other
single keyword it names is merely the last of many alternatives it tried."""


def _missing_separator(sparql: str, where: int) -> str:
    """A term right after a complete triple: the '.' or ';' before it is probably missing."""
    tokens = [t for t in _tokens(sparql[:where + 200]) if t[2] <= where]
    if len(tokens) >= 4 and tokens[-1][2] == where and all(
            t[0] in _TERMS + ("string", "number") for t in tokens[-4:]):
        return "; is a '.' or ';' missing before it?"
    return ""


def _token_at(sparql: str, at: int) -> tuple[int, str]:
    """The token Oxigraph's position names: the one ending there when it touches it (the
    parser often stops just after the token it could not use), else the one starting there."""
    best = (at, "")
    for m in _TOKEN.finditer(sparql):
        if m.lastgroup in ("space", "comment"):
            continue
        if m.end() == at or m.start() <= at < m.end():
            best = (m.start(), m.group())
        if m.start() >= at:
            return best if best[1] else (m.start(), m.group())
    return best
