"""Small wording helpers shared by screens; no pygame, so pure modules may use them."""

from __future__ import annotations

QUOTES = "\"'“”‘’«»"


def quoted(text: str) -> str:
    """Text in curly quotes, unless the writer already put it in quotes."""
    stripped = text.strip()
    if stripped[:1] in QUOTES and stripped[-1:] in QUOTES:
        return stripped
    return f"“{stripped}”"
