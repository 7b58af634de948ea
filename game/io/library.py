"""Load many scenario files: folders, duplicate ids across files, one bad file never stops the rest."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from game.io.diagnostics import Diagnostic, error
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


def _load_one(path: Path, analyse: bool) -> LoadResult:
    return load_scenario(path, builtin_glossary(), analyse)


def _load_all(files: list[Path], analyse: bool, workers: int) -> list[LoadResult]:
    if workers <= 1 or len(files) < PARALLEL_FROM:
        return [_load_one(f, analyse) for f in files]
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform (Windows): stay serial
        return [_load_one(f, analyse) for f in files]
    chunk = max(1, len(files) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_load_one, files, [analyse] * len(files), chunksize=chunk))


def discover(paths: Iterable[Path | str]) -> tuple[list[Path], list[Diagnostic]]:
    """Expand folders into their *.yaml / *.yml files, sorted; report missing paths."""
    files: list[Path] = []
    problems: list[Diagnostic] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in SUFFIXES and p.is_file()))
        elif path.exists():
            files.append(path)
        else:
            problems.append(error(Span(str(path)), "E150", "no such file or folder"))
    return files, problems


def load_library(paths: Iterable[Path | str], analyse: bool = True, workers: int = 1) -> Library:
    """Load every scenario under `paths`; duplicate ids are errors on the later file.

    With workers > 1 and many files, files are loaded in a process pool (the
    command line does this; the game, which owns a window, does not).
    """
    files, problems = discover(paths)
    library = Library(_load_all(files, analyse, workers), problems)
    first_seen: dict[str, Scenario] = {}
    for result in library.results:
        scenario = result.scenario
        if scenario is None:
            continue
        if scenario.id in first_seen:
            other = first_seen[scenario.id]
            message = f"scenario id '{scenario.id}' is already used by {other.path}"
            result.diagnostics.append(
                error(scenario.id_span, "E140", message, "every scenario needs its own id")
            )
            result.scenario = None
        else:
            first_seen[scenario.id] = scenario
    return library
