"""What a finished round leaves behind: plain frozen records, built from the core's Round.

A record never points back at the Scenario: it copies what the reports need
(ids, title, file hash, the text of each choice) so that results stay readable
and honest after the scenario file is edited or removed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from game.engine.debrief import missed_per_step
from game.engine.round import Round
from game.engine.rules import Step
from game.engine.score import Assessment
from game.model.scenario import STAY, Scenario
from game.names import ASSESSMENT as ASSESSMENT  # the shared constants, re-exported
from game.names import GUEST as GUEST
from game.names import MODES as MODES
from game.names import PRACTICE as PRACTICE
from game.names import WORKSHOP as WORKSHOP
from game.names import clean_player
from game.records.room import RoomVote


@dataclass(frozen=True)
class StepRecord:
    """One decision as recorded: where, what was chosen, what it did.

    `choice` is the number the player pressed (1.. among the choices offered
    then); `missed` holds the good principles that were on another offered
    choice at that moment but not on the one taken.
    """

    number: int
    node: str
    choice: int
    say: str
    principles: tuple[str, ...]
    trust_before: int
    trust_after: int
    missed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoundRecord:
    """One finished round. `saved` is False while it is held in memory only.

    `seed` is the shuffle the answers were shown in (None: file order, or a
    round recorded before schema 3). `assessment` is the score and verdict,
    kept for Assessment rounds only (None otherwise). `taken_back` holds the
    answers undone with rewind, in the order they were undone.
    """

    uid: str
    player: str
    scenario_id: str
    scenario_hash: str
    scenario_title: str
    mode: str
    started: datetime
    finished: datetime
    outcome: str
    ending: str
    trust: int
    tells: int
    rewinds: int
    steps: tuple[StepRecord, ...]
    saved: bool = True
    seed: int | None = None
    assessment: Assessment | None = None
    taken_back: tuple[StepRecord, ...] = ()
    room: tuple[RoomVote, ...] = ()  # workshop rounds: how the room voted at each decision

    @property
    def stays(self) -> bool:
        return self.outcome == STAY

    @property
    def score(self) -> int | None:
        """The stored Assessment score (0..100), or None for a round that was not assessed."""
        return self.assessment.score if self.assessment else None

    @property
    def passed(self) -> bool | None:
        """The stored verdict, or None for a round that was not assessed."""
        return self.assessment.passed if self.assessment else None

    @property
    def seconds(self) -> int:
        """How long the round took, in whole seconds (never negative)."""
        return max(0, round((self.finished - self.started).total_seconds()))

    @property
    def title(self) -> str:
        return self.scenario_title or self.scenario_id

    def principles_used(self) -> set[str]:
        return {p for step in self.steps for p in step.principles}

    def principles_missed(self) -> set[str]:
        """Good principles offered somewhere on the path and never chosen in this round."""
        return {p for step in self.steps for p in step.missed} - self.principles_used()


def player_key(name: str) -> str:
    """Who a name stands for: 'Ana  Lima', 'ana lima' and ' ANA LIMA' are one player.

    Names are compared cleaned (control characters dropped, runs of spaces
    made one, ends trimmed) and case-folded; the report, the export filter and
    the player's History all group by this key (docs/records.md).
    """
    kept = "".join(ch for ch in name if ch.isprintable())
    return " ".join(kept.split()).casefold()


def utc(moment: datetime) -> datetime:
    """`moment` in UTC to the second; a naive datetime is taken as local time."""
    return moment.astimezone(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    """UTC ISO 8601 with a Z, e.g. 2026-11-23T17:00:00Z."""
    return utc(moment).isoformat().replace("+00:00", "Z")  # four-digit years, always


def parse_iso(text: str) -> datetime:
    """Read back what `iso` wrote (any ISO 8601 form datetime accepts)."""
    return utc(datetime.fromisoformat(text.replace("Z", "+00:00")))


def record_from_round(
    player: str,
    scenario: Scenario,
    round_: Round,
    mode: str,
    started: datetime,
    finished: datetime | None = None,
    uid: str | None = None,
    assessment: Assessment | None = None,
    room: tuple[RoomVote, ...] = (),
) -> RoundRecord:
    """The record of a finished round; ValueError for an unfinished round or unknown mode.

    The seed and the answers taken back come from the round; `assessment` is
    kept as given (the store passes one for Assessment rounds).
    """
    ending = round_.ending
    if ending is None:
        raise ValueError("only finished rounds are recorded")
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    return RoundRecord(
        uid=uid or str(uuid.uuid4()),
        player=clean_player(player),
        scenario_id=scenario.id,
        scenario_hash=scenario.source_hash,
        scenario_title=scenario.title,
        mode=mode,
        started=utc(started),
        finished=utc(finished or datetime.now(UTC)),
        outcome=ending.outcome,
        ending=ending.id,
        trust=round_.trust,
        tells=ending.tells,
        rewinds=round_.rewinds,
        steps=step_records(scenario, round_.steps),
        saved=False,
        seed=round_.seed,
        assessment=assessment,
        taken_back=taken_back_records(round_.taken_back),
        room=room,
    )


def step_records(scenario: Scenario, steps: tuple[Step, ...]) -> tuple[StepRecord, ...]:
    records = []
    missed_steps = missed_per_step(scenario, steps)
    for position, (step, missed) in enumerate(zip(steps, missed_steps, strict=True), start=1):
        records.append(
            StepRecord(
                position,
                step.node,
                step.number,
                step.say,
                tuple(step.principles),
                step.trust_before,
                step.trust_after,
                missed,
            )  # fmt: skip
        )
    return tuple(records)


def taken_back_records(steps: list[Step]) -> tuple[StepRecord, ...]:
    """The answers undone with rewind, numbered in the order they were undone."""
    return tuple(
        StepRecord(
            position, s.node, s.number, s.say, tuple(s.principles), s.trust_before, s.trust_after
        )  # fmt: skip
        for position, s in enumerate(steps, start=1)
    )
