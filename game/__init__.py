"""Make It Right: a role-play game about recovering customers after a mistake.

Layers, bottom up: `game.model` (frozen dataclasses) -> `game.engine` (state
machine, conditions, analysis) and `game.io` (YAML with positions,
diagnostics, loading) -> `game.ui` (pygame scenes) and `game.cli`.
Only `game.ui` imports pygame, and nothing imports `game.ui` but the CLI.
"""

import sys
from pathlib import Path

__version__ = "0.1.0"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"


def _shipped(name: str) -> Path:
    """scenarios/ or assets/ beside the package (a checkout, an editable install),
    else where a regular install put them (<prefix>/share/make-it-right/)."""
    beside = PROJECT_DIR / name
    installed = Path(sys.prefix) / "share" / "make-it-right" / name
    return beside if beside.is_dir() or not installed.is_dir() else installed


SCENARIOS_DIR = _shipped("scenarios")
ASSETS_DIR = _shipped("assets")
