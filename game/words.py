"""Wording shared by every layer (standard library only): plurals and quoted speech."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 round', '3 rounds' ('1 person', '3 people' with many='people')."""
    return f"{count} {word if count == 1 else many or word + 's'}"


QUOTES = "\"'“”‘’«»"


def quoted(text: str, limit: int | None = None) -> str:
    """Text in curly quotes, unless the writer already put it in quotes; cut at `limit`."""
    stripped = text.strip()
    if limit is not None and len(stripped) > limit:
        cut = stripped[: limit - 1]
        cut = cut[: cut.rfind(" ")] if " " in cut else cut  # end on a whole word
        stripped = cut.rstrip(" ,.;:" + QUOTES).lstrip(QUOTES) + "…"
        return f"“{stripped}”"
    if stripped[:1] in QUOTES and stripped[-1:] in QUOTES:
        return stripped
    return f"“{stripped}”"
