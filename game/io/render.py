"""Diagnostics for people: the compiler-style text with the source line and a caret.

A file is split into lines once however many messages point into it, and every
control character from a file (ESC, OSC, NUL) is shown as its escape, so no
file can retitle, clear or confuse the terminal it is reported to.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence

from game.io.diagnostics import Diagnostic

Lines = Sequence[str]
WINDOW = 160  # characters of a long source line shown around the mistake


def source_excerpt(diagnostic: Diagnostic, text: str | Lines) -> str:
    """The offending line with carets under what the span covers, or '' if there is none.

    A span within one line is underlined whole (`^^^^`); a point or a span
    over several lines gets one caret at its start. A line longer than WINDOW
    is shown as a window around the mistake, cut with "…". Pass the file's lines
    (not its text) when formatting many messages, so it is split only once.
    """
    span = diagnostic.span
    lines = text.splitlines() if isinstance(text, str) else text
    if not 1 <= span.line <= len(lines):
        return ""
    line = lines[span.line - 1]
    if not line.strip():
        return ""
    column = max(1, min(span.column, len(line) + 1))
    end_line, end_column = span.end
    covered = line[column - 1 : end_column - 1] if end_line == span.line else ""
    start, stop = _window(len(line), column - 1)
    lead = "…" if start > 0 else ""
    tail = "…" if stop < len(line) else ""
    pad = " " * len(lead) + "".join(_pad(ch) for ch in line[start : column - 1])
    covered = covered[: stop - (column - 1)]
    carets = "^" * max(1, sum(len(_pad(ch)) for ch in covered))
    gutter = f"{span.line:>5} | "
    shown = lead + printable(line[start:stop], keep_tabs=True) + tail
    return f"{gutter}{shown}\n{' ' * (len(gutter) - 2)}| {pad}{carets}"


def _window(length: int, at: int) -> tuple[int, int]:
    """The part of a long line to show: WINDOW characters, with `at` in view near the left."""
    if length <= WINDOW:
        return 0, length
    start = max(0, min(at - WINDOW // 3, length - WINDOW))
    return start, start + WINDOW


def printable(text: str, keep_tabs: bool = False) -> str:
    """`text` safe for a terminal: control characters written as escapes like \\x1b."""
    return "".join(_visible(ch, keep_tabs) for ch in text)


def printable_lines(text: str) -> str:
    """Like printable, keeping line breaks: for messages that span lines."""
    return "\n".join(printable(line) for line in text.split("\n"))


def _visible(ch: str, keep_tabs: bool) -> str:
    if ch == "\t" and keep_tabs:
        return ch
    if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
        return repr(ch)[1:-1]
    return ch


def _pad(ch: str) -> str:
    """What to put under `ch` so the caret lines up: tabs stay tabs, wide characters take two."""
    if ch == "\t":
        return "\t"  # counts as one caret when underlined: a tab's width is the reader's
    shown = _visible(ch, keep_tabs=True)
    if len(shown) > 1:
        return " " * len(shown)  # an escaped control character
    return "  " if unicodedata.east_asian_width(ch) in ("W", "F") else " "


def format_diagnostic(diagnostic: Diagnostic, text: str | Lines = "") -> str:
    """`FILE:LINE:COL: error: message [code]`, then the source line, caret and hint."""
    message = printable_lines(diagnostic.message)
    head = (
        f"{printable(str(diagnostic.span))}: {diagnostic.severity}: {message} [{diagnostic.code}]"
    )
    parts = [head]
    excerpt = source_excerpt(diagnostic, text) if text else ""
    if excerpt:
        parts.append(excerpt)
    if diagnostic.hint:
        parts.append(f"  = hint: {printable_lines(diagnostic.hint)}")
    return "\n".join(parts)


def format_each(diagnostics: Sequence[Diagnostic], text: str) -> list[str]:
    """Every message about one file, formatted, the file split into lines once."""
    lines = text.splitlines()
    return [format_diagnostic(d, lines) for d in diagnostics]


def format_all(diagnostics: list[Diagnostic], sources: Mapping[str, str]) -> str:
    """Every message, each file split into lines once however many messages it has."""
    split: dict[str, Lines] = {}
    shown = []
    for diagnostic in diagnostics:
        name = diagnostic.span.file
        if name not in split:
            split[name] = sources.get(name, "").splitlines()
        shown.append(format_diagnostic(diagnostic, split[name]))
    return "\n".join(shown)


def to_json(diagnostics: list[Diagnostic], files: int) -> str:
    errors = sum(d.is_error for d in diagnostics)
    payload = {
        "files": files,
        "errors": errors,
        "warnings": len(diagnostics) - errors,
        "diagnostics": [d.to_json() for d in diagnostics],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
