"""Mutation testing of the core: does the suite notice when the code is changed?

    python tools/mutation.py                   # engine, model and loader, one after another
    python tools/mutation.py engine loader     # only these targets
    python tools/mutation.py --report          # scores and survivors of the last run
    python tools/mutation.py --survivors       # test the last run's survivors again
    python tools/mutation.py --show NAME       # the diff of one mutant

mutmut (installed here at the version pinned in .ci/constraints.txt) changes one small
thing at a time in game/engine, game/model or game/io/loader.py and runs the fast core
tests (configured under [tool.mutmut] in pyproject.toml) against each change, on one
core: the machines are shared. A run of all three takes about 18 minutes. A mutant
is killed when a test fails (or the run times out); the score is killed / all. Every
survivor is listed in docs/mutation.md with why it is left.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TARGETS = {"engine": "game.engine.", "model": "game.model.", "loader": "game.io.loader."}
KILLED = {1, 3, 36, 24, -24, 152, 255, -9, -11}  # tests failed, or the run timed out
EXAMPLES = "25"  # hypothesis examples per property: enough to kill, few enough to be quick


def ensure_mutmut() -> None:
    """Install mutmut at its pinned version unless it is already there."""
    if (BIN / "mutmut").exists():
        return
    pip = [sys.executable, "-m", "pip", "install", "-q", "-c", ".ci/constraints.txt", "mutmut"]
    subprocess.run(pip, cwd=REPO, check=True)


def mutmut_run(names: list[str]) -> None:
    """`mutmut run` on the mutants matching `names`, on one worker."""
    env = {**os.environ, "MAKE_IT_RIGHT_EXAMPLES": EXAMPLES, "PYTHONHASHSEED": "0"}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    command = [str(BIN / "mutmut"), "run", "--max-children", "1", *names]
    subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, check=False)


def run(targets: list[str]) -> None:
    """Test every mutant of each target in turn (mutmut regenerates what changed)."""
    for target in targets:
        mutmut_run([TARGETS[target] + "*"])


def run_survivors(targets: list[str]) -> None:
    """Test again only the mutants of `targets` that survived the last run (after new tests)."""
    prefixes = tuple(TARGETS[t] for t in targets)
    names = [k for k, v in results().items() if k.startswith(prefixes) and v not in KILLED]
    # which tests cover which function is cached; new tests must be seen, so collect again
    (REPO / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    if names:
        mutmut_run(names)


def results() -> dict[str, int | None]:
    """Every mutant generated so far and its exit code (None: not run)."""
    found: dict[str, int | None] = {}
    for meta in sorted((REPO / "mutants" / "game").rglob("*.meta")):
        found.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return found


def report(targets: list[str]) -> bool:
    """Print each target's score and its survivors; True if every score is at least 90%."""
    codes = results()
    good = True
    for target in targets:
        mine = {k: v for k, v in codes.items() if k.startswith(TARGETS[target]) and v is not None}
        killed = sum(1 for v in mine.values() if v in KILLED)
        score = killed / len(mine) if mine else 0.0
        good &= score >= 0.9
        kinds = Counter("killed" if v in KILLED else f"exit {v}" for v in mine.values())
        print(f"{target}: {killed}/{len(mine)} killed = {score:.1%}  {dict(kinds)}")
        for name in sorted(k for k, v in mine.items() if v not in KILLED):
            print(f"  survived: {name}")
    return good


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", choices=[[], *TARGETS], default=[])
    parser.add_argument("--report", action="store_true", help="only report the last run")
    parser.add_argument("--survivors", action="store_true", help="retest only the survivors")
    parser.add_argument("--show", metavar="NAME", help="show one mutant's diff")
    args = parser.parse_args(argv)
    targets = args.targets or list(TARGETS)
    ensure_mutmut()
    if args.show:
        return subprocess.run([str(BIN / "mutmut"), "show", args.show], cwd=REPO).returncode
    if args.survivors:
        run_survivors(targets)
    elif not args.report:
        run(targets)
    return 0 if report(targets) else 1


if __name__ == "__main__":
    sys.exit(main())
