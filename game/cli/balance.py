"""`make-it-right balance FILE|DIR... [--json]`: can each scenario be won without judgement?

For every sound scenario: how often each simple strategy keeps the customer
with answers shuffled, and its likeliest ending; then where trust saturates,
whether the customer can be kept without owning the mistake, and whether the
stated difficulty fits. Exit 0 when every file was reported (findings are
warnings, as in `validate`), 1 when a file has errors, 2 when nothing was found.
"""

from __future__ import annotations

import argparse
import json
import sys

from game.engine.balance import GAMEABLE_MARGIN, BalanceReport, Thresholds, balance
from game.engine.balance_findings import OWNING
from game.io.library import discover, load_library
from game.io.render import format_all
from game.words import plural


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "balance", help="how simple strategies (longest, sorry, greedy, random) fare"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="scenario files or folders")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument(
        "--margin",
        type=margin,
        default=GAMEABLE_MARGIN,
        metavar="X",
        help=f"call a strategy gameable when it keeps the customer more than X (0-1) more "
        f"often than random play (default {GAMEABLE_MARGIN})",
    )
    parser.set_defaults(run=run)


def margin(text: str) -> float:
    """A margin between 0 and 1, for argparse."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    library = load_library(args.paths)
    broken = [r for r in library.results if r.scenario is None]
    for result in broken:
        errors = [d for d in result.diagnostics if d.is_error]
        print(format_all(errors, {result.path: result.text}), file=sys.stderr)
        print(f"{result.path}: cannot be used until its errors are fixed", file=sys.stderr)
    if library.problems:
        print(format_all(library.problems, {}), file=sys.stderr)
    thresholds = Thresholds(margin=args.margin)
    reports = [(s.path, balance(s, thresholds)) for s in library.scenarios]
    if args.json:
        shown = [{"file": path, **report.to_json()} for path, report in reports]
        print(json.dumps({"margin": args.margin, "scenarios": shown}, indent=2))
    else:
        print("\n\n".join(describe(report, path) for path, report in reports))
    if not library.results and not discover(args.paths)[0]:
        print("no scenario files (*.yaml, *.yml) found", file=sys.stderr)
        return 2
    return 1 if broken or library.problems else 0


def describe(report: BalanceReport, path: str = "") -> str:
    """One scenario's balance report as text a trainer can read."""
    how = "exact" if all(r.odds.exact for r in report.strategies.values()) else "sampled"
    where = f"  {path}" if path else ""
    lines = [
        f"{report.scenario}{where}",
        f"  difficulty {report.difficulty.stated}, {plural(report.states, 'state')}, {how}",
        f"  {'strategy':<11} {'keeps':>6}  most likely ending",
    ]
    gameable = report.gameable()
    for name, result in report.strategies.items():
        ending, chance = result.most_likely
        note = ""
        if name in gameable:
            note = f"   GAMEABLE: {report.excess(name) * 100:+.0f} points over random"
        sampled = "" if result.odds.exact else f"   ({result.odds.rounds:,} sampled rounds)"
        likely = f"{ending or 'never ends'} ({chance:.0%})"
        lines.append(f"  {name:<11} {result.stay:>6.1%}  {likely:<32}{note}{sampled}".rstrip())
    lines += findings(report)
    return "\n".join(lines)


def findings(report: BalanceReport) -> list[str]:
    """The findings beyond the strategies, one line each."""
    lines = []
    if report.saturation:
        lines.append("  Trust saturates with decisions still to come at:")
        width = max(len(s.node) for s in report.saturation)
        lines += [
            f"    {s.node:<{width}}  trust {s.trust} after choosing {' '.join(map(str, s.witness))}"
            for s in report.saturation
        ]
    else:
        lines.append("  Trust never saturates with decisions to come.")
    keeps = report.keeps_without_owning
    if keeps is None:
        lines.append(f"  Keeping the customer always takes one of: {', '.join(sorted(OWNING))}.")
    else:
        ways = f"{keeps.paths:,}{' or more' if keeps.capped else ''}"
        path = " ".join(map(str, keeps.witness))
        lines.append(
            f"  Kept without owning or fixing: {ways} ways, e.g. choosing {path} ({keeps.ending})"
        )
    check = report.difficulty
    low, high = check.band
    verdict = "agrees" if check.agrees else f"DISAGREES: fits difficulty {check.fits}"
    lines.append(
        f"  Difficulty {check.stated} wants random play to keep {low:.0%} to {high:.0%}; "
        f"it keeps {check.random_stay:.1%}: {verdict}"
    )
    return lines
