"""Source positions: every model element and diagnostic carries one.

A span starts at a 1-based line and column and ends just past its last
character (end_line, end_column), as an editor's range does, so a language
server can underline the key or value a diagnostic names. A span made from a
position alone is a point: its end is its start.
"""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """A range in a named file: start line and column, end just past the last character.

    A tuple: cheap to make and ordered by start. end_line 0 means a point.
    """

    file: str
    line: int = 1
    column: int = 1
    end_line: int = 0
    end_column: int = 0

    @property
    def end(self) -> tuple[int, int]:
        """(line, column) just past the last character; the start for a point."""
        return (self.end_line, self.end_column) if self.end_line else (self.line, self.column)

    @property
    def is_point(self) -> bool:
        """True when the span marks a position rather than covering characters."""
        return self.end == (self.line, self.column)

    def shifted(self, columns: int, width: int = 0) -> Span:
        """`width` characters (0: a point) starting `columns` characters further right."""
        column = self.column + columns
        if width <= 0:
            return Span(self.file, self.line, column)
        return Span(self.file, self.line, column, self.line, column + width)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


NOWHERE = Span("<unknown>", 1, 1)
