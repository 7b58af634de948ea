"""The words under the debrief's map: how the room did, or what another answer would have done."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import rules
from game.model.scenario import Scenario
from game.play.workshop.whatif import Alternative, Moment, outcome_text
from game.ui.fonts import Colour, FontBook
from game.ui.theme import Theme
from game.ui.words import quoted
from game.ui.workshop.paint import change_words, effect, height_of, votes_words
from game.ui.workshop.preset import Projector


@dataclass(frozen=True)
class TextBlock:
    """A paragraph under the map, with its colour given by role ('good', 'bad', 'ink'...)."""

    text: str
    size: int
    bold: bool
    role: str
    height: int

    def colour(self, theme: Theme) -> Colour:
        return getattr(theme, self.role)


def overview(scenario: Scenario, steps: tuple[rules.Step, ...]) -> list[tuple[str, str, bool]]:
    """How the room's round ended, and how to read the map."""
    name = scenario.customer.name
    ending = scenario.endings.get(steps[-1].target) if steps else None
    if ending is None:
        return [(f"The room gave {len(steps)} answers; the round did not finish.", "ink", True)]
    trust = steps[-1].trust_after
    people = "person" if ending.tells == 1 else "people"
    story = "a good story" if ending.stays else "a bad story"
    verdict = "kept" if ending.stays else "lost"
    return [
        (
            f"{'✓' if ending.stays else '✗'} The room {verdict} {name}: trust {trust}, "
            f"{ending.tells} {people} hear {story}.",
            "good" if ending.stays else "bad",
            True,
        ),
        (
            "The thick line is the room's path, numbered by decision. "
            "Each ending says whether the customer stays and how many hear of it.",
            "ink",
            False,
        ),
    ]


def alternative(
    scenario: Scenario, moment: Moment, alt: Alternative
) -> list[tuple[str, str, bool]]:
    """One rejected answer: what was said instead, its trust change, where it led, why."""
    taken = moment.taken
    votes = moment.decision.votes_for(alt.place) if moment.decision else 0
    hands = f" ({votes_words(votes)})" if votes else ""
    sign = effect(scenario, alt.step)
    role = "good" if sign > 0 else "bad" if sign < 0 else "ink"
    picked = moment.decision is not None and moment.decision.override
    who = "your pick was" if picked else "the room said"
    return [
        (
            f"Decision {moment.index + 1}: {who} {moment.taken_place} "
            f"({change_words(scenario, taken)}). Answer {alt.place}{hands} would have been:",
            "accent",
            True,
        ),
        (quoted(alt.say), "ink", False),
        (
            f"{change_words(scenario, alt.step)}: {alt.step.trust_before} → {alt.step.trust_after}",
            role,
            True,
        ),  # fmt: skip
        (alt.step.feedback, "ink", False),
        (outcome_text(scenario, alt), "muted", False),
    ]


def page_blocks(
    book: FontBook,
    p: Projector,
    scenario: Scenario,
    steps: tuple[rules.Step, ...],
    current: tuple[Moment, Alternative] | None,
    width: int,
    room: int,
) -> list[TextBlock]:
    """The page's paragraphs at the largest size that fits `room`; the last one goes if need be."""
    parts = overview(scenario, steps) if current is None else alternative(scenario, *current)
    drops = [[]] + ([[4], [4, 1]] if current is not None else [[1]])
    for dropped in drops:
        kept = [part for i, part in enumerate(parts) if i not in dropped and part[0].strip()]
        for size in (p.body, p.floor):
            blocks = [
                TextBlock(
                    t,
                    size if bold else p.floor,
                    bold,
                    role,
                    height_of(book, t, size if bold else p.floor, width, bold),
                )
                for t, role, bold in kept
            ]
            if sum(b.height for b in blocks) + p.gap * (len(blocks) - 1) <= room:
                return blocks
    return blocks
