"""The analysis and the balance report as diagnostics.

The analysis: unreachable parts, stuck nodes, nodes with no exit (every load).
The balance report: gameable strategies, saturation, keeping the customer without
owning the mistake, a difficulty that disagrees with random play (validate only).
"""

from __future__ import annotations

from game.engine.analysis import Analysis, analyse
from game.engine.balance import BalanceReport, Thresholds, balance
from game.engine.balance_findings import OWNING, KeepsWithoutOwning, Saturation
from game.io.diagnostics import Diagnostic, error, warning
from game.model.scenario import Scenario
from game.words import plural


def analysis_diagnostics(scenario: Scenario, result: Analysis | None = None) -> list[Diagnostic]:
    """The analysis as diagnostics: unreachable parts, stuck nodes, no-exit nodes."""
    result = result or analyse(scenario)
    found: list[Diagnostic] = []
    for name in result.unreachable:
        item = scenario.nodes.get(name) or scenario.endings[name]
        kind = "node" if name in scenario.nodes else "ending"
        found.append(
            warning(
                item.span,
                "W200",
                f"{kind} '{name}' can never be reached",
                "check the goto targets, conditions and trust changes leading here",
            )
        )
    for name, (trust, flags) in result.stuck.items():
        shown = ", ".join(sorted(flags)) or "no flags"
        message = f"node '{name}' can be reached with every choice hidden (trust {trust}, {shown})"
        found.append(
            error(
                scenario.nodes[name].span, "E201", message, "give the node one choice without 'if'"
            )
        )
    for name in result.no_exit:
        message = f"from node '{name}' the player can get trapped: no ending is reachable"
        found.append(
            error(
                scenario.nodes[name].span,
                "E202",
                message,
                "add a choice that leads towards an ending",
            )
        )
    if not result.complete:
        message = f"analysis stopped after {result.states} states; results are partial"
        found.append(warning(scenario.span, "W203", message))
    return found


# The balance lint runs on the `validate` path only (game/cli/validate.py); the
# game's scenario library never runs it: learners must not see it, and it would
# slow start-up. Gameable strategy -> (code, what it does, how to fix it).
GAMEABLE: dict[str, tuple[str, str, str]] = {
    "longest": (
        "W300",
        "always choosing the longest answer",
        "make some good answers short and some poor ones long",
    ),
    "apologetic": (
        "W301",
        "always choosing the answer with the most apology words",
        "let a poor answer say sorry (a bare or scripted apology) and a good one own it "
        "in other words",
    ),
    "greedy": (
        "W302",
        "always choosing the biggest trust gain",
        "add a tempting answer that gains trust now and costs it later "
        "(an overpromise, money before an apology)",
    ),
    "first": (
        "W306",
        "always pressing 1 (answers shuffled, pins kept)",
        "pin an answer only where its place is the point, never the best answer first",
    ),
}


def balance_diagnostics(
    scenario: Scenario, report: BalanceReport | None = None, thresholds: Thresholds | None = None
) -> list[Diagnostic]:
    """The balance report as warnings: gameable strategies, saturation, keeping without owning."""
    report = report or balance(scenario, thresholds)
    found = [_gameable(scenario, report, name) for name in report.gameable() if name in GAMEABLE]
    found += [_saturates(scenario, s) for s in report.saturation]
    if report.keeps_without_owning is not None:
        found.append(_keeps(scenario, report.keeps_without_owning))
    if not report.difficulty.agrees:
        found.append(_difficulty(scenario, report))
    return found


def _gameable(scenario: Scenario, report: BalanceReport, name: str) -> Diagnostic:
    code, doing, fix = GAMEABLE[name]
    result, random = report.strategies[name], report.random
    sampled = "" if result.odds.exact else f" (from {result.odds.rounds:,} sampled rounds)"
    message = (
        f"{doing} keeps the customer {result.stay:.0%} of the time; random play keeps them "
        f"{random.stay:.0%}{sampled}"
    )
    hint = f"{fix}; see `make-it-right balance {scenario.path or 'FILE'}`"
    return warning(scenario.id_span, code, message, hint)


def _saturates(scenario: Scenario, found: Saturation) -> Diagnostic:
    path = " ".join(map(str, found.witness)) or "nothing"
    message = (
        f"trust can reach {found.trust} at node '{found.node}' with a decision still to come "
        f"(choosing {path}); the trust changes there are lost"
    )
    hint = "lower the trust gains (or losses) on the way here, or move the start of the meter"
    return warning(scenario.nodes[found.node].span, "W303", message, hint)


def _keeps(scenario: Scenario, found: KeepsWithoutOwning) -> Diagnostic:
    ways = f"{found.paths:,} or more ways" if found.capped else plural(found.paths, "way")
    path = " ".join(map(str, found.witness))
    message = (
        f"the customer can be kept without owning or fixing the mistake: {ways}, "
        f"e.g. choosing {path} (ending '{found.ending}')"
    )
    owning = ", ".join(sorted(OWNING))
    hint = f"make every stay ending need an answer tagged with one of: {owning}"
    return warning(scenario.id_span, "W304", message, hint)


def _difficulty(scenario: Scenario, report: BalanceReport) -> Diagnostic:
    check = report.difficulty
    low, high = check.band
    expected = f"{low:.0%} or more" if high >= 1 else f"{low:.0%} to {high:.0%}"
    if low <= 0:
        expected = f"under {high:.0%}"
    fits = f"difficulty {check.fits}" if check.fits is not None else "no difficulty"
    message = (
        f"difficulty {check.stated} expects random play to keep the customer {expected} of "
        f"the time, but it keeps them {check.random_stay:.1%} ({fits})"
    )
    hint = f"set difficulty: {check.fits}, or rebalance the answers"
    return warning(scenario.id_span, "W305", message, hint)
