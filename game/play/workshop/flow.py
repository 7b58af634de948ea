"""The facilitator-paced round (pure: no pygame): line → answers → vote → reveal, per decision.

A Workshop wraps a core Round. Each decision moves through phases: the
customer's LINE, the ANSWERS, the VOTE (taps tallied per answer; a tie or an
empty tally opens a *pick* among the candidates), then the REVEAL of what the
committed answer did, and after the last decision the ENDING. `advance` and
`back` are the clicker's two buttons; `vote`, `override` and `take_back` are
the keyboard's extras. Every change leaves a short `message` for the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from game.engine import rules
from game.engine.round import Round
from game.model.scenario import Scenario
from game.play.workshop.timer import DecisionTimer

if TYPE_CHECKING:
    from game.records.room import RoomVote


class Phase(Enum):
    LINE = "line"
    ANSWERS = "answers"
    VOTE = "vote"
    REVEAL = "reveal"
    ENDING = "ending"


@dataclass
class Tally:
    """Raised hands per answer number."""

    counts: dict[int, int] = field(default_factory=dict)

    def add(self, number: int, delta: int = 1) -> None:
        self.counts[number] = max(0, self.counts.get(number, 0) + delta)

    def of(self, number: int) -> int:
        return self.counts.get(number, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def leaders(self) -> list[int]:
        """The answers with the most votes (empty when nobody has voted)."""
        top = max(self.counts.values(), default=0)
        return sorted(n for n, c in self.counts.items() if c == top and top > 0)


@dataclass(frozen=True)
class Decision:
    """What the room did at one decision: the answer given, the votes, who decided.

    `votes` is every vote (hands and phones together) per answer place; `phones` the
    phones' share of it, `voters` how many phones voted of `joined`; `timer` the
    decision timer's setting and `used` the seconds it ran (0 without a timer)."""

    number: int
    votes: tuple[tuple[int, int], ...]
    override: bool = False
    phones: tuple[tuple[int, int], ...] = ()
    voters: int = 0
    joined: int = 0
    timer: int = 0
    used: int = 0

    @property
    def total(self) -> int:
        return sum(c for _, c in self.votes)

    def votes_for(self, number: int) -> int:
        return dict(self.votes).get(number, 0)


