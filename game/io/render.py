"""Diagnostics for people: the compiler-style text with the source line and a caret."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping

from game.io.diagnostics import Diagnostic


def source_excerpt(diagnostic: Diagnostic, text: str) -> str:
    """The offending line with carets under what the span covers, or '' if there is none.

    A span within one line is underlined whole (`^^^^`); a point or a span
    over several lines gets one caret at its start.
    """
    span = diagnostic.span
    lines = text.splitlines()
    if not 1 <= span.line <= len(lines):
        return ""
    line = lines[span.line - 1]
    if not line.strip():
        return ""
    column = max(1, min(span.column, len(line) + 1))
    pad = "".join(_pad(ch) for ch in line[: column - 1])
    end_line, end_column = span.end
    covered = line[column - 1 : end_column - 1] if end_line == span.line else ""
    carets = "^" * max(1, sum(len(_pad(ch)) for ch in covered))
    gutter = f"{span.line:>5} | "
    return f"{gutter}{line}\n{' ' * (len(gutter) - 2)}| {pad}{carets}"


def _pad(ch: str) -> str:
    """What to put under `ch` so the caret lines up: tabs stay tabs, wide characters take two."""
    if ch == "\t":
        return "\t"  # counts as one caret when underlined: a tab's width is the reader's
    return "  " if unicodedata.east_asian_width(ch) in ("W", "F") else " "


def format_diagnostic(diagnostic: Diagnostic, text: str = "") -> str:
    """`FILE:LINE:COL: error: message [code]`, then the source line, caret and hint."""
    head = f"{diagnostic.span}: {diagnostic.severity}: {diagnostic.message} [{diagnostic.code}]"
    parts = [head]
    excerpt = source_excerpt(diagnostic, text) if text else ""
    if excerpt:
        parts.append(excerpt)
    if diagnostic.hint:
        parts.append(f"  = hint: {diagnostic.hint}")
    return "\n".join(parts)


def format_all(diagnostics: list[Diagnostic], sources: Mapping[str, str]) -> str:
    return "\n".join(format_diagnostic(d, sources.get(d.span.file, "")) for d in diagnostics)


def to_json(diagnostics: list[Diagnostic], files: int) -> str:
    errors = sum(d.is_error for d in diagnostics)
    payload = {
        "files": files,
        "errors": errors,
        "warnings": len(diagnostics) - errors,
        "diagnostics": [d.to_json() for d in diagnostics],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
