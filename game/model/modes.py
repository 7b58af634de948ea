"""The ways a round is played; every layer names them from here."""

from __future__ import annotations

PRACTICE, ASSESSMENT, WORKSHOP = "practice", "assessment", "workshop"
MODES = (PRACTICE, ASSESSMENT, WORKSHOP)
