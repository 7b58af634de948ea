"""Frozen dataclasses for a scenario: the fixed story graph a round moves through."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from game.model.condition import Condition
from game.model.span import NOWHERE, Span

STAY = "stay"
LEAVE = "leave"
NARRATOR = "narrator"


@dataclass(frozen=True)
class Principle:
    """A named recovery move (good) or a pattern that loses customers (bad)."""

    id: str
    name: str
    summary: str
    good: bool
    explanation: str = ""
    span: Span = NOWHERE


@dataclass(frozen=True)
class Branch:
    """One arm of a `goto`: go to `target` if `condition` holds (None: always)."""

    target: str
    condition: Condition | None = None
    span: Span = NOWHERE


@dataclass(frozen=True)
class Choice:
    """Something the player can say, and what it does to the round."""

    say: str
    goto: tuple[Branch, ...]
    trust: int = 0
    condition: Condition | None = None
    set: tuple[str, ...] = ()
    unset: tuple[str, ...] = ()
    principles: tuple[str, ...] = ()
    feedback: str = ""
    pin: str | None = None  # "first" or "last": kept there when answers are shuffled
    mistimed: tuple[str, ...] = ()  # good principles used at the wrong moment
    span: Span = NOWHERE

    def offered(self, trust: int, flags: frozenset[str]) -> bool:
        return self.condition is None or self.condition.holds(trust, flags)

    def target(self, trust: int, flags: frozenset[str]) -> str | None:
        """The first branch whose condition holds, or None if none does."""
        for branch in self.goto:
            if branch.condition is None or branch.condition.holds(trust, flags):
                return branch.target
        return None


@dataclass(frozen=True)
class Node:
    """A moment in the conversation: someone speaks and the player answers."""

    id: str
    say: str
    choices: tuple[Choice, ...]
    speaker: str | None = None
    mood: str | None = None  # one of format.MOODS: the face the line is said with
    prompt: str = ""  # workshop: the question for the room after it answers here
    span: Span = NOWHERE

    @property
    def is_narration(self) -> bool:
        return self.speaker == NARRATOR


@dataclass(frozen=True)
class Ending:
    """How a round closes: the customer stays or leaves, and tells people."""

    id: str
    outcome: str
    say: str
    tells: int = 0
    lesson: str = ""
    span: Span = NOWHERE

    @property
    def stays(self) -> bool:
        return self.outcome == STAY


@dataclass(frozen=True)
class Look:
    """How the customer looks: colours as #rrggbb strings, the rest words of format.LOOK_WORDS."""

    skin: str = "#c68642"
    hair: str = "#2b1b0e"
    shirt: str = "#3a6ea5"
    age: str = "adult"
    build: str = "average"
    hair_style: str = "short"
    facial_hair: str = "none"
    glasses: str = "none"
    clothing: str = "tee"
    accessory: str = "none"


@dataclass(frozen=True)
class Customer:
    name: str
    role: str = ""
    look: Look = field(default_factory=Look)


@dataclass(frozen=True, eq=False)
class Scenario:
    """A whole scenario file: its story graph, meter settings and glossary."""

    id: str
    title: str
    summary: str
    customer: Customer
    walkout: str
    start: str
    nodes: Mapping[str, Node]
    endings: Mapping[str, Ending]
    trust_start: int = 50
    leave_at: int = 15
    difficulty: int = 1
    tags: tuple[str, ...] = ()
    channel: str = "counter"  # one of format.CHANNELS: where the conversation happens
    setting: str = "front-desk"  # one of format.SETTINGS: the place drawn behind the customer
    principles: Mapping[str, Principle] = field(default_factory=dict)
    debrief: str = ""
    path: str = ""
    source_hash: str = ""
    span: Span = NOWHERE
    id_span: Span = NOWHERE

    def speaker_of(self, node: Node) -> str:
        """Who says a node's line: the customer unless the node names someone."""
        return node.speaker or self.customer.name

    def principle(self, pid: str) -> Principle | None:
        return self.principles.get(pid)
