"""The schema as VS Code's YAML extension uses it: run the real yaml-language-server when installed.

Skipped unless `yaml-language-server` is on PATH (npm install yaml-language-server).
"""

import shutil

import pytest

from game.io.schema import FILE_NAME
from tests.tools.lsp_client import LanguageServer
from tests.tools.support import DESIGN_EXAMPLE, HERE, REPO

SERVER = shutil.which("yaml-language-server")
pytestmark = pytest.mark.skipif(
    SERVER is None,
    reason="yaml-language-server is not installed (npm install -g yaml-language-server; .ci/run installs it)",
)
MODELINE = "# yaml-language-server: $schema=../docs/scenario.schema.json\n"
VALID = [
    *sorted((REPO / "scenarios").glob("*.yaml")),
    DESIGN_EXAMPLE,
    HERE / "loose-but-valid.yaml",
]


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    (root / "docs").mkdir()
    (root / "scenarios").mkdir()
    shutil.copy(REPO / "docs" / FILE_NAME, root / "docs" / FILE_NAME)
    server = LanguageServer([SERVER, "--stdio"], root)
    yield server, root / "scenarios"
    server.close()


def opened(editor, name, text):
    server, folder = editor
    if not text.startswith("# yaml-language-server:"):
        text = MODELINE + text
    return server, server.open(folder / name, text), text


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_the_editor_finds_nothing_wrong_in_a_valid_scenario(editor, path):
    server, uri, _ = opened(editor, path.name, path.read_text(encoding="utf-8"))
    assert server.diagnostics(uri) == []


def test_the_editor_underlines_mistakes_as_the_trainer_types(editor):
    text = DESIGN_EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("trust: +25", "trust: 250").replace("outcome: leave", "outcome: leaves")
    text = text.replace("        feedback: Policy", "        feedbak: Policy")
    server, uri, shown = opened(editor, "mistakes.yaml", text)
    lines = shown.splitlines()
    found = {
        lines[d["range"]["start"]["line"]].strip().split(":")[0] for d in server.diagnostics(uri)
    }
    assert {"trust", "outcome", "feedbak"} <= found


def test_hover_explains_a_key(editor):
    server, uri, shown = opened(editor, "hover.yaml", DESIGN_EXAMPLE.read_text(encoding="utf-8"))
    line = next(i for i, text in enumerate(shown.splitlines()) if text.startswith("  leave_at:"))
    hover = server.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": line, "character": 4}},
    )
    assert "leave\\_at (trust meter)" in hover["contents"]["value"]
    assert "At or below this the customer walks out" in hover["contents"]["value"]


def test_completion_offers_the_built_in_principles(editor):
    text = DESIGN_EXAMPLE.read_text(encoding="utf-8").replace("[blame-customer]", "[]", 1)
    server, uri, shown = opened(editor, "complete.yaml", text)
    line = next(i for i, t in enumerate(shown.splitlines()) if t.endswith("principles: []"))
    character = len(shown.splitlines()[line]) - 1
    result = server.request(
        "textDocument/completion",
        {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
    )
    items = result["items"] if isinstance(result, dict) else result
    assert {"own-it", "apologize", "blame-customer"} <= {item["label"] for item in items}
