"""What the debrief shows, computed from the finished Round (pure: no pygame)."""

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


def summarise(round_: Round) -> Debrief:
    """The debrief for a round: trust after each answer, and good moves the player passed by."""
    scenario = round_.scenario
    steps = round_.steps
    start = steps[0].trust_before if steps else round_.trust
    points = (start, *(s.trust_after for s in steps))
    used = _unique([p for s in steps for p in s.principles], scenario)
    offered = [
        p for s in steps for choice in scenario.nodes[s.node].choices for p in choice.principles
    ]
    missed = [p for p in _unique(offered, scenario) if p.good and p not in used]
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
