"""The built-in principles glossary, read from game/data/principles.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from game import DATA_DIR
from game.model.scenario import Principle

GLOSSARY_PATH = DATA_DIR / "principles.yaml"


def load_glossary(path: Path = GLOSSARY_PATH) -> dict[str, Principle]:
    """Read a glossary file: id -> {name, summary, explanation, good}."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {
        pid: Principle(
            pid,
            str(entry["name"]),
            str(entry["summary"]),
            bool(entry["good"]),
            str(entry.get("explanation", "")),
        )
        for pid, entry in data.items()
    }


@cache
def builtin_glossary() -> dict[str, Principle]:
    """The shipped glossary, read once (it is package data, not user input)."""
    return load_glossary()
