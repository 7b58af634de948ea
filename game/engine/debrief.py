"""What a debrief shows, computed from a finished Round: the trust curve, the
principles used, and the good moves the player was offered but passed by.

The screen, the handout and the records all read this, so "missed" means the
same thing everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.round import Round
from game.engine.rules import Step
from game.model.scenario import Principle, Scenario


@dataclass(frozen=True)
class Debrief:
    """The round's trust curve, its steps, and the principles used and missed."""

    points: tuple[int, ...]
    steps: tuple[Step, ...]
    good_used: tuple[Principle, ...]
    bad_used: tuple[Principle, ...]
    missed: tuple[Principle, ...]
    lesson: str
    notes: str
    stays: bool | None
    final: int


def _unique(ids: list[str], scenario: Scenario) -> list[Principle]:
    seen: list[Principle] = []
    for pid in ids:
        principle = scenario.principle(pid)
        if principle is not None and principle not in seen:
            seen.append(principle)
    return seen


def missed_at(scenario: Scenario, step: Step, flags: frozenset[str]) -> tuple[str, ...]:
    """Good principles on the choices offered at `step` (with `flags` raised before it),
    less those on the choice taken."""
    node = scenario.nodes.get(step.node)
    if node is None:
        return ()
    taken = set(step.principles)
    missed: dict[str, None] = {}
    for choice in node.choices:
        if not choice.offered(step.trust_before, flags):
            continue
        for pid in choice.principles:
            principle = scenario.principle(pid)
            if principle is not None and principle.good and pid not in taken:
                missed[pid] = None
    return tuple(missed)


def missed_per_step(
    scenario: Scenario, steps: tuple[Step, ...], flags: frozenset[str] = frozenset()
) -> list[tuple[str, ...]]:
    """missed_at for every step, each judged with the flags raised before it."""
    found = []
    for step in steps:
        found.append(missed_at(scenario, step, flags))
        flags = step.flags
    return found


def summarise(round_: Round) -> Debrief:
    """The debrief for a round: trust after each answer, and the good moves that were
    on offer but never taken in the whole round."""
    scenario = round_.scenario
    steps = round_.steps
    start = steps[0].trust_before if steps else round_.trust
    points = (start, *(s.trust_after for s in steps))
    used = _unique([p for s in steps for p in s.principles], scenario)
    offered = [pid for ids in missed_per_step(scenario, steps, round_.first.flags) for pid in ids]
    missed = [p for p in _unique(offered, scenario) if p not in used]
    ending = round_.ending
    return Debrief(
        points=points,
        steps=steps,
        good_used=tuple(p for p in used if p.good),
        bad_used=tuple(p for p in used if not p.good),
        missed=tuple(missed),
        lesson=ending.lesson if ending else "",
        notes=scenario.debrief,
        stays=ending.stays if ending else None,
        final=round_.trust,
    )
