"""What every scene shares: settings, fonts, sound, the catalog and the round in play."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from game.play.catalog import Catalog
from game.play.recorder import Recorder
from game.play.settings import Settings, SettingsStore
from game.ui.fonts import FontBook
from game.ui.layout import Metrics
from game.ui.sound import Sound
from game.ui.theme import Theme, theme_named
from game.ui.toasts import Toasts
from game.ui.trainer import without_folders

if TYPE_CHECKING:
    from game.engine.rules import State
    from game.model.scenario import Scenario
    from game.play.lrs_sender import LrsSender
    from game.play.session import PlaySession, Services


class Request(Enum):
    """What a scene may ask of the App, which owns the window, the fonts and the sound."""

    RESTYLE = "restyle"  # fonts or theme changed: measure and lay out again
    TOGGLE_SOUND = "toggle-sound"
    TOGGLE_FULLSCREEN = "toggle-fullscreen"  # and remember it in the settings
    FULLSCREEN_FOR_NOW = "fullscreen-for-now"  # workshop: for this session only
    WINDOWED_FOR_NOW = "windowed-for-now"


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
    session: PlaySession | None = None
    selected: str = ""  # the scenario key the select screen last opened
    workshop: bool = False
    requests: list[Request] = field(default_factory=list)  # asks to the App
    records: Recorder = field(default_factory=Recorder)  # the App's one records store
    seed: int | None = None  # every round's shuffle seed, when fixed (screenshots, demos)
    lrs: LrsSender | None = None  # sends rounds to an LRS; the App starts it after the first frame
    trainer: bool = False  # F5, reload notices and file paths are shown (never to learners)

    @property
    def theme(self) -> Theme:
        return theme_named(self.settings.theme)

    def notify(self, text: str, long: bool = False) -> None:
        """Show a short notice over the current screen (and keep it for tests)."""
        if text:
            self.toasts.add(self.shown(text), long)

    def shown(self, text: str) -> str:
        """`text` as this audience may see it: where files live only in trainer mode."""
        return text if self.trainer else without_folders(text, self.folders)

    @property
    def folders(self) -> list[Path]:
        """Every place on disk the game reads or writes: scenarios, settings, records."""
        return [*self.catalog.paths, self.store.folder, self.records.folder]

    def ask(self, request: Request) -> None:
        """Ask the App for something only it can do (full screen, re-layout, mute)."""
        self.requests.append(request)

    def save_settings(self) -> None:
        for text in self.services.save_settings():
            self.notify(text)

    @property
    def services(self) -> Services:
        """What a play session needs from the App: the settings and the records."""
        from game.play.session import Services

        return Services(self.settings, self.store, self.records, self.seed)

    def begin(
        self, scenario: Scenario, mode: str, start: State | None = None, player: str | None = None
    ) -> PlaySession:
        """Start a round of `scenario` in `mode` and make it the one in play."""
        from game.play.session import begin

        self.session = begin(self.services, scenario, mode, start, player)
        return self.session

    def restart(self) -> PlaySession | None:
        """A fresh round of the session in play (same scenario, mode and start)."""
        if self.session is not None:
            self.session = self.session.restart()
        return self.session

    def end_round(self) -> None:
        """No round in play any more (the player left it, or went elsewhere)."""
        self.session = None

    def show_notices(self, session: PlaySession | None = None) -> None:
        """Show what a session and the records have to say, each once, as long notices."""
        if session is not None:
            texts, session.notices = session.notices, []
            for text in texts:
                self.notify(text, long=True)
        self.show_record_notices()

    def show_record_notices(self) -> None:
        """Show each new problem with the records once, as a long notice."""
        for text in self.records.notices():
            self.notify(text, long=True)
