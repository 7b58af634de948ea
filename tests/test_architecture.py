"""The layers hold, as import-linter contracts in pyproject.toml; each contract bites.

`lint-imports` (also run by .ci/run) checks every import, `from pygame import` and
imports inside functions included. The tests below run it on the real package, then on
copies with one forbidden import added, and expect the named contract to break.
"""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

LINT = Path(sys.executable).parent / "lint-imports"
LAYERS = "Layers: front ends > api > play > records, io > engine > model"
NO_PYGAME = "Only the ui imports pygame"
STDLIB_MODEL = "The model uses only the standard library"
SCENES = "Scenes never import each other; they ask for the next one by name"

BREAKS = [
    ("engine/rules.py", "from pygame import Rect", NO_PYGAME),
    ("io/loader.py", "def later():\n    import pygame.font", NO_PYGAME),
    ("records/store.py", "import pygame", NO_PYGAME),
    ("model/span.py", "import yaml", STDLIB_MODEL),
    ("model/span.py", "from game.engine import rules", LAYERS),
    ("engine/rules.py", "from game.io.loader import load_bytes", LAYERS),
    ("records/store.py", "from game.io import loader", LAYERS),
    ("io/loader.py", "from game.ui import theme", LAYERS),
    ("model/span.py", "from game import words", LAYERS),
    ("play/session.py", "from game.ui import theme", LAYERS),
    ("play/session.py", "from game import api", LAYERS),
    ("records/store.py", "from game.play import session", LAYERS),
    ("play/session.py", "import pygame", NO_PYGAME),
    ("lsp/__init__.py", "from game.ui import theme", LAYERS),
    ("ui/scenes/title.py", "from game.ui.scenes.play import PlayScene", SCENES),
    ("ui/workshop/room.py", "from game.ui.workshop.debrief import WorkshopDebriefScene", SCENES),
]


def lint(root: Path) -> subprocess.CompletedProcess:
    """Run lint-imports over the `game` package found in `root`."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_import_contracts_are_kept():
    run = lint(REPO)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 kept, 0 broken" in run.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"), BREAKS, ids=[f"{m}:{c.split()[0]}" for m, _, c in BREAKS]
)
def test_a_forbidden_import_breaks_its_contract(tmp_path, module, line, contract):
    shutil.copytree(REPO / "game", tmp_path / "game", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    with open(tmp_path / "game" / module, "a", encoding="utf-8") as handle:
        handle.write(f"\n{line}\n")
    run = lint(tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"{contract} BROKEN" in run.stdout


def test_the_command_line_imports_the_ui_only_inside_functions():
    """The one cli -> ui import the contracts allow opens the window; it must stay lazy."""
    for path in (REPO / "game" / "cli").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        for node in top:
            module = getattr(node, "module", None) or node.names[0].name
            assert not module.startswith(("game.ui", "pygame")), path
