"""The trust meter: fill, hatched walk-out zone, a labelled marker and rising +/− popups.

Colour is never the only signal: the mood is written out, the number is shown,
the walk-out zone is striped, and every change is printed with its sign and an arrow.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.layout import Metrics
from game.ui.theme import Colour, Theme, mix
from game.ui.widgets.customer import MOOD_NAMES, mood_for
from game.ui.widgets.panel import hatch
from game.ui.widgets.text import Painter

POPUP_SECONDS = 1.6
TWEEN_SECONDS = 0.7  # the fill glides to a new value over this long, easing out
RISE_SECONDS = 0.6  # a popup rises over this long


@dataclass
class Popup:
    delta: int
    age: float = 0.0


class MeterAnimation:
    """The trust value as shown (gliding toward the real one) and the change popups.

    A change eases out over TWEEN_SECONDS from wherever the fill is; with
    `motion` off (the reduce-motion setting) the fill jumps and popups stand still.
    """

    def __init__(self, trust: int = 50) -> None:
        self.shown = float(trust)
        self.target = trust
        self.start = float(trust)
        self.age = TWEEN_SECONDS
        self.popups: list[Popup] = []
        self.motion = True

    def jump(self, trust: int) -> None:
        self.shown, self.start, self.target, self.popups = float(trust), float(trust), trust, []
        self.age = TWEEN_SECONDS

    def change(self, trust: int, delta: int) -> None:
        self.start, self.target, self.age = self.shown, trust, 0.0
        if not self.motion or trust == self.shown:
            self.shown, self.age = float(trust), TWEEN_SECONDS
        if delta:
            self.popups.append(Popup(delta))

    def update(self, dt: float) -> None:
        self.age = min(TWEEN_SECONDS, self.age + dt)
        t = self.age / TWEEN_SECONDS if self.motion else 1.0
        eased = 1 - (1 - t) ** 3
        self.shown = self.start + (self.target - self.start) * eased
        for popup in self.popups:
            popup.age += dt
        self.popups = [p for p in self.popups if p.age < POPUP_SECONDS]

    def rise(self, popup: Popup) -> float:
        """How far up a popup has risen, 0 to 1 (already up when motion is off)."""
        return min(1.0, popup.age / RISE_SECONDS) if self.motion else 1.0

    @property
    def gliding(self) -> bool:
        """True while the fill is on its way (a tween, as opposed to a popup waiting)."""
        return self.age < TWEEN_SECONDS

    @property
    def moving(self) -> bool:
        return bool(self.popups) or self.gliding


def fill_colour(theme: Theme, trust: float, leave_at: int) -> Colour:
    if trust <= leave_at + 10:
        return theme.bad
    if trust < 45:
        return mix(theme.bad, theme.warn, 0.6)
    if trust < 65:
        return theme.warn
    return theme.good


def delta_text(delta: int) -> str:
    """'▲ +15' or '▼ −30' (a real minus sign), so the sign is never colour alone."""
    return f"▲ +{delta}" if delta > 0 else f"▼ −{abs(delta)}"


def change_text(delta: int, worth: int, after: int) -> str:
    """The change an answer made, honest at the ends of the meter: a good answer at full
    trust reads '▲ +10 · trust already full', never '± 0'."""
    if delta == worth or worth == 0:
        return delta_text(delta) if delta else "± 0"
    limit = "already full" if after >= 100 else "already at 0" if after <= 0 else ""
    if delta == 0:
        return f"{delta_text(worth)} · trust {limit}"
    return f"{delta_text(delta)} · trust {'now full' if after >= 100 else 'at 0'}"


def draw_meter(
    painter: Painter,
    rect: pygame.Rect,
    theme: Theme,
    m: Metrics,
    anim: MeterAnimation,
    leave_at: int,
    panel: pygame.Rect,
) -> None:
    """Draw the whole meter inside `rect` (about 110 design pixels tall)."""
    shown = anim.shown
    size = m.type(16)
    line_h = painter.book.line_height(size, True)
    label = pygame.Rect(rect.x, rect.y, rect.w, line_h)
    mood = MOOD_NAMES[mood_for(shown, leave_at)]
    value = f"{round(shown)} / 100"
    value_w = painter.book.width(value, size, True)
    painter.text(
        f"Trust · {mood}",
        pygame.Rect(label.x, label.y, label.w - value_w - m.px(8), line_h),
        size,
        theme.ink,
        bold=True,
        panel=panel,
    )
    painter.line(
        value, (label.right, label.y), size, theme.ink, bold=True, anchor="topright", panel=panel
    )
    bar = pygame.Rect(rect.x, label.bottom + m.px(10), rect.w, m.px(28))
    radius = m.px(6)
    pygame.draw.rect(painter.surface, theme.meter_track, bar, border_radius=radius)
    fill_w = round(bar.w * max(0.0, min(100.0, shown)) / 100)
    if fill_w > 0:
        fill = pygame.Rect(bar.x, bar.y, max(fill_w, 2 * radius), bar.h)
        pygame.draw.rect(
            painter.surface, fill_colour(theme, shown, leave_at), fill, border_radius=radius
        )
    zone = pygame.Rect(bar.x, bar.y, round(bar.w * leave_at / 100), bar.h)
    hatch_zone = pygame.Rect(bar.x + radius // 2, bar.y + 2, zone.w - radius // 2, bar.h - 4)
    hatch(painter.surface, hatch_zone, mix(theme.bad, theme.ink, 0.35), m.px(9), max(2, m.px(2)))
    pygame.draw.rect(painter.surface, theme.border, bar, width=2, border_radius=radius)
    mark_x = zone.right
    pygame.draw.line(
        painter.surface,
        theme.ink,
        (mark_x, bar.y - m.px(5)),
        (mark_x, bar.bottom + m.px(5)),
        max(2, m.px(3)),
    )
    note = f"▲ walks out at {leave_at}"
    note_size = m.type(14)
    note_w = painter.book.width(note, note_size)
    note_x = max(rect.x, min(mark_x - m.px(10), rect.right - note_w))
    painter.line(note, (note_x, bar.bottom + m.px(8)), note_size, theme.muted, panel=panel)


def draw_popups(
    painter: Painter, theme: Theme, m: Metrics, anim: MeterAnimation, area: pygame.Rect
) -> None:
    """Each recent change ('▲ +15', '▼ −30') rising from the bottom of `area`."""
    for i, popup in enumerate(reversed(anim.popups)):
        rise = anim.rise(popup)
        text = delta_text(popup.delta)
        size = m.type(24)
        ink = theme.good if popup.delta > 0 else theme.bad
        w = painter.book.width(text, size, True) + m.px(24)
        h = painter.book.line_height(size, True) + m.px(8)
        chip = pygame.Rect(0, 0, w, h)
        chip.bottomright = (
            area.right - m.px(12),
            area.bottom - m.px(12) - round(m.px(40) * rise) - i * (h + 4),
        )
        chip.clamp_ip(area)
        fill = theme.good_soft if popup.delta > 0 else theme.bad_soft
        pygame.draw.rect(painter.surface, fill, chip, border_radius=h // 2)
        pygame.draw.rect(painter.surface, ink, chip, width=2, border_radius=h // 2)
        painter.line(text, chip.center, size, ink, bold=True, anchor="center", panel=chip)
