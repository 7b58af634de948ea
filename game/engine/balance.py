"""The balance report: can a scenario be won without good judgement?

For each simple strategy (balance_strategies.STRATEGIES) it gives the chance
of each ending and of keeping the customer with answers shuffled, exact over
the state graph where it fits under the cap and from seeded rounds otherwise;
then where trust saturates with decisions to come, whether the customer can be
kept without owning or fixing anything, and whether the stated difficulty
agrees with how often random play keeps the customer. Every threshold is in
`Thresholds`; `validate` turns the findings into warnings (game/io/lint.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from game.engine.balance_findings import (
    KeepsWithoutOwning,
    Saturation,
    keeps_without_owning,
    saturation,
)
from game.engine.balance_graph import MAX_STATES, Stepper, build_graph
from game.engine.balance_odds import Odds, TooBig, exact_odds, sampled_odds
from game.engine.balance_strategies import STRATEGIES
from game.model.scenario import Scenario

YARDSTICK = "random"  # every other strategy is compared with uniformly random play
GAMEABLE_MARGIN = 0.10  # a strategy this much above random play's stay rate is gameable
# Difficulty -> the least stay rate random play should reach; each band runs up to
# the floor of the difficulty below it: 1 is 0.5 or more, 2 is 0.25 to 0.5, 3 under 0.25.
DIFFICULTY_FLOORS: dict[int, float] = {1: 0.5, 2: 0.25, 3: 0.0}
SAMPLED_ROUNDS = 20_000  # rounds per strategy when the state graph is over its cap


@dataclass(frozen=True)
class Thresholds:
    """Every number the balance findings depend on, in one place."""

    margin: float = GAMEABLE_MARGIN
    floors: Mapping[int, float] = field(default_factory=lambda: dict(DIFFICULTY_FLOORS))
    max_states: int = MAX_STATES
    rounds: int = SAMPLED_ROUNDS


@dataclass(frozen=True)
class StrategyResult:
    """How one strategy fares: the chance of each ending and of keeping the customer."""

    name: str
    odds: Odds
    stay: float

    @property
    def most_likely(self) -> tuple[str | None, float]:
        """The likeliest ending (the first in file order on a tie) and its chance.

        None instead of an ending when never finishing is likelier than any ending.
        """
        eid = max(self.odds.endings, key=self.odds.endings.__getitem__)
        chance = self.odds.endings[eid]
        return (None, self.odds.unfinished) if self.odds.unfinished > chance else (eid, chance)


@dataclass(frozen=True)
class DifficultyCheck:
    stated: int
    random_stay: float
    band: tuple[float, float]
    fits: int | None  # the difficulty whose band random play's stay rate falls in

    @property
    def agrees(self) -> bool:
        return self.fits == self.stated


@dataclass
class BalanceReport:
    """Everything the balance report found for one scenario."""

    scenario: str
    difficulty: DifficultyCheck
    strategies: dict[str, StrategyResult]
    saturation: list[Saturation]
    keeps_without_owning: KeepsWithoutOwning | None
    states: int
    complete: bool  # the whole state graph fit under the cap
    thresholds: Thresholds

    @property
    def random(self) -> StrategyResult:
        return self.strategies[YARDSTICK]

    def excess(self, name: str) -> float:
        """How much more often strategy `name` keeps the customer than random play."""
        return self.strategies[name].stay - self.random.stay

    def gameable(self) -> list[str]:
        """Strategies that keep the customer more often than random play by over the margin."""
        return [
            name
            for name in self.strategies
            if name != YARDSTICK and self.excess(name) > self.thresholds.margin
        ]

    def to_json(self) -> dict[str, object]:
        """The report as plain data: what `balance --json` prints."""
        return {
            "scenario": self.scenario,
            "states": self.states,
            "complete": self.complete,
            "strategies": {n: _strategy_json(r) for n, r in self.strategies.items()},
            "gameable": self.gameable(),
            "margin": self.thresholds.margin,
            "saturation": [
                {"node": s.node, "trust": s.trust, "witness": list(s.witness)}
                for s in self.saturation
            ],
            "keeps_without_owning": _keeps_json(self.keeps_without_owning),
            "difficulty": {
                "stated": self.difficulty.stated,
                "band": list(self.difficulty.band),
                "random_stay": _rounded(self.difficulty.random_stay),
                "fits": self.difficulty.fits,
                "agrees": self.difficulty.agrees,
            },
        }


def balance(scenario: Scenario, thresholds: Thresholds | None = None) -> BalanceReport:
    """The balance report for a validated scenario; pure and deterministic."""
    thresholds = thresholds or Thresholds()
    stepper = Stepper(scenario)
    graph = build_graph(stepper, thresholds.max_states)
    endings = list(scenario.endings)
    order = graph.order() if graph.complete else None
    results: dict[str, StrategyResult] = {}
    for name, strategy in STRATEGIES.items():
        odds = None
        if graph.complete:
            try:
                odds = exact_odds(graph, strategy, endings, order)
            except TooBig:
                odds = None
        if odds is None:
            seed = f"{scenario.id}:{name}"
            odds = sampled_odds(stepper, strategy, endings, thresholds.rounds, seed)
        stay = sum(p for eid, p in odds.endings.items() if scenario.endings[eid].stays)
        results[name] = StrategyResult(name, odds, stay)
    return BalanceReport(
        scenario=scenario.id,
        difficulty=_difficulty(scenario.difficulty, results[YARDSTICK].stay, thresholds),
        strategies=results,
        saturation=saturation(graph, scenario),
        keeps_without_owning=keeps_without_owning(graph, scenario, order),
        states=len(graph.keys),
        complete=graph.complete,
        thresholds=thresholds,
    )


def band(floors: Mapping[int, float], level: int) -> tuple[float, float]:
    """The stay rates of random play that fit difficulty `level`: [low, high)."""
    above = [f for d, f in floors.items() if d < level]
    return floors.get(level, 0.0), min(above, default=1.0)


def _difficulty(stated: int, rate: float, thresholds: Thresholds) -> DifficultyCheck:
    rate_ = round(rate, 9)  # 0.4999999999 from float sums is 0.5
    floors = thresholds.floors
    fits = min((d for d, floor in floors.items() if rate_ >= floor), default=None)
    return DifficultyCheck(stated, rate, band(floors, stated), fits)


def _rounded(value: float) -> float:
    return round(value, 4)


def _strategy_json(result: StrategyResult) -> dict[str, object]:
    ending, chance = result.most_likely
    return {
        "stay": _rounded(result.stay),
        "endings": {e: _rounded(p) for e, p in result.odds.endings.items()},
        "unfinished": _rounded(result.odds.unfinished),
        "most_likely": {"ending": ending, "chance": _rounded(chance)},
        "exact": result.odds.exact,
        "rounds": result.odds.rounds,
    }


def _keeps_json(found: KeepsWithoutOwning | None) -> dict[str, object] | None:
    if found is None:
        return None
    return {
        "paths": found.paths,
        "capped": found.capped,
        "witness": list(found.witness),
        "ending": found.ending,
    }
