"""What a debrief shows, computed from a finished Round: the trust curve, each
answer judged, the principles used, and the good moves the player passed by.

The screen, the handout and the records all read this, so "missed" and "did
well" mean the same thing everywhere. An answer counts as done well only if it
showed a good principle, cost no trust, used no bad or mistimed move, and did
not lead straight to the customer leaving.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.round import Round
from game.engine.rules import Step, choice_of
from game.engine.why import why_it_ended
from game.model.scenario import Principle, Scenario

GOOD, BAD, NEUTRAL = "good", "bad", "neutral"


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
    verdicts: tuple[str, ...] = ()  # GOOD, BAD or NEUTRAL for each step
    mistimed_used: tuple[Principle, ...] = ()  # good moves made at the wrong moment
    taken_back: tuple[Step, ...] = ()  # Practice: answers tried and taken back
    why: str = ""  # one sentence: why the round ended as it did


def worth(scenario: Scenario, step: Step) -> int:
    """What the answer was worth as written, before trust was held within 0..100."""
    choice = choice_of(scenario, step)
    return choice.trust if choice is not None else step.delta


def mistimed_of(scenario: Scenario, step: Step) -> tuple[str, ...]:
    choice = choice_of(scenario, step)
    return choice.mistimed if choice is not None else ()


def judge(scenario: Scenario, step: Step) -> str:
    """GOOD, BAD or NEUTRAL: one rule for the debrief's marks and its principle lists."""
    principles = [scenario.principle(pid) for pid in step.principles]
    ending = scenario.endings.get(step.target)
    loses = ending is not None and not ending.stays
    if loses or step.delta < 0 or mistimed_of(scenario, step):
        return BAD
    if any(p is not None and not p.good for p in principles):
        return BAD
    if any(p is not None and p.good for p in principles):
        return GOOD
    return NEUTRAL


def _unique(ids: list[str], scenario: Scenario) -> list[Principle]:
    seen: list[Principle] = []
    for pid in ids:
        principle = scenario.principle(pid)
        if principle is not None and principle not in seen:
            seen.append(principle)
    return seen


def missed_at(scenario: Scenario, step: Step) -> tuple[str, ...]:
    """Good principles on the choices offered at `step` (as the step recorded them when it
    was made), less those on the choice taken."""
    node = scenario.nodes.get(step.node)
    if node is None:
        return ()
    taken = set(step.principles)
    missed: dict[str, None] = {}
    for index in step.offered:
        if not 0 <= index < len(node.choices):
            continue
        for pid in node.choices[index].principles:
            principle = scenario.principle(pid)
            if principle is not None and principle.good and pid not in taken:
                missed[pid] = None
    return tuple(missed)


def missed_per_step(scenario: Scenario, steps: tuple[Step, ...]) -> list[tuple[str, ...]]:
    """missed_at for every step."""
    return [missed_at(scenario, step) for step in steps]


def summarise(round_: Round) -> Debrief:
    """The debrief for a round: trust after each answer, and the good moves that were
    on offer but never taken in the whole round."""
    scenario = round_.scenario
    steps = round_.steps
    start = steps[0].trust_before if steps else round_.trust
    points = (start, *(s.trust_after for s in steps))
    verdicts = tuple(judge(scenario, s) for s in steps)
    praised = [p for s, v in zip(steps, verdicts, strict=True) if v == GOOD for p in s.principles]
    good_used = [p for p in _unique(praised, scenario) if p.good]
    bad_used = [
        p for p in _unique([p for s in steps for p in s.principles], scenario) if not p.good
    ]
    mistimed = _unique([p for s in steps for p in mistimed_of(scenario, s)], scenario)
    offered = [pid for ids in missed_per_step(scenario, steps) for pid in ids]
    missed = [p for p in _unique(offered, scenario) if p not in good_used]
    ending = round_.ending
    return Debrief(
        points=points,
        steps=steps,
        good_used=tuple(good_used),
        bad_used=tuple(bad_used),
        missed=tuple(missed),
        lesson=ending.lesson if ending else "",
        notes=scenario.debrief,
        stays=ending.stays if ending else None,
        final=round_.trust,
        verdicts=verdicts,
        mistimed_used=tuple(mistimed),
        taken_back=tuple(round_.taken_back),
        why=why_it_ended(scenario, steps, ending, round_.trust) if ending else "",
    )
