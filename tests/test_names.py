"""The names every layer shares have one definition, and a typed name is cleaned one way."""

import ast

from game.names import GUEST, MAX_NAME, clean_name, clean_player
from tests.conftest import REPO

SHARED = {"ENV_VAR", "GUEST", "MAX_NAME", "PRACTICE", "ASSESSMENT", "WORKSHOP"}
CLEANERS = {"clean_name", "clean_player"}


def definitions(path):
    """Names assigned or functions defined at the top of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                elements = target.elts if isinstance(target, ast.Tuple) else [target]
                found.update(e.id for e in elements if isinstance(e, ast.Name))
        elif isinstance(node, ast.FunctionDef):
            found.add(node.name)
    return found


def test_shared_names_are_defined_only_in_game_names():
    modules = [p for p in (REPO / "game").rglob("*.py") if p != REPO / "game" / "names.py"]
    clashes = {str(p.relative_to(REPO)): definitions(p) & (SHARED | CLEANERS) for p in modules}
    assert {path: names for path, names in clashes.items() if names} == {}


def test_a_typed_name_loses_control_characters_and_extra_spaces():
    assert clean_name("  Ana\x07  Lima\n") == "Ana Lima"


def test_a_typed_name_is_cut_to_the_longest_a_field_takes():
    assert clean_name("x" * 40) == "x" * MAX_NAME


def test_a_round_with_no_name_is_kept_under_guest():
    assert clean_player(" \t ") == GUEST
