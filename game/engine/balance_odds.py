"""How likely each ending is when a strategy plays a scenario: exact, or sampled when too big.

Exact: the strategy's weights turn the state graph into a Markov chain. With
no loops (the usual case) the chance of being at each state is carried forward
from the start, in an order where every state comes before those it leads to.
With loops, the chance of each ending from each state is worked out backwards,
one strongly connected component at a time (sinks first), and a component with
a loop in it is solved as a small linear system. Rounds that can never end (a
loop with no way out, or every choice hidden) are counted as unfinished.

Sampled: when the graph is over its cap, or a loop is too big to solve, the
strategy plays `rounds` seeded rounds instead and the report says so.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from game.engine.analysis import Key
from game.engine.balance_graph import Move, StateGraph, Stepper, components
from game.engine.balance_strategies import Strategy

Arc = tuple[float, int | None, str | None]  # chance, next state (or None), ending (or None)
Options = tuple[list[Move], list[float]]

MAX_LOOP = 120  # states in one loop solved exactly; bigger loops are sampled
MAX_STEPS = 10_000  # a sampled round taking more steps than this counts as unfinished
MAX_CACHED = 50_000  # states whose moves a sampling run remembers


@dataclass(frozen=True)
class Odds:
    """The chance of each ending (ids in scenario order), and of never finishing."""

    endings: dict[str, float]
    unfinished: float
    rounds: int | None = None  # None: exact; else how many sampled rounds

    @property
    def exact(self) -> bool:
        return self.rounds is None


class TooBig(Exception):
    """A loop in the chain is too big to solve exactly."""


def weights(strategy: Strategy, moves: Sequence[Move]) -> list[float]:
    """The strategy's chance of taking each of `moves`."""
    return strategy([m.choice for m in moves]) if moves else []


def exact_odds(
    graph: StateGraph, strategy: Strategy, endings: Sequence[str], order: list[int] | None
) -> Odds:
    """Solve the chain the strategy makes of `graph`; raises TooBig for a huge loop.

    `order` (graph.order()) lists the states with no loop among them; then the
    chance is simply carried forward from the start. Otherwise it is worked out
    backwards, one strongly connected component at a time.
    """
    menus = [strategy(list(menu)) if menu else [] for menu in graph.menus]
    chances = [menus[offer] for offer in graph.offers]
    if order is not None:
        return _forward(graph, chances, endings, order)
    column = {eid: i for i, eid in enumerate(endings)}
    chain = [
        [(w, t, m.ending) for m, t, w in zip(moves, targets, ws, strict=True) if w > 0]
        for moves, targets, ws in zip(graph.moves, graph.targets, chances, strict=True)
    ]
    successors = [[t for _, t, _ in arcs if t is not None] for arcs in chain]
    value: dict[int, list[float]] = {}
    for component in components(successors.__getitem__):
        if len(component) == 1 and component[0] not in successors[component[0]]:
            state = component[0]
            value[state] = _combine(chain[state], value, column)
        else:
            value.update(_solve_loop(component, chain, value, column))
    start = value[0]
    return Odds(dict(zip(endings, start, strict=True)), max(0.0, 1.0 - sum(start)))


def _forward(
    graph: StateGraph, chances: list[list[float]], endings: Sequence[str], order: list[int]
) -> Odds:
    """With no loops: carry the chance of being at each state forward to the endings."""
    reached = dict.fromkeys(endings, 0.0)
    mass = [0.0] * len(graph.keys)
    mass[0] = 1.0
    for state in order:
        here = mass[state]
        if not here:
            continue
        for move, target, weight in zip(
            graph.moves[state], graph.targets[state], chances[state], strict=True
        ):
            if not weight:
                continue
            if move.ending is not None:
                reached[move.ending] += here * weight
            elif target is not None:  # None: past the state cap (the graph is incomplete)
                mass[target] += here * weight
    return Odds(reached, max(0.0, 1.0 - sum(reached.values())))


