"""Load many scenario files: folders, duplicate ids across files, one bad file never stops the rest."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from game.io import codes
from game.io.diagnostics import Diagnostic
from game.io.glossary import builtin_glossary
from game.io.loader import LoadResult, load_scenario
from game.model.scenario import Scenario
from game.model.span import Span

SUFFIXES = (".yaml", ".yml")


@dataclass
class Library:
    """Every file's result plus the problems that only show across files."""

    results: list[LoadResult] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        found = [d for r in self.results for d in r.diagnostics] + self.problems
        return sorted(found)

    @property
    def scenarios(self) -> list[Scenario]:
        return [r.scenario for r in self.results if r.scenario is not None]

    def result_for(self, path: str) -> LoadResult | None:
        return next((r for r in self.results if r.path == path), None)


PARALLEL_FROM = 24  # below this many files a pool costs more than it saves


Lint = Callable[[Scenario], list[Diagnostic]]


def _load_one(path: Path, analyse: bool, keep: bool = True, lint: Lint | None = None) -> LoadResult:
    result = load_scenario(path, builtin_glossary(), analyse)
    if lint is not None and result.ok and result.scenario is not None:
        result.diagnostics = sorted([*result.diagnostics, *lint(result.scenario)])
    if not keep:
        result.scenario = None
    return result


@contextmanager
def _without_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while loading.

    Loading builds many small objects and frees none; the collector kept
    rescanning them all, which doubled the time of a 200-file folder.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_all(
    files: list[Path], analyse: bool, workers: int, keep: bool, lint: Lint | None
) -> list[LoadResult]:
    with _without_gc():
        return _load_batch(files, analyse, workers, keep, lint)


def _load_batch(
    files: list[Path], analyse: bool, workers: int, keep: bool, lint: Lint | None
) -> list[LoadResult]:
    if workers <= 1 or len(files) < PARALLEL_FROM:
        return [_load_one(f, analyse, keep, lint) for f in files]
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform (Windows): stay serial
        return [_load_one(f, analyse, keep, lint) for f in files]
    chunk = max(1, len(files) // (workers * 4))
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=gc.disable
    ) as pool:
        count = len(files)
        extra = ([analyse] * count, [keep] * count, [lint] * count)
        return list(pool.map(_load_one, files, *extra, chunksize=chunk))


def discover(paths: Iterable[Path | str]) -> tuple[list[Path], list[Diagnostic]]:
    """Expand folders into their *.yaml / *.yml files, sorted; report missing or unreadable paths.

    Every *.yaml entry of a folder is listed, whatever kind of file it is:
    reading it then reports a pipe or device as "not a regular file" instead
    of opening it, so nothing named like a scenario disappears in silence.
    """
    files: list[Path] = []
    problems: list[Diagnostic] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                files.extend(_folder(path))
            elif path.exists() or path.is_symlink():
                files.append(path)
            else:
                problems.append(codes.NO_SUCH_PATH.at(Span(str(path))))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            problems.append(codes.UNREADABLE_FOLDER.at(Span(str(path)), reason=reason))
    return files, problems


def _folder(path: Path) -> list[Path]:
    """The scenario files in one folder, sorted (OSError if it cannot be listed)."""
    found = []
    for entry in path.iterdir():
        if entry.suffix in SUFFIXES and not entry.is_dir():
            found.append(entry)
    return sorted(found)


def load_library(
    paths: Iterable[Path | str],
    analyse: bool = True,
    workers: int = 1,
    keep: bool = True,
    lint: Lint | None = None,
) -> Library:
    """Load every scenario under `paths`; duplicate ids are errors on the later file.

    With workers > 1 and many files, files are loaded in a process pool (the
    command line does this; the game, which owns a window, does not). With
    keep=False only the diagnostics come back, not the scenarios: validating
    needs no more, and a pool then has far less to send between processes.
    `lint` adds its diagnostics for every sound file, where the file is loaded
    (validate passes the balance lint; the game passes none).
    """
    files, problems = discover(paths)
    library = Library(_load_all(files, analyse, workers, keep, lint), problems)
    first_seen: dict[str, str] = {}
    for result in library.results:
        if not result.sound:
            continue
        if result.scenario_id in first_seen:
            other = first_seen[result.scenario_id]
            span = result.id_span or Span(result.path)
            clash = codes.DUPLICATE_SCENARIO_ID.at(span, id=result.scenario_id, other=other)
            result.diagnostics.append(clash)
            result.scenario = None
        else:
            first_seen[result.scenario_id] = result.path
    return library
