"""`make-it-right proof FILE [--format text|markdown]`: the script to proofread, with notes.

Prints every line a player or the room reads, node by node in play order,
with who says it; a note under a line flags a doubled word, a mix of US and
UK spellings, or a line too long for the screen (game/cli/proofread.py).
Exit 0 with the script printed, 1 when the file has errors.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from itertools import groupby

from game.cli.common import load_one
from game.cli.proofread import Line, script

OK, PROBLEMS = 0, 1


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("proof", help="print the script of a scenario to proofread")
    parser.add_argument("file", metavar="FILE", help="a scenario file")
    parser.add_argument(
        "--format",
        choices=("text", "markdown"),
        default="text",
        help="plain text (default) or Markdown",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    loaded = load_one(args.file)
    if loaded is None or loaded.scenario is None:
        return PROBLEMS
    scenario = loaded.scenario
    lines = script(scenario)
    render = MARKDOWN if args.format == "markdown" else TEXT
    print(render.document(f"{scenario.title} ({args.file})", lines))
    return OK


class _Format:
    """How one output format writes a heading, a line and a note."""

    def __init__(
        self,
        title: Callable[[str], str],
        heading: Callable[[str, str], str],
        line: Callable[[Line], str],
        note: Callable[[Line, str], str],
    ) -> None:
        self.title, self.heading, self.line, self.note = title, heading, line, note

    def document(self, title: str, lines: list[Line]) -> str:
        """The whole script: a title, then each node or ending with its lines and notes."""
        parts = [self.title(title)]
        for place, group in groupby(lines, key=lambda line: line.place):
            items = list(group)
            kind = "Ending" if items[0].kind in ("ending", "lesson") else "Node"
            parts.append(self.heading(kind, place))
            for line in items:
                parts.append(self.line(line))
                parts.extend(self.note(line, note) for note in line.notes)
        return "\n".join(parts)


def _text_line(line: Line) -> str:
    indent = (
        "    " if line.kind in ("answer", "lesson") else "      " if line.kind == "feedback" else ""
    )
    return f"{indent}{line.speaker}: {line.text}"


TEXT = _Format(
    title=lambda title: f"{title}\n{'=' * len(title)}",
    heading=lambda kind, place: f"\n[{kind.lower()} {place}]",
    line=_text_line,
    note=lambda line, note: f"  ! line {line.line}: {note}",
)
MARKDOWN = _Format(
    title=lambda title: f"# {title}",
    heading=lambda kind, place: f"\n## {kind} `{place}`\n",
    line=lambda line: f"- **{line.speaker}:** {line.text}",
    note=lambda line, note: f"  - ⚠ line {line.line}: {note}",
)
