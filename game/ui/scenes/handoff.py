"""What one scene hands the next: small typed values instead of `**payload` dictionaries.

A scene asks to leave with `go(name, handoff)`; the App starts the next scene
with `startup(came_from, handoff)`. Each scene checks for the one kind it
expects with `isinstance`, so a wrong or missing hand-off is visible to mypy
and in review, not a silent `payload.get` default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.engine.rules import State, Step
    from game.model.scenario import Scenario
    from game.play.workshop.flow import Decision
    from game.ui.workshop.phones import PhoneLink


@dataclass(frozen=True)
class Resume:
    """Back to the play screen with the round as it is (an answer was just taken back)."""


@dataclass(frozen=True)
class OpenEntry:
    """A scenario file by its catalog key: its briefing or its problems."""

    key: str


@dataclass(frozen=True)
class Then:
    """Where the name screen goes once the player has typed their name."""

    scene: str


@dataclass(frozen=True)
class Crash:
    """An unexpected problem, shown on the error panel instead of a traceback."""

    message: str
    where: str = ""


@dataclass(frozen=True)
class OpenWorkshop:
    """Workshop set-up, with the display the room's view should use (None: the default)."""

    display: int | None = None


@dataclass(frozen=True)
class RoomStart:
    """Run `scenario` with the room, from `state` (None: the top)."""

    scenario: Scenario
    timer: int = 0
    display: int | None = None
    state: State | None = None
    phones: PhoneLink | None = None  # set-up owns it; None keeps the room's
    seed: int | None = None  # the room's shuffle, so a what-if keeps the numbers it saw
    what_if: int = 0  # play it out: this answer (as numbered on screen) is given at once


@dataclass(frozen=True)
class RoomResult:
    """A finished room round for the room's debrief: the path, the votes, the timer, the seed."""

    scenario: Scenario
    start: State
    steps: tuple[Step, ...]
    decisions: tuple[Decision, ...] = field(default=())
    timer: int = 0
    seed: int | None = None


Handoff = Resume | OpenEntry | Then | Crash | OpenWorkshop | RoomStart | RoomResult
