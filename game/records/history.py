"""A player's progress, for the History screen and the scenario-select cards.

"Missed" principles: in each round, the good principles that were on a choice
offered to the player somewhere along their path but that they never chose in
that round. A principle counts once per round it was missed in, so "missed in
4 rounds" means four rounds, not four buttons. Principles the scenario uses
elsewhere (on paths the player never reached) do not count: nobody can miss a
choice they were never shown. Rounds recorded before schema 2 have no
missed-principle data and count for none.

Assessments: the rounds with a stored score and verdict (played in
Assessment since schema 3), most recent first, as they were recorded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from game.model.scenario import LEAVE, STAY
from game.records.model import RoundRecord
from game.records.store import RecordStore


@dataclass(frozen=True)
class ScenarioResult:
    """A player's results on one scenario: how often, and their best round."""

    scenario_id: str
    title: str
    rounds: int
    stays: int
    best_outcome: str  # 'stay' if any round kept the customer, else 'leave'
    best_trust: int  # final trust of the best round
    best_ending: str
    best_tells: int
    last_played: datetime


@dataclass(frozen=True)
class History:
    """Everything the History screen shows for one player."""

    player: str
    rounds: int
    stays: int
    scenarios: tuple[ScenarioResult, ...]  # most recently played first
    used: tuple[tuple[str, int], ...]  # (principle id, times chosen), most first
    missed: tuple[tuple[str, int], ...]  # (good principle id, rounds missed in), most first
    assessments: tuple[RoundRecord, ...] = ()  # rounds with a stored score, most recent first

    @property
    def passed(self) -> int:
        """How many of the assessments passed."""
        return sum(bool(r.passed) for r in self.assessments)

    @property
    def empty(self) -> bool:
        return self.rounds == 0


def player_history(store: RecordStore, player: str) -> History:
    """The History of `player` (any case) from every round the store holds."""
    return history_of(player, store.rounds(player=player))


def best_results(store: RecordStore, player: str) -> dict[str, ScenarioResult]:
    """scenario id -> the player's result on it, for every scenario they have played."""
    return {r.scenario_id: r for r in results_by_scenario(store.rounds(player=player))}


def history_of(player: str, rounds: list[RoundRecord]) -> History:
    used: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for record in rounds:
        used.update(p for step in record.steps for p in step.principles)
        missed.update(record.principles_missed())
    scenarios = sorted(results_by_scenario(rounds), key=lambda r: r.last_played, reverse=True)
    return History(
        player=rounds[-1].player if rounds else player,
        rounds=len(rounds),
        stays=sum(r.stays for r in rounds),
        scenarios=tuple(scenarios),
        used=_ranked(used),
        missed=_ranked(missed),
        assessments=tuple(
            sorted((r for r in rounds if r.assessment), key=lambda r: r.finished, reverse=True)
        ),
    )


def results_by_scenario(rounds: Iterable[RoundRecord]) -> list[ScenarioResult]:
    grouped: dict[str, list[RoundRecord]] = {}
    for record in rounds:
        grouped.setdefault(record.scenario_id, []).append(record)
    return [_result(sid, played) for sid, played in grouped.items()]


def best_round(rounds: Iterable[RoundRecord]) -> RoundRecord:
    """The best round: the customer stayed, then highest final trust, then fewest told."""
    return max(rounds, key=lambda r: (r.stays, r.trust, -r.tells))


def _result(scenario_id: str, played: list[RoundRecord]) -> ScenarioResult:
    best = best_round(played)
    latest = max(played, key=lambda r: r.finished)
    return ScenarioResult(
        scenario_id=scenario_id,
        title=latest.title,
        rounds=len(played),
        stays=sum(r.stays for r in played),
        best_outcome=STAY if best.stays else LEAVE,
        best_trust=best.trust,
        best_ending=best.ending,
        best_tells=best.tells,
        last_played=latest.finished,
    )


def _ranked(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
