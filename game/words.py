"""Wording shared by every layer (standard library only): counts with the right plural."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 round', '3 rounds' ('1 person', '3 people' with many='people')."""
    return f"{count} {word if count == 1 else many or word + 's'}"
