"""Trainer mode: what only a trainer sees (F5, reload notices, file paths) and its chip.

Learners never see a developer's tool: without trainer mode (`--trainer`, or
`"trainer": true` in settings.json) F5 reads no files, and any folder the game
knows of (the scenario folders, the settings and records folders) is shown by
its last part only, so a notice says "records.sqlite3 is a named pipe" rather
than where on the disk it lives.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pygame

from game.ui.layout import Metrics
from game.ui.theme import Theme
from game.ui.widgets.chips import chip, chip_size
from game.ui.widgets.text import Painter

CHIP = "Trainer mode"


def without_folders(text: str, folders: Iterable[Path]) -> str:
    """`text` with each of `folders` (and anything under it) cut down to its last part."""
    for folder in sorted({Path(f) for f in folders}, key=lambda f: -len(str(f))):
        name = str(folder)
        if len(name) <= 1:
            continue  # never rewrite "/" or "." everywhere
        text = text.replace(name + os.sep, "").replace(name, folder.name)
    return text


def file_name(path: str) -> str:
    """What a learner is shown of a scenario file's path: its name alone."""
    return Path(path).name


def draw_trainer_chip(painter: Painter, theme: Theme, metrics: Metrics) -> pygame.Rect:
    """The 'Trainer mode' chip in the bottom-right corner, beside the key hints."""
    m = metrics
    size, pad = m.type(12), m.px(6)
    w, h = chip_size(painter, CHIP, size, pad)
    topleft = (m.width - m.margin // 2 - w, m.height - m.px(12) - h)
    return chip(painter, CHIP, topleft, size, theme.panel, theme.ink, pad)  # strongest contrast
