"""The scenarios on offer, loaded with load_library; F5 reloads and keeps last good versions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.io.diagnostics import Diagnostic
    from game.model.scenario import Scenario

TUTORIAL_ID = "first-shift"


@dataclass
class Entry:
    """One scenario file: the version to play (maybe the last good one) and its problems."""

    path: str
    scenario: Scenario | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str = ""
    stale: bool = False  # the file now has errors; `scenario` is its last good version

    @property
    def errors(self) -> int:
        return sum(d.is_error for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors

    @property
    def playable(self) -> bool:
        return self.scenario is not None

    @property
    def title(self) -> str:
        return self.scenario.title if self.scenario else Path(self.path).name

    @property
    def key(self) -> str:
        return self.scenario.id if self.scenario else self.path

    def report(self) -> list[str]:
        """Each diagnostic as compiler-style text (FILE:LINE:COL: error: ...)."""
        from game.io.render import format_each

        return format_each(self.diagnostics, self.text)


class Catalog:
    """Every scenario file under the given paths, in menu order."""

    def __init__(self, paths: Iterable[Path | str]) -> None:
        self.paths = [Path(p) for p in paths]
        self.loaded = False
        self._entries: list[Entry] = []
        self.problems: list[Diagnostic] = []
        self._good: dict[str, Scenario] = {}

    @property
    def entries(self) -> list[Entry]:
        """Every file's entry; the files are read the first time this is asked for."""
        if not self.loaded:
            self.load()
        return self._entries

    def load(self) -> str:
        """(Re)load every file; return a one-line summary for a notice."""
        from game.io.library import load_library  # YAML and the loader load on first use

        self.loaded = True
        library = load_library(self.paths)
        entries = []
        for result in library.results:
            path = str(result.path)
            if result.scenario is not None:
                self._good[path] = result.scenario
                entries.append(Entry(path, result.scenario, list(result.diagnostics), result.text))
            else:
                last = self._good.get(path)
                entries.append(
                    Entry(path, last, list(result.diagnostics), result.text, stale=last is not None)
                )
        self._entries = entries
        self.problems = list(library.problems)
        return self.summary()

    def summary(self) -> str:
        broken = sum(1 for e in self.entries if e.errors)
        count = sum(1 for e in self.entries if e.playable)
        text = f"{count} scenario{'s' if count != 1 else ''} ready"
        if broken:
            text += f"; {broken} file{'s' if broken != 1 else ''} with errors"
        return text

    def ordered(self, tutorial_first: bool) -> list[Entry]:
        """Menu order: the tutorial first for a new player, then easiest first, then by title."""

        def rank(entry: Entry) -> tuple[int, int, str]:
            scenario = entry.scenario
            is_tutorial = scenario is not None and scenario.id == TUTORIAL_ID
            difficulty = scenario.difficulty if scenario else 9
            return (0 if is_tutorial and tutorial_first else 1, difficulty, entry.title.lower())

        return sorted(self.entries, key=rank)

    def find(self, key: str) -> Entry | None:
        """The entry whose scenario id (or path, for a broken file) is `key`."""
        return next((e for e in self.entries if e.key == key or e.path == key), None)

    @property
    def has_tutorial(self) -> bool:
        return any(e.scenario and e.scenario.id == TUTORIAL_ID for e in self.entries)
