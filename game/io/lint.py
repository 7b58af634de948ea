"""The analysis as diagnostics: unreachable parts, stuck nodes, nodes with no exit."""

from __future__ import annotations

from game.engine.analysis import Analysis, analyse
from game.io.diagnostics import Diagnostic, error, warning
from game.model.scenario import Scenario


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
