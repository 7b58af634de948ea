"""What the plain-words YAML rules share: a syntax error's lines and marks, and line shapes.

A rule (game/io/yaml_explain.py, yaml_indent.py) takes an ErrorAt and returns
an Explained, or None when the case is not its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.io.diagnostics import Code, Diagnostic
from game.model.span import Span

LEAD = re.compile(r" *(?:- +)*")  # indentation and list dashes before a line's key or text
KEY = re.compile(r"([^\s:#][^:#]*?):( +|$)")  # a key and its colon, from where LEAD ends


QUOTED_LIMIT = 80  # characters of a repaired line a hint quotes whole


def plain(code: Code, span: Span, **values: object) -> Diagnostic:
    """`code` at `span` with its message and its hint both filled from `values`.

    A long `quoted` repair is shortened in the middle, so a hint stays one readable line.
    """
    quoted = values.get("quoted")
    if isinstance(quoted, str) and len(quoted) > QUOTED_LIMIT:
        half = QUOTED_LIMIT // 2
        values = {**values, "quoted": f"{quoted[:half]}…{quoted[-half:]}"}
    return code.at(span, code.hint.format(**values), **values)


@dataclass(frozen=True)
class Explained:
    """One syntax error for people, and the text repaired so reading can go on (None: stop)."""

    diagnostic: Diagnostic
    repaired: str | None


@dataclass(frozen=True)
class ErrorAt:
    """A parser error with the text's lines: the problem's and the context's 0-based marks."""

    lines: list[str]
    name: str
    problem: str
    context: str
    at: tuple[int, int]  # 0-based line, column of the problem
    ctx: tuple[int, int]  # 0-based line, column of the context (where the parser started)

    def line(self, index: int) -> str:
        """Line `index` (0-based), or '' past either end."""
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def span(self, index: int, column: int, width: int = 0) -> Span:
        """A span on 0-based line `index` from 0-based `column`, `width` characters (0: a point)."""
        return Span(self.name, index + 1, 1).shifted(column, width)

    def replaced(self, index: int, line: str) -> str:
        """The whole text with line `index` replaced: a repair."""
        lines = list(self.lines)
        lines[index] = line
        return "\n".join(lines)


def lead(line: str) -> int:
    """How many characters of indentation and list dashes come before the key or text."""
    found = LEAD.match(line)
    return len(found.group()) if found else 0


def spaces(line: str) -> int:
    """How many spaces the line is indented (a list dash counts as content)."""
    return len(line) - len(line.lstrip(" "))


def content_above(lines: list[str], index: int) -> int | None:
    """The nearest line above `index` with something on it other than a comment."""
    for above in range(index - 1, -1, -1):
        stripped = lines[above].strip()
        if stripped and not stripped.startswith("#"):
            return above
    return None


def content_below(lines: list[str], index: int) -> int | None:
    """The nearest line below `index` with something on it other than a comment."""
    for below in range(index + 1, len(lines)):
        stripped = lines[below].strip()
        if stripped and not stripped.startswith("#"):
            return below
    return None
