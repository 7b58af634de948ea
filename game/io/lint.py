"""The analysis and the balance report as diagnostics.

The analysis: unreachable parts, stuck nodes, nodes with no exit (every load).
The balance report: gameable strategies, saturation, keeping the customer without
owning the mistake, a difficulty that disagrees with random play (validate only).
Spelling (validate only): words not in the US English dictionary (game/io/spelling.py).
"""

from __future__ import annotations

from collections.abc import Callable

from game.engine.analysis import Analysis, analyse
from game.engine.balance import BalanceReport, Thresholds, balance
from game.engine.balance_findings import OWNING, KeepsWithoutOwning, Saturation
from game.io import codes
from game.io.diagnostics import Code, Diagnostic
from game.io.spelling import spelling_diagnostics
from game.model.scenario import Scenario
from game.words import plural


def analysis_diagnostics(scenario: Scenario, result: Analysis | None = None) -> list[Diagnostic]:
    """The analysis as diagnostics: unreachable parts, stuck nodes, no-exit nodes."""
    result = result or analyse(scenario)
    found: list[Diagnostic] = []
    for name in result.unreachable:
        item = scenario.nodes.get(name) or scenario.endings[name]
        kind = "node" if name in scenario.nodes else "ending"
        found.append(codes.UNREACHABLE.at(item.span, kind=kind, name=name))
    for name, (trust, flags) in result.stuck.items():
        shown = ", ".join(sorted(flags)) or "no flags"
        found.append(codes.STUCK.at(scenario.nodes[name].span, node=name, trust=trust, flags=shown))
    for name in result.no_exit:
        found.append(codes.NO_EXIT.at(scenario.nodes[name].span, node=name))
    if not result.complete:
        found.append(codes.ANALYSIS_INCOMPLETE.at(scenario.span, states=result.states))
    return found


# The balance lint runs on the `validate` path only (game/cli/validate.py); the
# game's scenario library never runs it: learners must not see it, and it would
# slow start-up. Gameable strategy -> (code, what it does, how to fix it).
GAMEABLE: dict[str, tuple[Code, str, str]] = {
    "longest": (
        codes.GAMEABLE_BY_LENGTH,
        "always choosing the longest answer",
        "make some good answers short and some poor ones long",
    ),
    "apologetic": (
        codes.GAMEABLE_BY_KEYWORDS,
        "always choosing the answer with the most apology words",
        "let a poor answer say sorry (a bare or scripted apology) and a good one own it "
        "in other words",
    ),
    "greedy": (
        codes.GAMEABLE_BY_GREED,
        "always choosing the biggest trust gain",
        "add a tempting answer that gains trust now and costs it later "
        "(an overpromise, money before an apology)",
    ),
    "first": (
        codes.GAMEABLE_BY_POSITION,
        "always pressing 1 (answers shuffled, pins kept)",
        "pin an answer only where its place is the point, never the best answer first",
    ),
}


def validate_diagnostics(
    scenario: Scenario,
    source: Callable[[], str],
    thresholds: Thresholds | None = None,
    balance: bool = True,
    spelling: bool = True,
) -> list[Diagnostic]:
    """What `validate` adds to a sound file: the balance report and the spelling check."""
    found = balance_diagnostics(scenario, thresholds=thresholds) if balance else []
    return found + (spelling_diagnostics(scenario, source) if spelling else [])


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
    hint = f"{fix}; see `make-it-right balance {scenario.path or 'FILE'}`"
    return code.at(
        scenario.id_span, hint, doing=doing, stay=result.stay, random=random.stay, sampled=sampled
    )


def _saturates(scenario: Scenario, found: Saturation) -> Diagnostic:
    path = " ".join(map(str, found.witness)) or "nothing"
    span = scenario.nodes[found.node].span
    return codes.SATURATES.at(span, trust=found.trust, node=found.node, path=path)


def _keeps(scenario: Scenario, found: KeepsWithoutOwning) -> Diagnostic:
    ways = f"{found.paths:,} or more ways" if found.capped else plural(found.paths, "way")
    path = " ".join(map(str, found.witness))
    owning = ", ".join(sorted(OWNING))
    hint = f"make every stay ending need an answer tagged with one of: {owning}"
    return codes.KEEPS_WITHOUT_OWNING.at(
        scenario.id_span, hint, ways=ways, path=path, ending=found.ending
    )


def _difficulty(scenario: Scenario, report: BalanceReport) -> Diagnostic:
    check = report.difficulty
    low, high = check.band
    expected = f"{low:.0%} or more" if high >= 1 else f"{low:.0%} to {high:.0%}"
    if low <= 0:
        expected = f"under {high:.0%}"
    fits = f"difficulty {check.fits}" if check.fits is not None else "no difficulty"
    hint = f"set difficulty: {check.fits}, or rebalance the answers"
    return codes.DIFFICULTY_MISMATCH.at(
        scenario.id_span,
        hint,
        stated=check.stated,
        expected=expected,
        stay=check.random_stay,
        fits=fits,
    )
