"""`make-it-right report`: the trainer's summary of recorded rounds, and a CSV of them.

    make-it-right report [--player NAME] [--since DATE] [--csv FILE] [--from-lrs]

The summary goes to stdout; `--csv FILE` also writes one row per round
(`--csv -` writes the CSV to stdout instead of the summary). The records are
opened read-only: a report never creates, migrates or repairs them.
`--from-lrs` reads the rounds of every player from the LRS set with
`make-it-right lrs set` instead (game/play/lrs_read.py).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time

from game.cli.output import shown
from game.io.render import printable
from game.records.model import RoundRecord, utc
from game.records.report import build_report, render_text, write_csv
from game.records.room_out import room_section
from game.records.store import RecordStore


class UsageError(Exception):
    """A mistake in how the command was called, or records that cannot be read; exit code 2."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("report", help="a trainer's summary of the recorded rounds")
    add_filters(parser)
    parser.add_argument("--csv", metavar="FILE", help="also write one row per round (- for stdout)")
    parser.add_argument(
        "--from-lrs", action="store_true", help="every player's rounds, read from the LRS"
    )
    parser.set_defaults(run=run)


def add_filters(parser: argparse.ArgumentParser) -> None:
    """--player, --since and --data-dir, shared with `export`."""
    parser.add_argument("--player", metavar="NAME", help="only this player's rounds (any case)")
    parser.add_argument(
        "--since", metavar="DATE", help="only rounds started on or after DATE (YYYY-MM-DD, local)"
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the records folder"
    )


def run(args: argparse.Namespace) -> int:
    try:
        rounds = lrs_rounds(args) if getattr(args, "from_lrs", False) else selected_rounds(args)
    except UsageError as problem:
        print(f"make-it-right report: {problem}", file=sys.stderr)
        return 2
    if args.csv == "-":
        write_csv(rounds, sys.stdout)
        return 0
    sys.stdout.write(shown(render_text(build_report(rounds))))
    room = room_section(rounds)  # workshop rounds: how the room split at each decision
    if room:
        sys.stdout.write(shown("\n" + room))
    if args.csv:
        try:
            with open(args.csv, "w", encoding="utf-8", newline="") as handle:
                write_csv(rounds, handle)
        except OSError as exc:
            print(f"make-it-right report: cannot write {args.csv}: {exc.strerror}", file=sys.stderr)
            return 2
        print(f"{len(rounds)} rounds written to {args.csv}", file=sys.stderr)
    return 0


def selected_rounds(args: argparse.Namespace) -> list[RoundRecord]:
    """The rounds `--player` and `--since` select; problems with the records go to stderr."""
    since = parse_since(args.since) if args.since else None
    store = RecordStore.open(getattr(args, "data_dir", None), readonly=True)
    with store:
        rounds = store.rounds(player=args.player, since=since)
    if store.unreadable:
        raise UsageError(f"the records in {store.path} could not be read: {store.unreadable}")
    if store.warning:
        print(f"make-it-right: {store.warning}", file=sys.stderr)
    if not rounds:
        which = "match" if args.player or args.since else "are recorded"
        print(f"make-it-right: no rounds {which} in {store.path}", file=sys.stderr)
    return rounds


def lrs_rounds(args: argparse.Namespace) -> list[RoundRecord]:
    """The rounds the LRS holds for our organisation, with --player and --since applied."""
    from pathlib import Path

    from game.play.lrs_config import load_config
    from game.play.lrs_http import LrsClient
    from game.play.lrs_read import ReadProblem, read_statements
    from game.records.statements_read import rounds_from_statements

    since = parse_since(args.since) if args.since else None
    folder = getattr(args, "data_dir", None)
    config = load_config(Path(folder) if folder else None)
    if config is None:
        raise UsageError("no LRS is set; set one with `make-it-right lrs set ENDPOINT --key KEY`")
    try:
        with LrsClient(config) as client:
            found = rounds_from_statements(read_statements(client, since=since), config.base)
    except ReadProblem as problem:
        raise UsageError(f"the rounds could not be read from {config.shown}: {problem}") from None
    player = args.player.casefold() if args.player else None
    rounds = [r for r in found if player is None or r.player.casefold() == player]
    rounds = [r for r in rounds if since is None or r.started >= since]
    if not rounds:
        print(f"make-it-right: no rounds found in {config.shown}", file=sys.stderr)
    return rounds


def parse_since(text: str) -> datetime:
    """A date (from local midnight) or an ISO 8601 date and time (naive = local)."""
    try:
        if len(text.strip()) == 10:
            moment = datetime.combine(datetime.fromisoformat(text.strip()).date(), time())
        else:
            moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        moment = moment if moment.tzinfo else moment.astimezone()
        utc(moment)  # a date at the very edge of the calendar may have no UTC time
    except (ValueError, OverflowError):
        shown = printable(text)
        raise UsageError(f"--since takes a date like 2026-11-23, not '{shown}'") from None
    return moment
