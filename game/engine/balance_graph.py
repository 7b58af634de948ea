"""Every reachable state of a scenario with every move out of it, for the balance report.

States are (node, trust, flag mask) as in the analysis, whose compiled choices
and live-flag masks this reuses, so flags that can no longer matter do not
multiply states. Unlike the analysis, each state keeps all its moves (the
choice, the trust after it and where it leads), so strategies can weigh them.
`Stepper` is the one place that applies a choice; the graph and the sampled
rounds both go through it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from game.engine.analysis_moves import Key, branch, compile_choice, flag_bits, live_flags
from game.engine.rules import TRUST_MAX, TRUST_MIN, clamp
from game.model.scenario import Choice, Scenario

MAX_STATES = 100_000  # above this the balance report samples rounds instead


class Move(NamedTuple):
    """One offered choice at a state: its number as offered, and where it leads."""

    number: int  # 1.. in file order among those offered: what `check` witnesses use
    choice: Choice
    trust: int  # trust after the choice
    ending: str | None  # the ending reached, or None
    key: Key | None  # the next state, when no ending is reached


class Stepper:
    """Applies choices to (node, trust, mask) keys exactly as rules.choose does."""

    def __init__(self, scenario: Scenario) -> None:
        bits = flag_bits(scenario)
        self.scenario = scenario
        self.compiled = {
            nid: [compile_choice(i, c, bits) for i, c in enumerate(n.choices)]
            for nid, n in scenario.nodes.items()
        }
        self.live = live_flags(scenario, self.compiled)
        self.start: Key = (scenario.start, clamp(scenario.trust_start), 0)

    def moves(self, key: Key) -> list[Move]:
        """The moves offered at `key`, in file order."""
        node, trust, mask = key
        scenario, endings, live = self.scenario, self.scenario.endings, self.live
        choices = scenario.nodes[node].choices
        found: list[Move] = []
        for move in self.compiled[node]:
            if move.offered is not None and not move.offered(trust, mask):
                continue
            new_trust = min(TRUST_MAX, max(TRUST_MIN, trust + move.delta))
            new_mask = (mask | move.raise_mask) & ~move.clear_mask
            if new_trust <= scenario.leave_at:
                target = scenario.walkout
            else:
                target = move.fixed or branch(move, new_trust, new_mask)
            number, choice = len(found) + 1, choices[move.index]
            if target in endings:
                found.append(Move(number, choice, new_trust, target, None))
            else:
                found.append(
                    Move(
                        number,
                        choice,
                        new_trust,
                        None,
                        (target, new_trust, new_mask & live[target]),
                    )
                )
        return found


@dataclass
class StateGraph:
    """The reachable states (0 is the start), their moves, and a shortest way to each."""

    keys: list[Key]
    moves: list[list[Move]]
    targets: list[list[int | None]]  # per state, per move: the next state's index or None
    parent: list[tuple[int, int] | None]  # (state, choice number) that first reached it
    complete: bool
    offers: list[int] = field(default_factory=list)  # per state: its index in `menus`
    menus: list[tuple[Choice, ...]] = field(default_factory=list)  # distinct sets offered

    def order(self) -> list[int] | None:
        """Every state before the states it leads to, or None if some answer loops back."""
        incoming = [0] * len(self.keys)
        for targets in self.targets:
            for target in targets:
                if target is not None:
                    incoming[target] += 1
        order = [state for state, count in enumerate(incoming) if count == 0]
        for state in order:  # grows while it is read (Kahn's algorithm)
            for target in self.targets[state]:
                if target is not None:
                    incoming[target] -= 1
                    if incoming[target] == 0:
                        order.append(target)
        return order if len(order) == len(self.keys) else None

    def witness(self, state: int) -> tuple[int, ...]:
        """The choice numbers of a shortest way to `state`."""
        numbers: list[int] = []
        link = self.parent[state]
        while link is not None:
            state, number = link
            numbers.append(number)
            link = self.parent[state]
        return tuple(reversed(numbers))


def build_graph(stepper: Stepper, max_states: int = MAX_STATES) -> StateGraph:
    """Breadth-first over every reachable state; stops adding states at `max_states`."""
    graph = StateGraph([stepper.start], [], [], [None], True)
    index = {stepper.start: 0}
    menus: dict[tuple[int, ...], int] = {}
    current = 0
    while current < len(graph.keys):
        moves = stepper.moves(graph.keys[current])
        menu = tuple(id(m.choice) for m in moves)  # the scenario keeps every choice alive
        if menu not in menus:
            menus[menu] = len(graph.menus)
            graph.menus.append(tuple(m.choice for m in moves))
        graph.offers.append(menus[menu])
        targets: list[int | None] = []
        for move in moves:
            if move.key is None:
                targets.append(None)
                continue
            found = index.get(move.key)
            if found is None and len(graph.keys) < max_states:
                found = index[move.key] = len(graph.keys)
                graph.keys.append(move.key)
                graph.parent.append((current, move.number))
            graph.complete = graph.complete and found is not None
            targets.append(found)
        graph.moves.append(moves)
        graph.targets.append(targets)
        current += 1
    return graph


def components(successors: Callable[[int], Sequence[int]]) -> list[list[int]]:
    """Strongly connected components of the states reachable from 0, sinks first (Tarjan)."""
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    found: list[list[int]] = []
    work: list[tuple[int, int]] = [(0, 0)]
    while work:
        state, position = work.pop()
        if position == 0:
            order[state] = low[state] = len(order)
            stack.append(state)
            on_stack.add(state)
        nexts = successors(state)
        if position < len(nexts):
            work.append((state, position + 1))
            nxt = nexts[position]
            if nxt not in order:
                work.append((nxt, 0))
            elif nxt in on_stack:
                low[state] = min(low[state], order[nxt])
            continue
        if low[state] == order[state]:
            component: list[int] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == state:
                    break
            found.append(component)
        if work:
            caller = work[-1][0]
            low[caller] = min(low[caller], low[state])
    return found
