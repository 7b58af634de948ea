"""`make-it-right new ID [--dir scenarios]`: start a scenario from a commented, playable template."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from game.io.library import load_library
from game.io.template import scaffold
from game.model import format as fmt

OK, USAGE = 0, 2
MAX_ID_LENGTH = 64  # the file is ID.yaml; file systems refuse names past 255 bytes


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "new", help="start a new scenario from a template that teaches the format"
    )
    parser.add_argument("id", metavar="ID", help="the scenario's id, like late-delivery")
    parser.add_argument(
        "--dir", default="scenarios", metavar="DIR", help="folder to write ID.yaml in (scenarios)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    problem = check_id(args.id)
    if problem:
        return _fail(problem)
    folder = Path(args.dir)
    path = folder / f"{args.id}.yaml"
    if path.exists():
        return _fail(f"{path} already exists; choose another id or edit that file")
    if folder.is_dir():
        user = _file_using(args.id, folder)
        if user:
            return _fail(f"the id '{args.id}' is already used by {user}; choose another")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(scaffold(args.id, path))
    except FileExistsError:
        return _fail(f"{path} already exists; choose another id or edit that file")
    except OSError as exc:
        return _fail(f"cannot write {path}: {exc.strerror or exc}")
    print(path)
    print(_next_steps(path), file=sys.stderr)
    return OK


def check_id(scenario_id: str) -> str:
    """'' when the id is usable, else what is wrong with it."""
    if len(scenario_id) > MAX_ID_LENGTH:
        return (
            f"the id is {len(scenario_id)} characters long; "
            f"use at most {MAX_ID_LENGTH}, like late-delivery"
        )
    if fmt.matches(fmt.SLUG, scenario_id):
        return ""
    suggestion = re.sub(r"[^a-z0-9]+", "-", scenario_id.lower()).strip("-")
    hint = f"; try '{suggestion}'" if suggestion and fmt.matches(fmt.SLUG, suggestion) else ""
    return f"'{scenario_id}' is not a valid id: use lowercase letters, digits and '-'{hint}"


def _file_using(scenario_id: str, folder: Path) -> str:
    library = load_library([folder], analyse=False)
    return next((s.path for s in library.scenarios if s.id == scenario_id), "")


def _next_steps(path: Path) -> str:
    shown = path.as_posix()
    shown = f'"{shown}"' if " " in shown else shown
    return "\n".join(
        [
            f"Created {shown}: a small scenario that already plays. Next:",
            f"  make-it-right validate --watch {shown}   check it on every save",
            f"  make-it-right play {shown} --text        play it in the terminal",
            f"  make-it-right graph {shown} -o map.svg   draw its map",
            "Guide: docs/writing-scenarios.md",
        ]
    )


def _fail(message: str) -> int:
    print(f"make-it-right new: {message}", file=sys.stderr)
    return USAGE
