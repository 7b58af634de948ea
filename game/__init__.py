"""Make It Right: a role-play game about recovering customers after a mistake.

Layers, bottom up: `game.model` (frozen dataclasses) -> `game.engine` (state
machine, conditions, analysis) and `game.io` (YAML with positions,
diagnostics, loading) -> `game.ui` (pygame scenes) and `game.cli`.
Only `game.ui` imports pygame, and nothing imports `game.ui` but the CLI.
"""

from pathlib import Path

__version__ = "0.1.0"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"
SCENARIOS_DIR = PROJECT_DIR / "scenarios"
ASSETS_DIR = PROJECT_DIR / "assets"
