"""`make-it-right export --xapi FILE`: recorded rounds as xAPI statements for an LMS.

    make-it-right export --xapi FILE [--player NAME] [--since DATE] [--base URL]

Writes a JSON array: a `completed` statement per round, and for Assessment
rounds a `passed` or `failed` one by the stored verdict. `--xapi -` writes to stdout. Statement ids are stable, so exporting
the same rounds again and sending them to the same LRS does not double them.
"""

from __future__ import annotations

import argparse
import json
import sys

from game.cli.report import UsageError, add_filters, selected_rounds
from game.records.xapi import BASE, statements
from game.words import plural


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="export recorded rounds as xAPI statements")
    parser.add_argument(
        "--xapi",
        metavar="FILE",
        required=True,
        help="write xAPI statements (JSON) here (- for stdout)",
    )
    add_filters(parser)
    parser.add_argument(
        "--base",
        metavar="URL",
        default=BASE,
        help=f"your organisation's address, for player accounts and activity ids (default {BASE})",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.base.startswith(("https://", "http://")):
        print(
            f"make-it-right export: --base must be an http(s) address, not '{args.base}'",
            file=sys.stderr,
        )
        return 2
    try:
        rounds = selected_rounds(args)
    except UsageError as problem:
        print(f"make-it-right export: {problem}", file=sys.stderr)
        return 2
    found = statements(rounds, args.base)
    text = json.dumps(found, indent=2, ensure_ascii=False) + "\n"
    if args.xapi == "-":
        sys.stdout.write(text)
        return 0
    try:
        with open(args.xapi, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        print(f"make-it-right export: cannot write {args.xapi}: {exc.strerror}", file=sys.stderr)
        return 2
    print(
        f"{plural(len(found), 'statement')} ({plural(len(rounds), 'round')})"
        f" written to {args.xapi}",
        file=sys.stderr,
    )
    return 0
