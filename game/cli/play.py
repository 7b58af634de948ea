"""`make-it-right play FILE`: play in the window, or in the terminal with --text.

--choices 2,1,3 plays those numbers without asking; --json prints the round
as one object. --start-at, --trust and --flags start anywhere in the file.
Answers are listed in file order unless --shuffle SEED shows them as the player
with that (recorded) seed saw them; numbers typed or given to --choices are then
places on that screen, while the JSON keeps naming choices by file order.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import TextIO

from game.cli.common import load_one
from game.engine import rules
from game.engine.round import Round
from game.engine.why import why_it_ended
from game.io.suggest import closest
from game.model.scenario import Scenario


class UsageError(Exception):
    """A mistake in how the command was called; exit code 2."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("play", help="play a scenario (in the window, or --text)")
    parser.add_argument("file", metavar="FILE", help="a scenario file")
    parser.add_argument("--text", action="store_true", help="play in the terminal")
    parser.add_argument("--choices", metavar="N,N,...", help="choice numbers to play, in order")
    parser.add_argument("--json", action="store_true", help="print the round as JSON")
    parser.add_argument("--start-at", metavar="NODE", help="start at this node")
    parser.add_argument("--trust", type=int, metavar="N", help="starting trust (0..100)")
    parser.add_argument("--flags", metavar="a,b", help="flags raised at the start")
    parser.add_argument(
        "--shuffle",
        type=int,
        metavar="SEED",
        help="show answers in the order a player with this seed saw them",
    )
    parser.add_argument(
        "--trainer",
        action="store_true",
        default=argparse.SUPPRESS,  # keeps `make-it-right --trainer play ...` working too
        help="in the window: trainer mode, with a live preview of the file as you save it",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not Path(args.file).is_file():
        print(f"{args.file}: no such file", file=sys.stderr)
        return 2
    loaded = load_one(args.file)
    if loaded is None:
        return 1
    scenario = loaded.scenario
    try:
        state = starting_state(scenario, args.start_at, args.trust, args.flags)
        numbers = parse_numbers(args.choices) if args.choices is not None else None
        if not (args.text or args.json or numbers is not None):
            return _open_window(args, scenario, state)
        if args.shuffle is not None and args.shuffle < 1:
            raise UsageError(f"--shuffle takes a seed of 1 or more, not {args.shuffle}")
        round_ = Round(scenario, state, seed=args.shuffle)
        quiet = args.json
        play_round(round_, numbers, sys.stdin, sys.stdout if not quiet else None)
    except UsageError as problem:
        print(f"make-it-right play: {problem}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(round_json(round_), indent=2, ensure_ascii=False))
    return 0


def starting_state(
    scenario: Scenario, start_at: str | None, trust: int | None, flags: str | None
) -> rules.State:
    """The state to start from: the file's start, or a trainer's chosen point."""
    node = start_at or scenario.start
    if node not in scenario.nodes:
        near = closest(node, scenario.nodes, n=3)
        listed = sorted(scenario.nodes)
        shown = ", ".join(listed[:12]) + (", ..." if len(listed) > 12 else "")
        hint = f"; nearest: {', '.join(near)}" if near else f"; nodes are: {shown}"
        raise UsageError(f"'{node}' is not a node of {scenario.id}{hint}")
    if trust is not None and not 0 <= trust <= 100:
        raise UsageError(f"--trust must be between 0 and 100, not {trust}")
    raised = frozenset(f.strip() for f in (flags or "").split(",") if f.strip())
    start_trust = scenario.trust_start if trust is None else trust
    return rules.at_node(scenario, node, start_trust, raised)


def parse_numbers(text: str) -> list[int]:
    try:
        return [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise UsageError(f"--choices takes numbers separated by commas, not '{text}'") from None


def play_round(round_: Round, numbers: list[int] | None, stdin: TextIO, out: TextIO | None) -> None:
    """Drive a round from `numbers` (or stdin) until it ends or input runs out."""
    queue = list(numbers) if numbers is not None else None
    while not round_.finished:
        if out:
            out.write(show_node(round_))
        number = _next_number(queue, stdin, out)
        if number is None:
            return
        try:
            events = round_.choose_shown(number)
        except rules.NotOffered as problem:
            if queue is not None:
                raise UsageError(str(problem)) from None
            out and out.write(f"  {problem}\n")
            continue
        if out:
            out.write(show_consequence(round_, events))
    if out:
        out.write(show_ending(round_))


def _next_number(queue: list[int] | None, stdin: TextIO, out: TextIO | None) -> int | None:
    if queue is not None:
        return queue.pop(0) if queue else None
    while True:
        if out:
            out.write("Your answer (number, q to stop): ")
            out.flush()
        line = stdin.readline()
        if not line or line.strip().lower() in ("q", "quit"):
            return None
        number = _answer(line)
        if number is not None:
            return number
        if out:
            out.write("  Type the number of a choice.\n")


def _answer(line: str) -> int | None:
    """The choice number typed, or None: plain digits 0-9 only, a few of them at most.

    str.isdigit accepts '²' and other digits int() refuses, and a line of
    thousands of digits is no choice number either.
    """
    text = line.strip()
    if 0 < len(text) <= 3 and all(ch in "0123456789" for ch in text):
        return int(text)
    return None


def meter(trust: int, leave_at: int, width: int = 40) -> str:
    """A text trust meter: '#' filled, '-' empty, '|' where the customer walks out."""
    cells = ["#" if i < round(trust * width / 100) else "-" for i in range(width)]
    mark = min(width - 1, round(leave_at * width / 100))
    cells[mark] = "|"
    return f"Trust [{''.join(cells)}] {trust:>3}/100  (walks out at {leave_at})"


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=76, initial_indent=indent, subsequent_indent=indent)


def show_node(round_: Round) -> str:
    scenario, node = round_.scenario, round_.node
    assert node is not None
    speaker = "" if node.is_narration else f"{scenario.speaker_of(node)}: "
    lines = ["", meter(round_.trust, scenario.leave_at), "", _wrap(speaker + node.say), ""]
    for place, option in enumerate(round_.shown(), start=1):
        lines.append(
            textwrap.fill(
                option.choice.say,
                76,
                initial_indent=f"  {place}. ",
                subsequent_indent="     ",
            )
        )
    return "\n".join(lines) + "\n\n"


def show_consequence(round_: Round, events: list[rules.Event]) -> str:
    lines = []
    for event in events:
        if isinstance(event, rules.TrustChanged):
            lines.append(f"  Trust {event.delta:+d} -> {event.after}")
        elif isinstance(event, rules.FlagsChanged):  # for trainers testing their conditions
            raised = ", ".join(sorted(event.raised))
            cleared = ", ".join(sorted(event.cleared))
            changed = [
                f"raised {raised}" if raised else "",
                f"cleared {cleared}" if cleared else "",
            ]
            lines.append("  Flags: " + "; ".join(c for c in changed if c))
        elif isinstance(event, rules.WalkedOut):
            lines.append("  Trust has run out: the customer walks out.")
    step = round_.steps[-1]
    if step.feedback:
        lines.append(_wrap("Why: " + step.feedback))
    return "\n".join(lines) + "\n" if lines else ""


def show_ending(round_: Round) -> str:
    ending = round_.ending
    assert ending is not None
    verdict = "The customer STAYS." if ending.stays else "The customer LEAVES."
    lines = ["", verdict, _wrap(ending.say), f"  They tell {ending.tells} people about it."]
    lines.append(_wrap("Why: " + why_it_ended(round_.scenario, round_.steps, ending, round_.trust)))
    if ending.lesson:
        lines.append(_wrap("Lesson: " + ending.lesson))
    if round_.scenario.debrief:
        lines += ["", _wrap(round_.scenario.debrief)]
    return "\n".join(lines) + "\n"


def round_json(round_: Round) -> dict[str, object]:
    """The round as `play --json` prints it."""
    ending = round_.ending
    state = round_.state
    return {
        "scenario": round_.scenario.id,
        "shuffle": round_.seed,
        "outcome": ending.outcome if ending else "unfinished",
        "ending": ending.id if ending else None,
        "node": state.node,
        "trust": state.trust,
        "tells": ending.tells if ending else 0,
        "flags": sorted(state.flags),
        "steps": [
            {
                "node": s.node,
                "choice": s.number,
                "say": s.say,
                "trust_before": s.trust_before,
                "trust_after": s.trust_after,
                "principles": list(s.principles),
            }
            for s in state.history
        ],
    }


def _open_window(args: argparse.Namespace, scenario: Scenario, state: rules.State) -> int:
    try:
        from game.ui.app import run_game
    except ImportError as exc:
        print(f"the game window is not available ({exc}); use --text", file=sys.stderr)
        return 2
    return run_game(
        play_file=args.file,
        start_state=state,
        data_dir=getattr(args, "data_dir", None),
        trainer=getattr(args, "trainer", False),
    )
