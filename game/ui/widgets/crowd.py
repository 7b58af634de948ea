"""Word of mouth made visible: one little figure for each person the customer tells."""

from __future__ import annotations

import math

import pygame

from game.ui.theme import Colour, Theme, mix
from game.words import plural

MAX_FIGURES = 60
SKINS = ((241, 194, 150), (198, 134, 66), (224, 172, 105), (141, 85, 36), (255, 219, 172))


def figure_size(rect: pygame.Rect, count: int) -> tuple[int, int]:
    """The figure width and the number per row that fit `count` figures in `rect`."""
    count = max(1, min(count, MAX_FIGURES))
    width = int(min(rect.h / 1.6, rect.w / 2))
    while width > 6:
        per_row = max(1, int(rect.w // (width * 1.25)))
        rows = math.ceil(count / per_row)
        if rows * width * 1.65 <= rect.h:
            return width, per_row
        width = int(width * 0.9)
    return 6, max(1, rect.w // 8)


def draw_figure(
    surface: pygame.Surface, x: int, y: int, w: int, body: Colour, happy: bool, skin: Colour
) -> None:
    """One person `w` wide with their top-left at (x, y): smiling or frowning."""
    head_r = w * 0.28
    cx = x + w / 2
    pygame.draw.circle(surface, skin, (cx, y + head_r), head_r)
    torso = pygame.Rect(0, 0, w * 0.9, w * 0.9)
    torso.midtop = (round(cx), round(y + head_r * 2 + w * 0.06))
    pygame.draw.rect(
        surface,
        body,
        torso,
        border_top_left_radius=int(w * 0.4),
        border_top_right_radius=int(w * 0.4),
    )
    if w < 14:
        return
    ink = mix(skin, (0, 0, 0), 0.75)
    eye = max(1, w * 0.04)
    for side in (-1, 1):
        pygame.draw.circle(surface, ink, (cx + side * head_r * 0.38, y + head_r * 0.85), eye)
    mouth = pygame.Rect(0, 0, head_r * 0.9, head_r * 0.6)
    if happy:
        mouth.center = (cx, y + head_r * 1.15)
        pygame.draw.arc(surface, ink, mouth, math.pi * 1.1, math.pi * 1.9, max(1, int(w * 0.04)))
    else:
        mouth.center = (cx, y + head_r * 1.65)
        pygame.draw.arc(surface, ink, mouth, math.pi * 0.1, math.pi * 0.9, max(1, int(w * 0.04)))


def draw_crowd(
    surface: pygame.Surface, rect: pygame.Rect, count: int, happy: bool, theme: Theme
) -> list[pygame.Rect]:
    """`count` figures (at most MAX_FIGURES) laid out in rows inside `rect`; return each one's box."""
    shown = min(count, MAX_FIGURES)
    if shown <= 0:
        return []
    w, per_row = figure_size(rect, shown)
    colour = theme.good if happy else theme.bad
    step_x, step_y = int(w * 1.25), int(w * 1.65)
    drawn = []
    for i in range(shown):
        x = rect.x + (i % per_row) * step_x
        y = rect.y + (i // per_row) * step_y
        draw_figure(surface, x, y, w, colour, happy, SKINS[(i * 3) % len(SKINS)])
        drawn.append(pygame.Rect(x, y, w, step_y))
    return drawn


def word_of_mouth(tells: int, stays: bool) -> str:
    """The line over the crowd: how many hear, never who tells them (the ending's words say
    that, and it is not always the customer: "Greg tells six people from other firms")."""
    if tells <= 0:
        return "Word of mouth: nobody hears about it."
    story = "a good story" if stays else "a bad story"
    text = f"Word of mouth: {plural(tells, 'person', 'people')} hear {story}."
    if tells == 1:
        text = text.replace(" hear ", " hears ")
    if tells > MAX_FIGURES:
        text += f" ({MAX_FIGURES} shown)"
    return text
