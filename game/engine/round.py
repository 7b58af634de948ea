"""A Round: one scenario played from a State, with every earlier State kept for rewind."""

from __future__ import annotations

from collections.abc import Sequence

from game.engine import rules
from game.engine.order import screen_order
from game.engine.rules import Event, Offered, State
from game.model.scenario import Ending, Node, Scenario


class Round:
    """The player's handle on a round: read the line, read the choices, choose one."""

    def __init__(
        self, scenario: Scenario, state: State | None = None, seed: int | None = None
    ) -> None:
        self.scenario = scenario
        self.seed = seed  # None: answers in file order; else the shuffle seed, recorded
        self._states = [state or rules.start_state(scenario)]
        self.rewinds = 0
        self.taken_back: list[rules.Step] = []  # answers undone with rewind, in order

    @classmethod
    def restored(
        cls,
        scenario: Scenario,
        states: Sequence[State],
        seed: int | None = None,
        rewinds: int = 0,
        taken_back: Sequence[rules.Step] = (),
    ) -> Round:
        """A round put back as it was saved (game.engine.saved checks the states first)."""
        if not states:
            raise ValueError("a round needs at least its first state")
        round_ = cls(scenario, states[0], seed)
        round_._states = list(states)
        round_.rewinds = rewinds
        round_.taken_back = list(taken_back)
        return round_

    @property
    def state(self) -> State:
        return self._states[-1]

    @property
    def states(self) -> tuple[State, ...]:
        """Every state kept for rewind, from the first to the current one."""
        return tuple(self._states)

    @property
    def first(self) -> State:
        """The state the round began in (the scenario's start, or a trainer's chosen point)."""
        return self._states[0]

    @property
    def finished(self) -> bool:
        return self.state.finished

    @property
    def node(self) -> Node | None:
        return rules.current_node(self.scenario, self.state)

    @property
    def ending(self) -> Ending | None:
        return rules.current_ending(self.scenario, self.state)

    @property
    def trust(self) -> int:
        return self.state.trust

    @property
    def steps(self) -> tuple[rules.Step, ...]:
        return self.state.history

    def offered(self) -> list[Offered]:
        """The choices on offer now, in file order (numbers are file-order numbers)."""
        return rules.offered(self.scenario, self.state)

    def shown(self) -> list[Offered]:
        """The choices on offer now, in the order this round's player sees them."""
        return screen_order(self.offered(), self.seed, self.state)

    def choose_shown(self, position: int) -> list[Event]:
        """Take the answer at screen `position` (1-based); raises rules.NotOffered otherwise."""
        shown = self.shown()
        if not 1 <= position <= len(shown):
            raise rules.NotOffered(position, list(range(1, len(shown) + 1)))
        return self.choose(shown[position - 1].number)

    def choose(self, number: int) -> list[Event]:
        """Take offered choice `number`; raises rules.NotOffered otherwise."""
        state, events = rules.choose(self.scenario, self.state, number)
        self._states.append(state)
        return events

    @property
    def can_rewind(self) -> bool:
        return len(self._states) > 1

    def rewind(self, steps: int = 1) -> State:
        """Go back `steps` decisions (never past the start) and return that State."""
        keep = max(1, len(self._states) - steps)
        if keep < len(self._states):
            self.rewinds += 1
            self.taken_back.extend(self.state.history[keep - 1 :])
        del self._states[keep:]
        return self.state
