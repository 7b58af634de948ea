"""Helpers the commands share: load one file for a command, or explain why not."""

from __future__ import annotations

import sys

from game.io.loader import LoadResult, load_scenario
from game.io.render import format_all


def load_one(path: str) -> LoadResult | None:
    """Load `path`; print its diagnostics; None (after saying why) if it can't be used."""
    result = load_scenario(path)
    if result.diagnostics:
        print(format_all(result.diagnostics, {result.path: result.text}), file=sys.stderr)
    if result.scenario is None:
        print(f"{path}: cannot be used until its errors are fixed", file=sys.stderr)
        return None
    return result
