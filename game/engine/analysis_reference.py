"""The analysis as it was first written: one search state per (node, trust, flags).

Kept as the reference the bitset search (game/engine/analysis.py) is checked
against in tests/core/test_analysis_equivalence.py, and as the baseline
tools/bench.py measures it against. Not used by the game.
"""

from __future__ import annotations

from collections import deque

from game.engine.analysis import Analysis, Extreme, Outcome
from game.engine.analysis_moves import Key, Rules, branch, flag_names
from game.engine.rules import clamp
from game.model.scenario import Scenario


def analyse_by_states(scenario: Scenario, max_states: int) -> Analysis:
    """Search every reachable (node, trust, flags) state one by one."""
    search = _Search(scenario, max_states)
    search.run()
    return _reference_report(scenario, search)


class _Search:
    """Breadth-first search over numbered states: parents for witnesses, edges for no-exit."""

    def __init__(self, scenario: Scenario, max_states: int) -> None:
        rules = Rules.of(scenario)
        self.bits, self.moves, self.live = rules.bits, rules.moves, rules.live
        self.scenario = scenario
        self.max_states = max_states
        start: Key = (scenario.start, clamp(scenario.trust_start), 0)
        self.index: dict[Key, int] = {start: 0}
        self.keys: list[Key] = [start]
        self.parent: list[tuple[int, int] | None] = [None]
        self.edges: list[list[int]] = []
        self.exits: list[int] = []
        self.stuck: dict[str, Key] = {}
        self.hits: dict[str, tuple[int, int, int]] = {}
        self.best: tuple[int, int, int, str] | None = None
        self.worst: tuple[int, int, int, str] | None = None
        self.complete = True

    def run(self) -> None:
        index, keys, parent, edges = self.index, self.keys, self.parent, self.edges
        live, moves, scenario = self.live, self.moves, self.scenario
        endings, leave_at, walkout = scenario.endings, scenario.leave_at, scenario.walkout
        current = 0
        while current < len(keys):
            node, trust, mask = keys[current]
            number = 0
            successors: list[int] = []
            for move in moves[node]:
                if move.offered is not None and not move.offered(trust, mask):
                    continue
                number += 1
                new_trust = min(100, max(0, trust + move.delta))
                new_mask = (mask | move.raise_mask) & ~move.clear_mask
                if new_trust <= leave_at:
                    target = walkout
                elif move.fixed is not None:
                    target = move.fixed
                else:
                    target = branch(move, new_trust, new_mask)
                if target in endings:
                    self.ending_reached(current, number, new_trust, target)
                    continue
                nxt = (target, new_trust, new_mask & live[target])
                found = index.get(nxt)
                if found is None:
                    if len(keys) >= self.max_states:
                        self.complete = False
                        continue
                    found = index[nxt] = len(keys)
                    keys.append(nxt)
                    parent.append((current, number))
                successors.append(found)
            if number == 0:
                self.stuck.setdefault(node, keys[current])
            edges.append(successors)
            current += 1

    def ending_reached(self, state: int, number: int, trust: int, target: str) -> None:
        if not self.exits or self.exits[-1] != state:
            self.exits.append(state)
        self.hits.setdefault(target, (state, number, trust))
        if self.best is None or trust > self.best[0]:
            self.best = (trust, state, number, target)
        if self.worst is None or trust < self.worst[0]:
            self.worst = (trust, state, number, target)


def _reference_report(scenario: Scenario, search: _Search) -> Analysis:
    parent, hits, stuck, best, worst = (
        search.parent,
        search.hits,
        search.stuck,
        search.best,
        search.worst,
    )

    def path(state: int, last: int | None = None) -> tuple[int, ...]:
        numbers: list[int] = [] if last is None else [last]
        link = parent[state]
        while link is not None:
            state, number = link
            numbers.append(number)
            link = parent[state]
        return tuple(reversed(numbers))

    reachable_nodes = {key[0] for key in search.keys}
    endings = {
        eid: Outcome(
            eid,
            e.outcome,
            eid in hits,
            path(hits[eid][0], hits[eid][1]) if eid in hits else None,
            hits[eid][2] if eid in hits else None,
        )
        for eid, e in scenario.endings.items()
    }
    unreachable = [n for n in scenario.nodes if n not in reachable_nodes]
    unreachable += [e for e in scenario.endings if e not in hits]
    trapped = _no_exit(search.edges, search.exits) if search.complete else []
    no_exit = sorted({search.keys[state][0] for state in trapped} - set(stuck))
    names = {bit: name for name, bit in search.bits.items()}
    return Analysis(
        scenario=scenario.id,
        endings=endings,
        reachable_nodes=reachable_nodes,
        unreachable=unreachable,
        stuck={n: (k[1], flag_names(k[2], names)) for n, k in stuck.items()},
        no_exit=no_exit,
        walkout_reachable=scenario.walkout in hits,
        best=Extreme(best[0], path(best[1], best[2]), best[3]) if best else None,
        worst=Extreme(worst[0], path(worst[1], worst[2]), worst[3]) if worst else None,
        states=len(parent),
        complete=search.complete,
    )


def _no_exit(edges: list[list[int]], exits: list[int]) -> list[int]:
    """States from which no ending can be reached (reverse search from the exits)."""
    incoming: list[list[int]] = [[] for _ in edges]
    for source, targets in enumerate(edges):
        for target in targets:
            incoming[target].append(source)
    alive = bytearray(len(edges))
    queue = deque(exits)
    for state in exits:
        alive[state] = 1
    while queue:
        for source in incoming[queue.popleft()]:
            if not alive[source]:
                alive[source] = 1
                queue.append(source)
    return [state for state, flag in enumerate(alive) if not flag]
