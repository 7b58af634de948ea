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
from urllib.parse import urlsplit

from game.cli.report import UsageError, add_filters, selected_rounds
from game.io.render import printable
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
        help=f"your organization's address, for player accounts and activity ids (default {BASE})",
    )
    parser.set_defaults(run=run)


# Characters an IRI may not hold (RFC 3987): spaces, controls and these delimiters.
NOT_IN_IRI = set('<>"{}|\\^`')


def base_problem(base: str) -> str:
    """Why `base` cannot start the IRIs of statements, or '' if it can."""
    if any(ch.isspace() or not ch.isprintable() or ch in NOT_IN_IRI for ch in base):
        return 'it holds a space, a control character or one of < > " { } | \\ ^ `'
    try:
        parts = urlsplit(base)
    except ValueError as exc:
        return str(exc)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "it must be an http(s) address such as https://training.example.com"
    return ""


def run(args: argparse.Namespace) -> int:
    problem = base_problem(args.base)
    if problem:
        shown = printable(args.base)
        print(f"make-it-right export: --base '{shown}' is not usable: {problem}", file=sys.stderr)
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
