"""The customer's portrait in motion: cross-fades between moods, a blink now and then, a breath.

A small animator a scene owns: `update(dt)` says whether the picture changed
(so the scene redraws only then), `animating` is true only during a
cross-fade, and `draw` puts the person in their mood into a rect. Blinks and
the idle breath are scheduled every few seconds and redraw only on the frames
where a pixel moves, so an idle play screen stays idle. With `motion` off
there are no tweens at all: moods switch at once, no blink, no breath.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pygame

from game.model.scenario import Look
from game.ui.widgets.customer import draw_customer, seven
from game.ui.widgets.portrait_art import PortraitArt

FADE = 0.2  # seconds of cross-fade between two moods
BLINK = 0.12  # seconds the eyes stay shut
BLINK_GAP = (4.0, 8.0)  # seconds between blinks
BREATH = 1.4  # seconds of one idle breath
BREATH_GAP = (10.0, 16.0)  # rare and shallow: each pixel it moves is a redraw
ASPECT = 400 / 480  # the portraits' width over height (tools/make_portraits_kit.py)
ZOOM_LIMIT = 1.5  # a narrow frame crops the shoulders, up to this much wider than the frame
BREATH_DEPTH = 0.01  # of the portrait's height: how far the bust sinks on a breath


def fitted(rect: pygame.Rect) -> tuple[int, int]:
    """The picture size for `rect`: the whole bust, or in a narrow frame a closer crop.

    A frame narrower than the bust would leave empty space over the head, so
    the picture grows to fill the height (up to ZOOM_LIMIT times the frame's
    width) and the clip trims the shoulders.
    """
    if rect.h * ASPECT <= rect.w:
        return (rect.w, rect.h)
    height = min(rect.h, round(rect.w * ZOOM_LIMIT / ASPECT))
    return (round(height * ASPECT), height)


@dataclass
class Portrait:
    """Draws one customer, animating between what they feel."""

    art: PortraitArt = field(default_factory=PortraitArt)
    motion: bool = True
    seed: int = 0
    _look: Look | None = None
    _mood: str | None = None
    _was: str | None = None  # the mood fading out
    _fade: float = 0.0
    _blink_in: float = 0.0
    _blink_left: float = 0.0
    _breath_in: float = 0.0
    _breath_at: float = -1.0  # seconds into the current breath; < 0 between breaths
    _height: int = 0
    _drawn_sink: int = 0
    _size: tuple[int, int] | None = None  # the picture size last drawn
    _rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._blink_in = self._rng.uniform(*BLINK_GAP)
        self._breath_in = self._rng.uniform(*BREATH_GAP)

    @property
    def animating(self) -> bool:
        """True while a cross-fade runs: the loop then draws every frame."""
        return self.motion and self._fade > 0

    @property
    def blinking(self) -> bool:
        return self._blink_left > 0

    def update(self, dt: float) -> bool:
        """Advance the clocks; True when the picture on screen would change."""
        if not self.motion:
            return False
        changed = self._fade > 0
        self._fade = max(0.0, self._fade - dt)
        if not changed and not self.blinking:
            self._warm()
        return self._blink(dt) | self._breathe(dt) | changed

    def _warm(self) -> None:
        """Render the shut-eyed picture on a quiet frame, before the first blink needs it."""
        if self._look is not None and self._mood is not None and self._size is not None:
            self.art.picture(self._look, self._mood, self._size, blink=True)

    def _blink(self, dt: float) -> bool:
        if self._blink_left > 0:
            self._blink_left -= dt
            return self._blink_left <= 0
        self._blink_in -= dt
        if self._blink_in > 0 or self._fade > 0:
            return False
        self._blink_left, self._blink_in = BLINK, self._rng.uniform(*BLINK_GAP)
        return True

    def _breathe(self, dt: float) -> bool:
        if self._breath_at < 0:
            self._breath_in -= dt
            if self._breath_in > 0:
                return False
            self._breath_at = 0.0
        self._breath_at += dt
        if self._breath_at >= BREATH:
            self._breath_at, self._breath_in = -1.0, self._rng.uniform(*BREATH_GAP)
        return self.sink(self._height) != self._drawn_sink

    def next_change_in(self) -> float | None:
        """Seconds until the next blink or breath starts (0 while one runs); None with no motion.

        A loop that sleeps until an event arrives can wait this long at most,
        so blinks still happen on an idle screen.
        """
        if not self.motion:
            return None
        if self._fade > 0 or self._blink_left > 0 or self._breath_at >= 0:
            return 0.0
        return max(0.0, min(self._blink_in, self._breath_in))

    def sink(self, height: int) -> int:
        """How many pixels the bust sits lower now, for a portrait `height` tall."""
        if not self.motion or self._breath_at < 0:
            return 0
        phase = min(1.0, self._breath_at / BREATH)
        return round(height * BREATH_DEPTH * (1 - (2 * phase - 1) ** 2))

    def draw(self, surface: pygame.Surface, rect: pygame.Rect, look: Look, mood: str) -> None:
        """`look` feeling `mood` inside `rect`; the shape-drawn bust if there is no art."""
        mood = seven(mood)
        self._follow(look, mood)
        size = fitted(rect)
        picture = self.art.picture(look, mood, size, blink=self.blinking)
        if picture is None:
            draw_customer(surface, rect, look, mood)
            return
        self._height, self._drawn_sink, self._size = rect.h, self.sink(rect.h), size
        where = picture.get_rect(midbottom=(rect.centerx, rect.bottom + self._drawn_sink))
        before = self.art.picture(look, self._was, size) if self._was and self._fade > 0 else None
        clip = surface.get_clip()
        surface.set_clip(rect.clip(clip))
        if before is not None:
            surface.blit(before, before.get_rect(midbottom=where.midbottom))
            picture.set_alpha(round(255 * (1 - self._fade / FADE)))
        surface.blit(picture, where)
        picture.set_alpha(255)
        surface.set_clip(clip)

    def _follow(self, look: Look, mood: str) -> None:
        """A new mood starts a cross-fade; a new person (or no motion) just switches."""
        if look != self._look:
            self._look, self._mood, self._was, self._fade = look, mood, None, 0.0
        elif mood != self._mood:
            self._was, self._mood = self._mood, mood
            self._fade = FADE if self.motion else 0.0
