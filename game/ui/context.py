"""What every scene shares: settings, fonts, sound, the catalog and the round in play."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from game.names import ASSESSMENT as ASSESSMENT  # re-exported for the scenes
from game.names import PRACTICE
from game.ui.catalog import Catalog
from game.ui.fonts import FontBook
from game.ui.layout import Metrics
from game.ui.recorder import Recorder
from game.ui.settings import Settings, SettingsStore
from game.ui.sound import Sound
from game.ui.theme import Theme, theme_named
from game.ui.toasts import Toasts

if TYPE_CHECKING:
    from game.engine.round import Round
    from game.engine.rules import State
    from game.model.scenario import Scenario


@dataclass
class Session:
    """The round being played: which scenario, in which mode, from which state."""

    scenario: Scenario
    mode: str
    round: Round
    start_state: State | None = None
    started: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def practice(self) -> bool:
        return self.mode == PRACTICE

    def restart(self) -> Session:
        """A fresh round of the same scenario and mode."""
        from game.engine.order import new_seed
        from game.engine.round import Round

        fresh = Round(self.scenario, self.start_state, seed=new_seed())
        return Session(self.scenario, self.mode, fresh, self.start_state)


@dataclass
class Context:
    """Owned by the App and handed to every scene; nothing here is global."""

    settings: Settings
    store: SettingsStore
    fonts: FontBook
    sound: Sound
    catalog: Catalog
    metrics: Metrics
    toasts: Toasts = field(default_factory=Toasts)
    session: Session | None = None
    selected: str = ""  # the scenario key the select screen last opened
    workshop: bool = False
    requests: list[str] = field(default_factory=list)  # asks to the App: "toggle-sound", ...
    records: Recorder = field(default_factory=Recorder)  # the App's one records store

    @property
    def theme(self) -> Theme:
        return theme_named(self.settings.theme)

    def notify(self, text: str, long: bool = False) -> None:
        """Show a short notice over the current screen (and keep it for tests)."""
        if text:
            self.toasts.add(text, long)

    def ask(self, request: str) -> None:
        """Ask the App for something only it can do (full screen, re-layout, mute)."""
        self.requests.append(request)

    def save_settings(self) -> None:
        if not self.store.save(self.settings):
            self.notify("Settings could not be saved; they will last until you quit.")

    def begin(self, scenario: Scenario, mode: str, start: State | None = None) -> Session:
        """Start a round of `scenario` in `mode` and make it the one in play."""
        from game.engine.order import new_seed
        from game.engine.round import Round

        self.session = Session(scenario, mode, Round(scenario, start, seed=new_seed()), start)
        return self.session

    def record_finished(
        self, round_: Round, mode: str, started: datetime | None = None, player: str | None = None
    ) -> bool:
        """Any scene: keep a round that just reached its ending, once; True if recorded now."""
        # `started` defaults to the session's when `round_` is the one in play, else now.
        session = self.session if self.session and self.session.round is round_ else None
        when = started or (session.started if session else datetime.now(UTC))
        start = session.start_state if session else None
        done = self.records.record(player or self.settings.player_name, round_, mode, when, start)
        self.show_record_notices()
        return done

    def show_record_notices(self) -> None:
        """Show each new problem with the records once, as a long notice."""
        for text in self.records.notices():
            self.notify(text, long=True)
