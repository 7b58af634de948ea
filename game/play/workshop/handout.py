"""The room's handout as data (pure: no pygame): the path, how the room split, overrides, lesson.

The workshop debrief draws it (game/ui/workshop/handout_view.py) and saves it as
PNG and PDF; tests read this data to check that the split on paper is the split
the room voted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from game.engine import rules
from game.model.scenario import Scenario
from game.play.workshop.flow import Decision
from game.play.workshop.whatif import Moment, moments
from game.words import plural


@dataclass(frozen=True)
class Option:
    """One answer on offer at a decision, as the room saw it, with its share of the votes."""

    place: int  # the number on the room's screen
    say: str
    votes: int
    share: int  # whole per cent of all the votes at this decision
    chosen: bool

    @property
    def tally(self) -> str:
        """'6 · 43%', as on the projector."""
        return f"{self.votes} · {self.share}%"


@dataclass(frozen=True)
class Row:
    """One decision on the room's path."""

    number: int
    speaker: str
    line: str
    options: tuple[Option, ...]
    total: int
    override: bool  # the facilitator's pick, not the room's most votes
    trust_before: int
    trust_after: int

    @property
    def chosen(self) -> Option:
        return next(o for o in self.options if o.chosen)

    @property
    def who(self) -> str:
        """'The room said 2 (6 of 14 votes)' or 'Facilitator's pick: 3'."""
        if self.override:
            return f"Facilitator's pick: {self.chosen.place}"
        votes = f" ({self.chosen.votes} of {plural(self.total, 'vote')})" if self.total else ""
        return f"The room said {self.chosen.place}{votes}"


@dataclass(frozen=True)
class RoomSheet:
    """Everything the one-page room handout shows."""

    scenario_id: str
    title: str
    byline: str
    verdict: str
    stays: bool
    lesson: str
    rows: tuple[Row, ...]

    @property
    def overrides(self) -> int:
        return sum(row.override for row in self.rows)


def share(votes: int, total: int) -> int:
    """Whole per cent, 0 with no votes."""
    return round(100 * votes / total) if total else 0


def _row(scenario: Scenario, moment: Moment) -> Row:
    decision = moment.decision or Decision(moment.taken_place, ())
    total = decision.total
    said = [(moment.taken_place, moment.taken.say, True)]
    said += [(alt.place, alt.say, False) for alt in moment.rejected]
    options = tuple(
        Option(place, say, decision.votes_for(place), share(decision.votes_for(place), total), ch)
        for place, say, ch in sorted(said)
    )
    node = moment.node
    speaker = "Narrator" if node.is_narration else scenario.speaker_of(node)
    step = moment.taken
    return Row(moment.index + 1, speaker, node.say, options, total, decision.override,
               step.trust_before, step.trust_after)  # fmt: skip


def room_sheet(
    scenario: Scenario,
    start: rules.State,
    steps: tuple[rules.Step, ...],
    decisions: tuple[Decision, ...],
    seed: int | None,
    when: datetime,
) -> RoomSheet:
    """The handout of one finished room round."""
    rows = tuple(_row(scenario, m) for m in moments(scenario, start, steps, list(decisions), seed))
    ending = scenario.endings.get(steps[-1].target) if steps else None
    stays = bool(ending and ending.stays)
    name = scenario.customer.name
    verdict = f"✓ {name} stays" if stays else f"✗ {name} leaves"
    if steps:
        verdict += f" · trust {steps[0].trust_before} → {steps[-1].trust_after}"
    phones = max((d.joined for d in decisions), default=0)
    byline = f"Workshop room · {when.day} {when:%b %Y, %H:%M} · {plural(len(rows), 'decision')}"
    if phones:
        byline += f" · {plural(phones, 'phone')}"
    lesson = ending.lesson if ending and ending.lesson else scenario.debrief
    return RoomSheet(scenario.id, scenario.title, byline, verdict, stays, lesson, rows)


def handout_stem(scenario_id: str, when: datetime) -> str:
    """'missing-penne-room-20261201-174000': the file name without its extension."""
    plain = unicodedata.normalize("NFKD", scenario_id).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", plain).strip("-") or "scenario"
    return f"{slug}-room-{when:%Y%m%d-%H%M%S}"
