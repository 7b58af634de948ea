"""No accidental answers: input that belongs to the previous question never answers this one.

A fast double-click, a key still held down from the last answer, or a press
within QUIET seconds of a new set of answers appearing is not taken as an
answer. Time comes from the scene's `update(dt)`, so tests step it exactly.
"""

from __future__ import annotations

import pygame

QUIET = 0.3  # seconds after new answers appear during which nothing answers


class AnswerGuard:
    """Filters the events that may choose an answer; navigation keys pass through."""

    def __init__(self, quiet: float = QUIET) -> None:
        self.quiet = quiet
        self.left = quiet
        self.held: set[int] = set()

    def arm(self) -> None:
        """New answers are on screen: start the quiet time again."""
        self.left = self.quiet

    def tick(self, dt: float) -> None:
        self.left = max(0.0, self.left - dt)

    def allows(self, event: pygame.event.Event) -> bool:
        """False for presses that would answer too soon or come from a key already down."""
        if event.type == pygame.KEYUP:
            self.held.discard(event.key)
            return True
        if event.type == pygame.KEYDOWN:
            repeat = event.key in self.held
            self.held.add(event.key)
            return not repeat and (self.left <= 0 or not _activates(event.key))
        if event.type == pygame.MOUSEBUTTONDOWN:
            return self.left <= 0
        return True


def _activates(key: int) -> bool:
    """Keys that choose an answer, as opposed to moving the highlight."""
    return key not in (pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_TAB)