class Workshop:
    """The round as the room plays it; the scene only draws it and forwards keys."""

    def __init__(
        self,
        scenario: Scenario,
        state: rules.State | None = None,
        seed: int | None = None,
        round_: Round | None = None,
    ) -> None:
        self.start = state or rules.start_state(scenario)
        # the room's round (a play session's, so it is recorded); seed: its shuffled order
        self.round = round_ or Round(scenario, self.start, seed=seed)
        self.phase = Phase.LINE
        self.tally = Tally()
        self.highlight: int | None = None
        self.pick: list[int] | None = None  # candidates while the facilitator picks
        self.pick_at = 0
        self.decisions: list[Decision] = []
        self.timer = DecisionTimer()
        self.message = ""
        self.feedback_shown = False  # the reveal shows its prompt first, ▶ then the feedback
        self.phones: dict[int, int] = {}  # the phones' votes per place (the ui keeps it fresh)
        self.joined = 0  # phones in the room
        self.blind = False  # phones vote: the split stays hidden until the facilitator shows it
        self.split_shown = False
        self.done = False  # advanced past the ending: time for the debrief
        self.what_if = False  # played out from the debrief: its first answer is the what-if

    def play_out(self, number: int) -> list[rules.Event]:
        """Give answer `number` at once, as the debrief's "what if the room had said…"."""
        self.what_if, self.phase = True, Phase.VOTE
        return self._commit(number, override=False)

    # --- reading -----------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self.round.scenario

    @property
    def number(self) -> int:
        """Which decision the room is on, from 1 (the last one once the round is over)."""
        steps = len(self.round.steps)
        return steps if self.phase in (Phase.REVEAL, Phase.ENDING) else steps + 1

    def offered(self) -> list[rules.Offered]:
        """The answers in the room's shuffled order, numbered by their place on screen."""
        shown = self.round.shown()
        return [rules.Offered(place, o.index, o.choice) for place, o in enumerate(shown, 1)]

    def file_number(self, place: int) -> int:
        """The file-order number (what rules.choose takes) of the answer at screen `place`."""
        return self.round.shown()[place - 1].number

    @property
    def numbers(self) -> list[int]:
        return [o.number for o in self.offered()]

    @property
    def counted(self) -> Tally:
        """Every vote for this decision: raised hands and phones together."""
        both = dict(self.tally.counts)
        for place, count in self.phones.items():
            both[place] = both.get(place, 0) + count
        return Tally(both)

    @property
    def hidden(self) -> bool:
        """True while phones vote and the room must not see the split yet."""
        return self.blind and not self.split_shown and self.phase in (Phase.ANSWERS, Phase.VOTE)

    @property
    def last(self) -> rules.Step | None:
        return self.round.steps[-1] if self.round.steps else None

    @property
    def picking(self) -> int | None:
        """The answer the pick cursor is on, if the facilitator is picking."""
        return self.pick[self.pick_at] if self.pick else None

    # --- the clicker ---------------------------------------------------------------
    def advance(self) -> list[rules.Event]:
        """The forward button: next phase, or commit the vote; returns the round's events."""
        self.message = ""
        if self.phase is Phase.LINE:
            self._enter(Phase.ANSWERS)
        elif self.phase is Phase.ANSWERS:
            self._enter(Phase.VOTE)
        elif self.phase is Phase.VOTE and self.hidden and self.pick is None:
            self.split_shown = True  # ▶ shows the split; the next ▶ goes with it
        elif self.phase is Phase.VOTE:
            return self._commit_vote()
        elif self.phase is Phase.REVEAL and not self.feedback_shown:
            self.feedback_shown = True
        elif self.phase is Phase.REVEAL:
            self._enter(Phase.ENDING if self.round.finished else Phase.LINE)
        else:
            self.done = True
        return []

    def back(self) -> None:
        """The back button: one step back, but never undoing an answer already given."""
        self.message = ""
        if self.pick is not None:
            self.pick_at = (self.pick_at + 1) % len(self.pick)
        elif self.phase is Phase.VOTE:
            self.phase = Phase.ANSWERS
        elif self.phase is Phase.ANSWERS:
            self.phase = Phase.LINE
        elif self.phase is Phase.LINE and self.round.steps or self.phase is Phase.ENDING:
            self.timer.stop()  # the next decision's clock must not run under this one
            self.phase, self.feedback_shown = Phase.REVEAL, True
        elif self.phase is Phase.REVEAL and self.feedback_shown:
            self.feedback_shown = False
        elif self.phase is Phase.REVEAL:
            self.message = "The room's answer stands."
        else:
            self.message = "This is the first moment: there is nothing before it."

    def _enter(self, phase: Phase) -> None:
        if phase is Phase.ANSWERS and not self.timer.running:
            self.timer.start()
        self.phase = phase

    # --- the vote ----------------------------------------------------------------
    def vote(self, number: int, delta: int = 1) -> bool:
        """One tap for answer `number` (delta −1 takes one back); False if not possible now."""
        if number not in self.numbers or self.phase not in (Phase.ANSWERS, Phase.VOTE):
            if self.phase is Phase.LINE:
                self.message = "Show the answers first (▶)."
            return False
        if self.phase is Phase.ANSWERS:
            self._enter(Phase.VOTE)
        self.pick, self.message = None, ""
        self.tally.add(number, delta)
        self.highlight = number
        return True

    def vote_highlighted(self, delta: int) -> bool:
        """+ or − on the highlighted answer (the first one if none is highlighted)."""
        if self.highlight is None and self.numbers:
            self.highlight = self.numbers[0]
        return self.highlight is not None and self.vote(self.highlight, delta)

    def move_highlight(self, step: int) -> None:
        numbers = self.numbers
        if not numbers or self.phase not in (Phase.ANSWERS, Phase.VOTE):
            return
        at = numbers.index(self.highlight) if self.highlight in numbers else -1 if step > 0 else 0
        self.highlight = numbers[(at + step) % len(numbers)]

    def _commit_vote(self) -> list[rules.Event]:
        if self.pick is not None:
            return self._commit(self.pick[self.pick_at], override=False)
        leaders = self.counted.leaders()
        if len(leaders) == 1:
            return self._commit(leaders[0], override=False)
        self.pick = leaders or self.numbers
        self.pick_at = 0
        if leaders:
            names = " and ".join(map(str, leaders))
            count = self.counted.of(leaders[0])
            self.message = f"Tie between {names}, {count} vote{'s' if count != 1 else ''} each."
        else:
            self.message = "No votes counted: pick the room's answer."
        return []

    def cancel_pick(self) -> bool:
        """Leave the pick and go back to counting; True if there was a pick to leave."""
        if self.pick is None:
            return False
        self.pick, self.message = None, ""
        return True

    def override(self, number: int) -> list[rules.Event]:
        """Shift+number: the facilitator commits `number` whatever the votes say (an override
        unless it is the room's sole leader)."""
        if self.phase not in (Phase.ANSWERS, Phase.VOTE) or number not in self.numbers:
            return []
        leaders = self.counted.leaders()
        return self._commit(number, override=number not in leaders or len(leaders) > 1)

    def _commit(self, number: int, override: bool) -> list[rules.Event]:
        votes = tuple(sorted((n, c) for n, c in self.counted.counts.items() if c))
        phones = tuple(sorted((n, c) for n, c in self.phones.items() if c))
        events = self.round.choose_shown(number)
        self.decisions.append(
            Decision(
                number,
                votes,
                override,
                phones,
                sum(c for _, c in phones),
                self.joined,
                self.timer.seconds,
                self.timer.used,
            )  # fmt: skip
        )
        self.tally, self.pick, self.highlight = Tally(), None, None
        self.phones, self.split_shown = {}, False
        self.timer.stop()
        self.phase, self.feedback_shown = Phase.REVEAL, False
        self.message = ""
        return events

    def take_back(self) -> bool:
        """Backspace after a commit: undo the room's last answer and reopen its vote."""
        if self.phase not in (Phase.REVEAL, Phase.ENDING) or not self.decisions:
            return False
        self.round.rewind()
        last = self.decisions.pop()
        hands = {n: c - dict(last.phones).get(n, 0) for n, c in last.votes}
        self.tally, self.phones = Tally(hands), dict(last.phones)
        self.split_shown = True  # the room has seen this split already
        self.highlight = last.number
        self.phase = Phase.VOTE
        self.timer.start()
        self.message = "Answer taken back: the vote is open again."
        return True


def room_votes(decisions: list[Decision]) -> tuple[RoomVote, ...]:
    """The room's decisions as the records keep them."""
    from game.records.room import RoomVote

    return tuple(
        RoomVote(i, d.number, d.votes, d.phones, d.voters, d.joined, d.override, d.timer, d.used)
        for i, d in enumerate(decisions, 1)
    )
