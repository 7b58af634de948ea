"""The built-in principles glossary, read from game/data/principles.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from game import DATA_DIR
from game.model.scenario import Principle

GLOSSARY_PATH = DATA_DIR / "principles.yaml"


class GlossaryError(Exception):
    """The shipped glossary is missing or damaged: an installation problem, said plainly."""


def load_glossary(path: Path = GLOSSARY_PATH) -> dict[str, Principle]:
    """Read a glossary file: id -> {name, summary, explanation, good}."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        return {pid: _principle(pid, entry) for pid, entry in data.items()}
    except (
        OSError,
        UnicodeDecodeError,
        yaml.YAMLError,
        AttributeError,
        KeyError,
        TypeError,
    ) as exc:
        raise GlossaryError(
            f"the principles glossary {path} is missing or damaged ({type(exc).__name__}: {exc});"
            " reinstall Make It Right or restore the file"
        ) from exc


def _principle(pid: str, entry: dict[str, object]) -> Principle:
    return Principle(
        str(pid),
        str(entry["name"]),
        str(entry["summary"]),
        bool(entry["good"]),
        str(entry.get("explanation", "")),
    )


@cache
def builtin_glossary() -> dict[str, Principle]:
    """The shipped glossary, read once (it is package data, not user input)."""
    return load_glossary()
