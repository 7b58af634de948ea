"""The rules of a round, as pure functions over an immutable State.

A round starts at the scenario's start node with its starting trust and no
flags. `choose` applies a choice in the design's order: trust (clamped to
0..100), set, unset, the walk-out check, then the goto branches on the new
state. It returns the new State and the events that happened, which the
debrief, the records and the workshop reveal all read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.model.scenario import Choice, Ending, Node, Scenario

TRUST_MIN, TRUST_MAX = 0, 100


@dataclass(frozen=True)
class Step:
    """One decision: where it was made, what was chosen, what it did."""

    node: str
    number: int
    index: int
    say: str
    trust_before: int
    trust_after: int
    flags: frozenset[str]
    principles: tuple[str, ...]
    feedback: str
    target: str
    offered: tuple[int, ...] = ()  # file indices of the choices on offer when it was made

    @property
    def delta(self) -> int:
        return self.trust_after - self.trust_before


@dataclass(frozen=True)
class State:
    """Everything that changes during a round; the scenario never does."""

    node: str
    trust: int
    flags: frozenset[str] = frozenset()
    history: tuple[Step, ...] = ()
    ending: str | None = None

    @property
    def finished(self) -> bool:
        return self.ending is not None


@dataclass(frozen=True)
class Offered:
    """A choice as the player sees it: numbered 1.. among those offered."""

    number: int
    index: int
    choice: Choice


@dataclass(frozen=True)
class TrustChanged:
    """The choice moved trust (after clamping to 0..100)."""

    before: int
    after: int

    @property
    def delta(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class FlagsChanged:
    """The choice raised or cleared flags (only those that really changed)."""

    raised: frozenset[str]
    cleared: frozenset[str]


@dataclass(frozen=True)
class Moved:
    """The round went on to another node."""

    node: str


@dataclass(frozen=True)
class WalkedOut:
    """Trust fell to `leave_at`: the customer walked out to the walkout ending."""

    ending: str
    trust: int


@dataclass(frozen=True)
class EndingReached:
    """The round ended: which ending, stay or leave, and how many people they tell."""

    ending: str
    outcome: str
    tells: int


Event = TrustChanged | FlagsChanged | Moved | WalkedOut | EndingReached


class NotOffered(ValueError):
    """A choice number that is not on offer; carries the numbers that are."""

    def __init__(self, number: int, offered: list[int]) -> None:
        shown = ", ".join(map(str, offered)) or "none"
        super().__init__(f"choice {number} is not offered here (offered: {shown})")
        self.number = number
        self.offered = offered


def choice_of(scenario: Scenario, step: Step) -> Choice | None:
    """The choice a step took, looked up by its place in the file."""
    node = scenario.nodes.get(step.node)
    if node is None or not 0 <= step.index < len(node.choices):
        return None
    return node.choices[step.index]


def clamp(trust: int) -> int:
    return max(TRUST_MIN, min(TRUST_MAX, trust))


def start_state(scenario: Scenario) -> State:
    return State(scenario.start, clamp(scenario.trust_start))


def at_node(
    scenario: Scenario, node: str, trust: int, flags: frozenset[str] = frozenset()
) -> State:
    """A state placed anywhere in the scenario, for trainers testing a late scene."""
    return State(node, clamp(trust), frozenset(flags))


def current_node(scenario: Scenario, state: State) -> Node | None:
    return None if state.finished else scenario.nodes[state.node]


def current_ending(scenario: Scenario, state: State) -> Ending | None:
    return scenario.endings[state.ending] if state.ending else None


def offered(scenario: Scenario, state: State) -> list[Offered]:
    """The choices whose `if` holds now, numbered from 1 in file order."""
    node = current_node(scenario, state)
    if node is None:
        return []
    shown = [(i, c) for i, c in enumerate(node.choices) if c.offered(state.trust, state.flags)]
    return [Offered(n, i, c) for n, (i, c) in enumerate(shown, start=1)]


def choose(scenario: Scenario, state: State, number: int) -> tuple[State, list[Event]]:
    """Apply offered choice `number`; raise NotOffered for any other number."""
    options = offered(scenario, state)
    picked = next((o for o in options if o.number == number), None)
    if picked is None:
        raise NotOffered(number, [o.number for o in options])
    choice = picked.choice
    trust = clamp(state.trust + choice.trust)
    flags = (state.flags | frozenset(choice.set)) - frozenset(choice.unset)
    events: list[Event] = []
    if trust != state.trust:
        events.append(TrustChanged(state.trust, trust))
    if flags != state.flags:
        events.append(FlagsChanged(flags - state.flags, state.flags - flags))
    target = _destination(scenario, choice, trust, flags)
    step = Step(
        node=state.node,
        number=number,
        index=picked.index,
        say=choice.say,
        trust_before=state.trust,
        trust_after=trust,
        flags=flags,
        principles=choice.principles,
        feedback=choice.feedback,
        target=target,
        offered=tuple(o.index for o in options),
    )
    new = replace(state, trust=trust, flags=flags, history=(*state.history, step))
    if target == scenario.walkout and trust <= scenario.leave_at:
        events.append(WalkedOut(target, trust))
    if target in scenario.endings:
        ending = scenario.endings[target]
        events.append(EndingReached(target, ending.outcome, ending.tells))
        return replace(new, node=target, ending=target), events
    events.append(Moved(target))
    return replace(new, node=target), events


def _destination(scenario: Scenario, choice: Choice, trust: int, flags: frozenset[str]) -> str:
    if trust <= scenario.leave_at:
        return scenario.walkout
    target = choice.target(trust, flags)
    if target is None:  # impossible in a validated file: the last branch has no `if`
        raise ValueError("no goto branch applies")
    return target
