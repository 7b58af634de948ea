"""Exhaustive analysis of a scenario's reachable state space.

A breadth-first search over (node, trust, flags) from the start state finds
every reachable node and ending with a shortest witness (the choice numbers a
player types), nodes where every choice is hidden (stuck), nodes from which
no ending can be reached (no exit), and the best and worst final trust.
Flags are packed into bit masks and conditions compiled to closures, so a
1,000-node scenario is analysed in well under the benchmark's two seconds.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from game.engine.rules import clamp
from game.model.condition import (
    COMPARISONS,
    And,
    Condition,
    Expr,
    FlagTest,
    Not,
    Or,
    TrustTest,
    walk,
)
from game.model.scenario import Choice, Scenario

MAX_STATES = 400_000

Key = tuple[str, int, int]  # node, trust, flag mask
Test = Callable[[int, int], bool]


@dataclass(frozen=True)
class Outcome:
    """How one ending can be reached: the shortest witness and its final trust."""

    ending: str
    outcome: str
    reachable: bool
    witness: tuple[int, ...] | None = None
    trust: int | None = None


@dataclass(frozen=True)
class Extreme:
    trust: int
    witness: tuple[int, ...]
    ending: str


@dataclass
class Analysis:
    """Everything the search found; `to_json` is what `check --json` prints."""

    scenario: str
    endings: dict[str, Outcome]
    reachable_nodes: set[str]
    unreachable: list[str]
    stuck: dict[str, tuple[int, frozenset[str]]]
    no_exit: list[str]
    walkout_reachable: bool
    best: Extreme | None
    worst: Extreme | None
    states: int
    complete: bool = True
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        def extreme(e: Extreme | None) -> dict[str, object] | None:
            return (
                None
                if e is None
                else {"trust": e.trust, "witness": list(e.witness), "ending": e.ending}
            )

        return {
            "scenario": self.scenario,
            "endings": {
                eid: {
                    "outcome": o.outcome,
                    "reachable": o.reachable,
                    "witness": list(o.witness) if o.witness is not None else None,
                    "trust": o.trust,
                }
                for eid, o in self.endings.items()
            },
            "unreachable": self.unreachable,
            "stuck": sorted(self.stuck),
            "no_exit": self.no_exit,
            "walkout_reachable": self.walkout_reachable,
            "best": extreme(self.best),
            "worst": extreme(self.worst),
            "states": self.states,
            "complete": self.complete,
        }


@dataclass(frozen=True)
class _Move:
    index: int
    offered: Test | None
    delta: int
    raise_mask: int
    clear_mask: int
    branches: tuple[tuple[Test | None, str], ...]
    offered_flags: int = 0
    branch_flags: int = 0
    fixed: str | None = None  # the target when goto has no conditions


def analyse(scenario: Scenario, max_states: int = MAX_STATES) -> Analysis:
    """Search every state a player can reach; pure and deterministic."""
    search = _Search(scenario, max_states)
    search.run()
    return _report(scenario, search)


class _Search:
    """Breadth-first search over numbered states: parents for witnesses, edges for no-exit."""

    def __init__(self, scenario: Scenario, max_states: int) -> None:
        self.bits = _flag_bits(scenario)
        self.moves = {
            nid: [_compile_choice(i, c, self.bits) for i, c in enumerate(n.choices)]
            for nid, n in scenario.nodes.items()
        }
        self.live = _live_flags(scenario, self.moves)
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
                    target = _branch(move, new_trust, new_mask)
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


def _report(scenario: Scenario, search: _Search) -> Analysis:
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
        stuck={n: (k[1], _flag_names(k[2], names)) for n, k in stuck.items()},
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


def _live_flags(scenario: Scenario, moves: dict[str, list[_Move]]) -> dict[str, int]:
    """Per node, the flags whose value can still matter (live-variable analysis).

    A flag is live at a node if some path from it tests the flag before a choice
    sets or clears it. Dead flags are masked out of the search key, which keeps
    scenarios with many local flags from multiplying their state space.
    """
    callers: dict[str, set[str]] = {nid: set() for nid in moves}
    for nid, node_moves in moves.items():
        for move in node_moves:
            for _, target in move.branches:
                if target in callers:
                    callers[target].add(nid)
    live = dict.fromkeys(moves, 0)
    pending = deque(reversed(list(moves)))
    queued = set(moves)
    while pending:
        nid = pending.popleft()
        queued.discard(nid)
        value = 0
        for move in moves[nid]:
            after = move.branch_flags
            for _, target in move.branches:
                after |= live.get(target, 0)
            value |= move.offered_flags | (after & ~(move.raise_mask | move.clear_mask))
        if value != live[nid]:
            live[nid] = value
            for caller in callers[nid] - queued:
                queued.add(caller)
                pending.append(caller)
    return live


def _branch(move: _Move, trust: int, mask: int) -> str:
    for test, target in move.branches:
        if test is None or test(trust, mask):
            return target
    return move.branches[-1][1]


def _flag_bits(scenario: Scenario) -> dict[str, int]:
    names: set[str] = set()
    for node in scenario.nodes.values():
        for choice in node.choices:
            names.update(choice.set, choice.unset)
            conditions = [choice.condition, *(b.condition for b in choice.goto)]
            for condition in filter(None, conditions):
                names.update(t.name for t in walk(condition.expr) if isinstance(t, FlagTest))
    return {name: 1 << i for i, name in enumerate(sorted(names))}


def _flag_names(mask: int, names: dict[int, str]) -> frozenset[str]:
    return frozenset(name for bit, name in names.items() if mask & bit)


def _compile_choice(index: int, choice: Choice, bits: dict[str, int]) -> _Move:
    cond = choice.condition
    return _Move(
        index=index,
        offered=_compile(cond.expr, bits) if cond else None,
        delta=choice.trust,
        raise_mask=_union(bits[f] for f in choice.set),
        clear_mask=_union(bits[f] for f in choice.unset),
        branches=tuple(
            (_compile(b.condition.expr, bits) if b.condition else None, b.target)
            for b in choice.goto
        ),
        offered_flags=_tested_mask(cond, bits),
        fixed=choice.goto[0].target
        if len(choice.goto) == 1 and not choice.goto[0].condition
        else None,
        branch_flags=_union(_tested_mask(b.condition, bits) for b in choice.goto),
    )


def _tested_mask(condition: Condition | None, bits: dict[str, int]) -> int:
    if condition is None:
        return 0
    return _union(bits[t.name] for t in condition.flag_tests())


def _union(masks: Iterable[int]) -> int:
    """The bitwise or of `masks` (0 for none)."""
    value = 0
    for mask in masks:
        value |= mask
    return value


def _compile(expr: Expr, bits: dict[str, int]) -> Test:
    """A closure over (trust, mask) equivalent to expr.holds(trust, flags)."""
    if isinstance(expr, FlagTest):
        bit = bits[expr.name]
        return lambda trust, mask: bool(mask & bit)
    if isinstance(expr, TrustTest):
        compare, value = COMPARISONS[expr.op], expr.value
        return lambda trust, mask: compare(trust, value)
    if isinstance(expr, Not):
        inner = _compile(expr.operand, bits)
        return lambda trust, mask: not inner(trust, mask)
    parts = [_compile(o, bits) for o in expr.operands]
    if len(parts) == 2:
        first, second = parts
        if isinstance(expr, And):
            return lambda trust, mask: first(trust, mask) and second(trust, mask)
        return lambda trust, mask: first(trust, mask) or second(trust, mask)
    if isinstance(expr, And):
        return lambda trust, mask: all(p(trust, mask) for p in parts)
    assert isinstance(expr, Or)
    return lambda trust, mask: any(p(trust, mask) for p in parts)
