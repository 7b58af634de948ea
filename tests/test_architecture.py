"""The layers hold: the core never imports pygame, and nothing below the ui imports it."""

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

CORE = ["model", "engine", "io", "records", "play"]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def core_files():
    return [p for layer in CORE for p in sorted((REPO / "game" / layer).rglob("*.py"))]


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_the_core_never_imports_pygame_or_the_ui(path):
    bad = {n for n in imports_of(path) if n.split(".")[0] == "pygame" or n.startswith("game.ui")}
    bad |= {n for n in imports_of(path) if n.startswith("game.cli")}
    assert not bad


@pytest.mark.parametrize(
    "path", sorted((REPO / "game" / "model").rglob("*.py")), ids=lambda p: p.name
)
def test_the_model_uses_only_the_standard_library(path):
    assert all(not n.startswith(("yaml", "game.engine", "game.io")) for n in imports_of(path))


@pytest.mark.parametrize(
    "path", sorted((REPO / "game" / "engine").rglob("*.py")), ids=lambda p: p.name
)
def test_the_engine_does_no_io(path):
    assert all(not n.startswith(("yaml", "game.io")) for n in imports_of(path))


def test_the_command_line_imports_the_ui_only_inside_functions():
    for path in (REPO / "game" / "cli").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        for node in top:
            module = getattr(node, "module", None) or node.names[0].name
            assert not module.startswith(("game.ui", "pygame")), path
