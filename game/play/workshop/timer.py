"""The optional decision timer: a countdown per decision that the facilitator can pause."""

from __future__ import annotations

import math
from dataclasses import dataclass

PRESETS = (0, 30, 60, 90, 120)  # seconds; 0 means no timer


@dataclass
class DecisionTimer:
    """Counts down `seconds` from `start()`; P pauses; T (`cycle`) picks the next preset."""

    seconds: int = 0
    left: float = 0.0
    running: bool = False
    paused: bool = False

    @property
    def enabled(self) -> bool:
        return self.seconds > 0

    @property
    def expired(self) -> bool:
        return self.enabled and self.running and self.left <= 0

    def start(self) -> None:
        """Begin a fresh countdown (nothing happens when the timer is off)."""
        self.left = float(self.seconds)
        self.running = self.enabled
        self.paused = False

    def stop(self) -> None:
        self.running = False
        self.paused = False

    def toggle_pause(self) -> bool:
        """Pause or resume a running countdown; True if something changed."""
        if not self.running:
            return False
        self.paused = not self.paused
        return True

    def cycle(self, restart: bool) -> int:
        """Switch to the next preset (off, 30, 60, 90, 120 s); restart the countdown if asked."""
        index = PRESETS.index(self.seconds) if self.seconds in PRESETS else 0
        self.seconds = PRESETS[(index + 1) % len(PRESETS)]
        if restart:
            self.start()
        elif not self.enabled:
            self.stop()
        return self.seconds

    def tick(self, dt: float) -> bool:
        """Advance by `dt` seconds; True when the whole seconds shown have changed."""
        if not self.running or self.paused or self.left <= 0:
            return False
        before = self.shown
        self.left = max(0.0, self.left - dt)
        return self.shown != before

    @property
    def used(self) -> int:
        """Whole seconds the countdown has run (0 without a timer)."""
        return round(self.seconds - self.left) if self.enabled and self.running else 0

    @property
    def shown(self) -> int:
        """Whole seconds left, rounded up, as the countdown shows them."""
        return max(0, math.ceil(self.left - 1e-9))

    def text(self) -> str:
        """'0:42', '0:42 paused', "Time's up" or '' when there is nothing to show."""
        if not self.running:
            return ""
        if self.left <= 0:
            return "Time's up"
        clock = f"{self.shown // 60}:{self.shown % 60:02d}"
        return f"{clock} paused" if self.paused else clock

    def label(self) -> str:
        """The setting in words: 'no timer' or '60 s per decision'."""
        return f"{self.seconds} s per decision" if self.enabled else "no timer"