def _combine(arcs: list[Arc], value: dict[int, list[float]], column: dict[str, int]) -> list[float]:
    """A state's odds from its arcs: endings directly, other states by their odds."""
    total = [0.0] * len(column)
    for weight, target, ending in arcs:
        if ending is not None:
            total[column[ending]] += weight
        elif target is not None:  # None: past the state cap (the graph is incomplete)
            for i, p in enumerate(value[target]):
                total[i] += weight * p
    return total


def _solve_loop(
    component: list[int],
    chain: list[list[Arc]],
    value: dict[int, list[float]],
    column: dict[str, int],
) -> dict[int, list[float]]:
    """Odds for a component with a loop: x = A x + b, by Gaussian elimination."""
    if len(component) > MAX_LOOP:
        raise TooBig(len(component))
    place = {state: i for i, state in enumerate(component)}
    size, width = len(component), len(column)
    if all(arc[1] in place for state in component for arc in chain[state]):
        return {state: [0.0] * width for state in component}  # a loop with no way out
    rows: list[list[float]] = []
    for state in component:
        inside = [(w, t) for w, t, _ in chain[state] if t in place]
        outside = [arc for arc in chain[state] if arc[1] not in place]
        row = [0.0] * size + _combine(outside, value, column)
        row[place[state]] += 1.0
        for weight, target in inside:
            row[place[target]] -= weight
        rows.append(row)
    _eliminate(rows, size)
    return {state: rows[place[state]][size:] for state in component}


def _eliminate(rows: list[list[float]], size: int) -> None:
    """Gauss-Jordan with partial pivoting on an augmented matrix, in place."""
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        head = rows[col]
        scale = head[col]
        for j in range(col, len(head)):
            head[j] /= scale
        for r in range(size):
            factor = rows[r][col]
            if r != col and factor:
                row = rows[r]
                for j in range(col, len(row)):
                    row[j] -= factor * head[j]


def sampled_odds(
    stepper: Stepper, strategy: Strategy, endings: Sequence[str], rounds: int, seed: str
) -> Odds:
    """Play `rounds` seeded rounds with the strategy and count where they end."""
    rng = random.Random(seed)
    counts = dict.fromkeys(endings, 0)
    cache: dict[Key, tuple[list[Move], list[float]]] = {}
    for _ in range(rounds):
        ending = _play(stepper, strategy, rng, cache)
        if ending is not None:
            counts[ending] += 1
    finished = sum(counts.values())
    return Odds({e: n / rounds for e, n in counts.items()}, (rounds - finished) / rounds, rounds)


def _play(
    stepper: Stepper, strategy: Strategy, rng: random.Random, cache: dict[Key, Options]
) -> str | None:
    """One sampled round: the ending it reached, or None if it never finished."""
    key = stepper.start
    seen: dict[Key, int] = {}
    last_draw = -1  # the last step where the strategy had more than one answer to pick from
    for step in range(MAX_STEPS):
        if seen.get(key, -1) > last_draw:
            return None  # back where it was with no draw since: it would loop for ever
        seen[key] = step
        moves, odds = _options(stepper, strategy, key, cache)
        if not moves:
            return None
        if sum(1 for w in odds if w) > 1:
            last_draw = step
        move = rng.choices(moves, odds)[0]
        if move.ending is not None:
            return move.ending
        if move.key is None:  # neither an ending nor a next state: the graph is cut short
            return None
        key = move.key
    return None


def _options(stepper: Stepper, strategy: Strategy, key: Key, cache: dict[Key, Options]) -> Options:
    """The moves at `key` and the strategy's weights for them, remembered up to a limit."""
    found = cache.get(key)
    if found is None:
        moves = stepper.moves(key)
        found = (moves, weights(strategy, moves))
        if len(cache) < MAX_CACHED:
            cache[key] = found
    return found
