"""The workshop's own setting (the decision timer), kept in workshop.json beside settings.json."""

from __future__ import annotations

import json
from pathlib import Path

from game.play.workshop.timer import PRESETS

FILE_NAME = "workshop.json"


def load_timer(folder: Path) -> int:
    """The timer length chosen last time (0: no timer); 0 if the file is missing or odd."""
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return 0
    seconds = data.get("timer") if isinstance(data, dict) else None
    return seconds if seconds in PRESETS else 0


def save_timer(folder: Path, seconds: int) -> bool:
    """Remember the timer length; False (never an exception) if it cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / FILE_NAME).write_text(json.dumps({"timer": seconds}), encoding="utf-8")
    except OSError:
        return False
    return True
