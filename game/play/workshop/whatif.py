"""What would have happened (pure: no pygame): each answer the room passed by, played out once."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import rules
from game.engine.order import screen_order
from game.model.scenario import Ending, Node, Scenario
from game.play.workshop.flow import Decision
from game.words import quoted


@dataclass(frozen=True)
class Alternative:
    """One answer the room did not give, and what it would have done at that moment."""

    number: int  # in file order among those offered (what rules.choose takes)
    say: str
    before: rules.State
    after: rules.State
    place: int = 0  # where the room saw it on screen (what the room voted for)

    @property
    def step(self) -> rules.Step:
        return self.after.history[-1]

    @property
    def delta(self) -> int:
        return self.step.delta

    @property
    def target(self) -> str:
        return self.step.target


@dataclass(frozen=True)
class Moment:
    """One decision on the room's path: where it was, what the room said, what it passed by."""

    index: int
    node: Node
    before: rules.State
    taken: rules.Step
    decision: Decision | None
    rejected: tuple[Alternative, ...]
    taken_place: int = 0  # where the room saw the answer it gave


def moments(
    scenario: Scenario,
    start: rules.State,
    steps: tuple[rules.Step, ...],
    decisions: list[Decision] | None = None,
    seed: int | None = None,
) -> list[Moment]:
    """Replay the room's answers from `start`, trying every other offered answer on the way;
    `seed` is the room's shuffle, so each answer keeps the number the room saw."""
    found: list[Moment] = []
    state = start
    for i, step in enumerate(steps):
        shown = screen_order(rules.offered(scenario, state), seed, state)
        place = {o.number: n for n, o in enumerate(shown, 1)}
        rejected = []
        for option in shown:
            if option.number != step.number:
                after, _ = rules.choose(scenario, state, option.number)
                alt = Alternative(
                    option.number, option.choice.say, state, after, place[option.number]
                )
                rejected.append(alt)
        decision = decisions[i] if decisions and i < len(decisions) else None
        node = scenario.nodes[step.node]
        moment = Moment(i, node, state, step, decision, tuple(rejected), place[step.number])
        found.append(moment)
        state, _ = rules.choose(scenario, state, step.number)
    return found


def pages(found: list[Moment]) -> list[tuple[int, int] | None]:
    """The debrief's pages in clicker order: None for the overview, then (moment, alternative)."""
    return [None] + [(m.index, j) for m in found for j in range(len(m.rejected))]


def outcome_text(scenario: Scenario, alternative: Alternative) -> str:
    """Where an answer leads, in words: the ending it reaches, or the customer's next line."""
    after = alternative.after
    ending: Ending | None = rules.current_ending(scenario, after)
    customer = scenario.customer.name
    if ending is not None:
        verdict = "stays" if ending.stays else "leaves"
        walked = " (trust ran out)" if ending.id == scenario.walkout and not ending.stays else ""
        return f"The round ends: {customer} {verdict}{walked} and tells {ending.tells}. {quoted(ending.say)}"
    node = scenario.nodes[after.node]
    who = "Narrator" if node.is_narration else scenario.speaker_of(node)
    return f"Next, {who}: {quoted(node.say)}"


def replay_state(alternative: Alternative) -> rules.State:
    """The state to open practice mode at: just before the answer, so it can be pressed there."""
    return alternative.before
