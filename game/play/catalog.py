"""The scenarios on offer, loaded with load_library; F5 reloads and keeps last good versions.

The window reads the files off its frame loop: `begin_loading` runs load_library
on a worker thread (which touches nothing of the catalog), and the frame loop
takes the result in with `finish_loading` once the worker announces it, so the
entries only ever change on the thread that reads them. `load` does both at once
for callers with no frame loop.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from game.play.background import Job

if TYPE_CHECKING:
    from game.io.diagnostics import Diagnostic
    from game.io.library import Library
    from game.io.loader import LoadResult
    from game.model.scenario import Scenario

TUTORIAL_ID = "first-shift"
FREEZE_FROM = 500  # files: from here the collector's catch-up pass would cost 0.1 s or more


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
        self._job: Job[Library] | None = None
        self.failure = ""  # why the last load on a worker failed outright (a bug), as a sentence

    @property
    def entries(self) -> list[Entry]:
        """Every file's entry; empty until the first load has been taken in."""
        return self._entries

    @property
    def loading(self) -> bool:
        """True while a load runs on its worker thread (or waits to be taken in)."""
        return self._job is not None

    def load(self) -> str:
        """(Re)load every file now, on this thread; return a one-line summary for a notice."""
        return self.apply(read_library(self.paths))

    def begin_loading(self, announce: Callable[[], None] | None = None) -> bool:
        """Read every file on a worker thread; `announce` is called there when done.

        False (and nothing started) if a load is already under way.
        """
        if self._job is not None:
            return False
        paths = list(self.paths)
        self._job = Job("scenario files", lambda: read_library(paths), announce).start()
        return True

    def finish_loading(self, timeout: float | None = 0) -> str | None:
        """Take in a finished load (waiting up to `timeout`, None: for ever); its summary.

        None if no load was under way or it is still running.
        """
        job = self._job
        if job is None or not job.wait(timeout):
            return None
        self._job = None
        try:
            library = job.take()
        except Exception as problem:  # noqa: BLE001 - a bug in the loader must not end the game
            self.loaded = True
            self.failure = f"The scenario files could not be read ({type(problem).__name__})."
            return self.failure
        self.failure = ""
        return self.apply(library)

    def apply(self, library: Library) -> str:
        """Make a loaded library the entries (last good versions kept); a one-line summary."""
        self.loaded = True
        self._entries = [self._entry(result) for result in library.results]
        self.problems = list(library.problems)
        return self.summary()

    def update(self, result: LoadResult) -> Entry:
        """Take in one file loaded again (live preview); its entry, added if it is new."""
        entry = self._entry(result)
        for i, old in enumerate(self._entries):
            if old.path == entry.path:
                self._entries[i] = entry
                return entry
        self._entries.append(entry)
        return entry

    def _entry(self, result: LoadResult) -> Entry:
        path = str(result.path)
        if result.scenario is not None:
            self._good[path] = result.scenario
            return Entry(path, result.scenario, list(result.diagnostics), result.text)
        last = self._good.get(path)
        return Entry(path, last, list(result.diagnostics), result.text, stale=last is not None)

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

    def entry_of(self, scenario: Scenario) -> Entry | None:
        """The entry of the file `scenario` was loaded from (its last good version, maybe)."""
        return next((e for e in self.entries if e.scenario is scenario), None) or next(
            (e for e in self.entries if scenario.path and e.path == scenario.path), None
        )

    @property
    def has_tutorial(self) -> bool:
        return any(e.scenario and e.scenario.id == TUTORIAL_ID for e in self.entries)


def read_library(paths: list[Path]) -> Library:
    """load_library over `paths` (YAML and the loader are imported on first use).

    load_library pauses the garbage collector, so everything it made sits in the
    youngest generation afterwards, and the first collection after it (on any
    thread, holding the GIL) scans it all: 0.19 s per 1,000 files, 2.8 s on the
    frame loop for a folder of 10,000. Loading leaves no garbage cycles
    (gc.collect finds none), so from FREEZE_FROM files on the loaded objects are
    moved out of the collector's sight with gc.freeze(); reference counting
    still frees them when a reload replaces them. Below that the pass is short
    and the collector is left alone.
    """
    from game.io.library import load_library

    library = load_library(paths)
    if len(library.results) >= FREEZE_FROM:
        gc.freeze()
    return library
