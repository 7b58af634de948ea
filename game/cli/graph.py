"""`make-it-right graph FILE -o OUT`: draw a scenario's branch map.

OUT ending in .dot gets the DOT text (no other program needed); .svg and
.png are drawn by Graphviz's `dot`, and when it is missing we say how to
install it. Without -o the DOT text goes to stdout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from game.cli.common import load_one
from game.engine.analysis import analyse
from game.io.graph import to_dot
from game.io.regular import kind_of

OK, PROBLEMS, USAGE = 0, 1, 2
FORMATS = (".dot", ".gv", ".svg", ".png")

INSTALL = """\
Drawing {out} needs Graphviz's `dot` program, which was not found.
Install Graphviz, open a new terminal, and run this command again:
  Debian or Ubuntu:  sudo apt-get install graphviz
  Fedora:            sudo dnf install graphviz
  macOS:             brew install graphviz
  Windows:           winget install Graphviz.Graphviz
                     (if `dot` is still not found, add C:\\Program Files\\Graphviz\\bin to PATH)
Or write the map as text now and view it later or online:
  make-it-right graph {file} -o {stem}.dot"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("graph", help="draw the branch map of a scenario (.dot, .svg, .png)")
    parser.add_argument("file", metavar="FILE", help="a scenario file")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="map.svg, map.png or map.dot (default: DOT to stdout)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output) if args.output else None
    if out is not None and out.suffix.lower() not in FORMATS:
        return _fail(f"{out}: the map can be written as .svg, .png or .dot")
    problem = _not_one_file(args.file)
    if problem:
        return _fail(problem)
    dot = find_dot() if out is not None and out.suffix.lower() in (".svg", ".png") else None
    if out is not None and out.suffix.lower() in (".svg", ".png") and dot is None:
        return _fail(INSTALL.format(out=out, file=args.file, stem=out.with_suffix("").as_posix()))
    loaded = load_one(args.file)
    if loaded is None:
        return PROBLEMS
    text = to_dot(loaded.scenario, analyse(loaded.scenario))
    if out is None:
        sys.stdout.write(text)
        return OK
    problem = render(text, out, dot) if dot else write_text(text, out)
    if problem:
        return _fail(problem)
    print(f"wrote {out}", file=sys.stderr)
    return OK


def _not_one_file(name: str) -> str | None:
    """Why `name` is not a scenario file `graph` can open (a folder, a pipe, missing), or None.

    A named pipe is never opened: reading one waits for a writer for ever.
    """
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError:
        return f"{name}: no such file"
    except OSError as error:
        return f"{name}: cannot read it ({error.strerror or error})"
    if stat.S_ISDIR(mode):
        return f"{name}: is a folder; graph draws the map of one scenario file"
    if not stat.S_ISREG(mode):
        return f"{name}: is {kind_of(mode)}, not a scenario file"
    return None


def find_dot() -> str | None:
    """Graphviz's `dot` on PATH, or where the Windows installer puts it."""
    found = shutil.which("dot")
    if found or os.name != "nt":
        return found
    for root in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
        candidate = Path(root or "C:/Program Files") / "Graphviz" / "bin" / "dot.exe"
        if candidate.is_file():
            return str(candidate)
    return None


def render(text: str, out: Path, dot: str) -> str:
    """Run `dot`; '' on success, else what went wrong."""
    fmt = out.suffix.lower().lstrip(".")
    try:
        done = subprocess.run(
            [dot, f"-T{fmt}", "-o", str(out)],
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"could not run Graphviz ({dot}): {exc}"
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip()
        return f"Graphviz could not draw {out}: {detail or 'exit code ' + str(done.returncode)}"
    return ""


def write_text(text: str, out: Path) -> str:
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        return f"cannot write {out}: {exc.strerror or exc}"
    return ""


def _fail(message: str) -> int:
    print(f"make-it-right graph: {message}", file=sys.stderr)
    return USAGE
