"""Presentation clickers that act as a mouse: a left click is ▶, a right click is ◀."""

from __future__ import annotations

import pygame

CLICKS = {1: pygame.K_PAGEDOWN, 3: pygame.K_PAGEUP}


def as_key(event: pygame.event.Event) -> pygame.event.Event:
    """A left or right mouse press as the clicker key it stands for; other events unchanged."""
    if event.type == pygame.MOUSEBUTTONDOWN and getattr(event, "button", 0) in CLICKS:
        return pygame.event.Event(pygame.KEYDOWN, key=CLICKS[event.button], mod=0)
    return event
