"""What the App reads off its frame loop: the scenario files, the records, the live preview.

Each is read on a worker thread; when done, the worker posts WORK_DONE (with
the job's name and the App's id) and the frame loop takes the result in on
its own thread, so the catalog, the records store and the round in play only
ever change there. `finish()` waits instead, for tests and screenshots.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.names import PRACTICE
from game.ui.preview import LivePreview
from game.ui.scenes.handoff import OpenEntry

if TYPE_CHECKING:
    from game.engine.rules import State
    from game.io.loader import LoadResult
    from game.ui.app import App

WORK_DONE = pygame.event.custom_type()  # a worker thread finished: event.job says which
CATALOG, RECORDS, PREVIEW = "catalog", "records", "preview"


class OffLoop:
    """Starts the App's workers and takes in what they finish, on the frame loop's thread."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.preview = LivePreview(self.announcer(PREVIEW))  # trainer mode: a save replays
        self._reloading = False  # an F5 reload is being read (its notice follows)
        self._opening: tuple[State | None] | None = None  # play_file: open it once read

    def begin(self, job: str) -> bool:
        """Start reading the scenario files or opening the records on a worker thread."""
        ctx = self.app.ctx
        if job == CATALOG:
            return ctx.catalog.begin_loading(self.announcer(job))
        return ctx.records.begin_opening(self.announcer(job))

    def announcer(self, job: str) -> Callable[[], None]:
        """What a worker calls when done: post WORK_DONE, which wakes the frame loop."""
        me = id(self.app)

        def announce() -> None:
            with suppress(pygame.error):  # the window closed meanwhile: nobody is waiting
                pygame.event.post(pygame.event.Event(WORK_DONE, job=job, app=me))

        return announce

    def open_when_read(self, start: State | None) -> None:
        """`play --window FILE`: read the file now and open it (from `start`) once it is read."""
        self._opening = (start,)
        self.begin(CATALOG)

    def done(self, job: str, timeout: float | None = 0) -> None:
        """Take in what a worker finished (at once, or waiting up to `timeout`)."""
        app, ctx = self.app, self.app.ctx
        if job == CATALOG:
            summary = ctx.catalog.finish_loading(timeout)
            if summary is not None:
                self._catalog_arrived(summary)
        elif job == RECORDS and not ctx.records.opened and ctx.records.finish_opening(timeout):
            ctx.show_record_notices()
            app._guard("records", getattr(app.scene, "on_records", lambda: None))
        elif job == PREVIEW:
            self._preview_arrived(self.preview.take())
        app.dirty = True

    def finish(self, timeout: float | None = None) -> None:
        """Start whatever is not started yet, wait for the files and the records, take them in,
        and take in the file of a round under live preview as it is now."""
        ctx = self.app.ctx
        if not ctx.catalog.loaded and not ctx.catalog.loading:
            self.begin(CATALOG)
        if not ctx.records.opened and not ctx.records.opening:
            self.begin(RECORDS)
        self.done(CATALOG, timeout)
        self.done(RECORDS, timeout)
        self._preview_arrived(self.preview.check_now())

    def reload(self) -> None:
        """F5: in trainer mode, read every scenario file again (last good versions kept);
        for learners only the scene hears it (a clicker's Start button sends F5)."""
        app, ctx = self.app, self.app.ctx
        if not ctx.trainer:
            app._guard("reload", app.scene.on_reload)
        elif self.begin(CATALOG):
            self._reloading = True
            ctx.notify("Reading the scenario files…")
        elif ctx.catalog.loading:
            self._reloading = True  # the load under way says what it found

    def _catalog_arrived(self, summary: str) -> None:
        """The files are read: open the file asked for, say what F5 found, refresh the scene."""
        app = self.app
        if app.ctx.catalog.failure:
            self._reloading = False
            app.ctx.notify(app.ctx.catalog.failure, long=True)
        if self._reloading:
            self._reloading = False
            self._say_reloaded(summary)
        if self._opening is not None:
            (start,), self._opening = self._opening, None
            self._open_play_file(start)
        app._guard("reload", app.scene.on_reload)

    def _say_reloaded(self, summary: str) -> None:
        ctx = self.app.ctx
        stale = [e for e in ctx.catalog.entries if e.stale]
        if stale:
            names = ", ".join(Path(e.path).name for e in stale)
            summary += f". {names}: errors; the last good version stays in play (see Scenarios)"
        ctx.notify("Reloaded: " + summary, long=bool(stale))

    def _open_play_file(self, start: State | None) -> None:
        """Into the round if the file is playable, else to its problems."""
        app = self.app
        entries = app.ctx.catalog.entries
        entry = entries[0] if entries else None
        if entry is not None and entry.scenario is not None:
            app.ctx.begin(entry.scenario, PRACTICE, start)
            app.switch("play")
        elif entry is not None:
            app.switch("problems", OpenEntry(entry.key))

    def _preview_arrived(self, result: LoadResult | None) -> None:
        """Trainer mode: the file of the round in play was saved; show the round on it."""
        app = self.app
        if result is None or app.scene.name != "play":
            return
        if self.preview.take_in(app.ctx, result):
            app.switch("play")  # the same node, the edited words
