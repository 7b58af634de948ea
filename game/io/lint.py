"""The analysis as diagnostics: unreachable parts, stuck nodes, nodes with no exit."""

from __future__ import annotations

from game.engine.analysis import Analysis, analyse
from game.io import codes
from game.io.diagnostics import Diagnostic
from game.model.scenario import Scenario


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
