"""`make-it-right validate PATH...`: every problem in every file, with a summary line."""

from __future__ import annotations

import argparse
import sys

from game.io.diagnostics import has_errors, summary
from game.io.library import discover, load_library
from game.io.render import format_all, to_json


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("validate", help="check scenario files and folders for mistakes")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="scenario files or folders")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="json for editors and CI"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    library = load_library(args.paths)
    diagnostics = library.diagnostics
    files = len(library.results)
    if args.format == "json":
        print(to_json(diagnostics, files))
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
