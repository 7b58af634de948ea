"""The Assessment score and verdict, computed once from a finished round.

    score = outcome + trust + principles                          (0..100)
      outcome     50 if the customer stayed, 0 if they left
      trust       35 x (final - worst) / (best - worst), rounded half up;
                  best and worst are the highest and lowest final trust the
                  scenario allows (the analysis finds both); 35 when they are equal
      principles  5 x (good - bad - mistimed), kept within 0..15; each
                  principle counts once per round however often it was used
    passed = the customer stayed and score >= 70

A round where the customer leaves never passes (it can reach 50 at most).
The records store this Assessment; every reader shows what was stored.
docs/assessment.md has the formula with a worked example.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from game.engine.debrief import GOOD, judge, mistimed_of
from game.engine.round import Round
from game.engine.rules import Step
from game.model.scenario import Scenario

OUTCOME_POINTS = 50
TRUST_POINTS = 35
PRINCIPLE_POINTS = 15
PER_PRINCIPLE = 5
PASS_MARK = 70
MAX_SCORE = OUTCOME_POINTS + TRUST_POINTS + PRINCIPLE_POINTS
NAMED = 3  # principles named in the reason before "and N more"


@dataclass(frozen=True)
class ScorePart:
    """One part of the score: what it is, the points it gave, its most, and why."""

    name: str
    points: int
    maximum: int
    detail: str


@dataclass(frozen=True)
class Assessment:
    """A round's score (0..100), whether it passed, and one sentence saying why."""

    score: int
    passed: bool
    reason: str
    parts: tuple[ScorePart, ...]
    good: tuple[str, ...] = ()  # principle ids, in the order first used
    bad: tuple[str, ...] = ()
    mistimed: tuple[str, ...] = ()

    @property
    def scaled(self) -> float:
        """The score as 0..1, for xAPI's result.score.scaled."""
        return self.score / MAX_SCORE


@dataclass(frozen=True)
class _Used:
    good: tuple[str, ...]
    bad: tuple[str, ...]
    mistimed: tuple[str, ...]

    @property
    def net(self) -> int:
        return len(self.good) - len(self.bad) - len(self.mistimed)


def assess(round_: Round, best: int, worst: int) -> Assessment:
    """Score a finished round against the best and worst final trust its scenario allows.

    ValueError for an unfinished round. A final trust outside best..worst (a
    partial analysis) widens the range to include it.
    """
    ending = round_.ending
    if ending is None:
        raise ValueError("only a finished round can be assessed")
    final = round_.trust
    best, worst = max(best, worst, final), min(best, worst, final)
    used = principles_used(round_.scenario, round_.steps)
    name = round_.scenario.customer.name
    parts = (
        ScorePart(
            "Outcome",
            OUTCOME_POINTS if ending.stays else 0,
            OUTCOME_POINTS,
            f"{name} {'stayed' if ending.stays else 'left'}",
        ),
        ScorePart(
            "Trust",
            trust_points(final, best, worst),
            TRUST_POINTS,
            f"ended at {final}; this scenario allows {worst} to {best}",
        ),
        ScorePart("Principles", principle_points(used.net), PRINCIPLE_POINTS, _tally(used)),
    )
    score = sum(part.points for part in parts)
    passed = ending.stays and score >= PASS_MARK
    reason = _reason(round_, used, score, passed, best)
    return Assessment(score, passed, reason, parts, used.good, used.bad, used.mistimed)


def trust_points(final: int, best: int, worst: int) -> int:
    """35 x where `final` sits between worst and best, rounded half up (35 if they are equal)."""
    if best <= worst:
        return TRUST_POINTS
    span = best - worst
    return (2 * TRUST_POINTS * (final - worst) + span) // (2 * span)


def principle_points(net: int) -> int:
    """5 points a net good move (good less bad less mistimed), from 0 up to 15."""
    return PER_PRINCIPLE * max(0, min(PRINCIPLE_POINTS // PER_PRINCIPLE, net))


def principles_used(scenario: Scenario, steps: tuple[Step, ...]) -> _Used:
    """Distinct good, bad and mistimed principle ids on the answers taken, first use first.

    A good principle counts only on an answer the debrief judges good (engine/debrief.py),
    so the score and "What you did well" never disagree.
    """
    good: dict[str, None] = {}
    bad: dict[str, None] = {}
    mistimed: dict[str, None] = {}
    for step in steps:
        praised = judge(scenario, step) == GOOD
        for pid in step.principles:
            principle = scenario.principle(pid)
            if principle is None:
                continue
            if not principle.good:
                bad[pid] = None
            elif praised:
                good[pid] = None
        mistimed.update(dict.fromkeys(mistimed_of(scenario, step)))
    return _Used(tuple(good), tuple(bad), tuple(mistimed))


def _tally(used: _Used) -> str:
    wrong = len(used.bad) + len(used.mistimed)
    return f"{len(used.good)} good, {wrong} bad or mistimed"


# --- the one sentence ----------------------------------------------------------
def _reason(round_: Round, used: _Used, score: int, passed: bool, best: int) -> str:
    name, final = round_.scenario.customer.name, round_.trust
    if round_.ending is not None and not round_.ending.stays:
        return (
            f"Not passed: {name} left with trust at {final}{_costliest(round_.steps)};"
            " a round where the customer leaves never passes."
        )
    trust = f"trust ended at {final} of a possible {best}"
    if passed:
        moves = _names(round_.scenario, used.good)
        tail = f", and you used {moves}" if moves else ""
        wrong = _wrong(round_.scenario, used)
        tail += f" but also {wrong}" if wrong and moves else f", and {wrong}" if wrong else ""
        return f"Passed (score {score} of {MAX_SCORE}): {name} stayed, {trust}{tail}."
    return (
        f"Not passed (score {score}, {PASS_MARK} needed): {name} stayed, but {trust}"
        f" and {_shortfall(round_.scenario, used)}."
    )


def _shortfall(scenario: Scenario, used: _Used) -> str:
    """What held the principles back: the bad and mistimed moves, or too few good ones."""
    wrong = _wrong(scenario, used)
    if wrong:
        return f"you used {wrong}"
    if not used.good:
        return "you used no recovery move"
    return f"you used only {_names(scenario, used.good)} of the recovery moves"


def _wrong(scenario: Scenario, used: _Used) -> str:
    """'Blame the customer', 'Restitution at the wrong moment', or both joined by 'and'."""
    bad, late = _names(scenario, used.bad), _names(scenario, used.mistimed)
    wrong = [bad] if bad else []
    wrong += [f"{late} at the wrong moment"] if late else []
    return " and ".join(wrong)


def _names(scenario: Scenario, ids: tuple[str, ...]) -> str:
    """'Own it', 'Own it and Apologize', 'A, B, C and 2 more'."""
    names = [_name(scenario, pid) for pid in ids]
    if len(names) > NAMED:
        names = [*names[:NAMED], f"{len(ids) - NAMED} more"]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _name(scenario: Scenario, pid: str) -> str:
    principle = scenario.principle(pid)
    return principle.name if principle else pid


def _costliest(steps: tuple[Step, ...]) -> str:
    """' after “Our policy is…” (−20)': the answer that cost the most trust, if any did."""
    worst = min(steps, key=lambda s: s.delta, default=None)
    if worst is None or worst.delta >= 0:
        return ""
    words = textwrap.shorten(worst.say.strip('"“” '), 60, placeholder="…")
    return f" after “{words}” (−{-worst.delta})"
