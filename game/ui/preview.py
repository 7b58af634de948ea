"""Live preview (trainer mode): the file of the round in play is watched; a save replays it.

The watch and the loading run off the frame loop (game/play/watch.py); the
replay is the application layer's (game/play/preview.py). This module only
decides which file to watch and says what happened, as notices.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from game.play.preview import replay
from game.play.watch import FileWatch

if TYPE_CHECKING:
    from game.io.loader import LoadResult
    from game.ui.context import Context


class LivePreview:
    """Watches the scenario file of the round on the play screen, in trainer mode only."""

    def __init__(self, announce: Callable[[], None]) -> None:
        self._announce = announce
        self.watch: FileWatch | None = None
        self._bad = ""  # the text of the last invalid version reported (said once)

    @property
    def path(self) -> str:
        return str(self.watch.path) if self.watch is not None else ""

    def track(self, ctx: Context, scene: str) -> None:
        """Watch the file of the round in play (or nothing); cheap, called every frame."""
        session = ctx.session
        wanted = ""
        if ctx.trainer and scene == "play" and session is not None and not session.finished:
            wanted = session.scenario.path
        if wanted == self.path:
            return
        self.stop()
        if wanted:
            self.watch = FileWatch(Path(wanted), self._announce).start()

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()
            self.watch = None

    def take(self) -> LoadResult | None:
        """The file as loaded by the watch after a save, if a new one is waiting."""
        return self.watch.take() if self.watch is not None else None

    def check_now(self) -> LoadResult | None:
        """Load the watched file now, on this thread (tests): as if a save had just settled."""
        return self.watch.check_now() if self.watch is not None else None

    def take_in(self, ctx: Context, result: LoadResult) -> bool:
        """Put a reloaded file in play; True if the round was replayed on it (show it again)."""
        session = ctx.session
        if session is None or result.path != session.scenario.path:
            return False
        if result.scenario is None:
            self._keep_last_good(ctx, result)
            return False
        was_bad, self._bad = bool(self._bad), ""
        ctx.catalog.update(result)  # good again, or newer: no longer stale
        name = Path(result.path).name
        if result.scenario.source_hash == session.scenario.source_hash:
            if was_bad:
                ctx.notify(f"{name} has no errors again; the round goes on unchanged")
            return False  # saved without a change
        done = replay(session, result.scenario)
        ctx.session = done.session
        if done.complete:
            ctx.notify(f"Updated from {name}: the round is where it was")
        else:
            ctx.notify(f"Updated from {name}. {done.diverged}", long=True)
        return True

    def _keep_last_good(self, ctx: Context, result: LoadResult) -> None:
        """An invalid save: keep the version in play and point at the first problem, once."""
        if result.text == self._bad:
            return
        self._bad = result.text
        ctx.catalog.update(result)  # the Problems screen shows every diagnostic
        name = Path(result.path).name
        errors = [d for d in result.diagnostics if d.is_error] or result.diagnostics
        first = errors[0] if errors else None
        where = f" {name}:{first.span.line}:{first.span.column}: {first.message}" if first else ""
        ctx.notify(f"{name} has errors; the last good version stays in play.{where}", long=True)
