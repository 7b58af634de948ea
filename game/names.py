"""Names every layer shares (standard library only): the data-folder variable, the modes
a round is played in, the guest player, and how a typed player name is cleaned.

One definition here; the records, the settings and the scenes import it.
"""

from __future__ import annotations

ENV_VAR = "MAKE_IT_RIGHT_DATA"  # a folder for settings and records (tests point it at a temp one)

PRACTICE, ASSESSMENT, WORKSHOP = "practice", "assessment", "workshop"
MODES = (PRACTICE, ASSESSMENT, WORKSHOP)

GUEST = "Guest"
MAX_NAME = 40  # the name field shows the count as it fills


def clean_name(text: str) -> str:
    """A player name without control characters or surrounding spaces, at most MAX_NAME long."""
    kept = "".join(ch for ch in text if ch.isprintable())
    return " ".join(kept.split())[:MAX_NAME]


def clean_player(text: str) -> str:
    """The name a round is kept under: cleaned as typed, and Guest when nothing is left."""
    return clean_name(text) or GUEST
