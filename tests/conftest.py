"""Shared test set-up: headless SDL, the repository's paths, and small helpers."""

import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
DESIGN_EXAMPLE = FIXTURES / "design-example.yaml"


def examples(normal: int) -> int:
    """Hypothesis examples per property: `normal`, or MAKE_IT_RIGHT_EXAMPLES (mutation runs)."""
    return int(os.environ.get("MAKE_IT_RIGHT_EXAMPLES", normal))
