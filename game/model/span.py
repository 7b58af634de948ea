"""Source positions: every model element and diagnostic carries one."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """A 1-based line and column in a named file (a tuple: cheap to make, ordered)."""

    file: str
    line: int = 1
    column: int = 1

    def shifted(self, columns: int) -> Span:
        """The same line, `columns` characters further right."""
        return Span(self.file, self.line, self.column + columns)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


NOWHERE = Span("<unknown>", 1, 1)
