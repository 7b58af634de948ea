"""Short sound cues; no sound device (or no files) means silence, never a crash."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pygame

from game import ASSETS_DIR

SOUND_DIR = ASSETS_DIR / "sounds"
CUES = ("click", "good", "bad", "stay", "leave", "rewind")


class Sound:
    """Plays named cues unless muted or unavailable; `notice` says why it is silent."""

    def __init__(self, enabled: bool = True, folder: Path = SOUND_DIR) -> None:
        self.enabled = enabled
        self.folder = folder
        self.notice = ""
        self.available = False
        self.started = False
        self._cues: dict[str, pygame.mixer.Sound] = {}
        self.played: list[str] = []  # what was asked for and not muted, for tests

    def start(self) -> None:
        """Open the mixer and load the cues; on any failure stay silent and say so."""
        self.started = True
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=22050, size=-16, channels=1, buffer=512)
        except (pygame.error, OSError) as problem:
            self.notice = f"No sound device ({problem}); sound cues are off."
            return
        for name in CUES:
            path = self.folder / f"{name}.wav"
            try:
                cue = pygame.mixer.Sound(path)
                cue.set_volume(0.6)
                self._cues[name] = cue
            except (pygame.error, OSError, FileNotFoundError):
                continue
        self.available = bool(self._cues)

    def play(self, name: str) -> None:
        """Play cue `name` if sound is on; silently nothing otherwise."""
        if not self.enabled:
            return
        self.played.append(name)
        cue = self._cues.get(name)
        if cue is None:
            return
        with contextlib.suppress(pygame.error):
            cue.play()

    def toggle(self) -> bool:
        """Mute or unmute; return True when sound is now on."""
        self.enabled = not self.enabled
        return self.enabled

    def stop(self) -> None:
        try:
            if pygame.mixer.get_init():
                pygame.mixer.quit()
        except pygame.error:
            pass
