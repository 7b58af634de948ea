"""docs/diagnostics.md is generated from the bad fixtures and must stay current."""

import importlib.util

from tests.conftest import REPO


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "diagnostics_doc", REPO / "tools" / "diagnostics_doc.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_diagnostics_page_matches_what_the_validator_prints():
    tool = load_tool()
    assert tool.DOC.read_text(encoding="utf-8") == tool.render(), (
        "run: python tools/diagnostics_doc.py"
    )


def test_every_code_has_a_section_with_an_example_or_a_description():
    tool = load_tool()
    page = tool.render()
    for code, slug in tool.CODES.items():
        section = page.split(f"## {code} {slug}\n", 1)[1].split("\n## ", 1)[0]
        assert "### Example:" in section or code in tool.NO_FIXTURE
