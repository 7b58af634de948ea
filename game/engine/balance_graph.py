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
from dataclasses import dataclass

from game.engine.analysis import Key, _branch, _compile_choice, _flag_bits, _live_flags
from game.engine.rules import clamp
from game.model.scenario import Choice, Scenario

MAX_STATES = 100_000  # above this the balance report samples rounds instead


@dataclass(frozen=True)
class Move:
    """One offered choice at a state: its number as offered, and where it leads."""

    number: int  # 1.. in file order among those offered: what `check` witnesses use
    choice: Choice
    trust: int  # trust after the choice
    ending: str | None  # the ending reached, or None
    key: Key | None  # the next state, when no ending is reached


class Stepper:
    """Applies choices to (node, trust, mask) keys exactly as rules.choose does."""

    def __init__(self, scenario: Scenario) -> None:
        bits = _flag_bits(scenario)
        self.scenario = scenario
        self.compiled = {
            nid: [_compile_choice(i, c, bits) for i, c in enumerate(n.choices)]
            for nid, n in scenario.nodes.items()
        }
        self.live = _live_flags(scenario, self.compiled)
        self.start: Key = (scenario.start, clamp(scenario.trust_start), 0)

    def moves(self, key: Key) -> list[Move]:
        """The moves offered at `key`, in file order."""
        node, trust, mask = key
        scenario = self.scenario
        choices = scenario.nodes[node].choices
        found: list[Move] = []
        for move in self.compiled[node]:
            if move.offered is not None and not move.offered(trust, mask):
                continue
            new_trust = clamp(trust + move.delta)
            new_mask = (mask | move.raise_mask) & ~move.clear_mask
            if new_trust <= scenario.leave_at:
                target = scenario.walkout
            else:
                target = move.fixed or _branch(move, new_trust, new_mask)
            choice = choices[move.index]
            if target in scenario.endings:
                found.append(Move(len(found) + 1, choice, new_trust, target, None))
            else:
                nxt = (target, new_trust, new_mask & self.live[target])
                found.append(Move(len(found) + 1, choice, new_trust, None, nxt))
        return found


@dataclass
class StateGraph:
    """The reachable states (0 is the start), their moves, and a shortest way to each."""

    keys: list[Key]
    moves: list[list[Move]]
    targets: list[list[int | None]]  # per state, per move: the next state's index or None
    parent: list[tuple[int, int] | None]  # (state, choice number) that first reached it
    complete: bool

    def witness(self, state: int, *last: int) -> tuple[int, ...]:
        """The choice numbers of a shortest way to `state`, then `last`."""
        numbers: list[int] = list(reversed(last))
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
    current = 0
    while current < len(graph.keys):
        moves = stepper.moves(graph.keys[current])
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
