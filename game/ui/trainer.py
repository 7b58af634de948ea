"""Trainer mode: what only a trainer sees (F5, reload notices, file paths) and its chip.

Learners never see a developer's tool: without trainer mode (`--trainer`, or
`"trainer": true` in settings.json) F5 reads no files, and any folder the game
knows of (the scenario folders, the settings and records folders) is shown by
its last part only, so a notice says "records.sqlite3 is a named pipe" rather
than where on the disk it lives. A path to something the player saved (a
handout) stays whole: it says where to find it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

import pygame

from game.ui.layout import Metrics
from game.ui.theme import Theme
from game.ui.widgets.chips import chip, chip_size
from game.ui.widgets.text import Painter

CHIP = "Trainer mode"
# The game's own files, whose folders learners need not see (settings, records, LRS, workshop,
# scenario files); a handout the player saved keeps its whole path.
OWN_FILES = r"(?:records\.sqlite3|settings\.json|lrs\.json|workshop\.json|[^\s/\\]+\.ya?ml\b)"


def without_folders(text: str, folders: Iterable[Path]) -> str:
    """`text` with the game's own files named alone, and `folders` by their last part.

    Only paths to files the game keeps for itself (records, settings, scenario
    files) lose their folder: a path to what a player saved, such as a handout,
    stays whole, since it says where to find it.
    """
    for folder in sorted({Path(f) for f in folders}, key=lambda f: -len(str(f))):
        name = str(folder)
        if len(name) <= 1:
            continue  # never rewrite "/" or "." everywhere
        into = re.escape(name) + re.escape(os.sep) + f"(?={OWN_FILES})"
        text = re.sub(into, "", text)
        alone = re.escape(name) + r"(?![\\/\w-]|\.\w)"  # not part of a longer name
        text = re.sub(alone, folder.name.replace("\\", "\\\\"), text)
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
