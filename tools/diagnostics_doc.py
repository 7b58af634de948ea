"""Write docs/diagnostics.md from the fixtures in tests/fixtures/bad/.

Each fixture is a whole scenario with one mistake; its first comment line says
what is wrong and its second how to fix it. The page shows the offending lines
and the exact message the validator prints, so the docs cannot drift from the
code: tests/core/test_diagnostics_doc.py regenerates the page and compares.

    python tools/diagnostics_doc.py          # rewrite docs/diagnostics.md
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from game.io.diagnostics import CODES  # noqa: E402
from game.io.lint import validate_diagnostics  # noqa: E402
from game.io.loader import load_scenario  # noqa: E402
from game.io.render import format_diagnostic  # noqa: E402

BAD = REPO / "tests" / "fixtures" / "bad"
DOC = REPO / "docs" / "diagnostics.md"

# Codes whose example cannot be a small text file; described in words instead.
NO_FIXTURE = {
    "E104": "The file is not UTF-8 text (for example saved as Latin-1 or UTF-16). "
    "The position is the first byte that is not UTF-8. Fix: save the file as UTF-8.",
    "E140": "Two files use the same `id`. The later file (in name order) is reported "
    "at its `id` value. Fix: give every scenario its own id.",
    "E150": "A path given to `validate` does not exist or cannot be read, a folder cannot "
    "be listed, or a `.yaml` name belongs to something that is not a regular file (a named "
    "pipe, a device, a socket), which is never opened. "
    "Fix: check the spelling of the path and the file's permissions.",
    "W203": "The scenario has so many combinations of trust and flags that the analysis "
    "stopped early (after 2,000,000 states); its other findings are partial. "
    "Fix: use fewer flags or coarser trust changes, or split the scenario.",
}

INTRO = """# Diagnostics

Every problem in a scenario file is reported as
`FILE:LINE:COLUMN: error|warning: message [CODE]`, followed by the line
itself with carets under the key or value at fault and, where we can guess,
a hint. All
problems of a file come in one run. Errors stop a file from being played;
warnings (W...) do not. The balance warnings (W300–W306) come from
`validate` only, never the game's menu; they are explained, with their
thresholds, under "Balance" in [scenarios.md](scenarios.md#balance); so does
the spelling check (W400).

This page is generated from `tests/fixtures/bad/` by `tools/diagnostics_doc.py`;
each example below is a real file the test suite validates.
"""


def fixture_section(path: Path) -> str:
    why, fix = (
        line.removeprefix("# ").removeprefix("fix: ") for line in path.read_text().splitlines()[:2]
    )
    code = path.stem.split("-")[0]
    result = load_scenario(path.relative_to(REPO))
    lint = validate_diagnostics(result.scenario, lambda: result.text) if result.ok else []
    found = [d for d in [*result.diagnostics, *lint] if d.code == code]
    if not found:
        raise SystemExit(f"{path.name}: expected {code}, got {result.diagnostics}")
    message = format_diagnostic(found[0], result.text)
    return f"### Example: {path.stem}\n\n{why}\n\n```text\n{message}\n```\n\n**Fix:** {fix}\n"


def render() -> str:
    parts = [INTRO]
    fixtures = sorted(BAD.glob("*.yaml"))
    for code, slug in sorted(CODES.items(), key=lambda item: item[0][1:]):
        parts.append(f"## {code} {slug}\n")
        examples = [f for f in fixtures if f.stem.split("-")[0] == code]
        if code in NO_FIXTURE:
            parts.append(NO_FIXTURE[code] + "\n")
        parts.extend(fixture_section(f) for f in examples)
    return "\n".join(parts)


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(REPO)}")
