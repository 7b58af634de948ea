"""A line-based look for characters a word processor pastes and YAML misreads.

A non-breaking space, a zero-width space or a Unicode minus looks right on
screen and silently changes what YAML reads, so we name each one at its own
position before parsing, and hand the parser a repaired copy of the text so
the rest of the file is still checked in the same run.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from game.io import codes
from game.io.diagnostics import Diagnostic
from game.model.span import Span

NBSP = "\u00a0\u2007\u202f"
INVISIBLE = "\u200b\u200c\u2060\u00ad\ufeff"
MINUSES = "\u2212\u2013\u2014\u2012\ufe63\uff0d"

_SUSPECT = re.compile(f"[{NBSP}{INVISIBLE}{MINUSES}]")
_KEY_GAP = re.compile(rf"^([ {NBSP}]*(?:-[ {NBSP}]+)*[\w-]+:)([ {NBSP}]+)")
_NUMBER_AFTER = re.compile(r"\d+(?:\.\d+)?\s*(?:$|#|,|\])")


@dataclass(frozen=True)
class Scan:
    """What the look found, and the text with those characters repaired for the parser."""

    diagnostics: list[Diagnostic]
    text: str


def scan(text: str, name: str) -> Scan:
    """Every pasted look-alike character named at its position; the parser gets a repaired copy."""
    found: list[Diagnostic] = []
    if text.isascii() or not _SUSPECT.search(text):  # nearly every file: nothing to see
        return Scan(found, text)
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if _SUSPECT.search(line):
            lines[number - 1] = _line(line, Span(name, number, 1), found)
    return Scan(found, "\n".join(lines))


def _line(line: str, start: Span, found: list[Diagnostic]) -> str:
    line = _spaces(line, start, found)
    line = _minuses(line, start, found)
    return _invisible(line, start, found)


def _spaces(line: str, start: Span, found: list[Diagnostic]) -> str:
    indent = len(line) - len(line.lstrip(" " + NBSP))
    places = [(i, "in the indentation") for i in range(indent) if line[i] in NBSP]
    gap = _KEY_GAP.match(line)
    if gap:
        first = gap.end(1)
        places += [(i, "after the colon") for i in range(first, gap.end()) if line[i] in NBSP]
    for column, where in places:
        found.append(codes.NON_BREAKING_SPACE.at(start.shifted(column, 1), where=where))
    for column, _ in places:
        line = line[:column] + " " + line[column + 1 :]
    return line


def _minuses(line: str, start: Span, found: list[Diagnostic]) -> str:
    for column, ch in enumerate(line):
        if ch not in MINUSES or not _NUMBER_AFTER.match(line, column + 1):
            continue
        before = line[:column].rstrip()
        if before.endswith((":", "[", ",")) or before.strip(" -") == "":
            name = unicodedata.name(ch, "dash").lower()
            found.append(codes.UNICODE_MINUS.at(start.shifted(column, 1), char=ch, name=name))
            line = line[:column] + "-" + line[column + 1 :]
    return line


def _invisible(line: str, start: Span, found: list[Diagnostic]) -> str:
    for column, ch in enumerate(line):
        if ch in INVISIBLE:
            name = unicodedata.name(ch, "invisible character").lower()
            found.append(
                codes.INVISIBLE_CHARACTER.at(
                    start.shifted(column, 1),
                    name=name,
                    code=f"U+{ord(ch):04X}",
                    shown=_word(line, column),
                )
            )
    return "".join(ch for ch in line if ch not in INVISIBLE)


def _word(line: str, column: int) -> str:
    """The word around `column`, with every invisible character in it made visible."""
    left = max(line.rfind(" ", 0, column), line.rfind(":", 0, column)) + 1
    right = line.find(" ", column)
    word = line[left : right if right >= 0 else len(line)]
    return "".join(f"<U+{ord(ch):04X}>" if ch in INVISIBLE else ch for ch in word)
