"""The scenario model: immutable dataclasses that remember where they came from."""

from game.model.condition import And, Condition, Expr, FlagTest, Not, Or, TrustTest
from game.model.scenario import (
    Branch,
    Choice,
    Customer,
    Ending,
    Look,
    Node,
    Principle,
    Scenario,
)
from game.model.span import Span

__all__ = [
    "And",
    "Branch",
    "Choice",
    "Condition",
    "Customer",
    "Ending",
    "Expr",
    "FlagTest",
    "Look",
    "Node",
    "Not",
    "Or",
    "Principle",
    "Scenario",
    "Span",
    "TrustTest",
]
