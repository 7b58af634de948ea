"""The Control loop: owns the window, the clock and a dict of scenes; never crashes in class.

`App.step(events)` runs one frame (tests call it directly, with no clock);
`App.run()` loops until quit, ticking at 60 fps while something moves and at a
low rate when nothing does, and skipping the redraw when nothing changed.
Global keys: F11 full screen, F5 reload scenarios (trainer mode), M mute.

Nothing that reads a disk runs on the frame loop: after the first frame the
scenario files are read and the records opened on worker threads
(game/play/background.py); each worker posts a WORK_DONE event when it is done
and the loop takes the result in on its own thread. `finish_loading()` waits for
them instead, so tests and screenshots stay deterministic.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import SCENARIOS_DIR
from game.play.catalog import Catalog
from game.play.recorder import Recorder
from game.play.settings import SettingsStore
from game.ui.context import Context, Request
from game.ui.display import Display
from game.ui.fonts import FontBook
from game.ui.layout import Metrics
from game.ui.offloop import CATALOG, RECORDS, WORK_DONE, OffLoop
from game.ui.scenes import SCENES, scene_class
from game.ui.scenes.base import Scene
from game.ui.scenes.handoff import Crash, Handoff, OpenWorkshop
from game.ui.sound import Sound
from game.ui.trainer import draw_trainer_chip
from game.ui.widgets.enlarge import draw_enlarge
from game.ui.widgets.text import Painter

if TYPE_CHECKING:
    from game.engine.rules import State

# The loop reads input 60 times a second even when idle, so a key shows within one
# frame (tools/bench.py: p95 under 20 ms); frames where nothing changed are not drawn,
# which keeps an idle screen under 1% of a core. 12 fps idle saved 0.4% of a core
# and cost up to 83 ms before a key was read.
BUSY_FPS, IDLE_FPS = 60, 60
WARM_SECONDS = 0.3  # keep the full rate this long after any input
RESIZE_EVENTS = (pygame.WINDOWSIZECHANGED, pygame.VIDEORESIZE, pygame.WINDOWRESIZED)


class App:
    """The game: one window, one Context, the scenes by name, and the frame loop."""

    def __init__(
        self,
        scenarios: list[Path | str] | None = None,
        size: tuple[int, int] | None = None,
        play_file: str | None = None,
        start_state: State | None = None,
        workshop: bool = False,
        display: int | None = None,
        data_dir: Path | None = None,
        scenes: dict[str, type[Scene]] | None = None,
        seed: int | None = None,
        trainer: bool = False,
    ) -> None:
        pygame.display.init()
        pygame.font.init()
        store = SettingsStore(data_dir)
        settings = store.load()
        self.display = Display()
        surface = self.display.open(size or settings.window, fit=size is None)
        paths = [play_file] if play_file else (scenarios or [SCENARIOS_DIR])
        catalog = Catalog(paths)
        sound = Sound(enabled=settings.sound)  # the mixer opens after the first frame
        w, h = surface.get_size()
        self.ctx = Context(
            settings,
            store,
            FontBook(),
            sound,
            catalog,
            Metrics(w, h, settings.text_scale),
            workshop=workshop,
            records=Recorder(data_dir),
            seed=seed,
            trainer=trainer or settings.trainer,
        )
        self.work = OffLoop(self)  # what is read off the frame loop, and the live preview
        self.registry: dict[str, str | type[Scene]] = {**SCENES, **(scenes or {})}
        self.scenes: dict[str, Scene] = {}
        self.running = True
        self.dirty = True
        self.crashes = 0
        self.reraise = False  # tests set this so a scene's exception fails them (see the pilot)
        self._last_input = 0.0
        self.workshop_display = display  # the room's monitor in workshop mode (None: choose)
        self.trainer_chip: pygame.Rect | None = None  # where "Trainer mode" was last drawn
        self._start(play_file, start_state, store.notice, workshop)

    def _start(
        self, play_file: str | None, start: State | None, notice: str, workshop: bool
    ) -> None:
        self.ctx.notify(notice, long=True)
        self.scene = self.scene_named("title")
        if play_file:
            self.work.open_when_read(start)
        if workshop:
            self.switch("workshop", OpenWorkshop(self.workshop_display))
        else:
            self.switch("title")
        if self.ctx.settings.fullscreen:
            self.set_fullscreen(True)

    # --- the frame ----------------------------------------------------------
    @property
    def metrics(self) -> Metrics:
        return self.ctx.metrics

    @property
    def animating(self) -> bool:
        return self.scene.animating or self.ctx.toasts.active

    def step(self, events: list[pygame.event.Event] | None = None, dt: float = 1 / 60) -> bool:
        """One frame: handle `events` (or the queue), update, draw if needed; True if drawn."""
        if events is None:
            events = pygame.event.get()
        for event in events:
            self._dispatch(event)
            if not self.running:
                return False
        self._guard("update", self.scene.update, dt)
        self._follow()
        self.work.preview.track(self.ctx, self.scene.name)
        toasts_moved = self.ctx.toasts.update(dt)
        if not (self.dirty or self.scene.dirty or self.scene.animating or toasts_moved):
            self._warm_up()
            return False
        self.draw()
        return True

    def _warm_up(self) -> None:
        """Once the first frame is up and nothing is happening: start reading the files and
        the records on their threads, open the mixer, start the LRS sender."""
        ctx = self.ctx
        if not ctx.catalog.loaded and not ctx.catalog.loading:
            self.work.begin(CATALOG)
        elif not ctx.sound.started:
            ctx.sound.start()
            ctx.notify(ctx.sound.notice, long=True)
        elif not ctx.records.opened and not ctx.records.opening:
            self.work.begin(RECORDS)
        elif ctx.lrs is None:
            self._start_sender()

    def finish_loading(self, timeout: float | None = None) -> None:
        """Wait for the files, the records and a pending live preview, and take them in (tests)."""
        self.work.finish(timeout)

    def reload(self) -> None:
        """F5 (see OffLoop.reload): trainers read the files again; learners' scenes just hear it."""
        self.work.reload()

    def _start_sender(self) -> None:
        """The LRS sender's own thread (httpx loads only now): it never runs on the frame loop."""
        from game.play.lrs_config import load_config
        from game.play.lrs_sender import LrsSender

        folder = self.ctx.store.folder
        self.ctx.lrs = LrsSender(self.ctx.records.data_dir, config=lambda: load_config(folder))
        self.ctx.lrs.start()

    def draw(self) -> None:
        """Draw the scene (or the 'please enlarge' card) and the notices, then flip."""
        surface = self.display.surface or self.display.refresh()
        if self.metrics.too_small:
            draw_enlarge(surface, self.ctx, self.metrics)
        else:
            self._guard("draw", self.scene.draw, surface)
        self.trainer_chip = None  # under the notices, which stay readable
        if self.ctx.trainer and not self.metrics.too_small and not self.projected:
            chip = draw_trainer_chip(Painter(surface, self.ctx.fonts), self.ctx.theme, self.metrics)
            self.trainer_chip = chip
        if self.ctx.toasts.active and not self.metrics.too_small:
            own = getattr(self.scene, "draw_notices", None)  # the projector sizes its own
            if own is not None:
                own(surface)
            else:
                self.ctx.toasts.draw(Painter(surface, self.ctx.fonts), self.ctx.theme, self.metrics)
        self.display.flip()
        self.dirty = self.scene.dirty = False

    @property
    def projected(self) -> bool:
        """The scene is on the room's projector (it draws its own notices): no trainer chip."""
        return getattr(self.scene, "draw_notices", None) is not None

    def run(self) -> int:
        """Loop until the player quits (or SIGTERM ends the game); return the exit code."""
        with self._ends_on_terminate():
            return self._loop()

    @contextmanager
    def _ends_on_terminate(self) -> Iterator[None]:
        """While running, SIGTERM (logout, shutdown, a kiosk's supervisor) ends the game at once.

        SDL turns SIGTERM into a window-close event, which mid-round asks
        "Leave this round?" and waits. Ours stops the loop after the current
        frame instead; close() then saves the settings and records what it can.
        """
        if threading.current_thread() is not threading.main_thread():
            yield  # only the main thread may handle signals
            return
        previous = signal.signal(signal.SIGTERM, self.terminate)
        try:
            yield
        finally:
            signal.signal(signal.SIGTERM, previous)

    def terminate(self, signum: int = signal.SIGTERM, frame: object = None) -> None:
        """End the game without asking: the loop stops before the next frame."""
        self.running = False

    def _loop(self) -> int:
        """Read events every frame, so a key shows at once; but an idle screen (nothing
        moving, no recent input) is updated only when its next change is due, which
        keeps an idle game's CPU low."""
        clock = pygame.time.Clock()
        since, busy = 0.0, True  # seconds since the last step
        while self.running:
            events = pygame.event.get()
            if events:
                self._last_input = time.monotonic()
            if events or busy or since >= self.scene.next_change_in():
                self.step(events, since)
                since = 0.0
            warm = time.monotonic() - self._last_input < WARM_SECONDS
            busy = self.animating or warm
            since += clock.tick(BUSY_FPS if busy else IDLE_FPS) / 1000
        return 0

    # --- events -------------------------------------------------------------
    def _dispatch(self, event: pygame.event.Event) -> None:
        if event.type == WORK_DONE:
            if getattr(event, "app", None) == id(self):
                self.work.done(event.job)
            return
        if event.type == pygame.QUIT:
            if self._guard("quit", self.scene.request_quit) is not False:
                self.running = False
            self.dirty = True
            return
        if event.type in RESIZE_EVENTS:
            self.resized()
            return
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.ctx.toasts.acted()  # the next action makes a short notice stale
        if event.type == pygame.KEYDOWN and self._global_key(event):
            self.dirty = True
            return
        if event.type != pygame.MOUSEMOTION:
            self.dirty = True
        if self.metrics.too_small and event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            return
        self._guard("handle_event", self.scene.handle_event, event)
        self._follow()

    def _global_key(self, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_F11:
            self.set_fullscreen(not self.display.fullscreen)
        elif event.key == pygame.K_F5:
            self.reload()
        elif event.key == pygame.K_m and not self.scene.wants_text:
            self.toggle_sound()
        else:
            return False
        return True

    def _request(self, request: Request) -> None:
        if request is Request.TOGGLE_SOUND:
            self.toggle_sound()
        elif request is Request.TOGGLE_FULLSCREEN:
            self.set_fullscreen(not self.display.fullscreen)
        elif request in (Request.FULLSCREEN_FOR_NOW, Request.WINDOWED_FOR_NOW):
            self.set_fullscreen(request is Request.FULLSCREEN_FOR_NOW, remember=False)
        elif request is Request.RESTYLE:
            self.ctx.fonts.clear()
            self.resized()

    def toggle_sound(self) -> None:
        on = self.ctx.sound.toggle()
        self.ctx.settings.sound = on
        self.ctx.save_settings()
        self.ctx.notify("Sound on (M to mute)" if on else "Sound muted (M to turn it back on)")

    def set_fullscreen(self, on: bool, remember: bool = True) -> None:
        """Full screen on or off; `remember` keeps the choice for the next start."""
        problem = self.display.set_fullscreen(on)
        if problem:
            self.ctx.notify(problem)
        elif remember:
            self.ctx.settings.fullscreen = on
            self.ctx.save_settings()
        self.resized()

    def resized(self) -> None:
        """Re-read the window size and lay the current scene out again."""
        surface = self.display.refresh()
        w, h = surface.get_size()
        self.ctx.metrics = Metrics(w, h, self.ctx.settings.text_scale)
        if not self.display.fullscreen:
            self.ctx.settings.window = (w, h)
        self._guard("arrange", self.scene.arrange, self.ctx.metrics)
        self.dirty = True

    def resize(self, size: tuple[int, int]) -> None:
        """Resize the window from code, as a player dragging its corner would."""
        self.display.resize(size)
        self.resized()

    # --- scenes -------------------------------------------------------------
    def switch(self, name: str, handoff: Handoff | None = None) -> None:
        """Make scene `name` current: startup with what the last scene handed on, then lay out."""
        if name == "quit":
            self.running = False
            return
        previous = self.scene.name
        self.scene = self.scene_named(name if name in self.registry else "title")
        self.scene.next = None
        self._guard("startup", self.scene.startup, previous, handoff)
        self._guard("arrange", self.scene.arrange, self.ctx.metrics)
        self.scene.dirty = self.dirty = True

    def scene_named(self, name: str) -> Scene:
        """The scene called `name`, made (and its module imported) the first time."""
        scene = self.scenes.get(name)
        if scene is None:
            scene = self.scenes[name] = scene_class(self.registry[name])(self.ctx)
        return scene

    def _follow(self) -> None:
        while self.ctx.requests:
            self._request(self.ctx.requests.pop(0))
        for _ in range(8):  # a scene may hand on straight away; never loop for ever
            target = self.scene.next
            if target is None:
                return
            handoff = self.scene.handoff
            self.scene.next, self.scene.handoff = None, None
            self.switch(target, handoff)

    def _guard(self, what: str, call, *args: object, **kwargs: object) -> object:
        """Run a scene call; on an unexpected exception log it and show the error panel.

        With `reraise` set (as the test pilot does) the exception then propagates, so a
        test fails where a player would have seen the error panel.
        """
        try:
            return call(*args, **kwargs)
        except Exception as problem:  # noqa: BLE001 - the room must never see a crash
            self._crashed(what, problem)
            if self.reraise:
                raise
            return None

    def _crashed(self, what: str, problem: Exception) -> None:
        self.crashes += 1
        print(f"make-it-right: {what} in scene '{self.scene.name}' failed:", file=sys.stderr)
        traceback.print_exception(problem, file=sys.stderr)
        if self.scene.name == "error" or self.crashes > 20:
            self.scene = self.scene_named("title")
            return
        self.switch("error", Crash(f"{type(problem).__name__}: {problem}", self.scene.name))

    def close(self) -> None:
        """Save settings, stop sound and close the window."""
        self.work.preview.stop()
        self.ctx.save_settings()
        self.ctx.sound.stop()
        if self.ctx.lrs is not None:
            self.ctx.lrs.stop()  # a send in flight is simply sent again next time
        self.ctx.records.close()
        pygame.display.quit()


def run_game(
    scenarios_dir: str | Path | None = None,
    workshop: bool = False,
    play_file: str | Path | None = None,
    start_state: State | None = None,
    display: int | None = None,
    data_dir: str | Path | None = None,
    trainer: bool = False,
) -> int:
    """Open the game window and play until the player quits; return the exit code."""
    os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")
    try:
        app = App(
            scenarios=[scenarios_dir] if scenarios_dir else None,
            play_file=str(play_file) if play_file else None,
            start_state=start_state,
            workshop=workshop,
            display=display,
            data_dir=Path(data_dir) if data_dir else None,
            trainer=trainer,
        )
    except pygame.error as problem:
        print(f"make-it-right: cannot open the game window: {problem}", file=sys.stderr)
        return 2
    try:
        return app.run()
    except KeyboardInterrupt:
        return 0
    finally:
        app.close()
