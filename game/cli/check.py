"""`make-it-right check FILE [--json]`: what a player can reach, with witnesses."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from game.cli.common import load_one
from game.engine.analysis import Analysis, analyse


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="analyse every path through a scenario")
    parser.add_argument("file", metavar="FILE", help="a scenario file")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        exists, folder = Path(args.file).exists(), Path(args.file).is_dir()
    except OSError as exc:
        print(f"{args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if not exists or folder:
        print(
            f"{args.file}: {'a folder; check takes one file' if folder else 'no such file'}",
            file=sys.stderr,
        )
        return 2
    loaded = load_one(args.file)
    if loaded is None:
        return 1
    report = analyse(loaded.scenario)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(describe(report))
    problems = report.unreachable or report.stuck or report.no_exit or not report.complete
    return 1 if problems else 0


def describe(report: Analysis) -> str:
    """The report as text a trainer can read."""
    lines = [f"{report.scenario}: {report.states} states explored", "Endings:"]
    width = max((len(e) for e in report.endings), default=0)
    for eid, outcome in report.endings.items():
        if outcome.reachable:
            path = " ".join(map(str, outcome.witness or ()))
            reach = f"reached by choosing {path}  (final trust {outcome.trust})"
        else:
            reach = "NEVER REACHED"
        lines.append(f"  {eid:<{width}}  {outcome.outcome:<5}  {reach}")
    lines.append(f"Walk-out possible: {'yes' if report.walkout_reachable else 'no'}")
    for label, extreme in (("Best", report.best), ("Worst", report.worst)):
        if extreme:
            path = " ".join(map(str, extreme.witness))
            lines.append(
                f"{label} final trust: {extreme.trust} by choosing {path} ({extreme.ending})"
            )
    for label, items in (
        ("Unreachable", report.unreachable),
        ("Stuck (every choice hidden)", sorted(report.stuck)),
        ("No exit", report.no_exit),
    ):
        lines.append(f"{label}: {', '.join(items) if items else 'none'}")
    if not report.complete:
        lines.append("Note: the search hit its limit; the report is partial.")
    return "\n".join(lines)
