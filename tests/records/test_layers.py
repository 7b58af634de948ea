"""The records package sits beside io: it may use the core, never the ui, pygame or the cli."""

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

FILES = sorted((REPO / "game" / "records").rglob("*.py"))


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_records_never_import_the_ui_pygame_or_the_cli(path):
    bad = {n for n in imports_of(path) if n.split(".")[0] == "pygame"}
    bad |= {n for n in imports_of(path) if n.startswith(("game.ui", "game.cli"))}
    assert not bad
