"""The `make-it-right` command: validate, check and play scenarios, or open the game.

Exit codes: 0 all fine, 1 problems found in the scenarios, 2 usage or I/O error.
Messages go to stderr, data (JSON, reports) to stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from game.cli import (
    balance,
    check,
    export,
    graph,
    lrs,
    lsp,
    new,
    output,
    play,
    proof,
    report,
    schema,
    script,
    validate,
)
from game.io.glossary import GlossaryError

OK, PROBLEMS, USAGE = 0, 1, 2

# Each command module offers `add_parser(subparsers)` and `run(args) -> int`.
COMMANDS = [
    validate,
    check,
    balance,
    play,
    new,
    graph,
    schema,
    report,
    export,
    lsp,
    proof,
    lrs,
    script,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="make-it-right",
        description="Make It Right: a role-play game about recovering customers after a mistake.",
        epilog="With no command, the game window opens.",
    )
    parser.add_argument("--scenarios", metavar="DIR", help="folder of scenario files to play")
    parser.add_argument("--workshop", action="store_true", help="open in workshop (projector) mode")
    parser.add_argument(
        "--display", type=int, metavar="N", help="workshop: the monitor for the room (0, 1, ...)"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for records (default: $MAKE_IT_RIGHT_DATA or the user's data folder)",
    )
    parser.add_argument(
        "--trainer",
        action="store_true",
        help="trainer mode: F5 reloads files, live preview, file paths shown (never for learners)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse `argv` and run the command; return the process exit code."""
    output.prepare()
    parser = build_parser()
    args = parser.parse_args(argv)
    runner: Callable[[argparse.Namespace], int] = getattr(args, "run", open_game)
    try:
        return _flushed(runner(args))
    except KeyboardInterrupt:
        print("\nstopped", file=sys.stderr)
        return USAGE
    except BrokenPipeError:  # the reader stopped early (| head): not our failure
        output.stopped_reader()
        return OK
    except output.StreamClosed as closed:
        print(f"make-it-right: {closed}; nothing was written", file=sys.stderr)
        return USAGE
    except OSError as exc:  # writing the output failed: a full disk (/dev/full), a device gone
        print(f"make-it-right: {exc}", file=sys.stderr)
        return USAGE
    except GlossaryError as problem:
        print(f"make-it-right: {problem}", file=sys.stderr)
        return USAGE


def _flushed(status: int) -> int:
    """Flush stdout inside main, so a failed write is reported here, not at exit."""
    sys.stdout.flush()
    return status


def open_game(args: argparse.Namespace) -> int:
    """Start the game window (the ui layer is imported only here)."""
    try:
        from game.ui.app import run_game
    except ImportError as exc:
        print(f"make-it-right: the game window is not available: {exc}", file=sys.stderr)
        return USAGE
    return run_game(
        scenarios_dir=args.scenarios,
        workshop=args.workshop,
        display=args.display,
        data_dir=args.data_dir,
        trainer=args.trainer,
    )
