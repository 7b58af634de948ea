"""Cross-reference checks run after a file is read, one small function per kind.

Like Ren'Py's lint: each check_* looks at one kind of mistake and returns
diagnostics; check_references runs them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.io import codes
from game.io.diagnostics import Diagnostic
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
        codes.ID_CLASH.at(ending.span, id=ending.id)
        for ending in scenario.endings.values()
        if ending.id in refs.node_ids
    ]


def check_targets(scenario: Scenario, refs: References) -> list[Diagnostic]:
    known = refs.node_ids | refs.ending_ids
    return [
        codes.DANGLING_TARGET.at(target.span, did_you_mean(target.text, known), target=target.text)
        for target in refs.targets
        if target.text not in known
    ]


def check_start(scenario: Scenario, refs: References) -> list[Diagnostic]:
    start = refs.start
    if start is None or start.text in refs.node_ids:
        return []
    if start.text in refs.ending_ids:
        return [codes.START_IS_ENDING.at(start.span, start=start.text)]
    hint = did_you_mean(start.text, refs.node_ids)
    return [codes.START_NOT_NODE.at(start.span, hint, start=start.text)]


def check_walkout(scenario: Scenario, refs: References) -> list[Diagnostic]:
    walkout = refs.walkout
    if walkout is None:
        return []
    ending = scenario.endings.get(walkout.text)
    if walkout.text in refs.node_ids and walkout.text not in refs.ending_ids:
        return [codes.WALKOUT_IS_NODE.at(walkout.span, walkout=walkout.text)]
    if walkout.text not in refs.ending_ids:
        leaving = [e.id for e in scenario.endings.values() if e.outcome == LEAVE]
        hint = did_you_mean(walkout.text, refs.ending_ids) or _listing("leave endings", leaving)
        return [codes.WALKOUT_NOT_ENDING.at(walkout.span, hint, walkout=walkout.text)]
    if ending is not None and ending.outcome != LEAVE:
        return [codes.WALKOUT_STAYS.at(walkout.span, walkout=walkout.text, outcome=ending.outcome)]
    return []


def check_outcomes(scenario: Scenario, refs: References) -> list[Diagnostic]:
    outcomes = {e.outcome for e in scenario.endings.values()}
    if len(scenario.endings) < len(refs.ending_ids):
        return []  # an ending with its own error; don't guess what it meant
    return [
        codes.MISSING_OUTCOME.at(scenario.span, outcome=outcome)
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
    hint = (
        did_you_mean(word.text, scenario.principles)
        or "see docs/principles.md, or define it under 'principles:' in this file"
    )
    return codes.UNKNOWN_PRINCIPLE.at(word.span, hint, principle=word.text)


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
                found.append(codes.MISTIMED_BAD_HABIT.at(word.span, principle=word.text))
            elif word.text in claimed:
                found.append(codes.MISTIMED_AND_CLAIMED.at(word.span, principle=word.text))
    return found


def check_flags(scenario: Scenario, refs: References) -> list[Diagnostic]:
    return [
        codes.UNKNOWN_FLAG.at(
            condition.span.shifted(offset, len(name)),
            did_you_mean(name, refs.flags_set) or "raise it with 'set: [...]' on a choice",
            flag=name,
        )
        for name, condition, offset in refs.flag_tests
        if name not in refs.flags_set
    ]


def _listing(what: str, ids: list[str]) -> str:
    return f"{what}: " + ", ".join(sorted(ids)) if ids else ""
