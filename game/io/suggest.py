"""'Did you mean …' suggestions by edit distance, as Ren'Py and compilers do."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, candidates: Iterable[str], n: int = 1) -> list[str]:
    """The candidates nearest to `word`, best first; empty when none is close."""
    return difflib.get_close_matches(word, list(candidates), n=n, cutoff=0.6)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A hint sentence, or '' when nothing is close enough to suggest."""
    match = closest(word, candidates)
    return f"did you mean '{match[0]}'?" if match else ""
