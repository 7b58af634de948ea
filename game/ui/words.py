"""Small wording helpers shared by screens (kept here so screens import from one place)."""

from __future__ import annotations

from game.words import QUOTES, quoted

__all__ = ["QUOTES", "quoted"]
