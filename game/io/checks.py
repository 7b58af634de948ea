"""Cross-reference checks run after a file is read, one small function per kind.

Like Ren'Py's lint: each check_* looks at one kind of mistake and returns
diagnostics; check_references runs them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.io.diagnostics import Diagnostic, error
from game.io.suggest import did_you_mean
from game.model.scenario import LEAVE, STAY, Scenario

if TYPE_CHECKING:
    from game.io.loader import References
    from game.io.yaml_source import YScalar


def check_references(scenario: Scenario, refs: References) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for check in (
        check_id_clash,
        check_targets,
        check_start,
        check_walkout,
        check_outcomes,
        check_principles,
        check_mistimed,
        check_flags,
    ):
        found.extend(check(scenario, refs))
    return found


def check_id_clash(scenario: Scenario, refs: References) -> list[Diagnostic]:
    return [
        error(
            ending.span,
            "E122",
            f"'{ending.id}' is both a node and an ending",
            "node and ending ids share one namespace; rename one",
        )
        for ending in scenario.endings.values()
        if ending.id in refs.node_ids
    ]


def check_targets(scenario: Scenario, refs: References) -> list[Diagnostic]:
    known = refs.node_ids | refs.ending_ids
    return [
        error(
            target.span,
            "E120",
            f"goto target '{target.text}' is not a node or an ending",
            did_you_mean(target.text, known),
        )
        for target in refs.targets
        if target.text not in known
    ]


def check_start(scenario: Scenario, refs: References) -> list[Diagnostic]:
    start = refs.start
    if start is None or start.text in refs.node_ids:
        return []
    if start.text in refs.ending_ids:
        return [error(start.span, "E120", f"start '{start.text}' is an ending; it must be a node")]
    message = f"start '{start.text}' is not a node"
    return [error(start.span, "E120", message, did_you_mean(start.text, refs.node_ids))]


def check_walkout(scenario: Scenario, refs: References) -> list[Diagnostic]:
    walkout = refs.walkout
    if walkout is None:
        return []
    ending = scenario.endings.get(walkout.text)
    if walkout.text in refs.node_ids and walkout.text not in refs.ending_ids:
        message = f"walkout '{walkout.text}' is a node; it must be an ending with outcome leave"
        return [error(walkout.span, "E123", message)]
    if walkout.text not in refs.ending_ids:
        leaving = [e.id for e in scenario.endings.values() if e.outcome == LEAVE]
        hint = did_you_mean(walkout.text, refs.ending_ids) or _listing("leave endings", leaving)
        return [error(walkout.span, "E120", f"walkout '{walkout.text}' is not an ending", hint)]
    if ending is not None and ending.outcome != LEAVE:
        message = (
            f"walkout ending '{walkout.text}' has outcome '{ending.outcome}'; it must be leave"
        )
        return [error(walkout.span, "E123", message)]
    return []


def check_outcomes(scenario: Scenario, refs: References) -> list[Diagnostic]:
    outcomes = {e.outcome for e in scenario.endings.values()}
    if len(scenario.endings) < len(refs.ending_ids):
        return []  # an ending with its own error; don't guess what it meant
    return [
        error(
            scenario.span,
            "E124",
            f"the scenario has no ending with outcome '{outcome}'",
            "every scenario needs at least one 'stay' and one 'leave' ending",
        )
        for outcome in (STAY, LEAVE)
        if outcome not in outcomes
    ]


def check_principles(scenario: Scenario, refs: References) -> list[Diagnostic]:
    return [
        _unknown_principle(word, scenario)
        for word in refs.principles
        if word.text not in scenario.principles
    ]


def _unknown_principle(word: YScalar, scenario: Scenario) -> Diagnostic:
    return error(
        word.span,
        "E121",
        f"unknown principle '{word.text}'",
        did_you_mean(word.text, scenario.principles)
        or "see docs/principles.md, or define it under 'principles:' in this file",
    )


def check_mistimed(scenario: Scenario, refs: References) -> list[Diagnostic]:
    """`mistimed` names a good move made too soon or too late: never a bad habit (that
    belongs under `principles`), and never a principle the same choice also claims."""
    found = []
    for principles, mistimed in refs.mistimed:
        claimed = {word.text for word in principles}
        for word in mistimed:
            principle = scenario.principles.get(word.text)
            if principle is None:
                found.append(_unknown_principle(word, scenario))
            elif not principle.good:
                message = f"'{word.text}' is a bad habit at any moment, so it is not 'mistimed'"
                hint = "list it under 'principles:'; 'mistimed' is for good moves at the wrong time"
                found.append(error(word.span, "E126", message, hint))
            elif word.text in claimed:
                message = f"'{word.text}' is under both 'principles' and 'mistimed'"
                hint = "keep it under 'mistimed' if the move came at the wrong moment here"
                found.append(error(word.span, "E126", message, hint))
    return found


def check_flags(scenario: Scenario, refs: References) -> list[Diagnostic]:
    return [
        error(
            condition.span.shifted(offset),
            "E131",
            f"flag '{name}' is tested here but never set by any choice",
            did_you_mean(name, refs.flags_set) or "raise it with 'set: [...]' on a choice",
        )
        for name, condition, offset in refs.flag_tests
        if name not in refs.flags_set
    ]


def _listing(what: str, ids: list[str]) -> str:
    return f"{what}: " + ", ".join(sorted(ids)) if ids else ""
