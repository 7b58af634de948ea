"""The analysis's search: every reachable trust of a (node, flags) pair as one 101-bit set.

Trust is an integer in 0..100 and conditions only compare it with constants, so
one Python integer holds every trust a player can have at a node with given
flags. A choice shifts the set (saturating at 0 and 100), a condition splits it
with a precomputed mask, and the search visits (node, flags) pairs layer by
layer instead of each trust on its own. Layer k holds the states first reached
after k answers, so the shortest witnesses and the "first found" ties of a
state-by-state breadth-first search are recovered exactly: backwards through
the layers to find the states that lead to a goal, then forwards choosing the
lowest answer number that stays on such a state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game.engine.analysis_moves import FULL, Rules
from game.engine.rules import clamp

TOP = 1 << 100

Pair = tuple[str, int]  # node, live flag mask
Layer = dict[Pair, int]  # trust sets per pair
Region = tuple[str, int, Pair | None]  # target, the arriving trusts that go there, its pair
Plan = tuple[int, tuple[tuple[int, int, tuple[Region, ...]], ...]]  # offered; (sat, delta, regions)
Caller = tuple[Pair, int, int, int]  # source pair, sat, delta, region of an answer into a pair


def shift(bits: int, delta: int) -> int:
    """The trust set after adding delta to every member, clamped to 0..100."""
    if delta >= 0:
        moved = bits << delta
        return (moved & FULL) | (TOP if moved >> 101 else 0)
    moved = bits >> -delta
    return moved | (1 if bits & ((1 << min(-delta, 101)) - 1) else 0)


def preimage(goal: int, delta: int) -> int:
    """The trusts that `shift(_, delta)` sends into goal."""
    if delta >= 0:
        back = goal >> delta
        if goal & TOP:
            back |= FULL & ~((1 << max(0, 100 - delta)) - 1)
        return back
    back = (goal << -delta) & FULL
    if goal & 1:
        back |= (1 << min(-delta + 1, 101)) - 1
    return back


def at_most(value: int) -> int:
    """The trusts 0..value (none when value < 0)."""
    return 0 if value < 0 else (1 << (min(value, 100) + 1)) - 1


def trusts(bits: int) -> list[int]:
    """The members of a trust set, lowest first."""
    return [t for t in range(101) if bits >> t & 1]


@dataclass
class BitSearch:
    """Layered search over (node, flags) pairs with trust sets; see the module docstring."""

    rules: Rules
    max_states: int
    visited: Layer = field(default_factory=dict)
    layers: list[Layer] = field(default_factory=list)
    plans: dict[Pair, Plan] = field(default_factory=dict)
    stuck: dict[str, tuple[int, Layer]] = field(default_factory=dict)
    first_hit: dict[str, int] = field(default_factory=dict)
    best: tuple[int, int] | None = None  # trust, layer
    worst: tuple[int, int] | None = None
    states: int = 0
    complete: bool = True

    def run(self) -> None:
        scenario = self.rules.scenario
        start: Pair = (scenario.start, 0)
        self.visited[start] = 1 << clamp(scenario.trust_start)
        self.layers.append({start: self.visited[start]})
        self.states = 1
        while self.layers[-1]:
            self.layers.append(self._expand_layer(self.layers[-1]))
        self.layers.pop()

    def _expand_layer(self, frontier: Layer) -> Layer:
        """Answer every way from every state of frontier; return the states first seen."""
        depth, visited, plans = len(self.layers) - 1, self.visited, self.plans
        following: Layer = {}
        for pair, bits in frontier.items():
            offered, moves = plans.get(pair) or self._plan(pair)
            for sat, delta, regions in moves:
                part = bits & sat
                if not part:
                    continue
                moved = shift(part, delta)
                for target, region, arrival in regions:
                    post = moved & region
                    if not post:
                        continue
                    if arrival is None:
                        self._hit(target, post, depth)
                    elif new := post & ~visited.get(arrival, 0):
                        self._admit(arrival, new, following)
            if bits & ~offered:
                self._note_stuck(pair, bits & ~offered, depth)
        return following

    def _plan(self, pair: Pair) -> Plan:
        """Where each answer at pair sends each trust: computed once per pair."""
        node, mask = pair
        scenario, live = self.rules.scenario, self.rules.live
        low = at_most(scenario.leave_at)
        offered, moves = 0, []
        for move in self.rules.moves[node]:
            sat = FULL if move.offered_sets is None else move.offered_sets(mask)
            offered |= sat
            new_mask = (mask | move.raise_mask) & ~move.clear_mask
            regions = [(scenario.walkout, low)]
            rest = FULL & ~low
            if move.fixed is not None:
                regions.append((move.fixed, rest))
            else:
                for sets, (_, target) in zip(move.branch_sets, move.branches, strict=True):
                    taken = rest if sets is None else rest & sets(new_mask)
                    regions.append((target, taken))
                    rest &= ~taken
                regions.append((move.branches[-1][1], rest))
            arrivals = tuple(
                (t, r, None if t in scenario.endings else (t, new_mask & live[t]))
                for t, r in regions
                if r
            )
            if sat:
                moves.append((sat, move.delta, arrivals))
        plan = (offered, tuple(moves))
        self.plans[pair] = plan
        return plan

    def _hit(self, ending: str, post: int, depth: int) -> None:
        self.first_hit.setdefault(ending, depth)
        high, lowest = post.bit_length() - 1, (post & -post).bit_length() - 1
        if self.best is None or high > self.best[0]:
            self.best = (high, depth)
        if self.worst is None or lowest < self.worst[0]:
            self.worst = (lowest, depth)

    def _admit(self, pair: Pair, new: int, following: Layer) -> None:
        room = self.max_states - self.states
        if new.bit_count() > room:
            self.complete = False
            kept = 0
            for trust in trusts(new)[: max(0, room)]:
                kept |= 1 << trust
            new = kept
            if not new:
                return
        self.states += new.bit_count()
        self.visited[pair] = self.visited.get(pair, 0) | new
        following[pair] = following.get(pair, 0) | new

    def _note_stuck(self, pair: Pair, bits: int, depth: int) -> None:
        first = self.stuck.setdefault(pair[0], (depth, {}))
        if first[0] == depth:
            first[1][pair] = first[1].get(pair, 0) | bits

    def goal_before_ending(self, layer: int, accept: Callable[[str, int], int]) -> Layer:
        """The states of `layer` with an answer to an ending whose arrival `accept` keeps."""
        goal: Layer = {}
        for pair, bits in self.layers[layer].items():
            for sat, delta, regions in self.plans[pair][1]:
                part = bits & sat
                for target, region, arrival in regions if part else ():
                    post = shift(part, delta) & region
                    if arrival is None and post and (kept := accept(target, post)):
                        goal[pair] = goal.get(pair, 0) | (preimage(kept, delta) & part)
        return goal

    def callers(self) -> dict[Pair, list[Caller]]:
        """For each pair, the answers that lead into it (the search's graph reversed)."""
        found: dict[Pair, list[Caller]] = {}
        for pair in self.visited:
            for sat, delta, regions in self.plans.get(pair, (0, ()))[1]:
                for _, region, arrival in regions:
                    if arrival is not None:
                        found.setdefault(arrival, []).append((pair, sat, delta, region))
        return found

    def path_to(
        self, layer: int, goal: Layer, callers: dict[Pair, list[Caller]]
    ) -> tuple[list[int], tuple[str, int, int]]:
        """The first shortest path (lowest answer numbers first) to a state in goal."""
        goals = [goal]
        for depth in range(layer - 1, -1, -1):
            ahead, known = goals[-1], self.layers[depth]
            here: Layer = {}
            for pair, wanted in ahead.items():
                for source, sat, delta, region in callers.get(pair, ()):
                    part = known.get(source, 0) & sat
                    if part and (back := preimage(wanted & region, delta) & part):
                        here[source] = here.get(source, 0) | back
            goals.append(here)
        goals.reverse()
        scenario = self.rules.scenario
        node, trust, mask = scenario.start, clamp(scenario.trust_start), 0
        numbers: list[int] = []
        for ahead in goals[1:]:
            for number, target, new_trust, new_mask in self.rules.steps(node, trust, mask):
                if target in scenario.endings:
                    continue
                pair = (target, new_mask & self.rules.live[target])
                if ahead.get(pair, 0) >> new_trust & 1:
                    numbers.append(number)
                    node, trust, mask = target, new_trust, pair[1]
                    break
        return numbers, (node, trust, mask)

    def trapped(self, callers: dict[Pair, list[Caller]]) -> set[str]:
        """Nodes with a reachable state from which no ending can be reached."""
        alive: Layer = {}
        pending: list[Pair] = []
        for pair, bits in self.visited.items():
            for sat, delta, regions in self.plans[pair][1]:
                part = bits & sat
                for _, region, arrival in regions if part else ():
                    if arrival is None and (reach := preimage(region, delta) & part):
                        alive[pair] = alive.get(pair, 0) | reach
                        pending.append(pair)
        while pending:
            pair = pending.pop()
            for source, sat, delta, region in callers.get(pair, ()):
                back = preimage(alive[pair] & region, delta) & sat & self.visited[source]
                if back & ~alive.get(source, 0):
                    alive[source] = alive.get(source, 0) | back
                    pending.append(source)
        return {pair[0] for pair, bits in self.visited.items() if bits & ~alive.get(pair, 0)}
