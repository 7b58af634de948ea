"""`make-it-right validate PATH...`: every problem in every file, with a summary line.

With --watch it keeps running and validates again after every save, until Ctrl+C.
Every sound file also gets the balance lint (W300-W306, docs/scenarios.md "Balance"):
--balance-margin tunes how far above random play a strategy may be; --no-balance skips it.
And a spelling check (W400, game/io/spelling.py); --no-spelling skips it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from functools import partial
from pathlib import Path

from game.cli.balance import margin
from game.engine.balance import GAMEABLE_MARGIN, Thresholds
from game.io import watch
from game.io.diagnostics import Diagnostic, has_errors, summary
from game.io.library import discover, load_library
from game.io.lint import balance_diagnostics, validate_diagnostics
from game.io.render import format_all, to_json
from game.model.scenario import Scenario


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("validate", help="check scenario files and folders for mistakes")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="scenario files or folders")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="json for editors and CI"
    )
    parser.add_argument(
        "--watch", action="store_true", help="validate again after every save (Ctrl+C to stop)"
    )
    parser.add_argument(
        "--balance-margin",
        type=margin,
        default=GAMEABLE_MARGIN,
        metavar="X",
        help=f"warn when a simple strategy keeps the customer more than X (0-1) more often "
        f"than random play (default {GAMEABLE_MARGIN})",
    )
    parser.add_argument(
        "--no-balance", action="store_true", help="skip the balance lint (W300-W306)"
    )
    parser.add_argument("--no-spelling", action="store_true", help="skip the spelling check (W400)")
    parser.add_argument("--interval", type=float, default=watch.INTERVAL, help=argparse.SUPPRESS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    since = watch.snapshot(args.paths) if args.watch else None
    status = validate_once(args)
    if not args.watch or status == 2:
        return status
    return watch_mode(args, since)


def validate_once(args: argparse.Namespace) -> int:
    margin = None if args.no_balance else args.balance_margin
    spelling = not args.no_spelling
    lint = (
        partial(validate_lint, margin=margin, spelling=spelling)
        if margin is not None or spelling
        else None
    )
    library = load_library(args.paths, workers=os.cpu_count() or 1, keep=False, lint=lint)
    diagnostics = library.diagnostics
    files = len(library.results)
    if args.format == "json":
        print(to_json(diagnostics, files), flush=True)
    else:
        sources = {r.path: r.text for r in library.results}
        if diagnostics:
            print(format_all(diagnostics, sources), file=sys.stderr)
        print(summary(diagnostics, files), file=sys.stderr)
    if library.problems and not library.results:
        return 2
    if files == 0:
        found, _ = discover(args.paths)
        if not found:
            print("no scenario files (*.yaml, *.yml) found", file=sys.stderr)
            return 2
    return 1 if has_errors(diagnostics) or library.problems else 0


def validate_lint(scenario: Scenario, margin: float | None, spelling: bool) -> list[Diagnostic]:
    """The balance and spelling warnings for one sound file (run where the file is loaded).

    The spelling check reads the file again only to place a misspelt word.
    """
    source = partial(Path(scenario.span.file).read_text, encoding="utf-8-sig")
    thresholds = None if margin is None else Thresholds(margin=margin)
    return validate_diagnostics(
        scenario, source, thresholds, balance=margin is not None, spelling=spelling
    )


def balance_lint(scenario: Scenario, margin: float) -> list[Diagnostic]:
    """The balance warnings for one sound file (run where the file is loaded)."""
    return balance_diagnostics(scenario, thresholds=Thresholds(margin=margin))


def watch_mode(args: argparse.Namespace, since: watch.Snapshot | None) -> int:
    """Re-validate everything after each save: duplicate ids need every file."""
    print(_waiting(), file=sys.stderr, flush=True)

    def again(files: list[str]) -> None:
        stamp = time.strftime("%H:%M:%S")
        print(f"\n--- {stamp}  changed: {', '.join(files)} ---", file=sys.stderr)
        validate_once(args)
        print(_waiting(), file=sys.stderr, flush=True)

    try:
        watch.watch(args.paths, again, interval=max(0.05, args.interval), since=since)
    except KeyboardInterrupt:
        print("\nstopped watching", file=sys.stderr)
    return 0


def _waiting() -> str:
    return "watching for changes; press Ctrl+C to stop"
