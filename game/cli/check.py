"""`make-it-right check FILE [--json]`: what a player can reach, with witnesses.

A witness is the choice numbers a player types (counting only the choices on
offer at that moment); under each ending the answers along it are printed
too, node by node, so a trainer reads the path without counting. `--json`
adds them as `path` beside each `witness`.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import cast

from game.cli.common import load_one
from game.engine.analysis import Analysis, analyse
from game.engine.round import Round
from game.model.scenario import Scenario

SHOWN = 72  # characters of an answer printed under its ending; the JSON has all of it


@dataclass(frozen=True)
class Step:
    """One answer along a witness: the node it is given at, its number and its text."""

    node: str
    number: int
    say: str


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
    if loaded is None or loaded.scenario is None:
        return 1
    scenario = loaded.scenario
    report = analyse(scenario)
    if args.json:
        print(json.dumps(with_paths(report, scenario), indent=2))
    else:
        print(describe(report, scenario))
    problems = report.unreachable or report.stuck or report.no_exit or not report.complete
    return 1 if problems else 0


def answers(scenario: Scenario, witness: tuple[int, ...]) -> list[Step]:
    """The answers a witness gives, replayed from the start in file order."""
    round_ = Round(scenario)
    steps = []
    for number in witness:
        node = round_.node
        offered = {o.number: o.choice for o in round_.offered()}
        if node is None or number not in offered:  # the witness came from another scenario
            break
        steps.append(Step(node.id, number, offered[number].say))
        round_.choose(number)
    return steps


def with_paths(report: Analysis, scenario: Scenario) -> dict[str, object]:
    """`to_json()` with a `path` (node, number, say) beside every witness."""
    found = report.to_json()
    endings = cast(dict[str, dict[str, object]], found["endings"])
    for eid, outcome in report.endings.items():
        endings[eid]["path"] = _json_path(scenario, outcome.witness)
    for key, extreme in (("best", report.best), ("worst", report.worst)):
        if extreme is not None:
            cast(dict[str, object], found[key])["path"] = _json_path(scenario, extreme.witness)
    return found


def _json_path(
    scenario: Scenario, witness: tuple[int, ...] | None
) -> list[dict[str, object]] | None:
    return None if witness is None else [asdict(step) for step in answers(scenario, witness)]


def _path_lines(scenario: Scenario, witness: tuple[int, ...]) -> list[str]:
    steps = answers(scenario, witness)
    width = max((len(step.node) for step in steps), default=0)
    return [f"      {s.node + ':':<{width + 1}} {s.number}. {_short(s.say)}" for s in steps]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1].rstrip() + "…"


def describe(report: Analysis, scenario: Scenario | None = None) -> str:
    """The report as text a trainer can read; with the scenario, each path's answers too."""
    lines = [f"{report.scenario}: {report.states} states explored", "Endings:"]
    width = max((len(e) for e in report.endings), default=0)
    for eid, outcome in report.endings.items():
        if outcome.reachable:
            path = " ".join(map(str, outcome.witness or ()))
            reach = f"reached by choosing {path}  (final trust {outcome.trust})"
        else:
            reach = "NEVER REACHED"
        lines.append(f"  {eid:<{width}}  {outcome.outcome:<5}  {reach}")
        if scenario is not None and outcome.witness:
            lines.extend(_path_lines(scenario, outcome.witness))
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
