"""The condition language's syntax tree, evaluated against trust and flags.

`trust >= 50 and not shouted` becomes And(TrustTest('>=', 50), Not(FlagTest('shouted'))).
Parsing lives in game.engine.conditions; this module only holds and evaluates.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from game.model.span import Span

COMPARISONS: dict[str, Callable[[int, int], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


@dataclass(frozen=True)
class FlagTest:
    name: str
    offset: int = 0

    def holds(self, trust: int, flags: frozenset[str]) -> bool:
        return self.name in flags


@dataclass(frozen=True)
class TrustTest:
    op: str
    value: int

    def holds(self, trust: int, flags: frozenset[str]) -> bool:
        return COMPARISONS[self.op](trust, self.value)


@dataclass(frozen=True)
class Not:
    operand: Expr

    def holds(self, trust: int, flags: frozenset[str]) -> bool:
        return not self.operand.holds(trust, flags)


@dataclass(frozen=True)
class And:
    operands: tuple[Expr, ...]

    def holds(self, trust: int, flags: frozenset[str]) -> bool:
        return all(o.holds(trust, flags) for o in self.operands)


@dataclass(frozen=True)
class Or:
    operands: tuple[Expr, ...]

    def holds(self, trust: int, flags: frozenset[str]) -> bool:
        return any(o.holds(trust, flags) for o in self.operands)


Expr = FlagTest | TrustTest | Not | And | Or


def walk(expr: Expr) -> Iterator[Expr]:
    """Every node of the tree, parents before children."""
    yield expr
    if isinstance(expr, Not):
        yield from walk(expr.operand)
    elif isinstance(expr, And | Or):
        for operand in expr.operands:
            yield from walk(operand)


@dataclass(frozen=True)
class Condition:
    """A parsed condition with its source text and where that text starts."""

    source: str
    expr: Expr
    span: Span

    def holds(self, trust: int, flags: frozenset[str]) -> bool:
        return self.expr.holds(trust, flags)

    def flag_tests(self) -> list[FlagTest]:
        return [e for e in walk(self.expr) if isinstance(e, FlagTest)]

    def trust_thresholds(self) -> list[TrustTest]:
        return [e for e in walk(self.expr) if isinstance(e, TrustTest)]
