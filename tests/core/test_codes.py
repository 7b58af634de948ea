"""Diagnostic codes are named descriptors: one table of codes, no code strings at call sites."""

import ast
import re

import pytest

from game.io import codes
from game.io.diagnostics import CODES, ERROR
from game.model.span import Span
from tests.conftest import REPO

DEFINING = {REPO / "game" / "io" / "diagnostics.py", REPO / "game" / "io" / "codes.py"}


def test_every_descriptor_has_the_slug_of_its_code():
    assert [(c.code, c.slug) for c in codes.ALL if CODES.get(c.code) != c.slug] == []


def test_every_code_has_a_descriptor():
    assert sorted(set(CODES) - {c.code for c in codes.ALL}) == []


def test_the_descriptors_of_one_code_share_its_default_severity():
    severities = {}
    for code in codes.ALL:
        severities.setdefault(code.code, set()).add(code.severity)
    assert {code: s for code, s in severities.items() if len(s) > 1} == {}


def test_a_code_letter_matches_its_default_severity():
    assert [c.code for c in codes.ALL if (c.severity == ERROR) != c.code.startswith("E")] == []


@pytest.mark.parametrize("path", sorted((REPO / "game").rglob("*.py")), ids=lambda p: p.name)
def test_no_call_site_writes_a_code_as_text(path):
    if path in DEFINING:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.fullmatch(r"[EW]\d{3}", node.value)
    ]
    assert literals == []


def test_every_descriptor_links_to_its_section_of_the_diagnostics_page():
    page = (REPO / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    anchors = {f"{c.lower()}-{slug}" for c, slug in re.findall(r"^## (\w+) ([\w-]+)$", page, re.M)}
    assert [c.doc for c in codes.ALL if c.doc.split("#")[1] not in anchors] == []


def test_a_descriptor_fills_its_message_and_default_hint():
    made = codes.DUPLICATE_KEY.at(Span("a.yaml", 3, 1), key="say", first=2)
    assert (made.code, made.severity, made.message, made.hint) == (
        "E101",
        ERROR,
        "duplicate key 'say' (first defined at line 2)",
        "YAML keeps only one of them; merge or rename",
    )


def test_a_hint_given_at_the_call_site_replaces_the_default():
    made = codes.DUPLICATE_KEY.at(Span("a.yaml"), "", key="say", first=2)
    assert made.hint == ""
