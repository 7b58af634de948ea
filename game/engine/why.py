"""One sentence that says why a round ended the way it did, from the round itself.

The ending screen and the debrief show it beside the ending's own `lesson`, so
a customer who leaves above the walk-out line never looks like a contradiction
of the briefing: the sentence names the answer that turned the conversation.
"""

from __future__ import annotations

from game.engine.rules import Step, choice_of
from game.model.scenario import Ending, Scenario
from game.words import quoted


def why_it_ended(scenario: Scenario, steps: tuple[Step, ...], ending: Ending, final: int) -> str:
    """Why the customer stayed or left, naming the answer that mattered most."""
    who = scenario.customer.name
    if ending.stays:
        return _stayed(who, steps, final)
    if final <= scenario.leave_at:
        return _walked_out(who, steps, final, scenario.leave_at)
    return _left_quietly(scenario, steps, final, scenario.leave_at)


def _stayed(who: str, steps: tuple[Step, ...], final: int) -> str:
    best = max(steps, key=lambda s: s.delta, default=None)
    if best is None or best.delta <= 0:
        return f"{who} stayed: trust ended at {final}."
    return (
        f"{who} stayed: trust ended at {final}, and it turned most when you said"
        f" {_quote(best.say)} ({best.delta:+d})."
    )


def _walked_out(who: str, steps: tuple[Step, ...], final: int, line: int) -> str:
    last = steps[-1] if steps else None
    said = f", after {_quote(last.say)}" if last else ""
    return (
        f"{who} walked out: trust fell to {final}, at or below the walk-out line of {line}{said}."
    )


def _left_quietly(scenario: Scenario, steps: tuple[Step, ...], final: int, line: int) -> str:
    who = scenario.customer.name
    head = f"{who} left without a scene: trust ended at {final}, above the walk-out line of {line}"
    turn = _first_wrong_move(scenario, steps)
    if turn is not None:
        step, name = turn
        return f"{head}; the turn came with {_quote(step.say)}: {name[:1].lower()}{name[1:]}."
    worst = min(steps, key=lambda s: s.delta, default=None)
    if worst is None or worst.delta >= 0:
        last = steps[-1] if steps else None
        said = f" with {_quote(last.say)}" if last else ""
        return f"{head}, but the conversation ended{said} before the problem was put right."
    after = steps[steps.index(worst) :]
    peak = max(s.trust_after for s in after)
    return (
        f"{head}, but after {_quote(worst.say)} ({worst.delta:+d}) it never got back above {peak}."
    )


def _first_wrong_move(scenario: Scenario, steps: tuple[Step, ...]) -> tuple[Step, str] | None:
    """The first answer that used a bad habit or a mistimed move, and that move's name."""
    for step in steps:
        choice = choice_of(scenario, step)
        mistimed = choice.mistimed if choice is not None else ()
        for pid in (*step.principles, *mistimed):
            principle = scenario.principle(pid)
            if principle is not None and (not principle.good or pid in mistimed):
                when = " at the wrong moment" if pid in mistimed else ""
                return step, principle.name + when
    return None


def _quote(text: str) -> str:
    """The answer in quotes, short, without the full stop that would double the sentence's."""
    return quoted(text.strip().rstrip("."), limit=70)
