"""What the state graph says about balance beyond the strategies: saturation, keeping without owning.

Saturation: a state a player can reach where trust is already at 100 (or 0)
and a decision is still to come, so that answer's trust change is lost. Keeping
without owning: ways to reach a `stay` ending without ever taking an answer
tagged with an owning or fixing principle (OWNING) — if a customer can be kept
without anyone owning or fixing the mistake, the scenario teaches the wrong thing.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from game.engine.balance_graph import Move, StateGraph, components
from game.engine.rules import TRUST_MAX, TRUST_MIN
from game.model.scenario import Scenario

# The principles that own or fix the mistake. A principle named under a choice's
# `mistimed` is not among its `principles`, so a mistimed apology does not count.
OWNING = frozenset({"own-it", "apologize", "fix-fast", "make-whole"})
MAX_PATHS = 1_000_000  # path counts stop here ("or more"); a loop makes them endless


@dataclass(frozen=True)
class Saturation:
    """A node reached with trust at a limit and a decision still to come."""

    node: str
    trust: int
    witness: tuple[int, ...]  # choice numbers (as offered, file order) that get there


@dataclass(frozen=True)
class KeepsWithoutOwning:
    """How many ways keep the customer without owning or fixing, and the shortest one."""

    paths: int  # capped at MAX_PATHS
    witness: tuple[int, ...]
    ending: str

    @property
    def capped(self) -> bool:
        return self.paths >= MAX_PATHS


def owns(move: Move) -> bool:
    """Whether the move's choice is tagged with an owning or fixing principle."""
    return not OWNING.isdisjoint(move.choice.principles)


def saturation(graph: StateGraph, scenario: Scenario) -> list[Saturation]:
    """Per node (in file order), the nearest state at trust 0 or 100 with choices left."""
    nearest: dict[str, int] = {}
    for state, (node, trust, _) in enumerate(graph.keys):
        if trust in (TRUST_MIN, TRUST_MAX) and graph.moves[state]:
            nearest.setdefault(node, state)
    return [
        Saturation(node, graph.keys[nearest[node]][1], graph.witness(nearest[node]))
        for node in scenario.nodes
        if node in nearest
    ]


def keeps_without_owning(
    graph: StateGraph, scenario: Scenario, order: list[int] | None = None
) -> KeepsWithoutOwning | None:
    """Ways to a stay ending using no owning answer; None if there are none.

    `order` is graph.order(): with no loops, the ways are counted in one pass.
    """
    found = _shortest(graph, scenario)
    if found is None:
        return None
    witness, ending = found
    paths = _count(graph, scenario) if order is None else _count_in_order(graph, scenario, order)
    return KeepsWithoutOwning(paths, witness, ending)


def _arcs(graph: StateGraph, state: int) -> list[tuple[Move, int | None]]:
    """The moves at `state` that own nothing, with the next state's index."""
    return [
        (m, t) for m, t in zip(graph.moves[state], graph.targets[state], strict=True) if not owns(m)
    ]


def _stays(scenario: Scenario, move: Move) -> bool:
    return move.ending is not None and scenario.endings[move.ending].stays


def _shortest(graph: StateGraph, scenario: Scenario) -> tuple[tuple[int, ...], str] | None:
    """Breadth-first over answers that own nothing, to the first stay ending."""
    parent: dict[int, tuple[int, int] | None] = {0: None}
    queue = deque([0])
    while queue:
        state = queue.popleft()
        for move, target in _arcs(graph, state):
            if move.ending is not None and scenario.endings[move.ending].stays:
                return _path(parent, state, move.number), move.ending
            if target is not None and target not in parent:
                parent[target] = (state, move.number)
                queue.append(target)
    return None


def _path(parent: dict[int, tuple[int, int] | None], state: int, last: int) -> tuple[int, ...]:
    numbers = [last]
    link = parent[state]
    while link is not None:
        state, number = link
        numbers.append(number)
        link = parent[state]
    return tuple(reversed(numbers))


def _count(graph: StateGraph, scenario: Scenario) -> int:
    """How many answer sequences reach a stay ending owning nothing (capped)."""
    successors = [[t for _, t in _arcs(graph, s) if t is not None] for s in range(len(graph.keys))]
    count: dict[int, int] = {}
    for component in components(successors.__getitem__):
        members = set(component)
        looped = len(component) > 1 or component[0] in successors[component[0]]
        total = 0
        for state in component:
            for move, target in _arcs(graph, state):
                if _stays(scenario, move):
                    total += 1
                elif target is not None and target not in members:
                    total += count[target]
        if looped and total:
            total = MAX_PATHS
        for state in component:
            count[state] = min(total, MAX_PATHS)
    return count[0]


def _count_in_order(graph: StateGraph, scenario: Scenario, order: list[int]) -> int:
    """Like _count, for a graph with no loops: later states first."""
    count = [0] * len(graph.keys)
    for state in reversed(order):
        total = 0
        for move, target in _arcs(graph, state):
            if _stays(scenario, move):
                total += 1
            elif target is not None:
                total += count[target]
        count[state] = min(total, MAX_PATHS)
    return count[0]
