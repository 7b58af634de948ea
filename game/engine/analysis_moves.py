"""Scenario choices compiled for fast search: flag bits, closures, live flags, one step.

Shared by the analysis (game/engine/analysis.py), its reference search and the
balance report, so all three read a scenario's rules the same way.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

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

Key = tuple[str, int, int]  # node, trust, flag mask
Test = Callable[[int, int], bool]
Sets = Callable[[int], int]  # flag mask -> the set of trusts (bit t for trust t) that pass
FULL = (1 << 101) - 1  # every trust 0..100


@dataclass(frozen=True)
class Move:
    index: int
    offered: Test | None
    delta: int
    raise_mask: int
    clear_mask: int
    branches: tuple[tuple[Test | None, str], ...]
    offered_flags: int = 0
    branch_flags: int = 0
    fixed: str | None = None  # the target when goto has no conditions
    offered_sets: Sets | None = None  # `offered` for every trust at once
    branch_sets: tuple[Sets | None, ...] = ()


def live_flags(scenario: Scenario, moves: dict[str, list[Move]]) -> dict[str, int]:
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


def branch(move: Move, trust: int, mask: int) -> str:
    for test, target in move.branches:
        if test is None or test(trust, mask):
            return target
    return move.branches[-1][1]


def flag_bits(scenario: Scenario) -> dict[str, int]:
    names: set[str] = set()
    for node in scenario.nodes.values():
        for choice in node.choices:
            names.update(choice.set, choice.unset)
            conditions = [choice.condition, *(b.condition for b in choice.goto)]
            for condition in filter(None, conditions):
                names.update(t.name for t in walk(condition.expr) if isinstance(t, FlagTest))
    return {name: 1 << i for i, name in enumerate(sorted(names))}


def flag_names(mask: int, names: dict[int, str]) -> frozenset[str]:
    return frozenset(name for bit, name in names.items() if mask & bit)


def compile_choice(index: int, choice: Choice, bits: dict[str, int]) -> Move:
    cond = choice.condition
    return Move(
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
        offered_sets=_compile_sets(cond.expr, bits) if cond else None,
        branch_sets=tuple(
            _compile_sets(b.condition.expr, bits) if b.condition else None for b in choice.goto
        ),
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


def _compile_sets(expr: Expr, bits: dict[str, int]) -> Sets:
    """A closure from a flag mask to the trusts for which expr holds (a 101-bit set)."""
    if isinstance(expr, FlagTest):
        bit = bits[expr.name]
        return lambda mask: FULL if mask & bit else 0
    if isinstance(expr, TrustTest):
        compare, value = COMPARISONS[expr.op], expr.value
        passing = _union(1 << t for t in range(101) if compare(t, value))
        return lambda mask: passing
    if isinstance(expr, Not):
        inner = _compile_sets(expr.operand, bits)
        return lambda mask: FULL & ~inner(mask)
    parts = [_compile_sets(o, bits) for o in expr.operands]
    if isinstance(expr, And):
        return lambda mask: _meet(part(mask) for part in parts)
    assert isinstance(expr, Or)
    return lambda mask: _union(part(mask) for part in parts)


def _meet(sets: Iterable[int]) -> int:
    """The bitwise and of trust sets (every trust for none)."""
    value = FULL
    for each in sets:
        value &= each
    return value


@dataclass(frozen=True)
class Rules:
    """A scenario's choices compiled once: moves per node and live flags per node."""

    scenario: Scenario
    bits: dict[str, int]
    moves: dict[str, list[Move]]
    live: dict[str, int]

    @classmethod
    def of(cls, scenario: Scenario) -> Rules:
        bits = flag_bits(scenario)
        moves = {
            nid: [compile_choice(i, c, bits) for i, c in enumerate(n.choices)]
            for nid, n in scenario.nodes.items()
        }
        return cls(scenario, bits, moves, live_flags(scenario, moves))

    def steps(self, node: str, trust: int, mask: int) -> Iterator[tuple[int, str, int, int]]:
        """(number, target, trust, flags) for each answer offered, as a Round plays it."""
        number = 0
        for move in self.moves[node]:
            if move.offered is not None and not move.offered(trust, mask):
                continue
            number += 1
            new_trust = clamp(trust + move.delta)
            new_mask = (mask | move.raise_mask) & ~move.clear_mask
            if new_trust <= self.scenario.leave_at:
                target = self.scenario.walkout
            else:
                target = move.fixed or branch(move, new_trust, new_mask)
            yield number, target, new_trust, new_mask
