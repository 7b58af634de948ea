"""A play session: one round of one scenario in one mode, from its first answer to its record.

Every front end plays through this, so the rules live in one place: a round
starts with a fresh shuffle seed; answers are given by their place on screen;
when a round reaches its ending the scenario is marked completed for the
player, the settings are saved and the round is recorded exactly once (a
rewind after the ending and a finish along a new path is a new round). What
went wrong on the way (settings not saved, records kept in memory) comes back
as notices for the front end to show; nothing here raises for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from game.engine import rules
from game.engine.order import new_seed
from game.engine.round import Round
from game.model.scenario import Scenario
from game.names import ASSESSMENT, PRACTICE, WORKSHOP  # noqa: F401 - front ends use these
from game.play.recorder import Recorder
from game.play.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from game.records.room import RoomVote

SETTINGS_NOT_SAVED = "Settings could not be saved; they will last until you quit."


@dataclass
class Services:
    """What a session needs from the application: the player's settings and the records."""

    settings: Settings
    store: SettingsStore
    records: Recorder
    seed: int | None = None  # a fixed shuffle seed for every round (None: a fresh one each)

    def save_settings(self) -> list[str]:
        """Save the settings; a notice (never an exception) when they could not be written."""
        return [] if self.store.save(self.settings) else [SETTINGS_NOT_SAVED]


@dataclass
class PlaySession:
    """The round in play: which scenario, in which mode, from which state, for whom."""

    scenario: Scenario
    mode: str
    round: Round
    services: Services
    start_state: rules.State | None = None
    player: str | None = None  # None: the settings' current player
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    notices: list[str] = field(default_factory=list)  # for the front end to show, then clear
    room: tuple[RoomVote, ...] = ()  # a workshop round: how the room voted, recorded with it

    @property
    def practice(self) -> bool:
        return self.mode == PRACTICE

    @property
    def finished(self) -> bool:
        return self.round.finished

    def choose(self, place: int) -> list[rules.Event]:
        """Answer with the choice at `place` on screen; raises rules.NotOffered otherwise."""
        events = self.round.choose_shown(place)
        if self.round.finished:
            self.finish()
        return events

    def choose_listed(self, number: int) -> list[rules.Event]:
        """Answer with file-order choice `number` (a what-if replay names answers that way)."""
        events = self.round.choose(number)
        if self.round.finished:
            self.finish()
        return events

    def rewind(self) -> rules.Step | None:
        """Take the last answer back (Practice only); the Step taken back, or None."""
        if not self.practice or not self.round.can_rewind:
            return None
        self.round.rewind()
        return self.round.taken_back[-1]

    def restart(self) -> PlaySession:
        """A fresh round of the same scenario, mode and starting point, with a new seed."""
        return begin(self.services, self.scenario, self.mode, self.start_state, self.player)

    def record(self) -> bool:
        """Record the round if it just finished a new way; True if recorded now."""
        who = self.player or self.services.settings.player_name
        done = self.services.records.record(
            who, self.round, self.mode, self.started, self.start_state, self.room
        )
        self.notices += self.services.records.notices()
        return done

    def finish(self) -> None:
        """The round reached its ending: mark it completed for the player (not for a room),
        save the settings and record the round (once)."""
        if not self.round.finished:
            return
        if self.mode != WORKSHOP:
            self.services.settings.mark_completed(self.scenario.id)
            self.notices += self.services.save_settings()
        self.record()


def begin(
    services: Services,
    scenario: Scenario,
    mode: str,
    start: rules.State | None = None,
    player: str | None = None,
    seed: int | None = None,
) -> PlaySession:
    """Start a round of `scenario` in `mode` (from `start`, or the top) with a shuffle seed."""
    seed = seed if seed is not None else services.seed
    round_ = Round(scenario, start, seed=seed if seed is not None else new_seed())
    return PlaySession(scenario, mode, round_, services, start, player)
